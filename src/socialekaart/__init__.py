"""Sociale Kaart: a catalog of the help, places and people in a Dutch gemeente, usable offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("socialekaart")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+unknown"

APP_NAME = "socialekaart"
APP_DISPLAY_NAME = "Sociale Kaart"
