"""Opening documents as the window does it: a ~1 MB text, a 1 MB rich Markdown file, and
the 1.8 MB Middlemarch Gutenberg book (reflow and structure).

Run by hand: .venv/bin/python benchmarks/bench_open.py [BOOK.txt]

Three documents: a 1 MB plain text (the sample article's paragraphs); when the shared
corpus is there, a 1 MB Markdown file with rich structure (Pandoc's manual four times
over: ~15,000 inline styles, tables, lists, code) and a book.

For the book (default: Middlemarch from ../shared/corpus), it prints:

- structure: ``load_document`` alone: read, decode, reflow, headings, Gutenberg
  matter (the whole structure: contents, blocks);
- open: what the window's worker does (``DocumentService.open``: the above, language
  detection, recording in the library), on a library that already has the book;
- show: the first screen laid out in the reading view and painted (UI thread; the
  rest goes in slice by slice, the event loop turning between slices);
- whole text in: every slice, one after the other (UI-thread time in total);
- first screen: open + show, from the user's click to the text on screen.

Entities come after the first screen, in the background (see bench_entities.py).
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

CORPUS = Path(__file__).resolve().parent.parent / ".." / "shared" / "corpus" / "plain-text"
MIDDLEMARCH = CORPUS / "en-eliot-middlemarch-pg145-ascii-crlf.txt"
PANDOC = CORPUS.parent / "markdown" / "en-pandoc-MANUAL.md"


def main() -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from reader.ui.reading_view import ReadingView  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    view = ReadingView()
    view.resize(1200, 800)
    view.show()
    with tempfile.TemporaryDirectory() as scratch:
        services = Services.open(str(Path(scratch) / "db.sqlite3"))
        path = Path(scratch) / "big.txt"
        path.write_text(large_french_text(), "utf-8")
        books = [path]
        if PANDOC.is_file():
            markdown = Path(scratch) / "big.md"
            markdown.write_text((PANDOC.read_text("utf-8") + "\n\n") * 4, "utf-8")
            books.append(markdown)
        book = Path(sys.argv[1]) if len(sys.argv) > 1 else MIDDLEMARCH
        if book.exists():
            books.append(book)
        else:
            print(f"({book} not found: only the synthetic text)")
        for target in books:
            document = load_document(target)
            print(
                f"\n{target.name}: {target.stat().st_size / 1e6:.2f} MB,"
                f" {len(document.text):,} characters, {len(document.blocks):,} blocks,"
                f" {len(document.toc):,} headings, {len(document.rich.spans):,} styles"
            )
            structure = median_ms(lambda t=target: load_document(t))  # type: ignore[misc]
            services.documents.open(target)
            opened = median_ms(lambda t=target: services.documents.open(t))  # type: ignore[misc]

            def show(doc: object = document) -> None:
                view.show_document(doc)  # type: ignore[arg-type]
                view.viewport().repaint()
                app.processEvents()

            def whole(doc: object = document) -> None:
                view.show_document(doc)  # type: ignore[arg-type]
                while not view.is_loaded():
                    app.processEvents()
                view.viewport().repaint()

            shown = median_ms(show, repeat=3)
            loaded = median_ms(whole, repeat=3)
            print(f"structure (load)   {structure:8.1f} ms")
            print(f"open via services  {opened:8.1f} ms")
            print(f"show in the view   {shown:8.1f} ms  (the first screen; the rest in slices)")
            print(f"whole text in      {loaded:8.1f} ms  (every slice, back to back)")
            print(f"first screen       {opened + shown:8.1f} ms  (open + show)")
        services.close()


if __name__ == "__main__":
    main()
