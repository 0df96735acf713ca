"""The findings of the evidence base that use one situation factor, as a list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.language import join_list
from ...core.evidence import EvidenceBase, Finding
from ..pack_marks import pack_mark
from .table import ROW_ROLE


class FindingListModel(QAbstractListModel):
    def __init__(self, evidence: EvidenceBase, findings: list[Finding], parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._evidence = evidence
        self._findings = list(findings)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._findings)) or index.column() != 0:
            return None
        finding = self._findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            family = self._evidence.family(finding.family).name if finding.family else self.tr("Cross-cutting")
            return f"{pack_mark(self._evidence, finding.id)}{family}: {finding.statement}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return join_list(self._evidence.citation(k) for k in finding.studies)
        if role == ROW_ROLE:
            return finding
        return None
