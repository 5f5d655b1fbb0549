"""Link checking: does each link on a page still lead somewhere? -> `LinkResult`.

One `LinkChecker` serves a whole scan. Each URL is checked once (an LRU cache of
`cache_size` URLs; concurrent checks of the same URL share one request), with a HEAD
first and a GET (of which only the first 8 KB are read) when HEAD gets any error status
(servers answer HEAD with 405, 501, 403 or even 404 while GET works) or the connection
dropped on HEAD. Links to dynamic pages (a query
string, `.jsp`, `.do`, `.aspx`...: `dynamic_endings` in `crawler/data/links.toml`) are
asked with that GET from the start, and so are an anchor's or frame's links to a page
of the linking page's own site (no extension, or `.html`, `.shtml`...: `page_endings`)
when that site answers a page that cannot exist with 200 (a CMS's "page not found"):
one probe per site and scan, a GET of `/<random>.html` (robots.txt permitting; if it
refuses, the links are read). A site that answers the probe with 404 or any other
error, or not at all, keeps the HEAD for its page links: most sites, whose missing
pages answer 404. Files (pdf, doc, images) and other sites' pages get the HEAD.
Redirects are followed, and the final answer decides:

- `ok`: a 2xx or 3xx answer (a login page a link leads to is a working link);
- `broken`: 404 or 410; a soft 404 (a 200 answer whose first bytes read say the page
  does not exist: its title or a heading is mostly a marker, or a short page's text
  holds one; or a redirect to the site's error page such as `/404.html`, or
  `?aspxerrorpath=`: the markers are data in `links.toml`); no such host; a
  connection refused, reset or cut off; a redirect loop; a URL or redirect target
  that is not http(s);
- `suspected` (maybe only refused to a crawler): 403, 429, 5xx or any other 4xx; a
  timeout; a TLS failure; a link to a page inside a site that redirects to the site's
  homepage (how some sites answer for a removed page).

Link checks use a short timeout (`min(timeout, 10)` s by default) and retry a
transient failure (timeout, 429, 5xx) once, after the wait a 429 or 503 asks for in
its Retry-After (at most the link timeout; the host's other links wait too); a
dropped connection is resent once by aiohttp itself. A refusal (connection refused,
no such host, a 4xx) is not retried. A host that has timed out in this scan gets no
retry for further timeouts until it answers again, and once it has timed out
`_TIMEOUTS_BEFORE_GIVING_UP` times in a row its further links are suspected without a
request: a dead external host linked a hundred times costs a few timeouts, not a
hundred.

Politeness: at most `per_host` link checks to one host at once. This is the same
limit the Fetcher's connector applies, taken before the request starts, so time
spent queueing behind other links to a busy host does not count against a link's
timeout (the connector still bounds every connection, link checks and pages alike).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import random
import re
import secrets
import tomllib
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from urllib.parse import urljoin, urlsplit

from yarl import URL

from crawler.config import CrawlerSettings
from crawler.decode import decode_body
from crawler.domains import redact_url, same_site
from crawler.fetch import Fetcher, is_retryable, loopback_refusal
from crawler.models import BrokenLink, FetchRecord, LinkResult, PageResource

# Final statuses that make a link broken; every other 4xx and 5xx is only suspected.
BROKEN_STATUSES = frozenset({404, 410})
LINK_TIMEOUT_CAP = 10.0
# Hosts remembered as "timed out, no answer since" (bounded like the URL cache).
_SLOW_HOSTS_KEPT = 10_000
# Timeouts in a row (no answer since) after which a host's further links are suspected
# without asking it again.
_TIMEOUTS_BEFORE_GIVING_UP = 2
# The root pages a removed page's link is sometimes redirected to (file name stems).
_HOME_STEMS = frozenset({"", "index", "default", "home", "main", "portal"})
# Resources that are web pages (PageResource.kind): an anchor, a frame.
_PAGE_KINDS = frozenset({"a", "iframe"})
# The cache key of a page read (`check(read_page=True)`) is its URL's after this (no
# URL holds a space).
_PAGE_KEY = "page "
# classify_exception's detail for a connection that could not be made at all.
_CONNECT_REFUSED_PREFIX = "cannot connect"

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# A URL quoted in a result's detail (where a redirect ended, a loop's URL).
_URL_IN_TEXT = re.compile(r"https?://[^\s'\"<>]+", re.I)
_C0_AND_SPACE = "".join(chr(c) for c in range(0x21))


def _clean(url: str) -> str:
    """A URL as a browser reads an href: tabs and newlines removed, ends trimmed."""
    return url.replace("\t", "").replace("\n", "").replace("\r", "").strip(_C0_AND_SPACE)


def is_checkable(url: str) -> bool:
    """True for http(s) URLs and relative references; False for mailto:, tel:,
    javascript:, data: and other schemes, fragments (#...) and empty links."""
    cleaned = _clean(url)
    if not cleaned or cleaned.startswith("#"):
        return False
    scheme = _SCHEME.match(cleaned)
    return scheme is None or scheme.group(1).lower() in ("http", "https")


@dataclass(frozen=True)
class LinkMarkers:
    """How an answer is read beyond its status (`crawler/data/links.toml`)."""

    soft_404_text: tuple[str, ...]
    short_page_chars: int
    error_page_names: frozenset[str]
    error_page_queries: tuple[str, ...]
    dynamic_endings: tuple[str, ...]
    page_endings: tuple[str, ...]


@cache
def link_markers() -> LinkMarkers:
    text = resources.files("crawler").joinpath("data/links.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return LinkMarkers(
        soft_404_text=tuple(str(word).lower() for word in data["soft_404_text"]),
        short_page_chars=int(data["short_page_chars"]),
        error_page_names=frozenset(str(name).lower() for name in data["error_page_names"]),
        error_page_queries=tuple(str(part).lower() for part in data["error_page_queries"]),
        dynamic_endings=tuple(str(ending).lower() for ending in data["dynamic_endings"]),
        page_endings=tuple(str(ending).lower() for ending in data["page_endings"]),
    )


def is_dynamic(url: str) -> bool:
    """A link to a page a program writes: its path ends like a script (`.jsp`, `.do`,
    `.aspx`...), or it has a query and its last segment no file extension."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    path = parts.path.lower()
    if path.endswith(link_markers().dynamic_endings):
        return True
    return bool(parts.query) and "." not in path.rsplit("/", 1)[-1]


def is_page(url: str) -> bool:
    """A link to a web page, not to a file: its last path segment has no extension or
    one of `page_endings` (`.html`, `.shtml`...), or it is dynamic. A `.pdf`, `.doc`,
    `.jpg` or `.zip` is a file: its HEAD answer is enough."""
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    last = path.rsplit("/", 1)[-1]
    return "." not in last or last.endswith(link_markers().page_endings) or is_dynamic(url)


def _stem(path: str) -> str:
    """The last segment of a URL path, lowercase, without its extension."""
    return path.rstrip("/").rsplit("/", 1)[-1].partition(".")[0].lower()


def says_not_found(record: FetchRecord) -> bool:
    """A 2xx answer whose first bytes read are a "page not found" page (soft 404)."""
    return not_found_text(record) is not None


def not_found_text(record: FetchRecord) -> str | None:
    """What says a 2xx answer is a "page not found" page (soft 404), read from the
    first bytes of its HTML: its title or a heading whose part (between separators:
    `Page not found – Town of X`, `抱歉，您访问的页面不存在！`) is mostly a marker, or
    the text of a short page (read whole) holding one. None for a live page: an
    article that mentions 页面不存在 or "404" in its text, or a title that only
    quotes a marker in a longer phrase (关于“页面不存在”问题的整改说明)."""
    content_type = record.content_type.lower()
    if not record.body or (content_type and "html" not in content_type):
        return None
    markers = link_markers()
    text, _ = decode_body(record.body, record.charset)
    # Every link to a page of its own site is read: its title and headings are found
    # with one regex, not a parse (a parse, or the markers sought in all 8 KB of text,
    # costs several times the request on a fast server).
    said = _heads_say(text, markers)
    if said is not None:
        # Read again without what is not shown (a script's `'<h2>页面不存在</h2>'` for
        # an ajax error, a commented-out or template 404 heading): only then, as most
        # pages' heads say nothing.
        said = _heads_say(_NOT_SHOWN.sub(" ", text), markers)
        if said is not None:
            return said
    if record.truncated:
        return None
    # A short page read whole: its visible text (after <body>, without scripts, styles
    # and tags; a regex again: a parse costs twice the request).
    body = _BODY.search(text)
    visible = _TAG.sub(" ", _INVISIBLE.sub(" ", text[body.end() if body else 0 :]))
    if len(visible) > 8 * markers.short_page_chars:
        return None  # long however many spaces and entities it holds
    visible = " ".join(html.unescape(visible).split())
    if len(visible) < markers.short_page_chars and _has_marker(visible, markers):
        return visible[:_SAID_CHARS]
    return None


# A page's title and top headings (bounded: an unclosed tag costs 400 characters).
_HEADS = re.compile(r"<(title|h1|h2)\b[^>]{0,400}>(.{0,400}?)</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_BODY = re.compile(r"<body\b[^>]*>", re.I)
_INVISIBLE = re.compile(
    r"<(script|style|noscript|template|title)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S
)
# What a page does not show: scripts, styles, templates, comments (to the end of the
# bytes read when unclosed).
_NOT_SHOWN = re.compile(
    r"<(script|style|noscript|template|textarea)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)",
    re.I | re.S,
)
# Where a title or heading is cut into parts: a separator between spaces
# (`Page not found - Site`), or a punctuation mark (`抱歉，页面不存在！`, `404｜网页不存在`).
_TITLE_PARTS = re.compile(r"\s[-–—|_·»:]\s|[|｜_·»:：,，!！。?？;；]")
_SAID_CHARS = 80


def _heads_say(text: str, markers: LinkMarkers) -> str | None:
    """The first title or h1/h2 of `text` that is mostly a soft-404 marker."""
    for match in _HEADS.finditer(text):
        said = _marked_part(html.unescape(_TAG.sub(" ", match.group(2))), markers)
        if said is not None:
            return said
    return None


def _marked_part(text: str, markers: LinkMarkers) -> str | None:
    """The part of a title or heading that is mostly a soft-404 marker (the marker at
    least half its characters), or None."""
    lowered = " ".join(text.lower().split())
    if not lowered or not any(marker in lowered for marker in markers.soft_404_text):
        return None
    for part in _TITLE_PARTS.split(lowered):
        part = part.strip()
        for marker in markers.soft_404_text:
            if marker in part and 2 * len(marker) >= len(part):
                return " ".join(text.split())[:_SAID_CHARS]
    return None


def _has_marker(text: str, markers: LinkMarkers) -> bool:
    lowered = " ".join(text.lower().split())
    return any(marker in lowered for marker in markers.soft_404_text)


def link_key(url: str) -> str:
    """The cache key of a URL: normalised by yarl (host case, default port, quoting),
    without its fragment."""
    try:
        return str(URL(url).with_fragment(None))
    except (ValueError, TypeError, IndexError):  # yarl: IndexError on "https://: []@/"
        return url.split("#", 1)[0]


def _host_of(url: str) -> str:
    try:
        parsed = URL(url)
    except (ValueError, TypeError, IndexError):
        return ""
    return f"{parsed.host or ''}:{parsed.port or ''}"


def _origin(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}" if parts.netloc else ""


@dataclass
class _Pending:
    task: asyncio.Future[LinkResult]
    waiters: int = 0


@dataclass
class _Slot:
    semaphore: asyncio.Semaphore
    users: int = 0


class LinkChecker:
    """Checks links for a whole scan, each URL once (see the module docstring)."""

    def __init__(
        self,
        fetcher: Fetcher,
        settings: CrawlerSettings,
        *,
        cache_size: int = 200_000,
        timeout: float | None = None,
    ) -> None:
        if cache_size < 0:
            raise ValueError("cache_size must not be negative")
        self.fetcher = fetcher
        self.timeout = timeout if timeout is not None else min(settings.timeout, LINK_TIMEOUT_CAP)
        # Retries are ours (see _transient); the fetcher makes one attempt per call.
        self.settings = replace(settings, timeout=self.timeout, retries=0)
        self.retries = min(settings.retries, 1)
        self.backoff = min(settings.backoff, 1.0)
        self.cache_size = cache_size
        self._cache: OrderedDict[str, LinkResult] = OrderedDict()
        self._pending: dict[str, _Pending] = {}
        self._slots: dict[str, _Slot] = {}
        # Timeouts in a row per host (no answer since), and until when a host that
        # answered 429 or 503 with a Retry-After is left alone (event loop time).
        self._slow_hosts: OrderedDict[str, int] = OrderedDict()
        self._resting: dict[str, float] = {}
        self._requests = 0
        self._cache_hits = 0
        # Per site (scheme://host:port): does it answer a page that cannot exist with a
        # 2xx (it soft 404s)? Learnt by one probe (`_soft_404s`).
        self._sites: OrderedDict[str, asyncio.Future[bool]] = OrderedDict()
        self._probes = 0

    @property
    def requests(self) -> int:
        """HTTP requests sent (each redirect followed counts; a connection that could
        not be made or a name that did not resolve does not, and neither does aiohttp's
        own resend of a request whose connection dropped)."""
        return self._requests

    @property
    def probes(self) -> int:
        """Sites probed with a page that cannot exist (each counted in `requests` too)."""
        return self._probes

    @property
    def cache_hits(self) -> int:
        """Checks answered from the cache or by joining a check already in flight."""
        return self._cache_hits

    @property
    def cached(self) -> int:
        """URLs in the cache now."""
        return len(self._cache)

    async def check(
        self,
        url: str,
        *,
        read_page: bool = False,
        allowed: Callable[[str], bool] | None = None,
        origin: str | None = None,
    ) -> LinkResult:
        """The result for `url` (absolute; its fragment is ignored), from the cache if
        it was checked before in this scan. Never raises for anything a server does.

        `read_page`: the link is to a web page of the site it is on (`is_page`). If that
        site answers a page that cannot exist with 200 (one probe per site and scan,
        which `allowed`, robots.txt, may refuse), the link is asked with a GET of its
        first bytes, not a HEAD, so that its "page not found" page is seen (soft 404);
        cached apart from a HEAD check of the same URL (from another site's page), so
        neither answer depends on which page came first. A site that answers 404 keeps
        the HEAD.

        `origin`: the page the link is on. A link on the loopback from a page that is
        not is broken for its visitors and never asked (`fetch.loopback_refusal`; not
        cached: the same link on a page served from the loopback is asked)."""
        if origin is not None:
            try:
                refused = loopback_refusal(origin, URL(url))
            except (ValueError, TypeError, IndexError):
                refused = None  # asked, and fails as invalid_url
            if refused:
                return LinkResult(url, None, "broken", f"connect: {refused}", url)
        key = link_key(url)
        read_page = read_page and not is_dynamic(key)  # a dynamic link is read anyway
        if read_page and await self._soft_404s(key, allowed):
            key = _PAGE_KEY + key
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            self._cache_hits += 1
            return cached
        pending = self._pending.get(key)
        if pending is None:
            pending = _Pending(asyncio.ensure_future(self._check(key)))
            self._pending[key] = pending
            pending.task.add_done_callback(lambda task: self._settle(key, pending, task))
        else:
            self._cache_hits += 1
        pending.waiters += 1
        try:
            # Shielded: one caller being cancelled must not cancel the others' check.
            return await asyncio.shield(pending.task)
        finally:
            pending.waiters -= 1
            if pending.waiters == 0 and not pending.task.done():
                # Every caller was cancelled: stop the check, and let a later caller
                # start afresh rather than join a dying one.
                pending.task.cancel()
                if self._pending.get(key) is pending:
                    del self._pending[key]

    async def _soft_404s(self, url: str, allowed: Callable[[str], bool] | None) -> bool:
        """Does `url`'s site answer a page that cannot exist with a 2xx? One probe per
        site and scan, shared by its links; True (read its pages, as unknown) when
        robots.txt refuses the probe."""
        origin = _origin(url)
        if not origin:
            return False
        known = self._sites.get(origin)
        if known is not None:
            self._sites.move_to_end(origin)
        else:
            probe_url = f"{origin}/{secrets.token_hex(8)}.html"
            if allowed is not None and not allowed(probe_url):
                return True  # not remembered: another page's robots may differ
            known = asyncio.ensure_future(self._probe_site(probe_url))
            self._sites[origin] = known
            while len(self._sites) > _SLOW_HOSTS_KEPT:
                self._sites.popitem(last=False)
        if known.done() and not known.cancelled():
            return known.result()
        try:
            # Shielded: one caller being cancelled must not cancel the others' probe.
            return await asyncio.shield(known)
        except asyncio.CancelledError:
            if known.cancelled() and self._sites.get(origin) is known:
                del self._sites[origin]
            raise

    async def _probe_site(self, probe_url: str) -> bool:
        """Ask a page that cannot exist, politely (the host's slot, its rest after a
        Retry-After, not if it stopped answering): a 2xx answer (after redirects) means
        the site soft 404s. A 4xx, or a failure (timeout, refused, 5xx), leaves its page
        links to the HEAD."""
        host = _host_of(probe_url)
        async with self._host_slot(host):
            if self._slow_hosts.get(host, 0) >= _TIMEOUTS_BEFORE_GIVING_UP:
                return False
            await self._rest(host)
            # GET (its first bytes): servers that refuse HEAD (405) or map GET alone
            # would answer a HEAD probe with an error whatever their missing pages say.
            record = await self.fetcher.fetch(
                probe_url, self.settings, method="GET", read_body=False
            )
        self._requests += _requests_sent(record)
        self._probes += 1
        return record.error_kind in (None, "too_large") and bool(record.http_status)

    def _settle(self, key: str, pending: _Pending, task: asyncio.Future[LinkResult]) -> None:
        if self._pending.get(key) is pending:
            del self._pending[key]
        if task.cancelled() or task.exception() is not None:
            return  # the exception (a bug) reaches the callers; nothing is cached
        if self.cache_size == 0:
            return
        self._cache[key] = task.result()
        self._cache.move_to_end(key)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    async def _check(self, key: str) -> LinkResult:
        read_page = key.startswith(_PAGE_KEY)
        url = key.removeprefix(_PAGE_KEY)
        host = _host_of(url)
        async with self._host_slot(host):
            return await self._probe(url, host, read_page)

    @contextlib.asynccontextmanager
    async def _host_slot(self, host: str) -> AsyncIterator[None]:
        slot = self._slots.get(host)
        if slot is None:
            slot = self._slots[host] = _Slot(asyncio.Semaphore(self.settings.per_host))
        slot.users += 1
        try:
            async with slot.semaphore:
                yield
        finally:
            slot.users -= 1
            if slot.users == 0 and self._slots.get(host) is slot:
                del self._slots[host]

    async def _probe(self, url: str, host: str, read_page: bool = False) -> LinkResult:
        method = "GET" if read_page or is_dynamic(url) else "HEAD"
        retries = self.retries
        while True:
            if self._slow_hosts.get(host, 0) >= _TIMEOUTS_BEFORE_GIVING_UP:
                name = URL(url).host or host
                detail = f"timeout: {name} did not answer its earlier links (suspected)"
                return LinkResult(url, None, "suspected", detail, url)
            await self._rest(host)
            record = await self.fetcher.fetch(url, self.settings, method=method, read_body=False)
            self._requests += _requests_sent(record)
            if record.http_status is not None or record.redirects:
                self._slow_hosts.pop(host, None)  # it answers
            first_timeout = record.error_kind == "timeout" and self._timed_out(host)
            if method == "HEAD" and _head_refused(record):
                # Ask again with GET; a 429 or 503 on HEAD is the one retry, after its wait.
                method = "GET"
                if record.http_status in (429, 503):
                    retries = max(0, retries - 1)
                    await self._pause(host, record)
                continue
            if retries > 0 and (first_timeout or self._transient(record)):
                retries -= 1
                await self._pause(host, record)
                continue
            return self._result(url, record)

    async def _rest(self, host: str) -> None:
        """Wait while the host rests after a 429 or 503 with a Retry-After."""
        until = self._resting.get(host)
        if until is None:
            return
        wait = until - asyncio.get_running_loop().time()
        if wait > 0:
            await asyncio.sleep(wait)
        elif self._resting.get(host) == until:
            del self._resting[host]

    async def _pause(self, host: str, record: FetchRecord) -> None:
        """Before a retry: the Retry-After the answer asked for (at most the link
        timeout; the host's other links wait too), or a short backoff."""
        if record.retry_after is None:
            await asyncio.sleep(self.backoff * random.uniform(0.5, 1.5))
            return
        until = asyncio.get_running_loop().time() + min(record.retry_after, self.timeout)
        self._resting[host] = max(until, self._resting.get(host, 0.0))
        if len(self._resting) > _SLOW_HOSTS_KEPT:  # bounded: drop the waits that are over
            now = asyncio.get_running_loop().time()
            self._resting = {name: end for name, end in self._resting.items() if end > now}

    def _timed_out(self, host: str) -> bool:
        """Count a timeout of `host` (every one, retried or not, so that a host is given
        up on with `retries = 0` too); True when it is the first since it last answered:
        only that one is worth a retry (one wait per link is enough)."""
        before = self._slow_hosts.get(host, 0)
        self._slow_hosts[host] = before + 1
        self._slow_hosts.move_to_end(host)
        while len(self._slow_hosts) > _SLOW_HOSTS_KEPT:
            self._slow_hosts.popitem(last=False)
        return before == 0

    @staticmethod
    def _transient(record: FetchRecord) -> bool:
        """A 429 or 5xx answer worth one retry (a timeout is `_timed_out`'s)."""
        kind = record.error_kind
        # A dropped connection is not retried here: aiohttp already sent the idempotent
        # HEAD or GET again once on a fresh connection (RFC 9112, 9.3.1.1).
        return kind in ("http_4xx", "http_5xx") and is_retryable(kind, record.http_status)

    def _result(self, url: str, record: FetchRecord) -> LinkResult:
        final_url = record.final_url or url
        if final_url == url:
            final_url = url  # one string object for both fields in the cache
        status = record.http_status
        kind = record.error_kind
        where = f" at {record.final_url}" if record.redirects and record.final_url else ""
        if kind is None or kind == "too_large":
            return self._answered(url, record, final_url, where)
        if kind in ("http_4xx", "http_5xx"):
            if status in BROKEN_STATUSES:
                return LinkResult(url, status, "broken", f"HTTP {status}{where}", final_url)
            detail = f"HTTP {status}{where} (suspected)"
            return LinkResult(url, status, "suspected", detail, final_url)
        if kind == "timeout":
            detail = f"timeout: no answer within {self.timeout:g} s{where} (suspected)"
            return LinkResult(url, status, "suspected", detail, final_url)
        if kind == "tls":
            detail = f"tls: {record.error_detail}{where} (suspected)"
            return LinkResult(url, status, "suspected", detail, final_url)
        # dns, connect, redirect_loop, invalid_url
        return LinkResult(url, status, "broken", f"{kind}: {record.error_detail}", final_url)

    def _answered(self, url: str, record: FetchRecord, final_url: str, where: str) -> LinkResult:
        """A link that got a 2xx answer: unless that is the site's "not found" page."""
        status = record.http_status
        if record.redirects:
            # Sent to a page named like an error page; not one that was named so before
            # the redirect (article 404 given its trailing slash, or https).
            markers = link_markers()
            final = urlsplit(final_url)
            final_stem = _stem(final.path)
            if (
                final_stem in markers.error_page_names and final_stem != _stem(urlsplit(url).path)
            ) or any(part in final.query.lower() for part in markers.error_page_queries):
                detail = f"soft 404: redirected to the error page {final_url}"
                return LinkResult(url, status, "broken", detail, final_url)
            if _to_homepage(url, final_url):
                detail = f"redirected to the homepage {final_url} (suspected)"
                return LinkResult(url, status, "suspected", detail, final_url)
        said = not_found_text(record)
        if said is not None:
            detail = f"soft 404: HTTP {status}{where}, the page says {said!r}"
            return LinkResult(url, status, "broken", detail, final_url)
        return LinkResult(url, status, "ok", "", final_url)


def _to_homepage(url: str, final_url: str) -> bool:
    """A link to a page inside a site that was redirected to that site's root page."""
    try:
        start, end = urlsplit(url), urlsplit(final_url)
    except ValueError:
        return False
    if not same_site(start.hostname or "", end.hostname or ""):
        return False

    def at_root(path: str) -> bool:
        return path.count("/") <= 1 and _stem(path) in _HOME_STEMS

    return at_root(end.path) and not end.query and not (at_root(start.path) and not start.query)


def _refused(record: FetchRecord) -> bool:
    """The connection could not be made (refused, unreachable), as opposed to dropped."""
    return record.error_kind == "connect" and record.error_detail.startswith(
        _CONNECT_REFUSED_PREFIX
    )


def _head_refused(record: FetchRecord) -> bool:
    """HEAD got no usable answer: an error status (servers answer HEAD with 405, 501,
    403, even 404 while GET works: only GET's answer is believed), or a connection
    dropped or garbled on HEAD."""
    if record.error_kind == "connect":
        return not _refused(record)  # dropped or garbled on HEAD: GET may work
    return record.error_kind in ("http_4xx", "http_5xx")


def _requests_sent(record: FetchRecord) -> int:
    sent = len(record.redirects)
    if record.error_kind in ("dns", "invalid_url") or _refused(record):
        return sent  # the last request never left
    return sent + 1


async def check_page_links(
    checker: LinkChecker,
    resources: Sequence[PageResource],
    page_url: str,
    *,
    on_homepage: bool,
    limit: int,
    concurrency: int = 8,
    allowed: Callable[[str], bool] | None = None,
) -> list[BrokenLink]:
    """Check a page's links and return the broken and suspected ones, in page order.

    Links are resolved against `page_url` and de-duplicated by URL (fragments
    ignored; the first occurrence's kind is kept, and the first non-empty text);
    mailto:, tel:, javascript:, data:, fragment-only links, links to the page
    itself and links `allowed` refuses (robots.txt) are skipped; at most `limit`
    distinct URLs are checked, `concurrency` at a time.
    """
    page_key = link_key(page_url)
    targets: dict[str, list[str]] = {}  # key -> [url, resource kind, text]
    for resource in resources:
        if not is_checkable(resource.url):
            continue
        try:
            absolute = urljoin(page_url, _clean(resource.url))
        except ValueError:
            absolute = _clean(resource.url)  # checked as it is: it fails as invalid_url
        key = link_key(absolute)
        if key == page_key or (allowed is not None and not allowed(absolute)):
            continue
        seen = targets.get(key)
        if seen is not None:
            if not seen[2] and resource.text:
                seen[2] = resource.text
            continue
        if len(targets) >= limit:
            break
        targets[key] = [absolute.split("#", 1)[0], resource.kind, resource.text]
    if not targets:
        return []
    keys = list(targets)
    results: list[LinkResult | None] = [None] * len(keys)
    order = iter(range(len(keys)))

    page_host = urlsplit(page_url).hostname or ""

    def read_page(key: str) -> bool:
        """A link to a page of the page's own site: read, to see a soft 404."""
        url, kind, _ = targets[key]
        if kind not in _PAGE_KINDS or not is_page(url):
            return False
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            return False
        return bool(host) and same_site(host, page_host)

    async def worker() -> None:
        for index in order:
            key = keys[index]
            results[index] = await checker.check(
                key, read_page=read_page(key), allowed=allowed, origin=page_url
            )

    async with asyncio.TaskGroup() as group:
        for _ in range(min(max(1, concurrency), len(keys))):
            group.create_task(worker())
    found: list[BrokenLink] = []
    for key, result in zip(keys, results, strict=True):
        if result is None or result.kind == "ok":
            continue
        url, kind, text = targets[key]
        found.append(
            BrokenLink(
                page_url=redact_url(page_url),  # a link's password is used, never kept
                url=redact_url(url),
                text=text,
                resource=kind,
                status=result.status,
                detail=_redacted(result.detail),
                suspected=result.kind == "suspected",
                on_homepage=on_homepage,
            )
        )
    return found


def _redacted(detail: str) -> str:
    """A result's detail without the password of the URLs it quotes: the redirects of a
    link with `user:password@` keep them (`redact_url`)."""
    if "@" not in detail:
        return detail
    return _URL_IN_TEXT.sub(lambda match: redact_url(match.group(0)), detail)
