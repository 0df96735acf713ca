#!/usr/bin/env bash
# Refresh the window's translation sources after a change to the UI: every tr()/translate()/
# QT_TRANSLATE_NOOP message of src/atrocity_desk/ui goes into resources/i18n/atrocity_desk_<lang>.ts.
# New messages come in marked "unfinished" (tests/ui/test_translations.py then fails until they are
# translated, e.g. with .venv/bin/pyside6-linguist); messages no longer in the code are dropped.
# The .qm files the application loads are built from these by the build (setup.py), not committed;
# this script rebuilds them for the editable install too.
set -euo pipefail
cd "$(dirname "$0")/.."
# (pyside6-lupdate does not scan folders for Python files: they are listed.)
mapfile -t sources < <(find src/atrocity_desk/ui -name '*.py' | sort)
for ts in resources/i18n/atrocity_desk_*.ts; do
  # No source locations: line numbers would change the file on every UI edit and make merges hard.
  # English, the source language, needs only the messages with a count: their singular and plural
  # (scripts/english_plurals.py writes them).
  only=()
  [[ "$ts" == *_en.ts ]] && only=(-pluralonly)
  .venv/bin/pyside6-lupdate "${sources[@]}" -no-obsolete -locations none "${only[@]}" -ts "$ts"
  [[ "$ts" == *_en.ts ]] && .venv/bin/python scripts/english_plurals.py
  # The compiled catalogue the editable install reads, as setup.py builds it.
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
