"""Case files (SPEC §3): one SQLite file per case, our own application_id, versioned schema.

Every edit is one transaction that also writes its audit row, committed before the call returns:
there is no unsaved state. Refusals raise the typed errors of ``errors.py`` before anything is
written, so a file we refuse keeps its bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlite_utils

from .datafiles import db_root
from .errors import (
    CaseFileError,
    CaseFileExists,
    CaseFileMissing,
    CaseFileUnreadable,
    CaseNotCreated,
    CaseWriteError,
    DamagedCaseFile,
    ForeignDatabase,
    NewerCaseFile,
    NotACaseFile,
    ReadOnlyCase,
)
from .filelock import FileLock
from .models import (
    Actor,
    AuditEntry,
    CaseMeta,
    Decision,
    EtdJudgment,
    Judgment,
    JudgmentKind,
    Objective,
    Revision,
    now_utc,
)

APPLICATION_ID = 0x41545243  # "ATRC"
SCHEMA_VERSION = 3
SUFFIX = ".atrocase"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    # No sqlite-utils plugins: third-party code installed beside us never touches a case file,
    # and opening skips the plugin scan.
    return sqlite_utils.Database(conn, execute_plugins=False)


# --- schema and migrations -------------------------------------------------------------------


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


# --- reading the header without SQLite, so refusals never touch the file -----------------------


def _read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) from the 100-byte SQLite header, or a typed refusal."""
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
        raise NotACaseFile(
            f"{path.name} is not an Atrocity Desk case file (it is not an SQLite database). "
            "Nothing was changed."
        )
    user_version, application_id = struct.unpack(">i", header[60:64])[0], struct.unpack(">I", header[68:72])[0]
    return application_id, user_version


def _refuse_unless_ours(path: Path) -> int:
    application_id, user_version = _read_header(path)
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


def _damaged(path: Path, detail: str) -> DamagedCaseFile:
    return DamagedCaseFile(
        f"{path.name} is damaged and cannot be opened safely ({detail}). It was not changed. "
        "Open a backup copy, or the copy you e-mailed or saved elsewhere."
    )


# --- the case file ---------------------------------------------------------------------------


class CaseFile:
    """An open case. Reads are plain queries; every edit commits before it returns."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: FileLock | None, read_only_reason: str):
        self.path = path
        self.conn = conn
        self.db = _database(conn)
        self._lock = lock
        self.read_only_reason = read_only_reason
        self.editor = ""  # who is making edits, for the audit log; set by the UI or command line

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    # -- opening and creating --

    @classmethod
    def create(cls, path: str | os.PathLike, meta: CaseMeta | None = None, assessed_on: str | None = None) -> CaseFile:
        """A new, empty case with its first revision. Refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise CaseFileExists(f"{path} already exists. Choose another name or delete it first.")
        meta = meta or CaseMeta()
        tmp = path.with_name(f".{path.name}.creating")
        try:
            tmp = _temp_beside(path)
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.executescript(schema_sql())
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                db = _database(conn)
                db["case_meta"].insert_all(
                    [{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in meta.model_dump().items()]
                )
                db["revisions"].insert(
                    {
                        "number": 1,
                        "label": "First assessment",
                        "assessed_on": assessed_on or date.today().isoformat(),
                        "created_at": now_utc(),
                        "created_by": meta.analyst,
                    }
                )
            finally:
                conn.close()
            os.replace(tmp, path)
        except OSError as exc:
            _remove_quietly(tmp)
            raise CaseNotCreated(f"The case could not be created at {path}: {exc.strerror or exc}.") from None
        except sqlite3.Error as exc:
            _remove_quietly(tmp)
            raise CaseNotCreated(f"The case could not be created at {path}: {exc}.") from None
        return cls.open(path)

    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False) -> CaseFile:
        """Open a case, or raise a CaseFileError saying why not. A refused file is never modified.

        Opens read-only (with ``read_only_reason`` set) when asked to, when the file or its folder
        cannot be written, or when another Atrocity Desk holds the file."""
        path = Path(path).absolute()
        version = _refuse_unless_ours(path)
        reason = "opened read-only as asked" if read_only else _why_read_only(path)
        lock = None
        if not reason:
            lock = FileLock(path)
            if not lock.acquire():
                lock = None
                reason = "another Atrocity Desk window or program has this case open; close it there to edit here"
        if version < SCHEMA_VERSION:
            if reason:
                raise CaseFileError(
                    f"{path.name} was saved by an older version of Atrocity Desk and must be upgraded "
                    f"before it can be opened, but it can't be written now ({reason})."
                )
        try:
            conn = _connect(path, read_only=bool(reason))
            _verify(conn, path)
            if version < SCHEMA_VERSION:
                _migrate(conn, path, version)
        except BaseException:
            if lock:
                lock.release()
            raise
        case = cls(path, conn, lock, reason)
        case._verify_content()
        return case

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self._lock:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reads --

    def meta(self) -> CaseMeta:
        rows = {r["key"]: json.loads(r["value"]) for r in self.db["case_meta"].rows}
        return CaseMeta(**{k: v for k, v in rows.items() if k in CaseMeta.model_fields})

    def revisions(self) -> list[Revision]:
        return [Revision(**row) for row in self.db["revisions"].rows_where(order_by="number")]

    def revision(self, revision_id: int) -> Revision:
        row = self.conn.execute("SELECT * FROM revisions WHERE id = ?", (revision_id,)).fetchone()
        if row is None:
            raise KeyError(revision_id)
        return Revision(**dict(zip([c[0] for c in self.conn.execute("SELECT * FROM revisions LIMIT 0").description], row)))

    def latest_revision(self) -> Revision:
        row = next(self.db["revisions"].rows_where(order_by="number DESC", limit=1))
        return Revision(**row)

    def judgments(self, revision_id: int, kind: JudgmentKind | None = None) -> dict[str, Judgment]:
        where, args = "revision_id = ?", [revision_id]
        if kind:
            where, args = where + " AND kind = ?", args + [kind]
        return {
            row["item"]: Judgment(**{k: row[k] for k in Judgment.model_fields})
            for row in self.db["judgments"].rows_where(where, args, order_by="kind, item")
        }

    def judgment(self, revision_id: int, kind: JudgmentKind, item: str) -> Judgment | None:
        row = self.conn.execute(
            "SELECT kind, item, value, confidence, note, source, updated_at FROM judgments "
            "WHERE revision_id = ? AND kind = ? AND item = ?",
            (revision_id, kind, item),
        ).fetchone()
        if row is None:
            return None
        return Judgment(**dict(zip(("kind", "item", "value", "confidence", "note", "source", "updated_at"), row)))

    def factor_answers(self, revision_id: int) -> dict[str, str | None]:
        """Factor id -> value for every factor judged in this revision; None is unknown."""
        return {item: j.value for item, j in self.judgments(revision_id, "factor").items()}

    def actors(self, revision_id: int) -> list[Actor]:
        return [Actor(**_without(r, "revision_id")) for r in self.db["actors"].rows_where("revision_id = ?", [revision_id], order_by="position, id")]

    def objectives(self, revision_id: int) -> list[Objective]:
        return [Objective(**_without(r, "revision_id")) for r in self.db["objectives"].rows_where("revision_id = ?", [revision_id], order_by="position, id")]

    def decisions(self, revision_id: int) -> list[Decision]:
        return [_decision_from_row(r) for r in self.db["decisions"].rows_where("revision_id = ?", [revision_id], order_by="position, id")]

    def decision(self, decision_id: int) -> Decision:
        rows = list(self.db["decisions"].rows_where("id = ?", [decision_id]))
        if not rows:
            raise KeyError(decision_id)
        return _decision_from_row(rows[0])

    def audit(self, revision_id: int | None = None, limit: int | None = None) -> list[AuditEntry]:
        where, args = (None, []) if revision_id is None else ("revision_id = ?", [revision_id])
        rows = self.db["audit"].rows_where(where, args, order_by="id DESC", limit=limit)
        return [AuditEntry(**r) for r in rows]

    # -- edits: each one transaction with its audit row --

    def set_meta(self, **fields: Any) -> dict[str, Any]:
        """Change case metadata; returns the previous values of the changed fields (for undo)."""
        current = self.meta()
        CaseMeta(**{**current.model_dump(), **fields})  # validate before writing
        before = {k: getattr(current, k) for k in fields}
        with self._edit("set case details", ", ".join(sorted(fields)), before, fields, revision_id=None):
            self.db["case_meta"].upsert_all(
                [{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in fields.items()], pk="key"
            )
        return before

    def set_judgment(self, revision_id: int, judgment: Judgment) -> Judgment | None:
        """Record an answer (value None = unknown). Returns the previous judgment, or None."""
        previous = self.judgment(revision_id, judgment.kind, judgment.item)
        judgment = judgment.model_copy(update={"updated_at": now_utc()})
        with self._edit(
            "set judgment",
            f"{judgment.kind}:{judgment.item}",
            previous.model_dump(exclude={"updated_at"}) if previous else None,
            judgment.model_dump(exclude={"updated_at"}),
            revision_id,
        ):
            self.db["judgments"].upsert(
                {"revision_id": revision_id, **judgment.model_dump()}, pk=("revision_id", "kind", "item")
            )
        return previous

    def restore_judgment(self, revision_id: int, kind: JudgmentKind, item: str, previous: Judgment | None) -> None:
        """Put back a judgment as it was (None: as if never answered). Used by undo."""
        if previous is not None:
            self.set_judgment(revision_id, previous)
            return
        before = self.judgment(revision_id, kind, item)
        with self._edit("clear judgment", f"{kind}:{item}", before.model_dump(exclude={"updated_at"}) if before else None, None, revision_id):
            self.conn.execute(
                "DELETE FROM judgments WHERE revision_id = ? AND kind = ? AND item = ?", (revision_id, kind, item)
            )

    def update_revision(self, revision_id: int, **fields: Any) -> dict[str, Any]:
        """Change a revision's own fields (end state, bottom line, risk estimate...); returns old values."""
        current = self.revision(revision_id)
        Revision(**{**current.model_dump(), **fields})
        before = {k: getattr(current, k) for k in fields}
        with self._edit("update revision", ", ".join(sorted(fields)), before, fields, revision_id):
            self.db["revisions"].update(revision_id, fields)
        return before

    def add_actor(self, revision_id: int, actor: Actor) -> int:
        return self._add_row("actors", "add actor", revision_id, actor)

    def update_actor(self, actor_id: int, **fields: Any) -> dict[str, Any]:
        return self._update_row("actors", Actor, "update actor", actor_id, fields)

    def delete_actor(self, actor_id: int) -> Actor:
        return Actor(**self._delete_row("actors", "delete actor", actor_id))

    def add_objective(self, revision_id: int, objective: Objective) -> int:
        return self._add_row("objectives", "add objective", revision_id, objective)

    def update_objective(self, objective_id: int, **fields: Any) -> dict[str, Any]:
        return self._update_row("objectives", Objective, "update objective", objective_id, fields)

    def delete_objective(self, objective_id: int) -> Objective:
        return Objective(**self._delete_row("objectives", "delete objective", objective_id))

    def add_decision(self, revision_id: int, decision: Decision) -> int:
        return self._add_row("decisions", "add decision", revision_id, decision)

    def update_decision(self, decision_id: int, **fields: Any) -> dict[str, Any]:
        """Change fields of a decision (status, rationale, etd...); returns the previous values."""
        current = self.decision(decision_id)
        updated = Decision(**{**current.model_dump(), **fields})
        before = {k: _plain(getattr(current, k)) for k in fields}
        after = {k: _plain(getattr(updated, k)) for k in fields}
        with self._edit("update decision", f"decision {decision_id}", before, after, self._revision_of("decisions", decision_id)):
            self.db["decisions"].update(decision_id, _decision_row(updated, only=fields))
        return before

    def set_etd(self, decision_id: int, criterion: str, judgment: EtdJudgment) -> EtdJudgment:
        """One evidence-to-decision judgment of a decision; returns the previous one."""
        current = self.decision(decision_id)
        previous = current.etd_for(criterion)
        etd = {**current.etd, criterion: judgment}
        self.update_decision(decision_id, etd=etd)
        return previous

    def delete_decision(self, decision_id: int) -> Decision:
        return _decision_from_row(self._delete_row("decisions", "delete decision", decision_id))

    def new_revision(self, assessed_on: str | None = None, label: str = "", created_by: str = "") -> Revision:
        """Start a reassessment: a new revision that starts as a copy of the latest one."""
        self._require_writable()
        last = self.latest_revision()
        number = last.number + 1
        with self._edit("new revision", f"revision {number}", None, {"from": last.number}, revision_id=None):
            new_id = self.db["revisions"].insert(
                {
                    **last.model_dump(exclude={"id"}),
                    "number": number,
                    "label": label or f"Reassessment {number}",
                    "assessed_on": assessed_on or date.today().isoformat(),
                    "created_at": now_utc(),
                    "created_by": created_by or self.editor,
                }
            ).last_pk
            self.conn.execute(
                "INSERT INTO judgments SELECT ?, kind, item, value, confidence, note, source, updated_at "
                "FROM judgments WHERE revision_id = ?",
                (new_id, last.id),
            )
            objective_ids = {}
            for objective in self.objectives(last.id):
                objective_ids[objective.id] = self.db["objectives"].insert(
                    {"revision_id": new_id, **objective.model_dump(exclude={"id"})}
                ).last_pk
            for actor in self.actors(last.id):
                self.db["actors"].insert({"revision_id": new_id, **actor.model_dump(exclude={"id"})})
            for decision in self.decisions(last.id):
                moved = decision.model_copy(
                    update={"id": None, "objectives": [objective_ids[o] for o in decision.objectives if o in objective_ids]}
                )
                self.db["decisions"].insert({"revision_id": new_id, **_decision_row(moved)})
        return self.revision(new_id)

    # -- whole-file operations --

    def save_copy(self, target: str | os.PathLike) -> Path:
        """Write a complete, standalone copy (temporary file beside the target, then rename)."""
        target = Path(target).absolute()
        if target == self.path:
            raise CaseFileError("Choose a different file name for the copy.")
        tmp = target.with_name(f".{target.name}.copying")
        try:
            tmp = _temp_beside(target)
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            _remove_quietly(tmp)
            detail = getattr(exc, "strerror", None) or str(exc)
            raise CaseWriteError(f"The copy could not be written to {target}: {detail}. Nothing was changed.") from None
        return target

    def check(self) -> list[str]:
        """Problems found by a full integrity and schema check; empty when the file is sound."""
        try:
            return self._problems()
        except (sqlite3.DatabaseError, ValueError) as exc:
            return [f"the file is damaged: {exc}"]

    def _problems(self) -> list[str]:
        problems = [row[0] for row in self.conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key problem in {row[0]}" for row in self.conn.execute("PRAGMA foreign_key_check")]
        expected = _schema_shape(_fresh_schema_conn())
        actual = _schema_shape(self.conn)
        for table in sorted(set(expected) | set(actual)):
            if expected.get(table) != actual.get(table):
                problems.append(f"table or index {table!r} differs from the expected schema")
        if not list(self.db["revisions"].rows):
            problems.append("the case has no assessment revision")
        return problems

    # -- internals --

    def _verify_content(self) -> None:
        """Read what the window shows first; a file that passes SQLite's checks but holds content
        we cannot read (a flipped bit in a text, say) is refused as damaged, not half opened."""
        try:
            self.meta()
            revision = self.latest_revision()
            self.judgments(revision.id)
            self.actors(revision.id)
            self.objectives(revision.id)
            self.decisions(revision.id)
        except (sqlite3.Error, ValueError, KeyError, TypeError, StopIteration) as exc:
            self.close()
            raise _damaged(self.path, f"unreadable content: {type(exc).__name__}") from None

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyCase(f"{self.path.name} is open read-only: {self.read_only_reason}.")

    @contextmanager
    def _edit(self, action: str, target: str, before: Any, after: Any, revision_id: int | None) -> Iterator[None]:
        """One edit = one transaction with its audit row. Failures roll back and say why."""
        self._require_writable()
        if revision_id is not None and revision_id != self.latest_revision().id:
            raise CaseFileError("Earlier revisions are kept as they were; edit the latest revision.")
        try:
            with self.db.atomic():
                yield
                self.db["audit"].insert(
                    {
                        "at": now_utc(),
                        "revision_id": revision_id,
                        "who": self.editor,
                        "action": action,
                        "target": target,
                        "before": None if before is None else json.dumps(before, sort_keys=True, ensure_ascii=False),
                        "after": None if after is None else json.dumps(after, sort_keys=True, ensure_ascii=False),
                    }
                )
        except sqlite3.OperationalError as exc:
            raise CaseWriteError(_write_failure_message(self.path, exc)) from None
        except sqlite3.DatabaseError as exc:
            raise CaseWriteError(_write_failure_message(self.path, exc)) from None

    def _revision_of(self, table: str, row_id: int) -> int:
        row = self.conn.execute(f"SELECT revision_id FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise KeyError(row_id)
        return row[0]

    def _add_row(self, table: str, action: str, revision_id: int, item: Actor | Objective | Decision) -> int:
        row = _decision_row(item) if isinstance(item, Decision) else item.model_dump(exclude={"id"} if item.id is None else set())
        if item.id is None:
            # A new row is listed after the revision's others; a restored one (undo) keeps its place.
            row.pop("id", None)
            last = self.conn.execute(f"SELECT MAX(position) FROM {table} WHERE revision_id = ?", (revision_id,)).fetchone()[0]
            row["position"] = max(item.position, -1 if last is None else last + 1)
        with self._edit(action, getattr(item, "name", None) or getattr(item, "family", None) or "objective", None, _plain_row(row), revision_id):
            new_id = self.db[table].insert({"revision_id": revision_id, **row}).last_pk
        return int(new_id)

    def _update_row(self, table: str, model: type, action: str, row_id: int, fields: dict[str, Any]) -> dict[str, Any]:
        current = model(**_without(self.db[table].get(row_id), "revision_id"))
        model(**{**current.model_dump(), **fields})
        before = {k: getattr(current, k) for k in fields}
        with self._edit(action, f"{table[:-1]} {row_id}", before, fields, self._revision_of(table, row_id)):
            self.db[table].update(row_id, fields)
        return before

    def _delete_row(self, table: str, action: str, row_id: int) -> dict[str, Any]:
        row = _without(self.db[table].get(row_id), "revision_id")
        with self._edit(action, f"{table[:-1]} {row_id}", _plain_row(row), None, self._revision_of(table, row_id)):
            self.db[table].delete(row_id)
        return row


# --- helpers ---------------------------------------------------------------------------------


def _without(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in keys}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "model_dump"):
        return value.model_dump()
    return value


def _plain_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in row.items()}


_JSON_FIELDS = ("objectives", "findings_weighed", "etd")


def _decision_row(decision: Decision, only: dict[str, Any] | None = None) -> dict[str, Any]:
    row = decision.model_dump(exclude={"id"})
    for key in _JSON_FIELDS:
        row[key] = json.dumps(row[key], sort_keys=True, ensure_ascii=False)
    if decision.id is not None and only is None:
        row["id"] = decision.id
    return {k: v for k, v in row.items() if only is None or k in only}


def _decision_from_row(row: dict[str, Any]) -> Decision:
    data = _without(row, "revision_id")
    for key in _JSON_FIELDS:
        data[key] = json.loads(data[key])
    return Decision(**data)


def _temp_beside(target: Path) -> Path:
    """A new temporary file name in the target's folder, so the final rename is atomic."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    os.unlink(name)
    return Path(name)


def _remove_quietly(path: Path) -> None:
    for candidate in (path, Path(str(path) + "-journal")):
        try:
            candidate.unlink()
        except OSError:
            pass


def _why_read_only(path: Path) -> str:
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        # SQLite writes its rollback journal beside the file.
        return "the folder holding the file is read-only"
    return ""


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    try:
        if read_only:
            conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
        return conn
    except sqlite3.Error as exc:
        raise CaseFileUnreadable(f"{path.name} cannot be opened: {exc}. It was not changed.") from None


def _verify(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        tables = set(_database(conn).table_names())
    except (sqlite3.DatabaseError, ValueError) as exc:
        conn.close()
        if "readonly" in str(exc).lower():
            raise CaseFileError(
                f"{path.name} was not closed cleanly and needs recovery, which can't be done read-only. "
                "Open it from a folder you can write to."
            ) from None
        raise _damaged(path, str(exc) if isinstance(exc, sqlite3.Error) else "unreadable text") from None
    if result != ["ok"]:
        conn.close()
        raise _damaged(path, result[0])
    missing = {"case_meta", "revisions", "judgments", "decisions", "audit"} - tables
    if missing:
        conn.close()
        raise _damaged(path, "tables missing: " + ", ".join(sorted(missing)))


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Back the file up, then apply each newer migration in its own transaction."""
    backup = path.with_name(f"{path.name}.v{version}-backup")
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        conn.close()
        raise CaseWriteError(
            f"{path.name} needs upgrading, but the backup copy could not be written ({exc.strerror}). "
            "Nothing was changed."
        ) from None
    for number, _, sql in migrations():
        if number <= version:
            continue
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
            raise CaseWriteError(
                f"Upgrading {path.name} failed at step {number} ({exc}). The backup is at {backup.name}."
            ) from None


def _fresh_schema_conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript(schema_sql())
    return conn


def _schema_shape(conn: sqlite3.Connection) -> dict[str, Any]:
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


def _write_failure_message(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "full" in text:
        why = "the disk is full"
    elif not path.exists():  # SQLite reports a moved or deleted file as "readonly"
        why = "the file was moved or deleted while it was open"
    elif "readonly" in text or "read-only" in text:
        why = _why_read_only(path) or "the file or its folder has become read-only"
    elif "locked" in text or "busy" in text:
        why = "the file is busy in another program"
    else:
        why = f"the file could not be written ({exc})"
    return (
        f"Your last change could not be saved because {why}. The case file {path.name} is as it was "
        "before that change; fix the cause and make the change again."
    )
