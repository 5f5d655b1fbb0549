"""Dead-but-answering sites the crawler was not tuned on (tests/realistic_zombie.py): stock
server and panel pages, placeholders and closure notices, parked and expired domains,
clouds' block pages, firewall challenges and frozen portals, judged page by page
(`inspect_page`) and as real sites on the farm, with the HTTP statuses and headers their
servers send. Each case carries its truth: the status and the findings.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config, config_from_mapping
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import realistic_zombie as rz
from tests.farm import Farm

CASES = {c.slug: c for c in rz.cases()}
PAGES_200 = [
    pytest.param(slug, marks=pytest.mark.xfail(strict=True, reason="known wrong"))
    if slug in rz.KNOWN_WRONG
    else slug
    for slug, c in CASES.items()
    if c.http == 200
]


def _wrong(case: rz.Case, status: str, findings: list[dict[str, Any]]) -> dict[str, Any]:
    """What differs from the truth (empty when the verdict is right)."""
    codes = {f["code"] for f in findings} & rz.JUDGING
    wrong: dict[str, Any] = {}
    if status != case.status:
        wrong["status"] = (status, case.status)
    missing = case.codes - codes
    extra = codes - case.codes - case.allowed
    if missing or extra:
        wrong["findings"] = {"missing": sorted(missing), "extra": sorted(extra)}
    if case.detail:
        details = " ".join(f["detail"] for f in findings if f["code"] in case.codes)
        if case.detail not in details:
            wrong["detail"] = (details, case.detail)
    return wrong


@pytest.mark.parametrize("slug", PAGES_200)
def test_page_verdict(slug: str) -> None:
    """The page alone, as `inspect` reads it (the pages a site answers with 200)."""
    case = CASES[slug]
    raw = case.body.encode() if isinstance(case.body, str) else case.body
    url = f"http://{case.host}/"
    fetch = FetchRecord(
        url=url,
        final_url=url,
        http_status=200,
        body_bytes=len(raw),
        content_type="text/html",
        server=case.headers.get("Server"),
    )
    config = config_from_mapping({}, Path("realistic.toml"))
    verdict = inspect_page(url, fetch, raw, config, rz.NOW).verdict
    findings = [f.to_dict() for f in verdict.findings]
    assert not _wrong(case, verdict.status, findings), findings


def _serve(case: rz.Case) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.StreamResponse:
        if request.path in case.pages:
            return web.Response(text=case.pages[request.path], content_type="text/html")
        if request.path != "/":
            return web.Response(status=404, text="<h1>404 Not Found</h1>", content_type="text/html")
        headers = dict(case.headers)
        if case.location:
            headers["Location"] = case.location
        body = case.body.encode() if isinstance(case.body, str) else case.body
        return web.Response(status=case.http, body=body, headers=headers)

    return handler


def _serve_extra(status: int, body: str) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=status, text=body, content_type="text/html")

    return handler


async def _scan(config: Config, sites: list[Site], now: Any = rz.NOW) -> dict[str, dict[str, Any]]:
    outcome = await run_scan(config, sites, depth="full", clock=lambda: now)
    db = open_database(config.database_path, create=False)
    try:
        return {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()


async def test_farm_scan_judges_every_dead_site_as_written(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port, network={"resolve": {"*": f"127.0.0.1:{port}"}})
    sites = []
    for slug, case in CASES.items():
        server.sites[case.host] = _serve(case)
        for host, (_path, status, body) in case.extra.items():
            server.sites[host] = _serve_extra(status, body)
        sites.append(Site(f"http://{case.host}/", name=slug, group="realistic-zombie"))
    records = await _scan(config, sites)
    wrong = {}
    for slug, case in CASES.items():
        record = records[slug]
        found = _wrong(case, record["status"], record["findings"])
        if bool(found) != (slug in rz.KNOWN_WRONG):
            wrong[slug] = found
    if wrong:
        pytest.fail(json.dumps(wrong, ensure_ascii=False, indent=1, default=str))


async def test_undated_portal_unchanged_for_over_a_year_is_a_zombie(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """No dates anywhere: judged by its content, the same in two scans 400 days apart."""
    server, port = farm
    config = make_config(port, network={"resolve": {"*": f"127.0.0.1:{port}"}})
    case = rz.UNDATED
    server.sites[case.host] = _serve(case)
    site = Site(f"http://{case.host}/", name=case.slug)
    first = (await _scan(config, [site], now=rz.NOW - timedelta(days=400)))[case.slug]
    assert first["status"] == "healthy", first["findings"]
    second = (await _scan(config, [site]))[case.slug]
    assert not _wrong(case, second["status"], second["findings"]), second["findings"]
    abandoned = next(f for f in second["findings"] if f["code"] == "abandoned")
    assert abandoned["basis"] == "unchanged since first seen"
