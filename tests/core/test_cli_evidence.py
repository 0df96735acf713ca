"""`atrocity-desk evidence [FAMILY] [--json]` (SPEC §6) and the report behind it
(core/evidence_report.py)."""

from __future__ import annotations

import json

import pytest

from atrocity_desk.core.vocabulary import central_caution
from atrocity_desk import cli
from atrocity_desk.core import evidence as evidence_module
from atrocity_desk.core.datafiles import DataFileError
from atrocity_desk.core.evidence import load_evidence
from atrocity_desk.core.evidence_report import (
    NOT_REVIEWED_FAMILY,
    NOT_REVIEWED_TOOL,
    evidence_json,
    evidence_text,
)

SHAPE = {"tools", "families", "findings", "studies"}


@pytest.fixture(scope="module")
def evidence():
    return load_evidence()


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_evidence_json_prints_the_whole_base_in_the_spec_shape(capsys, evidence):
    code, out, err = _run(capsys, "evidence", "--json")
    assert code == 0 and not err
    data = json.loads(out)
    assert set(data) == SHAPE
    assert len(data["tools"]) == len(evidence.tools)
    assert len(data["families"]) == len(evidence.families)
    assert len(data["findings"]) == len(evidence.findings)
    assert len(data["studies"]) == len(evidence.studies)
    assert all(set(s) == {"key", "authors", "year"} for s in data["studies"])
    finding = data["findings"][0]
    assert {"id", "family", "statement", "direction", "studies", "section"} <= set(finding)


def test_evidence_json_of_one_family_holds_only_that_family(capsys, evidence):
    code, out, _ = _run(capsys, "evidence", "targeted_sanctions", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == SHAPE
    assert [f["id"] for f in data["families"]] == ["targeted_sanctions"]
    assert data["tools"] and {t["family"] for t in data["tools"]} == {"targeted_sanctions"}
    assert data["findings"] and {f["family"] for f in data["findings"]} == {"targeted_sanctions"}
    cited = {key for f in data["findings"] for key in f["studies"]}
    assert {s["key"] for s in data["studies"]} == cited


def test_evidence_json_is_plain_json_data(evidence):
    assert json.loads(json.dumps(evidence_json(evidence))) == evidence_json(evidence)


def test_evidence_text_of_a_family_names_it_and_cites_its_studies(capsys, evidence):
    code, out, err = _run(capsys, "evidence", "targeted_sanctions")
    assert code == 0 and not err
    family = evidence.family("targeted_sanctions")
    first = evidence.findings_for("targeted_sanctions")[0]
    assert family.name in out
    assert family.ceiling_reason.split()[0] in out
    assert first.statement in out
    assert evidence.citation(first.studies[0]) in out  # "Authors Year"
    assert first.section in out


def test_evidence_text_overview_lists_every_family_and_marks_unreviewed_tools(capsys, evidence):
    code, out, _ = _run(capsys, "evidence")
    assert code == 0
    assert evidence.version in out and evidence.source in out
    for family in evidence.families:
        assert f"[{family.id}]" in out
    unreviewed = [t for t in evidence.tools if t.family is None]
    assert unreviewed
    for tool in unreviewed:
        assert f"{tool.name} — {NOT_REVIEWED_TOOL}" in out


def test_evidence_text_shows_the_papers_caution(evidence):
    assert central_caution() in evidence_text(evidence)
    assert "political strategy" in evidence_text(evidence, "peacekeeping")


def test_evidence_text_says_so_when_a_family_is_not_reviewed(evidence):
    family = evidence.family("no_fly_zone").model_copy(update={"reviewed": False, "ceiling": "not_reviewed"})
    base = evidence.model_copy(
        update={
            "families": [family if f.id == family.id else f for f in evidence.families],
            "findings": [f for f in evidence.findings if f.family != family.id],
        }
    )
    assert NOT_REVIEWED_FAMILY in evidence_text(base)
    assert NOT_REVIEWED_FAMILY in evidence_text(base, "no_fly_zone")


def test_unknown_family_is_a_plain_error(capsys):
    code, out, err = _run(capsys, "evidence", "nope")
    assert code != 0
    assert not out
    assert "nope" in err and "targeted_sanctions" in err
    assert "Traceback" not in err


def test_damaged_data_is_a_plain_error(capsys, monkeypatch):
    def broken():
        raise DataFileError("economic.yaml: finding eco_x: cites unknown study 'nobody_1999'")

    monkeypatch.setattr(evidence_module, "load_evidence", broken)
    code, out, err = _run(capsys, "evidence", "--json")
    assert code != 0 and not out
    assert "economic.yaml" in err and "Traceback" not in err


def test_evidence_text_shows_a_risk_with_the_answer_it_depends_on(capsys):
    # the spike "when the intervention begins" holds only for a new deployment
    code, out, _ = _run(capsys, "evidence", "peacekeeping")
    assert code == 0
    line = next(l for l in out.splitlines() if "immediate rise in violence" in l)
    assert "Stage of deployment" in line and "New (just deploying)" in line
