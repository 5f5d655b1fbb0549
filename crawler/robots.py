"""robots.txt: which pages beyond the homepage a site lets us read, and how slowly.

The homepage itself is always visited: judging it is the inspection, and one visit
per scan is what any browser does. Column pages, their later list pages, message
pages and the site's own links (link checks) obey robots.txt when `respect_robots` is
on, and its Crawl-delay is enforced between pages (Scrapy parses Crawl-delay but
ignores it; we do not). One robots.txt is fetched and parsed per site and check.

Rules are matched as RFC 9309 says, by Protego (Scrapy's parser): the group of our
product token (`site-health`) if there is one, else `*`; groups naming the same agent
merge; the longest matching rule wins, Allow on a tie; `*` and a trailing `$` in paths;
percent-encoding compared normalised (`/新闻/` matches `/%E6%96%B0%E9%97%BB/`).
urllib.robotparser, used before, took the first rule that matched and knew no
wildcards, so `Disallow: /*?*` or `Allow: /xxgk/` under `Disallow: /` were misread.

What we do with each answer to /robots.txt (RFC 9309, 2.3.1):

- 2xx: parsed (UTF-8, a byte order mark dropped; CR, LF and CRLF line ends). A body
  over 500 KiB is parsed up to its last whole line there. An HTML page (a soft 404)
  is not a robots.txt: allow all.
- redirects: followed, five at most; more is "unavailable".
- 4xx (401 and 403 too) or unavailable: allow all. But 429 (Too Many Requests) is read
  as a server error, as Google does: it asks us to back off.
- 5xx, 429, timeout, refused or reset connection, DNS or TLS failure ("unreachable"):
  complete disallow, as the RFC says, for this check only: the homepage is still
  judged, nothing else of the site's host is read, and the next scan asks again (we
  keep no robots.txt between scans, so the RFC's "after 30 days, allow all" does not
  arise). The site's `robots_disallowed` finding says so; set `respect_robots = false`
  for a site whose robots.txt is broken for good.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from protego import Protego
from yarl import URL

from crawler.config import CrawlerSettings
from crawler.fetch import Fetcher
from crawler.models import FetchRecord

# RFC 9309 2.5: a parsing limit of at least 500 kibibytes.
MAX_ROBOTS_BYTES = 512_000
# RFC 9309 2.3.1.2: follow at least five consecutive redirects.
MAX_ROBOTS_REDIRECTS = 5
# A Crawl-delay longer than this is cut to it, so one site cannot hold a scan for hours.
MAX_CRAWL_DELAY = 30.0
# Fetch failures that make a robots.txt "unreachable" (complete disallow): the server
# or the network failed, not the file. A redirect loop or a bad redirect target is
# "unavailable" instead (allow all).
_UNREACHABLE_KINDS = frozenset({"http_5xx", "timeout", "connect", "dns", "tls"})
_SERVER_ERROR_STATUSES = frozenset({429})


@dataclass(frozen=True)
class RobotsPolicy:
    """The rules of one site's robots.txt for our agent.

    `host` is the host the robots.txt was fetched for (links to other hosts are not
    judged by it, see `covers`); `blocked`, when everything is disallowed because the
    robots.txt could not be had, says why ("HTTP 503", a timeout...).
    """

    parser: Protego | None
    agent: str
    crawl_delay: float = 0.0
    host: str = ""
    blocked: str | None = None

    def allows(self, url: str) -> bool:
        if self.blocked is not None:
            return False
        return self.parser is None or self.parser.can_fetch(url, self.agent)

    def permits(self, url: str) -> bool:
        """A link check of `url`: allowed unless it is on this robots.txt's host and
        disallowed there."""
        return not self.covers(url) or self.allows(url)

    def covers(self, url: str) -> bool:
        """Whether `url` is on the host this robots.txt is for."""
        if not self.host:
            return False
        try:
            host = URL(url).raw_host or ""
        except (ValueError, TypeError, IndexError):  # yarl: IndexError on "https://: []@/"
            return False
        return host.lower() == self.host


ALLOW_ALL = RobotsPolicy(None, "*")


def parse_robots(text: str, agent: str, host: str = "") -> RobotsPolicy:
    """The policy a robots.txt's text sets for the product token `agent`."""
    parser = Protego.parse(text.removeprefix("\ufeff"))
    delay = parser.crawl_delay(agent)
    if delay is None or not math.isfinite(delay) or delay <= 0:
        delay = 0.0
    return RobotsPolicy(parser, agent, min(delay, MAX_CRAWL_DELAY), host)


def robots_agent(user_agent: str) -> str:
    """The product token robots.txt groups are matched against."""
    return "site-health" if "site-health" in user_agent else user_agent.split("/")[0].strip()


def robots_text(body: bytes, truncated: bool) -> str | None:
    """A robots.txt body as text, or None when it is an HTML page (a soft 404). A body
    cut at the size cap keeps its whole lines only."""
    if truncated:
        cut = max(body.rfind(b"\n"), body.rfind(b"\r"))
        body = body[: cut + 1] if cut >= 0 else b""
    text = body.decode("utf-8", "replace").removeprefix("\ufeff")
    head = text[:1000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<html" in head:
        return None
    return text


def policy_for(record: FetchRecord, agent: str, host: str) -> RobotsPolicy:
    """What the answer to /robots.txt means for the site (see the module docstring)."""
    kind, status = record.error_kind, record.http_status
    if kind in _UNREACHABLE_KINDS or status in _SERVER_ERROR_STATUSES:
        # The status says why only when it is the failure: a timeout after a redirect
        # keeps the redirect's 302, which is no reason.
        failed_status = status if kind in (None, "http_5xx") else None
        what = record.error_detail or kind or "no answer"
        if failed_status:
            what = f"HTTP {failed_status}"
        return RobotsPolicy(None, agent, host=host, blocked=what)
    if kind not in (None, "too_large") or status is None or not 200 <= status < 300:
        return replace(ALLOW_ALL, host=host)  # 4xx or unavailable: allow all
    text = robots_text(record.body, kind == "too_large")
    if text is None:
        return replace(ALLOW_ALL, host=host)
    return parse_robots(text, agent, host)


async def fetch_robots(fetcher: Fetcher, site_url: str, settings: CrawlerSettings) -> RobotsPolicy:
    site = URL(site_url)
    robots_url = str(site.with_path("/robots.txt").with_query(None).with_fragment(None))
    quick = replace(
        settings,
        retries=0,
        max_page_bytes=MAX_ROBOTS_BYTES,
        max_redirects=MAX_ROBOTS_REDIRECTS,
    )
    record = await fetcher.fetch(robots_url, quick)
    return policy_for(record, robots_agent(settings.user_agent), (site.raw_host or "").lower())
