"""The options memo (SPEC §7): one builder, used by the command line and the application.

``export_memo(case, out, settings)`` reads the case once (memo_content), assembles the sections
(memo_sections, memo_options), lays the pages out (memo_doc) and writes the PDF to a temporary file
beside ``out`` that is renamed into place, so a failed export leaves neither a half-written memo nor
a stray file. The same case and settings give byte-identical files.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from . import memo_options, memo_sections
from .errors import CaseWriteError
from .memo_blocks import HeadingFactory, Paragraph
from .memo_content import MemoContent, gather_content, long_date
from .memo_doc import MemoDoc, PageDecor
from .memo_draft import draft_bottom_line
from .memo_styles import memo_styles
from .storage import CaseFile, atomic_write_bytes
from .storage.outputs import refuse_unsafe_output
from .vocabulary import DECISION_STATUSES

__all__ = ["MemoSettings", "MemoWriteError", "draft_bottom_line", "export_memo", "render_memo"]

# A memo longer than this many pages gets a table of contents.
TOC_AFTER_PAGES = 6

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


def export_memo(
    case: CaseFile, out: Path, settings: MemoSettings | None = None, progress: Progress | None = None, overwrite: bool = True
) -> Path:
    """Write the options memo of ``case`` to ``out`` (PDF) and return its path.

    ``out`` is never the case itself, a database or a non-regular file; an existing file is
    replaced only with ``overwrite`` (the window's save dialog has asked; ``memo --force``).

    Raises MemoWriteError (a CaseWriteError) with a message for the planner when ``out`` cannot be
    written; nothing is left behind in that case."""
    settings = settings or MemoSettings()
    report = _ProgressReporter(progress)
    report(2, "Reading the case")
    target = _check_target(Path(out), case.path, overwrite)
    content = gather_content(case, settings.revision_id, settings.statuses, settings.marking)
    data = render_memo(content, report)
    report(96, "Writing the file")
    _write_atomically(target, data)
    report(100, "Memo written")
    return target


def render_memo(content: MemoContent, report: Callable[[int, str], None] | None = None) -> bytes:
    """The memo as PDF bytes. The first layout pass counts the pages; a memo longer than six pages
    gets a table of contents after the bottom line."""
    report = report or (lambda percent, message: None)
    buffer = io.BytesIO()
    doc = _document(content, buffer)
    doc.lay_out(_story(content, doc), _pass_progress(report))
    return buffer.getvalue()


def _story(content: MemoContent, doc: MemoDoc) -> list[Flowable]:
    styles = memo_styles()
    content.cited.clear()
    heading = HeadingFactory(styles)
    story = memo_sections.title_block(content, styles) + memo_sections.bottom_line(content, styles, heading)
    story.append(doc.optional_contents(_contents(styles), Paragraph("Contents", styles.toc_heading), TOC_AFTER_PAGES))
    story += (
        memo_sections.situation(content, styles, heading)
        + memo_sections.aim(content, styles, heading)
        + memo_options.options(content, styles, heading)
        + memo_options.grid(content, styles, heading)
        + memo_sections.caveats(content, styles, heading)
    )
    return story + memo_sections.references(content, styles, heading)  # last: it lists what was cited above


def _document(content: MemoContent, target: io.BytesIO) -> MemoDoc:
    meta, revision = content.meta, content.revision
    subject = f"Options memo — {meta.country}" if meta.country.strip() else "Options memo"
    decor = PageDecor(
        marking=content.settings.marking,
        running_title=meta.title,
        running_date=f"Options memo · {long_date(revision.assessed_on)}",
        footer_note=f"Revision {revision.number} · evidence base {content.evidence.version}",
    )
    return MemoDoc(target, decor, title=meta.title, author=meta.analyst, subject=subject, assessed_on=revision.assessed_on)


def _contents(styles) -> TableOfContents:
    levels = list(styles.toc_levels)
    return TableOfContents(levelStyles=levels + [levels[-1].clone("toc2", leftIndent=28)], dotsMinLevel=0)


def _pass_progress(report: Callable[[int, str], None]) -> Callable[[str, int], None]:
    """reportlab's progress events, as percentages that only go up (passes 20-94%)."""
    state = {"pass": 0, "size": 1}

    def on_event(kind: str, value: int) -> None:
        if kind == "PASS":
            state["pass"] = value
            report(_pass_start(value), f"Laying out pages (pass {value})")
        elif kind == "SIZE_EST":
            state["size"] = max(1, value)
        elif kind == "PROGRESS" and state["pass"]:
            start, end = _pass_start(state["pass"]), _pass_start(state["pass"] + 1)
            report(int(start + (end - start) * min(1.0, value / state["size"])), f"Laying out pages (pass {state['pass']})")

    return on_event


def _pass_start(n: int) -> float:
    return 94 - 74 * 0.5 ** (n - 1)


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
