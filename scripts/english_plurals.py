"""Fill the English plural forms of resources/i18n/atrocity_desk_en.ts (scripts/update-translations.sh).

The window's source strings are English, but one English string cannot be right for one and for
many: Qt's way is an English catalogue holding only the messages with a count (``%n``), each with
its singular and plural. This script writes the forms for the messages it knows and leaves any
new one unfinished, so tests/ui/test_language.py names it until it is added here.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "atrocity_desk_en.ts"

MESSAGE = re.compile(
    r'<message numerus="yes">\s*<source>(?P<source>.*?)</source>\n(?P<indent> *)'
    r'(?P<translation><translation.*?</translation>)', re.S)

FORMS = {
    "{answered} of %n answered": ("{answered} of %n answered", "{answered} of %n answered"),
    "%n found": ("%n found", "%n found"),
    "%n finding(s) of the evidence base depend on this factor. Each holds only under the conditions shown; "
    "the studies are mostly correlational.": (
        "%n finding of the evidence base depends on this factor. It holds only under the conditions shown; "
        "the studies are mostly correlational.",
        "%n findings of the evidence base depend on this factor. Each holds only under the conditions shown; "
        "the studies are mostly correlational.",
    ),
    "A passphrase needs at least %n characters.": ("A passphrase needs at least %n character.",
                                                   "A passphrase needs at least %n characters."),
    "%n judgment(s) changed": ("%n judgment changed", "%n judgments changed"),
    "%n decision(s) changed": ("%n decision changed", "%n decisions changed"),
    "%n other change(s)": ("%n other change", "%n other changes"),
    "{shown} of %n tools shown": ("{shown} of %n tool shown", "{shown} of %n tools shown"),
    "%n tools": ("%n tool", "%n tools"),
    "Tries left: %n.": ("Tries left: %n.", "Tries left: %n."),
}


def main() -> int:
    # Text edits, not an XML rewrite, so the file keeps lupdate's own layout and diffs stay small.
    text = TS.read_text(encoding="utf-8")
    for match in reversed(list(MESSAGE.finditer(text))):
        forms = FORMS.get(html.unescape(match["source"]))
        if forms is None:
            continue
        indent = match["indent"]
        translation = ("<translation>\n"
                       + "".join(f"{indent}    <numerusform>{html.escape(form, quote=False)}</numerusform>\n"
                                 for form in forms)
                       + f"{indent}</translation>")
        text = text[:match.start("translation")] + translation + text[match.end("translation"):]
    TS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
