"""A broken Qt binding must fail loudly (PySide6 6.12.0 on Python 3.11 drops a
reference to None on every void call and aborts the interpreter after a few
thousand calls: see shared notes, platform.md)."""

from PySide6.QtCore import QObject
from PySide6.QtGui import QFontDatabase, QTextCursor, QTextDocument


def test_twenty_thousand_void_calls_survive(qapp: object) -> None:
    obj = QObject()
    document = QTextDocument("x" * 100)
    cursor = QTextCursor(document)
    for i in range(20_000):
        obj.setObjectName("n")
        cursor.setPosition(i % 100)
    assert obj.objectName() == "n"


def test_fonts_are_available(qapp: object) -> None:
    """Without any font every glyph is a box and screenshots silently lie."""
    assert QFontDatabase.families()
