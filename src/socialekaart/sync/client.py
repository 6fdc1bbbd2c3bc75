"""One sync with the server: push the outbox, then pull pages of changes; crash-safe at every step."""

from __future__ import annotations

import json
import logging
import ssl
import time
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import httpx
from sqlalchemy import Connection, delete, select, text, update

from socialekaart.catalog.models import SyncConflict, SyncOutbox, SyncResyncPending, utcnow
from socialekaart.catalog.registry import entities, key_column, model_table, table
from socialekaart.catalog.store import Catalog
from socialekaart.errors import UserFacingError
from socialekaart.sync.local import (
    apply_tombstone,
    get_state,
    local_tx,
    log_pulled,
    pending_ops,
    reapply,
    set_state,
    upsert_rows,
)
from socialekaart.sync.wire import (
    DEFAULT_PULL_LIMIT,
    MAX_PUSH_OPS,
    RESULT_APPLIED,
    RESULT_CONFLICT,
    RESULT_MERGED,
    RESULT_REJECTED,
    EditAnswer,
    EditMessage,
    PullPage,
    PushRequest,
)

log = logging.getLogger(__name__)

CURSOR_KEY = "cursor"
RESYNC_KEY = "resync_started"
ROLE_KEY = "role"
LAST_SYNC_KEY = "last_sync"
LAST_ERROR_KEY = "last_error"
SERVER_KEY = "server"


@cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context for every sync (loading the CA bundle is slow)."""
    return ssl.create_default_context()


class SyncError(UserFacingError):
    """A sync that could not finish; the message is Dutch. Nothing is lost: the next sync continues."""


def _refuse_constant(name: str) -> float:
    raise ValueError(name)


def _json(response: httpx.Response) -> dict[str, Any]:
    """A server answer as JSON, refusing NaN and Infinity (which Python's json would read) so they never reach the
    catalog; an answer that is not a JSON object is a SyncError."""
    try:
        value = json.loads(response.content, parse_constant=_refuse_constant)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise SyncError("De server stuurde een onleesbaar antwoord; de volgende synchronisatie probeert het opnieuw.")
    return value


class SyncAuthError(SyncError):
    """The server refused the token."""


@dataclass
class SyncReport:
    """What one sync did."""

    pushed: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    pages: int = 0
    full: bool = False
    new_conflicts: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "pages": self.pages,
            "full": self.full,
            "new_conflicts": self.new_conflicts,
            "seconds": round(self.seconds, 3),
        }


class SyncClient:
    """Syncs one catalog with one server."""

    def __init__(
        self,
        catalog: Catalog,
        server: str,
        token: str,
        *,
        http: httpx.Client | None = None,
        page_limit: int = DEFAULT_PULL_LIMIT,
        push_batch: int = MAX_PUSH_OPS,
        timeout: float = 30.0,
    ) -> None:
        self.catalog = catalog
        self.server = server.rstrip("/")
        self.page_limit = page_limit
        self.push_batch = min(push_batch, MAX_PUSH_OPS)
        self.http = http or httpx.Client(base_url=self.server, timeout=timeout, verify=_tls_context())
        self._headers = {"Authorization": f"Bearer {token}"}

    def close(self) -> None:
        self.http.close()

    # --- transport -------------------------------------------------------------------------------------------

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self.http.request(method, path, headers=self._headers, **kwargs)
        except httpx.HTTPError as exc:
            log.info("sync request failed: %r", exc)
            if isinstance(exc, httpx.TimeoutException):
                message = "De server antwoordt niet op tijd; de volgende synchronisatie probeert het opnieuw."
            else:
                message = "De server is niet bereikbaar; de volgende synchronisatie probeert het opnieuw."
            raise SyncError(message) from None
        if response.status_code == 401:
            raise SyncAuthError("De server weigert uw token: vraag de beheerder om een nieuw token.")
        if response.status_code >= 500:
            raise SyncError(f"De server gaf een fout ({response.status_code}); probeer het later opnieuw.")
        return response

    # --- one sync ----------------------------------------------------------------------------------------------

    def sync(self) -> SyncReport:
        """Push every queued edit, then pull until up to date."""
        report = SyncReport()
        started = time.monotonic()
        try:
            self.push(report)
            self.pull(report)
        except SyncError as exc:
            with local_tx(self.catalog) as conn:
                set_state(conn, LAST_ERROR_KEY, str(exc))
            raise
        report.seconds = time.monotonic() - started
        return report

    # --- push --------------------------------------------------------------------------------------------------

    def _next_batch(self, conn: Connection) -> list[Any]:
        """The oldest queued edit of each entry (a later edit of the same entry waits for the answer to the first)."""
        o = model_table(SyncOutbox).c
        batch: list[Any] = []
        seen: set[tuple[str, str]] = set()
        for row in conn.execute(select(model_table(SyncOutbox)).order_by(o.seq)):
            ref = (row.entity, row.entity_id)
            if ref in seen:
                continue
            seen.add(ref)
            batch.append(row)
            if len(batch) >= self.push_batch:
                break
        return batch

    def push(self, report: SyncReport) -> None:
        o = model_table(SyncOutbox)
        while True:
            with self.catalog.engine.connect() as conn:
                # A cheap look first, so an empty outbox never takes the write lock.
                if conn.execute(select(o.c.seq).limit(1)).first() is None:
                    return
            with local_tx(self.catalog) as conn:
                batch = self._next_batch(conn)
                if not batch:
                    return
                # Marked sent before sending: later local edits no longer merge into these (their op_id may land).
                conn.execute(
                    update(o)
                    .where(o.c.seq.in_([r.seq for r in batch]))
                    .values(sent_at=utcnow(), attempts=o.c.attempts + 1)
                )
            results = self._send(batch)
            with local_tx(self.catalog) as conn:
                for row, result in zip(batch, results, strict=True):
                    self._handle_result(conn, row, result, report)

    def _edit(self, row: Any) -> EditMessage:
        return EditMessage(row.op_id, row.entity, row.entity_id, row.op, row.base_version, dict(row.patch))

    def _send(self, batch: list[Any]) -> list[EditAnswer]:
        request = PushRequest(tuple(self._edit(r) for r in batch))
        response = self._request("POST", "/sync/push", json=request.to_json())
        if response.status_code == 200:
            return [EditAnswer.from_json(a) for a in _json(response)["results"]]
        if 400 <= response.status_code < 500 and len(batch) > 1:
            # Find the edit the server refuses: send one by one.
            return [self._send([row])[0] for row in batch]
        try:
            message = response.json().get("detail", {}).get("message", "")
        except ValueError:
            message = ""
        reason = message or f"geweigerd door de server ({response.status_code})"
        return [EditAnswer(batch[0].op_id, RESULT_REJECTED, reason=reason)]

    def _store_row(self, conn: Connection, entity: str, entity_id: str, row: dict[str, Any] | None) -> None:
        if row is None:
            return
        upsert_rows(conn, entity, [row])
        rest = pending_ops(conn, (entity, entity_id)).get((entity, entity_id))
        if rest:
            reapply(conn, entity, entity_id, rest)

    def _handle_result(self, conn: Connection, row: Any, result: EditAnswer, report: SyncReport) -> None:
        o = model_table(SyncOutbox)
        status = result.status
        report.pushed[status] = report.pushed.get(status, 0) + 1
        conn.execute(delete(o).where(o.c.seq == row.seq))
        server_row = result.row
        if status in (RESULT_APPLIED, RESULT_MERGED):
            if result.version is not None:
                # Later queued edits of this entry were made on top of this one: rebase them.
                conn.execute(
                    update(o)
                    .where(o.c.entity == row.entity, o.c.entity_id == row.entity_id)
                    .values(base_version=result.version)
                )
            self._store_row(conn, row.entity, row.entity_id, server_row)
            return
        c = model_table(SyncConflict)
        conn.execute(delete(c).where(c.c.op_id == row.op_id))
        conn.execute(
            c.insert().values(
                op_id=row.op_id,
                entity=row.entity,
                entity_id=row.entity_id,
                op=row.op,
                base_version=row.base_version,
                mine=dict(row.patch),
                theirs=server_row,
                fields=list(result.fields or sorted(row.patch)),
                reason=result.reason or ("conflict" if status == RESULT_CONFLICT else status),
                detected_at=utcnow(),
            )
        )
        report.new_conflicts += 1
        self._store_row(conn, row.entity, row.entity_id, server_row)

    # --- pull --------------------------------------------------------------------------------------------------

    def pull(self, report: SyncReport) -> None:
        resyncs = 0
        while True:
            with self.catalog.engine.connect() as conn:
                cursor = get_state(conn, CURSOR_KEY)
            if cursor is None:
                self._start_full(report)
            params: dict[str, Any] = {"limit": self.page_limit}
            if cursor:
                params["cursor"] = cursor
            response = self._request("GET", "/sync/pull", params=params)
            if response.status_code == 410:
                resyncs += 1
                if resyncs > 2:
                    raise SyncError("De server vraagt steeds opnieuw om een volledige synchronisatie.")
                with local_tx(self.catalog) as conn:
                    set_state(conn, CURSOR_KEY, None)
                continue
            if response.status_code != 200:
                raise SyncError(f"De server weigerde het ophalen ({response.status_code}).")
            page = PullPage.from_json(_json(response))
            with local_tx(self.catalog) as conn:
                self._apply_page(conn, page, cursor, report)
            report.pages += 1
            if not page.more:
                return

    def _start_full(self, report: SyncReport) -> None:
        """Before a full download: remember every local entry, so those gone from the server can be removed."""
        report.full = True
        with local_tx(self.catalog) as conn:
            if get_state(conn, RESYNC_KEY) == "1":
                return
            conn.execute(delete(model_table(SyncResyncPending)))
            for entity in entities():
                t = table(entity)
                conn.execute(
                    text(
                        f"INSERT INTO sync_resync_pending (entity, entity_id) "
                        f"SELECT :e, CAST({key_column(entity)} AS TEXT) FROM {t.name}"
                    ),
                    {"e": entity},
                )
            set_state(conn, RESYNC_KEY, "1")

    def _apply_page(self, conn: Connection, page: PullPage, cursor: str | None, report: SyncReport) -> None:
        role = page.role
        if role is not None and get_state(conn, ROLE_KEY) not in (None, role) and cursor is not None:
            # A new role may see other fields: download everything again.
            set_state(conn, ROLE_KEY, role)
            set_state(conn, CURSOR_KEY, None)
            return
        changes = page.changes
        pend = pending_ops(conn)
        live: dict[str, list[dict[str, Any]]] = {}
        for change in changes:
            if change.deleted:
                apply_tombstone(conn, change.entity, change.id, change.version, change.deleted_at)
            elif change.row is not None:
                live.setdefault(change.entity, []).append(change.row)
        for entity, rows in live.items():
            if not page.snapshot:  # a full download is no one's change: history starts after it
                log_pulled(conn, entity, rows)
            upsert_rows(conn, entity, rows)
        for change in changes:
            ops = pend.get((change.entity, change.id))
            if ops:
                reapply(conn, change.entity, change.id, ops)
        if page.snapshot:
            rp = model_table(SyncResyncPending)
            by_entity: dict[str, list[str]] = {}
            for change in changes:
                by_entity.setdefault(change.entity, []).append(change.id)
            for entity, ids in by_entity.items():
                for i in range(0, len(ids), 500):
                    conn.execute(delete(rp).where(rp.c.entity == entity, rp.c.entity_id.in_(ids[i : i + 500])))
            if page.complete:
                self._finish_full(conn, pend)
        report.pulled += len(changes)
        set_state(conn, CURSOR_KEY, page.cursor)
        if not page.more:
            set_state(conn, LAST_SYNC_KEY, utcnow().isoformat(timespec="seconds"))
            set_state(conn, LAST_ERROR_KEY, None)
            set_state(conn, SERVER_KEY, self.server)
        if role is not None:
            set_state(conn, ROLE_KEY, role)

    def _finish_full(self, conn: Connection, pend: dict[tuple[str, str], Any]) -> None:
        """Entries the full download did not bring are gone on the server (unless they wait to be pushed)."""
        rp = model_table(SyncResyncPending)
        keep = {ref for ref in pend}
        for entity in reversed(entities()):
            t = table(entity)
            key = t.c[key_column(entity)]
            ids = [
                i
                for i in conn.execute(select(rp.c.entity_id).where(rp.c.entity == entity)).scalars()
                if (entity, i) not in keep
            ]
            for i in range(0, len(ids), 500):
                conn.execute(delete(t).where(key.in_(ids[i : i + 500])))
        conn.execute(delete(rp))
        set_state(conn, RESYNC_KEY, None)


def sync_once(catalog: Catalog, server: str, token: str, **kwargs: Any) -> SyncReport:
    """Run one sync and close the connection."""
    client = SyncClient(catalog, server, token, **kwargs)
    try:
        return client.sync()
    finally:
        client.close()
