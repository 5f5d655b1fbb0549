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
_PINNED = (
    "gap: a 置顶 item re-pinned on a dead column's list page with today's date (its URL "
    "still says 2023: /a/zwdt/2023/0105/8801.html) dates the column and the site fresh"
)
_TICKER_TEXT = (
    "gap (sweep): the provincial 滚动新闻 ticker's off-site items show their day in their "
    "text (（11月25日）) and URL; the sweep reads the page's text and every href, so a "
    "dead county homepage looks fresh (full undates them: _undate_offsite_ticker)"
)
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("www.songling.gov.cn", "full"): _PINNED,
    ("www.lianhe.gov.cn", "home"): _TICKER_TEXT,
    ("www.xiangyang-dist.gov.cn", "home"): _TICKER_TEXT,
    ("www.gulin.gov.cn", "home"): _TICKER_TEXT,
}
# Columns still read wrong at depth full, by host: the reason.
COLUMN_GAPS: dict[str, str] = {"www.songling.gov.cn": _PINNED}

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


def _lists(body: str, url: str = "http://www.lianhe.gov.cn/") -> list[Any]:
    from selectolax.lexbor import LexborHTMLParser

    from crawler.columns import read_lists
    from crawler.lexicon import build_lexicon

    html = f"<html><head><meta charset=utf-8><title>莲荷县人民政府</title></head><body>{body}</body></html>"
    found = read_lists(LexborHTMLParser(html), url, bz.NOW, build_lexicon())
    return [lst for lst in found.lists if lst.is_content and lst.dated]


_OWN_NEWS = "".join(
    f'<li><a href="/zwdt/202506/t202506{20 - i:02d}_{i}.html">县政府召开第{i}次常务会议研究部署重点工作</a>'
    f"<span>2025-06-{20 - i:02d}</span></li>"
    for i in range(5)
)


def test_an_offsite_ticker_does_not_date_the_homepage() -> None:
    """A county homepage's 滚动新闻 fed from the provincial portal (its items link to
    www.zj.gov.cn, their day in the text): the portal's dates, not the county's (lianhe,
    gulin, xiangyang were fresh or less stale at full by it)."""
    ticker = (
        '<div class="box scroll-news"><strong>滚动新闻：</strong><div id="gdxw" class="gundong"><div>'
        '<a href="http://www.zj.gov.cn/art/2026/11/25/art_1_2.html">省政府常务会议召开（11月25日）</a>'
        '<a href="http://www.zj.gov.cn/art/2026/11/20/art_1_3.html">全省数字经济大会召开（11月20日）</a>'
        "</div></div></div>"
    )
    lists = _lists(ticker + f'<ul class="list">{_OWN_NEWS}</ul>')
    assert max(lst.newest.date for lst in lists if lst.newest).isoformat() == "2025-06-20"
    # the site's own ticker keeps its dates
    own = ticker.replace("http://www.zj.gov.cn", "http://www.lianhe.gov.cn")
    lists = _lists(own + f'<ul class="list">{_OWN_NEWS}</ul>')
    assert max(lst.newest.date for lst in lists if lst.newest).isoformat() == "2026-11-20"


def test_a_banners_update_stamp_in_its_link_text_is_no_item() -> None:
    """A 专题 banner whose image alt is its caption, "… 更新时间：2026-11-25": the
    banner's stamp, not a publication (shiqiao was fresh by it at full)."""
    banner = (
        '<div class="banner"><a href="/zt/2026xxgc/index.html"><img src="/b.jpg" '
        'alt="学习贯彻专题 更新时间：2026-11-25"></a><p>学习贯彻专题 更新时间：2026-11-25</p></div>'
    )
    lists = _lists(banner + f'<ul class="list">{_OWN_NEWS}</ul>')
    assert max(lst.newest.date for lst in lists if lst.newest).isoformat() == "2025-06-20"


def test_a_calendars_day_links_do_not_date_the_sweep() -> None:
    """A calendar widget's day links (/calendar/2026-11-27.html, text "27") are days,
    not articles: the sweep dated yunshui's dead homepage tomorrow by them."""
    from crawler.extract import observe
    from crawler.lexicon import build_lexicon

    cells = "".join(f'<td><a href="/calendar/2026-11-{d:02d}.html">{d}</a></td>' for d in range(1, 31))
    html = (
        "<html><head><meta charset=utf-8><title>云水县人民政府</title></head><body>"
        f'<ul class="list">{_OWN_NEWS}</ul><div class="calendar"><p>2026年11月</p>'
        f"<table><tr>{cells}</tr></table></div></body></html>"
    )
    page = observe(html.encode(), "utf-8", "http://www.yunshui.gov.cn/", "text/html", bz.NOW,
                   build_lexicon(), lists=False)
    assert page.newest_item is not None and page.newest_item.isoformat() == "2025-06-20"
    # a list's article URLs still date it
    fresh = html.replace("/zwdt/202506/t20250620_0.html", "/zwdt/202611/t20261124_0.html")
    page = observe(fresh.encode(), "utf-8", "http://www.yunshui.gov.cn/", "text/html", bz.NOW,
                   build_lexicon(), lists=False)
    assert page.newest_item is not None and page.newest_item.isoformat() == "2026-11-24"
