"""Reading an assessment: completeness of the checklist and the risk-factor summaries (SPEC §4).

Unknown is counted as unknown, never as "no": a factor without an answer is unanswered, and a risk
factor whose indicators are unknown is "not yet assessed", not "absent".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .checklist import Checklist, RiskFactor
from .models import Judgment
from .language import join_list
from .vocabulary import translatable, translate


@dataclass(frozen=True)
class GroupCompleteness:
    group_id: str
    title: str
    answered: int
    total: int

    @property
    def fraction(self) -> float:
        return self.answered / self.total if self.total else 1.0


RiskLevel = Literal["present", "not_observed", "partly_assessed", "not_assessed"]
RISK_LEVEL_LABELS: dict[str, str] = {  # English source; shown through risk_level_label
    "present": translatable("Indicators present"),
    "not_observed": translatable("No indicator observed"),
    "partly_assessed": translatable("Partly assessed, none present so far"),
    "not_assessed": translatable("Not yet assessed"),
}


def risk_level_label(level: str) -> str:
    """The planner's words for a risk factor's level, in the current language."""
    return translate(RISK_LEVEL_LABELS[level])


def risk_level_with_counts(level: str, counts: str) -> str:
    """"Indicators present: 2 present, …" (French: a no-break space before the colon)."""
    return translate("{level}: {counts}").format(level=risk_level_label(level), counts=counts)


@dataclass(frozen=True)
class RiskFactorSummary:
    risk_factor: RiskFactor
    present: int
    absent: int
    unknown: int

    @property
    def total(self) -> int:
        return self.present + self.absent + self.unknown

    @property
    def level(self) -> RiskLevel:
        if self.present:
            return "present"
        if self.unknown == self.total:
            return "not_assessed"
        if self.unknown:
            return "partly_assessed"
        return "not_observed"


@dataclass(frozen=True)
class OverallRisk:
    present: int  # risk factors with at least one indicator present
    not_observed: int
    partly_assessed: int
    not_assessed: int

    def sentence(self) -> str:
        parts = [translate("{n} of 14 risk factors show indicators present").format(n=self.present)]
        if self.not_observed:
            parts.append(translate("{n} with no indicator observed").format(n=self.not_observed))
        unassessed = self.partly_assessed + self.not_assessed
        if unassessed:
            parts.append(translate("{n} not fully assessed").format(n=unassessed))
        return join_list(parts) + "."


def factor_completeness(checklist: Checklist, factor_judgments: dict[str, Judgment]) -> list[GroupCompleteness]:
    result = []
    for group in checklist.factor_groups:
        answered = sum(1 for f in group.factors if f.id in factor_judgments and not factor_judgments[f.id].unknown)
        result.append(GroupCompleteness(group.id, group.title, answered, len(group.factors)))
    return result


def risk_factor_summaries(checklist: Checklist, indicator_judgments: dict[str, Judgment]) -> list[RiskFactorSummary]:
    summaries = []
    for risk_factor in checklist.risk_factors:
        values = [
            indicator_judgments[i.id].value if i.id in indicator_judgments else None
            for i in risk_factor.indicators
        ]
        summaries.append(
            RiskFactorSummary(
                risk_factor,
                present=values.count("present"),
                absent=values.count("absent"),
                unknown=sum(1 for v in values if v is None),
            )
        )
    return summaries


def overall_risk(summaries: list[RiskFactorSummary]) -> OverallRisk:
    levels = [s.level for s in summaries]
    return OverallRisk(
        present=levels.count("present"),
        not_observed=levels.count("not_observed"),
        partly_assessed=levels.count("partly_assessed"),
        not_assessed=levels.count("not_assessed"),
    )
