"""A draft of the memo's bottom line up front, from the recorded options and the evidence fit.

The planner may keep, edit or replace it (it is stored as ``Revision.bottom_line``); while that
field is empty the memo prints this draft and says it is a draft. The draft reports the planner's
own decisions and what the evidence fit says about each: it never picks an option by itself.
"""

from __future__ import annotations

import re

from .checklist import load_checklist
from .evidence import EvidenceBase
from .fit import FamilyFit, FitResult
from .models import Decision, Revision
from .storage import CaseFile

_VERDICT_WORDS = {
    "supported": "supported",
    "mixed": "mixed",
    "cautioned": "cautioned against",
    "insufficient": "insufficient to judge",
    "not_reviewed": "not reviewed by the paper",
}

# The fit's ceiling note opens with this when the paper's own judgement lowered the verdict.
_JUDGEMENT = re.compile(r"^The paper's judgement:\s*")
_COUNT_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

_CLOSING = (
    "These are judgments for decision, not a ranking. The evidence is mostly correlational and counts "
    "only reported killing, and each tool will work only as well as the political strategy it serves."
)


def draft_bottom_line(case: CaseFile, revision: Revision, fit: FitResult, evidence: EvidenceBase) -> str:
    """A plain-text bottom line: the recommended options with their main caveats, then the rest."""
    from .memo_content import option_title  # memo_content imports this module

    decisions = case.decisions(revision.id)
    by_status: dict[str, list[Decision]] = {}
    for decision in decisions:
        by_status.setdefault(decision.status, []).append(decision)
    recommended = by_status.get("recommended", [])

    blocks: list[str] = []
    if recommended:
        titles = "; ".join(_sentence_part(option_title(d, evidence)) for d in recommended)
        count = "one option" if len(recommended) == 1 else f"{_count_word(len(recommended))} options"
        blocks.append(f"We recommend {count}: {titles}.")
        caveats = [_caveat(d, fit, evidence) for d in recommended]
        blocks.append("Main caveats:\n" + "\n".join(f"• {c}" for c in caveats))
    else:
        blocks.append("No option is recommended in this assessment yet.")

    others = []
    for status, words in (("in_place", "Already in place"), ("considered", "Considered and held"), ("rejected", "Rejected")):
        chosen = by_status.get(status, [])
        if chosen:
            others.append(f"{words}: " + "; ".join(_sentence_part(option_title(d, evidence)) for d in chosen) + ".")
    if others:
        blocks.append(" ".join(others))
    blocks.append(_CLOSING)
    return "\n\n".join(blocks)


def _caveat(decision: Decision, fit: FitResult, evidence: EvidenceBase) -> str:
    from .memo_content import option_title

    title = _sentence_part(option_title(decision, evidence))
    try:
        family_fit = fit.family(decision.family)
    except KeyError:
        return f"{title}: no evidence family is recorded for this option."
    text = f"{title}: the evidence for {family_fit.name.lower()} in situations like this is {_VERDICT_WORDS[family_fit.verdict]}"
    text += f" — {_lower_first(_why(family_fit))}"
    text = text.rstrip(".") + "."
    extras = []
    if family_fit.risks:
        extras.append("the studies name risks: " + "; ".join(family_fit.risks[:2]))
    unknown = _unknown_labels(family_fit)
    if unknown:
        extras.append("still unknown here, and could change this reading: " + ", ".join(unknown))
    if extras:
        text += " " + _upper_first("; ".join(extras)) + "."
    return text


def _why(family_fit: FamilyFit) -> str:
    """One sentence of why: the paper's own judgement when it lowered the verdict (the draft
    already names the verdict), else the fit's summary."""
    if family_fit.capped_from:
        note = _first_sentence(family_fit.ceiling_note)
        match = _JUDGEMENT.match(note)
        return "the paper's judgement is that " + _lower_first(note[match.end():]) if match else note
    return _first_sentence(family_fit.summary)


def _unknown_labels(family_fit: FamilyFit) -> list[str]:
    factors = load_checklist().vocabulary().factors
    return [factors[f].label.lower() if f in factors else f.replace("_", " ") for f in family_fit.unknown_factors]


def _first_sentence(text: str) -> str:
    from .memo_text import first_sentence

    return first_sentence(text)


def _count_word(n: int) -> str:
    return _COUNT_WORDS[n] if n < len(_COUNT_WORDS) else str(n)


def _sentence_part(text: str) -> str:
    return " ".join(text.split()).rstrip(".")


def _lower_first(text: str) -> str:
    # "The paper's own judgement…" reads on after a dash; keep acronyms ("UN", "ICC") as they are.
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
