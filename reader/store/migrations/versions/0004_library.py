"""library: document structure and metadata, and a full-text search index

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

``documents`` gains the structure (blocks, table of contents), the file's own
metadata, its size, and ``in_library`` (removing a document from the library keeps
its row and annotations). Columns are added with ALTER TABLE, never by rebuilding
the table: a rebuild drops ``documents`` while foreign keys are on, which would
cascade to the annotations.

Search is SQLite FTS5 with ``unicode61 remove_diacritics 2`` (case- and
accent-insensitive: "donnees" finds "données"):

- ``search_documents(title, text)`` indexes ``documents`` as an external-content
  table (the text is not stored twice; snippet() and highlight() read it from
  ``documents``); its rowid is ``documents.id``.
- ``search_annotations(note, quote, tags)`` holds its own copy of each annotation's
  note, quoted passage and tags (small). Annotation ids are UUID strings, and a
  table's implicit rowid may change on VACUUM, so ``search_annotation_keys`` gives
  each annotation a stable integer key, used as the FTS rowid.

On PostgreSQL there is no FTS5: the text search configuration ``reader_simple``
(``simple`` with ``unaccent`` first: no stemming, case and accents ignored, like
unicode61) indexes the note and the quoted passage of annotations through GIN
expression indexes, kept in step by PostgreSQL itself; documents are searched through
their pieces (migration 0008). See :mod:`reader.store.postgres_search`.

On SQLite, triggers keep both indexes in step with every write, by this program or any other
process, in the writer's own transaction. A later migration that rebuilds
``documents``, ``annotations``, ``annotation_tags`` or ``tags`` (batch mode) drops
their triggers and must create them again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENIZE = "unicode61 remove_diacritics 2"

# The tags of one annotation, as indexed: names joined by ", " in name order.
_TAGS_OF = """(
    SELECT group_concat(name, ', ') FROM (
        SELECT t.name AS name FROM annotation_tags AS at JOIN tags AS t ON t.id = at.tag_id
        WHERE at.annotation_id = {annotation} ORDER BY t.name
    )
)"""
_KEY_OF = "(SELECT id FROM search_annotation_keys WHERE annotation_id = {annotation})"
_ANNOTATION_OF_ROW = (
    "(SELECT annotation_id FROM search_annotation_keys WHERE id = search_annotations.rowid)"
)

SCHEMA = [
    f"""CREATE VIRTUAL TABLE search_documents USING fts5(
        title, text, content='documents', content_rowid='id', tokenize='{TOKENIZE}'
    )""",
    f"""CREATE VIRTUAL TABLE search_annotations USING fts5(
        note, quote, tags, tokenize='{TOKENIZE}'
    )""",
    """CREATE TABLE search_annotation_keys (
        id INTEGER PRIMARY KEY,
        annotation_id VARCHAR(36) NOT NULL UNIQUE
    )""",
    # documents -> search_documents
    """CREATE TRIGGER search_documents_insert AFTER INSERT ON documents BEGIN
        INSERT INTO search_documents(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER search_documents_delete AFTER DELETE ON documents BEGIN
        INSERT INTO search_documents(search_documents, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER search_documents_update AFTER UPDATE OF title, text ON documents
    WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
        INSERT INTO search_documents(search_documents, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO search_documents(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    # annotations -> search_annotations
    f"""CREATE TRIGGER search_annotations_insert AFTER INSERT ON annotations BEGIN
        INSERT INTO search_annotation_keys(annotation_id) VALUES (new.id);
        INSERT INTO search_annotations(rowid, note, quote, tags) VALUES (
            {_KEY_OF.format(annotation="new.id")}, new.note, new.exact,
            coalesce({_TAGS_OF.format(annotation="new.id")}, '')
        );
    END""",
    f"""CREATE TRIGGER search_annotations_delete AFTER DELETE ON annotations BEGIN
        DELETE FROM search_annotations WHERE rowid = {_KEY_OF.format(annotation="old.id")};
        DELETE FROM search_annotation_keys WHERE annotation_id = old.id;
    END""",
    f"""CREATE TRIGGER search_annotations_update AFTER UPDATE OF note, exact ON annotations
    WHEN old.note IS NOT new.note OR old.exact IS NOT new.exact BEGIN
        UPDATE search_annotations SET note = new.note, quote = new.exact
        WHERE rowid = {_KEY_OF.format(annotation="new.id")};
    END""",
    f"""CREATE TRIGGER search_annotation_tags_insert AFTER INSERT ON annotation_tags BEGIN
        UPDATE search_annotations
        SET tags = coalesce({_TAGS_OF.format(annotation="new.annotation_id")}, '')
        WHERE rowid = {_KEY_OF.format(annotation="new.annotation_id")};
    END""",
    f"""CREATE TRIGGER search_annotation_tags_delete AFTER DELETE ON annotation_tags BEGIN
        UPDATE search_annotations
        SET tags = coalesce({_TAGS_OF.format(annotation="old.annotation_id")}, '')
        WHERE rowid = {_KEY_OF.format(annotation="old.annotation_id")};
    END""",
    f"""CREATE TRIGGER search_tags_rename AFTER UPDATE OF name ON tags
    WHEN old.name IS NOT new.name BEGIN
        UPDATE search_annotations
        SET tags = coalesce({_TAGS_OF.format(annotation=_ANNOTATION_OF_ROW)}, '')
        WHERE rowid IN (
            SELECT k.id FROM search_annotation_keys AS k
            JOIN annotation_tags AS at ON at.annotation_id = k.annotation_id
            WHERE at.tag_id = new.id
        );
    END""",
]

BACKFILL = [
    "INSERT INTO search_documents(search_documents) VALUES ('rebuild')",
    "INSERT INTO search_annotation_keys(annotation_id)"
    " SELECT id FROM annotations ORDER BY created, id",
    f"""INSERT INTO search_annotations(rowid, note, quote, tags)
        SELECT k.id, a.note, a.exact, coalesce({_TAGS_OF.format(annotation="a.id")}, '')
        FROM search_annotation_keys AS k JOIN annotations AS a ON a.id = k.annotation_id""",
]


POSTGRES_SCHEMA = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION reader_simple (COPY = simple)",
    "ALTER TEXT SEARCH CONFIGURATION reader_simple ALTER MAPPING FOR"
    " asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword,"
    " numhword, hword_numpart WITH unaccent, simple",
    "CREATE INDEX ix_annotations_note_words ON annotations"
    " USING gin (to_tsvector('reader_simple'::regconfig, note))",
    "CREATE INDEX ix_annotations_exact_words ON annotations"
    " USING gin (to_tsvector('reader_simple'::regconfig, exact))",
]


def upgrade() -> None:
    op.add_column("documents", sa.Column("blocks", sa.Text(), nullable=False, server_default="[]"))
    op.add_column("documents", sa.Column("toc", sa.Text(), nullable=False, server_default="[]"))
    op.add_column(
        "documents", sa.Column("metadata_json", sa.Text(), nullable=False, server_default="{}")
    )
    op.add_column(
        "documents", sa.Column("in_library", sa.Boolean(), nullable=False, server_default="1")
    )
    op.add_column("documents", sa.Column("size_bytes", sa.Integer(), nullable=True))
    op.create_index("ix_documents_in_library", "documents", ["in_library"])
    postgres = op.get_context().dialect.name == "postgresql"
    for statement in POSTGRES_SCHEMA if postgres else SCHEMA + BACKFILL:
        op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for statement in (
            "DROP INDEX IF EXISTS ix_annotations_exact_words",
            "DROP INDEX IF EXISTS ix_annotations_note_words",
            "DROP TEXT SEARCH CONFIGURATION IF EXISTS reader_simple",
        ):
            op.execute(statement)
    else:
        for trigger in (
            "search_tags_rename",
            "search_annotation_tags_delete",
            "search_annotation_tags_insert",
            "search_annotations_update",
            "search_annotations_delete",
            "search_annotations_insert",
            "search_documents_update",
            "search_documents_delete",
            "search_documents_insert",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_annotation_keys")
        op.execute("DROP TABLE IF EXISTS search_annotations")
        op.execute("DROP TABLE IF EXISTS search_documents")
    op.drop_index("ix_documents_in_library", "documents")
    for column in ("size_bytes", "in_library", "metadata_json", "toc", "blocks"):
        op.drop_column("documents", column)
