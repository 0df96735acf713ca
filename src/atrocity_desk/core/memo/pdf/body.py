"""The memo's body as PDF flowables (SPEC §7): page 1 the decision box, page 2 the options side by
side, then the recommended options, the strategy, the other options and the situation.

What each part says comes from ``..parts`` (shared with the Word memo); this module only lays it
out. Every table keeps its rows whole; a recommended option that runs on to the next page is named
in that page's running header.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from ...language import join_list
from ...vocabulary import ETD_CRITERIA, colour, colours, not_recorded, phrase, translate, verdict_label, word
from ...vocabulary import translate as _
from ..content import MemoContent, long_date
from ..parts import (
    Action, AssumptionLine, DecisionBox, Fact, GridRow, MemoBody, OptionSummary, PhaseLine, ScenarioLine, Situation, Strategy,
    options_words,
)
from .blocks import HeadingFactory, Paragraph, RunningMark, badge, muted, table
from .charts import risk_factor_chart
from .styles import LANDSCAPE_TEXT_WIDTH, SHADE, TEXT_WIDTH, MemoStyles
from .text import para

# The label column of the body's label / value tables: "What to monitor" on one line.
LABEL_WIDTH = 102
LABELLED = (LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH)
LABEL_MAX = 150  # a label longer than this wraps rather than squeeze the values
LABEL_PADDING = 9  # the cell's left and right padding, and a point to spare
# The body's tables are read at a glance: a little less air per row than the annex's.
BODY_ROWS = [("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
# A recommended option starts on a page only with room for its heading and its first rows.
OPTION_ROOM = 90


def body(content: MemoContent, memo: MemoBody, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    return (
        first_page(content, memo.box, styles, heading)
        + grid_page(memo.grid, styles, heading)
        + recommended(memo.recommended, styles, heading)
        + strategy(memo.strategy, styles, heading)
        + others(memo, styles, heading)
        + situation(content, memo.situation, styles, heading)
    )


def text_or_not_recorded(text: str) -> str:
    """Planner text as markup, or the one way the memo writes an empty field."""
    return para(text) if text.strip() else muted(not_recorded())


# --- page 1 -----------------------------------------------------------------------------------


def first_page(content: MemoContent, box: DecisionBox, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    meta, revision = content.meta, content.revision
    label = f" — {revision.label.strip()}" if revision.label.strip() else ""
    revision_of = _("Revision {number} of {count}").format(number=revision.number, count=content.revision_count)
    facts = [long_date(revision.assessed_on), revision_of + label]
    facts += [x for x in (meta.analyst.strip(), meta.country.strip()) if x]
    out: list[Flowable] = [
        Paragraph(_("DECISION MEMO"), styles.kicker),
        Paragraph(para(meta.title), styles.title),
        Paragraph(muted(para(" · ".join(facts))), styles.small),
        Spacer(1, 6),
        *heading(_("Decision"), 0),
        decision_box(box, styles),
    ]
    return out + [NextPageTemplate("landscape"), PageBreak()]


def decision_box(box: DecisionBox, styles: MemoStyles) -> Flowable:
    meeting = box.meeting + (f", {box.meeting_date}" if box.meeting_date else "")
    rows = [
        (_("Situation now"), Paragraph(text_or_not_recorded(box.situation_now), styles.cell)),
        (_("Decision requested"), [Paragraph(text_or_not_recorded(box.decision_requested), styles.cell), Paragraph(f"<b>{_('For:')}</b> {text_or_not_recorded(meeting)}", styles.cell)]),
        (_("Recommended actions"), _actions(box.actions, styles)),
        (_("Biggest risk"), Paragraph(_risk_text(box), styles.cell)),
        (_("Bottom line"), _bottom_line(box, styles)),
        (_("Caution"), Paragraph(para(box.caution), styles.cell_small)),
    ]
    data = [[Paragraph(label, styles.cell_bold), value] for label, value in rows]
    return table(
        data,
        LABELLED,
        header=False,
        extra=[("BACKGROUND", (0, 0), (0, -1), SHADE), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)],
    )


def _actions(actions: list[Action], styles: MemoStyles) -> list[Flowable]:
    if not actions:
        return [Paragraph(muted(_("No option is recommended in this assessment yet.")), styles.cell)]
    return [Paragraph(_action_text(a), styles.cell, bulletText=f"{a.number}.") for a in actions]


def _action_text(action: Action) -> str:
    return f"<b>{para(action.title)}</b><br/>" + _("Lead: {lead}. When: {timing}.").format(
        lead=text_or_not_recorded(action.lead), timing=text_or_not_recorded(action.timing)
    )


def _risk_text(box: DecisionBox) -> str:
    risk = box.biggest_risk
    if risk is None:
        return muted(not_recorded())
    source = _("named by the studies") if risk.by_studies else _("the analyst's judgment")
    return f"{para(risk.text)} {muted(_('(option {n}, {source})').format(n=risk.number, source=source))}"


def _bottom_line(box: DecisionBox, styles: MemoStyles) -> list[Flowable]:
    paragraphs = [p for p in box.bottom_line.split("\n\n") if p.strip()] or [""]
    out: list[Flowable] = [Paragraph(text_or_not_recorded(p), styles.cell) for p in paragraphs]
    if box.drafted:
        out.append(
            Paragraph(
                f"<b>{phrase('draft_mark')}</b> " + _("by Atrocity Desk from the recorded options and the fit; not yet edited by the analyst."),
                styles.cell_small.clone("draft_note", textColor="#9b1c1c"),
            )
        )
    return out


# --- page 2: the options side by side ----------------------------------------------------------


def grid_page(rows: list[GridRow], styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    head = [_("No."), _("Option"), _("Status"), _("Evidence fit")] + [word("etd_criterion", c, "short") for c in ETD_CRITERIA]
    # Criteria headings in 7.5 pt, so "Acceptability" fits its column whole.
    centred = styles.cell_head.clone("grid_head_centred", alignment=1, fontSize=7.5, leading=9.5)
    data = [[Paragraph(h, styles.cell_head if col < 4 else centred) for col, h in enumerate(head)]]
    extra = []
    for index, row in enumerate(rows, start=1):
        cells = [
            Paragraph(str(row.number), styles.cell_small),
            Paragraph(para(row.title) if row.number else f"<b>{para(row.title)}</b>", styles.cell_small),
            Paragraph(row.status or muted(phrase("baseline_status")), styles.cell_small),
            Paragraph(verdict_label(row.verdict) if row.verdict else muted(phrase("baseline_no_verdict")), styles.cell_small),
        ]
        if row.verdict:
            extra.append(("BACKGROUND", (3, index), (3, index), colours("verdict", row.verdict)[0]))
        for col, rating in enumerate(row.ratings, start=4):
            text = word("etd_rating", rating, "short") if rating else muted(word("etd_rating", "", "short"))
            cells.append(Paragraph(text, styles.cell_center))
            extra.append(("BACKGROUND", (col, index), (col, index), colour("etd_rating", rating)))
        data.append(cells)
    fixed = (26, 0, 76, 68)
    criterion_width = 58.0
    option_width = LANDSCAPE_TEXT_WIDTH - sum(fixed) - criterion_width * len(ETD_CRITERIA)
    widths = (26, option_width, 76, 68) + (criterion_width,) * len(ETD_CRITERIA)
    padding = [
        ("LEFTPADDING", (4, 0), (-1, -1), 1),
        ("RIGHTPADDING", (4, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    shade_baseline = [("LINEBELOW", (0, 1), (-1, 1), 0.8, "#1f3a5f")]
    return [
        RunningMark(""),
        *heading(_("Options side by side"), 0),
        Paragraph(
            _(
                "The analyst's judgments for each option, numbered as in the window, with the evidence fit for this "
                "case; option 0 is doing nothing more. Read across: the grid adds nothing up, no option wins by count."
            ),
            styles.body,
        ),
        table(data, widths, extra=extra + padding + shade_baseline + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


# --- recommended options ----------------------------------------------------------------------


def recommended(summaries: list[OptionSummary], styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    out: list[Flowable] = [*heading(_("Recommended options"), 0)]
    if not summaries:
        return out + [Paragraph(muted(_("No option is recommended in this assessment yet.")), styles.body)]
    for summary in summaries:
        # An option may run on to the next page (rows stay whole; the running header names it there):
        # keeping each whole left a third of a page empty and pushed the body past five pages.
        mark = _("Option {n}. {title}").format(n=summary.number, title=summary.title)
        out += [RunningMark(mark), CondPageBreak(OPTION_ROOM), *option_summary(summary, styles, heading)]
    return out + [RunningMark("")]


def option_summary(summary: OptionSummary, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    line = badge(_("Evidence fit: {verdict}").format(verdict=verdict_label(summary.verdict)), *colours("verdict", summary.verdict)) if summary.verdict else ""
    if summary.what:
        line += "\u2002" + para(summary.what)
    facts = summary.facts()
    data = [[Paragraph(f.label, styles.cell_bold), Paragraph(_fact_text(f), styles.cell)] for f in facts]
    heading_flowables = heading(f"{summary.number}. {summary.title}", 1)[1:]  # OPTION_ROOM keeps it with its table
    widths = labelled_widths([f.label for f in facts], styles.cell_bold)
    return [*heading_flowables, Paragraph(line, styles.body), table(data, widths, header=False, extra=BODY_ROWS)]


def labelled_widths(labels: list[str], style) -> tuple[float, float]:
    """The label column sized to the language: each label on one line ("Chef de file, calendrier"
    wrapped in French, a line more for every recommended option), never narrower than English's
    ``LABEL_WIDTH`` nor wider than ``LABEL_MAX``."""
    widest = max((stringWidth(label, style.fontName, style.fontSize) for label in labels), default=0.0)
    width = min(LABEL_MAX, max(LABEL_WIDTH, widest + LABEL_PADDING))
    return width, TEXT_WIDTH - width


def _fact_text(fact: Fact) -> str:
    aside = " " + muted(f"({para(fact.aside)})") if fact.aside else ""
    return text_or_not_recorded(fact.text) + aside


# --- strategy, other options, situation --------------------------------------------------------


def strategy(plan: Strategy, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    """About half a page, full width with run-in labels (a label column would cost a quarter of
    every line): each phase with its decision points, the key assumptions, the most dangerous
    scenario and the next dated triggers (the rest of the strategy is in annex A6)."""
    out: list[Flowable] = [*heading(translate("The strategy"), 0)]
    for phase in plan.phases:
        out += _phase(phase, styles)
    if not plan.phases:
        out.append(_run_in(translate("Phases"), muted(not_recorded()), styles))
    out += _assumptions(plan.assumptions, styles)
    out.append(_run_in(translate("Most dangerous scenario"), _scenario(plan.most_dangerous), styles))
    out.append(_run_in(translate("Next dated triggers"), _triggers(plan), styles))
    return out


def _run_in(label: str, markup: str, styles: MemoStyles) -> Paragraph:
    return Paragraph(f"<b>{para(translate('{label}:').format(label=label))}</b> {markup}", styles.run_in)


def _phase(phase: PhaseLine, styles: MemoStyles) -> list[Flowable]:
    title = f"{para(word('phase_kind', phase.kind))} — {text_or_not_recorded(phase.title)}"
    text = f"<b>{title}</b>"
    if phase.options:
        text += " " + muted(para(options_words(phase.options)))
    out: list[Flowable] = [Paragraph(text, styles.body_tight)]
    for point in phase.points:
        line = f"{text_or_not_recorded(point.event)} → {text_or_not_recorded(point.response)}"
        if point.direction:
            line = f"<b>{para(word('point_direction', point.direction))}:</b> {line}"
        out.append(Paragraph(line, styles.bullet_tight, bulletText="•"))
    return [KeepTogether(out)]


def _assumptions(assumptions: list[AssumptionLine], styles: MemoStyles) -> list[Flowable]:
    label = translate("Key assumptions")
    if not assumptions:
        return [_run_in(label, muted(not_recorded()), styles)]
    wrong = para(translate("Wrong if:"))
    items = [
        Paragraph(f"{text_or_not_recorded(a.text)} <b>{wrong}</b> {text_or_not_recorded(a.disproved_by)}", styles.bullet_tight, bulletText="•")
        for a in assumptions
    ]
    return [Paragraph(f"<b>{para(label)}</b>", styles.body_tight), *items]


def _scenario(scenario: ScenarioLine | None) -> str:
    if scenario is None:
        return muted(not_recorded())
    signs = para(translate("Warning signs:"))
    return f"{text_or_not_recorded(scenario.title)}. <b>{signs}</b> {text_or_not_recorded(scenario.warning_signs)}"


def _triggers(plan: Strategy) -> str:
    if not plan.next_triggers:
        return muted(para(phrase("no_next_trigger")))
    return join_list(f"{para(t.on_date)}, {text_or_not_recorded(t.title)}" for t in plan.next_triggers) + "."


def others(memo: MemoBody, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    out: list[Flowable] = [*heading(_("The other options"), 0)]
    if not memo.others:
        return out + [Paragraph(muted(_("No other option is recorded.")), styles.body)]
    # Status and evidence fit share a column, so the option and its reason get the width.
    head = (_("No."), _("Option"), _("Status, fit"), _("Reason"))
    data = [[Paragraph(h, styles.cell_head) for h in head]]
    for row in memo.others:
        fit = verdict_label(row.verdict) if row.verdict else muted(phrase("baseline_no_verdict"))
        data.append(
            [
                Paragraph(str(row.number), styles.cell_small),
                Paragraph(para(row.title), styles.cell_small),
                [Paragraph(row.status, styles.cell_small), Paragraph(fit, styles.cell_small)],
                Paragraph(text_or_not_recorded(row.reason), styles.cell_small),
            ]
        )
    return out + [table(data, (26, 134, 106, TEXT_WIDTH - 266), extra=BODY_ROWS)]


def situation(content: MemoContent, facts: Situation, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    def names(items: list[str]) -> str:
        return join_list(para(i) for i in items) if items else muted(not_recorded())

    rows = [
        (_("Who attacks civilians"), names(facts.perpetrators)),
        (_("Groups at risk"), names(facts.groups_at_risk)),
        (_("Triggers to watch"), names(facts.triggers)),
        (_("Who could protect"), names(facts.protectors)),
    ]
    chart = risk_factor_chart(content.summaries, width=TEXT_WIDTH)
    chart.hAlign = "LEFT"
    return [
        *heading(_("The situation"), 0),
        *(_run_in(label, value, styles) for label, value in rows),
        KeepTogether([Paragraph(f"<b>{_('Risk factors (UN Framework of Analysis, 2014).')}</b> {para(facts.overall)}", styles.body), chart]),
    ]
