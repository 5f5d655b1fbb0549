"""Freshness end to end: realistic portals on the farm, scanned with run_scan.

Each test adds its own virtual sites to the farm (`farm.sites[name] = handler`), with
pages from tests/portals.py whose dates are relative to the fixed clock NOW, and scans
them with `clock=lambda: NOW` (never the real date), then reads the verdicts back from
SQLite the way reports do.
"""

from __future__ import annotations

import hashlib
import itertools
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web

from crawler.config import Config
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import portals
from tests.contract import FRESHNESS_CODES
from tests.farm import Farm
from tests.portals import COUNTY_COLUMNS, FRESH_AGES, NOW, Age, days_ago

LAST_MODIFIED = "Fri, 20 Nov 2026 08:00:00 GMT"
COLUMN_PATHS = {spec.slug: f"/col/{spec.slug}/" for spec in COUNTY_COLUMNS}
COUNTY_NAMES = {spec.name for spec in COUNTY_COLUMNS}
FRESH_MESSAGES = ((2, "已回复"), (5, "办理中"), (9, "已回复"), (40, "已回复"), (120, "已回复"))


@dataclass
class Request:
    path: str
    headers: Mapping[str, str]
    at: float
    status: int


@dataclass
class PortalSite:
    """One virtual site: path -> page; records every request it is sent."""

    pages: dict[str, str | bytes]
    robots: str | None = None
    validators: bool = False  # send ETag/Last-Modified and answer conditional GETs
    requests: list[Request] = field(default_factory=list)

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        response = self._answer(request)
        self.requests.append(
            Request(request.path_qs, dict(request.headers), time.monotonic(), response.status)
        )
        return response

    def _answer(self, request: web.Request) -> web.Response:
        if request.path == "/robots.txt" and self.robots is not None:
            return web.Response(text=self.robots, content_type="text/plain")
        page = self.pages.get(request.path)
        if page is None:
            return web.Response(
                status=404,
                text="<html><body>404 页面不存在</body></html>",
                content_type="text/html",
            )
        body = page.encode("utf-8") if isinstance(page, str) else page
        content_type = "text/html; charset=utf-8" if isinstance(page, str) else "text/html"
        headers = {"Content-Type": content_type}
        if self.validators:
            etag = '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
            headers.update({"ETag": etag, "Last-Modified": LAST_MODIFIED})
            if request.headers.get("If-None-Match") == etag or (
                "If-None-Match" not in request.headers
                and request.headers.get("If-Modified-Since") == LAST_MODIFIED
            ):
                return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, headers=headers)

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def column_requests(self) -> list[Request]:
        return [r for r in self.requests if r.path.startswith("/col/")]


def older(ages: Sequence[Age], extra: int = 12) -> list[Age]:
    """A column page: the homepage's items, then older ones."""
    known = [a for a in ages if a is not None]
    start = max(known, default=0)
    if not known and ages:
        return [*ages, *([None] * extra)]
    return [*ages, *(start + 7 * (i + 1) for i in range(extra))]


def county_site(
    home_ages: Mapping[str, Sequence[Age]] | None = None,
    *,
    messages: Sequence[tuple[int, str]] = FRESH_MESSAGES,
    states: Sequence[str] = portals.FRESH_STATES,
    robots: str | None = None,
    validators: bool = False,
) -> PortalSite:
    """The county portal and its column pages; a column empty on the homepage has an
    empty list page ("暂无信息")."""
    ages = {**FRESH_AGES, **(home_ages or {})}
    pages: dict[str, str | bytes] = {
        "/": portals.county_portal(ages, states=states),
        "/ztzl/": portals.topic_list_page(),
    }
    for spec in COUNTY_COLUMNS:
        path = COLUMN_PATHS[spec.slug]
        if spec.type == "interaction":
            pages[path] = portals.interaction_list_page(messages)
        elif not ages[spec.slug]:
            pages[path] = portals.empty_list_page(spec)
        else:
            pages[path] = portals.column_list_page(spec, older(ages[spec.slug]))
    return PortalSite(pages, robots=robots, validators=validators)


def navigation_site(
    second_level: Mapping[str, Sequence[int]], validators: bool = False
) -> PortalSite:
    """A navigation homepage; `second_level` maps paths (/xwzx/ ...) to item ages."""
    names = {href: text for _, links in portals.NAV_SECTIONS for text, href in links}
    pages: dict[str, str | bytes] = {"/": portals.navigation_home()}
    for path, ages in second_level.items():
        pages[path] = portals.second_level_page(names[path], path.strip("/"), ages)
    return PortalSite(pages, validators=validators)


def add_site(server: Farm, name: str, site: PortalSite) -> Site:
    server.sites[name] = site
    return Site(server.url(name), name=name, group="freshness")


async def scan(
    config: Config,
    sites: Sequence[Site],
    *,
    depth: str = "full",
    now: datetime = NOW,
) -> tuple[int, dict[str, dict[str, Any]]]:
    outcome = await run_scan(config, sites, depth=depth, clock=lambda: now)
    db = open_database(config.database_path, create=False)
    try:
        records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    finally:
        db.conn.close()
    assert len(records) == len(sites)
    return outcome.scan_id, records


def column_rows(config: Config, scan_id: int, name: str) -> dict[str, dict[str, Any]]:
    db = open_database(config.database_path, create=False)
    try:
        rows = list(
            db.query(
                "SELECT check_columns.* FROM check_columns"
                " JOIN checks ON checks.id = check_columns.check_id"
                " JOIN sites ON sites.id = checks.site_id"
                " WHERE checks.scan_id = ? AND sites.name = ? ORDER BY check_columns.id",
                [scan_id, name],
            )
        )
    finally:
        db.conn.close()
    return {row["name"]: row for row in rows}


def codes(record: Mapping[str, Any]) -> set[str]:
    return {f["code"] for f in record["findings"]}


def finding(record: Mapping[str, Any], code: str) -> dict[str, Any]:
    found = [f for f in record["findings"] if f["code"] == code]
    assert found, f"no {code} finding among {codes(record)}"
    return found[0]


# --- verdicts --------------------------------------------------------------------------


async def test_fresh_portal_is_healthy_and_its_columns_are_stored(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    site = county_site()
    scan_id, records = await scan(config, [add_site(server, "fresh", site)])

    record = records["fresh"]
    assert codes(record) & FRESHNESS_CODES == set(), record["findings"]
    assert (record["status"], record["passed"]) == ("healthy", True)
    assert record["last_updated"] == days_ago(1).isoformat()
    assert record["last_updated_source"] == "content"
    # Every column's own page was read.
    assert set(COLUMN_PATHS.values()) <= set(site.paths())

    rows = column_rows(config, scan_id, "fresh")
    for spec in COUNTY_COLUMNS:
        row = rows[spec.name]
        assert row["type"] == spec.type
        assert row["url"] == server.url("fresh", COLUMN_PATHS[spec.slug])
        assert row["source"] == "column_page"
        assert row["empty"] == 0
        assert row["error"] is None
        ages = FRESH_AGES[spec.slug]
        assert row["newest"] == days_ago(min(a for a in ages if a is not None)).isoformat()
        if spec.type != "interaction":
            assert row["items"] == len(older(ages))  # the column page's list, not the block


async def test_only_real_columns_are_fetched_and_stored(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """The menu under the logo and search box, the slide show and the footer links
    are not columns: not stored as such, and no page of theirs is read as a column (the
    message column's list is paginated: its next page is read too)."""
    server, port = farm
    config = make_config(port)
    site = county_site()
    scan_id, _ = await scan(config, [add_site(server, "chrome", site)])
    rows = column_rows(config, scan_id, "chrome")
    assert set(rows) <= COUNTY_NAMES | {"专题专栏"}, sorted(set(rows) - COUNTY_NAMES)
    allowed = {"/", "/ztzl/", *COLUMN_PATHS.values(), f"{COLUMN_PATHS['zmhd']}index_1.html"}
    assert set(site.paths()) <= allowed, sorted(set(site.paths()) - allowed)


async def test_stale_news_column_page(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    site = county_site({"zwdt": (20, 30, 41)})
    _, records = await scan(config, [add_site(server, "stale-news", site)])

    record = records["stale-news"]
    assert record["status"] == "stale"
    assert record["passed"] is True  # one stale column is below the veto line
    assert "homepage_stale" not in codes(record)  # the notices are new
    stale = finding(record, "column_stale")
    assert stale["count"] == 1
    (column,) = stale["columns"]
    assert column["name"] == "政务动态"
    assert column["type"] == "news"
    assert column["newest"] == days_ago(20).isoformat()
    assert column["limit_days"] == 14
    assert column["url"] == server.url("stale-news", "/col/zwdt/")
    assert "政务动态" in stale["detail"]
    assert record["score"] == 95


async def test_five_empty_columns_fail(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """Five columns show 暂无信息 on the homepage and on their own pages (which carry
    the site's usual menu and footer)."""
    server, port = farm
    config = make_config(port)
    empties = ("tzgg", "zcwj", "rsxx", "ghjh", "zmhd")
    site = county_site({slug: () for slug in empties}, messages=())
    site.pages["/col/zmhd/"] = portals.empty_list_page(COUNTY_COLUMNS[5])
    scan_id, records = await scan(config, [add_site(server, "empty", site)])

    record = records["empty"]
    empty = finding(record, "column_empty")
    names = {spec.name for spec in COUNTY_COLUMNS if spec.slug in empties}
    assert {c["name"] for c in empty["columns"]} >= names
    assert empty["count"] >= 5
    assert record["passed"] is False
    assert record["status"] == "stale"
    rows = column_rows(config, scan_id, "empty")
    assert {name for name, row in rows.items() if row["empty"]} >= names


@dataclass
class FailingColumnPages(PortalSite):
    """A portal whose column pages answer with the status given for their path."""

    statuses: dict[str, int] = field(default_factory=dict)

    def _answer(self, request: web.Request) -> web.Response:
        status = self.statuses.get(request.path)
        if status is not None:
            return web.Response(
                status=status, text="<html><body>Error</body></html>", content_type="text/html"
            )
        return super()._answer(request)


async def test_a_column_page_that_does_not_answer_is_no_empty_column(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """Five columns list nothing on the homepage (their lists come by script): those
    whose page is gone (404) or says 暂无信息 are empty; those whose page failed (a 503,
    a firewall's 403) were not seen, and are not judged: one bad night of a server must
    not fail a site on the five-empty-columns veto."""
    server, port = farm
    config = make_config(port, crawler={"retries": 0})
    fresh = "".join(
        f'<li><a href="/xw/{i}.html">县政府召开第{i}次常务会议</a><span>{days_ago(i)}</span></li>'
        for i in range(1, 6)
    )
    names = ("通知公告", "政策文件", "人事信息", "规划计划", "财政预决算")
    boxes = "".join(
        f'<div class="box"><h2>{name}</h2><a class="more" href="/c{i}/">更多</a><ul></ul></div>'
        for i, name in enumerate(names)
    )
    home = (
        '<html><head><meta charset="utf-8"><title>示例县人民政府</title></head><body>'
        f'<div class="box"><h2>工作动态</h2><a class="more" href="/xw/">更多</a><ul>{fresh}</ul>'
        f"</div>{boxes}</body></html>"
    )
    site = FailingColumnPages(
        {"/": home, "/xw/": home, "/c2/": portals.empty_list_page(COUNTY_COLUMNS[4])}
    )
    site.statuses = {"/c0/": 503, "/c1/": 403, "/c3/": 410}  # /c4/: 404, not served
    scan_id, records = await scan(config, [add_site(server, "unread", site)])

    rows = column_rows(config, scan_id, "unread")
    assert {name for name, row in rows.items() if row["empty"]} == {
        "人事信息",
        "规划计划",
        "财政预决算",
    }
    for name in ("通知公告", "政策文件"):
        assert not rows[name]["empty"]
        assert rows[name]["error"].startswith("not judged: its page did not answer")
    record = records["unread"]
    assert finding(record, "column_empty")["count"] == 3
    assert record["passed"] is True


async def test_portal_with_nothing_new_for_400_days_is_a_zombie(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    old = {slug: (400, 420, 480) for slug in FRESH_AGES}
    site = county_site(old, messages=((400, "已回复"), (430, "已回复")), states=())
    _, records = await scan(config, [add_site(server, "zombie", site)])

    record = records["zombie"]
    assert record["status"] == "zombie"
    assert record["passed"] is False
    assert record["score"] == 0
    assert finding(record, "abandoned")["last_updated"] == days_ago(400).isoformat()
    assert "homepage_stale" in codes(record)
    assert record["last_updated"] == days_ago(400).isoformat()


async def test_navigation_homepage_is_judged_on_its_second_level_pages(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    fresh = navigation_site({"/xwzx/": [3, 8, 15], "/tzgg/": [10, 40], "/zcwj/": [30, 90]})
    stale = navigation_site({"/xwzx/": [30, 45], "/tzgg/": [35], "/zcwj/": [60]})
    scan_id, records = await scan(
        config, [add_site(server, "nav-fresh", fresh), add_site(server, "nav-stale", stale)]
    )

    good = records["nav-fresh"]
    assert codes(good) & {"homepage_stale", "undated", "abandoned"} == set()
    assert good["passed"] is True
    assert good["last_updated"] == days_ago(3).isoformat()
    assert {"/xwzx/", "/tzgg/", "/zcwj/"} <= set(fresh.paths())
    rows = column_rows(config, scan_id, "nav-fresh")
    assert rows["新闻中心"]["source"] == "second_level"
    assert rows["新闻中心"]["newest"] == days_ago(3).isoformat()

    bad = records["nav-stale"]
    stale_home = finding(bad, "homepage_stale")
    assert "second-level" in stale_home["detail"]
    assert stale_home["newest"] == days_ago(30).isoformat()
    assert bad["passed"] is False


async def test_old_unanswered_messages_fail(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    messages = ((3, "已回复"), (100, "未回复"), (200, "办理中"), (400, "未回复"), (150, "已回复"))
    site = county_site(messages=messages)
    _, records = await scan(config, [add_site(server, "letters", site)])

    record = records["letters"]
    unanswered = finding(record, "unanswered_messages")
    assert unanswered["count"] == 2  # 100 and 200 days; 400 is over a year ago
    assert unanswered["oldest"]["date"] == days_ago(200).isoformat()
    assert unanswered["oldest"]["title"] == portals.title_for("zmhd", 2)
    assert record["passed"] is False
    assert record["score"] == 0
    assert "/col/zmhd/" in site.paths()


# --- politeness and budget ------------------------------------------------------------


async def test_robots_txt_keeps_column_pages_unread(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port, crawler={"respect_robots": True})
    site = county_site(robots="User-agent: *\nDisallow: /col/\n")
    scan_id, records = await scan(config, [add_site(server, "robots", site)])

    assert "/robots.txt" in site.paths()
    assert site.column_requests() == []
    assert site.paths().count("/") == 1
    # The homepage's own blocks still judge the columns.
    rows = column_rows(config, scan_id, "robots")
    for spec in COUNTY_COLUMNS:
        assert rows[spec.name]["source"] == "homepage"
        assert rows[spec.name]["items"] == len(FRESH_AGES[spec.slug])
    assert records["robots"]["passed"] is True


async def test_crawl_delay_spaces_column_pages(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port, crawler={"respect_robots": True, "max_column_pages": 3})
    site = county_site(robots="User-agent: *\nCrawl-delay: 0.2\n")
    await scan(config, [add_site(server, "delay", site)])

    column_requests = site.column_requests()
    # The three most important columns, news first.
    assert [r.path for r in column_requests] == ["/col/zwdt/", "/col/tzgg/", "/col/zcwj/"]
    gaps = [b.at - a.at for a, b in itertools.pairwise(column_requests)]
    assert all(gap >= 0.19 for gap in gaps), gaps
    assert column_requests[-1].at - column_requests[0].at >= 0.4


async def test_max_column_pages_bounds_the_pages_read(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port, crawler={"max_column_pages": 2})
    site = county_site()
    scan_id, _ = await scan(config, [add_site(server, "budget", site)])

    assert sorted(r.path for r in site.requests if r.path != "/") == ["/col/tzgg/", "/col/zwdt/"]
    rows = column_rows(config, scan_id, "budget")
    assert rows["政务动态"]["source"] == "column_page"
    assert rows["通知公告"]["source"] == "column_page"
    for name in ("政策文件", "人事信息", "规划计划", "政民互动"):
        assert rows[name]["source"] == "homepage"


async def test_depth_home_reads_the_homepage_only(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port, crawler={"respect_robots": True})
    site = county_site()
    scan_id, records = await scan(config, [add_site(server, "homeonly", site)], depth="home")

    assert server.hits[server.host("homeonly")] == 1
    assert site.paths() == ["/"]
    # The sweep judges the homepage's newest date; it does not read columns.
    assert column_rows(config, scan_id, "homeonly") == {}
    assert records["homeonly"]["status"] == "healthy"
    assert records["homeonly"]["last_updated"] == days_ago(1).isoformat()


async def test_big5_and_english_portals(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    taiwan = PortalSite({"/": portals.big5_taiwan_portal()})
    english = PortalSite({"/": portals.english_council()})
    stale_english = PortalSite({"/": portals.english_council((30, 40), (200, 300))})
    scan_id, records = await scan(
        config,
        [
            add_site(server, "taichung", taiwan),
            add_site(server, "riverside", english),
            add_site(server, "riverside-old", stale_english),
        ],
        depth="full",
    )
    assert records["taichung"]["encoding"].startswith("big5")
    assert records["taichung"]["last_updated"] == days_ago(1).isoformat()
    assert records["taichung"]["status"] == "healthy"
    assert {"最新消息", "公告事項", "法規資訊"} <= set(column_rows(config, scan_id, "taichung"))
    assert records["riverside"]["last_updated"] == days_ago(2).isoformat()
    assert records["riverside"]["passed"] is True
    old = records["riverside-old"]
    assert finding(old, "homepage_stale")["newest"] == days_ago(30).isoformat()
    stale_names = {c["name"] for c in finding(old, "column_stale")["columns"]}
    assert stale_names == {"News", "Public notices"}


# --- history: conditional GETs and content changes --------------------------------------


async def test_second_scan_of_an_unchanged_site_uses_conditional_get(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    # A personnel column over a year old: a finding to carry over.
    site = county_site({"rsxx": (400, 420)}, validators=True)
    entry = add_site(server, "cond", site)
    first_id, first = await scan(config, [entry])
    first_requests = len(site.requests)
    second_id, second = await scan(config, [entry])

    again = site.requests[first_requests:]
    home = next(r for r in again if r.path == "/")
    assert home.headers.get("If-None-Match", "").startswith('"')
    assert home.headers.get("If-Modified-Since") == LAST_MODIFIED
    assert home.status == 304
    assert all(r.status == 304 for r in again if r.path in COLUMN_PATHS.values())
    assert not any("If-None-Match" in r.headers for r in site.requests[:first_requests])

    a, b = first["cond"], second["cond"]
    assert (b["status"], b["passed"], b["score"]) == (a["status"], a["passed"], a["score"])
    assert b["last_updated"] == a["last_updated"] == days_ago(1).isoformat()
    assert codes(b) == codes(a) == {"column_stale"}
    assert finding(b, "column_stale")["columns"] == finding(a, "column_stale")["columns"]

    def comparable(scan_id: int) -> dict[str, tuple[Any, ...]]:
        rows = column_rows(config, scan_id, "cond")
        return {
            name: (r["type"], r["url"], r["items"], r["newest"], r["empty"], r["source"])
            for name, r in rows.items()
        }

    assert comparable(second_id) == comparable(first_id)
    assert comparable(first_id)["人事信息"][3] == days_ago(400).isoformat()


async def test_navigation_homepage_answering_304_still_reads_its_second_level_pages(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    site = navigation_site({"/xwzx/": [3, 8], "/tzgg/": [10]}, validators=True)
    entry = add_site(server, "nav304", site)
    _, first = await scan(config, [entry])
    before = len(site.requests)
    _, second = await scan(config, [entry])

    again = [r.path for r in site.requests[before:]]
    assert "/xwzx/" in again and "/tzgg/" in again, again
    assert codes(second["nav304"]) == codes(first["nav304"])
    assert second["nav304"]["last_updated"] == days_ago(3).isoformat()


async def test_undated_homepage_unchanged_for_20_days_is_stale(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    undated = {slug: (None, None, None, None) for slug in FRESH_AGES}
    site = county_site(undated, states=(), messages=())
    entry = add_site(server, "undated", site)

    _, first = await scan(config, [entry], now=NOW)
    assert "undated" in codes(first["undated"])
    assert "homepage_stale" not in codes(first["undated"])
    assert first["undated"]["passed"] is True

    _, second = await scan(config, [entry], now=NOW + timedelta(days=20))
    record = second["undated"]
    stale = finding(record, "homepage_stale")
    assert stale["basis"] == "content change"
    assert stale["age_days"] == 20
    assert stale["last_changed"] == NOW.date().isoformat()
    assert record["passed"] is False
    assert record["status"] == "stale"


async def test_a_server_side_clock_is_not_a_content_change(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """Dynamic portals print "今天是：2026年12月15日 星期二" in the top bar: the day and
    its weekday change every day while the content does not."""
    server, port = farm
    config = make_config(port)
    undated = {slug: (None, None, None, None) for slug in FRESH_AGES}
    site = county_site(undated, states=(), messages=())
    entry = add_site(server, "clock", site)
    await scan(config, [entry], now=NOW)

    later = NOW + timedelta(days=20)
    site.pages["/"] = portals.county_portal(undated, states=(), today=later.date())
    assert "星期二" in str(site.pages["/"]) and "星期三" not in str(site.pages["/"])
    _, second = await scan(config, [entry], now=later)
    assert "homepage_stale" in codes(second["clock"]), second["clock"]["findings"]


async def test_changed_content_resets_the_undated_clock(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    undated = {slug: (None, None, None, None) for slug in FRESH_AGES}
    site = county_site(undated, states=(), messages=())
    entry = add_site(server, "changing", site)
    await scan(config, [entry], now=NOW)

    # A new (undated) item appears: the content changed, the site is not stale.
    site.pages["/"] = portals.county_portal(
        {**undated, "zwdt": (None, None, None, None, None)}, states=()
    )
    _, second = await scan(config, [entry], now=NOW + timedelta(days=20))
    record = second["changing"]
    assert "homepage_stale" not in codes(record)
    assert record["last_updated"] == (NOW + timedelta(days=20)).date().isoformat()
    assert record["last_updated_source"] == "change"
