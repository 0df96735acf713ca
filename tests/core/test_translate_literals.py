"""Every English phrase the code passes to ``translate`` has its French (resources/i18n/fr/phrases.yaml).

The code is read as Python (ast), not as text: a call ``translate("…")``, ``_("…")`` (the alias the
core's modules use) or ``translatable("…")`` (a phrase translated later from a variable) with a
literal string counts. A literal without French fails with its file and line.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

from atrocity_desk.core.language import language
from tests.conftest import REPO

SOURCE = REPO / "src" / "atrocity_desk"
CALLS = {"translate", "_", "translatable"}


def translate_literals(root: Path = SOURCE) -> dict[str, list[str]]:
    """English literal -> where it is passed (``path:line``), over the Qt-free code (the window's own
    strings go through Qt's ``tr``)."""
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        if "ui" in path.relative_to(root).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in CALLS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, []).append(f"{path.relative_to(REPO)}:{node.lineno}")
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_scan_finds_the_memo_and_fit_phrases():
    literals = translate_literals()
    assert "Options side by side" in literals and "What would change it: {phrases}." in literals
    assert len(literals) > 150


def test_every_translate_literal_has_french():
    french = language("fr").phrases
    missing = [f"{where[0]}: {text!r}" for text, where in translate_literals().items() if text not in french]
    assert missing == []


def test_each_french_phrase_keeps_the_fields_the_code_fills_in():
    wrong = [
        f"{english!r}: {sorted(_fields(english))} vs {sorted(_fields(french))}"
        for english, french in language("fr").phrases.items()
        if _fields(english) != _fields(french)
    ]
    assert wrong == []


def test_the_catalogue_holds_no_phrase_the_code_no_longer_uses():
    used = translate_literals()
    unused = [text for text in language("fr").phrases if text not in used]
    assert unused == []
