"""Maintain the translations of the content (resources/i18n/<lang>/).

    python scripts/content_i18n.py todo LANG      # entries missing, stale or unstamped, with their English
    python scripts/content_i18n.py stamp LANG ID  # record that entry ID now translates the current English

`todo` prints the English of each entry to translate or review as YAML, ready to paste into the
language's file and translate. `stamp` writes the entry's `en_hash` after a translator has checked
the entry against the current English (the stale-translation test fails until then). `stamp LANG
--unstamped` stamps every entry that has no `en_hash` yet (a new translation being written).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from atrocity_desk.core.content_i18n import KINDS, english_hash, english_texts

ROOT = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def _files(lang: str) -> list[Path]:
    folder = ROOT / lang
    return sorted(folder.glob("*.yaml")) + sorted(folder.glob("*/*.yaml"))


def _kind_of(path: Path, lang: str) -> str:
    rel = path.relative_to(ROOT / lang)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _translated(lang: str) -> dict[str, dict[str, dict]]:
    found: dict[str, dict[str, dict]] = {kind: {} for kind in KINDS}
    for path in _files(lang):
        if _kind_of(path, lang) not in KINDS:  # the interface's words (words.yaml, phrases.yaml)
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found[_kind_of(path, lang)].update(data.get("entries") or {})
    return found


def todo(lang: str) -> None:
    english, translated = english_texts(), _translated(lang)
    for kind in KINDS:
        for entry_id, fields in english[kind].items():
            entry = translated[kind].get(entry_id)
            if entry is not None and entry.get("en_hash") == english_hash(fields):
                continue
            state = "missing" if entry is None else "stale or unstamped"
            print(f"# {kind}: {state}")
            print(yaml.safe_dump({entry_id: fields}, allow_unicode=True, width=96, sort_keys=False))


def stamp(lang: str, wanted: set[str] | None) -> None:
    """Write ``en_hash`` as the first line of each chosen entry (entries are written in block style,
    the id alone on its line, two spaces in); ``wanted`` None chooses the entries without one."""
    english = english_texts()
    for path in _files(lang):
        kind, out = _kind_of(path, lang), []
        entry_id = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if entry_id is not None and line.startswith("    en_hash:"):
                continue  # replaced by the fresh hash written below the entry id
            if entry_id is not None and not line.startswith("    en_hash:"):
                entry_id = None
            out.append(line)
            # An id is bare ("finding.x") or quoted (a section's English name may hold ": ").
            match = re.match(r'^  ("(?:[^"\\]|\\.)*"|[^\s#"][^:]*):\s*$', line)
            found = match and match.group(1)
            found = yaml.safe_load(found) if found and found.startswith('"') else found
            if match and _chosen(found, wanted, path, lang):
                entry_id = found
                out.append(f'    en_hash: "{english_hash(english[kind][entry_id])}"')
        path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _chosen(entry_id: str, wanted: set[str] | None, path: Path, lang: str) -> bool:
    if wanted is not None:
        return entry_id in wanted
    entries = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("entries") or {}
    return "en_hash" not in (entries.get(entry_id) or {})


if __name__ == "__main__":
    command, lang, *ids = sys.argv[1:]
    if command == "todo":
        todo(lang)
    elif command == "stamp":
        stamp(lang, None if ids == ["--unstamped"] else set(ids))
    else:
        sys.exit(__doc__)
