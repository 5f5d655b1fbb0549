"""Blind county round (tests/blind_zh_county.py): ten mainland county, district and
township portals scanned on the farm at depth full and depth home with a fixed clock,
against truth written before any scan."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.models import Site as CrawlSite
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import blind_zh_county as bz
from tests.farm import Farm

ARTICLE = re.compile(r"(art_|/t20\d{6}_|\.shtml$|ShowArticle|/detail|info\.jsp|a=show|/20\d{4}/)")


class CountySite:
    """Serves a blind site's pages by path and query; article links get a small page."""

    def __init__(self, site: bz.Site) -> None:
        self.site = site
        self.requests: list[str] = []

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(request.path_qs)
        page = self.site.pages.get(request.path_qs)
        if page is not None:
            content_type, body = page
            return web.Response(body=body, headers={"Content-Type": content_type})
        if ARTICLE.search(request.path_qs):
            return web.Response(
                text=f"<html><head><title>{self.site.name}</title></head><body><h1>正文</h1>"
                "<p>内容略。</p></body></html>",
                content_type="text/html",
            )
        return web.Response(status=404, text="<html><body>404 页面不存在</body></html>",
                            content_type="text/html")


def config_for(make_config: Callable[..., Config], port: int, sites: list[bz.Site]) -> Config:
    resolve = {s.host: f"127.0.0.1:{port}" for s in sites}
    return make_config(
        port,
        crawler={"max_page_bytes": 5_000_000, "max_column_pages": 12},
        network={"resolve": resolve},
    )


async def scan(
    make_config: Callable[..., Config], server: Farm, port: int, depth: str
) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    sites = bz.all_sites()
    for s in sites:
        server.sites[s.host] = CountySite(s)
    config = config_for(make_config, port, sites)
    crawl = [CrawlSite(s.url, name=s.key, group="blind-zh-county") for s in sites]
    outcome = await run_scan(config, crawl, depth=depth, clock=lambda: bz.NOW)
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
        columns: dict[str, list[dict[str, Any]]] = {}
        for row in db.query(
            "SELECT sites.name AS site, check_columns.* FROM check_columns"
            " JOIN checks ON checks.id = check_columns.check_id"
            " JOIN sites ON sites.id = checks.site_id WHERE checks.scan_id = ?",
            [outcome.scan_id],
        ):
            columns.setdefault(row["site"], []).append(dict(row))
        return records, columns
    finally:
        db.conn.close()


def mismatches(
    record: dict[str, Any], columns: list[dict[str, Any]], truth: bz.Truth, depth: str
) -> list[str]:
    found = {f["code"]: f for f in record["findings"]}
    out = []
    full = depth == "full"
    status = truth.status if full else truth.home_status
    passed = truth.passed if full else truth.home_passed
    must = truth.must if full else truth.home_must
    must_not = truth.must_not if full else truth.home_must_not
    if record["status"] != status:
        out.append(f"status {record['status']} != {status}")
    if record["passed"] is not passed:
        out.append(f"passed {record['passed']} != {passed}")
    for code in sorted(must):
        if code not in found:
            out.append(f"missing {code}")
    for code in sorted(must_not):
        if code in found:
            out.append(f"unexpected {code}: {found[code]['detail'][:140]}")
    if not full:
        want = bz.HOME_LAST_UPDATED[record["name"]]
        if record["last_updated"] != want:
            out.append(f"last_updated {record['last_updated']} != {want}")
        return out
    for code, want in (("column_stale", truth.stale_count), ("column_empty", truth.empty_count),
                       ("unanswered_messages", truth.unanswered)):
        if want is not None and code in found and found[code].get("count") != want:
            out.append(f"{code} count {found[code].get('count')} != {want}")
    if truth.last_updated and record["last_updated"] != truth.last_updated:
        out.append(f"last_updated {record['last_updated']} != {truth.last_updated}")
    by_name = {c["name"]: c for c in columns}
    for name, col in truth.columns.items():
        got = by_name.get(name)
        if got is None:
            out.append(f"column {name} not found")
            continue
        if col.type is not None and got["type"] != col.type:
            out.append(f"column {name} type {got['type']} != {col.type}")
        if (got["newest"] or None) != col.newest:
            out.append(f"column {name} newest {got['newest']} != {col.newest}")
        if bool(got["empty"]) is not col.empty:
            out.append(f"column {name} empty {bool(got['empty'])} != {col.empty}")
    return out


# Mismatches the crawler still has, each exactly as `mismatches` words it; the test
# below holds them (a fixed one fails it), and each has a strict xfail test of its own.
KNOWN_GAPS: dict[tuple[str, str], tuple[str, ...]] = {}


async def scan_mismatches(
    make_config: Callable[..., Config], server: Farm, port: int, depth: str
) -> dict[str, list[str]]:
    records, columns = await scan(make_config, server, port, depth)
    out = {}
    for site in bz.all_sites():
        assert site.truth is not None
        out[site.key] = mismatches(
            records[site.key], columns.get(site.key, []), site.truth, depth
        )
    return out


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_zh_county_sites_match_their_truth(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    server, port = farm
    got = await scan_mismatches(make_config, server, port, depth)
    wrong = {
        key: found
        for key, found in got.items()
        if tuple(found) != KNOWN_GAPS.get((key, depth), ())
    }
    assert not wrong, wrong


async def test_navigation_homepage_columns_on_section_pages(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    got = await scan_mismatches(make_config, server, port, "full")
    assert got["navhome"] == []


async def test_sweep_yearless_list_across_new_year(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    got = await scan_mismatches(make_config, server, port, "home")
    assert got["phpcms"] == []
