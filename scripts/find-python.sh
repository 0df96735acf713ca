#!/usr/bin/env bash
# Print the path of a Python 3.12 or later, or explain on stderr how to get one and exit 1.
#
# Why 3.12: PySide6 6.12.0 drops a reference to None (and to True) each time Qt calls back into
# Python; on 3.11 None's count reaches zero after about a hundred edits and the interpreter aborts
# ("Fatal Python error: none_dealloc"). From 3.12 None, True and False are immortal.
#
# Order: $PYTHON if set (it must be 3.12+), then python3 if new enough, then python3.13 / python3.12
# on PATH, then the newest pyenv 3.12+ (~/.pyenv/versions or $PYENV_ROOT).
set -euo pipefail

new_enough() {
  "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

if [ -n "${PYTHON:-}" ]; then
  if new_enough "$PYTHON"; then
    command -v "$PYTHON"
    exit 0
  fi
  echo "find-python: PYTHON=$PYTHON is not Python 3.12 or later." >&2
  exit 1
fi

candidates=(python3 python3.14 python3.13 python3.12)
pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
if [ -d "$pyenv_root/versions" ]; then
  # Newest first; only plain CPython releases (3.12.1, 3.13.0), not 3.13.0t or other builds.
  while IFS= read -r version; do
    candidates+=("$pyenv_root/versions/$version/bin/python3")
  done < <(ls "$pyenv_root/versions" | grep -E '^3\.[0-9]+\.[0-9]+$' | sort -t. -k1,1nr -k2,2nr -k3,3nr)
fi

for candidate in "${candidates[@]}"; do
  if command -v "$candidate" >/dev/null 2>&1 && new_enough "$candidate"; then
    command -v "$candidate"
    exit 0
  fi
done

cat >&2 <<'MESSAGE'
No Python 3.12 or later found (looked at python3, python3.14, python3.13, python3.12 on PATH and
at pyenv's versions). Atrocity Desk needs 3.12 or later: on 3.11 its Qt binding crashes after about
a hundred edits. Get one, then run this again:
  Debian 13 / Ubuntu 24.04 and later:  sudo apt-get install python3 python3-venv
  Debian 12 / older Ubuntu:            pyenv install 3.12   (https://github.com/pyenv/pyenv)
  or name one yourself:                PYTHON=/path/to/python3.12 bash scripts/setup.sh
MESSAGE
exit 1
