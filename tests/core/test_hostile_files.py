"""Hostile files and privacy (issue 18): each test reproduces an attack from the security review.

A case file is input from someone else; what the planner deletes is gone; nothing the program
writes is readable by other accounts; no error quotes case content.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from atrocity_desk.cli import main
from atrocity_desk.core import paths
from atrocity_desk.core.errors import CaseTooLarge, CaseWriteError, ForeignSchema, UnsafeOutput
from atrocity_desk.core.memo import MemoSettings, export_memo
from atrocity_desk.core.models import Actor, CaseMeta
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.core.storage import atomic as atomic_module
from atrocity_desk.core.storage import casefile as casefile_module
from atrocity_desk.core.storage import header as header_module
from atrocity_desk.core.storage.clean_copy import write_clean_copy
from atrocity_desk.core.storage.connection import limit_statement_time

SECRET = "Zyxwvut Qwertyname"  # a witness's name: must never survive its deletion


def new_case(path: Path, **meta) -> Path:
    CaseFile.create(path, CaseMeta(title="Case", **meta)).close()
    return path


def tamper(path: Path, *statements: str) -> bytes:
    """Add foreign SQL with a plain SQLite connection, as another tool would; returns the bytes."""
    raw = sqlite3.connect(path)
    for sql in statements:
        raw.execute(sql)
    raw.commit()
    raw.close()
    return path.read_bytes()


FOREIGN = {
    "trigger": ("CREATE TRIGGER spy AFTER UPDATE ON revisions BEGIN "
                "UPDATE revisions SET bottom_line = 'We recommend doing nothing.'; END", "trigger 'spy'"),
    "view": ("CREATE VIEW peek AS SELECT * FROM actors", "view 'peek'"),
    "table": ("CREATE TABLE exfil (t TEXT)", "table 'exfil'"),
    "column": ("ALTER TABLE actors ADD COLUMN hidden TEXT", "column 'actors.hidden'"),
    "index": ("CREATE INDEX extra ON audit (who)", "index 'extra'"),
}


# -- 1. the schema is verified at open ------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_a_foreign_schema_object_is_refused_at_open_and_the_file_is_untouched(tmp_path, kind):
    sql, named = FOREIGN[kind]
    path = new_case(tmp_path / "case.atrocase")
    before = tamper(path, sql)
    with pytest.raises(ForeignSchema) as refused:
        CaseFile.open(path)
    assert any(named in d for d in refused.value.differences)
    assert "clean copy" in str(refused.value)
    assert path.read_bytes() == before


def test_a_changed_default_or_dropped_check_is_a_difference(tmp_path):
    path = new_case(tmp_path / "case.atrocase")
    tamper(path, "PRAGMA writable_schema = ON",
           "UPDATE sqlite_master SET sql = replace(sql, \"confidence IN ('low', 'medium', 'high')\", '1') "
           "WHERE name = 'judgments'")
    with pytest.raises(ForeignSchema) as refused:
        CaseFile.open(path, read_only=True)
    assert any("table 'judgments'" in d for d in refused.value.differences)


def test_check_names_every_foreign_object(tmp_path, capsys):
    path = new_case(tmp_path / "case.atrocase")
    tamper(path, *(sql for sql, _ in FOREIGN.values()))
    assert main(["check", str(path)]) == 3
    err = capsys.readouterr().err
    for _, named in FOREIGN.values():
        assert named in err


def test_a_clean_copy_keeps_the_data_and_drops_the_foreign_sql(tmp_path, capsys):
    path = new_case(tmp_path / "case.atrocase", analyst="A. Planner")
    with CaseFile.open(path) as case:
        case.add_actor(case.latest_revision().id, Actor(kind="perpetrator", name="Militia X"))
    tamper(path, FOREIGN["trigger"][0], FOREIGN["view"][0], FOREIGN["column"][0])
    assert main(["copy", str(path), "--clean", "-o", str(tmp_path / "clean.atrocase")]) == 0
    with CaseFile.open(tmp_path / "clean.atrocase") as clean:
        assert clean.check() == []
        assert [a.name for a in clean.actors(clean.latest_revision().id)] == ["Militia X"]
        clean.update_revision(clean.latest_revision().id, bottom_line="Act now.")
        assert clean.latest_revision().bottom_line == "Act now."  # no trigger rewrote it


def test_every_connection_distrusts_the_schema_and_deletes_securely(tmp_path):
    with CaseFile.open(new_case(tmp_path / "case.atrocase")) as case, case.snapshot() as snapshot:
        for conn in (case.conn, snapshot.conn):
            assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
            assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
            assert conn.getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE) is True


# -- 3. private files -----------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_everything_written_is_private_under_a_permissive_umask(tmp_path, monkeypatch):
    old = os.umask(0o000)
    try:
        case_path = new_case(tmp_path / "case.atrocase")
        seen_modes = []
        real_fsync = atomic_module._fsync
        monkeypatch.setattr(atomic_module, "_fsync", lambda p: (seen_modes.append(_mode(p)), real_fsync(p)))
        with CaseFile.open(case_path) as case:
            copy = case.save_copy(tmp_path / "copy.atrocase")
            shared = case.save_copy(tmp_path / "shared.atrocase", history=False)
            memo = export_memo(case.snapshot(), tmp_path / "memo.pdf", MemoSettings())
        for written in (case_path, copy, shared, memo):
            assert _mode(written) == 0o600, written
        assert seen_modes and set(seen_modes) == {0o600}  # private while content went in, too
        for folder in (paths.data_dir(), paths.settings_dir(), paths.cache_dir()):
            assert _mode(folder) == 0o700
    finally:
        os.umask(old)


def test_folders_follow_each_platform():
    home = Path("/home/p")
    assert paths.platform_folder("data", "linux", {}, home) == home / ".local/share/AtrocityDesk/Atrocity Desk"
    assert paths.platform_folder("settings", "linux", {"XDG_CONFIG_HOME": "/cfg"}, home) == Path("/cfg/AtrocityDesk/Atrocity Desk")
    assert paths.platform_folder("data", "darwin", {}, home) == home / "Library/Application Support/AtrocityDesk/Atrocity Desk"
    assert paths.platform_folder("data", "win32", {"APPDATA": "/r"}, home) == Path("/r/AtrocityDesk/Atrocity Desk")


def test_the_risk_command_sees_an_edition_imported_into_the_data_folder(tmp_path, capsys):
    from atrocity_desk.core.risk_data import import_edition

    source = tmp_path / "final_forecasts_data_2Sep2026.csv"
    source.write_text("country,cow_code,risk_2026_2027,rank_2026_2027\nChad,483,0.09,1\n", encoding="utf-8")
    import_edition(source, paths.data_dir())  # as the window does
    assert main(["risk", "Chad", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rank"] == 1


# -- 4. deleting means gone -----------------------------------------------------------------------


@pytest.mark.parametrize("history", [True, False])
def test_a_deleted_name_is_in_neither_the_file_nor_a_shared_copy(tmp_path, history):
    path = new_case(tmp_path / "case.atrocase")
    with CaseFile.open(path) as case:
        revision = case.latest_revision().id
        actor_id = case.add_actor(revision, Actor(kind="group_at_risk", name=SECRET))
        case.update_actor(actor_id, notes=f"met {SECRET} twice")
        case.add_actor(revision, Actor(kind="group_at_risk", name="Kept group"))
        case.delete_actor(actor_id)
        assert [e.action for e in case.audit()][0] == "delete actor"  # the deletion itself is recorded
        copy = case.save_copy(tmp_path / "shared.atrocase", history=history)
    for written in (path, copy):
        assert SECRET.encode() not in written.read_bytes(), written
        assert b"Kept group" in written.read_bytes()


def test_a_copy_for_sharing_leaves_the_edit_history_out(tmp_path):
    path = new_case(tmp_path / "case.atrocase")
    with CaseFile.open(path) as case:
        case.update_revision(case.latest_revision().id, bottom_line=f"Protect {SECRET}")
        case.update_revision(case.latest_revision().id, bottom_line="Protect the camp")
        kept = case.save_copy(tmp_path / "with.atrocase")
        shared = case.save_copy(tmp_path / "without.atrocase", history=False)
    assert SECRET.encode() in kept.read_bytes()  # the history travels unless left out
    assert SECRET.encode() not in shared.read_bytes()
    with CaseFile.open(shared, read_only=True) as copy:
        assert copy.audit() == [] and copy.latest_revision().bottom_line == "Protect the camp"


# -- 6. safe outputs ------------------------------------------------------------------------------


def test_memo_output_refuses_the_case_a_database_and_a_pipe(tmp_path, capsys):
    path = new_case(tmp_path / "case.pdf")  # a case file is recognised by its content, not its name
    other = new_case(tmp_path / "other.pdf")
    os.mkfifo(tmp_path / "pipe.pdf")
    (tmp_path / "sub").mkdir()
    before = path.read_bytes()
    for output in (path, tmp_path / "sub" / ".." / "case.pdf", other, tmp_path / "pipe.pdf"):
        assert main(["memo", str(path), "-o", str(output), "--force"]) == 2, output
        assert "Output not written" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_memo_asks_before_overwriting(tmp_path, capsys):
    path = new_case(tmp_path / "case.atrocase")
    (tmp_path / "memo.pdf").write_bytes(b"an older memo")
    assert main(["memo", str(path), "-o", str(tmp_path / "memo.pdf")]) == 2
    assert "--force" in capsys.readouterr().err
    assert (tmp_path / "memo.pdf").read_bytes() == b"an older memo"
    assert main(["memo", str(path), "-o", str(tmp_path / "memo.pdf"), "--force"]) == 0
    assert (tmp_path / "memo.pdf").read_bytes().startswith(b"%PDF")


def test_save_copy_onto_the_open_file_through_another_spelling_is_refused(tmp_path):
    path = new_case(tmp_path / "case.atrocase")
    (tmp_path / "sub").mkdir()
    with CaseFile.open(path) as case:
        with pytest.raises(Exception, match="different file name"):
            case.save_copy(tmp_path / "sub" / ".." / "case.atrocase")
        assert case.check() == []


# -- 7. nothing left behind -----------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_failed_copy_or_export_leaves_no_temporary_file(tmp_path, monkeypatch):
    path = new_case(tmp_path / "case.atrocase")
    with CaseFile.open(path) as case:
        real_vacuum_into = casefile_module._vacuum_into

        def fails_after_writing(conn, target, history):
            real_vacuum_into(conn, target, history)  # the whole case is in the temporary file
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(casefile_module, "_vacuum_into", fails_after_writing)
        with pytest.raises(CaseWriteError):
            case.save_copy(tmp_path / "copy.atrocase", history=False)
        monkeypatch.setattr("atrocity_desk.core.memo.render_memo", lambda *a, **k: b"%PDF-partial")
        monkeypatch.setattr(atomic_module, "_fsync", lambda p: (_ for _ in ()).throw(OSError(28, "No space left")))
        with pytest.raises(CaseWriteError):
            export_memo(case, tmp_path / "memo.pdf", MemoSettings())
    assert _leftovers(tmp_path) == []


def test_an_answers_file_with_a_lone_surrogate_is_refused_and_leaves_nothing(tmp_path, capsys):
    answers = tmp_path / "answers.json"
    answers.write_text('{"case": {"title": "Camp \\ud800 north"}}', encoding="utf-8")
    assert main(["new", str(tmp_path / "case.atrocase"), "--answers", str(answers)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Camp" not in err and "not valid Unicode" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.json"]


def test_stale_temporary_files_are_cleared_when_a_case_is_opened(tmp_path):
    path = new_case(tmp_path / "case.atrocase")
    stale = tmp_path / ".copy.atrocase.atrocity-desk-0a1b2c3d.tmp"
    fresh = tmp_path / ".memo.pdf.atrocity-desk-0a1b2c3e.tmp"  # another instance may be writing it
    foreign = tmp_path / ".someone-else.tmp"
    for file in (stale, fresh, foreign):
        file.write_bytes(b"content")
    old = time.time() - 2 * atomic_module.STALE_AFTER_SECONDS
    os.utime(stale, (old, old))
    os.utime(foreign, (old, old))
    CaseFile.open(path).close()
    assert not stale.exists() and fresh.exists() and foreign.exists()


# -- 8. no content in errors ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "[" * 200_000 + "]" * 200_000,
    '{"case": {"title": "Secret Camp"}, "factors": {"phase": ' + "9" * 5_000 + "}}",
    '{"case": {"title": "Secret Camp \\udc80"}}',
])
def test_bad_answers_give_a_message_without_traceback_or_content(tmp_path, capsys, text):
    answers = tmp_path / "answers.json"
    answers.write_text(text, encoding="utf-8")
    assert main(["new", str(tmp_path / "case.atrocase"), "--answers", str(answers)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("atrocity-desk: ") and "Traceback" not in err and "Secret" not in err
    assert not (tmp_path / "case.atrocase").exists()


def test_bad_utf8_in_an_older_revision_is_found_by_check_without_quoting_it(tmp_path, capsys):
    path = new_case(tmp_path / "case.atrocase")
    with CaseFile.open(path) as case:
        first = case.latest_revision().id
        case.new_revision()
    tamper(path, f"UPDATE revisions SET end_state = CAST(X'5365637265742043616D70FF' AS TEXT) WHERE id = {first}")
    assert main(["check", str(path)]) == 3
    err = capsys.readouterr().err
    assert f"revision with id {first}" in err and "Secret" not in err and "Traceback" not in err


# -- 9. limits ------------------------------------------------------------------------------------


def test_an_endless_statement_is_stopped_with_a_clear_message(tmp_path):
    path = new_case(tmp_path / "case.atrocase")
    with CaseFile.open(path) as case:
        limit_statement_time(case.conn, 0.2)
        # The second line of defence: a trigger slipped in after the open-time schema check.
        case.conn.execute(
            "CREATE TRIGGER forever AFTER INSERT ON audit BEGIN SELECT count(*) FROM ("
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n); END"
        )
        with pytest.raises(CaseWriteError, match="took longer than"):
            case.set_meta(title="New title")
        assert case.meta().title == "Case"  # rolled back


def test_an_oversized_text_is_refused_at_open(tmp_path, monkeypatch):
    path = new_case(tmp_path / "case.atrocase")
    tamper(path, "UPDATE revisions SET end_state = printf('%.*c', 5000, 'x')")
    monkeypatch.setattr(header_module, "MAX_TEXT_BYTES", 4_000)
    with pytest.raises(CaseTooLarge, match="revisions.end_state"):
        CaseFile.open(path)


