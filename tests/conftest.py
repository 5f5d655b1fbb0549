from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crawler.clock import OFFSET_VARIABLE
from crawler.config import Config, config_from_mapping
from tests.farm import Farm, closed_port

# The suite's pages are dated for the week it was written (the farm's healthy homepage's
# newest item: 2026-11-20). Scans in other processes (shards, the CLI, the daemon) judge
# them by the real clock (`crawler.clock.utc_now`): once that is past this week, shift it
# back for every process the suite starts, or healthy pages turn stale with the calendar.
_WRITTEN = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
if datetime.now(UTC) > _WRITTEN + timedelta(hours=12):
    os.environ.setdefault(OFFSET_VARIABLE, str((_WRITTEN - datetime.now(UTC)).total_seconds()))

FAST_CRAWLER = {
    "timeout": 0.5,
    "retries": 1,
    "backoff": 0.01,
    "max_page_bytes": 65_536,
    "respect_robots": False,
    "parse_workers": 0,
    # Link checks add requests to every farm site; the tests that want them say so.
    "max_links_per_site": 0,
}


@pytest.fixture
async def farm() -> AsyncIterator[tuple[Farm, int]]:
    """The virtual-site farm on a real socket: (farm, port)."""
    farm = Farm()
    runner = web.AppRunner(farm.app(), handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield farm, port
    finally:
        await runner.cleanup()


def farm_mapping(port: int, tmp_path: Path, **sections: dict[str, Any]) -> dict[str, Any]:
    """A config table for the farm: fast timeouts, no system DNS."""
    crawler = {**FAST_CRAWLER, **sections.pop("crawler", {})}
    data: dict[str, Any] = {
        "crawler": crawler,
        "network": {
            "resolve": {"*.farm.test": f"127.0.0.1:{port}", "refused.test": f"127.0.0.1:{closed_port()}"},
            "system_dns": False,
            **sections.pop("network", {}),
        },
        "storage": {"path": str(tmp_path / "health.db"), **sections.pop("storage", {})},
        # Probes wait the rule's time (the inspectors' 15 s), here the farm's short one.
        "rules": {
            "slow_ms": 150,
            "availability_timeout_seconds": crawler["timeout"],
            **sections.pop("rules", {}),
        },
    }
    data.update(sections)
    return data


@pytest.fixture
def make_config(tmp_path: Path) -> Callable[..., Config]:
    def build(port: int, **sections: dict[str, Any]) -> Config:
        return config_from_mapping(farm_mapping(port, tmp_path, **sections), tmp_path / "test.toml")

    return build


from tests.webhook import no_proxy, receiver  # noqa: E402,F401  (fixtures for alert tests)
