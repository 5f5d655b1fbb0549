"""List rows that open their page by script and hold no <a> (old ASP/JSP CMSs: <tr
onclick="window.location='/Item/Show.asp?id=12'" style="cursor:pointer">, <li onclick=
"openwin('/art/123.html')">, <div class="item" onclick="location.href='...'">): items of
their list, with their own title and date, at depth full; their "more" links written as
`javascript:void(0)` with an onclick lead to the list page. Clickable elements that open
no page (a tab's showTab(2), a print button) make no item, and no clickable element is a
link to check."""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web

from crawler.anchors import script_target
from crawler.extract import observe
from crawler.models import Site
from tests import blind_zh_oldtech as bz
from tests.blind_farm import scan_on_farm
from tests.farm import Farm

TODAY = dt.date(2026, 11, 25)
CLOCK = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
HOST = "www.slj.onclick.test"
ORG = "平阳县水利局"

_NEWS = [
    "县水利局召开冬季水利建设动员会",
    "我县完成小型水库除险加固年度任务",
    "县水利局开展河湖“清四乱”专项行动",
    "全县农村饮水安全工程运行管护工作推进会召开",
    "县水利局组织开展防汛抢险应急演练",
    "我县高标准农田灌溉工程通过验收",
    "县水利局党组理论学习中心组开展集中学习",
    "县水利局深入乡镇开展水旱灾害风险隐患排查",
    "县水利局召开安全生产专题会议",
    "我县水土保持综合治理项目有序推进",
]
_NOTICE = [
    "关于开展2026年度取水许可证换发工作的通知",
    "关于公布县级河湖长名单的公告",
    "关于做好今冬明春农田水利建设工作的通知",
    "关于征求《平阳县节约用水管理办法（征求意见稿）》意见的公告",
    "关于开展水利工程质量检查的通知",
    "关于2026年度水利建设项目招标计划的公示",
    "关于做好冬季水利工程安全度汛的通知",
    "关于开展河道采砂专项整治的通告",
]
_PERSONNEL = [
    "平阳县水利局2025年公开招聘编外工作人员公告",
    "关于张某某等同志职务任免的通知",
    "县水利局2025年公开遴选工作人员拟录用人员公示",
    "县水利局事业单位公开招聘笔试成绩公布",
    "关于县水利局干部任前公示的公告",
]


def _rows(titles: list[str], newest: int, step: int, m: int) -> list[tuple[str, str, dt.date]]:
    """(title, URL, date): the first dated `newest` days before TODAY, each `step` older."""
    return [
        (t, f"/Item/Show.asp?m={m}&id={900 - i}", TODAY - dt.timedelta(days=newest + i * step))
        for i, t in enumerate(titles)
    ]


NEWS = _rows(_NEWS, 5, 3, 1)
NOTICE = _rows(_NOTICE, 3, 9, 2)
PERSONNEL = _rows(_PERSONNEL, 400, 40, 3)  # nothing for over a year: personnel limit 365


def _box(title: str, more: str, body: str) -> str:
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
<tr><td class="box_tit" height="30">&nbsp;{title}</td><td align="right" class="box_more">{more}</td></tr>
<tr><td colspan="2">{body}</td></tr></table>"""


def _homepage() -> str:
    # 水利要闻: undated rows (the dates are on the list page, reached by a "more" link
    # that opens it by script); 通知公告: <div class="item"> rows dated [月-日];
    # 人事信息: <tr onclick> rows with their dates.
    news = "\n".join(
        f'<li onclick="openwin(\'{u}\')" style="cursor:pointer" title="{t}">· {t}</li>'
        for t, u, _ in NEWS[:7]
    )
    notice = "\n".join(
        f'<div class="item" onclick="location.href=\'{u}\'" onmouseover="this.className=\'item_on\'" '
        f'onmouseout="this.className=\'item\'"><span class="t">{t}</span><span class="d">[{d:%m-%d}]</span></div>'
        for t, u, d in NOTICE[:6]
    )
    personnel = "\n".join(
        f'<tr onclick="window.location=\'{u}\'" style="cursor:pointer"><td class="lb">· {t}</td>'
        f'<td width="90" align="right" class="lb">{d.isoformat()}</td></tr>'
        for t, u, d in PERSONNEL[:5]
    )
    tabs = (
        '<ul class="tabs"><li id="tab1" class="on" onclick="showTab(1)">办事指南</li>'
        '<li id="tab2" onclick="showTab(2)">表格下载</li><li id="tab3" onclick="showTab(\'tab3\')">常见问题</li></ul>'
        '<div id="con1">请选择左侧事项查看办事指南。</div>'
    )
    script_more = "<a href=\"javascript:void(0)\" onclick=\"window.open('/Item/List.asp?m=1','_self')\">更多&gt;&gt;</a>"
    news_box = _box("水利要闻", script_more, f'<ul class="list">{news}</ul>')
    span_more = '<span class="more" onclick="location.href=\'/Item/List.asp?m=2\'" style="cursor:pointer">更多&gt;&gt;</span>'
    notice_box = _box("通知公告", span_more, f'<div class="list">{notice}</div>')
    personnel_box = _box(
        "人事信息",
        '<a href="/Item/List.asp?m=3">更多&gt;&gt;</a>',
        f'<table width="100%" border="0" cellspacing="0" cellpadding="0">{personnel}</table>',
    )
    service_box = _box("办事服务", "", tabs)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{ORG}</title>
<script language="javascript">
function openwin(url){{ window.open(url,'','width=820,height=600,scrollbars=yes'); }}
function showTab(n){{ }}
</script></head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><img src="/images/banner.jpg" width="980" height="130" alt="{ORG}"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/Item/List.asp?m=1">水利要闻</a> |
<a href="/Item/List.asp?m=2">通知公告</a> | <a href="/Item/List.asp?m=3">人事信息</a> | <a href="/guestbook/">局长信箱</a></td></tr>
<tr><td align="right"><span class="print" onclick="window.print()" style="cursor:pointer">【打印本页】</span>
<span onclick="window.close()" style="cursor:pointer">【关闭窗口】</span></td></tr>
</table>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="480" valign="top">{news_box}</td>
<td width="20"></td>
<td width="480" valign="top">{notice_box}</td>
</tr><tr>
<td valign="top">{personnel_box}</td>
<td></td>
<td valign="top">{service_box}</td>
</tr></table>
<table width="980" align="center"><tr><td align="center" class="foot">
主办：{ORG} 地址：平阳县水利路8号 电话：0577-12345678<br>
<a href="https://beian.miit.gov.cn/" target="_blank">某ICP备12003456号</a> 网站标识码：3303260031
</td></tr></table>
</body></html>
"""


def _list_page(name: str, m: int, rows: list[tuple[str, str, dt.date]]) -> str:
    trs = "\n".join(
        f"<tr onmouseover=\"this.bgColor='#eef5fc'\" onmouseout=\"this.bgColor='#ffffff'\" "
        f'onclick="window.location=\'{u}\'" style="cursor:pointer"><td height="28" class="lb">· {t}</td>'
        f'<td width="100" align="center" class="lb">{d.isoformat()}</td></tr>'
        for t, u, d in rows
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{name}-{ORG}</title></head><body>
<table width="980" align="center"><tr><td><img src="/images/banner.jpg" width="980" height="130"></td></tr>
<tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt; {name}</td></tr></table>
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" class="left"><div class="left_tit">{name}</div></td><td valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr class="th"><td>标题</td><td width="100" align="center">发布日期</td></tr>
{trs}
<tr><td colspan="2" align="center" height="36">共{len(rows) * 3}条 页次：1/3 每页{len(rows)}条
<a href="List.asp?m={m}&page=2">下一页</a> <a href="List.asp?m={m}&page=3">尾页</a></td></tr>
</table></td></tr></table>
<div class="foot">{ORG} 版权所有</div></body></html>
"""


PAGES: dict[str, str] = {
    "/": _homepage(),
    "/Item/List.asp?m=1": _list_page("水利要闻", 1, NEWS),
    "/Item/List.asp?m=2": _list_page("通知公告", 2, NOTICE),
    "/Item/List.asp?m=3": _list_page("人事信息", 3, PERSONNEL),
}


def _observe(path: str, **options: Any) -> Any:
    return observe(
        PAGES[path].encode(), "utf-8", f"http://{HOST}{path}", "text/html", now=TODAY, **options
    )


def test_a_list_page_of_onclick_rows_is_read_row_by_row() -> None:
    # Before: the rows were no items; the pager's row alone was, its text holding no date.
    page = _observe("/Item/List.asp?m=1", columns=False)
    assert page.main_list_items == len(NEWS)
    assert page.main_list_newest == NEWS[0][2]
    assert page.newest_item_title == NEWS[0][0]
    # The rows' targets are no links to check: what a visitor sees as a link is an <a>.
    urls = {link.url for link in page.links}
    assert f"http://{HOST}{NEWS[0][1]}" not in urls
    assert f"http://{HOST}/Item/List.asp?m=1&page=2" in urls


def test_homepage_boxes_of_onclick_rows_are_columns_dated_by_their_rows() -> None:
    page = _observe("/")
    columns = {column.name: column for column in page.columns}
    assert set(columns) >= {"水利要闻", "通知公告", "人事信息"}
    assert columns["通知公告"].newest == NOTICE[0][2]
    assert columns["人事信息"].newest == PERSONNEL[0][2]
    # The undated box's "more" link opens its list page by script: the list is read.
    assert columns["水利要闻"].more_url == f"http://{HOST}/Item/List.asp?m=1"
    # ...and so does the <span onclick> "more" of another box.
    assert columns["通知公告"].more_url == f"http://{HOST}/Item/List.asp?m=2"
    assert page.newest_item == NOTICE[0][2]
    assert columns["通知公告"].newest_title == NOTICE[0][0]  # the row's title, not its date
    assert columns["人事信息"].newest_title == PERSONNEL[0][0]
    # Each row an item; the tabs (showTab(2), showTab('tab3')), the print and close
    # buttons open no page and make none.
    items = [columns[name].items for name in ("水利要闻", "通知公告", "人事信息")]
    assert items == [7, 6, 5]
    assert page.list_items == 7 + 6 + 5
    assert "办事服务" not in columns
    urls = {link.url for link in page.links}
    assert f"http://{HOST}{NOTICE[0][1]}" not in urls


def test_onclick_elements_that_open_no_page_make_no_items() -> None:
    html = """<html><head><title>办事服务</title></head><body>
<ul class="tabs"><li onclick="showTab(1)">部门动态信息</li><li onclick="showTab(2)">通知公告信息</li>
<li onclick="changeTab(this,'tab3')">政策法规文件</li><li onclick="showTab('news')">2026-11-24 动态</li></ul>
<table><tr><td onclick="toggle(1)">机构设置信息 2026-11-20</td></tr><tr><td onclick="toggle(2)">领导信息 2026-11-21</td></tr></table>
<p><span onclick="window.print()">【打印本页】</span> <span onclick="doZoom(16)">【字体：大 中 小】</span>
<span onclick="return confirm('确定要关闭吗?')">【关闭窗口】 2026-11-24</span></p>
<ul><li><a href="/art/1.html">县政府召开常务会议研究部署工作</a> 2026-11-18</li>
<li><a href="/art/2.html">县领导调研重点项目建设情况</a> 2026-11-17</li></ul>
<ul><li onclick="openwin('/art/3.html')">县人大常委会召开第二十次会议 2026-11-22</li>
<li onclick="openwin('/art/4.html')">县政协开展重点提案督办 2026-11-16</li></ul>
</body></html>"""
    page = observe(html.encode(), "utf-8", f"http://{HOST}/", "text/html", now=TODAY)
    # The two lists' rows, the script rows' with their dates; the tabs dated 11-24 none.
    assert page.list_items == 4
    assert page.newest_item == dt.date(2026, 11, 22)
    assert page.newest_item_title == "县人大常委会召开第二十次会议"


def _serve(farm: Farm) -> None:
    async def answer(request: web.Request) -> web.StreamResponse:
        page = PAGES.get(request.path_qs) or PAGES.get(request.path)
        if page is None:
            return web.Response(
                status=404, text="<html><body>404</body></html>", content_type="text/html"
            )
        return web.Response(
            body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
        )

    farm.sites[HOST] = answer


@pytest.mark.asyncio
async def test_scan_reads_onclick_rows_on_the_homepage_and_list_pages() -> None:
    records, columns = await scan_on_farm(
        [Site(f"http://{HOST}/", name="slj")], _serve, "full", CLOCK
    )
    record = records["slj"]
    codes = {finding["code"] for finding in record["findings"]}
    found = {row["name"]: row for row in columns["slj"]}
    assert found["水利要闻"]["newest"] == NEWS[0][2].isoformat()
    assert found["通知公告"]["newest"] == NOTICE[0][2].isoformat()
    assert found["人事信息"]["newest"] == PERSONNEL[0][2].isoformat()
    assert not any(row["empty"] for row in found.values())
    # Personnel not updated for 400 days (limit 365); the homepage is fresh.
    assert "column_stale" in codes
    assert not codes & {"homepage_stale", "column_empty", "undated", "abandoned"}
    assert record["status"] == "stale"


def test_blind_jslinks_list_pages_and_more_links_are_read() -> None:
    # tests/blind_zh_oldtech.py's jslinks: its list pages were dated by their pager's
    # row (the layout row around it) and two of its boxes' "more" links, <span
    # onclick="location.href=..">, were not found.
    site = bz.JSLINKS
    url = f"http://{site['host']}"
    listing = observe(
        site["pages"]["/Item/List.asp?m=1"].encode(),
        "utf-8",
        f"{url}/Item/List.asp?m=1",
        "text/html",
        now=bz.TODAY,
        columns=False,
    )
    assert listing.main_list_items == 20
    assert listing.main_list_newest == dt.date(2026, 11, 24)
    home = observe(site["pages"]["/"].encode(), "utf-8", f"{url}/", "text/html", now=bz.TODAY)
    assert {column.name: column.more_url for column in home.columns} == {
        name: f"{url}/Item/List.asp?m={m}"
        for m, name in enumerate(["卫健要闻", "通知公告", "政策文件", "健康科普"], 1)
    }


@pytest.mark.parametrize(
    "code",
    [
        "return openwin('/Item/Show.asp?id=12')",
        "javascript:return openwin('/Item/Show.asp?id=12');",
        "return window.open('/Item/Show.asp?id=12','_blank')",
    ],
)
def test_a_script_that_returns_its_call_opens_the_page(code: str) -> None:
    # onclick="return openwin('...')": the handler returns the call's result (false, so
    # that the link's own href is not followed), as old CMSs write it.
    assert script_target(code) == "/Item/Show.asp?id=12"
