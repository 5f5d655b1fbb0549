"""The blind Hong Kong / Macau set (tests/blind_hkmo.py): HKSAR department sites on the
GovHK template, a District Council, LegCo-style lists, Macau DSAJ / DSEC / gov.mo portal
pages and an abandoned committee, with English and Portuguese twins, scanned on the farm
at depths full and home with a fixed clock; each verdict, column and list page against
the truth written before the first scan."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web

from crawler.models import Site
from tests import blind_hkmo as bh
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

CLOCK = datetime(bh.NOW.year, bh.NOW.month, bh.NOW.day, 2, 0, tzinfo=UTC)
HOME_FINDINGS = {"homepage_stale", "abandoned"}

# Verdicts still wrong, by (host, depth) ("*" = both): the reason.
KNOWN_GAPS: dict[tuple[str, str], str] = {}
# Columns still read wrong at depth full, by host: the reason.
COLUMN_GAPS: dict[str, str] = {}
# List pages (inspect's as_column_page) still read wrong, by (host, path): the reason.
PAGE_GAPS: dict[tuple[str, str], str] = {}

ARTICLE_PAGE = """<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>{name}</title></head>
<body><div class="breadcrumb"><a href="/">主頁</a></div><div class="content"><p>{name}</p></div></body></html>"""

_HOSTS = re.compile(r"""(?:href|src|action)=["']?https?://([A-Za-z0-9.-]+)""")


def handler(site: dict[str, Any]) -> Callable[[web.Request], Any]:
    pages: dict[str, str] = site["pages"]

    async def answer(request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(status=404, text="not found")
        page = pages.get(request.path_qs) or pages.get(request.path)
        if page is None and re.search(r"\.(pdf|jpg|png|svg|css|js)$", request.path):
            return web.Response(body=b"x", content_type="application/octet-stream")
        return web.Response(text=page or site["default"], content_type="text/html", charset="utf-8")

    return answer


async def _portal(request: web.Request) -> web.StreamResponse:
    return web.Response(text=ARTICLE_PAGE.format(name="GovHK"), content_type="text/html", charset="utf-8")


def register(server: Farm) -> None:
    for site in bh.SITES:
        for page in site["pages"].values():
            for host in _HOSTS.findall(page):
                server.sites.setdefault(host.lower(), _portal)
    for site in bh.SITES:
        server.sites[site["host"]] = handler(site)


_cache: dict[str, tuple[Records, Columns]] = {}


async def scan(depth: str) -> tuple[Records, Columns]:
    if depth not in _cache:
        sites = [Site(f"http://{s['host']}/", name=s["host"], group="blind_hkmo") for s in bh.SITES]
        _cache[depth] = await scan_on_farm(sites, register, depth, CLOCK)
    return _cache[depth]


def _iso(d: Any) -> str | None:
    return d.isoformat() if d else None


def mismatch(site: dict[str, Any], record: dict[str, Any], depth: str) -> str | None:
    truth = site["truth"]
    got = {f["code"] for f in record["findings"]}
    must = set(truth["must"]) if depth == "full" else set(truth["must"]) & HOME_FINDINGS
    must_not = set(truth["must_not"]) if depth == "full" else set(truth["must_not"]) & HOME_FINDINGS
    status = truth["status"] if depth == "full" else truth.get("home_status", truth["status"])
    problems = []
    if record["status"] != status:
        problems.append(f"status {record['status']} (want {status})")
    if record["passed"] != truth["passed"]:
        problems.append(f"passed {record['passed']} (want {truth['passed']})")
    if must - got:
        problems.append(f"missing {sorted(must - got)}")
    if must_not & got:
        problems.append(f"false {sorted(must_not & got)}")
    if record["last_updated"] != _iso(truth["last_updated"]):
        problems.append(f"last_updated {record['last_updated']} (want {_iso(truth['last_updated'])})")
    if not problems:
        return None
    detail = "; ".join(f"{f['code']}: {f['detail'][:120]}" for f in record["findings"])
    return f"{site['host']} [{depth}]: " + "; ".join(problems) + f" | got {detail}"


def column_mismatch(site: dict[str, Any], rows: list[dict[str, Any]]) -> list[str]:
    found = {c["name"]: c for c in rows}
    wrong = []
    for col in site["truth"]["columns"]:
        row = found.get(col["name"])
        if row is None:
            wrong.append(f"{col['name']}: not found (found {sorted(found)})")
            continue
        got = (row.get("type"), row.get("newest") or None, bool(row.get("empty")))
        want = (col["type"], _iso(col["newest"]), col["empty"])
        if got != want:
            wrong.append(f"{col['name']}: {got} (want {want})")
    return wrong


def gap(host: str, depth: str) -> str | None:
    return KNOWN_GAPS.get((host, depth)) or KNOWN_GAPS.get((host, "*"))


@pytest.mark.parametrize("depth", ["full", "home"])
async def test_blind_hkmo_verdicts(depth: str) -> None:
    records, _ = await scan(depth)
    wrong = []
    fixed = []
    for site in bh.SITES:
        problem = mismatch(site, records[site["host"]], depth)
        known = gap(site["host"], depth)
        if problem and not known:
            wrong.append(problem)
        if known and not problem:
            fixed.append(site["host"])
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"known gaps now right (remove them): {fixed}"


async def test_blind_hkmo_columns() -> None:
    """Each column's type, newest date and emptiness at depth full."""
    _, columns = await scan("full")
    wrong = []
    fixed = []
    for site in bh.SITES:
        problems = column_mismatch(site, columns.get(site["host"], []))
        if problems and site["host"] not in COLUMN_GAPS:
            wrong.append(f"{site['host']}: " + "; ".join(problems))
        if site["host"] in COLUMN_GAPS and not problems:
            fixed.append(site["host"])
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"column gaps now right (remove them): {fixed}"


def page_mismatches() -> tuple[list[str], list[str]]:
    from pathlib import Path

    from crawler.config import config_from_mapping
    from crawler.inspect import inspect_page, inspection_record
    from crawler.models import FetchRecord

    config = config_from_mapping({}, Path("inspect.toml"))
    wrong, fixed = [], []
    for site in bh.SITES:
        for path, want in site["truth"]["pages"].items():
            url = f"http://{site['host']}{path}"
            body = site["pages"][path].encode()
            record = FetchRecord(url=url, final_url=url, http_status=200, body_bytes=len(body))
            got = inspection_record(inspect_page(url, record, body, config, CLOCK))
            newest = got["as_column_page"]["newest"]
            known = (site["host"], path) in PAGE_GAPS
            bad = newest != _iso(want)
            if bad and not known:
                wrong.append(f"{site['host']}{path}: newest {newest} (want {_iso(want)})")
            if known and not bad:
                fixed.append(f"{site['host']}{path}")
    return wrong, fixed


def test_blind_hkmo_list_pages() -> None:
    """Each list page read as a column's own page: its newest item."""
    wrong, fixed = page_mismatches()
    assert not wrong, "\n".join(wrong)
    assert not fixed, f"page gaps now right (remove them): {fixed}"


def _inspect(body: str, url: str, whole: bool = False) -> dict[str, Any]:
    from pathlib import Path

    from crawler.config import config_from_mapping
    from crawler.inspect import inspect_page, inspection_record
    from crawler.models import FetchRecord

    html = body if whole else (
        f'<html lang="zh-HK"><head><meta charset="utf-8"><title>測試</title></head><body>{body}</body></html>'
    )
    raw = html.encode()
    record = FetchRecord(url=url, final_url=url, http_status=200, body_bytes=len(raw))
    return inspection_record(
        inspect_page(url, record, raw, config_from_mapping({}, Path("inspect.toml")), CLOCK)
    )


def test_day_headings_in_chinese_numerals_date_one_press_release_column() -> None:
    """GovHK's press-release index: a day heading in Chinese numerals
    (二〇二六年十一月二十五日（星期三）) over each day's releases, a time per item and
    no date in their URLs: one column under the box's heading, dated by the days (each
    day was a column of its own, undated, named by its day)."""
    days = "".join(
        f'<h3>{bh.zh_numeral(day)}（星期{bh.WEEK_ZH[day.weekday()]}）</h3><ul>'
        + "".join(f'<li><a href="/gia/p{day.day}{i}.htm">政府部門公布第{i}項措施詳情</a> '
                  f"<span>1{i}:30</span></li>" for i in range(3))
        + "</ul>"
        for day in (bh.ago(1), bh.ago(2))
    )
    got = _inspect(f'<section><h2>新聞公報</h2>{days}<p><a href="/gia/today.htm">更多</a></p></section>',
                   "http://www.info.hkgov.test/")
    assert [(c["name"], c["newest"], c["items"]) for c in got["columns"]] == [
        ("新聞公報", bh.ago(1).isoformat(), 6)
    ]


def test_a_jobs_table_dated_only_by_closing_dates_ahead_is_not_future_dated() -> None:
    """招聘 | 截止申請日期 with every closing date ahead: upcoming days, as `截止
    2026-12-20` beside a link is, not dates faked ahead (future_dated); the column has
    no publication date."""
    rows = "".join(f'<tr><td><a href="/tc/recruit/job{i}.html">{post}</a></td><td>{bh.zh(day)}</td></tr>'
                   for i, (post, day) in enumerate(bh.CSD_JOBS))
    news = bh.hk_list(bh.CSD_NEWS, bh.zh_full)
    got = _inspect(f"<h2>最新消息</h2>{news}<h2>招聘</h2>"
                   f'<table class="jobs"><tr><th>職位</th><th>截止申請日期</th></tr>{rows}</table>'
                   '<p><a href="/tc/recruit/index.html">更多</a></p>', "http://www.csd.hkgov.test/")
    jobs = next(c for c in got["columns"] if c["name"] == "招聘")
    assert (jobs["type"], jobs["newest"], jobs["future"]) == ("personnel", None, [])
    assert "future_dated" not in {f["code"] for f in got["findings"]}


def test_a_meeting_papers_table_of_short_links_is_a_list() -> None:
    """A District Council's 會議文件: 會議 | 會議日期 (the next meeting ahead) | 議程
    文件 (links of two characters) | 上載日期: each row an item named by its meeting,
    dated by its upload day (the page listed nothing: its links were too short)."""
    site = next(s for s in bh.SITES if s["host"] == bh.DC)
    got = _inspect(site["pages"]["/tc/papers/index.html"], "http://www.wanchai-dc.hkgov.test/tc/papers/index.html",
                   whole=True)
    page = got["as_column_page"]
    assert (page["items"], page["newest"]) == (len(bh.DC_MEETINGS), "2026-11-24")
