"""JSON and CSV reports: complete, language-independent, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from monitor.model import Reason, Report, SiteRow
from monitor.render_data import CSV_HEADER, format_csv, format_json, iso_utc
from tests.report_samples import (
    HOSTILE_DETAIL,
    HOSTILE_TITLE,
    MARKDOWN_NAME,
    empty_report,
    sample_report,
)

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
HEADER = (
    "group,name,url,status,passed,score,change,previous_status,days_in_state,status_since,"
    "closure_candidate,dead_since,main_finding,reasons,checked_at,final_url"
)


def load(report: Report) -> dict[str, Any]:
    data = json.loads(format_json(report))
    assert isinstance(data, dict)
    return data


def rows(report: Report) -> list[list[str]]:
    return list(csv.reader(io.StringIO(format_csv(report))))


def many_sites(report: Report, n: int) -> Report:
    base = report.sites[-1]
    extra = tuple(replace(base, url=f"http://site{i}.example.gov.cn/") for i in range(n))
    return replace(report, sites=report.sites + extra)


# ---------------------------------------------------------------------------
# JSON


def test_iso_utc() -> None:
    assert iso_utc(datetime(2026, 11, 25, 1, 0, tzinfo=UTC)) == "2026-11-25T01:00:00Z"
    beijing = timezone(timedelta(hours=8))
    assert iso_utc(datetime(2026, 11, 25, 9, 0, tzinfo=beijing)) == "2026-11-25T01:00:00Z"
    assert iso_utc(datetime(2026, 11, 25, 1, 0)) == "2026-11-25T01:00:00Z"  # naive = UTC
    assert iso_utc(None) is None


def test_json_round_trip_top_level() -> None:
    report = sample_report()
    data = load(report)
    assert list(data) == [
        "schema_version",
        "generated_at",
        "scan",
        "baseline",
        "unfinished_scan",
        "group",
        "closure_after_days",
        "headline",
        "changes",
        "needs_action",
        "closure_candidates",
        "groups",
        "findings",
        "availability",
        "trends",
        "sites",
    ]
    assert data["schema_version"] == 1
    assert data["generated_at"] == "2026-11-25T04:00:00Z"
    assert data["scan"] == {
        "id": 42,
        "started_at": "2026-11-25T01:00:00Z",
        "finished_at": "2026-11-25T03:00:00Z",
        "depth": "full",
        "sites": 9,
    }
    assert data["baseline"]["id"] == 41
    assert data["group"] is None
    assert data["closure_after_days"] == 90


def test_json_headline_and_rates_rounded() -> None:
    data = load(sample_report())
    head = data["headline"]
    assert (head["checked"], head["passed"]) == (9, 3)
    assert head["pass_rate"] == 0.3333
    assert head["change_since_previous"] == -0.1111
    assert head["change_over_30_days"] == -0.2222
    assert head["previous_scan"]["id"] == 41 and head["month_ago_scan"]["id"] == 38
    assert head["counts"] == {
        "healthy": 4,
        "stale": 1,
        "zombie": 1,
        "unreachable": 2,
        "hijacked": 1,
    }
    shanghai = next(g for g in data["groups"] if g["group"] == "上海市")
    assert shanghai["trend"] == [1.0, 1.0, 0.6667, 0.3333, 0.3333]
    nogroup = next(g for g in data["groups"] if g["group"] == "")
    assert nogroup["trend"][2] is None
    assert [t["pass_rate"] for t in data["trends"]] == [0.5556, 0.5556, 0.4444, 0.4444, 0.3333]
    assert data["availability"]["rows"][2]["ratio"] == 0.1429
    assert data["availability"]["max_failure_ratio"] == 0.05
    assert data["availability"]["source"] == "scans"


def test_json_sites_and_computed_lists() -> None:
    report = sample_report()
    data = load(report)
    assert len(data["sites"]) == len(report.sites) == 9
    assert [s["url"] for s in data["sites"]] == [s.url for s in report.sites]
    assert data["needs_action"] == [s.url for s in report.needs_action]
    assert len(data["needs_action"]) == 6
    assert data["changes"] == {
        "newly_failed": ["https://www.sh-pudong.gov.cn/"],
        "worsened": ["http://www.bjhd.gov.cn/"],
        "recovered": ["https://www.shxh.gov.cn/"],
    }
    assert data["closure_candidates"] == ["http://www.bjmy-old.gov.cn/"]
    assert len(data["findings"]) == len(report.findings)
    assert len(data["groups"]) == 3
    assert len(data["trends"]) == 5


def test_json_site_object_holds_every_field() -> None:
    data = load(sample_report())
    wanted = {f.name for f in fields(SiteRow)} | {"needs_action"}
    for site in data["sites"]:
        assert set(site) == wanted
        for key in ("checked_at", "status_since", "dead_since"):
            assert site[key] is None or ISO_UTC.match(site[key]), (key, site[key])
    hijacked = data["sites"][0]
    assert hijacked["title"] == HOSTILE_TITLE  # data, not markup: kept as is
    assert hijacked["needs_action"] is True
    assert hijacked["change"] == "worsened" and hijacked["previous_status"] == "stale"
    assert hijacked["reasons"][0] == {
        "code": "spam_content",
        "detail": HOSTILE_DETAIL,
        "count": 3,
        "veto": True,
        "data": {"words": ["澳门赌场", "博彩"]},
    }
    candidate = next(s for s in data["sites"] if s["closure_candidate"])
    assert candidate["dead_since"] == "2026-07-28T01:00:00Z"
    assert data["sites"][-1]["needs_action"] is False


def test_json_is_utf8_not_escaped_and_handles_odd_finding_data() -> None:
    report = sample_report()
    odd = Reason(
        "column_stale",
        "x",
        data={"at": datetime(2026, 1, 2, 3, 4, tzinfo=UTC), "on": date(2026, 1, 2), "s": {"b"}},
    )
    site = replace(report.sites[0], reasons=(odd,))
    text = format_json(replace(report, sites=(site, *report.sites[1:])))
    assert "政务动态" in text and "\\u" not in text
    data = json.loads(text)
    assert data["sites"][0]["reasons"][0]["data"] == {
        "at": "2026-01-02T03:04:00Z",
        "on": "2026-01-02",
        "s": ["b"],
    }


def test_json_is_uncapped() -> None:
    report = many_sites(sample_report(), 250)
    data = load(report)
    assert len(data["sites"]) == 259


def test_json_empty_report() -> None:
    data = load(empty_report())
    assert data["baseline"] is None
    assert data["headline"]["pass_rate"] is None
    assert data["headline"]["change_since_previous"] is None
    assert data["sites"] == [] and data["needs_action"] == []
    assert data["changes"] == {"newly_failed": [], "worsened": [], "recovered": []}
    assert len(data["trends"]) == 1 and data["trends"][0]["pass_rate"] is None


# ---------------------------------------------------------------------------
# CSV


def test_csv_header_and_one_row_per_site() -> None:
    report = sample_report()
    table = rows(report)
    assert ",".join(table[0]) == HEADER
    assert tuple(table[0]) == CSV_HEADER
    assert len(table) == len(report.sites) + 1
    assert [r[2] for r in table[1:]] == [s.url for s in report.sites]
    assert all(len(r) == len(CSV_HEADER) for r in table)
    assert len(rows(many_sites(report, 250))) == 260
    assert rows(empty_report()) == [list(CSV_HEADER)]


def test_csv_values() -> None:
    table = rows(sample_report())
    column = {name: i for i, name in enumerate(CSV_HEADER)}
    first = table[1]
    assert first[column["group"]] == "北京市"
    assert first[column["status"]] == "hijacked"
    assert first[column["passed"]] == "false"
    assert first[column["score"]] == "0"
    assert first[column["change"]] == "worsened"
    assert first[column["previous_status"]] == "stale"
    assert first[column["days_in_state"]] == "2"
    assert first[column["status_since"]] == "2026-11-23T01:00:00Z"
    assert first[column["closure_candidate"]] == "false"
    assert first[column["dead_since"]] == ""
    assert first[column["main_finding"]] == "spam_content"
    assert first[column["reasons"]] == (
        f"spam_content: {HOSTILE_DETAIL} | hidden_links: 12 hidden links to 3 off-site domains"
    )
    assert first[column["checked_at"]] == "2026-11-25T01:20:00Z"
    candidate = next(r for r in table[1:] if r[column["closure_candidate"]] == "true")
    assert candidate[column["dead_since"]] == "2026-07-28T01:00:00Z"
    # A name with a line break and quotes survives the round trip.
    assert MARKDOWN_NAME in [r[column["name"]] for r in table]
    healthy = table[-1]
    assert healthy[column["passed"]] == "true" and healthy[column["main_finding"]] == ""


def test_csv_guards_against_formula_injection() -> None:
    report = sample_report()
    formula = '=HYPERLINK("http://evil")'
    evil = replace(
        report.sites[0],
        name=formula,
        group="@SUM(A1)",
        final_url="-1+1",
        reasons=(Reason("spam_content", "=1+1"),),
    )
    tabbed = replace(report.sites[1], name="\tcmd", group="+区")
    table = rows(replace(report, sites=(evil, tabbed, *report.sites[2:])))
    column = {name: i for i, name in enumerate(CSV_HEADER)}
    assert table[1][column["name"]] == "'" + formula
    assert table[1][column["group"]] == "'@SUM(A1)"
    assert table[1][column["final_url"]] == "'-1+1"
    assert table[1][column["reasons"]] == "spam_content: =1+1"  # starts with the code
    assert table[2][column["name"]] == "'\tcmd"
    assert table[2][column["group"]] == "'+区"
    # Ordinary values are untouched.
    assert table[1][column["url"]] == "http://www.bjhd.gov.cn/"
    assert table[3][column["name"]] == report.sites[2].name
    for row in table[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell


def test_csv_times_are_utc() -> None:
    report = sample_report()
    beijing = timezone(timedelta(hours=8))
    site: SiteRow = replace(
        report.sites[0], checked_at=datetime(2026, 11, 25, 9, 20, tzinfo=beijing)
    )
    table = rows(replace(report, sites=(site, *report.sites[1:])))
    assert table[1][CSV_HEADER.index("checked_at")] == "2026-11-25T01:20:00Z"
