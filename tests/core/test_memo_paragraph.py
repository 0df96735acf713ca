"""The memo's paragraphs parse each markup and break each text's lines once (issue 22, memo speed):
what they share never changes what is printed."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph as ReportlabParagraph
from reportlab.platypus import paragraph as reportlab_paragraph
from reportlab.platypus import paraparser

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.memo import MemoSettings, memo_pdf
from atrocity_desk.core.memo.pdf import paragraph as memo_paragraph
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


def test_a_memo_keeps_no_text_after_it_is_made_and_is_the_same_without_sharing(tmp_path, monkeypatch):
    path = tmp_path / "example.atrocase"
    write_example_case(path).close()
    with CaseFile.open(path, read_only=True) as case:
        shared = memo_pdf(case, MemoSettings())
        assert not memo_paragraph._parsed and not memo_paragraph._broken
        # reportlab's own parsing and line breaking for every paragraph, asked anew each time
        monkeypatch.setattr(Paragraph, "_setup", ReportlabParagraph._setup)
        monkeypatch.setattr(Paragraph, "wrap", ReportlabParagraph.wrap)
        alone = memo_pdf(case, MemoSettings())
    assert shared == alone
