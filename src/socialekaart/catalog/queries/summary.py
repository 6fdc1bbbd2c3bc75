"""What the status bar and the filters read about the whole catalog: its summary and the languages on offer."""

from __future__ import annotations

from sqlalchemy import func, select

from socialekaart.catalog.models import Language, Service
from socialekaart.catalog.queries.records import CatalogSummary
from socialekaart.catalog.store import Catalog

# ISO 639-1 (and a few 639-3) codes → Dutch language names, for language rows without a name.
LANGUAGE_NAMES = {
    "nl": "Nederlands",
    "en": "Engels",
    "de": "Duits",
    "fr": "Frans",
    "es": "Spaans",
    "it": "Italiaans",
    "pt": "Portugees",
    "pl": "Pools",
    "ro": "Roemeens",
    "bg": "Bulgaars",
    "uk": "Oekraïens",
    "ru": "Russisch",
    "tr": "Turks",
    "ar": "Arabisch",
    "ber": "Berbers",
    "tzm": "Tamazight",
    "zgh": "Tamazight",
    "fa": "Perzisch (Farsi)",
    "prs": "Dari",
    "ps": "Pasjtoe",
    "ku": "Koerdisch",
    "ti": "Tigrinya",
    "am": "Amhaars",
    "so": "Somalisch",
    "ur": "Urdu",
    "hi": "Hindi",
    "zh": "Chinees",
    "sq": "Albanees",
    "sr": "Servisch",
    "hr": "Kroatisch",
    "bs": "Bosnisch",
    "pap": "Papiaments",
    "srn": "Sranantongo",
    "fy": "Fries",
    "dse": "Nederlandse Gebarentaal",
    "ngt": "Nederlandse Gebarentaal",
}


def language_name(code: str | None, name: str | None = None) -> str:
    """A Dutch display name for a language row (its own name wins)."""
    if name and name.strip():
        return name.strip()
    if not code:
        return ""
    return LANGUAGE_NAMES.get(code.strip().lower(), code.strip())


def catalog_summary(catalog: Catalog) -> CatalogSummary:
    """Name, gemeente, demo flag and number of (not deleted) services of the catalog."""
    info = catalog.info()
    with catalog.read() as session:
        count = session.scalar(select(func.count()).select_from(Service).where(Service.deleted_at.is_(None))) or 0
        demo_rows = 0
        if info.get("demo", "").lower() not in ("true", "1", "ja", "yes"):
            demo_rows = (
                session.scalar(
                    select(func.count())
                    .select_from(Service)
                    .where(Service.deleted_at.is_(None), Service.demo.is_(True))
                )
                or 0
            )
    demo = info.get("demo", "").lower() in ("true", "1", "ja", "yes") or (count > 0 and demo_rows == count)
    return CatalogSummary(
        name=info.get("name", "") or (catalog.path.stem if catalog.path else ""),
        gemeente=info.get("gemeente", ""),
        demo=demo,
        service_count=int(count),
    )


def language_codes(catalog: Catalog) -> list[tuple[str, str]]:
    """(code, Dutch name) of every language some service is offered in, Dutch first."""
    with catalog.read() as session:
        rows = session.execute(
            select(Language.code, func.min(Language.name))
            .join(Service, Service.id == Language.service_id)
            .where(Language.deleted_at.is_(None), Service.deleted_at.is_(None), Language.code.is_not(None))
            .group_by(Language.code)
        ).all()
    out = [(code.strip().lower(), language_name(code, name)) for code, name in rows if code and code.strip()]
    return sorted(dict(out).items(), key=lambda item: (item[0] != "nl", item[1].lower()))
