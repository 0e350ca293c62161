#!/usr/bin/env bash
# Set up reader in ./.venv on a Debian/Ubuntu machine, then run it or its tests.
#
#   bash packaging/dev.sh run [FILE]    set up, then open FILE (default: the sample article)
#   bash packaging/dev.sh test [ARGS]   set up, then run the whole test suite (pytest ARGS)
#
# Qt needs a few system libraries. When they are missing, this script installs
# them with apt-get if it runs as root, or asks sudo; otherwise it says which
# packages to install and stops.
set -euo pipefail

mode=${1:-}
case "$mode" in
  run|test) shift ;;
  *) echo "usage: bash packaging/dev.sh run [FILE] | test [PYTEST-ARGS]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."

# Offscreen Qt (tests, screenshots) and a real window (run).
QT_OFFSCREEN_PKGS="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
QT_WINDOW_PKGS="libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0"
wanted="$QT_OFFSCREEN_PKGS"
[ "$mode" = run ] && wanted="$wanted $QT_WINDOW_PKGS"
# The PDF tests encrypt a file with qpdf (and skip without it).
[ "$mode" = test ] && wanted="$wanted qpdf"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null; then
  echo "reader needs Python 3.11 or newer: sudo apt-get install python3 python3-venv" >&2
  exit 1
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "reader needs Python 3.11 or newer; $python is $("$python" -V 2>&1)." >&2
  exit 1
fi
if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
  wanted="$wanted python3-venv"
fi

if command -v dpkg-query >/dev/null; then
  missing=""
  for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      say "Installing system libraries Qt needs:$missing"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends $missing >/dev/null
    elif command -v sudo >/dev/null && [ -t 0 ]; then
      say "Qt needs these system libraries, installing them with sudo:$missing"
      sudo apt-get update -qq
      sudo apt-get install -y --no-install-recommends $missing
    else
      echo "Qt needs these system libraries, which are missing:" >&2
      echo "  sudo apt-get install$missing" >&2
      exit 1
    fi
  fi
else
  say "Not a Debian/Ubuntu system: install Qt's system libraries yourself if Qt fails to start."
fi

if [ ! -x .venv/bin/python ]; then
  say "Creating the virtual environment in .venv"
  "$python" -m venv .venv
fi
stamp=.venv/.reader-installed
extra=""
[ "$mode" = test ] && extra="[test]"
if [ ! -f "$stamp$extra" ] || [ pyproject.toml -nt "$stamp$extra" ]; then
  say "Installing reader and its dependencies (spaCy's French pipeline included; a few minutes the first time)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extra"
  touch "$stamp$extra"
fi

if [ "$mode" = run ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): run this from a desktop session," >&2
    echo "or make a screenshot instead: .venv/bin/reader screenshot -o shot.png" >&2
    exit 1
  fi
  say "Starting reader"
  exec .venv/bin/reader "$@"
fi
say "Running the test suite (ruff, mypy and import contracts included)"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
