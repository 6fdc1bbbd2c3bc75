"""The `search` command: search by need from scripts, one query or a batch file, as text or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from socialekaart.cli.common import open_from_args
from socialekaart.cli.output import CliError, print_json
from socialekaart.cli.wording import no_results_text, reason_json, reason_texts
from socialekaart.text import one_line


def register(sub: Any) -> None:
    p = sub.add_parser(
        "search",
        help="zoek hulp bij een vraag, in de woorden van de inwoner",
        description="Zoek in de catalogus. Tikfouten, synoniemen en samenstellingen worden herkend.",
    )
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    p.add_argument("--limit", type=int, default=10, metavar="N")
    p.add_argument("--area", metavar="CODE", help="kern, wijk of buurt: code (WK082613) of naam (Dorst)")
    p.add_argument("--near", metavar="POSTCODE|LAT,LON", help="in de buurt van een postcode of punt")
    p.add_argument("--radius", type=float, metavar="KM", help="straal rond --near in km")
    p.add_argument("--open-now", action="store_true", help="alleen wat nu open is")
    p.add_argument("--open-on", metavar="JJJJ-MM-DD", help="alleen wat op die dag open is")
    p.add_argument("--free", action="store_true", help="alleen gratis")
    p.add_argument("--target-group", metavar="CODE", help="doelgroep, bijv. ouderen")
    p.add_argument("--language", metavar="CODE", help="taal (ISO 639-1), bijv. ar")
    p.add_argument(
        "--access-type",
        action="append",
        choices=["sociale_basis", "brede_voorziening", "vrij_toegankelijk", "niet_vrij_toegankelijk"],
        help="toegang (meer keren mogelijk)",
    )
    p.add_argument("--queries-file", type=Path, metavar="FILE", help="één vraag per regel; één JSON-regel per vraag")
    p.add_argument("--json", action="store_true", help="JSON op stdout")
    p.set_defaults(func=cmd_search)


def _filters(args: argparse.Namespace, search: Any) -> Any:
    """The command's filters, read the way the app reads its filter bar (workspace.filters)."""
    from datetime import date

    from socialekaart.search.places import PlaceError
    from socialekaart.workspace.filters import FilterState, find_area, resolve_filters

    area_code = None
    if args.area:
        area_code = find_area(search, args.area)
        if area_code is None:
            raise CliError(f"Onbekend gebied '{args.area}': gebruik een code of naam uit 'socialekaart areas list'.")
    open_on = None
    if args.open_on:
        try:
            open_on = date.fromisoformat(args.open_on)
        except ValueError as exc:
            raise CliError(f"Ongeldige datum voor --open-on: {args.open_on} (verwacht JJJJ-MM-DD)") from exc
    state = FilterState(
        area_code=area_code,
        near_text=args.near or "",
        radius_km=args.radius,
        open_now=args.open_now,
        open_on=open_on,
        free_only=args.free,
        target_group=args.target_group,
        language=args.language,
        access_types=tuple(args.access_type or ()),
    )
    try:
        return resolve_filters(search, state)
    except PlaceError as exc:
        raise CliError(str(exc)) from exc


def _as_json(query: str, response: Any) -> dict[str, Any]:
    return {
        "query": query,
        "results": [
            {
                "id": r.id,
                "name": r.name,
                "score": round(r.score, 4),
                "why": reason_texts(r.why),
                "reasons": [reason_json(x) for x in r.why],
                "distance_km": None if r.distance_km is None else round(r.distance_km, 2),
                "open_now": r.open_now,
            }
            for r in response.results
        ],
        "suggestions": response.suggestions,
        "unmatched": response.unmatched,
    }


def _print_text(query: str, response: Any, filters_used: bool) -> None:
    if not response.results:
        print(no_results_text(query, response, filters_used))
        return
    for i, r in enumerate(response.results, 1):
        extra = f" ({r.distance_km:.1f} km)" if r.distance_km is not None else ""
        print(f"{i:>2}. {one_line(r.name)}{extra}")
        if r.why:
            print(f"    waarom: {one_line('; '.join(reason_texts(r.why)))}")


def cmd_search(args: argparse.Namespace) -> int:
    from socialekaart.search.service import CatalogSearch

    if args.limit < 1:
        raise CliError("--limit moet 1 of meer zijn.")
    catalog = open_from_args(args)
    try:
        search = CatalogSearch(catalog)
        filters = _filters(args, search)
        if args.queries_file:
            try:
                lines = args.queries_file.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise CliError(f"Kan {args.queries_file} niet lezen: {exc}") from exc
            for line in lines:
                response = search.search(line, filters, limit=args.limit)
                if args.json:
                    print_json(_as_json(line, response))
                else:
                    print(f"== {line}")
                    _print_text(line, response, not filters.is_empty())
            return 0
        response = search.search(args.query, filters, limit=args.limit, record_unmatched=True)
        if args.json:
            print_json(_as_json(args.query, response))
        else:
            _print_text(args.query, response, not filters.is_empty())
        sys.stdout.flush()
        return 0
    finally:
        catalog.close()
