"""A link's date comes from its own item, never from a neighbour's row: a row (`tr`,
`li`) a few levels above a link that holds rows of links of its own (a layout table's
row of whole boxes, a menu entry around its submenu) is not that link's item."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from crawler.columns import read_lists
from crawler.extract import observe
from crawler.lexicon import build_lexicon

NOW = date(2026, 11, 26)


def _box(heading: str, rows: list[tuple[str, str, str]]) -> str:
    return (
        f'<table width="100%"><tr><td colspan="2" class="title">{heading}</td></tr>'
        + "".join(f'<tr><td><a href="{u}">{t}</a></td><td>{d}</td></tr>' for u, t, d in rows)
        + "</table>"
    )


NEWS = [
    (f"/news_detail.asp?id={i}", f"本所第{i}則鄉政新聞標題內容", f"115/09/{30 - i:02d}")
    for i in range(5)
]
OTHER = [
    (f"https://www.ey.example/Page/{i}", f"行政院第{i}則重要政策", f"115/11/{25 - i:02d}")
    for i in range(4)
]

# An old table layout: one row of three cells, the middle holding the site's news, the
# right another site's news box and, after it, an image link (a banner) in a <p>.
LAYOUT = f"""<html><head><title>某鄉公所</title></head><body>
<table width="980"><tr><td><img src="/top.jpg" alt="某鄉公所"></td></tr>
<tr><td><table width="100%"><tr>
<td valign="top">{_box("鄉政新聞", NEWS)}</td>
<td width="230" valign="top">{_box("行政院重要政策", OTHER)}
<p><a href="https://www.gov.example/"><img src="/egov.gif" alt="我的E政府"></a></p></td>
</tr></table></td></tr>
<tr><td>地址：某縣某鄉中山路1號</td></tr></table></body></html>"""


def test_image_link_after_a_box_of_dated_rows_is_not_dated_by_its_last_row() -> None:
    lists = read_lists(
        LexborHTMLParser(LAYOUT), "http://www.town.example/", NOW, build_lexicon()
    ).lists
    banner = [item for lst in lists for item in lst.items if item.title == "我的E政府"]
    assert all(item.date is None for item in banner), banner


def test_homepage_dated_by_its_own_news_not_the_row_around_a_banner() -> None:
    page = observe(LAYOUT.encode(), "utf-8", "http://www.town.example/", "text/html", now=NOW)
    # (the other site's box is read as syndicated: lexicon `syndicated_headings`)
    assert page.newest_item == date(2026, 9, 30), (page.newest_item, page.newest_item_title)


def test_menu_entry_is_not_dated_by_its_submenu() -> None:
    html = """<html><body><ul class="nav">
<li><span><a href="/news/">新聞中心</a></span><ul>
<li><a href="/news/1.html">本府召開年度預算審查會議</a> 2026-11-20</li>
<li><a href="/news/2.html">本府辦理冬令救濟物資發放</a> 2026-11-18</li></ul></li>
<li><span><a href="/about/">關於本府</a></span><ul>
<li><a href="/about/1.html">本府組織架構介紹說明</a></li></ul></li></ul></body></html>"""
    lists = read_lists(
        LexborHTMLParser(html), "http://www.city.example/", NOW, build_lexicon()
    ).lists
    entry = [item for lst in lists for item in lst.items if item.title == "新聞中心"]
    assert all(item.date is None for item in entry), entry
    assert any(
        item.title == "本府召開年度預算審查會議" and item.date == date(2026, 11, 20)
        for lst in lists
        for item in lst.items
    )


def test_row_with_its_date_in_a_nested_table_keeps_it() -> None:
    rows = "".join(
        f'<tr><td><span><a href="/n/{i}.html">本所公告事項第{i}則標題</a></span></td>'
        f"<td><table><tr><td>2026-11-{20 - i:02d}</td></tr></table></td></tr>"
        for i in range(3)
    )
    html = f"<html><body><table class='list'>{rows}</table></body></html>"
    lists = read_lists(
        LexborHTMLParser(html), "http://www.town.example/", NOW, build_lexicon()
    ).lists
    dated = sorted(item.date for lst in lists for item in lst.items if item.date)
    assert dated == [date(2026, 11, 18), date(2026, 11, 19), date(2026, 11, 20)]
