"""Bilingual column headings on Chinese homepages: a box headed 学校要闻 with its
English subtitle (<span>NEWS</span>, <em>NOTICE</em>, "新闻动态 / News", <span
class="en">POLICY</span>) is one column, named by its Chinese heading. The subtitle
was read as a second tab of a tab bar, so a box of two lists (picture cards over a
list) made a second news column named NEWS, and counted twice toward the veto of
stale news, notice and policy columns. Two columns of one list (the same items: a
list kept twice, for screens and for phones) are one column, the better named."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from aiohttp import web

from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import ColumnBlock, PageObservations, Site
from tests.blind_farm import scan_on_farm
from tests.farm import Farm

TODAY = date(2026, 11, 25)
HOME = "http://www.hnlg.edu.cn/"
LEXICON = build_lexicon()

TITLES = [
    "学校召开2026年秋季学期教学工作会议",
    "我校在全国大学生数学建模竞赛中获佳绩",
    "学校与市人民政府签署战略合作协议",
    "校领导带队赴企业走访调研毕业生就业工作",
    "学校举行新时代教师队伍建设推进会",
    "我校获批两项国家自然科学基金重点项目",
    "学校开展秋季消防安全应急疏散演练",
    "校党委理论学习中心组开展专题学习",
    "学校召开2026年度科研工作推进会",
]


def items(folder: str, newest: date, count: int = 6, first: int = 0) -> list[tuple[str, str, str]]:
    """(href, title, date) of a column's newest items, one every four days."""
    rows = []
    for i in range(first, first + count):
        day = date.fromordinal(newest.toordinal() - 4 * i)
        rows.append(
            (
                f"/{folder}/{day:%Y%m}/t{day:%Y%m%d}_{8100 - i}.html",
                TITLES[i % len(TITLES)],
                day.isoformat(),
            )
        )
    return rows


def ul(rows: list[tuple[str, str, str]], cls: str = "list") -> str:
    lines = "\n".join(
        f'<li><a href="{href}" target="_blank" title="{title}">{title}</a><span>{day}</span></li>'
        for href, title, day in rows
    )
    return f'<ul class="{cls}">\n{lines}\n</ul>'


def cards(rows: list[tuple[str, str, str]]) -> str:
    lines = "\n".join(
        f'<li class="card"><div class="pic"><a href="{href}"><img src="/images/n{i}.jpg" '
        f'alt="{title}"></a></div><div class="txt"><div class="time"><h3>{day[8:]}</h3>'
        f'<p>{day[:4]}.{day[5:7]}</p></div><h4><a href="{href}">{title}</a></h4>'
        f'<p class="zy">{title}。近日，学校相关部门围绕该项工作进行了部署……</p></div></li>'
        for i, (href, title, day) in enumerate(rows)
    )
    return f'<ul class="cards">\n{lines}\n</ul>'


def contents(folder: str, newest: date) -> str:
    """A box's picture cards of its three newest items over a list of the next six."""
    return cards(items(folder, newest, 3)) + ul(items(folder, newest, 6, first=3))


# Each box as the CMSs write its bilingual heading: (its HTML, the column's name, type).
def news_span(newest: date) -> str:
    # 博达 VSB: <div class="tit"><h3>学校要闻</h3><span>NEWS</span><a>更多</a></div>,
    # picture cards over a list.
    return (
        '<div class="xxyw"><div class="tit"><h3>学校要闻</h3><span>NEWS</span>'
        '<a class="more" href="/xxyw/">MORE +</a></div>' + contents("xxyw", newest) + "</div>"
    )


def notice_em(newest: date) -> str:
    return (
        '<div class="tzgg"><h2>通知公告<em>NOTICE</em></h2>'
        + contents("tzgg", newest)
        + '<a class="more" href="/tzgg/">更多&gt;&gt;</a></div>'
    )


def slash(newest: date) -> str:
    return (
        '<div class="xwdt"><div class="hd"><h3>新闻动态 / News</h3>'
        '<a href="/xwdt/">更多</a></div>' + contents("xwdt", newest) + "</div>"
    )


def policy_en(newest: date) -> str:
    return (
        '<div class="zcwj"><div class="hd"><h3>政策文件</h3><span class="en">POLICY</span>'
        '<a class="more" href="/zcwj/">更多</a></div>' + contents("zcwj", newest) + "</div>"
    )


def english_first(newest: date) -> str:
    return (
        '<div class="gzdt"><div class="hd"><span class="en">WORK NEWS</span><h3>工作动态</h3>'
        '<a class="more" href="/gzdt/">更多</a></div>' + contents("gzdt", newest) + "</div>"
    )


def screen_and_phone(newest: date) -> str:
    # The same list twice: for screens under the Chinese heading, for phones under
    # the English one.
    rows = items("xwzx", newest)
    return (
        '<div class="news pc"><div class="tit"><h3>新闻资讯</h3>'
        '<a class="more" href="/xwzx/">更多</a></div>' + ul(rows) + "</div>"
        '<div class="news-m"><h3>NEWS</h3>' + ul(rows, "m-list") + "</div>"
    )


BOXES: dict[str, tuple[Callable[[date], str], str, str]] = {
    "span": (news_span, "学校要闻", "news"),
    # A subtitle inside the heading's own element is part of its name (as the 公告
    # <span lang="pt">Avisos</span> of Macau's bilingual headings).
    "em": (notice_em, "通知公告 NOTICE", "notice"),
    "slash": (slash, "新闻动态 / News", "news"),
    "span-en": (policy_en, "政策文件", "policy"),
    "english-first": (english_first, "工作动态", "news"),
    "screen-and-phone": (screen_and_phone, "新闻资讯", "news"),
}

EVENTS = (
    '<div class="xshd"><div class="tit"><h3>学术活动</h3><span>EVENTS</span>'
    '<a class="more" href="/xshd/">更多</a></div>'
    + ul(
        [
            (
                f"/xshd/202611/t202611{20 - i:02d}_{700 - i}.html",
                f"学术讲座第{i + 1}期",
                f"2026-11-{20 - i:02d}",
            )
            for i in range(5)
        ]
    )
    + "</div>"
)


def homepage(*boxes: str) -> str:
    body = "\n".join(f'<div class="wrap section{i}">{box}</div>' for i, box in enumerate(boxes))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>华南理工学院</title></head>
<body><div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="华南理工学院"></a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li>
<li><a href="/jgsz/">机构设置</a></li><li><a href="/jxky/">教学科研</a></li><li><a href="/zsjy/">招生就业</a></li></ul></div></div>
{body}
<div class="footer"><p>版权所有 © 2026 华南理工学院 地址：广州市天河区五山路381号</p></div>
</body></html>"""


def observe_page(html: str) -> PageObservations:
    return observe(html.encode("utf-8"), "utf-8", HOME, "text/html", TODAY, LEXICON)


def named(page: PageObservations) -> list[tuple[str, str]]:
    return [(column.name, column.type) for column in page.columns]


@pytest.mark.parametrize("form", list(BOXES))
def test_a_bilingual_box_is_one_column_named_in_chinese(form: str) -> None:
    box, name, kind = BOXES[form]
    page = observe_page(homepage(box(date(2026, 11, 20))))
    assert named(page) == [(name, kind)]
    assert page.columns[0].newest == date(2026, 11, 20)


def test_the_box_of_cards_and_list_is_one_column_of_both() -> None:
    page = observe_page(homepage(news_span(date(2026, 11, 20)), EVENTS))
    assert named(page) == [("学校要闻", "news"), ("学术活动", "other")]
    news = page.columns[0]
    assert (news.items, news.newest, news.more_url) == (9, date(2026, 11, 20), HOME + "xxyw/")


# --- a site whose news stopped: the subtitle's column crossed the veto ----------------

STALE = {
    "xxyw": date(2026, 9, 1),  # news: 85 days
    "xwdt": date(2026, 8, 20),  # news
    "tzgg": date(2026, 3, 2),  # notice: 268 days
    "zcwj": date(2026, 2, 10),  # policy
}


def stale_home() -> str:
    return homepage(
        news_span(STALE["xxyw"]),
        slash(STALE["xwdt"]),
        notice_em(STALE["tzgg"]),
        policy_en(STALE["zcwj"]),
        EVENTS,  # fresh: the homepage itself shows something new
    )


def list_page(name: str, rows: list[tuple[str, str, str]]) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}-华南理工学院</title></head>
<body><div class="header"><a href="/">首页</a></div>
<div class="main"><div class="weizhi">当前位置：<a href="/">首页</a> &gt; {name}</div>
<div class="list">{ul(rows)}</div><div class="page">共1页</div></div>
<div class="footer">版权所有 © 2026 华南理工学院</div></body></html>"""


def stale_pages() -> dict[str, str]:
    pages = {"/": stale_home()}
    names = {"xxyw": "学校要闻", "xwdt": "新闻动态", "tzgg": "通知公告", "zcwj": "政策文件"}
    for folder, newest in STALE.items():
        pages[f"/{folder}/"] = list_page(names[folder], items(folder, newest, 9))
    pages["/xshd/"] = list_page("学术活动", [])
    return pages


def serve(pages: dict[str, str]) -> Callable[[web.Request], Any]:
    async def answer(request: web.Request) -> web.StreamResponse:
        text = pages.get(request.path)
        if text is None:
            text = "<html><head><meta charset='utf-8'><title>正文</title></head><body><p>正文</p></body></html>"
        return web.Response(text=text, content_type="text/html", charset="utf-8")

    return answer


async def test_a_subtitle_does_not_cross_the_veto_of_stale_columns() -> None:
    host = "www.hnlg.edu.cn"
    pages = stale_pages()

    def register(farm: Farm) -> None:
        farm.sites[host] = serve(pages)

    clock = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
    records, columns = await scan_on_farm(
        [Site(f"http://{host}/", name="hnlg")], register, "full", clock
    )
    record = records["hnlg"]
    stale = next(f for f in record["findings"] if f["code"] == "column_stale")
    names = sorted(column["name"] for column in stale["columns"])
    assert names == sorted(["学校要闻", "新闻动态 / News", "通知公告 NOTICE", "政策文件"])
    assert stale["key_columns"] == 4  # five, with NEWS: the veto
    assert (record["status"], record["passed"]) == ("stale", True)
    assert "homepage_stale" not in {f["code"] for f in record["findings"]}
    assert "NEWS" not in {row["name"] for row in columns["hnlg"]}


def test_column_block_names_are_the_headings() -> None:
    # (the blocks the scan judged, by the same homepage observed alone)
    page = observe_page(stale_home())
    blocks: list[ColumnBlock] = list(page.columns)
    assert [(b.name, b.type) for b in blocks] == [
        ("学校要闻", "news"),
        ("新闻动态 / News", "news"),
        ("通知公告 NOTICE", "notice"),
        ("政策文件", "policy"),
        ("学术活动", "other"),
    ]


def test_a_list_renamed_by_its_duplicate_takes_the_rest_of_that_heading() -> None:
    """A list shown twice (a bare "Photos" box, then under 图片新闻 with its "more" link)
    is one column under the better name; the next list under that heading (the box's
    text list after its picture cards) joins it, not a second 图片新闻 column."""
    from datetime import date

    from crawler.extract import observe

    first = (
        '<li><a href="/a/1.html">县长主持召开常务会议研究冬季工作</a><span>2026-11-20</span></li>'
        '<li><a href="/a/2.html">全县森林防火工作会议召开部署</a><span>2026-11-19</span></li>'
    )
    second = (
        '<li><a href="/a/3.html">我县举办农民丰收节庆祝活动</a><span>2026-11-18</span></li>'
        '<li><a href="/a/4.html">县政协开展重点提案督办活动</a><span>2026-11-17</span></li>'
    )
    page = (
        '<html><body><div class="main"><div class="box"><h3>Photos</h3>'
        f'<ul>{first}</ul></div><div class="box"><div class="hd"><h3>图片新闻</h3>'
        f'<a class="more" href="/tpxw/">更多</a></div><ul class="pic">{first}</ul>'
        f'<ul class="list">{second}</ul></div></div></body></html>'
    ).encode()
    seen = observe(page, "utf-8", "http://www.x.gov.cn/", "text/html", now=date(2026, 11, 26))
    assert [(c.name, c.type, c.items) for c in seen.columns] == [("图片新闻", "news", 4)]
