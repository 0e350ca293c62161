"""search: every document's text in paragraph-sized pieces, indexed

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

Finding where in a book a search hit is, and a snippet around it, needs its text:
``snippet()`` and ``highlight()`` on ``search_documents`` re-read and re-tokenise the
whole document (a megabyte, per hit). So each document's text is also kept in pieces
of a few paragraphs (:func:`reader.core.chunks.chunk_spans`) in ``search_chunks``
(``start`` is the piece's offset in the canonical text), indexed by the FTS5 table
``search_chunks_fts`` (external content, same tokenizer as ``search_documents``).
A piece's id is ``(document id << 20) + its number``, so the pieces of one document
are one rowid range: FTS5 finds a document's matching pieces without looking at the
others. ``search_documents`` still matches and ranks whole documents.

Triggers keep the FTS table in step with ``search_chunks``, and drop a document's
pieces when its text changes by any program; reader writes the new pieces in the same
transaction (a text changed by another program has no pieces until reader records it
again, and its hits are then placed with the slower whole-document index).
Existing documents get their pieces here.

On PostgreSQL the pieces are indexed by a generated ``words`` column (``tsvector`` of
the ``reader_simple`` configuration of migration 0004) with a GIN index, ids are
BIGINT (a document id shifted by 20 bits overflows INTEGER), and a PL/pgSQL trigger
drops stale pieces.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from reader.core.chunks import chunk_spans

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENIZE = "unicode61 remove_diacritics 2"
CHUNK_BITS = 20

SCHEMA = [
    """CREATE TABLE search_chunks (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        text TEXT NOT NULL
    )""",
    "CREATE INDEX ix_search_chunks_document_id ON search_chunks (document_id)",
    f"""CREATE VIRTUAL TABLE search_chunks_fts USING fts5(
        text, content='search_chunks', content_rowid='id', tokenize='{TOKENIZE}'
    )""",
    """CREATE TRIGGER search_chunks_insert AFTER INSERT ON search_chunks BEGIN
        INSERT INTO search_chunks_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER search_chunks_delete AFTER DELETE ON search_chunks BEGIN
        INSERT INTO search_chunks_fts(search_chunks_fts, rowid, text)
        VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER search_chunks_stale AFTER UPDATE OF text ON documents
    WHEN old.text IS NOT new.text BEGIN
        DELETE FROM search_chunks WHERE document_id = new.id;
    END""",
]


POSTGRES_SCHEMA = [
    """CREATE TABLE search_chunks (
        id BIGINT PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        text TEXT NOT NULL,
        words tsvector GENERATED ALWAYS AS (to_tsvector('reader_simple'::regconfig, text)) STORED
    )""",
    "CREATE INDEX ix_search_chunks_document_id ON search_chunks (document_id)",
    "CREATE INDEX ix_search_chunks_words ON search_chunks USING gin (words)",
    """CREATE FUNCTION search_chunks_stale() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM search_chunks WHERE document_id = NEW.id;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER search_chunks_stale AFTER UPDATE OF text ON documents
    FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text)
    EXECUTE FUNCTION search_chunks_stale()""",
]


def upgrade() -> None:
    postgres = op.get_context().dialect.name == "postgresql"
    for statement in POSTGRES_SCHEMA if postgres else SCHEMA:
        op.execute(statement)
    bind = op.get_bind()
    insert = sa.text(
        "INSERT INTO search_chunks (id, document_id, start, text) VALUES (:id, :doc, :start, :text)"
    )
    for document_id, body in bind.execute(sa.text("SELECT id, text FROM documents")).all():
        rows = [
            {
                "id": (document_id << CHUNK_BITS) + n,
                "doc": document_id,
                "start": s,
                "text": body[s:e],
            }
            for n, (s, e) in enumerate(chunk_spans(body))
        ]
        if rows:
            bind.execute(insert, rows)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS search_chunks_stale ON documents")
        op.execute("DROP FUNCTION IF EXISTS search_chunks_stale()")
        op.execute("DROP TABLE IF EXISTS search_chunks")
        return
    for trigger in ("search_chunks_stale", "search_chunks_delete", "search_chunks_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS search_chunks_fts")
    op.execute("DROP TABLE IF EXISTS search_chunks")
