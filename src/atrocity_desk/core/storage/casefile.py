"""Case files (SPEC §3): one SQLite file per case, our own application_id, versioned schema.

Every edit is one transaction that also writes its audit row, committed before the call returns:
there is no unsaved state. Refusals raise the typed errors of ``errors.py`` before anything is
written, so a file we refuse keeps its bytes.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel, ValidationError

from ..errors import CaseFileError, CaseFileExists, CaseFileUnreadable, CaseNotCreated, CaseWriteError, InvalidValue, ReadOnlyCase
from ..models import (
    Actor,
    AuditEntry,
    CaseMeta,
    Decision,
    DesignAnswer,
    EtdJudgment,
    Judgment,
    JudgmentKind,
    Objective,
    Revision,
    now_utc,
)
from . import cipher
from .atomic import atomic_write, clear_stale_temporary_files
from .cipher import DATABASE_ERRORS, ERRORS, Key
from .connection import STATEMENT_TIME_LIMIT, configure, is_interrupted, is_too_big
from .header import damaged, refuse_foreign_schema, refuse_if_unsound, refuse_oversized_text, refuse_unless_ours
from .lock import FileLock
from .outputs import same_file
from .packs import PacksMixin
from .planning import PlanningMixin
from .rows import (
    actor_from_row,
    decision_from_row,
    decision_row,
    design_answer_from_row,
    judgment_from_row,
    objective_from_row,
    plain,
    plain_row,
    revision_from_row,
    revision_row,
    without,
)
from .schema import APPLICATION_ID, SCHEMA_VERSION, backup_into, database, migrate, schema_sql
from .schema_check import file_problems
from .select import select_rows
from .values import UnknownStoredValue, design_properties_of, refuse_unknown, unknown_values

SUFFIX = ".atrocase"


# --- the case file ---------------------------------------------------------------------------


class CaseFile(PlanningMixin, PacksMixin):
    """An open case. Reads are plain queries; every edit commits before it returns."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: FileLock | None, read_only_reason: str,
        key: Key | None = None, snapshot_of_protected: bool = False,
    ):
        self.path = path
        self._key = key  # a protected case's derived key, wiped on close
        self._snapshot_of_protected = snapshot_of_protected
        self.conn = conn
        self._lock = lock
        self.read_only_reason = read_only_reason
        self.editor = ""  # who is making edits, for the audit log; set by the UI or command line
        self.migration_backup: Path | None = None  # the copy taken before upgrading at open

    @functools.cached_property
    def db(self) -> Any:
        """sqlite-utils over the connection, for the writes: made at the first edit, so opening and
        reading a case (start-up, the command line) never import it."""
        return database(self.conn)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def protected(self) -> bool:
        """A passphrase-protected case, or an in-memory snapshot of one (what is exported from it
        must be treated as coming from a protected case)."""
        return self._key is not None or self._snapshot_of_protected

    def has_passphrase(self, passphrase: bytearray) -> bool:
        """Whether ``passphrase`` is this protected case's (False for a plain case): asked before
        changing or removing it, so a wrong one never closes the open case."""
        return self._key is not None and cipher.is_passphrase_of(self._key, passphrase)

    # -- opening and creating --

    @classmethod
    def create(
        cls, path: str | os.PathLike, meta: CaseMeta | None = None, assessed_on: str | None = None,
        started_at: str | None = None,
    ) -> CaseFile:
        """A new, empty case with its first revision. Refuses to overwrite an existing file.
        ``started_at`` (ISO time) backdates the revision's start, for a case written from a record."""
        path = Path(path)
        if path.exists():
            raise CaseFileExists(f"{path} already exists. Choose another name or delete it first.")
        meta = meta or CaseMeta()
        first = {"assessed_on": assessed_on or date.today().isoformat()}
        refuse_unknown("revisions", first)
        started = _started(started_at)
        try:
            atomic_write(path, lambda tmp: _write_new_case(tmp, meta, first["assessed_on"], started))
        except UnicodeError:
            raise CaseNotCreated(f"The case could not be created at {path}: some text is not valid Unicode.") from None
        except (OSError, *ERRORS) as exc:
            detail = getattr(exc, "strerror", None) or type(exc).__name__
            raise CaseNotCreated(f"The case could not be created at {path}: {detail}.") from None
        return cls.open(path)

    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False, passphrase: bytearray | None = None) -> CaseFile:
        """Open a case, or raise a CaseFileError saying why not. A refused file is never modified.

        Opens read-only (with ``read_only_reason`` set) when asked to, when the file or its folder
        cannot be written, or when another Atrocity Desk holds the file. A protected case needs
        ``passphrase`` (PassphraseNeeded without it); the caller wipes it after the call."""
        path = Path(path).absolute()
        key = _accepted_key(path, passphrase)
        try:
            return cls._open(path, read_only, key)
        except BaseException:
            if key:
                key.wipe()
            raise

    @classmethod
    def _open(cls, path: Path, read_only: bool, key: Key | None) -> CaseFile:
        version = cipher.protected_version(path, key) if key else refuse_unless_ours(path)
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
            conn = _connect(path, read_only=bool(reason), key=key)
            refuse_if_unsound(conn, path)
            refuse_foreign_schema(conn, path, version)
            refuse_oversized_text(conn, path, version)
            backup = None
            if version < SCHEMA_VERSION:
                backup = migrate(conn, path, version, backup=_copier(conn, path, key, version) if key else None)
        except BaseException:
            if lock:
                lock.release()
            raise
        if not reason:
            clear_stale_temporary_files(path.parent)  # left by a crash during a copy or export
        case = cls(path, conn, lock, reason, key)
        case.migration_backup = backup  # the window and the command line say where it is
        case._verify_content()
        return case

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self._key:
                self._key.wipe()
            if self._lock:
                self._lock.release()
                self._lock = None

    def snapshot(self) -> CaseFile:
        """A read-only copy of the whole case in memory, taken with SQLite's backup API.

        Exports read a snapshot instead of opening the file again by path: closing any descriptor
        of the file would drop this process's POSIX locks on it (SQLite's own among them) while
        this editor holds it. The snapshot may be handed to one other thread."""
        if self.protected:
            memory = cipher.snapshot(self.conn)  # plaintext, but only in memory
        else:
            memory = configure(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False))
            self.conn.backup(memory)
        memory.execute("PRAGMA query_only = ON")
        return CaseFile(self.path, memory, None, "a snapshot for export", snapshot_of_protected=self.protected)

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reads --

    def meta(self) -> CaseMeta:
        rows = {r["key"]: json.loads(r["value"]) for r in select_rows(self.conn, "case_meta")}
        return CaseMeta(**{k: v for k, v in rows.items() if k in CaseMeta.model_fields})

    def revisions(self) -> list[Revision]:
        return [revision_from_row(row) for row in select_rows(self.conn, "revisions", order_by="number")]

    def revision(self, revision_id: int) -> Revision:
        rows = list(select_rows(self.conn, "revisions", "id = ?", [revision_id]))
        if not rows:
            raise KeyError(revision_id)
        return revision_from_row(rows[0])

    def latest_revision(self) -> Revision:
        row = next(select_rows(self.conn, "revisions", order_by="number DESC", limit=1))
        return revision_from_row(row)

    def judgments(self, revision_id: int, kind: JudgmentKind | None = None) -> dict[str, Judgment]:
        where, args = "revision_id = ?", [revision_id]
        if kind:
            where, args = where + " AND kind = ?", args + [kind]
        return {
            row["item"]: judgment_from_row(row)
            for row in select_rows(self.conn, "judgments", where, args, order_by="kind, item")
        }

    def judgment(self, revision_id: int, kind: JudgmentKind, item: str) -> Judgment | None:
        rows = list(select_rows(self.conn, "judgments", "revision_id = ? AND kind = ? AND item = ?", [revision_id, kind, item]))
        return judgment_from_row(rows[0]) if rows else None

    def factor_answers(self, revision_id: int) -> dict[str, str | None]:
        """Factor id -> value for every factor judged in this revision, as the fit reads them: None
        is unknown, and so is a stored value the vocabulary does not know."""
        return {item: j.known_value for item, j in self.judgments(revision_id, "factor").items()}

    def actors(self, revision_id: int) -> list[Actor]:
        return [actor_from_row(r) for r in select_rows(self.conn, "actors", "revision_id = ?", [revision_id], order_by="position, id")]

    def objectives(self, revision_id: int) -> list[Objective]:
        return [objective_from_row(r) for r in select_rows(self.conn, "objectives", "revision_id = ?", [revision_id], order_by="position, id")]

    def decisions(self, revision_id: int) -> list[Decision]:
        return [decision_from_row(r) for r in select_rows(self.conn, "decisions", "revision_id = ?", [revision_id], order_by="position, id")]

    def decision(self, decision_id: int) -> Decision:
        rows = list(select_rows(self.conn, "decisions", "id = ?", [decision_id]))
        if not rows:
            raise KeyError(decision_id)
        return decision_from_row(rows[0])

    def design_answers(self, decision_id: int) -> dict[str, DesignAnswer]:
        """Design property id -> answer, for every design property answered for this option."""
        rows = select_rows(self.conn, "design_answers", "decision_id = ?", [decision_id], order_by="property")
        return {row["property"]: design_answer_from_row(row) for row in rows}

    def design_answer(self, decision_id: int, prop: str) -> DesignAnswer | None:
        return self.design_answers(decision_id).get(prop)

    def design(self, decision_id: int) -> dict[str, str | None]:
        """Design property id -> value as the fit reads it (None: unknown or unrecognised)."""
        return {prop: answer.known_value for prop, answer in self.design_answers(decision_id).items()}

    def audit(self, revision_id: int | None = None, limit: int | None = None) -> list[AuditEntry]:
        where, args = (None, []) if revision_id is None else ("revision_id = ?", [revision_id])
        rows = select_rows(self.conn, "audit", where, args, order_by="id DESC", limit=limit)
        return [AuditEntry(**r) for r in rows]

    # -- edits: each one transaction with its audit row --

    def set_meta(self, **fields: Any) -> dict[str, Any]:
        """Change case metadata; returns the previous values of the changed fields (for undo)."""
        current = self.meta()
        _validated(CaseMeta, {**current.model_dump(), **fields})
        before = {k: getattr(current, k) for k in fields}
        with self._edit("set case details", ", ".join(sorted(fields)), before, fields, revision_id=None):
            self.db["case_meta"].upsert_all(
                [{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in fields.items()], pk="key"
            )
        return before

    def set_judgment(self, revision_id: int, judgment: Judgment) -> Judgment | None:
        """Record an answer (value None = unknown). Returns the previous judgment, or None."""
        refuse_unknown("judgments", judgment.model_dump())
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

    def set_design_answer(self, decision_id: int, answer: DesignAnswer) -> DesignAnswer | None:
        """Record how an option is designed (value None = unknown). Returns the previous answer."""
        refuse_unknown("design_answers", answer.model_dump())
        family = self.decision(decision_id).family
        if answer.property not in design_properties_of(family):
            raise InvalidValue(f"This change was not saved: the design of a {family!r} option does not include {answer.property!r}.")
        previous = self.design_answer(decision_id, answer.property)
        answer = answer.model_copy(update={"updated_at": now_utc()})
        with self._edit(
            "set design",
            f"decision {decision_id}: {answer.property}",
            previous.model_dump(exclude={"updated_at"}) if previous else None,
            answer.model_dump(exclude={"updated_at"}),
            self._revision_of("decisions", decision_id),
        ):
            self.db["design_answers"].upsert({"decision_id": decision_id, **answer.model_dump()}, pk=("decision_id", "property"))
        return previous

    def restore_design_answer(self, decision_id: int, prop: str, previous: DesignAnswer | None) -> None:
        """Put back a design answer as it was (None: as if never answered). Used by undo."""
        if previous is not None:
            self.set_design_answer(decision_id, previous)
            return
        before = self.design_answer(decision_id, prop)
        with self._edit(
            "clear design", f"decision {decision_id}: {prop}",
            before.model_dump(exclude={"updated_at"}) if before else None, None, self._revision_of("decisions", decision_id),
        ):
            self.conn.execute("DELETE FROM design_answers WHERE decision_id = ? AND property = ?", (decision_id, prop))

    def update_revision(self, revision_id: int, **fields: Any) -> dict[str, Any]:
        """Change a revision's own fields (end state, bottom line, risk estimate...); returns old values."""
        current = self.revision(revision_id)
        refuse_unknown("revisions", plain(fields))
        before = {k: plain(getattr(current, k)) for k in fields}
        updated = _validated(Revision, {**current.model_dump(), **fields})
        with self._edit("update revision", ", ".join(sorted(fields)), before, plain(fields), revision_id):
            self.db["revisions"].update(revision_id, revision_row(updated, only=fields))
        return before

    def add_actor(self, revision_id: int, actor: Actor) -> int:
        refuse_unknown("actors", actor.model_dump())
        return self._add_row("actors", "add actor", revision_id, actor)

    def update_actor(self, actor_id: int, **fields: Any) -> dict[str, Any]:
        return self._update_row("actors", Actor, "update actor", actor_id, fields)

    def delete_actor(self, actor_id: int) -> Actor:
        return actor_from_row(self._delete_row("actors", "delete actor", actor_id))

    def add_objective(self, revision_id: int, objective: Objective) -> int:
        return self._add_row("objectives", "add objective", revision_id, objective)

    def update_objective(self, objective_id: int, **fields: Any) -> dict[str, Any]:
        return self._update_row("objectives", Objective, "update objective", objective_id, fields)

    def delete_objective(self, objective_id: int) -> Objective:
        return objective_from_row(self._delete_row("objectives", "delete objective", objective_id))

    def add_decision(self, revision_id: int, decision: Decision) -> int:
        refuse_unknown("decisions", decision.model_dump())
        return self._add_row("decisions", "add decision", revision_id, decision)

    def update_decision(self, decision_id: int, **fields: Any) -> dict[str, Any]:
        """Change fields of a decision (status, rationale, etd...); returns the previous values."""
        current = self.decision(decision_id)
        updated = _validated(Decision, {**current.model_dump(), **fields})
        refuse_unknown("decisions", {"family": updated.family, **updated.model_dump(include=set(fields))})
        before = {k: plain(getattr(current, k)) for k in fields}
        after = {k: plain(getattr(updated, k)) for k in fields}
        with self._edit("update decision", _audit_target("decisions", decision_id), before, after, self._revision_of("decisions", decision_id)):
            self.db["decisions"].update(decision_id, decision_row(updated, only=fields))
        return before

    def set_etd(self, decision_id: int, criterion: str, judgment: EtdJudgment) -> EtdJudgment:
        """One evidence-to-decision judgment of a decision; returns the previous one."""
        current = self.decision(decision_id)
        previous = current.etd_for(criterion)
        etd = {**current.etd, criterion: judgment}
        self.update_decision(decision_id, etd=etd)
        return previous

    def delete_decision(self, decision_id: int) -> Decision:
        return decision_from_row(self._delete_row("decisions", "delete decision", decision_id))

    def new_revision(
        self, assessed_on: str | None = None, label: str = "", created_by: str = "", started_at: str | None = None,
    ) -> Revision:
        """Start a reassessment: a new revision that starts as a copy of the latest one (``started_at``:
        see ``create``)."""
        self._require_writable()
        if assessed_on:
            refuse_unknown("revisions", {"assessed_on": assessed_on})
        last = self.latest_revision()
        number = last.number + 1
        with self._edit("new revision", f"revision {number}", None, {"from": last.number}, revision_id=None):
            new_id = self.db["revisions"].insert(
                {
                    **revision_row(last),
                    "number": number,
                    "label": label or f"Reassessment {number}",
                    "assessed_on": assessed_on or date.today().isoformat(),
                    "created_at": _started(started_at),
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
            actor_ids = {}
            for actor in self.actors(last.id):
                actor_ids[actor.id] = self.db["actors"].insert({"revision_id": new_id, **actor.model_dump(exclude={"id"})}).last_pk
            decision_ids = {}
            for decision in self.decisions(last.id):
                moved = decision.model_copy(
                    update={"id": None, "objectives": [objective_ids[o] for o in decision.objectives if o in objective_ids]}
                )
                moved_id = self.db["decisions"].insert({"revision_id": new_id, **decision_row(moved)}).last_pk
                decision_ids[decision.id] = moved_id
                # The option keeps its design in the new revision, as the situation keeps its answers.
                self.conn.execute(
                    "INSERT INTO design_answers SELECT ?, property, value, confidence, note, updated_at "
                    "FROM design_answers WHERE decision_id = ?",
                    (moved_id, decision.id),
                )
            self._copy_planning(last.id, new_id, decision_ids, actor_ids)
        return self.revision(new_id)

    # -- whole-file operations --

    def save_copy(self, target: str | os.PathLike, history: bool = True) -> Path:
        """Write a complete, standalone copy (temporary file beside the target, then rename).

        The copy is made with ``VACUUM INTO``: only live content goes in, never the free pages
        that held deleted text. ``history=False`` leaves the audit log (the edit history, with
        the earlier wording of every edited field) out of the copy: "Save a copy for sharing"."""
        target = Path(target).absolute()
        if same_file(target, self.path):
            raise CaseFileError("Choose a different file name for the copy.")
        try:
            atomic_write(target, self._share_copier(history))
        except (OSError, *ERRORS) as exc:
            detail = "it took too long" if is_interrupted(exc) else (getattr(exc, "strerror", None) or type(exc).__name__)
            raise CaseWriteError(f"The copy could not be written to {target}: {detail}. Nothing was changed.") from None
        return target

    def _share_copier(self, history: bool) -> Callable[[Path], None]:
        """What writes the copy of Save a Copy: a protected case stays protected (SQLCipher's export
        with the same key); a plain one goes through ``VACUUM INTO``. Without ``history`` the edit
        history is deleted from the copy and the copy vacuumed, so no free page keeps it."""
        if self._key is None:
            return lambda tmp: _vacuum_into(self.conn, tmp, history)

        def fill(tmp: Path) -> None:
            self.copier(self._key)(tmp)
            if not history:
                copy = cipher.open_protected(tmp, self._key, read_only=False)
                try:
                    copy.execute("DELETE FROM audit")
                    copy.execute("VACUUM")
                finally:
                    copy.close()

        return fill

    def copier(self, key: Key | None) -> Callable[[Path], None]:
        """What writes this whole case into an empty file: encrypted with ``key``, or plain."""
        return _copier(self.conn, self.path, key, SCHEMA_VERSION)

    def check(self) -> list[str]:
        """Problems found by a full integrity, schema and vocabulary check; empty when sound.

        Every revision is read in full, not only the latest; every stored value the vocabulary does
        not know is one problem. No problem quotes the file's content."""
        try:
            problems = file_problems(self.conn)
        except DATABASE_ERRORS as exc:
            return [f"the file is damaged ({type(exc).__name__})"]
        revisions = self._readable_revision_numbers(problems)
        if not revisions and not problems:
            problems.append("the case has no assessment revision")
        try:
            return problems + [value.sentence() for value in self.unknown_values()] + self.link_problems() + self.pack_problems()
        except (*DATABASE_ERRORS, ValueError):
            return problems + ["some stored values cannot be read"]

    def _readable_revision_numbers(self, problems: list[str]) -> list[int]:
        """Read every revision's content; each unreadable one is added to ``problems``."""
        try:
            ids = [row[0] for row in self.conn.execute("SELECT id FROM revisions ORDER BY number")]
        except DATABASE_ERRORS:
            problems.append("the list of revisions cannot be read")
            return []
        for revision_id in ids:
            try:
                self.revision(revision_id)
                self.judgments(revision_id)
                self.actors(revision_id)
                self.objectives(revision_id)
                self.decisions(revision_id)
                self.strategy(revision_id)
                self.actor_targets(revision_id)
                self.audit(revision_id)
            except (*ERRORS, ValueError, KeyError, TypeError):
                problems.append(f"revision with id {revision_id}: its content cannot be read (damaged text)")
        return ids

    def unknown_values(self) -> list[UnknownStoredValue]:
        """Every stored value the vocabulary does not know (table, row, field, value)."""
        return unknown_values(self.conn)

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
            for decision in self.decisions(revision.id):
                self.design_answers(decision.id)
            self.strategy(revision.id)
            self.actor_targets(revision.id)
        except (*ERRORS, ValueError, KeyError, TypeError, StopIteration) as exc:
            self.close()
            raise damaged(self.path, f"unreadable content: {type(exc).__name__}") from None

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyCase(f"{self.path.name} is open read-only: {self.read_only_reason}.")

    @contextmanager
    def _edit(self, action: str, target: str, before: Any, after: Any, revision_id: int | None) -> Iterator[dict[str, Any]]:
        """One edit = one transaction with its audit row. Failures roll back and say why.

        Yields the audit row before it is written, so an edit can name the row it created."""
        self._require_writable()
        if revision_id is not None and revision_id != self.latest_revision().id:
            raise CaseFileError("Earlier revisions are kept as they were; edit the latest revision.")
        entry = {
            "at": now_utc(),
            "revision_id": revision_id,
            "who": self.editor,
            "action": action,
            "target": target,
            "before": None if before is None else json.dumps(before, sort_keys=True, ensure_ascii=False),
            "after": None if after is None else json.dumps(after, sort_keys=True, ensure_ascii=False),
        }
        try:
            with self.db.atomic():
                yield entry
                self.db["audit"].insert(entry)
        except DATABASE_ERRORS as exc:  # OperationalError (disk full, read-only...) among them
            raise CaseWriteError(_write_failure_message(self.path, exc)) from None

    def _revision_of(self, table: str, row_id: int) -> int:
        row = self.conn.execute(f"SELECT revision_id FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise KeyError(row_id)
        return row[0]

    def _add_row(self, table: str, action: str, revision_id: int, item: Actor | Objective | Decision) -> int:
        row = decision_row(item) if isinstance(item, Decision) else item.model_dump(exclude={"id"} if item.id is None else set())
        if item.id is None:
            # A new row is listed after the revision's others; a restored one (undo) keeps its place.
            row.pop("id", None)
            last = self.conn.execute(f"SELECT MAX(position) FROM {table} WHERE revision_id = ?", (revision_id,)).fetchone()[0]
            row["position"] = max(item.position, -1 if last is None else last + 1)
        with self._edit(action, "", None, plain_row(row), revision_id) as entry:
            new_id = self.db[table].insert({"revision_id": revision_id, **row}).last_pk
            entry["target"] = _audit_target(table, new_id)  # so that deleting it can find its history
        return int(new_id)

    def _update_row(self, table: str, model: type, action: str, row_id: int, fields: dict[str, Any]) -> dict[str, Any]:
        current = self._read_row(table, row_id)
        _validated(model, {**current.model_dump(), **fields})
        refuse_unknown(table, fields)
        before = {k: getattr(current, k) for k in fields}
        with self._edit(action, _audit_target(table, row_id), before, fields, self._revision_of(table, row_id)):
            self.db[table].update(row_id, fields)
        return before

    def _read_row(self, table: str, row_id: int) -> Actor | Objective:
        row = self.db[table].get(row_id)
        return actor_from_row(row) if table == "actors" else objective_from_row(row)

    def _delete_row(self, table: str, action: str, row_id: int) -> dict[str, Any]:
        """Delete a row and every trace of its content: the audit log keeps that it was added,
        edited and deleted (when, by whom), never what it said; secure_delete zeroes the pages."""
        row = without(self.db[table].get(row_id), "revision_id")
        target = _audit_target(table, row_id)
        with self._edit(action, target, None, None, self._revision_of(table, row_id)):
            self.db[table].delete(row_id)
            self.conn.execute("UPDATE audit SET before = NULL, after = NULL WHERE target = ?", (target,))
        return row


# --- helpers ---------------------------------------------------------------------------------


def _validated(model: type[BaseModel], data: dict[str, Any]) -> Any:
    """``model`` built from ``data``, or InvalidValue naming each field it refuses."""
    try:
        return model(**data)
    except ValidationError as exc:
        fields = ", ".join(sorted({".".join(str(p) for p in error["loc"]) for error in exc.errors()}))
        raise InvalidValue(f"This change was not saved: the value of {fields} is not one Atrocity Desk accepts.") from None


def _started(started_at: str | None) -> str:
    """A revision's start time: now, or a given ISO time (checked: it is stored and shown)."""
    if started_at is None:
        return now_utc()
    datetime.fromisoformat(started_at)  # ValueError for anything that is not a time
    return started_at


def _write_new_case(path: Path, meta: CaseMeta, assessed_on: str, started_at: str) -> None:
    conn = configure(sqlite3.connect(path, isolation_level=None))
    try:
        conn.executescript(schema_sql())
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db = database(conn)
        db["case_meta"].insert_all(
            [{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in meta.model_dump().items()]
        )
        db["revisions"].insert(
            {"number": 1, "label": "First assessment", "assessed_on": assessed_on, "created_at": started_at, "created_by": meta.analyst}
        )
    finally:
        conn.close()


def _audit_target(table: str, row_id: int) -> str:
    """How the audit log names a row: "actor 12" (never its content)."""
    return f"{table[:-1]} {row_id}"


def _vacuum_into(conn: sqlite3.Connection, target: Path, history: bool) -> None:
    """Write the live content behind ``conn`` into the empty file ``target``."""
    conn.execute("VACUUM INTO ?", (str(target),))
    if history:
        return
    copy = configure(sqlite3.connect(target, isolation_level=None))
    try:
        copy.execute("DELETE FROM audit")
        copy.execute("VACUUM")  # the deleted history leaves no free pages behind
    finally:
        copy.close()


def _why_read_only(path: Path) -> str:
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        # SQLite writes its rollback journal beside the file.
        return "the folder holding the file is read-only"
    return ""


def _accepted_key(path: Path, passphrase: bytearray | None) -> Key | None:
    """The key of a protected case once SQLCipher accepts it; None for a plain file."""
    if passphrase is None or not cipher.may_be_protected(path):
        return None
    cipher.disable_core_dumps()
    return cipher.key_for_file(path, passphrase)


def _copier(conn: sqlite3.Connection, path: Path, key: Key | None, version: int) -> Callable[[Path], None]:
    def fill(target: Path) -> None:
        if not cipher.copy_database(conn, path, target, key, (APPLICATION_ID, version)):
            backup_into(conn, target)

    return fill


def _connect(path: Path, read_only: bool, key: Key | None = None) -> sqlite3.Connection:
    try:
        if key:
            return cipher.open_protected(path, key, read_only)  # configured after its key
        if read_only:
            conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(path, isolation_level=None)
        return configure(conn)
    except ERRORS as exc:
        raise CaseFileUnreadable(f"{path.name} cannot be opened: {exc}. It was not changed.") from None


def _write_failure_message(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if is_interrupted(exc):
        why = f"it took longer than {STATEMENT_TIME_LIMIT:g} seconds and was stopped (the file may hold foreign SQL)"
    elif is_too_big(exc):
        why = "a text is longer than a case field may hold"
    elif "full" in text:
        why = "the disk is full"
    elif not path.exists():  # SQLite reports a moved or deleted file as "readonly"
        why = "the file was moved or deleted while it was open"
    elif "readonly" in text or "read-only" in text:
        why = _why_read_only(path) or "the file or its folder has become read-only"
    elif "locked" in text or "busy" in text:
        why = "the file is busy in another program"
    else:
        why = f"the file could not be written ({type(exc).__name__})"
    return (
        f"Your last change could not be saved because {why}. The case file {path.name} is as it was "
        "before that change; fix the cause and make the change again."
    )
