"""The needs thesaurus: everyday and professional words mapped to need codes and, through them, to each other.

File format (data/thesaurus/needs_thesaurus.csv, editable by a beheerder, also in Excel)::

    term,needs,weight,register,note
    rekeningen,schulden,1.0,alledaags,
    kan de huur niet betalen,schulden;wonen_huisvesting,0.9,alledaags,"hele zin mag"

``needs`` holds one or more need codes from data/taxonomy/needs.csv separated by ``;`` (or ``|``/``,`` when
the cell is quoted); ``weight`` is 0 < w ≤ 1 (empty = 1, a decimal comma is fine); ``register`` and ``note`` are
free text. A UTF-8 BOM, ``;`` as column separator (Dutch Excel) and Windows-1252 encoding are accepted; a row
that cannot be used gives a :class:`ThesaurusError` naming the file and the row.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from socialekaart.errors import UserFacingError
from socialekaart.search.normalize import STOP_WORDS, fold, tokenize
from socialekaart.text import looks_garbled

REQUIRED_COLUMNS = ("term", "needs")
#: Articles add nothing to a term: "de pastorie" is the one word "pastorie".
ARTICLES = frozenset({"de", "het", "een", "t"})
_NEEDS_SPLIT_RE = re.compile(r"[;|,]")


@dataclass(frozen=True, slots=True)
class ThesaurusEntry:
    """One row: ``term`` as written, its normalised ``tokens`` and content ``key``."""

    term: str
    tokens: tuple[str, ...]
    key: tuple[str, ...]
    needs: tuple[str, ...]
    weight: float = 1.0
    register: str = ""
    note: str = ""

    @property
    def bare(self) -> tuple[str, ...]:
        """The tokens without articles."""
        return tuple(t for t in self.tokens if t not in ARTICLES)

    @property
    def anchored(self) -> bool:
        """A phrase of one content word whose function words give it its meaning: "ik wil dood", "geen tijd
        voor mezelf". It is not a synonym of that word alone; it matches when most of its words are in the query."""
        return len(self.key) == 1 and len(self.bare) > 1


class ThesaurusError(UserFacingError, ValueError):
    """A thesaurus file that cannot be used; the message names the file and the rows."""

    def __init__(self, source: str, problems: list[tuple[int, str]]) -> None:
        self.source = source
        self.problems = problems
        lines = [f"{source}, regel {row}: {msg}" if row else f"{source}: {msg}" for row, msg in problems[:20]]
        if len(problems) > 20:
            lines.append(f"… en nog {len(problems) - 20} problemen")
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class Thesaurus:
    """Lookup structures over the entries; build with :meth:`from_entries`, :func:`load_thesaurus`."""

    entries: tuple[ThesaurusEntry, ...] = ()
    single: Mapping[str, tuple[ThesaurusEntry, ...]] = field(default_factory=dict)
    multi: tuple[ThesaurusEntry, ...] = ()
    need_words: Mapping[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_entries(cls, entries: Iterable[ThesaurusEntry], warnings: Iterable[str] = ()) -> Thesaurus:
        merged: dict[tuple[str, ...], ThesaurusEntry] = {}
        for e in entries:
            if not e.tokens or not e.needs:
                continue
            # rows with the same content words are one entry, but a phrase that needs its function words
            # ("geen geld") is not the word alone ("geld")
            k = e.bare if e.anchored else (e.key or e.tokens)
            old = merged.get(k)
            if old is not None:
                needs = tuple(dict.fromkeys((*old.needs, *e.needs)))
                e = ThesaurusEntry(old.term, old.tokens, old.key, needs, max(old.weight, e.weight), old.register)
            merged[k] = e
        single: dict[str, list[ThesaurusEntry]] = {}
        multi: list[ThesaurusEntry] = []
        need_words: dict[str, dict[str, float]] = {}
        for e in merged.values():
            if len(e.key) == 1 and not e.anchored:
                single.setdefault(e.key[0], []).append(e)
                for n in e.needs:
                    bucket = need_words.setdefault(n, {})
                    bucket[e.key[0]] = max(bucket.get(e.key[0], 0.0), e.weight)
            else:
                multi.append(e)
        return cls(
            entries=tuple(merged.values()),
            single={k: tuple(v) for k, v in single.items()},
            multi=tuple(multi),
            need_words={n: tuple(sorted(ws.items())) for n, ws in need_words.items()},
            warnings=tuple(warnings),
        )

    def words(self) -> list[str]:
        """Every single-word key and every content word of a phrase (for fuzzy and prefix lookup)."""
        out = set(self.single)
        for e in self.multi:
            out.update(e.key)
        return sorted(out)

    def __len__(self) -> int:
        return len(self.entries)


def make_entry(
    term: str, needs: Iterable[str], weight: float = 1.0, register: str = "", note: str = ""
) -> ThesaurusEntry:
    """Build an entry from raw text (used by the loader and by tests)."""
    tokens = tuple(tokenize(term))
    key = tuple(t for t in tokens if t not in STOP_WORDS)
    return ThesaurusEntry(
        term=term.strip(),
        tokens=tokens,
        key=key,
        needs=tuple(dict.fromkeys(n.strip() for n in needs if n.strip())),
        weight=weight,
        register=register.strip(),
        note=note.strip(),
    )


def _decode(raw: bytes, source: str) -> tuple[str, list[str]]:
    warnings: list[str] = []
    try:
        return raw.decode("utf-8-sig"), warnings
    except UnicodeDecodeError as exc:
        bad_row = raw[: exc.start].count(b"\n") + 1
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc2:
            row = raw[: exc2.start].count(b"\n") + 1
            raise ThesaurusError(
                source, [(row, "onleesbare tekens; sla het bestand op als 'CSV UTF-8 (door komma's gescheiden)'")]
            ) from exc2
        warnings.append(
            f"{source}: geen UTF-8 (eerste afwijkend teken op regel {bad_row}), gelezen als Windows-1252; "
            "sla het bestand bij voorkeur op als 'CSV UTF-8'"
        )
        return text, warnings


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _weight(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return 1.0
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0.0 < value <= 1.0 else None


def parse_thesaurus(
    text: str,
    *,
    source: str = "thesaurus",
    known_needs: Collection[str] | None = None,
    strict: bool = True,
    warnings: Iterable[str] = (),
) -> Thesaurus:
    """Parse thesaurus CSV text. With ``strict`` every bad row raises; otherwise bad rows are skipped and
    reported in :attr:`Thesaurus.warnings`."""
    notes = list(warnings)
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    problems: list[tuple[int, str]] = []
    try:
        header = next(reader)
    except StopIteration:
        raise ThesaurusError(
            source, [(1, "het bestand is leeg (verwacht kop: term,needs,weight,register,note)")]
        ) from None
    except csv.Error as exc:
        raise ThesaurusError(source, [(1, f"kop niet te lezen: {exc}")]) from exc
    columns = [fold(h).strip() for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ThesaurusError(
            source, [(1, f"kolom(men) ontbreken: {', '.join(missing)} (gevonden: {', '.join(header)})")]
        )
    idx: dict[str, int] = {c: columns.index(c) for c in ("term", "needs", "weight", "register", "note") if c in columns}

    def cell(row: list[str], name: str) -> str:
        i = idx.get(name)
        return row[i] if i is not None and i < len(row) else ""

    entries: list[ThesaurusEntry] = []
    row_no = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append((row_no + 1, f"regel niet te lezen: {exc}"))
            break
        row_no = reader.line_num
        if not any(c.strip() for c in row):
            continue
        term = cell(row, "term").strip()
        if term.startswith("#"):
            continue
        if looks_garbled(",".join(row)):
            problems.append((row_no, "mengt UTF-8 en Windows-1252 (tekens als 'Ã©'); sla op als 'CSV UTF-8'"))
            continue
        if not term:
            problems.append((row_no, "lege term"))
            continue
        if not tokenize(term):
            problems.append((row_no, f"term {term!r} bevat geen letters of cijfers"))
            continue
        needs = [n.strip() for n in _NEEDS_SPLIT_RE.split(cell(row, "needs")) if n.strip()]
        if not needs:
            problems.append((row_no, f"term {term!r} heeft geen behoefte (kolom needs)"))
            continue
        if known_needs is not None:
            unknown = [n for n in needs if n not in known_needs]
            if unknown:
                problems.append((row_no, f"onbekende behoefte(n) {', '.join(unknown)} bij term {term!r}"))
                continue
        weight = _weight(cell(row, "weight"))
        if weight is None:
            problems.append((row_no, f"gewicht {cell(row, 'weight')!r} is geen getal tussen 0 en 1"))
            continue
        entries.append(make_entry(term, needs, weight, cell(row, "register"), cell(row, "note")))
    if problems and strict:
        raise ThesaurusError(source, problems)
    notes += [f"{source}, regel {r}: {m} (overgeslagen)" for r, m in problems]
    return Thesaurus.from_entries(entries, notes)


def load_thesaurus(path: str | Path, known_needs: Collection[str] | None = None, *, strict: bool = True) -> Thesaurus:
    """Load a thesaurus CSV file; see the module docstring for the format."""
    p = Path(path)
    source = p.name
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ThesaurusError(source, [(0, f"kan het bestand niet lezen: {exc.strerror or exc}")]) from exc
    text, warnings = _decode(raw, source)
    return parse_thesaurus(text, source=source, known_needs=known_needs, strict=strict, warnings=warnings)
