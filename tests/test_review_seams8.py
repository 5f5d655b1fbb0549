"""Seams between the last merges (review 8): cases where a change's rule reached
further than the case it was written for."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.dates import item_dates
from crawler.extract import observe
from crawler.lexicon import build_lexicon

NOW = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("Posted 2 days ago, in Announcements", date(2026, 11, 24)),
        ("2 days ago, by Public Works", date(2026, 11, 24)),
        ("3小时前，来源：县交通局", NOW),
    ],
)
def test_a_relative_date_and_its_byline_after_a_title_date_the_item(
    meta: str, expected: date
) -> None:
    """A relative date followed by a comma and a lower-case (or Chinese) word is prose
    only where it opens the headline ("Yesterday, the council..."): after a title it is
    the item's date and its byline ("Posted 2 days ago, in Announcements"), and a live
    news list read undated (a healthy site's column judged undated or stale)."""
    titles = ["Road resurfacing on Main Street", "Library holiday hours", "New recycling bins"]
    assert item_dates(f"{titles[0]} {meta}", NOW)[0] == expected
    rows = "".join(
        f'<li><a href="/news/{i}.html">{t}</a> <span class="meta">{meta}</span></li>'
        for i, t in enumerate(titles)
    )
    html = (
        "<html><head><title>Town of Millbrook</title></head><body><div class='main'>"
        f"<div class='box'><h2>News</h2><ul>{rows}</ul><a href='/news/'>More news</a>"
        "</div></div><div class='footer'>© 2026 Town of Millbrook</div></body></html>"
    )
    page = observe(
        html.encode(), "utf-8", "http://www.millbrook.example/", "text/html", NOW, build_lexicon()
    )
    assert [c.newest for c in page.columns if c.name == "News"] == [expected]
