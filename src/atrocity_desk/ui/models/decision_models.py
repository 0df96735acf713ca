"""Qt models of the decisions: the list of options, and the side-by-side grid of their judgments.

The grid shows each option's rating and reason on every evidence-to-decision criterion. It adds
nothing up and orders nothing by rating: the planner weighs; the app never declares a winner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...core.models import Decision, EtdJudgment, Revision
from ...core.vocabulary import ETD_CRITERIA, baseline_title, phrase, status_label, verdict_label, verdict_meaning, word
from ..badges import verdict_icon
from ..plain import plain_tooltip
from .table import Column, RowTableModel

DECISION_ID_ROLE = Qt.ItemDataRole.UserRole + 20

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class OptionRow:
    """One option as the list shows it: the decision and its family's verdict for this case."""

    decision: Decision
    title: str  # vocabulary.option_title: the same name as in the memo
    family_name: str
    verdict: str
    number: int = 0  # option_order.numbered_options: the number the memo cites it by

    @property
    def numbered_title(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


class DecisionListModel(RowTableModel[OptionRow]):
    NUMBER, TITLE, STATUS, VERDICT = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "No."), lambda r: str(r.number) if r.number else ""),
        Column(QT_TRANSLATE_NOOP("Column", "Option"), lambda r: r.title, lambda r: r.title + "\n" + QCoreApplication.translate("DecisionListModel", "Family: {family}").format(family=r.family_name)),
        Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda r: status_label(r.decision.status)),
        Column(QT_TRANSLATE_NOOP("Column", "Evidence verdict"), lambda r: verdict_label(r.verdict), lambda r: verdict_meaning(r.verdict)),
    )

    def extra_data(self, row: OptionRow, column: int, role: int) -> Any:
        if role == DECISION_ID_ROLE:
            return row.decision.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == self.VERDICT:
            return verdict_icon(row.verdict)
        return None

    def row_of(self, decision_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows()) if r.decision.id == decision_id), -1)

    def set_rows(self, rows) -> None:  # noqa: ANN001 - see RowTableModel
        rows = list(rows)
        if [r.decision.id for r in rows] != [r.decision.id for r in self.rows()]:
            # Different options: reset, so no view keeps a selection on a row that now means another.
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        super().set_rows(rows)


class EtdGridModel(QAbstractTableModel):
    """Rows: the status, the evidence verdict and each criterion; columns: the *no new action*
    baseline (always first: SPEC §2 step 7), then the options."""

    STATUS_ROW, VERDICT_ROW = 0, 1
    FIRST_CRITERION_ROW = 2
    BASELINE_COLUMN = 0

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._options: list[OptionRow] = []
        self._baseline: Revision | None = None
        self.show_reasons = True  # the reason under the rating in each cell (always in the tooltip)

    def set_baseline(self, revision: Revision) -> None:
        """The revision whose no-new-action baseline and judgments the first column shows."""
        self._baseline = revision
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def option_at(self, column: int) -> OptionRow | None:
        """The option of a column; None for the baseline column."""
        index = column - 1
        return self._options[index] if 0 <= index < len(self._options) else None

    def _judged(self, column: int, criterion: str) -> EtdJudgment:
        option = self.option_at(column)
        if option is not None:
            return option.decision.etd_for(criterion)
        return self._baseline.baseline_etd_for(criterion) if self._baseline else EtdJudgment()

    def _title(self, column: int) -> str:
        option = self.option_at(column)
        return option.numbered_title if option is not None else baseline_title()

    def set_show_reasons(self, show: bool) -> None:
        self.show_reasons = show
        if self._options:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_options(self, options: list[OptionRow]) -> None:
        if [o.decision.id for o in options] == [o.decision.id for o in self._options] and options:
            self._options = list(options)
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self._options = list(options)
        self.endResetModel()

    def criterion(self, row: int) -> str | None:
        index = row - self.FIRST_CRITERION_ROW
        return ETD_CRITERIA[index] if 0 <= index < len(ETD_CRITERIA) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.FIRST_CRITERION_ROW + len(ETD_CRITERIA)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self._options)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            if role == Qt.ItemDataRole.ToolTipRole and section == self.BASELINE_COLUMN and self._baseline:
                return plain_tooltip(self._baseline.baseline or baseline_title())
            if role == Qt.ItemDataRole.DisplayRole:
                return self._title(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(self._title(section))
            return None
        if not 0 <= section < self.rowCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == self.STATUS_ROW:
                return self.tr("Status")
            if section == self.VERDICT_ROW:
                return self.tr("Evidence verdict")
            return word("etd_criterion", self.criterion(section))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.column() < self.columnCount()) or not (0 <= index.row() < self.rowCount()):
            return None
        option = self.option_at(index.column())
        if option is None:
            return self._baseline_data(index.row(), role)
        if role == DECISION_ID_ROLE:
            return option.decision.id
        if index.row() == self.STATUS_ROW:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return status_label(option.decision.status)
            return None
        if index.row() == self.VERDICT_ROW:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return verdict_label(option.verdict)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{option.family_name}: {verdict_meaning(option.verdict)}"
            if role == Qt.ItemDataRole.DecorationRole:
                return verdict_icon(option.verdict)
            return None
        return self._judgment_data(option.decision.etd_for(self.criterion(index.row())), role)

    def _baseline_data(self, row: int, role: int) -> Any:
        if row in (self.STATUS_ROW, self.VERDICT_ROW):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return phrase("baseline_status" if row == self.STATUS_ROW else "baseline_no_verdict")
            return None
        return self._judgment_data(self._judged(self.BASELINE_COLUMN, self.criterion(row)), role)

    def _judgment_data(self, judgment: EtdJudgment, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            rating = word("etd_rating", judgment.rating)
            return f"{rating}\n{judgment.reason}" if self.show_reasons and judgment.reason else rating
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(judgment.reason or self.tr("No reason recorded."))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            rating = word("etd_rating", judgment.rating)
            return f"{rating}. {judgment.reason}" if judgment.reason else rating
        return None

    def reason_text(self, index: _Index) -> str:
        """What the grid's reason line shows for a cell."""
        if not index.isValid() or not (0 <= index.column() < self.columnCount()):
            return ""
        title = self._title(index.column())
        criterion = self.criterion(index.row())
        if criterion is None:
            return f"{title}: {self.data(index)}"
        judgment = self._judged(index.column(), criterion)
        rating = word("etd_rating", judgment.rating)
        return f"{title} — {word('etd_criterion', criterion)}: {rating}. {judgment.reason or self.tr('No reason recorded.')}"
