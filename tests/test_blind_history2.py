"""Blind history round 2 (tests/blind_history2.py): nightly scans over 100 days of ten
sites whose servers change between nights, with the daemon's hourly probes, judged
and reported as the truth written before any scan says."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config, config_from_mapping
from crawler.models import Site
from crawler.probes import ProbeResult
from crawler.probestore import record_probes, rollup
from crawler.scan import run_scan
from crawler.storage import ResultStore, iter_result_records, open_database
from monitor.build import build_report
from monitor.model import Report
from tests import blind_history2 as truth
from tests.conftest import farm_mapping

HOST_SITE = {s.host: s.key for s in truth.SITES}
URL = {s.key: f"http://{s.host}/" for s in truth.SITES}
SITE_OF_URL = {u: k for k, u in URL.items()}
LETTER = {v: k for k, v in truth.NAMES.items()}
ETAG_MODIFIED = "Sun, 01 Nov 2026 09:30:00 GMT"


class Servers:
    """The estate's servers, switched night by night."""

    def __init__(self) -> None:
        self.night = 0

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.dispatch)
        return app

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        site = HOST_SITE.get((request.host or "").split(":")[0])
        if site is None:
            return web.Response(status=421, text="no such site")
        mode = truth.server_mode(site, self.night)
        if mode == "502":
            return web.Response(
                status=502, content_type="text/html",
                text="<html><head><title>502 Bad Gateway</title></head><body><center>"
                     "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>")
        if mode == "waf":
            return web.Response(status=403, content_type="text/html", text=truth.CHALLENGE_PAGE,
                                headers={"Server": "cloudflare", "cf-mitigated": "challenge"})
        if mode == "reset":
            assert request.transport is not None
            request.transport.abort()
            return web.Response(status=500)
        body = truth.page(site, request.path, self.night)
        if body is None:
            return web.Response(status=404, content_type="text/html",
                                text="<html><head><title>404 Not Found</title></head></html>")
        data = body.encode("utf-8")
        headers = {"Server": "nginx"}
        if site == "etag-304":
            etag = f'"{hashlib.blake2b(data, digest_size=8).hexdigest()}"'
            headers |= {"ETag": etag, "Last-Modified": ETAG_MODIFIED}
            if request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers=headers)
        return web.Response(body=data, headers=headers, content_type="text/html", charset="utf-8")


@dataclass
class History:
    full: dict[int, dict[str, dict[str, Any]]] = field(default_factory=dict)
    home: dict[int, dict[str, dict[str, Any]]] = field(default_factory=dict)
    reports: dict[int, Report] = field(default_factory=dict)


def _sites(night: int) -> list[Site]:
    return [Site(URL[s.key], s.name, s.group) for s in truth.SITES if truth.listed(s.key, night)]


def _probes(night: int, done: set[dt.datetime]) -> list[ProbeResult]:
    out = []
    for hour in truth.probe_hours(night):
        if hour in done:
            continue
        done.add(hour)
        at = hour + dt.timedelta(minutes=30)
        for spec in truth.SITES:
            if not truth.probed(spec.key, at):
                continue
            ok = truth.probe_ok(spec.key, at)
            out.append(ProbeResult(URL[spec.key], at, ok, 40 if ok else 15_000,
                                   200 if ok else None, None if ok else "timeout", ""))
    return out


async def _run(config: Config) -> History:
    servers = Servers()
    runner = web.AppRunner(servers.app(), handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", config_port[0])
    await site.start()
    history = History()
    done: set[dt.datetime] = set()
    try:
        for night in truth.NIGHTS:
            servers.night = night
            start = truth.scan_start(night)
            sites = _sites(night)
            db = open_database(config.database_path)
            store = ResultStore(db)
            store.register_sites([Site(URL[s.key], s.name, s.group) for s in truth.SITES],
                                 truth.PROBE_ORIGIN)
            record_probes(db.conn, _probes(night, done), store.site_ids(), excluded=(),
                          fail_threshold=3, success_threshold=2)
            rollup(db.conn, start, raw_hours=48, hour_days=8)
            db.conn.close()
            at = start + dt.timedelta(seconds=3)
            outcome = await run_scan(config, sites, depth="full", clock=lambda at=at: at)
            db = open_database(config.database_path, create=False)
            history.full[night] = {SITE_OF_URL[r["url"]]: r for r in iter_result_records(db, outcome.scan_id)}
            history.reports[night] = build_report(
                db.conn, settings=config.report, rules=config.rules,
                now=start + dt.timedelta(hours=6), scan_id=outcome.scan_id)
            db.conn.close()
            if night in truth.HOME_NIGHTS:
                at = start + dt.timedelta(minutes=30)
                outcome = await run_scan(config, sites, depth="home", clock=lambda at=at: at)
                db = open_database(config.database_path, create=False)
                history.home[night] = {SITE_OF_URL[r["url"]]: r
                                       for r in iter_result_records(db, outcome.scan_id)}
                db.conn.close()
    finally:
        await runner.cleanup()
    return history


config_port = [0]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    tmp: Path = tmp_path_factory.mktemp("history2")
    config_port[0] = _free_port()
    resolve = {s.host: f"127.0.0.1:{config_port[0]}" for s in truth.SITES}
    resolve[truth.SITE["dead-closure"].host] = "0.0.0.0"
    mapping = farm_mapping(config_port[0], tmp, network={"resolve": resolve})
    config = config_from_mapping(mapping, tmp / "test.toml")
    yield asyncio.run(_run(config))


def _letters(records: dict[int, dict[str, dict[str, Any]]], site: str, nights: tuple[int, ...]) -> str:
    return "".join(LETTER[records[d][site]["status"]] if site in records[d] else "-" for d in nights)


def score(history: History) -> str:
    lines = [f"{'site':16} {'truth':20} full"]
    for spec in truth.SITES:
        lines.append(f"{spec.key:16} {truth.STATUS[spec.key]:20} "
                     f"{_letters(history.full, spec.key, truth.NIGHTS)}")
    return "\n".join(lines)


def test_statuses_night_by_night(history: History) -> None:
    print(score(history))
    for spec in truth.SITES:
        assert _letters(history.full, spec.key, truth.NIGHTS) == truth.STATUS[spec.key], spec.key


def test_sweeps_agree_with_the_full_scans(history: History) -> None:
    for spec in truth.SITES:
        expected = "".join(truth.STATUS[spec.key][truth.NIGHTS.index(d)] for d in truth.HOME_NIGHTS)
        assert _letters(history.home, spec.key, truth.HOME_NIGHTS) == expected, spec.key


def test_passed_follows_the_status_and_vetoes(history: History) -> None:
    for night in truth.NIGHTS:
        for site, record in history.full[night].items():
            # Stale with one stale column (etag-304, night 13) passes; every other
            # failing status of this estate fails.
            expected = truth.status(site, night) == "healthy" or (site, night) == ("etag-304", 13)
            assert record["passed"] is expected, (site, night)


def _verdict_letters(report: Report) -> dict[str, str]:
    """The availability section's verdict per listed site: p, f or i."""
    rows = {SITE_OF_URL[r.url]: r.verdict[0] for r in report.availability.rows}
    return rows


def test_the_weekly_availability_rule(history: History) -> None:
    for night in truth.NIGHTS:
        report = history.reports[night]
        assert report.availability.source == "probes"
        rows = _verdict_letters(report)
        expected = {k: v[truth.NIGHTS.index(night)] for k, v in truth.AVAILABILITY.items()}
        listed = {k for k, v in expected.items() if v != "-"}
        # Rows are the sites with at least one failed visit (and those without enough
        # visits); the counts cover every listed site.
        for site, verdict in rows.items():
            assert verdict == expected[site], (site, night)
        counts = (report.availability.passing, report.availability.failing,
                  report.availability.insufficient)
        assert counts == tuple(sum(1 for k in listed if expected[k] == v) for v in "pfi"), night
        for site in listed:
            if site == "dead-closure":
                continue  # its homepage never answers: unreachable either way
            record = history.full[night][site]
            has = any(f["code"] == "availability" for f in record["findings"])
            assert has == (expected[site] == "f"), (site, night)


def test_the_reports_changes(history: History) -> None:
    for night in truth.NIGHTS:
        report = history.reports[night]
        if night == truth.NIGHTS[0]:
            assert report.baseline is None
        got = {
            "newly_failed": {SITE_OF_URL[s.url] for s in report.newly_failed},
            "worse": {SITE_OF_URL[s.url] for s in report.worsened},
            "recovered": {SITE_OF_URL[s.url] for s in report.recovered},
        }
        assert got == truth.CHANGES[night], night


def test_closure_candidates(history: History) -> None:
    for night in truth.NIGHTS:
        got = {SITE_OF_URL[s.url] for s in history.reports[night].closure_candidates}
        assert got == truth.CLOSURE[night], night


def test_pass_rates_by_group(history: History) -> None:
    for night in truth.NIGHTS:
        groups = {g.group: (g.passed, g.sites) for g in history.reports[night].groups}
        expected = {g: v[truth.NIGHTS.index(night)] for g, v in truth.GROUP_PASSES.items()}
        assert groups == expected, night
        headline = history.reports[night].headline
        assert (headline.passed, headline.checked) == (
            sum(p for p, _ in expected.values()), sum(n for _, n in expected.values())), night


def test_findings_that_must_and_must_not_appear(history: History) -> None:
    for site, nights, code in truth.MUST:
        for night in nights:
            codes = {f["code"] for f in history.full[night][site]["findings"]}
            assert code in codes, (site, night, code, codes)
    for site, nights, code in truth.MUST_NOT:
        for night in nights:
            if site not in history.full[night]:
                continue
            codes = {f["code"] for f in history.full[night][site]["findings"]}
            assert code not in codes, (site, night, code)


def test_last_updated(history: History) -> None:
    for (site, night), (date, source) in truth.LAST_UPDATED.items():
        record = history.full[night][site]
        assert (record["last_updated"], record["last_updated_source"]) == (date, source), (site, night)
