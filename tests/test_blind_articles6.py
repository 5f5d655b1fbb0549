"""Blind evaluation 6: the article-page date (`page_date`) of 43 English, simplified and
traditional Chinese article pages of kinds earlier rounds did not cover, written with
their truth before any run (tests/blind_articles6.py): read as `python -m crawler
inspect URL` reads them, fetched over HTTP from 127.0.0.1 under their own host names
(the `[network] resolve` override, no system DNS); then each page in process, with and
without its URL; then the cause found."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from aiohttp import web
from selectolax.lexbor import LexborHTMLParser

from crawler.config import config_from_mapping
from crawler.dates import page_date
from crawler.inspect import inspect_sources
from tests.blind_articles6 import NOW, PAGES, Article
from tests.conftest import farm_mapping

_BY_PLACE = {(urlsplit(a.url).hostname, urlsplit(a.url).path): a for a in PAGES}
_BY_SLUG = {a.slug: a for a in PAGES}


def _truth(article: Article) -> dt.date | None:
    return None if article.expected is None else dt.date.fromisoformat(article.expected)


def _http(url: str) -> str:
    parts = urlsplit(url)
    return f"http://{parts.hostname}{quote(parts.path)}"


@pytest.fixture
async def article_server() -> AsyncIterator[int]:
    """Each page at its own host and path (routed by the Host header), on 127.0.0.1."""

    async def serve(request: web.Request) -> web.StreamResponse:
        host = (request.host or "").split(":", 1)[0]
        page = _BY_PLACE.get((host, request.path))
        if page is None:
            raise web.HTTPNotFound()
        return web.Response(text=page.html, content_type="text/html", charset="utf-8")

    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", serve)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield runner.addresses[0][1]
    finally:
        await runner.cleanup()


async def test_inspect_finds_each_pages_publication_date(
    article_server: int, tmp_path: Path
) -> None:
    port = article_server
    hosts = {urlsplit(a.url).hostname or "" for a in PAGES}
    mapping = farm_mapping(
        port,
        tmp_path,
        crawler={"max_page_bytes": 262_144},
        network={"resolve": {host: f"127.0.0.1:{port}" for host in hosts}},
    )
    config = config_from_mapping(mapping, tmp_path / "test.toml")
    now = dt.datetime(NOW.year, NOW.month, NOW.day, 12, tzinfo=config.rules.zone)
    wrong = []
    count = 0
    async for item in inspect_sources([_http(a.url) for a in PAGES], config, now):
        article = PAGES[count]
        count += 1
        assert item.page is not None, (article.slug, item.fetch.error_kind)
        if item.page.page_date != _truth(article):
            wrong.append((article.slug, article.expected, item.page.page_date))
    assert count == len(PAGES) == 43
    assert wrong == []


@pytest.mark.parametrize("article", PAGES, ids=[a.slug for a in PAGES])
def test_page_date(article: Article) -> None:
    hit = page_date(LexborHTMLParser(article.html), article.url, NOW)
    assert (hit.value if hit else None) == _truth(article), article.note


@pytest.mark.parametrize("article", PAGES, ids=[a.slug for a in PAGES])
def test_page_date_without_the_url(article: Article) -> None:
    """A saved file: each page gives its date from what it holds, not its address."""
    hit = page_date(LexborHTMLParser(article.html), "", NOW)
    assert (hit.value if hit else None) == _truth(article), article.note


# ---------------------------------------------------------------- the cause found


def test_a_wechat_pages_script_publication_time_dates_it() -> None:
    """A WeChat article (and the copies government sites keep) fills its
    <em id="publish_time"> by script from `var ct = "<epoch seconds>"`: the saved HTML
    shows no date at all, and the page had none (2026-11-17 21:05 +08:00)."""
    article = _BY_SLUG["zh_wechat_ct_only"]
    hit = page_date(LexborHTMLParser(article.html), article.url, NOW)
    assert hit is not None and hit.value == dt.date(2026, 11, 17) and hit.source == "script"


def test_a_script_epoch_is_read_at_the_platforms_offset() -> None:
    """WeChat's `ct` is an instant; its readers see Beijing time. A post at 07:00 there
    (23:00 UTC the day before) is dated the 20th, not the 19th (the saved copy on a
    government site, read without its dated address)."""
    article = _BY_SLUG["zh_wechat_ct_morning"]
    hit = page_date(LexborHTMLParser(article.html), "", NOW)
    assert hit is not None and hit.value == dt.date(2026, 11, 20) and hit.source == "script"


def test_a_script_variable_does_not_outrank_a_shown_date() -> None:
    """The script stage comes after every stage that reads what the page shows."""
    html = (
        "<html><body><h1>Notice</h1><p>发布时间：2026-11-12</p>"
        '<script>var ct = "1794920700";</script></body></html>'
    )
    hit = page_date(LexborHTMLParser(html), "", NOW)
    assert hit is not None and hit.value == dt.date(2026, 11, 12)


@pytest.mark.parametrize(
    "script, expected",
    [
        ('var publish_time = "2026-11-20" || "";', dt.date(2026, 11, 20)),
        ("let pubtime = '2026/11/19 08:00';", dt.date(2026, 11, 19)),
        ('var ct = "1794920700";', dt.date(2026, 11, 17)),
        ('var act = "1794920700";', None),  # another variable
        ('var ct = "abcdefgh";', None),
    ],
)
def test_script_publication_variables(script: str, expected: dt.date | None) -> None:
    html = f"<html><body><h1>标题</h1><p>正文内容。</p><script>{script}</script></body></html>"
    hit = page_date(LexborHTMLParser(html), "", NOW)
    assert (hit.value if hit else None) == expected
