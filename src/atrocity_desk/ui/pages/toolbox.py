"""Step 5: the toolbox against the evidence (SPEC §2, §5).

Every tool of the paper's tables, grouped by category and family, searchable and filterable; for the
selected tool or family, this case's verdict with everything that produced it: the findings, their
direction, kind of evidence and citations, the conditions each depends on and how this case meets
them, the risks, the ceiling, and the unknown factors worth answering. Nothing here is invented:
a tool the paper reviews no study of says so.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.checklist import Factor
from ...core.evidence import Condition, Family, Tool
from ...core.fit import FamilyFit, Reason
from ...core.models import STATUS_LABELS, Decision
from ...core.vocabulary import VERDICTS, word
from ..badges import VERDICT_LABELS, Badge
from ..models.toolbox_models import (
    CATEGORY_LABELS,
    CATEGORY_ROLE,
    FAMILY_ROLE,
    KIND_ROLE,
    MODE_LABELS,
    NAME_COLUMN,
    TARGET_LABELS,
    TOOL_ROLE,
    VERDICT_COLUMN,
    MODE_COLUMN,
    ToolboxFilter,
    ToolboxModel,
)
from ..session import DECISIONS, JUDGMENTS, REVISIONS
from ..widgets import heading, relative_font, wrapped
from ...core.vocabulary import CENTRAL_CAUTION as _CORE_CAUTION
from .base import Page

# The paper's central caution, shown wherever verdicts are (SPEC §1).
CENTRAL_CAUTION = (
    f"Read every verdict with the paper's caution. {_CORE_CAUTION} A verdict says what research "
    "suggests for situations like this one, not what will happen."
)
NOT_REVIEWED_TOOL = "Not reviewed: the paper reviews no study of this tool."

DIRECTION_LABELS = {
    "reduces_violence": "Finds less violence or a better outcome",
    "no_effect": "Finds no effect",
    "increases_violence": "Finds more violence or harm",
    "mixed": "Mixed results",
    "insufficient_evidence": "Too little evidence to say",
}
KIND_LABELS = {
    "cross_national_statistical": "cross-national statistical study",
    "comparative_case_study": "comparative case study",
    "single_case": "single case",
    "anecdotal": "anecdotal evidence",
}
ROLE_LABELS = {
    "supports": "Supports the tool here",
    "mixed": "Mixed here",
    "cautions": "Cautions against it here",
    "context": "Context only (does not weigh here)",
}
OUTCOME_LABELS = {
    "severity": "how many civilians are killed",
    "onset": "whether atrocities or conflict begin",
    "duration": "how long conflict or killing lasts",
    "settlement": "negotiated end of conflict",
    "recurrence": "return of conflict or atrocities",
    "human_rights": "repression and physical-integrity rights",
    "policy_change": "whether the target changes its policy",
    "conflict_risk": "risk of armed conflict",
    "stability": "economic or political stability",
    "civilian_harm": "harm to civilians caused by the tool",
}
_CONDITION_WORDS = {
    "scope": "Studied only where",
    "requires": "The effect depends on",
    "favours": "Works better when",
    "against": "Works worse, or harms, when",
}


class ToolboxPage(Page):
    title = "Toolbox"
    page_id = "toolbox"

    def __init__(self, session, window):  # noqa: ANN001 - see Page
        super().__init__(session, window)
        self._factors = self._factor_index()
        self._model = ToolboxModel(session.evidence, self)
        self._proxy = ToolboxFilter(self)
        self._proxy.setSourceModel(self._model)
        self._selected: tuple[str, str | None, str | None, str | None] = ("", None, None, None)  # kind, category, family, tool
        self.answer_buttons: dict[str, QPushButton] = {}
        self.reason_labels: list[QLabel] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading("Toolbox and evidence", 1.4, self))
        self.caution = wrap_to_width(wrapped(CENTRAL_CAUTION, self))
        self.caution.setObjectName("centralCaution")
        self.caution.setAccessibleName("The paper's central caution")
        self.caution.setFrameShape(QFrame.Shape.StyledPanel)
        self.caution.setMargin(6)
        layout.addWidget(self.caution)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_browser())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([540, 640])
        layout.addWidget(splitter, 1)
        self.refresh(None)

    # -- building --

    def _build_browser(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        self.search = QLineEdit(panel)
        self.search.setPlaceholderText("Search tools and families")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search tools and families")
        self.search.textChanged.connect(self._filter_changed)
        layout.addWidget(self.search)

        filters = QHBoxLayout()
        self.category_filter = self._combo("Filter by category", "All categories", CATEGORY_LABELS)
        self.mode_filter = self._combo("Filter by mode", "All modes", MODE_LABELS)
        self.verdict_filter = self._combo("Filter by verdict", "All verdicts", {v: VERDICT_LABELS[v] for v in VERDICTS})
        for combo in (self.category_filter, self.mode_filter, self.verdict_filter):
            filters.addWidget(combo, 1)
        layout.addLayout(filters)

        self.tree = QTreeView(panel)
        self.tree.setAccessibleName("Tools by category and family")
        self.tree.setModel(self._proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MODE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VERDICT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.tree, 1)
        self.count_label = QLabel(panel)
        self.count_label.setAccessibleName("Number of tools shown")
        layout.addWidget(self.count_label)
        self._proxy.rowsInserted.connect(self._update_count)
        self._proxy.rowsRemoved.connect(self._update_count)
        self._proxy.modelReset.connect(self._update_count)
        self._proxy.layoutChanged.connect(self._update_count)
        return panel

    def _combo(self, name: str, everything: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(everything, "")
        for value, label in labels.items():
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._filter_changed)
        return combo

    def _build_detail(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)

        header = QGridLayout()
        self.detail_title = heading("", 1.25, panel)
        self.detail_title.setAccessibleName("Selected tool or family")
        self.badge = Badge(panel)
        self.add_button = QPushButton("&Add to decisions", panel)
        self.add_button.setAccessibleName("Add to decisions")
        self.add_button.setToolTip("Record this tool as an option on the Decisions page (status: considered)")
        self.add_button.clicked.connect(self.add_to_decisions)
        header.addWidget(self.detail_title, 0, 0, 1, 2)
        header.addWidget(self.add_button, 0, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.family_line = QLabel(panel)
        self.family_line.setWordWrap(True)
        self.family_line.setAccessibleName("Family of the tool")
        header.addWidget(self.badge, 1, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.family_line, 1, 1, 1, 2)
        header.setColumnStretch(1, 1)
        layout.addLayout(header)

        self.summary = wrapped("", panel)
        self.summary.setAccessibleName("Summary of the verdict")
        self.summary.setFont(relative_font(self.summary, 1.05, bold=True))
        wrap_to_width(self.summary)
        layout.addWidget(self.summary)

        self.scroll = QScrollArea(panel)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its contents are
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName("What the evidence says")
        layout.addWidget(self.scroll, 1)
        self.body = QWidget()
        self.scroll.setWidget(self.body)
        return panel

    def _factor_index(self) -> dict[str, Factor]:
        return {f.id: f for group in self.session.checklist.factor_groups for f in group.factors}

    # -- refreshing --

    def refresh(self, topic: str | None = None) -> None:
        if topic is None:
            self._factors = self._factor_index()
            self._model.set_evidence(self.session.evidence)
            self.tree.expandAll()
            self._restore_selection()
        if topic in (None, JUDGMENTS, REVISIONS):
            self._model.set_verdicts({fit.id: fit.verdict for fit in self.session.fit().families})
        if topic in (None, JUDGMENTS, REVISIONS, DECISIONS):
            self._show_selected()
        self.add_button.setEnabled(not self.read_only and self._selected[2] is not None)
        self._update_count()

    def _update_count(self) -> None:
        total = len(self.session.evidence.tools)
        shown = self._count_tools(QModelIndex())
        self.count_label.setText(f"{shown} of {total} tools shown" if shown != total else f"{total} tools")

    def _count_tools(self, parent: QModelIndex) -> int:
        count = 0
        for row in range(self._proxy.rowCount(parent)):
            index = self._proxy.index(row, 0, parent)
            count += 1 if index.data(KIND_ROLE) == "tool" else self._count_tools(index)
        return count

    def _filter_changed(self) -> None:
        self._proxy.set_text(self.search.text())
        self._proxy.set_category(self.category_filter.currentData() or "")
        self._proxy.set_mode(self.mode_filter.currentData() or "")
        self._proxy.set_verdict(self.verdict_filter.currentData() or "")
        self.tree.expandAll()
        self._update_count()

    # -- selection --

    def select_tool(self, tool_id: str) -> None:
        self._select_source(self._model.index_of_tool(tool_id))

    def select_family(self, family_id: str) -> None:
        self._select_source(self._model.index_of_family(family_id))

    def _select_source(self, source: QModelIndex) -> None:
        index = self._proxy.mapFromSource(source)
        if not index.isValid() and source.isValid():  # hidden by a filter: clear the filters
            self.search.clear()
            for combo in (self.category_filter, self.mode_filter, self.verdict_filter):
                combo.setCurrentIndex(0)
            index = self._proxy.mapFromSource(source)
        if index.isValid():
            self.tree.scrollTo(index)
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )

    def _restore_selection(self) -> None:
        kind, _, family, tool = self._selected
        if kind == "tool" and tool:
            self.select_tool(tool)
        elif kind == "family" and family:
            self.select_family(family)
        elif self.session.evidence.families:  # open on the first family rather than on nothing
            self.select_family(self.session.evidence.families[0].id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected = (current.data(KIND_ROLE), current.data(CATEGORY_ROLE), current.data(FAMILY_ROLE), current.data(TOOL_ROLE))
        else:
            self._selected = ("", None, None, None)
        self._show_selected()
        self.add_button.setEnabled(not self.read_only and self._selected[2] is not None)

    # -- the detail --

    def _show_selected(self) -> None:
        kind, category, family_id, tool_id = self._selected
        evidence = self.session.evidence
        tool = next((t for t in evidence.tools if t.id == tool_id), None) if tool_id else None
        family = evidence.family(family_id) if family_id else None
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 4, 8, 4)
        self.answer_buttons = {}
        self.reason_labels = []
        if kind == "":
            self._show_nothing(body_layout)
        elif kind == "category" or (kind == "unreviewed" and tool is None):
            self._show_category(category or "", kind, body_layout)
        else:
            self._show_tool_or_family(tool, family, body_layout)
        body_layout.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.body = body
        self.scroll.setWidget(body)

    def _show_nothing(self, layout: QVBoxLayout) -> None:
        self.detail_title.setText("Select a tool or family")
        self.badge.hide()
        self.family_line.setText("")
        self.summary.setText("")
        layout.addWidget(wrapped(
            "Choose a tool or a family on the left to see what the reviewed studies found, how this case "
            "meets the conditions those findings depend on, and what is still unknown.", self.body))

    def _show_category(self, category: str, kind: str, layout: QVBoxLayout) -> None:
        label = CATEGORY_LABELS.get(category, category)
        self.badge.setVisible(kind == "unreviewed")
        self.badge.set_verdict("not_reviewed")
        if kind == "unreviewed":
            self.detail_title.setText(f"{label} tools the paper does not review")
            self.family_line.setText("")
            self.summary.setText("The paper lists these tools but reviews no study of them: the evidence says nothing either way.")
            tools = [t for t in self.session.evidence.tools if t.category == category and t.family is None]
            layout.addWidget(self._section("Tools"))
            layout.addWidget(self._text("\n".join(f"• {t.name}" for t in tools)))
            return
        self.detail_title.setText(f"{label} tools")
        self.family_line.setText("")
        self.summary.setText("What the paper concludes about this kind of tool overall")
        for conclusion in self.session.evidence.conclusions:
            if conclusion.category == category:
                layout.addWidget(self._text(conclusion.summary))
                if conclusion.studies:
                    citations = "; ".join(self.session.evidence.citation(k) for k in conclusion.studies)
                    layout.addWidget(self._text(f"Studies: {citations}", small=True))

    def _show_tool_or_family(self, tool: Tool | None, family: Family | None, layout: QVBoxLayout) -> None:
        self.badge.show()
        if tool is not None:
            self.detail_title.setText(tool.name)
            targets = ", ".join(TARGET_LABELS.get(t, t) for t in tool.acts_on)
            layout.addWidget(self._text(
                f"{CATEGORY_LABELS.get(tool.category, tool.category)} · {MODE_LABELS.get(tool.mode, tool.mode).lower()} · "
                f"acts on {targets} · the paper's Table {tool.table}", small=True))
            layout.addWidget(self._text(tool.description))
        else:
            self.detail_title.setText(family.name if family else "")
        if family is None:
            self.badge.set_verdict("not_reviewed")
            self.family_line.setText("No family: the paper reviews no study of this tool.")
            self.summary.setText(NOT_REVIEWED_TOOL)
            layout.addWidget(self._text(
                "You may still record it in your decisions, under a reviewed family it resembles, but no "
                "finding of the evidence base speaks to it."))
            return
        fit = self.session.fit().family(family.id)
        self.badge.set_verdict(fit.verdict)
        self.family_line.setText(
            f"Family: <b>{html.escape(family.name)}</b> — evidence verdict for this case" if tool is not None
            else "Evidence verdict for this case"
        )
        self.summary.setText(NOT_REVIEWED_TOOL if fit.verdict == "not_reviewed" and tool is not None else fit.summary)
        if tool is None:
            layout.addWidget(self._text(family.summary))
        self._show_recorded(family.id, layout)
        if fit.ceiling_note:
            layout.addWidget(self._section("The paper's own judgement (ceiling)"))
            layout.addWidget(self._text(_ceiling_text(fit)))
        self._show_reasons(fit, layout)
        self._show_risks(fit, layout)
        self._show_unknowns(fit, layout)
        if tool is None:
            tools = self.session.evidence.tools_for(family.id)
            layout.addWidget(self._section("Tools in this family"))
            layout.addWidget(self._text("\n".join(f"• {t.name}" for t in tools) if tools else "The paper's tables list no tool of this family."))
        layout.addWidget(self._section("How to read this"))
        layout.addWidget(self._text(self.session.fit().method_note, small=True))

    def _show_recorded(self, family_id: str, layout: QVBoxLayout) -> None:
        recorded = [d for d in self.session.case.decisions(self.session.revision().id) if d.family == family_id]
        if recorded:
            items = "; ".join(f"{d.title or word({}, d.family)} ({word(STATUS_LABELS, d.status)})" for d in recorded)
            label = self._text(f"Already in your decisions: {items}", small=True)
            label.setAccessibleName("Already in your decisions")
            layout.addWidget(label)

    def _show_reasons(self, fit: FamilyFit, layout: QVBoxLayout) -> None:
        if fit.verdict == "not_reviewed":
            return
        layout.addWidget(self._section("What the studies found, read against this case"))
        if not fit.reasons:
            layout.addWidget(self._text("No finding of the reviewed studies concerns situations like this one."))
        answers = self.session.case.factor_answers(self.session.revision().id)
        for reason in fit.reasons:
            label = QLabel(self._reason_html(reason, answers), self.body)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(6)
            wrap_to_width(label)
            label.setAccessibleName(f"Finding: {reason.statement}")
            layout.addWidget(label)
            self.reason_labels.append(label)

    def _reason_html(self, reason: Reason, answers: dict[str, str | None]) -> str:
        esc = html.escape
        finding = self.session.evidence.finding(reason.finding)
        lines = [
            f"<b>{esc(ROLE_LABELS.get(reason.role, reason.role))}</b> — "
            f"{esc(DIRECTION_LABELS.get(reason.direction, reason.direction))}; "
            f"{esc(KIND_LABELS.get(reason.evidence_kind, reason.evidence_kind))}; "
            f"outcome: {esc(OUTCOME_LABELS.get(reason.outcome, reason.outcome))}",
            esc(reason.statement),
            f"<i>Studies:</i> {esc('; '.join(reason.citations))}",
        ]
        shown = {c.factor for c in finding.conditions} | ({"phase"} if finding.phases else set())
        others = [f for f in reason.factors if f.partition("=")[0] not in shown]
        if others:  # the conditions below show the rest, each with this case's answer
            lines.append(f"<i>Also decided by:</i> {esc(', '.join(self._factor_value(f) for f in others))}")
        conditions = [self._condition_html(c, answers.get(c.factor)) for c in finding.conditions]
        if finding.phases:
            phase = answers.get("phase")
            phases = ", ".join(self._value_label("phase", p) for p in finding.phases)
            lines.append(f"• Concerns the phase: {esc(phases)} — this case: {esc(self._value_label('phase', phase))}")
        lines += conditions
        reading = _reading_note(reason.note)
        if reading:
            lines.append(f"<i>Reading:</i> {esc(reading)}")
        if finding.caveat:
            lines.append(f"<i>Caveat:</i> {esc(' '.join(finding.caveat.split()))}")
        return "<br>".join(lines)

    def _condition_html(self, condition: Condition, value: str | None) -> str:
        esc = html.escape
        factor = self._factors.get(condition.factor)
        name = factor.label if factor else condition.factor
        values = " or ".join(self._value_label(condition.factor, v) for v in condition.values)
        if value is None:
            state = "unknown here — answering it would sharpen the reading"
        else:
            met = value in condition.values
            state = f"{self._value_label(condition.factor, value)} ({'met' if met else 'not met'})"
        return (
            f"• {esc(_CONDITION_WORDS[condition.kind])} <i>{esc(name)}</i> is {esc(values)} — "
            f"this case: <b>{esc(state)}</b><br>&nbsp;&nbsp;&nbsp;{esc(' '.join(condition.why.split()))}"
        )

    def _show_risks(self, fit: FamilyFit, layout: QVBoxLayout) -> None:
        if not fit.risks:
            return
        layout.addWidget(self._section("Risks and side effects the evidence names for this case"))
        label = self._text("\n".join(f"• {risk}" for risk in fit.risks))
        label.setAccessibleName("Risks and side effects")
        layout.addWidget(label)

    def _show_unknowns(self, fit: FamilyFit, layout: QVBoxLayout) -> None:
        if not fit.unknown_factors:
            return
        layout.addWidget(self._section("Unknown here: answering these would sharpen the reading"))
        for factor_id in fit.unknown_factors:
            factor = self._factors.get(factor_id)
            row = QHBoxLayout()
            text = self._text(f"{factor.label}: {factor.question}" if factor else factor_id)
            button = QPushButton("Answer this", self.body)
            button.setAccessibleName(f"Answer this: {factor.label if factor else factor_id}")
            button.setToolTip("Go to this factor on the Situation page")
            button.clicked.connect(lambda _=False, f=factor_id: self.window_.go_to_factor(f))
            button.setEnabled(not self.read_only)
            row.addWidget(text, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self.answer_buttons[factor_id] = button

    # -- helpers --

    def _factor_value(self, pair: str) -> str:
        factor_id, _, value = pair.partition("=")
        factor = self._factors.get(factor_id)
        return f"{factor.label if factor else factor_id}: {self._value_label(factor_id, None if value == 'unknown' else value)}"

    def _value_label(self, factor_id: str, value: str | None) -> str:
        factor = self._factors.get(factor_id)
        if factor is None:
            return value or "unknown"
        return factor.value_label(value)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self.body)
        label.setFont(relative_font(label, 1.05, bold=True))
        label.setWordWrap(True)
        label.setContentsMargins(0, 8, 0, 0)
        wrap_to_width(label)
        return label

    def _text(self, text: str, small: bool = False) -> QLabel:
        label = wrapped(text, self.body, selectable=False)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        wrap_to_width(label)
        if small:
            label.setFont(relative_font(label, 0.92))
        return label

    def detail_text(self) -> str:
        """Everything the detail panel says, as plain text (for tests and screen readers)."""
        parts = [self.detail_title.text(), self.badge.text() if not self.badge.isHidden() else "", self.family_line.text(), self.summary.text()]
        parts += [label.text() for label in self.body.findChildren(QLabel)]
        return "\n".join(p for p in parts if p)

    # -- acting --

    def add_to_decisions(self) -> None:
        """Record the selected tool (or family) as an option under consideration, and show it."""
        kind, _, family_id, tool_id = self._selected
        if family_id is None:
            return
        evidence = self.session.evidence
        tool = next((t for t in evidence.tools if t.id == tool_id), None) if tool_id else None
        title = tool.name if tool else evidence.family(family_id).name
        decision_id = self.session.add_decision(
            Decision(family=family_id, tool=tool.id if tool else None, title=title, status="considered")
        )
        if decision_id is not None:
            # The Decisions page selects an option that appears while the case stays the same.
            self.window_.show_page("decisions")


def wrap_to_width(label: QLabel) -> QLabel:
    """Let a word-wrapped label take the height its text needs at the width it gets.

    Its plain size hint is for a narrow guess of its width (too tall), and a size policy set after
    ``setWordWrap`` loses the height-for-width flag that makes layouts ask for the real height."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


def _ceiling_text(fit: FamilyFit) -> str:
    """The ceiling note, without repeating the paper's reason when the summary already gives it."""
    head, _, reason = fit.ceiling_note.partition(": ")
    if reason and reason in fit.summary:
        return head + "."
    return fit.ceiling_note


# The fit's note repeats each condition in raw ids ("works better when x=y; this case: z"); the
# conditions are shown above in words, so only the rest of the note (how the finding reads) is kept.
_CONDITION_NOTE_STARTS = (
    "studied only where", "depends on", "works better when", "works worse or harms when", "concerns the", "phase unknown",
)


def _reading_note(note: str) -> str:
    parts = [p.strip() for p in note.split("; ") if p.strip()]
    kept = [p for p in parts if not p.startswith(_CONDITION_NOTE_STARTS) and not p.startswith("this case:")]
    return "; ".join(kept)
