"""The blind hijack8 set (tests/blind_hijack8.py): ten hacked sites and four clean ones
that look suspicious, scanned on the farm at depths full and home with a fixed clock,
each verdict against the truth written before the first scan."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web

from crawler.models import Site
from tests import blind_hijack8 as bh
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

# Verdicts still wrong, by site id and depth ("*" = both): the reason.
KNOWN_GAPS: dict[tuple[str, str], str] = {}
# Columns still read wrong at depth full, by site id: the reason.
COLUMN_GAPS: dict[str, str] = {}

SITES = bh.SITES

OTHER_SITE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{host}</title></head>
<body><h1>{host}</h1><p>Another site, answering every path.</p></body></html>"""

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head>
<body><div class="crumb"><a href="/">首页</a></div><div class="content"><p>{name}</p></div></body></html>"""

_HOSTS = re.compile(r"""(?:href|src|value|content|action)=["']?https?://([A-Za-z0-9.-]+)""", re.I)


def handler(site: bh.SiteTruth) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        body = site.pages.get(request.path_qs) or site.pages.get(request.path)
        if body is None and request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        if body is None:
            body = ARTICLE.format(name=site.name)
        charset = site.charset
        # a CMS writes what its charset lacks (©) as a character reference
        data = body.encode(charset, errors="xmlcharrefreplace")
        return web.Response(body=data, content_type="text/html", charset=charset)

    return answer


def other(host: str) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        return web.Response(text=OTHER_SITE.format(host=host), content_type="text/html")

    return answer


def register(server: Farm) -> None:
    for site in SITES:
        for body in site.pages.values():
            for host in _HOSTS.findall(body):
                server.sites.setdefault(host.lower(), other(host.lower()))
    for site in SITES:
        server.sites[site.host] = handler(site)


_cache: dict[str, tuple[Records, Columns]] = {}


async def scan(depth: str) -> tuple[Records, Columns]:
    """Every site scanned once per depth (each test reads the same scan)."""
    if depth not in _cache:
        sites = [Site(f"http://{s.host}/", name=s.id, group="blind_hijack8") for s in SITES]
        _cache[depth] = await scan_on_farm(sites, register, depth, bh.NOW, every_host=True)
    return _cache[depth]


def mismatch(site: bh.SiteTruth, record: dict[str, Any]) -> str | None:
    got = {f["code"] for f in record["findings"]}
    problems = []
    if record["status"] != site.status:
        problems.append(f"status {record['status']} (want {site.status})")
    if record["passed"] != site.passed:
        problems.append(f"passed {record['passed']} (want {site.passed})")
    missing = site.must - got
    if missing:
        problems.append(f"missing {sorted(missing)}")
    if site.must_any and not site.must_any & got:
        problems.append(f"none of {sorted(site.must_any)}")
    wrong = site.must_not & got
    if wrong:
        problems.append(f"false {sorted(wrong)}")
    if not problems:
        return None
    return f"{site.id}: " + "; ".join(problems) + f" | got {sorted(got)}"


def column_mismatch(site: bh.SiteTruth, rows: list[dict[str, Any]]) -> list[str]:
    found = {c["name"]: c for c in rows}
    wrong = []
    for col in site.columns:
        row = found.get(col.name)
        if row is None:
            wrong.append(f"{col.name}: not found (found {sorted(found)})")
            continue
        newest = col.newest.isoformat() if col.newest else None
        got = (row.get("type"), row.get("newest"), bool(row.get("empty")))
        want = (col.type, newest, col.empty)
        if got != want:
            wrong.append(f"{col.name}: {got} (want {want})")
    return wrong


def gap(sid: str, depth: str) -> str | None:
    return KNOWN_GAPS.get((sid, depth)) or KNOWN_GAPS.get((sid, "*"))


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_hijack8_verdicts(depth: str) -> None:
    records, _ = await scan(depth)
    wrong = []
    fixed_gaps = []
    for site in SITES:
        problem = mismatch(site, records[site.id])
        known = gap(site.id, depth)
        if problem and not known:
            wrong.append(f"[{depth}] {problem}")
        if known and not problem:
            fixed_gaps.append(site.id)
    assert not wrong, "\n".join(wrong)
    assert not fixed_gaps, f"known gaps now right (remove them): {fixed_gaps}"


async def test_blind_hijack8_columns() -> None:
    """Each site's columns: type, newest date and emptiness at depth full."""
    _, columns = await scan("full")
    wrong = []
    fixed = []
    for site in SITES:
        if not site.columns:
            continue
        problems = column_mismatch(site, columns.get(site.id, []))
        if problems and site.id not in COLUMN_GAPS:
            wrong.append(f"{site.id}: " + "; ".join(problems))
        if site.id in COLUMN_GAPS and not problems:
            fixed.append(site.id)
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"column gaps now right (remove them): {fixed}"


async def _score() -> None:
    """The score table (`python -m tests.test_blind_hijack8`): the authors' tool."""
    verdicts = cols_right = cols_total = lu_right = 0
    for depth in ("full", "home"):
        records, columns = await scan(depth)
        for site in SITES:
            rec = records[site.id]
            problem = mismatch(site, rec)
            verdicts += problem is None
            codes = sorted(f["code"] for f in rec["findings"])
            want_lu = site.home_newest.isoformat() if site.home_newest else None
            lu_ok = rec.get("last_updated") == want_lu
            lu_right += lu_ok
            print(f"{depth:4} {site.id:30} {rec['status']:9} {rec['passed']!s:5} {codes} lu={rec.get('last_updated')}{'' if lu_ok else ' (want ' + str(want_lu) + ')'}")
            if problem:
                print("      !!", problem)
            for f in rec["findings"]:
                if f["code"] in bh.HIJACK_CODES:
                    print("         ", f["code"], (f.get("detail") or "")[:150])
            if depth != "full":
                continue
            misses = column_mismatch(site, columns.get(site.id, []))
            cols_total += len(site.columns)
            cols_right += len(site.columns) - len(misses)
            for m in misses:
                print("      col!!", m)
    n = len(SITES)
    print(f"verdicts {verdicts}/{2 * n}, last_updated {lu_right}/{2 * n}, columns {cols_right}/{cols_total}")


if __name__ == "__main__":
    asyncio.run(_score())


def _codes(head: str, url: str = "http://tjj.meixi.gov.cn/") -> set[str]:
    from datetime import date
    from pathlib import Path

    from crawler.config import config_from_mapping
    from crawler.extract import observe
    from crawler.integrity import signal_findings
    from crawler.lexicon import build_lexicon
    from crawler.signals import build_signatures

    body = "".join(
        f'<li><a href="/xwzx/gzdt/202611/t202611{20 - i:02d}_{i}.html">县政府召开第{i}次常务会议</a>'
        f"<span>2026-11-{20 - i:02d}</span></li>"
        for i in range(8)
    )
    page_html = (
        f"<html><head><meta charset=utf-8><title>梅溪县统计局</title>{head}</head>"
        f'<body><h2>统计动态</h2><ul>{body}</ul><a href="/xwzx/gzdt/">更多</a></body></html>'
    )
    page = observe(
        page_html.encode(), "utf-8", url, "text/html", date(2026, 11, 24),
        build_lexicon(), signatures=build_signatures(),
    )
    rules = config_from_mapping({}, Path("none.toml")).rules
    return {f.code for f in signal_findings(page.signals, rules, "homepage")}


def test_a_canonical_or_og_url_naming_a_casino_domain() -> None:
    """An untouched page whose <link rel=canonical> (or og:url alone) names a host with
    spam terms is a canonical hijack; a moved site's new domain, a staging copy, another
    government site or the site's own address is no hijack."""
    casino = "https://www.js3777-casino.com/"
    assert "hidden_links" in _codes(f'<link rel="canonical" href="{casino}">')
    assert "hidden_links" in _codes(f'<meta property="og:url" content="{casino}">')
    assert "hidden_links" in _codes(f"<link href='{casino}' rel='canonical'>")
    for fine in (
        "https://www.meixi-stats.cn/",  # a moved site's new domain
        "https://staging.cms-vendor.example/tjj/",  # a CMS's staging copy
        "https://tjj.jinhua.gov.cn/",  # another government site
        "http://tjj.meixi.gov.cn/index.html",  # its own address
    ):
        got = _codes(f'<link rel="canonical" href="{fine}"><meta property="og:url" content="{fine}">')
        assert not got & bh.HIJACK_CODES, (fine, got)
