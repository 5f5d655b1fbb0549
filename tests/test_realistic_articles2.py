"""Article pages of tests/realistic_articles2.py (second round): `page_date` and
`inspect`'s page_date against the truth written with each, on a fixed clock; then the
causes found, one test each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from crawler.config import config_from_mapping
from crawler.dates import page_date
from crawler.inspect import inspect_page
from crawler.models import FetchRecord
from tests.realistic_articles2 import NOW, TODAY, ArticlePage, all_articles

ARTICLES = {article.name: article for article in all_articles()}
# An address with no date in it: the page's own signals must give the day.
PLAIN_URL = "https://www.example.gov/news/view.aspx?id=12345"


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


def _hit(name: str, url: str | None = None) -> Any:
    article = ARTICLES[name]
    return page_date(LexborHTMLParser(article.html), url or article.url, TODAY)


def test_the_set() -> None:
    assert len(ARTICLES) >= 15
    assert sum(a.name.startswith(("zh-", "tw-", "hk-")) for a in ARTICLES.values()) >= 9


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article_publication_day(name: str) -> None:
    hit = _hit(name)
    assert (hit and hit.value) == ARTICLES[name].truth, (hit, ARTICLES[name].notes)


@pytest.mark.parametrize(
    "name",
    sorted(n for n in ARTICLES if n != "en-url-date-only"),  # its only date is the URL's
)
def test_article_publication_day_without_the_address_date(name: str) -> None:
    hit = _hit(name, PLAIN_URL)
    assert (hit and hit.value) == ARTICLES[name].truth, (hit, ARTICLES[name].notes)


def test_articles_as_inspect_reports_them() -> None:
    wrong = []
    for article in ARTICLES.values():
        page = inspected(article).page
        if page is None or page.page_date != article.truth:
            wrong.append(f"{article.name}: {page and page.page_date}, truth {article.truth}")
    assert not wrong, "\n".join(wrong)


# --- the causes, one by one ------------------------------------------------------------


def test_a_publication_date_written_by_a_script_is_read_after_its_label() -> None:
    hit = _hit("zh-docwrite-fabu-shijian")
    assert hit is not None and (hit.value.isoformat(), hit.source) == (
        "2026-11-20",
        "label:发布时间",
    )


def test_a_script_that_writes_no_date_adds_nothing() -> None:
    html = """<html><body><div class="info">发布时间：<script>document.write(unescape("%3Cspan%3E"))</script>
<span>来源：县政府办</span></div><p>文中提到2026-11-02的会议，以及更多的内容，这是一段较长的正文文字，用于测试。</p>
<script>var stamp="2026-11-24 08:00:00";</script></body></html>"""
    hit = page_date(LexborHTMLParser(html), PLAIN_URL, TODAY)
    assert hit is not None and hit.value.isoformat() == "2026-11-02"


def test_a_later_fabu_riqi_wins_over_an_address_made_on_the_signing_day() -> None:
    hit = _hit("zh-xxgk-url-signing-day-ten-days-before")
    assert hit is not None and (hit.value.isoformat(), hit.source) == (
        "2026-11-20",
        "label:发布日期",
    )


def test_an_address_day_that_is_not_the_signing_day_is_still_kept() -> None:
    article = ARTICLES["zh-xxgk-url-signing-day-ten-days-before"]
    html = article.html.replace("<td>2026-11-10</td>", "<td>2026-11-09</td>")
    hit = page_date(LexborHTMLParser(html), article.url, TODAY)
    assert hit is not None and (hit.value.isoformat(), hit.source) == ("2026-11-10", "url")


@pytest.mark.parametrize(
    "name", ["zh-county-unlabelled-date-line", "en-byline-pipe-right-rail-first"]
)
def test_a_box_titled_as_latest_or_related_is_not_the_article(name: str) -> None:
    hit = _hit(name, PLAIN_URL)
    assert hit is not None and hit.value == ARTICLES[name].truth


def test_a_content_box_titled_with_a_list_title_is_still_the_article() -> None:
    hit = _hit("tw-content-box-titled-column-name")
    assert hit is not None and hit.value.isoformat() == "2026-11-16"


def test_shangjia_riqi_is_a_publication_label_over_an_update_date() -> None:
    hit = _hit("tw-city-news-shangjia-riqi")
    assert hit is not None and (hit.value.isoformat(), hit.source) == (
        "2026-11-20",
        "label:上架日期",
    )


@pytest.mark.parametrize("name", ["hk-press-release-zh", "zh-notice-foot-date-short-sentence"])
def test_a_short_sentence_that_mentions_a_date_is_not_a_dateline(name: str) -> None:
    hit = _hit(name, PLAIN_URL)
    assert hit is not None and (hit.value, hit.source) == (ARTICLES[name].truth, "text")
