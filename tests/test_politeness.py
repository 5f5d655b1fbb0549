"""`per_address`: requests at once to one IP address, whatever names point at it.

Two real servers, on 127.0.0.1 and 127.0.0.2, each count the requests they are
serving at once. Many host names map to each (as a shared hosting platform's
sites do), through `[network] resolve`.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from crawler.fetch import Fetcher
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database

ADDRESSES = ("127.0.0.1", "127.0.0.2")


class Platform:
    """Counts requests in flight per server address; each answer takes 30 ms."""

    def __init__(self) -> None:
        self.in_flight: Counter[str] = Counter()
        self.most: Counter[str] = Counter()
        self.most_overall = 0

    async def page(self, request: web.Request) -> web.Response:
        address = request.transport.get_extra_info("sockname")[0] if request.transport else ""
        self.in_flight[address] += 1
        self.most[address] = max(self.most[address], self.in_flight[address])
        self.most_overall = max(self.most_overall, sum(self.in_flight.values()))
        try:
            await asyncio.sleep(0.03)
        finally:
            self.in_flight[address] -= 1
        return web.Response(
            text=f"<html><head><title>{request.host}</title></head><body>hi</body></html>",
            content_type="text/html",
        )


@pytest.fixture
async def platform() -> AsyncIterator[tuple[Platform, dict[str, int]]]:
    state = Platform()
    app = web.Application()
    app.router.add_get("/", state.page)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    ports = {}
    for address in ADDRESSES:
        site = web.TCPSite(runner, address, 0)
        await site.start()
        ports[address] = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield state, ports
    finally:
        await runner.cleanup()


def _network(ports: dict[str, int], per_platform: int) -> tuple[dict[str, Any], list[str]]:
    resolve, urls = {}, []
    for index, address in enumerate(ADDRESSES):
        for number in range(per_platform):
            host = f"site{number}.platform{index}.test"
            resolve[host] = f"{address}:{ports[address]}"
            urls.append(f"http://{host}/")
    return {"resolve": resolve, "system_dns": False}, urls


@pytest.mark.parametrize("per_address", [1, 3])
async def test_requests_to_one_address_are_limited(platform, make_config, per_address: int) -> None:
    state, ports = platform
    network, urls = _network(ports, per_platform=12)
    config = make_config(0, network=network, crawler={"per_address": per_address})
    async with Fetcher(config.crawler, config.network) as fetcher:
        records = await asyncio.gather(*(fetcher.fetch(url) for url in urls))

    assert [r.error_kind for r in records] == [None] * len(urls)
    assert dict(state.most) == {address: per_address for address in ADDRESSES}
    assert state.most_overall == 2 * per_address  # the two addresses do not wait for each other


async def test_without_a_limit_one_address_gets_every_request(platform, make_config) -> None:
    state, ports = platform
    network, urls = _network(ports, per_platform=12)
    config = make_config(0, network=network)
    async with Fetcher(config.crawler, config.network) as fetcher:
        await asyncio.gather(*(fetcher.fetch(url) for url in urls))
    assert min(state.most.values()) > 3


@pytest.mark.parametrize("shards", [0, 2], ids=["one loop", "shards"])
async def test_a_scan_keeps_the_limit(platform, make_config, shards: int) -> None:
    state, ports = platform
    # 80 sites: more than one hand-out chunk (32 sites), so both shards get some.
    network, urls = _network(ports, per_platform=40)
    config = make_config(
        0,
        network=network,
        crawler={"per_address": 2, "concurrency": 40, "parse_workers": shards},
    )
    outcome = await run_scan(config, [Site(url) for url in urls], depth="home")

    db = open_database(config.database_path, create=False)
    records = list(iter_result_records(db, outcome.scan_id))
    assert len(records) == len(urls)
    # 40 sites an address, 30 ms each, at most 2 at once: the last waits ~0.6 s for its
    # turn, more than the visit's time limit (0.5 s). The wait is the scan's, not the
    # site's: no timeouts, and response times are the server's 30 ms, not the queue's.
    assert {r["error_kind"] for r in records} == {None}
    assert max(r["response_ms"] for r in records) < 250
    assert max(state.most.values()) <= 2
