"""The records that flow through a scan: Site -> FetchRecord -> PageObservations -> Verdict.

All are frozen dataclasses: created by one step, read by the next, never mutated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
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
    }
)


@dataclass(frozen=True)
class Site:
    url: str  # exactly as listed
    name: str = ""
    group: str = ""
    source: str = ""  # where it was listed, e.g. "sites.csv:12"
    overrides: Mapping[str, Any] = field(default_factory=dict)


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
    error_kind: str | None = None
    error_detail: str = ""
    body: bytes = field(default=b"", repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """The visit produced a page worth analysing."""
        return self.error_kind in (None, "too_large") and bool(self.http_status)


class Link(NamedTuple):
    # A NamedTuple, not a dataclass: pages carry hundreds of links across the process
    # boundary, and tuples unpickle about twice as fast on the event loop's side.
    url: str
    text: str


@dataclass(frozen=True)
class PageObservations:
    """What a page says, extracted once; the rules read only this."""

    title: str = ""
    encoding: str = ""
    text_length: int = 0
    links: tuple[Link, ...] = ()
    fingerprint: str = ""
    meta_refresh: str | None = None  # absolute target of a <meta http-equiv=refresh>
    language: str = ""


@dataclass(frozen=True)
class Finding:
    code: str
    detail: str
    count: int | None = None
    veto: bool = False  # fails the inspection on its own
    data: Mapping[str, Any] = field(default_factory=dict)

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
    last_updated: datetime | None = None


@dataclass(frozen=True)
class SiteResult:
    site: Site
    checked_at: datetime
    fetch: FetchRecord
    page: PageObservations | None
    verdict: Verdict
