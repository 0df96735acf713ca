"""Fonts, colours and paragraph styles of the options memo.

The fonts are the DejaVu Sans TrueType files shipped in ``resources/fonts`` (licence beside them),
found through importlib.resources and embedded (subset) in every memo, so names such as
Côte d'Ivoire, Kraków or Ñambé print the same on every machine.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...datafiles import resource_root

FAMILY = "MemoSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# Page geometry: A4, the paper size of the ministries and organisations the memo goes to.
PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm  # room for the marking and the running title
MARGIN_BOTTOM = 22 * mm  # room for the page number and the marking
TEXT_WIDTH = PORTRAIT[0] - 2 * MARGIN_X
LANDSCAPE_TEXT_WIDTH = LANDSCAPE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5a6370")
NAVY = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#c5ccd6")
SHADE = colors.HexColor("#eef2f6")
MARKING = colors.HexColor("#9b1c1c")
CAUTION_BG = colors.HexColor("#fdf6e3")
CAUTION_RULE = colors.HexColor("#c99a2e")

@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the memo's font family (bold and italic work in markup); returns its name."""
    fonts = resource_root() / "fonts"
    for name, file_name in _FILES.items():
        data = (fonts / file_name).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    return FAMILY


@dataclass(frozen=True)
class MemoStyles:
    body: ParagraphStyle
    body_tight: ParagraphStyle  # a line that leads into the list under it
    run_in: ParagraphStyle
    bullet_tight: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_small: ParagraphStyle
    cell_center: ParagraphStyle
    caution: ParagraphStyle
    toc_heading: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]
    reference: ParagraphStyle


@lru_cache(maxsize=1)
def memo_styles() -> MemoStyles:
    register_fonts()

    def style(name: str, **kw: object) -> ParagraphStyle:
        # No widows or orphans: a paragraph never leaves one line alone at the top or foot of a page.
        base = dict(
            fontName=REGULAR, fontSize=10, leading=13.6, textColor=INK, alignment=TA_LEFT,
            allowWidows=0, allowOrphans=0,
            # Bullets too are in the embedded font (reportlab's default would name Helvetica).
            bulletFontName=REGULAR,
        )
        base.update(kw)
        return ParagraphStyle(name, **base)

    body = style("body", spaceAfter=5)
    return MemoStyles(
        body=body,
        body_tight=style("body_tight", spaceBefore=3, spaceAfter=1),
        # The strategy's run-in paragraphs and lists: closer than body text, still 10 pt.
        run_in=style("run_in", spaceAfter=3),
        bullet_tight=style("bullet_tight", leftIndent=12, bulletIndent=2, spaceAfter=1),
        lead=style("lead", fontSize=10.5, leading=14.5, spaceAfter=6),
        small=style("small", fontSize=9, leading=12, textColor=MUTED, spaceAfter=3),
        note=style("note", fontSize=9, leading=12, textColor=MUTED, spaceAfter=4),
        bullet=style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3, bulletFontName=REGULAR),
        h1=style(
            "h1", fontName=BOLD, fontSize=14, leading=18, textColor=NAVY, spaceBefore=12, spaceAfter=6,
        ),
        h2=style(
            "h2", fontName=BOLD, fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=10, spaceAfter=3,
        ),
        h3=style("h3", fontName=BOLD, fontSize=10, leading=13.5, textColor=INK, spaceBefore=7, spaceAfter=2),
        kicker=style("kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=2),
        title=style("title", fontName=BOLD, fontSize=16, leading=20, textColor=NAVY, spaceAfter=8),
        cell=style("cell", fontSize=10, leading=13),
        cell_bold=style("cell_bold", fontName=BOLD, fontSize=10, leading=13),
        cell_head=style("cell_head", fontName=BOLD, fontSize=9, leading=11.5, textColor=NAVY),
        cell_small=style("cell_small", fontSize=9, leading=11.5),
        cell_center=style("cell_center", fontSize=9, leading=11.5, alignment=TA_CENTER),
        caution=style("caution", fontSize=10, leading=13.5, textColor=INK, spaceAfter=4),
        toc_heading=style("toc_heading", fontName=BOLD, fontSize=12, leading=16, textColor=NAVY, spaceBefore=10, spaceAfter=4),
        toc_levels=(
            style("toc0", fontName=BOLD, fontSize=9.5, leading=13, leftIndent=0, firstLineIndent=0, spaceBefore=3),
            style("toc1", fontSize=8.5, leading=11.5, leftIndent=14, firstLineIndent=0),
        ),
        reference=style("reference", fontSize=9.5, leading=12.5, leftIndent=14, firstLineIndent=-14, spaceAfter=3),
    )
