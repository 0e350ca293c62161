"""File > Export… in the window: format, destination, overwrite question, remembered choices."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.ui.export_dialog import ExportDialog
from reader.ui.main_window import MainWindow

OpenDocument = Callable[[Path], None]


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Act on a modal window of ``kind`` once it is shown (never raising inside a slot)."""

    def look() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if found:
            act(found[0])
        else:
            QTimer.singleShot(30, look)

    QTimer.singleShot(30, look)


def test_export_html_then_replace_it(
    qtbot: QtBot,
    window: MainWindow,
    sample_path: Path,
    open_document: OpenDocument,
    tmp_path: Path,
) -> None:
    open_document(sample_path)
    assert window.opened is not None
    text = sample_path.read_text("utf-8")
    start = text.index("Jeff Zhang")
    window.services.annotations.create(
        window.opened.id, start, start + 10, colour=Colour.BLUE, note="<script>x</script>"
    )
    target = tmp_path / "out" / "copy.html"
    target.parent.mkdir()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.format_buttons["html"].setChecked(True)
        dialog.path.setText(str(target))
        dialog.accept()

    when_shown(ExportDialog, fill)
    with qtbot.waitSignal(window.exported, timeout=30_000):
        window.exporter.export()
    html = target.read_text("utf-8")
    assert '<mark class="hl-blue"' in html
    assert "<script>" not in html
    assert window.settings.value("export/format") == "html"
    assert window.settings.value("export/folder") == str(target.parent)

    # Exporting over the same file asks first; answering Yes replaces it.
    target.write_text("old", "utf-8")

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.format_buttons["html"].isChecked()  # the last choice is remembered
        dialog.path.setText(str(target))
        when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
        dialog.accept()

    when_shown(ExportDialog, again)
    with qtbot.waitSignal(window.exported, timeout=30_000):
        window.exporter.export()
    assert target.read_text("utf-8") != "old"
