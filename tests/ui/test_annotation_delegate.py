"""A row of the Annotations panel is as tall as its wrapped text: no empty line under a
quote the estimate feared would wrap once more, and no line cut off."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from reader.ui.annotation_delegate import _estimated_lines, lines_height

WORDS = [
    "place",
    "lundi",
    "septembre",
    "ses",
    "premiers",
    "centres",
    "de",
    "données",
    "province",
    "Hebei",
    "Chine",
]


def _wrapped_lines(font: QFont, text: str, width: int) -> int:
    flags = int(Qt.TextFlag.TextWordWrap)
    height = QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
    lines = 1
    while lines_height(font, lines) < height:
        lines += 1
    return lines


def test_the_estimate_matches_the_wrapped_lines_near_a_line_end(qtbot: QtBot) -> None:
    font = QFont()
    font.setItalic(True)
    width = 230
    checked = 0
    for count in range(1, 40):
        text = "« " + " ".join(WORDS[i % len(WORDS)] for i in range(count)) + " »"
        actual = _wrapped_lines(font, text, width)
        if actual > 3:
            break
        assert _estimated_lines(font, text, width, 3) == actual, text
        checked += 1
    assert checked >= 8
