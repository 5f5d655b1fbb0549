"""The inspectors' availability rule: pure thresholds, and the veto a scan takes from
the daemon's probes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crawler.availability import availability_finding, judge_availability
from crawler.config import RuleSettings
from crawler.models import Site
from crawler.probes import ProbeResult
from crawler.probestore import record_probes
from crawler.scan import run_scan
from crawler.storage import ResultStore, iter_result_records, open_database

NOW = datetime(2026, 11, 25, 1, tzinfo=UTC)
RULES = RuleSettings()


@pytest.mark.parametrize(
    ("visits", "failures", "verdict"),
    [
        (140, 7, "fail"),  # exactly 5%: fails
        (140, 6, "pass"),  # 4.3%
        (20, 1, "fail"),
        (19, 0, "insufficient"),  # fewer than 20 visits: no verdict, not a pass
        (0, 0, "insufficient"),
    ],
)
def test_five_percent_over_the_window(visits: int, failures: int, verdict: str) -> None:
    assert judge_availability(visits, failures, min_visits=20, max_failure_ratio=0.05) == verdict
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
