#!/usr/bin/env bash
# Set everything up and start Atrocity Desk on the bundled example case.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
case_file="${XDG_DOCUMENTS_DIR:-$HOME}/kessara-example.atrocase"
[ -e "$case_file" ] || .venv/bin/atrocity-desk example "$case_file"
exec .venv/bin/atrocity-desk open "$case_file"
