"""The server's push obeys the one validation: a bad value is answered `rejected` per edit and nothing is written."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from socialekaart.catalog.registry import key_column, table
from socialekaart.catalog.store import open_catalog
from socialekaart.interchange.export import export_catalog
from tests.catalog.entries import good_entries
from tests.server.harness import ORG_ID, LiveServer

# (entity, field, bad value as JSON text): each was stored, or gave a 500, before the push was validated.
BAD_VALUES: list[tuple[str, str, str]] = [
    ("location", "latitude", "1000"),
    ("service", "access_type", '"bogus"'),
    ("service", "minimum_age", "-5"),
    ("service", "name", '"twee\\nregels"'),
    ("service", "name", '"omgekeerd \\u202e gnimaN"'),
    ("location", "latitude", "NaN"),
    ("location", "longitude", "Infinity"),
    ("location", "longitude", "-Infinity"),
    ("service", "maximum_age", "NaN"),
    ("address", "postal_code", '"49011"'),
    ("phone", "number", '"12345"'),
    ("service", "email", '"info at voorbeeld"'),
    ("service", "url", '"javascript:alert(1)"'),
    ("schedule", "byday", '"XX"'),
]

SEED = good_entries(ORG_ID)


def _refuse(name: str) -> Any:
    raise AssertionError(f"{name} is not JSON")


def _strict(text: str) -> Any:
    """JSON as the standard has it: a NaN or Infinity literal fails the test."""
    return json.loads(text, parse_constant=_refuse)


def _post(server: LiveServer, role: str, body: str) -> httpx.Response:
    headers = {**server.headers(role), "Content-Type": "application/json"}
    return httpx.post(server.url + "/sync/push", content=body.encode("utf-8"), headers=headers, timeout=10)


def _edit_text(entity: str, entity_id: str, op: str, base: int | None, field: str, value: str) -> str:
    """One edit as JSON text, so NaN and Infinity travel as Python's json writes them (httpx refuses to)."""
    head = json.dumps({"op_id": str(uuid.uuid4()), "entity": entity, "id": entity_id, "op": op, "base_version": base})
    return head[:-1] + f', "patch": {{"{field}": {value}}}}}'


def _stored(server: LiveServer, entity: str, entity_id: str) -> dict[str, Any] | None:
    t = table(entity)
    with server.store.read() as conn:
        row = conn.execute(select(t).where(t.c[key_column(entity)] == entity_id)).first()
    return dict(row._mapping) if row is not None else None


def _seed(server: LiveServer) -> dict[str, str]:
    ids = {name: str(uuid.uuid4()) for name in SEED}
    edits = []
    for name, values in SEED.items():
        edits.append({"op_id": str(uuid.uuid4()), "entity": name, "id": ids[name], "op": "create", "patch": values})
    answers = httpx.post(
        server.url + "/sync/push", json={"edits": edits}, headers=server.headers("wijkmakelaar"), timeout=10
    ).json()["results"]
    assert [a["status"] for a in answers] == ["applied"] * len(SEED), answers
    return ids


@pytest.mark.parametrize("role", ["wijkmakelaar", "beheerder"])
def test_every_bad_value_is_rejected_per_edit_and_nothing_is_written(live: LiveServer, role: str) -> None:
    ids = _seed(live)
    for entity, field, value in BAD_VALUES:
        before = _stored(live, entity, ids[entity])
        good = _edit_text("service", ids["service"], "update", 1, "alert", '"Gesloten in juli"')
        bad = _edit_text(entity, ids[entity], "update", before["version"] if before else None, field, value)
        response = _post(live, role, f'{{"edits": [{bad}, {good}]}}')
        assert response.status_code == 200, (field, value, response.text)
        answer, other = _strict(response.text)["results"]
        assert answer["status"] == "rejected", (field, value, answer)
        assert answer["fields"] == [field]
        assert answer["problems"] == [
            {"entity": entity, "id": ids[entity], "field": field, "reason": answer["problems"][0]["reason"]}
        ]
        assert answer["reason"].startswith(f"{field}: ")
        assert _stored(live, entity, ids[entity]) == before  # nothing of the refused edit was written
        assert other["status"] in ("applied", "merged")  # the other edit of the push goes on
        # A retry of the same op gets the same answer.
        assert _post(live, role, f'{{"edits": [{bad}]}}').json()["results"][0] == answer


def test_a_create_with_a_bad_value_writes_nothing(live: LiveServer) -> None:
    sid = str(uuid.uuid4())
    patch = json.dumps(SEED["service"])[:-1] + ', "maximum_age": Infinity}'
    body = json.dumps({"op_id": str(uuid.uuid4()), "entity": "service", "id": sid, "op": "create"})
    response = _post(live, "beheerder", f'{{"edits": [{body[:-1]}, "patch": {patch}}}]}}')
    (answer,) = response.json()["results"]
    assert answer["status"] == "rejected" and answer["fields"] == ["maximum_age"] and answer["row"] is None
    assert _stored(live, "service", sid) is None


def test_no_nan_or_infinity_reaches_a_pull_or_the_hsds_export(live_sqlite: LiveServer, tmp_path: Path) -> None:
    ids = _seed(live_sqlite)
    for field, value in (("minimum_age", "NaN"), ("maximum_age", "Infinity")):
        edit = _edit_text("service", ids["service"], "update", 1, field, value)
        answer = _strict(_post(live_sqlite, "beheerder", f'{{"edits": [{edit}]}}').text)["results"][0]
        assert answer["status"] == "rejected" and answer["fields"] == [field]
    pulled = httpx.get(
        live_sqlite.url + "/sync/pull", params={"limit": 2000}, headers=live_sqlite.headers("beheerder"), timeout=10
    )
    assert pulled.status_code == 200
    rows = [c["row"] for c in _strict(pulled.text)["changes"] if c["id"] == ids["service"]]
    assert rows[0]["minimum_age"] == 12 and rows[0]["maximum_age"] is None
    path = live_sqlite.store.url.removeprefix("sqlite:///")
    catalog = open_catalog(Path(path))
    try:
        out = tmp_path / "export.json"
        export_catalog(catalog, out, "hsds-json")
    finally:
        catalog.close()
    text = out.read_text(encoding="utf-8")
    assert "Buurtsoep" in text and "NaN" not in text and "Infinity" not in text
    _strict(text)


def test_nan_stored_by_an_older_version_leaves_as_null(live: LiveServer) -> None:
    ids = _seed(live)
    t = table("service")
    with live.store.write() as conn:  # as an unvalidated push of an older version left it
        conn.execute(
            t.update().where(t.c.id == ids["service"]).values(minimum_age=float("nan"), maximum_age=float("inf"))
        )
    headers = live.headers("beheerder")
    pulled = httpx.get(live.url + "/sync/pull", params={"limit": 2000}, headers=headers, timeout=10)
    row = next(c["row"] for c in _strict(pulled.text)["changes"] if c["id"] == ids["service"])
    assert row["minimum_age"] is None and row["maximum_age"] is None
    hsds = httpx.get(live.url + f"/services/{ids['service']}", headers=headers, timeout=10)
    assert hsds.status_code == 200 and _strict(hsds.text).get("minimum_age") is None
