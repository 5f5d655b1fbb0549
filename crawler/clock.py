"""The real clock, one function object for the whole package.

Scans compare their `clock` argument with it (`clock is utc_now`) to know whether they
may run in shard processes: a test's fixed clock cannot cross a process boundary, the
real one can. A second, equal function elsewhere (the daemon had one) silently kept
every nightly scan of the daemon in one process.

`CRAWLER_CLOCK_OFFSET_SECONDS` in the environment shifts this clock, in this process
and in every process it starts (shards, the daemon's scans): to judge a saved farm of
pages as of the day it was written. The test suite sets it so that its scans in other
processes keep judging its pages as of the week they were written, whatever the day
the suite runs.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

from crawler.errors import ConfigError

OFFSET_VARIABLE = "CRAWLER_CLOCK_OFFSET_SECONDS"


def utc_now() -> datetime:
    now = datetime.now(UTC)
    offset = os.environ.get(OFFSET_VARIABLE)
    return now + timedelta(seconds=_seconds(offset)) if offset else now


def _seconds(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ConfigError(
            f"environment variable {OFFSET_VARIABLE}={value!r} is not a number of seconds"
        ) from None
