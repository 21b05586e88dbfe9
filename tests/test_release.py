"""Student and instructor releases, and slide decks of the notebooks.

The student release must leak no worked solution and must still run: the test
command executes its notebooks under nbval beside the originals.
"""

from pathlib import Path

import nbformat
import pytest
from nbconvert import SlidesExporter

from guaranteelab.release import (
    PLACEHOLDER,
    SOLUTION_TAG,
    slide_version,
    student_version,
    write_release,
)

ROOT = Path(__file__).parents[1]
FOLDERS = [ROOT / "notebooks", ROOT / "problem_sets"]
SOURCES = sorted(path for folder in FOLDERS for path in folder.glob("*.ipynb"))


def _solution_lines(notebook) -> set[str]:
    """Lines that appear only in worked solutions: the text that must not leak."""
    elsewhere = {
        line.strip()
        for cell in notebook.cells
        if SOLUTION_TAG not in cell.metadata.get("tags", [])
        for line in cell.source.splitlines()
    }
    return {
        line.strip()
        for cell in notebook.cells
        if SOLUTION_TAG in cell.metadata.get("tags", [])
        for line in cell.source.splitlines()
        if len(line.strip()) > 12 and line.strip() not in elsewhere
    }


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    target = tmp_path_factory.mktemp("release")
    return target, write_release(target, FOLDERS)


def test_every_notebook_gets_a_student_and_an_instructor_version(release):
    target, written = release
    assert len(written["student"]) == len(written["instructor"]) == len(SOURCES)
    for source in SOURCES:
        for kind in ("student", "instructor"):
            assert (target / kind / source.parent.name / source.name).is_file()


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_student_version_leaks_no_solution_and_keeps_the_self_checks(release, source):
    target, _ = release
    original = nbformat.read(source, as_version=4)
    student = nbformat.read(target / "student" / source.parent.name / source.name, as_version=4)
    nbformat.validate(student)
    text = "\n".join(cell.source for cell in student.cells)
    assert not any(SOLUTION_TAG in cell.metadata.get("tags", []) for cell in student.cells)
    student_lines = {line.strip() for line in text.splitlines()}
    leaked = sorted(_solution_lines(original) & student_lines)
    assert not leaked, f"solution text in the student version: {leaked[:3]}"
    solutions = sum(SOLUTION_TAG in cell.metadata.get("tags", []) for cell in original.cells)
    assert text.count(PLACEHOLDER) == solutions
    learner_cells = [
        c.source for c in original.cells if "check(" in c.source and "answer = ..." in c.source
    ]
    assert learner_cells and all(cell in text for cell in learner_cells)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_instructor_version_is_the_notebook_itself(release, source):
    target, _ = release
    instructor = nbformat.read(
        target / "instructor" / source.parent.name / source.name, as_version=4
    )
    assert instructor.cells == nbformat.read(source, as_version=4).cells


def test_student_version_does_not_touch_the_original():
    original = nbformat.read(SOURCES[1], as_version=4)
    before = nbformat.writes(original)
    student_version(original)
    assert nbformat.writes(original) == before


@pytest.mark.parametrize(
    "source", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda p: p.name
)
def test_every_notebook_exports_as_a_slide_deck(source):
    slides = slide_version(nbformat.read(source, as_version=4))
    kinds = [cell.metadata["slideshow"]["slide_type"] for cell in slides.cells]
    assert kinds[0] == "slide" and kinds.count("slide") >= 4
    assert all(
        kind == "skip"
        for cell, kind in zip(slides.cells, kinds, strict=True)
        if SOLUTION_TAG in cell.metadata.get("tags", [])
    )
    html, _ = SlidesExporter().from_notebook_node(slides)
    assert "reveal" in html.lower()
    assert html.count("<section") >= kinds.count("slide")
