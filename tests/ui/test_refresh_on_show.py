"""A hidden page refreshes when it is shown, not at every edit (issues 17 and 22): an edit
refreshes the page in view; the others catch up, whole, when the planner turns to them."""

from __future__ import annotations


def refresh_calls(page, monkeypatch):
    calls: list[str | None] = []
    real = page.refresh

    def spy(topic=None):
        calls.append(topic)
        real(topic)

    monkeypatch.setattr(page, "refresh", spy)
    return calls


def test_a_hidden_page_shows_an_edit_when_it_is_shown(main_window, monkeypatch):
    overview = main_window.show_page("overview")
    main_window.show_page("situation")
    calls = refresh_calls(overview, monkeypatch)
    assert main_window.session.set_meta(title="Renamed while hidden")
    assert main_window.session.set_meta(title="Renamed twice while hidden")
    assert calls == []  # hidden: not refreshed at the edit
    assert overview.edits["title"].text() != "Renamed twice while hidden"
    assert main_window.show_page("overview") is overview
    assert overview.edits["title"].text() == "Renamed twice while hidden"
    assert calls == ["meta"]  # once per topic, however many edits


def test_the_page_in_view_refreshes_at_each_edit(main_window, monkeypatch):
    overview = main_window.show_page("overview")
    calls = refresh_calls(overview, monkeypatch)
    assert main_window.session.set_meta(title="Renamed in view")
    assert calls == ["meta"]
    assert overview.edits["title"].text() == "Renamed in view"


def test_undo_on_another_page_reaches_a_page_shown_later(main_window, qtbot):
    risk = main_window.show_page("risk_factors")
    overview = main_window.show_page("overview")
    title = overview.edits["title"].text()
    assert main_window.session.set_meta(title="Undone later")
    assert overview.edits["title"].text() == "Undone later"  # in view: shown at once
    main_window.show_page("risk_factors")
    main_window.session.undo_stack.undo()
    assert main_window.show_page("overview") is overview
    assert overview.edits["title"].text() == title
    assert risk is main_window.page("risk_factors")


def test_an_edit_refreshes_only_the_page_in_view(main_window, monkeypatch):
    pages = main_window.pages  # every page built
    main_window.show_page("situation")
    calls = {page.page_id: refresh_calls(page, monkeypatch) for page in pages}
    factor = main_window.session.checklist.factor_groups[0].factors[0]
    assert main_window.session.set_judgment("factor", factor.id, value=factor.values[0].id)
    assert {pid for pid, c in calls.items() if c} == {"situation"}
