"""library facts: which version of reader wrote the schema, backup retention

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

``library_info`` is a small key/value table. ``schema_written_by`` is the version of
reader that last migrated the library (set by every migration run): an older reader
that does not know the library's revision names that version in its refusal
("needs reader 0.3.0 or newer") instead of guessing. ``backup_daily`` and
``backup_weekly`` (when set) override how many automatic backups are kept.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "library_info",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("library_info")
