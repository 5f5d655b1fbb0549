"""The inspectors' availability rule, as a pure function of visit counts.

A site that fails 5% or more of its visits over a week is unreachable (国办 rules);
with fewer than `min_visits` visits in the window there is no verdict, because a
nightly scan alone (7 visits a week) cannot support one.
"""

from __future__ import annotations

from typing import Literal

Verdict = Literal["pass", "fail", "insufficient"]


def judge_availability(
    visits: int, failures: int, *, min_visits: int, max_failure_ratio: float
) -> Verdict:
    if visits < min_visits or visits <= 0:
        return "insufficient"
    return "fail" if failures / visits >= max_failure_ratio else "pass"
