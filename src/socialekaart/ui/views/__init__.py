"""Layout-only widgets: they show what controllers hand them and expose their controls; no catalog logic."""
