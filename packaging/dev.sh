#!/usr/bin/env bash
# Set up reader in ./.venv on a Debian/Ubuntu machine, then run it or its tests.
#
#   bash packaging/dev.sh run [FILE]    set up, then open FILE (default: the sample article)
#   bash packaging/dev.sh test [ARGS]   set up, then run the whole test suite (pytest ARGS)
#   bash packaging/dev.sh bundle        set up, then build the desktop bundle with PyInstaller:
#                                       dist/reader/ and dist/reader-VERSION-linux-ARCH.tar.gz
#   bash packaging/dev.sh bundle-test   build the bundle, then smoke-test it from the archive
#                                       in a clean environment (packaging/bundle_test.py)
#
# Qt needs a few system libraries. When they are missing, this script installs
# them with apt-get if it runs as root, or asks sudo; otherwise it says which
# packages to install and stops.
set -euo pipefail

mode=${1:-}
case "$mode" in
  run|test|bundle|bundle-test) shift ;;
  *) echo "usage: bash packaging/dev.sh run [FILE] | test [PYTEST-ARGS] | bundle | bundle-test" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."

# Offscreen Qt (tests, screenshots) and a real window (run).
QT_OFFSCREEN_PKGS="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
QT_WINDOW_PKGS="libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0"
# The bundle carries the xcb libraries Qt needs (desktops often lack some), so they
# must be on the building machine; PyInstaller and the stripping need binutils.
BUNDLE_PKGS="binutils"
# What the smoke test validates the installed menu entry and metainfo with, the X
# server it opens a real window on, and the Wayland client libraries every Wayland
# desktop has (not bundled: they must match the compositor), so that the check that
# every bundled library finds its dependencies can be strict.
BUNDLE_TEST_PKGS="desktop-file-utils appstream xvfb libwayland-client0 libwayland-cursor0 libwayland-egl1"
wanted="$QT_OFFSCREEN_PKGS"
case "$mode" in
  run) wanted="$wanted $QT_WINDOW_PKGS" ;;
  bundle) wanted="$wanted $QT_WINDOW_PKGS $BUNDLE_PKGS" ;;
  bundle-test) wanted="$wanted $QT_WINDOW_PKGS $BUNDLE_PKGS $BUNDLE_TEST_PKGS" ;;
  # the PDF tests encrypt a file with qpdf (and skip without it); the team-library tests
  # start a PostgreSQL server of their own (initdb, pg_ctl; unaccent is in the package)
  test) wanted="$wanted qpdf postgresql" ;;
esac

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
case "$mode" in
  test) extra="[test]" ;;
  bundle|bundle-test) extra="[bundle]" ;;
esac
if [ ! -f "$stamp$extra" ] || [ pyproject.toml -nt "$stamp$extra" ]; then
  say "Installing reader and its dependencies (spaCy's French pipeline included; a few minutes the first time)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extra"
  touch "$stamp$extra"
fi

# The interface's translations: the .qm files Qt loads, made from the .ts sources.
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done

if [ "$mode" = run ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): run this from a desktop session," >&2
    echo "or make a screenshot instead: .venv/bin/reader screenshot -o shot.png" >&2
    exit 1
  fi
  say "Starting reader"
  exec .venv/bin/reader "$@"
fi
if [ "$mode" = test ]; then
  say "Running the test suite (ruff, mypy and import contracts included)"
  export QT_QPA_PLATFORM=offscreen
  exec .venv/bin/python -m pytest "$@"
fi

version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
name="reader-$version-linux-$(uname -m)"
say "Building the bundle dist/reader/ with PyInstaller (about 2 minutes on 2 cores)"
started=$(date +%s)
rm -rf dist/reader "dist/$name.tar.gz"
# (Without the warnings about the modules left out on purpose: spaCy's and thinc's
# tests, the spaCy languages the app cannot reach.)
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/reader.spec 2>&1 | { grep -v -E 'Hidden import "(spacy\.tests|thinc\.tests|spacy\.lang\.[a-z]+)\.' || true; }
# The menu entry, the metainfo and the icon travel inside the folder, for install.sh.
install -D -m 644 packaging/io.github.reader.Reader.desktop dist/reader/share/applications/io.github.reader.Reader.desktop
install -D -m 644 packaging/io.github.reader.Reader.metainfo.xml dist/reader/share/metainfo/io.github.reader.Reader.metainfo.xml
install -D -m 644 resources/reader.svg dist/reader/share/icons/hicolor/scalable/apps/io.github.reader.Reader.svg
say "Packing dist/$name.tar.gz"
tar -C dist --sort=name --owner=0 --group=0 --numeric-owner --transform "flags=r;s,^,$name/," -czf "dist/$name.tar.gz" \
  reader -C ../packaging install.sh
say "Built in $(( $(date +%s) - started )) s: dist/reader/ ($(du -sh dist/reader | cut -f1)), dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"

if [ "$mode" = bundle-test ]; then
  say "Smoke-testing the bundle from the archive, in a clean environment"
  exec .venv/bin/python packaging/bundle_test.py "dist/$name.tar.gz"
fi
