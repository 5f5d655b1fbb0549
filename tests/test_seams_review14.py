"""Seams of the session's merges: a soft-404 phrase in a small site's dated news, and
a redirect to a loopback address written the short ways browsers read."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from yarl import URL

from crawler.config import apply_overrides, load_config
from crawler.domains import is_loopback
from crawler.extract import observe
from crawler.fetch import _Failure, _follow
from crawler.sites import load_sites

NOW = date(2026, 11, 26)

# A township's homepage: a short page, a few links, three dated notices, one of them on
# the old links a redesign left behind (页面不存在或已迁移).
SMALL_TOWN = """<html><head><title>青溪镇人民政府</title></head><body><h1>青溪镇人民政府</h1>
<div class="news"><h2>通知公告</h2><ul>
<li><a href="/a/1.html">关于网站改版后部分旧链接页面不存在或已迁移的说明</a><span>2026-11-20</span></li>
<li><a href="/a/2.html">青溪镇2026年冬季防火工作通知</a><span>2026-11-18</span></li>
<li><a href="/a/3.html">关于开展农村人居环境整治的通知</a><span>2026-11-10</span></li>
</ul><a href="/tzgg/">更多</a></div><p>版权所有 青溪镇人民政府</p></body></html>"""

# The same template saying the page is gone: a soft 404 answering for the homepage.
SOFT_404 = """<html><head><title>青溪镇人民政府</title></head><body><h1>青溪镇人民政府</h1>
<div class="box"><h2>404 抱歉，您访问的页面不存在或已被删除！</h2>
<p><a href="/">返回首页</a></p></div><p>版权所有 青溪镇人民政府</p></body></html>"""


def test_a_not_found_phrase_in_a_dated_news_title_is_no_error_page() -> None:
    page = observe(SMALL_TOWN.encode(), "utf-8", "http://www.qingxi.gov.cn/", "text/html", NOW)
    assert page.newest_item == date(2026, 11, 20)
    assert page.signals.error_page == ()
    gone = observe(SOFT_404.encode(), "utf-8", "http://www.qingxi.gov.cn/", "text/html", NOW)
    assert gone.signals.error_page


@pytest.mark.parametrize(
    "location",
    [
        "http://127.1:8080/",
        "http://2130706433/",
        "http://0x7f.0.0.1/",
        "http://0177.0.0.1/",
        "http://0x7f000001/admin",
        "http://127.000.000.001/",
    ],
)
def test_a_redirect_to_a_loopback_shorthand_is_not_followed(location: str) -> None:
    with pytest.raises(_Failure) as failed:
        _follow(URL("http://www.qingxi.gov.cn/"), location)
    assert failed.value.kind == "connect" and "loopback" in failed.value.detail


def test_hosts_like_numbers_that_are_not_loopback() -> None:
    for host in ("128.1", "10.1.2.3", "1.2.3.4.5", "123.com", "0x", "12a", "127..1"):
        assert not is_loopback(host), host
    # Followed, as the address a browser reads it as (not a loopback one).
    assert str(_follow(URL("http://www.qingxi.gov.cn/"), "http://128.1/")) == "http://128.0.0.1/"


def test_a_csv_cell_of_column_limits_may_be_spaced_or_written_on_a_chinese_keyboard(
    tmp_path: Any,
) -> None:
    (tmp_path / "sites.csv").write_text(
        "url,name,column_max_age_days\n"
        'http://a.boundary.test/,A,"news = 30, notice = 90"\n'
        "http://b.boundary.test/,B,news：21；planning：400\n"
        "http://c.boundary.test/,C,news =\n",
        encoding="utf-8",
    )
    (tmp_path / "c.toml").write_text('sites_file = "sites.csv"\n', encoding="utf-8")
    config = load_config(tmp_path / "c.toml")
    listed = load_sites(config)
    by_name = {site.name: site for site in listed.sites}
    assert sorted(by_name) == ["A", "B"]
    assert "column_max_age_days" in str(listed.skipped[0])
    _, rules = apply_overrides(config.crawler, config.rules, by_name["A"].overrides)
    assert (rules.column_max_age_days["news"], rules.column_max_age_days["notice"]) == (30, 90)
    _, rules = apply_overrides(config.crawler, config.rules, by_name["B"].overrides)
    assert (rules.column_max_age_days["news"], rules.column_max_age_days["planning"]) == (21, 400)
