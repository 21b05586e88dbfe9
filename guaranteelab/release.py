"""Student and instructor releases of the course, and slide versions of its notebooks.

Worked solutions sit in cells tagged ``solution``. A *student* release
replaces each with a short placeholder, so a class can be given the notebooks
and problem sets without the answers; the self-checks still work there, since
they live in the package, not in the solution cells. An *instructor* release is
a plain copy. ``python3 tasks.py release`` writes both into ``build/release/``.

:func:`slide_version` marks each notebook's cells for a reveal.js deck (a new
slide at every top-level or section heading, worked solutions left out);
``python3 tasks.py slides`` exports every notebook that way with nbconvert.

This module needs nbformat (installed with JupyterLab); it imports it only when
called, so ``import guaranteelab`` stays light.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["PLACEHOLDER", "SOLUTION_TAG", "slide_version", "student_version", "write_release"]

SOLUTION_TAG = "solution"
PLACEHOLDER_TAG = "solution-removed"
#: What a student sees where a worked solution was.
PLACEHOLDER = (
    "*Worked solution removed in the student version. Use the self-check above "
    "to test your answer, and ask your instructor for the worked solution.*"
)


def _is_solution(cell: Any) -> bool:
    return SOLUTION_TAG in cell.get("metadata", {}).get("tags", [])


def student_version(notebook: Any) -> Any:
    """A copy of ``notebook`` with every cell tagged ``solution`` replaced by a placeholder.

    Parameters
    ----------
    notebook
        An ``nbformat.NotebookNode`` (version 4).

    Returns
    -------
    nbformat.NotebookNode
        The student copy; the input is not modified.

    Examples
    --------
    >>> import nbformat
    >>> notebook = nbformat.v4.new_notebook()
    >>> solution = nbformat.v4.new_code_cell("answer = 42", metadata={"tags": ["solution"]})
    >>> notebook.cells = [nbformat.v4.new_code_cell("answer = ..."), solution]
    >>> [cell.cell_type for cell in student_version(notebook).cells]
    ['code', 'markdown']
    """
    import nbformat

    student = copy.deepcopy(notebook)
    cells = []
    for cell in student.cells:
        if _is_solution(cell):
            placeholder = nbformat.v4.new_markdown_cell(
                PLACEHOLDER, metadata={"tags": [PLACEHOLDER_TAG]}
            )
            if "id" in cell:
                placeholder["id"] = cell["id"]
            cells.append(placeholder)
        else:
            cells.append(cell)
    student.cells = cells
    return student


def write_release(target: str | Path, folders: Iterable[str | Path]) -> dict[str, list[Path]]:
    """Write student and instructor releases of every notebook in ``folders``.

    Parameters
    ----------
    target
        Replaced if it exists; receives ``student/<folder>/`` and
        ``instructor/<folder>/`` for each source folder.
    folders
        Folders of notebooks, e.g. ``notebooks`` and ``problem_sets``.

    Returns
    -------
    dict
        ``{"student": [...], "instructor": [...]}``: the notebooks written. Markdown
        files beside the notebooks (such as the glossary they link to) are copied too.
    """
    import nbformat

    root = Path(target)
    shutil.rmtree(root, ignore_errors=True)
    written: dict[str, list[Path]] = {"student": [], "instructor": []}
    for folder in map(Path, folders):
        for source in sorted(folder.glob("*.ipynb")):
            notebook = nbformat.read(source, as_version=4)
            for kind, version in (("student", student_version(notebook)), ("instructor", notebook)):
                path = root / kind / folder.name / source.name
                path.parent.mkdir(parents=True, exist_ok=True)
                nbformat.write(version, path)
                written[kind].append(path)
        # Markdown pages the notebooks link to (the glossary) travel with them.
        for page in sorted(folder.glob("*.md")):
            for kind in written:
                (root / kind / folder.name).mkdir(parents=True, exist_ok=True)
                shutil.copy(page, root / kind / folder.name / page.name)
    return written


def slide_version(notebook: Any) -> Any:
    """A copy of ``notebook`` marked up as a reveal.js slide deck.

    Every markdown cell that opens with a ``#`` or ``##`` heading starts a new
    slide, a ``###`` heading a sub-slide; worked solutions are skipped; every
    other cell continues the current slide.

    Examples
    --------
    >>> import nbformat
    >>> notebook = nbformat.v4.new_notebook()
    >>> notebook.cells = [nbformat.v4.new_markdown_cell("# Title"), nbformat.v4.new_code_cell("1 + 1")]
    >>> [cell.metadata["slideshow"]["slide_type"] for cell in slide_version(notebook).cells]
    ['slide', '-']
    """
    slides = copy.deepcopy(notebook)
    for cell in slides.cells:
        first_line = cell.source.lstrip().splitlines()[0] if cell.source.strip() else ""
        if _is_solution(cell):
            kind = "skip"
        elif cell.cell_type == "markdown" and first_line.startswith(("# ", "## ")):
            kind = "slide"
        elif cell.cell_type == "markdown" and first_line.startswith("### "):
            kind = "subslide"
        else:
            kind = "-"
        cell.metadata["slideshow"] = {"slide_type": kind}
    return slides
