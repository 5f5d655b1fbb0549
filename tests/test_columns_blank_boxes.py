"""Empty columns shown as a box of a heading, a blank ("Coming soon", "There are no
results.", "No news at this time", 暂无信息) and a link to the box's list page, with no
list (Wix, a GP practice's site builder, CivicLive widgets, Liferay portlets): each is
an empty column, its blank counted toward the empty-columns rule; a box of prose, or
one whose link is a list's, is not."""

from __future__ import annotations

from datetime import date

from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import PageObservations

TODAY = date(2026, 11, 25)
HOME = "http://www.town.test/"
LEXICON = build_lexicon()
NEWS = (
    '<section class="box"><h2>Practice News</h2><ul>'
    '<li><a href="/news/1">Flu clinics now open for booking</a> <span>12 March 2026</span></li>'
    '<li><a href="/news/2">New telephone system from April</a> <span>2 March 2026</span></li>'
    "</ul></section>"
)


def observe_page(body: str) -> PageObservations:
    html = f"<html><head><title>Home</title></head><body><main>{body}</main></body></html>"
    return observe(html.encode("utf-8"), "utf-8", HOME, "text/html", TODAY, LEXICON)


def _empty(page: PageObservations) -> list[tuple[str, str | None, str | None]]:
    return [(c.name, c.empty_marker, c.more_url) for c in page.columns if c.items == 0]


def test_a_heading_a_blank_and_a_link_is_an_empty_column() -> None:
    page = observe_page(
        NEWS + '<section class="box ppg"><h2>PPG Meeting Minutes</h2><p>Coming soon</p>'
        '<p class="more"><a href="/practice/ppg/minutes">View minutes</a></p></section>'
    )
    assert _empty(page) == [
        ("PPG Meeting Minutes", "coming soon", "http://www.town.test/practice/ppg/minutes")
    ]


def test_widgets_in_one_layout_column() -> None:
    """Two widgets side by side in a layout column: each link is its own box's."""
    page = observe_page(
        NEWS + '<div class="col-4"><div class="widget"><h2>Alert Center</h2>'
        '<p>There are no active alerts.</p><a href="/alerts">Alert Center</a></div>'
        '<div class="widget"><h2>Budget &amp; Finance Reports</h2><p>Coming soon</p>'
        '<a href="/budget-finance">Budget &amp; Finance</a></div></div>'
    )
    names = [name for name, _, _ in _empty(page)]
    assert "Budget & Finance Reports" in names


def test_a_portlets_title_above_its_body() -> None:
    """Liferay: the portlet's title in a header bar, the blank and "View All" in its body."""
    page = observe_page(
        NEWS + '<section class="portlet"><div class="portlet-content">'
        '<div class="portlet-header"><div class="autofit-col"><h2 class="portlet-title-text">'
        "Tenders &amp; Quotations</h2></div></div>"
        '<div class="portlet-content-container"><div class="portlet-body">'
        '<div class="asset-publisher-content"><div class="alert alert-info">There are no results.'
        '</div></div><div class="asset-more"><a href="/tenders">View All &raquo;</a></div>'
        "</div></div></div></section>"
    )
    assert [name for name, _, _ in _empty(page)] == ["Tenders & Quotations"]


def test_a_box_of_prose_with_a_link_is_no_column() -> None:
    page = observe_page(
        NEWS + '<section class="box"><h2>About the practice</h2><p>We are a friendly practice of'
        " six doctors serving Oakfield and the villages around it since 1974. A new website"
        " is coming soon, with online booking and repeat prescriptions for all patients.</p>"
        '<a href="/about">About us</a></section>'
    )
    assert _empty(page) == []


def test_a_box_without_a_blank_is_no_column() -> None:
    page = observe_page(
        NEWS + '<section class="box"><h2>Opening hours</h2><p>Monday to Friday 8am to 6.30pm'
        '</p><a href="/contact">Contact us</a></section>'
    )
    assert _empty(page) == []


def test_a_script_filled_alert_bar_or_header_widget_is_no_lists_place() -> None:
    """Revize's chrome: an alert bar and a translate widget a script fills, a column
    page that says "No items to display": the page is empty, not filled by script."""
    html = (
        "<html><head><title>Bid Opportunities</title></head><body>"
        '<div id="alert-bar" class="alert-bar" role="region" aria-label="Alerts"></div>'
        '<header id="header"><div id="google_translate_element"></div>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/bids.php">Bids</a></li></ul></nav>'
        '</header><div id="content"><h1>Bid Opportunities</h1>'
        '<div class="rz-empty">No items to display</div></div>'
        "<script>function googleTranslateElementInit() { new google.translate.TranslateElement("
        "{pageLanguage: 'en'}, 'google_translate_element'); }"
        " $(function(){ $('#alert-bar').load('alert_bar.php #alerts'); });</script>"
        "</body></html>"
    )
    page = observe(
        html.encode("utf-8"),
        "utf-8",
        HOME + "bids.php",
        "text/html",
        TODAY,
        LEXICON,
        section=True,
    )
    assert page.empty_marker == "no items to display"
    assert not page.items_elsewhere


def test_a_tile_announcing_something_coming_soon_is_no_empty_column() -> None:
    """A services tile whose text says something new is coming soon, under its heading
    and beside its link, is news of a service, not a blank (found by review 7)."""
    page = observe_page(
        NEWS + '<section class="tile"><h2>Building permits</h2><p>New online permit system'
        ' coming soon</p><a href="/permits">Learn more</a></section>'
        '<section class="tile"><h2>Council minutes</h2><p>Sorry, there are no results.</p>'
        '<a href="/minutes">Minutes archive</a></section>'
    )
    assert [name for name, _, _ in _empty(page)] == ["Council minutes"]


SCHOOL_NEWS = (
    '<div class="module news"><h2>最新公告</h2><ul><li><a href="/n/1.html">本校冬季運動會交通管制說明</a> 2026-11-24</li>'
    '<li><a href="/n/2.html">十二月份營養午餐菜單公告</a> 2026-11-20</li></ul><a class="more" href="/n/">更多公告</a></div>'
)


def test_a_calendar_box_of_unlinked_event_lines_is_not_empty() -> None:
    # A school's 行事曆: its events as lines without links, and a link to the calendar.
    page = observe_page(
        SCHOOL_NEWS + '<div class="module calendar"><h2>行事曆</h2><ul><li>12/05 冬季運動會</li>'
        "<li>12/24 耶誕英語日</li><li>01/16 期末評量</li><li>01/20 休業式</li></ul>"
        '<a class="more" href="/calendar.html">完整行事曆</a></div>'
    )
    calendar = [c for c in page.columns if c.name == "行事曆"]
    assert calendar and calendar[0].items == 4, page.columns
    # the events' days are no postings: the box is undated
    assert calendar[0].newest is None and calendar[0].empty_marker is None
    # ...while a box whose one line is a blank is still empty
    page = observe_page(
        SCHOOL_NEWS + '<div class="module calendar"><h2>行事曆</h2><ul><li>目前尚無資料</li></ul>'
        '<a class="more" href="/calendar.html">完整行事曆</a></div>'
    )
    assert [(c.name, c.items) for c in page.columns if c.name == "行事曆"] == [("行事曆", 0)]
