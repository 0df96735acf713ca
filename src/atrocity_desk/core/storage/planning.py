"""The planning layer's reads and edits (SPEC §2 step 7, §4 actors and groups), mixed into CaseFile.

Phases, decision points, assumptions, scenarios and dated triggers are rows of their own tables;
each edit goes through ``CaseFile._edit`` (one transaction with its audit row, latest revision
only) after the model and the vocabulary accepted the values. A phase's options (decision ids)
and the actor -> group links are remapped when a revision is copied.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import InvalidValue
from ..strategy import ActorTarget, Assumption, DecisionPoint, Phase, PhasePlan, Scenario, Strategy, TriggerDate
from .rows import plain_row, without
from .select import select_rows
from .values import mark_unknown, refuse_unknown

if TYPE_CHECKING:
    from .casefile import CaseFile

PlanItem = Phase | DecisionPoint | Assumption | Scenario | TriggerDate


@dataclass(frozen=True)
class PlanTable:
    name: str
    model: type
    noun: str  # for the audit log's action: "add phase"
    json_fields: tuple[str, ...] = ()


TABLES: dict[type, PlanTable] = {
    Phase: PlanTable("phases", Phase, "phase", ("options",)),
    DecisionPoint: PlanTable("decision_points", DecisionPoint, "decision point"),
    Assumption: PlanTable("assumptions", Assumption, "assumption"),
    Scenario: PlanTable("scenarios", Scenario, "scenario"),
    TriggerDate: PlanTable("trigger_dates", TriggerDate, "dated trigger"),
}
_BY_NAME = {t.name: t for t in TABLES.values()}


def item_from_row(table: PlanTable, row: dict[str, Any]) -> Any:
    data = mark_unknown(table.name, without(row, "revision_id"))
    for key in table.json_fields:
        data[key] = json.loads(data[key])
    return table.model(**data)


def item_row(table: PlanTable, item: Any) -> dict[str, Any]:
    row = item.model_dump(exclude={"id"} if item.id is None else set())
    for key in table.json_fields:
        if key in row:
            row[key] = json.dumps(row[key])
    return row


class PlanningMixin:
    """Reads and edits of the planning tables; ``self`` is a CaseFile."""

    # -- reads --

    def phases(self: CaseFile, revision_id: int) -> list[Phase]:
        return self._plan_rows(TABLES[Phase], "revision_id = ?", [revision_id])

    def decision_points(self: CaseFile, revision_id: int) -> list[DecisionPoint]:
        return self._plan_rows(
            TABLES[DecisionPoint], "phase_id IN (SELECT id FROM phases WHERE revision_id = ?)", [revision_id]
        )

    def assumptions(self: CaseFile, revision_id: int) -> list[Assumption]:
        return self._plan_rows(TABLES[Assumption], "revision_id = ?", [revision_id])

    def scenarios(self: CaseFile, revision_id: int) -> list[Scenario]:
        return self._plan_rows(TABLES[Scenario], "revision_id = ?", [revision_id])

    def trigger_dates(self: CaseFile, revision_id: int) -> list[TriggerDate]:
        return self._plan_rows(TABLES[TriggerDate], "revision_id = ?", [revision_id])

    def actor_targets(self: CaseFile, revision_id: int) -> list[ActorTarget]:
        rows = self.conn.execute(
            "SELECT t.actor_id, t.group_id FROM actor_targets t JOIN actors a ON a.id = t.actor_id "
            "WHERE a.revision_id = ? ORDER BY t.actor_id, t.group_id",
            (revision_id,),
        )
        return [ActorTarget(actor_id=a, group_id=g) for a, g in rows]

    def strategy(self: CaseFile, revision_id: int) -> Strategy:
        """The revision's whole strategy as one structured object (what the memo prints)."""
        revision = self.revision(revision_id)
        points = self.decision_points(revision_id)
        return Strategy(
            revision_id=revision_id,
            baseline=revision.baseline,
            baseline_etd=revision.baseline_etd,
            phases=[PhasePlan(phase=p, decision_points=[d for d in points if d.phase_id == p.id]) for p in self.phases(revision_id)],
            assumptions=self.assumptions(revision_id),
            scenarios=self.scenarios(revision_id),
            triggers=self.trigger_dates(revision_id),
            coalition=revision.coalition,
            transition_exit=revision.transition_exit,
            objectives=self.objectives(revision_id),
            options=self.decisions(revision_id),
        )

    # -- edits --

    def add_plan_item(self: CaseFile, revision_id: int, item: PlanItem) -> int:
        """Add a phase, decision point, assumption, scenario or dated trigger; returns its id.

        An item with an id (undo of a delete) comes back under that id and at its place."""
        table = TABLES[type(item)]
        row = item_row(table, item)
        refuse_unknown(table.name, row)
        self._refuse_foreign_links(revision_id, item)
        if item.id is None:
            row["position"] = max(item.position, self._next_position(table, revision_id, item))
        if not isinstance(item, DecisionPoint):
            row["revision_id"] = revision_id
        with self._edit(f"add {table.noun}", table.noun, None, plain_row(row), revision_id):
            new_id = self.db[table.name].insert(row).last_pk
        return int(new_id)

    def update_plan_item(self: CaseFile, table_name: str, item_id: int, **fields: Any) -> dict[str, Any]:
        """Change fields of a planning item; returns the previous values (for undo)."""
        from .casefile import _validated

        table = _BY_NAME[table_name]
        current = self._plan_item(table, item_id)
        updated = _validated(table.model, {**current.model_dump(), **fields})
        refuse_unknown(table.name, fields)
        revision_id = self._plan_revision(table, item_id)
        self._refuse_foreign_links(revision_id, updated)
        before = {k: getattr(current, k) for k in fields}
        with self._edit(f"update {table.noun}", f"{table.noun} {item_id}", before, fields, revision_id):
            self.db[table.name].update(item_id, item_row(table, updated.model_copy(update={"id": item_id})))
        return before

    def delete_plan_item(self: CaseFile, table_name: str, item_id: int) -> PlanItem:
        """Delete a planning item and return it (a phase goes with its decision points: the
        window deletes those first, so undo brings them back)."""
        table = _BY_NAME[table_name]
        current = self._plan_item(table, item_id)
        revision_id = self._plan_revision(table, item_id)
        with self._edit(f"delete {table.noun}", f"{table.noun} {item_id}", current.model_dump(), None, revision_id):
            self.db[table.name].delete(item_id)
        return current

    def set_actor_target(self: CaseFile, actor_id: int, group_id: int, targets: bool) -> bool:
        """Record (or remove) that ``actor_id`` targets the group ``group_id``; returns the previous state."""
        revision_id = self._revision_of("actors", actor_id)
        group = self.db["actors"].get(group_id)
        if group["revision_id"] != revision_id or group["kind"] != "group_at_risk" or actor_id == group_id:
            raise InvalidValue("An actor can only be linked to a group at risk of the same assessment.")
        link = {"actor_id": actor_id, "group_id": group_id}
        before = self.conn.execute(
            "SELECT 1 FROM actor_targets WHERE actor_id = ? AND group_id = ?", (actor_id, group_id)
        ).fetchone() is not None
        if before == targets:
            return before
        with self._edit("link actor to group" if targets else "unlink actor from group", f"actor {actor_id}",
                        link if before else None, link if targets else None, revision_id):
            if targets:
                self.db["actor_targets"].insert(link)
            else:
                self.conn.execute("DELETE FROM actor_targets WHERE actor_id = ? AND group_id = ?", (actor_id, group_id))
        return before

    def link_problems(self: CaseFile) -> list[str]:
        """Links that cross revisions or point at the wrong kind of row, as sentences (for check)."""
        problems = [
            f"actor_targets: actor {a} is linked to {g}, which is not a group at risk of its assessment"
            for a, g in self.conn.execute(
                "SELECT t.actor_id, t.group_id FROM actor_targets t JOIN actors a ON a.id = t.actor_id "
                "JOIN actors g ON g.id = t.group_id WHERE g.kind != 'group_at_risk' OR g.revision_id != a.revision_id"
            )
        ]
        for phase_id, revision_id, options in self.conn.execute("SELECT id, revision_id, options FROM phases ORDER BY id"):
            try:
                ids = json.loads(options)
            except ValueError:
                ids = None
            if not isinstance(ids, list):
                problems.append(f"phases, row {phase_id}, options: not a list of options")
                continue
            own = {r[0] for r in self.conn.execute("SELECT id FROM decisions WHERE revision_id = ?", (revision_id,))}
            problems += [f"phases, row {phase_id}, options: option {o} is not in its assessment" for o in ids if o not in own]
        return problems

    # -- copying into a new revision --

    def _copy_planning(self: CaseFile, old: int, new: int, decision_ids: dict[int, int], actor_ids: dict[int, int]) -> None:
        """Copy the planning rows of revision ``old`` into ``new`` (inside new_revision's edit)."""
        points = self.decision_points(old)
        for phase in self.phases(old):
            moved = phase.model_copy(update={"id": None, "options": [decision_ids[o] for o in phase.options if o in decision_ids]})
            phase_id = self.db["phases"].insert({"revision_id": new, **item_row(TABLES[Phase], moved)}).last_pk
            for point in (p for p in points if p.phase_id == phase.id):
                self.db["decision_points"].insert(item_row(TABLES[DecisionPoint], point.model_copy(update={"id": None, "phase_id": phase_id})))
        for kind in (Assumption, Scenario, TriggerDate):
            table = TABLES[kind]
            for item in self._plan_rows(table, "revision_id = ?", [old]):
                self.db[table.name].insert({"revision_id": new, **item_row(table, item.model_copy(update={"id": None}))})
        for link in self.actor_targets(old):
            if link.actor_id in actor_ids and link.group_id in actor_ids:
                self.db["actor_targets"].insert({"actor_id": actor_ids[link.actor_id], "group_id": actor_ids[link.group_id]})

    # -- internals --

    def _plan_rows(self: CaseFile, table: PlanTable, where: str, args: list[Any]) -> list[Any]:
        return [item_from_row(table, r) for r in select_rows(self.conn, table.name, where, args, order_by="position, id")]

    def _plan_item(self: CaseFile, table: PlanTable, item_id: int) -> Any:
        rows = list(select_rows(self.conn, table.name, "id = ?", [item_id]))
        if not rows:
            raise KeyError(item_id)
        return item_from_row(table, rows[0])

    def _plan_revision(self: CaseFile, table: PlanTable, item_id: int) -> int:
        if table.model is DecisionPoint:
            return self._revision_of("phases", self._plan_item(table, item_id).phase_id)
        return self._revision_of(table.name, item_id)

    def _next_position(self: CaseFile, table: PlanTable, revision_id: int, item: Any) -> int:
        if isinstance(item, DecisionPoint):
            where, arg = "phase_id = ?", item.phase_id
        else:
            where, arg = "revision_id = ?", revision_id
        last = self.conn.execute(f"SELECT MAX(position) FROM {table.name} WHERE {where}", (arg,)).fetchone()[0]  # noqa: S608
        return 0 if last is None else last + 1

    def _refuse_foreign_links(self: CaseFile, revision_id: int, item: Any) -> None:
        """A phase uses options of its own revision; a decision point belongs to one of its phases."""
        if isinstance(item, Phase):
            own = {d.id for d in self.decisions(revision_id)}
            if any(o not in own for o in item.options):
                raise InvalidValue("A phase can only use options recorded in the same assessment.")
        if isinstance(item, DecisionPoint):
            phase = self.db["phases"].get(item.phase_id) if self._exists("phases", item.phase_id) else None
            if phase is None or phase["revision_id"] != revision_id:
                raise InvalidValue("A decision point belongs to a phase of the same assessment.")

    def _exists(self: CaseFile, table: str, row_id: int) -> bool:
        return self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None  # noqa: S608
