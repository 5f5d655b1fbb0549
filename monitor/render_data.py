"""The report as data: JSON (everything) and CSV (one row per site). Pure functions.

Both are language-independent and uncapped: every site and every row, keys and codes in
English, times in ISO 8601 UTC ("2026-11-25T01:00:00Z"), rates as fractions rounded to
four places. The JSON's computed lists (changes, needs action, closure candidates) name
sites by url; the full site objects are in "sites", in needs-action order.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from crawler.export import spreadsheet_safe
from monitor.model import (
    Availability,
    FindingCount,
    GroupRow,
    Headline,
    Reason,
    Report,
    ScanRef,
    SiteRow,
    TrendPoint,
    UnfinishedScan,
)

SCHEMA_VERSION = 1

CSV_HEADER: tuple[str, ...] = (
    "group",
    "name",
    "url",
    "status",
    "passed",
    "score",
    "change",
    "previous_status",
    "days_in_state",
    "status_since",
    "closure_candidate",
    "dead_since",
    "main_finding",
    "reasons",
    "checked_at",
    "final_url",
)


def iso_utc(moment: datetime | None) -> str | None:
    """2026-11-25T01:00:00Z; a naive datetime is taken to be UTC already."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    spec = "microseconds" if moment.microsecond else "seconds"
    return moment.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _plain(value: object) -> Any:
    """`json.dumps(default=...)`: finding data may hold times, sets or read-only mappings."""
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    return str(value)


def _scan(scan: ScanRef | None) -> dict[str, Any] | None:
    if scan is None:
        return None
    return {
        "id": scan.id,
        "started_at": iso_utc(scan.started_at),
        "finished_at": iso_utc(scan.finished_at),
        "depth": scan.depth,
        "sites": scan.sites,
    }


def _reason(reason: Reason) -> dict[str, Any]:
    return {
        "code": reason.code,
        "detail": reason.detail,
        "count": reason.count,
        "veto": reason.veto,
        "data": dict(reason.data),
    }


def site_object(site: SiteRow) -> dict[str, Any]:
    """Every SiteRow field, plus "needs_action"; times as ISO 8601 UTC."""
    return {
        "url": site.url,
        "name": site.name,
        "group": site.group,
        "status": site.status,
        "passed": site.passed,
        "needs_action": site.needs_action,
        "score": site.score,
        "checked_at": iso_utc(site.checked_at),
        "title": site.title,
        "final_url": site.final_url,
        "reasons": [_reason(r) for r in site.reasons],
        "status_since": iso_utc(site.status_since),
        "days_in_state": site.days_in_state,
        "dead_since": iso_utc(site.dead_since),
        "previous_status": site.previous_status,
        "previous_passed": site.previous_passed,
        "change": site.change,
        "closure_candidate": site.closure_candidate,
    }


def _headline(head: Headline) -> dict[str, Any]:
    return {
        "checked": head.checked,
        "passed": head.passed,
        "pass_rate": _rate(head.pass_rate),
        "change_since_previous": _rate(head.change_since_previous),
        "change_over_30_days": _rate(head.change_over_30_days),
        "previous_scan": _scan(head.previous_scan),
        "month_ago_scan": _scan(head.month_ago_scan),
        "counts": dict(head.counts),
    }


def _group(group: GroupRow) -> dict[str, Any]:
    return {
        "group": group.group,
        "sites": group.sites,
        "passed": group.passed,
        "pass_rate": _rate(group.pass_rate),
        "counts": dict(group.counts),
        "worst_finding": group.worst_finding,
        "worst_finding_sites": group.worst_finding_sites,
        "trend": [_rate(r) for r in group.trend],
    }


def _finding(finding: FindingCount) -> dict[str, Any]:
    return {
        "code": finding.code,
        "sites": finding.sites,
        "total": finding.total,
        "vetoes": finding.vetoes,
    }


def _availability(avail: Availability) -> dict[str, Any]:
    return {
        "source": avail.source,
        "window_start": iso_utc(avail.window_start),
        "window_end": iso_utc(avail.window_end),
        "min_visits": avail.min_visits,
        "max_failure_ratio": _rate(avail.max_failure_ratio),
        "passing": avail.passing,
        "failing": avail.failing,
        "insufficient": avail.insufficient,
        "rows": [
            {
                "url": r.url,
                "name": r.name,
                "group": r.group,
                "visits": r.visits,
                "failures": r.failures,
                "ratio": _rate(r.ratio),
                "verdict": r.verdict,
            }
            for r in avail.rows
        ],
    }


def _trend(point: TrendPoint) -> dict[str, Any]:
    return {
        "scan_id": point.scan_id,
        "at": iso_utc(point.at),
        "checked": point.checked,
        "passed": point.passed,
        "pass_rate": _rate(point.pass_rate),
        "counts": dict(point.counts),
    }


def _unfinished(scan: UnfinishedScan | None) -> dict[str, Any] | None:
    if scan is None:
        return None
    return {
        "id": scan.id,
        "started_at": iso_utc(scan.started_at),
        "depth": scan.depth,
        "done": scan.done,
        "total": scan.total,
    }


def report_object(report: Report) -> dict[str, Any]:
    """The whole report as JSON-ready values (what `format_json` dumps)."""

    def urls(sites: tuple[SiteRow, ...]) -> list[str]:
        return [s.url for s in sites]

    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": iso_utc(report.generated_at),
        "scan": _scan(report.scan),
        "baseline": _scan(report.baseline),
        "unfinished_scan": _unfinished(report.unfinished),
        "group": report.group_filter,
        "closure_after_days": report.closure_after_days,
        "headline": _headline(report.headline),
        "changes": {
            "newly_failed": urls(report.newly_failed),
            "worsened": urls(report.worsened),
            "recovered": urls(report.recovered),
        },
        "needs_action": urls(report.needs_action),
        "closure_candidates": urls(report.closure_candidates),
        "groups": [_group(g) for g in report.groups],
        "findings": [_finding(f) for f in report.findings],
        "availability": _availability(report.availability),
        "trends": [_trend(t) for t in report.trends],
        "sites": [site_object(s) for s in report.sites],
    }


def format_json(report: Report) -> str:
    """Every site and row; UTF-8 text (not \\u escapes), compact: at 84,094 sites an
    indented document is twice the size for tools that do not need it (`jq .` pretties)."""
    text = json.dumps(
        report_object(report), ensure_ascii=False, separators=(",", ":"), default=_plain
    )
    return text + "\n"


# C0 and C1 control characters but tab and line breaks: NUL ends a cell in many CSV
# readers, an escape sequence is nothing a spreadsheet can show.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _no_controls(text: str) -> str:
    # isprintable() in C first: 84,094 rows of clean cells skip the regex.
    return text if text.isprintable() else _CONTROLS.sub("", text)


def _bool(value: bool) -> str:
    return "true" if value else "false"


def format_csv(report: Report) -> str:
    """One row per site in needs-action order; reasons as "code: detail | code: detail"."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for s in report.sites:
        main = s.main_reason
        reasons = " | ".join(f"{r.code}: {r.detail}" if r.detail else r.code for r in s.reasons)
        text = {
            "group": s.group,
            "name": s.name,
            "url": s.url,
            "status": s.status,
            "change": s.change or "",
            "previous_status": s.previous_status or "",
            "main_finding": main.code if main else "",
            "reasons": reasons,
            "final_url": s.final_url or "",
        }
        row = {key: spreadsheet_safe(_no_controls(value)) for key, value in text.items()}
        row |= {
            "passed": _bool(s.passed),
            "score": str(s.score),
            "days_in_state": "" if s.days_in_state is None else str(s.days_in_state),
            "status_since": iso_utc(s.status_since) or "",
            "closure_candidate": _bool(s.closure_candidate),
            "dead_since": iso_utc(s.dead_since) or "",
            "checked_at": iso_utc(s.checked_at) or "",
        }
        writer.writerow([row[column] for column in CSV_HEADER])
    return out.getvalue()
