"""Verdict rules: observations + settings + now -> `Verdict`. Pure: no I/O, no clock.

Each rule returns findings; the status is the most severe one any finding implies
(unreachable > hijacked > zombie > stale > healthy), `passed` is false when any
finding is a veto item, and the score starts at 100 and loses each finding's
deduction (a veto makes it 0).
"""

from __future__ import annotations

from datetime import datetime

from crawler.config import RuleSettings
from crawler.models import STATUSES, FetchRecord, Finding, PageObservations, Status, Verdict

# Which status a finding code puts a site in; codes not listed leave it healthy.
STATUS_OF_FINDING: dict[str, Status] = {
    "unreachable": "unreachable",
}

# Fetch failures that mean "the homepage cannot be had" whatever the status code.
_UNREACHABLE_KINDS = frozenset(
    {"dns", "connect", "timeout", "tls", "http_5xx", "redirect_loop", "invalid_url"}
)
_KIND_WORDS = {
    "dns": "the host name does not resolve",
    "connect": "no connection",
    "timeout": "no answer in time",
    "tls": "TLS/certificate failure",
    "http_4xx": "client error status",
    "http_5xx": "server error",
    "redirect_loop": "redirect loop",
    "invalid_url": "invalid URL",
}


def availability_findings(fetch: FetchRecord, rules: RuleSettings) -> list[Finding]:
    kind = fetch.error_kind
    status = fetch.http_status
    if kind in _UNREACHABLE_KINDS or (
        kind == "http_4xx" and status is not None and status in rules.unreachable_statuses
    ):
        assert kind is not None
        tries = f" after {fetch.attempts} attempts" if fetch.attempts > 1 else ""
        detail = f"homepage unreachable{tries}: {_KIND_WORDS[kind]} ({fetch.error_detail})"
        return [Finding("unreachable", detail, veto=True, data={"kind": kind})]
    findings = []
    if kind == "http_4xx":
        findings.append(
            Finding("http_error", f"homepage answers HTTP {status}", data={"http_status": status})
        )
    if fetch.tls_error:
        findings.append(Finding("tls_error", f"homepage served with an {fetch.tls_error}"))
    if kind == "too_large":
        findings.append(Finding("too_large", f"homepage {fetch.error_detail}"))
    if fetch.response_ms is not None and fetch.response_ms > rules.slow_ms:
        findings.append(
            Finding(
                "slow",
                f"homepage took {fetch.response_ms:,} ms (limit {rules.slow_ms:,} ms)",
                data={"response_ms": fetch.response_ms, "limit_ms": rules.slow_ms},
            )
        )
    return findings


def evaluate(
    fetch: FetchRecord,
    page: PageObservations | None,
    rules: RuleSettings,
    now: datetime,
) -> Verdict:
    """Judge one site from what was observed of it."""
    del page, now  # used by the freshness and hijack rules
    findings = availability_findings(fetch, rules)
    return verdict_from(findings, rules)


def verdict_from(
    findings: list[Finding], rules: RuleSettings, last_updated: datetime | None = None
) -> Verdict:
    implied = {STATUS_OF_FINDING[f.code] for f in findings if f.code in STATUS_OF_FINDING}
    status: Status = next((s for s in STATUSES if s in implied), "healthy")
    passed = not any(f.veto for f in findings)
    if passed:
        lost = sum(rules.deductions.get(f.code, 0) for f in findings)
        score = max(0, min(100, 100 - lost))
    else:
        score = 0
    return Verdict(status, tuple(findings), score, passed, last_updated)
