"""``--lang fr`` on ``fit`` and ``evidence`` (issue 21): French words, the same ids and data."""

from __future__ import annotations

import json

import pytest

from atrocity_desk.cli import main
from atrocity_desk.core import vocabulary
from atrocity_desk.core.example import write_example_case

# The fields of ``fit --json`` that are words for a reader; everything else is data.
WORDS = {"summary", "risks", "conditional_risks", "basis", "ceiling"}


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    path = tmp_path_factory.mktemp("lang") / "example.atrocase"
    write_example_case(path).close()
    return path


def run(capsys, *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def without_words(fit: dict) -> dict:
    def strip(entry: dict) -> dict:
        kept = {k: v for k, v in entry.items() if k not in WORDS}
        if "ceiling" in entry:  # its reason is words; the rest of it is data
            kept["ceiling"] = {k: v for k, v in entry["ceiling"].items() if k != "reason"}
        return kept

    return {**fit, "families": [strip(f) for f in fit["families"]], "options": [strip(o) for o in fit["options"]]}


def test_fit_json_ids_are_the_same_in_every_language_only_words_change(example, capsys):
    english = json.loads(run(capsys, "fit", str(example), "--json"))
    french = json.loads(run(capsys, "fit", str(example), "--json", "--lang", "fr"))
    assert without_words(french) == without_words(english)
    assert [f["id"] for f in french["families"]] == [f["id"] for f in english["families"]]
    # ... and the words did change: every summary, and the harms the studies name.
    assert all(f["summary"] != e["summary"] for f, e in zip(french["families"], english["families"]))
    named = [(f["risks"], e["risks"]) for f, e in zip(french["families"], english["families"]) if e["risks"]]
    assert named and all(fr != en for fr, en in named)


def test_fit_text_in_french_gives_french_reasons(example, capsys):
    text = run(capsys, "fit", str(example), "--lang", "fr")
    assert "VOS OPTIONS" in text and "Verdict\u00a0: " in text and "Laissés de côté\u00a0: " in text
    assert "— ce cas\u00a0: " in text  # the conditions, worded in French
    for english in ("YOUR OPTIONS", "Left out:", "this case:", "Points to a benefit here"):
        assert english not in text
    assert vocabulary.verdict_label("mixed") == "Mixed"  # the command's language ends with it


def test_evidence_in_french(capsys):
    overview = run(capsys, "evidence", "--lang", "fr")
    assert "Base de données probantes" in overview and "Un outil ne vaut que" in overview
    family = run(capsys, "evidence", "peacekeeping", "--lang", "fr")
    assert "Constats (" in family and "Plafond\u00a0: " in family and "Findings" not in family
    # Authors and years are never translated.
    assert "Hultman, Kathman and Shannon" in run(capsys, "evidence", "peacekeeping") and "Hultman" in family


def test_evidence_json_ids_are_the_same_in_french(capsys):
    english = json.loads(run(capsys, "evidence", "--json"))
    french = json.loads(run(capsys, "evidence", "--json", "--lang", "fr"))
    assert [f["id"] for f in french["findings"]] == [f["id"] for f in english["findings"]]
    assert [f["conditions"] for f in french["findings"]] != [] and french["studies"] == english["studies"]
    assert french["findings"][0]["statement"] != english["findings"][0]["statement"]


def test_an_unknown_language_on_fit_is_a_plain_message(example, capsys):
    assert main(["fit", str(example), "--lang", "de"]) == 2
    err = capsys.readouterr().err
    assert "There is no language 'de'" in err and "Traceback" not in err
