"""`python -m crawler status`: what the daemon is doing, read from the database."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime, tzinfo
from typing import Any

from crawler.jobs import JobRecord, job_records


@dataclass(frozen=True)
class DaemonStatus:
    pid: int | None  # the running daemon's, None when none runs
    jobs: list[JobRecord]
    probe_states: dict[str, int]  # up / down / unknown -> sites
    alerts_pending: int
    alerts_failed: int  # pending after a failed delivery
    alerts_gave_up: int
    latest_scan: dict[str, Any] | None


def read_status(conn: sqlite3.Connection, pid: int | None) -> DaemonStatus:
    states = dict(
        conn.execute("SELECT state, COUNT(*) FROM probe_states GROUP BY state").fetchall()
    )
    pending, failed, gave_up = conn.execute(
        "SELECT COALESCE(SUM(sent_at IS NULL AND NOT gave_up AND NOT suppressed), 0),"
        " COALESCE(SUM(sent_at IS NULL AND NOT gave_up AND NOT suppressed AND attempts > 0), 0),"
        " COALESCE(SUM(gave_up), 0) FROM alerts"
    ).fetchone()
    cursor = conn.execute(
        "SELECT id, depth, started_at, finished_at, site_done, site_total FROM scans"
        " ORDER BY id DESC LIMIT 1"
    )
    row = cursor.fetchone()
    latest = dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None
    return DaemonStatus(pid, job_records(conn), states, pending, failed, gave_up, latest)


def _when(moment: datetime | None, zone: tzinfo) -> str:
    return "-" if moment is None else moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def format_status(status: DaemonStatus, zone: tzinfo) -> str:
    lines = [
        f"daemon: running (pid {status.pid})" if status.pid else "daemon: not running",
        "",
        f"{'job':<8} {'next run':<19}  {'last start':<19}  {'last end':<19}  outcome",
    ]
    if not status.jobs:
        lines.append("(no daemon has run on this database yet)")
    for job in status.jobs:
        running = job.last_start is not None and (
            job.last_end is None or job.last_end < job.last_start
        )
        outcome = "running" if running and status.pid else job.last_outcome or "never ran"
        if job.detail:
            outcome += f" ({job.detail})"
        lines.append(
            f"{job.job:<8} {_when(job.next_run, zone):<19}  {_when(job.last_start, zone):<19}"
            f"  {_when(job.last_end, zone):<19}  {outcome}"
        )
    states = (
        ", ".join(f"{n} {s}" for s, n in sorted(status.probe_states.items())) or "no probes yet"
    )
    lines += [
        "",
        f"probes: {states}",
        f"alerts: {status.alerts_pending} pending ({status.alerts_failed} after a failed"
        f" delivery), {status.alerts_gave_up} given up",
    ]
    scan = status.latest_scan
    if scan:
        state = "finished " + str(scan["finished_at"]) if scan["finished_at"] else "unfinished"
        lines.append(
            f"latest scan: {scan['id']} ({scan['depth']}), {scan['site_done']}/{scan['site_total']}"
            f" sites, started {scan['started_at']}, {state}"
        )
    return "\n".join(lines) + "\n"


def format_status_json(status: DaemonStatus) -> str:
    return json.dumps(asdict(status), default=str, ensure_ascii=False) + "\n"
