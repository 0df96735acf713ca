#!/usr/bin/env bash
# Smoke test of the built bundle (packaging/build.sh first). The binary runs with a bare
# environment: `env -i`, a fresh HOME, PATH=/usr/bin:/bin (no virtual environment), from a
# scratch folder outside the checkout, so it can only use what is inside dist/atrocity-desk.
#
#   packaging/smoke.sh [path/to/atrocity-desk]
#
# SMOKE_MAX_MB (default 180; SQLCipher with its own OpenSSL adds 21 MB, lxml for the Word memo 9 MB): the bundle size limit. SMOKE_NO_X11=1 skips the run under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP="${1:-$ROOT/dist/atrocity-desk/atrocity-desk}"
APP=$(cd "$(dirname "$APP")" && pwd)/$(basename "$APP")
BUNDLE=$(dirname "$APP")
MAX_MB="${SMOKE_MAX_MB:-180}"
start=$(date +%s)

[ -x "$APP" ] || { echo "smoke.sh: no bundle at $APP (run packaging/build.sh)" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/home-nofonts" "$work/out"
cd "$work/out"

passed=0
failed=0
ok() { echo "ok    $*"; passed=$((passed + 1)); }
bad() { echo "FAIL  $*"; failed=$((failed + 1)); }

# The bare environment. Nothing else from the caller's environment reaches the application.
bare() { env -i HOME="$work/home" PATH=/usr/bin:/bin "$@"; }

step() {  # step NAME COMMAND...: run, keep output in $work/NAME.log, count the result
  local name=$1
  shift
  if "$@" >"$work/$name.log" 2>&1; then
    ok "$name"
  else
    bad "$name (exit $?); its output:"
    sed 's/^/      /' "$work/$name.log" | tail -40
  fi
}

echo "--- bundle: $BUNDLE"

# 1. The bundle's contents.
size_mb=$(du -sm "$BUNDLE" | cut -f1)
if [ "$size_mb" -le "$MAX_MB" ]; then ok "size ${size_mb} MB <= ${MAX_MB} MB"; else bad "size ${size_mb} MB > ${MAX_MB} MB"; fi

internal="$BUNDLE/_internal"
want_version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -1)
if [ -f "$internal/atrocity_desk-$want_version.dist-info/METADATA" ]; then
  ok "package metadata atrocity-desk $want_version in the bundle"
else
  bad "no atrocity_desk-$want_version.dist-info in the bundle (importlib.metadata.version would fall back)"
fi
for data in resources/evidence/base.yaml resources/example/example_case.yaml resources/fonts/DejaVuSans.ttf \
  resources/fonts/DejaVuSans-Bold.ttf resources/fonts/LICENSE.txt resources/icons/atrocity-desk.svg db/schema.sql \
  resources/i18n/fr/words.yaml resources/i18n/fr/phrases.yaml resources/i18n/fr/evidence/base.yaml \
  resources/i18n/atrocity_desk_fr.qm resources/i18n/atrocity_desk_en.qm; do
  if [ -f "$internal/atrocity_desk/$data" ]; then ok "data atrocity_desk/$data"; else bad "data atrocity_desk/$data missing"; fi
done
n_src=$(find "$ROOT/db/migrations" -name '*.sql' 2>/dev/null | wc -l)
n_bundle=$(find "$internal/atrocity_desk/db/migrations" -name '*.sql' 2>/dev/null | wc -l)
if [ -n "$(find "$BUNDLE" -name qtbase_fr.qm)" ]; then ok "Qt's French for its standard dialogs (qtbase_fr.qm)"; else bad "qtbase_fr.qm missing"; fi
if [ "$n_src" -eq "$n_bundle" ]; then ok "data atrocity_desk/db/migrations ($n_bundle of $n_src)"; else bad "migrations: $n_bundle in the bundle, $n_src in db/migrations"; fi
unwanted=$(find "$BUNDLE" \( -name 'libQt6Quick*' -o -name 'libQt6Qml*' -o -name 'libQt6WebEngine*' \
  -o -name 'libQt63D*' -o -name 'libQt6Multimedia*' -o -name 'libqtvirtualkeyboard*' -o -name 'QtWebEngine*' \
  -o \( -name '*.qm' ! -name 'qtbase_fr.qm' ! -name 'atrocity_desk_*.qm' \) -o -name 'libstdc++.so*' \
  -o -name 'libfontconfig.so*' \) | sed "s|$BUNDLE/||")
if [ -z "$unwanted" ]; then ok "no unused Qt modules, plugins or translations; no system C++/font libraries"; else bad "unwanted files: $unwanted"; fi

# The desktop entry and icons beside the binary, and the per-user install of them.
entry="$BUNDLE/share/applications/atrocity-desk.desktop"
if [ -f "$entry" ] && [ -f "$BUNDLE/share/icons/hicolor/256x256/apps/atrocity-desk.png" ] \
  && [ -f "$BUNDLE/share/icons/hicolor/scalable/apps/atrocity-desk.svg" ]; then
  ok "desktop entry and icons in share/"
else
  bad "desktop entry or icons missing from $BUNDLE/share"
fi
if command -v desktop-file-validate >/dev/null; then
  step desktop-file-validate desktop-file-validate "$entry"
fi
step install-desktop env -i HOME="$work/home-desktop" PATH=/usr/bin:/bin "$BUNDLE/install-desktop.sh"
if grep -qx "Exec=\"$APP\"" "$work/home-desktop/.local/share/applications/atrocity-desk.desktop" 2>/dev/null; then
  ok "installed desktop entry starts this bundle"
else
  bad "installed desktop entry does not point at $APP"
fi

# Every bundled library and plugin finds its dependencies (in the bundle or on this system).
unresolved=""
while IFS= read -r -d '' lib; do
  miss=$(LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd "$lib" 2>/dev/null | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
  [ -z "$miss" ] || unresolved+="${lib#"$BUNDLE"/}: $miss"$'\n'
done < <(find "$internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
if [ -z "$unresolved" ]; then ok "every bundled library resolves its dependencies"; else bad "unresolved dependencies:"$'\n'"$unresolved"; fi

# 2. The command line, in the bare environment.
step help bare "$APP" --help
step example bare "$APP" example "$work/out/example.atrocase"
[ -s "$work/out/example.atrocase" ] && ok "example case written" || bad "no example case written"
step check bare "$APP" check "$work/out/example.atrocase"
step fit bare "$APP" fit "$work/out/example.atrocase" --json
if python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/fit.log" 2>/dev/null; then ok "fit --json is JSON"; else bad "fit --json is not JSON"; fi
step evidence bare "$APP" evidence
step memo bare "$APP" memo "$work/out/example.atrocase" -o "$work/out/memo.pdf"
if [ "$(head -c 5 "$work/out/memo.pdf" 2>/dev/null)" = "%PDF-" ]; then ok "memo.pdf is a PDF ($(du -k "$work/out/memo.pdf" | cut -f1) kB)"; else bad "memo.pdf is not a PDF"; fi
step memo-docx bare "$APP" memo "$work/out/example.atrocase" -o "$work/out/memo.docx"
if [ "$(head -c 2 "$work/out/memo.docx" 2>/dev/null)" = "PK" ]; then ok "memo.docx is a Word file ($(du -k "$work/out/memo.docx" | cut -f1) kB)"; else bad "memo.docx is not a Word file"; fi
# Once in French, under a French locale (the memo's language is chosen by --lang, not the locale).
step memo-fr bare env LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 "$APP" memo "$work/out/example.atrocase" -o "$work/out/memo-fr.pdf" --lang fr
if [ "$(head -c 5 "$work/out/memo-fr.pdf" 2>/dev/null)" = "%PDF-" ]; then ok "memo-fr.pdf is a PDF"; else bad "memo-fr.pdf is not a PDF"; fi
if command -v pdftotext >/dev/null; then
  # To a file first: with pipefail, grep -q ending the pipe early would fail pdftotext (SIGPIPE).
  if pdftotext "$work/out/memo-fr.pdf" "$work/out/memo-fr.txt" 2>/dev/null && grep -q "NOTE DE DÉCISION" "$work/out/memo-fr.txt"; then
    ok "the French memo is in French"
  else
    bad "the French memo has no French heading (are resources/i18n/fr/*.yaml in the bundle?)"
  fi
fi
step fit-fr bare "$APP" fit "$work/out/example.atrocase" --lang fr
if grep -q "VOS OPTIONS" "$work/fit-fr.log"; then ok "fit --lang fr is in French"; else bad "fit --lang fr is not in French"; fi
if command -v pdffonts >/dev/null; then
  # The memo's text is in the bundled DejaVu Sans, embedded (and no other font).
  pdffonts "$work/out/memo.pdf" >"$work/pdffonts.log" 2>&1 || true
  if awk 'NR > 2 && $1 ~ /DejaVuSans/ && $(NF - 4) == "yes" {found = 1} END {exit !found}' "$work/pdffonts.log"; then
    ok "memo embeds the bundled DejaVu Sans"
  else
    bad "memo fonts:"$'\n'"$(cat "$work/pdffonts.log")"
  fi
  others=$(awk 'NR > 2 && $1 !~ /DejaVuSans/ {print $1}' "$work/pdffonts.log" | tr '\n' ' ')
  [ -z "$others" ] && ok "memo names no font it does not embed" || bad "memo also names: $others"
fi
printf 'smoke test passphrase\n' >"$work/passphrase" && chmod 600 "$work/passphrase"
cp "$work/out/example.atrocase" "$work/out/protected.atrocase"
step protect bare "$APP" protect "$work/out/protected.atrocase" --passphrase-file "$work/passphrase"
step check-protected bare "$APP" check "$work/out/protected.atrocase" --passphrase-file "$work/passphrase"
step refuse-protected bare sh -c "! '$APP' check '$work/out/protected.atrocase'"
if grep -q "Kessara" "$work/out/protected.atrocase"; then bad "the protected case shows its title"; else ok "the protected case hides its title"; fi
step bad-file bare sh -c "! '$APP' check '$work/out/does-not-exist.atrocase'"
if grep -q Traceback "$work/bad-file.log"; then bad "an error printed a traceback"; else ok "an error is one plain message"; fi

# 3. The window: selftest offscreen, and on a real X server (the xcb plugin and its libraries).
step selftest-offscreen bare QT_QPA_PLATFORM=offscreen "$APP" selftest
# Once with a French system locale: the window starts in French (the bundled .qm files load).
step selftest-french bare env LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 QT_QPA_PLATFORM=offscreen "$APP" selftest
if grep -q "window language: fr" "$work/selftest-french.log"; then ok "a French locale starts the window in French"; else bad "the window did not start in French under fr_FR"; fi
if [ "${SMOKE_NO_X11:-0}" != 1 ]; then
  if ! command -v Xvfb >/dev/null && command -v apt-get >/dev/null; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    ($SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq xvfb >/dev/null) || true
  fi
  if command -v Xvfb >/dev/null; then
    display=":$(( 90 + RANDOM % 100 ))"
    Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
    step selftest-xcb bare DISPLAY="$display" QT_QPA_PLATFORM=xcb "$APP" selftest
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
  else
    bad "selftest-xcb: Xvfb is not installed (apt-get install xvfb, or SMOKE_NO_X11=1 to skip)"
  fi
fi

# 4. A machine without any font: the window still draws its text in the bundled DejaVu Sans
# (root only: the system's fonts are hidden in a private mount namespace). FC_DEBUG=1 makes
# fontconfig print every font it hands to Qt.
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null \
  && unshare -m sh -c 'mount -t tmpfs none /usr/share/fonts' 2>/dev/null; then
  step selftest-no-system-fonts unshare -m sh -c '
    for d in /usr/share/fonts /usr/local/share/fonts /etc/fonts; do
      if [ -d "$d" ]; then mount -t tmpfs none "$d" || exit 1; fi
    done
    exec env -i HOME="$0" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen FC_DEBUG=1 "$1" selftest
  ' "$work/home-nofonts" "$APP"
  if grep -q "file: \"$internal/atrocity_desk/resources/fonts/DejaVuSans" "$work/selftest-no-system-fonts.log"; then
    ok "without system fonts Qt draws with the bundled DejaVu Sans"
  else
    bad "without system fonts Qt was given no bundled font (packaging/fontconfig/fonts.conf did not apply)"
  fi
fi

echo "$passed passed, $failed failed"
echo "smoke test took $(( $(date +%s) - start )) s"
[ "$failed" -eq 0 ]
