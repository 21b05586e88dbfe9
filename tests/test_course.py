"""The course outline, the course map and the README's table of contents agree with notebooks/."""

import re
from pathlib import Path

from guaranteelab.course import FAMILIES, OUTLINE, course_map

ROOT = Path(__file__).parents[1]
NOTEBOOKS = {p.name for p in (ROOT / "notebooks").glob("*.ipynb")}


def test_outline_is_numbered_in_order_with_known_prerequisites():
    numbers = [nb.number for nb in OUTLINE]
    assert numbers == [f"{i:02d}" for i in range(len(OUTLINE))]
    for nb in OUTLINE:
        assert nb.family in FAMILIES
        assert all(before < nb.number for before in nb.prerequisites)
        assert re.fullmatch(r"[a-z0-9_]+", nb.slug)


def test_readme_table_of_contents_matches_notebooks_exactly():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    contents = readme.split("## Contents")[1].split("\n## ")[0]
    linked = re.findall(r"\(notebooks/(\d\d_[a-z0-9_]+\.ipynb)\)", contents)
    assert sorted(linked) == sorted(NOTEBOOKS)
    assert linked == sorted(linked), "list the notebooks in course order"
    titles = {nb.filename: nb.title for nb in OUTLINE}
    for name in linked:
        assert f"[{name[:2]} · {titles[name]}](notebooks/{name})" in contents


def test_course_map_marks_notebooks_in_preparation():
    figure = course_map(available=["00_start_here.ipynb"])
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert sum("in preparation" in t for t in texts) == len(OUTLINE) - 1
    assert set(FAMILIES) <= set(texts)
    assert figure.axes[0].get_title()
