"""Columns, lists and messages on realistic portal pages (crawler.extract.observe).

The pages come from tests/portals.py: full portals with their chrome (top bar with a
clock, logo, search, navigation menu, banner, sidebar, 友情链接, footer with 版权所有
years, ICP number and visitor counter), so the heuristics are tested on what they
meet in the field, not on minimal snippets.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from crawler.check import is_navigation_only
from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import ColumnBlock, PageObservations
from tests import portals
from tests.portals import (
    COUNTY_COLUMNS,
    FRESH_AGES,
    FRESH_STATES,
    TODAY,
    ColumnSpec,
    days_ago,
)

HOME = "http://www.qinghe.gov.cn/"
# 政府信息公开目录 rows: (age, title); two titles name a day later than their own.
CATALOGUE = (
    (60, "关于2026年11月1日起调整最低工资标准的通知"),
    (170, "关于2026年10月1日起施行新版社会保障卡服务规范的通知"),
    (200, "关于印发《清河县就业补助资金管理办法》的通知"),
    (260, "清河县人力资源和社会保障局2025年度部门决算公开"),
)
LEXICON = build_lexicon()
SPECS = {spec.slug: spec for spec in COUNTY_COLUMNS}
COUNTY_NAMES = {spec.name for spec in COUNTY_COLUMNS}


def observe_page(body: str | bytes, url: str = HOME, charset: str = "utf-8") -> PageObservations:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return observe(data, charset, url, "text/html", TODAY, LEXICON)


def by_name(page: PageObservations) -> dict[str, ColumnBlock]:
    return {column.name: column for column in page.columns}


# --- the templates themselves -------------------------------------------------------

TEMPLATES: dict[str, Callable[[], bytes]] = {
    "county": lambda: portals.encode(portals.county_portal()),
    "county-gbk": lambda: portals.gbk_county_portal(),
    "county-table": lambda: portals.encode(portals.table_county_portal()),
    "county-tabs": lambda: portals.encode(portals.tabbed_county_portal()),
    "list": lambda: portals.encode(portals.column_list_page(SPECS["zwdt"], list(range(1, 40, 2)))),
    "list-empty": lambda: portals.encode(portals.empty_list_page(SPECS["rsxx"])),
    "list-empty-ul": lambda: portals.encode(portals.empty_list_page(SPECS["rsxx"], marker=None)),
    "interaction": lambda: portals.encode(
        portals.interaction_list_page([(3, "已回复"), (100, "未回复"), (200, "办理中")])
    ),
    "hanweb": lambda: portals.encode(portals.hanweb_list_page(SPECS["tzgg"], range(2, 60, 4))),
    "navigation": lambda: portals.encode(portals.navigation_home()),
    "navigation-framed": lambda: portals.encode(portals.navigation_home(chrome=True)),
    "catalogue": lambda: portals.encode(portals.catalogue_list_page(CATALOGUE)),
    "taiwan-big5": lambda: portals.big5_taiwan_portal(),
    "english": lambda: portals.encode(portals.english_council()),
}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_templates_weigh_what_real_portal_pages_weigh(name: str) -> None:
    body = TEMPLATES[name]()
    assert 5_000 <= len(body) <= 40_000, f"{name}: {len(body)} bytes"
    text = body.lower()
    assert b"<script" in text and b"<style" in text


def test_fresh_county_portal_judged_against_a_fixed_clock() -> None:
    # Templates are built from ages, so they never rot.
    assert portals.NOW.date() == TODAY
    assert days_ago(1).isoformat().encode() in TEMPLATES["county"]()


# --- the county portal ----------------------------------------------------------------


def test_county_portal_finds_each_column_with_type_count_newest_and_more_link() -> None:
    page = observe_page(portals.county_portal())
    columns = by_name(page)
    for spec in COUNTY_COLUMNS:
        assert spec.name in columns, f"{spec.name} not found among {sorted(columns)}"
        column = columns[spec.name]
        ages = FRESH_AGES[spec.slug]
        assert column.type == spec.type, spec.name
        assert column.items == len(ages), spec.name
        assert column.dated_items == len(ages), spec.name
        assert column.newest == days_ago(min(a for a in ages if a is not None)), spec.name
        assert column.more_url == f"{HOME}col/{spec.slug}/", spec.name
        assert column.empty_marker is None


def test_county_portal_columns_come_in_page_order() -> None:
    page = observe_page(portals.county_portal())
    found = [c.name for c in page.columns if c.name in COUNTY_NAMES]
    assert found == [spec.name for spec in COUNTY_COLUMNS]


def test_navigation_menu_is_not_a_column() -> None:
    """The top menu (政务公开 | 政务服务 | ...) sits under the logo and search box;
    neither the search button's text nor the logo's link makes it a column."""
    page = observe_page(portals.county_portal())
    names = {c.name for c in page.columns}
    assert "搜索" not in names
    assert "首页" not in names
    # A column's list page is never the homepage itself (the logo link).
    assert all(c.more_url != HOME for c in page.columns), [
        (c.name, c.more_url) for c in page.columns
    ]


def test_sidebar_friend_links_and_footer_are_not_columns() -> None:
    page = observe_page(portals.county_portal())
    names = {c.name for c in page.columns}
    for chrome in ("友情链接", "领导之窗", "便民服务", "政务新媒体"):
        assert chrome not in names
    # Slide-show captions and footer links are not columns either.
    assert all(c.more_url is None or "/tpxw/" not in c.more_url for c in page.columns)
    # Only the six columns and, at most, the 专题专栏 banner row.
    assert names <= COUNTY_NAMES | {"专题专栏"}, sorted(names - COUNTY_NAMES)


def test_image_banner_column_is_neither_empty_nor_given_the_footer_links() -> None:
    """专题专栏 shows image banners (links whose only text is the image's alt)."""
    page = observe_page(portals.county_portal())
    topics = by_name(page).get("专题专栏")
    if topics is not None:
        # Its three banners: not zero (an "empty column"), not the footer's links.
        assert topics.items == 3, topics


def test_clock_footer_years_counter_and_icp_numbers_are_not_dates() -> None:
    # Every item is 400+ days old; the page still shows today's date in the top bar
    # clock, "© 2012-2026", an ICP number, 公网安备 and a phone number.
    old = {slug: (400, 430, 500) for slug in FRESH_AGES}
    page = observe_page(portals.county_portal(old, states=()))
    assert page.newest_item == days_ago(400)
    for column in page.columns:
        assert column.newest in (None, days_ago(400)), column


def test_newest_item_and_its_title() -> None:
    page = observe_page(portals.county_portal())
    assert page.newest_item == days_ago(1)
    assert page.newest_item_title == portals.NEWS_TITLES[0]
    assert page.dated_items == sum(len(ages) for ages in FRESH_AGES.values())


def test_dates_only_in_article_urls_count() -> None:
    """gov.cn article URLs carry the date (/202611/t20261120_1000.html)."""
    page = observe_page(portals.county_portal(fmt=lambda day: ""))
    news = by_name(page)["政务动态"]
    assert news.dated_items == len(FRESH_AGES["zwdt"])
    assert news.newest == days_ago(1)


def test_other_date_forms_in_columns() -> None:
    for fmt in (portals.slashed, portals.cjk):
        page = observe_page(portals.county_portal({"zwdt": (3, 9)}, fmt=fmt))
        assert by_name(page)["政务动态"].newest == days_ago(3), fmt.__name__


def test_homepage_messages_with_their_states() -> None:
    page = observe_page(portals.county_portal())
    messages = {m.title: m for m in page.messages}
    assert len(messages) == len(FRESH_STATES)
    for index, state in enumerate(FRESH_STATES):
        message = messages[portals.title_for("zmhd", index)]
        assert message.answered is (state == "已回复"), state
        assert message.date == days_ago(FRESH_AGES["zmhd"][index])
        assert message.url.startswith(f"{HOME}col/zmhd/")


def test_empty_columns_on_the_homepage() -> None:
    empties = ("tzgg", "zcwj", "rsxx", "ghjh", "zmhd")
    for style, marker in (("marker", "暂无信息"), ("ul", None)):
        page = observe_page(portals.county_portal({k: () for k in empties}, empty_style=style))
        columns = by_name(page)
        for slug in empties:
            column = columns[SPECS[slug].name]
            assert column.items == 0, (style, slug)
            assert column.newest is None
            assert column.empty_marker == marker, (style, slug)
            assert column.more_url == f"{HOME}col/{slug}/"
        assert columns["政务动态"].items == len(FRESH_AGES["zwdt"])


def test_gbk_page_declared_only_by_meta_charset_is_decoded() -> None:
    page = observe_page(portals.gbk_county_portal(), charset="")
    assert page.encoding in ("gb18030", "gbk", "gb2312")
    assert page.title == "清河县人民政府门户网站"
    utf8 = observe_page(portals.county_portal())
    assert [(c.name, c.type, c.items, c.newest) for c in page.columns] == [
        (c.name, c.type, c.items, c.newest) for c in utf8.columns
    ]
    assert by_name(page)["通知公告"].newest == days_ago(3)


# --- layout variants -----------------------------------------------------------------


def test_table_layout_columns_with_yearless_dates() -> None:
    """Old portals: <table><tr><td class="lm">通知公告</td><td><a>更多</a></td></tr>
    then one row per item with `[11-20]`."""
    page = observe_page(portals.table_county_portal({"tzgg": (5, 30, 340)}))
    columns = by_name(page)
    for spec in COUNTY_COLUMNS:
        if spec.type == "interaction":
            continue
        assert spec.name in columns, f"{spec.name} not found among {sorted(columns)}"
        column = columns[spec.name]
        assert column.type == spec.type
        assert column.more_url == f"{HOME}col/{spec.slug}/"
    notices = columns["通知公告"]
    assert notices.items == 3
    # [11-20] is this year's; [12-20] (340 days ago) is last year's, not a future day.
    assert notices.newest == days_ago(5)
    assert notices.dated_items == 3


def test_yearless_dates_resolve_to_the_latest_past_day() -> None:
    # 340 days before 2026-11-25 is 2025-12-20, shown as [12-20]: last year's, since
    # this year's 12-20 is still to come.
    page = observe_page(portals.table_county_portal({s: (340, 345) for s in FRESH_AGES}))
    assert page.newest_item == days_ago(340)
    assert page.dated_items == 10


def test_tab_bar_names_each_list_in_order() -> None:
    page = observe_page(portals.tabbed_county_portal())
    tabbed = [c for c in page.columns if c.name in ("要闻", "通知公告")]
    assert [(c.name, c.type) for c in tabbed] == [("要闻", "news"), ("通知公告", "notice")]
    assert tabbed[0].items == 5 and tabbed[0].newest == TODAY
    assert tabbed[1].items == len(FRESH_AGES["tzgg"])
    assert tabbed[1].newest == days_ago(3)
    # The block columns after the tab box keep their own headings.
    assert by_name(page)["政策文件"].newest == days_ago(5)


def test_taiwan_big5_portal_with_roc_dates() -> None:
    url = "https://www.taichung.gov.tw/"
    page = observe_page(portals.big5_taiwan_portal(), url=url, charset="")
    assert page.encoding.startswith("big5")
    assert page.title == "臺中市政府全球資訊網-首頁"
    columns = by_name(page)
    expect = {
        "最新消息": ("news", 5, days_ago(1), f"{url}news/np.aspx?n=1400"),  # 115-11-24
        "公告事項": ("notice", 4, days_ago(4), f"{url}notice/np.aspx?n=1600"),  # 民國115年11月21日
        "法規資訊": ("policy", 3, days_ago(30), f"{url}law/np.aspx?n=1300"),
    }
    for name, (kind, items, newest, more) in expect.items():
        column = columns[name]
        assert (column.type, column.items, column.newest, column.more_url) == (
            kind,
            items,
            newest,
            more,
        ), name
    # "最後更新日期" in the footer is the CMS's, not news.
    assert page.newest_item == days_ago(1)


def test_taiwan_accesskey_anchors_are_not_column_headings() -> None:
    """`<a href="#C" accesskey="C">:::</a>` marks page regions on every Taiwanese
    government site (accessibility rules); it is not a heading and #C is no list page."""
    page = observe_page(
        portals.big5_taiwan_portal(), url="https://www.taichung.gov.tw/", charset=""
    )
    assert {c.name for c in page.columns} == {"最新消息", "公告事項", "法規資訊"}
    assert all("#" not in (c.more_url or "") for c in page.columns)


def test_english_council_sections() -> None:
    url = "https://www.riverside.gov.uk/"
    page = observe_page(portals.english_council(), url=url)
    columns = by_name(page)
    news, notices = columns["News"], columns["Public notices"]
    assert (news.type, news.items, news.newest, news.more_url) == (
        "news",
        5,
        days_ago(2),
        f"{url}news",
    )
    assert (notices.type, notices.items, notices.newest, notices.more_url) == (
        "notice",
        4,
        days_ago(5),
        f"{url}public-notices",
    )
    assert page.newest_item == days_ago(2)


def test_english_skip_link_and_menus_are_not_columns() -> None:
    page = observe_page(portals.english_council(), url="https://www.riverside.gov.uk/")
    assert {c.name for c in page.columns} == {"News", "Public notices"}


# --- list pages ------------------------------------------------------------------------


def test_full_column_list_page() -> None:
    ages = list(range(1, 40, 2))  # 20 items
    page = observe_page(portals.column_list_page(SPECS["zwdt"], ages), url=f"{HOME}col/zwdt/")
    assert page.main_list_items == 20
    assert page.main_list_newest == days_ago(1)
    assert page.empty_marker is None
    # Pagination (首页 上一页 1 2 3 下一页 尾页) adds no items to the list.
    assert by_name(page)["政务动态"].items == 20


def test_list_page_with_old_items_only() -> None:
    page = observe_page(
        portals.column_list_page(SPECS["tzgg"], [200, 260, 400]), url=f"{HOME}col/tzgg/"
    )
    assert page.main_list_items == 3
    assert page.main_list_newest == days_ago(200)


def test_empty_list_page_says_so() -> None:
    """A column page showing 暂无信息 amid the site's usual menus and footer."""
    page = observe_page(portals.empty_list_page(SPECS["rsxx"]), url=f"{HOME}col/rsxx/")
    assert page.empty_marker == "暂无信息"
    assert page.main_list_items == 0, "the navigation menu is not the column's list"
    assert page.main_list_newest is None


def test_empty_list_page_with_an_empty_ul() -> None:
    page = observe_page(portals.empty_list_page(SPECS["rsxx"], marker=None), url=f"{HOME}col/rsxx/")
    assert page.main_list_items == 0, "the navigation menu is not the column's list"
    assert page.main_list_newest is None
    assert page.empty_marker is None


def test_interaction_list_messages_and_states() -> None:
    messages = [(3, "已回复"), (20, "办理中"), (100, "未回复"), (150, "已回复"), (200, "未回复")]
    page = observe_page(portals.interaction_list_page(messages), url=f"{HOME}col/zmhd/")
    found = {m.title: m for m in page.messages}
    assert len(found) == 5
    for index, (age, state) in enumerate(messages):
        message = found[portals.title_for("zmhd", index)]
        assert message.date == days_ago(age)  # not the letter number 20261122001
        assert message.answered is (state == "已回复"), state
        assert message.url.startswith(f"{HOME}col/zmhd/detail.html?id=")
    assert page.main_list_items == 5
    assert page.main_list_newest == days_ago(3)


def test_message_states_with_config_words_and_none_on_other_pages() -> None:
    # read_lists looks for state words in all items at once before judging each item:
    # words added by the config count, and a page without any has no messages.
    lexicon = build_lexicon({"answered_markers": ["已办毕"], "unanswered_markers": ["待办"]})
    rows = "".join(
        f'<li><a href="/m/{i}.html">关于小区道路维修的咨询{i}</a> {state} <span>2026-11-2{i}</span></li>'
        for i, state in enumerate(["已办毕", "待办", "", "已回复"])
    )
    body = f'<html><body><h2>咨询投诉</h2><ul class="list">{rows}</ul></body></html>'
    page = observe(body.encode(), "utf-8", HOME, "text/html", TODAY, lexicon)
    states = {m.title: m.answered for m in page.messages}
    assert states == {
        "关于小区道路维修的咨询0": True,
        "关于小区道路维修的咨询1": False,
        "关于小区道路维修的咨询3": True,
    }
    plain = body.replace("已办毕", "").replace("待办", "").replace("已回复", "")
    assert observe(plain.encode(), "utf-8", HOME, "text/html", TODAY, lexicon).messages == ()


def test_hanweb_datastore_records_are_the_list() -> None:
    ages = list(range(2, 60, 4))  # 15 records
    page = observe_page(portals.hanweb_list_page(SPECS["tzgg"], ages), url=f"{HOME}col/tzgg/")
    assert page.main_list_items == 15
    assert page.main_list_newest == days_ago(2)
    notices = by_name(page)["通知公告"]
    assert (notices.type, notices.items, notices.newest) == ("notice", 15, days_ago(2))


def test_second_level_page_list() -> None:
    page = observe_page(
        portals.second_level_page("新闻中心", "xwzx", [3, 8, 15]), url=f"{HOME}xwzx/"
    )
    assert page.main_list_items == 3
    assert page.main_list_newest == days_ago(3)


def test_navigation_only_homepage() -> None:
    page = observe_page(portals.navigation_home())
    assert page.dated_items == 0
    assert page.newest_item is None
    assert is_navigation_only(page)
    # Its menu links lead to the second-level pages.
    urls = {link.url for link in page.links}
    assert {f"{HOME}xwzx/", f"{HOME}tzgg/", f"{HOME}zcwj/"} <= urls


def test_navigation_homepage_inside_the_site_frame_is_navigation_only() -> None:
    """The same big menu under the site's usual top bar, logo, search box and menu."""
    page = observe_page(portals.navigation_home(chrome=True))
    assert page.dated_items == 0
    assert is_navigation_only(page), [(c.name, c.items, c.more_url) for c in page.columns]


def test_catalogue_rows_are_dated_by_their_date_cell_not_by_dates_in_titles() -> None:
    """A row reads `索引号 | 关于2026年11月1日起调整...的通知 | 发布机构 | 2026-09-26 | 文号`:
    the 生成日期 cell is the item's date; the day named in the title is not."""
    page = observe_page(portals.catalogue_list_page(CATALOGUE), url=f"{HOME}zfxxgk/")
    assert page.main_list_items == len(CATALOGUE)
    assert page.main_list_newest == days_ago(60)
    assert page.newest_item == days_ago(60)


def test_county_portal_is_not_navigation_only() -> None:
    assert not is_navigation_only(observe_page(portals.county_portal()))
    undated = {slug: (None, None, None) for slug in FRESH_AGES}
    assert not is_navigation_only(observe_page(portals.county_portal(undated, states=())))


def test_custom_column_spec_classifies_by_heading() -> None:
    spec = ColumnSpec("部门动态", "bmdt", "news")
    page = observe_page(portals.column_list_page(spec, [2, 4]), url=f"{HOME}col/bmdt/")
    assert by_name(page)["部门动态"].type == "news"


def test_list_page_read_without_columns_or_resources_keeps_its_list_and_links() -> None:
    # What a scan reads from a column's own list page when links are not checked.
    body = portals.county_portal().encode("utf-8")
    full = observe(body, "utf-8", HOME, "text/html", TODAY, LEXICON)
    lean = observe(body, "utf-8", HOME, "text/html", TODAY, LEXICON, columns=False, resources=False)
    assert full.columns and full.resources
    assert lean.columns == () and lean.resources == ()
    # ...and its main list's items as messages of unknown state (a message column's
    # page of titles and dates: the scan reads their own pages).
    assert lean.messages[: len(full.messages)] == full.messages
    assert all(m.answered is None for m in lean.messages[len(full.messages) :])
    assert lean == dataclasses.replace(
        full, columns=(), resources=(), messages=lean.messages, reply=None
    )


def test_lexicons_asked_in_turn_each_answer_with_their_own_words() -> None:
    # Lookups remember the last lexicon and past headings: neither may leak into another.
    extended = build_lexicon({"notice": ["特别栏目"], "more_markers": ["详情"]})
    for _ in range(2):
        assert LEXICON.classify("特别栏目") == "other"
        assert extended.classify("特别栏目") == "notice"
        assert not LEXICON.is_more("详情")
        assert extended.is_more("详情")


def _box_page(script: str) -> str:
    boxes = "".join(
        f'<div class="box"><div class="hd"><span>{name}</span>'
        f'<a class="more" href="/col/{cid}/">更多&gt;</a></div>'
        f'<ul class="news-list" id="list_{cid}"></ul></div>'
        for name, cid in (("工作动态", "1001"), ("通知公告", "1002"))
    )
    return (
        "<html><head><title>某某镇人民政府</title></head><body>"
        f'{boxes}<div id="visitor"></div><script>{script}</script></body></html>'
    )


@pytest.mark.parametrize(
    ("script", "items_elsewhere"),
    [
        # The lists a script fills after the page loads: their items are unknown.
        ("$('.news-list').each(function(){ $.getJSON('/api/list', {})})", True),
        ("fetch('/api/1001').then(r => r.json()).then(d => fill('list_1001', d))", True),
        # An ajax visitor counter names no list: the columns are really empty.
        ("$.ajax({url: '/count', success: function(n){ $('#visitor').text(n) }})", False),
        # A script that names the lists but fetches nothing (a tab switcher).
        ("function tab(n){ $('#list_1001').toggle(); }", False),
    ],
)
def test_a_list_filled_by_script_is_not_an_empty_column(script: str, items_elsewhere: bool) -> None:
    page = observe_page(_box_page(script))
    blocks = {c.name: c for c in page.columns}
    assert set(blocks) == {"工作动态", "通知公告"}
    assert all(c.items == 0 for c in blocks.values())
    if items_elsewhere:
        assert all(c.items_elsewhere for c in blocks.values()) or blocks["工作动态"].items_elsewhere
    else:
        assert not any(c.items_elsewhere for c in blocks.values())
    assert is_navigation_only(page) is not items_elsewhere


def test_only_a_message_columns_page_keeps_messages_of_unknown_state() -> None:
    items = "".join(
        f'<li><a href="/hd/{i}.html">关于小区停车位的咨询{i}</a><span>2026-0{i}-10</span></li>'
        for i in range(1, 6)
    )
    page = f"<html><body><h2>网上咨询</h2><ul>{items}</ul></body></html>".encode()
    url = "http://www.x.gov.cn/col/zxzx/"

    def read(message_list: bool) -> PageObservations:
        return observe(
            page,
            "utf-8",
            url,
            "text/html",
            TODAY,
            LEXICON,
            columns=False,
            message_list=message_list,
        )

    # A message column's page of titles and dates: each message's own page says its state.
    assert [m.answered for m in read(True).messages] == [None] * 5
    # Any other column's page: its items are no messages (nor stored as such).
    assert read(False).messages == ()
    assert read(False).main_list_items == 5


def test_content_inside_a_skip_link_target_is_not_furniture() -> None:
    """Accessible templates (India's GIGW, GOV.UK) put id="skip-content" on the element
    that holds the page's content: its lists are the page's columns."""
    from datetime import date as _date

    from crawler.extract import observe

    items = "".join(
        f'<li><a href="/news/{i}.html">Minister reviews district project number {i}</a>'
        f" <span>{20 - i:02d}/11/2026</span></li>"
        for i in range(1, 7)
    )
    html = (
        '<html lang="en-IN"><head><title>Department of Rural Development</title></head><body>'
        '<a class="skip" href="#skip-content">Skip to main content</a>'
        f'<div id="skip-content"><h2>Latest News</h2><ul>{items}</ul>'
        '<a href="/news/">View all</a></div></body></html>'
    )
    page = observe(html.encode(), "", "https://rural.gov.in/", "text/html", _date(2026, 11, 25))
    assert page.newest_item == _date(2026, 11, 19)
    assert [c.name for c in page.columns] == ["Latest News"]


TAB_BOX = """<html><body>
<div class="tab-box"><ul class="tab-hd"><li class="on"><a href="/tzgg/">通知公告</a></li>
<li><a href="/zcwj/">政策文件</a></li><li><a href="/zcjd/">政策解读</a></li>
<a class="more" href="/tzgg/" target="_blank">更多&gt;&gt;</a></ul>
<div class="tab-bd">
<ul class="list"><li><a href="/tzgg/202603/t20260310_1.html">关于做好清明节期间安全生产工作的通知</a><span>2026-03-10</span></li>
<li><a href="/tzgg/202603/t20260302_2.html">关于开展春季森林防火专项检查的通知</a><span>2026-03-02</span></li></ul>
<ul class="list" style="display:none"><li><a href="/zcwj/202601/t20260117_3.html">关于印发优化营商环境若干措施的通知</a><span>2026-01-17</span></li>
<li><a href="/zcwj/202512/t20251220_4.html">关于进一步规范行政执法工作的通知</a><span>2025-12-20</span></li></ul>
<ul class="list" style="display:none"><li><a href="/zcjd/202601/t20260118_5.html">《优化营商环境若干措施》政策解读</a><span>2026-01-18</span></li>
<li><a href="/zcjd/202512/t20251221_6.html">图解：进一步规范行政执法工作</a><span>2025-12-21</span></li></ul>
</div></div></body></html>"""


def test_tab_bar_with_its_more_link_inside_names_each_tab_and_its_own_page() -> None:
    """A 更多 link inside the tab bar is no tab: each list is its own tab's column, and
    a tab's column page is the page its label links to (the bar's one 更多 link is
    the first tab's), not one merged column named 通知公告 政策文件 政策解读."""
    page = observe_page(TAB_BOX)
    assert [(c.name, c.type, c.more_url) for c in page.columns] == [
        ("通知公告", "notice", HOME.rstrip("/") + "/tzgg/"),
        ("政策文件", "policy", HOME.rstrip("/") + "/zcwj/"),
        ("政策解读", "policy", HOME.rstrip("/") + "/zcjd/"),
    ]


# A tab box (its labels linked, its "more" link in the bar) whose panels say they list
# nothing, or list nothing at all: each such panel is its tab's empty column.
EMPTY_TABS = """<html><body>
<div class="tab-box"><div class="tab-title"><ul><li class="on"><a href="/zcwj/">政策文件</a></li>
<li><a href="/rsxx/">人事信息</a></li><li><a href="/ghjh/">规划计划</a></li></ul>
<a class="more" href="/zcwj/">更多&gt;&gt;</a></div>
<div class="tab-con">
<div class="panel"><ul class="list"><li class="nodata">暂无信息</li></ul></div>
<div class="panel" style="display:none">{second}</div>
<div class="panel" style="display:none"><ul class="list"></ul></div>
</div></div></body></html>"""
SECOND_PANEL_ITEMS = (
    '<ul class="list"><li><a href="/rsxx/202603/t20260310_1.html">关于张某某同志任职的通知</a>'
    '<span>2026-03-10</span></li><li><a href="/rsxx/202602/t20260220_2.html">'
    "2026年公开招聘事业单位工作人员公告</a><span>2026-02-20</span></li></ul>"
)


def test_a_tab_box_whose_panels_list_nothing_has_an_empty_column_per_tab() -> None:
    page = observe_page(EMPTY_TABS.format(second='<p class="nodata">本栏目暂无内容</p>'))
    root = HOME.rstrip("/")
    assert [(c.name, c.type, c.items, c.more_url, c.empty_marker) for c in page.columns] == [
        ("政策文件", "policy", 0, root + "/zcwj/", "暂无信息"),
        ("人事信息", "personnel", 0, root + "/rsxx/", "暂无内容"),
        ("规划计划", "planning", 0, root + "/ghjh/", None),
    ]


def test_a_list_after_an_empty_panel_is_its_own_tabs() -> None:
    """The second panel's list is 人事信息's, not the first tab's: counting lists gave
    it the first tab's name when the first panel was empty."""
    page = observe_page(EMPTY_TABS.format(second=SECOND_PANEL_ITEMS))
    columns = {c.name: c for c in page.columns}
    assert sorted(columns) == ["人事信息", "政策文件", "规划计划"]
    assert (columns["人事信息"].items, str(columns["人事信息"].newest)) == (2, "2026-03-10")
    assert columns["政策文件"].items == 0 and columns["政策文件"].empty_marker == "暂无信息"


def test_a_list_of_short_links_under_a_more_link_is_no_tab_bar() -> None:
    """乡镇之窗: town names under a "more" link, a text block after them; no panels, so
    no empty columns named after towns."""
    page = observe_page(
        """<html><body><div class="towns"><h3>乡镇之窗</h3><a class="more" href="/xzzc/">更多</a>
<ul><li><a href="/xz/1/">石门镇</a></li><li><a href="/xz/2/">上坪乡</a></li>
<li><a href="/xz/3/">龙井镇</a></li></ul>
<div class="intro"><p>全县辖3个乡镇。</p></div></div></body></html>"""
    )
    assert [c for c in page.columns if c.items == 0] == []


# A row of field labels between a column's heading and its list: the list's header,
# not a tab bar naming the column after its first label (信件标题, type other).
FIELD_ROWS = [
    ("领导信箱", "interaction",
     '<div class="tb-hd"><span>信件标题</span><span>状态</span><span>日期</span></div>'),
    ("通知公告", "notice", '<ul class="th"><li>标题</li><li>发布日期：</li></ul>'),
    ("Public Notices", "notice",
     '<div class="list-head"><a href="?sort=title">Title</a><a href="?sort=date">Date</a></div>'),
]  # fmt: skip


@pytest.mark.parametrize(("name", "kind", "row"), FIELD_ROWS)
def test_a_row_of_field_labels_under_a_heading_is_no_tab_bar(
    name: str, kind: str, row: str
) -> None:
    items = "".join(
        f'<li><a href="/col/{i}.html">关于做好2026年第{i}批次相关工作的通知事项</a><span>已回复</span>'
        f"<span>{days_ago(i + 1).isoformat()}</span></li>"
        for i in range(6)
    )
    page = observe_page(
        f"""<html><body><div class="box"><div class="hd"><h4>{name}</h4>
<a class="more" href="/col/">更多</a></div>{row}<ul class="list">{items}</ul></div></body></html>"""
    )
    assert [(c.name, c.type, c.items) for c in page.columns] == [(name, kind, 6)]


# A day-first list (21/11/2024 says so) with a link title that repeats the title, digits
# and all: 12/05/2024 (12 May, read month first it is after today) is read again in the
# page's order, whether it is beside the link or only in its title attribute.
DAY_FIRST = [("Planning committee minutes", "21/11/2024"), ("Budget 2025 consultation", "14/11/2024"),
             ("Council meeting 3 agenda", "12/05/2024"), ("Licensing notice", "03/04/2024")]  # fmt: skip


@pytest.mark.parametrize("shown", [True, False])
def test_a_link_title_does_not_undo_a_day_first_reading(shown: bool) -> None:
    rows = "".join(
        f'<li><a href="/n/{i}" title="{title}{"" if shown else " " + day}">{title}</a>'
        + (f' <span class="date">{day}</span>' if shown else "")
        + "</li>"
        for i, (title, day) in enumerate(DAY_FIRST)
    )
    body = f'<html><body><h2>Latest news</h2><ul class="news">{rows}</ul></body></html>'
    page = observe(body.encode(), "utf-8", "https://www.example.org/news", "text/html",
                   date(2024, 11, 25), LEXICON)  # fmt: skip
    (column,) = page.columns
    assert (column.items, column.dated_items) == (4, 4)


def test_a_block_of_many_links_in_one_wrapper_is_no_list_of_items() -> None:
    """A link farm (hundreds of links in one <div>, a date somewhere in it) is no list
    of dated items: each link read the whole block's text for its date (the page came
    out fresh, and 4,000 such links took 10 s to read); the real list still counts."""
    farm = "".join(f'<a href="http://spam{i}.example/">澳门赌场官网{i}号</a> ' for i in range(300))
    page = observe_page(
        f"""<html><body><div class="f">{farm} 2026-03-30</div>
<ul><li><a href="/a/1.html">关于做好春季防火工作的通知</a> 2025-11-20</li>
<li><a href="/a/2.html">关于开展安全生产检查的通知</a> 2025-11-12</li></ul></body></html>"""
    )
    assert str(page.newest_item) == "2025-11-20"


# --- blind round 2 (tests/blind_zh2.py) ------------------------------------------------

_BLIND2_FRAME = '<html><body><div class="nav"><a href="/">首页</a></div>{}<div class="footer">版权所有</div></body></html>'


def _blind2_columns(body: str) -> list[tuple[str, str, int]]:
    from datetime import date

    from crawler.extract import observe

    page = _BLIND2_FRAME.format(body).encode()
    found = observe(page, "utf-8", "http://x.farm.test/", "text/html", now=date(2026, 11, 25))
    return [(c.name, c.type, c.items) for c in found.columns]


def test_one_dl_per_item_with_the_date_in_dd_is_a_list_not_columns() -> None:
    """<dl><dt><a>title</a></dt><dd>date</dd></dl> per item under a heading row: one
    column named by the heading, not a column per item named by its title (a 教育局's
    政策文件 came out as four 'notice' columns, two of them stale)."""
    dls = "".join(
        f'<dl><dt><a href="/zcwj/202608/t202608{d:02d}_1.html">关于印发中小学课后服务管理办法的通知{d}</a></dt>'
        f"<dd>2026年08月{d:02d}日</dd></dl>"
        for d in (17, 10, 3)
    )
    body = f'<div class="news-box"><div class="tit"><h3>政策文件</h3><a class="more" href="/zcwj/">更多+</a></div>{dls}</div>'
    assert _blind2_columns(body) == [("政策文件", "policy", 3)]


def test_a_heading_row_atop_paragraph_items_in_their_box() -> None:
    items = "".join(
        f'<p><a href="/tzgg/202611/t202611{d:02d}_1.html">关于开展冬季安全检查工作的通知{d}</a><span>2026-11-{d:02d}</span></p>'
        for d in (20, 12, 5)
    )
    body = f'<div class="box"><div class="tit"><h3>通知公告</h3><a href="/tzgg/">更多</a></div>{items}</div>'
    assert _blind2_columns(body) == [("通知公告", "notice", 3)]


def test_a_card_header_is_the_column_box_heading_not_the_page_header() -> None:
    """Element UI / Bootstrap boxes: <div class="card-header"><span>新闻动态</span>
    <a href="javascript:void(0)" onclick=...>更多</a></div> (a Vue site had no column)."""
    lis = "".join(
        f'<li class="list-item"><a href="/xwdt/202611/t202611{d:02d}_1.html" class="title">区政府召开第{d}次常务会议</a>'
        f'<span class="time">2026-11-{d:02d}</span></li>'
        for d in (5, 3, 1)
    )
    body = (
        '<div class="index-card"><div class="card-header"><span class="card-title">新闻动态</span>'
        '<a href="javascript:void(0)" class="card-more" onclick="location.href=\'/col/xwdt/\'">更多</a></div>'
        f'<ul class="card-list">{lis}</ul></div>'
    )
    assert _blind2_columns(body) == [("新闻动态", "news", 3)]


def test_each_tab_panel_is_its_tabs_column_when_the_first_panel_is_marked_on() -> None:
    """<div class="panel on"> for the shown tab, <div class="panel"> for the others: the
    heading search from the second panel stopped at the first (another kind of block),
    so only the first tab was a column and three went unjudged."""

    def panel(cls: str, path: str, titles: list[str], day: int) -> str:
        items = "".join(
            f'<li><a href="{path}2026{i}.html">{t}</a><span>2026-11-{day - i:02d}</span></li>'
            for i, t in enumerate(titles)
        )
        return (
            f'<div class="{cls}"><ul>{items}</ul><a class="more" href="{path}">查看更多</a></div>'
        )

    page = observe_page(
        '<html><body><div class="tab"><ul class="tab-hd"><li class="on"><a href="/jyyw/">'
        '教育要闻</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/jszp/">教师招聘</a>'
        '</li></ul><div class="tab-bd">'
        + panel("panel on", "/jyyw/", NEWS_TITLES, 24)
        + panel("panel", "/tzgg/", NOTICE_TITLES, 20)
        + panel("panel", "/jszp/", HIRE_TITLES, 18)
        + "</div></div></body></html>"
    )
    root = HOME.rstrip("/")
    assert [(c.name, c.type, c.items, c.more_url) for c in page.columns] == [
        ("教育要闻", "news", 4, root + "/jyyw/"),
        ("通知公告", "notice", 4, root + "/tzgg/"),
        ("教师招聘", "personnel", 4, root + "/jszp/"),
    ]


NEWS_TITLES = [
    "全市教育工作会议召开 部署新学期重点任务",
    "市教育局开展秋季学期校园安全专项检查",
    "我市3所学校入选省级智慧教育示范校名单",
    "全市中小学校长能力提升培训班开班",
]
NOTICE_TITLES = [
    "关于做好2026年寒假期间学生安全工作的通知",
    "关于开展2026年下半年中小学教师资格认定工作的通知",
    "关于公布2026年市级优秀教学成果奖评选结果的通知",
    "关于组织开展中小学生课后服务工作督导检查的通知",
]
HIRE_TITLES = [
    "2026年市直学校公开招聘教师公告",
    "2026年市直学校公开招聘教师面试成绩公示",
    "2026年市直学校公开招聘教师拟聘用人员名单公示",
    "关于2026年公开招聘教师资格复审的通知",
]


def test_a_tab_boxs_one_list_beside_a_clearing_div_is_no_empty_panel() -> None:
    """Two tabs, one list shown (the other tab's comes by script or on its own page) and
    a <div class="clear"> after it: the box's two children were taken for two panels,
    and the second tab (政策文件) came out an empty column."""
    items = "".join(
        f'<li><a href="/tzgg/202603/t2026031{i}_{i}.html">关于做好清明节期间安全生产工作的通知{i}</a>'
        f"<span>2026-03-1{i}</span></li>"
        for i in range(5)
    )
    page = observe_page(
        '<html><body><div class="tabbox"><ul class="tabs"><li class="on"><a href="/tzgg/">'
        '通知公告</a></li><li><a href="/zcwj/">政策文件</a></li></ul><div class="tab-con">'
        f'<ul class="list">{items}</ul><div class="clear"></div></div></div></body></html>'
    )
    assert [(c.name, c.items) for c in page.columns] == [("通知公告", 5)]


def test_an_item_whose_shown_date_cannot_be_read_is_dated_by_its_time_element() -> None:
    """<time datetime> beside each item, showing a relative day ("2 days ago") or a
    calendar we do not read (a Thai Buddhist-era year): the attribute dates the item;
    an undated link elsewhere is not dated by another element's <time>."""
    page = f"""<html><body>
    <nav><ul><li><a href="/about">About the faculty</a></li>
    <li><a href="/contact">Contact us today</a></li></ul>
    <time datetime="{days_ago(0)}">today</time></nav>
    <div class="news"><h2>Latest news</h2><ul>
    <li><a href="/n/1">Faculty board meets on the budget</a>
        <span class="meta"><time datetime="{days_ago(2)}T09:00:00+07:00">2 days ago</time></span></li>
    <li><a href="/n/2">Research grant announced for water study</a>
        <time datetime="{days_ago(9)}">12 พฤศจิกายน 2569</time></li>
    <li><a href="/n/3">Open house day draws record crowd</a>
        <time datetime="{days_ago(30)}">a month ago</time></li>
    </ul><a href="/news">More news</a></div></body></html>"""
    found = by_name(observe_page(page))
    assert found["Latest news"].newest == days_ago(2)
    assert found["Latest news"].items == 3
    menu = [c for c in found.values() if c.name != "Latest news"]
    assert all(c.newest is None for c in menu)


def test_an_item_is_dated_by_its_nearest_time_element() -> None:
    """An item holding two <time> elements (an event card: its series' start deep in a
    badge first, its own day beside the link) is dated by the nearer one, whatever
    their order in the page."""
    items = "".join(
        f'<li><div class="badge"><div><time datetime="{days_ago(400)}">since</time></div>'
        f'</div><a href="/n/{n}">Board meeting on the water budget {n}</a>'
        f'<time datetime="{days_ago(n)}">{n} days ago</time></li>'
        for n in (3, 5, 8)
    )
    page = f"""<html><body><div class="news"><h2>Latest news</h2><ul>{items}</ul>
    <a href="/news">More news</a></div></body></html>"""
    found = by_name(observe_page(page))
    assert found["Latest news"].newest == days_ago(3)


@pytest.mark.parametrize(
    "clock",
    ["Thursday 26 November", "2026年11月26日 星期四", "26 November 2026 · 18°C fine", "11月26日 晴 12℃"],
)
def test_a_header_clock_beside_a_link_dates_nothing(clock: str) -> None:
    """A page clock or weather box beside one link in the header (a language switch, an
    accessibility link) is no item of today: the page's newest is its list's, as the
    homepage sweep reads it. A list's dated items keep their weekday dates."""
    news = "".join(
        f'<li><a href="/news/{n}">Council adopts the water plan, part {n}</a>'
        f"<span>Tuesday {n} November 2026</span></li>"
        for n in (3, 10, 17)
    )
    page = f"""<html><body><div class="header-util"><span class="today">{clock}</span>
    <a href="/te-reo">Te reo Māori</a></div>
    <div class="news"><h2>Latest news</h2><ul>{news}</ul><a href="/news">More news</a></div>
    </body></html>"""
    observed = observe_page(page)
    assert observed.newest_item == date(2026, 11, 17)
    assert by_name(observed)["Latest news"].newest == date(2026, 11, 17)


def test_a_long_view_all_link_still_marks_its_empty_box_a_column() -> None:
    """USWDS and Drupal boxes end in "View all <the heading, lowercased>": "View all
    federal register notices" is over the 30 characters a "more" link may have, yet no
    title starts so (`more_long_prefixes`); its box, which lists nothing, is an empty
    column. "More ..." stays short: it starts news titles ("More than 300 homes ...")."""
    news = "".join(
        f'<li><a href="/news/{i}">{t}</a> <time datetime="2026-11-{20 - i:02d}">Nov {20 - i}, 2026</time></li>'
        for i, t in enumerate(
            [
                "More than 300 homes reconnected after the storm",
                "Lake Superior levels fall below the seasonal average",
                "Grants announced for 17 shoreline resilience projects",
            ]
        )
    )
    boxes = "".join(
        f'<div class="block"><h2>{h}</h2><div class="view"><div class="view-empty"><p>No results found.</p>'
        f'</div></div><p><a href="/{i}">View all {h.lower()}</a></p></div>'
        for i, h in enumerate(["Federal Register notices", "Speeches and testimony"])
    )
    html = (
        '<html lang="en"><head><title>Great Lakes Region</title></head><body><main>'
        f'<div class="news"><h2>Press releases</h2><ul>{news}</ul><a href="/news">All press releases</a></div>'
        f"{boxes}</main></body></html>"
    )
    page = observe_page(html, url="https://www.fwrs.example/")
    columns = by_name(page)
    assert columns["Press releases"].items == 3
    for name in ("Federal Register notices", "Speeches and testimony"):
        assert columns[name].items == 0 and columns[name].empty_marker == "no results"
        assert columns[name].more_url is not None


def test_a_cookie_banner_is_no_list_of_an_empty_column_page() -> None:
    """A column page that lists nothing, under a cookie banner whose paragraph has the
    policy's date and a "Read more about our cookies" link: the banner is no item, and
    the page says it is empty."""
    page = """<html><body>
    <div class="cookie-banner" id="cookie-consent"><p>We updated our cookie policy on
    12 November 2026. We use cookies to make this site work.</p>
    <p><a href="/cookies">Read more about our cookies</a></p>
    <button>Accept all cookies</button></div>
    <main><h1>Public notices</h1><p>There are currently no public notices.</p></main>
    <footer><a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></footer>
    </body></html>"""
    data = page.encode()
    listing = observe(
        data,
        "utf-8",
        HOME + "notices/",
        "text/html",
        TODAY,
        LEXICON,
        columns=False,
        message_list=False,
    )
    assert listing.main_list_newest is None
    assert listing.main_list_items == 0
    assert listing.empty_marker is not None


@pytest.mark.parametrize(
    "wrapper",
    [
        '<div id="page" class="has-cookie-bar">',
        '<div class="wrapper cookie-consent-given">',
        '<div id="site" class="gdpr-accepted">',
    ],
)
def test_a_cookie_state_class_on_the_page_wrapper_is_no_banner(wrapper: str) -> None:
    """A consent script marks the element that wraps the whole page with the banner's
    state (has-cookie-bar, cookie-consent-given): that element is the page, not the
    banner, and its columns and list are read as without the class."""
    news = "".join(
        f'<li><a href="/news/2026/{i}.html">Council approves the shoreline works stage {i}</a>'
        f" <span>{days_ago(i + 1).isoformat()}</span></li>"
        for i in range(4)
    )
    page = (
        f'<html><body class="cookie-consent-given">{wrapper}<header><h1>Lakeside Council</h1>'
        '<nav><a href="/">Home</a> <a href="/about/">About</a></nav></header>'
        f'<main><div class="news"><h2>Latest news</h2><ul>{news}</ul>'
        '<a href="/news/">More news</a></div></main>'
        '<footer><a href="/privacy">Privacy</a></footer></div></body></html>'
    )
    home = observe_page(page, "https://www.lakeside.example/")
    assert [(c.name, c.items) for c in home.columns] == [("Latest news", 4)]
    assert home.newest_item == days_ago(1)
    listing = observe(
        page.encode(),
        "utf-8",
        "https://www.lakeside.example/news/",
        "text/html",
        TODAY,
        LEXICON,
        columns=False,
        message_list=False,
    )
    assert listing.main_list_items == 4
    assert listing.main_list_newest == days_ago(1)


_NOTICES = (
    '<div class="box"><div class="hd"><h3>通知公告</h3><a href="/tzgg/">更多&gt;&gt;</a></div><ul>'
    '<li><a href="/tzgg/202611/t20261118_3200.html">关于做好冬季森林防火工作的通知</a><span>2026-11-18</span></li>'
    '<li><a href="/tzgg/202611/t20261102_3199.html">关于开展安全生产大检查的通知</a><span>2026-11-02</span></li>'
    "</ul></div>"
)
_TICKED = '<a href="/tzgg/202611/t20261118_3200.html">关于做好冬季森林防火工作的通知</a>'


def _column_names(ticker: str) -> list[str]:
    page = f"<html><body>{ticker}{_NOTICES}</body></html>"
    found = observe(page.encode(), "utf-8", HOME, now=date(2026, 11, 26))
    return [column.name for column in found.columns]


@pytest.mark.parametrize(
    "ticker",
    [
        f'<div id="notice_scroll"><b>最新公告：</b><marquee scrollamount="3">{_TICKED}</marquee></div>',
        f'<div class="notice-scroll"><b>最新公告：</b><div class="inner"><ul><li>{_TICKED}</li></ul></div></div>',
    ],
    ids=["marquee", "scrolling-div"],
)
def test_a_header_ticker_of_one_item_is_no_column(ticker: str) -> None:
    """最新公告：<marquee><a>the newest notice</a></marquee>: a copy of 通知公告's newest,
    not a column of its own (a stale notice column would count twice)."""
    assert _column_names(ticker) == ["通知公告"]


def test_a_ticker_of_several_items_or_with_a_more_link_stays_a_column() -> None:
    two = _TICKED + '<a href="/zwdt/202611/t20261110_5120.html">全县秋冬季森林防火工作会议召开</a>'
    assert _column_names(f"<div><b>滚动公告：</b><marquee>{two}</marquee></div>") == [
        "滚动公告：",
        "通知公告",
    ]
    # ...but one that scrolls the very list of 通知公告 is that column (counted once).
    same = _TICKED + '<a href="/tzgg/202611/t20261102_3199.html">关于开展安全生产大检查的通知</a>'
    assert _column_names(f"<div><b>滚动公告：</b><marquee>{same}</marquee></div>") == ["通知公告"]
    more = f'<div><b>最新公告</b><marquee>{_TICKED}</marquee><a href="/zxgg/">更多</a></div>'
    assert "最新公告" in _column_names(more)


def test_a_box_whose_more_link_follows_its_heading_lists_undated_cards_as_a_column() -> None:
    """<div class="mk"><h2>讲座预告</h2><a class="more">更多</a> and lecture cards whose
    day is split over two elements (<b>23</b><span>2024.11</span>): a column of three
    undated items, not a menu under a title."""
    cards = "".join(
        f'<div class="jz-item"><div class="jz-date"><b>{day}</b><span>2026.12</span></div>'
        f'<h4><a href="/jzyg/{day}.html">【市民讲堂】第{day}讲 城市记忆</a></h4>'
        "<p>主讲人：某某教授 地点：二楼报告厅</p></div>"
        for day in (3, 10, 17)
    )
    box = f'<div class="mk"><h2>讲座预告</h2><a href="/jzyg/" class="more">更多</a>{cards}</div>'
    page = f"<html><body>{_NOTICES}{box}</body></html>"
    found = observe(page.encode(), "utf-8", HOME, now=date(2026, 11, 26))
    lectures = [column for column in found.columns if column.name == "讲座预告"]
    assert [(c.items, c.newest, c.more_url) for c in lectures] == [
        (3, None, "http://www.qinghe.gov.cn/jzyg/")
    ]
