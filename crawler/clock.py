"""The real clock, one function object for the whole package.

Scans compare their `clock` argument with it (`clock is utc_now`) to know whether they
may run in shard processes: a test's fixed clock cannot cross a process boundary, the
real one can. A second, equal function elsewhere (the daemon had one) silently kept
every nightly scan of the daemon in one process.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
