"""Small building blocks of the memo: headings that feed the contents, tables, lists, boxes.

Tables keep their header on every page and never split a row: a row that does not fit moves to
the next page. Only a row taller than most of a page (a 2,000-character rationale) is split inside,
so it flows on instead of failing (``MemoTable``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from ...vocabulary import not_recorded as vocabulary_not_recorded
from .paragraph import Paragraph
from .styles import CAUTION_BG, CAUTION_RULE, MUTED, NAVY, REGULAR, RULE, SHADE, TEXT_WIDTH, MemoStyles
from .text import clip_for_memo, para

Cell = str | Flowable | list[Flowable]


# A row is split inside only when it does not fit even this much room: taller than most of a page.
SPLIT_ROW_ONLY_ABOVE = 400.0


class MemoTable(Table):
    """A table that splits between rows, and inside a row only when that row alone is too tall.

    It sizes its rows once per room it is offered: laying out asks a table for its size several
    times in the same room (the frame wraps it, then splits it; every pass of the layout again),
    and reportlab's Table measures every cell each time. A new style sizes it anew."""

    def _calc(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        if self.__dict__.get("_sized_for") == (availWidth, availHeight):
            return
        super()._calc(availWidth, availHeight)
        self._sized_for = (availWidth, availHeight)

    def setStyle(self, tblstyle):  # noqa: N802 - reportlab's interface
        self.__dict__.pop("_sized_for", None)
        super().setStyle(tblstyle)

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        self.splitInRow = 0
        parts = super().split(availWidth, availHeight)
        if not parts and availHeight >= SPLIT_ROW_ONLY_ABOVE:
            self.splitInRow = 1
            parts = super().split(availWidth, availHeight)
            self.splitInRow = 0
        return parts


class RunningMark(Flowable):
    """Zero-size marker: from here on, continuation pages name ``text`` in their running header
    ("" ends it). Read by MemoDoc.afterFlowable, so it counts in every layout pass."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


class Heading(Paragraph):
    """A heading that becomes a contents entry and a PDF bookmark.

    ``toc_markup`` is paragraph markup (already escaped); ``outline`` is the plain title for the
    bookmark pane; ``toc_level`` 0 is a section, 1 a group of options, 2 one option. The signature
    stays Paragraph's, because Paragraph.split builds pieces of the same class."""

    def __init__(self, text, style=None, bulletText=None, frags=None, *args, level=0, key="", outline="", **kwargs):  # noqa: N803
        super().__init__(text, style, bulletText, frags, *args, **kwargs)
        self.toc_level = level
        self.toc_key = key  # empty on the continuation of a split heading: one entry per heading
        self.toc_markup = text or ""
        self.outline = outline

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        if parts:
            first = parts[0]
            first.toc_level, first.toc_key, first.toc_markup, first.outline = (
                self.toc_level, self.toc_key, self.toc_markup, self.outline,
            )
        return parts


# Headings never end a page: each is preceded by a conditional page break asking for room for the
# heading and the first lines under it. (keepWithNext would move a heading and the whole next
# table to a new page, leaving half-empty pages.)
_ROOM_AFTER = {0: 150, 1: 200, 2: 130}  # a group heading needs room for its first option too
SUBHEADING_ROOM = 72


class HeadingFactory:
    """Headings in story order; numbers their bookmark keys so two exports give the same file."""

    def __init__(self, styles: MemoStyles):
        self.styles = styles
        self._count = 0

    def __call__(self, text: str, level: int) -> list[Flowable]:
        """A section (0), group (1) or option (2) heading, listed in the contents and bookmarks."""
        style = (self.styles.h1, self.styles.h2, self.styles.h2)[min(level, 2)]
        self._count += 1
        heading = Heading(para(text), style, level=level, key=f"sec{self._count}", outline=" ".join(text.split()))
        return [CondPageBreak(_ROOM_AFTER[min(level, 2)]), heading]


def subheading(text: str, styles: MemoStyles, room: float = SUBHEADING_ROOM) -> list[Flowable]:
    """A heading inside a section or option (not in the contents)."""
    return [CondPageBreak(room), Paragraph(para(text), styles.h3)]


# A short table section is kept on one page, so no table row is left alone on the next; text and
# lists split between lines and items (their styles forbid widows and orphans).
KEEP_WHOLE_UP_TO = 250.0
KEEP_TEXT_WHOLE_UP_TO = 90.0


def section(text: str, styles: MemoStyles, body: Sequence[Flowable], width: float = TEXT_WIDTH) -> list[Flowable]:
    """A subheading and its body. A short section moves whole to the next page when it does not
    fit; a long one starts here if its first lines (or a table's header and first row) fit."""
    limit = KEEP_WHOLE_UP_TO if any(isinstance(f, Table) for f in body) else KEEP_TEXT_WHOLE_UP_TO
    if _height(body, width) <= limit:
        return [KeepTogether([Paragraph(para(text), styles.h3), *body])]
    return [*subheading(text, styles, room=24 + lead_room(body, width)), *body]


def _height(body: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in body:
        total += flowable.wrap(width, 10_000)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if total > KEEP_WHOLE_UP_TO:
            break
    return total


def lead_room(body: Sequence[Flowable], width: float = TEXT_WIDTH) -> float:
    """Height of what must follow a heading on the same page: a few lines of text, or a table's
    header and first row (capped: a huge first row splits anyway)."""
    room = 0.0
    for flowable in body[:3]:
        if isinstance(flowable, Table):
            flowable.wrap(width, 10_000)
            room += sum(flowable._rowHeights[:2])
            break
        height = flowable.wrap(width, 10_000)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        room += min(height, 42)
        if height > 42:
            break
    return min(room, 320.0)


def muted(text: str) -> str:
    """Our own secondary words (notes, "Unknown", citations): grey italic. Never planner text."""
    return f'<font color="{colour_hex(MUTED)}"><i>{text}</i></font>'


def grey(text: str) -> str:
    """Secondary planner text: grey, upright (planner text is never italic, see text.para)."""
    return f'<font color="{colour_hex(MUTED)}">{text}</font>'


def not_recorded(what: str | None = None) -> str:
    """An empty field, written the one way (the vocabulary's "Not recorded") unless ``what`` says more."""
    return muted(what if what is not None else vocabulary_not_recorded())


def table(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    header: bool = True,
    extra: Sequence[tuple] = (),
    repeat: bool = True,
) -> Table:
    """A light-ruled table; the first row is a header (repeated on each page) when ``header``."""
    t = MemoTable(
        [list(r) for r in rows],
        colWidths=list(widths),
        repeatRows=1 if header and repeat else 0,
        splitByRow=1,
        hAlign="LEFT",
    )
    style = [
        # The cell font reportlab sets before drawing each cell (its default names Helvetica).
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY)]
    t.setStyle(TableStyle(style + [_background_made(command) for command in extra]))
    return t


def _background_made(command: tuple) -> tuple:
    """A background named as "#rrggbb" (the vocabulary's colours) as a colour: reportlab reads a
    named colour anew, through a parser of expressions, for every cell it shades on every page."""
    if command[0] == "BACKGROUND" and isinstance(command[3], str):
        return (*command[:3], _hex_colour(command[3]), *command[4:])
    return command


@lru_cache(maxsize=256)
def _hex_colour(name: str) -> colors.Color:
    return colors.toColor(name)


def facts(rows: Sequence[tuple[str, Cell]], styles: MemoStyles, width: float, label_width: float = 105) -> Table:
    """Label / value rows (no header): the title block, an option's lead and timing."""
    data = [[Paragraph(label, styles.cell_bold), value] for label, value in rows]
    t = table(data, (label_width, width - label_width), header=False)
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY)]))
    return t


def bullets(items: Sequence[str], styles: MemoStyles) -> list[Flowable]:
    return [Paragraph(item, styles.bullet, bulletText="•") for item in items]


def boxed(content: Sequence[Flowable], width: float, background=CAUTION_BG, rule=CAUTION_RULE) -> Table:
    """Content in a shaded box with a coloured bar on the left (bottom line, caution)."""
    t = MemoTable([[list(content)]], colWidths=[width], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEBEFORE", (0, 0), (0, -1), 3, rule),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return t


def badge(text: str, background: str, foreground: str) -> str:
    """Inline badge markup: a word on a coloured ground (the word carries the meaning)."""
    return f'<span backColor="{background}" color="{foreground}"><b>\u00a0{text}\u00a0</b></span>'


def colour_hex(colour: colors.Color) -> str:
    return "#" + colour.hexval()[2:]


_BULLET_MARKS = ("• ", "- ", "* ", "– ")


def rich_text(text: str | None, styles: MemoStyles, style=None, empty: str | None = "") -> list[Flowable]:
    """Planner text as flowables: paragraphs at blank lines, lines starting "• " or "- " as bullets.

    Everything goes through ``para`` (escaped, RTL shaped). Long text simply flows over pages."""
    style = style or styles.body
    if not text or not text.strip():
        if empty is None:
            return []
        return [Paragraph(not_recorded(empty or None), style)]
    bullet = styles.bullet if style is styles.body else style.clone(f"{style.name}-bullet", leftIndent=10, bulletIndent=1)
    out: list[Flowable] = []

    def flush(lines: list[str]) -> None:
        if lines:
            if out and out[-1].style is bullet:
                out.append(Spacer(1, 3))  # a little air between a list and the text after it
            out.append(Paragraph("<br/>".join(lines), style))
            lines.clear()

    text = clip_for_memo(text)
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip()):
        lines: list[str] = []
        for line in block.split("\n"):
            stripped = line.strip()
            if stripped.startswith(_BULLET_MARKS):
                flush(lines)
                out.append(Paragraph(para(stripped[2:].strip()), bullet, bulletText="•"))
            elif stripped:
                lines.append(para(stripped))
        flush(lines)
    return out
