"""Every lab as a Voilà app: move a slider with the keyboard, change another control,
and check that the figure and the readout follow, with no console errors."""

from __future__ import annotations

import sys
import time

import pytest

from guaranteelab import labs
from guaranteelab.apps import write_apps
from tests.browser.support import free_port, open_page, serve

LABS = sorted(labs.available())
IMAGE = "img.widget-image"
READOUT = ".widget-html-content"


@pytest.fixture(scope="session")
def voila(tmp_path_factory):
    folder = tmp_path_factory.mktemp("apps")
    write_apps(folder)
    port = free_port()
    command = [
        sys.executable, "-m", "voila", str(folder), "--no-browser", f"--port={port}",
        "--Voila.ip=127.0.0.1", "--theme=light",
    ]  # fmt: skip
    yield from (
        f"http://127.0.0.1:{port}" for _ in serve(command, port, folder, folder / "voila.log")
    )


def _image(page) -> str:
    return page.locator(IMAGE).first.get_attribute("src") or ""


def _readout(page) -> str:
    return "\n".join(page.locator(READOUT).all_inner_texts())


def _changed(
    page, before_image: str, before_text: str, timeout: float = 20.0
) -> tuple[bool, bool, float]:
    """Wait until the figure (and then the readout) differ; return what changed and when."""
    start = time.perf_counter()
    deadline = start + timeout
    image_changed = text_changed = False
    elapsed = timeout
    while time.perf_counter() < deadline and not (image_changed and text_changed):
        if not image_changed and _image(page) != before_image:
            image_changed, elapsed = True, time.perf_counter() - start
        text_changed = text_changed or _readout(page) != before_text
        page.wait_for_timeout(10)
    return image_changed, text_changed, elapsed


def _settle(page, quiet: float = 0.6, timeout: float = 15.0) -> None:
    """Wait until the figure and the readout have stopped changing (updates can trail a key press)."""
    last = (_image(page), _readout(page))
    calm_since = time.perf_counter()
    deadline = calm_since + timeout
    while time.perf_counter() < deadline and time.perf_counter() - calm_since < quiet:
        page.wait_for_timeout(50)
        now = (_image(page), _readout(page))
        if now != last:
            last, calm_since = now, time.perf_counter()


def _move_first_slider(page) -> tuple[bool, bool, float]:
    """Press an arrow key on the first slider handle; go left instead if it sits at its maximum."""
    handle = page.locator(".noUi-handle").first
    for key in ("ArrowRight", "ArrowLeft"):
        before_image, before_text = _image(page), _readout(page)
        handle.focus()
        page.keyboard.press(key)
        image_changed, text_changed, elapsed = _changed(page, before_image, before_text, timeout=8)
        if image_changed or text_changed:
            return image_changed, text_changed, elapsed
    return False, False, 0.0


def _change_another_control(page) -> bool:
    """Change a drop-down, a checkbox or a second slider; report whether the figure or text moved."""
    before_image, before_text = _image(page), _readout(page)
    menus = page.locator("select")
    if menus.count():
        menu = menus.first
        options = menu.locator("option").all_inner_texts()
        current = menu.evaluate("element => element.options[element.selectedIndex].text")
        menu.select_option(label=next(o for o in reversed(options) if o != current))
    elif page.locator("input[type=checkbox]").count():
        page.locator("input[type=checkbox]").first.click()
    else:
        handle = page.locator(".noUi-handle").nth(1)
        handle.focus()
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("ArrowLeft")
    image_changed, text_changed, _ = _changed(page, before_image, before_text, timeout=15)
    return image_changed or text_changed


@pytest.mark.parametrize("name", LABS)
def test_lab_app_responds_to_its_controls(browser, voila, screenshots, record_property, name):
    errors: list[str] = []
    external: set[str] = set()
    page = open_page(browser, errors, external)
    try:
        page.goto(f"{voila}/voila/render/{name}.ipynb", wait_until="domcontentloaded")
        page.wait_for_selector(IMAGE, timeout=90_000)
        page.wait_for_function(
            "selector => (document.querySelector(selector)?.naturalWidth || 0) > 0",
            arg=IMAGE,
            timeout=30_000,
        )
        assert "Error displaying widget" not in page.content()
        assert page.locator(".noUi-handle").count() >= 1, "every lab has at least one slider"
        page.screenshot(path=str(screenshots / f"{name}-initial.png"), full_page=True)

        image_changed, text_changed, elapsed = _move_first_slider(page)
        assert image_changed, "moving the slider did not redraw the figure"
        assert text_changed, "moving the slider did not change the readout"
        record_property("slider_to_redraw_seconds", elapsed)
        _settle(page)

        assert _change_another_control(page), (
            "a second control changed neither the figure nor the readout"
        )
        _settle(page)
        page.screenshot(path=str(screenshots / f"{name}-after.png"), full_page=True)
        assert not errors, f"browser console errors: {errors}"
        record_property("external_hosts", sorted(external))
    finally:
        page.context.close()
