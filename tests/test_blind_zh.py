"""The blind audit's eight Chinese government sites (tests/blind_zh.py) scanned on the
farm at depth full and home with a fixed clock, against the truths written before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import blind_zh
from tests.farm import Farm


class Pages:
    def __init__(self, pages: dict[str, str | bytes]) -> None:
        self.pages = pages
        self.paths: list[str] = []

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        self.paths.append(request.path_qs)
        page = self.pages.get(request.path_qs)
        if page is None:
            page = self.pages.get(request.path)
        if page is None:
            return web.Response(
                status=404,
                text="<html><body>404 页面不存在</body></html>",
                content_type="text/html",
            )
        if isinstance(page, bytes):  # GBK: the charset only in the page's meta
            return web.Response(body=page, headers={"Content-Type": "text/html"})
        return web.Response(
            body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
        )


async def scan_all(server: Farm, config: Config, depth: str) -> dict[str, dict[str, Any]]:
    sites = []
    for name, (start, pages) in blind_zh.build().items():
        server.sites[name] = Pages(pages)
        sites.append(Site(server.url(name, start), name=name, group="blind"))
    outcome = await run_scan(config, sites, depth=depth, clock=lambda: blind_zh.NOW)
    db = open_database(config.database_path, create=False)
    try:
        return {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()


def got(record: dict[str, Any]) -> tuple[str, bool, dict[str, int]]:
    return (
        record["status"],
        record["passed"],
        {f["code"]: f["count"] or 1 for f in record["findings"] if f["code"] not in {"slow"}},
    )


# The township page's tab boxes whose every panel says 暂无信息 are not found as columns
# (the tab bar's own links are then read as a list of short links): a known gap.
KNOWN_GAPS = {"full": {"bz-town"}, "home": set()}


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_sites(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    """Tab boxes (a 更多 link inside the tab bar, each tab's label linking to its own
    column page) are read as one column per tab, judged on its own page: the city's
    three stale news tabs are three stale columns, and the county's 政策文件 and 规划计划
    are not judged on the first tab's page."""
    server, port = farm
    config = make_config(port, crawler={"max_page_bytes": 5_000_000, "timeout": 3.0})
    records = await scan_all(server, config, depth)
    truths = blind_zh.TRUTH if depth == "full" else blind_zh.TRUTH_HOME
    wrong = {}
    for name, truth in truths.items():
        if name in KNOWN_GAPS[depth]:
            continue
        status, passed, findings = got(records[name])
        if (status, passed, findings) != (truth.status, truth.passed, truth.findings):
            wrong[name] = ((status, passed, findings), (truth.status, truth.passed, truth.findings))
    assert not wrong, wrong


async def test_township_empty_tab_panels(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port, crawler={"max_page_bytes": 5_000_000, "timeout": 3.0})
    records = await scan_all(server, config, "full")
    truth = blind_zh.TRUTH["bz-town"]
    assert got(records["bz-town"]) == (truth.status, truth.passed, truth.findings)
