"""Seven-digit ROC dates (1151120 = 民國115年11月20日) in a table's date cells: read
where the context says date (a whole cell under a 發布日期/公告日期/日期 header), never
in running text (phone numbers, IDs, 文號 such as 府授法字第1151120號)."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from crawler.columns import read_lists
from crawler.dates import compact_roc_date, is_date_label, item_date
from crawler.extract import observe
from crawler.lexicon import build_lexicon

NOW = date(2026, 11, 26)
BASE = "http://www.county.example/"


def _dates(html: str) -> list[date | None]:
    lists = read_lists(LexborHTMLParser(html), BASE, NOW, build_lexicon()).lists
    return [item.date for lst in lists for item in lst.items]


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"


def _link(i: int) -> str:
    return (
        f'<a href="/News_Content.aspx?n=1005&s={435000 + i}">新安縣政府公報 第115卷第{22 - i}期</a>'
    )


def test_seven_digit_dates_under_a_publication_date_header() -> None:
    html = _table(["卷期", "發布日期"], [[_link(i), f"11511{20 - i:02d}"] for i in range(3)])
    assert _dates(html) == [date(2026, 11, 20), date(2026, 11, 19), date(2026, 11, 18)]


def test_posting_date_first_and_the_deadline_column_is_not_the_date() -> None:
    html = _table(
        ["公告日期", "主旨", "公告單位", "截止日期"],
        [[f"11511{20 - i:02d}", _link(i), "財政稅務局", f"11512{20 - i:02d}"] for i in range(3)],
    )
    assert _dates(html) == [date(2026, 11, 20), date(2026, 11, 19), date(2026, 11, 18)]


def test_column_page_is_dated_by_its_seven_digit_cells() -> None:
    html = _table(["標題", "日期"], [[_link(i), f"115110{i + 1}"] for i in range(4)])
    page = observe(
        html.encode(), "utf-8", BASE + "News.aspx?n=1005", "text/html", now=NOW, columns=False
    )
    assert page.main_list_newest == date(2026, 11, 4)


def test_seven_digit_numbers_elsewhere_are_no_dates() -> None:
    # a 文號 in the title, a phone number and a case number under headers that say no date
    html = _table(
        ["主旨", "文號", "案號", "電話"],
        [
            [_link(i), f"府授法字第11511{20 - i:02d}號", f"11511{20 - i:02d}", "0223456789"]
            for i in range(3)
        ],
    )
    assert _dates(html) == [None, None, None]
    # nor without a header, nor a cell of other words
    html = (
        "<table>"
        + "".join(f"<tr><td>{_link(i)}</td><td>1151120</td></tr>" for i in range(3))
        + "</table>"
    )
    assert _dates(html) == [None, None, None]
    html = _table(["標題", "發布日期"], [[_link(i), f"第1151120{i}號"] for i in range(3)])
    assert _dates(html) == [None, None, None]


def test_a_seven_digit_date_after_tomorrow_is_not_the_row_s() -> None:
    html = _table(["標題", "發布日期"], [[_link(0), "1161120"], [_link(1), "1151101"]])
    assert _dates(html) == [None, date(2026, 11, 1)]


def test_compact_roc_date_and_date_labels() -> None:
    assert compact_roc_date("1151120") == date(2026, 11, 20)
    assert compact_roc_date(" １１５１１２０ ") == date(2026, 11, 20)
    assert compact_roc_date("1151320") is None
    assert compact_roc_date("0223456789") is None
    assert compact_roc_date("府授法字第1151120號") is None
    assert item_date("電話 0223456789 府授法字第1151120號", NOW) is None
    assert is_date_label("發布日期") and is_date_label("公告日期：") and is_date_label("日期")
    assert not is_date_label("截止日期") and not is_date_label("卷期") and not is_date_label("案號")
