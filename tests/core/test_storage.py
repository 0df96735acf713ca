"""Case files (SPEC §3): creation, edits, revisions, copies, refusals and the single-writer lock."""

import hashlib
import os
import sqlite3
import subprocess
import sys

import pytest

from atrocity_desk.core.errors import (
    CaseFileError,
    CaseFileExists,
    CaseFileMissing,
    CaseFileUnreadable,
    CaseWriteError,
    DamagedCaseFile,
    ForeignDatabase,
    NewerCaseFile,
    NotACaseFile,
    ReadOnlyCase,
)
from atrocity_desk.core.models import Actor, CaseMeta, Decision, EtdJudgment, Judgment, Objective
from atrocity_desk.core.storage import APPLICATION_ID, SCHEMA_VERSION, CaseFile


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def case(tmp_path):
    with CaseFile.create(tmp_path / "case.atrocase", CaseMeta(title="Test case", analyst="Analyst")) as opened:
        yield opened


def test_new_case_carries_our_application_id_and_schema_version(case):
    assert case.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert case.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert case.meta().title == "Test case"
    assert [r.number for r in case.revisions()] == [1]
    assert case.check() == []


def test_create_refuses_to_overwrite(tmp_path, case):
    with pytest.raises(CaseFileExists):
        CaseFile.create(case.path)


def test_every_edit_is_committed_when_made(case):
    revision = case.latest_revision()
    case.set_judgment(revision.id, Judgment(kind="factor", item="phase", value="escalation", confidence="high"))
    case.set_meta(country="Côte d'Ivoire")
    # A second, independent connection sees the edits at once: nothing waits for a save.
    other = sqlite3.connect(case.path)
    assert other.execute("SELECT value FROM judgments WHERE item = 'phase'").fetchone()[0] == "escalation"
    assert "Côte d'Ivoire" in other.execute("SELECT value FROM case_meta WHERE key = 'country'").fetchone()[0]
    other.close()


def test_unknown_is_stored_as_unknown_not_as_no(case):
    revision = case.latest_revision()
    case.set_judgment(revision.id, Judgment(kind="factor", item="armed_conflict", value="yes"))
    case.set_judgment(revision.id, Judgment(kind="factor", item="armed_conflict", value=None, note="unclear"))
    stored = case.judgment(revision.id, "factor", "armed_conflict")
    assert stored.value is None and stored.unknown and stored.note == "unclear"
    assert case.factor_answers(revision.id) == {"armed_conflict": None}


def test_set_judgment_returns_previous_for_undo(case):
    revision = case.latest_revision()
    assert case.set_judgment(revision.id, Judgment(kind="factor", item="phase", value="escalation")) is None
    previous = case.set_judgment(revision.id, Judgment(kind="factor", item="phase", value="post_atrocity"))
    assert previous.value == "escalation"
    case.restore_judgment(revision.id, "factor", "phase", None)
    assert case.judgment(revision.id, "factor", "phase") is None


def test_every_edit_writes_an_audit_row(case):
    revision = case.latest_revision()
    case.set_judgment(revision.id, Judgment(kind="factor", item="phase", value="escalation"))
    decision_id = case.add_decision(revision.id, Decision(family="mediation", status="recommended"))
    case.update_decision(decision_id, status="rejected")
    actions = [entry.action for entry in case.audit()]
    assert actions[:3] == ["update decision", "add decision", "set judgment"]
    latest = case.audit(limit=1)[0]
    assert '"recommended"' in latest.before and '"rejected"' in latest.after


def test_decision_round_trips_with_etd_and_objectives(case):
    revision = case.latest_revision()
    objective = case.add_objective(revision.id, Objective(text="Stop attacks"))
    decision_id = case.add_decision(
        revision.id,
        Decision(family="targeted_sanctions", status="considered", rationale="<b>&</para>", objectives=[objective],
                 etd={"effect": EtdJudgment(rating="uncertain", reason="low compliance")}),
    )
    case.set_etd(decision_id, "risks", EtdJudgment(rating="favours", reason="spares civilians"))
    stored = case.decision(decision_id)
    assert stored.rationale == "<b>&</para>"
    assert stored.objectives == [objective]
    assert stored.etd_for("effect").reason == "low compliance"
    assert stored.etd_for("risks").rating == "favours"
    assert stored.etd_for("urgency").rating == ""


def test_deleted_decision_can_be_restored_with_its_id(case):
    revision = case.latest_revision()
    decision_id = case.add_decision(revision.id, Decision(family="mediation"))
    removed = case.delete_decision(decision_id)
    assert case.decisions(revision.id) == []
    case.add_decision(revision.id, removed)
    assert [d.id for d in case.decisions(revision.id)] == [decision_id]


def test_new_revision_starts_from_the_previous_one_which_stays_as_it_was(case):
    first = case.latest_revision()
    case.update_revision(first.id, end_state="Attacks stopped")
    case.set_judgment(first.id, Judgment(kind="factor", item="phase", value="escalation"))
    objective = case.add_objective(first.id, Objective(text="Protect camps"))
    case.add_actor(first.id, Actor(kind="perpetrator", name="Army", actor_type="state"))
    case.add_decision(first.id, Decision(family="mediation", status="recommended", objectives=[objective]))

    second = case.new_revision("2026-12-01", "Reassessment")
    assert second.number == 2 and second.end_state == "Attacks stopped"
    assert case.factor_answers(second.id) == {"phase": "escalation"}
    [copied] = case.decisions(second.id)
    [new_objective] = case.objectives(second.id)
    assert copied.objectives == [new_objective.id] and new_objective.id != objective
    assert case.actors(second.id)[0].name == "Army"

    case.set_judgment(second.id, Judgment(kind="factor", item="phase", value="ongoing_atrocities"))
    assert case.factor_answers(first.id) == {"phase": "escalation"}
    with pytest.raises(CaseFileError, match="Earlier revisions"):
        case.set_judgment(first.id, Judgment(kind="factor", item="phase", value="post_atrocity"))


def test_save_a_copy_is_complete_and_standalone(case, tmp_path):
    revision = case.latest_revision()
    case.set_judgment(revision.id, Judgment(kind="factor", item="phase", value="escalation"))
    copy = case.save_copy(tmp_path / "copy.atrocase")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.atrocase", "copy.atrocase"]  # no temp files
    with CaseFile.open(copy) as reopened:
        assert reopened.factor_answers(reopened.latest_revision().id) == {"phase": "escalation"}
        assert reopened.check() == []


def test_save_a_copy_into_a_missing_folder_says_so(case, tmp_path):
    with pytest.raises(CaseWriteError):
        case.save_copy(tmp_path / "no" / "such" / "folder" / "copy.atrocase")


# --- refusals: typed error, planner message, bytes unchanged ----------------------------------


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(CaseFileMissing, match="no file"):
        CaseFile.open(tmp_path / "absent.atrocase")


def test_text_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.atrocase"
    path.write_text("Meeting notes, not a case.\n" * 20)
    before = sha(path)
    with pytest.raises(NotACaseFile, match="not an Atrocity Desk case file"):
        CaseFile.open(path)
    assert sha(path) == before


def test_empty_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "empty.atrocase"
    path.write_bytes(b"")
    with pytest.raises(NotACaseFile):
        CaseFile.open(path)
    assert path.read_bytes() == b""


def test_other_applications_sqlite_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "browser-history.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE visits (url TEXT)")
    conn.execute("INSERT INTO visits VALUES ('x')")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(ForeignDatabase, match="another application"):
        CaseFile.open(path)
    assert sha(path) == before


def test_newer_schema_is_refused_unchanged(case, tmp_path):
    case.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    case.close()
    before = sha(case.path)
    with pytest.raises(NewerCaseFile, match="newer version"):
        CaseFile.open(case.path)
    assert sha(case.path) == before


def test_damaged_file_is_refused_unchanged(case):
    revision = case.latest_revision()
    for n in range(300):  # enough rows for several pages
        case.add_actor(revision.id, Actor(kind="perpetrator", name=f"Actor {n} " + "x" * 200))
    case.close()
    data = bytearray(case.path.read_bytes())
    page_size = 4096
    # Scribble over an interior b-tree page, keeping the header intact.
    data[page_size * 3 + 8 : page_size * 3 + 200] = b"\xff" * 192
    case.path.write_bytes(bytes(data))
    before = sha(case.path)
    with pytest.raises(DamagedCaseFile, match="damaged"):
        CaseFile.open(case.path)
    assert sha(case.path) == before


def test_unreadable_file_is_refused_unchanged(case, monkeypatch):
    # Tests run as root in CI, where permissions cannot make a file unreadable: simulate the
    # operating system's refusal at the one place the file is first read.
    case.close()
    before = sha(case.path)
    real_open = open

    def refusing_open(file, mode="r", *args, **kwargs):
        if str(file) == str(case.path) and "b" in mode:
            raise PermissionError(13, "Permission denied")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    with pytest.raises(CaseFileUnreadable, match="cannot be read"):
        CaseFile.open(case.path)
    monkeypatch.undo()
    assert sha(case.path) == before


def test_read_only_file_opens_read_only_and_refuses_edits(case, monkeypatch):
    case.close()
    before = sha(case.path)
    case.path.chmod(0o444)
    if os.access(case.path, os.W_OK):  # root ignores permissions; simulate what a user sees
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, m: False if m == os.W_OK else real_access(p, m))
    try:
        with CaseFile.open(case.path) as reopened:
            assert reopened.read_only and "read-only" in reopened.read_only_reason
            assert reopened.meta().title == "Test case"
            with pytest.raises(ReadOnlyCase):
                reopened.set_meta(title="changed")
    finally:
        case.path.chmod(0o644)
    assert sha(case.path) == before


def test_read_only_folder_opens_read_only(case, monkeypatch):
    case.close()
    real_access = os.access
    folder = str(case.path.parent)
    monkeypatch.setattr(os, "access", lambda p, m: False if (str(p) == folder and m == os.W_OK) else real_access(p, m))
    with CaseFile.open(case.path) as reopened:
        assert reopened.read_only and "folder" in reopened.read_only_reason


def test_refusals_leave_no_files_behind(tmp_path):
    path = tmp_path / "notes.atrocase"
    path.write_text("x" * 200)
    with pytest.raises(NotACaseFile):
        CaseFile.open(path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.atrocase"]


# --- the lock ----------------------------------------------------------------------------------


def test_second_opener_in_another_process_gets_read_only_with_reason(case):
    script = (
        "from atrocity_desk.core.storage import CaseFile\n"
        f"c = CaseFile.open({str(case.path)!r})\n"
        "print(c.read_only, '|', c.read_only_reason)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.startswith("True |") and "another Atrocity Desk" in out


def test_lock_is_released_on_close(case):
    case.close()
    with CaseFile.open(case.path) as reopened:
        assert not reopened.read_only


def test_second_opener_cannot_write(case):
    second = CaseFile.open(case.path)
    try:
        assert second.read_only
        with pytest.raises(ReadOnlyCase):
            second.set_meta(title="Other")
        # ... but sees the first instance's edits
        case.set_meta(title="Updated")
        assert second.meta().title == "Updated"
    finally:
        second.close()


# --- the one atomic-write helper ---------------------------------------------------------------


def test_atomic_write_replaces_the_target_whole_or_leaves_it_as_it_was(tmp_path):
    from atrocity_desk.core.storage import atomic_write, atomic_write_bytes

    target = tmp_path / "memo.pdf"
    target.write_bytes(b"old")

    def half_then_fail(tmp):
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        atomic_write(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.pdf"]  # no temporary file left behind
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.pdf"]
