"""Every notebook in a real JupyterLab: run all cells, then check that no cell shows an
error and every lab's widget rendered.

JupyterLab is started with user settings of our own: every cell stays in the
page (no windowing, so the page can be inspected whole) and no news is fetched.
After "Run All Cells" the notebook is saved, and the saved copy (in a
temporary folder, never the repository) is read back to check every cell ran
without an error.
"""

from __future__ import annotations

import re
import secrets
import time
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser import support
from tests.browser.support import open_page

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))
LAB_CALL = re.compile(r"\blabs\.\w+\(")
TOKEN = secrets.token_hex(16)
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"},
}


@pytest.fixture(scope="session")
def jupyterlab(notebook_copy, tmp_path_factory):
    scratch = tmp_path_factory.mktemp("lab")
    yield from support.jupyterlab(notebook_copy, SETTINGS, scratch, TOKEN, "lab")


def _lab_cells(notebook) -> int:
    return sum(
        bool(LAB_CALL.search(cell.source)) for cell in notebook.cells if cell.cell_type == "code"
    )


def _accept_default_kernel(page) -> None:
    """JupyterLab sometimes asks which kernel to start; the notebook's own (Python 3) is right."""
    select = page.locator(".jp-Dialog button", has_text="Select")
    try:
        select.wait_for(timeout=5_000)
    except PlaywrightTimeout:
        return
    select.click()


def _menu(page, menu: str, item: str, attempts: int = 3) -> None:
    """Choose a menu item; if the menu did not open (a busy page can drop the click), try again."""
    for attempt in range(attempts):
        page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
        entry = page.locator(".lm-Menu-itemLabel", has_text=item).first
        try:
            entry.wait_for(timeout=20_000)
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
            if attempt == attempts - 1:
                raise
            continue
        entry.click()
        return


def _save_until_all_ran(
    page, path: Path, code_cells: int, timeout: float = 300
) -> nbformat.NotebookNode:
    """Save the notebook every few seconds until the saved copy shows every code cell executed.

    The saved file is the reliable record: collapsed cells show no prompt in the page.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page.wait_for_timeout(2000)
        if page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").count() == 0:
            continue
        _menu(page, "File", "Save Notebook")
        page.wait_for_timeout(500)
        try:
            notebook = nbformat.read(path, as_version=4)
        except (OSError, ValueError):  # caught mid-write
            continue
        counts = [cell.execution_count for cell in notebook.cells if cell.cell_type == "code"]
        if len(counts) == code_cells and all(count is not None for count in counts):
            return notebook
    raise AssertionError("the saved notebook never showed every cell executed")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_cleanly_in_jupyterlab(browser, jupyterlab, notebook_copy, screenshots, path):
    errors: list[str] = []
    page = open_page(browser, errors, set())
    original = nbformat.read(path, as_version=4)
    code_cells = sum(cell.cell_type == "code" for cell in original.cells)
    try:
        # "reset" opens a fresh workspace, so no notebook of an earlier test is restored beside this one.
        page.goto(
            f"{jupyterlab}/lab/tree/{path.name}?reset&token={TOKEN}", wait_until="domcontentloaded"
        )
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        panel.locator(".jp-Cell").first.wait_for(timeout=90_000)
        _accept_default_kernel(page)
        page.wait_for_selector(
            ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000
        )
        _menu(page, "Run", "Run All Cells")
        rendered = panel.locator("img.widget-image")
        saved = _save_until_all_ran(page, notebook_copy / path.name, code_cells)

        failed = [
            f"cell {index}: {output.get('ename')}: {output.get('evalue')}"
            for index, cell in enumerate(saved.cells)
            if cell.cell_type == "code"
            for output in cell.outputs
            if output.output_type == "error"
        ]
        assert not failed, f"cells raised errors: {failed}"
        assert "Error displaying widget" not in panel.inner_text()
        assert rendered.count() == _lab_cells(original), "a lab widget did not render"
        page.screenshot(path=str(screenshots / f"jupyterlab-{path.stem}.png"))
    finally:
        page.context.close()
