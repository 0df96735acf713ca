"""Where the program may write an export (a memo, a copy): never onto a case or a database.

``memo case.atrocase -o case.atrocase`` once replaced the case with a PDF. An output is refused
when it is the open case itself however spelled (``sub/../``, a link), any SQLite file, or anything
that is not a regular file (a folder, a device, a pipe); an existing file is replaced only when
the caller says the planner agreed (``--force``; the window's save dialog asks).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import UnsafeOutput

_SQLITE_MAGIC = b"SQLite format 3\x00"


def refuse_unsafe_output(target: Path, case_path: Path | None, overwrite: bool) -> Path:
    """``target`` made absolute, or UnsafeOutput saying why it must not be written."""
    target = Path(target).expanduser().absolute()
    if case_path is not None and _same_file(target, Path(case_path)):
        raise UnsafeOutput(f"{target.name} is the case file itself. Choose another file name; the case was not changed.")
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise UnsafeOutput(f"{target} cannot be checked ({exc.strerror or exc}); nothing was written.") from None
    if not stat.S_ISREG(mode):
        raise UnsafeOutput(f"{target} is not a regular file (a folder, device or pipe); nothing was written.")
    if _is_sqlite(target):
        raise UnsafeOutput(
            f"{target.name} is a database (perhaps a case file); Atrocity Desk does not write over one. "
            "Choose another file name."
        )
    if not overwrite:
        raise UnsafeOutput(f"{target.name} already exists. Choose another name, or allow replacing it (--force).")
    return target


def same_file(a: Path, b: Path) -> bool:
    return _same_file(Path(a).absolute(), Path(b).absolute())


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a == b or os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == _SQLITE_MAGIC
    except OSError:
        return False
