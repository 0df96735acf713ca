"""The planning layer (SPEC §2 step 7, §4 actors and groups): stored, checked, copied into a new
revision, read from the answers file and the example case, migrated from older files."""

from __future__ import annotations

import json
import sqlite3

import pytest

from atrocity_desk.core.actor_checks import ActorContradiction, actor_contradictions
from atrocity_desk.core.answers import parse_answers
from atrocity_desk.core.checklist import load_factor_vocabulary
from atrocity_desk.core.errors import AnswersError, CaseFileError, InvalidValue
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.models import Actor, Decision, EtdJudgment, Objective
from atrocity_desk.core.storage import APPLICATION_ID, CaseFile, migrations
from atrocity_desk.core.strategy import Assumption, DecisionPoint, Phase, Scenario, TriggerDate, upcoming_triggers
from atrocity_desk.core.strategy_input import parse_strategy, write_strategy

STRATEGY = {
    "baseline": "The offensive continues unchecked.",
    "baseline_etd": {"effect": {"rating": "against", "reason": "Nothing restrains it."}},
    "coalition": "Donor group and the regional organisation.",
    "transition_exit": "Scale back after three quiet months.",
    "phases": [
        {"kind": "now", "title": "Pressure now", "options": ["Statement"],
         "decision_points": [{"event": "Camps attacked", "response": "Sanctions", "direction": "escalate"}]},
        {"kind": "later", "title": "Accountability"},
    ],
    "assumptions": [{"text": "Aid matters to the council", "disproved_by": "New backer", "indicator": "Loans"}],
    "scenarios": [
        {"kind": "most_likely", "title": "Grinding offensive", "warning_signs": "Troop moves"},
        {"kind": "most_dangerous", "title": "Camps attacked", "warning_signs": "Battalions south"},
    ],
    "triggers": [{"on_date": "2027-02-14", "title": "Election", "status": "upcoming", "note": "Postponed once"}],
}


@pytest.fixture
def case(tmp_path):
    with CaseFile.create(tmp_path / "plan.atrocase") as case:
        yield case


def _strategy_case(case: CaseFile) -> int:
    revision_id = case.latest_revision().id
    case.add_objective(revision_id, Objective(text="Protect the camps", success_measure="No attack on the camps"))
    case.add_decision(revision_id, Decision(family="condemnation", title="Statement", legal_basis="Own policy", consent="None"))
    write_strategy(case, revision_id, parse_strategy(STRATEGY))
    return revision_id


def _shape(strategy) -> dict:
    """The strategy without ids (which differ between copies), options by title."""
    titles = {d.id: d.title for d in strategy.options}
    return {
        "texts": (strategy.baseline, strategy.coalition, strategy.transition_exit),
        "etd": {c: j.model_dump() for c, j in strategy.baseline_etd.items()},
        "phases": [
            (p.phase.kind, p.phase.title, [titles[o] for o in p.phase.options],
             [(d.event, d.response, d.direction) for d in p.decision_points])
            for p in strategy.phases
        ],
        "assumptions": [a.model_dump(exclude={"id"}) for a in strategy.assumptions],
        "scenarios": [s.model_dump(exclude={"id"}) for s in strategy.scenarios],
        "triggers": [t.model_dump(exclude={"id"}) for t in strategy.triggers],
        "success": [(o.text, o.success_measure) for o in strategy.objectives],
        "legal": [(d.title, d.legal_basis, d.consent) for d in strategy.options],
    }


def test_strategy_round_trips_through_the_file(case, tmp_path):
    revision_id = _strategy_case(case)
    written = _shape(case.strategy(revision_id))
    case.close()
    with CaseFile.open(tmp_path / "plan.atrocase") as reopened:
        assert _shape(reopened.strategy(revision_id)) == written
        assert reopened.check() == []
    assert written["phases"][0] == ("now", "Pressure now", ["Statement"], [("Camps attacked", "Sanctions", "escalate")])
    assert written["etd"] == {"effect": {"rating": "against", "reason": "Nothing restrains it."}}


def test_strategy_is_copied_into_a_new_revision_with_remapped_ids_and_stays_readable_in_the_old(case):
    old = _strategy_case(case)
    groups_before = _link_actor_to_group(case, old)
    new = case.new_revision("2027-01-01").id
    assert _shape(case.strategy(new)) == _shape(case.strategy(old))
    new_options = {d.id for d in case.decisions(new)}
    assert all(o in new_options for p in case.phases(new) for o in p.options)
    new_phase_ids = {p.id for p in case.phases(new)}
    assert all(d.phase_id in new_phase_ids for d in case.decision_points(new))
    new_actor_ids = {a.id for a in case.actors(new)}
    links = case.actor_targets(new)
    assert len(links) == len(groups_before) and all(t.actor_id in new_actor_ids and t.group_id in new_actor_ids for t in links)
    # The old revision keeps its strategy, readable but no longer editable.
    assert case.strategy(old).phases[0].phase.title == "Pressure now"
    with pytest.raises(CaseFileError):
        case.update_plan_item("phases", case.phases(old)[0].id, title="Changed")
    assert case.check() == []


def _link_actor_to_group(case: CaseFile, revision_id: int):
    actor = case.add_actor(revision_id, Actor(kind="perpetrator", name="Army", actor_type="state"))
    group = case.add_actor(revision_id, Actor(kind="group_at_risk", name="Villagers", location="Oru", population="400,000"))
    case.set_actor_target(actor, group, True)
    return case.actor_targets(revision_id)


def test_each_planning_edit_writes_an_audit_row_and_refuses_unknown_values(case):
    revision_id = case.latest_revision().id
    phase_id = case.add_plan_item(revision_id, Phase(kind="now", title="First"))
    case.update_plan_item("phases", phase_id, title="Renamed")
    point_id = case.add_plan_item(revision_id, DecisionPoint(phase_id=phase_id, event="Attack"))
    case.delete_plan_item("decision_points", point_id)
    actions = [e.action for e in case.audit(revision_id)][:4]
    assert actions == ["delete decision point", "add decision point", "update phase", "add phase"]
    for bad in (
        lambda: case.update_plan_item("phases", phase_id, kind="someday"),
        lambda: case.add_plan_item(revision_id, TriggerDate(on_date="next spring", title="Election")),
        lambda: case.update_plan_item("phases", phase_id, options=[999]),
        lambda: case.add_plan_item(revision_id, DecisionPoint(phase_id=999, event="x")),
    ):
        with pytest.raises(InvalidValue):
            bad()
    with pytest.raises(InvalidValue):
        case.update_revision(revision_id, baseline_etd={"charm": EtdJudgment(rating="favours")})


def test_check_names_stored_kinds_statuses_dates_and_links_it_does_not_know(case, tmp_path):
    revision_id = _strategy_case(case)
    _link_actor_to_group(case, revision_id)
    case.close()
    conn = sqlite3.connect(tmp_path / "plan.atrocase")
    conn.execute("UPDATE phases SET kind = 'someday' WHERE title = 'Accountability'")
    conn.execute("UPDATE scenarios SET kind = 'sunny'")
    conn.execute("UPDATE trigger_dates SET on_date = '14/02/2027', status = 'maybe'")
    conn.execute("UPDATE decision_points SET direction = 'sideways'")
    conn.execute("UPDATE revisions SET baseline_etd = '{\"effect\": {\"rating\": \"great\"}}'")
    conn.execute("UPDATE actor_targets SET group_id = actor_id")
    conn.commit()
    conn.close()
    with CaseFile.open(tmp_path / "plan.atrocase", read_only=True) as damaged:
        problems = "\n".join(damaged.check())
        for expected in ("'someday'", "'sunny'", "'14/02/2027'", "'maybe'", "'sideways'", "'great'", "actor_targets"):
            assert expected in problems
        strategy = damaged.strategy(revision_id)  # still readable: unknown values are marked, not fatal
        assert [p.phase.kind for p in strategy.phases][1] == "someday"


def test_a_version_2_file_opens_with_everything_intact(tmp_path):
    path = tmp_path / "old.atrocase"
    conn = sqlite3.connect(path)
    for number, _, sql in migrations()[:2]:
        conn.executescript(sql)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("""INSERT INTO case_meta VALUES ('title', '"Old case"')""")
    conn.execute("INSERT INTO revisions (id, number, label, assessed_on, created_at, end_state, risk_estimate) "
                 "VALUES (1, 1, 'First', '2025-01-10', '2025-01-10T10:00:00+00:00', 'Peace', '6%')")
    conn.execute("INSERT INTO judgments VALUES (1, 'factor', 'perpetrator_type', 'state', 'high', 'n', 's', '2025-01-10T10:00:00+00:00')")
    conn.execute("INSERT INTO actors (revision_id, kind, name, actor_type, notes) VALUES (1, 'group_at_risk', 'Villagers', '', 'About 400,000')")
    conn.execute("INSERT INTO objectives (revision_id, text) VALUES (1, 'Protect')")
    conn.execute("INSERT INTO decisions (revision_id, family, title, status, timing, requirements) "
                 "VALUES (1, 'mediation', 'Back the talks', 'recommended', 'Now', 'Staff')")
    conn.commit()
    conn.close()
    with CaseFile.open(path) as case:
        revision = case.latest_revision()
        assert (revision.end_state, revision.risk_estimate, revision.baseline_etd) == ("Peace", "6%", {})
        assert case.judgment(1, "factor", "perpetrator_type").value == "state"
        assert [(a.name, a.notes, a.location) for a in case.actors(1)] == [("Villagers", "About 400,000", "")]
        assert [(d.title, d.timing, d.requirements, d.legal_basis) for d in case.decisions(1)] == [("Back the talks", "Now", "Staff", "")]
        strategy = case.strategy(1)
        assert (strategy.phases, strategy.scenarios, strategy.triggers) == ([], [], [])
        assert case.check() == []
    assert (tmp_path / "old.atrocase.v2-backup").exists()


def test_answers_file_strategy_round_trips_into_a_case(case):
    answers = parse_answers({"strategy": {k: v for k, v in STRATEGY.items() if k != "phases"} | {
        "phases": [{"kind": "if_worse", "title": "If worse", "decision_points": [{"event": "Camps attacked"}]}]}},
        load_factor_vocabulary())
    revision_id = case.latest_revision().id
    write_strategy(case, revision_id, answers.strategy)
    strategy = case.strategy(revision_id)
    assert strategy.baseline == STRATEGY["baseline"] and strategy.coalition == STRATEGY["coalition"]
    assert [(p.phase.kind, [d.event for d in p.decision_points]) for p in strategy.phases] == [("if_worse", ["Camps attacked"])]
    assert [s.kind for s in strategy.scenarios] == ["most_likely", "most_dangerous"]
    assert [(t.on_date, t.status) for t in strategy.triggers] == [("2027-02-14", "upcoming")]


@pytest.mark.parametrize(
    ("strategy", "named"),
    [
        ({"plan": "x"}, "'plan'"),
        ({"phases": [{"kind": "now", "when": "soon"}]}, "'when'"),
        ({"phases": [{"kind": "now", "options": ["Statement"]}]}, "'options'"),  # a new case has no options
        ({"phases": [{"kind": "someday"}]}, "'someday'"),
        ({"scenarios": [{"kind": "rosy"}]}, "'rosy'"),
        ({"triggers": [{"title": "Election", "on_date": "next spring"}]}, "'next spring'"),
        ({"triggers": [{"title": "Election", "on_date": "2027-02-14", "status": "maybe"}]}, "'maybe'"),
        ({"baseline_etd": {"charm": {"rating": "favours"}}}, "'charm'"),
        ({"assumptions": [{"text": "x", "proof": "y"}]}, "'proof'"),
    ],
)
def test_answers_file_refuses_unknown_strategy_keys_and_values_naming_them(strategy, named):
    with pytest.raises(AnswersError) as refused:
        parse_answers({"strategy": strategy}, load_factor_vocabulary(), "answers.json")
    assert named in str(refused.value) and "answers.json" in str(refused.value)


def test_the_example_case_plans_a_strategy(tmp_path):
    with write_example_case(tmp_path / "example.atrocase") as case:
        first, latest = case.revisions()
        strategy = case.strategy(latest.id)
        assert {p.phase.kind for p in strategy.phases} == {"now", "if_worse", "later"}
        assert all(p.phase.options for p in strategy.phases)
        assert sum(len(p.decision_points) for p in strategy.phases) >= 4
        assert {"escalate", "scale_back"} <= {d.direction for p in strategy.phases for d in p.decision_points}
        assert {"most_likely", "most_dangerous"} <= {s.kind for s in strategy.scenarios}
        assert {t.status for t in strategy.triggers} >= {"upcoming", "happened"}
        assert strategy.baseline and set(strategy.baseline_etd) == set(case.strategy(first.id).baseline_etd) and len(strategy.baseline_etd) == 7
        assert strategy.baseline != case.strategy(first.id).baseline  # reassessed after the offensive
        assert len(strategy.assumptions) >= 3 and all(a.disproved_by and a.indicator for a in strategy.assumptions)
        assert strategy.coalition and strategy.transition_exit
        assert all(o.success_measure for o in strategy.objectives[:4])
        assert any(d.legal_basis and d.consent for d in strategy.options)
        actors = case.actors(latest.id)
        groups = [a for a in actors if a.kind == "group_at_risk"]
        assert groups and all(g.location and g.population and g.displaced and g.women_children_risks for g in groups)
        assert any(a.kind == "enabler" for a in actors)
        assert {t.group_id for t in case.actor_targets(latest.id)} == {g.id for g in groups}
        assert case.check() == []


def _actors(*types: str) -> list[Actor]:
    return [Actor(kind="perpetrator", name=f"Actor {n}", actor_type=t) for n, t in enumerate(types)]


def test_actors_contradicting_perpetrator_type_are_reported_as_data():
    found = actor_contradictions(_actors("non_state", "non_state"), {"perpetrator_type": "state"})
    assert found == [ActorContradiction("perpetrator_type", "state", ("state",), ("non_state",))]
    assert actor_contradictions(_actors("state"), {"perpetrator_type": "both"})[0].missing_types == ("non_state",)
    assert actor_contradictions(_actors("state", "external"), {"perpetrator_type": "non_state"})[0].listed_types == ("state", "external")


@pytest.mark.parametrize(
    ("types", "answers"),
    [
        (("non_state",), {"perpetrator_type": None}),  # unknown is not no: nothing to contradict
        (("non_state",), {}),
        (("non_state", ""), {"perpetrator_type": "state"}),  # an untyped actor could be the state
        (("state", "non_state"), {"perpetrator_type": "both"}),
        ((), {"perpetrator_type": "state"}),  # nobody listed yet: incomplete, not contradictory
    ],
)
def test_no_contradiction_without_an_answer_or_with_room_for_one(types, answers):
    assert actor_contradictions(_actors(*types), answers) == []


def test_upcoming_triggers_are_the_next_still_upcoming_ones_soonest_first():
    triggers = [
        TriggerDate(on_date="2027-03-01", title="C"),
        TriggerDate(on_date="2027-01-01", title="A"),
        TriggerDate(on_date="2026-12-01", title="Past"),
        TriggerDate(on_date="2027-02-01", title="Happened", status="happened"),
        TriggerDate(on_date="2027-02-15", title="B"),
        TriggerDate(on_date="2027-04-01", title="D"),
    ]
    assert [t.title for t in upcoming_triggers(triggers, "2026-12-31")] == ["A", "B", "C"]


def test_link_to_a_non_group_is_refused(case):
    revision_id = case.latest_revision().id
    a = case.add_actor(revision_id, Actor(kind="perpetrator", name="Army"))
    b = case.add_actor(revision_id, Actor(kind="perpetrator", name="Militia"))
    with pytest.raises(InvalidValue):
        case.set_actor_target(a, b, True)
    assert case.actor_targets(revision_id) == []


def test_assumption_and_scenario_models_keep_their_order(case):
    revision_id = case.latest_revision().id
    for text in ("first", "second"):
        case.add_plan_item(revision_id, Assumption(text=text))
        case.add_plan_item(revision_id, Scenario(kind="other", title=text))
    assert [a.text for a in case.assumptions(revision_id)] == ["first", "second"]
    assert [s.title for s in case.scenarios(revision_id)] == ["first", "second"]
    assert json.loads(case.audit(revision_id)[0].after)["title"] == "second"
