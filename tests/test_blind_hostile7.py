"""Blind hostile servers, round 7: raw servers of tests/blind_hostile7.py (truth written
before any scan), scanned at depths ``full`` and ``home`` at the fixed NOW with a visit
limit of 800 ms. The farm runs in a process of its own, so that its endless writers do
not share the scanning loop and the scanning process's memory growth is the crawler's.
"""

from __future__ import annotations

import asyncio
import json
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests import blind_hostile7 as bh

# (case, depth) -> the gap, for truths the crawler does not meet.
GAPS: dict[tuple[str, str], str] = {}


@dataclass
class Outcome:
    records: dict[str, dict[str, Any]]
    columns: dict[str, dict[str, dict[str, Any]]]
    seconds: float
    rss_growth_mb: float
    log: list[tuple[str, str, int]]


_OUTCOMES: dict[str, Outcome] = {}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _scan(db_path: str, depth: str, resolve: dict[str, str], cases: tuple[bh.Case, ...]) -> tuple[
        dict[str, dict[str, Any]], dict[str, dict[str, dict[str, Any]]], float]:
    from crawler.config import config_from_mapping
    from crawler.models import Site
    from crawler.scan import run_scan
    from crawler.storage import iter_result_records, open_database

    config = config_from_mapping({
        "crawler": {"timeout": bh.TIMEOUT, "retries": bh.RETRIES, "backoff": bh.BACKOFF, "max_retry_after": 0.2,
                    "max_page_bytes": bh.MAX_PAGE_BYTES, "max_redirects": bh.MAX_REDIRECTS,
                    "parse_workers": 0, "respect_robots": True},
        "network": {"resolve": resolve, "system_dns": False},
        "storage": {"path": db_path},
        "rules": {"slow_ms": 3000, "availability_timeout_seconds": bh.TIMEOUT},
    })
    sites = [Site(f"http://{bh.host(c.name)}/", name=c.name, group="hostile7",
                  overrides={"timeout": bh.TIMEOUT if c.name in bh.TIMED else bh.SLACK}) for c in cases]
    started = time.monotonic()
    outcome = await run_scan(config, sites, depth=depth, clock=lambda: bh.NOW)
    seconds = time.monotonic() - started
    db = open_database(config.database_path, create=False)
    try:
        records = {str(r["name"]): dict(r) for r in iter_result_records(db, outcome.scan_id)}
        columns: dict[str, dict[str, dict[str, Any]]] = {}
        for row in db.query(
            "SELECT sites.name AS site, check_columns.* FROM check_columns"
            " JOIN checks ON checks.id = check_columns.check_id JOIN sites ON sites.id = checks.site_id"
            " WHERE checks.scan_id = ? ORDER BY check_columns.id", [outcome.scan_id]):
            columns.setdefault(str(row["site"]), {})[str(row["name"])] = dict(row)
    finally:
        db.conn.close()
    return records, columns, seconds


def run_all(tmp: Path) -> dict[str, Outcome]:
    log_file = tmp / "requests.log"
    proc = subprocess.Popen([sys.executable, "-m", "tests.blind_hostile7", str(log_file)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parent.parent)
    try:
        assert proc.stdout is not None and proc.stdin is not None
        resolve = json.loads(proc.stdout.readline())["resolve"]
        out: dict[str, Outcome] = {}

        async def both() -> None:
            # The first page parsed loads the lexicon (up to a second on a loaded machine, on
            # the loop when parse_workers = 0): done before the timed scans.
            await _scan(str(tmp / "warm.db"), "full", resolve, (bh.CASE_BY_NAME["control"],))
            for depth in ("full", "home"):
                before = _peak_mb()
                records, columns, seconds = await _scan(str(tmp / f"{depth}.db"), depth, resolve, bh.CASES)
                out[depth] = Outcome(records, columns, seconds, _peak_mb() - before, [])

        asyncio.run(both())
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    log = [tuple(line.split("\t")) for line in log_file.read_text(encoding="utf-8").splitlines()] \
        if log_file.exists() else []
    for o in out.values():
        o.log = [(c, p, int(n)) for c, p, n in log]
    return out


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    if not _OUTCOMES:
        _OUTCOMES.update(run_all(tmp_path_factory.mktemp("hostile7")))
    return _OUTCOMES


def mismatches(case: bh.Case, out: Outcome, depth: str) -> list[str]:
    rec = out.records.get(case.name)
    if rec is None:
        return ["no record"]
    bad = []
    findings = rec["findings"]
    codes = {str(f["code"]) for f in findings}
    statuses = case.home_status if depth == "home" and case.home_status else case.status
    if rec["status"] not in statuses:
        bad.append(f"status {rec['status']} (want {statuses}): {[str(f['detail'])[:120] for f in findings]}")
    if rec["error_kind"] not in case.kind:
        bad.append(f"error_kind {rec['error_kind']} ({str(rec.get('error_detail'))[:100]}) (want {case.kind})")
    if missing := set(case.must) - codes:
        bad.append(f"missing {sorted(missing)}")
    if extra := set(case.must_not) & codes:
        bad.append(f"unwanted {sorted(extra)}: {[str(f['detail'])[:160] for f in findings if f['code'] in extra]}")
    if case.healthy_page and depth == "full" and rec["status"] == "healthy":
        cols = out.columns.get(case.name, {})
        for name, (typ, newest, empty) in bh.column_truth().items():
            row = cols.get(name)
            if row is None:
                bad.append(f"column {name} not found")
            elif row["type"] != typ or row["newest"] != newest.isoformat() or bool(row["empty"]) != empty:
                bad.append(f"column {name}: {row['type']} {row['newest']} empty={row['empty']}")
    return bad


def score(outs: dict[str, Outcome]) -> None:
    for depth, out in outs.items():
        ok = 0
        print(f"--- depth {depth}: {len(out.records)} sites in {out.seconds:.2f} s, peak RSS +{out.rss_growth_mb:.0f} MB")
        for case in bh.CASES:
            bad = mismatches(case, out, depth)
            ok += not bad
            rec = out.records.get(case.name, {})
            print(f"{'OK ' if not bad else 'BAD'} {case.name:18} {rec.get('status')!s:11} "
                  f"{rec.get('error_kind')!s:13} {'; '.join(bad)[:400]}")
        print(f"score {depth}: {ok}/{len(bh.CASES)}")


def _params() -> list[object]:
    out: list[object] = []
    for depth in ("full", "home"):
        for case in bh.CASES:
            gap = GAPS.get((case.name, depth))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            out.append(pytest.param(depth, case.name, marks=marks, id=f"{depth}-{case.name}"))
    return out


@pytest.mark.parametrize(("depth", "name"), _params())
def test_blind_hostile7(outcomes: dict[str, Outcome], depth: str, name: str) -> None:
    assert mismatches(bh.CASE_BY_NAME[name], outcomes[depth], depth) == []


def test_the_endless_bodies_are_cut_in_bounded_time_and_memory(outcomes: dict[str, Outcome]) -> None:
    for out in outcomes.values():
        assert out.rss_growth_mb < bh.RSS_LIMIT_MB, out.rss_growth_mb
        assert out.seconds < 30, out.seconds


def test_the_cookie_and_replay_cases_asked_what_they_test(outcomes: dict[str, Outcome]) -> None:
    log = outcomes["full"].log
    cookie_cols = [(p, n) for c, p, n in log if c == "cookie-5000" and p.startswith("/col/")]
    assert cookie_cols, "no column page of the cookie-5000 site was asked for"
    assert all(n <= 8192 for _p, n in cookie_cols), max(n for _p, n in cookie_cols)


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        score(run_all(Path(d)))


def test_a_redirect_to_a_loopback_address_is_not_followed() -> None:
    from yarl import URL

    from crawler.domains import is_loopback
    from crawler.fetch import _Failure, _follow

    assert is_loopback("127.0.0.1") and is_loopback("127.8.9.10") and is_loopback("::1")
    assert is_loopback("::ffff:127.0.0.1") and is_loopback("localhost") and is_loopback("app.localhost.")
    assert not is_loopback("10.1.2.3") and not is_loopback("www.qingxi.gov.cn") and not is_loopback("")
    for location in ("http://127.0.0.1:8080/", "http://localhost/", "http://[::1]/admin"):
        with pytest.raises(_Failure) as failed:
            _follow(URL("http://www.qingxi.gov.cn/"), location)
        assert failed.value.kind == "connect" and "loopback" in failed.value.detail
    # a site listed on the loopback (a local test server) may move within it
    assert str(_follow(URL("http://127.0.0.1:8000/"), "http://127.0.0.1:9000/x")) == "http://127.0.0.1:9000/x"
    assert str(_follow(URL("http://www.qingxi.gov.cn/"), "http://10.1.2.3/")) == "http://10.1.2.3/"


def test_a_column_page_that_is_the_homepage_says_nothing_of_the_column() -> None:
    from crawler.check import NOT_ITS_OWN_PAGE, _not_the_homepage, column_states, plan_pages
    from crawler.extract import default_lexicon, observe

    now = bh.NOW
    home = observe(bh.portal(now).encode(), "utf-8", "http://www.qingxi.gov.cn/", "text/html", now.date())
    # the homepage's bytes again, answered for the column's page and read as one
    again = observe(bh.portal(now).encode(), "utf-8", "http://www.qingxi.gov.cn/col/tzgg/index.html",
                    "text/html", now.date(), columns=False)

    plans = plan_pages(home, "http://www.qingxi.gov.cn/", 12, default_lexicon())
    notice = next(p for p in plans if p.name == "通知公告")
    read = _not_the_homepage([(notice, again, None)], home)
    assert read == [(notice, None, NOT_ITS_OWN_PAGE)]
    state = next(s for s in column_states(home, "http://www.qingxi.gov.cn/", read) if s.name == "通知公告")
    assert state.newest == bh.day(now, 5) and not state.empty
