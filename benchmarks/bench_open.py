"""Opening a ~1 MB document: loading, recording in the library, and showing it.

Run by hand: .venv/bin/python benchmarks/bench_open.py

Two documents: a 1 MB plain text (the sample article's paragraphs), and, when the
shared corpus is there, a 1 MB Markdown file with rich structure (Pandoc's manual
four times over: ~15,000 inline styles, tables, lists, code). "show" is what the UI
thread does before the first screen: lay the document out with its structure and
paint it once (as the window does, with no highlights yet).
"""

from __future__ import annotations

import os
import sys
import tempfile
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import large_french_text, median_ms
from reader.core.document import Document
from reader.formats import load_document
from reader.services.app import Services

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
PANDOC = CORPUS / "markdown" / "en-pandoc-MANUAL.md"


def main() -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from reader.ui.reading_view import ReadingView  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        files = [Path(scratch) / "big.txt"]
        files[0].write_text(large_french_text(), "utf-8")
        if PANDOC.is_file():
            files.append(Path(scratch) / "big.md")
            files[1].write_text((PANDOC.read_text("utf-8") + "\n\n") * 4, "utf-8")
        services = Services.open(str(Path(scratch) / "db.sqlite3"))
        view = ReadingView()
        view.resize(1200, 800)
        view.show()
        for path in files:
            document = load_document(path)
            print(
                f"{path.suffix}: {len(document.text):,} characters, {document.word_count:,}"
                f" words, {len(document.rich.spans):,} styles, {len(document.rich.tables)} tables"
            )
            loaded = median_ms(partial(load_document, path))
            print(f"  load file          {loaded:8.1f} ms")
            opened = median_ms(partial(services.documents.open, path), repeat=3)
            print(f"  open via services  {opened:8.1f} ms")

            def show(shown: Document = document) -> None:
                view.show_document(shown)
                view.set_highlights((), ())
                app.processEvents()

            print(f"  show in the view   {median_ms(show, repeat=3):8.1f} ms")
        services.close()


if __name__ == "__main__":
    main()
