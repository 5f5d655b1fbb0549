"""The inspectors' availability rule, as a pure function of visit counts.

A site that fails 5% or more of its visits over a week is unreachable (国办 rules);
with fewer than `min_visits` visits in the window there is no verdict, because a
nightly scan alone (7 visits a week) cannot support one.
"""

from __future__ import annotations

from typing import Literal

from crawler.config import RuleSettings
from crawler.models import Finding, Verdict
from crawler.rules import verdict_from

AvailabilityVerdict = Literal["pass", "fail", "insufficient"]


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
