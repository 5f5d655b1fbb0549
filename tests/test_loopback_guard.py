"""A site on the network never has the crawler read the machine it runs on.

Every way a page or a redirect of a site that is not on the loopback can name a URL on
it (127.0.0.0/8 in any form a browser reads, ::1, localhost) is tried on the farm: the
farm also answers for `127.0.0.1` and `localhost` as "the machine's own service", whose
requests are counted and must stay at zero. A site listed on the loopback still works.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.fetch import Fetcher
from tests.farm import HEALTHY_PAGE, Farm
from tests.test_freshness_scan import PortalSite, add_site, county_site, scan

SECRET = "本机管理后台 internal admin console"


async def local_service(request: web.Request) -> web.StreamResponse:
    """What a service on the crawler's own machine serves (an admin console)."""
    page = f"<html><head><title>{SECRET}</title></head><body><h1>{SECRET}</h1></body></html>"
    return web.Response(text=page, content_type="text/html")


def _machine(farm: Farm) -> None:
    for host in ("127.0.0.1", "localhost", "::1"):
        farm.sites[host] = local_service


def _local_hits(farm: Farm) -> int:
    return sum(n for host, n in farm.hits.items() if not host.endswith(".farm.test"))


def _config(make_config: Callable[..., Config], port: int, **crawler: Any) -> Config:
    # `localhost` reaches the farm through the resolve override (never the system's).
    resolve = {"*.farm.test": f"127.0.0.1:{port}", "localhost": f"127.0.0.1:{port}"}
    return make_config(port, network={"resolve": resolve}, crawler=crawler)  # type: ignore[no-any-return]


def _with_head(page: str, extra: str) -> str:
    return page.replace("</head>", extra + "</head>", 1)


def _with_body(page: str, extra: str) -> str:
    return page.replace("</body>", extra + "</body>", 1)


async def test_a_meta_refresh_to_the_loopback_is_not_followed(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    _machine(server)
    site = county_site()
    home = site.pages["/"]
    assert isinstance(home, str)
    refresh = f'<meta http-equiv="refresh" content="0;url=http://127.0.0.1:{port}/admin/">'
    site.pages["/"] = _with_head(home, refresh)
    _, records = await scan(_config(make_config, port), [add_site(server, "refresh", site)])

    record = records["refresh"]
    assert _local_hits(server) == 0, server.hits
    # Sent on at once to the visitor's own machine, as an HTTP redirect there is.
    assert record["status"] == "unreachable", record["findings"]
    assert record["error_kind"] == "connect" and "loopback" in record["error_detail"]
    assert SECRET not in str(record)


async def test_a_script_redirect_to_the_loopback_is_not_read(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    _machine(server)
    site = county_site()
    home = site.pages["/"]
    assert isinstance(home, str)
    script = f'<script>window.location.href="http://127.0.0.1:{port}/admin/";</script>'
    site.pages["/"] = _with_body(home, script)
    _, records = await scan(_config(make_config, port), [add_site(server, "script", site)])

    record = records["script"]
    assert _local_hits(server) == 0, server.hits
    assert SECRET not in str(record), record["findings"]


@pytest.mark.parametrize(
    "href",
    [
        "http://localhost:{port}/admin/",
        "http://127.0.0.1:{port}/admin/",
        "http://127.1:{port}/admin/",
        "http://2130706433:{port}/admin/",
        "http://[::ffff:127.0.0.1]:{port}/admin/",
    ],
)
async def test_a_homepage_link_to_the_loopback_is_broken_and_never_asked(
    farm: tuple[Farm, int], make_config: Callable[..., Config], href: str
) -> None:
    server, port = farm
    _machine(server)
    link = f'<p><a href="{href.format(port=port)}">后台管理</a></p>'
    paths = ("/zwdt/", "/tzgg/", "/zwdt/202611/t20261120_1.html", "/zwdt/202611/t20261118_2.html")
    site = PortalSite({"/": _with_body(HEALTHY_PAGE, link), **dict.fromkeys(paths, HEALTHY_PAGE)})
    config = _config(make_config, port, max_links_per_site=300)
    _, records = await scan(config, [add_site(server, "links", site)])

    record = records["links"]
    assert _local_hits(server) == 0, server.hits
    broken = [f for f in record["findings"] if "loopback" in f["detail"]]
    assert broken, record["findings"]


@pytest.mark.parametrize(
    # (localhost, [::1] and 127.0.0.1 itself: tests/test_blind_hostile7.py)
    "host",
    ["127.1", "2130706433", "0x7f.1", "0177.0.0.1", "0x7f000001"],
)
async def test_a_redirect_to_the_loopback_in_any_form_is_not_followed(
    farm: tuple[Farm, int], make_config: Callable[..., Config], host: str
) -> None:
    server, port = farm
    _machine(server)

    async def away(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(f"http://{host}:{port}/admin/")

    server.sites["away"] = away
    config = _config(make_config, port)
    async with Fetcher(config.crawler, config.network) as fetcher:
        record = await fetcher.fetch(server.url("away"))
    assert _local_hits(server) == 0, server.hits
    assert record.error_kind == "connect" and "loopback" in record.error_detail, record
    assert "127.0.0.1" in record.error_detail  # as browsers read it


@pytest.mark.parametrize("host", ["127.1", "2130706433", "0x7f.1"])
async def test_a_site_listed_on_the_loopback_in_a_numeric_form_is_read_as_browsers_read_it(
    farm: tuple[Farm, int], make_config: Callable[..., Config], host: str
) -> None:
    # Browsers read 127.1 as 127.0.0.1; aiohttp would ask DNS about the "name" (c-ares
    # sends it to the nameserver). Listed there, the site is on the loopback and is read.
    server, port = farm
    _machine(server)
    config = _config(make_config, port)
    async with Fetcher(config.crawler, config.network) as fetcher:
        record = await fetcher.fetch(f"http://{host}:{port}/")
    assert record.error_kind is None, record
    assert SECRET.encode() in record.body
    assert record.final_url == f"http://127.0.0.1:{port}/"


async def test_a_site_on_the_loopback_may_link_to_it(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    _machine(server)
    config = _config(make_config, port)
    async with Fetcher(config.crawler, config.network) as fetcher:
        near = await fetcher.fetch(f"http://localhost:{port}/x", origin=f"http://127.0.0.1:{port}/")
        far = await fetcher.fetch(f"http://localhost:{port}/x", origin=server.url("gov"))
    assert near.error_kind is None and far.error_kind == "connect"
    assert server.hits["localhost"] == 1
