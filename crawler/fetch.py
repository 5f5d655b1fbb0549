"""Fetching: one visit to a URL -> `FetchRecord`, whatever happens.

A visit follows HTTP redirects and same-site `<meta http-equiv=refresh>` by hand
(recording the chain and catching loops), keeps cookies within the visit (WAF
"set a cookie and come back" challenges are not loops), caps the body at
`max_page_bytes` (after decompression, which we do ourselves so that a gzip bomb
is cut at the cap instead of filling memory), retries transient failures with
backoff and honours Retry-After. Every failure becomes `error_kind` on the record;
`fetch()` never raises for anything a site does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
import socket
import ssl
import time
import zlib
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any
from urllib.parse import quote

import aiohttp
from multidict import CIMultiDictProxy
from yarl import URL

from crawler.config import CrawlerSettings, NetworkSettings
from crawler.domains import (
    browser_ipv4,
    is_ip_address,
    is_valid_host,
    leaves_for_loopback,
    same_site,
)
from crawler.lenient import make_lenient, refused_by_strict_parser
from crawler.models import FetchRecord, Redirect
from crawler.resolver import HostMap, StaticResolver

log = logging.getLogger(__name__)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# A meta refresh with a longer delay is a page to read, not a redirect to follow.
MAX_META_REFRESH_DELAY = 10.0
_META_SCAN_BYTES = 16_384
# What `fetch(read_body=False)` reads of a body before letting the connection go.
PEEK_BYTES = 8_192
_META_REFRESH = re.compile(
    rb"""<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*>""", re.IGNORECASE
)
_CONTENT_ATTR = re.compile(rb"""content\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_REFRESH_VALUE = re.compile(r"^\s*(\d+(?:\.\d+)?)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)$", re.I | re.S)


def _opaque_tag(tag: str | None) -> str:
    """An entity tag without its weak prefix (If-None-Match compares them weakly)."""
    return (tag or "").strip().removeprefix("W/")


_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _sendable(value: str) -> bool:
    """Whether a stored validator can go back in a request header: aiohttp reads a
    response header with a control character but refuses to send one, so a server's
    ETag like that would make every later visit of the site fail (the visit is made
    unconditional instead)."""
    return _CONTROL_CHARACTER.search(value) is None


class _Failure(Exception):
    """Internal: a classified failure of one attempt."""

    def __init__(
        self, kind: str, detail: str, status: int | None = None, body: bytes = b""
    ) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.status = status
        self.body = body  # what a 5xx answer showed (a firewall's challenge page...)


def parse_meta_refresh(head: bytes, base: URL) -> tuple[float, URL] | None:
    """The (delay, target) of a meta refresh in the first bytes of a page, if any; the
    target is `base` itself for a plain reload (no URL)."""
    tag = _META_REFRESH.search(head[:_META_SCAN_BYTES])
    if tag is None:
        return None
    content = _CONTENT_ATTR.search(tag.group(0))
    if content is None:
        return None
    return parse_refresh(next(g for g in content.groups() if g is not None).decode("latin-1"), base)


def parse_refresh(value: str, base: URL) -> tuple[float, URL] | None:
    """The (delay, target) of a refresh's value (`0; url=/index.html`), from a meta
    refresh or an HTTP `Refresh` header, which browsers follow alike."""
    match = _REFRESH_VALUE.match(value)
    if match is None:
        return None
    target = match.group(2).strip().strip("'\"").strip()
    if not target:
        try:
            return float(match.group(1) or 0), base  # a plain reload of the same page
        except ValueError:
            return None
    try:
        return float(match.group(1) or 0), base.join(_url_from_bytes(target.encode("latin-1")))
    except (ValueError, TypeError, IndexError):  # yarl: IndexError on "https://: []@/"
        return None


# Cookies a visit keeps (browsers keep 180 a domain, each up to 4,096 bytes).
MAX_COOKIES = 50
MAX_COOKIE_BYTES = 4_096


# Control characters (all but a tab): a browser drops such a cookie, and aiohttp refuses
# to send a header holding one.
_COOKIE_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def parse_set_cookie(value: str, secure_origin: bool = True) -> tuple[str, str, bool] | None:
    """(name, value, expired) of a Set-Cookie header as browsers read it (RFC 6265
    section 5.2), or None for one they ignore: a `Secure` cookie that a plain-http
    answer sets (`secure_origin` False; RFC 6265bis 5.7, browsers since 2016), so a
    site that loops until it gets one back loops in browsers too.

    Leniently: a value with spaces, quotes or JSON in it, an Expires date in UTC or
    any other zone, attributes nobody knows (SameParty, Priority) and a cookie
    without a name ("token" alone) are all kept, as browsers keep them; a firewall's
    "set a cookie and come back" challenge often uses such cookies, and a parser that
    drops them never gets past it. Max-Age 0 or an Expires date in the past deletes.
    """
    if _COOKIE_CONTROL.search(value) is not None:
        return None  # a control character: ignored whole (RFC 6265bis 5.6), never sent
    pair, _, attributes = value.partition(";")
    name, equals, content = pair.partition("=")
    if not equals:
        name, content = "", name  # no "=": a value without a name
    name, content = name.strip(" \t"), content.strip(" \t")
    if not (name or content) or len(name) + len(content) > MAX_COOKIE_BYTES:
        return None
    expired = False
    max_age_seen = False
    for attribute in attributes.split(";"):
        key, _, argument = attribute.partition("=")
        key, argument = key.strip(" \t").lower(), argument.strip(" \t")
        if key == "secure" and not secure_origin:
            return None
        if key == "max-age" and re.fullmatch(r"-?[0-9]+", argument):
            # (Not int(): 5,000 digits raise. Zero or negative deletes; Max-Age wins.)
            expired, max_age_seen = argument[0] == "-" or not argument.strip("0"), True
        elif key == "expires" and not max_age_seen:
            try:
                when = parsedate_to_datetime(argument)
            except (TypeError, ValueError, IndexError, OverflowError):  # year 10**22
                continue  # an unreadable date is ignored: a session cookie
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            expired = when.timestamp() < time.time()
    return name, content, expired


_SECURE_ATTRIBUTE = re.compile(r";\s*secure\s*(?:;|=|$)", re.IGNORECASE)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def classify_exception(exc: BaseException) -> tuple[str, str]:
    """Map a client exception onto an error kind and a short human detail."""
    if isinstance(exc, _Failure):
        return exc.kind, exc.detail
    if isinstance(exc, asyncio.TimeoutError | aiohttp.ServerTimeoutError):
        return "timeout", "no complete answer within the time limit"
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return "dns", f"name not resolved: {_os_reason(exc)}"
    if isinstance(exc, aiohttp.ClientSSLError | ssl.SSLError):
        return "tls", _short(exc)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return "connect", f"cannot connect: {_os_reason(exc)}"
    if isinstance(exc, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError | ValueError):
        return "invalid_url", _short(exc)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return "connect", "server closed the connection"
    if isinstance(exc, aiohttp.ClientPayloadError):
        return "connect", f"body cut off: {_short(exc)}"
    if isinstance(exc, aiohttp.ClientResponseError):
        return "connect", f"malformed HTTP response: {_short(exc)}"
    if isinstance(exc, OSError | aiohttp.ClientError):
        return "connect", _short(exc)
    return "connect", f"{type(exc).__name__}: {_short(exc)}"


def _os_reason(exc: aiohttp.ClientConnectorError) -> str:
    return exc.os_error.strerror or str(exc.os_error) if exc.os_error else str(exc)


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


# Content codings we ask for and decode. Others a browser would decode (brotli, zstd)
# and we cannot make the body unreadable; tokens nobody knows ("utf-8", "none") are
# server mistakes that browsers ignore, passing the body through as it came.
_DECODED_CODINGS = frozenset({"gzip", "x-gzip", "deflate"})
_UNDECODABLE_CODINGS = frozenset({"br", "zstd", "compress", "x-compress"})
# What one stage of a chain of codings hands the next at a time.
_STAGE_BYTES = 65_536


class _Inflater:
    """One gzip or deflate layer, decoded a bounded piece at a time."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self.pending = b""
        self._zlib: Any = None if coding == "deflate" else zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._full = False  # the last output filled its buffer: zlib may hold more

    def pull(self, max_out: int) -> bytes:
        """Up to `max_out` decoded bytes of what has been pushed into `pending`."""
        if self._zlib is None:
            if len(self.pending) < 2:
                return b""
            # "deflate" is a zlib stream (RFC 9110), but some IIS versions send it raw.
            cmf, flg = self.pending[0], self.pending[1]
            wrapped = cmf & 0x0F == 8 and (cmf << 8 | flg) % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        if not self.pending and not self._full:
            return b""
        try:
            out: bytes = self._zlib.decompress(self.pending, max_out)
        except zlib.error:
            raise _Failure("connect", f"corrupt {self.coding} body") from None
        self.pending = self._zlib.unconsumed_tail
        self._full = len(out) == max_out
        if self._zlib.eof and self._zlib.unused_data.startswith(b"\x1f\x8b"):
            # Another gzip member follows (RFC 1952 allows several): decode it too.
            self.pending = self._zlib.unused_data + self.pending
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._full = True  # come back for it even if nothing more arrives
        return out


class _BodyDecoder:
    """Streams Content-Encoding away with a hard cap on the decoded size.

    Codings are undone in the reverse of the order listed ("gzip, gzip" twice), each
    layer a bounded piece at a time, so a bomb at any depth is cut at the cap. Bytes
    after the end of a compressed stream are ignored, as browsers do, unless they are
    another gzip member.
    """

    def __init__(self, content_encoding: str, limit: int) -> None:
        self.limit = limit
        self.truncated = False
        self._chunks: list[bytes] = []
        self._size = 0
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        codings = [c for c in codings if c and c != "identity"]
        undecodable = [c for c in codings if c in _UNDECODABLE_CODINGS]
        if undecodable:
            raise _Failure("connect", f"body compressed with {undecodable[0]!r}, not decodable")
        if not all(c in _DECODED_CODINGS for c in codings):
            codings = []  # an unknown token: the body is taken as it came, as browsers do
        self._stages = [_Inflater("gzip" if c == "x-gzip" else c) for c in reversed(codings)]

    def feed(self, data: bytes) -> bool:
        """Add wire bytes; return False once the cap is reached."""
        if not self._stages:
            return self._keep(data)
        self._stages[0].pending += data
        while True:
            out = self._pull(len(self._stages) - 1, self.limit - self._size + 1)
            if not out:
                return True
            if not self._keep(out):
                return False

    def _pull(self, index: int, max_out: int) -> bytes:
        stage = self._stages[index]
        while True:
            out = stage.pull(max_out)
            if out or index == 0:
                return out
            upstream = self._pull(index - 1, _STAGE_BYTES)
            if not upstream:
                return b""
            stage.pending += upstream

    def _keep(self, data: bytes) -> bool:
        room = self.limit - self._size
        if len(data) > room:
            data = data[:room]
            self.truncated = True
        self._chunks.append(data)
        self._size += len(data)
        return not self.truncated

    def finish(self) -> bytes:
        return b"".join(self._chunks)


def is_retryable(kind: str, status: int | None) -> bool:
    if kind in ("dns", "connect", "timeout"):
        return True
    return status is not None and (status == 429 or (status >= 500 and status not in (501, 505)))


class _CertRecordingConnector(aiohttp.TCPConnector):
    """Notes each TLS peer certificate's expiry as the connection is made.

    aiohttp releases a connection as soon as a small body is buffered, before the
    caller could look at it, so the certificate is read here instead.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cert_expiry: dict[tuple[str, int], str] = {}

    async def _create_connection(self, req: Any, traces: Any, timeout: Any) -> Any:
        protocol = await super()._create_connection(req, traces, timeout)
        transport = getattr(protocol, "transport", None)
        ssl_object = transport.get_extra_info("ssl_object") if transport is not None else None
        if ssl_object is not None:
            expires = certificate_expiry(ssl_object)
            if expires:
                self.cert_expiry[(req.url.raw_host or "", req.url.port or 443)] = expires
        return protocol


def certificate_expiry(ssl_object: ssl.SSLObject) -> str | None:
    """The peer certificate's notAfter as ISO 8601 UTC, verified or not."""
    try:
        cert = ssl_object.getpeercert()
        not_after = cert.get("notAfter") if cert else None
        if isinstance(not_after, str):
            moment = datetime.fromtimestamp(ssl.cert_time_to_seconds(not_after), UTC)
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        der = ssl_object.getpeercert(binary_form=True)  # verification off: parse it ourselves
    except (ValueError, ssl.SSLError):
        return None
    if not der:
        return None
    try:
        from cryptography import x509
    except ImportError:  # optional: without it, unverified certificates have no expiry
        return None
    try:
        parsed = x509.load_der_x509_certificate(der)
    except ValueError:
        return None
    return parsed.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fetcher:
    """An HTTP client session for a whole scan. Use as an async context manager."""

    def __init__(
        self, crawler: CrawlerSettings, network: NetworkSettings, *, keep_alive: bool = False
    ) -> None:
        self.crawler = crawler
        self.network = network
        # Keep-alive pays when a site's column pages follow its homepage; for one request
        # per host (the homepage sweep) idle sockets would only pile up.
        self.keep_alive = keep_alive
        self._session: aiohttp.ClientSession | None = None
        self._connector: _CertRecordingConnector | None = None
        # The session of a second reading of answers the fast parser refused (`lenient`),
        # made when first needed (False: aiohttp's internals did not allow one).
        self._lenient: tuple[aiohttp.ClientSession, _CertRecordingConnector] | bool = False
        self._ssl_context: ssl.SSLContext | bool = False
        self._resolver: StaticResolver | None = None
        # `per_address`: one gate per IP address, and the address each host name had.
        self._gates: dict[str, asyncio.Semaphore] = {}
        self._addresses: dict[tuple[str, int], str] = {}

    async def __aenter__(self) -> Fetcher:
        ssl_context: ssl.SSLContext | bool = False
        if self.network.verify_tls:
            ssl_context = ssl.create_default_context()
            if self.network.ca_file:
                ssl_context.load_verify_locations(cafile=self.network.ca_file)
        self._resolver = StaticResolver(
            HostMap(self.network.resolve), self.network.system_dns, self.network.nameservers
        )
        self._ssl_context = ssl_context
        self._lenient = False
        self._connector = self._new_connector(keep_alive=self.keep_alive)
        self._session = self._new_session(self._connector)
        return self

    def _new_connector(self, *, keep_alive: bool) -> _CertRecordingConnector:
        return _CertRecordingConnector(
            limit=0,  # the scan's own semaphore bounds concurrency
            limit_per_host=self.crawler.per_host,
            resolver=self._resolver,
            ttl_dns_cache=300,
            ssl=self._ssl_context,
            **({"keepalive_timeout": 2.0} if keep_alive else {"force_close": True}),
            family=socket.AF_UNSPEC,
        )

    def _new_session(self, connector: aiohttp.BaseConnector) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            trust_env=self.network.trust_env,
            timeout=aiohttp.ClientTimeout(total=None),
            max_line_size=16_384,
            max_field_size=16_384,
        )

    def _lenient_session(self) -> tuple[aiohttp.ClientSession, _CertRecordingConnector] | None:
        """The session that reads answers as browsers do (`crawler.lenient`), made once."""
        if self._lenient is False:
            connector = self._new_connector(keep_alive=False)
            if make_lenient(connector):
                self._lenient = (self._new_session(connector), connector)
            else:
                log.warning("aiohttp's internals changed: no lenient reading of answers")
                self._lenient = True
        return self._lenient if isinstance(self._lenient, tuple) else None

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
        if isinstance(self._lenient, tuple):
            await self._lenient[0].close()
        self._lenient = False
        if self._resolver is not None:  # a resolver passed in is not the connector's to close
            await self._resolver.close()
            self._resolver = None

    async def fetch(
        self,
        url: str,
        settings: CrawlerSettings | None = None,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        method: str = "GET",
        read_body: bool = True,
        origin: str | None = None,
    ) -> FetchRecord:
        """Visit `url` with retries; the record of the last attempt is returned.

        `origin`: the page (or listed site) `url` was taken from. A URL on the loopback
        taken from a site that is not is never asked (`loopback_refusal`: kind connect),
        as a redirect there is not followed.

        With `etag` or `last_modified` (from an earlier visit) the request is a
        conditional GET; a 304 answer gives a record with `not_modified` set.

        `method="HEAD"` asks for the headers only (no body is read; redirects are
        followed the same way, as HEAD). `read_body=False` reads at most the first
        `PEEK_BYTES` of the body (enough for a meta refresh) and then lets the
        connection go: for a check that needs only the status. A longer body is then
        `truncated` but not an error.
        """
        settings = settings or self.crawler
        if origin is not None:
            try:
                refused = loopback_refusal(origin, URL(url))
            except (ValueError, TypeError, IndexError):
                refused = None  # the visit fails as invalid_url and says so
            if refused:
                return FetchRecord(url=url, error_kind="connect", error_detail=refused)
        validators = {}
        if etag and _sendable(etag):
            validators["If-None-Match"] = etag
        if last_modified and _sendable(last_modified):
            validators["If-Modified-Since"] = last_modified
        attempts = 0
        while True:
            attempts += 1
            record, retry_after = await self._attempt(
                url, settings, validators, method.upper(), read_body
            )
            if record.not_modified and etag and _opaque_tag(record.etag) != _opaque_tag(etag):
                # A 304 that does not name the version we hold (a 304 must carry the
                # ETag a 200 would): a cache that answers 304 to anything. Asked again
                # without validators, so a changed page is not taken for unchanged.
                validators = {}
                record, retry_after = await self._attempt(
                    url, settings, validators, method.upper(), read_body
                )
            kind = record.error_kind
            if (
                kind is None
                or attempts > settings.retries
                or not is_retryable(kind, record.http_status)
            ):
                if retry_after is not None:
                    record = replace(record, retry_after=retry_after)
                return _with_attempts(record, attempts)
            if retry_after is not None:
                delay = min(retry_after, settings.max_retry_after)
            else:
                delay = settings.backoff * (2 ** (attempts - 1)) * random.uniform(0.5, 1.5)
            await asyncio.sleep(delay)

    async def _attempt(
        self,
        url: str,
        settings: CrawlerSettings,
        validators: dict[str, str],
        method: str = "GET",
        read_body: bool = True,
    ) -> tuple[FetchRecord, float | None]:
        # The wait for a `per_address` gate is the scan's, not the site's: it counts in
        # neither the visit's time limit nor its response time. (Redirects to another
        # address within the visit pass under the first address's gate.)
        gate = await self._gate(url, settings.timeout) if self.crawler.per_address else _NO_GATE
        async with gate:
            return await self._timed_attempt(url, settings, validators, method, read_body)

    async def _timed_attempt(
        self,
        url: str,
        settings: CrawlerSettings,
        validators: dict[str, str],
        method: str,
        read_body: bool,
    ) -> tuple[FetchRecord, float | None]:
        started = time.perf_counter()
        state = _Visit(url, validators=validators, method=method, read_body=read_body)

        async def visit() -> FetchRecord:
            nonlocal state
            try:
                return await self._visit(state, settings, started)
            except aiohttp.ClientResponseError as exc:
                lenient = self._lenient_session() if refused_by_strict_parser(exc) else None
                if lenient is None:
                    raise
                # Framing llhttp refuses and browsers resolve (a repeated equal
                # Content-Length...): read again as a browser reads it, once (after a
                # chain fault too: old middleware and incomplete chains go together).
                state = _Visit(
                    url,
                    tls_error=state.tls_error,
                    validators=validators,
                    method=method,
                    read_body=read_body,
                )
                return await self._visit(state, settings, started, *lenient)

        try:
            async with asyncio.timeout(settings.timeout):
                try:
                    return await visit(), None
                except aiohttp.ClientConnectorCertificateError as exc:
                    if "local issuer" not in str(exc) or not self.network.verify_tls:
                        raise
                    # Most often a server that omits its intermediate certificate: browsers
                    # fetch it and show the page, so the site is reachable, with a TLS
                    # fault. (A private CA looks the same; trust it with `ca_file`.)
                    detail = "certificate issuer unknown (incomplete chain or private CA)"
                    state = _Visit(
                        url,
                        tls_error=detail,
                        validators=validators,
                        method=method,
                        read_body=read_body,
                    )
                    return await visit(), None
        except _Failure as failure:
            retry_after = state.retry_after if failure.status in (429, 503) else None
            record = state.failed(failure.kind, failure.detail, failure.status, started)
            if failure.body:
                record = replace(record, body=failure.body, body_bytes=len(failure.body))
            return record, retry_after
        except Exception as exc:  # every other problem is data about the site
            kind, detail = classify_exception(exc)
            return state.failed(kind, detail, None, started), None

    async def _visit(
        self,
        state: _Visit,
        settings: CrawlerSettings,
        started: float,
        session: aiohttp.ClientSession | None = None,
        connector: _CertRecordingConnector | None = None,
    ) -> FetchRecord:
        session = session or self._session
        connector = connector or self._connector
        assert session is not None, "use Fetcher as an async context manager"
        try:
            current = URL(state.url)
        except (ValueError, TypeError, IndexError) as exc:
            raise _Failure("invalid_url", _short(exc)) from None
        if current.scheme not in ("http", "https") or not current.raw_host:
            raise _Failure("invalid_url", f"{state.url!r} is not an http(s) URL")
        if not is_valid_host(current.raw_host):
            raise _Failure("invalid_url", f"{current.host!r} is not a valid host name")
        current = as_browsers_read(current)
        headers = {
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "zh-CN,zh;q=0.9,zh-TW;q=0.8,en;q=0.7",
            "Accept-Encoding": "gzip, deflate",
        }
        seen: set[tuple[str, str]] = set()
        while True:
            secure = current.scheme == "https"
            key = (str(current), state.cookie_header(secure))
            if key in seen:
                raise _Failure("redirect_loop", f"redirect loop back to {current}")
            seen.add(key)
            if len(state.redirects) > settings.max_redirects:
                raise _Failure("redirect_loop", f"more than {settings.max_redirects} redirects")
            cookie = state.cookie_header(secure)
            request_headers = {**headers, **state.validators}
            if cookie:
                request_headers["Cookie"] = cookie
            async with session.request(
                state.method,
                current,
                headers=request_headers,
                allow_redirects=False,
                ssl=state.tls_error is None,  # False: verification off after a chain fault
            ) as response:
                state.absorb(response)
                location = response.headers.get("Location")
                if response.status in REDIRECT_STATUSES and location:
                    state.redirects.append(Redirect(str(current), response.status))
                    current = _follow(current, location)
                    continue
                if current.scheme == "https" and connector is not None:
                    cert_key = (current.raw_host or "", current.port or 443)
                    expiry = connector.cert_expiry.get(cert_key)
                    state.cert_expires = expiry or state.cert_expires
                if state.method == "HEAD":
                    body, truncated = b"", False  # a HEAD answer has no body
                elif state.read_body:
                    body, truncated = await _read_body(response, settings.max_page_bytes)
                else:
                    body, truncated = await _read_body(
                        response, min(PEEK_BYTES, settings.max_page_bytes)
                    )
            status = response.status
            if status == 304:
                state.final_url = str(current)
                if not state.validators:
                    # "Not modified" since nothing: a browser without the page in its
                    # cache shows nothing either. Not an empty page to judge.
                    raise _Failure(
                        "connect", "HTTP 304 Not Modified to a request without validators", 304
                    )
                return replace(
                    state.record(response, b"", False, started, None, ""), not_modified=True
                )
            if status >= 400:
                kind = "http_5xx" if status >= 500 else "http_4xx"
                state.final_url = str(current)
                if is_retryable(kind, status):
                    state.retry_after = parse_retry_after(response.headers.get("Retry-After"))
                    raise _Failure(
                        kind, f"HTTP {status} {response.reason or ''}".strip(), status, body
                    )
                return state.record(response, body, False, started, kind, f"HTTP {status}")
            refresh = parse_meta_refresh(body, current) if _is_html(response) else None
            if refresh is None and "Refresh" in response.headers:
                # The same instruction as an HTTP header (`Refresh: 0; url=/portal/`,
                # which CMSs and load balancers send with an empty body).
                refresh = parse_refresh(response.headers["Refresh"], current)
            if refresh is not None and refresh[0] <= MAX_META_REFRESH_DELAY:
                refused = loopback_refusal(current, refresh[1], "refresh")
                if refused:  # sent on at once to the visitor's own machine: as a redirect
                    state.final_url = str(current)
                    raise _Failure("connect", refused)
            if (
                refresh is not None
                and refresh[0] <= MAX_META_REFRESH_DELAY
                and refresh[1].host
                and refresh[1].scheme in ("http", "https")
                and same_site(refresh[1].host, current.host or "")
                # The same page again only with a cookie it has just set: a firewall's
                # "set a cookie and reload" challenge, which a browser passes. Once: a
                # page that reloads itself and sets a new cookie at each answer (a
                # balancer's) is the page, not a loop of challenges.
                and (
                    refresh[1].with_fragment(None) != current
                    or (
                        state.cookie_header(secure) != cookie
                        and Redirect(str(current), 0) not in state.redirects
                    )
                )
            ):
                state.redirects.append(Redirect(str(current), 0))
                current = as_browsers_read(refresh[1].with_fragment(None))
                continue
            state.final_url = str(current)
            if truncated and state.read_body:
                detail = f"body larger than {settings.max_page_bytes} bytes; cut there"
                return state.record(response, body, True, started, "too_large", detail)
            return state.record(response, body, truncated, started, None, "")

    async def _gate(
        self, url: str, timeout: float
    ) -> asyncio.Semaphore | contextlib.nullcontext[None]:
        """The `per_address` gate of the address `url`'s host resolves to."""
        try:
            parsed = as_browsers_read(URL(url))
        except (ValueError, TypeError, IndexError):
            return _NO_GATE  # the visit fails as invalid_url and says so
        host, port = parsed.raw_host or "", parsed.port or 0
        address = self._addresses.get((host, port))
        if address is None:
            if not host or is_ip_address(host):
                address = host
            else:
                assert self._resolver is not None
                try:  # the answer is cached: the connector's own lookup costs nothing more
                    async with asyncio.timeout(timeout):
                        answer = await self._resolver.resolve(host, port, socket.AF_UNSPEC)
                    address = answer[0]["host"]
                except (OSError, TimeoutError, IndexError):
                    return _NO_GATE  # the visit fails as a dns error (or timeout) and says so
            if len(self._addresses) >= _MAX_REMEMBERED_ADDRESSES:
                self._addresses.clear()
            self._addresses[(host, port)] = address
        gate = self._gates.get(address)
        if gate is None:
            gate = self._gates[address] = asyncio.Semaphore(self.crawler.per_address)
        return gate


_NO_GATE: contextlib.nullcontext[None] = contextlib.nullcontext()
# Host names whose address `per_address` remembers; forgotten all at once beyond this.
_MAX_REMEMBERED_ADDRESSES = 200_000


class _Visit:
    """Mutable state of one attempt: the redirect chain, cookies, last response."""

    def __init__(
        self,
        url: str,
        tls_error: str | None = None,
        validators: dict[str, str] | None = None,
        method: str = "GET",
        read_body: bool = True,
    ) -> None:
        self.url = url
        self.method = method
        self.read_body = read_body
        self.tls_error = tls_error
        self.validators = validators or {}
        self.final_url = ""
        self.redirects: list[Redirect] = []
        self.cookies: dict[str, str] = {}
        self.secure: set[str] = set()  # names of Secure cookies
        self.headers: CIMultiDictProxy[str] | None = None
        self.status: int | None = None
        self.cert_expires: str | None = None
        self.retry_after: float | None = None

    def absorb(self, response: aiohttp.ClientResponse) -> None:
        self.headers = response.headers
        self.status = response.status
        secure = response.url.scheme == "https"
        for value in response.headers.getall("Set-Cookie", ()):
            text = header_text(value) or ""
            parsed = parse_set_cookie(text, secure)
            if parsed is None:
                continue
            name, content, expired = parsed
            self.cookies.pop(name, None)
            self.secure.discard(name)
            if not expired:
                self.cookies[name] = content
                if secure and _SECURE_ATTRIBUTE.search(text):
                    self.secure.add(name)  # never sent over plain http
                while len(self.cookies) > MAX_COOKIES:  # the oldest goes, as in browsers
                    del self.cookies[next(iter(self.cookies))]

    def cookie_header(self, secure: bool = True) -> str:
        return "; ".join(
            f"{k}={v}" if k else v
            for k, v in sorted(self.cookies.items())
            if secure or k not in self.secure
        )

    def record(
        self,
        response: aiohttp.ClientResponse,
        body: bytes,
        truncated: bool,
        started: float,
        kind: str | None,
        detail: str,
    ) -> FetchRecord:
        headers = response.headers
        return FetchRecord(
            url=self.url,
            final_url=self.final_url,
            http_status=response.status,
            response_ms=_elapsed_ms(started),
            body_bytes=len(body),
            content_type=(header_text(response.content_type) or "")
            if "Content-Type" in headers
            else "",
            charset=header_text(response.charset) or "",
            last_modified=header_text(headers.get("Last-Modified")),
            etag=header_text(headers.get("ETag")),
            server=header_text(headers.get("Server")),
            cert_expires=self.cert_expires,
            tls_error=self.tls_error,
            redirects=tuple(self.redirects),
            truncated=truncated,
            error_kind=kind,
            error_detail=detail,
            body=body,
            refresh=self._refresh_target(headers),
        )

    def _refresh_target(self, headers: Mapping[str, str]) -> str | None:
        """The target of an HTTP `Refresh` header that sends visitors on at once, when
        the visit stopped here (the header of a same-site target was followed)."""
        value = headers.get("Refresh")
        if value is None or not self.final_url:
            return None
        try:
            refresh = parse_refresh(value, URL(self.final_url))
        except (ValueError, TypeError):
            return None
        if refresh is None or refresh[0] > MAX_META_REFRESH_DELAY:
            return None
        target = refresh[1]
        if target.scheme not in ("http", "https") or not target.host:
            return None
        return str(target.with_fragment(None))

    def failed(self, kind: str, detail: str, status: int | None, started: float) -> FetchRecord:
        headers: Mapping[str, str] = self.headers or {}
        return FetchRecord(
            url=self.url,
            final_url=self.final_url,
            http_status=status if status is not None else self.status,
            response_ms=_elapsed_ms(started),
            server=header_text(headers.get("Server")),
            cert_expires=self.cert_expires,
            tls_error=self.tls_error,
            redirects=tuple(self.redirects),
            error_kind=kind,
            error_detail=detail,
        )


def header_text(value: str | None) -> str | None:
    """A header value as text that can be stored and sent again.

    aiohttp keeps header bytes that are not UTF-8 (a GBK `Server:` name) as lone
    surrogates, which SQLite, JSON files and aiohttp's own request writer refuse.
    """
    if value is None or value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value


def _url_from_bytes(raw: bytes) -> URL:
    """A URL as a server wrote it: UTF-8 (an IDN host, a Chinese path) is read as
    text; other bytes (a GBK path) are percent-encoded as they came, as browsers do,
    instead of being dropped or read as Latin-1."""
    raw = raw.strip()
    if b"\\" in raw:
        # A backslash before the query is a slash to browsers in an http(s) URL (the
        # WHATWG URL standard): IIS applications redirect to `\portal\index.html`.
        cut = min((i for i in (raw.find(b"?"), raw.find(b"#")) if i >= 0), default=len(raw))
        raw = raw[:cut].replace(b"\\", b"/") + raw[cut:]
    try:
        return URL(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return URL(quote(raw, safe="!#$%&'()*+,/:;=?@[]~"))


def _follow(current: URL, location: str) -> URL:
    try:
        # aiohttp keeps header bytes that are not UTF-8 as lone surrogates.
        target = current.join(_url_from_bytes(location.encode("utf-8", "surrogateescape")))
    except (ValueError, TypeError, IndexError) as exc:
        raise _Failure("invalid_url", f"bad redirect Location {location!r}: {exc}") from None
    if target.scheme not in ("http", "https") or not target.raw_host:
        raise _Failure("invalid_url", f"redirect to a non-http URL {location!r}")
    if not is_valid_host(target.raw_host):
        raise _Failure("invalid_url", f"redirect to an invalid host {target.host!r}")
    refused = loopback_refusal(current, target, "redirect")
    if refused:
        raise _Failure("connect", refused)
    return as_browsers_read(target.with_fragment(None))


def loopback_refusal(source: URL | str | None, target: URL, how: str = "link") -> str | None:
    """Why `target` is not asked, when it is on the loopback and `source` (the page or
    redirect that named it, or the listed site) is not: a site on the network sending
    visitors to their own machine, where a browser finds nothing (refused), and where
    the crawler would read its own machine's services as the site. The one guard of
    every URL a page or a redirect gives (`domains.leaves_for_loopback`)."""
    if source is None:
        return None
    try:
        source_host = (URL(source) if isinstance(source, str) else source).raw_host or ""
    except (ValueError, TypeError, IndexError):
        source_host = ""
    target_host = target.raw_host or ""
    if not leaves_for_loopback(source_host, target_host):
        return None
    shown = browser_ipv4(target_host) or target.host
    return f"{how} to a loopback address {shown}: a visitor's own machine"


def as_browsers_read(url: URL) -> URL:
    """`url` with a host in a numeric IPv4 form other than dotted decimal (127.1,
    2130706433, 0x7f.1, 0177.0.0.1) written as browsers read it (127.0.0.1): yarl and
    aiohttp take such a host for a name and ask DNS about it."""
    host = url.raw_host
    if not host or not host[0].isdigit():
        return url
    address = browser_ipv4(host)
    if address is None or address == host:
        return url
    return url.with_host(address)


async def _read_body(response: aiohttp.ClientResponse, limit: int) -> tuple[bytes, bool]:
    decoder = _BodyDecoder(response.headers.get("Content-Encoding", ""), limit)
    wire = 0
    async for chunk in response.content.iter_any():
        wire += len(chunk)
        if not decoder.feed(chunk) or wire > limit:
            decoder.truncated = True
            response.close()  # stop reading: the rest is never downloaded
            break
    return decoder.finish(), decoder.truncated


def _is_html(response: aiohttp.ClientResponse) -> bool:
    content_type = response.headers.get("Content-Type", "").lower()
    return not content_type or "html" in content_type


def _elapsed_ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def _with_attempts(record: FetchRecord, attempts: int) -> FetchRecord:
    return record if attempts == 1 else replace(record, attempts=attempts)
