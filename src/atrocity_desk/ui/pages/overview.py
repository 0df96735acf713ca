"""Overview: the case details (editable), the current revision, how complete the checklist is, and
the overall reading of the risk factors. The marking is shown large at the top."""

from __future__ import annotations

from html import escape
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.assessment import factor_completeness, overall_risk, risk_factor_summaries
from ...core.models import TITLE_MAX
from ...core.next_steps import next_steps
from ...core.option_order import numbered_options, options_by_status
from ...core.strategy import upcoming_triggers
from ...core.vocabulary import counted, next_step_words, next_triggers_words, option_title, status_label, verdict_label
from ..session import ACTORS, DECISIONS, DESIGN, JUDGMENTS, META, OBJECTIVES, PACKS, REVISION, REVISIONS, STRATEGY
from ..risk_offer import RiskOffer
from ..locale_format import shown_date
from ..widgets import CommitPlainTextEdit, heading, relative_font, wrapped
from . import PAGE_TITLES
from .base import Page


def today() -> date:
    """Today, for the trigger calendar (tests set it)."""
    return date.today()

COMMON_MARKINGS = [
    "UNCLASSIFIED",
    "OFFICIAL",
    "RESTRICTED",
    "CONFIDENTIAL",
    "CONFIDENTIAL — NOT FOR DISTRIBUTION",
    "SECRET",
]

# (field, label, accessible name, placeholder), marked for translation in the OverviewPage context.
# The markings above are printed as chosen: they are the planner's words, not the window's.
LINE_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("OverviewPage", "&Title:"), QT_TRANSLATE_NOOP("OverviewPage", "Case title"),
     QT_TRANSLATE_NOOP("OverviewPage", "What the case is about")),
    ("country", QT_TRANSLATE_NOOP("OverviewPage", "C&ountry or region:"), QT_TRANSLATE_NOOP("OverviewPage", "Country or region"),
     QT_TRANSLATE_NOOP("OverviewPage", "e.g. Republic of Kessara, Harun province")),
    ("analyst", QT_TRANSLATE_NOOP("OverviewPage", "&Analyst:"), QT_TRANSLATE_NOOP("OverviewPage", "Analyst"),
     QT_TRANSLATE_NOOP("OverviewPage", "Who prepares this assessment")),
    ("marking", QT_TRANSLATE_NOOP("OverviewPage", "&Marking:"), QT_TRANSLATE_NOOP("OverviewPage", "Marking"),
     QT_TRANSLATE_NOOP("OverviewPage", "Printed at the top and bottom of every memo page")),
)


class OverviewPage(Page):
    page_id = "overview"
    title = PAGE_TITLES[page_id]

    def __init__(self, session, window):  # noqa: ANN001 - see Page
        super().__init__(session, window)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its contents are
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        layout = QVBoxLayout(body)
        self.marking_label = QLabel()
        self.marking_label.setTextFormat(Qt.TextFormat.PlainText)  # case text: never rendered as markup
        self.marking_label.setObjectName("marking")
        self.marking_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.marking_label.setFont(relative_font(self.marking_label, 1.4, bold=True))
        self.marking_label.setFrameShape(QFrame.Shape.Box)
        self.marking_label.setMargin(6)
        self.marking_label.setWordWrap(True)
        layout.addWidget(self.marking_label)
        self.title_label = heading("", 1.5)
        layout.addWidget(self.title_label)

        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        columns.addWidget(self._build_details(), 3, Qt.AlignmentFlag.AlignTop)  # its own height, not the column's
        right = QVBoxLayout()
        columns.addLayout(right, 2)
        right.addWidget(self._build_next_box())
        right.addWidget(self._build_revision_box())
        right.addWidget(self._build_glance_box())
        right.addWidget(self._build_completeness_box())
        right.addWidget(self._build_risk_box())
        right.addWidget(self._build_triggers_box())
        right.addStretch(1)
        self.refresh(None)

    # -- building --

    def _build_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("Case details"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        for field, label, name, placeholder in LINE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"meta_{field}")
            edit.setAccessibleName(self.tr(name))
            edit.setPlaceholderText(self.tr(placeholder))
            edit.editingFinished.connect(lambda f=field: self._commit_line(f))
            form.addRow(self.tr(label), edit)
            self.edits[field] = edit
        self.edits["title"].setMaxLength(TITLE_MAX)
        # The Early Warning Project's estimate for the country, offered right under it.
        self.risk_offer = RiskOffer(self)
        form.insertRow([f for f, *_ in LINE_FIELDS].index("country") + 1, "", self.risk_offer)
        # Made after the fields, it would come after Marking in the Tab chain; it sits under Country.
        previous = self.edits["country"]
        for button in (self.risk_offer.record_button, self.risk_offer.import_button):
            QWidget.setTabOrder(previous, button)
            previous = button
        completer = QCompleter(COMMON_MARKINGS, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edits["marking"].setCompleter(completer)
        # Choosing from the list sets the text and clears the modified flag: save the choice now.
        completer.activated.connect(lambda _text: self._commit_line("marking"))
        self.narrative_edit = CommitPlainTextEdit()
        self.narrative_edit.setObjectName("meta_narrative")
        self.narrative_edit.setAccessibleName(self.tr("Narrative"))
        self.narrative_edit.setPlaceholderText(self.tr("A short account of the situation: who is doing what to whom, since when, and who can act."))
        self.narrative_edit.committed.connect(self._commit_narrative)
        # A few paragraphs at most: the box takes their height, not half the page.
        self.narrative_edit.setFixedHeight(self.narrative_edit.fontMetrics().lineSpacing() * 16 + 12)
        narrative_label = QLabel(self.tr("&Narrative:"))
        narrative_label.setBuddy(self.narrative_edit)
        form.addRow(narrative_label, self.narrative_edit)
        self.created_label = QLabel()
        self.created_label.setAccessibleName(self.tr("Created and evidence version"))
        self.created_label.setWordWrap(True)
        form.addRow(self.tr("Case file:"), self.created_label)
        return box

    def _build_next_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Next steps"))
        layout = QVBoxLayout(box)
        self.next_label = wrapped()
        self.next_label.setObjectName("next_steps")
        self.next_label.setAccessibleName(self.tr("Next steps"))
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.next_label.linkActivated.connect(self.window_.show_page)  # each link names its page
        layout.addWidget(self.next_label)
        return box

    def _build_glance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Decisions at a glance"))
        layout = QVBoxLayout(box)
        self.glance_label = wrapped()
        self.glance_label.setObjectName("decisions_glance")
        self.glance_label.setAccessibleName(self.tr("Options by status with their evidence verdicts"))
        self.glance_label.setTextFormat(Qt.TextFormat.RichText)
        self.glance_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.glance_label.linkActivated.connect(self.window_.show_page)
        layout.addWidget(self.glance_label)
        return box

    def _build_revision_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Current assessment"))
        layout = QVBoxLayout(box)
        self.revision_label = wrapped()
        self.revision_label.setAccessibleName(self.tr("Current revision"))
        self.counts_label = wrapped()
        self.counts_label.setAccessibleName(self.tr("What the assessment holds"))
        layout.addWidget(self.revision_label)
        layout.addWidget(self.counts_label)
        return box

    def _build_completeness_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Completeness of the checklist"))
        self.completeness_grid = QGridLayout(box)
        self.completeness_bars: dict[str, QProgressBar] = {}
        for row, group in enumerate(self.session.checklist.factor_groups):
            self._add_bar(row, group.id, group.title)
        self._add_bar(len(self.completeness_bars), "indicators", self.tr("Risk-factor indicators"))
        note = wrapped(self.tr("Unanswered means unknown: it is shown as such and never read as “no”."))
        self.completeness_grid.addWidget(note, len(self.completeness_bars), 0, 1, 2)
        return box

    def _add_bar(self, row: int, key: str, title: str) -> None:
        label = QLabel(title)
        label.setWordWrap(True)
        bar = QProgressBar()
        bar.setObjectName(f"completeness_{key}")
        bar.setTextVisible(True)
        bar.setMinimumWidth(150)
        self.completeness_grid.addWidget(label, row, 0)
        self.completeness_grid.addWidget(bar, row, 1)
        self.completeness_bars[key] = bar

    def _build_risk_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Risk factors (UN Framework of Analysis)"))
        layout = QVBoxLayout(box)
        self.risk_label = wrapped()
        self.risk_label.setObjectName("overall_risk")
        self.risk_label.setAccessibleName(self.tr("Overall risk"))
        layout.addWidget(self.risk_label)
        return box

    def _build_triggers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Next dated triggers"))
        layout = QVBoxLayout(box)
        self.triggers_label = wrapped()
        self.triggers_label.setObjectName("next_triggers")
        self.triggers_label.setTextFormat(Qt.TextFormat.PlainText)
        self.triggers_label.setAccessibleName(self.tr("Next dated triggers"))
        layout.addWidget(self.triggers_label)
        return box

    def _show_triggers(self) -> None:
        """The next upcoming triggers of the calendar (Strategy page), soonest first."""
        case = self.session.case
        upcoming = upcoming_triggers(case.trigger_dates(self.session.revision().id), today().isoformat())
        lines = [next_triggers_words(len(upcoming))] + [f"{shown_date(str(t.on_date))}  {t.title}" for t in upcoming]
        self.triggers_label.setText("\n".join(lines))

    # -- showing the case --

    def refresh(self, topic: str | None = None) -> None:
        if topic in (None, META):
            self._show_meta()
        if topic in (None, REVISION, REVISIONS, ACTORS, OBJECTIVES, DECISIONS):
            self._show_revision()
        if topic in (None, JUDGMENTS, REVISIONS):
            self._show_completeness()
        if topic in (JUDGMENTS, REVISION):  # unanswered factors, a bottom line written
            self._show_next_steps()
        if topic in (JUDGMENTS, DESIGN, PACKS):  # answers, an option's design and the packs change its verdict
            self._show_glance(self.session.case.decisions(self.session.revision().id))
        if topic in (None, STRATEGY, REVISIONS):
            self._show_triggers()
        if topic in (None, META, REVISION, REVISIONS):
            self.risk_offer.refresh()

    def _show_meta(self) -> None:
        meta = self.session.case.meta()
        for field, edit in self.edits.items():
            stored = getattr(meta, field)
            if edit.text() != stored and not edit.isModified():
                edit.setText(stored)
            edit.setReadOnly(self.read_only)
        self.narrative_edit.set_text_quietly(meta.narrative)
        self.narrative_edit.setReadOnly(self.read_only)
        self.marking_label.setText(meta.marking or self.tr("No marking set"))
        self.marking_label.setAccessibleName(self.tr("Marking: {marking}").format(marking=meta.marking or self.tr("none")))
        self.title_label.setText(meta.shown_title())
        created = shown_date(meta.created_at[:10]) if meta.created_at else self.tr("unknown date")
        self.created_label.setText(self.tr(
            "{name}, created {created}; assessed against evidence base "
            "{version} (this copy of Atrocity Desk has {ours}).").format(
                name=self.session.case.path.name, created=created, version=meta.evidence_version or self.tr("unknown"),
                ours=self.session.evidence.version))

    def _show_revision(self) -> None:
        case = self.session.case
        revision = self.session.revision()
        count = len(case.revisions())
        label = revision.label or self.tr("no label")
        assessed = shown_date(revision.assessed_on)
        self.revision_label.setText(
            self.tr("Revision {number} of {count}: {label}").format(number=revision.number, count=count, label=label) + "\n"
            + (self.tr("Assessed on {date}, by {who}.").format(date=assessed, who=revision.created_by) if revision.created_by
               else self.tr("Assessed on {date}.").format(date=assessed))
        )
        actors = case.actors(revision.id)
        kinds = [a.kind for a in actors]
        decisions = case.decisions(revision.id)
        recommended = sum(1 for d in decisions if d.status == "recommended")
        self.counts_label.setText(
            f"{counted(kinds.count('perpetrator'), 'perpetrator')}, {counted(kinds.count('group_at_risk'), 'group_at_risk')}, "
            f"{counted(kinds.count('protector'), 'protector')}; {counted(len(case.objectives(revision.id)), 'objective')}; "
            + self.tr("{options} recorded, {recommended} recommended.").format(
                options=counted(len(decisions), 'option'), recommended=recommended)
        )
        self._show_glance(decisions)
        self._show_next_steps()

    def _show_glance(self, decisions) -> None:  # noqa: ANN001
        # Each option's own verdict (the situation and its design), as the Decisions list and the
        # memo's grid show it; not its family's situation-only reading.
        verdicts = {o.id: o.reading.fit.verdict for o in self.session.case_fit().options if o.reading is not None}
        groups = options_by_status(decisions)
        numbers = {id(d): n for n, d in numbered_options(decisions)}
        lines = []
        for status, group in groups:
            lines.append(f"<b>{escape(status_label(status))}</b> ({len(group)})")
            for d in group:
                verdict = verdict_label(verdicts.get(d.id, "not_reviewed"))
                title = escape(option_title(d, self.session.evidence))
                lines.append(f"&nbsp;&nbsp;{numbers[id(d)]}. {title} — <i>{escape(verdict)}</i>")
        if not lines:
            lines.append(escape(next_step_words("no_options", 1)))
        self.glance_label.setText("<br>".join(lines) + '<br><a href="decisions">' + escape(self.tr("Open the decisions")) + "</a>")

    def _show_next_steps(self) -> None:
        session = self.session
        revision = session.revision()
        steps = next_steps(
            session.checklist,
            session.case.judgments(revision.id, "factor"),
            session.case.judgments(revision.id, "indicator"),
            session.case.objectives(revision.id),
            session.case.decisions(revision.id),
            revision,
        )
        self.next_steps = steps
        items = [f'<a href="{s.target}">{escape(next_step_words(s.kind, s.count))}</a>' for s in steps]
        self.next_label.setText("<br>".join(items) if items else self.tr("Nothing left open: every step has an answer."))

    def _show_completeness(self) -> None:
        checklist = self.session.checklist
        revision_id = self.session.revision().id
        factors = self.session.case.judgments(revision_id, "factor")
        for group in factor_completeness(checklist, factors):
            self._set_bar(self.completeness_bars[group.group_id], group.answered, group.total, group.title)
        indicators = self.session.case.judgments(revision_id, "indicator")
        total = sum(len(rf.indicators) for rf in checklist.risk_factors)
        answered = sum(1 for j in indicators.values() if j.value is not None)
        self._set_bar(self.completeness_bars["indicators"], answered, total, self.tr("Risk-factor indicators"))
        self.risk_label.setText(overall_risk(risk_factor_summaries(checklist, indicators)).sentence())

    def _set_bar(self, bar: QProgressBar, answered: int, total: int, title: str) -> None:
        bar.setRange(0, max(total, 1))
        bar.setValue(answered)
        shown = self.tr("{answered} of %n answered", "", total).format(answered=answered)
        bar.setFormat(shown)
        bar.setAccessibleName(f"{title}: {shown}")

    # -- editing --

    def _commit_line(self, field: str) -> None:
        """Save the field if its text differs from the file's. Compared with the file, not by the
        modified flag, which a choice from the completer's list clears."""
        edit = self.edits[field]
        text = edit.text()
        if self.window_.session is not self.session:  # focus left the field as the case closed
            return
        if self.read_only or text.strip() == getattr(self.session.case.meta(), field):
            edit.setModified(False)
            return
        if self.session.set_meta(**{field: text.strip()}):
            edit.setModified(False)
        else:  # not saved: keep what the planner typed (the refresh put the stored text back)
            edit.setText(text)
            edit.setModified(True)

    def _commit_narrative(self) -> None:
        if self.read_only:
            return
        text = self.narrative_edit.toPlainText()
        if not self.session.set_meta(narrative=text.strip()):
            self.narrative_edit.keep_unsaved(text)

    def commit_edits(self) -> None:
        for field in self.edits:
            self._commit_line(field)
        self.narrative_edit.commit()
