"""The course glossary (``notebooks/glossary.md``) and the links to it.

Every notebook links a glossary term at its first use, as
``[text](glossary.md#slug)``. The slug is the headword in lowercase with spaces
replaced by hyphens (``extended deterrence`` -> ``extended-deterrence``), and the
glossary's headings are exactly those lowercase headwords, with no accents or
punctuation other than hyphens. That one scheme gives the same anchor in
JupyterLab's Markdown preview (which keeps a heading's text and swaps spaces
for hyphens) and on the Jupyter Book website (MyST's heading anchors, which
lowercase and drop punctuation). So the entry for protégé is headed ``protege``.

What counts as a use of a term: any form listed for it in :data:`TERMS`
(case does not matter), in the text of a markdown cell. Not counted: headings
(a link is allowed there but a heading never counts as the first use), the
``## Further reading`` cell, LaTeX, code, HTML tags, and the text of links to
anything but the glossary. Where forms overlap, the longest wins: the
"deterrence" inside "extended deterrence" is a use of extended deterrence only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).parents[1]
GLOSSARY = ROOT / "notebooks" / "glossary.md"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

#: Every headword and the forms of it that count as a use in the notebooks.
#: The first form is the headword itself; add a form here when a notebook uses a
#: new one. Forms are matched whole (not inside a longer word) and in any case.
TERMS: dict[str, tuple[str, ...]] = {
    "abandonment": ("abandonment", "abandonments"),
    "alliance": ("alliance", "alliances"),
    "alliance security dilemma": ("alliance security dilemma",),
    "audience cost": ("audience cost", "audience costs", "audience-cost"),
    "balance of power": ("balance of power",),
    "blank cheque": ("blank cheque", "blank cheques"),
    "bluffing": ("bluffing", "bluff", "bluffs", "bluffed", "bluffer", "bluffers"),
    "brinkmanship": ("brinkmanship",),
    "buck-passing": (
        "buck-passing", "buck passing", "pass the buck", "passes the buck",
        "passing the buck", "passed the buck", "passed bucks",
    ),
    "burden sharing": ("burden sharing", "burden-sharing"),
    "capability": ("capability", "capabilities"),
    "casus foederis": ("casus foederis",),
    "chain-ganging": ("chain-ganging", "chain ganging", "chain gang", "chain gangs", "chain-gang"),
    "challenger": ("challenger", "challengers"),
    "cheap talk": ("cheap talk",),
    "collective defence": ("collective defence", "collective-defence"),
    "collective security": ("collective security",),
    "collective self-defence": ("collective self-defence",),
    "compellence": ("compellence", "compellent"),
    "conditional commitment": ("conditional commitment", "conditional commitments"),
    "costly signal": ("costly signal", "costly signals", "costly-signal", "costly signalling"),
    "credibility": ("credibility", "credible"),
    "cross-pressure": ("cross-pressure", "cross-pressured"),
    "defender": ("defender", "defenders"),
    "deterrence": ("deterrence",),
    "deterrence by denial": ("deterrence by denial",),
    "dual deterrence": ("dual deterrence",),
    "emboldenment": ("emboldenment", "embolden", "emboldens", "emboldened", "emboldening"),
    "entanglement": ("entanglement", "entanglements", "entangle", "entangled", "entangling"),
    "entrapment": ("entrapment", "entrap", "entraps", "entrapped"),
    "escape clause": ("escape clause", "escape clauses"),
    "exploitation hypothesis": ("exploitation hypothesis",),
    "extended deterrence": ("extended deterrence", "extended-deterrence"),
    "free riding": (
        "free riding", "free-riding", "free ride", "free-ride", "free rides", "free-rides",
        "free rider", "free riders", "free-rider", "free-riders",
    ),
    "guarantor": ("guarantor", "guarantors"),
    "hub and spoke": ("hub and spoke", "hub-and-spoke"),
    "joint product": ("joint product", "joint products", "joint-product"),
    "moral hazard": ("moral hazard",),
    "nash equilibrium": ("nash equilibrium", "nash equilibria"),
    "nonproliferation": ("nonproliferation", "non-proliferation"),
    "nuclear umbrella": ("nuclear umbrella",),
    "pacta sunt servanda": ("pacta sunt servanda",),
    "perfect bayesian equilibrium": ("perfect bayesian equilibrium", "perfect bayesian equilibria"),
    "protege": ("protege", "proteges", "protégé", "protégés"),
    "public good": ("public good", "public goods"),
    "ratification": ("ratification", "ratify", "ratifies", "ratified"),
    "rebus sic stantibus": ("rebus sic stantibus",),
    "reputation": ("reputation", "reputations", "reputational"),
    "resolve": ("resolve",),
    "security assurance": ("security assurance", "security assurances"),
    "security guarantee": ("security guarantee", "security guarantees"),
    "selection effect": ("selection effect", "selection effects"),
    "sinking costs": ("sinking costs", "sink costs", "sinks costs", "sunk cost", "sunk costs"),
    "status quo": ("status quo", "status-quo"),
    "strategic ambiguity": ("strategic ambiguity",),
    "subgame perfect equilibrium": (
        "subgame perfect equilibrium", "subgame perfect equilibria",
        "subgame-perfect equilibrium", "subgame-perfect equilibria",
    ),
    "tripwire": ("tripwire", "tripwires"),
    "tying hands": ("tying hands", "tie hands", "ties hands"),
    "veto player": ("veto player", "veto players"),
}  # fmt: skip

#: The headwords the course's brief asked for; the glossary may hold more.
REQUIRED = (
    "security guarantee", "security assurance", "alliance", "collective defence",
    "collective self-defence", "casus foederis", "guarantor", "protege", "challenger",
    "deterrence", "extended deterrence", "nuclear umbrella", "credibility", "resolve",
    "capability", "status quo", "audience cost", "tying hands", "sinking costs", "costly signal",
    "cheap talk", "brinkmanship", "tripwire", "reputation", "free riding", "public good",
    "burden sharing", "moral hazard", "emboldenment", "strategic ambiguity",
    "conditional commitment", "abandonment", "entrapment", "entanglement", "chain-ganging",
    "buck-passing", "alliance security dilemma", "veto player", "ratification",
    "nonproliferation", "nash equilibrium", "perfect bayesian equilibrium",
    "subgame perfect equilibrium", "selection effect", "balance of power",
    "pacta sunt servanda", "rebus sic stantibus",
)  # fmt: skip

HEADWORD = re.compile(r"[a-z]+(?:[ -][a-z]+)*")
ENTRY = re.compile(r"^## (.+?)\s*$", re.M)
GLOSSARY_LINK = re.compile(r"glossary\.md#([^)\s]*)\)")
# What is never searched for terms: fenced code, display and inline LaTeX, code
# spans, HTML tags, headings, and links (a link's text is searched only if the
# link points at the glossary).
PROTECTED = re.compile(
    r"```.*?```"
    r"|\$\$.*?\$\$"
    r"|\$[^$\n]+\$"
    r"|`[^`\n]+`"
    r"|<[^>\n]+>"
    r"|^\#[^\n]*$"
    r"|!?\[(?P<text>[^\]\n]*)\]\((?P<target>[^)\s]*)\)",
    re.S | re.M,
)
FORMS = sorted(
    ((form, headword) for headword, forms in TERMS.items() for form in forms),
    key=lambda pair: -len(pair[0]),
)
FORM_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(form) for form, _ in FORMS) + r")(?![\w-])",
    re.I,
)
HEADWORD_OF = {form.lower(): headword for form, headword in FORMS}


def slug(headword: str) -> str:
    """The anchor of a headword: lowercase, spaces replaced by hyphens."""
    return headword.lower().replace(" ", "-")


def glossary_entries() -> list[str]:
    return ENTRY.findall(GLOSSARY.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Use:
    """One use of a glossary term in a notebook's markdown."""

    headword: str
    cell: int
    start: int  # offset in the cell's source
    end: int
    text: str
    linked_to: str | None  # the glossary slug, if the use is the text of a glossary link

    def sentence(self, source: str) -> str:
        before = re.split(r"(?<=[.!?:])\s|\n", source[: self.start])[-1]
        after = re.split(r"(?<=[.!?])\s|\n", source[self.start :])[0]
        return (before + after).strip()


def _segments(source: str):
    """(offset, text, glossary slug or None) for each searchable stretch of ``source``."""
    position = 0
    for token in PROTECTED.finditer(source):
        yield position, source[position : token.start()], None
        target = token.group("target") or ""
        if token.group("text") is not None and target.startswith("glossary.md#"):
            yield token.start("text"), token.group("text"), target.split("#", 1)[1]
        position = token.end()
    yield position, source[position:], None


def markdown_cells(notebook) -> list[tuple[int, str]]:
    """(index, source) of every markdown cell whose terms must be linked."""
    return [
        (index, cell.source)
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "markdown" and not cell.source.startswith("## Further reading")
    ]


def uses(notebook) -> list[Use]:
    """Every use of a glossary term in the notebook's markdown, in reading order."""
    found = []
    for index, source in markdown_cells(notebook):
        for offset, text, linked_to in _segments(source):
            for match in FORM_PATTERN.finditer(text):
                found.append(
                    Use(
                        HEADWORD_OF[match.group(1).lower()],
                        index,
                        offset + match.start(),
                        offset + match.end(),
                        match.group(1),
                        linked_to,
                    )
                )
    return found


def first_uses(notebook) -> dict[str, Use]:
    first: dict[str, Use] = {}
    for use in uses(notebook):
        first.setdefault(use.headword, use)
    return first


def unlinked_first_uses(notebook) -> list[Use]:
    return [use for use in first_uses(notebook).values() if use.linked_to != slug(use.headword)]


# --- the glossary itself -----------------------------------------------------------------


def test_every_term_has_an_entry_and_the_entries_are_alphabetical():
    entries = glossary_entries()
    assert entries, f"{GLOSSARY} has no '## headword' entries"
    missing = sorted(set(TERMS) - set(entries))
    assert not missing, f"glossary.md has no entry ('## headword') for: {missing}"
    unlisted = sorted(set(entries) - set(TERMS))
    assert not unlisted, (
        f"glossary entries {unlisted} are missing from TERMS in tests/test_glossary.py"
    )
    assert set(REQUIRED) <= set(TERMS)
    assert entries == sorted(entries), "glossary entries are not in alphabetical order"
    assert len(entries) == len(set(entries)), "a glossary entry is duplicated"


def test_headwords_give_the_same_anchor_in_jupyterlab_and_jupyter_book():
    for headword in glossary_entries():
        assert HEADWORD.fullmatch(headword), (
            f"glossary heading '## {headword}': use lowercase ASCII words joined by spaces "
            "or hyphens, so that JupyterLab and Jupyter Book give it the same anchor"
        )
        jupyterlab_id = headword.replace(" ", "-")
        myst_id = re.sub(r"[^\w\- ]", "", headword.strip().lower()).replace(" ", "-")
        assert jupyterlab_id == myst_id == slug(headword)


def test_every_entry_defines_its_term_and_names_related_terms():
    text = GLOSSARY.read_text(encoding="utf-8")
    bodies = re.split(r"^## .+$", text, flags=re.M)[1:]
    for headword, body in zip(glossary_entries(), bodies, strict=True):
        assert len(body.split()) >= 20, f"the entry for {headword!r} is too short"
        assert "Related:" in body, f"the entry for {headword!r} names no related terms"
        for target in re.findall(r"\]\(#([^)]*)\)", body):
            assert target in {slug(h) for h in TERMS}, (
                f"the entry for {headword!r} links to #{target}, which is not an entry"
            )


def test_glossary_links_to_notebooks_exist():
    text = GLOSSARY.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+\.ipynb)(?:#[^)]*)?\)", text)
    assert targets, "the glossary links to no notebook"
    for target in targets:
        assert (GLOSSARY.parent / target).is_file(), f"glossary.md links to missing {target}"


# --- the links to it -----------------------------------------------------------------------


def _link_sources() -> list[tuple[str, str]]:
    sources = [
        (path.name, path.read_text(encoding="utf-8"))
        for path in (ROOT / "README.md", ROOT / "book" / "intro.md")
    ]
    for path in NOTEBOOKS:
        for index, cell in enumerate(nbformat.read(path, as_version=4).cells):
            if cell.cell_type == "markdown":
                sources.append((f"{path.name}, cell {index}", cell.source))
    return sources


def test_every_glossary_link_points_at_an_entry():
    anchors = {slug(headword) for headword in glossary_entries()}
    broken = [
        f"{where}: glossary.md#{target}"
        for where, source in _link_sources()
        for target in GLOSSARY_LINK.findall(source)
        if target not in anchors
    ]
    assert not broken, (
        "links to glossary entries that do not exist (the anchor is the headword in "
        "lowercase with spaces replaced by hyphens, e.g. glossary.md#audience-cost):\n"
        + "\n".join(broken)
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_first_use_of_every_term_links_to_the_glossary(path):
    notebook = nbformat.read(path, as_version=4)
    problems = [
        f"- {use.headword!r}: write [{use.text}](glossary.md#{slug(use.headword)}) "
        f"in cell {use.cell}: ...{use.sentence(notebook.cells[use.cell].source)}..."
        + (f" (it links to #{use.linked_to} instead)" if use.linked_to else "")
        for use in unlinked_first_uses(notebook)
    ]
    assert not problems, (
        f"{path.name}: link each glossary term at its first use outside headings "
        "(see tests/test_glossary.py for the forms that count):\n" + "\n".join(problems)
    )


def test_the_glossary_travels_with_the_student_and_instructor_releases(tmp_path):
    from guaranteelab.release import write_release

    written = write_release(tmp_path, [ROOT / "notebooks"])
    for kind, notebooks in written.items():
        copy = tmp_path / kind / "notebooks" / "glossary.md"
        assert copy.read_text(encoding="utf-8") == GLOSSARY.read_text(encoding="utf-8"), kind
        for path in notebooks:
            cells = nbformat.read(path, as_version=4).cells
            if any("glossary.md#" in cell.source for cell in cells):
                assert (path.parent / "glossary.md").is_file()


def test_term_matching_follows_the_documented_rules():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# 99 · Deterrence\n\nA `deterrence` call and $resolve$."),
        nbformat.v4.new_markdown_cell(
            "## Credibility\n\n[Extended deterrence](glossary.md#extended-deterrence) is "
            "harder than deterrence; see [notebook 06 · Credibility](06_x.ipynb). Credible?"
        ),
        nbformat.v4.new_markdown_cell("## Further reading\n\n- A book on brinkmanship."),
    ]
    first = first_uses(notebook)
    assert set(first) == {"extended deterrence", "deterrence", "credibility"}
    assert first["extended deterrence"].linked_to == "extended-deterrence"
    assert first["deterrence"].linked_to is None and first["deterrence"].cell == 1
    assert first["credibility"].text == "Credible"
    assert [use.headword for use in unlinked_first_uses(notebook)] == [
        "deterrence",
        "credibility",
    ]
