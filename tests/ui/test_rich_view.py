"""The reading view with rich structure: every object it inserts (tables, pictures,
rules) is accounted for, so offsets land on the right characters around emoji and
CJK Extension B; styles, lists, links and pictures look as they should."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.annotations import Annotation, Colour, TextQuote
from reader.core.document import Document
from reader.core.rich import Style
from reader.formats import load_document
from reader.ui.reading_view import ReadingView
from reader.ui.text_loader import FIRST_SLICE, SLICE
from reader.ui.theme import THEMES

WIDE = "😀𠀀"
TABLE_DOC = f"""\
# Tableau {WIDE}

Avant {WIDE} le *tableau*.

![Une image locale](pic.png)

| Nom {WIDE} | Ville |
|---|---:|
| Zhang 𠀁 | Hangzhou 😀 |
| Ma | |
| ![petite](pic.png) icône | fin |

---

Après{WIDE} la **règle**[^n] et ![en ligne](pic.png) dans le texte 👩‍💻 fin.

[^n]: La note {WIDE}.
"""


def annotation(key: str, text: str, start: int, end: int, colour: Colour) -> Annotation:
    now = datetime.now(UTC)
    quote = TextQuote(text[start:end], text[max(0, start - 8) : start], text[end : end + 8])
    return Annotation(key, 1, start, end, quote, colour, "", (), now, now)


def picture(path: Path, width: int = 40, height: int = 30) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(path))  # the format from the suffix
    return path


def settle(view: ReadingView) -> None:
    deadline = time.monotonic() + 20
    while (not view.is_loaded() or view.pictures.pending()) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


@pytest.fixture
def view(qtbot: QtBot) -> ReadingView:
    widget = ReadingView()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def shown(view: ReadingView, tmp_path: Path, source: str, name: str = "doc.md") -> Document:
    picture(tmp_path / "pic.png")
    path = tmp_path / name
    path.write_text(source, "utf-8")
    document = load_document(path)
    view.show_document(document)
    settle(view)
    return document


def units(char: str) -> list[int]:
    data = char.encode("utf-16-le")
    return [int.from_bytes(data[i : i + 2], "little") for i in range(0, len(data), 2)]


def assert_every_offset_lands_on_its_character(view: ReadingView, text: str) -> None:
    qdoc = view.document()
    positions = view.positions
    for offset, char in enumerate(text):
        qt = positions.to_qt(offset)
        if char == "\n":  # a block break, or the table marker standing for it
            assert qdoc.characterAt(qt) in ("\u2029", "\ufdd0", "\ufdd1"), offset
        elif char == "\t":  # the marker of the next cell
            assert qdoc.characterAt(qt) == "\ufdd0", offset
        else:
            got = [ord(qdoc.characterAt(qt + n)) for n in range(len(units(char)))]
            assert got == units(char), (offset, char)
        assert positions.from_qt(qt) == offset


def test_every_offset_lands_on_its_character_around_tables_pictures_and_rules(
    view: ReadingView, tmp_path: Path
) -> None:
    document = shown(view, tmp_path, TABLE_DOC)
    rich = document.rich
    assert len(rich.tables) == 1 and rich.rules and len(rich.images) == 3
    assert view.positions.has_insertions
    assert_every_offset_lands_on_its_character(view, document.text)
    # The same holds once the pictures are decoded and sized.
    assert not view.pictures.pending()
    assert_every_offset_lands_on_its_character(view, document.text)


def test_selection_highlights_and_find_use_code_points_across_objects(
    view: ReadingView, tmp_path: Path
) -> None:
    document = shown(view, tmp_path, TABLE_DOC)
    text = document.text
    start = text.index("la règle")
    end = text.index("fin.")
    view.select_offsets(start, end)
    assert view.selection_offsets() == (start, end)
    assert view.textCursor().selectedText().startswith("la règle")
    view.set_annotations([annotation("a1", text, start, end, Colour.GREEN)])
    inside = view.positions.to_qt(text.index("texte"))
    assert painted(view, inside + 1)
    assert not painted(view, view.positions.to_qt(start - 2) + 1)  # not before it
    # A highlight inside one table cell paints only that cell's words.
    cell = text.index("Hangzhou")
    view.set_annotations([annotation("a2", text, cell, cell + 8, Colour.BLUE)])
    assert painted(view, view.positions.to_qt(cell) + 1)
    assert not painted(view, view.positions.to_qt(text.index("Zhang")) + 1)
    # Across the table, cell by cell: no drawn selection spans two cells (which would
    # take whole cells), and the words of every cell in between are painted.
    row = text.index("Zhang")
    view.set_annotations([annotation("a3", text, row, cell + 8, Colour.RED)])
    for selection in view.extraSelections():
        first = QTextCursor(view.document())
        first.setPosition(selection.cursor.selectionStart())
        last = QTextCursor(view.document())
        last.setPosition(selection.cursor.selectionEnd())
        table = first.currentTable()
        if table is not None:
            assert table.cellAt(first) == table.cellAt(last)
    assert painted(view, view.positions.to_qt(row) + 1)
    assert painted(view, view.positions.to_qt(cell) + 1)


def painted(view: ReadingView, position: int) -> bool:
    """Whether a background is drawn over the character at Qt ``position``."""
    return any(
        s.cursor.selectionStart() <= position < s.cursor.selectionEnd()
        and s.format.background().style() != Qt.BrushStyle.NoBrush
        for s in view.extraSelections()
    )


def test_the_table_is_a_table_with_its_cells(view: ReadingView, tmp_path: Path) -> None:
    document = shown(view, tmp_path, TABLE_DOC)
    text = document.text
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(text.index("Hangzhou")))
    table = cursor.currentTable()
    assert table is not None
    assert (table.rows(), table.columns()) == (4, 2)
    cell = table.cellAt(cursor)
    assert (cell.row(), cell.column()) == (1, 1)
    header = table.cellAt(0, 0).firstCursorPosition()
    header.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert header.charFormat().fontWeight() >= 700


def test_inline_styles_lists_and_code_look_as_marked(view: ReadingView, tmp_path: Path) -> None:
    source = (
        "Un *mot* et **gras** et `code` et ~~barré~~ et H~2~O et x^2^.\n\n"
        "57. cinquante-sept\n58. cinquante-huit\n    - imbriqué\n\n"
        "- [x] fait\n- [ ] à faire\n\n```\nligne  un\n  ligne deux\n```\n"
    )
    document = shown(view, tmp_path, source)
    text = document.text

    def fmt(word: str, shift: int = 1) -> QTextCharFormat:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.to_qt(text.index(word)) + shift)
        return cursor.charFormat()

    assert fmt("mot").fontItalic()
    assert not fmt("Un").fontItalic()
    assert fmt("gras").fontWeight() >= 700
    assert "Mono" in " ".join(fmt("code").fontFamilies() or [])
    assert fmt("barré").fontStrikeOut()
    assert fmt("2O", 1).verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSubScript
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(text.index("cinquante-huit")))
    numbered = cursor.currentList()
    assert numbered is not None
    assert numbered.format().start() == 57
    assert numbered.itemNumber(cursor.block()) == 1  # the second item: 58
    cursor.setPosition(view.positions.to_qt(text.index("imbriqué")))
    nested = cursor.currentList()
    assert nested is not None and nested.format().indent() == 2
    cursor.setPosition(view.positions.to_qt(text.index("fait")))
    assert cursor.blockFormat().marker().name == "Checked"
    cursor.setPosition(view.positions.to_qt(text.index("ligne deux")))
    assert cursor.block().text() == "  ligne deux"  # its own line, spaces kept
    assert "Mono" in " ".join(cursor.charFormat().fontFamilies() or [])
    assert text[text.index("ligne  un") :].startswith("ligne  un\n  ligne deux")


def test_links_are_blue_beneath_highlights(view: ReadingView, tmp_path: Path) -> None:
    document = shown(view, tmp_path, "Voir [le site](https://example.org/page) ici.\n")
    start = document.text.index("le site")
    text = document.text
    view.set_annotations([annotation("a1", text, start, start + 7, Colour.GREEN)])
    assert painted(view, view.positions.to_qt(start) + 1)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(start) + 1)
    assert cursor.charFormat().isAnchor()
    assert cursor.charFormat().anchorHref() == "https://example.org/page"
    light = cursor.charFormat().foreground().color()
    assert light != QColor(view.theme.ink)
    view.apply_theme(THEMES["dark"])  # the links take the dark theme's colour
    cursor.setPosition(view.positions.to_qt(start) + 1)
    assert cursor.charFormat().foreground().color() not in (light, QColor(view.theme.ink))


def _answer_dialog(button: QMessageBox.StandardButton) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, press)

    QTimer.singleShot(20, press)


@pytest.mark.parametrize(
    "answer", [QMessageBox.StandardButton.Open, QMessageBox.StandardButton.Cancel]
)
def test_an_external_link_opens_only_after_asking(
    view: ReadingView, tmp_path: Path, answer: QMessageBox.StandardButton
) -> None:
    document = shown(view, tmp_path, "Voir [le site](https://example.org/page) ici.\n")
    link = view.link_at(document.text.index("site"))
    assert link is not None and link.style is Style.LINK
    opened: list[str] = []  # what would go to the system browser
    view.open_externally = lambda url: opened.append(url.toString())
    _answer_dialog(answer)
    view.follow(link)
    wanted = answer == QMessageBox.StandardButton.Open
    assert opened == (["https://example.org/page"] if wanted else [])


def test_a_note_reference_leads_to_its_note(
    qtbot: QtBot, view: ReadingView, tmp_path: Path
) -> None:
    document = shown(view, tmp_path, "Texte[^a] ici.\n\n" + "Suite.\n\n" * 80 + "[^a]: La note.\n")
    text = document.text
    link = view.link_at(text.index("[1]"))
    assert link is not None and link.style is Style.NOTE_REF
    assert link.target == text.index("La note.")
    with qtbot.waitSignal(view.link_followed) as followed:
        view.follow(link)
    assert followed.args == [link.target]
    assert view.verticalScrollBar().value() > 0


def test_a_missing_or_broken_picture_shows_its_description(
    view: ReadingView, tmp_path: Path
) -> None:
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    document = shown(
        view,
        tmp_path,
        "Trois images.\n\n![Le plan de la ville](absent.png)\n\n![Un schéma abîmé](broken.png)"
        "\n\n![distante](https://example.org/x.png)\n",
    )
    images = document.rich.images
    assert [i.src != "" for i in images] == [False, True, False]
    assert view.pictures.reason(1)  # broken: said why
    for index in range(3):
        resource = view.document().resource(3, QUrl(f"reader-picture:{index}"))
        assert isinstance(resource, QImage) and not resource.isNull()  # a label, drawn


def test_pictures_are_scaled_to_the_column(view: ReadingView, tmp_path: Path) -> None:
    picture(tmp_path / "wide.png", 3000, 1000)
    document = shown(view, tmp_path, "Texte.\n\n![large](wide.png)\n")
    assert document.rich.images[0].src
    cursor = QTextCursor(view.document())
    image_at = view.positions.to_qt(document.rich.images[0].offset) - 2
    cursor.setPosition(image_at + 1)
    fmt = cursor.charFormat().toImageFormat()
    assert fmt.isValid()
    column = view.viewport().width() - 2 * view.document().documentMargin()
    assert 0 < fmt.width() <= column + 1
    assert fmt.height() == pytest.approx(fmt.width() / 3, abs=1)


def test_ctrl_click_follows_a_link_and_a_plain_click_does_not(
    qtbot: QtBot, view: ReadingView, tmp_path: Path
) -> None:
    document = shown(view, tmp_path, "Voir [la fin](#fin) ici.\n\n" + "Texte.\n\n" * 60 + "# Fin\n")
    text = document.text
    link = view.link_at(text.index("la fin"))
    assert link is not None and link.target == text.index("Fin")
    rect = view.cursorRect(view_cursor(view, view.positions.to_qt(text.index("fin")) + 1))
    point = rect.center()
    followed: list[int] = []
    view.link_followed.connect(followed.append)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert followed == []
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, point
    )
    assert followed == [link.target]


def view_cursor(view: ReadingView, position: int) -> QTextCursor:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return cursor


def test_the_whole_text_is_laid_out_once_pictures_arrive(view: ReadingView, tmp_path: Path) -> None:
    # Qt's background layout of a long text stopped for good when a picture's size
    # changed while it ran: the end of the book stayed blank.
    long_text = "\n\n".join(f"Paragraphe {n} " + "mot " * 60 for n in range(400))
    shown(view, tmp_path, "Début.\n\n![image](pic.png)\n\n" + long_text + "\n\nLa fin.\n")
    qdoc = view.document()
    deadline = time.monotonic() + 20
    last = qdoc.documentLayout().blockBoundingRect(qdoc.lastBlock())
    while last.height() == 0 and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
        last = qdoc.documentLayout().blockBoundingRect(qdoc.lastBlock())
    assert qdoc.lastBlock().text() == "La fin."
    assert last.height() > 0
    laid_out = qdoc.size().height()
    qdoc.markContentsDirty(0, qdoc.characterCount())  # a full layout from scratch
    assert qdoc.size().height() == pytest.approx(laid_out, abs=1)


def test_a_long_document_goes_in_slice_by_slice_with_all_its_structure(
    view: ReadingView, tmp_path: Path
) -> None:
    filler = "\n\n".join(f"Paragraphe {n} " + "mot " * 40 for n in range(110))
    items = "\n".join(f"{n}. élément {n} {WIDE}" for n in range(1, 2001))
    source = filler + "\n\n" + items + "\n\n" + "\n".join([TABLE_DOC.replace("[^n]", "")] * 60)
    document = shown(view, tmp_path, source)
    text = document.text
    assert len(text) > FIRST_SLICE + SLICE  # loaded in three slices or more
    assert len(document.rich.tables) == 60
    assert_every_offset_lands_on_its_character(view, text)
    cursor = QTextCursor(view.document())
    assert text.index("élément 1 ") < FIRST_SLICE < text.index("élément 2000")
    cursor.setPosition(view.positions.to_qt(text.index("élément 2000")))
    numbered = cursor.currentList()  # one list, across the slices it came in
    assert numbered is not None and numbered.itemNumber(cursor.block()) == 1999
    cursor.setPosition(view.positions.to_qt(text.rindex("Hangzhou")))
    assert cursor.currentTable() is not None
    cursor.setPosition(view.positions.to_qt(text.rindex("règle")) + 1)
    assert cursor.charFormat().fontWeight() >= 700  # its inline style
    last = len(document.rich.images) - 1  # a picture of the last slice: sized, decoded
    assert not view.pictures.reason(last)
    assert document.rich.images[last].inline  # one object just before its offset's text
    cursor.setPosition(view.positions.to_qt(document.rich.images[last].offset, end=True))
    cursor.setPosition(cursor.position() + 1, QTextCursor.MoveMode.KeepAnchor)
    fmt = cursor.charFormat().toImageFormat()
    assert fmt.isValid() and fmt.width() > 0
    resource = view.document().resource(3, QUrl(f"reader-picture:{last}"))
    assert isinstance(resource, QImage) and resource.pixel(2, 2) == QColor("#3366aa").rgb()
