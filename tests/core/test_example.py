"""The example case data is validated: a bad entry is refused with a message naming it, and no file is left."""

import copy

import pytest
from atrocity_desk.core import example
from atrocity_desk.core.datafiles import DataFileError

ORIGINAL = example.example_data()

def broken(change):
    data = copy.deepcopy(ORIGINAL)
    change(data)
    return data

CASES = {
    "factor id": (lambda d: d["revisions"][1]["factors"].update(phaze={"value": "escalation"}), "revision 2, factors: unknown factor 'phaze'"),
    "factor value": (lambda d: d["revisions"][1]["factors"].update(phase={"value": "genocide"}), "factor 'phase' has no value 'genocide'"),
    "indicator id": (lambda d: d["revisions"][0]["indicators"].update({"rf15.1": {"value": "present"}}), "revision 1, indicators: unknown risk-factor indicator 'rf15.1'"),
    "indicator value": (lambda d: d["revisions"][1]["indicators"].update({"rf01.1": {"value": "yes"}}), "indicator 'rf01.1' has no value 'yes'"),
    "decision title": (lambda d: d["revisions"][1]["update_decisions"].append({"title": "No such option", "status": "rejected"}), "update of decision 'No such option': no decision"),
    "actor name": (lambda d: d["revisions"][1]["update_actors"].append({"name": "Nobody", "notes": "x"}), "update of actor 'Nobody'"),
    "unknown key": (lambda d: d["revisions"][1].update(decisions=[]), "unknown key(s) 'decisions'"),
    "objective number": (lambda d: d["revisions"][1]["add_decisions"][0].update(objectives=[12]), "objective numbers from 1 to 5"),
    "family": (lambda d: d["revisions"][1]["add_decisions"][0].update(family="airstrikes"), "unknown family 'airstrikes'"),
    "etd criterion": (lambda d: d["revisions"][1]["update_decisions"][1]["etd"].update(cost={"rating": "favours"}), "unknown evidence-to-decision criteria: cost"),
    "etd rating": (lambda d: d["revisions"][1]["update_decisions"][1]["etd"].update(effect={"rating": "great"}), "etd 'effect'"),
    "status": (lambda d: d["revisions"][1]["update_decisions"][1].update(status="preferred"), "status: Input should be"),
    "confidence": (lambda d: d["revisions"][0]["factors"]["phase"].update(confidence="certain"), "revision 1, factors 'phase': confidence"),
    "empty update": (lambda d: d["revisions"][1]["update_decisions"].append({"title": "Broad trade embargo"}), "changes nothing"),
}

@pytest.mark.parametrize("name", list(CASES))
def test_bad_entry(name, monkeypatch, tmp_path):
    change, expected = CASES[name]
    monkeypatch.setattr(example, "example_data", lambda: broken(change))
    with pytest.raises(DataFileError) as raised:
        example.write_example_case(tmp_path / "x.atrocase")
    assert str(raised.value).startswith("example_case.yaml")
    assert expected in str(raised.value), str(raised.value)
    assert not (tmp_path / "x.atrocase").exists()

def test_value_null_sets_unknown(monkeypatch, tmp_path):
    monkeypatch.setattr(example, "example_data", lambda: broken(lambda d: d["revisions"][1]["factors"].update(phase={"value": None})))
    with example.write_example_case(tmp_path / "x.atrocase") as case:
        assert case.factor_answers(case.latest_revision().id)["phase"] is None


def test_each_revision_of_the_example_started_on_its_assessment_day(tmp_path):
    # Issue 17: the Revisions page showed every revision started after its own assessment date
    # (the day the file was written), which reads as a mistake in the story's timeline.
    with example.write_example_case(tmp_path / "example.atrocase") as case:
        revisions = case.revisions()
        assert len(revisions) >= 2
        for revision in revisions:
            assert revision.created_at.startswith(revision.assessed_on), (revision.number, revision.created_at)


def test_a_revision_start_that_is_not_a_time_is_refused(tmp_path):
    from atrocity_desk.core.storage import CaseFile

    with pytest.raises(ValueError):
        CaseFile.create(tmp_path / "x.atrocase", started_at="last Tuesday")
    assert not (tmp_path / "x.atrocase").exists()
