"""Find across a case (Ctrl+F, issue 17): factors and their answers, risk indicators, actors,
objectives, options, the evidence's findings, and the notes and sources written on any of them.

A hit is structured: what kind of thing, its id, its label, the text that matched, and where it
is shown (``target``, the id of the page). Matching ignores case and accents, so "nambe" finds
"Ñambé". The words of the labels come from the checklist, the case and the evidence themselves.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .checklist import Checklist
from .evidence import EvidenceBase
from .models import Actor, Decision, Judgment, Objective
from .vocabulary import option_title


@dataclass(frozen=True)
class Hit:
    kind: str  # factor | indicator | actor | objective | option | finding
    id: str  # factor id, indicator id, actor / objective / option id (as text), finding id
    label: str  # what the thing is called
    matched: str  # the text the query was found in
    target: str  # the page that shows it


def fold(text: str) -> str:
    """Text for matching: no accents, no case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def find_in_case(
    query: str,
    checklist: Checklist,
    factors: dict[str, Judgment],
    indicators: dict[str, Judgment],
    actors: Sequence[Actor],
    objectives: Sequence[Objective],
    decisions: Sequence[Decision],
    evidence: EvidenceBase,
    limit: int = 200,
) -> list[Hit]:
    """Every thing of the case whose texts contain ``query`` (at most ``limit``), in workflow order."""
    needle = fold(query.strip())
    if not needle:
        return []
    hits: list[Hit] = []
    for kind, id_, label, texts, target in _candidates(checklist, factors, indicators, actors, objectives, decisions, evidence):
        matched = next((t for t in texts if t and needle in fold(t)), None)
        if matched is not None:
            hits.append(Hit(kind, id_, label, matched, target))
            if len(hits) >= limit:
                break
    return hits


def _notes(judgment: Judgment | None) -> list[str]:
    return [judgment.note, judgment.source] if judgment is not None else []


def _candidates(checklist, factors, indicators, actors, objectives, decisions, evidence) -> Iterable[tuple]:  # noqa: ANN001
    for group in checklist.factor_groups:
        for factor in group.factors:
            judgment = factors.get(factor.id)
            answer = next((v.label for v in factor.values if judgment is not None and v.id == judgment.value), "")
            yield "factor", factor.id, factor.label, [factor.label, factor.question, answer, *_notes(judgment)], "situation"
    for risk_factor in checklist.risk_factors:
        yield "risk_factor", risk_factor.id, f"{risk_factor.number}. {risk_factor.title}", [risk_factor.title], "risk_factors"
        for indicator in risk_factor.indicators:
            label = f"{indicator.number} {indicator.text}"
            yield "indicator", indicator.id, label, [indicator.text, *_notes(indicators.get(indicator.id))], "risk_factors"
    for actor in actors:
        texts = [actor.name, actor.motive, actor.means, actor.opportunity, actor.notes, actor.location, actor.population]
        yield "actor", str(actor.id), actor.name, texts, "actors"
    for objective in objectives:
        yield "objective", str(objective.id), objective.text, [objective.text, objective.success_measure], "aim"
    for decision in decisions:
        texts = [decision.title, decision.rationale, decision.lead_actor, decision.timing, decision.requirements,
                 decision.monitoring, *(j.reason for j in decision.etd.values())]
        yield "option", str(decision.id), option_title(decision, evidence), [option_title(decision, evidence), *texts], "decisions"
    for finding in evidence.findings:
        yield "finding", finding.id, finding.statement, [finding.statement, finding.caveat], "toolbox"
