"""A case saved at format 4 opens with every answer it held.

tests/data/example-v4.atrocase is the example case exactly as main wrote it at format 4 (made once
with ``write_example_case``; never regenerate it: it stands for the files planners already have).
Whatever migrations come after format 4 (evidence packs, a renumbering of the UN indicators...),
every factor and indicator judgment of every revision, and every option-design answer, must come
through opening with its value, confidence, note and source; nothing unanswered may gain an answer.
A migration that moves an answer to a new id states the move here, next to the expectation."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from atrocity_desk.core.storage import SCHEMA_VERSION, CaseFile

FIXTURE = Path(__file__).parent.parent / "data" / "example-v4.atrocase"


def _stored(sql: str) -> set[tuple]:
    """Rows of the fixture itself, read without opening it as a case (nothing can change it)."""
    conn = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    try:
        return set(conn.execute(sql))
    finally:
        conn.close()


def stored_judgments() -> set[tuple]:
    return _stored("SELECT revision_id, kind, item, value, confidence, note, source FROM judgments")


def stored_design_answers() -> set[tuple]:
    return _stored("SELECT decision_id, property, value, confidence, note FROM design_answers")


@pytest.fixture
def opened(tmp_path):
    copy = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, copy)
    with CaseFile.open(copy) as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert case.check() == []
        yield case


def test_the_fixture_is_a_format_4_case_with_answers_of_every_kind():
    assert _stored("PRAGMA user_version") == {(4,)}
    kinds = {kind for _, kind, *_ in stored_judgments()}
    assert kinds == {"factor", "indicator"}
    assert len({row for row in stored_judgments() if row[1] == "indicator"}) > 200
    assert {rev for rev, *_ in stored_judgments()} == {1, 2}  # both revisions answer
    assert stored_design_answers()


def test_every_judgment_comes_through_opening(opened):
    found = {
        (revision.id, j.kind, item, j.value, j.confidence, j.note, j.source)
        for revision in opened.revisions()
        for kind in ("factor", "indicator")
        for item, j in opened.judgments(revision.id, kind).items()
    }
    expected = stored_judgments()
    assert found - expected == set(), "answers changed or appeared"
    assert expected - found == set(), "answers lost"


def test_every_option_design_answer_comes_through_opening(opened):
    found = {
        (decision.id, prop, a.value, a.confidence, a.note)
        for revision in opened.revisions()
        for decision in opened.decisions(revision.id)
        for prop, a in opened.design_answers(decision.id).items()
    }
    assert found == stored_design_answers()
