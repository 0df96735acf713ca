"""The fourteen risk factors with their per-factor reading, and one risk factor's indicators with
this revision's judgments (present / absent / unknown, confidence, note)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..plain import plain_tooltip

from ...core.assessment import RiskFactorSummary, risk_level_with_counts
from ...core.checklist import Indicator, RiskFactor
from ...core.models import Judgment
from ..widgets import badge_colours
from ...core.vocabulary import confidence_label, indicator_counts, indicator_label
from .table import ROW_ROLE, Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 40
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 41  # (present, absent, unknown) of a risk factor's indicators
LEVEL_BADGES = {"present": "danger", "not_observed": "ok", "partly_assessed": "warning", "not_assessed": "neutral"}
INDICATOR_VALUES: list[tuple[str | None, str]] = [(v, indicator_label(v)) for v in ("present", "absent", None)]
CONFIDENCE_CHOICES: list[tuple[str | None, str]] = [(c, confidence_label(c)) for c in (None, "low", "medium", "high")]


def summary_counts(summary: RiskFactorSummary) -> str:
    return QCoreApplication.translate("risk_factors", "{present} present, {absent} absent, {unknown} unknown").format(
        present=summary.present, absent=summary.absent, unknown=summary.unknown)


class RiskFactorListModel(RowTableModel[RiskFactorSummary]):
    """The fourteen risk factors, each with its indicators counted ("3 of 6 present, 1 unknown").

    The counts column is drawn by IndicatorBarDelegate: one block per indicator, as in the memo's
    chart, so a factor with one indicator of twelve present does not look like one with all."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Risk factor"), lambda s: f"{s.risk_factor.number}. {s.risk_factor.title}"),
        Column(QT_TRANSLATE_NOOP("Column", "Indicators"), lambda s: indicator_counts(s.present, s.total, s.unknown),
               lambda s: risk_level_with_counts(s.level, summary_counts(s))),
    )

    def extra_data(self, row: RiskFactorSummary, column: int, role: int) -> Any:
        if role == LEVEL_ROLE:
            return row.level
        if role == COUNTS_ROLE:
            return (row.present, row.absent, row.unknown)
        return None

    def row_of(self, risk_factor_id: str) -> int:
        return next((r for r, s in enumerate(self._rows) if s.risk_factor.id == risk_factor_id), -1)


# Editable columns of the indicator table and the judgment field each one sets.
INDICATOR_HEADERS = (QT_TRANSLATE_NOOP("Column", "Indicator"), QT_TRANSLATE_NOOP("Column", "Judgment"),
                     QT_TRANSLATE_NOOP("Column", "Confidence"), QT_TRANSLATE_NOOP("Column", "Note"))
FIELD_OF_COLUMN = {1: "value", 2: "confidence", 3: "note"}


class IndicatorTableModel(QAbstractTableModel):
    """Indicators of one risk factor. Editing a cell calls ``edit(indicator_id, field, value)``,
    which goes through the session; the table shows what is stored once the session announces it."""

    def __init__(self, edit: Callable[[str, str, Any], bool], parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._edit = edit
        self._indicators: list[Indicator] = []
        self._judgments: dict[str, Judgment] = {}
        self.editable = True

    def set_risk_factor(self, risk_factor: RiskFactor | None, judgments: dict[str, Judgment]) -> None:
        self.beginResetModel()
        self._indicators = list(risk_factor.indicators) if risk_factor else []
        self._judgments = dict(judgments)
        self.endResetModel()

    def set_judgments(self, judgments: dict[str, Judgment]) -> None:
        self._judgments = dict(judgments)
        if self._indicators:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._indicators) - 1, len(INDICATOR_HEADERS) - 1))

    def indicator_at(self, row: int) -> Indicator | None:
        return self._indicators[row] if 0 <= row < len(self._indicators) else None

    # -- QAbstractItemModel --

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(INDICATOR_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(INDICATOR_HEADERS):
            return QCoreApplication.translate("Column", INDICATOR_HEADERS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in FIELD_OF_COLUMN and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._indicators)):
            return None
        indicator = self._indicators[index.row()]
        judgment = self._judgments.get(indicator.id)
        column = index.column()
        if role == Qt.ItemDataRole.EditRole:
            field = FIELD_OF_COLUMN.get(column)
            if field is None:
                return indicator.text
            return getattr(judgment, field) if judgment else ("" if field == "note" else None)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                # The framework number first, so a planner can match the UN list and its counts.
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return self.tr("Framework indicator {number}: {text}").format(number=indicator.number_label, text=indicator.text)
                return f"{indicator.number_label}  {indicator.text}"
            if column == 1:
                return indicator_label(judgment.value if judgment else None)
            if column == 2:
                return confidence_label(judgment.confidence if judgment else None)
            if column == 3:
                note = judgment.note if judgment else ""
                if role == Qt.ItemDataRole.ToolTipRole:
                    return plain_tooltip(note or None)
                return " ".join(note.split()) if role == Qt.ItemDataRole.DisplayRole else (note or None)
        if role == Qt.ItemDataRole.FontRole and column == 1 and (judgment is None or judgment.value is None):
            font = QFont()
            font.setItalic(True)
            return font
        if role == ROW_ROLE:
            return indicator
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in FIELD_OF_COLUMN:
            return False
        indicator = self._indicators[index.row()]
        field = FIELD_OF_COLUMN[index.column()]
        if field == "note":
            value = str(value or "").strip()
        return self._edit(indicator.id, field, value)
