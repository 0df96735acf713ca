"""The answers file of ``atrocity-desk new --answers`` (SPEC §6).

``{"case": {"title", "country", "analyst", "marking", "situation_now", "decision_requested",
"meeting", "meeting_date"}, "factors": {"phase": "escalation", ...}, "options": [{"title", "family",
"status", "design": {"mission_size": "large", ...}}], "strategy": {...}}``, every part optional. The
last four case fields belong to the first assessment revision (SPEC §2 step 2), ``meeting_date`` an
ISO date. A factor or design property may be answered ``"unknown"``; a design property must be one
read for the option's family. The strategy section is read by ``strategy_input.parse_strategy``
(keys in docs/answers-file.md). Anything else is refused with a message that names the offending
key or value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .checklist import UNKNOWN, FactorVocabulary
from .errors import AnswersError
from .models import Decision
from .strategy_input import StrategyInput, StrategyInputError, parse_strategy
from .vocabulary import DECISION_STATUSES, FAMILY_IDS

META_KEYS = ("title", "country", "analyst", "marking")
REVISION_KEYS = ("situation_now", "decision_requested", "meeting", "meeting_date")
CASE_KEYS = META_KEYS + REVISION_KEYS
SECTIONS = ("case", "factors", "options", "strategy")
OPTION_KEYS = ("title", "family", "status", "design")


@dataclass
class OptionAnswers:
    decision: Decision
    design: dict[str, str | None] = field(default_factory=dict)  # None: unknown


@dataclass
class Answers:
    case: dict[str, str] = field(default_factory=dict)  # every CASE_KEYS field given
    factors: dict[str, str | None] = field(default_factory=dict)  # None: unknown
    options: list[OptionAnswers] = field(default_factory=list)

    def meta_fields(self) -> dict[str, str]:
        return {k: v for k, v in self.case.items() if k in META_KEYS}

    def revision_fields(self) -> dict[str, str]:
        return {k: v for k, v in self.case.items() if k in REVISION_KEYS}
    strategy: StrategyInput = field(default_factory=StrategyInput)


def read_answers(path: Path, vocabulary: FactorVocabulary) -> Answers:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnswersError(f"The answers file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AnswersError(f"The answers file {path} cannot be read: {exc}.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswersError(f"The answers file {path.name} is not valid JSON (line {exc.lineno}: {exc.msg}).") from None
    except RecursionError:
        raise AnswersError(f"The answers file {path.name} is nested too deeply to be an answers file.") from None
    except ValueError:  # a number with thousands of digits, say
        raise AnswersError(f"The answers file {path.name} holds a number too large to read.") from None
    _refuse_invalid_text(data, path.name)
    return parse_answers(data, vocabulary, path.name)


def _refuse_invalid_text(data: object, name: str) -> None:
    """Refuse text that cannot be stored (a lone surrogate such as "\\ud800") before anything is
    written. Walked without recursion; the message never quotes the text."""
    pending = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise AnswersError(f"{name}: some text is not valid Unicode (a lone surrogate escape); fix the file.") from None


def parse_answers(data: object, vocabulary: FactorVocabulary, name: str = "answers") -> Answers:
    if not isinstance(data, dict):
        raise AnswersError(f"{name}: expected a JSON object with the sections {', '.join(SECTIONS)}.")
    extra = sorted(set(data) - set(SECTIONS))
    if extra:
        raise AnswersError(f"{name}: unknown section(s) {', '.join(map(repr, extra))}; allowed: {', '.join(SECTIONS)}.")
    answers = Answers()
    try:
        answers.strategy = parse_strategy(data.get("strategy", {}), f"{name}: strategy", options_allowed=False)
    except StrategyInputError as exc:
        raise AnswersError(str(exc)) from None
    case = data.get("case", {})
    if not isinstance(case, dict):
        raise AnswersError(f"{name}: \"case\" must be an object.")
    for key, value in case.items():
        if key not in CASE_KEYS:
            raise AnswersError(f"{name}: unknown case field {key!r} (allowed: {', '.join(CASE_KEYS)}).")
        if not isinstance(value, str):
            raise AnswersError(f"{name}: case field {key!r} must be text.")
        if key == "meeting_date" and value and not _is_iso_date(value):
            raise AnswersError(f"{name}: case field 'meeting_date' must be a date written 2026-12-03, not {value!r}.")
        answers.case[key] = value
    factors = data.get("factors", {})
    if not isinstance(factors, dict):
        raise AnswersError(f"{name}: \"factors\" must be an object of factor id to value.")
    for factor_id, value in factors.items():
        if not isinstance(value, str):
            raise AnswersError(f"{name}: factor {factor_id!r} must have a text value, not {json.dumps(value)}.")
        if value == UNKNOWN:
            if factor_id not in vocabulary.factors:
                raise AnswersError(f"{name}: unknown factor {factor_id!r}.")
            answers.factors[factor_id] = None
            continue
        problem = vocabulary.problem(factor_id, [value])
        if problem:
            raise AnswersError(f"{name}: {problem}.")
        answers.factors[factor_id] = value
    options = data.get("options", [])
    if not isinstance(options, list):
        raise AnswersError(f"{name}: \"options\" must be a list of objects.")
    answers.options = [_option(option, n, vocabulary, name) for n, option in enumerate(options, 1)]
    return answers


def _option(data: object, number: int, vocabulary: FactorVocabulary, name: str) -> OptionAnswers:
    where = f"{name}: option {number}"
    if not isinstance(data, dict):
        raise AnswersError(f"{where} must be an object with \"title\", \"family\", \"status\" and \"design\".")
    extra = set(data) - set(OPTION_KEYS)
    if extra:
        raise AnswersError(f"{where}: unknown field {sorted(extra)[0]!r} (allowed: {', '.join(OPTION_KEYS)}).")
    family, status, title = data.get("family"), data.get("status", "considered"), data.get("title", "")
    if family not in FAMILY_IDS:
        raise AnswersError(f"{where}: unknown family {family!r} (known: {', '.join(FAMILY_IDS)}).")
    if status not in DECISION_STATUSES:
        raise AnswersError(f"{where}: unknown status {status!r} (allowed: {', '.join(DECISION_STATUSES)}).")
    if not isinstance(title, str):
        raise AnswersError(f"{where}: \"title\" must be text.")
    design = data.get("design", {})
    if not isinstance(design, dict):
        raise AnswersError(f"{where}: \"design\" must be an object of design property id to value.")
    return OptionAnswers(Decision(family=family, status=status, title=title), _design(design, family, vocabulary, where))


def _design(design: dict, family: str, vocabulary: FactorVocabulary, where: str) -> dict[str, str | None]:
    answered: dict[str, str | None] = {}
    for prop_id, value in design.items():
        prop = vocabulary.design.get(prop_id)
        if prop is None:
            raise AnswersError(f"{where}: unknown design property {prop_id!r}.")
        if family not in prop.families:
            raise AnswersError(f"{where}: design property {prop_id!r} is not read for the family {family!r}.")
        if value != UNKNOWN and value not in prop.value_ids():
            raise AnswersError(f"{where}: design property {prop_id!r} has no value {json.dumps(value)} (allowed: {', '.join(prop.value_ids())}).")
        answered[prop_id] = None if value == UNKNOWN else value
    return answered
def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
