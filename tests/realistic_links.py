"""Portal sites whose homepages and column pages carry the links real government and
organisation sites carry, and the servers behind those links, for
tests/test_realistic_links.py.

`LinkFarm` is one aiohttp server on 127.0.0.1 routing by Host (`*.lk.test`, reached
through the crawler's `[network] resolve`); each site is a `Portal` of pages and a
`behaviour` that answers its other paths the way real servers do (HEAD refused, HEAD
404 while GET works, soft 404s, redirects to a login page or the homepage, 429 with
Retry-After, slow answers, large files). Every request is recorded, with the bytes of
body each site actually sent and the most requests a host served at once.

Each portal's truth is data beside it: `BROKEN_HOME`, `BROKEN_ELSEWHERE` (distinct
URLs), `SUSPECTED` and `FINE` (URLs that must not be listed).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

DOMAIN = "lk.test"
Behaviour = Callable[[web.Request], Awaitable[web.StreamResponse | None]]


def u(site: str, path: str = "/") -> str:
    return f"http://{site}.{DOMAIN}{path}"


def _list(items: list[tuple[str, str, str]]) -> str:
    return "".join(f'<li><a href="{h}">{t}</a><span>{d}</span></li>' for h, t, d in items)


def _column(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
    return (
        f'<div class="column"><div class="title"><h3>{title}</h3>'
        f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>{_list(items)}</ul></div>'
    )


def _page(title: str, body: str, head: str = "", charset: str = "utf-8") -> str:
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title>{head}'
        f"</head><body>{body}</body></html>"
    )


def list_page(title: str, items: list[tuple[str, str, str]], extra: str = "") -> str:
    return _page(title, f'<div class="list"><h2>{title}</h2><ul>{_list(items)}</ul></div>{extra}')


# --- county: an IIS site that refuses HEAD (405) ----------------------------------
COUNTY_HOME = _page(
    "示例县人民政府门户网站",
    '<div class="nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a>'
    '<a href="/tzgg/">通知公告</a><a href="javascript:void(0)">无障碍浏览</a>'
    '<a href="javascript:;" onclick="addFavorite()">加入收藏</a></div>'
    '<img src="/images/banner.jpg" alt="横幅"><img src="/images/old_banner.jpg" alt="旧横幅">'
    '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">'
    + _column(
        "政务动态",
        "/zwdt/",
        [
            ("/zwdt/202611/t20261124_1.html", "县长主持召开县政府常务会议", "2026-11-24"),
            ("/zwdt/202611/t20261124_1.html#top", "县长主持召开县政府常务会议", "2026-11-24"),
            ("/zwdt/202611/t20261120_2.html", "全县冬季安全生产工作会议召开", "2026-11-20"),
            ("/zwdt/202611/t20261101_9.html", "县领导调研乡村振兴重点项目", "2026-11-01"),
        ],
    )
    + _column(
        "通知公告",
        "/tzgg/",
        [
            ("/files/2026年预算公开.pdf", "示例县2026年部门预算公开", "2026-11-18"),
            ("/files/申报材料 清单.zip", "项目申报材料清单下载", "2026-11-10"),
        ],
    )
    + '<div class="links">友情链接：<a href="http://www.ext.lk.test/">中国政府网</a>'
    '<a href="http://www.old-bureau.test/">原县粮食局（已撤并）</a>'
    '<a href="//www.ext.lk.test/">中国政府网（协议相对）</a></div>'
    '<div class="footer"><a href="mailto:zwgk@county.gov.cn">联系我们</a>'
    '<a href="tel:0371-12345678">值班电话</a><a href="">网站地图</a><a href="#">返回顶部</a>'
    "版权所有 示例县人民政府</div>",
)
COUNTY_ZWDT = list_page(
    "政务动态",
    [
        ("/zwdt/202611/t20261124_1.html", "县长主持召开县政府常务会议", "2026-11-24"),
        ("/zwdt/202611/t20261120_2.html", "全县冬季安全生产工作会议召开", "2026-11-20"),
        ("/zwdt/202610/t20261015_7.html", "县政府召开专题会议研究秋冬季防火工作", "2026-10-15"),
    ],
)
COUNTY_TZGG = list_page(
    "通知公告",
    [
        ("/tzgg/202611/t20261118_3.html", "关于2026年部门预算公开的公告", "2026-11-18"),
        ("/files/2026年预算公开.pdf", "示例县2026年部门预算公开", "2026-11-18"),
    ],
)
COUNTY_PAGES = {"/": COUNTY_HOME, "/zwdt/": COUNTY_ZWDT, "/tzgg/": COUNTY_TZGG}
COUNTY_MISSING = {
    "/zwdt/202611/t20261101_9.html",
    "/images/old_banner.jpg",
    "/zwdt/202610/t20261015_7.html",
}
COUNTY_BROKEN_HOME = {
    u("county", "/zwdt/202611/t20261101_9.html"),
    u("county", "/images/old_banner.jpg"),
    "http://www.old-bureau.test/",
}
COUNTY_BROKEN_ELSEWHERE = {u("county", "/zwdt/202610/t20261015_7.html")}
# A 20 MB budget file and an archive: they exist, and must not be downloaded whole.
BIG_FILE_BYTES = 20 * 1024 * 1024


# --- city: a Java portal; HEAD answers 404 on its .do routes, a WAF answers HEAD with
# 403 on its interaction pages; deleted articles redirect to /404.html (200) --------
CITY_HOME = _page(
    "示例市人民政府",
    '<div class="nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a>'
    '<a href="/zwgk/">政务公开</a><a href="/hdjl/mailbox.do?method=list">市长信箱</a>'
    '<a href="/bsfw/search.do?channel=1">办事服务</a></div>'
    + _column(
        "新闻中心",
        "/xwzx/",
        [
            ("/xwzx/content.do?id=8812", "市政府召开第十二次常务会议", "2026-11-23"),
            ("/xwzx/content.do?id=8790", "全市优化营商环境推进会召开", "2026-11-19"),
            ("/xwzx/202611/t20261105_5512.html", "市领导督导秋冬季大气污染防治", "2026-11-05"),
        ],
    )
    + _column(
        "政务公开",
        "/zwgk/",
        [
            ("/zwgk/202611/t20261120_5530.html", "市人民政府关于印发营商环境若干措施的通知", "2026-11-20"),
            ("/zwgk/gkml/detail.jsp?id=330", "2026年政府信息公开工作年度报告", "2026-11-02"),
        ],
    )
    + '<div class="links"><a href="http://www.ext.lk.test/">中国政府网</a></div>'
    '<script type="text/template" id="tpl"><li><a href="/xwzx/{{id}}.html">{{title}}</a></li></script>'
    '<!-- 旧版 <a href="/old/removed_column/">历史栏目</a> -->'
    '<div class="footer">版权所有 示例市人民政府办公室</div>',
)
CITY_XWZX = list_page(
    "新闻中心",
    [
        ("/xwzx/content.do?id=8812", "市政府召开第十二次常务会议", "2026-11-23"),
        ("/xwzx/content.do?id=8790", "全市优化营商环境推进会召开", "2026-11-19"),
        ("/xwzx/content.do?id=7001", "市领导调研重点项目建设", "2026-10-12"),
    ],
)
CITY_ZWGK = list_page(
    "政务公开",
    [
        ("/zwgk/202611/t20261120_5530.html", "市人民政府关于印发营商环境若干措施的通知", "2026-11-20"),
        ("/zwgk/gkml/detail.jsp?id=330", "2026年政府信息公开工作年度报告", "2026-11-02"),
    ],
)
CITY_PAGES = {"/": CITY_HOME, "/xwzx/": CITY_XWZX, "/zwgk/": CITY_ZWGK}
SOFT_404_PAGE = _page(
    "404 页面不存在",
    "<h1>您访问的页面不存在</h1><p>抱歉，您访问的页面不存在或已被删除。</p>"
    '<a href="/">返回首页</a>',
)
CITY_BROKEN_HOME = {
    # Deleted: redirected to the site's error page (a 200).
    u("city", "/xwzx/202611/t20261105_5512.html"),
}
CITY_BROKEN_ELSEWHERE = {
    # Deleted: a 200 page that says 您访问的页面不存在 at the same address.
    u("city", "/xwzx/content.do?id=7001"),
}


# --- dept: redirects. An OA link sends visitors to a login page; removed articles are
# sent to the homepage; a moved column goes through three hops; an old link loops ------
DEPT_HOME = _page(
    "示例市发展和改革委员会",
    '<div class="nav"><a href="/">首页</a><a href="/index.html">网站首页</a>'
    '<a href="/fgdt/">发改动态</a><a href="/oa/">内部办公</a>'
    '<a href="/xxgk/">信息公开</a></div>'
    + _column(
        "发改动态",
        "/fgdt/",
        [
            ("/fgdt/202611/t20261122_101.html", "市发改委召开重大项目调度会", "2026-11-22"),
            ("/fgdt/202609/t20260901_77.html", "市发改委开展价格监督检查", "2026-09-01"),
            ("/fgdt/loop.html", "市发改委主任接待群众来访", "2026-11-12"),
        ],
    )
    + '<div class="footer">版权所有 示例市发展和改革委员会</div>',
)
DEPT_FGDT = list_page(
    "发改动态",
    [
        ("/fgdt/202611/t20261122_101.html", "市发改委召开重大项目调度会", "2026-11-22"),
        ("/fgdt/202609/t20260901_77.html", "市发改委开展价格监督检查", "2026-09-01"),
    ],
)
DEPT_PAGES = {"/": DEPT_HOME, "/fgdt/": DEPT_FGDT, "/xxgk/list/": list_page(
    "信息公开", [("/xxgk/202611/t20261110_9.html", "2026年第三季度重大项目进展情况", "2026-11-10")]
)}
DEPT_BROKEN_HOME = {u("dept", "/fgdt/loop.html")}
DEPT_SUSPECTED = {u("dept", "/fgdt/202609/t20260901_77.html")}  # sent to the homepage


# --- gbk: a GBK district site with a <base href>, unencoded Chinese and spaces in its
# links, a GBK percent-encoded search link, a CDN script named protocol-relative -------
GBK_HOME = _page(
    "北京市朝阳区人民政府",
    '<div class="nav"><a href="./">首页</a><a href="zwdt/">政务动态</a>'
    '<a href="/search/search.jsp?keyword=%D5%FE%CE%F1%B9%AB%BF%AA">政务公开检索</a></div>'
    + _column(
        "政务动态",
        "zwdt/",
        [
            ("zwdt/202611/区政府常务会议.html", "区政府召开常务会议研究部署冬季供暖工作", "2026年11月24日"),
            ("zwdt/202611/供暖 保障.html", "区领导检查冬季供暖保障工作", "2026年11月20日"),
            ("zwdt/202611/已删除.html", "区政府召开安全生产专题会议", "2026年11月18日"),
        ],
    )
    + '<script src="//static.lk.test/js/jquery.min.js"></script>'
    '<link rel="stylesheet" href="//static.lk.test/css/gone.css">'
    '<div class="footer">主办：北京市朝阳区人民政府办公室 版权所有</div>',
    head='<base href="http://gbk.lk.test/cms/">',
    charset="gbk",
)
GBK_ZWDT = list_page(
    "政务动态",
    [
        ("/cms/zwdt/202611/区政府常务会议.html", "区政府召开常务会议研究部署冬季供暖工作", "2026年11月24日"),
        ("/cms/zwdt/202611/供暖 保障.html", "区领导检查冬季供暖保障工作", "2026年11月20日"),
    ],
)
GBK_PAGES = {"/cms/": GBK_HOME, "/cms/zwdt/": GBK_ZWDT}
GBK_BROKEN_HOME = {
    "http://gbk.lk.test/cms/zwdt/202611/已删除.html",
    "http://static.lk.test/css/gone.css",
}


# --- bureau: a host behind a rate limiter (429 with Retry-After) and slow pages -------
BUREAU_HOME = _page(
    "示例市统计局",
    '<div class="nav"><a href="/">首页</a><a href="/tjsj/">统计数据</a></div>'
    + _column(
        "统计数据",
        "/tjsj/",
        [
            ("/tjsj/202611/t20261121_1.html", "2026年10月全市经济运行情况", "2026-11-21"),
            ("/tjsj/202611/t20261115_2.html", "2026年10月居民消费价格变动情况", "2026-11-15"),
            ("/tjsj/202611/t20261110_3.html", "2026年前三季度全市生产总值", "2026-11-10"),
        ],
    )
    + '<a href="/slow/fine.html">统计年鉴（慢）</a><a href="/slow/too-slow.html">普查公报（超时）</a>'
    + "".join(f'<a href="/sjfb/{n}.html">数据发布第{n}期</a>' for n in range(1, 9))
    + '<div class="footer">版权所有 示例市统计局</div>',
)
BUREAU_PAGES = {"/": BUREAU_HOME, "/tjsj/": list_page("统计数据", [
    ("/tjsj/202611/t20261121_1.html", "2026年10月全市经济运行情况", "2026-11-21"),
])}
BUREAU_SUSPECTED = {u("bureau", "/slow/too-slow.html")}


# --- assoc: an organisation's site with a 400-item archive on its homepage and
# friendly links to hosts that refuse connections, that never answer, that are gone ---
ASSOC_ARCHIVE = 400
ASSOC_HOME = _page(
    "示例省律师协会",
    '<div class="nav"><a href="/">首页</a><a href="/xhdt/">协会动态</a></div>'
    + _column(
        "协会动态",
        "/xhdt/",
        [("/xhdt/202611/t20261123_1.html", "省律协召开第十届理事会第三次会议", "2026-11-23")],
    )
    + '<div class="links"><a href="http://refused.test/">合作单位（已关停）</a>'
    + "".join(f'<a href="http://hang.test/p{n}.html">省法学会专题{n}</a>' for n in range(6))
    + "</div><div class=\"archive\">"
    + "".join(f'<a href="/archive/{n}.html">往期资料{n}</a>' for n in range(ASSOC_ARCHIVE))
    + '</div><div class="footer">版权所有 示例省律师协会</div>',
)
ASSOC_PAGES = {"/": ASSOC_HOME, "/xhdt/": list_page("协会动态", [
    ("/xhdt/202611/t20261123_1.html", "省律协召开第十届理事会第三次会议", "2026-11-23"),
])}


# --- old: an embedded server of an old station that answers HEAD with 501 ---------
OLD_HOME = _page(
    "示例县气象局",
    '<a href="/qxyb/">气象预报</a>'
    + _column(
        "气象预报",
        "/qxyb/",
        [("/qxyb/20261124.html", "11月24日天气预报", "2026-11-24")],
    )
    + '<a href="/files/气候公报.doc">2025年气候公报</a><a href="/nope.html">旧链接</a>',
)
OLD_PAGES = {"/": OLD_HOME, "/qxyb/": list_page("气象预报", [
    ("/qxyb/20261124.html", "11月24日天气预报", "2026-11-24"),
])}
OLD_BROKEN_HOME = {u("old", "/nope.html")}


@dataclass
class Portal:
    pages: dict[str, str]
    behaviour: Behaviour | None = None
    charset: str = "utf-8"


@dataclass
class LinkFarm:
    """The sites; `calls` keeps (host, method, path_qs) of every request."""

    portals: dict[str, Portal] = field(default_factory=dict)
    calls: list[tuple[str, str, str]] = field(default_factory=list)
    sent_bytes: Counter[str] = field(default_factory=Counter)
    in_flight: Counter[str] = field(default_factory=Counter)
    max_in_flight: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.recent: dict[str, list[float]] = {}
        self.portals.update(
            county=Portal(COUNTY_PAGES, self.county),
            city=Portal(CITY_PAGES, self.city),
            dept=Portal(DEPT_PAGES, self.dept),
            gbk=Portal(GBK_PAGES, self.gbk, charset="gbk"),
            bureau=Portal(BUREAU_PAGES, self.bureau),
            assoc=Portal(ASSOC_PAGES, self.assoc),
            old=Portal(OLD_PAGES, self.old),
            ext=Portal({"/": _page("中国政府网", "<p>首页</p>")}),
            static=Portal({}, self.static),
        )
        self.slow_fine = 0.0
        self.slow_too = 0.0

    def requests(self, site: str, method: str | None = None) -> list[str]:
        return [p for h, m, p in self.calls if h == site and (method is None or m == method)]

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.dispatch)
        return app

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        host = (request.host or "").split(":")[0]
        name = host.removesuffix(f".{DOMAIN}").removeprefix("www.")
        self.calls.append((name, request.method, request.path_qs))
        self.in_flight[name] += 1
        self.max_in_flight[name] = max(self.max_in_flight[name], self.in_flight[name])
        try:
            portal = self.portals.get(name)
            if portal is None:
                return web.Response(status=421)
            if request.method == "GET" and request.path in portal.pages:
                body = portal.pages[request.path].encode(portal.charset)
                return web.Response(body=body, content_type="text/html", charset=portal.charset)
            if portal.behaviour is not None:
                answered = await portal.behaviour(request)
                if answered is not None:
                    return answered
            if request.path in portal.pages and request.method == "HEAD":
                return web.Response(content_type="text/html")
            return web.Response(text="<html><body>正文</body></html>", content_type="text/html")
        finally:
            self.in_flight[name] -= 1

    async def _big(self, request: web.Request, name: str, content_type: str) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={"Content-Type": content_type, "Content-Length": str(BIG_FILE_BYTES)}
        )
        await response.prepare(request)
        if request.method == "HEAD":
            return response
        chunk = b"%PDF" + b"\0" * 65_532
        try:
            for _ in range(BIG_FILE_BYTES // len(chunk)):
                await response.write(chunk)
                self.sent_bytes[name] += len(chunk)
        except (ConnectionError, RuntimeError):
            pass  # the client let go
        return response

    async def county(self, request: web.Request) -> web.StreamResponse | None:
        if request.method == "HEAD":
            return web.Response(status=405, headers={"Allow": "GET, POST"})
        if request.path in COUNTY_MISSING:
            return web.Response(status=404, text="<h1>404</h1>", content_type="text/html")
        if request.path.endswith((".pdf", ".zip")):
            kind = "application/pdf" if request.path.endswith(".pdf") else "application/zip"
            return await self._big(request, "county", kind)
        return None

    async def city(self, request: web.Request) -> web.StreamResponse | None:
        if request.method == "HEAD" and request.path.endswith((".do", ".jsp")):
            return web.Response(status=404)  # the framework maps GET only
        if request.method == "HEAD" and request.path.startswith("/hdjl/"):
            return web.Response(status=403, text="WAF")
        if request.path == "/xwzx/202611/t20261105_5512.html":
            raise web.HTTPFound("/404.html")
        if request.path == "/404.html":
            return web.Response(text=SOFT_404_PAGE, content_type="text/html")
        if request.path == "/xwzx/content.do" and request.query.get("id") == "7001":
            return web.Response(text=SOFT_404_PAGE, content_type="text/html")
        return None

    async def dept(self, request: web.Request) -> web.StreamResponse | None:
        path = request.path
        if path == "/index.html":
            raise web.HTTPFound("/")
        if path == "/oa/":
            raise web.HTTPFound("/oa/login.jsp?ReturnUrl=%2Foa%2F")
        if path == "/oa/login.jsp":
            return web.Response(text=_page("统一身份认证 登录", "<form></form>"), content_type="text/html")
        if path == "/fgdt/202609/t20260901_77.html":
            raise web.HTTPFound("/")
        if path == "/xxgk/":
            raise web.HTTPMovedPermanently("/xxgk/index/")
        if path == "/xxgk/index/":
            raise web.HTTPFound("/xxgk/list")
        if path == "/xxgk/list":
            raise web.HTTPFound("/xxgk/list/")
        if path == "/fgdt/loop.html":
            raise web.HTTPFound("/fgdt/loop2.html")
        if path == "/fgdt/loop2.html":
            raise web.HTTPFound("/fgdt/loop.html")
        return None

    async def gbk(self, request: web.Request) -> web.StreamResponse | None:
        if request.path == "/":
            raise web.HTTPFound("/cms/")
        if request.path == "/cms/zwdt/202611/已删除.html":
            return web.Response(status=404)
        if request.path.startswith("/cms/zwdt/202611/"):
            name = request.path.rsplit("/", 1)[1]
            if name not in ("区政府常务会议.html", "供暖 保障.html"):
                return web.Response(status=404)  # sent in another encoding
        if request.path == "/search/search.jsp":
            raw = request.raw_path.partition("keyword=")[2]
            if raw != "%D5%FE%CE%F1%B9%AB%BF%AA":
                return web.Response(status=400, text="bad keyword")
        return None

    async def static(self, request: web.Request) -> web.StreamResponse | None:
        if request.path == "/css/gone.css":
            return web.Response(status=404)
        return web.Response(text="/* js */", content_type="application/javascript")

    async def bureau(self, request: web.Request) -> web.StreamResponse | None:
        if request.path == "/slow/fine.html":
            await asyncio.sleep(self.slow_fine)
            return None
        if request.path == "/slow/too-slow.html":
            await asyncio.sleep(self.slow_too)
            return None
        # A rate limiter: more than 4 requests within 0.3 s get a 429.
        loop = asyncio.get_running_loop()
        now = loop.time()
        recent = [t for t in self.recent.get("bureau", []) if now - t < 0.3]
        recent.append(now)
        self.recent["bureau"] = recent
        if len(recent) > 4:
            return web.Response(status=429, headers={"Retry-After": "1"}, text="请求过于频繁")
        return None

    async def assoc(self, request: web.Request) -> web.StreamResponse | None:
        await asyncio.sleep(0.005)  # long enough for link checks to overlap
        return None

    async def old(self, request: web.Request) -> web.StreamResponse | None:
        if request.method == "HEAD":
            return web.Response(status=501)
        if request.path == "/nope.html":
            return web.Response(status=404)
        return None
