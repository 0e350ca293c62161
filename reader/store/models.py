"""Typed ORM models. Timestamps are naive UTC (SQLite has no time zones)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str] = mapped_column(String)
    author: Mapped[str | None] = mapped_column(String, default=None)
    format: Mapped[str] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(16), default=None)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    text: Mapped[str] = mapped_column(Text)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    opened: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    """When the document was last opened in a window, or recorded if it never was."""
    blocks: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    """JSON ``[[kind, start, end, level], ...]``: the structure of ``text``."""
    toc: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    """JSON ``[[title, offset, level], ...]``: the table of contents."""
    metadata_json: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    """JSON object of strings: what the file says of itself (date, site, language...)."""
    in_library: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1", index=True)
    """False once removed from the library (the row and its annotations are kept)."""
    size_bytes: Mapped[int | None] = mapped_column(Integer, default=None)
    """The file's size when last read."""
    text_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    """The version of the conversion that made ``text`` and ``blocks`` (see
    ``reader.formats.version``); 1 for documents recorded before versions existed."""

    annotations: Mapped[list[AnnotationRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


annotation_tags = Table(
    "annotation_tags",
    Base.metadata,
    Column(
        "annotation_id",
        String(36),
        ForeignKey("annotations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_annotation_tags_tag_id", "tag_id"),
)


class AnnotationRow(Base):
    """A highlight with both W3C selectors: position and quote (exact, prefix, suffix).

    ``content_hash`` is the hash of the text the position refers to; when the
    document's hash differs, the annotation is re-anchored.
    """

    __tablename__ = "annotations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    orphan: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    author: Mapped[str | None] = mapped_column(String(200), default=None)
    """Who made it (migration 0013); None for annotations made before authors."""
    editor: Mapped[str | None] = mapped_column(String(200), default=None)
    """Who last changed its colour, note or tags."""
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    """1 when made, one more at every change (optimistic concurrency)."""

    document: Mapped[DocumentRow] = relationship(back_populates="annotations")
    tags: Mapped[list[TagRow]] = relationship(
        secondary=annotation_tags, back_populates="annotations", order_by="TagRow.name"
    )


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200, collation="NOCASE"), unique=True)

    annotations: Mapped[list[AnnotationRow]] = relationship(
        secondary=annotation_tags, back_populates="tags"
    )


class ModelSpansRow(Base):
    """Cached output of the slow model stage, keyed by content and pipeline."""

    __tablename__ = "model_spans"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    pipeline: Mapped[str] = mapped_column(String(120), primary_key=True)
    spans: Mapped[str] = mapped_column(Text)  # JSON [[start, end, label], ...]
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EntityResultRow(Base):
    """Cached final entities (model + rules + cleanup + consistency), before corrections."""

    __tablename__ = "entity_results"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    pipeline: Mapped[str] = mapped_column(String(120), primary_key=True)
    rules_version: Mapped[str] = mapped_column(String(40), primary_key=True)
    spans: Mapped[str] = mapped_column(Text)  # JSON [[start, end, label, source], ...]
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EntityCorrectionRow(Base):
    """A user's correction in one document: ``label`` None means "not an entity here"."""

    __tablename__ = "entity_corrections"
    __table_args__ = (UniqueConstraint("document_id", "start", "end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(String(16))
    exact: Mapped[str | None] = mapped_column(Text, default=None)  # the corrected words
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    author: Mapped[str | None] = mapped_column(String(200), default=None)


class UserEntityRow(Base):
    """The user's own entity list for every document: ``label`` None means "never"."""

    __tablename__ = "user_entities"

    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    label: Mapped[str | None] = mapped_column(String(16))
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LibraryInfoRow(Base):
    """Facts about the library itself (see migration 0007): which reader wrote the
    schema, backup retention..."""

    __tablename__ = "library_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReadingPositionRow(Base):
    """Where a document was left: the offset of the first line on screen (0011)."""

    __tablename__ = "reading_positions"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    offset: Mapped[int] = mapped_column(Integer)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class BookmarkRow(Base):
    """A place the reader marked in a document, with the words found there (0011)."""

    __tablename__ = "bookmarks"
    __table_args__ = (
        UniqueConstraint("document_id", "offset", name="uq_bookmarks_document_offset"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    offset: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EntityNameRow(Base):
    """A name of the Index (see migration 0012): an entity type and the folded key of
    its mentions (:func:`reader.core.entity_names.name_key`), shown as ``display``."""

    __tablename__ = "entity_names"
    __table_args__ = (UniqueConstraint("label", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(Text)
    display: Mapped[str] = mapped_column(Text)


class EntityMentionRow(Base):
    """One mention in a document's Index: ``name_id`` its own name, ``entry_id`` the name
    it is grouped under in that document ("Zhang" under "Jeff Zhang")."""

    __tablename__ = "entity_mentions"
    __table_args__ = (
        Index("ix_entity_mentions_name_id", "name_id"),
        Index("ix_entity_mentions_entry_id", "entry_id"),
        {"sqlite_with_rowid": False},
    )

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    start: Mapped[int] = mapped_column(Integer, primary_key=True)
    end: Mapped[int] = mapped_column(Integer)
    name_id: Mapped[int] = mapped_column(ForeignKey("entity_names.id"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("entity_names.id"))


class EntityCountRow(Base):
    """How many mentions a document has of a name under an entry, and where the first is."""

    __tablename__ = "entity_counts"
    __table_args__ = ({"sqlite_with_rowid": False},)

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    name_id: Mapped[int] = mapped_column(ForeignKey("entity_names.id"), primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entity_names.id"), primary_key=True)
    mentions: Mapped[int] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(Integer)


class EntityIndexStateRow(Base):
    """What a document's Index rows were made from: its text and the recognition's stamp."""

    __tablename__ = "entity_index_state"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    content_hash: Mapped[str] = mapped_column(String(64))
    stamp: Mapped[str] = mapped_column(String(200))
    seen: Mapped[datetime] = mapped_column(DateTime)
    """When the document was recorded (its ``created``): the Index's "first seen"."""


class EntityChoiceRow(Base):
    """The user's choices on a name, for the whole library: merged into another entry,
    renamed, hidden, or split from the entry it was grouped under."""

    __tablename__ = "entity_choices"

    name_id: Mapped[int] = mapped_column(ForeignKey("entity_names.id"), primary_key=True)
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("entity_names.id"), default=None)
    display: Mapped[str | None] = mapped_column(Text, default=None)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    split: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class DeletedAnnotationRow(Base):
    """An annotation deleted from a team library, restorable for 30 days (0013).
    ``snapshot`` is JSON: the annotation as it was, its tags and text hash."""

    __tablename__ = "deleted_annotations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    snapshot: Mapped[str] = mapped_column(Text)
    deleted: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    deleted_by: Mapped[str | None] = mapped_column(String(200), default=None)


class MemberCopyRow(Base):
    """Where a member of a team library keeps their copy of a document (0015): their
    path leads them to the shared record even where it is not the record's path."""

    __tablename__ = "member_copies"

    member: Mapped[str] = mapped_column(String(200), primary_key=True)
    path: Mapped[str] = mapped_column(String, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
