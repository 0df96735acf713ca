"""The checklist, the word table and the risk command's data go through the same checked compiled
cache as the evidence base (issue 22): a warm start parses no YAML, and a copy read back is held to
every rule its files are, so a damaged, stale or doctored copy is rebuilt, never used."""

import hashlib
import json

import pytest

from atrocity_desk.core import checklist, compiled_cache, content_i18n, country_names, language, risk_data, vocabulary


def _clear():
    checklist.clear_loaded()
    vocabulary._words.cache_clear()
    country_names._aliases.cache_clear()
    risk_data.bundled_edition.cache_clear()
    language.language.cache_clear()
    content_i18n._bundled_translation.cache_clear()


@pytest.fixture(autouse=True)
def fresh_loads():
    _clear()
    yield
    _clear()


# name of the compiled copy -> what a caller gets from it
UNITS = {
    "checklist": lambda: (checklist.load_checklist(), checklist.load_factor_vocabulary().design),
    "words": lambda: vocabulary._words(),
    "country-aliases": lambda: country_names._aliases(),
    "risk-meta": lambda: risk_data.bundled_edition(),
    "catalogue-fr": lambda: language.language("fr"),
    "content-fr": lambda: content_i18n._bundled_translation("fr"),
}


def load(name):
    _clear()
    return UNITS[name]()


def rewrite(name, payload: bytes, key: str | None = None) -> None:
    """The copy under ``name`` with this payload and a matching checksum (a doctored copy)."""
    path = compiled_cache.cache_path(name)
    header = json.loads(path.read_bytes().partition(b"\n")[0])
    header["sha256"] = hashlib.sha256(payload).hexdigest()
    header["key"] = key or header["key"]
    path.write_bytes(json.dumps(header).encode() + b"\n" + payload)


def payload_of(name):
    return json.loads(compiled_cache.cache_path(name).read_bytes().partition(b"\n")[2])


@pytest.mark.parametrize("name", UNITS)
def test_a_warm_load_reads_the_compiled_copy_and_no_yaml(name, monkeypatch):
    from atrocity_desk.core import datafiles

    first = load(name)
    assert compiled_cache.cache_path(name).is_file()
    monkeypatch.setattr(datafiles, "load_yaml_text", lambda *a: pytest.fail("parsed YAML with a warm cache"))
    assert load(name) == first


def _duplicate_factor(data):
    group = data["checklist"]["factor_groups"][0]
    group["factors"].append(group["factors"][0])


def _design_reuses_a_factor_id(data):
    data["design"][0]["id"] = data["checklist"]["factor_groups"][0]["factors"][0]["id"]


def _thirteen_risk_factors(data):
    data["checklist"]["risk_factors"].pop()


def _bad_factor_id(data):
    data["checklist"]["factor_groups"][0]["factors"][0]["id"] = "Not An Id"


def _word_lacks_a_field(data):
    del data["verdict"]["supported"]["meaning"]


def _words_not_a_table(data):
    data["verdict"] = ["supported"]


def _word_entry_is_text(data):
    # Text, not a table of fields, though it contains each field's name.
    data["verdict"]["supported"] = " ".join(vocabulary.WORD_FAMILIES["verdict"])


def _alias_to_a_list(data):
    data[next(iter(data))] = ["Côte d'Ivoire"]


def _meta_without_model_run(data):
    del data["model_run"]


def _phrase_not_text(data):
    data["phrases"][next(iter(data["phrases"]))] = 12


def _word_entry_not_a_table(data):
    family = next(iter(data["words"]))
    data["words"][family][next(iter(data["words"][family]))] = ["a", "list"]


def _translation_drops_an_entry(data):
    data["entries"]["factors"].pop(next(iter(data["entries"]["factors"])))


def _translation_empties_a_field(data):
    entry = next(iter(data["entries"]["evidence"].values()))
    entry[next(k for k in entry if k != "en_hash")] = " "


def _translation_adds_a_field(data):
    next(iter(data["entries"]["actors"].values()))["invented"] = "texte"


# Each breaks a rule of the data files while staying well-formed JSON with a right checksum: only
# the check on reading back can catch it (the first three pass the pydantic models alone).
DOCTORED = [
    ("checklist", _duplicate_factor),
    ("checklist", _design_reuses_a_factor_id),
    ("checklist", _thirteen_risk_factors),
    ("checklist", _bad_factor_id),
    ("words", _word_lacks_a_field),
    ("words", _words_not_a_table),
    ("words", _word_entry_is_text),
    ("country-aliases", _alias_to_a_list),
    ("risk-meta", _meta_without_model_run),
    ("catalogue-fr", _phrase_not_text),
    ("catalogue-fr", _word_entry_not_a_table),
    ("content-fr", _translation_drops_an_entry),
    ("content-fr", _translation_empties_a_field),
    ("content-fr", _translation_adds_a_field),
]


@pytest.mark.parametrize("name, doctor", DOCTORED, ids=[d.__name__ for _, d in DOCTORED])
def test_a_doctored_copy_is_refused_and_rebuilt(name, doctor):
    expected = load(name)
    good = payload_of(name)
    data = payload_of(name)
    doctor(data)
    rewrite(name, json.dumps(data).encode())
    assert load(name) == expected
    assert payload_of(name) == good  # and the good copy is kept again


@pytest.mark.parametrize("name", UNITS)
@pytest.mark.parametrize("damage", ["truncate", "flip_payload", "foreign_key", "not_json"])
def test_a_damaged_or_foreign_copy_is_rebuilt(name, damage):
    expected = load(name)
    path = compiled_cache.cache_path(name)
    data = path.read_bytes()
    head, _, payload = data.partition(b"\n")
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flip_payload":  # the checksum left as it was
        path.write_bytes(head + b"\n" + payload.replace(b'"', b"'", 1))
    elif damage == "foreign_key":
        rewrite(name, payload, key="0" * 64)
    else:
        rewrite(name, b"\x80 not json")
    assert load(name) == expected
    assert compiled_cache.read_payload(path, json.loads(head)["key"]) == payload


def test_an_edited_checklist_file_is_a_new_key(tmp_path, monkeypatch):
    import shutil

    from atrocity_desk.core.datafiles import resource_root

    shutil.copytree(resource_root() / "checklist", tmp_path / "checklist")
    monkeypatch.setattr(checklist, "resource_root", lambda: tmp_path)
    before = load("checklist")[0]
    factors = tmp_path / "checklist" / "factors.yaml"
    label = before.factor_groups[0].factors[0].label
    factors.write_text(factors.read_text(encoding="utf-8").replace(label, "Edited for the test", 1), encoding="utf-8")
    assert load("checklist")[0].factor_groups[0].factors[0].label == "Edited for the test"


def test_a_words_file_that_would_read_back_different_is_refused(tmp_path, monkeypatch):
    # A numeric id reads back as text from JSON: refused at the build, so warm equals cold.
    from atrocity_desk.core.datafiles import DataFileError, resource_root

    (tmp_path / "vocabulary").mkdir()
    text = (resource_root() / "vocabulary" / "words.yaml").read_text(encoding="utf-8")
    (tmp_path / "vocabulary" / "words.yaml").write_text(text + "\nextra: {1: one}\n", encoding="utf-8")
    monkeypatch.setattr(vocabulary, "resource_root", lambda: tmp_path)
    with pytest.raises(DataFileError, match="words.yaml: .*an id must be text"):
        vocabulary._words()
