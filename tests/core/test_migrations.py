"""db/schema.sql is the truth; migrations bring older files there, after a backup copy."""

import sqlite3

import pytest

from atrocity_desk.core.errors import CaseWriteError
from atrocity_desk.core.models import CaseMeta
from atrocity_desk.core.storage import APPLICATION_ID, SCHEMA_VERSION, CaseFile, migrations, schema_sql
from atrocity_desk.core.storage.schema import schema_shape as _schema_shape


def make_version_1_file(path):
    """A case file as version 1 of the application wrote it, with some content."""
    _, _, sql = migrations()[0]
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("""INSERT INTO case_meta VALUES ('title', '"Old case"'), ('analyst', '"A. Analyst"')""")
    conn.execute(
        "INSERT INTO revisions (id, number, label, assessed_on, created_at) "
        "VALUES (1, 1, 'First', '2025-01-10', '2025-01-10T10:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO judgments VALUES (1, 'factor', 'phase', 'escalation', 'high', 'note', 'src', '2025-01-10T10:00:00+00:00')"
    )
    conn.execute("INSERT INTO decisions (revision_id, family, status) VALUES (1, 'mediation', 'recommended')")
    conn.commit()
    conn.close()


def _content(path):
    conn = sqlite3.connect(path)
    try:
        header = [conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version")]
        return header, list(conn.iterdump())
    finally:
        conn.close()


def test_migration_steps_are_numbered_up_to_the_schema_version():
    assert [n for n, _, _ in migrations()] == list(range(1, SCHEMA_VERSION + 1))


def test_replaying_every_migration_gives_schema_sql():
    replayed = sqlite3.connect(":memory:")
    for _, _, sql in migrations():
        replayed.executescript(sql)
    fresh = sqlite3.connect(":memory:")
    fresh.executescript(schema_sql())
    assert _schema_shape(replayed) == _schema_shape(fresh)


def test_version_1_file_is_migrated_after_a_backup_and_equals_a_fresh_file(tmp_path):
    old = tmp_path / "old.atrocase"
    make_version_1_file(old)
    original = _content(old)

    with CaseFile.open(old) as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert case.meta().title == "Old case"
        revision = case.latest_revision()
        assert case.factor_answers(revision.id) == {"phase": "escalation"}
        assert case.decisions(revision.id)[0].requirements == ""
        assert case.check() == []
        migrated_shape = _schema_shape(case.conn)

    backup = tmp_path / "old.atrocase.v1-backup"
    # The backup is taken through SQLite's backup API (see storage.schema.migrate), so its header
    # counters may differ from the original's bytes; its content and format version may not.
    assert _content(backup) == original

    with CaseFile.create(tmp_path / "fresh.atrocase", CaseMeta()) as fresh:
        assert _schema_shape(fresh.conn) == migrated_shape


def test_failed_migration_keeps_the_backup_and_the_file_at_its_old_version(tmp_path, monkeypatch):
    from atrocity_desk.core.storage import schema

    old = tmp_path / "old.atrocase"
    make_version_1_file(old)
    real = schema.migrations()
    monkeypatch.setattr(schema, "migrations", lambda: [*real[:1], (2, "broken", "CREATE TABLE half_done (x);\nALTER TABLE nowhere ADD COLUMN x;")])
    original = _content(old)
    with pytest.raises(CaseWriteError, match="failed at step 2") as refused:
        CaseFile.open(old)
    assert "old.atrocase.v1-backup" in str(refused.value)
    assert _content(tmp_path / "old.atrocase.v1-backup") == original
    assert _content(old) == original  # the failed step was rolled back
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
