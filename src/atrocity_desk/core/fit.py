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
  verdict the paper's own judgement allows. A benefit that waits on an unknown answer keeps the
  family below supported: knowing the answer could turn it into a caution.
* Every finding of a family is either a reason or ``left_out``, with the answer that excluded it.
  What would change a verdict, per family and per option, is ``option_fit``'s.

The result is data, not sentences: each condition is a value (factor, kind, expected values, this
case's value, met / absent / unknown), each verdict carries the basis it rests on and whether the
ceiling acted. ``fit_words`` makes the words, from the vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .checklist import UNKNOWN, load_factor_vocabulary
from .evidence import Condition, EvidenceBase, Family, Finding, Risk
from .vocabulary import (
    FAMILY_IDS,
    Category,
    ConditionBearing,
    ConditionKind,
    ConditionState,
    Direction,
    EvidenceKind,
    Outcome,
    Verdict,
    is_unrecognised,
)

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

# Why a finding's role differs from what its direction alone gives.
RoleChange = Literal[
    "requires_absent",
    "against_met",
    "requires_unknown",
    "favours_met",
    "harm_elsewhere",
    "favours_unknown",
    "favours_absent",
    "favours_partly",
    "against_unknown",
]

# Which rule of SPEC §5 gave the family its (uncapped) verdict.
Rule = Literal[
    "not_reviewed",  # the paper reviews no study of the family
    "no_findings",  # no finding concerns situations like this
    "only_context",  # the findings that concern it are too few or too weak to say
    "only_weak",  # only single cases or anecdotes weigh
    "cautions_only",  # strong studies only caution
    "weak_caution",  # strong studies find a benefit, a single case or anecdote cautions
    "benefit_with_risk",  # strong studies find a benefit, but name a harm that applies
    "benefit_with_possible_risk",  # strong studies find a benefit, but name a harm that may apply (an answer unknown)
    "benefit_pending",  # strong studies find a benefit, but another's benefit waits on an answer not yet given
    "benefit",  # strong studies mostly find a benefit, none harm
    "open",  # strong studies are mixed, or their benefit may not hold
    "split",  # strong studies point different ways
]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Citation(_Frozen):
    key: str
    authors: str
    year: str


class ConditionReading(_Frozen):
    """One condition of a finding, read against this case. The phases a finding concerns are a
    ``scope`` condition on the factor ``phase``."""

    factor: str
    kind: ConditionKind
    values: list[str]
    case_value: str | None  # None: unknown here
    state: ConditionState  # met: the case has one of ``values``; absent: it has another; unknown
    # What this state means for the tool here, so a card words a condition the way its role reads
    # it: an ``against`` condition not met is favourable, never a bare "not met" under a benefit.
    bearing: ConditionBearing = "unknown"
    why: str = ""  # the evidence file's explanation of the condition (data, not fit wording)


class Reason(_Frozen):
    """One finding, read against this case."""

    finding: str
    statement: str  # the finding's statement, from the evidence data
    direction: Direction
    evidence_kind: EvidenceKind
    outcome: Outcome
    citations: list[Citation]
    conditions: list[ConditionReading]
    role: Role
    role_change: RoleChange | None = None  # why ``role`` differs from the direction's own
    low_confidence: list[str] = []  # factors behind this reading answered with low confidence
    source: str = "base"  # "base" or "pack:<id>"

    @property
    def factors(self) -> list[str]:
        """The factors this reading depends on."""
        return sorted({c.factor for c in self.conditions})

    @property
    def strong(self) -> bool:
        """Whether this kind of evidence may carry a verdict on its own."""
        return self.evidence_kind in STRONG_KINDS

    @property
    def unknown_factors(self) -> list[str]:
        return sorted({c.factor for c in self.conditions if c.state == "unknown"})


class FactorValue(_Frozen):
    factor: str
    value: str


class LeftOut(_Frozen):
    """A finding of the family that does not count for this case, and the answer that excluded it:
    the case lies outside what the finding studied (its phases, or a scope condition)."""

    finding: str
    because: FactorValue


class VerdictBasis(_Frozen):
    """What the (uncapped) verdict rests on: the rule, and the facts the rule used."""

    rule: Rule
    counts: dict[str, int] = {}  # role -> how many cross-national or comparative findings
    harm_found: bool = False  # a strong study finds no effect or harm here
    absent: list[FactorValue] = []  # required conditions this case does not meet
    against: list[FactorValue] = []  # conditions met here under which the tool works worse
    weak_cautions: list[str] = []  # single cases or anecdotes that caution against a benefit
    risk: str | None = None  # the harm named by the studies that made a benefit mixed (or may apply)


class Ceiling(_Frozen):
    """The family's ceiling (the paper's own judgement) and what it did to this verdict."""

    verdict: Verdict  # the strongest verdict the paper's judgement allows
    reason: str  # the paper's judgement, from the evidence data
    applied: bool = False  # it lowered the verdict
    thin_but_cautioned: bool = False  # the paper finds the evidence thin, yet the findings caution


class FamilyFit(_Frozen):
    id: str
    name: str
    category: Category
    verdict: Verdict
    uncapped_verdict: Verdict  # the verdict the findings alone give
    basis: VerdictBasis
    ceiling: Ceiling
    reasons: list[Reason]
    risks: list[str]  # harms that apply here: their conditions hold in this case
    unknown_factors: list[str]
    # harms that may apply: a condition they depend on is unknown here (they keep a verdict below
    # supported, as an unknown never earns a benefit; answering it settles them)
    conditional_risks: list[str] = []
    # findings of the family that do not count here, each with the answer that excluded it, so
    # nothing the paper says about a family disappears silently
    left_out: list[LeftOut] = []

    @property
    def capped(self) -> bool:
        return self.ceiling.applied


class FitResult(_Frozen):
    families: list[FamilyFit]
    context: list[Reason]  # cross-cutting findings (no family) that apply to situations like this

    def family(self, family_id: str) -> FamilyFit:
        for fit in self.families:
            if fit.id == family_id:
                return fit
        raise KeyError(family_id)


# --- reading one finding ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    reason: Reason
    unknown: frozenset[str]  # unknown ids this reading waits on (its conditions' and its risks')
    risks: tuple[str, ...]  # the harms it names, when they hold here
    conditional_risks: tuple[str, ...]  # the harms it names whose conditions are unknown here

    @property
    def absent(self) -> list[FactorValue]:
        return _pairs(self.reason, "requires", "absent")

    @property
    def against(self) -> list[FactorValue]:
        return _pairs(self.reason, "against", "met")


def _pairs(reason: Reason, kind: str, state: str) -> list[FactorValue]:
    return [
        FactorValue(factor=c.factor, value=c.case_value)
        for c in reason.conditions
        if c.kind == kind and c.state == state and c.case_value is not None
    ]


def evidence_fit(
    answers: Mapping[str, str | None],
    evidence: EvidenceBase,
    design: Mapping[str, str | None] | None = None,
    confidence: Mapping[str, str | None] | None = None,
) -> FitResult:
    """The verdict of every family of ``evidence`` for the situation described by ``answers``.

    ``answers`` maps factor id to value; a missing key, None or "unknown" is unknown. Keys that are
    not situation factors are ignored; a value a factor does not have is an error (ValueError).
    ``design`` maps option-design property ids to values the same way (default: all unknown, the
    situation-only reading of SPEC §5). ``confidence`` maps factor or design id to the planner's
    confidence in that answer ("low" is flagged on every reason that depends on it)."""
    case = known_case(answers, design)
    low = low_confidence(case, confidence)
    families = {family.id: family for family in evidence.families}
    fits = [read_family(families[f], case, evidence, low) for f in FAMILY_IDS if f in families]
    # Cross-cutting findings push no verdict; one whose requirement is absent here does not apply.
    readings = [_read_finding(f, case, evidence, low) for f in sorted(evidence.findings, key=lambda f: f.id) if f.family is None]
    context = [r.reason.model_copy(update={"role": "context"}) for r in readings if r is not None and not r.absent]
    return FitResult(families=fits, context=context)


def known_case(answers: Mapping[str, str | None], design: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """The known answers of a case, situation factors and design properties in one map (their ids
    never collide: the checklist refuses it). Raises ValueError for a value an id does not have."""
    return _known_answers(answers) | _known_design(design or {})


def low_confidence(case: Mapping[str, str], confidence: Mapping[str, str | None] | None) -> frozenset[str]:
    return frozenset(f for f, c in (confidence or {}).items() if c == "low" and f in case)


def read_family(family: Family, case: Mapping[str, str], evidence: EvidenceBase, low: frozenset[str] = frozenset()) -> FamilyFit:
    """The fit of one family for the known answers ``case`` (see ``known_case``)."""
    readings: list[_Reading] = []
    left_out: list[LeftOut] = []
    for finding in sorted(evidence.findings_for(family.id), key=lambda f: f.id):
        reading = _read_finding(finding, case, evidence, low)
        if reading is None:
            left_out.append(LeftOut(finding=finding.id, because=_excluded_by(finding, case)))
        else:
            readings.append(reading)
    return _family_fit(family, readings).model_copy(update={"left_out": left_out})


def _excluded_by(finding: Finding, case: Mapping[str, str]) -> FactorValue:
    """The first known answer that puts the case outside what ``finding`` studied."""
    reading = next(
        c
        for c in (_read_condition(c, case, finding.direction) for c in _conditions(finding))
        if c.kind == "scope" and c.state == "absent"
    )
    return FactorValue(factor=reading.factor, value=reading.case_value)


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


def finding_risks(finding: Finding, case: Mapping[str, str], requires_absent: bool) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """The harms a finding names that apply here, those that may apply (a condition unknown), and the
    unknown ids they wait on. The one place that reads ``Finding.risks``.

    A requirement absent here means the harms the finding names without conditions of their own do
    not hold in this case; a harm with its own conditions (a spike when a deployment is new) is read
    against them alone."""
    readings = [(r.text, *_risk_reading(r, case)) for r in finding.risks if r.conditions or not requires_absent]
    applies = tuple(text for text, state, _ in readings if state == "applies")
    may = tuple(text for text, state, _ in readings if state == "may")
    waits = frozenset().union(*(w for _, _, w in readings)) if readings else frozenset()
    return applies, may, waits


def _risk_reading(risk: Risk, case: Mapping[str, str]) -> tuple[str, frozenset[str]]:
    """Whether a named harm ``applies`` here, ``may`` apply (a condition unknown) or is ``absent``
    (a condition contradicted by a known answer), with the unknown ids it waits on."""
    unknown = frozenset(c.factor for c in risk.conditions if c.factor not in case)
    if any(c.factor in case and case[c.factor] not in c.values for c in risk.conditions):
        return "absent", frozenset()
    return ("may" if unknown else "applies"), unknown


def _conditions(finding: Finding) -> list[Condition]:
    """The finding's conditions, its phases first as a scope condition on ``phase``."""
    phases = [Condition(factor="phase", values=list(finding.phases), kind="scope", why="")] if finding.phases else []
    return phases + list(finding.conditions)


def _read_condition(condition: Condition, case: Mapping[str, str], direction: str) -> ConditionReading:
    value = case.get(condition.factor)
    state: ConditionState = "unknown" if value is None else "met" if value in condition.values else "absent"
    return ConditionReading(
        factor=condition.factor,
        kind=condition.kind,
        values=list(condition.values),
        case_value=value,
        state=state,
        bearing=_bearing(condition.kind, state, direction),
        why=" ".join(condition.why.split()),
    )


def _bearing(kind: str, state: ConditionState, direction: str) -> ConditionBearing:
    """What a condition's state means for the tool here. ``requires`` follows what the finding
    reports: a benefit that holds is favourable, a harm that holds is not."""
    if state == "unknown":
        return "unknown"
    met = state == "met"
    if kind == "scope" or direction == "insufficient_evidence":
        return "within" if met else "outside"
    if kind == "against" or (kind == "requires" and _BASE_ROLE[direction] == "cautions"):
        met = not met
    return "favourable" if met else "unfavourable"


def _read_finding(
    finding: Finding, case: Mapping[str, str], evidence: EvidenceBase, low: frozenset[str]
) -> _Reading | None:
    """How ``finding`` reads in this case, or None when the case lies outside what it studied."""
    conditions = [_read_condition(c, case, finding.direction) for c in _conditions(finding)]
    if any(c.kind == "scope" and c.state == "absent" for c in conditions):
        return None
    role, change = _role(finding.direction, conditions)
    reason = Reason(
        finding=finding.id,
        statement=" ".join(finding.statement.split()),
        direction=finding.direction,
        evidence_kind=finding.evidence_kind,
        outcome=finding.outcome,
        citations=[_citation(evidence, key) for key in finding.studies],
        conditions=conditions,
        role=role,
        role_change=change,
        low_confidence=sorted({c.factor for c in conditions if c.factor in low}),
        source=evidence.source_of(finding.id),  # "base" or "pack:<id>" (core/packs.py)
    )
    requires_absent = any(c.kind == "requires" and c.state == "absent" for c in conditions)
    risks, conditional, waits = finding_risks(finding, case, requires_absent)
    return _Reading(
        reason=reason,
        unknown=frozenset(reason.unknown_factors) | waits,
        risks=risks,
        conditional_risks=conditional,
    )


def _citation(evidence: EvidenceBase, key: str) -> Citation:
    study = evidence.study(key)
    return Citation(key=study.key, authors=study.authors, year=study.year)


def _role(direction: str, conditions: list[ConditionReading]) -> tuple[Role, RoleChange | None]:
    def any_(kind: str, state: str) -> bool:
        return any(c.kind == kind and c.state == state for c in conditions)

    base = _BASE_ROLE[direction]
    if base in ("supports", "mixed"):
        if any_("requires", "absent"):
            return "cautions", "requires_absent"  # the benefit does not hold here
        if any_("against", "met"):
            return "cautions", "against_met"  # the benefit is undercut here
        if base == "supports" and any_("requires", "unknown"):
            return "mixed", "requires_unknown"  # the benefit may hold here, or not
        if base == "supports" and any_("against", "unknown"):
            return "mixed", "against_unknown"  # the benefit may be undercut here, or not
        if base == "supports" and any(c.kind == "favours" and c.state != "met" for c in conditions):
            return _favours_role(conditions)
        return base, None
    if base == "cautions":
        if any_("requires", "absent"):
            return "context", "harm_elsewhere"  # the harm (or lack of effect) was found only where this case differs
        if any_("favours", "met") and not any_("against", "met"):
            return "mixed", "favours_met"  # no effect on average, but the tool does better under this case's conditions
    return base, None


def _favours_role(conditions: list[ConditionReading]) -> tuple[Role, RoleChange]:
    """A benefit found larger under conditions ("works better when") supports only where they all
    hold (SPEC §5): met in part, it holds "only under conditions this case partly meets"; unknown, it
    may or may not hold; none met and one known absent, it says nothing here."""
    states = {c.state for c in conditions if c.kind == "favours"}
    if "met" in states and "absent" in states:
        return "mixed", "favours_partly"
    if "unknown" in states:
        return "mixed", "favours_unknown"
    return "context", "favours_absent"


# --- one family ------------------------------------------------------------------------------


def _family_fit(family: Family, readings: list[_Reading]) -> FamilyFit:
    reasons = sorted((r.reason for r in readings), key=lambda r: (ROLES.index(r.role), r.finding))
    unknown = sorted({f for r in readings for f in r.unknown})
    ceiling = Ceiling(verdict=family.ceiling, reason=" ".join(family.ceiling_reason.split()))
    fields = {"id": family.id, "name": family.name, "category": family.category}
    if not family.reviewed:
        basis = VerdictBasis(rule="not_reviewed")
        return FamilyFit(
            **fields, verdict="not_reviewed", uncapped_verdict="not_reviewed", basis=basis,
            ceiling=ceiling, reasons=[], risks=[], unknown_factors=[],
        )
    by_id = sorted(readings, key=lambda r: r.reason.finding)
    risks = _unique(risk for r in by_id for risk in r.risks)
    conditional_risks = [c for c in _unique(risk for r in by_id for risk in r.conditional_risks) if c not in risks]
    verdict, basis = _weigh(readings, risks, conditional_risks)
    capped, ceiling = _cap(verdict, ceiling)
    return FamilyFit(
        **fields, verdict=capped, uncapped_verdict=verdict, basis=basis, ceiling=ceiling,
        reasons=reasons, risks=risks, unknown_factors=unknown, conditional_risks=conditional_risks,
    )


def _weigh(readings: list[_Reading], risks: list[str], conditional_risks: list[str]) -> tuple[Verdict, VerdictBasis]:
    """The uncapped verdict of SPEC §5 and the basis it rests on."""
    weighing = [r for r in readings if r.reason.role != "context"]
    if not readings:
        return "insufficient", VerdictBasis(rule="no_findings")
    if not weighing:
        return "insufficient", VerdictBasis(rule="only_context")
    strong = [r for r in weighing if r.reason.strong]
    if not strong:
        return "insufficient", VerdictBasis(rule="only_weak")

    count = {role: sum(1 for r in strong if r.reason.role == role) for role in ROLES}
    if count["cautions"] and not count["supports"] and not count["mixed"]:
        return "cautioned", _caution_basis(strong, count)
    if count["supports"] and not count["cautions"] and count["supports"] > count["mixed"]:
        weak_cautions = [r.reason.finding for r in weighing if r.reason.role == "cautions"]
        if weak_cautions:
            return "mixed", VerdictBasis(rule="weak_caution", counts=count, weak_cautions=weak_cautions)
        if risks:
            return "mixed", VerdictBasis(rule="benefit_with_risk", counts=count, risk=risks[0])
        if conditional_risks:
            return "mixed", VerdictBasis(rule="benefit_with_possible_risk", counts=count, risk=conditional_risks[0])
        if any(r.reason.role_change in _WAITING for r in strong):
            # Knowing the answer could turn that benefit into a caution: never supported until it is known.
            return "mixed", VerdictBasis(rule="benefit_pending", counts=count)
        return "supported", VerdictBasis(rule="benefit", counts=count)
    if not count["supports"] and not count["cautions"]:
        return "mixed", VerdictBasis(rule="open", counts=count)
    return "mixed", VerdictBasis(rule="split", counts=count)


# Role changes of a benefit that waits on an unknown answer (it would caution if the answer went the other way).
_WAITING = ("requires_unknown", "favours_unknown", "against_unknown")


def _caution_basis(strong: list[_Reading], count: dict[str, int]) -> VerdictBasis:
    cautions = [r for r in strong if r.reason.role == "cautions"]
    undercut = [r for r in cautions if _BASE_ROLE[r.reason.direction] != "cautions" and not r.absent]
    return VerdictBasis(
        rule="cautions_only",
        counts=count,
        harm_found=any(_BASE_ROLE[r.reason.direction] == "cautions" for r in cautions),
        absent=_unique(a for r in cautions for a in r.absent),
        against=_unique(a for r in undercut for a in r.against),
    )


def _cap(verdict: Verdict, ceiling: Ceiling) -> tuple[Verdict, Ceiling]:
    """Lower ``verdict`` to the family's ceiling; the returned ceiling says whether it acted."""
    highest = ceiling.verdict if ceiling.verdict != "not_reviewed" else "insufficient"
    if verdict in ("insufficient", "not_reviewed"):
        return verdict, ceiling
    if verdict == "cautioned":
        thin = highest == "insufficient"
        return verdict, ceiling.model_copy(update={"thin_but_cautioned": thin})
    if _STRENGTH[verdict] <= _STRENGTH[highest]:
        return verdict, ceiling
    return highest, ceiling.model_copy(update={"applied": True})


def _unique(items: Iterable):
    return list(dict.fromkeys(items))
