"""The settings every connection to a case file gets, in one place.

A case file is input from someone else: it may carry SQL of its own (triggers, views, defaults)
and values sized to exhaust memory. ``configure`` is applied to every connection the program
opens on case data — the file itself, snapshots, copies, backups, protected files after their
key — before the first statement that reads the schema:

- ``trusted_schema = OFF`` and SQLite's defensive mode: SQL stored in the file cannot call
  functions with side effects nor write to the schema tables behind SQLite's back;
- ``secure_delete = ON``: deleted text is overwritten with zeros, not left in free pages;
- ``foreign_keys = ON``: deleting a revision takes its rows with it;
- a limit on the length of any one text or blob, and a time limit on any one statement (the
  second line of defence behind the schema check of ``header.py``: a query that never ends is
  interrupted and reported, the window never freezes).
"""

from __future__ import annotations

import sqlite3
import time

# The longest text a case field may hold, in UTF-8 bytes: five times the ten-million-character
# narrative the memo tests print, far beyond any planner's, far below what exhausts a laptop.
MAX_TEXT_BYTES = 50_000_000
# The longest any single statement may run before it is interrupted, in seconds.
STATEMENT_TIME_LIMIT = 10.0
# SQLite calls the progress handler every this many virtual-machine instructions.
_PROGRESS_STEPS = 10_000


def configure(conn: sqlite3.Connection, time_limit: float | None = None) -> sqlite3.Connection:
    """Apply every pragma and limit a case connection needs; returns ``conn``.

    ``time_limit`` (seconds) defaults to ``STATEMENT_TIME_LIMIT``; tests lower it. A protected
    case's driver (sqlcipher3) has no ``setconfig``: there the pragmas carry the same settings."""
    if hasattr(conn, "setconfig"):
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    # Room for the JSON of an audit row holding one such text twice (before and after).
    if hasattr(conn, "setlimit"):
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 3 * MAX_TEXT_BYTES)
    limit_statement_time(conn, STATEMENT_TIME_LIMIT if time_limit is None else time_limit)
    return conn


def limit_statement_time(conn: sqlite3.Connection, seconds: float) -> None:
    """Interrupt any statement on ``conn`` that runs longer than ``seconds``.

    The trace callback marks when each statement starts (statements run by triggers included);
    the progress handler, called while a statement runs, stops it once the time is up. SQLite then
    raises ``OperationalError('interrupted')``, which ``is_interrupted`` recognises."""
    started = [time.monotonic()]

    def statement_started(_sql: str) -> None:
        started[0] = time.monotonic()

    def still_running() -> int:
        return 1 if time.monotonic() - started[0] > seconds else 0

    conn.set_trace_callback(statement_started)
    conn.set_progress_handler(still_running, _PROGRESS_STEPS)


def is_interrupted(exc: BaseException) -> bool:
    """Whether an SQLite error is the statement time limit at work."""
    # By name: sqlcipher3's errors are not sqlite3's classes.
    return type(exc).__name__ == "OperationalError" and "interrupted" in str(exc).lower()


def is_too_big(exc: BaseException) -> bool:
    """Whether an SQLite error is the text length limit at work."""
    return type(exc).__name__ in ("DataError", "OperationalError") and "too big" in str(exc).lower()
