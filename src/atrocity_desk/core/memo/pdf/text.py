"""Turning planner text into safe reportlab paragraph markup.

Three jobs, always in this order:

0. Characters the memo's font (DejaVu Sans) has no glyph for, emoji above all, are printed as their
   Unicode names in brackets ("🕊" → "[dove of peace]") rather than as empty boxes; emoji
   variation selectors and joiners, which draw nothing, are dropped. No emoji font is bundled:
   colour emoji fonts are large and reportlab cannot draw their colour glyphs.
1. Right-to-left runs (Arabic or Hebrew script: a place or group name) are put into display form:
   Arabic letters joined (arabic-reshaper) and each run laid out right to left (python-bidi).
   reportlab draws characters in logical order and unjoined, so without this an Arabic name prints
   as a row of separate letters backwards. Only the RTL runs are touched; the surrounding left-to-
   right sentence keeps its order.
2. The result is escaped, so ``<b>``, ``&`` or ``</para>`` typed by a planner print as typed
   (reportlab paragraphs parse markup).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended, and the Hebrew and
# Arabic presentation forms.
_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe"
# A run starts and ends with an RTL letter and may hold spaces, digits and punctuation inside
# ("مخيمات بحيرة أورو", "תל אביב-יפו").
_RTL_RUN = re.compile(rf"[{_RTL_CHARS}](?:[{_RTL_CHARS} \d\-'\".,:()\u060c\u061b]*[{_RTL_CHARS}])?")
_ARABIC = re.compile(r"[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufefe]")


# Drawn as nothing: emoji and text presentation selectors, zero-width joiner.
_INVISIBLE = dict.fromkeys(map(ord, "\ufe0e\ufe0f\u200d"))


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    """The characters both the regular and the bold cut of the memo's font can draw."""
    from reportlab.pdfbase import pdfmetrics

    from .styles import BOLD, REGULAR, register_fonts

    register_fonts()
    regular, bold = (set(pdfmetrics.getFont(name).face.charToGlyph) for name in (REGULAR, BOLD))
    return frozenset(regular & bold)


def readable(text: str) -> str:
    """``text`` with every character the font cannot draw named in brackets (see the module)."""
    covered = _covered()
    # Each distinct character once (a set is made at C speed): a memo passes ~750,000 characters here.
    if all(ord(c) in covered or c in "\n\t" for c in set(text)):
        return text
    text = text.translate(_INVISIBLE)
    return text.translate({ord(c): _named(c) for c in set(text) if ord(c) not in covered and c not in "\n\t"})


def _named(char: str) -> str:
    return f"[{unicodedata.name(char, f'U+{ord(char):04X}').lower()}]"


def has_rtl(text: str) -> bool:
    return bool(_RTL_RUN.search(text))


def shape_rtl(text: str) -> str:
    """``text`` with every right-to-left run in display order (Arabic joined); other text as is."""
    if not text or not has_rtl(text):
        return text
    return _RTL_RUN.sub(lambda m: _shape_run(m.group(0)), text)


def _shape_run(run: str) -> str:
    if _ARABIC.search(run):
        run = arabic_reshaper.reshape(run)
    return get_display(run, base_dir="R")


# A memo is read in a meeting: a free-text field longer than this (a pasted report, say) prints
# its beginning and says how much more the case file holds. Without a limit, one 10 MB narrative
# would make a memo of thousands of pages and an export that seems to hang.
MEMO_TEXT_LIMIT = 30_000


def clip_for_memo(text: str, limit: int = MEMO_TEXT_LIMIT) -> str:
    if len(text) <= limit:
        return text
    # Room is kept for the note, so a clipped text is never clipped again further down.
    cut = text.rfind(" ", limit - 400, limit - 200)
    cut = cut if cut > 0 else limit - 200
    return f"{text[:cut].rstrip()} […] ({len(text) - cut:,} more characters are in the case file, not printed here.)"


def para(text: str | None) -> str:
    """Planner text as paragraph markup: RTL runs shaped, markup escaped, line breaks kept.

    The memo never sets planner text in italics: the oblique DejaVu cuts have no Arabic letters,
    while the upright and bold cuts have both Arabic and Hebrew."""
    if not text:
        return ""
    text = clip_for_memo(text).replace("\r\n", "\n").replace("\r", "\n")
    return escape(shape_rtl(readable(text))).replace("\n", "<br/>")


def paragraphs(text: str | None) -> list[str]:
    """Planner text split into paragraphs at blank lines, each as markup (see ``para``)."""
    if not text or not text.strip():
        return []
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    return [para(block.strip()) for block in blocks if block.strip()]


def plain(text: str | None) -> str:
    """Text for places that draw strings directly (page header, chart): RTL shaped, no markup."""
    return shape_rtl(readable(" ".join((text or "").split())))


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (up to the first full stop followed by a space)."""
    text = " ".join(text.split())
    match = re.search(r"(?<=[.!?])\s", text)
    return text[: match.start()] if match else text


@lru_cache(maxsize=256)
def fit_width(text: str, font_name: str, size: float, room: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``room`` points (running title, chart labels).

    Binary search: a 5,000-character title must not cost thousands of measurements per page."""
    if stringWidth(text, font_name, size) <= room:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font_name, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
