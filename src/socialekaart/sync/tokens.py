"""Where the personal sync token is kept: the OS keyring, or else a file only the user can read."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from socialekaart.errors import UserFacingError
from socialekaart.paths import user_data_dir

SERVICE = "socialekaart-sync"


class TokenFileError(UserFacingError):
    """The file a token was kept in (where there is no keyring) cannot be read; the message is Dutch."""


def _fallback_path(server: str) -> Path:
    digest = hashlib.sha256(server.rstrip("/").encode()).hexdigest()[:16]
    return user_data_dir() / "tokens" / f"{digest}.token"


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring):
        return False
    return not type(backend).__module__.startswith("keyring.backends.null")


def save_token(server: str, token: str) -> str:
    """Store the token for a server; returns where (Dutch, for the user)."""
    if _keyring_usable():
        import keyring

        try:
            keyring.set_password(SERVICE, server.rstrip("/"), token)
            return "de sleutelbos van het besturingssysteem"
        except Exception:  # a locked or broken keyring: fall back to the file
            pass
    path = _fallback_path(server)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token)
        os.chmod(path, 0o600)
    except OSError as exc:
        raise TokenFileError(f"Het tokenbestand {path} kan niet worden geschreven ({exc.strerror or exc}).") from None
    return f"het bestand {path} (alleen leesbaar voor u; er is geen sleutelbos beschikbaar)"


def load_token(server: str) -> str | None:
    """The stored token for a server, or None."""
    if _keyring_usable():
        import keyring

        try:
            value = keyring.get_password(SERVICE, server.rstrip("/"))
        except Exception:
            value = None
        if value:
            return value
    path = _fallback_path(server)
    try:
        if not path.is_file():
            return None
        return path.read_text(encoding="utf-8").strip() or None
    except UnicodeDecodeError:
        raise TokenFileError(f"Het tokenbestand {path} is beschadigd.") from None
    except OSError as exc:
        raise TokenFileError(f"Het tokenbestand {path} kan niet worden gelezen ({exc.strerror or exc}).") from None


def read_token_file(path: Path) -> str:
    """The token in a file (first line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[0].strip() if lines else ""
