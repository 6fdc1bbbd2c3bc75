"""The user's settings (language, remembered area, window geometry, map and sync) in an INI file via QSettings."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from socialekaart import APP_NAME

LANGUAGES = ("nl", "en")
# Months after which an unchecked entry is marked (as catalog.queries.STALE_AFTER_MONTHS, without loading it).
STALE_AFTER_MONTHS = 12
# Minutes between background syncs when nothing else asks for one.
DEFAULT_SYNC_MINUTES = 15


def settings_path() -> Path:
    """The INI file: in the user config dir, or in SOCIALEKAART_HOME when that is set (tests, portable use)."""
    override = os.environ.get("SOCIALEKAART_HOME")
    folder = Path(override) if override else platformdirs.user_config_path(APP_NAME, appauthor=False)
    return folder / "settings.ini"


SENDER_KEYS = ("organisation", "worker", "phone", "email")


class AppSettings:
    """Typed access to the settings; every setter writes through to the file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _str(self, key: str, default: str = "") -> str:
        value = self._q.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def language(self) -> str:
        lang = self._str("ui/language", "nl")
        return lang if lang in LANGUAGES else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value if value in LANGUAGES else "nl")

    @property
    def area_code(self) -> str | None:
        return self._str("filters/area_code") or None

    @area_code.setter
    def area_code(self, value: str | None) -> None:
        self._q.setValue("filters/area_code", value or "")

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._q.setValue("window/splitter", value)

    @property
    def last_catalog(self) -> Path | None:
        value = self._str("catalog/last_path")
        return Path(value) if value else None

    @last_catalog.setter
    def last_catalog(self, value: Path | None) -> None:
        self._q.setValue("catalog/last_path", str(value) if value else "")

    @property
    def online_map(self) -> bool:
        """Online background tiles on the map (off by default: the map works offline)."""
        return self._str("map/online_tiles", "false") == "true"

    @online_map.setter
    def online_map(self, value: bool) -> None:
        self._q.setValue("map/online_tiles", "true" if value else "false")

    @property
    def tile_source(self) -> tuple[str, str]:
        """(XYZ URL template, attribution) of "Straten offline ophalen"; ("", "") = the default (PDOK BRT)."""
        return self._str("map/tile_url").strip(), self._str("map/tile_attribution").strip()

    @tile_source.setter
    def tile_source(self, value: tuple[str, str]) -> None:
        self._q.setValue("map/tile_url", value[0])
        self._q.setValue("map/tile_attribution", value[1])

    @property
    def offline_zooms(self) -> tuple[int, ...] | None:
        """The zoom levels fetched for offline streets ("12-16"; at most 0 to 18); None = the default."""
        low, _sep, high = self._str("map/offline_zooms").strip().partition("-")
        try:
            first, last = int(low), int(high or low)
        except ValueError:
            return None
        first, last = sorted((max(0, min(first, 18)), max(0, min(last, 18))))
        return tuple(range(first, last + 1))

    @offline_zooms.setter
    def offline_zooms(self, value: tuple[int, ...] | None) -> None:
        self._q.setValue("map/offline_zooms", f"{min(value)}-{max(value)}" if value else "")

    @property
    def sync_server(self) -> str:
        """The sync server's URL ("" = sync not set up). The token is not here: see socialekaart.sync.tokens."""
        return self._str("sync/server").strip()

    @sync_server.setter
    def sync_server(self, value: str) -> None:
        self._q.setValue("sync/server", value.strip())

    @property
    def sync_minutes(self) -> int:
        try:
            minutes = int(self._str("sync/interval_minutes", str(DEFAULT_SYNC_MINUTES)))
        except ValueError:
            return DEFAULT_SYNC_MINUTES
        return minutes if 1 <= minutes <= 24 * 60 else DEFAULT_SYNC_MINUTES

    @sync_minutes.setter
    def sync_minutes(self, value: int) -> None:
        self._q.setValue("sync/interval_minutes", str(int(value)))

    @property
    def user_email(self) -> str:
        """The user's work e-mail address, recorded with "klopt nog" (HSDS assurer_email); "" = the login name."""
        return self._str("editing/email").strip()

    @user_email.setter
    def user_email(self, value: str) -> None:
        self._q.setValue("editing/email", value.strip())

    @property
    def stale_months(self) -> int:
        """Months after which an entry nobody checked gets a marker in the result list (default 12)."""
        try:
            months = int(self._str("editing/stale_months", str(STALE_AFTER_MONTHS)))
        except ValueError:
            return STALE_AFTER_MONTHS
        return months if 1 <= months <= 120 else STALE_AFTER_MONTHS

    @stale_months.setter
    def stale_months(self, value: int) -> None:
        self._q.setValue("editing/stale_months", str(int(value)))

    @property
    def handout_sender(self) -> tuple[str, str, str, str]:
        """The worker's own organisation, name, phone and e-mail for the foot of a handout (never the resident's)."""
        return tuple(self._str(f"handout/{k}").strip() for k in SENDER_KEYS)  # type: ignore[return-value]

    @handout_sender.setter
    def handout_sender(self, value: tuple[str, str, str, str]) -> None:
        for key, text in zip(SENDER_KEYS, value, strict=True):
            self._q.setValue(f"handout/{key}", text.strip())

    def sync(self) -> None:
        """Flush to disk now."""
        self._q.sync()
