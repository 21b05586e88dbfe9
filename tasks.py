#!/usr/bin/env python3
"""Set up and run the course with one command each, on any machine with Python 3.10+.

    python3 tasks.py lab     # install into .venv (first time only) and open the course
    python3 tasks.py test    # install into .venv (first time only) and run every check
    python3 tasks.py apps    # serve every lab as a standalone Voila app (for a projector)
    python3 tasks.py site    # build the static course website into build/book/_build/html
    python3 tasks.py release # student (no worked solutions) and instructor copies in build/release
    python3 tasks.py slides  # a reveal.js slide deck of every notebook in build/slides

The virtual environment lives in ``.venv`` next to this file and is rebuilt
only when ``pyproject.toml`` changes. Nothing is installed outside it. The
browser tests in ``test`` need Debian's Chromium (``apt-get install chromium``);
without it they are skipped locally, and CI installs it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
BUILD = ROOT / "build"
FIRST_NOTEBOOK = "notebooks/00_start_here.ipynb"
TEACHING_FOLDERS = ("notebooks", "problem_sets")
MINIMUM_PYTHON = (3, 10)
EVERYTHING = "course,test,browser,apps,site"


def environment() -> dict[str, str]:
    """This process's environment with the virtual environment's tools first on PATH.

    Jupyter kernels, Voila and Jupyter Book then find the course's Python.
    MPLBACKEND is dropped: the notebook kernels keep their own inline backend, or
    their figures would vanish (unit tests choose Agg in conftest.py instead).
    """
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.pop("MPLBACKEND", None)
    return env


def run(*command: str | Path) -> None:
    """Run a command from the repository root, stopping at the first failure."""
    printable = " ".join(str(part) for part in command)
    print(f"\n$ {printable}", flush=True)
    completed = subprocess.run([str(part) for part in command], cwd=ROOT, env=environment())
    if completed.returncode != 0:
        sys.exit(f"tasks.py: '{printable}' failed with exit code {completed.returncode}")


def ensure_environment(extras: str) -> None:
    """Create .venv and install the package with ``extras`` unless already current."""
    if sys.version_info < MINIMUM_PYTHON:
        sys.exit(f"GuaranteeLab needs Python {'.'.join(map(str, MINIMUM_PYTHON))} or newer")
    stamp = VENV / f".installed-{extras.replace(',', '-')}"
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == fingerprint and PYTHON.exists():
        return
    if not PYTHON.exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        try:
            venv.create(VENV, with_pip=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            sys.exit(
                f"Could not create {VENV} ({exc}). On Debian or Ubuntu install the "
                "python3-venv package first."
            )
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]")
    stamp.write_text(fingerprint)


def lab() -> None:
    """Open the course in JupyterLab at the first notebook."""
    ensure_environment("course")
    # JupyterLab refuses to run as root (common in containers) unless told it may.
    as_root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    run(BIN / "jupyter", "lab", *as_root, FIRST_NOTEBOOK)


def apps() -> None:
    """Serve every lab as a Voila app: controls and figure only, for a projector."""
    ensure_environment("course,apps")
    folder = BUILD / "apps"
    run(PYTHON, "-c", f"from guaranteelab.apps import write_apps; write_apps({str(folder)!r})")
    print(
        "\nEach lab is at http://localhost:8866/voila/render/<lab>.ipynb; the index lists them all."
    )
    run(BIN / "voila", str(folder), "--theme=light")


def write_book(target: Path) -> list[str]:
    """Lay out the website's source in ``target``: the notebooks, the configuration and a
    table of contents listing every notebook in course order (so new ones need no edit),
    then the glossary (``notebooks/glossary.md``), which the notebooks link to."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in ("_config.yml", "intro.md"):
        shutil.copy(ROOT / "book" / name, target / name)
    shutil.copytree(ROOT / "notebooks", target / "notebooks", ignore=shutil.ignore_patterns(".*"))
    chapters = sorted(path.stem for path in (target / "notebooks").glob("*.ipynb"))
    if (target / "notebooks" / "glossary.md").is_file():
        chapters.append("glossary")
    toc = "format: jb-book\nroot: intro\nchapters:\n" + "".join(
        f"  - file: notebooks/{c}\n" for c in chapters
    )
    (target / "_toc.yml").write_text(toc, encoding="utf-8")
    return chapters


def site() -> None:
    """Build the static website, executing every notebook, with warnings as errors."""
    ensure_environment("course,site")
    build_site()


def build_site() -> None:
    source = BUILD / "book"
    write_book(source)
    run(BIN / "jupyter-book", "build", "--all", "-W", "--keep-going", source)
    print(f"\nOpen {source / '_build' / 'html' / 'index.html'} in a browser.")


def release() -> None:
    """Write student and instructor versions of every notebook and problem set."""
    ensure_environment("course")
    write_release()
    print(
        f"\nStudent version: {BUILD / 'release' / 'student'}\nInstructor version: {BUILD / 'release' / 'instructor'}"
    )


def write_release() -> list[Path]:
    run(
        PYTHON, "-c",
        "from guaranteelab.release import write_release; "
        f"write_release({str(BUILD / 'release')!r}, {[str(ROOT / f) for f in TEACHING_FOLDERS]!r})",
    )  # fmt: skip
    return sorted((BUILD / "release" / "student").glob("*/*.ipynb"))


def slides() -> None:
    """Export every notebook as a reveal.js slide deck, executed, into build/slides."""
    ensure_environment("course")
    source = BUILD / "slides" / "source"
    shutil.rmtree(BUILD / "slides", ignore_errors=True)
    run(
        PYTHON, "-c",
        "import nbformat, pathlib; from guaranteelab.release import slide_version; "
        f"out = pathlib.Path({str(source)!r}); out.mkdir(parents=True); "
        f"[nbformat.write(slide_version(nbformat.read(p, as_version=4)), out / p.name) "
        f"for p in sorted(pathlib.Path({str(ROOT / 'notebooks')!r}).glob('*.ipynb'))]",
    )  # fmt: skip
    run(
        BIN / "jupyter", "nbconvert", "--to", "slides", "--execute",
        f"--output-dir={BUILD / 'slides'}", *sorted(source.glob("*.ipynb")),
    )  # fmt: skip
    # The decks link to the glossary at a term's first use; keep it beside them (as plain text).
    for page in (ROOT / "notebooks").glob("*.md"):
        shutil.copy(page, BUILD / "slides" / page.name)
    print(f"\nOpen the .slides.html files in {BUILD / 'slides'} (reveal.js loads from the web).")


def test() -> None:
    """Run every check CI runs: lint, stripped notebooks, unit, property and doctests,
    every notebook on a fresh kernel, browser tests, and the website build."""
    ensure_environment(EVERYTHING)
    notebooks = sorted(
        str(p.relative_to(ROOT))
        for folder in TEACHING_FOLDERS
        for p in (ROOT / folder).glob("*.ipynb")
    )
    run(BIN / "ruff", "check", ".")
    run(BIN / "ruff", "format", "--check", ".")
    run(BIN / "nbstripout", "--verify", *notebooks)
    # The student release must still run: its notebooks join the nbval run.
    student = [str(path.relative_to(ROOT)) for path in write_release()]
    # loadscope keeps each notebook's cells (and each browser-test module) on one worker.
    run(
        PYTHON, "-m", "pytest",
        "-n", "auto", "--dist", "loadscope",
        "--doctest-modules", "guaranteelab",
        "tests",
        "--nbval-lax", "--nbval-current-env", *notebooks, *student,
    )  # fmt: skip
    build_site()


COMMANDS = {
    "lab": lab,
    "test": test,
    "apps": apps,
    "site": site,
    "release": release,
    "slides": slides,
}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in COMMANDS:
        sys.exit(f"usage: python3 tasks.py {{{'|'.join(COMMANDS)}}}")
    COMMANDS[sys.argv[1]]()
