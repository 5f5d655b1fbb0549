"""Sites that stall give their place in the scan to the next site.

`[crawler] concurrency` bounds the sites a scan works on at once: their pages, trees
and results are what fill memory and the CPU. A dead site (an address behind a
firewall that drops packets, a server that accepts and never answers) would hold its
place for the visit's whole `timeout`, once per attempt: with 5% of a census dead,
most places wait on them and the scan runs at a fraction of its speed while the CPU
idles. So a site whose homepage has not been read within `stall_after` seconds leaves
its place to the next site and goes on beside the others, up to `max_stalled` sites
at once: waiting costs a socket and a coroutine, not a page. A site whose homepage
has been read keeps its place to the end (its column pages are what cost memory),
and so does one that stalls while `max_stalled` sites already wait.

`StallPool.run` is what a scan's worker awaits for each site; leaving the pool's
`async with` waits for the stalled sites to finish (or, on an error or cancellation,
cancels them). A stalled site's error is raised by the next `run` (or at the end).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from types import TracebackType

log = logging.getLogger(__name__)

# One site's work, given the callback to call once its homepage has been read.
Job = Callable[[Callable[[], None]], Awaitable[None]]


class _HomeRead:
    __slots__ = ("done",)

    def __init__(self) -> None:
        self.done = False

    def __call__(self) -> None:
        self.done = True


def _nothing() -> None:
    pass


class StallPool:
    """The sites that left their place stalled, still running (see the module)."""

    def __init__(self, stall_after: float, max_stalled: int) -> None:
        self.stall_after = stall_after
        self.max_stalled = max_stalled
        self.stalled: set[asyncio.Task[None]] = set()
        self.most = 0  # the most sites stalled at once (for the log)
        self._failure: BaseException | None = None

    @property
    def enabled(self) -> bool:
        return self.stall_after > 0 and self.max_stalled > 0

    async def run(self, job: Job) -> None:
        """Run one site's `job` to its end, or until it stalls (then it goes on here)."""
        if self._failure is not None:
            raise self._failure
        if not self.enabled:
            await job(_nothing)
            return
        home = _HomeRead()
        task = asyncio.ensure_future(job(home))
        try:
            done, _ = await asyncio.wait((task,), timeout=self.stall_after)
        except BaseException:  # cancelled: asyncio.wait leaves its tasks running
            task.cancel()
            raise
        if done:
            task.result()  # its error, if any
            return
        if home.done or len(self.stalled) >= self.max_stalled:
            await task
            return
        self.stalled.add(task)
        self.most = max(self.most, len(self.stalled))
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self.stalled.discard(task)
        if not task.cancelled() and task.exception() is not None and self._failure is None:
            self._failure = task.exception()

    async def __aenter__(self) -> StallPool:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                while self.stalled and self._failure is None:
                    await asyncio.wait(set(self.stalled))
                # (Also one that failed after the last `run`, with none left waiting.)
                if self._failure is not None:
                    raise self._failure
        finally:
            if self.most:
                full = self.most >= self.max_stalled
                log.info(
                    "up to %d stalled sites waited at once%s",
                    self.most,
                    " (all of max_stalled: more would have waited)" if full else "",
                )
            left = list(self.stalled)
            for task in left:
                task.cancel()
            if left:
                await asyncio.gather(*left, return_exceptions=True)
