#!/usr/bin/env bash
# Set up a fresh Debian/Ubuntu machine: the system libraries Qt needs, a virtual environment in
# .venv, and the project installed into it. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Qt's wheels bring Qt itself but rely on these system libraries. Qt ships no fonts: without
# fonts-dejavu-core every glyph is a box. poppler-utils turns memos into pictures for review.
PACKAGES=(
  python3-venv fonts-dejavu-core poppler-utils
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-cursor0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Python 3.12 or later (scripts/find-python.sh says why and how to get one). An existing .venv made
# with an older Python is replaced: it would crash after about a hundred edits.
if [ -x .venv/bin/python ] && ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
  echo "setup: .venv has Python $(.venv/bin/python -c 'import platform; print(platform.python_version())'); making a new one with 3.12+"
  rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
  PYTHON=$(bash scripts/find-python.sh)
  echo "setup: making .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# The package data is declared in pyproject.toml, so setuptools has nothing to warn about; its one
# remaining notice ("Editable installation ... be careful with folders named like your package")
# comes with every editable install whose data folders (resources/, db/) live outside src/, and
# says nothing about this checkout: it is filtered by its message, nothing else is.
PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install -q -c constraints.txt -e ".[test]"
