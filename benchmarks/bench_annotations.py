"""Annotations on a ~1 MB document with 5,000 of them: adding one, opening and listing.

Run by hand: .venv/bin/python benchmarks/bench_annotations.py

Targets: adding one annotation (create -> committed) under 50 ms; opening the
document and loading its annotations under 300 ms more than without annotations.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import large_french_text, median_ms
from reader.core.annotations import Colour
from reader.services.app import Services

ANNOTATIONS = 5_000
TAGS = [f"thème/{n}" for n in range(40)] + ["personne", "lieu", "chiffre", "à vérifier"]


def main() -> None:
    rng = random.Random(7)
    text = large_french_text()
    words = [m.span() for m in re.finditer(r"\w+", text)]
    colours = list(Colour)

    def selection() -> tuple[int, int]:
        first = rng.randrange(len(words) - 12)
        return words[first][0], words[first + rng.randrange(1, 12)][1]

    with tempfile.TemporaryDirectory() as scratch:
        annotated = Path(scratch) / "annotated.txt"
        plain = Path(scratch) / "plain.txt"
        annotated.write_text(text, "utf-8")
        plain.write_text(text, "utf-8")
        services = Services.open(str(Path(scratch) / "db.sqlite3"))
        doc = services.documents.open(annotated).value
        plain_doc = services.documents.open(plain).value
        print(f"document: {len(text):,} characters")

        began = time.perf_counter()
        for n in range(ANNOTATIONS):
            services.annotations.create(
                doc.id,
                *selection(),
                colour=rng.choice(colours),
                note=f"Note {n} : à relire." if n % 3 == 0 else "",
                tags=rng.sample(TAGS, rng.randrange(0, 3)),
            )
        elapsed = time.perf_counter() - began
        print(
            f"create {ANNOTATIONS:,} (one transaction each)  {elapsed:8.1f} s"
            f"  ({elapsed / ANNOTATIONS * 1000:.1f} ms each)"
        )

        def add_one() -> None:
            services.annotations.create(
                doc.id, *selection(), colour=Colour.GREEN, note="une de plus", tags=["personne"]
            )

        print(f"add one more (committed)             {median_ms(add_one, repeat=21):8.1f} ms")

        def open_and_list(path: Path) -> int:
            opened = services.documents.open(path).value
            return len(services.annotations.for_document(opened.id))

        count = open_and_list(annotated)
        with_notes = median_ms(lambda: open_and_list(annotated), repeat=7)
        without = median_ms(lambda: open_and_list(plain), repeat=7)
        print(f"open + list, {count:,} annotations       {with_notes:8.1f} ms")
        print(f"open + list, no annotations          {without:8.1f} ms")
        print(f"  extra for the annotations          {with_notes - without:8.1f} ms")
        listing = median_ms(lambda: services.annotations.for_document(doc.id), repeat=7)
        print(f"  of which for_document()            {listing:8.1f} ms")
        tags = median_ms(services.tags.counts)
        print(f"tags() over the library              {tags:8.1f} ms")

        # One-off: the file changed, every annotation is re-anchored when it is opened.
        annotated.write_text("Un chapeau ajouté en tête.\n" + text, "utf-8")
        began = time.perf_counter()
        opened = services.documents.open(annotated).value
        elapsed = (time.perf_counter() - began) * 1000
        print(f"open after an edit at the top        {elapsed:8.1f} ms  ({opened.reanchor})")
        middle = text.index("\n", len(text) // 2)
        edited = text[:middle] + " Une phrase insérée au milieu." + text[middle:]
        annotated.write_text(edited.replace(" le ", " la ", 200), "utf-8")
        began = time.perf_counter()
        opened = services.documents.open(annotated).value
        elapsed = (time.perf_counter() - began) * 1000
        print(f"open after 201 small edits           {elapsed:8.1f} ms  ({opened.reanchor})")
        del plain_doc
        services.close()


if __name__ == "__main__":
    main()
