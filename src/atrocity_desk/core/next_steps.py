"""What the planner could do next on a case, and the decisions at a glance (the Overview, issue 17).

Each step is structured (what, how many, and the workflow step where it is done, named by the id
of the page that does it); the words are made by ``vocabulary.next_step_words``. Unknown answers
count as unanswered: they are what a next step is for.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .checklist import Checklist
from .models import Decision, Judgment, Objective, Revision
from .option_order import MEMO_STATUS_ORDER


@dataclass(frozen=True)
class NextStep:
    kind: str  # factors_unanswered | indicators_unknown | no_objectives | no_options |
    #            options_without_judgments | no_bottom_line
    count: int  # how many things it concerns (1 for a missing bottom line)
    target: str  # where it is done: "situation", "risk_factors", "aim", "toolbox", "decisions", "memo"


def next_steps(
    checklist: Checklist,
    factors: dict[str, Judgment],
    indicators: dict[str, Judgment],
    objectives: Sequence[Objective],
    decisions: Sequence[Decision],
    revision: Revision,
) -> list[NextStep]:
    """The steps still open, in the order of the workflow (SPEC §2)."""
    steps: list[NextStep] = []
    unanswered = sum(1 for g in checklist.factor_groups for f in g.factors if f.id not in factors or factors[f.id].unknown)
    if unanswered:
        steps.append(NextStep("factors_unanswered", unanswered, "situation"))
    unknown = sum(
        1 for rf in checklist.risk_factors for i in rf.indicators if i.id not in indicators or indicators[i.id].value is None
    )
    if unknown:
        steps.append(NextStep("indicators_unknown", unknown, "risk_factors"))
    if not objectives:
        steps.append(NextStep("no_objectives", 1, "aim"))
    if not decisions:
        steps.append(NextStep("no_options", 1, "toolbox"))
    unjudged = sum(1 for d in decisions if not any(j.rating for j in d.etd.values()))
    if unjudged:
        steps.append(NextStep("options_without_judgments", unjudged, "decisions"))
    if not revision.bottom_line.strip():
        steps.append(NextStep("no_bottom_line", 1, "memo"))
    return steps


def options_per_status(decisions: Sequence[Decision]) -> list[tuple[str, int]]:
    """(status, number of options) in memo order, statuses with no option left out."""
    counts = Counter(d.status for d in decisions)
    return [(s, counts[s]) for s in MEMO_STATUS_ORDER if counts[s]]
