"""The main window: pages, menus and shortcuts, case files, refusals, read-only, settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui import dialogs
from atrocity_desk.ui.app import open_initial_case
from atrocity_desk.ui.main_window import EXAMPLE_NAME, MainWindow, app_settings, recent_files
from atrocity_desk.ui.pages import PAGE_IDS, page_classes

PAGE_CLASSES = page_classes()

PAGE_ORDER = ["Overview", "Actors and groups", "Situation", "Risk factors", "Aim", "Toolbox", "Decisions", "Strategy", "Revisions", "Memo"]


def test_pages_are_in_the_workflow_order():
    assert [cls.title for cls in PAGE_CLASSES] == PAGE_ORDER
    assert len({cls.page_id for cls in PAGE_CLASSES}) == len(PAGE_CLASSES)
    # The window lists them before their code is imported (issue 22): the same ids, in the same order.
    assert [cls.page_id for cls in PAGE_CLASSES] == list(PAGE_IDS)


def test_the_other_pages_are_the_real_ones():
    from atrocity_desk.ui.pages.decisions import DecisionsPage
    from atrocity_desk.ui.pages.memo_page import MemoPage
    from atrocity_desk.ui.pages.toolbox import ToolboxPage

    assert PAGE_CLASSES[5:7] == [ToolboxPage, DecisionsPage] and PAGE_CLASSES[9] is MemoPage


def test_every_page_is_reachable_with_ctrl_and_a_number(main_window, qtbot):
    for number, page_class in enumerate(PAGE_CLASSES, start=1):
        action = main_window.page_actions[number - 1]
        assert action.shortcut() == QKeySequence(f"Ctrl+{number}")
        action.trigger()
        qtbot.waitUntil(lambda: main_window.current_page().page_id == page_class.page_id)
        assert main_window.nav.currentRow() == number - 1


def test_navigation_list_is_keyboard_reachable(main_window, qtbot):
    nav = main_window.nav
    assert nav.accessibleName() == "Pages"
    assert nav.focusPolicy() & Qt.FocusPolicy.TabFocus
    nav.setFocus()
    main_window.show_page("overview")
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: main_window.current_page().page_id == "actors")


def test_menus_hold_the_commands_with_their_shortcuts(main_window):
    shortcuts = {text: keys for _, text, keys in dialogs.shortcut_rows(main_window.menus())}
    expected = {"New Case": "Ctrl+N", "Open": "Ctrl+O", "Save a Copy": "Ctrl+Shift+S", "Export Memo": "Ctrl+E",
                "Close Case": "Ctrl+W", "Quit": "Ctrl+Q"}
    for text, keys in expected.items():
        assert shortcuts[text] == keys
    assert "Ctrl+Z" in shortcuts["Undo"]
    titles = [a.text() for a in main_window.file_menu.actions()]
    assert "Open &Recent" in titles and "Open &Example Case" in titles


def test_shortcuts_dialog_lists_every_action_with_a_shortcut(main_window):
    dialog = dialogs.ShortcutsDialog(dialogs.shortcut_rows(main_window.menus()), [], main_window)
    listed = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    for _, actions in main_window.menus():
        for action in actions:
            if not action.shortcut().isEmpty():
                assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in " ".join(listed)
    assert "Ctrl+9" in listed


def test_about_the_evidence_shows_the_source_and_the_caveats(main_window):
    dialog = dialogs.EvidenceAboutDialog(main_window.evidence, main_window)
    text = dialog.browser.toPlainText()
    assert "World Peace Foundation" in text
    assert "associations, not causes" in text
    assert "political strategy" in text


def test_refuses_a_file_that_is_not_a_case(main_window, tmp_path, messages):
    bogus = tmp_path / "notes.atrocase"
    bogus.write_text("just some notes", encoding="utf-8")
    before = bogus.read_bytes()
    assert not main_window.open_case(bogus)
    assert messages.titles() == ["Not a case file"]
    assert "not an Atrocity Desk case file" in messages.texts()
    assert bogus.read_bytes() == before
    assert main_window.session is not None  # the open case stays open


def test_refuses_another_applications_database(main_window, tmp_path, messages):
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert not main_window.open_case(other)
    assert messages.titles() == ["Not an Atrocity Desk case"]


def test_second_instance_opens_read_only_with_a_banner(qtbot, case_path, messages):
    holder = CaseFile.open(case_path)  # another instance holds the file
    try:
        window = MainWindow(settings=app_settings())
        qtbot.addWidget(window)
        window.show()
        assert window.open_case(case_path)
        assert window.session.read_only
        assert window.banner.isVisible()
        assert "another Atrocity Desk" in window.banner.text()
        assert "(read-only)" in window.windowTitle()
        overview = window.show_page("overview")
        assert overview.edits["title"].isReadOnly()
        assert not messages.shown
        window.close()
    finally:
        holder.close()


def test_banner_hidden_when_the_case_is_writable(main_window):
    assert not main_window.session.read_only
    assert not main_window.banner.isVisible()


def test_session_errors_are_shown_in_a_message_box(main_window, messages):
    main_window.session.error.emit("Change not saved", "The disk is full.")
    assert messages.shown == [("warning", "Change not saved", "The disk is full.")]


def test_recent_files_remember_opened_cases(main_window, case_path):
    assert recent_files(main_window.settings)[0] == str(case_path)
    main_window._fill_recent_menu()
    assert case_path.name in main_window.recent_menu.actions()[0].text()


def test_first_start_writes_the_example_into_app_data_and_opens_it(qtbot, isolated_settings):
    window = MainWindow(settings=app_settings())
    qtbot.addWidget(window)
    assert recent_files(window.settings) == []
    assert open_initial_case(window, None)
    example = isolated_settings / "data" / EXAMPLE_NAME
    assert example.exists()
    assert window.session.case.path == example
    assert window.session.case.meta().title.startswith("Kessara")
    window.close()


def test_next_start_opens_the_most_recent_case(qtbot, case_path):
    settings = app_settings()
    settings.setValue("recent_files", [str(case_path)])
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert open_initial_case(window, None)
    assert window.session.case.path == case_path
    window.close()


def test_settings_never_touch_the_real_location(isolated_settings):
    assert Path(app_settings().fileName()).is_relative_to(isolated_settings)
    assert Path(QSettings("AtrocityDesk", "Atrocity Desk").fileName()).is_relative_to(isolated_settings)


def test_window_geometry_and_page_are_remembered(qtbot, case_path):
    window = MainWindow(settings=app_settings())
    qtbot.addWidget(window)
    window.show()
    window.open_case(case_path)
    window.resize(700, 500)
    window.show_page("aim")
    window.close()
    settings = app_settings()
    assert settings.value("window/page") == "aim"
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    again.open_case(case_path)
    assert again.current_page().page_id == "aim"
    assert (again.size().width(), again.size().height()) == (700, 500)
    again.close()


def test_new_case_creates_an_empty_case(main_window, tmp_path, monkeypatch):
    target = tmp_path / "Fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert main_window.new_case()
    assert main_window.session.case.path == tmp_path / "Fresh.atrocase"
    assert main_window.session.case.meta().title == "Fresh"
    assert main_window.current_page().page_id == "overview"


def test_new_case_refuses_to_overwrite(main_window, case_path, monkeypatch, messages):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(case_path), ""))
    assert not main_window.new_case()
    assert messages.titles() == ["File already exists"]


def test_open_dialog_opens_the_chosen_case(main_window, tmp_path, monkeypatch):
    from atrocity_desk.core.example import write_example_case

    other = tmp_path / "other.atrocase"
    write_example_case(other).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    assert main_window.open_dialog()
    assert main_window.session.case.path == other


def test_save_a_copy_writes_a_complete_standalone_file(main_window, tmp_path, monkeypatch):
    target = tmp_path / "copy.atrocase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert main_window.save_copy() == target
    with CaseFile.open(target, read_only=True) as copy:
        assert copy.meta().title == main_window.session.case.meta().title
        assert copy.check() == []
    assert main_window.session.case.path != target  # still working on the original


def test_close_case_shows_the_start_panel(main_window, case_path):
    main_window.close_action.trigger()
    assert main_window.session is None
    assert main_window.outer_stack.currentWidget() is main_window.start_panel
    assert not main_window.export_action.isEnabled()
    # The file is free again: another window can open it for editing.
    with CaseFile.open(case_path) as case:
        assert not case.read_only


def test_export_memo_shows_the_memo_page(main_window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    main_window.export_action.trigger()
    assert main_window.current_page().page_id == "memo"


def test_replacing_the_case_refreshes_every_page(main_window, tmp_path):
    from atrocity_desk.core.models import CaseMeta

    other = tmp_path / "second.atrocase"
    CaseFile.create(other, CaseMeta(title="Second case")).close()
    assert main_window.open_case(other)
    overview = main_window.show_page("overview")
    assert overview.edits["title"].text() == "Second case"
    assert all(page.session is main_window.session for page in main_window.pages)
    assert "Second case" in main_window.windowTitle()


def test_go_to_factor_selects_it_on_the_situation_page(main_window):
    main_window.go_to_factor("perpetrator_goals_met")
    page = main_window.current_page()
    assert page.page_id == "situation"
    assert page.factor.id == "perpetrator_goals_met"


def test_opening_the_open_case_again_keeps_it_writable(main_window, case_path):
    session = main_window.session
    assert main_window.open_case(case_path)
    assert main_window.session is session and not session.read_only


def test_open_example_case_from_the_menu(main_window, isolated_settings):
    main_window.example_action.trigger()
    assert main_window.session.case.path == isolated_settings / "data" / EXAMPLE_NAME
    assert not main_window.session.read_only
    main_window.example_action.trigger()  # again: the same file, still writable
    assert not main_window.session.read_only


def test_shortcuts_dialog_opens_from_help(main_window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs.ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    main_window.shortcuts_action.trigger()
    table = shown[0].table
    rows = [(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())]
    assert ("Export Memo", "Ctrl+E") in rows
    assert any(keys == "P, A, U" for _, keys in rows)


def test_an_undo_made_on_another_page_survives_closing_the_case(main_window, case_path):  # noqa: ANN001
    """The Overview, hidden and behind on the case, must not write its old text back when edits are
    committed (closing, exporting, switching language)."""
    original = main_window.session.case.meta().analyst
    main_window.show_page("overview")
    main_window.session.set_meta(analyst="A. Analyst")
    main_window.show_page("toolbox")
    main_window.undo_action.trigger()
    assert main_window.session.case.meta().analyst == original
    main_window.close_case()
    assert main_window.open_case(case_path)
    assert main_window.session.case.meta().analyst == original


def test_a_case_opened_after_the_decisions_page_was_shown_edits_its_own_design(main_window, tmp_path, qtbot):
    # The design editor and the option's verdict live inside the Decisions page: they must follow
    # the page to the next case, not keep the closed one (which raised "closed database").
    from atrocity_desk.core.example import write_example_case

    main_window.show_page("decisions")
    main_window.close_case()
    other = tmp_path / "other.atrocase"
    write_example_case(other).close()
    assert main_window.open_case(other)
    page = main_window.show_page("decisions")
    qtbot.wait(10)
    assert page.design_editor.session is main_window.session
    assert page.option_verdict.session is main_window.session
    main_window.session.changed.emit("design")  # what an edit announces; must not touch the old case
    assert page.option_verdict.option() is not None
