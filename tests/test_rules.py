"""Verdict rules: pure functions of FetchRecord + PageObservations + settings + now."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler import rules as rules_module
from crawler.config import RuleSettings
from crawler.models import STATUSES, FetchRecord, Finding, PageObservations, Verdict
from crawler.rules import evaluate_fetch, verdict_from

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
URL = "http://www.example.gov.cn/"
DEFAULT_RULES = RuleSettings()


def healthy_fetch(**changes: object) -> FetchRecord:
    values: dict[str, object] = {
        "url": URL,
        "final_url": URL,
        "http_status": 200,
        "response_ms": 120,
        "body_bytes": 2048,
        "content_type": "text/html",
    }
    values.update(changes)
    return FetchRecord(**values)  # type: ignore[arg-type]


def failed_fetch(kind: str, status: int | None = None, **changes: object) -> FetchRecord:
    values: dict[str, object] = {
        "url": URL,
        "http_status": status,
        "response_ms": 40,
        "error_kind": kind,
        "error_detail": f"{kind} detail",
    }
    values.update(changes)
    return FetchRecord(**values)  # type: ignore[arg-type]


# A homepage with an item from today: the freshness rules have nothing to say about it.
FRESH_HOME = PageObservations(
    title="示例县人民政府", list_items=1, dated_items=1, newest_item=NOW.date()
)


def judge(fetch: FetchRecord, rules: RuleSettings = DEFAULT_RULES) -> Verdict:
    return evaluate_fetch(fetch, FRESH_HOME, rules, NOW)


def codes(verdict: Verdict) -> list[str]:
    return [f.code for f in verdict.findings]


def test_healthy_fetch_is_healthy_with_full_score() -> None:
    verdict = judge(healthy_fetch())
    assert verdict.status == "healthy"
    assert verdict.passed is True
    assert verdict.score == 100
    assert verdict.findings == ()


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("dns", None),
        ("connect", None),
        ("timeout", None),
        ("tls", None),
        ("http_5xx", 500),
        ("http_5xx", 503),
        ("redirect_loop", 302),
        ("invalid_url", None),
    ],
)
def test_unreachable_kinds(kind: str, status: int | None) -> None:
    verdict = judge(failed_fetch(kind, status))
    assert verdict.status == "unreachable"
    assert verdict.passed is False
    assert verdict.score == 0
    assert codes(verdict) == ["unreachable"]
    finding = verdict.findings[0]
    assert finding.veto is True
    assert finding.data["kind"] == kind and "attempts" not in finding.data  # one attempt
    assert finding.data.get("http_status") == status
    assert f"{kind} detail" in finding.detail


def test_unreachable_detail_mentions_attempts() -> None:
    verdict = judge(failed_fetch("timeout", attempts=3))
    assert "after 3 attempts" in verdict.findings[0].detail
    single = judge(failed_fetch("timeout", attempts=1))
    assert "attempts" not in single.findings[0].detail


@pytest.mark.parametrize("status", [404, 410])
def test_missing_homepage_is_unreachable(status: int) -> None:
    verdict = judge(failed_fetch("http_4xx", status))
    assert verdict.status == "unreachable"
    assert verdict.passed is False
    assert verdict.score == 0
    assert codes(verdict) == ["unreachable"]
    assert verdict.findings[0].data == {"kind": "http_4xx", "http_status": status}


@pytest.mark.parametrize("status", [403, 401, 429])
def test_other_client_errors_are_findings_not_unreachable(status: int) -> None:
    verdict = judge(failed_fetch("http_4xx", status))
    assert verdict.status == "healthy"
    assert verdict.passed is True
    assert verdict.score == 90  # default http_error deduction is 10
    assert codes(verdict) == ["http_error"]
    assert verdict.findings[0].data == {"http_status": status}
    assert verdict.findings[0].veto is False


def test_unreachable_statuses_override_makes_403_unreachable() -> None:
    rules = RuleSettings(unreachable_statuses=(403,))
    verdict = judge(failed_fetch("http_4xx", 403), rules)
    assert verdict.status == "unreachable"
    assert verdict.passed is False
    assert verdict.score == 0
    # ...and the override replaces the default list: 404 is now only an http_error.
    assert judge(failed_fetch("http_4xx", 404), rules).status == "healthy"


def test_slow_response_is_a_finding() -> None:
    verdict = judge(healthy_fetch(response_ms=3500))
    assert verdict.status == "healthy"
    assert verdict.passed is True
    assert verdict.score == 95
    assert codes(verdict) == ["slow"]
    assert verdict.findings[0].data == {"response_ms": 3500, "limit_ms": 3000}


def test_slow_threshold_is_exclusive_and_configurable() -> None:
    assert codes(judge(healthy_fetch(response_ms=3000))) == []
    assert codes(judge(healthy_fetch(response_ms=3001))) == ["slow"]
    strict = RuleSettings(slow_ms=100)
    assert codes(judge(healthy_fetch(response_ms=150), strict)) == ["slow"]


def test_too_large_page_is_healthy_with_a_finding() -> None:
    fetch = healthy_fetch(
        error_kind="too_large",
        error_detail="body larger than 5000000 bytes; cut there",
        truncated=True,
        body_bytes=5_000_000,
    )
    verdict = judge(fetch)
    assert verdict.status == "healthy"
    assert verdict.passed is True
    assert verdict.score == 95
    assert codes(verdict) == ["too_large"]
    assert "5000000" in verdict.findings[0].detail


def test_tls_fault_on_a_reachable_page_is_a_finding() -> None:
    fetch = healthy_fetch(tls_error="certificate issuer unknown (incomplete chain or private CA)")
    verdict = judge(fetch)
    assert verdict.status == "healthy"
    assert verdict.passed is True
    assert verdict.score == 90
    assert codes(verdict) == ["tls_error"]
    assert "issuer unknown" in verdict.findings[0].detail


def test_deductions_add_up_and_are_configurable() -> None:
    fetch = healthy_fetch(error_kind="too_large", error_detail="cut", response_ms=4000)
    assert judge(fetch).score == 90  # 5 + 5
    custom = RuleSettings(deductions={"slow": 30, "too_large": 80})
    assert judge(fetch, custom).score == 0  # floored at 0
    assert judge(healthy_fetch(response_ms=4000), RuleSettings(deductions={})).score == 100


def test_unreachable_slow_fetch_reports_only_unreachable() -> None:
    verdict = judge(failed_fetch("timeout", response_ms=15_000))
    assert codes(verdict) == ["unreachable"]
    assert verdict.score == 0


# --- verdict_from ---------------------------------------------------------------


def test_verdict_from_nothing_is_healthy() -> None:
    verdict = verdict_from([], DEFAULT_RULES)
    assert (verdict.status, verdict.passed, verdict.score) == ("healthy", True, 100)


@pytest.mark.parametrize("order", [1, -1])
def test_verdict_from_unreachable_wins_in_any_order(order: int) -> None:
    findings = [
        Finding("slow", "slow"),
        Finding("unreachable", "down", veto=True, data={"kind": "timeout"}),
        Finding("too_large", "big"),
    ][::order]
    verdict = verdict_from(findings, DEFAULT_RULES)
    assert verdict.status == "unreachable"
    assert verdict.passed is False
    assert verdict.score == 0
    assert list(verdict.findings) == findings  # kept as given


def test_verdict_from_picks_the_most_severe_status(monkeypatch: pytest.MonkeyPatch) -> None:
    # Register a finding code for every status, then check each pairing.
    for status in STATUSES:
        monkeypatch.setitem(rules_module.STATUS_OF_FINDING, f"test_{status}", status)
    for i, worse in enumerate(STATUSES):
        for better in STATUSES[i:]:
            for pair in ([worse, better], [better, worse]):
                findings = [Finding(f"test_{s}", s) for s in pair]
                assert verdict_from(findings, DEFAULT_RULES).status == worse, pair


def test_verdict_from_veto_without_status_fails_but_keeps_status(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(rules_module.STATUS_OF_FINDING, "test_stale", "stale")
    findings = [Finding("test_stale", "old"), Finding("test_veto", "bad", veto=True)]
    verdict = verdict_from(findings, DEFAULT_RULES)
    assert verdict.status == "stale"
    assert verdict.passed is False
    assert verdict.score == 0


def test_verdict_from_passes_last_updated_through() -> None:
    when = datetime(2026, 11, 20, tzinfo=UTC)
    assert verdict_from([], DEFAULT_RULES, last_updated=when).last_updated == when


def test_evaluate_is_pure() -> None:
    fetch = failed_fetch("http_4xx", 403, response_ms=5000)
    first = judge(fetch)
    assert judge(fetch) == first
    assert evaluate_fetch(fetch, FRESH_HOME, DEFAULT_RULES, NOW) == first
