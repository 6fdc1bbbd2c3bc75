"""Qt item models and UI state over the core's plain DTOs."""
