"""The evidence fit in words: the one place its sentences are made (window, memo and command line
all word a fit here), from the structured result of ``fit.evidence_fit`` and the vocabulary.

Nothing reads these sentences back: a consumer that needs a fact (a condition, a count, whether
the ceiling acted) reads it from the fit's data, so rewording any sentence here changes only the
words shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .checklist import FactorVocabulary, load_factor_vocabulary
from .fit import ConditionReading, FactorValue, FamilyFit, FitResult, Reason
from .vocabulary import translate as _
from .vocabulary import PACK_MARKER, unknown_word, unrecognised, verdict_label, word


@dataclass(frozen=True)
class FactorWords:
    """The checklist's words for factors and their values (an id it does not know: unrecognised)."""

    vocabulary: FactorVocabulary

    def factor(self, factor_id: str) -> str:
        """A situation factor's or an option-design property's label."""
        factor = self.vocabulary.label(factor_id)
        return factor.label if factor and factor.label else unrecognised(factor_id)

    def value(self, factor_id: str, value: str | None) -> str:
        if value is None:
            return unknown_word()
        factor = self.vocabulary.label(factor_id)
        if factor is None or value not in factor.value_ids():
            return unrecognised(value)
        return factor.value_label(value)

    def values(self, factor_id: str, values: list[str]) -> str:
        return _(" or ").join(self.value(factor_id, v) for v in values)

    def pair(self, pair: FactorValue) -> str:
        return f"{self.factor(pair.factor)}: {self.value(pair.factor, pair.value)}"


@lru_cache(maxsize=1)
def factor_words() -> FactorWords:
    return FactorWords(load_factor_vocabulary())


def method_note() -> str:
    return _(
        "How to read this: each verdict follows written rules, not a score. A finding counts when the "
        "case's answers do not rule it out; an unknown answer never counts for or against it, and is "
        "listed as something to find out. No verdict is stronger than the paper's own judgement of its "
        "family. Most of the evidence is correlational, the datasets only count the killing that gets "
        "reported, and a tool works only as well as the political strategy it serves: the fit shows "
        "what research suggests for situations like this one, not what will happen."
    )


# --- one family ------------------------------------------------------------------------------


def summary(fit: FamilyFit, words: FactorWords | None = None) -> str:
    """One sentence: why the family reads as it does here (the ceiling's sentence when it acted)."""
    if fit.ceiling.applied:
        return _("The findings alone would read {uncapped}; the paper's own judgement of this family caps it at {verdict}.").format(
            uncapped=verdict_label(fit.uncapped_verdict), verdict=verdict_label(fit.verdict)
        )
    return basis_sentence(fit, words or factor_words())


def basis_sentence(fit: FamilyFit, words: FactorWords) -> str:
    basis, counts = fit.basis, fit.basis.counts
    simple = {
        "not_reviewed": _("The paper reviews no study of these tools, so the evidence says nothing either way."),
        "no_findings": _("None of the reviewed studies looked at situations like this one."),
        "only_context": _("The studies that speak to situations like this are too few or too weak to say."),
        "only_weak": _("Only single cases or anecdotes speak to situations like this; they cannot carry a verdict."),
        "benefit": _("The reviewed studies mostly find less violence (or a better outcome) in situations like this, and none finds harm here."),
        "open": _("The studies report mixed results for situations like this, or a benefit that may or may not hold here."),
    }
    if basis.rule in simple:
        return simple[basis.rule]
    if basis.rule == "weak_caution":
        return _("Cross-national or comparative studies find a benefit here, but a single case or anecdote finds no effect or harm.")
    if basis.rule == "benefit_with_risk":
        return _("The studies find a benefit here, but name a harm that applies: {risk}.").format(risk=basis.risk)
    if basis.rule == "benefit_with_possible_risk":
        return _(
            "The studies find a benefit here, but name a harm that may apply, depending on an answer not yet given: {risk}."
        ).format(risk=basis.risk)
    if basis.rule == "split":
        return _(
            "The cross-national and comparative studies point different ways here: {supports} find a benefit, "
            "{mixed} mixed or open, {cautions} no effect, harm, or a condition absent here."
        ).format(supports=counts.get("supports", 0), mixed=counts.get("mixed", 0), cautions=counts.get("cautions", 0))
    return _caution_sentence(fit, words)


def _caution_sentence(fit: FamilyFit, words: FactorWords) -> str:
    basis = fit.basis
    parts = []
    if basis.harm_found:
        parts.append(_("the studies find no effect or harm in situations like this"))
    if basis.absent:
        parts.append(_("a condition the benefit depends on is absent here ({pairs})").format(pairs=_pairs(basis.absent, words)))
    if basis.against:
        parts.append(_("the tool works worse under this case's conditions ({pairs})").format(pairs=_pairs(basis.against, words)))
    sentence = "; ".join(parts) or _("the studies that apply here caution against it")
    return sentence[:1].upper() + sentence[1:] + "."


def _pairs(pairs: list[FactorValue], words: FactorWords) -> str:
    return "; ".join(words.pair(p) for p in pairs)


def ceiling_note(fit: FamilyFit) -> str:
    """Why the paper's own judgement acted on this verdict, or "" when it did not."""
    reason = fit.ceiling.reason or _("see the paper's overall judgement of this family")
    reason = reason if reason.endswith(".") else reason + "."
    if fit.ceiling.applied:
        return _("The paper's judgement: {reason}").format(reason=reason)
    if fit.ceiling.thin_but_cautioned:
        return _(
            "The paper judges the evidence on this family too thin for a firm verdict; the caution stands "
            "because the findings that apply warn against it here. The paper's judgement: {reason}"
        ).format(reason=reason)
    return ""


def unknowns(fit: FamilyFit, words: FactorWords | None = None) -> list[str]:
    words = words or factor_words()
    return [words.factor(f) for f in fit.unknown_factors]


# --- one reason ------------------------------------------------------------------------------

_ROLE_CHANGES = {
    "requires_absent": "the benefit does not hold here",
    "against_met": "the benefit is undercut here",
    "requires_unknown": "the benefit may or may not hold here",
    "favours_met": "the tool does better under this case's conditions than this finding's average",
    "harm_elsewhere": "the harm or lack of effect was found only where this case differs",
    "favours_unknown": "the benefit was found where a condition holds that is unknown here",
    "favours_absent": "the benefit was found where a condition holds that this case does not meet",
}


def reading(reason: Reason) -> str:
    """How the finding reads here, beyond its conditions: why its role changed, and whether its
    kind of evidence can carry a verdict. "" when there is nothing to add."""
    if reason.direction == "insufficient_evidence":
        return _("the studies are too few or too weak to say")
    parts = [_(_ROLE_CHANGES[reason.role_change])] if reason.role_change else []
    if not reason.strong:
        parts.append(_("a single case or anecdote: illustrates, cannot carry a verdict alone"))
    return "; ".join(parts)


def condition_line(condition: ConditionReading, words: FactorWords | None = None) -> str:
    """"Works better when Relationship is Ally — this case: Adversary (not met)"."""
    words = words or factor_words()
    state = word("condition_state", condition.state)
    here = state if condition.case_value is None else f"{words.value(condition.factor, condition.case_value)} ({state})"
    return _("{kind} {factor} is {values} — this case: {here}").format(
        kind=word("condition_kind", condition.kind),
        factor=words.factor(condition.factor),
        values=words.values(condition.factor, condition.values),
        here=here,
    )


def citations_text(reason: Reason) -> str:
    return "; ".join(f"{c.authors} {c.year}" for c in reason.citations)


def reason_heading(reason: Reason) -> str:
    """Role, direction, kind of evidence and outcome of a reason, in one line."""
    return _("{role} — {direction}; {kind}; outcome: {outcome}").format(
        role=word("role", reason.role),
        direction=word("direction", reason.direction),
        kind=word("evidence_kind", reason.evidence_kind),
        outcome=word("outcome", reason.outcome),
    )


# --- the command line's outputs ----------------------------------------------------------------


def fit_text(result: FitResult, words: FactorWords | None = None) -> str:
    """``atrocity-desk fit``: every family with its verdict, reasons, risks and unknowns."""
    words = words or factor_words()
    blocks = [_family_text(fit, words) for fit in result.families]
    if result.context:
        lines = [_("What the evidence says about risk in situations like this")]
        lines += [_reason_text(r, words) for r in result.context]
        blocks.append("\n".join(lines))
    blocks.append(method_note())
    return "\n\n".join(blocks) + "\n"


def _family_text(fit: FamilyFit, words: FactorWords) -> str:
    lines = [f"{fit.name} [{fit.id}] - {verdict_label(fit.verdict).upper()}", f"  {summary(fit, words)}"]
    note = ceiling_note(fit)
    if note:
        lines.append(f"  {note}")
    lines += [_reason_text(reason, words) for reason in fit.reasons]
    if fit.risks:
        lines.append("  " + _("Risks named for this case: ") + "; ".join(fit.risks))
    if fit.conditional_risks:
        lines.append("  " + _("Risks that may apply, depending on answers not yet given: ") + "; ".join(fit.conditional_risks))
    if fit.unknown_factors:
        lines.append("  " + _("Answering these would sharpen the reading: ") + ", ".join(unknowns(fit, words)))
    return "\n".join(lines)


def _reason_text(reason: Reason, words: FactorWords) -> str:
    marker = f"{PACK_MARKER} " if reason.source != "base" else ""
    lines = [f"  - {marker}{reason_heading(reason)}", f"    {reason.statement} ({citations_text(reason)})"]
    lines += [f"      • {condition_line(c, words)}" for c in reason.conditions]
    note = reading(reason)
    if note:
        lines.append(f"      {note}")
    lines.append(f"      <{reason.finding}>" + (f" <{reason.source}>" if marker else ""))
    return "\n".join(lines)


def fit_json(result: FitResult, words: FactorWords | None = None) -> dict:
    """The ``fit --json`` families of SPEC §6: data, plus the summary sentence for reading."""
    words = words or factor_words()
    return {"families": [dict(id=fit.id, **family_json(fit, words)) for fit in result.families]}


def family_json(fit: FamilyFit, words: FactorWords) -> dict:
    """One FIT of SPEC §6 (``would_change`` and ``left_out`` come with a later issue)."""
    return {
        "verdict": fit.verdict,
        "summary": summary(fit, words),
        "basis": fit.basis.model_dump(),
        "ceiling": {**fit.ceiling.model_dump(), "uncapped_verdict": fit.uncapped_verdict},
        "reasons": [reason_json(r) for r in fit.reasons],
        "risks": list(fit.risks),
        "conditional_risks": list(fit.conditional_risks),
        "unknown_factors": list(fit.unknown_factors),
    }


def reason_json(reason: Reason) -> dict:
    return {
        "finding": reason.finding,
        "direction": reason.direction,
        "role": reason.role,
        "evidence_kind": reason.evidence_kind,
        "outcome": reason.outcome,
        "citations": [c.model_dump() for c in reason.citations],
        "factors": reason.factors,
        "conditions": [c.model_dump(exclude={"why"}) for c in reason.conditions],
        "low_confidence": list(reason.low_confidence),
        "source": reason.source,
    }
