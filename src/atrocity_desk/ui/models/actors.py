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
    "group_at_risk": [_NAME, _NOTES],
    "protector": [_NAME, _TYPE, _NOTES],
    "trigger": [Column("Trigger or accelerant", lambda a: a.name), Column("What to watch", lambda a: a.notes)],
    "resilience": [Column("Resilience factor", lambda a: a.name), _NOTES],
}


class ActorTableModel(RowTableModel[Actor]):
    """The actors of one kind in the latest revision, in their recorded order."""

    def __init__(self, kind: str, parent=None):  # noqa: ANN001
        super().__init__((), parent)
        self.kind = kind
        self.columns = COLUMNS_BY_KIND[kind]

    def set_actors(self, actors: list[Actor]) -> None:
        self.set_rows([a for a in actors if a.kind == self.kind])
