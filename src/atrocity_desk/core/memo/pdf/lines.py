"""Line breaking for a paragraph of plain text (one font, no markup): reportlab's own greedy
breaking, done with each distinct word measured once.

reportlab breaks a paragraph a word at a time through three layers of calls to measure it and
takes each word off the front of a list; a 2,000-character rationale is a thousand words, most of
them repeated. The lines made here are the ones reportlab makes (same words, same sums, in the same
order, so the same widths to the last bit: tests compare both on seeded random text). Anything
else reportlab's breaking handles — markup, a word wider than the line, soft hyphens, hyphenation,
right-to-left or shaped text, dots — is left to it (``None``).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import _handleBulletWidth, _processed_frags, _shy, split, strip


def plain_lines(paragraph, widths):
    """The broken lines of ``paragraph`` (reportlab's ``breakLines`` result) or None when its
    text is not plain. ``widths`` is the list reportlab's wrap passes; as reportlab does, its first
    item is narrowed in place when a bullet overruns the indent."""
    style, frags = paragraph.style, paragraph.frags
    if len(frags) != 1 or not isinstance(widths, list) or not _plain_style(style):
        return None
    frag = frags[0]
    if not hasattr(frag, "text") or hasattr(frag, "cbDefn") or hasattr(frag, "backColor") or _processed_frags(frags):
        return None
    text = strip(frag.text)
    if not text or _shy in text:
        return None
    font_name, font_size, encoding = frag.fontName, frag.fontSize, paragraph.encoding
    words = split(text)
    measured = {w: stringWidth(w, font_name, font_size, encoding) for w in set(words)}
    narrowed = list(widths)
    _handleBulletWidth(paragraph.bulletText, style, narrowed)
    if max(measured.values()) > min(narrowed):
        return None  # a word wider than a line: reportlab splits it
    widths[0] = narrowed[0]
    paragraph.height = 0
    paragraph._splitLongWordCount = paragraph._hyphenations = 0
    space = stringWidth(" ", font_name, font_size, encoding)
    lines = _greedy(words, measured, space, style.spaceShrinkage * space, widths, paragraph)
    ascent, descent = getAscentDescent(font_name, font_size)
    return frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=font_size)


def _plain_style(style) -> bool:
    return not (
        style.wordWrap or style.endDots or style.shaping
        or getattr(style, "hyphenationLang", "") or style.uriWasteReduce or style.embeddedHyphenation
    )


def _greedy(words: list[str], measured: dict[str, float], space: float, shrink: float, max_widths: list, paragraph) -> list:
    """reportlab's loop for one plain fragment (Paragraph.breakLines, kind 0), without the cases
    ``plain_lines`` leaves to it: as many words on a line as fit (each space may shrink by
    ``shrink``), at least one."""
    last = len(max_widths) - 1
    lines: list = []
    line: list[str] = []
    current = -space  # as reportlab: no space before a line's first word
    number = 0
    room = max_widths[0]
    widest = 0
    for word in words:
        width = measured[word]
        new = current + space + width
        if new <= room + shrink * len(line) or not line:
            line.append(word)
            current = new
        else:
            if current > widest:
                widest = current
            lines.append((room - current, line))
            line, current = [word], width
            number += 1
            room = max_widths[min(last, number)]
    if line:
        if current > widest:
            widest = current
        lines.append((room - current, line))
    paragraph._width_max = widest
    return lines
