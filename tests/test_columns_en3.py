"""Column finding on English public-sector pages: the gaps the blind round 3
(tests/blind_en3.py) left, each on a small page of the markup that real sites share."""

from __future__ import annotations

from datetime import date

from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import PageObservations

TODAY = date(2026, 11, 20)
HOME = "http://www.agency.test/"
LEXICON = build_lexicon()


def observe_page(html: str, url: str = HOME, **mode: bool) -> PageObservations:
    return observe(html.encode("utf-8"), "utf-8", url, "text/html", TODAY, LEXICON, **mode)


def _items(slug: str, days: list[date]) -> str:
    return "".join(
        f'<li><a href="/{slug}/{d.isoformat()}/">{slug.replace("-", " ").title()} item of'
        f' {d:%B} {d.day}</a><span class="date">{d:%b} {d.day}, {d.year}</span></li>'
        for d in days
    )


TABS = {
    "advisories": ("Advisories", [date(2026, 4, 10), date(2026, 1, 22)]),
    "announcements": ("Announcements", [date(2026, 3, 16), date(2026, 2, 2)]),
    "memorandum-circulars": ("Memorandum Circulars", [date(2026, 2, 3), date(2025, 10, 15)]),
}


def _foundation_tabs() -> str:
    titles = "".join(
        f'<li class="tabs-title"><a href="#panel-{slug}">{name}</a></li>'
        for slug, (name, _) in TABS.items()
    )
    panels = "".join(
        f'<div class="tabs-panel" id="panel-{slug}"><ul class="gwt-list">{_items(slug, days)}'
        f'</ul><a class="view-all" href="/{slug}/">View All {name}</a></div>'
        for slug, (name, days) in TABS.items()
    )
    return (
        '<html><body><div class="large-8 columns">'
        f'<ul class="tabs" data-tabs id="info-tabs">{titles}</ul>'
        f'<div class="tabs-content" data-tabs-content="info-tabs">{panels}</div>'
        "</div></body></html>"
    )


def _jquery_ui_tabs() -> str:
    titles = "".join(
        f'<li><a href="#tabs-{i}">{name}</a></li>' for i, (name, _) in enumerate(TABS.values())
    )
    panels = "".join(
        f'<div id="tabs-{i}"><ul>{_items(slug, days)}</ul>'
        f'<p><a href="/{slug}/">View all</a></p></div>'
        for i, (slug, (_, days)) in enumerate(TABS.items())
    )
    return f'<html><body><div id="tabs"><ul>{titles}</ul>{panels}</div></body></html>'


def test_tabs_whose_labels_link_to_their_panels_name_each_panels_list() -> None:
    """Foundation (<li class="tabs-title"><a href="#panel-x">, <div class="tabs-panel"
    id="panel-x">) and jQuery UI tabs, labels longer than 12 characters: each panel is
    its tab's column, not one column named by all three labels."""
    for html in (_foundation_tabs(), _jquery_ui_tabs()):
        page = observe_page(html)
        got = [(c.name, c.type, str(c.newest)) for c in page.columns]
        assert got == [
            ("Advisories", "notice", "2026-04-10"),
            ("Announcements", "notice", "2026-03-16"),
            ("Memorandum Circulars", "policy", "2026-02-03"),
        ]
    # Links to places in the page among other blocks (skip links to the menu and the
    # content) are no tabs: the list keeps its own heading.
    html = (
        '<html><body><ul class="skip"><li><a href="#nav">Skip to menu</a></li>'
        '<li><a href="#content">Skip to content</a></li></ul>'
        '<div class="masthead"><img src="/logo.png" alt="Agency"></div>'
        '<div id="nav"><a href="/about/">About us</a> <a href="/contact/">Contact</a></div>'
        f'<div id="content"><h2>Press Releases</h2><ul>{_items("press", [date(2026, 11, 17)])}'
        '</ul><a href="/press/">View all</a></div></body></html>'
    )
    page = observe_page(html)
    assert [(c.name, str(c.newest)) for c in page.columns] == [("Press Releases", "2026-11-17")]
