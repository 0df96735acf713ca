"""The bundled example case (resources/example/example_case.yaml), written through the storage API.

The first revision is written in full: its fields, ``factors``, ``indicators``, ``actors``,
``objectives`` and ``decisions``. A later revision starts, as a planner's reassessment does, as a
copy of the one before (``CaseFile.new_revision``) and lists only what changed:

- ``factors`` and ``indicators``: answers set in this revision (``value: null`` is unknown again);
- ``add_actors``, ``add_objectives``, ``add_decisions``: appended after the copied ones;
- ``update_actors`` (matched by ``name``; ``new_name`` renames) and ``update_decisions`` (matched
  by ``title``; ``new_title`` renames): the fields given replace the copied ones, and a decision's
  ``etd`` entries are merged into its judgments criterion by criterion;
- revision fields (``label``, ``end_state``, ``bottom_line``, ``risk_estimate``...) when given.

Actors may name the groups at risk they target (``targets``, by name). Objectives are texts, or
``{text, success_measure}``. ``strategy`` is the shape of ``strategy_input`` (phases name their
options by title); in a later revision its texts replace the copied ones and its lists are
appended, and ``update_triggers`` (matched by ``title``) changes a copied trigger's status or note.

Decisions name their objectives by number: 1 is the first objective of the revision being
written, copied ones first. Anything that does not fit raises DataFileError naming the file, the
revision and the entry, and no case file is left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .checklist import Checklist, load_checklist
from .datafiles import DataFileError, load_yaml, resource_root, validation_problems
from .evidence import load_evidence
from .errors import InvalidValue
from .models import Actor, CaseMeta, Decision, DesignAnswer, EtdJudgment, Judgment, Objective
from .storage import CaseFile
from .strategy_input import StrategyInputError, parse_strategy, write_strategy

FILE_NAME = "example_case.yaml"
_REVISION_FIELDS = (
    "label",
    "created_by",
    "end_state",
    "bottom_line",
    "risk_estimate",
    "risk_estimate_source",
    "risk_estimate_date",
    "situation_now",
    "decision_requested",
    "meeting",
    "meeting_date",
)
_COMMON_KEYS = {"assessed_on", *_REVISION_FIELDS, "factors", "indicators", "strategy"}
_FIRST_KEYS = _COMMON_KEYS | {"actors", "objectives", "decisions"}
_CHANGE_KEYS = _COMMON_KEYS | {
    "add_actors",
    "update_actors",
    "add_objectives",
    "add_decisions",
    "update_decisions",
    "update_triggers",
}
_INDICATOR_VALUES = ("present", "absent")


def example_data() -> dict[str, Any]:
    return load_yaml(resource_root() / "example" / FILE_NAME)


def _started_on(revision_data: dict) -> str:
    return f"{revision_data['assessed_on']}T09:00:00+00:00"


def write_example_case(path: str | Path) -> CaseFile:
    """Create the example case at ``path`` and return it open."""
    data = example_data()
    revisions = _revision_list(data)
    meta = _validated(CaseMeta, {**(data.get("case") or {}), "evidence_version": load_evidence().version}, "case")
    # Each revision started on its assessment day (the story's timeline), not when this file was written.
    case = CaseFile.create(path, meta, assessed_on=revisions[0]["assessed_on"], started_at=_started_on(revisions[0]))
    case.editor = meta.analyst
    try:
        checklist = load_checklist()
        families = {family.id for family in load_evidence().families}
        for number, revision_data in enumerate(revisions, start=1):
            if number > 1:
                case.new_revision(
                    revision_data["assessed_on"], revision_data.get("label", ""), revision_data.get("created_by", ""),
                    started_at=_started_on(revision_data),
                )
            target = _Target(case, case.latest_revision().id, number, checklist, families)
            (_write_first if number == 1 else _write_changes)(target, revision_data)
    except BaseException:
        case.close()
        Path(path).unlink(missing_ok=True)
        raise
    return case


@dataclass(frozen=True)
class _Target:
    """The revision being written, and what its entries are checked against."""

    case: CaseFile
    revision_id: int
    number: int
    checklist: Checklist
    families: set[str]

    def error(self, entry: str, problem: str) -> DataFileError:
        return DataFileError(f"{FILE_NAME}: revision {self.number}, {entry}: {problem}")


# --- the two kinds of revision ----------------------------------------------------------------


def _write_first(target: _Target, data: dict[str, Any]) -> None:
    _check_keys(target, data, _FIRST_KEYS)
    _set_revision_fields(target, data)
    _set_answers(target, data)
    _add_actors(target, _entries(target, data, "actors", dict))
    _add_objectives(target, _entries(target, data, "objectives", (str, dict)))
    _add_decisions(target, _entries(target, data, "decisions", dict))
    _write_strategy(target, data)


def _write_changes(target: _Target, data: dict[str, Any]) -> None:
    _check_keys(target, data, _CHANGE_KEYS)
    _set_revision_fields(target, data)
    _set_answers(target, data)
    _update_actors(target, _entries(target, data, "update_actors", dict))
    _add_actors(target, _entries(target, data, "add_actors", dict))
    _add_objectives(target, _entries(target, data, "add_objectives", (str, dict)))
    _update_decisions(target, _entries(target, data, "update_decisions", dict))
    _add_decisions(target, _entries(target, data, "add_decisions", dict))
    _write_strategy(target, data)
    _update_triggers(target, _entries(target, data, "update_triggers", dict))


# --- revision fields and answers --------------------------------------------------------------


def _set_revision_fields(target: _Target, data: dict[str, Any]) -> None:
    current = target.case.revision(target.revision_id)
    fields = {key: data[key] for key in _REVISION_FIELDS if key in data and data[key] != getattr(current, key)}
    if not fields:
        return
    try:
        target.case.update_revision(target.revision_id, **fields)
    except ValidationError as exc:
        raise target.error("revision fields", _problems(exc)) from None


def _set_answers(target: _Target, data: dict[str, Any]) -> None:
    vocabulary = target.checklist.vocabulary()
    indicator_ids = {i.id for rf in target.checklist.risk_factors for i in rf.indicators}

    def factor_problem(factor_id: str, value: Any) -> str | None:
        return vocabulary.problem(factor_id, [] if value is None else [value])

    def indicator_problem(indicator_id: str, value: Any) -> str | None:
        if indicator_id not in indicator_ids:
            return f"unknown risk-factor indicator {indicator_id!r}"
        if value is not None and value not in _INDICATOR_VALUES:
            return f"indicator {indicator_id!r} has no value {value!r} (allowed: present, absent, or null for unknown)"
        return None

    _set_judgments(target, data, "factors", "factor", factor_problem)
    _set_judgments(target, data, "indicators", "indicator", indicator_problem)


def _set_judgments(
    target: _Target, data: dict[str, Any], key: str, kind: str, problem_of: Callable[[str, Any], str | None]
) -> None:
    answers = data.get(key) or {}
    if not isinstance(answers, dict):
        raise target.error(key, "expected a mapping of id to answer")
    for item, answer in answers.items():
        entry = f"{key} {item!r}"
        if not isinstance(answer, dict) or "value" not in answer:
            raise target.error(entry, "expected an answer such as {value: ..., confidence: ..., note: ...}")
        problem = problem_of(str(item), answer["value"])
        if problem:
            raise target.error(key, problem)
        judgment = _validated(Judgment, {**answer, "kind": kind, "item": str(item)}, entry, target)
        target.case.set_judgment(target.revision_id, judgment)


# --- actors and objectives --------------------------------------------------------------------


def _add_actors(target: _Target, entries: list[dict[str, Any]]) -> None:
    position = _next_position(target.case.actors(target.revision_id))
    targets: dict[int, list[str]] = {}
    for offset, entry in enumerate(entries):
        fields = {k: v for k, v in entry.items() if k != "targets"}
        actor = _validated(Actor, {**fields, "position": position + offset}, f"actor {entry.get('name')!r}", target)
        targets[target.case.add_actor(target.revision_id, actor)] = entry.get("targets") or []
    groups = {a.name: a.id for a in target.case.actors(target.revision_id) if a.kind == "group_at_risk"}
    for actor_id, names in targets.items():
        for name in names:
            if name not in groups:
                raise target.error(f"targets of actor {actor_id}", f"no group at risk named {name!r}")
            target.case.set_actor_target(actor_id, groups[name], True)


def _update_actors(target: _Target, entries: list[dict[str, Any]]) -> None:
    actors = target.case.actors(target.revision_id)
    for entry in entries:
        current = _match(target, actors, "name", entry, "actor")
        changes = _changes(target, entry, "name", f"actor {current.name!r}")
        _validated(Actor, {**current.model_dump(), **changes}, f"actor {current.name!r}", target)
        target.case.update_actor(current.id, **changes)


def _add_objectives(target: _Target, entries: list[str | dict[str, Any]]) -> None:
    position = _next_position(target.case.objectives(target.revision_id))
    for offset, entry in enumerate(entries):
        fields = {"text": entry} if isinstance(entry, str) else entry
        objective = _validated(Objective, {**fields, "position": position + offset}, f"objective {offset + 1}", target)
        target.case.add_objective(target.revision_id, objective)


# --- the strategy -----------------------------------------------------------------------------


def _write_strategy(target: _Target, data: dict[str, Any]) -> None:
    if "strategy" not in data:
        return
    try:
        write_strategy(target.case, target.revision_id, parse_strategy(data["strategy"], "strategy"))
    except StrategyInputError as exc:
        raise target.error("strategy", str(exc)) from None


def _update_triggers(target: _Target, entries: list[dict[str, Any]]) -> None:
    triggers = target.case.trigger_dates(target.revision_id)
    for entry in entries:
        current = _match(target, triggers, "title", entry, "dated trigger")
        changes = _changes(target, entry, "title", f"dated trigger {current.title!r}")
        target.case.update_plan_item("trigger_dates", current.id, **changes)


def _objective_ids(target: _Target, numbers: Any, entry: str) -> list[int]:
    objectives = target.case.objectives(target.revision_id)
    if not isinstance(numbers, list) or not all(isinstance(n, int) and 1 <= n <= len(objectives) for n in numbers):
        raise target.error(entry, f"objectives must be a list of objective numbers from 1 to {len(objectives)}, not {numbers!r}")
    return [objectives[n - 1].id for n in numbers]


# --- decisions --------------------------------------------------------------------------------


def _add_decisions(target: _Target, entries: list[dict[str, Any]]) -> None:
    position = _next_position(target.case.decisions(target.revision_id))
    for offset, entry in enumerate(entries):
        name = f"decision {entry.get('title')!r}"
        fields = {**_decision_fields(target, entry, name), "position": position + offset}
        design = fields.pop("design", None)
        decision = _validated(Decision, fields, name, target)
        _check_family(target, decision, name)
        _set_design(target, target.case.add_decision(target.revision_id, decision), design, name)


def _update_decisions(target: _Target, entries: list[dict[str, Any]]) -> None:
    decisions = target.case.decisions(target.revision_id)
    for entry in entries:
        current = _match(target, decisions, "title", entry, "decision")
        name = f"decision {current.title!r}"
        changes = _decision_fields(target, _changes(target, entry, "title", name), name)
        _set_design(target, current.id, changes.pop("design", None), name)
        if "etd" in changes:
            changes["etd"] = {**current.etd, **changes["etd"]}
        updated = _validated(Decision, {**current.model_dump(), **changes}, name, target)
        _check_family(target, updated, name)
        if changes:
            target.case.update_decision(current.id, **changes)


def _decision_fields(target: _Target, entry: dict[str, Any], name: str) -> dict[str, Any]:
    """A decision's fields as the model takes them: objective numbers become ids, etd judgments models."""
    fields = dict(entry)
    if "objectives" in fields:
        fields["objectives"] = _objective_ids(target, fields["objectives"], name)
    if "etd" in fields:
        etd = fields["etd"] or {}
        if not isinstance(etd, dict):
            raise target.error(name, "etd must be a mapping of criterion to {rating, reason}")
        fields["etd"] = {
            criterion: _validated(EtdJudgment, judgment or {}, f"{name}, etd {criterion!r}", target)
            for criterion, judgment in etd.items()
        }
    return fields


def _set_design(target: _Target, decision_id: int, design: Any, name: str) -> None:
    """An option's design answers: ``{property: {value, confidence, note}}`` (value null: unknown)."""
    if design is None:
        return
    if not isinstance(design, dict):
        raise target.error(name, "design must be a mapping of design property to {value, confidence, note}")
    for prop, answer in design.items():
        answer = _validated(DesignAnswer, {"property": prop, **(answer or {})}, f"{name}, design {prop!r}", target)
        try:
            target.case.set_design_answer(decision_id, answer)
        except InvalidValue as exc:
            raise target.error(f"{name}, design {prop!r}", str(exc)) from None


def _check_family(target: _Target, decision: Decision, name: str) -> None:
    if decision.family not in target.families:
        raise target.error(name, f"unknown family {decision.family!r}")


# --- helpers ----------------------------------------------------------------------------------


def _revision_list(data: Any) -> list[dict[str, Any]]:
    revisions = data.get("revisions") if isinstance(data, dict) else None
    if not isinstance(revisions, list) or not revisions:
        raise DataFileError(f"{FILE_NAME}: expected a non-empty 'revisions' list")
    for number, revision in enumerate(revisions, start=1):
        if not isinstance(revision, dict) or not isinstance(revision.get("assessed_on"), str):
            raise DataFileError(f"{FILE_NAME}: revision {number}: expected a mapping with an 'assessed_on' date")
    return revisions


def _check_keys(target: _Target, data: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise target.error(
            "keys", f"unknown key(s) {', '.join(map(repr, unknown))} (allowed: {', '.join(sorted(allowed))})"
        )


def _entries(target: _Target, data: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> list[Any]:
    entries = data.get(key) or []
    if not isinstance(entries, list) or not all(isinstance(e, kind) for e in entries):
        raise target.error(key, f"expected a list of {'mappings' if kind is dict else 'texts'}")
    return entries


def _match(target: _Target, items: list[Any], key: str, entry: dict[str, Any], what: str) -> Any:
    """The one copied actor or decision whose ``key`` (name or title) the entry names."""
    wanted = entry.get(key)
    found = [item for item in items if getattr(item, key) == wanted]
    if len(found) != 1:
        why = "no" if not found else "more than one"
        raise target.error(f"update of {what} {wanted!r}", f"{why} {what} with this {key} in the revision before")
    return found[0]


def _changes(target: _Target, entry: dict[str, Any], key: str, name: str) -> dict[str, Any]:
    """The fields an update entry changes; ``new_<key>`` renames."""
    changes = {k: v for k, v in entry.items() if k != key}
    if "id" in changes:
        raise target.error(name, "'id' cannot be changed")
    if f"new_{key}" in changes:
        changes[key] = changes.pop(f"new_{key}")
    if not changes:
        raise target.error(name, "the update changes nothing")
    return changes


def _next_position(items: list[Any]) -> int:
    return max((item.position for item in items), default=-1) + 1


def _validated(model: type[BaseModel], fields: dict[str, Any], entry: str, target: _Target | None = None) -> Any:
    try:
        return model(**fields)
    except ValidationError as exc:
        if target is None:
            raise DataFileError(f"{FILE_NAME}: {entry}: {_problems(exc)}") from None
        raise target.error(entry, _problems(exc)) from None


def _problems(exc: ValidationError) -> str:
    return validation_problems(exc)
