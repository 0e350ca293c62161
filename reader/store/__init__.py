"""Persistence: SQLAlchemy 2 ORM over SQLite, migrated by Alembic at start-up."""
