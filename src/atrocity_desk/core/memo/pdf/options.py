"""The annex's tables for each option: the findings of the reviewed studies read against this case,
how the case meets their conditions, and the analyst's full evidence-to-decision judgments.
Nothing here ranks the options."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from ...evidence import Finding
from ...fit import FamilyFit, Reason
from ...fit_words import ceiling_note, citations_text, condition_line, reading, summary
from ...models import Decision, EtdJudgment
from ...vocabulary import ETD_CRITERIA, colour, singular, verdict_label, word
from ...vocabulary import translate as _
from ...vocabulary import not_recorded as not_recorded_word
from ..content import MemoContent
from .blocks import Paragraph, muted, not_recorded, rich_text, table
from .styles import TEXT_WIDTH, MemoStyles
from .text import para


def evidence_rows(decision: Decision, fit: FamilyFit | None, content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    if fit is None:
        return [Paragraph(not_recorded(_("No evidence family is recorded for this option.")), styles.body)]
    reasons, outside = content.option_findings(decision)
    weighed = set(decision.findings_weighed)
    rows = [[Paragraph(h, styles.cell_head) for h in (_("Reads here"), _("Finding of the reviewed studies"), _("This case"))]]
    rows += [_finding_row(reason, reason.finding in weighed, content, styles) for reason in reasons]
    rows += [_weighed_outside_row(finding, content, styles) for finding in outside]
    if len(rows) == 1:
        return [Paragraph(para(summary(fit, content.words)), styles.body)]
    count = len(rows) - 1
    intro = Paragraph(
        (
            _("{n} finding of the reviewed studies bears on situations like this one. Citations are listed under References.")
            if singular(count)
            else _("{n} findings of the reviewed studies bear on situations like this one. Citations are listed under References.")
        ).format(n=count),
        styles.small,
    )
    return [intro, table(rows, (70, 245, TEXT_WIDTH - 315))]


def _finding_row(reason: Reason, weighed: bool, content: MemoContent, styles: MemoStyles) -> list:
    detail = f"{word('direction', reason.direction)} · {word('evidence_kind', reason.evidence_kind)}"
    detail += " · " + _("outcome: {outcome}").format(outcome=word("outcome", reason.outcome))
    marker = content.pack_marker(reason)
    finding = [
        Paragraph(_marked(marker, reason.statement), styles.cell),
        Paragraph(muted(para(detail)) + f" ({para(citations_text(reason))})", styles.cell_small),
    ]
    if weighed:
        finding.append(Paragraph(f"<b>✓ {_('Weighed by the analyst')}</b>", styles.cell_small))
    role = para(word("role", reason.role))
    return [
        Paragraph(f'<font color="{colour("role", reason.role)}"><b>{role}</b></font>', styles.cell_small),
        finding,
        _case_cell(reason, content, styles),
    ]


def _marked(marker: str, statement: str) -> str:
    """A finding's statement, after the pack marker in bold when an evidence pack added it."""
    return (f"<b>{para(marker)}</b> " if marker else "") + para(statement)


def _weighed_outside_row(finding: Finding, content: MemoContent, styles: MemoStyles) -> list:
    detail = f"{word('direction', finding.direction)} · {word('evidence_kind', finding.evidence_kind)}"
    return [
        Paragraph(f"<b>{_('Outside this case')}</b>", styles.cell_small),
        [
            Paragraph(_marked(content.finding_marker(finding), " ".join(finding.statement.split())), styles.cell),
            Paragraph(muted(para(detail)) + f" ({para(content.citation_text(list(finding.studies)))})", styles.cell_small),
            Paragraph(f"<b>✓ {_('Weighed by the analyst')}</b>", styles.cell_small),
        ],
        Paragraph(muted(_("The studies looked at situations this case's answers rule out.")), styles.cell_small),
    ]


def _case_cell(reason: Reason, content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    """Each condition of the finding with this case's answer, then how the finding reads here."""
    out: list[Flowable] = [Paragraph(para(condition_line(c, content.words)), styles.cell_small) for c in reason.conditions]
    note = reading(reason)
    if note:
        out.append(Paragraph(muted(para(_upper_first(note))), styles.cell_small))
    return out or [Paragraph(muted(_("No condition depends on this case's answers.")), styles.cell_small)]


def conditions(fit: FamilyFit | None, content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    if fit is None:
        return [Paragraph(not_recorded(_("No evidence fit for this option.")), styles.body)]
    out: list[Flowable] = [Paragraph(f"<b>{verdict_label(fit.verdict)}.</b> {para(summary(fit, content.words))}", styles.body)]
    note = ceiling_note(fit)
    if note:
        out.append(Paragraph(para(note), styles.note))
    if fit.unknown_factors:
        names = ", ".join(f"{para(content.factor_label(f))} ({muted(para(word('condition_state', 'unknown')))})" for f in fit.unknown_factors)
        out.append(Paragraph(f"<b>{_('Unknown here, and could change this reading:')}</b> {names}.", styles.body))
    elif fit.verdict != "not_reviewed":
        out.append(Paragraph(muted(_("No unanswered factor affects this reading.")), styles.note))
    return out


def etd_table(judgments: Mapping[str, EtdJudgment], styles: MemoStyles) -> list[Flowable]:
    """The judgments of an option (``Decision.etd``) or of the no-new-action baseline, per criterion."""
    if not any(j.rating or j.reason.strip() for j in judgments.values()):
        return [Paragraph(muted(_("No evidence-to-decision judgment recorded yet.")), styles.body)]
    rows = [[Paragraph(h, styles.cell_head) for h in (_("Criterion"), _("Judgment"), _("Reason"))]]
    extra = []
    for index, criterion in enumerate(ETD_CRITERIA, start=1):
        judged = judgments.get(criterion, EtdJudgment())
        rating = word("etd_rating", judged.rating)
        rows.append(
            [
                Paragraph(word("etd_criterion", criterion), styles.cell),
                Paragraph(rating if judged.rating else muted(rating), styles.cell_bold if judged.rating else styles.cell),
                rich_text(judged.reason, styles, styles.cell, empty=not_recorded_word()),
            ]
        )
        extra.append(("BACKGROUND", (1, index), (1, index), colour("etd_rating", judged.rating)))
    return [table(rows, (160, 100, TEXT_WIDTH - 260), extra=extra)]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]




