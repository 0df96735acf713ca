"""The checklist data of SPEC §4: it loads, the factor vocabulary is exactly the contract, every
prompt is filled in, the fourteen UN risk factors are complete, and broken data is refused with a
message naming the file and the entry."""

from __future__ import annotations

import shutil

import pytest

from atrocity_desk.core import checklist as cl
from atrocity_desk.core.checklist import (
    UNKNOWN,
    RiskFactor,
    load_checklist,
    load_factor_vocabulary,
)
from atrocity_desk.core.datafiles import DataFileError, load_yaml, load_yaml_text, resource_root

from .framework_numbers import FRAMEWORK_NUMBERS, ONCE_MISSING

# SPEC §4, the situation-factor table, in order. A contract: the --answers file and the evidence
# fit use these ids.
SPEC_FACTORS: list[tuple[str, list[str]]] = [
    ("phase", ["latent_risk", "escalation", "ongoing_atrocities", "post_atrocity"]),
    ("killing_scale", ["none", "low_level", "mass_killing"]),
    ("armed_conflict", ["yes", "no"]),
    ("conflict_type", ["conventional", "irregular", "symmetric_nonconventional", "none"]),
    ("internationalized", ["yes", "no"]),
    ("armed_groups", ["one", "several"]),
    ("identity_conflict", ["yes", "no"]),
    ("balance_shift", ["yes", "no"]),
    ("perpetrator_type", ["state", "non_state", "both"]),
    ("state_capacity", ["high", "low"]),
    ("regime_type", ["autocracy", "transitional", "democracy"]),
    ("leadership_instability", ["yes", "no"]),
    ("perpetrator_goals_met", ["yes", "no"]),
    ("victims_concentrated", ["yes", "no"]),
    ("nonviolent_movement", ["yes", "no"]),
    ("civil_society_strength", ["strong", "weak"]),
    ("media_access", ["good", "poor"]),
    ("relationship", ["ally", "partner", "neutral", "adversary"]),
    ("acting_party_role", ["neutral", "partisan"]),
    ("regional_consensus", ["strong", "divided"]),
    ("unsc_consensus", ["united", "divided"]),
    ("io_involvement", ["yes", "no"]),
    ("peacekeepers_present", ["yes", "no"]),
    ("rome_statute_party", ["yes", "no"]),
    ("aid_dependence", ["high", "low"]),
    ("sanctions_in_place", ["yes", "no"]),
]

# Factors added under SPEC §4 "More factors may be added where the paper ties a finding to a
# condition no factor above captures" (issue 14), each used by a finding.
ADDED_FACTORS: list[tuple[str, list[str]]] = [
    ("war_ending", ["victory", "settlement", "not_ended"]),
    ("peace_process", ["yes", "no"]),
    ("spoilers", ["weak", "strong"]),
    ("election_upcoming", ["yes", "no"]),
    ("arms_imported", ["yes", "no"]),
    ("host_consent", ["yes", "no"]),
]

# SPEC §4, the option-design table, plus `impartial` (added: the peacekeeping finding on neutral
# interventions depends on the mission's impartiality, not on the acting government's stance).
SPEC_DESIGN: list[tuple[str, list[str], list[str]]] = [
    ("mission_size", ["large", "small"], ["peacekeeping", "intervention_against_perpetrator", "intervention_pro_government"]),
    ("police_strength", ["strong", "weak"], ["peacekeeping"]),
    ("mandate", ["strong", "weak"], ["peacekeeping"]),
    ("multidimensional", ["yes", "no"], ["peacekeeping"]),
    ("deployment_stage", ["new", "established"], ["peacekeeping", "intervention_against_perpetrator", "intervention_pro_government"]),
    ("impartial", ["yes", "no"], ["peacekeeping"]),
    ("sanction_goal", ["modest", "major"], ["comprehensive_sanctions", "targeted_sanctions"]),
    ("multilateral", ["yes", "no"], ["condemnation", "comprehensive_sanctions", "targeted_sanctions", "arms_embargo"]),
]

ALL_CRIMES = {"genocide", "crimes_against_humanity", "war_crimes"}
SPECIFIC_CRIMES = {
    9: {"genocide"},
    10: {"genocide"},
    11: {"crimes_against_humanity"},
    12: {"crimes_against_humanity"},
    13: {"war_crimes"},
    14: {"war_crimes"},
}


@pytest.fixture(scope="module")
def checklist():
    return load_checklist()


# --- situation factors -------------------------------------------------------------------------


def test_factor_ids_and_values_are_exactly_the_spec_table(checklist):
    actual = [(f.id, f.value_ids()) for g in checklist.factor_groups for f in g.factors]
    spec_ids = {fid for fid, _ in SPEC_FACTORS}
    assert [item for item in actual if item[0] in spec_ids] == SPEC_FACTORS
    assert sorted(item for item in actual if item[0] not in spec_ids) == sorted(ADDED_FACTORS)


def test_design_properties_are_the_spec_table_with_the_families_they_are_read_for():
    design = load_factor_vocabulary().design.values()
    assert [(p.id, p.value_ids(), p.families) for p in design] == SPEC_DESIGN
    for prop in design:
        assert prop.label.strip() and prop.question.strip().endswith("?"), prop.id
        assert len(prop.help.split()) >= 25, prop.id


def test_factor_groups(checklist):
    assert [g.id for g in checklist.factor_groups] == ["situation", "perpetrators", "civilians", "international"]
    for group in checklist.factor_groups:
        assert group.title.strip() and group.intro.strip(), group.id


def test_yes_and_no_stay_strings():
    raw = load_yaml(resource_root() / "checklist" / "factors.yaml")
    ids = {v["id"] for g in raw["groups"] for f in g["factors"] for v in f["values"]}
    assert {"yes", "no", "none"} <= ids
    assert all(isinstance(i, str) for i in ids)


def test_every_factor_has_label_question_help_and_value_labels(checklist):
    for group in checklist.factor_groups:
        for factor in group.factors:
            assert factor.label.strip(), factor.id
            assert factor.question.strip().endswith("?"), factor.id
            assert len(factor.help.split()) >= 25, f"{factor.id}: help too short to explain why it matters"
            for value in factor.values:
                assert value.label.strip(), f"{factor.id}.{value.id}"
            labels = [v.label for v in factor.values]
            assert len(set(labels)) == len(labels), factor.id


def test_value_labels_are_written_out_not_generated_from_ids():
    # Bare ids would be accepted by the model (with "latent risk" as label); the data must give
    # planner-readable labels explicitly.
    raw = load_yaml(resource_root() / "checklist" / "factors.yaml")
    for group in raw["groups"]:
        for factor in group["factors"]:
            for value in factor["values"]:
                assert isinstance(value, dict) and value.get("label"), f"{factor['id']}: {value!r}"


def test_unknown_is_never_a_value_but_has_a_label(checklist):
    vocabulary = checklist.vocabulary()
    for factor in vocabulary.factors.values():
        assert UNKNOWN not in factor.value_ids()
        assert factor.value_label(UNKNOWN) == "Unknown"
        assert factor.value_label(None) == "Unknown"
    assert vocabulary.factors["phase"].value_label("latent_risk") == "Latent risk (no atrocities yet)"
    assert vocabulary.problem("phase", ["escalation"]) is None
    assert "unknown factor" in vocabulary.problem("no_such_factor", ["yes"])
    assert "allowed" in vocabulary.problem("armed_conflict", ["maybe"])


# --- risk factors ------------------------------------------------------------------------------


def test_fourteen_risk_factors_numbered_in_order(checklist):
    rfs = checklist.risk_factors
    assert [rf.number for rf in rfs] == list(range(1, 15))
    assert [rf.id for rf in rfs] == [f"rf{n:02d}" for n in range(1, 15)]
    for rf in rfs:
        assert rf.title.strip() and rf.description.strip(), rf.id


def test_risk_factor_kinds_and_crimes(checklist):
    for rf in checklist.risk_factors:
        if rf.number <= 8:
            assert rf.kind == "common", rf.id
            assert set(rf.crimes) == ALL_CRIMES, rf.id
        else:
            assert rf.kind == "specific", rf.id
            assert set(rf.crimes) == SPECIFIC_CRIMES[rf.number], rf.id


def test_indicators_cover_exactly_the_framework_numbers(checklist):
    numbers = [n for rf in checklist.risk_factors for i in rf.indicators for n in i.numbers]
    assert len(numbers) == len(set(numbers)), "a framework number appears twice"
    assert sorted(numbers, key=_number_key) == FRAMEWORK_NUMBERS


def test_indicators_once_missing_are_now_their_own_questions(checklist):
    by_number = {i.number: i for rf in checklist.risk_factors for i in rf.indicators}
    for number in ONCE_MISSING:
        assert number in by_number, number
        assert by_number[number].also == [], f"{number} is merged into another question"


def test_indicator_ids_follow_their_framework_number_and_are_in_order(checklist):
    seen: set[str] = set()
    for rf in checklist.risk_factors:
        assert [_number_key(i.number) for i in rf.indicators] == sorted(_number_key(i.number) for i in rf.indicators)
        for indicator in rf.indicators:
            major, minor = indicator.number.split(".")
            assert int(major) == rf.number, indicator.id
            assert indicator.id == f"{rf.id}.{int(minor)}", indicator.id
            assert indicator.id not in seen
            seen.add(indicator.id)
            assert indicator.text.strip(), indicator.id


def test_merged_indicator_shows_both_numbers():
    merged = cl.Indicator(id="rf07.10", number="7.10", also=["7.12"], text="Groups confined or marked")
    assert merged.numbers == ["7.10", "7.12"]
    assert merged.number_label == "7.10 + 7.12"
    assert cl.Indicator(id="rf07.9", number="7.9", text="x").number_label == "7.9"


def _number_key(number: str) -> tuple[int, int]:
    major, minor = number.split(".")
    return int(major), int(minor)


# --- actors guide ------------------------------------------------------------------------------


def test_actors_guide(checklist):
    actors = checklist.actors
    assert [k.id for k in actors.kinds] == ["perpetrator", "enabler", "group_at_risk", "protector"]
    assert [t.id for t in actors.actor_types] == ["state", "non_state", "external"]
    for kind in actors.kinds:
        assert kind.title.strip() and kind.help.strip(), kind.id
    for t in actors.actor_types:
        assert t.label.strip(), t.id
    for name in ("motive", "means", "opportunity", "triggers", "resilience", "risk_estimate"):
        assert getattr(actors, f"{name}_help").strip(), name
    assert "Early Warning Project" in actors.risk_estimate_help


# --- broken data is refused with a message naming the file and the entry -----------------------


def _good_risk_factor(**changes):
    data = {
        "id": "rf01",
        "number": 1,
        "title": "Instability",
        "kind": "common",
        "crimes": ["genocide", "crimes_against_humanity", "war_crimes"],
        "description": "A test entry.",
        "indicators": [{"id": "rf01.1", "number": "1.1", "text": "War"}],
    }
    data.update(changes)
    return data


def test_fixture_helper_is_valid():
    rf = cl._validated(RiskFactor, _good_risk_factor(), "risk_factors.yaml", "risk_factors[0]")
    assert rf.indicators[0].id == "rf01.1"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"indicators": []}, "indicators"),
        ({"kind": "occasional"}, "kind"),
        ({"crimes": ["ethnic_cleansing"]}, "crimes"),
        ({"indicators": [{"id": "rf1-a", "number": "1.1", "text": "War"}]}, "indicators"),
        ({"indicators": [{"id": "rf01.1", "text": "War"}]}, "indicators.0.number"),
        ({"indicators": [{"id": "rf01.1", "number": "1.1.", "text": "War"}]}, "indicators.0.number"),
        ({"indicators": [{"id": "rf01.2", "number": "1.1", "text": "War"}]}, "indicators.0"),
        ({"indicators": [{"id": "rf01.1", "number": "1.1", "also": ["1"], "text": "War"}]}, "indicators.0.also"),
        ({"number": 15}, "number"),
    ],
)
def test_broken_risk_factor_is_refused(changes, field):
    with pytest.raises(DataFileError) as err:
        cl._validated(RiskFactor, _good_risk_factor(**changes), "risk_factors.yaml", "risk_factors[3]")
    message = str(err.value)
    assert message.startswith("risk_factors.yaml: risk_factors[3]:")
    assert field in message


def test_duplicate_factor_is_refused():
    text = """
groups:
  - id: a
    title: A
    factors:
      - {id: phase, values: [x, y]}
  - id: b
    title: B
    factors:
      - {id: phase, values: [x, y]}
"""
    with pytest.raises(DataFileError, match=r"factors\.yaml: factor 'phase' appears more than once"):
        cl._load_factor_groups(load_yaml_text(text, "factors.yaml"), "factors.yaml")


def test_factor_with_one_value_is_refused():
    text = """
groups:
  - id: a
    title: A
    factors:
      - {id: phase, values: [only]}
"""
    with pytest.raises(DataFileError, match=r"factors\.yaml: groups\[0\] \(a\): .*values"):
        cl._load_factor_groups(load_yaml_text(text, "factors.yaml"), "factors.yaml")


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of the real checklist folder that load_checklist() reads instead of resources/."""
    shutil.copytree(resource_root() / "checklist", tmp_path / "checklist")
    monkeypatch.setattr(cl, "resource_root", lambda: tmp_path)
    cl.clear_loaded()
    yield tmp_path / "checklist"
    cl.clear_loaded()


def test_copy_of_the_data_loads(data_copy):
    assert len(load_checklist().risk_factors) == 14


def test_risk_factor_without_indicators_in_file_is_refused(data_copy):
    path = data_copy / "risk_factors.yaml"
    data = load_yaml(path)
    data["risk_factors"][4]["indicators"] = []
    path.write_text(_dump(data), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"^risk_factors\.yaml: risk_factors\[4\]: indicators"):
        load_checklist()


def test_missing_risk_factor_is_refused(data_copy):
    path = data_copy / "risk_factors.yaml"
    data = load_yaml(path)
    del data["risk_factors"][13]
    path.write_text(_dump(data), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"risk_factors\.yaml: expected the fourteen"):
        load_checklist()


def test_unknown_actor_kind_in_file_is_refused(data_copy):
    path = data_copy / "actors.yaml"
    data = load_yaml(path)
    data["kinds"][2]["id"] = "bystander"
    path.write_text(_dump(data), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"^actors\.yaml: actors guide: kinds\.2\.id"):
        load_checklist()


def test_invalid_yaml_is_refused(data_copy):
    (data_copy / "factors.yaml").write_text("groups: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"^factors\.yaml: not valid YAML"):
        load_checklist()


def _dump(data) -> str:
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


# --- option design (design.yaml) ----------------------------------------------------------------


def test_design_property_for_an_unknown_family_is_refused(data_copy):
    path = data_copy / "design.yaml"
    data = load_yaml(path)
    data["properties"][0]["families"] = ["peacekeeping", "gunboats"]
    path.write_text(_dump(data), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"^design\.yaml: properties\[0\] \(mission_size\): families.*'gunboats'"):
        load_factor_vocabulary()


def test_design_property_reusing_a_factor_id_is_refused(data_copy):
    path = data_copy / "design.yaml"
    data = load_yaml(path)
    data["properties"][0]["id"] = "phase"
    path.write_text(_dump(data), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"^design\.yaml: design property 'phase' is already used"):
        load_factor_vocabulary()


def test_design_property_with_one_value_is_refused(data_copy):
    path = data_copy / "design.yaml"
    data = load_yaml(path)
    data["properties"][1]["values"] = data["properties"][1]["values"][:1]
    path.write_text(_dump(data), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"^design\.yaml: properties\[1\] \(police_strength\): values"):
        load_factor_vocabulary()


def test_design_values_stay_strings():
    raw = load_yaml(resource_root() / "checklist" / "design.yaml")
    assert all(isinstance(v["id"], str) for p in raw["properties"] for v in p["values"])


def test_factors_no_finding_uses_say_so_in_their_help():
    # Issue 14: a factor no finding uses says plainly that it changes no verdict.
    from atrocity_desk.core.evidence import load_evidence

    evidence = load_evidence()
    for factor in load_factor_vocabulary().factors.values():
        users = [f for f in evidence.findings_using_factor(factor.id) if f.family is not None]
        if not users:
            assert "no finding" in " ".join(factor.help.split()).lower(), factor.id


# --- framework numbers are checked when the file is read ----------------------------------------


def _edit_indicators(data_copy, factor_index, edit):
    path = data_copy / "risk_factors.yaml"
    data = load_yaml(path)
    edit(data["risk_factors"][factor_index]["indicators"])
    path.write_text(_dump(data), encoding="utf-8")


def test_gap_in_framework_numbers_is_refused(data_copy):
    _edit_indicators(data_copy, 6, lambda indicators: indicators.pop(8))  # drops 7.9
    with pytest.raises(DataFileError, match=r"risk_factors\[6\]: .*framework number 7\.9 is missing"):
        load_checklist()


def test_repeated_framework_number_is_refused(data_copy):
    def merge_twice(indicators):
        indicators[9]["also"] = ["7.12"]  # 7.10 claims 7.12, which is still its own question

    _edit_indicators(data_copy, 6, merge_twice)
    with pytest.raises(DataFileError, match=r"framework number 7\.12 appears more than once"):
        load_checklist()


def test_number_of_another_factor_is_refused(data_copy):
    _edit_indicators(data_copy, 2, lambda indicators: indicators[-1].update({"also": ["4.11"]}))
    with pytest.raises(DataFileError, match=r"indicator number 4\.11 does not belong to risk factor 3"):
        load_checklist()


def test_merge_that_keeps_every_number_loads(data_copy):
    def merge(indicators):
        indicators[9]["also"] = ["7.12"]
        del indicators[11]  # 7.12 is now covered by 7.10

    _edit_indicators(data_copy, 6, merge)
    rf07 = load_checklist().risk_factors[6]
    assert [i.number_label for i in rf07.indicators][9:11] == ["7.10 + 7.12", "7.11"]
