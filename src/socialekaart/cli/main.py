"""Entry point of `socialekaart`: parses the command line and dispatches to one command module."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from socialekaart import __version__
from socialekaart.catalog.store import CatalogError
from socialekaart.cli import app_command, catalog_commands
from socialekaart.cli.output import CliError
from socialekaart.errors import UserFacingError
from socialekaart.progress import Cancelled, CancelToken

COMMAND_MODULES = [catalog_commands, app_command]
OPTIONAL_COMMAND_MODULES = ["socialekaart.cli.search_command", "socialekaart.cli.map_command"]
OPTIONAL_COMMAND_MODULES.append("socialekaart.cli.sync_commands")
OPTIONAL_COMMAND_MODULES.append("socialekaart.cli.edit_commands")
OPTIONAL_COMMAND_MODULES.append("socialekaart.cli.keeping_commands")
OPTIONAL_COMMAND_MODULES.append("socialekaart.cli.handout_command")
OPTIONAL_COMMAND_MODULES.append("socialekaart.cli.volunteer_commands")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="socialekaart",
        description="Sociale Kaart: vind hulp, plekken en mensen in de gemeente. Zonder opdracht start de app.",
    )
    parser.add_argument("--version", action="version", version=f"socialekaart {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="het catalogusbestand (standaard: de catalogus in uw gebruikersmap); een nieuw bestand begint leeg",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for module in COMMAND_MODULES:
        module.register(sub)
    import importlib

    for name in OPTIONAL_COMMAND_MODULES:
        try:
            importlib.import_module(name).register(sub)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    token = CancelToken()
    args.cancel = token

    def on_sigint(_signum: int, _frame: FrameType | None) -> None:
        if token.cancelled:
            raise KeyboardInterrupt
        token.cancel()

    previous = signal.signal(signal.SIGINT, on_sigint) if args.command else None
    try:
        if args.command is None:
            return app_command.run_app(args)
        result: int = args.func(args)
        return result
    except Cancelled as exc:
        sys.stderr.write(f"{exc}\n")
        return 130
    except CatalogError as exc:
        sys.stderr.write(exc.message.replace("\n", " ") + "\n")
        return 2
    except CliError as exc:
        sys.stderr.write(exc.message.replace("\n", " ") + "\n")
        for line in exc.details:
            sys.stderr.write(f"  - {line}\n")
        return exc.code
    except UserFacingError as exc:  # a Dutch reason from the core that no command put in other words
        sys.stderr.write(str(exc).replace("\n", " ") + "\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("Afgebroken.\n")
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped reading: not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
