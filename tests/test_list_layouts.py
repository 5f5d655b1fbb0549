"""List layouts the column/list finder misread on real Chinese government pages.

- A column page's list in a main box whose class names a side box by a token
  (`<div class="right_side">`, `<div class="side-con">` beside a left navigation tree):
  it holds the page's breadcrumb, pager, or a heading the page's title names, which no
  side box of other columns' items (热点信息, 点击排行) does.
- A flat list in one table cell (动易, DedeCMS): `<a>..</a>&nbsp;(2026-11-24)<br>` per
  line, each line an item, not the whole cell one item dated by one date.
- A top bar's date widget beside 4+ links (`<span>2026年11月25日</span>`, no weekday):
  no item's date at depth full, as the homepage sweep reads it.
"""

from __future__ import annotations

from datetime import date

from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import PageObservations

NOW = date(2026, 11, 25)
LEXICON = build_lexicon()
SITE = "http://www.mmx.gov.test"

TOP = (
    '<div class="top"><div class="w1200"><span class="fl">欢迎访问某某县人民政府门户网站</span>'
    '<span class="fr"><a href="/">设为首页</a> | <a href="/">加入收藏</a> | '
    '<a href="/wza/">无障碍</a></span></div></div>'
    '<div class="header"><img src="/images/logo.png" alt="某某县人民政府"></div>'
    '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
    '<li><a href="/zwdt/">政务动态</a></li><li><a href="/bsfw/">办事服务</a></li>'
    '<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjmx/">走进某某</a></li></ul></div>'
)
LEFT_NAV = (
    '<div class="left_nav"><h3>政务动态</h3><ul><li><a href="/zwdt/gzdt/">工作动态</a></li>'
    '<li><a href="/zwdt/bmdt/">部门动态</a></li><li><a href="/zwdt/xzdt/">乡镇动态</a></li>'
    '<li><a href="/zwdt/tzgg/">通知公告</a></li></ul></div>'
)
FOOT = (
    '<div class="footer"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>'
    "<p>主办：某某县人民政府办公室 网站标识码：1234567890 "
    '<a href="https://beian.miit.gov.cn/">某ICP备12345678号</a></p></div>'
)
CRUMB = (
    '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a>'
    ' &gt; <a href="/zwdt/gzdt/">工作动态</a></div>'
)
PAGER = (
    '<div class="page">共 126 条 首页 上一页 <a href="index_1.html">下一页</a> '
    '<a href="index_12.html">尾页</a></div>'
)
TITLES = [
    "县政府召开第三十六次常务会议",
    "我县开展冬季安全生产大检查",
    "县领导调研农村人居环境整治工作",
    "全县秋冬季森林防火工作会议召开",
    "我县举办2026年度农民丰收节活动",
    "县人大常委会开展执法检查",
    "县政协召开专题协商会",
    "我县召开优化营商环境推进会",
    "县政府与某公司签订战略合作协议",
    "我县召开重点项目建设推进会",
]
DAYS = [24, 23, 20, 19, 17, 13, 10, 6, 3, 2]


def _news_list() -> str:
    rows = "".join(
        f'<li><a href="/zwdt/gzdt/202611/t202611{day:02d}_{n}.html">{title}</a>'
        f"<span>2026-11-{day:02d}</span></li>"
        for n, (title, day) in enumerate(zip(TITLES, DAYS, strict=True))
    )
    return f'<ul class="list">{rows}</ul>'


def _hot_box() -> str:
    """A real side box: 热点信息, ten dated items of other columns."""
    rows = "".join(
        f'<li><a href="/zwgk/tzgg/2026{month:02d}/t2026{month:02d}15_{month}.html">'
        f"关于做好第{month}批惠民资金发放工作的通知</a><span>2026-{month:02d}-15</span></li>"
        for month in range(11, 1, -1)
    )
    return f'<div class="side"><div class="side-tit">热点信息</div><ul>{rows}</ul></div>'


def _page(main: str, title: str = "工作动态_某某县人民政府") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body>{TOP}<div class="main w1200">{main}</div>{FOOT}</body></html>'
    ).encode()


def _column_page(body: bytes, url: str = f"{SITE}/zwdt/gzdt/") -> PageObservations:
    return observe(body, "utf-8", url, "text/html", NOW, LEXICON, columns=False)


def _home(body: bytes, lists: bool) -> PageObservations:
    return observe(body, "utf-8", f"{SITE}/", "text/html", NOW, LEXICON, lists=lists)


# 1. The main box named a side box.


def test_a_right_side_box_holding_the_breadcrumb_and_pager_is_the_pages_list() -> None:
    page = _column_page(_page(f'{LEFT_NAV}<div class="right_side">{CRUMB}{_news_list()}{PAGER}</div>'))
    assert (page.main_list_items, page.main_list_newest) == (10, date(2026, 11, 24))


def test_a_side_con_box_holding_only_its_pager_is_the_pages_list() -> None:
    # The breadcrumb above both boxes; the main box holds the pager.
    page = _column_page(
        _page(f'{CRUMB}{LEFT_NAV}<div class="side-con">{_news_list()}{PAGER}</div>')
    )
    assert (page.main_list_items, page.main_list_newest) == (10, date(2026, 11, 24))


def test_a_side_box_headed_by_the_columns_own_name_is_the_pages_list() -> None:
    # TRS: the pager written by a script (createPageHTML), the breadcrumb above both
    # boxes; the main box's heading is the column's name, which the title names.
    main = (
        f'{CRUMB}{LEFT_NAV}<div class="side-con"><div class="con-tit"><span>工作动态</span></div>'
        f'{_news_list()}<div class="page"><script>createPageHTML(12, 0, "index", "html");'
        "</script></div></div>"
    )
    page = _column_page(_page(main))
    assert (page.main_list_items, page.main_list_newest) == (10, date(2026, 11, 24))


def test_a_hot_box_beside_an_empty_column_is_still_no_pages_list() -> None:
    # The column lists nothing (暂无信息); its side box of 热点信息 (ten dated items of
    # other columns) is not its list, breadcrumb and pager outside it.
    main = (
        f'{LEFT_NAV}<div class="content">{CRUMB}<div class="list">暂无信息</div></div>{_hot_box()}'
    )
    page = _column_page(_page(main))
    assert page.main_list_items == 0
    assert page.main_list_newest is None
    assert page.empty_marker == "暂无信息"


def test_a_hot_box_beside_the_columns_own_list_is_not_chosen() -> None:
    main = f'{LEFT_NAV}<div class="content">{CRUMB}{_news_list()}{PAGER}</div>{_hot_box()}'
    page = _column_page(_page(main))
    assert (page.main_list_items, page.main_list_newest) == (10, date(2026, 11, 24))


# 2. A flat list in one table cell.

CELL_LINES = [
    ("/news/2026/1124/381.html", "我镇召开冬季森林防火工作部署会", "2026-11-24"),
    ("/news/2026/1121/380.html", "镇党委中心组开展专题学习", "2026-11-21"),
    ("/news/2026/1118/379.html", "我镇开展安全生产隐患大排查", "2026-11-18"),
    ("/news/2026/1112/378.html", "镇领导走访慰问困难群众", "2026-11-12"),
    ("/news/2026/1105/377.html", "我镇召开秋冬种工作推进会", "2026-11-05"),
    ("/news/2025/0310/100.html", "我镇举行2025年度植树节活动", "2025-03-10"),
]


def _table_page() -> bytes:
    lines = "".join(
        f'<a href="{href}" target="_blank">{title}</a>&nbsp;({day})<br>\n'
        for href, title, day in CELL_LINES
    )
    html = (
        '<html><head><meta charset="utf-8"><title>新闻动态 - 某某镇人民政府</title></head><body>'
        '<table width="980" align="center"><tr><td class="top"><a href="/">网站首页</a> | '
        '<a href="/about/">镇情概况</a> | <a href="/news/">新闻动态</a> | '
        '<a href="/gov/">政务公开</a> | <a href="/bs/">办事指南</a></td></tr></table>'
        '<table width="980" align="center"><tr><td width="220" valign="top"><table><tr>'
        '<td class="lm">栏目导航</td></tr><tr><td><a href="/news/">新闻动态</a><br>'
        '<a href="/notice/">通知公告</a><br><a href="/gov/">政务公开</a></td></tr></table></td>'
        '<td width="760" valign="top"><table width="100%"><tr><td class="dqwz">您现在的位置：'
        '<a href="/">首页</a> &gt;&gt; <a href="/news/">新闻动态</a></td></tr></table>'
        f'<table width="100%"><tr><td class="listtd">{lines}</td></tr></table>'
        '<table width="100%"><tr><td align="center">共 381 条记录 页次：1/48 '
        '<a href="/news/index_2.html">下一页</a> <a href="/news/index_48.html">尾页</a>'
        "</td></tr></table></td></tr></table>"
        '<table width="980" align="center"><tr><td class="foot">版权所有：某某镇人民政府 '
        '<a href="https://beian.miit.gov.cn/">某ICP备09012345号</a></td></tr></table>'
        "</body></html>"
    )
    return html.encode()


def test_each_line_of_a_table_cell_list_is_an_item() -> None:
    page = _column_page(_table_page(), f"{SITE}/news/")
    assert page.main_list_items == len(CELL_LINES)
    assert page.main_list_newest == date(2026, 11, 24)


def test_a_table_cell_list_dates_the_homepage_by_its_newest_line() -> None:
    full = _home(_table_page(), lists=True)
    assert full.newest_item == date(2026, 11, 24)
    assert full.newest_item_title == "我镇召开冬季森林防火工作部署会"


# 3. A top bar's date widget on a dead homepage.


def _dead_home() -> bytes:
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某乡人民政府</title></head>'
        '<body><div class="topbar"><div class="wrap"><span class="date">2026年11月25日</span>'
        '<a href="/">设为首页</a><a href="/">加入收藏</a><a href="/wza/">无障碍浏览</a>'
        '<a href="/m/">手机版</a></div></div><div class="head"><h1>某某乡人民政府</h1></div>'
        '<div class="menu"><ul><li><a href="/">网站首页</a></li><li><a href="/xxgk/">信息公开</a>'
        '</li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/bsfw/">便民服务</a></li>'
        '<li><a href="/hdjl/">互动交流</a></li></ul></div><div class="main">'
        '<div class="box"><div class="tit"><h3>工作动态</h3><a href="/xwzx/gzdt/">更多</a></div>'
        '<ul><li><a href="/xwzx/gzdt/201803/t20180312_1.html">我乡召开2018年春季植树造林动员会</a>'
        "<span>2018-03-12</span></li>"
        '<li><a href="/xwzx/gzdt/201802/t20180226_2.html">我乡开展春节前安全生产检查</a>'
        "<span>2018-02-26</span></li>"
        '<li><a href="/xwzx/gzdt/201801/t20180118_3.html">乡党委召开民主生活会</a>'
        "<span>2018-01-18</span></li></ul></div>"
        '<div class="box"><div class="tit"><h3>通知公告</h3><a href="/xxgk/tzgg/">更多</a></div>'
        '<ul><li><a href="/xxgk/tzgg/201712/t20171220_1.html">关于做好2018年元旦春节期间有关工作的通知</a>'
        "<span>2017-12-20</span></li>"
        '<li><a href="/xxgk/tzgg/201711/t20171108_2.html">关于开展冬季防火宣传的通知</a>'
        "<span>2017-11-08</span></li></ul></div></div>"
        '<div class="foot"><p>主办：某某乡人民政府 <a href="https://beian.miit.gov.cn/">'
        "某ICP备12345678号</a></p></div></body></html>"
    )
    return html.encode()


def test_a_top_bars_date_widget_dates_no_item_at_either_depth() -> None:
    full, sweep = _home(_dead_home(), lists=True), _home(_dead_home(), lists=False)
    assert sweep.newest_item == date(2018, 3, 12)
    assert full.newest_item == sweep.newest_item
    assert full.newest_item_title == "我乡召开2018年春季植树造林动员会"
