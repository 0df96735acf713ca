"""Actors and groups: tables per kind with add, edit and delete through the session; the outside
risk estimate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui import dialogs
from atrocity_desk.ui.dialogs import ActorDialog


def stored_actors(path, kind):  # noqa: ANN001, ANN201
    with CaseFile.open(path, read_only=True) as case:
        return [a for a in case.actors(case.latest_revision().id) if a.kind == kind]


def answer_actor_dialog(monkeypatch, fields):  # noqa: ANN001
    monkeypatch.setattr(dialogs, "ask_actor", lambda *args, **kwargs: dict(fields))


def test_add_a_key_actor(main_window, monkeypatch, case_path):
    page = main_window.show_page("actors")
    panel = page.panels["perpetrator"]
    before = panel.model.rowCount()
    answer_actor_dialog(monkeypatch, {"name": "Presidential Guard", "actor_type": "state", "motive": "Keep the council in power",
                                      "means": "Armoured units", "opportunity": "Curfew in the capital", "notes": ""})
    panel.add_button.click()
    assert panel.model.rowCount() == before + 1
    added = stored_actors(case_path, "perpetrator")[-1]
    assert (added.name, added.actor_type, added.means) == ("Presidential Guard", "state", "Armoured units")
    assert panel.table.current_row() == before
    assert page.tabs.tabText(0) == f"Key actors ({before + 1})"


def test_edit_and_delete_with_the_keyboard_and_undo(main_window, qtbot, monkeypatch, case_path):
    page = main_window.show_page("actors")
    page.tabs.setCurrentIndex(1)
    panel = page.panels["group_at_risk"]
    names = [a.name for a in stored_actors(case_path, "group_at_risk")]
    panel.table.setFocus()
    panel.table.select_row(0)
    answer_actor_dialog(monkeypatch, {"name": "Ñambé villagers of Harun", "notes": "About 40,000 displaced"})
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert stored_actors(case_path, "group_at_risk")[0].name == "Ñambé villagers of Harun"
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(stored_actors(case_path, "group_at_risk")) == len(names) - 1
    main_window.undo_action.trigger()  # the delete
    main_window.undo_action.trigger()  # the edit
    assert [a.name for a in stored_actors(case_path, "group_at_risk")] == names
    assert panel.model.rowCount() == len(names)


def test_help_texts_come_from_the_checklist(main_window):
    page = main_window.show_page("actors")
    guide = main_window.session.checklist.actors
    assert page.tabs.count() == 6  # key actors, enablers, groups, protectors, triggers, resilience

    def texts(widget):  # noqa: ANN001, ANN202
        return " ".join(label.text() for label in widget.findChildren(QLabel))

    assert guide.triggers_help[:60] in texts(page.panels["trigger"])
    assert guide.resilience_help[:60] in texts(page.panels["resilience"])
    for kind in guide.kinds:
        assert kind.help[:60] in texts(page.panels[kind.id])
    assert guide.risk_estimate_help[:60] in texts(page)


def test_actor_dialog_asks_motive_means_opportunity_for_key_actors(main_window, qtbot):
    checklist = main_window.session.checklist
    dialog = ActorDialog("perpetrator", "Key actors", checklist)
    qtbot.addWidget(dialog)
    assert dialog.motive_edit is not None and dialog.type_combo is not None
    assert dialog.motive_edit.toolTip() == checklist.actors.motive_help
    dialog.name_edit.setText("Militia")
    dialog.means_edit.setPlainText("Rifles")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("non_state"))
    assert dialog.fields() == {"name": "Militia", "notes": "", "actor_type": "non_state", "motive": "", "means": "Rifles", "opportunity": ""}
    group = ActorDialog("group_at_risk", "Groups at risk", checklist)
    qtbot.addWidget(group)
    assert group.motive_edit is None and group.type_combo is None


def test_actor_dialog_needs_a_name(main_window, qtbot):
    dialog = ActorDialog("trigger", "Triggers", main_window.session.checklist)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.name_edit.placeholderText() == "A name is needed"


def test_outside_risk_estimate_is_saved_on_the_revision(main_window, qtbot, case_path):
    page = main_window.show_page("actors")
    edit = page.estimate_edits["risk_estimate"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "4.2% (rank 20 of 162)")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    with CaseFile.open(case_path, read_only=True) as case:
        assert case.latest_revision().risk_estimate == "4.2% (rank 20 of 162)"


def test_every_actor_table_sorts_and_edits_the_row_it_shows(main_window, qtbot, monkeypatch, case_path):
    """The recorded order of actors means nothing: each table sorts by a click on a column, and
    Enter, Delete and Add act on the actor shown in the sorted row, not on the stored position."""
    page = main_window.show_page("actors")
    for kind, panel in page.panels.items():
        assert panel.table.isSortingEnabled(), kind
    page.tabs.setCurrentIndex(list(page.panels).index("group_at_risk"))
    panel = page.panels["group_at_risk"]
    names = [a.name for a in stored_actors(case_path, "group_at_risk")]
    assert len(names) >= 2
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = [panel.table.model().index(r, 0).data() for r in range(panel.table.model().rowCount())]
    assert shown == sorted(names, key=str.casefold) and shown != names
    panel.table.setFocus()
    panel.table.select_row(0)
    answer_actor_dialog(monkeypatch, {"name": "Aa renamed", "notes": ""})
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    renamed = [a.name for a in stored_actors(case_path, "group_at_risk")]
    assert renamed == [("Aa renamed" if n == shown[0] else n) for n in names]
    answer_actor_dialog(monkeypatch, {"name": "Ab added", "notes": ""})
    panel.add_button.click()
    assert panel.actor_at(panel.table.current_row()).name == "Ab added"
    assert panel.table.current_row() == 1  # stored last, shown second when sorted A to Z
    panel.table.select_row(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "Aa renamed" not in [a.name for a in stored_actors(case_path, "group_at_risk")]
