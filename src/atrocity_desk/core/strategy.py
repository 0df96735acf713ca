"""The strategy of a revision (SPEC §2 step 7) and its parts, independent of storage and Qt.

A revision's strategy is: phases (now / if the situation worsens / later), each with the options
(decision ids) it uses and its decision points (an observable event and the response it triggers);
the *no new action* baseline with its evidence-to-decision judgments (on ``Revision``); key
assumptions; plausible atrocity scenarios with their warning signs; the dated trigger calendar;
the coalition and transition/exit (on ``Revision``); legal basis and consent (on each ``Decision``);
measures of success (on each ``Objective``). ``Strategy`` gathers all of it for the memo.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .models import Decision, EtdJudgment, KeepUnrecognised, Objective, _Model
from .vocabulary import PhaseKind, PointDirection, ScenarioKind, TriggerStatus, is_unrecognised


class Phase(_Model):
    id: int | None = None
    kind: Annotated[PhaseKind, KeepUnrecognised] = "now"
    title: str = ""
    description: str = ""
    options: list[int] = Field(default_factory=list)  # Decision ids this phase uses
    position: int = 0


class DecisionPoint(_Model):
    """An observable event and the response it triggers (escalate, or scale back)."""

    id: int | None = None
    phase_id: int
    event: str
    response: str = ""
    direction: Annotated[PointDirection, KeepUnrecognised] = ""
    position: int = 0


class Assumption(_Model):
    id: int | None = None
    text: str
    disproved_by: str = ""  # what would prove it wrong
    indicator: str = ""  # the indicator that would show it (watched like a trigger)
    position: int = 0


class Scenario(_Model):
    id: int | None = None
    kind: Annotated[ScenarioKind, KeepUnrecognised] = "most_likely"
    title: str = ""
    description: str = ""
    warning_signs: str = ""
    position: int = 0


class TriggerDate(_Model):
    """A dated trigger of the calendar (an election, an anniversary, a verdict...)."""

    id: int | None = None
    on_date: Annotated[str, KeepUnrecognised]  # ISO date
    title: str
    status: Annotated[TriggerStatus, KeepUnrecognised] = "upcoming"
    note: str = ""
    position: int = 0


class ActorTarget(_Model):
    """An actor targets a group at risk (both actors of the same revision)."""

    actor_id: int
    group_id: int


class PhasePlan(_Model):
    phase: Phase
    decision_points: list[DecisionPoint] = Field(default_factory=list)


class Strategy(_Model):
    """Everything a revision's strategy says, in the order the planner recorded it."""

    revision_id: int
    baseline: str = ""
    baseline_etd: dict[Annotated[str, KeepUnrecognised], EtdJudgment] = Field(default_factory=dict)
    phases: list[PhasePlan] = Field(default_factory=list)
    assumptions: list[Assumption] = Field(default_factory=list)
    scenarios: list[Scenario] = Field(default_factory=list)
    triggers: list[TriggerDate] = Field(default_factory=list)
    coalition: str = ""
    transition_exit: str = ""
    objectives: list[Objective] = Field(default_factory=list)  # each with its success_measure
    options: list[Decision] = Field(default_factory=list)  # each with its legal_basis and consent


def upcoming_triggers(triggers: list[TriggerDate], today: str, limit: int = 3) -> list[TriggerDate]:
    """The next dated triggers still upcoming on or after ``today`` (ISO), soonest first."""
    dated = [t for t in triggers if t.status == "upcoming" and not is_unrecognised(t.on_date) and t.on_date >= today]
    return sorted(dated, key=lambda t: (t.on_date, t.position))[:limit]
