"""The blind English set, round 9 (tests/blind_en9.py): twelve public-sector sites of
the United States, the United Kingdom, Australia, New Zealand, Singapore, India and
Canada, built as their platforms render them in 2026 (CivicPlus, Granicus govAccess,
USWDS on Drupal, GOV.UK Frontend, Isomer, NIC's portals, GCWeb, Blackboard, WordPress,
Virtual Towns & Schools), served on the farm under their own host names (every page and
host they link to answers), scanned at depths full and home with a fixed clock, and held
to the truth written before the first scan. Gaps left are strict xfails naming the
cause."""

from __future__ import annotations

import contextlib
import io
import json
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from aiohttp import web

from crawler import cli
from crawler.models import Site
from tests import blind_en9 as b
from tests.blind_farm import Columns, Records, scan_on_farm
from tests.farm import Farm

CLOCK = b.NOW  # 2026-11-26 12:00 UTC: the 26th from Los Angeles to Hobart, the 27th's first hour in Auckland
TIMEZONES = {
    b.CP_HOST: "America/Chicago", b.GA_HOST: "America/Denver", b.US_HOST: "America/Los_Angeles",
    b.UK_HOST: "Europe/London", b.AU_HOST: "Australia/Hobart", b.NZ_HOST: "Pacific/Auckland",
    b.SG_HOST: "Asia/Singapore", b.IN_HOST: "Asia/Kolkata", b.CA_HOST: "America/Edmonton",
    b.SD_HOST: "America/New_York", b.ZT_HOST: "America/Chicago", b.HJ_HOST: "America/New_York",
}
SITES = {s.key: s for s in b.SITES}

# (depth, key, aspect) -> the cause, for each mismatch left.
GAPS: dict[tuple[str, str, str], str] = {}
PAGE_GAPS: dict[tuple[str, str], str] = {}

_cache: dict[str, tuple[Records, Columns]] = {}
_HREF = re.compile(r'(?:href|src)="(https?://[^"/]+)')


def _handler(host: str, pages: dict[str, str]) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        page = pages.get(request.path_qs) or pages.get(request.path)
        if page is None:
            page = b.stub_page(host, request.path)
        return web.Response(text=page, content_type="text/html", charset="utf-8")

    return answer


def _linked_hosts() -> set[str]:
    hosts = set()
    for s in b.SITES:
        for page in s.pages.values():
            hosts.update(urlsplit(m).hostname or "" for m in _HREF.findall(page))
    return hosts - {s.host for s in b.SITES} - {""}


async def scan(depth: str) -> tuple[Records, Columns]:
    if depth not in _cache:
        sites = [Site(s.url, name=s.key, group="blind_en9", overrides={"timezone": TIMEZONES[s.host]})
                 for s in b.SITES]

        def serve(farm: Farm) -> None:
            for host in _linked_hosts():
                farm.sites[host] = _handler(host, {})
            for s in b.SITES:
                farm.sites[s.host] = _handler(s.host, s.pages)

        _cache[depth] = await scan_on_farm(sites, serve, depth, CLOCK)
    return _cache[depth]


def verdict_wrong(depth: str, key: str, record: dict[str, Any]) -> list[str]:
    t = SITES[key].truth
    status, passed = t.status, t.passed
    must, must_not = t.must, t.must_not
    if depth == "home":
        status = t.home_status or status
        passed = t.passed if t.home_passed is None else t.home_passed
        must, must_not = t.home_must, t.home_must_not
    got = {f["code"] for f in record["findings"]}
    wrong = []
    if (record["status"], record["passed"]) != (status, passed):
        wrong.append(f"status {record['status']}/{record['passed']}, want {status}/{passed}")
    if set(must) - got:
        wrong.append(f"missing {sorted(set(must) - got)}")
    if set(must_not) & got:
        wrong.append("unwanted " + "; ".join(f["code"] + ": " + f["detail"][:200] for f in record["findings"] if f["code"] in must_not))
    return wrong


def last_updated_wrong(depth: str, key: str, record: dict[str, Any]) -> list[str]:
    t = SITES[key].truth
    want = t.last_updated if depth == "full" or t.home_last_updated == b.ANY else t.home_last_updated
    got = record["last_updated"]
    want_s = want.isoformat() if isinstance(want, b.dt.date) else None
    if (got[:10] if got else None) != want_s:
        return [f"last_updated {got}, want {want_s}"]
    return []


def _norm(name: str) -> str:
    return name.lower().replace("&amp;", "&").replace("\u2019", "'").strip()


def columns_wrong(key: str, got: list[dict[str, Any]]) -> tuple[int, list[str]]:
    wrong, right = [], 0
    for col in SITES[key].truth.columns:
        match = [c for c in got if _norm(c["name"]) == _norm(col.name)] or [
            c for c in got if _norm(col.name) in _norm(c["name"])]
        if not match:
            wrong.append(f"{col.name}: not found")
            continue
        row = match[0]
        bad = []
        if row["type"] not in col.types:
            bad.append(f"type {row['type']}, want {col.types}")
        if col.newest != b.ANY:
            want = col.newest.isoformat() if isinstance(col.newest, b.dt.date) else None
            if (row["newest"][:10] if row["newest"] else None) != want:
                bad.append(f"newest {row['newest']}, want {want}")
        if col.empty != b.ANY and bool(row["empty"]) != col.empty:
            bad.append(f"empty {bool(row['empty'])}, want {col.empty}")
        if bad:
            wrong.append(f"{col.name}: " + ", ".join(bad))
        else:
            right += 1
    return right, wrong


def inspect_pages() -> dict[tuple[str, str], dict[str, Any]]:
    tmp = Path(tempfile.mkdtemp(prefix="blind_en9_pages_"))
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for s in b.SITES:
        for i, path in enumerate(s.truth.page_dates):
            f = tmp / f"{s.key}-{i}.html"
            f.write_text(s.pages[path], encoding="utf-8")
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                code = cli.main(["inspect", str(f), "--json", "--now", b.TODAY.isoformat(), "--url", f"http://{s.host}{path}"])
            assert code == 0
            out[(s.key, path)] = json.loads(printed.getvalue())
    return out


def page_wrong(key: str, path: str, got: dict[str, Any]) -> list[str]:
    want = SITES[key].truth.page_dates[path]
    have = got.get("page_date")
    if (have[:10] if have else None) != (want.isoformat() if want else None):
        return [f"page_date {have} ({got.get('page_date_source')}), want {want}"]
    return []


def _cases(aspect: str, depths: tuple[str, ...] = ("full", "home")) -> list[Any]:
    cases = []
    for depth in depths:
        for key in SITES:
            reason = GAPS.get((depth, key, aspect))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(depth, key, marks=marks, id=f"{depth}-{key}"))
    return cases


@pytest.mark.parametrize(("depth", "key"), _cases("verdict"))
async def test_verdict(depth: str, key: str) -> None:
    records, _ = await scan(depth)
    assert not verdict_wrong(depth, key, records[key]), sorted(f["code"] for f in records[key]["findings"])


@pytest.mark.parametrize(("depth", "key"), _cases("last_updated"))
async def test_last_updated(depth: str, key: str) -> None:
    records, _ = await scan(depth)
    assert not last_updated_wrong(depth, key, records[key])


@pytest.mark.parametrize(("depth", "key"), _cases("columns", ("full",)))
async def test_columns(depth: str, key: str) -> None:
    _, columns = await scan(depth)
    _, wrong = columns_wrong(key, columns.get(key, []))
    assert not wrong, "\n".join(wrong)


_pages_cache: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}


@pytest.mark.parametrize(("key", "path"), [
    pytest.param(s.key, p, id=f"{s.key}{p}",
                 marks=[pytest.mark.xfail(strict=True, reason=PAGE_GAPS[(s.key, p)])] if (s.key, p) in PAGE_GAPS else [])
    for s in b.SITES for p in s.truth.page_dates
])
def test_page_date(key: str, path: str) -> None:
    if "all" not in _pages_cache:
        _pages_cache["all"] = inspect_pages()
    assert not page_wrong(key, path, _pages_cache["all"][(key, path)])


def _score() -> None:  # python -c "import tests.test_blind_en9 as t; t._score()"
    import asyncio

    from tests.blind_farm import print_scores

    asyncio.run(print_scores(scan, SITES, verdict_wrong, last_updated_wrong, columns_wrong,
                             lambda key: len(SITES[key].truth.columns)))
    pages = inspect_pages()
    ok = 0
    for (k, p), g in pages.items():
        w = page_wrong(k, p, g)
        ok += not w
        for x in w:
            print(f"page!! {k} {p}: {x}")
    print(f"page dates {ok}/{len(pages)}")


def _columns_of(key: str, path: str = "/") -> list[Any]:
    from crawler.extract import observe

    site = SITES[key]
    got = observe(site.pages[path].encode(), "utf-8", f"http://{site.host}{path}", "text/html", now=b.TODAY)
    return list(got.columns)


@pytest.mark.parametrize("cls", ["padding--bottom--lg", "margin-top-4", "align-top", "border-bottom-1px"])
def test_heading_with_a_spacing_utility_class_is_a_heading(cls: str) -> None:
    """A heading styled by a spacing or alignment utility class (Isomer's <h1 class=
    "has-text-centered padding--bottom--lg"> over every gov.sg site's Latest News;
    USWDS's margin-top-4) is the column's heading: its "bottom" was read as page
    furniture, and the column was named after the hero banner above (and typed
    `organisation` by its ABOUT US button)."""
    from crawler.extract import observe

    cards = "".join(f'<a href="/media/press-releases/{i}/" class="col"><div class="bp-card"><div class="bp-card-content">'
                    f'<p class="is-uppercase">Press Release</p><h4>Release number {i} on community grants</h4>'
                    f'<p class="is-size-6">{20 - i} Nov 2026</p></div></div></a>' for i in range(3))
    page = ('<html><body><section class="bp-section"><div class="hero-body"><h1 class="hero-title">Building caring communities together</h1>'
            '<a class="bp-button" href="/about-us/">ABOUT US</a></div></section>'
            f'<section class="bp-section"><div class="bp-container"><h1 class="has-text-centered {cls}"><b>Latest News</b></h1>'
            f'<div class="row is-multiline">{cards}</div><div class="row"><a href="/media/" class="bp-button">MORE NEWS</a></div></div></section></body></html>')
    got = observe(page.encode(), "utf-8", "http://www.example.gov.sg/", "text/html", now=b.TODAY)
    assert [(c.name, c.type) for c in got.columns] == [("Latest News", "news")]
    assert [(c.name, c.type) for c in _columns_of("singapore")] == [("Latest News", "news")]


@pytest.mark.parametrize("text", ["Monday, November 30, 2026 Board of Education Work Session 6:30 PM - 8:00 PM",
                                  "Saturday, 5 December 2026 Christmas in the Park",
                                  "星期一 2026年11月30日 全县工作会议"])
def test_an_event_led_by_its_weekday_is_dated_ahead(text: str) -> None:
    """A calendar's event whose day is written with its weekday first (Blackboard's
    <h1 class="sw-calendar-block-date">Monday, November 30, 2026</h1> over the event):
    its day starts the item and is its own date ahead. The weekday made it a date
    inside the title, so the school district's Upcoming Events dated nothing ahead and
    was dropped as a list of links under a title."""
    from crawler.dates import item_dates

    assert item_dates(text, b.TODAY)[2] is not None
    cols = {c.name: c for c in _columns_of("school_district")}
    assert cols["Upcoming Events"].type == "other"
    assert [f.date.isoformat() for f in cols["Upcoming Events"].future][:2] == ["2026-11-30", "2026-12-03"]


def test_a_weekday_is_a_whole_word() -> None:
    from crawler.dates import _past_weekday

    assert _past_weekday("monday, november 30", 0) == 8
    assert _past_weekday("mondayish november 30", 0) == 0


def test_more_link_in_a_widget_footer_after_the_list_box() -> None:
    """Blackboard's widgets put the list in <div class="ui-widget-detail"> and its "more"
    link in the next box part, <div class="ui-widget-footer"> beside an RSS link: the
    column had no page to read at depth full (its homepage block alone judged it)."""
    cols = {c.name: c for c in _columns_of("school_district")}
    assert cols["District News"].more_url is not None
    assert "IsMoreExpandedView=True" in cols["District News"].more_url
    assert cols["Upcoming Events"].more_url == f"http://{b.SD_HOST}/site/Default.aspx?PageID=2"


def test_a_footer_link_of_the_next_box_is_not_taken() -> None:
    """Only a box's own footer lends its link: a next box's heading row with its "more"
    link stays that box's."""
    from crawler.extract import observe

    def box(name: str, more: str) -> str:
        items = "".join(f'<li><a href="/{more}/{i}">{name} item number {i} of the year</a> <span>{20 - i}/11/2026</span></li>'
                        for i in range(3))
        return (f'<div class="title"><h3>{name}</h3></div><div class="list"><ul>{items}</ul></div>'
                f'<div class="title"><h3>{name} extra</h3><a href="/{more}/">More</a></div>')

    page = f'<html><body><div class="wrap">{box("News", "news")}</div></body></html>'
    got = observe(page.encode(), "utf-8", "http://www.example.test/", "text/html", now=b.TODAY)
    assert [(c.name, c.more_url) for c in got.columns] == [("News", None)]


@pytest.mark.parametrize("area", ["home-bottom", "front-page-bottom", "home-top"])
def test_a_front_page_widget_area_is_no_footer(area: str) -> None:
    """Genesis themes (many a small town's WordPress site) put the front page's widgets
    in <div class="home-bottom widget-area">: its "bottom" made it the page's footer, so
    its Recent News was no column and a fresh homepage was `undated` at depth full."""
    from crawler.extract import observe

    items = "".join(f'<li><a href="/2026/11/{20 - i}/post-{i}/">Council approves item number {i} for the town budget</a>'
                    f' <span class="post-date">November {20 - i}, 2026</span></li>' for i in range(4))
    page = ('<html><head><title>Town of Ashford</title></head><body><header class="site-header"><nav><a href="/">Home</a>'
            '<a href="/about/">About</a></nav></header><main class="content"><div class="home-top widget-area"><section class="widget">'
            f'<h4 class="widget-title">Welcome</h4><p>Welcome to our town.</p></section></div><div class="{area} widget-area">'
            f'<section class="widget widget_recent_entries"><h4 class="widget-title">Recent News</h4><ul>{items}</ul></section></div>'
            '</main><footer class="site-footer">© 2026 Town of Ashford</footer></body></html>')
    got = observe(page.encode(), "utf-8", "http://www.ashford.test/", "text/html", now=b.TODAY)
    assert [(c.name, c.type, c.newest) for c in got.columns] == [("Recent News", "news", b.dt.date(2026, 11, 20))]
    assert got.newest_item == b.dt.date(2026, 11, 20)
