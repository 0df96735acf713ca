"""What is checked before a file is trusted: its 100-byte header (read without SQLite, so a refusal
never touches the file), then SQLite's quick check and the tables a case needs, then that its
schema is exactly ours and no stored text is oversized."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from ..errors import (
    CaseFileError,
    CaseFileMissing,
    CaseFileUnreadable,
    CaseTooLarge,
    DamagedCaseFile,
    ForeignDatabase,
    ForeignSchema,
    NewerCaseFile,
    NotACaseFile,
    PassphraseNeeded,
)
from .cipher import DATABASE_ERRORS, ERRORS, looks_protected
from .connection import MAX_TEXT_BYTES, is_interrupted
from .schema import APPLICATION_ID, REQUIRED_TABLES, SCHEMA_VERSION
from .select import table_names
from .schema_check import expected_shape, schema_differences

_SQLITE_MAGIC = b"SQLite format 3\x00"


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) from the SQLite header, or a typed refusal."""
    if not path.exists():
        raise CaseFileMissing(f"There is no file at {path}.")
    if path.is_dir():
        raise NotACaseFile(f"{path} is a folder, not a case file.")
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise CaseFileUnreadable(
            f"{path.name} cannot be read ({exc.strerror or exc}). Check that you have permission to read it."
        ) from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        if looks_protected(path):
            raise PassphraseNeeded(
                f"{path.name} looks like a passphrase-protected case file: give its passphrase to open it. "
                "(A file of another kind can look the same; only the passphrase tells.) Nothing was changed."
            )
        raise NotACaseFile(
            f"{path.name} is not an Atrocity Desk case file (it is not an SQLite database). If it is a "
            "passphrase-protected case, it is incomplete or damaged: its size is not a whole number of "
            "pages. Nothing was changed."
        )
    user_version, application_id = struct.unpack(">i", header[60:64])[0], struct.unpack(">I", header[68:72])[0]
    return application_id, user_version


def refuse_unless_ours(path: Path) -> int:
    """The case-format version of an Atrocity Desk case this version can read, or a refusal."""
    return check_ids(path, *read_header(path))


def check_ids(path: Path, application_id: int, user_version: int) -> int:
    """The refusals of a file that is SQLite but not a case this version reads."""
    if application_id != APPLICATION_ID:
        raise ForeignDatabase(
            f"{path.name} is an SQLite database of another application, not an Atrocity Desk case. "
            "It was not opened and nothing was changed."
        )
    if user_version > SCHEMA_VERSION:
        raise NewerCaseFile(
            f"{path.name} was saved by a newer version of Atrocity Desk (case format {user_version}; "
            f"this version reads up to {SCHEMA_VERSION}). Update Atrocity Desk to open it. "
            "The file was not changed."
        )
    if user_version < 1:
        raise DamagedCaseFile(f"{path.name} has no case-format version; it cannot be opened safely.")
    return user_version


def damaged(path: Path, detail: str) -> DamagedCaseFile:
    return DamagedCaseFile(
        f"{path.name} is damaged and cannot be opened safely ({detail}). It was not changed. "
        "Open a backup copy, or the copy you e-mailed or saved elsewhere."
    )


def refuse_if_unsound(conn: sqlite3.Connection, path: Path) -> None:
    """Closes ``conn`` and raises when SQLite's quick check fails or tables are missing."""
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        tables = set(table_names(conn))
    except (*DATABASE_ERRORS, ValueError) as exc:
        conn.close()
        if "readonly" in str(exc).lower():
            raise CaseFileError(
                f"{path.name} was not closed cleanly and needs recovery, which can't be done read-only. "
                "Open it from a folder you can write to."
            ) from None
        raise damaged(path, str(exc) if isinstance(exc, ERRORS) else "unreadable text") from None
    if result != ["ok"]:
        conn.close()
        raise damaged(path, result[0])
    missing = REQUIRED_TABLES - tables
    if missing:
        conn.close()
        raise damaged(path, "tables missing: " + ", ".join(sorted(missing)))


def refuse_foreign_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Closes ``conn`` and raises ForeignSchema when any schema object differs from ours.

    Runs before anything is written (migration included): a foreign trigger never fires."""
    differences = [d.sentence() for d in schema_differences(conn, version)]
    if not differences:
        return
    conn.close()
    shown = "; ".join(differences[:5]) + ("; …" if len(differences) > 5 else "")
    raise ForeignSchema(
        f"{path.name} holds database objects that are not part of an Atrocity Desk case ({shown}). "
        "They could change or copy the case's content behind your back, so the file was not opened "
        "and nothing was changed. Atrocity Desk can write a clean copy holding only the case's data.",
        differences,
    )


def refuse_oversized_text(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Closes ``conn`` and raises CaseTooLarge when a stored text or blob passes the length cap.

    One scan per table, measuring every column's longest value in bytes."""
    for table, columns in columns_by_table(version).items():
        lengths = ", ".join(f'max(length(CAST("{column}" AS BLOB)))' for column in columns)
        try:
            longest = conn.execute(f'SELECT {lengths} FROM "{table}"').fetchone()
        except ERRORS as exc:
            conn.close()
            if is_interrupted(exc):
                raise CaseTooLarge(f"{path.name} is too large to check in reasonable time; it was not opened.") from None
            raise damaged(path, "unreadable content") from None
        for column, length in zip(columns, longest):
            if length is not None and length > MAX_TEXT_BYTES:
                conn.close()
                raise CaseTooLarge(
                    f"{path.name} holds a text of {length:,} bytes in {table}.{column}; a case field holds at most "
                    f"{MAX_TEXT_BYTES:,}. The file was not opened and nothing was changed."
                )


def columns_by_table(version: int) -> dict[str, list[str]]:
    """Table -> its columns, as this version writes them at ``version``."""
    tables: dict[str, list[str]] = {}
    for kind, name in expected_shape(version):
        if kind == "column":
            table, column = name.split(".", 1)
            tables.setdefault(table, []).append(column)
    return tables
