"""The revision comparison lists strategy changes too: phases and their options, decision points,
assumptions, scenarios, dated triggers, groups at risk, enablers, who targets whom, the baseline
(issue 17). Items are matched by what a planner recognises, never by row id."""

from __future__ import annotations

import pytest

from atrocity_desk.core.checklist import load_checklist
from atrocity_desk.core.evidence import load_evidence
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.revision_diff import compare_revisions
from atrocity_desk.core.strategy import DecisionPoint
from atrocity_desk.core.vocabulary import word


@pytest.fixture
def case(tmp_path):
    case = write_example_case(tmp_path / "example.atrocase")
    yield case
    case.close()


def compare(case, old_id: int, new_id: int) -> set[tuple[str, str, str, str]]:
    changes = compare_revisions(case, load_checklist(), load_evidence(), old_id, new_id)
    return {(c.area, c.item, c.before, c.after) for c in changes}


def test_a_new_revision_copies_the_strategy_and_shows_no_change(case):
    old = case.latest_revision().id
    new = case.new_revision().id
    assert compare(case, old, new) == set()


def test_every_kind_of_strategy_change_is_listed(case):
    old = case.latest_revision().id
    new = case.new_revision().id
    phases = {p.title: p for p in case.phases(new)}
    now = phases["Speak out, back the mediation, protect through aid"]
    dropped = next(d for d in case.decisions(new) if d.id == now.options[-1])
    case.update_plan_item("phases", now.id, description="Speak out at once.", options=now.options[:-1])
    case.add_plan_item(new, DecisionPoint(phase_id=now.id, event="The army shells the camps", response="Call the council"))
    assumption = case.assumptions(new)[0]
    case.update_plan_item("assumptions", assumption.id, disproved_by="The council refuses the envoy")
    scenario = case.scenarios(new)[-1]
    case.delete_plan_item("scenarios", scenario.id)
    trigger = next(t for t in case.trigger_dates(new) if t.status == "upcoming")
    case.update_plan_item("trigger_dates", trigger.id, status="happened")
    actors = case.actors(new)
    group = next(a for a in actors if a.kind == "group_at_risk")
    case.update_actor(group.id, population="About 60,000")
    enabler = next(a for a in actors if a.kind == "enabler")
    case.update_actor(enabler.id, means="Fuel and trucks")
    target = case.actor_targets(new)[0]
    names = {a.id: a.name for a in actors}
    case.set_actor_target(target.actor_id, target.group_id, False)
    case.update_revision(new, coalition="The regional organisation and two neighbours")

    changes = compare(case, old, new)
    title = now.title
    option = dropped.title
    assert ("Phase", f"{title} — description", now.description, "Speak out at once.") in changes
    assert ("Phase", f"{title} — {option}", "uses this option", "no longer uses it") in changes
    assert ("Decision point", "The army shells the camps", "not listed", "added") in changes
    assert ("Assumption", f"{assumption.text} — what would prove it wrong", assumption.disproved_by, "The council refuses the envoy") in changes
    assert ("Scenario", scenario.title, "listed", "removed") in changes
    assert ("Dated trigger", f"{trigger.title} — status", word("trigger_status", "upcoming"), word("trigger_status", "happened")) in changes
    assert (word("actor_kind", "group_at_risk"), f"{group.name} — how many", group.population or "—", "About 60,000") in changes
    assert (word("actor_kind", "enabler"), f"{enabler.name} — what they supply", enabler.means or "—", "Fuel and trucks") in changes
    assert ("Targets", f"{names[target.actor_id]} → {names[target.group_id]}", "targets", "no longer listed") in changes
    assert ("Strategy", "Coalition", case.revision(old).coalition or "—", "The regional organisation and two neighbours") in changes
    assert len(changes) == 10  # nothing else: unchanged items are matched across the revisions' new row ids
