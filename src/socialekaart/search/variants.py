"""Word variants of a query word: Dutch plural and derivation forms, typo budgets, typos found in a vocabulary."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

#: A word being typed matches the words it begins with this quality (× how much of the word it covers).
TYPING_QUALITY = 0.9
#: Shortest word that gets prefix completion while typing ("3 characters give useful results").
MIN_PREFIX = 3
#: Shortest word that gets prefix completion when it is not the word being typed.
MIN_INNER_PREFIX = 5
#: Most typo candidates taken from the vocabulary per word.
MAX_FUZZY = 12


def typo_budget(word: str) -> int:
    """Edits allowed for a word: 0 up to 4 letters, 1 for 5–8, 2 for 9 and longer (Meilisearch's budget)."""
    n = len(word)
    return 0 if n <= 4 else 1 if n <= 8 else 2


def fuzzy_quality(distance: int) -> float:
    """How much a word reached through ``distance`` edits counts."""
    return 0.8 if distance <= 1 else 0.65


def prefix_quality(base: float, prefix_len: int, word_len: int) -> float:
    """How much a word that a prefix begins counts: more the more of the word the prefix covers."""
    return base * (0.6 + 0.4 * min(1.0, prefix_len / max(1, word_len)))


_INFLECTIONS = ("en", "s", "n", "e")
_DERIVATIONS = ("heid", "ing", "ers", "er", "ster", "tje", "je")


def word_variants(word: str) -> dict[str, float]:
    """Plural/singular and a few derivation forms of a Dutch word, with a quality factor.

    Only used when the variant exists in the vocabulary, so over-stemming cannot invent matches
    (no Snowball: it maps gezondheid → zon and begeleiding → beleid).
    """
    out: dict[str, float] = {}
    if len(word) < 3 or not word.isalpha():
        return out
    grow = len(word) >= 5  # adding endings to short words invents other words (kind → kinds, man → manen)
    for suf in _INFLECTIONS:
        if grow:
            out.setdefault(word + suf, 0.95)
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            stem = word[: -len(suf)]
            out.setdefault(stem, 0.95)
            if suf == "en" and len(stem) >= 4:
                if stem[-1] == stem[-2]:
                    out.setdefault(stem[:-1], 0.95)  # bussen → bus
                if stem[-1] == "z":
                    out.setdefault(stem[:-1] + "s", 0.95)  # huizen → huis
                if stem[-1] == "v":
                    out.setdefault(stem[:-1] + "f", 0.95)  # brieven → brief
    if len(word) >= 3 and word[-1] not in "aeiou" and word[-2:-1] in ("a", "e", "i", "o", "u"):
        out.setdefault(word + word[-1] + "en", 0.95)  # bus → bussen
    for suf in _DERIVATIONS:
        if grow:
            out.setdefault(word + suf, 0.85)
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            out.setdefault(word[: -len(suf)], 0.85)
    # verb forms: "drinkt" → drink, drinken; "spijbelt" → spijbelen; "praat" → praten; "vergeet" → vergeten;
    # past participles: "betaald" → betalen
    participle = word.endswith("d") and (word[-2] not in "aeiou" or word[-3] == word[-2])  # not "digid"
    stem = word[:-1] if (word.endswith("t") or participle) and len(word) >= 5 else word
    if stem != word:
        out.setdefault(stem, 0.85)
        out.setdefault(stem + "en", 0.85)
    elif len(word) >= 4 and word[-1] not in "aeiout" and word[-2] not in "aeiou":
        out.setdefault(word + "t", 0.85)  # "drink" → drinkt
    for v in sorted({word, stem}):
        if len(v) >= 4 and v[-1] not in "aeiou" and v[-3] == v[-2] and v[-2] in "aeou":
            last = {"s": "z", "f": "v"}.get(v[-1], v[-1])  # verwaarloos → verwaarlozen, leef → leven
            out.setdefault(v[:-2] + last + "en", 0.85)
    out.pop(word, None)
    return out


def typos(word: str, by_len_lists: Iterable[Mapping[int, list[str]]]) -> dict[str, int]:
    """Words of the vocabularies (each given as length → words) within the word's typo budget, with their distance;
    at most :data:`MAX_FUZZY`, nearest first."""
    budget = typo_budget(word)
    found: dict[str, int] = {}
    if budget == 0:
        return found
    for by_len in by_len_lists:
        for n in range(len(word) - budget, len(word) + budget + 1):
            choices = by_len.get(n)
            if not choices:
                continue
            for cand, dist, _ in process.extract(
                word, choices, scorer=OSA.distance, score_cutoff=budget, limit=MAX_FUZZY
            ):
                if cand != word and (cand not in found or found[cand] > dist):
                    found[cand] = int(dist)
    if len(found) > MAX_FUZZY:
        found = dict(sorted(found.items(), key=lambda kv: (kv[1], kv[0]))[:MAX_FUZZY])
    return found
