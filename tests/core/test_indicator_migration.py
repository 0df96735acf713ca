"""Version 3 renumbers risk-factor indicators after the UN Framework of Analysis: a case saved by
version 2 opens with every indicator answer under the id of the same framework indicator."""

import sqlite3

import pytest

from atrocity_desk.core.checklist import load_checklist
from atrocity_desk.core.storage import APPLICATION_ID, SCHEMA_VERSION, CaseFile, migrations

STAMP = "2026-01-10T10:00:00+00:00"

# Answers as version 2 stored them: old id -> (value, confidence, note).
OLD_ANSWERS = {
    "rf01.1": ("present", "high", "War in the east."),  # unchanged id
    "rf01.7": ("absent", "medium", "No economic strain."),  # split into 1.7, 1.8, 1.9
    "rf01.8": ("present", "high", "Mass protests."),  # split into 1.10, 1.11
    "rf04.6": ("absent", "low", "No supremacist ideology."),  # now 4.7
    "rf04.8": ("present", "medium", "Talk of revenge."),  # now 4.9
    "rf06.10": ("absent", "high", "Early warning unit works."),  # now 6.11
    "rf07.9": ("present", "high", "Villagers confined."),  # split into 7.10, 7.12
    "rf07.10": ("present", "high", "Hate speech on radio."),  # now 7.14
    "rf08.10": (None, None, "Trial date not set."),  # unknown, split into 8.11, 8.12
    "rf09.3": ("present", "medium", "Land disputes."),  # merged with rf09.4 into 9.4
    "rf09.4": ("absent", "high", "Schools open."),
    "rf10.8": ("present", "high", "Homes burned."),  # now 10.9
}


def make_version_2_file(path, answers=OLD_ANSWERS):
    conn = sqlite3.connect(path)
    for number, _, sql in migrations():
        if number <= 2:
            conn.executescript(sql)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("""INSERT INTO case_meta VALUES ('title', '"Old case"')""")
    conn.execute(
        "INSERT INTO revisions (id, number, label, assessed_on, created_at) VALUES (1, 1, 'First', '2026-01-10', ?)",
        (STAMP,),
    )
    conn.execute(
        "INSERT INTO revisions (id, number, label, assessed_on, created_at) VALUES (2, 2, 'Second', '2026-02-10', ?)",
        (STAMP,),
    )
    for item, (value, confidence, note) in answers.items():
        conn.execute(
            "INSERT INTO judgments VALUES (1, 'indicator', ?, ?, ?, ?, 'monitor', ?)", (item, value, confidence, note, STAMP)
        )
    conn.execute("INSERT INTO judgments VALUES (2, 'indicator', 'rf07.10', 'absent', 'low', '', '', ?)", (STAMP,))
    conn.execute("INSERT INTO judgments VALUES (1, 'factor', 'phase', 'escalation', 'high', '', '', ?)", (STAMP,))
    conn.commit()
    conn.close()


@pytest.fixture
def migrated(tmp_path):
    path = tmp_path / "old.atrocase"
    make_version_2_file(path)
    with CaseFile.open(path) as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert case.check() == []
        yield case


def _answer(case, item, revision=1):
    judgment = case.judgments(revision, "indicator").get(item)
    return None if judgment is None else (judgment.value, judgment.confidence)


def test_renumbered_answers_move_with_their_question(migrated):
    assert _answer(migrated, "rf01.1") == ("present", "high")
    assert _answer(migrated, "rf04.7") == ("absent", "low")
    assert _answer(migrated, "rf04.9") == ("present", "medium")
    assert _answer(migrated, "rf06.11") == ("absent", "high")
    assert _answer(migrated, "rf07.14") == ("present", "high")
    assert _answer(migrated, "rf10.9") == ("present", "high")
    assert migrated.judgments(1, "indicator")["rf07.14"].note == "Hate speech on radio."
    assert migrated.judgments(1, "indicator")["rf07.14"].source == "monitor"


def test_questions_new_in_version_3_are_unanswered(migrated):
    for item in ("rf04.6", "rf04.8", "rf07.9", "rf07.11", "rf07.13", "rf09.3", "rf10.6", "rf08.10", "rf03.10"):
        assert _answer(migrated, item) is None, item


def test_split_answers_are_copied_to_each_part_with_a_note(migrated):
    for item in ("rf01.7", "rf01.8", "rf01.9"):
        assert _answer(migrated, item) == ("absent", "medium"), item
    for item in ("rf07.10", "rf07.12"):
        judgment = migrated.judgments(1, "indicator")[item]
        assert (judgment.value, judgment.confidence) == ("present", "high")
        assert "7.10 and 7.12; check this part." in judgment.note
        assert judgment.note.endswith("Villagers confined.")
    for item in ("rf08.11", "rf08.12"):
        judgment = migrated.judgments(1, "indicator")[item]
        assert judgment.value is None and judgment.confidence is None  # unknown stays unknown
        assert judgment.note.endswith("Trial date not set.")


def test_merged_answers_are_present_if_either_was(migrated):
    judgment = migrated.judgments(1, "indicator")["rf09.4"]
    assert (judgment.value, judgment.confidence) == ("present", "medium")
    assert "Land disputes." in judgment.note and "Schools open." in judgment.note


def test_merged_answer_is_absent_only_if_every_part_was(tmp_path):
    path = tmp_path / "half.atrocase"
    make_version_2_file(path, {"rf09.3": ("absent", "high", ""), "rf09.4": ("absent", "medium", "")})
    with CaseFile.open(path) as case:
        assert _answer(case, "rf09.4") == ("absent", "medium")
    path = tmp_path / "one.atrocase"
    make_version_2_file(path, {"rf09.3": ("absent", "high", "")})
    with CaseFile.open(path) as case:
        assert _answer(case, "rf09.4") == (None, None)  # the other part was never answered


def test_each_revision_keeps_its_own_answers(migrated):
    assert _answer(migrated, "rf07.14", revision=2) == ("absent", "low")
    assert _answer(migrated, "rf07.10", revision=2) is None
    assert migrated.factor_answers(1) == {"phase": "escalation"}


def test_every_migrated_indicator_id_is_in_the_checklist(migrated):
    known = {i.id for rf in load_checklist().risk_factors for i in rf.indicators}
    stored = set(migrated.judgments(1, "indicator")) | set(migrated.judgments(2, "indicator"))
    assert stored <= known
    assert len(migrated.judgments(1, "indicator")) == 16  # 12 old answers: 3 splits add 5, one merge removes 1
