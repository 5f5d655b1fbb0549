"""A widget's date issued today beside its one link ("Fire Danger Rating: HIGH (issued
26/11/2026)", "Emergency information") is no list of one item at depth full: the sweep
leaves it out (date_patterns `issued`), and so do the homepage's lists. A column's one
item dated today beside its "more" link keeps its date, and so does a list of releases
each "Issued ..." (the page shows the word before older dates)."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract import observe

NOW = date(2026, 11, 26)
URL = "https://www.example-shire.vic.gov.au/"

FIRE = (
    '<div class="emergency-banner"><h2>Fire Danger Rating</h2><p>Central district: '
    "<strong>HIGH</strong> (issued 26/11/2026). Total Fire Ban: No.</p>"
    '<a href="/Emergencies">Emergency information</a></div>'
)
FIRE_P = (
    '<div class="widget fire"><h2>Fire Danger Rating</h2><p>North Central district: '
    '<span class="fdr">HIGH</span> (as at 25 November 2026)</p>'
    '<p><a href="https://www.cfa.vic.gov.au/warnings-restrictions">CFA warnings and restrictions</a></p></div>'
)
NEWS = (
    '<section class="news"><h2>Latest news</h2><ul>'
    '<li><a href="/news/pool-opening">Outdoor pool season opening hours</a> <span>12/03/2024</span></li>'
    '<li><a href="/news/fire-notices">Fire prevention notices issued</a> <span>02/03/2024</span></li>'
    '<li><a href="/news/grants">Community grants round two now open</a> <span>20/02/2024</span></li>'
    '</ul><a href="/news">More news</a></section>'
)
ONE_TODAY = (
    '<section class="notices"><h2>Public notices</h2><ul>'
    '<li><a href="/notices/road-closure">Road closure - Station Lane resurfacing</a> <span>26/11/2026</span></li>'
    '</ul><a href="/notices">More public notices</a></section>'
)
RELEASES = (
    '<section class="releases"><h2>Media releases</h2><ul>'
    '<li><a href="/media/a">Budget adopted for 2026-27</a> <span>Issued 26/11/2026</span></li>'
    '</ul><a href="/media">More media releases</a></section>'
    '<section class="archive"><h2>Earlier releases</h2><ul>'
    '<li><a href="/media/b">Mayor elected</a> <span>Issued 06/11/2025</span></li>'
    '<li><a href="/media/c">Library hours change</a> <span>Issued 30/10/2025</span></li>'
    "</ul></section>"
)


def _page(*boxes: str) -> bytes:
    body = "".join(boxes)
    return (
        '<!doctype html><html lang="en-AU"><head><meta charset="utf-8"><title>Home | Example Shire</title>'
        f"</head><body><main>{body}</main></body></html>"
    ).encode()


def _newest(page: bytes, lists: bool) -> date | None:
    return observe(page, "utf-8", URL, "text/html", now=NOW, lists=lists).newest_item


@pytest.mark.parametrize("widget", [FIRE, FIRE_P], ids=["issued", "as-at-yesterday"])
def test_issued_widget_dates_no_list(widget: str) -> None:
    page = _page(widget, NEWS)
    assert _newest(page, lists=False) == date(2024, 3, 12)
    assert _newest(page, lists=True) == date(2024, 3, 12)
    # A column's one item dated today, beside its "more" link, keeps its date.
    page = _page(widget, ONE_TODAY, NEWS)
    assert _newest(page, lists=True) == NOW
    assert _newest(page, lists=False) == NOW
    # A list of releases, each "Issued ...", older ones too: its one of today stays.
    page = _page(widget, RELEASES, NEWS)
    assert _newest(page, lists=True) == NOW
    assert _newest(page, lists=False) == NOW
