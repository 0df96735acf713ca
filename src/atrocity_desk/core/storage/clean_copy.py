"""A clean copy of a case file whose schema was refused: its data only, in our own schema.

A file with foreign objects (a trigger, a view, a hidden table or column) is never opened for
editing. The planner may still want its content: this writes a new file from ``db/schema.sql`` (or
the migrations, for an older case format) and copies, table by table, only the columns an
Atrocity Desk case has. Nothing of the foreign SQL runs: the source is attached read-only to a
configured connection (no trusted schema, defensive mode, time limit), only its real tables are
read, and reading runs no trigger.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from ..errors import CaseFileError, CaseWriteError
from .atomic import atomic_write
from .connection import configure, is_interrupted
from .header import columns_by_table, refuse_unless_ours
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrations, schema_sql


def write_clean_copy(source: str | os.PathLike, target: str | os.PathLike, history: bool = True) -> Path:
    """Copy the data of the case ``source`` into a new case file ``target`` with our schema only
    (``history=False``: without the audit log).

    ``source`` is never written. The copy has the source's case format; opening it upgrades it."""
    source, target = Path(source).absolute(), Path(target).absolute()
    version = refuse_unless_ours(source)
    if target.exists():
        raise CaseFileError(f"{target.name} already exists. Choose a new file name for the clean copy.")
    try:
        atomic_write(target, lambda tmp: _fill_clean_copy(source, tmp, version, history))
    except sqlite3.Error as exc:
        why = "it took too long" if is_interrupted(exc) else "some of its content does not fit an Atrocity Desk case"
        raise CaseWriteError(f"A clean copy of {source.name} could not be written: {why}. Nothing was changed.") from None
    except OSError as exc:
        raise CaseWriteError(f"A clean copy could not be written to {target}: {exc.strerror or exc}.") from None
    return target


def _fill_clean_copy(source: Path, tmp: Path, version: int, history: bool) -> None:
    # A URI connection, so that the source can be attached read-only.
    conn = configure(sqlite3.connect(f"file:{quote(str(tmp))}", uri=True, isolation_level=None))
    try:
        _create_schema(conn, version)
        conn.execute("PRAGMA foreign_keys = OFF")  # rows arrive table by table, in any order
        conn.execute("ATTACH DATABASE ? AS source", (f"file:{quote(str(source))}?mode=ro",))
        real_tables = {
            name for name, sql in conn.execute("SELECT name, sql FROM source.sqlite_master WHERE type = 'table'")
            if not (sql or "").lstrip().upper().startswith("CREATE VIRTUAL")
        }
        conn.execute("BEGIN")
        for table, columns in columns_by_table(version).items():
            if table in real_tables and (history or table != "audit"):
                _copy_table(conn, table, columns)
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE source")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()


def _create_schema(conn: sqlite3.Connection, version: int) -> None:
    if version == SCHEMA_VERSION:
        conn.executescript(schema_sql())
        return
    for number, _, sql in migrations():
        if number <= version:
            conn.executescript(sql)


def _copy_table(conn: sqlite3.Connection, table: str, columns: list[str]) -> None:
    """Copy the columns both sides have; hidden and generated source columns are never read."""
    present = {row[1] for row in conn.execute("SELECT * FROM pragma_table_xinfo(?, 'source')", (table,)) if row[6] == 0}
    shared = ", ".join(f'"{c}"' for c in columns if c in present)
    if shared:
        conn.execute(f'INSERT OR IGNORE INTO main."{table}" ({shared}) SELECT {shared} FROM source."{table}"')
