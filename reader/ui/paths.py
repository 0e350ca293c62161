"""Files the app ships in reader/resources."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# What File > Open and Add to Library offer.
OPEN_FILTER = (
    "Documents (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;All files (*)"
)
SAMPLE_NAME = "Alibaba ouvre ses centres de données du Hebei.txt"


def resource(name: str) -> Path:
    return Path(str(files("reader.resources").joinpath(name)))


def sample_article() -> Path:
    return resource(f"samples/{SAMPLE_NAME}")


def app_icon() -> Path:
    return resource("reader.svg")
