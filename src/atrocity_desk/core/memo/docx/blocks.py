"""Building blocks of the Word memo: tables Word keeps whole, paragraphs in styles set by id."""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ...vocabulary import not_recorded


def text_or_not_recorded(text: str) -> str:
    return text.strip() or not_recorded()


def add_table(document, header: Sequence[str] | None, rows: Sequence[Sequence[str]], bold_first: bool = False):
    """A real Word table: header row repeated on each page, rows never broken across pages."""
    data = ([list(header)] if header else []) + [list(r) for r in rows]
    columns = len(data[0])
    table = document.add_table(rows=len(data), cols=columns)
    table._tbl.tblPr.style = "TableGrid"  # by id: looking a style up by name costs a scan each time
    cells = table._cells  # all at once: a row's cells are computed anew on every access
    for index, text in enumerate(value for row in data for value in row):
        row, column = divmod(index, columns)
        _add_run(cells[index].paragraphs[0], text, (header is not None and row == 0) or (bold_first and column == 0))
    if header:
        _repeat_header(table.rows[0])
    for row in table.rows:
        _keep_row_whole(row)
    return table


def _add_run(paragraph, text: str, bold: bool) -> None:
    """``paragraph.add_run(text).bold = bold``, written as XML directly when the text has no tab or
    line break: python-docx appends a run's text one character at a time and finds where each
    property goes by scanning, most of a large Word memo's time (issue 22). Same XML either way."""
    if any(c in text for c in "\t\n\r"):
        paragraph.add_run(text).bold = bold
        return
    run = paragraph._p.add_r()
    properties = OxmlElement("w:rPr")
    weight = OxmlElement("w:b")
    if not bold:
        weight.set(qn("w:val"), "0")
    properties.append(weight)
    run.append(properties)
    if text:
        run.add_t(text)


def styled(document, text: str, style_id: str):
    """A paragraph in a style given by id ("Heading1", "ListBullet"), set directly for speed."""
    paragraph = document.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def heading(document, text: str, level: int):
    return styled(document, text, "Title" if level == 0 else f"Heading{level}")


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _keep_row_whole(row) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:cantSplit")
    element.set(qn("w:val"), "true")
    properties.append(element)


def facts(document, rows: Sequence[tuple[str, str]]):
    return add_table(document, None, [list(r) for r in rows], bold_first=True)
