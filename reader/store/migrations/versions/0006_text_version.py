"""documents remember the version of the conversion that made their text

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

When the conversion from files to canonical text changes (plain text reflowed,
richer Markdown), a document's stored text, blocks and annotations were made by the
previous one. ``text_version`` says which; documents recorded before it existed
were made by version 1.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "documents",
        sa.Column("text_version", sa.Integer(), nullable=False, server_default="1"),
    )


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN (SQLite 3.35+): a batch copy of ``documents`` would fight
    # the search triggers that read it.
    op.drop_column("documents", "text_version")
