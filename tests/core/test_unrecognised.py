"""Stored data is checked, never trusted (issue 13): values the vocabulary does not know are
refused on the edit path, named by ``check`` and read everywhere else as *unrecognised*."""

from __future__ import annotations

import hashlib
import json

import pytest
from pypdf import PdfReader

from atrocity_desk.cli import EXIT_CHECK_FAILED, main
from atrocity_desk.core.errors import CaseFileError, InvalidValue
from atrocity_desk.core.models import Decision, EtdJudgment, Judgment
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.core.vocabulary import UNRECOGNISED_LABEL, Unrecognised, is_unrecognised
from tests.unrecognised_case import ACTOR_KIND, FAMILY, PHASE, RATING, STATUS, write_unrecognised_case


@pytest.fixture
def stored(tmp_path):
    path = tmp_path / "odd.atrocase"
    return path, write_unrecognised_case(path)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- check -----------------------------------------------------------------------------------


def test_check_names_every_unknown_value_in_every_revision_and_fails(stored, capsys):
    path, ids = stored
    assert main(["check", str(path)]) == EXIT_CHECK_FAILED
    err = capsys.readouterr().err
    expected = [
        f"judgments, revision {ids['latest']}, factor phase, value: unrecognised value '{PHASE}'",
        f"decisions, row {ids['status']}, status: unrecognised value '{STATUS}'",
        f"decisions, row {ids['family']}, family: unrecognised value '{FAMILY}'",
        f"decisions, row {ids['etd']}, etd effect: unrecognised value '{RATING}'",
        f"actors, row {ids['actor']}, kind: unrecognised value '{ACTOR_KIND}'",
    ]
    for line in expected:
        assert line in err
    assert "5 problems found" in err


def test_check_lists_the_values_as_data(stored):
    path, ids = stored
    with CaseFile.open(path, read_only=True) as case:
        found = {(v.table, v.field, v.value) for v in case.unknown_values()}
    assert found == {
        ("judgments", "value", PHASE),
        ("decisions", "status", STATUS),
        ("decisions", "family", FAMILY),
        ("decisions", "etd effect", RATING),
        ("actors", "kind", ACTOR_KIND),
    }


def test_a_sound_file_checks_clean(tmp_path, capsys):
    from atrocity_desk.core.example import write_example_case

    write_example_case(tmp_path / "x.atrocase").close()
    assert main(["check", str(tmp_path / "x.atrocase")]) == 0


# --- read: unrecognised, read as unknown ---------------------------------------------------------


def test_reads_mark_unknown_values_and_the_fit_reads_them_as_unknown(stored):
    path, ids = stored
    with CaseFile.open(path, read_only=True) as case:
        latest = ids["latest"]
        phase = case.judgment(latest, "factor", "phase")
        assert is_unrecognised(phase.value) and phase.value == PHASE and phase.unknown
        assert case.factor_answers(latest)["phase"] is None
        assert is_unrecognised(case.decision(ids["status"]).status)
        assert is_unrecognised(case.decision(ids["family"]).family)
        assert is_unrecognised(case.decision(ids["etd"]).etd_for("effect").rating)
        assert is_unrecognised(next(a for a in case.actors(ids["first"]) if a.id == ids["actor"]).kind)
        # A known value is not marked.
        assert not is_unrecognised(case.decision(ids["etd"]).status)


def test_fit_text_and_json_succeed_and_name_the_unrecognised_answer(stored, capsys):
    path, _ = stored
    assert main(["fit", str(path)]) == 0
    text = capsys.readouterr().out
    assert f"{UNRECOGNISED_LABEL}: the stored answer '{PHASE}' of phase, read as unknown." in text
    assert main(["fit", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unrecognised_answers"] == {"phase": PHASE}
    assert data["families"]


def test_memo_succeeds_and_shows_unrecognised(stored, tmp_path, capsys):
    path, _ = stored
    out = tmp_path / "memo.pdf"
    assert main(["memo", str(path), "-o", str(out)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert text.count(UNRECOGNISED_LABEL) >= 4  # phase, status group, family, EtD rating
    for raw in (FAMILY, RATING):  # shown as the vocabulary's word, never as the raw id
        assert raw not in text and raw.replace("_", " ") not in text


# --- write: refused before anything is written ----------------------------------------------------


@pytest.fixture
def editable(tmp_path):
    from atrocity_desk.core.example import write_example_case

    path = tmp_path / "x.atrocase"
    write_example_case(path).close()
    case = CaseFile.open(path)
    yield case
    case.close()


def _refused(case, edit):
    before = digest(case.path)
    with pytest.raises(InvalidValue):
        edit()
    assert digest(case.path) == before
    assert isinstance(InvalidValue("x"), CaseFileError)


def test_the_edit_path_refuses_unknown_values_and_writes_nothing(editable):
    case = editable
    latest = case.latest_revision().id
    decision = case.decisions(latest)[0]
    _refused(case, lambda: case.set_judgment(latest, Judgment(kind="factor", item="phase", value=PHASE)))
    _refused(case, lambda: case.set_judgment(latest, Judgment(kind="factor", item="no_such_factor", value="yes")))
    _refused(case, lambda: case.set_judgment(latest, Judgment(kind="indicator", item="rf01.1", value="maybe")))
    _refused(case, lambda: case.update_decision(decision.id, status=STATUS))
    _refused(case, lambda: case.update_decision(decision.id, family=FAMILY))
    _refused(case, lambda: case.update_decision(decision.id, tool="no_such_tool"))
    _refused(case, lambda: case.set_etd(decision.id, "no_such_criterion", EtdJudgment(rating="favours")))
    _refused(case, lambda: case.update_decision(decision.id, etd={"effect": {"rating": RATING}}))
    _refused(case, lambda: case.add_decision(latest, Decision.model_construct(family=FAMILY, status="considered")))
    _refused(case, lambda: case.update_actor(case.actors(latest)[0].id, kind=ACTOR_KIND))
    _refused(case, lambda: case.update_revision(latest, assessed_on="last Tuesday"))
    _refused(case, lambda: case.new_revision(assessed_on="2026-02-30"))


def test_known_values_still_write(editable):
    case = editable
    latest = case.latest_revision().id
    case.set_judgment(latest, Judgment(kind="factor", item="phase", value="escalation", confidence="high"))
    decision = case.decisions(latest)[0]
    case.update_decision(decision.id, status="rejected")
    assert case.factor_answers(latest)["phase"] == "escalation"
    assert case.decision(decision.id).status == "rejected"


def test_an_unrecognised_value_is_kept_when_other_fields_are_edited_and_copied(stored):
    path, ids = stored
    with CaseFile.open(path) as case:
        case.update_decision(ids["status"], rationale="edited")
        case.set_etd(ids["etd"], "risks", EtdJudgment(rating="uncertain"))
        copied = case.new_revision()
        raw = dict(case.conn.execute("SELECT family, status FROM decisions WHERE revision_id = ?", (copied.id,)).fetchall())
        assert raw[FAMILY] and STATUS in raw.values()
        assert case.decision(ids["status"]).status == Unrecognised(STATUS)
        assert case.decision(ids["etd"]).etd_for("effect").rating == RATING
