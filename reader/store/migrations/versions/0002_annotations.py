"""annotations and tags

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# PostgreSQL has no NOCASE: a case-blind ICU collation of that name stands in for it
# (tag names are compared in Python anyway, see reader.store.tags).
POSTGRES_NOCASE = (
    'CREATE COLLATION IF NOT EXISTS "NOCASE"'
    " (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"
)


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute(POSTGRES_NOCASE)
    op.create_table(
        "annotations",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("exact", sa.Text(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=False),
        sa.Column("suffix", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("orphan", sa.Boolean(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_annotations_document_id", "annotations", ["document_id"])
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200, collation="NOCASE"), nullable=False, unique=True),
    )
    op.create_table(
        "annotation_tags",
        sa.Column(
            "annotation_id",
            sa.String(36),
            sa.ForeignKey("annotations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "tag_id", sa.Integer(), sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_index("ix_annotation_tags_tag_id", "annotation_tags", ["tag_id"])


def downgrade() -> None:
    op.drop_table("annotation_tags")
    op.drop_table("tags")
    op.drop_table("annotations")
