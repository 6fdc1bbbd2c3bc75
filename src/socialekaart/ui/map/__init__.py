"""The map in the desktop app: MapWidget and the skmap:// scheme, which must be registered before QApplication."""

from socialekaart.ui.map.scheme import register_map_scheme
from socialekaart.ui.map.widget import MapWidget

__all__ = ["MapWidget", "register_map_scheme"]
