"""Option design (SPEC §4) stored per option, and the "Done when" of issue 14 through the command line."""

from __future__ import annotations

import json
import sqlite3

import pytest

from atrocity_desk.cli import main
from atrocity_desk.core.errors import InvalidValue
from atrocity_desk.core.models import Decision, DesignAnswer
from atrocity_desk.core.storage import CaseFile

ONGOING = {
    "phase": "ongoing_atrocities", "killing_scale": "mass_killing", "armed_conflict": "yes",
    "perpetrator_type": "state", "acting_party_role": "neutral",
}
WELL_DESIGNED = {
    "mission_size": "large", "police_strength": "strong", "mandate": "strong",
    "multidimensional": "yes", "deployment_stage": "established", "impartial": "yes",
}


@pytest.fixture
def case(tmp_path):
    with CaseFile.create(tmp_path / "c.atrocase") as case:
        yield case


def test_a_design_answer_is_stored_with_its_audit_row_and_can_be_put_back(case):
    revision = case.latest_revision().id
    decision = case.add_decision(revision, Decision(family="peacekeeping", title="UN"))
    assert case.set_design_answer(decision, DesignAnswer(property="mandate", value="strong", confidence="low", note="draft")) is None
    stored = case.design_answer(decision, "mandate")
    assert (stored.value, stored.confidence, stored.note) == ("strong", "low", "draft")
    assert case.audit(limit=1)[0].action == "set design"
    case.restore_design_answer(decision, "mandate", None)
    assert case.design(decision) == {}
    assert case.audit(limit=1)[0].action == "clear design"


def test_a_design_value_the_property_does_not_have_is_refused_and_nothing_written(case):
    decision = case.add_decision(case.latest_revision().id, Decision(family="peacekeeping"))
    bad = [DesignAnswer(property="mandate", value="huge"), DesignAnswer(property="no_such", value="yes"),
           DesignAnswer(property="sanction_goal", value="modest")]  # a sanctions property on a mission
    for answer in bad:
        with pytest.raises(InvalidValue):
            case.set_design_answer(decision, answer)
    assert case.design_answers(decision) == {}


def test_a_new_revision_copies_each_option_with_its_design(case):
    decision = case.add_decision(case.latest_revision().id, Decision(family="peacekeeping", title="UN"))
    case.set_design_answer(decision, DesignAnswer(property="mission_size", value="large", note="brigade"))
    revision = case.new_revision("2030-01-01")
    (moved,) = case.decisions(revision.id)
    assert moved.id != decision
    assert case.design_answer(moved.id, "mission_size").note == "brigade"
    assert case.design(decision) == {"mission_size": "large"}  # the earlier revision keeps its own


def test_check_names_a_stored_design_value_the_vocabulary_does_not_know(case):
    decision = case.add_decision(case.latest_revision().id, Decision(family="peacekeeping"))
    case.set_design_answer(decision, DesignAnswer(property="mandate", value="strong"))
    case.conn.execute("UPDATE design_answers SET value = 'enormous'")
    problems = case.check()
    assert any("design_answers" in p and "enormous" in p for p in problems), problems
    assert case.design(decision) == {"mandate": None}  # read as unknown, shown as unrecognised


def _answers(tmp_path, options) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"case": {"title": "Mission"}, "factors": ONGOING, "options": options}))
    return str(path)


@pytest.mark.parametrize(
    "option,message",
    [
        ({"family": "peacekeeping", "design": {"mandate": "huge"}}, "'mandate' has no value \"huge\""),
        ({"family": "peacekeeping", "design": {"sanction_goal": "modest"}}, "'sanction_goal' is not read for the family"),
        ({"family": "no_family"}, "unknown family 'no_family'"),
        ({"family": "peacekeeping", "colour": "blue"}, "unknown field 'colour'"),
        ({"family": "peacekeeping", "status": "maybe"}, "unknown status 'maybe'"),
    ],
)
def test_new_refuses_a_bad_option_by_name(tmp_path, capsys, option, message):
    assert main(["new", str(tmp_path / "c.atrocase"), "--answers", _answers(tmp_path, [option])]) != 0
    assert message in capsys.readouterr().err
    assert not (tmp_path / "c.atrocase").exists()


def _fit_json(tmp_path, capsys, options) -> dict:
    path = str(tmp_path / "c.atrocase")
    assert main(["new", path, "--answers", _answers(tmp_path, options)]) == 0
    assert main(["check", path]) == 0
    capsys.readouterr()
    assert main(["fit", path, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_done_when_a_well_designed_mission_reads_supported_and_an_undesigned_one_says_what_lifts_it(tmp_path, capsys):
    data = _fit_json(tmp_path, capsys, [
        {"title": "UN mission", "family": "peacekeeping", "status": "recommended", "design": WELL_DESIGNED},
        {"title": "Same, undesigned", "family": "peacekeeping", "status": "considered",
         "design": {p: "unknown" for p in WELL_DESIGNED}},
    ])
    assert data["case"] == {"title": "Mission", "revision": 1, "evidence_version": data["case"]["evidence_version"], "packs": []}
    assert len(data["families"]) == 21
    good, bare = data["options"]
    assert (good["title"], good["family"], good["status"], good["design"]) == ("UN mission", "peacekeeping", "recommended", WELL_DESIGNED)
    assert good["verdict"] == "supported"
    assert {"mil_un_peacekeeping_reduces_civilian_violence", "mil_neutral_enduring_interventions_reduce"} <= {
        r["finding"] for r in good["reasons"] if r["role"] == "supports"
    }
    assert bare["verdict"] != "supported"
    assert all(v is None for v in bare["design"].values())
    # no single design answer lifts it (each of five matters); together they do, and are named
    assert bare["would_change"] == []
    assert {a["factor"] for a in bare["would_lift"]["answers"]} == {
        "mission_size", "police_strength", "mandate", "deployment_stage", "impartial"
    } and bare["would_lift"]["verdict"] == "supported"
    # nothing the paper says about the family disappears silently
    peacekeeping = sum(1 for f in data["families"] if f["id"] == "peacekeeping")
    assert peacekeeping == 1
    from atrocity_desk.core.evidence import load_evidence

    every = {f.id for f in load_evidence().findings_for("peacekeeping")}
    for option in (good, bare):
        assert {r["finding"] for r in option["reasons"]} | {x["finding"] for x in option["left_out"]} == every


def test_one_missing_design_answer_is_named_in_would_change(tmp_path, capsys):
    design = {**WELL_DESIGNED, "mandate": "unknown"}
    data = _fit_json(tmp_path, capsys, [{"title": "UN", "family": "peacekeeping", "design": design}])
    (option,) = data["options"]
    assert option["verdict"] != "supported"
    assert {"factor": "mandate", "value": "strong", "verdict": "supported"} in option["would_change"]


def test_a_deleted_option_takes_its_design_with_it(case):
    decision = case.add_decision(case.latest_revision().id, Decision(family="peacekeeping"))
    case.set_design_answer(decision, DesignAnswer(property="mandate", value="strong"))
    case.delete_decision(decision)
    assert case.conn.execute("SELECT COUNT(*) FROM design_answers").fetchone()[0] == 0


def test_design_answers_of_an_older_file_are_read(tmp_path):
    # a file made before any design was stored opens with every option's design unknown
    with CaseFile.create(tmp_path / "c.atrocase") as case:
        decision = case.add_decision(case.latest_revision().id, Decision(family="peacekeeping"))
    conn = sqlite3.connect(tmp_path / "c.atrocase")
    assert conn.execute("SELECT COUNT(*) FROM design_answers").fetchone()[0] == 0
    conn.close()
    with CaseFile.open(tmp_path / "c.atrocase") as case:
        assert case.design(decision) == {}
