"""What services and core tell the user, by key: one sentence, its parts named.

A :class:`Message` is a key of :class:`Msg` (whose value is the English template,
placeholders named ``{like_this}``) and the values of its placeholders. ``str()`` of
it is the English sentence (what the CLI prints, what logs keep); the window looks the
key up in its own table of translated templates (``reader.ui.service_messages``) and
fills in the same values, themselves translated where they are a :class:`Message`, a
highlight colour or an entity type. Errors (:mod:`reader.core.errors`) and operations
(:mod:`reader.services.ops`) carry one, so nothing here needs Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias


class Msg(StrEnum):
    """Every sentence of services and core shown in the window; the value is English."""

    # -- the library's faults (reader.store.faults, reader.store.opening, postgres) --
    LIBRARY_LOCKED = (
        "The library {library} is in use by another program, which kept it locked for"
        " more than {seconds} seconds; try again when it is done"
    )
    LIBRARY_LOCKED_ONE_SECOND = (
        "The library {library} is in use by another program, which kept it locked for"
        " more than 1 second; try again when it is done"
    )
    LIBRARY_READ_ONLY = "Cannot save changes: the library {library} is read-only ({reason})"
    LIBRARY_FULL = (
        "Cannot save: the disk holding the library {library} is full; nothing was"
        " changed (free some space and try again)"
    )
    LIBRARY_DAMAGED = (
        "The library {library} is damaged: restore a backup, or recover what can be"
        " read into a new library"
    )
    LIBRARY_DAMAGED_READ_ONLY = (
        "Cannot save changes: the library {library} is damaged and was opened read-only;"
        " restore a backup, or recover what can be read into a new library"
    )
    NOT_A_LIBRARY = "{library} is not a reader library: it is not an SQLite database file"
    LIBRARY_NOT_USABLE = "The library {library} could not be used"
    LIBRARY_CANNOT_OPEN = (
        "Cannot open the library {library}: the file or its folder cannot be opened"
    )
    LIBRARY_NO_MEMORY = (
        "There is not enough memory to use the library; close other programs and try again"
    )
    LIBRARY_CANNOT_USE = "Cannot use the library {library}: {reason}"
    LIBRARY_DISK_UNREADABLE = "The disk holding the library {library} could not be read"
    LIBRARY_EMPTY = "The library {library} is empty: it was probably truncated"
    LIBRARY_WITH_BACKUPS = "{message}; restore one of its backups"
    LIBRARY_CANNOT_CREATE = "Cannot create the library {library}: {reason}"
    LIBRARY_MUST_UPGRADE = (
        "The library {library} was made by an older version of reader and must be upgraded,"
        " which cannot be done: {reason}"
    )
    LIBRARY_UPGRADE_NO_BACKUP = (
        "The library {library} was not upgraded, because the backup before upgrading"
        " failed: {reason}"
    )
    DAILY_BACKUP_FAILED = "The daily backup was not made: {reason}"
    NOT_A_PATH_OR_URL = "{db} is neither a file path nor a database URL"
    CANNOT_CREATE_FOLDER = "Cannot create the folder {folder} for the library: {reason}"
    UNSUPPORTED_DATABASE = "{library}: this kind of database is not supported"
    DATABASE_NOT_A_LIBRARY = (
        "{library} is a database but not a reader library; it was left unchanged"
    )
    LIBRARY_NEEDS_NEWER = (
        "The library {library} needs reader {needed} or newer (this is reader {version});"
        " it was left unchanged"
    )
    LIBRARY_TOO_NEW = (
        "The library {library} was made by a newer version of reader than {version} (schema"
        " revision {revision}); open it with that version (it was left unchanged)"
    )
    THE_LIBRARY = "the library"
    ON_THE_SERVER = "on the server"
    THE_BACKUP_FOLDER = "the backup folder"
    THE_BACKUP = "the backup"
    THE_RECOVERED_LIBRARY = "the recovered library"
    THE_RESTORED_LIBRARY = "the restored library"
    THE_DAMAGED_LIBRARY = "the damaged library"
    CANNOT_WRITE_FILE = "Cannot write {what} {target}"
    CANNOT_WRITE_FILE_BECAUSE = "Cannot write {what} {target}: {reason}"
    SERVER_REFUSED_LOGIN = "The server of the library {library} refused the user name or password"
    SERVER_NO_DATABASE = (
        "The library {library} does not exist on its server (create the database first)"
    )
    SERVER_READ_ONLY_ROLE = (
        "Cannot save changes: your role on the library {library} may only read it"
    )
    SERVER_LOCKED = (
        "The library {library} is being changed by another member, who kept it locked for"
        " more than {seconds} seconds; try again"
    )
    SERVER_DISK_FULL = "The server of the library {library} is out of disk space"
    SERVER_SAME_MOMENT = (
        "Another member changed the same thing in the library {library} at the same"
        " moment; what you did was not saved: try again"
    )
    SERVER_UNREACHABLE = (
        "The server of the library {library} cannot be reached; what you did was not"
        " saved: try again when it is back"
    )
    # the reasons named inside them
    CANNOT_BE_WRITTEN = "it cannot be written to"
    DISK_MOUNTED_READ_ONLY = "the disk is mounted read-only"
    FILE_READ_ONLY = "the file is read-only"
    FOLDER_READ_ONLY = "its folder is read-only"
    FOLDER_CANNOT_BE_WRITTEN = "its folder cannot be written"
    PERMISSION_DENIED = "permission denied"
    BEING_RECOVERED = "it is being recovered"
    IS_A_BACKUP = "it is a backup"
    IT_IS_DAMAGED = "it is damaged"
    DISK_READ_ONLY = "the disk is read-only"
    DISK_FULL = "the disk is full"
    QUOTA_EXCEEDED = "the disk quota is exceeded"
    IS_A_FOLDER = "it is a folder"
    NOT_A_REGULAR_FILE = "it is not a regular file"
    NAME_TOO_LONG = "the name is too long for the file system"
    NO_SUCH_FOLDER = "the folder does not exist"
    ITS_FOLDER_MISSING = "its folder does not exist"
    DISK_IO = "the disk could not be read or written"
    NAME_IN_THE_WAY = "a file of that name is in the way"
    BACKUP_EXISTS = "Cannot back up to {target}: it exists already"
    BACKUP_ONTO_ITSELF = "Cannot back up the library onto itself"
    BACKUP_OF_DAMAGED = (
        "The library {library} is damaged, so no backup was made (the copy failed its"
        " check: {problem})"
    )
    RECOVER_EXISTS = "Cannot recover into {target}: it exists already"
    RECOVER_INTO_ITSELF = "Cannot recover a library into itself"
    RECOVER_NOT_A_DATABASE = (
        "Nothing can be recovered from {library}: it is not an SQLite database file"
    )
    RECOVER_TOO_NEW = "Cannot recover {library}: it was made by a newer version of reader"
    RECOVERED_FAILED_CHECK = (
        "The recovered library failed its check ({problem}); nothing was written"
    )
    RECOVER_NO_TABLES = "Nothing can be recovered: the library's list of tables cannot be read"
    RESTORE_MISSING = "Cannot restore {backup}: there is no such file"
    RESTORE_NOT_A_DATABASE = "Cannot restore {backup}: it is not an SQLite database"
    RESTORE_DAMAGED = "Cannot restore {backup}: the backup itself is damaged"
    RESTORE_UNREADABLE = "Cannot restore {backup}: it is not a reader library this version can read"
    RESTORE_FROM_ITSELF = "Cannot restore the library from itself"
    BACKUPS_FILES_ONLY = "Backups and checks work on library files (SQLite) only"
    NO_LIBRARY_AT = "There is no library at {path}"
    KEEP_BETWEEN = "keep between {low} and {high} backups, not {value}"
    # -- W3C Web Annotation files (reader.export.w3c) --
    W3C_BAD_JSON = (
        "Not a W3C annotation file: invalid JSON at line {line}, column {column} ({reason})"
    )
    W3C_UNREADABLE_JSON = "Not a W3C annotation file: unreadable JSON ({reason})"
    W3C_NOT_OBJECT_OR_LIST = "Not a W3C annotation file: expected a JSON object or list"
    W3C_NO_FIRST_PAGE = "Not a W3C annotation file: the collection has no first page"
    W3C_SEPARATE_PAGES = (
        "Cannot import this collection: its pages are separate documents (only collections"
        " with embedded pages can be read)"
    )
    W3C_UNKNOWN_TYPE = (
        "Not a W3C annotation file: expected an AnnotationCollection, an AnnotationPage or"
        " an Annotation"
    )
    W3C_ITEMS_NOT_LIST = "Not a W3C annotation file: a page's items are not a list"
    W3C_ANNOTATION = "annotation {n}"
    W3C_ANNOTATION_ID = "annotation {n} ({id})"
    W3C_CANNOT_IMPORT = "Cannot import {where}: {reason}"
    W3C_NOT_OBJECT = "it is not a JSON object"
    W3C_NOT_ANNOTATION = "its type is not Annotation"
    W3C_NO_QUOTE_OR_POSITION = "its target has no text quote or position"
    W3C_NO_ID = "it has no id"
    W3C_NO_TARGET = "it has no target"
    W3C_NO_SELECTOR = "its target has no selector"
    W3C_BAD_QUOTE = "its TextQuoteSelector is malformed"
    W3C_BAD_POSITION = "its TextPositionSelector needs 0 <= start <= end"
    W3C_POSITION_TOO_FAR = (
        "its TextPositionSelector end {end} is out of range (no text is longer than {limit}"
        " characters)"
    )
    W3C_BODY_NOT_TEXT = "a body's value is not text"
    W3C_DATE_NOT_TEXT = "its {name} date is not text"
    W3C_DATE_NOT_ISO = "its {name} date {value} is not ISO 8601"
    W3C_DATE_OUT_OF_RANGE = "its {name} date {value} is out of range (years 1 to 9999 in UTC)"
    # -- exports (reader.export.files) --
    CANNOT_WRITE = "Cannot write {path}: {reason}"
    NOT_UTF8_STORABLE = "the text holds characters that UTF-8 cannot store"
    FOLDER_MISSING = "the folder {folder} does not exist"
    IS_A_LINK = "it is a symbolic link (choose the file it points to, or another name)"
    IS_A_FIFO = "it is a FIFO, not a file"
    IS_A_DEVICE = "it is a device, not a file"
    IS_A_SOCKET = "it is a socket, not a file"
    IS_THE_SOURCE = "it is the document being exported; choose another name"
    # -- documents that cannot be opened (reader.formats) --
    NOT_IN_LIBRARY = "{name} is not in the library"
    FILE_NAME_NOT_UTF8 = (
        "{name}: the file name is not valid UTF-8, so it cannot be kept in the library;"
        " rename the file"
    )
    FILE_EMPTY = "{name} is empty"
    FILE_NO_VISIBLE_TEXT = "{name} has no visible text"
    FILE_BINARY = "{name} is not a text file (it looks binary)"
    FILE_UNKNOWN_ENCODING = "{name} is not a text file (unknown encoding)"
    FILE_NOT_REGULAR = "{name} is not a regular file; only regular files can be opened"
    FILE_SPECIAL = "{name} is {what}, not a document"
    FILE_TOO_LARGE = "{name} is too large ({size} MB; the limit is {limit} MB)"
    FILE_TOO_LARGE_NO_SIZE = "{name} is too large (the limit is {limit} MB)"
    FILE_MISSING = "{name}: no such file"
    FILE_LINK_LOOP = "{name}: symbolic link loop (the link points back to itself)"
    FILE_PERMISSION_DENIED = "{name}: permission denied"
    FILE_NAME_TOO_LONG = "{name}…: file name too long"
    FILE_UNREADABLE = "{name}: cannot be read ({reason})"
    FILE_TOO_MANY_LINES = "{name} has too many lines ({count}; the limit is {limit})"
    EPUB_DAMAGED = "{name} is not a valid EPUB: the archive is damaged or truncated"
    EPUB_DAMAGED_BECAUSE = (
        "{name} is not a valid EPUB: the archive is damaged or truncated ({detail})"
    )
    EPUB_COMPRESSION = "{name} uses a compression method reader cannot read"
    EPUB_PASSWORD = "{name} is password-protected and cannot be read"
    EPUB_TOO_MANY_FILES = "{name} is refused: its archive holds {count} files"
    EPUB_TOO_LARGE = (
        "{name} is refused: its archive would expand to {size} MB (the limit is {limit} MB)"
    )
    EPUB_ZIP_BOMB = (
        "{name} is refused: {part} would expand from {packed} to {size} bytes (a zip bomb?)"
    )
    EPUB_TEXT_TOO_LARGE = "{name} is refused: its text would take more than {limit} MB"
    EPUB_NO_CONTAINER = "{name} is not an EPUB book (it has no container file)"
    EPUB_NO_CHAPTERS = "{name} is not a valid EPUB: it lists no chapters"
    EPUB_DRM = "{name} is protected by DRM and cannot be read"
    BOOK_NO_TEXT = "{name} has no readable text"
    PDF_WRONG_PASSWORD = "{name}: wrong password"
    PDF_NEEDS_PASSWORD = "{name} is encrypted: it needs a password"
    PDF_PROTECTED = "{name} is protected in a way reader cannot open"
    PDF_DAMAGED = "{name} is not a valid PDF: it is damaged or truncated"
    PDF_NO_PAGES = "{name} has no pages"
    PDF_TOO_MANY_PAGES = "{name} has too many pages ({count}; the limit is {limit})"
    PDF_PAGE_DAMAGED = "{name} is damaged: page {page} cannot be read"
    PAGE_UNREADABLE = "{name} could not be read as a web page ({reason})"
    PAGE_NO_ARTICLE = "{name} has no article text (nothing but navigation, scripts or styles)"
    PAGE_EMPTY = "{name} has no article text (the page is empty)"
    PICTURE_UNAVAILABLE = "the picture is not available"
    BOOK_FILE_UNKNOWN = "the book's file is unknown"
    PICTURE_TOO_LARGE_BYTES = "the picture is too large ({size} bytes)"
    PICTURE_SUSPICIOUS = "the picture would expand suspiciously"
    PICTURE_NOT_IN_BOOK = "the picture is not in the book"
    PICTURE_UNREADABLE = "the picture cannot be read ({reason})"
    PICTURE_NOT_REGULAR = "the picture is not a regular file"
    PICTURE_TOO_LARGE = "the picture is too large"
    A_DIRECTORY = "a folder"
    A_PIPE = "a named pipe (FIFO)"
    A_SOCKET = "a socket"
    A_DEVICE = "a device"
    # -- refused values (reader.services.validation, reader.core.tags...) --
    UNKNOWN_COLOUR = "unknown colour {value}: choose one of {choices}"
    SELECTION_EMPTY = "the selection is empty (it starts and ends at {start})"
    SELECTION_BACKWARDS = "the selection ends before it starts ({start} > {end})"
    SELECTION_OUTSIDE = (
        "the selection {start}-{end} is outside the text, which has {length} characters"
    )
    SELECTION_BLANK = "the selection holds only whitespace"
    NOT_UNICODE = "{what} contains characters that are not valid Unicode"
    TAG_BLANK = "a tag cannot be blank"
    TAGS_CHANGED_ELSEWHERE = (
        "Someone else changed these tags' highlights since they were listed; nothing "
        "was changed: look at them as they are now and choose again"
    )
    TAG_CONTROL = "the tag {tag} contains control characters"
    TAG_EMPTY_LEVEL = "the tag {tag} has an empty level between '/'"
    TAG_TOO_LONG = "the tag {tag} is too long ({length} characters; the limit is {limit})"
    THE_NOTE = "the note"
    A_TAG = "a tag"
    THE_QUOTED_PASSAGE = "the quoted passage"
    NO_SUCH_TAG = "no tag named {name}"
    NO_TAG_TO_MERGE = "name at least one tag to merge"
    NO_SUCH_ANNOTATION = "no annotation with id {id}"
    NO_SUCH_DOCUMENT = "no document with id {id}"
    NO_SUCH_BOOKMARK = "no bookmark {id}"
    SELECT_FOR_ENTITY = "Select some text to mark as an entity"
    ENTITY_NAME_EMPTY = "An entity name cannot be empty"
    ENTITY_NAME_TOO_LONG = "An entity name is at most {limit} characters"
    INDEX_ENTRY_GONE = "this entry is no longer in the Index"
    INDEX_MERGE_SAME = "Choose two different entries to merge"
    INDEX_NOTHING_TO_SPLIT = "This entry has only one spelling: there is nothing to split"
    INDEX_NAME_TOO_LONG = "A name is at most {limit} characters"
    INDEX_ALL_HIGHLIGHTED = "Every mention of this entry in the document is highlighted already"
    NOT_AN_OPEN_PDF = "{title} is not an open PDF file"
    NOT_UTF8_JSON = "{name} is not UTF-8 JSON"
    DELETED_BY_SOMEONE = (
        "Someone else deleted this highlight since you opened it; your change was not"
        " saved (it can be restored from the deleted highlights)"
    )
    CHANGED_BY_SOMEONE = (
        "{who} changed this highlight since you opened it; your change was not saved:"
        " keep their version, or apply yours to it"
    )
    CHANGED_BY_SOMEONE_NOTE = (
        '{who} changed this highlight since you opened it: note "{note}"; your change was'
        " not saved: keep their version, or apply yours to it"
    )
    SOMEONE_ELSE = "someone else"
    ENTITY_WORKER_STOPPED = "Entity recognition stopped unexpectedly"
    # -- what a user or a script gives a service (reader.services, reader.store) --
    NOT_IN_TRASH = "annotation {id} is not among those deleted in the last {days} days"
    IMPORT_NO_QUOTE_OR_POSITION = "Annotation {id} has neither a quote nor a usable position"
    TAG_NOT_TEXT = "a tag must be text, not {kind}"
    NOTE_NOT_TEXT = "a note must be text, not {kind}"
    SEARCH_NOT_TEXT = "a search must be text, not {kind}"
    SELECTION_NOT_WHOLE = "a selection's start and end must be whole numbers"
    PASSAGE_EMPTY = "the passage to find is empty"
    OCCURRENCE_FROM_ONE = "the occurrence number counts from 1, not {occurrence}"
    QUOTE_NOT_IN_TEXT = "{quote} does not occur in the text"
    QUOTE_OCCURS_ONCE = "{quote} occurs only once in the text (occurrence {occurrence} asked)"
    QUOTE_OCCURS_TIMES = (
        "{quote} occurs only {count} times in the text (occurrence {occurrence} asked)"
    )
    NOT_AN_ANNOTATION_ID = "{id} is not an annotation id (a UUID)"
    QUOTES_NO_PASSAGE = "the annotation quotes no passage"
    ANNOTATION_ID_TWICE = "the same annotation id is given twice"
    ANNOTATION_EXISTS = "annotation {id} exists already"
    UNKNOWN_SORT = "unknown sort {sort}: choose one of {choices}"
    RESULTS_NOT_POSITIVE = "the number of results must be a positive whole number: {limit}"
    OFFSET_OUTSIDE = "offset {offset} is outside the document (0-{length})"
    NO_SUCH_INDEX_ENTRY = "no entry called “{name}” in the Index"
    SEVERAL_INDEX_ENTRIES = "several entries are called “{name}” ({kinds}): add --type"
    UNKNOWN_EXPORT_FORMAT = "Unknown export format {format}; choose one of {choices}"
    MENTIONS_FORMAT = "choose a format for the mentions: {choices}"
    COPY_INTO_ITSELF = "the library cannot be copied into itself"
    LOCK_TIMEOUT_RANGE = "{name} must be a number of seconds (0 to 3600)"
    COPY_CONFLICT = (
        "Cannot copy: the target library holds other {table} than this one (a row like {row}"
        " is there with another id); copy into an empty library"
    )
    # -- operations: their names in Undo/Redo and in messages (reader.services.ops) --
    OP_HIGHLIGHT = "Highlight in {colour}"
    OP_CHANGE_COLOUR = "Change colour"
    OP_CHANGE_HIGHLIGHT = "Change highlight"
    OP_DELETE_HIGHLIGHT = "Delete highlight"
    OP_DELETE_HIGHLIGHTS = "Delete {count} highlights"
    OP_RESTORE_HIGHLIGHT = "Restore highlight"
    OP_RESTORE_HIGHLIGHTS = "Restore {count} highlights"
    OP_FORGET_HIGHLIGHT = "Delete highlight for good"
    OP_FORGET_HIGHLIGHTS = "Delete {count} highlights for good"
    OP_REATTACH = "Re-attach highlight"
    OP_RENAME_TAG = "Rename tag “{old}” to “{new}”"
    OP_MERGE_TAGS = "Merge {count} tags into “{target}”"
    OP_DELETE_TAG = "Delete tag “{name}”"
    OP_DELETE_TAGS = "Delete {count} tags"
    OP_CHANGE_TAGS = "Change tags"
    OP_REMOVE_CORRECTION = "Remove entity correction"
    OP_NOT_AN_ENTITY = "Not an entity"
    OP_MARK_AS = "Mark as {type}"
    OP_FORGET_ENTITY = "Remove “{name}” from your entity list"
    OP_NEVER_ENTITY = "Never an entity: “{name}”"
    OP_ALWAYS_ENTITY = "“{name}” is always {type}"
    OP_OPEN_DOCUMENT = "Open document"
    OP_ADD_TO_LIBRARY = "Add to library"
    OP_PUT_BACK = "Put back in library"
    OP_REMOVE_FROM_LIBRARY = "Remove from library"
    OP_IMPORT_ANNOTATIONS = "Import annotations"
    OP_IMPORT_PDF_MARKS = "Import the PDF's annotations"
    OP_ADD_BOOKMARK = "Add bookmark"
    OP_DELETE_BOOKMARK = "Delete bookmark"
    OP_MERGE_INTO = "Merge into “{name}”"
    OP_MERGE_ENTRIES = "Merge entries"
    OP_SPLIT = "Split “{name}”"
    OP_SPLIT_ENTRY = "Split entry"
    OP_RENAME_ENTRY = "Rename to “{name}”"
    OP_RESTORE_ENTRY_NAME = "Restore the entry's name"
    OP_HIDE_ENTRY = "Hide “{name}”"
    OP_SHOW_ENTRY = "Show “{name}”"
    OP_CHANGE_INDEX = "Change the Index"
    OP_HIGHLIGHT_EVERY = "Highlight every “{name}”"
    OP_HIGHLIGHT_MENTIONS = "Highlight the mentions"


Value: TypeAlias = "str | int | float | Message"
"""A placeholder's value; a highlight colour or an entity type (``StrEnum``) is a ``str``
whose English is its value, which the window translates."""


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence for the user: its key and the values of its placeholders."""

    key: Msg
    params: tuple[tuple[str, Value], ...] = ()

    def __str__(self) -> str:
        return self.key.value.format(**{name: str(value) for name, value in self.params})


def message(key: Msg, **params: Value) -> Message:
    return Message(key, tuple(params.items()))
