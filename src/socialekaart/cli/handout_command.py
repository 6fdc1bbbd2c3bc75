"""The `handout` command: the handout for a resident as PDF, HTML or an e-mail draft, written only where asked."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from socialekaart.cli.common import open_from_args
from socialekaart.cli.output import CliError

SUFFIXES = (".pdf", ".html", ".htm", ".eml")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "handout",
        help="maak een lijstje voor de inwoner (PDF, HTML of e-mailconcept)",
        description=(
            "Schrijf een lijstje voor de inwoner met per ingang wat het is, waar, wanneer open, contact, kosten en "
            "of een verwijzing nodig is, in eenvoudig Nederlands of in het Engels. Er wordt niets van bewaard."
        ),
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="ingangen (service-id's), in deze volgorde")
    p.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="doelbestand: .pdf, .html of .eml")
    p.add_argument(
        "--note",
        action="append",
        default=[],
        metavar='ID="…"',
        help='korte notitie bij een ingang, bijv. "vraag naar Ans"',
    )
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="taal van het lijstje (standaard nl)")
    p.add_argument("--org", default="", metavar="NAAM", help="uw organisatie (onderaan het lijstje)")
    p.add_argument("--worker", default="", metavar="NAAM", help="uw naam")
    p.add_argument("--phone", default="", metavar="NUMMER", help="uw telefoonnummer")
    p.add_argument("--email", default="", metavar="ADRES", help="uw e-mailadres")
    p.add_argument("--no-map", action="store_true", help="zonder kaartje van de buurt (sneller)")
    p.set_defaults(func=cmd_handout)


def _notes(values: list[str], ids: list[str]) -> dict[str, str]:
    notes: dict[str, str] = {}
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or key not in ids:
            raise CliError(f'--note {value!r}: schrijf ID="notitie" met een ID uit de lijst.', code=2)
        notes[key] = text.strip().strip('"')
    return notes


def cmd_handout(args: argparse.Namespace) -> int:
    from socialekaart.workspace.handout import HandoutError, Sender, build_handout, notes_for
    from socialekaart.workspace.handout_format import data_uri, handout_eml, handout_html
    from socialekaart.workspace.handout_maps import MAP_HEIGHT, MAP_WIDTH, handout_map_pages

    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise CliError("--out moet eindigen op .pdf, .html of .eml.", code=2)
    ids: list[str] = list(dict.fromkeys(args.ids))
    notes = _notes(args.note, ids)
    sender = Sender(args.org.strip(), args.worker.strip(), args.phone.strip(), args.email.strip())
    catalog = open_from_args(args)
    try:
        try:
            handout = build_handout(catalog, notes_for(ids, notes), sender, args.lang)
        except HandoutError as exc:
            raise CliError(str(exc), code=2) from exc
        pages = {} if args.no_map else handout_map_pages(catalog, handout)
    finally:
        catalog.close()
    maps: dict[str, bytes] = {}
    if pages or suffix == ".pdf":
        from socialekaart.ui.handout_print import ensure_gui, render_maps, write_pdf

        ensure_gui()
        maps = render_maps(pages, MAP_WIDTH, MAP_HEIGHT) if pages else {}
        if suffix == ".pdf":
            write_pdf(handout, out, maps)
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix in (".html", ".htm"):
        out.write_text(handout_html(handout, {sid: data_uri(png) for sid, png in maps.items()}), encoding="utf-8")
    elif suffix == ".eml":
        out.write_bytes(handout_eml(handout, maps))
    print(f"Lijstje geschreven naar {out} ({len(handout.entries)} ingangen, {len(maps)} kaartjes).")
    return 0
