"""The command line: a thin layer over the core, with a stable contract that scripts and tests rely on."""
