"""Column types with the shipped lexicon: each real heading of `tests/column_headings.py`
gets the type an inspector gives it, and each type is wired to a limit and a config key."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest

from crawler.config import ColumnSettings, RuleSettings, load_config
from crawler.errors import ConfigError
from crawler.lexicon import COLUMN_TYPES, build_lexicon
from crawler.models import ColumnState
from crawler.rules import column_findings
from tests.column_headings import HEADINGS

LEXICON = build_lexicon()
TODAY = date(2026, 3, 2)
# Types with no freshness limit by default: citizens' channels, everything else, and
# the commercial monitors' 1-year class (limits only when the config gives them).
MONITORS_CLASS = ("finance", "statistics", "leaders", "organisation")
UNLIMITED = {"interaction", "other", *MONITORS_CLASS}


@pytest.mark.parametrize(("heading", "kind", "why"), HEADINGS, ids=[h for h, _, _ in HEADINGS])
def test_heading_gets_the_inspectors_type(heading: str, kind: str, why: str) -> None:
    assert LEXICON.classify(heading) == kind, why or heading


def test_table_is_well_formed() -> None:
    headings = [h for h, _, _ in HEADINGS]
    assert len(headings) == len(set(headings)), "a heading listed twice"
    assert 250 <= len(headings) <= 400
    assert {kind for _, kind, _ in HEADINGS} == {*COLUMN_TYPES, "other"}


def test_the_inspectors_types_have_default_limits_and_no_others() -> None:
    limits = RuleSettings().column_max_age_days
    assert set(limits) == set(COLUMN_TYPES) - UNLIMITED
    assert limits == {"news": 14, "notice": 180, "policy": 180, "personnel": 365, "planning": 365}


def test_every_type_and_other_can_be_extended_from_the_config() -> None:
    fields = {f.name for f in dataclasses.fields(ColumnSettings)}
    assert {*COLUMN_TYPES, "other"} <= fields
    extended = build_lexicon({"finance": ["资金监管"], "other": ["新闻联播"]})
    assert LEXICON.classify("资金监管") == "other"
    assert extended.classify("资金监管") == "finance"
    assert LEXICON.classify("新闻联播") == "news"
    assert extended.classify("新闻联播") == "other"


def _column(name: str, days_old: int) -> ColumnState:
    newest = TODAY - timedelta(days=days_old)
    return ColumnState(name, LEXICON.classify(name), f"http://x.test/{name}/", 10, newest)


def test_verdicts_follow_the_headings_types() -> None:
    # 30 days old: stale for news only; 200: for notices too; 400: the 1-year class,
    # when the config holds the commercial monitors' profile.
    columns = (
        _column("视频新闻", 30),  # 新闻: the 2-week news class
        _column("专题专栏", 400),
        _column("Upcoming events", 400),
        _column("政府采购", 200),  # procurement notices: 6 months
        _column("财政预决算", 400),  # the monitors' 1-year finance class
        _column("统计信息", 300),
        _column("招聘公告", 200),  # recruitment: personnel, a year
    )
    (finding,) = column_findings(columns, RuleSettings(), TODAY)
    stale = {c["name"]: (c["type"], c["limit_days"]) for c in finding.data["columns"]}
    assert stale == {"视频新闻": ("news", 14), "政府采购": ("notice", 180)}
    limits = {**RuleSettings().column_max_age_days, **dict.fromkeys(MONITORS_CLASS, 365)}
    monitors = RuleSettings(column_max_age_days=limits)
    (finding,) = column_findings(columns, monitors, TODAY)
    stale = {c["name"]: (c["type"], c["limit_days"]) for c in finding.data["columns"]}
    assert stale == {
        "视频新闻": ("news", 14),
        "政府采购": ("notice", 180),
        "财政预决算": ("finance", 365),
    }


def test_limits_of_new_types_are_validated_like_the_others(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[rules.column_max_age_days]\nfinance = 200\nleaders = 730\n", "utf-8")
    limits = load_config(path).rules.column_max_age_days
    assert (limits["finance"], limits["leaders"], limits["news"]) == (200, 730, 14)
    assert "statistics" not in limits
    path.write_text("[rules.column_max_age_days]\nbudget = 200\n", "utf-8")
    with pytest.raises(ConfigError, match=r"column_max_age_days\.budget"):
        load_config(path)
    path.write_text("[columns]\nfinanse = ['资金']\n", "utf-8")
    with pytest.raises(ConfigError, match="finanse"):
        load_config(path)


@pytest.mark.parametrize("heading", ["Top Stories", "Headlines", "Latest Headlines"])
def test_an_english_front_page_news_box_is_news(heading: str) -> None:
    # US and UK portals head their front-page news box so (blind round en9).
    assert LEXICON.classify(heading) == "news"
