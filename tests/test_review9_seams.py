"""Seams of the relative-date, year-less and sweep merges (review 9): values that came
out wrong in cases next to the ones the merges were written for."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.dates import first_date_in_text
from crawler.extract import observe

NOW = date(2026, 11, 25)

# A dead county homepage (its news last posted in January 2023) with a visitor counter
# in a side box (今日 / 昨日 / 总计 and their counts) above its quick links.
DEAD_WITH_COUNTER = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>某某县人民政府</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/xxgk/">信息公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="main"><div class="box"><h2>工作动态</h2><ul>
<li><a href="/gzdt/202301/t20230105_1.html">县长调研春耕工作</a><span>2023-01-05</span></li>
<li><a href="/gzdt/202212/t20221228_2.html">全县安全生产会议召开</a><span>2022-12-28</span></li>
<li><a href="/gzdt/202212/t20221220_3.html">我县开展消防演练</a><span>2022-12-20</span></li>
</ul><a href="/gzdt/">更多</a></div></div>
<div class="side"><div class="mod"><h3>访问统计</h3>{counter}</div>
<div class="mod"><h3>便民服务</h3><ul><li><a href="/bmfw/sb/">社保查询</a></li>
<li><a href="/bmfw/gjj/">公积金查询</a></li><li><a href="/bmfw/bs/">网上办事</a></li></ul></div></div>
<div class="footer"><p>主办单位：某某县人民政府办公室</p></div></body></html>"""


@pytest.mark.parametrize(
    "counter",
    [
        "<p>今日：35</p><p>昨日：120</p><p>总计：1234567</p>",
        "<p>Today: 12<br>Yesterday: 34<br>Total: 98,765</p>",
        "<p>今日 35 昨日 1,204 前天 998</p>",
    ],
)
@pytest.mark.parametrize("lists", [False, True])
def test_a_visitor_counters_yesterday_is_no_date(counter: str, lists: bool) -> None:
    # "昨日：120" read as yesterday's date made the dead homepage fresh (no zombie, no
    # homepage_stale) at both depths.
    page = observe(
        DEAD_WITH_COUNTER.replace("{counter}", counter).encode(),
        "utf-8",
        "http://www.example.gov.cn/",
        "text/html",
        NOW,
        lists=lists,
    )
    assert page.newest_item == date(2023, 1, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨日：120", None),
        ("Yesterday: 34", None),
        ("Yesterday 1,024", None),
        # still times of yesterday
        ("昨天 14:30", date(2026, 11, 24)),
        ("Yesterday, 14:30", date(2026, 11, 24)),
        ("Yesterday 5 pm", date(2026, 11, 24)),
        ("昨天", date(2026, 11, 24)),
    ],
)
def test_yesterday_and_a_count(text: str, expected: date | None) -> None:
    assert first_date_in_text(text, NOW) == expected


# A WordPress homepage exported to static files years ago (Simply Static, HTTrack): its
# "2 days ago" frozen at export, each post's day in its URL.
FROZEN_RELATIVE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Smallville Township</title></head><body>
<header><nav><a href="/">Home</a> <a href="/board/">Board</a> <a href="/contact/">Contact</a></nav></header>
<main><section class="recent"><h2>Recent News</h2><ul>
<li><a href="/2023/01/05/road-work-on-main-street/">Road work on Main Street</a>
 <span class="ago">{first}</span></li>
<li><a href="/2023/01/02/tax-bills-mailed/">Tax bills mailed</a> <span class="ago">5 days ago</span></li>
<li><a href="/2022/12/20/board-meeting-moved/">Board meeting moved</a>
 <span class="ago">2 weeks ago</span></li>
</ul><a href="/news/">More news</a></section></main>
<footer><p>Smallville Township, 1 Main St.</p></footer></body></html>"""


@pytest.mark.parametrize("first", ["2 days ago", "Yesterday"])
@pytest.mark.parametrize("lists", [False, True])
def test_a_relative_date_beside_a_dated_url_is_the_urls(first: str, lists: bool) -> None:
    # The full scan dates each item by its URL (the machine date wins over a relative
    # text); the sweep read the frozen "2 days ago" as two days before the scan: the
    # dead homepage fresh at depth home, a zombie at depth full.
    page = observe(
        FROZEN_RELATIVE.replace("{first}", first).encode(),
        "utf-8",
        "http://www.smallville.example/",
        "text/html",
        NOW,
        lists=lists,
    )
    assert page.newest_item == date(2023, 1, 5)


def test_a_relative_date_without_a_dated_url_still_counts() -> None:
    live = FROZEN_RELATIVE.replace("{first}", "2 days ago").replace(
        "/2023/01/05/road-work-on-main-street/", "/news/road-work-on-main-street/"
    )
    for lists in (False, True):
        page = observe(
            live.encode(), "utf-8", "http://www.smallville.example/", "text/html", NOW, lists=lists
        )
        assert page.newest_item == date(2026, 11, 23)
