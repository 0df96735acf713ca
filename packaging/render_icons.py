"""Render the application icon (resources/icons/atrocity-desk.svg) to the PNG, ICO and ICNS files
the bundle and the desktop entry use. Run it after editing the SVG, with any Python that has
PySide6 (QtSvg) and Pillow, e.g. the development virtual environment:

    .venv/bin/python packaging/render_icons.py

The outputs are committed, so building the bundle needs neither Qt's SVG renderer nor Pillow.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "atrocity-desk.svg"
PNG_SIZES = (256, 128, 64, 32, 16)


def main() -> int:
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1

    def render(size: int) -> Image.Image:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")

    images = {size: render(size) for size in PNG_SIZES}
    for size, image in images.items():
        out = SVG.with_name(f"atrocity-desk-{size}.png")
        image.save(out, optimize=True)
        print(out.relative_to(ROOT))

    # Windows: every size drawn from the SVG (not scaled down from the biggest).
    ico = ROOT / "packaging" / "atrocity-desk.ico"
    images[256].save(ico, sizes=[(s, s) for s in PNG_SIZES], append_images=[images[s] for s in PNG_SIZES[1:]])
    print(ico.relative_to(ROOT))
    # macOS: Pillow writes the 16..512@2x set from one 1024 px picture.
    icns = ROOT / "packaging" / "atrocity-desk.icns"
    render(1024).save(icns)
    print(icns.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
