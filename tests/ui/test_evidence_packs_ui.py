"""The Toolbox page's Evidence packs panel (issue 20): import, toggle, remove, export, the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.packs import OWN_PACK_ID
from atrocity_desk.ui.pack_panel import PackEntryForm
from atrocity_desk.ui.pages.toolbox import ToolboxPage
from atrocity_desk.ui.session import CaseSession
from tests.core.test_packs import _strong_pack
from tests.ui.test_toolbox_page import FakeWindow

PACK = Path(__file__).resolve().parents[1] / "data" / "packs" / "peacekeeping-2019.yaml"
STATEMENT = "Illustrative: where UN peacekeepers were deployed locally"


@pytest.fixture
def page(tmp_path, qapp, qtbot):
    case = write_example_case(tmp_path / "example.atrocase")
    session = CaseSession(case)
    window = FakeWindow(session)
    qtbot.addWidget(window)
    page = window.add(ToolboxPage)
    yield page
    case.close()


def pack_labels(page) -> list[str]:
    return [label.accessibleName() for label in page.reason_labels if label.accessibleName().startswith("Evidence pack")]


def test_import_shows_the_pack_marked_and_the_toggle_restores_the_base(page, monkeypatch, tmp_path, messages):
    session = page.session
    base_fit = session.fit()
    page.select_family("peacekeeping")
    assert pack_labels(page) == []

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(PACK), ""))
    page.packs_panel.import_button.click()
    assert messages.shown == []
    assert page.packs_panel.list.count() == 1
    item = page.packs_panel.list.item(0)
    assert "pk_update_2019" in item.text() and item.checkState() == Qt.CheckState.Checked
    [marked] = pack_labels(page)
    assert STATEMENT in marked
    label = next(l for l in page.reason_labels if STATEMENT in l.accessibleName())
    assert "Evidence pack" in label.text() and "Peacekeeping research after 2016 (illustrative)" in label.text()

    item.setCheckState(Qt.CheckState.Unchecked)  # the planner unticks the pack
    assert session.case.pack("pk_update_2019").enabled is False
    assert pack_labels(page) == []
    assert session.fit() == base_fit

    session.undo_stack.undo()  # switched on again
    assert page.packs_panel.list.item(0).checkState() == Qt.CheckState.Checked
    assert len(pack_labels(page)) == 1

    out = tmp_path / "out.yaml"
    page.packs_panel.list.setCurrentRow(0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.packs_panel.export_button.click()
    assert out.read_bytes() == PACK.read_bytes()

    page.packs_panel.remove_button.click()
    assert page.packs_panel.list.count() == 0 and session.case.packs() == []
    session.undo_stack.undo()
    assert page.packs_panel.list.count() == 1


def test_a_refused_pack_is_shown_and_the_case_is_unchanged(page, tmp_path, messages):
    bad = tmp_path / "bad.yaml"
    bad.write_text(PACK.read_text(encoding="utf-8").replace("family: peacekeeping", "family: airstrikes"), encoding="utf-8")
    before = page.session.case.path.read_bytes()
    errors = []
    page.session.error.connect(lambda title, text: errors.append((title, text)))
    assert page.packs_panel.import_file(bad) is False
    assert errors and "bad.yaml" in errors[0][1] and "airstrikes" in errors[0][1]
    assert page.session.case.path.read_bytes() == before
    assert page.packs_panel.list.count() == 0


def test_the_form_needs_every_required_field_and_validates_like_an_import(page, qtbot):
    form = PackEntryForm(page.session, page)
    qtbot.addWidget(form)
    assert not form.add_button.isEnabled()
    values = {
        "key": "example_author_2021", "authors": "Example Author", "year": "2021",
        "title": "An illustrative study", "id": "own_example_2021",
        "statement": "Illustrative finding of the team's own.", "section": "Illustrative",
    }
    for name, value in values.items():
        assert not form.add_button.isEnabled()
        widget = form.fields[name]
        widget.setPlainText(value) if name == "statement" else widget.setText(value)
    assert form.add_button.isEnabled()
    form.fields["title"].setText("   ")  # blank is empty
    assert not form.add_button.isEnabled()
    form.fields["title"].setText("An illustrative study")

    form.fields["key"].setText("heldt_2012")  # a base study: refused by the same validation
    form.fields["id"].setText("own_example_2021")
    form.submit()
    assert "cannot redefine" in form.problem.text()
    assert page.session.case.packs() == []

    form.fields["key"].setText("example_author_2021")
    form.submit()
    [own] = page.session.case.packs()
    assert own.id == OWN_PACK_ID
    assert "own_example_2021" in page.session.evidence.finding_sources
    page.session.undo_stack.undo()
    assert page.session.case.packs() == []


def test_lifting_a_ceiling_is_the_planners_explicit_choice(page):
    session = page.session
    session.import_pack(_strong_pack("prosecution"), "strong.yaml")  # the paper caps prosecution
    capped = session.fit().family("prosecution")
    assert capped.ceiling.applied and capped.verdict == "insufficient"
    panel = page.packs_panel
    assert not panel.lift_box.isEnabled()  # nothing selected
    panel.list.setCurrentRow(0)
    assert panel.lift_box.isEnabled() and not panel.lift_box.isChecked()
    panel.lift_box.setChecked(True)
    assert session.case.pack("strong").allow_lift is True
    assert session.evidence.lifted_ceilings == {"prosecution": ["strong"]}
    assert session.fit().family("prosecution").verdict == capped.uncapped_verdict != "insufficient"
    session.undo_stack.undo()
    assert session.case.pack("strong").allow_lift is False
    assert session.evidence.lifted_ceilings == {}
    assert session.fit().family("prosecution") == capped
