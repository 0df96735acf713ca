"""The content of resources/ in other languages: data beside the English, keyed by the same ids.

The English files stay the source. For each language, ``resources/i18n/<lang>/`` holds one file per
kind of content (``factors.yaml``, ``design.yaml``, ``risk_factors.yaml``, ``actors.yaml``,
``vocabulary.yaml``) and a folder for the evidence base (``evidence/*.yaml``, one file per section
of the paper, like the English). Each file maps entry ids to the translatable fields of the
English entry, plus ``en_hash``: a short hash of the English fields the translation was made from,
so a later change to the English is seen as a stale translation (tests/core/test_content_i18n.py).

A third language is one more folder. Nothing here knows Qt; the words of the interface itself
(labels, verdicts, headings) are not content and live in ``core/vocabulary``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .checklist import Checklist, load_checklist, load_factor_vocabulary
from .datafiles import DataFileError, load_yaml, resource_root, validation_problems
from .evidence import EvidenceBase, Finding, load_evidence
from .vocabulary import english_phrase

KINDS: tuple[str, ...] = ("factors", "design", "risk_factors", "actors", "evidence", "vocabulary")
LANGUAGES: tuple[str, ...] = ("en", "fr")

# kind -> entry id -> field -> English text; only non-empty fields are listed (an empty English
# field has nothing to translate, and every language shows it empty).
Texts = dict[str, dict[str, dict[str, str]]]


def english_hash(fields: dict[str, str]) -> str:
    """The short hash a translation records of the English entry it was made from."""
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:10]


# --- The English: which fields of which entries are content --------------------------------


def _fields(**texts: str) -> dict[str, str]:
    return {name: text.strip() for name, text in texts.items() if text.strip()}


def _factor_entries(groups_or_props: list[Any]) -> Iterator[tuple[str, dict[str, str]]]:
    for term in groups_or_props:
        yield term.id, _fields(label=term.label, question=term.question, help=term.help)
        for value in term.values:
            yield f"{term.id}.{value.id}", _fields(label=value.label)


def _checklist_texts(checklist: Checklist) -> Texts:
    factors: dict[str, dict[str, str]] = {}
    for group in checklist.factor_groups:
        factors[f"group.{group.id}"] = _fields(title=group.title, intro=group.intro)
        factors.update(_factor_entries(group.factors))
    design = dict(_factor_entries(list(load_factor_vocabulary().design.values())))
    risk_factors: dict[str, dict[str, str]] = {}
    for rf in checklist.risk_factors:
        risk_factors[rf.id] = _fields(title=rf.title, description=rf.description)
        risk_factors.update((ind.id, _fields(text=ind.text)) for ind in rf.indicators)
    guide = checklist.actors
    actors = {f"kind.{k.id}": _fields(title=k.title, help=k.help) for k in guide.kinds}
    actors.update((f"type.{t.id}", _fields(label=t.label)) for t in guide.actor_types)
    actors["guide"] = _fields(
        motive_help=guide.motive_help, means_help=guide.means_help,
        opportunity_help=guide.opportunity_help, triggers_help=guide.triggers_help,
        resilience_help=guide.resilience_help, risk_estimate_help=guide.risk_estimate_help,
    )
    return {"factors": factors, "design": design, "risk_factors": risk_factors, "actors": actors}


def _finding_fields(finding: Finding) -> dict[str, str]:
    """Lists inside a finding are numbered from 1 in their English order ("risk.2.text")."""
    texts = {"statement": finding.statement, "caveat": finding.caveat}
    for n, figure in enumerate(finding.figures, 1):
        texts[f"figure.{n}"] = figure
    for n, condition in enumerate(finding.conditions, 1):
        texts[f"condition.{n}.why"] = condition.why
    for n, risk in enumerate(finding.risks, 1):
        texts[f"risk.{n}.text"] = risk.text
        for m, condition in enumerate(risk.conditions, 1):
            texts[f"risk.{n}.condition.{m}.why"] = condition.why
    return _fields(**texts)


def _evidence_texts(evidence: EvidenceBase) -> dict[str, dict[str, str]]:
    # The paper's title stays in English in every language; a translation adds a gloss.
    texts: dict[str, dict[str, str]] = {"base": _fields(source=evidence.source)}
    for family in evidence.families:
        texts[f"family.{family.id}"] = _fields(
            name=family.name, summary=family.summary, ceiling_reason=family.ceiling_reason
        )
    texts.update((f"tool.{t.id}", _fields(name=t.name, description=t.description)) for t in evidence.tools)
    texts.update((f"finding.{f.id}", _finding_fields(f)) for f in evidence.findings)
    # Authors are names and stay as the paper gives them; only the word joining them is the language's.
    texts.update((f"study.{s.key}", _fields(authors=s.authors, note=s.note)) for s in evidence.studies)
    texts.update((f"section.{name}", _fields(name=name)) for name in paper_sections(evidence))
    texts.update((f"theme.{t.id}", _fields(title=t.title, summary=t.summary)) for t in evidence.themes)
    texts.update((f"conclusion.{c.category}", _fields(summary=c.summary)) for c in evidence.conclusions)
    return texts


def section_name(section: str) -> str:
    """A section of the paper as the content keys it: its English name, spaces made single."""
    return " ".join(section.split())


def paper_sections(evidence: EvidenceBase) -> list[str]:
    """Every section of the paper the findings, themes and conclusions name, in order, once each.

    A section is named by its English heading path ("B. Economic tools > Targeted sanctions"); a
    translation glosses each name as a whole, so no code takes a heading apart."""
    named = [*evidence.findings, *evidence.themes, *evidence.conclusions]
    return list(dict.fromkeys(section_name(item.section) for item in named if item.section.strip()))


@lru_cache(maxsize=1)
def english_texts() -> Texts:
    """Every translatable text of the bundled content, by kind, entry id and field."""
    texts = _checklist_texts(load_checklist())
    texts["evidence"] = _evidence_texts(load_evidence())
    texts["vocabulary"] = {"central_caution": _fields(text=english_phrase("central_caution"))}
    return texts


# --- A translation: read, validated against the English ------------------------------------


class TranslatedEntry(BaseModel):
    """One entry: the hash of the English it translates and one text per translatable field."""

    model_config = ConfigDict(extra="allow", frozen=True)
    en_hash: str = Field(pattern=r"^[0-9a-f]{10}$")

    def texts(self) -> dict[str, str]:
        return dict(self.model_extra or {})


class ContentTranslation(BaseModel):
    """The content in one language; ``entries[kind][entry_id]`` mirrors the English entry."""

    model_config = ConfigDict(frozen=True)
    lang: str
    entries: dict[str, dict[str, TranslatedEntry]]

    def stale_entries(self, english: Texts) -> list[str]:
        """``kind/entry`` for each entry whose English changed since it was translated."""
        return [
            f"{kind}/{entry_id}"
            for kind, entries in self.entries.items()
            for entry_id, entry in entries.items()
            if entry.en_hash != english_hash(english[kind][entry_id])
        ]


def _kind_files(folder: Traversable | Path, kind: str) -> list[Traversable | Path]:
    single = folder / f"{kind}.yaml"
    files = [single] if single.is_file() else []
    sub = folder / kind
    if sub.is_dir():
        files += sorted((f for f in sub.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)
    return files


def _read_entries(path: Traversable | Path, where: str) -> dict[str, TranslatedEntry]:
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), dict):
        raise DataFileError(f"{where}: expected an 'entries' mapping of entry id to fields")
    entries: dict[str, TranslatedEntry] = {}
    for entry_id, raw in data["entries"].items():
        try:
            entries[str(entry_id)] = TranslatedEntry.model_validate(raw)
        except ValidationError as exc:
            problems = validation_problems(exc)
            raise DataFileError(f"{where}: entry {entry_id!r}: {problems}") from None
    return entries


def _check_entry(where: str, entry_id: str, entry: TranslatedEntry, english: dict[str, str]) -> None:
    texts = entry.texts()
    for field, text in texts.items():
        if field not in english:
            raise DataFileError(f"{where}: entry {entry_id!r}: field {field!r} has no English to translate")
        if not isinstance(text, str) or not text.strip():
            raise DataFileError(f"{where}: entry {entry_id!r}: field {field!r} is empty")
    missing = [field for field in english if field not in texts]
    if missing:
        raise DataFileError(f"{where}: entry {entry_id!r}: field {missing[0]!r} is not translated")


def _load_kind(folder: Traversable | Path, lang: str, kind: str, english: dict[str, dict[str, str]]):
    files = _kind_files(folder, kind)
    if not files:
        raise DataFileError(f"i18n/{lang}: no translation of {kind} ({kind}.yaml or {kind}/*.yaml)")
    entries: dict[str, TranslatedEntry] = {}
    for path in files:
        where = f"i18n/{lang}/{kind + '/' if path.name != kind + '.yaml' else ''}{path.name}"
        for entry_id, entry in _read_entries(path, where).items():
            if entry_id not in english:
                raise DataFileError(f"{where}: entry {entry_id!r} is not an English {kind} entry")
            if entry_id in entries:
                raise DataFileError(f"{where}: entry {entry_id!r} is translated twice")
            _check_entry(where, entry_id, entry, english[entry_id])
            entries[entry_id] = entry
    missing = [entry_id for entry_id in english if entry_id not in entries]
    if missing:
        raise DataFileError(f"i18n/{lang}: {kind} entry {missing[0]!r} is not translated ({len(missing)} missing)")
    return entries


def load_translation(lang: str, folder: Traversable | Path | None = None,
                     english: Texts | None = None) -> ContentTranslation:
    """Read and check the content in ``lang``: every English entry and field, nothing else."""
    if folder is None:
        return _bundled_translation(lang)
    english = english if english is not None else english_texts()
    entries = {kind: _load_kind(folder, lang, kind, english[kind]) for kind in KINDS}
    return ContentTranslation(lang=lang, entries=entries)


@lru_cache(maxsize=4)
def _bundled_translation(lang: str) -> ContentTranslation:
    if lang not in LANGUAGES or lang == "en":
        raise DataFileError(f"no content translation for language {lang!r} (have: {', '.join(LANGUAGES[1:])})")
    # Checked once per content: the compiled copy is keyed by the translation's files, the English
    # they translate and the code that reads both; a copy read back is checked against the English.
    import sys

    from . import checklist, compiled_cache, datafiles, evidence, vocabulary

    folder = resource_root() / "i18n" / lang
    root = resource_root()
    files = [file for kind in KINDS for file in _kind_files(folder, kind)]
    files += [root / "checklist" / name for name in checklist._FILES]
    files += [*evidence._evidence_files(root / "evidence"), root / "vocabulary" / "words.yaml"]
    key = compiled_cache.content_key(
        compiled_cache.file_parts(files)
        + compiled_cache.code_parts(sys.modules[__name__], checklist, evidence, vocabulary, datafiles)
    )
    return compiled_cache.load_or_build(
        f"content-{lang}", key, ContentTranslation, lambda: load_translation(lang, folder), _check_against_english
    )


def _check_against_english(translation: ContentTranslation) -> None:
    """What ``_load_kind`` checks across a translation's files, for a compiled copy read back:
    every English entry of every kind, each field translated, nothing else."""
    english = english_texts()
    if set(translation.entries) != set(KINDS):
        raise DataFileError(f"i18n/{translation.lang}: not one table per kind of content")
    for kind, entries in translation.entries.items():
        where = f"i18n/{translation.lang}/{kind}"
        if set(entries) != set(english[kind]):
            raise DataFileError(f"{where}: the entries are not those of the English")
        for entry_id, entry in entries.items():
            _check_entry(where, entry_id, entry, english[kind][entry_id])


def localized(kind: str, entry_id: str, field: str, lang: str) -> str:
    """The text of one field of one content entry in ``lang`` ("en" gives the English).

    An empty English field stays empty in every language. Unknown kinds and entries raise
    KeyError: they are programming errors, not data to be shown."""
    english = english_texts()[kind][entry_id]
    text = english.get(field, "")
    if lang == "en" or not text:
        return text
    return _bundled_translation(lang).entries[kind][entry_id].texts()[field]
