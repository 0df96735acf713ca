"""What the window and the memo say alike about the options of a revision: their numbers, and the
evidence fit each one is read against.

Numbers follow the planner's order of the options (the order of the Decisions page), from 1; the
*no new action* baseline is option 0. A memo that leaves some statuses out keeps the numbers, so an
option is "option 4" in the window, in every memo and in the meeting.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .evidence import EvidenceBase
from .fit import FamilyFit, FitResult, evidence_fit
from .models import Decision

BASELINE_NUMBER = 0


def option_numbers(decisions: Iterable[Decision]) -> dict[int | None, int]:
    """Decision id -> number, in the planner's order (position, then id), from 1."""
    ordered = sorted(decisions, key=lambda d: (d.position, d.id or 0))
    return {d.id: n for n, d in enumerate(ordered, start=1)}


def option_fit(
    decision: Decision,
    fit: FitResult,
    answers: Mapping[str, str | None],
    evidence: EvidenceBase,
) -> FamilyFit | None:
    """The evidence fit an option is read against: its family's fit for this case, read with the
    option's own design when it records one (SPEC §2 step 6). None when the family is unknown.

    The one place that asks for an option's fit, so the per-option fit can replace it here."""
    design = getattr(decision, "design", None)
    try:
        if design:
            return evidence_fit(answers, evidence, design=design).family(decision.family)
        return fit.family(decision.family)
    except KeyError:
        return None
