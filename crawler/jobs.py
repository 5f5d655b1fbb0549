"""The daemon's job bookkeeping: last runs and outcomes in `daemon_jobs`, read by
`python -m crawler status`, and the start-up catch-up of a run missed while down."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from apscheduler.triggers.base import BaseTrigger

_TIME = "%Y-%m-%dT%H:%M:%SZ"


def _text(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).strftime(_TIME)


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.strptime(text, _TIME).replace(tzinfo=UTC)


@dataclass(frozen=True)
class JobRecord:
    job: str
    next_run: datetime | None
    last_start: datetime | None
    last_end: datetime | None
    last_outcome: str | None  # "ok", "failed: ...", "cancelled", or None if never run
    detail: str


def record_start(conn: sqlite3.Connection, job: str, at: datetime) -> None:
    conn.execute(
        "INSERT INTO daemon_jobs (job, last_start) VALUES (?, ?)"
        " ON CONFLICT (job) DO UPDATE SET last_start = excluded.last_start",
        (job, _text(at)),
    )


def record_end(conn: sqlite3.Connection, job: str, at: datetime, outcome: str, detail: str) -> None:
    conn.execute(
        "UPDATE daemon_jobs SET last_end = ?, last_outcome = ?, detail = ? WHERE job = ?",
        (_text(at), outcome, detail, job),
    )


def record_next_runs(conn: sqlite3.Connection, next_runs: dict[str, datetime | None]) -> None:
    for job, moment in next_runs.items():
        conn.execute(
            "INSERT INTO daemon_jobs (job, next_run) VALUES (?, ?)"
            " ON CONFLICT (job) DO UPDATE SET next_run = excluded.next_run",
            (job, _text(moment)),
        )


def job_records(conn: sqlite3.Connection) -> list[JobRecord]:
    return [
        JobRecord(job, _time(next_run), _time(start), _time(end), outcome, detail)
        for job, next_run, start, end, outcome, detail in conn.execute(
            "SELECT job, next_run, last_start, last_end, last_outcome, detail"
            " FROM daemon_jobs ORDER BY job"
        )
    ]


def last_start(conn: sqlite3.Connection, job: str) -> datetime | None:
    row = conn.execute("SELECT last_start FROM daemon_jobs WHERE job = ?", (job,)).fetchone()
    return _time(row[0]) if row else None


def missed_run(
    trigger: BaseTrigger, last: datetime | None, now: datetime, grace: timedelta
) -> datetime | None:
    """The scheduled time of a run missed while the daemon was down, if it is within
    `grace` of now and the job has not started since; a job that never ran has
    missed nothing (a new installation does not scan at once)."""
    if last is None:
        return None
    after_last = last + timedelta(seconds=1)  # the run that started at `last` is not missed
    fire: datetime | None = trigger.get_next_fire_time(None, max(now - grace, after_last))
    if fire is None or fire > now or fire <= last:
        return None
    return fire


def resumable(trigger: BaseTrigger, interrupted: tuple[int, datetime], now: datetime) -> bool:
    """Whether a scan interrupted by a stop or a crash resumes at start-up: yes while
    its cycle lasts (the next scheduled run after its start is still to come), so a
    restart at 03:00 finishes the 01:00 scan for the morning report; after that the
    missed-run rule (or the next scheduled run, which resumes it) takes over."""
    _, started = interrupted
    following: datetime | None = trigger.get_next_fire_time(None, started + timedelta(seconds=1))
    return following is None or following > now
