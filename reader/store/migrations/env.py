"""Alembic environment: always run from reader.store.schema.migrate with a live connection."""

from alembic import context

from reader.store.models import Base
from reader.store.sqlite_search import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,  # the search index is SQL, not ORM models
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
