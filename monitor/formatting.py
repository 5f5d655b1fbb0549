"""Number and date formatting shared by the human-readable renderers (pure)."""

from __future__ import annotations

from datetime import datetime, tzinfo


def percent(rate: float | None) -> str:
    """0.875 -> "87.5%"; None (nothing checked) -> "–"."""
    return "–" if rate is None else f"{rate * 100:.1f}%"


def points(change: float | None) -> str:
    """A change of a rate in percentage points: 0.021 -> "+2.1", -0.1 -> "−10.0"."""
    if change is None:
        return "–"
    value = change * 100
    if abs(value) < 0.05:
        return "±0.0"
    return f"+{value:.1f}" if value > 0 else f"−{-value:.1f}"


def local_date(moment: datetime | None, zone: tzinfo) -> str:
    return "–" if moment is None else moment.astimezone(zone).strftime("%Y-%m-%d")


def local_time(moment: datetime | None, zone: tzinfo) -> str:
    return "–" if moment is None else moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
