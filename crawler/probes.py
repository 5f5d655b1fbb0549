"""Availability probes: one light visit to every site's homepage per interval.

Each site has a fixed slot in the interval (from a stable hash of its URL), so
84,094 probes an hour arrive as a steady trickle rather than a burst, restarts keep
every site's slot, and the sites of one host are scattered over the interval. One
dispatcher coroutine sleeps until the next slot and starts that probe; at most
`probe_concurrency` probes run at once.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from crawler.clock import utc_now
from crawler.config import Config, apply_overrides
from crawler.fetch import Fetcher
from crawler.models import Site
from crawler.rules import KIND_WORDS, homepage_unreachable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProbeResult:
    url: str  # the site's URL as listed
    probed_at: datetime  # when the probe started
    ok: bool  # False exactly when the homepage is unreachable (crawler.rules)
    response_ms: int | None
    http_status: int | None
    error_kind: str | None  # the fetch's, also on a good probe (e.g. http_4xx 403)
    error_detail: str

    @property
    def error(self) -> str | None:
        """A failed probe in plain words, e.g. "server error (HTTP 503)"."""
        if self.ok:
            return None
        kind = self.error_kind or "unknown"
        if kind == "check_error":
            return f"the probe itself failed (check_error: {self.error_detail})"
        words = KIND_WORDS.get(kind, kind)
        if kind.startswith("http_") and self.http_status is not None:
            return f"{words} (HTTP {self.http_status})"
        return f"{words} ({kind})"


def probe_offsets(urls: Sequence[str], interval: float, spread: float = 0.95) -> dict[str, float]:
    """Each URL's start offset in [0, spread*interval): evenly spaced in hash order.

    blake2b, not hash(): Python salts str hashes per process, and slots must survive
    restarts. The spare (1 - spread) of the interval absorbs jitter and slow probes.
    """
    ordered = sorted(set(urls), key=lambda url: hashlib.blake2b(url.encode()).digest())
    step = spread * interval / max(len(ordered), 1)
    return {url: rank * step for rank, url in enumerate(ordered)}


async def probe_site(
    fetcher: Fetcher, site: Site, config: Config, now: Callable[[], datetime]
) -> ProbeResult:
    """One light visit to the homepage. Never raises (except on cancellation)."""
    probed_at = now()
    try:
        crawler_settings, rules = apply_overrides(config.crawler, config.rules, site.overrides)
        # No retries: the up/down thresholds absorb one-off failures, and a retry would
        # hide exactly the flakiness the availability rule counts. The time limit is the
        # rule's (no answer within 15 s fails a visit), not the scans' [crawler] timeout:
        # a site given 30 s for its scans still fails a visit it answers in 20 s.
        settings = replace(crawler_settings, retries=0, timeout=rules.availability_timeout_seconds)
        fetch = await fetcher.fetch(site.url, settings, read_body=False)
        return ProbeResult(
            site.url,
            probed_at,
            not homepage_unreachable(fetch, rules),
            fetch.response_ms,
            fetch.http_status,
            fetch.error_kind,
            fetch.error_detail,
        )
    except Exception as exc:  # a bug of ours must not take the round down
        log.exception("probe of %s failed", site.url)
        detail = f"{type(exc).__name__}: {exc}"[:300]
        return ProbeResult(site.url, probed_at, False, None, None, "check_error", detail)


async def run_probe_round(
    sites: Sequence[Site],
    config: Config,
    *,
    interval: float,
    on_result: Callable[[ProbeResult], None],
    fetcher: Fetcher | None = None,
    now: Callable[[], datetime] = utc_now,
    jitter: float | None = None,
    detach: set[asyncio.Task[None]] | None = None,
) -> int:
    """Probe every site once, spread over `interval` seconds; the number probed.

    With `detach` (and a `fetcher` that outlives the round), the round returns once
    its last probe has started: probes still in flight move to `detach` (each leaves
    it when done), so one slow site never delays the next round. Returns the number
    started then."""
    if interval <= 0:
        raise ValueError("the probe interval must be positive")
    if fetcher is None:
        if detach is not None:
            raise ValueError("detached probes need a fetcher that outlives the round")
        async with Fetcher(config.crawler, config.network, keep_alive=False) as own:
            return await _round(sites, config, interval, on_result, own, now, jitter, None)
    return await _round(sites, config, interval, on_result, fetcher, now, jitter, detach)


async def _round(
    sites: Sequence[Site],
    config: Config,
    interval: float,
    on_result: Callable[[ProbeResult], None],
    fetcher: Fetcher,
    now: Callable[[], datetime],
    jitter: float | None,
    detach: set[asyncio.Task[None]] | None,
) -> int:
    loop = asyncio.get_running_loop()
    start = loop.time()
    offsets = probe_offsets([site.url for site in sites], interval)
    jitter = config.daemon.probe_jitter_seconds if jitter is None else jitter
    # Jitter is capped per site so that every probe still starts inside the interval.
    schedule = sorted(
        (
            (offsets[site.url] + random.uniform(0, min(jitter, interval - offsets[site.url])), site)
            for site in sites
        ),
        key=lambda entry: entry[0],
    )
    slots = asyncio.Semaphore(config.daemon.probe_concurrency)
    running: set[asyncio.Task[None]] = set()
    done = 0

    async def probe(site: Site) -> None:
        nonlocal done
        result = await probe_site(fetcher, site, config, now)
        done += 1
        try:
            on_result(result)
        except Exception:  # the caller's problem, but not a reason to stop probing
            log.exception("handling the probe result of %s failed", site.url)

    def finished(task: asyncio.Task[None]) -> None:
        running.discard(task)
        slots.release()  # here, not in probe(): a task cancelled before it ran has no finally

    try:
        for due, site in schedule:
            delay = start + due - loop.time()
            if delay > 0:  # one sleeping dispatcher, not 84,094 sleeping tasks
                await asyncio.sleep(delay)
            await slots.acquire()  # a full house holds the dispatcher, not a queue of tasks
            task = asyncio.create_task(probe(site), name=f"probe {site.url}")
            running.add(task)
            task.add_done_callback(finished)
        if detach is not None:
            for task in running:
                detach.add(task)
                task.add_done_callback(detach.discard)
            started = len(schedule)
            running.clear()
            return started
        if running:
            await asyncio.wait(set(running))
    finally:
        # Shutdown (or any error): cancel the probes in flight and wait for them, so
        # none outlives the round or the fetcher's session.
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(set(running))
    return done
