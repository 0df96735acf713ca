"""The Early Warning Project's estimate, offered under the case's country: recorded only on a click,
undoable; a newer edition imported from the window, a bad one refused with the old one kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from atrocity_desk.core.storage import CaseFile


def stored_revision(path):
    with CaseFile.open(path, read_only=True) as case:
        return case.latest_revision()


def set_country(qtbot, page, text):  # noqa: ANN001
    edit = page.edits["country"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editingFinished


def test_setting_the_country_offers_its_estimate_and_one_click_records_it(main_window, qtbot, case_path):
    page = main_window.show_page("overview")
    offer = page.risk_offer
    before = stored_revision(case_path)
    set_country(qtbot, page, "Myanmar")
    qtbot.waitUntil(lambda: offer.record_button.isVisible())
    assert "Burma/Myanmar: 10.4% estimated risk of a new state-led mass killing" in offer.text.text()
    assert "Statistical Risk Assessment 2025–26" in offer.text.text() and "2025-09-03" in offer.text.text()
    assert "non-state groups" in offer.scope.text()
    assert stored_revision(case_path).risk_estimate == before.risk_estimate  # offered, never recorded silently

    qtbot.mouseClick(offer.record_button, Qt.MouseButton.LeftButton)
    recorded = stored_revision(case_path)
    assert recorded.risk_estimate == "10.4% estimated risk of a new state-led mass killing starting in 2025 or 2026 (rank 1 of 168)"
    assert recorded.risk_estimate_source == "Early Warning Project, Statistical Risk Assessment 2025–26, USHMM, 2025"
    assert recorded.risk_estimate_date == "2025-09-03"
    assert not offer.record_button.isEnabled() and "Recorded" in offer.text.text()
    assert main_window.show_page("actors").estimate_edits["risk_estimate"].text() == recorded.risk_estimate

    main_window.show_page("overview")
    main_window.undo_action.trigger()
    undone = stored_revision(case_path)
    assert (undone.risk_estimate, undone.risk_estimate_source, undone.risk_estimate_date) == (
        before.risk_estimate, before.risk_estimate_source, before.risk_estimate_date)
    assert offer.record_button.isEnabled()


def test_a_country_the_data_lacks_gives_the_closest_names_and_nothing_to_record(main_window, qtbot):
    page = main_window.show_page("overview")
    set_country(qtbot, page, "Kyrgyzstn")
    qtbot.waitUntil(lambda: "Closest names: Kyrgystan" in page.risk_offer.text.text())
    assert not page.risk_offer.record_button.isVisible()


def test_a_newer_edition_is_imported_from_the_window_and_a_bad_one_refused(main_window, qtbot, messages, monkeypatch, tmp_path):
    page = main_window.show_page("overview")
    offer = page.risk_offer
    set_country(qtbot, page, "Chad")
    qtbot.waitUntil(lambda: "rank 2 of 168" in offer.text.text())
    newer = tmp_path / "final_forecasts_data_2Sep2026.csv"
    newer.write_text("country,cow_code,risk_2026_2027,rank_2026_2027\nChad,483,0.09,1\nSudan,625,0.05,2\n", encoding="utf-8")
    chosen = [str(newer)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen.pop(0), ""))
    qtbot.mouseClick(offer.import_button, Qt.MouseButton.LeftButton)
    assert messages.titles() == ["Risk table imported"]
    assert "2026 edition — Chad: 9.00% estimated risk of a new state-led mass killing starting in 2026 or 2027 (rank 1 of 2)" in offer.text.text()

    bad = tmp_path / "bad.csv"
    bad.write_text("country,cow_code,risk_2027_2028,rank_2027_2028\nChad,483,0.09,one\n", encoding="utf-8")
    chosen.append(str(bad))
    qtbot.mouseClick(offer.import_button, Qt.MouseButton.LeftButton)
    assert messages.titles()[-1] == "Risk table refused"
    assert "bad.csv: row 2 (Chad): field rank_2027_2028" in messages.texts()
    assert offer.edition.edition == "2026" and "(rank 1 of 2)" in offer.text.text()
    stored = Path(main_window_data_dir()) / "risk"
    assert sorted(p.name for p in stored.iterdir()) == ["ewp-statistical-risk-2026.csv", "ewp-statistical-risk-2026.json"]


def main_window_data_dir() -> Path:
    from atrocity_desk.ui.main_window import app_data_dir

    return app_data_dir()
