"""The report as data: what `monitor.build` computes from the database and every
renderer (`monitor.render_*`) turns into HTML, Markdown, text, JSON or CSV.

Everything here is frozen and holds plain values, so a renderer is a pure function
of a `Report` and a language. Rates are fractions (0.0–1.0), changes of a rate are
fractions too (0.05 = five percentage points); times are aware UTC datetimes.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

# The ranking of "needs action": hijacked sites first, then unreachable, zombie, stale,
# then sites that fail on a veto although their status is healthy.
ACTION_ORDER: tuple[str, ...] = ("hijacked", "unreachable", "zombie", "stale", "healthy")

Change = Literal["failed", "recovered", "worsened"]
AvailabilityVerdict = Literal["pass", "fail", "insufficient"]


@dataclass(frozen=True)
class ScanRef:
    """One scan, as the report names it."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    depth: str  # "home" or "full"
    sites: int  # sites checked (within the report's group filter)


@dataclass(frozen=True)
class UnfinishedScan:
    """A scan newer than the report's that has not finished (running, or killed and not
    resumed): the report is of the newest finished scan, and says so."""

    id: int
    started_at: datetime
    depth: str
    done: int  # sites checked so far
    total: int  # sites on its list


@dataclass(frozen=True)
class Reason:
    """A finding of a site, in the scan's own words."""

    code: str
    detail: str  # plain words, e.g. "news column 政务动态 last updated 2024-09-02, 84 days ago"
    count: int | None = None
    veto: bool = False  # this finding alone fails the site
    data: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class SiteRow:
    """One site in the report's scan."""

    url: str  # as listed: the link to the site
    name: str
    group: str
    status: str  # healthy, stale, zombie, unreachable, hijacked
    passed: bool
    score: int
    checked_at: datetime
    title: str  # hostile input: a hacked page's title
    final_url: str | None
    reasons: tuple[Reason, ...]  # vetoes first
    status_since: datetime | None  # start of the unbroken run of this status
    days_in_state: int | None
    dead_since: datetime | None  # start of the unbroken zombie/unreachable run
    previous_status: str | None  # in the baseline scan; None if it was not checked then
    previous_passed: bool | None
    change: Change | None  # against the baseline scan
    closure_candidate: bool  # zombie/unreachable in every scan for closure_after_days

    @property
    def needs_action(self) -> bool:
        return not self.passed or self.status != "healthy"

    @property
    def dead_days(self) -> int | None:
        """Days of the unbroken zombie/unreachable run up to this check (what makes a
        closure candidate), None when the site is not dead."""
        return None if self.dead_since is None else (self.checked_at - self.dead_since).days

    @property
    def main_reason(self) -> Reason | None:
        """The finding that failed the site (its first veto), else its first finding."""
        return self.reasons[0] if self.reasons else None


@dataclass(frozen=True)
class Headline:
    checked: int
    passed: int
    pass_rate: float | None  # None when nothing was checked
    change_since_previous: float | None  # vs the previous scan of the same depth
    change_over_30_days: float | None  # vs the scan about 30 days earlier
    previous_scan: ScanRef | None
    month_ago_scan: ScanRef | None
    counts: Mapping[str, int]  # every status, zero included


@dataclass(frozen=True)
class GroupRow:
    """A region or department."""

    group: str  # "" for sites listed without a group
    sites: int
    passed: int
    pass_rate: float | None
    counts: Mapping[str, int]  # every status, zero included
    worst_finding: str | None  # the finding code that fails most of its sites
    worst_finding_sites: int
    # Pass rate at each of the last (up to 30) of Report.trends' scans, oldest first.
    trend: tuple[float | None, ...]


@dataclass(frozen=True)
class FindingCount:
    code: str
    sites: int  # sites with this finding
    total: int  # sum of the findings' counts (a finding without a count counts 1)
    vetoes: int  # sites this finding failed on its own


@dataclass(frozen=True)
class AvailabilityRow:
    url: str
    name: str
    group: str
    visits: int
    failures: int
    ratio: float  # failures / visits
    verdict: AvailabilityVerdict


@dataclass(frozen=True)
class Availability:
    """The inspectors' rule: 5% or more failed visits over 7 days fails a site."""

    source: Literal["probes", "scans"]  # the daemon's probes when there are any
    window_start: datetime
    window_end: datetime
    min_visits: int
    max_failure_ratio: float
    passing: int
    failing: int
    insufficient: int  # fewer visits than min_visits: no verdict
    rows: tuple[AvailabilityRow, ...]  # sites with at least one failed visit, worst first


@dataclass(frozen=True)
class TrendPoint:
    scan_id: int
    at: datetime  # the scan's start
    checked: int
    passed: int
    pass_rate: float | None
    counts: Mapping[str, int]


@dataclass(frozen=True)
class Report:
    # The derived lists are cached: every renderer asks for them, over up to 84,094 sites.
    generated_at: datetime
    scan: ScanRef
    baseline: ScanRef | None  # what "newly failed" and "recovered" compare against
    group_filter: str | None
    closure_after_days: int
    headline: Headline
    sites: tuple[SiteRow, ...]  # every site of the scan, in needs-action order
    groups: tuple[GroupRow, ...]  # sorted by pass rate, worst first
    findings: tuple[FindingCount, ...]  # most sites first
    availability: Availability
    trends: tuple[TrendPoint, ...]  # oldest first, the report's scan last
    unfinished: UnfinishedScan | None = None  # a newer scan still running (or killed)

    @functools.cached_property
    def newly_failed(self) -> tuple[SiteRow, ...]:
        return tuple(s for s in self.sites if s.change == "failed")

    @functools.cached_property
    def worsened(self) -> tuple[SiteRow, ...]:
        """Failing in both scans, with a more severe status now (stale -> hijacked)."""
        return tuple(s for s in self.sites if s.change == "worsened")

    @functools.cached_property
    def recovered(self) -> tuple[SiteRow, ...]:
        return tuple(s for s in self.sites if s.change == "recovered")

    @functools.cached_property
    def needs_action(self) -> tuple[SiteRow, ...]:
        return tuple(s for s in self.sites if s.needs_action)

    @functools.cached_property
    def closure_candidates(self) -> tuple[SiteRow, ...]:
        rows = [s for s in self.sites if s.closure_candidate]
        return tuple(sorted(rows, key=lambda s: (s.dead_since or s.checked_at, s.url)))
