"""The records that flow through a scan: Site -> FetchRecord -> PageObservations -> Verdict.

All are frozen dataclasses: created by one step, read by the next, never mutated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, NamedTuple

# Severity order: the first status that applies wins.
STATUSES: tuple[str, ...] = ("unreachable", "hijacked", "zombie", "stale", "healthy")
Status = Literal["unreachable", "hijacked", "zombie", "stale", "healthy"]

# Why a fetch failed; None when the homepage came back with a usable answer.
ERROR_KINDS: tuple[str, ...] = (
    "dns",
    "connect",
    "timeout",
    "tls",
    "http_4xx",
    "http_5xx",
    "redirect_loop",
    "too_large",
    "invalid_url",
)


# The documented, stable vocabulary of finding codes (README, "Finding codes").
FINDING_CODES: frozenset[str] = frozenset(
    {
        "unreachable",
        "availability",
        "http_error",
        "slow",
        "too_large",
        "tls_error",
        "check_error",
        "homepage_stale",
        "column_stale",
        "column_empty",
        "broken_link",
        "hidden_links",
        "spam_content",
        "offsite_redirect",
        "placeholder_page",
        "default_server_page",
        "parked_domain",
        "unanswered_messages",
        "undated",
        "cert_expiring",
        "abandoned",
        "site_moved",
        "cloaking",
        "robots_disallowed",
        "future_dated",
    }
)


# Slots: a census list holds 84,094 of them in the scan's process.
@dataclass(frozen=True, slots=True)
class Site:
    url: str  # exactly as listed
    name: str = ""
    group: str = ""
    source: str = ""  # where it was listed, e.g. "sites.csv:12"
    overrides: Mapping[str, Any] = field(default_factory=dict)
    # Other host names of the same site: redirects to them are not off-site.
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Redirect:
    url: str
    status: int  # HTTP status, or 0 for a <meta http-equiv=refresh>


@dataclass(frozen=True)
class FetchRecord:
    """What one visit to a URL gave, success or failure."""

    url: str
    final_url: str = ""
    http_status: int | None = None
    response_ms: int | None = None
    body_bytes: int = 0
    content_type: str = ""
    charset: str = ""  # from the HTTP header only; extraction decides the real one
    last_modified: str | None = None
    etag: str | None = None
    server: str | None = None
    cert_expires: str | None = None  # ISO 8601, https only
    tls_error: str | None = None  # a TLS fault browsers get past (incomplete chain)
    redirects: tuple[Redirect, ...] = ()
    attempts: int = 1
    truncated: bool = False
    not_modified: bool = False  # 304 to a conditional GET: the stored page still holds
    error_kind: str | None = None
    error_detail: str = ""
    body: bytes = field(default=b"", repr=False, compare=False)
    # The absolute target of the answer's HTTP `Refresh` header when the visit did not
    # follow it (another site's: browsers go there as from a meta refresh).
    refresh: str | None = None
    # Seconds a 429 or 503 answer's Retry-After asked for (its last attempt's).
    retry_after: float | None = field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        """The visit produced a page worth analysing."""
        return self.error_kind in (None, "too_large") and bool(self.http_status)


class Link(NamedTuple):
    # A NamedTuple, not a dataclass: pages carry hundreds of links across the process
    # boundary, and tuples unpickle about twice as fast on the event loop's side.
    url: str
    text: str


class FutureItem(NamedTuple):
    """A listed item whose own date (the one beside its link) is after tomorrow: no
    update, but a typo or a date faked to look fresh (the `future_dated` finding)."""

    title: str
    date: date
    url: str


@dataclass(frozen=True)
class ColumnBlock:
    """A column (栏目) as a page shows it: a heading over a list of linked items."""

    name: str
    type: str  # crawler.lexicon.COLUMN_TYPES (news, notice, policy, ...) or other
    more_url: str | None  # the column's own list page
    items: int
    dated_items: int
    newest: date | None
    newest_title: str = ""
    empty_marker: str | None = None  # "暂无信息" and the like, shown instead of items
    # No items in the page's markup, but they come from elsewhere: a script of the page
    # fills its list (ajax), or a frame shows another page in the box. The column's
    # items are unknown here, not absent.
    items_elsewhere: bool = False
    # Its items dated after tomorrow (not counted in `dated_items` nor `newest`).
    future: tuple[FutureItem, ...] = ()


@dataclass(frozen=True)
class Message:
    """A citizen message (留言/咨询) as a list shows it."""

    title: str
    date: date | None
    answered: bool | None  # None: the list does not say
    url: str = ""


@dataclass(frozen=True)
class Evidence:
    """One quoted piece of evidence for a signal: what was seen and where it points."""

    snippet: str  # cut to a sane length (quote_limit)
    url: str = ""  # the off-site link or target, if any
    detail: str = ""  # how it was hidden, which terms, which signature...


@dataclass(frozen=True)
class PageSignals:
    """Zombie and hijack signals of one page, found while it is parsed (crawler.signals).

    Each tuple holds the evidence of one kind of signal; empty means not seen. Whether a
    signal becomes a finding is for the rules (crawler.integrity) to decide.
    """

    placeholder: tuple[Evidence, ...] = ()  # 网站建设中, under construction, near-empty
    default_server: tuple[Evidence, ...] = ()  # "Welcome to nginx!", IIS, Tomcat...
    parked: tuple[Evidence, ...] = ()  # domain for sale, parking services
    firewall: tuple[Evidence, ...] = ()  # a firewall's challenge or block page (Cloudflare...)
    unfiled: tuple[Evidence, ...] = ()  # a cloud's block page: no ICP filing (未备案), banned
    error_page: tuple[Evidence, ...] = ()  # an application's, database's or not-found error page
    hidden_links: tuple[Evidence, ...] = ()  # off-site links in hidden markup or scripts
    spam_terms: tuple[Evidence, ...] = ()  # one per category: terms and counts
    spam_score: float = 0.0  # density- and placement-weighted (see crawler.signals)
    stuffed_blocks: tuple[Evidence, ...] = ()  # keyword-stuffed footers
    script_redirects: tuple[str, ...] = ()  # window.location / location.replace targets
    visible_chars: int = 0
    internal_links: int = 0


# `PageObservations.newest_item_source` of a date read in the data a page's scripts
# render its lists from (a shell's embedded state), not in its visible items.
EMBEDDED_DATA = "embedded data"


class PageResource(NamedTuple):
    """Anything a page links to or loads, for the link checker."""

    url: str
    kind: str  # a (anchor), img, script, css, iframe, file (pdf, doc, xls, zip...)
    text: str  # anchor text or alt


@dataclass(frozen=True)
class PageObservations:
    """What a page says, extracted once; the rules read only this."""

    title: str = ""
    encoding: str = ""
    text_length: int = 0
    links: tuple[Link, ...] = ()  # not kept by the homepage sweep (see link_count)
    # The homepage sweep's key of its link targets in their order, as it keeps no
    # `links`: a new item brings a new link (`summaries.links_key`).
    link_key: str = ""
    link_count: int = 0
    fingerprint: str = ""
    meta_refresh: str | None = None  # absolute target of a <meta http-equiv=refresh>
    language: str = ""
    # Freshness: the page's own date (articles) and what its lists show.
    page_date: date | None = None
    page_date_source: str = ""
    columns: tuple[ColumnBlock, ...] = ()
    list_items: int = 0  # items in all dated-or-titled lists on the page
    dated_items: int = 0
    newest_item: date | None = None
    newest_item_title: str = ""
    # Where `newest_item` was read when the page shows no dated item: EMBEDDED_DATA, the
    # data its scripts render its lists from (a shell's); "" for its visible items.
    newest_item_source: str = ""
    main_list_items: int = 0  # the page's biggest list (a column page's own list)
    main_list_newest: date | None = None
    # The main list's items dated after tomorrow (see ColumnBlock.future).
    main_list_future: tuple[FutureItem, ...] = ()
    empty_marker: str | None = None
    messages: tuple[Message, ...] = ()
    # A message's own page: True when it shows an answer (回复内容), False when that
    # field is empty or says 暂无回复; None on other pages (read on column pages only).
    reply: bool | None = None
    # A column page that is a form to write in (a 信箱 with a <textarea>, no list): a
    # service, not an empty column (read on column pages only).
    letter_form: bool = False
    # A message column's list page that is paginated: its next page (same site), and
    # how many pages it says it has (共20页), if it says (read on such pages only).
    next_page: str | None = None
    page_total: int | None = None
    # A column page whose list is sorted oldest first (its dates ascend) and paginated:
    # its last page (尾页), where its newest items are (read on column pages only).
    last_page: str | None = None
    # Nothing listed, but a script of the page fills an empty list after it loads (ajax)
    # or a frame shows another page: the page's items are unknown, not absent.
    items_elsewhere: bool = False
    # A navigation page's links outside its footer and tool bars (empty on other pages).
    section_links: tuple[Link, ...] = ()
    signals: PageSignals = field(default_factory=PageSignals)
    # Everything to link-check (depth "full" only; empty for the homepage sweep).
    resources: tuple[PageResource, ...] = ()


@dataclass(frozen=True, slots=True)  # slots: the scan-wide link cache holds 200,000
class LinkResult:
    """One URL checked by the link checker (cached for the whole scan)."""

    url: str
    status: int | None  # the final HTTP status, None when there was none
    kind: str  # ok, broken, suspected
    detail: str = ""  # "HTTP 404", "dns: ...", "HTTP 403 (suspected)"...
    final_url: str = ""


@dataclass(frozen=True)
class BrokenLink:
    """A link that failed, on the page it was found on."""

    page_url: str
    url: str
    text: str
    resource: str  # the PageResource kind
    status: int | None
    detail: str
    suspected: bool  # 403/429/5xx/timeouts: maybe only refused to a crawler
    on_homepage: bool


@dataclass(frozen=True)
class ColumnState:
    """A column as judged: its block on the homepage, completed by its own list page."""

    name: str
    type: str
    url: str  # the page it was judged on
    items: int
    newest: date | None
    newest_title: str = ""
    empty: bool = False
    empty_marker: str | None = None
    source: str = "homepage"  # homepage, column_page or second_level
    error: str | None = None  # why its list page could not be read, if it could not
    # Its items dated after tomorrow, on the homepage and on its own page.
    future: tuple[FutureItem, ...] = ()


@dataclass(frozen=True)
class ContentHistory:
    """When the homepage's content fingerprint was first seen and last changed."""

    first_seen: datetime
    last_changed: datetime


@dataclass(frozen=True)
class PageHistory:
    """What the database remembers of one page from earlier scans."""

    url: str
    fingerprint: str
    etag: str | None
    last_modified: str | None
    first_seen: datetime
    last_changed: datetime
    summary: str  # the page's observations as JSON, reused when it answers 304


@dataclass(frozen=True)
class PageSnapshot:
    """One page as this scan leaves it in the history."""

    url: str
    fingerprint: str
    etag: str | None
    last_modified: str | None
    first_seen: datetime
    last_changed: datetime
    summary: str


@dataclass(frozen=True)
class SiteObservations:
    """Everything a scan saw of one site; the rules judge only this (and `now`)."""

    fetch: FetchRecord
    home: PageObservations | None = None
    columns: tuple[ColumnState, ...] = ()
    messages: tuple[Message, ...] = ()
    # Message columns' list pages read (first pages and the later pages followed), and
    # whether any such list has pages left unread (its count is then a minimum).
    message_list_pages: int = 0
    message_lists_unread: bool = False
    navigation_only: bool = False
    # The homepage's lists are framed or filled by script (no date in its markup): it is
    # judged on its column pages, as a navigation page on its second-level pages.
    lists_elsewhere: bool = False
    second_level_newest: date | None = None
    history: ContentHistory | None = None
    aliases: tuple[str, ...] = ()
    # Where a script redirect or an off-site meta refresh sent us, and what it showed.
    redirect_target: str | None = None
    redirect_page: PageObservations | None = None
    broken_links: tuple[BrokenLink, ...] = ()
    # The homepage as a search-engine crawler gets it (cloaking check, off by default).
    crawler_view: PageObservations | None = None
    # The hijack signals of the other pages read (column list pages): (url, signals).
    # A kit that plants pages in a column's directory (寄生虫) leaves the homepage clean.
    page_signals: tuple[tuple[str, PageSignals], ...] = ()
    # What the homepage showed with an error status (403, 521...), when it had a body:
    # a firewall's challenge, a cloud's block page, a stock test page.
    error_page: PageObservations | None = None
    # The column (or second-level) pages robots.txt kept unread, by name, and why when
    # it was because robots.txt could not be had (a 5xx, a timeout: disallow all).
    robots_unread: tuple[str, ...] = ()
    robots_unreachable: str | None = None


@dataclass(frozen=True)
class Finding:
    code: str
    detail: str
    count: int | None = None
    veto: bool = False  # fails the inspection on its own
    data: Mapping[str, Any] = field(default_factory=dict)
    # Points off the score when the plain `deductions[code] × count` does not fit
    # (a broken homepage link costs more than one elsewhere).
    cost: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "detail": self.detail, "count": self.count}
        out.update(self.data)
        return out


@dataclass(frozen=True)
class Verdict:
    status: Status
    findings: tuple[Finding, ...]
    score: int
    passed: bool
    last_updated: date | None = None
    # "content": a date found on the site; "change": when its content last changed
    # (undated sites); None when neither is known.
    last_updated_source: str | None = None


@dataclass(frozen=True)
class SiteResult:
    site: Site
    checked_at: datetime
    fetch: FetchRecord
    page: PageObservations | None
    verdict: Verdict
    columns: tuple[ColumnState, ...] = ()
    pages: tuple[PageSnapshot, ...] = ()
    broken_links: tuple[BrokenLink, ...] = ()
