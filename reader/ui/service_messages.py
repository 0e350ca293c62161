"""The sentences of services and core (:mod:`reader.core.messages`) in the interface
language: each key's English template, marked for ``pyside6-lupdate`` (context
``Messages``), translated and filled with its values, themselves translated where they
are a message, a highlight colour or an entity type. Errors raised with a plain ``str``
(none of those the window meets often) are shown in English as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.core.messages import Message, Msg, Value
from reader.ui.palette import colour_name, entity_name

TEMPLATES: dict[Msg, object] = {
    Msg.LIBRARY_LOCKED: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} is in use by another program, which kept it locked for"
        " more than {seconds} seconds; try again when it is done",
    ),
    Msg.LIBRARY_LOCKED_ONE_SECOND: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} is in use by another program, which kept it locked for"
        " more than 1 second; try again when it is done",
    ),
    Msg.LIBRARY_READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save changes: the library {library} is read-only ({reason})",
    ),
    Msg.LIBRARY_FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save: the disk holding the library {library} is full; nothing was changed"
        " (free some space and try again)",
    ),
    Msg.LIBRARY_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} is damaged: restore a backup, or recover what can be read"
        " into a new library",
    ),
    Msg.LIBRARY_DAMAGED_READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save changes: the library {library} is damaged and was opened read-only;"
        " restore a backup, or recover what can be read into a new library",
    ),
    Msg.NOT_A_LIBRARY: QT_TRANSLATE_NOOP(
        "Messages",
        "{library} is not a reader library: it is not an SQLite database file",
    ),
    Msg.LIBRARY_NOT_USABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} could not be used",
    ),
    Msg.LIBRARY_CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot open the library {library}: the file or its folder cannot be opened",
    ),
    Msg.LIBRARY_NO_MEMORY: QT_TRANSLATE_NOOP(
        "Messages",
        "There is not enough memory to use the library; close other programs and try again",
    ),
    Msg.LIBRARY_CANNOT_USE: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot use the library {library}: {reason}",
    ),
    Msg.LIBRARY_DISK_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "The disk holding the library {library} could not be read",
    ),
    Msg.LIBRARY_EMPTY: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} is empty: it was probably truncated",
    ),
    Msg.LIBRARY_WITH_BACKUPS: QT_TRANSLATE_NOOP(
        "Messages",
        "{message}; restore one of its backups",
    ),
    Msg.LIBRARY_CANNOT_CREATE: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot create the library {library}: {reason}",
    ),
    Msg.LIBRARY_MUST_UPGRADE: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} was made by an older version of reader and must be"
        " upgraded, which cannot be done: {reason}",
    ),
    Msg.LIBRARY_UPGRADE_NO_BACKUP: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} was not upgraded, because the backup before upgrading"
        " failed: {reason}",
    ),
    Msg.DAILY_BACKUP_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "The daily backup was not made: {reason}",
    ),
    Msg.NOT_A_PATH_OR_URL: QT_TRANSLATE_NOOP(
        "Messages",
        "{db} is neither a file path nor a database URL",
    ),
    Msg.CANNOT_CREATE_FOLDER: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot create the folder {folder} for the library: {reason}",
    ),
    Msg.UNSUPPORTED_DATABASE: QT_TRANSLATE_NOOP(
        "Messages",
        "{library}: this kind of database is not supported",
    ),
    Msg.DATABASE_NOT_A_LIBRARY: QT_TRANSLATE_NOOP(
        "Messages",
        "{library} is a database but not a reader library; it was left unchanged",
    ),
    Msg.LIBRARY_NEEDS_NEWER: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} needs reader {needed} or newer (this is reader {version});"
        " it was left unchanged",
    ),
    Msg.LIBRARY_TOO_NEW: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} was made by a newer version of reader than {version}"
        " (schema revision {revision}); open it with that version (it was left unchanged)",
    ),
    Msg.THE_LIBRARY: QT_TRANSLATE_NOOP("Messages", "the library"),
    Msg.ON_THE_SERVER: QT_TRANSLATE_NOOP("Messages", "on the server"),
    Msg.THE_BACKUP_FOLDER: QT_TRANSLATE_NOOP("Messages", "the backup folder"),
    Msg.THE_BACKUP: QT_TRANSLATE_NOOP("Messages", "the backup"),
    Msg.THE_RECOVERED_LIBRARY: QT_TRANSLATE_NOOP("Messages", "the recovered library"),
    Msg.THE_RESTORED_LIBRARY: QT_TRANSLATE_NOOP("Messages", "the restored library"),
    Msg.THE_DAMAGED_LIBRARY: QT_TRANSLATE_NOOP("Messages", "the damaged library"),
    Msg.CANNOT_WRITE_FILE: QT_TRANSLATE_NOOP("Messages", "Cannot write {what} {target}"),
    Msg.CANNOT_WRITE_FILE_BECAUSE: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot write {what} {target}: {reason}",
    ),
    Msg.SERVER_REFUSED_LOGIN: QT_TRANSLATE_NOOP(
        "Messages",
        "The server of the library {library} refused the user name or password",
    ),
    Msg.SERVER_NO_DATABASE: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} does not exist on its server (create the database first)",
    ),
    Msg.SERVER_READ_ONLY_ROLE: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save changes: your role on the library {library} may only read it",
    ),
    Msg.SERVER_LOCKED: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} is being changed by another member, who kept it locked for"
        " more than {seconds} seconds; try again",
    ),
    Msg.SERVER_DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "The server of the library {library} is out of disk space",
    ),
    Msg.SERVER_SAME_MOMENT: QT_TRANSLATE_NOOP(
        "Messages",
        "Another member changed the same thing in the library {library} at the same"
        " moment; what you did was not saved: try again",
    ),
    Msg.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "The server of the library {library} cannot be reached; what you did was not"
        " saved: try again when it is back",
    ),
    Msg.CANNOT_BE_WRITTEN: QT_TRANSLATE_NOOP("Messages", "it cannot be written to"),
    Msg.DISK_MOUNTED_READ_ONLY: QT_TRANSLATE_NOOP("Messages", "the disk is mounted read-only"),
    Msg.FILE_READ_ONLY: QT_TRANSLATE_NOOP("Messages", "the file is read-only"),
    Msg.FOLDER_READ_ONLY: QT_TRANSLATE_NOOP("Messages", "its folder is read-only"),
    Msg.FOLDER_CANNOT_BE_WRITTEN: QT_TRANSLATE_NOOP("Messages", "its folder cannot be written"),
    Msg.PERMISSION_DENIED: QT_TRANSLATE_NOOP("Messages", "permission denied"),
    Msg.BEING_RECOVERED: QT_TRANSLATE_NOOP("Messages", "it is being recovered"),
    Msg.IS_A_BACKUP: QT_TRANSLATE_NOOP("Messages", "it is a backup"),
    Msg.IT_IS_DAMAGED: QT_TRANSLATE_NOOP("Messages", "it is damaged"),
    Msg.DISK_READ_ONLY: QT_TRANSLATE_NOOP("Messages", "the disk is read-only"),
    Msg.DISK_FULL: QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    Msg.QUOTA_EXCEEDED: QT_TRANSLATE_NOOP("Messages", "the disk quota is exceeded"),
    Msg.IS_A_FOLDER: QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    Msg.NOT_A_REGULAR_FILE: QT_TRANSLATE_NOOP("Messages", "it is not a regular file"),
    Msg.NAME_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "the name is too long for the file system"),
    Msg.NO_SUCH_FOLDER: QT_TRANSLATE_NOOP("Messages", "the folder does not exist"),
    Msg.ITS_FOLDER_MISSING: QT_TRANSLATE_NOOP("Messages", "its folder does not exist"),
    Msg.DISK_IO: QT_TRANSLATE_NOOP("Messages", "the disk could not be read or written"),
    Msg.NAME_IN_THE_WAY: QT_TRANSLATE_NOOP("Messages", "a file of that name is in the way"),
    Msg.BACKUP_EXISTS: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot back up to {target}: it exists already",
    ),
    Msg.BACKUP_ONTO_ITSELF: QT_TRANSLATE_NOOP("Messages", "Cannot back up the library onto itself"),
    Msg.BACKUP_OF_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "The library {library} is damaged, so no backup was made (the copy failed its"
        " check: {problem})",
    ),
    Msg.RECOVER_EXISTS: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot recover into {target}: it exists already",
    ),
    Msg.RECOVER_INTO_ITSELF: QT_TRANSLATE_NOOP("Messages", "Cannot recover a library into itself"),
    Msg.RECOVER_NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "Messages",
        "Nothing can be recovered from {library}: it is not an SQLite database file",
    ),
    Msg.RECOVER_TOO_NEW: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot recover {library}: it was made by a newer version of reader",
    ),
    Msg.RECOVERED_FAILED_CHECK: QT_TRANSLATE_NOOP(
        "Messages",
        "The recovered library failed its check ({problem}); nothing was written",
    ),
    Msg.RECOVER_NO_TABLES: QT_TRANSLATE_NOOP(
        "Messages",
        "Nothing can be recovered: the library's list of tables cannot be read",
    ),
    Msg.RESTORE_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot restore {backup}: there is no such file",
    ),
    Msg.RESTORE_NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot restore {backup}: it is not an SQLite database",
    ),
    Msg.RESTORE_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot restore {backup}: the backup itself is damaged",
    ),
    Msg.RESTORE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot restore {backup}: it is not a reader library this version can read",
    ),
    Msg.RESTORE_FROM_ITSELF: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot restore the library from itself",
    ),
    Msg.BACKUPS_FILES_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "Backups and checks work on library files (SQLite) only",
    ),
    Msg.NO_LIBRARY_AT: QT_TRANSLATE_NOOP("Messages", "There is no library at {path}"),
    Msg.KEEP_BETWEEN: QT_TRANSLATE_NOOP(
        "Messages",
        "keep between {low} and {high} backups, not {value}",
    ),
    Msg.W3C_BAD_JSON: QT_TRANSLATE_NOOP(
        "Messages",
        "Not a W3C annotation file: invalid JSON at line {line}, column {column} ({reason})",
    ),
    Msg.W3C_UNREADABLE_JSON: QT_TRANSLATE_NOOP(
        "Messages",
        "Not a W3C annotation file: unreadable JSON ({reason})",
    ),
    Msg.W3C_NOT_OBJECT_OR_LIST: QT_TRANSLATE_NOOP(
        "Messages",
        "Not a W3C annotation file: expected a JSON object or list",
    ),
    Msg.W3C_NO_FIRST_PAGE: QT_TRANSLATE_NOOP(
        "Messages",
        "Not a W3C annotation file: the collection has no first page",
    ),
    Msg.W3C_SEPARATE_PAGES: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot import this collection: its pages are separate documents (only"
        " collections with embedded pages can be read)",
    ),
    Msg.W3C_UNKNOWN_TYPE: QT_TRANSLATE_NOOP(
        "Messages",
        "Not a W3C annotation file: expected an AnnotationCollection, an AnnotationPage"
        " or an Annotation",
    ),
    Msg.W3C_ITEMS_NOT_LIST: QT_TRANSLATE_NOOP(
        "Messages",
        "Not a W3C annotation file: a page's items are not a list",
    ),
    Msg.W3C_ANNOTATION: QT_TRANSLATE_NOOP("Messages", "annotation {n}"),
    Msg.W3C_ANNOTATION_ID: QT_TRANSLATE_NOOP("Messages", "annotation {n} ({id})"),
    Msg.W3C_CANNOT_IMPORT: QT_TRANSLATE_NOOP("Messages", "Cannot import {where}: {reason}"),
    Msg.W3C_NOT_OBJECT: QT_TRANSLATE_NOOP("Messages", "it is not a JSON object"),
    Msg.W3C_NOT_ANNOTATION: QT_TRANSLATE_NOOP("Messages", "its type is not Annotation"),
    Msg.W3C_NO_QUOTE_OR_POSITION: QT_TRANSLATE_NOOP(
        "Messages",
        "its target has no text quote or position",
    ),
    Msg.W3C_NO_ID: QT_TRANSLATE_NOOP("Messages", "it has no id"),
    Msg.W3C_NO_TARGET: QT_TRANSLATE_NOOP("Messages", "it has no target"),
    Msg.W3C_NO_SELECTOR: QT_TRANSLATE_NOOP("Messages", "its target has no selector"),
    Msg.W3C_BAD_QUOTE: QT_TRANSLATE_NOOP("Messages", "its TextQuoteSelector is malformed"),
    Msg.W3C_BAD_POSITION: QT_TRANSLATE_NOOP(
        "Messages",
        "its TextPositionSelector needs 0 <= start <= end",
    ),
    Msg.W3C_POSITION_TOO_FAR: QT_TRANSLATE_NOOP(
        "Messages",
        "its TextPositionSelector end {end} is out of range (no text is longer than"
        " {limit} characters)",
    ),
    Msg.W3C_BODY_NOT_TEXT: QT_TRANSLATE_NOOP("Messages", "a body's value is not text"),
    Msg.W3C_DATE_NOT_TEXT: QT_TRANSLATE_NOOP("Messages", "its {name} date is not text"),
    Msg.W3C_DATE_NOT_ISO: QT_TRANSLATE_NOOP("Messages", "its {name} date {value} is not ISO 8601"),
    Msg.W3C_DATE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Messages",
        "its {name} date {value} is out of range (years 1 to 9999 in UTC)",
    ),
    Msg.CANNOT_WRITE: QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {reason}"),
    Msg.NOT_UTF8_STORABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "the text holds characters that UTF-8 cannot store",
    ),
    Msg.FOLDER_MISSING: QT_TRANSLATE_NOOP("Messages", "the folder {folder} does not exist"),
    Msg.IS_A_LINK: QT_TRANSLATE_NOOP(
        "Messages",
        "it is a symbolic link (choose the file it points to, or another name)",
    ),
    Msg.IS_A_FIFO: QT_TRANSLATE_NOOP("Messages", "it is a FIFO, not a file"),
    Msg.IS_A_DEVICE: QT_TRANSLATE_NOOP("Messages", "it is a device, not a file"),
    Msg.IS_A_SOCKET: QT_TRANSLATE_NOOP("Messages", "it is a socket, not a file"),
    Msg.IS_THE_SOURCE: QT_TRANSLATE_NOOP(
        "Messages",
        "it is the document being exported; choose another name",
    ),
    Msg.NOT_IN_LIBRARY: QT_TRANSLATE_NOOP("Messages", "{name} is not in the library"),
    Msg.FILE_NAME_NOT_UTF8: QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the file name is not valid UTF-8, so it cannot be kept in the library;"
        " rename the file",
    ),
    Msg.FILE_EMPTY: QT_TRANSLATE_NOOP("Messages", "{name} is empty"),
    Msg.FILE_NO_VISIBLE_TEXT: QT_TRANSLATE_NOOP("Messages", "{name} has no visible text"),
    Msg.FILE_BINARY: QT_TRANSLATE_NOOP("Messages", "{name} is not a text file (it looks binary)"),
    Msg.FILE_UNKNOWN_ENCODING: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a text file (unknown encoding)",
    ),
    Msg.FILE_NOT_REGULAR: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a regular file; only regular files can be opened",
    ),
    Msg.FILE_SPECIAL: QT_TRANSLATE_NOOP("Messages", "{name} is {what}, not a document"),
    Msg.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is too large ({size} MB; the limit is {limit} MB)",
    ),
    Msg.FILE_TOO_LARGE_NO_SIZE: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is too large (the limit is {limit} MB)",
    ),
    Msg.FILE_MISSING: QT_TRANSLATE_NOOP("Messages", "{name}: no such file"),
    Msg.FILE_LINK_LOOP: QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: symbolic link loop (the link points back to itself)",
    ),
    Msg.FILE_PERMISSION_DENIED: QT_TRANSLATE_NOOP("Messages", "{name}: permission denied"),
    Msg.FILE_NAME_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "{name}…: file name too long"),
    Msg.FILE_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "{name}: cannot be read ({reason})"),
    Msg.FILE_TOO_MANY_LINES: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} has too many lines ({count}; the limit is {limit})",
    ),
    Msg.EPUB_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a valid EPUB: the archive is damaged or truncated",
    ),
    Msg.EPUB_DAMAGED_BECAUSE: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a valid EPUB: the archive is damaged or truncated ({detail})",
    ),
    Msg.EPUB_COMPRESSION: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} uses a compression method reader cannot read",
    ),
    Msg.EPUB_PASSWORD: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is password-protected and cannot be read",
    ),
    Msg.EPUB_TOO_MANY_FILES: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is refused: its archive holds {count} files",
    ),
    Msg.EPUB_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is refused: its archive would expand to {size} MB (the limit is {limit} MB)",
    ),
    Msg.EPUB_ZIP_BOMB: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is refused: {part} would expand from {packed} to {size} bytes (a zip bomb?)",
    ),
    Msg.EPUB_TEXT_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is refused: its text would take more than {limit} MB",
    ),
    Msg.EPUB_NO_CONTAINER: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not an EPUB book (it has no container file)",
    ),
    Msg.EPUB_NO_CHAPTERS: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a valid EPUB: it lists no chapters",
    ),
    Msg.EPUB_DRM: QT_TRANSLATE_NOOP("Messages", "{name} is protected by DRM and cannot be read"),
    Msg.BOOK_NO_TEXT: QT_TRANSLATE_NOOP("Messages", "{name} has no readable text"),
    Msg.PDF_WRONG_PASSWORD: QT_TRANSLATE_NOOP("Messages", "{name}: wrong password"),
    Msg.PDF_NEEDS_PASSWORD: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is encrypted: it needs a password",
    ),
    Msg.PDF_PROTECTED: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is protected in a way reader cannot open",
    ),
    Msg.PDF_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a valid PDF: it is damaged or truncated",
    ),
    Msg.PDF_NO_PAGES: QT_TRANSLATE_NOOP("Messages", "{name} has no pages"),
    Msg.PDF_TOO_MANY_PAGES: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} has too many pages ({count}; the limit is {limit})",
    ),
    Msg.PDF_PAGE_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is damaged: page {page} cannot be read",
    ),
    Msg.PAGE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} could not be read as a web page ({reason})",
    ),
    Msg.PAGE_NO_ARTICLE: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} has no article text (nothing but navigation, scripts or styles)",
    ),
    Msg.PAGE_EMPTY: QT_TRANSLATE_NOOP("Messages", "{name} has no article text (the page is empty)"),
    Msg.PICTURE_UNAVAILABLE: QT_TRANSLATE_NOOP("Messages", "the picture is not available"),
    Msg.BOOK_FILE_UNKNOWN: QT_TRANSLATE_NOOP("Messages", "the book's file is unknown"),
    Msg.PICTURE_TOO_LARGE_BYTES: QT_TRANSLATE_NOOP(
        "Messages",
        "the picture is too large ({size} bytes)",
    ),
    Msg.PICTURE_SUSPICIOUS: QT_TRANSLATE_NOOP("Messages", "the picture would expand suspiciously"),
    Msg.PICTURE_NOT_IN_BOOK: QT_TRANSLATE_NOOP("Messages", "the picture is not in the book"),
    Msg.PICTURE_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "the picture cannot be read ({reason})"),
    Msg.PICTURE_NOT_REGULAR: QT_TRANSLATE_NOOP("Messages", "the picture is not a regular file"),
    Msg.PICTURE_TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "the picture is too large"),
    Msg.A_DIRECTORY: QT_TRANSLATE_NOOP("Messages", "a folder"),
    Msg.A_PIPE: QT_TRANSLATE_NOOP("Messages", "a named pipe (FIFO)"),
    Msg.A_SOCKET: QT_TRANSLATE_NOOP("Messages", "a socket"),
    Msg.A_DEVICE: QT_TRANSLATE_NOOP("Messages", "a device"),
    Msg.UNKNOWN_COLOUR: QT_TRANSLATE_NOOP(
        "Messages",
        "unknown colour {value}: choose one of {choices}",
    ),
    Msg.SELECTION_EMPTY: QT_TRANSLATE_NOOP(
        "Messages",
        "the selection is empty (it starts and ends at {start})",
    ),
    Msg.SELECTION_BACKWARDS: QT_TRANSLATE_NOOP(
        "Messages",
        "the selection ends before it starts ({start} > {end})",
    ),
    Msg.SELECTION_OUTSIDE: QT_TRANSLATE_NOOP(
        "Messages",
        "the selection {start}-{end} is outside the text, which has {length} characters",
    ),
    Msg.SELECTION_BLANK: QT_TRANSLATE_NOOP("Messages", "the selection holds only whitespace"),
    Msg.NOT_UNICODE: QT_TRANSLATE_NOOP(
        "Messages",
        "{what} contains characters that are not valid Unicode",
    ),
    Msg.TAG_BLANK: QT_TRANSLATE_NOOP("Messages", "a tag cannot be blank"),
    Msg.TAGS_CHANGED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed these tags' highlights since they were listed; nothing "
        "was changed: look at them as they are now and choose again",
    ),
    Msg.TAG_CONTROL: QT_TRANSLATE_NOOP("Messages", "the tag {tag} contains control characters"),
    Msg.TAG_EMPTY_LEVEL: QT_TRANSLATE_NOOP(
        "Messages",
        "the tag {tag} has an empty level between '/'",
    ),
    Msg.TAG_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages",
        "the tag {tag} is too long ({length} characters; the limit is {limit})",
    ),
    Msg.THE_NOTE: QT_TRANSLATE_NOOP("Messages", "the note"),
    Msg.A_TAG: QT_TRANSLATE_NOOP("Messages", "a tag"),
    Msg.THE_QUOTED_PASSAGE: QT_TRANSLATE_NOOP("Messages", "the quoted passage"),
    Msg.NO_SUCH_TAG: QT_TRANSLATE_NOOP("Messages", "no tag named {name}"),
    Msg.NO_TAG_TO_MERGE: QT_TRANSLATE_NOOP("Messages", "name at least one tag to merge"),
    Msg.NO_SUCH_ANNOTATION: QT_TRANSLATE_NOOP("Messages", "no annotation with id {id}"),
    Msg.NO_SUCH_DOCUMENT: QT_TRANSLATE_NOOP("Messages", "no document with id {id}"),
    Msg.NO_SUCH_BOOKMARK: QT_TRANSLATE_NOOP("Messages", "no bookmark {id}"),
    Msg.SELECT_FOR_ENTITY: QT_TRANSLATE_NOOP("Messages", "Select some text to mark as an entity"),
    Msg.ENTITY_NAME_EMPTY: QT_TRANSLATE_NOOP("Messages", "An entity name cannot be empty"),
    Msg.ENTITY_NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages",
        "An entity name is at most {limit} characters",
    ),
    Msg.INDEX_ENTRY_GONE: QT_TRANSLATE_NOOP("Messages", "this entry is no longer in the Index"),
    Msg.INDEX_MERGE_SAME: QT_TRANSLATE_NOOP("Messages", "Choose two different entries to merge"),
    Msg.INDEX_NOTHING_TO_SPLIT: QT_TRANSLATE_NOOP(
        "Messages",
        "This entry has only one spelling: there is nothing to split",
    ),
    Msg.INDEX_NAME_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "A name is at most {limit} characters"),
    Msg.INDEX_ALL_HIGHLIGHTED: QT_TRANSLATE_NOOP(
        "Messages",
        "Every mention of this entry in the document is highlighted already",
    ),
    Msg.NOT_AN_OPEN_PDF: QT_TRANSLATE_NOOP("Messages", "{title} is not an open PDF file"),
    Msg.NOT_UTF8_JSON: QT_TRANSLATE_NOOP("Messages", "{name} is not UTF-8 JSON"),
    Msg.DELETED_BY_SOMEONE: QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else deleted this highlight since you opened it; your change was not"
        " saved (it can be restored from the deleted highlights)",
    ),
    Msg.CHANGED_BY_SOMEONE: QT_TRANSLATE_NOOP(
        "Messages",
        "{who} changed this highlight since you opened it; your change was not saved:"
        " keep their version, or apply yours to it",
    ),
    Msg.CHANGED_BY_SOMEONE_NOTE: QT_TRANSLATE_NOOP(
        "Messages",
        '{who} changed this highlight since you opened it: note "{note}"; your change was'
        " not saved: keep their version, or apply yours to it",
    ),
    Msg.SOMEONE_ELSE: QT_TRANSLATE_NOOP("Messages", "someone else"),
    Msg.ENTITY_WORKER_STOPPED: QT_TRANSLATE_NOOP(
        "Messages",
        "Entity recognition stopped unexpectedly",
    ),
    Msg.NOT_IN_TRASH: QT_TRANSLATE_NOOP(
        "Messages", "annotation {id} is not among those deleted in the last {days} days"
    ),
    Msg.IMPORT_NO_QUOTE_OR_POSITION: QT_TRANSLATE_NOOP(
        "Messages", "Annotation {id} has neither a quote nor a usable position"
    ),
    Msg.TAG_NOT_TEXT: QT_TRANSLATE_NOOP("Messages", "a tag must be text, not {kind}"),
    Msg.NOTE_NOT_TEXT: QT_TRANSLATE_NOOP("Messages", "a note must be text, not {kind}"),
    Msg.SEARCH_NOT_TEXT: QT_TRANSLATE_NOOP("Messages", "a search must be text, not {kind}"),
    Msg.SELECTION_NOT_WHOLE: QT_TRANSLATE_NOOP(
        "Messages", "a selection's start and end must be whole numbers"
    ),
    Msg.PASSAGE_EMPTY: QT_TRANSLATE_NOOP("Messages", "the passage to find is empty"),
    Msg.OCCURRENCE_FROM_ONE: QT_TRANSLATE_NOOP(
        "Messages", "the occurrence number counts from 1, not {occurrence}"
    ),
    Msg.QUOTE_NOT_IN_TEXT: QT_TRANSLATE_NOOP("Messages", "{quote} does not occur in the text"),
    Msg.QUOTE_OCCURS_ONCE: QT_TRANSLATE_NOOP(
        "Messages", "{quote} occurs only once in the text (occurrence {occurrence} asked)"
    ),
    Msg.QUOTE_OCCURS_TIMES: QT_TRANSLATE_NOOP(
        "Messages", "{quote} occurs only {count} times in the text (occurrence {occurrence} asked)"
    ),
    Msg.NOT_AN_ANNOTATION_ID: QT_TRANSLATE_NOOP(
        "Messages", "{id} is not an annotation id (a UUID)"
    ),
    Msg.QUOTES_NO_PASSAGE: QT_TRANSLATE_NOOP("Messages", "the annotation quotes no passage"),
    Msg.ANNOTATION_ID_TWICE: QT_TRANSLATE_NOOP("Messages", "the same annotation id is given twice"),
    Msg.ANNOTATION_EXISTS: QT_TRANSLATE_NOOP("Messages", "annotation {id} exists already"),
    Msg.UNKNOWN_SORT: QT_TRANSLATE_NOOP("Messages", "unknown sort {sort}: choose one of {choices}"),
    Msg.RESULTS_NOT_POSITIVE: QT_TRANSLATE_NOOP(
        "Messages", "the number of results must be a positive whole number: {limit}"
    ),
    Msg.OFFSET_OUTSIDE: QT_TRANSLATE_NOOP(
        "Messages", "offset {offset} is outside the document (0-{length})"
    ),
    Msg.NO_SUCH_INDEX_ENTRY: QT_TRANSLATE_NOOP("Messages", "no entry called “{name}” in the Index"),
    Msg.SEVERAL_INDEX_ENTRIES: QT_TRANSLATE_NOOP(
        "Messages", "several entries are called “{name}” ({kinds}): add --type"
    ),
    Msg.UNKNOWN_EXPORT_FORMAT: QT_TRANSLATE_NOOP(
        "Messages", "Unknown export format {format}; choose one of {choices}"
    ),
    Msg.MENTIONS_FORMAT: QT_TRANSLATE_NOOP(
        "Messages", "choose a format for the mentions: {choices}"
    ),
    Msg.COPY_INTO_ITSELF: QT_TRANSLATE_NOOP("Messages", "the library cannot be copied into itself"),
    Msg.LOCK_TIMEOUT_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "{name} must be a number of seconds (0 to 3600)"
    ),
    Msg.COPY_CONFLICT: QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot copy: the target library holds other {table} than this one (a row like {row}"
        " is there with another id); copy into an empty library",
    ),
    Msg.OP_HIGHLIGHT: QT_TRANSLATE_NOOP("Messages", "Highlight in {colour}"),
    Msg.OP_CHANGE_COLOUR: QT_TRANSLATE_NOOP("Messages", "Change colour"),
    Msg.OP_CHANGE_HIGHLIGHT: QT_TRANSLATE_NOOP("Messages", "Change highlight"),
    Msg.OP_DELETE_HIGHLIGHT: QT_TRANSLATE_NOOP("Messages", "Delete highlight"),
    Msg.OP_DELETE_HIGHLIGHTS: QT_TRANSLATE_NOOP("Messages", "Delete {count} highlights"),
    Msg.OP_RESTORE_HIGHLIGHT: QT_TRANSLATE_NOOP("Messages", "Restore highlight"),
    Msg.OP_RESTORE_HIGHLIGHTS: QT_TRANSLATE_NOOP("Messages", "Restore {count} highlights"),
    Msg.OP_FORGET_HIGHLIGHT: QT_TRANSLATE_NOOP("Messages", "Delete highlight for good"),
    Msg.OP_FORGET_HIGHLIGHTS: QT_TRANSLATE_NOOP("Messages", "Delete {count} highlights for good"),
    Msg.OP_REATTACH: QT_TRANSLATE_NOOP("Messages", "Re-attach highlight"),
    Msg.OP_RENAME_TAG: QT_TRANSLATE_NOOP("Messages", "Rename tag “{old}” to “{new}”"),
    Msg.OP_MERGE_TAGS: QT_TRANSLATE_NOOP("Messages", "Merge {count} tags into “{target}”"),
    Msg.OP_DELETE_TAG: QT_TRANSLATE_NOOP("Messages", "Delete tag “{name}”"),
    Msg.OP_DELETE_TAGS: QT_TRANSLATE_NOOP("Messages", "Delete {count} tags"),
    Msg.OP_CHANGE_TAGS: QT_TRANSLATE_NOOP("Messages", "Change tags"),
    Msg.OP_REMOVE_CORRECTION: QT_TRANSLATE_NOOP("Messages", "Remove entity correction"),
    Msg.OP_NOT_AN_ENTITY: QT_TRANSLATE_NOOP("Messages", "Not an entity"),
    Msg.OP_MARK_AS: QT_TRANSLATE_NOOP("Messages", "Mark as {type}"),
    Msg.OP_FORGET_ENTITY: QT_TRANSLATE_NOOP("Messages", "Remove “{name}” from your entity list"),
    Msg.OP_NEVER_ENTITY: QT_TRANSLATE_NOOP("Messages", "Never an entity: “{name}”"),
    Msg.OP_ALWAYS_ENTITY: QT_TRANSLATE_NOOP("Messages", "“{name}” is always {type}"),
    Msg.OP_OPEN_DOCUMENT: QT_TRANSLATE_NOOP("Messages", "Open document"),
    Msg.OP_ADD_TO_LIBRARY: QT_TRANSLATE_NOOP("Messages", "Add to library"),
    Msg.OP_PUT_BACK: QT_TRANSLATE_NOOP("Messages", "Put back in library"),
    Msg.OP_REMOVE_FROM_LIBRARY: QT_TRANSLATE_NOOP("Messages", "Remove from library"),
    Msg.OP_IMPORT_ANNOTATIONS: QT_TRANSLATE_NOOP("Messages", "Import annotations"),
    Msg.OP_IMPORT_PDF_MARKS: QT_TRANSLATE_NOOP("Messages", "Import the PDF's annotations"),
    Msg.OP_ADD_BOOKMARK: QT_TRANSLATE_NOOP("Messages", "Add bookmark"),
    Msg.OP_DELETE_BOOKMARK: QT_TRANSLATE_NOOP("Messages", "Delete bookmark"),
    Msg.OP_MERGE_INTO: QT_TRANSLATE_NOOP("Messages", "Merge into “{name}”"),
    Msg.OP_MERGE_ENTRIES: QT_TRANSLATE_NOOP("Messages", "Merge entries"),
    Msg.OP_SPLIT: QT_TRANSLATE_NOOP("Messages", "Split “{name}”"),
    Msg.OP_SPLIT_ENTRY: QT_TRANSLATE_NOOP("Messages", "Split entry"),
    Msg.OP_RENAME_ENTRY: QT_TRANSLATE_NOOP("Messages", "Rename to “{name}”"),
    Msg.OP_RESTORE_ENTRY_NAME: QT_TRANSLATE_NOOP("Messages", "Restore the entry's name"),
    Msg.OP_HIDE_ENTRY: QT_TRANSLATE_NOOP("Messages", "Hide “{name}”"),
    Msg.OP_SHOW_ENTRY: QT_TRANSLATE_NOOP("Messages", "Show “{name}”"),
    Msg.OP_CHANGE_INDEX: QT_TRANSLATE_NOOP("Messages", "Change the Index"),
    Msg.OP_HIGHLIGHT_EVERY: QT_TRANSLATE_NOOP("Messages", "Highlight every “{name}”"),
    Msg.OP_HIGHLIGHT_MENTIONS: QT_TRANSLATE_NOOP("Messages", "Highlight the mentions"),
}
"""Every key's English template, as lupdate finds it (a test checks it is the key's value)."""


def translated(text: str | Message) -> str:
    """A message in the interface language (a plain ``str`` as it is)."""
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate("Messages", str(TEMPLATES[text.key]))
    return template.format(**{name: _shown(name, value) for name, value in text.params})


def error_text(error: BaseException) -> str:
    """What an error says, in the interface language if it carries a message."""
    told = getattr(error, "message", None)
    return translated(told) if isinstance(told, Message) else str(error)


def _shown(name: str, value: Value) -> str:
    if isinstance(value, Message):
        return translated(value)
    if isinstance(value, Colour):
        return colour_name(value).lower()
    if isinstance(value, EntityLabel):
        return entity_name(value)
    if isinstance(value, int) and name != "id":
        return QLocale().toString(value)
    return str(value)
