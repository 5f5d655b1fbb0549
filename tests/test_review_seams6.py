"""Seams between the last session's parallel changes (review 6): each test a real farm
scan (or a real config) that one change got wrong given another."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from crawler.config import Config, config_from_mapping
from crawler.extract import observe
from tests.farm import Farm
from tests.portals import TODAY, days_ago
from tests.test_freshness_scan import PortalSite, add_site, column_rows, finding, scan

_HEAD = '<html><head><meta charset="utf-8"><title>{}</title></head><body>'
_NAV = (
    '<div class="nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a>'
    '<a href="/gsgg/">公示公告</a><a href="/zwgk/">政务公开</a></div>'
)


def _rows(items: list[tuple[str, str, int]]) -> str:
    return "".join(
        f'<li><a href="{href}">{title}</a><span>{days_ago(age).isoformat()}</span></li>'
        for title, href, age in items
    )


def _box(name: str, more: str, items: list[tuple[str, str, int]]) -> str:
    return (
        f'<div class="box"><div class="hd"><h3>{name}</h3><a class="more" href="{more}">更多</a>'
        f"</div><ul>{_rows(items)}</ul></div>"
    )


NOTICES = [
    ("关于开展冬季消防安全检查工作的通知", "/gsgg/1.html", 300),
    ("关于做好元旦期间值班值守工作的通知", "/gsgg/2.html", 330),
    ("关于开展农村人居环境整治工作的公示", "/gsgg/3.html", 360),
]


def _section_site() -> PortalSite:
    """A navigation homepage whose menu links a section page (新闻中心: 镇务要闻 and
    通知公告, each with its 更多) and, under another name (公示公告), the notice
    column's own list page, /gsgg/, which the section page's 通知公告 box shows."""
    news = [
        (f"镇党委召开第{i}次专题会议研究部署重点工作", f"/xwzx/zwyw/{i}.html", i) for i in (2, 5, 9)
    ]
    home = _HEAD.format("示例镇人民政府") + _NAV + "<p>欢迎访问示例镇人民政府网站</p></body></html>"
    section = (
        _HEAD.format("新闻中心")
        + _NAV
        + _box("镇务要闻", "/xwzx/zwyw/", news)
        + _box("通知公告", "/gsgg/", NOTICES[:2])
        + "</body></html>"
    )
    notices = (
        _HEAD.format("公示公告") + _NAV + f'<ul class="list">{_rows(NOTICES)}</ul></body></html>'
    )
    about = (
        _HEAD.format("政务公开")
        + _NAV
        + "<p>示例镇政务公开目录，按规定主动公开政府信息。</p></body></html>"
    )
    return PortalSite({"/": home, "/xwzx/": section, "/gsgg/": notices, "/zwgk/": about})


async def test_a_column_a_section_page_shows_and_the_menu_links_is_one_column(
    farm: tuple[Farm, int], make_config: Callable[..., Config]
) -> None:
    """新闻中心's 通知公告 box leads to /gsgg/, which the menu links too as 公示公告: one
    notice column, judged once (its box and its page), not two stale notice columns,
    one per name."""
    server, port = farm
    config = make_config(port)
    scan_id, records = await scan(config, [add_site(server, "sections", _section_site())])

    rows = column_rows(config, scan_id, "sections")
    at_gsgg = [name for name, row in rows.items() if row["url"].endswith("/gsgg/")]
    assert len(at_gsgg) == 1, rows.keys()
    row = rows[at_gsgg[0]]
    assert row["type"] == "notice"
    assert row["items"] == 3  # its page's list, not only the box's two
    assert row["newest"] == days_ago(300).isoformat()
    stale = finding(records["sections"], "column_stale")
    assert stale["count"] == 1


def _crumbs_page(label: str) -> bytes:
    """A 集约化 platform's department page: a breadcrumb trail, then a slideshow list."""
    items = [
        ("西溪街道开展冬季消防安全宣传活动", "/xxjd/1.html", 5),
        ("西溪街道召开社区工作推进会", "/xxjd/2.html", 7),
        ("西溪街道组织志愿者开展环境整治", "/xxjd/3.html", 15),
    ]
    return (
        _HEAD.format("西溪街道")
        + '<div class="header"><a href="/">示例区人民政府</a></div>'
        + f'<div class="position">{label}<a href="/">首页</a> &gt; '
        + '<a href="/jdbsc/">街道办事处</a> &gt; <a href="/jdbsc/xxjd/">西溪街道</a></div>'
        + f'<div class="slide"><ul>{_rows(items)}</ul></div></body></html>'
    ).encode()


def test_a_configured_breadcrumb_start_is_read_whatever_its_case(tmp_path: Path) -> None:
    """`breadcrumb_markers = ["Standort"]` (written as the page shows it, as the example
    config's "You are here"): the trail is no tab bar over the list below it, as a
    built-in start's (当前位置) is not. The lexicon compared the lowered text with the
    word as written, so a capital letter made the key do nothing."""
    config = config_from_mapping(
        {"columns": {"breadcrumb_markers": ["Standort"]}}, tmp_path / "test.toml"
    )
    url = "http://www.xixi.example/jdbsc/xxjd/"
    for label in ("当前位置：", "Standort: "):
        page = observe(_crumbs_page(label), "utf-8", url, "text/html", TODAY, config.lexicon)
        assert [column.name for column in page.columns] == [], label
