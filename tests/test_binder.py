"""Binder's build: repo2docker must turn binder/ into a complete image recipe.

``repo2docker --no-build`` reads the configuration exactly as Binder does and
writes the Dockerfile without needing a Docker engine, so a broken or
incomplete ``binder/`` folder fails here, not on a learner's first launch.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_repo2docker_builds_a_recipe_from_binder_folder():
    repo2docker = shutil.which("repo2docker", path=str(Path(sys.executable).parent))
    assert repo2docker, "install the test extra: it provides jupyter-repo2docker"
    result = subprocess.run(
        [repo2docker, "--no-build", "--debug", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    recipe = result.stdout + result.stderr
    assert "Building conda environment for python=3.11" in recipe
    assert '--file "binder/environment.yml"' in recipe
    assert "./binder/postBuild" in recipe
