"""Model labels (OntoNotes, WikiNER, NKJP, NorNE, ...) mapped to our one label scheme."""

from __future__ import annotations

from reader.core.entities import EntityLabel

# Keys are upper case; None means "drop": bare numbers are noise for a reader.
LABEL_MAP: dict[str, EntityLabel | None] = {
    "PER": EntityLabel.PERSON,
    "PERSON": EntityLabel.PERSON,
    "PERSNAME": EntityLabel.PERSON,
    "PRS": EntityLabel.PERSON,
    "ORG": EntityLabel.ORG,
    "ORGANIZATION": EntityLabel.ORG,
    "ORGANISATION": EntityLabel.ORG,
    "ORGNAME": EntityLabel.ORG,
    "GPE_ORG": EntityLabel.ORG,
    "LOC": EntityLabel.PLACE,
    "LOCATION": EntityLabel.PLACE,
    "GPE": EntityLabel.PLACE,
    "GPE_LOC": EntityLabel.PLACE,
    "FAC": EntityLabel.PLACE,
    "PLACENAME": EntityLabel.PLACE,
    "GEOGNAME": EntityLabel.PLACE,
    "MISC": EntityLabel.MISC,
    "NORP": EntityLabel.MISC,
    "PRODUCT": EntityLabel.MISC,
    "PROD": EntityLabel.MISC,
    "EVENT": EntityLabel.MISC,
    "EVT": EntityLabel.MISC,
    "WORK_OF_ART": EntityLabel.MISC,
    "LAW": EntityLabel.MISC,
    "LANGUAGE": EntityLabel.MISC,
    "DATE": EntityLabel.DATE,
    "TIME": EntityLabel.TIME,
    "MONEY": EntityLabel.MONEY,
    "QUANTITY": EntityLabel.QUANTITY,
    "PERCENT": EntityLabel.QUANTITY,
    "CARDINAL": None,
    "ORDINAL": None,
}

NAME_LABELS = frozenset({EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE})
"""Proper names: the labels consistency votes on and propagates."""

VALUE_LABELS = frozenset(
    {EntityLabel.DATE, EntityLabel.TIME, EntityLabel.MONEY, EntityLabel.QUANTITY}
)
"""What the rules find."""


def map_label(model_label: str) -> EntityLabel | None:
    """Our label for a model's label; None to drop it. Unknown labels become MISC."""
    key = model_label.strip().upper()
    if key in LABEL_MAP:
        return LABEL_MAP[key]
    return EntityLabel.MISC
