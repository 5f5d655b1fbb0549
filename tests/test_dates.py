"""Dates in text, URLs and pages (crawler/dates.py): formats, traps, and page sources."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from crawler.dates import (
    _NOT_LETTER_AFTER,
    _NOT_LETTER_BEFORE,
    _URL_FORMS,
    EARLIEST,
    SLACK,
    STAGES,
    DateHit,
    _alternation,
    _lexicon,
    _make,
    _month_word_pattern,
    date_in_url,
    dates_in_text,
    item_date,
    newest_date_in_page_text,
    newest_date_in_text,
    newest_date_in_urls,
    newest_visible_date,
    page_date,
    parse_date_value,
    stage_of,
)

NOW = date(2026, 11, 25)
NEW_YEAR = date(2027, 1, 3)
D = date(2024, 11, 20)


# --------------------------------------------------------------------------------------
# Text formats

FORMATS = [
    ("2024-11-20", [D]),
    ("2024-1-5", [date(2024, 1, 5)]),
    ("2024/11/20", [D]),
    ("2024.11.20", [D]),
    ("2024年11月20日", [D]),
    ("2024年11月20日 10:30", [D]),
    ("2024 年 11 月 20 日", [D]),
    ("２０２４年１１月２０日", [D]),
    ("２０２４－１１－２０", [D]),
    ("2024-11-20 10:30:00", [D]),
    ("2024-11-20T08:00:00+08:00", [D]),
    ("发布时间：2024-11-20 10:30　来源：县政府办", [D]),
    ("2024년 11월 20일", [D]),
    # ROC calendar
    ("113-11-20", [D]),
    ("113/11/20", [D]),
    ("113.11.20", [D]),
    ("發布日期：113-11-20", [D]),
    ("民國113年11月20日", [D]),
    ("中華民國113年11月20日", [D]),
    ("民国113年11月20日", [D]),
    ("中华民国 113 年 11 月 20 日", [D]),
    ("113年11月20日", [D]),
    ("民國99年1月5日", [date(2010, 1, 5)]),
    # Western forms
    ("November 20, 2024", [D]),
    ("Nov 20, 2024", [D]),
    ("Nov. 20th, 2024", [D]),
    ("Wednesday, November 20 2024", [D]),
    ("20 Nov 2024", [D]),
    ("20 November 2024", [D]),
    ("20th of November, 2024", [D]),
    ("20-Nov-2024", [D]),
    ("Wed, 20 Nov 2024 08:00:00 GMT", [D]),
    ("20.11.2024", [D]),
    ("20. 11. 2024", [D]),
    ("20-11-2024", [D]),
    ("20/11/2024", [D]),
    ("11/20/2024", [D]),
    ("11/05/2024", [date(2024, 11, 5)]),  # slash, both could be months: US order
    ("05.11.2024", [date(2024, 11, 5)]),  # dots: day first
    ("20. November 2024", [D]),
    ("20 de noviembre de 2024", [D]),
    ("20 novembre 2024", [D]),
    ("20 листопада 2024", [D]),
    ("20 ноября 2024 г.", [D]),
    ("2024. november 20.", [D]),
    ("24 نيسان / أبريل 2020", [date(2020, 4, 24)]),
    # several, in order of appearance
    ("2024-11-18 至 2024年11月20日", [date(2024, 11, 18), D]),
]


@pytest.mark.parametrize(("text", "expected"), FORMATS)
def test_formats(text: str, expected: list[date]) -> None:
    assert dates_in_text(text, NOW) == expected


YEARLESS = [
    # (text, now, expected)
    ("[11-20] 县政府召开常务会议", NOW, [date(2026, 11, 20)]),
    ("县政府召开常务会议 11-20", NOW, [date(2026, 11, 20)]),
    ("县政府召开常务会议11-20", NOW, [date(2026, 11, 20)]),
    ("县政府召开常务会议 11-20 10:30", NOW, [date(2026, 11, 20)]),
    ("11-20 县政府召开常务会议", NOW, [date(2026, 11, 20)]),
    ("县政府召开常务会议（11-20）", NOW, [date(2026, 11, 20)]),
    ("【11-20】县政府召开常务会议", NOW, [date(2026, 11, 20)]),
    ("11月20日", NOW, [date(2026, 11, 20)]),
    ("11月20日县长调研", NOW, [date(2026, 11, 20)]),
    ("１１月２０日", NOW, [date(2026, 11, 20)]),
    ("[11-26]", NOW, [date(2026, 11, 26)]),  # tomorrow: a site a time zone ahead
    ("[11-27]", NOW, [date(2025, 11, 27)]),  # later than tomorrow: last year's
    ("[02-29]", NOW, [date(2024, 2, 29)]),  # the latest leap year
    # across New Year
    ("[12-30] 关于元旦放假的通知", NEW_YEAR, [date(2026, 12, 30)]),
    ("关于元旦放假的通知 12-30", NEW_YEAR, [date(2026, 12, 30)]),
    ("12月30日", NEW_YEAR, [date(2026, 12, 30)]),
    ("[01-02] 新年贺词", NEW_YEAR, [date(2027, 1, 2)]),
    ("[01-04] 新年贺词", NEW_YEAR, [date(2027, 1, 4)]),
    ("[01-05] 旧闻", NEW_YEAR, [date(2026, 1, 5)]),
    # mid-sentence M-D is a range, not a date
    ("适用于 10-12 岁儿童的读本", NOW, []),
    ("10-12岁儿童", NOW, []),
    ("第12-15条", NOW, []),
    ("共 12/20 页", NOW, []),
]


@pytest.mark.parametrize(("text", "now", "expected"), YEARLESS)
def test_yearless(text: str, now: date, expected: list[date]) -> None:
    assert dates_in_text(text, now) == expected


TRAPS = [
    "© 2015-2024 示例县人民政府 版权所有",
    "版权所有 2003-2024 示例县人民政府",
    "Copyright 2024 Example Town. All rights reserved.",
    "Copyright © 2024-11-20 Example",
    "京ICP备12345678号-1 浙公网安备 33010602000001号",
    "网站标识码：3301000001",
    "2027-01-01",  # future
    "2026-11-27",  # later than now + 1 day
    "2027年1月1日起施行",  # future effective date
    "关于《条例》自2026年1月1日起施行的公告",  # past effective date: not an update
    "今天是2026年11月25日 星期三",  # a clock
    "今天是：2026-11-25",
    "2024年",  # a year is not a date
    "2024年11月",
    "2024-11",
    "2024-02-30",  # not a calendar day
    "2023-02-29",
    "2024-13-01",
    "2024年2月30日",
    "1994-12-31",  # before 1995
    "1990年5月1日",
    "0571-88888888",  # phone numbers
    "400-123-4567",
    "(0571)88888888",
    "电话：010-12345678",
    "Python 3.11.7",  # versions
    "v2.0.11",
    "192.168.1.1",  # IP addresses
    "202.113.11.20",
    "10.11.20.24",
    "ID 123-45-678",
    "2024-11-2012",
    "12345678",
    "20241120",  # compact digits only count in URLs
    "价格 11.20 元",
    "",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps(text: str) -> None:
    assert dates_in_text(text, NOW) == []


def test_now_plus_slack_is_allowed() -> None:
    assert dates_in_text("2026-11-26", NOW) == [date(2026, 11, 26)]
    assert dates_in_text("2026-11-25 09:00", NOW) == [NOW]


def test_newest_and_item_date() -> None:
    text = "关于2026年11月1日调整公交线路的通知 2026-10-20"
    assert newest_date_in_text(text, NOW) == date(2026, 11, 1)
    assert item_date(text, NOW) == date(2026, 10, 20)  # the date at the item's end
    assert item_date("[10-20] 关于2026年11月1日调整公交线路的通知", NOW) == date(2026, 10, 20)
    assert item_date("2026年10月20日 县长调研 2025年 工作", NOW) == date(2026, 10, 20)
    assert item_date("无日期的条目", NOW) is None
    assert newest_date_in_text("无日期", NOW) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-20T08:00:00+08:00", D),
        ("2024-11-20 10:00", D),
        ("20241120", D),
        ("202411201030", D),
        ("20241120103000", D),
        ("1732060800", D),  # epoch seconds, 2024-11-20T00:00:00Z
        ("1732060800000", D),  # epoch milliseconds
        ("Wed, 20 Nov 2024 08:00:00 GMT", D),
        ("2024/11/20", D),
        ("2099-01-01", None),
        ("", None),
        ("not a date", None),
    ],
)
def test_parse_date_value(value: str, expected: date | None) -> None:
    assert parse_date_value(value, NOW) == expected


# --------------------------------------------------------------------------------------
# URLs

URLS = [
    ("http://www.gov.cn/zhengce/202411/t20241120_123456.html", D),
    ("http://www.example.gov.cn/art/2024/11/20/art_1229_123.html", D),
    ("https://news.example.com/2024/11/20/some-story/", D),
    ("https://news.example.com/2024/1/5/some-story/", date(2024, 1, 5)),
    ("https://example.com/news/2024-11-20/slug", D),
    ("https://example.com/20241120/abc.html", D),
    ("https://example.com/art_2024_11_20_12.html", D),
    ("http://www.news.cn/politics/2024-11/20/c_1130221234.htm", D),
    ("http://politics.people.com.cn/n1/2024/1120/c1001-40123456.html", D),
    ("https://example.com/story?date=2024-11-20", D),
    ("https://example.com/article/12345678", None),
    ("https://example.com/product/1202411200001", None),
    ("https://example.com/2024/", None),
    ("https://example.com/p/20241340/", None),
    ("https://example.com/2099/01/01/future", None),
    ("https://20241120.example.com/", None),  # the host is not the path
    ("http://www.example.gov.tw/News_Content.aspx?n=1&s=2", None),
    ("not a url", None),
]


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_date_in_url(url: str, expected: date | None) -> None:
    assert date_in_url(url, NOW) == expected


# --------------------------------------------------------------------------------------
# Pages

ARTICLE_URL = "http://www.example.gov.cn/art/news/12345.html"


def article(head: str = "", body: str = "", footer: bool = True) -> str:
    foot = (
        '<div class="footer">版权所有 © 2015-2026 示例县人民政府 京ICP备12345678号-1 '
        "联系电话：0571-88888888</div>"
        if footer
        else ""
    )
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例</title>'
        f"{head}</head><body><h1>县政府召开常务会议</h1>{body}"
        "<p>会议研究部署了冬季安全生产工作。</p>"
        f'<script>var built = "2026-11-24";</script>{foot}</body></html>'
    )


PAGES = [
    # (id, html, url, expected date, expected source)
    (
        "meta-og",
        article('<meta property="article:published_time" content="2024-11-20T08:00:00+08:00">'),
        ARTICLE_URL,
        D,
        "meta:article:published_time",
    ),
    (
        "meta-pubdate-cms",
        article(
            '<meta name="ArticleTitle" content="县政府召开常务会议">'
            '<meta name="PubDate" content="2024-11-20 10:00">'
            '<meta name="ContentSource" content="县政府办">'
        ),
        ARTICLE_URL,
        D,
        "meta:pubdate",
    ),
    (
        "meta-firstpublishedtime",
        article('<meta name="firstpublishedtime" content="2024-11-20-10:00:00">'),
        ARTICLE_URL,
        D,
        "meta:firstpublishedtime",
    ),
    (
        "meta-dc",
        article('<meta name="DC.date.issued" content="2024-11-20">'),
        ARTICLE_URL,
        D,
        "meta:dc.date.issued",
    ),
    (
        "meta-published-beats-modified",
        article(
            '<meta property="article:modified_time" content="2024-11-22T08:00:00Z">'
            '<meta property="article:published_time" content="2024-11-20T08:00:00Z">'
        ),
        ARTICLE_URL,
        D,
        "meta:article:published_time",
    ),
    (
        "jsonld",
        article(
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"dateModified": "2024-11-22T09:00:00Z", "datePublished": "2024-11-20T08:00:00Z"}'
            "</script>"
        ),
        ARTICLE_URL,
        D,
        "jsonld",
    ),
    (
        "time-pubdate",
        article(body='<time datetime="2024-11-20T08:00" pubdate>11月20日</time>'),
        ARTICLE_URL,
        D,
        "time:pubdate",
    ),
    (
        "time",
        article(body='<p>By Jane Roe <time datetime="2024-11-20">Nov 20</time></p>'),
        ARTICLE_URL,
        D,
        "time",
    ),
    (
        "itemprop",
        article(body='<span itemprop="datePublished" content="2024-11-20">2024年11月20日</span>'),
        ARTICLE_URL,
        D,
        "itemprop",
    ),
    (
        "url-gov-cn",
        article(body="<p>正文</p>"),
        "http://www.gov.cn/zhengce/202411/t20241120_123456.html",
        D,
        "url",
    ),
    (
        "label-cn",
        article(
            body='<div class="xl">来源：县政府办　发布时间：2024-11-20 10:30　浏览次数：</div>'
        ),
        ARTICLE_URL,
        D,
        "label:发布时间",
    ),
    (
        "label-inside-a-run-of-text",
        article(body="<p>信息发布时间：2024-11-20　信息来源：县政府办</p>"),
        ARTICLE_URL,
        D,
        "label:发布时间",
    ),
    (
        "label-en-not-inside-a-word",
        article(body="<p>Last update 2024-11-22 here and a longer sentence follows it.</p>"),
        ARTICLE_URL,
        date(2024, 11, 22),
        "text",
    ),
    (
        "label-cn-ymd",
        article(body="<p>发布日期：2024年11月20日</p>"),
        ARTICLE_URL,
        D,
        "label:发布日期",
    ),
    (
        "label-tw-roc",
        article(body="<p>發布日期：113-11-20　點閱次數：35</p>"),
        ARTICLE_URL,
        D,
        "label:發布日期",
    ),
    (
        "label-source-time",
        article(body="<p>来源：县政府办 时间：2024-11-20</p>"),
        ARTICLE_URL,
        D,
        "label:时间",
    ),
    (
        "label-en-published-beats-updated",
        article(body="<p>Updated: November 22, 2024</p><p>Published: November 20, 2024</p>"),
        ARTICLE_URL,
        D,
        "label:published",
    ),
    (
        "class-byline",
        article(body='<div class="byline">Jane Roe | 20 Nov 2024</div>'),
        ARTICLE_URL,
        D,
        "class",
    ),
    (
        "updated-only",
        article(body="<p>Last updated: November 22, 2024 by the web team</p>"),
        ARTICLE_URL,
        date(2024, 11, 22),
        "updated:label:last updated",
    ),
    (
        "text-dateline",
        article(body="<p>2024-11-20</p>"),
        ARTICLE_URL,
        D,
        "text",
    ),
    (
        "jsonld-published-beats-created",
        article(
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", '
            '"dateCreated": "2024-11-19"}, {"@type": "Article", '
            '"datePublished": "2024-11-20T08:00:00+08:00"}]}</script>'
        ),
        ARTICLE_URL,
        D,
        "jsonld",
    ),
    (
        "class-with-script-inside",
        article(
            body='<div class="info">来源：县政府办 <script>document.write("2024-11-22")</script>'
            "2024-11-20 10:30</div>"
        ),
        ARTICLE_URL,
        D,
        "class",
    ),
    (
        "url-beats-meta",
        article('<meta property="article:published_time" content="2024-11-21T01:00:00Z">'),
        "https://news.example.com/2024/11/20/story.html",
        D,
        "url",
    ),
    # traps
    ("footer-and-script-only", article(), ARTICLE_URL, None, None),
    (
        "future-date",
        article(body="<p>2027-05-01</p><p>2027年1月1日起施行</p>"),
        ARTICLE_URL,
        None,
        None,
    ),
    (
        "noscript-style",
        article(
            "<style>/* 2024-11-20 */</style>",
            "<noscript><p>2024-11-20</p></noscript>",
        ),
        ARTICLE_URL,
        None,
        None,
    ),
    (
        "script-date-beside-real-one",
        article(body="<script>var d = '2024-11-22';</script><p>发布时间：2024-11-20</p>"),
        ARTICLE_URL,
        D,
        "label:发布时间",
    ),
    ("empty", "", ARTICLE_URL, None, None),
]


@pytest.mark.parametrize(
    ("html", "url", "expected", "source"),
    [pytest.param(*case[1:], id=case[0]) for case in PAGES],
)
def test_page_date(html: str, url: str, expected: date | None, source: str | None) -> None:
    tree = LexborHTMLParser(html)
    before = tree.html
    hit = page_date(tree, url, NOW)
    if expected is None:
        assert hit is None
    else:
        assert hit == DateHit(expected, source or "")
    assert tree.html == before  # the tree is not mutated


def test_every_source_names_a_stage() -> None:
    sources = [case[4] for case in PAGES if case[4]]
    assert {stage_of(source) for source in sources} <= set(STAGES)
    assert stage_of("label:发布时间") == "label:published"
    assert stage_of("label:时间") == "label:generic"
    assert stage_of("meta:pubdate") == "meta"
    assert stage_of("updated:label:last updated") == "updated"


LISTING = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告</title>
<style>.date { float: right }</style></head><body>
<div class="top">今天是 2026年11月25日 星期三</div>
<div class="clock">2026年11月25日 星期三</div>
<div class="list"><ul>
<li><a href="/a/3.html">关于2026年12月1日起调整办公时间的通知</a><span class="date">2026-11-18</span></li>
<li><a href="/a/2.html">2027年度预算编制工作通知</a><span class="date">[11-10]</span></li>
<li><a href="/a/1.html">关于自2026年11月24日起施行新规定的公告</a><span class="date">2026-10-02</span></li>
</ul></div>
<script>document.write("2026-11-25 访问量 123");</script>
<div class="footer">版权所有 © 2015-2026 示例县人民政府 网站更新：2026-11-24 京ICP备12345678号</div>
</body></html>"""


def test_newest_visible_date_on_a_listing() -> None:
    tree = LexborHTMLParser(LISTING)
    assert newest_visible_date(tree, NOW) == DateHit(date(2026, 11, 18), "text")


def test_a_wrapper_named_footer_is_not_a_footer() -> None:
    html = LISTING.replace("<body>", '<body><div class="page has-footer">').replace(
        "</body>", "</div></body>"
    )
    assert newest_visible_date(LexborHTMLParser(html), NOW) == DateHit(date(2026, 11, 18), "text")


def test_newest_visible_date_none() -> None:
    assert newest_visible_date(LexborHTMLParser("<p>无</p>"), NOW) is None
    assert newest_visible_date(LexborHTMLParser(""), NOW) is None


def test_newest_date_in_urls_reads_every_form_and_century() -> None:
    urls = [
        "/art/2026/11/20/art_1.html",
        "/xxgk/202611/t20261121_2.html",
        "/a/2026/1122/3.html",
        "/a/202611/23/4.html",
        "/old/1999-12-31/5.html",
        "/x/12026/11/30/6.html",  # a longer number is no year
        "/col/col20/index.html",
    ]
    assert newest_date_in_urls(urls, date(2026, 11, 25)) == date(2026, 11, 23)
    assert newest_date_in_urls(urls[4:], date(2026, 11, 25)) == date(1999, 12, 31)
    assert newest_date_in_urls(urls, date(2026, 11, 21)) == date(2026, 11, 22)  # 1 day slack
    assert newest_date_in_urls(urls[-2:], date(2026, 11, 25)) is None


def test_newest_date_in_urls_finds_what_each_form_finds_alone() -> None:
    # All forms in one pass must find every date the forms find one by one, in any mix
    # of separators, digit runs and centuries.
    pieces = ["/", "-", "_", "20", "2024", "1999", "199", "11", "1", "0", "5", "12", "30", "31",
              "1120", "0229", "t", ".html", "?", "a", "2", "9", "\n"]  # fmt: skip
    rng = random.Random(11)
    for _ in range(3000):
        urls = ["".join(rng.choices(pieces, k=rng.randint(1, 12))) for _ in range(3)]
        for now in (date(2026, 11, 25), date(2000, 1, 1)):
            found = [
                day
                for form in _URL_FORMS
                for url in urls
                for match in form.finditer(url)
                if (day := _make(int(match["y"]), int(match["m"]), int(match["d"]))) is not None
                and EARLIEST <= day <= now + SLACK
            ]
            assert newest_date_in_urls(urls, now) == max(found, default=None), urls


def test_month_word_pattern_finds_what_the_plain_alternation_finds() -> None:
    # The scanning pattern must find a whole month word exactly where the plain
    # case-insensitive alternation between letter boundaries does.
    months = _lexicon().months
    plain = re.compile(
        rf"{_NOT_LETTER_BEFORE}(?:{_alternation(months)}){_NOT_LETTER_AFTER}", re.IGNORECASE
    )
    pool = ["Nov", "NOVEMBER", "mai", "Mär", "ſept", "listopada", "Ιουνίου", "مارس",
            "x", "a", "é", "1", " ", ".", "\n", "ı", "İ", "K", "-"]  # fmt: skip
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choices(pool, k=rng.randint(0, 8)))
        found = _month_word_pattern().search(text)
        expected = plain.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 20-Nov-2024", date(2024, 11, 20)),
        ("MOSCOW (Sputnik - 29th April, 2020) The exact figure", date(2020, 4, 29)),
        # (not "Atualizado em": once on a page, an update label dates the page, not an
        # item; see test_depth_consistency.py)
        ("Publicado em 1 de novembro de 2020", date(2020, 11, 1)),
        ("martes, 22 de diciembre de 2020", date(2020, 12, 22)),
        ("the 20th of November, 2024", date(2024, 11, 20)),
    ],
)
def test_the_sweep_reads_word_dates_that_are_not_digit_shaped(line: str, expected: date) -> None:
    # The sweep skips lines without date-shaped digits before running the date forms;
    # a month name beside a digit must still reach them (as it does in list items).
    text = f"首页\n{line}\n联系我们 第3期"
    assert newest_date_in_page_text(text, NOW) == expected
    assert item_date(line, NOW) == expected


def test_a_title_with_digits_but_no_date_has_no_item_date() -> None:
    for title in ("关于2026年第3批项目申报工作的通知", "市政府召开第12次常务会议", "Item 7 of 12"):
        assert item_date(title, NOW) is None


@pytest.mark.parametrize(
    ("lang", "url", "expected"),
    [
        ("en-GB", "https://www.council.example/news/bins", date(2026, 11, 5)),
        ("en-US", "https://www.city.example/news/bins", date(2026, 5, 11)),
        ("en", "https://www.westshire.gov.uk/news/bins", date(2026, 11, 5)),  # the domain
        ("en", "https://www.maplefalls.gov/news/bins", date(2026, 5, 11)),
    ],
)
def test_an_article_date_either_way_round_reads_in_the_page_locale(
    lang: str, url: str, expected: date
) -> None:
    html = (
        f'<html lang="{lang}"><body><h1>Bin collections change</h1>'
        "<p>Published: 05/11/2026</p><p>From next week...</p></body></html>"
    )
    hit = page_date(LexborHTMLParser(html), url, NOW)
    assert hit is not None and hit.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "寻乌县人民政府\n2026年3月18日\n星期三\n首页\n关于做好春耕的通知\n2024-03-01",
        "今天是：\n2026年3月18日\n首页\n关于做好春耕的通知\n2024-03-01",
        "当前时间\n2026-03-18\n首页\n关于做好春耕的通知\n2024-03-01",
        "Home\nToday is:\n18 March 2026\nWednesday\nCouncil meeting minutes\n2024-03-01",
    ],
)
def test_the_sweep_skips_a_page_clock_split_over_two_text_nodes(text: str) -> None:
    """Today's date in one text node and its weekday or 今天是 in the next is the
    server's clock (a frozen site shows it on every visit), not an update."""
    assert newest_date_in_page_text(text, date(2026, 3, 18)) == date(2024, 3, 1)


def test_a_title_beginning_with_a_weekday_is_not_a_clock() -> None:
    text = "首页\n关于做好春耕的通知\n2026-03-17\n星期三下午召开防汛演练部署会议的通知\n2024-03-01"
    assert newest_date_in_page_text(text, date(2026, 3, 18)) == date(2026, 3, 17)
    listed = "要闻\n县长调研春耕生产\n2026-03-18\n关于防汛的通知\n2026-03-10"
    assert newest_date_in_page_text(listed, date(2026, 3, 18)) == date(2026, 3, 18)


def test_a_deadlines_end_is_no_update() -> None:
    """即日起至12月1日止 and 11月30日截止 say when an offer closes: the sweep took the
    year-less 12月1日 for the homepage's newest date (a 500-day-old site came out stale
    instead of zombie); a list item's own date beside it still counts."""
    from crawler.dates import newest_date_in_page_text

    now = date(2026, 3, 1)
    text = "关于征集2026年度民生实事项目的公告（即日起至12月1日止）\n2025-06-01\n报名11月30日截止\n"
    assert newest_date_in_page_text(text, now) == date(2025, 6, 1)
    assert item_date("关于征集意见的公告 即日起至12月1日止 2025-06-01", now) == date(2025, 6, 1)


def test_the_sweep_leaves_out_a_cookie_banners_policy_date() -> None:
    """NHS.UK's cookie banner ("We updated our cookie policy on 12 November 2026") sits
    above every page: its date is the policy's, not an item's. A title that only names
    a policy, on a line of its own, still has its date read."""
    banner = "We updated our cookie policy on 12 November 2026. Let us know if this is OK."
    text = f"Cookies on our website\n{banner}\nNews\nNew chief executive appointed\n15 October 2026\n"
    assert newest_date_in_page_text(text, NOW) == date(2026, 10, 15)
    listed = "News\nBoard approves updated privacy policy\n18 November 2026\n"
    assert newest_date_in_page_text(listed, NOW) == date(2026, 11, 18)


def test_the_sweep_leaves_out_a_widgets_rating_issued_today() -> None:
    """A fire-danger rating (or a forecast, a data feed) shows the day it was issued,
    today's on every visit; a list of releases, each "Issued <date>", keeps its newest."""
    widget = "Coral Bay today\nFire danger rating: \nHigh\n (issued 25/11/2026)\nNews\n4 November 2026\n"
    assert newest_date_in_page_text(widget, NOW) == date(2026, 11, 4)
    releases = "Media releases\nRoad closure\nIssued 25 November 2026\nNew library hours\nIssued 12 November 2026\n"
    assert newest_date_in_page_text(releases, NOW) == date(2026, 11, 25)


def _yearless_lists(*lists: tuple[str, list[str]]) -> str:
    """A homepage's text, one text node per line: each list's heading and more link,
    then its items as `<li><span>[11-24]</span>·<a>title</a></li>` shows them."""
    lines = ["首页", "政务公开"]
    for heading, days in lists:
        lines += [heading, "更多>>"]
        for at, day in enumerate(days):
            lines += [f"[{day}]", "·", f"关于做好第{at + 1}项工作的通知"]
    return "\n".join([*lines, "版权所有"])


def test_sweep_reads_one_list_across_new_year_in_a_long_step() -> None:
    """政策解读's [05-01] [03-22] [01-10] [11-26]: one list (its stride in the page's
    lines, its pace of one to two months), last of which is last year's 11-26, not
    today's; another list starting after its heading and more link stays this year's."""
    now = date(2026, 11, 26)
    news = ("工作动态", ["11-24", "11-20", "11-12"])
    policy = ("政策解读", ["05-01", "03-22", "01-10", "11-26"])
    assert newest_date_in_page_text(_yearless_lists(news, policy), now) == date(2026, 11, 24)
    # The same dates in two lists: [11-26] heads a list of its own (this year's).
    split = ("政策解读", ["05-01", "03-22", "01-10"]), ("通知公告", ["11-26", "10-02", "09-10"])
    assert newest_date_in_page_text(_yearless_lists(news, *split), now) == date(2026, 11, 26)
    # A weekly list that stopped in January, then a step of six weeks: past its pace,
    # maybe another list (tab panels follow one another without a heading between), read
    # as before (this year's).
    weekly = ("政策解读", ["01-24", "01-17", "01-10", "11-26"])
    assert newest_date_in_page_text(_yearless_lists(news, weekly), now) == date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("【市民讲堂】长江文明与城市记忆 讲座时间：2026-11-27", None),  # tomorrow: ahead
        ("关于参加职业技能培训的通知 报名时间：2026-11-27", None),
        ("【市民讲堂】长江文明与城市记忆 讲座时间：2026-11-20", date(2026, 11, 20)),  # held
    ],
)
def test_an_event_still_ahead_is_no_item_date(text: str, expected: date | None) -> None:
    """A lecture or a registration day after today, an item's only date, is when it
    happens, not when it was posted (tomorrow is within the day of slack that other
    dates after today get); one past stays the item's date, as a deadline's does."""
    assert item_date(text, date(2026, 11, 26)) == expected
