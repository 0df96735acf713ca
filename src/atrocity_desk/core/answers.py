"""The answers file of ``atrocity-desk new --answers`` (SPEC §6).

``{"case": {"title", "country", "analyst", "marking"}, "factors": {"phase": "escalation", ...},
"strategy": {...}}``, every part optional. A factor may be answered ``"unknown"``. The strategy
section is read by ``strategy_input.parse_strategy`` (keys in docs/answers-file.md; a new case has
no options yet, so phases do not name options). Anything else is refused with a message that names
the offending key or value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .checklist import UNKNOWN, FactorVocabulary
from .errors import AnswersError
from .strategy_input import StrategyInput, StrategyInputError, parse_strategy

CASE_KEYS = ("title", "country", "analyst", "marking")
SECTIONS = ("case", "factors", "strategy")


@dataclass
class Answers:
    case: dict[str, str] = field(default_factory=dict)
    factors: dict[str, str | None] = field(default_factory=dict)  # None: unknown
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
    return parse_answers(data, vocabulary, path.name)


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
    return answers
