"""The Word annex's strategy in full (``..plan``) and the research on situations like this one:
the same sections, tables and words as the PDF's (``..pdf.plan``)."""

from __future__ import annotations

from ...fit_words import citations_text
from ...vocabulary import not_recorded, translate, word
from ..content import MemoContent
from ..parts import options_words
from ..plan import StrategyInFull
from .blocks import add_table, heading, styled


def _text(text: str) -> str:
    return text or not_recorded()


def write_strategy_in_full(document, plan: StrategyInFull) -> None:
    heading(document, translate("If nothing more is done"), 3)
    document.add_paragraph(_text(plan.baseline))
    for phase in plan.phases:
        heading(document, f"{word('phase_kind', phase.kind)} — {_text(phase.title)}", 3)
        if phase.options:
            document.add_paragraph(options_words(phase.options))
        if phase.description:
            document.add_paragraph(phase.description)
        if phase.points:
            rows = [[word("point_direction", p.direction), _text(p.event), _text(p.response)] for p in phase.points]
            add_table(document, [translate("Direction"), translate("Observable event"), translate("Response")], rows)
        else:
            document.add_paragraph(not_recorded())
    if not plan.phases:
        heading(document, translate("Phases"), 3)
        document.add_paragraph(not_recorded())
    _table(document, translate("Key assumptions"), [translate("Assumption"), translate("Wrong if"), translate("Indicator to watch")],
           [[_text(a.text), _text(a.disproved_by), _text(a.indicator)] for a in plan.assumptions])
    _table(document, translate("Plausible atrocity scenarios"), [translate("Scenario"), translate("What happens"), translate("Warning signs")],
           [[f"{word('scenario_kind', s.kind)}\n{_text(s.title)}", _text(s.description), _text(s.warning_signs)] for s in plan.scenarios])
    _table(document, translate("Calendar of dated triggers"), [translate("Date"), translate("Trigger"), translate("Status"), translate("Note")],
           [[_text(t.on_date), _text(t.title), word("trigger_status", t.status), _text(t.note)] for t in plan.triggers])
    _table(document, translate("Measures of success"), [translate("Objective"), translate("Measure of success")],
           [[_text(s.objective), _text(s.measure)] for s in plan.success])
    _table(document, translate("Legal basis and consent"), [translate("No."), translate("Option"), translate("Legal basis"), translate("Consent")],
           [[str(o.number), o.title, _text(o.legal_basis), _text(o.consent)] for o in plan.legal])
    for title, text in ((translate("Coalition"), plan.coalition), (translate("Transition and exit"), plan.transition_exit)):
        heading(document, title, 3)
        document.add_paragraph(_text(text))


def _table(document, title: str, header: list[str], rows: list[list[str]]) -> None:
    heading(document, title, 3)
    if rows:
        add_table(document, header, rows)
    else:
        document.add_paragraph(not_recorded())


def write_situations_like_this(document, content: MemoContent) -> None:
    heading(document, translate("What research says about situations like this"), 3)
    reasons = content.context_reasons()
    if not reasons:
        document.add_paragraph(translate("No cross-cutting finding is known to apply to this case."))
        return
    document.add_paragraph(translate("Findings of the reviewed studies about situations, not tools, whose conditions this case meets."))
    for reason in reasons:
        styled(document, f"{' '.join(reason.statement.split())} ({citations_text(reason)})", "ListBullet")
