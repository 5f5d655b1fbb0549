"""The background service: scheduled probes, scans, reports and pruning, and alerts.

    probes (every interval, each site at its own slot) -> probe buffer
    tick (every few seconds): buffer -> probestore (up/down states) -> alert outbox
                              outbox -> Apprise (one message per batch, retried)
    scan (cron) -> crawler.scan -> newly hijacked / zombie sites -> alert outbox
    report (cron) -> monitor.build + renderers -> files (+ a summary alert)
    prune (cron) -> per-site rows past keep_days, probe roll-ups

One daemon per database (a lock file beside it). Jobs never overlap themselves
(`max_instances=1`, `coalesce`); a cron run missed while the daemon was down runs
once at start-up if it is within the grace period. SIGTERM/SIGINT stop scheduling,
cancel running jobs (a scan flushes what it has) and exit within seconds.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import sqlite3
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger

from crawler import jobs
from crawler.alerts import Alert, AlertSender, deliver_pending, raise_alerts
from crawler.clock import utc_now
from crawler.config import Config
from crawler.cron import cron_trigger
from crawler.errors import CrawlerError, DaemonRunning
from crawler.fetch import Fetcher
from crawler.history import StatusChange, entered_status, prune
from crawler.maintenance import Maintenance
from crawler.models import Site
from crawler.probes import ProbeResult, run_probe_round
from crawler.probestore import prune_days, record_probes, rollup
from crawler.scan import run_scan
from crawler.storage import Database, ResultStore, open_database, parse_utc, unfinished_scan
from crawler.transactions import transaction

log = logging.getLogger("crawler.daemon")
T = TypeVar("T")

STOP_TIMEOUT = 8.0  # seconds for running jobs to flush after a stop (SIGTERM: exit < 10 s)
# A report waits for a scan started this recently (the two due together: equal cron
# times, `--run-now scan,report`); one running longer is reported as unfinished.
SCAN_WITH_REPORT_SECONDS = 60.0
# An edited config or site list is read again once it has not changed for this long
# (an editor or a copy still writing it is not caught half-way).
SETTLE_SECONDS = 2.0

Loader = Callable[[], tuple[Config, Sequence[Site]]]


class DatabaseLock:
    """An exclusive lock on `<database>.lock`, holding the owner's pid."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._handle: Any = None

    def __enter__(self) -> DatabaseLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip() or "?"
            handle.close()
            raise DaemonRunning(
                f"another daemon (pid {owner}) is running on this database ({self.path})"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


def lock_holder(database: Path) -> int | None:
    """The pid of the daemon running on `database`, or None."""
    path = database.with_name(database.name + ".lock")
    if not path.exists():
        return None
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            text = handle.read().strip()
            return int(text) if text.isdigit() else -1
        fcntl.flock(handle, fcntl.LOCK_UN)
    return None


class Daemon:
    """Runs until `stop()`. `probe_interval` and `tick` (seconds) override the config
    for tests; in service they come from `[daemon]` and `[alerts]`."""

    def __init__(
        self,
        config: Config,
        sites: Sequence[Site],
        *,
        clock: Callable[[], datetime] = utc_now,
        probe_interval: float | None = None,
        tick: float | None = None,
        run_now: Sequence[str] = (),
        loader: Loader | None = None,
        watched: Sequence[Path] = (),
    ) -> None:
        """`loader` reads the config and site list again (SIGHUP, and when a file of
        `watched` changes: checked before every probe round and scan)."""
        self.config = config
        self.sites = tuple(sites)
        self.clock = clock
        self.zone = config.daemon_zone
        self._probe_interval_override = probe_interval
        self.probe_interval = probe_interval or config.daemon.probe_interval_minutes * 60.0
        self.tick_seconds = tick or min(max(config.alerts.batch_seconds / 3, 1.0), 10.0)
        self.maintenance = Maintenance(config.maintenance, self.zone)
        self.sender = AlertSender(config.alerts.urls)
        self._sites_by_url = {site.url: site for site in self.sites}
        self._probe_buffer: list[ProbeResult] = []
        self._site_ids: dict[str, int] = {}
        self._stopping = asyncio.Event()
        self._running: set[asyncio.Task[Any]] = set()
        self._probes_in_flight: set[asyncio.Task[None]] = set()
        self._bookkeeping: set[asyncio.Task[None]] = set()
        self._scan_started = 0.0  # time.monotonic() of the latest scan job's start
        self._fetcher: Fetcher | None = None
        self._db_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="daemon-db")
        self._database: Database | None = None  # used on the db thread only
        self._conn: sqlite3.Connection | None = None
        self.scheduler: AsyncIOScheduler | None = None
        unknown = set(run_now) - set(JOBS)
        if unknown:
            raise ValueError(f"unknown job(s) {', '.join(sorted(unknown))}: expected {JOBS}")
        self.run_now = frozenset(run_now)
        self._loader = loader
        self._watched = tuple(watched)
        self._stamps = _stamps(self._watched)

    # --- lifecycle -----------------------------------------------------------

    async def run(self) -> None:
        with DatabaseLock(self.config.database_path):
            # One client for every probe round: probes still in flight when a round
            # ends finish on it, so the next round starts on time.
            async with Fetcher(self.config.crawler, self.config.network) as fetcher:
                self._fetcher = fetcher
                await self._serve()

    async def _serve(self) -> None:
        await self._open()
        scheduler = self.scheduler = self._schedule()
        scheduler.start()
        await self._catch_up(scheduler)
        log.info(
            "daemon started: %d sites, probes every %s s, next runs %s",
            len(self.sites),
            f"{self.probe_interval:g}",
            ", ".join(
                f"{j.id} {j.next_run_time:%Y-%m-%d %H:%M}"
                for j in scheduler.get_jobs()
                if j.next_run_time is not None
            ),
        )
        await self._save_next_runs()
        try:
            await self._stopping.wait()
        finally:
            await self._shutdown(scheduler)

    def stop(self) -> None:
        self._stopping.set()

    async def reread(self) -> bool:
        """Read the config and site list again (SIGHUP); a broken edit is logged and the
        running configuration kept. Whether the new one was taken."""
        if self._loader is None:
            return False
        self._stamps = _stamps(self._watched)
        try:
            config, sites = self._loader()
            await self.reload(config, sites)
        except (CrawlerError, ValueError) as exc:  # ValueError: an unusable alert URL
            log.error("reload refused, keeping the running configuration: %s", exc)
            return False
        return True

    async def _reread_if_changed(self) -> None:
        """An edited site list (or config) is taken by the next probe round or scan,
        without a SIGHUP; a file still being written waits for the next one."""
        stamps = _stamps(self._watched)
        if stamps == self._stamps:
            return
        newest = max((stamp[0] for stamp in stamps if stamp is not None), default=0)
        if time.time_ns() - newest < SETTLE_SECONDS * 1e9:
            return
        log.info("the config or site list changed: reading it again")
        await self.reread()

    async def reload(self, config: Config, sites: Sequence[Site]) -> None:
        """SIGHUP: new settings, sites and schedules. A running job finishes with what it
        started with; the database stays the one the daemon locked."""
        if config.network != self.config.network or config.crawler != self.config.crawler:
            log.warning("reload: [network] and [crawler] changes reach probes after a restart")
        if config.database_path != self.config.database_path:
            log.warning(
                "reload: a new [storage] path needs a restart; keeping %s",
                self.config.database_path,
            )
            config = replace(
                config, storage=replace(config.storage, path=str(self.config.database_path))
            )
        sender = AlertSender(config.alerts.urls)  # may refuse a URL: before any change
        schedules = {job: _schedule_of(trigger) for job, trigger in self._triggers().items()}
        self.config = config
        self.sites = tuple(sites)
        self._sites_by_url = {site.url: site for site in self.sites}
        self.zone = config.daemon_zone
        self.probe_interval = (
            self._probe_interval_override or config.daemon.probe_interval_minutes * 60.0
        )
        self.maintenance = Maintenance(config.maintenance, self.zone)
        self.sender = sender

        self._site_ids = await self._db(self._register)
        if self.scheduler is not None:
            triggers = self._triggers()
            for job in self.scheduler.get_jobs():
                if job.id not in triggers:
                    job.remove()  # its cron expression was emptied
            for job_id, trigger in triggers.items():
                if job_id == "tick":
                    continue
                if self.scheduler.get_job(job_id) is None:
                    self._add_job(self.scheduler, job_id, trigger)
                elif schedules.get(job_id) != _schedule_of(trigger):
                    # Only a changed schedule: a catch-up run due now stays due.
                    self.scheduler.reschedule_job(job_id, trigger=trigger)
            await self._save_next_runs()
        log.info("configuration reloaded: %d sites", len(self.sites))

    async def _open(self) -> None:
        path = self.config.database_path

        def work() -> dict[str, int]:
            self._database = open_database(path)
            self._conn = self._database.conn
            return self._register()

        self._site_ids = await self._db(work)

    def _register(self) -> dict[str, int]:
        """The site list into the database (db thread): ids of all known sites. A site
        taken off the list loses its up/down state (`status` counts listed sites only;
        back on the list, it starts unknown); its probe history stays."""
        assert self._database is not None
        store = ResultStore(self._database)
        store.register_sites(self.sites, self.clock())
        known = store.site_ids()
        listed = [known[site.url] for site in self.sites]
        with transaction(self._database.conn):
            self._database.conn.execute("CREATE TEMP TABLE IF NOT EXISTS listed (id INTEGER)")
            self._database.conn.execute("DELETE FROM temp.listed")
            self._database.conn.executemany(
                "INSERT INTO temp.listed VALUES (?)", [(i,) for i in listed]
            )
            self._database.conn.execute(
                "DELETE FROM probe_states WHERE site_id NOT IN (SELECT id FROM temp.listed)"
            )
        return known

    async def _shutdown(self, scheduler: AsyncIOScheduler) -> None:
        scheduler.shutdown(wait=False)
        for task in [*self._running, *self._probes_in_flight]:
            task.cancel()
        if self._probes_in_flight:
            await asyncio.wait(list(self._probes_in_flight), timeout=2.0)
        if self._running:
            _, pending = await asyncio.wait(list(self._running), timeout=STOP_TIMEOUT)
            for task in pending:
                log.warning("job %s did not stop in time", task.get_name())
        if self._bookkeeping:  # the cancelled jobs' records (in order on the db thread)
            await asyncio.wait(list(self._bookkeeping), timeout=2.0)
        try:
            await asyncio.wait_for(self._tick(deliver=False), timeout=2.0)
        except (TimeoutError, Exception) as exc:  # a last flush must not block the exit
            log.warning("final flush failed: %s", exc)
        try:
            await self._db(jobs.record_next_runs, self._db_conn(), {j: None for j in JOBS})
        except sqlite3.Error as exc:
            log.warning("could not record the stop: %s", exc)
        conn = self._db_conn()
        await self._db(conn.close)
        self._db_thread.shutdown(wait=True)
        log.info("daemon stopped")

    # --- scheduling ------------------------------------------------------------

    def _triggers(self) -> dict[str, BaseTrigger]:
        daemon = self.config.daemon
        triggers: dict[str, BaseTrigger] = {
            "probes": IntervalTrigger(seconds=self.probe_interval, timezone=self.zone),
            "tick": IntervalTrigger(seconds=self.tick_seconds, timezone=self.zone),
            "rollup": cron_trigger("7 * * * *", self.zone),
        }
        for job, expression in (
            ("scan", daemon.scan_cron),
            ("report", daemon.report_cron),
            ("prune", daemon.prune_cron),
        ):
            if expression:
                triggers[job] = cron_trigger(expression, self.zone)
        return triggers

    def _schedule(self) -> AsyncIOScheduler:
        grace = self.config.daemon.misfire_grace_minutes * 60
        scheduler = AsyncIOScheduler(
            timezone=self.zone,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": grace},
        )
        now = datetime.now(self.zone)
        triggers = self._triggers()
        for job in sorted(self.run_now - set(triggers)):
            # `--run-now report` with report_cron = "": the job is off, and stays so.
            log.warning("--run-now %s: the job is turned off (its cron is empty); not run", job)
        for job, trigger in triggers.items():
            # Probes start at once: each site waits for its own slot, so nothing bursts.
            first = now if job in {"probes", "tick", *self.run_now} else None
            self._add_job(scheduler, job, trigger, first)
        return scheduler

    def _add_job(
        self,
        scheduler: AsyncIOScheduler,
        job: str,
        trigger: BaseTrigger,
        first: datetime | None = None,
    ) -> None:
        actions: dict[str, Callable[[], Awaitable[str]]] = {
            "probes": self.job_probes,
            "tick": self.job_tick,
            "rollup": self.job_rollup,
            "scan": self.job_scan,
            "report": self.job_report,
            "prune": self.job_prune,
        }
        scheduler.add_job(
            self._wrapped(job, actions[job], quiet=job == "tick"),
            trigger,
            id=job,
            name=job,
            **({"next_run_time": first} if first is not None else {}),
        )

    async def _catch_up(self, scheduler: AsyncIOScheduler) -> None:
        """Run once, now, a cron job whose run fell in the downtime (within the grace),
        and resume a scan of ours that a stop or crash interrupted."""
        grace = timedelta(minutes=self.config.daemon.misfire_grace_minutes)
        now = self.clock()
        for job in ("scan", "report", "prune"):
            scheduled = scheduler.get_job(job)
            if scheduled is None:
                continue
            try:
                last = await self._db(jobs.last_start, self._db_conn(), job)
                interrupted = (
                    await self._db(self._interrupted_scan, last) if job == "scan" else None
                )
            except sqlite3.Error as exc:  # a locked database: tomorrow's run is on time
                log.warning("could not check job %s for a missed run: %s", job, exc)
                continue
            missed = jobs.missed_run(scheduled.trigger, last, now, grace)
            if interrupted is not None and jobs.resumable(scheduled.trigger, interrupted, now):
                log.info("scan %s was interrupted: resuming it now", interrupted[0])
                scheduled.modify(next_run_time=datetime.now(self.zone))
            elif missed is not None:
                log.info("job %s missed its run at %s while down: running it now", job, missed)
                scheduled.modify(next_run_time=datetime.now(self.zone))

    def _interrupted_scan(self, last: datetime | None) -> tuple[int, datetime] | None:
        """(id, start) of the unfinished scan our scan job last started or resumed (at
        `last`), if any; not a `crawler scan` begun since, which its operator resumes."""
        assert self._database is not None
        unfinished = unfinished_scan(self._database)
        depth = self.config.daemon.scan_depth
        if last is None or unfinished is None or unfinished["depth"] != depth:
            return None
        started = parse_utc(unfinished["started_at"])
        if started > last + timedelta(minutes=1):
            return None
        return int(unfinished["id"]), started

    def _wrapped(
        self, job: str, action: Callable[[], Awaitable[str]], *, quiet: bool = False
    ) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            task = asyncio.current_task()
            assert task is not None
            task.set_name(job)
            self._running.add(task)
            started = time.monotonic()
            outcome, detail = "ok", ""
            try:
                if not quiet:
                    log.info("job %s started", job, extra={"job": job, "event": "start"})
                    self._background(self._record_start(job))
                detail = await action()
            except asyncio.CancelledError:
                # Shutdown: the job stops here (a scan has flushed what it had).
                outcome = "cancelled"
            except CrawlerError as exc:  # a known failure: its message says it all
                outcome = f"failed: {exc}"
            except sqlite3.OperationalError as exc:
                # "database is locked" (another process kept writing past the busy
                # timeout), "database or disk is full": the next run tries again.
                outcome = f"failed: database: {exc}"
            except Exception as exc:  # one failing run is data, never the daemon's end
                outcome = f"failed: {exc}"
                log.exception("job %s failed", job)
            finally:
                self._running.discard(task)
                seconds = time.monotonic() - started
                if not quiet or outcome != "ok":
                    log.info(
                        "job %s %s in %.1f s%s",
                        job,
                        outcome,
                        seconds,
                        f": {detail}" if detail else "",
                        extra={
                            "job": job,
                            "event": "end",
                            "outcome": outcome,
                            "seconds": round(seconds, 3),
                        },
                    )
                    self._background(self._record_end(job, outcome, detail))

        return run

    def _background(self, bookkeeping: Coroutine[Any, Any, None]) -> None:
        """Job records for `status`, written in the background: a job (a probe round
        above all) never waits for them behind a busy or locked database."""
        task = asyncio.create_task(bookkeeping)
        self._bookkeeping.add(task)
        task.add_done_callback(self._bookkeeping.discard)

    async def _record_start(self, job: str) -> None:
        try:
            await self._db(jobs.record_start, self._db_conn(), job, self.clock())
        except sqlite3.Error as exc:  # bookkeeping for `status`: the job runs all the same
            log.warning("could not record the start of job %s: %s", job, exc)

    async def _record_end(self, job: str, outcome: str, detail: str) -> None:
        try:
            await self._db(jobs.record_end, self._db_conn(), job, self.clock(), outcome, detail)
        except sqlite3.Error as exc:  # bookkeeping for `status`: never a job's end
            log.warning("could not record the end of job %s: %s", job, exc)
        await self._save_next_runs()

    async def _save_next_runs(self) -> None:
        if self.scheduler is None:
            return
        runs = {job.id: job.next_run_time for job in self.scheduler.get_jobs() if job.id != "tick"}
        try:
            await self._db(jobs.record_next_runs, self._db_conn(), runs)
        except sqlite3.Error as exc:
            log.warning("could not record the next runs: %s", exc)

    # --- jobs ------------------------------------------------------------------

    async def job_probes(self) -> str:
        await self._reread_if_changed()
        # Spread over 90% of the interval: the round (and its slowest probe) ends before
        # the next one is due, so no round is skipped for overlapping.
        count = await run_probe_round(
            self.sites,
            self.config,
            interval=self.probe_interval * 0.9,
            on_result=self._take_probe,
            now=self.clock,
            fetcher=self._fetcher,
            detach=self._probes_in_flight,
        )
        return f"{count} probes started"

    def _take_probe(self, result: ProbeResult) -> None:
        self._probe_buffer.append(result)  # the current buffer: `_tick` swaps it out

    async def job_tick(self) -> str:
        await self._tick(deliver=True)
        return ""

    async def _tick(self, *, deliver: bool) -> None:
        """Probe results -> up/down states -> alerts; then deliver what is pending."""
        results, self._probe_buffer = self._probe_buffer, []
        # A probe in flight when its site left the list: the site is no longer watched.
        results = [r for r in results if r.url in self._sites_by_url]
        if results:
            excluded = {
                r.url
                for r in results
                if r.url in self._sites_by_url
                and self.maintenance.covers(self._sites_by_url[r.url], r.probed_at) is not None
            }
            try:
                transitions = await self._db(
                    record_probes,
                    self._db_conn(),
                    results,
                    self._site_ids,
                    excluded=excluded,
                    fail_threshold=self.config.daemon.fail_threshold,
                    success_threshold=self.config.daemon.success_threshold,
                )
            except Exception:
                # A busy database (a long prune from another process): keep the results
                # for the next tick rather than lose them.
                self._probe_buffer[:0] = results
                raise
            alerts = []
            for url, change in transitions:
                if change.new == "down":
                    event = "down"
                elif change.old == "down" and change.new == "up":
                    event = "up"
                else:
                    continue  # unknown -> up: a site first seen working is no news
                alerts.append(self._alert(event, url, change.at, change.detail))
            await self._raise(alerts)
        if deliver and self.config.alerts.urls:
            await deliver_pending(
                self._db_conn(),
                self.sender,
                self.config.alerts,
                self.clock(),
                lang=self.config.alerts.lang or self.config.report.lang,
                run=self._db,
            )

    async def job_scan(self) -> str:
        self._scan_started = time.monotonic()
        await self._reread_if_changed()
        depth = self.config.daemon.scan_depth

        def interrupted() -> bool:
            assert self._database is not None
            unfinished = unfinished_scan(self._database)
            return unfinished is not None and unfinished["depth"] == depth

        resume = await self._db(interrupted)
        outcome = await run_scan(
            self.config, self.sites, depth=depth, resume=resume, clock=self.clock
        )
        changes = await self._db(
            entered_status, self._db_conn(), outcome.scan_id, ("hijacked", "zombie")
        )
        await self._raise(
            [
                self._alert(c.status, c.url, parse_utc(c.checked_at), self._change_words(c))
                for c in changes
            ]
        )
        counts = ", ".join(f"{n} {status}" for status, n in outcome.counts.items() if n)
        verb = "resumed" if outcome.resumed else "ran"
        return f"scan {outcome.scan_id} {verb}: {outcome.checked} sites checked ({counts})"

    async def job_report(self) -> str:
        from monitor.build import build_report
        from monitor.cli import render, report_file_name, write_report

        await self._after_due_scan()

        config = self.config

        def work() -> tuple[Any, list[Path]]:
            report = build_report(
                self._db_conn(), settings=config.report, rules=config.rules, now=self.clock()
            )
            paths = []
            for fmt in config.daemon.report_formats:
                text = render(report, fmt, config, config.report.lang)
                name = report_file_name(report, fmt, config)
                paths.append(write_report(text, config.report_dir, name, fmt))
            return report, paths

        report, paths = await self._db(work)
        headline = report.headline
        rate = "–" if headline.pass_rate is None else f"{headline.pass_rate * 100:.1f}%"
        running = report.unfinished
        summary = (
            f"scan {report.scan.id}: {headline.checked} sites, pass rate {rate}; "
            f"{len(report.newly_failed)} newly failed, {len(report.recovered)} recovered; "
            + ", ".join(f"{n} {s}" for s, n in headline.counts.items() if n and s != "healthy")
            + (
                f". Scan {running.id} has not finished ({running.done} of {running.total}"
                " sites checked)"
                if running is not None
                else ""
            )
            + f". Report: {paths[0] if paths else '-'}"
        )
        if config.alerts.send_report:
            await self._raise([Alert("report", None, report.scan.started_at, summary)])
        return summary

    async def _after_due_scan(self) -> None:
        """A report started with a scan (`--run-now scan,report`, equal cron times)
        waits for it and reports it. A scan that has been running for longer (the
        nightly scan not done by morning) is not waited for: the report goes out on
        time, of the newest finished scan, and says this one has not finished.

        (The scheduler creates the tasks of jobs due together before any runs; a job's
        task joins `_running` at its first step, so one yield lets a scan due with
        this report get there.)"""
        await asyncio.sleep(0)
        scans = [task for task in self._running if task.get_name() == "scan"]
        if scans and time.monotonic() - self._scan_started < SCAN_WITH_REPORT_SECONDS:
            await asyncio.wait(scans)

    async def job_prune(self) -> str:
        keep_days = self.config.storage.keep_days
        window = self.config.rules.availability_window_days

        def work() -> str:
            conn = self._db_conn()
            result = prune(conn, keep_days, self.clock())
            raw, hours = rollup(
                conn,
                self.clock(),
                raw_hours=self.config.daemon.raw_probe_hours,
                hour_days=window + 1,
            )
            days = prune_days(conn, self.clock(), keep_days)
            return (
                f"{result.checks} site rows of {result.scans} scans pruned;"
                f" {raw} probes and {hours} hourly rows rolled up; {days} daily rows dropped"
            )

        return await self._db(work)

    async def job_rollup(self) -> str:
        window = self.config.rules.availability_window_days
        raw, hours = await self._db(
            rollup,
            self._db_conn(),
            self.clock(),
            raw_hours=self.config.daemon.raw_probe_hours,
            hour_days=window + 1,
        )
        return f"{raw} probes and {hours} hourly rows rolled up"

    # --- helpers -----------------------------------------------------------------

    def _change_words(self, change: StatusChange) -> str:
        """An alert's evidence for a scan's status change, in the alerts' language."""
        lang = self.config.alerts.lang or self.config.report.lang
        if lang == "en":
            return f"was {change.previous}, now {change.status}: {change.evidence}"
        from monitor.explain import explain  # the report's wording of findings
        from monitor.labels import labels_for
        from monitor.model import Reason

        labels = labels_for(lang)
        reasons = [
            explain(Reason(code, detail, count, veto, _json_object(data)), lang)
            for code, detail, count, veto, data in change.findings
        ]
        return f"{labels.status(change.previous)} → {labels.status(change.status)}：" + "；".join(
            reasons
        )

    def _alert(self, event: str, url: str, since: datetime, detail: str) -> Alert:
        site = self._sites_by_url.get(url)
        covered = site is not None and self.maintenance.covers(site, since) is not None
        return Alert(event, url, since, detail, suppressed=covered)

    async def _raise(self, alerts: Sequence[Alert]) -> None:
        wanted = [a for a in alerts if a.event == "report" or a.event in self.config.alerts.events]
        if wanted:
            await self._db(raise_alerts, self._db_conn(), wanted, self._site_ids, self.clock())

    def _db_conn(self) -> sqlite3.Connection:
        assert self._conn is not None, "database not open"
        return self._conn

    async def _db(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Database work on the daemon's own thread, off the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._db_thread, lambda: function(*args, **kwargs))


JOBS = ("probes", "rollup", "scan", "report", "prune")


def _stamps(paths: Sequence[Path]) -> tuple[tuple[int, int] | None, ...]:
    """(mtime_ns, size) of each file, None for a missing one."""
    stamps: list[tuple[int, int] | None] = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            stamps.append(None)
            continue
        stamps.append((info.st_mtime_ns, info.st_size))
    return tuple(stamps)


def _schedule_of(trigger: BaseTrigger) -> str:
    return f"{trigger} {getattr(trigger, 'timezone', '')}"


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
