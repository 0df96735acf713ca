"""The planner's whole journey through the real main window, checking the case file at each step:
create a case, answer factors (one set back to unknown), read a family's evidence, record two
options with evidence-to-decision judgments, undo and redo, start a new revision and compare it,
export the memo."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from atrocity_desk.core.evidence import load_evidence
from atrocity_desk.core.fit import evidence_fit
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui import dialogs
from atrocity_desk.core.vocabulary import verdict_label
from atrocity_desk.ui.main_window import MainWindow, app_settings


def read_case(path: Path):  # noqa: ANN201 - a snapshot of what the file holds, read by a second connection
    with CaseFile.open(path, read_only=True) as case:
        revision = case.latest_revision()
        return {
            "meta": case.meta(),
            "revisions": case.revisions(),
            "answers": case.factor_answers(revision.id),
            "judgments": case.judgments(revision.id, "factor"),
            "decisions": case.decisions(revision.id),
            "bottom_line": revision.bottom_line,
        }


def answer(qtbot, window: MainWindow, factor_id: str, value: str | None) -> None:
    """Choose an answer on the Situation page as a planner does: click its radio button."""
    page = window.go_to_factor(factor_id) or window.current_page()
    assert page.page_id == "situation" and page.factor.id == factor_id
    button = next(r for r in page.radios if r.property("value") == value)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def test_planner_journey(qtbot, tmp_path, monkeypatch, messages):
    window = MainWindow(settings=app_settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    case_path = tmp_path / "Lake Oru crisis.atrocase"

    # 1. File > New, with the save dialog answered.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "Lake Oru crisis"), ""))
    window.new_action.trigger()
    assert window.session is not None and window.session.case.path == case_path
    state = read_case(case_path)
    assert state["meta"].title == "Lake Oru crisis"
    assert state["answers"] == {} and state["decisions"] == []

    # 2. The Situation page: answer factors, and set one back to unknown.
    answer(qtbot, window, "phase", "ongoing_atrocities")
    answer(qtbot, window, "armed_conflict", "yes")
    answer(qtbot, window, "relationship", "partner")
    answer(qtbot, window, "relationship", None)
    state = read_case(case_path)
    assert state["answers"] == {"phase": "ongoing_atrocities", "armed_conflict": "yes", "relationship": None}
    assert state["judgments"]["relationship"].value is None  # stored as unknown, never "no"

    # 3. The Toolbox page: the evidence of one family, read against this case.
    toolbox = window.show_page("toolbox")
    qtbot.keyClicks(toolbox.search, "naming and shaming")
    toolbox.select_family("condemnation")
    expected = evidence_fit(state["answers"], load_evidence()).family("condemnation")
    assert toolbox.badge.text() == verdict_label(expected.verdict)
    first = expected.reasons[0].citations[0]
    citation = f"{first.authors} {first.year}"
    assert citation in toolbox.detail_text()
    assert "political strategy" in toolbox.caution.text()
    # The answer set back to unknown counts as unknown, and "Answer this" leads to it.
    assert "relationship" in expected.unknown_factors
    assert set(toolbox.answer_buttons) == set(expected.unknown_factors)
    qtbot.mouseClick(toolbox.answer_buttons["relationship"], Qt.MouseButton.LeftButton)
    assert window.current_page().page_id == "situation" and window.current_page().factor.id == "relationship"
    window.show_page("toolbox")

    # 4. Two options, each with evidence-to-decision judgments.
    qtbot.mouseClick(toolbox.add_button, Qt.MouseButton.LeftButton)
    decisions = window.current_page()
    assert decisions.page_id == "decisions"
    first_id = decisions.current_decision().id
    status = decisions.status_combo
    status.setFocus()
    while status.currentData() != "recommended":
        qtbot.keyClick(status, Qt.Key.Key_Up)
    set_etd(qtbot, decisions, "effect", "probably_favours", "Linked with less severe killing once it has begun")

    window.show_page("toolbox")
    toolbox.search.clear()
    toolbox.select_family("mediation")
    qtbot.mouseClick(toolbox.add_button, Qt.MouseButton.LeftButton)
    second_id = decisions.current_decision().id
    assert second_id != first_id
    set_etd(qtbot, decisions, "feasibility", "uncertain", "Depends on the regional organisation")
    set_etd(qtbot, decisions, "urgency", "favours", "Talks stalled")

    state = read_case(case_path)
    by_id = {d.id: d for d in state["decisions"]}
    assert set(by_id) == {first_id, second_id}
    assert (by_id[first_id].family, by_id[first_id].status) == ("condemnation", "recommended")
    assert by_id[first_id].etd_for("effect").rating == "probably_favours"
    assert (by_id[second_id].family, by_id[second_id].status) == ("mediation", "considered")
    assert by_id[second_id].etd_for("urgency").reason == "Talks stalled"
    grid = decisions.grid_model
    assert grid.columnCount() == 1 + 2  # the no-new-action baseline, then the two options

    # 5. Undo and redo, through the Edit menu's actions.
    window.undo_action.trigger()
    assert read_case(case_path)["decisions"][1].etd_for("urgency").reason == ""
    window.undo_action.trigger()
    assert read_case(case_path)["decisions"][1].etd_for("urgency").rating == ""
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert read_case(case_path)["decisions"][1].etd_for("urgency").reason == "Talks stalled"

    # 6. A new revision (dialog answered), a changed answer in it, compared on the Revisions page.
    monkeypatch.setattr(dialogs, "ask_new_revision", lambda parent, earliest="": ("2026-12-01", "After the talks"))
    revisions = window.show_page("revisions")
    qtbot.mouseClick(revisions.new_button, Qt.MouseButton.LeftButton)
    state = read_case(case_path)
    assert [r.label for r in state["revisions"]][-1] == "After the talks"
    assert len(state["revisions"]) == 2
    assert [d.title for d in state["decisions"]] == [by_id[first_id].title, by_id[second_id].title]
    answer(qtbot, window, "armed_conflict", "no")
    assert read_case(case_path)["answers"]["armed_conflict"] == "no"
    window.show_page("revisions")
    first, second = state["revisions"]
    revisions.from_combo.setCurrentIndex(revisions.from_combo.findData(first.id))
    revisions.to_combo.setCurrentIndex(revisions.to_combo.findData(second.id))
    changes = revisions.compare(first.id, second.id)
    assert any(c.is_judgment and c.before != c.after for c in changes)
    assert "1 judgment changed" in revisions.compare_summary.text()

    # 7. File > Export Memo, with the save dialog answered; wait for the file.
    memo_path = tmp_path / "memo.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(memo_path), ""))
    window.export_action.trigger()
    memo = window.current_page()
    assert memo.page_id == "memo"
    qtbot.waitUntil(lambda: memo_path.exists() and not memo.exporting(), timeout=60000)
    assert memo.last_export == memo_path
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(memo_path)).pages)
    assert "Lake Oru crisis" in text
    assert by_id[first_id].title.split()[0] in text
    state_after = read_case(case_path)
    assert len(state_after["revisions"]) == 2  # exporting changes nothing in the case
    assert messages.shown == []
    memo.wait_for_export()
    window.close()
    QApplication.processEvents()


def set_etd(qtbot, page, criterion: str, rating: str, reason: str) -> None:  # noqa: ANN001
    combo = page.etd_combos[criterion]
    combo.setFocus()
    target = combo.findData(rating)
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    edit = page.etd_reasons[criterion]
    edit.setFocus()
    qtbot.keyClicks(edit, reason)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
