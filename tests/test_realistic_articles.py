"""Article pages of tests/realistic_articles.py: `page_date` and `inspect`'s page_date
against the truth written with each, on a fixed clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from crawler.config import config_from_mapping
from crawler.dates import page_date
from crawler.inspect import inspect_page
from crawler.models import FetchRecord
from tests.realistic_articles import NOW, TODAY, ArticlePage, all_articles

ARTICLES = {article.name: article for article in all_articles()}


def inspected(article: ArticlePage) -> Any:
    body = article.html.encode("utf-8")
    record = FetchRecord(
        url=article.url,
        final_url=article.url,
        http_status=200,
        body_bytes=len(body),
        content_type="text/html",
    )
    config = config_from_mapping({}, Path("inspect.toml"))
    return inspect_page(article.url, record, body, config, NOW)


def test_the_set() -> None:
    assert 15 <= len(ARTICLES) <= 25
    assert sum(a.name.startswith("zh-") for a in ARTICLES.values()) >= 6


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article_publication_day(name: str) -> None:
    article = ARTICLES[name]
    hit = page_date(LexborHTMLParser(article.html), article.url, TODAY)
    assert (hit and hit.value) == article.truth, (hit, article.notes)


def test_articles_as_inspect_reports_them() -> None:
    wrong = []
    for article in ARTICLES.values():
        page = inspected(article).page
        if page is None or page.page_date != article.truth:
            wrong.append(f"{article.name}: {page and page.page_date}, truth {article.truth}")
    assert not wrong, "\n".join(wrong)


# --- the rules, one by one ------------------------------------------------------------


def _date(html: str, url: str = "https://www.example.com/news/story") -> Any:
    return page_date(LexborHTMLParser(html), url, TODAY)


def test_fabu_riqi_is_the_publication_date_not_chengwen_riqi() -> None:
    hit = _date(ARTICLES["zh-xxgk-table-chengwen-before-fabu"].html)
    assert hit is not None and (hit.value.isoformat(), hit.source) == (
        "2024-11-20",
        "label:发布日期",
    )


def test_a_later_publication_label_wins_over_the_draft_day_in_a_trs_url() -> None:
    article = ARTICLES["zh-trs-url-day-before-fabu"]
    hit = _date(article.html, article.url)
    assert hit is not None and hit.source == "label:发布时间"


def test_a_much_later_publication_meta_does_not_move_a_url_date() -> None:
    article = ARTICLES["wordpress-url-kept-after-migration"]
    hit = _date(article.html, article.url)
    assert hit is not None and hit.source == "url"


def test_a_utc_value_one_day_after_the_url_in_the_small_hours_keeps_the_url() -> None:
    html = (
        '<script type="application/ld+json">{"datePublished":"2024-11-21T02:18:11Z"}</script>'
        "<h1>T</h1><p>x</p>"
    )
    hit = _date(html, "https://www.example.com/2024/11/20/story/")
    assert hit is not None and (hit.value.isoformat(), hit.source) == ("2024-11-20", "url")


def test_a_utc_meta_gives_way_to_the_shown_day_before_only_when_it_can_be_that_evening() -> None:
    shown = '<h1>T</h1><div class="timestamp">November 20, 2024</div>'
    early = '<meta property="article:published_time" content="2024-11-21T02:54:29.000Z">'
    late = '<meta property="article:published_time" content="2024-11-21T15:54:29.000Z">'
    assert _date(early + shown).value.isoformat() == "2024-11-20"
    assert _date(late + shown).value.isoformat() == "2024-11-21"


def test_a_utc_meta_gives_way_to_a_json_ld_with_the_sites_offset() -> None:
    html = (
        '<meta property="article:published_time" content="2024-11-20T23:59:50+00:00">'
        '<script type="application/ld+json">{"datePublished":"2024-11-21T01:59:50+02:00"}</script>'
        "<h1>T</h1>"
    )
    assert _date(html).value.isoformat() == "2024-11-21"


def test_a_sidebar_wrapper_holding_the_headline_is_not_skipped() -> None:
    html = (
        '<div class="content-with-sidebar"><h1>T</h1><span class="date">12 November 2024</span>'
        "<p>" + "Text. " * 50 + "</p></div>"
    )
    assert _date(html).value.isoformat() == "2024-11-12"


def test_an_article_header_inside_the_article_is_read() -> None:
    html = (
        '<header class="site-header"><span class="date">Tuesday, December 10, 2024</span></header>'
        '<article><header class="entry-header"><h2>T</h2><p>" + "Text. " * 20 + "</p>'
        '<span class="date">November 12, 2024</span></header><p>x</p></article>'
    )
    assert _date(html).value.isoformat() == "2024-11-12"
