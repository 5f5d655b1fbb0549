"""Blind evaluation 5: the article-page date (`page_date`) of 40 simplified Chinese,
traditional Chinese (Taiwan, Hong Kong, Macau) and English article pages written before
any run (tests/blind_articles5.py), read as `python -m crawler inspect URL` reads them:
fetched over HTTP from 127.0.0.1 under their own host names (the `[network] resolve`
override, no system DNS); then each page in process, with and without its URL, and the
causes found, one by one."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiohttp import web
from selectolax.lexbor import LexborHTMLParser

from crawler.config import config_from_mapping
from crawler.dates import page_date
from crawler.inspect import inspect_sources
from tests.blind_articles5 import ARTICLES, NOW, Article
from tests.conftest import farm_mapping

_BY_PLACE = {(urlsplit(a.url).hostname, urlsplit(a.url).path): a for a in ARTICLES}
_BY_NAME = {a.name: a for a in ARTICLES}


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
    hosts = {urlsplit(a.url).hostname or "" for a in ARTICLES}
    mapping = farm_mapping(
        port,
        tmp_path,
        crawler={"max_page_bytes": 262_144},
        network={"resolve": {host: f"127.0.0.1:{port}" for host in hosts}},
    )
    config = config_from_mapping(mapping, tmp_path / "test.toml")
    now = dt.datetime(NOW.year, NOW.month, NOW.day, 12, tzinfo=config.rules.zone)
    sources = [a.url.replace("https://", "http://", 1) for a in ARTICLES]
    wrong = []
    count = 0
    async for item in inspect_sources(sources, config, now):
        article = ARTICLES[count]
        count += 1
        assert item.page is not None, (article.name, item.fetch.error_kind)
        if item.page.page_date != article.truth:
            wrong.append((article.name, article.truth, item.page.page_date))
    assert count == len(ARTICLES) == 40
    assert wrong == []


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_page_date(article: Article) -> None:
    hit = page_date(LexborHTMLParser(article.html), article.url, NOW)
    assert (hit.value if hit else None) == article.truth, article.note


# Without its URL (a saved file), each page but one gives its date from what it shows:
# the workshop blog's date is in its address only.
@pytest.mark.parametrize(
    "article", [a for a in ARTICLES if a.name != "en06"], ids=[a.name for a in ARTICLES if a.name != "en06"]
)
def test_page_date_without_the_url(article: Article) -> None:
    hit = page_date(LexborHTMLParser(article.html), "", NOW)
    assert (hit.value if hit else None) == article.truth, article.note


# ---------------------------------------------------------------- the causes found


def test_a_cookie_banners_policy_date_is_not_the_articles() -> None:
    """A cookie banner above the article ("We updated our cookie policy on 12 November
    2026") was read as the page's date by the last, text stage: a press release whose
    only date is its dateline further down, and a page with no date at all."""
    for name, url in (("en05", ""), ("en07", _BY_NAME["en07"].url)):
        article = _BY_NAME[name]
        hit = page_date(LexborHTMLParser(article.html), url, NOW)
        assert (hit.value if hit else None) == article.truth, name


def _visible_only(html: str) -> str:
    """The page without its <head> (no publication metas)."""
    return re.sub(r"<head>.*?</head>", "<head><meta charset='utf-8'></head>", html, flags=re.S)


def test_an_rdfa_date_modified_time_is_no_publication_date() -> None:
    """Canada.ca's footer `<time property="dateModified">2026-11-24</time>` (RDFa, not
    microdata's itemprop) was taken by the `<time>` stage as the publication's day."""
    html = _visible_only(_BY_NAME["en10"].html)
    hit = page_date(LexborHTMLParser(html), "", NOW)
    assert hit is not None and not hit.source.startswith("time"), hit


def test_a_long_dateline_that_opens_with_its_date_comes_before_the_update_label() -> None:
    """Without its dcterms metas, the Canada.ca release is dated by its dateline
    ("November 16, 2026 – Halifax, Nova Scotia – Atlantic Canada Opportunities Agency",
    longer than a short dateline), not by a short line of its quick facts ("The funding
    was announced in Budget 2026 on April 21, 2026.") nor by "Date modified"."""
    html = _visible_only(_BY_NAME["en10"].html)
    hit = page_date(LexborHTMLParser(html), "", NOW)
    assert hit is not None and hit.value == dt.date(2026, 11, 16), hit


@pytest.mark.xfail(
    strict=True,
    reason="gap: a date whose year stands in an element of its own (Xinhua's "
    '`<span class="year"><em> 2026</em></span>/11/18`) is read with a space between the '
    "pieces ('2026 /11/18'), which no date form takes; the page is dated by its URL and "
    "its firstpublishedtime meta, so only a copy without both is undated",
)
def test_a_split_year_in_its_own_element_without_metas_or_url() -> None:
    html = _visible_only(_BY_NAME["zh02"].html)
    hit = page_date(LexborHTMLParser(html), "", NOW)
    assert hit is not None and hit.value == dt.date(2026, 11, 18), hit
