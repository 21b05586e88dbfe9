"""Tests for guaranteelab.nato_data: the NATO defence-expenditure table and its loader."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import rankdata

from guaranteelab.cases import DataFileError
from guaranteelab.nato_data import (
    COLUMNS,
    burden_and_size,
    exploitation_test,
    load_nato_expenditure,
)


@pytest.fixture(scope="module")
def table():
    return load_nato_expenditure()


def test_schema_and_years(table):
    assert list(table.columns) == list(COLUMNS)
    assert {2014, 2019, 2025} <= set(table["year"])
    assert table["estimate"].dtype == bool
    # 2014 and 2019: all 29 members of 2019, with Iceland's defence cells empty.
    for year in (2014, 2019):
        rows = table[table["year"] == year]
        assert len(rows) == 29
        iceland = rows[rows["iso3"] == "ISL"].iloc[0]
        assert math.isnan(iceland["defence_share_gdp_pct"])
    assert not table[table["year"] == 2014]["estimate"].any()
    assert table[table["year"].isin([2019, 2025])]["estimate"].all()
    # 2025: shares only, and no figure for Germany (NATO published none).
    latest = table[table["year"] == 2025]
    assert latest["defence_usd_constant_million"].isna().all()
    assert "DEU" not in set(latest["iso3"])


def test_figures_as_published(table):
    """Spot checks against press reports of the releases (independent of our source file)."""

    def share(iso3, year):
        return float(
            table.query("iso3 == @iso3 and year == @year")["defence_share_gdp_pct"].iloc[0]
        )

    # 2019 release, 2019 estimates and the US 2014 figure, as reported in June/July 2019.
    reported_2019 = {"GRC": 2.24, "EST": 2.13, "GBR": 2.13, "ROU": 2.04, "POL": 2.01,
                     "LVA": 2.01, "LTU": 1.98, "TUR": 1.89, "FRA": 1.84, "LUX": 0.55,
                     "ESP": 0.92, "BEL": 0.93, "USA": 3.42}  # fmt: skip
    for iso3, value in reported_2019.items():
        assert share(iso3, 2019) == value
    assert share("USA", 2014) == 3.73
    assert share("POL", 2025) == 4.48


def test_shares_agree_with_dollars_and_gdp(table):
    full = table.dropna(subset=["defence_usd_constant_million", "gdp_usd_constant_billion"])
    implied = full["defence_usd_constant_million"] / (full["gdp_usd_constant_billion"] * 10)
    np.testing.assert_allclose(implied, full["defence_share_gdp_pct"], atol=0.006)


def test_provenance_recorded(table):
    assert table["source"].str.startswith("https://").all()
    assert table["release"].str.startswith("Defence Expenditure of NATO Countries").all()
    assert (table["release_date"].map(lambda d: d.year) >= table["year"]).all()


def test_exploitation_test_recomputed(table):
    """Spearman's rho recomputed as Pearson's correlation of the ranks."""
    for year in (2014, 2019):
        result = exploitation_test(table, year)
        data = burden_and_size(table, year)
        ranks_x = rankdata(data["gdp_usd_constant_billion"])
        ranks_y = rankdata(data["defence_share_gdp_pct"])
        assert result.rho == pytest.approx(np.corrcoef(ranks_x, ranks_y)[0, 1])
        # 2014: the 28 states with figures minus Montenegro, which joined in 2017.
        assert result.n == {2014: 27, 2019: 28}[year] and 0 <= result.p_value <= 1
    with pytest.raises(ValueError, match="year"):
        burden_and_size(table, 2025)  # no GDP figures for 2025
    with pytest.raises(TypeError, match="year"):
        exploitation_test(table, 2014.0)


def _write(tmp_path: Path, rows: list[str], header: str | None = None) -> Path:
    file = tmp_path / "nato.csv"
    file.write_text("\n".join([header or ",".join(COLUMNS), *rows]) + "\n", encoding="utf-8")
    return file


GOOD = ("Albania,ALB,2014,1.35,150.0,11.140,2015,false,Defence Expenditure of NATO Countries "
        "(2012-2019),2019-06-25,https://www.nato.int/x,test,2009,")  # fmt: skip


def test_loader_accepts_a_good_file(tmp_path):
    assert len(load_nato_expenditure(_write(tmp_path, [GOOD]))) == 1


@pytest.mark.parametrize(
    ("old", "new", "column"),
    [
        (",ALB,", ",Alb,", "iso3"),
        (",2014,1.35", ",20x4,1.35", "year"),
        (",1.35,", ",abc,", "defence_share_gdp_pct"),
        (",1.35,", ",nan,", "defence_share_gdp_pct"),
        (",1.35,", ",inf,", "defence_share_gdp_pct"),
        (",1.35,", ",35,", "defence_share_gdp_pct"),
        (",1.35,", ",1.90,", "defence_share_gdp_pct"),
        (",1.35,", ",,", "defence_share_gdp_pct"),
        (",false,", ",no,", "estimate"),
        (",2019-06-25,", ",25 June 2019,", "release_date"),
        (",2019-06-25,", ",2013-06-25,", "year"),
        ("https://www.nato.int/x", "www.nato.int/x", "source"),
        (",test,", ",,", "transcribed_from"),
        (",2009,", ",209,", "member_since"),
        (",2009,", ",2020,", "member_since"),
    ],
)
def test_loader_names_line_and_column(tmp_path, old, new, column):
    bad = GOOD.replace(old, new, 1)
    with pytest.raises(DataFileError, match=rf"line 2 .*column '{column}'"):
        load_nato_expenditure(_write(tmp_path, [bad]))


def test_loader_rejects_bad_structure(tmp_path):
    with pytest.raises(DataFileError, match="line 1"):
        load_nato_expenditure(_write(tmp_path, [GOOD], header="country,iso3"))
    with pytest.raises(DataFileError, match="duplicate of line 2"):
        load_nato_expenditure(_write(tmp_path, [GOOD, GOOD]))
    with pytest.raises(DataFileError, match="expected 14 columns"):
        load_nato_expenditure(_write(tmp_path, [GOOD + ",extra"]))
    with pytest.raises(DataFileError, match="no data rows"):
        load_nato_expenditure(_write(tmp_path, []))
    other_year = GOOD.replace(",2014,", ",2015,", 1)
    with pytest.raises(DataFileError, match=r"line 3 .*'member_since': 2004 differs from 2009"):
        load_nato_expenditure(_write(tmp_path, [GOOD, other_year.replace(",2009,", ",2004,")]))


def test_membership_by_year(table):
    """MAJOR 4: the 2014 test uses the members of 2014, not the 29 members of 2019."""
    joined = table.groupby("iso3")["member_since"].agg(["min", "max"])
    assert (joined["min"] == joined["max"]).all()  # one accession year per state
    # Accession years from NATO's member list: 12 founders, and the later enlargements.
    founders = {"BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"}
    assert set(joined.index[joined["min"] == 1949]) == founders
    assert joined.loc["MNE", "min"] == 2017 and joined.loc["MKD", "min"] == 2020
    assert joined.loc["DEU", "min"] == 1955 and joined.loc["ESP", "min"] == 1982
    members_2014 = burden_and_size(table, 2014)
    assert "MNE" not in members_2014.index and len(members_2014) == 27
    assert "MNE" in burden_and_size(table, 2019).index
    assert "MNE" in burden_and_size(table, 2014, members_only=False).index
    # Dropping Montenegro moves rho_2014 from 0.224 (p 0.25) to 0.285 (p 0.15).
    members = exploitation_test(table, 2014)
    everyone = exploitation_test(table, 2014, members_only=False)
    assert (members.n, everyone.n) == (27, 28)
    assert members.rho == pytest.approx(0.2846, abs=1e-4)
    assert members.p_value == pytest.approx(0.150, abs=1e-3)
    assert everyone.rho == pytest.approx(0.2239, abs=1e-4)
    with pytest.raises(TypeError, match="members_only"):
        burden_and_size(table, 2014, members_only="yes")


def test_notes_and_2025_provenance(table):
    """MAJOR 5 and MINOR 7: the revised Bulgarian figure is noted, and the 2025 rows say
    that NATO's own document was not read; Denmark's reported 3.22% is included."""
    bulgaria = table.query("iso3 == 'BGR' and year == 2019").iloc[0]
    assert bulgaria["defence_share_gdp_pct"] == 1.61  # the June 2019 estimate, kept
    assert "3.18%" in bulgaria["note"] and "F-16" in bulgaria["note"]
    latest = table[table["year"] == 2025]
    assert len(latest) == 17
    assert latest.set_index("iso3").loc["DNK", "defence_share_gdp_pct"] == 3.22
    assert latest["note"].str.contains("not read").all()
    assert not table["transcribed_from"].str.contains("code repository").any()


def test_module_import_is_light():
    import subprocess
    import sys

    code = (
        "import sys, guaranteelab.nato_data; "
        "print('matplotlib' in sys.modules or 'ipywidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
