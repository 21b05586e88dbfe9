"""Every lab as a standalone app, for projecting in a seminar with Voilà.

:func:`write_apps` writes one tiny notebook per lab (whatever
:func:`guaranteelab.labs.available` lists, so labs added later appear without
extra work), plus the seminar kit's crisis game (``crisis_game.ipynb``, from
:mod:`guaranteelab.classroom_app`), which is an app but not a lab. Voilà runs
such a notebook and shows only its output: the controls, figure and readout,
with no code.

Serve them with ``python3 tasks.py apps``, which writes the notebooks to
``build/apps/`` and starts Voilà on them.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["write_apps"]


def write_apps(folder: str | Path) -> dict[str, Path]:
    """Write an app notebook for each lab into ``folder``.

    Parameters
    ----------
    folder
        Created if missing. Existing app notebooks are replaced, and app
        notebooks of labs that no longer exist are removed.

    Returns
    -------
    dict
        Maps each lab's name (and ``"crisis_game"``) to its notebook.
    """
    import nbformat

    from guaranteelab import labs

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for stale in target.glob("*.ipynb"):
        stale.unlink()
    written: dict[str, Path] = {}
    sources = {name: f"from guaranteelab import labs\n\nlabs.{name}()" for name in labs.available()}
    # The seminar kit's crisis game: an app, not a lab (it has buttons, no slider).
    sources["crisis_game"] = "from guaranteelab.classroom_app import crisis_game\n\ncrisis_game()"
    for name in sorted(sources):
        notebook = nbformat.v4.new_notebook(
            metadata={
                "kernelspec": {
                    "display_name": "Python 3 (ipykernel)",
                    "language": "python",
                    "name": "python3",
                },
                "title": name.replace("_", " ").capitalize(),
            }
        )
        notebook.cells = [nbformat.v4.new_code_cell(sources[name])]
        path = target / f"{name}.ipynb"
        nbformat.write(notebook, path)
        written[name] = path
    return written
