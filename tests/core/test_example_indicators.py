"""The bundled example answers the whole UN framework as a careful planner would: every indicator
judged in the first assessment except the five the desk cannot see from outside, which stay unknown."""

import pytest

from atrocity_desk.core.example import write_example_case

from .framework_numbers import FRAMEWORK_NUMBERS, ONCE_MISSING

LEFT_UNKNOWN_ON_PURPOSE = {"rf05.8", "rf10.4", "rf12.1", "rf12.4", "rf13.10"}


def _id(number: str) -> str:
    major, minor = number.split(".")
    return f"rf{int(major):02d}.{minor}"


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    case = write_example_case(tmp_path_factory.mktemp("example") / "x.atrocase")
    revisions = case.revisions()
    answers = [case.judgments(r.id, "indicator") for r in revisions]
    case.close()
    return answers


def test_first_assessment_answers_every_framework_indicator_but_five(example):
    first = example[0]
    answered = {item for item, j in first.items() if j.value is not None}
    assert answered == {_id(n) for n in FRAMEWORK_NUMBERS} - LEFT_UNKNOWN_ON_PURPOSE


def test_every_answer_carries_a_note_and_a_confidence(example):
    for item, judgment in example[0].items():
        assert judgment.note.strip() and judgment.confidence, item


def test_indicators_once_missing_are_answered(example):
    first = example[0]
    assert {_id(n) for n in ONCE_MISSING} <= set(first)
    assert first["rf07.9"].value == "present" and first["rf07.9"].confidence == "low"  # reported, unverified
    assert first["rf07.12"].value == "absent"  # no marking seen


def test_reassessment_records_the_forced_moves_as_confinement(example):
    latest = example[-1]
    assert latest["rf07.10"].value == "present"
    assert "protected villages" in latest["rf07.10"].note
