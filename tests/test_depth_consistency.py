"""The homepage sweep (`scan --depth home`) against the full scan (`--depth full`).

The sweep reads the homepage only, through a cheaper path (`observe(..., lists=False)`:
no lists, no columns, one pass over the visible lines and link URLs for dates). What
it cannot see (column pages, second-level pages, frames, scripted lists) it may not
judge; what it judges on the homepage must not contradict the full scan's verdict on
that homepage: the same hijack and dead-page findings, no date newer than any the
full scan found, and no `homepage_stale`/`abandoned` that the full scan does not give
(an undated homepage is `undated`, not stale).

The realistic sites of the other suites are scanned at both depths on the farm, with
their fixed clocks.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from crawler.config import Config
from crawler.extract import observe
from crawler.models import Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests import realistic_hijack as rh
from tests import realistic_hijack2 as r2
from tests import realistic_intl as intl
from tests import realistic_zh as zh
from tests import realistic_zh2 as zh2
from tests.farm import Farm
from tests.test_realistic_hijack2 import SITE_ONLY
from tests.test_realistic_hijack2 import _serve as serve_case
from tests.test_realistic_intl import Pages
from tests.test_realistic_intl import host_of as intl_host
from tests.test_realistic_zh import _serve as serve_truth

# Homepage-level findings both depths read off the same page.
INTEGRITY = frozenset(
    {
        "unreachable",
        "hidden_links",
        "spam_content",
        "offsite_redirect",
        "placeholder_page",
        "default_server_page",
        "parked_domain",
        "site_moved",
    }
)
# Hijacks (and innocent look-alikes) a homepage shows by itself: all but those judged on
# other pages or with another user agent.
HOMEPAGE_CASES = [case for case in map(lambda build: build(), r2.CASES) if case.slug not in SITE_ONLY]


def _records(config: Config, scan_id: int) -> dict[str, dict[str, Any]]:
    db = open_database(config.database_path, create=False)
    try:
        return {r["name"]: r for r in iter_result_records(db, scan_id)}
    finally:
        db.conn.close()


async def _both_depths(
    config: Config, sites: Sequence[Site], now: datetime
) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """{name: (full record, sweep record)}; each depth in a database of its own."""
    full = await run_scan(config, list(sites), depth="full", clock=lambda: now)
    sweep_db = Path(str(config.database_path) + ".home")
    sweep_config = replace(config, storage=replace(config.storage, path=str(sweep_db)))
    sweep = await run_scan(sweep_config, list(sites), depth="home", clock=lambda: now)
    by_full, by_sweep = _records(config, full.scan_id), _records(sweep_config, sweep.scan_id)
    return {name: (record, by_sweep[name]) for name, record in by_full.items()}


def contradictions(full: Mapping[str, Any], sweep: Mapping[str, Any]) -> list[str]:
    """Where the sweep's homepage verdict contradicts the full scan's."""
    full_codes = {f["code"] for f in full["findings"]}
    sweep_codes = {f["code"] for f in sweep["findings"]}
    wrong = []
    if full_codes & INTEGRITY != sweep_codes & INTEGRITY:
        wrong.append(f"integrity {sorted(full_codes & INTEGRITY)} vs {sorted(sweep_codes & INTEGRITY)}")
    if (full["status"] == "hijacked") != (sweep["status"] == "hijacked"):
        wrong.append(f"status {full['status']} vs {sweep['status']}")
    seen, found = sweep["last_updated"], full["last_updated"]
    if seen is None:
        if {"homepage_stale", "abandoned"} & sweep_codes:
            wrong.append("undated, yet judged stale")
        return wrong
    if found is None or seen > found:
        wrong.append(f"sweep's date {seen} newer than any the full scan found ({found})")
    for code in ("homepage_stale", "abandoned"):
        if (code in full_codes) != (code in sweep_codes):
            wrong.append(f"{code}: full {code in full_codes}, sweep {code in sweep_codes}")
    return wrong


def _fail_on(results: Mapping[str, tuple[dict[str, Any], dict[str, Any]]]) -> None:
    wrong = {name: c for name, (full, sweep) in results.items() if (c := contradictions(full, sweep))}
    if wrong:
        pytest.fail(json.dumps(wrong, ensure_ascii=False, indent=1))


async def test_chinese_portals_get_the_same_homepage_verdict_at_both_depths(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    # Among them: visitor counters "（自2015年1月1日起统计）" on a navigation portal and on
    # a Hanweb homepage (the sweep made both zombies of 2015), a weather box and a
    # counter's "统计日期：" showing today over year-old lists (the sweep: fresh).
    server, port = farm
    sites = []
    for build in zh.SITES:
        truth = build()
        server.sites[truth.slug] = serve_truth(truth)
        sites.append(Site(server.url(truth.slug), name=truth.slug, group="zh"))
    _fail_on(await _both_depths(make_config(port), sites, zh.NOW))


async def test_footer_stamps_are_not_the_sweeps_newest_item(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    # "最后更新：<today>" written in the footer at each request, over lists that a script
    # or frames fill: the full scan finds no date on the homepage, and neither may the
    # sweep (it was fresh by the stamp).
    server, port = farm
    sites = []
    for build in zh2.SITES:
        truth = build()
        server.sites[truth.slug] = serve_truth(truth)
        sites.append(Site(server.url(truth.slug), name=truth.slug, group="zh2"))
    _fail_on(await _both_depths(make_config(port), sites, zh2.NOW))


async def test_international_sites_get_the_same_homepage_verdict_at_both_depths(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    # A charity's footer "Last updated: 14 March 2022": the full scan reads no footer
    # date (undated), and the sweep made it a zombie.
    server, port = farm
    address = f"127.0.0.1:{port}"
    suffixes = ("*.farm.test", "*.gov.hk", "*.gov.uk", "*.gov", "*.gov.tw")
    config = make_config(
        port,
        network={"resolve": dict.fromkeys(suffixes, address)},
        rules={"slow_ms": 5000},
    )
    sites = []
    for site in intl.all_sites():
        server.sites[intl_host(site).removesuffix(".farm.test")] = Pages(site.pages)
        url = f"http://{intl_host(site)}:{port}/" if site.host else server.url(site.name)
        sites.append(Site(url, name=site.name, group="intl"))
    _fail_on(await _both_depths(config, sites, intl.NOW))


async def test_a_homepage_hijack_is_seen_at_both_depths(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    # Among them: spam words masked with zero-width characters, full-width letters,
    # look-alike Cyrillic letters or tags between their characters: the sweep searched
    # the text as it is and passed those homepages as healthy.
    server, port = farm
    target = f"127.0.0.1:{port}"
    config = make_config(
        port,
        network={
            "resolve": {
                f"*.{rh.CN_DOMAIN}": target,
                f"*.{rh.EN_DOMAIN}": target,
                r2.MO_HOST: target,
                r2.CASINO_HOST: target,
            }
        },
    )
    sites = []
    for case in HOMEPAGE_CASES:
        server.sites[case.url.split("/")[2]] = serve_case(case, case.pages, server.hits)
        sites.append(Site(case.url, name=case.slug, group="hijack2"))
    results = await _both_depths(config, sites, rh.NOW)
    hijacked = {slug for slug, (_, sweep) in results.items() if sweep["status"] == "hijacked"}
    assert hijacked == {case.slug for case in HOMEPAGE_CASES if case.hijacked}
    _fail_on(results)


# The same, page by page: what the sweep reads off one homepage.
TODAY = date(2026, 3, 18)


def _sweep_newest(body: str) -> date | None:
    page = observe(body.encode(), "utf-8", "http://www.x.gov.cn/", "text/html", TODAY, lists=False)
    return page.newest_item


def _home(middle: str, footer: str = "") -> str:
    return (
        "<html><head><title>县政府</title></head><body>"
        f'<div class="top">{middle}</div><ul>'
        '<li><a href="/a/1.html">县政府召开常务会议</a><span>2025-02-09</span></li>'
        '<li><a href="/a/2.html">关于做好春季防火工作的通知</a><span>2025-01-27</span></li>'
        f'</ul><div class="footer">版权所有 © 2005-2026 某某县人民政府<br>{footer}</div>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("middle", "footer"),
    [
        ("<span>3月18日 多云 9℃~18℃ 东南风2级</span>", ""),
        ("", "今日访问量：1,024 统计日期：2026年3月18日"),
        ("", "最后更新：2026-03-18"),
        ("", "Last updated: 18 March 2026"),
        # SharePoint's footer; a bilingual Canadian one, its label and date in two nodes
        ("", "<p>Last modified at 3/18/2026 8:01 AM by System Account</p>"),
        ("", "<dl><dt>Date modified: / Date de modification :</dt><dd><time>2026-03-18</time></dd></dl>"),
        # both split over two nodes: the clock's second reading kept the stamp's line
        (
            "<span>2026年3月18日</span><span>星期三</span>",
            "<dl><dt>Date modified:</dt><dd><time>2026-03-17</time></dd></dl>",
        ),
    ],
)
def test_the_sweep_reads_a_homepage_past_its_chrome(middle: str, footer: str) -> None:
    assert _sweep_newest(_home(middle, footer)) == date(2025, 2, 9)


def test_items_that_show_their_weekday_are_no_clock() -> None:
    # CivicPlus's News Flash: "Tuesday, March 17, 2026" under each item (a US site's
    # today at the 02:00 scan in Beijing). The sweep took yesterday's for a clock (a
    # short line with a weekday, a day off today) and dated the homepage by an older
    # item; the full scan reads it as the item's date. Today's stays a clock's
    # (tests/test_realistic_english2.py).
    news = "".join(
        f'<li><h4><a href="/CivicAlerts.aspx?AID={n}">Notice {n}</a></h4>'
        f'<div class="widgetMeta">{day}</div></li>'
        for n, day in enumerate(("Tuesday, March 17, 2026", "Friday, March 13, 2026", "Monday, March 2, 2026"))
    )
    body = f"<html><body><ol>{news}</ol></body></html>".encode()
    url = "http://www.x.gov/"
    sweep = observe(body, "utf-8", url, "text/html", TODAY, lists=False).newest_item
    assert sweep == observe(body, "utf-8", url, "text/html", TODAY).newest_item == date(2026, 3, 17)


def test_a_clock_beside_a_forecast_is_still_a_clock() -> None:
    # Short lines with weekdays, none before yesterday: no list whose items show them.
    forecast = "".join(f"<li>{day}</li>" for day in ("2026年3月19日 星期四", "2026年3月20日 星期五"))
    assert _sweep_newest(_home(f"<span>2026年3月18日 星期三</span><ul>{forecast}</ul>")) == date(2025, 2, 9)


def test_a_counters_start_does_not_date_a_navigation_homepage() -> None:
    menu = "".join(f'<a href="/{n}/">部门网站{n}</a>' for n in range(12))
    body = (
        f"<html><body><div class=\"nav\">{menu}</div><div class=\"footer\">"
        "版权所有 © 2005-2026 某某市人民政府<br>您是第12345位访客（自2015年1月1日起统计）"
        "</div></body></html>"
    )
    assert _sweep_newest(body) is None


def test_an_update_label_on_every_item_still_dates_the_items() -> None:
    items = "".join(
        f'<li><a href="/b/{n}.html">办事指南{n}</a> 更新时间：2026-03-{10 + n}</li>' for n in range(3)
    )
    body = f"<html><body><ul>{items}</ul><p>最后更新：2026-03-18</p></body></html>"
    assert _sweep_newest(body) == date(2026, 3, 12)


# Year-less dates ([11-20], 11月20日) read on 2026-11-25: a newest-first list's order
# says their years, at both depths (`dates.years_by_order`).
ORDER_DAY = date(2026, 11, 25)
DEAD = [("[12-28]", "镇召开党委扩大会议"), ("[12-20]", "关于冬季防火的通知"), ("[12-05]", "镇开展安全生产检查"),
        ("[11-28]", "镇领导调研农业生产"), ("[11-20]", "关于秋季征兵的公告")]  # fmt: skip
FRESH = [("[11-24]", "关于做好冬季供暖的通知"), ("[11-20]", "镇政府召开工作会议"), ("[11-17]", "关于开展环境整治的通知"),
         ("[11-12]", "镇开展消防演练"), ("[11-07]", "关于征收医保费的公告")]  # fmt: skip
CJK_DEAD = [("12月2日", "镇召开党委扩大会议"), ("11月18日", "关于冬季防火的通知"), ("9月30日", "镇开展安全生产检查"),
            ("6月5日", "镇领导调研农业生产")]  # fmt: skip
PINNED = [("[12-01]", "【置顶】关于公布镇政务服务事项清单的公告"), *FRESH]


def _lists_page(*lists: list[tuple[str, str]]) -> bytes:
    boxes = "".join(
        f'<div class="box"><h3>栏目{n}</h3><a href="/c{n}/">更多</a><ul>'
        + "".join(
            f'<li><span>{shown}</span><a href="/?p={n}{i}">{title}</a></li>'
            for i, (shown, title) in enumerate(items)
        )
        + "</ul></div>"
        for n, items in enumerate(lists)
    )
    return f"<html><head><title>镇政府</title></head><body>{boxes}</body></html>".encode()


@pytest.mark.parametrize(
    ("lists", "newest"),
    [
        ([DEAD], date(2025, 12, 28)),  # [11-20] under 2025-12-28 is 2025's
        ([CJK_DEAD], date(2025, 12, 2)),
        ([DEAD[::-1]], date(2026, 11, 20)),  # oldest first: each date alone
        ([PINNED], date(2026, 11, 24)),  # a pinned item is out of the order
        ([FRESH, DEAD], date(2026, 11, 24)),
        ([DEAD, FRESH], date(2026, 11, 24)),  # the next list starts above: another list
    ],
)
def test_the_sweep_reads_year_less_dates_in_their_lists_order(
    lists: list[list[tuple[str, str]]], newest: date
) -> None:
    body = _lists_page(*lists)
    url = "http://www.x.gov.cn/"
    sweep = observe(body, "utf-8", url, "text/html", ORDER_DAY, lists=False).newest_item
    full = observe(body, "utf-8", url, "text/html", ORDER_DAY).newest_item
    assert (sweep, full) == (newest, newest)


def test_the_sweep_reads_a_year_less_list_across_new_year_as_one_list() -> None:
    """A dead list (2025-01-10 down to 2024-12-20) on 2026-01-05: its [01-03] reads as
    2026's, and the order moves it and the [12-28] below it a year back. The sweep took
    the step up from 01-03 to 12-28 for another list and kept 2025-12-28: fresh, where
    the full scan says 2025-01-10."""
    across = [("[01-10]", "镇召开党委扩大会议"), ("[01-08]", "关于冬季防火的通知"),
              ("[01-03]", "镇开展安全生产检查"), ("[12-28]", "镇领导调研农业生产"),
              ("[12-20]", "关于秋季征兵的公告")]  # fmt: skip
    body = _lists_page(across)
    url = "http://www.x.gov.cn/"
    day = date(2026, 1, 5)
    sweep = observe(body, "utf-8", url, "text/html", day, lists=False).newest_item
    full = observe(body, "utf-8", url, "text/html", day).newest_item
    assert (sweep, full) == (date(2025, 1, 10), date(2025, 1, 10))


def test_a_tables_closing_dates_do_not_date_the_sweep() -> None:
    # S3WaaS (Indian district sites): Notices and Tenders tables, "Start Date" then "End
    # Date" cells. On 2026-12-10 the newest posting (21/11/2026) is 19 days old: stale;
    # the sweep read a closing date (03/12/2026) as an item and called it fresh. Both
    # depths leave out a cell under a deadline's header while another cell dates its row.
    from tests.realistic_english2 import in_district

    body = str(in_district().pages["/"]).encode()
    day = date(2026, 12, 10)
    url = "http://rampur.nic.in/"
    sweep = observe(body, "utf-8", url, "text/html", day, lists=False).newest_item
    assert sweep == observe(body, "utf-8", url, "text/html", day).newest_item == date(2026, 11, 21)


def test_a_link_in_a_layout_row_is_not_dated_by_the_boxes_beside_it() -> None:
    # A Big5 township office (tests/blind_trad5.py): a layout row's cell holds the
    # Executive Yuan's news box (another site's, its rows undated as such) and under it
    # an image link to that government's portal. The full scan took the whole layout row
    # for that link's item, dated by the box's last row (115/11/20), and dated the
    # homepage by another site's news; the sweep read the township's own 115/09/30.
    news = "".join(
        f'<tr><td><a href="/chinese/news_detail.asp?id={n}">鄉公所辦理活動第{n}場</a></td>'
        f'<td align="right">{shown}</td></tr>'
        for n, shown in enumerate(("115/09/30", "115/09/12", "115/08/27"))
    )
    ey = "".join(
        f'<tr><td><a href="https://www.ey.gov.tw/Page/{n}">{title}</a></td><td>{shown}</td></tr>'
        for n, (title, shown) in enumerate(
            (("國土計畫法修正草案", "115/11/25"), ("持續推動長照3.0", "115/11/24"), ("冬季電價穩定措施", "115/11/20"))
        )
    )
    body = (
        "<html><head><title>霞雲鄉公所</title></head><body><table><tr>"
        f'<td><table class="news"><tr><td class="title">鄉政新聞</td></tr>{news}</table></td>'
        f'<td><table class="ey"><tr><td class="title">行政院重要政策</td></tr>{ey}</table>'
        '<p><a href="https://www.gov.tw/"><img src="/images/egov.gif" alt="我的E政府"></a></p></td>'
        "</tr></table></body></html>"
    ).encode()
    url = "http://www.xiayun.gov.tw/"
    day = date(2026, 11, 26)
    sweep = observe(body, "utf-8", url, "text/html", day, lists=False).newest_item
    assert sweep == observe(body, "utf-8", url, "text/html", day).newest_item == date(2026, 9, 30)
