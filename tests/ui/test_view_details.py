"""Details a user would notice: offsets after wide characters, hovering, cancelling,
orphaned highlights kept and re-attached."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.ui.main_window import MainWindow
from reader.ui.palette import ENTITY_REASONS
from tests.ui.conftest import drawn_at, settle

OpenDocument = Callable[[Path], None]
WIDE = "😀 𠀀𠀁 👩‍💻 "


def underlined(window: MainWindow, offset: int) -> bool:
    """Whether the character at ``offset`` is drawn underlined (an entity)."""
    drawn = drawn_at(window, offset)
    return drawn.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline


def test_entities_after_emoji_and_cjk_ext_b_are_painted_in_place(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "wide.txt"
    text = WIDE + "Selon le communiqué publié lundi, le groupe Alibaba a ouvert deux centres.\n"
    path.write_text(text, "utf-8")
    with qtbot.waitSignal(window.entities_shown, timeout=120_000):
        window.open_path(path)
    start = text.index("Alibaba")
    assert window.entity.view is not None
    assert any(s.start == start and s.label is EntityLabel.ORG for s in window.entity.view.spans)
    assert underlined(window, start)
    assert underlined(window, start + 6)
    assert not underlined(window, start - 1)
    assert not underlined(window, start + 7)


def test_hovering_an_entity_and_a_highlight_tells_what_they_are(
    qtbot: QtBot, window: MainWindow, sample_path: Path
) -> None:
    with qtbot.waitSignal(window.entities_shown, timeout=120_000):
        window.open_path(sample_path)
    assert window.opened is not None
    text = sample_path.read_text("utf-8")
    start = text.index("Jeff Zhang")
    window.view.select_offsets(start, start + len("Jeff Zhang, directeur"))
    window.notes.highlight_selection(Colour.GREEN)
    settle(qtbot, window)
    cursor = window.view.textCursor()
    cursor.setPosition(window.view.positions.to_qt(start + 2))
    point = window.view.cursorRect(cursor).center() + QPoint(2, 0)
    event = QHelpEvent(QEvent.Type.ToolTip, point, window.view.viewport().mapToGlobal(point))
    window.view.event(event)
    tip = QToolTip.text()
    assert window.entity.view is not None
    (span,) = [s for s in window.entity.view.spans if s.start == start]
    assert f"Person: Jeff Zhang ({ENTITY_REASONS[span.source]})" in tip  # why a Person
    assert "green" in tip


def test_opening_another_document_cancels_recognition(
    qtbot: QtBot, window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    long_text = tmp_path / "long.txt"
    paragraph = sample_path.read_text("utf-8").replace("\n", " ")
    long_text.write_text("\n".join([paragraph] * 400), "utf-8")  # ~0.9 MB: seconds of NER
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_path(long_text)
    first_job = window.entity.job
    assert first_job is not None
    with qtbot.waitSignal(window.entities_shown, timeout=120_000):
        window.open_path(sample_path)
    assert first_job.control.cancelled()
    assert window.entity.view is not None and window.opened is not None
    assert window.entity.view.document_id == window.opened.id
    assert window.opened.document.source == sample_path.resolve()


def test_orphans_are_kept_listed_and_reattached(
    qtbot: QtBot, window: MainWindow, sample_path: Path, tmp_path: Path, open_document: OpenDocument
) -> None:
    path = tmp_path / "edited.txt"
    text = sample_path.read_text("utf-8")
    path.write_text(text, "utf-8")
    open_document(path)
    assert window.opened is not None
    start = text.index("Jeff Zhang")
    window.view.select_offsets(start, start + len("Jeff Zhang, directeur de la technologie"))
    window.notes.highlight_selection(Colour.BLUE)
    settle(qtbot, window)
    assert len(window.notes.annotations) == 1

    # The passage is rewritten beyond recognition: the highlight becomes an orphan.
    path.write_text(text.replace("Jeff Zhang, directeur de la technologie", "Un porte-parole"))
    open_document(path)
    [orphan] = window.notes.annotations.values()
    assert orphan.orphan and orphan.quote.exact.startswith("Jeff Zhang")
    assert "1 not found in this version" in window.annotations_panel.count.text()

    new_text = path.read_text("utf-8")
    s = new_text.index("Un porte-parole")
    window.view.select_offsets(s, s + len("Un porte-parole"))
    window.notes.reattach(orphan.id)
    settle(qtbot, window)
    placed = window.notes.annotations[orphan.id]
    assert not placed.orphan and (placed.start, placed.end) == (s, s + len("Un porte-parole"))
    window.undo_stack.undo()
    settle(qtbot, window)
    assert window.notes.annotations[orphan.id].orphan


def test_structure_keeps_offsets_exact(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    """Headings, bulleted lists, quotes and the header never shift code-point offsets."""
    path = tmp_path / "notes.md"
    path.write_text(
        "# Titre 😀\n\nUn paragraphe.\n\n- premier point\n- second 𠀀 point\n\n"
        "> une citation\n\n## Suite\n\nFin du texte.\n",
        "utf-8",
    )
    open_document(path)
    assert window.opened is not None
    text = window.opened.document.text
    for word in ("Titre", "premier point", "second 𠀀 point", "citation", "Suite", "Fin"):
        start = text.index(word)
        window.view.select_offsets(start, start + len(word))
        assert window.view.textCursor().selectedText() == word
        assert window.view.selection_offsets() == (start, start + len(word))
    lists = {
        window.view.document().findBlock(window.view.positions.to_qt(text.index(w))).textList()
        for w in ("premier", "second")
    }
    assert len(lists) == 1 and None not in lists  # both items in one bulleted list
