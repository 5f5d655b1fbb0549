"""Where this session's merged features meet (review 4): a navigation homepage's
second-level page that is a column's list page with side boxes, in-page tab links,
blog-post divs, sortable table headers over deadline columns."""

from __future__ import annotations

from datetime import date, timedelta

from crawler.check import PagePlan, column_states
from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import PageObservations

NOW = date(2026, 11, 20)
LEXICON = build_lexicon()
HOME = "http://www.example.gov.cn/"


def ago(days: int) -> str:
    return (NOW - timedelta(days=days)).isoformat()


def observe_page(html: str, url: str = HOME, **mode: bool) -> PageObservations:
    return observe(html.encode("utf-8"), "utf-8", url, "text/html", NOW, LEXICON, **mode)


def _side_box(name: str, path: str, age: int) -> str:
    rows = "".join(
        f'<li><a href="/{path}/{i}.html">关于印发某某实施办法的通知第{i}号</a>'
        f"<span>{ago(age + i)}</span></li>"
        for i in range(3)
    )
    return (
        f'<div class="side-box"><div class="tit"><h3>{name}</h3>'
        f'<a class="more" href="/{path}/">更多</a></div><ul>{rows}</ul></div>'
    )


def test_a_second_level_list_page_with_side_boxes_keeps_its_own_list() -> None:
    """A navigation homepage's 通知公告 leads to its list page (15 notices, the newest
    yesterday) beside two side boxes with their own 更多 (政策文件, 工作动态): the side
    boxes made it a 'section page', their columns were judged and the page's own list,
    the column the homepage links, was dropped. It is judged too."""
    own = "".join(
        f'<li><a href="/tzgg/{i}.html">关于做好第{i}批项目申报工作的通知</a><span>{ago(i)}</span></li>'
        for i in range(1, 16)
    )
    page = (
        "<html><head><title>通知公告_示例县人民政府</title></head><body>"
        f'<div class="left">{_side_box("政策文件", "zcwj", 400)}{_side_box("工作动态", "gzdt", 30)}'
        '</div><div class="right"><div class="position">当前位置：首页 &gt; 通知公告</div>'
        f'<ul class="list">{own}</ul><div class="page">共1页</div></div></body></html>'
    )
    listing = observe_page(page, HOME + "tzgg/", section=True)
    home = observe_page(
        '<html><body><a href="/tzgg/">通知公告</a> <a href="/zcwj/">政策文件</a></body></html>'
    )
    plan = PagePlan(HOME + "tzgg/", "通知公告", "notice", None)
    states = {state.name: state for state in column_states(home, HOME, [(plan, listing, None)])}
    assert states["通知公告"].items == 15
    assert states["通知公告"].newest == NOW - timedelta(days=1)
    assert states["政策文件"].newest == NOW - timedelta(days=400)


def test_a_section_page_of_tabs_is_judged_by_its_columns_only() -> None:
    """The section page whose main list is one of its columns (新闻中心's tabs) adds no
    column of its own name: 要闻's list is not counted twice."""
    tabs = [("要闻", "yw", 1), ("部门动态", "bmdt", 3), ("乡镇动态", "xzdt", 60)]
    bar = "".join(
        f'<li role="tab" aria-controls="p{i}" id="t{i}">{name}</li>'
        for i, (name, _, _) in enumerate(tabs)
    )
    panels = "".join(
        f'<div role="tabpanel" id="p{i}"><ul>'
        + "".join(
            f'<li><a href="/{path}/{n}.html">关于开展某某专项工作的第{n}次会议</a>'
            f"<span>{ago(age + n)}</span></li>"
            for n in range(6)
        )
        + f'</ul><a class="more" href="/{path}/">查看更多</a></div>'
        for i, (_, path, age) in enumerate(tabs)
    )
    page = (
        "<html><head><title>新闻中心</title></head><body>"
        f'<div class="box"><ul role="tablist">{bar}</ul>{panels}</div></body></html>'
    )
    listing = observe_page(page, HOME + "xwzx/", section=True)
    home = observe_page('<html><body><a href="/xwzx/">新闻中心</a></body></html>')
    plan = PagePlan(HOME + "xwzx/", "新闻中心", "news", None)
    names = [state.name for state in column_states(home, HOME, [(plan, listing, None)])]
    assert names == ["要闻", "部门动态", "乡镇动态"]


def test_a_tab_link_to_an_id_with_a_line_break_is_no_error() -> None:
    """<a href="#news\\n1">: an in-page link whose target holds a line break (no id
    can) was looked up as a CSS selector lexbor cannot parse, and observe raised."""
    page = (
        '<html><body><ul class="tabs"><li><a href="#news\n1">News</a></li>'
        '<li><a href="#events">Events</a></li></ul><div><div id="news">x</div>'
        '<div id="events">y</div></div></body></html>'
    )
    assert observe_page(page, "http://www.agency.test/").columns == ()


def _rows_of_notices(wrapper: str) -> str:
    rows = "\n".join(
        f'<p class="row"><a href="/tzgg/{i}.html">关于开展第{i}批某某专项工作的通知</a>'
        f"<span>{ago(3 + i * 20)}</span></p>"
        for i in range(8)
    )
    return (
        "<html><head><title>通知公告</title></head><body>\n"
        f'<div class="top">示例县人民政府</div>\n<div class="{wrapper}">\n<div class="list">\n'
        f"{rows}\n</div>\n</div>\n</body></html>"
    )


def test_a_list_in_one_div_of_a_post_class_is_a_list() -> None:
    """A column page whose list is in a <div class="article"> (a common wrapper's class)
    with white space around it: the div was taken for a post beside another (the walk
    over the text before it turned back to the div itself), and the whole list was one
    item dated by one of its rows (2026-06-30, not 2026-11-17)."""
    for wrapper in ("content", "article", "post"):
        page = observe_page(_rows_of_notices(wrapper), HOME + "tzgg/", columns=False)
        assert (page.main_list_items, page.main_list_newest) == (8, date(2026, 11, 17)), wrapper


def test_boxes_of_a_post_class_side_by_side_are_columns() -> None:
    """Two homepage boxes <div class="post"> side by side, each of <div class="item">
    rows: each box was one 'post' and no column was found. The repeated element nearest
    a link is its item."""

    def box(name: str, path: str, age: int) -> str:
        rows = "".join(
            f'<div class="item"><a href="/{path}/{i}.html">关于开展第{i}批某某专项工作的通知</a>'
            f"<span>{ago(age + i)}</span></div>"
            for i in range(5)
        )
        return (
            f'<div class="post"><div class="hd"><h3>{name}</h3><a class="more" href="/{path}/">'
            f'更多</a></div><div class="bd">{rows}</div></div>'
        )

    page = observe_page(
        f"<html><body>{box('工作动态', 'gzdt', 1)}{box('通知公告', 'tzgg', 300)}</body></html>"
    )
    found = {column.name: (column.items, column.newest) for column in page.columns}
    assert found == {
        "工作动态": (5, NOW - timedelta(days=1)),
        "通知公告": (5, NOW - timedelta(days=300)),
    }


def test_a_sortable_header_names_its_deadline_column() -> None:
    """A bid table's header of sort links (Drupal views: <th><a href="?order=..">Closing
    Date</a></th>) is its header: the closing dates do not date the rows that their
    Date Posted dates, at both depths (the rows were 2026-11-12 fresh, a year old)."""
    bids = [
        ("October 2, 2025", "November 12, 2026"),
        ("September 1, 2025", "October 1, 2025"),
        ("August 3, 2025", "September 1, 2025"),
    ]
    rows = "".join(
        f'<tr><td><a href="/bids/{i}">Invitation to Bid for Road Project {i}</a></td>'
        f"<td>{posted}</td><td>{closing}</td></tr>"
        for i, (posted, closing) in enumerate(bids)
    )
    header = "".join(
        f'<th><a href="?order={key}&amp;sort=asc">{name}</a></th>'
        for key, name in (("title", "Title"), ("posted", "Date Posted"), ("closing", "Closing Date"))
    )
    page = (
        "<html><body><main><h1>Bid Opportunities</h1><table class=\"views-table\">"
        f"<thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table></main></body></html>"
    )
    url = "http://www.agency.test/bids/"
    full = observe_page(page, url, columns=False, message_list=False)
    assert full.main_list_newest == date(2025, 10, 2)
    assert observe_page(page, url, lists=False).newest_item == date(2025, 10, 2)
