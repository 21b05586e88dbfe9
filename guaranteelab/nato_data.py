"""NATO members' defence expenditure, as NATO published it, and its loader.

``guaranteelab/data/nato_defence_expenditure.csv`` holds, for each NATO member
and year, the figures of NATO's annual release *Defence Expenditure of NATO
Countries*. Every row names the release, its date and where the figure was
read; nothing is interpolated or estimated by us.

What the file holds, and what it does not:

* **2014 and 2019**, from the release *Defence Expenditure of NATO Countries
  (2012-2019)* of 25 June 2019: defence expenditure as a share of real GDP
  (based on 2015 prices), defence expenditure in million US dollars at 2015
  prices and exchange rates, and real GDP in billion US dollars at 2015
  prices. They were read from NATO's Excel tables (``PR-2019-069-eng.xlsx``)
  as parsed in the R package *passport*, then converted to these units and
  rounded (shares to two decimals, as NATO prints them). Iceland has no armed
  forces, so its defence cells are empty. The shares agree with press reports
  of that release.
* The **2019 figures are NATO's estimates of June 2019**, and later releases
  revised some of them. The largest revision we know of is Bulgaria's: its
  2019 share of 1.61% was estimated before Bulgaria paid for new F-16
  fighters, and NATO's 2020 release put it at 3.18%. The file keeps the 2019
  release's figure and says so in its ``note`` column.
* The 2019 release covers the **29 members of 2019**, for earlier years too:
  its 2014 rows include Montenegro, which joined NATO in June 2017. The
  ``member_since`` column (year of accession) lets :func:`burden_and_size` and
  :func:`exploitation_test` keep only the states that were members in the
  year they test.
* **2025**, from *Defence Expenditure of NATO Countries (2014-2025)*,
  released on 27/28 August 2025 (press reports give both dates; NATO's
  estimates, with a data cut-off of 3 June 2025): only the shares of GDP that
  press reports of the release quote, for the 17 members listed in the file.
  We did not read NATO's own 2025 document (the PDF at the ``source``
  address), so the dollar and GDP columns are left empty for 2025 and the
  other members' 2025 rows are left out. NATO published no 2025 estimate for
  Germany.

A share is always NATO's, not ours: NATO's definition of defence expenditure
(which counts, for example, military pensions) differs from national
budgets, so the figures can differ from those that governments quote.

>>> from guaranteelab.nato_data import load_nato_expenditure
>>> table = load_nato_expenditure()
>>> float(table.query("iso3 == 'USA' and year == 2014")["defence_share_gdp_pct"].iloc[0])
3.73
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from guaranteelab import _validate as v
from guaranteelab.cases import DataFileError, read_table

__all__ = [
    "COLUMNS",
    "ExploitationTest",
    "burden_and_size",
    "exploitation_test",
    "load_nato_expenditure",
]

_ISO3 = re.compile(r"^[A-Z]{3}$")
_EARLIEST, _LATEST = 1949, 2100


def _text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _iso3(value: str) -> str:
    if not _ISO3.match(value):
        raise ValueError(f"{value!r} is not a three-letter upper-case ISO code")
    return value


def _year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a year (a whole number such as 2014)") from None
    if not _EARLIEST <= year <= _LATEST:
        raise ValueError(f"{year} is outside the plausible range [{_EARLIEST}, {_LATEST}]")
    return year


def _optional_number(low: float, high: float) -> Callable[[str], float | None]:
    def parse(value: str) -> float | None:
        if not value.strip():
            return None
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a number") from None
        if not low <= number <= high:  # also rejects nan; inf is outside any range
            raise ValueError(f"{value} is outside [{low:g}, {high:g}]")
        return number

    return parse


def _boolean(value: str) -> bool:
    if value not in {"true", "false"}:
        raise ValueError(f"{value!r} is not 'true' or 'false'")
    return value == "true"


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _optional_text(value: str) -> str:
    return value.strip()


def _url(value: str) -> str:
    if not value.startswith("https://"):
        raise ValueError(f"{value!r} is not an https:// address")
    return value


#: Every column of ``nato_defence_expenditure.csv``, in order, with its parser.
COLUMNS: dict[str, Callable[[str], Any]] = {
    "country": _text,
    "iso3": _iso3,
    "year": _year,
    "defence_share_gdp_pct": _optional_number(0.0, 20.0),
    "defence_usd_constant_million": _optional_number(0.0, 5e6),
    "gdp_usd_constant_billion": _optional_number(1e-3, 1e6),
    "price_base_year": _year,
    "estimate": _boolean,
    "release": _text,
    "release_date": _date,
    "source": _url,
    "transcribed_from": _text,
    "member_since": _year,
    "note": _optional_text,
}


def _default_path() -> Path:
    return Path(str(resources.files("guaranteelab") / "data" / "nato_defence_expenditure.csv"))


def load_nato_expenditure(path: str | Path | None = None) -> pd.DataFrame:
    """Load and validate the table of NATO members' defence expenditure.

    Parameters
    ----------
    path
        A CSV file with the columns of :data:`COLUMNS`; the packaged
        ``nato_defence_expenditure.csv`` by default.

    Returns
    -------
    pandas.DataFrame
        One row per member, year and release. Empty cells are ``NaN`` (the
        figure was not published or could not be read); ``estimate`` is a
        boolean and ``release_date`` a date.

    Raises
    ------
    DataFileError
        If the header is wrong or a cell breaks the schema: the message names
        the file, the line, the row's country and year, and the column. Also
        if a member appears twice for one year and release, if a year lies
        after its release, if a share disagrees with the dollar and GDP
        figures of the same row by more than rounding, if a member's year of
        accession lies after the release or differs between its rows.
    """
    file = Path(path) if path is not None else _default_path()
    expected = list(COLUMNS)
    seen: dict[tuple[str, int, str], int] = {}
    joined: dict[str, tuple[int, int]] = {}

    def check_row(record: dict[str, Any], where: str, line: int) -> None:
        _check_row(record, where, seen, line)
        _check_accession(record, where, joined, line)

    records = read_table(file, COLUMNS, label=_label, check_row=check_row)
    table = pd.DataFrame.from_records(records, columns=expected)
    for column in (
        "defence_share_gdp_pct",
        "defence_usd_constant_million",
        "gdp_usd_constant_billion",
    ):
        table[column] = table[column].astype(float)
    table["estimate"] = table["estimate"].astype(bool)
    return table


def _label(row: list[str]) -> str:
    """A row's member and year as error messages name it, e.g. ``"USA 2014"``."""
    return f"{row[1] if len(row) > 1 else '?'} {row[2] if len(row) > 2 else '?'}"


def _check_row(
    record: dict[str, Any], where: str, seen: dict[tuple[str, int, str], int], line: int
) -> None:
    key = (record["iso3"], record["year"], record["release"])
    if key in seen:
        raise DataFileError(f"{where}, column 'iso3': duplicate of line {seen[key]}")
    seen[key] = line
    if record["year"] > record["release_date"].year:
        raise DataFileError(f"{where}, column 'year': later than the release date")
    share = record["defence_share_gdp_pct"]
    usd, gdp = record["defence_usd_constant_million"], record["gdp_usd_constant_billion"]
    if share is not None and usd is not None and gdp is not None:
        implied = usd / (gdp * 1000.0) * 100.0
        if abs(implied - share) > 0.02:
            raise DataFileError(
                f"{where}, column 'defence_share_gdp_pct': {share} disagrees with the dollar "
                f"figures, which imply {implied:.3f}"
            )
    if usd is not None and share is None:
        raise DataFileError(f"{where}, column 'defence_share_gdp_pct': empty but dollars given")


def _check_accession(
    record: dict[str, Any], where: str, joined: dict[str, tuple[int, int]], line: int
) -> None:
    since = record["member_since"]
    if since > record["release_date"].year:
        raise DataFileError(f"{where}, column 'member_since': {since} is after the release")
    first = joined.setdefault(record["iso3"], (since, line))
    if first[0] != since:
        raise DataFileError(
            f"{where}, column 'member_since': {since} differs from {first[0]} on line {first[1]}"
        )


def burden_and_size(table: pd.DataFrame, year: int, *, members_only: bool = True) -> pd.DataFrame:
    """The states with both a defence burden and a GDP figure in ``year``.

    Parameters
    ----------
    table
        The table of :func:`load_nato_expenditure`.
    year
        The year to look at.
    members_only
        Keep only the states that had joined NATO in or before ``year``
        (``member_since <= year``), the default. NATO's releases also give
        figures for the years before a state joined (the 2019 release has
        2014 figures for Montenegro, a member since 2017); ``False`` keeps
        those rows.

    Returns
    -------
    pandas.DataFrame
        Indexed by ISO code, with ``country``, ``gdp_usd_constant_billion``
        and ``defence_share_gdp_pct``, sorted by GDP (largest first).

    Examples
    --------
    >>> sizes = burden_and_size(load_nato_expenditure(), 2014)
    >>> sizes.index[0], len(sizes), "MNE" in sizes.index
    ('USA', 27, False)
    >>> len(burden_and_size(load_nato_expenditure(), 2014, members_only=False))
    28
    """
    y = v.integer("year", year, ge=_EARLIEST, le=_LATEST)
    if not isinstance(members_only, bool):
        raise TypeError(f"members_only must be True or False; got {members_only!r}")
    selected = table[table["year"] == y]
    if members_only:
        selected = selected[selected["member_since"] <= y]
    rows = selected.dropna(subset=["defence_share_gdp_pct", "gdp_usd_constant_billion"])
    if rows.empty:
        years = sorted(
            table.dropna(subset=["defence_share_gdp_pct", "gdp_usd_constant_billion"])["year"]
            .unique()
            .tolist()
        )
        raise ValueError(f"year must be one with both shares and GDP figures {years}; got {y}")
    columns = ["country", "gdp_usd_constant_billion", "defence_share_gdp_pct"]
    return (
        rows.set_index("iso3")[columns]
        .sort_values("gdp_usd_constant_billion", ascending=False)
        .rename_axis(None)
    )


@dataclass(frozen=True)
class ExploitationTest:
    """Spearman's rank correlation between economic size and defence burden.

    Attributes
    ----------
    year
        The year tested.
    rho
        Spearman's rank correlation between real GDP and defence as a share of GDP.
    p_value
        Two-sided p-value of the null hypothesis of no monotone association.
    n
        Number of members in the test.
    """

    year: int
    rho: float
    p_value: float
    n: int


def exploitation_test(
    table: pd.DataFrame, year: int, *, members_only: bool = True
) -> ExploitationTest:
    """Test Olson and Zeckhauser's prediction that larger allies carry larger burdens.

    Uses :func:`scipy.stats.spearmanr` on :func:`burden_and_size`, by default
    over the states that were members in ``year``. A positive ``rho`` is what
    the public-good model predicts; it says nothing about why (threat,
    geography and domestic politics also differ by size).

    Examples
    --------
    >>> result = exploitation_test(load_nato_expenditure(), 2014)
    >>> result.n, round(result.rho, 3), round(result.p_value, 2)
    (27, 0.285, 0.15)
    """
    from scipy.stats import spearmanr

    data = burden_and_size(table, year, members_only=members_only)
    rho, p_value = spearmanr(data["gdp_usd_constant_billion"], data["defence_share_gdp_pct"])
    return ExploitationTest(int(year), float(rho), float(p_value), len(data))
