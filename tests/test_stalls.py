"""A site that stalls (its homepage never answers) gives its place in the scan to the
next site: the live sites behind it are checked while it waits, in one loop and in
shard processes; the stalled site's own result is still stored, and a scan stopped
meanwhile leaves nothing running."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

import pytest

from crawler.errors import ConfigError
from crawler.models import Site
from crawler.scan import run_scan
from crawler.stalls import StallPool
from tests.farm import Farm


def _stored_order(config: Any) -> list[str]:
    """The URLs of the newest scan's checks in the order they were stored."""
    with sqlite3.connect(config.database_path) as conn:
        rows = conn.execute(
            "SELECT sites.url FROM checks JOIN sites ON sites.id = checks.site_id"
            " WHERE checks.scan_id = (SELECT MAX(id) FROM scans) ORDER BY checks.rowid"
        ).fetchall()
    return [url for (url,) in rows]


def _sites(server: Farm, live: int) -> list[Site]:
    return [Site(server.url("hang", "/"), name="dead")] + [
        Site(server.url("ok", f"/?n={i}"), name=f"live {i}") for i in range(live)
    ]


@pytest.mark.parametrize("stall_after", [0.05, 0])
async def test_live_sites_pass_a_stalled_one(
    farm: tuple[Farm, int], make_config: Any, stall_after: float
) -> None:
    server, port = farm
    config = make_config(
        port,
        crawler={"concurrency": 1, "retries": 0, "timeout": 1.0, "stall_after": stall_after},
    )
    sites = _sites(server, 5)
    outcome = await run_scan(config, sites, depth="home")
    order = _stored_order(config)
    assert sorted(order) == sorted(site.url for site in sites)
    assert outcome.counts.get("unreachable") == 1
    if stall_after:
        # The one place was given up while the dead site waited: every live site went by.
        assert order[-1] == sites[0].url
    else:
        # Off: the dead site held the only place for its whole timeout.
        assert order[0] == sites[0].url


async def test_a_stalled_site_keeps_its_place_when_the_pool_is_full(
    farm: tuple[Farm, int], make_config: Any
) -> None:
    server, port = farm
    config = make_config(
        port,
        crawler={
            "concurrency": 1,
            "retries": 0,
            "timeout": 0.3,
            "stall_after": 0.05,
            "max_stalled": 1,
        },
    )
    dead = [Site(server.url("hang", f"/?n={i}"), name=f"dead {i}") for i in range(2)]
    live = [Site(server.url("ok", f"/?n={i}"), name=f"live {i}") for i in range(3)]
    await run_scan(config, [dead[0], dead[1], *live], depth="home")
    order = _stored_order(config)
    # The first dead site waits beside; the second finds the pool full and holds the
    # place until its timeout, so no live site is checked before it.
    assert order.index(dead[1].url) < min(order.index(site.url) for site in live)


async def test_shards_hand_stalled_sites_over_too(farm: tuple[Farm, int], make_config: Any) -> None:
    server, port = farm
    config = make_config(
        port,
        crawler={
            "concurrency": 2,  # one place in each of the two shards
            "parse_workers": 2,
            "retries": 0,
            "timeout": 2.0,  # long enough for the live sites on a busy machine
            "stall_after": 0.05,
        },
    )
    # Enough sites for shards (scan._INLINE_PARSE_BELOW), dead ones among them.
    dead = [Site(server.url("hang", f"/?d={i}"), name=f"dead {i}") for i in range(4)]
    live = [Site(server.url("ok", f"/?n={i}"), name=f"live {i}") for i in range(60)]
    outcome = await run_scan(config, [*dead, *live], depth="home")
    order = _stored_order(config)
    assert len(order) == 64
    assert outcome.counts.get("unreachable") == 4
    # With one place per shard, a dead site holding it would keep the 30 live sites
    # behind it waiting; handed over, most live sites are stored before the dead ones.
    first_dead = min(order.index(site.url) for site in dead)
    assert first_dead > 30


async def test_a_stopped_scan_leaves_no_stalled_site_running(
    farm: tuple[Farm, int], make_config: Any
) -> None:
    server, port = farm
    config = make_config(
        port,
        crawler={"concurrency": 1, "retries": 0, "timeout": 30, "stall_after": 0.02},
    )
    dead = [Site(server.url("hang", f"/?n={i}"), name=f"dead {i}") for i in range(3)]
    scan = asyncio.ensure_future(run_scan(config, dead, depth="home"))
    await asyncio.sleep(0.3)  # all three stalled, waiting beside the one place
    scan.cancel()
    with pytest.raises(asyncio.CancelledError):
        await scan
    await asyncio.sleep(0)
    left = [
        task
        for task in asyncio.all_tasks()
        if task is not asyncio.current_task() and "one" in repr(task.get_coro())
    ]
    assert left == []


async def test_a_stalled_sites_error_is_raised_not_lost() -> None:
    pool = StallPool(0.01, 10)

    async def fails_late(on_home: Any) -> None:
        await asyncio.sleep(0.05)
        raise OSError("disk full")

    async def quick(on_home: Any) -> None:
        on_home()

    with pytest.raises(OSError, match="disk full"):
        async with pool:
            await pool.run(fails_late)  # stalls, then fails beside the others
            await pool.run(quick)
    assert not pool.stalled


async def test_a_stalled_sites_error_after_the_last_run_is_raised_at_the_end() -> None:
    """The stalled site fails while the last live site is still running, so no `run`
    comes after to raise it, and nothing is left stalled at the end: the error (a write
    that failed, its result lost) was dropped and the scan ended as if complete."""
    pool = StallPool(0.01, 10)

    async def fails_late(on_home: Any) -> None:
        await asyncio.sleep(0.03)
        raise OSError("disk full")

    async def slow(on_home: Any) -> None:
        on_home()
        await asyncio.sleep(0.1)

    with pytest.raises(OSError, match="disk full"):
        async with pool:
            await pool.run(fails_late)
            await pool.run(slow)  # the stalled site fails meanwhile
    assert not pool.stalled


async def test_a_site_past_its_homepage_keeps_its_place() -> None:
    pool = StallPool(0.01, 10)
    finished = asyncio.Event()

    async def slow_column_pages(on_home: Any) -> None:
        on_home()  # the homepage was read: what follows holds pages in memory
        await asyncio.sleep(0.05)
        finished.set()

    async with pool:
        await pool.run(slow_column_pages)
        assert finished.is_set()  # run() waited for it instead of handing it over
        assert pool.most == 0


@pytest.mark.parametrize(("key", "value"), [("stall_after", -1), ("max_stalled", -1)])
def test_stall_settings_are_checked(key: str, value: float, make_config: Any) -> None:
    with pytest.raises(ConfigError, match=f"crawler. {key}"):
        make_config(8080, crawler={key: value})


async def test_shards_and_the_scan_never_wait_for_each_other(
    farm: tuple[Farm, int], make_config: Any
) -> None:
    """Handing a shard many sites at once (room for stalled ones) filled the pipe of
    work while the shard, sending its results from its loop, filled the pipe back: each
    waited for the other for ever. Sites with long names make the hand-out ~1 MB."""
    server, port = farm
    config = make_config(
        port,
        crawler={"concurrency": 4, "parse_workers": 2, "max_stalled": 2000, "retries": 0},
    )
    names = ["ok", "gzip", "meta", "gbk"]
    sites = [
        Site(server.url(names[i % 4], f"/?n={i}"), name=f"站点{i} " + "长名称" * 300)
        for i in range(1200)
    ]
    outcome = await asyncio.wait_for(run_scan(config, sites, depth="home"), timeout=120)
    assert outcome.checked == len(sites)


async def test_a_shard_says_when_its_sites_stall_and_is_handed_more(
    farm: tuple[Farm, int], make_config: Any, monkeypatch: Any
) -> None:
    """A shard is handed twice its places, and as many more as it says are stalled: it
    says so when its queue runs low, else dead sites at the head of a scan held back the
    live ones behind them for their whole timeout."""
    import crawler.scan as scan

    server, port = farm
    for i in range(24):
        server.sites[f"dead{i}"] = server.sites["hang"]
        server.sites[f"live{i}"] = server.sites["ok"]
    dead = [Site(server.url(f"dead{i}", "/"), name="dead") for i in range(8)]
    live = [Site(server.url(f"live{i}", "/"), name="live") for i in range(24)]
    monkeypatch.setattr(scan, "_CHUNK_SITES", 1)
    config = make_config(
        port,
        crawler={
            "parse_workers": 2,
            "concurrency": 4,
            "retries": 0,
            "timeout": 2.0,
            "stall_after": 0.05,
        },
    )
    await run_scan(config, [*dead, *live], depth="home")
    order = _stored_order(config)
    assert len(order) == len(dead) + len(live)
    # Every live site was checked while the dead ones waited.
    assert max(order.index(site.url) for site in live) < min(order.index(site.url) for site in dead)
