"""A glossary link clicked in a notebook opens the glossary, rendered, at the right entry.

Notebooks link terms as ``[credibility](glossary.md#credibility)``. JupyterLab
opens a Markdown file reached through a link in its Markdown Preview (not the
text editor) and scrolls to the heading whose anchor matches; this test clicks
such a link in a real JupyterLab and checks both. No cell is run.
"""

from __future__ import annotations

import secrets

import pytest

from tests.browser import support
from tests.browser.support import open_page

NOTEBOOK = "02_deterrence_and_credibility.ipynb"
TERM = "credibility"
TOKEN = secrets.token_hex(16)
SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"},
}


@pytest.fixture(scope="module")
def jupyterlab(notebook_copy, tmp_path_factory):
    scratch = tmp_path_factory.mktemp("glossary-lab")
    yield from support.jupyterlab(notebook_copy, SETTINGS, scratch, TOKEN, "glossary-lab")


def test_glossary_link_opens_the_rendered_glossary_at_the_entry(
    browser, jupyterlab, notebook_copy, screenshots
):
    assert (notebook_copy / "glossary.md").is_file()
    errors: list[str] = []
    page = open_page(browser, errors, set())
    try:
        page.goto(
            f"{jupyterlab}/lab/tree/{NOTEBOOK}?reset&token={TOKEN}", wait_until="domcontentloaded"
        )
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        link = panel.locator(f'.jp-RenderedMarkdown a[href*="glossary.md"][href$="#{TERM}"]').first
        link.wait_for(timeout=90_000)
        link.scroll_into_view_if_needed()
        link.click()

        viewer = page.locator(".jp-MarkdownViewer:not(.lm-mod-hidden)")
        # JupyterLab 4 marks headings with data-jupyter-id; older versions used id.
        entry = viewer.locator(f'h2[data-jupyter-id="{TERM}"], h2[id="{TERM}"]')
        entry.wait_for(timeout=60_000)
        assert page.locator(".jp-FileEditor:not(.lm-mod-hidden)").count() == 0, (
            "the glossary opened in the text editor, not rendered"
        )
        # The preview scrolls the entry to the top of the view.
        page.wait_for_function(
            """([viewer, entry]) => {
                const top = document.querySelector(viewer).getBoundingClientRect().top;
                const heading = document.querySelector(entry).getBoundingClientRect().top;
                return heading >= top && heading - top < 150;
            }""",
            arg=[
                ".jp-MarkdownViewer:not(.lm-mod-hidden)",
                f'.jp-MarkdownViewer:not(.lm-mod-hidden) h2[data-jupyter-id="{TERM}"], '
                f'.jp-MarkdownViewer:not(.lm-mod-hidden) h2[id="{TERM}"]',
            ],
            timeout=30_000,
        )
        page.screenshot(path=str(screenshots / "jupyterlab-glossary-link.png"))
        assert entry.inner_text().strip().startswith(TERM)
    finally:
        page.context.close()
