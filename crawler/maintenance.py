"""Maintenance windows (`[[maintenance]]`): pure matching of a site and a moment.

Inside a window a site's probes are stored but not counted by the availability rule,
and its alerts are stored but not sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from apscheduler.triggers.cron import CronTrigger

from crawler.config import MaintenanceWindow
from crawler.cron import cron_trigger
from crawler.models import Site


@dataclass(frozen=True)
class _Compiled:
    window: MaintenanceWindow
    start: datetime | None
    end: datetime | None
    trigger: CronTrigger | None
    duration: timedelta


class Maintenance:
    """The configured windows, compiled once for a time zone."""

    def __init__(self, windows: Sequence[MaintenanceWindow], zone: tzinfo) -> None:
        self._windows = tuple(_compile(window, zone) for window in windows)

    def __bool__(self) -> bool:
        return bool(self._windows)

    def covers(self, site: Site, moment: datetime) -> MaintenanceWindow | None:
        """The window that holds `site` at `moment`, if any."""
        for compiled in self._windows:
            window = compiled.window
            if (window.sites or window.groups) and not (
                site.url in window.sites or site.group in window.groups
            ):
                continue
            if compiled.trigger is not None:
                # A start in (moment - duration, moment]: the end is exclusive.
                earliest = moment - compiled.duration + timedelta(microseconds=1)
                fire = compiled.trigger.get_next_fire_time(None, earliest)
                if fire is not None and fire <= moment:
                    return window
            elif (
                compiled.start is not None
                and compiled.end is not None
                and (compiled.start <= moment < compiled.end)
            ):
                return window
        return None


def _compile(window: MaintenanceWindow, zone: tzinfo) -> _Compiled:
    if window.cron:
        return _Compiled(
            window,
            None,
            None,
            cron_trigger(window.cron, zone),
            timedelta(minutes=window.duration_minutes),
        )
    start, end = (datetime.fromisoformat(window.start), datetime.fromisoformat(window.end))
    if start.tzinfo is None:
        start, end = start.replace(tzinfo=zone), end.replace(tzinfo=zone)
    return _Compiled(window, start, end, None, timedelta(0))
