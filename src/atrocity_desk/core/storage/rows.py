"""Row mapping: models to the rows of db/schema.sql and back.

Reading goes through ``values.mark_unknown``, so a value the vocabulary does not know reaches the
models as ``Unrecognised`` instead of failing their validation.
"""

from __future__ import annotations

import json
from typing import Any

from ..models import Actor, Decision, Judgment, Objective, Revision
from ..packs import StoredPack
from .values import mark_etd, mark_unknown

Row = dict[str, Any]

# Decision fields stored as JSON text.
_JSON_FIELDS = ("objectives", "findings_weighed", "etd")


def without(row: Row, *keys: str) -> Row:
    return {k: v for k, v in row.items() if k not in keys}


def plain(value: Any) -> Any:
    """Models and containers of models as JSON-ready data (for the audit log)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if hasattr(value, "model_dump"):
        return value.model_dump()
    return value


def plain_row(row: Row) -> Row:
    return {k: plain(v) for k, v in row.items()}


def revision_from_row(row: Row) -> Revision:
    return Revision(**mark_unknown("revisions", row))


def judgment_from_row(row: Row) -> Judgment:
    marked = mark_unknown("judgments", row)
    return Judgment(**{k: marked[k] for k in Judgment.model_fields})


def actor_from_row(row: Row) -> Actor:
    return Actor(**mark_unknown("actors", without(row, "revision_id")))


def objective_from_row(row: Row) -> Objective:
    return Objective(**without(row, "revision_id"))


def decision_row(decision: Decision, only: dict[str, Any] | None = None) -> Row:
    row = decision.model_dump(exclude={"id"})
    for key in _JSON_FIELDS:
        row[key] = json.dumps(row[key], sort_keys=True, ensure_ascii=False)
    if decision.id is not None and only is None:
        row["id"] = decision.id
    return {k: v for k, v in row.items() if only is None or k in only}


def decision_from_row(row: Row) -> Decision:
    data = mark_unknown("decisions", without(row, "revision_id"))
    for key in _JSON_FIELDS:
        data[key] = json.loads(data[key])
    data["etd"] = mark_etd(data["etd"])
    return Decision(**data)


def pack_row(stored: StoredPack) -> dict[str, Any]:
    row = stored.model_dump(exclude={"text"})
    return {**row, "yaml": stored.text, "enabled": int(stored.enabled), "allow_lift": int(stored.allow_lift)}


def pack_from_row(row: dict[str, Any]) -> StoredPack:
    fields = {k: row[k] for k in ("id", "title", "author", "date", "hash")}
    return StoredPack(**fields, text=row["yaml"], enabled=bool(row["enabled"]), allow_lift=bool(row["allow_lift"]))
