"""entity cache, corrections and the user's entity list

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "model_spans",
        sa.Column("content_hash", sa.String(64), primary_key=True),
        sa.Column("pipeline", sa.String(120), primary_key=True),
        sa.Column("spans", sa.Text(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "entity_results",
        sa.Column("content_hash", sa.String(64), primary_key=True),
        sa.Column("pipeline", sa.String(120), primary_key=True),
        sa.Column("rules_version", sa.String(40), primary_key=True),
        sa.Column("spans", sa.Text(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "entity_corrections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(16), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("document_id", "start", "end"),
    )
    op.create_index("ix_entity_corrections_document_id", "entity_corrections", ["document_id"])
    op.create_table(
        "user_entities",
        sa.Column("name", sa.String(300), primary_key=True),
        sa.Column("label", sa.String(16), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("user_entities")
    op.drop_table("entity_corrections")
    op.drop_table("entity_results")
    op.drop_table("model_spans")
