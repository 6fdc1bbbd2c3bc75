"""Offline-first sync of the catalog with a Sociale Kaart server: protocol, client, outbox and scheduler."""
