"""A planner's day at random (issue 12): a seeded sequence of real actions through the window —
answer, judge, add, delete, undo, redo, new revision, switch page, export — and after each step
every page built so far shows what the case file holds. A failure names the seed, the step and the
actions that led there, so it can be replayed."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui import dialogs
from atrocity_desk.ui.dialogs import NewRevisionDialog
from atrocity_desk.core.vocabulary import indicator_label

SEED = 20261130
STEPS = 2000
ACTOR_KINDS = ("perpetrator", "group_at_risk", "protector")


class Planner:
    """Drives the window as a planner would; every action goes through the page's own widgets."""

    def __init__(self, window, qtbot, rng: random.Random, text_answers: list[str], tmp_path):  # noqa: ANN001
        self.window, self.qtbot, self.rng, self.text_answers, self.tmp_path = window, qtbot, rng, text_answers, tmp_path
        self.exports = 0
        self.revisions = 0
        self.counter = 0

    def actions(self) -> list[tuple[Callable[[], None], int]]:
        return [
            (self.answer, 20), (self.judge, 20), (self.add_objective, 5), (self.add_actor, 5),
            (self.delete_objective, 3), (self.delete_actor, 3), (self.delete_option, 2),
            (self.undo, 15), (self.redo, 10), (self.new_revision, 1), (self.switch_page, 10), (self.export, 1),
        ]

    def step(self) -> str:
        actions = self.actions()
        action = self.rng.choices([a for a, _ in actions], weights=[w for _, w in actions])[0]
        action()
        return action.__name__

    def answer(self) -> None:
        page = self.window.show_page("situation")
        factors = [f for g in page.session.checklist.factor_groups for f in g.factors]
        page.select_factor(self.rng.choice(factors).id)
        self.rng.choice(page.radios).click()

    def judge(self) -> None:
        page = self.window.show_page("risk_factors")
        page.select_risk_factor(self.rng.choice(page.session.checklist.risk_factors).id)
        row = self.rng.randrange(page.indicator_model.rowCount())
        page.indicator_view.setFocus()
        page.indicator_view.setCurrentIndex(page.indicator_model.index(row, 1))
        self.qtbot.keyClick(page.indicator_view, self.rng.choice([Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_U]))

    def add_objective(self) -> None:
        page = self.window.show_page("aim")
        self.counter += 1
        self.text_answers.append(f"Objective {self.counter}")
        page.add_button.click()

    def add_actor(self) -> None:
        page = self.window.show_page("actors")
        kind = self.rng.choice(ACTOR_KINDS)
        self.counter += 1
        page.panels[kind].add_actor_fields = {"name": f"Actor {self.counter}", "notes": ""}
        page.panels[kind].add_button.click()

    def delete_objective(self) -> None:
        page = self.window.show_page("aim")
        if page.model.rowCount():
            row = self.rng.randrange(page.model.rowCount())
            page.list_view.setFocus()
            page.list_view.setCurrentIndex(page.model.index(row, 0))
            self.qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)

    def delete_actor(self) -> None:
        page = self.window.show_page("actors")
        panel = page.panels[self.rng.choice(ACTOR_KINDS)]
        if panel.model.rowCount():
            panel.table.select_row(self.rng.randrange(panel.model.rowCount()))
            panel.table.setFocus()
            self.qtbot.keyClick(panel.table, Qt.Key.Key_Delete)

    def delete_option(self) -> None:
        page = self.window.show_page("decisions")
        rows = page.list_model.rows()
        if rows:
            page.select_decision(self.rng.choice(rows).decision.id)
            page.delete_current()

    def undo(self) -> None:
        self.window.undo_action.trigger()

    def redo(self) -> None:
        self.window.redo_action.trigger()

    def new_revision(self) -> None:
        if self.revisions < 4:  # each copies the whole assessment; a few are enough
            self.revisions += 1
            self.window.show_page("revisions").start_new_revision()

    def switch_page(self) -> None:
        self.qtbot.keyClick(self.window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)

    def export(self) -> None:
        if self.exports < 3:  # a memo takes a second or two to build
            self.exports += 1
            page = self.window.show_page("memo")
            page.start_export(self.tmp_path / f"memo {self.exports}.pdf")
            assert page.wait_for_export()
            self.qtbot.waitUntil(lambda: not page.exporting())
            assert (self.tmp_path / f"memo {self.exports}.pdf").exists()


# -- what the window shows against what the file holds --


def mismatches(window, reader: CaseFile) -> list[str]:  # noqa: ANN001
    revision = reader.latest_revision()
    # A hidden page catches up when it is shown (refresh on show); window.page() does what showing
    # does, so each built page is compared as the planner would see it on opening it.
    built = {page.page_id: window.page(page.page_id) for page in window._built_pages()}
    found = []
    if window.session.revision().id != revision.id:
        found.append("revision")
    if "situation" in built:
        page = built["situation"]
        answers = reader.factor_answers(revision.id)
        for group in page.session.checklist.factor_groups:
            for factor in group.factors:
                shown = page.model.index_of_factor(factor.id, 1).data()
                if shown != factor.value_label(answers.get(factor.id)):
                    found.append(f"situation {factor.id}: shows {shown!r}, file {answers.get(factor.id)!r}")
    if "risk_factors" in built:
        page = built["risk_factors"]
        judgments = reader.judgments(revision.id, "indicator")
        for row in range(page.indicator_model.rowCount()):
            indicator = page.indicator_model.indicator_at(row).id
            value = judgments[indicator].value if indicator in judgments else None
            if page.indicator_model.index(row, 1).data() != indicator_label(value):
                found.append(f"indicator {indicator}")
    if "aim" in built:
        shown = [built["aim"].model.objective_at(r).id for r in range(built["aim"].model.rowCount())]
        if shown != [o.id for o in reader.objectives(revision.id)]:
            found.append(f"objectives: shows {shown}")
    if "actors" in built:
        actors = reader.actors(revision.id)
        for kind, panel in built["actors"].panels.items():
            shown = [a.id for a in panel.model.rows()]
            if shown != [a.id for a in actors if a.kind == kind]:
                found.append(f"actors {kind}: shows {shown}")
    if "decisions" in built:
        shown = sorted(r.decision.id for r in built["decisions"].list_model.rows())
        if shown != sorted(d.id for d in reader.decisions(revision.id)):
            found.append(f"options: shows {shown}")
        for row in built["decisions"].list_model.rows():
            if set(row.decision.objectives) - {o.id for o in reader.objectives(revision.id)}:
                found.append(f"option {row.decision.id} serves a deleted objective")
    if "overview" in built:
        if built["overview"].title_label.text() != reader.meta().shown_title():
            found.append("overview title")
    return found


@pytest.mark.slow
def test_a_seeded_random_day_keeps_window_and_file_in_step(main_window, qtbot, case_path, text_answers, tmp_path, monkeypatch):
    monkeypatch.setattr(NewRevisionDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)

    def ask_actor(panel, kind, kind_title, checklist, actor=None):  # noqa: ANN001, ANN202
        return getattr(panel, "add_actor_fields", None)

    monkeypatch.setattr(dialogs, "ask_actor", ask_actor)
    rng = random.Random(SEED)
    planner = Planner(main_window, qtbot, rng, text_answers, tmp_path)
    done: list[str] = []
    with CaseFile.open(case_path, read_only=True) as reader:
        for step in range(STEPS):
            done.append(planner.step())
            found = mismatches(main_window, reader)
            assert not found, f"seed {SEED}, step {step}, after {done[-8:]}: {found[:5]}"
    counts = {name: done.count(name) for name in set(done)}
    assert all(counts.get(name, 0) > 0 for name in ("answer", "judge", "undo", "redo", "new_revision", "export", "delete_option"))
    assert main_window.session.undo_stack.count() > 0 or counts["new_revision"]
