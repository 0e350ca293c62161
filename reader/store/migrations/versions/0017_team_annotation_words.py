"""team library search: annotations' word statistics, for bm25

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02

PostgreSQL only (nothing changes on SQLite, whose FTS5 table ``search_annotations``
ranks annotations by bm25). A team library ranked annotation hits by ``ts_rank``,
not in SQLite's order. Now (:mod:`reader.store.postgres_annotation_index`) each
annotation's words, cut as FTS5 cuts them, are kept per part (note, quote, tags)
with their positions in ``search_annotation_terms``, its length in words in
``search_annotation_sizes``; triggers on ``annotations``, ``annotation_tags`` and
``tags`` drop an annotation's rows when its note, quote or tags change and queue it
in ``search_annotation_stale`` (with the writing transaction's id) for reader to
write again. The rows of every existing annotation are written here.
"""

from collections.abc import Sequence

from alembic import op

from reader.store.postgres_annotation_index import index_all

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEY = "annotation_id VARCHAR(36) NOT NULL REFERENCES annotations(id) ON DELETE CASCADE"
UPGRADE = [
    f"""CREATE TABLE search_annotation_terms (
        lexeme TEXT COLLATE "C" NOT NULL,
        {_KEY},
        part SMALLINT NOT NULL,
        positions INTEGER[] NOT NULL,
        PRIMARY KEY (lexeme, part, annotation_id)
    )""",
    "CREATE INDEX ix_search_annotation_terms_annotation_id"
    " ON search_annotation_terms (annotation_id)",
    f"CREATE TABLE search_annotation_sizes ({_KEY} PRIMARY KEY, tokens INTEGER NOT NULL)",
    f"CREATE TABLE search_annotation_stale ({_KEY} PRIMARY KEY, txid BIGINT NOT NULL)",
    "CREATE INDEX ix_search_annotation_stale_txid ON search_annotation_stale (txid)",
    """CREATE FUNCTION search_annotation_words_stale(ids TEXT[]) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM search_annotation_terms WHERE annotation_id = ANY(ids);
        DELETE FROM search_annotation_sizes WHERE annotation_id = ANY(ids);
        INSERT INTO search_annotation_stale (annotation_id, txid)
        SELECT id, txid_current() FROM annotations WHERE id = ANY(ids)
        ON CONFLICT (annotation_id) DO UPDATE SET txid = EXCLUDED.txid;
    END $$""",
    # a new annotation has no rows yet: queued only (one statement per INSERT)
    """CREATE FUNCTION search_annotations_added() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO search_annotation_stale (annotation_id, txid)
        SELECT id, txid_current() FROM added
        ON CONFLICT (annotation_id) DO UPDATE SET txid = EXCLUDED.txid;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION search_annotations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM search_annotation_words_stale(ARRAY(
            SELECT a.id FROM after AS a JOIN before AS b ON b.id = a.id
            WHERE a.note IS DISTINCT FROM b.note OR a.exact IS DISTINCT FROM b.exact
        ));
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION search_annotation_tags_added() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM search_annotation_words_stale(ARRAY(SELECT DISTINCT annotation_id FROM added));
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION search_annotation_tags_removed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM search_annotation_words_stale(ARRAY(SELECT DISTINCT annotation_id FROM gone));
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION search_tags_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM search_annotation_words_stale(ARRAY(
            SELECT annotation_id FROM annotation_tags WHERE tag_id = NEW.id
        ));
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER search_annotations_added AFTER INSERT ON annotations
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION search_annotations_added()""",
    """CREATE TRIGGER search_annotations_changed AFTER UPDATE ON annotations
    REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT
    EXECUTE FUNCTION search_annotations_changed()""",
    """CREATE TRIGGER search_annotation_tags_added AFTER INSERT ON annotation_tags
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION search_annotation_tags_added()""",
    """CREATE TRIGGER search_annotation_tags_removed AFTER DELETE ON annotation_tags
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT
    EXECUTE FUNCTION search_annotation_tags_removed()""",
    """CREATE TRIGGER search_tags_renamed AFTER UPDATE OF name ON tags
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION search_tags_renamed()""",
]
DOWNGRADE = [
    "DROP TRIGGER IF EXISTS search_tags_renamed ON tags",
    "DROP TRIGGER IF EXISTS search_annotation_tags_removed ON annotation_tags",
    "DROP TRIGGER IF EXISTS search_annotation_tags_added ON annotation_tags",
    "DROP TRIGGER IF EXISTS search_annotations_changed ON annotations",
    "DROP TRIGGER IF EXISTS search_annotations_added ON annotations",
    "DROP FUNCTION IF EXISTS search_tags_renamed()",
    "DROP FUNCTION IF EXISTS search_annotation_tags_removed()",
    "DROP FUNCTION IF EXISTS search_annotation_tags_added()",
    "DROP FUNCTION IF EXISTS search_annotations_changed()",
    "DROP FUNCTION IF EXISTS search_annotations_added()",
    "DROP FUNCTION IF EXISTS search_annotation_words_stale(TEXT[])",
    "DROP TABLE IF EXISTS search_annotation_stale",
    "DROP TABLE IF EXISTS search_annotation_sizes",
    "DROP TABLE IF EXISTS search_annotation_terms",
]


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for statement in UPGRADE:
        op.execute(statement)
    index_all(op.get_bind())


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for statement in DOWNGRADE:
        op.execute(statement)
