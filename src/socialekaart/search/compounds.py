"""Split Dutch compound words against the catalog's own vocabulary, so schuldhulpverlening meets "schuld hulp"."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from pathlib import Path

from socialekaart.search.normalize import tokenize

#: Shortest part taken from the curated list (data/thesaurus/compound_parts.txt).
MIN_CURATED_PART = 3
#: Shortest part taken from the catalog vocabulary (stricter: the vocabulary is not curated).
MIN_VOCAB_PART = 4
#: Linking sounds allowed between parts (vrijwilliger-s-centrale, boek-en-club).
LINKERS = ("s", "en")
#: Words shorter than this are never split.
MIN_SPLIT_LEN = 7


def load_compound_parts(path: str | Path) -> frozenset[str]:
    """Read one word part per line (``#`` starts a comment); BOM and Windows-1252 are tolerated."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    parts: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        for tok in tokenize(line):
            if len(tok) >= 2 and not tok.isdigit():
                parts.add(tok)
    return frozenset(parts)


class CompoundSplitter:
    """Split words into known parts.

    A part is known if it is in the curated list (≥ 3 letters) or in one of the vocabularies (≥ 4 letters). The
    split with the fewest parts wins, ties go to the most even split of long parts. :meth:`expand` returns every
    part at every level (schuldhulpverlening → schuld, hulpverlening, hulp, verlening).
    """

    def __init__(self, curated: Collection[str] = (), vocabularies: Iterable[Collection[str]] = ()) -> None:
        self._curated = curated
        self._vocabs = tuple(vocabularies)
        self._split_cache: dict[str, tuple[str, ...] | None] = {}
        self._expand_cache: dict[str, tuple[str, ...]] = {}

    @property
    def vocabularies(self) -> tuple[Collection[str], ...]:
        """The vocabularies parts are taken from (the first is the catalog's own for an index segment)."""
        return self._vocabs

    def _known(self, part: str) -> bool:
        n = len(part)
        if n >= MIN_CURATED_PART and part in self._curated:
            return True
        if n < MIN_VOCAB_PART or part.isdigit():
            return False
        return any(part in v for v in self._vocabs)

    def split(self, word: str) -> tuple[str, ...] | None:
        """Best split of ``word`` into ≥ 2 known parts, or ``None``."""
        if word in self._split_cache:
            return self._split_cache[word]
        result = self._split(word) if len(word) >= MIN_SPLIT_LEN and word.isalpha() else None
        if len(self._split_cache) > 200_000:
            self._split_cache.clear()
        self._split_cache[word] = result
        return result

    def _split(self, word: str) -> tuple[str, ...] | None:
        n = len(word)
        # best[i]: (number of parts, -sum of squared lengths, parts) for word[i:]
        best: list[tuple[int, int, tuple[str, ...]] | None] = [None] * (n + 1)
        best[n] = (0, 0, ())
        for i in range(n - 1, -1, -1):
            cand: tuple[int, int, tuple[str, ...]] | None = None
            for j in range(i + MIN_CURATED_PART, n + 1):
                if i == 0 and j == n:
                    continue  # the whole word is not a split
                piece = word[i:j]
                if not self._known(piece):
                    continue
                nexts = [j]
                if j < n:
                    nexts += [j + len(lk) for lk in LINKERS if word.startswith(lk, j) and j + len(lk) < n]
                for k in nexts:
                    rest = best[k]
                    if rest is None:
                        continue
                    score = (rest[0] + 1, rest[1] - len(piece) ** 2, (piece, *rest[2]))
                    if cand is None or score[:2] < cand[:2]:
                        cand = score
            best[i] = cand
        top = best[0]
        return top[2] if top is not None and len(top[2]) >= 2 else None

    def expand(self, word: str) -> tuple[str, ...]:
        """All parts of ``word`` at every level (empty if it does not split)."""
        cached = self._expand_cache.get(word)
        if cached is not None:
            return cached
        out: list[str] = []
        seen = {word}
        stack = [word]
        while stack:
            w = stack.pop()
            parts = self.split(w)
            if not parts:
                continue
            for p in parts:
                if p not in seen:
                    seen.add(p)
                    out.append(p)
                    stack.append(p)
        result = tuple(out)
        if len(self._expand_cache) > 200_000:
            self._expand_cache.clear()
        self._expand_cache[word] = result
        return result


#: Shortest last part of a thesaurus compound that counts as a word of its own ("wijk|aanpak" → aanpak).
MIN_HEAD = 5


def compound_heads(words: Collection[str]) -> frozenset[str]:
    """The last parts of thesaurus compounds whose first part is a thesaurus word itself: "wijkaanpak" makes
    "aanpak" a known part, so "eenzaamheidsaanpak" can be cut after "eenzaamheid(s)"."""
    known = set(words)
    heads: set[str] = set()
    for w in words:
        if not w.isalpha():
            continue
        for i in range(4, len(w) - MIN_HEAD + 1):
            if w[:i] in known:
                heads.add(w[i:])
    return frozenset(heads)
