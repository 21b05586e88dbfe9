"""Voilà app notebooks: one per lab, plus the classroom crisis game, each a single call."""

import nbformat

from guaranteelab import labs
from guaranteelab.apps import write_apps


def test_one_app_per_lab_and_the_crisis_game(tmp_path):
    (tmp_path / "stale.ipynb").write_text("{}")
    written = write_apps(tmp_path)
    assert set(written) == set(labs.available()) | {"crisis_game"}
    assert sorted(p.name for p in tmp_path.glob("*.ipynb")) == sorted(
        f"{name}.ipynb" for name in written
    )
    for name, path in written.items():
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        (cell,) = notebook.cells
        assert cell.source.strip().endswith(f"{name}()")
