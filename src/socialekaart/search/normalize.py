"""Dutch text normalisation shared by indexing and querying, so both sides fold and split text the same way."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Longest query we look at (characters of raw input); longer input is cut at a word boundary.
MAX_QUERY_CHARS = 256
#: Most query tokens we use (a resident's sentence rarely has more content words).
MAX_QUERY_TOKENS = 12
#: Longest token; longer runs of letters are cut (nothing in a catalog is that long).
MAX_TOKEN_CHARS = 40


# Function words only: articles, pronouns, possessives, auxiliaries, prepositions, conjunctions, negation and
# filler adverbs. Content words such as "alleen", "thuis", "hulp", "zorg" are deliberately *not* here.
def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for group in groups for w in group.split())


STOP_WORDS: frozenset[str] = _words(
    "de het een t s k n d r",
    "ik mij me mijn mn je jij jou jouw u uw hij hem zij ze haar wij we ons onze jullie hun zijn zn dr",
    "die dat deze dit wie wat waar waarom hoe welke wanneer",
    "is ben bent was waren wordt word worden werd heb hebt heeft hebben had kan kun kunt kunnen kon",
    "wil wilt willen wou moet moeten mag mogen zou zouden ga gaat gaan doe doet doen",
    "en of maar want omdat als dan dus toch",
    "in op aan met voor van naar bij om over uit door tot te tegen onder na sinds zonder tussen",
    "niet geen wel ook nog al er hier daar zo heel erg echt nu even gewoon soms vaak altijd meer veel",
    "iets iemand",
    # quantifiers, reflexives and sentence adverbs that carry no need ("steeds", "elke", "zich", "mee")
    "elk elke ieder iedere alle allemaal ander andere steeds weer bijna zich zichzelf mezelf mee ermee daarmee",
    "hiermee waarmee ter boven tijdens per via zeer best beetje eigenlijk misschien graag alweer",
    # light verbs that only carry a sentence ("maakt herrie", "krijg brieven", "weet niet")
    "maak maakt maken krijg krijgt krijgen kom komt komen weet weten denk denkt vind vindt zeg zegt zeggen",
)

_APOSTROPHES = "'’‘`´ʼ′"
_APOS_TABLE = str.maketrans({c: "'" for c in _APOSTROPHES})
_SPECIAL_FOLD = str.maketrans(
    {"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d"}
)
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_INNER_APOS_RE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_ORDINAL_RE = re.compile(r"\b(\d{1,2})(?:e|ste|de)\b")
_DIGIT_ALPHA_RE = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")
_TOKEN_RE = re.compile(r"[a-z0-9]+")

_ORDINALS = {
    "1": "eerste",
    "2": "tweede",
    "3": "derde",
    "4": "vierde",
    "5": "vijfde",
    "6": "zesde",
    "7": "zevende",
    "8": "achtste",
    "9": "negende",
    "10": "tiende",
}


def fold(text: str) -> str:
    """Lower-case, strip diacritics (café → cafe, cliënt → client), drop control characters."""
    if not text:
        return ""
    if text.isascii():
        return _CONTROL_RE.sub(" ", text).lower().replace("`", "'")
    text = _CONTROL_RE.sub(" ", text).translate(_SPECIAL_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    if not decomposed.isascii():
        decomposed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return decomposed.casefold().translate(_APOS_TABLE)


def _ordinal(match: re.Match[str]) -> str:
    return _ORDINALS.get(match.group(1), match.group(1))


def tokenize(text: str) -> list[str]:
    """Fold and split into tokens of letters/digits.

    Apostrophes inside a word join (auto's → autos, m'n → mn); other apostrophes, hyphens and punctuation split
    ('s-Hertogenbosch → s hertogenbosch, mantelzorg-ondersteuning → mantelzorg ondersteuning). Dutch ordinals
    become words ("2e hands" → tweede hands) and digits split from letters (24uur → 24 uur).
    """
    folded = fold(text)
    if not folded:
        return []
    folded = _INNER_APOS_RE.sub("", folded)
    folded = _ORDINAL_RE.sub(_ordinal, folded)
    folded = _DIGIT_ALPHA_RE.sub(" ", folded)
    return [t[:MAX_TOKEN_CHARS] for t in _TOKEN_RE.findall(folded)]


def content_tokens(text: str) -> list[str]:
    """Tokens without stop words."""
    return [t for t in tokenize(text) if t not in STOP_WORDS]


@dataclass(frozen=True, slots=True)
class NormalizedQuery:
    """A query after normalisation.

    ``tokens`` are all tokens (for phrase matching), ``terms`` the content tokens that drive the search,
    ``prefix`` says whether the last term is still being typed (no trailing space), ``optional_prefix`` is a
    last token that is a stop word but may be the start of a longer word ("bij" → bijstand).
    """

    raw: str
    tokens: tuple[str, ...]
    terms: tuple[str, ...]
    prefix: bool
    optional_prefix: str | None
    truncated: bool


def truncate_query(text: str) -> tuple[str, bool]:
    """Cut hostile/long input to :data:`MAX_QUERY_CHARS`, at a word boundary when there is one."""
    if len(text) <= MAX_QUERY_CHARS:
        return text, False
    cut = text[:MAX_QUERY_CHARS]
    space = cut.rfind(" ")
    if space >= MAX_QUERY_CHARS // 2:
        cut = cut[:space]
    return cut, True


def normalize_query(text: object) -> NormalizedQuery:
    """Normalise any input (non-strings become empty) into a :class:`NormalizedQuery`; never raises."""
    raw = text if isinstance(text, str) else ""
    cut, truncated = truncate_query(raw)
    tokens = tokenize(cut)
    if len(tokens) > MAX_QUERY_TOKENS * 3:
        tokens = tokens[: MAX_QUERY_TOKENS * 3]
        truncated = True
    ends_open = bool(cut) and not cut[-1].isspace() and not truncated
    terms: list[str] = []
    seen: set[str] = set()
    for tok in tokens:
        if tok in STOP_WORDS or tok in seen:
            continue
        seen.add(tok)
        terms.append(tok)
    if len(terms) > MAX_QUERY_TOKENS:
        terms = terms[:MAX_QUERY_TOKENS]
        truncated = True
    last = tokens[-1] if tokens else None
    prefix = ends_open and bool(terms) and last == terms[-1]
    optional_prefix = last if ends_open and last is not None and last in STOP_WORDS and len(last) >= 2 else None
    return NormalizedQuery(
        raw=cut,
        tokens=tuple(tokens),
        terms=tuple(terms),
        prefix=prefix,
        optional_prefix=optional_prefix,
        truncated=truncated,
    )
