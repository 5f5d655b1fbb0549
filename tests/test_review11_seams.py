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
        # A hacked server's header on the site's own, healthy-looking page (on an
        # empty one at empty.farm.test).
        return web.Response(
            text="" if request.host.startswith("empty.") else HEALTHY_PAGE,
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


async def test_inspect_reads_a_refresh_header_on_an_empty_page(
    refresh_server: int, tmp_path: Path
) -> None:
    """An empty body with the Refresh header to another site: the scan reads the blank
    page and judges it hijacked; `inspect` read no page at all and said nothing."""
    config = config_from_mapping(farm_mapping(refresh_server, tmp_path), tmp_path / "test.toml")
    now = dt.datetime(2026, 11, 25, 12, tzinfo=config.rules.zone)
    items = [item async for item in inspect_sources(["http://empty.farm.test/"], config, now)]
    assert items[0].page is not None
    assert items[0].verdict.status == "hijacked"
    assert "offsite_redirect" in {f.code for f in items[0].verdict.findings}


def _message_page(reply: str) -> str:
    return (
        "<html><body><h1>关于某路段路灯不亮的问题</h1><table>"
        "<tr><th>来信时间</th><td>2026-08-20</td></tr>"
        f"<tr><th>回复内容</th><td>{reply}</td></tr>"
        "<tr><th>回复时间</th><td>2026-09-05</td></tr></table></body></html>"
    )


@pytest.mark.parametrize(
    ("reply", "answered"),
    [
        # Answers that first tell where the message went (派单, 转办 to a department):
        # answered, not "dispatched" (a board of such answers failed as unanswered).
        ("您好！您反映的问题已派单至区城管局办理。经核查，该路段路灯已于9月3日修复，感谢您的监督。", True),
        ("您反映的问题已转办至区住建局，经核实，小区门口积水问题已整改完毕。", True),
        # A state standing alone, leading the field or ending its clause: no answer yet.
        ("已派单", False),
        ("正在办理中", False),
        ("该件正在办理中", False),
        ("您的留言已收到，正在办理中，请耐心等待。", False),
        ("您好，您的来信已受理，我们将尽快核实。", False),
    ],
)
def test_an_answer_that_tells_where_the_message_went_is_an_answer(
    reply: str, answered: bool
) -> None:
    page = observe(
        _message_page(reply).encode(),
        "utf-8",
        "http://board.farm.test/hdjl/1.html",
        "text/html",
        date(2026, 11, 25),
        columns=False,
    )
    assert page.reply is answered


def test_a_clock_offset_that_is_no_number_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """CRAWLER_CLOCK_OFFSET_SECONDS=abc: the CLI's one-line error naming the variable,
    not a bare float() ValueError from deep inside a scan (review 11)."""
    from crawler.clock import OFFSET_VARIABLE, utc_now
    from crawler.errors import ConfigError

    monkeypatch.setenv(OFFSET_VARIABLE, "abc")
    with pytest.raises(ConfigError, match=OFFSET_VARIABLE):
        utc_now()
