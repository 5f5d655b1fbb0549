"""More hostile and broken servers, speaking raw bytes (tests/raw_servers.py).

Each visit must end within its time limit as data on the record (an `error_kind`, or
a page), never an exception; the body stays under the cap whatever the compression;
and a scan with such sites in it finishes with every other site checked.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from crawler.config import Config, config_from_mapping
from crawler.dates import _hidden
from crawler.decode import decode_body
from crawler.fetch import Fetcher
from crawler.models import FetchRecord, Site
from crawler.scan import run_scan
from crawler.storage import iter_result_records, open_database
from tests.conftest import FAST_CRAWLER
from tests.raw_servers import (
    PAGE_BYTES,
    RAW_DOMAIN,
    RawFarm,
    fixed,
    plain_http,
    response,
    serving,
    silent,
    sites,
)

TIMEOUT = 0.3
CAP = 65_536
# Scheduling slack on top of the time limit (a shared 2-core machine).
SLACK = 0.4


@pytest.fixture
async def raw() -> AsyncIterator[tuple[RawFarm, dict[str, str]]]:
    """The raw farm and its `[network] resolve` map (https hosts on their own ports)."""
    farm = RawFarm()
    farm.sites = sites(farm)
    async with serving(farm.serve) as port, serving(silent) as quiet, serving(plain_http) as plain:
        yield (
            farm,
            {
                f"*.{RAW_DOMAIN}": f"127.0.0.1:{port}",
                "silent.test": f"127.0.0.1:{quiet}",
                "plain.test": f"127.0.0.1:{plain}",
            },
        )


def _config(resolve: dict[str, str], tmp_path: Path | None = None, **crawler: Any) -> Config:
    mapping: dict[str, Any] = {
        "crawler": {
            **FAST_CRAWLER,
            "timeout": TIMEOUT,
            "retries": 0,
            "max_page_bytes": CAP,
            **crawler,
        },
        "network": {"resolve": resolve, "system_dns": False},
    }
    if tmp_path is not None:
        mapping["storage"] = {"path": str(tmp_path / "health.db")}
    return config_from_mapping(mapping, tmp_path / "test.toml" if tmp_path else None)


async def _fetch(config: Config, url: str) -> tuple[FetchRecord, float]:
    async with Fetcher(config.crawler, config.network) as fetcher:
        started = time.perf_counter()
        record = await asyncio.wait_for(fetcher.fetch(url), 10)
        return record, time.perf_counter() - started


def _text_ok(record: FetchRecord) -> bool:
    """Every string on the record can be stored (SQLite, JSON files want valid UTF-8)."""
    texts = [record.final_url, record.content_type, record.charset, record.error_detail]
    texts += [record.server or "", record.etag or "", record.last_modified or ""]
    try:
        for text in texts:
            text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_page(record: FetchRecord) -> bool:
    return record.body == PAGE_BYTES


# name -> (error_kind, extra check of the record or None)
CASES: dict[str, tuple[str | None, Any]] = {
    # Time: each must end at the limit, not when the server stops.
    "drip-body": ("timeout", None),
    "drip-headers": ("timeout", None),
    "drip-status": ("timeout", None),
    "hang-after-body": ("timeout", None),  # no length, never closed: the end is unknowable
    "endless-chunks": ("too_large", lambda r: len(r.body) == CAP and r.truncated),
    "endless-unframed": ("too_large", lambda r: len(r.body) == CAP and r.truncated),
    # Framing.
    "long-then-close": ("connect", None),
    # Left as it is: aiohttp parses bytes past Content-Length as the next response when
    # they arrive in the same read, and loses this one (a browser shows the first bytes).
    "short-length": ("connect", None),
    "bad-chunk-size": ("connect", None),
    "huge-chunk-size": ("connect", None),
    # Read as browsers read them (crawler/lenient.py): chunked wins over a length beside
    # it (RFC 9112 6.3); 1,200 header lines (~114 KB) are under Chrome's 256 KB.
    "chunked-and-length": (None, _is_page),
    "two-lengths": ("connect", None),
    "reset-after-headers": ("connect", None),
    # Heads.
    "many-header-lines": (None, lambda r: r.body == b"ok"),
    "one-mb-header": ("connect", None),
    "garbage-status": ("connect", None),
    "http09": ("connect", None),
    "no-status-close": ("connect", None),
    "status-only": ("connect", None),
    "nul-in-header": ("connect", None),
    "gbk-in-headers": (None, lambda r: _is_page(r) and r.server and "\ufffd" in r.server),
    # Bodies: any bytes are a page to read; what the page says is the parser's business.
    "nul-body": (None, None),
    "bad-utf8-body": (None, None),
    "charset-lie": (None, lambda r: "朝阳区" in decode_body(r.body, r.charset)[0]),
    "charset-unknown": (None, lambda r: "朝阳区" in decode_body(r.body, r.charset)[0]),
    "octet-html": (None, _is_page),
    "png-binary": (None, None),
    "png-html": (None, _is_page),
    "only-script": (None, None),
    "one-line-3mb": ("too_large", lambda r: len(r.body) == CAP),
    "nested-divs": ("too_large", lambda r: len(r.body) == CAP),
    # Compression.
    "gzip-corrupt": ("connect", lambda r: "gzip" in r.error_detail),
    "gzip-truncated": (None, lambda r: r.body and PAGE_BYTES.startswith(r.body)),
    "deflate-raw": (None, _is_page),
    "deflate-zlib": (None, _is_page),
    "gzip-upper": (None, _is_page),
    "identity": (None, _is_page),
    "gzip-gzip": (None, _is_page),
    "gzip-multimember": (None, _is_page),
    "br": ("connect", lambda r: "'br'" in r.error_detail and r.http_status == 200),
    "deflate-bomb": ("too_large", lambda r: r.body == bytes(CAP)),
    "raw-deflate-bomb": ("too_large", lambda r: r.body == bytes(CAP)),
    "gzip-gzip-bomb": ("too_large", lambda r: r.body == bytes(CAP)),
    # Redirects.
    "to-file": ("invalid_url", lambda r: "file:///etc/passwd" in r.error_detail),
    "to-ftp": ("invalid_url", None),
    "to-javascript": ("invalid_url", None),
    "to-data": ("invalid_url", None),
    "to-bad-port": ("invalid_url", None),
    # A 3xx without a Location is what browsers show too: its own (empty) body.
    "to-empty": (None, lambda r: r.http_status == 302 and not r.redirects),
    "to-dotdot": (None, lambda r: r.final_url == "http://to-dotdot.raw.test/b/c?x=1"),
    "to-long": (None, lambda r: len(r.final_url) > 10_240 and _is_page(r)),
    "gbk-location": (
        None,
        lambda r: r.final_url == "http://gbk-location.raw.test/%D0%C2%CE%C5%D6%D0%D0%C4/",
    ),
    "utf8-location": (
        None,
        lambda r: (
            r.final_url == "http://utf8-location.raw.test/%E6%96%B0%E9%97%BB%E4%B8%AD%E5%BF%83/"
        ),
    ),
    "chain-11": ("redirect_loop", lambda r: len(r.redirects) == 11),
    "query-walk": ("redirect_loop", lambda r: len(r.redirects) == 11),
    "meta-offsite": (None, lambda r: r.final_url == "http://meta-offsite.raw.test/"),
    "meta-loop": ("redirect_loop", lambda r: len(r.redirects) == 3),  # / -> /a -> /b -> /a
    "meta-utf8": (None, lambda r: r.final_url == "http://meta-utf8.raw.test/%E6%96%B0%E9%97%BB/"),
}


@pytest.mark.parametrize("name", sorted(CASES))
async def test_hostile_server_ends_as_data_within_the_limit(
    raw: tuple[RawFarm, dict[str, str]], name: str
) -> None:
    farm, resolve = raw
    kind, check = CASES[name]
    record, elapsed = await _fetch(_config(resolve), farm.url(name))
    assert record.error_kind == kind, record
    assert elapsed < TIMEOUT + SLACK, f"{name} took {elapsed:.2f} s"
    if kind == "timeout":
        assert elapsed >= TIMEOUT
    assert record.attempts == 1  # (a lenient second reading is no retry)
    assert len(record.body) <= CAP
    assert _text_ok(record)
    if kind is not None:
        assert record.error_detail
    if check is not None:
        assert check(record), record


@pytest.mark.parametrize(
    ("url", "kind"), [("https://silent.test/", "timeout"), ("https://plain.test/", "tls")]
)
async def test_https_to_a_server_that_does_not_speak_tls(
    raw: tuple[RawFarm, dict[str, str]], url: str, kind: str
) -> None:
    _, resolve = raw
    record, elapsed = await _fetch(_config(resolve), url)
    assert record.error_kind == kind, record
    assert elapsed < TIMEOUT + SLACK


@pytest.mark.parametrize("name", ["drip-body", "drip-headers", "endless-chunks"])
async def test_retries_of_a_stalling_server_are_each_bounded(
    raw: tuple[RawFarm, dict[str, str]], name: str
) -> None:
    farm, resolve = raw
    record, elapsed = await _fetch(_config(resolve, retries=1, backoff=0.01), farm.url(name))
    expected = "too_large" if name == "endless-chunks" else "timeout"
    assert record.error_kind == expected
    assert record.attempts == (2 if expected == "timeout" else 1)  # a cut page is not retried
    assert elapsed < 2 * TIMEOUT + SLACK


@pytest.mark.parametrize("name", ["retry-after-huge", "retry-after-date", "429-forever"])
async def test_retry_after_is_bounded_and_retries_end(
    raw: tuple[RawFarm, dict[str, str]], name: str
) -> None:
    farm, resolve = raw
    config = _config(resolve, retries=2, backoff=0.01, max_retry_after=0.05)
    record, elapsed = await _fetch(config, farm.url(name))
    assert record.error_kind in ("http_4xx", "http_5xx")
    assert record.http_status in (429, 503)
    assert record.attempts == 3
    assert farm.hits[name] == 3
    assert elapsed < 3 * 0.05 + SLACK  # Retry-After: 999999 waited 0.05 s, not 11 days


def test_hidden_subtrees_of_deeply_nested_markup_are_found_quickly() -> None:
    # A descendant selector ("svg *") tested every element's ancestors: 50,000 nested
    # <div>s took a minute there; 10,000 took 0.6 s.
    html = "<html><body>" + "<div>" * 10_000 + "<svg><text>x</text></svg>" + "</div>" * 10_000
    tree = LexborHTMLParser(html)
    started = time.perf_counter()
    hidden = _hidden(tree)
    elapsed = time.perf_counter() - started
    assert {node.mem_id for node in tree.css("svg, svg *")} == hidden
    assert elapsed < 0.1, f"{elapsed:.2f} s"


# Sites that fail fast or stall to the limit; heavy pages (parsed on the event loop in a
# small scan) stay out: a long parse would hold up the other sites' clocks.
SCANNED = [
    "ok",
    "ok2",
    "drip-body",
    "drip-headers",
    "endless-chunks",
    "gbk-in-headers",
    "gbk-location",
    "garbage-status",
    "nul-in-header",
    "br",
    "gzip-gzip-bomb",
    "to-file",
    "chain-11",
    "meta-loop",
    "retry-after-huge",
    "charset-lie",
]


async def test_a_scan_with_hostile_sites_checks_every_site(
    raw: tuple[RawFarm, dict[str, str]], tmp_path: Path
) -> None:
    farm, resolve = raw
    config = _config(resolve, tmp_path, retries=1, backoff=0.01, max_retry_after=0.05)
    scanned = [Site(farm.url(name), name=name) for name in SCANNED]
    scanned.append(Site("https://silent.test/", name="silent"))
    started = time.perf_counter()
    outcome = await asyncio.wait_for(run_scan(config, scanned, depth="full"), 20)
    elapsed = time.perf_counter() - started

    db = open_database(config.database_path, create=False)
    records = {r["name"]: r for r in iter_result_records(db, outcome.scan_id)}
    assert sorted(records) == sorted(site.name for site in scanned)
    for name in ("ok", "ok2", "gbk-in-headers", "gbk-location", "charset-lie"):
        assert (records[name]["status"], records[name]["error_kind"]) == ("healthy", None), name
    assert records["drip-body"]["error_kind"] == "timeout"
    assert records["silent"]["error_kind"] == "timeout"
    assert records["to-file"]["error_kind"] == "invalid_url"
    assert records["chain-11"]["error_kind"] == "redirect_loop"
    assert records["br"]["error_kind"] == "connect"
    assert records["gzip-gzip-bomb"]["error_kind"] == "too_large"
    assert records["charset-lie"]["title"] == "北京市朝阳区人民政府"
    # Two attempts at most per site, run side by side: the stalls do not add up.
    assert elapsed < 2 * (TIMEOUT + SLACK) + 2.0, f"scan took {elapsed:.1f} s"


@pytest.mark.parametrize("shards", [0, 2], ids=["one loop", "shards"])
async def test_a_page_that_is_slow_to_parse_does_not_stall_other_sites(
    tmp_path: Path, shards: int
) -> None:
    # 25,000 nested <div>s (270 KB) take lexbor ~1 s to parse. Parsed on the event loop,
    # every site in flight meanwhile (each answers after 0.25 s, limit 0.8 s) would time
    # out; parsed in a thread, they do not notice.
    from aiohttp import web

    deep = b"<html><body>" + b"<div>" * 25_000 + b"deep" + b"</div>" * 25_000

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.host.startswith("deep."):
            return web.Response(body=deep, content_type="text/html")
        await asyncio.sleep(0.25)
        return web.Response(text="<title>ok</title><p>ok</p>", content_type="text/html")

    app = web.Application()
    app.router.add_get("/", handler)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    server = web.TCPSite(runner, "127.0.0.1", 0)
    await server.start()
    port = runner.addresses[0][1]
    try:
        # The deep page first in each shard's hand-out, the others right behind it.
        hosts = ["deep.stall.test"] + [f"s{i}.stall.test" for i in range(30)]
        if shards:
            hosts = [*hosts[:16], "deep2.stall.test", *hosts[16:]]
        config = config_from_mapping(
            {
                "crawler": {
                    **FAST_CRAWLER,
                    "timeout": 0.8,
                    "retries": 0,
                    "max_page_bytes": 1_000_000,
                    "parse_workers": shards,
                    "concurrency": 64,
                },
                "network": {"resolve": {"*.stall.test": f"127.0.0.1:{port}"}, "system_dns": False},
                "storage": {"path": str(tmp_path / "health.db")},
            },
            tmp_path / "test.toml",
        )
        outcome = await run_scan(config, [Site(f"http://{h}/") for h in hosts], depth="home")
    finally:
        await runner.cleanup()
    db = open_database(config.database_path, create=False)
    kinds = {r["url"]: r["error_kind"] for r in iter_result_records(db, outcome.scan_id)}
    assert len(kinds) == len(hosts)
    assert [url for url, kind in kinds.items() if kind is not None] == []


async def test_a_validator_with_a_control_character_does_not_fail_later_visits(
    raw: tuple[RawFarm, dict[str, str]], tmp_path: Path
) -> None:
    """aiohttp reads an ETag or Last-Modified holding a control character but will not
    send it back: the next scan's conditional GET must go out without it, not fail."""
    farm, resolve = raw
    farm.sites["badtag"] = fixed(
        response(
            headers=(
                b"Content-Type: text/html; charset=utf-8",
                b'ETag: "a\x01b"',
                b"Last-Modified: Wed\x7f, 25 Nov 2026 08:00:00 GMT",
            )
        )
    )
    config = _config(resolve, tmp_path)
    site = Site(farm.url("badtag"), name="bad validators", group="g")
    statuses = []
    for _ in range(2):
        outcome = await run_scan(config, [site], depth="home")
        db = open_database(config.database_path, create=False)
        try:
            statuses += [r["status"] for r in iter_result_records(db, outcome.scan_id)]
        finally:
            db.conn.close()
    assert statuses == ["healthy", "healthy"]
    assert farm.hits["badtag"] == 2
