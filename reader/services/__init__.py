"""Use cases. Each public method is one user action and owns its unit of work.

Services return plain frozen dataclasses, never live ORM objects.
"""
