"""The blind dead-pages set (tests/blind_dead_pages.py): stock server pages, hosting
panels, ICP interception, expired and for-sale domains, placeholders and closure
notices, WAF/CDN blocks, and live pages that must not be called dead, served on the
farm with their real status codes and headers, scanned at depths full and home with a
fixed clock, each verdict against the truth written before the first scan."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web
from selectolax.lexbor import LexborHTMLParser

from crawler.config import Config, RuleSettings
from crawler.models import (
    Evidence,
    FetchRecord,
    PageObservations,
    PageSignals,
    Site,
    SiteObservations,
)
from crawler.rules import evaluate
from crawler.scan import run_scan
from crawler.signals import default_signatures, page_signals, scan_markup
from crawler.storage import iter_result_records, open_database
from tests import blind_dead_pages as blind
from tests.farm import Farm

# 10:00 in Beijing on the truth's day.
CLOCK = datetime(blind.NOW.year, blind.NOW.month, blind.NOW.day, 2, 0, tzinfo=UTC)

# Gaps left, by site key and depth ("*" = both): the reason each verdict is still wrong.
KNOWN_GAPS: dict[tuple[str, str], str] = {}

OTHER_SITE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{host}</title></head>
<body><h1>{host}</h1><p>Another site, answering every path.</p></body></html>"""

NOT_FOUND = b"<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>"

_HOSTS = re.compile(rb"""(?:href|src|action)=["']?https?://([A-Za-z0-9.-]+)""")


def handler(routes: dict[str, blind.Resp]) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        resp = routes.get(request.path)
        if resp is None:
            return web.Response(status=404, body=NOT_FOUND, headers={"Content-Type": "text/html"})
        return web.Response(status=resp.status, body=resp.body, headers=dict(resp.headers))

    return answer


def other(host: str) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        return web.Response(text=OTHER_SITE.format(host=host), content_type="text/html", charset="utf-8")

    return answer


def register(server: Farm) -> None:
    for routes in blind.ALL_HOSTS.values():
        for resp in routes.values():
            for host in _HOSTS.findall(resp.body):
                server.sites.setdefault(host.decode().lower(), other(host.decode().lower()))
    for host, routes in blind.ALL_HOSTS.items():
        server.sites[host] = handler(routes)


async def scan(server: Farm, make_config: Callable[..., Config], port: int, depth: str) -> dict[str, dict[str, Any]]:
    register(server)
    config = make_config(port, network={"resolve": {"*": f"127.0.0.1:{port}"}})
    sites = [Site(f"http://{s.host}/", name=s.key, group=s.group) for s in blind.SITES]
    outcome = await run_scan(config, sites, depth=depth, clock=lambda: CLOCK)
    db = open_database(config.database_path, create=False)
    try:
        return {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()


def mismatch(site: blind.DeadSite, record: dict[str, Any], depth: str) -> str | None:
    truth = site.truth
    got = {f["code"] for f in record["findings"]}
    problems = []
    statuses = truth.status_full if depth == "full" and truth.status_full else truth.status
    if record["status"] not in statuses:
        problems.append(f"status {record['status']} (want {'/'.join(sorted(statuses))})")
    if truth.passed is not None and record["passed"] != truth.passed:
        problems.append(f"passed {record['passed']} (want {truth.passed})")
    missing = set(truth.must) - got
    if missing:
        problems.append(f"missing {sorted(missing)}")
    wrong = set(truth.must_not) & got
    if wrong:
        problems.append(f"false {sorted(wrong)}")
    if truth.kind:
        kinds = {f.get("kind") for f in record["findings"] if f["code"] == "unreachable"}
        if truth.kind not in kinds:
            problems.append(f"unreachable kind {sorted(map(str, kinds))} (want {truth.kind})")
    if not problems:
        return None
    return f"{site.key}: " + "; ".join(problems) + f" | got {sorted(got)}"


def gap(key: str, depth: str) -> str | None:
    return KNOWN_GAPS.get((key, depth)) or KNOWN_GAPS.get((key, "*"))


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_dead_pages_verdicts(
    farm: tuple[Farm, int], make_config: Callable[..., Config], depth: str
) -> None:
    server, port = farm
    records = await scan(server, make_config, port, depth)
    wrong = []
    fixed_gaps = []
    for site in blind.SITES:
        problem = mismatch(site, records[site.key], depth)
        known = gap(site.key, depth)
        if problem and not known:
            wrong.append(problem)
        if known and not problem:
            fixed_gaps.append(site.key)
    assert not wrong, "\n".join(wrong)
    assert not fixed_gaps, f"known gaps now right (remove them): {fixed_gaps}"


# -- The causes, one by one ------------------------------------------------------------


def _redirect_obs(target_page: PageObservations, home_parked: bool = False) -> SiteObservations:
    target = "http://lander.domainer.example/offer?domain=old-festival.org.uk"
    fetch = FetchRecord(url="http://www.old-festival.org.uk/", final_url="http://www.old-festival.org.uk/", http_status=200)
    parked = (Evidence("This domain may be for sale", "", "'this domain may be for sale' in the title"),)
    home = PageObservations(
        title="old-festival.org.uk",
        signals=PageSignals(script_redirects=(target,), parked=parked if home_parked else ()),
    )
    return SiteObservations(fetch=fetch, home=home, redirect_target=target, redirect_page=target_page)


def test_script_redirect_to_a_for_sale_lander_is_parked_not_a_hijack() -> None:
    """A domainer's page sends visitors on to its offer page by script: the domain is
    parked (as with an HTTP redirect to one), not hijacked."""
    lander = PageObservations(
        title="old-festival.org.uk is for sale",
        signals=PageSignals(parked=(Evidence("old-festival.org.uk is for sale", "", "'is for sale' in the title"),)),
    )
    for home_parked in (False, True):
        verdict = evaluate(_redirect_obs(lander, home_parked), RuleSettings(), CLOCK)
        codes = [f.code for f in verdict.findings]
        assert verdict.status == "zombie", codes
        assert codes.count("parked_domain") == 1 and "offsite_redirect" not in codes


def test_script_redirect_to_a_parked_lander_with_spam_stays_a_hijack() -> None:
    lander = PageObservations(
        title="for sale",
        signals=PageSignals(
            parked=(Evidence("domain for sale", "", "'domain for sale' in the text"),),
            spam_terms=(Evidence("百家乐 ×9", "", "gambling"),),
            spam_score=30,
        ),
    )
    verdict = evaluate(_redirect_obs(lander), RuleSettings(), CLOCK)
    assert verdict.status == "hijacked"
    assert "offsite_redirect" in {f.code for f in verdict.findings}


@pytest.mark.parametrize(
    "html",
    [
        blind.TENCENT_UNFILED,
        '<html><head><script>location.href="https://dnspod.qcloud.com/static/webblock.html?d=www.a.gov.cn"</script></head><body></body></html>',
    ],
)
def test_a_frame_of_or_a_script_to_a_clouds_block_page_is_that_block_page(html: str) -> None:
    tree = LexborHTMLParser(html)
    sig = default_signatures()
    markup = scan_markup(tree, "http://www.a.gov.cn/", sig)
    signals = page_signals(markup, "", "", sig)
    assert signals.unfiled and not signals.script_redirects and not signals.placeholder


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        ("Site Maintenance", "We’ll be back soon! Sorry for the inconvenience.", "placeholder"),
        ("Ashcombe", "We’ll be back soon! Sorry for the inconvenience.", "placeholder"),
        ("NAS01 - Synology DiskStation", "", "default_server"),
        ("网站暂时无法访问", "您访问的网站未完成ICP备案，暂时无法访问。", "unfiled"),
    ],
)
def test_dead_page_phrases(title: str, text: str, kind: str) -> None:
    sig = default_signatures()
    html = f"<html><head><title>{title}</title></head><body><p>{text}</p></body></html>"
    tree = LexborHTMLParser(html)
    signals = page_signals(scan_markup(tree, "http://www.a.gov.uk/", sig), text, title, sig)
    assert getattr(signals, kind), signals
