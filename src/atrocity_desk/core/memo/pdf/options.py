"""The options of the memo: one block per option, then the side-by-side grid.

Each option shows what it is, what the evidence says and how this case meets its conditions (from
the evidence fit), its risks, requirements, timing and monitoring, and the analyst's evidence-to-
decision judgments. Nothing here ranks the options: the grid sets judgments side by side and the
text says so.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from ...evidence import Finding
from ...fit import FamilyFit, Reason
from ...fit_words import ceiling_note, citations_text, condition_line, reading, summary
from ...models import Decision
from ...vocabulary import ETD_CRITERIA, VERDICTS, central_caution, colour, colours, status_label, verdict_label, verdict_meaning, word
from ...vocabulary import known, unrecognised
from ...vocabulary import translate as _
from ..content import MemoContent
from .blocks import HeadingFactory, Paragraph, badge, boxed, bullets, facts, muted, not_recorded, rich_text, section, table
from .styles import LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH, MemoStyles
from .text import para


def options(content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    out: list[Flowable] = [*heading("Options", 0), *caution_box(content, styles)]
    groups = content.options_by_status()
    if not groups:
        out.append(Paragraph(not_recorded("No option with the chosen statuses is recorded in this assessment."), styles.body))
        return out
    numbers = {d.id: n for n, d in content.numbered_options()}
    for status, decisions in groups:
        out += heading(word("status", status, "group_title"), 1)
        out.append(Paragraph(word("status", status, "group_intro") if known("status", status) else _unrecognised_intro(), styles.small))
        for decision in decisions:
            out += option_block(numbers[decision.id], decision, content, styles, heading)
    return out


def _unrecognised_intro() -> str:
    return _(
        "The case file gives these options a status this version of Atrocity Desk does not know; "
        "check the file (atrocity-desk check) and set the status again."
    )


def caution_box(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    verdicts = "; ".join(f"<b>{verdict_label(v)}</b>: {_lower_first(verdict_meaning(v).rstrip('.'))}" for v in VERDICTS)
    inner = [
        Paragraph(f"<b>Read every option with the paper's central caution.</b> {central_caution()}", styles.caution),
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
    line = badge(status_label(decision.status), *colours("status", decision.status))
    if fit is not None:
        line += "\u2002" + badge(f"Evidence fit: {verdict_label(fit.verdict)}", *colours("verdict", fit.verdict))
    family_name = family.name if family else unrecognised(decision.family)
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
    reasons, outside = content.option_findings(decision)
    weighed = set(decision.findings_weighed)
    rows = [[Paragraph(h, styles.cell_head) for h in ("Reads here", "Finding of the reviewed studies", "This case")]]
    rows += [_finding_row(reason, reason.finding in weighed, content, styles) for reason in reasons]
    rows += [_weighed_outside_row(finding, content, styles) for finding in outside]
    if len(rows) == 1:
        return [Paragraph(para(summary(fit, content.words)), styles.body)]
    count = len(rows) - 1
    intro = Paragraph(
        f"{count} finding{'s' if count != 1 else ''} of the reviewed studies bear{'s' if count == 1 else ''} on "
        "situations like this one. Citations are listed under References.",
        styles.small,
    )
    return [intro, table(rows, (70, 245, TEXT_WIDTH - 315))]


def _finding_row(reason: Reason, weighed: bool, content: MemoContent, styles: MemoStyles) -> list:
    detail = f"{word('direction', reason.direction)} · {word('evidence_kind', reason.evidence_kind)}"
    detail += f" · outcome: {word('outcome', reason.outcome)}"
    marker = content.pack_marker(reason)
    finding = [
        Paragraph((f"<b>{para(marker)}</b> " if marker else "") + para(reason.statement), styles.cell),
        Paragraph(muted(para(detail)) + f" ({para(citations_text(reason))})", styles.cell_small),
    ]
    if weighed:
        finding.append(Paragraph("<b>✓ Weighed by the analyst</b>", styles.cell_small))
    role = para(word("role", reason.role))
    return [
        Paragraph(f'<font color="{colour("role", reason.role)}"><b>{role}</b></font>', styles.cell_small),
        finding,
        _case_cell(reason, content, styles),
    ]


def _weighed_outside_row(finding: Finding, content: MemoContent, styles: MemoStyles) -> list:
    detail = f"{word('direction', finding.direction)} · {word('evidence_kind', finding.evidence_kind)}"
    return [
        Paragraph("<b>Outside this case</b>", styles.cell_small),
        [
            Paragraph(para(" ".join(finding.statement.split())), styles.cell),
            Paragraph(muted(para(detail)) + f" ({para(content.citation_text(list(finding.studies)))})", styles.cell_small),
            Paragraph("<b>✓ Weighed by the analyst</b>", styles.cell_small),
        ],
        Paragraph(muted("The studies looked at situations this case's answers rule out."), styles.cell_small),
    ]


def _case_cell(reason: Reason, content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    """Each condition of the finding with this case's answer, then how the finding reads here."""
    out: list[Flowable] = [Paragraph(para(condition_line(c, content.words)), styles.cell_small) for c in reason.conditions]
    note = reading(reason)
    if note:
        out.append(Paragraph(muted(para(_upper_first(note))), styles.cell_small))
    return out or [Paragraph(muted("No condition depends on this case's answers."), styles.cell_small)]


def _conditions(fit: FamilyFit | None, content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    if fit is None:
        return [Paragraph(not_recorded("No evidence fit for this option."), styles.body)]
    out: list[Flowable] = [Paragraph(f"<b>{verdict_label(fit.verdict)}.</b> {para(summary(fit, content.words))}", styles.body)]
    note = ceiling_note(fit)
    if note:
        out.append(Paragraph(para(note), styles.note))
    if fit.unknown_factors:
        names = ", ".join(f"{para(content.factor_label(f))} ({muted(para(word('condition_state', 'unknown')))})" for f in fit.unknown_factors)
        out.append(Paragraph(f"<b>Unknown here, and could change this reading:</b> {names}.", styles.body))
    elif fit.verdict != "not_reviewed":
        out.append(Paragraph(muted("No unanswered factor affects this reading."), styles.note))
    return out


def _risks(decision: Decision, fit: FamilyFit | None, styles: MemoStyles) -> list[Flowable]:
    items = [f"{para(risk)} {muted('(named by the studies)')}" for risk in (fit.risks if fit else [])]
    judged = decision.etd_for("risks")
    if judged.rating or judged.reason.strip():
        text = f"<b>Analyst's judgment on risks to civilians:</b> {word('etd_rating', judged.rating)}"
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
        rating = word("etd_rating", judged.rating)
        rows.append(
            [
                Paragraph(word("etd_criterion", criterion), styles.cell),
                Paragraph(rating if judged.rating else muted(rating), styles.cell_bold if judged.rating else styles.cell),
                rich_text(judged.reason, styles, styles.cell, empty="—"),
            ]
        )
        extra.append(("BACKGROUND", (1, index), (1, index), colour("etd_rating", judged.rating)))
    return [table(rows, (160, 100, TEXT_WIDTH - 260), extra=extra)]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- the side-by-side grid (landscape pages) ---------------------------------------------------


def grid(content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    numbered = content.numbered_options()
    if not numbered:
        return []
    head_style = styles.cell_head.clone("grid_head", fontSize=7, leading=8.8)
    head = ["#", "Option", "Status", "Evidence fit"] + [word("etd_criterion", c, "short") for c in ETD_CRITERIA]
    centred = head_style.clone("grid_head_centred", alignment=1)
    rows = [[Paragraph(h, head_style if col < 4 else centred) for col, h in enumerate(head)]]
    extra = []
    for row_index, (number, decision) in enumerate(numbered, start=1):
        fit = content.family_fit(decision.family)
        row = [
            Paragraph(str(number), styles.cell_small),
            Paragraph(para(content.option_title(decision)), styles.cell_small),
            Paragraph(status_label(decision.status), styles.cell_small),
            Paragraph(verdict_label(fit.verdict) if fit else muted("—"), styles.cell_small),
        ]
        if fit:
            extra.append(("BACKGROUND", (3, row_index), (3, row_index), colours("verdict", fit.verdict)[0]))
        for col, criterion in enumerate(ETD_CRITERIA, start=4):
            rating = decision.etd_for(criterion).rating
            text = word("etd_rating", rating, "short") if rating else muted(word("etd_rating", "", "short"))
            row.append(Paragraph(text, styles.cell_center))
            extra.append(("BACKGROUND", (col, row_index), (col, row_index), colour("etd_rating", rating)))
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
        Paragraph(f"<b>Caution.</b> {central_caution()}", styles.note),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
