"""What changed in the strategy between two revisions (SPEC §2 step 7): phases and the options they
use, decision points, assumptions, scenarios, dated triggers; and in the groups at risk, enablers and
who targets whom (SPEC §4); the baseline, coalition, transition and exit.

Items are matched by their title or text, as a planner recognises them: ids differ between
revisions (a new revision copies every row)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .change import ABSENT, Change
from .evidence import EvidenceBase
from .storage import CaseFile
from .vocabulary import option_title, translatable, translate, word

# A field compared between two versions of an item: (attribute or getter, the planner's name for it).
Field = tuple[str | Callable[[Any], str], str]


def strategy_changes(case: CaseFile, evidence: EvidenceBase, old_id: int, new_id: int) -> list[Change]:
    """What changed in the strategy (SPEC §2 step 7) and in the groups, enablers and targets of SPEC §4."""
    old_names, new_names = _option_names(case, evidence, old_id), _option_names(case, evidence, new_id)
    old_phases, new_phases = case.phases(old_id), case.phases(new_id)
    changes = _items(translate("Phase"), old_phases, new_phases, _phase_name, [
        (lambda p: word("phase_kind", p.kind), translate("when")), ("description", translate("description")),
    ])
    changes += _phase_option_changes(old_phases, new_phases, old_names, new_names)
    changes += _items(translate("Decision point"), _points(case, old_id), _points(case, new_id), lambda p: p[1].event, [
        (lambda p: p[0], translate("phase")), (lambda p: p[1].response, translate("response")),
        (lambda p: word("point_direction", p[1].direction), translate("direction")),
    ])
    changes += _items(translate("Assumption"), case.assumptions(old_id), case.assumptions(new_id), lambda a: a.text, [
        ("disproved_by", translate("what would prove it wrong")), ("indicator", translate("indicator to watch")),
    ])
    changes += _items(translate("Scenario"), case.scenarios(old_id), case.scenarios(new_id), lambda s: s.title, [
        (lambda s: word("scenario_kind", s.kind), translate("kind")), ("description", translate("description")),
        ("warning_signs", translate("warning signs")),
    ])
    changes += _items(translate("Dated trigger"), case.trigger_dates(old_id), case.trigger_dates(new_id), lambda t: t.title, [
        ("on_date", translate("date")), (lambda t: word("trigger_status", t.status), translate("status")), ("note", translate("note")),
    ])
    changes += _actor_detail_changes(case, old_id, new_id)
    changes += _target_changes(case, old_id, new_id)
    changes += _strategy_field_changes(case, old_id, new_id)
    return changes


def _items(
    area: str, old: Sequence[Any], new: Sequence[Any], name: Callable[[Any], str], fields: list[Field], presence: bool = True
) -> list[Change]:
    """Items added or removed (``presence``), and changed in one of ``fields``, matched by ``name``."""
    before, after = {name(i): i for i in old}, {name(i): i for i in new}
    changes = []
    if presence:
        changes += [Change(area, key, translate("listed"), translate("removed")) for key in before if key not in after]
        changes += [Change(area, key, translate("not listed"), translate("added")) for key in after if key not in before]
    for key in (k for k in after if k in before):
        for getter, label in fields:
            was, now = _field(before[key], getter), _field(after[key], getter)
            if was != now:
                changes.append(Change(area, f"{key} — {label}", was or ABSENT, now or ABSENT))
    return changes


def _field(item: Any, getter: str | Callable[[Any], str]) -> str:
    return str(getattr(item, getter) if isinstance(getter, str) else getter(item))


def _option_names(case: CaseFile, evidence: EvidenceBase, revision_id: int) -> dict[int, str]:
    return {d.id: option_title(d, evidence) for d in case.decisions(revision_id) if d.id is not None}


def _phase_option_changes(old: list, new: list, old_names: dict[int, str], new_names: dict[int, str]) -> list[Change]:
    """Options a phase uses, by name (each revision numbers its own rows)."""
    def used(phases: list, names: dict[int, str]) -> dict[str, set[str]]:
        return {_phase_name(p): {names.get(o, "") for o in p.options} for p in phases}

    before, after = used(old, old_names), used(new, new_names)
    area = translate("Phase")
    changes = []
    for phase in (p for p in after if p in before):
        for option in sorted(before[phase] - after[phase]):
            changes.append(Change(area, f"{phase} — {option}", translate("uses this option"), translate("no longer uses it")))
        for option in sorted(after[phase] - before[phase]):
            changes.append(Change(area, f"{phase} — {option}", translate("does not use it"), translate("uses this option")))
    return changes


def _phase_name(phase: Any) -> str:
    return phase.title or word("phase_kind", phase.kind)


def _points(case: CaseFile, revision_id: int) -> list[tuple[str, Any]]:
    """Each decision point with the name of its phase."""
    phases = {p.id: _phase_name(p) for p in case.phases(revision_id)}
    return [(phases.get(d.phase_id, ""), d) for d in case.decision_points(revision_id)]


# What a planner recorded about each group at risk and each enabler (added or removed: _actor_changes).
_ACTOR_DETAILS: dict[str, list[Field]] = {
    "group_at_risk": [
        ("location", translatable("where")), ("population", translatable("how many")), ("displaced", translatable("displaced")),
        ("women_children_risks", translatable("risks to women and children")), ("notes", translatable("notes")),
    ],
    "enabler": [(lambda a: word("actor_type", a.actor_type) if a.actor_type else "", translatable("type")), ("means", translatable("what they supply")), ("notes", translatable("notes"))],
}


def _actor_detail_changes(case: CaseFile, old_id: int, new_id: int) -> list[Change]:
    changes = []
    for kind, fields in _ACTOR_DETAILS.items():
        old = [a for a in case.actors(old_id) if a.kind == kind]
        new = [a for a in case.actors(new_id) if a.kind == kind]
        named = [(getter, translate(label)) for getter, label in fields]
        changes += _items(word("actor_kind", kind), old, new, lambda a: a.name, named, presence=False)
    return changes


def _target_changes(case: CaseFile, old_id: int, new_id: int) -> list[Change]:
    """Which key actor targets which group at risk, by name."""
    def links(revision_id: int) -> set[tuple[str, str]]:
        names = {a.id: a.name for a in case.actors(revision_id)}
        return {(names.get(t.actor_id, ""), names.get(t.group_id, "")) for t in case.actor_targets(revision_id)}

    before, after = links(old_id), links(new_id)
    area = translate("Targets")
    changes = [Change(area, f"{actor} → {group}", translate("targets"), translate("no longer listed")) for actor, group in sorted(before - after)]
    changes += [Change(area, f"{actor} → {group}", translate("not listed"), translate("targets")) for actor, group in sorted(after - before)]
    return changes


_STRATEGY_FIELDS = (
    ("baseline", translatable("No new action (the baseline)")),
    ("coalition", translatable("Coalition")),
    ("transition_exit", translatable("Transition and exit")),
)


def _strategy_field_changes(case: CaseFile, old_id: int, new_id: int) -> list[Change]:
    old, new = case.revision(old_id), case.revision(new_id)
    return [
        Change(translate("Strategy"), translate(label), getattr(old, field) or ABSENT, getattr(new, field) or ABSENT)
        for field, label in _STRATEGY_FIELDS
        if getattr(old, field) != getattr(new, field)
    ]
