"""Reports built from databases that real scans of the farm filled.

Two scans a day apart, with changes in between: a site goes down, one recovers,
one gets hijacked (with a hostile page title), one stays dead.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.errors import ConfigError, StorageError
from crawler.history import entered_status, prune
from crawler.models import Site
from crawler.probes import ProbeResult
from crawler.probestore import record_probes
from crawler.scan import run_scan
from crawler.storage import ResultStore, open_database
from monitor.build import build_report, parse_since
from monitor.cli import main as monitor_main
from tests.farm import HEALTHY_PAGE, Farm

NOW = datetime(2026, 11, 25, 1, tzinfo=UTC)
HOSTILE_TITLE = "<script>alert('t')</script>澳门威尼斯人娱乐城"
CASINO = f"""<html><head><meta charset="utf-8"><title>{HOSTILE_TITLE}</title></head>
<body><h1>澳门威尼斯人娱乐城</h1><p>百家乐 时时彩 六合彩 真人视讯 体育投注 棋牌 捕鱼 百家乐在线 娱乐城注册送彩金</p>
<a href="/reg">立即注册</a><a href="/bjl">百家乐</a><a href="/lhc">六合彩</a></body></html>"""


class Flipping:
    """Sites whose answer depends on the scan's phase."""

    def __init__(self, farm: Farm) -> None:
        self.phase = 1

        def by_phase(first: tuple[int, str], second: tuple[int, str]):
            async def handler(request: web.Request) -> web.StreamResponse:
                status, text = first if self.phase == 1 else second
                return web.Response(status=status, text=text, content_type="text/html")

            return handler

        farm.sites["steady"] = by_phase((200, HEALTHY_PAGE), (200, HEALTHY_PAGE))
        farm.sites["goes-down"] = by_phase((200, HEALTHY_PAGE), (503, "busy"))
        farm.sites["comes-back"] = by_phase((500, "broken"), (200, HEALTHY_PAGE))
        farm.sites["hacked"] = by_phase((200, HEALTHY_PAGE), (200, CASINO))
        farm.sites["dead"] = by_phase((404, "gone"), (404, "gone"))


def site_list(farm: Farm) -> list[Site]:
    return [
        Site(farm.url("steady"), "稳定网站", "北京市"),
        Site(farm.url("goes-down"), "Goes down", "北京市"),
        Site(farm.url("comes-back"), "Comes back", "上海市"),
        Site(farm.url("hacked"), "被黑网站", "上海市"),
        Site(farm.url("dead"), "Dead bureau", "上海市"),
    ]


async def two_scans(farm: Farm, config: Config) -> None:
    flipping = Flipping(farm)
    sites = site_list(farm)
    await run_scan(config, sites, depth="full", clock=lambda: NOW - timedelta(days=1))
    flipping.phase = 2
    await run_scan(config, sites, depth="full", clock=lambda: NOW)


def report_of(config: Config, **options):
    db = open_database(config.database_path, create=False)
    try:
        return build_report(db.conn, settings=config.report, rules=config.rules, now=NOW, **options)
    finally:
        db.conn.close()


@pytest.fixture
async def scanned(farm, make_config) -> tuple[Farm, Config]:
    server, port = farm
    config = make_config(port, report={"closure_after_days": 1})
    await two_scans(server, config)
    return server, config


async def test_headline_changes_and_ranking(scanned) -> None:
    farm, config = scanned
    report = report_of(config)
    by_url = {site.url: site for site in report.sites}

    assert report.scan.id == 2 and report.baseline is not None and report.baseline.id == 1
    assert report.headline.checked == 5
    assert by_url[farm.url("steady")].passed
    assert by_url[farm.url("comes-back")].passed
    assert report.headline.passed == 2
    assert report.headline.pass_rate == pytest.approx(2 / 5)
    # Scan 1: steady, goes-down and hacked passed (3 of 5).
    assert report.headline.change_since_previous == pytest.approx(2 / 5 - 3 / 5)
    assert report.headline.counts == {
        "unreachable": 2,
        "hijacked": 1,
        "zombie": 0,
        "stale": 0,
        "healthy": 2,
    }

    assert {s.url for s in report.newly_failed} == {farm.url("goes-down"), farm.url("hacked")}
    assert {s.url for s in report.recovered} == {farm.url("comes-back")}
    hacked = by_url[farm.url("hacked")]
    assert hacked.status == "hijacked" and hacked.previous_status == "healthy"
    assert hacked.main_reason is not None and hacked.main_reason.veto
    assert hacked.title == HOSTILE_TITLE

    # Needs action: hijacked first, then unreachable; healthy passing sites are not listed.
    ranked = [s.status for s in report.needs_action]
    assert ranked == ["hijacked", "unreachable", "unreachable"]
    assert report.sites[-1].status == "healthy"


async def test_days_in_state_and_closure_candidates(scanned) -> None:
    farm, config = scanned
    report = report_of(config)
    dead = next(s for s in report.sites if s.url == farm.url("dead"))
    down = next(s for s in report.sites if s.url == farm.url("goes-down"))
    assert dead.days_in_state == 1 and dead.dead_since == NOW - timedelta(days=1)
    assert down.days_in_state == 0
    # closure_after_days = 1: only the site dead in both scans.
    assert [s.url for s in report.closure_candidates] == [farm.url("dead")]
    strict = report_of(replace(config, report=replace(config.report, closure_after_days=2)))
    assert strict.closure_candidates == ()


async def test_groups_findings_and_trends(scanned) -> None:
    farm, config = scanned
    report = report_of(config)
    groups = {g.group: g for g in report.groups}
    assert set(groups) == {"北京市", "上海市"}
    assert (groups["北京市"].sites, groups["北京市"].passed) == (2, 1)
    assert (groups["上海市"].sites, groups["上海市"].passed) == (3, 1)
    assert groups["上海市"].trend == (pytest.approx(1 / 3), pytest.approx(1 / 3))
    assert groups["北京市"].trend == (1.0, 0.5)
    assert report.groups[0].pass_rate <= report.groups[1].pass_rate  # worst first
    codes = {f.code: f for f in report.findings}
    assert codes["unreachable"].sites == 2 and codes["unreachable"].vetoes == 2
    assert [(p.scan_id, p.passed) for p in report.trends] == [(1, 3), (2, 2)]
    # Two scans are two visits: no availability verdict from so little.
    assert report.availability.insufficient == 5 and report.availability.failing == 0
    worst = {row.url: row for row in report.availability.rows}
    assert worst[farm.url("dead")].failures == 2 and worst[farm.url("dead")].visits == 2
    assert worst[farm.url("goes-down")].ratio == 0.5


async def test_group_filter_and_older_scan(scanned) -> None:
    _farm, config = scanned
    report = report_of(config, group="北京市")
    assert {s.group for s in report.sites} == {"北京市"}
    assert report.headline.checked == 2 and len(report.groups) == 1
    first = report_of(config, scan_id=1)
    assert first.baseline is None and first.newly_failed == () and first.headline.passed == 3
    with pytest.raises(StorageError, match="does not exist"):
        report_of(config, scan_id=9)


async def test_prune_keeps_summaries_and_recent_scans(farm, make_config) -> None:
    server, port = farm
    config = make_config(port, storage={"keep_days": 30})
    flipping = Flipping(server)
    sites = site_list(server)
    for days_ago in (90, 60, 1, 0):
        flipping.phase = 1 if days_ago > 1 else 2
        await run_scan(
            config, sites, depth="full", clock=lambda d=days_ago: NOW - timedelta(days=d)
        )
    db = open_database(config.database_path, create=False)
    result = prune(db.conn, 30, NOW)
    assert (result.scans, result.checks) == (2, 10)
    left = {row[0] for row in db.conn.execute("SELECT DISTINCT scan_id FROM checks")}
    assert left == {3, 4}
    db.conn.close()

    report = report_of(config)
    assert [p.scan_id for p in report.trends] == [1, 2, 3, 4]  # summaries survive
    dead = next(s for s in report.sites if s.url == server.url("dead"))
    assert dead.dead_since == NOW - timedelta(days=90)  # the streak survives the pruning
    with pytest.raises(StorageError, match="pruned"):
        report_of(config, scan_id=1)


def test_parse_since() -> None:
    assert parse_since("7d") == timedelta(days=7)
    assert parse_since("36h") == timedelta(hours=36)
    assert parse_since("2w") == timedelta(weeks=2)
    for bad in ("", "7", "d", "-1d", "0d", "7y"):
        with pytest.raises(ValueError):
            parse_since(bad)


async def test_cli_writes_dated_file_and_latest(scanned, tmp_path: Path, capsys) -> None:
    _farm, config = scanned
    db = str(config.database_path)
    out = tmp_path / "reports"
    assert monitor_main(["report", "--db", db, "--out", str(out), "--now", NOW.isoformat()]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["latest.html", f"report-{NOW.astimezone().strftime('%Y-%m-%d')}.html"]
    page = (out / "latest.html").read_text("utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page

    capsys.readouterr()
    assert monitor_main(["report", "--db", db, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"]["checked"] == 5
    assert len(data["sites"]) == 5

    assert monitor_main(["report", "--db", db, "--since", "7x"]) == 2
    assert "--since" in capsys.readouterr().err
    assert monitor_main(["report", "--db", str(tmp_path / "none.db")]) == 3


async def test_availability_comes_from_the_daemons_probes_when_there_are_any(scanned) -> None:
    farm, config = scanned
    db = open_database(config.database_path, create=False)
    site_ids = ResultStore(db).site_ids()
    results = []
    # A week of hourly probes ending at the scan: "goes-down" fails 1 in 10 (over the 5%
    # line), "steady" 1 in 25 (under it); "dead" has only 10 probes: insufficient data.
    for hour in range(7 * 24):
        moment = NOW - timedelta(hours=hour, minutes=30)
        results.append(ProbeResult(farm.url("goes-down"), moment, hour % 10 != 0, 12, 200, None, ""))
        results.append(ProbeResult(farm.url("steady"), moment, hour % 25 != 0, 12, 200, None, ""))
        if hour < 10:
            results.append(ProbeResult(farm.url("dead"), moment, False, None, 404, "http_4xx", ""))
    record_probes(db.conn, results, site_ids, excluded=(), fail_threshold=3, success_threshold=2)
    db.conn.close()

    availability = report_of(config).availability
    assert availability.source == "probes"
    rows = {row.url: row for row in availability.rows}
    assert rows[farm.url("goes-down")].verdict == "fail"
    assert rows[farm.url("goes-down")].visits == 168 and rows[farm.url("goes-down")].failures == 17
    assert rows[farm.url("steady")].verdict == "pass"
    assert rows[farm.url("dead")].verdict == "insufficient"
    # The two listed sites the daemon never probed have no data either: not left out.
    assert (availability.passing, availability.failing, availability.insufficient) == (1, 1, 3)


async def test_newly_hijacked_sites_are_found_for_alerts(scanned) -> None:
    farm, config = scanned
    db = open_database(config.database_path, create=False)
    changes = entered_status(db.conn, 2, ("hijacked", "zombie"))
    first_scan = entered_status(db.conn, 1, ("hijacked", "zombie", "unreachable"))
    db.conn.close()
    assert [(c.url, c.previous, c.status) for c in changes] == [
        (farm.url("hacked"), "healthy", "hijacked")
    ]
    assert changes[0].evidence  # the findings' words, for the alert
    assert first_scan == []  # a site's first check is no change


async def test_a_group_with_no_site_is_an_error_with_a_suggestion(scanned) -> None:
    _farm, config = scanned
    with pytest.raises(ConfigError, match=r"group '北京': no site of scan 2.*did you mean '北京市'"):
        report_of(config, group="北京")
