"""The one way this program writes a file: beside the target, flushed to disk, then renamed.

A reader never sees a half-written file and a failure leaves no stray one: the content goes into a
new file in the target's folder (so the rename is atomic), is fsynced, and replaces the target in
one step. Case files, copies, memo exports and migration backups all write through
``atomic_write``.

Everything is private: the temporary file is created readable by its owner only (0600) before any
content goes in, and keeps those permissions as the target. A planner who shares a memo or a copy
does so on purpose. A temporary file left by a killed process is named recognisably
(``.NAME.atrocity-desk-XXXXXXXX.tmp``) and ``clear_stale_temporary_files`` removes it later.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path

PRIVATE_FILE = 0o600
TEMPORARY_MARK = "atrocity-desk"
_TEMPORARY = re.compile(rf"^\..+\.{TEMPORARY_MARK}-[0-9a-f]{{8}}\.tmp(-journal)?$")
# A temporary file this old is no longer being written by any running Atrocity Desk.
STALE_AFTER_SECONDS = 3600


def atomic_write(target: Path, fill: Callable[[Path], None]) -> Path:
    """Have ``fill`` write the content to a temporary path beside ``target``, then put it in place.

    ``fill`` receives an existing empty file's path (SQLite treats that as a new database). Any
    exception from ``fill``, the fsync or the rename removes the temporary file and propagates.
    The file is readable and writable by this account only (0600) from the start."""
    target = Path(target)
    tmp = _new_file_beside(target)
    try:
        fill(tmp)
        _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise
    _fsync_folder(target.parent)
    return target


def atomic_write_bytes(target: Path, data: bytes) -> Path:
    return atomic_write(target, lambda tmp: tmp.write_bytes(data))


def clear_stale_temporary_files(folder: Path, now: float | None = None) -> list[Path]:
    """Remove this program's temporary files in ``folder`` left by a crash; returns them."""
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        try:
            if _TEMPORARY.match(entry.name) and entry.is_file() and now - entry.stat().st_mtime > STALE_AFTER_SECONDS:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed


def is_temporary_file(path: Path) -> bool:
    return bool(_TEMPORARY.match(Path(path).name))


def _new_file_beside(target: Path) -> Path:
    """A new empty file in the target's folder, private (0600) from its first instant."""
    while True:
        tmp = target.with_name(f".{target.name}.{TEMPORARY_MARK}-{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        except FileExistsError:
            continue
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, PRIVATE_FILE)  # whatever the umask allowed
        finally:
            os.close(fd)
        return tmp


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on every platform."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    # SQLite may leave its rollback journal beside a database it was writing.
    for candidate in (path, Path(f"{path}-journal")):
        try:
            candidate.unlink()
        except OSError:
            pass
