"""The memo's page layout: portrait and landscape pages, the marking at the top and bottom of every
page, the running title, "Page N of M", bookmarks and the contents entries.

"Page N of M" needs the total before the last page exists, so the document is laid out in passes
(as reportlab's multiBuild does): ``PageTotal`` is satisfied once a pass ends on the total the
previous pass predicted, and ``OptionalContents`` once the contents it shows list the pages where
the headings fell. Those passes only place the flowables; once they are satisfied, one more pass,
identical to the last, draws the pages (issue 8: drawing is half of a pass, and multiBuild draws
every pass). The canvas runs in invariant mode and its dates are the assessment date, so the same
case and settings give byte-identical files.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from ...vocabulary import phrase, translate
from .blocks import Heading, Paragraph, RunningMark
from .styles import (
    BOLD,
    LANDSCAPE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MARKING,
    MUTED,
    PORTRAIT,
    REGULAR,
    RULE,
)
from .text import fit_width, plain

MAX_PASSES = 10  # as reportlab's multiBuild


class PageDecor:
    """Draws what every page carries: marking top and bottom, running title, page number."""

    def __init__(self, marking: str, running_title: str, running_date: str, footer_note: str, draft: bool = False):
        self.draft = draft  # the bottom line is Atrocity Desk's draft: every page says DRAFT
        self.marking = plain(marking)
        self.running_title = plain(running_title)
        self.running_date = plain(running_date)
        self.footer_note = plain(footer_note)

    def __call__(self, canv: Canvas, doc: MemoDoc) -> None:
        if getattr(canv, "lays_out_only", False):
            return
        width, height = canv._pagesize
        left, right = MARGIN_X, width - MARGIN_X
        canv.saveState()
        if self.marking:
            self._marking(canv, width / 2, height - 11 * mm, right - left)
            self._marking(canv, width / 2, 8 * mm, right - left)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, height - 18.5 * mm, right, height - 18.5 * mm)
        canv.line(left, 16.5 * mm, right, 16.5 * mm)
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 7.5)
        date_width = stringWidth(self.running_date, REGULAR, 7.5)
        canv.drawRightString(right, height - 17 * mm, self.running_date)
        if doc.page > 1:
            room = right - left - date_width - 24
            running = doc.running_section or self.running_title
            canv.drawString(left, height - 17 * mm, fit_width(running, REGULAR, 7.5, room))
        if self.draft:
            self._draft_mark(canv, width, height)
        if doc.page_total:
            page_text = translate("Page {page} of {total}").format(page=doc.page, total=doc.page_total)
        else:
            page_text = translate("Page {page}").format(page=doc.page)
        canv.drawRightString(right, 12.5 * mm, page_text)
        room = right - left - stringWidth(page_text, REGULAR, 7.5) - 24
        canv.drawString(left, 12.5 * mm, fit_width(self.footer_note, REGULAR, 7.5, room))
        canv.restoreState()

    def _draft_mark(self, canv: Canvas, width: float, height: float) -> None:
        """DRAFT in the top and bottom left corners, level with the marking (as text drawn once,
        so copying the page's text is not broken up by a watermark)."""
        mark = phrase("draft_mark")
        canv.setFillColor(MARKING)
        canv.setFont(BOLD, 11)
        canv.drawString(MARGIN_X, height - 11 * mm, mark)
        canv.drawString(MARGIN_X, 8 * mm, mark)

    def _marking(self, canv: Canvas, x: float, y: float, room: float) -> None:
        size = 9.0
        while size > 6 and stringWidth(self.marking, BOLD, size) > room:
            size -= 0.5
        canv.setFillColor(MARKING)
        canv.setFont(BOLD, size)
        canv.drawCentredString(x, y, fit_width(self.marking, BOLD, size, room))


class PageTotal(IndexingFlowable):
    """Zero-size marker that asks for another pass until "of M" is right on every page."""

    def __init__(self, doc: MemoDoc):
        super().__init__()
        self.doc = doc
        self.width = self.height = 0
        self._satisfied = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass

    def isSatisfied(self) -> bool:  # noqa: N802 - reportlab's interface
        return self._satisfied

    def afterBuild(self) -> None:  # noqa: N802
        self._satisfied = self.doc.page == self.doc.page_total
        self.doc.page_total = self.doc.page


class OptionalContents(IndexingFlowable):
    """The table of contents, shown only when the memo runs past ``threshold`` pages.

    The first pass lays the memo out without it (zero size) and counts the pages; later passes
    show it when the memo is long. It passes reportlab's contents events on to the inner
    TableOfContents, which multiBuild would not see inside another flowable."""

    def __init__(self, doc: MemoDoc, toc: TableOfContents, heading: Paragraph, threshold: int):
        super().__init__()
        self.doc, self.toc, self.heading, self.threshold = doc, toc, heading, threshold
        self.enabled: bool | None = None  # None until the first pass has counted the pages

    def notify(self, kind, stuff) -> None:
        self.toc.notify(kind, stuff)

    def beforeBuild(self) -> None:  # noqa: N802 - reportlab's interface
        self.toc.beforeBuild()

    def afterBuild(self) -> None:  # noqa: N802
        self.toc.afterBuild()
        if self.enabled is None:
            self.enabled = self.doc.page > self.threshold

    def isSatisfied(self) -> bool:  # noqa: N802
        return self.enabled is not None and (not self.enabled or self.toc.isSatisfied())

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # When shown, report more height than any page so the frame asks for a split (as
        # reportlab's KeepTogether does) and lays out the heading and the contents one by one.
        return (0, 0) if not self.enabled else (available_width, 0xFFFFFF)

    def split(self, available_width: float, available_height: float) -> list:
        if not self.enabled:
            return []
        # The contents start on a fresh page unless most of a page is left after the bottom line.
        return [CondPageBreak(300), Paragraph(self.heading.text, self.heading.style), self.toc]

    def draw(self) -> None:
        pass


class MemoCanvas(Canvas):
    """A canvas whose creation and modification dates are the assessment date.

    ``lays_out_only``: a pass that places the flowables without drawing them (see MemoFrame)."""

    def __init__(self, *args, pdf_date: str, lays_out_only: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.lays_out_only = lays_out_only
        self.setDateFormatter(lambda *_: pdf_date)


def _draw_nothing(*args, **kwargs) -> None:
    pass


class MemoFrame(Frame):
    """A frame that, on a canvas that only lays out, places each flowable without drawing it."""

    def _add(self, flowable, canv, trySplit=0):  # noqa: N803 - reportlab's signature
        own = getattr(flowable, "__dict__", None)
        if not getattr(canv, "lays_out_only", False) or own is None:
            return super()._add(flowable, canv, trySplit)
        # For this placing only, an entry in the instance's own dict hides the drawOn method
        # (written directly: some flowables, such as charts, refuse unknown attributes).
        own["drawOn"] = _draw_nothing
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            own.pop("drawOn", None)

    add = _add


def pdf_date(iso: str) -> str:
    """PDF date string for an ISO date; the reportlab invariant date when it is not a date."""
    try:
        day = date.fromisoformat(iso[:10])
    except (TypeError, ValueError):
        day = date(2000, 1, 1)
    return f"D:{day:%Y%m%d}000000+00'00'"


class MemoDoc(BaseDocTemplate):
    """A4 portrait pages, with landscape pages for the side-by-side grid; metadata from the case."""

    def __init__(self, target: BinaryIO, decor: PageDecor, *, title: str, author: str, subject: str, assessed_on: str):
        super().__init__(
            target,
            pagesize=PORTRAIT,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator="Atrocity Desk",
            keywords="",
            invariant=1,
            initialFontName=REGULAR,
        )
        self.page_total: int | None = None
        self.running_section = ""  # what continuation pages name in their header (RunningMark)
        self.canvasmaker = partial(MemoCanvas, pdf_date=pdf_date(assessed_on))
        self.addPageTemplates([_template("portrait", PORTRAIT, decor), _template("landscape", LANDSCAPE, decor)])

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's hook
        if isinstance(flowable, RunningMark):
            self.running_section = flowable.text
        if isinstance(flowable, Heading) and flowable.toc_key:
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(flowable.outline, flowable.toc_key, level=flowable.toc_level, closed=flowable.toc_level > 0)
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_markup, self.page, flowable.toc_key))

    def lay_out(self, story: list, progress: Callable[[str, int], None] | None = None) -> int:
        """Build ``story`` (with page totals); returns the number of pages.

        The first pass only places the flowables (the page total is not known yet). Every later
        pass draws as it goes, as reportlab's multiBuild does: it uses what the pass before
        learnt, so when it turns out settled its drawing is the memo, and a separate drawing pass
        (a whole layout more, issue 22) is not needed. An unsettled pass's drawing is dropped."""
        if progress:
            self.setProgressCallBack(progress)
        story = [PageTotal(self), *story]
        self._indexingFlowables = [flowable for flowable in story if flowable.isIndexing()]
        passes = 1
        settled = self._one_pass(story, passes, draw=False)
        while True:
            passes += 1
            if passes > MAX_PASSES:
                raise IndexError(f"Page numbers and contents not settled after {MAX_PASSES} passes")
            drawn_settled = self._one_pass(story, passes, draw=True)
            if settled or drawn_settled:
                return self.page
            self.filename.seek(0)  # the target (a BytesIO): this pass's drawing is dropped
            self.filename.truncate()

    def _one_pass(self, story: list, number: int, draw: bool) -> bool:
        """One pass of multiBuild's loop; True when every indexing flowable is satisfied. What the
        pass changed on the flowables (reportlab records it in _multiBuildEdits) is undone after
        it, so every pass, the drawing one too, starts from the same story."""
        if self._onProgress:
            self._onProgress("PASS", number)
        for flowable in self._indexingFlowables:
            flowable.beforeBuild()
        self.running_section = ""
        edits: list[tuple] = []
        self._multiBuildEdits = edits.append
        self._doSave = draw
        try:
            self.build(story[:], canvasmaker=partial(self.canvasmaker, lays_out_only=not draw))
        finally:
            del self._multiBuildEdits
        for flowable in self._indexingFlowables:
            flowable.afterBuild()
        satisfied = self._allSatisfied()
        for edit in edits:
            edit[0](*edit[1:])
        return satisfied

    def optional_contents(self, toc: TableOfContents, heading: Paragraph, threshold: int) -> OptionalContents:
        return OptionalContents(self, toc, heading, threshold)


def _template(name: str, size: tuple[float, float], decor: PageDecor) -> PageTemplate:
    frame = MemoFrame(
        MARGIN_X, MARGIN_BOTTOM, size[0] - 2 * MARGIN_X, size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name,
    )
    return PageTemplate(id=name, frames=[frame], onPage=decor, pagesize=size)
