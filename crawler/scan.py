"""The scan: every site through fetch -> observe -> evaluate -> store.

`concurrency` workers pull sites from one iterator (no task per site, so 84,094
sites cost no more memory than 200). Parsing runs in worker processes, off the
event loop; SQLite writes run in one writer thread, in batches. A site's failure
is data on its result; an unexpected error in our own code for one site becomes a
`check_error` finding on that site and the scan goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import gc
import logging
import multiprocessing
import multiprocessing.forkserver
import os
import resource
import signal
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any, Protocol
from urllib.parse import urlsplit

from crawler.availability import availability_finding, availability_window, with_availability
from crawler.check import PARSER_CRASHED, check_site, crashed_check
from crawler.clock import utc_now
from crawler.config import Config, apply_overrides
from crawler.errors import ScanRunning, StorageError
from crawler.extract import observe
from crawler.fetch import Fetcher
from crawler.lexicon import Lexicon
from crawler.links import LinkChecker
from crawler.models import Finding, PageHistory, PageObservations, Site, SiteResult
from crawler.probestore import availability_tallies, has_probes
from crawler.signals import Signatures
from crawler.stalls import StallPool
from crawler.storage import ResultStore, done_urls, open_database, parse_utc, unfinished_scan

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


async def run_scan(
    config: Config,
    sites: Sequence[Site],
    *,
    depth: str | None = "full",
    resume: bool = False,
    progress: Progress | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> ScanOutcome:
    """Scan `sites`, storing results in the configured database. `depth` None: a resumed
    scan's own depth, else "full"."""
    if depth is not None and depth not in DEPTHS:
        raise ValueError(f"depth must be one of {DEPTHS}")
    with scan_lock(config.database_path):
        return await _run_scan(config, sites, depth, resume, progress, clock)


@contextlib.contextmanager
def scan_lock(database: Path) -> Iterator[None]:
    """One scan at a time per database: an exclusive lock on `<database>.scan.lock`
    (the kernel's: a killed scan leaves no stale lock). Two scans at once doubled every
    site's requests, past `per_host`, and a `--resume` of a scan still running checked
    its sites a second time beside it."""
    path = database.with_name(database.name + ".scan.lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle: IO[str] = path.open("a+")
    except OSError as exc:  # as open_database says it
        raise StorageError(f"{database}: cannot use the results database: {exc}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip() or "?"
            raise ScanRunning(
                f"another scan (pid {owner}) is running on this database ({database}):"
                " wait for it to finish, or stop it and run --resume"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()  # closing the file lets go of the lock


async def _run_scan(
    config: Config,
    sites: Sequence[Site],
    depth: str | None,
    resume: bool,
    progress: Progress | None,
    clock: Callable[[], datetime],
) -> ScanOutcome:
    progress = progress or NoProgress()
    started = time.monotonic()
    if clock is utc_now and _parse_workers(config.crawler.parse_workers, len(sites)):
        _start_forkserver()  # its imports (~0.5 s) overlap the scan's set-up below
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
        # The rest of a scan is checked as its start was: a sweep resumed at the default
        # depth went on at depth full (its rows then judged two ways, its report against
        # sweeps), and took ten times as long.
        if depth is not None and depth != previous["depth"]:
            raise StorageError(
                f"{config.database_path}: scan {scan_id} is a {previous['depth']!r}-depth"
                f" scan: resume it with --depth {previous['depth']} (or no --depth)"
            )
        depth = str(previous["depth"])
        judged_at = parse_utc(previous["started_at"])
        done = done_urls(db, scan_id)
        todo = [site for site in sites if site.url not in done]
        skipped = len(sites) - len(todo)
    else:
        depth = depth or "full"
        judged_at = clock()
        scan_id = store.start_scan(
            judged_at, depth, len(sites), config.digest, str(config.source or "")
        )
        todo = list(sites)
    await loop.run_in_executor(writer, store.register_sites, sites, clock())
    # The daemon's probes over the week before the scan began (a resumed scan keeps its
    # start's week, so its sites are judged alike): sites failing the availability rule.
    unavailable = await loop.run_in_executor(writer, _unavailable_sites, store, config, judged_at)

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

    async def take(result: SiteResult) -> None:
        nonlocal checked
        finding = unavailable.get(result.site.url)
        if finding is not None:
            _, rules = apply_overrides(config.crawler, config.rules, result.site.overrides)
            result = replace(result, verdict=with_availability(result.verdict, finding, rules))
        batch.append(result)
        checked += 1
        progress.update(result)
        if (
            len(batch) >= config.storage.batch_size
            or time.monotonic() - last_flush >= config.storage.batch_seconds
        ):
            await flush()

    workers = _parse_workers(config.crawler.parse_workers, len(todo))
    progress.start(len(sites), skipped)
    interrupted = False
    try:
        if workers and clock is utc_now:
            await _sweep_in_shards(config, todo, depth, workers, take)
        else:
            await _check_in_one_loop(config, todo, depth, workers, clock, store, writer, take)
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


Take = Callable[[SiteResult], Awaitable[None]]


def _unavailable_sites(store: ResultStore, config: Config, now: datetime) -> dict[str, Finding]:
    """URL -> the availability veto, for sites whose probes fail the 5%/7-day rule."""
    conn = store.db.conn
    start, end = availability_window(now, config.rules.availability_window_days)
    if not has_probes(conn, start):
        return {}
    urls = {site_id: url for url, site_id in store.site_ids().items()}
    findings = {}
    for site_id, (visits, failures) in availability_tallies(conn, start, end).items():
        if failures and site_id in urls:
            finding = availability_finding(visits, failures, config.rules)
            if finding is not None:
                findings[urls[site_id]] = finding
    return findings


def _parse_workers(setting: int, site_count: int) -> int:
    """How many processes parse (or, for the homepage sweep, fetch and parse): -1 is one
    per core, except for small scans, where starting processes costs more than it saves."""
    if setting != -1:
        return setting
    return 0 if site_count < _INLINE_PARSE_BELOW else max(1, os.cpu_count() or 2)


async def _check_in_one_loop(
    config: Config,
    todo: Sequence[Site],
    depth: str,
    workers: int,
    clock: Callable[[], datetime],
    store: ResultStore,
    writer: ThreadPoolExecutor,
    take: Take,
) -> None:
    """Fetch every site on this event loop; pages are parsed by `workers` processes (or
    inline). Deep scans run here: their link checker shares one cache and one per-host
    limit over the whole scan."""
    loop = asyncio.get_running_loop()
    # Sites no earlier scan saw have no history: skip the trip to the writer thread.
    with_history = await loop.run_in_executor(writer, store.sites_with_history)

    async def history(url: str) -> Mapping[str, PageHistory]:
        if url not in with_history:
            return {}
        return await loop.run_in_executor(writer, store.page_history, url)

    parser = Parser(workers, len(todo))
    if parser.workers == 0:  # pages are parsed on this loop
        _warm_up(config, depth)

    async def worker(
        queue: Iterator[Site], fetcher: Fetcher, links: LinkChecker | None, pool: StallPool
    ) -> None:
        async def one(site: Site, on_home: Callable[[], None]) -> None:
            result = await check_site(
                site,
                config,
                fetcher,
                parser,
                clock,
                depth=depth,
                history=history,
                links=links,
                on_home=on_home,
            )
            await take(result)

        for site in queue:
            await pool.run(partial(one, site))

    try:
        async with Fetcher(config.crawler, config.network, keep_alive=depth == "full") as fetcher:
            queue = iter(todo)
            count = min(config.crawler.concurrency, max(1, len(todo)))
            # One link cache for the whole scan: shared assets are checked once.
            links = LinkChecker(fetcher, config.crawler) if depth == "full" else None
            async with _stall_pool(config) as pool:
                await asyncio.gather(*(worker(queue, fetcher, links, pool) for _ in range(count)))
    finally:
        parser.close()


# A small page of what portals show (a dated list in several date forms, a "more" link,
# a clock, a footer), parsed once before a process's first fetch: see _warm_up.
_WARM_UP_PAGE = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>人民政府 Council</title></head><body><div class="nav"><a href="/">首页</a>
<a href="/xxgk/">信息公开</a></div><div class="box"><h2>通知公告</h2><ul>
<li><a href="/art/2026/11/20/art_1_1.html">关于开展安全检查的通知</a><span>2026-11-20</span></li>
<li><a href="/202611/t20261119_2.html">政策解读：惠企政策</a><span>[11-19]</span></li>
<li><a href="/news/3.html">Council meeting</a>
<time datetime="2026-11-18">18 November 2026</time></li>
<li><a href="/news/4.html">Public notice</a> <span>November 17, 2026</span></li>
</ul><a href="/tzgg/">更多&gt;&gt;</a></div><p>今天是2026年11月20日 星期五</p>
<footer>版权所有 © 2026 京ICP备12345678号</footer></body></html>""".encode()


def _warm_up(config: Config, depth: str) -> None:
    """Build what `observe()` builds on its first page (the lexicon, the signatures, the
    date and spam patterns: 0.4 to 1 s of CPU) before this process fetches anything.
    Built on the first page instead, it held the event loop while the first sites'
    requests were in flight, and their response times took it in: the first sites of
    each sweep shard came out ~0.5 s slower than the rest, and the demo (slow_ms 500)
    called nearly every sample site `slow`."""
    try:
        observe(
            _WARM_UP_PAGE,
            "utf-8",
            "http://warm-up.invalid/",
            "text/html",
            date.today(),
            config.lexicon,
            depth == "full",
            False,
            config.signatures,
        )
    except Exception:  # a cache left cold costs time only, never the scan
        log.debug("parser warm-up failed", exc_info=True)


def _stall_pool(config: Config) -> StallPool:
    return StallPool(config.crawler.stall_after, config.crawler.max_stalled)


# Bodies up to this size are parsed on the event loop (the hot path: no hand-off); a
# page of nested blocks this size parses in ~0.1 s.
INLINE_PARSE_BYTES = 128 * 1024


class Parser:
    """Runs `observe()` in worker processes (or inline for small scans).

    A worker that dies (a parser crash on a hostile page) breaks the whole pool; the
    pool is then rebuilt and the page tried once more, so one bad page costs one
    `check_error`, not the rest of the scan.
    """

    def __init__(self, workers: int, site_count: int) -> None:
        workers = _parse_workers(workers, site_count)
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = self._new_pool() if workers else None
        # Inline, a big page is parsed in a thread instead: lexbor lets go of the GIL
        # while it parses, and a hostile page (deeply nested blocks: 25,000 <div>s in
        # 270 KB take it 1.1 s, 50,000 6 s) would otherwise stop this event loop, and
        # every site it is fetching would time out.
        self._big_pages: ThreadPoolExecutor | None = None

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
        resources: bool = True,
        columns: bool = True,
        message_list: bool = True,
        section: bool = False,
    ) -> PageObservations:
        args = (
            body,
            charset,
            url,
            content_type,
            now,
            lexicon,
            lists,
            False,
            signatures,
            resources,
            columns,
            message_list,
            section,
        )
        loop = asyncio.get_running_loop()
        if self._pool is None:
            if len(body) <= INLINE_PARSE_BYTES:
                return observe(*args)
            if self._big_pages is None:
                self._big_pages = ThreadPoolExecutor(1, thread_name_prefix="big-pages")
            return await loop.run_in_executor(self._big_pages, observe, *args)
        for attempt in (1, 2):
            pool = self._pool
            try:
                return await loop.run_in_executor(pool, observe, *args)
            except BrokenProcessPool:
                if attempt == 2:
                    raise RuntimeError(PARSER_CRASHED) from None
                if self._pool is pool:  # the first to notice rebuilds it
                    log.warning("page parser crashed (on %s or a page parsed with it)", url)
                    pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = self._new_pool()
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        if self._big_pages is not None:
            self._big_pages.shutdown(wait=False, cancel_futures=True)
            self._big_pages = None


def _raise_open_file_limit() -> None:
    """Thousands of sockets at once need more than the usual 1,024 descriptors."""
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        wanted = hard if hard != resource.RLIM_INFINITY else 65536
        if soft < wanted:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, 65536), hard))
    except (ValueError, OSError):
        pass


# Scans in shards.
#
# Handing each page (~66 KB) to a parse process cost the event loop about as much CPU as
# fetching it, and kept all the fetching on one core. Instead, each of `workers` shard
# processes runs its own event loop over its share of the sites (homepage, column pages
# and link checks at depth "full"), fetching and parsing inline, and sends back only the
# results (a few KB each), which this process stores. The sites of one host share a
# shard, so per-host limits, robots.txt and Crawl-delay hold as in one loop. A shard that
# dies (a parser crash on a hostile page) loses the sites it held: its replacement checks
# them again one at a time, so the page that kills it again costs one `check_error`, not
# the rest of the scan.

_CHUNK_SITES = 32  # sites handed to a shard at a time
_RESULT_BATCH = 16  # results a shard sends back at a time


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or url).lower()
    except ValueError:
        return url


def _chunks(sites: Sequence[Site], size: int) -> Iterator[list[tuple[int, Site]]]:
    """(index, site) chunks of about `size`. The sites of one host share a chunk, so the
    per-host connection limit still holds with several shards fetching at once."""
    hosts: dict[str, list[tuple[int, Site]]] = {}
    for index, site in enumerate(sites):
        hosts.setdefault(_host(site.url), []).append((index, site))
    chunk: list[tuple[int, Site]] = []
    for group in hosts.values():
        chunk += group
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _start_forkserver() -> None:
    """Start the process that forks the shards, with the scan's modules imported, and
    return at once: the first shard waits for it only if it is not ready yet."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(["crawler.scan"])
    multiprocessing.forkserver.ensure_running()


class _Shard:
    """A shard process as the scan's process sees it: its pipes and the sites it holds."""

    def __init__(self, config: Config, depth: str, concurrency: int) -> None:
        _start_forkserver()
        context = multiprocessing.get_context("forkserver")
        tasks_end, self.tasks = context.Pipe(duplex=False)
        self.results, results_end = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_shard_main,
            args=(config, depth, concurrency, tasks_end, results_end),
            name="scan-shard",
            daemon=True,
        )
        self.process.start()
        # Only the shard holds these ends now, so its death reads as EOF here.
        tasks_end.close()
        results_end.close()
        self.held: dict[int, Site] = {}  # handed out, no result back yet
        self.stalled = 0  # of those, stalled (the shard's last report)

    def give(self, chunk: list[tuple[int, Site]]) -> None:
        self.held.update(chunk)
        # A shard that died since its last results (a parser crash) has closed its end:
        # its death is read, and its sites (these too) checked again, at the next recv.
        with contextlib.suppress(OSError):
            self.tasks.send(chunk)

    async def finish(self) -> None:
        """Tell the shard there is no more work and wait for it to exit."""
        with contextlib.suppress(OSError):
            self.tasks.send(None)
        await asyncio.get_running_loop().run_in_executor(None, self.process.join, 10)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.tasks.close()
        self.results.close()


async def _sweep_in_shards(
    config: Config, todo: Sequence[Site], depth: str, workers: int, take: Take
) -> None:
    """Check `todo` in `workers` shard processes (see above)."""
    loop = asyncio.get_running_loop()
    chunks = _chunks(todo, _CHUNK_SITES)
    concurrency = max(1, -(-config.crawler.concurrency // workers))  # shared out, rounded up
    # Shared out too; none when handing over is off (no extra sites handed out).
    stalled = -(-config.crawler.max_stalled // workers) if config.crawler.stall_after > 0 else 0
    config = replace(config, crawler=replace(config.crawler, max_stalled=stalled))
    if config.crawler.per_address:  # each shard gates its own requests: shared out too
        shard_limit = max(1, config.crawler.per_address // workers)  # never over, but 1 each
        config = replace(config, crawler=replace(config.crawler, per_address=shard_limit))
    readers = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="shard-reader")

    async def drive() -> None:
        shard = _Shard(config, depth, concurrency)
        suspects: list[tuple[int, Site]] = []  # lost in a crash, to check one at a time
        pending: asyncio.Future[Any] | None = None  # a read of results under way
        waiting: list[SiteResult] = []  # results read, not taken yet
        retrying = False
        try:
            while True:
                if suspects:
                    if not shard.held:
                        shard.give([suspects.pop(0)])
                        retrying = True
                else:
                    retrying = False
                    # A shard works on `concurrency` sites with as many again queued, and
                    # its stalled sites wait beside them: as many more are handed out as
                    # it says are stalled. (Not room for `stalled` from the start: the
                    # first shard took 1,200 sites of a 2,000-site scan, and the other,
                    # done with its 800, left a core idle for the last third.)
                    while len(shard.held) < 2 * concurrency + min(shard.stalled, stalled) and (
                        chunk := next(chunks, None)
                    ):
                        shard.give(chunk)
                if not shard.held:
                    break
                try:
                    # Shielded: when the scan is stopped meanwhile, the read goes on and
                    # its results are kept (_drain).
                    pending = loop.run_in_executor(readers, shard.results.recv)
                    message = await asyncio.shield(pending)
                    pending = None
                except (EOFError, OSError):
                    pending = None
                    lost = sorted(shard.held.items())
                    shard.kill()
                    code = shard.process.exitcode
                    if code is None or code >= 0:  # not a crash: an error of ours, in its log
                        raise RuntimeError(f"a scan process failed (exit code {code})") from None
                    if retrying:
                        log.warning("page parser crashed on %s", lost[0][1].url)
                        await take(crashed_check(lost[0][1], config, utc_now))
                    else:
                        log.warning("page parser crashed; %d sites to check again", len(lost))
                        suspects += lost
                    shard = _Shard(config, depth, concurrency)
                    continue
                shard.stalled, finished = message
                for index, result in finished:
                    del shard.held[index]
                    waiting.append(result)
                while waiting:
                    await take(waiting.pop(0))  # (take stores it before its first await)
            await shard.finish()
        except asyncio.CancelledError:
            await _drain(shard, pending, waiting, take)
            raise
        finally:
            shard.kill()

    try:
        await asyncio.gather(*(drive() for _ in range(workers)))
    finally:
        readers.shutdown(wait=False, cancel_futures=True)


_STOP = "stop"  # to a shard: send the results you have and exit, leaving the rest
_DRAIN_SECONDS = 5.0


async def _drain(
    shard: _Shard, pending: asyncio.Future[Any] | None, waiting: list[SiteResult], take: Take
) -> None:
    """The scan is stopping (SIGTERM, Ctrl-C): take the results read and not yet taken,
    and those the shard has finished, so that every finished site is stored; the shard
    then exits, leaving the sites it was still checking to --resume."""
    loop = asyncio.get_running_loop()
    for result in waiting:
        await take(result)
    with contextlib.suppress(OSError):
        shard.tasks.send(_STOP)
    deadline = loop.time() + _DRAIN_SECONDS
    while True:
        if pending is None:
            pending = loop.run_in_executor(None, shard.results.recv)
        try:
            message = await asyncio.wait_for(asyncio.shield(pending), deadline - loop.time())
        except (EOFError, OSError, TimeoutError):
            return  # the shard has sent all it had and exited (or takes too long)
        pending = None
        for index, result in message[1]:
            shard.held.pop(index, None)
            await take(result)


def _shard_main(
    config: Config, depth: str, concurrency: int, tasks: Connection, results: Connection
) -> None:
    """A shard process: check the sites it is given until it is told to stop."""
    # Ctrl-C reaches the whole process group: the scan's process handles it and ends
    # its shards. (SIGTERM kills a shard outright; the scan sees a crash or stops too.)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _tune_gc()
    with (
        asyncio.Runner(loop_factory=event_loop_factory()) as runner,
        contextlib.suppress(asyncio.CancelledError),  # told to stop (_STOP)
    ):
        runner.run(_shard_loop(config, depth, concurrency, tasks, results))


def event_loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's where it is installed: it makes the fetch loop markedly faster."""
    try:
        import uvloop
    except ImportError:
        return None
    factory: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return factory


async def _shard_loop(
    config: Config, depth: str, concurrency: int, tasks: Connection, results: Connection
) -> None:
    loop = asyncio.get_running_loop()
    db = open_database(config.database_path, create=False)
    store = ResultStore(db)
    history_reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history")
    with_history = store.sites_with_history()

    async def history(url: str) -> Mapping[str, PageHistory]:
        if url not in with_history:
            return {}
        return await loop.run_in_executor(history_reader, store.page_history, url)

    parser = Parser(0, 0)  # inline: this process is one of the parsing processes
    queue: asyncio.Queue[tuple[int, Site] | None] = asyncio.Queue()
    done: list[tuple[int, SiteResult]] = []
    # Its stalled sites, as last told to the scan's process (which hands out as many
    # more): it is told again when they change while the queue runs low.
    stalls = StallPool(0, 0)
    reported_stalls = 0
    # Results go out from a thread of their own: sent from the loop, a full pipe (the
    # scan's process busy handing out work) blocked the loop, which then read no more
    # work, while the scan's process blocked handing it out: both waited for ever.
    sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="results")

    def deliver(chunk: list[tuple[int, Site]] | None) -> None:
        if chunk is None:  # no more work, or the scan's process is gone
            for _ in range(concurrency):
                queue.put_nowait(None)
            return
        for item in chunk:
            queue.put_nowait(item)

    def receive() -> None:
        """Work is read in a thread of its own, blocking: read on the loop (add_reader
        makes the pipe non-blocking), a hand-out larger than the pipe's buffer (long
        site names, many overrides) failed half-read and ended the shard."""
        while True:
            try:
                chunk = tasks.recv()
            except (EOFError, OSError):
                chunk = None
            if chunk == _STOP:  # the scan is stopping: what is finished goes out (finally)
                loop.call_soon_threadsafe(stop)
                return
            loop.call_soon_threadsafe(deliver, chunk)
            if chunk is None:
                return

    async def worker(fetcher: Fetcher, links: LinkChecker | None, pool: StallPool) -> None:
        async def one(index: int, site: Site, on_home: Callable[[], None]) -> None:
            result = await check_site(
                site,
                config,
                fetcher,
                parser,
                utc_now,
                depth=depth,
                history=history,
                links=links,
                on_home=on_home,
            )
            done.append((index, result))
            # Send when there is nothing else to start: the scan hands out more work
            # as results come back.
            if len(done) >= _RESULT_BATCH or queue.empty():
                send()

        while (item := await queue.get()) is not None:
            await pool.run(partial(one, *item))
            if len(pool.stalled) != reported_stalls and queue.qsize() <= concurrency // 2:
                send(always=True)  # a site stalled: room for more

    def send(always: bool = False) -> None:
        nonlocal reported_stalls
        if done or always:
            reported_stalls = len(stalls.stalled)
            sender.submit(results.send, (reported_stalls, done[:]))
            done.clear()

    async def send_often() -> None:
        """Results also go out every [storage] batch_seconds: the shard is handed
        hundreds of sites ahead, so its queue is seldom empty, and sites slow to finish
        (a dead address, a full scan's column pages) held finished results here for
        minutes, where a stopped scan (SIGTERM, Ctrl-C) lost them and its progress and
        database lagged behind."""
        while True:
            await asyncio.sleep(max(config.storage.batch_seconds, 0.01))
            send()

    _warm_up(config, depth)
    main = asyncio.current_task()
    assert main is not None
    stop = main.cancel
    threading.Thread(target=receive, name="tasks", daemon=True).start()
    sending = asyncio.create_task(send_often())
    try:
        async with Fetcher(config.crawler, config.network, keep_alive=depth == "full") as fetcher:
            # One link cache per shard: a link shared by sites of several shards is
            # checked once in each (a few times per scan instead of once).
            links = LinkChecker(fetcher, config.crawler) if depth == "full" else None
            async with _stall_pool(config) as stalls:
                await asyncio.gather(*(worker(fetcher, links, stalls) for _ in range(concurrency)))
        sending.cancel()
        send()
    finally:
        sending.cancel()
        send()  # told to stop: the sites finished so far
        sender.shutdown(wait=True)  # every result out before the shard ends
        history_reader.shutdown(wait=False)
        parser.close()
        db.conn.close()


def _tune_gc() -> None:
    """Parsing a page allocates thousands of short-lived objects (node wrappers, lines);
    at the default gen-0 threshold (700) the collector ran several times a page and its
    older generations walked the whole long-lived heap (config, lexicon, sockets): a
    tenth of the sweep's CPU. Freeze what set-up made and collect less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)
