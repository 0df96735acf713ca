"""The memo's body as PDF flowables (SPEC §7): page 1 the decision box, page 2 the options side by
side, then the recommended options, the strategy, the other options and the situation.

What each part says comes from ``..parts`` (shared with the Word memo); this module only lays it
out. Every table keeps its rows whole; each recommended option is kept on one page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from ...vocabulary import ETD_CRITERIA, colour, colours, not_recorded, verdict_label, word
from ..content import MemoContent, long_date
from ..parts import Action, DecisionBox, Fact, GridRow, MemoBody, OptionSummary, Situation, Strategy
from .blocks import HeadingFactory, Paragraph, RunningMark, badge, muted, table
from .charts import risk_factor_chart
from .styles import LANDSCAPE_TEXT_WIDTH, SHADE, TEXT_WIDTH, MemoStyles
from .text import para

LABEL_WIDTH = 118


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
    facts = [long_date(revision.assessed_on), f"Revision {revision.number} of {content.revision_count}{label}"]
    facts += [x for x in (meta.analyst.strip(), meta.country.strip()) if x]
    out: list[Flowable] = [
        Paragraph("DECISION MEMO", styles.kicker),
        Paragraph(para(meta.title), styles.title),
        Paragraph(muted(para(" · ".join(facts))), styles.small),
        Spacer(1, 6),
        *heading("Decision", 0),
        decision_box(box, styles),
    ]
    return out + [NextPageTemplate("landscape"), PageBreak()]


def decision_box(box: DecisionBox, styles: MemoStyles) -> Flowable:
    meeting = box.meeting + (f", {box.meeting_date}" if box.meeting_date else "")
    rows = [
        ("Situation now", Paragraph(text_or_not_recorded(box.situation_now), styles.cell)),
        ("Decision requested", [Paragraph(text_or_not_recorded(box.decision_requested), styles.cell), Paragraph(f"<b>For:</b> {text_or_not_recorded(meeting)}", styles.cell)]),
        ("Recommended actions", _actions(box.actions, styles)),
        ("Biggest risk", Paragraph(_risk_text(box), styles.cell)),
        ("Bottom line", _bottom_line(box, styles)),
        ("Caution", Paragraph(para(box.caution), styles.cell_small)),
    ]
    data = [[Paragraph(label, styles.cell_bold), value] for label, value in rows]
    return table(
        data,
        (LABEL_WIDTH - 20, TEXT_WIDTH - LABEL_WIDTH + 20),
        header=False,
        extra=[("BACKGROUND", (0, 0), (0, -1), SHADE), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)],
    )


def _actions(actions: list[Action], styles: MemoStyles) -> list[Flowable]:
    if not actions:
        return [Paragraph(muted("No option is recommended in this assessment yet."), styles.cell)]
    return [Paragraph(_action_text(a), styles.cell, bulletText=f"{a.number}.") for a in actions]


def _action_text(action: Action) -> str:
    return (
        f"<b>{para(action.title)}</b><br/>Lead: {text_or_not_recorded(action.lead)}. "
        f"When: {text_or_not_recorded(action.timing)}."
    )


def _risk_text(box: DecisionBox) -> str:
    risk = box.biggest_risk
    if risk is None:
        return muted(not_recorded())
    source = "named by the studies" if risk.by_studies else "the analyst's judgment"
    return f"{para(risk.text)} {muted(f'(option {risk.number}, {source})')}"


def _bottom_line(box: DecisionBox, styles: MemoStyles) -> list[Flowable]:
    paragraphs = [p for p in box.bottom_line.split("\n\n") if p.strip()] or [""]
    out: list[Flowable] = [Paragraph(text_or_not_recorded(p), styles.cell) for p in paragraphs]
    if box.drafted:
        out.append(
            Paragraph(
                "<b>DRAFT</b> by Atrocity Desk from the recorded options and the fit; not yet edited by the analyst.",
                styles.cell_small.clone("draft_note", textColor="#9b1c1c"),
            )
        )
    return out


# --- page 2: the options side by side ----------------------------------------------------------


def grid_page(rows: list[GridRow], styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    head = ["No.", "Option", "Status", "Evidence fit"] + [word("etd_criterion", c, "short") for c in ETD_CRITERIA]
    # Criteria headings in 7.5 pt, so "Acceptability" fits its column whole.
    centred = styles.cell_head.clone("grid_head_centred", alignment=1, fontSize=7.5, leading=9.5)
    data = [[Paragraph(h, styles.cell_head if col < 4 else centred) for col, h in enumerate(head)]]
    extra = []
    for index, row in enumerate(rows, start=1):
        cells = [
            Paragraph(str(row.number), styles.cell_small),
            Paragraph(para(row.title) if row.number else f"<b>{para(row.title)}</b>", styles.cell_small),
            Paragraph(row.status or muted("Baseline"), styles.cell_small),
            Paragraph(verdict_label(row.verdict) if row.verdict else muted("—"), styles.cell_small),
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
        *heading("Options side by side", 0),
        Paragraph(
            "The analyst's judgments for each option, numbered as in the window, with the evidence fit for this "
            "case; option 0 is doing nothing more. Read across: the grid adds nothing up, no option wins by count.",
            styles.body,
        ),
        table(data, widths, extra=extra + padding + shade_baseline + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


# --- recommended options ----------------------------------------------------------------------


def recommended(summaries: list[OptionSummary], styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    out: list[Flowable] = [*heading("Recommended options", 0)]
    if not summaries:
        return out + [Paragraph(muted("No option is recommended in this assessment yet."), styles.body)]
    for summary in summaries:
        out += [RunningMark(f"Option {summary.number}. {summary.title}"), KeepTogether(option_summary(summary, styles, heading))]
    return out + [RunningMark("")]


def option_summary(summary: OptionSummary, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    line = badge(f"Evidence fit: {verdict_label(summary.verdict)}", *colours("verdict", summary.verdict)) if summary.verdict else ""
    if summary.what:
        line += "\u2002" + para(summary.what)
    data = [[Paragraph(f.label, styles.cell_bold), Paragraph(_fact_text(f), styles.cell)] for f in summary.facts()]
    heading_flowables = heading(f"{summary.number}. {summary.title}", 1)[1:]  # kept with its table
    return [*heading_flowables, Paragraph(line, styles.body), table(data, (LABEL_WIDTH - 20, TEXT_WIDTH - LABEL_WIDTH + 20), header=False)]


def _fact_text(fact: Fact) -> str:
    aside = " " + muted(f"({para(fact.aside)})") if fact.aside else ""
    return text_or_not_recorded(fact.text) + aside


# --- strategy, other options, situation --------------------------------------------------------


def strategy(plan: Strategy, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    data = [[Paragraph(label, styles.cell_bold), Paragraph(text_or_not_recorded(text), styles.cell)] for label, text in plan.rows()]
    heading_flowables = heading("The strategy", 0)
    return [heading_flowables[0], KeepTogether([*heading_flowables[1:], table(data, (LABEL_WIDTH - 20, TEXT_WIDTH - LABEL_WIDTH + 20), header=False)])]


def others(memo: MemoBody, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    out: list[Flowable] = [*heading("The other options", 0)]
    if not memo.others:
        return out + [Paragraph(muted("No other option is recorded."), styles.body)]
    data = [[Paragraph(h, styles.cell_head) for h in ("No.", "Option", "Status", "Evidence fit", "Reason")]]
    for row in memo.others:
        data.append(
            [
                Paragraph(str(row.number), styles.cell_small),
                Paragraph(para(row.title), styles.cell_small),
                Paragraph(row.status, styles.cell_small),
                Paragraph(verdict_label(row.verdict) if row.verdict else muted("—"), styles.cell_small),
                Paragraph(text_or_not_recorded(row.reason), styles.cell_small),
            ]
        )
    return out + [table(data, (30, 110, 76, 76, TEXT_WIDTH - 292))]


def situation(content: MemoContent, facts: Situation, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    def names(items: list[str]) -> Paragraph:
        return Paragraph("; ".join(para(i) for i in items) if items else muted(not_recorded()), styles.cell)

    rows = [
        ("Who attacks civilians", names(facts.perpetrators)),
        ("Groups at risk", names(facts.groups_at_risk)),
        ("Triggers to watch", names(facts.triggers)),
        ("Who could protect", names(facts.protectors)),
    ]
    data = [[Paragraph(label, styles.cell_bold), value] for label, value in rows]
    chart = risk_factor_chart(content.summaries, width=TEXT_WIDTH)
    chart.hAlign = "LEFT"
    return [
        *heading("The situation", 0),
        table(data, (LABEL_WIDTH - 20, TEXT_WIDTH - LABEL_WIDTH + 20), header=False),
        Spacer(1, 6),
        KeepTogether([Paragraph(f"<b>Risk factors (UN Framework of Analysis, 2014).</b> {para(facts.overall)}", styles.body), chart]),
    ]
