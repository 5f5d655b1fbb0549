"""Answers aiohttp's fast parser (llhttp) refuses and browsers show: read again, once,
as a browser reads them (crawler/lenient.py). Framing browsers refuse too stays an
error, and a well-formed answer never takes the slow path."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from crawler.config import Config, config_from_mapping
from crawler.fetch import Fetcher
from crawler.lenient import MAX_HEAD_BYTES
from crawler.models import FetchRecord
from tests.conftest import FAST_CRAWLER
from tests.raw_servers import PAGE_BYTES, RAW_DOMAIN, RawFarm, fixed, serving

HTML = b"Content-Type: text/html; charset=utf-8"
LENGTH = b"Content-Length: %d" % len(PAGE_BYTES)


def _head(*lines: bytes) -> bytes:
    return b"\r\n".join((b"HTTP/1.1 200 OK", HTML, *lines)) + b"\r\n\r\n"


def _chunked(body: bytes) -> bytes:
    return b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)


ANSWERS = {
    # RFC 9110 8.6: a repeated Content-Length of one value may be taken once.
    "twice": _head(LENGTH, LENGTH, b"Connection: close") + PAGE_BYTES,
    # ... and a list of one value repeated.
    "listed": _head(b"Content-Length: %d, %d" % (len(PAGE_BYTES), len(PAGE_BYTES)),
                    b"Connection: close") + PAGE_BYTES,
    # RFC 9112 6.3: chunked wins over a Content-Length beside it (which lies here).
    "both": _head(b"Content-Length: 99999", b"Transfer-Encoding: chunked", b"Connection: close")
    + _chunked(PAGE_BYTES),
    # Bytes after a closing answer's body in the same packet (a Content-Length counted
    # in characters, not bytes): browsers drop them.
    "extra": _head(LENGTH, b"Connection: close") + PAGE_BYTES + b"\r\n\r\n<!-- end -->\r\n",
    # A server that sets 200 cookies (aiohttp's limit is 128 header lines).
    "cookies": _head(*(b"Set-Cookie: c%d=%d; Path=/" % (i, i) for i in range(200)), LENGTH,
                     b"Connection: close") + PAGE_BYTES,
    # A debug build's 10,000 headers (~150 KB, under Chrome's 256 KB).
    "debug": _head(*(b"X-Debug-%d: v%d" % (i, i) for i in range(10_000)), LENGTH,
                   b"Connection: close") + PAGE_BYTES,
    # Two different lengths: browsers refuse the answer (ERR_RESPONSE_HEADERS_MULTIPLE_
    # CONTENT_LENGTH), and so do we.
    "differ": _head(LENGTH, b"Content-Length: 12", b"Connection: close") + PAGE_BYTES,
    # A head beyond Chrome's 256 KB: refused, memory bounded.
    "flood": _head(*(b"X-Pad-%d: %s" % (i, b"x" * 40) for i in range(MAX_HEAD_BYTES // 40)),
                   LENGTH, b"Connection: close") + PAGE_BYTES,
    "fine": _head(LENGTH, b"Connection: close") + PAGE_BYTES,
}


@pytest.fixture
async def raw() -> AsyncIterator[tuple[RawFarm, Config]]:
    farm = RawFarm()
    farm.sites = {name: fixed(data) for name, data in ANSWERS.items()}
    async with serving(farm.serve) as port:
        config = config_from_mapping(
            {
                "crawler": {**FAST_CRAWLER, "timeout": 0.5, "retries": 0},
                "network": {"resolve": {f"*.{RAW_DOMAIN}": f"127.0.0.1:{port}"}, "system_dns": False},
            }
        )
        yield farm, config


async def _fetch(config: Config, name: str) -> tuple[FetchRecord, bool]:
    """The record, and whether the fetcher made its lenient session."""
    async with Fetcher(config.crawler, config.network) as fetcher:
        record = await asyncio.wait_for(fetcher.fetch(f"http://{name}.{RAW_DOMAIN}/"), 5)
        return record, fetcher._lenient is not False


@pytest.mark.parametrize("name", ["twice", "listed", "both", "extra", "cookies", "debug"])
async def test_framing_browsers_resolve_is_read_as_they_read_it(
    raw: tuple[RawFarm, Config], name: str
) -> None:
    farm, config = raw
    record, lenient = await _fetch(config, name)
    assert (record.error_kind, record.http_status) == (None, 200), record.error_detail
    assert record.body == PAGE_BYTES
    assert farm.hits[name] == 2  # the strict reading, then the lenient one
    assert lenient


@pytest.mark.parametrize("name", ["differ", "flood"])
async def test_framing_browsers_refuse_stays_an_error(
    raw: tuple[RawFarm, Config], name: str
) -> None:
    _farm, config = raw
    record, _ = await _fetch(config, name)
    assert record.error_kind == "connect"
    assert "malformed HTTP response" in (record.error_detail or "")


async def test_a_well_formed_answer_never_takes_the_slow_path(
    raw: tuple[RawFarm, Config],
) -> None:
    farm, config = raw
    record, lenient = await _fetch(config, "fine")
    assert record.body == PAGE_BYTES and farm.hits["fine"] == 1
    assert not lenient  # no second session was even made
