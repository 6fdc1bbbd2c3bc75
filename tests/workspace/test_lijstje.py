"""The lijstje of a conversation: add without repeats, reorder, note, clear."""

from __future__ import annotations

from socialekaart.workspace.lijstje import MAX_NOTE_LENGTH, Lijstje


def test_add_reorder_note_clear() -> None:
    lijstje = Lijstje()
    assert lijstje.add("a", "Taalcafé") and lijstje.add("b", "Rechtswinkel") and lijstje.add("c", "Kookclub")
    assert not lijstje.add("a", "Taalcafé")  # once only; it keeps its place
    assert [e.service_id for e in lijstje] == ["a", "b", "c"]
    assert lijstje.move(2, -1) == 1
    assert [e.service_id for e in lijstje] == ["a", "c", "b"]
    assert lijstje.move(0, -5) == 0 and lijstje.move(0, 99) == 2
    assert [e.service_id for e in lijstje] == ["c", "b", "a"]
    lijstje.set_note(1, "  vraag   naar\nAns ")
    assert lijstje.entries[1].note == "vraag naar Ans" and lijstje.notes() == {"b": "vraag naar Ans"}
    lijstje.set_note(0, "x" * 500)
    assert len(lijstje.entries[0].note) == MAX_NOTE_LENGTH
    lijstje.remove(0)
    assert "c" not in lijstje and len(lijstje) == 2
    lijstje.clear()
    assert len(lijstje) == 0 and lijstje.notes() == {}
