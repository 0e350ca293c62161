"""team library search: a title changed by another program is searched

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

PostgreSQL only (nothing changes on SQLite, whose FTS5 triggers index titles). A team
library ranks documents from ``search_sizes`` (migration 0014), which holds each
document's title as reader indexed it: a title another program changed was not
searched (the old one was). Now a trigger drops a document's size row when its title
changes, as the text trigger does: search finds such a document the slow way
(PostgreSQL's parser over its title and text) until reader writes its index again
(:meth:`reader.store.postgres_search.PostgresSearchStore.has_pieces`, when the
document is next recorded). Size rows whose title is already stale are dropped here.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPGRADE = [
    """CREATE FUNCTION search_sizes_stale() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM search_sizes WHERE document_id = NEW.id;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER search_sizes_stale AFTER UPDATE OF title ON documents
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)
    EXECUTE FUNCTION search_sizes_stale()""",
    """DELETE FROM search_sizes AS s USING documents AS d
    WHERE d.id = s.document_id AND d.title IS DISTINCT FROM s.title""",
]
DOWNGRADE = [
    "DROP TRIGGER IF EXISTS search_sizes_stale ON documents",
    "DROP FUNCTION IF EXISTS search_sizes_stale()",
]


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for statement in DOWNGRADE:
        op.execute(statement)
