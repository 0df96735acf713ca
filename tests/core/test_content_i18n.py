"""The content in French: complete both ways, not left in English, not stale, hedges kept, and a
loader that refuses malformed translations with a message naming the file, the entry and the field."""

import importlib.util
import shutil
from pathlib import Path

import pytest
import yaml

from atrocity_desk.core.content_i18n import (
    KINDS,
    english_hash,
    english_texts,
    load_translation,
    localized,
)
from atrocity_desk.core.datafiles import DataFileError
from atrocity_desk.core.vocabulary import english_phrase
from tests.conftest import REPO

FRENCH = REPO / "resources" / "i18n" / "fr"


def _raw_french() -> dict[str, dict[str, dict]]:
    """The French files read as plain YAML, without the loader, so completeness is checked apart
    from the loader's own checks."""
    found: dict[str, dict[str, dict]] = {kind: {} for kind in KINDS}
    for path in sorted(FRENCH.rglob("*.yaml")):
        rel = path.relative_to(FRENCH)
        kind = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        if kind not in KINDS:  # the interface's words (words.yaml, phrases.yaml): core/language.py
            continue
        found[kind].update(yaml.safe_load(path.read_text(encoding="utf-8"))["entries"])
    return found


def _fields(entry: dict) -> set[str]:
    return {name for name in entry if name != "en_hash"}


def test_every_english_entry_and_field_has_its_french():
    english, french = english_texts(), _raw_french()
    missing = [
        f"{kind}/{entry_id}/{field}"
        for kind in KINDS
        for entry_id, fields in english[kind].items()
        for field in fields
        if field not in french[kind].get(entry_id, {})
    ]
    assert not missing, f"{len(missing)} English texts have no French, e.g. {missing[:5]}"


def test_every_french_entry_and_field_has_its_english():
    english, french = english_texts(), _raw_french()
    extra = [
        f"{kind}/{entry_id}/{field}"
        for kind in KINDS
        for entry_id, entry in french[kind].items()
        for field in _fields(entry)
        if field not in english[kind].get(entry_id, {})
    ]
    assert not extra, f"French texts with no English counterpart: {extra[:5]}"


def test_the_whole_content_is_covered():
    """The counts the brief names: fourteen risk factors, 141 findings, the central caution."""
    english = english_texts()
    assert sum(1 for e in english["risk_factors"] if "." not in e) == 14
    assert sum(1 for e in english["evidence"] if e.startswith("finding.")) == 141
    assert english["vocabulary"]["central_caution"]["text"] == english_phrase("central_caution")


def test_no_french_text_is_empty_or_left_in_english():
    english, french = english_texts(), load_translation("fr")
    left = []
    for kind in KINDS:
        for entry_id, fields in english[kind].items():
            texts = french.entries[kind][entry_id].texts()
            for field, text in fields.items():
                assert texts[field].strip(), f"{kind}/{entry_id}/{field} is empty in French"
                # A name of one or two words may be the same in both languages ("Ultimatums"); a
                # study's authors are names, the same in every language but for the word "and".
                if texts[field].strip() == text.strip() and len(text.split()) > 2 and field != "authors":
                    left.append(f"{kind}/{entry_id}/{field}")
    assert not left, f"French identical to the English sentence: {left[:5]}"


def test_no_translation_is_stale():
    stale = load_translation("fr").stale_entries(english_texts())
    assert not stale, (
        f"the English changed since these were translated: {stale[:5]}; update the French, then "
        "run `python scripts/content_i18n.py stamp fr ID...`"
    )


def test_a_changed_english_text_makes_its_translation_stale():
    english = english_texts()
    changed = {kind: {k: dict(v) for k, v in entries.items()} for kind, entries in english.items()}
    changed["evidence"]["finding.dip_shaming_less_severe_killing"]["statement"] += " Always."
    stale = load_translation("fr").stale_entries(changed)
    assert stale == ["evidence/finding.dip_shaming_less_severe_killing"]


def test_localized_gives_french_english_and_empty_where_english_is_empty():
    finding = "finding.dip_condemnation_does_not_halt_campaigns"  # its English caveat is empty
    assert localized("evidence", finding, "caveat", "en") == ""
    assert localized("evidence", finding, "caveat", "fr") == ""
    assert localized("evidence", finding, "statement", "en").startswith("Once mass killing")
    assert localized("evidence", finding, "statement", "fr").startswith("Une fois des tueries de masse")
    assert localized("vocabulary", "central_caution", "text", "fr").startswith("Un outil ne vaut")
    assert localized("factors", "phase.escalation", "label", "fr").startswith("Escalade")


def test_localized_refuses_unknown_entries_and_languages():
    with pytest.raises(KeyError):
        localized("evidence", "finding.no_such_finding", "statement", "fr")
    with pytest.raises(DataFileError, match="no content translation for language 'de'"):
        localized("evidence", "finding.dip_shaming_less_severe_killing", "statement", "de")


def test_the_paper_title_is_given_in_english_with_a_french_gloss():
    source = localized("evidence", "base", "source", "fr")
    assert source.startswith("Assessing the Anti-Atrocity Toolbox (Évaluer la boîte à outils contre les atrocités).")
    assert "février 2016" in source


def test_every_section_of_the_paper_has_a_french_gloss_and_no_other():
    """The section names a memo prints after each reference ("Discussed in: ..."): each one the
    findings, themes and conclusions name is glossed in French, and the French glosses no other."""
    english = {k for k in english_texts()["evidence"] if k.startswith("section.")}
    french = {k for k in _raw_french()["evidence"] if k.startswith("section.")}
    assert len(english) == 48
    assert french == english
    gloss = localized("evidence", "section.B. Economic tools > Targeted sanctions", "name", "fr")
    assert gloss == "B. Outils économiques > Sanctions ciblées"


def test_the_localized_evidence_carries_the_glosses_and_french_authors():
    from atrocity_desk.core.localized import bundled_evidence

    english, french = bundled_evidence("en"), bundled_evidence("fr")
    assert [f.id for f in french.findings] == [f.id for f in english.findings]
    sections = {f.section for f in french.findings} | {t.section for t in french.themes}
    assert "D. Outils militaires > Maintien de la paix" in sections
    assert not sections & ({f.section for f in english.findings} | {t.section for t in english.themes})
    authors = {s.key: s.authors for s in french.studies}
    assert authors["kathman_wood_gent_2012"] == "Kathman, Wood et Gent"
    assert not [a for a in authors.values() if " and " in a or ", et " in a]
    assert sorted(authors) == sorted(s.key for s in english.studies)


def test_a_changed_section_name_or_authors_leaves_a_translation_behind():
    english = english_texts()
    changed = {kind: {k: dict(v) for k, v in entries.items()} for kind, entries in english.items()}
    changed["evidence"]["study.kathman_wood_gent_2012"]["authors"] = "Kathman, Wood, and Gent"
    assert load_translation("fr").stale_entries(changed) == ["evidence/study.kathman_wood_gent_2012"]


# --- Hedges --------------------------------------------------------------------------------


def _hedge_review():
    path = REPO / "scripts" / "review_fr_hedges.py"
    spec = importlib.util.spec_from_file_location("review_fr_hedges", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_french_evidence_keeps_every_hedge_of_the_english():
    review = _hedge_review()
    english = english_texts()["evidence"]
    french = {k: e.texts() for k, e in load_translation("fr").entries["evidence"].items()}
    lost = [f for f in review.flagged(english, french) if f[0] not in review.REVIEWED]
    assert not lost, f"hedges the French seems to drop (run scripts/review_fr_hedges.py): {lost[:3]}"


def test_hedge_review_catches_a_dropped_hedge():
    review = _hedge_review()
    english = {"finding.x": {"statement": "Condemnation may lower the number of civilians killed."}}
    dropped = {"finding.x": {"statement": "La condamnation réduit le nombre de civils tués."}}
    kept = {"finding.x": {"statement": "La condamnation peut réduire le nombre de civils tués."}}
    assert [f[1] for f in review.flagged(english, dropped)] == ["modal"]
    assert review.flagged(english, kept) == []


# --- The loader's refusals -----------------------------------------------------------------


@pytest.fixture
def french_copy(tmp_path) -> Path:
    folder = tmp_path / "fr"
    shutil.copytree(FRENCH, folder)
    return folder


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["entries"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_correct_copy_loads(french_copy):
    loaded = load_translation("fr", french_copy)
    assert set(loaded.entries) == set(KINDS)


def test_loader_refuses_an_unknown_entry(french_copy):
    _edit(french_copy / "design.yaml", lambda e: e.update(no_such_property={"en_hash": "0" * 10, "label": "x"}))
    with pytest.raises(DataFileError, match=r"i18n/fr/design\.yaml: entry 'no_such_property' is not an English design entry"):
        load_translation("fr", french_copy)


def test_loader_refuses_a_missing_field(french_copy):
    _edit(french_copy / "factors.yaml", lambda e: e["phase"].pop("help"))
    with pytest.raises(DataFileError, match=r"i18n/fr/factors\.yaml: entry 'phase': field 'help' is not translated"):
        load_translation("fr", french_copy)


def test_loader_refuses_an_extra_field(french_copy):
    _edit(french_copy / "evidence" / "legal.yaml",
          lambda e: e["finding.leg_icty_no_gain_in_bosnian_societal_peace"].update({"risk.1.text": "un risque"}))
    with pytest.raises(DataFileError, match=r"evidence/legal\.yaml: entry 'finding\.leg_icty_no_gain_in_bosnian_societal_peace': field 'risk\.1\.text' has no English"):
        load_translation("fr", french_copy)


def test_loader_refuses_an_empty_field(french_copy):
    _edit(french_copy / "actors.yaml", lambda e: e["guide"].update(means_help="  "))
    with pytest.raises(DataFileError, match=r"actors\.yaml: entry 'guide': field 'means_help' is empty"):
        load_translation("fr", french_copy)


def test_loader_refuses_a_missing_entry(french_copy):
    _edit(french_copy / "risk_factors.yaml", lambda e: e.pop("rf14.7"))
    with pytest.raises(DataFileError, match=r"i18n/fr: risk_factors entry 'rf14\.7' is not translated"):
        load_translation("fr", french_copy)


def test_loader_refuses_an_entry_translated_twice(french_copy):
    twin = french_copy / "evidence" / "twin.yaml"
    entry = yaml.safe_load((french_copy / "evidence" / "legal.yaml").read_text(encoding="utf-8"))["entries"]
    twin.write_text(yaml.safe_dump({"entries": {"tool.leg_arbitration": entry["tool.leg_arbitration"]}},
                                   allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"entry 'tool\.leg_arbitration' is translated twice"):
        load_translation("fr", french_copy)


def test_loader_refuses_an_entry_without_its_english_hash(french_copy):
    _edit(french_copy / "vocabulary.yaml", lambda e: e["central_caution"].pop("en_hash"))
    with pytest.raises(DataFileError, match=r"vocabulary\.yaml: entry 'central_caution': en_hash: Field required"):
        load_translation("fr", french_copy)


def test_loader_refuses_a_missing_kind_and_bad_yaml(french_copy):
    (french_copy / "actors.yaml").write_text("entries: [unclosed", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"actors\.yaml: not valid YAML"):
        load_translation("fr", french_copy)
    (french_copy / "actors.yaml").unlink()
    with pytest.raises(DataFileError, match=r"i18n/fr: no translation of actors"):
        load_translation("fr", french_copy)


def test_hash_is_of_the_english_fields_only():
    assert english_hash({"a": "x", "b": "y"}) == english_hash({"b": "y", "a": "x"})
    assert english_hash({"a": "x"}) != english_hash({"a": "x."})


def test_the_translations_ship_in_the_wheel():
    """Every file under resources/i18n matches the package data of pyproject.toml (a wheel built
    from this checkout was seen to hold them)."""
    import fnmatch
    import tomllib

    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "atrocity_desk.resources.i18n" in setuptools["packages"]
    patterns = setuptools["package-data"]["atrocity_desk.resources.i18n"]
    folder = REPO / "resources" / "i18n"
    # A Qt .ts is the source of the .qm the build compiles and ships (tests/ui/test_translatable.py).
    files = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.suffix != ".ts"]
    assert files
    # fnmatch's "*" also crosses "/", so a pattern is matched part by part as setuptools globs it.
    def shipped(name: str) -> bool:
        return any(
            len(pattern.split("/")) == len(name.split("/"))
            and all(fnmatch.fnmatch(n, p) for n, p in zip(name.split("/"), pattern.split("/")))
            for pattern in patterns
        )
    unshipped = [f for f in files if not shipped(f)]
    assert not unshipped, f"not in the wheel's package data: {unshipped}"
