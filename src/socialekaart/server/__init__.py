"""The central Sociale Kaart server: read-only HSDS API, sync endpoints and personal tokens (extra `server`)."""
