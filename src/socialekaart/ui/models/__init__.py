"""Qt item models over the plain results of the workspace use cases."""
