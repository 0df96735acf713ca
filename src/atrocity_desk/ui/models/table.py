"""A flat table model over a list of core objects, one row each, with columns given as getters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..plain import plain_tooltip

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the core object of the row


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str  # English, marked with QT_TRANSLATE_NOOP("Column", ...); shown translated
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None  # default: the text itself (long cells elide)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    columns: Sequence[Column] = ()

    def __init__(self, rows: Sequence[Row] = (), parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Row] = list(rows)

    # -- updating --

    def set_rows(self, rows: Sequence[Row]) -> None:
        rows = list(rows)
        if len(rows) == len(self._rows) and self.rowCount():
            # Same shape: update in place so views keep their selection and scroll position.
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_object(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- QAbstractItemModel --

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(self.columns)):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _one_line(column.text(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip((column.tooltip or column.text)(row) or None)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        """Other roles (fonts, alignment...) for subclasses."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate("Column", self.columns[section].header)
        return super().headerData(section, orientation, role)


def _one_line(text: str) -> str:
    return " ".join(text.split()) if text else ""
