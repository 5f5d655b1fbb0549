"""Column list pages as CMSs render them (tests/realistic_cms.py), read the way a scan
at depth `full` reads a column's page (`observe(..., columns=False)`: its main list's
newest date and items, whether it is empty or filled by script), and scanned on the
farm: each case a site whose homepage column links to the list page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config, config_from_mapping
from crawler.extract import observe
from crawler.inspect import inspect_page, inspection_record
from crawler.models import FetchRecord, PageObservations, Site
from crawler.scan import run_scan
from tests import realistic_cms as rc
from tests.farm import Farm
from tests.test_freshness_scan import column_rows

CASES = {case.slug: case for case in rc.cases()}
FRESH_COLUMN = "今日清河"


def _encoded(case: rc.ListCase, body: str | None = None) -> bytes:
    text = case.body if body is None else body
    charset = "gbk" if "charset=gb" in text else "utf-8"
    return text.encode(charset)


def read_page(case: rc.ListCase) -> PageObservations:
    return observe(
        _encoded(case),
        "",
        case.page_url,
        "text/html",
        rc.TODAY,
        columns=False,
        message_list=False,
    )


def page_truth(page: PageObservations) -> dict[str, Any]:
    return {
        "newest": page.main_list_newest,
        "items": page.main_list_items,
        "empty": page.main_list_items == 0 and not page.items_elsewhere,
        "elsewhere": page.items_elsewhere,
    }


@pytest.mark.parametrize("slug", [s for s, c in CASES.items() if s != "ascending"])
def test_list_page_as_a_column_page_is_read(slug: str) -> None:
    case = CASES[slug]
    page = read_page(case)
    want = {
        "newest": case.newest,
        "items": case.items,
        "empty": case.empty or case.not_found,
        "elsewhere": case.elsewhere,
    }
    assert page_truth(page) == want, case.note
    if case.empty:
        assert page.empty_marker is not None
    assert getattr(page, "last_page", None) is None  # none here is sorted oldest first


def test_side_box_of_hot_items_is_not_the_column() -> None:
    """Four personnel notices, the newest in August, beside eight hot items of this
    week from other columns: the column is the four."""
    page = read_page(CASES["sidebar"])
    assert (page.main_list_items, page.main_list_newest) == (4, date(2026, 8, 3))


def test_zero_records_in_a_full_template_is_empty() -> None:
    page = read_page(CASES["zero"])
    assert page.main_list_items == 0
    assert page.empty_marker == "共0条"


def test_wordpress_archive_posts_are_the_list_dated_as_published() -> None:
    """Each <article> is one item (its title, date, author and category links), its
    <header> is no page header, its date the published one (the 'updated' stamp beside
    it is hidden by the theme), and the Recent Posts widget is not the category."""
    page = read_page(CASES["wordpress"])
    assert (page.main_list_items, page.main_list_newest) == (10, date(2026, 11, 11))


def test_list_sorted_oldest_first_points_at_its_last_page() -> None:
    case = CASES["ascending"]
    page = read_page(case)
    assert page.main_list_newest == date(2019, 11, 30)  # its first page: the oldest
    assert page.last_page == "http://www.qh-ascending.gov.cn/col/col5501/index_3.html"
    newest_first = read_page(CASES["trs"])
    assert newest_first.last_page is None


# --- on the farm ------------------------------------------------------------------


def home_page(case: rc.ListCase) -> str:
    fresh = "".join(
        f'<li><a href="/col/jrqh/202611/t202611{day:02d}_{day}.html">{rc.title(i)}</a>'
        f"<span>2026-11-{day:02d}</span></li>"
        for i, day in enumerate((24, 23, 21))
    )
    main = f"""<div class="box"><div class="box-title"><h3>{FRESH_COLUMN}</h3><a href="/col/jrqh/" class="more">更多&gt;&gt;</a></div>
<ul class="box-list">{fresh}</ul></div>
<div class="box"><div class="box-title"><h3>{case.column}</h3><a href="{case.path}" class="more">更多&gt;&gt;</a></div>
<ul class="box-list"></ul></div>"""
    return rc.gov_page("首页", main)


def fresh_list_page() -> str:
    days = rc.dates_back("2026-11-24", 15, 2)
    items = "".join(
        f'<li><a href="/col/jrqh/{d:%Y%m}/t{d:%Y%m%d}_{i}.html">{rc.title(i)}</a><span>{d}</span></li>'
        for i, d in enumerate(days)
    )
    return rc.gov_page(FRESH_COLUMN, f'<ul class="list">{items}</ul>')


class CaseSite:
    def __init__(self, case: rc.ListCase) -> None:
        self.case = case
        self.paths: list[str] = []
        pages = {"/": home_page(case), "/col/jrqh/": fresh_list_page(), case.path: case.body}
        self.pages = {path: _encoded(case, body) for path, body in {**pages, **case.pages}.items()}

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        self.paths.append(request.path_qs)
        body = self.pages.get(request.path_qs) or self.pages.get(request.path)
        if body is None:
            return web.Response(status=404, text="<html><body>404</body></html>")
        return web.Response(body=body, content_type="text/html")


async def _scan(config: Config, sites: list[Site]) -> tuple[int, dict[str, dict[str, Any]]]:
    outcome = await run_scan(config, sites, depth="full", clock=lambda: rc.NOW)
    return outcome.scan_id, {}


def farm_truth(case: rc.ListCase) -> dict[str, Any]:
    return {
        "items": case.items,
        "newest": case.newest.isoformat() if case.newest else None,
        # A "not found" page lists nothing of the column's: with nothing on the homepage
        # either, the column is empty, as when its page answers 404.
        "empty": int(case.empty or case.not_found),
    }


async def test_farm_scan_reads_each_column_page_as_written(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    server, port = farm
    config = make_config(port)
    sites = []
    for slug, case in CASES.items():
        server.sites[f"cms-{slug}"] = CaseSite(case)
        sites.append(Site(server.url(f"cms-{slug}"), name=slug, group="realistic-cms"))
    scan_id, _ = await _scan(config, sites)
    errors = {}
    for slug, case in CASES.items():
        rows = column_rows(config, scan_id, slug)
        row = rows.get(case.column)
        if row is None:
            errors[slug] = f"no column {case.column}: {sorted(rows)}"
            continue
        got = {"items": row["items"], "newest": row["newest"], "empty": row["empty"]}
        if got != farm_truth(case):
            errors[slug] = {"got": got, "want": farm_truth(case), "note": case.note}
    if errors:
        pytest.fail(json.dumps(errors, ensure_ascii=False, indent=1, default=str))


@pytest.mark.parametrize("budget", [2, 3])
async def test_last_page_of_a_list_sorted_oldest_first_within_the_page_budget(
    farm: tuple[Farm, int], make_config: Callable[..., Config], budget: int
) -> None:
    """Its first page's dates ascend (2019...): its newest items are on its last page,
    read when `max_column_pages` leaves one page for it; when it does not, the column's
    page gives no newest date (its first page's are its oldest) rather than a false
    'stale'."""
    server, port = farm
    config = make_config(port, crawler={"max_column_pages": budget})
    case = CASES["ascending"]
    site = CaseSite(case)
    server.sites[f"asc{budget}"] = site
    scan_id, _ = await _scan(config, [Site(server.url(f"asc{budget}"), name="asc")])
    row = column_rows(config, scan_id, "asc")[case.column]
    pages = [p for p in site.paths if p not in ("/", "/robots.txt")]
    assert len(pages) <= budget, pages
    if budget == 3:
        assert "/col/col5501/index_3.html" in pages
        assert row["newest"] == case.newest.isoformat() if case.newest else False
    else:
        assert "/col/col5501/index_3.html" not in pages
        assert row["newest"] is None
        assert row["empty"] == 0 and row["items"] == case.items


@pytest.mark.parametrize("slug", ["zero", "ajax", "ascending", "sidebar"])
def test_inspect_shows_how_a_scan_reads_the_page_as_a_column_page(slug: str) -> None:
    """`inspect` reads a file as a homepage (its columns) and, in `as_column_page`, as a
    scan reads a column's own list page."""
    case = CASES[slug]
    raw = _encoded(case)
    url = case.page_url
    fetch = FetchRecord(url=url, final_url=url, http_status=200, body_bytes=len(raw))
    config = config_from_mapping({}, Path("realistic.toml"))
    record = inspection_record(inspect_page(url, fetch, raw, config, rc.NOW))
    page = read_page(case)
    assert record["as_column_page"] == {
        "items": page.main_list_items,
        "newest": page.main_list_newest.isoformat() if page.main_list_newest else None,
        "empty": case.empty,
        "empty_marker": page.empty_marker,
        "items_elsewhere": case.elsewhere,
        "last_page": page.last_page,
    }
    assert (record["as_column_page"]["last_page"] is not None) == (slug == "ascending")


def test_a_page_builders_widget_container_is_no_side_box() -> None:
    """Elementor wraps every block, the posts list too, in a 'widget-container': only a
    box that names a side box (sidebar, hot, related...) or an <aside> is one."""
    posts = "".join(
        f'<article class="elementor-post"><h3 class="elementor-post__title">'
        f'<a href="https://example.org/2026/11/{d:02d}/post-{d}/">Community update number {d}</a></h3>'
        f'<span class="elementor-post-date">November {d}, 2026</span></article>'
        for d in (20, 14, 7)
    )
    body = (
        '<html lang="en"><body><div class="elementor-widget-container">'
        f'<div class="elementor-posts-container">{posts}</div></div></body></html>'
    )
    page = observe(
        body.encode(), "", "https://example.org/news/", "text/html", rc.TODAY, columns=False
    )
    assert (page.main_list_items, page.main_list_newest) == (3, date(2026, 11, 20))


def _column_page(layout: str) -> PageObservations:
    own = "".join(
        f'<li><a href="/news/{i}.html">市政府召开第{i}次常务会议研究部署重点工作</a>'
        f"<span>2026-03-{10 + i:02d}</span></li>"
        for i in range(1, 8)
    )
    hot = "".join(
        f'<li><a href="/news/h{i}.html">热门文章第{i}篇</a><span>2025-0{i}-01</span></li>'
        for i in range(1, 5)
    )
    body = (
        '<html><head><title>新闻动态</title></head><body><div class="header"><a href="/">'
        f'首页</a></div><div class="{layout}"><div class="content"><ul class="list">{own}'
        f'</ul></div><div class="sidebar"><ul>{hot}</ul></div></div></body></html>'
    )
    return observe(
        body.encode(), "", "http://www.qinghe.gov.cn/news/", "text/html", date(2026, 3, 20),
        columns=False, message_list=False,
    )  # fmt: skip


@pytest.mark.parametrize("layout", ["content-sidebar-wrap", "page has-sidebar", "main-side"])
def test_a_layout_wrapper_named_after_its_sidebar_is_no_side_box(layout: str) -> None:
    # Genesis' content-sidebar-wrap holds the column's own list and the sidebar: the
    # word 'sidebar' in the wrapper's class made every list a side box (read empty).
    page = _column_page(layout)
    assert page.main_list_items == 7
    assert page.main_list_newest == date(2026, 3, 17)


def test_a_column_named_like_a_side_box_keeps_its_own_list() -> None:
    # 热点回应 (a disclosure column every government portal has) under its own heading,
    # its page titled so: its list, not the sidebar's old 通知公告, is the column's.
    own = "".join(
        f'<li><a href="/rdhy/{i}.html">关于群众关心的第{i}个问题的回应说明</a>'
        f"<span>2026-03-{10 + i:02d}</span></li>"
        for i in range(1, 8)
    )
    side = "".join(
        f'<li><a href="/tzgg/{i}.html">通知公告第{i}篇关于工作安排</a><span>2025-0{i}-01</span></li>'
        for i in range(1, 4)
    )
    body = (
        "<html><head><title>热点回应_清河县人民政府</title></head><body>"
        f'<div class="left"><div class="lm">通知公告</div><ul>{side}</ul></div>'
        f'<div class="right"><div class="lm_title">热点回应</div><ul class="list">{own}</ul>'
        "</div></body></html>"
    )
    page = observe(
        body.encode(), "", "http://www.qinghe.gov.cn/rdhy/", "text/html", date(2026, 3, 20),
        columns=False, message_list=False,
    )  # fmt: skip
    assert (page.main_list_items, page.main_list_newest) == (7, date(2026, 3, 17))
