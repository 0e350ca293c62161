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
    months: tuple[str, ...]
    """Month names, January first, for dates written out."""
    exported_on: str
    """When an export was made: ``{day}``, ``{month}``, ``{year}``, ``{time}`` (UTC)."""

    def count(self, n: int) -> str:
        """``n`` highlights (singular for 0 and 1 in French, for 1 in English)."""
        single = n == 1 or (self.code == "fr" and n == 0)
        return (self.one_highlight if single else self.many_highlights).format(n=n)

    def exported(self, moment: datetime) -> str:
        """When the export was made (UTC), as this language writes a date."""
        moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
        return self.exported_on.format(
            day=moment.day,
            month=self.months[moment.month - 1],
            year=moment.year,
            time=f"{moment:%H:%M}",
        )


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
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    exported_on="exported {month} {day}, {year} at {time} UTC",
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
    exported_on="exporté le {day} {month} {year} à {time} UTC",
)
LABELS = {labels.code: labels for labels in (ENGLISH, FRENCH)}


def labels_for(language: str | None) -> Labels:
    """The labels for a language tag (``fr``, ``fr-CA``, ``fr_FR``); English otherwise."""
    code = (language or "").replace("_", "-").split("-")[0].lower()
    return LABELS.get(code, ENGLISH)
