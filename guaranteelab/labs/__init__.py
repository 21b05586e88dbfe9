"""Interactive labs: ipywidgets controls wired to the course's model functions.

Each lab is one call in a notebook, for example ``guaranteelab.labs.timeline()``.
A lab is a :class:`~guaranteelab.labs._core.Lab`: controls, a figure whose
artists are updated in place, and a text readout. Labs hold no model maths;
they call the library's model functions and draw what comes back.

Lab modules import matplotlib and ipywidgets, so this package loads them only
when a lab is first asked for: ``import guaranteelab`` stays light.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any


def _lab_modules() -> list[str]:
    """Names of the lab modules in this package (every public, non-underscore module)."""
    return sorted(
        info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")
    )


def available() -> dict[str, str]:
    """Map each lab's name to the module that defines it.

    >>> "timeline" in available()
    True
    """
    found: dict[str, str] = {}
    for module_name in _lab_modules():
        module = importlib.import_module(f"{__name__}.{module_name}")
        for lab_name in getattr(module, "__all__", ()):
            found[lab_name] = module.__name__
    return found


def __getattr__(name: str) -> Callable[..., Any]:
    # Resolve ``labs.<name>`` lazily so the package import stays free of matplotlib.
    if name.startswith("_"):
        raise AttributeError(name)
    module_name = available().get(name)
    if module_name is None:
        raise AttributeError(f"guaranteelab.labs has no lab named {name!r}; see labs.available()")
    return getattr(importlib.import_module(module_name), name)
