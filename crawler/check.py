"""One site, start to finish: homepage -> columns -> column pages -> observations -> verdict.

The decisions here are pure functions (`plan_pages`, `column_states`,
`advance_history`); `check_site` is the thin async layer that fetches and parses.
At depth "home" only the homepage is read. At depth "full" the columns found on it
are followed to their own list pages (at most `max_column_pages`, obeying robots.txt
and its Crawl-delay: crawler/robots.py), or, when the homepage is only a navigation
page, its second-level pages are read instead. A column whose page robots.txt keeps
unread and that shows nothing on the homepage is not judged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

from crawler.config import Config, CrawlerSettings, RuleSettings, apply_overrides
from crawler.domains import display_host, same_site
from crawler.extract import comparable_fingerprints, default_lexicon, is_html_type
from crawler.fetch import Fetcher
from crawler.lexicon import Lexicon
from crawler.links import LinkChecker, check_page_links
from crawler.models import (
    BrokenLink,
    ColumnBlock,
    ColumnState,
    ContentHistory,
    FetchRecord,
    Finding,
    Message,
    PageHistory,
    PageObservations,
    PageSignals,
    PageSnapshot,
    Site,
    SiteObservations,
    SiteResult,
)
from crawler.robots import ALLOW_ALL, RobotsPolicy, fetch_robots
from crawler.rules import evaluate, local_day, message_overdue, verdict_from
from crawler.signals import Signatures
from crawler.summaries import (
    link_set,
    page_from_summary,
    page_to_summary,
    read_mode,
    summary_read_as,
)

log = logging.getLogger(__name__)

# Column types in the order their pages are worth reading when the budget is short.
_PAGE_PRIORITY = (
    "news",
    "notice",
    "policy",
    "interaction",
    "personnel",
    "planning",
    "finance",
    "statistics",
    "leaders",
    "organisation",
    "other",
)
_NOT_PAGES = (
    ".pdf",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".zip",
    ".rar",
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".mp4",
    ".apk",
    ".exe",
    ".wps",
    ".ppt",
    ".pptx",
)


# Why a page got no observations when the parser process died on it (twice).
PARSER_CRASHED = "the page parser crashed on this page"

SEARCH_ENGINE_AGENT = (
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"
)


class PageParser(Protocol):
    async def observe(
        self,
        body: bytes,
        charset: str,
        url: str,
        content_type: str,
        now: date,
        lexicon: Lexicon,
        lists: bool,
        signatures: Signatures | None = None,
        resources: bool = True,
        columns: bool = True,
        message_list: bool = True,
        section: bool = False,
    ) -> PageObservations: ...


HistoryLookup = Callable[[str], Awaitable[Mapping[str, PageHistory]]]


@dataclass(frozen=True)
class PagePlan:
    url: str
    name: str
    type: str
    block: ColumnBlock | None  # None for a second-level page of a navigation homepage
    # An interaction column of drafts for comment, a survey or interviews (意见征集):
    # its states (处理中 while comments are sorted) are no letters' (`Lexicon.no_letters`).
    no_letters: bool = False

    @property
    def letters(self) -> bool:
        """Whether its list is of citizen letters, each waiting for an answer or not."""
        return self.type == "interaction" and not self.no_letters


def is_navigation_only(page: PageObservations) -> bool:
    """A homepage that lists nothing dated: only a menu to the real pages."""
    return page.dated_items == 0 and not any(c.items or c.items_elsewhere for c in page.columns)


def plan_pages(
    page: PageObservations, home_url: str, budget: int, lexicon: Lexicon
) -> list[PagePlan]:
    """Which column pages (or second-level pages) to read, most important first."""
    if budget <= 0:
        return []
    host = urlsplit(home_url).hostname or ""
    seen = {home_url.rstrip("/")}
    plans: list[PagePlan] = []

    def usable(url: str | None) -> bool:
        if not url:
            return False
        parts = urlsplit(url)
        return (
            parts.scheme in ("http", "https")
            and same_site(parts.hostname or "", host)
            and not parts.path.lower().endswith(_NOT_PAGES)
            and url.rstrip("/") not in seen
        )

    if is_navigation_only(page):
        links = [
            link
            for link in page.section_links or page.links
            if usable(link.url) and 2 <= len(link.text) <= 20
        ]
        # A site in a folder of a portal (http://www.x.gov.cn/bm/jyj/: a department's
        # site) is judged on its own pages, not on the portal's menu around it.
        folder = urlsplit(home_url).path.rpartition("/")[0] + "/"
        if folder != "/":
            own = [link for link in links if urlsplit(link.url).path.startswith(folder)]
            links = own or links
        for link in links:
            if link.url.rstrip("/") not in seen:
                seen.add(link.url.rstrip("/"))
                plans.append(
                    PagePlan(
                        link.url,
                        link.text,
                        lexicon.classify(link.text),
                        None,
                        lexicon.lists_no_letters(link.text),
                    )
                )
        return plans[:budget]
    ranked = sorted(
        page.columns,
        key=lambda c: _PAGE_PRIORITY.index(c.type) if c.type in _PAGE_PRIORITY else 99,
    )
    for block in ranked:
        if usable(block.more_url):
            assert block.more_url is not None
            seen.add(block.more_url.rstrip("/"))
            plans.append(
                PagePlan(
                    block.more_url,
                    block.name,
                    block.type,
                    block,
                    lexicon.lists_no_letters(block.name),
                )
            )
    return plans[:budget]


def section_columns(page: PageObservations) -> list[ColumnBlock]:
    """The columns a navigation homepage's second-level page shows, when it is a
    section page (新闻中心 over 要闻, 部门动态, 乡镇动态, each with its 更多): two or
    more columns that list items or say they are empty, each with its own list page.
    Empty for a column's list page (one list, a pager) and for a page of text."""
    shown = [
        column
        for column in page.columns
        if column.more_url and (column.items or column.empty_marker)
    ]
    return shown if len(shown) >= 2 else []


def _lists_its_own(page: PageObservations, shown: list[ColumnBlock]) -> bool:
    """Whether a section page's main list is none of the columns it shows (`shown`, each
    with its own page): the page is a column's list page, the columns its side boxes."""
    return page.main_list_items > 0 and not any(
        column.items == page.main_list_items and column.newest == page.main_list_newest
        for column in shown
    )


def _section_states(
    shown: list[ColumnBlock],
    page_url: str,
    seen: set[tuple[str, str | None]],
    normal: Callable[[str, str, str | None], bool],
    with_page: Mapping[str, ColumnBlock],
) -> list[ColumnState]:
    """A section page's columns, judged as a homepage's (their blocks there); a column
    that several section pages show (a sidebar's 通知公告) is counted once; one whose
    own page was read too (`with_page`, by URL: `_shown_with_page`) is judged there."""
    states = []
    for column in shown:
        key = (column.name, column.more_url)
        if key in seen or (column.more_url or "").rstrip("/") in with_page:
            continue
        seen.add(key)
        states.append(_block_state(column, page_url, normal, source="second_level"))
    return states


def _shown_with_page(
    read: Sequence[tuple[PagePlan, PageObservations | None, str | None]],
) -> dict[str, ColumnBlock]:
    """The columns section pages show whose own page was read as a second-level page
    too (the menu links it, perhaps by another name), by that page's URL (no trailing
    slash): each is one column, its box and its page."""
    pages = {
        plan.url.rstrip("/")
        for plan, listing, _ in read
        if plan.block is None and (listing is None or not section_columns(listing))
    }
    found: dict[str, ColumnBlock] = {}
    for plan, listing, _ in read:
        if plan.block is None and listing is not None:
            for column in section_columns(listing):
                url = (column.more_url or "").rstrip("/")
                if url in pages:
                    found.setdefault(url, column)
    return found


def _block_state(
    block: ColumnBlock,
    page_url: str,
    normal: Callable[[str, str, str | None], bool],
    *,
    source: str = "homepage",
    error: str | None = None,
) -> ColumnState:
    """A column judged on its block alone (its page not read, or a section page's):
    empty when it lists nothing, unless its items come from elsewhere, it was not
    judged (`error`), or its emptiness is its normal state (`normal`: an alert box)."""
    empty = (
        block.items == 0
        and not block.items_elsewhere
        and error is None
        and not normal(block.name, block.type, block.empty_marker)
    )
    return ColumnState(
        name=block.name,
        type=block.type,
        url=block.more_url or page_url,
        items=block.items,
        newest=block.newest,
        newest_title=block.newest_title,
        empty=empty,
        empty_marker=block.empty_marker if block.items == 0 and not error else None,
        source=source,
        error=error,
        future=block.future,
    )


def column_states(
    page: PageObservations,
    home_url: str,
    read: Sequence[tuple[PagePlan, PageObservations | None, str | None]],
    barred: Sequence[PagePlan] = (),
    lexicon: Lexicon | None = None,
) -> list[ColumnState]:
    """Merge each column's homepage block with what its own page showed; `barred`: the
    pages robots.txt kept us from reading. A column of no freshness class whose heading
    or empty marker names a channel that is normally empty (an alert box: the
    `lexicon`'s `normally_empty`) is not empty for listing nothing."""
    lexicon = lexicon or default_lexicon()

    def normal(name: str, kind: str, marker: str | None) -> bool:
        return kind == "other" and lexicon.empty_is_normal(name, marker)

    states: list[ColumnState] = []
    read_blocks = {id(plan.block) for plan, _, _ in read if plan.block is not None}
    barred_blocks = {id(plan.block) for plan in barred if plan.block is not None}
    sections_seen: set[tuple[str, str | None]] = set()
    with_page = _shown_with_page(read)
    for plan, listing, error in read:
        block = plan.block
        section = section_columns(listing) if block is None and listing is not None else []
        if listing is not None and section:
            states.extend(_section_states(section, plan.url, sections_seen, normal, with_page))
            if not _lists_its_own(listing, section):
                continue
            # ...and a column's list page with side boxes (政策文件 更多, 工作动态 更多
            # beside 通知公告's own list): its own list is the column's, judged too.
        elif block is None and (box := with_page.get(plan.url.rstrip("/"))) is not None:
            # A section page's column whose own page the menu links too (通知公告's box
            # on 新闻中心, its page linked as 公示公告): its box and its page, as a
            # homepage's column, named by its heading.
            plan = replace(plan, name=box.name, type=box.type)
            block = box
        block_items = block.items if block else 0
        block_newest = block.newest if block else None
        page_items = listing.main_list_items if listing else 0
        page_newest = listing.main_list_newest if listing else None
        newest = max((d for d in (block_newest, page_newest) if d), default=None)
        items = max(block_items, page_items)
        marker = (listing.empty_marker if listing else None) or (
            block.empty_marker if block else None
        )
        # A 信箱 whose page is a letter form lists nothing, and is not empty for that; nor
        # is a list a script fills after the page loads (its items are unknown).
        form = listing is not None and listing.letter_form
        items_elsewhere = (block is not None and block.items_elsewhere) or (
            listing is not None and listing.items_elsewhere
        )
        shown = listing is not None or block is not None
        # A navigation homepage's second-level page that lists nothing is not known to
        # be a column at all (組織職掌, a 政府資訊公開 category's text, a sub-menu):
        # empty only when it says so (暫無資料), else a grid of ten such links failed
        # the site on the empty-columns veto.
        said = block is not None or marker is not None
        # A column page that did not answer (a timeout, a 5xx, a firewall's 403) says
        # nothing of the column: it is not judged empty unless its block says so; one
        # that is gone (404, 410) leads a reader to nothing, and is.
        unread = error is not None and error.startswith(NOT_JUDGED_UNREAD) and marker is None
        empty = items == 0 and shown and said and not form and not items_elsewhere and not unread
        empty = empty and not normal(plan.name, plan.type, marker)
        title = ""
        if block and block.newest == newest:
            title = block.newest_title
        # The same items on the homepage and on the column's page are counted once.
        future = tuple(
            dict.fromkeys(
                (*(block.future if block else ()), *(listing.main_list_future if listing else ()))
            )
        )
        states.append(
            ColumnState(
                name=plan.name,
                type=plan.type,
                url=plan.url,
                items=items,
                newest=newest,
                newest_title=title,
                empty=empty,
                empty_marker=marker if empty else None,
                source="column_page" if plan.block else "second_level",
                error=error,
                future=future,
            )
        )
    host = urlsplit(home_url).hostname or ""
    for block in page.columns:
        if id(block) in read_blocks:
            continue
        # A column whose list lives on another site (a provincial 12345 platform) and
        # shows nothing here is not read: not judged, neither empty nor stale, and its
        # row says so.
        away = elsewhere(block.more_url, host) if block.items == 0 else None
        error = f"{NOT_JUDGED_ELSEWHERE} ({away})" if away else None
        # Nor is one that shows nothing here, says nothing of being empty ("暂无信息"),
        # and whose page robots.txt keeps unread: that page was never seen.
        if error is None and id(block) in barred_blocks and not block.items:
            error = None if block.empty_marker else NOT_JUDGED_ROBOTS
        states.append(_block_state(block, home_url, normal, error=error))
    return _dedupe(states)


# A column page that answers with the homepage itself: a CMS that serves its homepage
# for a column it no longer has (or a "more" link redirected to /), a server that
# answers each request of a kept-alive connection with its first answer.
NOT_ITS_OWN_PAGE = "its page is the homepage"
NOT_ITS_OWN_SHARED = "its page is another column's too"


def _not_the_homepage(
    read: list[tuple[PagePlan, PageObservations | None, str | None]], home: PageObservations
) -> list[tuple[PagePlan, PageObservations | None, str | None]]:
    """`read` without the pages whose text is the homepage's (the same fingerprint):
    their lists are the homepage's newest items, which say nothing of the column. A
    column's "more" link that leads there leads a reader to nothing of the column's
    own, as one that is gone: the column is judged on its homepage block. A
    second-level page that is the homepage (a 首页 link to /index.html) is no column."""
    if not home.fingerprint or not home.text_length:
        return read
    # The pages of two columns (other URLs) whose text is one: a page that is the
    # column of at most one of them, which one not known. Each column that shows items
    # on the homepage is judged on them.
    shared: dict[str, int] = {}
    for plan, listing, _ in read:
        if plan.block is not None and listing is not None and listing.text_length:
            shared[listing.fingerprint] = shared.get(listing.fingerprint, 0) + 1
    kept: list[tuple[PagePlan, PageObservations | None, str | None]] = []
    for plan, listing, error in read:
        if listing is not None and listing.fingerprint == home.fingerprint:
            if plan.block is None:
                continue
            listing, error = None, NOT_ITS_OWN_PAGE
        elif (
            listing is not None
            and plan.block is not None
            and plan.block.items
            and shared.get(listing.fingerprint, 0) > 1
        ):
            listing, error = None, NOT_ITS_OWN_SHARED
        kept.append((plan, listing, error))
    return kept


# Why a column was not judged: its list is on another site, which is not read; its
# page is one robots.txt disallows (or robots.txt could not be had: RFC 9309 says
# disallow all then), and the homepage shows nothing of it.
NOT_JUDGED_ELSEWHERE = "not judged: its list is on another site"
NOT_JUDGED_ROBOTS = "not judged: robots.txt disallows its page"
NOT_JUDGED_UNREAD = "not judged: its page did not answer"
# A column page's answers that say it does not exist (the column leads nowhere).
_GONE_STATUSES = frozenset({404, 410})


def elsewhere(url: str | None, host: str) -> str | None:
    """The host of `url` when it is another site's (not `host`'s nor its domain's)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    other = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not other or same_site(other, host):
        return None
    return display_host(other)


def _dedupe(states: list[ColumnState]) -> list[ColumnState]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for state in states:
        key = (state.name, state.url)
        if key not in seen:
            seen.add(key)
            unique.append(state)
    return unique


def stands_in(signals: PageSignals) -> bool:
    """Whether the page answers in place of the site's content: a placeholder (网站升级
    改版中), a server's default page, a parked domain's, a firewall's or cloud's block
    page, an application's error page. Such a page is no content of the page it stands
    in for: it leaves that page's history (fingerprint, last change, validators and
    summary) as it was, so the old page put back the next night is no change (it was
    taken, for an undated site, for an update, and reset its staleness)."""
    return bool(
        signals.placeholder
        or signals.default_server
        or signals.parked
        or signals.firewall
        or signals.unfiled
        or signals.error_page
    )


def advance_history(
    previous: PageHistory | None, fingerprint: str, now: datetime
) -> tuple[datetime, datetime]:
    """(first_seen, last_changed) of a page after this visit."""
    if previous is None:
        return now, now
    if not comparable_fingerprints(previous.fingerprint, fingerprint):
        # Stored by an older version of the fingerprint: no change can be told.
        return previous.first_seen, previous.last_changed
    if previous.fingerprint != fingerprint:
        return previous.first_seen, now
    return previous.first_seen, previous.last_changed


def _dated_as_before(
    page: PageObservations, previous: PageHistory, day_of: Callable[[datetime], date], slack: int
) -> PageObservations:
    """`page`, a 200 answer whose text and links are as they were when the page last
    changed, with its dates as the visits since read them: a date after the day it
    last changed (and `slack` days) was already on the page then, still ahead (an
    event's day, a closing date, a year-less date of last year now read as this
    year's), and is no update now that it has passed. A 304 gives the same (the stored
    summary). Returns `page` itself when no date of it is past that day."""
    limit = day_of(previous.last_changed) + timedelta(days=slack)

    def late(day: date | None) -> bool:
        return day is not None and day > limit

    if not (
        late(page.page_date)
        or late(page.newest_item)
        or late(page.main_list_newest)
        or any(late(c.newest) for c in page.columns)
        or any(late(m.date) for m in page.messages)
    ):
        return page
    before = page_from_summary(previous.summary)
    if before.link_key != link_set(page):
        return page  # a new or removed link: a new item whose title the text masks
    columns = {c.name: c for c in before.columns}
    messages = {(m.title, m.url): m.date for m in before.messages}
    changes: dict[str, Any] = {}
    if late(page.page_date):
        changes["page_date"] = before.page_date
        changes["page_date_source"] = before.page_date_source
    if late(page.newest_item):
        changes["newest_item"] = before.newest_item
        changes["newest_item_title"] = before.newest_item_title
        changes["newest_item_source"] = before.newest_item_source
    if late(page.main_list_newest):
        changes["main_list_newest"] = before.main_list_newest
    changes["columns"] = tuple(
        replace(
            c,
            newest=columns[c.name].newest if c.name in columns else None,
            newest_title=columns[c.name].newest_title if c.name in columns else "",
        )
        if late(c.newest)
        else c
        for c in page.columns
    )
    changes["messages"] = tuple(
        replace(m, date=messages.get((m.title, m.url))) if late(m.date) else m
        for m in page.messages
    )
    return replace(page, **changes)


def collect_messages(
    page: PageObservations,
    listings: Sequence[PageObservations | None],
    home_url: str = "",
    also: Sequence[str] = (),
) -> tuple[Message, ...]:
    seen: set[tuple[str, date | None]] = set()
    messages = []
    for source in (page, *listings):
        if source is None:
            continue
        for message in own_messages(source.messages, home_url, also):
            key = (message.title, message.date)
            if key not in seen:
                seen.add(key)
                messages.append(message)
    return tuple(messages)


def own_messages(
    messages: Sequence[Message], home_url: str, also: Sequence[str] = ()
) -> tuple[Message, ...]:
    """The site's own messages: not those whose page is on another site (a box of the
    city's 12345 work orders, each linking to the platform), which the site shows but
    neither holds nor answers, like a column whose list is elsewhere. `also`: the
    site's other hosts (its listed URL's, when the homepage moved; its aliases)."""
    try:
        host = urlsplit(home_url).hostname or ""
    except ValueError:
        host = ""
    if not host:
        return tuple(messages)
    hosts = (host, *(h for h in also if h))
    return tuple(m for m in messages if any(elsewhere(m.url, other) is None for other in hosts))


def _site_hosts(site: Site) -> tuple[str, ...]:
    """The hosts besides the homepage's final one that are the site's own: its listed
    URL's and its aliases."""
    try:
        listed = urlsplit(site.url).hostname or ""
    except ValueError:
        listed = ""
    return (listed, *site.aliases)


def message_pages(
    read: Sequence[tuple[PagePlan, PageObservations | None, str | None]],
    messages: Sequence[Message],
    rules: RuleSettings,
    today: date,
    budget: int,
) -> list[Message]:
    """The messages of unknown state whose own pages are worth reading: those listed on
    a message column's page (titles and dates only) that would count if unanswered,
    the oldest first, `budget` at most."""
    listed = {
        (message.title, message.date)
        for plan, listing, _ in read
        if plan.letters and listing is not None
        for message in listing.messages
        if message.answered is None
    }
    candidates = [
        m
        for m in messages
        if m.answered is None
        and (m.title, m.date) in listed
        and m.date is not None
        and m.url.startswith(("http://", "https://"))
        and message_overdue(m, rules, today)
    ]
    candidates.sort(key=lambda m: m.date or date.max)
    return candidates[: max(budget, 0)]


async def _read_message_pages(
    reader: _PageReader,
    read: Sequence[tuple[PagePlan, PageObservations | None, str | None]],
    messages: tuple[Message, ...],
    settings: CrawlerSettings,
    rules: RuleSettings,
    today: date,
) -> tuple[Message, ...]:
    """Each message whose state only its own page says, given the state that page shows
    (at most `max_message_pages`, the oldest first)."""
    policy = reader.robots
    listed = [m for m in messages if policy.allows(m.url)]
    wanted = message_pages(read, listed, rules, today, settings.max_message_pages)
    if not wanted:
        return messages
    quick = _one_retry(settings)
    if policy.crawl_delay > 0:
        pages = []
        for m in wanted:
            await asyncio.sleep(policy.crawl_delay)
            pages.append(await reader.read(m.url, quick, columns=False))
    else:
        pages = await asyncio.gather(*(reader.read(m.url, quick, columns=False) for m in wanted))
    states = {
        id(m): page.reply for m, (_, page) in zip(wanted, pages, strict=True) if page is not None
    }
    return tuple(
        replace(m, answered=states[id(m)]) if states.get(id(m)) is not None else m for m in messages
    )


async def _read_later_list_pages(
    reader: _PageReader,
    read: Sequence[tuple[PagePlan, PageObservations | None, str | None]],
    settings: CrawlerSettings,
) -> tuple[list[tuple[PagePlan, PageObservations | None, str | None]], bool]:
    """The later pages (下一页) of each message column's list, `max_message_list_pages`
    at most a column, one after another (robots.txt and its Crawl-delay obeyed); and
    whether any list has pages left unread."""
    policy = reader.robots
    quick = _one_retry(settings)
    later: list[tuple[PagePlan, PageObservations | None, str | None]] = []
    seen = {plan.url for plan, _, _ in read}
    unread = False
    for plan, listing, _ in read:
        if not plan.letters or listing is None:
            continue
        read_here = 1
        current = listing
        home = urlsplit(plan.url).hostname or ""
        while current.next_page is not None:
            url = current.next_page
            if (
                read_here > settings.max_message_list_pages
                or url in seen
                or not same_site(urlsplit(url).hostname or "", home)
                or not policy.allows(url)
            ):
                break
            seen.add(url)
            if policy.crawl_delay > 0:
                await asyncio.sleep(policy.crawl_delay)
            _, following = await reader.read(url, quick, columns=False, message_list=True)
            if following is None:
                break
            later.append((replace(plan, url=url, block=None), following, None))
            read_here += 1
            current = following
        total = listing.page_total or current.page_total
        if current.next_page is not None or (total is not None and total > read_here):
            unread = True
    return later, unread


async def _read_last_pages(
    reader: _PageReader,
    read: Sequence[tuple[PagePlan, PageObservations | None, str | None]],
    budget: int,
    settings: CrawlerSettings,
) -> list[tuple[PagePlan, PageObservations | None, str | None]]:
    """`read`, with the newest date of each column list sorted oldest first (its page's
    `last_page`) taken from that last page, where its newest items are: read one after
    another, `budget` pages at most in all (what `max_column_pages` leaves), robots.txt
    and its Crawl-delay obeyed. A list whose last page is not read has no newest date
    from its page: its first page's are its oldest (the homepage's block still counts)."""
    policy = reader.robots
    quick = _one_retry(settings)
    seen = {plan.url for plan, _, _ in read}
    merged: list[tuple[PagePlan, PageObservations | None, str | None]] = []
    for plan, listing, error in read:
        last = listing.last_page if listing is not None else None
        if listing is None or last is None:
            merged.append((plan, listing, error))
            continue
        page = None
        home = urlsplit(plan.url).hostname or ""
        if (
            budget > 0
            and last not in seen
            and same_site(urlsplit(last).hostname or "", home)
            and policy.allows(last)
        ):
            budget -= 1
            seen.add(last)
            if policy.crawl_delay > 0:
                await asyncio.sleep(policy.crawl_delay)
            _, page = await reader.read(last, quick, columns=False, message_list=plan.letters)
        newest = page.main_list_newest if page is not None else None
        if newest is not None and listing.main_list_newest is not None:
            newest = max(newest, listing.main_list_newest)
        future = listing.main_list_future + (page.main_list_future if page is not None else ())
        merged.append(
            (plan, replace(listing, main_list_newest=newest, main_list_future=future), error)
        )
    return merged


def _one_retry(settings: CrawlerSettings) -> CrawlerSettings:
    """Settings for a site's other pages (columns, later list pages, messages): one retry
    at most, as the homepage already proved the site is up."""
    return replace(settings, retries=min(settings.retries, 1))


class _PageReader:
    """Fetches and parses one site's pages, with conditional GETs and history."""

    def __init__(
        self,
        fetcher: Fetcher,
        parser: PageParser,
        settings: CrawlerSettings,
        history: Mapping[str, PageHistory],
        lexicon: Lexicon,
        now: datetime,
        today: date,
        signatures: Signatures,
        lists: bool,
        checks_links: bool = False,
        day_of: Callable[[datetime], date] | None = None,
        future_slack: int = 1,
        origin: str | None = None,
    ) -> None:
        self.lists = lists
        # The listed site: a URL its pages give on the loopback is not read
        # (`fetch.loopback_refusal`), unless the site is on the loopback itself.
        self.origin = origin
        # The day a moment falls on where the rules count days, and their slack for
        # dates ahead (`_dated_as_before`).
        self.day_of = day_of or (lambda moment: moment.date())
        self.future_slack = future_slack
        # Link checks read every page's resources (images, scripts...), and need its
        # links, which a 304 does not bring: pages are then fetched unconditionally.
        self.checks_links = checks_links
        self.fetcher = fetcher
        self.parser = parser
        self.settings = settings
        self.history = history
        self.lexicon = lexicon
        self.signatures = signatures
        self.now = now
        self.today = today  # `now`'s date where the rules count days: dates are read by it
        self.snapshots: list[PageSnapshot] = []
        self.robots: RobotsPolicy = ALLOW_ALL  # the site's, read before its other pages
        # The signals of the HTML an error status brought on the site's other pages (a
        # column link's 404 page, which a hack may have replaced with its own): read as
        # the sweep reads a page, for the hijack findings only.
        self.error_signals: list[tuple[str, PageSignals]] = []

    async def read(
        self,
        url: str,
        settings: CrawlerSettings | None = None,
        *,
        columns: bool = True,
        message_list: bool = True,
        section: bool = False,
    ) -> tuple[FetchRecord, PageObservations | None]:
        """Fetch and read one of the site's pages; `columns` false for a column's own
        list page, whose main list is all that is read of it. `message_list` false for
        a page that is not a message column's: the items of its list whose state it
        does not show are not kept as messages (nor stored with its summary). `section`
        for a navigation homepage's second-level page: its columns and its main list."""
        fetch, page, _ = await self._read(
            url, settings, columns, message_list, glance=False, section=section
        )
        return fetch, page

    async def read_home(
        self, url: str
    ) -> tuple[FetchRecord, PageObservations | None, PageObservations | None]:
        """`read` for the homepage, and what it showed with an error status (a firewall's
        challenge, a stock test page), read as the sweep reads a page."""
        return await self._read(url, None, True, True, glance=True)

    async def _read(
        self,
        url: str,
        settings: CrawlerSettings | None,
        columns: bool,
        message_list: bool,
        *,
        glance: bool,
        section: bool = False,
    ) -> tuple[FetchRecord, PageObservations | None, PageObservations | None]:
        previous = self.history.get(url)
        error_page = None
        # A 304 is answered with the page as the last scan read it: asked only when it
        # was read the way it is now (a column's list page, read without its columns, is
        # no answer for a navigation homepage's section page, nor a sweep's homepage for
        # a full scan's).
        mode = read_mode(
            lists=self.lists, columns=columns, message_list=message_list, section=section
        )
        ask = (
            previous is not None
            and not self.checks_links
            and summary_read_as(previous.summary) == mode
        )
        fetch = await self.fetcher.fetch(
            url,
            settings or self.settings,
            etag=previous.etag if ask and previous else None,
            last_modified=previous.last_modified if ask and previous else None,
            origin=self.origin,
        )
        page: PageObservations | None = None
        if fetch.not_modified and previous is not None:
            page = page_from_summary(previous.summary)
        elif fetch.ok:
            page = await self.parser.observe(
                fetch.body,
                fetch.charset,
                fetch.final_url or url,
                fetch.content_type,
                self.today,
                self.lexicon,
                self.lists,
                self.signatures,
                resources=self.checks_links,
                columns=columns,
                message_list=message_list,
                section=section,
            )
            if (
                previous is not None
                and (page.links or page.link_key)
                and previous.fingerprint == page.fingerprint
                and comparable_fingerprints(previous.fingerprint, page.fingerprint)
                and summary_read_as(previous.summary) == mode
            ):
                page = _dated_as_before(page, previous, self.day_of, self.future_slack)
        elif (
            fetch.body
            and fetch.error_kind in ("http_4xx", "http_5xx")
            # (An error's JSON or image body is no stock page, nor a placeholder of one.)
            and is_html_type(fetch.content_type)
        ):
            error_page = await self._glance(fetch, url)
            if not glance:
                self.error_signals.append((url, error_page.signals))
        if page is not None and previous is not None and stands_in(page.signals):
            # Kept as it was: the content it stands in for, to be compared next time.
            self.snapshots.append(
                PageSnapshot(
                    url=url,
                    fingerprint=previous.fingerprint,
                    etag=previous.etag,
                    last_modified=previous.last_modified,
                    first_seen=previous.first_seen,
                    last_changed=previous.last_changed,
                    summary=previous.summary,
                )
            )
        elif page is not None:
            first_seen, last_changed = advance_history(previous, page.fingerprint, self.now)
            self.snapshots.append(
                PageSnapshot(
                    url=url,
                    fingerprint=page.fingerprint,
                    etag=fetch.etag or (previous.etag if previous and fetch.not_modified else None),
                    last_modified=fetch.last_modified
                    or (previous.last_modified if previous and fetch.not_modified else None),
                    first_seen=first_seen,
                    last_changed=last_changed,
                    summary=page_to_summary(page, mode),
                )
            )
        return replace(fetch, body=b""), page, error_page

    async def peek(
        self, url: str, settings: CrawlerSettings | None = None
    ) -> PageObservations | None:
        """Fetch and read a page that is not the site's own (a redirect target, the
        homepage as a search engine sees it): no history, no conditional GET."""
        quick = replace(settings or self.settings, retries=0)
        fetch = await self.fetcher.fetch(url, quick, origin=self.origin)
        if not fetch.ok:
            return None
        return await self._glance(fetch, url)

    async def _glance(self, fetch: FetchRecord, url: str) -> PageObservations:
        """A page read as the homepage sweep reads one: no lists, nothing to link-check."""
        return await self.parser.observe(
            fetch.body,
            fetch.charset,
            fetch.final_url or url,
            fetch.content_type,
            self.today,
            self.lexicon,
            False,
            self.signatures,
            resources=False,
            columns=False,
        )


async def check_site(
    site: Site,
    config: Config,
    fetcher: Fetcher,
    parser: PageParser,
    clock: Callable[[], datetime],
    *,
    depth: str = "full",
    history: HistoryLookup | None = None,
    links: LinkChecker | None = None,
    on_home: Callable[[], None] | None = None,
) -> SiteResult:
    """Fetch, observe and judge one site. Never raises for anything the site does.

    `on_home` is called once the homepage has been read (or given up on): the scan's
    `StallPool` lets a site that stalls before that give up its place."""
    crawler_settings, rules = apply_overrides(config.crawler, config.rules, site.overrides)
    checked_at = clock()
    internal: list[Finding] = []
    pages_history: Mapping[str, PageHistory] = {}
    if history is not None:
        try:
            pages_history = await history(site.url)
        except Exception:
            log.exception("reading the history of %s failed", site.url)
    reader = _PageReader(
        fetcher,
        parser,
        crawler_settings,
        pages_history,
        config.lexicon,
        checked_at,
        local_day(checked_at, rules),
        config.signatures,
        lists=depth == "full",
        checks_links=(
            depth == "full" and links is not None and crawler_settings.max_links_per_site > 0
        ),
        day_of=lambda moment: local_day(moment, rules),
        future_slack=rules.future_slack_days,
        origin=site.url,
    )
    page: PageObservations | None = None
    states: list[ColumnState] = []
    messages: tuple[Message, ...] = ()
    navigation = lists_elsewhere = False
    second_level_newest: date | None = None
    seen: dict[str, Any] = {}  # what else the rules get to see (SiteObservations fields)
    try:
        fetch, page, seen["error_page"] = await reader.read_home(site.url)
        if on_home is not None:
            on_home()
        if page is not None:
            home_url = fetch.final_url or site.url
            target = redirect_target(page, home_url, fetch.refresh)
            if target is not None:
                seen["redirect_target"] = target
                seen["redirect_page"] = await reader.peek(target)
            if crawler_settings.check_cloaking:
                as_bot = replace(crawler_settings, user_agent=SEARCH_ENGINE_AGENT)
                seen["crawler_view"] = await reader.peek(site.url, as_bot)
        if page is not None and depth == "full":
            home_url = fetch.final_url or site.url
            plans = plan_pages(page, home_url, crawler_settings.max_column_pages, config.lexicon)
            navigation = is_navigation_only(page)
            if crawler_settings.respect_robots and (plans or reader.checks_links):
                reader.robots = await fetch_robots(reader.fetcher, home_url, crawler_settings)
            allowed: list[PagePlan] = []
            barred: list[PagePlan] = []
            for plan in plans:
                (allowed if reader.robots.allows(plan.url) else barred).append(plan)
            read = _not_the_homepage(await _read_pages(reader, allowed, crawler_settings), page)
            read = await _read_last_pages(
                reader, read, crawler_settings.max_column_pages - len(allowed), crawler_settings
            )
            states = column_states(page, home_url, read, barred, config.lexicon)
            if barred:
                seen["robots_unread"] = tuple(plan.name for plan in barred)
                seen["robots_unreachable"] = reader.robots.blocked
            seen["page_signals"] = (
                *((plan.url, listing.signals) for plan, listing, _ in read if listing is not None),
                *reader.error_signals,
            )
            later, unread = await _read_later_list_pages(reader, read, crawler_settings)
            lists = [*read, *later]
            seen["message_list_pages"] = sum(
                1 for plan, listing, _ in lists if plan.letters and listing
            )
            seen["message_lists_unread"] = unread
            messages = collect_messages(
                page,
                [listing for plan, listing, _ in lists if not plan.no_letters],
                fetch.final_url or site.url,
                _site_hosts(site),
            )
            messages = await _read_message_pages(
                reader, lists, messages, crawler_settings, rules, reader.today
            )
            # A homepage whose lists are framed or filled by script shows no date in its
            # markup: like a navigation page, it is judged on the pages it shows.
            lists_elsewhere = (
                not navigation
                and page.dated_items == 0
                and any(c.items_elsewhere for c in page.columns)
            )
            if navigation or lists_elsewhere:
                dates = [s.newest for s in states if s.newest is not None]
                second_level_newest = max(dates) if dates else None
            dead = page.signals.placeholder or page.signals.default_server or page.signals.parked
            if links is not None and crawler_settings.max_links_per_site > 0 and not dead:
                pages = [(home_url, page, True)] + [
                    (plan.url, listing, False) for plan, listing, _ in read if listing
                ]
                found: list[BrokenLink] = []
                try:
                    async with asyncio.timeout(_link_check_seconds(crawler_settings)):
                        await check_site_links(
                            links,
                            pages,
                            crawler_settings.max_links_per_site,
                            found,
                            reader.robots,
                        )
                except TimeoutError:
                    # Links to hosts that never answer: judged on the pages checked.
                    log.warning("link checks of %s took too long; cut short", site.url)
                seen["broken_links"] = tuple(found)
        elif page is not None:
            states = column_states(page, fetch.final_url or site.url, [], (), config.lexicon)
            messages = own_messages(page.messages, fetch.final_url or site.url, _site_hosts(site))
    except Exception as exc:  # a bug of ours must not stop the scan
        log.exception("checking %s failed unexpectedly", site.url)
        fetch = FetchRecord(url=site.url, error_kind="connect", error_detail=f"internal: {exc}")
        internal.append(Finding("check_error", f"internal error while checking: {exc}"))
    snapshot = next((s for s in reader.snapshots if s.url == site.url), None)
    observations = SiteObservations(
        fetch=fetch,
        home=page,
        columns=tuple(states),
        messages=messages,
        navigation_only=navigation,
        lists_elsewhere=lists_elsewhere,
        second_level_newest=second_level_newest,
        history=ContentHistory(snapshot.first_seen, snapshot.last_changed) if snapshot else None,
        aliases=site.aliases,
        **seen,
    )
    return _judged(site, rules, checked_at, clock, observations, internal, tuple(reader.snapshots))


def crashed_check(site: Site, config: Config, clock: Callable[[], datetime]) -> SiteResult:
    """The result of a site whose page crashed the parser every time it was read: what
    `check_site` gives when the parser raises `PARSER_CRASHED` on the homepage."""
    _, rules = apply_overrides(config.crawler, config.rules, site.overrides)
    checked_at = clock()
    fetch = FetchRecord(
        url=site.url, error_kind="connect", error_detail=f"internal: {PARSER_CRASHED}"
    )
    internal = [Finding("check_error", f"internal error while checking: {PARSER_CRASHED}")]
    observations = SiteObservations(fetch=fetch, home=None, aliases=site.aliases)
    return _judged(site, rules, checked_at, clock, observations, internal, ())


def _judged(
    site: Site,
    rules: RuleSettings,
    checked_at: datetime,
    clock: Callable[[], datetime],
    observations: SiteObservations,
    internal: list[Finding],
    snapshots: tuple[PageSnapshot, ...],
) -> SiteResult:
    verdict = evaluate(observations, rules, clock())
    if internal:
        verdict = verdict_from(
            [*verdict.findings, *internal],
            rules,
            verdict.last_updated,
            verdict.last_updated_source,
        )
    home = observations.home
    if home is not None and (home.links or home.resources):
        # Judged: the homepage's links and resources (hundreds of each) have served the
        # page plans, the link checks and the rules, and nothing downstream reads them
        # (storage keeps the summary, with a navigation page's links, in `snapshots`).
        # Dropped, the result a shard pickles to the scan's process is ~4 times smaller.
        home = replace(home, links=(), resources=())
    return SiteResult(
        site,
        checked_at,
        observations.fetch,
        home,
        verdict,
        observations.columns,
        snapshots,
        observations.broken_links,
    )


def _link_check_seconds(settings: CrawlerSettings) -> float:
    """How long one site's link checks may take in all."""
    return max(30.0, settings.timeout * 4)


def redirect_target(
    page: PageObservations, home_url: str, header_refresh: str | None = None
) -> str | None:
    """Where the homepage itself sends visitors, when that is another site: a script
    redirect, or a meta refresh or an HTTP `Refresh` header (`header_refresh`) the
    fetcher did not follow (it follows same-site ones)."""
    home_host = urlsplit(home_url).hostname or ""
    for target in (*page.signals.script_redirects, page.meta_refresh, header_refresh):
        if not target:
            continue
        host = urlsplit(target).hostname or ""
        if host and not same_site(host, home_host):
            return target
    return None


async def check_site_links(
    checker: LinkChecker,
    pages: Sequence[tuple[str, PageObservations, bool]],
    budget: int,
    found: list[BrokenLink] | None = None,
    robots: RobotsPolicy = ALLOW_ALL,
) -> tuple[BrokenLink, ...]:
    """Check the links of the homepage first, then of the column pages, `budget` URLs in
    all; returns the broken and suspected ones, added to `found` page by page as they
    are known (what a caller that gives up keeps). Links to the site's own host that
    its robots.txt disallows are not checked (other hosts' robots.txt is not read)."""
    allowed = None if robots.parser is None and robots.blocked is None else robots.permits
    found = [] if found is None else found
    checked: set[str] = set()
    for page_url, page, on_homepage in pages:
        left = budget - len(checked)
        if left <= 0:
            break
        fresh = [r for r in page.resources if r.url not in checked][:left]
        checked.update(r.url for r in fresh)
        found += await check_page_links(
            checker, fresh, page_url, on_homepage=on_homepage, limit=left, allowed=allowed
        )
    return tuple(found)


async def _read_pages(
    reader: _PageReader, allowed: list[PagePlan], settings: CrawlerSettings
) -> list[tuple[PagePlan, PageObservations | None, str | None]]:
    """Read the column pages robots.txt allows, at its Crawl-delay."""
    if not allowed:
        return []
    policy = reader.robots
    quick = _one_retry(settings)

    async def read_one(plan: PagePlan) -> tuple[PagePlan, PageObservations | None, str | None]:
        # A navigation homepage's second-level page may be a section page showing
        # several columns (新闻中心: 要闻, 部门动态, 乡镇动态): they are read too.
        fetch, listing = await reader.read(
            plan.url,
            quick,
            columns=plan.block is None,
            message_list=plan.letters,
            section=plan.block is None,
        )
        error = None
        if listing is None:
            error = fetch.error_detail or fetch.error_kind
            if fetch.http_status not in _GONE_STATUSES:
                error = f"{NOT_JUDGED_UNREAD} ({error})"
        return plan, listing, error

    if policy.crawl_delay > 0:
        results = []
        for index, plan in enumerate(allowed):
            if index:
                await asyncio.sleep(policy.crawl_delay)
            results.append(await read_one(plan))
        return results
    # The connector's per-host limit keeps this polite.
    return list(await asyncio.gather(*(read_one(plan) for plan in allowed)))
