"""The evidence base of SPEC §5 (core/evidence.py, docs/evidence.md).

(a) The real base loads, is complete, and never claims more than the paper; (b) each validation
rule of the loader refuses a copy of the real data broken in one place, with a message that names
the file and the entry.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from atrocity_desk.core.checklist import load_factor_vocabulary
from atrocity_desk.core.datafiles import DataFileError, load_yaml
from atrocity_desk.core.evidence import EvidenceBase, _load_evidence_from, load_evidence
from tests.conftest import REPO

EVIDENCE_DIR = REPO / "resources" / "evidence"

# SPEC §5, the family ids, in order. A contract: case files and the fit use them.
SPEC_FAMILIES = [
    "condemnation", "un_resolutions", "diplomatic_downgrade", "diplomatic_upgrade",
    "non_recognition", "fact_finding", "mediation", "nonviolent_support", "development_aid",
    "aid_conditionality", "comprehensive_sanctions", "targeted_sanctions", "prosecution",
    "transitional_justice", "military_aid", "arms_embargo", "no_fly_zone", "safe_area",
    "intervention_against_perpetrator", "intervention_pro_government", "peacekeeping",
]  # fmt: skip


@pytest.fixture(scope="module")
def evidence() -> EvidenceBase:
    return load_evidence()


# --- (a) the real base ------------------------------------------------------------------------


def test_bundled_base_loads_with_version_and_source(evidence):
    assert evidence.version
    assert "Anti-Atrocity Toolbox" in evidence.source


def test_base_has_every_tool_table_and_enough_findings(evidence):
    assert len(evidence.tools) >= 50
    assert len(evidence.findings) >= 60
    assert {t.table for t in evidence.tools} == {"1.1", "1.2", "1.3", "1.4"}


def test_every_spec_family_is_present(evidence):
    assert sorted(f.id for f in evidence.families) == sorted(SPEC_FAMILIES)


def test_every_reviewed_family_has_a_finding_and_no_other_has_any(evidence):
    for family in evidence.families:
        findings = evidence.findings_for(family.id)
        if family.reviewed:
            assert findings, f"{family.id} is reviewed but has no finding"
        else:
            assert not findings, f"{family.id} is not reviewed but has findings"


def test_not_reviewed_families_and_only_they_have_the_not_reviewed_ceiling(evidence):
    for family in evidence.families:
        assert (family.ceiling == "not_reviewed") == (not family.reviewed), family.id
        if family.reviewed:
            assert family.ceiling_reason.strip(), f"{family.id}: a ceiling needs the paper's reason"


def test_every_study_is_cited_at_least_once(evidence):
    cited = {key for f in evidence.findings for key in f.studies}
    cited |= {key for t in evidence.themes for key in t.studies}
    cited |= {key for c in evidence.conclusions for key in c.studies}
    uncited = [s.key for s in evidence.studies if s.key not in cited]
    assert not uncited


def test_every_finding_cites_known_studies(evidence):
    keys = {s.key for s in evidence.studies}
    for finding in evidence.findings:
        assert finding.studies, finding.id
        assert set(finding.studies) <= keys, finding.id


def test_every_tool_belongs_to_a_known_family_or_is_marked_not_reviewed(evidence):
    family_ids = {f.id for f in evidence.families}
    for tool in evidence.tools:
        assert tool.family is None or tool.family in family_ids, tool.id
    assert any(t.family is None for t in evidence.tools), "the paper leaves some tools unreviewed"


def test_every_category_has_the_papers_conclusion(evidence):
    assert sorted(c.category for c in evidence.conclusions) == ["diplomatic", "economic", "legal", "military"]


def test_study_keys_follow_the_convention(evidence):
    for study in evidence.studies:
        assert study.authors.strip() and study.year.strip(), study.key
        assert re.fullmatch(r"[a-z0-9_]+", study.key), study.key


def test_the_same_work_printed_two_ways_stays_as_printed(evidence):
    # The paper cites Conley-Zilkic once as "forthcoming 2016" and once as "2016"; the base keeps
    # both as printed rather than guessing they are one work (docs/evidence.md, Studies).
    keys = {s.key: s for s in evidence.studies}
    assert keys["conley_zilkic_forthcoming_2016"].year == "forthcoming 2016"
    assert keys["conley_zilkic_2016"].year == "2016"


# Never stronger than the paper: the ceiling is the paper's judgement, and the findings must not
# contradict it in the structural ways that can be checked.


def test_family_with_only_insufficient_evidence_findings_has_ceiling_insufficient(evidence):
    for family in evidence.families:
        findings = evidence.findings_for(family.id)
        if findings and all(f.direction == "insufficient_evidence" for f in findings):
            assert family.ceiling == "insufficient", family.id


def test_family_with_only_case_studies_and_anecdotes_has_ceiling_insufficient(evidence):
    # SPEC §5: "insufficient" is the verdict when there are only case studies and anecdotes.
    for family in evidence.families:
        findings = evidence.findings_for(family.id)
        if findings and all(f.evidence_kind != "cross_national_statistical" for f in findings):
            assert family.ceiling == "insufficient", family.id


def test_supported_ceiling_rests_on_a_cross_national_finding_of_benefit(evidence):
    for family in evidence.families:
        if family.ceiling == "supported":
            assert any(
                f.direction == "reduces_violence" and f.evidence_kind == "cross_national_statistical"
                for f in evidence.findings_for(family.id)
            ), family.id


def test_every_condition_uses_the_factor_vocabulary(evidence):
    vocabulary = load_factor_vocabulary()
    for finding in evidence.findings:
        for condition in finding.conditions:
            assert vocabulary.condition_problem(condition.factor, condition.values, finding.family) is None, finding.id
        for risk in finding.risks:
            for condition in risk.conditions:
                assert vocabulary.condition_problem(condition.factor, condition.values, finding.family) is None, finding.id


# --- (b) the loader refuses broken data -------------------------------------------------------


@pytest.fixture
def folder(tmp_path) -> Path:
    """A copy of the real evidence folder, to break in one place."""
    target = tmp_path / "evidence"
    shutil.copytree(EVIDENCE_DIR, target)
    return target


def _load(folder: Path) -> EvidenceBase:
    return _load_evidence_from(folder, load_factor_vocabulary())


def _section_with(folder: Path, key: str) -> str:
    """The first data file with a non-empty ``key`` list (the files may be reorganised)."""
    for path in sorted(folder.glob("*.yaml")):
        if (load_yaml(path) or {}).get(key):
            return path.name
    raise AssertionError(f"no evidence file has {key}")


def _edit(folder: Path, name: str, change: Callable[[dict], None]) -> None:
    path = folder / name
    data = load_yaml(path)
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _refused(folder: Path, *parts: str) -> None:
    with pytest.raises(DataFileError) as info:
        _load(folder)
    for part in parts:
        assert part in str(info.value), f"{part!r} not named in: {info.value}"


def test_the_unbroken_copy_loads(folder):
    assert len(_load(folder).findings) == len(load_evidence().findings)


def test_duplicate_tool_id_is_refused(folder):
    name = _section_with(folder, "tools")
    tool_id = load_yaml(folder / name)["tools"][0]["id"]
    _edit(folder, name, lambda d: d["tools"].append(dict(d["tools"][0])))
    _refused(folder, name, f"tool id {tool_id!r}", "more than once")


def test_duplicate_finding_id_is_refused(folder):
    name = _section_with(folder, "findings")
    first = load_yaml(folder / name)["findings"][0]["id"]
    _edit(folder, name, lambda d: d["findings"][1].update(id=first))
    _refused(folder, name, f"finding id {first!r}", "more than once")


def test_duplicate_study_key_with_other_authors_is_refused(folder):
    name = _section_with(folder, "studies")
    key = load_yaml(folder / name)["studies"][0]["key"]
    _edit(folder, name, lambda d: d["studies"].append({**d["studies"][0], "authors": "Somebody Else"}))
    _refused(folder, name, repr(key), "differs")


def test_differing_duplicate_study_across_files_is_refused(folder):
    names = sorted(p.name for p in folder.glob("*.yaml") if (load_yaml(p) or {}).get("studies"))
    source, other = names[0], names[1]
    study = load_yaml(folder / source)["studies"][0]
    _edit(folder, other, lambda d: d["studies"].append({**study, "year": study["year"] + "z"}))
    _refused(folder, other, repr(study["key"]), source)


def test_identical_study_listed_in_two_files_is_one_study(folder):
    names = sorted(p.name for p in folder.glob("*.yaml") if (load_yaml(p) or {}).get("studies"))
    study = load_yaml(folder / names[0])["studies"][0]
    _edit(folder, names[1], lambda d: d["studies"].append(dict(study)))
    assert len(_load(folder).studies) == len(load_evidence().studies)


def test_tool_of_unknown_family_is_refused(folder):
    name = _section_with(folder, "tools")
    tool_id = load_yaml(folder / name)["tools"][0]["id"]
    _edit(folder, name, lambda d: d["tools"][0].update(family="wishful_thinking"))
    _refused(folder, name, f"tool {tool_id}", "unknown family 'wishful_thinking'")


def test_finding_of_unknown_family_is_refused(folder):
    name = _section_with(folder, "findings")
    finding_id = load_yaml(folder / name)["findings"][0]["id"]
    _edit(folder, name, lambda d: d["findings"][0].update(family="wishful_thinking"))
    _refused(folder, name, f"finding {finding_id}", "unknown family 'wishful_thinking'")


def _add_condition(**condition) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        entry = {"kind": "scope", "why": "test", **condition}
        data["findings"][0]["conditions"] = [*(data["findings"][0].get("conditions") or []), entry]

    return change


def test_condition_on_unknown_factor_is_refused(folder):
    name = _section_with(folder, "findings")
    finding_id = load_yaml(folder / name)["findings"][0]["id"]
    _edit(folder, name, _add_condition(factor="moon_phase", values=["full"]))
    _refused(folder, name, f"finding {finding_id}", "unknown factor 'moon_phase'")


def test_condition_with_unknown_factor_value_is_refused(folder):
    name = _section_with(folder, "findings")
    finding_id = load_yaml(folder / name)["findings"][0]["id"]
    _edit(folder, name, _add_condition(factor="phase", values=["apocalypse"]))
    _refused(folder, name, f"finding {finding_id}", "'phase' has no value 'apocalypse'")


def test_citation_of_unknown_study_is_refused(folder):
    name = _section_with(folder, "findings")
    finding_id = load_yaml(folder / name)["findings"][0]["id"]
    _edit(folder, name, lambda d: d["findings"][0]["studies"].append("nobody_1999"))
    _refused(folder, name, f"finding {finding_id}", "unknown study 'nobody_1999'")


def test_study_cited_by_nothing_is_refused(folder):
    name = _section_with(folder, "studies")
    lonely = {"key": "lonely_2020", "authors": "Lonely", "year": "2020"}
    _edit(folder, name, lambda d: d["studies"].append(lonely))
    _refused(folder, name, "study lonely_2020", "cited by no finding")


def _family_file(folder: Path, family_id: str) -> str:
    for path in sorted(folder.glob("*.yaml")):
        if any(f["id"] == family_id for f in (load_yaml(path) or {}).get("families") or []):
            return path.name
    raise AssertionError(f"no file defines family {family_id}")


def _a_reviewed_family(folder: Path) -> tuple[str, str]:
    """(file, id) of a reviewed family that has findings."""
    base = _load(folder)
    family = next(f for f in base.families if f.reviewed and base.findings_for(f.id))
    return _family_file(folder, family.id), family.id


def test_missing_family_is_refused(folder):
    name, family_id = _a_reviewed_family(folder)
    _edit(folder, name, lambda d: d.update(families=[f for f in d["families"] if f["id"] != family_id]))
    # No file defines it any more, so the message names the evidence base and the family.
    _refused(folder, "families missing", family_id)


def test_reviewed_family_without_findings_is_refused(folder):
    name, family_id = _a_reviewed_family(folder)
    other = next(f for f in SPEC_FAMILIES if f != family_id)

    def move_findings(data: dict) -> None:
        for finding in data.get("findings") or []:
            if finding["family"] == family_id:
                finding["family"] = other

    for path in folder.glob("*.yaml"):
        _edit(folder, path.name, move_findings)
    _refused(folder, name, f"family {family_id}", "has no finding")


def test_not_reviewed_family_with_findings_is_refused(folder):
    name, family_id = _a_reviewed_family(folder)

    def unreview(data: dict) -> None:
        family = next(f for f in data["families"] if f["id"] == family_id)
        family.update(reviewed=False, ceiling="not_reviewed")

    _edit(folder, name, unreview)
    _refused(folder, name, f"family {family_id}", "not reviewed but has findings")


def test_unknown_direction_is_refused(folder):
    name = _section_with(folder, "findings")
    finding_id = load_yaml(folder / name)["findings"][0]["id"]
    _edit(folder, name, lambda d: d["findings"][0].update(direction="cures_everything"))
    _refused(folder, name, f"findings[0] ({finding_id})", "direction")


def test_extra_field_is_refused(folder):
    name = _section_with(folder, "findings")
    finding_id = load_yaml(folder / name)["findings"][0]["id"]
    _edit(folder, name, lambda d: d["findings"][0].update(confidence="very high"))
    _refused(folder, name, f"findings[0] ({finding_id})", "confidence", "Extra inputs")


def test_extra_field_on_a_tool_is_refused(folder):
    name = _section_with(folder, "tools")
    tool_id = load_yaml(folder / name)["tools"][0]["id"]
    _edit(folder, name, lambda d: d["tools"][0].update(effective=True))
    _refused(folder, name, f"tools[0] ({tool_id})", "effective")


def test_unknown_top_level_list_is_refused(folder):
    name = _section_with(folder, "findings")
    _edit(folder, name, lambda d: d.update(anecdotes=[]))
    _refused(folder, name, "anecdotes")


def test_invalid_yaml_is_refused(folder):
    name = _section_with(folder, "findings")
    (folder / name).write_text("findings: [unclosed\n  - id: x\n", encoding="utf-8")
    _refused(folder, name, "not valid YAML")


def test_folder_without_data_is_refused(tmp_path):
    with pytest.raises(DataFileError, match="no evidence files"):
        _load(tmp_path)


# --- (c) risks with conditions and design properties (issue 14) -----------------------------------


def _first_finding_of(folder: Path, family_id: str) -> tuple[str, int, str]:
    for path in sorted(folder.glob("*.yaml")):
        for index, raw in enumerate((load_yaml(path) or {}).get("findings") or []):
            if raw.get("family") == family_id:
                return path.name, index, raw["id"]
    raise AssertionError(f"no finding of {family_id}")


def _add_risk(index: int, risk) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        entry = data["findings"][index]
        entry["risks"] = [*(entry.get("risks") or []), risk]

    return change


def _risk_condition(factor: str, values: list[str], kind: str = "requires") -> dict:
    return {"text": "a test harm", "conditions": [{"factor": factor, "values": values, "kind": kind, "why": "test"}]}


def test_risk_condition_on_an_unknown_id_is_refused_naming_file_entry_and_field(folder):
    name, index, finding_id = _first_finding_of(folder, "peacekeeping")
    risks_before = len(load_yaml(folder / name)["findings"][index].get("risks") or [])
    _edit(folder, name, _add_risk(index, _risk_condition("moon_phase", ["full"])))
    _refused(folder, name, f"finding {finding_id}", f"risks[{risks_before}].conditions[0]", "unknown factor 'moon_phase'")


def test_risk_condition_with_a_value_the_design_property_lacks_is_refused(folder):
    name, index, finding_id = _first_finding_of(folder, "peacekeeping")
    _edit(folder, name, _add_risk(index, _risk_condition("deployment_stage", ["eternal"])))
    _refused(folder, name, f"finding {finding_id}", "design property 'deployment_stage' has no value 'eternal'")


def test_design_condition_for_a_family_it_is_not_read_for_is_refused(folder):
    name, index, finding_id = _first_finding_of(folder, "condemnation")
    _edit(folder, name, lambda d: d["findings"][index].update(
        conditions=[{"factor": "mandate", "values": ["strong"], "kind": "requires", "why": "test"}]
    ))
    _refused(folder, name, f"finding {finding_id}", "conditions[0]", "'mandate' is not read for family 'condemnation'")


def test_risk_condition_of_a_kind_that_does_not_say_where_it_holds_is_refused(folder):
    name, index, finding_id = _first_finding_of(folder, "peacekeeping")
    _edit(folder, name, _add_risk(index, _risk_condition("armed_conflict", ["yes"], kind="favours")))
    _refused(folder, name, finding_id, "risks", "'requires' or 'scope'")


def test_a_risk_written_as_text_alone_has_no_conditions(folder):
    name, index, finding_id = _first_finding_of(folder, "peacekeeping")
    _edit(folder, name, _add_risk(index, "a plain harm"))
    risk = _load(folder).finding(finding_id).risks[-1]
    assert risk.text == "a plain harm" and risk.conditions == []


def test_findings_using_a_design_property_include_risk_conditions(evidence):
    users = {f.id for f in evidence.findings_using_factor("election_upcoming")}
    assert users == {"mil_aid_colombia_paramilitary_violence"}  # only through its risk
