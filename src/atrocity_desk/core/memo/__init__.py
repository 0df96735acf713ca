"""The options memo (SPEC §7): one builder, used by the command line and the application.

``export_memo(case, out, settings)`` reads the case once into a format-neutral content model
(``content``, with the drafted bottom line of ``draft``), has a renderer turn it into bytes
(``pdf/``; a Word renderer will sit beside it in ``docx/``) and writes them to a temporary file
beside ``out`` that is renamed into place, so a failed export leaves neither a half-written memo nor
a stray file. The same case and settings give byte-identical files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import CaseWriteError
from ..storage import CaseFile, atomic_write_bytes
from ..vocabulary import DECISION_STATUSES
from .content import gather_content
from .draft import draft_bottom_line
from .pdf import render_memo

__all__ = ["MemoSettings", "MemoWriteError", "draft_bottom_line", "export_memo", "render_memo"]

Progress = Callable[[int, str], None]


class MemoWriteError(CaseWriteError):
    title = "Memo not written"


@dataclass(frozen=True)
class MemoSettings:
    """What goes into a memo: which option statuses, which marking, which revision.

    ``marking`` None prints the case's marking; ``revision_id`` None uses the latest revision."""

    statuses: tuple[str, ...] = DECISION_STATUSES
    marking: str | None = None
    revision_id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "statuses", tuple(self.statuses))
        unknown = [s for s in self.statuses if s not in DECISION_STATUSES]
        if unknown:
            raise ValueError(f"unknown option status {unknown[0]!r} (allowed: {', '.join(DECISION_STATUSES)})")


def export_memo(case: CaseFile, out: Path, settings: MemoSettings | None = None, progress: Progress | None = None) -> Path:
    """Write the options memo of ``case`` to ``out`` (PDF) and return its path.

    Raises MemoWriteError (a CaseWriteError) with a message for the planner when ``out`` cannot be
    written; nothing is left behind in that case."""
    settings = settings or MemoSettings()
    report = _ProgressReporter(progress)
    report(2, "Reading the case")
    target = _check_target(Path(out))
    content = gather_content(case, settings.revision_id, settings.statuses, settings.marking)
    data = render_memo(content, report)
    report(96, "Writing the file")
    _write_atomically(target, data)
    report(100, "Memo written")
    return target


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


# --- writing the file ------------------------------------------------------------------------


def _check_target(out: Path) -> Path:
    target = out.expanduser().absolute()
    if target.is_dir():
        raise MemoWriteError(f"{target} is a folder. Choose a file name for the memo, such as memo.pdf.")
    if not target.parent.is_dir():
        raise MemoWriteError(f"The memo could not be written: the folder {target.parent} does not exist.")
    return target


def _write_atomically(target: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise MemoWriteError(
            f"The memo could not be written to {target} ({reason}). Choose a folder you can write to, "
            "or close the file if another program has it open. The case was not changed."
        ) from None
