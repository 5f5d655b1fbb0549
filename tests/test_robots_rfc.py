"""robots.txt as RFC 9309 reads it, on files like the ones real sites serve.

A table of robots.txt texts and URLs with the answer that is right for our agent
(`site-health`, the product token of the default user agent), then the answers to
/robots.txt a server can give (status codes, redirects, encodings, size) from real
HTTP servers on the farm (127.0.0.1, reached through `[network] resolve`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest
from aiohttp import web

from crawler.config import DEFAULT_USER_AGENT, Config
from crawler.fetch import Fetcher
from crawler.robots import RobotsPolicy, fetch_robots, parse_robots, robots_agent
from tests import portals
from tests.farm import Farm
from tests.portals import COUNTY_COLUMNS, FRESH_AGES
from tests.test_freshness_scan import (
    PortalSite,
    add_site,
    codes,
    column_rows,
    county_site,
    finding,
    older,
    scan,
)

AGENT = robots_agent(DEFAULT_USER_AGENT)
SITE = "http://www.qinghe.gov.cn"

# A county portal on a common Chinese CMS: dynamic pages and queries kept out, the
# public-information catalogue let back in under a shorter Disallow.
GOV_CMS = """\
# robots.txt for www.qinghe.gov.cn
User-agent: *
Disallow: /*.jsp$
Disallow: /*?*
Disallow: /module/
Disallow: /xxgk/
Allow: /xxgk/fdzdgknr/
Allow: /module/web/jpage/dataproxy.jsp$
Disallow: /*.do
Sitemap: http://www.qinghe.gov.cn/sitemap.xml
"""

# Everything closed but the homepage, and a group of our own that opens the columns.
OWN_GROUP = """\
User-agent: *
Disallow: /

User-agent: Baiduspider
User-agent: site-health
Allow: /col/
Disallow: /col/private/
"""

# Two groups for our agent, with a `*` group between them: they merge.
MERGED = """\
User-agent: site-health
Disallow: /a/

User-agent: *
Disallow: /

user-agent: SITE-HEALTH
Disallow: /b/
"""

CASES: list[tuple[str, str, str, bool]] = [
    # id, robots.txt, path, allowed
    ("jsp$ anchored", GOV_CMS, "/col/col1234/index.jsp", False),
    ("jsp$ not at the end", GOV_CMS, "/col/col1234/index.jspx", True),
    ("query wildcard", GOV_CMS, "/search/index.html?q=%E6%94%BF%E5%8A%A1", False),
    ("plain column page", GOV_CMS, "/col/col1234/index.html", True),
    ("longer Allow beats Disallow", GOV_CMS, "/xxgk/fdzdgknr/zcwj/index.html", True),
    ("shorter Disallow holds elsewhere", GOV_CMS, "/xxgk/jgzn/index.html", False),
    ("Allow with $ exact", GOV_CMS, "/module/web/jpage/dataproxy.jsp", True),
    ("Disallow prefix under it", GOV_CMS, "/module/search/index.html", False),
    ("wildcard in the middle", GOV_CMS, "/hdjl/list.do", False),
    ("Disallow: / then Allow: /xxgk/", "User-agent: *\nDisallow: /\nAllow: /xxgk/\n", "/xxgk/tzgg/", True),
    ("Disallow: / still closes others", "User-agent: *\nDisallow: /\nAllow: /xxgk/\n", "/zwdt/", False),
    ("Allow: /$ opens only the root", "User-agent: *\nDisallow: /\nAllow: /$\n", "/col/", False),
    ("equal length: Allow wins", "User-agent: *\nDisallow: /zwdt/\nAllow: /zwdt/\n", "/zwdt/1.html", True),
    ("empty Disallow allows all", "User-agent: *\nDisallow:\n", "/anything/", True),
    ("named group wins over *", OWN_GROUP, "/col/zwdt/", True),
    ("named group's own Disallow", OWN_GROUP, "/col/private/1.html", False),
    ("named group: unlisted path", OWN_GROUP, "/zwdt/", True),
    ("groups of our agent merge (first)", MERGED, "/a/1.html", False),
    ("groups of our agent merge (second)", MERGED, "/b/1.html", False),
    ("merged groups, * not applied", MERGED, "/c/1.html", True),
    ("another agent's token is not ours", "User-agent: health\nDisallow: /\n", "/col/", True),
    ("another agent's group only", "User-agent: Baiduspider\nDisallow: /\n", "/col/", True),
    ("UTF-8 BOM before User-agent", "\ufeffUser-agent: *\nDisallow: /private/\n", "/private/a.html", False),
    ("bare CR line ends", "User-agent: *\rDisallow: /private/\rAllow: /\r", "/private/a.html", False),
    ("CRLF line ends", "User-agent: *\r\nDisallow: /private/\r\n", "/private/a.html", False),
    (
        "Sitemap and Host inside a group",
        "User-agent: *\nDisallow: /a/\nSitemap: http://x/sitemap.xml\nHost: www.x.gov.cn\nDisallow: /b/\n",
        "/b/1.html",
        False,
    ),
    (
        "unknown directives ignored",
        "User-agent: *\nClean-param: ref /\nNoindex: /x/\nDisallow: /b/\n",
        "/x/1.html",
        True,
    ),
    ("Chinese path, encoded URL", "User-agent: *\nDisallow: /新闻/\n", "/%E6%96%B0%E9%97%BB/1.html", False),
    ("encoded rule, Chinese URL", "User-agent: *\nDisallow: /%E6%96%B0%E9%97%BB/\n", "/新闻/1.html", False),
    ("escape case is not a difference", "User-agent: *\nDisallow: /a%3cb\n", "/a%3Cb/", False),
    ("rules before any User-agent", "Disallow: /\nUser-agent: *\nDisallow: /x/\n", "/col/", True),
]


@pytest.mark.parametrize(
    ("robots", "path", "allowed"),
    [pytest.param(text, path, allowed, id=name) for name, text, path, allowed in CASES],
)
def test_rfc9309_matching(robots: str, path: str, allowed: bool) -> None:
    assert parse_robots(robots, AGENT).allows(SITE + path) is allowed


@pytest.mark.parametrize(
    ("robots", "delay"),
    [
        pytest.param("User-agent: *\nCrawl-delay: 0.5\n", 0.5, id="decimal"),
        pytest.param("User-agent: *\nCrawl-delay: 86400\n", 30.0, id="a day: capped"),
        pytest.param("User-agent: *\nCrawl-delay: inf\n", 0.0, id="inf"),
        pytest.param("User-agent: *\nCrawl-delay: -3\n", 0.0, id="negative"),
        pytest.param("User-agent: *\nCrawl-delay: 10s\n", 0.0, id="with unit"),
        pytest.param(
            "User-agent: *\nCrawl-delay: 5\n\nUser-agent: site-health\nCrawl-delay: 1.5\n",
            1.5,
            id="our group's",
        ),
        pytest.param("User-agent: health\nCrawl-delay: 9\n", 0.0, id="not our token"),
    ],
)
def test_crawl_delay(robots: str, delay: float) -> None:
    assert parse_robots(robots, AGENT).crawl_delay == delay


def test_parse_cost_of_a_large_robots_txt() -> None:
    """Parsing a 20 KB robots.txt and answering a site's column pages stays cheap."""
    text = "User-agent: *\n" + "".join(
        f"Disallow: /*/col{i}/*.jsp$\nAllow: /xxgk/{i}/\nDisallow: /module/{i}/\n"
        for i in range(300)
    )
    assert len(text) > 20_000
    urls = [f"{SITE}/col/col{i}/index.html" for i in range(20)]
    # CPU time, not wall time: a loaded machine (parallel test workers) must not fail it.
    started = time.process_time()
    for _ in range(20):
        policy = parse_robots(text, AGENT)
        assert all(policy.allows(url) for url in urls)
    assert (time.process_time() - started) / 20 < 0.05


# --- the answer to /robots.txt ------------------------------------------------------


def robots_server(server: Farm, name: str, handler: Callable[[web.Request], web.Response]) -> str:
    async def serve(request: web.Request) -> web.StreamResponse:
        if request.path == "/":
            return web.Response(text="<html><body>home</body></html>", content_type="text/html")
        return handler(request)

    server.sites[name] = serve
    return server.url(name)


async def policy_of(config: Config, site_url: str) -> RobotsPolicy:
    async with Fetcher(config.crawler, config.network) as fetcher:
        return await asyncio.wait_for(fetch_robots(fetcher, site_url, config.crawler), 10)


def text_answer(body: bytes, status: int = 200, content_type: str = "text/plain") -> Callable[
    [web.Request], web.Response
]:
    return lambda request: web.Response(status=status, body=body, content_type=content_type)


PRIVATE = b"User-agent: *\nDisallow: /private/\n"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        pytest.param(PRIVATE, "text/plain", id="plain"),
        pytest.param(b"\xef\xbb\xbf" + PRIVATE, "text/plain", id="BOM"),
        pytest.param(
            "# 清河县人民政府门户网站 robots 协议\r\nUser-agent: *\r\nDisallow: /private/ # 内部\r\n".encode("gbk"),
            "text/plain",
            id="GBK comments, CRLF",
        ),
        pytest.param(PRIVATE, "text/html", id="served as text/html"),
    ],
)
async def test_a_robots_txt_is_read(
    farm: tuple[Farm, int], make_config: Callable[..., Config], body: bytes, content_type: str
) -> None:
    server, port = farm
    site = robots_server(server, "robots", text_answer(body, content_type=content_type))
    policy = await policy_of(make_config(port), site)
    assert not policy.allows(site + "private/a.html")
    assert policy.allows(site + "col/zwdt/")


async def test_an_html_soft_404_allows_all(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    page = (
        b"<!DOCTYPE html>\n<html><head><title>404</title><style>a:hover{color:red}</style>"
        b"</head><body><p>Disallow: /</p>\xe9\xa1\xb5\xe9\x9d\xa2\xe4\xb8\x8d\xe5\xad\x98"
        b"\xe5\x9c\xa8</body></html>"
    )
    site = robots_server(server, "soft404", text_answer(page, content_type="text/html"))
    policy = await policy_of(make_config(port), site)
    assert policy.allows(site + "col/zwdt/")


async def test_a_robots_txt_over_the_size_cap_is_read_up_to_it(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    filler = b"".join(b"Disallow: /archive/%06d/\n" % i for i in range(30_000))
    body = b"User-agent: *\nDisallow: /private/\n" + filler + b"Disallow: /late/\n"
    assert len(body) > 600_000
    site = robots_server(server, "huge", text_answer(body))
    policy = await policy_of(make_config(port, crawler={"max_page_bytes": 10_000_000}), site)
    assert not policy.allows(site + "private/a.html")  # in the first 500 KiB
    assert not policy.allows(site + "archive/000007/")
    assert policy.allows(site + "late/a.html")  # past the cap: not read
    assert policy.allows(site + "col/zwdt/")


@pytest.mark.parametrize("status", [401, 403, 404, 410])
async def test_4xx_allows_all(
    farm: tuple[Farm, int], make_config: Callable[..., Config], status: int
) -> None:
    server, port = farm
    site = robots_server(server, f"s{status}", text_answer(b"User-agent: *\nDisallow: /\n", status))
    policy = await policy_of(make_config(port), site)
    assert policy.allows(site + "col/zwdt/")


@pytest.mark.parametrize("status", [500, 502, 503, 429])
async def test_server_errors_disallow_all(
    farm: tuple[Farm, int], make_config: Callable[..., Config], status: int
) -> None:
    """RFC 9309 2.3.1.4: an unreachable robots.txt means complete disallow; 429 is
    read as a server error (it asks us to back off)."""
    server, port = farm
    site = robots_server(server, f"s{status}", text_answer(b"busy", status))
    policy = await policy_of(make_config(port), site)
    assert not policy.allows(site + "col/zwdt/")
    assert policy.crawl_delay == 0.0


async def test_a_robots_txt_that_times_out_disallows_all(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm

    async def hang(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    server.sites["slowrobots"] = hang
    site = server.url("slowrobots")
    policy = await policy_of(make_config(port, crawler={"timeout": 0.2}), site)
    assert not policy.allows(site + "col/zwdt/")


def redirects(hops: int) -> Callable[[web.Request], web.Response]:
    def answer(request: web.Request) -> web.Response:
        step = int(request.path.rsplit("/", 1)[-1]) if request.path.startswith("/r/") else 0
        if step < hops:
            raise web.HTTPMovedPermanently(f"/r/{step + 1}")
        return web.Response(body=PRIVATE, content_type="text/plain")

    return answer


async def test_five_redirects_are_followed(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    site = robots_server(server, "hops5", redirects(5))
    policy = await policy_of(make_config(port, crawler={"max_redirects": 2}), site)
    assert not policy.allows(site + "private/a.html")


async def test_more_than_five_redirects_is_unavailable(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """RFC 9309 2.3.1.2: past five redirects the robots.txt may be taken as unavailable
    (allow all), and no more redirects are followed."""
    server, port = farm
    site = robots_server(server, "hops6", redirects(6))
    policy = await policy_of(make_config(port), site)
    assert policy.allows(site + "private/a.html")
    assert server.hits[server.host("hops6")] == 6  # /robots.txt and five redirects


# --- a scan at depth full: what is requested, and what the verdict says -------------


def scan_settings(**extra: object) -> dict[str, object]:
    return {"respect_robots": True, **extra}


async def test_disallowed_column_pages_and_links_are_not_requested(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    robots = (
        "User-agent: *\n"
        "Disallow: /col/tzgg/\n"  # a column: its page and its articles
        "Disallow: /ldzc/\n"  # the leaders' pages (sidebar links)
        "Disallow: /*.png$\n"  # icons
        "Allow: /col/tzgg/*_1000.html$\n"  # its newest article let back in
    )
    config = make_config(port, crawler=scan_settings(max_links_per_site=300))
    site = county_site(robots=robots)
    await scan(config, [add_site(server, "partly", site)])

    paths = site.paths()
    assert paths.count("/robots.txt") == 1
    assert "/col/tzgg/" not in paths
    assert not [p for p in paths if p.startswith("/ldzc/")], paths
    assert not [p for p in paths if p.endswith(".png")], paths
    newest = [p for p in paths if p.startswith("/col/tzgg/")]
    # (Asked twice when its HEAD gets an error status: the link checker confirms with GET.)
    assert set(newest) == {"/col/tzgg/202611/t20261122_1000.html"}, newest
    # What robots.txt allows is read (column pages) and checked (links).
    for slug in ("zwdt", "zcwj", "rsxx", "ghjh", "zmhd"):
        assert f"/col/{slug}/" in paths
    assert len([p for p in paths if p.startswith("/col/zwdt/") and p.endswith(".html")]) > 1
    assert any(p.startswith("/bmfw/") for p in paths)
    assert any(p.endswith(".jpg") for p in paths)


# The columns the homepage shows no item of (a tab filled later, a bare heading), whose
# own pages list plenty.
BARE = ("tzgg", "zcwj", "rsxx", "ghjh", "zmhd")


def bare_columns_site(robots: str | None) -> PortalSite:
    site = county_site(robots=robots)
    ages = {slug: () for slug in BARE}
    site.pages["/"] = portals.county_portal(ages, empty_style="bare")
    for spec in COUNTY_COLUMNS:
        if spec.slug in BARE and spec.type != "interaction":
            site.pages[f"/col/{spec.slug}/"] = portals.column_list_page(spec, older(()))
    return site


async def test_a_site_whose_robots_txt_closes_every_column_page_says_so(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port, crawler=scan_settings())
    site = bare_columns_site("User-agent: *\nDisallow: /col/\n")
    scan_id, records = await scan(config, [add_site(server, "closed", site)])

    assert site.column_requests() == []
    record = records["closed"]
    # Five columns whose pages were never read are not "empty" (a veto) for that.
    assert "column_empty" not in codes(record), record["findings"]
    assert (record["status"], record["passed"]) == ("healthy", True)
    note = finding(record, "robots_disallowed")
    assert note["count"] == len(COUNTY_COLUMNS)
    assert "robots.txt disallows them" in note["detail"]
    rows = column_rows(config, scan_id, "closed")
    for slug in BARE:
        name = next(spec.name for spec in COUNTY_COLUMNS if spec.slug == slug)
        assert rows[name]["error"] == "not judged: robots.txt disallows its page"
    assert rows["政务动态"]["items"] == len(FRESH_AGES["zwdt"])  # judged by the homepage


async def test_a_homepage_empty_marker_still_counts_when_the_page_is_closed(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """"暂无信息" on the homepage is the site's own word: that column is empty."""
    server, port = farm
    config = make_config(port, crawler=scan_settings())
    site = county_site({"rsxx": ()}, robots="User-agent: *\nDisallow: /col/\n")
    _, records = await scan(config, [add_site(server, "marked", site)])

    empty = finding(records["marked"], "column_empty")
    assert [c["name"] for c in empty["columns"]] == ["人事信息"]


async def test_a_robots_txt_that_fails_keeps_column_pages_and_links_unread(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port, crawler=scan_settings(max_links_per_site=300))
    site = bare_columns_site(None)
    inner = site._answer

    def answer(request: web.Request) -> web.Response:
        if request.path == "/robots.txt":
            return web.Response(status=503, text="Service Unavailable")
        return inner(request)

    site._answer = answer  # type: ignore[method-assign]
    _, records = await scan(config, [add_site(server, "down", site)])

    host = server.host("down")
    assert [p for p in site.paths() if p != "/"] == ["/robots.txt"]
    assert server.hits[host] == 2
    record = records["down"]
    assert "column_empty" not in codes(record)
    note = finding(record, "robots_disallowed")
    assert note["unreachable"] == "HTTP 503"
    assert "robots.txt unreachable (HTTP 503)" in note["detail"]
    assert "RFC 9309" in note["detail"]
