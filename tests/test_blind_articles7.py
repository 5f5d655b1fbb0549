"""Blind evaluation 7: the article-page date (`page_date`) of 44 simplified and
traditional Chinese and English article pages, written with their truth before any run
(tests/blind_articles7.py): read as `python -m crawler inspect URL` reads them, fetched
over HTTP from 127.0.0.1 under their own host names (the `[network] resolve` override,
no system DNS); then each page in process, with and without its URL; then the cause
found (a page clock read as the page's date)."""

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
from tests.blind_articles7 import ARTICLES, NOW, Article
from tests.conftest import farm_mapping


def _place(url: str) -> tuple[str | None, str]:
    parts = urlsplit(url)
    return parts.hostname, parts.path + (f"?{parts.query}" if parts.query else "")


_BY_PLACE = {_place(a.url): a for a in ARTICLES}
_BY_SLUG = {a.slug: a for a in ARTICLES}


def _truth(article: Article) -> dt.date | None:
    return None if article.expected is None else dt.date.fromisoformat(article.expected)


def _http(url: str) -> str:
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"http://{parts.hostname}{quote(parts.path)}{query}"


def _date_of(html: str, url: str = "") -> dt.date | None:
    hit = page_date(LexborHTMLParser(html), url, NOW)
    return None if hit is None else hit.value


@pytest.fixture
async def article_server() -> AsyncIterator[int]:
    """Each page at its own host and path (routed by the Host header), on 127.0.0.1."""

    async def serve(request: web.Request) -> web.StreamResponse:
        host = (request.host or "").split(":", 1)[0]
        page = _BY_PLACE.get((host, request.path_qs))
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
    hosts = {urlsplit(a.url).hostname or "" for a in ARTICLES}
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
    async for item in inspect_sources([_http(a.url) for a in ARTICLES], config, now):
        article = ARTICLES[count]
        count += 1
        assert item.page is not None, (article.slug, item.fetch.error_kind)
        if item.page.page_date != _truth(article):
            wrong.append((article.slug, article.expected, item.page.page_date))
    assert count == len(ARTICLES) == len(_BY_PLACE) == 44
    assert wrong == []


@pytest.mark.parametrize("article", ARTICLES, ids=[a.slug for a in ARTICLES])
def test_page_date(article: Article) -> None:
    assert _date_of(article.html, article.url) == _truth(article), article.note


@pytest.mark.parametrize("article", ARTICLES, ids=[a.slug for a in ARTICLES])
def test_page_date_without_the_url(article: Article) -> None:
    """A saved file: each page gives its date from what it holds, not its address."""
    assert _date_of(article.html) == _truth(article), article.note


# ---------------------------------------------------------------- the cause found

_EN_CLOCK = '<span class="today">Thursday, November 26, 2026</span>'
_ZH_CLOCK = '<span class="today">今天是：2026年11月26日 星期四</span>'


def test_a_top_bar_clock_does_not_date_an_undated_page() -> None:
    """A service page with no date of its own under a utility bar that shows today with
    its weekday ("Thursday, November 26, 2026"): the text stage took the clock, the
    first short block with a full date, for the page's dateline."""
    article = _BY_SLUG["en_undated_service"]
    assert _EN_CLOCK in article.html
    assert _date_of(article.html, article.url) is None
    # also written day first, or with the weather beside it
    for clock in ("Thursday 26 November 2026", "Thursday, November 26, 2026 · 42°F"):
        html = article.html.replace(_EN_CLOCK, f'<span class="today">{clock}</span>')
        assert _date_of(html) is None, clock


@pytest.mark.parametrize(
    "markup",
    [
        '<span class="date">Thursday, November 26, 2026</span>',
        '<span id="current-date">Thursday, November 26, 2026</span>',
    ],
)
def test_a_clock_in_a_date_class_does_not_date_the_page(markup: str) -> None:
    """The same clock in an element whose class or id says date (the class stage): a
    weekday beside today's date in a short element is the page's clock."""
    article = _BY_SLUG["en_undated_service"]
    assert _date_of(article.html.replace(_EN_CLOCK, markup)) is None


def test_a_chinese_top_bar_clock_in_a_date_class_is_a_clock() -> None:
    """A government template's top bar that the lexicon does not name (class="top"),
    its clock in <span class="date">2026年11月26日 星期四</span> with no 今天是: not the
    date of the 机构职能 page under it, nor of a dated article (its 发布时间 wins)."""
    undated = _BY_SLUG["zh_undated_org_page"]
    html = undated.html.replace('class="topbar"', 'class="top"').replace(
        _ZH_CLOCK, '<span class="date">2026年11月26日 星期四</span>'
    )
    assert _date_of(html) is None
    dated = _BY_SLUG["zh_bracket_bar"]
    html = dated.html.replace('class="topbar"', 'class="top"').replace(
        '<span id="nowtime"></span>', '<span class="date">2026年11月26日 星期四</span>'
    )
    assert _date_of(html) == dt.date(2026, 11, 18)


def test_an_article_of_today_keeps_its_labelled_or_weekday_less_date() -> None:
    """Only a clock's shape is left out (short, a weekday, today's date): a page
    published today keeps its labelled date, and a dateline of an earlier day with its
    weekday is still a dateline."""
    article = _BY_SLUG["en_undated_service"]
    today = article.html.replace(
        "<h1>Apply for a Residential Parking Permit</h1>",
        "<h1>Apply for a Residential Parking Permit</h1><p>Published: November 26, 2026</p>",
    )
    assert _date_of(today) == NOW
    earlier = article.html.replace(
        "<h1>Apply for a Residential Parking Permit</h1>",
        "<h1>Apply for a Residential Parking Permit</h1><p>Friday, November 20, 2026</p>",
    )
    assert _date_of(earlier) == dt.date(2026, 11, 20)
