"""entity corrections remember the text they correct

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

A correction was only a (start, end) range: after the file changed it would
apply to whatever text moved there. ``exact`` keeps the corrected words, so a
correction follows them (or is dropped when they are gone). Existing rows get
the text at their range from the document's stored text.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("entity_corrections", sa.Column("exact", sa.Text(), nullable=True))
    op.execute(
        "UPDATE entity_corrections SET exact = ("
        " SELECT substr(documents.text, entity_corrections.start + 1,"
        ' entity_corrections."end" - entity_corrections.start)'
        " FROM documents WHERE documents.id = entity_corrections.document_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("entity_corrections") as batch:
        batch.drop_column("exact")
