"""The `edit` and `conflicts` commands: small catalog edits (with an outbox entry for sync) and deciding conflicts."""

from __future__ import annotations

import argparse
from typing import Any

from socialekaart.cli.common import actor_of, entry_id, open_from_args
from socialekaart.cli.output import CliError, print_json


def register(sub: Any) -> None:
    p = sub.add_parser(
        "edit",
        help="wijzig één veld of meer van een item (de wijziging gaat mee met de volgende synchronisatie)",
    )
    p.add_argument("entity", choices=["service", "location", "organization", "initiative", "volunteer", "schedule"])
    p.add_argument("id", metavar="ID_OF_NAAM", help="het id, of de naam als maar één item zo heet")
    p.add_argument(
        "changes",
        nargs="+",
        metavar="VELD=WAARDE",
        help="bijv. name='Taalcafé Dorst', last_verified=2026-12-01; openingstijden: "
        "edit schedule ID opens_at=09:00 closes_at=12:00 byday=MO,WE",
    )
    p.add_argument("--actor", default=None, help="wie de wijziging maakt (standaard: uw gebruikersnaam)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("conflicts", help="toon de conflicten van de synchronisatie, of beslis er een")
    p.add_argument("--json", action="store_true")
    sub_c = p.add_subparsers(dest="conflicts_command", metavar="OPDRACHT")
    r = sub_c.add_parser("resolve", help="beslis een conflict: houd mijn versie of die van de server")
    r.add_argument("op_id", metavar="OP_ID")
    r.add_argument("--keep", required=True, choices=["mine", "theirs"])
    r.add_argument("--actor", default=None)
    p.set_defaults(func=cmd_conflicts)
    r.set_defaults(func=cmd_resolve)


def cmd_edit(args: argparse.Namespace) -> int:
    from socialekaart.catalog.editing import EditError, update_entity
    from socialekaart.interchange.tables import table_specs
    from socialekaart.interchange.values import ValueProblem, parse_value

    spec = table_specs()[args.entity]
    changes: dict[str, Any] = {}
    for item in args.changes:
        name, sep, raw = item.partition("=")
        name = name.strip()
        field = spec.by_name.get(name) or next((f for f in spec.fields if f.column == name), None)
        if not sep or field is None or field.name == spec.key or field.column == "demo":
            raise CliError(f"Verwacht VELD=WAARDE met een veld van {args.entity}, niet '{item}'.")
        try:
            changes[field.column] = parse_value(raw, field.pytype)
        except ValueProblem as exc:
            raise CliError(f"{name}: {exc}") from exc
    catalog = open_from_args(args)
    try:
        args.id = entry_id(args, catalog, args.entity, args.id)
        update_entity(catalog, args.entity, args.id, changes, actor_of(args))
    except EditError as exc:
        raise CliError(f"Wijziging geweigerd: {exc}") from exc
    finally:
        catalog.close()
    if args.json:
        print_json({"ok": True, "entity": args.entity, "id": args.id, "changed": sorted(changes)})
    else:
        print(f"{args.entity} {args.id} gewijzigd: {', '.join(sorted(changes))}.")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from socialekaart.sync.conflicts import list_conflicts

    catalog = open_from_args(args)
    try:
        conflicts = list_conflicts(catalog)
    finally:
        catalog.close()
    if args.json:
        print_json(
            [
                {
                    "op_id": c.op_id,
                    "entity": c.entity,
                    "id": c.entity_id,
                    "label": c.label,
                    "reason": c.reason,
                    "fields": [{"field": f.field, "mine": f.mine, "theirs": f.theirs} for f in c.fields],
                }
                for c in conflicts
            ]
        )
        return 0
    if not conflicts:
        print("Geen conflicten.")
    for c in conflicts:
        print(f"{c.op_id}  {c.entity} '{c.label}': {c.reason}")
        for f in c.fields:
            print(f"    {f.field}: mijn versie {f.mine!r} — server {f.theirs!r}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from socialekaart.catalog.editing import EditError
    from socialekaart.sync.conflicts import resolve_conflict

    catalog = open_from_args(args)
    try:
        resolve_conflict(catalog, args.op_id, args.keep, actor_of(args))
    except EditError as exc:
        raise CliError(f"Kan het conflict niet beslissen: {exc}") from exc
    finally:
        catalog.close()
    print("Beslist; de volgende synchronisatie stuurt het door." if args.keep == "mine" else "Beslist.")
    return 0
