"""Blind hostile servers, round 5: every case scanned on a raw listener, held to its truth.

The pages, servers and truth are in tests/blind_hostile5.py (written before any scan).
One scan per depth (`full`, `home`) of all cases at once: the other sites of a scan must
come out right whatever the hostile ones do, within the visit's time limit.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests import blind_hostile5 as bh

# Cases whose truth the crawler does not meet yet: case -> the gap.
GAPS: dict[tuple[str, str], str] = {}

_OUTCOMES: dict[str, bh.Outcome] = {}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bh.Outcome]:
    if not _OUTCOMES:
        tmp: Path = tmp_path_factory.mktemp("hostile5")

        async def both() -> None:  # one after the other: the hanging cases' time limits are short
            _OUTCOMES["full"] = await bh.scan(str(tmp / "full.db"), "full")
            _OUTCOMES["home"] = await bh.scan(str(tmp / "home.db"), "home")

        asyncio.run(both())
    return _OUTCOMES


def _params() -> list[object]:
    out: list[object] = []
    for depth in ("full", "home"):
        for case in bh.CASES:
            gap = GAPS.get((case.case, depth))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            out.append(pytest.param(depth, case.case, marks=marks, id=f"{depth}-{case.case}"))
    return out


@pytest.mark.parametrize(("depth", "name"), _params())
def test_blind_hostile5(outcomes: dict[str, bh.Outcome], depth: str, name: str) -> None:
    case = bh.CASE_BY_NAME[name]
    assert bh.mismatches(case, outcomes[depth], depth) == []


def test_the_scans_end_in_bounded_time(outcomes: dict[str, bh.Outcome]) -> None:
    # Every hanging case waits out its visits in parallel: the scan is as long as the
    # longest of them (two visits and a column page's visit), not their sum.
    for out in outcomes.values():
        assert out.seconds < max(c.max_seconds for c in bh.CASES) + 2.0, out.seconds


def test_sinkhole_and_redirect_targets_are_never_fetched(outcomes: dict[str, bh.Outcome]) -> None:
    for out in outcomes.values():
        assert "sinkhole" not in out.requests        # 0.0.0.0 by name
        assert "0" not in out.requests               # 0.0.0.0 as a literal (Host: 0.0.0.0:port)
        assert "www" not in out.requests             # a Location without a scheme is a path


async def test_a_dns_answer_of_0_0_0_0_is_no_address() -> None:
    """A sinkhole's answer from DNS (not the resolve map) is dropped; alone, the name
    does not resolve. (The blind scan covers the resolve map and the IP literal.)"""
    import socket

    from aiohttp.abc import AbstractResolver, ResolveResult

    from crawler.resolver import HostMap, StaticResolver

    def entry(address: str) -> ResolveResult:
        return {"hostname": "x", "host": address, "port": 80, "family": socket.AF_INET, "proto": 0, "flags": 0}

    class FakeDNS(AbstractResolver):
        def __init__(self, answers: dict[str, list[str]]) -> None:
            self.answers = answers

        async def resolve(self, host: str, port: int = 0,
                          family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
            return [entry(a) for a in self.answers[host]]

        async def close(self) -> None:
            return None

    resolver = StaticResolver(HostMap({}), system_dns=True)
    resolver._dns = FakeDNS({"blocked.example": ["0.0.0.0"], "mixed.example": ["0.0.0.0", "127.0.0.1"],
                             "v6.example": ["::"]})
    assert [a["host"] for a in await resolver.resolve("mixed.example", 80)] == ["127.0.0.1"]
    for name in ("blocked.example", "v6.example"):
        with pytest.raises(OSError, match="sinkhole"):
            await resolver.resolve(name, 80)


@pytest.mark.parametrize(("host", "valid"), [
    ("0.0.0.0", False), ("0.1.2.3", False), ("[::]", False), ("[::ffff:0.0.0.0]", False),
    ("127.0.0.1", True), ("[::1]", True), ("10.1.2.3", True), ("0day.example.gov.cn", True),
])
def test_the_unspecified_address_is_no_valid_host(host: str, valid: bool) -> None:
    from crawler.domains import is_valid_host

    assert is_valid_host(host) is valid


@pytest.mark.parametrize(("kind", "status", "detail", "said"), [
    ("timeout", 302, "no complete answer within the time limit", "no complete answer within the time limit"),
    ("connect", 301, "server closed the connection", "server closed the connection"),
    ("http_5xx", 503, "HTTP 503 Service Unavailable", "HTTP 503"),
    (None, 429, "", "HTTP 429"),
])
def test_an_unreachable_robots_txt_says_why(kind: str | None, status: int, detail: str, said: str) -> None:
    """A robots.txt that timed out after a redirect was reported as 'unreachable (HTTP 302)'."""
    from crawler.models import FetchRecord
    from crawler.robots import policy_for

    record = FetchRecord("http://x.hostile5.test/robots.txt", http_status=status, error_kind=kind,
                         error_detail=detail)
    assert policy_for(record, "site-health", "x.hostile5.test").blocked == said
