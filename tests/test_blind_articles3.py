"""Blind evaluation 3: the article-page date (`page_date`) of 40 pages written before any
run (tests/blind_articles3.py), read as `python -m crawler inspect URL` reads them:
fetched over HTTP from 127.0.0.1 under their own host names (the `[network] resolve`
override, no system DNS), then each page's date by the same stages one by one."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiohttp import web
from selectolax.lexbor import LexborHTMLParser

from crawler.config import config_from_mapping
from crawler.dates import dates_in_text, page_date
from crawler.inspect import inspect_sources
from tests.blind_articles3 import ARTICLES, NOW, Article
from tests.conftest import farm_mapping

_BY_PLACE = {(urlsplit(a.url).hostname, urlsplit(a.url).path, urlsplit(a.url).query): a
             for a in ARTICLES}


@pytest.fixture
async def article_server() -> AsyncIterator[int]:
    """Each page at its own host and path (routed by the Host header), on 127.0.0.1."""

    async def serve(request: web.Request) -> web.StreamResponse:
        host = (request.host or "").split(":", 1)[0]
        article = _BY_PLACE.get((host, request.path, request.query_string))
        if article is None:
            raise web.HTTPNotFound()
        return web.Response(text=article.html, content_type="text/html", charset="utf-8")

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


def _truth(article: Article) -> str | None:
    return article.truth.isoformat() if article.truth else None


async def test_inspect_finds_each_articles_publication_date(
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
    # Plain HTTP to the local server: the scheme is no part of a page's date.
    sources = [a.url.replace("https://", "http://", 1) for a in ARTICLES]
    wrong = []
    count = 0
    async for item, article in _zip(inspect_sources(sources, config, now), ARTICLES):
        count += 1
        assert item.page is not None, (article.name, item.fetch.error_kind)
        found = item.page.page_date.isoformat() if item.page.page_date else None
        if found != _truth(article):
            wrong.append((article.name, _truth(article), found, item.page.page_date_source))
    assert count == len(ARTICLES) == 40
    assert wrong == []


async def _zip(
    items: AsyncIterator[object], articles: list[Article]
) -> AsyncIterator[tuple[object, Article]]:
    index = 0
    async for item in items:
        yield item, articles[index]
        index += 1


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_page_date(article: Article) -> None:
    hit = page_date(LexborHTMLParser(article.html), article.url, NOW)
    assert (hit.value.isoformat() if hit else None) == _truth(article), (
        article.why,
        hit,
    )


# The causes, one by one.


def test_a_dated_document_in_chinese_numerals_is_a_date() -> None:
    """A 公文's 落款 (二〇二六年十一月二十日, 〇 typed ○ or 零) is read like 2026年11月20日;
    a year alone (二〇二六年工作要点) and an impossible day are not dates."""
    assert dates_in_text("南京市江宁区人民政府 二〇二六年十一月二十日", NOW) == [dt.date(2026, 11, 20)]
    assert dates_in_text("二○二五年一月九日", NOW) == [dt.date(2025, 1, 9)]
    assert dates_in_text("二零二六年十月三十一日", NOW) == [dt.date(2026, 10, 31)]
    assert dates_in_text("二〇二六年工作要点", NOW) == []
    assert dates_in_text("二〇二六年二月三十日", NOW) == []


def test_a_date_followed_by_its_time_after_a_dash_is_a_dateline() -> None:
    """Drupal's "Submitted by admin on Thu, 11/19/2026 - 10:42": the dash joins a date
    and its time, not the two ends of a period."""
    html = (
        "<html><body><h1>Title</h1><div>Submitted by admin on Thu, 11/19/2026 - 10:42</div>"
        "<p>Centers open through March 15, 2027.</p></body></html>"
    )
    hit = page_date(LexborHTMLParser(html), "https://county.example.gov/news/x", NOW)
    assert hit is not None and hit.value == dt.date(2026, 11, 19)
    period = "<html><body><h1>T</h1><div>展期：2026-11-01 - 2026-11-30</div></body></html>"
    hit = page_date(LexborHTMLParser(period), "https://x.example.cn/a.html", NOW)
    assert hit is None or hit.value != dt.date(2026, 11, 1)


def test_a_list_of_dated_links_under_any_title_is_not_the_pages_date() -> None:
    """A side box of other pages with their dates (热点专题, 通知公告, or no title) is no
    part of the article, whatever its title; the article's own date line with its
    links (打印, 关闭) is one item, not such a list."""
    box = (
        '<div class="r-box"><div class="tit"><h3>热点专题</h3></div><ul>'
        '<li><a href="/a1.html">学习贯彻全会精神</a><span>2026-10-30</span></li>'
        '<li><a href="/a2.html">优化营商环境</a><span>2026-09-15</span></li></ul></div>'
    )
    prose = "<p>市政府办公室是市政府的办事机构，协助市政府领导同志处理市政府日常工作。</p>" * 3
    undated = f"<html><body><h1>机构职能</h1><div>{prose}</div>{box}</body></html>"
    page = LexborHTMLParser(undated)
    assert page_date(page, "https://x.example.gov.cn/jgzn/1.html", NOW) is None
    dated = (
        "<html><body><h1>通知</h1><ul class='info'><li>2026-11-12</li><li>来源：本网</li>"
        "<li><a href='javascript:print()'>打印</a></li><li><a href='#'>关闭</a></li></ul>"
        f"<div>{prose}</div>{box}</body></html>"
    )
    hit = page_date(LexborHTMLParser(dated), "https://x.example.gov.cn/tz/2.html", NOW)
    assert hit is not None and hit.value == dt.date(2026, 11, 12)
