"""Which PostgreSQL binaries the tests and benchmarks take: Debian's newest version by
number, not by text ("16" after "9.6")."""

from __future__ import annotations

from pathlib import Path

from tests.postgres_server import debian_bin_folders, version_key


def test_versions_sort_as_numbers() -> None:
    assert version_key("9.6") < version_key("10") < version_key("15") < version_key("16")
    assert version_key("16beta2") == (16, 2)
    assert sorted(["16", "9.6", "10", "15"], key=version_key) == ["9.6", "10", "15", "16"]


def test_newest_debian_version_comes_first(tmp_path: Path) -> None:
    for version in ("9.6", "10", "16", "15", "8.4"):
        (tmp_path / version / "bin").mkdir(parents=True)
    (tmp_path / "common").mkdir()  # not a version: no bin folder, not listed
    found = [Path(folder).parent.name for folder in debian_bin_folders(str(tmp_path))]
    assert found == ["16", "15", "10", "9.6", "8.4"]
