"""reading: where each document was left, and its bookmarks

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-02

A document reopens where it was left, on any machine the library goes to:
``reading_positions`` holds, per document, the code-point offset of the first line
that was on screen and when it was read. ``bookmarks`` are places the reader marked
(Ctrl+B), with a short label (the words found there). Both go with their document.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reading_positions",
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("offset", sa.Integer(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "bookmarks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("offset", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("document_id", "offset", name="uq_bookmarks_document_offset"),
    )
    op.create_index("ix_bookmarks_document_id", "bookmarks", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_bookmarks_document_id", "bookmarks")
    op.drop_table("bookmarks")
    op.drop_table("reading_positions")
