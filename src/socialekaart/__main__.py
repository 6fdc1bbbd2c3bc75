"""Lets `python -m socialekaart` behave exactly like the `socialekaart` command."""

from socialekaart.cli.main import main

raise SystemExit(main())
