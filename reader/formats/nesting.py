"""Markup nested too deeply for the parser, flattened so that its text is kept.

libxml2 (under lxml) stops reading a document nested more than 256 elements deep
("Excessive depth in document") unless told to lift all of its limits, which would
also lift its protection against entity expansion; everything after that point
would be lost, and a page of 100,000 nested ``<div>`` would have "no text". When a
parser reports that, :func:`flatten` drops the tags below ``MAX_DEPTH`` (their text
stays, a tag becoming a space) and the markup is parsed again. Well-formed XML stays
well-formed: tags are dropped in matching pairs.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement, HTMLParser, document_fromstring

MAX_DEPTH = 120
"""Elements deeper than this lose their tags (not their text) once flattening is needed.
Well below libxml2's 256, leaving room for the levels the extractor adds."""

_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<[!?][^>]*>"
    r"|<(/?)([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.DOTALL,
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# An opening tag of these closes an open one of the same name (HTML's implied ends).
_SELF_ENDING = frozenset(["p", "li", "dt", "dd", "tr", "td", "th", "option"])
DEPTH_ERROR = "Excessive depth"


def too_deep(messages: object) -> bool:
    """Whether a parser's error log (or an exception's message) says the depth limit hit."""
    return DEPTH_ERROR in str(messages)


def flatten(markup: str, *, html: bool, max_depth: int = MAX_DEPTH) -> str:
    """``markup`` with every tag deeper than ``max_depth`` replaced by a space; ``html``
    counts HTML's void elements and implied ends (``<p>`` after ``<p>``)."""
    out: list[str] = []
    stack: list[str] = []
    dropped: dict[str, int] = {}
    last = 0
    for token in _TOKEN.finditer(markup):
        closing, name = token.group(1), token.group(2)
        if name is None:  # comment, declaration, processing instruction
            continue
        name = name.lower()
        keep = True
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            elif name in stack:
                while stack and stack.pop() != name:
                    pass
        elif not (token.group(3).rstrip().endswith("/") or (html and name in _VOID)):
            if html and name in _SELF_ENDING and stack and stack[-1] == name:
                stack.pop()
            if len(stack) >= max_depth:
                dropped[name] = dropped.get(name, 0) + 1
                keep = False
            else:
                stack.append(name)
        if not keep:
            out.append(markup[last : token.start()])
            out.append(" ")
            last = token.end()
    out.append(markup[last:])
    return "".join(out)


def parse_html(text: str, parser: HTMLParser) -> HtmlElement:
    """``document_fromstring`` that flattens first what the parser would cut short.
    Raises what lxml raises (``ParserError``, ``ValueError``) for no document at all."""
    root = document_fromstring(text, parser=parser)
    if too_deep(parser.error_log):
        root = document_fromstring(flatten(text, html=True), parser=parser)
    return root
