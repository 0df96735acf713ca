"""Rewording a sentence of the fit changes the words shown, and nothing else (issue 13).

The fit gives data; the window, the memo and the command line word it through one vocabulary and
translation seam. Here a translator rewords the condition sentence, the condition bearings and the
role labels; every structured output must stay the same, the new words must reach each output,
and no raw id may leak into what a planner reads.
"""

from __future__ import annotations

import json
import re

import pytest
from pypdf import PdfReader

from atrocity_desk import cli
from atrocity_desk.core import vocabulary
from atrocity_desk.core.checklist import load_factor_vocabulary
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.memo import MemoSettings, export_memo
from atrocity_desk.core.memo.content import gather_content

REWORDED = {
    "{kind} {factor} is {values} — this case: {here}": "Here {here}, where {factor} should be {values} [{kind}]",
    "Studied only where": "Only ever studied where",
    "favourable to the tool here": "fulfilled",
    "unfavourable to the tool here": "unfulfilled",
    "Points to a benefit here": "Leans towards benefit",
}


def reword(text: str) -> str:
    return REWORDED.get(text, text)


@pytest.fixture
def example(tmp_path):
    path = tmp_path / "example.atrocase"
    write_example_case(path).close()
    return path


def outputs(path, tmp_path, capsys, name: str) -> dict:
    """Everything a planner or a program reads of the example case: fit JSON and text, the memo's
    content model and its printed text."""
    assert cli.main(["fit", str(path), "--json"]) == 0
    fit_json = json.loads(capsys.readouterr().out)
    assert cli.main(["fit", str(path)]) == 0
    fit_text = capsys.readouterr().out
    from atrocity_desk.core.storage import CaseFile

    with CaseFile.open(path, read_only=True) as case:
        content = gather_content(case, None, ("recommended", "considered", "rejected", "in_place"), None)
        memo = export_memo(case, tmp_path / f"{name}.pdf", MemoSettings())
    memo_text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(memo).pages)
    return {
        "fit_json": fit_json,
        "fit_text": fit_text,
        "cited": content.cited_keys(),
        "findings": [content.option_findings(d) for _, d in content.numbered_options()],
        "memo": memo_text,
    }


def without_sentences(fit_json: dict) -> dict:
    for family in fit_json["families"]:
        family.pop("summary")
    return fit_json


def test_rewording_the_fit_changes_only_the_words(example, tmp_path, capsys):
    before = outputs(example, tmp_path, capsys, "before")
    vocabulary.use_translator(reword)
    try:
        after = outputs(example, tmp_path, capsys, "after")
    finally:
        vocabulary.use_translator(None)

    # The data every consumer reads is untouched.
    assert without_sentences(after["fit_json"]) == without_sentences(before["fit_json"])
    assert after["cited"] == before["cited"] and after["findings"] == before["findings"]

    # The new words reach the command line and the memo; the old ones are gone.
    for text in (after["fit_text"], after["memo"]):
        assert "should be" in text and "Only ever studied where" in text and "(fulfilled)" in text
        assert "(favourable to the tool here)" not in text
        assert "Studied only where" not in text
    assert "Leans towards benefit" in after["memo"] and "Points to a benefit here" not in after["memo"]
    assert "Studied only where" in before["memo"]

    # No raw factor id leaks into what the planner reads, before or after (the command line names
    # each finding as <finding_id>, for `atrocity-desk evidence`; that reference is meant).
    terms = load_factor_vocabulary()
    factor_ids = [f for f in [*terms.factors, *terms.design] if "_" in f]
    for text in (before["memo"], after["memo"], before["fit_text"], after["fit_text"]):
        text = re.sub(r"<[a-z0-9_]+>", "", text)
        assert [f for f in factor_ids if f in text] == []
