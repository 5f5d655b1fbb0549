"""Column types with the shipped lexicon, second blind table (`tests/column_headings2.py`):
220 headings written before any run, each with the type an inspector gives it."""

from __future__ import annotations

import pytest

from crawler.lexicon import COLUMN_TYPES, build_lexicon
from tests.column_headings import HEADINGS as FIRST_TABLE
from tests.column_headings2 import EN, HEADINGS, TRAD, ZH

LEXICON = build_lexicon()


@pytest.mark.parametrize(("heading", "kind", "why"), HEADINGS, ids=[h for h, _, _ in HEADINGS])
def test_heading_gets_the_inspectors_type(heading: str, kind: str, why: str) -> None:
    assert LEXICON.classify(heading) == kind, why or heading


def test_table_is_well_formed() -> None:
    headings = [h for h, _, _ in HEADINGS]
    assert len(headings) == len(set(headings)), "a heading listed twice"
    assert (len(ZH), len(TRAD), len(EN)) == (110, 50, 60)
    assert {kind for _, kind, _ in HEADINGS} <= {*COLUMN_TYPES, "other"}


def test_the_two_tables_agree_where_they_overlap() -> None:
    first = {heading: kind for heading, kind, _ in FIRST_TABLE}
    assert {h: k for h, k, _ in HEADINGS if h in first and first[h] != k} == {}
