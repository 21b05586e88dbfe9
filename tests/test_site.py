"""The website's source: every notebook in the table of contents, every internal link valid.

The full build (``python3 tasks.py site``, run by the test command with warnings
as errors) executes the notebooks; these checks are the fast part of it.
"""

import re
from pathlib import Path

import nbformat
import yaml

import tasks

ROOT = Path(__file__).parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
LINK = re.compile(r"\]\(([^)#\s]+)(#[^)]*)?\)")


def test_table_of_contents_lists_every_notebook_in_course_order_then_the_glossary(tmp_path):
    chapters = tasks.write_book(tmp_path / "book")
    toc = yaml.safe_load((tmp_path / "book" / "_toc.yml").read_text(encoding="utf-8"))
    assert toc["root"] == "intro"
    assert [entry["file"] for entry in toc["chapters"]] == [
        f"notebooks/{p.stem}" for p in NOTEBOOKS
    ] + ["notebooks/glossary"]
    assert chapters == [p.stem for p in NOTEBOOKS] + ["glossary"]
    for path in [*NOTEBOOKS, ROOT / "notebooks" / "glossary.md"]:
        assert (tmp_path / "book" / "notebooks" / path.name).is_file()


def test_glossary_links_resolve_on_the_website():
    """Links such as glossary.md#credibility need MyST's heading anchors for the glossary's
    entries (level 2 headings); without them the build, with warnings as errors, fails."""
    config = yaml.safe_load((ROOT / "book" / "_config.yml").read_text(encoding="utf-8"))
    assert config["sphinx"]["config"]["myst_heading_anchors"] >= 2


def test_configuration_executes_notebooks_and_prefers_static_figures():
    config = yaml.safe_load((ROOT / "book" / "_config.yml").read_text(encoding="utf-8"))
    assert config["execute"]["execute_notebooks"] == "force"
    assert config["execute"]["allow_errors"] is False
    overrides = config["sphinx"]["config"]["nb_mime_priority_overrides"]
    png = next(priority for builder, mime, priority in overrides if mime == "image/png")
    widget = next(
        priority for builder, mime, priority in overrides if mime.endswith("widget-view+json")
    )
    assert png < widget


def test_internal_links_point_at_existing_files():
    sources = [ROOT / "README.md", ROOT / "book" / "intro.md"]
    for path in sources + NOTEBOOKS:
        if path.suffix == ".ipynb":
            texts = [
                c.source
                for c in nbformat.read(path, as_version=4).cells
                if c.cell_type == "markdown"
            ]
        else:
            texts = [path.read_text(encoding="utf-8")]
        for text in texts:
            for target, _ in LINK.findall(text):
                if "://" in target or target.startswith("mailto:"):
                    continue
                base = path.parent if path.name != "intro.md" else ROOT
                assert (base / target).exists(), f"{path.name} links to missing {target}"
