"""Page bytes -> PageObservations, with the real lexbor parser."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date

import pytest

from crawler.dates import _alternation, _lexicon, weekday_pattern
from crawler.extract import fingerprint, observe
from crawler.models import Link, PageObservations, PageSignals

URL = "http://www.example.gov.cn/index.html"


def obs(html: str, url: str = URL, content_type: str = "text/html") -> PageObservations:
    return observe(html.encode("utf-8"), "utf-8", url, content_type)


def portal(counter: str, date: str, first_item: str) -> str:
    return f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>示例县人民政府</title><style>.nav {{ color: red }}</style></head><body>
<div class="top">今天是 {date}　您是第 {counter} 位访客</div>
<ul><li><a href="/a/1.html">{first_item}</a><span>{date}</span></li>
<li><a href="/a/2.html">全县安全生产工作会议召开</a></li></ul>
<script>document.write("访问量 {counter}");</script>
<div class="footer">版权所有 示例县人民政府</div></body></html>"""


def test_title_language_and_encoding() -> None:
    page = obs(
        '<html lang="zh-CN"><head><title>\n  示例县\n  人民政府  </title></head>'
        "<body><p>正文</p></body></html>"
    )
    assert page.title == "示例县 人民政府"
    assert page.language == "zh-CN"
    assert page.encoding == "utf_8"


def test_gbk_page_title_is_decoded() -> None:
    html = '<html><head><meta charset="gb2312"><title>北京市朝阳区人民政府</title></head></html>'
    page = observe(html.encode("gbk"), "", URL, "text/html")
    assert page.title == "北京市朝阳区人民政府"
    assert page.encoding == "gb18030"


def test_links_resolve_against_the_page_url() -> None:
    page = obs(
        '<body><a href="news/1.html">新闻一</a><a href="/about/">关于</a>'
        '<a href="https://other.example.org/x">外链</a><a href="//cdn.example.gov.cn/y">CDN</a>'
        "</body>"
    )
    assert page.links == (
        Link("http://www.example.gov.cn/news/1.html", "新闻一"),
        Link("http://www.example.gov.cn/about/", "关于"),
        Link("https://other.example.org/x", "外链"),
        Link("http://cdn.example.gov.cn/y", "CDN"),
    )


def test_links_resolve_against_base_href() -> None:
    page = obs(
        '<html><head><base href="/portal/v2/"></head><body>'
        '<a href="news/1.html">新闻</a><a href="/root.html">根</a></body></html>',
        url="http://www.example.gov.cn/index.jsp",
    )
    assert [link.url for link in page.links] == [
        "http://www.example.gov.cn/portal/v2/news/1.html",
        "http://www.example.gov.cn/root.html",
    ]


def test_absolute_base_href_on_another_host() -> None:
    page = obs(
        '<head><base href="https://static.example.gov.cn/site/"></head>'
        '<body><a href="a.html">A</a></body>'
    )
    assert [link.url for link in page.links] == ["https://static.example.gov.cn/site/a.html"]


def test_non_http_links_are_skipped() -> None:
    page = obs(
        "<body>"
        '<a href="javascript:void(0)">菜单</a>'
        '<a href=" JavaScript:openWin(1)">弹窗</a>'
        '<a href="mailto:webmaster@example.gov.cn">联系我们</a>'
        '<a href="tel:12345">热线</a>'
        '<a href="#top">返回顶部</a>'
        '<a href="ftp://files.example.gov.cn/x.zip">下载</a>'
        '<a href="">空</a>'
        '<a href="/real.html">真实链接</a>'
        "</body>"
    )
    assert page.links == (Link("http://www.example.gov.cn/real.html", "真实链接"),)


def test_duplicate_links_are_listed_once() -> None:
    page = obs(
        '<body><a href="/a.html">第一次</a><a href="/a.html">第二次</a>'
        '<a href="http://www.example.gov.cn/a.html">绝对</a><a href="/a.html#part">锚点</a>'
        '<a href="/b.html">B</a></body>'
    )
    assert page.links == (
        Link("http://www.example.gov.cn/a.html", "第一次"),
        Link("http://www.example.gov.cn/b.html", "B"),
    )


def test_text_length_counts_visible_text_only() -> None:
    visible = "政务动态 通知公告"
    page = obs(
        "<html><head><title>标题不算</title><style>body { font-size: 12px; }</style></head>"
        f"<body><p>政务动态</p><script>var x = '{'很长的脚本' * 50}';</script>"
        f"<style>.a {{ color: red }}</style><noscript>请启用脚本</noscript><p>通知公告</p>"
        "</body></html>"
    )
    assert page.text_length == len(visible)


def test_fingerprint_ignores_counters_and_dates() -> None:
    a = obs(portal("12345", "2026年11月20日", "县长主持召开常务会议"))
    b = obs(portal("12399", "2026年11月21日", "县长主持召开常务会议"))
    assert a.fingerprint and a.fingerprint == b.fingerprint


def test_fingerprint_changes_when_an_item_changes() -> None:
    a = obs(portal("12345", "2026年11月20日", "县长主持召开常务会议"))
    b = obs(portal("12345", "2026年11月20日", "县政府召开冬季供暖工作会议"))
    assert a.fingerprint != b.fingerprint


def test_meta_refresh_target_is_absolute() -> None:
    page = obs(
        '<html><head><meta http-equiv="Refresh" content="0; URL=\'portal/index.html\'">'
        "</head><body></body></html>",
        url="http://www.example.gov.cn/site/",
    )
    assert page.meta_refresh == "http://www.example.gov.cn/site/portal/index.html"


def test_meta_refresh_to_another_host() -> None:
    page = obs('<meta http-equiv="refresh" content="3;url=https://new.example.gov.cn/">')
    assert page.meta_refresh == "https://new.example.gov.cn/"


def test_meta_refresh_without_target_is_none() -> None:
    page = obs('<meta http-equiv="refresh" content="300"><body>本页每五分钟刷新</body>')
    assert page.meta_refresh is None


def test_no_meta_refresh_is_none() -> None:
    assert obs("<body><p>普通页面</p></body>").meta_refresh is None


@pytest.mark.parametrize(
    "content_type", ["application/pdf", "image/png", "application/json", "text/css"]
)
def test_non_html_content_is_not_read(content_type: str) -> None:
    html = "<html><head><title>不是网页</title></head><body><a href='/x'>x</a></body></html>"
    page = obs(html, content_type=content_type)
    assert replace(page, signals=PageSignals()) == PageObservations()
    # What browsers do not show as a document (an image, a PDF, JSON) is no web page:
    # a placeholder, should it be a homepage (text of another kind is just not read).
    if content_type == "text/css":
        assert page.signals == PageSignals()
    else:
        (evidence,) = page.signals.placeholder
        assert evidence.snippet.startswith(f"not a web page ({content_type}, 84 bytes): <html>")


def test_empty_body_is_a_blank_page() -> None:
    # What a browser shows of a 200 with no body (PHP's "white screen of death").
    page = observe(b"", "", URL, "text/html")
    assert page.text_length == 0 and page.dated_items == 0 and not page.columns
    assert "near-empty page" in page.signals.placeholder[0].detail


def test_html_served_as_octet_stream_is_no_page() -> None:
    # Browsers download an application/octet-stream body (they sniff HTML only in an
    # unknown type): a homepage sent so shows visitors nothing (blind hostile4).
    page = obs("<title>配置错误的服务器</title>", content_type="application/octet-stream")
    assert page.title == ""
    assert page.signals.placeholder[0].detail.startswith("application/octet-stream")


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>截断的页",  # cut inside the title
        '<html><body><a href="/x.html">链接<div><p>未闭合<table><tr><td>',
        '<a href="http://[::1">坏链接</a><a href="/ok.html">好</a>',
        "<<<>>> </ \x00 <!-- 注释未结束",
        '<meta http-equiv="refresh" content="0; url=http://[bad">',
    ],
)
def test_malformed_html_does_not_raise(html: str) -> None:
    page = obs(html)
    assert isinstance(page, PageObservations)
    assert page.fingerprint  # the page was still read


def test_truncated_page_keeps_what_was_read() -> None:
    html = (
        '<html><head><title>示例县人民政府</title></head><body><a href="/a.html">政务动态</a>'
        '<p>县长主持召开常务会议</p><a href="/b.ht'
    )
    page = observe(html.encode("utf-8"), "", URL, "text/html")
    assert page.title == "示例县人民政府"
    assert Link("http://www.example.gov.cn/a.html", "政务动态") in page.links
    assert page.text_length >= len("政务动态县长主持召开常务会议")


def test_fingerprint_value_is_stable() -> None:
    # Stored fingerprints are compared across scans: the value must never change (a
    # new way of making them takes a new version prefix, which advance_history knows).
    text = (
        "2026年11月25日 星期三 Wednesday, November 25 ſunday FRIDAY 周日 週六\n"
        "禮拜天 礼拜 新闻 Tuesdays\n今天是 2026年11月25日"
    )
    assert fingerprint(text) == "2:e0c14907babf3f619269c1d0"


def test_weekday_pattern_matches_the_plain_alternation() -> None:
    words = _lexicon().weekdays
    plain = re.compile(_alternation(words), re.IGNORECASE)
    pool = [*"星期一二三四五六日天礼拜禮週周 MONDAYsundayfriſdayKTtWwFfSsıİ", "Monday", "SUNDAY"]
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 20)))
        assert weekday_pattern().sub("", text) == plain.sub("", text), text


def test_sweep_reads_the_markup_and_text_as_the_full_read_does() -> None:
    # The sweep selects the scanned and the invisible elements in one walk; lexbor gives
    # an element once per selector it matches, so styled scripts, frames and anchors
    # must come out as they do in the markup scan's own walk.
    page = (
        "<html><head><title>县政府</title><style>.x{display:none}</style></head><body>"
        '<script style="display:none" src="https://img.sedoparking.com/jspartner/caf.js">'
        '</script><a style="color:red" href="https://casino.example/">百家乐</a>'
        '<a href="http://www.example.gov.cn/b.html">本站</a><a href="/c.html">栏目</a>'
        '<noscript style="display:none"><a href="https://bet.example/">六合彩</a></noscript>'
        '<svg style="width:0"><text>图标</text></svg><template><p>模板</p></template>'
        '<object style="height:0"></object><iframe style="display:none" src="/f.html">'
        "</iframe><p>通知公告 2026-11-20</p></body></html>"
    ).encode()
    sweep = observe(page, "utf-8", URL, lists=False)
    full = observe(page, "utf-8", URL, lists=True)
    assert sweep.signals == full.signals
    assert sweep.signals.parked  # the parking script, read once
    assert len(sweep.signals.parked) == len(full.signals.parked)
    assert (sweep.text_length, sweep.fingerprint) == (full.text_length, full.fingerprint)
    assert sweep.text_length == len("百家乐 本站 栏目 通知公告 2026-11-20")


def test_the_sweep_drops_a_posts_hidden_updated_stamp_as_the_full_read_does() -> None:
    """WordPress prints each post's "updated" <time> after its "published" one (the theme
    hides it): neither depth reads it, so the text and the fingerprint are the same at
    both, and a daemon alternating them sees no change where there is none."""
    posts = "".join(
        f'<article class="post"><h2><a href="/{n}/">Council meeting number {n}</a></h2>'
        f'<time class="entry-date published" datetime="2026-1{n}-0{n}">November 0{n}, 2026'
        f'</time><time class="updated" datetime="2026-0{n}-2{n}">March 2{n}, 2026</time>'
        "</article>"
        for n in (1, 2)
    )
    page = f"<html><head><title>Town</title></head><body>{posts}</body></html>".encode()
    sweep = observe(page, "utf-8", URL, lists=False)
    full = observe(page, "utf-8", URL, lists=True)
    assert sweep.text_length == full.text_length
    assert sweep.fingerprint == full.fingerprint


def test_a_base_href_that_urljoin_refuses_leaves_links_resolved_against_the_page() -> None:
    """A hostile `<base href="http://[::1">` (urljoin raises ValueError) must not make the
    whole page fail: its links resolve against the page's own URL, as without a base."""
    body = (
        b'<html><head><base href="http://[::1"><title>t</title></head><body>'
        b'<ul><li><a href="/a.html">First item title here</a> 2026-11-20</li>'
        b'<li><a href="/b.html">Second item title here</a> 2026-11-19</li></ul></body></html>'
    )
    page = observe(body, "utf-8", "http://www.x.gov.cn/", "text/html", now=date(2026, 11, 25))
    assert page.title == "t"
    assert "http://www.x.gov.cn/a.html" in {link.url for link in page.links}


# A frozen portal's homepage: its lists end two years ago.
_OLD_LISTS = (
    '<div class="nav"><ul><li><a href="/1/">首页</a></li><li><a href="/2/">政务公开</a></li>'
    '<li><a href="/3/">政务服务</a></li><li><a href="/4/">互动交流</a></li></ul></div>'
    '<div class="box"><div class="hd"><h3>通知公告</h3><a class="more" href="/tzgg/">更多</a></div>'
    '<ul><li><a href="/tzgg/a.html">关于开展安全生产大检查的通知</a><span>2024-11-20</span></li>'
    '<li><a href="/tzgg/b.html">关于做好冬季防火工作的通知</a><span>2024-11-02</span></li></ul></div>'
)
_TODAY = date(2026, 11, 26)


def _swept(header: str, lists: str = _OLD_LISTS) -> date | None:
    page = f"<html><head><title>县政府</title></head><body>{header}{lists}</body></html>"
    return observe(page.encode(), "utf-8", URL, now=_TODAY, lists=False).newest_item


@pytest.mark.parametrize(
    "header",
    [
        # a header's bare <span> beside its slogan, the tool bar's links next to it
        '<div class="top"><div class="fl"><span>2026年11月26日</span>　青山人社 · 民生为本</div>'
        '<div class="fr"><a href="/sjb/">手机版</a><a href="/wx/">微信</a><a href="/en/">English</a>'
        '<a href="/login">登录</a></div></div>',
        # a welcome marquee and a <span id="today"> (yesterday's: a server a zone behind)
        '<marquee class="gg">欢迎访问寻乌县人民政府网站！2026年11月26日</marquee>'
        '<div class="date"><span id="today">2026-11-25</span></div>',
        # an air-quality box: its day and its 数据发布时间 under its "更多"
        '<div class="aqi box"><div class="hd"><h3>空气质量日报</h3><a class="more" href="/kqzl/">'
        '更多</a></div><div class="bd"><p class="date">2026年11月26日</p><p>AQI：<b>62</b></p>'
        '<p class="tip">数据发布时间：2026-11-26 10:00</p></div></div>',
        # a passport office's slot table: tomorrow's and later days, no links
        '<table><tr><th>Tanggal</th><th>Slot</th><th>Keterangan</th></tr>'
        "<tr><td>27 November 2026</td><td>42 slot</td><td>Pagi 08.00-12.00</td></tr>"
        "<tr><td>28 November 2026</td><td>0 slot</td><td>Penuh</td></tr></table>",
    ],
    ids=["header-span", "marquee-and-span", "air-quality-box", "slot-table-ahead"],
)
def test_the_sweep_skips_a_bare_date_of_today_that_no_item_holds(header: str) -> None:
    """A date widget the server writes at each request is no update: it would make a
    dead site look fresh (the sweep's zombie verdict)."""
    assert _swept(header) == date(2024, 11, 20)


@pytest.mark.parametrize(
    "item",
    [
        '<ul><li><a href="/x/c.html">县政府召开常务会议</a><span>2026-11-26</span></li></ul>',
        '<div class="item"><h3><a href="/x/c.html">县政府召开常务会议</a></h3>'
        '<p class="meta">来源：县政府办 <span>2026-11-26</span></p></div>',
        '<dl><dt><a href="/x/c.html">县政府召开常务会议</a></dt><dd>2026-11-26</dd>'
        '<dt><a href="/x/d.html">县长调研工业园区</a></dt><dd>2026-11-20</dd></dl>',
        '<table><tr><th>事项名称</th><th>受理日期</th></tr><tr><td>个体工商户设立登记</td>'
        '<td>2026-11-26</td></tr><tr><td>不动产抵押登记</td><td>2026-11-25</td></tr></table>',
    ],
    ids=["list-item", "card", "dl", "linkless-table-rows"],
)
def test_the_sweep_keeps_today_s_items_beside_a_date_widget(item: str) -> None:
    header = '<div class="fl"><span>2026年11月26日</span>　欢迎访问</div>'
    assert _swept(header, _OLD_LISTS + item) == _TODAY


def test_the_sweep_skips_a_paragraph_s_date_and_keeps_a_day_heading_s() -> None:
    """A date in prose that no link stands by is no item, as the full scan reads the
    page; a day's heading over its list of links dates that list."""
    prose = (
        '<div class="intro"><p>本馆于2026年11月20日完成古籍数字化一期工程，共计扫描古籍'
        "三千余册，读者可在馆内电子阅览室查阅。</p></div>"
    )
    assert _swept(prose) == date(2024, 11, 20)
    day = (
        "<h2>2026年11月20日</h2><ul><li><a href='/p/1.html'>县政府召开常务会议</a></li>"
        "<li><a href='/p/2.html'>县长调研工业园区</a></li></ul>"
    )
    assert _swept("", _OLD_LISTS + day) == date(2026, 11, 20)


def _trs_list(days: list[date], rows: str = "li") -> str:
    """A TRS list box of year-less [MM-DD] dates, each item's URL dated in full."""
    items = []
    for n, day in enumerate(days):
        href = f"/yxyw/{day:%Y%m}/t{day:%Y%m%d}_{900 + n}.html"
        title = f'<a href="{href}">县政府召开第{n + 1}次常务会议</a>'
        if rows == "li":
            items.append(f"<li>{title}<span>[{day:%m-%d}]</span></li>")
        else:
            items.append(f"<tr><td>{title}</td><td>{day:%m-%d}</td></tr>")
    body = "".join(items)
    box = f"<ul>{body}</ul>" if rows == "li" else f"<table>{body}</table>"
    return f'<div class="box"><div class="hd"><h3>岩溪要闻</h3><a href="/yxyw/">更多</a></div>{box}</div>'


@pytest.mark.parametrize("rows", ["li", "tr"])
def test_the_sweep_years_a_year_less_date_by_its_item_s_url(rows: str) -> None:
    """A dead TRS list's [03-18] beside /yxyw/202403/t20240318_….html is 2024's, as the
    full scan reads it (`columns.year_from_url`), not this year's: read alone, it made a
    homepage dead since 2024 look eight months old (not a zombie)."""
    days = [date(2024, 3, 18), date(2024, 3, 15), date(2024, 2, 29), date(2023, 12, 20)]
    dead = _trs_list(days, rows)
    assert _swept("", dead) == date(2024, 3, 18)
    page = f"<html><head><title>县政府</title></head><body>{dead}</body></html>".encode()
    assert observe(page, "utf-8", URL, now=_TODAY, lists=True).newest_item == date(2024, 3, 18)
    # A live list's [11-25] that its URL dates this year stays this year's.
    live = _trs_list([date(2026, 11, 25), date(2026, 11, 20)], rows)
    assert _swept("", dead + live) == date(2026, 11, 25)
    # And a year-less date no URL years keeps its reading (the URLs' are older).
    undated = '<ul><li><a href="/x/a.html">县长调研工业园区</a><span>[03-20]</span></li></ul>'
    assert _swept("", dead + undated) == date(2026, 3, 20)


_WEEKDAYS = "一二三四五六日"


def _roster(first: date, days: int, rows: str = "tr") -> str:
    """A 值班 duty roster box: one row without a link per day from `first` on."""
    names = ["王建国", "李志强", "陈卫东", "刘海涛"]
    body = []
    for n in range(days):
        day = date.fromordinal(first.toordinal() + n)
        shown = f"{day.month}月{day.day}日"
        week = f"星期{_WEEKDAYS[day.weekday()]}"
        if rows == "tr":
            body.append(f"<tr><td>{shown}</td><td>{week}</td><td>{names[n % 4]}</td><td>0734-812345{n}</td></tr>")
        else:
            body.append(f"<li>{shown} {week} 带班领导：{names[n % 4]}</li>")
    box = f"<table>{''.join(body)}</table>" if rows == "tr" else f"<ul>{''.join(body)}</ul>"
    return f'<div class="box duty"><div class="hd"><h3>本周值班安排</h3></div>{box}</div>'


@pytest.mark.parametrize("rows", ["tr", "li"])
def test_the_sweep_skips_a_duty_roster_s_days(rows: str) -> None:
    """This week's 值班 roster (rows without a link, 11月23日 星期一 … 11月29日 星期日)
    is a timetable, not items: the full scan reads no item there, and tomorrow's row
    dated a dead homepage fresh at depth home."""
    roster = _roster(date(2026, 11, 23), 7, rows)
    assert _swept("", _OLD_LISTS + roster) == date(2024, 11, 20)
    page = f"<html><head><title>县政府</title></head><body>{_OLD_LISTS}{roster}</body></html>"
    assert observe(page.encode(), "utf-8", URL, now=_TODAY, lists=True).newest_item == date(2024, 11, 20)


def test_the_sweep_keeps_linked_items_dated_in_their_own_cells() -> None:
    """Rows that hold links are items however their dates run (an events table's linked
    titles beside link-less date cells), and a link-less list of past days (办件公示's
    受理日期 rows, newest first) keeps its dates: neither is a schedule."""
    events = "".join(
        f'<tr><td><a href="/hd/{d}.html">第{d}期讲座</a></td><td>2026-11-{d}</td></tr>' for d in (25, 26, 27, 28)
    )
    tomorrow = date(2026, 11, 27)  # an item's day within the sweep's one day of slack
    assert _swept("", _OLD_LISTS + f"<table>{events}</table>") == tomorrow
    done = "".join(
        f"<tr><td>个体工商户设立登记</td><td>2026-11-{d}</td></tr>" for d in (26, 25, 24, 23)
    )
    assert _swept("", _OLD_LISTS + f"<table>{done}</table>") == _TODAY
