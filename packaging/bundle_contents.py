"""What goes into the desktop bundle and what stays out; used by packaging/reader.spec.

Kept here, not in the spec, so that the rules are plain functions the test suite can
check without running PyInstaller.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

# Qt platform plugins: X11, Wayland, and offscreen (screenshots, tests). Not the
# framebuffer, EGLFS, VNC or Vulkan display back ends of embedded boards.
QT_PLATFORMS = frozenset(
    {"libqxcb.so", "libqwayland.so", "libqwayland-egl.so", "libqwayland-generic.so"}
    | {"libqoffscreen.so"}
)
# Whole plugin types the app does not use: EGLFS device integrations and evdev/tuio
# input (both only for EGLFS/linuxfb), network reachability and TLS back ends (the
# app never touches the network), SQL drivers and print support (not imported).
QT_DROPPED_PLUGIN_TYPES = frozenset(
    {"egldeviceintegrations", "generic", "networkinformation", "tls", "sqldrivers"}
    | {"printsupport", "qmltooling", "designer"}
)
# GTK 3's theme plugin would bring GTK, cairo, pango and gdk-pixbuf along (they are
# not in the Qt wheels): the XDG portal theme stays.
QT_DROPPED_PLUGINS = frozenset({"libqgtk3.so"})
# What web pages and EPUB books embed; not TGA, TIFF, WBMP or macOS icons.
QT_IMAGE_FORMATS = frozenset(
    {"libqgif.so", "libqico.so", "libqjpeg.so", "libqsvg.so", "libqwebp.so"}
)

# Qt's own translations (standard dialogs, context menus) kept for the languages the
# app speaks: French always (the users), plus any language of the app's own .qm files.
UI_LANGUAGES = frozenset({"fr"})
_QT_TRANSLATION = re.compile(r"(qt|qtbase)_([a-z]{2,3}(?:_[A-Z]{2})?)\.qm")
_APP_TRANSLATION = re.compile(r"[A-Za-z0-9]+[_-]([a-z]{2,3}(?:_[A-Z]{2})?)\.qm")

# Python modules that are collected only because something mentions them: test
# suites, type checkers, interactive helpers (GNU readline is GPL: not ours to ship).
# (QtNetwork is kept: a second ``reader FILE`` hands FILE to the open window through
# its QLocalServer.)
EXCLUDED_MODULES = (
    "tkinter",
    "readline",
    "curses",
    "IPython",
    "pytest",
    "_pytest",
    "pluggy",
    "hypothesis",
    "mypy",
    "spacy.tests",
    "thinc.tests",
    "thinc.mypy",
    "pydantic.mypy",
    "PySide6.QtOpenGL",
)

# Libraries taken from the user's system, not bundled: those of the desktop itself,
# which must match its configuration files, drivers and daemons (C++ runtime, GLib,
# D-Bus, fontconfig/FreeType, X11 client libraries) and are on every Linux desktop.
# The xcb helper libraries Qt needs (often missing), OpenSSL, SQLite, libffi and the
# rest stay in the bundle.
HOST_LIBRARIES = re.compile(
    r"lib("
    r"stdc\+\+|gcc_s"
    r"|glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|gthread-2\.0|pcre2-8|mount|blkid|selinux"
    r"|dbus-1|systemd|gcrypt|gpg-error|lz4|zstd|cap"
    r"|fontconfig|freetype|expat|png16|brotli(common|dec)|harfbuzz|graphite2|z"
    r"|X11|X11-xcb|Xau|Xdmcp|bsd|md|Xext|Xrender"
    r")\.so(\.[0-9.]+)?"
)

# Languages spaCy has language data for that the app never uses; read from the
# language detector's profiles, because the app looks up spaCy's stop words for any
# detected language (reader.nlp.lexicon), and spaCy's own "xx" (multi-language).
MULTI_LANGUAGE = "xx"


def keep_qt_plugin(plugin_type: str, filename: str) -> bool:
    """Is the Qt plugin ``filename`` of ``plugin_type`` ("platforms", ...) bundled?"""
    if plugin_type in QT_DROPPED_PLUGIN_TYPES or filename in QT_DROPPED_PLUGINS:
        return False
    if plugin_type == "platforms":
        return filename in QT_PLATFORMS
    if plugin_type == "imageformats":
        return filename in QT_IMAGE_FORMATS
    return True


def app_languages(app_files: Iterable[str]) -> frozenset[str]:
    """The UI languages: French plus those of the app's own translation files."""
    found = {
        match.group(1)
        for name in app_files
        if (match := _APP_TRANSLATION.fullmatch(PurePosixPath(name).name))
    }
    return UI_LANGUAGES | found


def keep_data_file(dest: str, languages: frozenset[str], spacy_dropped: frozenset[str]) -> bool:
    """Is the data file bundled at ``dest`` (a path inside the bundle) kept?"""
    parts = PurePosixPath(dest).parts
    if any(part in ("tests", "__pycache__") for part in parts):
        return False
    if parts[:3] == ("PySide6", "Qt", "translations"):
        match = _QT_TRANSLATION.fullmatch(parts[-1])
        return match is not None and match.group(2).split("_")[0] in languages
    if parts[:2] == ("spacy", "lang") and len(parts) > 3:
        return parts[2] not in spacy_dropped
    if parts[:2] == ("babel", "locale-data"):
        # courlan asks babel about URL language segments only: root, French, English.
        return parts[-1].split("_")[0].split(".")[0] in ({"root"} | languages | {"en"})
    return True


def keep_binary(dest: str) -> bool:
    """Is the shared library bundled at ``dest`` kept (not taken from the host)?"""
    return HOST_LIBRARIES.fullmatch(PurePosixPath(dest).name) is None


def spacy_languages_dropped(
    spacy_languages: Iterable[str], detectable: Iterable[str]
) -> frozenset[str]:
    """spaCy language packages no code path can reach: not detectable, not "xx"."""
    keep = set(detectable) | {MULTI_LANGUAGE}
    return frozenset(code for code in spacy_languages if code not in keep)


def detectable_languages(profiles: Path) -> frozenset[str]:
    """The language codes the app can detect, as spaCy names them ("no" -> "nb")."""
    from reader.nlp.language import normalise_language  # noqa: PLC0415

    return frozenset(normalise_language(p.name) for p in profiles.iterdir() if p.is_file())


def spacy_language_packages(lang_dir: Path) -> frozenset[str]:
    return frozenset(p.name for p in lang_dir.iterdir() if (p / "__init__.py").is_file())


# Licence texts a package lacks, from the build machine's copies (Debian's
# base-files): the Qt wheels ship none, and the LGPL-3.0 adds to the GPL-3.0.
COMMON_LICENCES = Path("/usr/share/common-licenses")
MISSING_LICENCE_TEXTS = {
    "PySide6_Essentials": ("LGPL-3", "GPL-3"),
    "shiboken6": ("LGPL-3", "GPL-3"),
}
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def is_licence_file(name: str) -> bool:
    return _LICENCE_FILE.search(PurePosixPath(name).name) is not None


def strip_debug_info(folder: Path) -> int:
    """Remove debug sections from the bundle's ELF files that carry them; returns bytes saved.

    Not PyInstaller's ``strip=True``: that strips everything, and stripping the
    libraries that auditwheel vendored and patched (``numpy.libs/``...) breaks them
    ("ELF load command address/offset not page-aligned").
    """
    saved = 0
    for path in sorted(folder.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or path.parent.name.endswith(".libs"):
            continue
        sections = subprocess.run(
            ["readelf", "-S", "--wide", str(path)], capture_output=True, text=True, check=False
        ).stdout
        if ".debug_info" not in sections:
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved
