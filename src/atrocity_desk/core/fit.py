"""The evidence fit (SPEC §5): how the paper's findings line up with one situation.

``evidence_fit(answers, evidence)`` reads each finding against the situation factors of a case and
gives every tool family a verdict with its reasons. There are no scores: each verdict follows from a
few written rules (docs/evidence-fit.md), and each reason names the factors that decided it.

The rules in brief:

* A finding is *relevant* unless its phases exclude the case's known phase or one of its ``scope``
  conditions is contradicted by a known answer. An unknown answer is never a match and never a
  mismatch: the finding stays in and the factor is listed as unknown.
* Each relevant finding gets a *role* from its direction and its conditions alone, never from the
  other findings, so one answer can only change the reasons that depend on it. A benefit
  *supports*, no effect or harm *cautions*, a mixed result is *mixed*, too little evidence is
  *context*. A benefit whose ``requires`` condition is absent, or whose ``against`` condition is
  met, cautions; one whose ``requires`` condition is unknown is only mixed. A harm whose
  ``requires`` condition is absent becomes context; one whose ``favours`` condition is met is mixed.
  Never claim a benefit until its condition is known; never dismiss a harm until its condition is
  known to be absent.
* The family verdict follows SPEC §5 from the roles, weighing cross-national and comparative
  studies above single cases and anecdotes, then is capped by the family's ceiling: the strongest
  verdict the paper's own judgement allows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .checklist import UNKNOWN, load_factor_vocabulary
from .evidence import Condition, EvidenceBase, Family, Finding, Risk
from .vocabulary import FAMILY_IDS, Category, Direction, EvidenceKind, Outcome, Verdict, is_unrecognised

Role = Literal["supports", "cautions", "mixed", "context"]
ROLES: tuple[Role, ...] = ("supports", "mixed", "cautions", "context")  # display order

# Evidence that may carry a verdict on its own; single cases and anecdotes only illustrate.
STRONG_KINDS: frozenset[str] = frozenset({"cross_national_statistical", "comparative_case_study"})

_BASE_ROLE: dict[str, Role] = {
    "reduces_violence": "supports",
    "mixed": "mixed",
    "no_effect": "cautions",
    "increases_violence": "cautions",
    "insufficient_evidence": "context",
}

# For the ceiling: how much benefit a verdict claims (supported > mixed > insufficient). A ceiling
# lowers a supported or mixed verdict above it; "cautioned" claims no benefit, so no ceiling lowers it.
_STRENGTH: dict[str, int] = {"supported": 3, "mixed": 2, "cautioned": 1, "insufficient": 1, "not_reviewed": 1}

METHOD_NOTE = (
    "How to read this: each verdict follows written rules (docs/evidence-fit.md), not a score. "
    "A finding counts when the case's answers do not rule it out; an unknown answer never counts for "
    "or against it, and is listed as something to find out. No verdict is stronger than the paper's "
    "own judgement of its family. Most of the evidence is correlational, the datasets only count "
    "the killing that gets reported, and a tool works only as well as the political strategy it "
    "serves: the fit shows what research suggests for situations like this one, not what will happen."
)


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reason(_Frozen):
    """One finding, read against this case."""

    finding: str
    statement: str
    direction: Direction
    evidence_kind: EvidenceKind
    outcome: Outcome
    citations: list[str]  # "Authors Year"
    # "factor=value" (or "factor=unknown") for every factor that decided this reason's inclusion or
    # role, and every condition the case matched.
    factors: list[str]
    role: Role
    note: str


class FamilyFit(_Frozen):
    id: str
    name: str
    category: Category
    verdict: Verdict
    summary: str
    reasons: list[Reason]
    risks: list[str]  # harms that apply here: their conditions hold in this case
    unknown_factors: list[str]
    ceiling_note: str = ""
    # harms that may apply: a condition they depend on is unknown here (they keep a verdict below
    # supported, as an unknown never earns a benefit; answering it settles them)
    conditional_risks: list[str] = []
    capped_from: Verdict | None = None  # the verdict the findings alone gave, when the ceiling lowered it


class FitResult(_Frozen):
    families: list[FamilyFit]
    context: list[Reason]  # cross-cutting findings (no family) that apply to situations like this
    method_note: str = METHOD_NOTE

    def family(self, family_id: str) -> FamilyFit:
        for fit in self.families:
            if fit.id == family_id:
                return fit
        raise KeyError(family_id)

    def to_json(self) -> dict:
        """The ``fit --json`` shape of SPEC §6 (plus the risks of each family)."""
        return {
            "families": [
                {
                    "id": fit.id,
                    "verdict": fit.verdict,
                    "reasons": [
                        {
                            "finding": r.finding,
                            "direction": r.direction,
                            "citations": list(r.citations),
                            "factors": list(r.factors),
                        }
                        for r in fit.reasons
                    ],
                    "unknown_factors": list(fit.unknown_factors),
                    "risks": list(fit.risks),
                }
                for fit in self.families
            ]
        }

    def to_text(self) -> str:
        blocks = [_family_text(fit) for fit in self.families]
        if self.context:
            lines = ["What the evidence says about risk in situations like this"]
            lines += [_reason_text(r) for r in self.context]
            blocks.append("\n".join(lines))
        blocks.append(self.method_note)
        return "\n\n".join(blocks) + "\n"


# --- reading one finding ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    reason: Reason
    unknown: frozenset[str]  # unknown factors this finding depends on
    risks: tuple[str, ...]  # the harms it names, when they hold here
    conditional_risks: tuple[str, ...]  # the harms it names whose conditions are unknown here
    absent: tuple[str, ...]  # "factor=value" of required conditions absent here
    against: tuple[str, ...]  # "factor=value" of conditions met here under which the tool works worse


def evidence_fit(
    answers: Mapping[str, str | None],
    evidence: EvidenceBase,
    design: Mapping[str, str | None] | None = None,
) -> FitResult:
    """The verdict of every family of ``evidence`` for the situation described by ``answers``.

    ``answers`` maps factor id to value; a missing key, None or "unknown" is unknown. Keys that are
    not situation factors are ignored; a value a factor does not have is an error (ValueError).
    ``design`` maps option-design property ids to values the same way (default: all unknown, the
    situation-only reading of SPEC §5).
    """
    case = _known_answers(answers) | _known_design(design or {})
    readings: dict[str | None, list[_Reading]] = {}
    for finding in sorted(evidence.findings, key=lambda f: f.id):
        reading = _read_finding(finding, case, evidence)
        if reading is not None:
            readings.setdefault(finding.family, []).append(reading)
    families = {family.id: family for family in evidence.families}
    fits = [
        _family_fit(families[family_id], readings.get(family_id, []))
        for family_id in FAMILY_IDS
        if family_id in families
    ]
    # Cross-cutting findings push no verdict; one whose requirement is absent here does not apply.
    context = [r.reason.model_copy(update={"role": "context"}) for r in readings.get(None, []) if not r.absent]
    return FitResult(families=fits, context=context)


def _known_answers(answers: Mapping[str, str | None]) -> dict[str, str]:
    vocabulary = load_factor_vocabulary()
    case: dict[str, str] = {}
    for factor_id, value in answers.items():
        # A stored value the vocabulary does not know (storage marks it) is read as unknown.
        if value is None or value == UNKNOWN or is_unrecognised(value) or factor_id not in vocabulary.factors:
            continue
        problem = vocabulary.problem(factor_id, [value])
        if problem:
            raise ValueError(problem)
        case[factor_id] = value
    return case


def _known_design(design: Mapping[str, str | None]) -> dict[str, str]:
    vocabulary = load_factor_vocabulary()
    known: dict[str, str] = {}
    for prop_id, value in design.items():
        if value is None or value == UNKNOWN or prop_id not in vocabulary.design:
            continue
        if value not in vocabulary.design[prop_id].value_ids():
            raise ValueError(f"design property {prop_id!r} has no value {value!r}")
        known[prop_id] = value
    return known


def _risk_reading(risk: Risk, case: Mapping[str, str]) -> tuple[str, frozenset[str]]:
    """Whether a named harm ``applies`` here, ``may`` apply (a condition unknown) or is ``absent``
    (a condition contradicted by a known answer), with the unknown ids it waits on."""
    unknown = frozenset(c.factor for c in risk.conditions if c.factor not in case)
    if any(c.factor in case and case[c.factor] not in c.values for c in risk.conditions):
        return "absent", frozenset()
    return ("may" if unknown else "applies"), unknown


def _read_finding(finding: Finding, case: Mapping[str, str], evidence: EvidenceBase) -> _Reading | None:
    """How ``finding`` reads in this case, or None when the case lies outside what it studied."""
    factors: set[str] = set()
    unknown: set[str] = set()
    notes: list[str] = []

    if finding.phases:
        phase = case.get("phase")
        phases = " or ".join(p.replace("_", " ") for p in finding.phases)
        if phase is None:
            factors.add("phase=unknown")
            unknown.add("phase")
            notes.append(f"concerns the {phases} phase; phase unknown here")
        elif phase not in finding.phases:
            return None
        else:
            factors.add(f"phase={phase}")

    absent: list[str] = []  # required conditions this case contradicts
    against: list[str] = []  # conditions this case meets under which the tool works worse
    requires_unknown = favours_met = False
    favours = [c for c in finding.conditions if c.kind == "favours"]
    favours_unknown = any(case.get(c.factor) is None for c in favours)
    for condition in finding.conditions:
        value = case.get(condition.factor)
        if value is not None and condition.kind == "scope" and value not in condition.values:
            return None
        if value is None:
            factors.add(f"{condition.factor}=unknown")
            unknown.add(condition.factor)
            requires_unknown |= condition.kind == "requires"
        elif value in condition.values or condition.kind == "requires":
            factors.add(f"{condition.factor}={value}")
        if condition.kind == "requires" and value is not None and value not in condition.values:
            absent.append(f"{condition.factor}={value}")
        if condition.kind == "against" and value in condition.values:
            against.append(f"{condition.factor}={value}")
        favours_met |= condition.kind == "favours" and value in condition.values
        notes.append(_condition_note(condition, value))

    role = _role(finding.direction, bool(absent), requires_unknown, bool(against), favours_met)
    role = _favoured_benefit_role(finding.direction, role, bool(favours), favours_met, favours_unknown)
    notes.insert(0, _role_note(finding.direction, role, bool(absent), finding.evidence_kind))
    reason = Reason(
        finding=finding.id,
        statement=" ".join(finding.statement.split()),
        direction=finding.direction,
        evidence_kind=finding.evidence_kind,
        outcome=finding.outcome,
        citations=[evidence.citation(key) for key in finding.studies],
        factors=sorted(factors),
        role=role,
        note="; ".join(n for n in notes if n),
    )
    # A requirement absent here means the effect the finding reports, and the harms it names, do
    # not hold in this case.
    # A requirement absent here means the effect the finding reports, and the harms it names without
    # conditions of their own, do not hold in this case; a harm with its own conditions (a spike
    # when a deployment is new) is read against them alone.
    risk_readings = [(r.text, *_risk_reading(r, case)) for r in finding.risks if r.conditions or not absent]
    risks = tuple(text for text, state, _ in risk_readings if state == "applies")
    conditional = tuple(text for text, state, _ in risk_readings if state == "may")
    for _, state, waits_on in risk_readings:
        unknown |= waits_on
    return _Reading(
        reason=reason,
        unknown=frozenset(unknown),
        risks=risks,
        conditional_risks=conditional,
        absent=tuple(absent),
        against=tuple(against),
    )


def _favoured_benefit_role(
    direction: str, role: Role, has_favours: bool, favours_met: bool, favours_unknown: bool
) -> Role:
    """A benefit found to be larger under a condition ("works better when", "more effective if")
    supports only where that condition holds (SPEC §5); where it is unknown the benefit may or may
    not hold here, and where it is known absent the finding says nothing about this case."""
    if not has_favours or _BASE_ROLE[direction] != "supports" or role != "supports" or favours_met:
        return role
    return "mixed" if favours_unknown else "context"


_CONDITION_WORDING = {
    "scope": "studied only where",
    "requires": "depends on",
    "favours": "works better when",
    "against": "works worse or harms when",
}


def _condition_note(condition: Condition, value: str | None) -> str:
    """What one condition means for this case, or "" when it changes nothing worth saying."""
    wording = f"{_CONDITION_WORDING[condition.kind]} {condition.factor}={'/'.join(condition.values)}"
    if value is None:
        return f"{wording} (unknown here)"
    met = value in condition.values
    if condition.kind == "scope" or (condition.kind == "requires" and met):
        return ""
    if condition.kind == "against" and not met:
        return ""
    return f"{wording}; this case: {value}"


def _role(
    direction: str, requires_absent: bool, requires_unknown: bool, against_met: bool, favours_met: bool
) -> Role:
    base = _BASE_ROLE[direction]
    if base in ("supports", "mixed"):
        if requires_absent or against_met:
            return "cautions"  # the benefit does not hold here
        if base == "supports" and requires_unknown:
            return "mixed"  # the benefit may hold here, or not
        return base
    if base == "cautions":
        if requires_absent:
            return "context"  # the harm (or lack of effect) was found only where this case differs
        if favours_met and not against_met:
            return "mixed"  # no effect on average, but the tool does better under this case's conditions
    return base


def _role_note(direction: str, role: Role, requires_absent: bool, evidence_kind: str) -> str:
    base = _BASE_ROLE[direction]
    if base == "context":
        return "the studies are too few or too weak to say"
    if role == base:
        change = ""
    elif base == "cautions":
        change = (
            "the tool does better under this case's conditions than this finding's average"
            if role == "mixed"
            else "the harm or lack of effect was found only where this case differs"
        )
    elif role == "cautions":
        change = "the benefit does not hold here" if requires_absent else "the benefit is undercut here"
    else:
        change = "the benefit may or may not hold here"
    weak = "" if evidence_kind in STRONG_KINDS else "a single case or anecdote: illustrates, cannot carry a verdict alone"
    return "; ".join(n for n in (change, weak) if n)


# --- one family ------------------------------------------------------------------------------


def _family_fit(family: Family, readings: list[_Reading]) -> FamilyFit:
    reasons = sorted((r.reason for r in readings), key=lambda r: (ROLES.index(r.role), r.finding))
    unknown = sorted(set().union(*(r.unknown for r in readings))) if readings else []
    if not family.reviewed:
        return FamilyFit(
            id=family.id,
            name=family.name,
            category=family.category,
            verdict="not_reviewed",
            summary="The paper reviews no study of these tools, so the evidence says nothing either way.",
            reasons=[],
            risks=[],
            unknown_factors=[],
        )
    by_id = sorted(readings, key=lambda r: r.reason.finding)
    risks = _unique(risk for r in by_id for risk in r.risks)
    conditional_risks = [c for c in _unique(risk for r in by_id for risk in r.conditional_risks) if c not in risks]
    verdict, summary = _weigh(readings, risks, conditional_risks)
    capped, ceiling_note = _cap(verdict, family)
    if capped != verdict:
        summary = f"The findings alone would read {verdict}; the paper's own judgement of this family caps it at {capped}."
    return FamilyFit(
        id=family.id,
        name=family.name,
        category=family.category,
        verdict=capped,
        summary=summary,
        reasons=reasons,
        risks=risks,
        unknown_factors=unknown,
        conditional_risks=conditional_risks,
        ceiling_note=ceiling_note,
        capped_from=verdict if capped != verdict else None,
    )


def _weigh(readings: list[_Reading], risks: list[str], conditional_risks: list[str]) -> tuple[Verdict, str]:
    """The uncapped verdict of SPEC §5 and one sentence saying why."""
    weighing = [r for r in readings if r.reason.role != "context"]
    if not readings:
        return "insufficient", "None of the reviewed studies looked at situations like this one."
    if not weighing:
        return "insufficient", "The studies that speak to situations like this are too few or too weak to say."
    strong = [r for r in weighing if r.reason.evidence_kind in STRONG_KINDS]
    if not strong:
        return "insufficient", "Only single cases or anecdotes speak to situations like this; they cannot carry a verdict."

    count = {role: sum(1 for r in strong if r.reason.role == role) for role in ROLES}
    if count["cautions"] and not count["supports"] and not count["mixed"]:
        return "cautioned", _caution_sentence(strong)
    if count["supports"] and not count["cautions"] and count["supports"] > count["mixed"]:
        weak_cautions = [r.reason.finding for r in weighing if r.reason.role == "cautions"]
        if weak_cautions:
            return "mixed", (
                "Cross-national or comparative studies find a benefit here, but a single case or anecdote "
                f"finds no effect or harm ({', '.join(weak_cautions)})."
            )
        if risks:
            return "mixed", f"The studies find a benefit here, but name a harm that applies: {risks[0]}."
        if conditional_risks:
            return "mixed", (
                "The studies find a benefit here, but name a harm that may apply, depending on an "
                f"answer not yet given: {conditional_risks[0]}."
            )
        return "supported", (
            "The reviewed studies mostly find less violence (or a better outcome) in situations like this, "
            "and none finds harm here."
        )
    if not count["supports"] and not count["cautions"]:
        return "mixed", "The studies report mixed results for situations like this, or a benefit that may or may not hold here."
    return "mixed", (
        "The cross-national and comparative studies point different ways here: "
        f"{count['supports']} find a benefit, {count['mixed']} mixed or open, "
        f"{count['cautions']} no effect, harm, or a condition absent here."
    )


def _caution_sentence(strong: list[_Reading]) -> str:
    cautions = [r for r in strong if r.reason.role == "cautions"]
    parts = []
    if any(_BASE_ROLE[r.reason.direction] == "cautions" for r in cautions):
        parts.append("the studies find no effect or harm in situations like this")
    absent = _unique(a for r in cautions for a in r.absent)
    if absent:
        parts.append(f"a condition the benefit depends on is absent here ({', '.join(absent)})")
    undercut = [r for r in cautions if _BASE_ROLE[r.reason.direction] != "cautions" and not r.absent]
    against = _unique(a for r in undercut for a in r.against)
    if against:
        parts.append(f"the tool works worse under this case's conditions ({', '.join(against)})")
    sentence = "; ".join(parts)
    return sentence[:1].upper() + sentence[1:] + "."


def _cap(verdict: Verdict, family: Family) -> tuple[Verdict, str]:
    """Lower ``verdict`` to the family's ceiling; the note says when and why the ceiling acted."""
    ceiling = family.ceiling if family.ceiling != "not_reviewed" else "insufficient"
    reason = _ceiling_reason(family)
    if verdict in ("insufficient", "not_reviewed"):
        return verdict, ""
    if verdict == "cautioned":
        if ceiling == "insufficient":
            return verdict, (
                "The paper judges the evidence on this family too thin for a firm verdict; the caution "
                f"stands because the findings that apply warn against it here. The paper's judgement: {reason}"
            )
        return verdict, ""
    if _STRENGTH[verdict] <= _STRENGTH[ceiling]:
        return verdict, ""
    return ceiling, f"The paper's judgement: {reason}"


def _ceiling_reason(family: Family) -> str:
    text = " ".join(family.ceiling_reason.split()) or "see the paper's overall judgement of this family"
    return text if text.endswith(".") else text + "."


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


# --- text report -----------------------------------------------------------------------------


def _family_text(fit: FamilyFit) -> str:
    lines = [f"{fit.name} [{fit.id}] - {fit.verdict.replace('_', ' ').upper()}", f"  {fit.summary}"]
    if fit.ceiling_note:
        lines.append(f"  {fit.ceiling_note}")
    for reason in fit.reasons:
        lines.append(_reason_text(reason))
    if fit.risks:
        lines.append("  Risks named for this case: " + "; ".join(fit.risks))
    if fit.conditional_risks:
        lines.append("  Risks that may apply, depending on answers not yet given: " + "; ".join(fit.conditional_risks))
    if fit.unknown_factors:
        lines.append("  Answering these would sharpen the reading: " + ", ".join(fit.unknown_factors))
    return "\n".join(lines)


def _reason_text(reason: Reason) -> str:
    kind = reason.evidence_kind.replace("_", " ")
    lines = [
        f"  - [{reason.role}] {reason.statement.strip()} ({'; '.join(reason.citations)}; {kind})",
    ]
    detail = []
    if reason.factors:
        detail.append("factors: " + ", ".join(reason.factors))
    if reason.note:
        detail.append(reason.note)
    if detail:
        lines.append(f"      {' | '.join(detail)}  <{reason.finding}>")
    else:
        lines.append(f"      <{reason.finding}>")
    return "\n".join(lines)
