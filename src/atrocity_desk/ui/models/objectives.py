"""The objectives of the latest revision, numbered, in their recorded order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ..plain import plain_tooltip
from ...core.models import Objective
from .table import ROW_ROLE


class ObjectiveListModel(QAbstractListModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._objectives: list[Objective] = []

    def set_objectives(self, objectives: list[Objective]) -> None:
        if len(objectives) == len(self._objectives) and objectives:
            self._objectives = list(objectives)
            self.dataChanged.emit(self.index(0, 0), self.index(len(objectives) - 1, 0))
            return
        self.beginResetModel()
        self._objectives = list(objectives)
        self.endResetModel()

    def objectives(self) -> list[Objective]:
        return list(self._objectives)

    def objective_at(self, row: int) -> Objective | None:
        return self._objectives[row] if 0 <= row < len(self._objectives) else None

    def row_of(self, objective_id: int | None) -> int:
        return next((r for r, o in enumerate(self._objectives) if o.id == objective_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._objectives)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._objectives)) or index.column() != 0:
            return None
        objective = self._objectives[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{index.row() + 1}. {objective.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(objective.text)
        if role == ROW_ROLE:
            return objective
        return None
