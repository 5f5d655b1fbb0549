"""The scan: every site through fetch -> observe -> evaluate -> store.

`concurrency` workers pull sites from one iterator (no task per site, so 84,094
sites cost no more memory than 200). Parsing runs in worker processes, off the
event loop; SQLite writes run in one writer thread, in batches. A site's failure
is data on its result; an unexpected error in our own code for one site becomes a
`check_error` finding on that site and the scan goes on.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import resource
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from crawler.check import check_site
from crawler.config import Config
from crawler.errors import StorageError
from crawler.extract import observe
from crawler.fetch import Fetcher
from crawler.lexicon import Lexicon
from crawler.links import LinkChecker
from crawler.models import PageHistory, PageObservations, Site, SiteResult
from crawler.signals import Signatures
from crawler.storage import ResultStore, done_urls, open_database, unfinished_scan

log = logging.getLogger(__name__)

DEPTHS = ("home", "full")
# Below this many sites, starting worker processes costs more than it saves.
_INLINE_PARSE_BELOW = 64


class Progress(Protocol):
    def start(self, total: int, already_done: int) -> None: ...
    def update(self, result: SiteResult) -> None: ...
    def finish(self) -> None: ...


class NoProgress:
    def start(self, total: int, already_done: int) -> None:
        pass

    def update(self, result: SiteResult) -> None:
        pass

    def finish(self) -> None:
        pass


@dataclass(frozen=True)
class ScanOutcome:
    scan_id: int
    checked: int  # sites checked by this run
    skipped: int  # sites already done before a resume
    counts: dict[str, int]
    seconds: float
    resumed: bool = False


def utc_now() -> datetime:
    return datetime.now(UTC)


async def run_scan(
    config: Config,
    sites: Sequence[Site],
    *,
    depth: str = "full",
    resume: bool = False,
    progress: Progress | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> ScanOutcome:
    """Scan `sites`, storing results in the configured database."""
    if depth not in DEPTHS:
        raise ValueError(f"depth must be one of {DEPTHS}")
    progress = progress or NoProgress()
    started = time.monotonic()
    db = open_database(config.database_path)
    store = ResultStore(db)
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-writer")
    loop = asyncio.get_running_loop()
    _raise_open_file_limit()

    skipped = 0
    if resume:
        previous = unfinished_scan(db)
        if previous is None:
            raise StorageError(
                f"{config.database_path}: no interrupted scan to resume (all scans finished)"
            )
        scan_id = int(previous["id"])
        done = done_urls(db, scan_id)
        todo = [site for site in sites if site.url not in done]
        skipped = len(sites) - len(todo)
    else:
        scan_id = store.start_scan(
            clock(), depth, len(sites), config.digest, str(config.source or "")
        )
        todo = list(sites)
    await loop.run_in_executor(writer, store.register_sites, sites, clock())

    parser = Parser(config.crawler.parse_workers, len(todo))
    batch: list[SiteResult] = []
    writes: list[asyncio.Future[None]] = []
    last_flush = time.monotonic()
    checked = 0

    async def flush() -> None:
        """Hand the batch to the writer thread; it writes batches in order."""
        nonlocal batch, last_flush
        if batch:
            ready, batch = batch, []
            writes.append(loop.run_in_executor(writer, store.write_batch, scan_id, ready))
        last_flush = time.monotonic()
        while writes and (writes[0].done() or len(writes) > 4):  # 4 batches of backpressure
            await writes.pop(0)

    # Sites no earlier scan saw have no history: skip the trip to the writer thread.
    with_history = await loop.run_in_executor(writer, store.sites_with_history)

    async def history(url: str) -> Mapping[str, PageHistory]:
        if url not in with_history:
            return {}
        return await loop.run_in_executor(writer, store.page_history, url)

    async def worker(
        queue: Iterator[Site], fetcher: Fetcher, links: LinkChecker | None
    ) -> None:
        nonlocal checked
        for site in queue:
            result = await check_site(
                site, config, fetcher, parser, clock, depth=depth, history=history, links=links
            )
            batch.append(result)
            checked += 1
            progress.update(result)
            if (
                len(batch) >= config.storage.batch_size
                or time.monotonic() - last_flush >= config.storage.batch_seconds
            ):
                await flush()

    progress.start(len(sites), skipped)
    interrupted = False
    try:
        async with Fetcher(config.crawler, config.network, keep_alive=depth == "full") as fetcher:
            queue = iter(todo)
            workers = min(config.crawler.concurrency, max(1, len(todo)))
            # One link cache for the whole scan: shared assets are checked once.
            links = LinkChecker(fetcher, config.crawler) if depth == "full" else None
            await asyncio.gather(*(worker(queue, fetcher, links) for _ in range(workers)))
    except asyncio.CancelledError:
        interrupted = True
        raise
    finally:
        progress.finish()
        # Keep what was checked, even when interrupted: --resume starts from it.
        try:
            await asyncio.shield(flush())
            for write in writes:
                await asyncio.shield(write)
        finally:
            parser.close()
            if interrupted:
                writer.shutdown(wait=True)
    counts = await loop.run_in_executor(writer, store.finish_scan, scan_id, clock())
    writer.shutdown(wait=True)
    db.conn.close()
    return ScanOutcome(
        scan_id=scan_id,
        checked=checked,
        skipped=skipped,
        counts=counts,
        seconds=time.monotonic() - started,
        resumed=resume,
    )


class Parser:
    """Runs `observe()` in worker processes (or inline for small scans).

    A worker that dies (a parser crash on a hostile page) breaks the whole pool; the
    pool is then rebuilt and the page tried once more, so one bad page costs one
    `check_error`, not the rest of the scan.
    """

    def __init__(self, workers: int, site_count: int) -> None:
        if workers == -1:
            # One per core: the event loop mostly waits on sockets (about 0.15 of a core
            # at full speed on the bench), so parsing gets the rest of every core.
            workers = 0 if site_count < _INLINE_PARSE_BELOW else max(1, os.cpu_count() or 2)
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = self._new_pool() if workers else None

    def _new_pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["crawler.extract"])
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    async def observe(
        self,
        body: bytes,
        charset: str,
        url: str,
        content_type: str,
        now: date,
        lexicon: Lexicon,
        lists: bool = True,
        signatures: Signatures | None = None,
    ) -> PageObservations:
        args = (body, charset, url, content_type, now, lexicon, lists, False, signatures)
        if self._pool is None:
            return observe(*args)
        loop = asyncio.get_running_loop()
        for attempt in (1, 2):
            pool = self._pool
            try:
                return await loop.run_in_executor(pool, observe, *args)
            except BrokenProcessPool:
                if attempt == 2:
                    raise RuntimeError("the page parser crashed on this page") from None
                if self._pool is pool:  # the first to notice rebuilds it
                    log.warning("page parser crashed (on %s or a page parsed with it)", url)
                    pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = self._new_pool()
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _raise_open_file_limit() -> None:
    """Thousands of sockets at once need more than the usual 1,024 descriptors."""
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        wanted = hard if hard != resource.RLIM_INFINITY else 65536
        if soft < wanted:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, 65536), hard))
    except (ValueError, OSError):
        pass
