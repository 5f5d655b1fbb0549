"""Year-less month-name dates ("Nov 20", "20 Nov": a post card's current-year date,
an events list's "Dec 09, 6:00 PM") and dates told relative to the fetch ("2 days
ago", "yesterday", "3天前"): read in list items and the homepage sweep, not in prose,
and an upcoming year-less event is not last year's (crawler/dates.py)."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from crawler.dates import dates_in_text, item_dates, newest_date_in_page_text, page_date
from crawler.extract import observe
from crawler.lexicon import build_lexicon

NOW = date(2026, 11, 25)
NEW_YEAR = date(2027, 1, 3)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("Nov 20", NOW, date(2026, 11, 20)),
        ("20 Nov", NOW, date(2026, 11, 20)),
        ("November 20th", NOW, date(2026, 11, 20)),
        ("CVWD Admin Nov 6 2 min read", NOW, date(2026, 11, 6)),
        ("Sep 30 · Main Replacement on Cedar Lane", NOW, date(2026, 9, 30)),
        ("Hydrant Flushing Complete 20 Nov", NOW, date(2026, 11, 20)),
        ("Nov 26", NOW, date(2026, 11, 26)),  # tomorrow: the zh reading's slack
        # after New Year, a post card's December is last year's
        ("Dec 28", NEW_YEAR, date(2026, 12, 28)),
        # more than two months ahead: last year's
        ("Mar 3", NOW, date(2026, 3, 3)),
        # the full forms stay full
        ("Nov 20, 2024", NOW, date(2024, 11, 20)),
        ("20 November 2024", NOW, date(2024, 11, 20)),
        ("2024. november 20.", NOW, date(2024, 11, 20)),
        # the number before a full date is no day ("Project 1 September 1, 2025")
        ("Invitation to Bid for Road Project 1 September 1, 2025", NOW, date(2025, 9, 1)),
    ],
)
def test_yearless_month_name(text: str, now: date, expected: date) -> None:
    assert item_dates(text, now)[0] == expected
    assert dates_in_text(text, now) == [expected]


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        # an events list: this year's December and next January, not 2025-12-09
        ("Dec 09, 6:00 PM Regular Board Meeting", date(2026, 12, 9)),
        ("Jan 13, 6:00 PM", date(2027, 1, 13)),
        ("8 Dec", date(2026, 12, 8)),
    ],
)
def test_yearless_month_name_upcoming(text: str, ahead: date) -> None:
    assert dates_in_text(text, NOW) == []  # no update
    assert item_dates(text, NOW)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "At its November 4 meeting the Board of Directors adopted the rates",
        "Work on the project begins October 5 and will last six weeks",
        "On May 3, the town celebrated its founding",
        "Mother's Day is May 10",
        "3 out of 5 stars",
        "Chicago 3",
        # month names of other languages that are English words: only with a year
        "Set 2",
        "Gen 2 Vaccine Rollout",
    ],
)
def test_yearless_month_name_not_in_prose(text: str) -> None:
    assert dates_in_text(text, NOW) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 days ago", date(2026, 11, 23)),
        ("Posted 5 days ago", date(2026, 11, 20)),
        ("3 hours ago", NOW),
        ("an hour ago", NOW),
        ("a day ago", date(2026, 11, 24)),
        ("1 week ago", date(2026, 11, 18)),
        ("2 months ago", date(2026, 9, 26)),
        ("Yesterday", date(2026, 11, 24)),
        ("Man charged after burglaries · 2 hours ago", NOW),
        ("2天前", date(2026, 11, 23)),
        ("3小时前", NOW),
        ("昨天", date(2026, 11, 24)),
        ("前天", date(2026, 11, 23)),
        ("[5天前]", date(2026, 11, 20)),
    ],
)
def test_relative(text: str, expected: date) -> None:
    assert item_dates(text, NOW)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "the storm hit 3 days ago, flooding the valley",
        "3天前发生的事故",
        "Chicago 3 days",
        "20 days agony",
    ],
)
def test_relative_not_in_prose(text: str) -> None:
    assert dates_in_text(text, NOW) == []


def test_homepage_sweep_reads_post_cards_and_relative_times() -> None:
    # a post card's date alone in its element: one line of the sweep's text
    text = "Latest News\nCVWD Admin\nNov 20\n1 min read\nHydrant Flushing Complete\n"
    assert newest_date_in_page_text(text, NOW) == date(2026, 11, 20)
    text = "News\n2 hours ago\nMan charged after burglaries\n3 days ago\nRoad safety week\n"
    assert newest_date_in_page_text(text, NOW) == NOW
    # an upcoming event ahead is no update: the newest is the past post
    text = "Upcoming\nDec 09, 6:00 PM\nBoard Meeting\nNews\nOct 22\nFall tips\n"
    assert newest_date_in_page_text(text, NOW) == date(2026, 10, 22)
    # a day on the line after a number is no day-month ("Project 1" / "September 1, 2025")
    text = "Road Project 1\nSeptember 1, 2025\nOctober 1, 2025\n"
    assert newest_date_in_page_text(text, NOW) == date(2025, 10, 1)


def test_history_article_not_dated_by_yearless_day() -> None:
    html = (
        "<html><body><h1>Our history</h1><p>May 3</p><p>The town was founded on a spring"
        " day. Every year on May 3 the council meets.</p></body></html>"
    )
    assert page_date(LexborHTMLParser(html), "http://town.test/history", NOW) is None


def test_a_date_class_elements_yearless_day_does_not_date_a_page() -> None:
    """A saved tweet's "Jul 10" (year-less, this year's only when the page was just
    rendered): no page date from a class element; its full date elsewhere wins."""
    html = (
        '<html><body><article><h1>Statement</h1><span class="date">Jul 10</span>'
        "<p>Posted in July.</p><p>10 July 2020</p></article></body></html>"
    )
    hit = page_date(LexborHTMLParser(html), "http://news.test/status/1", NOW)
    assert hit is not None and hit.value == date(2020, 7, 10)


def test_a_list_items_machine_date_wins_over_its_relative_text() -> None:
    """A cached or prebuilt page's "2 days ago" is frozen: the item's <time datetime>
    or its URL's date is read instead (here a year old: the column is stale); items
    that show only their age are dated by it."""
    rows = "".join(
        f'<li><a href="/news/2025/10/{day:02d}/post-{day}.html">Council news item {day}</a>'
        f" <span>{age}</span></li>"
        for day, age in ((20, "2 days ago"), (12, "1 week ago"))
    )
    html = (
        f"<html><body><main><section><h2>Latest News</h2><ul>{rows}</ul>"
        '<a href="/news/">More news</a></section></main></body></html>'
    )
    # ...and a list whose items show only their age is dated by it
    ages = "".join(
        f'<li><a href="/alerts/{slug}">Alert about {slug}</a> <span>{age}</span></li>'
        for slug, age in (("water-main", "2 days ago"), ("road-closure", "Posted 5 days ago"))
    )
    html = html.replace(
        "</main>", f'<section><h2>Alerts</h2><ul>{ages}</ul><a href="/alerts/">More alerts</a></section></main>'
    )
    page = observe(html.encode(), "utf-8", "http://city.test/", "text/html", NOW, build_lexicon())
    newest = {c.name: c.newest for c in page.columns}
    assert newest == {"Latest News": date(2025, 10, 20), "Alerts": date(2026, 11, 23)}


def test_a_list_item_dated_only_by_a_word_of_age() -> None:
    """"Yesterday", "a day ago", "昨天": no digit in the item, still its date."""
    rows = "".join(
        f'<li><a href="/alerts/{i}">Service alert number {name}</a> <span>{age}</span></li>'
        for i, (name, age) in enumerate((("one", "Yesterday"), ("two", "a day ago"), ("three", "昨天")))
    )
    html = (
        f"<html><body><main><section><h2>Latest News</h2><ul>{rows}</ul>"
        '<a href="/news/">More news</a></section></main></body></html>'
    )
    page = observe(html.encode(), "utf-8", "http://city.test/", "text/html", NOW, build_lexicon())
    assert [(c.name, c.newest, c.dated_items) for c in page.columns] == [
        ("Latest News", date(2026, 11, 24), 3)
    ]
