"""Drive the timeline lab of notebook 01 as a learner would."""

import pytest

from guaranteelab import cases, labs


@pytest.fixture(scope="module")
def lab():
    return labs.timeline()


def _visible(lab):
    return [bar for bar in lab.view.bars if bar.get_visible()]


def test_starts_with_every_guarantee(lab):
    table = cases.load_guarantees()
    assert len(_visible(lab)) == len(table)
    assert f"{len(table)} of {len(table)}" in lab.readout.value
    assert lab.error is None


def test_era_filter_hides_and_restacks_bars(lab):
    lab.set(era=(1947, 1991), type="all", outcome="all", tested_only=False)
    expected = cases.filter_guarantees(cases.load_guarantees(), era=(1947, 1991))
    visible = _visible(lab)
    assert len(visible) == len(expected)
    assert sorted(bar.get_y() + 0.35 for bar in visible) == pytest.approx(range(len(expected)))
    labels = [t.get_text() for t in lab.view.ax.get_yticklabels()]
    assert labels == list(expected["short_name"])
    assert lab.view.ax.get_xlim() == (1945, 1993)


def test_type_and_outcome_filters(lab):
    lab.set(era=(1839, 2026), type="security_assurance", outcome="all", tested_only=False)
    assert [t.get_text() for t in lab.view.ax.get_yticklabels()] == ["Budapest Memorandum"]
    assert "Budapest Memorandum" in lab.readout.value
    lab.set(type="all", outcome="not_honoured")
    assert "Locarno" in lab.readout.value


def test_an_empty_selection_says_so(lab):
    lab.set(era=(1839, 1850), type="security_partnership", outcome="all")
    assert _visible(lab) == [] and lab.view.empty_note.get_visible()
    assert "0 of" in lab.readout.value and lab.error is None


def test_tested_only(lab):
    lab.set(era=(1839, 2026), type="all", outcome="all", tested_only=True)
    table = cases.load_guarantees()
    assert len(_visible(lab)) == int((table["invoked_or_tested"] != "no").sum())


def test_never_fails_at_any_setting_of_any_control(lab):
    """Every option of every control, the others at values that make the selection tight."""
    lab.set(era=(1900, 1950), type="all", outcome="all", tested_only=True)
    for name in ("type", "outcome"):
        for _, value in lab.controls[name].options:
            lab.set(**{name: value})
            assert lab.error is None
        lab.set(**{name: "all"})
    for era in [(1839, 1839), (1839, 2026), (2026, 2026), (1914, 1918)]:
        lab.set(era=era)
        assert lab.error is None
