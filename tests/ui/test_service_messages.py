"""What services and core say, in the window's language: every message key has its
template in the window's table and a French translation; the CLI keeps English; the
French window names its Undo step and tells a read-only library's refusal and a file
that cannot be opened in French."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

import reader.cli.commands
import reader.formats.loading
import reader.services.app
from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.core.errors import LibraryReadOnlyError, ReaderError
from reader.core.messages import Msg, message
from reader.services.app import Services
from reader.services.ops import CorrectEntity, CreateAnnotation, DeleteAnnotations
from reader.services.validation import find_occurrence
from reader.ui.main_window import MainWindow
from reader.ui.service_messages import TEMPLATES, error_text, translated
from tests.faults.faulty import build_library, read_only_mount, write_document
from tests.ui.conftest import OpenDocument, settle
from tests.ui.test_translations import FRENCH, entries, translations_of
from tests.ui.untranslated import plain_errors

ROOT = Path(__file__).parents[2]


def test_every_message_has_its_template_in_the_window_and_a_french_translation() -> None:
    french = entries(FRENCH)
    for key in Msg:
        assert str(TEMPLATES[key]) == key.value, f"{key.name}: the window's template differs"
        entry = french.get(("Messages", key.value))
        assert entry is not None, f"{key.name} has no French translation"
        [text] = translations_of(entry)
        assert text.strip() and text != key.value, f"{key.name} is not translated"
    assert set(TEMPLATES) == set(Msg)


def _error_names() -> set[str]:
    """Every user error class (ReaderError and below) of the modules a window loads."""
    assert reader.services.app and reader.formats.loading and reader.cli.commands
    found, todo = set(), [ReaderError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def test_every_user_error_is_made_of_a_message() -> None:
    """No module outside the window and the CLI makes a user error of a plain English
    string: the window would show it in English."""
    names = _error_names()
    counted: dict[str, int] = {}
    for path in sorted((ROOT / "reader").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(("reader/ui/", "reader/cli/")):
            continue  # the window translates its own; the CLI stays English
        hits = plain_errors(path.read_text("utf-8"), names, relative)
        if hits:
            counted[relative] = len(hits)
    assert counted == {}, f"user errors made of plain strings: {counted}"


def test_the_check_sees_an_error_made_of_a_plain_string() -> None:
    source = """
raise InputError(f"the tag {tag!r} is blank")
raise DocumentError("the picture is gone")
raise DocumentError(message(Msg.FILE_EMPTY, name=name))
return LibraryError("Cannot use " + where)
raise ValueError("not ours")
"""
    names = {"InputError", "DocumentError", "LibraryError"}
    assert plain_errors(source, names) == ["<source>:2", "<source>:3", "<source>:5"]


def test_the_cli_reads_english_and_the_window_french(french: None) -> None:
    reason = message(Msg.DISK_MOUNTED_READ_ONLY)
    refusal = LibraryReadOnlyError(message(Msg.LIBRARY_READ_ONLY, library="/x/lib", reason=reason))
    assert str(refusal) == (
        "Cannot save changes: the library /x/lib is read-only (the disk is mounted read-only)"
    )
    assert error_text(refusal) == (
        "Impossible d’enregistrer les modifications : la bibliothèque /x/lib est en lecture "
        "seule (le disque est monté en lecture seule)"
    )
    assert error_text(ReaderError("left in English")) == "left in English"
    op = CreateAnnotation(1, 0, 5, Colour.GREEN)
    assert op.label == "Highlight in green"
    assert translated(op.message) == "Surligner en vert"
    assert CorrectEntity(1, 0, 5, EntityLabel.PERSON).label == "Mark as PERSON"
    assert translated(CorrectEntity(1, 0, 5, EntityLabel.PERSON).message) == (
        "Marquer comme Personne"
    )
    assert translated(DeleteAnnotations(("a", "b", "c")).message) == "Supprimer 3 surlignages"


def test_the_trash_and_a_w3c_import_refuse_in_french(
    french: None, services: Services, tmp_path: Path
) -> None:
    book = tmp_path / "court.txt"
    book.write_text("Un texte assez court.", "utf-8")
    doc_id = services.library.add(book).value.entry.id
    uuid = "3f1c1f0e-8a43-4c43-9d1e-6b0d3c1b2a10"
    with pytest.raises(ReaderError) as gone:
        services.annotations.undelete([uuid])
    assert str(gone.value) == f"annotation {uuid} is not among those deleted in the last 30 days"
    assert error_text(gone.value) == (
        f"l’annotation {uuid} ne fait pas partie de celles supprimées ces 30 derniers jours"
    )
    selector = {"type": "TextPositionSelector", "start": 5, "end": 500}
    w3c = {"type": "Annotation", "id": f"urn:uuid:{uuid}", "target": {"selector": selector}}
    with pytest.raises(ReaderError) as refused:
        services.exports.import_w3c(doc_id, json.dumps(w3c))
    assert str(refused.value) == f"Annotation {uuid} has neither a quote nor a usable position"
    assert error_text(refused.value) == (
        f"L’annotation {uuid} n’a ni citation ni position utilisable"
    )


def test_a_passage_that_occurs_too_few_times_is_told_in_french(french: None) -> None:
    told = []
    for occurrence in (2, 3):
        with pytest.raises(ReaderError) as error:
            find_occurrence("un deux un", "deux" if occurrence == 2 else "un", occurrence)
        told.append((str(error.value), error_text(error.value)))
    assert told == [
        (
            "'deux' occurs only once in the text (occurrence 2 asked)",
            "'deux' n’apparaît qu’une fois dans le texte (occurrence 2 demandée)",
        ),
        (
            "'un' occurs only 2 times in the text (occurrence 3 asked)",
            "'un' n’apparaît que 2 fois dans le texte (occurrence 3 demandée)",
        ),
    ]


def test_undo_names_the_action_in_french(
    qtbot: QtBot, french: None, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    assert window.opened is not None
    start = window.opened.document.text.index("Alibaba")
    with qtbot.waitSignal(window.undo_stack.indexChanged, timeout=10_000):
        window.perform(CreateAnnotation(window.opened.id, start, start + 7, Colour.BLUE))
    assert window.undo_stack.undoText() == "Surligner en bleu"
    edit_menu = window.menuBar().actions()[1].menu()
    assert isinstance(edit_menu, QMenu)
    undo = edit_menu.actions()[0]
    assert undo.text() == "&Annuler Surligner en bleu"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.undo_stack.redoText() == "Surligner en bleu", timeout=10_000)
    settle(qtbot, window)


def test_a_file_that_cannot_be_opened_is_told_in_french(
    qtbot: QtBot, french: None, window: MainWindow, tmp_path: Path
) -> None:
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    with qtbot.waitSignal(window.open_failed, timeout=20_000) as shown:
        window.open_path(empty)
    assert shown.args == ["vide.txt est vide"]
    boxes = [b for b in window.findChildren(QMessageBox, "openErrorDialog") if b.isVisible()]
    assert [(box.windowTitle(), box.text()) for box in boxes] == [
        ("Impossible d’ouvrir le document", "vide.txt est vide")
    ]
    for box in boxes:
        box.accept()


def test_a_read_only_library_refuses_in_french(
    qtbot: QtBot, french: None, tmp_path: Path, settings: QSettings
) -> None:
    document = write_document(tmp_path / "docs")
    db = tmp_path / "lib" / "library.sqlite3"
    db.parent.mkdir()
    build_library(db, document, 3)
    with read_only_mount(db.parent):
        services = Services.open(str(db))
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        try:
            reason = "le disque est monté en lecture seule"
            assert window.safety.refusal is not None and reason in window.safety.refusal
            assert "read-only" not in window.safety.refusal
            with qtbot.waitSignal(window.document_shown, timeout=60_000):
                window.open_path(document)
            settle(qtbot, window)
            assert window.opened is not None
            with qtbot.waitSignal(window.error_shown, timeout=20_000) as shown:
                window.perform(CreateAnnotation(window.opened.id, 0, 5))
            assert shown.args == [
                f"Impossible d’enregistrer les modifications : la bibliothèque {db} est en "
                f"lecture seule ({reason})"
            ]
        finally:
            window.close()
            window.runner.wait()
            services.close()
