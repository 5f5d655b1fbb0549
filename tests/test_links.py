"""The link checker against the farm's real HTTP server on 127.0.0.1.

Each test adds the sites it needs to the farm (`server.sites[name] = handler`) and
reads back what the server saw: methods, paths, requests at once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.fetch import PEEK_BYTES, Fetcher
from crawler.links import LinkChecker, check_page_links, is_checkable, link_key
from crawler.models import FetchRecord, PageResource
from tests.farm import Farm

MakeConfig = Callable[..., Config]
Farmed = tuple[Farm, int]

# Link timeout in the tests of slow hosts: a handler sleeping longer than this is "slow".
LINK_TIMEOUT = 0.2
# The others' (no handler of theirs is slow): room for a loaded machine, whose late
# answer would otherwise be retried and counted twice.
ROOMY_TIMEOUT = 1.0
GUARD_SECONDS = 5


class Recorder:
    """Remembers every request a test site sees, and the most served at once."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.in_flight = 0
        self.max_in_flight = 0

    def methods(self, path: str | None = None) -> list[str]:
        return [m for m, p in self.calls if path is None or p == path]

    def site(
        self,
        respond: Callable[[web.Request], Any],
        delay: float = 0.0,
    ) -> Callable[[web.Request], Any]:
        async def handler(request: web.Request) -> web.StreamResponse:
            self.calls.append((request.method, request.path_qs))
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                if delay:
                    await asyncio.sleep(delay)
                result = respond(request)
                if asyncio.iscoroutine(result):
                    result = await result
                assert isinstance(result, web.StreamResponse)
                return result
            finally:
                self.in_flight -= 1

        return handler


def answer(status: int, **headers: str) -> Callable[[web.Request], web.StreamResponse]:
    def respond(request: web.Request) -> web.StreamResponse:
        return web.Response(status=status, text=f"status {status}", headers=headers)

    return respond


def add_site(
    server: Farm, name: str, respond: Callable[[web.Request], Any], delay: float = 0.0
) -> Recorder:
    recorder = Recorder()
    server.sites[name] = recorder.site(respond, delay)
    return recorder


@asynccontextmanager
async def link_checker(config: Config, **kwargs: Any) -> AsyncIterator[LinkChecker]:
    kwargs.setdefault("timeout", ROOMY_TIMEOUT)
    async with Fetcher(config.crawler, config.network, keep_alive=True) as fetcher:
        yield LinkChecker(fetcher, config.crawler, **kwargs)


async def check_one(config: Config, url: str, **kwargs: Any) -> Any:
    async with link_checker(config, **kwargs) as checker:
        return await asyncio.wait_for(checker.check(url), GUARD_SECONDS)


# --- what a link is -------------------------------------------------------------


async def test_a_fine_link_is_ok_with_one_head(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm
    site = add_site(server, "lk-ok", answer(200))
    async with link_checker(make_config(port)) as checker:
        result = await checker.check(server.url("lk-ok", "/page.html"))
        assert checker.requests == 1
    assert result.kind == "ok" and result.status == 200 and result.detail == ""
    assert result.url == result.final_url == server.url("lk-ok", "/page.html")
    assert site.calls == [("HEAD", "/page.html")]


@pytest.mark.parametrize(("status", "site"), [(404, "notfound"), (410, "gone")])
async def test_404_and_410_are_broken(
    farm: Farmed, make_config: MakeConfig, status: int, site: str
) -> None:
    server, port = farm
    result = await check_one(make_config(port), server.url(site, "/x.pdf"))
    assert result.kind == "broken"
    assert result.status == status
    assert result.detail == f"HTTP {status}"
    # HEAD, then the GET that confirms it (HEAD's 404 alone is not believed); a
    # refusal is not retried.
    assert server.hits[server.host(site)] == 2


async def test_head_refused_then_get_ok(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm

    def respond(request: web.Request) -> web.StreamResponse:
        if request.method == "HEAD":
            return web.Response(status=405)
        return web.Response(text="the page")

    site = add_site(server, "lk-nohead", respond)
    async with link_checker(make_config(port)) as checker:
        result = await checker.check(server.url("lk-nohead", "/a"))
        assert checker.requests == 2
    assert result.kind == "ok" and result.status == 200
    assert site.methods() == ["HEAD", "GET"]


@pytest.mark.parametrize("status", [400, 403, 501])
async def test_other_head_refusals_fall_back_to_get(
    farm: Farmed, make_config: MakeConfig, status: int
) -> None:
    server, port = farm

    def respond(request: web.Request) -> web.StreamResponse:
        return web.Response(status=status if request.method == "HEAD" else 200, text="x")

    site = add_site(server, "lk-refuse", respond)
    result = await check_one(make_config(port), server.url("lk-refuse"))
    assert result.kind == "ok"
    assert site.methods() == ["HEAD", "GET"]


async def test_head_dropped_then_get_ok(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm

    def respond(request: web.Request) -> web.StreamResponse:
        if request.method == "HEAD":
            assert request.transport is not None
            request.transport.abort()  # no answer at all
        return web.Response(text="the page")

    site = add_site(server, "lk-headdrop", respond)
    result = await check_one(make_config(port), server.url("lk-headdrop"))
    assert result.kind == "ok" and result.status == 200
    # aiohttp resends an idempotent request once when the connection drops.
    assert site.methods() == ["HEAD", "HEAD", "GET"]


async def test_head_404_is_confirmed_with_get(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm
    site = add_site(server, "lk-head404", answer(404))
    result = await check_one(make_config(port), server.url("lk-head404", "/gone.doc"))
    assert result.kind == "broken" and result.status == 404
    assert site.methods() == ["HEAD", "GET"]


async def test_head_404_while_get_works_is_ok(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm

    def respond(request: web.Request) -> web.StreamResponse:
        # A framework that maps GET only: HEAD answers 404 (or 500).
        status = {"HEAD": int(request.query.get("head", "404"))}.get(request.method, 200)
        return web.Response(status=status, text="x")

    site = add_site(server, "lk-headonly", respond)
    async with link_checker(make_config(port)) as checker:
        for head in ("404", "410", "500"):
            result = await checker.check(server.url("lk-headonly", f"/content?id=1&head={head}"))
            assert result.kind == "ok" and result.status == 200, head
    assert site.methods() == ["GET"] * 3  # a query: a dynamic page, asked with GET
    async with link_checker(make_config(port)) as checker:
        result = await checker.check(server.url("lk-headonly", "/static.html"))
    assert result.kind == "ok" and site.methods()[3:] == ["HEAD", "GET"]


async def test_redirects_are_followed(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm

    def respond(request: web.Request) -> web.StreamResponse:
        if request.path == "/to-missing":
            raise web.HTTPFound("/missing")
        if request.path == "/to-fine":
            raise web.HTTPMovedPermanently("/fine")
        return web.Response(status=200 if request.path == "/fine" else 404, text="x")

    site = add_site(server, "lk-redirect", respond)
    async with link_checker(make_config(port)) as checker:
        broken = await checker.check(server.url("lk-redirect", "/to-missing"))
        fine = await checker.check(server.url("lk-redirect", "/to-fine"))
    assert broken.kind == "broken" and broken.status == 404
    assert broken.final_url == server.url("lk-redirect", "/missing")
    assert broken.detail == f"HTTP 404 at {server.url('lk-redirect', '/missing')}"
    assert fine.kind == "ok" and fine.status == 200
    assert fine.final_url == server.url("lk-redirect", "/fine")
    assert site.calls == [
        ("HEAD", "/to-missing"),
        ("HEAD", "/missing"),
        ("GET", "/to-missing"),
        ("GET", "/missing"),
        ("HEAD", "/to-fine"),
        ("HEAD", "/fine"),
    ]


async def test_redirect_loop_is_broken(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm
    result = await check_one(make_config(port), server.url("loop"))
    assert result.kind == "broken"
    assert result.detail.startswith("redirect_loop:")


async def test_a_page_named_like_an_error_page_that_is_only_redirected_is_ok(
    farm: Farmed, make_config: MakeConfig
) -> None:
    # Article 404 of a list, whose link lacks the trailing slash (or is http:// on an
    # https site): the redirect keeps the page, it does not send it to an error page.
    server, port = farm

    def respond(request: web.Request) -> web.StreamResponse:
        if request.path in ("/info/404", "/old/notice.html"):
            raise web.HTTPMovedPermanently(
                "/info/404/" if request.path == "/info/404" else "/error/404.html"
            )
        return web.Response(text="<title>关于开展安全检查的通知</title>", content_type="text/html")

    add_site(server, "lk-404name", respond)
    async with link_checker(make_config(port)) as checker:
        article = await checker.check(server.url("lk-404name", "/info/404"))
        removed = await checker.check(server.url("lk-404name", "/old/notice.html"))
    assert article.kind == "ok", article
    assert removed.kind == "broken" and "error page" in removed.detail


async def test_a_links_password_is_not_kept_in_its_detail(
    farm: Farmed, make_config: MakeConfig
) -> None:
    # The redirects followed keep the link's user:password (yarl joins keep them), and
    # the detail quotes the URL it ended at.
    server, port = farm

    def respond(request: web.Request) -> web.StreamResponse:
        if request.path == "/old.html":
            raise web.HTTPFound("/404.html")
        if request.path == "/gone.html":
            raise web.HTTPFound("/missing.html")
        if request.path == "/loop.html":
            raise web.HTTPFound("/loop.html")
        if request.path == "/404.html":
            return web.Response(text="<title>示例县</title>")
        return web.Response(status=404)

    add_site(server, "lk-auth", respond)
    host = server.host("lk-auth")
    resources = [
        PageResource(f"http://inspector:s3cret@{host}/{name}.html", "a", name)
        for name in ("old", "gone", "loop")
    ]
    async with link_checker(make_config(port)) as checker:
        found = await check_page_links(
            checker, resources, server.url("lk-auth"), on_homepage=True, limit=10
        )
    assert [link.text for link in found] == ["old", "gone", "loop"]
    assert all(not link.suspected for link in found)
    assert not any("s3cret" in repr(link) for link in found), found
    assert "inspector:***@" in found[0].detail


@pytest.mark.parametrize("status", [403, 429, 503])
async def test_refusals_and_server_errors_are_suspected(
    farm: Farmed, make_config: MakeConfig, status: int
) -> None:
    server, port = farm
    site = add_site(server, "lk-suspect", answer(status))
    result = await check_one(make_config(port), server.url("lk-suspect", "/r"))
    assert result.kind == "suspected"
    assert result.status == status
    assert result.detail == f"HTTP {status} (suspected)"
    # An error on HEAD asks for a GET; for 429 and 503 (transient) that is the retry.
    assert site.methods() == ["HEAD", "GET"]


async def test_transient_error_is_retried_once_and_can_recover(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    seen = {"n": 0}

    def respond(request: web.Request) -> web.StreamResponse:
        seen["n"] += 1
        return web.Response(status=502 if seen["n"] == 1 else 200, text="x")

    site = add_site(server, "lk-flaky", respond)
    result = await check_one(make_config(port, crawler={"retries": 3}), server.url("lk-flaky"))
    assert result.kind == "ok"
    assert site.methods() == ["HEAD", "GET"]


async def test_slow_host_is_suspected_timeout_quickly(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    site = add_site(server, "lk-slow", answer(200), delay=2.0)
    started = time.perf_counter()
    result = await check_one(make_config(port), server.url("lk-slow", "/a"), timeout=LINK_TIMEOUT)
    elapsed = time.perf_counter() - started
    assert result.kind == "suspected" and result.status is None
    assert result.detail == f"timeout: no answer within {LINK_TIMEOUT:g} s (suspected)"
    assert len(site.calls) == 2  # a timeout is transient: one retry
    assert elapsed < 2 * LINK_TIMEOUT + 0.3  # two short timeouts, not the handler's 2 s


async def test_default_link_timeout_is_capped(farm: Farmed, make_config: MakeConfig) -> None:
    _, port = farm
    config = make_config(port, crawler={"timeout": 60})
    async with Fetcher(config.crawler, config.network) as fetcher:
        assert LinkChecker(fetcher, config.crawler).timeout == 10
        short = make_config(port, crawler={"timeout": 3})
        assert LinkChecker(fetcher, short.crawler).timeout == 3
        assert LinkChecker(fetcher, short.crawler, timeout=0.5).timeout == 0.5


async def test_a_host_that_timed_out_gets_no_more_retries(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    site = add_site(server, "lk-dead", answer(200), delay=2.0)
    async with link_checker(make_config(port), timeout=LINK_TIMEOUT) as checker:
        first = await checker.check(server.url("lk-dead", "/1"))
        second = await checker.check(server.url("lk-dead", "/2"))
    assert first.kind == second.kind == "suspected"
    # Two timeouts in a row (the first link's and its retry): the host is given up on.
    assert site.calls == [("HEAD", "/1"), ("HEAD", "/1")]
    assert "did not answer its earlier links" in second.detail


async def test_a_host_that_timed_out_twice_is_given_up_without_retries(
    farm: Farmed, make_config: MakeConfig
) -> None:
    # retries = 0 (no retry, so no retry path): its timeouts still count, and a dead
    # host linked many times costs two timeouts, not one per link.
    server, port = farm
    site = add_site(server, "lk-dead0", answer(200), delay=2.0)
    async with link_checker(
        make_config(port, crawler={"retries": 0}), timeout=LINK_TIMEOUT
    ) as checker:
        results = [await checker.check(server.url("lk-dead0", f"/{n}")) for n in range(4)]
    assert {result.kind for result in results} == {"suspected"}
    assert site.calls == [("HEAD", "/0"), ("HEAD", "/1")]


async def test_dropped_connection_is_broken_connect(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm

    def respond(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.abort()
        return web.Response(text="never sent")

    site = add_site(server, "lk-drop", respond)
    result = await check_one(make_config(port), server.url("lk-drop"))
    assert result.kind == "broken" and result.status is None
    assert result.detail == "connect: server closed the connection"
    # aiohttp resends each once on a fresh connection; nothing more is retried.
    assert site.methods() == ["HEAD", "HEAD", "GET", "GET"]


async def test_reset_mid_body_is_broken_connect(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm

    # The farm's "reset" site sends headers and 1,000 bytes of a promised 100,000;
    # this one refuses HEAD first, so the GET meets the reset.
    async def head_refused(request: web.Request) -> web.StreamResponse:
        if request.method == "HEAD":
            return web.Response(status=405)
        return await server.reset(request)

    server.sites["lk-reset"] = head_refused
    result = await check_one(make_config(port), server.url("lk-reset"))
    assert result.kind == "broken"
    assert result.detail.startswith("connect:")


async def test_refused_connection_is_broken_and_not_retried(
    farm: Farmed, make_config: MakeConfig
) -> None:
    _, port = farm
    config = make_config(port, crawler={"retries": 2})
    calls: list[str] = []
    async with Fetcher(config.crawler, config.network, keep_alive=True) as fetcher:
        real_fetch = fetcher.fetch

        async def spy(url: str, *args: Any, **kwargs: Any) -> FetchRecord:
            calls.append(kwargs.get("method", "GET"))
            return await real_fetch(url, *args, **kwargs)

        fetcher.fetch = spy  # type: ignore[method-assign]
        checker = LinkChecker(fetcher, config.crawler, timeout=LINK_TIMEOUT)
        result = await checker.check("http://refused.test/file.zip")
        assert checker.requests == 0
    assert result.kind == "broken" and result.status is None
    assert result.detail.startswith("connect: cannot connect")
    assert calls == ["HEAD"]


async def test_unknown_host_is_broken_dns(farm: Farmed, make_config: MakeConfig) -> None:
    _, port = farm
    # Not in [network] resolve, and system_dns is off: never asked of real DNS.
    async with link_checker(make_config(port)) as checker:
        result = await checker.check("http://nowhere.invalid/logo.png")
        assert checker.requests == 0
    assert result.kind == "broken" and result.status is None
    assert result.detail.startswith("dns: ")
    assert "nowhere.invalid" in result.detail


async def test_non_http_url_is_broken_invalid_url(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm
    result = await check_one(make_config(port), server.url("badlocation"))
    assert result.kind == "broken"
    assert result.detail.startswith("invalid_url:")


async def test_an_href_yarl_cannot_read_is_a_broken_link_not_a_crash(
    farm: Farmed, make_config: MakeConfig
) -> None:
    # yarl raises IndexError (not ValueError) on some hrefs a hacked or broken page has;
    # one of them must not fail the site's whole link check.
    from crawler.robots import parse_robots

    server, port = farm
    odd = "https://: []@/"

    def respond(request: web.Request) -> web.StreamResponse:
        if request.path == "/moved.html":  # and a redirect there
            return web.Response(status=302, headers={"Location": odd})
        return web.Response(text="fine")

    add_site(server, "lk-odd", respond)
    page = server.url("lk-odd", "/")
    resources = [
        PageResource(odd, "a", "odd"),
        PageResource("/fine.html", "a", "fine"),
        PageResource("/moved.html", "a", "moved"),
    ]
    robots = parse_robots("User-agent: *\nDisallow: /private/\n", "site-health", "lk-odd")
    async with link_checker(make_config(port)) as checker:
        found = await asyncio.wait_for(
            check_page_links(
                checker, resources, page, on_homepage=True, limit=10, allowed=robots.permits
            ),
            GUARD_SECONDS,
        )
    assert [(link.text, link.suspected) for link in found] == [("odd", False), ("moved", False)]
    assert all(link.detail.startswith("invalid_url:") for link in found), found


# --- the cache --------------------------------------------------------------------


async def test_same_url_on_two_pages_is_fetched_once(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm
    add_site(server, "lk-shared", answer(200))
    logo = server.url("lk-shared", "/logo.png")
    async with link_checker(make_config(port)) as checker:
        home = [
            PageResource(logo, "img", "logo"),
            PageResource(server.url("notfound", "/x"), "a", "x"),
        ]
        column = [PageResource(logo + "#top", "img", "logo")]
        await check_page_links(checker, home, server.url("lk-shared"), on_homepage=True, limit=10)
        await check_page_links(
            checker, column, server.url("lk-shared", "/col/"), on_homepage=False, limit=10
        )
        assert checker.cache_hits == 1
        # The page of the same site (the farm's hosts are all of farm.test): its site
        # answers a missing page with 404 (one probe), so it keeps the HEAD, whose 404
        # a GET confirms.
        assert checker.requests == 4 and checker.probes == 1
    assert server.hits[server.host("lk-shared")] == 1
    assert server.hits[server.host("notfound")] == 3  # the probe, HEAD, GET


async def test_concurrent_checks_share_one_request(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm
    site = add_site(server, "lk-busy", answer(200), delay=0.05)
    async with link_checker(make_config(port)) as checker:
        results = await asyncio.gather(
            *(checker.check(server.url("lk-busy", "/same")) for _ in range(10))
        )
        assert checker.cache_hits == 9
        assert checker.requests == 1
    assert {r.kind for r in results} == {"ok"}
    assert len(site.calls) == 1


async def test_a_cancelled_caller_does_not_cancel_the_others(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    site = add_site(server, "lk-cancel", answer(200), delay=0.1)
    url = server.url("lk-cancel", "/c")
    async with link_checker(make_config(port)) as checker:
        first = asyncio.ensure_future(checker.check(url))
        second = asyncio.ensure_future(checker.check(url))
        await asyncio.sleep(0.02)
        first.cancel()
        result = await second
        with pytest.raises(asyncio.CancelledError):
            await first
        # Every caller gone: the check stops, and a new caller starts afresh.
        lone = asyncio.ensure_future(checker.check(server.url("lk-cancel", "/d")))
        await asyncio.sleep(0.02)
        lone.cancel()
        with pytest.raises(asyncio.CancelledError):
            await lone
        again = await checker.check(server.url("lk-cancel", "/d"))
    assert result.kind == "ok" and again.kind == "ok"
    assert site.methods("/c") == ["HEAD"]
    assert site.methods("/d") == ["HEAD", "HEAD"]


async def test_the_cache_is_a_bounded_lru(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm
    site = add_site(server, "lk-lru", answer(200))

    def url(name: str) -> str:
        return server.url("lk-lru", f"/{name}")

    async with link_checker(make_config(port), cache_size=2) as checker:
        for name in ("a", "b", "c"):  # a is evicted
            await checker.check(url(name))
        assert checker.cached == 2
        await checker.check(url("b"))  # a hit: b is now the most recent
        await checker.check(url("a"))  # fetched again; evicts c, the least recent
        await checker.check(url("b"))  # still there
        await checker.check(url("c"))  # fetched again
        assert checker.cache_hits == 2
        assert checker.cached == 2
    assert [p for _, p in site.calls] == ["/a", "/b", "/c", "/a", "/c"]


def test_cache_keys_ignore_fragments_and_normalise() -> None:
    assert link_key("http://Example.GOV.cn:80/a?q=1#frag") == "http://example.gov.cn/a?q=1"
    assert link_key("http://x.cn/新闻/") == link_key("http://x.cn/%E6%96%B0%E9%97%BB/")


# --- pages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "checkable"),
    [
        ("http://a.cn/x", True),
        ("HTTPS://a.cn/x", True),
        ("/relative/page.html", True),
        ("page.html?x=1", True),
        ("//cdn.a.cn/x.js", True),
        ("mailto:office@a.gov.cn", False),
        ("MAILTO:office@a.gov.cn", False),
        ("tel:12345", False),
        ("javascript:void(0)", False),
        (" java\nscript:alert(1)", False),
        ("#top", False),
        ("  #", False),
        ("data:image/png;base64,AAAA", False),
        ("ftp://files.a.cn/x", False),
        ("", False),
    ],
)
def test_is_checkable(url: str, checkable: bool) -> None:
    assert is_checkable(url) is checkable


async def test_check_page_links_reports_broken_and_suspected(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    add_site(server, "lk-page", answer(200))
    page = server.url("lk-page", "/index.html")
    resources = [
        PageResource(server.url("lk-page", "/fine.html"), "a", "fine"),
        PageResource("mailto:office@farm.test", "a", "write to us"),
        PageResource("tel:12345", "a", "call"),
        PageResource("javascript:void(0)", "a", "menu"),
        PageResource("#top", "a", "top"),
        PageResource("data:image/gif;base64,R0lGODlh", "img", ""),
        PageResource(server.url("notfound", "/report.pdf"), "file", "年度报告"),
        PageResource("/index.html#main", "a", "self"),
        PageResource(server.url("forbidden", "/x.js"), "script", ""),
        PageResource(server.url("notfound", "/report.pdf#page=2"), "a", "again"),
        PageResource("http://nowhere.invalid/banner.png", "img", "横幅"),
    ]
    async with link_checker(make_config(port)) as checker:
        found = await check_page_links(checker, resources, page, on_homepage=True, limit=50)
        # The probe (the site answers 200 for anything: its pages are read), fine, the
        # pdf and the script (HEAD -> GET).
        assert checker.requests == 1 + 1 + 2 + 2
    assert [(b.url, b.resource, b.text, b.suspected) for b in found] == [
        (server.url("notfound", "/report.pdf"), "file", "年度报告", False),
        (server.url("forbidden", "/x.js"), "script", "", True),
        ("http://nowhere.invalid/banner.png", "img", "横幅", False),
    ]
    assert [b.status for b in found] == [404, 403, None]
    assert found[1].detail == "HTTP 403 (suspected)"
    assert all(b.on_homepage and b.page_url == page for b in found)
    assert server.hits[server.host("notfound")] == 2  # de-duplicated on the page
    assert server.hits[server.host("lk-page")] == 2  # the probe; the self-link is not checked


async def test_check_page_links_resolves_relative_links_and_passes_flags(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    site = add_site(server, "lk-rel", answer(404))
    page = server.url("lk-rel", "/col/list.html")
    resources = [PageResource("a.html", "a", ""), PageResource("a.html", "a", "第二处")]
    async with link_checker(make_config(port)) as checker:
        found = await check_page_links(checker, resources, page, on_homepage=False, limit=5)
    assert len(found) == 1
    assert found[0].url == server.url("lk-rel", "/col/a.html")
    assert found[0].text == "第二处"  # the first non-empty text
    assert found[0].on_homepage is False and found[0].page_url == page
    # A page of its own site, on a site that answers 404 for a missing page (its one
    # probe): asked with HEAD, whose 404 a GET confirms.
    assert site.calls[1:] == [("HEAD", "/col/a.html"), ("GET", "/col/a.html")]
    assert site.calls[0][0] == "GET" and site.calls[0][1].endswith(".html")


@pytest.mark.parametrize("limit", [0, 3, 7])
async def test_check_page_links_respects_the_limit(
    farm: Farmed, make_config: MakeConfig, limit: int
) -> None:
    server, port = farm
    site = add_site(server, "lk-many", answer(410))
    resources = [PageResource("mailto:x@y.cn", "a", "")] + [
        PageResource(server.url("lk-many", f"/{i}.html"), "a", str(i)) for i in range(10)
    ]
    async with link_checker(make_config(port)) as checker:
        found = await check_page_links(
            checker, resources, server.url("lk-many"), on_homepage=True, limit=limit
        )
    # The site answers 410 for a missing page too (its one probe): pages of the site
    # keep the HEAD, whose 410 a GET confirms.
    assert len(site.calls) == (1 + 2 * limit if limit else 0)
    assert [b.text for b in found] == [str(i) for i in range(limit)]


async def test_per_host_politeness(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm
    busy = add_site(server, "lk-polite", answer(200), delay=0.03)
    other = add_site(server, "lk-polite2", answer(200), delay=0.03)
    config = make_config(port, crawler={"per_host": 2})
    resources = [PageResource(server.url("lk-polite", f"/{i}"), "img", "") for i in range(12)]
    resources += [PageResource(server.url("lk-polite2", f"/{i}"), "img", "") for i in range(4)]
    async with link_checker(config) as checker:
        found = await check_page_links(
            checker, resources, server.url("lk-polite"), on_homepage=True, limit=100, concurrency=16
        )
    assert found == []
    assert len(busy.calls) == 12 and len(other.calls) == 4
    assert busy.max_in_flight == 2  # never more; and the checks did run side by side
    assert other.max_in_flight == 2


# --- the fetcher's HEAD and read_body=False ----------------------------------------------


async def test_fetch_head_follows_redirects_without_a_body(
    farm: Farmed, make_config: MakeConfig
) -> None:
    server, port = farm
    config = make_config(port)
    async with Fetcher(config.crawler, config.network) as fetcher:
        record = await fetcher.fetch(server.url("chain3"), method="HEAD")
    assert record.error_kind is None and record.http_status == 200
    assert record.final_url == server.url("chain3", "/?n=3")
    assert len(record.redirects) == 3
    assert record.body == b"" and record.body_bytes == 0
    assert server.hits[server.host("chain3")] == 4


async def test_fetch_without_body_reads_only_a_peek(farm: Farmed, make_config: MakeConfig) -> None:
    server, port = farm
    config = make_config(port)
    async with Fetcher(config.crawler, config.network, keep_alive=True) as fetcher:
        peek = await fetcher.fetch(server.url("big"), read_body=False)
        whole = await fetcher.fetch(server.url("big"))
    assert peek.error_kind is None and peek.http_status == 200 and peek.ok
    assert peek.truncated is True
    assert 0 < peek.body_bytes <= PEEK_BYTES
    assert whole.error_kind == "too_large"  # the same page read in full is over the cap
