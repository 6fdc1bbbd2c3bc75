"""Alembic schema migrations for catalog files: an old catalog file opens in a new version of the app."""
