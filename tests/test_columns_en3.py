"""Column finding on English public-sector pages: the gaps the blind round 3
(tests/blind_en3.py) left, each on a small page of the markup that real sites share."""

from __future__ import annotations

from datetime import date

from crawler.check import column_states
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


BLANK_VIEWS = [
    ("Public Notices", "Avis publics", "public-notices", "notice"),
    ("By-laws", "Règlements municipaux", "by-laws", "policy"),
    ("Job Postings", "Offres d’emploi", "job-postings", "personnel"),
    ("Council Minutes", "Procès-verbaux du conseil", "council-minutes", "other"),
]


def _blank_view(en: str, fr: str, slug: str) -> str:
    return (
        f'<section class="block block-views col-md-6"><h2 class="block-title">{en} / '
        f'<span lang="fr">{fr}</span></h2><div class="views-element-container"><div class="view'
        f' view-{slug}"><div class="view-empty"><p>No content available. / <span lang="fr">'
        "Aucun contenu disponible.</span></p></div></div></div>"
        f'<div class="more-link"><a href="/en/{slug}">View all / Voir tout</a></div></section>'
    )


def test_blank_views_under_bilingual_headings_are_empty_columns() -> None:
    """A Canadian town's blank Drupal views: each is its heading's column (a heading in
    accented Latin is as long as an English one may be; the box's "View all / Voir
    tout" link is no heading), and says it is empty."""
    html = "<html><body><main><div class=\"row\">" + "".join(
        _blank_view(en, fr, slug) for en, fr, slug, _ in BLANK_VIEWS
    ) + "</div></main></body></html>"
    page = observe_page(html)
    assert [(c.name, c.type, c.items, c.empty_marker) for c in page.columns] == [
        (f"{en} / {fr}", kind, 0, "no content available") for en, fr, _, kind in BLANK_VIEWS
    ]


def test_a_column_page_whose_main_region_says_it_is_empty_lists_nothing() -> None:
    """The links of a utility bar above the page's <main> (Contact us, Pay online) are
    no list of the column's: its <main> says "No content available."."""
    html = (
        '<html><body><div class="utility-bar"><ul class="list-inline">'
        '<li><a href="/fr">Français</a></li><li><a href="/en/contact-us">Contact Us / Nous'
        ' joindre</a></li><li><a href="https://pay.town.test/">Pay Online / Payer en ligne</a>'
        '</li><li><a href="/en/report">Report a Problem / Signaler un problème</a></li></ul>'
        '</div><main id="main-content"><h1>By-laws / <span lang="fr">Règlements municipaux'
        '</span></h1><div class="view-empty"><p>No content available. / <span lang="fr">'
        "Aucun contenu disponible.</span></p></div></main></body></html>"
    )
    page = observe_page(html, HOME + "en/by-laws", columns=False)
    assert (page.main_list_items, page.empty_marker) == (0, "no content available")
    # A list in the main region is the page's own, whatever the bar above it.
    listed = html.replace(
        '<div class="view-empty">', f'<ul>{_items("by-laws", [date(2026, 3, 2)])}</ul><div>'
    )
    page = observe_page(listed, HOME + "en/by-laws", columns=False)
    assert (page.main_list_items, str(page.main_list_newest)) == (1, "2026-03-02")


def _box(heading: str, slug: str, says: str) -> str:
    return (
        f'<div class="widget"><h3 class="widgetHeader"><a href="/{slug}/">{heading}</a></h3>'
        f'<div class="widgetBody"><p>{says}</p></div><a class="widgetViewAll" href="/{slug}/">'
        "View All</a></div>"
    )


def test_an_alert_box_with_no_alert_out_is_no_empty_column() -> None:
    """An alert channel's "There are no Alerts at this time." (暂无预警) is its normal
    state, not a blank column left behind: not counted as empty, whether its heading
    (Alert Center, 预警信息) or what it says (a 突发事件 box's 暂无预警) names it; an
    empty news or notice column that mentions alerts still is."""
    boxes = [
        ("Alert Center", "alerts", "There are no Alerts at this time.", False),
        ("Emergency Alerts", "emergency", "There are no active alerts.", False),
        ("预警信息", "yjxx", "暂无信息", False),
        ("突发事件", "tfsj", "暂无预警信息", False),
        ("News and Alerts", "news", "There are no news items at this time.", True),
        ("Public Notices", "notices", "There are currently no public notices.", True),
    ]
    html = "<html><body>" + "".join(_box(h, s, says) for h, s, says, _ in boxes) + "</body></html>"
    page = observe_page(html)
    assert [c.name for c in page.columns] == [h for h, *_ in boxes]
    states = column_states(page, HOME, [])
    assert [(s.name, s.empty) for s in states] == [(h, empty) for h, _, _, empty in boxes]


def test_collection_items_in_drupal_view_rows_are_one_list() -> None:
    """USWDS collection items each in a Drupal view's row (<ul class="usa-collection">
    <div class="views-row"><li class="usa-collection__item">): the rows are the items of
    one list under the block's heading, not one list of one item each, too deep for
    the heading to be found."""
    rows = "".join(
        f'<div class="views-row"><li class="usa-collection__item"><div class="usa-collection__body">'
        f'<h3 class="usa-collection__heading"><a href="/news-releases/{d.isoformat()}">News'
        f" release of {d:%B} {d.day} on permits</a></h3><ul class=\"usa-collection__meta\">"
        f'<li class="usa-collection__meta-item"><time datetime="{d.isoformat()}T12:00:00Z">'
        f"{d:%B} {d.day}, {d.year}</time></li></ul></div></li></div>"
        for d in (date(2026, 11, 18), date(2026, 11, 13), date(2026, 11, 5))
    )
    html = (
        '<html><body><main><div class="block block-views"><h2 class="block-title">News Releases'
        '</h2><div class="views-element-container"><div class="view view-news-releases">'
        f'<div class="view-content"><ul class="usa-collection">{rows}</ul></div>'
        '<div class="more-link"><a href="/news-releases">More news releases</a></div></div>'
        "</div></div></main></body></html>"
    )
    page = observe_page(html)
    assert [(c.name, c.type, c.items, str(c.newest)) for c in page.columns] == [
        ("News Releases", "news", 3, "2026-11-18")
    ]


def test_a_boxs_own_header_names_its_list() -> None:
    """Finalsite's <section class="fsElement"><header><h2>District News</h2></header>: the
    box's own <header> is its heading, not page furniture; the hero's <h1> above it
    named the stale news carousel (type other: not judged)."""
    posts = "".join(
        f'<article class="fsBoard-12"><div class="fsTitle"><a class="fsPostLink" href="/fs/posts/'
        f'{d.isoformat()}">District post of {d:%B} {d.day}</a></div><div class="fsDateTime">'
        f'<time datetime="{d.isoformat()}T08:00:00-07:00"><span class="fsMonth">{d:%B}</span>'
        f' <span class="fsDay">{d.day}</span>, <span class="fsYear">{d.year}</span></time></div>'
        "</article>"
        for d in (date(2026, 10, 15), date(2026, 10, 8), date(2026, 9, 29))
    )
    html = (
        '<html><body><header id="fsHeader"><ul class="fsUtilityNav"><li><a href="/schools">Our'
        ' Schools</a></li></ul></header><main><section class="fsElement fsSlideshow"><div class'
        '="fsSlideCaption"><h1>Every Student. Every Day. Every Opportunity.</h1></div></section>'
        '<section class="fsElement fsPostElement"><header><h2 class="fsElementTitle">District'
        f' News</h2></header><div class="fsElementContent fsListItems">{posts}</div><footer><a'
        ' class="fsElementFooterLink" href="/news">More District News</a></footer></section>'
        "</main></body></html>"
    )
    page = observe_page(html)
    assert [(c.name, c.type, str(c.newest), c.more_url) for c in page.columns] == [
        ("District News", "news", "2026-10-15", HOME + "news")
    ]


def test_the_sweep_reads_a_date_split_over_spans_in_a_time_element() -> None:
    """The homepage sweep reads one text node per line: Finalsite's <time><span>October
    </span> <span>15</span>, <span>2026</span></time> held no date on any line, and the
    stale homepage was undated. The <time>'s text, joined as shown, is read too."""
    posts = "".join(
        f'<article><a href="/fs/posts/{n}">District post number {n}</a>'
        f'<div class="fsDateTime"><time datetime="{d.isoformat()}T08:00:00-07:00">'
        f'<span class="fsMonth">{d:%B}</span> <span class="fsDay">{d.day}</span>, '
        f'<span class="fsYear">{d.year}</span></time></div></article>'
        for n, d in ((2, date(2026, 10, 15)), (1, date(2026, 10, 8)))
    )
    html = (
        f"<html><body><main>{posts}</main><footer><p>Phone: (916) 555-0188</p>"
        "<p>© 2026 Cedar Valley Unified School District | Powered by Finalsite</p>"
        "</footer></body></html>"
    )
    assert observe_page(html, lists=False).newest_item == date(2026, 10, 15)
