"""The checklist of SPEC §4 as validated data: situation factors, actors and groups, risk factors.

The content lives in ``resources/checklist/*.yaml``. Factor ids and values are a contract (the
``--answers`` file and the evidence fit use them); every factor may also be left unknown, which is
not a value in the data but the absence of an answer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .datafiles import DataFileError, load_yaml, resource_root, validation_problems
from .vocabulary import FAMILY_IDS, is_unrecognised, unknown_word, unrecognised

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
            return unrecognised(value)
        if value is None or value == UNKNOWN:
            return unknown_word()
        return next((v.label for v in self.values if v.id == value), value)


class DesignProperty(Factor):
    """A property of an option (SPEC §4 "Option design"): answered per option, not per situation."""

    families: list[str] = Field(min_length=1)  # the tool families it is read for

    @field_validator("families")
    @classmethod
    def _known_families(cls, families: list[str]) -> list[str]:
        unknown = [f for f in families if f not in FAMILY_IDS]
        if unknown:
            raise ValueError(f"unknown family id {unknown[0]!r}; SPEC §5 fixes the list")
        return families


class FactorGroup(_Strict):
    id: str
    title: str
    intro: str = ""
    factors: list[Factor]


_FRAMEWORK_NUMBER = r"^[0-9]{1,2}\.[0-9]{1,2}$"


class Indicator(_Strict):
    """One indicator of the UN Framework of Analysis, in this project's words.

    ``number`` is its number in the framework ("7.9"); ``also`` lists the further framework numbers
    it covers where one question merges several, so that a reader can match every count."""

    id: str = Field(pattern=r"^rf[0-9]{2}\.[0-9]+$")
    number: str = Field(pattern=_FRAMEWORK_NUMBER)
    also: list[str] = []
    text: str

    @field_validator("also")
    @classmethod
    def _numbers_only(cls, also: list[str]) -> list[str]:
        bad = [n for n in also if not re.match(_FRAMEWORK_NUMBER, n)]
        if bad:
            raise ValueError(f"{bad[0]!r} is not a framework number such as 7.9")
        return also

    @model_validator(mode="after")
    def _id_follows_number(self) -> Indicator:
        # The id is the first framework number, so a stored answer names the indicator it answers.
        major, minor = self.number.split(".")
        if self.id != f"rf{int(major):02d}.{int(minor)}":
            raise ValueError(f"id {self.id!r} does not match framework number {self.number}")
        return self

    @property
    def numbers(self) -> list[str]:
        return [self.number, *self.also]

    @property
    def number_label(self) -> str:
        """The framework number(s) as printed beside the indicator: "7.9", or "7.10 + 7.12"."""
        return " + ".join(self.numbers)


class RiskFactor(_Strict):
    id: str = Field(pattern=r"^rf[0-9]{2}$")
    number: int = Field(ge=1, le=14)
    title: str
    kind: Literal["common", "specific"]
    crimes: list[Literal["genocide", "crimes_against_humanity", "war_crimes"]]
    description: str
    indicators: list[Indicator] = Field(min_length=1)

    @model_validator(mode="after")
    def _numbers_complete(self) -> RiskFactor:
        """Every framework number of this factor appears exactly once, counting from 1 without gaps."""
        numbers = [n for indicator in self.indicators for n in indicator.numbers]
        wrong = [n for n in numbers if not n.startswith(f"{self.number}.")]
        if wrong:
            raise ValueError(f"indicator number {wrong[0]} does not belong to risk factor {self.number}")
        repeated = sorted({n for n in numbers if numbers.count(n) > 1})
        if repeated:
            raise ValueError(f"framework number {repeated[0]} appears more than once")
        minors = sorted(int(n.split(".")[1]) for n in numbers)
        missing = sorted(set(range(1, len(minors) + 1)) - set(minors))
        if missing:
            raise ValueError(f"framework number {self.number}.{missing[0]} is missing")
        return self


class ActorKind(_Strict):
    id: Literal["perpetrator", "enabler", "group_at_risk", "protector"]
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
    """Which factor ids exist and which values each may take; also the option-design properties,
    which findings may name in conditions but which are answered per option, not per situation."""

    def __init__(self, groups: list[FactorGroup], design: list[DesignProperty] | None = None):
        self.groups = groups
        self.factors: dict[str, Factor] = {f.id: f for g in groups for f in g.factors}
        self.group_of: dict[str, str] = {f.id: g.id for g in groups for f in g.factors}
        self.design: dict[str, DesignProperty] = {d.id: d for d in design or []}

    def problem(self, factor_id: str, values: list[str]) -> str | None:
        """A planner-readable reason why (factor, values) is not in the vocabulary, or None."""
        factor = self.factors.get(factor_id)
        if factor is None:
            return f"unknown factor {factor_id!r}"
        return _value_problem("factor", factor, values)

    def condition_problem(self, term_id: str, values: list[str], family: str | None) -> str | None:
        """Why a condition of a finding of ``family`` on ``term_id`` (a factor or a design property)
        is not allowed, or None. A design property may be named only for the families it is read for."""
        if term_id in self.factors:
            return self.problem(term_id, values)
        prop = self.design.get(term_id)
        if prop is None:
            return f"unknown factor {term_id!r} (neither a situation factor nor a design property)"
        if family not in prop.families:
            return (
                f"design property {term_id!r} is not read for family {family!r} "
                f"(only for: {', '.join(prop.families)})"
            )
        return _value_problem("design property", prop, values)

    def label(self, term_id: str) -> Factor | None:
        """The factor or design property of this id, for its labels."""
        return self.factors.get(term_id) or self.design.get(term_id)


def _value_problem(what: str, term: Factor, values: list[str]) -> str | None:
    bad = [v for v in values if v not in term.value_ids()]
    if bad:
        allowed = ", ".join(term.value_ids())
        return f"{what} {term.id!r} has no value {bad[0]!r} (allowed: {allowed}, or unknown)"
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
        problems = validation_problems(exc)
        raise DataFileError(f"{file_name}: {where}: {problems}") from None


def _load_factor_groups(data: Any, file_name: str) -> list[FactorGroup]:
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise DataFileError(f"{file_name}: expected a 'groups' list")
    groups = [
        _validated(FactorGroup, raw, file_name, f"groups[{i}] ({raw.get('id', '?') if isinstance(raw, dict) else '?'})")
        for i, raw in enumerate(data["groups"])
    ]
    _check_factor_ids(groups, file_name)
    return groups


def _check_factor_ids(groups: list[FactorGroup], file_name: str) -> None:
    seen: set[str] = set()
    for group in groups:
        for factor in group.factors:
            if factor.id in seen:
                raise DataFileError(f"{file_name}: factor {factor.id!r} appears more than once")
            seen.add(factor.id)


def _load_design(data: Any, file_name: str, factor_ids: set[str]) -> list[DesignProperty]:
    if not isinstance(data, dict) or not isinstance(data.get("properties"), list):
        raise DataFileError(f"{file_name}: expected a 'properties' list")
    properties = [
        _validated(
            DesignProperty, raw, file_name,
            f"properties[{i}] ({raw.get('id', '?') if isinstance(raw, dict) else '?'})",
        )
        for i, raw in enumerate(data["properties"])
    ]
    _check_design_ids(properties, file_name, factor_ids)
    return properties


def _check_design_ids(properties: list[DesignProperty], file_name: str, factor_ids: set[str]) -> None:
    seen: set[str] = set()
    for prop in properties:
        if prop.id in seen or prop.id in factor_ids:
            raise DataFileError(f"{file_name}: design property {prop.id!r} is already used as a factor or property id")
        seen.add(prop.id)


def _load_risk_factors(data: Any, file_name: str) -> list[RiskFactor]:
    if not isinstance(data, dict) or not isinstance(data.get("risk_factors"), list):
        raise DataFileError(f"{file_name}: expected a 'risk_factors' list")
    risk_factors = [
        _validated(RiskFactor, raw, file_name, f"risk_factors[{i}]") for i, raw in enumerate(data["risk_factors"])
    ]
    _check_fourteen(risk_factors, file_name)
    return risk_factors


def _check_fourteen(risk_factors: list[RiskFactor], file_name: str) -> None:
    if sorted(rf.number for rf in risk_factors) != list(range(1, 15)):
        raise DataFileError(f"{file_name}: expected the fourteen risk factors numbered 1 to 14")


class CompiledChecklist(_Strict):
    """What the four checklist files hold, validated and cross-checked: the unit kept compiled."""

    checklist: Checklist
    design: list[DesignProperty]


_FILES = ("factors.yaml", "design.yaml", "risk_factors.yaml", "actors.yaml")


def _build(folder: Any) -> CompiledChecklist:
    """Read and check the files in the order a planner would fix them: factors, design, risk, actors."""
    factors, design, risk, actors = (folder / name for name in _FILES)
    groups = _load_factor_groups(load_yaml(factors), factors.name)
    factor_ids = {f.id for g in groups for f in g.factors}
    properties = _load_design(load_yaml(design), design.name, factor_ids)
    risk_factors = _load_risk_factors(load_yaml(risk), risk.name)
    guide = _validated(ActorsGuide, load_yaml(actors), actors.name, "actors guide")
    checklist = Checklist(factor_groups=groups, risk_factors=risk_factors, actors=guide)
    return CompiledChecklist(checklist=checklist, design=properties)


def _cross_check(compiled: CompiledChecklist) -> None:
    """The checks across entries that the models cannot make alone; run on a compiled copy too,
    so a copy read back is held to everything the files were."""
    groups = compiled.checklist.factor_groups
    _check_factor_ids(groups, _FILES[0])
    _check_design_ids(compiled.design, _FILES[1], {f.id for g in groups for f in g.factors})
    _check_fourteen(compiled.checklist.risk_factors, _FILES[2])


@lru_cache(maxsize=1)
def _compiled() -> CompiledChecklist:
    # Validated once per content: the compiled copy is keyed by the four files and the code that
    # reads them (this module, the family ids of the vocabulary, the YAML rules of datafiles).
    import sys

    from . import compiled_cache, datafiles, vocabulary

    folder = resource_root() / "checklist"
    key = compiled_cache.content_key(
        compiled_cache.file_parts([folder / name for name in _FILES])
        + compiled_cache.code_parts(sys.modules[__name__], vocabulary, datafiles)
    )
    return compiled_cache.load_or_build("checklist", key, CompiledChecklist, lambda: _build(folder), _cross_check)


@lru_cache(maxsize=1)
def load_factor_vocabulary() -> FactorVocabulary:
    compiled = _compiled()
    return FactorVocabulary(compiled.checklist.factor_groups, compiled.design)


@lru_cache(maxsize=1)
def load_checklist() -> Checklist:
    return _compiled().checklist


def clear_loaded() -> None:
    """Forget what was loaded, so the next call reads the files (or their compiled copy) again."""
    for cached in (_compiled, load_factor_vocabulary, load_checklist):
        cached.cache_clear()
