"""The memo's paragraphs parse each markup and break each text's lines once, and its tables size
their rows once per room (issue 22, memo speed): what they share never changes what is printed."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph as ReportlabParagraph
from reportlab.platypus import paragraph as reportlab_paragraph
from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle, paraparser

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.memo import MemoSettings, memo_pdf
from atrocity_desk.core.memo.pdf import paragraph as memo_paragraph
from atrocity_desk.core.memo.pdf.blocks import MemoTable, table
from atrocity_desk.core.memo.pdf.paragraph import Paragraph, fresh_caches
from atrocity_desk.core.memo.pdf.styles import memo_styles
from atrocity_desk.core.storage import CaseFile

MARKUP = '<b>Lead:</b> the regional body. <font color="#5a6370"><i>(not yet asked)</i></font> ' + "word " * 60


@pytest.fixture(autouse=True)
def clean_caches():
    fresh_caches()
    yield
    fresh_caches()


@pytest.fixture
def counted(monkeypatch):
    """How often reportlab parses markup and breaks lines."""
    counts = {"parse": 0, "break": 0}
    parse, break_lines = paraparser.ParaParser.parse, reportlab_paragraph.Paragraph.breakLines

    def counting_parse(self, *args, **kwargs):
        counts["parse"] += 1
        return parse(self, *args, **kwargs)

    def counting_break(self, *args, **kwargs):
        counts["break"] += 1
        return break_lines(self, *args, **kwargs)

    monkeypatch.setattr(paraparser.ParaParser, "parse", counting_parse)
    monkeypatch.setattr(reportlab_paragraph.Paragraph, "breakLines", counting_break)
    return counts


def lines(paragraph) -> list[str]:
    return [" ".join(str(w) for w in line.words) if hasattr(line, "words") else repr(line) for line in paragraph.blPara.lines]


def test_the_same_markup_and_style_is_parsed_once_another_style_again(counted):
    styles = memo_styles()
    first, second = Paragraph(MARKUP, styles.cell), Paragraph(MARKUP, styles.cell)
    assert counted["parse"] == 1
    assert second.frags == first.frags and second.frags is not first.frags  # its own list of the same fragments
    Paragraph(MARKUP, styles.body)
    Paragraph(MARKUP, styles.cell, bulletText="•")
    assert counted["parse"] == 3


def test_lines_broken_once_per_width_and_as_reportlab_breaks_them(counted):
    cell = memo_styles().cell
    first, second = Paragraph(MARKUP, cell), Paragraph(MARKUP, cell)
    assert first.wrap(200, 1000) == second.wrap(200, 1000)
    assert counted["break"] == 1
    narrow = Paragraph(MARKUP, cell)
    assert narrow.wrap(120, 1000)[1] > first.height
    assert counted["break"] == 2
    plain = ReportlabParagraph(MARKUP, cell)
    assert plain.wrap(120, 1000) == (narrow.width, narrow.height) and lines(plain) == lines(narrow)


def test_splitting_one_paragraph_leaves_another_with_the_same_lines_whole():
    cell = memo_styles().cell
    first, second = Paragraph(MARKUP, cell), Paragraph(MARKUP, cell)
    width, height = first.wrap(150, 1000)
    second.wrap(150, 1000)
    before = lines(second)
    top, rest = first.split(150, height / 2)
    assert top.height + rest.wrap(150, 1000)[1] == pytest.approx(height)
    assert lines(second) == before and second.wrap(150, 1000) == (width, height)
    assert len(second.split(150, height / 2)) == 2


def test_a_memo_keeps_no_text_after_it_is_made_and_is_the_same_measured_each_time(tmp_path, monkeypatch):
    path = tmp_path / "example.atrocase"
    write_example_case(path).close()
    with CaseFile.open(path, read_only=True) as case:
        shared = memo_pdf(case, MemoSettings())
        assert not memo_paragraph._parsed and not memo_paragraph._broken
        # reportlab's own parsing, line breaking (plain text too) and table sizing, done anew each time asked
        monkeypatch.setattr(Paragraph, "_setup", ReportlabParagraph._setup)
        monkeypatch.setattr(Paragraph, "wrap", ReportlabParagraph.wrap)
        monkeypatch.setattr(Paragraph, "breakLines", ReportlabParagraph.breakLines)
        monkeypatch.setattr(MemoTable, "_calc", Table._calc)
        alone = memo_pdf(case, MemoSettings())
    assert shared == alone


def test_a_table_sizes_its_rows_once_per_room_and_again_after_a_new_style(monkeypatch):
    sized = []
    calc_height = Table._calc_height

    def counting(self, *args, **kwargs):
        sized.append(args[:2])
        return calc_height(self, *args, **kwargs)

    monkeypatch.setattr(Table, "_calc_height", counting)
    cell = memo_styles().cell
    t = table([[Paragraph("Head", cell), Paragraph("Head", cell)], *[[Paragraph(MARKUP, cell), Paragraph(f"row {n}", cell)] for n in range(3)]], (200, 200))
    size = t.wrap(400, 700)
    assert t.wrap(400, 700) == size and len(t.split(400, 700)) == 1
    assert len(sized) == 1
    t.wrap(400, 300)
    assert len(sized) == 2
    top, rest = t.split(400, 300)
    assert top.wrap(400, 300)[1] <= 300 and len(sized) >= 3
    before = len(sized)
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 12)]))
    taller = t.wrap(400, 300)
    assert len(sized) == before + 1 and taller[1] > 0
    assert t.wrap(400, 700)[1] > size[1]  # the new padding counts


def test_a_background_named_by_its_hex_code_is_read_as_a_colour_once():
    cell = memo_styles().cell
    shaded = table([[Paragraph("a", cell)], [Paragraph("b", cell)]], (100,), extra=[("BACKGROUND", (0, 1), (0, 1), "#fdf6e3")])
    colour = next(arg for cmd, start, end, arg in shaded._bkgrndcmds if start == (0, 1))
    assert isinstance(colour, colors.Color) and colour == colors.HexColor("#fdf6e3")
