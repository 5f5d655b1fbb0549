"""A farm of virtual sites on one real aiohttp server on 127.0.0.1.

Each site is a host name under `farm.test`, routed by the Host header; the
crawler reaches them through `[network] resolve`, never the system resolver.
Every failure kind a scan must classify has a site here.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import hashlib
import itertools
import random
import re
import socket
import zlib
from collections import Counter
from collections.abc import Awaitable, Callable

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

FARM_DOMAIN = "farm.test"

HEALTHY_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>示例县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/tzgg/">通知公告</a></div>
<div class="col"><h2>政务动态</h2><ul>
<li><a href="/zwdt/202611/t20261120_1.html">县长主持召开常务会议</a><span>2026-11-20</span></li>
<li><a href="/zwdt/202611/t20261118_2.html">全县安全生产工作会议召开</a><span>2026-11-18</span></li>
</ul><a href="/zwdt/">更多>></a></div>
<div class="footer">版权所有 示例县人民政府 ICP备12345678号</div>
<script>var visits = 12345;</script></body></html>"""

GBK_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>北京市朝阳区人民政府</title></head><body><h2>政务动态</h2>
<ul><li><a href="/a.html">区政府召开常务会议研究部署冬季供暖工作</a> 2026年11月20日</li></ul>
</body></html>"""

GBK_UNDECLARED_PAGE = """<html><head><title>河北省石家庄市人民政府门户网站</title></head><body>
<h2>通知公告</h2><ul><li><a href="/b.html">关于做好二〇二六年冬季清洁取暖工作的通知</a></li>
<li><a href="/c.html">市人民政府办公室关于印发优化营商环境若干措施的通知</a></li></ul>
<p>主办单位：石家庄市人民政府办公室 承办单位：石家庄市政务服务数据管理局</p></body></html>"""

BIG5_PAGE = """<html><head><meta charset="big5"><title>臺北市政府全球資訊網</title></head>
<body><h2>最新消息</h2><ul><li><a href="/n1.html">臺北市政府公告事項</a> 民國115年11月20日</li>
</ul><p>臺北市政府 版權所有</p></body></html>"""


# Bound, never listening, held for the test process's life: connections to their
# ports are refused, and no other test's server (in this process or another xdist
# worker) can be given the port meanwhile, as it could once a probe socket was closed
# (a CI run once met an HTTP answer on the "refused" site).
_HELD_PORTS: list[socket.socket] = []


def closed_port() -> int:
    """A local port nobody listens on (connections are refused)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    _HELD_PORTS.append(sock)
    return int(sock.getsockname()[1])


class Farm:
    """The virtual sites; `hits` counts requests per host."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.sites: dict[str, Handler] = {
            "ok": self.ok,
            "slow": self.slow,
            "hang": self.hang,
            "reset": self.reset,
            "err500": self.status(500),
            "err503": self.status(503),
            "notfound": self.status(404),
            "gone": self.status(410),
            "forbidden": self.status(403),
            "loop": self.loop,
            "longchain": self.long_chain,
            "big": self.big,
            "bomb": self.bomb,
            "gzip": self.gzipped,
            "gbk": self.encoded(GBK_PAGE, "gbk"),
            "gbk-undeclared": self.encoded(GBK_UNDECLARED_PAGE, "gbk"),
            "big5": self.encoded(BIG5_PAGE, "big5"),
            "ratelimit": self.rate_limited,
            "cookie": self.cookie_challenge,
            "meta": self.meta_refresh,
            "badlocation": self.bad_location,
            "offsite-meta": self.offsite_meta_refresh,
            "deflate-raw": self.deflate_raw,
            "deflate-zlib": self.deflate_zlib,
            "bigbomb": self.big_bomb,
            "inflight": self.in_flight_counter,
            "retry-long": self.retry_after_long,
            "chain3": self.chain_of_three,
        }
        # Requests the "inflight" site is serving right now, and the most at once.
        self.in_flight = 0
        self.max_in_flight = 0
        # `conditional`: every 200 page carries an ETag and a Last-Modified and a
        # conditional GET naming them is answered 304 Not Modified, as nginx serves
        # static pages. `volatile`: every HTML page gets what a dynamic portal changes
        # at each request (a clock, a visitor counter, banners in a random order, a
        # CSRF token, a session id in links), so it is never the same twice.
        self.conditional = False
        self.volatile = False
        self.not_modified = 0  # 304s answered
        self._versions: dict[str, str] = {}  # ETag -> its Last-Modified
        self._requests = itertools.count(1)

    def host(self, name: str) -> str:
        return f"{name}.{FARM_DOMAIN}"

    def url(self, name: str, path: str = "/") -> str:
        return f"http://{self.host(name)}{path}"

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.dispatch)
        return app

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        host = (request.host or "").split(":")[0]
        self.hits[host] += 1
        name = host.removesuffix(f".{FARM_DOMAIN}")
        handler = self.sites.get(name)
        if handler is None:
            return web.Response(status=421, text=f"no site {host}")
        if self.volatile and ";jsessionid=" in request.raw_path:
            # The servlet container takes the session id off the path, as Tomcat does.
            request = request.clone(rel_url=_SESSION_ID.sub("", request.raw_path))
        response = await handler(request)
        if self.volatile:
            _add_volatile_parts(response, next(self._requests))
        if self.conditional:
            return self._conditional(request, response)
        return response

    def _conditional(
        self, request: web.Request, response: web.StreamResponse
    ) -> web.StreamResponse:
        """`response` with validators, or a 304 when the request names them (RFC 9110:
        If-None-Match first, If-Modified-Since only without it)."""
        if response.status != 200 or not isinstance(response, web.Response):
            return response
        body = response.body
        if not isinstance(body, bytes):
            return response
        etag = response.headers.get("ETag") or f'"{hashlib.blake2b(body, digest_size=8).hexdigest()}"'
        modified = response.headers.get("Last-Modified") or self._versions.setdefault(
            etag, f"Fri, 20 Nov 2026 08:{len(self._versions) // 60 % 60:02d}:"
            f"{len(self._versions) % 60:02d} GMT"
        )
        response.headers["ETag"] = etag
        response.headers["Last-Modified"] = modified
        tags = request.headers.get("If-None-Match")
        if tags is not None:
            fresh = etag.removeprefix("W/") in {t.strip().removeprefix("W/") for t in tags.split(",")}
        else:
            fresh = request.headers.get("If-Modified-Since") == modified
        if not fresh:
            return response
        self.not_modified += 1
        return web.Response(status=304, headers={"ETag": etag, "Last-Modified": modified})

    # --- sites ---------------------------------------------------------------

    async def ok(self, request: web.Request) -> web.StreamResponse:
        return web.Response(
            text=HEALTHY_PAGE,
            content_type="text/html",
            headers={"Last-Modified": "Fri, 20 Nov 2026 08:00:00 GMT", "ETag": '"v1"'},
        )

    async def slow(self, request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(0.25)
        return await self.ok(request)

    async def hang(self, request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    async def reset(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Length": "100000"})
        response.content_type = "text/html"
        await response.prepare(request)
        await response.write(b"<html><body>" + b"x" * 1000)
        assert request.transport is not None
        request.transport.abort()  # reset mid-body
        return response

    def status(self, code: int) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            return web.Response(status=code, text=f"status {code}", content_type="text/html")

        return handler

    async def loop(self, request: web.Request) -> web.StreamResponse:
        target = {"/": "/a", "/a": "/b", "/b": "/"}.get(request.path, "/")
        raise web.HTTPFound(target)

    async def long_chain(self, request: web.Request) -> web.StreamResponse:
        step = int(request.query.get("n", "0"))
        raise web.HTTPFound(f"/?n={step + 1}")

    async def big(self, request: web.Request) -> web.StreamResponse:
        body = b"<html><body>" + b"<p>filler text</p>" * 20_000 + b"</body></html>"
        return web.Response(body=body, content_type="text/html")

    async def bomb(self, request: web.Request) -> web.StreamResponse:
        return web.Response(
            body=_GZIP_BOMB,
            headers={"Content-Encoding": "gzip", "Content-Type": "text/html"},
        )

    async def gzipped(self, request: web.Request) -> web.StreamResponse:
        return web.Response(
            body=gzip.compress(HEALTHY_PAGE.encode()),
            headers={"Content-Encoding": "gzip", "Content-Type": "text/html; charset=utf-8"},
        )

    def encoded(self, page: str, encoding: str) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            # No charset in the HTTP header: the page (or detection) must tell.
            return web.Response(body=page.encode(encoding), headers={"Content-Type": "text/html"})

        return handler

    async def rate_limited(self, request: web.Request) -> web.StreamResponse:
        if self.hits[request.host.split(":")[0]] == 1:
            return web.Response(status=429, headers={"Retry-After": "0.2"}, text="slow down")
        return await self.ok(request)

    async def cookie_challenge(self, request: web.Request) -> web.StreamResponse:
        if request.cookies.get("waf") != "passed":
            response = web.HTTPFound(request.path)
            response.set_cookie("waf", "passed")
            raise response
        return await self.ok(request)

    async def meta_refresh(self, request: web.Request) -> web.StreamResponse:
        if request.path == "/":
            page = '<html><head><meta http-equiv="refresh" content="0; url=/portal/"></head></html>'
            return web.Response(text=page, content_type="text/html")
        return await self.ok(request)

    async def bad_location(self, request: web.Request) -> web.StreamResponse:
        return web.Response(status=302, headers={"Location": "ftp://files.example/"})

    async def offsite_meta_refresh(self, request: web.Request) -> web.StreamResponse:
        # Another registrable domain: a fetcher must not follow this (and the name is
        # not in the farm's resolve map, so following it would fail as dns).
        page = (
            '<html><head><meta http-equiv="refresh" content="0; url=http://ok.other.test/">'
            "<title>moved</title></head><body>moved</body></html>"
        )
        return web.Response(text=page, content_type="text/html")

    async def deflate_raw(self, request: web.Request) -> web.StreamResponse:
        # "deflate" without the zlib header, as old IIS sends it.
        compressor = zlib.compressobj(wbits=-15)
        body = compressor.compress(HEALTHY_PAGE.encode()) + compressor.flush()
        return web.Response(
            body=body,
            headers={
                "Content-Encoding": "deflate",
                "Content-Type": "text/html; charset=utf-8",
                "Server": "Microsoft-IIS/6.0",
            },
        )

    async def deflate_zlib(self, request: web.Request) -> web.StreamResponse:
        # "deflate" as RFC 9110 means it: a zlib stream.
        return web.Response(
            body=zlib.compress(HEALTHY_PAGE.encode()),
            headers={"Content-Encoding": "deflate", "Content-Type": "text/html; charset=utf-8"},
        )

    async def big_bomb(self, request: web.Request) -> web.StreamResponse:
        return web.Response(
            body=big_gzip_bomb(),
            headers={"Content-Encoding": "gzip", "Content-Type": "text/html"},
        )

    async def in_flight_counter(self, request: web.Request) -> web.StreamResponse:
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.05)
            return await self.ok(request)
        finally:
            self.in_flight -= 1

    async def retry_after_long(self, request: web.Request) -> web.StreamResponse:
        if self.hits[request.host.split(":")[0]] == 1:
            return web.Response(status=429, headers={"Retry-After": "30"}, text="come back later")
        return await self.ok(request)

    async def chain_of_three(self, request: web.Request) -> web.StreamResponse:
        step = int(request.query.get("n", "0"))
        if step < 3:
            raise web.HTTPFound(f"/?n={step + 1}")
        return await self.ok(request)


_SESSION_ID = re.compile(r";jsessionid=[^?#/]*", re.IGNORECASE)
_BODY_END = re.compile(rb"</body>", re.IGNORECASE)
_FIRST_LINK = re.compile(rb"""(<a\s[^>]*href=["']?)(/[^"'>\s?#;]*)""", re.IGNORECASE)


def _add_volatile_parts(response: web.StreamResponse, n: int) -> None:
    """What a dynamic portal writes anew at each request, added to an HTML page: a
    clock, a visitor counter, banners in a random order, a search form's CSRF token
    and a session id in its links."""
    if response.status != 200 or not isinstance(response, web.Response):
        return
    body = response.body
    if (
        not isinstance(body, bytes)
        or "html" not in (response.content_type or "")
        or response.headers.get("Content-Encoding")
    ):
        return
    token = hashlib.sha1(b"%d" % n).hexdigest()
    banners = [f'<li><a href="/zt/{i}/">专题专栏{"一二三四"[i]}</a></li>' for i in range(4)]
    random.Random(n).shuffle(banners)
    block = (
        f'<div class="top-bar"><span class="clock">{n % 24:02d}:{n * 7 % 60:02d}:{n * 13 % 60:02d}'
        f'</span> 您是第{100_000 + n * 37}位访客 <a href="/login.jsp;jsessionid={token[:24].upper()}">'
        f'登录</a></div><ul class="banner-slide">{"".join(banners)}</ul>'
        f'<form action="/search" method="post"><input type="hidden" name="csrf_token" value="{token}">'
        '<input type="text" name="q"><button>搜索</button></form>'
    )
    charset = response.charset or "utf-8"
    try:
        extra = block.encode(charset)
    except (LookupError, UnicodeEncodeError):
        return
    # Session ids in the page's own links too, as a JSP portal with cookies off writes them.
    body = _FIRST_LINK.sub(
        lambda m: m.group(1) + m.group(2) + b";jsessionid=" + token[:24].upper().encode()
        if m.group(2).endswith(b".jsp") else m.group(0),
        body,
    )
    ends = list(_BODY_END.finditer(body))
    cut = ends[-1].start() if ends else len(body)
    response.body = body[:cut] + extra + body[cut:]


BIG_BOMB_BYTES = 128 * 1024 * 1024


@functools.cache
def big_gzip_bomb() -> bytes:
    """128 MB of zeros as about 130 KB of gzip, built in 1 MB steps (never whole)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1024 * 1024)
    parts = [compressor.compress(zeros) for _ in range(BIG_BOMB_BYTES // len(zeros))]
    parts.append(compressor.flush())
    return b"".join(parts)


# 20 MB of zeros gzip-compress to about 20 KB.
_GZIP_BOMB = gzip.compress(b"\0" * 20_000_000, compresslevel=9)
