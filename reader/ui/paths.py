"""Files the app ships in reader/resources."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def open_filter() -> str:
    """What File > Open and Add to Library offer, in the interface's language."""
    documents = QCoreApplication.translate(
        "", "Documents (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf)"
    )
    return f"{documents};;{QCoreApplication.translate('', 'All files (*)')}"


SAMPLE_NAME = "Alibaba ouvre ses centres de données du Hebei.txt"


def resource(name: str) -> Path:
    return Path(str(files("reader.resources").joinpath(name)))


def sample_article() -> Path:
    return resource(f"samples/{SAMPLE_NAME}")


def app_icon() -> Path:
    return resource("reader.svg")
