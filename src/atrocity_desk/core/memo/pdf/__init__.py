"""The memo as PDF (reportlab): sections and options as flowables, laid out on marked pages.

Everything but the rendering (what the memo says, what it cites, the drafted bottom line) comes
from ``..content``; a Word renderer shares it.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from ..content import MemoContent, long_date
from . import options, sections
from .blocks import HeadingFactory, Paragraph
from .doc import MemoDoc, PageDecor
from .styles import memo_styles

# A memo longer than this many pages gets a table of contents.
TOC_AFTER_PAGES = 6


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
    heading = HeadingFactory(styles)
    story = sections.title_block(content, styles) + sections.bottom_line(content, styles, heading)
    story.append(doc.optional_contents(_contents(styles), Paragraph("Contents", styles.toc_heading), TOC_AFTER_PAGES))
    story += (
        sections.situation(content, styles, heading)
        + sections.aim(content, styles, heading)
        + options.options(content, styles, heading)
        + options.grid(content, styles, heading)
        + sections.caveats(content, styles, heading)
    )
    return story + sections.references(content, styles, heading)


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
