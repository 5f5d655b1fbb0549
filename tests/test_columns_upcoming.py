"""Lists whose items are all dated ahead (upcoming events, meetings): columns with or
without a "more" link, typed by their heading (an events list: other, of no freshness
class), their items dated ahead kept as `future`, none of them an update."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import PageObservations

TODAY = date(2026, 11, 25)
HOME = "http://www.district.test/"
LEXICON = build_lexicon()
NEWS = (
    '<section><h2>Latest News</h2><ul>'
    '<li><a href="/post/1">Hydrant flushing complete in Zone 3</a> <span>November 20, 2026</span></li>'
    '<li><a href="/post/2">Board adopts 2027 rate schedule</a> <span>November 6, 2026</span></li>'
    "</ul></section>"
)


def observe_page(body: str) -> PageObservations:
    html = f"<html><head><title>Home</title></head><body><main>{body}</main></body></html>"
    return observe(html.encode("utf-8"), "utf-8", HOME, "text/html", TODAY, LEXICON)


EVENTS = [
    # Wix events: a year-less day, this year's (ahead), not last year's
    ('<li><div class="event-date">Dec 09, 6:00 PM</div><a href="/event-details/board-dec">'
     'Regular Board Meeting</a><div>District Office</div></li>'
     '<li><div class="event-date">Jan 13, 6:00 PM</div><a href="/event-details/board-jan">'
     'Regular Board Meeting</a><div>District Office</div></li>'),
    ('<li><span>December 2, 2026</span> <a href="/calendar/dec-2">Board of Commissioners'
     ' Meeting</a> <span>10:00 AM</span></li><li><span>December 8, 2026</span> '
     '<a href="/calendar/dec-8">Planning Commission</a> <span>7:00 PM</span></li>'),
]


@pytest.mark.parametrize("items", EVENTS)
@pytest.mark.parametrize("more", ["", '<a class="more" href="/calendar">View Full Calendar</a>'])
def test_an_events_list_dated_ahead_is_a_column(items: str, more: str) -> None:
    page = observe_page(
        NEWS + f'<section><h2>Upcoming Board Meetings</h2><ul class="events">{items}</ul>{more}</section>'
    )
    events = [c for c in page.columns if c.name == "Upcoming Board Meetings"]
    assert len(events) == 1
    column = events[0]
    assert (column.type, column.newest, column.items, column.dated_items) == ("other", None, 2, 0)
    assert len(column.future) == 2 and all(item.date > TODAY for item in column.future)
    assert page.newest_item == date(2026, 11, 20)
