#!/usr/bin/env sh
# Put Atrocity Desk in the desktop's application menu for the current user: the desktop entry
# (pointing at this folder's binary) and the icon. Run it from the unpacked bundle:
#   ./install-desktop.sh            # install
#   ./install-desktop.sh --remove   # take it out again
# The bundle itself is not moved; move the folder first if you want it elsewhere, then run this.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/atrocity-desk.desktop"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$data"/icons/hicolor/*/apps/atrocity-desk.png "$data/icons/hicolor/scalable/apps/atrocity-desk.svg"
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
  echo "Removed the desktop entry and icons."
  exit 0
fi
mkdir -p "$data/applications"
for dir in "$here"/share/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$dir"/atrocity-desk.* "$data/icons/hicolor/$size/apps/"
done
sed -e "s|^Exec=atrocity-desk|Exec=\"$here/atrocity-desk\"|" -e "s|^TryExec=.*|TryExec=$here/atrocity-desk|" \
  "$here/share/applications/atrocity-desk.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Installed $entry"
