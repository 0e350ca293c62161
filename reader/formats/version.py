"""The version of the conversion from files to canonical text.

Bump :data:`TEXT_VERSION` whenever a change to any format makes the canonical text or
the blocks of an existing file come out differently (any format: one number for all).
A document recorded with an older version is re-converted the next time its file is
read: its annotations are re-anchored by their quotes (whitespace-insensitively, so a
passage quoted across a hard line break is still found), its entity corrections follow
their words, and its cached entities are recomputed.

History:

1. the conversion before versioning (plain text kept line for line);
2. plain text reflowed, chapter headings, Project Gutenberg front and back matter;
3. rich structure: Markdown without markup characters (front matter, tables, footnotes
   as ``[n]`` and notes), web pages and books with captions, table cells and trimmed
   block edges.
"""

TEXT_VERSION = 3
