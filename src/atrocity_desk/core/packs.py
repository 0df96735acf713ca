"""Evidence packs (SPEC §5): studies and findings a planner adds to the 2016 base, per case.

A pack is a YAML file in the schema of ``resources/evidence/*.yaml`` (``studies``, ``findings``, each
study with a ``title``) under a header ``pack: {id, title, author, date}``. A pack is untrusted
input: it is read with the safe loader, refused above ``MAX_PACK_BYTES``, refused when it uses YAML
anchors or aliases (seven nested aliases already expand a few hundred bytes into 28 MB), and
validated like the base. A pack may only use the base's family, factor and design ids; it cannot
redefine a base study or finding, nor touch a family or its ceiling. Any problem refuses the whole
pack with a message naming the file, the entry and the field.

``evidence_with_packs`` joins the base and a case's enabled packs into one ``EvidenceBase`` whose
``finding_sources`` / ``study_sources`` say where each added entry came from ("pack:<id>"); the fit
copies that onto every reason. A family's ceiling stays the paper's unless the planner allowed a
pack to lift it (``allow_lift``); ``lifted_ceilings`` records which, for the memo to state.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .checklist import load_factor_vocabulary
from .datafiles import DataFileError, load_yaml_text, validation_problems
from .errors import CaseFileError
from .evidence import EvidenceBase, Finding, Study, condition_problems

MAX_PACK_BYTES = 2_000_000  # a pack of a few hundred findings is well under 1 MB
PACK_KEYS = ("pack", "studies", "findings")
OWN_PACK_ID = "case_own"  # the pack the window's form adds studies and findings to


class PackError(CaseFileError):
    """A pack was refused whole; the case file is unchanged."""

    title = "Evidence pack refused"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PackHeader(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$", max_length=60)
    title: str = Field(min_length=1, max_length=300)
    author: str = Field(min_length=1, max_length=300)
    date: str  # YYYY-MM-DD

    @field_validator("title", "author")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    @field_validator("date", mode="before")
    @classmethod
    def _iso_date(cls, value: Any) -> str:
        text = value.isoformat() if isinstance(value, date) else str(value)
        try:
            date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a date written YYYY-MM-DD") from None
        return text


class PackStudy(Study):
    title: str = Field(min_length=1)  # packs name their studies in full: a reader cannot look them up in the paper


class EvidencePack(_Strict):
    header: PackHeader
    studies: list[PackStudy]
    findings: list[Finding]

    def info(self) -> dict[str, str]:
        return self.header.model_dump()


class StoredPack(_Strict):
    """A pack as a case file holds it: its header, its YAML text as imported, and the case's switches."""

    id: str
    title: str
    author: str
    date: str
    hash: str  # sha256 of ``text``
    text: str
    enabled: bool = True
    allow_lift: bool = False

    def info(self) -> dict[str, str]:
        """``fit --json``'s ``case.packs`` entry."""
        return {"id": self.id, "title": self.title, "author": self.author, "date": self.date, "hash": self.hash}


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- reading and validating ------------------------------------------------------------------


def parse_pack(text: str, name: str, base: EvidenceBase, others: list[EvidencePack] = ()) -> EvidencePack:
    """The validated pack in ``text`` (``name`` is the file name for messages), or PackError.

    ``others`` are the packs already in the case: ids may collide with them no more than with the base."""
    data = _safe_mapping(text, name)
    header = _entry(name, "pack", None, data.get("pack"), PackHeader)
    studies = [_entry(name, "studies", i, raw, PackStudy) for i, raw in enumerate(_list(data, "studies", name))]
    findings = [_entry(name, "findings", i, raw, Finding) for i, raw in enumerate(_list(data, "findings", name))]
    pack = EvidencePack(header=header, studies=studies, findings=findings)
    _cross_check(pack, name, base, list(others))
    return pack


def read_pack_bytes(raw: bytes, name: str) -> str:
    """The text of a pack file, refused when too large or not UTF-8 (before any parsing)."""
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(f"{name}: the pack is {len(raw):,} bytes; a pack may be at most {MAX_PACK_BYTES:,} bytes.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(f"{name}: not a text file in UTF-8 (byte {exc.start}).") from None


def _safe_mapping(text: str, name: str) -> dict[str, Any]:
    if len(text.encode("utf-8")) > MAX_PACK_BYTES:
        raise PackError(f"{name}: the pack is larger than {MAX_PACK_BYTES:,} bytes, the most a pack may be.")
    _refuse_aliases(text, name)
    try:
        data = load_yaml_text(text, name)  # the safe loader: no Python objects, YAML 1.2 booleans
    except DataFileError as exc:
        raise PackError(str(exc).split("\n")[0]) from None
    if not isinstance(data, dict):
        raise PackError(f"{name}: expected a mapping with 'pack', 'studies' and 'findings' at the top level.")
    unknown = sorted(str(k) for k in data if k not in PACK_KEYS)
    if unknown:
        raise PackError(
            f"{name}: unknown top-level key(s): {', '.join(unknown)}. A pack holds only 'pack', 'studies' "
            "and 'findings'; it cannot change families, tools or their ceilings."
        )
    return data


def _refuse_aliases(text: str, name: str) -> None:
    """Refuse anchors and aliases before anything is built: expanding them is how a few hundred
    bytes become gigabytes, and a pack has no need of them. Only the parser's events are read."""
    import yaml  # only a case with packs, or an import, parses YAML

    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            anchor = getattr(event, "anchor", None)
            if isinstance(event, yaml.AliasEvent) or anchor is not None:
                line = event.start_mark.line + 1 if event.start_mark else "?"
                raise PackError(
                    f"{name}: line {line}: YAML anchors and aliases (&{anchor} / *{anchor}) are not allowed "
                    "in an evidence pack; write each entry out in full."
                )
    except yaml.YAMLError as exc:
        raise PackError(f"{name}: not valid YAML: {str(exc).splitlines()[0]}") from None


def _list(data: dict[str, Any], key: str, name: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise PackError(f"{name}: '{key}' must be a list of entries.")
    return value


def _entry(name: str, key: str, index: int | None, raw: Any, model: type[BaseModel]) -> Any:
    label = (raw.get("id") or raw.get("key")) if isinstance(raw, dict) else None
    where = f"{name}: {key}" + (f"[{index}]" if index is not None else "") + (f" ({label})" if label else "")
    if raw is None:
        raise PackError(f"{where}: missing; a pack starts with pack: {{id, title, author, date}}.")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = validation_problems(exc)
        raise PackError(f"{where}: {problems}") from None


def _cross_check(pack: EvidencePack, name: str, base: EvidenceBase, others: list[EvidencePack]) -> None:
    _unique(name, "study", [s.key for s in pack.studies])
    _unique(name, "finding", [f.id for f in pack.findings])
    taken_studies = {s.key for s in base.studies}
    taken_findings = {f.id for f in base.findings}
    for study in pack.studies:
        if study.key in taken_studies:
            raise PackError(f"{name}: study {study.key}: key: already a study of the evidence base; a pack cannot redefine it (choose a new key).")
    for finding in pack.findings:
        if finding.id in taken_findings:
            raise PackError(f"{name}: finding {finding.id}: id: already a finding of the evidence base; a pack cannot redefine it (choose a new id).")
    for other in others:
        if other.header.id == pack.header.id:
            continue  # the same pack, replaced
        clash = {s.key for s in other.studies} & {s.key for s in pack.studies}
        clash |= {f.id for f in other.findings} & {f.id for f in pack.findings}
        if clash:
            raise PackError(f"{name}: {sorted(clash)[0]!r} is already used by the pack {other.header.id!r} in this case.")
    known_studies = taken_studies | {s.key for s in pack.studies}
    vocabulary = load_factor_vocabulary()
    cited: set[str] = set()
    for finding in pack.findings:
        _check_finding(name, finding, base, vocabulary, known_studies)
        cited |= set(finding.studies)
    for study in pack.studies:
        if study.key not in cited:
            raise PackError(f"{name}: study {study.key}: cited by no finding of the pack.")


def _check_finding(name: str, finding: Finding, base: EvidenceBase, vocabulary, known_studies: set[str]) -> None:
    where = f"{name}: finding {finding.id}"
    families = {f.id: f for f in base.families}
    if finding.family is not None:
        if finding.family not in families:
            raise PackError(f"{where}: family: unknown family {finding.family!r}; a pack uses the base's family ids.")
    for path, problem in condition_problems(finding, vocabulary):
        raise PackError(f"{where}: {path}.factor: {problem}")
    for key in finding.studies:
        if key not in known_studies:
            raise PackError(f"{where}: studies: cites unknown study {key!r} (neither in the base nor in the pack).")


def _unique(name: str, what: str, ids: list[str]) -> None:
    for value, count in Counter(ids).items():
        if count > 1:
            raise PackError(f"{name}: {what} {value}: id used more than once in the pack.")


def validated_pack(
    text: str, name: str, existing: list[StoredPack], enabled: bool = True, allow_lift: bool = False
) -> StoredPack:
    """The record to store for the pack in ``text``, checked against the bundled base and the case's
    other packs (``existing``; one of the same id is the pack being replaced), or PackError."""
    from .evidence import load_evidence  # the bundled base, cached

    base = load_evidence()
    others = [_parsed(p.text, p.id, base) for p in existing if p.id != pack_header_id(text)]
    pack = parse_pack(text, name, base, others)
    return stored_pack(pack, text, enabled=enabled, allow_lift=allow_lift)


def pack_header_id(text: str) -> str | None:
    """The id in a pack's header, read with the same guards as the whole pack (None when absent)."""
    header = _safe_mapping(text, "pack").get("pack")
    value = header.get("id") if isinstance(header, dict) else None
    return value if isinstance(value, str) else None


def _parsed(text: str, name: str, base: EvidenceBase) -> EvidencePack:
    try:
        return parse_pack(text, name, base)
    except PackError:
        # A stored pack that no longer validates is reported by ``check``; here it claims no ids.
        return EvidencePack(header=PackHeader(id=name, title=name, author="?", date="2000-01-01"), studies=[], findings=[])


# --- writing ---------------------------------------------------------------------------------


def pack_text(pack: EvidencePack) -> str:
    """The YAML of a pack (the window's own pack is kept as this text, like an imported one)."""
    data = {
        "pack": pack.header.model_dump(),
        "studies": [{"key": s.key, **s.model_dump(exclude_defaults=True)} for s in pack.studies],
        "findings": [_finding_data(f) for f in pack.findings],
    }
    return _plain_yaml(data)


def _plain_yaml(data: dict[str, Any]) -> str:
    """YAML without anchors or aliases: the pack we write must pass our own reading of packs."""
    import yaml

    class _PlainDumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    return yaml.dump(data, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, width=100)


def _finding_data(finding: Finding) -> dict[str, Any]:
    data = finding.model_dump(exclude_defaults=True)
    data.setdefault("family", finding.family)
    return data


def with_entries(text: str | None, study: dict[str, Any], finding: dict[str, Any], author: str) -> str:
    """The text of the case's own pack with one more study and finding (a new own pack when
    ``text`` is None). Not validated here: storing it validates it like any import."""
    from .vocabulary import OWN_PACK_TITLE, translate

    if text is None:
        header = {"id": OWN_PACK_ID, "title": translate(OWN_PACK_TITLE), "author": author.strip() or "The analyst", "date": date.today().isoformat()}
        data: dict[str, Any] = {"pack": header, "studies": [], "findings": []}
    else:
        data = _safe_mapping(text, OWN_PACK_ID)
    studies = data.get("studies") or []
    # A second finding from a study already in the pack cites it; a different study under a key
    # already used is kept, so that validation refuses it by name.
    data["studies"] = studies if study in studies else [*studies, study]
    data["findings"] = [*(data.get("findings") or []), finding]
    return _plain_yaml(data)


def stored_pack(pack: EvidencePack, text: str, enabled: bool = True, allow_lift: bool = False) -> StoredPack:
    return StoredPack(**pack.header.model_dump(), hash=content_hash(text), text=text, enabled=enabled, allow_lift=allow_lift)


# --- the evidence a case reads ---------------------------------------------------------------


def evidence_with_packs(base: EvidenceBase, stored: list[StoredPack]) -> EvidenceBase:
    """The base plus the enabled packs, each added entry marked with its source ("pack:<id>")."""
    enabled = [p for p in stored if p.enabled]
    if not enabled:
        return base
    findings, studies = list(base.findings), list(base.studies)
    finding_sources: dict[str, str] = {}
    study_sources: dict[str, str] = {}
    lifted: dict[str, list[str]] = {}
    done: list[EvidencePack] = []
    for record in enabled:
        pack = parse_pack(record.text, record.id, base, done)
        done.append(pack)
        source = f"pack:{record.id}"
        findings += pack.findings
        studies += pack.studies
        finding_sources |= {f.id: source for f in pack.findings}
        study_sources |= {s.key: source for s in pack.studies}
        if record.allow_lift:  # only a family the paper caps below supported has a ceiling to lift
            capped = {f.id for f in base.families if f.ceiling != "supported"}
            for family in sorted({f.family for f in pack.findings if f.family in capped}):
                lifted.setdefault(family, []).append(record.id)
    families = [f.model_copy(update={"ceiling": "supported"}) if f.id in lifted else f for f in base.families]
    return base.model_copy(
        update={
            "families": families,
            "findings": findings,
            "studies": studies,
            "packs": [p.info() for p in enabled],
            "pack_titles": {p.id: p.title for p in enabled},
            "finding_sources": finding_sources,
            "study_sources": study_sources,
            "lifted_ceilings": lifted,
        }
    )


def case_evidence(case: Any, base: EvidenceBase | None = None) -> EvidenceBase:
    """The evidence a case reads: the bundled base (or ``base``, the same ids in another language)
    plus the case's enabled packs."""
    from .evidence import load_evidence

    return evidence_with_packs(base or load_evidence(), case.packs())


def finding_count(stored: StoredPack) -> int:
    """How many findings a stored pack holds (0 when it no longer validates; ``check`` says why)."""
    from .evidence import load_evidence

    try:
        return len(parse_pack(stored.text, stored.id, load_evidence()).findings)
    except PackError:
        return 0
