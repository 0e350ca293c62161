"""The export dialog offers the document's language for the export's own words."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.export_dialog import ExportDialog
from reader.ui.main_window import MainWindow
from tests.ui.conftest import OpenDocument


def test_a_french_document_exports_with_french_headings(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument, tmp_path: Path
) -> None:
    open_document(sample_path)
    assert window.opened is not None and window.opened.language == "fr"
    text = sample_path.read_text("utf-8")
    start = text.index("Alibaba")
    window.services.annotations.create(window.opened.id, start, start + 7)
    dialog = ExportDialog("t", window.settings, window, language=window.opened.language)
    assert dialog.labels == "fr"  # the document's language, by default
    dialog.labels_choice.setCurrentIndex(dialog.labels_choice.findData("en"))
    assert dialog.labels == "en"
    dialog.close()
    target = tmp_path / "copie.md"
    with qtbot.waitSignal(window.exported, timeout=30_000):
        window.exporter.export_to("md", target, labels="fr")
    written = target.read_text("utf-8")
    assert "## Surlignages" in written and "- colour: jaune" in written
