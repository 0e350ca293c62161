"""The packaging files are well formed and point at things that exist."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "io.github.reader.Reader.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "reader"
    assert "text/plain" in section["MimeType"]


def test_metainfo_names_the_desktop_file() -> None:
    root = ET.parse(PACKAGING / "io.github.reader.Reader.metainfo.xml").getroot()
    assert root.findtext("id") == "io.github.reader.Reader"
    assert root.findtext("launchable") == "io.github.reader.Reader.desktop"


def test_icon_is_svg() -> None:
    root = ET.parse(ROOT / "resources" / "reader.svg").getroot()
    assert root.tag.endswith("svg")


def test_console_script_and_qt_pin() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["scripts"]["reader"] == "reader.launcher:main"
    pins = [d for d in project["dependencies"] if d.startswith("PySide6-Essentials")]
    assert any("<6.12" in d and "python_version < '3.12'" in d for d in pins)
