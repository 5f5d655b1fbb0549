"""Hand-built SVG charts for the HTML report: pure functions, no dependencies.

Every chart is a standalone, well-formed XML fragment (``<svg xmlns=...>``) that can be
inlined in HTML5. All text placed in the SVG is XML-escaped; colours are escaped too,
since they end up in attributes. A ``None`` value breaks a line; a lone point between
gaps is drawn as a dot.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from html import escape

SVG_NS = "http://www.w3.org/2000/svg"
FONT = 'font-family="system-ui, sans-serif"'
AXIS_COLOUR = "#57606a"
GRID_COLOUR = "#d0d7de"
MAX_X_LABELS = 6
MAX_DOTS = 40  # draw a dot on every point up to this many points


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _n(value: float) -> str:
    """A coordinate, short: 12.0 -> "12", 12.345 -> "12.3"."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _default_y_format(value: float) -> str:
    return f"{value:g}"


def _open(width: int, height: int, label: str, css_class: str) -> str:
    return (
        f'<svg xmlns="{SVG_NS}" class="{css_class}" role="img" aria-label="{_e(label)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{_e(label)}</title>"
    )


def no_data_svg(title: str = "", *, width: int = 640, text: str = "no data") -> str:
    """A small placeholder chart saying there is nothing to draw."""
    height = 48
    label = f"{title}: {text}" if title else text
    return (
        _open(width, height, label, "chart chart-empty")
        + f'<rect x="0.5" y="0.5" width="{width - 1}" height="{height - 1}" fill="none" '
        f'stroke="{GRID_COLOUR}" stroke-dasharray="4 3"/>'
        + f'<text x="{width // 2}" y="{height // 2 + 4}" text-anchor="middle" {FONT} '
        f'font-size="12" fill="{AXIS_COLOUR}">{_e(label)}</text></svg>'
    )


def _segments(values: Sequence[float | None]) -> list[list[int]]:
    """Runs of consecutive indexes whose value is not None."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, value in enumerate(values):
        if value is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(i)
    if current:
        runs.append(current)
    return runs


def _path(coords: Sequence[tuple[float, float]]) -> str:
    head, *rest = coords
    return f"M{_n(head[0])} {_n(head[1])}" + "".join(f" L{_n(x)} {_n(y)}" for x, y in rest)


def y_ticks(top: float, *, integer: bool = False) -> list[float]:
    """Three to five gridline values from 0 up to at least `top`, at a round step."""
    top = top if top > 0 else 1.0
    base = 10 ** math.floor(math.log10(top / 4))
    step = base * 10
    for multiple in (1.0, 2.0, 2.5, 5.0, 10.0):
        candidate = base * multiple
        if integer and (candidate < 1 or candidate != int(candidate)):
            continue
        if math.ceil(top / candidate - 1e-9) <= 4:
            step = candidate
            break
    if integer:
        step = max(1.0, float(math.ceil(step)))
    divisions = max(2, math.ceil(top / step - 1e-9))
    return [round(step * i, 9) for i in range(divisions + 1)]


def line_chart_svg(
    points: Sequence[tuple[datetime, Mapping[str, float | None]]],
    *,
    series: Sequence[tuple[str, str, str]],
    y_max: float | None = None,
    y_format: Callable[[float], str] = _default_y_format,
    title: str = "",
    width: int = 640,
    height: int = 220,
    zone: tzinfo = UTC,
    empty_text: str = "no data",
) -> str:
    """A time-series line chart; `series` holds (key, legend label, CSS colour)."""
    ordered = sorted(points, key=lambda p: p[0])
    columns = [[p[1].get(key) for p in ordered] for key, _, _ in series]
    present = [v for column in columns for v in column if v is not None]
    if not present:
        return no_data_svg(title, width=width, text=empty_text)

    integer = all(float(v).is_integer() for v in present)
    if y_max is not None and y_max > 0:
        ticks = [y_max * i / 4 for i in range(5)]
    else:
        ticks = y_ticks(max(present), integer=integer)
    top_value = ticks[-1]

    left, right = 52.0, width - 24.0
    top = 26.0 if title else 12.0
    bottom = height - 42.0  # room for the date labels and the legend
    times = [p[0] for p in ordered]
    start, end = times[0].timestamp(), times[-1].timestamp()
    span = end - start

    def x_of(moment: datetime) -> float:
        if span <= 0:
            return (left + right) / 2
        return left + (moment.timestamp() - start) / span * (right - left)

    def y_of(value: float) -> float:
        clipped = min(max(value, 0.0), top_value)
        return bottom - clipped / top_value * (bottom - top)

    out = [_open(width, height, title or "chart", "chart")]
    out.append(f'<g {FONT} font-size="11" fill="{AXIS_COLOUR}">')
    if title:
        out.append(
            f'<text x="{_n(left)}" y="16" font-size="13" font-weight="600" '
            f'fill="#24292f">{_e(title)}</text>'
        )
    for tick in ticks:
        y = y_of(tick)
        out.append(
            f'<line x1="{_n(left)}" y1="{_n(y)}" x2="{_n(right)}" y2="{_n(y)}" '
            f'stroke="{GRID_COLOUR}" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{_n(left - 6)}" y="{_n(y + 4)}" text-anchor="end">'
            f"{_e(y_format(tick))}</text>"
        )

    same_year = times[0].astimezone(zone).year == times[-1].astimezone(zone).year
    date_format = "%m-%d" if same_year else "%Y-%m-%d"
    count = len(times)
    wanted = min(count, MAX_X_LABELS)
    picks = [0]
    if wanted > 1:
        picks = sorted({round(i * (count - 1) / (wanted - 1)) for i in range(wanted)})
    seen: set[str] = set()
    for index in picks:
        text = times[index].astimezone(zone).strftime(date_format)
        if text in seen:
            continue
        seen.add(text)
        x = x_of(times[index])
        out.append(
            f'<line x1="{_n(x)}" y1="{_n(bottom)}" x2="{_n(x)}" y2="{_n(bottom + 4)}" '
            f'stroke="{AXIS_COLOUR}"/>'
        )
        out.append(
            f'<text x="{_n(x)}" y="{_n(bottom + 16)}" text-anchor="middle">{_e(text)}</text>'
        )
    out.append(
        f'<line x1="{_n(left)}" y1="{_n(bottom)}" x2="{_n(right)}" y2="{_n(bottom)}" '
        f'stroke="{AXIS_COLOUR}"/>'
    )
    out.append("</g>")

    for (key, legend, colour), column in zip(series, columns, strict=True):
        runs = _segments(column)
        coords = {i: (x_of(times[i]), y_of(v)) for i, v in enumerate(column) if v is not None}
        out.append(f'<g class="series" data-series="{_e(key)}">')
        lines = [run for run in runs if len(run) > 1]
        if lines:
            d = " ".join(_path([coords[i] for i in run]) for run in lines)
            out.append(
                f'<path d="{d}" fill="none" stroke="{_e(colour)}" stroke-width="2" '
                f'stroke-linejoin="round" stroke-linecap="round"/>'
            )
        for run in runs:
            if len(run) > 1 and len(coords) > MAX_DOTS:
                continue
            for i in run:
                x, y = coords[i]
                radius = 3.5 if len(run) == 1 else 2.5
                value = column[i]
                assert value is not None
                day = times[i].astimezone(zone).strftime("%Y-%m-%d")
                tip = f"{legend} {day}: {y_format(value)}"
                out.append(
                    f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{radius}" fill="{_e(colour)}">'
                    f"<title>{_e(tip)}</title></circle>"
                )
        out.append("</g>")

    x = left
    legend_y = height - 10.0
    out.append(f'<g class="legend" {FONT} font-size="11" fill="#24292f">')
    for _, legend, colour in series:
        out.append(
            f'<rect x="{_n(x)}" y="{_n(legend_y - 9)}" width="10" height="10" fill="{_e(colour)}"/>'
        )
        out.append(f'<text x="{_n(x + 14)}" y="{_n(legend_y)}">{_e(legend)}</text>')
        x += 14 + _text_width(legend) + 16
    out.append("</g></svg>")
    return "".join(out)


def _text_width(text: str, size: float = 11.0) -> float:
    """A rough width: CJK characters are about one em wide, others about 0.6 em."""
    return sum(size if ord(ch) > 0x2E7F else size * 0.6 for ch in text)


def sparkline_svg(
    values: Sequence[float | None],
    *,
    width: int = 100,
    height: int = 20,
    y_min: float = 0.0,
    y_max: float = 1.0,
    label: str = "",
    colour: str = "#0969da",
) -> str:
    """A small trend line, the last point as a dot; `label` names it for screen readers."""
    out = [_open(width, height, label or "trend", "spark")]
    pad = 2.5
    present = [i for i, v in enumerate(values) if v is not None]
    if not present:
        mid = _n(height / 2)
        out.append(
            f'<line x1="{pad}" y1="{mid}" x2="{_n(width - pad)}" y2="{mid}" '
            f'stroke="{GRID_COLOUR}" stroke-dasharray="2 2"/></svg>'
        )
        return "".join(out)
    count = len(values)
    scale = (y_max - y_min) or 1.0

    def xy(i: int, value: float) -> tuple[float, float]:
        x = width / 2 if count == 1 else pad + i * (width - 2 * pad) / (count - 1)
        clipped = min(max(value, y_min), y_max)
        return x, height - pad - (clipped - y_min) / scale * (height - 2 * pad)

    for run in _segments(values):
        if len(run) > 1:
            coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in (xy(i, values[i] or 0.0) for i in run))
            out.append(
                f'<polyline points="{coords}" fill="none" stroke="{_e(colour)}" '
                f'stroke-width="1.5" stroke-linejoin="round"/>'
            )
    for run in _segments(values):
        if len(run) == 1 and run[0] != present[-1]:
            value = values[run[0]]
            assert value is not None
            x, y = xy(run[0], value)
            out.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="1.5" fill="{_e(colour)}"/>')
    last = values[present[-1]]
    assert last is not None
    x, y = xy(present[-1], last)
    out.append(f'<circle class="last" cx="{_n(x)}" cy="{_n(y)}" r="2.5" fill="{_e(colour)}"/>')
    out.append("</svg>")
    return "".join(out)
