"""Hacked and honest government pages the crawler was not tuned on (tests/realistic_hijack.py),
judged page by page (`observe()` through `inspect_page`) and as whole sites on the farm.

Each case carries its truth: hijacked or not, and the hijack findings an inspector
would write (`hidden_links`, `spam_content`, `offsite_redirect`). The clock is fixed.
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
from tests import realistic_hijack as rh
from tests.farm import Farm

CASES = {build().slug: build() for build in rh.CASES}
# Not caught, on purpose (see the case's note). (h-remote-js, once here, is caught by
# where its script stands: before <html>.)
MISSED: set[str] = set()


def _judge(case: rh.Case, path: str = "/") -> tuple[str, set[str]]:
    url = case.url.rstrip("/") + path
    raw = case.pages[path].encode()
    fetch = FetchRecord(
        url=url, final_url=url, http_status=200, body_bytes=len(raw), content_type="text/html"
    )
    config = config_from_mapping({}, Path("realistic.toml"))
    found = inspect_page(url, fetch, raw, config, rh.NOW)
    codes = {f.code for f in found.verdict.findings} & rh.HIJACK_CODES
    return found.verdict.status, codes


def _param(slug: str) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=CASES[slug].note)] if slug in MISSED else []
    return pytest.param(slug, marks=marks)


@pytest.mark.parametrize(
    "slug", [_param(s) for s, c in CASES.items() if "/" in c.pages and s != "h-parasite"]
)
def test_homepage_hijack_verdict(slug: str) -> None:
    """The homepage alone, as `python -m crawler inspect` judges it."""
    case = CASES[slug]
    status, codes = _judge(case)
    assert (status == "hijacked", codes) == (case.hijacked, set(case.findings))


def test_planted_page_in_a_column_directory() -> None:
    """寄生虫: the parasite page itself is hijacked when inspected; the homepage is clean
    (only a scan that reads the column page can tell, see the farm test)."""
    case = CASES["h-parasite"]
    assert _judge(case, "/zwdt/") == ("hijacked", {"spam_content"})
    assert _judge(case) == ("healthy", set())
    page = CASES["h-parasite-page"]
    assert _judge(page, "/news/2024/abc.html") == ("hijacked", {"spam_content"})


def _serve(case: rh.Case, pages: dict[str, str]) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.StreamResponse:
        location = case.redirects.get(request.path) if pages is case.pages else None
        if location is not None:
            raise web.HTTPMovedPermanently(location)
        page = pages.get(request.path)
        if page is None:
            return web.Response(
                status=404, text="<html><body>404</body></html>", content_type="text/html"
            )
        return web.Response(
            body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
        )

    return handler


async def test_farm_scan_judges_every_site_as_written(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    target = f"127.0.0.1:{port}"
    config = make_config(
        port,
        network={
            "resolve": {
                f"*.{rh.CN_DOMAIN}": target,
                f"*.{rh.EN_DOMAIN}": target,
                "www.qxnew.gov.cn": target,
            }
        },
    )
    sites = []
    for slug, case in CASES.items():
        host = case.url.split("/")[2]
        server.sites[host] = _serve(case, case.pages)
        for other, pages in case.others.items():
            server.sites[other] = _serve(case, pages)
        if case.pages.get("/") is None and not case.redirects:
            continue  # a lone planted page: no site to scan
        sites.append(Site(case.url, name=slug, group="realistic-hijack"))
    outcome = await run_scan(config, sites, depth="full", clock=lambda: rh.NOW)
    wrong = rh.scan_mismatches(config, outcome.scan_id, CASES, MISSED)
    if wrong:
        pytest.fail(json.dumps(wrong, ensure_ascii=False, indent=1))
