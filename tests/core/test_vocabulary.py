"""The one vocabulary (core/vocabulary.py, resources/vocabulary/words.yaml): every id a planner can
meet has its words, an id it does not know is shown as unrecognised, and every word passes one
translation seam."""

from __future__ import annotations

from typing import get_args

import pytest

from atrocity_desk.core import vocabulary
from atrocity_desk.core.evidence import load_evidence
from atrocity_desk.core.fit import ROLES
from atrocity_desk.core.models import ETD_RATINGS, ActorKindId, ActorType, Decision
from atrocity_desk.core.vocabulary import (
    DECISION_STATUSES,
    ETD_CRITERIA,
    VERDICTS,
    Category,
    ConditionBearing,
    ConditionKind,
    ConditionState,
    Confidence,
    Direction,
    EvidenceKind,
    Mode,
    Outcome,
    Target,
    option_title,
    word,
    word_ids,
)

FAMILIES = {
    "verdict": VERDICTS,
    "role": ROLES,
    "status": DECISION_STATUSES,
    "etd_criterion": ETD_CRITERIA,
    "etd_rating": ("", *ETD_RATINGS),
    "direction": get_args(Direction),
    "evidence_kind": get_args(EvidenceKind),
    "outcome": get_args(Outcome),
    "confidence": get_args(Confidence),
    "condition_kind": get_args(ConditionKind),
    "condition_state": get_args(ConditionState),
    "condition_bearing": get_args(ConditionBearing),
    "category": get_args(Category),
    "mode": get_args(Mode),
    "target": get_args(Target),
    "actor_type": tuple(t for t in get_args(ActorType) if t),
    "indicator_value": ("present", "absent"),
    "actor_kind": get_args(ActorKindId),
    "phase_kind": vocabulary.PHASE_KINDS,
    "point_direction": vocabulary.POINT_DIRECTIONS,
    "scenario_kind": vocabulary.SCENARIO_KINDS,
    "trigger_status": vocabulary.TRIGGER_STATUSES,
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_id_of_a_family_has_its_words_and_no_other(family):
    assert set(word_ids(family)) == set(FAMILIES[family])
    for id_ in FAMILIES[family]:
        for field in vocabulary.WORD_FAMILIES[family]:
            assert vocabulary.word(family, id_, field) if field not in ("colours", "colour") else True


def test_an_unknown_id_is_shown_as_unrecognised_never_as_a_word():
    assert word("verdict", "genocide") == vocabulary.UNRECOGNISED_LABEL == "Unrecognised"
    assert word("status", vocabulary.Unrecognised("maybe")) == "Unrecognised"
    assert vocabulary.colours("verdict", "genocide") == vocabulary.colours("verdict", "not_reviewed")


def test_not_recorded_and_unknown_are_said_one_way():
    assert vocabulary.confidence_label(None) == vocabulary.not_recorded() == "Not recorded"
    assert vocabulary.indicator_label(None) == vocabulary.unknown_word() == "Unknown"


def test_an_untitled_option_is_named_by_its_tool_then_its_family():
    evidence = load_evidence()
    tool = next(t for t in evidence.tools if t.family == "peacekeeping")
    assert option_title(Decision(family="peacekeeping", title="  Blue helmets "), evidence) == "Blue helmets"
    assert option_title(Decision(family="peacekeeping", tool=tool.id, title=" "), evidence) == tool.name
    assert option_title(Decision(family="peacekeeping", title=""), evidence) == evidence.family("peacekeeping").name
    assert option_title(Decision(family="peacekeeping", title="")) == "Untitled option"


def test_every_word_passes_the_one_translation_seam():
    vocabulary.use_translator(lambda text: f"[{text}]")
    try:
        assert word("verdict", "mixed") == "[Mixed]"
        assert vocabulary.central_caution().startswith("[A tool works only")
        assert option_title(Decision(family="peacekeeping", title="")) == "[Untitled option]"
    finally:
        vocabulary.use_translator(None)
    assert word("verdict", "mixed") == "Mixed"
