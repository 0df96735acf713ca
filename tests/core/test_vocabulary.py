"""The one vocabulary (core/vocabulary.py, resources/vocabulary/words.yaml): every id a planner can
meet has its words, an id it does not know is shown as unrecognised, and every word passes one
translation seam."""

from __future__ import annotations

import ast
from pathlib import Path
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

STORAGE = Path(vocabulary.__file__).resolve().parent / "storage"
_WRITERS = {"_edit": 0, "_add_row": 1, "_update_row": 2, "_delete_row": 1}  # where each takes the action


def audit_actions_written_by_storage() -> tuple[str, ...]:
    """Every action the case file's storage can write into the audit log, read from its source:
    the literal action of each edit, and "add/update/delete <noun>" for each planning table."""
    actions: set[str] = set()
    nouns: list[str] = []
    for path in sorted(STORAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "PlanTable":
                nouns.append(node.args[2].value)
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", None) in _WRITERS and node.args):
                continue
            action = node.args[_WRITERS[node.func.attr]]
            if isinstance(action, ast.Constant):
                actions.add(action.value)
            elif isinstance(action, ast.IfExp):
                actions |= {action.body.value, action.orelse.value}
            elif isinstance(action, ast.JoinedStr):  # f"add {table.noun}": expanded below
                actions.add(ast.unparse(action))
            else:
                assert isinstance(action, ast.Name) and action.id == "action", f"{path.name}: {ast.unparse(action)}"
    templates = {a for a in actions if a.startswith("f")}
    assert templates == {"f'add {table.noun}'", "f'update {table.noun}'", "f'delete {table.noun}'"}, templates
    assert nouns, "the planning tables name their nouns"
    return tuple(sorted((actions - templates) | {f"{verb} {noun}" for verb in ("add", "update", "delete") for noun in nouns}))


FAMILIES = {
    "audit_action": audit_actions_written_by_storage(),
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
