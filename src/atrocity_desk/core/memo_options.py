"""The options of the memo: one block per option, then the side-by-side grid.

Each option shows what it is, what the evidence says and how this case meets its conditions (from
the evidence fit), its risks, requirements, timing and monitoring, and the analyst's evidence-to-
decision judgments. Nothing here ranks the options: the grid sets judgments side by side and the
text says so.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from .fit import FamilyFit, Reason
from .memo_blocks import HeadingFactory, Paragraph, badge, boxed, bullets, facts, muted, not_recorded, rich_text, section, table
from .memo_content import CENTRAL_CAUTION, VERDICT_LABELS, MemoContent, status_label
from .memo_styles import (
    LANDSCAPE_TEXT_WIDTH,
    RATING_COLOURS,
    STATUS_COLOURS,
    TEXT_WIDTH,
    VERDICT_COLOURS,
    MemoStyles,
)
from .memo_text import para
from .models import ETD_RATING_LABELS, Decision
from .vocabulary import ETD_CRITERIA, ETD_LABELS, VERDICT_MEANINGS, word

_ROLE_LABELS = {
    "supports": ("Points to a benefit here", "#14532d"),
    "mixed": ("Mixed here", "#6b3a0c"),
    "cautions": ("Caution here", "#7f1d1d"),
    "context": ("Context only", "#3d3d3d"),
}
_DIRECTIONS = {
    "reduces_violence": "finds less violence or a better outcome",
    "no_effect": "finds no effect",
    "increases_violence": "finds more violence or harm",
    "mixed": "finds mixed results",
    "insufficient_evidence": "finds too little evidence to say",
}
_KINDS = {
    "cross_national_statistical": "cross-national statistical study",
    "comparative_case_study": "comparative case study",
    "single_case": "single case",
    "anecdotal": "anecdotal evidence",
}
_OUTCOMES = {
    "severity": "severity of killing",
    "onset": "onset",
    "duration": "duration",
    "settlement": "negotiated settlement",
    "recurrence": "recurrence",
    "human_rights": "human rights",
    "policy_change": "policy change",
    "conflict_risk": "risk of armed conflict",
    "stability": "stability",
    "civilian_harm": "harm to civilians from the tool",
}
_GROUP_INTROS = {
    "recommended": "The options this memo recommends, in the analyst's order.",
    "in_place": "Measures already under way. They are listed here, after the recommendations, because the "
    "recommended options build on them.",
    "considered": "Options weighed and held in reserve or for later decision.",
    "rejected": "Options weighed and turned down, with the reasons.",
}
_GROUP_TITLES = {
    "recommended": "Recommended options",
    "in_place": "Already in place",
    "considered": "Considered, not recommended now",
    "rejected": "Rejected options",
}
_SHORT_CRITERIA = {
    "effect": "Effect on violence",
    "certainty": "Certainty of evidence",
    "risks": "Risks to civilians",
    "feasibility": "Feasibility",
    "acceptability": "Acceptability",
    "resources": "Resources",
    "urgency": "Urgency",
}
# The grid's cells are narrow: the ratings in short words (the criterion is the column).
_UNRECOGNISED_INTRO = (
    "The case file gives these options a status this version of Atrocity Desk does not know; "
    "check the file (atrocity-desk check) and set the status again."
)
_GRID_RATINGS = {
    "": "Not judged",
    "favours": "Favours",
    "probably_favours": "Probably favours",
    "uncertain": "Uncertain",
    "probably_against": "Probably against",
    "against": "Against",
}
_FACTOR_VALUES = re.compile(r"(depends on )?\b([a-z_]+)=([a-z_/]+)(?:; this case: ([a-z_]+))?")


def options(content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    out: list[Flowable] = [*heading("Options", 0), *caution_box(content, styles)]
    groups = content.options_by_status()
    if not groups:
        out.append(Paragraph(not_recorded("No option with the chosen statuses is recorded in this assessment."), styles.body))
        return out
    numbers = {d.id: n for n, d in content.numbered_options()}
    for status, decisions in groups:
        out += heading(word(_GROUP_TITLES, status), 1)
        out.append(Paragraph(_GROUP_INTROS.get(status, _UNRECOGNISED_INTRO), styles.small))
        for decision in decisions:
            out += option_block(numbers[decision.id], decision, content, styles, heading)
    return out


def caution_box(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    verdicts = "; ".join(f"<b>{VERDICT_LABELS[v]}</b>: {_lower_first(VERDICT_MEANINGS[v].rstrip('.'))}" for v in VERDICT_LABELS)
    inner = [
        Paragraph(f"<b>Read every option with the paper's central caution.</b> {CENTRAL_CAUTION}", styles.caution),
        Paragraph(
            "Each option shows the analyst's judgments and the evidence behind them. The memo does not rank "
            "the options or name a best one; options are numbered in the order of this memo only.",
            styles.caution,
        ),
        Paragraph(f"<i>Evidence fit verdicts, for situations like this one.</i> {verdicts}.", styles.cell_small),
    ]
    return [boxed(inner, TEXT_WIDTH), Spacer(1, 4)]


def option_block(number: int, decision: Decision, content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    title = content.option_title(decision)
    family = content.family(decision.family)
    fit = content.family_fit(decision.family)
    out: list[Flowable] = heading(f"{number}. {title}", 2)
    status_colours = STATUS_COLOURS.get(decision.status, STATUS_COLOURS["considered"])
    line = badge(status_label(decision.status), *status_colours)
    if fit is not None:
        line += "\u2002" + badge(f"Evidence fit: {VERDICT_LABELS[fit.verdict]}", *VERDICT_COLOURS[fit.verdict])
    family_name = family.name if family else word({}, decision.family).replace("_", " ")
    category = f" · {family.category}" if family else ""
    line += "\u2002" + muted(para(family_name) + category)
    out.append(Paragraph(line, styles.body))

    out += section("What it is", styles, _what_it_is(decision, content, styles))
    out += section("The analyst's rationale", styles, rich_text(decision.rationale, styles, empty="No rationale recorded."))
    out += section("What the evidence says", styles, _evidence(decision, fit, content, styles))
    out += section("How this case meets the conditions", styles, _conditions(fit, content, styles))
    out += section("Risks and side effects", styles, _risks(decision, fit, styles))
    out += section("Lead, requirements, timing and monitoring", styles, [_practicalities(decision, content, styles)])
    out += section("Evidence-to-decision judgments", styles, _etd(decision, styles))
    return out


def _what_it_is(decision: Decision, content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    family = content.family(decision.family)
    out: list[Flowable] = []
    if family:
        out.append(Paragraph(f"<b>{para(family.name)}.</b> {para(family.summary)}", styles.body))
    tool = next((t for t in content.evidence.tools if t.id == decision.tool), None) if decision.tool else None
    if tool:
        out.append(Paragraph(f"<b>Instrument:</b> {para(tool.name)}. {para(tool.description)}", styles.body))
    if not out:
        out.append(Paragraph(not_recorded("This option names no tool family of the evidence base."), styles.body))
    return out


def _evidence(decision: Decision, fit: FamilyFit | None, content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    if fit is None:
        return [Paragraph(not_recorded("No evidence family is recorded for this option."), styles.body)]
    if fit.verdict == "not_reviewed":
        return [Paragraph(para(fit.summary), styles.body)]
    weighed = set(decision.findings_weighed)
    rows = [[Paragraph(h, styles.cell_head) for h in ("Reads here", "Finding of the reviewed studies", "This case")]]
    for reason in fit.reasons:
        rows.append(_finding_row(reason, reason.finding in weighed, content, styles))
    shown = {r.finding for r in fit.reasons}
    for finding_id in decision.findings_weighed:
        if finding_id not in shown:
            row = _weighed_outside_row(finding_id, content, styles)
            if row:
                rows.append(row)
    if len(rows) == 1:
        return [Paragraph(para(fit.summary), styles.body)]
    count = len(rows) - 1
    intro = Paragraph(
        f"{count} finding{'s' if count != 1 else ''} of the reviewed studies bear{'s' if count == 1 else ''} on "
        "situations like this one. Citations are listed under References.",
        styles.small,
    )
    return [intro, table(rows, (70, 245, TEXT_WIDTH - 315))]


def _finding_row(reason: Reason, weighed: bool, content: MemoContent, styles: MemoStyles) -> list:
    label, colour = _ROLE_LABELS[reason.role]
    studies = _studies(content, reason.finding)
    detail = f"{_DIRECTIONS.get(reason.direction, reason.direction)} · {_KINDS.get(reason.evidence_kind, reason.evidence_kind)}"
    detail += f" · outcome: {_OUTCOMES.get(reason.outcome, reason.outcome)}"
    finding = [
        Paragraph(para(reason.statement), styles.cell),
        Paragraph(muted(_upper_first(detail)) + f" ({para(content.cite(studies))})", styles.cell_small),
    ]
    if weighed:
        finding.append(Paragraph("<b>✓ Weighed by the analyst</b>", styles.cell_small))
    return [
        Paragraph(f'<font color="{colour}"><b>{label}</b></font>', styles.cell_small),
        finding,
        _case_cell(reason, content, styles),
    ]


def _weighed_outside_row(finding_id: str, content: MemoContent, styles: MemoStyles) -> list | None:
    try:
        finding = content.evidence.finding(finding_id)
    except KeyError:
        return None
    detail = f"{_DIRECTIONS.get(finding.direction, finding.direction)} · {_KINDS.get(finding.evidence_kind, finding.evidence_kind)}"
    return [
        Paragraph("<b>Outside this case</b>", styles.cell_small),
        [
            Paragraph(para(" ".join(finding.statement.split())), styles.cell),
            Paragraph(muted(_upper_first(detail)) + f" ({para(content.cite(list(finding.studies)))})", styles.cell_small),
            Paragraph("<b>✓ Weighed by the analyst</b>", styles.cell_small),
        ],
        Paragraph(muted("The studies looked at situations this case's answers rule out."), styles.cell_small),
    ]


def _case_cell(reason: Reason, content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    out: list[Flowable] = []
    matched = []
    for item in reason.factors:
        factor, _, value = item.partition("=")
        shown = muted("Unknown") if value == "unknown" else para(content.value_label(factor, value))
        matched.append(f"{para(content.factor_label(factor))}: {shown}")
    if matched:
        out.append(Paragraph("<br/>".join(matched), styles.cell_small))
    if reason.note:
        out.append(Paragraph(muted(para(_readable_note(reason.note, content))), styles.cell_small))
    return out or [Paragraph(muted("No condition depends on this case's answers."), styles.cell_small)]


def _readable_note(note: str, content: MemoContent) -> str:
    """The fit's note with factor ids replaced by the checklist's words."""

    def words(match: re.Match) -> str:
        depends, factor, values, here = match.groups()
        wanted = " or ".join(f"“{content.value_label(factor, v)}”" for v in values.split("/"))
        label = content.factor_label(factor).lower()
        text = f"depends on {label} being {wanted}" if depends else f"{label} is {wanted}"
        if here:
            text += f"; here: “{content.value_label(factor, here)}”"
        return text

    return _upper_first(_FACTOR_VALUES.sub(words, note))


def _conditions(fit: FamilyFit | None, content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    if fit is None:
        return [Paragraph(not_recorded("No evidence fit for this option."), styles.body)]
    out: list[Flowable] = [Paragraph(f"<b>{VERDICT_LABELS[fit.verdict]}.</b> {para(fit.summary)}", styles.body)]
    if fit.ceiling_note:
        out.append(Paragraph(para(fit.ceiling_note), styles.note))
    if fit.unknown_factors:
        names = ", ".join(f"{para(content.factor_label(f))} ({muted('Unknown')})" for f in fit.unknown_factors)
        out.append(Paragraph(f"<b>Unknown here, and could change this reading:</b> {names}.", styles.body))
    elif fit.verdict != "not_reviewed":
        out.append(Paragraph(muted("No unanswered factor affects this reading."), styles.note))
    return out


def _risks(decision: Decision, fit: FamilyFit | None, styles: MemoStyles) -> list[Flowable]:
    items = [f"{para(risk)} {muted('(named by the studies)')}" for risk in (fit.risks if fit else [])]
    judged = decision.etd_for("risks")
    if judged.rating or judged.reason.strip():
        text = f"<b>Analyst's judgment on risks to civilians:</b> {word(ETD_RATING_LABELS, judged.rating)}"
        if judged.reason.strip():
            text += f" — {para(judged.reason)}"
        items.append(text)
    if not items:
        return [Paragraph(muted("The studies name no specific risk for situations like this, and the analyst has recorded none."), styles.body)]
    return bullets(items, styles)


def _practicalities(decision: Decision, content: MemoContent, styles: MemoStyles) -> Flowable:
    objectives = {o.id: (n, o) for n, o in enumerate(content.objectives, start=1)}
    served = [f"{objectives[i][0]}. {para(objectives[i][1].text)}" for i in decision.objectives if i in objectives]
    rows = [
        ("Lead", decision.lead_actor),
        ("Requirements", decision.requirements),
        ("Timing and sequencing", decision.timing),
        ("What to monitor", decision.monitoring),
    ]
    cells = [(label, _text_cell(value, styles)) for label, value in rows]
    cells.insert(0, ("Objectives served", Paragraph("<br/>".join(served) or not_recorded(), styles.cell)))
    return facts(cells, styles, TEXT_WIDTH, label_width=115)


def _text_cell(text: str, styles: MemoStyles) -> list[Flowable]:
    return rich_text(text, styles, styles.cell, empty="Not recorded")


def _etd(decision: Decision, styles: MemoStyles) -> list[Flowable]:
    if not any(j.rating or j.reason.strip() for j in decision.etd.values()):
        return [Paragraph(muted("No evidence-to-decision judgment recorded yet."), styles.body)]
    rows = [[Paragraph(h, styles.cell_head) for h in ("Criterion", "Judgment", "Reason")]]
    extra = []
    for index, criterion in enumerate(ETD_CRITERIA, start=1):
        judged = decision.etd_for(criterion)
        rating = word(ETD_RATING_LABELS, judged.rating)
        rows.append(
            [
                Paragraph(ETD_LABELS[criterion], styles.cell),
                Paragraph(rating if judged.rating else muted(rating), styles.cell_bold if judged.rating else styles.cell),
                rich_text(judged.reason, styles, styles.cell, empty="—"),
            ]
        )
        extra.append(("BACKGROUND", (1, index), (1, index), RATING_COLOURS.get(judged.rating, "#ffffff")))
    return [table(rows, (160, 100, TEXT_WIDTH - 260), extra=extra)]


def _studies(content: MemoContent, finding_id: str) -> list[str]:
    try:
        return list(content.evidence.finding(finding_id).studies)
    except KeyError:
        return []


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- the side-by-side grid (landscape pages) ---------------------------------------------------


def grid(content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    numbered = content.numbered_options()
    if not numbered:
        return []
    head_style = styles.cell_head.clone("grid_head", fontSize=7, leading=8.8)
    head = ["#", "Option", "Status", "Evidence fit"] + [_SHORT_CRITERIA[c] for c in ETD_CRITERIA]
    centred = head_style.clone("grid_head_centred", alignment=1)
    rows = [[Paragraph(h, head_style if col < 4 else centred) for col, h in enumerate(head)]]
    extra = []
    for row_index, (number, decision) in enumerate(numbered, start=1):
        fit = content.family_fit(decision.family)
        row = [
            Paragraph(str(number), styles.cell_small),
            Paragraph(para(content.option_title(decision)), styles.cell_small),
            Paragraph(status_label(decision.status), styles.cell_small),
            Paragraph(VERDICT_LABELS[fit.verdict] if fit else muted("—"), styles.cell_small),
        ]
        if fit:
            extra.append(("BACKGROUND", (3, row_index), (3, row_index), VERDICT_COLOURS[fit.verdict][0]))
        for col, criterion in enumerate(ETD_CRITERIA, start=4):
            rating = decision.etd_for(criterion).rating
            text = word(_GRID_RATINGS, rating) if rating else muted(_GRID_RATINGS[""])
            row.append(Paragraph(text, styles.cell_center))
            extra.append(("BACKGROUND", (col, row_index), (col, row_index), RATING_COLOURS.get(rating, "#ffffff")))
        rows.append(row)
    criterion_width = 58.5
    fixed = (16, 0, 68, 70)
    option_width = LANDSCAPE_TEXT_WIDTH - sum(fixed) - criterion_width * len(ETD_CRITERIA)
    widths = (16, option_width, 68, 70) + (criterion_width,) * len(ETD_CRITERIA)
    padding = [("LEFTPADDING", (4, 0), (-1, -1), 3), ("RIGHTPADDING", (4, 0), (-1, -1), 3)]
    return [
        NextPageTemplate("landscape"),
        PageBreak(),
        *heading("Options side by side", 0),
        Paragraph(
            "The analyst's evidence-to-decision judgments for every option, with the evidence fit for this case. "
            "Read across, not down: the grid sets judgments side by side; it does not add them up, and no option "
            "wins by count. The reasons are under each option.",
            styles.body,
        ),
        table(rows, widths, extra=extra + padding + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        Spacer(1, 6),
        Paragraph(f"<b>Caution.</b> {CENTRAL_CAUTION}", styles.note),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
