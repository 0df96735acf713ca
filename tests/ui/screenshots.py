"""Save one PNG per page of the main window (1280x800) into docs/screenshots/<page_id>.png.

Run: QT_QPA_PLATFORM=offscreen python -m tests.ui.screenshots [--dark] [--out FOLDER]
Uses a temporary example case and temporary settings; never the planner's own files."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--font-scale", type=float, default=1.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ATROCITY_DESK_SETTINGS_DIR"] = tmp
        os.environ["ATROCITY_DESK_DATA_DIR"] = tmp
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QApplication

        from atrocity_desk.core.example import write_example_case
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
        path = Path(tmp) / "example.atrocase"
        write_example_case(path).close()
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        window.open_case(path)
        args.out.mkdir(parents=True, exist_ok=True)
        # The example holds a first assessment and a reassessment, so the Revisions page has a
        # comparison to show.
        for page in window.pages:
            window.show_page(page.page_id)
            if page.page_id == "memo":  # show the page as a planner sees it after an export
                page.start_export(Path(tmp) / "memo.pdf")
                page.wait_for_export()
                from PySide6.QtTest import QTest

                QTest.qWait(1500)  # the PDF view renders its pages in the background
            for _ in range(5):
                QApplication.processEvents()
            suffix = "-dark" if args.dark else ""
            target = args.out / f"{page.page_id}{suffix}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
