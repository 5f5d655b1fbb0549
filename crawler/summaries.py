"""PageObservations <-> JSON, so a page that answers 304 Not Modified can be judged
from what the previous scan saw of it. Links are kept only for pages that list nothing
dated (a navigation homepage's links are the pages to read next). A summary keeps how
its page was read (`read_mode`): one read another way (a column's list page, read for
its main list alone, later a navigation homepage's section page, read for its columns
too) is no answer for it, and the page is fetched again in full."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from crawler.models import (
    ColumnBlock,
    Evidence,
    FutureItem,
    Link,
    Message,
    PageObservations,
    PageSignals,
)

_DATE_FIELDS = ("page_date", "newest_item", "main_list_newest")


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


# A page that lists nothing dated may be a navigation homepage, whose links are the
# pages to read next: keep (a bounded number of) them.
_NAVIGATION_LINKS = 200


def read_mode(*, lists: bool, columns: bool, message_list: bool, section: bool) -> str:
    """How a page was read (`extract.observe`'s switches), in a word kept with its
    summary: "lcm" a homepage, "lm" a message column's list page, "l" another
    column's, "lcs"/"lcms" a section page, "cm" the homepage sweep's."""
    switches = (("l", lists), ("c", columns), ("m", message_list), ("s", section))
    return "".join(letter for letter, on in switches if on) or "-"


_READ_AS = '{"read_as":"'


def summary_read_as(text: str) -> str | None:
    """The `read_mode` a stored summary was read in; None for one stored before modes
    were kept (its mode is unknown). Read off the summary's first key, not parsed: it
    is asked of every page with a history before it is fetched."""
    if not text.startswith(_READ_AS):
        return None
    end = text.find('"', len(_READ_AS))
    return text[len(_READ_AS) : end] if end > 0 else None


def page_to_summary(page: PageObservations, read_as: str = "") -> str:
    """`page` as JSON; `read_as`: how it was read (`read_mode`), its first key."""
    # Built by hand: dataclasses.asdict deep-copies every link and was a third of the
    # event loop's time at depth "full".
    data: dict[str, Any] = {"read_as": read_as}
    data |= {
        spec.name: getattr(page, spec.name)
        for spec in fields(PageObservations)
        if spec.name
        not in ("links", "section_links", "columns", "messages", "signals", "resources")
    }
    # Signals are kept (a hijacked page answering 304 is still hijacked); resources are
    # not (links are checked on pages actually fetched).
    data["signals"] = {
        key: [vars(e) for e in value]
        if isinstance(value, tuple) and value and isinstance(value[0], Evidence)
        else value
        for key, value in vars(page.signals).items()
    }
    data["columns"] = [vars(column) for column in page.columns]
    data["messages"] = [vars(message) for message in page.messages]
    data["links"] = (
        [[link.url, link.text] for link in page.links[:_NAVIGATION_LINKS]]
        if page.dated_items == 0
        else []
    )
    data["section_links"] = [
        [link.url, link.text] for link in page.section_links[:_NAVIGATION_LINKS]
    ]
    data["link_key"] = link_set(page)  # the homepage sweep's own, or one of its links
    return json.dumps(data, ensure_ascii=False, default=str, separators=(",", ":"))


# A servlet's session id in a link's path (`;jsessionid=...`), new at each visit.
PATH_SESSION = re.compile(r";jsessionid=[^?#/]*", re.IGNORECASE)


def link_set(page: PageObservations) -> str:
    """The key of the page's link targets (`links_key`): the sweep's, which keeps no
    links, or one of its links. A new item brings a new link even where its title
    differs from an old one's only in its digits, which the text fingerprint masks."""
    return page.link_key or (links_key([link.url for link in page.links]) if page.links else "")


def links_key(urls: Sequence[str]) -> str:
    """A key of link targets, their order and session ids aside (a dynamic portal
    shuffles its banners and numbers its sessions at each visit): a sum of their CRCs,
    ~45 µs for 500 links; sorting them costs more."""
    if ";" in "".join(urls):
        urls = [PATH_SESSION.sub("", url) for url in urls]
    try:
        total = sum(map(zlib.crc32, map(str.encode, urls)))
    except UnicodeEncodeError:  # a lone surrogate
        total = sum(zlib.crc32(url.encode("utf-8", "replace")) for url in urls)
    return f"{len(urls)}:{total}"


def page_from_summary(text: str) -> PageObservations:
    data: dict[str, Any] = json.loads(text)
    known = {f.name for f in fields(PageObservations)}
    data = {k: v for k, v in data.items() if k in known}
    for key in _DATE_FIELDS:
        data[key] = _day(data.get(key))
    data["columns"] = tuple(
        ColumnBlock(
            **{
                **column,
                "newest": _day(column.get("newest")),
                "future": _future(column.get("future")),
            }
        )
        for column in data.get("columns", ())
    )
    data["main_list_future"] = _future(data.get("main_list_future"))
    data["links"] = tuple(Link(url, text) for url, text in data.get("links", ()))
    data["section_links"] = tuple(Link(url, text) for url, text in data.get("section_links", ()))
    data["resources"] = ()
    data["signals"] = _signals(data.get("signals") or {})
    data["messages"] = tuple(
        Message(**{**message, "date": _day(message.get("date"))})
        for message in data.get("messages", ())
    )
    return PageObservations(**data)


def _future(stored: Any) -> tuple[FutureItem, ...]:
    """Items dated after tomorrow, stored as [title, date, url] (none in older summaries)."""
    found = []
    for entry in stored or ():
        title, day, url = entry
        when = _day(day)
        if when is not None:
            found.append(FutureItem(title, when, url))
    return tuple(found)


def _signals(stored: dict[str, Any]) -> PageSignals:
    known = {f.name for f in fields(PageSignals)}
    values: dict[str, Any] = {}
    for key, value in stored.items():
        if key not in known:
            continue
        if isinstance(value, list):
            value = tuple(Evidence(**item) if isinstance(item, dict) else item for item in value)
        values[key] = value
    return PageSignals(**values)
