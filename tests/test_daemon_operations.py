"""The daemon as an operator runs it for weeks: clock changes, growth, a failing alert
channel, a locked database, restarts mid-scan, a site list edited while it runs.

Time passing is tested two ways: the decisions as pure functions of a given `now`
(cron triggers, roll-ups, the alert outbox), and short real runs of the daemon against
the farm and a webhook receiver on 127.0.0.1 with sub-second intervals."""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from crawler import daemon as daemon_module
from crawler import jobs
from crawler.alerts import Alert, AlertSender, DeliveryResult, deliver_pending, raise_alerts
from crawler.availability import judge_availability
from crawler.clock import utc_now
from crawler.config import AlertSettings, Config, MaintenanceWindow, config_from_mapping
from crawler.cron import cron_trigger
from crawler.daemon import Daemon
from crawler.errors import SiteListError
from crawler.maintenance import Maintenance
from crawler.models import Site
from crawler.probes import ProbeResult
from crawler.probestore import availability_tallies, prune_days, record_probes, rollup
from crawler.scan import run_scan
from crawler.sites import load_sites
from crawler.storage import ResultStore, open_database
from crawler.updown import advance
from tests.farm import Farm
from tests.test_daemon import Switch, daemon_config, rows, wait_for
from tests.webhook import Receiver

BERLIN = ZoneInfo("Europe/Berlin")


def fires(expression: str, zone: ZoneInfo, start: datetime, count: int) -> list[datetime]:
    """The trigger's next `count` fire times from `start`, as the scheduler walks them."""
    trigger = cron_trigger(expression, zone)
    out: list[datetime] = []
    previous, now = None, start
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, now)
        assert fire is not None
        out.append(fire.astimezone(UTC))
        previous = now = fire
    return out


# --- clock changes -------------------------------------------------------------------


def test_a_nightly_job_runs_once_when_the_clocks_go_back() -> None:
    # 2026-10-25 in Berlin: 03:00 CEST becomes 02:00 CET, so 02:30 comes twice.
    nights = fires("30 2 * * *", BERLIN, datetime(2026, 10, 24, 12, tzinfo=BERLIN), 3)
    assert nights == [
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),  # 02:30 CEST, the first pass
        datetime(2026, 10, 26, 1, 30, tzinfo=UTC),  # the next night, 02:30 CET
        datetime(2026, 10, 27, 1, 30, tzinfo=UTC),
    ]
    # A weekly maintenance-like job and two fixed hours in the repeated one.
    sunday = fires("0 2 * * 0", BERLIN, datetime(2026, 10, 24, 12, tzinfo=BERLIN), 2)
    assert sunday == [datetime(2026, 10, 25, 0, tzinfo=UTC), datetime(2026, 11, 1, 1, tzinfo=UTC)]
    two = fires("0,45 2,3 * * *", BERLIN, datetime(2026, 10, 24, 12, tzinfo=BERLIN), 4)
    assert [f.strftime("%H:%M") for f in two] == ["00:00", "00:45", "02:00", "02:45"]


def test_hourly_jobs_run_every_hour_across_both_clock_changes() -> None:
    back = fires("7 * * * *", BERLIN, datetime(2026, 10, 24, 23, tzinfo=UTC), 5)
    forward = fires("7 * * * *", BERLIN, datetime(2026, 3, 28, 23, tzinfo=UTC), 5)
    for hours in (back, forward):
        assert [b - a for a, b in itertools.pairwise(hours)] == [timedelta(hours=1)] * 4


def test_a_time_that_does_not_exist_runs_once_an_hour_later() -> None:
    # 2026-03-29 in Berlin: 02:00 CET becomes 03:00 CEST; 02:30 does not exist that day.
    nights = fires("30 2 * * *", BERLIN, datetime(2026, 3, 28, 12, tzinfo=BERLIN), 2)
    assert nights == [
        datetime(2026, 3, 29, 1, 30, tzinfo=UTC),  # 03:30 CEST
        datetime(2026, 3, 30, 0, 30, tzinfo=UTC),  # 02:30 CEST
    ]
    # The default 01:00 scan is an hour of UTC earlier in summer, at 01:00 local both.
    scans = fires("0 1 * * *", BERLIN, datetime(2026, 3, 28, 12, tzinfo=BERLIN), 2)
    assert [s.astimezone(BERLIN).hour for s in scans] == [1, 1]


def test_the_machine_zone_keeps_its_daylight_saving_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With no [daemon]/[report] timezone the machine's zone is used: it must be the
    # zone, not today's offset, or a winter start runs the 01:00 scan at 02:00 in summer.
    monkeypatch.setenv("TZ", "Europe/Berlin")
    zone = config_from_mapping({}, Path("daemon.toml")).daemon_zone
    winter, summer = datetime(2026, 1, 15, 12), datetime(2026, 7, 15, 12)
    assert winter.replace(tzinfo=zone).utcoffset() == timedelta(hours=1)
    assert summer.replace(tzinfo=zone).utcoffset() == timedelta(hours=2)
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # no DST: 08:00 all year
    shanghai = config_from_mapping({}, Path("daemon.toml")).daemon_zone
    assert summer.replace(tzinfo=shanghai).utcoffset() == timedelta(hours=8)


# --- the alert channel down for hours -------------------------------------------------

NOW = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)
SITES = [Site(f"https://s{n}.example.gov/", f"Bureau {n}", "示例市") for n in range(4)]


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[tuple[sqlite3.Connection, dict[str, int]]]:
    db = open_database(tmp_path / "outbox.db")
    store = ResultStore(db)
    store.register_sites(SITES, NOW - timedelta(days=1))
    try:
        yield db.conn, store.site_ids()
    finally:
        db.conn.close()


async def test_alerts_raised_while_the_channel_is_down_go_as_one_message_when_it_is_back(
    receiver: tuple[Receiver, str], outbox: tuple[sqlite3.Connection, dict[str, int]]
) -> None:
    hook, url = receiver
    conn, site_ids = outbox
    config = AlertSettings(urls=(url,), batch_seconds=30, retry_seconds=300, give_up_hours=24)
    sender = AlertSender(config.urls)
    hook.status = 500  # the channel is down

    def change(event: str, index: int, minutes: int) -> None:
        since = NOW + timedelta(minutes=minutes)
        raise_alerts(conn, [Alert(event, SITES[index].url, since, "probes")], site_ids, since)

    change("down", 0, 0)
    # The daemon delivers every tick; changes keep coming while the channel is down.
    for second in range(0, 40 * 60, 20):
        moment = NOW + timedelta(seconds=second)
        if second == 2 * 60:
            change("down", 1, 2)
        if second == 9 * 60:
            change("down", 2, 9)
        if second == 13 * 60:
            change("up", 0, 13)
        if second == 30 * 60:
            hook.status = 200  # back after half an hour
        await deliver_pending(conn, sender, config, moment)
    # The first batch at 0:40, then one retry every 5 minutes with every alert raised
    # so far; not an attempt (and, once back, a message) per change. The last goes.
    assert len(hook.posts) == 7, [p["title"] for p in hook.posts]
    delivered = hook.posts[-1]
    assert delivered["title"] == "[site-health] 3 sites down, 1 back up"
    assert all(site.url in delivered["message"] for site in SITES[:3])
    (unsent,) = conn.execute("SELECT COUNT(*) FROM alerts WHERE sent_at IS NULL").fetchone()
    assert unsent == 0

    # A day-long outage: what waited longer than give_up_hours is given up, the rest goes.
    hook.status = 500
    change("down", 3, 24 * 60)
    for hours in (24.01, 30, 47):
        await deliver_pending(conn, sender, config, NOW + timedelta(hours=hours))
    change("zombie", 1, 47 * 60)
    hook.status = 200
    result = await deliver_pending(conn, sender, config, NOW + timedelta(hours=48.5))
    assert result == DeliveryResult(1, 0, 1)
    assert hook.posts[-1]["title"] == "[site-health] 1 site gone zombie"
    given_up = "SELECT gave_up FROM alerts WHERE event = 'down' AND site_id = ?"
    assert conn.execute(given_up, (site_ids[SITES[3].url],)).fetchone() == (1,)


# --- a database locked by another process ----------------------------------------------

HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


async def test_a_database_locked_by_another_process_neither_stalls_nor_stops_the_daemon(
    farm: tuple[Farm, int],
    make_config: Callable[..., Config],
    receiver: tuple[Receiver, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    server, port = farm
    hook, hook_url = receiver
    watched, flaky = Switch(), Switch()
    server.sites["watched"], server.sites["flaky"] = watched.handler, flaky.handler
    config = daemon_config(make_config, port, hook_url)
    sites = [Site(server.url("watched"), "Watched"), Site(server.url("flaky"), "Flaky")]
    daemon = Daemon(config, sites, probe_interval=0.1, tick=0.05)
    task = asyncio.create_task(daemon.run())
    try:
        await wait_for(lambda: len(watched.hits) >= 3)
        # Scaled down: SQLite gives up after 50 ms instead of 10 s, and another process
        # (a long `sqlite3` session, a backup) holds the write lock for a second.
        await daemon._db(daemon._db_conn().execute, "PRAGMA busy_timeout = 50")
        holder = await asyncio.create_subprocess_exec(
            sys.executable, "-c", HOLD_LOCK, str(config.database_path), "1.0",
            stdout=subprocess.PIPE,
        )
        assert holder.stdout is not None
        with caplog.at_level(logging.INFO, logger="crawler.daemon"):
            assert await holder.stdout.readline() == b"locked\n"
            locked_at = time.monotonic()
            flaky.down = True  # goes down while nothing can be written
            await asyncio.wait_for(holder.wait(), 10)
            released = time.monotonic()
            # The event loop never waited on SQLite: probes kept their 0.1 s pace.
            during = [t for t in watched.hits if locked_at - 0.1 <= t <= released]
            gaps = [b - a for a, b in itertools.pairwise(during)]
            assert len(during) >= 5 and max(gaps) < 0.5, gaps
            # The probes taken meanwhile were kept, stored once it was free, and alerted.
            await wait_for(lambda: any("Flaky" in post["message"] for post in hook.posts))
            assert not task.done()
    finally:
        daemon.stop()
        await asyncio.wait_for(task, 10)
    # Logged as one line each (a failed tick, a job record not written), no tracebacks.
    locked = [r for r in caplog.records if "database is locked" in r.getMessage()]
    assert any(r.getMessage().startswith("job tick failed: database:") for r in locked)
    assert not any(r.exc_info for r in caplog.records)
    counted = rows(config.database_path, "SELECT COUNT(*) FROM probes JOIN sites ON sites.id ="
                   " site_id WHERE sites.url = ? AND ok = 0", server.url("flaky"))[0][0]
    assert counted >= 5  # every failed probe of the lock's second is stored


# --- a long nightly scan: the next scan and the morning report --------------------------


async def test_a_scan_still_running_is_not_started_twice_and_the_report_says_unfinished(
    farm: tuple[Farm, int],
    make_config: Callable[..., Config],
    receiver: tuple[Receiver, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server, port = farm
    hook, hook_url = receiver
    monkeypatch.setattr(daemon_module, "SCAN_WITH_REPORT_SECONDS", 0.2, raising=False)
    slow = [f"slow{i}" for i in range(16)]
    for name in slow:
        server.sites[name] = server.slow  # 0.25 s each, 2 at a time: a 2 s scan
    config = daemon_config(
        make_config,
        port,
        hook_url,
        crawler={"concurrency": 2, "max_column_pages": 0},
        daemon={"scan_cron": "0 1 * * *", "report_cron": "0 7 * * *", "report_formats": ["txt"]},
        report={"out_dir": str(tmp_path / "reports")},
    )
    # Yesterday's scan finished; tonight's is long.
    await run_scan(config, [Site(server.url("ok"), "Quick")], depth="full")
    sites = [Site(server.url(name), name) for name in slow]
    daemon = Daemon(config, sites, probe_interval=60, tick=0.05, run_now=["scan"])
    task = asyncio.create_task(daemon.run())
    unfinished = "SELECT COUNT(*) FROM scans WHERE finished_at IS NULL"
    try:
        await wait_for(lambda: rows(config.database_path, unfinished)[0][0] == 1)
        await asyncio.sleep(0.3)
        assert daemon.scheduler is not None
        now = datetime.now(UTC)
        with caplog.at_level(logging.WARNING, logger="apscheduler"):
            # The next night's scan comes while this one runs: skipped, not doubled.
            daemon.scheduler.get_job("scan").modify(next_run_time=now)
            # Morning: the report goes out on time and says the scan is unfinished.
            daemon.scheduler.get_job("report").modify(next_run_time=now)
            await wait_for(lambda: any("Report:" in p["message"] for p in hook.posts))
        assert rows(config.database_path, unfinished)[0][0] == 1  # sent while it ran
        summary = next(p for p in hook.posts if "Report:" in p["message"])["message"]
        assert "scan 1: 1 sites" in summary and "Scan 2 has not finished" in summary
        text = (tmp_path / "reports" / "latest.txt").read_text(encoding="utf-8")
        assert "Scan 2 (started" in text and "has not finished" in text
        assert any("maximum number of running instances" in r.getMessage()
                   for r in caplog.records)
        finished = "SELECT COUNT(*) FROM scans WHERE finished_at IS NOT NULL"
        await wait_for(lambda: rows(config.database_path, finished)[0][0] == 2)
    finally:
        daemon.stop()
        await asyncio.wait_for(task, 10)
    assert rows(config.database_path, "SELECT COUNT(*) FROM scans")[0][0] == 2


# --- a crash mid-scan, and the restart ----------------------------------------------------


def service_config(path: Path, port: int, database: Path, hook_url: str, sites: list[str]) -> None:
    """A daemon's config file: a nightly scan twelve hours away (nothing due at start)."""
    night = (datetime.now(UTC).hour + 12) % 24
    lines = [
        "[crawler]",
        "concurrency = 2",
        "timeout = 2.0",
        "retries = 0",
        "respect_robots = false",
        "parse_workers = 0",
        "max_links_per_site = 0",
        "max_column_pages = 0",
        "[network]",
        f'resolve = {{ "*.farm.test" = "127.0.0.1:{port}" }}',
        "system_dns = false",
        "[storage]",
        f'path = "{database}"',
        "batch_size = 2",
        "batch_seconds = 0.1",
        "[daemon]",
        'timezone = "UTC"',
        f'scan_cron = "0 {night} * * *"',
        'report_cron = ""',
        'prune_cron = ""',
        "[alerts]",
        f'urls = ["{hook_url}"]',
        "batch_seconds = 0",
        "",
    ]
    for url in sites:
        lines += ["[[sites]]", f'url = "{url}"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")


async def test_a_daemon_killed_mid_scan_restarts_resumes_the_scan_and_resends_nothing(
    farm: tuple[Farm, int], receiver: tuple[Receiver, str], tmp_path: Path
) -> None:
    server, port = farm
    hook, hook_url = receiver
    names = [f"slow{i}" for i in range(20)]
    for name in names:
        server.sites[name] = server.slow  # 0.25 s each, 2 at a time: 2.5 s in all
    config_path, database = tmp_path / "daemon.toml", tmp_path / "health.db"
    service_config(config_path, port, database, hook_url, [server.url(n) for n in names])
    # The outbox holds one alert sent before and one still to send. The daemons below
    # run on the real clock, so the alerts are an hour old by it: dated at the fixed NOW,
    # the pending one was given up (`give_up_hours`) once the real day passed NOW + 24 h.
    raised = utc_now() - timedelta(hours=1)
    db = open_database(database)
    store = ResultStore(db)
    store.register_sites([Site(server.url(n)) for n in names[:2]], raised)
    ids = store.site_ids()
    sent = Alert("down", server.url(names[0]), raised, "sent yesterday")
    raise_alerts(
        db.conn, [sent, Alert("up", server.url(names[1]), raised, "pending")], ids, raised
    )
    db.conn.execute("UPDATE alerts SET sent_at = raised_at WHERE detail = 'sent yesterday'")
    db.conn.close()

    def start(*extra: str) -> Any:
        return asyncio.create_subprocess_exec(
            sys.executable, "-m", "crawler", "daemon", "--config", str(config_path), *extra,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )

    checks = "SELECT COUNT(*) FROM checks"
    first = await start("--run-now", "scan")
    try:
        await wait_for(lambda: rows(database, checks)[0][0] >= 4, timeout=20)
        await wait_for(lambda: len(hook.posts) == 1)
        first.kill()  # SIGKILL: no flush, no cleanup; the lock file stays behind
        await first.wait()
    finally:
        if first.returncode is None:
            first.kill()
            await first.wait()
    assert (tmp_path / "health.db.lock").exists()
    assert rows(database, "SELECT COUNT(*) FROM scans WHERE finished_at IS NULL")[0][0] == 1

    second = await start()  # no --run-now: the interrupted scan resumes by itself
    try:
        finished = "SELECT COUNT(*) FROM scans WHERE finished_at IS NOT NULL"
        await wait_for(lambda: rows(database, finished)[0][0] == 1, timeout=20)
        second.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(second.communicate(), 10)
    finally:
        if second.returncode is None:
            second.kill()
            await second.wait()
    assert second.returncode == 0, stderr.decode()  # the stale lock did not stop it
    assert "resuming it now" in stderr.decode()
    assert rows(database, "SELECT COUNT(*) FROM scans")[0][0] == 1
    assert rows(database, checks)[0][0] == len(names)
    # The alert sent before and the one sent by the killed daemon went once each.
    assert [post["title"] for post in hook.posts] == ["[site-health] 1 site back up"]
    assert rows(database, "SELECT COUNT(*) FROM alerts WHERE sent_at IS NULL")[0][0] == 0


# --- the site list edited while the daemon runs --------------------------------------------


async def test_an_edited_site_list_is_taken_by_the_next_probe_round_and_scan(
    farm: tuple[Farm, int],
    make_config: Callable[..., Config],
    receiver: tuple[Receiver, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server, port = farm
    _, hook_url = receiver
    monkeypatch.setattr(daemon_module, "SETTLE_SECONDS", 0.0, raising=False)
    switches = {name: Switch() for name in "abcd"}
    for name, switch in switches.items():
        server.sites[name] = switch.handler
    switches["b"].down = True
    listing = tmp_path / "sites.csv"

    def write(*names: str) -> None:
        lines = ["url,name,group", *(f"{server.url(n)},Site {n},示例市" for n in names)]
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")

    write("a", "b")
    config = daemon_config(make_config, port, hook_url, daemon={"scan_cron": "0 1 * * *"})

    def load() -> tuple[Config, list[Site]]:
        site_list = load_sites(config, listing)
        if not site_list.sites:
            raise SiteListError(f"{listing}: no usable sites to watch")
        return config, list(site_list.sites)

    _, first = load()
    open_database(config.database_path).conn.close()  # the schema, for polling
    daemon = Daemon(config, first, probe_interval=0.2, tick=0.05, loader=load, watched=[listing])
    task = asyncio.create_task(daemon.run())
    states = "SELECT sites.url, state FROM probe_states JOIN sites ON sites.id = site_id"
    try:
        await wait_for(lambda: dict(rows(config.database_path, states)).get(server.url("b"))
                       == "down")
        # The operator takes b off the list and adds c; no SIGHUP, no restart.
        write("a", "c")
        await wait_for(lambda: len(switches["c"].hits) >= 2)
        b_hits = len(switches["b"].hits)
        await asyncio.sleep(0.5)
        assert len(switches["b"].hits) <= b_hits + 1  # a probe in flight at most
        # b's down state no longer counts (status shows the listed sites).
        await wait_for(lambda: server.url("b") not in dict(rows(config.database_path, states)))
        # A broken edit is refused and logged; the running list stays.
        with caplog.at_level(logging.ERROR, logger="crawler.daemon"):
            listing.write_text("url,name\nnot a url at all,?\n", encoding="utf-8")
            await wait_for(lambda: any("reload refused" in r.getMessage()
                                       for r in caplog.records))
        c_hits = len(switches["c"].hits)
        await wait_for(lambda: len(switches["c"].hits) >= c_hits + 2)
        # The nightly scan reads the list as it is when it starts.
        write("a", "c", "d")
        assert daemon.scheduler is not None
        daemon.scheduler.get_job("scan").modify(next_run_time=datetime.now(UTC))
        finished = "SELECT COUNT(*) FROM scans WHERE finished_at IS NOT NULL"
        await wait_for(lambda: rows(config.database_path, finished)[0][0] == 1)
    finally:
        daemon.stop()
        await asyncio.wait_for(task, 10)
    scanned = rows(config.database_path,
                   "SELECT sites.url FROM checks JOIN sites ON sites.id = site_id")
    assert sorted(url for (url,) in scanned) == sorted(server.url(n) for n in "acd")


# --- thirty days of probes ------------------------------------------------------------


def test_thirty_days_of_five_minute_probes_keep_bounded_rows_and_the_seven_day_window(
    tmp_path: Path,
) -> None:
    db = open_database(tmp_path / "growth.db")
    conn = db.conn
    store = ResultStore(db)
    sites = SITES[:3]
    end = datetime(2026, 11, 25, tzinfo=UTC)
    start = end - timedelta(days=30)
    store.register_sites(sites, start)
    ids = store.site_ids()
    step = timedelta(minutes=5)
    per_day = 24 * 12

    def fails(site: int, moment: datetime) -> bool:
        slot = int((moment - start) / step)
        return site == 0 and slot % 16 == 0  # site 0: one in 16 (6.25%); the others never

    for day in range(30):
        base = start + timedelta(days=day)
        moments = [base + step * n for n in range(per_day)]
        results = [
            ProbeResult(site.url, moment, not fails(i, moment), 100, 200, None, "")
            for moment in moments
            for i, site in enumerate(sites)
        ]
        record_probes(conn, results, ids, excluded=(), fail_threshold=3, success_threshold=2)
        # The daemon's roll-up (hourly, and with the daily prune) as the day ends.
        rollup(conn, base + timedelta(days=1), raw_hours=48, hour_days=7 + 1)
        prune_days(conn, base + timedelta(days=1), keep_days=120)

    def count(table: str) -> int:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    # 48 raw hours, hourly rows back to the day 8 days ago, one row a day before that:
    # per site 576 + 144 + 22 rows for 8,640 probes; for 10,000 sites 7.4 million rows.
    assert count("probes") == 3 * 48 * 12
    assert count("probe_hours") == 3 * 6 * 24
    assert count("probe_days") == 3 * 22
    week = availability_tallies(conn, end - timedelta(days=7), end)
    visits, failures = week[ids[sites[0].url]]
    assert (visits, failures) == (7 * per_day, 7 * per_day // 16)
    assert judge_availability(visits, failures, min_visits=20, max_failure_ratio=0.05) == "fail"
    assert week[ids[sites[1].url]] == (7 * per_day, 0)
    # However short [storage] keep_days, pruning never reaches into the 7-day window.
    prune_days(conn, end, keep_days=1)
    assert count("probe_days") == 0
    assert availability_tallies(conn, end - timedelta(days=7), end) == week
    db.conn.close()


# --- a flapping site, a window over midnight ---------------------------------------------


def test_a_flapping_site_raises_no_alert_storm() -> None:
    def run(pattern: str) -> list[str]:
        state, changes = None, []
        moment = NOW
        for outcome in pattern:
            state, change = advance(
                state, outcome == "+", moment, error="timeout",
                fail_threshold=3, success_threshold=2,
            )
            if change is not None:
                changes.append(change.new)
            moment += timedelta(minutes=5)
        return changes

    # Up, then every other probe failing for a day; then two failures between goods.
    assert run("++" + "-+" * 144) == ["up"]
    assert run("++" + "--+" * 96) == ["up"]
    # A real outage alerts once each way, however long.
    assert run("++" + "-" * 50 + "+" * 50) == ["up", "down", "up"]
    # Three failures, one good, three failures: down once, not down-up-down.
    assert run("++---+---++") == ["up", "down", "up"]


def test_a_maintenance_window_crossing_midnight() -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    site = Site("http://www.example.gov.cn/", "Example", "北京市")
    nightly = MaintenanceWindow(groups=("北京市",), cron="30 23 * * 6", duration_minutes=150)
    once = MaintenanceWindow(sites=(site.url,), start="2026-12-31T22:00", end="2027-01-01T06:00")
    windows = Maintenance([nightly], shanghai)

    def at(text: str) -> datetime:
        return datetime.fromisoformat(text).replace(tzinfo=shanghai)

    # Saturday 2026-11-28 23:30 to Sunday 02:00, in the daemon's zone; probes are UTC.
    assert windows.covers(site, at("2026-11-28T23:30")) is nightly
    assert windows.covers(site, at("2026-11-29T01:59").astimezone(UTC)) is nightly
    assert windows.covers(site, at("2026-11-29T02:00")) is None
    assert windows.covers(site, at("2026-11-28T23:29")) is None
    assert windows.covers(site, at("2026-11-30T00:30")) is None  # Sunday night: no window
    year_end = Maintenance([once], shanghai)
    assert year_end.covers(site, at("2027-01-01T00:00")) is once
    assert year_end.covers(site, at("2027-01-01T06:00")) is None


@pytest.mark.parametrize(
    ("started", "now", "resume"),
    [
        ("2026-11-25T01:00:05", "2026-11-25T03:00", True),  # killed at 02:00, back at 03:00
        ("2026-11-25T01:00:05", "2026-11-26T00:59", True),  # back just before the next night
        ("2026-11-24T01:00:05", "2026-11-25T03:00", False),  # a night has passed since
    ],
)
def test_an_interrupted_scan_resumes_at_start_up_while_its_night_lasts(
    started: str, now: str, resume: bool
) -> None:
    nightly = cron_trigger("0 1 * * *", UTC)
    begun = datetime.fromisoformat(started).replace(tzinfo=UTC)
    moment = datetime.fromisoformat(now).replace(tzinfo=UTC)
    assert jobs.resumable(nightly, (7, begun), moment) is resume


def test_the_daemons_scans_run_in_shards_with_the_real_clock() -> None:
    """A scan runs in shard processes only when its clock is the real one (`clock is
    utc_now`: a test's fixed clock cannot cross a process boundary). The daemon had a
    `utc_now` of its own, equal but another function: every nightly scan it ran stayed
    in one process (slower, and the daemon itself grew to 500 MB over 5,000 sites)."""
    import inspect

    from crawler import clock, probes, scan
    from crawler.daemon import Daemon

    assert inspect.signature(Daemon).parameters["clock"].default is clock.utc_now
    assert inspect.signature(scan.run_scan).parameters["clock"].default is clock.utc_now
    assert inspect.signature(probes.run_probe_round).parameters["now"].default is clock.utc_now
