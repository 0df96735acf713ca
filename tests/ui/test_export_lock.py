"""Exporting the memo keeps the editor's hold on the case file (issue 13, Deliver item 5).

Closing any descriptor of a file drops the POSIX locks the process holds on it, SQLite's among
them; an export that opened the case again by path would let another program write under the
editor. The export reads an in-memory snapshot instead. A second process probes both locks."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from PySide6.QtPdf import QPdfDocument

from tests.ui.test_memo_page import case_path, export_to, page, session  # noqa: F401 - fixtures

PROBE = """
import sqlite3, sys
from atrocity_desk.core.storage import CaseFile
conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
try:
    conn.execute("BEGIN IMMEDIATE")
    print("sqlite: free")
    conn.execute("ROLLBACK")
except sqlite3.OperationalError:
    print("sqlite: locked")
conn.close()
with CaseFile.open(sys.argv[1]) as case:
    print("case: read-only" if case.read_only else "case: writable")
"""


def probe(path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True)
    return done.stdout.split("\n")[:2]


def test_the_editor_keeps_its_locks_through_a_memo_export(page, session, qtbot, monkeypatch, tmp_path):  # noqa: F811
    path = session.case.path
    # This process in the middle of a write holds SQLite's POSIX lock on the file (a second
    # connection: the editor's own must stay free to take the snapshot).
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        assert probe(path) == ["sqlite: locked", "case: read-only"]  # the probe sees both locks
        export_to(page, qtbot, monkeypatch, tmp_path / "memo.pdf")
        assert (tmp_path / "memo.pdf").read_bytes().startswith(b"%PDF")
        qtbot.waitUntil(lambda: page.pdf_document.status() == QPdfDocument.Status.Ready)
        assert probe(path) == ["sqlite: locked", "case: read-only"]
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert probe(path) == ["sqlite: free", "case: read-only"]
