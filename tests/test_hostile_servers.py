"""Servers that do not speak proper HTTP: every answer is classified, nothing raises.

A raw asyncio server on 127.0.0.1 writes exactly the bytes a hostile or broken server
would; the fetcher must turn each into data on the record.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from crawler.config import config_from_mapping
from crawler.fetch import Fetcher

RESPONSES: dict[str, bytes] = {
    "garbage": b"THIS IS NOT HTTP\r\n\r\n",
    "http09": b"<html>no status line at all</html>",
    "bigheader": b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + b"\r\nContent-Length: 2\r\n\r\nok",
    "closenow": b"",
    "badchunk": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\nZZZ\r\nhello\r\n0\r\n\r\n",
    "fakegzip": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\nContent-Length: 11\r\n\r\nhello world",
    "badlocation": b"HTTP/1.1 302 Found\r\nLocation: http://[::1\r\nContent-Length: 0\r\n\r\n",
    "shortbody": b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nContent-Type: text/html\r\n\r\nshort",
    "manyheaders": b"HTTP/1.1 200 OK\r\n"
    + b"".join(b"Set-Cookie: c%d=v; Path=/\r\n" % i for i in range(300))
    + b"Content-Length: 2\r\n\r\nok",
    "binary": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 256\r\n\r\n" + bytes(range(256)),
    "weirdstatus": b"HTTP/1.1 999 Weird\r\nContent-Length: 2\r\n\r\nok",
}

EXPECTED = {
    "garbage": "connect",
    "http09": "connect",
    "bigheader": "connect",
    "closenow": "connect",
    "badchunk": "connect",
    "fakegzip": "connect",
    "badlocation": "invalid_url",
    "shortbody": "connect",
    "manyheaders": None,  # 300 Set-Cookie lines: browsers show the page (crawler/lenient.py)
    "binary": None,
    "weirdstatus": "http_5xx",
}


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        request = await reader.read(65_536)
        host = next(
            line.split(b":", 1)[1].strip().split(b".")[0].decode()
            for line in request.split(b"\r\n")
            if line.lower().startswith(b"host:")
        )
        if host == "drip":  # a body one byte at a time, never finishing in time
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
            for _ in range(200):
                writer.write(b"x")
                await writer.drain()
                await asyncio.sleep(0.01)
        else:
            writer.write(RESPONSES[host])
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


@pytest.fixture
async def hostile_port() -> AsyncIterator[int]:
    server = await asyncio.start_server(_serve, "127.0.0.1", 0)
    try:
        yield int(server.sockets[0].getsockname()[1])
    finally:
        server.close()


def _config(port: int, timeout: float = 1.0):  # type: ignore[no-untyped-def]
    return config_from_mapping(
        {
            "crawler": {"timeout": timeout, "retries": 0},
            "network": {"resolve": {"*.hostile.test": f"127.0.0.1:{port}"}, "system_dns": False},
        }
    )


@pytest.mark.parametrize("name", sorted(RESPONSES))
async def test_hostile_answer_is_classified(hostile_port: int, name: str) -> None:
    config = _config(hostile_port)
    async with Fetcher(config.crawler, config.network) as fetcher:
        record = await fetcher.fetch(f"http://{name}.hostile.test/")
    assert record.error_kind == EXPECTED[name], record
    if record.error_kind is not None:
        assert record.error_detail  # the reason is said, not just a kind


async def test_a_dripping_body_times_out_within_the_limit(hostile_port: int) -> None:
    config = _config(hostile_port, timeout=0.3)
    async with Fetcher(config.crawler, config.network) as fetcher:
        started = asyncio.get_running_loop().time()
        record = await fetcher.fetch("http://drip.hostile.test/")
        elapsed = asyncio.get_running_loop().time() - started
    assert record.error_kind == "timeout"
    assert elapsed < 1.0
