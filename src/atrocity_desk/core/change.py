"""One difference between two revisions, as the Revisions page lists it (area, item, before, after)."""

from __future__ import annotations

from dataclasses import dataclass

ABSENT = "—"


@dataclass(frozen=True)
class Change:
    area: str  # "Situation factor", "Risk-factor indicator", "Decision", ...
    item: str
    before: str
    after: str

    @property
    def is_judgment(self) -> bool:
        return self.area in ("Situation factor", "Risk-factor indicator")

    @property
    def is_decision(self) -> bool:
        return self.area == "Decision"
