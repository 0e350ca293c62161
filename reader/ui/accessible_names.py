"""Names a screen reader says for the window's controls that show no text of their own
(lists, trees, search fields, the reading view, the find bar), found by their object names."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reader.ui.i18n import tr


def _names() -> dict[str, str]:
    return {
        "readingView": tr("Document text"),
        "entityTree": tr("Entities of the document"),
        "contentsTree": tr("Contents"),
        "annotationSearch": tr("Filter the highlights"),
        "colourFilter": tr("Filter by colour"),
        "tagFilter": tr("Filter by tags"),
        "libraryFilter": tr("Filter the library"),
        "librarySort": tr("Sort the library"),
        "libraryList": tr("Documents of the library"),
        "searchQuery": tr("Search the library"),
        "searchResults": tr("Search results"),
        "findEdit": tr("Find in the document"),
        "indexFilter": tr("Filter the Index"),
        "indexEntries": tr("Names of the Index"),
        "indexMentions": tr("Mentions of the chosen name"),
    }


def name_controls(root: QWidget) -> None:
    """Give each known control under ``root`` its accessible name (unless it has one)."""
    names = _names()
    for widget in root.findChildren(QWidget):
        name = names.get(widget.objectName())
        if name is not None and not widget.accessibleName():
            widget.setAccessibleName(name)
