"""Scan progress: a live bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from crawler.models import SiteResult


class _Counter:
    def __init__(self) -> None:
        self.total = 0
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._counted = 0

    def start(self, total: int, already_done: int) -> None:
        self.total = total
        self.done = already_done
        self.started = time.monotonic()
        self._counted = 0

    def count(self, result: SiteResult) -> None:
        self.done += 1
        self._counted += 1
        if result.verdict.status == "unreachable":
            self.failed += 1

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self._counted / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        return (
            f"{self.done:,}/{self.total:,} sites, {self.rate():,.0f}/s, {self.failed:,} unreachable"
        )


class BarProgress(_Counter):
    """A one-line bar redrawn at most ten times a second."""

    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        super().__init__()
        self.stream = stream
        self.width = width
        self._drawn = 0.0

    def update(self, result: SiteResult) -> None:
        self.count(result)
        now = time.monotonic()
        if now - self._drawn >= 0.1 or self.done == self.total:
            self._drawn = now
            self._draw()

    def _draw(self) -> None:
        share = self.done / self.total if self.total else 1.0
        filled = int(share * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {share:4.0%} {self.line()}\x1b[K")
        self.stream.flush()

    def finish(self) -> None:
        self._draw()
        self.stream.write("\n")
        self.stream.flush()


class LogProgress(_Counter):
    """A plain line every `every` seconds, for logs and pipes."""

    def __init__(self, stream: TextIO = sys.stderr, every: float = 5.0) -> None:
        super().__init__()
        self.stream = stream
        self.every = every
        self._logged = time.monotonic()

    def start(self, total: int, already_done: int) -> None:
        super().start(total, already_done)
        resumed = f" ({already_done:,} already done)" if already_done else ""
        self.stream.write(f"scan: {total:,} sites{resumed}\n")
        self.stream.flush()

    def update(self, result: SiteResult) -> None:
        self.count(result)
        if time.monotonic() - self._logged >= self.every:
            self._logged = time.monotonic()
            self.stream.write(f"scan: {self.line()}\n")
            self.stream.flush()

    def finish(self) -> None:
        self.stream.write(f"scan: {self.line()}\n")
        self.stream.flush()


def progress_for(stream: TextIO) -> BarProgress | LogProgress:
    return BarProgress(stream) if stream.isatty() else LogProgress(stream)
