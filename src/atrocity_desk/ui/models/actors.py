"""Actors, groups, triggers and resilience factors of one kind, as a table."""

from __future__ import annotations

from ...core.models import Actor
from .table import Column, RowTableModel

TYPE_SHORT = {"state": "State", "non_state": "Non-state", "external": "External", "": "—"}

_NAME = Column("Name", lambda a: a.name)
_TYPE = Column("Type", lambda a: TYPE_SHORT.get(a.actor_type, a.actor_type))
_NOTES = Column("Notes", lambda a: a.notes)

COLUMNS_BY_KIND: dict[str, list[Column]] = {
    "perpetrator": [
        _NAME,
        _TYPE,
        Column("Motive", lambda a: a.motive),
        Column("Means", lambda a: a.means),
        Column("Opportunity", lambda a: a.opportunity),
        _NOTES,
    ],
    # "Targets" is added by the model: it reads the actor -> group links.
    "enabler": [_NAME, _TYPE, Column("What they supply", lambda a: a.means), _NOTES],
    "group_at_risk": [
        _NAME,
        Column("Where", lambda a: a.location),
        Column("How many", lambda a: a.population),
        Column("Displaced", lambda a: a.displaced),
        Column("Risks to women and children", lambda a: a.women_children_risks),
        _NOTES,
    ],
    "protector": [_NAME, _TYPE, _NOTES],
    "trigger": [Column("Trigger or accelerant", lambda a: a.name), Column("What to watch", lambda a: a.notes)],
    "resilience": [Column("Resilience factor", lambda a: a.name), _NOTES],
}


class ActorTableModel(RowTableModel[Actor]):
    """The actors of one kind in the latest revision, in their recorded order."""

    def __init__(self, kind: str, parent=None):  # noqa: ANN001
        super().__init__((), parent)
        self.kind = kind
        self._targets: dict[int, str] = {}
        self.columns = list(COLUMNS_BY_KIND[kind])
        if kind == "perpetrator":
            self.columns.insert(2, Column("Targets", lambda a: self._targets.get(a.id, "")))

    def set_actors(self, actors: list[Actor], targets: dict[int, str] | None = None) -> None:
        """The actors of this kind; ``targets``: actor id -> the names of the groups it targets."""
        self._targets = dict(targets or {})
        self.set_rows([a for a in actors if a.kind == self.kind])
