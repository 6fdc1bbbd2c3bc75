"""Commands for keeping the catalog true: verify, review, meldingen, duplicates and merge, history and restore,
and the spreadsheet import (`import FILE --mapping MAP.json`)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from socialekaart.catalog.editing import EditError
from socialekaart.catalog.store import Catalog
from socialekaart.cli.common import actor_of, entry_id, open_from_args, work_from_args
from socialekaart.cli.output import CliError, print_json
from socialekaart.cli.wording import (
    PROBLEM_WORDS,
    SOURCE_WORDS,
    change_text,
    never_or_date,
    verified_text,
)

KEPT = ["service", "location", "organization"]


def _actor(args: argparse.Namespace) -> str:
    return actor_of(args)


@contextmanager
def _editing(args: argparse.Namespace, refused: str) -> Iterator[Catalog]:
    """The catalog of --db for one command; an EditError becomes a one-line CLI error after `refused`."""
    catalog = open_from_args(args)
    try:
        yield catalog
    except EditError as exc:
        raise CliError(f"{refused}{exc}") from exc
    finally:
        catalog.close()


def _json_flag(p: Any) -> None:
    p.add_argument("--json", action="store_true", help="uitvoer als JSON op stdout")


def register(sub: Any) -> None:
    p = sub.add_parser("verify", help='leg vast dat een item nog klopt ("gecontroleerd op … door …")')
    p.add_argument("entity", choices=KEPT)
    p.add_argument("id", metavar="ID_OF_NAAM")
    p.add_argument("--actor", default=None, help="wie controleerde (standaard: uw gebruikersnaam)")
    _json_flag(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("review", help="items die lang niet zijn gecontroleerd, meest opgezocht eerst")
    p.add_argument("--months", type=int, default=12, help="niet gecontroleerd in zoveel maanden (standaard 12)")
    p.add_argument("--area", action="append", metavar="CODE", help="alleen in deze wijk (of kern, buurt)")
    p.add_argument("--limit", type=int, default=None)
    _json_flag(p)
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("report", help="meld dat iets van een item niet klopt (typ geen gegevens van inwoners)")
    p.add_argument("entity", choices=KEPT)
    p.add_argument("id", metavar="ID_OF_NAAM")
    p.add_argument("--field", default=None, help="welk veld niet klopt")
    p.add_argument("--problem", default="onjuist", choices=list(PROBLEM_WORDS))
    p.add_argument("--text", default="", help="wat er niet klopt")
    p.add_argument("--actor", default=None)
    _json_flag(p)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("reports", help="open meldingen (van een wijk), of sluit er een")
    p.add_argument("--area", action="append", metavar="CODE")
    p.add_argument("--all", action="store_true", help="ook gesloten meldingen")
    _json_flag(p)
    p.set_defaults(func=cmd_reports)
    rs = p.add_subparsers(dest="reports_command", metavar="OPDRACHT")
    c = rs.add_parser("close", help="sluit een melding en leg vast wat er is gedaan")
    c.add_argument("melding_id", metavar="ID")
    c.add_argument("--done", default="", help="wat er is gedaan")
    c.add_argument("--actor", default=None)
    _json_flag(c)
    c.set_defaults(func=cmd_reports_close)

    p = sub.add_parser("duplicates", help="waarschijnlijk dubbele diensten in de hele catalogus")
    p.add_argument("--min-score", type=float, default=None, help="hoe gelijk (0-100, standaard 85)")
    _json_flag(p)
    p.set_defaults(func=cmd_duplicates)

    p = sub.add_parser("merge", help="voeg een dubbele dienst samen met de dienst die blijft")
    p.add_argument("keep", metavar="KEEP_ID")
    p.add_argument("other", metavar="OTHER_ID")
    p.add_argument("--entity", default="service", choices=KEPT)
    p.add_argument("--actor", default=None)
    _json_flag(p)
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("history", help="elke wijziging van een item, veld voor veld, wie en wanneer")
    p.add_argument("entity")
    p.add_argument("id", metavar="ID_OF_NAAM")
    _json_flag(p)
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("restore", help="zet de waarde van een eerdere wijziging terug (als nieuwe wijziging)")
    p.add_argument("entity")
    p.add_argument("id", metavar="ID_OF_NAAM")
    p.add_argument("--change", type=int, required=True, metavar="CHANGE_ID", help="nummer uit `history`")
    p.add_argument("--actor", default=None)
    _json_flag(p)
    p.set_defaults(func=cmd_restore)


def cmd_verify(args: argparse.Namespace) -> int:
    from socialekaart.workspace.review import verify

    with _editing(args, "Niet vastgelegd: ") as catalog:
        done = verify(catalog, args.entity, entry_id(args, catalog, args.entity, args.id), _actor(args))
    if args.json:
        print_json({"ok": True, "entity": done.entity, "id": done.entity_id, "on": done.on.isoformat(), "by": done.by})
    else:
        print(f"{done.entity} {done.entity_id}: {verified_text(done.on, done.by)}.")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from socialekaart.workspace.review import review_count, review_queue

    catalog = open_from_args(args)
    try:
        items = review_queue(catalog, args.months, args.area, limit=args.limit)
        total = review_count(catalog, args.months, args.area)
    finally:
        catalog.close()
    if args.json:
        print_json(
            {
                "months": args.months,
                "total": total,
                "items": [
                    {
                        "entity": i.entity,
                        "id": i.entity_id,
                        "name": i.name,
                        "last_verified": i.last_verified.isoformat() if i.last_verified else None,
                        "lookups": i.lookups,
                    }
                    for i in items
                ],
            }
        )
        return 0
    print(f"{total} te controleren (niet gecontroleerd in {args.months} maanden).")
    for i in items:
        print(f"  {i.entity_id}  {i.name}  — laatst: {never_or_date(i.last_verified)}, {i.lookups}× opgezocht")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from socialekaart.workspace.reports import report

    with _editing(args, "Melding geweigerd: ") as catalog:
        target = entry_id(args, catalog, args.entity, args.id)
        mid = report(catalog, args.entity, target, _actor(args), field=args.field, problem=args.problem, text=args.text)
    if args.json:
        print_json({"ok": True, "id": mid, "entity": args.entity, "entity_id": target})
    else:
        print(f"Melding {mid} gemaakt; de volgende synchronisatie stuurt haar door.")
    return 0


def _melding_json(m: Any) -> dict[str, Any]:
    return {
        "id": m.id,
        "entity": m.entity,
        "entity_id": m.entity_id,
        "name": m.name,
        "field": m.field,
        "problem": m.problem,
        "text": m.text,
        "area_code": m.area_code,
        "created": m.created.isoformat(timespec="seconds"),
        "status": m.status,
        "closed_at": m.closed_at.isoformat(timespec="seconds") if m.closed_at else None,
        "closed_by": m.closed_by,
        "done": m.done,
    }


def cmd_reports(args: argparse.Namespace) -> int:
    from socialekaart.workspace.reports import OPEN, reports

    catalog = open_from_args(args)
    try:
        found = reports(catalog, args.area, status=None if args.all else OPEN)
    finally:
        catalog.close()
    if args.json:
        print_json([_melding_json(m) for m in found])
        return 0
    if not found:
        print("Geen meldingen.")
    for m in found:
        what = f"{m.field}: " if m.field else ""
        print(f"{m.id}  [{m.status}] {m.entity} '{m.name}' — {what}{PROBLEM_WORDS.get(m.problem, m.problem)}")
        if m.text:
            print(f"    {m.text}")
        if m.done:
            print(f"    gedaan ({m.closed_by}): {m.done}")
    return 0


def cmd_reports_close(args: argparse.Namespace) -> int:
    from socialekaart.workspace.reports import close_report

    with _editing(args, "Niet gesloten: ") as catalog:
        close_report(catalog, args.melding_id, _actor(args), args.done)
    if args.json:
        print_json({"ok": True, "id": args.melding_id})
    else:
        print(f"Melding {args.melding_id} gesloten.")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from socialekaart.workspace.duplicates import DEFAULT_MIN_SCORE, scan_duplicates

    catalog = open_from_args(args)
    work, printer = work_from_args(args)
    try:
        pairs = scan_duplicates(catalog, min_score=args.min_score or DEFAULT_MIN_SCORE, work=work)
    finally:
        printer.done()
        catalog.close()
    if args.json:
        print_json(
            [
                {
                    "first": {"id": p.first_id, "name": p.first_name},
                    "second": {"id": p.second_id, "name": p.second_name},
                    "score": p.score,
                    "reasons": list(p.reasons),
                }
                for p in pairs
            ]
        )
        return 0
    print(f"{len(pairs)} waarschijnlijk dubbel.")
    for p in pairs:
        print(f"  {p.score:5.1f}  {p.first_id} '{p.first_name}'  ~  {p.second_id} '{p.second_name}'")
        print(f"         zelfde: {', '.join(p.reasons)}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from socialekaart.workspace.duplicates import merge

    with _editing(args, "Niet samengevoegd: ") as catalog:
        keep = entry_id(args, catalog, args.entity, args.keep)
        other = entry_id(args, catalog, args.entity, args.other)
        moved = merge(catalog, args.entity, keep, other, _actor(args))
    if args.json:
        print_json({"ok": True, "kept": keep, "removed": other, "links_moved": moved})
    else:
        print(f"{other} is samengevoegd met {keep} ({moved} koppelingen verplaatst); het oude id verwijst door.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from socialekaart.workspace.history import history

    with _editing(args, "") as catalog:
        changes = history(catalog, args.entity, entry_id(args, catalog, args.entity, args.id))
    if args.json:
        print_json(
            [
                {
                    "change_id": c.change_id,
                    "id": c.entity_id,
                    "field": c.field,
                    "old": c.old,
                    "new": c.new,
                    "actor": c.actor,
                    "at": c.at.isoformat(timespec="seconds"),
                    "source": c.source,
                    "pending": c.pending,
                }
                for c in changes
            ]
        )
        return 0
    if not changes:
        print("Geen wijzigingen bekend.")
    for c in changes:
        wait = " (nog niet verstuurd)" if c.pending else ""
        who = c.actor or "onbekend"
        line = f"{c.change_id:>6}  {c.at:%d-%m-%Y %H:%M}  {who} ({SOURCE_WORDS.get(c.source, c.source)}){wait}"
        print(f"{line}  {change_text(c.field, c.old, c.new)}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from socialekaart.workspace.history import restore

    with _editing(args, "Niet teruggezet: ") as catalog:
        target = entry_id(args, catalog, args.entity, args.id)
        chosen = restore(catalog, args.entity, target, args.change, _actor(args))
    if args.json:
        print_json({"ok": True, "id": target, "field": chosen.field, "value": chosen.new})
    else:
        print(f"{args.entity} {target}: {change_text(chosen.field, None, chosen.new)} teruggezet.")
    return 0


def cmd_import_sheet(args: argparse.Namespace) -> int:
    """`import FILE --mapping MAP.json [--dry-run]`: a spreadsheet as wijkmakelaars keep it."""
    from socialekaart.interchange.problems import ImportFailed
    from socialekaart.workspace.spreadsheet import MappingError, import_sheet, load_mapping

    try:
        mapping = load_mapping(Path(args.mapping))
    except MappingError as exc:
        raise CliError(str(exc), code=2) from exc
    catalog = open_from_args(args)
    _work, printer = work_from_args(args)
    try:
        report = import_sheet(
            catalog, args.source, mapping, _actor(args), dry_run=args.dry_run, add_duplicates=args.add_duplicates
        )
    except ImportFailed as exc:
        if args.json:
            print_json({"ok": False, "problems": [p.as_dict() for p in exc.problems]})
        raise CliError(str(exc), details=[str(p) for p in exc.problems[1:20]]) from exc
    finally:
        printer.done()
        catalog.close()
    rows = {
        "added": report.added,
        "changed": report.changed,
        "skipped": report.skipped,
        "duplicates": report.duplicates,
    }
    if args.json:
        print_json(
            {
                "ok": True,
                "dry_run": report.dry_run,
                **{
                    kind: [
                        {
                            "row": o.row,
                            "name": o.name,
                            "id": o.entity_id,
                            "fields": list(o.fields),
                            "reason": o.reason or None,
                            "likely_duplicates": [
                                {"id": c.entity_id, "name": c.name, "score": c.score} for c in o.duplicates
                            ],
                        }
                        for o in outcomes
                    ]
                    for kind, outcomes in rows.items()
                },
            }
        )
        return 0
    words = {"added": "nieuw", "changed": "gewijzigd", "skipped": "overgeslagen", "duplicates": "waarschijnlijk dubbel"}
    print(("Proefimport (er is niets opgeslagen) van " if report.dry_run else "Geïmporteerd uit ") + f"{report.file}:")
    for kind, outcomes in rows.items():
        print(f"  {len(outcomes):>5} {words[kind]}")
        for o in outcomes[:20]:
            extra = f" ~ {o.duplicates[0].name} ({o.duplicates[0].entity_id})" if o.duplicates else ""
            print(f"        regel {o.row}: {o.name}{extra}")
    return 0
