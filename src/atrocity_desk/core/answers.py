"""The answers file of ``atrocity-desk new --answers`` (SPEC §6).

``{"case": {"title", "country", "analyst", "marking"}, "factors": {"phase": "escalation", ...}}``,
every part optional. A factor may be answered ``"unknown"``. Anything else is refused with a
message that names the offending key or value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .checklist import UNKNOWN, FactorVocabulary
from .errors import AnswersError

CASE_KEYS = ("title", "country", "analyst", "marking")


@dataclass
class Answers:
    case: dict[str, str] = field(default_factory=dict)
    factors: dict[str, str | None] = field(default_factory=dict)  # None: unknown


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
        raise AnswersError(f"{name}: expected a JSON object with \"case\" and/or \"factors\".")
    extra = set(data) - {"case", "factors"}
    if extra:
        raise AnswersError(f"{name}: unknown section {sorted(extra)[0]!r}; only \"case\" and \"factors\" are allowed.")
    answers = Answers()
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
