"""Row mapping: models to the rows of db/schema.sql and back.

Reading goes through ``values.mark_unknown``, so a value the vocabulary does not know reaches the
models as ``Unrecognised`` instead of failing their validation.
"""

from __future__ import annotations

import json
from typing import Any

from ..models import Actor, Decision, DesignAnswer, Judgment, Objective, Revision
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
    data = mark_unknown("revisions", row)
    data["baseline_etd"] = mark_etd(json.loads(data["baseline_etd"]))
    return Revision(**data)


def revision_row(revision: Revision, only: dict[str, Any] | None = None) -> Row:
    """The revision as a row (without its id); the baseline's EtD judgments as JSON text."""
    row = revision.model_dump(exclude={"id"})
    row["baseline_etd"] = json.dumps(row["baseline_etd"], sort_keys=True, ensure_ascii=False)
    return {k: v for k, v in row.items() if only is None or k in only}


def judgment_from_row(row: Row) -> Judgment:
    marked = mark_unknown("judgments", row)
    return Judgment(**{k: marked[k] for k in Judgment.model_fields})


def design_answer_from_row(row: Row) -> DesignAnswer:
    marked = mark_unknown("design_answers", row)
    return DesignAnswer(**{k: marked[k] for k in DesignAnswer.model_fields})


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
