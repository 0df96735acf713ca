"""A draft of the memo's bottom line up front, from the recorded options and the evidence fit.

The planner may keep, edit or replace it (it is stored as ``Revision.bottom_line``); while that
field is empty the memo prints this draft and says it is a draft. The draft reports the planner's
own decisions and what the evidence fit says about each: it never picks an option by itself.
"""

from __future__ import annotations

from ..evidence import EvidenceBase
from ..fit import FamilyFit, FitResult
from ..fit_words import FactorWords, basis_sentence, factor_words
from ..models import Decision, Revision
from ..storage import CaseFile
from ..vocabulary import option_title, word
from ..vocabulary import translate as _

_COUNT_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _closing() -> str:
    return _(
        "These are judgments for decision, not a ranking. The evidence is mostly correlational and counts "
        "only reported killing, and each tool will work only as well as the political strategy it serves."
    )


def draft_bottom_line(case: CaseFile, revision: Revision, fit: FitResult, evidence: EvidenceBase) -> str:
    """A plain-text bottom line: the recommended options with their main caveats, then the rest."""
    decisions = case.decisions(revision.id)
    by_status: dict[str, list[Decision]] = {}
    for decision in decisions:
        by_status.setdefault(decision.status, []).append(decision)
    recommended = by_status.get("recommended", [])

    blocks: list[str] = []
    if recommended:
        titles = "; ".join(_sentence_part(option_title(d, evidence)) for d in recommended)
        count = _("one option") if len(recommended) == 1 else _("{n} options").format(n=_count_word(len(recommended)))
        blocks.append(_("We recommend {count}: {titles}.").format(count=count, titles=titles))
        caveats = [_caveat(d, fit, evidence) for d in recommended]
        blocks.append(_("Main caveats:") + "\n" + "\n".join(f"• {c}" for c in caveats))
    else:
        blocks.append(_("No option is recommended in this assessment yet."))

    others = []
    for status in ("in_place", "considered", "rejected"):
        chosen = by_status.get(status, [])
        if chosen:
            titles = "; ".join(_sentence_part(option_title(d, evidence)) for d in chosen)
            others.append(f"{word('status', status, 'draft_group')}: {titles}.")
    if others:
        blocks.append(" ".join(others))
    blocks.append(_closing())
    return "\n\n".join(blocks)


def _caveat(decision: Decision, fit: FitResult, evidence: EvidenceBase) -> str:
    title = _sentence_part(option_title(decision, evidence))
    try:
        family_fit = fit.family(decision.family)
    except KeyError:
        return _("{title}: no evidence family is recorded for this option.").format(title=title)
    words = factor_words()
    text = _("{title}: the evidence for {family} in situations like this is {verdict} — {why}").format(
        title=title,
        family=family_fit.name.lower(),
        verdict=word("verdict", family_fit.verdict, "in_sentence"),
        why=_lower_first(_why(family_fit, words)),
    )
    text = text.rstrip(".") + "."
    extras = []
    if family_fit.risks:
        extras.append(_("the studies name risks: ") + "; ".join(family_fit.risks[:2]))
    if family_fit.unknown_factors:
        unknown = ", ".join(words.factor(f).lower() for f in family_fit.unknown_factors)
        extras.append(_("still unknown here, and could change this reading: ") + unknown)
    if extras:
        text += " " + _upper_first("; ".join(extras)) + "."
    return text


def _why(family_fit: FamilyFit, words: FactorWords) -> str:
    """Why, from the fit's data: the paper's own judgement when it lowered the verdict (the draft
    already names the verdict), else the basis of the verdict."""
    if family_fit.ceiling.applied and family_fit.ceiling.reason:
        return _("the paper's judgement is that {reason}").format(reason=_lower_first(family_fit.ceiling.reason))
    return basis_sentence(family_fit, words)


def _count_word(n: int) -> str:
    return _(_COUNT_WORDS[n]) if n < len(_COUNT_WORDS) else str(n)


def _sentence_part(text: str) -> str:
    return " ".join(text.split()).rstrip(".")


def _lower_first(text: str) -> str:
    # Reads on after a dash; keep acronyms ("UN", "ICC") as they are.
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
