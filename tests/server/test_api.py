"""The HSDS read API, auth per endpoint and role, personal-data stripping, and clear 4xx answers to bad payloads."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from socialekaart.interchange.validate import validation_errors
from socialekaart.server.store import open_server_store
from socialekaart.sync.wire import MAX_PUSH_OPS
from tests.server.harness import ORG_ID, LiveServer, seed

ROLES = ["raadpleger", "welzijnswerker", "wijkmakelaar", "beheerder"]


@pytest.fixture
def demo_server(demo_catalog_file: Path, tmp_path: Path) -> Iterator[LiveServer]:
    """A SQLite server holding the demo catalog (migrated to the newest schema on open)."""
    path = tmp_path / "server.sqlite"
    shutil.copy(demo_catalog_file, path)
    store = open_server_store(str(path))
    server = LiveServer(store=store, tokens=seed(store)).start()
    yield server
    server.stop()
    store.close()


def _get(server: LiveServer, path: str, role: str = "raadpleger", **params: Any) -> httpx.Response:
    return httpx.get(server.url + path, params=params, headers=server.headers(role), timeout=10)


def test_hsds_pages_validate_against_the_schemas(demo_server: LiveServer) -> None:
    first = _get(demo_server, "/services", per_page=5).json()
    assert first["page_number"] == 1 and first["first_page"] and first["size"] == 5
    assert first["total_pages"] == -(-first["total_items"] // 5)
    assert not first["last_page"] and not first["empty"]
    assert validation_errors("service", first["contents"]) == []
    last = _get(demo_server, "/services", per_page=5, page=first["total_pages"]).json()
    assert last["last_page"] and validation_errors("service", last["contents"]) == []
    beyond = _get(demo_server, "/services", per_page=5, page=first["total_pages"] + 1).json()
    assert beyond["empty"] and beyond["contents"] == []
    one = _get(demo_server, f"/services/{first['contents'][0]['id']}").json()
    assert one == first["contents"][0]
    assert _get(demo_server, "/services/does-not-exist").status_code == 404
    orgs = _get(demo_server, "/organizations").json()
    assert orgs["total_items"] > 0 and validation_errors("organization", orgs["contents"]) == []
    taxonomies = _get(demo_server, "/taxonomies").json()
    assert taxonomies["total_items"] > 0 and validation_errors("taxonomy", taxonomies["contents"]) == []
    assert _get(demo_server, "/").json()["version"] == "3.0"


def _push(server: LiveServer, role: str | None, edits: list[dict[str, Any]], **kwargs: Any) -> httpx.Response:
    headers = server.headers(role) if role else {}
    return httpx.post(server.url + "/sync/push", json={"edits": edits}, headers=headers, timeout=10, **kwargs)


def _edit(entity: str, entity_id: str, op: str = "create", **patch: Any) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "entity": entity,
        "id": entity_id,
        "op": op,
        "base_version": None,
        "patch": patch,
    }


def _service(name: str = "Buurtsoep") -> dict[str, Any]:
    return _edit("service", str(uuid.uuid4()), organization_id=ORG_ID, name=name, status="active")


def _volunteer() -> dict[str, Any]:
    return _edit(
        "volunteer", str(uuid.uuid4()), name="Vera Vrijwilliger", email="vera@example.nl", consent_date="2026-01-01"
    )


EXPECTED_PUSH = {
    # role: (service, volunteer, organization)
    "raadpleger": (403, 403, 403),
    "welzijnswerker": (403, 403, 403),
    "wijkmakelaar": (200, 200, 403),
    "beheerder": (200, 200, 200),
}


@pytest.mark.parametrize("role", ROLES)
def test_every_endpoint_for_every_role(live: LiveServer, role: str) -> None:
    sid = _push(live, "beheerder", [_service()]).json()["results"][0]["row"]["id"]
    for path in ("/", "/services", f"/services/{sid}", "/organizations", "/taxonomies", "/sync/pull"):
        assert _get(live, path, role).status_code == 200, path
        assert httpx.get(live.url + path, timeout=10).status_code == 401, path
        assert httpx.get(live.url + path, headers=live.headers("revoked"), timeout=10).status_code == 401
        bad = {"Authorization": "Bearer sk_not-a-token"}
        assert httpx.get(live.url + path, headers=bad, timeout=10).status_code == 401
    org = _edit("organization", str(uuid.uuid4()), name="Nieuwe stichting", description="x")
    got = tuple(_push(live, role, [e]).status_code for e in (_service(), _volunteer(), org))
    assert got == EXPECTED_PUSH[role]
    assert _push(live, None, [_service()]).status_code == 401


def test_volunteer_contact_data_only_for_roles_that_may_see_it(live: LiveServer) -> None:
    edit = _volunteer()
    assert _push(live, "wijkmakelaar", [edit]).json()["results"][0]["status"] == "applied"
    for role, visible in (("raadpleger", False), ("welzijnswerker", True), ("beheerder", True)):
        cursor = None
        found = None
        while True:
            params: dict[str, Any] = {"limit": 2000}
            if cursor:
                params["cursor"] = cursor
            page = _get(live, "/sync/pull", role, **params).json()
            for change in page["changes"]:
                if change["entity"] == "volunteer" and change["id"] == edit["id"]:
                    found = change["row"]
            cursor = page["cursor"]
            if not page["more"]:
                break
        assert found is not None
        assert (found["email"] == "vera@example.nl") is visible
        assert (found["name"] == "Vera Vrijwilliger") is visible
        if not visible:
            assert found["name"] == "" and found["email"] is None and found["phone"] is None


BAD_EDITS: list[Any] = [
    {"edits": "nope"},
    {"edits": [{"op_id": "12345678", "entity": "service", "id": "x", "op": "create"}], "extra": 1},
    {"edits": [{**_service(), "unknown": 1}]},
    {"edits": [{**_service(), "base_version": "1"}]},
    {"edits": [{**_service(), "op": "upsert"}]},
    {"edits": [_edit("no_such_table", "x", name="x")]},
    {"edits": [_edit("service", "nul\x00teken", organization_id=ORG_ID, name="x", status="active")]},
    {"edits": [_edit("service", "x", "update", version=7)]},
    {"edits": [_service() for _ in range(MAX_PUSH_OPS + 1)]},
]

# A field's value (its type, a missing required field, an unknown field) is refused per edit, naming the field.
REFUSED_VALUES: list[tuple[dict[str, Any], str]] = [
    (_edit("service", "x", organization_id=ORG_ID, name=5, status="active"), "name"),
    (_edit("service", "x", organization_id=ORG_ID, name="x", status="active", shoe_size=44), "shoe_size"),
    (_edit("service", "x", organization_id=ORG_ID, name="x"), "status"),
    (_edit("volunteer", "x", name="V", consent_date="gisteren"), "consent_date"),
]


def test_bad_payloads_get_a_clear_4xx_and_the_server_keeps_serving(live: LiveServer) -> None:
    url = live.url + "/sync/push"
    headers = live.headers("beheerder")
    for body in BAD_EDITS:
        response = httpx.post(url, json=body, headers=headers, timeout=10)
        assert response.status_code == 422, (body, response.text)
        assert "detail" in response.json()
    for edit, field in REFUSED_VALUES:
        response = httpx.post(url, json={"edits": [edit]}, headers=headers, timeout=10)
        assert response.status_code == 200, (edit, response.text)
        (answer,) = response.json()["results"]
        assert answer["status"] == "rejected" and answer["fields"] == [field], answer
        assert len(answer["problems"]) == 1 and answer["reason"] == f"{field}: {answer['problems'][0]['reason']}"
        assert answer["problems"][0]["entity"] == edit["entity"] and answer["problems"][0]["id"] == "x"
        assert answer["row"] is None  # nothing was written
    same = _service()
    assert httpx.post(url, json={"edits": [same, same]}, headers=headers, timeout=10).status_code == 422
    raw = {**headers, "Content-Type": "application/json"}
    assert httpx.post(url, content=b'{"edits": ["\xff\xfe"]}', headers=raw, timeout=10).status_code == 400
    assert httpx.post(url, content=b'{"edits": [', headers=raw, timeout=10).status_code == 400
    huge = b'{"edits": [], "x": "' + b"a" * 3_000_000 + b'"}'
    assert httpx.post(url, content=huge, headers=raw, timeout=30).status_code == 413
    assert _get(live, "/sync/pull", cursor="not-a-cursor").status_code == 400
    assert _get(live, "/sync/pull", cursor="eyJrIjoiaSIsImxvIjotMX0").status_code == 400  # lo = -1
    assert _get(live, "/sync/pull", limit=0).status_code == 422
    assert _get(live, "/services", per_page=10_000).status_code == 422
    assert _get(live, "/services", page="abc").status_code == 422
    assert _get(live, "/").status_code == 200


def test_openapi_is_served_and_documents_push(live_sqlite: LiveServer) -> None:
    schema = httpx.get(live_sqlite.url + "/openapi.json", timeout=10).json()
    assert {
        "/",
        "/services",
        "/services/{service_id}",
        "/organizations",
        "/taxonomies",
        "/sync/pull",
        "/sync/push",
    } <= set(schema["paths"])
    body = schema["paths"]["/sync/push"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "edits" in body["properties"]
    assert "EditMessage" in schema["components"]["schemas"]
