"""Verification and the review queue on the demo catalog: "klopt nog" leaves the queue, look-ups order it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from socialekaart.catalog.editing import EditError
from socialekaart.catalog.models import Location, SyncOutbox
from socialekaart.catalog.store import Catalog
from socialekaart.workspace.review import (
    is_stale,
    last_verification,
    record_lookup,
    review_count,
    review_queue,
    verify,
)


def test_queue_holds_the_unchecked_and_verify_takes_one_out(demo: Catalog) -> None:
    queue = review_queue(demo)
    assert len(queue) == review_count(demo) > 0
    assert all(is_stale(i.last_verified) for i in queue)
    first = queue[0]
    done = verify(demo, "service", first.entity_id, "Wendy Wijkmakelaar")
    assert done.on == date.today()
    assert first.entity_id not in {i.entity_id for i in review_queue(demo)}
    assert review_count(demo) == len(queue) - 1
    seen = last_verification(demo, "service", first.entity_id)
    assert seen is not None and seen.by == "Wendy Wijkmakelaar" and seen.on == date.today()
    with demo.read() as session:
        patches = [
            dict(p) for p in session.scalars(select(SyncOutbox.patch).where(SyncOutbox.entity_id == first.entity_id))
        ]
    assert patches and patches[-1]["last_verified"] == date.today().isoformat()


def test_most_looked_up_first(demo: Catalog) -> None:
    queue = review_queue(demo)
    last = queue[-1]
    for _ in range(3):
        record_lookup(demo, "service", last.entity_id)
    record_lookup(demo, "service", queue[-2].entity_id)
    again = review_queue(demo)
    assert [i.entity_id for i in again[:2]] == [last.entity_id, queue[-2].entity_id]
    assert again[0].lookups == 3


def test_months_and_areas(demo: Catalog) -> None:
    assert review_count(demo, months=1200) <= review_count(demo, months=1)
    with demo.read() as session:
        wijk = session.scalar(select(Location.wijk_code).where(Location.wijk_code.is_not(None)))
    assert wijk
    local = review_queue(demo, areas=[wijk])
    assert 0 < len(local) < len(review_queue(demo))
    assert review_queue(demo, areas=["WK_BESTAAT_NIET"]) == []
    assert review_count(demo, areas=[wijk]) == len(local)


def test_verify_refuses_what_is_not_kept(demo: Catalog) -> None:
    with pytest.raises(EditError):
        verify(demo, "phone", "x", "Wendy")
    with pytest.raises(EditError, match="bestaat niet"):
        verify(demo, "service", "bestaat-niet", "Wendy")
