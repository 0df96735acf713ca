"""Where the actors listed contradict an answered factor (SPEC §4): the planner is told, never blocked.

Only an answered factor is compared (unknown is not no), and only key actors whose type is
recorded count: an untyped key actor could be the missing one, so nothing is said then.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Actor

# perpetrator_type's value -> the actor types the key actors must include.
_PERPETRATOR_TYPES: dict[str, tuple[str, ...]] = {
    "state": ("state",),
    "non_state": ("non_state",),
    "both": ("state", "non_state"),
}


@dataclass(frozen=True)
class ActorContradiction:
    """An answered factor and the actor types the listed key actors lack."""

    factor: str  # factor id, e.g. "perpetrator_type"
    answered: str  # the factor's value
    missing_types: tuple[str, ...]  # actor types none of the key actors has
    listed_types: tuple[str, ...]  # the types the key actors do have, in order of first listing


def actor_contradictions(actors: list[Actor], answers: dict[str, str | None]) -> list[ActorContradiction]:
    """Each contradiction between the key actors listed and the factor answers."""
    key_actors = [a for a in actors if a.kind == "perpetrator"]
    if not key_actors or any(not a.actor_type for a in key_actors):
        return []
    listed = tuple(dict.fromkeys(str(a.actor_type) for a in key_actors))
    answered = answers.get("perpetrator_type")
    wanted = _PERPETRATOR_TYPES.get(answered or "", ())
    missing = tuple(t for t in wanted if t not in listed)
    if not missing:
        return []
    return [ActorContradiction("perpetrator_type", str(answered), missing, listed)]
