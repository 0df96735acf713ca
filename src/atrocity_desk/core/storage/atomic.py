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


def atomic_write(target: Path, fill: Callable[[Path], None], private: bool = False) -> Path:
    """Have ``fill`` write the content to a temporary path beside ``target``, then put it in place.

    ``fill`` receives an existing empty file's path (SQLite treats that as a new database). Any
    exception from ``fill``, the fsync or the rename removes the temporary file and propagates.
    ``private`` makes the file readable and writable by this account only (0600) from the start."""
    target = Path(target)
    tmp = _new_file_beside(target, 0o600 if private else 0o666)
    try:
        fill(tmp)
        _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise
    _fsync_folder(target.parent)
    return target


def atomic_write_bytes(target: Path, data: bytes, private: bool = False) -> Path:
    return atomic_write(target, lambda tmp: tmp.write_bytes(data), private)


def _new_file_beside(target: Path, mode: int) -> Path:
    """A new empty file in the target's folder with ``mode``: 0o666 gives the user's usual
    permissions (less the umask) rather than the private ones of tempfile.mkstemp, since a memo
    or copy is meant to be shared; a private file gets exactly ``mode``."""
    while True:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        try:
            if mode != 0o666 and hasattr(os, "fchmod"):
                os.fchmod(fd, mode)  # exactly ``mode``, whatever the umask
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
