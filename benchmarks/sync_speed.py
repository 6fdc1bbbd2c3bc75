"""Sync speed on loopback: first full sync of 10,000 services, a 10-change incremental pull, pulls/s on PostgreSQL."""

from __future__ import annotations

import argparse
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import psycopg

from socialekaart.catalog.models import Organization, Service
from socialekaart.catalog.registry import model_table
from socialekaart.catalog.store import open_catalog
from socialekaart.server.auth import add_user
from socialekaart.server.store import open_server_store
from socialekaart.sync.client import SyncClient

ADMIN = os.environ.get("SK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")


class CountingTransport(httpx.HTTPTransport):
    """Counts response bytes, to show the payload grows with the changes, not the catalog."""

    def __init__(self) -> None:
        super().__init__()
        self.bytes = 0
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.bytes += len(response.content)
        self.requests += 1
        return response


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of the pulls/s measurement")
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()

    name = f"sk_bench_{secrets.token_hex(4)}"
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = ADMIN.rsplit("/", 1)[0] + f"/{name}"
    server = None
    try:
        store = open_server_store(url)
        token = add_user(store, "bench", "beheerder")
        with store.write() as conn:
            conn.execute(model_table(Organization).insert().values(id="org-bench", name="Bench", description="x"))
            rows = [
                {
                    "id": str(uuid.uuid4()),
                    "organization_id": "org-bench",
                    "name": f"Dienst {i}",
                    "description": "Een dienst in de wijk met een beschrijving van gewone lengte. " * 3,
                    "status": "active",
                    "email": f"dienst{i}@example.nl",
                    "version": 1,
                    "demo": False,
                }
                for i in range(args.services)
            ]
            conn.execute(model_table(Service).insert(), rows)
        store.close()
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-m", "socialekaart", "serve", "--db", url, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(600):
            try:
                if httpx.get(base + "/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.05)

        with tempfile.TemporaryDirectory() as tmp:
            laptop = open_catalog(Path(tmp) / "laptop.sqlite")
            transport = CountingTransport()
            client = SyncClient(laptop, base, token, http=httpx.Client(base_url=base, transport=transport, timeout=60))
            t0 = time.perf_counter()
            report = client.sync()
            full_s = time.perf_counter() - t0
            full_bytes = transport.bytes
            print(
                f"first full sync: {report.pulled} rows ({args.services} services) in {full_s:.2f} s, "
                f"{report.pages} pages, {full_bytes / 1e6:.1f} MB   (target <= 10 s)"
            )

            editor = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30)
            ids = [r["id"] for r in rows[:10]]
            edits = [
                {
                    "op_id": str(uuid.uuid4()),
                    "entity": "service",
                    "id": sid,
                    "op": "update",
                    "base_version": 1,
                    "patch": {"description": "bijgewerkt"},
                }
                for sid in ids
            ]
            assert editor.post("/sync/push", json={"edits": edits}).status_code == 200
            transport.bytes = transport.requests = 0
            t0 = time.perf_counter()
            report = client.sync()
            inc_s = time.perf_counter() - t0
            print(
                f"incremental sync with 10 changes: {report.pulled} rows in {inc_s * 1000:.0f} ms, "
                f"{transport.requests} requests, {transport.bytes / 1e3:.1f} kB   (target <= 0.3 s)"
            )
            client.close()
            laptop.close()

            # walk to the head so the measured pulls are "nothing new" incremental pulls
            head = None
            params: dict[str, object] = {"limit": 2000}
            while True:
                page = editor.get("/sync/pull", params=params).json()
                head = page["cursor"]
                if not page["more"]:
                    break
                params = {"limit": 2000, "cursor": head}
            counts = [0] * args.threads
            stop = time.perf_counter() + args.seconds

            def hammer(i: int) -> None:
                with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30) as h:
                    while time.perf_counter() < stop:
                        r = h.get("/sync/pull", params={"cursor": head, "limit": 1000})
                        if r.status_code == 200:
                            counts[i] += 1

            threads = [threading.Thread(target=hammer, args=(i,)) for i in range(args.threads)]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            rate = sum(counts) / (time.perf_counter() - t0)
            laptops = int(rate * 15 * 60)
            print(f"incremental pulls on PostgreSQL (one server process): {rate:.0f} pulls/s   (target >= 200)")
            print(
                f"=> about {laptops:,} laptops syncing every 15 minutes per server process (1 pull each; "
                f"a sync with edits adds one push)"
            )
            editor.close()
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
