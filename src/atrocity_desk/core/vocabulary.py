"""Fixed vocabularies of SPEC §4 and §5: the words data files and case files may use."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Category = Literal["diplomatic", "economic", "legal", "military"]
Mode = Literal["persuasive", "coercive"]
Target = Literal["perpetrators", "civilians_at_risk", "environment"]

Direction = Literal[
    "reduces_violence", "no_effect", "increases_violence", "mixed", "insufficient_evidence"
]
EvidenceKind = Literal[
    "cross_national_statistical", "comparative_case_study", "single_case", "anecdotal"
]
Outcome = Literal[
    "severity",  # how many civilians are killed
    "onset",  # whether atrocities or conflict begin
    "duration",  # how long conflict or killing lasts
    "settlement",  # negotiated end of conflict
    "recurrence",  # return of conflict or atrocities
    "human_rights",  # repression, physical integrity rights
    "policy_change",  # target changes its behaviour or policy
    "conflict_risk",  # risk of armed conflict
    "stability",  # economic or political stability
    "civilian_harm",  # harm to civilians caused by the tool itself
]
Phase = Literal["latent_risk", "escalation", "ongoing_atrocities", "post_atrocity"]

# How a finding depends on a situation factor (docs/evidence.md explains each):
#   scope     - the studies looked only at situations where the factor has one of these values;
#               elsewhere the finding says nothing.
#   requires  - the benefit (or harm) the finding reports depends on one of these values.
#   favours   - the tool works better when the factor has one of these values.
#   against   - the tool works worse, or harms, when the factor has one of these values.
ConditionKind = Literal["scope", "requires", "favours", "against"]

Verdict = Literal["supported", "mixed", "cautioned", "insufficient", "not_reviewed"]
VERDICTS: tuple[Verdict, ...] = ("supported", "mixed", "cautioned", "insufficient", "not_reviewed")
VERDICT_LABELS: dict[str, str] = {
    "supported": "Supported",
    "mixed": "Mixed",
    "cautioned": "Cautioned",
    "insufficient": "Insufficient evidence",
    "not_reviewed": "Not reviewed",
}
# SPEC §5's meaning of each verdict, as the window's tooltips and the memo's legend say it.
VERDICT_MEANINGS: dict[str, str] = {
    "supported": "The reviewed studies mostly find this tool reduces violence against civilians in "
    "situations like this one, and none finds it harmful here.",
    "mixed": "Studies point different ways for situations like this, or the benefit comes with a named "
    "harm, or it holds only under conditions this case partly meets.",
    "cautioned": "Studies find no effect or harm in situations like this, or a condition the benefit "
    "depends on is absent here.",
    "insufficient": "Too few studies, or only case studies and anecdotes, to say.",
    "not_reviewed": "The paper reviews no study of this tool: the evidence says nothing either way.",
}
# The paper's central caution, shown wherever a verdict is (SPEC §1).
CENTRAL_CAUTION = (
    "A tool works only as well as the political strategy it serves. Most of the evidence is "
    "correlational: it shows what has tended to go with less or more violence, not what causes it. "
    "And the studies count only visible killing, the killing that gets reported; other harms and "
    "unseen killing are missing from the numbers."
)

FAMILY_IDS: tuple[str, ...] = (
    "condemnation",
    "un_resolutions",
    "diplomatic_downgrade",
    "diplomatic_upgrade",
    "non_recognition",
    "fact_finding",
    "mediation",
    "nonviolent_support",
    "development_aid",
    "aid_conditionality",
    "comprehensive_sanctions",
    "targeted_sanctions",
    "prosecution",
    "transitional_justice",
    "military_aid",
    "arms_embargo",
    "no_fly_zone",
    "safe_area",
    "intervention_against_perpetrator",
    "intervention_pro_government",
    "peacekeeping",
)

Confidence = Literal["low", "medium", "high"]
DecisionStatus = Literal["recommended", "considered", "rejected", "in_place"]
DECISION_STATUSES: tuple[DecisionStatus, ...] = ("recommended", "considered", "rejected", "in_place")

# The evidence-to-decision frame of SPEC §2 step 6, in the order the grid shows it.
ETD_CRITERIA: tuple[str, ...] = (
    "effect",
    "certainty",
    "risks",
    "feasibility",
    "acceptability",
    "resources",
    "urgency",
)
ETD_LABELS: dict[str, str] = {
    "effect": "Expected effect on violence against civilians",
    "certainty": "Certainty of that evidence",
    "risks": "Risks and side effects for civilians",
    "feasibility": "Feasibility",
    "acceptability": "Acceptability to partners and the coalition",
    "resources": "Resources",
    "urgency": "Urgency",
}


# --- stored values this version does not know ---------------------------------------------------

# How every page, the memo and the command line name a stored value the vocabulary does not know.
UNRECOGNISED_LABEL = "Unrecognised"


class Unrecognised(str):
    """A stored value the vocabulary does not know (a damaged file, a newer version, another tool).

    Only storage makes these, when it reads such a value; the rest of the program needs one check,
    ``is_unrecognised(value)`` (or ``word``, which does it): the fit reads it as unknown, and the
    pages and the memo show UNRECOGNISED_LABEL. It is a ``str`` holding the raw value, so a row
    copied or written back keeps it byte for byte and no string operation on it crashes."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Unrecognised({str.__repr__(self)})"


def is_unrecognised(value: object) -> bool:
    return isinstance(value, Unrecognised)


def word(labels: Mapping[str, str], value: str) -> str:
    """The planner-facing word for ``value`` in ``labels``; UNRECOGNISED_LABEL for a stored value
    the vocabulary does not know."""
    if is_unrecognised(value):
        return UNRECOGNISED_LABEL
    return labels.get(value, value)


# -- Outside risk data (SPEC §5; issue 20): the Early Warning Project's words ---------------------
# Kept as one block at the end so it merges cleanly with the vocabulary's restructuring.

RISK_PUBLISHER = "Early Warning Project"
# What the model forecasts, and what it does not: said wherever a figure is offered.
RISK_MODEL_SCOPE = (
    "The model forecasts the onset of a new state-led mass killing (at least 1,000 civilians "
    "deliberately killed by state forces in a year or less). It says nothing about killing already "
    "under way, nor about killing by non-state groups."
)


def risk_citation(first_year: int, last_year: int) -> str:
    """How the project asks to be cited: "Early Warning Project, Statistical Risk Assessment 2025–26, USHMM, 2025"."""
    return f"{RISK_PUBLISHER}, Statistical Risk Assessment {first_year}–{last_year % 100:02d}, USHMM, {first_year}"


def risk_percent(risk: float) -> str:
    """A probability as a percentage with three significant figures: 0.1041 -> "10.4%"."""
    return f"{risk * 100:#.3g}".rstrip(".") + "%"


def risk_estimate_words(risk: float, rank: int, of: int, first_year: int, last_year: int) -> str:
    """The figure as the case records it (the revision's outside risk estimate)."""
    return (
        f"{risk_percent(risk)} estimated risk of a new state-led mass killing starting in {first_year} "
        f"or {last_year} (rank {rank} of {of})"
    )


def risk_not_found(name: str, edition: str, closest: list[str]) -> str:
    known = f" Closest names: {', '.join(closest)}." if closest else ""
    return f"The {RISK_PUBLISHER}'s {edition} edition has no country called {name!r}.{known}"


def risk_offer_words(country: str, estimate: str, edition: str, citation: str, date: str) -> str:
    """What the window offers under the case's country."""
    return f"{RISK_PUBLISHER}, {edition} edition — {country}: {estimate}. Source: {citation}; dated {date}."


RISK_OFFER_EMPTY = "Enter the country to see the Early Warning Project's estimate for it ({edition} edition)."
RISK_OFFER_BUTTON = "Record as the outside risk estimate"
RISK_OFFER_REPLACE = "Replace the recorded estimate with this one"
RISK_OFFER_RECORDED = "Recorded as this assessment's outside risk estimate."
RISK_IMPORT_BUTTON = "Import a newer edition…"
RISK_IMPORT_REFUSED = "Risk table refused"
RISK_IMPORT_DONE = "Risk table imported"


def risk_import_done(edition: str, of: int) -> str:
    return f"The {RISK_PUBLISHER}'s {edition} edition ({of} countries) is now in use."


# -- The planning layer (SPEC §2 step 7, §4 actors and groups; issue 15) --------------------------
# Kept as one block so it moves cleanly into the vocabulary's word tables.

PhaseKind = Literal["now", "if_worse", "later"]
PHASE_KINDS: tuple[PhaseKind, ...] = ("now", "if_worse", "later")
PHASE_KIND_LABELS: dict[str, str] = {
    "now": "Now",
    "if_worse": "If the situation worsens",
    "later": "Later",
}
PointDirection = Literal["", "escalate", "scale_back"]
POINT_DIRECTIONS: tuple[PointDirection, ...] = ("", "escalate", "scale_back")
POINT_DIRECTION_LABELS: dict[str, str] = {"": "Not said", "escalate": "Escalate", "scale_back": "Scale back"}
ScenarioKind = Literal["most_likely", "most_dangerous", "other"]
SCENARIO_KINDS: tuple[ScenarioKind, ...] = ("most_likely", "most_dangerous", "other")
SCENARIO_KIND_LABELS: dict[str, str] = {
    "most_likely": "Most likely",
    "most_dangerous": "Most dangerous",
    "other": "Other plausible scenario",
}
TriggerStatus = Literal["upcoming", "happened", "passed_quietly"]
TRIGGER_STATUSES: tuple[TriggerStatus, ...] = ("upcoming", "happened", "passed_quietly")
TRIGGER_STATUS_LABELS: dict[str, str] = {
    "upcoming": "Upcoming",
    "happened": "Happened",
    "passed_quietly": "Passed quietly",
}
ACTOR_KIND_IDS: tuple[str, ...] = ("perpetrator", "enabler", "group_at_risk", "protector", "trigger", "resilience")
ACTOR_TYPE_WORDS: dict[str, str] = {"state": "state", "non_state": "non-state", "external": "external"}
BASELINE_TITLE = "No new action (baseline)"
BASELINE_STATUS = "Baseline"
BASELINE_NO_VERDICT = "—"  # the evidence base reviews tools, not inaction


def actor_contradiction_words(factor_label: str, answered: str, missing: tuple[str, ...], listed: tuple[str, ...]) -> str:
    """The Actors page's warning: what the answer says, and what the key actors listed lack."""
    wanted = " and ".join(ACTOR_TYPE_WORDS.get(t, t) for t in missing)
    have = ", ".join(ACTOR_TYPE_WORDS.get(t, t) for t in listed) or "none"
    return (
        f"“{factor_label}” is answered “{answered}”, but no {wanted} actor is among the key actors "
        f"listed (their types: {have}). Add the missing actor, or check the answer."
    )


def next_triggers_words(count: int) -> str:
    return "No dated trigger is upcoming." if count == 0 else f"Next dated triggers ({count}):"
