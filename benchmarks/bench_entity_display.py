"""Entities of a ~1 MB French text in the window: first screen, and reopening (cached).

Run by hand: .venv/bin/python benchmarks/bench_entity_display.py

Prints: the time until the first screen's entities are available (model run on
the first range first), the full recognition time, and on reopen the time to
read the cached result and to paint every entity in the reading view.
Targets: reopen under 1 s in all.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import large_french_text
from reader.core.entities import EntitySpan
from reader.services.app import Services

FIRST_SCREEN = (0, 6_000)


def main() -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from reader.ui.reading_view import ReadingView  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "big.txt"
        path.write_text(large_french_text(), "utf-8")
        services = Services.open(str(Path(scratch) / "db.sqlite3"))
        opened = services.documents.open(path).value
        print(
            f"document: {len(opened.document.text):,} chars, {opened.document.word_count:,} words"
        )
        services.entities.warm_up("fr")  # the app loads the pipeline at start-up

        start = time.perf_counter()
        first: list[float] = []

        def partial(_spans: list[EntitySpan]) -> None:
            first.append(time.perf_counter() - start)

        view = services.entities.recognise(opened.id, first=FIRST_SCREEN, on_partial=partial)
        total = time.perf_counter() - start
        print(f"first screen's entities   {first[0] * 1000:8.0f} ms")
        print(f"all entities (first run)  {total:8.1f} s   ({len(view.spans):,} mentions)")

        reading = ReadingView()
        reading.resize(1200, 800)
        reading.show()
        reading.show_document(opened.document)
        app.processEvents()
        start = time.perf_counter()
        cached = services.entities.cached(opened.id)
        loaded = time.perf_counter() - start
        assert cached is not None
        start = time.perf_counter()
        reading.set_entities(cached.spans)
        app.processEvents()
        painted = time.perf_counter() - start
        print(f"reopen: cached result     {loaded * 1000:8.0f} ms")
        print(f"reopen: paint in the view {painted * 1000:8.0f} ms")
        print(f"reopen: total             {(loaded + painted) * 1000:8.0f} ms  (target < 1000)")
        services.close()


if __name__ == "__main__":
    main()
