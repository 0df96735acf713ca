"""The annex's strategy in full (``..plan``) and the research on situations like this one, as PDF
flowables. Planner text goes through ``text.para``; empty fields are written "not recorded"."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ...fit_words import citations_text
from ...vocabulary import not_recorded as not_recorded_word
from ...vocabulary import translate, word
from ..content import MemoContent
from ..parts import options_words
from ..plan import StrategyInFull
from .blocks import Paragraph, bullets, muted, not_recorded, section, table
from .styles import TEXT_WIDTH, MemoStyles
from .text import para


def cell(text: str, styles: MemoStyles, style=None) -> Paragraph:
    return Paragraph(para(text) if text.strip() else not_recorded(), style or styles.cell_small)


def strategy_in_full(plan: StrategyInFull, styles: MemoStyles) -> list[Flowable]:
    out: list[Flowable] = section(translate("If nothing more is done"), styles, [cell(plan.baseline, styles, styles.body)])
    for phase in plan.phases:
        title = f"{word('phase_kind', phase.kind)} — {phase.title or not_recorded_word()}"
        body: list[Flowable] = []
        if phase.options:
            body.append(Paragraph(muted(para(options_words(phase.options))), styles.small))
        if phase.description:
            body.append(Paragraph(para(phase.description), styles.body))
        rows = [[Paragraph(h, styles.cell_head) for h in (translate("Direction"), translate("Observable event"), translate("Response"))]]
        rows += [[Paragraph(para(word("point_direction", p.direction)), styles.cell_small), cell(p.event, styles), cell(p.response, styles)] for p in phase.points]
        body.append(table(rows, (70, 205, TEXT_WIDTH - 275)) if phase.points else Paragraph(not_recorded(), styles.body))
        out += section(title, styles, body)
    if not plan.phases:
        out += section(translate("Phases"), styles, [Paragraph(not_recorded(), styles.body)])
    out += section(translate("Key assumptions"), styles, _assumptions(plan, styles))
    out += section(translate("Plausible atrocity scenarios"), styles, _scenarios(plan, styles))
    out += section(translate("Calendar of dated triggers"), styles, _triggers(plan, styles))
    out += section(translate("Measures of success"), styles, _success(plan, styles))
    out += section(translate("Legal basis and consent"), styles, _legal(plan, styles))
    out += section(translate("Coalition"), styles, [cell(plan.coalition, styles, styles.body)])
    out += section(translate("Transition and exit"), styles, [cell(plan.transition_exit, styles, styles.body)])
    return out


def _assumptions(plan: StrategyInFull, styles: MemoStyles) -> list[Flowable]:
    if not plan.assumptions:
        return [Paragraph(not_recorded(), styles.body)]
    rows = [[Paragraph(h, styles.cell_head) for h in (translate("Assumption"), translate("Wrong if"), translate("Indicator to watch"))]]
    rows += [[cell(a.text, styles), cell(a.disproved_by, styles), cell(a.indicator, styles)] for a in plan.assumptions]
    return [table(rows, (170, 155, TEXT_WIDTH - 325))]


def _scenarios(plan: StrategyInFull, styles: MemoStyles) -> list[Flowable]:
    if not plan.scenarios:
        return [Paragraph(not_recorded(), styles.body)]
    rows = [[Paragraph(h, styles.cell_head) for h in (translate("Scenario"), translate("What happens"), translate("Warning signs"))]]
    for s in plan.scenarios:
        name = [Paragraph(f"<b>{para(word('scenario_kind', s.kind))}</b>", styles.cell_small), cell(s.title, styles)]
        rows.append([name, cell(s.description, styles), cell(s.warning_signs, styles)])
    return [table(rows, (120, 185, TEXT_WIDTH - 305))]


def _triggers(plan: StrategyInFull, styles: MemoStyles) -> list[Flowable]:
    if not plan.triggers:
        return [Paragraph(not_recorded(), styles.body)]
    rows = [[Paragraph(h, styles.cell_head) for h in (translate("Date"), translate("Trigger"), translate("Status"), translate("Note"))]]
    rows += [
        [cell(t.on_date, styles), cell(t.title, styles), Paragraph(para(word("trigger_status", t.status)), styles.cell_small), cell(t.note, styles)]
        for t in plan.triggers
    ]
    return [table(rows, (98, 142, 70, TEXT_WIDTH - 310))]


def _success(plan: StrategyInFull, styles: MemoStyles) -> list[Flowable]:
    if not plan.success:
        return [Paragraph(not_recorded(), styles.body)]
    rows = [[Paragraph(h, styles.cell_head) for h in (translate("Objective"), translate("Measure of success"))]]
    rows += [[cell(s.objective, styles), cell(s.measure, styles)] for s in plan.success]
    return [table(rows, (220, TEXT_WIDTH - 220))]


def _legal(plan: StrategyInFull, styles: MemoStyles) -> list[Flowable]:
    if not plan.legal:
        return [Paragraph(not_recorded(), styles.body)]
    rows = [[Paragraph(h, styles.cell_head) for h in (translate("No."), translate("Option"), translate("Legal basis"), translate("Consent"))]]
    rows += [[Paragraph(str(o.number), styles.cell_small), cell(o.title, styles), cell(o.legal_basis, styles), cell(o.consent, styles)] for o in plan.legal]
    return [table(rows, (26, 150, 160, TEXT_WIDTH - 336))]


def situations_like_this(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    """The cross-cutting findings (about situations, not tools) whose conditions this case is known
    to meet; they weigh on every option, so they sit with the situation."""
    reasons = content.context_reasons()
    if not reasons:
        body: list[Flowable] = [Paragraph(muted(para(translate("No cross-cutting finding is known to apply to this case."))), styles.body)]
    else:
        intro = Paragraph(para(translate("Findings of the reviewed studies about situations, not tools, whose conditions this case meets.")), styles.small)
        items = [f"{para(r.statement)} {muted('(' + para(citations_text(r)) + ')')}" for r in reasons]
        body = [intro, *bullets(items, styles)]
    return section(translate("What research says about situations like this"), styles, body)
