"""Protecting a case with a passphrase, changing it, removing it (SPEC §3, §6).

Each writes a complete new file beside the case and renames it over the case only when it is whole
(``atomic_write``), so a kill at any instant leaves the old file or the new one. The case is opened
the ordinary way first: it takes the writer's lock, refuses a wrong passphrase, and migrates an
older file (its backup is written before anything else).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import CaseFileError, ReadOnlyCase
from . import cipher
from .atomic import atomic_write
from .casefile import CaseFile


@dataclass(frozen=True)
class Rewritten:
    path: Path
    protected: bool
    plaintext_backups: tuple[Path, ...]  # migration backups beside the case, readable by anyone


def protect(path: str | os.PathLike, new: bytearray, old: bytearray | None = None) -> Rewritten:
    """Protect a plain case with ``new``, or change a protected case's passphrase from ``old``."""
    cipher.check_passphrase_strength(new)
    key = cipher.derive_key(new)  # a new salt: a changed passphrase re-encrypts every page
    try:
        return _rewrite(Path(path), old, key)
    finally:
        key.wipe()


def unprotect(path: str | os.PathLike, passphrase: bytearray) -> Rewritten:
    """Write the protected case back as a plain SQLite file."""
    if not cipher.looks_protected(Path(path)):
        raise CaseFileError(f"{Path(path).name} is not protected; nothing was changed.")
    return _rewrite(Path(path), passphrase, None)


def plaintext_backups(path: Path) -> tuple[Path, ...]:
    """Migration backups of this case that are plain SQLite files (made before it was protected)."""
    found = sorted(path.parent.glob(f"{path.name}.v*-backup"))
    return tuple(p for p in found if p.is_file() and not cipher.looks_protected(p))


def _rewrite(path: Path, passphrase: bytearray | None, key: cipher.Key | None) -> Rewritten:
    with CaseFile.open(path, passphrase=passphrase) as case:
        if case.read_only:
            raise ReadOnlyCase(f"{path.name} cannot be changed now: {case.read_only_reason}. Nothing was changed.")
        try:
            atomic_write(case.path, case.copier(key))
        except (OSError, *cipher.ERRORS) as exc:
            detail = getattr(exc, "strerror", None) or str(exc)
            raise CaseFileError(f"{path.name} could not be rewritten ({detail}). It was not changed.") from None
        target = case.path
    return Rewritten(target, key is not None, plaintext_backups(target))
