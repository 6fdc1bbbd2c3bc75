"""The FastAPI application: HSDS read API, sync pull/push, bearer-token auth by role, limits and clear 4xx answers."""

import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from socialekaart import __version__
from socialekaart.catalog.registry import entities
from socialekaart.server import history, hsds_api
from socialekaart.server.auth import User, authenticate
from socialekaart.server.feed import ResyncRequired, pull_page, tick
from socialekaart.server.push import apply_edit, make_edit
from socialekaart.server.store import ServerStore
from socialekaart.sync.wire import (
    DEFAULT_PULL_LIMIT,
    MAX_BODY_BYTES,
    MAX_PULL_LIMIT,
    PROTOCOL_VERSION,
    PayloadError,
    PushRequest,
)

log = logging.getLogger("socialekaart.server")
_bearer = HTTPBearer(auto_error=False)
MAX_PER_PAGE = 200


def _read_json(body: bytes) -> Any:
    """The request body as JSON. NaN and Infinity (which Python's json reads) stay numbers here, so that the one
    validation refuses them per field with a `rejected` answer; they never reach a catalog or an answer."""
    return json.loads(body.decode("utf-8"))


def _error(status: int, code: str, message: str) -> HTTPException:
    return HTTPException(status_code=status, detail={"code": code, "message": message})


class _TokenCache:
    """Token → user for a few seconds, so busy pull traffic does not look every token up."""

    def __init__(self, store: ServerStore, ttl: float = 5.0) -> None:
        self.store, self.ttl = store, ttl
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, User | None]] = {}

    def get(self, token: str) -> User | None:
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(token)
        if hit is not None and now - hit[0] < self.ttl:
            return hit[1]
        user = authenticate(self.store, token)
        with self._lock:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[token] = (now, user)
        return user


def create_app(store: ServerStore, *, tick_interval: float = 1.0, token_ttl: float = 5.0) -> FastAPI:
    """The server application on a store; on PostgreSQL a ticker thread records a tick every tick_interval."""
    stop = threading.Event()

    def ticker() -> None:
        while not stop.wait(tick_interval):
            try:
                tick(store, min_interval=tick_interval / 2)
            except Exception as exc:  # keep ticking; the database may come back
                log.warning("tick mislukt: %s", exc.__class__.__name__)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        thread = None
        if store.is_postgres:
            try:
                await run_in_threadpool(tick, store)
            except Exception as exc:  # pragma: no cover - e.g. a read-only database; pulls still work
                log.warning("eerste tick mislukt: %s", exc.__class__.__name__)
            thread = threading.Thread(target=ticker, name="sk-ticker", daemon=True)
            thread.start()
        yield
        stop.set()
        if thread is not None:
            thread.join(timeout=5)

    app = FastAPI(
        title="Sociale Kaart server",
        version=__version__,
        description="HSDS 3.0 read API and offline-first sync for Sociale Kaart. Every endpoint needs a personal "
        "token (Authorization: Bearer ...).",
        lifespan=lifespan,
    )
    tokens = _TokenCache(store, token_ttl)

    def current_user(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> User:
        if creds is None or creds.scheme.lower() != "bearer":
            raise HTTPException(
                status_code=401,
                detail={"code": "unauthorized", "message": "Inloggen nodig: stuur uw persoonlijke token mee."},
                headers={"WWW-Authenticate": "Bearer"},
            )
        user = tokens.get(creds.credentials)
        if user is None:
            raise HTTPException(
                status_code=401,
                detail={"code": "unauthorized", "message": "Dit token is onbekend of ingetrokken."},
                headers={"WWW-Authenticate": "Bearer"},
            )
        return user

    UserDep = Annotated[User, Depends(current_user)]
    PageQ = Annotated[int, Query(ge=1, le=1_000_000)]
    PerPageQ = Annotated[int, Query(ge=1, le=MAX_PER_PAGE)]

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Callable[[Request], Any]) -> Any:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse(
                status_code=413, content={"detail": {"code": "too_large", "message": "Het verzoek is te groot."}}
            )
        return await call_next(request)

    @app.get("/", summary="HSDS API information")
    def root(_user: UserDep) -> dict[str, Any]:
        return {
            "version": hsds_api.HSDS_VERSION,
            "profile": "https://github.com/openreferral/specification/tree/3.0",
            "openapi_url": "/openapi.json",
            "socialekaart": {"server": __version__, "sync_protocol": PROTOCOL_VERSION},
        }

    @app.get("/services", summary="HSDS full service objects, paginated")
    def services(_user: UserDep, page: PageQ = 1, per_page: PerPageQ = 50) -> dict[str, Any]:
        with store.read() as conn:
            return hsds_api.services_page(conn, page, per_page)

    @app.get("/services/{service_id}", summary="One HSDS full service object")
    def service(service_id: str, _user: UserDep) -> dict[str, Any]:
        with store.read() as conn:
            doc = hsds_api.service_document(conn, service_id)
        if doc is None:
            raise _error(404, "not_found", "Deze dienst bestaat niet.")
        return doc

    @app.get("/organizations", summary="HSDS organizations, paginated")
    def organizations(_user: UserDep, page: PageQ = 1, per_page: PerPageQ = 50) -> dict[str, Any]:
        with store.read() as conn:
            return hsds_api.organizations_page(conn, page, per_page)

    @app.get("/taxonomies", summary="HSDS taxonomies, paginated")
    def taxonomies(_user: UserDep, page: PageQ = 1, per_page: PerPageQ = 50) -> dict[str, Any]:
        with store.read() as conn:
            return hsds_api.taxonomies_page(conn, page, per_page)

    @app.get("/history/{entity}/{entity_id}", summary="Every change of one entry, field by field, who and when")
    def entry_history(entity: str, entity_id: str, user: UserDep) -> dict[str, Any]:
        if entity not in entities():
            raise _error(404, "not_found", "Onbekend soort gegeven.")
        with store.read() as conn:
            changes = history.entry_history(conn, entity, entity_id, user.sees_personal_data)
        return {"entity": entity, "id": entity_id, "changes": changes}

    @app.get(
        "/sync/pull",
        summary="Changes since a cursor (a full download without one), in pages",
        responses={410: {"description": "cursor older than tombstone retention: full resync needed"}},
    )
    def pull(
        user: UserDep,
        cursor: Annotated[str | None, Query(max_length=1000)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
    ) -> dict[str, Any]:
        try:
            page = pull_page(store, cursor, limit, user.sees_personal_data)
        except PayloadError as exc:
            raise _error(400, "bad_cursor", str(exc)) from None
        except ResyncRequired:
            raise _error(
                410, "resync_required", "Volledige synchronisatie nodig: uw laatste synchronisatie is te lang geleden."
            ) from None
        return replace(page, role=user.role).to_json()

    @app.post(
        "/sync/push",
        summary="Apply a batch of edits; one answer per edit (applied, merged, conflict or rejected)",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": TypeAdapter(PushRequest).json_schema(ref_template="#/$defs/{model}")}
                },
            }
        },
    )
    async def push(request: Request, user: UserDep) -> dict[str, Any]:
        body = bytearray()
        async for chunk in request.stream():
            body.extend(chunk)
            if len(body) > MAX_BODY_BYTES:
                raise _error(413, "too_large", "Het verzoek is te groot.")
        try:
            raw = _read_json(bytes(body))
        except UnicodeDecodeError:
            raise _error(400, "bad_encoding", "Het verzoek is geen geldige UTF-8.") from None
        except ValueError:
            raise _error(400, "bad_json", "Het verzoek is geen geldige JSON.") from None
        try:
            batch = PushRequest.from_json(raw)
            edits = [make_edit(e) for e in batch.edits]
        except PayloadError as exc:
            raise HTTPException(
                status_code=422,
                detail={"code": "invalid", "message": f"Ongeldige wijzigingen: {exc}", "problems": exc.problems},
            ) from None
        for e in edits:
            if not user.may_edit(e.entity, e.op):
                raise _error(403, "forbidden", f"Uw rol ({user.role}) mag {e.entity} niet wijzigen.")

        def run() -> list[dict[str, Any]]:
            results = [apply_edit(store, edit, user).to_json() for edit in edits]
            if edits:
                tick(store)
            return results

        results = await run_in_threadpool(run)
        return {"results": results}

    # OpenAPI: the push body schema's $defs live next to it.
    original_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = original_openapi()
            body = schema["paths"]["/sync/push"]["post"]["requestBody"]["content"]["application/json"]["schema"]
            defs = body.pop("$defs", {})
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(defs)
            text = json.dumps(schema).replace("#/$defs/", "#/components/schemas/")
            app.openapi_schema = json.loads(text)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def serve(store: ServerStore, host: str, port: int, *, tick_interval: float = 1.0) -> None:
    """Run the server with uvicorn until stopped (no request bodies or tokens are logged)."""
    import uvicorn

    uvicorn.run(create_app(store, tick_interval=tick_interval), host=host, port=port, log_level="info")
