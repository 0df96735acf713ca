"""Plain reads: rows of one table as dicts, straight from ``sqlite3``.

Reads are the start-up and command-line path; sqlite-utils (which brings click, pluggy and
dateutil, some 40 ms of imports) stays with the writes. Table names and clauses are the storage
package's own constants, never a planner's text; values always go as parameters.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any


def select_rows(
    conn: sqlite3.Connection, table: str, where: str | None = None, args: Sequence[Any] = (),
    order_by: str | None = None, limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    sql = f'SELECT * FROM "{table}"'  # noqa: S608 - a table of db/schema.sql
    if where:
        sql += f" WHERE {where}"
    if order_by:
        sql += f" ORDER BY {order_by}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cursor = conn.execute(sql, tuple(args))
    columns = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(columns, row))


def table_names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
