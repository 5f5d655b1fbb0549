"""Seams of the last merges (review11): a Refresh header seen by `inspect` as by the
scan; a message page's answer that tells where the message was sent (已派单至……)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest
from aiohttp import web

from crawler.config import config_from_mapping
from crawler.extract import observe
from crawler.inspect import inspect_sources
from tests.conftest import farm_mapping
from tests.farm import HEALTHY_PAGE

SPAM_HOST = "www.am8899-bet.test"


@pytest.fixture
async def refresh_server() -> AsyncIterator[int]:
    async def handler(request: web.Request) -> web.StreamResponse:
        # A hacked server's header on the site's own, healthy-looking page.
        return web.Response(
            text=HEALTHY_PAGE,
            content_type="text/html",
            headers={"Refresh": f"0; url=http://{SPAM_HOST}/"},
        )

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield runner.addresses[0][1]
    finally:
        await runner.cleanup()


async def test_inspect_reads_a_refresh_header_to_another_site(
    refresh_server: int, tmp_path: Path
) -> None:
    """`inspect URL` judges what the scan judges: the Refresh header sends the page's
    visitors to another site (it said nothing, the scan said hijacked)."""
    mapping = farm_mapping(refresh_server, tmp_path)
    config = config_from_mapping(mapping, tmp_path / "test.toml")
    now = dt.datetime(2026, 11, 25, 12, tzinfo=config.rules.zone)
    items = [item async for item in inspect_sources(["http://hacked.farm.test/"], config, now)]
    assert items[0].page is not None
    assert items[0].fetch.refresh == f"http://{SPAM_HOST}/"
    codes = {f.code for f in items[0].verdict.findings}
    assert "offsite_redirect" in codes
    assert items[0].verdict.status == "hijacked"
    detail = next(f.detail for f in items[0].verdict.findings if f.code == "offsite_redirect")
    assert "Refresh header" in detail  # not "meta refresh": the page holds no such tag
