"""The body of the memo (SPEC §7), format-neutral: what each of its six parts says, as data.

``memo_body(content)`` turns the case, read once into ``MemoContent``, into the decision box, the
grid, the recommended options, the strategy, the other options and the situation. The PDF and Word
renderers lay these out; neither decides what goes in, so both say the same thing in the same order.
Empty planner fields stay "" here: renderers write them the one way (``vocabulary.not_recorded``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..assessment import overall_risk
from ..fit import FamilyFit
from ..models import ETD_RATINGS, Decision, EtdJudgment
from ..options import BASELINE_NUMBER
from ..vocabulary import ETD_CRITERIA, phrase, status_label, translate, verdict_label, word
from .content import MemoContent, long_date

# At most this many studies are cited after an option's one-sentence verdict; the annex has all.
CITED_IN_BODY = 4


@dataclass(frozen=True)
class Action:
    number: int
    title: str
    lead: str
    timing: str


@dataclass(frozen=True)
class BiggestRisk:
    """The analyst's most worrying judgment on risks to civilians among the recommended options,
    or, when none is judged, the first harm the studies name for one of them."""

    number: int
    option: str
    text: str
    by_studies: bool  # True: named by the studies, not judged by the analyst


@dataclass(frozen=True)
class DecisionBox:
    situation_now: str
    decision_requested: str
    meeting: str
    meeting_date: str  # "14 September 2026", or ""
    actions: list[Action]
    biggest_risk: BiggestRisk | None
    caution: str
    bottom_line: str
    drafted: bool


@dataclass(frozen=True)
class GridRow:
    number: int
    title: str
    status: str  # the status word, "" for the baseline
    verdict: str | None  # verdict id; None: no evidence fit (the baseline, an unknown family)
    ratings: tuple[str, ...]  # EtD rating ids in ETD_CRITERIA order ("" not judged)


@dataclass(frozen=True)
class OptionSummary:
    """About half a page: one recommended option."""

    number: int
    title: str
    family: str
    verdict: str | None
    what: str  # the instrument and its family, in the paper's terms
    lead: str
    timing: str
    requirements: str
    monitoring: str
    evidence: str  # the verdict in one sentence
    citations: str  # "Authors Year; ..." of the findings that weigh here
    main_risk: str
    main_risk_by_studies: bool

    def facts(self) -> list[Fact]:
        """The option's facts in print order, labelled once for every renderer."""
        named = translate("named by the studies") if self.main_risk and self.main_risk_by_studies else ""
        return [
            Fact(translate("Lead"), self.lead),
            Fact(translate("Timing"), self.timing),
            Fact(translate("Evidence"), self.evidence, self.citations),
            Fact(translate("Main risk"), self.main_risk, named),
            Fact(translate("Requirements"), self.requirements),
            Fact(translate("What to monitor"), self.monitoring),
        ]


@dataclass(frozen=True)
class Fact:
    """One labelled line of an option's table."""

    label: str
    text: str  # "" when not recorded: each renderer writes that its own way
    aside: str = ""  # printed after the text in parentheses (muted where the format can)


@dataclass(frozen=True)
class OtherOption:
    number: int
    title: str
    status: str
    verdict: str | None
    reason: str  # the analyst's rationale, first sentence


@dataclass(frozen=True)
class Strategy:
    baseline: str  # what is likely if nothing more is done
    coalition: str
    transition_exit: str

    def rows(self) -> list[tuple[str, str]]:
        """(label, text) in print order, for every renderer; each recommended option's timing is
        printed with the option, so there is no separate sequence row."""
        return [
            (translate("If nothing more is done"), self.baseline),
            (translate("Coalition"), self.coalition),
            (translate("Transition and exit"), self.transition_exit),
        ]


@dataclass(frozen=True)
class Situation:
    perpetrators: list[str]
    groups_at_risk: list[str]
    triggers: list[str]
    protectors: list[str]
    overall: str  # the risk-factor reading in one sentence


@dataclass(frozen=True)
class MemoBody:
    box: DecisionBox
    grid: list[GridRow]
    recommended: list[OptionSummary]
    strategy: Strategy
    others: list[OtherOption]
    situation: Situation


def memo_body(content: MemoContent) -> MemoBody:
    recommended = content.recommended()
    return MemoBody(
        box=_decision_box(content, recommended),
        grid=_grid(content),
        recommended=[_summary(content, n, d) for n, d in recommended],
        strategy=_strategy(content),
        others=[_other(content, n, d) for n, d in content.numbered_options() if d.status != "recommended"],
        situation=_situation(content),
    )


# --- the decision box -------------------------------------------------------------------------


def _decision_box(content: MemoContent, recommended: list[tuple[int, Decision]]) -> DecisionBox:
    revision = content.revision
    return DecisionBox(
        situation_now=revision.situation_now.strip(),
        decision_requested=revision.decision_requested.strip(),
        meeting=revision.meeting.strip(),
        meeting_date=long_date(revision.meeting_date) if revision.meeting_date else "",
        actions=[_action(content, n, d) for n, d in recommended],
        biggest_risk=_biggest_risk(content, recommended),
        caution=phrase("caution_line"),
        bottom_line=content.bottom_line.strip(),
        drafted=content.bottom_line_drafted,
    )


def _action(content: MemoContent, number: int, decision: Decision) -> Action:
    return Action(number, content.option_title(decision), decision.lead_actor.strip(), decision.timing.strip())


def _biggest_risk(content: MemoContent, recommended: list[tuple[int, Decision]]) -> BiggestRisk | None:
    judged = [
        (ETD_RATINGS.index(d.etd_for("risks").rating), n, d)
        for n, d in recommended
        if d.etd_for("risks").rating in ETD_RATINGS and d.etd_for("risks").reason.strip()
    ]
    if judged:
        # The rating least favourable to civilians; the lower number among equals.
        _, number, decision = max(judged, key=lambda item: (item[0], -item[1]))
        return BiggestRisk(number, content.option_title(decision), decision.etd_for("risks").reason.strip(), False)
    for number, decision in recommended:
        fit = content.option_fit(decision)
        if fit is not None and fit.risks:
            return BiggestRisk(number, content.option_title(decision), fit.risks[0], True)
    return None


# --- the grid ---------------------------------------------------------------------------------


def _grid(content: MemoContent) -> list[GridRow]:
    baseline = content.baseline_etd()
    rows = [
        GridRow(
            BASELINE_NUMBER,
            phrase("no_new_action"),
            "",
            None,
            tuple(baseline.get(c, EtdJudgment()).rating for c in ETD_CRITERIA),
        )
    ]
    for number, decision in content.numbered_options():
        fit = content.option_fit(decision)
        rows.append(
            GridRow(
                number,
                content.option_title(decision),
                status_label(decision.status),
                fit.verdict if fit else None,
                tuple(decision.etd_for(c).rating for c in ETD_CRITERIA),
            )
        )
    return sorted(rows, key=lambda r: r.number)


# --- one recommended option -------------------------------------------------------------------


def _summary(content: MemoContent, number: int, decision: Decision) -> OptionSummary:
    fit = content.option_fit(decision)
    family = content.family(decision.family)
    risk = decision.etd_for("risks")
    main_risk, by_studies = risk.reason.strip(), False
    if not main_risk and fit is not None and fit.risks:
        main_risk, by_studies = fit.risks[0], True
    return OptionSummary(
        number=number,
        title=content.option_title(decision),
        family=family.name if family else "",
        verdict=fit.verdict if fit else None,
        what=_what(content, decision),
        lead=decision.lead_actor.strip(),
        timing=decision.timing.strip(),
        requirements=decision.requirements.strip(),
        monitoring=decision.monitoring.strip(),
        evidence=_verdict_sentence(fit),
        citations=_weighing_citations(content, fit),
        main_risk=main_risk,
        main_risk_by_studies=by_studies,
    )


def _what(content: MemoContent, decision: Decision) -> str:
    tool = next((t for t in content.evidence.tools if t.id == decision.tool), None) if decision.tool else None
    family = content.family(decision.family)
    if family is None:
        return ""
    category = word("category", family.category).lower()
    kind = f"{family.name}, {'an' if category[:1] in 'aeiou' else 'a'} {category} tool"
    return f"{tool.name} ({kind})" if tool is not None else kind


def _verdict_sentence(fit: FamilyFit | None) -> str:
    """The verdict and what it means, with the findings that weigh here counted as the annex's
    rows are labelled (so the count and the rows always agree)."""
    if fit is None:
        return "No evidence family is recorded for this option."
    weighing = [r for r in fit.reasons if r.role != "context"]
    sentence = f"{verdict_label(fit.verdict)} for situations like this."
    if weighing:
        counts = {role: sum(1 for r in weighing if r.role == role) for role in ("supports", "mixed", "cautions")}
        parts = [f"{_lower_first(word('role', role))}: {n}" for role, n in counts.items() if n]
        sentence += f" Findings that weigh here (annex A4) — {'; '.join(parts)}."
    else:
        sentence += " " + word("verdict", fit.verdict, "meaning")
    return sentence


def _weighing_citations(content: MemoContent, fit: FamilyFit | None) -> str:
    if fit is None:
        return ""
    keys = list(dict.fromkeys(c.key for r in fit.reasons if r.role != "context" for c in r.citations))
    text = content.citation_text(keys[:CITED_IN_BODY])
    if len(keys) > CITED_IN_BODY:
        text += f"; and {len(keys) - CITED_IN_BODY} more in the annex"
    return text


# --- strategy, other options, situation -------------------------------------------------------


def _strategy(content: MemoContent) -> Strategy:
    revision = content.revision
    return Strategy(
        baseline=revision.baseline.strip(),
        coalition=revision.coalition.strip(),
        transition_exit=revision.transition_exit.strip(),
    )


def _other(content: MemoContent, number: int, decision: Decision) -> OtherOption:
    fit = content.option_fit(decision)
    return OtherOption(
        number,
        content.option_title(decision),
        status_label(decision.status),
        fit.verdict if fit else None,
        _first_sentence(decision.rationale),
    )


def _situation(content: MemoContent) -> Situation:
    def names(kind: str) -> list[str]:
        return [" ".join(a.name.split()) for a in content.actors if a.kind == kind]

    return Situation(
        perpetrators=names("perpetrator"),
        groups_at_risk=names("group_at_risk"),
        triggers=names("trigger"),
        protectors=names("protector"),
        overall=overall_risk(content.summaries).sentence(),
    )


def _first_sentence(text: str) -> str:
    """The first sentence of the analyst's own text (a line of a table); all of it in the annex."""
    flat = " ".join(text.split())
    for end in (". ", "? ", "! "):
        cut = flat.find(end)
        if 0 < cut:
            flat = flat[: cut + 1]
    return flat


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and not text[1].isupper() else text
