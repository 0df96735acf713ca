"""The case-file schema (db/schema.sql), its numbered migrations, and checks of a file's shape."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..datafiles import db_root
from ..errors import CaseWriteError
from .atomic import atomic_write
from .cipher import ERRORS
from .connection import configure

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x41545243  # "ATRC"
SCHEMA_VERSION = 5
REQUIRED_TABLES = frozenset({"case_meta", "revisions", "judgments", "decisions", "audit"})


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    # Imported here: reads go through plain sqlite3 (storage/select.py), so opening a case, the
    # first paint and the read-only commands never pay for sqlite-utils and its dependencies.
    import sqlite_utils

    # No sqlite-utils plugins: third-party code installed beside us never touches a case file,
    # and opening skips the plugin scan.
    return sqlite_utils.Database(conn, execute_plugins=False)


def schema_sql() -> str:
    return (db_root() / "schema.sql").read_text(encoding="utf-8")


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every step in db/migrations, in order."""
    steps = []
    for entry in (db_root() / "migrations").iterdir():
        if entry.name.endswith(".sql"):
            number, _, rest = entry.name.partition("_")
            steps.append((int(number), rest.removesuffix(".sql"), entry.read_text(encoding="utf-8")))
    steps.sort()
    if [n for n, _, _ in steps] != list(range(1, SCHEMA_VERSION + 1)):
        raise RuntimeError("db/migrations must be numbered 0001 .. SCHEMA_VERSION without gaps")
    return steps


def migrate(conn: sqlite3.Connection, path: Path, version: int, backup: Callable[[Path], None] | None = None) -> Path:
    """Back the file up, then apply each newer migration in its own transaction; returns the
    backup's path (the planner is told where it is).

    The backup is taken through the open connection (SQLite's backup API, or ``backup`` when
    given: a protected case's backup is protected too): opening and closing the case file by path
    would drop the process's POSIX locks on it."""
    backup_path = backup_path_for(path, version)
    try:
        atomic_write(backup_path, backup or (lambda tmp: backup_into(conn, tmp)))
    except (OSError, *ERRORS) as exc:
        conn.close()
        detail = getattr(exc, "strerror", None) or str(exc)
        raise CaseWriteError(
            f"{path.name} needs upgrading, but the backup copy could not be written ({detail}). "
            "Nothing was changed."
        ) from None
    for number, _, sql in migrations():
        if number <= version:
            continue
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except ERRORS as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
            raise CaseWriteError(
                f"Upgrading {path.name} failed at step {number} ({exc}). The backup is at {backup_path.name}."
            ) from None
    return backup_path


def backup_path_for(path: Path, version: int) -> Path:
    """Where the copy taken before upgrading a file from case format ``version`` goes."""
    return path.with_name(f"{path.name}.v{version}-backup")


def backup_into(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the whole database behind ``conn`` into the (empty) file ``target``."""
    dest = configure(sqlite3.connect(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()


def schema_shape(conn: sqlite3.Connection) -> dict[str, Any]:
    """Tables with their columns and indexes, independent of how the schema was reached."""
    shape: dict[str, Any] = {}
    for name, kind in conn.execute(
        "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'"
    ):
        if kind == "table":
            shape[name] = [tuple(row[1:]) for row in conn.execute(f"PRAGMA table_info({name})")]
        else:
            shape[name] = [tuple(row) for row in conn.execute(f"PRAGMA index_info({name})")]
    return shape
