"""The daemon against the farm: probes spread over short intervals, up/down alerts
through a real webhook receiver, maintenance windows, SIGTERM mid-scan, one instance
per database, and the status command."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.clock import utc_now
from crawler.config import Config
from crawler.daemon import Daemon
from crawler.history import StatusChange
from crawler.models import Site
from crawler.storage import open_database
from tests.farm import HEALTHY_PAGE, Farm
from tests.webhook import Receiver

QUIET_SCHEDULE = {"scan_cron": "", "report_cron": "", "prune_cron": "", "probe_jitter_seconds": 0.0}


async def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


def rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


class Switch:
    """A farm site that answers 503 while `down` is set."""

    def __init__(self) -> None:
        self.down = False
        self.hits: list[float] = []

    async def handler(self, request: web.Request) -> web.StreamResponse:
        self.hits.append(time.monotonic())
        if self.down:
            return web.Response(status=503, text="busy")
        return web.Response(text=HEALTHY_PAGE, content_type="text/html")


def daemon_config(
    make_config: Callable[..., Config], port: int, hook_url: str, **extra: Any
) -> Config:
    return make_config(
        port,
        daemon={
            **QUIET_SCHEDULE,
            "fail_threshold": 2,
            "success_threshold": 2,
            **extra.pop("daemon", {}),
        },
        # Generous webhook timeouts: on a loaded machine a timed-out but received POST
        # would be retried (at least once delivery) and show up twice.
        alerts={
            "urls": [hook_url.replace("cto=0.2&rto=0.5", "cto=2&rto=5")],
            "batch_seconds": 0.0,
            "retry_seconds": 0.2,
        },
        **extra,
    )


async def test_probes_spread_and_a_down_site_alerts_once_then_recovers(
    farm: tuple[Farm, int], make_config: Callable[..., Config], receiver: tuple[Receiver, str]
) -> None:
    server, port = farm
    hook, hook_url = receiver
    switch = Switch()
    server.sites["flaky"] = switch.handler
    steady = [Switch() for _ in range(8)]
    for index, site in enumerate(steady):
        server.sites[f"steady{index}"] = site.handler
    sites = [Site(server.url("flaky"), "Flaky bureau", "北京市")] + [
        Site(server.url(f"steady{i}"), f"Steady {i}", "上海市") for i in range(len(steady))
    ]
    config = daemon_config(make_config, port, hook_url)
    daemon = Daemon(config, sites, probe_interval=0.4, tick=0.05)
    task = asyncio.create_task(daemon.run())
    try:
        await wait_for(lambda: all(len(s.hits) >= 2 for s in steady))
        # One round's probes are spread over the interval, not fired together.
        first_round = sorted(s.hits[0] for s in [switch, *steady])
        assert first_round[-1] - first_round[0] > 0.4 * 0.9 * 0.5

        switch.down = True
        await wait_for(lambda: len(hook.posts) >= 1)
        assert "Flaky bureau" in hook.posts[0]["message"]
        assert "down" in hook.posts[0]["title"].lower()
        hits_when_alerted = len(switch.hits)
        await wait_for(lambda: len(switch.hits) >= hits_when_alerted + 3)
        assert len(hook.posts) == 1  # still down: no second alert

        switch.down = False
        await wait_for(lambda: len(hook.posts) >= 2)
        sent = "SELECT COUNT(*) FROM alerts WHERE sent_at IS NOT NULL"
        await wait_for(lambda: rows(config.database_path, sent)[0][0] == 2)
        assert "up" in hook.posts[1]["title"].lower() or "UP" in hook.posts[1]["message"]
    finally:
        daemon.stop()
        await asyncio.wait_for(task, 10)
    database = config.database_path
    states = dict(
        rows(database, "SELECT sites.url, state FROM probe_states JOIN sites ON sites.id = site_id")
    )
    assert states[server.url("flaky")] == "up"
    assert rows(database, "SELECT COUNT(*) FROM alerts WHERE sent_at IS NOT NULL")[0][0] == 2


async def test_a_maintenance_window_suppresses_alerts_and_excludes_probes(
    farm: tuple[Farm, int], make_config: Callable[..., Config], receiver: tuple[Receiver, str]
) -> None:
    server, port = farm
    hook, hook_url = receiver
    switch = Switch()
    switch.down = True
    server.sites["flaky"] = switch.handler
    now = utc_now()
    window = {
        "sites": [server.url("flaky")],
        "start": (now - timedelta(hours=1)).isoformat(),
        "end": (now + timedelta(hours=1)).isoformat(),
        "reason": "机房搬迁",
    }
    config = daemon_config(make_config, port, hook_url, maintenance=[window])
    daemon = Daemon(config, [Site(server.url("flaky"), "Flaky")], probe_interval=0.2, tick=0.05)
    task = asyncio.create_task(daemon.run())
    try:
        await wait_for(lambda: len(switch.hits) >= 5)
        await asyncio.sleep(0.2)  # a few ticks to record and deliver
    finally:
        daemon.stop()
        await asyncio.wait_for(task, 10)
    assert hook.posts == []
    probes = rows(config.database_path, "SELECT ok, excluded FROM probes")
    assert len(probes) >= 4 and all(ok == 0 and excluded == 1 for ok, excluded in probes)
    assert rows(config.database_path, "SELECT COUNT(*) FROM alerts WHERE NOT suppressed")[0][0] == 0


# --- the daemon as a process -------------------------------------------------------


def write_config(path: Path, port: int, database: Path, sites: list[str]) -> None:
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
        'scan_cron = "0 1 * * *"',
        'report_cron = ""',
        'prune_cron = ""',
        "probe_interval_minutes = 60",
        "",
    ]
    for url in sites:
        lines += ["[[sites]]", f'url = "{url}"', 'group = "示例市"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def crawler_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler", *args]


async def test_sigterm_mid_scan_stops_fast_and_leaves_a_resumable_database(
    farm: tuple[Farm, int], tmp_path: Path
) -> None:
    server, port = farm
    names = [f"slow{i}" for i in range(40)]
    for name in names:
        server.sites[name] = server.slow  # 0.25 s each, 2 at a time: about 5 s in all
    config_path, database = tmp_path / "daemon.toml", tmp_path / "health.db"
    write_config(config_path, port, database, [server.url(n) for n in names])
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    daemon = await asyncio.create_subprocess_exec(
        *crawler_command(
            "daemon", "--config", str(config_path), "--run-now", "scan", "--log-format", "json"
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        await wait_for(
            lambda: (
                database.exists()
                and bool(rows(database, "SELECT name FROM sqlite_master WHERE name = 'checks'"))
                and rows(database, "SELECT COUNT(*) FROM checks")[0][0] >= 2
            ),
            timeout=20,
        )
        # A second daemon on the same database is refused at once.
        second = await asyncio.create_subprocess_exec(
            *crawler_command("daemon", "--config", str(config_path)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        _, second_err = await asyncio.wait_for(second.communicate(), 10)
        assert second.returncode == 4
        assert b"another daemon" in second_err

        started = time.monotonic()
        daemon.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(daemon.communicate(), 10)
        assert time.monotonic() - started < 10
        assert daemon.returncode == 0, stderr.decode()
    finally:
        if daemon.returncode is None:
            daemon.kill()
            await daemon.wait()
    log = stderr.decode()
    assert '"job": "scan"' in log and '"event": "start"' in log

    done = rows(database, "SELECT COUNT(*) FROM checks")[0][0]
    unfinished = rows(database, "SELECT id FROM scans WHERE finished_at IS NULL")
    assert 2 <= done < len(names) and len(unfinished) == 1
    assert rows(database, "PRAGMA integrity_check")[0][0] == "ok"

    resumed = await asyncio.create_subprocess_exec(
        *crawler_command("scan", "--config", str(config_path), "--resume", "--quiet"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    await asyncio.wait_for(resumed.wait(), 30)
    assert resumed.returncode == 0
    assert rows(database, "SELECT COUNT(*) FROM checks")[0][0] == len(names)

    status = await asyncio.create_subprocess_exec(
        *crawler_command("status", "--config", str(config_path)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, _ = await asyncio.wait_for(status.communicate(), 20)
    text = out.decode()
    assert status.returncode == 0
    assert "daemon: not running" in text
    assert "scan" in text and "cancelled" in text


async def test_reload_takes_new_sites_and_schedules_without_a_restart(
    farm: tuple[Farm, int], make_config: Callable[..., Config], receiver: tuple[Receiver, str]
) -> None:
    server, port = farm
    _, hook_url = receiver
    first, second = Switch(), Switch()
    server.sites["first"], server.sites["second"] = first.handler, second.handler
    config = daemon_config(make_config, port, hook_url)
    daemon = Daemon(config, [Site(server.url("first"))], probe_interval=0.2, tick=0.05)
    task = asyncio.create_task(daemon.run())
    try:
        await wait_for(lambda: len(first.hits) >= 2)
        assert second.hits == []
        reloaded = daemon_config(
            make_config, port, hook_url, daemon={**QUIET_SCHEDULE, "scan_cron": "0 3 * * *"}
        )
        await daemon.reload(reloaded, [Site(server.url("first")), Site(server.url("second"))])
        await wait_for(lambda: len(second.hits) >= 2)
        assert daemon.scheduler is not None
        scan = daemon.scheduler.get_job("scan")
        assert scan is not None and scan.next_run_time.hour == 3
    finally:
        daemon.stop()
        await asyncio.wait_for(task, 10)


async def test_probes_keep_their_pace_while_a_scan_runs(
    farm: tuple[Farm, int], make_config: Callable[..., Config], receiver: tuple[Receiver, str]
) -> None:
    server, port = farm
    _, hook_url = receiver
    watched = Switch()
    server.sites["watched"] = watched.handler
    slow = [f"slow{i}" for i in range(16)]
    for name in slow:
        server.sites[name] = server.slow  # 0.25 s each, 2 at a time: a 2 s scan
    config = daemon_config(
        make_config,
        port,
        hook_url,
        crawler={"concurrency": 2, "max_column_pages": 0},
        daemon={"scan_cron": "0 3 * * *"},
    )
    sites = [Site(server.url("watched"))] + [Site(server.url(name)) for name in slow]
    open_database(config.database_path).conn.close()  # the schema, for polling
    daemon = Daemon(config, sites, probe_interval=0.3, tick=0.05, run_now=["scan"])
    task = asyncio.create_task(daemon.run())
    try:
        finished = "SELECT COUNT(*) FROM scans WHERE finished_at IS NOT NULL"
        await wait_for(lambda: rows(config.database_path, finished)[0][0] == 1, timeout=20)
    finally:
        daemon.stop()
        await asyncio.wait_for(task, 10)
    # A probe every 0.3 s round all along: a round that waited for its slow probes
    # (0.25 s each) overran the interval and skipped every other round (gaps of 0.6 s).
    gaps = sorted(b - a for a, b in itertools.pairwise(watched.hits))
    assert len(gaps) >= 5
    assert gaps[len(gaps) // 2] < 0.45, gaps


async def test_the_report_job_writes_files_and_sends_a_summary(
    farm: tuple[Farm, int],
    make_config: Callable[..., Config],
    receiver: tuple[Receiver, str],
    tmp_path: Path,
) -> None:
    server, port = farm
    hook, hook_url = receiver
    sites = [Site(server.url("ok"), "示范网站", "示例市"), Site(server.url("err503"), "Down")]
    config = daemon_config(
        make_config,
        port,
        hook_url,
        daemon={
            "scan_cron": "0 1 * * *",
            "report_cron": "0 7 * * *",
            "report_formats": ["html", "csv"],
        },
        report={"out_dir": str(tmp_path / "reports")},
    )
    # Started together, the report waits for the scan and reports it.
    daemon = Daemon(config, sites, probe_interval=60, tick=0.05, run_now=["scan", "report"])
    task = asyncio.create_task(daemon.run())
    try:
        await wait_for(lambda: any("report" in p["message"].lower() for p in hook.posts))
    finally:
        daemon.stop()
        await asyncio.wait_for(task, 10)
    written = sorted(p.name for p in (tmp_path / "reports").iterdir())
    assert "latest.html" in written and "latest.csv" in written and len(written) == 4
    summary = next(p for p in hook.posts if "report" in p["message"].lower())["message"]
    assert "pass rate 50.0%" in summary and "1 unreachable" in summary


async def test_scan_alerts_are_worded_in_the_alerts_language(
    make_config: Callable[..., Config],
) -> None:
    spam = (
        "spam_content",
        "spam on the homepage (score 16.0, limit 6): 百家乐 ×1",
        None,
        True,
        '{"score": 16.0, "limit": 6.0, "evidence": [{"snippet": "百家乐 ×1", "url": "",'
        ' "detail": "gambling"}]}',
    )
    change = StatusChange(
        "http://a.test/", "hijacked", "healthy", "2026-11-25T01:00:00Z", spam[1], (spam,)
    )
    chinese = Daemon(make_config(1, report={"lang": "zh"}), [])._change_words(change)
    assert chinese.startswith("正常 → 被篡改：") and "百家乐 ×1" in chinese
    assert "spam on the homepage" not in chinese
    english = Daemon(make_config(1), [])._change_words(change)
    assert english == f"was healthy, now hijacked: {spam[1]}"


async def test_json_log_stays_json_with_a_bad_site_row(
    farm: tuple[Farm, int], tmp_path: Path
) -> None:
    """The daemon reported skipped site rows with print(): with `--log-format json`
    a bare "warning: skipped ..." line sat among the JSON objects (and a cell of many
    lines went out whole). They are log lines now, one JSON object each."""
    server, port = farm
    config_path, database = tmp_path / "daemon.toml", tmp_path / "health.db"
    write_config(config_path, port, database, [server.url("ok")])
    rows_text = "".join(f"http://s{i}.test/,S{i},g\n" for i in range(60))
    sites = tmp_path / "sites.csv"
    sites.write_text(f'url,name,group\nftp://files.test/,F,g\n"http://a.test/\n{rows_text}",A,g\n')
    daemon = await asyncio.create_subprocess_exec(
        *crawler_command(
            "daemon", "--config", str(config_path), "--sites", str(sites), "--log-format", "json"
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert daemon.stderr is not None
    lines: list[bytes] = []
    try:
        while not any(b"daemon started" in line for line in lines):
            line = await asyncio.wait_for(daemon.stderr.readline(), 10)
            assert line, b"".join(lines).decode()
            lines.append(line)
        daemon.send_signal(signal.SIGTERM)
        rest = await asyncio.wait_for(daemon.stderr.read(), 10)
        await asyncio.wait_for(daemon.wait(), 10)
    finally:
        if daemon.returncode is None:
            daemon.kill()
            await daemon.wait()
    records = [json.loads(line) for line in [*lines, *rest.splitlines()] if line.strip()]
    skipped = [r for r in records if "skipped" in r["message"]]
    assert len(skipped) == 2 and all(r["level"] == "warning" for r in skipped)
    assert max(len(r["message"]) for r in skipped) < 400


async def test_run_now_of_a_job_turned_off_says_so(
    farm: tuple[Farm, int], make_config: Callable[..., Config], caplog: pytest.LogCaptureFixture
) -> None:
    """`--run-now report` with report_cron = "": the job stays off, and the log says why
    (it did nothing, silently: newcomer audit 2)."""
    _, port = farm
    config = make_config(port, daemon=QUIET_SCHEDULE)
    daemon = Daemon(config, [], probe_interval=60, tick=0.05, run_now=["report"])
    caplog.set_level(logging.WARNING, logger="crawler.daemon")
    scheduler = daemon._schedule()
    assert "report" not in {job.id for job in scheduler.get_jobs()}
    assert any("--run-now report" in r.getMessage() for r in caplog.records)
