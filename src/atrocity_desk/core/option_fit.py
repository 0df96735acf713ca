"""The fit per family and per option, with what would change each verdict (SPEC §5, §6 ``fit --json``).

A family's fit reads the situation alone; an option's fit reads the situation and the option's own
design (how the tool is used). For every verdict, ``would_change`` lists each single answer (an
unknown factor or design property given a value) that changes it, and to what: found by trying
every value of every unknown id the family's findings name, as the fit is cheap. An id no finding
of the family names cannot change its verdict, so trying it is unnecessary (the property tests
check this against trying everything).

``case_fit(case, revision_id)`` reads a stored case; ``option_fits`` is the per-option part, for
the memo and the window. Both return data; ``fit_words`` makes the words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import combinations, product

from pydantic import BaseModel, ConfigDict

from .checklist import load_factor_vocabulary
from .evidence import EvidenceBase, Family
from .fit import FactorValue, FamilyFit, FitResult, Reason, evidence_fit, known_case, low_confidence, read_family
from .packs import case_evidence
from .vocabulary import FAMILY_IDS, Verdict


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Change(_Frozen):
    """One single answer that would change the verdict, and the verdict it would give."""

    factor: str  # a situation factor id or a design property id
    value: str
    verdict: Verdict


class Lift(_Frozen):
    """Design answers that together would give a stronger verdict than this option's now, when no
    single answer does (a benefit that depends on several properties of a mission at once)."""

    answers: list[FactorValue]
    verdict: Verdict


class Fit(_Frozen):
    """One verdict with what would change it: for a family (situation only) or an option."""

    fit: FamilyFit
    would_change: list[Change]
    would_lift: Lift | None = None  # options only: the fewest unknown design answers that lift it

    @property
    def verdict(self) -> Verdict:
        return self.fit.verdict


class OptionFit(_Frozen):
    """An option of the case (a decision) read with its design."""

    id: int | None
    title: str
    family: str
    status: str
    design: dict[str, str | None]  # every design property read for the family: value, None unknown
    reading: Fit | None  # None: the option's family is one this evidence base does not know


class CaseFit(_Frozen):
    families: list[Fit]
    options: list[OptionFit]
    context: list[Reason]

    def family(self, family_id: str) -> Fit:
        return next(f for f in self.families if f.fit.id == family_id)


@dataclass(frozen=True)
class OptionInput:
    """What the fit needs of one option (a stored Decision and its design answers)."""

    id: int | None
    title: str
    family: str
    status: str
    design: Mapping[str, str | None] = field(default_factory=dict)
    confidence: Mapping[str, str | None] = field(default_factory=dict)


def fit_with_changes(
    family: Family,
    evidence: EvidenceBase,
    answers: Mapping[str, str | None],
    design: Mapping[str, str | None] | None = None,
    confidence: Mapping[str, str | None] | None = None,
) -> Fit:
    """The fit of ``family`` for this situation (and design), with every single answer that changes it."""
    case = known_case(answers, design)
    low = low_confidence(case, confidence)
    fit = read_family(family, case, evidence, low)
    changes = would_change(family, evidence, case, fit.verdict)
    lift = would_lift(family, evidence, case, fit.verdict) if design is not None else None
    return Fit(fit=fit, would_change=changes, would_lift=lift)


# How much a verdict claims for the tool, to say which answers "lift" it.
_RANK = {"cautioned": 0, "not_reviewed": 1, "insufficient": 1, "mixed": 2, "supported": 3}


def would_lift(family: Family, evidence: EvidenceBase, case: Mapping[str, str], verdict: Verdict) -> Lift | None:
    """The fewest unknown design answers that together give the strongest verdict reachable by design
    alone, or None when no design answer lifts it. Tries every combination (a family reads at most
    a handful of design properties, each with two values)."""
    terms = [t for t in design_terms(family.id) if t not in case and t in candidate_terms(family, evidence, case)]
    best: Lift | None = None
    for size in range(1, len(terms) + 1):
        for chosen in combinations(terms, size):
            for values in product(*(term_values(t) for t in chosen)):
                answers = dict(zip(chosen, values))
                other = read_family(family, {**case, **answers}, evidence).verdict
                if _RANK[other] > _RANK[best.verdict if best else verdict]:
                    best = Lift(answers=[FactorValue(factor=t, value=v) for t, v in answers.items()], verdict=other)
        if best is not None and best.verdict == "supported":
            break  # nothing stronger exists; more answers would only be more to ask
    return best


def would_change(family: Family, evidence: EvidenceBase, case: Mapping[str, str], verdict: Verdict) -> list[Change]:
    """Each unknown id the family's findings name, given each of its values, that changes ``verdict``."""
    changes = []
    for term in candidate_terms(family, evidence, case):
        for value in term_values(term):
            other = read_family(family, {**case, term: value}, evidence).verdict
            if other != verdict:
                changes.append(Change(factor=term, value=value, verdict=other))
    return changes


def candidate_terms(family: Family, evidence: EvidenceBase, case: Mapping[str, str]) -> list[str]:
    """The ids, unknown here, on which a finding of ``family`` depends (its phases count as ``phase``)."""
    terms: set[str] = set()
    for finding in evidence.findings_for(family.id):
        terms |= finding.terms_used()
        if finding.phases:
            terms.add("phase")
    return sorted(t for t in terms if t not in case)


def term_values(term: str) -> list[str]:
    vocabulary = load_factor_vocabulary()
    item = vocabulary.label(term)
    return item.value_ids() if item is not None else []


def design_terms(family_id: str) -> list[str]:
    """The design properties read for ``family_id``, in the checklist's order."""
    return [d.id for d in load_factor_vocabulary().design.values() if family_id in d.families]


def fit_case(
    answers: Mapping[str, str | None],
    evidence: EvidenceBase,
    options: list[OptionInput] = (),
    confidence: Mapping[str, str | None] | None = None,
) -> CaseFit:
    """Every family (situation only) and every option (situation + its design), with what would change each."""
    families = {f.id: f for f in evidence.families}
    family_fits = [fit_with_changes(families[f], evidence, answers, None, confidence) for f in FAMILY_IDS if f in families]
    readings: dict[tuple, Fit] = {}
    return CaseFit(
        families=family_fits,
        options=[_option_fit(option, evidence, families, answers, confidence, readings) for option in options],
        context=evidence_fit(answers, evidence, confidence=confidence).context,
    )


def _option_fit(
    option: OptionInput, evidence: EvidenceBase, families: dict[str, Family], answers, confidence, readings: dict[tuple, Fit]
) -> OptionFit:
    """``readings``: the fits already read in this case by family, design and confidence. Options of
    one family with the same design read the same (a Fit is frozen, so they share it), and trying
    every design combination (``would_lift``) is most of an option's cost."""
    read_for = design_terms(option.family)
    design = {prop: option.design.get(prop) for prop in read_for}
    reading = None
    if option.family in families:
        both = {**(confidence or {}), **{k: v for k, v in option.confidence.items() if k in read_for}}
        key = (option.family, tuple(design.items()), tuple(sorted(both.items(), key=lambda item: item[0])))
        if key not in readings:
            readings[key] = fit_with_changes(families[option.family], evidence, answers, design, both)
        reading = readings[key]
    return OptionFit(
        id=option.id, title=option.title, family=str(option.family), status=str(option.status), design=design, reading=reading
    )


# --- a stored case ---------------------------------------------------------------------------


def option_inputs(case, revision_id: int) -> list[OptionInput]:
    """The options of a stored revision with their design answers (``case``: a storage CaseFile)."""
    inputs = []
    for decision in case.decisions(revision_id):
        answers = case.design_answers(decision.id)
        inputs.append(
            OptionInput(
                id=decision.id,
                title=decision.title,
                family=str(decision.family),
                status=str(decision.status),
                design={p: a.known_value for p, a in answers.items()},
                confidence={p: a.confidence for p, a in answers.items()},
            )
        )
    return inputs


def case_fit(case, revision_id: int, evidence: EvidenceBase | None = None) -> CaseFit:
    """The fit of a stored revision: every family and every option of it, read against the base
    and the case's switched-on evidence packs unless ``evidence`` is given."""
    evidence = evidence or case_evidence(case)
    judgments = case.judgments(revision_id, "factor")
    answers = {item: j.known_value for item, j in judgments.items()}
    confidence = {item: j.confidence for item, j in judgments.items()}
    return fit_case(answers, evidence, option_inputs(case, revision_id), confidence)


def option_fits(case, revision_id: int, evidence: EvidenceBase | None = None) -> list[OptionFit]:
    """Each option of a stored revision read with its design: the verdict, reasons, would-change, left out."""
    return case_fit(case, revision_id, evidence).options


__all__ = [
    "CaseFit", "Change", "Fit", "FitResult", "OptionFit", "OptionInput", "case_fit", "fit_case",
    "fit_with_changes", "option_fits", "would_change",
]
