"""The blind hijack6 set (tests/blind_hijack6.py): 12 hacked sites and 5 clean ones that
look suspicious, scanned on the farm at depths full and home with a fixed clock, each
verdict against the truth written before the first scan."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from crawler.models import Site
from tests import blind_hijack6 as bh
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

# Verdicts still wrong, by site key and depth ("*" = both): the reason.
KNOWN_GAPS: dict[tuple[str, str], str] = {}
# Columns still read wrong at depth full, by site key: the reason.
COLUMN_GAPS: dict[str, str] = {}

SITES = bh.all_sites()

OTHER_SITE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{host}</title></head>
<body><h1>{host}</h1><p>Another site, answering every path.</p></body></html>"""

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head>
<body><div class="crumb"><a href="/">Home</a></div><div class="content"><p>{name}</p></div></body></html>"""

_HOSTS = re.compile(r"""(?:href|src|value|content|action)=["']?(?:\d+;\s*url=)?https?://([A-Za-z0-9.-]+)""", re.I)


def _respond(page: bh.Page) -> web.Response:
    ctype, _, rest = page.content_type.partition(";")
    charset = rest.split("=", 1)[1].strip() if "=" in rest else None
    body = page.body.encode(charset or "utf-8") if isinstance(page.body, str) else page.body
    resp = web.Response(status=page.status, body=body, headers=page.headers)
    resp.content_type = ctype.strip()
    if charset:
        resp.charset = charset
    return resp


def handler(site: bh.BlindSite) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        page = site.pages.get(request.path_qs) or site.pages.get(request.path)
        if page is not None:
            return _respond(page)
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        return _respond(bh.Page(ARTICLE.format(name=html.unescape(site.name))))

    return answer


def other(host: str, page: bh.Page | None = None) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        return _respond(page or bh.Page(OTHER_SITE.format(host=host)))

    return answer


def register(server: Farm) -> None:
    for site in SITES:
        for page in site.pages.values():
            if isinstance(page.body, str):
                for host in _HOSTS.findall(page.body):
                    server.sites.setdefault(host.lower(), other(host.lower()))
    for site in SITES:
        for host, pages in site.extra_hosts.items():
            server.sites[host] = other(host, pages["/"])
        server.sites[site.host] = handler(site)


_cache: dict[str, tuple[Records, Columns]] = {}


async def scan(depth: str) -> tuple[Records, Columns]:
    """Every site scanned once per depth (each test reads the same scan)."""
    if depth not in _cache:
        sites = [Site(f"http://{s.host}/", name=s.key, group="blind_hijack6") for s in SITES]
        _cache[depth] = await scan_on_farm(sites, register, depth, bh.NOW, every_host=True)
    return _cache[depth]


def mismatch(site: bh.BlindSite, record: dict[str, Any], depth: str) -> str | None:
    truth = site.truth
    got = {f["code"] for f in record["findings"]}
    want_status = truth.status if depth == "full" else truth.status_home
    must = truth.must if depth == "full" else truth.must_home
    problems = []
    if record["status"] != want_status:
        problems.append(f"status {record['status']} (want {want_status})")
    missing = set(must) - got
    if missing:
        problems.append(f"missing {sorted(missing)}")
    if truth.any_of and not set(truth.any_of) & got:
        problems.append(f"none of {list(truth.any_of)}")
    wrong = set(truth.must_not) & got
    if wrong:
        problems.append(f"false {sorted(wrong)}")
    if not problems:
        return None
    return f"{site.key}: " + "; ".join(problems) + f" | got {sorted(got)}"


def column_mismatch(site: bh.BlindSite, rows: list[dict[str, Any]]) -> list[str]:
    found = {c["name"]: c for c in rows}
    wrong = []
    for col in site.columns:
        name = html.unescape(col.name)
        row = found.get(name)
        if row is None:
            wrong.append(f"{name}: not found (found {sorted(found)})")
            continue
        got = (row.get("type"), row.get("newest"))
        want = (col.type, col.newest.isoformat() if col.newest else None)
        if got != want:
            wrong.append(f"{name}: {got} (want {want})")
    return wrong


def gap(key: str, depth: str) -> str | None:
    return KNOWN_GAPS.get((key, depth)) or KNOWN_GAPS.get((key, "*"))


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_hijack6_verdicts(depth: str) -> None:
    records, _ = await scan(depth)
    wrong = []
    fixed_gaps = []
    for site in SITES:
        problem = mismatch(site, records[site.key], depth)
        known = gap(site.key, depth)
        if problem and not known:
            wrong.append(problem)
        if known and not problem:
            fixed_gaps.append(site.key)
    assert not wrong, "\n".join(wrong)
    assert not fixed_gaps, f"known gaps now right (remove them): {fixed_gaps}"


async def test_blind_hijack6_columns() -> None:
    """Each column's type and newest date at depth full (the hijacked 404 column aside)."""
    _, columns = await scan("full")
    wrong = []
    fixed = []
    for site in SITES:
        problems = column_mismatch(site, columns.get(site.key, []))
        if problems and site.key not in COLUMN_GAPS:
            wrong.append(f"{site.key}: " + "; ".join(problems))
        if site.key in COLUMN_GAPS and not problems:
            fixed.append(site.key)
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"column gaps now right (remove them): {fixed}"


def _signals(body: str, title: str) -> Any:
    from datetime import date

    from crawler.extract import observe
    from crawler.lexicon import build_lexicon
    from crawler.signals import build_signatures

    html_text = f"<html><head><meta charset=utf-8><title>{title}</title></head><body>{body}</body></html>"
    page = observe(html_text.encode(), "utf-8", "http://www.example.org/", "text/html", date(2026, 11, 20),
                   build_lexicon(), signatures=build_signatures())
    return page.signals


def test_a_report_of_a_break_in_names_the_spam() -> None:
    """A news report or a CERT's notice of a hacked site names what the attackers put
    there (casino links injected, 网站被植入博彩暗链): reported, not offered, as a
    crackdown's words are (the Riverton Ledger's list page scored 7.4 of 6)."""
    en = ("<p>How the hack worked: hidden links to casino and roulette sites were injected into the city's homepage. "
          "Hackers used the casino and sports betting links to lift their sites' search rankings.</p>") * 2
    zh = "<p>某县政府网站被植入百家乐、六合彩等博彩暗链，网信部门已责令整改。</p><p>黑客攻击后植入的时时彩链接已清除。</p>" * 2
    limit = 6  # spam_score_hijack
    assert _signals(en, "Riverton Daily Ledger").spam_score < limit
    assert _signals(zh, "网信快讯").spam_score < limit
    # the same words offered, without the report's, still count
    offer = "<p>Best casino and roulette sites, sports betting links: play casino games now.</p>" * 2
    assert _signals(offer, "Riverton Daily Ledger").spam_score >= limit
    # a defacement notice is still one (no context word inside "Hacked by")
    assert _signals("<h1>Hacked by Sh4d0w</h1><p>greetz to all</p>", "Hacked by Sh4d0w").spam_score >= limit
