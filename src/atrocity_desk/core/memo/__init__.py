"""The options memo (SPEC §7): one builder, used by the command line and the application.

``export_memo(case, out, settings)`` reads the case once into a format-neutral content model
(``content``, with the drafted bottom line of ``draft``), has a renderer turn it into bytes
(``pdf/``; a Word renderer will sit beside it in ``docx/``) and writes them to a temporary file
beside ``out`` that is renamed into place, so a failed export leaves neither a half-written memo nor
a stray file. The same case and settings give byte-identical files.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from ..errors import CaseWriteError
from ..language import in_language, language
from ..storage import CaseFile, atomic_write_bytes
from ..storage.outputs import refuse_unsafe_output
from ..vocabulary import DECISION_STATUSES, translatable
from ..filenames import DOCX_SUFFIX
from .collector import collector_paused
from .content import MemoContent, gather_content
from .draft import draft_bottom_line
from .pdf import render_memo

__all__ = ["PROTECTED_MEMO_WARNING", "MemoSettings", "MemoWriteError", "draft_bottom_line", "export_memo", "render_memo"]

# Said wherever a memo of a protected case is exported (window and command line).
# Marked translatable: the command line says it in the language of ``--lang`` (``translate``).
PROTECTED_MEMO_WARNING = translatable(
    "The case is protected, but the memo is not: anyone who gets the PDF can read it. It was written "
    "readable by your account only, without the case's title or names in its document properties."
)

Progress = Callable[[int, str], None]


class MemoWriteError(CaseWriteError):
    title = "Memo not written"


@dataclass(frozen=True)
class MemoSettings:
    """What goes into a memo: which option statuses, which marking, which revision.

    ``marking`` None prints the case's marking; ``revision_id`` None uses the latest revision;
    ``lang`` None writes the memo in the current language (the window's), else in that one."""

    statuses: tuple[str, ...] = DECISION_STATUSES
    marking: str | None = None
    revision_id: int | None = None
    annex: bool = True  # False: the body only (``--no-annex``)
    lang: str | None = None  # "en", "fr" (``--lang``): the memo's language need not be the window's

    def __post_init__(self) -> None:
        object.__setattr__(self, "statuses", tuple(self.statuses))
        unknown = [s for s in self.statuses if s not in DECISION_STATUSES]
        if unknown:
            raise ValueError(f"unknown option status {unknown[0]!r} (allowed: {', '.join(DECISION_STATUSES)})")
        if self.lang is not None:
            language(self.lang)  # UnknownLanguage, naming the languages there are, before any work


def export_memo(
    case: CaseFile, out: Path, settings: MemoSettings | None = None, progress: Progress | None = None, overwrite: bool = True
) -> Path:
    """Write the options memo of ``case`` to ``out`` (Word when it ends in .docx, else PDF) and return its path.

    ``out`` is never the case itself, a database or a non-regular file; an existing file is
    replaced only with ``overwrite`` (the window's save dialog has asked; ``memo --force``).

    Raises MemoWriteError (a CaseWriteError) with a message for the planner when ``out`` cannot be
    written; nothing is left behind in that case."""
    settings = settings or MemoSettings()
    report = _ProgressReporter(progress)
    report(2, "Reading the case")
    target = _check_target(Path(out), case.path, overwrite)
    with _memo_language(settings), collector_paused():
        content = gather_content(case, settings.revision_id, settings.statuses, settings.marking, settings.annex)
        # A memo of a protected case is plaintext (like every file we write, it is 0600), and its
        # document information names nothing from the case (file managers and indexers show it).
        data = _renderer(target)(content, report, metadata=not case.protected)
    report(96, "Writing the file")
    _write_atomically(target, data)
    report(100, "Memo written")
    return target


def memo_pdf(case: CaseFile, settings: MemoSettings | None = None, progress: Progress | None = None) -> bytes:
    """The options memo of ``case`` as PDF bytes, written nowhere (the Memo page's preview)."""
    settings = settings or MemoSettings()
    report = _ProgressReporter(progress)
    report(2, "Reading the case")
    with _memo_language(settings), collector_paused():
        content = gather_content(case, settings.revision_id, settings.statuses, settings.marking, settings.annex)
        data = render_memo(content, report, metadata=not case.protected)
    report(100, "Memo ready")
    return data


def _memo_language(settings: MemoSettings):
    """Every word of the memo in its language: the settings' own, else the current one."""
    return nullcontext() if settings.lang is None else in_language(settings.lang)


class _ProgressReporter:
    def __init__(self, callback: Progress | None):
        self.callback = callback
        self.last = -1

    def __call__(self, percent: float, message: str) -> None:
        percent = int(percent)
        if self.callback is None or percent <= self.last:
            return
        self.last = percent
        self.callback(percent, message)


def _renderer(target: Path) -> Callable[[MemoContent, Progress], bytes]:
    """Word for a .docx name, PDF otherwise (the file names module adds .pdf to other names)."""
    if target.suffix.lower() == DOCX_SUFFIX:
        from .docx import render_docx

        return render_docx
    return render_memo


# --- writing the file ------------------------------------------------------------------------


def _check_target(out: Path, case_path: Path, overwrite: bool) -> Path:
    target = out.expanduser().absolute()
    if target.is_dir():
        raise MemoWriteError(f"{target} is a folder. Choose a file name for the memo, such as memo.pdf.")
    if not target.parent.is_dir():
        raise MemoWriteError(f"The memo could not be written: the folder {target.parent} does not exist.")
    return refuse_unsafe_output(target, case_path, overwrite)


def _write_atomically(target: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise MemoWriteError(
            f"The memo could not be written to {target} ({reason}). Choose a folder you can write to, "
            "or close the file if another program has it open. The case was not changed."
        ) from None
