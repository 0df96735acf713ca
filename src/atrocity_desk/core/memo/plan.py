"""The strategy in full, for the annex (SPEC §2 step 7), format-neutral: every phase with its
decision points, every assumption with what would prove it wrong and the indicator that would
show it, every scenario, the whole trigger calendar, the measures of success per objective, and
the legal basis and consent per option. The body's half page (``parts.Strategy``) picks from this;
the PDF and Word annexes lay it out. Empty planner fields stay "" (renderers write "not recorded").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..vocabulary import SCENARIO_KINDS, is_unrecognised
from .content import MemoContent
from .parts import AssumptionLine, PhaseLine, ScenarioLine, TriggerLine, assumption_line, phase_lines, scenario_line, trigger_line


@dataclass(frozen=True)
class SuccessLine:
    objective: str
    measure: str


@dataclass(frozen=True)
class LegalLine:
    number: int  # the window's option number
    title: str
    legal_basis: str
    consent: str


@dataclass(frozen=True)
class StrategyInFull:
    baseline: str
    phases: list[PhaseLine]
    assumptions: list[AssumptionLine]
    scenarios: list[ScenarioLine]  # most likely, most dangerous, then the others
    triggers: list[TriggerLine]  # every dated trigger, by date (an unreadable date last)
    success: list[SuccessLine]
    legal: list[LegalLine]  # every option in the memo, by number
    coalition: str
    transition_exit: str


def strategy_in_full(content: MemoContent) -> StrategyInFull:
    plan = content.plan
    order = {kind: index for index, kind in enumerate(SCENARIO_KINDS)}
    scenarios = sorted(plan.scenarios, key=lambda s: order.get(s.kind, len(order)))
    triggers = sorted(plan.triggers, key=lambda t: (is_unrecognised(t.on_date), str(t.on_date), t.position))
    return StrategyInFull(
        baseline=plan.baseline.strip(),
        phases=phase_lines(content),
        assumptions=[assumption_line(a) for a in plan.assumptions],
        scenarios=[scenario_line(s) for s in scenarios],
        triggers=[trigger_line(t) for t in triggers],
        success=[SuccessLine(o.text.strip(), o.success_measure.strip()) for o in content.objectives],
        legal=[
            LegalLine(number, content.option_title(d), d.legal_basis.strip(), d.consent.strip())
            for number, d in content.numbered_options()
        ],
        coalition=plan.coalition.strip(),
        transition_exit=plan.transition_exit.strip(),
    )
