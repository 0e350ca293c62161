"""member copies: where each member of a team library keeps their copy of a document

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

- ``member_copies``: ``(member, path) -> document_id``. In a team library a document
  is one record, with the text everyone reads; a member whose copy of the file is at
  another path (another machine, another folder), or whose copy was edited since, is
  led to that record by their own path the next time they open it
  (:mod:`reader.services.member_copies`). Written only in team libraries; the table is
  made on both engines so that the schema is the same.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "member_copies",
        sa.Column("member", sa.String(200), primary_key=True),
        sa.Column("path", sa.String(), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
    )
    op.create_index("ix_member_copies_document_id", "member_copies", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_member_copies_document_id", "member_copies")
    op.drop_table("member_copies")
