"""The inspectors' availability rule: pure thresholds, and the veto a scan takes from
the daemon's probes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from crawler.availability import availability_finding, availability_window, judge_availability
from crawler.config import RuleSettings
from crawler.models import Site
from crawler.probes import ProbeResult
from crawler.probestore import availability_tallies, record_probes, rollup
from crawler.scan import run_scan
from crawler.storage import ResultStore, iter_result_records, open_database
from monitor.build import build_report

NOW = datetime(2026, 11, 25, 1, tzinfo=UTC)
RULES = RuleSettings()


@pytest.mark.parametrize(
    ("visits", "failures", "verdict"),
    [
        (140, 7, "fail"),  # exactly 5%: fails
        (140, 6, "pass"),  # 4.3%
        (143, 7, "pass"),  # 4.9%
        (168, 9, "fail"),  # a week of hourly probes: 5.4%
        (168, 8, "pass"),  # 4.8%
        (144, 8, "fail"),  # the daemon down a day: 8 of the 144 visits made (5.6%)
        # 20 visits a day for a week is the inspectors' minimum: a site added a day ago
        # (24 hourly probes) is not failed for the week by one timeout, nor passed.
        (24, 1, "insufficient"),
        (139, 0, "insufficient"),
        (0, 0, "insufficient"),
    ],
)
def test_five_percent_over_the_window(visits: int, failures: int, verdict: str) -> None:
    assert RULES.availability_min_visits == 20 * RULES.availability_window_days
    assert judge_availability(visits, failures, min_visits=140, max_failure_ratio=0.05) == verdict
    finding = availability_finding(visits, failures, RULES)
    assert (finding is not None) == (verdict == "fail")
    if finding is not None:
        assert finding.veto and finding.count == failures
        assert f"failed {failures} of {visits} visits over the last 7 days" in finding.detail


async def test_a_scan_takes_the_availability_veto_from_the_probes(farm, make_config) -> None:
    server, port = farm
    config = make_config(port)
    flaky, steady = Site(server.url("ok", "/?flaky")), Site(server.url("gzip"))
    db = open_database(config.database_path)
    store = ResultStore(db)
    store.register_sites([flaky, steady], NOW - timedelta(days=8))
    probes = []
    for hour in range(7 * 24):
        moment = NOW - timedelta(hours=hour, minutes=10)
        probes.append(ProbeResult(flaky.url, moment, hour % 12 != 0, 30, 200, None, ""))
        probes.append(ProbeResult(steady.url, moment, True, 30, 200, None, ""))
    record_probes(db.conn, probes, store.site_ids(), excluded=(), fail_threshold=3,
                  success_threshold=2)
    db.conn.close()

    outcome = await run_scan(config, [flaky, steady], depth="home", clock=lambda: NOW)
    db = open_database(config.database_path, create=False)
    records = {r["url"]: r for r in iter_result_records(db, outcome.scan_id)}
    db.conn.close()
    # The homepage answered at scan time, but 14 of 168 probes failed (8.3%).
    assert records[flaky.url]["http_status"] == 200
    assert records[flaky.url]["status"] == "unreachable" and not records[flaky.url]["passed"]
    finding = next(f for f in records[flaky.url]["findings"] if f["code"] == "availability")
    assert finding["count"] == 14 and finding["visits"] == 168
    assert all(f["code"] != "availability" for f in records[steady.url]["findings"])


# --- the week at its edges, on a real database rolled up as the daemon does -----------

# The nightly scan as cron starts it: 01:00 in Shanghai, a few seconds past the hour.
SCAN_AT = datetime(2026, 11, 25, 17, 0, 3, tzinfo=UTC)
HOUR = timedelta(hours=1)


def hourly(url: str, end: datetime, hours: int, failed: set[int], minute: int = 41,
           skip: set[int] = frozenset()) -> list[ProbeResult]:  # type: ignore[assignment]
    """One probe an hour at `minute` for the `hours` UTC hours before `end`'s hour;
    hour n counts back from the newest (0). `failed` fail (a timeout), `skip` are not
    made (the daemon was down)."""
    last = end.replace(minute=minute, second=0, microsecond=0)
    if last >= end:
        last -= HOUR
    return [
        ProbeResult(url, last - n * HOUR, n not in failed, 90 if n not in failed else 15_000,
                    200 if n not in failed else None, None if n not in failed else "timeout", "")
        for n in range(hours)
        if n not in skip
    ]


def truth(probes: list[ProbeResult], url: str, start: datetime, end: datetime) -> tuple[int, int]:
    inside = [p for p in probes if p.url == url and start <= p.probed_at < end]
    return len(inside), sum(not p.ok for p in inside)


async def test_the_scan_and_its_report_judge_the_same_whole_week(farm, make_config) -> None:
    """Probes older than 48 hours survive only as hourly counts. A scan started at
    01:00:03 (Shanghai) once judged [17:00:03 seven days ago, now): the hour row of 17:xx
    seven days ago lies only partly inside, so it was dropped, and with it a failed
    visit that belongs to the week: 8 of 167 (4.8%, pass) instead of 9 of 168 (5.4%).
    The report then judged another window again (ending when the scan finished)."""
    server, port = farm
    config = make_config(port)
    flaky = Site(server.url("ok", "/?flaky"), "时有时无", "北京市")
    steady = Site(server.url("gzip"), "一直在线", "北京市")
    newcomer = Site(server.url("ok", "/?new"), "两天前新增", "北京市")  # added mid-week
    mended = Site(server.url("ok", "/?mended"), "停机一天", "北京市")
    db = open_database(config.database_path)
    store = ResultStore(db)
    sites = [flaky, steady, newcomer, mended]
    store.register_sites(sites, SCAN_AT - timedelta(days=9))
    # 9 failures in the week, the oldest in its first hour (hour 167: 17:41 a week ago).
    flaky_failed = {5, 30, 52, 80, 99, 120, 140, 150, 167}
    probes = hourly(flaky.url, SCAN_AT, 9 * 24, flaky_failed)
    probes += hourly(steady.url, SCAN_AT, 9 * 24, set())
    # Two days of probes, 3 failed (6%): too few visits for the week's verdict.
    probes += hourly(newcomer.url, SCAN_AT, 48, {1, 20, 40})
    # The daemon was down for a day (hours 24-47): 144 visits made, 8 failed (5.6%).
    probes += hourly(mended.url, SCAN_AT, 9 * 24, {2, 3, 60, 61, 62, 100, 101, 130},
                     skip=set(range(24, 48)))
    record_probes(db.conn, probes, store.site_ids(), excluded=(), fail_threshold=3,
                  success_threshold=2)
    rollup(db.conn, SCAN_AT, raw_hours=48, hour_days=8)  # as the daemon's hourly job
    db.conn.close()
    week = (SCAN_AT - timedelta(days=7), SCAN_AT)
    assert truth(probes, flaky.url, *week) == (168, 9)
    assert truth(probes, mended.url, *week) == (144, 8)

    outcome = await run_scan(config, sites, depth="home", clock=lambda: SCAN_AT)
    db = open_database(config.database_path, create=False)
    records = {r["url"]: r for r in iter_result_records(db, outcome.scan_id)}
    report = build_report(db.conn, settings=config.report, rules=config.rules,
                          now=SCAN_AT + timedelta(hours=6))
    db.conn.close()
    vetoed = {
        url: next((f for f in r["findings"] if f["code"] == "availability"), None)
        for url, r in records.items()
    }
    assert vetoed[flaky.url] is not None and (vetoed[flaky.url]["visits"],
                                              vetoed[flaky.url]["count"]) == (168, 9)
    assert vetoed[mended.url] is not None and vetoed[mended.url]["visits"] == 144
    assert vetoed[steady.url] is None and vetoed[newcomer.url] is None
    assert records[newcomer.url]["status"] != "unreachable"

    avail = report.availability
    assert (avail.window_start, avail.window_end) == (
        datetime(2026, 11, 18, 17, tzinfo=UTC),
        datetime(2026, 11, 25, 17, tzinfo=UTC),
    )
    rows = {r.url: (r.visits, r.failures, r.verdict) for r in avail.rows}
    assert rows == {
        flaky.url: (168, 9, "fail"),
        mended.url: (144, 8, "fail"),
        newcomer.url: (48, 3, "insufficient"),
    }
    assert (avail.passing, avail.failing, avail.insufficient) == (1, 2, 1)
    # The report's verdicts are the scan's: a site failing the week is unreachable.
    by_url = {s.url: s for s in report.sites}
    for url, (_, _, verdict) in rows.items():
        assert (by_url[url].status == "unreachable") == (verdict == "fail"), url


def test_a_visit_counts_for_a_week_from_the_end_of_its_hour(tmp_path) -> None:
    """A failed visit at 17:41 leaves the week at 18:00 seven days later, not earlier
    (its hour row is whole again) and not depending on whether its raw row was rolled."""
    db = open_database(tmp_path / "h.db")
    store = ResultStore(db)
    url = "http://www.example.gov.cn/"
    store.register_sites([Site(url)], SCAN_AT - timedelta(days=10))
    ids = store.site_ids()
    end = SCAN_AT + timedelta(days=1)
    probes = hourly(url, end, 10 * 24, set())
    failed_at = datetime(2026, 11, 18, 17, 41, tzinfo=UTC)
    probes = [replace(p, ok=False) if p.probed_at == failed_at else p for p in probes]
    record_probes(db.conn, probes, ids, excluded=(), fail_threshold=3, success_threshold=2)
    site = ids[url]
    seen = []
    for now in (
        datetime(2026, 11, 18, 17, 59, tzinfo=UTC),  # not yet: its hour has not ended
        datetime(2026, 11, 18, 18, 0, tzinfo=UTC),
        datetime(2026, 11, 25, 17, 0, 3, tzinfo=UTC),  # the nightly scan, a week later
        datetime(2026, 11, 25, 17, 59, 59, tzinfo=UTC),
        datetime(2026, 11, 25, 18, 0, tzinfo=UTC),  # gone, exactly 7 x 24 h after 18:00
    ):
        for rolled in (False, True):
            if rolled:
                rollup(db.conn, end, raw_hours=1, hour_days=30)
            start, stop = availability_window(now, 7)
            assert stop - start == timedelta(days=7) and stop <= now
            visits, failures = availability_tallies(db.conn, start, stop)[site]
            assert (visits, failures) == truth(probes, url, start, stop)
            seen.append(failures)
        db.conn.close()
        db = open_database(tmp_path / "h.db")
        db.conn.execute("DELETE FROM probe_hours")
        db.conn.execute("DELETE FROM probes")
        record_probes(db.conn, probes, ids, excluded=(), fail_threshold=3, success_threshold=2)
    assert seen == [0, 0, 1, 1, 1, 1, 1, 1, 0, 0]
    db.conn.close()
