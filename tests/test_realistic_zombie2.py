"""Broken, dead and sleeping sites, second round (tests/realistic_zombie2.py): error pages
served with 200, panels and listings, an unfinished template, merged and moved sites, a
login page, broken column pages, server-written dates, the year boundary, and clean
look-alikes; judged page by page (`inspect_page`) and as real sites on the farm at both
depths. Each case carries its truth.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config, config_from_mapping
from crawler.inspect import inspect_page
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import realistic_zombie2 as rz
from tests.farm import Farm

CASES = {c.slug: c for c in rz.cases()}
# What `inspect` reads off the homepage alone (the column pages decide the others).
PAGE_ONLY = [slug for slug, c in CASES.items() if not c.codes & rz.NOT_IN_SWEEP]


def wrong(case: rz.Case, depth: str, status: str, findings: list[dict[str, Any]]) -> dict[str, Any]:
    """What differs from the truth at `depth` (empty when the verdict is right)."""
    want_status, want_codes = case.expected(depth)
    codes = {f["code"] for f in findings} & rz.JUDGING
    found: dict[str, Any] = {}
    if status != want_status:
        found["status"] = (status, want_status)
    missing = want_codes - codes
    extra = codes - want_codes - case.allowed
    if missing or extra:
        found["findings"] = {"missing": sorted(missing), "extra": sorted(extra)}
    if case.kind:
        kinds = [f.get("kind") for f in findings if f["code"] == "unreachable"]
        if case.kind not in kinds:
            found["kind"] = (kinds, case.kind)
    if found:
        found["details"] = [f"{f['code']}: {f['detail'][:140]}" for f in findings]
    return found


@pytest.mark.parametrize("slug", PAGE_ONLY)
def test_page_verdict(slug: str) -> None:
    """The homepage alone, as `inspect` reads it."""
    case = CASES[slug]
    raw = case.body.encode()
    url = f"http://{case.host}/"
    fetch = FetchRecord(
        url=url,
        final_url=url,
        http_status=case.http,
        body_bytes=len(raw),
        content_type="text/html",
        server=case.headers.get("Server"),
    )
    config = config_from_mapping({}, Path("realistic.toml"))
    verdict = inspect_page(url, fetch, raw, config, rz.NOW).verdict
    findings = [f.to_dict() for f in verdict.findings]
    assert not wrong(case, "home", verdict.status, findings), findings


def _serve(case: rz.Case) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.StreamResponse:
        if request.path == "/":
            body = case.body.encode()
            return web.Response(status=case.http, body=body, headers=dict(case.headers))
        if request.path == "/robots.txt":
            return web.Response(status=404, text="")
        status, text = case.pages.get(request.path, case.others)
        return web.Response(status=status, text=text, content_type="text/html")

    return handler


async def _scan(config: Config, sites: list[Site], depth: str) -> dict[str, dict[str, Any]]:
    outcome = await run_scan(config, sites, depth=depth, clock=lambda: rz.NOW)
    db = open_database(config.database_path, create=False)
    try:
        return {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()


@pytest.mark.parametrize("depth", ["home", "full"])
async def test_farm_scan_judges_every_site_as_written(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    server, port = farm
    config = make_config(
        port,
        network={"resolve": {"*": f"127.0.0.1:{port}"}},
        crawler={"max_links_per_site": 100},
    )
    sites = []
    for slug, case in CASES.items():
        server.sites[case.host] = _serve(case)
        sites.append(Site(f"http://{case.host}/", name=slug, group="realistic-zombie2"))
    records = await _scan(config, sites, depth)
    errors = {}
    for slug, case in CASES.items():
        record = records[slug]
        found = wrong(case, depth, record["status"], record["findings"])
        if bool(found) != (depth == "home" and case.sweep_wrong):
            errors[slug] = found or "judged right: drop sweep_wrong"
    if errors:
        pytest.fail(json.dumps(errors, ensure_ascii=False, indent=1, default=str))
