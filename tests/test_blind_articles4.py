"""Blind evaluation 4: the article-page date (`page_date`) of 40 European and
English-language article pages written before any run (tests/blind_articles4.py),
read as `python -m crawler inspect URL` reads them: fetched over HTTP from 127.0.0.1
under their own host names (the `[network] resolve` override, no system DNS), then
each page's date by the same stages one by one; then the causes found, one by one."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiohttp import web
from selectolax.lexbor import LexborHTMLParser

from crawler.config import config_from_mapping
from crawler.dates import page_date
from crawler.inspect import inspect_sources
from tests.blind_articles4 import NOW, PAGES, ArticlePage
from tests.conftest import farm_mapping

TODAY = dt.date.fromisoformat(NOW)
_BY_PLACE = {(urlsplit(p.url).hostname, urlsplit(p.url).path): p for p in PAGES}


@pytest.fixture
async def article_server() -> AsyncIterator[int]:
    """Each page at its own host and path (routed by the Host header), on 127.0.0.1."""

    async def serve(request: web.Request) -> web.StreamResponse:
        host = (request.host or "").split(":", 1)[0]
        page = _BY_PLACE.get((host, request.path))
        if page is None:
            raise web.HTTPNotFound()
        return web.Response(text=page.html, content_type="text/html", charset="utf-8")

    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", serve)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield runner.addresses[0][1]
    finally:
        await runner.cleanup()


async def test_inspect_finds_each_pages_publication_date(
    article_server: int, tmp_path: Path
) -> None:
    port = article_server
    hosts = {urlsplit(p.url).hostname or "" for p in PAGES}
    mapping = farm_mapping(
        port,
        tmp_path,
        crawler={"max_page_bytes": 262_144},
        network={"resolve": {host: f"127.0.0.1:{port}" for host in hosts}},
    )
    config = config_from_mapping(mapping, tmp_path / "test.toml")
    now = dt.datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=config.rules.zone)
    # Plain HTTP to the local server: the scheme is no part of a page's date.
    sources = [p.url.replace("https://", "http://", 1) for p in PAGES]
    wrong = []
    count = 0
    async for item in inspect_sources(sources, config, now):
        page = PAGES[count]
        count += 1
        assert item.page is not None, (page.key, item.fetch.error_kind)
        found = item.page.page_date.isoformat() if item.page.page_date else None
        if found != page.truth:
            wrong.append((page.key, page.truth, found, item.page.page_date_source))
    assert count == len(PAGES) == 40
    assert wrong == []


@pytest.mark.parametrize("page", PAGES, ids=[p.key for p in PAGES])
def test_page_date(page: ArticlePage) -> None:
    hit = page_date(LexborHTMLParser(page.html), page.url, TODAY)
    assert (hit.value.isoformat() if hit else None) == page.truth, (page.note, hit)


# The causes, one by one.


def _date_of(html: str, url: str = "https://www.example.fr/actualites/a-1") -> str | None:
    hit = page_date(LexborHTMLParser(html), url, TODAY)
    return hit.value.isoformat() if hit else None


_PROSE = (
    "<p>"
    + "Le texte de la page explique la démarche, les pièces à fournir et le coût. " * 3
    + "</p>"
)


def test_a_label_on_each_card_of_a_list_of_other_pages_is_not_the_pages_date() -> None:
    """A box of other pages whose cards each say "Publié le ..." (service-public.fr's
    "Actualités sur ce thème", a title no lexicon knows) is no part of the page: its
    labels do not date it, at the published, generic or update label stage."""
    for label in ("Publié le", "Date :", "Mis à jour le"):
        cards = "".join(
            f'<li class="fr-card"><h3><a href="/actualites/A{n}">Actualité {n}</a></h3>'
            f'<p class="fr-card__detail">{label} {d} novembre 2026</p></li>'
            for n, d in ((1, 24), (2, 19))
        )
        page = (
            f"<html><body><h1>Carte d'identité</h1>{_PROSE}"
            f"<section><h2>Actualités sur ce thème</h2><ul>{cards}</ul></section></body></html>"
        )
        assert _date_of(page) is None, label
        # The page's own label still counts, before or after such a box.
        own = page.replace(_PROSE, f"<p>{label} 3 octobre 2026</p>{_PROSE}")
        assert _date_of(own) == "2026-10-03", label


def test_verified_on_is_the_date_of_a_page_that_shows_no_other() -> None:
    """service-public.fr's "Vérifié le 01 octobre 2026 - Direction de l'information
    légale et administrative" is the day the page was checked: an update label, used
    when nothing says published."""
    page = (
        "<html><body><h1>Carte d'identité d'un majeur</h1>"
        "<p>Vérifié le 01 octobre 2026 - Direction de l'information légale et administrative "
        f"(Première ministre)</p>{_PROSE}</body></html>"
    )
    hit = page_date(
        LexborHTMLParser(page), "https://www.service-public.fr/particuliers/vosdroits/F1342", TODAY
    )
    assert hit is not None and hit.value == dt.date(2026, 10, 1)
    assert hit.source == "updated:label:vérifié le"
    published = page.replace("<h1>", "<p>Publié le 12 mars 2025</p><h1>")
    assert _date_of(published) == "2025-03-12"


def test_a_press_releases_own_date_beats_the_page_stamp() -> None:
    """A prefecture's page shows "Mis à jour le 24/11/2026" under its title and the
    release's own line "Communiqué de presse du 20 novembre 2026"; a Land's "Pressemitteilung
    vom 13.11.2026" over a footer "Stand: 25.11.2026": the release's date is the page's."""
    fr = (
        "<html><body><h1>Vigilance orange neige-verglas</h1><p>Mis à jour le 24/11/2026</p>"
        f"<p><strong>Communiqué de presse du 20 novembre 2026</strong></p>{_PROSE}</body></html>"
    )
    assert _date_of(fr, "https://www.bas-rhin.gouv.fr/Actualites/cp-vigilance") == "2026-11-20"
    de = (
        "<html><body><div>Stand: 25.11.2026</div><h1>Land fördert Radwege</h1>"
        "<p>Ihre Ansprechpartnerin in der Pressestelle erreichen Sie unter der unten genannten "
        "Telefonnummer. Pressemitteilung vom 13.11.2026</p><p>Das Land stellt 45 Millionen "
        "Euro bereit. Das hat die Landesregierung am Dienstag beschlossen.</p></body></html>"
    )
    assert _date_of(de, "https://www.land.example.de/presse/radwege") == "2026-11-13"


@pytest.mark.parametrize(
    "banner",
    [
        '<div class="cookie-notice"><p>Our cookie policy was last updated on 1 November 2026.</p>'
        "<button>Accept</button></div>",
        '<div id="cmplz-cookiebanner-container" class="cmplz-cookiebanner"><p>Privacy policy '
        "updated 25 November 2026.</p></div>",
        '<div class="consent-layer"><p>Stand der Datenschutzerklärung: 25.11.2026</p></div>',
    ],
)
def test_a_cookie_banners_date_is_not_the_pages(banner: str) -> None:
    """A cookie or consent banner's date is its policy's, not the page's: an event page
    whose only other dates are ahead has none."""
    page = (
        f"<html><body>{banner}<h1>Open Day</h1><p><strong>Saturday 13 March 2027</strong>, "
        f"10am – 2pm</p>{_PROSE}<footer>© 2026 Leeds City College</footer></body></html>"
    )
    assert _date_of(page, "https://www.college.example.ac.uk/events/open-day/") is None
