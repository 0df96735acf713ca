"""The content models (checklist, option design, evidence base) with their words in one language.

The French texts are data beside the English (``resources/i18n/<lang>/``, read and checked by
``content_i18n``); this module puts them into copies of the same pydantic models, keyed by the same
ids, so every consumer that words content (fit words, memo, command line) reads a localized model
exactly as it reads the English one, and nothing a computation uses (ids, values, conditions)
changes. An entry with no translation (an evidence pack's finding) keeps its English.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel

from . import checklist as checklist_module
from . import evidence as evidence_module
from .checklist import Checklist, Factor, FactorVocabulary
from .evidence import EvidenceBase, Finding

if TYPE_CHECKING:  # the translations load only for a language other than English
    from .content_i18n import ContentTranslation

M = TypeVar("M", bound=BaseModel)


class _Texts:
    """One language's texts of one kind of content, by entry id and field."""

    def __init__(self, translation: ContentTranslation, kind: str):
        self.entries = translation.entries.get(kind, {})

    def fields(self, entry_id: str) -> dict[str, str]:
        entry = self.entries.get(entry_id)
        return entry.texts() if entry is not None else {}

    def apply(self, model: M, entry_id: str, *names: str) -> M:
        """``model`` with the named fields in this language (those the translation has)."""
        texts = self.fields(entry_id)
        update = {name: texts[name] for name in names if name in texts}
        return model.model_copy(update=update) if update else model


# --- the checklist --------------------------------------------------------------------------


def _factor(term: Factor, texts: _Texts) -> Factor:
    values = [texts.apply(v, f"{term.id}.{v.id}", "label") for v in term.values]
    return texts.apply(term, term.id, "label", "question", "help").model_copy(update={"values": values})


def _checklist(checklist: Checklist, translation: ContentTranslation) -> Checklist:
    factors, risks, actors = (_Texts(translation, k) for k in ("factors", "risk_factors", "actors"))
    groups = [
        factors.apply(g, f"group.{g.id}", "title", "intro").model_copy(
            update={"factors": [_factor(f, factors) for f in g.factors]}
        )
        for g in checklist.factor_groups
    ]
    risk_factors = [
        risks.apply(rf, rf.id, "title", "description").model_copy(
            update={"indicators": [risks.apply(i, i.id, "text") for i in rf.indicators]}
        )
        for rf in checklist.risk_factors
    ]
    guide = checklist.actors
    guide = actors.apply(guide, "guide", *actors.fields("guide")).model_copy(
        update={
            "kinds": [actors.apply(k, f"kind.{k.id}", "title", "help") for k in guide.kinds],
            "actor_types": [actors.apply(t, f"type.{t.id}", "label") for t in guide.actor_types],
        }
    )
    return checklist.model_copy(update={"factor_groups": groups, "risk_factors": risk_factors, "actors": guide})


def _factor_vocabulary(vocabulary: FactorVocabulary, translation: ContentTranslation) -> FactorVocabulary:
    groups = _checklist(checklist_module.load_checklist(), translation).factor_groups
    design = _Texts(translation, "design")
    return FactorVocabulary(groups, [_factor(d, design) for d in vocabulary.design.values()])


# --- the evidence base ----------------------------------------------------------------------


def _finding(finding: Finding, texts: _Texts) -> Finding:
    """Lists inside a finding are numbered from 1 in their English order, as content_i18n keys them."""
    key = f"finding.{finding.id}"
    fields = texts.fields(key)
    if not fields:
        return finding.model_copy(update={"section": _section(finding.section, texts)})

    def why(condition, name):
        return condition.model_copy(update={"why": fields.get(name, condition.why)})

    risks = [
        risk.model_copy(
            update={
                "text": fields.get(f"risk.{n}.text", risk.text),
                "conditions": [why(c, f"risk.{n}.condition.{m}.why") for m, c in enumerate(risk.conditions, 1)],
            }
        )
        for n, risk in enumerate(finding.risks, 1)
    ]
    return texts.apply(finding, key, "statement", "caveat").model_copy(
        update={
            "section": _section(finding.section, texts),
            "figures": [fields.get(f"figure.{n}", f) for n, f in enumerate(finding.figures, 1)],
            "conditions": [why(c, f"condition.{n}.why") for n, c in enumerate(finding.conditions, 1)],
            "risks": risks,
        }
    )


def _section(section: str, texts: _Texts) -> str:
    """The gloss of a section of the paper in this language (a pack's own section keeps its words)."""
    from .content_i18n import section_name

    return texts.fields(f"section.{section_name(section)}").get("name", section)


def _sectioned(item: M, texts: _Texts) -> M:
    return item.model_copy(update={"section": _section(item.section, texts)})


def localized_evidence(evidence: EvidenceBase, lang: str) -> EvidenceBase:
    """``evidence`` (the bundled base, or the base with a case's packs) in ``lang``."""
    from .content_i18n import load_translation

    texts = _Texts(load_translation(lang), "evidence")
    return texts.apply(evidence, "base", "source").model_copy(
        update={
            "families": [texts.apply(f, f"family.{f.id}", "name", "summary", "ceiling_reason") for f in evidence.families],
            "tools": [texts.apply(t, f"tool.{t.id}", "name", "description") for t in evidence.tools],
            "findings": [_finding(f, texts) for f in evidence.findings],
            "studies": [texts.apply(s, f"study.{s.key}", "authors", "note") for s in evidence.studies],
            "themes": [_sectioned(texts.apply(t, f"theme.{t.id}", "title", "summary"), texts) for t in evidence.themes],
            "conclusions": [
                _sectioned(texts.apply(c, f"conclusion.{c.category}", "summary"), texts) for c in evidence.conclusions
            ],
        }
    )


# --- the bundled content, once per language ------------------------------------------------
# English is the loaders' own (cached) models, looked up when asked for, so a test that swaps a
# loader sees its swap here too.


def bundled_evidence(lang: str) -> EvidenceBase:
    return evidence_module.load_evidence() if lang == "en" else _translated_evidence(lang)


def bundled_checklist(lang: str) -> Checklist:
    return checklist_module.load_checklist() if lang == "en" else _translated_checklist(lang)


def bundled_factor_vocabulary(lang: str) -> FactorVocabulary:
    return checklist_module.load_factor_vocabulary() if lang == "en" else _translated_factor_vocabulary(lang)


@lru_cache(maxsize=4)
def _translated_evidence(lang: str) -> EvidenceBase:
    return localized_evidence(evidence_module.load_evidence(), lang)


@lru_cache(maxsize=4)
def _translated_checklist(lang: str) -> Checklist:
    from .content_i18n import load_translation

    return _checklist(checklist_module.load_checklist(), load_translation(lang))


@lru_cache(maxsize=4)
def _translated_factor_vocabulary(lang: str) -> FactorVocabulary:
    from .content_i18n import load_translation

    return _factor_vocabulary(checklist_module.load_factor_vocabulary(), load_translation(lang))
