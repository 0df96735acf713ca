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
from ..options import BASELINE_NUMBER, option_numbers
from ..strategy import Assumption, Scenario, TriggerDate, upcoming_triggers
from ..language import join_list
from ..vocabulary import (
    ETD_CRITERIA, PHASE_KINDS, is_unrecognised, not_recorded, pack_lifted_words, phrase, status_label, translatable, translate, unrecognised,
    word,
)
from .content import MemoContent, long_date

# At most this many studies are cited after an option's one-sentence verdict; the annex has all.
CITED_IN_BODY = 4
# The body names this many upcoming dated triggers; the annex has the whole calendar.
NEXT_TRIGGERS = 3


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

    def _lead_and_timing(self) -> str:
        # One row for both keeps a recommended option within half a page.
        if not (self.lead.strip() or self.timing.strip()):
            return ""
        lead = self.lead.strip() or not_recorded()
        timing = self.timing.strip() or not_recorded()
        return f"{lead}. {translate('When:')} {timing}"

    def facts(self) -> list[Fact]:
        """The option's facts in print order, labelled once for every renderer."""
        named = translate("named by the studies") if self.main_risk and self.main_risk_by_studies else ""
        return [
            Fact(translate("Lead, timing"), self._lead_and_timing()),
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
class DecisionPointLine:
    direction: str  # point_direction id ("" not said)
    event: str  # the observable event
    response: str  # what the planner would then do


@dataclass(frozen=True)
class PhaseLine:
    kind: str  # phase_kind id
    title: str
    description: str
    options: tuple[int, ...]  # the window's numbers of the options it uses
    points: tuple[DecisionPointLine, ...]


@dataclass(frozen=True)
class AssumptionLine:
    text: str
    disproved_by: str  # what would prove it wrong
    indicator: str  # what would show it


@dataclass(frozen=True)
class ScenarioLine:
    kind: str  # scenario_kind id
    title: str
    description: str
    warning_signs: str


@dataclass(frozen=True)
class TriggerLine:
    on_date: str  # "15 December 2026"
    title: str
    status: str  # trigger_status id
    note: str


@dataclass(frozen=True)
class Strategy:
    """The strategy (SPEC §2 step 7) in the body's half page, exactly what SPEC §7 names there: the
    phases with their decision points, the key assumptions, the most dangerous scenario and the
    next dated triggers. What is likely if nothing more is done (the grid's option 0, judged in
    annex A5), the coalition and the way out are printed in annex A6 only (``.plan``)."""

    phases: list[PhaseLine]
    assumptions: list[AssumptionLine]
    most_dangerous: ScenarioLine | None
    next_triggers: list[TriggerLine]  # upcoming on or after the assessment date, soonest first


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
        evidence=_verdict_sentence(fit) + _lifted_sentence(content, decision.family),
        citations=_weighing_citations(content, fit),
        main_risk=main_risk,
        main_risk_by_studies=by_studies,
    )


def _what(content: MemoContent, decision: Decision) -> str:
    tool = next((t for t in content.evidence.tools if t.id == decision.tool), None) if decision.tool else None
    family = content.family(decision.family)
    if family is None:
        return ""
    # One phrase per category: the article ("a"/"an") and, in French, the adjective's agreement
    # belong to the language, not to code that glues a category word into a sentence.
    kind = translate(_KIND_OF_TOOL[family.category]).format(family=family.name)
    return f"{tool.name} ({kind})" if tool is not None else kind


_KIND_OF_TOOL = {
    "diplomatic": translatable("{family}, a diplomatic tool"),
    "economic": translatable("{family}, an economic tool"),
    "legal": translatable("{family}, a legal tool"),
    "military": translatable("{family}, a military tool"),
}


def _verdict_sentence(fit: FamilyFit | None) -> str:
    """What the verdict rests on: the findings that weigh here counted as the annex's rows are
    labelled (so the count and the rows always agree), or, with none, what the verdict means."""
    if fit is None:
        return translate("No evidence family is recorded for this option.")
    weighing = [r for r in fit.reasons if r.role != "context"]
    if weighing:  # the verdict itself is on the line above, as a badge
        counts = {role: sum(1 for r in weighing if r.role == role) for role in ("supports", "mixed", "cautions")}
        parts = [translate("{label}: {n}").format(label=_lower_first(word("role", role)), n=n) for role, n in counts.items() if n]
        return translate("Findings that weigh here (annex A4) — {counts}.").format(counts=join_list(parts))
    return word("verdict", fit.verdict, "meaning")


def _lifted_sentence(content: MemoContent, family_id: str) -> str:
    """Said after the verdict when the planner let an evidence pack lift this family's ceiling."""
    titles = content.lifted_titles(family_id)
    family = content.family(family_id)
    return " " + pack_lifted_words(family.name, titles) if titles and family else ""


def _weighing_citations(content: MemoContent, fit: FamilyFit | None) -> str:
    if fit is None:
        return ""
    keys = list(dict.fromkeys(c.key for r in fit.reasons if r.role != "context" for c in r.citations))
    text = content.citation_text(keys[:CITED_IN_BODY])
    if len(keys) > CITED_IN_BODY:
        text += translate("; and {n} more in the annex").format(n=len(keys) - CITED_IN_BODY)
    return text


# --- strategy, other options, situation -------------------------------------------------------


def _strategy(content: MemoContent) -> Strategy:
    plan = content.plan
    scenarios = [scenario_line(s) for s in plan.scenarios if s.kind == "most_dangerous"]
    upcoming = upcoming_triggers(plan.triggers, content.revision.assessed_on, limit=NEXT_TRIGGERS)
    return Strategy(
        phases=phase_lines(content),
        assumptions=[assumption_line(a) for a in plan.assumptions],
        most_dangerous=scenarios[0] if scenarios else None,
        next_triggers=[trigger_line(t) for t in upcoming],
    )


def phase_lines(content: MemoContent) -> list[PhaseLine]:
    """Every phase in the order now / if the situation worsens / later (the planner's order within
    each, a phase of a kind this version does not know last), with its decision points."""
    numbers = option_numbers(content.decisions)
    order = {kind: index for index, kind in enumerate(PHASE_KINDS)}
    plans = sorted(content.plan.phases, key=lambda p: order.get(p.phase.kind, len(order)))
    return [
        PhaseLine(
            kind=plan.phase.kind,
            title=plan.phase.title.strip(),
            description=plan.phase.description.strip(),
            options=tuple(sorted(numbers[o] for o in plan.phase.options if o in numbers)),
            points=tuple(DecisionPointLine(p.direction, p.event.strip(), p.response.strip()) for p in plan.decision_points),
        )
        for plan in plans
    ]


def options_words(numbers: tuple[int, ...]) -> str:
    """"(options 1, 2 and 3)": the options a phase uses, by the window's numbers."""
    listed = [str(n) for n in numbers]
    joined = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + translate(" and ") + listed[-1]
    return (translate("(option {n})") if len(listed) == 1 else translate("(options {n})")).format(n=joined)


def assumption_line(assumption: Assumption) -> AssumptionLine:
    return AssumptionLine(assumption.text.strip(), assumption.disproved_by.strip(), assumption.indicator.strip())


def scenario_line(scenario: Scenario) -> ScenarioLine:
    return ScenarioLine(scenario.kind, scenario.title.strip(), scenario.description.strip(), scenario.warning_signs.strip())


def trigger_line(trigger: TriggerDate) -> TriggerLine:
    # A stored date this version cannot read is shown as unrecognised, never as the raw value.
    on_date = unrecognised(trigger.on_date) if is_unrecognised(trigger.on_date) else long_date(trigger.on_date)
    return TriggerLine(on_date, trigger.title.strip(), trigger.status, trigger.note.strip())


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
