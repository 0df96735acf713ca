"""The evidence base: tools, families, findings, studies and themes of the paper, as validated data.

The data lives in ``resources/evidence/*.yaml``. ``load_evidence()`` reads every file, validates each
entry with pydantic and cross-checks the whole (unique ids, known families, known factor ids and
values, every cited study listed, every listed study cited). Any error names the file and entry.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .checklist import FactorVocabulary, load_factor_vocabulary
from .datafiles import DataFileError, load_yaml, resource_root, validation_problems
from .vocabulary import (
    FAMILY_IDS,
    Category,
    ConditionKind,
    Direction,
    EvidenceKind,
    Mode,
    Outcome,
    Phase,
    Target,
    Verdict,
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Study(_Strict):
    key: str = Field(pattern=r"^[a-z0-9_]+$")
    authors: str  # as the paper gives them, e.g. "Kathman, Wood and Gent"
    year: str  # "2012", "2014a", "forthcoming 2016"
    note: str = ""  # what the study is, when the paper says (dataset, report, handbook)
    title: str = ""  # the study's title; evidence packs give one for every study (SPEC §5)


class Tool(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    category: Category
    mode: Mode
    acts_on: list[Target] = Field(min_length=1)
    family: str | None = None  # None: the paper reviews no study of this tool
    description: str
    table: str  # "1.1", "1.2", "1.3" or "1.4"


class Condition(_Strict):
    factor: str  # a situation factor id, or an option-design property id (resources/checklist)
    values: list[str] = Field(min_length=1)
    kind: ConditionKind
    why: str  # one line: what the paper says about this condition


class Risk(_Strict):
    """A harm the evidence names, and the conditions under which the paper says it arises (none:
    wherever the finding applies). Only ``requires`` and ``scope`` conditions make sense here: the
    risk holds where their values hold."""

    text: str
    conditions: list[Condition] = Field(default_factory=list)

    @field_validator("conditions")
    @classmethod
    def _holding_kinds(cls, conditions: list[Condition]) -> list[Condition]:
        for condition in conditions:
            if condition.kind not in ("requires", "scope"):
                raise ValueError(f"a risk condition is 'requires' or 'scope', not {condition.kind!r}")
        return conditions


class Finding(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    family: str | None  # None only for cross-cutting findings that concern no single family
    statement: str  # one sentence, plain language, the project's own words
    direction: Direction
    outcome: Outcome
    evidence_kind: EvidenceKind
    phases: list[Phase] = Field(default_factory=list)  # empty: any phase
    conditions: list[Condition] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)  # harms the evidence names
    figures: list[str] = Field(default_factory=list)  # the paper's numbers, kept as facts
    caveat: str = ""  # where the paper says the evidence is thin or contested
    studies: list[str] = Field(min_length=1)
    section: str  # e.g. "A. Diplomatic tools > Naming and shaming"

    @field_validator("risks", mode="before")
    @classmethod
    def _bare_risks(cls, risks: Any) -> Any:
        # A risk with no conditions may be written as its text alone (as packs written for the
        # first schema do).
        if isinstance(risks, list):
            return [{"text": r} if isinstance(r, str) else r for r in risks]
        return risks

    def terms_used(self) -> set[str]:
        """Every factor or design id this finding's conditions or its risks' conditions name."""
        return {c.factor for c in self.conditions} | {c.factor for r in self.risks for c in r.conditions}


class Family(_Strict):
    id: str
    name: str
    category: Category
    summary: str  # what the tools of this family have in common
    reviewed: bool = True  # False: the paper reviews no study of this family
    # The strongest verdict the paper's own judgement allows (e.g. the paper calls the evidence
    # thin: "insufficient"; contested: "mixed"). The fit never goes above it.
    ceiling: Verdict = "supported"
    ceiling_reason: str = ""

    @field_validator("id")
    @classmethod
    def _known_family(cls, value: str) -> str:
        if value not in FAMILY_IDS:
            raise ValueError(f"unknown family id {value!r}; SPEC §5 fixes the list")
        return value


class Theme(_Strict):
    id: str
    title: str
    summary: str
    studies: list[str] = Field(default_factory=list)
    section: str


class CategoryConclusion(_Strict):
    category: Category
    summary: str  # the paper's overall judgement of this category, in our words
    studies: list[str] = Field(default_factory=list)
    section: str


class EvidenceBase(_Strict):
    version: str
    source: str
    families: list[Family]
    tools: list[Tool]
    findings: list[Finding]
    studies: list[Study]
    themes: list[Theme]
    conclusions: list[CategoryConclusion]
    # What a case's evidence packs added (core/packs.py); empty for the base alone.
    packs: list[dict[str, str]] = []  # {id, title, author, date, hash} of each enabled pack
    pack_titles: dict[str, str] = {}  # pack id -> title
    finding_sources: dict[str, str] = {}  # finding id -> "pack:<id>"; absent: "base"
    study_sources: dict[str, str] = {}  # study key -> "pack:<id>"; absent: "base"
    lifted_ceilings: dict[str, list[str]] = {}  # family id -> the packs the planner let lift its ceiling

    def source_of(self, finding_id: str) -> str:
        """"base", or "pack:<id>" for a finding an evidence pack added."""
        return self.finding_sources.get(finding_id, "base")

    def study_source(self, key: str) -> str:
        return self.study_sources.get(key, "base")

    def pack_title(self, source: str) -> str:
        """The title of the pack behind a "pack:<id>" source ("" for the base)."""
        return self.pack_titles.get(source.removeprefix("pack:"), "") if source != "base" else ""

    def family(self, family_id: str) -> Family:
        return self._families_by_id()[family_id]

    def study(self, key: str) -> Study:
        return self._studies_by_key()[key]

    def finding(self, finding_id: str) -> Finding:
        return self._findings_by_id()[finding_id]

    def findings_for(self, family_id: str) -> list[Finding]:
        return [f for f in self.findings if f.family == family_id]

    def tools_for(self, family_id: str) -> list[Tool]:
        return [t for t in self.tools if t.family == family_id]

    def findings_using_factor(self, factor_id: str) -> list[Finding]:
        """Findings whose reading depends on this factor: its conditions use it, and for ``phase``
        also the findings limited to some phases (the fit reads those against the case's phase)."""
        return [
            f for f in self.findings
            if factor_id in f.terms_used() or (factor_id == "phase" and f.phases)
        ]

    def citation(self, key: str) -> str:
        study = self.study(key)
        return f"{study.authors} {study.year}"

    def _families_by_id(self) -> dict[str, Family]:
        return {f.id: f for f in self.families}

    def _studies_by_key(self) -> dict[str, Study]:
        return {s.key: s for s in self.studies}

    def _findings_by_id(self) -> dict[str, Finding]:
        return {f.id: f for f in self.findings}


# Each section of the paper is encoded in its own file; base.yaml holds the families, the
# studies, the themes and the conclusions. Lists of the same name are concatenated.
_LIST_KEYS = ("families", "tools", "findings", "studies", "themes", "conclusions")
_MODELS: dict[str, type[BaseModel]] = {
    "families": Family,
    "tools": Tool,
    "findings": Finding,
    "studies": Study,
    "themes": Theme,
    "conclusions": CategoryConclusion,
}


def load_evidence(folder: Traversable | Path | None = None) -> EvidenceBase:
    """Read, validate and cross-check the evidence base in ``folder`` (default: the bundled one)."""
    if folder is None:
        return _bundled_evidence()
    return _load_evidence_from(folder, load_factor_vocabulary())


@lru_cache(maxsize=1)
def _bundled_evidence() -> EvidenceBase:
    # Validated once per content: the compiled copy is keyed by the base's files, the factor
    # vocabulary its conditions are checked against, and the code that reads them.
    from . import checklist, compiled_cache, datafiles, vocabulary

    folder = resource_root() / "evidence"
    checklist_folder = resource_root() / "checklist"
    files = [*_evidence_files(folder), checklist_folder / "factors.yaml", checklist_folder / "design.yaml"]
    key = compiled_cache.content_key(
        compiled_cache.file_parts(files) + compiled_cache.code_parts(sys.modules[__name__], checklist, vocabulary, datafiles)
    )
    return compiled_cache.load_or_build(
        "evidence", key, EvidenceBase, lambda: _load_evidence_from(folder, load_factor_vocabulary())
    )


def _evidence_files(folder: Traversable | Path) -> list[Traversable | Path]:
    return sorted((p for p in folder.iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)


def _load_evidence_from(
    folder: Traversable | Path, vocabulary: FactorVocabulary, complete: bool = True
) -> EvidenceBase:
    """``complete=False`` skips the whole-base checks (every family present, every study cited,
    every reviewed family with a finding), so one section's file can be checked on its own."""
    entries: dict[str, list[tuple[str, BaseModel]]] = {key: [] for key in _LIST_KEYS}
    header: dict[str, Any] = {}
    files = _evidence_files(folder)
    if not files:
        raise DataFileError(f"{folder}: no evidence files (*.yaml) found")
    for path in files:
        data = load_yaml(path) or {}
        if not isinstance(data, dict):
            raise DataFileError(f"{path.name}: expected a mapping at the top level")
        for key in ("version", "source"):
            if key in data:
                header[key] = data[key]
        unknown = set(data) - set(_LIST_KEYS) - {"version", "source"}
        if unknown:
            raise DataFileError(f"{path.name}: unknown top-level key(s): {', '.join(sorted(unknown))}")
        for key in _LIST_KEYS:
            for index, raw in enumerate(data.get(key) or []):
                entries[key].append((path.name, _validate_entry(path.name, key, index, raw)))
    entries["studies"] = _merge_identical_studies(entries["studies"])
    for key in ("version", "source"):
        if key not in header:
            raise DataFileError(f"evidence: no file sets '{key}' (base.yaml should)")
    _cross_check(entries, vocabulary, complete)
    return EvidenceBase(
        version=str(header["version"]),
        source=str(header["source"]),
        **{key: [model for _, model in entries[key]] for key in _LIST_KEYS},
    )


def _validate_entry(file_name: str, key: str, index: int, raw: Any) -> BaseModel:
    label = raw.get("id") or raw.get("key") or raw.get("category") if isinstance(raw, dict) else None
    where = f"{file_name}: {key}[{index}]" + (f" ({label})" if label else "")
    try:
        return _MODELS[key].model_validate(raw)
    except ValidationError as exc:
        problems = validation_problems(exc)
        raise DataFileError(f"{where}: {problems}") from None


def _cross_check(
    entries: dict[str, list[tuple[str, Any]]], vocabulary: FactorVocabulary, complete: bool
) -> None:
    _check_unique(entries["families"], "id", "family")
    _check_unique(entries["tools"], "id", "tool")
    _check_unique(entries["findings"], "id", "finding")
    _check_unique(entries["studies"], "key", "study")
    _check_unique(entries["themes"], "id", "theme")

    family_ids = {family.id for _, family in entries["families"]}
    missing_families = [f for f in FAMILY_IDS if f not in family_ids]
    if missing_families and complete:
        raise DataFileError(f"evidence: families missing: {', '.join(missing_families)}")
    study_keys = {study.key for _, study in entries["studies"]}
    cited: set[str] = set()

    for file_name, tool in entries["tools"]:
        if tool.family is not None and tool.family not in family_ids:
            raise DataFileError(f"{file_name}: tool {tool.id}: unknown family {tool.family!r}")

    for file_name, finding in entries["findings"]:
        where = f"{file_name}: finding {finding.id}"
        if finding.family is not None and finding.family not in family_ids:
            raise DataFileError(f"{where}: unknown family {finding.family!r}")
        for path, problem in condition_problems(finding, vocabulary):
            raise DataFileError(f"{where}: {path}: {problem}")
        cited |= _check_citations(where, finding.studies, study_keys)

    for file_name, theme in entries["themes"]:
        cited |= _check_citations(f"{file_name}: theme {theme.id}", theme.studies, study_keys)
    for file_name, conclusion in entries["conclusions"]:
        where = f"{file_name}: conclusion {conclusion.category}"
        cited |= _check_citations(where, conclusion.studies, study_keys)

    if not complete:
        return
    for file_name, study in entries["studies"]:
        if study.key not in cited:
            raise DataFileError(f"{file_name}: study {study.key} is cited by no finding or theme")

    reviewed_with_findings = {f.family for _, f in entries["findings"]}
    for file_name, family in entries["families"]:
        if family.reviewed and family.id not in reviewed_with_findings:
            raise DataFileError(
                f"{file_name}: family {family.id} has no finding; mark it reviewed: false "
                "if the paper reviews no study of it"
            )
        if not family.reviewed and family.id in reviewed_with_findings:
            raise DataFileError(f"{file_name}: family {family.id} is marked not reviewed but has findings")


def _merge_identical_studies(studies: list[tuple[str, Study]]) -> list[tuple[str, Study]]:
    """Sections may list the same study; identical entries are one study, differing ones an error."""
    merged: dict[str, tuple[str, Study]] = {}
    for file_name, study in studies:
        if study.key in merged and merged[study.key][1] != study:
            other_file = merged[study.key][0]
            raise DataFileError(
                f"{file_name}: study {study.key!r} differs from the entry of the same key in {other_file}"
            )
        merged.setdefault(study.key, (file_name, study))
    return list(merged.values())


def _check_unique(entries: list[tuple[str, Any]], attr: str, what: str) -> None:
    counts = Counter(getattr(model, attr) for _, model in entries)
    for file_name, model in entries:
        if counts[getattr(model, attr)] > 1:
            raise DataFileError(f"{file_name}: {what} id {getattr(model, attr)!r} is used more than once")


def condition_problems(finding: Finding, vocabulary: Any) -> Iterator[tuple[str, str]]:
    """(where in the finding, what is wrong) for each condition or risk condition the factor
    vocabulary refuses; the base's loader and the evidence packs' validation both read it."""
    for i, condition in enumerate(finding.conditions):
        problem = vocabulary.condition_problem(condition.factor, condition.values, finding.family)
        if problem:
            yield f"conditions[{i}]", problem
    for i, risk in enumerate(finding.risks):
        for j, condition in enumerate(risk.conditions):
            problem = vocabulary.condition_problem(condition.factor, condition.values, finding.family)
            if problem:
                yield f"risks[{i}].conditions[{j}]", problem


def _check_citations(where: str, keys: list[str], study_keys: set[str]) -> set[str]:
    for key in keys:
        if key not in study_keys:
            raise DataFileError(f"{where}: cites unknown study {key!r}")
    return set(keys)
