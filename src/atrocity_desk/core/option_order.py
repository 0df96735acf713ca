"""The order and the numbers of the options, one rule for the memo and the Decisions page.

The memo cites options by number ("option 3"); the Decisions page shows the same numbers, so a
planner reading one finds the option in the other. Numbers follow the order of the statuses, then
the planner's own order within a status; they are never a rank.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from .vocabulary import is_unrecognised

# What we recommend, then what is already being done (the recommended options build on it), then
# what was weighed and held, then what was turned down.
MEMO_STATUS_ORDER: tuple[str, ...] = ("recommended", "in_place", "considered", "rejected")


class _HasStatus(Protocol):
    status: str


D = TypeVar("D", bound=_HasStatus)


def options_by_status(decisions: Sequence[D], statuses: Sequence[str] = MEMO_STATUS_ORDER) -> list[tuple[str, list[D]]]:
    """(status, decisions) in memo order, only the statuses asked for and only those with options.

    Options whose stored status this version does not know come last, never dropped."""
    groups = []
    for status in MEMO_STATUS_ORDER:
        if status in statuses:
            chosen = [d for d in decisions if d.status == status]
            if chosen:
                groups.append((status, chosen))
    unrecognised = [d for d in decisions if is_unrecognised(d.status)]
    if unrecognised:
        groups.append((unrecognised[0].status, unrecognised))
    return groups


def numbered_options(decisions: Sequence[D], statuses: Sequence[str] = MEMO_STATUS_ORDER) -> list[tuple[int, D]]:
    """Every option with its number, in memo order (numbers from 1)."""
    ordered = [d for _, group in options_by_status(decisions, statuses) for d in group]
    return list(enumerate(ordered, start=1))
