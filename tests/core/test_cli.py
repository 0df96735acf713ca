"""The command line (SPEC §6): plain messages and non-zero exits for bad input, never a traceback."""

import json
import subprocess
import sys

import pytest

from atrocity_desk.cli import main
from atrocity_desk.core.storage import CaseFile


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "atrocity_desk", *args], capture_output=True, text=True)


def test_new_with_title_and_answers(tmp_path, capsys):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({
        "case": {"title": "From answers", "country": "Kraków region", "analyst": "Ñ. Analyst", "marking": "RESTRICTED"},
        "factors": {"phase": "escalation", "relationship": "ally", "armed_conflict": "unknown"},
    }))
    path = tmp_path / "new.atrocase"
    assert main(["new", str(path), "--title", "Overridden title", "--answers", str(answers)]) == 0
    with CaseFile.open(path) as case:
        meta = case.meta()
        assert (meta.title, meta.country, meta.analyst, meta.marking) == ("Overridden title", "Kraków region", "Ñ. Analyst", "RESTRICTED")
        assert case.factor_answers(case.latest_revision().id) == {"phase": "escalation", "relationship": "ally", "armed_conflict": None}
        assert meta.evidence_version


def test_new_writes_the_strategy_of_the_answers_file(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"strategy": {
        "baseline": "Raids continue", "coalition": "Donor group",
        "phases": [{"kind": "now", "title": "Pressure", "decision_points": [{"event": "Camps attacked", "direction": "escalate"}]}],
        "scenarios": [{"kind": "most_likely", "title": "Grinding war"}, {"kind": "most_dangerous", "title": "Camps attacked"}],
        "triggers": [{"on_date": "2027-02-14", "title": "Election"}],
    }}))
    assert main(["new", str(tmp_path / "plan.atrocase"), "--answers", str(answers)]) == 0
    with CaseFile.open(tmp_path / "plan.atrocase") as case:
        strategy = case.strategy(case.latest_revision().id)
        assert (strategy.baseline, strategy.coalition) == ("Raids continue", "Donor group")
        assert [d.event for d in strategy.phases[0].decision_points] == ["Camps attacked"]
        assert [s.kind for s in strategy.scenarios] == ["most_likely", "most_dangerous"]
        assert [(t.on_date, t.status) for t in strategy.triggers] == [("2027-02-14", "upcoming")]


def test_new_accepts_every_factor_of_the_vocabulary(tmp_path):
    from atrocity_desk.core.checklist import load_factor_vocabulary

    factors = {f.id: f.values[-1].id for f in load_factor_vocabulary().factors.values()}
    answers = tmp_path / "all.json"
    answers.write_text(json.dumps({"factors": factors}))
    assert main(["new", str(tmp_path / "all.atrocase", ), "--answers", str(answers)]) == 0
    with CaseFile.open(tmp_path / "all.atrocase") as case:
        assert case.factor_answers(case.latest_revision().id) == factors


@pytest.mark.parametrize(
    "answers, message",
    [
        ({"factors": {"phaze": "escalation"}}, "unknown factor 'phaze'"),
        ({"factors": {"phase": "genocide"}}, "no value 'genocide'"),
        ({"factors": {"phase": 3}}, "must have a text value"),
        ({"case": {"colour": "red"}}, "unknown case field 'colour'"),
        ({"extra": {}}, "unknown section(s) 'extra'"),
        ({"strategy": {"scenarios": [{"kind": "rosy"}]}}, "'rosy' is not one of"),
        ({"strategy": {"triggers": [{"title": "Vote", "on_date": "soon"}]}}, "'soon' is not a date"),
        ([1, 2], "expected a JSON object"),
    ],
)
def test_bad_answers_are_refused_by_name_and_no_file_is_made(tmp_path, answers, message):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    result = run_cli("new", str(tmp_path / "x.atrocase"), "--answers", str(path))
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.atrocase").exists()


def test_answers_that_are_not_json(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text("{phase: escalation")
    result = run_cli("new", str(tmp_path / "x.atrocase"), "--answers", str(path))
    assert result.returncode != 0 and "not valid JSON" in result.stderr and "Traceback" not in result.stderr


def test_example_then_check(tmp_path):
    path = tmp_path / "example.atrocase"
    assert run_cli("example", str(path)).returncode == 0
    result = run_cli("check", str(path))
    assert result.returncode == 0 and "OK (case format" in result.stdout and ", 2 revisions, " in result.stdout
    with CaseFile.open(path) as case:
        revision = case.latest_revision()
        statuses = {d.status for d in case.decisions(revision.id)}
        assert statuses == {"recommended", "considered", "rejected", "in_place"}
        assert case.objectives(revision.id) and revision.end_state
        answers = case.factor_answers(revision.id)
        assert "perpetrator_goals_met" not in answers  # left unknown on purpose


def test_new_refuses_to_overwrite(tmp_path):
    path = tmp_path / "example.atrocase"
    assert run_cli("example", str(path)).returncode == 0
    result = run_cli("new", str(path))
    assert result.returncode != 0 and "already exists" in result.stderr


@pytest.mark.parametrize("command", ["check", "fit", "memo"])
def test_bad_files_give_a_plain_message(tmp_path, command):
    path = tmp_path / "bad.atrocase"
    path.write_text("not a case")
    args = [command, str(path)] + (["-o", str(tmp_path / "m.pdf")] if command == "memo" else [])
    result = run_cli(*args)
    assert result.returncode != 0
    assert "not an Atrocity Desk case file" in result.stderr and "Traceback" not in result.stderr


def test_check_reports_a_damaged_schema(tmp_path):
    path = tmp_path / "example.atrocase"
    run_cli("example", str(path))
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX audit_by_revision")
    conn.commit()
    conn.close()
    result = run_cli("check", str(path))
    assert result.returncode != 0 and "audit_by_revision" in result.stderr


def test_fit_json_has_the_spec_shape(tmp_path):
    path = tmp_path / "example.atrocase"
    run_cli("example", str(path))
    result = run_cli("fit", str(path), "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert len(data["families"]) == 21
    for family in data["families"]:
        assert {"id", "verdict", "reasons", "unknown_factors"} <= set(family)
        assert family["verdict"] in {"supported", "mixed", "cautioned", "insufficient", "not_reviewed"}
        for reason in family["reasons"]:
            assert {"finding", "direction", "citations", "factors"} <= set(reason)


# -- file names and messages consistent with the window (issue 12) --


def test_new_adds_the_case_suffix_as_the_window_does(tmp_path, capsys):
    assert main(["new", str(tmp_path / "noext")]) == 0
    assert (tmp_path / "noext.atrocase").exists() and not (tmp_path / "noext").exists()
    assert "noext.atrocase" in capsys.readouterr().out
    with CaseFile.open(tmp_path / "noext.atrocase") as case:
        assert case.meta().title == "noext"


@pytest.mark.parametrize("name", ["   ", ".atrocase", "  .atrocase"])
def test_new_refuses_a_blank_file_name(tmp_path, capsys, name):
    assert main(["new", str(tmp_path / name)]) != 0
    assert "Name not accepted" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("title", ["   ", "", "x" * 201])
def test_new_refuses_a_blank_or_overlong_title(tmp_path, capsys, title):
    assert main(["new", str(tmp_path / "case.atrocase"), "--title", title]) != 0
    err = capsys.readouterr().err
    assert "title" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_failure_to_create_says_the_case_was_not_created(tmp_path, capsys):
    assert main(["new", str(tmp_path / "no" / "such" / "folder" / "case.atrocase")]) != 0
    err = capsys.readouterr().err
    assert "Case not created" in err and "Change not saved" not in err
    assert "could not be created" in err


def test_memo_to_a_name_that_is_not_a_pdf_writes_a_pdf_and_says_so(tmp_path, capsys):
    case = tmp_path / "example.atrocase"
    assert main(["example", str(case)]) == 0
    assert main(["memo", str(case), "-o", str(tmp_path / "memo.txt")]) == 0
    written = tmp_path / "memo.txt.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "memo.txt").exists()
    captured = capsys.readouterr()
    assert "memo.txt.pdf" in captured.err and "memo.txt.pdf" in captured.out
