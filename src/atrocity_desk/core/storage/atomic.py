"""The one way this program writes a file: beside the target, flushed to disk, then renamed.

A reader never sees a half-written file and a failure leaves no stray one: the content goes into a
new file in the target's folder (so the rename is atomic), is fsynced, and replaces the target in
one step. Case copies, memo exports and migration backups all write through ``atomic_write``.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path


def atomic_write(target: Path, fill: Callable[[Path], None]) -> Path:
    """Have ``fill`` write the content to a temporary path beside ``target``, then put it in place.

    ``fill`` receives an existing empty file's path (SQLite treats that as a new database). Any
    exception from ``fill``, the fsync or the rename removes the temporary file and propagates."""
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


def _new_file_beside(target: Path) -> Path:
    """A new empty file in the target's folder, created with the user's usual permissions rather
    than the private ones of tempfile.mkstemp (a memo or copy is meant to be shared)."""
    while True:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return tmp
        except FileExistsError:
            continue


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
