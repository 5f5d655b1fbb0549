"""Broken links against the web as it is: portals whose links lead to servers that
refuse HEAD, answer HEAD 404 while GET works, send removed pages to an error page or
the homepage, rate-limit with 429, answer slowly, hang or refuse connections, and serve
20 MB files (tests/realistic_links.py). A full scan must list exactly each portal's
broken and suspected links, never send a request it must not, stay polite and
bounded, and leave the sites' verdicts as they are without link checks.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config, config_from_mapping
from crawler.export import LINK_FORMATTERS
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.storage import iter_broken_links, iter_result_records, open_database
from tests import realistic_links as rl
from tests.conftest import FAST_CRAWLER
from tests.farm import closed_port
from tests.raw_servers import serving, silent

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
TIMEOUT = 1.0  # the link timeout too (min(timeout, 10))
NAMES = ("county", "city", "dept", "gbk", "bureau", "assoc", "old")


@pytest.fixture
async def link_farm() -> AsyncIterator[tuple[rl.LinkFarm, dict[str, str]]]:
    farm = rl.LinkFarm()
    farm.slow_fine, farm.slow_too = 0.4 * TIMEOUT, 1.6 * TIMEOUT
    runner = web.AppRunner(farm.app(), handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with serving(silent) as quiet:
            yield farm, {
                f"*.{rl.DOMAIN}": f"127.0.0.1:{port}",
                "refused.test": f"127.0.0.1:{closed_port()}",
                "hang.test": f"127.0.0.1:{quiet}",  # accepts, never answers
            }
    finally:
        await runner.cleanup()


def _config(resolve: dict[str, str], tmp_path: Path, name: str, **crawler: Any) -> Config:
    folder = tmp_path / name
    folder.mkdir()
    mapping: dict[str, Any] = {
        "crawler": {**FAST_CRAWLER, "timeout": TIMEOUT, "max_links_per_site": 300, **crawler},
        "network": {"resolve": resolve, "system_dns": False},
        "storage": {"path": str(folder / "health.db")},
    }
    return config_from_mapping(mapping, folder / "test.toml")


async def _scan(config: Config, names: tuple[str, ...]) -> tuple[dict[str, Any], list[Any]]:
    sites = [Site(rl.u(name), name, "links") for name in names]
    outcome = await run_scan(config, sites, depth="full", clock=lambda: NOW)
    db = open_database(config.database_path, create=False)
    records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    rows = list(iter_broken_links(db, outcome.scan_id))
    db.conn.close()
    return records, rows


def _links(rows: list[dict[str, Any]], name: str, *, suspected: bool, home: bool | None = None) -> set[str]:
    return {
        r["url"]
        for r in rows
        if r["site"] == rl.u(name)
        and bool(r["suspected"]) is suspected
        and (home is None or bool(r["on_homepage"]) is home)
    }


async def test_portal_links_as_real_servers_answer(
    link_farm: tuple[rl.LinkFarm, dict[str, str]], tmp_path: Path
) -> None:
    farm, resolve = link_farm
    started = time.perf_counter()
    records, rows = await _scan(_config(resolve, tmp_path, "links"), NAMES)
    took = time.perf_counter() - started
    assert took < 10 * TIMEOUT
    assert {r["site"] for r in rows} <= {rl.u(n) for n in NAMES}

    def finding(name: str) -> dict[str, Any]:
        found = [f for f in records[name]["findings"] if f["code"] == "broken_link"]
        return found[0] if found else {"count": 0, "homepage": 0, "elsewhere": 0, "suspected": 0}

    # county: HEAD is refused with 405 everywhere, so GET decides.
    assert _links(rows, "county", suspected=False, home=True) == rl.COUNTY_BROKEN_HOME
    assert _links(rows, "county", suspected=False, home=False) == rl.COUNTY_BROKEN_ELSEWHERE
    assert finding("county")["count"] == 4 and finding("county")["homepage"] == 3
    county = farm.requests("county")
    pdf = "/files/2026%E5%B9%B4%E9%A2%84%E7%AE%97%E5%85%AC%E5%BC%80.pdf"
    assert county.count(pdf) == 2  # HEAD 405, then GET; once for both pages
    assert "/files/%E7%94%B3%E6%8A%A5%E6%9D%90%E6%96%99%20%E6%B8%85%E5%8D%95.zip" in county
    assert farm.sent_bytes["county"] < rl.BIG_FILE_BYTES  # never downloaded whole
    # The same article with and without #top: one URL, one check.
    assert county.count("/zwdt/202611/t20261124_1.html") == 1  # a page of its site: GET

    # city: HEAD 404 on its .do and .jsp routes (GET works); soft 404s count.
    assert _links(rows, "city", suspected=False, home=True) == rl.CITY_BROKEN_HOME
    assert _links(rows, "city", suspected=False, home=False) == rl.CITY_BROKEN_ELSEWHERE
    assert _links(rows, "city", suspected=True) == set()
    details = {r["url"]: r["detail"] for r in rows}
    assert "error page" in details[rl.u("city", "/xwzx/202611/t20261105_5512.html")]
    assert "soft 404" in details[rl.u("city", "/xwzx/content.do?id=7001")]
    # Not links: a script template and a commented-out anchor.
    city = farm.requests("city")
    assert not [p for p in city if "{{" in p or "%7B%7B" in p or "removed_column" in p]

    # dept: a login page is a working link; a chain of three hops too; the loop is
    # broken; a removed article sent to the homepage is suspected.
    assert _links(rows, "dept", suspected=False) == rl.DEPT_BROKEN_HOME
    assert _links(rows, "dept", suspected=True) == rl.DEPT_SUSPECTED
    assert "homepage" in details[rl.u("dept", "/fgdt/202609/t20260901_77.html")]

    # gbk: <base href>, unencoded Chinese and spaces, a GBK-encoded query kept as it is,
    # protocol-relative CDN links.
    assert _links(rows, "gbk", suspected=False) == rl.GBK_BROKEN_HOME
    assert _links(rows, "gbk", suspected=True) == set()
    assert "/search/search.jsp?keyword=%D5%FE%CE%F1%B9%AB%BF%AA" in farm.requests("gbk")

    # bureau: a rate limiter answers 429 with Retry-After: 1; waited for, nothing is
    # listed. The link just under the timeout is fine; the one over it suspected.
    assert _links(rows, "bureau", suspected=False) == set()
    assert _links(rows, "bureau", suspected=True) == rl.BUREAU_SUSPECTED

    # assoc: 400 archive links, a refused host and a host that never answers.
    assert _links(rows, "assoc", suspected=False) == {"http://refused.test/"}
    hang = {f"http://hang.test/p{n}.html" for n in range(6)}
    assert _links(rows, "assoc", suspected=True) == hang
    checked = farm.requests("assoc")
    assert len(checked) <= 2 + 300  # the two pages read, and max_links_per_site
    # per_host (2) at the server. (The bureau's handler of the link that timed out
    # sleeps on after the client let go, so the server sees one more there.)
    assert farm.max_in_flight["assoc"] == 2
    assert max(n for host, n in farm.max_in_flight.items() if host != "bureau") <= 2
    assert finding("assoc")["suspected"] == len(hang)

    # old: HEAD answered 501.
    assert _links(rows, "old", suspected=False) == rl.OLD_BROKEN_HOME

    # Never checked: mailto:, tel:, javascript:, data:, empty and fragment-only links.
    everything = [p for _, _, p in farm.calls]
    assert not [p for p in everything if p.startswith(("mailto", "tel", "javascript", "data"))]
    # A host linked from several pages and sites is asked once in the scan.
    # (Its site shares lk.test with the portals, so its pages are read after one probe.)
    assert farm.requests("ext").count("/") == 1 and len(farm.requests("ext")) <= 2

    # Link checks never make a reachable site unreachable.
    assert {name: r["status"] for name, r in records.items()} == dict.fromkeys(NAMES, "healthy")

    # export --links: every listed link, one row each.
    lines = list(LINK_FORMATTERS["csv"](rows))
    assert len(lines) == 1 + len(rows)
    assert len({(r["site"], r["page_url"], r["url"]) for r in rows}) == len(rows)


async def test_link_checks_leave_the_freshness_verdicts_alone(
    link_farm: tuple[rl.LinkFarm, dict[str, str]], tmp_path: Path
) -> None:
    _, resolve = link_farm
    with_links, _ = await _scan(_config(resolve, tmp_path, "on"), NAMES)
    without, rows = await _scan(
        _config(resolve, tmp_path, "off", max_links_per_site=0), NAMES
    )
    assert rows == []

    def verdict(record: dict[str, Any]) -> tuple[Any, ...]:
        codes = sorted(f["code"] for f in record["findings"] if f["code"] != "broken_link")
        return record["status"], record["passed"], record["last_updated"], codes

    assert {n: verdict(r) for n, r in with_links.items()} == {
        n: verdict(r) for n, r in without.items()
    }


async def test_a_host_that_hangs_costs_a_few_timeouts_not_one_per_link(
    link_farm: tuple[rl.LinkFarm, dict[str, str]], tmp_path: Path
) -> None:
    farm, resolve = link_farm
    timeout = 0.5
    links = "".join(f'<a href="http://hang.test/zt/{n}.html">专题{n}</a>' for n in range(40))
    home = rl.list_page("示例市档案馆", [("/a.html", "档案开放公告", "2026-11-20")], links)
    farm.portals["archive"] = rl.Portal({"/": home})
    config = _config(resolve, tmp_path, "hang", timeout=timeout)
    started = time.perf_counter()
    records, rows = await asyncio.wait_for(_scan(config, ("archive",)), 60)
    took = time.perf_counter() - started
    # Was one timeout per link, two at a time (40 / 2 * 0.5 s = 10 s).
    assert took < 6 * timeout
    assert len(_links(rows, "archive", suspected=True)) == 40
    assert records["archive"]["status"] == "healthy"


def test_soft_404_markers_are_data_and_read_only_from_short_pages_or_titles() -> None:
    from crawler.links import link_markers, says_not_found

    markers = link_markers()
    assert "页面不存在" in markers.soft_404_text and "404" in markers.error_page_names

    def record(html: str, truncated: bool = False) -> FetchRecord:
        body = html.encode("gbk")
        return FetchRecord("http://x.test/a", http_status=200, content_type="text/html",
                           charset="gbk", body=body, truncated=truncated)

    assert says_not_found(record("<title>404 Not Found</title><body>nginx</body>"))
    assert says_not_found(record("<title>示例县</title><body><h1>您访问的页面不存在</h1></body>"))
    article = "<title>关于网站改版的说明</title><body>" + "正文内容。" * 100 + "原页面不存在的，请检索。</body>"
    assert not says_not_found(record(article))
    assert not says_not_found(record("<title>首页</title><body>页面不存在</body>", truncated=True))
    pdf = FetchRecord("http://x.test/a.pdf", http_status=200, content_type="application/pdf",
                      body="页面不存在".encode())
    assert not says_not_found(pdf)
