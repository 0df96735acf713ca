"""Find across the case (issue 17): case and accents ignored, every kind of thing, a page for each."""

from __future__ import annotations

from pathlib import Path

from atrocity_desk.core.checklist import load_checklist
from atrocity_desk.core.evidence import load_evidence
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.find import find_in_case


def _find(tmp_path: Path, query: str):  # noqa: ANN202
    case = write_example_case(tmp_path / f"e{len(list(tmp_path.iterdir()))}.atrocase")
    try:
        revision = case.latest_revision().id
        return find_in_case(
            query, load_checklist(), case.judgments(revision, "factor"), case.judgments(revision, "indicator"),
            case.actors(revision), case.objectives(revision), case.decisions(revision), load_evidence())
    finally:
        case.close()


def test_accents_and_case_are_ignored_and_each_hit_names_its_page(tmp_path: Path) -> None:
    hits = _find(tmp_path, "nambe")
    kinds = {h.kind for h in hits}
    assert {"actor", "option", "factor"} <= kinds  # a group at risk, an option title, a factor's note
    assert all("ñambé" in h.matched.lower() for h in hits)
    pages = {"factor": "situation", "indicator": "risk_factors", "actor": "actors", "option": "decisions",
             "objective": "aim", "finding": "toolbox", "risk_factor": "risk_factors"}
    assert all(h.target == pages[h.kind] for h in hits)


def test_findings_and_indicator_notes_are_found_and_an_empty_query_finds_nothing(tmp_path: Path) -> None:
    assert any(h.kind == "finding" for h in _find(tmp_path, "naming and shaming"))
    assert any(h.kind == "indicator" for h in _find(tmp_path, "helicopters"))  # a note on indicator 7.4
    assert _find(tmp_path, "   ") == []
    assert _find(tmp_path, "no such words anywhere") == []
