"""List finding on English public-sector pages: the gaps the blind round 4
(tests/blind_en4.py) left, each on a small page of the markup that real sites share."""

from __future__ import annotations

from datetime import date

from crawler.extract import observe
from crawler.lexicon import build_lexicon
from crawler.models import PageObservations

TODAY = date(2026, 11, 24)
HOME = "http://www.agency.test/"
LEXICON = build_lexicon()
ROWS = [(date(2025, 12, 1), "Regional Development Assistance Policy"),
        (date(2025, 9, 30), "Aquaculture Leases Policy"),
        (date(2025, 3, 24), "Native Vegetation Clearing Policy for Pastoral Land")]


def observe_page(html: str, url: str = HOME, **mode: bool) -> PageObservations:
    return observe(html.encode("utf-8"), "utf-8", url, "text/html", TODAY, LEXICON, **mode)


def _rows(label: str = "Policy |") -> str:
    return "".join(
        f'<div class="listing__item"><h3 class="listing__title"><a href="/policies/{i}">{t}</a></h3>'
        f'<p class="listing__meta">{label} {d.day} {d:%B} {d.year}</p></div>'
        for i, (d, t) in enumerate(ROWS)
    )


STAMP = (
    '<div class="page-info"><p class="page-info__updated">Last updated: 24 November 2026</p>'
    '<p class="page-info__feedback"><a href="/feedback">Was this page useful?</a></p></div>'
)


def _squiz_list_page(stamp: str = STAMP) -> str:
    return (
        '<html><head><title>Policies</title></head><body>'
        '<nav class="main-nav"><ul><li><a href="/agriculture">Agriculture</a></li>'
        '<li><a href="/fishing">Fishing</a></li></ul></nav>'
        '<main id="main-content"><h1>Policies</h1>'
        '<div class="search-results" id="search-results">'
        '<p class="search-results__summary">Showing 3 results</p>'
        f'<div class="listing__items">{_rows()}</div></div></main>'
        f"{stamp}"
        '<footer><ul><li><a href="/privacy">Privacy</a></li><li><a href="/copyright">Copyright</a>'
        "</li></ul></footer></body></html>"
    )


def test_search_results_hold_a_column_pages_list() -> None:
    """Squiz Matrix and Funnelback list pages (Drupal views with filters too) put the
    column's rows in <div class="search-results">: "search" names a search box, which
    is furniture, but a search's results are the page's list."""
    page = observe_page(_squiz_list_page(stamp=""), HOME + "policies", columns=False)
    assert page.main_list_items == 3
    assert page.main_list_newest == date(2025, 12, 1)


def test_a_page_stamp_is_no_list_item() -> None:
    """"Last updated: <today>" beside a "Was this page useful?" link (written at each
    request) is the page's stamp, not a publication: the column page's list is its rows,
    and nothing on it is newer than its newest row."""
    page = observe_page(_squiz_list_page(), HOME + "policies", columns=False)
    assert page.main_list_newest == date(2025, 12, 1)
    assert page.newest_item == date(2025, 12, 1)
    home = observe_page(
        '<html><body><section><h2>Policies</h2><div class="listing__items">'
        f'{_rows()}</div><p><a href="/policies">View all policies</a></p></section>{STAMP}'
        "</body></html>"
    )
    assert home.newest_item == date(2025, 12, 1)
    assert [(c.name, c.newest) for c in home.columns] == [("Policies", date(2025, 12, 1))]


def test_items_each_dated_by_an_update_label_keep_their_dates() -> None:
    """GOV.UK-style lists date each document "Updated: ...": the label is there on
    every item, so it dates them (a page stamp is there once)."""
    page = observe_page(_squiz_list_page(stamp="").replace("Policy |", "Updated:"),
                        HOME + "policies", columns=False)
    assert page.main_list_items == 3
    assert page.main_list_newest == date(2025, 12, 1)
    one = observe_page(
        '<html><body><main><h1>Guidance</h1><ul><li><a href="/g/1">Water licensing guidance'
        '</a> Updated: 3 November 2026</li><li><a href="/g/2">Grazing permits guidance</a>'
        " Updated: 1 October 2026</li></ul></main></body></html>",
        HOME + "guidance", columns=False,
    )
    assert one.main_list_newest == date(2026, 11, 3)


TILES = [(date(2026, 11, 4), "Coral Bay foreshore upgrade: stage two works begin"),
         (date(2026, 10, 28), "Bushfire season: restricted burning times now apply"),
         (date(2026, 10, 20), "Council adopts Community Strategic Plan 2026-2036"),
         (date(2026, 10, 11), "Cyclone preparedness: get ready before the season")]


def _tiles(count: int) -> str:
    return "".join(
        f'<div class="list-item-container"><article><a href="/news/{i}" class="list-item-link">'
        f'<div class="list-item-block-image"><img src="/t{i}.jpg" alt=""></div>'
        f'<div class="list-item-block-content"><h3 class="list-item-title">{t}</h3>'
        f'<p class="list-item-block-date"><span class="published-on">{d.day} {d:%B} {d.year}'
        "</span></p></div></a></article></div>"
        for i, (d, t) in enumerate(TILES[:count])
    )


def test_whole_card_links_in_lone_articles_are_items() -> None:
    """OpenCities tiles: each <article> (alone in its wrapper) holds one link that is
    the whole card, its title and date inside. Each tile is an item; the run of them
    is no single item (whose date would be one tile's)."""
    page = observe_page(
        '<html><body><div id="main"><h1>Council news</h1>'
        f'<div class="news-article-list list-container">{_tiles(4)}</div></div></body></html>',
        HOME + "news", columns=False,
    )
    assert page.main_list_items == 4
    assert page.main_list_newest == date(2026, 11, 4)
    home = observe_page(
        '<html><body><section class="news-list-container"><h2 class="section-title">'
        f'Council news</h2><div class="news-article-list list-container">{_tiles(3)}</div>'
        '<a class="button-more" href="/news">More news</a></section></body></html>'
    )
    assert [(c.name, c.items, c.newest) for c in home.columns] == [
        ("Council news", 3, date(2026, 11, 4))
    ]


def _elementor_post(d: date, t: str, i: int) -> str:
    url = f"/{d.year}/{d.month:02d}/{d.day:02d}/post-{i}/"
    return (
        f'<article class="elementor-post elementor-grid-item post-{i}">'
        f'<a class="elementor-post__thumbnail__link" href="{url}"><div class="elementor-post__'
        f'thumbnail"><img src="/p{i}.jpg" alt=""></div></a><div class="elementor-post__text">'
        f'<h3 class="elementor-post__title"><a href="{url}">{t}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{d.day} '
        f'{d:%B} {d.year}</span></div><a class="elementor-post__read-more" href="{url}">'
        "Read More &raquo;</a></div></article>"
    )


def test_a_posts_read_more_link_makes_no_empty_column() -> None:
    """Elementor's post grid (thumbnail link, title, date, then "Read More »" to the
    same post): the "Read More" is the post's own link, not a column's "more" link, and
    the post's title above it is no heading of an empty column."""
    posts = [(date(2025, 9, 15), "Mayor hands over RDP houses in Ward 7"),
             (date(2025, 8, 28), "Municipality hosts Heritage Month celebration"),
             (date(2025, 8, 6), "Women's Month dialogue with local cooperatives")]
    page = observe_page(
        '<html><body><div class="elementor-widget-wrap"><div class="elementor-widget '
        'elementor-widget-heading"><h2 class="elementor-heading-title">Latest News</h2></div>'
        '<div class="elementor-widget elementor-widget-posts"><div class="elementor-posts-'
        'container elementor-posts elementor-grid">'
        + "".join(_elementor_post(d, t, i) for i, (d, t) in enumerate(posts))
        + '</div></div><a class="elementor-button" href="/category/news/">More News</a>'
        "</div></body></html>"
    )
    assert [(c.name, c.items) for c in page.columns] == [("Latest News", 3)]
