"""Where things live: the user's catalog (platformdirs), and the data shipped with the app (demo, taxonomy)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from socialekaart import APP_NAME

_SOURCE_DATA = Path(__file__).resolve().parents[2] / "data"
_SOURCE_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def user_data_dir() -> Path:
    """The per-user folder for the catalog and settings (SOCIALEKAART_HOME overrides it, e.g. in tests)."""
    override = os.environ.get("SOCIALEKAART_HOME")
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_catalog_path() -> Path:
    """The user's own catalog file."""
    return user_data_dir() / "catalog.sqlite"


def data_dir() -> Path:
    """The shipped data folder (demo catalog, taxonomies, thesaurus, boundaries)."""
    override = os.environ.get("SOCIALEKAART_DATA_DIR")
    return Path(override) if override else _SOURCE_DATA


def resources_dir() -> Path:
    """The shipped resources folder (icons, translations, map assets)."""
    return _SOURCE_RESOURCES


def demo_package() -> Path:
    """The demo catalog's HSDS data package."""
    return data_dir() / "demo" / "oosterhout"
