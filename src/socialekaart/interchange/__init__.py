"""Reading and writing catalogs in exchange formats: HSDS tabular data packages (CSV), HSDS JSON, CBS boundaries."""
