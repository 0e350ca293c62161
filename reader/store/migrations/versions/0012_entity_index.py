"""entity index: who and where across the library

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

The Index lists every person, organisation and place of the library. Its names
(``entity_names``: a type and the folded key of the mentions, see
``reader.core.entity_names``), each document's mentions (``entity_mentions``, with the
name each is grouped under in that document), per-document counts (``entity_counts``,
so opening the Index reads a few rows per name, not every mention), what each
document's rows were made from (``entity_index_state``) and the user's choices on names
(``entity_choices``: merged, renamed, hidden, split) live here. Mentions and counts go
with their document (ON DELETE CASCADE). Documents recognised before this revision are
indexed from the cached recognition the first time the Index is asked for. An index on
``search_chunks (document_id, start)`` lets a mention's context be read from the piece
of text that holds it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _document() -> sa.ForeignKey:
    return sa.ForeignKey("documents.id", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "entity_names",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("display", sa.Text(), nullable=False),
        sa.UniqueConstraint("label", "key"),
    )
    op.create_table(
        "entity_mentions",
        sa.Column("document_id", sa.Integer(), _document(), primary_key=True),
        sa.Column("start", sa.Integer(), primary_key=True),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("name_id", sa.Integer(), sa.ForeignKey("entity_names.id"), nullable=False),
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("entity_names.id"), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_entity_mentions_name_id", "entity_mentions", ["name_id"])
    op.create_index("ix_entity_mentions_entry_id", "entity_mentions", ["entry_id"])
    op.create_table(
        "entity_counts",
        sa.Column("document_id", sa.Integer(), _document(), primary_key=True),
        sa.Column("name_id", sa.Integer(), sa.ForeignKey("entity_names.id"), primary_key=True),
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("entity_names.id"), primary_key=True),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "entity_index_state",
        sa.Column("document_id", sa.Integer(), _document(), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("stamp", sa.String(200), nullable=False),
        sa.Column("seen", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "entity_choices",
        sa.Column("name_id", sa.Integer(), sa.ForeignKey("entity_names.id"), primary_key=True),
        sa.Column("merged_into", sa.Integer(), sa.ForeignKey("entity_names.id"), nullable=True),
        sa.Column("display", sa.Text(), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("split", sa.Boolean(), nullable=False, server_default="0"),
    )

    # The contexts of mentions come from the search pieces that hold them: finding
    # which ones reads this index, not the pieces' text.
    op.create_index("ix_search_chunks_document_start", "search_chunks", ["document_id", "start"])


def downgrade() -> None:
    op.drop_index("ix_search_chunks_document_start", "search_chunks")
    for table in (
        "entity_choices",
        "entity_index_state",
        "entity_counts",
        "entity_mentions",
        "entity_names",
    ):
        op.drop_table(table)
