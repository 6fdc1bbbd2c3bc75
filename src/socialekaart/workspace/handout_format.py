"""The handout as a document: HTML (every catalog text escaped), plain text, an .eml draft and a mailto link."""

from __future__ import annotations

import base64
from collections.abc import Collection, Mapping
from email.message import EmailMessage
from email.policy import SMTP
from html import escape
from urllib.parse import quote

from socialekaart.workspace.handout import Handout, HandoutEntry
from socialekaart.workspace.handout_words import (
    channel_text,
    clock,
    cost_text,
    long_date,
    referral_text,
    relative_day,
    sender_lines,
    week_lines,
    word,
)

#: Large type for the resident: the body text in points, headings larger.
BODY_PT = 13
#: Longest mailto link most mail programs accept; a longer handout goes as an .eml draft.
MAILTO_LIMIT = 1800

_STYLE = f"""
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: {BODY_PT}pt; color: #111; }}
h1 {{ font-size: {BODY_PT + 8}pt; margin-bottom: 4pt; }}
h2 {{ font-size: {BODY_PT + 4}pt; margin: 0; }}
p.meta {{ font-size: {BODY_PT - 2}pt; color: #333; }}
table.entry {{ border-color: #999; margin-top: 12pt; }}
td {{ padding: 4px; vertical-align: top; }}
td.label {{ font-weight: bold; }}
p.note {{ font-weight: bold; }}
div.sender {{ margin-top: 18pt; font-size: {BODY_PT - 1}pt; }}
"""


def entry_lines(handout: Handout, entry: HandoutEntry) -> list[tuple[str, list[str]]]:
    """The entry as (label, lines) rows, in the order the handout shows them; rows without content are left out."""
    lang = handout.lang
    rows: list[tuple[str, list[str]]] = []
    if entry.note:
        rows.append((word(lang, "note"), [entry.note]))
    if entry.what:
        rows.append((word(lang, "what"), [entry.what]))
    where = []
    for place in entry.places:
        where.append(" — ".join(p for p in (place.name, place.address) if p))
        if place.area:
            where.append(place.area)
    if where:
        rows.append((word(lang, "where"), where))
    if entry.next_opening is not None:
        n = entry.next_opening
        rows.append(
            (word(lang, "next"), [f"{relative_day(lang, n.day, handout.made)}, {clock(n.opens)} - {clock(n.closes)}"])
        )
    rows.append((word(lang, "when"), week_lines(lang, entry)))
    travel = [p.transportation for p in entry.places if p.transportation]
    travel += [", ".join(p.accessibility) for p in entry.places if p.accessibility]
    if travel:
        rows.append((word(lang, "travel"), travel))
    reach = [channel_text(lang, c) for c in entry.channels]
    if reach:
        rows.append((word(lang, "reach"), reach))
    rows.append((word(lang, "cost"), cost_text(lang, entry)))
    rows.append((word(lang, "referral"), [referral_text(lang, entry)]))
    if entry.application:
        rows.append((word(lang, "how_to_start"), [entry.application]))
    return rows


def _heading(entry: HandoutEntry) -> str:
    name = f"{entry.number}. {entry.name}"
    return f"{name} ({entry.organisation})" if entry.organisation and entry.organisation != entry.name else name


def handout_html(
    handout: Handout,
    images: Mapping[str, str] | None = None,
    breaks_before: Collection[int] = (),
) -> str:
    """The handout as one HTML page. Catalog text and notes are escaped; `images` maps a service id to the src of
    its map image; an entry whose number is in `breaks_before` starts on a new page."""
    lang = handout.lang
    s = handout.sender
    parts = [
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(word(lang, "title"))}</title>',
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{escape(word(lang, 'title'))}</h1>",
        f"<p>{escape(word(lang, 'intro'))}</p>",
        f'<p class="meta">{escape(word(lang, "made", date=long_date(lang, handout.made)))}</p>',
    ]
    for entry in handout.entries:
        brk = ' style="page-break-before: always"' if entry.number in breaks_before else ""
        parts.append(f'<table class="entry" border="1" cellspacing="0" cellpadding="4" width="100%"{brk}>')
        parts.append(f'<tr><td colspan="2"><h2>{escape(_heading(entry))}</h2></td></tr>')
        src = (images or {}).get(entry.service_id)
        if src:
            parts.append(
                f'<tr><td colspan="2"><img src="{escape(src)}" width="360" height="200" '
                f'alt="{escape(word(lang, "map"))}"></td></tr>'
            )
        for label, lines in entry_lines(handout, entry):
            cls = ' class="note"' if label == word(lang, "note") else ""
            body = "<br>".join(escape(line) for line in lines)
            parts.append(f'<tr><td class="label" width="27%">{escape(label)}</td><td{cls} width="73%">{body}</td></tr>')
        parts.append("</table>")
    lines = sender_lines(lang, s.organisation, s.worker, s.phone, s.email)
    if lines:
        body = "<br>".join(escape(line) for line in lines)
        parts.append(f'<div class="sender"><b>{escape(word(lang, "from"))}:</b><br>{body}</div>')
    parts.append("</body></html>")
    return "\n".join(parts)


def handout_text(handout: Handout) -> str:
    """The handout as plain text (the e-mail's text part and the mailto body)."""
    lang = handout.lang
    s = handout.sender
    out = [word(lang, "title"), word(lang, "intro"), word(lang, "made", date=long_date(lang, handout.made)), ""]
    for entry in handout.entries:
        out.append(_heading(entry))
        for label, lines in entry_lines(handout, entry):
            out.append(f"  {label}: {lines[0]}")
            out.extend(f"    {line}" for line in lines[1:])
        out.append("")
    lines = sender_lines(lang, s.organisation, s.worker, s.phone, s.email)
    if lines:
        out.append(f"{word(lang, 'from')}:")
        out.extend(f"  {line}" for line in lines)
    return "\n".join(out).rstrip() + "\n"


def handout_eml(handout: Handout, images: Mapping[str, bytes] | None = None) -> bytes:
    """An unsent e-mail draft (.eml) with a text and an HTML part and the map images inline; no recipient: the
    worker fills it in the mail program. The sender's address, when set, is the From."""
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = word(handout.lang, "subject")
    if handout.sender.email:
        msg["From"] = handout.sender.email
    msg["X-Unsent"] = "1"  # Outlook and others open the file as a draft to send
    msg.set_content(handout_text(handout))
    cids = {sid: f"map-{n}@socialekaart" for n, sid in enumerate(images or {}, start=1)}
    msg.add_alternative(handout_html(handout, {sid: f"cid:{cid}" for sid, cid in cids.items()}), subtype="html")
    if images:
        html_part = msg.get_body(("html",))
        assert isinstance(html_part, EmailMessage)
        for sid, png in images.items():
            html_part.add_related(png, maintype="image", subtype="png", cid=f"<{cids[sid]}>")
    return msg.as_bytes()


def mailto_url(handout: Handout) -> str | None:
    """A mailto: link with the subject and the text; None when the text is too long for one (use the .eml)."""
    url = f"mailto:?subject={quote(word(handout.lang, 'subject'))}&body={quote(handout_text(handout))}"
    return url if len(url) <= MAILTO_LIMIT else None


def data_uri(png: bytes) -> str:
    """A PNG as a data: URI, for an HTML file that must stand on its own."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
