"""Daemon bookkeeping: missed runs, job records, the database lock, JSON logs (no network)."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crawler import jobs
from crawler.cron import cron_trigger
from crawler.daemon import DatabaseLock, lock_holder
from crawler.errors import DaemonRunning
from crawler.logs import JsonFormatter
from crawler.storage import open_database

NIGHTLY = cron_trigger("0 1 * * *", UTC)
GRACE = timedelta(hours=3)


def at(hour: int, minute: int = 0, day: int = 25) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("last", "now", "missed"),
    [
        (at(1, day=24), at(2), at(1)),  # down over 01:00, back at 02:00: run it now
        (at(1, day=24), at(5), None),  # back after the grace: wait for tomorrow
        (at(1), at(2), None),  # it ran at 01:00
        (at(1, 5), at(2), None),  # it ran (late) after its time
        (at(1, day=24), at(0, 30), None),  # not due yet today
        (None, at(2), None),  # a new installation has missed nothing
    ],
)
def test_missed_run(last: datetime | None, now: datetime, missed: datetime | None) -> None:
    assert jobs.missed_run(NIGHTLY, last, now, GRACE) == missed


def test_job_records_round_trip(tmp_path: Path) -> None:
    db = open_database(tmp_path / "h.db")
    conn = db.conn
    jobs.record_next_runs(conn, {"scan": at(1, day=26), "probes": None})
    jobs.record_start(conn, "scan", at(1))
    jobs.record_end(conn, "scan", at(1, 30), "ok", "scan 3 ran: 10 sites")
    records = {r.job: r for r in jobs.job_records(conn)}
    assert records["scan"].next_run == at(1, day=26)
    assert (records["scan"].last_start, records["scan"].last_end) == (at(1), at(1, 30))
    assert records["scan"].last_outcome == "ok" and "10 sites" in records["scan"].detail
    assert records["probes"].last_outcome is None
    assert jobs.last_start(conn, "scan") == at(1)
    assert jobs.last_start(conn, "report") is None


def test_a_second_daemon_on_the_same_database_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "health.db"
    assert lock_holder(database) is None
    with DatabaseLock(database):
        assert lock_holder(database) is not None
        with pytest.raises(DaemonRunning, match="another daemon"), DatabaseLock(database):
            pass
    assert lock_holder(database) is None
    with DatabaseLock(database):  # free again once released
        pass


def test_json_log_lines_carry_extras() -> None:
    record = logging.makeLogRecord(
        {"msg": "job %s ok", "args": ("scan",), "levelname": "INFO", "name": "crawler.daemon",
         "job": "scan", "seconds": 1.5}
    )
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "job scan ok" and entry["level"] == "info"
    assert entry["job"] == "scan" and entry["seconds"] == 1.5
    assert "msg" not in entry and "args" not in entry
