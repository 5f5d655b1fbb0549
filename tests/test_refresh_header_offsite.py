"""An HTTP `Refresh` header that sends a homepage's visitors to another site (a hacked
server's, with an empty body: no meta refresh or script to read) is an off-site
redirect, as a meta refresh to another site is; one to the site's own page is followed
and is nothing (tests/blind_hostile4.py's refresh-header case)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from aiohttp import web

from crawler.models import Site
from tests.blind_farm import scan_on_farm
from tests.farm import HEALTHY_PAGE, Farm

NOW = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
SPAM_HOST = "www.am8899-bet.test"


def _serve(farm: Farm) -> None:
    async def to_spam(request: web.Request) -> web.StreamResponse:
        return web.Response(status=200, headers={"Refresh": f"0; url=http://{SPAM_HOST}/"})

    async def to_own_page(request: web.Request) -> web.StreamResponse:
        if request.path == "/portal/":
            return web.Response(text=HEALTHY_PAGE, content_type="text/html")
        return web.Response(status=200, headers={"Refresh": "0; url=/portal/"})

    async def later_notice(request: web.Request) -> web.StreamResponse:
        # A refresh after a minute is a page to read (the crawler's meta refresh rule).
        return web.Response(
            text=HEALTHY_PAGE,
            content_type="text/html",
            headers={"Refresh": f"600; url=http://{SPAM_HOST}/"},
        )

    async def spam(request: web.Request) -> web.StreamResponse:
        return web.Response(text="<title>澳门博彩 在线娱乐</title>", content_type="text/html")

    farm.sites.update(
        {
            "to-spam.gov.test": to_spam,
            "to-own.gov.test": to_own_page,
            "later.gov.test": later_notice,
            SPAM_HOST: spam,
        }
    )


SITES = [
    Site(url="http://to-spam.gov.test/", name="to-spam"),
    Site(url="http://to-own.gov.test/", name="to-own"),
    Site(url="http://later.gov.test/", name="later"),
]


@pytest.mark.parametrize("depth", ["home", "full"])
async def test_a_refresh_header_to_another_site_is_an_offsite_redirect(depth: str) -> None:
    records, _ = await scan_on_farm(SITES, _serve, depth, NOW)
    codes = {name: {f["code"] for f in r["findings"]} for name, r in records.items()}
    assert records["to-spam"]["status"] == "hijacked"
    assert "offsite_redirect" in codes["to-spam"]
    detail = next(f for f in records["to-spam"]["findings"] if f["code"] == "offsite_redirect")
    assert SPAM_HOST in detail["detail"]
    assert "offsite_redirect" not in codes["to-own"]
    assert records["to-own"]["final_url"] == "http://to-own.gov.test/portal/"
    assert "offsite_redirect" not in codes["later"]
