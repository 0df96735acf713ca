"""Save one PNG per page of the main window into docs/screenshots/<size>/<page_id>.png, at a
laptop's 1366x768 and a desktop's 1920x1080 (SPEC §8 "fits a laptop").

Run: QT_QPA_PLATFORM=offscreen python -m tests.ui.screenshots [--dark] [--lang fr] [--out FOLDER] [--size WxH ...]
(the French set: --lang fr --out docs/screenshots/fr --size 1366x768)
Uses a temporary example case and temporary settings; never the planner's own files."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


SIZES = ("1366x768", "1920x1080")


def _take_pages(window, folder: Path, suffix: str) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for page in window.pages:
        window.show_page(page.page_id)
        if page.page_id == "memo" and page.preview_stack.currentWidget() is not page.pdf_view:
            page.start_preview()  # the memo as it would be exported, written nowhere
            page.wait_for_export()
            QTest.qWait(1500)  # the signal of the finished preview, then the PDF view's rendering
        for _ in range(5):
            QApplication.processEvents()
        target = folder / f"{page.page_id}{suffix}.png"
        window.grab().save(str(target))
        print(target)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--size", action="append", help="window size WxH (default: 1366x768 and 1920x1080)")
    parser.add_argument("--lang", default="en", help="the window's language (en, fr)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ATROCITY_DESK_SETTINGS_DIR"] = tmp
        os.environ["ATROCITY_DESK_DATA_DIR"] = tmp
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QApplication

        from atrocity_desk.core.example import write_example_case
        from atrocity_desk.ui import language
        from atrocity_desk.ui.app import create_application
        from atrocity_desk.ui.main_window import MainWindow

        app = create_application()
        app.setStyle("Fusion")
        font = QFont("DejaVu Sans")
        font.setPointSizeF(10 * args.font_scale)
        app.setFont(font)
        if args.dark:
            from tests.ui.palettes import dark_palette

            app.setPalette(dark_palette())
        language.apply(args.lang)
        path = Path(tmp) / "example.atrocase"
        write_example_case(path).close()
        window = MainWindow()
        window.show()
        window.open_case(path)
        for size in args.size or SIZES:
            width, height = (int(n) for n in size.lower().split("x"))
            window.resize(width, height)
            folder = args.out / f"{width}x{height}"
            folder.mkdir(parents=True, exist_ok=True)
            _take_pages(window, folder, "-dark" if args.dark else "")
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
