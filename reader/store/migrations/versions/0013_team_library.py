"""team library: authors, versions of annotations, a trash, live change notices

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

- ``annotations.author`` (who made it) and ``annotations.editor`` (who changed it
  last, its colour, note or tags); ``entity_corrections.author``. NULL for what was
  made before authors existed (shown as nobody in particular).
- ``annotations.version``: 1 when made, one more at every change; an edit says which
  version it was made on, and is refused when someone else changed it since
  (optimistic concurrency, :meth:`reader.store.annotations.AnnotationStore.update`).
- ``deleted_annotations``: in a team library a deleted annotation is kept here (as
  JSON, with who deleted it and when) and can be restored for 30 days.
- On PostgreSQL only: triggers ``NOTIFY reader_changes`` with
  ``table:document id:backend pid`` after every change of annotations, their tags,
  entity corrections and documents, so the other members' windows refresh at once
  (:mod:`reader.store.postgres_changes`).

Columns are added with ALTER TABLE (no table rebuild: the SQLite search triggers of
0004 and 0008 stay as they are).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOTIFIED = {
    "annotations": "document_id",
    "entity_corrections": "document_id",
    "documents": "id",
    "annotation_tags": ("(SELECT document_id FROM annotations WHERE id = {row}.annotation_id)"),
}


def _notify_function(table: str, document: str) -> str:
    def of(row: str) -> str:
        return document.format(row=row) if "{row}" in document else f"{row}.{document}"

    return f"""CREATE FUNCTION reader_notify_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            PERFORM pg_notify('reader_changes',
                '{table}:' || coalesce(({of("OLD")})::text, '') || ':' || pg_backend_pid());
            RETURN OLD;
        END IF;
        PERFORM pg_notify('reader_changes',
            '{table}:' || coalesce(({of("NEW")})::text, '') || ':' || pg_backend_pid());
        RETURN NEW;
    END $$"""


def upgrade() -> None:
    op.add_column("annotations", sa.Column("author", sa.String(200), nullable=True))
    op.add_column("annotations", sa.Column("editor", sa.String(200), nullable=True))
    op.add_column(
        "annotations", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
    )
    op.add_column("entity_corrections", sa.Column("author", sa.String(200), nullable=True))
    op.create_table(
        "deleted_annotations",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("deleted", sa.DateTime(), nullable=False),
        sa.Column("deleted_by", sa.String(200), nullable=True),
    )
    op.create_index("ix_deleted_annotations_deleted", "deleted_annotations", ["deleted"])
    op.create_index("ix_deleted_annotations_document_id", "deleted_annotations", ["document_id"])
    if op.get_context().dialect.name == "postgresql":
        for table, document in NOTIFIED.items():
            op.execute(_notify_function(table, document))
            op.execute(
                f"CREATE TRIGGER reader_notify_{table} AFTER INSERT OR UPDATE OR DELETE"
                f" ON {table} FOR EACH ROW EXECUTE FUNCTION reader_notify_{table}()"
            )


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for table in NOTIFIED:
            op.execute(f"DROP TRIGGER IF EXISTS reader_notify_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS reader_notify_{table}()")
    op.drop_index("ix_deleted_annotations_document_id", "deleted_annotations")
    op.drop_index("ix_deleted_annotations_deleted", "deleted_annotations")
    op.drop_table("deleted_annotations")
    op.drop_column("entity_corrections", "author")
    for column in ("version", "editor", "author"):
        op.drop_column("annotations", column)
