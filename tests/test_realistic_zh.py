"""Simplified-Chinese government portals the crawler was not tuned on (tests/realistic_zh.py),
judged page by page (`observe()` through `inspect_page`) and as whole sites on the farm.

Each site carries its truth: columns (name, type, newest date, empty?), status, whether it
passes, its freshness findings and the date it was last updated. The clock is fixed
(realistic_zh.NOW, a Wednesday in March).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config, config_from_mapping
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, PageObservations, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import realistic_zh as zh
from tests.contract import FRESHNESS_CODES as FRESHNESS
from tests.farm import Farm

TRUTHS = {build().slug: build() for build in zh.SITES}


def _serve(site: zh.SiteTruth) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.StreamResponse:
        page = site.pages.get(request.path)
        if page is None:
            return web.Response(
                status=404,
                text="<html><body>404 页面不存在</body></html>",
                content_type="text/html",
            )
        if isinstance(page, bytes):  # GBK: no charset in the HTTP header, only in the page
            return web.Response(body=page, headers={"Content-Type": "text/html"})
        return web.Response(
            body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
        )

    return handler


def _url(slug: str, path: str = "/") -> str:
    return f"http://{slug}.farm.test{path}"


def _inspect(slug: str, path: str = "/") -> tuple[PageObservations, Any]:
    site = TRUTHS[slug]
    body = site.pages[path]
    raw = body.encode() if isinstance(body, str) else body
    url = _url(slug, path)
    fetch = FetchRecord(
        url=url, final_url=url, http_status=200, body_bytes=len(raw), content_type="text/html"
    )
    config = config_from_mapping({}, Path("realistic.toml"))
    found = inspect_page(url, fetch, raw, config, zh.NOW)
    assert found.page is not None
    return found.page, found.verdict


def _d(day: date | None) -> str | None:
    return day.isoformat() if day else None


HOMEPAGE_SITES = [s for s, t in TRUTHS.items() if not t.navigation]


@pytest.mark.parametrize("slug", HOMEPAGE_SITES)
def test_homepage_columns(slug: str) -> None:
    """Every column the page shows is found, named, typed and dated as written."""
    site = TRUTHS[slug]
    page, _ = _inspect(slug)
    found = {c.name: (c.type, _d(c.newest), c.items == 0) for c in page.columns}
    want = {c.name: (c.type, _d(c.newest), c.empty) for c in site.columns}
    assert found == want


@pytest.mark.parametrize("slug", HOMEPAGE_SITES)
def test_homepage_verdict(slug: str) -> None:
    """The homepage alone already says what the whole site is (its column pages only
    add older items)."""
    site = TRUTHS[slug]
    _page, verdict = _inspect(slug)
    codes = {f.code for f in verdict.findings} & FRESHNESS
    assert (verdict.status, verdict.passed, codes) == (site.status, site.passed, set(site.findings))
    assert verdict.last_updated == site.last_updated


@pytest.mark.parametrize(
    ("slug", "path"),
    [(s, c.path) for s, t in TRUTHS.items() for c in t.columns if c.path in t.pages],
)
def test_column_page(slug: str, path: str) -> None:
    """A column's own list page (or a second-level page): its newest item, or its
    emptiness, under the site's menus, side menu, clock and footer."""
    site = TRUTHS[slug]
    newest = max((c.newest for c in site.columns if c.path == path and c.newest), default=None)
    page, _ = _inspect(slug, path)
    if site.navigation:
        assert page.newest_item == newest
        return
    assert page.main_list_newest == newest
    if newest is None:
        assert page.main_list_items == 0


async def _scan(config: Config, sites: list[Site]) -> tuple[int, dict[str, dict[str, Any]]]:
    outcome = await run_scan(config, sites, depth="full", clock=lambda: zh.NOW)
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()
    return outcome.scan_id, records


def _column_rows(config: Config, scan_id: int, name: str) -> dict[str, Mapping[str, Any]]:
    db = open_database(config.database_path, create=False)
    try:
        rows = db.query(
            "SELECT check_columns.* FROM check_columns"
            " JOIN checks ON checks.id = check_columns.check_id"
            " JOIN sites ON sites.id = checks.site_id"
            " WHERE checks.scan_id = ? AND sites.name = ? ORDER BY check_columns.id",
            [scan_id, name],
        )
        return {row["name"]: dict(row) for row in rows}
    finally:
        db.conn.close()


async def test_farm_scan_judges_every_site_as_written(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    sites = []
    for slug, truth in TRUTHS.items():
        server.sites[slug] = _serve(truth)
        sites.append(Site(server.url(slug), name=slug, group="realistic-zh"))
    scan_id, records = await _scan(config, sites)

    wrong: dict[str, Any] = {}
    for slug, truth in TRUTHS.items():
        record = records[slug]
        codes = {f["code"] for f in record["findings"]} & FRESHNESS
        got: dict[str, Any] = {
            "status": record["status"],
            "passed": record["passed"],
            "findings": sorted(codes),
            "last_updated": record["last_updated"],
        }
        want: dict[str, Any] = {
            "status": truth.status,
            "passed": truth.passed,
            "findings": sorted(truth.findings),
            "last_updated": _d(truth.last_updated),
        }
        by_code = {f["code"]: f for f in record["findings"]}
        if truth.stale_columns or "column_stale" in by_code:
            got["stale"] = sorted(
                c["name"] for c in by_code.get("column_stale", {}).get("columns", [])
            )
            want["stale"] = sorted(truth.stale_columns)
        if truth.empty_columns or "column_empty" in by_code:
            got["empty"] = sorted(
                c["name"] for c in by_code.get("column_empty", {}).get("columns", [])
            )
            want["empty"] = sorted(truth.empty_columns)
        rows = _column_rows(config, scan_id, slug)
        got["columns"] = {
            name: (row["type"], row["newest"], bool(row["empty"])) for name, row in rows.items()
        }
        want["columns"] = {c.name: (c.type, _d(c.newest), c.empty) for c in truth.columns}
        if got != want:
            wrong[slug] = {k: (got[k], want[k]) for k in want if got[k] != want[k]}
    if wrong:
        pytest.fail(json.dumps(wrong, ensure_ascii=False, indent=1, default=str))
