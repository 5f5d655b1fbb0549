"""Tab boxes as CMSs write them: labels as <li>, <a href="javascript:">, <a href="#id">,
<button>, with data-target or aria-controls ids, over panels in the order of the tabs
(all but the first display:none), with or without the box's own heading above the bar.
Each tab's panel is its column, named by its label. A box of four or more panels lost
its fourth and later tabs (a 政府資訊公開 box's 施政計畫, trad5): the heading search
looked past three siblings only, the panels before it. A bar of <button> labels was
taken for a form (a search box), so no panel was named at all."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from crawler.columns import read_lists
from crawler.lexicon import build_lexicon

NOW = date(2026, 11, 26)
BASE = "http://www.agency.test/"
NAMES = ["工作動態", "法規命令", "預算書", "決算書", "施政計畫"]
LEXICON = build_lexicon()


def _label(kind: str, index: int) -> str:
    name, pid = NAMES[index], f"p{index}"
    return {
        "li": f"<li>{name}</li>",
        "li-js": f'<li><a href="javascript:void(0);">{name}</a></li>',
        "a-js": f'<a href="javascript:;">{name}</a>',
        "li-fragment": f'<li><a href="#{pid}">{name}</a></li>',
        "li-target": f'<li data-target="#{pid}">{name}</li>',
        "li-aria": f'<li aria-controls="{pid}">{name}</li>',
        "button": f'<button type="button">{name}</button>',
        "button-bs": (
            f'<button class="nav-link" data-bs-toggle="tab" data-bs-target="#{pid}"'
            f' type="button">{name}</button>'
        ),
    }[kind]


def _panel(index: int, empty: bool = False) -> str:
    hidden = ' style="display:none"' if index else ""
    if empty:
        inner = "<p>暫無資料</p>"
    else:
        inner = (
            '<ul class="list">'
            + "".join(
                f'<li><a href="/col{index}/{j}.html">{NAMES[index]}第{j}則公告之標題</a>'
                f"<span>2026-{index + 1:02d}-{10 + j:02d}</span></li>"
                for j in range(2)
            )
            + "</ul>"
        )
    return (
        f'<div class="tab-pane" id="p{index}"{hidden}>{inner}'
        f'<a class="more" href="/col{index}/">更多</a></div>'
    )


def _page(kind: str, count: int, heading: bool, empty: int | None = None) -> str:
    labels = "".join(_label(kind, i) for i in range(count))
    bar = (
        f'<div class="tab-nav">{labels}</div>'
        if kind in ("a-js", "button", "button-bs")
        else f'<ul class="tabs">{labels}</ul>'
    )
    panels = "".join(_panel(i, i == empty) for i in range(count))
    title = "<h2>政府資訊公開</h2>" if heading else ""
    return f"""<html><head><title>某署</title></head><body>
<div class="header"><a href="/">首頁</a></div>
<section class="news"><h2>最新消息</h2><ul class="list">
<li><a href="/news/1.html">本署辦理全國河川巡守志工表揚大會</a><span>2026-11-20</span></li>
<li><a href="/news/2.html">本署參加國際水資源研討會</a><span>2026-11-18</span></li>
</ul><a class="more" href="/news/">更多</a></section>
<section class="box">{title}{bar}{panels}</section>
<div class="footer">地址：某市某路1號</div></body></html>"""


def _columns(html: str) -> dict[str, tuple[date | None, str | None]]:
    found = read_lists(LexborHTMLParser(html), BASE, NOW, LEXICON)
    return {column.name: (column.newest, column.more_url) for column in found.columns}


def _want(count: int, empty: int | None = None) -> dict[str, tuple[date | None, str | None]]:
    want: dict[str, tuple[date | None, str | None]] = {
        "最新消息": (date(2026, 11, 20), BASE + "news/")
    }
    for i in range(count):
        want[NAMES[i]] = (None if i == empty else date(2026, i + 1, 11), f"{BASE}col{i}/")
    return want


@pytest.mark.parametrize("heading", [False, True], ids=["bare", "titled"])
@pytest.mark.parametrize("kind", ["li", "li-js", "a-js", "li-target", "li-aria", "button-bs"])
def test_each_of_five_tabs_names_its_panel(kind: str, heading: bool) -> None:
    assert _columns(_page(kind, 5, heading)) == _want(5)


@pytest.mark.parametrize("heading", [False, True], ids=["bare", "titled"])
@pytest.mark.parametrize("kind", ["button", "button-bs"])
def test_a_bar_of_buttons_is_a_tab_bar_not_a_form(kind: str, heading: bool) -> None:
    # ...while a search box's input and buttons above a list still are no heading.
    search = (
        '<div class="search"><input name="q"><button>搜尋</button><button>進階</button></div>'
        '<ul class="list"><li><a href="/a/1.html">本署河川巡守志工表揚大會</a>'
        "<span>2026-11-19</span></li></ul>"
    )
    html = _page(kind, 2, heading).replace('<div class="footer">', search + '<div class="footer">')
    assert _columns(html) == _want(2)


@pytest.mark.parametrize("count", [2, 5])
def test_labels_linked_to_panel_ids_under_the_box_title(count: int) -> None:
    # <h2>政府資訊公開</h2><ul><li><a href="#p0">..: the title above the bar is no
    # reason to give up the labels' links to their panels, which name an empty panel too.
    html = _page("li-fragment", count, heading=True, empty=1)
    assert _columns(html) == _want(count, empty=1)
