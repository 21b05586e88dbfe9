"""Test-wide settings.

Unit tests draw with Agg in this process only: the notebook kernels that nbval
starts keep their own inline backend, or their figures would vanish.
Worked solutions in the notebooks must pass their own self-checks, so the
kernels inherit GUARANTEELAB_STRICT_CHECKS=1 (see guaranteelab.exercises).
"""

import os

import matplotlib
from hypothesis import HealthCheck, settings

matplotlib.use("Agg")
os.environ["GUARANTEELAB_STRICT_CHECKS"] = "1"

settings.register_profile(
    "course", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("course")
