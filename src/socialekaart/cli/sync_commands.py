"""Commands `serve` (the central server and its users) and `sync` (sync this catalog with a server)."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from socialekaart.cli.common import open_from_args
from socialekaart.cli.output import CliError, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="start de centrale server (HSDS-API en synchronisatie)")
    p.add_argument(
        "--db", dest="server_db", metavar="URL", help="database: SQLite-bestand (standaard) of postgresql://"
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--tick-interval", type=float, default=1.0, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_serve)
    serve_sub = p.add_subparsers(dest="serve_command", metavar="OPDRACHT")
    users = serve_sub.add_parser("users", help="gebruikers en hun persoonlijke tokens")
    users_sub = users.add_subparsers(dest="users_command", metavar="OPDRACHT", required=True)
    u = users_sub.add_parser("add", help="maak een gebruiker (of geef een nieuw token); het token verschijnt eenmalig")
    u.add_argument("name", metavar="NAAM")
    u.add_argument("--role", required=True, choices=["raadpleger", "welzijnswerker", "wijkmakelaar", "beheerder"])
    u.add_argument(
        "--area",
        dest="areas",
        action="append",
        default=[],
        metavar="CODE",
        help="een wijk (of kern, buurt) die een wijkmakelaar beheert; herhaal voor meer (standaard: overal)",
    )
    u.add_argument("--db", dest="server_db", metavar="URL", default=argparse.SUPPRESS)
    u.set_defaults(func=cmd_users_add)
    u = users_sub.add_parser("revoke", help="trek het token van een gebruiker in")
    u.add_argument("name", metavar="NAAM")
    u.add_argument("--db", dest="server_db", metavar="URL", default=argparse.SUPPRESS)
    u.set_defaults(func=cmd_users_revoke)
    u = users_sub.add_parser("list", help="toon de gebruikers (zonder tokens)")
    u.add_argument("--db", dest="server_db", metavar="URL", default=argparse.SUPPRESS)
    u.set_defaults(func=cmd_users_list)
    pg = serve_sub.add_parser("purge", help="vergeet verwijderde items en wijzigingen ouder dan de bewaartermijn")
    pg.add_argument("--days", type=int, default=180, help="bewaartermijn in dagen (standaard 180)")
    pg.add_argument("--db", dest="server_db", metavar="URL", default=argparse.SUPPRESS)
    pg.set_defaults(func=cmd_purge)

    s = sub.add_parser("sync", help="synchroniseer deze catalogus met de server")
    s.add_argument("--server", required=True, metavar="URL")
    s.add_argument("--token-file", type=Path, metavar="F", help="bestand met uw persoonlijke token")
    s.add_argument("--remember", action="store_true", help="bewaar het token (sleutelbos, of een afgeschermd bestand)")
    s.add_argument("--json", action="store_true", help="samenvatting als JSON op stdout")
    s.set_defaults(func=cmd_sync)


def _store(args: argparse.Namespace) -> Any:
    try:
        from socialekaart.server.store import open_server_store
    except ModuleNotFoundError as exc:  # pragma: no cover - the extra is not installed
        raise CliError("De server is niet geïnstalleerd: installeer socialekaart[server].", code=2) from exc
    try:
        return open_server_store(getattr(args, "server_db", None))
    except Exception as exc:
        raise CliError(f"De serverdatabase kan niet worden geopend ({exc.__class__.__name__}).", code=2) from None


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from socialekaart.server.app import serve
    except ModuleNotFoundError as exc:  # pragma: no cover
        raise CliError("De server is niet geïnstalleerd: installeer socialekaart[server].", code=2) from exc
    store = _store(args)
    try:
        serve(store, args.host, args.port, tick_interval=args.tick_interval)
    finally:
        store.close()
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from socialekaart.server.auth import AuthError, add_user

    store = _store(args)
    try:
        token = add_user(store, args.name, args.role, args.areas)
    except AuthError as exc:
        raise CliError(str(exc), code=2) from None
    finally:
        store.close()
    sys.stdout.write(token + "\n")
    sys.stderr.write(f"Token voor {args.name} ({args.role}). Het wordt maar één keer getoond: geef het veilig door.\n")
    return 0


def cmd_users_revoke(args: argparse.Namespace) -> int:
    from socialekaart.server.auth import AuthError, revoke_user

    store = _store(args)
    try:
        revoke_user(store, args.name)
    except AuthError as exc:
        raise CliError(str(exc), code=2) from None
    finally:
        store.close()
    sys.stderr.write(f"Het token van {args.name} is ingetrokken.\n")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from socialekaart.server.auth import list_users

    store = _store(args)
    try:
        for name, role, active in list_users(store):
            sys.stdout.write(f"{name}\t{role}\t{'actief' if active else 'ingetrokken'}\n")
    finally:
        store.close()
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from socialekaart.server.feed import purge

    store = _store(args)
    try:
        horizon = purge(store, timedelta(days=args.days))
    finally:
        store.close()
    sys.stderr.write(f"Opgeschoond; oudere cursors (voor {horizon}) krijgen een volledige synchronisatie.\n")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from socialekaart.sync.client import SyncError, sync_once
    from socialekaart.sync.tokens import load_token, read_token_file, save_token

    if args.token_file is not None:
        try:
            token = read_token_file(args.token_file)
        except OSError:
            raise CliError(f"Het tokenbestand {args.token_file} kan niet worden gelezen.", code=2) from None
        if args.remember:
            where = save_token(args.server, token)
            sys.stderr.write(f"Token bewaard in {where}.\n")
    else:
        token = load_token(args.server) or ""
    if not token:
        raise CliError("Geen token: geef --token-file (en eventueel --remember).", code=2)
    catalog = open_from_args(args)
    try:
        report = sync_once(catalog, args.server, token)
    except SyncError as exc:
        raise CliError(str(exc), code=1) from None
    finally:
        catalog.close()
    if args.json:
        print_json(report.as_dict())
    else:
        pushed = ", ".join(f"{n} {k}" for k, n in sorted(report.pushed.items())) or "niets"
        sys.stdout.write(
            f"Verstuurd: {pushed}. Opgehaald: {report.pulled} wijzigingen in {report.pages} pagina's"
            f"{' (volledig)' if report.full else ''}. Nieuwe conflicten: {report.new_conflicts}.\n"
        )
    return 0
