"""Helpers for the browser tests: local servers and pages that stay on this machine."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    """Wait until a TCP connect succeeds (cheaper and safer than an HTTP request)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{log.read_text(errors='replace')[-3000:]}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(
        f"server did not open port {port}:\n{log.read_text(errors='replace')[-3000:]}"
    )


def serve(
    command: list[str], port: int, folder: Path, log: Path, extra_env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen]:
    """Run a server in its own process group; stop the whole group afterwards."""
    env = {**os.environ, **(extra_env or {})}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("MPLBACKEND", None)
    with log.open("w") as output:
        process = subprocess.Popen(
            command,
            cwd=folder,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for_port(port, process, log)
        yield process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def jupyterlab(
    root: Path, settings: dict[str, dict], scratch: Path, token: str, name: str
) -> Iterator[str]:
    """Run JupyterLab on ``root`` with our own user settings; yield its address.

    ``settings`` maps a settings file (``"@jupyterlab/…/x.jupyterlab-settings"``) to
    its values; ``scratch`` is an empty folder for the settings and workspaces, and
    ``name`` names the server's log beside ``root``.
    """
    for file, values in settings.items():
        (scratch / "settings" / file).parent.mkdir(parents=True, exist_ok=True)
        (scratch / "settings" / file).write_text(json.dumps(values))
    (scratch / "workspaces").mkdir(exist_ok=True)
    port = free_port()
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}",
        "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        f"--LabApp.workspaces_dir={scratch / 'workspaces'}",
    ]  # fmt: skip
    env = {"JUPYTERLAB_SETTINGS_DIR": str(scratch / "settings")}
    for _ in serve(command, port, root, root.parent / f"{name}.log", env):
        yield f"http://127.0.0.1:{port}"


def open_page(browser, errors: list[str], external: set[str]):
    """A page that records console errors and keeps every request on this machine.

    Requests for anything but 127.0.0.1 are answered with an empty response and
    their hosts added to ``external``.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    # Generous: CI runs these beside the notebook tests on two cores, and JupyterLab
    # can take a while to answer a click while kernels are busy.
    page.set_default_timeout(120_000)

    def keep_local(route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            external.add(url.split("/")[2])
            route.fulfill(
                status=200,
                body="",
                content_type="text/css" if url.endswith(".css") else "text/plain",
            )

    page.route("**/*", keep_local)
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda exception: errors.append(f"page error: {exception}"))
    return page
