"""One per-option fit (issue 16): the memo's grid reads every option as the window and ``fit`` do,
through ``option_fit.case_fit`` (situation and the option's design), so the three cannot differ."""

from __future__ import annotations

import pytest
from docx import Document

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.memo import MemoSettings, export_memo
from atrocity_desk.core.memo.content import gather_content
from atrocity_desk.core.memo.parts import memo_body
from atrocity_desk.core.models import DesignAnswer
from atrocity_desk.core.option_fit import case_fit
from atrocity_desk.core.options import option_numbers
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.core.vocabulary import DECISION_STATUSES, verdict_label

# A large, well-policed, strongly mandated, established mission: the paper's strongest evidence.
WELL_DESIGNED = {
    "mission_size": "large", "police_strength": "strong", "mandate": "strong",
    "multidimensional": "yes", "deployment_stage": "established", "impartial": "yes",
}


@pytest.fixture
def case(tmp_path):
    with write_example_case(tmp_path / "example.atrocase") as opened:
        yield opened


def window_verdicts(case: CaseFile) -> dict[int, str | None]:
    """Option number -> the verdict the Decisions page and ``fit`` show (``case_fit``'s)."""
    revision = case.latest_revision()
    numbers = option_numbers(case.decisions(revision.id))
    return {numbers[o.id]: o.reading.verdict if o.reading else None for o in case_fit(case, revision.id).options}


def memo_grid_verdicts(case: CaseFile) -> dict[int, str | None]:
    content = gather_content(case, None, DECISION_STATUSES, None)
    return {row.number: row.verdict for row in memo_body(content).grid if row.number}


def word_grid_verdicts(case: CaseFile, out) -> dict[int, str]:
    export_memo(case, out, MemoSettings(annex=False))
    grid = Document(out).tables[1]
    return {int(row.cells[0].text): row.cells[3].text for row in grid.rows[1:] if row.cells[0].text != "0"}


def _design(case: CaseFile, family: str, answers: dict[str, str]) -> None:
    decision = next(d for d in case.decisions(case.latest_revision().id) if d.family == family)
    for prop, value in answers.items():
        case.set_design_answer(decision.id, DesignAnswer(property=prop, value=value))


def test_the_memo_grid_reads_every_option_as_the_window_does(case, tmp_path):
    window = window_verdicts(case)
    assert len(window) == 10
    assert memo_grid_verdicts(case) == window
    assert word_grid_verdicts(case, tmp_path / "memo.docx") == {n: verdict_label(v) for n, v in window.items()}


def test_a_designed_option_reads_the_same_in_memo_and_window(case, tmp_path):
    before = window_verdicts(case)
    _design(case, "peacekeeping", WELL_DESIGNED)  # the protection force, now a well-designed mission
    _design(case, "targeted_sanctions", {"sanction_goal": "major", "multilateral": "no"})
    window = window_verdicts(case)
    assert window != before  # the design changed readings: the memo must follow them
    assert "supported" in window.values()
    assert memo_grid_verdicts(case) == window
    assert word_grid_verdicts(case, tmp_path / "designed.docx") == {n: verdict_label(v) for n, v in window.items()}
