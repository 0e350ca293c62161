"""How long the window's UI thread is ever held, scenario by scenario, on a real novel.

Run by hand: .venv/bin/python benchmarks/bench_responsiveness.py

The real main window, offscreen, on a new library; a 10 ms heartbeat QTimer on the UI
thread records the longest gap between two beats while each scenario runs, from the
user's action until its result is shown (the window's own jobs finished). Prints one
line per scenario: ``stall <scenario> <ms>`` (the longest gap, the 10 ms interval
included), then how long the scenario took in all. Entity recognition of the novel
runs in the background meanwhile, as it does for a user who just opened it.

Data: a 1.4 MB French novel of the shared corpus (Boisgobey, Le Crime de l'Opéra,
1.39 M characters), 5,000 highlights on it (all tagged ``lot``, some with notes), and
the W3C JSON export of those 5,000. Then rich documents, opened for the first time:
Pandoc's manual four times over as one Markdown file (1 MB: lists, code, ~15,000
inline styles), the System Design Primer fourteen times over (1 MB: 140 tables, 546
pictures, most of them remote) and an EPUB with pictures (until its pictures are
shown).
Target: every stall under 100 ms. Not measured: creating the window and the file
dialogs (the scenarios call what the dialogs call).

BENCH_GC=1 also prints the full garbage-collector passes seen in each scenario (they
hold the GIL, so the UI thread waits whichever thread started them);
BENCH_PROFILE=<scenario>[,<scenario>...] profiles the UI thread during those.
"""

from __future__ import annotations

import cProfile
import gc
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import random_highlights
from reader.core.annotations import Colour
from reader.services.app import Services
from reader.services.ops import EditAnnotation, RenameTag
from reader.ui.entity_controller import settle_memory

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
NOVEL = CORPUS / "plain-text" / "fr-textbox-boisgobey-crime-opera-rd1006.txt"
PANDOC = CORPUS / "markdown" / "en-pandoc-MANUAL.md"  # x4: ~1 MB, ~15,000 inline styles
PRIMER = CORPUS / "markdown" / "en-system-design-primer-README.md"  # x14: 140 tables
PICTURES = CORPUS / "epub" / "cole-voyage-of-life.epub"  # an EPUB with pictures
NAME = "Darcy"  # 787 times in the novel
HIGHLIGHTS = 5_000
TIMEOUT_S = 300
LOCK_HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def main() -> int:
    if not NOVEL.is_file():
        print(f"skipped: the shared corpus is not there ({NOVEL})")
        return 0
    from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from reader.ui.main_window import MainWindow  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])  # noqa: F841  (kept alive)
    longest = [0.0]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    gc_pauses: list[float] = []
    gc_began = [0.0]

    def gc_watch(phase: str, info: dict[str, int]) -> None:
        if info["generation"] == 2:
            if phase == "start":
                gc_began[0] = time.perf_counter()
            else:
                gc_pauses.append(time.perf_counter() - gc_began[0])

    if os.environ.get("BENCH_GC"):
        gc.callbacks.append(gc_watch)

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()

    def wait(condition: Callable[[], bool], what: str = "") -> None:
        loop = QEventLoop()
        met: list[bool] = []

        def look() -> None:
            if not met and condition():
                met.append(True)  # met once is enough: later events may start new jobs
                loop.quit()

        check = QTimer()
        check.setInterval(5)
        check.timeout.connect(look)
        check.start()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(TIMEOUT_S * 1000)
        loop.exec()
        check.stop()
        if not met:
            raise SystemExit(f"did not finish in {TIMEOUT_S} s: {what}")

    def scenario(name: str, action: Callable[[], object], done: Callable[[], bool]) -> None:
        wait(lambda: True)  # let the previous scenario's events settle
        longest[0], last[0] = 0.0, time.perf_counter()
        profile = (
            cProfile.Profile() if name in os.environ.get("BENCH_PROFILE", "").split(",") else None
        )
        began = time.perf_counter()
        if profile is not None:
            profile.enable()
        action()
        wait(done, name)
        took = (time.perf_counter() - began) * 1000
        if profile is not None:
            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        print(f"stall {name} {longest[0] * 1000:.0f}  (done in {took:,.0f} ms)", flush=True)
        if gc_pauses:
            print(f"  (gc gen2: {[round(x * 1000) for x in gc_pauses]} ms)")
            gc_pauses.clear()

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        novel = folder / NOVEL.name
        shutil.copy(NOVEL, novel)
        db = folder / "library.sqlite3"
        services = Services.open(str(db))
        window = MainWindow(services, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 860)
        window.show()
        settle_memory()  # as the app does at start-up, and after loading the pipeline
        window.entity.warm_up()
        if os.environ.get("BENCH_NO_NER"):  # diagnosis: without recognition running meanwhile
            window.entity.recognise = lambda document_id: None  # type: ignore[method-assign]
        wait(lambda: not window.runner.writing())

        shown: list[object] = []
        window.document_shown.connect(lambda: shown.append(1))

        def writes_done() -> bool:
            return not window.runner.writing()

        scenario("open-novel-first-time", lambda: window.open_path(novel), lambda: bool(shown))
        assert window.opened is not None
        text = window.opened.document.text
        document_id = window.opened.id
        print(f"  ({len(text):,} characters, {text.count(NAME)} × {NAME!r})")

        # 5,000 highlights saved by another connection (as another program would).
        made = random_highlights(document_id, text, HIGHLIGHTS, seed=7)
        other = Services.open(str(db))
        other.annotations.restore(made)
        made_ids = [a.id for a in made]
        del made  # the benchmark's own objects, not the app's
        exported = folder / "highlights.json"
        exported.write_text(other.exports.render(document_id, window.opened.document, "json"))

        shown.clear()
        scenario(
            "reopen-with-5000-highlights", lambda: window.open_path(novel), lambda: bool(shown)
        )
        wait(lambda: len(window.notes.annotations) == HIGHLIGHTS)

        def find() -> None:
            window.finder.open_find()
            window.find_bar.edit.setText(NAME)
            window.find_bar.flush()

        scenario("find-frequent-name", find, lambda: window.finder.complete)
        print(f"  ({len(window.finder.matches)} matches)")
        window.finder.close_find()
        window.find_bar.close_bar()

        target = text.index("Nointel", len(text) // 2)
        ids_before = set(window.notes.annotations)

        def add() -> None:
            window.view.select_offsets(target, target + len("Nointel"))
            window.notes.highlight_selection(Colour.GREEN)

        scenario("add-highlight", add, writes_done)
        [added] = set(window.notes.annotations) - ids_before
        scenario(
            "recolour-highlight",
            lambda: window.notes.highlight_selection(Colour.PURPLE),
            writes_done,
        )
        scenario(
            "edit-highlight",
            lambda: window.perform(
                EditAnnotation(added, note="Nointel enquête", tags=("personne",))
            ),
            writes_done,
        )
        scenario("delete-highlight", window.notes.delete_selected_annotation, writes_done)
        for step in ("delete", "edit", "recolour", "add"):
            scenario(f"undo-{step}", window.undo_stack.undo, writes_done)
        for step in ("add", "recolour", "edit", "delete"):
            scenario(f"redo-{step}", window.undo_stack.redo, writes_done)

        scenario("rename-tag-5000", lambda: window.perform(RenameTag("lot", "Lot 1")), writes_done)
        scenario("undo-rename-tag-5000", window.undo_stack.undo, writes_done)

        other.annotations.delete(made_ids)  # another program deletes them
        wait(lambda: len(window.notes.annotations) <= 1)
        imported: list[object] = []
        window.imported.connect(imported.append)
        scenario(
            "import-5000-w3c",
            lambda: window.exporter.import_file(exported),
            lambda: bool(imported) and writes_done(),
        )
        print(f"  ({imported[0]})")

        written: list[str] = []
        window.exported.connect(written.append)
        scenario(
            "export-annotated-markdown",
            lambda: window.exporter.export_to("md", folder / "novel.md"),
            lambda: bool(written),
        )

        holder = subprocess.Popen(
            [sys.executable, "-c", LOCK_HOLDER, str(db), "5"], stdout=subprocess.PIPE, text=True
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        target = text.index("Gaston", len(text) // 3)
        waited_from = time.perf_counter()

        def locked_add() -> None:
            window.view.select_offsets(target, target + len("Gaston"))
            window.notes.highlight_selection(Colour.BLUE)

        scenario("highlight-while-another-process-writes-5s", locked_add, writes_done)
        holder.wait(timeout=30)
        print(f"  (saved after {time.perf_counter() - waited_from:.1f} s)")
        recognised = window.entity.view is not None
        print(f"  (entities recognised by the end: {recognised})")

        rich = folder / "pandoc-x4.md"
        rich.write_text((PANDOC.read_text("utf-8") + "\n\n") * 4, "utf-8")
        tables = folder / "primer-x14.md"
        tables.write_text((PRIMER.read_text("utf-8") + "\n\n") * 14, "utf-8")
        for name, path in (
            ("open-rich-markdown-1mb", rich),
            ("open-tables-markdown-1mb", tables),
            ("open-epub-with-pictures", PICTURES),
        ):
            shown.clear()
            scenario(
                name,
                lambda p=path: window.open_path(p),  # type: ignore[misc]
                lambda: bool(shown) and not window.view.pictures.pending(),
            )
            assert window.opened is not None
            document = window.opened.document
            print(
                f"  ({len(document.text):,} characters, {len(document.rich.spans):,} styles,"
                f" {len(document.rich.tables)} tables, {len(document.rich.images)} pictures)"
            )
        window.documents.stop_watching()
        window.runner.cancel_all()
        window.runner.wait()
        window.close()
        other.close()
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
