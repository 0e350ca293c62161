"""A page bitmap in negative for the dark theme, the file's own marks keeping their hues.

Inverting a page turns its ink light and its paper dark, but also every colour into
its opposite: another viewer's yellow highlight would read blue, a red note cyan.
So the page is drawn twice, with and without its annotations: where they change a
pixel to a colour (not grey), the negative of the page under them is lit by that
colour, as the reading view lights dark paper with a highlight; elsewhere (grey or
black ink, the page itself) the plain negative is kept.
"""

from __future__ import annotations

import numpy as np

MARK_LIGHT = 0.5
"""How much of a mark's colour lights the dark paper under it."""
GREY_SPREAD = 24
"""Channels differing by no more than this (of 255) are grey: inverted as they are."""


def negative(plain: bytes, marked: bytes | None = None) -> bytes:
    """The negative of 32-bit pixels (blue, green, red, unused) ``marked`` (the page with
    its annotations; ``plain`` if None), ``plain`` being the same page without them."""
    page = np.frombuffer(plain, np.uint32)
    drawn = page if marked is None else np.frombuffer(marked, np.uint32)
    out = drawn ^ np.uint32(0x00FFFFFF)  # the colour bytes inverted, the unused one kept
    if marked is None:
        return out.tobytes()
    changed = np.flatnonzero(page != drawn)  # the annotations' pixels: few, mostly
    colours = drawn[changed].view(np.uint8).reshape(-1, 4)[:, :3].astype(np.int16)
    coloured = colours.max(axis=1) - colours.min(axis=1) > GREY_SPREAD
    lit = changed[coloured]
    under = 255 - page[lit].view(np.uint8).reshape(-1, 4)[:, :3].astype(np.int16)
    light = (colours[coloured] * MARK_LIGHT).astype(np.int16)
    pixels = out.view(np.uint8).reshape(-1, 4)
    pixels[lit, :3] = np.minimum(255, under + light)
    return out.tobytes()
