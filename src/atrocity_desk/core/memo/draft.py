"""A draft of the memo's bottom line up front, from the recorded options and the evidence fit.

The planner may keep, edit or replace it (it is stored as ``Revision.bottom_line``); while that
field is empty the memo prints this draft and says it is a draft. The draft reports the planner's
own decisions and what the evidence fit says about each: it never picks an option by itself.
"""

from __future__ import annotations

from ..fit import FamilyFit
from ..fit_words import factor_words
from ..option_fit import CaseFit
from ..options import option_numbers, option_readings
from ..models import Decision, Revision
from ..storage import CaseFile
from ..language import join_list
from ..vocabulary import translatable, word
from ..vocabulary import translate as _

_COUNT_WORDS = (
    translatable("no"), translatable("one"), translatable("two"), translatable("three"), translatable("four"),
    translatable("five"), translatable("six"), translatable("seven"), translatable("eight"), translatable("nine"),
    translatable("ten"),
)


def draft_bottom_line(case: CaseFile, revision: Revision, fits: CaseFit) -> str:
    """A plain-text bottom line that fits the decision box: what is recommended (by the window's
    option numbers: the box lists them with their leads), how the evidence reads for them (each
    option read with its design, ``fits``: ``option_fit.case_fit`` of this revision, as the grid
    and the window read it), what is still unknown. The other options are in the grid beside it."""
    decisions = case.decisions(revision.id)
    numbers = option_numbers(decisions)
    readings = option_readings(fits)
    ordered = sorted(decisions, key=lambda d: numbers[d.id])
    recommended = [d for d in ordered if d.status == "recommended"]

    def numbered(chosen: list[Decision]) -> str:
        items = [str(numbers[d.id]) for d in chosen]
        return (_("option {n}") if len(items) == 1 else _("options {n}")).format(n=_joined(items))

    blocks: list[str] = []
    if recommended:
        count = _("one action") if len(recommended) == 1 else _("{n} actions").format(n=_count_word(len(recommended)))
        text = _("We recommend {count} ({options}).").format(count=count, options=numbered(recommended))
        read = [(d, readings.get(d.id)) for d in recommended]
        by_verdict: dict[str, list[Decision]] = {}
        for decision, family_fit in read:
            if family_fit is not None:
                by_verdict.setdefault(family_fit.verdict, []).append(decision)
        verdicts = [
            _("{verdict} for {options}").format(verdict=word("verdict", v, "in_sentence"), options=numbered(ds))
            for v, ds in by_verdict.items()
        ]
        if verdicts:
            text += " " + _("The evidence for situations like this reads {readings}.").format(readings=_joined(verdicts))
        unknown = _unknowns(read, numbers)
        if unknown:
            text += " " + _("Still unknown here, and could change a reading: {unknown}.").format(unknown=unknown)
        blocks.append(text)
    else:
        blocks.append(_("No option is recommended in this assessment yet."))
    return "\n\n".join(blocks)


def _unknowns(fits: list[tuple[Decision, FamilyFit | None]], numbers: dict) -> str:
    words = factor_words()
    parts = []
    for decision, family_fit in fits:
        if family_fit is not None and family_fit.unknown_factors:
            names = ", ".join(words.factor(f).lower() for f in family_fit.unknown_factors)
            parts.append(_("{names} (option {n})").format(names=names, n=numbers[decision.id]))
    return join_list(parts)


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + _(" and ") + items[-1]


def _count_word(n: int) -> str:
    return _(_COUNT_WORDS[n]) if n < len(_COUNT_WORDS) else str(n)


def _sentence_part(text: str) -> str:
    return " ".join(text.split()).rstrip(".")
