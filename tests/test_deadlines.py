"""A list item's deadline, closing or event date is not when it was published, even in
the past: an item that shows another date is dated by that one (a consultation's
"Opened", a tender row's "Date Posted"), at both depths. A past closing date within 14
days made a homepage whose newest posting is weeks old look fresh."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.dates import is_deadline_label, item_date, newest_date_in_page_text
from crawler.extract import observe

NOW = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Opened, then the closing date (past, within the fortnight): the opening day.
        ("Public consultation on the draft plan · Opened: 07/10/2026 · Closing date: 18/11/2026",
         date(2026, 10, 7)),
        # A <dl> teaser read as one text (<dt>Opened</dt><dd>..</dd><dt>Closing date</dt>..).
        ("Draft Age Friendly Strategy Opened 15/09/2026 Closing date 17/11/2026", date(2026, 9, 15)),
        ("Start Date: 21/10/2026 End Date: 18/11/2026", date(2026, 10, 21)),
        ("Water permit renewal 06/11/2026 Comment deadline: 18/11/2026", date(2026, 11, 6)),
        ("关于公开招聘社区工作者的公告 2026-10-20 报名截止 2026-11-18", date(2026, 10, 20)),
        ("城区道路改造工程招标公告 发布日期：2026-10-30 开标时间：2026-11-18", date(2026, 10, 30)),
        ("区图书馆讲座 2026-10-28 2026年11月18日举行", date(2026, 10, 28)),
    ],
)  # fmt: skip
def test_an_items_deadline_is_not_its_date_while_it_shows_another(text: str, want: date) -> None:
    assert item_date(text, NOW, "dmy") == want


def test_one_date_items_and_periods_keep_their_dates() -> None:
    """A past deadline that is all an item shows stays its date (as before); a period
    (its "至" is also a deadline's word) is dated by its first day. With its opening day
    shown too, the same consultation is dated by that."""
    alone = "Consultation on parking bye-laws · Closing date: 18/11/2026"
    assert item_date(alone, NOW, "dmy") == date(2026, 11, 18)
    assert item_date("公示期：2026年9月1日至2026年11月18日", NOW) == date(2026, 9, 1)
    assert item_date("Exhibition 20 October 2026 to 15 November 2026", NOW) == date(2026, 10, 20)
    opened = "Consultation on parking bye-laws · Opened: 07/10/2026 · Closing date: 18/11/2026"
    assert item_date(opened, NOW, "dmy") == date(2026, 10, 7)


def test_the_sweep_reads_a_line_with_an_opened_and_a_closing_date_by_the_opened_one() -> None:
    text = (
        "Public Consultations\n"
        "Proposed Part 8 Development: 24 Social Housing Units at Ashgrove\n"
        "Opened: 07/10/2026 · Closing date: 18/11/2026\n"
        "Public Notices\n11/10/2026\nNotice of Intention to Make a Temporary Closing of Road\n"
    )
    assert newest_date_in_page_text(text, NOW, "dmy") == date(2026, 10, 11)
    # A closing date alone on its line is still read (as one-date items are).
    alone = "Consultation on parking bye-laws\nClosing date: 18/11/2026\n11/10/2026 Notice\n"
    assert newest_date_in_page_text(alone, NOW, "dmy") == date(2026, 11, 18)


@pytest.mark.parametrize(
    ("label", "deadline"),
    [
        ("Closing Date", True), ("Comment Deadline", True), ("Deadline", True),
        ("End Date", True), ("Expiry", True), ("截止日期", True), ("开标时间", True),
        ("報名截止", True), ("Date Posted", False), ("Posted", False), ("Start Date", False),
        ("发布日期", False), ("公告时间", False), ("收到", False), ("Title", False),
    ],
)  # fmt: skip
def test_deadline_headers(label: str, deadline: bool) -> None:
    assert is_deadline_label(label) is deadline


def _tender_page(header: tuple[str, ...], rows: list[tuple[str, ...]], cell: str = "th") -> bytes:
    head = "".join(f"<{cell}>{name}</{cell}>" for name in header)
    body = "".join(
        "<tr>" + "".join(
            f'<td><a href="/tenders/t{index}.html">{value}</a></td>' if at == 0 else f"<td>{value}</td>"
            for at, value in enumerate(row)
        ) + "</tr>"
        for index, row in enumerate(rows)
    )  # fmt: skip
    head_row = f"<thead><tr>{head}</tr></thead>" if cell == "th" else f"<tr>{head}</tr>"
    return (
        '<html lang="en-GB"><head><title>Ministry</title></head><body><h1>Ministry</h1>'
        f'<div class="box"><h2>Tenders</h2><table class="tenders">{head_row}<tbody>{body}'
        '</tbody></table><a href="/tenders/">View all tenders</a></div></body></html>'
    ).encode()


TENDERS = [
    ("Provision of Cleaning Services", "28/10/2026", "18/11/2026"),
    ("Supply of Motor Vehicle Tyres", "21/10/2026", "11/11/2026"),
    ("Provision of Insurance Services", "14/10/2026", "04/12/2026"),
]


@pytest.mark.parametrize(
    "header",
    [
        ("Title", "Date Posted", "Closing Date"),
        ("Description", "Posted", "Comment Deadline"),
        ("标题", "发布日期", "截止日期"),
        ("项目名称", "公告时间", "开标时间"),
        ("Tender", "Start Date", "End Date"),
    ],
)
def test_a_tables_deadline_column_does_not_date_its_rows(header: tuple[str, ...]) -> None:
    """Tender rows `Title | Date Posted | Closing Date`: the newest posting (28/10) is 23
    days old, a closing date (18/11) two; both depths read the posting."""
    body = _tender_page(header, TENDERS)
    url = "http://www.ministry.go.ke/"
    full = observe(body, "utf-8", url, "text/html", NOW)
    sweep = observe(body, "utf-8", url, "text/html", NOW, lists=False)
    assert [column.newest for column in full.columns] == [date(2026, 10, 28)]
    assert (full.newest_item, sweep.newest_item) == (date(2026, 10, 28), date(2026, 10, 28))


def test_a_header_row_of_plain_cells_names_the_deadline_for_the_full_scan() -> None:
    """标题 | 发布日期 | 截止日期 in <td> cells (no <th>): the full scan reads the header
    row all the same (the sweep reads <th> header rows only: README)."""
    body = _tender_page(("标题", "发布日期", "截止日期"), TENDERS, cell="td")
    full = observe(body, "utf-8", "http://www.x.gov.cn/", "text/html", NOW)
    assert full.newest_item == date(2026, 10, 28)


def test_a_table_dated_only_by_its_deadline_keeps_it() -> None:
    """A row with no other date cell keeps its closing date (one-date items, as before);
    the rows of the same table with a posting date are dated by it."""
    url = "http://www.ministry.go.ke/"
    rows = [(title, "see notice", closing) for title, _, closing in TENDERS]
    for reference, want in (("Reference", date(2026, 11, 18)), ("Date Posted", date(2026, 10, 28))):
        shown = rows if reference == "Reference" else TENDERS
        body = _tender_page(("Title", reference, "Closing Date"), shown)
        full = observe(body, "utf-8", url, "text/html", NOW)
        sweep = observe(body, "utf-8", url, "text/html", NOW, lists=False)
        assert (full.newest_item, sweep.newest_item) == (want, want), reference
