"""The course outline: its notebooks, the models each teaches, and a course map.

:data:`OUTLINE` is the single list of the course's notebooks. Notebook 00
draws it with :func:`course_map`, and the test suite checks that the files in
``notebooks/`` and the README's table of contents agree with it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "FAMILIES",
    "OUTLINE",
    "REPOSITORY",
    "Notebook",
    "binder_url",
    "course_map",
    "nbgitpuller_url",
]

#: The course's public repository on GitHub, as "owner/name". This is the one
#: place to set it when the course is published: the README's Binder badge and
#: JupyterHub recipe must match what the functions below build from it (a test
#: checks them and prints the lines to paste).
REPOSITORY = "OWNER/guaranteelab"
#: The branch learners should get.
BRANCH = "main"

#: The course's parts, in teaching order.
FAMILIES: tuple[str, ...] = (
    "Foundations",
    "Deterrence",
    "Moral hazard",
    "Entanglement",
    "Synthesis",
)


@dataclass(frozen=True)
class Notebook:
    """One notebook of the course.

    Attributes
    ----------
    number
        Two digits, as in the file name.
    slug
        The rest of the file name, without ``.ipynb``.
    title
        As shown in the README and on the course map.
    family
        One of :data:`FAMILIES`.
    models
        Identifiers of the models it teaches (as in the model specification).
    prerequisites
        Numbers of the notebooks to read first.
    """

    number: str
    slug: str
    title: str
    family: str
    models: tuple[str, ...] = ()
    prerequisites: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        return f"{self.number}_{self.slug}.ipynb"


OUTLINE: tuple[Notebook, ...] = (
    Notebook("00", "start_here", "Start here", "Foundations"),
    Notebook("01", "what_is_a_security_guarantee", "What is a security guarantee?", "Foundations", (), ("00",)),
    Notebook("02", "deterrence_and_credibility", "Deterrence and credibility", "Deterrence", ("D1",), ("01",)),
    Notebook("03", "extended_deterrence", "Extended deterrence", "Deterrence", ("D2",), ("02",)),
    Notebook("04", "signalling_resolve", "Signalling resolve", "Deterrence", ("D3", "D5"), ("02",)),
    Notebook("05", "brinkmanship_and_escalation", "Brinkmanship and escalation", "Deterrence", ("D6", "D7"), ("04",)),
    Notebook("06", "credibility_and_reputation", "Credibility and reputation", "Deterrence", ("R1", "R2"), ("03",)),
    Notebook("07", "burden_sharing_and_free_riding", "Burden-sharing and free riding", "Moral hazard", ("M1",), ("01",)),
    Notebook(
        "08", "emboldenment_and_strategic_ambiguity", "Emboldenment and strategic ambiguity", "Moral hazard",
        ("M2", "M3"), ("03",),
    ),
    Notebook("09", "abandonment_and_entrapment", "Abandonment and entrapment", "Entanglement", ("E1", "E2"), ("03",)),
    Notebook(
        "10", "alliance_networks_and_chain_ganging", "Alliance networks and chain-ganging", "Entanglement",
        ("E3",), ("09",),
    ),
    Notebook(
        "11", "domestic_politics_and_credibility", "Domestic politics and credibility", "Synthesis", ("B1",), ("06",)
    ),
    Notebook("12", "designing_a_guarantee", "Designing a guarantee", "Synthesis", (), ("08", "10", "11")),
    Notebook("13", "debates_law_and_arms_control", "Debates, law and arms control", "Synthesis", (), ("12",)),
)  # fmt: skip


def binder_url(repository: str = REPOSITORY, notebook: str = "00_start_here.ipynb") -> str:
    """The Binder address that opens ``notebook`` of the course in JupyterLab.

    >>> binder_url("example/course")
    'https://mybinder.org/v2/gh/example/course/HEAD?urlpath=lab/tree/notebooks/00_start_here.ipynb'
    """
    return f"https://mybinder.org/v2/gh/{repository}/HEAD?urlpath=lab/tree/notebooks/{notebook}"


def nbgitpuller_url(
    hub: str, repository: str = REPOSITORY, notebook: str = "00_start_here.ipynb"
) -> str:
    """An nbgitpuller link that copies the course into a JupyterHub account and opens it.

    Parameters
    ----------
    hub
        The hub's address, e.g. ``"https://hub.example.edu"`` (your university's).

    >>> nbgitpuller_url("https://hub.example.edu", "example/course")[:60]
    'https://hub.example.edu/hub/user-redirect/git-pull?repo=http'
    """
    folder = repository.split("/")[-1]
    query = urlencode(
        {
            "repo": f"https://github.com/{repository}",
            "branch": BRANCH,
            "urlpath": f"lab/tree/{folder}/notebooks/{notebook}",
        },
        quote_via=quote,
        safe="",
    )
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def course_map(available: Iterable[str] | None = None) -> Figure:
    """Draw the course as a map: one column per part, in teaching order.

    Each box names a notebook, the models it teaches and the notebooks to read
    first when they lie in another column.

    Parameters
    ----------
    available
        File names of the notebooks that exist; the others are drawn dashed
        and marked "in preparation". ``None`` draws every notebook as available.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from matplotlib.patches import FancyBboxPatch

    from guaranteelab.plotting import COLORS, new_figure, style

    ready = {nb.filename for nb in OUTLINE} if available is None else set(available)
    colours = dict(
        zip(FAMILIES, ("neutral", "deterrence", "abandonment", "war", "protege"), strict=True)
    )
    column_of = {nb.number: FAMILIES.index(nb.family) for nb in OUTLINE}
    width, height, x_gap, y_gap = 2.2, 1.0, 2.5, 1.25
    figure, ax = new_figure(figsize=(13, 7.2))
    with style():
        for column, family in enumerate(FAMILIES):
            x = column * x_gap
            ax.text(x, 0.95, family, ha="center", va="center", fontsize=14, fontweight="bold")
            members = [nb for nb in OUTLINE if nb.family == family]
            for row, nb in enumerate(members):
                y = -row * y_gap
                colour = COLORS[colours[family]]
                is_ready = nb.filename in ready
                ax.add_patch(
                    FancyBboxPatch(
                        (x - width / 2, y - height / 2), width, height,
                        boxstyle="round,pad=0.02,rounding_size=0.12", facecolor=colour + "30",
                        edgecolor=colour, linewidth=2, linestyle="-" if is_ready else "--",
                    )
                )  # fmt: skip
                lines = textwrap.wrap(f"{nb.number} {nb.title}", 24)
                notes = []
                if nb.models:
                    notes.append("models " + ", ".join(nb.models))
                elsewhere = [p for p in nb.prerequisites if column_of[p] != column]
                if elsewhere:
                    notes.append("after " + ", ".join(elsewhere))
                detail = [" · ".join(notes)] if notes else []
                if not is_ready:
                    detail.append("in preparation")
                ax.text(x, y + 0.12, "\n".join(lines), ha="center", va="center", fontsize=10.5,
                        fontweight="bold")  # fmt: skip
                ax.text(x, y - 0.3, "\n".join(detail), ha="center", va="center", fontsize=9,
                        color=COLORS["ink"])  # fmt: skip
                if row:
                    ax.annotate("", xy=(x, y + height / 2), xytext=(x, y + y_gap - height / 2),
                                arrowprops={"arrowstyle": "->", "color": colour, "lw": 1.5})  # fmt: skip
    deepest = max(sum(nb.family == f for nb in OUTLINE) for f in FAMILIES)
    ax.set_xlim(-width / 2 - 0.1, (len(FAMILIES) - 1) * x_gap + width / 2 + 0.1)
    ax.set_ylim(-(deepest - 1) * y_gap - height / 2 - 0.1, 1.2)
    ax.set_axis_off()
    ax.set_title("Course map: each column is a part of the course, read top to bottom")
    return figure
