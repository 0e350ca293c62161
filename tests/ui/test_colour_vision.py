"""Colours that can touch stay apart, for every theme and the common colour-vision
deficiencies: each pair is simulated (Machado et al. 2009, through colorspacious) and
compared in CAM02-UCS, where a difference under about 2 is hard to see."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from colorspacious import cspace_convert, deltaE  # type: ignore[import-untyped]
from PySide6.QtGui import QColor

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.ui.highlighter import MATCH, MATCH_CURRENT
from reader.ui.palette import blend, entity_tint, highlight_fill
from reader.ui.theme import THEMES, Theme

VISIONS = (None, "protanomaly", "deuteranomaly", "tritanomaly")
MIN_ENTITY_DELTA = 4.0
MIN_HIGHLIGHT_DELTA = 3.0
"""Two highlights of different colours side by side (red and green are the closest
under deuteranomaly: the panel and tooltips also name each highlight's colour)."""
MIN_DELTA = 8.0


def rgb(colour: QColor | str) -> np.ndarray:
    c = QColor(colour)
    return np.array([c.redF(), c.greenF(), c.blueF()])


def seen(colour: np.ndarray, vision: str | None) -> np.ndarray:
    if vision is None:
        return colour
    space = {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}
    simulated: np.ndarray = np.clip(cspace_convert(colour, space, "sRGB1"), 0, 1)
    return simulated


def difference(a: QColor | str, b: QColor | str, vision: str | None) -> float:
    return float(deltaE(seen(rgb(a), vision), seen(rgb(b), vision), input_space="sRGB1"))


Pair = tuple[str, QColor | str, str, QColor | str]


def closest(pairs: list[Pair]) -> tuple[float, str]:
    found = []
    for vision in VISIONS:
        for name_a, a, name_b, b in pairs:
            found.append((difference(a, b, vision), f"{name_a}/{name_b} ({vision or 'normal'})"))
    return min(found)


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_entity_tints_are_apart_from_each_other(theme: Theme) -> None:
    tints = [(label.name, entity_tint(label, theme)) for label in EntityLabel]
    pairs: list[Pair] = [(a, ca, b, cb) for (a, ca), (b, cb) in itertools.combinations(tints, 2)]
    delta, where = closest(pairs)
    assert delta >= MIN_ENTITY_DELTA, where


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_highlights_stand_apart_from_the_selection_and_from_find_matches(theme: Theme) -> None:
    fills = [(c.value, highlight_fill(c, theme)) for c in Colour]
    pairs: list[Pair] = [(name, fill, "selection", theme.selection) for name, fill in fills]
    yellow = highlight_fill(Colour.YELLOW, theme)
    pairs += [("yellow", yellow, "match", MATCH), ("yellow", yellow, "current", MATCH_CURRENT)]
    pairs += [("match", MATCH, "current", MATCH_CURRENT)]
    pairs += [("match", MATCH, "selection", theme.selection)]
    delta, where = closest(pairs)
    assert delta >= MIN_DELTA, where
    side_by_side: list[Pair] = [
        (a, ca, b, cb) for (a, ca), (b, cb) in itertools.combinations(fills, 2)
    ]
    delta, where = closest(side_by_side)
    assert delta >= MIN_HIGHLIGHT_DELTA, where


def test_the_check_sees_colours_too_close() -> None:
    """The old Person and Money tints (sky blue on blue) fail it."""
    paper = THEMES["light"].paper
    person, money = blend(paper, "#0072B2", 0.11), blend(paper, "#56B4E9", 0.11)
    assert closest([("person", person, "money", money)])[0] < MIN_ENTITY_DELTA
