"""Opening a ~1 MB document: loading, recording in the library, and showing it.

Run by hand: .venv/bin/python benchmarks/bench_open.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import large_french_text, median_ms
from reader.formats import load_document
from reader.services.app import Services


def main() -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from reader.ui.reading_view import ReadingView  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "big.txt"
        path.write_text(large_french_text(), "utf-8")
        services = Services.open(str(Path(scratch) / "db.sqlite3"))
        document = load_document(path)
        print(f"document: {len(document.text):,} characters, {document.word_count:,} words")
        print(f"load file          {median_ms(lambda: load_document(path)):8.1f} ms")
        print(f"open via services  {median_ms(lambda: services.documents.open(path)):8.1f} ms")
        view = ReadingView()
        view.resize(1200, 800)
        view.show()

        def show() -> None:
            view.show_document(document)
            app.processEvents()

        print(f"show in the view   {median_ms(show, repeat=3):8.1f} ms")
        services.close()


if __name__ == "__main__":
    main()
