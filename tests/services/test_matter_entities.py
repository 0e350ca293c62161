"""Entity recognition leaves a Project Gutenberg header and licence alone."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import MATTER_KINDS
from reader.services.app import Services
from tests.formats.test_plaintext import GUTENBERG, PROSE, SECOND


def test_no_entity_in_front_or_back_matter(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "tale.txt"
    body = "\n\n".join([PROSE, "It all began on June 17, 2008, at noon.", SECOND])
    text = GUTENBERG.format(body=body).replace(
        "Author: Jane Doe\n", "Author: Jane Doe\n\nRelease Date: March 15, 2006 [EBook #17989]\n"
    )
    path.write_text(text, "utf-8")
    opened = services.documents.open(path).value
    assert opened.language == "en"  # read from the work, not the licence
    view = services.entities.recognise(opened.id)
    matter = [(b.start, b.end) for b in opened.document.blocks if b.kind in MATTER_KINDS]
    assert matter
    assert [s.text for s in view.spans if s.label.value == "DATE"] == ["June 17, 2008"]
    assert not any(a <= s.start < b for s in view.spans for a, b in matter)
    assert "March 15, 2006" in opened.document.text
