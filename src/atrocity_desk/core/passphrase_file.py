"""Reading a passphrase from a file (SPEC §6: the passphrase is the file's first line, never a
command-line argument, which other accounts can see)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import CaseFileError


class PassphraseFileError(CaseFileError):
    title = "Passphrase file not usable"


def read_passphrase_file(path: Path) -> tuple[bytearray, str]:
    """(the first line as UTF-8 bytes, a warning or ""). The bytes are a ``bytearray`` for the
    caller to wipe; the warning says when other accounts can read the file."""
    try:
        with open(path, "rb") as handle:
            data = bytearray(handle.read(64 * 1024))
            mode = os.fstat(handle.fileno()).st_mode
    except OSError as exc:
        raise PassphraseFileError(f"The passphrase file {path} cannot be read ({exc.strerror or exc}).") from None
    end = next((i for i, b in enumerate(data) if b in (0x0A, 0x0D)), len(data))
    passphrase = bytearray(data[:end])
    data[:] = bytes(len(data))
    if not passphrase:
        raise PassphraseFileError(f"The passphrase file {path} has an empty first line.")
    try:
        passphrase.decode("utf-8")
    except UnicodeDecodeError:
        passphrase[:] = bytes(len(passphrase))
        raise PassphraseFileError(f"The first line of the passphrase file {path} is not UTF-8 text.") from None
    warning = ""
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        warning = (
            f"the passphrase file {path} can be read by other accounts on this computer; "
            f"make it private (chmod 600 {path})"
        )
    return passphrase, warning
