"""Blind provincial/prefecture-city round (tests/blind_zh_province.py): eight large
portals scanned on the farm at depth full and depth home with a fixed clock, against
truth written before any scan."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.extract import default_lexicon, observe
from crawler.models import Site as CrawlSite
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import blind_zh_province as bp
from tests.farm import Farm

ARTICLE = re.compile(r"(/art/20\d\d/|/t20\d{6}_|que_content\.jsp|xjxq\.html)")

# Pages of 200 KB parsed on the test's own event loop need more than the farm's
# 0.5 s; a "slow" column page answers after every attempt has given up (a page
# slower than a real scan's patience, scaled).
TIMEOUT = 2.0
SLOW_SECONDS = 2.4

# 10:00 in Beijing on bp.NOW (a Friday).
CLOCK = dt.datetime(bp.NOW.year, bp.NOW.month, bp.NOW.day, 2, 0, tzinfo=dt.UTC)


class ProvinceSite:
    """Serves a blind site's pages by path; article links get a small page."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.site = bp.SITES[key]
        self.requests: list[str] = []

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.requests.append(request.path_qs)
        page = self.site["pages"].get(path) or (self.site["pages"].get(path[: -len("index.html")])
                                                if path.endswith("/index.html") else None)
        if page is not None:
            seen = sum(1 for r in self.requests if r == request.path_qs)
            if page.behaviour == "slow":
                await asyncio.sleep(SLOW_SECONDS)
            elif page.behaviour == "down503" or (page.behaviour == "flaky503" and seen == 1):
                return web.Response(status=503, text="<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
                                    content_type="text/html")
            return web.Response(body=page.html.encode(page.charset),
                                headers={"Content-Type": f"text/html; charset={page.charset}"})
        if ARTICLE.search(request.path_qs):
            return web.Response(text=f"<html><head><title>{self.site['name']}</title></head><body><h1>正文</h1>"
                                "<p>内容略。</p></body></html>", content_type="text/html")
        return web.Response(status=404, text="<html><body>404 页面不存在</body></html>", content_type="text/html")


def config_for(make_config: Callable[..., Config], port: int) -> Config:
    resolve = {s["host"]: f"127.0.0.1:{port}" for s in bp.SITES.values()}
    return make_config(port, crawler={"max_page_bytes": 5_000_000, "timeout": TIMEOUT}, network={"resolve": resolve})


async def scan(make_config: Callable[..., Config], server: Farm, port: int, depth: str
               ) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    for key, s in bp.SITES.items():
        server.sites[s["host"]] = ProvinceSite(key)
    config = config_for(make_config, port)
    crawl = [CrawlSite(f"http://{s['host']}/", name=key, group="blind-zh-province") for key, s in bp.SITES.items()]
    outcome = await run_scan(config, crawl, depth=depth, clock=lambda: CLOCK)
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


def mismatches(record: dict[str, Any], columns: list[dict[str, Any]], truth: bp.Truth, depth: str) -> list[str]:
    found = {f["code"]: f for f in record["findings"]}
    full = depth == "full"
    out = []
    status, passed = (truth.status_full, truth.passed_full) if full else (truth.status_home, truth.passed_home)
    must, must_not = (truth.must_full, truth.must_not_full) if full else (truth.must_home, truth.must_not_home)
    if record["status"] != status:
        out.append(f"status {record['status']} != {status}")
    if record["passed"] is not passed:
        out.append(f"passed {record['passed']} != {passed}")
    out += [f"missing {code}" for code in must if code not in found]
    out += [f"unexpected {code}: {found[code]['detail'][:160]}" for code in must_not if code in found]
    want = truth.last_updated_full if full else truth.last_updated_home
    want_s = want.isoformat() if want else None
    if record["last_updated"] != want_s and not (want is None and record.get("last_updated_source") != "content"):
        out.append(f"last_updated {record['last_updated']} != {want_s}")
    if not full:
        return out
    for code, n in truth.counts.items():
        if code in found and found[code].get("count") != n:
            out.append(f"{code} count {found[code].get('count')} != {n}")
    by_name = {c["name"]: c for c in columns}
    for col in truth.columns:
        got = by_name.get(col.name)
        if got is None:
            out.append(f"column {col.name} not found")
            continue
        if got["type"] != col.ctype:
            out.append(f"column {col.name} type {got['type']} != {col.ctype}")
        if not col.judged:
            if got["empty"] or not (got.get("error") or "").startswith("not judged"):
                out.append(f"column {col.name} judged (empty={bool(got['empty'])}, error={got.get('error')})")
            continue
        newest = col.newest.isoformat() if col.newest else None
        if (got["newest"] or None) != newest:
            out.append(f"column {col.name} newest {got['newest']} != {newest}")
        if bool(got["empty"]) is not col.empty:
            out.append(f"column {col.name} empty {bool(got['empty'])} != {col.empty}")
    return out


# Mismatches the crawler still has, each exactly as `mismatches` words it; the test
# below holds them (a fixed one fails it), and each has a strict xfail test of its own.
KNOWN_GAPS: dict[tuple[str, str], tuple[str, ...]] = {}


async def scan_mismatches(make_config: Callable[..., Config], server: Farm, port: int, depth: str
                          ) -> dict[str, list[str]]:
    records, columns = await scan(make_config, server, port, depth)
    return {key: mismatches(records[key], columns.get(key, []), bp.TRUTH[key], depth) for key in bp.SITES}


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_zh_province_sites_match_their_truth(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    server, port = farm
    got = await scan_mismatches(make_config, server, port, depth)
    wrong = {key: found for key, found in got.items() if tuple(found) != KNOWN_GAPS.get((key, depth), ())}
    assert not wrong, wrong


async def test_field_label_row_under_a_heading_is_no_tab_bar(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """<h4>领导信箱</h4><a>更多</a> over a row of field labels (<div class="tb-hd"><span>
    信件标题</span><span>状态</span><span>日期</span></div>) over the letters: the row is
    the list's header, and the column is 领导信箱."""
    server, port = farm
    got = await scan_mismatches(make_config, server, port, "full")
    assert got["jiangchuan"] == []


def page_of(key: str, path: str) -> tuple[bytes, str, str]:
    page = bp.SITES[key]["pages"][path]
    return page.html.encode(page.charset), page.charset, f"http://{bp.SITES[key]['host']}{path}"


def test_empty_hanweb_column_page_is_empty_despite_footer_links_and_weather_frame() -> None:
    """An empty jpage datastore (共0条) on a page whose footer (<div class="ft">) links
    网站地图 | 联系我们 beside its ICP line and whose top bar frames a weather strip: the
    footer is no list of the column's, and the 160x20 frame fills no list."""
    for path in ("/col/col3305/index.html", "/col/col3307/index.html", "/col/col3311/index.html"):
        body, charset, url = page_of("baishui", path)
        listing = observe(body, charset, url, "text/html", bp.NOW, default_lexicon(), columns=False,
                          message_list=False)
        assert listing.main_list_items == 0, path
        assert not listing.items_elsewhere, path


def test_data_widget_of_figures_is_not_an_empty_column() -> None:
    """数据发布: a heading and a more link over cards of figures (no links): shown, not
    开天窗."""
    body, charset, url = page_of("hongshan", "/")
    page = observe(body, charset, url, "text/html", bp.NOW, default_lexicon())
    widget = [c for c in page.columns if c.name == "数据发布"]
    assert widget and widget[0].items == 6


def test_tujie_tab_is_policy() -> None:
    assert default_lexicon().classify("图解") == "policy"
