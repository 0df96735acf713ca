"""The names of the files a planner asks for, the same in the window and on the command line:
case files end in ``.atrocase`` and memos in ``.pdf`` (added when missing), and a name that is blank
or only spaces is refused."""

from __future__ import annotations

from pathlib import Path

from .errors import BadFileName
from .models import TITLE_MAX

CASE_SUFFIX = ".atrocase"
MEMO_SUFFIX = ".pdf"
DOCX_SUFFIX = ".docx"


def case_file_path(path: str | Path) -> Path:
    """The case file for a name as typed: ``.atrocase`` added unless it ends so already."""
    return _with_suffix(Path(path), CASE_SUFFIX, "case file")


def memo_file_path(path: str | Path) -> Path:
    """The memo file for a name as typed: a Word memo when it ends in ``.docx``, else a PDF, with
    ``.pdf`` added unless it ends so already (any case)."""
    if Path(path).name.lower().endswith(DOCX_SUFFIX):
        return _with_suffix(Path(path), DOCX_SUFFIX, "memo")
    return _with_suffix(Path(path), MEMO_SUFFIX, "memo")


def _with_suffix(path: Path, suffix: str, what: str) -> Path:
    stem = path.name.removesuffix(suffix) if path.name.lower().endswith(suffix) else path.name
    if not stem.strip() or stem.strip(".") == "":
        raise BadFileName(f"“{path.name}” is not a name for a {what}: give it a name with letters or digits.")
    return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)


def checked_title(title: str) -> str:
    """A case title as typed, trimmed; blank or longer than ``TITLE_MAX`` characters is refused."""
    text = " ".join(title.split())
    if not text:
        raise BadFileName("A case title cannot be blank.")
    if len(text) > TITLE_MAX:
        raise BadFileName(f"A case title has at most {TITLE_MAX} characters; this one has {len(text)}.")
    return text
