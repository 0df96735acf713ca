"""The annex of the Word memo: the same sections, in the same order, as the PDF's annex."""

from __future__ import annotations

from docx.enum.text import WD_BREAK

from ...fit_words import ceiling_note, citations_text, condition_line, method_note, reading, summary
from ...vocabulary import (
    ETD_CRITERIA,
    not_recorded,
    pack_lifted_words,
    pack_marker,
    pack_references_heading,
    pack_references_note,
    pack_source_words,
    phrase,
    unknown_word,
    verdict_label,
    word,
)
from ...vocabulary import translate as _
from ..content import CENTRAL_THEMES, MemoContent
from ..plan import strategy_in_full
from . import plan
from .blocks import add_table, heading, styled


def write_annex(document, content: MemoContent) -> None:

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(document, _("Annex"), 1)
    document.add_paragraph(_("The evidence and the full tables behind the memo, for the desk officer."))
    heading(document, _("A1. Key factors"), 2)
    add_table(document, [_("Factor"), _("Judgment"), _("Confidence"), _("Source and note")], _factor_rows(content))
    heading(document, _("A2. The situation as recorded"), 2)
    _situation(document, content)
    plan.write_situations_like_this(document, content)
    heading(document, _("A3. Risk-factor indicators"), 2)
    _indicators(document, content)
    heading(document, _("A4. Findings per option, read against this case"), 2)
    for number, decision in content.numbered_options():
        heading(document, _("Option {n}. {title}").format(n=number, title=content.option_title(decision)), 3)
        _findings(document, content, decision)
    heading(document, _("A5. Evidence-to-decision tables"), 2)
    # Option 0 first, as in the grid: the reasons behind the baseline's judgments (its text is in A6).
    _etd(document, _("Option {n}. {title}").format(n=0, title=phrase("no_new_action")), "", content.baseline_etd())
    for number, decision in content.numbered_options():
        _etd(document, _("Option {n}. {title}").format(n=number, title=content.option_title(decision)), decision.rationale, decision.etd)
    heading(document, _("A6. The strategy in full"), 2)
    plan.write_strategy_in_full(document, strategy_in_full(content))
    _caveats(document, content)
    _references(document, content)


def _etd(document, title: str, text: str, judgments) -> None:
    heading(document, title, 3)
    if text.strip():
        document.add_paragraph(" ".join(text.split()))
    if not any(j.rating or j.reason.strip() for j in judgments.values()):
        document.add_paragraph(_("No evidence-to-decision judgment recorded yet."))
        return
    rows = [
        [word("etd_criterion", c), word("etd_rating", judgments[c].rating if c in judgments else ""), (judgments[c].reason.strip() if c in judgments else "") or not_recorded()]
        for c in ETD_CRITERIA
    ]
    add_table(document, [_("Criterion"), _("Judgment"), _("Reason")], rows)


def _factor_rows(content: MemoContent) -> list[list[str]]:
    rows = []
    for group in content.checklist.factor_groups:
        for factor in group.factors:
            judgment = content.factors.get(factor.id)
            value = judgment.known_value if judgment else None
            answer = factor.value_label(value) if value is not None else unknown_word()
            confidence = word("confidence", judgment.confidence) if judgment and judgment.confidence else not_recorded()
            note = " — ".join(x for x in ((judgment.source, judgment.note) if judgment else ()) if x.strip())
            rows.append([factor.label, answer, confidence, note or not_recorded()])
    return rows


def _situation(document, content: MemoContent) -> None:

    heading(document, _("Narrative"), 3)
    for block in content.meta.narrative.split("\n\n"):
        if block.strip():
            document.add_paragraph(" ".join(block.split()))
    if not content.meta.narrative.strip():
        document.add_paragraph(not_recorded())
    rows = [
        [word("actor_kind", a.kind), a.name, " · ".join(x for x in (a.motive, a.means, a.opportunity, a.notes) if x.strip()) or not_recorded()]
        for a in content.actors
    ]
    if rows:
        add_table(document, [_("Kind"), _("Actor or group"), _("Motive, means, opportunity, notes")], rows)


def _indicators(document, content: MemoContent) -> None:
    for item in content.summaries:
        factor = item.risk_factor
        counts = _("present {present}, absent {absent}, unknown {unknown}").format(
            present=item.present, absent=item.absent, unknown=item.unknown
        )
        document.add_paragraph(f"{factor.number}. {factor.title} — {counts}").runs[0].bold = True
        for indicator in factor.indicators:
            judgment = content.indicators.get(indicator.id)
            if judgment is not None and judgment.value == "present":
                text = f"{indicator.number_label} {indicator.text}"
                if judgment.note.strip():
                    text += f" — {judgment.note.strip()}"
                styled(document, text, "ListBullet")


def _findings(document, content: MemoContent, decision) -> None:
    fit = content.option_fit(decision)
    if fit is None:
        document.add_paragraph(_("No evidence family is recorded for this option."))
        return
    document.add_paragraph(f"{verdict_label(fit.verdict)}. {summary(fit, content.words)}")
    note = ceiling_note(fit)
    if note:
        document.add_paragraph(note)
    reasons, outside = content.option_findings(decision)
    rows = []
    for reason in reasons:
        case = [condition_line(c, content.words) for c in reason.conditions]
        if reading(reason):
            case.append(reading(reason))
        no_condition = _("No condition depends on this case's answers.")
        rows.append([word("role", reason.role), _marked(content.pack_marker(reason), f"{reason.statement} ({citations_text(reason)})"), "\n".join(case) or no_condition])
    for finding in outside:
        cited = content.citation_text(list(finding.studies))
        rows.append([_("Outside this case"), _marked(content.finding_marker(finding), f"{' '.join(finding.statement.split())} ({cited})"), _("The studies looked at situations this case's answers rule out.")])
    if rows:
        add_table(document, [_("Reads here"), _("Finding of the reviewed studies"), _("This case")], rows)
    if fit.unknown_factors:
        names = ", ".join(content.factor_label(f) for f in fit.unknown_factors)
        document.add_paragraph(f"{_('Unknown here, and could change this reading:')} {names}.")


def _marked(marker: str, text: str) -> str:
    return f"{marker} {text}" if marker else text


def _caveats(document, content: MemoContent) -> None:

    heading(document, _("A7. Caveats of the evidence"), 2)
    themes = sorted(
        content.evidence.themes,
        key=lambda t: CENTRAL_THEMES.index(t.id) if t.id in CENTRAL_THEMES else len(CENTRAL_THEMES),
    )
    for theme in themes:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{theme.title}. ").bold = True
        cited = content.citation_text(list(theme.studies))
        paragraph.add_run(" ".join(theme.summary.split()) + (f" ({cited})" if cited else ""))
    document.add_paragraph(method_note())


def _references(document, content: MemoContent) -> None:
    studies = content.references()
    heading(document, _("A8. References"), 2)
    document.add_paragraph(content.references_intro(len(studies)))
    for study in studies:
        paragraph = document.add_paragraph()
        paragraph.add_run(study.authors).bold = True
        text = f" ({study.year})" + (f". {study.note}" if study.note else "")
        paragraph.add_run(text + (f" {study.discussed}" if study.discussed else ""))
    _pack_references(document, content)


def _pack_references(document, content: MemoContent) -> None:
    """The studies the analyst's evidence packs added, in a list of their own with their titles,
    and each ceiling a pack was allowed to lift: as the PDF's annex says them."""
    added = content.pack_studies()
    lifted = content.lifted_ceilings()
    if not added and not lifted:
        return
    heading(document, pack_references_heading(), 3)
    if added:
        document.add_paragraph(pack_references_note(len(added)))
    for family, titles in lifted:
        document.add_paragraph(pack_lifted_words(family.name, titles))
    for study, pack_title in added:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{pack_marker()} {study.authors}").bold = True
        paragraph.add_run(f" ({study.year}). {study.title} {pack_source_words(pack_title)}")
