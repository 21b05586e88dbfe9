"""Historical security guarantees: the course's dataset and its loader.

``guaranteelab/data/guarantees.csv`` records security guarantees from the
1839 Treaty of London to NATO's enlargement in 2024: who guaranteed whom,
how binding the wording is, whether the guarantee was ever invoked or tested,
and what happened. Every row cites a source; ``data/VERIFICATION.md`` records
how each row was checked.

Two columns use a coding of our own, so they are documented here and
validated on load:

* ``type``, the form of the arrangement (:data:`TYPES`);
* ``wording_class``, how binding the promise's wording is (:data:`WORDING_CLASSES`),
  a rough proxy for the distinction between deterministic and probabilistic
  commitments in Benson (2012), *Constructing International Security*.

``invoked_or_tested`` and ``outcome`` are coded with :data:`INVOCATION` and
:data:`OUTCOMES`. Codings of outcomes are judgements that historians dispute;
the ``notes`` column says where.

>>> from guaranteelab.cases import load_guarantees
>>> table = load_guarantees()
>>> int(table.loc["nato_1949", "year_signed"])
1949
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from guaranteelab._validate import choice, integer

__all__ = [
    "COLUMNS",
    "INVOCATION",
    "OUTCOMES",
    "TYPES",
    "WORDING_CLASSES",
    "DataFileError",
    "filter_guarantees",
    "load_guarantees",
    "split_list",
]

#: Forms of security arrangement.
TYPES: dict[str, str] = {
    "multilateral_collective_defense": "several states treat an attack on one as a concern of all",
    "bilateral_mutual_defense": "two states promise each other help against attack",
    "neutrality_guarantee": "outside powers guarantee a state's permanent neutrality",
    "guarantee_treaty": "outside powers guarantee a settlement, a border or a constitution",
    "security_assurance": "a written promise short of a defence commitment",
    "unilateral_declaration": "one state's own statute or declaration, with no treaty partner bound",
    "basing_security_treaty": "a treaty that stations forces without an explicit duty to defend",
    "security_partnership": "defence cooperation with no collective-defence clause",
    "accession_collective_defense": "a state joining an existing collective-defence treaty",
}

#: How binding a commitment's wording is, from most to least automatic.
WORDING_CLASSES: dict[str, str] = {
    "automatic": "help is promised at once and with all means ('all the aid in their power')",
    "constitutional_processes": "each party will 'act to meet the common danger' by its constitutional processes",
    "discretionary": "each party takes 'such action as it deems necessary'",
    "conditional": "help is owed only in an explicitly restricted case (a narrow casus foederis)",
    "guarantee_of_status": "the guarantors uphold a status (neutrality, independence) rather than promise war",
    "consultative_assurance": "the promise is to consult or to seek action by others, not to defend",
    "none": "no promise of defence at all",
}

#: Whether the guarantee was called on.
INVOCATION: dict[str, str] = {
    "yes": "formally invoked, or the case it covers arose",
    "tested": "a crisis short of formal invocation tested it",
    "no": "never invoked or tested",
}

#: What happened when it was invoked or tested (or that it never was).
OUTCOMES: dict[str, str] = {
    "honoured": "the guarantors did what the text promised",
    "partially_honoured": "some of the promise was kept, some not",
    "not_honoured": "the guarantors did not act",
    "mixed": "several invocations with different results",
    "contested": "what the guarantee required is itself disputed",
    "violated_by_guarantor": "a guarantor itself broke the promise",
    "deterrence_held": "tested, and the attack it was meant to deter did not come",
    "not_invoked": "tested, but no party formally invoked it",
    "not_tested": "never tested",
}

CONFIDENCE: dict[str, str] = {
    "high": "every field confirmed in the cited sources",
    "medium": "some field could not be fully confirmed; the notes say which",
}

#: The year the dataset was last checked; guarantees still in force run to here.
CURRENT_YEAR = 2026

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_EARLIEST, _LATEST = 1800, 2100


def split_list(cell: str) -> list[str]:
    """Split a ``;``-separated cell (``guarantors``, ``proteges_or_members``).

    >>> split_list("United States; Japan")
    ['United States', 'Japan']
    """
    return [part.strip() for part in str(cell).split(";") if part.strip()]


class DataFileError(ValueError):
    """A data file does not match its schema; the message names the line and column."""


def _text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _optional_text(value: str) -> str:
    return value.strip()


def _identifier(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(f"{value!r} is not a lowercase snake_case identifier")
    return value


def _year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a year (a whole number such as 1949)") from None
    if not _EARLIEST <= year <= _LATEST:
        raise ValueError(f"{year} is outside the plausible range [{_EARLIEST}, {_LATEST}]")
    return year


def _optional_year(value: str) -> int | None:
    return _year(value) if value.strip() else None


def _states(value: str) -> str:
    if not split_list(value):
        raise ValueError("must list at least one state, separated by ';'")
    return value.strip()


def _vocabulary(options: dict[str, str]) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in options:
            raise ValueError(f"{value!r} is not one of {', '.join(options)}")
        return value

    return parse


#: Every column of ``guarantees.csv``, in order, with the parser that validates it.
COLUMNS: dict[str, Callable[[str], Any]] = {
    "id": _identifier,
    "name": _text,
    "short_name": _text,
    "year_signed": _year,
    "year_in_force": _year,
    "year_ended": _optional_year,
    "end_note": _optional_text,
    "guarantors": _states,
    "proteges_or_members": _states,
    "type": _vocabulary(TYPES),
    "wording_class": _vocabulary(WORDING_CLASSES),
    "commitment_paraphrase": _text,
    "invoked_or_tested": _vocabulary(INVOCATION),
    "test_events": _optional_text,
    "outcome": _vocabulary(OUTCOMES),
    "confidence": _vocabulary(CONFIDENCE),
    "notes": _optional_text,
    "source": _text,
}

_CATEGORIES = {
    "type": TYPES,
    "wording_class": WORDING_CLASSES,
    "invoked_or_tested": INVOCATION,
    "outcome": OUTCOMES,
    "confidence": CONFIDENCE,
}


def _default_path() -> Path:
    return Path(str(resources.files("guaranteelab") / "data" / "guarantees.csv"))


def load_guarantees(path: str | Path | None = None) -> pd.DataFrame:
    """Load and validate the dataset of historical guarantees.

    Parameters
    ----------
    path
        A CSV file with the columns of :data:`COLUMNS`; the packaged
        ``guarantees.csv`` by default.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``id``. Years are nullable integers (``Int64``; a missing
        ``year_ended`` means still in force), the coded columns are
        categoricals over their full vocabularies, the rest are strings.

    Raises
    ------
    DataFileError
        If the header is wrong, or any cell breaks the schema: the message
        names the file, the line, the row's id and the column.
    """
    file = Path(path) if path is not None else _default_path()
    expected = list(COLUMNS)
    records = read_table(
        file,
        COLUMNS,
        label=lambda row: f"id {(row[0] if row else '')!r}",
        check_row=functools.partial(_check_row, seen={}),
    )
    table = pd.DataFrame.from_records(records, columns=expected)
    for column in ("year_signed", "year_in_force", "year_ended"):
        table[column] = table[column].astype("Int64")
    for column, vocabulary in _CATEGORIES.items():
        table[column] = pd.Categorical(table[column], categories=list(vocabulary))
    text_columns = [c for c in expected if c not in _CATEGORIES and not c.startswith("year_")]
    table[text_columns] = table[text_columns].astype("string")
    return table.set_index("id", drop=False).rename_axis(None)


def read_table(
    file: Path,
    columns: dict[str, Callable[[str], Any]],
    label: Callable[[list[str]], str],
    check_row: Callable[[dict[str, Any], str, int], None] | None = None,
) -> list[dict[str, Any]]:
    r"""Read a CSV data file cell by cell, as the data loaders of the course do.

    Parameters
    ----------
    file
        The CSV file; its header must list ``columns`` in order.
    columns
        Each column's name and parser. A parser turns the cell's text into a
        value or raises ``ValueError`` saying what is wrong with it.
    label
        Names a row in error messages from its raw cells, e.g. ``"id 'nato'"``.
    check_row
        Called as ``check_row(record, where, line)`` after a row is parsed, for
        rules that span several cells or rows; it raises `DataFileError`
        starting with ``where`` (file, line and the row's label).

    Returns
    -------
    list of dict
        One dict a data row (blank lines are skipped), from column to value.

    Raises
    ------
    DataFileError
        If the header is wrong, a row has the wrong number of cells, a cell
        does not parse, ``check_row`` rejects a row or there are no data rows.
        The message names the file, the line, the row and the column.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     file = Path(folder) / "allies.csv"
    ...     _ = file.write_text("name,joined\nNorway,1949\nSweden,soon\n", encoding="utf-8")
    ...     read_table(file, {"name": str, "joined": int}, label=lambda row: row[0])
    Traceback (most recent call last):
    ...
    guaranteelab.cases.DataFileError: allies.csv, line 3 (Sweden), column 'joined': invalid literal for int() with base 10: 'soon'
    """
    expected = list(columns)
    records: list[dict[str, Any]] = []
    with file.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header != expected:
            problem = _header_problem(header or [], expected)
            raise DataFileError(f"{file.name}, line 1 (header): {problem}")
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            where = f"{file.name}, line {line} ({label(row)})"
            if len(row) != len(expected):
                raise DataFileError(f"{where}: expected {len(expected)} columns, found {len(row)}")
            record: dict[str, Any] = {}
            for column, cell in zip(expected, row, strict=True):
                try:
                    record[column] = columns[column](cell)
                except ValueError as exc:
                    raise DataFileError(f"{where}, column {column!r}: {exc}") from None
            if check_row is not None:
                check_row(record, where, line)
            records.append(record)
    if not records:
        raise DataFileError(f"{file.name}: no data rows")
    return records


def _header_problem(header: list[str], expected: list[str]) -> str:
    missing = [c for c in expected if c not in header]
    unknown = [c for c in header if c not in expected]
    if missing:
        return f"missing column(s) {missing}"
    if unknown:
        return f"unknown column(s) {unknown}"
    return f"columns out of order; expected {expected}"


def _check_row(record: dict[str, Any], where: str, line: int, seen: dict[str, int]) -> None:
    """Rules that span several cells of a row, or several rows."""
    if record["id"] in seen:
        raise DataFileError(f"{where}, column 'id': duplicate of line {seen[record['id']]}")
    seen[record["id"]] = line
    if record["year_in_force"] < record["year_signed"]:
        raise DataFileError(f"{where}, column 'year_in_force': earlier than year_signed")
    ended = record["year_ended"]
    if ended is not None and ended < record["year_in_force"]:
        raise DataFileError(f"{where}, column 'year_ended': earlier than year_in_force")
    untested_outcomes = {"not_tested", "deterrence_held"}
    if record["invoked_or_tested"] == "no" and record["outcome"] not in untested_outcomes:
        raise DataFileError(
            f"{where}, column 'outcome': {record['outcome']!r} needs the guarantee to have been "
            "invoked or tested, but invoked_or_tested is 'no'"
        )
    if record["invoked_or_tested"] != "no" and record["outcome"] == "not_tested":
        raise DataFileError(
            f"{where}, column 'outcome': 'not_tested' contradicts "
            f"invoked_or_tested {record['invoked_or_tested']!r}"
        )


def filter_guarantees(
    table: pd.DataFrame,
    *,
    era: tuple[int, int] | None = None,
    type: str | None = None,
    outcome: str | None = None,
    tested_only: bool = False,
) -> pd.DataFrame:
    """Select guarantees by era, type and outcome.

    Parameters
    ----------
    table
        As returned by :func:`load_guarantees`.
    era
        ``(first, last)`` years: keep guarantees in force at any time in that
        span (still-running ones count as in force until :data:`CURRENT_YEAR`).
    type, outcome
        Keep one value of :data:`TYPES` or :data:`OUTCOMES`; ``None`` keeps all.
    tested_only
        Keep only guarantees that were invoked or tested.

    Returns
    -------
    pandas.DataFrame
        The matching rows, ordered by the year they entered into force.

    Examples
    --------
    >>> table = load_guarantees()
    >>> cold_war = filter_guarantees(table, era=(1947, 1991), type="bilateral_mutual_defense")
    >>> "us_japan_1960" in cold_war.index
    True
    """
    keep = pd.Series(True, index=table.index)
    if era is not None:
        first, last = (integer(f"era[{i}]", year) for i, year in enumerate(era))
        if first > last:
            raise ValueError(f"era must run forwards (first <= last); got ({first}, {last})")
        ended = table["year_ended"].fillna(CURRENT_YEAR)
        keep &= (table["year_in_force"] <= last) & (ended >= first)
    if type is not None:
        keep &= table["type"] == choice("type", type, TYPES)
    if outcome is not None:
        keep &= table["outcome"] == choice("outcome", outcome, OUTCOMES)
    if tested_only:
        keep &= table["invoked_or_tested"] != "no"
    return table[keep.to_numpy(dtype=bool)].sort_values(["year_in_force", "year_signed", "id"])
