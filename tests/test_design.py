"""Tests for the guarantee-design scorecard: every number traced to a model function, and checked.

The scorecard must add no maths of its own beyond the documented mappings and
the one composition rule, so the first tests recompute every number by calling
the model functions :data:`guaranteelab.design.TRACE` names. The others check
the numbers independently: Monte Carlo play of the deterrence stage, brute-force
best responses for the protégé's demand and the allies' spending, and the
comparative statics the models promise.
"""

from __future__ import annotations

import dataclasses
import importlib
import math
import re

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from guaranteelab import domestic, moral_hazard
from guaranteelab.cases import load_guarantees
from guaranteelab.design import (
    EXIT_CLAUSE_FACTOR,
    MODEL_OF,
    PRESETS,
    TRACE,
    WORDINGS,
    DesignPath,
    GuaranteeDesign,
    Scorecard,
    Setting,
    compare,
)
from guaranteelab.deterrence import extended

designs = st.builds(
    GuaranteeDesign,
    wording=st.sampled_from(sorted(WORDINGS)),
    forward_forces=st.floats(0.0, 1.5),
    observability=st.floats(0.0, 1.0),
    spending_benchmark=st.floats(0.0, 0.06),
    exit_clause=st.booleans(),
    exit_after_years=st.floats(0.0, 30.0),
    term_years=st.one_of(st.none(), st.floats(0.5, 40.0)),
    ratification_threshold=st.floats(0.0, 0.95),
)
settings_ = st.builds(
    Setting,
    stake=st.floats(0.0, 2.0),
    capability=st.floats(0.0, 1.0),
    capability_decline=st.floats(0.0, 0.15),
    max_war_cost=st.floats(0.2, 4.0),
    challenger_cost=st.floats(0.05, 2.0),
    protege_base_win=st.floats(0.0, 0.6),
    capability_transfer=st.floats(0.0, 0.4),
    protege_war_cost=st.floats(0.05, 1.5),
    insurance=st.floats(0.0, 1.0),
    rival_cost_max=st.floats(0.2, 2.0),
    guarantor_income=st.floats(20.0, 200.0),
    protege_income=st.floats(1.0, 50.0),
    guarantor_taste=st.floats(0.01, 0.3),
    protege_taste=st.floats(0.01, 0.3),
    base_support=st.floats(0.0, 1.0),
    support_sensitivity=st.floats(0.5, 20.0),
    public_benchmark=st.floats(0.0, 0.05),
    veto_players=st.integers(1, 4),
    veto_threshold=st.floats(0.0, 1.0),
    volatility=st.floats(0.01, 0.3),
)
crisis_years = st.floats(0.5, 40.0)


def _expected_numbers(design: GuaranteeDesign, s: Setting, t: float) -> dict[str, object]:
    """Every scorecard number, recomputed by calling the model functions TRACE names."""
    capability = s.capability * (1.0 - s.capability_decline) ** t
    exit_open = design.exit_clause and t >= design.exit_after_years
    reneging = (
        WORDINGS[design.wording].reneging_cost * (EXIT_CLAUSE_FACTOR if exit_open else 1)
        + design.forward_forces
    )
    nash = moral_hazard.nash_contributions(
        [s.guarantor_income, s.protege_income], [s.guarantor_taste, s.protege_taste]
    )
    protege = max(nash[1], design.spending_benchmark * s.protege_income)
    guarantor = moral_hazard.public_good_best_response(
        s.guarantor_income, s.guarantor_taste, protege
    )
    support = domestic.support_from_burden_sharing(
        protege, s.protege_income, s.base_support, s.support_sensitivity, s.public_benchmark
    )
    ratified = domestic.is_ratified(support, design.ratification_threshold)
    in_force = design.term_years is None or t <= design.term_years
    will = extended.honour_probability(s.stake, reneging, capability, s.max_war_cost)
    backed = domestic.credibility(support, s.veto_threshold, s.volatility, t, s.veto_players)
    honour = will * backed if ratified and in_force else 0.0
    tau = design.observability if design.wording == "conditional" else 0.0
    provoked = moral_hazard.provoked_support(tau, honour)
    m2 = (s.protege_base_win, s.capability_transfer, s.protege_war_cost, s.insurance)
    burdens = (protege / s.protege_income, guarantor / s.guarantor_income)
    return {
        "capability": capability,
        "reneging_cost": reneging,
        "protege_defence": protege,
        "guarantor_defence": guarantor,
        "protege_burden": burdens[0],
        "guarantor_burden": burdens[1],
        "free_riding": max(0.0, 1.0 - burdens[0] / burdens[1]) if burdens[1] else 0.0,
        "domestic_support": support,
        "ratified": ratified,
        "will": will,
        "domestic_credibility": backed,
        "in_force": in_force,
        "honour_probability": honour,
        "deterrence": 1.0 - extended.attack_probability(honour, capability, s.challenger_cost),
        "war_probability": extended.war_probability(honour, capability, s.challenger_cost),
        "abandonment_probability": extended.abandonment_probability(
            honour, capability, s.challenger_cost
        ),
        "provoked_support": provoked,
        "emboldenment": moral_hazard.war_probability(provoked, *m2, s.rival_cost_max),
        "emboldenment_without_guarantee": moral_hazard.war_probability(0.0, *m2, s.rival_cost_max),
        "entanglement": moral_hazard.entanglement_exposure(provoked, *m2, s.rival_cost_max),
    }


# ---------------------------------------------------------------------------
# Traceability


def test_trace_names_every_scorecard_number():
    numbers = {f.name for f in dataclasses.fields(Scorecard)} - {"years"}
    assert set(TRACE) == numbers
    assert {f.name for f in dataclasses.fields(DesignPath)} - {"years"} <= numbers


def test_trace_names_functions_that_exist():
    named = set()
    for text in TRACE.values():
        for dotted in re.findall(r"guaranteelab(?:\.\w+)+", text):
            module, _, function = dotted.rpartition(".")
            assert callable(getattr(importlib.import_module(module), function)), dotted
            named.add(function)
    for function in (
        "honour_probability",
        "attack_probability",
        "credibility",
        "war_probability",
        "entanglement_exposure",
        "nash_contributions",
        "public_good_best_response",
        "support_from_burden_sharing",
        "provoked_support",
    ):
        assert function in named


#: Which course model each function named in TRACE belongs to.
_MODEL_OF_FUNCTION = {
    "deterrence.honour_probability": "D2",
    "deterrence.attack_probability": "D2",
    "deterrence.war_probability": "D2",
    "deterrence.abandonment_probability": "D2",
    "domestic.support_from_burden_sharing": "B1",
    "domestic.is_ratified": "B1",
    "domestic.credibility": "B1",
    "moral_hazard.nash_contributions": "M1",
    "moral_hazard.public_good_best_response": "M1",
    "moral_hazard.provoked_support": "M3",
    "moral_hazard.war_probability": "M2",
    "moral_hazard.entanglement_exposure": "M2",
}


def test_model_labels_agree_with_the_traced_functions():
    """MODEL_OF (shown in the lab) names the model of the function TRACE names, or of the
    numbers an entry is computed from."""
    assert set(MODEL_OF) == set(TRACE)
    for name, trace in TRACE.items():
        functions = re.findall(r"guaranteelab\.(\w+\.\w+)", trace)
        if functions:
            assert MODEL_OF[name] == _MODEL_OF_FUNCTION[functions[0]], name
        elif trace.startswith("assumption") or "WORDINGS" in trace:
            assert MODEL_OF[name] == "assumption", name
        else:
            inputs = [other for other in re.findall(r"[a-z_]+", trace) if other in TRACE]
            assert set(MODEL_OF[name].split(" × ")) == {MODEL_OF[i] for i in inputs}, name


@settings(max_examples=150, deadline=None)
@given(designs, settings_, crisis_years)
def test_every_number_is_the_output_of_its_model_function(design, setting, t):
    card = design.scorecard(setting, t)
    expected = _expected_numbers(design, setting, t)
    assert card.years == t
    for name, value in expected.items():
        got = getattr(card, name)
        if isinstance(value, bool | np.bool_):
            assert got is bool(value), name
        else:
            assert got == pytest.approx(float(value), rel=1e-12, abs=1e-12), name


@settings(max_examples=60, deadline=None)
@given(designs, settings_, st.lists(crisis_years, min_size=1, max_size=6))
def test_over_time_agrees_with_the_scorecard_at_each_date(design, setting, dates):
    path = design.over_time(setting, dates)
    assert path.years.tolist() == dates
    for i, t in enumerate(dates):
        card = design.scorecard(setting, t)
        for field in dataclasses.fields(DesignPath):
            if field.name != "years":
                got = getattr(path, field.name)[i]
                assert got == pytest.approx(getattr(card, field.name), abs=1e-12), field.name


# ---------------------------------------------------------------------------
# Independent checks of the numbers


@pytest.mark.parametrize(
    ("design", "setting", "t"),
    [
        (GuaranteeDesign("discretionary", forward_forces=0.2), Setting(), 10.0),
        (
            GuaranteeDesign("automatic", exit_clause=True),
            Setting(capability_decline=0.03, volatility=0.1, veto_players=3),
            15.0,
        ),
        (
            GuaranteeDesign("constitutional_processes", spending_benchmark=0.03),
            Setting(stake=0.5, capability=0.9, veto_threshold=0.6),
            4.0,
        ),
    ],
)
def test_monte_carlo_play_of_the_deterrence_stage(design, setting, t):
    """Draw the guarantor's war cost, every veto player's drift and the challenger's gain."""
    card = design.scorecard(setting, t)
    rng = np.random.default_rng(2026)
    n = 400_000
    war_cost = rng.uniform(0.0, setting.max_war_cost, n)
    willing = war_cost <= card.capability * setting.stake + card.reneging_cost
    drift = setting.volatility * math.sqrt(t) * rng.standard_normal((n, setting.veto_players))
    backed = np.all(card.domestic_support + drift >= setting.veto_threshold, axis=1)
    honours = willing & backed
    se = math.sqrt(card.honour_probability * (1 - card.honour_probability) / n) + 1e-12
    assert abs(honours.mean() - card.honour_probability) < 4 * se

    # The challenger knows only q; it attacks iff attacking pays strictly more than 0.
    q, p, c = card.honour_probability, card.capability, setting.challenger_cost
    gain = rng.uniform(0.0, 1.0, n)
    attacks = (1 - q) * gain + q * ((1 - p) * gain - c) > 0
    deterred = 1 - attacks.mean()
    se = math.sqrt(card.deterrence * (1 - card.deterrence) / n) + 1e-12
    assert abs(deterred - card.deterrence) < 4 * se
    war = (attacks & honours).mean()
    se = math.sqrt(card.war_probability * (1 - card.war_probability) / n) + 1e-12
    assert abs(war - card.war_probability) < 4 * se
    abandoned = (attacks & ~honours).mean()
    se = math.sqrt(card.abandonment_probability * (1 - card.abandonment_probability) / n)
    assert abs(abandoned - card.abandonment_probability) < 4 * se + 1e-12


@settings(max_examples=60, deadline=None)
@given(designs, settings_, crisis_years)
def test_protege_demand_is_a_best_response_by_grid_search(design, setting, t):
    """Emboldenment: the protégé's best demand, found over a grid, gives the same risk of war."""
    card = design.scorecard(setting, t)
    h = card.provoked_support
    win = min(1.0, setting.protege_base_win + h * setting.capability_transfer)
    cost = setting.protege_war_cost * (1 - setting.insurance * h)
    demands = np.linspace(win, 1.0, 40_001)
    accepted = 1.0 - np.clip((demands - win) / setting.rival_cost_max, 0.0, 1.0)
    payoff = accepted * demands + (1.0 - accepted) * (win - cost)
    best = demands[np.argmax(payoff)]
    risk = min(1.0, (best - win) / setting.rival_cost_max)
    assert card.emboldenment == pytest.approx(risk, abs=2e-3)
    assert card.entanglement == pytest.approx(h * risk, abs=2e-3)


@settings(max_examples=60, deadline=None)
@given(designs, settings_)
def test_allies_spending_is_a_best_response_by_grid_search(design, setting):
    """M1: the guarantor best-responds to the protégé's spending; the protégé too, without a rule."""
    card = design.scorecard(setting, 5.0)

    def best(income, taste, others):
        spend = np.linspace(0.0, income * (1 - 1e-9), 200_001)
        utility = (1 - taste) * np.log(income - spend) + taste * np.log(
            np.maximum(spend + others, 1e-300)
        )
        return spend[np.argmax(utility)]

    step = setting.guarantor_income / 200_000
    guarantor = best(setting.guarantor_income, setting.guarantor_taste, card.protege_defence)
    assert card.guarantor_defence == pytest.approx(guarantor, abs=2 * step)
    if design.spending_benchmark == 0.0:
        protege = best(setting.protege_income, setting.protege_taste, card.guarantor_defence)
        assert card.protege_defence == pytest.approx(protege, abs=2 * setting.protege_income / 2e5)
    else:
        # The protégé spends the larger of its own best response and the benchmark.
        protege = best(setting.protege_income, setting.protege_taste, card.guarantor_defence)
        floor = design.spending_benchmark * setting.protege_income
        assert card.protege_defence == pytest.approx(
            max(protege, floor), abs=2 * setting.protege_income / 2e5
        )


# ---------------------------------------------------------------------------
# Comparative statics


@settings(max_examples=100, deadline=None)
@given(designs, settings_, crisis_years, st.floats(0.0, 1.0))
def test_a_tripwire_never_weakens_deterrence(design, setting, t, extra):
    """D2 oracle 2 carried through: P(attack) is non-increasing in the reneging cost."""
    stronger = dataclasses.replace(design, forward_forces=design.forward_forces + extra)
    low, high = design.scorecard(setting, t), stronger.scorecard(setting, t)
    assert high.will >= low.will - 1e-12
    assert high.deterrence >= low.deterrence - 1e-12


@settings(max_examples=100, deadline=None)
@given(designs, settings_, crisis_years)
def test_an_exit_clause_never_raises_the_will_to_fight(design, setting, t):
    with_exit = dataclasses.replace(design, exit_clause=True)
    without = dataclasses.replace(design, exit_clause=False)
    assert with_exit.reneging_cost(t) <= without.reneging_cost(t)
    assert with_exit.scorecard(setting, t).deterrence <= without.scorecard(setting, t).deterrence


@settings(max_examples=100, deadline=None)
@given(designs, settings_, crisis_years, st.floats(0.0, 0.1))
def test_declining_capability_never_strengthens_deterrence(design, setting, t, faster):
    decline = min(0.99, setting.capability_decline + faster)
    weaker = dataclasses.replace(setting, capability_decline=decline)
    assert design.scorecard(weaker, t).deterrence <= design.scorecard(setting, t).deterrence + 1e-12


@settings(max_examples=100, deadline=None)
@given(designs, settings_, crisis_years, crisis_years)
def test_credibility_decays_when_support_starts_above_every_threshold(design, setting, t1, t2):
    """B1 oracle 3 carried through: with S0 > m, a later crisis finds a less credible guarantor."""
    design = dataclasses.replace(design, term_years=None)
    card = design.scorecard(setting, t1)
    assume(card.domestic_support > setting.veto_threshold)
    early, late = sorted((t1, t2))
    assert (
        design.scorecard(setting, late).honour_probability
        <= design.scorecard(setting, early).honour_probability + 1e-12
    )


@settings(max_examples=100, deadline=None)
@given(designs, settings_, st.floats(0.0, 0.06))
def test_a_spending_rule_shifts_the_burden_and_builds_support(design, setting, benchmark):
    ruled = dataclasses.replace(design, spending_benchmark=benchmark)
    base = dataclasses.replace(design, spending_benchmark=0.0)
    a, b = base.scorecard(setting, 5.0), ruled.scorecard(setting, 5.0)
    assert b.protege_defence >= a.protege_defence
    assert b.guarantor_defence <= a.guarantor_defence + 1e-12  # the guarantor spends less
    assert b.free_riding <= a.free_riding + 1e-12
    assert b.domestic_support >= a.domestic_support - 1e-12
    # B1 oracle 5 carried through: the protégé's effort raises the guarantee's credibility.
    assert b.honour_probability >= a.honour_probability - 1e-12


@settings(max_examples=60, deadline=None)
@given(settings_, crisis_years, st.floats(0.0, 1.0), st.floats(0.0, 1.0))
def test_conditional_wording_and_observability(setting, t, forces, tau):
    """Conditional wording deters a little less than automatic wording (its condition is an
    argument for staying out), withholds help after a detected provocation and, with
    tau = 1, removes every incentive the guarantee gives the protégé."""
    automatic = GuaranteeDesign("automatic", forward_forces=forces)
    conditional = GuaranteeDesign("conditional", forward_forces=forces, observability=tau)
    a, c = automatic.scorecard(setting, t), conditional.scorecard(setting, t)
    assert c.deterrence <= a.deterrence
    assert c.provoked_support == pytest.approx((1 - tau) * c.honour_probability, abs=1e-15)
    seen = dataclasses.replace(conditional, observability=1.0).scorecard(setting, t)
    assert seen.provoked_support == 0.0
    assert seen.entanglement == 0.0
    assert seen.emboldenment == seen.emboldenment_without_guarantee
    # Observability matters only for conditional wording.
    assert dataclasses.replace(automatic, observability=tau).scorecard(setting, t) == a


@settings(max_examples=60, deadline=None)
@given(designs, settings_, crisis_years)
def test_no_treaty_means_no_guarantee(design, setting, t):
    card = design.scorecard(setting, t)
    if not card.ratified or not card.in_force:
        assert card.honour_probability == 0.0
        assert card.deterrence == 0.0
        assert card.war_probability == 0.0
        assert card.entanglement == 0.0
        assert card.emboldenment == card.emboldenment_without_guarantee


def test_a_treaty_fails_ratification_above_its_support():
    setting = Setting()
    support = GuaranteeDesign().scorecard(setting, 1.0).domestic_support
    just_passes = GuaranteeDesign(ratification_threshold=support).scorecard(setting, 1.0)
    fails = GuaranteeDesign(ratification_threshold=support + 0.01).scorecard(setting, 1.0)
    assert just_passes.ratified and just_passes.honour_probability > 0
    assert not fails.ratified and fails.honour_probability == 0.0


def test_a_term_ends_the_guarantee():
    design = GuaranteeDesign("automatic", term_years=10.0)
    assert design.scorecard(Setting(), 10.0).in_force
    after = design.scorecard(Setting(), 10.5)
    assert not after.in_force and after.honour_probability == 0.0
    path = design.over_time(Setting(), [9.0, 10.0, 11.0])
    assert (path.honour_probability[:2] > 0).all() and path.honour_probability[2] == 0.0


@settings(max_examples=60, deadline=None)
@given(designs, settings_, crisis_years)
def test_probabilities_are_probabilities(design, setting, t):
    card = design.scorecard(setting, t)
    for name in (
        "capability",
        "will",
        "domestic_credibility",
        "honour_probability",
        "deterrence",
        "war_probability",
        "abandonment_probability",
        "provoked_support",
        "emboldenment",
        "entanglement",
        "free_riding",
    ):
        assert 0.0 <= getattr(card, name) <= 1.0, name
    assert card.war_probability + card.abandonment_probability + card.deterrence == pytest.approx(
        1.0
    )


# ---------------------------------------------------------------------------
# Presets and comparison


def test_presets_follow_the_dataset_wording_and_explain_their_assumptions():
    rows = load_guarantees().set_index("id")
    for key, preset in PRESETS.items():
        assert f"dataset row {key}" in preset.source
        assert preset.design.wording == rows.loc[key, "wording_class"]
        assert "assum" in preset.assumptions
        assert len(preset.assumptions) > 80


def test_treaty_presets_name_their_exit_articles():
    assert PRESETS["nato_1949"].design.exit_clause and "Art. 13" in PRESETS["nato_1949"].source
    assert PRESETS["us_rok_1953"].design.exit_clause and "Art. VI" in PRESETS["us_rok_1953"].source
    assert not PRESETS["budapest_1994"].design.exit_clause


def test_compare_scores_every_design_in_one_setting():
    setting = Setting(capability_decline=0.02)
    cards = compare({k: p.design for k, p in PRESETS.items()}, setting, 12.0)
    assert list(cards) == list(PRESETS)
    for key, card in cards.items():
        assert card == PRESETS[key].design.scorecard(setting, 12.0)
    assert list(cards["nato_1949"].headlines()) == [name for name, _, _ in Scorecard.HEADLINES]


# ---------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("stake", -0.1),
        ("capability", 1.2),
        ("capability_decline", 1.0),
        ("max_war_cost", 0.0),
        ("challenger_cost", math.nan),
        ("protege_base_win", -0.5),
        ("capability_transfer", -1.0),
        ("protege_war_cost", math.inf),
        ("insurance", 2.0),
        ("rival_cost_max", -1.0),
        ("guarantor_income", 0.0),
        ("protege_income", math.nan),
        ("guarantor_taste", 1.0),
        ("protege_taste", 0.0),
        ("base_support", 1.5),
        ("support_sensitivity", 0.0),
        ("public_benchmark", -0.01),
        ("veto_players", 0),
        ("veto_threshold", math.inf),
        ("volatility", -0.1),
        ("capability_transfer", 0.8),
    ],
)
def test_setting_rejects_bad_values_naming_them(field, value):
    with pytest.raises(ValueError, match=field):
        Setting(**{field: value})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("wording", "binding"),
        ("forward_forces", -0.1),
        ("observability", 1.5),
        ("spending_benchmark", math.nan),
        ("ratification_threshold", 1.0),
        ("term_years", 0.0),
        ("term_years", math.inf),
        ("exit_after_years", -1.0),
    ],
)
def test_design_rejects_bad_values_naming_them(field, value):
    with pytest.raises(ValueError, match=field):
        GuaranteeDesign(**{field: value})


def test_design_rejects_wrong_types():
    with pytest.raises(TypeError, match="exit_clause"):
        GuaranteeDesign(exit_clause="yes")
    with pytest.raises(TypeError, match="forward_forces"):
        GuaranteeDesign(forward_forces=[0.1, 0.2])


@pytest.mark.parametrize("years", [0.0, -1.0, math.nan, math.inf])
def test_crisis_dates_must_be_positive_and_finite(years):
    with pytest.raises(ValueError, match="years"):
        GuaranteeDesign().scorecard(Setting(), years)
    with pytest.raises(ValueError, match="years"):
        GuaranteeDesign().over_time(Setting(), [1.0, years])


def test_a_scorecard_worked_by_hand():
    """The module's example, step by step with the formulas of D2 and B1 and a normal table.

    p_10 = 0.7 x 0.98^10 = 0.571951; a = 0.25 + 0.2 = 0.45; will = (0.571951 + 0.45)/2
    = 0.510975; no benchmark, so the protégé spends 0 (it contributes iff
    10 > (0.985/0.015) x 4, which fails) and S0 = 0.8 + 5 x (0 - 0.02) = 0.7;
    q_D = Phi(0.2/(0.05 sqrt 10))^2 = Phi(1.264911)^2 = 0.897048^2 = 0.804696; q = 0.411180;
    theta* = q/(1 - q p) = 0.537613, the share of challengers deterred.
    """
    card = GuaranteeDesign("discretionary", forward_forces=0.2).scorecard(
        Setting(capability_decline=0.02), 10.0
    )
    assert card.capability == pytest.approx(0.571951, abs=1e-6)
    assert card.reneging_cost == pytest.approx(0.45)
    assert card.will == pytest.approx(0.510975, abs=1e-6)
    assert card.protege_defence == 0.0 and card.guarantor_defence == pytest.approx(4.0)
    assert card.domestic_support == pytest.approx(0.7)
    assert card.domestic_credibility == pytest.approx(0.804696, abs=2e-6)
    assert card.honour_probability == pytest.approx(0.411180, abs=2e-6)
    assert card.deterrence == pytest.approx(0.537613, abs=2e-6)


def test_the_nato_exit_clause_applies_only_after_twenty_years():
    nato = PRESETS["nato_1949"].design
    assert nato.exit_after_years == 20.0
    early, late = nato.scorecard(Setting(), 19.0), nato.scorecard(Setting(), 21.0)
    assert early.reneging_cost == pytest.approx(0.25 + 0.4)
    assert late.reneging_cost == pytest.approx(0.125 + 0.4)
    path = nato.over_time(Setting(), [19.0, 21.0])
    assert path.reneging_cost.tolist() == pytest.approx([0.65, 0.525])


def test_emboldenment_can_fall_with_firmer_support_at_the_m2_corner():
    """M2's corner: once the protégé asks for the whole good, more help (more capability)
    lowers the risk of war, so a firmer design need not raise emboldenment everywhere."""
    setting = Setting(stake=2.0)
    weaker = GuaranteeDesign("discretionary").scorecard(setting, 1.0)
    firmer = GuaranteeDesign("automatic", forward_forces=1.0).scorecard(setting, 1.0)
    assert firmer.provoked_support > weaker.provoked_support
    assert moral_hazard.demand_regime(firmer.provoked_support, 0.3, 0.3, 0.4, 0.8, 1.0) == "corner"
    assert firmer.emboldenment < weaker.emboldenment
