"""The server fixtures, shared with the sync tests."""

from tests.server.conftest import live, live_sqlite, new_catalog, pg_store, pg_url, template_catalog

__all__ = ["live", "live_sqlite", "new_catalog", "pg_store", "pg_url", "template_catalog"]
