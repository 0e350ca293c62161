"""The command line: ``reader [FILE]`` opens the GUI; ``reader COMMAND ...`` runs headless."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from reader import __version__
from reader.cli import messages
from reader.cli.index_commands import add_index_command
from reader.cli.library_parser import add_library_commands
from reader.cli.output import shown
from reader.core.annotations import Colour
from reader.export import FORMATS as EXPORT_FORMATS

GUI_COMMANDS = frozenset({"open", "screenshot"})
COLOURS = tuple(colour.value for colour in Colour)

EPILOG = """\
With no command, reader opens FILE (or the bundled sample article) in a window.
Offsets printed by any command count Unicode code points of the canonical text
that 'reader text FILE' prints. The database is --db PATH, else the READER_DB
environment variable (a path or an SQLAlchemy URL), else the user data folder.
"""


class Parser(argparse.ArgumentParser):
    """argparse, with every argument error as one line (not usage + error)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, messages.argument_error(shown(message), self.prog))


def _size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(messages.bad_size(value)) from None
    if not (200 <= width <= 8000 and 150 <= height <= 8000):
        raise argparse.ArgumentTypeError(messages.SIZE_OUT_OF_RANGE)
    return width, height


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(messages.not_a_whole_number(value)) from None
    if number < 1:
        raise argparse.ArgumentTypeError(messages.below_one(number))
    return number


def build_parser() -> argparse.ArgumentParser:
    db_help = "database file or SQLAlchemy URL (default: READER_DB or user data)"
    debug_help = "on an error, also print the traceback and technical details"
    common = Parser(add_help=False)
    # SUPPRESS: a command's own default must not undo a --db given before the command.
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=debug_help)
    # Commands that read a FILE: an encrypted PDF opens with its password.
    reading = Parser(add_help=False, parents=[common])
    reading.add_argument(
        "--password",
        metavar="TEXT",
        default=None,
        help="password of an encrypted PDF (other users of this machine may see it)",
    )
    parser = Parser(
        prog="reader",
        description="A desktop reader with annotation tools.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("--db", metavar="PATH", default=None, help=db_help)
    parser.add_argument("--debug", action="store_true", help=debug_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    cmd = commands.add_parser(
        "open", parents=[common], help="open FILE in the reader window (the default command)"
    )
    cmd.add_argument("file", nargs="?", metavar="FILE", help="document to open (default: sample)")
    cmd.add_argument(
        "--new-window",
        action="store_true",
        help="open another window even if one is open on this library",
    )

    cmd = commands.add_parser(
        "text", parents=[reading], help="print a document's canonical text (offsets count in it)"
    )
    cmd.add_argument("file", metavar="FILE")

    cmd = commands.add_parser(
        "outline",
        parents=[common],
        help="list a document's headings (chapters) with their level and offset",
        description="Print FILE's table of contents: its own for a book, else its headings,"
        " one per line: level, offset in the canonical text, title. With --json: a list of"
        ' {"level", "title", "start"} objects.',
    )
    cmd.add_argument("file", metavar="FILE")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of text")

    cmd = commands.add_parser(
        "add",
        parents=[reading],
        help="add documents to the library without opening them",
        description="Read each FILE (text in any encoding, Markdown, a saved web page"
        " .html/.htm/.xhtml, an EPUB book, a PDF) and record it in the library. Prints one line"
        " per file added; a file that cannot be read is one error line on stderr, the"
        " others are still added, and the exit status is then 2.",
    )
    cmd.add_argument("files", nargs="+", metavar="FILE")

    cmd = commands.add_parser(
        "search",
        parents=[common],
        help="search the library: texts, titles, notes, highlighted passages and tags",
        description="Find QUERY in the library, ignoring case and accents ('donnees' finds"
        " 'données'). Every word must match; \"quoted words\" match as a phrase; word*"
        " matches words starting with it. Each hit gives the document (title and path),"
        " its kind (text, note, quote or tag), a snippet with the matched words in [ ],"
        " and an offset in the document's canonical text (the first matching word, or"
        " the annotation's start); with --all-hits, every matching word of each document"
        " found is a hit of its own. With --json: a list of objects with document_id, path,"
        " title, kind, offset, snippet, marks ([start, end] of the matches in the"
        " snippet) and annotation_id.",
    )
    cmd.add_argument("query", metavar="QUERY", help="words to find (quote the whole query)")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    cmd.add_argument(
        "--limit",
        type=_positive,
        default=50,
        metavar="N",
        help="at most N documents and annotations (default: 50)",
    )
    cmd.add_argument(
        "--all-hits",
        action="store_true",
        help="every matching word of each document found, in text order (not only the first)",
    )

    cmd = commands.add_parser(
        "screenshot", parents=[common], help="render the main window offscreen to a PNG"
    )
    cmd.add_argument("file", nargs="?", metavar="FILE", help="document to show (default: sample)")
    cmd.add_argument("-o", "--output", required=True, metavar="OUT.png", help="PNG to write")
    cmd.add_argument(
        "--size", type=_size, default=(1280, 860), metavar="WxH", help="window size (1280x860)"
    )
    cmd.add_argument(
        "--theme",
        choices=("light", "sepia", "dark", "system"),
        default="light",
        help="colour theme",
    )
    cmd.add_argument("--pages", action="store_true", help="a PDF in the page view")
    cmd.add_argument(
        "--preferences", action="store_true", help="with the Preferences dialog open over it"
    )
    cmd.add_argument(
        "--index", action="store_true", help="with the Index shown, its first entry chosen"
    )
    cmd.add_argument(
        "--language", default="en", metavar="CODE", help="interface language (en, fr; default en)"
    )

    cmd = commands.add_parser(
        "annotate",
        parents=[reading],
        help="highlight a passage of FILE (with a colour, a note, tags); prints it as JSON",
        usage="%(prog)s FILE (--start S --end E [--exact] | --quote TEXT [--occurrence N])"
        "\n       [--color NAME] [--note TEXT] [--tag TAG]... [--db PATH]",
        description="Record FILE in the library, save one annotation on it, print it as JSON."
        " Choose the passage by offsets (--start and --end) or by its text (--quote).",
    )
    cmd.add_argument("file", metavar="FILE")
    where = cmd.add_argument_group("the passage (offsets or a quote)")
    where.add_argument("--start", type=int, metavar="S", help="first code point of the passage")
    where.add_argument("--end", type=int, metavar="E", help="code point just after the passage")
    where.add_argument("--quote", metavar="TEXT", help="the passage's exact text")
    where.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help="which occurrence of --quote, counting from 1 (default: 1)",
    )
    where.add_argument(
        "--exact",
        action="store_true",
        help="keep --start and --end as given (by default they are widened to whole words"
        " and white space at the ends is dropped, as when selecting in the window)",
    )
    cmd.add_argument(
        "--color",
        "--colour",
        dest="color",
        default="yellow",
        metavar="NAME",
        help=f"highlight colour: {', '.join(COLOURS)} (default: yellow)",
    )
    cmd.add_argument("--note", default="", metavar="TEXT", help="a note on the passage")
    cmd.add_argument(
        "--tag",
        dest="tags",
        action="append",
        default=[],
        metavar="TAG",
        help="a tag (repeat for several; levels with '/', e.g. chine/cloud)",
    )

    cmd = commands.add_parser(
        "annotations",
        parents=[reading],
        help="list the annotations of FILE (re-anchored if FILE changed)",
        description="List FILE's annotations in reading order, orphans (passages no longer"
        " found) last. With --json: a list of objects with id, start, end (null for an"
        " orphan), quote, color, note, tags, orphan, created and updated (UTC).",
    )
    cmd.add_argument("file", metavar="FILE")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")
    who = cmd.add_mutually_exclusive_group()
    who.add_argument(
        "--author", metavar="NAME", help="only those NAME made or changed last (team libraries)"
    )
    who.add_argument(
        "--mine",
        action="store_true",
        help="only yours (your name: READER_USER, else your login name)",
    )

    cmd = commands.add_parser(
        "entities",
        parents=[reading],
        help="list the named entities of FILE (as the reader highlights them)",
        description="Recognise FILE's named entities (or read them from the cache), with your"
        " corrections applied. With --json: {language, pipeline, entities: [{start, end,"
        " label, text}], stats: {mentions, per_type, pipeline, cache_hit}}; offsets count code"
        " points of 'reader text FILE'.",
    )
    cmd.add_argument("file", metavar="FILE")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")

    cmd = commands.add_parser(
        "export",
        parents=[reading],
        help="export FILE with its annotations (Markdown, highlights list, HTML, W3C JSON)",
        description="Write an annotated copy of FILE. Formats: md (the whole text with"
        " highlights, footnotes and a Highlights section), md-highlights (only the"
        " highlights), html (one self-contained page), json (W3C Web Annotation"
        " collection, importable with import-annotations). Written to stdout without -o;"
        " with -o the file is written atomically.",
    )
    cmd.add_argument("file", metavar="FILE")
    cmd.add_argument(
        "--format", "-f", required=True, choices=list(EXPORT_FORMATS), help="export format"
    )
    cmd.add_argument("-o", "--output", metavar="OUT", help="file to write (default: stdout)")
    cmd.add_argument(
        "--entities", action="store_true", help="also mark named entities (md and html)"
    )

    cmd = commands.add_parser(
        "import-annotations",
        parents=[reading],
        help="import annotations from a W3C Web Annotation JSON file",
        description="Add the annotations of FILE.json (as written by 'reader export"
        " --format json') to the document they target, or to --into DOCUMENT. Annotations"
        " already present (same id) are skipped; the counts are printed.",
    )
    cmd.add_argument("json_file", metavar="FILE.json")
    cmd.add_argument("--into", metavar="DOCUMENT", help="the document to attach them to")

    cmd = commands.add_parser(
        "import-pdf-annotations",
        parents=[reading],
        help="import the highlights and notes a PDF carries from other viewers",
        description="Record FILE.pdf in the library and add its own annotations (highlights,"
        " underlines, strike-outs, sticky notes) as reader annotations on the text under"
        " them, with the nearest colour and their comment as the note. Passages already"
        " annotated are skipped; the counts are printed.",
    )
    cmd.add_argument("file", metavar="FILE.pdf")

    add_index_command(commands, common)
    add_library_commands(commands, common)
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse, treating a first word that names a file as a file to open.

    A first word that is neither a command nor a file (no such file, no folder or
    extension in it) is an unknown command: one error line, the GUI never starts.
    """
    parser = build_parser()
    args = list(argv)
    first = _first_word(args)
    known = _command_names(parser)
    if first is None or first not in known:
        if first is not None and not _looks_like_file(first):
            close = difflib.get_close_matches(first, sorted(known), n=1)
            parser.exit(2, messages.unknown_command(shown(first), close[0] if close else None))
        if not any(a in ("-h", "--help", "--version") for a in args):
            args.insert(0, "open")
    return parser.parse_args(args)


def _first_word(args: list[str]) -> str | None:
    """The first argument that is not an option (nor the value of --db)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in ("-h", "--help", "--version"):
            return None
        if arg == "--db":
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return arg
    return None


def _looks_like_file(word: str) -> bool:
    return (
        os.path.lexists(word)
        or os.sep in word
        or (os.altsep is not None and os.altsep in word)
        or "." in word
        or not word.isascii()
        or sys.platform == "win32"
    )


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()
