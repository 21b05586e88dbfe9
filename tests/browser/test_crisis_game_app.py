"""The in-class crisis game as a Voilà app: click through a whole two-round game and check
that only legal moves are offered, the type toggle works, and the results chart appears,
with no console errors."""

from __future__ import annotations

import re
import sys

import nbformat
import pytest

from tests.browser.support import free_port, open_page, serve

IMAGE = "img.widget-image"
SOURCE = "from guaranteelab.classroom_app import crisis_game\n\ncrisis_game(rounds=2)"


@pytest.fixture(scope="module")
def crisis_app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crisis-app")
    notebook = nbformat.v4.new_notebook(
        metadata={
            "kernelspec": {
                "display_name": "Python 3 (ipykernel)",
                "language": "python",
                "name": "python3",
            },
            "title": "Crisis game",
        }
    )
    notebook.cells = [nbformat.v4.new_code_cell(SOURCE)]
    nbformat.write(notebook, folder / "crisis_game.ipynb")
    port = free_port()
    command = [
        sys.executable, "-m", "voila", str(folder), "--no-browser", f"--port={port}",
        "--Voila.ip=127.0.0.1", "--theme=light",
    ]  # fmt: skip
    yield from (
        f"http://127.0.0.1:{port}" for _ in serve(command, port, folder, folder / "voila.log")
    )


def _button(page, label: str):
    """The shown button whose text is exactly ``label`` (hidden buttons are display: none)."""
    return page.locator("button:visible", has_text=re.compile(rf"^\s*{re.escape(label)}\s*$"))


def _click(page, label: str) -> None:
    """Click a button once it is shown."""
    button = _button(page, label)
    button.wait_for(state="visible", timeout=30_000)
    button.click()


def _assert_offered(page, *labels: str) -> None:
    for label in labels:
        _button(page, label).wait_for(state="visible", timeout=30_000)
    for label in ("Challenge", "Keep the status quo", "Resist", "Concede", "Press", "Back down"):
        if label not in labels:
            assert _button(page, label).count() == 0, f"{label!r} is offered but not legal"


def test_crisis_game_app_plays_to_the_results(browser, crisis_app, screenshots, record_property):
    errors: list[str] = []
    external: set[str] = set()
    page = open_page(browser, errors, external)
    try:
        page.goto(f"{crisis_app}/voila/render/crisis_game.ipynb", wait_until="domcontentloaded")
        page.get_by_text("Round 1 of 2").wait_for(timeout=90_000)
        assert "Error displaying widget" not in page.content()
        _assert_offered(page, "Challenge", "Keep the status quo")
        assert page.get_by_text("D's type is hidden").count() == 1
        page.screenshot(path=str(screenshots / "crisis_game-initial.png"), full_page=True)

        _click(page, "Challenge")
        _assert_offered(page, "Resist", "Concede")
        _click(page, "Show type to team D")
        page.get_by_text("Team D only: this round D is").wait_for(timeout=30_000)
        _click(page, "Resist")
        _assert_offered(page, "Press", "Back down")
        _click(page, "Press")
        _button(page, "Fight").wait_for(state="visible", timeout=30_000)
        _click(page, "Fight")

        page.get_by_text("Round 2 of 2").wait_for(timeout=30_000)
        page.get_by_text("D's type is hidden").wait_for(timeout=30_000)
        _click(page, "Keep the status quo")

        page.get_by_text("Game over").wait_for(timeout=30_000)
        page.wait_for_function(
            "selector => (document.querySelector(selector)?.naturalWidth || 0) > 0",
            arg=IMAGE,
            timeout=30_000,
        )
        # The chart's bytes may arrive a moment before its panel is shown.
        page.locator(IMAGE).first.wait_for(state="visible", timeout=30_000)
        page.get_by_text("the model predicts that the challenger").wait_for(timeout=30_000)
        for label in ("Challenge", "Keep the status quo", "Fight", "Yield"):
            assert _button(page, label).count() == 0, "no move is offered after the last round"
        page.screenshot(path=str(screenshots / "crisis_game-results.png"), full_page=True)
        assert "Error displaying widget" not in page.content()
        assert not errors, f"browser console errors: {errors}"
        record_property("external_hosts", sorted(external))
    finally:
        page.context.close()
