"""The one vocabulary: the ids data files and case files may use (SPEC §4, §5), and the words a
planner sees for each.

The words live in ``resources/vocabulary/words.yaml`` (one table per id family) and reach every
output (window, memo, command line) through the functions below, each passing ``translate``: the
one translation seam of the core. Nothing else in the code spells a planner-facing word for an id.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar, Token
from functools import lru_cache
from typing import Any, Literal, Protocol

from .datafiles import DataFileError, load_yaml, resource_root

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


# --- words ----------------------------------------------------------------------------------------

ConditionState = Literal["met", "absent", "unknown"]
# What a condition's state means for the tool in this case (``fit.ConditionReading.bearing``):
# within or outside what was studied (scope), favourable or unfavourable to the tool, or unknown.
ConditionBearing = Literal["within", "outside", "favourable", "unfavourable", "unknown"]
# The id families the word table holds, each with the fields every entry of it carries.
WORD_FAMILIES: dict[str, tuple[str, ...]] = {
    "verdict": ("label", "in_sentence", "meaning", "colours"),
    "role": ("label", "colour"),
    "status": ("label", "group_title", "group_intro", "draft_group", "colours"),
    "etd_criterion": ("label", "short"),
    "etd_rating": ("label", "short", "colour"),
    "direction": ("label",),
    "evidence_kind": ("label",),
    "outcome": ("label",),
    "confidence": ("label",),
    "condition_kind": ("label",),
    "condition_state": ("label",),
    "condition_bearing": ("label",),
    "category": ("label",),
    "mode": ("label",),
    "target": ("label",),
    "actor_type": ("label",),
    "indicator_value": ("label",),
    "actor_kind": ("label",),
    "phase_kind": ("label",),
    "point_direction": ("label",),
    "scenario_kind": ("label",),
    "trigger_status": ("label",),
    "audit_action": ("label",),
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


def _english(text: str) -> str:
    return text


_translator: Callable[[str], str] = _english


class Catalogue(Protocol):
    """A language's words (``core.language.Language``): None where it has none for a text."""

    code: str

    def phrase(self, english: str) -> str | None: ...

    def word(self, family: str, id_: str, field: str) -> str | None: ...

    def singular(self, n: int) -> bool: ...


# The language of the words being made: a scope (``core.language.in_language``) overrides the
# default (``core.language.set_default_language``, the window's). None: English.
_scoped: ContextVar[Catalogue | None] = ContextVar("atrocity_desk_language", default=None)
_default: Catalogue | None = None


def current_catalogue() -> Catalogue | None:
    return _scoped.get() or _default


def enter_scope(catalogue: Catalogue) -> Token:
    return _scoped.set(catalogue)


def leave_scope(token: Token) -> None:
    _scoped.reset(token)


def set_default_catalogue(catalogue: Catalogue | None) -> None:
    global _default
    _default = catalogue


def translate(text: str) -> str:
    """The core's one translation seam: English source text -> the planner's language.

    A current language (``core.language``: a scope's, else the default) gives its phrase, or the
    English where it has none; with no language chosen the text goes through ``use_translator``'s
    function (the English source itself unless a test set one)."""
    catalogue = current_catalogue()
    if catalogue is None:
        return _translator(text)
    found = catalogue.phrase(text)
    return text if found is None else found


def translatable(text: str) -> str:
    """Marks an English literal that is translated later, from a variable (``translate(x)``); the
    catalogue test collects these as it collects ``translate("...")`` literals."""
    return text


def use_translator(translator: Callable[[str], str] | None) -> None:
    """Route every core word without a catalogue entry through ``translator`` (None: English)."""
    global _translator
    _translator = translator or _english


_ = translate


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    # Checked once per content: the compiled copy (core/compiled_cache.py) is keyed by the file and
    # this module, and read back through the same check as the file, so no YAML parser is loaded.
    import sys

    from . import compiled_cache, datafiles

    path = resource_root() / "vocabulary" / "words.yaml"
    key = compiled_cache.content_key(
        compiled_cache.file_parts([path]) + compiled_cache.code_parts(sys.modules[__name__], datafiles, pydantic=False)
    )
    return compiled_cache.load_or_build_data("words", key, lambda: _json_faithful(_checked_words(load_yaml(path))), _checked_words)


def _checked_words(data: Any) -> dict[str, Any]:
    """The word table when every family is a table of ids and every entry has its family's fields."""
    if not isinstance(data, dict) or not all(isinstance(t, dict | None) for t in data.values()):
        raise DataFileError("words.yaml: expected a table of id families, each a table of ids")
    for family, fields in WORD_FAMILIES.items():
        for id_, entry in (data.get(family) or {}).items():
            missing = [f for f in fields if not isinstance(entry, dict) or f not in entry]
            if missing:
                raise DataFileError(f"words.yaml: {family}.{id_} lacks {', '.join(missing)}")
    return data


def _json_faithful(data: dict[str, Any]) -> dict[str, Any]:
    """The table as its compiled copy reads back (ids as text): a table that would read back
    different (a date, a numeric id) is refused, so a warm start never differs from a cold one."""
    import json

    if json.loads(json.dumps(data, default=str)) != data:
        raise DataFileError("words.yaml: holds something other than text, numbers and lists (an id must be text)")
    return data


def word_ids(family: str) -> tuple[str, ...]:
    """The ids the word table knows for ``family`` (tests check it covers every id)."""
    return tuple(_words()[family])


def word(family: str, id_: str | None, field: str = "label") -> str:
    """The planner's word for ``id_`` of ``family``; an id the table does not know is shown as
    unrecognised (a damaged or newer file), never as a raw id dressed up as a word."""
    entry = None if is_unrecognised(id_) else _words()[family].get("" if id_ is None else id_)
    if entry is None:
        return unrecognised(id_)
    return _in_language(family, "" if id_ is None else id_, field) or translate(entry[field])


def _in_language(family: str, id_: str, field: str) -> str | None:
    catalogue = current_catalogue()
    return catalogue.word(family, id_, field) if catalogue is not None else None


def english_phrase(name: str) -> str:
    """A phrase of the word table in its English source form (before the translation seam)."""
    return " ".join(_words()["phrase"][name].split())


def phrase(name: str) -> str:
    return _in_language("phrase", name, "text") or translate(english_phrase(name))


def unrecognised(value: object) -> str:
    """How a value the vocabulary does not know is shown: the one word for it, never the raw value
    (``atrocity-desk check`` names the raw value, with its table and row)."""
    del value  # the planner's outputs never print it
    return phrase("unrecognised")


def known(family: str, id_: str | None) -> bool:
    return ("" if id_ is None else id_) in _words()[family]


def colours(family: str, id_: str | None, dark: bool = False) -> tuple[str, str]:
    """(background, text) of a badge for ``id_`` (verdict or status), for a light or dark palette."""
    table = _words()[family]
    entry = table.get(id_) or table[_FALLBACK_COLOUR[family]]
    return tuple(entry["colours"]["dark" if dark else "light"])  # type: ignore[return-value]


def colour(family: str, id_: str | None) -> str:
    """The one colour of a role or rating (memo text colour or cell ground)."""
    table = _words()[family]
    entry = table.get("" if id_ is None else id_) or table[_FALLBACK_COLOUR[family]]
    return entry["colour"]


_FALLBACK_COLOUR = {"verdict": "not_reviewed", "status": "considered", "role": "context", "etd_rating": ""}


# Shorthands for the families every output uses.
def verdict_label(verdict: str) -> str:
    return word("verdict", verdict)


def verdict_meaning(verdict: str) -> str:
    return word("verdict", verdict, "meaning")


def status_label(status: str) -> str:
    return word("status", status)


def central_caution() -> str:
    """The paper's central caution (SPEC §1), one wording everywhere."""
    return phrase("central_caution")


def not_recorded() -> str:
    return phrase("not_recorded")


def unknown_word() -> str:
    return phrase("unknown")


def confidence_label(confidence: str | None) -> str:
    """A planner's confidence in an answer; not stated is "not recorded", the one way to say so."""
    return not_recorded() if confidence is None else word("confidence", confidence)


def indicator_label(value: str | None) -> str:
    """A risk-factor indicator judged present, absent, or unknown (None)."""
    return unknown_word() if value is None else word("indicator_value", value)


class _OptionLike(Protocol):
    title: str
    tool: str | None
    family: str


class _EvidenceLike(Protocol):
    tools: list[Any]
    families: list[Any]


def option_title(decision: _OptionLike, evidence: _EvidenceLike | None = None) -> str:
    """The name of an option, the same in the window, the memo and the draft: its title, else its
    tool's name, else its family's name, else "Untitled option"."""
    if decision.title.strip():
        return decision.title.strip()
    if evidence is not None:
        for named in (*(t for t in evidence.tools if t.id == decision.tool), *(f for f in evidence.families if f.id == decision.family)):
            return named.name
    return phrase("untitled_option")


# -- Outside risk data (SPEC §5; issue 20): the Early Warning Project's words ---------------------
# Kept as one block at the end so it merges cleanly with the vocabulary's restructuring.

RISK_PUBLISHER = "Early Warning Project"
# What the model forecasts, and what it does not: said wherever a figure is offered.
RISK_MODEL_SCOPE = translatable(
    "The model forecasts the onset of a new state-led mass killing (at least 1,000 civilians "
    "deliberately killed by state forces in a year or less). It says nothing about killing already "
    "under way, nor about killing by non-state groups."
)


def risk_citation(first_year: int, last_year: int) -> str:
    """How the project asks to be cited: "Early Warning Project, Statistical Risk Assessment 2025–26, USHMM, 2025".
    The project's own title, in English in every language (a citation names what was published)."""
    return f"{RISK_PUBLISHER}, Statistical Risk Assessment {first_year}–{last_year % 100:02d}, USHMM, {first_year}"


def risk_percent(risk: float) -> str:
    """A probability as a percentage with three significant figures: 0.1041 -> "10.4%" ("10,4 %" in French)."""
    from .language import percent  # the language module imports this one

    digits = f"{risk * 100:#.3g}".rstrip(".")
    decimals = len(digits.partition(".")[2]) if "e" not in digits else 2
    return percent(risk, decimals)


def risk_estimate_words(risk: float, rank: int, of: int, first_year: int, last_year: int) -> str:
    """The figure as the case records it (the revision's outside risk estimate)."""
    return translate(
        "{percent} estimated risk of a new state-led mass killing starting in {first_year} or {last_year} "
        "(rank {rank} of {of})"
    ).format(percent=risk_percent(risk), first_year=first_year, last_year=last_year, rank=rank, of=of)


def risk_not_found(name: str, edition: str, closest: list[str]) -> str:
    words = translate("The {publisher}'s {edition} edition has no country called '{name}'.").format(
        publisher=RISK_PUBLISHER, edition=edition, name=name)
    if closest:
        words += " " + translate("Closest names: {names}.").format(names=", ".join(closest))
    return words


def risk_offer_words(country: str, estimate: str, edition: str, citation: str, date: str) -> str:
    """What the window offers under the case's country."""
    return translate("{publisher}, {edition} edition — {country}: {estimate}. Source: {citation}; dated {date}.").format(
        publisher=RISK_PUBLISHER, edition=edition, country=country, estimate=estimate, citation=citation, date=date)


# Translated where shown (``translate(RISK_OFFER_BUTTON)``): the window reads them in its language.
RISK_OFFER_EMPTY = translatable("Enter the country to see the Early Warning Project's estimate for it ({edition} edition).")
RISK_OFFER_BUTTON = translatable("Record as the outside risk estimate")
RISK_OFFER_REPLACE = translatable("Replace the recorded estimate with this one")
RISK_OFFER_RECORDED = translatable("Recorded as this assessment's outside risk estimate.")
RISK_IMPORT_BUTTON = translatable("Import a newer edition…")
RISK_IMPORT_REFUSED = translatable("Risk table refused")
RISK_IMPORT_DONE = translatable("Risk table imported")


def risk_import_done(edition: str, of: int) -> str:
    return translate("The {publisher}'s {edition} edition ({of} countries) is now in use.").format(
        publisher=RISK_PUBLISHER, edition=edition, of=of)


# -- counts and next steps (the Overview) --

# (one, many): English plural forms; a count is always written with the form its number needs.
_COUNTED: dict[str, tuple[str, str]] = {
    "perpetrator": (translatable("{n} key actor"), translatable("{n} key actors")),
    "group_at_risk": (translatable("{n} group at risk"), translatable("{n} groups at risk")),
    "protector": (translatable("{n} protective actor"), translatable("{n} protective actors")),
    "objective": (translatable("{n} objective"), translatable("{n} objectives")),
    "option": (translatable("{n} option"), translatable("{n} options")),
}


def counted(n: int, thing: str) -> str:
    """"1 option", "3 options": the number with the form it needs."""
    one, many = _COUNTED[thing]
    return translate(one if singular(n) else many).format(n=n)


_NEXT_STEPS: dict[str, tuple[str, str]] = {
    "factors_unanswered": (translatable("{n} situation factor unanswered"), translatable("{n} situation factors unanswered")),
    "indicators_unknown": (translatable("{n} risk indicator not yet judged"), translatable("{n} risk indicators not yet judged")),
    "no_objectives": (translatable("no objectives set yet"), translatable("no objectives set yet")),
    "no_options": (translatable("no option recorded yet"), translatable("no option recorded yet")),
    "options_without_judgments": (translatable("{n} option without judgments"), translatable("{n} options without judgments")),
    "no_bottom_line": (translatable("no bottom line yet"), translatable("no bottom line yet")),
}


def next_step_words(kind: str, n: int) -> str:
    """The words of one next step (``core.next_steps.NextStep``)."""
    one, many = _NEXT_STEPS[kind]
    return translate(one if singular(n) else many).format(n=n)


def singular(n: int) -> bool:
    """Whether a count of ``n`` takes the singular in the current language (French: 0 and 1)."""
    catalogue = current_catalogue()
    return catalogue.singular(n) if catalogue is not None else n == 1


def indicator_counts(present: int, total: int, unknown: int) -> str:
    """"3 of 6 present, 1 unknown": a risk factor's indicators, as the memo's chart counts them."""
    if unknown:
        return translate("{present} of {total} present, {unknown} unknown").format(present=present, total=total, unknown=unknown)
    return translate("{present} of {total} present").format(present=present, total=total)


# -- The planning layer (SPEC §2 step 7, §4 actors and groups; issue 15) --------------------------
# The ids; their words are the phase_kind, point_direction, scenario_kind and trigger_status
# tables of words.yaml.

PhaseKind = Literal["now", "if_worse", "later"]
PHASE_KINDS: tuple[PhaseKind, ...] = ("now", "if_worse", "later")
PointDirection = Literal["", "escalate", "scale_back"]
POINT_DIRECTIONS: tuple[PointDirection, ...] = ("", "escalate", "scale_back")
ScenarioKind = Literal["most_likely", "most_dangerous", "other"]
SCENARIO_KINDS: tuple[ScenarioKind, ...] = ("most_likely", "most_dangerous", "other")
TriggerStatus = Literal["upcoming", "happened", "passed_quietly"]
TRIGGER_STATUSES: tuple[TriggerStatus, ...] = ("upcoming", "happened", "passed_quietly")
ACTOR_KIND_IDS: tuple[str, ...] = ("perpetrator", "enabler", "group_at_risk", "protector", "trigger", "resilience")


def baseline_title() -> str:
    """The no-new-action baseline's name, as the grid's first column and the memo call it."""
    return phrase("baseline_title")


def actor_contradiction_words(factor_label: str, answered: str, missing: tuple[str, ...], listed: tuple[str, ...]) -> str:
    """The Actors page's warning: what the answer says, and what the key actors listed lack."""
    wanted = translate(" and ").join(word("actor_type", t) for t in missing)
    have = ", ".join(word("actor_type", t) for t in listed)
    return phrase("actor_contradiction").format(factor=factor_label, answered=answered, wanted=wanted, have=have)


def next_triggers_words(count: int) -> str:
    return phrase("no_next_trigger") if count == 0 else phrase("next_triggers").format(count=count)


# --- evidence packs (SPEC §5): every word that marks what a pack added ------------------------
# Kept as one block at the end, like the risk words, so it merges cleanly.

OWN_PACK_TITLE = translatable("This case's own evidence")  # the own pack's stored title, in the language of its creation


def pack_marker() -> str:
    """The short marker on every memo or command-line line that cites what a pack added."""
    return translate("[pack]")


def pack_references_heading() -> str:
    """The heading of the memo's separate list of the studies evidence packs added."""
    return translate("Added by the analyst's evidence packs")


def pack_source_words(title: str) -> str:
    """Where a reason, memo line or reference came from, when an evidence pack added it."""
    return translate("From the evidence pack “{title}” — added by the analyst, not part of the 2016 review").format(title=title)


def pack_references_note(count: int) -> str:
    return translate(
        "Studies added by the analyst's evidence packs: {count}. They are not part of the reviewed paper; "
        "the analyst chose them and answers for them."
    ).format(count=count)


def pack_lifted_words(family_name: str, titles: list[str]) -> str:
    """Said wherever a family's ceiling was lifted because the planner allowed a pack to lift it."""
    one = translatable("The paper's ceiling for {family} was lifted, because the analyst allowed the evidence pack {titles} to lift it.")
    many = translatable("The paper's ceiling for {family} was lifted, because the analyst allowed the evidence packs {titles} to lift it.")
    return translate(one if singular(len(titles)) else many).format(
        family=family_name, titles=", ".join(f"“{t}”" for t in titles))


def pack_line(pack_id: str, title: str, author: str, date: str, enabled: bool, allow_lift: bool, count: int) -> str:
    """One pack in ``atrocity-desk pack list``."""
    state = translate("on") if enabled else translate("off")
    lift = translate("; may lift ceilings") if allow_lift else ""
    return translate("{id}  [{state}{lift}]  {title} — {author}, {date} (findings: {count})").format(
        id=pack_id, state=state, lift=lift, title=title, author=author, date=date, count=count
    )
