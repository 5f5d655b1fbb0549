"""Seams between this session's merged branches (review 7): cases where two changes
each assumed something of the other."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.dates import item_dates
from crawler.extract import observe
from crawler.lexicon import build_lexicon

NOW = date(2026, 11, 26)


@pytest.mark.parametrize(
    "title",
    [
        "昨天，我县召开全县安全生产工作会议",
        "昨日，县委召开常委会议研究部署春耕工作",
        "Yesterday's storm: what residents need to know",
        "Yesterday, the council adopted the 2019 budget",
    ],
)
def test_a_headline_opening_with_yesterday_does_not_date_a_dead_list(title: str) -> None:
    """A relative date read in list items ("Yesterday", "昨天") must not be the first
    words of a headline: on a dead site's undated news list, "昨天，我县召开..." (written
    in 2019) read as yesterday's made the column fresh for ever (the homepage sweep
    already left it out: the full scan and the sweep disagreed)."""
    assert item_dates(title, NOW)[0] is None
    titles = [title, "县长带队检查春耕备耕工作情况", "我县开展植树节义务植树活动", "县委理论学习中心组召开专题学习会"]
    rows = "".join(f'<li><a href="/xwzx/gzdt/{i}.html">{t}</a></li>' for i, t in enumerate(titles))
    html = (
        "<html><head><title>某县人民政府</title></head><body><div class='main'><div class='box'>"
        f"<h2>工作动态</h2><ul>{rows}</ul><a href='/xwzx/gzdt/'>更多</a></div></div>"
        "<div class='footer'>版权所有 2019 某县人民政府</div></body></html>"
    )
    page = observe(html.encode(), "utf-8", "http://www.mx.gov.cn/", "text/html", NOW, build_lexicon())
    assert [c.newest for c in page.columns if c.name == "工作动态"] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday", date(2026, 11, 25)),
        ("昨天", date(2026, 11, 25)),
        ("Posted 2 days ago, 3 comments", date(2026, 11, 24)),
        ("Water main repair · 2 hours ago", NOW),
    ],
)
def test_a_relative_item_date_still_reads(text: str, expected: date) -> None:
    assert item_dates(text, NOW)[0] == expected
