"""The Memo page: what the memo includes, its bottom line, and the export in the background with a
preview of the PDF written."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtPdf import QPdfDocument

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.vocabulary import option_title
from atrocity_desk.core.memo import draft_bottom_line
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui.pages.memo_page import MemoPage
from atrocity_desk.ui.session import CaseSession
from tests.ui.test_toolbox_page import FakeWindow, assert_controls_named_and_reachable

SAVE_DIALOG = "PySide6.QtWidgets.QFileDialog.getSaveFileName"
OPEN_URL = "PySide6.QtGui.QDesktopServices.openUrl"


@pytest.fixture
def case_path(tmp_path, qapp):
    path = tmp_path / "example.atrocase"
    write_example_case(path).close()
    return path


@pytest.fixture
def session(case_path):
    case = CaseFile.open(case_path)  # the window holds the file's lock, as in the application
    session = CaseSession(case)
    yield session
    case.close()


@pytest.fixture
def page(session, qtbot):
    window = FakeWindow(session)
    qtbot.addWidget(window)
    page = window.add(MemoPage)
    window.resize(1100, 760)
    window.show()
    yield page
    page.wait_for_export()


def saved_bottom_line(session: CaseSession) -> str:
    with CaseFile.open(session.case.path, read_only=True) as case:
        return case.latest_revision().bottom_line


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def export_to(page: MemoPage, qtbot, monkeypatch, out: Path) -> None:
    monkeypatch.setattr(SAVE_DIALOG, lambda *args, **kwargs: (str(out), "PDF documents (*.pdf)"))
    page.export()
    qtbot.waitUntil(lambda: not page.exporting(), timeout=60000)


# -- the bottom line --


def test_bottom_line_is_stored_with_the_revision_on_focus_out(page, session, qtbot):
    edit = page.bottom_line_edit
    # No bottom line yet: the field shows the whole draft the memo would print, ready to edit.
    assert edit.toPlainText().startswith("We recommend") and page.showing_draft()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the draft untouched stores nothing
    assert saved_bottom_line(session) == ""
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    qtbot.keyClicks(edit, "Recommend the statement and mediation.")
    assert saved_bottom_line(session) == ""
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert saved_bottom_line(session) == "Recommend the statement and mediation."
    session.undo_stack.undo()
    assert saved_bottom_line(session) == ""
    assert page.showing_draft()  # the draft is back


def test_draft_from_recommended_options(page, session, qtbot):
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    expected = draft_bottom_line(session.case, session.revision(), session.case_fit())
    assert saved_bottom_line(session) == expected
    assert page.bottom_line_edit.toPlainText() == expected
    # Read against the case, not the drafting function: every recommended option is named by the
    # number the window and the memo give it.
    from atrocity_desk.core.options import option_numbers

    decisions = session.case.decisions(session.revision().id)
    numbers = option_numbers(decisions)
    recommended = [str(numbers[d.id]) for d in decisions if d.status == "recommended"]
    assert recommended and f"(options {', '.join(recommended[:-1])} and {recommended[-1]})" in expected


# -- the decision box --


def saved_revision(session: CaseSession):
    with CaseFile.open(session.case.path, read_only=True) as case:
        return case.latest_revision()


def test_decision_box_fields_are_edited_with_undo(page, session, qtbot):
    assert page.decision_edits["meeting"].text() == "Ministers' meeting on the Kessara crisis"
    situation = page.decision_edits["situation_now"]
    situation.setFocus()
    qtbot.waitUntil(situation.hasFocus)
    situation.selectAll()
    qtbot.keyClicks(situation, "Calm since the truce of 1 December.")
    qtbot.keyClick(situation, Qt.Key.Key_Tab)
    assert saved_revision(session).situation_now == "Calm since the truce of 1 December."
    meeting = page.decision_edits["meeting"]
    meeting.setText("Cabinet")
    meeting.editingFinished.emit()
    assert saved_revision(session).meeting == "Cabinet"
    session.undo_stack.undo()
    session.undo_stack.undo()
    revision = saved_revision(session)
    assert revision.meeting == "Ministers' meeting on the Kessara crisis" and revision.situation_now.startswith("The army's counter-offensive")
    assert situation.toPlainText().startswith("The army's counter-offensive")


def test_a_meeting_date_that_is_not_a_date_is_refused_and_nothing_is_lost(page, session, qtbot):
    errors = []
    session.error.connect(lambda title, message: errors.append(title))
    date = page.decision_edits["meeting_date"]
    date.setText("next Tuesday")
    date.editingFinished.emit()
    assert errors and saved_revision(session).meeting_date == "2026-11-26"
    assert date.text() == "2026-11-26"


def test_word_export_and_no_annex(page, session, qtbot, monkeypatch, tmp_path):
    from docx import Document

    page.annex_check.setChecked(False)
    out = tmp_path / "memo"
    monkeypatch.setattr(SAVE_DIALOG, lambda *args, **kwargs: (str(out), "Word documents (*.docx)"))
    page.export()
    qtbot.waitUntil(lambda: not page.exporting(), timeout=60000)
    written = tmp_path / "memo.docx"
    headings = [p.text for p in Document(written).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Decision" and "Annex" not in headings
    assert page.last_export == written and "Word memo was saved" in page.preview_empty.text()


# -- what to include --


def test_marking_defaults_to_the_case_marking_and_follows_it(page, session):
    assert page.marking_edit.text() == session.case.meta().marking
    session.set_meta(marking="SECRET")
    assert page.marking_edit.text() == "SECRET"
    page.marking_edit.setText("OFFICIAL-SENSITIVE")
    session.set_meta(marking="RESTRICTED")
    assert page.marking_edit.text() == "OFFICIAL-SENSITIVE"  # the planner's override stays
    page.reset_marking.click()
    assert page.marking_edit.text() == "RESTRICTED"


def test_status_boxes_count_the_options(page, session):
    decisions = session.case.decisions(session.revision().id)
    recommended = sum(1 for d in decisions if d.status == "recommended")
    assert page.status_checks["recommended"].text() == f"Recommended ({recommended})"


# -- export --


def test_export_runs_in_the_background_and_previews_the_pdf(page, session, qtbot, monkeypatch, tmp_path):
    out = tmp_path / "memo"
    progress: list[int] = []
    page.progress.valueChanged.connect(progress.append)
    export_to(page, qtbot, monkeypatch, out)
    written = tmp_path / "memo.pdf"  # the suffix is added
    assert written.exists()
    assert page.last_export == written
    assert str(written) in page.status_label.text()
    assert progress and max(progress) == 100
    qtbot.waitUntil(lambda: page.pdf_document.status() == QPdfDocument.Status.Ready)
    assert page.pdf_document.pageCount() == len(pypdf.PdfReader(str(written)).pages)
    assert page.preview_stack.currentWidget() is page.pdf_view
    text = pdf_text(written)
    assert session.case.meta().marking in text
    assert "Public statement naming the attacks" in text

    opened: list[QUrl] = []
    monkeypatch.setattr(OPEN_URL, lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(written))]


def test_export_uses_the_chosen_statuses_and_marking(page, session, qtbot, monkeypatch, tmp_path):
    page.status_checks["rejected"].setChecked(False)
    page.marking_edit.setText("FOR THE MINISTER ONLY")
    out = tmp_path / "short.pdf"
    export_to(page, qtbot, monkeypatch, out)
    text = " ".join(pdf_text(out).split())
    assert "FOR THE MINISTER ONLY" in text
    decisions = session.case.decisions(session.revision().id)
    rationale = {d.status: " ".join(d.rationale.split())[:40] for d in decisions}
    assert rationale["considered"] in text
    assert rationale["rejected"] not in text  # the rejected options are left out


def test_export_commits_a_bottom_line_still_being_typed(page, session, qtbot, monkeypatch, tmp_path):
    page.bottom_line_edit.setFocus()
    page.bottom_line_edit.selectAll()  # the field holds the draft: write over it
    qtbot.keyClicks(page.bottom_line_edit, "Act now on mediation.")
    export_to(page, qtbot, monkeypatch, tmp_path / "typed.pdf")
    assert saved_bottom_line(session) == "Act now on mediation."
    assert "Act now on mediation." in pdf_text(tmp_path / "typed.pdf")


def test_cancelled_dialog_exports_nothing(page, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(SAVE_DIALOG, lambda *args, **kwargs: ("", ""))
    page.export()
    assert not page.exporting()
    assert page.last_export is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_export_failure_is_explained_and_leaves_the_page_usable(page, qtbot, monkeypatch, tmp_path):
    export_to(page, qtbot, monkeypatch, tmp_path / "no such folder" / "memo.pdf")
    assert "could not be written" in page.status_label.text()
    assert page.export_button.isEnabled()
    assert page.last_export is None
    assert not page.open_button.isEnabled()


def test_read_only_case_exports_but_does_not_edit(case_path, qtbot, monkeypatch, tmp_path):
    case = CaseFile.open(case_path, read_only=True)
    try:
        window = FakeWindow(CaseSession(case))
        qtbot.addWidget(window)
        page = window.add(MemoPage)
        assert page.bottom_line_edit.isReadOnly()
        assert not page.draft_button.isEnabled()
        export_to(page, qtbot, monkeypatch, tmp_path / "ro.pdf")
        assert (tmp_path / "ro.pdf").exists()
        page.wait_for_export()
    finally:
        case.close()


def test_every_control_has_an_accessible_name(page):
    assert_controls_named_and_reachable(page)


def test_memo_of_a_protected_case_warns_that_the_pdf_is_not_protected(case_path, qtbot, monkeypatch, tmp_path):
    from atrocity_desk.core.memo import PROTECTED_MEMO_WARNING
    from atrocity_desk.core.storage.protection import protect

    passphrase = b"a memo page passphrase"
    protect(case_path, bytearray(passphrase))
    case = CaseFile.open(case_path, passphrase=bytearray(passphrase))
    try:
        window = FakeWindow(CaseSession(case))
        qtbot.addWidget(window)
        page = window.add(MemoPage)
        export_to(page, qtbot, monkeypatch, tmp_path / "protected.pdf")
        assert PROTECTED_MEMO_WARNING in page.status_label.text()
        assert (tmp_path / "protected.pdf").stat().st_mode & 0o777 == 0o600
        page.wait_for_export()
    finally:
        case.close()


def test_preview_shows_the_memo_without_an_export(page, session, qtbot, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    assert page.preview_stack.currentWidget() is page.preview_empty
    before = set(tmp_path.iterdir()) | set(session.case.path.parent.iterdir())
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.exporting(), timeout=60000)
    assert page.preview_stack.currentWidget() is page.pdf_view
    assert page.pdf_document.status() == QPdfDocument.Status.Ready and page.pdf_document.pageCount() >= 2
    assert page.last_export is None  # nothing saved, nothing to open
    assert set(tmp_path.iterdir()) | set(session.case.path.parent.iterdir()) == before


@pytest.mark.parametrize(("window_lang", "memo_lang", "heading", "other"), [
    ("en", "fr", "NOTE DE DÉCISION", "DECISION MEMO"),
    ("fr", "en", "DECISION MEMO", "NOTE DE DÉCISION"),
])
def test_the_memo_has_its_own_language_whatever_the_windows(session, qtbot, monkeypatch, tmp_path, window_lang, memo_lang, heading, other):
    # Issue 21: a French memo for a meeting in Bamako from a window in English, and the reverse.
    from atrocity_desk.ui import language

    language.apply(window_lang)
    try:
        window = FakeWindow(session)
        qtbot.addWidget(window)
        page = window.add(MemoPage)
        page.language_combo.setCurrentIndex(page.language_combo.findData(memo_lang))
        out = tmp_path / "memo.pdf"
        export_to(page, qtbot, monkeypatch, out)
        text = pdf_text(out)
        assert heading in text and other not in text
        page.language_combo.setCurrentIndex(0)  # the window's language
        assert page.settings().lang == window_lang
    finally:
        language.apply("en")
