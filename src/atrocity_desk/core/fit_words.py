"""The evidence fit in words: the one place its sentences are made (window, memo and command line
all word a fit here), from the structured result of ``fit.evidence_fit`` and the vocabulary.

Nothing reads these sentences back: a consumer that needs a fact (a condition, a count, whether
the ceiling acted) reads it from the fit's data, so rewording any sentence here changes only the
words shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .checklist import FactorVocabulary
from .fit import ConditionReading, FactorValue, FamilyFit, Reason
from .option_fit import CaseFit, Change, Fit, OptionFit
from .language import join_list
from .vocabulary import translatable
from .vocabulary import translate as _
from .vocabulary import pack_marker, singular, unknown_word, unrecognised, verdict_label, word


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

    def condition(self, kind: str, factor_id: str, values: list[str]) -> str:
        """A finding's condition: "Studied only where Phase of the crisis is Escalation or …"."""
        return _("{kind} {factor} is {values}").format(
            kind=word("condition_kind", kind), factor=self.factor(factor_id), values=self.values(factor_id, values))

    def phases(self, phases: list[str]) -> str:
        """The phases a finding was studied in, by their labels ("any" when it names none)."""
        return ", ".join(self.value("phase", p) for p in phases) if phases else _("any")

    def pair(self, pair: FactorValue) -> str:
        return _("{factor}: {value}").format(factor=self.factor(pair.factor), value=self.value(pair.factor, pair.value))


def factor_words() -> FactorWords:
    """The factor words of the current language (``core.language``)."""
    from .language import current_language

    return _factor_words(current_language().code)


@lru_cache(maxsize=4)
def _factor_words(lang: str) -> FactorWords:
    from .language import language

    return FactorWords(language(lang).factor_vocabulary())


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
    basis = fit.basis
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
    if basis.rule == "benefit_pending":
        return _(
            "The studies find a benefit here, but another benefit depends on an answer not yet given; "
            "until it is known the evidence cannot read supported."
        )
    if basis.rule == "split":
        return _split_sentence(fit)
    return _caution_sentence(fit, words)


# Why a strong finding cautions here, one thing each (a harm found, a condition absent, a condition
# under which the tool works worse), so a headline never lumps them together.
_CAUTION_KINDS = (
    ("harm", translatable("1 finds no effect or harm"), translatable("{n} find no effect or harm")),
    ("requires_absent", translatable("1 finds a benefit that needs a condition absent here"), translatable("{n} find a benefit that needs a condition absent here")),
    ("against_met", translatable("1 finds the tool works worse under this case's conditions"), translatable("{n} find the tool works worse under this case's conditions")),
)


def _split_sentence(fit: FamilyFit) -> str:
    counts = fit.basis.counts
    parts = []
    supports, mixed = counts.get("supports", 0), counts.get("mixed", 0)
    if supports:
        parts.append(_("1 finds a benefit") if supports == 1 else _("{n} find a benefit").format(n=supports))
    if mixed:
        parts.append(_("1 is mixed or open") if mixed == 1 else _("{n} are mixed or open").format(n=mixed))
    cautions = [r for r in fit.reasons if r.strong and r.role == "cautions"]
    for kind, one, many in _CAUTION_KINDS:
        n = sum(1 for r in cautions if (r.role_change if r.role_change in ("requires_absent", "against_met") else "harm") == kind)
        if n:
            parts.append(_(one) if n == 1 else _(many).format(n=n))
    return _("The cross-national and comparative studies point different ways here: {parts}.").format(parts=join_list(parts))


def _caution_sentence(fit: FamilyFit, words: FactorWords) -> str:
    basis = fit.basis
    parts = []
    if basis.harm_found:
        parts.append(_("the studies find no effect or harm in situations like this"))
    if basis.absent:
        parts.append(_("a condition the benefit depends on is absent here ({pairs})").format(pairs=_pairs(basis.absent, words)))
    if basis.against:
        parts.append(_("the tool works worse under this case's conditions ({pairs})").format(pairs=_pairs(basis.against, words)))
    sentence = join_list(parts) or _("the studies that apply here caution against it")
    return sentence[:1].upper() + sentence[1:] + "."


def _pairs(pairs: list[FactorValue], words: FactorWords) -> str:
    return join_list(words.pair(p) for p in pairs)


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
    "requires_absent": translatable("the benefit does not hold here"),
    "against_met": translatable("the benefit is undercut here"),
    "requires_unknown": translatable("the benefit may or may not hold here"),
    "favours_met": translatable("the tool does better under this case's conditions than this finding's average"),
    "harm_elsewhere": translatable("the harm or lack of effect was found only where this case differs"),
    "favours_unknown": translatable("the benefit was found where a condition holds that is unknown here"),
    "favours_absent": translatable("the benefit was found where a condition holds that this case does not meet"),
    "favours_partly": translatable("the benefit was found larger under conditions this case meets only in part"),
    "against_unknown": translatable("the benefit may or may not be undercut here: a condition under which the tool works worse is unknown"),
}


def reading(reason: Reason) -> str:
    """How the finding reads here, beyond its conditions: why its role changed, and whether its
    kind of evidence can carry a verdict. "" when there is nothing to add."""
    if reason.direction == "insufficient_evidence":
        return _("the studies are too few or too weak to say")
    parts = [_(_ROLE_CHANGES[reason.role_change])] if reason.role_change else []
    if not reason.strong:
        parts.append(_("a single case or anecdote: illustrates, cannot carry a verdict alone"))
    return join_list(parts)


def condition_line(condition: ConditionReading, words: FactorWords | None = None) -> str:
    """"Works worse, or harms, when Regime is Autocracy — this case: Democracy (favourable to the tool here)".

    The state is worded by its bearing on the tool, so a card that points to a benefit never lists a
    bare "not met" that in fact counts in the tool's favour."""
    words = words or factor_words()
    bearing = word("condition_bearing", condition.bearing)
    here = bearing if condition.case_value is None else f"{words.value(condition.factor, condition.case_value)} ({bearing})"
    return _("{kind} {factor} is {values} — this case: {here}").format(
        kind=word("condition_kind", condition.kind),
        factor=words.factor(condition.factor),
        values=words.values(condition.factor, condition.values),
        here=here,
    )


def citations_text(reason: Reason) -> str:
    return join_list(f"{c.authors} {c.year}" for c in reason.citations)


def reason_heading(reason: Reason, role: bool = True) -> str:
    """Role, direction, kind of evidence and outcome of a reason, in one line (``role``: with the role)."""
    if not role:
        return _("{direction}; {kind}; outcome: {outcome}").format(
            direction=word("direction", reason.direction),
            kind=word("evidence_kind", reason.evidence_kind),
            outcome=word("outcome", reason.outcome),
        )
    return _("{role} — {direction}; {kind}; outcome: {outcome}").format(
        role=word("role", reason.role),
        direction=word("direction", reason.direction),
        kind=word("evidence_kind", reason.evidence_kind),
        outcome=word("outcome", reason.outcome),
    )


# --- what would change it, what was left out ----------------------------------------------------

# Outcomes that measure what happens to civilians (killing, its onset or return, repression, harm the
# tool causes). A benefit measured on another outcome (a policy change, a settlement) is a benefit
# on that outcome only, and says so.
CIVILIAN_OUTCOMES = frozenset({"severity", "onset", "recurrence", "human_rights", "civilian_harm"})


def outcome_caveat(reason: Reason) -> str:
    """"" when the finding measures what happens to civilians; otherwise what it measures instead."""
    if reason.outcome in CIVILIAN_OUTCOMES or reason.direction == "insufficient_evidence":
        return ""
    return _("measured on {outcome}, not on violence against civilians").format(outcome=word("outcome", reason.outcome))


def is_design(term: str, words: FactorWords | None = None) -> bool:
    """Whether ``term`` is an option-design property (answered per option) rather than a situation factor."""
    return term in (words or factor_words()).vocabulary.design


def change_phrases(changes: list[Change], words: FactorWords | None = None) -> list[str]:
    """"If Size of the deployment is Large, the evidence reads supported", one per change."""
    words = words or factor_words()
    return [
        _("If {factor} is {value}, the evidence reads {verdict}").format(
            factor=words.factor(c.factor), value=words.value(c.factor, c.value), verdict=word("verdict", c.verdict, "in_sentence")
        )
        for c in changes
    ]


def change_sentence(reading: Fit, words: FactorWords | None = None) -> str:
    """What would change the verdict, in one sentence ("" when no single answer would)."""
    phrases = change_phrases(reading.would_change, words)
    if not phrases:
        return ""
    return _("What would change it: {phrases}.").format(phrases=join_list(p[:1].lower() + p[1:] for p in phrases))


def lift_sentence(reading: Fit, words: FactorWords | None = None) -> str:
    """"If Size is Large and Stage is Established, the evidence reads supported." ("" when no design lifts it)."""
    lift = reading.would_lift
    if lift is None:
        return ""
    words = words or factor_words()
    answers = _(" and ").join(
        _("{factor} is {value}").format(factor=words.factor(a.factor), value=words.value(a.factor, a.value)) for a in lift.answers
    )
    return _("If {answers}, the evidence reads {verdict}.").format(answers=answers, verdict=word("verdict", lift.verdict, "in_sentence"))


def left_out_sentence(fit: FamilyFit, words: FactorWords | None = None) -> str:
    """The findings that do not count here and the answers that excluded them, in one sentence."""
    words = words or factor_words()
    if not fit.left_out:
        return ""
    counts: dict[FactorValue, int] = {}
    for item in fit.left_out:
        counts[item.because] = counts.get(item.because, 0) + 1
    because = join_list(
        _("{pair} ({n})").format(pair=words.pair(pair), n=n) for pair, n in counts.items()
    )
    one = translatable("Left out: {n} finding on this family studied a situation unlike this one, excluded by this case's answer — {because}.")
    many = translatable("Left out: {n} findings on this family studied situations unlike this one, excluded by this case's answer — {because}.")
    return _(one if singular(len(fit.left_out)) else many).format(n=len(fit.left_out), because=because)


# --- the command line's outputs ----------------------------------------------------------------


@dataclass(frozen=True)
class CaseHeader:
    """What the ``fit`` output names first: which case, revision, evidence and packs it reads."""

    title: str
    revision: int
    evidence_version: str
    packs: tuple[dict[str, str], ...] = ()  # each enabled pack's id, title, author, date and hash

    def as_json(self) -> dict:
        return {"title": self.title, "revision": self.revision, "evidence_version": self.evidence_version, "packs": [dict(p) for p in self.packs]}

    def text(self) -> str:
        packs = ", ".join(f"{p['id']} (“{p['title']}”)" for p in self.packs) if self.packs else _("none")
        return _("Evidence fit of “{title}”, revision {revision} — evidence base {version}; evidence packs: {packs}.").format(
            title=self.title, revision=self.revision, version=self.evidence_version, packs=packs
        )


def fit_text(result: CaseFit, header: CaseHeader | None = None, words: FactorWords | None = None) -> str:
    """``atrocity-desk fit``: the case's options first, then every family, as a planner reads them."""
    words = words or factor_words()
    blocks = [header.text()] if header else []
    if result.options:
        blocks.append(_("YOUR OPTIONS (each read with the situation and its own design)"))
        blocks += [_option_text(option, words) for option in result.options]
        blocks.append(_("EVERY TOOL FAMILY (the situation only; how a tool is designed is left unknown)"))
    blocks += [_family_text(reading, words) for reading in result.families]
    if result.context:
        lines = [_("What the evidence says about risk in situations like this")]
        lines += [_reason_text(r, words) for r in result.context]
        blocks.append("\n".join(lines))
    blocks.append(method_note())
    return "\n\n".join(blocks) + "\n"


def _option_text(option: OptionFit, words: FactorWords) -> str:
    heading = _("Option “{title}” ({status}; {family})").format(
        title=option.title or _("untitled"), status=word("status", option.status), family=_family_name(option)
    )
    if option.reading is None:
        return heading + "\n  " + _("Its tool family is not one this evidence base knows: no reading.")
    design = join_list(f"{words.factor(p)}: {words.value(p, v)}" for p, v in option.design.items())
    lines = [heading]
    if design:
        lines.append("  " + _("Design: {design}").format(design=design))
    return "\n".join(lines) + "\n" + _family_text(option.reading, words, title=False)


def _family_name(option: OptionFit) -> str:
    return option.reading.fit.name if option.reading else unrecognised(option.family)


def _family_text(reading: Fit, words: FactorWords, title: bool = True) -> str:
    fit = reading.fit
    verdict = _("Verdict: {verdict}").format(verdict=verdict_label(fit.verdict).upper())
    lines = [f"{fit.name} — {verdict}" if title else f"  {verdict}", f"  {summary(fit, words)}"]
    note = ceiling_note(fit)
    if note:
        lines.append(f"  {note}")
    lines += [_reason_text(reason, words) for reason in fit.reasons]
    if fit.risks:
        lines.append("  " + _("Risks named for this case: ") + join_list(fit.risks))
    if fit.conditional_risks:
        lines.append("  " + _("Risks that may apply, depending on answers not yet given: ") + join_list(fit.conditional_risks))
    for sentence in (change_sentence(reading, words), lift_sentence(reading, words), left_out_sentence(fit, words)):
        if sentence:
            lines.append(f"  {sentence}")
    if fit.unknown_factors:
        lines.append("  " + _("Answering these would sharpen the reading: ") + ", ".join(unknowns(fit, words)))
    return "\n".join(lines)


def _reason_text(reason: Reason, words: FactorWords) -> str:
    marker = f"{pack_marker()} " if reason.source != "base" else ""
    lines = [f"  - {marker}[{word('role', reason.role)}] {reason_heading(reason, role=False)}", f"    {reason.statement} ({citations_text(reason)})"]
    caveat = outcome_caveat(reason)
    if caveat:
        lines.append("      " + _("Note: {caveat}.").format(caveat=caveat))
    lines += [f"      • {condition_line(c, words)}" for c in reason.conditions]
    if reason.low_confidence:
        lines.append("      " + _("Rests on answers given with low confidence: {factors}").format(
            factors=", ".join(words.factor(f) for f in reason.low_confidence)))
    note = reading(reason)
    if note:
        lines.append(f"      {note}")
    if marker:
        lines.append(f"      <{reason.source}>")
    return "\n".join(lines)


def fit_json(result: CaseFit, header: CaseHeader | None = None, words: FactorWords | None = None) -> dict:
    """``fit --json`` of SPEC §6: data, plus the summary sentence for reading."""
    words = words or factor_words()
    data = {"case": header.as_json()} if header else {}
    data["families"] = [dict(id=r.fit.id, **family_json(r, words)) for r in result.families]
    data["options"] = [option_json(o, words) for o in result.options]
    return data


def option_json(option: OptionFit, words: FactorWords | None = None) -> dict:
    head = {"id": option.id, "title": option.title, "family": option.family, "status": option.status, "design": dict(option.design)}
    return {**head, **(family_json(option.reading, words or factor_words()) if option.reading else {"verdict": None})}


def family_json(reading: Fit, words: FactorWords) -> dict:
    """One FIT of SPEC §6."""
    fit = reading.fit
    return {
        "verdict": fit.verdict,
        "summary": summary(fit, words),
        "basis": fit.basis.model_dump(),
        "ceiling": {**fit.ceiling.model_dump(), "uncapped_verdict": fit.uncapped_verdict},
        "reasons": [reason_json(r) for r in fit.reasons],
        "risks": list(fit.risks),
        "conditional_risks": list(fit.conditional_risks),
        "unknown_factors": list(fit.unknown_factors),
        "would_change": [c.model_dump() for c in reading.would_change],
        "left_out": [item.model_dump() for item in fit.left_out],
        "would_lift": reading.would_lift.model_dump() if reading.would_lift else None,
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
        "conditions": [c.model_dump(exclude={"why", "bearing"}) for c in reason.conditions],  # SPEC §6's shape
        "low_confidence": list(reason.low_confidence),
        "source": reason.source,
    }
