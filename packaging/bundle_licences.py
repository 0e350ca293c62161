"""The licences of everything in the bundle, found from where each bundled file came.

Python packages are recognised by their installed file lists (RECORD), system
libraries by the Debian package that installed them (their copyright file), Python
itself by its stdlib. Used by packaging/reader.spec; writes licences/README.txt.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sysconfig
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from bundle_contents import COMMON_LICENCES, MISSING_LICENCE_TEXTS, is_licence_file

_LGPL_NOTE = """\
The Qt libraries (PySide6/Qt/lib/libQt6*.so.6 under _internal/) and PySide6's own
(libpyside6*, libshiboken6*, PySide6/*.so) are used under the LGPL-3.0: they are
separate files of this one-folder bundle, so you may replace them with your own
build of the same Qt/PySide6 version ({qt}); their source is published by the Qt
Project. reader's own source is MIT and available with the bundle's project.
"""


@dataclass
class Component:
    name: str
    version: str
    licence: str
    kind: str
    texts: list[tuple[Path, str]] = field(default_factory=list)  # (file, name inside)


def _field(meta: importlib.metadata.PackageMetadata, key: str) -> str:
    return str(meta[key]) if key in meta else ""


def _python_distributions() -> tuple[dict[Path, str], dict[str, Component]]:
    owner: dict[Path, str] = {}
    components: dict[str, Component] = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name in components or not dist.files:
            continue
        meta = dist.metadata
        licence = _field(meta, "License-Expression") or _field(meta, "License")
        if not licence or len(licence) > 80:  # some put the whole text there
            classifiers = [c for c in meta.get_all("Classifier") or () if "License ::" in c]
            licence = "; ".join(c.split(" :: ")[-1] for c in classifiers) or licence[:80]
        component = Component(name, dist.version, licence, "Python package")
        for file in dist.files:
            path = Path(str(dist.locate_file(file))).resolve()
            owner[path] = name
            inside_info = ".dist-info" in str(file) or ".egg-info" in str(file)
            if inside_info and is_licence_file(str(file)):
                parts = PurePosixPath(str(file)).parts
                relative = PurePosixPath(*parts[2:]) if parts[1:2] == ("licenses",) else None
                component.texts.append((path, str(relative or PurePosixPath(parts[-1]))))
        for text in MISSING_LICENCE_TEXTS.get(name, ()):
            if (COMMON_LICENCES / text).is_file():
                component.texts.append((COMMON_LICENCES / text, text))
        components[name] = component
    return owner, components


def _debian_packages(paths: Iterable[Path]) -> dict[Path, str]:
    """Which Debian package installed each path (merged /usr: try both spellings)."""
    asked: dict[str, Path] = {}
    for path in paths:
        for variant in {str(path), str(path.resolve())}:
            asked[variant] = path
            if variant.startswith("/usr/lib/"):
                asked[variant.removeprefix("/usr")] = path
    if not asked:
        return {}
    try:
        result = subprocess.run(
            ["dpkg-query", "-S", *asked], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:  # not a Debian system
        return {}
    found: dict[Path, str] = {}
    for line in result.stdout.splitlines():
        package, _, where = line.partition(": ")
        if where in asked:
            found[asked[where]] = package.split(":")[0].split(",")[0]
    return found


def _debian_component(package: str) -> Component:
    version = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=False
    ).stdout.strip()
    component = Component(package, version, "see copyright", "Debian package")
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    if copyright_file.is_file():
        component.texts.append((copyright_file, "copyright"))
    return component


def _python_itself() -> Component:
    import platform  # noqa: PLC0415

    component = Component("Python", platform.python_version(), "PSF-2.0", "interpreter")
    licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if licence.is_file():
        component.texts.append((licence, "LICENSE.txt"))
    return component


def find_components(sources: Iterable[Path], project_root: Path) -> list[Component]:
    """The components (with licence texts) that the bundled ``sources`` come from.

    Raises ValueError naming files whose origin is unknown: nothing goes into the
    bundle without its licence being known.
    """
    owner, distributions = _python_distributions()
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    base = Path(sysconfig.get_config_var("LIBDIR") or stdlib.parent).resolve()
    used: dict[str, Component] = {}
    unowned: list[Path] = []
    for source in {Path(s) for s in sources}:
        path = source.resolve()
        if path.is_relative_to(project_root / "reader") or path.is_relative_to(
            project_root / "resources"
        ):
            used.setdefault("reader", _reader(project_root, distributions))
        elif path in owner:
            used.setdefault(owner[path], distributions[owner[path]])
        elif path.is_relative_to(stdlib) or path.parent == base:
            used.setdefault("Python", _python_itself())
        else:
            unowned.append(source)
    debian = _debian_packages(unowned)
    for package in sorted(set(debian.values())):
        used[package] = _debian_component(package)
    unknown = sorted(str(p) for p in unowned if p not in debian)
    if unknown:
        raise ValueError("bundled files of unknown origin (licence?): " + ", ".join(unknown))
    return sorted(used.values(), key=lambda c: (c.kind, c.name.lower()))


def _reader(project_root: Path, distributions: dict[str, Component]) -> Component:
    known = distributions.get("reader")
    component = Component("reader", known.version if known else "", "MIT", "this application")
    for name in ("LICENSE", "LICENSE.txt", "COPYING"):
        if (project_root / name).is_file():
            component.texts.append((project_root / name, name))
    return component


def licence_datas(
    components: list[Component], workdir: Path, qt_version: str
) -> list[tuple[str, str, str]]:
    """PyInstaller TOC entries: each licence text as licences/NAME/..., licences/README.txt."""
    datas: list[tuple[str, str, str]] = []
    lines = [
        "Licences of the components bundled with reader",
        "",
        _LGPL_NOTE.format(qt=qt_version),
        f"{'component':<34} {'version':<22} {'kind':<18} licence",
    ]
    for component in components:
        lines.append(
            f"{component.name:<34} {component.version:<22} {component.kind:<18} {component.licence}"
        )
        for text, inside in component.texts:
            dest = PurePosixPath("licences") / component.name / inside
            datas.append((str(dest), str(text), "DATA"))
        if not component.texts:
            lines.append(f"{'':<34} (the package ships no licence text)")
    index = workdir / "licences" / "README.txt"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    datas.append(("licences/README.txt", str(index), "DATA"))
    return datas
