"""team library search: words cut as FTS5 cuts them, and where each word is

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

PostgreSQL only (nothing changes on SQLite). A team library found what PostgreSQL's
text parser found, which is not what FTS5 finds ("peut-être" was one more word,
"www.example.org" and "3.14" one word each, "<b>" nothing), and ranked documents by
how many of their pieces held a word, after reading every such piece: a word in every
book cost a scan of most pieces of the library. Now (:mod:`reader.store.postgres_index`):

- ``search_chunks.words`` is no longer computed by PostgreSQL's parser: reader writes
  each piece's words, cut and folded as FTS5 cuts them, as a ``tsvector``
  (GIN-indexed as before);
- ``search_terms`` (word, document, positions in the text) gives how often a word or
  a phrase occurs in a document with one index look-up per word, for FTS5's bm25;
- ``search_sizes`` (per document: the title as indexed, its words, the number of
  words of title and text, the number of the first word of each piece);
- the trigger that drops a document's pieces when another program changes its text
  drops its words and size too.

Every document's index is written again here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from reader.store.postgres_index import write_index

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPGRADE = [
    "DROP INDEX IF EXISTS ix_search_chunks_words",
    "ALTER TABLE search_chunks DROP COLUMN words",
    "ALTER TABLE search_chunks ADD COLUMN words tsvector NOT NULL DEFAULT ''",
    """CREATE TABLE search_terms (
        lexeme TEXT COLLATE "C" NOT NULL,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        positions INTEGER[] NOT NULL,
        PRIMARY KEY (lexeme, document_id)
    )""",
    "CREATE INDEX ix_search_terms_document_id ON search_terms (document_id)",
    """CREATE TABLE search_sizes (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        title_words TEXT[] NOT NULL,
        tokens INTEGER NOT NULL,
        piece_words INTEGER[] NOT NULL
    )""",
    """CREATE OR REPLACE FUNCTION search_chunks_stale() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM search_chunks WHERE document_id = NEW.id;
        DELETE FROM search_terms WHERE document_id = NEW.id;
        DELETE FROM search_sizes WHERE document_id = NEW.id;
        RETURN NEW;
    END $$""",
]
INDEX = "CREATE INDEX ix_search_chunks_words ON search_chunks USING gin (words)"

DOWNGRADE = [
    """CREATE OR REPLACE FUNCTION search_chunks_stale() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM search_chunks WHERE document_id = NEW.id;
        RETURN NEW;
    END $$""",
    "DROP TABLE IF EXISTS search_sizes",
    "DROP TABLE IF EXISTS search_terms",
    "DROP INDEX IF EXISTS ix_search_chunks_words",
    "ALTER TABLE search_chunks DROP COLUMN words",
    "ALTER TABLE search_chunks ADD COLUMN words tsvector"
    " GENERATED ALWAYS AS (to_tsvector('reader_simple'::regconfig, text)) STORED",
    INDEX,
]


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for statement in UPGRADE:
        op.execute(statement)
    bind = op.get_bind()
    documents = bind.execute(sa.text("SELECT id, title, text FROM documents ORDER BY id")).all()
    for document_id, title, body in documents:
        write_index(bind, document_id, title, body)
    op.execute(INDEX)


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for statement in DOWNGRADE:
        op.execute(statement)
