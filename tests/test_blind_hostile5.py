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

        async def both() -> None:
            _OUTCOMES["full"], _OUTCOMES["home"] = await asyncio.gather(
                bh.scan(str(tmp / "full.db"), "full"), bh.scan(str(tmp / "home.db"), "home"))

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
