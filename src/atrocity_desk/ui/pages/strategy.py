"""Strategy (SPEC §2 step 7, MAPRO): how the options combine in phases with their decision points,
the no-new-action baseline judged like an option, key assumptions, scenarios with their warning
signs, the dated trigger calendar, the coalition, transition and exit, measures of success and the
legal basis and consent of each option."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.models import ETD_RATINGS, EtdJudgment
from ...core.strategy import Assumption, DecisionPoint, Phase, Scenario, TriggerDate
from ...core.vocabulary import (
    ETD_CRITERIA,
    PHASE_KINDS,
    POINT_DIRECTIONS,
    SCENARIO_KINDS,
    TRIGGER_STATUSES,
    is_unrecognised,
    option_title,
    word,
)
from .. import plan_dialog
from ..models.strategy_models import (
    AssumptionTableModel,
    LegalTableModel,
    PhaseTableModel,
    ScenarioTableModel,
    SuccessTableModel,
    TriggerTableModel,
)
from ..plan_dialog import Field
from ..session import DECISIONS, OBJECTIVES, REVISION, REVISIONS, STRATEGY
from ..item_views import RowTableView
from ..widgets import CommitPlainTextEdit, wrapped
from . import PAGE_TITLES
from .base import Page


def _choices(ids: tuple[str, ...], family: str) -> tuple[tuple[str, str], ...]:
    return tuple((i, word(family, i)) for i in ids)


class ItemPanel(QWidget):
    """Help text, a table of items, and the buttons that add, edit and delete them."""

    def __init__(self, page: StrategyPage, name: str, help_text: str, model: Any, add: Callable[[], Any] | None,
                 edit: Callable[[int], Any], delete: Callable[[int], Any] | None):
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(help_text))
        self.model = model
        self.table = RowTableView(name)
        self.table.setObjectName(f"strategy_{name.lower().replace(' ', '_')}")
        self.table.setModel(model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.edit_requested.connect(edit)
        if delete is not None:
            self.table.delete_requested.connect(delete)
        layout.addWidget(self.table, 1)
        self.buttons = QHBoxLayout()
        self.button_list: list[QPushButton] = []
        if add is not None:
            self.add_button(self.tr("&Add…"), self.tr("Add — {0}").format(name), add)
        self.add_button(self.tr("Ed&it…"), self.tr("Edit — {0}").format(name), lambda: edit(self.table.current_row()))
        if delete is not None:
            self.add_button(self.tr("&Delete"), self.tr("Delete — {0}").format(name), lambda: delete(self.table.current_row()))
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)

    def add_button(self, text: str, accessible: str, action: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(lambda: action())
        self.buttons.insertWidget(len(self.button_list), button)
        self.button_list.append(button)
        return button

    def shown(self, read_only: bool) -> None:
        self.table.resizeRowsToContents()
        for button in self.button_list:
            button.setEnabled(not read_only)


class StrategyPage(Page):
    page_id = "strategy"
    title = PAGE_TITLES[page_id]

    def __init__(self, session, window):  # noqa: ANN001 - see Page
        super().__init__(session, window)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "How the options combine: in phases, each with the observable events that would make you "
            "escalate or scale back; what happens with no new action; the assumptions the plan rests on; "
            "the plausible atrocity scenarios; and the calendar of dated triggers."
        )))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the strategy"))
        layout.addWidget(self.tabs, 1)
        self.phases = ItemPanel(
            self, self.tr("Phases"), self.tr(
                "Phases: now, if the situation worsens, later. Select a phase and add its decision points: "
                "each an event you could observe and the response it triggers."),
            PhaseTableModel(parent=self), self.add_phase, self.edit_phase_row, self.delete_phase_row)
        self.point_button = self.phases.add_button(self.tr("Add decision &point…"), self.tr("Add a decision point to the selected phase"), self.add_point)
        self.tabs.addTab(self.phases, self.tr("Phases"))
        self.tabs.addTab(self._baseline_tab(), self.tr("No new action"))
        self.assumptions = self._simple_panel(self.tr("Assumptions"), self.tr(
            "Key assumptions (host-state consent, the perpetrators' likely response, partners' support): "
            "what would prove each wrong, and the indicator that would show it."), AssumptionTableModel(parent=self), Assumption)
        self.scenarios = self._simple_panel(self.tr("Scenarios"), self.tr(
            "Plausible atrocity scenarios, at least the most likely and the most dangerous, each with its warning signs."),
            ScenarioTableModel(parent=self), Scenario)
        self.triggers = self._simple_panel(self.tr("Trigger calendar"), self.tr(
            "Dated triggers (elections, anniversaries, verdicts, the end of a mandate) and whether each is "
            "upcoming, happened or passed quietly. The next ones show on the Overview."), TriggerTableModel(parent=self), TriggerDate)
        for panel, title in ((self.assumptions, self.tr("Assumptions")), (self.scenarios, self.tr("Scenarios")),
                             (self.triggers, self.tr("Trigger calendar"))):
            self.tabs.addTab(panel, title)
        self.tabs.addTab(self._coalition_tab(), self.tr("Coalition and exit"))
        self.success = ItemPanel(self, self.tr("Measures of success"), self.tr(
            "What success looks like for each objective of the Aim page."), SuccessTableModel(parent=self), None, self.edit_success, None)
        self.legal = ItemPanel(self, self.tr("Legal basis and consent"), self.tr(
            "The legal basis each option rests on, and whose consent it needs."), LegalTableModel(parent=self), None, self.edit_legal, None)
        self.tabs.addTab(self.success, self.tr("Success"))
        self.tabs.addTab(self.legal, self.tr("Legal basis"))
        self.refresh(None)

    # -- building --

    def _simple_panel(self, name: str, help_text: str, model: Any, kind: type) -> ItemPanel:
        panel: ItemPanel

        def add() -> Any:
            return self.add_item(kind)

        def edit(row: int) -> Any:
            return self.edit_item(panel.model.row_object(row))

        def delete(row: int) -> Any:
            return self.delete_item(panel.model.row_object(row), panel)

        panel = ItemPanel(self, name, help_text, model, add, edit, delete)
        return panel

    def _baseline_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(wrapped(self.tr(
            "What is likely if nothing more is done: the risks and costs of inaction. It is judged like any "
            "option and shown as the first column of the Decisions grid.")))
        self.baseline_edit = CommitPlainTextEdit()
        self.baseline_edit.setObjectName("baseline")
        self.baseline_edit.setAccessibleName(self.tr("No new action: what is likely"))
        self.baseline_edit.setTabChangesFocus(True)
        self.baseline_edit.committed.connect(lambda: self._commit_text("baseline", self.baseline_edit))
        layout.addWidget(self.baseline_edit)
        box = QGroupBox(self.tr("Judgments of no new action"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.baseline_ratings: dict[str, QComboBox] = {}
        self.baseline_reasons: dict[str, QLineEdit] = {}
        for criterion in ETD_CRITERIA:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Rating: {0}").format(word("etd_criterion", criterion)))
            for rating in ("", *ETD_RATINGS):
                combo.addItem(word("etd_rating", rating), rating)
            combo.activated.connect(lambda _i, c=criterion: self._commit_baseline_etd(c))
            reason = QLineEdit()
            reason.setAccessibleName(self.tr("Reason: {0}").format(word("etd_criterion", criterion)))
            reason.setPlaceholderText(self.tr("Reason"))
            reason.editingFinished.connect(lambda c=criterion: self._commit_baseline_etd(c))
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addWidget(reason, 1)
            form.addRow(QLabel(word("etd_criterion", criterion)), row)
            self.baseline_ratings[criterion], self.baseline_reasons[criterion] = combo, reason
        layout.addWidget(box)
        layout.addStretch(1)
        scroll.setWidget(inner)
        return scroll

    def _coalition_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.coalition_edit = self._revision_text(layout, "coalition", self.tr("Coalition"), self.tr(
            "The coalition to build: whom, through which forum."))
        self.exit_edit = self._revision_text(layout, "transition_exit", self.tr("Transition and exit"), self.tr(
            "When to scale back or end the response, and to whom it hands over."))
        return tab

    def _revision_text(self, layout: QVBoxLayout, field: str, name: str, help_text: str) -> CommitPlainTextEdit:
        box = QGroupBox(name)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(wrapped(help_text))
        edit = CommitPlainTextEdit()
        edit.setObjectName(field)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.committed.connect(lambda: self._commit_text(field, edit))
        box.setFocusProxy(edit)
        box_layout.addWidget(edit)
        layout.addWidget(box, 1)
        return edit

    # -- showing --

    def refresh(self, topic: str | None = None) -> None:
        case, revision = self.session.case, self.session.revision()
        if topic in (None, REVISION, REVISIONS):
            for field, edit in (("baseline", self.baseline_edit), ("coalition", self.coalition_edit), ("transition_exit", self.exit_edit)):
                edit.set_text_quietly(getattr(revision, field))
                edit.setReadOnly(self.read_only)
            for criterion in ETD_CRITERIA:
                judged = revision.baseline_etd_for(criterion)
                combo = self.baseline_ratings[criterion]
                combo.setCurrentIndex(max(0, combo.findData("" if is_unrecognised(judged.rating) else judged.rating)))
                combo.setEnabled(not self.read_only)
                self.baseline_reasons[criterion].setText(judged.reason)
                self.baseline_reasons[criterion].setReadOnly(self.read_only)
        if topic in (None, STRATEGY, DECISIONS, REVISIONS):
            options = case.decisions(revision.id)
            self.phases.model.show(case.phases(revision.id), case.decision_points(revision.id), options)
            self.assumptions.model.set_rows(case.assumptions(revision.id))
            self.scenarios.model.set_rows(case.scenarios(revision.id))
            self.triggers.model.show(case.trigger_dates(revision.id))
            self.legal.model.set_rows(options)
        if topic in (None, OBJECTIVES, REVISIONS):
            self.success.model.set_rows(case.objectives(revision.id))
        for panel in (self.phases, self.assumptions, self.scenarios, self.triggers, self.success, self.legal):
            panel.shown(self.read_only)

    # -- the revision's own texts --

    def _commit_text(self, field: str, edit: CommitPlainTextEdit) -> None:
        if not self.read_only:
            self.session.update_revision(**{field: edit.toPlainText().strip()})

    def _commit_baseline_etd(self, criterion: str) -> None:
        if self.read_only:
            return
        judged = EtdJudgment(rating=self.baseline_ratings[criterion].currentData(), reason=self.baseline_reasons[criterion].text().strip())
        if judged != self.session.revision().baseline_etd_for(criterion):
            self.session.set_baseline_etd(criterion, judged)

    def commit_edits(self) -> None:
        for edit in (self.baseline_edit, self.coalition_edit, self.exit_edit):
            edit.commit()
        for criterion in ETD_CRITERIA:
            self._commit_baseline_etd(criterion)

    # -- phases and decision points --

    def _phase_fields(self) -> list[Field]:
        options = tuple((d.id, option_title(d)) for d in self.session.case.decisions(self.session.revision().id))
        return [
            Field("kind", self.tr("&When:"), "choice", _choices(PHASE_KINDS, "phase_kind")),
            Field("title", self.tr("&Title:"), required=True),
            Field("description", self.tr("&Description:"), "text"),
            Field("options", self.tr("&Options used:"), "checks", options),
        ]

    def _point_fields(self) -> list[Field]:
        return [
            Field("event", self.tr("Observable &event:"), "text", required=True),
            Field("response", self.tr("&Response it triggers:"), "text"),
            Field("direction", self.tr("&Direction:"), "choice", _choices(POINT_DIRECTIONS, "point_direction")),
        ]

    def add_phase(self) -> int | None:
        values = plan_dialog.ask_fields(self, self.tr("Add phase"), self._phase_fields(), {})
        return self.session.add_plan_item(Phase(**values)) if values else None

    def _selected_phase(self) -> Phase | None:
        row = self.phases.model.row_object(self.phases.table.current_row())
        if row is None:
            return None
        if isinstance(row.item, Phase):
            return row.item
        return next((r.item for r in self.phases.model.rows() if isinstance(r.item, Phase) and r.item.id == row.item.phase_id), None)

    def add_point(self) -> int | None:
        phase = self._selected_phase()
        if phase is None or self.read_only:
            self.window_.show_message(self.tr("Select the phase the decision point belongs to."), 8000)
            return None
        values = plan_dialog.ask_fields(self, self.tr("Add decision point"), self._point_fields(), {})
        return self.session.add_plan_item(DecisionPoint(phase_id=phase.id, **values)) if values else None

    def edit_phase_row(self, row: int) -> bool:
        found = self.phases.model.row_object(row)
        return self.edit_item(found.item if found else None)

    def delete_phase_row(self, row: int) -> bool:
        found = self.phases.model.row_object(row)
        return self.delete_item(found.item if found else None, self.phases)

    # -- any item --

    def _fields_of(self, kind: type) -> list[Field]:
        if kind is Phase:
            return self._phase_fields()
        if kind is DecisionPoint:
            return self._point_fields()
        if kind is Assumption:
            return [Field("text", self.tr("&Assumption:"), "text", required=True),
                    Field("disproved_by", self.tr("What would &prove it wrong:"), "text"),
                    Field("indicator", self.tr("&Indicator to watch:"), "text")]
        if kind is Scenario:
            return [Field("kind", self.tr("&Kind:"), "choice", _choices(SCENARIO_KINDS, "scenario_kind")),
                    Field("title", self.tr("&Title:"), required=True),
                    Field("description", self.tr("&What happens:"), "text"),
                    Field("warning_signs", self.tr("Warning &signs:"), "text")]
        return [Field("on_date", self.tr("&Date:"), "date", required=True),
                Field("title", self.tr("&Trigger:"), required=True),
                Field("status", self.tr("&Status:"), "choice", _choices(TRIGGER_STATUSES, "trigger_status")),
                Field("note", self.tr("&Note:"), "text")]

    def add_item(self, kind: type) -> int | None:
        if self.read_only:
            return None
        values = plan_dialog.ask_fields(self, self.tr("Add"), self._fields_of(kind), {})
        return self.session.add_plan_item(kind(**values)) if values else None

    def edit_item(self, item: Any) -> bool:
        if item is None or item.id is None or self.read_only:
            return False
        fields = self._fields_of(type(item))
        values = plan_dialog.ask_fields(self, self.tr("Edit"), fields, item.model_dump())
        if not values:
            return False
        changed = {k: v for k, v in values.items() if v != getattr(item, k)}
        return self.session.update_plan_item(item, **changed) if changed else True

    def delete_item(self, item: Any, panel: ItemPanel) -> bool:
        if item is None or item.id is None or self.read_only:
            return False
        row = panel.table.current_row()
        deleted = self.session.delete_plan_item(item)
        if deleted:
            self.window_.show_message(self.tr("Deleted. Edit > Undo brings it back."), 8000)
            panel.table.select_row(min(row, panel.model.rowCount() - 1))
        return deleted

    # -- fields kept on objectives and options --

    def edit_success(self, row: int) -> bool:
        objective = self.success.model.row_object(row)
        if objective is None or objective.id is None or self.read_only:
            return False
        values = plan_dialog.ask_fields(self, self.tr("Measure of success"), [
            Field("success_measure", self.tr("What &success looks like:"), "text")], objective.model_dump())
        return bool(values) and self.session.update_objective(objective.id, **values)

    def edit_legal(self, row: int) -> bool:
        option = self.legal.model.row_object(row)
        if option is None or option.id is None or self.read_only:
            return False
        values = plan_dialog.ask_fields(self, self.tr("Legal basis and consent"), [
            Field("legal_basis", self.tr("&Legal basis:"), "text"),
            Field("consent", self.tr("&Consent needed:"), "text")], option.model_dump())
        return bool(values) and self.session.update_decision(option.id, **values)
