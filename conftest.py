"""Test-wide settings.

Unit tests draw with Agg in this process only: the notebook kernels that nbval
starts keep their own inline backend, or their figures would vanish.
Worked solutions in the notebooks must pass their own self-checks, so the
kernels inherit GUARANTEELAB_STRICT_CHECKS=1 (see guaranteelab.exercises).
"""

import os
import statistics

import matplotlib
from hypothesis import HealthCheck, settings

matplotlib.use("Agg")
os.environ["GUARANTEELAB_STRICT_CHECKS"] = "1"

settings.register_profile(
    "course", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("course")


def pytest_terminal_summary(terminalreporter) -> None:
    """Report the browser tests' slider-to-redraw latency and any external requests.

    The tests record them as properties, which reach the controlling process under
    pytest-xdist too; this hook lives here because that process loads only this conftest.
    """
    latencies, hosts = [], set()
    for report in terminalreporter.stats.get("passed", []):
        for key, value in getattr(report, "user_properties", []):
            if key == "slider_to_redraw_seconds":
                latencies.append(value)
            elif key == "external_hosts":
                hosts.update(value)
    if latencies:
        terminalreporter.write_line(
            f"browser: median slider-to-redrawn-figure time {1000 * statistics.median(latencies):.0f} ms "
            f"over {len(latencies)} slider moves (max {1000 * max(latencies):.0f} ms)"
        )
    if hosts:
        terminalreporter.write_line(
            f"browser: external requests answered locally: {', '.join(sorted(hosts))}"
        )
