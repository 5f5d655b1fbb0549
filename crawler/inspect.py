"""`python -m crawler inspect`: explain pages one by one.

For each saved file or URL: the page's own date (for an article) and where it came
from, the columns found with their type, newest date and item count, and the rules
that would fire if it were a site's homepage. The same extraction and rules as a
scan, without the database. `format_*` are pure; `inspect_sources` does the I/O.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from crawler.check import column_states, own_messages, redirect_target
from crawler.config import Config
from crawler.extract import observe
from crawler.fetch import Fetcher
from crawler.models import EMBEDDED_DATA, FetchRecord, PageObservations, SiteObservations, Verdict
from crawler.rules import evaluate, local_day


@dataclass(frozen=True)
class Inspection:
    source: str
    fetch: FetchRecord
    page: PageObservations | None
    verdict: Verdict
    # The page read as a scan reads a column's own list page (`columns` false).
    listing: PageObservations | None = None

    @property
    def unreadable(self) -> bool:
        """A file that could not be read (not a site that could not be fetched)."""
        is_file = "://" not in self.source or self.source.startswith("file://")
        return is_file and self.page is None and self.fetch.error_kind == "invalid_url"


def inspect_page(
    source: str, fetch: FetchRecord, body: bytes, config: Config, now: datetime
) -> Inspection:
    url = fetch.final_url or fetch.url
    today = local_day(now, config.rules)  # the day the rules judge by, for dates too

    def read(**mode: bool) -> PageObservations:
        return observe(
            body,
            fetch.charset,
            url,
            fetch.content_type,
            today,
            config.lexicon,
            signatures=config.signatures,
            **mode,
        )

    # An empty body too, as a scan reads it: the blank page a browser shows (which a
    # Refresh header may send elsewhere).
    page = read(article=True) if fetch.ok else None
    listing = read(columns=False, message_list=False) if page is not None else None
    error_page = None
    if body and fetch.error_kind in ("http_4xx", "http_5xx"):
        # What the error status came with: a firewall's challenge, a stock test page.
        error_page = read(lists=False)
    columns = column_states(page, url, [], (), config.lexicon) if page else []
    observations = SiteObservations(
        fetch=fetch,
        home=page,
        columns=tuple(columns),
        messages=own_messages(page.messages, url) if page else (),
        # Where the page's scripts, meta refresh or Refresh header send visitors (not
        # fetched here).
        redirect_target=redirect_target(page, url, fetch.refresh) if page else None,
        error_page=error_page,
    )
    return Inspection(source, fetch, page, evaluate(observations, config.rules, now), listing)


async def inspect_sources(
    sources: Sequence[str], config: Config, now: datetime, base_url: str | None = None
) -> AsyncIterator[Inspection]:
    """Files are read from disk; anything with a scheme is fetched (through `resolve`)."""
    fetcher: Fetcher | None = None
    try:
        for source in sources:
            if "://" in source and not source.startswith("file://"):
                if fetcher is None:
                    fetcher = await Fetcher(config.crawler, config.network).__aenter__()
                record = await fetcher.fetch(source)
                yield inspect_page(source, record, record.body, config, now)
                continue
            path = Path(source.removeprefix("file://"))
            try:
                body = path.read_bytes()
            except OSError as exc:
                record = FetchRecord(url=source, error_kind="invalid_url", error_detail=str(exc))
                yield inspect_page(source, record, b"", config, now)
                continue
            # A saved page's links are judged on- or off-site against its own address.
            url = base_url or guess_page_url(body) or path.resolve().as_uri()
            record = FetchRecord(url=url, final_url=url, http_status=200, body_bytes=len(body))
            yield inspect_page(source, record, body, config, now)
    finally:
        if fetcher is not None:
            await fetcher.__aexit__(None, None, None)


_CANONICAL = re.compile(
    rb"""<link[^>]+rel=["']?canonical["']?[^>]*href=["']?(https?://[^"'\s>]+)"""
    rb"""|<meta[^>]+property=["']?og:url["']?[^>]*content=["']?(https?://[^"'\s>]+)""",
    re.IGNORECASE,
)
_ABSOLUTE_LINK = re.compile(rb"""href=["']?https?://([^/"'\s>:]+)""", re.IGNORECASE)


def guess_page_url(body: bytes) -> str | None:
    """The address a saved page came from: its canonical link or og:url, else the host
    most of its absolute links point to (a page links mostly to its own site)."""
    head = body[:200_000]
    match = _CANONICAL.search(head)
    if match:
        return (match.group(1) or match.group(2)).decode("ascii", "replace")
    hosts = Counter(h.lower() for h in _ABSOLUTE_LINK.findall(head))
    if not hosts:
        return None
    host, _ = hosts.most_common(1)[0]
    return f"https://{host.decode('ascii', 'replace')}/"


def inspection_record(item: Inspection) -> dict[str, Any]:
    page = item.page
    return {
        "source": item.source,
        "error": item.fetch.error_detail or item.fetch.error_kind,
        "title": page.title if page else None,
        "page_date": page.page_date.isoformat() if page and page.page_date else None,
        "page_date_source": page.page_date_source if page and page.page_date else None,
        "newest_item": page.newest_item.isoformat() if page and page.newest_item else None,
        # "embedded data": read in the data a shell's scripts render its lists from.
        "newest_item_source": page.newest_item_source if page and page.newest_item else None,
        "columns": [
            {
                "name": column.name,
                "type": column.type,
                "newest": column.newest.isoformat() if column.newest else None,
                "items": column.items,
                "more_url": column.more_url,
                # Items dated after tomorrow: no update (future_dated).
                "future": [
                    {"title": item.title, "date": item.date.isoformat(), "url": item.url}
                    for item in column.future
                ],
            }
            for column in (page.columns if page else ())
        ],
        "messages": len(page.messages) if page else 0,
        "as_column_page": _as_column_page(item.listing),
        "status": item.verdict.status,
        "passed": item.verdict.passed,
        "findings": [finding.to_dict() for finding in item.verdict.findings],
    }


def _as_column_page(listing: PageObservations | None) -> dict[str, Any] | None:
    """What a scan takes from the page when it is a column's own list page: its main
    list's items and newest date, and whether it is empty (and says so), filled by
    script, or sorted oldest first (its last page, where its newest items are)."""
    if listing is None:
        return None
    items = listing.main_list_items
    return {
        "items": items,
        "newest": listing.main_list_newest.isoformat() if listing.main_list_newest else None,
        "empty": items == 0 and not listing.items_elsewhere and not listing.letter_form,
        "empty_marker": listing.empty_marker if items == 0 else None,
        "items_elsewhere": listing.items_elsewhere,
        "last_page": listing.last_page,
    }


def format_json(item: Inspection) -> str:
    return json.dumps(inspection_record(item), ensure_ascii=False) + "\n"


def format_text(item: Inspection) -> str:
    record = inspection_record(item)
    lines = [f"{record['source']}"]
    if record["error"]:
        lines.append(f"  error: {record['error']}")
    if record["title"]:
        lines.append(f"  title: {record['title']}")
    date_text = record["page_date"] or "none found"
    if record["page_date"]:
        date_text += f" (from {record['page_date_source']})"
    lines.append(f"  page date: {date_text}")
    newest = record["newest_item"] or "none"
    if record.get("newest_item_source") == EMBEDDED_DATA:
        newest += " (from the page's embedded data)"
    lines.append(f"  newest listed item: {newest}")
    if record["columns"]:
        lines.append("  columns:")
        for column in record["columns"]:
            lines.append(
                f"    {column['name']} [{column['type']}]: {column['items']} items, "
                f"newest {column['newest'] or '-'}"
                + (f", {len(column['future'])} dated ahead" if column["future"] else "")
            )
    listing = record["as_column_page"]
    if listing is not None:
        said = f"{listing['items']} items, newest {listing['newest'] or '-'}"
        if listing["empty"]:
            said += f", empty ({listing['empty_marker'] or 'nothing listed'})"
        if listing["items_elsewhere"]:
            said += ", filled by script or a frame"
        if listing["last_page"]:
            said += f", sorted oldest first (last page {listing['last_page']})"
        lines.append(f"  as a column's page: {said}")
    lines.append(f"  verdict as a homepage: {record['status']}, passed={record['passed']}")
    for finding in record["findings"]:
        lines.append(f"    - {finding['code']}: {finding['detail']}")
    return "\n".join(lines) + "\n"
