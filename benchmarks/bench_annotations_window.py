"""5,000 annotations on a ~1 MB document, in the window (not just the database).

Run by hand: .venv/bin/python benchmarks/bench_annotations_window.py

Prints: the time to open the document in the window with and without its
annotations (read, painted, listed in the panel), and the time from pressing a
highlight shortcut to the highlight being committed, painted and listed.
Targets: adding one under 50 ms; opening under 300 ms more than without.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import large_french_text
from reader.core.annotations import Colour
from reader.services.app import Services

ANNOTATIONS = 5_000


def main() -> None:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from reader.ui.main_window import MainWindow  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        text = large_french_text()
        bare, annotated = folder / "bare.txt", folder / "annotated.txt"
        bare.write_text(text, "utf-8")
        annotated.write_text(text, "utf-8")
        services = Services.open(str(folder / "db.sqlite3"))
        opened = services.documents.open(annotated)
        services.documents.open(bare)
        rng = random.Random(7)
        print(f"creating {ANNOTATIONS:,} annotations…", flush=True)
        for n in range(ANNOTATIONS):
            start = rng.randrange(0, len(text) - 200)
            services.annotations.create(
                opened.id,
                start,
                start + rng.randrange(5, 150),
                colour=list(Colour)[n % 6],
                note=f"note {n}" if n % 3 else "",
                tags=[f"tag{n % 20}"] if n % 2 else [],
            )
        settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        window.resize(1280, 860)
        window.show()

        def open_ms(path: Path) -> float:
            loop = QEventLoop()
            window.document_shown.connect(loop.quit)
            start = time.perf_counter()
            window.open_path(path)
            QTimer.singleShot(60_000, loop.quit)
            loop.exec()
            app.processEvents()
            window.document_shown.disconnect(loop.quit)
            window.jobs.cancel_all()
            return (time.perf_counter() - start) * 1000

        without = statistics.median(open_ms(bare) for _ in range(3))
        with_notes = statistics.median(open_ms(annotated) for _ in range(3))
        print(f"open in window, no annotations      {without:7.0f} ms")
        print(f"open in window, {ANNOTATIONS:,} annotations  {with_notes:7.0f} ms")
        print(f"extra for the annotations           {with_notes - without:7.0f} ms  (target < 300)")

        adds = []
        for _ in range(10):
            start = rng.randrange(0, len(text) - 200)
            window.view.select_offsets(start, start + 40)
            began = time.perf_counter()
            window.notes.highlight_selection(Colour.GREEN)
            app.processEvents()
            adds.append((time.perf_counter() - began) * 1000)
        print(
            f"add one highlight (committed, painted, listed): median {statistics.median(adds):.1f}"
            f" ms, max {max(adds):.1f} ms  (target < 50)"
        )
        window.jobs.cancel_all()
        window.jobs.wait()
        window.close()
        services.close()


if __name__ == "__main__":
    main()
