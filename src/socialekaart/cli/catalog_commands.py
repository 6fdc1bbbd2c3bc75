"""Commands that read and write catalog data: import, export, areas, demo and info."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from socialekaart.cli.common import open_from_args, work_from_args
from socialekaart.cli.output import CliError, print_json
from socialekaart.interchange.problems import ImportFailed


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="importeer een HSDS-datapakket (map of .zip), een CSV-, Excel- (.xlsx) of HSDS-JSON-bestand",
        description="Importeer alles of niets: bij een fout blijft de catalogus ongewijzigd.",
    )
    p.add_argument("source", type=Path, metavar="PATH_OR_ZIP")
    p.add_argument("--json", action="store_true", help="samenvatting als JSON op stdout")
    p.add_argument(
        "--mapping",
        metavar="MAP.json",
        default=None,
        help="een eigen lijst (Excel of CSV) met deze koppeling van kolommen aan velden; gaat mee met de sync",
    )
    p.add_argument("--dry-run", action="store_true", help="met --mapping: laat zien wat er zou gebeuren")
    p.add_argument("--add-duplicates", action="store_true", help="met --mapping: voeg ook waarschijnlijk dubbele toe")
    p.add_argument("--actor", default=None, help="met --mapping: wie importeert (standaard: uw gebruikersnaam)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="exporteer de catalogus als HSDS (CSV-datapakket of JSON)")
    p.add_argument("out", type=Path, metavar="OUT", help="map of .zip (hsds-csv), of .json-bestand (hsds-json)")
    p.add_argument("--format", required=True, choices=["hsds-csv", "hsds-json"])
    p.add_argument(
        "--include-personal-data",
        action="store_true",
        help="neem vrijwilligers met hun contactgegevens op (nooit voor openbare exports)",
    )
    p.add_argument("--json", action="store_true", help="samenvatting als JSON op stdout")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("areas", help="gebieden: gemeente, kernen, wijken en buurten")
    areas = p.add_subparsers(dest="areas_command", metavar="OPDRACHT", required=True)
    a = areas.add_parser(
        "import",
        help="lees een CBS-wijk/buurtbestand (GeoJSON of GeoPackage, RD of WGS84) en koppel locaties aan buurten",
    )
    a.add_argument("file", type=Path, metavar="FILE")
    a.add_argument("--gemeente", metavar="GMxxxx", help="alleen deze gemeente uit het bestand nemen")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_areas_import)
    a = areas.add_parser("list", help="toon de gebiedsboom")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_areas_list)

    p = sub.add_parser("demo", help="laad de demo-catalogus (gemeente Oosterhout) in de catalogus")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="toon gegevens over de catalogus")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)


def _import_failed(exc: ImportFailed, as_json: bool) -> CliError:
    if as_json:
        print_json({"ok": False, "problems": [p.as_dict() for p in exc.problems]})
    details = [str(p) for p in exc.problems[1:20]]
    return CliError(str(exc), code=1, details=details)


def _print_summary(title: str, counts: dict[str, Any], warnings: list[str]) -> None:
    print(title)
    for table, count in counts.items():
        if isinstance(count, dict):
            if count.get("inserted") or count.get("updated"):
                print(f"  {table:<24} {count['inserted']:>7} nieuw {count['updated']:>7} bijgewerkt")
        elif count:
            print(f"  {table:<24} {count:>7}")
    for warning in warnings[:20]:
        print(f"  let op: {warning}")
    if len(warnings) > 20:
        print(f"  let op: en {len(warnings) - 20} andere waarschuwingen")


def cmd_import(args: argparse.Namespace) -> int:
    from socialekaart.interchange.loader import import_catalog

    if args.mapping:
        from socialekaart.cli.keeping_commands import cmd_import_sheet

        return cmd_import_sheet(args)

    catalog = open_from_args(args)
    work, printer = work_from_args(args)
    try:
        summary = import_catalog(catalog, args.source, work=work)
    except ImportFailed as exc:
        raise _import_failed(exc, args.json) from exc
    finally:
        printer.done()
        catalog.close()
    if args.json:
        print_json({"ok": True, **summary.as_dict()})
    else:
        _print_summary(
            f"Geïmporteerd uit {args.source} in {summary.seconds:.1f} s:",
            summary.as_dict()["counts"],
            summary.warnings,
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from socialekaart.interchange.export import ExportRefused, export_catalog

    if args.format == "hsds-json" and args.out.suffix.lower() != ".json":
        raise CliError("Voor --format hsds-json moet OUT een .json-bestand zijn.")
    catalog = open_from_args(args)
    work, printer = work_from_args(args)
    try:
        summary = export_catalog(catalog, args.out, args.format, include_personal=args.include_personal_data, work=work)
    except ExportRefused as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"Kan niet schrijven naar {args.out}: {exc.strerror or exc}") from exc
    finally:
        printer.done()
        catalog.close()
    if args.json:
        print_json({"ok": True, **summary.as_dict()})
    else:
        _print_summary(f"Geëxporteerd naar {args.out} ({args.format}):", summary.counts, [])
    return 0


def cmd_areas_import(args: argparse.Namespace) -> int:
    from socialekaart.geo.boundaries import BoundaryFileError, read_cbs_boundaries
    from socialekaart.interchange.areas import assign_location_areas, import_boundaries

    catalog = open_from_args(args)
    work, printer = work_from_args(args)
    try:
        work.step(f"Grenzen lezen uit {args.file}", 0, 0)
        try:
            features = read_cbs_boundaries(args.file, gemeente_code=args.gemeente)
        except BoundaryFileError as exc:
            raise CliError(exc.message) from exc
        except ValueError as exc:
            raise CliError(f"Ongeldige --gemeente '{args.gemeente}': verwacht een CBS-code zoals GM0826.") from exc
        work.step("Gebieden opslaan", 1, 3)
        with catalog.write() as session:
            added, updated = import_boundaries(session, features)
            work.step("Locaties aan buurten koppelen", 2, 3)
            assigned = assign_location_areas(session)
    finally:
        printer.done()
        catalog.close()
    kinds: dict[str, int] = {}
    for f in features:
        kinds[f.kind] = kinds.get(f.kind, 0) + 1
    result = {
        "ok": True,
        "file": str(args.file),
        "added": added,
        "updated": updated,
        "kinds": kinds,
        "locations_assigned": assigned,
    }
    if args.json:
        print_json(result)
    else:
        print(f"Gebieden uit {args.file}: {added} nieuw, {updated} bijgewerkt ({kinds}).")
        print(f"{assigned} locaties liggen in een buurt.")
    return 0


def cmd_areas_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from socialekaart.catalog.models import Area

    catalog = open_from_args(args)
    with catalog.read() as session:
        rows = session.execute(
            select(Area.code, Area.kind, Area.name, Area.parent_code).where(Area.deleted_at.is_(None))
        ).all()
    catalog.close()
    areas = [{"code": r.code, "kind": r.kind, "name": r.name, "parent_code": r.parent_code} for r in rows]
    if args.json:
        print_json(areas)
        return 0
    children: dict[str | None, list[dict[str, Any]]] = {}
    for a in areas:
        children.setdefault(a["parent_code"], []).append(a)

    def show(parent: str | None, depth: int) -> None:
        for a in sorted(children.get(parent, []), key=lambda x: x["code"]):
            print(f"{'  ' * depth}{a['code']:<14} {a['kind']:<9} {a['name']}")
            show(a["code"], depth + 1)

    show(None, 0)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from socialekaart.workspace.demo import seed_demo

    catalog = open_from_args(args)
    work, printer = work_from_args(args)
    try:
        summary = seed_demo(catalog, work=work)
    except ImportFailed as exc:
        raise _import_failed(exc, args.json) from exc
    finally:
        printer.done()
        catalog.close()
    if args.json:
        print_json({"ok": True, **summary.as_dict()})
    else:
        _print_summary("Demo-catalogus geladen:", summary.as_dict()["counts"], summary.warnings)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from socialekaart.catalog.store import schema_revision
    from socialekaart.interchange.tables import table_specs

    catalog = open_from_args(args)
    counts = {}
    with catalog.read() as session:
        for name, spec in table_specs().items():
            counts[name] = session.scalar(
                select(func.count()).select_from(spec.table).where(spec.table.c.deleted_at.is_(None))
            )
    info = {"path": str(catalog.path), "schema": schema_revision(catalog), **catalog.info(), "counts": counts}
    catalog.close()
    if args.json:
        print_json(info)
    else:
        for key, value in info.items():
            if key != "counts":
                print(f"{key}: {value}")
        _print_summary("Aantallen:", counts, [])
    return 0
