"""The memo's page layout: portrait and landscape pages, the marking at the top and bottom of every
page, the running title, "Page N of M", bookmarks and the contents entries.

"Page N of M" needs the total before the last page exists, so the document is laid out in passes
(reportlab's multiBuild): ``PageTotal`` is satisfied once a pass ends on the total the previous pass
predicted, and ``OptionalContents`` once the contents it shows list the pages where the headings
fell. The canvas runs in invariant mode and its dates are the assessment date, so the same
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
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from .memo_blocks import Heading
from .memo_styles import (
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
from .memo_text import fit_width, plain


class PageDecor:
    """Draws what every page carries: marking top and bottom, running title, page number."""

    def __init__(self, marking: str, running_title: str, running_date: str, footer_note: str):
        self.marking = plain(marking)
        self.running_title = plain(running_title)
        self.running_date = plain(running_date)
        self.footer_note = plain(footer_note)

    def __call__(self, canv: Canvas, doc: MemoDoc) -> None:
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
            canv.drawString(left, height - 17 * mm, fit_width(self.running_title, REGULAR, 7.5, room))
        total = f" of {doc.page_total}" if doc.page_total else ""
        page_text = f"Page {doc.page}{total}"
        canv.drawRightString(right, 12.5 * mm, page_text)
        room = right - left - stringWidth(page_text, REGULAR, 7.5) - 24
        canv.drawString(left, 12.5 * mm, fit_width(self.footer_note, REGULAR, 7.5, room))
        canv.restoreState()

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
    """A canvas whose creation and modification dates are the assessment date."""

    def __init__(self, *args, pdf_date: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.setDateFormatter(lambda *_: pdf_date)


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
        self.canvasmaker = partial(MemoCanvas, pdf_date=pdf_date(assessed_on))
        self.addPageTemplates([_template("portrait", PORTRAIT, decor), _template("landscape", LANDSCAPE, decor)])

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's hook
        if isinstance(flowable, Heading) and flowable.toc_key:
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(flowable.outline, flowable.toc_key, level=flowable.toc_level, closed=flowable.toc_level > 0)
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_markup, self.page, flowable.toc_key))

    def lay_out(self, story: list, progress: Callable[[str, int], None] | None = None) -> int:
        """Build ``story`` (with page totals); returns the number of pages."""
        if progress:
            self.setProgressCallBack(progress)
        self.multiBuild([PageTotal(self), *story], canvasmaker=self.canvasmaker)
        return self.page

    def optional_contents(self, toc: TableOfContents, heading: Paragraph, threshold: int) -> OptionalContents:
        return OptionalContents(self, toc, heading, threshold)


def _template(name: str, size: tuple[float, float], decor: PageDecor) -> PageTemplate:
    frame = Frame(
        MARGIN_X, MARGIN_BOTTOM, size[0] - 2 * MARGIN_X, size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name,
    )
    return PageTemplate(id=name, frames=[frame], onPage=decor, pagesize=size)
