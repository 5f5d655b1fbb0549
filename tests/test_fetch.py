"""One visit -> FetchRecord, against the farm's real HTTP(S) servers on 127.0.0.1.

Every failure kind a scan must classify is produced by a real server here; the
crawler reaches the farm only through `[network] resolve` (system DNS is off).
"""

from __future__ import annotations

import asyncio
import resource
import ssl
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.config import Config
from crawler.fetch import Fetcher, parse_retry_after
from crawler.models import FetchRecord, Redirect
from tests.farm import BIG_BOMB_BYTES, HEALTHY_PAGE, Farm, big_gzip_bomb

MakeConfig = Callable[..., Config]


# Upper bound on any single fetch here, so a regression fails instead of hanging.
GUARD_SECONDS = 10


async def fetch_one(config: Config, url: str) -> FetchRecord:
    async with Fetcher(config.crawler, config.network) as fetcher:
        return await asyncio.wait_for(fetcher.fetch(url), GUARD_SECONDS)


async def fetch_timed(config: Config, url: str) -> tuple[FetchRecord, float]:
    async with Fetcher(config.crawler, config.network) as fetcher:
        started = time.perf_counter()
        record = await asyncio.wait_for(fetcher.fetch(url), GUARD_SECONDS)
        return record, time.perf_counter() - started


# --- success ------------------------------------------------------------------


async def test_healthy_page_records_headers_and_body(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port), server.url("ok"))

    assert record.error_kind is None and record.ok
    assert record.http_status == 200
    assert record.url == record.final_url == server.url("ok")
    assert record.body == HEALTHY_PAGE.encode()
    assert record.body_bytes == len(HEALTHY_PAGE.encode())
    assert record.content_type == "text/html"
    assert record.charset == "utf-8"
    assert record.last_modified == "Fri, 20 Nov 2026 08:00:00 GMT"
    assert record.etag == '"v1"'
    assert record.server is not None and "aiohttp" in record.server
    assert record.redirects == ()
    assert record.attempts == 1
    assert record.truncated is False
    assert record.cert_expires is None  # plain http
    assert record.response_ms is not None and 0 <= record.response_ms < 500


async def test_server_header_is_recorded_verbatim(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port), server.url("deflate-raw"))
    assert record.server == "Microsoft-IIS/6.0"


async def test_response_ms_reflects_a_slow_server(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port), server.url("slow"))
    assert record.error_kind is None
    assert record.response_ms is not None and 250 <= record.response_ms < 500


@pytest.mark.parametrize("site", ["gzip", "deflate-raw", "deflate-zlib"])
async def test_compressed_bodies_are_decoded(
    farm: tuple[Farm, int], make_config: MakeConfig, site: str
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port), server.url(site))
    assert record.error_kind is None, record.error_detail
    assert record.body == HEALTHY_PAGE.encode()
    assert record.body_bytes == len(HEALTHY_PAGE.encode())
    assert record.truncated is False


# --- dns and connect ------------------------------------------------------------


async def test_unknown_host_is_a_dns_failure(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    _, port = farm
    # Not covered by [network] resolve, and system_dns is off: never asked of real DNS.
    record = await fetch_one(make_config(port), "http://nowhere.invalid/")
    assert record.error_kind == "dns"
    assert record.http_status is None
    assert record.body == b""
    assert "nowhere.invalid" in record.error_detail


async def test_refused_connection_is_connect_and_retried(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    _, port = farm
    record = await fetch_one(make_config(port, crawler={"retries": 2}), "http://refused.test/")
    assert record.error_kind == "connect"
    assert record.http_status is None
    assert record.attempts == 3


async def test_connection_reset_mid_body_is_connect(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port), server.url("reset"))
    assert record.error_kind == "connect"
    assert record.attempts == 2  # retries = 1 in the farm config
    assert server.hits[server.host("reset")] == 2
    assert record.body == b""


# --- timeout --------------------------------------------------------------------


async def test_hanging_server_times_out_promptly(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    config = make_config(port, crawler={"timeout": 0.3, "retries": 0})
    record, elapsed = await fetch_timed(config, server.url("hang"))
    assert record.error_kind == "timeout"
    assert record.attempts == 1
    assert 0.3 <= elapsed < 2.0
    assert record.response_ms is not None and record.response_ms >= 300


# --- HTTP errors ----------------------------------------------------------------


@pytest.mark.parametrize(("site", "status"), [("err500", 500), ("err503", 503)])
async def test_server_errors_are_retried_then_reported(
    farm: tuple[Farm, int], make_config: MakeConfig, site: str, status: int
) -> None:
    server, port = farm
    retries = 2
    record = await fetch_one(make_config(port, crawler={"retries": retries}), server.url(site))
    assert record.error_kind == "http_5xx"
    assert record.http_status == status
    assert record.attempts == retries + 1
    assert server.hits[server.host(site)] == retries + 1
    assert record.final_url == server.url(site)


@pytest.mark.parametrize(("site", "status"), [("notfound", 404), ("gone", 410), ("forbidden", 403)])
async def test_client_errors_are_not_retried(
    farm: tuple[Farm, int], make_config: MakeConfig, site: str, status: int
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port, crawler={"retries": 3}), server.url(site))
    assert record.error_kind == "http_4xx"
    assert record.http_status == status
    assert record.attempts == 1
    assert server.hits[server.host(site)] == 1
    assert not record.ok


async def test_429_waits_for_retry_after_then_succeeds(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    config = make_config(port, crawler={"retries": 2, "backoff": 0.0})
    record, elapsed = await fetch_timed(config, server.url("ratelimit"))
    assert record.error_kind is None
    assert record.http_status == 200
    assert record.attempts == 2
    assert server.hits[server.host("ratelimit")] == 2
    assert elapsed >= 0.2  # Retry-After: 0.2 was honoured (backoff alone is 0)


async def test_retry_after_is_capped_by_max_retry_after(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    config = make_config(port, crawler={"retries": 1, "max_retry_after": 0.05})
    record, elapsed = await fetch_timed(config, server.url("retry-long"))  # Retry-After: 30
    assert record.error_kind is None
    assert record.attempts == 2
    assert elapsed < 1.0


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after("0.2") == pytest.approx(0.2)
    assert parse_retry_after(" 30 ") == 30.0
    assert parse_retry_after("-5") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    now = 1_800_000_000.0  # 2027-01-15T08:00:00Z
    assert parse_retry_after("Fri, 15 Jan 2027 08:00:30 GMT", now=now) == pytest.approx(30.0)
    assert parse_retry_after("Fri, 15 Jan 2027 07:00:00 GMT", now=now) == 0.0


# --- redirects ------------------------------------------------------------------


async def test_redirect_loop_is_detected_with_its_chain(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port), server.url("loop"))
    assert record.error_kind == "redirect_loop"
    assert record.attempts == 1  # a loop is not transient
    assert record.redirects == (
        Redirect(server.url("loop", "/"), 302),
        Redirect(server.url("loop", "/a"), 302),
        Redirect(server.url("loop", "/b"), 302),
    )
    assert server.hits[server.host("loop")] == 3


async def test_endless_chain_stops_at_max_redirects(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    config = make_config(port, crawler={"max_redirects": 4})
    record = await fetch_one(config, server.url("longchain"))
    assert record.error_kind == "redirect_loop"
    assert "4" in record.error_detail
    # Four redirects followed; the fifth redirect response is recorded, not followed.
    assert [r.url for r in record.redirects] == [
        server.url("longchain", "/"),
        *(server.url("longchain", f"/?n={n}") for n in range(1, 5)),
    ]
    assert all(r.status == 302 for r in record.redirects)
    assert server.hits[server.host("longchain")] == 5


@pytest.mark.parametrize(("max_redirects", "kind"), [(3, None), (2, "redirect_loop")])
async def test_max_redirects_boundary(
    farm: tuple[Farm, int], make_config: MakeConfig, max_redirects: int, kind: str | None
) -> None:
    server, port = farm
    config = make_config(port, crawler={"max_redirects": max_redirects})
    record = await fetch_one(config, server.url("chain3"))  # exactly three redirects
    assert record.error_kind == kind
    if kind is None:
        assert record.final_url == server.url("chain3", "/?n=3")
        assert len(record.redirects) == 3
        assert record.body == HEALTHY_PAGE.encode()


async def test_cookie_challenge_is_not_a_loop(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port), server.url("cookie"))
    assert record.error_kind is None, record.error_detail
    assert record.http_status == 200
    assert record.final_url == server.url("cookie")
    assert record.redirects == (Redirect(server.url("cookie"), 302),)
    assert record.body == HEALTHY_PAGE.encode()
    assert server.hits[server.host("cookie")] == 2


async def test_same_site_meta_refresh_is_followed(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port), server.url("meta"))
    assert record.error_kind is None
    assert record.final_url == server.url("meta", "/portal/")
    assert record.redirects == (Redirect(server.url("meta"), 0),)
    assert record.body == HEALTHY_PAGE.encode()


async def test_off_site_meta_refresh_is_not_followed(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port), server.url("offsite-meta"))
    assert record.error_kind is None
    assert record.http_status == 200
    assert record.final_url == server.url("offsite-meta")
    assert record.redirects == ()
    assert b"http://ok.other.test/" in record.body


async def test_redirect_to_ftp_is_invalid_url(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    record = await fetch_one(make_config(port), server.url("badlocation"))
    assert record.error_kind == "invalid_url"
    assert record.attempts == 1
    # The hop that pointed off http(s) is in the chain; nothing was requested after it.
    assert record.redirects == (Redirect(server.url("badlocation"), 302),)
    assert server.hits[server.host("badlocation")] == 1
    assert "ftp://files.example/" in record.error_detail


@pytest.mark.parametrize(
    "url",
    [
        "http://exa mple.com/",  # space in the host
        "http:///nohost",
        "http://[bad/",
        "ftp://ok.farm.test/",
        "not a url",
    ],
)
async def test_malformed_urls_are_invalid_url(
    farm: tuple[Farm, int], make_config: MakeConfig, url: str
) -> None:
    _, port = farm
    record = await fetch_one(make_config(port, crawler={"retries": 2}), url)
    assert record.error_kind == "invalid_url", record.error_detail
    assert record.attempts == 1
    assert record.url == url


# --- size cap -------------------------------------------------------------------


async def test_big_page_is_cut_at_max_page_bytes(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    config = make_config(port)
    limit = config.crawler.max_page_bytes
    record = await fetch_one(config, server.url("big"))
    assert record.error_kind == "too_large"
    assert record.ok  # a cut page is still analysed
    assert record.http_status == 200
    assert record.truncated is True
    assert len(record.body) == record.body_bytes == limit
    assert record.body.startswith(b"<html><body><p>filler text</p>")
    assert record.attempts == 1


async def test_gzip_bomb_is_cut_at_the_cap(farm: tuple[Farm, int], make_config: MakeConfig) -> None:
    server, port = farm
    config = make_config(port)
    limit = config.crawler.max_page_bytes
    record = await fetch_one(config, server.url("bomb"))
    assert record.error_kind == "too_large"
    assert record.truncated is True
    assert record.body == b"\0" * limit


async def test_gzip_bomb_does_not_balloon_memory(
    farm: tuple[Farm, int], make_config: MakeConfig
) -> None:
    server, port = farm
    big_gzip_bomb()  # build the server's 128 MB bomb before measuring
    config = make_config(port)
    before = _peak_rss_bytes()
    record = await fetch_one(config, server.url("bigbomb"))
    grown = _peak_rss_bytes() - before
    assert record.error_kind == "too_large"
    assert len(record.body) == config.crawler.max_page_bytes < BIG_BOMB_BYTES
    assert grown < 50 * 1024 * 1024, f"peak memory grew by {grown / 2**20:.0f} MB"


def _peak_rss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB


# --- concurrency ----------------------------------------------------------------


@pytest.mark.parametrize(("per_host", "expect"), [(2, 2), (6, 6)])
async def test_per_host_limits_requests_in_flight(
    farm: tuple[Farm, int], make_config: MakeConfig, per_host: int, expect: int
) -> None:
    server, port = farm
    config = make_config(port, crawler={"per_host": per_host})
    async with Fetcher(config.crawler, config.network) as fetcher:
        records = await asyncio.gather(*(fetcher.fetch(server.url("inflight")) for _ in range(6)))
    assert all(r.error_kind is None for r in records)
    assert server.hits[server.host("inflight")] == 6
    assert server.max_in_flight <= per_host
    assert server.max_in_flight == expect  # and the limit is used, not serialised


# --- HTTPS ----------------------------------------------------------------------

trustme = pytest.importorskip("trustme")

TLS_HOSTS = ["ok.farm.test", "slow.farm.test"]
ServeTLS = Callable[..., Awaitable[int]]


@pytest.fixture(scope="module")
def tls_ca() -> Any:
    return trustme.CA()


@pytest.fixture(scope="module")
def tls_cert(tls_ca: Any) -> Any:
    return tls_ca.issue_cert(*TLS_HOSTS)


@pytest.fixture
def ca_file(tls_ca: Any, tmp_path: Path) -> str:
    path = tmp_path / "farm-ca.pem"
    tls_ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
async def serve_tls(tmp_path: Path) -> AsyncIterator[ServeTLS]:
    """Serve a fresh Farm over TLS with a given leaf (and chain); returns the port."""
    runners: list[web.AppRunner] = []

    async def serve(leaf: Any, *extra_chain: bytes) -> int:
        chain = tmp_path / f"chain{len(runners)}.pem"
        key = tmp_path / f"key{len(runners)}.pem"
        chain.write_bytes(
            b"".join(blob.bytes() for blob in leaf.cert_chain_pems) + b"".join(extra_chain)
        )
        leaf.private_key_pem.write_to_path(str(key))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(chain), str(key))
        runner = web.AppRunner(Farm().app(), handle_signals=False, shutdown_timeout=0.1)
        runners.append(runner)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context).start()
        return int(runner.addresses[0][1])

    try:
        yield serve
    finally:
        for runner in runners:
            await runner.cleanup()


def tls_config(make_config: MakeConfig, port: int, **network: Any) -> Config:
    return make_config(
        port,
        crawler={"retries": 1},
        network={"resolve": {"*.farm.test": f"127.0.0.1:{port}"}, **network},
    )


def not_after(leaf: Any) -> str:
    from cryptography import x509

    cert = x509.load_pem_x509_certificate(leaf.cert_chain_pems[0].bytes())
    return cert.not_valid_after_utc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def test_trusted_certificate_records_its_expiry(
    serve_tls: ServeTLS, make_config: MakeConfig, tls_cert: Any, ca_file: str
) -> None:
    port = await serve_tls(tls_cert)
    config = tls_config(make_config, port, ca_file=ca_file)
    record = await fetch_one(config, "https://ok.farm.test/")
    assert record.error_kind is None, record.error_detail
    assert record.tls_error is None
    assert record.body == HEALTHY_PAGE.encode()
    assert record.cert_expires == not_after(tls_cert)


async def test_certificate_for_another_name_is_a_tls_failure(
    serve_tls: ServeTLS, make_config: MakeConfig, tls_cert: Any, ca_file: str
) -> None:
    port = await serve_tls(tls_cert)
    config = tls_config(make_config, port, ca_file=ca_file)
    record = await fetch_one(config, "https://gzip.farm.test/")  # not in the certificate
    assert record.error_kind == "tls", record.error_detail
    assert record.http_status is None
    assert record.attempts == 1  # a certificate fault is not transient


async def test_expired_certificate_is_a_tls_failure(
    serve_tls: ServeTLS, make_config: MakeConfig, tls_ca: Any, ca_file: str
) -> None:
    expired = tls_ca.issue_cert(
        "ok.farm.test",
        not_before=datetime(2020, 1, 1, tzinfo=UTC),
        not_after=datetime(2021, 1, 1, tzinfo=UTC),
    )
    port = await serve_tls(expired)
    record = await fetch_one(
        tls_config(make_config, port, ca_file=ca_file), "https://ok.farm.test/"
    )
    assert record.error_kind == "tls", record.error_detail
    assert "expired" in record.error_detail


async def test_untrusted_self_signed_chain_is_a_tls_failure(
    serve_tls: ServeTLS, make_config: MakeConfig, tls_ca: Any, tls_cert: Any
) -> None:
    # The server sends its self-signed root too; nothing on the client trusts it.
    port = await serve_tls(tls_cert, tls_ca.cert_pem.bytes())
    record = await fetch_one(tls_config(make_config, port), "https://ok.farm.test/")
    assert record.error_kind == "tls", record.error_detail
    assert record.http_status is None
    assert record.cert_expires is None


async def test_unknown_issuer_is_reachable_with_a_tls_fault(
    serve_tls: ServeTLS, make_config: MakeConfig, tls_cert: Any
) -> None:
    # Leaf only, issuer unknown: an incomplete chain (or a CA we were not given).
    # Browsers complete such chains, so the page is read and the fault recorded.
    port = await serve_tls(tls_cert)
    record = await fetch_one(tls_config(make_config, port), "https://ok.farm.test/")
    assert record.error_kind is None, record.error_detail
    assert record.tls_error is not None and "issuer" in record.tls_error
    assert record.body == HEALTHY_PAGE.encode()


async def test_unverified_tls_fetches_the_page(
    serve_tls: ServeTLS, make_config: MakeConfig, tls_ca: Any
) -> None:
    port = await serve_tls(tls_ca.issue_cert("some-other-name.example"))
    config = tls_config(make_config, port, verify_tls=False)
    record = await fetch_one(config, "https://ok.farm.test/")
    assert record.error_kind is None, record.error_detail
    assert record.tls_error is None
    assert record.body == HEALTHY_PAGE.encode()
    assert record.final_url == "https://ok.farm.test/"
    # Without verification the certificate is still read (parsed from its DER form).
    assert record.cert_expires == "3000-01-01T00:00:00Z"
