"""Step 6: record decisions (SPEC §2).

The options under consideration, each with its status, rationale, the objectives it serves, who
leads, timing, requirements, what to monitor, the findings weighed, and a judgment with a reason on
every criterion of the evidence-to-decision frame. A second tab shows the judgments of all options
side by side. The page shows judgments and reasons; it never adds them up or names a winner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.language import join_list
from ...core.models import ETD_RATINGS, Decision, EtdJudgment
from ...core.option_order import numbered_options
from ...core.vocabulary import DECISION_STATUSES, ETD_CRITERIA, central_caution, option_title, status_label, unrecognised, word
from ..badges import Badge
from ..design_editor import DesignEditor
from ..option_verdict import OptionVerdictView
from ..plain import plain_tooltip
from ..models.decision_models import DECISION_ID_ROLE, DecisionListModel, EtdGridModel, OptionRow
from ..pack_marks import pack_mark
from ..session import DECISIONS, DESIGN, JUDGMENTS, OBJECTIVES, PACKS, REVISION, REVISIONS, CaseSession
from ..widgets import CommitPlainTextEdit, ReasonEdit, heading, wrap_to_width, wrapped
from . import PAGE_TITLES
from .base import Page

NO_WINNER_NOTE = QT_TRANSLATE_NOOP(
    "DecisionsPage",
    "The grid shows each option's judgments and their reasons side by side. It does not add them up or "
    "rank the options: weighing them is the planner's call."
)
_OBJECTIVE_ROLE = Qt.ItemDataRole.UserRole + 30
_FINDING_ROLE = Qt.ItemDataRole.UserRole + 31


class DecisionsPage(Page):
    page_id = "decisions"
    title = PAGE_TITLES[page_id]

    def __init__(self, session, window):  # noqa: ANN001 - see Page
        super().__init__(session, window)
        self._current_id: int | None = None
        self._known_ids: set[int] = set()
        self._loading = False
        self.list_model = DecisionListModel(parent=self)
        self.grid_model = EtdGridModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading(self.tr("Decisions"), 1.4, self))
        intro = wrap_to_width(wrapped(
            self.tr("Record each option considered: its status, why, what it serves, and a judgment with a reason "
            "on each criterion of the evidence-to-decision frame. Add options from the Toolbox page."), self))
        layout.addWidget(intro)
        self.caution_label = wrap_to_width(wrapped(central_caution(), self))
        self.caution_label.setObjectName("centralCaution")
        self.caution_label.setAccessibleName(self.tr("The paper's central caution"))
        self.caution_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.caution_label.setMargin(6)
        layout.addWidget(self.caution_label)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Decisions views"))
        self.tabs.addTab(self._build_options_tab(), self.tr("&Options"))
        self.tabs.addTab(self._build_grid_tab(), self.tr("&Side by side"))
        self.tabs.currentChanged.connect(lambda _i: self._measure_rows())
        layout.addWidget(self.tabs, 1)
        self.refresh(None)

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().showEvent(event)
        self._measure_rows()

    def _measure_rows(self) -> None:
        """Wrapped rows take the height of their text at the widths they are shown with."""
        self.table.resizeRowsToContents()
        self.grid.resizeRowsToContents()

    # -- building: the options tab --

    def _build_options_tab(self) -> QWidget:
        tab = QWidget(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(tab).addWidget(splitter)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        self.table = QTableView(left)
        self.table.setAccessibleName(self.tr("Options"))
        self.table.setModel(self.list_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Full titles, wrapped: the list is how a planner finds an option, and "Resume training
        # support to the…" could be two different options.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (DecisionListModel.NUMBER, DecisionListModel.STATUS, DecisionListModel.VERDICT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DecisionListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add from the &Toolbox…"), left)
        self.add_button.setAccessibleName(self.tr("Add an option from the Toolbox"))
        self.add_button.clicked.connect(lambda: self.window_.show_page("toolbox"))
        self.delete_button = QPushButton(self.tr("&Delete option"), left)
        self.delete_button.setAccessibleName(self.tr("Delete the selected option"))
        self.delete_button.setToolTip(self.tr("Delete the selected option (Edit > Undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        self.editor_scroll = QScrollArea(splitter)
        self.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its contents are
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setAccessibleName(self.tr("The selected option"))
        self.editor = self._build_editor()
        self.editor_scroll.setWidget(self.editor)
        splitter.addWidget(self.editor_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([540, 640])
        return tab

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(6, 0, 6, 6)
        self.empty_label = wrap_to_width(wrapped(self.tr("No option selected. Choose one on the left, or add one from the Toolbox page."), editor))
        layout.addWidget(self.empty_label)

        self.form_box = QWidget(editor)
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)

        self.title_edit = self._line(self.tr("Title of the option"), lambda text: self._update(title=text.strip()))
        self.number_label = QLabel(self.form_box)
        self.number_label.setAccessibleName(self.tr("Number of the option in the memo"))
        self.number_label.setFont(QFont(self.number_label.font().family(), -1, QFont.Weight.Bold))
        title_row = QHBoxLayout()
        title_row.addWidget(self.number_label)
        title_row.addWidget(self.title_edit, 1)
        title_label = QLabel(self.tr("&Title:"), self.form_box)
        title_label.setBuddy(self.title_edit)
        form.addRow(title_label, title_row)

        evidence_row = QHBoxLayout()
        self.verdict_badge = Badge(self.form_box)
        self.family_label = QLabel(self.form_box)
        self.family_label.setTextFormat(Qt.TextFormat.PlainText)  # an unrecognised family shows as stored
        self.family_label.setWordWrap(True)
        self.family_label.setAccessibleName(self.tr("Family and tool of the option"))
        self.evidence_button = QPushButton(self.tr("See the &evidence"), self.form_box)
        self.evidence_button.setAccessibleName(self.tr("See the evidence for this option on the Toolbox page"))
        self.evidence_button.clicked.connect(self._show_evidence)
        evidence_row.addWidget(self.verdict_badge)
        evidence_row.addWidget(self.family_label, 1)
        evidence_row.addWidget(self.evidence_button)
        form.addRow(self.tr("Evidence:"), evidence_row)
        # The option's own reading (situation + its design) and how the option is designed: each a
        # self-contained widget, hosted below as tabs of the option.
        self.option_verdict = OptionVerdictView(self.session, self.form_box)
        self.design_editor = DesignEditor(self.session, self.form_box)

        self.status_combo = QComboBox(self.form_box)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in DECISION_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setPlaceholderText(unrecognised(None))  # shown for a status we don't know
        self.status_combo.activated.connect(lambda _i: self._update(status=self.status_combo.currentData()))
        form.addRow(self.tr("&Status:"), self.status_combo)

        layout.addWidget(self.form_box)

        # The option's own views, one tab each: the judgments first, in view without scrolling.
        # Another view of the option (its design, its evidence verdict) is one more add_option_tab.
        self.option_tabs = QTabWidget(editor)
        self.option_tabs.setAccessibleName(self.tr("Views of the selected option"))
        layout.addWidget(self.option_tabs, 1)
        self.add_option_tab(self._build_judgments(editor), self.tr("&Judgments (EtD)"))
        self.add_option_tab(_scrolled(self.design_editor, editor), self.tr("Desi&gn"))
        self.add_option_tab(_scrolled(self.option_verdict, editor), self.tr("This option's e&vidence"))
        self.add_option_tab(self._build_details(editor), self.tr("D&etails"))
        return editor

    def add_option_tab(self, widget: QWidget, title: str) -> int:
        """Show ``widget`` as one more view of the selected option; returns its tab index."""
        return self.option_tabs.addTab(widget, title)

    def _build_details(self, parent: QWidget) -> QWidget:
        scroll = QScrollArea(parent)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        box = QWidget(scroll)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details_box = box
        self.rationale_edit = self._text(self.tr("Rationale"), self.tr("Why this option, or why not"), lambda text: self._update(rationale=text))
        form.addRow(self.tr("&Rationale:"), self.rationale_edit)

        self.objectives_list = QListWidget(box)
        self.objectives_list.setAccessibleName(self.tr("Objectives this option serves"))
        self.objectives_list.setWordWrap(True)
        self.objectives_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.objectives_list.itemChanged.connect(self._objectives_changed)
        form.addRow(self.tr("Ob&jectives served:"), self.objectives_list)

        self.lead_edit = self._line(self.tr("Lead actor"), lambda text: self._update(lead_actor=text.strip()))
        form.addRow(self.tr("&Lead actor:"), self.lead_edit)
        self.timing_edit = self._text(self.tr("Timing and sequencing"), self.tr("When, and after or before what"), lambda text: self._update(timing=text.strip()))
        self.timing_edit.setMaximumHeight(self.timing_edit.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.tr("Ti&ming:"), self.timing_edit)
        self.requirements_edit = self._text(self.tr("Requirements"), self.tr("People, money, agreements it needs"), lambda text: self._update(requirements=text))
        form.addRow(self.tr("Re&quirements:"), self.requirements_edit)
        self.monitoring_edit = self._text(self.tr("What to monitor"), self.tr("Signs that it works, or harms"), lambda text: self._update(monitoring=text))
        form.addRow(self.tr("&Monitoring:"), self.monitoring_edit)

        self.findings_list = QListWidget(box)
        self.findings_list.setAccessibleName(self.tr("Findings weighed"))
        self.findings_list.setWordWrap(True)
        self.findings_list.setMinimumHeight(self.findings_list.fontMetrics().lineSpacing() * 8)
        self.findings_list.itemChanged.connect(self._findings_changed)
        form.addRow(self.tr("&Findings weighed:"), self.findings_list)
        scroll.setWidget(box)
        return scroll

    def _build_judgments(self, parent: QWidget) -> QWidget:
        self.etd_box = QWidget(parent)
        self.etd_box.setAccessibleName(self.tr("Evidence-to-decision judgments"))
        grid = QGridLayout(self.etd_box)
        grid.addWidget(QLabel(self.tr("<b>Criterion</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Judgment</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Reason</b>")), 0, 2)
        self.etd_combos: dict[str, QComboBox] = {}
        self.etd_reasons: dict[str, ReasonEdit] = {}
        for row, criterion in enumerate(ETD_CRITERIA, start=1):
            # The short name keeps the row low (French criteria ran to five lines); the full one
            # is the tooltip and what a screen reader says.
            label = QLabel(word("etd_criterion", criterion, "short"), self.etd_box)
            label.setToolTip(word("etd_criterion", criterion))
            label.setWordWrap(True)
            combo = QComboBox(self.etd_box)
            combo.setAccessibleName(self.tr("Judgment: {criterion}").format(criterion=word("etd_criterion", criterion)))
            for rating in ("", *ETD_RATINGS):
                combo.addItem(word("etd_rating", rating), rating)
            combo.setPlaceholderText(unrecognised(None))
            combo.activated.connect(lambda _i, c=criterion: self._etd_changed(c))
            reason = ReasonEdit(2, self.etd_box)
            reason.setAccessibleName(self.tr("Reason: {criterion}").format(criterion=word("etd_criterion", criterion)))
            reason.setPlaceholderText(self.tr("Why?"))
            reason.editingFinished.connect(lambda c=criterion: self._etd_changed(c))
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(reason, row, 2)
            self.etd_combos[criterion] = combo
            self.etd_reasons[criterion] = reason
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 4)
        grid.setRowStretch(len(ETD_CRITERIA) + 1, 1)
        return self.etd_box

    def _line(self, name: str, commit: Callable[[str], object]) -> QLineEdit:
        edit = QLineEdit(self.form_box)
        edit.setAccessibleName(name)
        edit.editingFinished.connect(lambda: commit(edit.text()))
        return edit

    def _text(self, name: str, placeholder: str, commit: Callable[[str], object]) -> CommitPlainTextEdit:
        edit = CommitPlainTextEdit(self.form_box)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
        edit.committed.connect(lambda: commit(edit.toPlainText()))
        return edit

    # -- building: the grid tab --

    def _build_grid_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        note = wrap_to_width(wrapped(self.tr(NO_WINNER_NOTE), tab))
        note.setAccessibleName(self.tr("About the grid"))
        self.reasons_check = QCheckBox(self.tr("Show the &reasons in the grid"), tab)
        self.reasons_check.setAccessibleName(self.tr("Show the reasons in the grid"))
        self.reasons_check.setChecked(True)
        self.reasons_check.toggled.connect(self._show_reasons_toggled)
        top = QHBoxLayout()
        top.addWidget(note, 1)
        top.addWidget(self.reasons_check)
        layout.addLayout(top)
        self.grid = QTableView(tab)
        self.grid.setAccessibleName(self.tr("Judgments of all options side by side"))
        self.grid.setModel(self.grid_model)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        columns = self.grid.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setDefaultSectionSize(165)
        # Option titles are long: wrap them in the header rather than cut them.
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value))
        columns.setTextElideMode(Qt.TextElideMode.ElideNone)
        columns.setMinimumHeight(columns.fontMetrics().lineSpacing() * 4 + 10)
        rows = self.grid.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value))
        rows.setFixedWidth(rows.fontMetrics().averageCharWidth() * 26)
        self.grid.setItemDelegate(_RatingDelegate(self.grid))
        self.grid.selectionModel().currentChanged.connect(self._grid_cell_changed)
        self.grid.doubleClicked.connect(self._grid_open)
        layout.addWidget(self.grid, 1)
        self.grid_reason = wrap_to_width(wrapped(self.tr("Select a cell to read the reason given for it."), tab))
        self.grid_reason.setAccessibleName(self.tr("Reason for the selected judgment"))
        self.grid_reason.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid_reason.setMargin(6)
        layout.addWidget(self.grid_reason)
        return tab

    # -- refreshing --

    def set_session(self, session: CaseSession) -> None:
        self.design_editor.set_session(session)
        self.option_verdict.set_session(session)
        super().set_session(session)

    def refresh(self, topic: str | None = None) -> None:
        self._refresh_options(topic)
        if topic is not None:  # the option's editors follow what changed (None: _load_editor did)
            self.design_editor.on_topic(topic)
            self.option_verdict.on_topic(topic)

    def _refresh_options(self, topic: str | None) -> None:
        if topic in (None, REVISION, REVISIONS):
            self.grid_model.set_baseline(self.session.revision())  # the grid's first column
        if topic == DESIGN:  # the option's own verdict in the list; the editor stays as it is
            rows = self._option_rows()
            self.list_model.set_rows(rows)
            self.grid_model.set_options(rows)
            self._reselect()
            return
        if topic not in (None, DECISIONS, JUDGMENTS, OBJECTIVES, REVISIONS, PACKS):  # packs: verdicts and findings
            return
        rows = self._option_rows()
        ids = {r.decision.id for r in rows}
        if topic is None or topic == REVISIONS:
            self._known_ids = set(ids)  # another case or revision: nothing is "new"
        new = ids - self._known_ids
        self._known_ids = set(ids)
        if new and len(new) == 1:
            self._current_id = next(iter(new))  # an option just added (e.g. from the Toolbox)
        elif self._current_id not in ids:
            self._current_id = rows[0].decision.id if rows else None
        self.list_model.set_rows(rows)
        self.grid_model.set_options(rows)
        self.grid.resizeRowsToContents()
        self._reselect()
        self._load_editor()
        self.add_button.setEnabled(not self.read_only)

    def _option_rows(self) -> list[OptionRow]:
        session = self.session
        # Each option's own verdict (situation and its design), as the memo's grid prints it.
        verdicts = {o.id: o.reading.fit.verdict for o in session.case_fit().options if o.reading is not None}
        families = {family.id: family.name for family in session.evidence.families}
        # Grouped by status and numbered as the memo numbers them.
        return [
            OptionRow(
                decision=d,
                title=option_title(d, session.evidence),
                family_name=families.get(d.family) or unrecognised(d.family),
                verdict=verdicts.get(d.id, "not_reviewed"),
                number=number,
            )
            for number, d in numbered_options(session.case.decisions(session.revision().id))
        ]

    def _reselect(self) -> None:
        row = self.list_model.row_of(self._current_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.list_model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        selection.blockSignals(False)

    def select_decision(self, decision_id: int) -> None:
        """Show this option in the editor."""
        self.tabs.setCurrentIndex(0)
        self._current_id = decision_id
        self._reselect()
        self._load_editor()

    def current_decision(self) -> Decision | None:
        if self._current_id is None:
            return None
        try:
            return self.session.case.decision(self._current_id)
        except KeyError:
            return None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._current_id = current.data(DECISION_ID_ROLE) if current.isValid() else None
        self._load_editor()

    # -- the editor --

    def _load_editor(self) -> None:
        decision = self.current_decision()
        self.empty_label.setVisible(decision is None)
        self.form_box.setVisible(decision is not None)
        self.option_tabs.setVisible(decision is not None)
        self.delete_button.setEnabled(decision is not None and not self.read_only)
        if decision is None:
            return
        self._loading = True
        try:
            self._fill_editor(decision)
        finally:
            self._loading = False
        editable = not self.read_only
        for widget in (self.title_edit, self.status_combo, self.rationale_edit, self.objectives_list, self.lead_edit,
                       self.timing_edit, self.requirements_edit, self.monitoring_edit, self.findings_list,
                       *self.etd_combos.values(), *self.etd_reasons.values()):
            widget.setEnabled(editable)

    def _fill_editor(self, decision: Decision) -> None:
        session = self.session
        _set_line(self.title_edit, decision.title)
        fit = session.fit().family(decision.family) if decision.family in {f.id for f in session.fit().families} else None
        self.verdict_badge.set_verdict(fit.verdict if fit else "not_reviewed")
        self.option_verdict.set_option(decision.id)
        self.design_editor.set_option(decision.id, str(decision.family))
        family_name = fit.name if fit else unrecognised(decision.family)
        tool = next((t for t in session.evidence.tools if t.id == decision.tool), None) if decision.tool else None
        self.family_label.setText(self.tr("{family} — tool: {tool}").format(family=family_name, tool=tool.name) if tool else family_name)
        # An unrecognised stored status selects nothing; the combo then shows the placeholder.
        self.status_combo.setCurrentIndex(self.status_combo.findData(decision.status))
        self.rationale_edit.set_text_quietly(decision.rationale)
        _set_line(self.lead_edit, decision.lead_actor)
        self.timing_edit.set_text_quietly(decision.timing)
        number = next((r.number for r in self.list_model.rows() if r.decision.id == decision.id), 0)
        self.number_label.setText(f"{number}." if number else "")
        self.requirements_edit.set_text_quietly(decision.requirements)
        self.monitoring_edit.set_text_quietly(decision.monitoring)
        self._fill_objectives(decision)
        self._fill_findings(decision)
        for criterion in ETD_CRITERIA:
            judgment = decision.etd_for(criterion)
            combo = self.etd_combos[criterion]
            combo.setCurrentIndex(combo.findData(judgment.rating))
            self.etd_reasons[criterion].set_text_quietly(judgment.reason)

    def _fill_objectives(self, decision: Decision) -> None:
        objectives = self.session.case.objectives(self.session.revision().id)
        self.objectives_list.blockSignals(True)
        self.objectives_list.clear()
        for objective in objectives:
            item = QListWidgetItem(objective.text)
            item.setData(_OBJECTIVE_ROLE, objective.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if objective.id in decision.objectives else Qt.CheckState.Unchecked)
            item.setToolTip(plain_tooltip(objective.text))
            self.objectives_list.addItem(item)
        if not objectives:
            item = QListWidgetItem(self.tr("No objectives yet: set them on the Aim page."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.objectives_list.addItem(item)
        self.objectives_list.setFixedHeight(_list_height(self.objectives_list, 6))
        self.objectives_list.blockSignals(False)

    def _fill_findings(self, decision: Decision) -> None:
        evidence = self.session.evidence
        findings = evidence.findings_for(decision.family)
        self.findings_list.blockSignals(True)
        self.findings_list.clear()
        for finding in findings:
            citations = join_list(evidence.citation(k) for k in finding.studies)
            item = QListWidgetItem(pack_mark(evidence, finding.id) + " ".join(finding.statement.split()))
            item.setData(_FINDING_ROLE, finding.id)
            item.setToolTip(
                f"{word('direction', finding.direction)}; {word('evidence_kind', finding.evidence_kind)}; {citations}"
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if finding.id in decision.findings_weighed else Qt.CheckState.Unchecked)
            self.findings_list.addItem(item)
        if not findings:
            item = QListWidgetItem(self.tr("The paper reviews no study of this family."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.findings_list.addItem(item)
        self.findings_list.blockSignals(False)

    # -- edits, each through the session --

    def _update(self, **fields: object) -> None:
        if self._loading or self._current_id is None or self.read_only:
            return
        decision = self.current_decision()
        if decision is None:
            return
        self.session.update_decision(decision.id, **fields)

    def _objectives_changed(self, _item: QListWidgetItem) -> None:
        ids = [
            self.objectives_list.item(i).data(_OBJECTIVE_ROLE)
            for i in range(self.objectives_list.count())
            if self.objectives_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._update(objectives=[i for i in ids if i is not None])

    def _findings_changed(self, _item: QListWidgetItem) -> None:
        ids = [
            self.findings_list.item(i).data(_FINDING_ROLE)
            for i in range(self.findings_list.count())
            if self.findings_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._update(findings_weighed=[i for i in ids if i is not None])

    def _etd_changed(self, criterion: str) -> None:
        if self._loading or self._current_id is None or self.read_only or self.current_decision() is None:
            return
        stored = self.current_decision().etd_for(criterion)
        combo = self.etd_combos[criterion]
        # No item selected: the stored rating is one we don't know; editing the reason keeps it.
        rating = (combo.currentData() or "") if combo.currentIndex() >= 0 else stored.rating
        judgment = EtdJudgment(rating=rating, reason=self.etd_reasons[criterion].text().strip())
        if judgment != stored:
            self.session.set_etd(self._current_id, criterion, judgment)

    def delete_current(self) -> None:
        decision = self.current_decision()
        if decision is None or self.read_only:
            return
        row = self.list_model.row_of(decision.id)
        rows = self.list_model.rows()
        neighbour = rows[row + 1] if row + 1 < len(rows) else (rows[row - 1] if row > 0 else None)
        self._current_id = neighbour.decision.id if neighbour else None
        if not self.session.delete_decision(decision.id):
            self._current_id = decision.id

    def commit_edits(self) -> None:
        """Write what is still being typed in the editor."""
        if self._current_id is None or self.current_decision() is None:
            return
        for edit in (self.title_edit, self.lead_edit):
            edit.editingFinished.emit()
        for edit in (self.rationale_edit, self.timing_edit, self.requirements_edit, self.monitoring_edit):
            edit.commit()
        for criterion in ETD_CRITERIA:
            self._etd_changed(criterion)

    def _show_evidence(self) -> None:
        decision = self.current_decision()
        if decision is None:
            return
        self.window_.show_evidence(decision.family, decision.tool)

    # -- the grid --

    def _grid_cell_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.grid_reason.setText(self.grid_model.reason_text(current) if current.isValid() else self.tr("Select a cell to read the reason given for it."))

    def _show_reasons_toggled(self, show: bool) -> None:
        self.grid_model.set_show_reasons(show)
        self.grid.resizeRowsToContents()

    def _grid_open(self, index: QModelIndex) -> None:
        decision_id = index.data(DECISION_ID_ROLE)
        if decision_id is not None:
            self.select_decision(decision_id)


def _set_line(edit: QLineEdit, text: str) -> None:
    """Show stored text without moving the cursor of a field that already shows it."""
    if edit.text() != text:
        edit.blockSignals(True)
        edit.setText(text)
        edit.setCursorPosition(0)
        edit.blockSignals(False)


def _list_height(widget: QListWidget, rows: int) -> int:
    """The height that shows up to ``rows`` rows of ``widget`` without a scroll bar."""
    shown = max(1, min(rows, widget.count()))
    row = max((widget.sizeHintForRow(i) for i in range(shown)), default=widget.fontMetrics().height() + 4)
    return shown * (row + 2 * widget.spacing()) + 2 * widget.frameWidth() + 4


class _RatingDelegate(QStyledItemDelegate):
    """Grid cells: the rating in bold, the reason (if shown) wrapped beneath it."""

    _PAD = 4

    def _parts(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        rating, _, reason = (index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        return rating, reason

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        rating, reason = self._parts(index)
        model = index.model()
        if not reason and not (isinstance(model, EtdGridModel) and model.criterion(index.row())):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        rect = opt.rect.adjusted(self._PAD, self._PAD // 2, -self._PAD, -self._PAD // 2)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        first = QFontMetrics(bold).boundingRect(rect, int(Qt.TextFlag.TextWordWrap), rating)
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), rating)
        painter.setFont(opt.font)
        painter.drawText(QRect(rect.left(), rect.top() + first.height(), rect.width(), rect.height() - first.height()),
                         int(Qt.TextFlag.TextWordWrap), reason)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        rating, reason = self._parts(index)
        base = super().sizeHint(option, index)
        if not reason:
            return base
        widget = option.widget
        width = widget.horizontalHeader().sectionSize(index.column()) if isinstance(widget, QTableView) else base.width()
        inner = QRect(0, 0, max(40, width - 2 * self._PAD), 10_000)
        bold = QFont(option.font)
        bold.setBold(True)
        height = QFontMetrics(bold).boundingRect(inner, int(Qt.TextFlag.TextWordWrap), rating).height()
        height += QFontMetrics(option.font).boundingRect(inner, int(Qt.TextFlag.TextWordWrap), reason).height()
        return QSize(width, height + self._PAD)


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a scroll area that gives it the tab's width (its text wraps, never cut)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(widget)
    return scroll
