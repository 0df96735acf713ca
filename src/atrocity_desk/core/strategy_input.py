"""A strategy written as data (the answers file, SPEC §6; the bundled example case), checked and
then written through the storage API.

The shape (every key optional; docs/answers-file.md documents it)::

    {"baseline": "...", "baseline_etd": {"effect": {"rating": "against", "reason": "..."}},
     "coalition": "...", "transition_exit": "...",
     "phases": [{"kind": "now", "title": "...", "description": "...", "options": ["option title"],
                 "decision_points": [{"event": "...", "response": "...", "direction": "escalate"}]}],
     "assumptions": [{"text": "...", "disproved_by": "...", "indicator": "..."}],
     "scenarios": [{"kind": "most_likely", "title": "...", "description": "...", "warning_signs": "..."}],
     "triggers": [{"on_date": "2027-02-14", "title": "...", "status": "upcoming", "note": "..."}]}

Unknown keys are refused with a message naming them; so are values the vocabulary does not know
and dates that are not YYYY-MM-DD. Nothing is written until the whole strategy passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from .models import EtdJudgment, Revision
from .storage import CaseFile
from .strategy import Assumption, DecisionPoint, Phase, Scenario, TriggerDate
from .vocabulary import ETD_CRITERIA

TEXT_KEYS = ("baseline", "coalition", "transition_exit")
LIST_KEYS = ("phases", "assumptions", "scenarios", "triggers")
STRATEGY_KEYS = (*TEXT_KEYS, "baseline_etd", *LIST_KEYS)
PHASE_KEYS = ("kind", "title", "description", "options", "decision_points")
POINT_KEYS = ("event", "response", "direction")
ASSUMPTION_KEYS = ("text", "disproved_by", "indicator")
SCENARIO_KEYS = ("kind", "title", "description", "warning_signs")
TRIGGER_KEYS = ("on_date", "title", "status", "note")


class StrategyInputError(ValueError):
    """The strategy data does not fit; the message names the key, entry or value."""


@dataclass
class StrategyInput:
    revision_fields: dict[str, Any] = field(default_factory=dict)
    phases: list[tuple[Phase, list[str], list[DecisionPoint]]] = field(default_factory=list)  # phase, option titles, points
    assumptions: list[Assumption] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)
    triggers: list[TriggerDate] = field(default_factory=list)

    def option_titles(self) -> list[str]:
        return [title for _, titles, _ in self.phases for title in titles]


def parse_strategy(data: object, where: str = "strategy", options_allowed: bool = True) -> StrategyInput:
    """Check the strategy data and return it as models; raise StrategyInputError naming the problem."""
    data = _mapping(data, where, STRATEGY_KEYS)
    parsed = StrategyInput()
    for key in TEXT_KEYS:
        if key in data:
            parsed.revision_fields[key] = _text(data[key], f"{where}: {key}")
    if "baseline_etd" in data:
        parsed.revision_fields["baseline_etd"] = _etd(data["baseline_etd"], f"{where}: baseline_etd")
    phase_keys = PHASE_KEYS if options_allowed else tuple(k for k in PHASE_KEYS if k != "options")
    for n, entry in enumerate(_list(data, "phases", where), start=1):
        name = f"{where}: phase {n}"
        entry = _mapping(entry, name, phase_keys)
        titles = [_text(t, f"{name}: options") for t in _plain_list(entry.get("options", []), f"{name}: options")]
        points = [
            _model(DecisionPoint, {**_mapping(p, f"{name}: decision point {m}", POINT_KEYS), "phase_id": 0}, f"{name}: decision point {m}")
            for m, p in enumerate(_plain_list(entry.get("decision_points", []), f"{name}: decision_points"), start=1)
        ]
        phase = _model(Phase, {k: v for k, v in entry.items() if k not in ("options", "decision_points")}, name)
        parsed.phases.append((phase, titles, points))
    for key, model, keys, attr in (
        ("assumptions", Assumption, ASSUMPTION_KEYS, parsed.assumptions),
        ("scenarios", Scenario, SCENARIO_KEYS, parsed.scenarios),
        ("triggers", TriggerDate, TRIGGER_KEYS, parsed.triggers),
    ):
        for n, entry in enumerate(_list(data, key, where), start=1):
            name = f"{where}: {key} {n}"
            attr.append(_model(model, _mapping(entry, name, keys), name))
    for n, trigger in enumerate(parsed.triggers, start=1):
        if not _is_iso_date(trigger.on_date):
            raise StrategyInputError(f"{where}: triggers {n}: on_date {trigger.on_date!r} is not a date written YYYY-MM-DD.")
    return parsed


def write_strategy(case: CaseFile, revision_id: int, strategy: StrategyInput) -> None:
    """Write a checked strategy into the revision; phases name their options by title."""
    by_title = {d.title: d.id for d in case.decisions(revision_id)}
    missing = sorted(set(strategy.option_titles()) - set(by_title))
    if missing:
        raise StrategyInputError(f"no option titled {', '.join(map(repr, missing))} is recorded in this assessment.")
    if strategy.revision_fields:
        case.update_revision(revision_id, **strategy.revision_fields)
    for phase, titles, points in strategy.phases:
        phase_id = case.add_plan_item(revision_id, phase.model_copy(update={"options": [by_title[t] for t in titles]}))
        for point in points:
            case.add_plan_item(revision_id, point.model_copy(update={"phase_id": phase_id}))
    for item in (*strategy.assumptions, *strategy.scenarios, *strategy.triggers):
        case.add_plan_item(revision_id, item)


# --- checks -----------------------------------------------------------------------------------


def _mapping(data: object, where: str, allowed: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise StrategyInputError(f"{where}: expected an object with the keys {', '.join(allowed)}.")
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise StrategyInputError(
            f"{where}: unknown key(s) {', '.join(map(repr, unknown))} (allowed: {', '.join(allowed)})."
        )
    return data


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    return _plain_list(data.get(key, []), f"{where}: {key}")


def _plain_list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise StrategyInputError(f"{where}: expected a list.")
    return value


def _text(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise StrategyInputError(f"{where}: expected text.")
    return value


def _etd(value: object, where: str) -> dict[str, EtdJudgment]:
    judged = _mapping(value, where, ETD_CRITERIA)
    frame = {}
    for criterion, judgment in judged.items():
        if not isinstance(judgment, dict):
            raise StrategyInputError(f"{where}: {criterion}: expected an object with \"rating\" and \"reason\".")
        frame[criterion] = _model(EtdJudgment, judgment, f"{where}: {criterion}")
    _model(Revision, {"id": 0, "number": 1, "assessed_on": "2000-01-01", "created_at": "", "baseline_etd": frame}, where)
    return frame


def _model(model: type[BaseModel], fields: dict[str, Any], where: str) -> Any:
    try:
        return model(**fields)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'entry'}: {_says(err)}" for err in exc.errors()
        )
        raise StrategyInputError(f"{where}: {problems}.") from None


def _says(err: Any) -> str:
    if err["type"] == "literal_error":
        return f"{err['input']!r} is not one of {err['ctx']['expected']}"
    if err["type"] == "missing":
        return "missing"
    if err["type"] == "extra_forbidden":
        return "unknown key"
    return err["msg"]


def _is_iso_date(text: object) -> bool:
    try:
        date.fromisoformat(str(text))
    except ValueError:
        return False
    return len(str(text)) == 10
