"""Every notebook follows the course's structure (see CONTRIBUTING.md)."""

import ast
import re
from pathlib import Path

import nbformat
import pytest

from guaranteelab.course import OUTLINE

NOTEBOOK_DIR = Path(__file__).parents[1] / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
BY_FILENAME = {nb.filename: nb for nb in OUTLINE}
CHECK_KEY = re.compile(r"""check\(\s*["'](\d\d\.\d+)["']""")


def _read(path):
    return nbformat.read(path, as_version=4)


def _headings(notebook):
    return [
        line.strip()
        for cell in notebook.cells
        if cell.cell_type == "markdown"
        for line in cell.source.splitlines()
        if line.startswith("## ")
    ]


def test_there_are_notebooks_and_each_is_in_the_outline():
    assert NOTEBOOKS, "no notebooks found"
    for path in NOTEBOOKS:
        assert path.name in BY_FILENAME, f"{path.name} is not in guaranteelab.course.OUTLINE"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_opening_cell(path):
    first = _read(path).cells[0]
    entry = BY_FILENAME[path.name]
    assert first.cell_type == "markdown"
    assert first.source.splitlines()[0] == f"# {entry.number} · {entry.title}"
    for part in ("**Learning objectives", "**Estimated time:**", "**Prerequisites:**"):
        assert part in first.source, f"opening cell lacks {part}"
    objectives = first.source.split("**Learning objectives")[1].split("**Estimated time")[0]
    assert objectives.count("\n- ") >= 2, "list at least two learning objectives"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_closing_sections_in_order(path):
    headings = _headings(_read(path))
    for required in ("## Summary", "## Exercises", "## Further reading"):
        assert required in headings, f"missing {required}"
    assert (
        headings.index("## Summary")
        < headings.index("## Exercises")
        < headings.index("## Further reading")
    )
    assert headings[-1] == "## Further reading"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_at_least_four_self_checks(path):
    sources = "\n".join(c.source for c in _read(path).cells if c.cell_type == "code")
    keys = set(CHECK_KEY.findall(sources))
    assert len(keys) >= 4
    assert all(key.startswith(path.name[:2] + ".") for key in keys)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_further_reading_gives_full_citations(path):
    cells = _read(path).cells
    reading = next(c.source for c in reversed(cells) if c.source.startswith("## Further reading"))
    items = [line for line in reading.splitlines() if line.startswith("- ")]
    assert len(items) >= 2
    for item in items:
        assert re.search(r"\(\d{4}[a-z]?\)|\d{4}", item), f"no year in: {item}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_clean_and_valid(path):
    notebook = _read(path)
    nbformat.validate(notebook)
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (
                "commit notebooks without outputs"
            )
            ast.parse(
                "\n".join(
                    line
                    for line in cell.source.splitlines()
                    if not line.lstrip().startswith(("%", "!"))
                )
            )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_labs_are_one_call(path):
    for cell in _read(path).cells:
        if cell.cell_type == "code" and re.search(r"\blabs\.\w+\(", cell.source):
            assert len(cell.source.strip().splitlines()) == 1, (
                f"a lab cell should be one call:\n{cell.source}"
            )
