"""Blind traditional-Chinese sites (tests/blind_trad.py) scanned on the farm at depth
full and home, scored against the truths written before any scan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web
from selectolax.lexbor import LexborHTMLParser

from crawler.columns import read_lists
from crawler.config import Config
from crawler.lexicon import build_lexicon
from crawler.models import Site as ScanSite
from tests import blind_trad
from tests.farm import Farm
from tests.test_freshness_scan import codes, column_rows, scan

# Noon in Taipei on the truth's day.
NOW = dt.datetime(2026, 11, 20, 4, tzinfo=dt.UTC)


def handler(site: blind_trad.Site) -> Callable[..., Any]:
    async def serve(request: web.Request) -> web.StreamResponse:
        page = site.pages.get(request.path_qs) or site.pages.get(request.path)
        if page is None:
            return web.Response(status=404, text="<html><body>找不到網頁</body></html>", content_type="text/html")
        return web.Response(body=page.body, status=page.status, headers={"Content-Type": page.content_type})

    return serve


def farm_name(site: blind_trad.Site) -> str:
    return f"trad-{site.key}"


async def scan_all(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, dict[str, Any]]]]:
    server, port = farm
    sites = []
    for site in blind_trad.SITES:
        server.sites[farm_name(site)] = handler(site)
        sites.append(ScanSite(server.url(farm_name(site)), name=site.key, group="blind-trad",
                              overrides={"timezone": site.timezone}))
    config = make_config(port)
    scan_id, records = await scan(config, sites, depth=depth, now=NOW)
    columns = {s.key: column_rows(config, scan_id, s.key) for s in blind_trad.SITES}
    return records, columns


def match_column(truth: blind_trad.Col, rows: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    if truth.name in rows:
        return rows[truth.name]
    for name, row in rows.items():
        if truth.name in name or (name and name in truth.name):
            return row
    return None


def score(
    records: dict[str, dict[str, Any]], columns: dict[str, dict[str, dict[str, Any]]], depth: str
) -> tuple[list[str], dict[str, int]]:
    """Mismatches (one line each) and counts of what matched."""
    bad: list[str] = []
    tally = {"status": 0, "passed": 0, "findings": 0, "last_updated": 0, "col_found": 0, "col_type": 0,
             "col_newest": 0, "col_empty": 0, "cols": 0, "not_columns": 0, "not_columns_total": 0}
    full = depth == "full"
    for site in blind_trad.SITES:
        rec = records[site.key]
        got = codes(rec)
        status, passed = (site.status_full, site.passed_full) if full else (site.status_home, site.passed_home)
        must, must_not = (site.must_full, site.must_not_full) if full else (site.must_home, site.must_not_home)
        want_lu = site.last_updated_full if full else site.last_updated_home
        if rec["status"] == status:
            tally["status"] += 1
        else:
            bad.append(f"{depth} {site.key}: status {rec['status']} != {status}")
        if rec["passed"] == passed:
            tally["passed"] += 1
        else:
            bad.append(f"{depth} {site.key}: passed {rec['passed']} != {passed}")
        missing = set(must) - got
        extra = set(must_not) & got
        if not missing and not extra:
            tally["findings"] += 1
        else:
            details = {f["code"]: f["detail"] for f in rec["findings"] if f["code"] in extra}
            bad.append(f"{depth} {site.key}: findings missing {sorted(missing)} unwanted {details}")
        lu = rec["last_updated"]
        if lu == (want_lu.isoformat() if want_lu else None):
            tally["last_updated"] += 1
        else:
            bad.append(f"{depth} {site.key}: last_updated {lu} != {want_lu}")
        if not full:
            continue
        rows = columns[site.key]
        for col in site.columns:
            tally["cols"] += 1
            row = match_column(col, rows)
            if row is None:
                bad.append(f"full {site.key}: column {col.name} not found among {sorted(rows)}")
                continue
            tally["col_found"] += 1
            if row["type"] == col.type or row["type"] in col.alt_types:
                tally["col_type"] += 1
            else:
                bad.append(f"full {site.key}: column {col.name} type {row['type']} != {col.type}")
            want = col.newest.isoformat() if col.newest else None
            if row["newest"] == want:
                tally["col_newest"] += 1
            else:
                bad.append(f"full {site.key}: column {col.name} newest {row['newest']} != {want} ({row['error']})")
            if bool(row["empty"]) == col.empty:
                tally["col_empty"] += 1
            else:
                bad.append(f"full {site.key}: column {col.name} empty {bool(row['empty'])} != {col.empty}")
        if site.columns:
            matched = {id(match_column(col, rows)) for col in site.columns}
            for name, row in rows.items():
                if id(row) not in matched and name not in site.not_columns:
                    bad.append(f"full {site.key}: column {name} ({row['type']}, {row['items']} items) is no column")
        for name in site.not_columns:
            tally["not_columns_total"] += 1
            row = rows.get(name)
            if row is None or not row["empty"]:
                tally["not_columns"] += 1
            else:
                bad.append(f"full {site.key}: link block {name} judged an empty column")
    return bad, tally


# Mismatches left as known gaps: (depth, line prefix) -> reason.
KNOWN_GAPS: dict[str, str] = {}


def unexplained(bad: list[str]) -> list[str]:
    return [b for b in bad if not any(b.startswith(k) for k in KNOWN_GAPS)]


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_trad(depth: str, farm: tuple[Farm, int], make_config: Callable[..., Config]) -> None:
    records, columns = await scan_all(farm, make_config, depth)
    bad, tally = score(records, columns, depth)
    assert unexplained(bad) == [], (tally, bad)


def lists_of(key: str, path: str, columns: bool = False) -> Any:
    page = blind_trad.BY_KEY[key].pages[path]
    html = page.body.decode("utf-8")
    return read_lists(
        LexborHTMLParser(html), f"http://www.{key}.test{path}", blind_trad.NOW, build_lexicon(),
        columns=columns, message_list=False,
    )


def test_gallery_figures_are_items() -> None:
    """活動花絮: <figure><a><img></a><figcaption><a>title</a><span>2026/11/10</span>
    </figcaption></figure>, or a caption of text and date beside an image link."""
    found = lists_of("qingshan", "/Gallery.aspx?n=1003&sms=9003")
    assert found.main is not None and len(found.main.items) == 8
    assert found.main.newest is not None and found.main.newest.date == blind_trad.d(10)
    found = lists_of("daan", "/Gallery.aspx?n=3003&sms=93003")
    assert found.main is not None and found.main.newest is not None
    assert found.main.newest.date == blind_trad.d(5)


def test_blog_posts_in_divs_are_items() -> None:
    """A blog's posts in <div class="article">, the date in a list of its own above the
    title (2024-08-15 (四) 18:10), the category in another: one dated item each."""
    found = lists_of("blog", "/")
    dated = [lst for lst in found.lists if lst.newest is not None]
    assert dated and max(lst.newest.date for lst in dated if lst.newest) == dt.date(2024, 8, 15)
    assert max(len(lst.dated) for lst in dated) == 8


def test_press_release_days_are_one_list() -> None:
    """GovHK's press releases: <h3>2026年11月19日（星期四）</h3><ul>..</ul> per day, one
    wrapper: one list, one column (新聞公報), not a column per day."""
    found = lists_of("hkdc", "/tc/news/press.html")
    assert found.main is not None and len(found.main.items) == 5
    home = lists_of("hkdc", "/", columns=True)
    names = sorted(col.name for col in home.columns)
    assert names == sorted(["最新消息", "新聞公報", "會議文件", "公告"]), names
