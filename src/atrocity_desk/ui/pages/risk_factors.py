"""Risk factors: the fourteen risk factors of the UN Framework of Analysis, each with its
indicators judged present / absent / unknown (with confidence and note), a reading per factor, and
the overall sentence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.assessment import risk_level_label, overall_risk, risk_factor_summaries
from ...core.checklist import RiskFactor
from ..models.risk_factors import (
    CONFIDENCE_CHOICES,
    COUNTS_ROLE,
    INDICATOR_VALUES,
    LEVEL_BADGES,
    IndicatorTableModel,
    RiskFactorListModel,
    summary_counts,
)
from ..session import JUDGMENTS, REVISIONS
from ..badges import Badge
from ..item_views import ChoiceDelegate, IndicatorBarDelegate, RowTableView
from ..widgets import heading, wrapped
from . import PAGE_TITLES
from .base import Page

CRIME_LABELS = {
    "genocide": QT_TRANSLATE_NOOP("RiskFactorsPage", "genocide"),
    "crimes_against_humanity": QT_TRANSLATE_NOOP("RiskFactorsPage", "crimes against humanity"),
    "war_crimes": QT_TRANSLATE_NOOP("RiskFactorsPage", "war crimes"),
}
# Single keys that judge the selected indicator.
QUICK_KEYS = {Qt.Key.Key_P: "present", Qt.Key.Key_A: "absent", Qt.Key.Key_U: None}


class IndicatorTableView(QTableView):
    """The indicators: F2 or Enter edits a cell; P, A and U judge the selected indicator at once."""

    def __init__(self, page: RiskFactorsPage):
        super().__init__()
        self.page = page

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        index = self.currentIndex()
        if index.isValid() and event.key() in QUICK_KEYS and not event.modifiers() and self.state() != QAbstractItemView.State.EditingState:
            self.page.judge_indicator(index.row(), "value", QUICK_KEYS[event.key()])
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self.edit(index if index.column() else index.siblingAtColumn(1))
            return
        super().keyPressEvent(event)


class RiskFactorsPage(Page):
    page_id = "risk_factors"
    title = PAGE_TITLES[page_id]

    def __init__(self, session, window):  # noqa: ANN001 - see Page
        super().__init__(session, window)
        self._row_texts: dict[int, tuple] = {}  # view -> the texts its row heights were measured for
        self.risk_factor: RiskFactor | None = None
        layout = QVBoxLayout(self)
        self.overall_label = heading("", 1.1)
        self.overall_label.setObjectName("overall_risk")
        self.overall_label.setAccessibleName(self.tr("Overall reading of the risk factors"))
        layout.addWidget(self.overall_label)
        layout.addWidget(wrapped(
            self.tr("The fourteen risk factors of the UN Framework of Analysis for Atrocity Crimes (2014), in this "
            "project's words. Judge each indicator present, absent or unknown; an indicator not judged stays unknown.")
        ))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.list_model = RiskFactorListModel((), self)
        self.list_view = RowTableView(self.tr("Risk factors"))
        self.list_view.setObjectName("risk_factor_list")
        self.list_view.setModel(self.list_model)
        self.list_view.setWordWrap(True)
        self.list_view.setItemDelegateForColumn(1, IndicatorBarDelegate(COUNTS_ROLE, self.list_view))
        self.list_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list_view.horizontalHeader().setStretchLastSection(False)
        # Titles wrap: re-measure the rows whenever the column width changes.
        self.list_view.horizontalHeader().sectionResized.connect(lambda *_: self.list_view.resizeRowsToContents())
        self.list_view.edit_requested.connect(lambda row: self.indicator_view.setFocus())
        splitter.addWidget(self.list_view)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        self.rf_heading = heading("", 1.25)
        self.kind_label = wrapped()
        self.description_label = wrapped()
        self.description_label.setAccessibleName(self.tr("Description of the risk factor"))
        self.summary_badge = Badge()
        self.summary_badge.setObjectName("risk_factor_summary")
        for widget in (self.rf_heading, self.kind_label, self.description_label, self.summary_badge):
            detail_layout.addWidget(widget)
        self.indicator_model = IndicatorTableModel(self._edit_indicator, self)
        self.indicator_view = IndicatorTableView(self)
        self.indicator_view.setObjectName("indicator_table")
        self.indicator_view.setAccessibleName(self.tr("Indicators of the risk factor"))
        self.indicator_view.setAccessibleDescription(self.tr("P present, A absent, U unknown; F2 or Enter edits the cell"))
        self.indicator_view.setModel(self.indicator_model)
        self.indicator_view.setWordWrap(True)
        self.indicator_view.setAlternatingRowColors(True)
        self.indicator_view.setTabKeyNavigation(False)
        self.indicator_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.indicator_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicator_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.indicator_view.verticalHeader().hide()
        self.indicator_view.setItemDelegateForColumn(1, ChoiceDelegate(INDICATOR_VALUES, self.tr("Judgment"), self))
        self.indicator_view.setItemDelegateForColumn(2, ChoiceDelegate(CONFIDENCE_CHOICES, self.tr("Confidence"), self))
        header = self.indicator_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # The indicator wording gets the room (fewer lines, so every indicator of a factor fits a
        # laptop screen); notes wrap in a narrower column the planner can widen.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, header.fontMetrics().averageCharWidth() * 34)
        header.sectionResized.connect(lambda *_: self.indicator_view.resizeRowsToContents())
        detail_layout.addWidget(self.indicator_view, 1)
        hint = wrapped(self.tr("Keys: P present · A absent · U unknown · F2 or Enter to edit a cell (confidence, note)."))
        detail_layout.addWidget(hint)
        splitter.addWidget(detail)
        splitter.setSizes([450, 690])
        splitter.setStretchFactor(1, 1)

        self.list_view.selectionModel().currentChanged.connect(self._on_current)
        self.refresh(None)
        self.list_view.select_row(0)

    # -- showing --

    def refresh(self, topic: str | None = None) -> None:
        if topic not in (None, JUDGMENTS, REVISIONS):
            return
        judgments = self.session.case.judgments(self.session.revision().id, "indicator")
        summaries = risk_factor_summaries(self.session.checklist, judgments)
        self.list_model.set_rows(summaries)
        # Row heights follow the text shown; measuring them costs milliseconds per edit, so only
        # when that text can have changed (a level's words, an indicator's note).
        self._resize_rows(self.list_view, tuple(s.level for s in summaries))
        self.overall_label.setText(self.tr("Overall: {risk}").format(risk=overall_risk(summaries).sentence()))
        self.indicator_model.editable = not self.read_only
        self.indicator_model.set_judgments(judgments)
        self._resize_rows(self.indicator_view, self._indicator_texts(judgments))
        self._show_summary(summaries)

    def _indicator_texts(self, judgments) -> tuple:  # noqa: ANN001
        indicators = self.risk_factor.indicators if self.risk_factor else []
        return tuple((i.id, judgments[i.id].note if i.id in judgments else "") for i in indicators)

    def _resize_rows(self, view: QTableView, texts: tuple) -> None:
        if self._row_texts.get(id(view)) != texts:
            self._row_texts[id(view)] = texts
            view.resizeRowsToContents()

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().showEvent(event)
        # Widths settle once shown: rows measured before would be taller than their text needs.
        self.list_view.resizeRowsToContents()
        self.indicator_view.resizeRowsToContents()

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        summary = self.list_model.row_object(current.row())
        if summary is None:
            return
        risk_factor = summary.risk_factor
        self.risk_factor = risk_factor
        self.rf_heading.setText(f"{risk_factor.number}. {risk_factor.title}")
        crimes = ", ".join(self.tr(CRIME_LABELS[c]) for c in risk_factor.crimes)
        kind = self.tr("Common risk factor") if risk_factor.kind == "common" else self.tr("Specific risk factor")
        self.kind_label.setText(f"{kind} — {crimes}.")
        self.description_label.setText(risk_factor.description)
        judgments = self.session.case.judgments(self.session.revision().id, "indicator")
        self.indicator_model.editable = not self.read_only
        self.indicator_model.set_risk_factor(risk_factor, judgments)
        self.indicator_view.resizeRowsToContents()  # a model reset forgets the heights
        self._row_texts[id(self.indicator_view)] = self._indicator_texts(judgments)
        self._show_summary(self.list_model.rows())

    def _show_summary(self, summaries) -> None:  # noqa: ANN001
        summary = next((s for s in summaries if self.risk_factor and s.risk_factor.id == self.risk_factor.id), None)
        if summary is not None:
            self.summary_badge.set_badge(f"{risk_level_label(summary.level)} — {summary_counts(summary)}", LEVEL_BADGES[summary.level])

    def select_risk_factor(self, risk_factor_id: str) -> bool:
        row = self.list_model.row_of(risk_factor_id)
        if row < 0:
            return False
        self.list_view.select_row(row)
        return True

    # -- editing --

    def judge_indicator(self, row: int, field: str, value: Any) -> bool:
        indicator = self.indicator_model.indicator_at(row)
        if indicator is None:
            return False
        return self._edit_indicator(indicator.id, field, value)

    def _edit_indicator(self, indicator_id: str, field: str, value: Any) -> bool:
        # Read-only: the session refuses and says why (the table itself is not editable then).
        return self.session.set_judgment("indicator", indicator_id, **{field: value})
