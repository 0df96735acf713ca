"""The decision memo's structure (SPEC §7, issue 16): what a minister finds on pages 1 and 2, the
body's length, the annex, the DRAFT mark, whole table rows, embedded fonts, and the Word copy."""

from __future__ import annotations

import re
import zipfile

import pytest
from docx import Document
from pypdf import PdfReader

from atrocity_desk.cli import main
from atrocity_desk.core.errors import InvalidValue
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.memo import MemoSettings, export_memo
from atrocity_desk.core.memo.content import gather_content
from atrocity_desk.core.memo.parts import memo_body
from atrocity_desk.core.options import option_numbers
from atrocity_desk.core.vocabulary import DECISION_STATUSES


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    path = tmp_path_factory.mktemp("memo16") / "example.atrocase"
    write_example_case(path).close()
    return path


@pytest.fixture(scope="module")
def example_pdf(example, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf16") / "memo.pdf"
    assert main(["memo", str(example), "-o", str(out)]) == 0
    return out


def pages_text(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def body_pages(pages: list[str]) -> list[str]:
    """The pages before the one the annex starts on (its heading opens a page)."""
    start = next(i for i, page in enumerate(pages) if re.search(r"Page \d+ of \d+ .*\bAnnex The evidence and the full tables", page) or "Annex The evidence and the full tables" in page)
    return pages[:start]


def test_body_is_at_most_five_pages_then_the_annex(example_pdf):
    pages = pages_text(example_pdf)
    body = body_pages(pages)
    assert 3 <= len(body) <= 5
    assert "The situation" in body[-1] and "One block per indicator" in body[-1]  # the chart closes the body
    assert "A1. Key factors" in pages[len(body)]


def test_the_french_body_is_at_most_five_pages_like_the_english(example, tmp_path):
    # French runs about a fifth longer than English; its labels and label columns are sized so the
    # example's body still ends with the risk-factor chart on page five at most.
    out = tmp_path / "memo-fr.pdf"
    assert main(["memo", str(example), "-o", str(out), "--lang", "fr"]) == 0
    pages = pages_text(out)
    start = next(i for i, page in enumerate(pages) if "Annexe Les données et les tableaux complets" in page)
    body = pages[:start]
    assert 3 <= len(body) <= 5
    assert "La situation" in body[-1] and "Un bloc par indicateur" in body[-1]
    assert "A1. Facteurs clés" in pages[start]


def test_an_options_fact_labels_fit_their_column_in_each_language():
    # "Chef de file, calendrier" wrapped onto two lines in English's 102-point column, a line more
    # for every recommended option; the column is sized to the language, English's is unchanged.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from atrocity_desk.core.language import in_language
    from atrocity_desk.core.memo.parts import OptionSummary
    from atrocity_desk.core.memo.pdf.body import LABEL_WIDTH, labelled_widths
    from atrocity_desk.core.memo.pdf.styles import memo_styles

    style = memo_styles().cell_bold
    for lang in ("en", "fr"):
        with in_language(lang):
            blank = dict.fromkeys(("family", "what", "lead", "timing", "requirements", "monitoring", "evidence", "citations", "main_risk"), "")
            summary = OptionSummary(number=1, title="t", verdict="mixed", main_risk_by_studies=False, **blank)
            labels = [f.label for f in summary.facts()]
            width, _ = labelled_widths(labels, style)
        assert all(stringWidth(label, style.fontName, style.fontSize) + 8 <= width for label in labels), lang
        assert (width == LABEL_WIDTH) == (lang == "en")


def test_page_one_is_the_decision_box(example, example_pdf):
    first = pages_text(example_pdf)[0]
    with _content(example) as content:
        box = memo_body(content).box
    for label in ("Situation now", "Decision requested", "For:", "Recommended actions", "Biggest risk", "Bottom line", "Caution"):
        assert label in first
    assert "about 2,100 civilians" in first  # the situation now, latest figures
    assert "Ministers' meeting on the Kessara crisis, 26 November 2026" in first
    assert len(box.actions) == 4
    for action in box.actions:
        assert f"{action.number}. {action.title}" in first
        assert f"Lead: {action.lead}" in first
    assert box.biggest_risk is not None and box.biggest_risk.text in first


def test_page_two_is_the_grid_with_the_baseline_first_and_the_window_numbers(example, example_pdf):
    second = pages_text(example_pdf)[1]
    assert "Options side by side" in second
    assert re.search(r"0 No new action Baseline", second)
    with _content(example) as content:
        numbers = option_numbers(content.decisions)
        rows = sorted((numbers[d.id], content.option_title(d)) for d in content.decisions)
    positions = [second.index("0 No new action")]
    for number, title in rows:
        positions.append(second.index(f"{number} {' '.join(title.split()[:2])}", positions[-1]))
    assert positions == sorted(positions) and len(rows) == 10  # the baseline, then 1 to 10 in order


def test_draft_mark_on_every_page_until_the_bottom_line_is_written(example, tmp_path):
    copy = tmp_path / "x.atrocase"
    copy.write_bytes(example.read_bytes())
    from atrocity_desk.core.storage import CaseFile

    with CaseFile.open(copy) as case:
        pages = pages_text(export_memo(case, tmp_path / "draft.pdf", MemoSettings(annex=False)))
        assert all(page.count("DRAFT") >= 2 for page in pages)
        case.update_revision(case.latest_revision().id, bottom_line="Act on 1 to 4 now; hold 10 for January.")
        pages = pages_text(export_memo(case, tmp_path / "final.pdf", MemoSettings(annex=False)))
    assert not any("DRAFT" in page for page in pages)
    assert "Act on 1 to 4 now; hold 10 for January." in pages[0]


def test_no_annex_leaves_it_out(example, tmp_path):
    out = tmp_path / "body.pdf"
    assert main(["memo", str(example), "-o", str(out), "--no-annex"]) == 0
    pages = pages_text(out)
    assert len(pages) <= 5 and not any("A1. Key factors" in page for page in pages)


def test_table_rows_are_never_split_across_pages(example, example_pdf):
    # Each finding row of the annex (statement to citations) and each EtD reason lies wholly on one
    # page: its first and last words are on the same page. reportlab split such rows before.
    pages = pages_text(example_pdf)
    with _content(example) as content:
        pieces = []
        for _, decision in content.numbered_options():
            reasons, _outside = content.option_findings(decision)
            pieces += [" ".join(r.statement.split()) for r in reasons]
            pieces += [" ".join(j.reason.split()) for j in decision.etd.values() if len(j.reason) > 40]
    checked = 0
    for piece in pieces:
        head, tail = piece[:45], piece[-25:]  # 45: two findings may share their first words
        on_pages = [i for i, page in enumerate(pages) if head in page]
        for i in on_pages:
            checked += 1
            assert tail in pages[i][pages[i].index(head) :], f"row split after page {i + 1}: {piece[:60]}"
    assert checked > 40


def test_continuation_pages_name_the_option_in_the_running_header(example_pdf):
    pages = pages_text(example_pdf)
    continued = [p for p in pages if re.search(r"Annex A[45] · Option \d+\. ", p)]
    assert continued


def test_every_font_is_embedded_and_none_is_helvetica(example_pdf):
    reader = PdfReader(example_pdf)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts and not any("Helvetica" in name for name in fonts)
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else None
        assert descriptor is not None and "/FontFile2" in descriptor, name


def test_the_same_case_gives_the_same_pdf_bytes(example, tmp_path):
    one, two = tmp_path / "1.pdf", tmp_path / "2.pdf"
    main(["memo", str(example), "-o", str(one)])
    main(["memo", str(example), "-o", str(two)])
    assert one.read_bytes() == two.read_bytes()


# --- the Word memo ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def example_docx(example, tmp_path_factory):
    out = tmp_path_factory.mktemp("docx16") / "memo.docx"
    assert main(["memo", str(example), "-o", str(out)]) == 0
    return out


def test_word_memo_has_real_headings_in_the_pdf_order(example_docx, example_pdf):
    document = Document(example_docx)
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    top = [text for style, text in headings if style == "Heading 1"]
    assert top == ["Decision", "Options side by side", "Recommended options", "The strategy", "The other options", "The situation", "Annex"]
    pdf_outline = [item.title for item in PdfReader(example_pdf).outline if not isinstance(item, list)]
    assert pdf_outline == top
    assert [t for s, t in headings if s == "Heading 2"][:4] == [
        "1. Public statement naming the attacks on Ñambé villages",
        "2. Back the regional organisation's mediation with staff and funding",
        "3. Shift aid from the central budget to Harun communities and the Lake Oru camps",
        "4. Asset freezes and travel bans on the Eastern Command leadership",
    ]


def test_word_memo_tables_header_and_footer(example_docx):
    document = Document(example_docx)
    box = document.tables[0]
    assert [row.cells[0].text for row in box.rows] == [
        "Situation now", "Decision requested", "Recommended actions", "Biggest risk", "Bottom line", "Caution",
    ]
    grid = document.tables[1]
    assert grid.rows[0].cells[0].text == "No." and grid.rows[1].cells[1].text == "No new action"
    assert grid.rows[0]._tr.trPr.xml.count("tblHeader") == 1  # the header repeats on each page
    assert all("cantSplit" in row._tr.trPr.xml for row in grid.rows)
    for section in document.sections:
        assert "CONFIDENTIAL — NOT FOR DISTRIBUTION" in section.header.paragraphs[0].text
        assert "DRAFT" in section.header.paragraphs[0].text
        assert "CONFIDENTIAL — NOT FOR DISTRIBUTION" in section.footer.paragraphs[0].text
    footer_xml = document.sections[0].footer._element.xml
    assert "NUMPAGES" in footer_xml and " PAGE " in footer_xml
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Ñambé" in text and "Kraków" in zipfile.ZipFile(example_docx).read("word/document.xml").decode()


def test_word_memo_same_case_same_text(example, tmp_path):
    one, two = tmp_path / "1.docx", tmp_path / "2.docx"
    main(["memo", str(example), "-o", str(one)])
    main(["memo", str(example), "-o", str(two)])
    parts = [{n: z.read(n) for n in z.namelist() if n.startswith("word/") or n.startswith("docProps/")} for z in map(zipfile.ZipFile, (one, two))]
    assert parts[0] == parts[1]


# --- the case fields --------------------------------------------------------------------------


def test_meeting_date_must_be_a_date(example, tmp_path):
    from atrocity_desk.core.storage import CaseFile

    copy = tmp_path / "x.atrocase"
    copy.write_bytes(example.read_bytes())
    with CaseFile.open(copy) as case:
        revision = case.latest_revision()
        with pytest.raises(InvalidValue):
            case.update_revision(revision.id, meeting_date="next Tuesday")
        assert case.latest_revision().meeting_date == "2026-11-26"
        case.update_revision(revision.id, meeting_date="")
        case.update_revision(revision.id, situation_now="Quiet since Friday.")
        assert [e.action for e in case.audit()][-1] == "update revision"
        copied = case.new_revision("2026-12-01")
        assert copied.situation_now == "Quiet since Friday." and copied.decision_requested == revision.decision_requested


def test_answers_file_sets_the_revision_fields(tmp_path):
    import json

    from atrocity_desk.core.storage import CaseFile

    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"case": {"title": "T", "situation_now": "Now.", "decision_requested": "Decide.", "meeting": "Cabinet", "meeting_date": "2026-12-03"}}))
    assert main(["new", str(tmp_path / "n.atrocase"), "--answers", str(answers)]) == 0
    with CaseFile.open(tmp_path / "n.atrocase", read_only=True) as case:
        revision = case.latest_revision()
    assert (revision.situation_now, revision.decision_requested, revision.meeting, revision.meeting_date) == ("Now.", "Decide.", "Cabinet", "2026-12-03")
    answers.write_text(json.dumps({"case": {"meeting_date": "soon"}}))
    assert main(["new", str(tmp_path / "m.atrocase"), "--answers", str(answers)]) != 0
    assert not (tmp_path / "m.atrocase").exists()


class _content:
    def __init__(self, path):
        from atrocity_desk.core.storage import CaseFile

        self.case = CaseFile.open(path, read_only=True)

    def __enter__(self):
        return gather_content(self.case, None, DECISION_STATUSES, None)

    def __exit__(self, *exc):
        self.case.close()
