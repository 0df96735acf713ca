"""Which stored values the vocabulary knows: one rule per (table, field), used three ways.

* on write, ``refuse_unknown`` raises InvalidValue before anything is written;
* on read, ``mark_unknown`` turns each value the vocabulary does not know into ``Unrecognised``,
  so the rest of the program reads it as unknown and shows it as unrecognised;
* ``unknown_values`` lists every such value in the file, in every revision, for ``check``.

An ``Unrecognised`` value came from this file: writing it back (undo, a copied revision, an edit
of another field of the same row) keeps what was stored and is not refused.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..errors import InvalidValue
from ..models import ETD_RATINGS
from ..vocabulary import (
    ACTOR_KIND_IDS,
    DECISION_STATUSES,
    ETD_CRITERIA,
    FAMILY_IDS,
    PHASE_KINDS,
    POINT_DIRECTIONS,
    SCENARIO_KINDS,
    TRIGGER_STATUSES,
    Unrecognised,
    is_unrecognised,
)

Row = dict[str, Any]
PLANNING_TABLES = ("phases", "decision_points", "scenarios", "trigger_dates")
# Whether ``value`` is known, given the whole row (a factor's values depend on which factor).
Rule = Callable[[Any, Row], bool]


@dataclass(frozen=True)
class UnknownStoredValue:
    """A stored value the vocabulary does not know: where it is and what it says."""

    table: str
    row: str  # the row's id, or "revision 2, factor phase" for a judgment
    field: str
    value: str

    def sentence(self) -> str:
        return f"{self.table}, {self.row}, {self.field}: unrecognised value {self.value!r}"


@lru_cache(maxsize=1)
def _factor_values() -> dict[str, frozenset[str]]:
    from ..checklist import load_factor_vocabulary

    return {f.id: frozenset(f.value_ids()) for f in load_factor_vocabulary().factors.values()}


@lru_cache(maxsize=1)
def _indicator_ids() -> frozenset[str]:
    from ..checklist import load_checklist

    return frozenset(i.id for rf in load_checklist().risk_factors for i in rf.indicators)


@lru_cache(maxsize=1)
def _tools_by_family() -> dict[str, frozenset[str]]:
    from ..evidence import load_evidence

    tools: dict[str, set[str]] = {}
    for tool in load_evidence().tools:
        if tool.family:
            tools.setdefault(tool.family, set()).add(tool.id)
    return {family: frozenset(ids) for family, ids in tools.items()}


@lru_cache(maxsize=1)
def _design_values() -> dict[str, frozenset[str]]:
    from ..checklist import load_factor_vocabulary

    return {d.id: frozenset(d.value_ids()) for d in load_factor_vocabulary().design.values()}


def design_properties_of(family: str) -> frozenset[str]:
    """The design properties read for options of ``family`` (SPEC §4)."""
    from ..checklist import load_factor_vocabulary

    return frozenset(d.id for d in load_factor_vocabulary().design.values() if family in d.families)


def _design_value(value: Any, row: Row) -> bool:
    return value is None or value in _design_values().get(row.get("property"), ())


def _is_iso_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _judgment_item(value: Any, row: Row) -> bool:
    if row.get("kind") == "factor":
        return value in _factor_values()
    return value in _indicator_ids()


def _judgment_value(value: Any, row: Row) -> bool:
    if value is None:
        return True  # unknown: a legitimate answer
    if row.get("kind") == "factor":
        return value in _factor_values().get(row.get("item"), ())
    return value in ("present", "absent")


def _tool(value: Any, row: Row) -> bool:
    return value is None or value in _tools_by_family().get(row.get("family"), ())


def _one_of(*allowed: Any) -> Rule:
    return lambda value, row: value in allowed


RULES: dict[str, dict[str, Rule]] = {
    "revisions": {
        "assessed_on": lambda value, row: _is_iso_date(value),
        "meeting_date": lambda value, row: value == "" or _is_iso_date(value),  # "": no date set
    },
    "judgments": {
        "kind": _one_of("factor", "indicator"),
        "item": _judgment_item,
        "value": _judgment_value,
        "confidence": _one_of(None, "low", "medium", "high"),
    },
    "actors": {
        "kind": lambda value, row: value in ACTOR_KIND_IDS,
        "actor_type": _one_of("", "state", "non_state", "external"),
    },
    "design_answers": {
        "property": lambda value, row: value in _design_values(),
        "value": _design_value,
        "confidence": _one_of(None, "low", "medium", "high"),
    },
    "decisions": {
        "family": lambda value, row: value in FAMILY_IDS,
        "tool": _tool,
        "status": lambda value, row: value in DECISION_STATUSES,
    },
    "phases": {"kind": lambda value, row: value in PHASE_KINDS},
    "decision_points": {"direction": lambda value, row: value in POINT_DIRECTIONS},
    "scenarios": {"kind": lambda value, row: value in SCENARIO_KINDS},
    "trigger_dates": {
        "on_date": lambda value, row: _is_iso_date(value),
        "status": lambda value, row: value in TRIGGER_STATUSES,
    },
}
# Tables whose EtD frame is stored as JSON text: {criterion: {rating, reason}}.
_ETD_COLUMNS = {"decisions": "etd", "revisions": "baseline_etd"}
# The evidence-to-decision frame is stored as JSON in decisions.etd: {criterion: {rating, reason}}.
_ETD_RATINGS = frozenset(("", *ETD_RATINGS))


# --- write: refuse ----------------------------------------------------------------------------


def refuse_unknown(table: str, row: Row) -> None:
    """Raise InvalidValue for the first value of ``row`` the vocabulary does not know."""
    for problem in _row_problems(table, row, "new value"):
        raise InvalidValue(f"{problem.field} cannot be {problem.value!r}: that is not a value Atrocity Desk knows.")


def _row_problems(table: str, row: Row, where: str) -> list[UnknownStoredValue]:
    problems = [
        UnknownStoredValue(table, where, field, str(row[field]))
        for field, known in RULES.get(table, {}).items()
        if field in row and not is_unrecognised(row[field]) and not known(row[field], row)
    ]
    column = _ETD_COLUMNS.get(table)
    if column in row:
        problems += [UnknownStoredValue(table, where, f"{column} {c}", str(v)) for c, v in _etd_problems(row[column])]
    return problems


def _etd_problems(etd: Any) -> list[tuple[str, Any]]:
    """(criterion, value) pairs of an EtD frame (dict, or its stored JSON) the vocabulary lacks."""
    if isinstance(etd, str):
        try:
            etd = json.loads(etd)
        except ValueError:
            return [("frame", etd)]
    if not isinstance(etd, dict):
        return [("frame", etd)]
    problems: list[tuple[str, Any]] = []
    for criterion, judged in etd.items():
        if criterion not in ETD_CRITERIA and not is_unrecognised(criterion):
            problems.append(("criterion", criterion))
            continue
        rating = judged.get("rating", "") if isinstance(judged, dict) else getattr(judged, "rating", judged)
        if rating not in _ETD_RATINGS and not is_unrecognised(rating):
            problems.append((str(criterion), rating))
    return problems


# --- read: mark -------------------------------------------------------------------------------


def mark_unknown(table: str, row: Row) -> Row:
    """``row`` with each value the vocabulary does not know wrapped as Unrecognised."""
    marked = dict(row)
    for field, known in RULES.get(table, {}).items():
        value = marked.get(field)
        if field in marked and value is not None and not known(value, row):
            marked[field] = Unrecognised(value)
    return marked


def mark_etd(etd: Any) -> dict[str, Any]:
    """The decoded EtD frame with unknown criteria and ratings wrapped as Unrecognised."""
    marked: dict[str, Any] = {}
    if not isinstance(etd, dict):
        return marked  # check names the damaged frame
    for criterion, judged in etd.items():
        judged = dict(judged) if isinstance(judged, dict) else {"rating": str(judged)}
        if judged.get("rating", "") not in _ETD_RATINGS:
            judged["rating"] = Unrecognised(str(judged["rating"]))
        key = criterion if criterion in ETD_CRITERIA else Unrecognised(criterion)
        marked[key] = judged
    return marked


# --- check: list ------------------------------------------------------------------------------


def unknown_values(conn: sqlite3.Connection) -> list[UnknownStoredValue]:
    """Every stored value the vocabulary does not know, in every revision."""
    found: list[UnknownStoredValue] = []
    for table in ("revisions", "judgments", "actors", "decisions", "design_answers", *PLANNING_TABLES):
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")  # noqa: S608 - fixed names
        columns = [c[0] for c in cursor.description]
        for values in cursor:
            row = dict(zip(columns, values))
            found += _row_problems(table, row, _where(table, row))
    return found


def _where(table: str, row: Row) -> str:
    if table == "judgments":
        return f"revision {row['revision_id']}, {row['kind']} {row['item']}"
    if table == "design_answers":
        return f"option {row['decision_id']}, design {row['property']}"
    return f"row {row['id']}"
