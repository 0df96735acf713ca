"""The annex of the Word memo: the same sections, in the same order, as the PDF's annex."""

from __future__ import annotations

from docx.enum.text import WD_BREAK

from ...fit_words import ceiling_note, citations_text, condition_line, method_note, reading, summary
from ...vocabulary import ETD_CRITERIA, not_recorded, unknown_word, verdict_label, word
from ..content import CENTRAL_THEMES, MemoContent
from .blocks import add_table, heading, styled


def write_annex(document, content: MemoContent) -> None:

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(document, "Annex", 1)
    document.add_paragraph("The evidence and the full tables behind the memo, for the desk officer.")
    heading(document, "A1. Key factors", 2)
    add_table(document, ["Factor", "Judgment", "Confidence", "Source and note"], _factor_rows(content))
    heading(document, "A2. The situation as recorded", 2)
    _situation(document, content)
    heading(document, "A3. Risk-factor indicators", 2)
    _indicators(document, content)
    heading(document, "A4. Findings per option, read against this case", 2)
    for number, decision in content.numbered_options():
        heading(document, f"Option {number}. {content.option_title(decision)}", 3)
        _findings(document, content, decision)
    heading(document, "A5. Evidence-to-decision tables", 2)
    for number, decision in content.numbered_options():
        heading(document, f"Option {number}. {content.option_title(decision)}", 3)
        if decision.rationale.strip():
            document.add_paragraph(" ".join(decision.rationale.split()))
        rows = [
            [
                word("etd_criterion", c),
                word("etd_rating", decision.etd_for(c).rating),
                decision.etd_for(c).reason.strip() or not_recorded(),
            ]
            for c in ETD_CRITERIA
        ]
        add_table(document, ["Criterion", "Judgment", "Reason"], rows)
    _caveats(document, content)
    _references(document, content)


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

    heading(document, "Narrative", 3)
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
        add_table(document, ["Kind", "Actor or group", "Motive, means, opportunity, notes"], rows)


def _indicators(document, content: MemoContent) -> None:
    for item in content.summaries:
        factor = item.risk_factor
        document.add_paragraph(
            f"{factor.number}. {factor.title} — present {item.present}, absent {item.absent}, unknown {item.unknown}"
        ).runs[0].bold = True
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
        document.add_paragraph("No evidence family is recorded for this option.")
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
        rows.append([word("role", reason.role), f"{reason.statement} ({citations_text(reason)})", "\n".join(case) or "No condition depends on this case's answers."])
    for finding in outside:
        cited = content.citation_text(list(finding.studies))
        rows.append(["Outside this case", f"{' '.join(finding.statement.split())} ({cited})", "The studies looked at situations this case's answers rule out."])
    if rows:
        add_table(document, ["Reads here", "Finding of the reviewed studies", "This case"], rows)
    if fit.unknown_factors:
        names = ", ".join(content.factor_label(f) for f in fit.unknown_factors)
        document.add_paragraph(f"Unknown here, and could change this reading: {names}.")


def _caveats(document, content: MemoContent) -> None:

    heading(document, "A6. Caveats of the evidence", 2)
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
    heading(document, "A7. References", 2)
    document.add_paragraph(content.references_intro(len(studies)))
    for study in studies:
        paragraph = document.add_paragraph()
        paragraph.add_run(study.authors).bold = True
        text = f" ({study.year})" + (f". {study.note}" if study.note else "")
        paragraph.add_run(text + (f" {study.discussed}" if study.discussed else ""))
