"""Offline-first sync of the catalog with a Sociale Kaart server: wire messages, client, outbox and scheduler."""
