"""Seams between this session's merges (audit-review10): values a merge made wrong in a
case its author did not consider. Each test failed on the code before its fix."""

from __future__ import annotations

from datetime import date

from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import PageObservations

NOW = date(2026, 11, 26)


def _observe(body: str, lists: bool = True) -> PageObservations:
    html = (
        '<html><head><meta charset="utf-8"><title>城关镇人民政府</title></head>'
        f"<body>{body}</body></html>"
    )
    return observe(
        html.encode(), "", "http://www.cgz.seams.test/", "text/html", NOW, build_lexicon(),
        lists=lists,
    )


def _title_table_box(name: str, more: str, body: str) -> str:
    return (
        '<table width="100%" class="border1"><tr><td><table width="100%"><tr>'
        f'<td class="title_bar">{name}</td><td align="right"><a href="{more}">'
        '<img src="/images/more.gif" alt="更多" border="0"></a></td></tr></table></td></tr>'
        f'<tr><td valign="top">{body}</td></tr></table>'
    )


_TITLES = ["城关镇召开冬季安全生产工作会议", "城关镇开展森林防火宣传进村入户", "城关镇组织干部集中学习培训"]


def _lines(days: list[str], above: bool = False) -> str:
    """One cell of <br> lines, each title's date on a line of its own below it (or
    above it)."""
    out = []
    for i, (title, day) in enumerate(zip(_TITLES, days, strict=True)):
        link = f'<a href="/Article/ShowArticle.asp?ArticleID={70 + i}">{title}</a><br>\n'
        stamp = f'<font color="#999999">{day}</font><br>\n'
        out.append(stamp + link if above else link + stamp)
    return "".join(out)


def _column(page: PageObservations) -> tuple[int, date | None, str]:
    (column,) = [c for c in page.columns if c.name == "镇务动态"]
    return column.dated_items, column.newest, column.newest_title


def test_a_date_on_the_line_below_its_title_is_that_titles() -> None:
    """`<a>title</a><br><font>date</font><br>` per item in one cell: each date is the
    title's above it. It was the next title's: the first item undated, the last date
    lost, so an oldest-first cell lost its newest date (column stale, and older than
    the sweep's newest for the same homepage)."""
    descending = _observe(
        _title_table_box("镇务动态", "/Article/ShowClass.asp?ClassID=3",
                         _lines(["2026-11-20", "2026-10-18", "2026-09-10"]))
    )
    assert _column(descending) == (3, date(2026, 11, 20), _TITLES[0])
    ascending_html = _title_table_box(
        "镇务动态", "/Article/ShowClass.asp?ClassID=3",
        _lines(["2026-08-10", "2026-09-15", "2026-11-20"]),
    )
    ascending = _observe(ascending_html)
    assert _column(ascending) == (3, date(2026, 11, 20), _TITLES[2])
    sweep = _observe(ascending_html, lists=False)
    assert sweep.newest_item == ascending.newest_item == date(2026, 11, 20)


def test_a_date_on_the_line_above_its_title_stays_that_titles() -> None:
    page = _observe(
        _title_table_box("镇务动态", "/Article/ShowClass.asp?ClassID=3",
                         _lines(["2026-11-20", "2026-10-18", "2026-09-10"], above=True))
    )
    assert _column(page) == (3, date(2026, 11, 20), _TITLES[0])


def test_yesterday_with_a_chinese_hour_is_still_a_date() -> None:
    """"昨日：120" (a visitor counter) is no date, but "昨天 14点30分", "昨天15时" are
    yesterday's times, as "昨天 14:30" is: read as counts, such items lost their date."""
    from crawler.dates import first_date_in_text

    yesterday = date(2026, 11, 25)
    for text in ("昨天 14点30分", "昨天15时", "昨日 9點"):
        assert first_date_in_text(text, NOW) == yesterday, text
    for text in ("昨日：120", "昨日：12点击"):
        assert first_date_in_text(text, NOW) is None, text


def test_a_layout_wrapper_named_for_its_sidebar_of_bare_links_holds_the_main_list() -> None:
    """<div class="sidebar-layout"> around a side navigation of bare links (no <ul>) and
    the column's list: a layout's wrapper, not a side box. Since a side-named child had
    to hold a list for the wrapper to be one, the column page's only list was taken for
    a side box's and the page listed nothing (a false empty column)."""
    items = "".join(
        f'<li><a href="/tzgg/2026/{i}.html">关于做好第{i}批冬季安全生产检查工作的通知</a>'
        f"<span>2026-11-{20 - i:02d}</span></li>"
        for i in range(1, 6)
    )
    html = (
        "<html><head><title>通知公告_某某县人民政府</title></head><body>"
        '<div class="sidebar-layout"><div class="sidebar"><div class="side-tit">通知公告</div>'
        '<div class="side-nav"><a href="/tzgg/">通知公告</a><a href="/gsgg/">公示公告</a>'
        '<a href="/zbgg/">招标公告</a></div></div>'
        f'<div class="content"><ul class="list">{items}</ul></div></div></body></html>'
    )
    page = observe(
        html.encode(), "utf-8", "http://www.example.gov.cn/tzgg/", "text/html", NOW,
        columns=False, message_list=False,
    )
    assert (page.main_list_items, page.main_list_newest) == (5, date(2026, 11, 19))
