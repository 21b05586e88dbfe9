"""Drive the entanglement labs of notebooks 09 and 10 as a learner would."""

import itertools

import numpy as np
import pytest
from matplotlib.colors import to_rgb

from guaranteelab import entanglement as ent
from guaranteelab import labs
from guaranteelab.labs import entanglement as lab_module
from guaranteelab.plotting import COLORS

# ---------------------------------------------------------------------------
# alliance_dilemma (E1)
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dilemma():
    return labs.alliance_dilemma()


def test_dilemma_draws_the_model(dilemma):
    dilemma.set(realignment=0.8, recklessness=0.4, dependence=1.0, divergence=1.0)
    view = dilemma.view
    s = view.support
    assert view.loss_line.get_ydata() == pytest.approx(ent.alliance_loss(s, 0.8, 0.4, 1.0, 1.0))
    assert view.abandonment_line.get_ydata() == pytest.approx(0.8 * (1 - s) ** 2)
    assert view.entrapment_line.get_ydata() == pytest.approx(0.4 * s**2)
    (x, y) = view.optimum.get_offsets()[0]
    assert x == pytest.approx(2 / 3) and y == pytest.approx(0.8 * 0.4 / 1.2)
    assert "s* = 0.667" in dilemma.readout.value
    assert dilemma.error is None


def test_dilemma_marked_optimum_is_the_lowest_drawn_point(dilemma):
    dilemma.set(realignment=1.3, recklessness=0.7, dependence=2.0, divergence=0.5)
    loss = dilemma.view.loss_line.get_ydata()
    x, y = dilemma.view.optimum.get_offsets()[0]
    assert y <= loss.min() + 1e-12
    assert abs(x - dilemma.view.support[np.argmin(loss)]) <= 0.005


def test_dilemma_bipolarity(dilemma):
    dilemma.set(realignment=0.0, recklessness=0.4, dependence=1.0, divergence=1.0)
    assert dilemma.view.optimum.get_offsets()[0][0] == 0.0
    assert "bipolarity" in dilemma.readout.value and dilemma.error is None


def test_dilemma_no_entrapment_weight_means_full_support_whatever_alpha(dilemma):
    """With ε = 0 (y = 0) s* = 1 and L* = 0 for every α > 0: no advice to lower α."""
    dilemma.set(realignment=1.0, recklessness=0.0, dependence=3.0, divergence=3.0)
    assert dilemma.error is None
    assert dilemma.view.optimum.get_offsets()[0] == pytest.approx([1.0, 0.0])
    readout = dilemma.readout.value
    assert "No entrapment risk to weigh: full support is optimal whatever α is." in readout
    assert "Lower α" not in readout and "greater fear" not in readout
    dilemma.set(realignment=0.8, recklessness=0.4, divergence=0.0)  # y = 0 through D_E
    assert "No entrapment risk to weigh" in dilemma.readout.value


def test_dilemma_no_abandonment_weight_means_keeping_distance_whatever_alpha(dilemma):
    """With D_A = 0 (x = 0) s* = 0 and L* = 0 for every α: no advice to lower α."""
    dilemma.set(realignment=0.05, recklessness=1.0, dependence=0.0, divergence=3.0)
    assert dilemma.error is None
    assert dilemma.view.optimum.get_offsets()[0] == pytest.approx([0.0, 0.0])
    readout = dilemma.readout.value
    assert "Abandonment costs nothing here: the state keeps its distance whatever α is." in readout
    assert "Lower α" not in readout and "greater fear" not in readout


def test_dilemma_sliders_keep_the_risks_probabilities(dilemma):
    """α and ε stop at 1, so the risks A and E shown in the readout never exceed 1."""
    assert dilemma.controls["realignment"].max == 1.0
    assert dilemma.controls["recklessness"].max == 1.0
    for values in itertools.product([0.05, 1.0], [0.0, 1.0], [0.05, 3.0], [0.0, 3.0]):
        dilemma.set(**dict(zip(("realignment", "recklessness", "dependence", "divergence"),
                               values, strict=True)))  # fmt: skip
        if dilemma.error is not None:
            continue
        model = ent.AllianceDilemma(*values).solve()
        assert model.abandonment_risk <= 1.0 and model.entrapment_risk <= 1.0
        assert f"A = {model.abandonment_risk:.3f}" in dilemma.readout.value


def test_dilemma_degenerate_corner_is_reported_not_raised(dilemma):
    dilemma.set(realignment=0.0, recklessness=0.0, dependence=1.0, divergence=1.0)
    assert dilemma.error is not None and "realignment × dependence" in dilemma.error
    assert "outside the model's range" in dilemma.readout.value
    dilemma.set(realignment=0.5)
    assert dilemma.error is None


def test_dilemma_sweep_every_control(dilemma):
    defaults = {"realignment": 0.8, "recklessness": 0.4, "dependence": 1.0, "divergence": 1.0}
    for name, control in dilemma.controls.items():
        for value in np.linspace(control.min, control.max, 9):
            dilemma.set(**{**defaults, name: float(value)})
            assert dilemma.error is None, (name, value, dilemma.error)
    for values in itertools.product([0.0, 1.0], [0.0, 1.0], [0.0, 3.0], [0.0, 3.0]):
        dilemma.set(**dict(zip(defaults, values, strict=True)))
        x = values[0] * values[2]
        y = values[1] * values[3]
        if x + y == 0:
            assert "realignment × dependence" in dilemma.error
        else:
            assert dilemma.error is None


# ---------------------------------------------------------------------------
# chain_ganging (E2)
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chain():
    return labs.chain_ganging()


def test_chain_ganging_draws_the_model(chain):
    chain.set(powers=3, cost=0.3, value=1.0, offence_dominance=0.7)
    view = chain.view
    delta = view.delta
    assert view.sigma_line.get_ydata() == pytest.approx(
        ent.balancing_probability(0.3, 1.0, delta, 3)
    )
    assert view.nobody_line.get_ydata() == pytest.approx(
        ent.nobody_balances_probability(0.3, 1.0, delta, 3)
    )
    sigma = 1 - (0.3 / 0.7) ** 0.5
    points = view.current.get_offsets()
    assert points[0] == pytest.approx([0.7, sigma])
    assert points[1] == pytest.approx([0.7, (1 - sigma) ** 3])
    assert view.threshold_line.get_xdata()[0] == pytest.approx(0.3)
    assert f"{sigma:.3f}" in chain.readout.value
    assert "3 pure equilibria" in chain.readout.value


def test_chain_ganging_collapse_curve_is_the_model(chain):
    chain.set(powers=4, cost=0.4, value=1.2, offence_dominance=0.9)
    expected = ent.collapse_probability(0.4, 1.2, chain.view.delta, 4)
    assert chain.view.collapse_line.get_ydata() == pytest.approx(expected)


def test_chain_ganging_buck_passing_regime(chain):
    chain.set(powers=4, cost=0.5, value=1.0, offence_dominance=0.3)
    assert chain.view.current.get_offsets()[0][1] == 0.0
    assert "pure buck-passing" in chain.readout.value


def test_chain_ganging_threshold_hidden_when_balancing_never_pays(chain):
    chain.set(powers=2, cost=1.5, value=1.0, offence_dominance=1.0)
    assert not chain.view.threshold_line.get_visible()
    assert "exceeds 1" in chain.readout.value
    assert "inf" not in chain.readout.value
    chain.set(cost=0.3)
    assert chain.view.threshold_line.get_visible()


def test_chain_ganging_sweep_every_control(chain):
    defaults = {"powers": 3, "cost": 0.3, "value": 1.0, "offence_dominance": 0.7}
    for name, control in chain.controls.items():
        for value in np.linspace(control.min, control.max, 9):
            value = int(np.rint(value)) if name == "powers" else float(value)
            chain.set(**{**defaults, name: value})
            assert chain.error is None, (name, value, chain.error)


# ---------------------------------------------------------------------------
# alliance_network (E3)
# ---------------------------------------------------------------------------


@pytest.fixture()
def network():
    return labs.alliance_network()


def _bars(lab):
    n = len(lab.view.base[lab.controls["preset"].value].network.states)
    attacking = [bar.get_height() for bar in lab.view.attacking_bars[:n]]
    defending = [bar.get_height() for bar in lab.view.defending_bars[:n]]
    return np.array(attacking), np.array(defending)


def test_network_starts_with_1914(network):
    attacking, defending = _bars(network)
    exact = ent.crisis_1914().exact()
    assert attacking == pytest.approx(exact.attacking)
    assert defending == pytest.approx(exact.defending)
    labels = [t.get_text() for t in network.view.bar_ax.get_xticklabels()]
    assert labels == list(exact.states)
    assert network.error is None
    assert "Russia" in network.readout.value


def test_network_selecting_a_pledge_moves_the_controls_without_editing(network):
    network.set(pledge="GBR->FRA")
    assert network.controls["probability"].value == pytest.approx(0.6)
    assert network.controls["kind"].value == "D"
    network.set(pledge="GER->AH")
    assert network.controls["probability"].value == pytest.approx(1.0)
    assert network.controls["kind"].value == "O"
    assert network.view.edits["1914"]["GBR->FRA"] == ("D", 0.6)
    # selecting the same pledges interactively (observers, no lab.set) also syncs
    network.controls["pledge"].value = "RUS->SRB"
    assert network.controls["probability"].value == pytest.approx(0.8)
    assert network.view.edits["1914"]["GER->AH"] == ("O", 1.0)


def test_network_blank_cheque_made_defensive_keeps_germany_out(network):
    network.set(pledge="GER->AH", kind="D")
    attacking, _ = _bars(network)
    states = network.view.base["1914"].network.states
    assert attacking[states.index("GER")] == 0.0
    expected = ent.crisis_1914().network.with_pledge("GER", "AH", kind="D")
    exact = ent.AllianceCascade(expected, "AH", "SRB").exact()
    assert attacking == pytest.approx(exact.attacking)
    # the node is coloured grey (out), Serbia blue
    colours = network.view.nodes["1914"].get_facecolor()[:, :3]
    assert colours[states.index("GER")] == pytest.approx(to_rgb(COLORS["neutral"]))
    assert colours[states.index("SRB")] == pytest.approx(to_rgb(COLORS["deterrence"]))


def test_network_probability_slider_edits_the_selected_pledge(network):
    network.set(pledge="GBR->FRA", probability=0.25)
    _, defending = _bars(network)
    states = network.view.base["1914"].network.states
    assert defending[states.index("GBR")] == pytest.approx(0.72 * 0.25)
    arrow = network.view.arrows["1914"]["GBR->FRA"]
    assert arrow.get_linewidth() == pytest.approx(0.6 + 3.4 * 0.25)
    assert "probability 0.25" in network.readout.value


def test_network_selected_pledge_is_highlighted_not_coloured_as_war(network):
    network.set(pledge="GBR->FRA")
    arrows = network.view.arrows["1914"]
    assert to_rgb(arrows["GBR->FRA"].get_edgecolor()) == pytest.approx(to_rgb(COLORS["highlight"]))
    assert arrows["GBR->FRA"].get_path_effects()  # the dark edge
    for key, arrow in arrows.items():
        if key != "GBR->FRA":
            assert to_rgb(arrow.get_edgecolor()) == pytest.approx(to_rgb(COLORS["ink"]))
            assert not arrow.get_path_effects()
    network.set(pledge="RUS->SRB")
    assert to_rgb(arrows["GBR->FRA"].get_edgecolor()) == pytest.approx(to_rgb(COLORS["ink"]))


def test_network_tick_labels_are_set_only_when_the_states_change(network):
    formatter = network.view.bar_ax.xaxis.get_major_formatter()
    network.set(pledge="GBR->FRA", probability=0.3)
    network.set(kind="U")
    assert network.view.bar_ax.xaxis.get_major_formatter() is formatter
    network.set(preset="asia")
    labels = [t.get_text() for t in network.view.bar_ax.get_xticklabels()]
    assert labels == list(ent.asia_hub_and_spoke().network.states)
    assert network.view.bar_ax.get_xlim() == pytest.approx((-0.6, 6.6))


def test_network_removing_a_pledge(network):
    network.set(pledge="RUS->SRB", kind="none")
    _, defending = _bars(network)
    assert defending.sum() == pytest.approx(1.0)  # Serbia fights alone
    assert not network.view.arrows["1914"]["RUS->SRB"].get_visible()
    assert "removed" in network.readout.value
    network.set(kind="U")
    assert network.view.arrows["1914"]["RUS->SRB"].get_visible()
    assert network.view.arrows["1914"]["RUS->SRB"].get_linestyle() == ":"


def test_network_presets_switch_artists_and_bars(network):
    for key in lab_module.PRESETS:
        network.set(preset=key)
        assert network.error is None
        cascade = network.view.base[key]
        exact = cascade.exact()
        attacking, defending = _bars(network)
        assert defending == pytest.approx(exact.defending)
        assert attacking == pytest.approx(exact.attacking)
        assert network.view.nodes[key].get_visible()
        others = [k for k in lab_module.PRESETS if k != key]
        assert not any(network.view.nodes[k].get_visible() for k in others)
        hidden = network.view.attacking_bars[len(exact.states) :]
        assert not any(bar.get_visible() for bar in hidden)
        first = network.controls["pledge"].options[0][1]
        assert network.controls["pledge"].value == first


def test_network_edits_survive_switching_presets(network):
    network.set(pledge="GBR->FRA", probability=0.1)
    network.set(preset="asia")
    network.set(preset="1914")
    assert network.view.edits["1914"]["GBR->FRA"] == ("D", pytest.approx(0.1))
    network.set(pledge="GBR->FRA")
    assert network.controls["probability"].value == pytest.approx(0.1)


def test_network_can_start_from_any_preset():
    lab = labs.alliance_network("nato")
    assert lab.controls["preset"].value == "nato"
    assert lab.view.nodes["nato"].get_visible() and not lab.view.nodes["1914"].get_visible()
    with pytest.raises(ValueError, match="preset"):
        labs.alliance_network("1815")


def test_network_sweep_every_control(network):
    for key in lab_module.PRESETS:
        network.set(preset=key)
        for _, pledge in network.controls["pledge"].options:
            for kind, p in (("D", 0.0), ("O", 0.5), ("U", 1.0), ("none", 0.3), ("D", 1.0)):
                network.set(pledge=pledge, kind=kind, probability=p)
                assert network.error is None, (key, pledge, kind, p, network.error)


def test_network_interactive_preset_change_keeps_controls_consistent(network):
    network.controls["preset"].value = "asia"  # as a learner would, through the widget
    assert network.error is None
    assert network.controls["pledge"].value == "USA->KOR"
    assert network.controls["probability"].value == pytest.approx(ent.HONOURING_RATE)
    _, defending = _bars(network)
    assert defending == pytest.approx(ent.asia_hub_and_spoke().exact().defending)
    assert network.view.edits["1914"] == {
        f"{p.guarantor}->{p.ally}": (p.kind, p.probability)
        for p in ent.crisis_1914().network.pledges
    }
