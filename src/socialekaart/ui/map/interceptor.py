"""Refuses every request of the map page that would leave the process (only skmap:, data: and tiles if enabled)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from socialekaart.mapview.page import SCHEME

LOCAL_SCHEMES = frozenset({SCHEME, "data", "blob", "about"})


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks all outside requests, except HTTPS to the tile host when online tiles are switched on.

    `outside` records every request that would leave the process (allowed or not), `blocked` the refused ones.
    """

    def __init__(
        self, allowed_hosts: frozenset[str] = frozenset(), parent: QObject | None = None, *, allow_files: bool = False
    ) -> None:
        super().__init__(parent)
        self.allowed_hosts = allowed_hosts
        # Only for opening an exported HTML file from disk; the map widget itself never loads file: URLs.
        self.local_schemes = LOCAL_SCHEMES | ({"file"} if allow_files else set())
        self.outside: list[str] = []
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        scheme = url.scheme().lower()
        if scheme in self.local_schemes:
            return
        text = url.toString()
        self.outside.append(text)
        if scheme == "https" and url.host().lower() in self.allowed_hosts and not url.userInfo():
            return
        self.blocked.append(text)
        info.block(True)
