"""At 1366×768 every page of the example case shows the text of its item views whole (issue 17)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.cut_cells import cut_cells

LAPTOP = (1366, 768)
ALLOWED = 10  # "at most a handful" of cut cells across all pages


def test_every_page_shows_its_cells_whole_at_1366x768(main_window, qtbot) -> None:  # noqa: ANN001
    main_window.showNormal()
    main_window.resize(*LAPTOP)
    QApplication.processEvents()
    cut = cut_cells(main_window)
    listing = "\n".join(f"{c.page}/{c.view}: {c.text[:60]!r} shown {c.shown} wants {c.wanted}" for c in cut)
    assert len(cut) <= ALLOWED, f"{len(cut)} cut cells:\n{listing}"
