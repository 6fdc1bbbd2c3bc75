"""Controllers: the logic between the views, the background tasks and the Qt-free core."""
