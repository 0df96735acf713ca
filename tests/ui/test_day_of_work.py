"""Defects a desk officer hit in a day's real use (issue 12), each driven through the real widgets."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from atrocity_desk.core.errors import CaseWriteError
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.core.storage.casefile import _write_failure_message
from atrocity_desk.ui.main_window import MainWindow, app_settings


def stored(path):  # noqa: ANN001, ANN201
    return CaseFile.open(path, read_only=True)


def type_into(qtbot, edit, text):  # noqa: ANN001
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# -- 2. a marking chosen from the suggestion list is saved --


def test_a_marking_chosen_from_the_suggestion_list_is_saved(main_window, qtbot, case_path):
    page = main_window.show_page("overview")
    edit = page.edits["marking"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "SEC")
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(edit.completer().completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # choose "SECRET" from the list
    assert edit.text() == "SECRET"
    with stored(case_path) as case:
        assert case.meta().marking == "SECRET"
    assert page.marking_label.text() == "SECRET"


def test_a_marking_highlighted_in_the_list_is_saved_when_tab_moves_on(main_window, qtbot, case_path):
    page = main_window.show_page("overview")
    edit = page.edits["marking"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "RES")
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # highlights "RESTRICTED": the field shows it
    assert edit.text() == "RESTRICTED"
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    edit.clearFocus()
    with stored(case_path) as case:
        assert case.meta().marking == "RESTRICTED"


# -- 3. a failed save keeps the typed text, gives the true cause and offers Save a Copy --


def test_a_save_that_fails_because_the_file_was_deleted_keeps_the_text(main_window, qtbot, case_path, messages):
    page = main_window.show_page("overview")
    case_path.unlink()  # deleted (or moved) while open
    type_into(qtbot, page.edits["title"], "Typed after the file went away")
    assert page.edits["title"].text() == "Typed after the file went away"
    kind, title, text = messages.shown[-1]
    assert title == "Change not saved"
    assert "moved or deleted" in text and "read-only" not in text
    assert "Save a Copy" in text
    page.narrative_edit.setFocus()
    page.narrative_edit.setPlainText("A narrative that cannot be written")
    page.edits["country"].setFocus()  # leaving the field saves it, which fails
    assert page.narrative_edit.toPlainText() == "A narrative that cannot be written"
    copy = main_window.session.case.save_copy(case_path.with_name("rescued.atrocase"))
    with CaseFile.open(copy, read_only=True) as rescued:
        assert rescued.meta().title == "Kessara: mass atrocity risk in Harun province" or rescued.meta().title


def test_a_save_that_fails_because_the_folder_is_read_only_says_so(main_window, qtbot, case_path, messages, monkeypatch):
    import os

    page = main_window.show_page("overview")
    real_access = os.access
    # CI runs as root, for whom permissions do not bite: the folder looks read-only and the write
    # fails as SQLite reports it then.
    monkeypatch.setattr(os, "access", lambda p, m: False if (str(p) == str(case_path.parent) and m == os.W_OK) else real_access(p, m))

    def refused(**fields):  # noqa: ANN003, ANN202
        raise CaseWriteError(_write_failure_message(case_path, sqlite3.OperationalError("attempt to write a readonly database")))

    monkeypatch.setattr(main_window.session.case, "set_meta", refused)
    type_into(qtbot, page.edits["country"], "Typed into a read-only folder")
    assert page.edits["country"].text() == "Typed into a read-only folder"
    text = messages.shown[-1][2]
    assert "the folder holding the file is read-only" in text and "Save a Copy" in text


# -- 4. deleting an objective removes the options' links to it; undo restores them --


def test_deleting_an_objective_unlinks_options_and_undo_relinks_them(main_window, case_path, text_answers):
    page = main_window.show_page("aim")
    session = main_window.session
    revision = session.revision().id
    last_row = page.model.rowCount() - 1
    last = page.model.objective_at(last_row)
    option = next(d for d in session.case.decisions(revision))
    session.update_decision(option.id, objectives=[*option.objectives, last.id])
    page.list_view.setCurrentIndex(page.model.index(last_row, 0))
    assert page.delete_objective(last_row)
    text_answers.append("A new objective nobody chose")
    assert page.add_objective()
    with stored(case_path) as case:
        new = case.objectives(revision)[-1]
        assert new.text == "A new objective nobody chose"
        assert new.id not in case.decision(option.id).objectives
    main_window.undo_action.trigger()  # the new objective
    main_window.undo_action.trigger()  # the deletion, links included
    with stored(case_path) as case:
        assert last.id in case.decision(option.id).objectives
        assert case.objectives(revision)[-1].text == last.text


# -- 5. the mouse wheel over a drop-down that has no focus scrolls, never changes a value --


def wheel(widget, steps=-1):  # noqa: ANN001, ANN201
    point = QPointF(widget.rect().center())
    event = QWheelEvent(point, QPointF(widget.mapToGlobal(point.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_drop_down_changes_nothing_on_any_page(main_window, qtbot, case_path):
    tried = 0
    for page in main_window.pages:
        main_window.show_page(page.page_id)
        for combo in page.findChildren(QComboBox):
            if not combo.isVisible() or not combo.isEnabled() or combo.count() < 2:
                continue
            main_window.nav.setFocus()
            before = combo.currentIndex()
            wheel(combo, -1)
            wheel(combo, 1)
            wheel(combo, -1)
            assert combo.currentIndex() == before, f"{page.page_id}: {combo.accessibleName()}"
            tried += 1
    assert tried >= 3
    assert not main_window.session.undo_stack.canUndo()


def test_the_wheel_over_a_focused_drop_down_still_chooses(main_window, qtbot):
    page = main_window.show_page("situation")
    combo = next(c for c in page.findChildren(QComboBox) if c.isVisible() and c.count() >= 2)
    combo.setFocus()
    combo.setCurrentIndex(0)
    wheel(combo, -1)
    assert combo.currentIndex() == 1


# -- 7. Ctrl+Z in a text field with nothing of its own to undo reaches the case's undo stack --


def test_ctrl_z_in_a_text_field_undoes_the_last_case_edit(main_window, qtbot, case_path):
    page = main_window.show_page("overview")
    type_into(qtbot, page.edits["country"], "Harun")
    edit = page.edits["analyst"]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    assert not edit.isUndoAvailable()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with stored(case_path) as case:
        assert case.meta().country != "Harun"
    assert page.edits["country"].text() != "Harun"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with stored(case_path) as case:
        assert case.meta().country == "Harun"


def test_ctrl_z_in_a_text_field_first_undoes_its_own_typing(main_window, qtbot, case_path):
    page = main_window.show_page("overview")
    edit = page.edits["analyst"]
    before = edit.text()
    edit.setFocus()
    qtbot.keyClicks(edit, "xyz")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == before  # the field's own typing went; the case was not touched
    assert not main_window.session.undo_stack.canRedo()


# -- 8. the editor's name follows the analyst field --


def test_the_editor_name_follows_the_analyst_field(main_window, qtbot, case_path):
    page = main_window.show_page("overview")
    type_into(qtbot, page.edits["analyst"], "Amara Diallo")
    type_into(qtbot, page.edits["country"], "Harun province, Kessara")
    assert main_window.session.new_revision("2099-01-01", "Later look")
    with stored(case_path) as case:
        assert case.latest_revision().created_by == "Amara Diallo"
        who = case.conn.execute("SELECT who FROM audit WHERE action = 'set case details' ORDER BY id DESC LIMIT 1").fetchone()
        assert who[0] == "Amara Diallo"


# -- 12. titles: empty and very long; undo texts in planner words --


def test_an_empty_title_shows_as_untitled_in_window_and_overview(main_window, qtbot):
    page = main_window.show_page("overview")
    type_into(qtbot, page.edits["title"], "   ")
    assert page.title_label.text() == "Untitled case"
    assert main_window.windowTitle().startswith("Untitled case — ")


def test_a_very_long_title_is_refused_past_the_limit_and_cut_in_headings(main_window, qtbot, case_path):
    from atrocity_desk.core.models import TITLE_MAX, TITLE_SHOWN

    page = main_window.show_page("overview")
    type_into(qtbot, page.edits["title"], "Kessara " * 700)
    with stored(case_path) as case:
        assert len(case.meta().title) <= TITLE_MAX
    assert len(page.title_label.text()) <= TITLE_SHOWN
    assert len(main_window.windowTitle()) < TITLE_SHOWN + 80


def test_undo_texts_use_the_planners_words(main_window, qtbot):
    page = main_window.show_page("situation")
    factor = page.factor
    page._set(value=factor.value_ids()[0] if page.current_value() != factor.value_ids()[0] else factor.value_ids()[1])
    text = main_window.undo_action.text()
    assert factor.id not in text and factor.label in text
    risk = main_window.show_page("risk_factors")
    risk.select_risk_factor("rf12")
    indicator = risk.indicator_model.indicator_at(0)
    risk.judge_indicator(0, "value", "absent" if risk.indicator_model.index(0, 1).data() == "Present" else "present")
    text = main_window.undo_action.text()
    assert indicator.id not in text and f"indicator {indicator.number_label}" in text


# -- 12. the read-only banner of a second window goes once the first window closes --


def test_a_second_windows_read_only_banner_goes_when_the_first_closes(main_window, qtbot, case_path):
    from PySide6.QtCore import QEvent

    second = MainWindow(settings=app_settings())
    qtbot.addWidget(second)
    second.show()
    assert second.open_case(case_path)
    assert second.session.read_only and second.banner.isVisible()
    main_window.close()
    QApplication.sendEvent(second, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: not second.session.read_only)
    assert not second.banner.isVisible()
    assert second.session.set_meta(country="Edited in the second window")
    second.close()


# -- 6. an export finishing after another case was opened is not shown as that case's memo --


def test_an_export_running_while_another_case_opens_stays_with_its_own_case(main_window, qtbot, tmp_path):
    from atrocity_desk.core.example import write_example_case

    other = tmp_path / "other.atrocase"
    write_example_case(other).close()
    page = main_window.show_page("memo")
    first_case = main_window.session.case.path
    out = tmp_path / "first memo.pdf"
    page.start_export(out)
    assert main_window.open_case(other)  # while the first case's memo is being built
    assert page.wait_for_export()
    qtbot.waitUntil(lambda: not page.exporting())
    assert out.exists()
    assert page.last_export is None and not page.open_button.isEnabled()
    assert page.preview_stack.currentWidget() is page.preview_empty
    assert first_case.name in page.status_label.text()


# -- 10. dates are checked --


def test_a_risk_estimate_date_that_is_not_a_date_is_refused_and_kept(main_window, qtbot, case_path, messages):
    page = main_window.show_page("actors")
    edit = page.estimate_edits["risk_estimate_date"]
    type_into(qtbot, edit, "next tuesday-ish")
    assert messages.titles()[-1] == "Date not accepted"
    assert edit.text() == "next tuesday-ish"
    with stored(case_path) as case:
        assert case.latest_revision().risk_estimate_date != "next tuesday-ish"
    type_into(qtbot, edit, "2026-02-30")  # not a calendar date
    with stored(case_path) as case:
        assert case.latest_revision().risk_estimate_date != "2026-02-30"
    type_into(qtbot, edit, "2026-03-31")
    with stored(case_path) as case:
        assert case.latest_revision().risk_estimate_date == "2026-03-31"


def test_a_new_revision_cannot_be_dated_before_the_previous_one(main_window, qtbot, case_path, messages, monkeypatch):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialog

    from atrocity_desk.ui.dialogs import NewRevisionDialog

    previous = main_window.session.revision().assessed_on

    def choose_an_early_date(dialog):  # noqa: ANN001, ANN202
        dialog.date_edit.setDate(QDate(2000, 1, 1))  # what a planner would type
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewRevisionDialog, "exec", choose_an_early_date)
    page = main_window.show_page("revisions")
    assert page.start_new_revision()
    assert main_window.session.revision().assessed_on >= previous
    assert not main_window.session.new_revision("2000-01-01", "Backdated")
    assert messages.titles()[-1] == "Date not accepted"
    with stored(case_path) as case:
        assert case.latest_revision().assessed_on >= previous
