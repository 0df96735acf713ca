"""One difference between two revisions, as the Revisions page lists it (area, item, before, after)."""

from __future__ import annotations

from dataclasses import dataclass

ABSENT = "—"


@dataclass(frozen=True)
class Change:
    area: str  # the planner's word for what changed: "Situation factor", "Décision", ...
    item: str
    before: str
    after: str
    # What changed, as an id the code reads (the area is words, in the planner's language).
    kind: str = ""  # "factor", "indicator", "decision", or "" for the rest

    @property
    def is_judgment(self) -> bool:
        return self.kind in ("factor", "indicator")

    @property
    def is_decision(self) -> bool:
        return self.kind == "decision"
