"""Overview: the case details are edited in place and committed to the file; undo restores them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt

from atrocity_desk.core.storage import CaseFile
from atrocity_desk.core.vocabulary import option_title, verdict_label


def stored_meta(path):
    with CaseFile.open(path, read_only=True) as case:
        return case.meta()


def type_into(qtbot, edit, text):  # noqa: ANN001
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editingFinished


def test_editing_the_title_commits_it_to_the_case_file(main_window, qtbot, case_path):
    page = main_window.show_page("overview")
    type_into(qtbot, page.edits["title"], "Kessara: second look")
    qtbot.waitUntil(lambda: stored_meta(case_path).title == "Kessara: second look")
    assert page.title_label.text() == "Kessara: second look"
    assert "Kessara: second look" in main_window.windowTitle()


def test_marking_is_shown_prominently_and_follows_edits(main_window, qtbot, case_path):
    page = main_window.show_page("overview")
    assert page.marking_label.text() == "CONFIDENTIAL — NOT FOR DISTRIBUTION"
    assert page.marking_label.font().bold()
    type_into(qtbot, page.edits["marking"], "UNCLASSIFIED")
    qtbot.waitUntil(lambda: page.marking_label.text() == "UNCLASSIFIED")
    assert stored_meta(case_path).marking == "UNCLASSIFIED"


def test_narrative_commits_when_the_field_loses_focus(main_window, qtbot, case_path):
    page = main_window.show_page("overview")
    page.narrative_edit.setFocus()
    page.narrative_edit.setPlainText("A short narrative, Côte d'Ivoire and Kraków included.")
    page.edits["country"].setFocus()  # leave the field
    qtbot.waitUntil(lambda: stored_meta(case_path).narrative.startswith("A short narrative"))


def test_pending_text_is_committed_when_the_window_closes(main_window, case_path):
    page = main_window.show_page("overview")
    page.narrative_edit.setPlainText("Typed, never left the field.")
    main_window.close()
    assert stored_meta(case_path).narrative == "Typed, never left the field."


def test_undo_and_redo_restore_the_case_file(main_window, qtbot, case_path):
    page = main_window.show_page("overview")
    original = stored_meta(case_path).analyst
    type_into(qtbot, page.edits["analyst"], "A. N. Other")
    qtbot.waitUntil(lambda: stored_meta(case_path).analyst == "A. N. Other")
    main_window.undo_action.trigger()
    assert stored_meta(case_path).analyst == original
    assert page.edits["analyst"].text() == original
    main_window.redo_action.trigger()
    assert stored_meta(case_path).analyst == "A. N. Other"
    assert page.edits["analyst"].text() == "A. N. Other"


def test_completeness_bars_count_answered_factors(main_window):
    page = main_window.show_page("overview")
    bar = page.completeness_bars["perpetrators"] if "perpetrators" in page.completeness_bars else None
    texts = {key: b.text() for key, b in page.completeness_bars.items()}
    assert all(" of " in t and t.endswith("answered") for t in texts.values())
    groups = main_window.session.checklist.factor_groups
    total = sum(len(g.factors) for g in groups)
    answered = sum(b.value() for key, b in page.completeness_bars.items() if key != "indicators")
    # the example leaves perpetrator_goals_met unknown on purpose: unknown is not no
    assert answered == total - 1
    assert bar is None or bar.maximum() > 0


def test_overall_risk_sentence_and_current_revision(main_window):
    page = main_window.show_page("overview")
    assert "of 14 risk factors" in page.risk_label.text()
    # The example holds a first assessment and a reassessment; the overview shows the latest.
    assert page.revision_label.text().startswith("Revision 2 of 2")
    assert "2026-11-23" in page.revision_label.text()


def test_overview_gives_next_steps_that_open_their_page_and_real_plurals(main_window, qtbot):
    page = main_window.show_page("overview")
    steps = {s.kind: (s.count, s.target) for s in page.next_steps}
    assert steps["factors_unanswered"] == (1, "situation")  # the example leaves perpetrator_goals_met unknown
    assert steps["no_bottom_line"] == (1, "memo")
    assert "1 situation factor unanswered" in page.next_label.text()  # the singular, not "factor(s)"
    assert "option(s)" not in page.counts_label.text() and "10 options recorded" in page.counts_label.text()
    page.next_label.linkActivated.emit("situation")
    assert main_window.current_page().page_id == "situation"
    # A bottom line written: that step is gone.
    main_window.session.update_revision(bottom_line="Recommend options 1 to 4.")
    assert main_window.show_page("overview") is page  # hidden pages catch up when shown (issue 22)
    assert "no_bottom_line" not in {s.kind for s in page.next_steps}
    assert "Recommended</b> (4)" in page.glance_label.text()


def test_decisions_at_a_glance_show_each_options_own_verdict_with_its_design(main_window):
    """As the Decisions list and the memo's grid: the option's reading with its design, not its
    family's situation-only verdict, and it follows a design edit."""
    page = main_window.show_page("overview")
    session = main_window.session
    mission = next(d for d in session.case.decisions(session.revision().id) if d.family == "peacekeeping")
    title = option_title(mission, session.evidence)

    def glance_verdict() -> str:
        line = next(line for line in page.glance_label.text().split("<br>") if escape(title) in line)
        return line.rsplit("<i>", 1)[1].split("</i>")[0]

    assert glance_verdict() == verdict_label("mixed")
    design = {"mission_size": "large", "police_strength": "strong", "mandate": "strong", "deployment_stage": "established",
              "impartial": "yes", "multidimensional": "yes"}
    for prop, value in design.items():
        assert session.set_design(mission.id, prop, value=value)
    assert session.fit().family("peacekeeping").verdict == "mixed"  # the family alone
    assert glance_verdict() == verdict_label("supported")  # this option, as designed
