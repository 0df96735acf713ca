"""The checklist of SPEC §4 as validated data: situation factors, actors and groups, risk factors.

The content lives in ``resources/checklist/*.yaml``. Factor ids and values are a contract (the
``--answers`` file and the evidence fit use them); every factor may also be left unknown, which is
not a value in the data but the absence of an answer.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .datafiles import DataFileError, load_yaml, resource_root
from .vocabulary import UNRECOGNISED_LABEL, is_unrecognised

UNKNOWN = "unknown"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FactorValue(_Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    label: str


class Factor(_Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    label: str = ""
    question: str = ""
    help: str = ""  # why it matters: what the evidence says depends on it
    values: list[FactorValue] = Field(min_length=2)

    @field_validator("values", mode="before")
    @classmethod
    def _bare_ids(cls, values: Any) -> Any:
        if isinstance(values, list):
            return [{"id": v, "label": v.replace("_", " ")} if isinstance(v, str) else v for v in values]
        return values

    def value_ids(self) -> list[str]:
        return [v.id for v in self.values]

    def value_label(self, value: str | None) -> str:
        if is_unrecognised(value):
            return UNRECOGNISED_LABEL
        if value is None or value == UNKNOWN:
            return "Unknown"
        return next((v.label for v in self.values if v.id == value), value)


class FactorGroup(_Strict):
    id: str
    title: str
    intro: str = ""
    factors: list[Factor]


class Indicator(_Strict):
    id: str = Field(pattern=r"^rf[0-9]{2}\.[0-9]+$")
    text: str


class RiskFactor(_Strict):
    id: str = Field(pattern=r"^rf[0-9]{2}$")
    number: int = Field(ge=1, le=14)
    title: str
    kind: Literal["common", "specific"]
    crimes: list[Literal["genocide", "crimes_against_humanity", "war_crimes"]]
    description: str
    indicators: list[Indicator] = Field(min_length=1)


class ActorKind(_Strict):
    id: Literal["perpetrator", "group_at_risk", "protector"]
    title: str
    help: str


class ActorsGuide(_Strict):
    """Prompts for the actors-and-groups section (US Atrocity Assessment Framework practice)."""

    kinds: list[ActorKind]
    actor_types: list[FactorValue]  # state, non_state, external
    motive_help: str
    means_help: str
    opportunity_help: str
    triggers_help: str
    resilience_help: str
    risk_estimate_help: str


class FactorVocabulary:
    """Which factor ids exist and which values each may take."""

    def __init__(self, groups: list[FactorGroup]):
        self.groups = groups
        self.factors: dict[str, Factor] = {f.id: f for g in groups for f in g.factors}
        self.group_of: dict[str, str] = {f.id: g.id for g in groups for f in g.factors}

    def problem(self, factor_id: str, values: list[str]) -> str | None:
        """A planner-readable reason why (factor, values) is not in the vocabulary, or None."""
        factor = self.factors.get(factor_id)
        if factor is None:
            return f"unknown factor {factor_id!r}"
        bad = [v for v in values if v not in factor.value_ids()]
        if bad:
            allowed = ", ".join(factor.value_ids())
            return f"factor {factor_id!r} has no value {bad[0]!r} (allowed: {allowed}, or unknown)"
        return None


class Checklist(_Strict):
    factor_groups: list[FactorGroup]
    risk_factors: list[RiskFactor]
    actors: ActorsGuide

    def vocabulary(self) -> FactorVocabulary:
        return FactorVocabulary(self.factor_groups)


def _validated(model: type[BaseModel], data: Any, file_name: str, where: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'entry'}: {err['msg']}" for err in exc.errors()
        )
        raise DataFileError(f"{file_name}: {where}: {problems}") from None


def _load_factor_groups(data: Any, file_name: str) -> list[FactorGroup]:
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise DataFileError(f"{file_name}: expected a 'groups' list")
    groups = [
        _validated(FactorGroup, raw, file_name, f"groups[{i}] ({raw.get('id', '?') if isinstance(raw, dict) else '?'})")
        for i, raw in enumerate(data["groups"])
    ]
    seen: set[str] = set()
    for group in groups:
        for factor in group.factors:
            if factor.id in seen:
                raise DataFileError(f"{file_name}: factor {factor.id!r} appears more than once")
            seen.add(factor.id)
    return groups


@lru_cache(maxsize=1)
def load_factor_vocabulary() -> FactorVocabulary:
    path = resource_root() / "checklist" / "factors.yaml"
    return FactorVocabulary(_load_factor_groups(load_yaml(path), path.name))


@lru_cache(maxsize=1)
def load_checklist() -> Checklist:
    folder = resource_root() / "checklist"
    groups = load_factor_vocabulary().groups
    risk_path = folder / "risk_factors.yaml"
    risk_data = load_yaml(risk_path)
    if not isinstance(risk_data, dict) or not isinstance(risk_data.get("risk_factors"), list):
        raise DataFileError(f"{risk_path.name}: expected a 'risk_factors' list")
    risk_factors = [
        _validated(RiskFactor, raw, risk_path.name, f"risk_factors[{i}]")
        for i, raw in enumerate(risk_data["risk_factors"])
    ]
    if sorted(rf.number for rf in risk_factors) != list(range(1, 15)):
        raise DataFileError(f"{risk_path.name}: expected the fourteen risk factors numbered 1 to 14")
    actors_path = folder / "actors.yaml"
    actors = _validated(ActorsGuide, load_yaml(actors_path), actors_path.name, "actors guide")
    return Checklist(factor_groups=groups, risk_factors=risk_factors, actors=actors)
