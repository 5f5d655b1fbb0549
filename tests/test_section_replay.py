"""A page that answers 304 Not Modified is judged on what the previous scan saw of it
(its stored summary, crawler/summaries.py). A page is read in one of several ways: a
column's own list page for its main list only (no columns), a navigation homepage's
second-level page for its columns too (a section page: 新闻中心 over 要闻动态 and 部门动态,
each with its 更多). A summary read one way is no answer to the other: two scans on the
farm, the second with conditional GETs, the homepage turned navigation-only between
them, judged as a scan of the same pages without history judges them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crawler.config import Config
from tests import realistic_zh as zh
from tests.farm import Farm
from tests.test_freshness_scan import PortalSite, add_site, column_rows, county_site, scan


def portal_home(site: zh.SiteTruth) -> str:
    """The portal's homepage before its redesign: two boxes of dated items whose 更多
    links lead to the section pages (新闻中心, 政务公开), read then as column pages."""
    boxes = "".join(
        f'<div class="box"><div class="title"><span>{name}</span>'
        f'<a class="more" href="{path}">更多</a></div><ul>'
        + zh.ul_rows(
            [(f"{name}第{i}条：关于做好近期重点工作的通知", zh.ago(a), f"{path}{i}.html")
             for i, a in enumerate(ages)],
            zh.iso,
        )
        + "</ul></div>"
        for name, path, ages in (("新闻中心", "/xwzx/", (1, 2, 6)), ("政务公开", "/zwgk/", (5, 20)))
    )  # fmt: skip
    return (
        zh.head("云溪市人民政府门户网站")
        + '<body class="index">'
        + zh.nav(zh.NAV_SECTIONS)
        + f'<div class="main">{boxes}</div>'
        + zh.footer("云溪市人民政府门户网站", "苏ICP备05000001号", "3208000000")
        + "</body></html>"
    )


def judged(config: Config, scan_id: int, name: str) -> dict[str, tuple[Any, ...]]:
    return {
        column: (r["type"], r["items"], r["newest"], r["empty"], r["source"])
        for column, r in column_rows(config, scan_id, name).items()
    }


async def test_a_section_page_answering_304_after_the_homepage_turned_navigation_only(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """First scan: /xwzx/ and /zwgk/ are the homepage's columns' pages, read for their
    main list alone. Second scan: the homepage is a navigation page, /xwzx/ and
    /zwgk/ its second-level pages, unchanged: their columns (要闻动态, 部门动态; 通知公告,
    政策文件) are judged, as they are for a site no scan saw before. Replaying the
    column-page summary (no columns) judged each section on one list instead."""
    server, port = farm
    config = make_config(port)
    truth = zh.navigation_portal()
    redesigned = PortalSite({**truth.pages, "/": portal_home(truth)}, validators=True)
    entry = add_site(server, "replayed", redesigned)
    await scan(config, [entry], now=zh.NOW)
    first = len(redesigned.requests)

    redesigned.pages["/"] = truth.pages["/"]
    fresh = add_site(server, "fresh", PortalSite(dict(truth.pages), validators=True))
    scan_id, records = await scan(config, [entry, fresh], now=zh.NOW)

    again = {r.path: r.status for r in redesigned.requests[first:]}
    assert again.get("/") == 200
    assert again.get("/xwzx/") == 200 and again.get("/zwgk/") == 200, again
    expected = judged(config, scan_id, "fresh")
    assert {"要闻动态", "部门动态", "通知公告", "政策文件"} <= set(expected)
    assert judged(config, scan_id, "replayed") == expected
    assert records["replayed"]["status"] == records["fresh"]["status"]


async def test_an_unchanged_section_page_answers_304_and_keeps_its_columns(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """A navigation homepage's section pages read the same way twice: the second scan
    asks with validators, the pages answer 304, and their columns are judged from the
    stored summary as the first scan judged them."""
    server, port = farm
    config = make_config(port)
    truth = zh.navigation_portal()
    site = PortalSite(dict(truth.pages), validators=True)
    entry = add_site(server, "nav", site)
    first_id, _ = await scan(config, [entry], now=zh.NOW)
    first = len(site.requests)
    second_id, _ = await scan(config, [entry], now=zh.NOW)

    again = {r.path: r.status for r in site.requests[first:]}
    assert again.get("/xwzx/") == 304 and again.get("/zwgk/") == 304, again
    assert {"要闻动态", "部门动态", "通知公告", "政策文件"} <= set(judged(config, first_id, "nav"))
    assert judged(config, second_id, "nav") == judged(config, first_id, "nav")


async def test_a_full_scan_after_a_homepage_sweep_reads_the_homepages_columns(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """A sweep (depth home) reads the homepage without its lists; the full scan after it
    must not take that summary for the homepage's when the homepage answers 304: its
    columns, and their pages, are judged as for a site no scan saw before."""
    server, port = farm
    config = make_config(port)
    site = county_site({"rsxx": (400, 420)}, validators=True)
    entry = add_site(server, "swept", site)
    await scan(config, [entry], depth="home")
    fresh = add_site(server, "unswept", county_site({"rsxx": (400, 420)}, validators=True))
    scan_id, records = await scan(config, [entry, fresh])

    assert judged(config, scan_id, "swept") == judged(config, scan_id, "unswept")
    assert "人事信息" in judged(config, scan_id, "swept")
    assert records["swept"]["status"] == records["unswept"]["status"]
    assert {f["code"] for f in records["swept"]["findings"]} == {"column_stale"}
