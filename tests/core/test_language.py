"""The language seam: words, content, dates and numbers in the language chosen for a scope."""

from __future__ import annotations

import re

import pytest

from atrocity_desk.core import vocabulary
from atrocity_desk.core.datafiles import load_yaml, resource_root
from atrocity_desk.core.evidence import load_evidence
from atrocity_desk.core.errors import UnknownLanguage
from atrocity_desk.core.language import current_language, in_language, language, set_default_language
from atrocity_desk.core.vocabulary import WORD_FAMILIES

FR = language("fr")
NNBSP = "\u202f"
NOT_WORDS = {"colours", "colour"}


def _english_words() -> dict:
    return load_yaml(resource_root() / "vocabulary" / "words.yaml")


def test_every_english_word_has_its_french_and_nothing_else():
    english = _english_words()
    missing, extra = [], []
    for family in (*WORD_FAMILIES, "phrase"):
        for id_, entry in english[family].items():
            fields = [None] if family == "phrase" else [f for f in entry if f not in NOT_WORDS]
            for field in fields:
                text = FR.word(family, id_, field or "text")
                if not text or not text.strip():
                    missing.append(f"{family}.{id_}.{field}")
        for id_, entry in (FR.words.get(family) or {}).items():
            if id_ not in english[family]:
                extra.append(f"{family}.{id_}")
            elif isinstance(entry, dict):
                extra += [f"{family}.{id_}.{f}" for f in entry if f not in english[family][id_] or f in NOT_WORDS]
    extra += [f for f in FR.words if f not in english]
    assert missing == [] and extra == []


def test_a_scope_makes_words_french_and_leaves_the_default_english():
    assert vocabulary.verdict_label("supported") == "Supported"
    with in_language("fr") as lang:
        assert lang is current_language() and lang.code == "fr"
        assert vocabulary.verdict_label("supported") == "Étayé"
        assert vocabulary.status_label("rejected") == "Écartée"
        assert vocabulary.central_caution().startswith("Un outil ne vaut que")
        assert vocabulary.counted(0, "option") == "0 option"  # French: 0 is singular
        with in_language("en"):
            assert vocabulary.verdict_label("supported") == "Supported"
            assert vocabulary.counted(0, "option") == "0 options"
    assert vocabulary.verdict_label("supported") == "Supported"
    assert current_language().code == "en"


def test_an_english_scope_ignores_the_windows_translator():
    vocabulary.use_translator(lambda text: f"[{text}]")
    try:
        assert vocabulary.translate("Verdict") == "[Verdict]"
        with in_language("en"):
            assert vocabulary.translate("Verdict") == "Verdict"
    finally:
        vocabulary.use_translator(None)


def test_the_default_language_is_the_windows_and_scopes_override_it():
    try:
        set_default_language("fr")
        assert vocabulary.verdict_label("mixed") == "Contrasté"
        with in_language("en"):
            assert vocabulary.verdict_label("mixed") == "Mixed"
    finally:
        set_default_language("en")
    assert vocabulary.verdict_label("mixed") == "Mixed"


def test_an_unknown_language_is_refused_with_the_ones_there_are():
    with pytest.raises(UnknownLanguage, match="'de'.*: en, fr"):
        language("de")


def test_content_in_french_keeps_every_id_and_condition():
    english, french = load_evidence(), FR.evidence()
    assert [f.id for f in french.findings] == [f.id for f in english.findings]
    for en, fr in zip(english.findings, french.findings):
        assert fr.statement != en.statement
        assert [(c.factor, c.kind, c.values) for c in fr.conditions] == [(c.factor, c.kind, c.values) for c in en.conditions]
        assert fr.studies == en.studies and fr.direction == en.direction
    assert french.family("peacekeeping").name != english.family("peacekeeping").name
    assert french.source.startswith("Assessing the Anti-Atrocity Toolbox (")  # the title stays English, glossed
    # Authors are names, never translated; only the word joining them is French.
    assert [s.authors for s in french.studies] == [re.sub(r",? and ", " et ", s.authors) for s in english.studies]
    assert french.study("kathman_wood_gent_2012").authors == "Kathman, Wood et Gent"
    assert FR.checklist().factor_groups[0].factors[0].question.endswith("\u00a0?")
    assert FR.factor_vocabulary().design["mission_size"].value_ids() == ["large", "small"]


def test_a_finding_without_french_keeps_its_english():
    base = load_evidence()
    extra = base.findings[0].model_copy(update={"id": "pack_only_finding", "statement": "A pack's own claim."})
    french = FR.evidence(base.model_copy(update={"findings": [*base.findings, extra]}))
    assert french.finding("pack_only_finding").statement == "A pack's own claim."
    assert french.finding(base.findings[0].id).statement != base.findings[0].statement


@pytest.mark.parametrize(
    ("code", "iso", "expected"),
    [
        ("fr", "2026-11-23", "23 novembre 2026"),
        ("fr", "2026-08-01", "1er août 2026"),
        ("en", "2026-11-23", "23 November 2026"),
        ("fr", "not a date", "not a date"),
    ],
)
def test_dates_in_each_language(code, iso, expected):
    assert language(code).long_date(iso) == expected


def test_numbers_in_each_language():
    en = language("en")
    assert FR.number(12345.5, 1) == f"12{NNBSP}345,5" and en.number(12345.5, 1) == "12,345.5"
    assert FR.number(1000) == f"1{NNBSP}000" and en.number(1000) == "1,000"
    assert FR.percent(0.1041, 1) == f"10,4{NNBSP}%" and en.percent(0.1041, 1) == "10.4%"
    assert FR.number(-0.01, 1) == "0,0" and en.number(-2.5, 1) == "-2.5"


def test_lists_are_joined_by_each_languages_separator():
    from atrocity_desk.core.language import join_list

    assert FR.join(["a", "b", "c"]) == f"a{NNBSP}; b{NNBSP}; c" and language("en").join(["a", "b"]) == "a; b"
    with in_language("fr"):
        assert join_list(iter(["x", "y"])) == f"x{NNBSP}; y"
    assert join_list(["x", "y"]) == "x; y"


def test_a_citation_list_of_the_fit_follows_the_language():
    # fit_words joins a reason's citations through the language's separator, not a bare "; ".
    from atrocity_desk.core.fit_words import citations_text

    class _Cited:
        citations = [type("C", (), {"authors": "Hultman et al.", "year": 2014})(),
                     type("C", (), {"authors": "Kathman et Wood", "year": 2016})()]

    with in_language("fr"):
        assert citations_text(_Cited()) == f"Hultman et al. 2014{NNBSP}; Kathman et Wood 2016"
    assert citations_text(_Cited()) == "Hultman et al. 2014; Kathman et Wood 2016"


def test_the_early_warning_projects_figure_and_words_in_french():
    assert vocabulary.risk_percent(0.1041) == "10.4%" and vocabulary.risk_percent(0.005) == "0.500%"
    with in_language("fr"):
        assert vocabulary.risk_percent(0.1041) == f"10,4{NNBSP}%"
        estimate = vocabulary.risk_estimate_words(0.1041, 1, 162, 2025, 2026)
        assert estimate.startswith(f"risque estimé à 10,4{NNBSP}%") and "(rang 1 sur 162)" in estimate
        assert vocabulary.translate(vocabulary.RISK_IMPORT_BUTTON) == "Importer une édition plus récente…"
    assert vocabulary.translate(vocabulary.RISK_IMPORT_BUTTON) == "Import a newer edition…"


def test_a_risk_factors_level_and_counts_in_french():
    from atrocity_desk.core.assessment import risk_level_with_counts

    assert risk_level_with_counts("not_assessed", "0 présent") == "Not yet assessed: 0 présent"
    with in_language("fr"):
        assert risk_level_with_counts("not_assessed", "0 présent") == "Pas encore évalué\u00a0: 0 présent"


def test_a_factor_and_its_value_follow_each_languages_typography():
    from atrocity_desk.core.fit import FactorValue
    from atrocity_desk.core.fit_words import factor_words

    pair = FactorValue(factor="phase", value="escalation")
    with in_language("en"):
        assert factor_words().pair(pair).startswith("Phase of the crisis: Escalation")
    with in_language("fr"):
        french = factor_words().pair(pair)
    assert re.match(r"Phase de la crise[ \u00a0\u202f]: Escalade", french), french
