"""Real-browser tests: Debian's Chromium driven by Playwright against local servers.

Locally the tests skip, saying how to enable them, when Chromium is missing; in
CI (``CI=true``) they never skip. Servers run on a temporary copy of the
notebooks, so JupyterLab's autosave can never write outputs into the repository.
Every request leaves only for 127.0.0.1: requests for anything else (Voilà's
page template asks a CDN for an icon font) are answered locally with an empty
response, since these machines have no internet, and listed in the summary.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ENABLE_HINT = (
    "Chromium not found at /usr/bin/chromium: install Debian's package "
    "(sudo apt-get install -y chromium) to run the browser tests"
)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(ENABLE_HINT + " (CI must run them, not skip)")
        pytest.skip(ENABLE_HINT)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def notebook_copy(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("course")
    shutil.copytree(ROOT / "notebooks", folder / "notebooks")
    return folder / "notebooks"


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")
