"""Names outside `[network] resolve` go to DNS through c-ares, many at once.

The DNS server is our own, on 127.0.0.1 (tests/dnsserver.py), named by
`[network] nameservers`: no test asks the system resolver anything.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.dnsserver import dns_server
from tests.farm import Farm

PAGE = "<html><head><title>Site {host}</title></head><body><p>Hello</p></body></html>"


@pytest.fixture
async def any_host() -> AsyncIterator[int]:
    """One web server that answers every Host with a small page: its port."""

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=PAGE.format(host=request.host), content_type="text/html")

    app = web.Application()
    app.router.add_get("/", page)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield runner.addresses[0][1]
    finally:
        await runner.cleanup()


def _records(config, scan_id: int) -> dict[str, dict]:
    db = open_database(config.database_path, create=False)
    return {r["url"]: r for r in iter_result_records(db, scan_id)}


async def test_names_resolve_through_the_configured_nameservers(
    farm: tuple[Farm, int], make_config
) -> None:
    server, port = farm
    async with dns_server(silent=("silent.test",)) as (dns, address):
        config = make_config(
            port, network={"resolve": {}, "system_dns": True, "nameservers": [address]}
        )
        urls = {
            "ok": f"http://ok.farm.test:{port}/",
            "gbk": f"http://gbk.farm.test:{port}/",
            "nx": f"http://nxdomain.farm.test:{port}/",
            "silent": f"http://www.silent.test:{port}/",
        }
        started = time.perf_counter()
        outcome = await run_scan(config, [Site(u, name=n) for n, u in urls.items()], depth="home")
        elapsed = time.perf_counter() - started

    records = _records(config, outcome.scan_id)
    assert records[urls["ok"]]["status"] == "healthy"
    assert records[urls["gbk"]]["title"] == "北京市朝阳区人民政府"
    assert (records[urls["nx"]]["status"], records[urls["nx"]]["error_kind"]) == (
        "unreachable",
        "dns",
    )
    assert "not found" in records[urls["nx"]]["findings"][0]["detail"].lower()
    # A resolver that never answers costs one visit's time limit, not the scan.
    assert records[urls["silent"]]["error_kind"] == "timeout"
    assert elapsed < 4 * config.crawler.timeout * (config.crawler.retries + 1)
    asked = {name for name, _ in dns.queries}
    assert {"ok.farm.test", "gbk.farm.test", "nxdomain.farm.test", "www.silent.test"} <= asked
    assert server.hits["ok.farm.test"] >= 1


async def test_many_lookups_are_in_flight_at_once(any_host: int, make_config) -> None:
    port = any_host
    hosts = [f"site{i}.dns.test" for i in range(40)]
    async with dns_server(delay=0.15) as (dns, address):
        config = make_config(
            port,
            network={"resolve": {}, "system_dns": True, "nameservers": [address]},
            crawler={"concurrency": 40, "timeout": 2.0},
        )
        sites = [Site(f"http://{host}:{port}/", name=host) for host in hosts]
        outcome = await run_scan(config, sites, depth="home")

    records = _records(config, outcome.scan_id)
    assert [(records[s.url]["http_status"], records[s.url]["error_kind"]) for s in sites] == [
        (200, None)
    ] * len(sites)
    assert records[sites[7].url]["title"] == f"Site {hosts[7]}:{port}"
    # getaddrinfo in aiohttp's default thread pool would hold at most 6 (2 cores).
    assert dns.max_in_flight >= 20
