"""Sites whose pages change between scans the way real ones do, for the change-tracking
tests (tests/test_realistic_change.py).

A `ChangeSite` holds its truth, `Content` (the columns and their item titles: what an
editor publishes), and renders every request afresh from it with the parts that real
pages vary on every visit: a server-side clock (今天是2026年11月25日 星期三 10:23:45),
visitor and online counters, a weather widget, a random banner and ad slot, the
图片新闻 carousel in a random order, a 热点排行 list ordered by its read counts, CSRF
tokens and session ids in forms and links, cache-busters on scripts and styles, the
page's generation time (in a comment and in the footer) and 本站已安全运行N天. Only a change
of `Content` is a change of the page.

The server's validators are chosen per site (`validators`): none, a strong or weak
ETag of the content, Last-Modified only, validators that change on every request (a
dynamic page), or varying headers over an identical body; and `hostile`, a broken cache
in front that answers a bare 304 to any conditional request whatever the content, or
to any request of the homepage. Every request is recorded.

Everything is undated unless `dated_ages` is given (then each item shows a date, days
before the scan's clock): the change history is what judges an undated site.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from html import escape

from aiohttp import web

# Wednesday 2026-11-25, 10:00 in Beijing.
NOW = datetime(2026, 11, 25, 2, tzinfo=UTC)
WEEKDAYS = "一二三四五六日"

WEATHER = ("晴", "多云", "阴", "小雨", "晴转多云", "多云转阴", "雨夹雪", "雾", "霾")
WINDS = ("东北风", "北风", "西北风", "南风", "微风")
AIR = ("优", "良", "轻度污染")

PHOTO_NEWS = (
    "县委书记深入乡镇调研秋冬季农业生产",
    "清河县第十届运动会隆重开幕",
    "志愿者走进社区开展义诊活动",
    "清河湿地公园迎来越冬候鸟",
    "我县举行重大项目集中开工仪式",
)
HOT = (
    "关于2026年度城乡居民医保缴费的通知",
    "清河县2026年公开招聘教师公告",
    "关于冬季供暖收费标准的说明",
    "清河县不动产登记办事指南",
    "新生儿出生一件事办理流程",
    "清河县城区学区划分方案",
)


@dataclass
class Content:
    """What the site publishes: column heading -> (path, item titles)."""

    columns: dict[str, tuple[str, list[str]]]

    def copy(self) -> Content:
        return Content(
            {name: (path, list(titles)) for name, (path, titles) in self.columns.items()}
        )

    def digest(self) -> str:
        return hashlib.blake2b(
            repr(sorted(self.columns.items())).encode(), digest_size=8
        ).hexdigest()


def county_content() -> Content:
    return Content(
        {
            "政务动态": (
                "/zwdt/",
                [
                    "县委常委会召开会议传达学习全省经济工作会议精神",
                    "县政府召开常务会议研究部署冬季重点工作",
                    "全县冬季安全生产工作推进会召开",
                    "县领导调研重点项目建设进展情况",
                    "我县开展森林防火应急疏散演练",
                ],
            ),
            "通知公告": (
                "/tzgg/",
                [
                    "关于做好冬季清洁取暖工作的通知",
                    "关于元旦春节期间有关工作安排的通知",
                    "清河县公开招聘事业单位工作人员公告",
                    "关于调整部分道路交通管制措施的通告",
                ],
            ),
            "政务简报": (
                "/zwjb/",
                [
                    "清河政务简报第12期",
                    "清河政务简报第11期",
                    "清河政务简报第10期",
                    "清河政务简报第9期",
                ],
            ),
            "政策文件": (
                "/zcwj/",
                [
                    "清河县人民政府关于印发《清河县优化营商环境若干措施》的通知",
                    "清河县人民政府关于进一步加强耕地保护的意见",
                    "清河县突发事件总体应急预案",
                ],
            ),
        }
    )


@dataclass
class Visit:
    """The volatile parts of one rendering: random per request."""

    now: datetime
    rng: random.Random
    serial: int

    def token(self, length: int = 32) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(length))


def _local(now: datetime) -> datetime:
    return now.astimezone(UTC) + timedelta(hours=8)


def clock_bar(visit: Visit) -> str:
    here = _local(visit.now)
    weekday = WEEKDAYS[here.weekday()]
    return (
        '<div class="topbar"><span class="date">今天是'
        f"{here.year}年{here.month}月{here.day}日 星期{weekday}</span>"
        f' <span class="time">{here:%H:%M}:{visit.rng.randrange(60):02d}</span>'
        f'<a href="/login.jsp;jsessionid={visit.token(24).upper()}">登录</a>'
        '<a href="/wza/">无障碍</a><a href="/en/">English</a></div>'
    )


def weather(visit: Visit) -> str:
    low = visit.rng.randrange(-5, 10)
    return (
        '<div class="weather"><span class="city">清河县</span>'
        f"<span>{visit.rng.choice(WEATHER)}</span>"
        f"<span>{low}℃~{low + visit.rng.randrange(3, 12)}℃</span>"
        f"<span>{visit.rng.choice(WINDS)}{visit.rng.randrange(1, 5)}级</span>"
        f"<span>空气质量：{visit.rng.choice(AIR)}</span></div>"
    )


def counters(visit: Visit) -> str:
    total = 1_234_567 + visit.serial * 37 + visit.rng.randrange(30)
    return (
        f'<div class="count">您是本站第<span id="c">{total:,}</span>位访客 '
        f"今日访问量：<b>{visit.rng.randrange(300, 3000)}</b> "
        f"在线人数：{visit.rng.randrange(2, 60)}</div>"
    )


def banner(visit: Visit) -> str:
    n = visit.rng.randrange(1, 6)
    return (
        f'<div class="banner"><a href="/ztzl/zt{n}/?from=banner&amp;t={visit.token(8)}">'
        f'<img src="/images/banner{n}.jpg?{visit.token(6)}" alt="专题专栏{n}"></a></div>'
    )


def ad_slot(visit: Visit) -> str:
    n = visit.rng.randrange(1, 9)
    return (
        f'<div class="ad" id="ad{visit.rng.randrange(100)}"><a href="/ad/click?id={n}&amp;r='
        f'{visit.token(10)}" target="_blank"><img src="/ad/{n}.gif" alt=""></a></div>'
    )


def photo_news(visit: Visit) -> str:
    items = list(PHOTO_NEWS)
    visit.rng.shuffle(items)
    return (
        '<div class="tpxw"><h3>图片新闻</h3><ul>'
        + "".join(
            f'<li><a href="/tpxw/{PHOTO_NEWS.index(t) + 1}.html"><img src="/tpxw/{PHOTO_NEWS.index(t) + 1}.jpg">'
            f"<p>{escape(t)}</p></a></li>"
            for t in items
        )
        + "</ul></div>"
    )


def hot_list(visit: Visit) -> str:
    reads = {title: visit.rng.randrange(100, 9000) for title in HOT}
    ranked = sorted(HOT, key=lambda t: -reads[t])
    return (
        '<div class="rank"><h3>热点排行</h3><ol>'
        + "".join(
            f'<li><a href="/rd/{HOT.index(t) + 1}.html">{escape(t)}</a><span>阅读 {reads[t]}</span></li>'
            for t in ranked
        )
        + "</ol></div>"
    )


def search_form(visit: Visit) -> str:
    return (
        f'<form action="/search.jsp;jsessionid={visit.token(24).upper()}" method="post">'
        f'<input type="hidden" name="_csrf" value="{visit.token()}">'
        f'<input type="hidden" name="__VIEWSTATE" value="{visit.token(48)}">'
        '<input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form>'
    )


def head(title: str, visit: Visit) -> str:
    v = visit.rng.randrange(100000, 999999)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        f'<link rel="stylesheet" href="/css/main.css?v={v}">'
        f'<script src="/js/jquery.min.js?v={v}"></script>'
        f'<meta name="csrf-token" content="{visit.token()}">'
        "</head>"
    )


def footer(visit: Visit) -> str:
    seconds = visit.rng.randrange(5, 400) / 1000
    return (
        '<div class="footer"><p>主办单位：清河县人民政府办公室 版权所有 © 2012-2026</p>'
        "<p>网站标识码：1306000012 冀ICP备05012345号</p>"
        f"<p>本站已安全运行{3000 + visit.serial}天 页面执行时间：{seconds:.3f}秒</p></div>"
        f"<!-- generated {seconds:.3f}s at {visit.now.timestamp():.0f} -->"
        f"<script>var _hmt=_hmt||[];var sid='{visit.token(16)}';</script></body></html>"
    )


def items_html(titles: list[str], path: str, ages: list[int] | None, today: date) -> str:
    rows = []
    for i, title in enumerate(titles):
        when = f"<span>{(today - timedelta(days=ages[i])).isoformat()}</span>" if ages else ""
        slug = hashlib.blake2b(title.encode(), digest_size=4).hexdigest()
        rows.append(
            f'<li><a href="{path}{slug}.html" title="{escape(title)}">{escape(title)}</a>{when}</li>'
        )
    return "".join(rows)


def homepage(content: Content, visit: Visit, dated_ages: list[int] | None = None) -> str:
    today = _local(visit.now).date()
    columns = "".join(
        f'<div class="column"><div class="hd"><h2>{escape(name)}</h2>'
        f'<a class="more" href="{path}">更多&gt;&gt;</a></div><ul>'
        + items_html(titles, path, dated_ages, today)
        + "</ul></div>"
        for name, (path, titles) in content.columns.items()
    )
    nav = "".join(
        f'<a href="{path}">{escape(name)}</a>' for name, (path, _) in content.columns.items()
    )
    return (
        head("清河县人民政府门户网站", visit)
        + "<body>"
        + clock_bar(visit)
        + weather(visit)
        + '<div class="header"><img src="/images/logo.png" alt="清河县人民政府">'
        + search_form(visit)
        + "</div>"
        + f'<div class="nav"><a href="/">首页</a>{nav}<a href="/zmhd/">政民互动</a></div>'
        + banner(visit)
        + '<div class="main">'
        + photo_news(visit)
        + columns
        + "</div>"
        + '<div class="side">'
        + hot_list(visit)
        + ad_slot(visit)
        + '<div class="links"><h3>友情链接</h3><a href="http://www.gov.cn/">中国政府网</a>'
        + '<a href="http://www.hebei.gov.cn/">河北省人民政府</a></div>'
        + counters(visit)
        + "</div>"
        + footer(visit)
    )


def column_page(
    name: str, path: str, titles: list[str], visit: Visit, dated_ages: list[int] | None = None
) -> str:
    today = _local(visit.now).date()
    return (
        head(f"{name}_清河县人民政府门户网站", visit)
        + "<body>"
        + clock_bar(visit)
        + weather(visit)
        + search_form(visit)
        + f'<div class="location">当前位置：<a href="/">首页</a> &gt; {escape(name)}</div>'
        + f'<div class="list"><h2>{escape(name)}</h2><ul class="list">'
        + items_html(titles, path, dated_ages, today)
        + "</ul>"
        + f'<div class="page">共{len(titles)}条 第1页/共1页</div></div>'
        + counters(visit)
        + footer(visit)
    )


VALIDATORS = ("none", "strong", "weak", "last_modified", "dynamic", "headers")


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int


@dataclass
class ChangeSite:
    """One virtual site rendering `content` afresh on every request.

    `clock` is the scan's now (the tests move it between scans). `published` is when
    `content` last changed (what Last-Modified says). `static` renders the volatile parts
    once per publication (a CMS that publishes static HTML: the body changes only
    when the content does) instead of once per request.
    """

    content: Content
    clock: Callable[[], datetime]
    validators: str = "none"
    static: bool = False
    dated_ages: list[int] | None = None
    hostile: str = ""  # "conditional": 304 to every conditional GET; "always": to any GET of /
    seed: int = 7
    published: datetime = NOW - timedelta(days=1)
    hits: list[Hit] = field(default_factory=list)
    serial: int = 0

    def publish(self, content: Content) -> None:
        self.content = content
        self.published = self.clock()

    def _visit(self) -> Visit:
        self.serial += 1
        if self.static:
            seed = int(self.content.digest(), 16) ^ self.seed
            return Visit(self.published, random.Random(seed), 0)
        return Visit(self.clock(), random.Random(self.seed * 1_000_003 + self.serial), self.serial)

    def render(self, path: str) -> str | None:
        visit = self._visit()
        if path in ("/", "/index.html"):
            return homepage(self.content, visit, self.dated_ages)
        for name, (column_path, titles) in self.content.columns.items():
            if path == column_path:
                return column_page(name, column_path, titles, visit, self.dated_ages)
        return None

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        response = self._answer(request)
        self.hits.append(Hit(request.path_qs, dict(request.headers), response.status))
        return response

    def _answer(self, request: web.Request) -> web.Response:
        asked = "If-None-Match" in request.headers or "If-Modified-Since" in request.headers
        if (self.hostile == "conditional" and asked) or (
            self.hostile == "always" and request.path == "/"
        ):
            # A broken cache in front: a bare 304 to anything conditional, whatever the
            # content; or to the homepage even when nothing was asked.
            return web.Response(status=304)
        page = self.render(request.path)
        if page is None:
            return web.Response(
                status=404, text="<html><body>404</body></html>", content_type="text/html"
            )
        body = page.encode("utf-8")
        headers = {"Content-Type": "text/html; charset=utf-8"}
        modified = format_datetime(self.published.astimezone(UTC), usegmt=True)
        tag = self.content.digest() + request.path.strip("/").replace("/", "-")
        etag = None
        if self.validators == "strong":
            etag = f'"{tag}"'
        elif self.validators == "weak":
            etag = f'W/"{tag}"'
        elif self.validators == "dynamic":
            etag = f'"{self.serial:x}-{hashlib.md5(body).hexdigest()[:8]}"'
            modified = format_datetime(self.clock().astimezone(UTC), usegmt=True)
        elif self.validators == "headers":
            headers.update(
                {
                    "Set-Cookie": f"JSESSIONID={self.serial:08X}; Path=/; HttpOnly",
                    "X-Request-Id": f"{self.serial:016x}",
                    "Date": format_datetime(self.clock().astimezone(UTC), usegmt=True),
                    "Server": "nginx" if self.serial % 2 else "Apache",
                }
            )
        if etag is not None:
            headers["ETag"] = etag
        if self.validators in ("strong", "weak", "last_modified", "dynamic"):
            headers["Last-Modified"] = modified
        sent_tag = request.headers.get("If-None-Match")
        if etag is not None and sent_tag is not None:
            if _opaque(sent_tag) == _opaque(etag):  # weak comparison, as RFC 9110 says
                return web.Response(status=304, headers={"ETag": etag})
        elif self.validators in ("strong", "weak", "last_modified"):
            since = request.headers.get("If-Modified-Since")
            if since == modified:
                return web.Response(status=304)
        return web.Response(body=body, headers=headers)


def _opaque(tag: str) -> str:
    return tag.strip().removeprefix("W/")
