"""Every message the CLI shows the user, in one place so it could be translated later.

The CLI stays in English (scripts read its output): each message is a function of
what it reports (or a constant), returning the exact text. Callers pass names
already made safe to print (``shown``, one-line titles); argparse help texts stay in
the parsers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.services.library_care import counted

# -- lines about the CLI itself ----------------------------------------------------


def error_line(message: str) -> str:
    return f"reader: error: {message}"


def warning_line(message: str) -> str:
    return f"reader: warning: {message}"


def detail_line(detail: str) -> str:
    return f"reader: detail: {detail}"


def argument_error(message: str, prog: str) -> str:
    return f"reader: error: {message} (see '{prog} --help')\n"


def unknown_command(command: str, close: str | None) -> str:
    hint = f" (did you mean '{close}'?)" if close else ""
    return f"reader: error: unknown command '{command}'{hint} (see 'reader --help')\n"


def bad_size(value: str) -> str:
    return f"size must look like 1200x800, not {value!r}"


SIZE_OUT_OF_RANGE = "size must be between 200x150 and 8000x8000"


def not_a_whole_number(value: str) -> str:
    return f"expected a whole number, not {value!r}"


def below_one(number: int) -> str:
    return f"expected a number of at least 1, not {number}"


INTERRUPTED = "interrupted"
NOT_ENOUGH_MEMORY = "there is not enough memory for this"


def internal_error(kind: str, exc: object) -> str:
    return f"internal error ({kind}): {exc}; run again with --debug for details"


def cannot_use(name: str | None, reason: str) -> str:
    return f"cannot use{f' {name}' if name else ''}: {reason}"


def wrong_password(name: str) -> str:
    return f"{name}: wrong password"


def password_prompt(name: str) -> str:
    return f"Password for {name}: "


def library_damaged_read_only(path: object) -> str:
    return f"the library {path} is damaged, so it was opened read-only: see 'reader library check'"


# -- documents, annotations, entities, exports ------------------------------------


def no_headings(title: str) -> str:
    return f"{title}: no headings"


def added(new: bool, title: str, *, fmt: str, words: int, language: str | None, path: str) -> str:
    details = [fmt, f"{words:,} words"] + ([language] if language else [])
    return f"{'added' if new else 'updated'} {title} ({', '.join(details)}): {path}"


def copy_differs(path: str) -> str:
    return (
        f"{path}: your copy differs from the team library's text; the library's text is"
        " used (highlights stay anchored to it)"
    )


def no_results(query: str) -> str:
    return f"no results for {query!r}"


PASSAGE_TWICE = "choose the passage by --start and --end or by --quote, not both"
PASSAGE_MISSING = "choose the passage: --start S --end E, or --quote TEXT"
OCCURRENCE_WITHOUT_QUOTE = "--occurrence goes with --quote"
EXACT_WITH_QUOTE = "--exact goes with --start and --end (a --quote is always exact)"


def entities_summary(title: str, language: str | None, pipeline: str, mentions: int) -> str:
    return (
        f"{title} · language: {language or 'unknown'} · pipeline: {pipeline} · {mentions} mentions"
    )


NO_ENTITIES = "(no entities)\n"
ENTITY_COLUMNS = ("start", "end", "label", "text")


def wrote(path: str, size: int) -> str:
    return f"wrote {path} ({size:,} bytes)"


def annotations_imported(imported: int, skipped: int, orphaned: int, title: str) -> str:
    orphans = f", {orphaned} not found in the text (kept as orphans)" if orphaned else ""
    return f"{imported} imported, {skipped} skipped (already present){orphans} into {title}"


def pdf_marks_imported(imported: int, skipped: int, unanchored: int) -> str:
    left_out = f", {unanchored} over no text (left out)" if unanchored else ""
    return f"{imported} imported, {skipped} skipped (already present){left_out}"


def no_local_document(source: str) -> str:
    return f"{source} does not name a local document; say which with --into FILE"


def not_in_library(source: str, path: str) -> str:
    return (
        f"{source} names {path} as its document, which is not a document in"
        " your library; say which document to attach them to with --into FILE"
    )


def no_annotations(title: str) -> str:
    return f"{title}: no annotations\n"


def annotation_count(count: int, orphans: int) -> str:
    text = f"{count} annotation" + ("s" if count > 1 else "")
    if orphans:
        text += f", {orphans} no longer found in the text (listed last)"
    return text


ANNOTATION_COLUMNS = ("COLOUR", "WHERE", "QUOTE", "TAGS", "NOTE")
ORPHAN = "orphan"

# -- the Index ---------------------------------------------------------------------


def unknown_type(value: str, names: str) -> str:
    return f"unknown type {value!r} (choose {names})"


NAME_THE_ENTRY = "name the entry: reader index NAME --mentions"
NO_INDEX_ENTRIES = (
    "(no entries: the Index lists documents whose entities were recognised;"
    " open them, or run 'reader entities FILE')\n"
)
INDEX_COLUMNS = ("MENTIONS", "DOCS", "TYPE", "NAME")


def also_named(aliases: Sequence[str]) -> str:
    return f"  (also: {', '.join(aliases)})" if aliases else ""


def mentions_heading(name: str, label: str, count: int) -> str:
    return f"{name} ({label}): {count} mentions"


# -- reader library ----------------------------------------------------------------


def choose_library_action(actions: Sequence[str]) -> str:
    return f"choose what to do: reader library {'|'.join(actions)}"


SEARCH_INDEX_REBUILT = "the search index was rebuilt"


def library_sound(
    path: str,
    *,
    documents: int | None,
    annotations: int | None,
    seconds: float,
    read_only: str,
    unchecked: str,
) -> str:
    counts = f"{counted(documents, 'document')}, {counted(annotations, 'annotation')}"
    note = f"; read-only: {read_only}" if read_only else ""
    if unchecked:
        note += f"; {unchecked}"
    return (
        f"ok: {path} ({counts}): pages, indexes, references and the search"
        f" index are sound ({seconds:.2f} s){note}"
    )


def problem(text: str) -> str:
    return f"problem: {text}"


def search_index_mismatch(path: object) -> str:
    return (
        f"The search index of the library {path} does not match its contents "
        "(the documents and annotations are sound); rebuild it with "
        "'reader library check --repair'"
    )


def library_damaged(
    path: object, problems: int, backup: tuple[str, int | None, object] | None
) -> str:
    """``backup``: the newest good backup's age, annotations and path, if any."""
    if backup is None:
        offer = "there is no backup to restore"
    else:
        when, annotations, where = backup
        offer = (
            f"restore the newest good backup ({when}, "
            f"{counted(annotations, 'annotation')}) with 'reader library restore "
            f"{where}'"
        )
    return (
        f"The library {path} is damaged ({counted(problems, 'problem')}"
        f" found): {offer}, or save what can be read with 'reader library recover -o"
        " NEW.sqlite3'"
    )


def backed_up(path: str, facts: str) -> str:
    return f"backed up to {path} ({facts})"


def no_backups(folder: str) -> str:
    return f"no backups yet in {folder}"


BACKUP_TIME = "%Y-%m-%d %H:%M UTC"


def library_kept(damaged: bool, path: str) -> str:
    what = "the damaged library was moved to" if damaged else "backed up to"
    return f"the library as it was: {what} {path}"


def restored(path: str, facts: str) -> str:
    return f"restored {path} ({facts})"


def recovered(target: str, annotations: int, before: int | None, documents: int, tags: int) -> str:
    saved = counted(annotations, "annotation")
    if before is not None and before > annotations:
        saved += f" of {before}"
    return (
        f"recovered into {target}: {saved} saved, "
        f"{counted(documents, 'document')}, {counted(tags, 'tag')}"
    )


def documents_lost(count: int) -> str:
    return (
        f"{counted(count, 'document')} lost: their annotations are kept under"
        " 'Recovered annotations' (as orphans)"
    )


def rows_partly_read(count: int) -> str:
    return f"{counted(count, 'row')} could be read only in part"


def unreadable_tables(tables: Sequence[str]) -> str:
    return f"unreadable: {', '.join(tables)}"


def use_it_with(target: str) -> str:
    return f"use it with: reader --db {target} ..."


_COPIED_WORDS = {
    "documents": "document",
    "annotations": "annotation",
    "tags": "tag",
    "entity_corrections": "correction",
    "deleted_annotations": "deleted annotation",
}


def copied_into(target: str, copied: Mapping[str, int]) -> str:
    counts = ", ".join(counted(copied[t], w) for t, w in _COPIED_WORDS.items())
    return f"copied into {target}: {counts}"


def rows_already_there(count: int) -> str:
    return f"{counted(count, 'row')} were there already and were left as they were"
