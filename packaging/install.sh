#!/bin/sh
# Install reader for the current user, from the unpacked archive this script is in:
#
#   ./install.sh               copy reader/ to ~/.local/opt/reader, link ~/.local/bin/reader,
#                              add the menu entry, the AppStream metainfo and the icon
#   ./install.sh --uninstall   remove all of that again (your library and notes are kept);
#                              the installed copy has it too: ~/.local/opt/reader/install.sh
#
# No root needed, nothing outside your home is touched. XDG_DATA_HOME is honoured.
set -eu

APP_ID=io.github.reader.Reader
OPT="$HOME/.local/opt/reader"
BIN="$HOME/.local/bin"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
DESKTOP="$DATA/applications/$APP_ID.desktop"
METAINFO="$DATA/metainfo/$APP_ID.metainfo.xml"
ICON="$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"

say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

refresh_menus() {
  # Optional helpers: the menu and icon caches, when the desktop has them.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
  fi
}

uninstall() {
  if [ -L "$BIN/reader" ] && [ "$(readlink "$BIN/reader")" = "$OPT/reader" ]; then
    rm -f "$BIN/reader"
  fi
  rm -f "$DESKTOP" "$METAINFO" "$ICON"
  rm -rf "$OPT"
  refresh_menus
  say "reader is uninstalled. Your library and settings are kept (~/.local/share/reader, ~/.config/reader)."
}

# A path inside a quoted Exec= argument: escape what the desktop entry spec reserves.
desktop_quote() {
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\\\\\/g' -e 's/"/\\\\"/g' -e 's/`/\\\\`/g' -e 's/\$/\\\\$/g')"
}

install() {
  here=$(cd "$(dirname "$0")" && pwd)
  src="$here/reader"
  [ "$here" != "$OPT" ] || fail "this is the installed copy: run install.sh from the unpacked archive"
  [ -x "$src/reader" ] || fail "no reader/reader next to this script: run it from the unpacked archive"
  if [ -e "$BIN/reader" ] && [ ! -L "$BIN/reader" ]; then
    fail "$BIN/reader exists and is not a link: move it away, then run install.sh again"
  fi
  mkdir -p "$HOME/.local/opt" "$BIN" "$(dirname "$DESKTOP")" "$(dirname "$METAINFO")" "$(dirname "$ICON")"
  # Copy next to the old version, then swap: a failed copy leaves the old one working.
  rm -rf "$OPT.new"
  cp -R "$src" "$OPT.new"
  cp "$here/install.sh" "$OPT.new/install.sh"
  rm -rf "$OPT"
  mv "$OPT.new" "$OPT"
  ln -sfn "$OPT/reader" "$BIN/reader"
  # The menu entry runs this copy by its full path: ~/.local/bin may not be on the
  # desktop session's PATH.
  exec_path=$(desktop_quote "$OPT/reader")
  while IFS= read -r line; do
    case "$line" in
      "Exec=reader "*) printf 'Exec=%s %s\n' "$exec_path" "${line#Exec=reader }" ;;
      *) printf '%s\n' "$line" ;;
    esac
  done < "$OPT/share/applications/$APP_ID.desktop" > "$DESKTOP"
  cp "$OPT/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO"
  cp "$OPT/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$ICON"
  refresh_menus
  say "reader is installed in $OPT and in your applications menu."
  case ":$PATH:" in
    *":$BIN:"*) say "Run it with: reader" ;;
    *) say "Run it with: $BIN/reader   ($BIN is not on your PATH yet; most desktops add it at the next login)" ;;
  esac
}

case "${1:-}" in
  "") install ;;
  --uninstall) uninstall ;;
  -h|--help) sed -n '2,8s/^# \{0,1\}//p' "$0" ;;
  *) fail "unknown option $1 (use --uninstall, or no option to install)" ;;
esac
