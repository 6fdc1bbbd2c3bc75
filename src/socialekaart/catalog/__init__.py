"""The catalog layer: HSDS models with the Dutch profile, the store that opens catalog files, and migrations."""
