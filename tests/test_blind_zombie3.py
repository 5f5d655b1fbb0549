"""The blind zombie3 set (tests/blind_zombie3.py): dead and sleeping Chinese government
sites that look alive (server clocks, weather, counters, copyright to this year,
最后更新 stamps, provincial tickers and iframes, rotating 今日推荐, calendars, a re-dated
置顶 item, a typo'd future date, a banner's 更新时间) beside live twins in the same
chrome, scanned on the farm at depths full and home with a fixed clock; each verdict
and column against the truth written before the first scan."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web

from crawler.models import Site
from tests import blind_zombie3 as bz
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

CLOCK = datetime(bz.NOW.year, bz.NOW.month, bz.NOW.day, 2, 0, tzinfo=UTC)
HOME_FINDINGS = {"homepage_stale", "abandoned"}

# Verdicts still wrong, by (host, depth) ("*" = both): the reason.
KNOWN_GAPS: dict[tuple[str, str], str] = {}
# Columns still read wrong at depth full, by host: the reason.
COLUMN_GAPS: dict[str, str] = {}

GENERIC_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{name}</title></head>
<body><div class="crumb"><a href="/">首页</a></div><div class="content"><p>{name}</p></div></body></html>"""

PROVINCE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>浙江省人民政府</title></head>
<body><ul><li><a href="/art/2026/11/25/art_1554467_59000000.html">省政府常务会议召开</a><span>2026-11-25</span></li></ul></body></html>"""

_HOSTS = re.compile(r"""(?:href|src|value|action)=["']?https?://([A-Za-z0-9.-]+)""")


def handler(site: dict[str, Any]) -> Callable[[web.Request], Any]:
    pages: dict[str, str] = site["pages"]

    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        page = pages.get(request.path_qs) or pages.get(request.path)
        if page is None and request.path.endswith("/"):
            page = pages.get(request.path + "index.html")
        return web.Response(text=page or GENERIC_PAGE.format(name=site["name"]), content_type="text/html",
                            charset="utf-8")

    return answer


async def _other(request: web.Request) -> web.StreamResponse:
    if request.path == "/robots.txt":
        return web.Response(status=404, text="not found")
    return web.Response(text=PROVINCE_PAGE, content_type="text/html", charset="utf-8")


def register(server: Farm) -> None:
    for site in bz.SITES:
        for page in site["pages"].values():
            for host in _HOSTS.findall(page):
                server.sites.setdefault(host.lower(), _other)
    for site in bz.SITES:
        server.sites[site["host"]] = handler(site)


_cache: dict[str, tuple[Records, Columns]] = {}


async def scan(depth: str) -> tuple[Records, Columns]:
    if depth not in _cache:
        sites = [Site(f"http://{s['host']}/", name=s["host"], group="blind_zombie3") for s in bz.SITES]
        _cache[depth] = await scan_on_farm(sites, register, depth, CLOCK, every_host=True)
    return _cache[depth]


def mismatch(site: dict[str, Any], record: dict[str, Any], depth: str) -> str | None:
    truth = site["truth"]
    got = {f["code"] for f in record["findings"]}
    status = truth["status"] if depth == "full" else truth["home_status"]
    must = set(truth["must"]) if depth == "full" else set(truth["must"]) & HOME_FINDINGS
    must_not = set(truth["must_not"]) if depth == "full" else set(truth["must_not"]) & HOME_FINDINGS
    problems = []
    if record["status"] != status:
        problems.append(f"status {record['status']} (want {status})")
    if record["passed"] != truth["passed"]:
        problems.append(f"passed {record['passed']} (want {truth['passed']})")
    if must - got:
        problems.append(f"missing {sorted(must - got)}")
    if must_not & got:
        problems.append(f"false {sorted(must_not & got)}")
    if not problems:
        return None
    return f"{site['host']} [{depth}]: " + "; ".join(problems) + f" | got {sorted(got)}"


def column_mismatch(site: dict[str, Any], rows: list[dict[str, Any]]) -> list[str]:
    found = {c["name"]: c for c in rows}
    wrong = []
    for col in site["truth"]["columns"]:
        row = found.get(col["name"])
        if row is None:
            wrong.append(f"{col['name']}: not found (found {sorted(found)})")
            continue
        got = (row.get("type"), row.get("newest"), bool(row.get("empty")))
        want = (col["type"], col["newest"], col["empty"])
        if got != want:
            wrong.append(f"{col['name']}: {got} (want {want})")
    return wrong


def gap(host: str, depth: str) -> str | None:
    return KNOWN_GAPS.get((host, depth)) or KNOWN_GAPS.get((host, "*"))


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_zombie3_verdicts(depth: str) -> None:
    records, _ = await scan(depth)
    wrong = []
    fixed = []
    for site in bz.SITES:
        problem = mismatch(site, records[site["host"]], depth)
        known = gap(site["host"], depth)
        if problem and not known:
            wrong.append(problem)
        if known and not problem:
            fixed.append(site["host"])
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"known gaps now right (remove them): {fixed}"


async def test_blind_zombie3_columns() -> None:
    """Each column's type, newest date and emptiness at depth full."""
    _, columns = await scan("full")
    wrong = []
    fixed = []
    for site in bz.SITES:
        problems = column_mismatch(site, columns.get(site["host"], []))
        if problems and site["host"] not in COLUMN_GAPS:
            wrong.append(f"{site['host']}: " + "; ".join(problems))
        if site["host"] in COLUMN_GAPS and not problems:
            fixed.append(site["host"])
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"column gaps now right (remove them): {fixed}"
