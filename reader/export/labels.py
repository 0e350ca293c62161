"""The words an export adds around the document (section titles, colour names, links),
in English or French: the export dialog offers the document's language or the user's.

The W3C JSON has no such words; the Markdown keys (``colour``, ``tags``, ``note``) and
the HTML class names stay as they are, so tools reading an export read every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

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
    one_highlight: str
    many_highlights: str
    months: tuple[str, ...] = ()
    """Month names for dates written out; none: dates stay in ISO 8601."""

    def count(self, n: int) -> str:
        """``n`` highlights (singular for 0 and 1 in French, for 1 in English)."""
        single = n == 1 or (self.code == "fr" and n == 0)
        return (self.one_highlight if single else self.many_highlights).format(n=n)

    def exported(self, moment: datetime) -> str:
        """When the export was made (UTC), as this language writes a date."""
        moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
        if not self.months:
            return f"exported {moment.replace(tzinfo=None, microsecond=0).isoformat()}Z"
        month = self.months[moment.month - 1]
        return f"exporté le {moment.day} {month} {moment.year} à {moment:%H:%M} UTC"


ENGLISH = Labels(
    code="en",
    highlights="Highlights",
    unplaced="Unplaced highlights",
    unplaced_note="These highlights could not be found in the current text of the document.",
    in_text="in text",
    back="Back to the text",
    highlight="highlight",
    colours={colour: colour.value for colour in Colour},
    one_highlight="{n} highlight",
    many_highlights="{n} highlights",
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
    one_highlight="{n} surlignage",
    many_highlights="{n} surlignages",
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
)
LABELS = {labels.code: labels for labels in (ENGLISH, FRENCH)}


def labels_for(language: str | None) -> Labels:
    """The labels for a language tag (``fr``, ``fr-CA``, ``fr_FR``); English otherwise."""
    code = (language or "").replace("_", "-").split("-")[0].lower()
    return LABELS.get(code, ENGLISH)
