"""Find the item-view cells of a window whose text does not fit (issue 17, SPEC §8 "fits a laptop").

A cell is cut when its delegate, asked how big the cell's text wants to be at the cell's own width
(wrapping if the view wraps), answers wider or taller than the cell is shown. Only cells a planner
can see count: views that are visible, cells inside their viewport. A tooltip does not make a cut
cell whole. Each page is looked at with each tab of its tab widgets current, so text on any tab
counts, once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleOptionViewItem, QTabWidget, QTreeView, QWidget


@dataclass(frozen=True)
class CutCell:
    page: str
    view: str
    text: str
    shown: tuple[int, int]
    wanted: tuple[int, int]


def _indexes(view: QAbstractItemView):
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        if parent.isValid() and isinstance(view, QTreeView) and not view.isExpanded(parent):
            continue
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                yield index
                if column == 0 and model.rowCount(index) > 0:
                    stack.append(index)


def _columns(model, parent: QModelIndex) -> int:  # noqa: ANN001
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: one column (its columnCount is private in PySide)
        return 1


def _path(index: QModelIndex) -> tuple:
    path = []
    while index.isValid():
        path.append((index.row(), index.column()))
        index = index.parent()
    return tuple(reversed(path))


def _cut_in_view(view: QAbstractItemView, page: str, seen: set) -> list[CutCell]:
    cut: list[CutCell] = []
    viewport = view.viewport().rect()
    wraps = bool(getattr(view, "wordWrap", lambda: False)())
    for index in _indexes(view):
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        rect = view.visualRect(index)
        if not rect.isValid() or not viewport.intersects(rect):
            continue
        key = (id(view), _path(index))
        if key in seen:
            continue
        seen.add(key)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = rect
        option.font = view.font()
        option.widget = view
        if wraps:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        hint = view.itemDelegateForIndex(index).sizeHint(option, index)
        if hint.width() > rect.width() + 1 or hint.height() > rect.height() + 1:
            cut.append(CutCell(page, view.objectName() or type(view).__name__, text,
                               (rect.width(), rect.height()), (hint.width(), hint.height())))
    return cut


def _visible_views(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]


def cut_cells_of_page(window, page) -> list[CutCell]:  # noqa: ANN001
    """The cut cells of one page, each tab of its tab widgets visited in turn."""
    window.show_page(page.page_id)
    QApplication.processEvents()
    seen: set = set()
    cut = [c for v in _visible_views(page) for c in _cut_in_view(v, page.page_id, seen)]
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            cut += [c for v in _visible_views(page) for c in _cut_in_view(v, page.page_id, seen)]
        tabs.setCurrentIndex(current)
    return cut


def cut_cells(window) -> list[CutCell]:  # noqa: ANN001
    return [cell for page in window.pages for cell in cut_cells_of_page(window, page)]
