"""Retake docs/memo-example/: the bundled example case's decision memo, page by page.

    .venv/bin/python scripts/memo_example.py

Writes the example case to a temporary folder, exports its memo as PDF and as Word (through the
command line, as a planner would), turns every PDF page into ``page-NN.png`` (``pdftoppm -r 60``,
then 64 colours so the pictures stay small) and the Word file into ``word-memo.md`` (its header
and footer, headings as ``#``, tables as tables), since nothing offline here renders Word pages.
Old pictures are removed first, so the folder always holds exactly one memo.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.table import Table
from PIL import Image

from atrocity_desk.cli import main as atrocity_desk

FOLDER = Path(__file__).resolve().parent.parent / "docs" / "memo-example"


def retake(folder: Path = FOLDER) -> None:
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        case = work / "example.atrocase"
        for args in (["example", str(case)], ["memo", str(case), "-o", str(work / "memo.pdf")], ["memo", str(case), "-o", str(work / "memo.docx")]):
            if atrocity_desk(args) != 0:
                sys.exit(f"atrocity-desk {' '.join(args)} failed")
        for old in folder.glob("page-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(work / "memo.pdf"), str(folder / "page")], check=True)
        for picture in sorted(folder.glob("page-*.png")):
            Image.open(picture).convert("RGB").quantize(colors=64).save(picture, optimize=True)
        (folder / "word-memo.md").write_text(word_as_text(work / "memo.docx"), encoding="utf-8")
    print(f"Retook {len(list(folder.glob('page-*.png')))} pages and word-memo.md in {folder}")


def word_as_text(path: Path) -> str:
    document = Document(path)
    section = document.sections[0]
    lines = [
        "# The example Word memo, as text",
        "",
        f"Header: {_flat(' '.join(p.text for p in section.header.paragraphs))}",
        f"Footer: {_flat(' / '.join(p.text for p in section.footer.paragraphs))} (Word fills in the page numbers)",
        "",
    ]
    for block in document.iter_inner_content():
        lines += _table(block) if isinstance(block, Table) else _paragraph(block)
    return "\n".join(lines).rstrip() + "\n"


def _paragraph(paragraph) -> list[str]:
    text = paragraph.text.strip()
    if not text:
        return []
    style = paragraph.style.name
    if style == "Title":
        return [f"# {text}", ""]
    if style.startswith("Heading"):
        return [f"{'#' * (int(style.split()[-1]) + 1)} {text}", ""]
    if style.startswith("List"):
        return [f"- {text}", ""]
    return [text.replace("\n", "<br>"), ""]


def _table(table: Table) -> list[str]:
    rows = [[_flat(cell.text.replace("\n", "<br>")).replace("|", "\\|") for cell in row.cells] for row in table.rows]
    out = [f"| {' | '.join(rows[0])} |", "|" + "---|" * len(rows[0])]
    out += [f"| {' | '.join(row)} |" for row in rows[1:]]
    return ["", *out, ""]


def _flat(text: str) -> str:
    return " ".join(text.split(" ")).strip()


if __name__ == "__main__":
    retake()
