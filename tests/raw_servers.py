"""Raw byte-level HTTP servers on 127.0.0.1 for tests/test_hostile_more.py.

`RawFarm` is one asyncio `start_server` that reads a request's head, picks a handler
by the first label of the Host header (`drip.raw.test` -> "drip") and lets it write
whatever bytes it likes: broken status lines, lying lengths, dripping bodies, corrupt
compression. `silent_server` accepts connections and never says a word (for https,
whose ClientHello carries no Host header to route on). Hosts are reached only through
the crawler's `[network] resolve`; the made-up names never touch the system resolver.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import time
import zlib
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from email.utils import formatdate

RAW_DOMAIN = "raw.test"

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>示例县人民政府</title></head>
<body><div class="col"><h2>政务动态</h2><ul>
<li><a href="/zwdt/1.html">县长主持召开常务会议</a><span>2026-11-20</span></li>
<li><a href="/zwdt/2.html">全县安全生产工作会议召开</a><span>2026-11-18</span></li>
</ul></div><div class="footer">版权所有 示例县人民政府</div></body></html>"""
PAGE_BYTES = PAGE.encode()

GBK_PAGE = """<html><head><title>北京市朝阳区人民政府</title></head><body><h2>政务动态</h2>
<ul><li><a href="/a.html">区政府召开常务会议研究部署冬季供暖工作</a> 2026年11月20日</li>
<li><a href="/b.html">关于做好二〇二六年冬季清洁取暖工作的通知</a> 2026年11月18日</li></ul>
<p>主办单位：北京市朝阳区人民政府办公室 版权所有</p></body></html>"""


@dataclass
class RawRequest:
    method: str
    target: str
    host: str  # the first label of the Host header
    head: bytes


Handler = Callable[[RawRequest, asyncio.StreamWriter], Awaitable[None]]


def response(
    body: bytes = PAGE_BYTES,
    status: bytes = b"200 OK",
    headers: tuple[bytes, ...] = (b"Content-Type: text/html; charset=utf-8",),
    length: bool = True,
) -> bytes:
    """A response as bytes: status line, the headers given, Content-Length, body."""
    lines = [b"HTTP/1.1 " + status, *headers]
    if length:
        lines.append(b"Content-Length: %d" % len(body))
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def fixed(data: bytes) -> Handler:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()

    return handler


def redirect(location: bytes, status: bytes = b"302 Found") -> Handler:
    """Redirects from "/" to `location`; every other path is the page."""
    moved = fixed(response(b"", status, (b"Location: " + location,)))
    page = fixed(response())

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        await (moved if request.target == "/" else page)(request, writer)

    return handler


def compressed(body: bytes, encoding: bytes) -> Handler:
    return fixed(
        response(body, headers=(b"Content-Type: text/html", b"Content-Encoding: " + encoding))
    )


class RawFarm:
    """The raw sites; `hits` counts requests per site, `paths` keeps their targets."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.paths: dict[str, list[str]] = {}
        self.open_handlers = 0
        self.sites: dict[str, Handler] = {}

    def url(self, name: str, path: str = "/", scheme: str = "http") -> str:
        return f"{scheme}://{name}.{RAW_DOMAIN}{path}"

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.open_handlers += 1
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *lines = head.decode("latin-1").split("\r\n")
            method, target, _ = [*request_line.split(" ", 2), "", ""][:3]
            host = next(
                (v.strip() for k, _, v in (x.partition(":") for x in lines) if k.lower() == "host"),
                "",
            )
            name = host.split(".")[0]
            self.hits[name] += 1
            self.paths.setdefault(name, []).append(target)
            await self.sites[name](RawRequest(method, target, name, head), writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:  # the test is over; a never-ending handler stops
            pass
        finally:
            self.open_handlers -= 1
            writer.close()


@contextlib.asynccontextmanager
async def serving(
    handler: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]],
) -> AsyncIterator[int]:
    """Serve `handler` on a free 127.0.0.1 port; yields the port."""
    server = await asyncio.start_server(handler, "127.0.0.1", 0, limit=1 << 20)
    try:
        yield int(server.sockets[0].getsockname()[1])
    finally:
        server.close()
        # Handlers of servers that never stop (drips, endless streams) are cancelled.
        for task in [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]:
            coro = task.get_coro()
            if getattr(coro, "__qualname__", "").startswith(("RawFarm.serve", "silent", "plain")):
                task.cancel()


async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Accept, read whatever comes (a TLS ClientHello), never answer."""
    try:
        while await reader.read(65_536):
            pass
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def plain_http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Answer plain HTTP at once, whatever was asked (https to an http-only port)."""
    try:
        await reader.read(1)
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


# --- payloads -------------------------------------------------------------------


def gzip_bomb(size: int) -> bytes:
    return gzip.compress(bytes(size), compresslevel=9)


def zlib_bomb(size: int) -> bytes:
    return zlib.compress(bytes(size), 9)


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-15)
    return compressor.compress(data) + compressor.flush()


# --- handlers that take their time ----------------------------------------------


async def drip_body(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    """A 200 with a big Content-Length whose body comes one byte every 50 ms."""
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000000\r\n\r\n")
    while True:
        writer.write(b"x")
        await writer.drain()
        await asyncio.sleep(0.05)


async def drip_headers(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    """A status line, then one short header line every 50 ms, never an end."""
    writer.write(b"HTTP/1.1 200 OK\r\n")
    n = 0
    while True:
        n += 1
        writer.write(b"X-Drip-%d: y\r\n" % n)
        await writer.drain()
        await asyncio.sleep(0.05)


async def drip_status(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    """The status line itself one byte every 50 ms, never finished."""
    writer.write(b"HTTP/1.1 200 ")
    while True:
        writer.write(b"O")
        await writer.drain()
        await asyncio.sleep(0.05)


async def endless_chunks(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    """A chunked 200 that never sends its last chunk, as fast as the client reads."""
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"<p>" + b"x" * 4_000 + b"</p>"
    while True:
        writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        await writer.drain()


async def endless_unframed(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    """No Content-Length, no chunking: the body runs until close, which never comes."""
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n")
    while True:
        writer.write(b"<p>" + b"y" * 8_000 + b"</p>")
        await writer.drain()


async def reset_after_headers(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n")
    await writer.drain()
    writer.transport.abort()


async def long_then_close(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    """Content-Length larger than what is sent, then close."""
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n"
        % (len(PAGE_BYTES) + 10_000)
        + PAGE_BYTES
    )
    await writer.drain()


async def hang_after_body(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    """A complete answer without Content-Length, then the connection is kept open."""
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE_BYTES)
    await writer.drain()
    await asyncio.sleep(3600)


def retry_after_date(seconds: float) -> bytes:
    return formatdate(time.time() + seconds, usegmt=True).encode()


@functools.cache
def _heavy() -> dict[str, bytes]:
    """The big payloads, built once per test run."""
    return {
        "big_line": b"<html><body>" + b"<span>2026-11-20 filler</span>" * 100_000,
        "nested": b"<html><body>" + b"<div>" * 50_000 + b"deep" + b"</div>" * 50_000,
        "zlib_bomb": zlib_bomb(20_000_000),
        "raw_bomb": raw_deflate(bytes(20_000_000)),
        "gzip_gzip_bomb": gzip.compress(gzip_bomb(20_000_000)),
    }


def sites(farm: RawFarm) -> dict[str, Handler]:
    """Every raw site by name."""
    ok = fixed(response())
    gbk_bytes = GBK_PAGE.encode("gbk")
    heavy = _heavy()
    big_line, nested = heavy["big_line"], heavy["nested"]

    async def redirect_chain(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        # Eleven redirects, then the page: one more than the default max_redirects.
        step = int(request.target.partition("n=")[2] or 0)
        if step < 11:
            await fixed(response(b"", b"302 Found", (b"Location: /?n=%d" % (step + 1),)))(
                request, writer
            )
        else:
            await ok(request, writer)

    async def query_walk(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        # 301 to the same path with a new query each time: endless, never a loop.
        location = b"Location: /?r=%d" % farm.hits[request.host]
        await fixed(response(b"", b"301 Moved Permanently", (location,)))(request, writer)

    async def meta_loop(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        target = b"/b" if request.target == "/a" else b"/a"
        page = b'<html><head><meta http-equiv="refresh" content="0;url=%s"></head></html>' % target
        await fixed(response(page, headers=(b"Content-Type: text/html",)))(request, writer)

    async def meta_utf8(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        # A same-site meta refresh to a Chinese path, in a UTF-8 page.
        page = '<meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/新闻/">'
        await fixed(response(page.encode()) if request.target == "/" else response())(
            request, writer
        )

    return {
        "ok": ok,
        "ok2": ok,
        # timing
        "drip-body": drip_body,
        "drip-headers": drip_headers,
        "drip-status": drip_status,
        "endless-chunks": endless_chunks,
        "endless-unframed": endless_unframed,
        "hang-after-body": hang_after_body,
        # framing
        "long-then-close": long_then_close,
        "short-length": fixed(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n\r\n" + PAGE_BYTES
        ),
        "bad-chunk-size": fixed(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n"
        ),
        "huge-chunk-size": fixed(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"ffffffffffffffffffff\r\nhello\r\n0\r\n\r\n"
        ),
        "chunked-and-length": fixed(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 3\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n"
            % (len(PAGE_BYTES), PAGE_BYTES)
        ),
        "two-lengths": fixed(
            b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello12"
        ),
        "reset-after-headers": reset_after_headers,
        # heads
        "many-header-lines": fixed(
            b"HTTP/1.1 200 OK\r\n"
            + b"".join(b"X-Filler-%05d: %s\r\n" % (i, b"v" * 80) for i in range(1_200))
            + b"Content-Length: 2\r\n\r\nok"
        ),
        "one-mb-header": fixed(
            b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 1_000_000 + b"\r\nContent-Length: 2\r\n\r\nok"
        ),
        "garbage-status": fixed(b"\x16\x03\x01\x02\x00garbage\r\n\r\n" + PAGE_BYTES),
        "http09": fixed(PAGE_BYTES),
        "no-status-close": fixed(b""),
        "status-only": fixed(b"HTTP/1.1 200 OK\r\n"),
        "nul-in-header": fixed(response(headers=(b"Content-Type: text/html", b"X-Nul: a\x00b"))),
        "gbk-in-headers": fixed(
            response(
                headers=(
                    b"Content-Type: text/html; charset=utf-8",
                    b"Server: " + "政府网站服务器".encode("gbk"),
                    b'ETag: "' + "版本".encode("gbk") + b'"',
                    b"Last-Modified: " + "星期五".encode("gbk"),
                    b"Set-Cookie: name=" + "值".encode("gbk"),
                )
            )
        ),
        "gbk-location": redirect("/新闻中心/".encode("gbk")),
        "utf8-location": redirect("/新闻中心/".encode()),
        "gbk-location-target": ok,
        # bodies
        "nul-body": fixed(response(b"<html><body>\x00\x00<p>2026-11-20</p>\x00" + PAGE_BYTES)),
        "bad-utf8-body": fixed(response(PAGE_BYTES[:200] + b"\xff\xfe\xc3(" + PAGE_BYTES[200:])),
        "charset-lie": fixed(
            response(gbk_bytes, headers=(b"Content-Type: text/html; charset=utf-8",))
        ),
        "charset-unknown": fixed(
            response(gbk_bytes, headers=(b"Content-Type: text/html; charset=x-foo",))
        ),
        "octet-html": fixed(response(headers=(b"Content-Type: application/octet-stream",))),
        "png-binary": fixed(
            response(
                b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, headers=(b"Content-Type: image/png",)
            )
        ),
        "png-html": fixed(response(headers=(b"Content-Type: image/png",))),
        "one-line-3mb": fixed(response(big_line, headers=(b"Content-Type: text/html",))),
        "nested-divs": fixed(response(nested, headers=(b"Content-Type: text/html",))),
        "only-script": fixed(
            response(
                b"<script>" + b"var a=1;" * 2000 + b"</script>",
                headers=(b"Content-Type: text/html",),
            )
        ),
        # compression
        "gzip-corrupt": compressed(
            gzip.compress(PAGE_BYTES)[:20] + b"\xde\xad\xbe\xef" * 20, b"gzip"
        ),
        "gzip-truncated": compressed(gzip.compress(PAGE_BYTES)[:-30], b"gzip"),
        "deflate-raw": compressed(raw_deflate(PAGE_BYTES), b"deflate"),
        "deflate-zlib": compressed(zlib.compress(PAGE_BYTES), b"deflate"),
        "br": compressed(b"\x1b\x03\x00\xf8\xa5\x40\xc2\xa0" + bytes(200), b"br"),
        "gzip-gzip": compressed(gzip.compress(gzip.compress(PAGE_BYTES)), b"gzip, gzip"),
        "gzip-upper": compressed(gzip.compress(PAGE_BYTES), b"GZIP"),
        "gzip-multimember": compressed(
            gzip.compress(PAGE_BYTES[:100]) + gzip.compress(PAGE_BYTES[100:]), b"gzip"
        ),
        "deflate-bomb": compressed(heavy["zlib_bomb"], b"deflate"),
        "raw-deflate-bomb": compressed(heavy["raw_bomb"], b"deflate"),
        "gzip-gzip-bomb": compressed(heavy["gzip_gzip_bomb"], b"gzip, gzip"),
        "identity": compressed(PAGE_BYTES, b"identity"),
        # retries
        "retry-after-huge": fixed(
            response(b"busy", b"429 Too Many Requests", (b"Retry-After: 999999",))
        ),
        "retry-after-date": fixed(
            response(b"busy", b"503 Service Unavailable", (b"Retry-After: " + retry_after_date(1),))
        ),
        "retry-after-nan": fixed(
            response(b"busy", b"429 Too Many Requests", (b"Retry-After: nan",))
        ),
        "429-forever": fixed(response(b"busy", b"429 Too Many Requests", (b"Retry-After: 0",))),
        # redirects
        "to-file": redirect(b"file:///etc/passwd"),
        "to-ftp": redirect(b"ftp://files.example/"),
        "to-javascript": redirect(b"javascript:alert(1)"),
        "to-empty": redirect(b""),
        "to-dotdot": redirect(b"../../../a/../b/./c?x=1"),
        "to-long": redirect(b"/" + b"p" * 10_240),
        "to-bad-port": redirect(b"http://ok.raw.test:99999/"),
        "to-data": redirect(b"data:text/html,<h1>hi</h1>"),
        "chain-11": redirect_chain,
        "query-walk": query_walk,
        "meta-offsite": fixed(
            response(b'<meta http-equiv="refresh" content="0;url=http://elsewhere.example/">')
        ),
        "meta-loop": meta_loop,
        "meta-utf8": meta_utf8,
    }
