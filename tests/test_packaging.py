"""Install routes stay in step: pyproject, conda, Binder, the README and CI."""

import subprocess
import sys
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.version import Version

from guaranteelab.course import binder_url, nbgitpuller_url

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NOT_PACKAGES = {"python", "pip"}


def _pyproject_requirements() -> dict[str, Requirement]:
    listed = (
        PYPROJECT["project"]["dependencies"]
        + PYPROJECT["project"]["optional-dependencies"]["course"]
    )
    return {Requirement(text).name.lower(): Requirement(text) for text in listed}


def _conda(path: Path) -> tuple[dict[str, str], list]:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert spec["channels"] == ["conda-forge"]
    packages, pip = {}, []
    for item in spec["dependencies"]:
        if isinstance(item, dict):
            pip = item["pip"]
            continue
        name, _, rest = (
            item.partition("=") if "=" in item and ">=" not in item else item.partition(">=")
        )
        packages[name.strip().lower()] = rest.lstrip("=")
    return packages, pip


def test_conda_environment_names_the_same_dependencies_with_the_same_floors():
    packages, pip = _conda(ROOT / "environment.yml")
    requirements = _pyproject_requirements()
    assert set(packages) - NOT_PACKAGES == set(requirements)
    for name, floor in packages.items():
        if name not in NOT_PACKAGES:
            assert f">={floor}" == str(requirements[name].specifier), name
    assert pip == ["-e ."]


def test_binder_pins_exact_versions_that_satisfy_pyproject():
    packages, _ = _conda(ROOT / "binder" / "environment.yml")
    requirements = _pyproject_requirements()
    assert set(packages) - NOT_PACKAGES == set(requirements)
    for name, requirement in requirements.items():
        assert requirement.specifier.contains(Version(packages[name])), (
            f"{name}={packages[name]} breaks {requirement}"
        )
    python_floor = PYPROJECT["project"]["requires-python"].removeprefix(">=")
    assert Version(packages["python"]) >= Version(python_floor)


def test_binder_post_build_installs_the_package_and_stops_on_errors():
    script = (ROOT / "binder" / "postBuild").read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash") and "\nset -e\n" in script
    assert "pip install" in script and "-e ." in script
    assert (ROOT / "binder" / "postBuild").stat().st_mode & 0o111


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 tasks.py test" in readme and "python3 tasks.py lab" in readme
    assert ci.strip().splitlines()[-1] == "exec python3 tasks.py test"


def test_readme_launch_links_are_built_from_the_one_repository_setting():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    binder_line = f"[binder]: {binder_url()}"
    hub_link = nbgitpuller_url("https://<your-hub>")
    assert binder_line in readme, f"update the README's Binder link to:\n{binder_line}"
    assert hub_link in readme, f"update the README's JupyterHub recipe to:\n{hub_link}"


def test_licences_and_citation_exist():
    for name in ("LICENSE", "LICENSE-CONTENT.md", "CITATION.cff"):
        assert (ROOT / name).is_file(), name
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["version"] == PYPROJECT["project"]["version"]
    assert "CC BY 4.0" in (ROOT / "LICENSE-CONTENT.md").read_text(encoding="utf-8")


def test_importing_the_package_loads_neither_matplotlib_nor_ipywidgets():
    """Only the widget modules (labs, the plotting style, the classroom app) may load them."""
    code = (
        "import sys, guaranteelab, guaranteelab.cases, guaranteelab.course, guaranteelab.exercises, "
        "guaranteelab.labs;"
        "import pkgutil, importlib;"
        "[importlib.import_module('guaranteelab.' + m.name) for m in pkgutil.iter_modules(guaranteelab.__path__)"
        " if m.name not in ('labs', 'plotting', 'classroom_app')];"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'ipywidgets'));"
        "print(heavy); sys.exit(bool(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, (
        f"heavy imports at package import: {result.stdout}{result.stderr}"
    )
