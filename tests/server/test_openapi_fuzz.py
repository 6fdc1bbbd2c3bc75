"""A short schemathesis run against the served OpenAPI: no request may cause a server error."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.server.harness import LiveServer


def test_schemathesis_finds_no_server_errors(live_sqlite: LiveServer) -> None:
    schema = schemathesis.openapi.from_url(live_sqlite.url + "/openapi.json")
    headers = live_sqlite.headers("beheerder")
    checked = 0
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def check(case: schemathesis.Case) -> None:
            response = case.call(base_url=live_sqlite.url, headers=headers, timeout=10)
            assert response.status_code < 500, (case.method, case.path, response.status_code)

        check()
        checked += 1
    assert checked == 8  # the HSDS API, sync pull and push, and the history of one entry
    import httpx

    assert httpx.get(live_sqlite.url + "/", headers=headers, timeout=10).status_code == 200
