"""Availability probes: slots over the interval, the round against the farm, cancellation."""

from __future__ import annotations

import asyncio
import itertools
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config, CrawlerSettings
from crawler.fetch import Fetcher
from crawler.models import FetchRecord, Site
from crawler.probes import ProbeResult, probe_offsets, probe_site, run_probe_round
from tests.farm import Farm

MakeConfig = Callable[..., Config]
GUARD_SECONDS = 10  # upper bound on any round here, so a regression fails instead of hanging


# --- slots -------------------------------------------------------------------


def test_offsets_are_evenly_spaced_inside_the_spread() -> None:
    urls = [f"http://site{n}.gov.cn/" for n in range(200)]
    offsets = probe_offsets(urls, 3600.0)
    assert set(offsets) == set(urls)
    ordered = sorted(offsets.values())
    assert ordered[0] == 0.0 and ordered[-1] < 0.95 * 3600
    steps = {round(b - a, 9) for a, b in itertools.pairwise(ordered)}
    assert steps == {round(0.95 * 3600 / 200, 9)}


def test_offsets_do_not_depend_on_input_order_or_the_process() -> None:
    urls = [f"http://site{n}.gov.cn/" for n in range(50)]
    offsets = probe_offsets(urls, 60.0)
    assert probe_offsets(list(reversed(urls)), 60.0) == offsets
    # Another interpreter with another str hash seed gives every site the same slot.
    code = f"from crawler.probes import probe_offsets;print(repr(probe_offsets({urls!r}, 60.0)))"
    for seed in ("1", "2"):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert eval(out.stdout) == offsets


def test_offsets_scatter_the_sites_of_one_host() -> None:
    urls = [f"http://{host}.gov.cn/dept{n}/" for host in ("a", "b") for n in range(50)]
    offsets = probe_offsets(urls, 60.0)
    in_slot_order = sorted(urls, key=offsets.__getitem__)
    longest_run = max(len(list(run)) for _, run in itertools.groupby(in_slot_order, key=_host))
    assert longest_run < 10  # alphabetical order would make it 50


def test_offsets_edge_cases() -> None:
    assert probe_offsets([], 60.0) == {}
    assert probe_offsets(["http://a.test/"], 60.0) == {"http://a.test/": 0.0}
    assert probe_offsets(["http://a.test/", "http://a.test/"], 60.0) == {"http://a.test/": 0.0}


def _host(url: str) -> str:
    return url.split("/")[2]


# --- rounds against the farm ----------------------------------------------------


async def collect(
    sites: list[Site], config: Config, interval: float, **kwargs: Any
) -> tuple[int, dict[str, ProbeResult]]:
    results: dict[str, ProbeResult] = {}

    def on_result(result: ProbeResult) -> None:
        results[result.url] = result

    probed = await asyncio.wait_for(
        run_probe_round(sites, config, interval=interval, on_result=on_result, **kwargs),
        GUARD_SECONDS,
    )
    return probed, results


async def test_a_round_spreads_its_probes_over_the_interval(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    app, port = farm
    loop = asyncio.get_running_loop()
    arrivals: list[float] = []

    async def record(request: web.Request) -> web.StreamResponse:
        arrivals.append(loop.time())
        return await app.ok(request)

    names = [f"p{n:02d}" for n in range(20)]
    for name in names:
        app.sites[name] = record
    config = make_config(port, daemon={"probe_concurrency": 20})
    interval = 0.4
    started = loop.time()
    probed, results = await collect(
        [Site(app.url(name)) for name in names], config, interval, jitter=0.0
    )
    assert probed == 20 and len(arrivals) == 20
    assert all(result.ok for result in results.values())
    span = max(arrivals) - min(arrivals)
    assert span > 0.6 * 0.95 * interval
    assert span < interval and max(arrivals) - started < 2 * interval  # loose: busy CI hosts
    # Never a burst: at most N/4 probes arrive in any tenth of the interval.
    for first in arrivals:
        assert sum(first <= t < first + interval / 10 for t in arrivals) <= len(names) // 4


async def test_jitter_stays_inside_the_interval(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    app, port = farm
    loop = asyncio.get_running_loop()
    arrivals: list[float] = []

    async def record(request: web.Request) -> web.StreamResponse:
        arrivals.append(loop.time())
        return await app.ok(request)

    for n in range(10):
        app.sites[f"j{n}"] = record
    config = make_config(port, daemon={"probe_jitter_seconds": 30.0})
    sites = [Site(f"http://j{n}.farm.test/") for n in range(10)]
    probed, _ = await collect(sites, config, 0.3)  # jitter from [daemon]: 100x the interval
    assert probed == 10
    assert max(arrivals) - min(arrivals) < 0.3


async def test_concurrency_limit_is_honoured(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    app, port = farm
    # Distinct hosts, so that [crawler] per_host is not what limits them.
    names = [f"c{n:02d}" for n in range(12)]
    for name in names:
        app.sites[name] = app.in_flight_counter
    config = make_config(port, daemon={"probe_concurrency": 3})
    probed, results = await collect([Site(app.url(n)) for n in names], config, 0.01, jitter=0.0)
    assert probed == 12 and all(r.ok for r in results.values())
    assert app.max_in_flight == 3


async def test_down_sites_fail_with_their_error_kind(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    app, port = farm
    config = make_config(port)  # [crawler] retries = 1: probes must not retry
    refused = "http://refused.test/"
    sites = [
        Site(app.url("ok")),
        Site(app.url("err503")),
        Site(refused),
        Site(app.url("hang"), overrides={"availability_timeout_seconds": 0.1}),
        Site(app.url("notfound")),
        Site(app.url("forbidden")),
        Site(app.url("gone"), overrides={"unreachable_statuses": (403,)}),
    ]
    probed, results = await collect(sites, config, 0.05, jitter=0.0)
    assert probed == len(sites)
    got = {url: (r.ok, r.error_kind, r.http_status) for url, r in results.items()}
    assert got == {
        app.url("ok"): (True, None, 200),
        app.url("err503"): (False, "http_5xx", 503),
        refused: (False, "connect", None),
        app.url("hang"): (False, "timeout", None),
        app.url("notfound"): (False, "http_4xx", 404),
        app.url("forbidden"): (True, "http_4xx", 403),  # answering, if not to us
        app.url("gone"): (True, "http_4xx", 410),  # the site's own override
    }
    assert app.hits[app.host("err503")] == 1  # retries = 0
    hang = results[app.url("hang")]
    assert hang.response_ms is not None and hang.response_ms < 400  # its timeout override
    assert results[app.url("err503")].error == "server error (HTTP 503)"
    assert results[refused].error == "no connection (connect)"
    assert results[app.url("ok")].error is None
    ok = results[app.url("ok")]
    assert ok.probed_at.tzinfo is not None and ok.error_detail == ""


class _BuggyFetcher(Fetcher):
    """Raises for one URL, like a bug of ours would."""

    async def fetch(
        self, url: str, settings: CrawlerSettings | None = None, **kwargs: Any
    ) -> FetchRecord:
        if "boom" in url:
            raise RuntimeError("something broke")
        return await super().fetch(url, settings, **kwargs)


async def test_one_raising_probe_does_not_stop_the_round(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    app, port = farm
    config = make_config(port)
    names = ["boom", *(f"r{n}" for n in range(5))]
    for name in names:
        app.sites[name] = app.ok
    sites = [Site(app.url(name)) for name in names]
    async with _BuggyFetcher(config.crawler, config.network) as fetcher:
        probed, results = await collect(sites, config, 0.05, fetcher=fetcher, jitter=0.0)
        # The round's fetcher is the caller's: still open for the next round.
        assert (await fetcher.fetch(app.url("ok"))).http_status == 200
    assert probed == 6
    boom = results[app.url("boom")]
    assert (boom.ok, boom.error_kind) == (False, "check_error")
    assert boom.error_detail == "RuntimeError: something broke"
    assert all(results[app.url(name)].ok for name in names[1:])


async def test_a_raising_result_handler_does_not_stop_the_round(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    app, port = farm
    seen: list[str] = []

    def on_result(result: ProbeResult) -> None:
        seen.append(result.url)
        raise ValueError("handler bug")

    sites = [Site(app.url("ok")), Site(app.url("gzip")), Site(app.url("err500"))]
    probed = await run_probe_round(
        sites, make_config(port), interval=0.05, on_result=on_result, jitter=0.0
    )
    assert probed == 3 and sorted(seen) == sorted(s.url for s in sites)


async def test_probe_site_never_raises_and_stamps_the_start(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    app, port = farm
    config = make_config(port)
    moment = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    async with Fetcher(config.crawler, config.network) as fetcher:
        good = await probe_site(fetcher, Site(app.url("ok")), config, lambda: moment)
        # An override key no setting has: a bug of ours (sites.py validates them).
        odd = Site(app.url("ok"), overrides={"no_such_setting": 1})
        bad = await probe_site(fetcher, odd, config, lambda: moment)
    assert good.ok and good.probed_at == moment
    assert (bad.ok, bad.error_kind, bad.probed_at) == (False, "check_error", moment)
    assert bad.error is not None and bad.error.startswith("the probe itself failed")


async def test_cancelling_a_round_cancels_its_probes(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    app, port = farm
    gate = asyncio.Event()
    waiting = 0

    async def held(request: web.Request) -> web.StreamResponse:
        nonlocal waiting
        waiting += 1
        await gate.wait()
        return await app.ok(request)

    names = [f"h{n}" for n in range(4)]
    for name in names:
        app.sites[name] = held
    config = make_config(port, crawler={"timeout": 30.0})
    results: list[ProbeResult] = []
    sites = [Site(app.url("ok")), *(Site(app.url(name)) for name in names)]
    # A long interval: the dispatcher is asleep waiting for later slots, too.
    sites += [Site(app.url(f"later{n}")) for n in range(20)]
    before = asyncio.all_tasks()
    task = asyncio.create_task(
        run_probe_round(sites, config, interval=0.5, on_result=results.append, jitter=0.0)
    )
    for _ in range(200):
        if waiting == 4:
            break
        await asyncio.sleep(0.01)
    assert waiting == 4
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, GUARD_SECONDS)
    left = [t for t in asyncio.all_tasks() - before if not t.done()]
    # Nothing of ours is left: only the farm's side of the dropped connections.
    assert all(t.get_coro().__qualname__.startswith("RequestHandler.") for t in left)
    assert not any(r.url in {app.url(name) for name in names} for r in results)
    gate.set()  # let the farm's handlers end
    for _ in range(200):
        if all(t.done() for t in left):
            break
        await asyncio.sleep(0.01)
    assert all(t.done() for t in left)


async def test_detached_rounds_leave_a_hanging_probe_behind(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    app, port = farm
    config = make_config(port)  # timeout 0.5 s: the hanging site fails after it
    in_flight: set[asyncio.Task[None]] = set()
    results: list[ProbeResult] = []
    sites = [Site(app.url("hang")), Site(app.url("ok"))]
    async with Fetcher(config.crawler, config.network) as fetcher:
        loop = asyncio.get_running_loop()
        started = loop.time()
        count = await run_probe_round(
            sites,
            config,
            interval=0.05,
            on_result=results.append,
            fetcher=fetcher,
            jitter=0.0,
            detach=in_flight,
        )
        # The round is over long before the hanging site's timeout.
        assert count == 2 and loop.time() - started < 0.3
        assert len(in_flight) == 1
        await asyncio.wait(list(in_flight), timeout=GUARD_SECONDS)
    assert not in_flight
    by_url = {r.url: r for r in results}
    assert by_url[app.url("ok")].ok and by_url[app.url("hang")].error_kind == "timeout"


async def test_a_probe_answered_after_the_rules_limit_is_a_failed_visit(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    """The inspectors: a visit with no answer within 15 s fails. A site given a longer
    time for its scans ([crawler] timeout, or its own `timeout` column) answered a probe
    in 20 s and the visit counted as good; a shorter scan timeout failed probes the
    rule allows. Here 0.25 s stands for 15 s (the farm's `slow` answers in 0.25 s)."""
    app, port = farm
    slow = Site(app.url("slow"), overrides={"timeout": 5.0})  # its scans wait 5 s
    config = make_config(
        port, crawler={"timeout": 5.0}, rules={"availability_timeout_seconds": 0.1}
    )
    _, results = await collect([slow], config, 0.01, jitter=0.0)
    late = results[slow.url]
    assert not late.ok and late.error_kind == "timeout"
    assert late.error == "no answer in time (timeout)"
    # The other way round: scans give up after 0.1 s, the rule waits 2 s.
    config = make_config(
        port, crawler={"timeout": 0.1}, rules={"availability_timeout_seconds": 2.0}
    )
    _, results = await collect([Site(app.url("slow"))], config, 0.01, jitter=0.0)
    assert results[app.url("slow")].ok
