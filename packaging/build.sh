#!/usr/bin/env bash
# Build the standalone one-folder application: dist/atrocity-desk/atrocity-desk (Linux).
#
# Every run starts from a NEW virtual environment under build/ holding only the project, installed
# non-editable from this checkout (`pip install .`, so exactly what the wheel ships), its runtime
# dependencies, and PyInstaller. Nothing from a development environment can leak into the bundle.
#
#   PYTHON=python3.12 packaging/build.sh     # which interpreter makes the venv (default: the one
#                                            # scripts/find-python.sh finds, 3.12 or later)
#
# Needs: Python >= 3.12 with venv (the bundle carries this interpreter; on 3.11 PySide6 6.12
# crashes), the registry (PyPI) reachable, binutils (objdump, for the
# glibc report). Takes a few minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
start=$(date +%s)

PYTHON=$(bash "$ROOT/scripts/find-python.sh")
# Pinned so that a build is repeatable; raise them deliberately.
PYINSTALLER_REQS=("pyinstaller==6.22.3" "pyinstaller-hooks-contrib==2026.9")

# System libraries the bundle takes in (Qt's xcb platform plugin needs the libxcb-* helpers; a
# missing one is left out of the bundle with a warning and the window cannot open on a machine
# that lacks it too), and binutils for strip and the glibc report. Same style as scripts/setup.sh.
SYSTEM_PACKAGES=(
  binutils python3-venv
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-cursor0 libxcb-randr0
  libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libx11-xcb1
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  libdbus-1-3 libglib2.0-0 libfontconfig1 libfreetype6 libgl1 libegl1
)
if command -v dpkg >/dev/null && command -v apt-get >/dev/null; then
  missing=()
  for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "--- installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
else
  echo "build.sh: not a Debian/Ubuntu system; install the equivalents of: ${SYSTEM_PACKAGES[*]}" >&2
fi

VENV="$ROOT/build/packaging/venv"
WORK="$ROOT/build/packaging/work"
DIST="$ROOT/dist"

echo "--- clean virtual environment ($VENV)"
rm -rf "$ROOT/build/packaging" "$DIST/atrocity-desk"
# setuptools reuses build/lib between runs: a stale copy of a deleted module would be shipped.
rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*
"$PYTHON" -m venv "$VENV"
PY="$VENV/bin/python"
"$PY" -c 'import sys; assert sys.version_info >= (3, 12), sys.version' \
  || { echo "build.sh: Python >= 3.12 needed (set PYTHON=...)" >&2; exit 1; }
"$PY" -m pip install -q --upgrade pip
"$PY" -m pip install -q -c "$ROOT/constraints.txt" "$ROOT"
"$PY" -m pip install -q "${PYINSTALLER_REQS[@]}"
"$PY" -m pip check

# Size: the application needs PySide6-Essentials (+ PySide6-Pdf) only. The pyside6 meta-package
# would bring PySide6-Addons (WebEngine, 3D, Multimedia, ...) into the environment.
for unwanted in PySide6 PySide6-Addons; do
  if "$PY" -m pip show -q "$unwanted" >/dev/null 2>&1; then
    echo "build.sh: $unwanted is installed in the build environment; the bundle would grow." >&2
    exit 1
  fi
done
version=$("$PY" -c 'from importlib.metadata import version; print(version("atrocity-desk"))')
echo "atrocity-desk $version; $("$PY" -m pip list --format=freeze | grep -iE '^(pyside6|shiboken6|pyinstaller)' | tr '\n' ' ')"

echo "--- PyInstaller"
# `python -m` puts the working folder on sys.path: run from build/, where nothing of the checkout
# is importable (the spec also checks that it imports the installed wheel, not src/).
(cd "$ROOT/build" && "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/atrocity-desk.spec")

APP="$DIST/atrocity-desk"
test -x "$APP/atrocity-desk"
# The desktop entry and the icon beside the binary, ready for packaging/install-desktop.sh or a
# distribution package.
mkdir -p "$APP/share/applications" "$APP/share/icons/hicolor/scalable/apps"
cp "$ROOT/packaging/atrocity-desk.desktop" "$APP/share/applications/"
cp "$ROOT/resources/icons/atrocity-desk.svg" "$APP/share/icons/hicolor/scalable/apps/"
for size in 256 128 64 32 16; do
  mkdir -p "$APP/share/icons/hicolor/${size}x${size}/apps"
  cp "$ROOT/resources/icons/atrocity-desk-$size.png" "$APP/share/icons/hicolor/${size}x${size}/apps/atrocity-desk.png"
done
cp "$ROOT/packaging/install-desktop.sh" "$APP/"
echo "$version" > "$APP/VERSION"

echo "--- report"
set +o pipefail  # the report reads only part of some outputs; it never fails the build
echo "bundle: $(du -sh "$APP" | cut -f1) in $(find "$APP" -type f | wc -l) files ($APP)"
echo "biggest files:"
find "$APP" -type f -printf '%s\t%P\n' | sort -rn \
  | awk -F'\t' 'NR <= 12 { printf "  %6.1f MB  %s\n", $1 / 1048576, $2 }'
if command -v objdump >/dev/null; then
  glibc=$(find "$APP" -type f \( -name '*.so*' -o -name atrocity-desk \) -print0 \
    | xargs -0 objdump -T 2>/dev/null | grep -oE 'GLIBC_[0-9]+(\.[0-9]+)+' | sort -uV | tail -1)
  echo "oldest glibc it runs on: ${glibc#GLIBC_} (highest GLIBC_ symbol version needed)"
fi
echo "build took $(( $(date +%s) - start )) s"
