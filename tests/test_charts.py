"""The hand-built SVG charts: well-formed XML, gaps, escaping, degenerate inputs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

from monitor.charts import line_chart_svg, no_data_svg, sparkline_svg, y_ticks

NS = "{http://www.w3.org/2000/svg}"
T0 = datetime(2026, 10, 1, 2, 0, tzinfo=UTC)


def _points(
    values: list[float | None], key: str = "a"
) -> list[tuple[datetime, dict[str, float | None]]]:
    return [(T0 + timedelta(days=7 * i), {key: v}) for i, v in enumerate(values)]


def _parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg"
    assert root.get("role") == "img"
    assert root.get("aria-label")
    return root


def _series_paths(root: ET.Element) -> list[str]:
    return [
        p.get("d", "")
        for g in root.iter(f"{NS}g")
        if g.get("class") == "series"
        for p in g.iter(f"{NS}path")
    ]


def test_line_chart_is_valid_xml_with_axes_and_legend() -> None:
    svg = line_chart_svg(
        _points([0.5, 0.6, 0.55, 0.7]),
        series=[("a", "Pass rate", "#0969da")],
        y_max=1.0,
        y_format=lambda v: f"{v * 100:.0f}%",
        title="Pass rate by scan",
    )
    root = _parse(svg)
    assert root.get("aria-label") == "Pass rate by scan"
    assert root.findtext(f"{NS}title") == "Pass rate by scan"
    texts = [t.text for t in root.iter(f"{NS}text")]
    assert "100%" in texts and "0%" in texts and "50%" in texts
    assert "10-01" in texts and "10-22" in texts  # date ticks at the first and last scan
    assert "Pass rate" in texts  # legend
    paths = _series_paths(root)
    assert len(paths) == 1 and paths[0].count("M") == 1 and paths[0].count("L") == 3


def test_gridlines_are_three_to_five() -> None:
    for top in (0.3, 1, 3, 7, 17, 120, 999):
        ticks = y_ticks(top, integer=float(top).is_integer())
        assert 3 <= len(ticks) <= 5, (top, ticks)
        assert ticks[0] == 0 and ticks[-1] >= top
    assert y_ticks(3, integer=True) == [0, 1, 2, 3]
    assert y_ticks(1) == [0, 0.25, 0.5, 0.75, 1.0]
    assert all(t == int(t) for t in y_ticks(7, integer=True))


def test_none_breaks_the_line() -> None:
    svg = line_chart_svg(_points([0.1, 0.2, None, 0.3, 0.4]), series=[("a", "A", "red")])
    root = _parse(svg)
    (d,) = _series_paths(root)
    assert d.count("M") == 2  # two runs, no line across the gap
    assert d.count("L") == 2


def test_isolated_point_between_gaps_is_a_dot() -> None:
    svg = line_chart_svg(_points([0.1, None, 0.3, None, 0.5, 0.6]), series=[("a", "A", "red")])
    root = _parse(svg)
    (d,) = _series_paths(root)
    assert d.count("M") == 1  # only the last run is a line
    dots = [c for c in root.iter(f"{NS}circle") if c.get("r") == "3.5"]
    assert len(dots) == 2  # 0.1 and 0.3 stand alone


def test_legend_and_title_are_escaped() -> None:
    svg = line_chart_svg(
        _points([1, 2]),
        series=[("a", "<b>&", 'red" onload="x')],
        title="<script>alert(1)</script>",
    )
    assert "<b>" not in svg and "<script" not in svg
    assert "&lt;b&gt;&amp;" in svg
    root = _parse(svg)
    assert "<b>&" in [t.text for t in root.iter(f"{NS}text")]
    assert root.get("aria-label") == "<script>alert(1)</script>"
    assert all("onload" not in attr for el in root.iter() for attr in el.attrib)


def test_single_point_is_a_dot() -> None:
    root = _parse(line_chart_svg(_points([0.42]), series=[("a", "A", "red")], title="one"))
    assert _series_paths(root) == []
    circles = list(root.iter(f"{NS}circle"))
    assert len(circles) == 1
    assert float(circles[0].get("cx", "0")) > 52  # centred, not on the axis


def test_several_series_share_the_axes() -> None:
    points = [
        (T0 + timedelta(days=i), {"healthy": float(6 - i), "hijacked": float(i % 2)})
        for i in range(5)
    ]
    svg = line_chart_svg(
        points, series=[("healthy", "healthy", "green"), ("hijacked", "hijacked", "purple")]
    )
    root = _parse(svg)
    assert len(_series_paths(root)) == 2
    labels = [t.text for t in root.iter(f"{NS}text") if t.get("text-anchor") == "end"]
    assert all(label is not None and re.fullmatch(r"\d+", label) for label in labels)


def test_empty_and_all_none_render_no_data() -> None:
    for svg in (
        line_chart_svg([], series=[("a", "A", "red")], title="Trend"),
        line_chart_svg(_points([None, None]), series=[("a", "A", "red")], title="Trend"),
    ):
        root = _parse(svg)
        assert "chart-empty" in root.get("class", "")
        assert "no data" in "".join(root.itertext())
    zh = _parse(no_data_svg("趋势 <&>", text="暂无数据"))
    assert zh.get("aria-label") == "趋势 <&>: 暂无数据"


def test_many_points_spread_over_years() -> None:
    points = [(T0 + timedelta(days=30 * i), {"a": (i % 10) / 10}) for i in range(60)]
    root = _parse(line_chart_svg(points, series=[("a", "A", "red")], y_max=1.0))
    dates = [t.text or "" for t in root.iter(f"{NS}text") if t.get("text-anchor") == "middle"]
    assert 2 <= len(dates) <= 6
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)


def test_sparkline() -> None:
    svg = sparkline_svg([0.2, 0.4, 0.5], label="北京市 <trend>")
    root = _parse(svg)
    assert root.findtext(f"{NS}title") == "北京市 <trend>"
    assert len(list(root.iter(f"{NS}polyline"))) == 1
    last = [c for c in root.iter(f"{NS}circle") if c.get("class") == "last"]
    assert len(last) == 1 and float(last[0].get("cx", "0")) > 90


def test_sparkline_gaps_single_and_empty() -> None:
    gap = _parse(sparkline_svg([0.1, 0.2, None, 0.3, 0.4]))
    assert len(list(gap.iter(f"{NS}polyline"))) == 2
    one = _parse(sparkline_svg([0.5]))
    assert list(one.iter(f"{NS}polyline")) == [] and len(list(one.iter(f"{NS}circle"))) == 1
    for values in ([], [None, None]):
        empty = _parse(sparkline_svg(values, label="x"))
        assert list(empty.iter(f"{NS}circle")) == []
    # Values beyond the range are clipped into the box.
    clipped = _parse(sparkline_svg([-1.0, 2.0], width=100, height=20))
    for c in clipped.iter(f"{NS}circle"):
        assert 0 <= float(c.get("cy", "-1")) <= 20
