"""Lines and reading order from glyph geometry alone (no PDF, no Qt)."""

from __future__ import annotations

from reader.formats.pdf_lines import Glyph, Line, page_lines, reading_order

SIZE = 10.0
ADVANCE = 6.0


def glyphs(text: str, x: float, y: float) -> list[Glyph]:
    """``text`` drawn from (x, y) (top of the line), one glyph per character, spaces
    as gaps (no space glyph, as many PDFs do)."""
    out: list[Glyph] = []
    for n, char in enumerate(text):
        if char != " ":
            left = x + n * ADVANCE
            out.append((ord(char), left, y, left + ADVANCE, y + 12, SIZE, False))
    return out


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def test_gaps_become_spaces_and_a_gutter_splits_lines() -> None:
    drawn = glyphs("deux mots", 50, 100) + glyphs("autre", 50 + 9 * ADVANCE + 30, 100)
    assert texts(page_lines(drawn, 0)) == ["deux mots", "autre"]


def test_fragments_drawn_apart_join_on_their_line() -> None:
    drawn = glyphs("fin", 50 + 6 * ADVANCE, 100) + glyphs("début", 50, 120)
    drawn += glyphs("le", 50, 100) + glyphs(" de", 50 + 2 * ADVANCE, 100)
    assert texts(page_lines(drawn, 0)) == ["le de fin", "début"]


def test_ligature_code_points_are_spelt_out_with_shared_boxes() -> None:
    (line,) = page_lines([(0xFB01, 50, 100, 62, 112, SIZE, False)], 0)
    assert line.text == "fi"
    assert [line.box(0), line.box(1)] == [(50, 100, 56, 112), (56, 100, 62, 112)]


def test_two_columns_whose_paragraphs_end_at_the_same_height() -> None:
    """Horizontal white gaps run across both columns between their paragraphs; the
    columns must still be read one after the other."""
    left, right, rows = 50, 320, [100, 114, 150, 164]  # a paragraph gap after row 2
    drawn = []
    for n, y in enumerate(rows):
        drawn += glyphs(f"gauche {n}", left, y) + glyphs(f"droite {n}", right, y)
    title = glyphs("Un titre qui passe au-dessus des deux colonnes du texte", left, 60)
    assert title[-1][3] > right  # it crosses the gutter
    order = reading_order(page_lines(title + drawn, 0))
    flat = [line.text for region in order for line in region]
    assert flat == [
        "Un titre qui passe au-dessus des deux colonnes du texte",
        *(f"gauche {n}" for n in range(4)),
        *(f"droite {n}" for n in range(4)),
    ]
