"""Step 5: the toolbox against the evidence (SPEC §2, §5).

Every tool of the paper's tables, grouped by category and family, searchable and filterable; for the
selected tool or family, this case's verdict with everything that produced it: the findings, their
direction, kind of evidence and citations, the conditions each depends on and how this case meets
them, the risks, the ceiling, and the unknown factors worth answering. Nothing here is invented:
a tool the paper reviews no study of says so.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
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
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.checklist import Factor
from ...core import fit_words
from ...core.evidence import Family, Tool
from ...core.fit import FamilyFit, Reason
from ...core.language import join_list
from ...core.models import Decision
from ...core.vocabulary import pack_lifted_words, pack_source_words
from ...core.vocabulary import VERDICTS, central_caution, option_title, status_label, verdict_label, word, word_ids
from ..badges import Badge
from ..models.toolbox_models import (
    CATEGORY_ROLE,
    FAMILY_ROLE,
    KIND_ROLE,
    NAME_COLUMN,
    TOOL_ROLE,
    VERDICT_COLUMN,
    MODE_COLUMN,
    ToolboxFilter,
    ToolboxModel,
)
from ..pack_marks import pack_badge
from ..pack_panel import EvidencePacksPanel
from ..session import DECISIONS, JUDGMENTS, PACKS, REVISIONS
from ..item_views import wrapping_tree
from ..widgets import heading, relative_font, wrap_to_width, wrapped
from . import PAGE_TITLES
from .base import Page


PACK_BADGE_COLOUR = "#6a3d9a"  # one colour for everything an evidence pack added


def _not_reviewed_tool() -> str:
    return QCoreApplication.translate("ToolboxPage", "Not reviewed: the paper reviews no study of this tool.")


class ToolboxPage(Page):
    page_id = "toolbox"
    title = PAGE_TITLES[page_id]

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
        layout.addWidget(heading(self.tr("Toolbox and evidence"), 1.4, self))
        self.caution = wrap_to_width(wrapped(central_caution(), self))
        self.caution.setObjectName("centralCaution")
        self.caution.setAccessibleName(self.tr("The paper's central caution"))
        self.caution.setFrameShape(QFrame.Shape.StyledPanel)
        self.caution.setMargin(6)
        layout.addWidget(self.caution)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_browser())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 580])
        layout.addWidget(splitter, 1)
        self.packs_panel = EvidencePacksPanel(session, self)
        layout.addWidget(self.packs_panel)
        self.refresh(None)

    # -- building --

    def _build_browser(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        self.search = QLineEdit(panel)
        self.search.setPlaceholderText(self.tr("Search tools and families"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search tools and families"))
        self.search.textChanged.connect(self._filter_changed)
        layout.addWidget(self.search)

        filters = QHBoxLayout()
        self.category_filter = self._combo(self.tr("Filter by category"), self.tr("All categories"), _words("category"))
        self.mode_filter = self._combo(self.tr("Filter by mode"), self.tr("All modes"), _words("mode"))
        self.verdict_filter = self._combo(self.tr("Filter by verdict"), self.tr("All verdicts"), {v: verdict_label(v) for v in VERDICTS})
        for combo in (self.category_filter, self.mode_filter, self.verdict_filter):
            filters.addWidget(combo, 1)
        layout.addLayout(filters)

        self.tree = QTreeView(panel)
        self.tree.setAccessibleName(self.tr("Tools by category and family"))
        self.tree.setModel(self._proxy)
        wrapping_tree(self.tree)  # tool names are long: they wrap instead of ending in "…"
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
        self.count_label.setAccessibleName(self.tr("Number of tools shown"))
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
        self.detail_title.setAccessibleName(self.tr("Selected tool or family"))
        self.badge = Badge(panel)
        self.add_button = QPushButton(self.tr("&Add to decisions"), panel)
        self.add_button.setAccessibleName(self.tr("Add to decisions"))
        self.add_button.setToolTip(self.tr("Record this tool as an option on the Decisions page (status: considered)"))
        self.add_button.clicked.connect(self.add_to_decisions)
        header.addWidget(self.detail_title, 0, 0, 1, 2)
        header.addWidget(self.add_button, 0, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.family_line = QLabel(panel)
        self.family_line.setWordWrap(True)
        self.family_line.setAccessibleName(self.tr("Family of the tool"))
        header.addWidget(self.badge, 1, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.family_line, 1, 1, 1, 2)
        header.setColumnStretch(1, 1)
        layout.addLayout(header)

        self.summary = wrapped("", panel)
        self.summary.setAccessibleName(self.tr("Summary of the verdict"))
        self.summary.setFont(relative_font(self.summary, 1.05, bold=True))
        wrap_to_width(self.summary)
        layout.addWidget(self.summary)

        self.scroll = QScrollArea(panel)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its contents are
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("What the evidence says"))
        layout.addWidget(self.scroll, 1)
        self.body = QWidget()
        self.scroll.setWidget(self.body)
        return panel

    def _factor_index(self) -> dict[str, Factor]:
        return {f.id: f for group in self.session.checklist.factor_groups for f in group.factors}

    # -- refreshing --

    def refresh(self, topic: str | None = None) -> None:
        if topic in (None, PACKS):
            self.packs_panel.session = self.session
            self.packs_panel.refresh()
        if topic in (None, PACKS):
            self._factors = self._factor_index()
            self._model.set_evidence(self.session.evidence, self._verdicts())
            self.tree.expandAll()
            self._restore_selection()
        elif topic in (JUDGMENTS, REVISIONS):
            self._model.set_verdicts(self._verdicts())
        if topic in (None, JUDGMENTS, REVISIONS, DECISIONS, PACKS):
            self._show_selected()
        self.add_button.setEnabled(not self.read_only and self._selected[2] is not None)
        self._update_count()

    def _verdicts(self) -> dict[str, str]:
        return {fit.id: fit.verdict for fit in self.session.fit().families}

    def _update_count(self) -> None:
        total = len(self.session.evidence.tools)
        shown = self._count_tools(QModelIndex())
        self.count_label.setText(self.tr("{shown} of %n tools shown", "", total).format(shown=shown) if shown != total
                                 else self.tr("%n tools", "", total))

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
        self.detail_title.setText(self.tr("Select a tool or family"))
        self.badge.hide()
        self.family_line.setText("")
        self.summary.setText("")
        layout.addWidget(wrapped(
            self.tr("Choose a tool or a family on the left to see what the reviewed studies found, how this case "
            "meets the conditions those findings depend on, and what is still unknown."), self.body))

    def _show_category(self, category: str, kind: str, layout: QVBoxLayout) -> None:
        label = word("category", category)
        self.badge.setVisible(kind == "unreviewed")
        self.badge.set_verdict("not_reviewed")
        if kind == "unreviewed":
            self.detail_title.setText(self.tr("{category} tools the paper does not review").format(category=label))
            self.family_line.setText("")
            self.summary.setText(self.tr("The paper lists these tools but reviews no study of them: the evidence says nothing either way."))
            tools = [t for t in self.session.evidence.tools if t.category == category and t.family is None]
            layout.addWidget(self._section(self.tr("Tools")))
            layout.addWidget(self._text("\n".join(f"• {t.name}" for t in tools)))
            return
        self.detail_title.setText(self.tr("{category} tools").format(category=label))
        self.family_line.setText("")
        self.summary.setText(self.tr("What the paper concludes about this kind of tool overall"))
        for conclusion in self.session.evidence.conclusions:
            if conclusion.category == category:
                layout.addWidget(self._text(conclusion.summary))
                if conclusion.studies:
                    citations = join_list(self.session.evidence.citation(k) for k in conclusion.studies)
                    layout.addWidget(self._text(self.tr("Studies: {studies}").format(studies=citations), small=True))

    def _show_tool_or_family(self, tool: Tool | None, family: Family | None, layout: QVBoxLayout) -> None:
        self.badge.show()
        if tool is not None:
            self.detail_title.setText(tool.name)
            targets = ", ".join(word("target", t) for t in tool.acts_on)
            layout.addWidget(self._text(
                f"{word('category', tool.category)} · {word('mode', tool.mode).lower()} · "
                + self.tr("acts on {targets} · the paper's Table {table}").format(targets=targets, table=tool.table), small=True))
            layout.addWidget(self._text(tool.description))
        else:
            self.detail_title.setText(family.name if family else "")
        if family is None:
            self.badge.set_verdict("not_reviewed")
            self.family_line.setText(self.tr("No family: the paper reviews no study of this tool."))
            self.summary.setText(_not_reviewed_tool())
            layout.addWidget(self._text(self.tr(
                "You may still record it in your decisions, under a reviewed family it resembles, but no "
                "finding of the evidence base speaks to it.")))
            return
        fit = self.session.fit().family(family.id)
        self.badge.set_verdict(fit.verdict)
        self.family_line.setText(
            self.tr("Family: <b>{family}</b> — evidence verdict for this case").format(family=html.escape(family.name)) if tool is not None
            else self.tr("Evidence verdict for this case")
        )
        self.summary.setText(_not_reviewed_tool() if fit.verdict == "not_reviewed" and tool is not None else fit_words.summary(fit))
        if tool is None:
            layout.addWidget(self._text(family.summary))
        self._show_recorded(family.id, layout)
        ceiling = fit_words.ceiling_note(fit)
        if ceiling:
            layout.addWidget(self._section(self.tr("The paper's own judgement (ceiling)")))
            layout.addWidget(self._text(ceiling))
        lifted = self.session.evidence.lifted_ceilings.get(family.id)
        if lifted:  # the planner let a pack lift the paper's ceiling: said here as in the memo
            titles = [self.session.evidence.pack_title(f"pack:{p}") for p in lifted]
            layout.addWidget(self._section(self.tr("The paper's own judgement (ceiling)")))
            layout.addWidget(self._text(pack_lifted_words(family.name, titles)))
        self._show_reasons(fit, layout)
        self._show_risks(fit, layout)
        self._show_changes(fit, layout)
        self._show_unknowns(fit, layout)
        if tool is None:
            tools = self.session.evidence.tools_for(family.id)
            layout.addWidget(self._section(self.tr("Tools in this family")))
            layout.addWidget(self._text("\n".join(f"• {t.name}" for t in tools) if tools else self.tr("The paper's tables list no tool of this family.")))
        layout.addWidget(self._section(self.tr("How to read this")))
        layout.addWidget(self._text(fit_words.method_note(), small=True))

    def _show_recorded(self, family_id: str, layout: QVBoxLayout) -> None:
        recorded = [d for d in self.session.case.decisions(self.session.revision().id) if d.family == family_id]
        if recorded:
            items = join_list(f"{option_title(d, self.session.evidence)} ({status_label(d.status)})" for d in recorded)
            label = self._text(self.tr("Already in your decisions: {options}").format(options=items), small=True)
            label.setAccessibleName(self.tr("Already in your decisions"))
            layout.addWidget(label)

    def _show_reasons(self, fit: FamilyFit, layout: QVBoxLayout) -> None:
        if fit.verdict == "not_reviewed":
            return
        layout.addWidget(self._section(self.tr("What the studies found, read against this case")))
        if not fit.reasons:
            layout.addWidget(self._text(self.tr("No finding of the reviewed studies concerns situations like this one.")))
        for reason in fit.reasons:
            label = QLabel(self._reason_html(reason), self.body)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(6)
            wrap_to_width(label)
            prefix = self.tr("{badge} finding").format(badge=pack_badge()) if reason.source != "base" else self.tr("Finding")
            label.setAccessibleName(self.tr("{finding}: {statement}").format(finding=prefix, statement=reason.statement))
            layout.addWidget(label)
            self.reason_labels.append(label)

    def _reason_html(self, reason: Reason) -> str:
        """A finding read against this case, from the fit's structured reason (no sentence parsing)."""
        esc = html.escape
        words = fit_words.factor_words()
        lines = [
            f"<b>{esc(fit_words.reason_heading(reason))}</b>",
            esc(reason.statement),
            self.tr("<i>Studies:</i> {studies}").format(studies=esc(fit_words.citations_text(reason))),
        ]
        if reason.source != "base":  # a pack's finding and its studies: badge and the pack's title
            title = self.session.evidence.pack_title(reason.source)
            lines.insert(0, f'<span style="background-color:{PACK_BADGE_COLOUR}; color:white">&nbsp;{esc(pack_badge())}&nbsp;</span> '
                         f"<i>{esc(pack_source_words(title))}</i>")
        for condition in reason.conditions:
            line = f"• {esc(fit_words.condition_line(condition, words))}"
            if condition.why:
                line += f"<br>&nbsp;&nbsp;&nbsp;{esc(condition.why)}"
            lines.append(line)
        reading = fit_words.reading(reason)
        if reading:
            lines.append(self.tr("<i>Reading:</i> {reading}").format(reading=esc(reading)))
        if reason.low_confidence:
            names = ", ".join(words.factor(f) for f in reason.low_confidence)
            lines.append(self.tr("<i>Answered with low confidence:</i> {factors}").format(factors=esc(names)))
        caveat = self._caveat(reason.finding)
        if caveat:
            lines.append(self.tr("<i>Caveat:</i> {caveat}").format(caveat=esc(caveat)))
        return "<br>".join(lines)

    def _caveat(self, finding_id: str) -> str:
        try:
            return " ".join(self.session.evidence.finding(finding_id).caveat.split())
        except KeyError:
            return ""

    def _show_risks(self, fit: FamilyFit, layout: QVBoxLayout) -> None:
        if not fit.risks:
            return
        layout.addWidget(self._section(self.tr("Risks and side effects the evidence names for this case")))
        label = self._text("\n".join(f"• {risk}" for risk in fit.risks))
        label.setAccessibleName(self.tr("Risks and side effects"))
        layout.addWidget(label)

    def _show_changes(self, fit: FamilyFit, layout: QVBoxLayout) -> None:
        """What would change the family's verdict, and what the paper says that does not count here."""
        reading = self.session.case_fit().family(fit.id)
        sentences = [fit_words.change_sentence(reading), fit_words.left_out_sentence(fit)]
        if any(sentences):
            layout.addWidget(self._section(self.tr("What would change it, and what was left out")))
            for sentence in filter(None, sentences):
                layout.addWidget(self._text(sentence))

    def _show_unknowns(self, fit: FamilyFit, layout: QVBoxLayout) -> None:
        situation = [f for f in fit.unknown_factors if not fit_words.is_design(f)]
        design = [f for f in fit.unknown_factors if fit_words.is_design(f)]
        if situation:
            layout.addWidget(self._section(self.tr("Unknown here: answering these would sharpen the reading")))
        for factor_id in situation:
            factor = self._factors.get(factor_id)
            row = QHBoxLayout()
            text = self._text(f"{factor.label}: {factor.question}" if factor else fit_words.factor_words().factor(factor_id))
            button = QPushButton(self.tr("Answer this"), self.body)
            button.setAccessibleName(self.tr("Answer this: {factor}").format(factor=factor.label if factor else factor_id))
            button.setToolTip(self.tr("Go to this factor on the Situation page"))
            button.clicked.connect(lambda _=False, f=factor_id: self.window_.go_to_factor(f))
            button.setEnabled(not self.read_only)
            row.addWidget(text, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self.answer_buttons[factor_id] = button
        if design:
            # How a tool is designed belongs to an option, not to the situation: it is answered per
            # option on the Decisions page.
            labels = ", ".join(fit_words.factor_words().factor(f) for f in design)
            layout.addWidget(self._section(self.tr("How an option of this kind is designed")))
            row = QHBoxLayout()
            row.addWidget(self._text(self.tr(
                "The reading also depends on how the tool is used: {properties}. These belong to each option; "
                "answer them for an option on the Decisions page.").format(properties=labels)), 1)
            button = QPushButton(self.tr("Go to the options"), self.body)
            button.setAccessibleName(self.tr("Go to the options on the Decisions page, where their design is answered"))
            button.clicked.connect(lambda _=False: self.window_.show_page("decisions"))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self.design_button = button

    # -- helpers --

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


def _words(family: str) -> dict[str, str]:
    return {id_: word(family, id_) for id_ in word_ids(family)}
