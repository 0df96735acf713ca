"""Item views shared by the pages: the read-only row table, the choice and indicator-bar delegates,
and trees whose long names wrap. Apart from ui.widgets so that the window's first paint, which
uses the labels there, does not pay for Qt's item-view classes (issue 22)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)


class RowTableView(QTableView):
    """A read-only table of rows: Enter or double-click asks to edit the row, Delete to delete it.
    Whole rows are selected; the last column stretches; long text elides (full text in tooltips)."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(lambda index: self.edit_requested.emit(index.row()))

    def wrap_rows(self) -> None:
        """Wrap long text in its cell and let each row take the height its text needs, measured
        again whenever a column's width changes (a text column that wraps is never cut)."""
        self.setWordWrap(True)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.resizeRowsToContents())

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().showEvent(event)
        if self.wordWrap():  # widths settle once shown: measure the wrapped rows at those widths
            self.resizeRowsToContents()

    def sortable(self) -> QSortFilterProxyModel:
        """Let the planner sort by any column (a click on its header) where the rows' order means
        nothing by itself; shown in the model's order until then. Returns the proxy in between:
        rows the view reports are the proxy's (``source_row`` maps them back)."""
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model())
        proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(proxy)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        return proxy

    def source_row(self, row: int) -> int:
        """The row of the model under the view's row (the same unless the view sorts)."""
        model = self.model()
        if isinstance(model, QSortFilterProxyModel) and row >= 0:
            return model.mapToSource(model.index(row, 0)).row()
        return row

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_source_row(self, row: int) -> None:
        """Select the view's row that shows the model's ``row`` (the same unless the view sorts)."""
        model = self.model()
        if isinstance(model, QSortFilterProxyModel) and row >= 0:
            row = model.mapFromSource(model.sourceModel().index(row, 0)).row()
        self.select_row(row)

    def select_row(self, row: int) -> None:
        model = self.model()
        if model is not None and 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, 0))
            self.selectRow(row)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        row = self.current_row()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and row >= 0:
            self.edit_requested.emit(row)
            return
        if event.key() == Qt.Key.Key_Delete and row >= 0:
            self.delete_requested.emit(row)
            return
        super().keyPressEvent(event)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (value, label) choices; the model's EditRole is the value."""

    def __init__(self, choices: list[tuple[object, str]], accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices
        self.accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option, index) -> QComboBox:  # noqa: ANN001 - Qt signature
        combo = QComboBox(parent)
        combo.setAccessibleName(self.accessible_name)
        for value, label in self.choices:
            combo.addItem(label, value)
        # Choosing an entry commits it at once, as a planner expects from a drop-down.
        combo.activated.connect(lambda _row, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: ANN001
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: ANN001
        value = editor.currentData()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class WrapTreeDelegate(QStyledItemDelegate):
    """Lets a word-wrapping tree measure each cell at the width the cell really has.

    QTreeView asks for a row's height without a width (so a long text is measured on one line and
    drawn cut), and draws the first column indented by the item's depth. The delegate measures at
    the column's width, less that indentation."""

    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self._tree = tree
        # Measured sizes by (text, column, width): every edit re-lays the tree out, and measuring
        # wrapped text costs far more than looking it up. Texts are short and few (the toolbox).
        self._sizes: dict[tuple, QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: ANN001 - Qt signature
        mode = self._tree.header().sectionResizeMode(index.column())
        if self._tree.wordWrap() and mode != QHeaderView.ResizeMode.ResizeToContents:  # those size to their text
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            first = index.column() == self._tree.header().logicalIndex(0)
            indent = self._tree.indentation() * (depth + (1 if self._tree.rootIsDecorated() else 0)) if first else 0
            width = self._tree.header().sectionSize(index.column()) - indent
            if option.rect.width() <= 0 or option.rect.width() > width:  # no width, or the section's
                key = (index.data(), index.data(Qt.ItemDataRole.DecorationRole) is not None, index.column(), width)
                if key not in self._sizes:
                    option = QStyleOptionViewItem(option)
                    option.rect = QRect(0, 0, max(1, width), max(1, option.rect.height()))  # .rect is a copy
                    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
                    self._sizes[key] = super().sizeHint(option, index)
                return self._sizes[key]
        return super().sizeHint(option, index)


def wrapping_tree(tree: QTreeView) -> None:
    """Make ``tree`` wrap long names in place and measure their rows right (see WrapTreeDelegate)."""
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setItemDelegate(WrapTreeDelegate(tree))
    tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())


# The memo chart's colours (core/memo/pdf/charts.py): present, absent, unknown fill and edge.
INDICATOR_BLOCK_COLOURS = {"present": "#b23a2e", "absent": "#8aa99a", "unknown": "#f1f2f4", "edge": "#9aa1ab"}


class IndicatorBarDelegate(QStyledItemDelegate):
    """Draws a risk factor's indicators as the memo's chart does, one block each (present, absent,
    unknown outlined), before the counts text. ``counts_role`` gives (present, absent, unknown)."""

    BLOCK, GAP = 7, 1

    def __init__(self, counts_role: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._role = counts_role

    def _bar_width(self, index) -> int:  # noqa: ANN001
        counts = index.data(self._role) or (0, 0, 0)
        return sum(counts) * (self.BLOCK + self.GAP) + 6

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        counts = index.data(self._role)
        if not counts:
            super().paint(painter, option, index)
            return
        bar = self._bar_width(index)
        text_option = QStyleOptionViewItem(option)
        rect = QRect(option.rect)
        rect.setLeft(rect.left() + bar)
        text_option.rect = rect
        style = option.widget.style() if option.widget is not None else None
        if style is not None:  # the cell's background and selection over the whole cell
            background = QStyleOptionViewItem(option)
            self.initStyleOption(background, index)
            background.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        super().paint(painter, text_option, index)
        painter.save()
        top = option.rect.top() + (option.rect.height() - self.BLOCK * 2) // 2
        x = option.rect.left() + 3
        for kind, n in zip(("present", "absent", "unknown"), counts):
            for _ in range(n):
                block = QRect(x, top, self.BLOCK, self.BLOCK * 2)
                if kind == "unknown":
                    painter.setPen(QColor(INDICATOR_BLOCK_COLOURS["edge"]))
                    painter.setBrush(QColor(INDICATOR_BLOCK_COLOURS["unknown"]))
                    painter.drawRect(block.adjusted(0, 0, -1, -1))
                else:
                    painter.fillRect(block, QColor(INDICATOR_BLOCK_COLOURS[kind]))
                x += self.BLOCK + self.GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: ANN001
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + self._bar_width(index), max(hint.height(), self.BLOCK * 2 + 4))
