"""Number and date formatting shared by the human-readable renderers (pure)."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, tzinfo

_LINE_BREAKS = frozenset("\t\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029")
_SPACES = re.compile(r" {2,}")
_JOINERS = frozenset("\u200c\u200d")  # ZWNJ, ZWJ: emoji sequences, Persian, Indic scripts
# Site text longer than this (a hacked page's 10,000-character title) is cut in the
# human-readable formats; JSON and CSV keep it whole.
SITE_TEXT_LIMIT = 160
DETAIL_LIMIT = 400
ELLIPSIS = "…"


def clean_text(text: str, *, keep_joiners: bool = False) -> str:
    """One line of printable text: line breaks and tabs become spaces, other control
    and format characters (escape sequences, NUL, bidi overrides, zero-width spaces)
    are dropped. `keep_joiners` keeps ZWJ and ZWNJ (a browser draws them right)."""
    out: list[str] = []
    for char in text:
        if char in _LINE_BREAKS:
            out.append(" ")
        elif unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            if keep_joiners and char in _JOINERS:
                out.append(char)
        else:
            out.append(char)
    return _SPACES.sub(" ", "".join(out)).strip()


def shorten(text: str, limit: int = SITE_TEXT_LIMIT) -> str:
    """At most `limit` characters, the cut marked with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def percent(rate: float | None) -> str:
    """0.875 -> "87.5%"; None (nothing checked) -> "–". Never rounded to all or none
    when it is not: 2,999 of 3,000 sites passing is ">99.9%", not "100.0%"."""
    if rate is None:
        return "–"
    text = f"{rate * 100:.1f}%"
    if text == "100.0%" and rate < 1:
        return ">99.9%"
    if text == "0.0%" and rate > 0:
        return "<0.1%"
    return text


def failure_ratio(failures: int, visits: int, limit: float) -> str:
    """A share of failed visits as `percent` shows it, except that a share under the
    limit is never shown at it: 8 of 161 (4.97%) passes the 5% rule, so it reads
    "4.9%", not "5.0%" beside "pass"."""
    if visits <= 0:
        return percent(None)
    ratio = failures / visits
    # (limit * 100 is 7.000000000000001 for 7%: compared at the shown tenth.)
    if ratio < limit and round(ratio * 100, 1) >= round(limit * 100, 9):
        tenths = failures * 1000 // visits  # cut, not rounded: exact in integers
        return f"{tenths // 10}.{tenths % 10}%"
    return percent(ratio)


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
