"""The handout's own words in plain B1 Dutch and in English: the handout is a document in the language the resident
reads, whatever language the app or the command line speaks."""

from __future__ import annotations

from datetime import date, time

from socialekaart.catalog.queries import ContactChannel, CostLine
from socialekaart.workspace.handout import HandoutEntry, Language

WORDS: dict[Language, dict[str, str]] = {
    "nl": {
        "title": "Hulp bij u in de buurt",
        "intro": "Op deze lijst staat waar u terecht kunt. U kunt zelf bellen, mailen of langsgaan.",
        "made": "Gemaakt op {date}",
        "what": "Wat is het?",
        "where": "Waar?",
        "when": "Wanneer open?",
        "next": "Eerstvolgende keer open",
        "travel": "Hoe komt u er?",
        "reach": "Contact",
        "cost": "Wat kost het?",
        "referral": "Verwijzing nodig?",
        "referral_no": "Nee. U kunt zelf contact opnemen.",
        "referral_yes": "Ja. U heeft eerst een verwijzing of beschikking nodig.",
        "referral_by": "Ja. U heeft eerst een verwijzing of beschikking nodig van: {by}.",
        "referral_unknown": "Niet bekend. Vraag het als u belt.",
        "how_to_start": "Zo begint u",
        "note": "Let op",
        "free": "Gratis.",
        "not_free": "Niet gratis.",
        "unknown": "Niet bekend.",
        "closed": "dicht",
        "holiday": "dicht ({name})",
        "other_hours": "Ook",
        "no_hours": "Geen vaste tijden. Bel of mail voor een afspraak.",
        "phone": "Bel",
        "email": "Mail",
        "website": "Website",
        "from": "Deze lijst kreeg u van",
        "map": "Kaartje van de buurt",
        "subject": "Uw lijstje: hulp bij u in de buurt",
        "step_sep": " — ",
        "today": "vandaag",
        "tomorrow": "morgen",
        "and": "en",
    },
    "en": {
        "title": "Help near you",
        "intro": "This list shows where you can go. You can call, e-mail or visit them yourself.",
        "made": "Made on {date}",
        "what": "What is it?",
        "where": "Where?",
        "when": "When is it open?",
        "next": "Next time open",
        "travel": "How to get there",
        "reach": "Contact",
        "cost": "What does it cost?",
        "referral": "Referral needed?",
        "referral_no": "No. You can contact them yourself.",
        "referral_yes": "Yes. You first need a referral or a decision (beschikking).",
        "referral_by": "Yes. You first need a referral or a decision (beschikking) from: {by}.",
        "referral_unknown": "Not known. Ask when you call.",
        "how_to_start": "How to start",
        "note": "Please note",
        "free": "Free.",
        "not_free": "Not free.",
        "unknown": "Not known.",
        "closed": "closed",
        "holiday": "closed ({name})",
        "other_hours": "Also",
        "no_hours": "No fixed times. Call or e-mail to make an appointment.",
        "phone": "Call",
        "email": "E-mail",
        "website": "Website",
        "from": "You got this list from",
        "map": "Map of the neighbourhood",
        "subject": "Your list: help near you",
        "step_sep": " — ",
        "today": "today",
        "tomorrow": "tomorrow",
        "and": "and",
    },
}

_DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nl": (
        [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ]
    ),
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def word(lang: Language, key: str, **values: str) -> str:
    return WORDS[lang][key].format(**values)


def date_words(lang: Language, day: date) -> str:
    """'donderdag 10 december' / 'Thursday 10 December'."""
    return f"{_DAYS[lang][day.weekday()]} {day.day} {_MONTHS[lang][day.month - 1]}"


def long_date(lang: Language, day: date) -> str:
    return f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def clock(t: time) -> str:
    return f"{t:%H.%M}" if t.minute else f"{t.hour}.00"


def span(opens: time, closes: time) -> str:
    return f"{clock(opens)} - {clock(closes)}"


def relative_day(lang: Language, day: date, today: date) -> str:
    """'vandaag', 'morgen' or the date."""
    delta = (day - today).days
    if delta == 0:
        return f"{word(lang, 'today')} ({date_words(lang, day)})"
    if delta == 1:
        return f"{word(lang, 'tomorrow')} ({date_words(lang, day)})"
    return date_words(lang, day)


def money(amount: float, currency: str) -> str:
    symbol = "€" if currency.upper() == "EUR" else currency.upper()
    return f"{symbol} {amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def cost_text(lang: Language, entry: HandoutEntry) -> list[str]:
    """The entry's cost: free or not, each cost option, the catalog's fee text; 'Niet bekend' when none."""
    lines: list[str] = []
    if entry.free is True:
        lines.append(word(lang, "free"))
    elif entry.free is False and not entry.cost_lines and not entry.fees:
        lines.append(word(lang, "not_free"))
    lines.extend(_cost_line(c) for c in entry.cost_lines)
    seen = {line.strip(" .").lower() for line in lines}
    if entry.fees and entry.fees.strip(" .").lower() not in seen:
        lines.append(entry.fees)
    return [line for line in lines if line] or [word(lang, "unknown")]


def _cost_line(line: CostLine) -> str:
    amount = money(line.amount, line.currency) if line.amount is not None else ""
    return " ".join(p for p in (line.option, amount, line.amount_description) if p)


def referral_text(lang: Language, entry: HandoutEntry) -> str:
    if entry.referral is None:
        return word(lang, "referral_unknown")
    if not entry.referral:
        return word(lang, "referral_no")
    if entry.referral_by:
        return word(lang, "referral_by", by=entry.referral_by)
    return word(lang, "referral_yes")


def channel_text(lang: Language, channel: ContactChannel) -> str:
    """'Bel 0162-123 456 (toestel 12)', 'Mail info@…', 'Website …'."""
    value = channel.value
    if channel.kind == "phone" and channel.extension is not None:
        value += f" ({'toestel' if lang == 'nl' else 'ext.'} {channel.extension})"
    label = word(lang, channel.kind) if channel.kind in ("phone", "email", "website") else ""
    text = f"{label} {value}".strip()
    return f"{text} ({channel.description})" if channel.description else text


def week_lines(lang: Language, entry: HandoutEntry) -> list[str]:
    """One line per day of the coming week that has hours or is a holiday: 'donderdag 10 december: 9.00 - 12.00'."""
    lines = []
    for day in entry.week:
        if day.holiday:
            lines.append(f"{date_words(lang, day.day)}: {word(lang, 'holiday', name=day.holiday)}")
        elif day.slots:
            times = ", ".join(span(s.opens, s.closes) + (f" ({s.note})" if s.note else "") for s in day.slots)
            lines.append(f"{date_words(lang, day.day)}: {times}")
    lines.extend(f"{word(lang, 'other_hours')}: {o}" for o in entry.other_hours)
    return lines or [word(lang, "no_hours")]


def sender_lines(lang: Language, organisation: str, worker: str, phone: str, email: str) -> list[str]:
    parts = [p for p in (organisation, worker) if p]
    lines = [", ".join(parts)] if parts else []
    if phone:
        lines.append(f"{word(lang, 'phone')} {phone}")
    if email:
        lines.append(f"{word(lang, 'email')} {email}")
    return lines
