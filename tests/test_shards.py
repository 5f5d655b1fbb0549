"""The homepage sweep in shard processes gives the results the one-loop scan gives,
also when a shard process dies in the middle (its sites are checked again)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from typing import Any

import crawler.scan as scan
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.farm import Farm

NAMES = [
    "ok",
    "gbk-undeclared",
    "err500",
    "notfound",
    "gbk",
    "big5",
    "gzip",
    "meta",
    "cookie",
    "loop",
]


def farm_sites(server: Farm) -> list[Site]:
    # 80 sites on 10 hosts: enough for shards (scan._INLINE_PARSE_BELOW).
    return [Site(server.url(name, f"/?n={i}"), name=name) for name in NAMES for i in range(8)]


async def scanned(
    config: Any, sites: list[Site], depth: str = "home"
) -> dict[str, tuple[Any, ...]]:
    outcome = await run_scan(config, sites, depth=depth)
    db = open_database(config.database_path, create=False)
    return {
        r["url"]: (
            r["status"],
            r["error_kind"],
            r["title"],
            r["last_updated"],
            r["http_status"],
            r["final_url"],
            sorted(f["code"] for f in r["findings"] if f["code"] != "slow"),
        )
        for r in iter_result_records(db, outcome.scan_id)
    }


async def test_shards_match_the_one_loop_scan(farm: tuple[Farm, int], make_config) -> None:
    server, port = farm
    sites = farm_sites(server)
    guard = {"timeout": 3}  # as below
    one_loop = await scanned(make_config(port, crawler={"parse_workers": 0, **guard}), sites)
    sharded = await scanned(
        make_config(
            port,
            crawler={"parse_workers": 2, **guard},
            storage={"path": str(make_config(port).database_path.with_name("shards.db"))},
        ),
        sites,
    )
    assert len(sharded) == len(sites)
    assert sharded == one_loop


async def test_full_depth_shards_match_the_one_loop_scan(
    farm: tuple[Farm, int], make_config
) -> None:
    server, port = farm
    sites = farm_sites(server)
    # No farm site here hangs: a longer time limit is only a guard against a loaded
    # machine timing out a page in one scan and not in the other.
    full = {"max_links_per_site": 20, "timeout": 3}
    one_loop = await scanned(make_config(port, crawler={"parse_workers": 0, **full}), sites, "full")
    sharded = await scanned(
        make_config(
            port,
            crawler={"parse_workers": 2, **full},
            storage={"path": str(make_config(port).database_path.with_name("shards.db"))},
        ),
        sites,
        "full",
    )
    assert len(sharded) == len(sites)
    assert sharded == one_loop


async def test_a_dead_shard_costs_no_site(farm: tuple[Farm, int], make_config, monkeypatch) -> None:
    server, port = farm
    sites = farm_sites(server)
    shards: list[scan._Shard] = []
    original = scan._Shard.__init__

    def recording(self: scan._Shard, *args: Any) -> None:
        original(self, *args)
        shards.append(self)

    monkeypatch.setattr(scan._Shard, "__init__", recording)
    config = make_config(port, crawler={"parse_workers": 2})
    task = asyncio.create_task(scanned(config, sites))
    while not any(shard.held and shard.process.is_alive() for shard in shards):
        await asyncio.sleep(0.005)
    victim = next(shard for shard in shards if shard.held)
    assert victim.process.pid is not None
    os.kill(victim.process.pid, signal.SIGKILL)
    records = await task
    assert len(records) == len(sites)
    assert len(shards) > 2  # the dead one was replaced
    assert {records[site.url][0] for site in sites if site.name == "ok"} == {"healthy"}
    assert all(status != "check_error" for status, *_ in records.values())


async def test_a_shard_that_dies_before_its_next_hand_out_costs_no_site(
    farm: tuple[Farm, int], make_config, monkeypatch
) -> None:
    """The shard dies (a parser crash) between sending its results and being handed
    more: the hand-out met a closed pipe, BrokenPipeError ended the whole scan instead
    of the shard's sites being checked again."""
    server, port = farm
    sites = farm_sites(server)
    original = scan._Shard.give
    killed: list[int] = []

    def give(self: scan._Shard, chunk: list[tuple[int, Site]]) -> None:
        if self.held and not killed and self.process.pid is not None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.join()
            killed.append(self.process.pid)
        original(self, chunk)

    monkeypatch.setattr(scan._Shard, "give", give)
    # One shard, no room for stalled sites: two chunks at first, the second to a dead one.
    config = make_config(port, crawler={"parse_workers": 1, "concurrency": 16, "max_stalled": 0})
    records = await asyncio.wait_for(scanned(config, sites), 60)
    assert killed
    assert len(records) == len(sites)
    assert {records[site.url][0] for site in sites if site.name == "ok"} == {"healthy"}


async def test_a_stopped_sweep_keeps_the_sites_its_shards_had_finished(
    farm: tuple[Farm, int], make_config
) -> None:
    """A shard sent its results 16 at a time, or when its queue was empty; but it is
    handed hundreds of sites ahead, so finished sites waited in it for as long as the
    slow ones it was busy with took, and a scan stopped then (SIGTERM, Ctrl-C) lost them:
    "every finished site is stored first" did not hold, and --resume checked them again.
    Here the shard's two places hang on dead-slow sites with a third waiting."""
    server, port = farm
    fast = [Site(server.url("ok", f"/?n={i}"), name="ok") for i in range(3)]
    hanging = [Site(server.url("hang", f"/?n={i}"), name="hang") for i in range(3)]
    config = make_config(
        port,
        crawler={"parse_workers": 1, "concurrency": 2, "stall_after": 0, "timeout": 30},
        storage={"batch_seconds": 0.05},
    )
    task = asyncio.create_task(run_scan(config, fast + hanging, depth="home"))
    deadline = asyncio.get_running_loop().time() + 30
    while server.hits[server.host("hang")] < 2:  # both places are taken by hanging sites
        assert asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.5)  # ten times batch_seconds
    task.cancel()  # what SIGTERM and Ctrl-C do to `crawler scan`
    with contextlib.suppress(asyncio.CancelledError):
        await task
    db = open_database(config.database_path, create=False)
    stored = {record["url"] for record in iter_result_records(db, 1)}
    db.conn.close()
    assert stored == {site.url for site in fast}


async def test_a_stopped_sweep_takes_its_shards_last_results(
    farm: tuple[Farm, int], make_config
) -> None:
    """As above, with sites finished within the last `batch_seconds` before the stop:
    the shards are told to send what they have and exit, and their results are stored
    before the scan ends, as the README says of SIGTERM and Ctrl-C."""
    server, port = farm
    fast = [Site(server.url("ok", f"/?n={i}"), name="ok") for i in range(3)]
    hanging = [Site(server.url("hang", f"/?n={i}"), name="hang") for i in range(3)]
    config = make_config(
        port,
        crawler={"parse_workers": 1, "concurrency": 2, "stall_after": 0, "timeout": 30},
        storage={"batch_seconds": 60},
    )
    task = asyncio.create_task(run_scan(config, fast + hanging, depth="home"))
    deadline = asyncio.get_running_loop().time() + 30
    while server.hits[server.host("hang")] < 2:  # both places are taken by hanging sites
        assert asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.1)
    task.cancel()  # what SIGTERM and Ctrl-C do to `crawler scan`
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, 20)
    db = open_database(config.database_path, create=False)
    stored = {record["url"] for record in iter_result_records(db, 1)}
    db.conn.close()
    assert stored == {site.url for site in fast}


async def test_the_shards_of_a_small_scan_share_its_sites(
    farm: tuple[Farm, int], make_config: Any, monkeypatch: Any
) -> None:
    """Each shard was handed room for its share of `max_stalled` from the start, so the
    first shard took 1,200 sites of a 2,000-site scan and the other, done with its 800,
    left a core idle for the last third. A shard now holds twice its places and as many
    more as it says are stalled: with none stalled, the sites are shared out."""
    server, port = farm
    for i in range(40):
        server.sites[f"many{i}"] = server.sites["ok"]
    sites = [Site(server.url(f"many{i % 40}", f"/?n={i}"), name="ok") for i in range(40)]
    original = scan._Shard.give
    handed: dict[int, int] = {}  # shard -> sites handed to it
    most: dict[int, int] = {}  # shard -> the most sites it held at once

    def give(self: scan._Shard, chunk: list[tuple[int, Site]]) -> None:
        original(self, chunk)
        handed[id(self)] = handed.get(id(self), 0) + len(chunk)
        most[id(self)] = max(most.get(id(self), 0), len(self.held))

    monkeypatch.setattr(scan, "_CHUNK_SITES", 2)
    monkeypatch.setattr(scan._Shard, "give", give)
    config = make_config(port, crawler={"parse_workers": 2, "concurrency": 4, "max_stalled": 2000})
    records = await asyncio.wait_for(scanned(config, sites), 60)
    assert len(records) == len(sites)
    # (How many more each is handed depends on how fast it is: a loaded machine.)
    assert len(handed) == 2 and min(handed.values()) >= 2 * 2, handed
    # Two places a shard, as many queued, and the chunk that crossed the line.
    assert max(most.values()) <= 2 * 2 + 2, most
