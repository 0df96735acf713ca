"""Plain text's lines are broken as reportlab breaks them (core/memo/pdf/lines.py, issue 22):
seeded random text in the memo's styles, with and without bullets, at many widths."""

from __future__ import annotations

import random

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph as ReportlabParagraph
from reportlab.platypus.paragraph import split

from atrocity_desk.core.memo.pdf.lines import plain_lines
from atrocity_desk.core.memo.pdf.styles import memo_styles

WORDS = ["r", "the", "regional", "body's", "envoy", "Côte", "d'Ivoire", "—", "2026", "a,", "mission.", "x" * 10, "Ñambé"]


def random_text(rng: random.Random) -> str:
    gaps = [" ", " ", " ", "  ", "\u00a0", " \n "]
    words = [rng.choice(WORDS) for _ in range(rng.randint(1, 400))]
    return rng.choice(["", " "]) + "".join(w + rng.choice(gaps) for w in words).rstrip() + rng.choice(["", "  "])


def reportlab_lines(text, style, bullet, widths):
    p = ReportlabParagraph(text, style, bulletText=bullet)
    result = p.breakLines(widths)
    return result, p._width_max, widths


def test_the_lines_are_reportlabs_to_the_last_bit():
    styles = memo_styles()
    plain = 0
    for seed in range(60):
        rng = random.Random(seed)
        style = rng.choice([styles.body, styles.cell, styles.cell_small, styles.bullet, styles.reference, styles.h2])
        bullet = rng.choice([None, None, "•", "12."])
        width = rng.uniform(130, 480)
        first = width - rng.choice([0, 0, 14])
        text = random_text(rng)
        expected, expected_widest, expected_widths = reportlab_lines(text, style, bullet, [first, width])
        ours = ReportlabParagraph(text, style, bulletText=bullet)
        widths = [first, width]
        lines = plain_lines(ours, widths)
        if lines is None:  # left to reportlab only for a word wider than a line (words joined by no-break spaces)
            widest = max(stringWidth(w, style.fontName, style.fontSize) for w in split(text))
            assert widest > min(expected_widths) and widths == [first, width], seed
            continue
        plain += 1
        assert lines.kind == expected.kind == 0
        assert lines.lines == expected.lines, seed  # the same words on each line, the same room left (exact floats)
        assert (lines.ascent, lines.descent, lines.fontSize, lines.fontName) == (expected.ascent, expected.descent, expected.fontSize, expected.fontName)
        assert ours._width_max == expected_widest and widths == expected_widths, seed
    assert plain >= 40  # most of them plain, and their lines compared


@pytest.mark.parametrize(
    "text",
    [
        "a " + "w" * 200 + " b",  # wider than the line: reportlab splits the word
        "soft\u00adhyphen " * 20,  # a soft hyphen may break a word
        "<b>bold</b> and plain",  # more than one fragment
        "   ",
    ],
)
def test_what_is_not_plain_is_left_to_reportlab(text):
    p = ReportlabParagraph(text, memo_styles().body)
    assert plain_lines(p, [120.0, 120.0]) is None
