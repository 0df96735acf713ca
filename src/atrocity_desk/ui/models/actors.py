"""Actors, groups, triggers and resilience factors of one kind, as a table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.models import Actor
from .table import Column, RowTableModel

TYPE_SHORT = {"state": QT_TRANSLATE_NOOP("ActorTableModel", "State"), "non_state": QT_TRANSLATE_NOOP("ActorTableModel", "Non-state"),
              "external": QT_TRANSLATE_NOOP("ActorTableModel", "External"), "": "—"}

_NAME = Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda a: a.name)
_TYPE = Column(QT_TRANSLATE_NOOP("Column", "Type"), lambda a: QCoreApplication.translate("ActorTableModel", TYPE_SHORT.get(a.actor_type, a.actor_type)))
_NOTES = Column(QT_TRANSLATE_NOOP("Column", "Notes"), lambda a: a.notes)

COLUMNS_BY_KIND: dict[str, list[Column]] = {
    "perpetrator": [
        _NAME,
        _TYPE,
        Column(QT_TRANSLATE_NOOP("Column", "Motive"), lambda a: a.motive),
        Column(QT_TRANSLATE_NOOP("Column", "Means"), lambda a: a.means),
        Column(QT_TRANSLATE_NOOP("Column", "Opportunity"), lambda a: a.opportunity),
        _NOTES,
    ],
    # "Targets" is added by the model: it reads the actor -> group links.
    "enabler": [_NAME, _TYPE, Column(QT_TRANSLATE_NOOP("Column", "What they supply"), lambda a: a.means), _NOTES],
    "group_at_risk": [
        _NAME,
        Column(QT_TRANSLATE_NOOP("Column", "Where"), lambda a: a.location),
        Column(QT_TRANSLATE_NOOP("Column", "How many"), lambda a: a.population),
        Column(QT_TRANSLATE_NOOP("Column", "Displaced"), lambda a: a.displaced),
        Column(QT_TRANSLATE_NOOP("Column", "Risks to women and children"), lambda a: a.women_children_risks),
        _NOTES,
    ],
    "protector": [_NAME, _TYPE, _NOTES],
    "trigger": [Column(QT_TRANSLATE_NOOP("Column", "Trigger or accelerant"), lambda a: a.name), Column(QT_TRANSLATE_NOOP("Column", "What to watch"), lambda a: a.notes)],
    "resilience": [Column(QT_TRANSLATE_NOOP("Column", "Resilience factor"), lambda a: a.name), _NOTES],
}


class ActorTableModel(RowTableModel[Actor]):
    """The actors of one kind in the latest revision, in their recorded order."""

    def __init__(self, kind: str, parent=None):  # noqa: ANN001
        super().__init__((), parent)
        self.kind = kind
        self._targets: dict[int, str] = {}
        self.columns = list(COLUMNS_BY_KIND[kind])
        if kind == "perpetrator":
            self.columns.insert(2, Column(QT_TRANSLATE_NOOP("Column", "Targets"), lambda a: self._targets.get(a.id, "")))

    def set_actors(self, actors: list[Actor], targets: dict[int, str] | None = None) -> None:
        """The actors of this kind; ``targets``: actor id -> the names of the groups it targets."""
        self._targets = dict(targets or {})
        self.set_rows([a for a in actors if a.kind == self.kind])
