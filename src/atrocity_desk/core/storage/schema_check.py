"""Is a file's schema exactly ours? Every table, column, constraint, index, trigger and view.

A case file comes from someone else. SQL stored in it (a trigger, a view, a column default, a
hidden table) would run on the planner's own edits, so a file whose schema differs in any object
from the one this version writes at its case-format version is refused at open (``header.py``) and
``check`` names every difference. SQLite's own bookkeeping objects (``sqlite_autoindex_*`` are
compared through their tables; ``sqlite_stat*`` and ``sqlite_sequence`` hold no code) are left out.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .connection import configure
from .schema import SCHEMA_VERSION, migrations, schema_sql

_INTERNAL = re.compile(r"^sqlite_(autoindex_|stat\d|sequence$)")


@dataclass(frozen=True)
class SchemaDifference:
    """One object that differs: its kind (table, column, index, trigger, view), name, and how."""

    kind: str
    name: str
    problem: str  # "unexpected" | "missing" | "different"

    def sentence(self) -> str:
        return f"{self.kind} {self.name!r} is {_PROBLEM_WORDS[self.problem]}"


_PROBLEM_WORDS = {
    "unexpected": "not part of an Atrocity Desk case",
    "missing": "missing",
    "different": "defined differently from an Atrocity Desk case",
}


def schema_differences(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> list[SchemaDifference]:
    """Every difference between the schema behind ``conn`` and ours at case-format ``version``."""
    return compare_shapes(expected_shape(version), schema_objects(conn))


@lru_cache(maxsize=None)
def expected_shape(version: int) -> dict[tuple[str, str], Any]:
    """The schema this version writes at ``version``: db/schema.sql for the current one, the
    numbered migrations replayed for older ones (the files we migrate)."""
    conn = configure(sqlite3.connect(":memory:", isolation_level=None))
    try:
        if version == SCHEMA_VERSION:
            conn.executescript(schema_sql())
        else:
            for number, _, sql in migrations():
                if number <= version:
                    conn.executescript(sql)
        return schema_objects(conn)
    finally:
        conn.close()


def schema_objects(conn: sqlite3.Connection) -> dict[tuple[str, str], Any]:
    """(kind, name) -> a comparable description of every schema object of the main database."""
    objects: dict[tuple[str, str], Any] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if _INTERNAL.match(name or ""):
            continue
        if kind == "table":
            try:
                objects[("table", name)] = _table_constraints(conn, name, sql)
                for column in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,)):
                    objects[("column", f"{name}.{column[1]}")] = tuple(column[1:])
            except sqlite3.Error:  # a virtual table of a module we lack, say: not one of ours
                objects[("table", name)] = ("unreadable", _normalised(sql))
        else:
            objects[(kind, name)] = (table, _normalised(sql))
    return objects


def compare_shapes(expected: dict, actual: dict) -> list[SchemaDifference]:
    differences = []
    for key in sorted(set(expected) | set(actual)):
        if key not in actual:
            differences.append(SchemaDifference(key[0], key[1], "missing"))
        elif key not in expected:
            differences.append(SchemaDifference(key[0], key[1], "unexpected"))
        elif expected[key] != actual[key]:
            differences.append(SchemaDifference(key[0], key[1], "different"))
    return differences


def _table_constraints(conn: sqlite3.Connection, name: str, sql: str | None) -> tuple:
    """What a table is besides its columns: virtual or not, keys, CHECKs, unique constraints."""
    foreign_keys = tuple(tuple(row[2:]) for row in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,)))
    indexes = tuple(sorted(
        (row[2], row[3], row[4], tuple(tuple(c) for c in conn.execute("SELECT * FROM pragma_index_xinfo(?)", (row[1],))))
        for row in conn.execute("SELECT * FROM pragma_index_list(?)", (name,))
        if row[3] != "c"  # indexes made by CREATE INDEX are compared as objects of their own
    ))
    text = _normalised(sql)
    return (text.startswith("create virtual"), foreign_keys, indexes, tuple(sorted(_checks(text))))


def _checks(sql: str) -> list[str]:
    """The CHECK constraints of a CREATE TABLE statement, each with its balanced parentheses."""
    found = []
    for match in re.finditer(r"\bcheck\s*\(", sql):
        depth, start = 0, match.end() - 1
        for end in range(start, len(sql)):
            depth += {"(": 1, ")": -1}.get(sql[end], 0)
            if depth == 0:
                found.append(sql[start:end + 1])
                break
    return found


def _normalised(sql: str | None) -> str:
    """SQL text compared without regard to layout or letter case (identifiers included)."""
    return re.sub(r"\s+", " ", (sql or "").strip().lower()).replace("( ", "(").replace(" )", ")")


def file_problems(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> list[str]:
    """Integrity, foreign keys and every schema difference, each problem as a sentence."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [f"foreign key problem in {row[0]}" for row in conn.execute("PRAGMA foreign_key_check")]
    return problems + [d.sentence() for d in schema_differences(conn, version)]
