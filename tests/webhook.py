"""A webhook receiver on 127.0.0.1 for alert tests (Apprise's json:// posts to it)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

FAST = "cto=0.2&rto=0.5"  # Apprise's per-URL connect and read timeouts, in seconds


@dataclass
class Receiver:
    """A webhook endpoint: records each POSTed JSON body, answers `status`."""

    status: int = 200
    delay: float = 0.0
    posts: list[dict[str, Any]] = field(default_factory=list)

    async def hook(self, request: web.Request) -> web.Response:
        self.posts.append(await request.json())
        if self.delay:
            await asyncio.sleep(self.delay)
        return web.Response(status=self.status)


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Apprise posts with requests, which honours proxy variables: keep 127.0.0.1 direct."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
async def receiver(no_proxy: None) -> AsyncIterator[tuple[Receiver, str]]:
    """(receiver, its Apprise URL); proxies off so Apprise posts straight to it."""
    hook = Receiver()
    app = web.Application()
    app.router.add_post("/hook", hook.hook)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield hook, f"json://127.0.0.1:{port}/hook?{FAST}"
    finally:
        await runner.cleanup()
