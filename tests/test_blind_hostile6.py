"""Blind hostile servers, round 6: anti-bot walls, odd framing and codings, odd
redirects, cookie loops and HEAD with a body, each held to the truth in
tests/blind_hostile6.py (written before any scan).

One scan per depth (`full`, `home`) of every case at once, on the raw server of that
module, at the fixed NOW, with a visit limit of 2,500 ms.
"""

from __future__ import annotations

import asyncio
import time
import urllib.parse
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests import blind_hostile6 as bh

TIMEOUT = 2.5  # seconds (2,500 ms) for one visit: no case here hangs

# Cases whose truth the crawler does not meet: (case, depth) -> the gap. (clte, an
# answer with both Content-Length and Transfer-Encoding: chunked, is read as browsers
# read it since crawler/lenient.py.)
GAPS: dict[tuple[str, str], str] = {}


@dataclass
class Outcome:
    records: dict[str, dict[str, Any]]
    columns: dict[str, dict[str, dict[str, Any]]]
    log: list[tuple[str, str, str]]
    seconds: float


_OUTCOMES: dict[str, Outcome] = {}


async def _scan(db_path: str, depth: str) -> Outcome:
    from crawler.config import config_from_mapping
    from crawler.models import Site
    from crawler.scan import run_scan
    from crawler.storage import iter_result_records, open_database

    srv = bh.HostileServer()
    await srv.start()
    try:
        config = config_from_mapping({
            "crawler": {"timeout": TIMEOUT, "retries": 1, "backoff": 0.05, "max_retry_after": 0.2,
                        "parse_workers": 0, "respect_robots": True},
            "network": {"resolve": bh.resolve_map(srv.port), "system_dns": False},
            "storage": {"path": db_path},
            "rules": {"slow_ms": 3000, "availability_timeout_seconds": TIMEOUT},
        })
        sites = [Site(c.listed, name=c.id, group="hostile6") for c in bh.CASES]
        started = time.monotonic()
        outcome = await run_scan(config, sites, depth=depth, clock=lambda: bh.NOW)
        seconds = time.monotonic() - started
    finally:
        await srv.close()
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
    return Outcome(records, columns, srv.log, seconds)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    if not _OUTCOMES:
        tmp: Path = tmp_path_factory.mktemp("hostile6")

        async def both() -> None:
            _OUTCOMES["full"] = await _scan(str(tmp / "full.db"), "full")
            _OUTCOMES["home"] = await _scan(str(tmp / "home.db"), "home")

        asyncio.run(both())
    return _OUTCOMES


def mismatches(case: bh.Case, rec: dict[str, Any] | None) -> list[str]:
    if rec is None:
        return ["no record"]
    bad = []
    findings = rec["findings"]
    codes = {str(f["code"]) for f in findings}
    statuses = case.status if isinstance(case.status, tuple) else (case.status,)
    if rec["status"] not in statuses:
        bad.append(f"status {rec['status']} (want {case.status}): {[f['detail'][:120] for f in findings]}")
    kinds = case.kind if isinstance(case.kind, tuple) else (case.kind,)
    kind = next((f.get("kind") for f in findings if f["code"] == "unreachable"), None)
    if kind not in kinds:
        bad.append(f"unreachable kind {kind} (want {case.kind})")
    if missing := set(case.must) - codes:
        bad.append(f"missing {sorted(missing)}")
    if extra := set(case.must_not) & codes:
        bad.append(f"unwanted {sorted(extra)}: {[f['detail'][:160] for f in findings if f['code'] in extra]}")
    final = urllib.parse.urlsplit(rec.get("final_url") or "")
    if case.final_path and final.path + (f"?{final.query}" if final.query else "") != case.final_path:
        bad.append(f"final URL {rec.get('final_url')} (want path {case.final_path})")
    if case.final_host and final.hostname != case.final_host:
        bad.append(f"final URL {rec.get('final_url')} (want host {case.final_host})")
    return bad


def _params() -> list[object]:
    out: list[object] = []
    for depth in ("full", "home"):
        for case in bh.CASES:
            gap = GAPS.get((case.id, depth))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            out.append(pytest.param(depth, case.id, marks=marks, id=f"{depth}-{case.id}"))
    return out


@pytest.mark.parametrize(("depth", "name"), _params())
def test_blind_hostile6(outcomes: dict[str, Outcome], depth: str, name: str) -> None:
    case = bh.BY_ID[name]
    assert mismatches(case, outcomes[depth].records.get(name)) == []


def test_the_portal_columns_are_read_as_written(outcomes: dict[str, Outcome]) -> None:
    found = outcomes["full"].columns["control"]
    for truth in bh.PORTAL_COLUMNS:
        row = found.get(truth.name)
        assert row is not None, (truth.name, sorted(found))
        assert row["type"] == truth.type, truth.name
        assert (date.fromisoformat(row["newest"]) if row["newest"] else None) == truth.newest, truth.name


def test_the_walls_and_head_bodies_were_met(outcomes: dict[str, Outcome]) -> None:
    """The cases asked what they test: the walled column pages and attachments were
    requested (and judged as not read, not as empty or broken), and HEAD went to the
    server that answers it with a body."""
    log = outcomes["full"].log
    assert any(c == "wallcols" and p.startswith("/col/gsgg/") for c, _, p in log)
    assert any(c == "walllinks" and p.startswith("/uploads/") for c, _, p in log)
    assert any(c == "headbody" and m == "HEAD" for c, m, _ in log)
    walled = outcomes["full"].columns["wallcols"]
    for name in ("公示公告", "规划计划", "政府采购", "人大会议", "基层信息公开"):
        assert name in walled and not walled[name]["empty"], (name, walled.get(name))


def test_a_backslash_location_is_a_path_as_browsers_read_it() -> None:
    from yarl import URL

    from crawler.fetch import _follow

    base = URL("http://www.example.gov.cn/default.aspx")
    assert str(_follow(base, "\\portal\\index.html")) == "http://www.example.gov.cn/portal/index.html"
    assert str(_follow(base, "http:\\\\www.example.gov.cn\\zwgk\\")) == "http://www.example.gov.cn/zwgk/"
    # in the query a backslash stays a character (percent-encoded)
    assert str(_follow(base, "/s.aspx?p=a\\b")) == "http://www.example.gov.cn/s.aspx?p=a%5Cb"


def test_a_secure_cookie_over_plain_http_is_refused_as_browsers_refuse_it() -> None:
    from crawler.fetch import parse_set_cookie

    assert parse_set_cookie("sid=1; Path=/; Secure; HttpOnly", secure_origin=False) is None
    assert parse_set_cookie("sid=1; Path=/; secure", secure_origin=True) == ("sid", "1", False)
    assert parse_set_cookie("sid=1; Path=/; SecureFlag=0", secure_origin=False) == ("sid", "1", False)


def test_a_zhengwu_domain_moving_to_its_gov_cn_portal_is_a_sibling() -> None:
    from crawler.config import RuleSettings
    from crawler.integrity import classify_target

    suffixes = RuleSettings().trusted_suffixes
    assert classify_target("http://临江县人民政府.政务/", "http://www.linjiang.gov.cn/", (), suffixes) == "sibling"
    assert classify_target("http://xn--miqqmo2k4sny6hktkspa.xn--zfr164b/", "http://www.linjiang.gov.cn/", (),
                           suffixes) == "sibling"
    assert classify_target("http://www.linjiang.gov.cn/", "http://www.bet365.example/", (), suffixes) == "offsite"
    assert classify_target("http://临江.政务/", "http://casino.example.com/", (), suffixes) == "offsite"
