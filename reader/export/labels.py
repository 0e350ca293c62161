"""The words an export adds around the document (section titles, colour names, links),
in English or French: the export dialog offers the document's language or the user's.

The W3C JSON has no such words; the Markdown keys (``colour``, ``tags``, ``note``) and
the HTML class names stay as they are, so tools reading an export read every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.annotations import Colour


@dataclass(frozen=True, slots=True)
class Labels:
    code: str
    highlights: str
    unplaced: str
    unplaced_note: str
    in_text: str
    back: str
    highlight: str
    """One highlight (a footnote that has nothing else to say; a link's label)."""
    colours: dict[Colour, str]


ENGLISH = Labels(
    code="en",
    highlights="Highlights",
    unplaced="Unplaced highlights",
    unplaced_note="These highlights could not be found in the current text of the document.",
    in_text="in text",
    back="Back to the text",
    highlight="highlight",
    colours={colour: colour.value for colour in Colour},
)
FRENCH = Labels(
    code="fr",
    highlights="Surlignages",
    unplaced="Surlignages non placés",
    unplaced_note="Ces surlignages n’ont pas été retrouvés dans le texte actuel du document.",
    in_text="dans le texte",
    back="Retour au texte",
    highlight="surlignage",
    colours={
        Colour.YELLOW: "jaune",
        Colour.GREEN: "vert",
        Colour.BLUE: "bleu",
        Colour.RED: "rouge",
        Colour.PURPLE: "violet",
        Colour.ORANGE: "orange",
    },
)
LABELS = {labels.code: labels for labels in (ENGLISH, FRENCH)}


def labels_for(language: str | None) -> Labels:
    """The labels for a language tag (``fr``, ``fr-CA``, ``fr_FR``); English otherwise."""
    code = (language or "").replace("_", "-").split("-")[0].lower()
    return LABELS.get(code, ENGLISH)
