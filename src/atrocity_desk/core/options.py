"""What the window and the memo say alike about the options of a revision: their numbers, and the
evidence fit each one is read against.

Numbers follow ``option_order``'s one rule (status groups, then the planner's order), from 1,
counted over every option; the *no new action* baseline is option 0. A memo that leaves some
statuses out keeps the numbers, so an option is "option 4" in the window, in every memo and in the
meeting.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .evidence import EvidenceBase
from .fit import FamilyFit, FitResult, evidence_fit
from .models import Decision
from .option_order import numbered_options

BASELINE_NUMBER = 0


def option_numbers(decisions: Iterable[Decision]) -> dict[int | None, int]:
    """Decision id -> number, as the Decisions page and the memo show it."""
    return {d.id: n for n, d in numbered_options(list(decisions))}


def option_fit(
    decision: Decision,
    fit: FitResult,
    answers: Mapping[str, str | None],
    evidence: EvidenceBase,
    design: Mapping[str, str | None] | None = None,
) -> FamilyFit | None:
    """The evidence fit an option is read against: its family's fit for this case, read with the
    option's own design (``design``: property id -> value, None unknown) when it records one. None when the family is unknown.

    The one place that asks for an option's fit, so the per-option fit can replace it here."""
    try:
        if design:
            return evidence_fit(answers, evidence, design=design).family(decision.family)
        return fit.family(decision.family)
    except KeyError:
        return None
