"""The inspectors' availability rule, as a pure function of visit counts.

A site that fails 5% or more of its visits over a week is unreachable (国办 rules).
The inspectors monitor for a week with at least 20 visits a day, so with fewer than
`min_visits` visits in the window (140: 20 a day for 7 days) there is no verdict: not
for a site added mid-week, not from a nightly scan alone (7 visits a week). Visits the
daemon did not make (it was down) count neither way: the ratio is of the visits made.

The window is whole UTC hours: probes older than `raw_probe_hours` survive only as
hourly counts, so a window starting inside an hour could only drop that hour (or count
it whole). `availability_window` ends it at the start of `now`'s hour, so every visit
counts for exactly `days` x 24 hours from the end of its hour, whether its probe is
still a raw row or already rolled up, and a scan and its report judge the same week.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

from crawler.config import RuleSettings
from crawler.models import Finding, Verdict
from crawler.rules import verdict_from

AvailabilityVerdict = Literal["pass", "fail", "insufficient"]


def availability_window(now: datetime, days: int) -> tuple[datetime, datetime]:
    """[start, end) of the availability rule at `now`: the `days` x 24 whole UTC hours
    before the hour `now` is in."""
    end = now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    return end - timedelta(days=days), end


def judge_availability(
    visits: int, failures: int, *, min_visits: int, max_failure_ratio: float
) -> AvailabilityVerdict:
    if visits < min_visits or visits <= 0:
        return "insufficient"
    return "fail" if failures / visits >= max_failure_ratio else "pass"


def availability_finding(visits: int, failures: int, rules: RuleSettings) -> Finding | None:
    """The `availability` veto when the daemon's probes fail the rule, else None."""
    verdict = judge_availability(
        visits,
        failures,
        min_visits=rules.availability_min_visits,
        max_failure_ratio=rules.availability_max_failure_ratio,
    )
    if verdict != "fail":
        return None
    ratio = failures / visits
    return Finding(
        "availability",
        f"failed {failures} of {visits} visits over the last {rules.availability_window_days}"
        f" days ({ratio:.1%}, limit {rules.availability_max_failure_ratio:.0%})",
        count=failures,
        veto=True,
        data={
            "visits": visits,
            "failures": failures,
            "ratio": round(ratio, 4),
            "window_days": rules.availability_window_days,
            "limit_ratio": f"{rules.availability_max_failure_ratio:.0%}",
        },
    )


def with_availability(verdict: Verdict, finding: Finding, rules: RuleSettings) -> Verdict:
    """A scan's verdict with the availability veto added (status unreachable)."""
    return verdict_from(
        [*verdict.findings, finding], rules, verdict.last_updated, verdict.last_updated_source
    )
