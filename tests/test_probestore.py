"""Probe storage on real SQLite files: states across batches, maintenance, roll-ups, tallies."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crawler.availability import judge_availability
from crawler.errors import StorageError
from crawler.models import Site
from crawler.probes import ProbeResult
from crawler.probestore import (
    availability_tallies,
    has_probes,
    probe_states,
    prune_days,
    record_probes,
    rollup,
)
from crawler.storage import ResultStore, open_database

D0 = datetime(2026, 11, 1, tzinfo=UTC)  # a UTC midnight
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
A, B, C = "http://a.gov.cn/", "http://b.gov.cn/", "http://c.gov.cn/"
THRESHOLDS = {"fail_threshold": 3, "success_threshold": 2}


def database(
    tmp_path: Path, urls: Iterable[str] = (A, B, C)
) -> tuple[sqlite3.Connection, dict[str, int]]:
    db = open_database(tmp_path / "h.db")
    ResultStore(db).register_sites([Site(url) for url in urls], D0)
    conn = db.conn
    return conn, {url: site_id for site_id, url in conn.execute("SELECT id, url FROM sites")}


def probe(url: str, at: datetime, ok: bool = True, ms: int = 100) -> ProbeResult:
    if ok:
        return ProbeResult(url, at, True, ms, 200, None, "")
    return ProbeResult(url, at, False, ms, None, "timeout", "no complete answer in time")


def record(
    conn: sqlite3.Connection,
    ids: dict[str, int],
    results: list[ProbeResult],
    excluded: Iterable[str] = (),
) -> list[tuple[str, str]]:
    changes = record_probes(conn, results, ids, excluded=set(excluded), **THRESHOLDS)
    return [(url, f"{t.old}>{t.new}") for url, t in changes]


def all_rows(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


# --- states -------------------------------------------------------------------


def test_states_advance_across_batches(tmp_path: Path) -> None:
    conn, ids = database(tmp_path)
    t = [D0 + n * HOUR for n in range(10)]
    assert record(conn, ids, [probe(A, t[0]), probe(B, t[0], ok=False)]) == []
    assert record(conn, ids, [probe(A, t[1]), probe(B, t[1], ok=False)]) == [(A, "unknown>up")]
    assert record(conn, ids, [probe(A, t[2], ok=False), probe(B, t[2], ok=False)]) == [
        (B, "unknown>down")
    ]
    assert record(conn, ids, [probe(A, t[3], ok=False)]) == []
    assert record(conn, ids, [probe(A, t[4], ok=False)]) == [(A, "up>down")]
    assert record(conn, ids, [probe(A, t[5])]) == []
    # Out of order within a batch: replayed in time order.
    batch = [probe(A, t[7]), probe(A, t[6], ok=False)]
    changes = record_probes(conn, batch, ids, excluded=(), **THRESHOLDS)
    assert changes == []  # t6 failed, t7 good: one good probe in a row, still down
    changes = record_probes(conn, [probe(A, t[8])], ids, excluded=(), **THRESHOLDS)
    # A change dates from the first probe of the run that made it (see below).
    assert [(url, c.old, c.new, c.at) for url, c in changes] == [(A, "down", "up", t[7])]
    assert changes[0][1].detail == (
        "answering again after 2 good probes (down since 2026-11-01 02:00 UTC)"
    )
    states = probe_states(conn)
    assert set(states) == {ids[A], ids[B]}  # C was never probed
    a, b = states[ids[A]], states[ids[B]]
    assert (a.state, a.failures, a.successes, a.since, a.last_probe) == ("up", 0, 2, t[7], t[8])
    assert (b.state, b.failures, b.since, b.last_probe) == ("down", 3, t[0], t[2])
    assert b.last_error == "no answer in time (timeout)"
    assert all_rows(conn, "probes") == 12


def test_an_outage_dates_from_its_first_failed_probe(tmp_path: Path) -> None:
    """Hourly probes, down after 3 failures: the site went down at 01:00, not at 03:00
    when the third failure crossed the threshold (the soak's alerts said "down since"
    two probes late, and the recovery's "down since" with them). Maintenance probes in
    the run count for neither side."""
    conn, ids = database(tmp_path)
    t = [D0 + n * HOUR for n in range(9)]
    record(conn, ids, [probe(A, t[0]), probe(A, t[0] + HOUR / 2)])
    record(conn, ids, [probe(A, t[1], ok=False), probe(A, t[2], ok=False)])
    record(conn, ids, [probe(A, t[2] + HOUR / 2)], excluded=[A])  # in a window: not counted
    (down,) = record_probes(conn, [probe(A, t[3], ok=False)], ids, excluded=(), **THRESHOLDS)
    assert (down[1].new, down[1].at) == ("down", t[1])
    assert probe_states(conn)[ids[A]].since == t[1]
    record(conn, ids, [probe(A, t[5])])
    (up,) = record_probes(conn, [probe(A, t[6])], ids, excluded=(), **THRESHOLDS)
    assert (up[1].new, up[1].at) == ("up", t[5])
    assert up[1].detail == "answering again after 2 good probes (down since 2026-11-01 01:00 UTC)"


def test_a_probe_older_than_the_state_is_stored_but_not_replayed(tmp_path: Path) -> None:
    conn, ids = database(tmp_path)
    record(conn, ids, [probe(A, D0 + 5 * HOUR), probe(A, D0 + 6 * HOUR)])
    late = [probe(A, D0 + n * HOUR, ok=False) for n in range(3)]
    assert record(conn, ids, late) == []
    assert probe_states(conn)[ids[A]].state == "up"
    assert all_rows(conn, "probes") == 5


def test_excluded_probes_are_counted_apart_and_move_no_state(tmp_path: Path) -> None:
    conn, ids = database(tmp_path)
    record(conn, ids, [probe(A, D0), probe(A, D0 + HOUR)])
    # Maintenance: A is down for the whole window, B is not in it.
    for n in range(2, 8):
        results = [probe(A, D0 + n * HOUR, ok=False), probe(B, D0 + n * HOUR, ok=False)]
        changes = record(conn, ids, results, excluded=[A])
        assert all(url == B for url, _ in changes)
    assert probe_states(conn)[ids[A]].state == "up"
    assert probe_states(conn)[ids[A]].last_probe == D0 + HOUR
    assert probe_states(conn)[ids[B]].state == "down"
    rows = conn.execute("SELECT excluded, COUNT(*) FROM probes GROUP BY excluded").fetchall()
    assert sorted(rows) == [(0, 8), (1, 6)]
    window = (D0, D0 + DAY)
    assert availability_tallies(conn, *window) == {ids[A]: (2, 0), ids[B]: (6, 6)}
    # Nor does maintenance bring a down site back.
    record(conn, ids, [probe(B, D0 + n * HOUR) for n in range(8, 12)], excluded=[B])
    assert probe_states(conn)[ids[B]].state == "down"
    # Rolled up, the excluded probes keep their own count and still do not count.
    rollup(conn, D0 + 10 * DAY, raw_hours=48, hour_days=8)
    assert conn.execute("SELECT SUM(probes), SUM(excluded) FROM probe_days").fetchone() == (8, 10)
    assert availability_tallies(conn, *window) == {ids[A]: (2, 0), ids[B]: (6, 6)}


def test_unregistered_sites_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    conn, ids = database(tmp_path)
    with pytest.raises(StorageError, match="not registered"):
        record(conn, ids, [probe(A, D0), probe("http://unknown.test/", D0)])
    assert all_rows(conn, "probes") == 0 and probe_states(conn) == {}


# --- roll-ups and tallies -------------------------------------------------------


def ten_days(conn: sqlite3.Connection, ids: dict[str, int]) -> tuple[int, int]:
    """Hourly probes of A, B, C over ten days, with random failures and maintenance."""
    rng = random.Random(7)
    total_ms = excluded_count = 0
    for n in range(240):
        at = D0 + n * HOUR + timedelta(minutes=rng.randrange(60), seconds=rng.randrange(60))
        results = [probe(url, at, ok=rng.random() > 0.1, ms=rng.randrange(5, 900)) for url in ids]
        excluded = [url for url in ids if rng.random() < 0.05]
        record(conn, ids, results, excluded)
        total_ms += sum(r.response_ms or 0 for r in results if r.url not in excluded)
        excluded_count += len(excluded)
    return total_ms, excluded_count


def test_rollup_raw_to_hours_to_days_preserves_totals(tmp_path: Path) -> None:
    conn, ids = database(tmp_path)
    total_ms, excluded_count = ten_days(conn, ids)
    windows = [(D0, D0 + 10 * DAY), (D0 + DAY, D0 + 8 * DAY), (D0 + 3 * DAY, D0 + 10 * DAY)]
    before = [availability_tallies(conn, *w) for w in windows]
    assert sum(v for v, _ in before[0].values()) == 720 - excluded_count

    now = D0 + 10 * DAY
    raw, hours = rollup(conn, now, raw_hours=48, hour_days=4)
    assert raw == 720 - 3 * 48  # all but the last 48 hours' probes
    assert hours > 0 and all_rows(conn, "probes") == 3 * 48
    # Whole hours and days only: the newest hour row is the last hour before the cutoff.
    assert conn.execute("SELECT MAX(hour) FROM probe_hours").fetchone()[0] == "2026-11-08T23"
    assert conn.execute("SELECT MAX(day) FROM probe_days").fetchone()[0] == "2026-11-06"
    assert [availability_tallies(conn, *w) for w in windows] == before
    # Every probe is counted in exactly one table.
    counted = conn.execute(
        "SELECT (SELECT COUNT(*) FROM probes WHERE NOT excluded)"
        " + (SELECT SUM(probes) FROM probe_hours) + (SELECT SUM(probes) FROM probe_days),"
        " (SELECT COUNT(*) FROM probes WHERE excluded)"
        " + (SELECT SUM(excluded) FROM probe_hours) + (SELECT SUM(excluded) FROM probe_days),"
        " (SELECT SUM(response_ms) FROM probes WHERE NOT excluded)"
        " + (SELECT SUM(ms_total) FROM probe_hours) + (SELECT SUM(ms_total) FROM probe_days)"
    ).fetchone()
    assert counted == (720 - excluded_count, excluded_count, total_ms)
    assert rollup(conn, now, raw_hours=48, hour_days=4) == (0, 0)  # idempotent


def test_rolling_up_often_equals_rolling_up_once(tmp_path: Path) -> None:
    once, ids = database(tmp_path / "once")
    often, _ = database(tmp_path / "often")
    ten_days(once, ids)
    ten_days(often, ids)
    end = D0 + 10 * DAY
    rollup(once, end, raw_hours=30, hour_days=3)
    moment = D0 + 30 * HOUR + timedelta(minutes=17)
    while moment <= end:  # the daemon's hourly job, at an odd minute
        rollup(often, moment, raw_hours=30, hour_days=3)
        moment += HOUR
    rollup(often, end, raw_hours=30, hour_days=3)
    for table in ("probes", "probe_hours", "probe_days"):
        query = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert once.execute(query).fetchall() == often.execute(query).fetchall(), table


def test_tallies_count_only_rolled_rows_wholly_inside_the_window(tmp_path: Path) -> None:
    conn, ids = database(tmp_path)
    record(conn, ids, [probe(A, D0 + n * HOUR + timedelta(minutes=30)) for n in range(48)])
    rollup(conn, D0 + 30 * DAY, raw_hours=1, hour_days=1)  # all in days
    assert availability_tallies(conn, D0, D0 + 2 * DAY) == {ids[A]: (48, 0)}
    assert availability_tallies(conn, D0 + HOUR, D0 + 2 * DAY) == {ids[A]: (24, 0)}
    conn2, ids2 = database(tmp_path / "hours")
    record(conn2, ids2, [probe(A, D0 + n * HOUR + timedelta(minutes=30)) for n in range(48)])
    rollup(conn2, D0 + 30 * DAY, raw_hours=1, hour_days=60)  # all in hours
    assert availability_tallies(conn2, D0 + timedelta(minutes=1), D0 + 5 * HOUR) == {
        ids2[A]: (4, 0)
    }
    assert availability_tallies(conn2, D0 + 3 * DAY, D0 + 4 * DAY) == {}


def test_has_probes(tmp_path: Path) -> None:
    conn, ids = database(tmp_path)
    assert not has_probes(conn, D0)
    record(conn, ids, [probe(A, D0 + 5 * HOUR + timedelta(minutes=10))])
    assert has_probes(conn, D0)
    assert has_probes(conn, D0 + 5 * HOUR + timedelta(minutes=5))
    assert not has_probes(conn, D0 + 6 * HOUR)
    rollup(conn, D0 + 3 * DAY, raw_hours=1, hour_days=30)
    assert all_rows(conn, "probes") == 0
    assert has_probes(conn, D0 + 5 * HOUR + timedelta(minutes=30))  # that hour's row
    assert not has_probes(conn, D0 + 6 * HOUR)


# --- the inspectors' 5% rule over a week of hourly probes --------------------------


def test_five_percent_over_seven_days(tmp_path: Path) -> None:
    conn, ids = database(tmp_path)
    failed_hours = set(range(3, 168, 21))  # 8 failures, spread over the week
    assert len(failed_hours) == 8
    maintenance = {A: set(range(100, 108)), B: set(range(100, 105))}
    for n in range(7 * 24):
        at = D0 + n * HOUR + timedelta(minutes=12)
        results = [probe(url, at, ok=n not in failed_hours) for url in (A, B)]
        if n < 19:
            results.append(probe(C, at))
        record(conn, ids, results, excluded=[url for url in (A, B) if n in maintenance[url]])
    now = D0 + 7 * DAY
    verdicts = []
    for _ in range(2):  # before and after the roll-up
        tallies = availability_tallies(conn, now - 7 * DAY, now)
        # A: 168 probes, 8 in maintenance: 8 of 160 failed = exactly 5%.
        # B: 5 in maintenance: 8 of 163 = 4.9%. C: 19 good probes, too few to judge.
        assert tallies == {ids[A]: (160, 8), ids[B]: (163, 8), ids[C]: (19, 0)}
        verdicts.append(
            {
                url: judge_availability(*tallies[ids[url]], min_visits=20, max_failure_ratio=0.05)
                for url in (A, B, C)
            }
        )
        rollup(conn, now, raw_hours=48, hour_days=8)
        assert all_rows(conn, "probes") == 2 * 48  # A and B, the last 48 hours
    assert verdicts[0] == verdicts[1] == {A: "fail", B: "pass", C: "insufficient"}


# --- speed --------------------------------------------------------------------------


@pytest.mark.slow
def test_tallies_over_a_million_hour_rows_are_fast(tmp_path: Path) -> None:
    sites = 84_094
    db = open_database(tmp_path / "h.db")
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO sites (id, url, first_seen, last_seen) VALUES (?, ?, '', '')",
        ((n, f"http://s{n}.gov.cn/") for n in range(1, sites + 1)),
    )
    hours = [(D0 + n * HOUR).strftime("%Y-%m-%dT%H") for n in range(12)]
    conn.executemany(
        "INSERT INTO probe_hours (site_id, hour, probes, failures, excluded, ms_total)"
        " VALUES (?, ?, 1, ?, 0, 120)",
        ((site, hour, int(site % 20 == 0)) for hour in hours for site in range(1, sites + 1)),
    )
    conn.execute("COMMIT")
    assert all_rows(conn, "probe_hours") == sites * 12  # 1,009,128
    started = time.perf_counter()
    tallies = availability_tallies(conn, D0, D0 + 7 * DAY)
    seconds = time.perf_counter() - started
    assert len(tallies) == sites and tallies[20] == (12, 12) and tallies[1] == (12, 0)
    print(f"availability_tallies over {sites * 12:,} hour rows: {seconds:.2f} s")
    assert seconds < 10


def test_daily_rows_older_than_keep_days_are_dropped(tmp_path: Path) -> None:
    db = open_database(tmp_path / "days.db")
    store = ResultStore(db)
    site = Site("http://days.test/")
    store.register_sites([site], datetime(2026, 1, 1, tzinfo=UTC))
    site_id = store.site_ids()[site.url]
    db.conn.executemany(
        "INSERT INTO probe_days (site_id, day, probes, failures, excluded, ms_total)"
        " VALUES (?, ?, 24, 1, 0, 100)",
        [(site_id, day) for day in ("2026-01-01", "2026-06-01", "2026-11-20")],
    )
    now = datetime(2026, 11, 25, tzinfo=UTC)
    assert prune_days(db.conn, now, 0) == 0  # 0 keeps everything
    assert prune_days(db.conn, now, 120) == 2
    assert [d for (d,) in db.conn.execute("SELECT day FROM probe_days")] == ["2026-11-20"]
