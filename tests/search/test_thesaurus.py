"""Thesaurus file loading (Excel-saved CSV included) and its effect on search."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from socialekaart.search.engine import SearchEngine, SearchResult
from socialekaart.search.explain import Reason
from socialekaart.search.thesaurus import ThesaurusError, load_thesaurus, parse_thesaurus

from .conftest import NOW, ids


def items(reason: Reason) -> list[str]:
    """The words and thesaurus entries a reason's details name."""
    return [i for d in reason.details for i in d.items]


def vias(results: Sequence[SearchResult]) -> list[str]:
    """The first thesaurus entry through which each need of the results was reached."""
    return [d.items[0] for x in results for w in x.why for d in w.details if d.relation.endswith("via")]


KNOWN = {"schulden", "taal", "ontmoeting", "mantelzorg", "wonen_huisvesting"}
REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, data: bytes, name: str = "needs_thesaurus.csv") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_plain_utf8(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "term,needs,weight,register,note\nrekeningen,schulden,1.0,lay,\ntaalcafé,taal;ontmoeting,,lay,x\n".encode(),
    )
    th = load_thesaurus(p, KNOWN)
    assert len(th) == 2
    assert th.single["taalcafe"][0].needs == ("taal", "ontmoeting")
    assert th.single["taalcafe"][0].weight == 1.0  # empty weight = 1


def test_excel_bom_semicolons_decimal_comma(tmp_path: Path) -> None:
    text = (
        '\ufeffterm;needs;weight;register;note\r\nrekeningen;schulden;0,8;lay;\r\ntaalcafé;"taal;ontmoeting";1;lay;\r\n'
    )
    th = load_thesaurus(write(tmp_path, text.encode("utf-8")), KNOWN)
    assert th.single["rekeningen"][0].weight == pytest.approx(0.8)
    assert th.single["taalcafe"][0].needs == ("taal", "ontmoeting")


def test_windows_1252_is_read_with_a_warning(tmp_path: Path) -> None:
    text = "term;needs;weight;register;note\r\ntaalcafé;taal;1;lay;\r\n"
    th = load_thesaurus(write(tmp_path, text.encode("cp1252")), KNOWN)
    assert "taalcafe" in th.single
    assert any("Windows-1252" in w and "needs_thesaurus.csv" in w for w in th.warnings)


def test_mixed_encodings_give_an_error_naming_file_and_row(tmp_path: Path) -> None:
    text = "term,needs,weight,register,note\nrekeningen,schulden,1,lay,\ntaalcafÃ©,taal,1,lay,\n"
    with pytest.raises(ThesaurusError) as err:
        load_thesaurus(write(tmp_path, text.encode("utf-8")), KNOWN)
    assert "needs_thesaurus.csv, regel 3" in str(err.value)


def test_bad_rows_are_named(tmp_path: Path) -> None:
    text = (
        "term,needs,weight,register,note\n"
        "rekeningen,schuldn,1,lay,\n"  # unknown code
        "eenzaam,ontmoeting,veel,lay,\n"  # bad weight
        ",taal,1,lay,\n"  # empty term
        "alleen,,1,lay,\n"  # no needs
        "zorgen,mantelzorg,1.5,lay,\n"  # weight out of range
    )
    with pytest.raises(ThesaurusError) as err:
        load_thesaurus(write(tmp_path, text.encode()), KNOWN)
    msg = str(err.value)
    for row in (2, 3, 4, 5, 6):
        assert f"needs_thesaurus.csv, regel {row}:" in msg
    assert "schuldn" in msg


def test_non_strict_skips_bad_rows_with_warnings(tmp_path: Path) -> None:
    text = "term,needs\nrekeningen,schuldn\neenzaam,ontmoeting\n"
    th = load_thesaurus(write(tmp_path, text.encode()), KNOWN, strict=False)
    assert list(th.single) == ["eenzaam"]
    assert any("regel 2" in w for w in th.warnings)


def test_missing_columns_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ThesaurusError, match="kolom"):
        load_thesaurus(write(tmp_path, b"woord,behoefte\nx,y\n"), KNOWN)
    with pytest.raises(ThesaurusError, match="leeg"):
        load_thesaurus(write(tmp_path, b""), KNOWN)
    with pytest.raises(ThesaurusError, match="kan het bestand niet lezen"):
        load_thesaurus(tmp_path / "missing.csv", KNOWN)


def test_phrases_and_duplicates() -> None:
    th = parse_thesaurus(
        "term,needs\nkan de huur niet betalen,schulden;wonen_huisvesting\nik ben op,mantelzorg\n"
        "huur betalen,schulden\nrekeningen,schulden\nRekeningen,taal\n"
    )
    keys = {e.key for e in th.multi}
    assert ("huur", "betalen") in keys  # both phrases reduce to the same content words and are merged
    assert () in keys  # a phrase of function words only
    assert th.single["rekeningen"][0].needs == ("schulden", "taal")


def test_shipped_thesaurus_loads_strictly_when_present() -> None:
    path = REPO / "data" / "thesaurus" / "needs_thesaurus.csv"
    needs_csv = REPO / "data" / "taxonomy" / "needs.csv"
    if not path.exists() or not needs_csv.exists():
        pytest.skip("shipped thesaurus not present")
    from socialekaart.search.documents import NeedsVocabulary

    th = load_thesaurus(path, set(NeedsVocabulary.from_csv(needs_csv)))
    assert len(th) > 100


# ---- effect on search ------------------------------------------------------------------------------------------


def test_everyday_words_reach_the_need(engine: SearchEngine) -> None:
    r = engine.search("rekeningen ", now=NOW)
    assert set(ids(r)[:2]) == {"s01", "s02"}
    assert any(
        w.kind == "need" and w.words == ("Geldzorgen en schulden",) and "rekeningen" in " ".join(items(w))
        for w in r.results[0].why
    )


def test_phrase_in_any_order_with_function_words(engine: SearchEngine) -> None:
    r = engine.search("kan de huur niet betalen", now=NOW)
    assert set(ids(r)[:2]) == {"s01", "s02"}
    assert "kan de huur niet betalen" in vias(r.results[:1])


def test_resident_sentence_about_dementia_and_exhaustion(engine: SearchEngine) -> None:
    r = engine.search("mn moeder is dement en ik ben op", now=NOW)
    assert set(ids(r)[:2]) == {"s04", "s05"}
    why = " ".join(i for x in r.results[:2] for w in x.why for i in items(w))
    assert "mijn moeder is dement" in why and "ik ben op" in why


def test_single_function_word_term_only_as_whole_query(engine: SearchEngine) -> None:
    r = engine.search("hulp op maandag", now=NOW)
    assert "op" not in vias(r.results)
    assert "s05" in ids(engine.search("op ", now=NOW))


def test_typo_in_a_thesaurus_word(engine: SearchEngine) -> None:
    r = engine.search("eenzaamheit", now=NOW)
    assert ids(r)[:2] == ["s06", "s03"] or set(ids(r)[:2]) == {"s03", "s06"}
    assert r.results[0].why[0] == Reason("typo", "", ("eenzaamheit", "eenzaamheid"))


def test_set_thesaurus_takes_effect(engine: SearchEngine) -> None:
    assert engine.search("poen", now=NOW).unmatched
    engine.set_thesaurus(parse_thesaurus("term,needs\npoen,schulden\n"))
    assert set(ids(engine.search("poen", now=NOW))) == {"s01", "s02"}


# ---- phrases of one content word ---------------------------------------------------------------------------------


def test_a_phrase_of_one_content_word_is_no_synonym_of_that_word() -> None:
    th = parse_thesaurus("term,needs\nik wil dood,crisis\ndood,rouw_verlies\nde pastorie,activiteiten\n")
    (phrase,) = th.multi
    assert phrase.anchored and phrase.key == ("dood",)
    assert [e.needs for e in th.single["dood"]] == [("rouw_verlies",)]  # not merged with the phrase
    assert not th.single["pastorie"][0].anchored  # an article alone makes no phrase


@pytest.mark.parametrize(
    ("query", "fires"),
    [
        ("ik wil dood", True),
        ("wil echt dood", True),  # two of its three words, in order, one word between
        ("sinds mijn vrouw dood is zie ik niemand", False),  # "ik" far away and after "dood"
        ("dood", False),
    ],
)
def test_a_phrase_of_one_content_word_needs_most_of_its_words(engine: SearchEngine, query: str, fires: bool) -> None:
    engine.set_thesaurus(parse_thesaurus("term,needs\nik wil dood,mantelzorg\n"))
    assert ("ik wil dood" in vias(engine.search(query, now=NOW).results)) is fires
