"""Test helpers for real processes: the `socialekaart` command, a free loopback port, waiting for a server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def run_cli(*args: str, home: Path | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m socialekaart ARGS` in a new process (optionally with its own user data folder)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    if home is not None:
        env["SOCIALEKAART_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "socialekaart", *args], capture_output=True, text=True, timeout=120, cwd=cwd, env=env
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_serving(url: str, seconds: float = 30.0) -> None:
    """Wait until the server at url answers its OpenAPI document."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/openapi.json", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not start within {seconds} s")
