"""The memo as PDF (reportlab): the body and the annex as flowables, laid out on marked pages.

Everything but the rendering (what the memo says, what it cites, the drafted bottom line) comes
from ``..content``; a Word renderer shares it.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.platypus import Flowable

from ...vocabulary import translate as _
from ..content import MemoContent, long_date
from ..parts import memo_body
from . import annex, body
from .blocks import HeadingFactory
from .doc import MemoDoc, PageDecor
from .paragraph import fresh_caches
from .styles import memo_styles


def render_memo(content: MemoContent, report: Callable[[int, str], None] | None = None, metadata: bool = True) -> bytes:
    """The memo as PDF bytes: the body (SPEC §7), then the annex unless the settings leave it out.
    Without ``metadata`` the file's document information (title, author, subject, dates) holds
    nothing from the case."""
    report = report or (lambda percent, message: None)
    buffer = io.BytesIO()
    doc = _document(content, buffer, metadata)
    try:
        doc.lay_out(_story(content), _pass_progress(report))
    finally:
        fresh_caches()  # this memo's parsed and broken paragraphs are not kept for the next
    return buffer.getvalue()


def _story(content: MemoContent) -> list[Flowable]:
    styles = memo_styles()
    heading = HeadingFactory(styles)
    story = body.body(content, memo_body(content), styles, heading)
    if content.settings.annex:
        story += annex.annex(content, styles, heading)
    return story


def _document(content: MemoContent, target: io.BytesIO, metadata: bool) -> MemoDoc:
    meta, revision = content.meta, content.revision
    subject = _("Options memo — {country}").format(country=meta.country) if meta.country.strip() else _("Options memo")
    decor = PageDecor(
        marking=content.settings.marking,
        running_title=meta.title,
        running_date=_("Decision memo · {date}").format(date=long_date(revision.assessed_on)),
        footer_note=_("Revision {number} · evidence base {version}").format(number=revision.number, version=content.evidence.version),
        draft=content.bottom_line_drafted,
    )
    if not metadata:
        return MemoDoc(target, decor, title="", author="", subject="", assessed_on="")
    return MemoDoc(target, decor, title=meta.title, author=meta.analyst, subject=subject, assessed_on=revision.assessed_on)


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
