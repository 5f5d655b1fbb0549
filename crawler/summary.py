"""The end-of-scan summary: counts per status and the worst sites. Pure formatting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crawler.models import STATUSES
from crawler.scan import ScanOutcome


def format_summary(
    outcome: ScanOutcome, worst: Sequence[dict[str, Any]], problems: Sequence[str] = ()
) -> str:
    total = sum(outcome.counts.values())
    lines = []
    how = "resumed, " if outcome.resumed else ""
    rate = outcome.checked / outcome.seconds if outcome.seconds > 0 else 0.0
    lines.append(
        f"Scan {outcome.scan_id} ({how}{outcome.checked:,} sites checked in "
        f"{outcome.seconds:,.1f} s, {rate:,.0f}/s)"
    )
    lines.append("")
    width = max(len(s) for s in STATUSES)
    for status in STATUSES:
        number = outcome.counts.get(status, 0)
        share = number / total if total else 0.0
        lines.append(f"  {status:<{width}}  {number:>8,}  {share:6.1%}")
    lines.append(f"  {'total':<{width}}  {total:>8,}")
    if worst:
        lines.append("")
        lines.append("Worst sites:")
        for row in worst:
            label = f" ({row['name']})" if row["name"] else ""
            group = f" [{row['site_group']}]" if row["site_group"] else ""
            lines.append(f"  {row['status']:<{width}}  {row['url']}{label}{group}")
            for reason in row["reasons"][:3]:
                lines.append(f"  {'':<{width}}    - {reason}")
    if problems:
        lines.append("")
        lines.append(f"{len(problems)} site list row(s) skipped (see the messages above).")
    return "\n".join(lines) + "\n"
