"""Need-aware ranking: every need of a sentence is covered, common words weigh less, sentences do not complete
their last word into unrelated words, and a phrase with two needs credits both."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from socialekaart.search.documents import NeedsVocabulary, SearchDocument
from socialekaart.search.engine import SearchEngine
from socialekaart.search.normalize import STOP_WORDS, content_tokens
from socialekaart.search.thesaurus import Thesaurus
from socialekaart.search.variants import word_variants

from .conftest import NOW, ids

BASE = SearchDocument(
    id="x",
    name="Spreekuur",
    description="",
    need_codes=(),
    access_type="vrij_toegankelijk",
    last_verified=date(2025, 2, 1),
)


def build(docs: list[SearchDocument], taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> SearchEngine:
    return SearchEngine.build(docs, thesaurus, taxonomy)


def test_every_need_of_a_sentence_is_in_the_top(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [replace(BASE, id=f"geld{i}", name=f"Rekeningen spreekuur {i}", need_codes=("schulden",)) for i in range(6)]
    docs.append(replace(BASE, id="samen", name="Koffie-inloop", need_codes=("ontmoeting",)))
    e = build(docs, taxonomy, thesaurus)
    top = ids(e.search("rekeningen en ik ben eenzaam", now=NOW))[:5]
    assert "samen" in top
    assert top[0].startswith("geld")  # the best match stays first


def test_one_need_is_not_diversified(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [replace(BASE, id=f"geld{i}", name=f"Rekeningen spreekuur {i}", need_codes=("schulden",)) for i in range(6)]
    docs.append(replace(BASE, id="samen", name="Koffie-inloop", need_codes=("ontmoeting",)))
    e = build(docs, taxonomy, thesaurus)
    assert "samen" not in ids(e.search("rekeningen", now=NOW))


def test_common_words_weigh_less_than_rare_ones(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [replace(BASE, id=f"h{i:02}", name=f"Wijk {i} helpt", description="Buurtwerk.") for i in range(40)]
    docs.append(replace(BASE, id="tuin", name="Tuinonderhoud", description="Wij maken de tuin netjes."))
    e = build(docs, taxonomy, thesaurus)
    assert ids(e.search("wie helpt met de tuin", now=NOW))[0] == "tuin"


def test_last_word_of_a_sentence_is_a_word_not_a_prefix(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [
        replace(BASE, id="dreig", name="Meldpunt bedreiging"),
        replace(BASE, id="bed", name="Tweedehands bed en matras"),
    ]
    e = build(docs, taxonomy, thesaurus)
    assert ids(e.search("voor mijn zoon zoek ik een tweedehands bed", now=NOW)) == ["bed"]
    assert "dreig" in ids(e.search("bed", now=NOW))  # one word being typed still completes


def test_a_phrase_with_two_needs_credits_both(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [
        replace(BASE, id="een", name="Spreekuur A", need_codes=("schulden",)),
        replace(BASE, id="twee", name="Spreekuur B", need_codes=("schulden", "wonen_huisvesting")),
    ]
    e = build(docs, taxonomy, thesaurus)
    assert ids(e.search("ik kan de huur niet betalen", now=NOW)) == ["twee", "een"]


def test_main_need_of_a_service_counts_more(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [
        replace(BASE, id="bijzaak", name="Spreekuur A", need_codes=("mantelzorg", "ontmoeting")),
        replace(BASE, id="hoofdzaak", name="Spreekuur B", need_codes=("ontmoeting",)),
    ]
    e = build(docs, taxonomy, thesaurus)
    assert ids(e.search("eenzaam", now=NOW)) == ["hoofdzaak", "bijzaak"]


def test_function_words_and_verb_forms() -> None:
    for word in ("steeds", "elke", "zich", "mee", "maakt", "ander"):
        assert word in STOP_WORDS
    assert content_tokens("mijn buurman maakt elke nacht herrie") == ["buurman", "nacht", "herrie"]
    assert {"drink", "drinken"} <= set(word_variants("drinkt"))
    assert "drinkt" in word_variants("drink")
    assert "praten" in word_variants("praat")
    assert "vergeten" in word_variants("vergeet")
    assert "verwaarlozen" in word_variants("verwaarloost")
