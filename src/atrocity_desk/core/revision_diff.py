"""What changed between two revisions of a case: judgments, decisions, actors, objectives, aim,
and the strategy (``strategy_diff``).

Qt-free, so it can be tested and reused (the memo or the command line could show it too). Items are
matched by what a planner recognises: factor and indicator ids, decisions by family and title,
actors by kind and name, objectives by their text."""

from __future__ import annotations

from .change import ABSENT, Change
from .checklist import Checklist
from .evidence import EvidenceBase
from .models import Decision, Judgment
from .storage import CaseFile
from .strategy_diff import strategy_changes
from .vocabulary import confidence_label, indicator_label, not_recorded, option_title, status_label, translatable, translate, word

__all__ = ["ABSENT", "Change", "compare_revisions", "decision_name"]


def compare_revisions(case: CaseFile, checklist: Checklist, evidence: EvidenceBase, old_id: int, new_id: int) -> list[Change]:
    """Every difference from revision ``old_id`` to revision ``new_id``, in checklist order."""
    changes: list[Change] = []
    changes += _factor_changes(checklist, case.judgments(old_id, "factor"), case.judgments(new_id, "factor"))
    changes += _indicator_changes(checklist, case.judgments(old_id, "indicator"), case.judgments(new_id, "indicator"))
    changes += _decision_changes(evidence, case.decisions(old_id), case.decisions(new_id))
    changes += _actor_changes(case, old_id, new_id)
    changes += _objective_changes(case, old_id, new_id)
    changes += _revision_field_changes(case, old_id, new_id)
    changes += strategy_changes(case, evidence, old_id, new_id)
    return changes


def _value(judgments: dict[str, Judgment], item: str) -> str | None:
    judgment = judgments.get(item)
    return judgment.value if judgment else None


def _confidence(judgments: dict[str, Judgment], item: str) -> str | None:
    judgment = judgments.get(item)
    return judgment.confidence if judgment else None


def _factor_changes(checklist: Checklist, old: dict[str, Judgment], new: dict[str, Judgment]) -> list[Change]:
    changes = []
    for group in checklist.factor_groups:
        for factor in group.factors:
            before, after = _value(old, factor.id), _value(new, factor.id)
            if before != after:
                changes.append(Change(translate("Situation factor"), factor.label or factor.id, factor.value_label(before),
                                      factor.value_label(after), kind="factor"))
            elif _confidence(old, factor.id) != _confidence(new, factor.id):
                changes.append(Change(
                    translate("Confidence"), f"{factor.label or factor.id} ({factor.value_label(after)})",
                    confidence_label(_confidence(old, factor.id)), confidence_label(_confidence(new, factor.id)),
                ))
    return changes


def _indicator_changes(checklist: Checklist, old: dict[str, Judgment], new: dict[str, Judgment]) -> list[Change]:
    changes = []
    for risk_factor in checklist.risk_factors:
        for indicator in risk_factor.indicators:
            before, after = _value(old, indicator.id), _value(new, indicator.id)
            if before != after:
                changes.append(Change(
                    translate("Risk-factor indicator"), f"{risk_factor.number}. {indicator.text}",
                    indicator_label(before), indicator_label(after), kind="indicator",
                ))
    return changes


def decision_name(decision: Decision, evidence: EvidenceBase) -> str:
    return option_title(decision, evidence)


def _decision_changes(evidence: EvidenceBase, old: list[Decision], new: list[Decision]) -> list[Change]:
    def keyed(decisions: list[Decision]) -> dict[tuple[str, str], Decision]:
        return {(d.family, d.title): d for d in decisions}

    before, after = keyed(old), keyed(new)
    changes = []
    area = translate("Decision")
    for key in [*before, *(k for k in after if k not in before)]:
        old_decision, new_decision = before.get(key), after.get(key)
        name = decision_name(new_decision or old_decision, evidence)
        if old_decision is None:
            added = translate("added as {status}").format(status=status_label(new_decision.status).lower())
            changes.append(Change(area, name, not_recorded(), added, kind="decision"))
        elif new_decision is None:
            changes.append(Change(area, name, status_label(old_decision.status), translate("removed"), kind="decision"))
        elif old_decision.status != new_decision.status:
            changes.append(Change(area, name, status_label(old_decision.status), status_label(new_decision.status), kind="decision"))
    return changes


def _actor_changes(case: CaseFile, old_id: int, new_id: int) -> list[Change]:
    before = {(a.kind, a.name) for a in case.actors(old_id)}
    after = {(a.kind, a.name) for a in case.actors(new_id)}
    changes = []
    for kind, name in sorted(before - after):
        changes.append(Change(word("actor_kind", kind), name, translate("listed"), translate("removed")))
    for kind, name in sorted(after - before):
        changes.append(Change(word("actor_kind", kind), name, translate("not listed"), translate("added")))
    return changes


def _objective_changes(case: CaseFile, old_id: int, new_id: int) -> list[Change]:
    before = [o.text for o in case.objectives(old_id)]
    after = [o.text for o in case.objectives(new_id)]
    area = translate("Objective")
    changes = [Change(area, text, translate("listed"), translate("removed")) for text in before if text not in after]
    changes += [Change(area, text, translate("not listed"), translate("added")) for text in after if text not in before]
    return changes


_REVISION_FIELDS = (
    ("end_state", translatable("Aim"), translatable("Desired end state")),
    ("risk_estimate", translatable("Risk estimate"), translatable("Outside risk estimate")),
    ("bottom_line", translatable("Memo"), translatable("Bottom line")),
)


def _revision_field_changes(case: CaseFile, old_id: int, new_id: int) -> list[Change]:
    old, new = case.revision(old_id), case.revision(new_id)
    return [
        Change(translate(area), translate(label), getattr(old, field) or ABSENT, getattr(new, field) or ABSENT)
        for field, area, label in _REVISION_FIELDS
        if getattr(old, field) != getattr(new, field)
    ]
