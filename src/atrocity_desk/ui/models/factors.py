"""The situation factors of the checklist, grouped, with this revision's answers (tree model).

Top-level rows are the factor groups; their children the factors. An unanswered factor, or one
answered "unknown", shows "Unknown" — never a blank that could read as "no"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.checklist import Checklist, Factor, FactorGroup
from ...core.models import Judgment
from ...core.vocabulary import confidence_label
from .table import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
FACTOR_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # factor id, or None on a group row

HEADERS = (QT_TRANSLATE_NOOP("Column", "Factor"), QT_TRANSLATE_NOOP("Column", "Answer"), QT_TRANSLATE_NOOP("Column", "Confidence"))
_GROUP = 0  # internal id of a group row; factor rows carry their group's row + 1


class FactorTreeModel(QAbstractItemModel):
    def __init__(self, checklist: Checklist, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._groups: list[FactorGroup] = list(checklist.factor_groups)
        self._judgments: dict[str, Judgment] = {}

    # -- updating --

    def set_judgments(self, judgments: dict[str, Judgment]) -> None:
        """The answers changed: repaint the answer columns (structure never changes)."""
        self._judgments = dict(judgments)
        last = len(HEADERS) - 1
        for row, group in enumerate(self._groups):
            group_index = self.index(row, 0)
            self.dataChanged.emit(self.index(row, 1), self.index(row, last))
            if group.factors:
                self.dataChanged.emit(self.index(0, 0, group_index), self.index(len(group.factors) - 1, last, group_index))

    def index_of_factor(self, factor_id: str, column: int = 0) -> QModelIndex:
        for row, group in enumerate(self._groups):
            for factor_row, factor in enumerate(group.factors):
                if factor.id == factor_id:
                    return self.index(factor_row, column, self.index(row, 0))
        return QModelIndex()

    def factor_at(self, index: Index) -> Factor | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1].factors[index.row()]

    def group_at(self, index: Index) -> FactorGroup | None:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._groups[index.row()]
        return self._groups[index.internalId() - 1]

    # -- QAbstractItemModel --

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].factors)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("Column", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        factor = self.factor_at(index)
        if factor is None:
            return self._group_data(self._groups[index.row()], index.column(), role)
        return self._factor_data(factor, index.column(), role)

    def _group_data(self, group: FactorGroup, column: int, role: int) -> Any:
        answered = sum(1 for f in group.factors if self._value(f.id) is not None)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (group.title, self.tr("{answered} of %n answered", "", len(group.factors)).format(answered=answered), "")[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return group.intro or None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return group
        if role == FACTOR_ID_ROLE:
            return None
        return None

    def _factor_data(self, factor: Factor, column: int, role: int) -> Any:
        judgment = self._judgments.get(factor.id)
        value = judgment.value if judgment else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return factor.label or factor.id
            if column == 1:
                return factor.value_label(value)
            return confidence_label(judgment.confidence if judgment else None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return factor.value_label(value) if column == 1 else (factor.question or None)
        if role == Qt.ItemDataRole.FontRole and column == 1 and value is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == ROW_ROLE:
            return factor
        if role == FACTOR_ID_ROLE:
            return factor.id
        return None

    def _value(self, factor_id: str) -> str | None:
        judgment = self._judgments.get(factor_id)
        return judgment.value if judgment else None
