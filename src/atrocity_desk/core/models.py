"""Domain models of a case (SPEC §2, §3): what a planner records, independent of storage and Qt."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidatorFunctionWrapHandler, WrapValidator, field_validator

from .case_title import TITLE_SHOWN, shown_title  # noqa: F401 - TITLE_SHOWN is part of the models' API
from .vocabulary import DECISION_STATUSES, ETD_CRITERIA, Confidence, DecisionStatus, Unrecognised, is_unrecognised  # noqa: F401 - Unrecognised is part of the models' API



def _keep_unrecognised(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    # Only storage makes Unrecognised values, from what a file holds; anything else is validated.
    return value if is_unrecognised(value) else handler(value)


# A field holding a word of the vocabulary, or (read from a file) the stored word it did not know.
KeepUnrecognised = WrapValidator(_keep_unrecognised)

JudgmentKind = Literal["factor", "indicator"]
IndicatorValue = Literal["present", "absent"]
ActorKindId = Literal["perpetrator", "enabler", "group_at_risk", "protector", "trigger", "resilience"]
ActorType = Literal["state", "non_state", "external", ""]
# Ratings of the evidence-to-decision frame; "" is "not judged yet".
EtdRating = Literal["", "favours", "probably_favours", "uncertain", "probably_against", "against"]
ETD_RATINGS: tuple[str, ...] = ("favours", "probably_favours", "uncertain", "probably_against", "against")


def now_utc() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


TITLE_MAX = 200  # characters a new title may have (the window and the command line refuse more)


class CaseMeta(_Model):
    title: str = "Untitled case"
    country: str = ""
    analyst: str = ""
    marking: str = "UNCLASSIFIED"
    narrative: str = ""
    created_at: str = Field(default_factory=now_utc)
    evidence_version: str = ""

    def shown_title(self) -> str:
        """The title for headings (window, Overview, memo): never blank, never pages long."""
        return shown_title(self.title)


class EtdJudgment(_Model):
    rating: Annotated[EtdRating, KeepUnrecognised] = ""
    reason: str = ""


def _known_criteria(value: dict[str, EtdJudgment]) -> dict[str, EtdJudgment]:
    unknown = {c for c in value if not is_unrecognised(c)} - set(ETD_CRITERIA)
    if unknown:
        raise ValueError(f"unknown evidence-to-decision criteria: {', '.join(sorted(unknown))}")
    return value


class Revision(_Model):
    id: int
    number: int
    label: str = ""
    assessed_on: Annotated[str, KeepUnrecognised]  # ISO date the assessment refers to
    created_at: str
    created_by: str = ""
    end_state: str = ""
    bottom_line: str = ""  # the memo's bottom line up front, as the planner edited it
    risk_estimate: str = ""  # outside statistical estimate, e.g. "12.3% (rank 8)"
    risk_estimate_source: str = ""
    risk_estimate_date: str = ""
    # The memo's decision box (SPEC §2 step 2).
    situation_now: str = ""
    decision_requested: str = ""
    meeting: str = ""
    meeting_date: Annotated[str, KeepUnrecognised] = ""  # ISO date, or "" when not set
    # The strategy (SPEC §2 step 7): the "no new action" baseline and its EtD judgments (judged
    # like an option; the first row of the grid), the coalition, transition and exit.
    baseline: str = ""
    baseline_etd: dict[Annotated[str, KeepUnrecognised], EtdJudgment] = Field(default_factory=dict)
    coalition: str = ""
    transition_exit: str = ""

    @field_validator("baseline_etd")
    @classmethod
    def _baseline_criteria(cls, value: dict[str, EtdJudgment]) -> dict[str, EtdJudgment]:
        return _known_criteria(value)

    def baseline_etd_for(self, criterion: str) -> EtdJudgment:
        return self.baseline_etd.get(criterion, EtdJudgment())


class Judgment(_Model):
    """One answer of the checklist: a situation factor or a risk-factor indicator.

    ``value`` None means unknown — a legitimate answer, never read as "no"."""

    kind: JudgmentKind
    item: str  # factor id ("phase") or indicator id ("rf01.2")
    value: Annotated[str | None, KeepUnrecognised] = None  # Unrecognised is read as unknown
    confidence: Annotated[Confidence | None, KeepUnrecognised] = None
    note: str = ""
    source: str = ""
    updated_at: str = Field(default_factory=now_utc)

    @property
    def unknown(self) -> bool:
        return self.value is None or is_unrecognised(self.value)

    @property
    def known_value(self) -> str | None:
        """The value as the fit reads it: None for unknown and for an unrecognised stored value."""
        return None if self.unknown else self.value


class DesignAnswer(_Model):
    """One answer about an option's design (SPEC §4 "Option design"): how the option's tool is used.

    ``value`` None means unknown, as for a situation factor."""

    property: str  # design property id ("mission_size")
    value: Annotated[str | None, KeepUnrecognised] = None  # Unrecognised is read as unknown
    confidence: Annotated[Confidence | None, KeepUnrecognised] = None
    note: str = ""
    updated_at: str = Field(default_factory=now_utc)

    @property
    def known_value(self) -> str | None:
        """The value as the fit reads it: None for unknown and for an unrecognised stored value."""
        return None if self.value is None or is_unrecognised(self.value) else self.value


class Actor(_Model):
    id: int | None = None
    kind: Annotated[ActorKindId, KeepUnrecognised]
    name: str
    actor_type: Annotated[ActorType, KeepUnrecognised] = ""
    motive: str = ""
    means: str = ""
    opportunity: str = ""
    notes: str = ""
    position: int = 0
    # Groups at risk (SPEC §4): where, about how many, whether displaced, risks to women and children.
    location: str = ""
    population: str = ""
    displaced: str = ""
    women_children_risks: str = ""


class Objective(_Model):
    id: int | None = None
    text: str
    position: int = 0
    success_measure: str = ""


class Decision(_Model):
    id: int | None = None
    family: Annotated[str, KeepUnrecognised]  # SPEC §5 family id
    tool: Annotated[str | None, KeepUnrecognised] = None  # a tool id of that family, when one instrument is meant
    title: str = ""
    status: Annotated[DecisionStatus, KeepUnrecognised] = "considered"
    rationale: str = ""
    objectives: list[int] = Field(default_factory=list)  # Objective ids this option serves
    lead_actor: str = ""
    timing: str = ""
    requirements: str = ""
    legal_basis: str = ""
    consent: str = ""
    monitoring: str = ""
    findings_weighed: list[str] = Field(default_factory=list)
    etd: dict[Annotated[str, KeepUnrecognised], EtdJudgment] = Field(default_factory=dict)
    position: int = 0

    @field_validator("status")
    @classmethod
    def _status(cls, value: str) -> str:
        if value not in DECISION_STATUSES and not is_unrecognised(value):
            raise ValueError(f"unknown status {value!r}")
        return value

    @field_validator("etd")
    @classmethod
    def _criteria(cls, value: dict[str, EtdJudgment]) -> dict[str, EtdJudgment]:
        return _known_criteria(value)

    def etd_for(self, criterion: str) -> EtdJudgment:
        return self.etd.get(criterion, EtdJudgment())


class AuditEntry(_Model):
    id: int
    at: str
    revision_id: int | None
    who: str
    action: str
    target: str
    before: str | None = None
    after: str | None = None
