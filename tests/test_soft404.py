"""Soft 404s in link checks, against the farm's real HTTP server on 127.0.0.1.

A CMS that answers a removed page with 200 and its "page not found" page (页面不存在,
Page not found, 找不到網頁) leaves a dead link that inspectors count: a link to a page
of the linking page's own site is read (a GET of its first bytes) and judged by its
title, headings and, for a short page, its text. Files keep the HEAD.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Any

from aiohttp import web

from crawler.config import Config
from crawler.fetch import PEEK_BYTES, Fetcher
from crawler.links import LinkChecker, check_page_links
from crawler.models import BrokenLink, PageResource
from tests.farm import Farm

Farmed = tuple[Farm, int]
MakeConfig = Callable[..., Config]
TIMEOUT = 1.0  # room for a loaded machine; no handler here is slow
GUARD_SECONDS = 5

# A Chinese government CMS's error page, served with 200 at the removed article's path.
CMS_NOT_FOUND = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>提示信息</title>
<style>.box{margin:80px auto;width:500px}</style></head><body><div class="box">
<img src="/images/404.png" alt=""><p>对不起，您访问的页面不存在或已被删除！</p>
<p><a href="/">返回首页</a></p></div></body></html>"""

# WordPress: the theme's 404 template inside the whole site chrome, far over PEEK_BYTES.
_WP_HEAD = "".join(
    f'<link rel="stylesheet" id="wp-block-{i}-css" href="/wp-includes/css/{i}.min.css?ver=6.4" '
    'media="all">\n'
    for i in range(20)
)
_WP_MENU = "".join(f'<li class="menu-item"><a href="/dept-{i}/">Department {i}</a></li>' for i in range(400))
WP_NOT_FOUND = f"""<!doctype html><html lang="en-US"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found &#8211; Town of Millbrook</title>
<meta name="robots" content="noindex, follow">{_WP_HEAD}</head>
<body class="error404 hfeed"><header><nav><ul>{_WP_MENU}</ul></nav></header>
<main><section class="error-404 not-found"><h1 class="page-title">Oops! That page can&rsquo;t
be found.</h1><p>It looks like nothing was found at this location.</p></section></main>
</body></html>"""

# A Taiwanese city's error page, in Big5, with its menu.
_TW_MENU = "".join(f"<li><a href='/cp-{i}.html'>市政新聞第{i}類　業務公告　便民服務</a></li>" for i in range(40))
TW_NOT_FOUND = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>找不到網頁 - 臺中市政府全球資訊網</title></head><body><ul>{_TW_MENU}</ul>
<div class="err">很抱歉，您要找的網頁已移除或不存在。</div></body></html>"""

# Live pages that mention "not found": an article about error pages, a news story.
LIVE_ARTICLE = (
    '<html><head><meta charset="utf-8"><title>关于规范政府网站“页面不存在”等错误提示的通知 - '
    "示例市人民政府</title></head><body><h1>关于规范政府网站“页面不存在”等错误提示的通知</h1>"
    + "<p>各县区人民政府，市政府各部门：网站出现404错误或显示页面不存在时，应当提供返回首页链接。</p>" * 30
    + "<p>发布日期：2026-11-20</p></body></html>"
)
LIVE_NEWS = (
    '<html><head><meta charset="utf-8"><title>Library fixes broken catalogue links | City News'
    "</title></head><body><h1>Library fixes broken catalogue links</h1>"
    + "<p>Readers who saw a Page not found error or a 404 Not Found message when opening "
    "the old catalogue can now use the new search. The library thanks everyone.</p>" * 20
    + "</body></html>"
)


def _html(body: str, charset: str = "utf-8") -> web.Response:
    return web.Response(body=body.encode(charset), content_type="text/html", charset=charset)


class Site:
    """A farm site of fixed pages, answering HEAD with 200 everywhere (as a CMS does for
    its soft 404s), and remembering every request. Any other path gets `missing`: by
    default the CMS's error page with 200 (a site that soft 404s, as its probe sees)."""

    def __init__(
        self,
        pages: dict[str, Callable[[], web.StreamResponse]],
        missing: Callable[[], web.StreamResponse] | None = None,
    ) -> None:
        self.pages = pages
        self.missing = missing or (lambda: _html(CMS_NOT_FOUND))
        self.calls: list[tuple[str, str]] = []

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        self.calls.append((request.method, request.path_qs))
        page = self.pages.get(request.path_qs) or self.pages.get(request.path)
        if page is None:
            return self.missing()
        return page()

    def probes(self) -> list[tuple[str, str]]:
        """Requests for paths the site never had (the checker's probe)."""
        return [(m, p) for m, p in self.calls if p not in self.pages and p.split("?")[0] not in self.pages]

    def methods(self, path: str) -> list[str]:
        return [method for method, where in self.calls if where == path]


async def _check(
    config: Config,
    resources: list[PageResource],
    page_url: str,
    *,
    timeout: float = TIMEOUT,
    allowed: Callable[[str], bool] | None = None,
    more: Sequence[tuple[list[PageResource], str]] = (),
) -> dict[str, BrokenLink]:
    """The broken links of a page (and of `more` pages, one checker for all)."""
    found: list[BrokenLink] = []
    async with Fetcher(config.crawler, config.network, keep_alive=True) as fetcher:
        checker = LinkChecker(fetcher, config.crawler, timeout=timeout)
        for links, url in [(resources, page_url), *more]:
            found += await asyncio.wait_for(
                check_page_links(
                    checker, links, url, on_homepage=True, limit=50, allowed=allowed
                ),
                GUARD_SECONDS,
            )
    return {link.url: link for link in found}


def _site(server: Farm, name: str, pages: dict[str, Any]) -> Site:
    site = Site(pages)
    server.sites[name] = site
    return site


async def test_a_cms_page_not_found_answered_with_200_is_a_broken_link(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    site = _site(server, "s4-cms", {
        "/art/2024/5/1/art_1229_456.html": lambda: _html(CMS_NOT_FOUND),
        "/col/col1229/": lambda: _html(LIVE_ARTICLE),
    })
    dead = server.url("s4-cms", "/art/2024/5/1/art_1229_456.html")
    found = await _check(make_config(port), [
        PageResource(dead, "a", "关于印发年度工作要点的通知"),
        PageResource("/col/col1229/", "a", "通知公告"),
    ], server.url("s4-cms"))
    assert list(found) == [dead]
    link = found[dead]
    assert not link.suspected and link.status == 200
    assert link.detail.startswith("soft 404: HTTP 200") and "页面不存在" in link.detail, link.detail
    assert site.methods("/art/2024/5/1/art_1229_456.html") == ["GET"]  # one request, no HEAD


async def test_a_live_page_that_mentions_not_found_is_read_and_is_not_broken(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    site = _site(server, "s4-live", {
        "/zwgk/tzgg/202611/t20261120_9.html": lambda: _html(LIVE_ARTICLE),
        "/news/library-fixes-links": lambda: _html(LIVE_NEWS),
    })
    found = await _check(make_config(port), [
        PageResource("/zwgk/tzgg/202611/t20261120_9.html", "a", "通知"),
        PageResource("/news/library-fixes-links", "a", "Library"),
    ], server.url("s4-live"))
    assert found == {}
    # Both were read (not only asked with HEAD): their text was there to be misread.
    assert site.methods("/zwgk/tzgg/202611/t20261120_9.html") == ["GET"]
    assert site.methods("/news/library-fixes-links") == ["GET"]


async def test_a_pdf_link_is_asked_with_head_only(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm
    # GET would answer the CMS's error page; the file is judged by its HEAD as before.
    site = _site(server, "s4-pdf", {
        "/files/2026年预算公开.pdf": lambda: _html(CMS_NOT_FOUND),
        "/art/gone.html": lambda: _html(CMS_NOT_FOUND),
    })
    found = await _check(make_config(port), [
        PageResource("/files/2026年预算公开.pdf", "file", "预算公开"),
        PageResource("/art/gone.html", "a", "已删除的文章"),
    ], server.url("s4-pdf"))
    assert list(found) == [server.url("s4-pdf", "/art/gone.html")]
    assert [m for m, p in site.calls if p.endswith(".pdf")] == ["HEAD"]


async def test_a_wordpress_page_not_found_is_broken_from_its_title(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    assert len(WP_NOT_FOUND) > 2 * PEEK_BYTES  # only its head is read
    _site(server, "s4-wp", {"/2019/03/spring-cleanup-day/": lambda: _html(WP_NOT_FOUND)})
    dead = server.url("s4-wp", "/2019/03/spring-cleanup-day/")
    found = await _check(
        make_config(port), [PageResource(dead, "a", "Spring Cleanup Day")], server.url("s4-wp")
    )
    assert "Page not found – Town of Millbrook" in found[dead].detail, found


async def test_a_traditional_chinese_page_not_found_in_big5_is_broken(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    _site(server, "s4-tw", {"/News_Content.aspx": lambda: _html(TW_NOT_FOUND, "big5")})
    dead = server.url("s4-tw", "/News_Content.aspx?n=8&s=1234")
    found = await _check(
        make_config(port), [PageResource(dead, "a", "市政新聞")], server.url("s4-tw")
    )
    assert "找不到網頁" in found[dead].detail, found


async def test_a_redirect_to_a_generic_error_page_is_broken(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm

    def to(target: str) -> Callable[[], web.StreamResponse]:
        return lambda: web.Response(status=302, headers={"Location": target})

    _site(server, "s4-err", {
        "/news/1.aspx": to("/Error.aspx?aspxerrorpath=/news/1.aspx"),
        "/Error.aspx": lambda: _html("<html><title>Sorry</title><body>An error occurred.</body></html>"),
        "/xwzx/2.html": to("/error.htm"),
        "/error.htm": lambda: _html("<html><title>示例市</title><body>出错了</body></html>"),
    })
    found = await _check(make_config(port), [
        PageResource("/news/1.aspx", "a", "News 1"),
        PageResource("/xwzx/2.html", "a", "新闻 2"),
    ], server.url("s4-err"))
    for path in ("/news/1.aspx", "/xwzx/2.html"):
        link = found[server.url("s4-err", path)]
        assert not link.suspected and link.detail.startswith("soft 404: redirected to the error page")


async def test_other_sites_pages_keep_the_head(farm: Farmed, make_config: MakeConfig) -> None:
    """Reading every external link would cost the most for the least: they are HEAD-only."""
    server, port = farm
    other = Site({"/missing.html": lambda: _html(CMS_NOT_FOUND)})
    server.sites["news.elsewhere.test"] = other
    config = make_config(port, network={"resolve": {
        "*.farm.test": f"127.0.0.1:{port}", "news.elsewhere.test": f"127.0.0.1:{port}"}})
    found = await _check(
        config, [PageResource("http://news.elsewhere.test/missing.html", "a", "x")],
        server.url("s4-ext"),
    )
    assert found == {} and other.calls == [("HEAD", "/missing.html")]


# Live pages whose markup holds a 404 heading that is not shown: an ajax error handler's
# HTML in a head script, a commented-out old 404 template, an SPA's route template.
LIVE_SCRIPTED = (
    '<html><head><meta charset="utf-8"><title>市政府召开常务会议_示例市人民政府</title>'
    "<script>$(function(){$.ajax({url:'/api/hits',error:function(){"
    "$('#hits').html('<h2>抱歉，您访问的页面不存在！</h2>');}});});</script></head>"
    "<body><h1>市政府召开常务会议</h1>" + "<p>会议研究部署了冬季安全生产等工作。</p>" * 40
    + "</body></html>"
)
LIVE_COMMENTED = (
    "<html><head><title>Council adopts budget | Town of Millbrook</title></head><body>"
    "<!-- <h1>Page not found</h1> (old 404 template, kept for reference) -->"
    "<h1>Council adopts 2027 budget</h1>" + "<p>The council adopted the budget.</p>" * 40
    + "</body></html>"
)
LIVE_TEMPLATE = (
    "<html><head><title>Town of Millbrook</title></head><body><div id='app'></div>"
    '<script type="text/x-template" id="not-found"><h1>Page not found</h1></script>'
    "<h2>Road works on Main Street</h2>" + "<p>Main Street closes next week.</p>" * 40
    + "</body></html>"
)


async def test_a_404_heading_in_a_script_or_comment_is_no_soft_404(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    site = _site(server, "s4-hidden", {
        "/art/2026/11/20/art_1_9.html": lambda: _html(LIVE_SCRIPTED),
        "/news/budget": lambda: _html(LIVE_COMMENTED),
        "/news/road-works": lambda: _html(LIVE_TEMPLATE),
        "/art/2024/5/1/art_1_1.html": lambda: _html(CMS_NOT_FOUND),
    })
    dead = server.url("s4-hidden", "/art/2024/5/1/art_1_1.html")
    found = await _check(make_config(port), [
        PageResource("/art/2026/11/20/art_1_9.html", "a", "市政府召开常务会议"),
        PageResource("/news/budget", "a", "Council adopts budget"),
        PageResource("/news/road-works", "a", "Road works"),
        PageResource(dead, "a", "关于印发年度工作要点的通知"),
    ], server.url("s4-hidden"))
    assert list(found) == [dead]  # the real soft 404 still is one
    assert site.methods("/news/budget") == ["GET"]


# --- one probe per site: a site that answers 404 keeps the HEAD ---------------------


async def test_a_site_that_answers_404_gets_one_probe_and_head_for_its_page_links(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    site = _site(server, "s4-honest", {
        "/xwzx/2026/1.html": lambda: _html(LIVE_ARTICLE),
        "/xwzx/": lambda: _html(LIVE_ARTICLE),
        "/about": lambda: _html(LIVE_NEWS),
    })
    site.missing = lambda: web.Response(status=404, text="<h1>404 Not Found</h1>", content_type="text/html")
    home, column = server.url("s4-honest"), server.url("s4-honest", "/xwzx/")
    found = await _check(make_config(port), [
        PageResource("/xwzx/2026/1.html", "a", "新闻一"),
        PageResource("/xwzx/", "a", "新闻中心"),
        PageResource("/xwzx/2025/gone.html", "a", "已删除"),
    ], home, more=[([
        PageResource("/about", "a", "About"),
        PageResource("/xwzx/2026/1.html", "a", "新闻一"),
    ], column)])
    assert list(found) == [server.url("s4-honest", "/xwzx/2025/gone.html")]
    assert found[server.url("s4-honest", "/xwzx/2025/gone.html")].detail == "HTTP 404"
    probe = [p for m, p in site.probes() if p != "/xwzx/2025/gone.html"]
    assert len(probe) == 1 and probe[0].endswith(".html")  # one probe for both pages
    # Live pages: one HEAD each, as before links were read; the 404 is confirmed by GET.
    assert site.methods("/xwzx/2026/1.html") == ["HEAD"]
    assert site.methods("/about") == ["HEAD"]
    assert site.methods("/xwzx/2025/gone.html") == ["HEAD", "GET"]


async def test_a_site_that_soft_404s_gets_one_probe_and_its_page_links_read(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    site = _site(server, "s4-soft", {
        "/xwzx/2026/1.html": lambda: _html(LIVE_ARTICLE),
        "/about": lambda: _html(LIVE_NEWS),
    })  # every other path: the CMS's error page with 200
    found = await _check(make_config(port), [
        PageResource("/xwzx/2026/1.html", "a", "新闻一"),
        PageResource("/about", "a", "About"),
        PageResource("/xwzx/2025/gone.html", "a", "已删除"),
        PageResource("/files/plan.pdf", "file", "规划"),
    ], server.url("s4-soft"))
    gone = server.url("s4-soft", "/xwzx/2025/gone.html")
    assert set(found) == {gone} and "页面不存在" in found[gone].detail, found
    assert site.methods("/xwzx/2026/1.html") == ["GET"] and site.methods("/about") == ["GET"]
    assert site.methods("/xwzx/2025/gone.html") == ["GET"]
    assert site.methods("/files/plan.pdf") == ["HEAD"]
    assert len([p for _, p in site.probes() if p not in ("/xwzx/2025/gone.html", "/files/plan.pdf")]) == 1


async def test_robots_refusing_the_probe_leaves_the_page_links_read(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    site = _site(server, "s4-robots", {"/art/live.html": lambda: _html(LIVE_ARTICLE)})
    found = await _check(make_config(port), [
        PageResource("/art/live.html", "a", "live"),
        PageResource("/art/gone.html", "a", "gone"),
    ], server.url("s4-robots"), allowed=lambda url: "/art/" in url)
    assert list(found) == [server.url("s4-robots", "/art/gone.html")]
    # No request outside /art/ (no probe), and the links were read: what it is unknown.
    assert all(path.startswith("/art/") for _, path in site.calls), site.calls
    assert site.methods("/art/live.html") == ["GET"]


async def test_the_probe_keeps_to_the_per_host_limit(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    in_flight, most = 0, 0

    async def slow() -> web.StreamResponse:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        try:
            await asyncio.sleep(0.05)
            return web.Response(status=404, text="missing")
        finally:
            in_flight -= 1

    class Counting(Site):
        async def __call__(self, request: web.Request) -> web.StreamResponse:
            self.calls.append((request.method, request.path_qs))
            return await slow()

    site = Counting({})
    server.sites["s4-polite"] = site
    other = [PageResource(server.url("s4-polite", f"/p/{i}.html"), "a", str(i)) for i in range(6)]
    found = await _check(
        make_config(port, crawler={"per_host": 1}), other, server.url("s4-polite")
    )
    assert len(found) == 6 and most == 1
    assert len([p for _, p in site.calls if not p.startswith("/p/")]) == 1  # one probe


async def test_a_probe_that_times_out_leaves_the_head(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm

    async def hang() -> web.StreamResponse:
        await asyncio.sleep(1.0)
        return _html(CMS_NOT_FOUND)

    class Hanging(Site):
        async def __call__(self, request: web.Request) -> web.StreamResponse:
            self.calls.append((request.method, request.path_qs))
            page = self.pages.get(request.path)
            return page() if page is not None else await hang()

    site = Hanging({
        "/art/live.html": lambda: _html(LIVE_ARTICLE),
        "/art/gone.html": lambda: web.Response(status=404),
    })
    server.sites["s4-hang"] = site
    found = await _check(make_config(port), [
        PageResource("/art/live.html", "a", "live"),
        PageResource("/art/gone.html", "a", "gone"),
    ], server.url("s4-hang"), timeout=0.2)
    assert list(found) == [server.url("s4-hang", "/art/gone.html")]
    assert found[server.url("s4-hang", "/art/gone.html")].detail == "HTTP 404"
    assert site.methods("/art/live.html") == ["HEAD"]
    assert len([p for _, p in site.calls if not p.startswith("/art/")]) == 1
