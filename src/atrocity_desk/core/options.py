"""What the window and the memo say alike about the options of a revision: their numbers, and the
evidence fit each one is read against (``option_fit``'s, by decision id).

Numbers follow ``option_order``'s one rule (status groups, then the planner's order), from 1,
counted over every option; the *no new action* baseline is option 0. A memo that leaves some
statuses out keeps the numbers, so an option is "option 4" in the window, in every memo and in the
meeting.
"""

from __future__ import annotations

from collections.abc import Iterable

from .fit import FamilyFit
from .models import Decision
from .option_fit import CaseFit
from .option_order import numbered_options

BASELINE_NUMBER = 0


def option_numbers(decisions: Iterable[Decision]) -> dict[int | None, int]:
    """Decision id -> number, as the Decisions page and the memo show it."""
    return {d.id: n for n, d in numbered_options(list(decisions))}


def option_readings(fits: CaseFit) -> dict[int | None, FamilyFit | None]:
    """Decision id -> the fit that option is read against: ``option_fit.case_fit``'s reading of it
    (situation and the option's design), the one the Decisions page and ``fit`` show; None when
    the evidence base does not know its family. The memo's grid, boxes and draft read this, so
    window, command line and memo cannot differ."""
    return {o.id: o.reading.fit if o.reading is not None else None for o in fits.options}
