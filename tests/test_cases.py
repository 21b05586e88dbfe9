"""The dataset of historical guarantees: schema, facts the course relies on, and clear errors."""

import csv
from pathlib import Path

import pandas as pd
import pytest

from guaranteelab import cases
from guaranteelab.cases import DataFileError, filter_guarantees, load_guarantees, split_list


@pytest.fixture(scope="module")
def table():
    return load_guarantees()


def test_loads_with_proper_dtypes(table):
    assert len(table) >= 20
    assert table.index.is_unique and list(table.index) == list(table["id"])
    assert str(table["year_signed"].dtype) == "Int64" and str(table["year_ended"].dtype) == "Int64"
    for column, vocabulary in [
        ("type", cases.TYPES),
        ("wording_class", cases.WORDING_CLASSES),
        ("outcome", cases.OUTCOMES),
        ("invoked_or_tested", cases.INVOCATION),
    ]:
        assert isinstance(table[column].dtype, pd.CategoricalDtype)
        assert list(table[column].cat.categories) == list(vocabulary)
    assert table["name"].dtype == "string"


def test_covers_the_period_and_the_cases_the_course_names(table):
    assert table["year_signed"].min() == 1839
    required = {
        "london_1839",
        "nato_1949",
        "us_japan_1960",
        "us_rok_1953",
        "anzus_1951",
        "seato_1954",
        "rio_1947",
        "warsaw_1955",
        "budapest_1994",
        "tra_1979",
        "cst_csto_1992",
        "eu_42_7_2009",
    }
    assert required <= set(table.index)


def test_every_row_cites_a_source_and_years_are_ordered(table):
    assert (table["source"].str.len() > 20).all()
    assert (table["year_in_force"] >= table["year_signed"]).all()
    ended = table.dropna(subset=["year_ended"])
    assert (ended["year_ended"] >= ended["year_in_force"]).all()


def test_facts_the_notebooks_teach(table):
    assert table.loc["nato_1949", "wording_class"] == "discretionary"
    assert table.loc["us_rok_1953", "wording_class"] == "constitutional_processes"
    assert table.loc["budapest_1994", "type"] == "security_assurance"
    assert "2001" in table.loc["nato_1949", "test_events"]
    assert pd.isna(table.loc["nato_1949", "year_ended"])


def test_split_list():
    assert split_list("United States; Japan ;") == ["United States", "Japan"]


def test_filter_by_era_type_outcome(table):
    cold_war = filter_guarantees(table, era=(1947, 1991))
    assert "nato_1949" in cold_war.index and "locarno_1925" not in cold_war.index
    assert "london_1839" not in cold_war.index  # ended in 1920
    assert list(cold_war["year_in_force"]) == sorted(cold_war["year_in_force"])
    bilateral = filter_guarantees(table, type="bilateral_mutual_defense")
    assert set(bilateral["type"]) == {"bilateral_mutual_defense"}
    tested = filter_guarantees(table, tested_only=True)
    assert (tested["invoked_or_tested"] != "no").all()
    assert filter_guarantees(table, outcome="violated_by_guarantor").index.tolist() == [
        "budapest_1994"
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"era": (2000, 1990)}, "era must run forwards"),
        ({"era": (1990.5, 2000)}, r"era\[0\] must be an integer"),
        ({"type": "alliance"}, "type must be one of"),
        ({"outcome": "won"}, "outcome must be one of"),
    ],
)
def test_filter_rejects_bad_arguments(table, kwargs, message):
    with pytest.raises((ValueError, TypeError), match=message):
        filter_guarantees(table, **kwargs)


# --- corrupted copies ------------------------------------------------------------------


def _corrupt(tmp_path: Path, row_id: str, column: str, value: str) -> Path:
    source = Path(cases._default_path())
    with source.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    for row in rows[1:]:
        if row[0] == row_id:
            row[header.index(column)] = value
    broken = tmp_path / "guarantees.csv"
    with broken.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return broken


def _line_of(row_id: str) -> int:
    with Path(cases._default_path()).open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        for row in reader:
            if row[0] == row_id:
                return reader.line_num
    raise LookupError(row_id)


@pytest.mark.parametrize(
    ("column", "value", "problem"),
    [
        ("year_signed", "nineteen forty-nine", "is not a year"),
        ("year_signed", "1649", "outside the plausible range"),
        ("year_in_force", "1940", "earlier than year_signed"),
        ("year_ended", "1948", "earlier than year_in_force"),
        ("type", "alliance", "'alliance' is not one of"),
        ("wording_class", "firm", "'firm' is not one of"),
        ("outcome", "won", "'won' is not one of"),
        ("source", "", "must not be empty"),
        ("guarantors", " ; ", "must list at least one state"),
        ("id", "NATO 1949", "not a lowercase snake_case identifier"),
    ],
)
def test_corrupted_cell_is_reported_with_line_and_column(tmp_path, column, value, problem):
    broken = _corrupt(tmp_path, "nato_1949", column, value)
    with pytest.raises(DataFileError) as error:
        load_guarantees(broken)
    message = str(error.value)
    assert f"line {_line_of('nato_1949')}" in message
    assert f"column '{column}'" in message and problem in message


def test_duplicate_ids_are_reported(tmp_path):
    broken = _corrupt(tmp_path, "anzus_1951", "id", "nato_1949")
    with pytest.raises(DataFileError, match=r"column 'id': duplicate of line \d+"):
        load_guarantees(broken)


def test_outcome_must_agree_with_invocation(tmp_path):
    broken = _corrupt(tmp_path, "nato_1949", "invoked_or_tested", "no")
    with pytest.raises(DataFileError, match=r"column 'outcome'.*invoked_or_tested is 'no'"):
        load_guarantees(broken)


def test_wrong_header_and_ragged_rows(tmp_path):
    broken = tmp_path / "bad.csv"
    broken.write_text("id,name\nx,y\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"line 1 \(header\): missing column"):
        load_guarantees(broken)
    good_header = ",".join(cases.COLUMNS)
    broken.write_text(good_header + "\nnato,North Atlantic\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"line 2 \(id 'nato'\): expected \d+ columns, found 2"):
        load_guarantees(broken)
    broken.write_text(good_header + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="no data rows"):
        load_guarantees(broken)
