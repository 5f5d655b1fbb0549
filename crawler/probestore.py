"""Probe storage: raw probes, hourly and daily roll-ups, and the up/down states.

Every function takes an open autocommit connection (isolation_level=None, as
crawler.storage.open_database gives) and wraps its writes in BEGIN IMMEDIATE.

Raw probe rows live `raw_probe_hours`; then they are added into one row per site and
UTC hour (probe_hours), and those, after `availability_window_days` + 1, into one per
site and UTC day (probe_days). A rolled row is deleted in the same transaction that
adds it, so every probe is counted in exactly one table and the tallies simply add
the three up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from crawler.errors import StorageError
from crawler.storage import parse_utc, utc_text
from crawler.transactions import transaction
from crawler.updown import ProbeState, Transition, advance

if TYPE_CHECKING:  # not at run time: reports read probes without loading the HTTP client
    from crawler.probes import ProbeResult

_HOUR = "%Y-%m-%dT%H"
_DAY = "%Y-%m-%d"
_CHUNK = 500  # site ids per IN (...) query, well under SQLite's variable limit


def record_probes(
    conn: sqlite3.Connection,
    results: Sequence[ProbeResult],
    site_ids: Mapping[str, int],
    *,
    excluded: Collection[str],
    fail_threshold: int,
    success_threshold: int,
) -> list[tuple[str, Transition]]:
    """Store a batch of probes and advance the sites' up/down states (one transaction).

    Probes of URLs in `excluded` (inside a maintenance window) are stored but move no
    state: maintenance must produce neither a down nor a recovery.
    """
    missing = sorted({r.url for r in results} - site_ids.keys())
    if missing:
        raise StorageError(f"probe results for sites not registered: {', '.join(missing[:5])}")
    rows = [
        (
            site_ids[r.url],
            utc_text(r.probed_at),
            int(r.ok),
            r.response_ms,
            r.http_status,
            r.error_kind,
            int(r.url in excluded),
        )
        for r in results
    ]
    counted = sorted((r for r in results if r.url not in excluded), key=lambda r: r.probed_at)
    transitions: list[tuple[str, Transition]] = []
    with transaction(conn):
        conn.executemany(
            "INSERT INTO probes (site_id, probed_at, ok, response_ms, http_status, error_kind,"
            " excluded) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        states = _load_states(conn, {site_ids[r.url] for r in counted})
        changed: dict[int, ProbeState] = {}
        for result in counted:
            site_id = site_ids[result.url]
            before = states.get(site_id)
            if before is not None and result.probed_at < before.last_probe:
                continue  # older than what the state already saw: stored, not replayed
            after, transition = advance(
                before,
                result.ok,
                result.probed_at,
                error=result.error,
                fail_threshold=fail_threshold,
                success_threshold=success_threshold,
            )
            if transition is not None:
                # The change began with the first probe of the run that made it (the
                # first failure of an outage), not the probe that crossed the threshold:
                # with hourly probes that one comes two hours after the site went down.
                began = _run_start(conn, site_id, result.probed_at, after)
                after = replace(after, since=began)
                transition = replace(transition, at=began)
                transitions.append((result.url, transition))
            states[site_id] = changed[site_id] = after
        conn.executemany(
            "INSERT INTO probe_states (site_id, state, failures, successes, since, last_probe,"
            " last_error) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site_id) DO UPDATE SET"
            " state = excluded.state, failures = excluded.failures,"
            " successes = excluded.successes, since = excluded.since,"
            " last_probe = excluded.last_probe, last_error = excluded.last_error",
            [
                (
                    site_id,
                    s.state,
                    s.failures,
                    s.successes,
                    utc_text(s.since),
                    utc_text(s.last_probe),
                    s.last_error,
                )
                for site_id, s in changed.items()
            ],
        )
    return transitions


def _run_start(conn: sqlite3.Connection, site_id: int, at: datetime, state: ProbeState) -> datetime:
    """When the run of `state.failures` failed (or `state.successes` good) probes ending
    at `at` began: the state machine's own count, over the probes it counted."""
    run = state.failures or state.successes
    row = conn.execute(
        "SELECT probed_at FROM probes WHERE site_id = ? AND excluded = 0 AND probed_at <= ?"
        " ORDER BY probed_at DESC LIMIT 1 OFFSET ?",
        (site_id, utc_text(at), max(run - 1, 0)),
    ).fetchone()
    return at if row is None else min(parse_utc(row[0]), at)


def rollup(
    conn: sqlite3.Connection, now: datetime, *, raw_hours: int, hour_days: int
) -> tuple[int, int]:
    """Roll old raw probes into hours and old hours into days: (raw rows, hour rows).

    Only whole hours (days) are rolled, one per transaction: a backlog after downtime
    never holds the write lock for long, and a kill between two leaves valid data.
    """
    raw_cutoff = _floor_hour(now - timedelta(hours=raw_hours)).strftime(_HOUR)
    day_cutoff = _floor_day(now - timedelta(days=hour_days)).strftime(_DAY)
    raw_rolled = hour_rolled = 0
    while True:
        (oldest,) = conn.execute("SELECT MIN(probed_at) FROM probes").fetchone()
        if oldest is None or oldest[:13] >= raw_cutoff:
            break
        # Text order is time order; "…T13:59:59Z" < "…T14" marks the end of hour 13.
        until = (_floor_hour(parse_utc(oldest)) + timedelta(hours=1)).strftime(_HOUR)
        raw_rolled += _move(conn, _RAW_TO_HOURS, "DELETE FROM probes WHERE probed_at < ?", until)
    while True:
        (oldest,) = conn.execute("SELECT MIN(hour) FROM probe_hours").fetchone()
        if oldest is None or oldest[:10] >= day_cutoff:
            break
        until = (datetime.strptime(oldest[:10], _DAY) + timedelta(days=1)).strftime(_DAY)
        hour_rolled += _move(conn, _HOURS_TO_DAYS, "DELETE FROM probe_hours WHERE hour < ?", until)
    return raw_rolled, hour_rolled


def prune_days(conn: sqlite3.Connection, now: datetime, keep_days: int) -> int:
    """Drop daily probe rows older than `keep_days` (0 keeps them all): the one table
    that would otherwise grow by a row per site per day for ever."""
    if keep_days <= 0:
        return 0
    cutoff = _floor_day(now - timedelta(days=keep_days)).strftime(_DAY)
    with transaction(conn):
        return conn.execute("DELETE FROM probe_days WHERE day < ?", (cutoff,)).rowcount


# The WHERE clauses also keep SQLite's parser from reading ON CONFLICT as a join's ON.
_RAW_TO_HOURS = """
    INSERT INTO probe_hours (site_id, hour, probes, failures, excluded, ms_total)
    SELECT site_id, substr(probed_at, 1, 13), SUM(excluded = 0), SUM(excluded = 0 AND ok = 0),
        SUM(excluded), SUM(CASE WHEN excluded = 0 THEN COALESCE(response_ms, 0) ELSE 0 END)
    FROM probes WHERE probed_at < ? GROUP BY site_id, substr(probed_at, 1, 13)
    ON CONFLICT (hour, site_id) DO UPDATE SET
        probes = probe_hours.probes + excluded.probes,
        failures = probe_hours.failures + excluded.failures,
        excluded = probe_hours.excluded + excluded.excluded,
        ms_total = probe_hours.ms_total + excluded.ms_total"""
_HOURS_TO_DAYS = """
    INSERT INTO probe_days (site_id, day, probes, failures, excluded, ms_total)
    SELECT site_id, substr(hour, 1, 10), SUM(probes), SUM(failures), SUM(excluded),
        SUM(ms_total)
    FROM probe_hours WHERE hour < ? GROUP BY site_id, substr(hour, 1, 10)
    ON CONFLICT (day, site_id) DO UPDATE SET
        probes = probe_days.probes + excluded.probes,
        failures = probe_days.failures + excluded.failures,
        excluded = probe_days.excluded + excluded.excluded,
        ms_total = probe_days.ms_total + excluded.ms_total"""


def _move(conn: sqlite3.Connection, insert: str, delete: str, until: str) -> int:
    with transaction(conn):
        conn.execute(insert, (until,))
        return conn.execute(delete, (until,)).rowcount


def availability_tallies(
    conn: sqlite3.Connection, start: datetime, end: datetime
) -> dict[int, tuple[int, int]]:
    """site_id -> (visits, failures) over [start, end), maintenance probes left out.

    Raw rows count by their time; hour and day rows only when they lie wholly inside
    the window (with day rows older than the 7-day window, that loses at most the
    window's first partial hour).
    """
    (oldest,) = conn.execute("SELECT MIN(probed_at) FROM probes").fetchone()
    # A window reaching past every raw row (7 days against 48 raw hours) reads them all:
    # one table scan then beats millions of index lookups (about 2x on 4M rows).
    raw = "probes NOT INDEXED" if oldest is None or oldest >= utc_text(start) else "probes"
    rows = conn.execute(
        f"""
        SELECT site_id, SUM(visits), SUM(failures) FROM (
            SELECT site_id, COUNT(*) AS visits, SUM(ok = 0) AS failures FROM {raw}
            WHERE probed_at >= ? AND probed_at < ? AND excluded = 0 GROUP BY site_id
            UNION ALL
            SELECT site_id, SUM(probes), SUM(failures) FROM probe_hours
            WHERE hour >= ? AND hour < ? GROUP BY site_id
            UNION ALL
            SELECT site_id, SUM(probes), SUM(failures) FROM probe_days
            WHERE day >= ? AND day < ? GROUP BY site_id
        ) GROUP BY site_id""",
        (
            utc_text(start),
            utc_text(end),
            _ceil_hour(start).strftime(_HOUR),
            _floor_hour(end).strftime(_HOUR),
            _ceil_day(start).strftime(_DAY),
            _floor_day(end).strftime(_DAY),
        ),
    )
    return {site_id: (visits, failures) for site_id, visits, failures in rows if visits}


def has_probes(conn: sqlite3.Connection, start: datetime) -> bool:
    """Whether any probe data (raw or hourly) exists from `start`'s hour on."""
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM probes WHERE probed_at >= ?)"
        " OR EXISTS (SELECT 1 FROM probe_hours WHERE hour >= ?)",
        (utc_text(start), _floor_hour(start).strftime(_HOUR)),
    ).fetchone()
    return bool(row[0])


def probe_states(conn: sqlite3.Connection) -> dict[int, ProbeState]:
    """Every probed site's up/down state, by site id."""
    return _states(conn.execute(f"SELECT {_STATE_COLUMNS} FROM probe_states"))


_STATE_COLUMNS = "site_id, state, failures, successes, since, last_probe, last_error"


def _load_states(conn: sqlite3.Connection, site_ids: set[int]) -> dict[int, ProbeState]:
    ids = sorted(site_ids)
    states: dict[int, ProbeState] = {}
    for begin in range(0, len(ids), _CHUNK):
        chunk = ids[begin : begin + _CHUNK]
        states.update(
            _states(
                conn.execute(
                    f"SELECT {_STATE_COLUMNS} FROM probe_states"
                    f" WHERE site_id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
            )
        )
    return states


def _states(rows: sqlite3.Cursor) -> dict[int, ProbeState]:
    return {
        site_id: ProbeState(
            state, failures, successes, parse_utc(since), parse_utc(last_probe), last_error
        )
        for site_id, state, failures, successes, since, last_probe, last_error in rows
    }


def _floor_hour(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def _ceil_hour(moment: datetime) -> datetime:
    floor = _floor_hour(moment)
    return floor if floor == moment else floor + timedelta(hours=1)


def _floor_day(moment: datetime) -> datetime:
    return _floor_hour(moment).replace(hour=0)


def _ceil_day(moment: datetime) -> datetime:
    floor = _floor_day(moment)
    return floor if floor == moment else floor + timedelta(days=1)
