"""The blind English set, round 2 (tests/blind_en2.py): five public-sector sites on the
farm, scanned at depths full and home with a fixed clock; each verdict against the truth
written before the scan, mapped onto the README's finding codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.lexicon import build_lexicon
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import blind_en2
from tests.farm import Farm

# Column findings (column_stale, column_empty) are judged at depth full only (README).
HOME_ONLY = {"column_stale", "column_empty"}
HOME_TRUTH = {"msunduzi": ("healthy", set[str]())}
ALARMS = {"spam_content", "hidden_links", "homepage_stale", "column_stale", "column_empty",
          "abandoned", "future_dated", "undated"}


def handler(pages: dict[str, str]) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        page = pages.get(request.path)
        if page is None:
            return web.Response(status=404, text="<html><body>Page not found</body></html>",
                                content_type="text/html")
        return web.Response(text=page, content_type="text/html", charset="utf-8")

    return answer


async def scan(server: Farm, config: Config, depth: str) -> dict[str, dict[str, Any]]:
    sites = []
    for name, build in blind_en2.SITES.items():
        server.sites[name] = handler(build())
        sites.append(Site(server.url(name), name=name, group="blind_en2"))
    outcome = await run_scan(config, sites, depth=depth, clock=lambda: blind_en2.NOW)
    db = open_database(config.database_path, create=False)
    try:
        return {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()


def expected(name: str, depth: str) -> tuple[str, set[str]]:
    status, codes = blind_en2.TRUTH[name]
    if depth == "home":
        status, codes = HOME_TRUTH.get(name, (status, codes - HOME_ONLY))
    return status, codes


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_en2_sites(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    server, port = farm
    records = await scan(server, make_config(port), depth)
    wrong = []
    for name in blind_en2.SITES:
        status, codes = expected(name, depth)
        got = {f["code"] for f in records[name]["findings"]}
        false_alarms = (got & ALARMS) - codes
        if records[name]["status"] != status or not codes <= got or false_alarms:
            wrong.append(f"{name}: want {status} {sorted(codes)}, got "
                         f"{records[name]['status']} {sorted(got)}")
    assert not wrong, "\n".join(wrong)
    if depth == "full":
        findings = {f["code"]: f for f in records["cdot"]["findings"]}
        assert findings["column_stale"]["count"] == 1  # news releases only
        findings = {f["code"]: f for f in records["msunduzi"]["findings"]}
        assert findings["column_empty"]["count"] == 5


@pytest.mark.parametrize(
    "heading",
    ["Advisories", "Public Advisories", "Quotations (RFQ)", "RFQs", "Request for Quotations",
     "Bid Lettings"],
)
def test_advisories_and_small_procurement_are_notices(heading: str) -> None:
    """A Philippine city's "Advisories", a South African municipality's "Quotations
    (RFQ)" and a US DOT's "Bid Lettings" are public notices (180 days), not `other`
    (no limit), so a half-year-old one is judged stale."""
    assert build_lexicon().classify(heading) == "notice"


@pytest.mark.parametrize("heading", ["Advisory Committee", "Housing Lettings", "Council Minutes"])
def test_near_misses_stay_unlimited(heading: str) -> None:
    assert build_lexicon().classify(heading) == "other"
