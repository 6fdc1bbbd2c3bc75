"""The `volunteers` commands: match volunteers to a need, place and moment; remove one on request."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import datetime
from typing import Any

from socialekaart.cli.common import open_from_args
from socialekaart.cli.output import CliError, contact_text, match_reason_text, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("volunteers", help="vrijwilligers zoeken bij een hulpvraag, of verwijderen op verzoek")
    vsub = p.add_subparsers(dest="volunteers_command", metavar="OPDRACHT", required=True)
    m = vsub.add_parser(
        "match",
        help="vrijwilligers die passen bij een werkgebied, plek en moment",
        description="Vrijwilligers die passen, best passend eerst, met waarom en hoe u ze bereikt.",
    )
    m.add_argument("--need", required=True, metavar="WERKGEBIED", help="bijv. vervoer, klussen, gezelschap, taal")
    m.add_argument("--near", metavar="POSTCODE|PLEK", help="postcode, buurt, wijk of kern van de inwoner")
    m.add_argument("--when", metavar="MOMENT", help='moment, bijv. "2026-12-10T14:00"')
    m.add_argument("--lang", action="append", default=[], metavar="TAAL", help="taal die de inwoner spreekt (nl, tr…)")
    m.add_argument("--json", action="store_true", help="uitvoer als JSON")
    m.set_defaults(func=cmd_match)
    r = vsub.add_parser("remove", help="verwijder een vrijwilliger op verzoek (ook op de server na synchroniseren)")
    r.add_argument("id", metavar="ID")
    r.set_defaults(func=cmd_remove)


def cmd_match(args: argparse.Namespace) -> int:
    from socialekaart.search.service import CatalogSearch
    from socialekaart.workspace.connections import shortage
    from socialekaart.workspace.matching import MatchError, MatchRequest, match_volunteers

    moment = None
    if args.when:
        try:
            moment = datetime.fromisoformat(args.when)
        except ValueError as exc:
            raise CliError(f"--when {args.when!r}: schrijf bijv. 2026-12-10T14:00.", code=2) from exc
    catalog = open_from_args(args)
    try:
        request = MatchRequest(args.need, args.near, moment, tuple(args.lang))
        try:
            outcome = match_volunteers(catalog, request, pc4=CatalogSearch(catalog).postcodes())
        except MatchError as exc:
            raise CliError(str(exc), code=2) from exc
        signal = shortage(catalog, outcome.need, outcome.wijk_code, (moment or datetime.now()).date())
    finally:
        catalog.close()
    if args.json:
        print_json(
            {
                "need": outcome.need,
                "need_name": outcome.need_name,
                "wijk": outcome.wijk_code,
                "personal_data": outcome.personal,
                "shortage": {"available": signal.available, "asked": signal.asked, "weeks": signal.weeks},
                "matches": [
                    {
                        "id": m.volunteer_id,
                        "name": m.name or None,
                        "area": m.area_name,
                        "availability": m.availability,
                        "score": m.score,
                        "reasons": [asdict(r) for r in m.reasons],
                        "contact": asdict(m.contact),
                    }
                    for m in outcome.matches
                ],
            }
        )
        return 0
    print(
        f"{outcome.need_name}: {len(outcome.matches)} vrijwilliger(s) passen. Beschikbaar {signal.available}, "
        f"gevraagd {signal.asked} keer in {signal.weeks} weken."
    )
    for n, m in enumerate(outcome.matches, start=1):
        who = m.name or f"Vrijwilliger {n}"
        print(f"{n}. {who} ({m.area_name}; {m.availability})")
        print("   " + "; ".join(match_reason_text(r.kind, r.value, r.number) for r in m.reasons))
        print("   contact " + contact_text(m.contact.route, m.contact.name, m.contact.phone, m.contact.email))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from socialekaart.catalog.editing import EditError
    from socialekaart.workspace.matching import remove_volunteer

    catalog = open_from_args(args)
    try:
        try:
            remove_volunteer(catalog, args.id, "cli")
        except EditError as exc:
            raise CliError(str(exc), code=2) from exc
    finally:
        catalog.close()
    print(f"Vrijwilliger {args.id} verwijderd; de server en andere laptops volgen na synchroniseren.")
    return 0
