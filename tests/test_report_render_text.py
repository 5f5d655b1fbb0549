"""Markdown and plain-text reports: sections, numbers, caps, escaping, CJK alignment."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta, timezone

import pytest

from monitor.labels import Labels, labels_for
from monitor.model import Reason, Report
from monitor.render_text import (
    clean_text,
    display_width,
    format_markdown,
    format_text,
    markdown_escape,
    safe_link_target,
    sparkline,
)
from tests.report_samples import HOSTILE_TITLE, MARKDOWN_NAME, empty_report, sample_report

Render = Callable[..., str]
SECTION_KEYS = (
    "headline",
    "changes",
    "needs_action",
    "closure",
    "by_group",
    "findings_overview",
    "availability",
    "trends",
)
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
LIVE_JAVASCRIPT_LINK = re.compile(r"(?<!\\)\]\(javascript")
RULE = re.compile(r"^-+(  -+)*$")


def md_heading(title: str, level: int = 2) -> str:
    return f"\n{'#' * level} {title}\n"


def text_heading(title: str) -> str:
    return f"\n{title}\n{'=' * display_width(title)}\n"


def md_section(markdown: str, labels: Labels, key: str) -> str:
    """The body of one `## ` section."""
    start = markdown.index(md_heading(labels[key]))
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end != -1 else len(markdown)]


def text_section(text: str, labels: Labels, key: str) -> str:
    start = text.index(text_heading(labels[key]))
    following = [text.find(text_heading(labels[k]), start + 1) for k in SECTION_KEYS if k != key]
    ends = [i for i in following if i > start]
    return text[start : min(ends) if ends else len(text)]


def text_tables(text: str) -> list[list[str]]:
    """Each table of a plain-text report: header, rule and rows (up to the blank line)."""
    lines = text.splitlines()
    tables = []
    for i, line in enumerate(lines):
        if RULE.match(line) and i > 0:
            table = [lines[i - 1], line]
            for row in lines[i + 1 :]:
                if not row:
                    break
                table.append(row)
            tables.append(table)
    return tables


# ---------------------------------------------------------------------------
# Helpers


def test_display_width_counts_cjk_as_two_columns() -> None:
    assert display_width("abc") == 3
    assert display_width("北京市") == 6
    assert display_width("（未分组）") == 10  # full-width brackets
    assert display_width("e\u0301") == 1  # combining accent takes no column
    assert display_width("") == 0


def test_clean_text_strips_control_and_bidi_characters() -> None:
    assert clean_text("a\x1b[31mred\x07\tb\nc\r\nd") == "a[31mred b c d"
    assert clean_text("evil\u202egnp.exe") == "evilgnp.exe"
    assert clean_text("  spaced   out  ") == "spaced out"


def test_markdown_escape_neutralises_html_and_markdown() -> None:
    escaped = markdown_escape('<b>x</b> | *y* _z_ [a](b) `c` &amp; "q"\nnext')
    assert "<" not in escaped and ">" not in escaped
    assert "&lt;b&gt;" in escaped
    assert "&amp;amp;" in escaped
    assert UNESCAPED_PIPE.search(escaped) is None
    for mark in ("*", "_", "[", "]", "`"):
        assert all(escaped[i - 1] == "\\" for i, c in enumerate(escaped) if c == mark)
    assert "\n" not in escaped


def test_safe_link_target_only_links_http_and_encodes_breakers() -> None:
    assert safe_link_target("javascript:alert(1)") is None
    assert safe_link_target("data:text/html,<script>") is None
    assert safe_link_target("not a url") is None
    assert safe_link_target("http://www.example.gov.cn/") == "http://www.example.gov.cn/"
    target = safe_link_target("HTTP://www.example.gov.cn/a b)c|d<e>`f'g")
    assert target is not None and target.startswith("http://www.example.gov.cn/a")
    for char in " )(|<>`'":
        assert char not in target


def test_sparkline_uses_a_fixed_scale() -> None:
    assert sparkline([0.0, 0.5, 1.0, None]) == "▁▅█·"
    assert sparkline([]) == ""


# ---------------------------------------------------------------------------
# Sections


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_markdown_sections_in_order(lang: str) -> None:
    labels = labels_for(lang)
    markdown = format_markdown(sample_report(), labels)
    assert markdown.startswith(f"# {labels['title']}\n")
    positions = [markdown.index(md_heading(labels[key])) for key in SECTION_KEYS]
    assert positions == sorted(positions)
    assert markdown.index(labels["scan"] + " 42") < positions[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_text_sections_in_order(lang: str) -> None:
    labels = labels_for(lang)
    text = format_text(sample_report(), labels)
    title = labels["title"]
    assert text.startswith(f"{title}\n{'=' * display_width(title)}\n")
    positions = [text.index(text_heading(labels[key])) for key in SECTION_KEYS]
    assert positions == sorted(positions)


def test_languages_differ() -> None:
    report = sample_report()
    english = format_text(report, labels_for("en"))
    chinese = format_text(report, labels_for("zh"))
    assert "Needs action" in english and "Needs action" not in chinese
    assert "需要处理" in chinese and "被篡改" in chinese


def test_scan_line_names_scan_depth_and_baseline() -> None:
    labels = labels_for("en")
    text = format_text(sample_report(), labels)
    first = text.splitlines()[2]
    assert first.startswith("Scan 42 · full scan · started 2026-11-25")
    assert "Compared with scan 41 (2026-11-18)" in first
    assert "Group:" not in text.split("\n\n")[0]

    filtered = replace(sample_report(), group_filter="北京市")
    assert "Group: 北京市" in format_text(filtered, labels).splitlines()[2]
    assert "Compared with scan: none" in format_text(empty_report(), labels)


@pytest.mark.parametrize("render", [format_markdown, format_text])
def test_headline_numbers(render: Render) -> None:
    labels = labels_for("en")
    out = render(sample_report(), labels)
    headline = (
        md_section(out, labels, "headline")
        if render is format_markdown
        else text_section(out, labels, "headline")
    )
    flat = headline.replace("*", "")
    assert re.search(r"Sites checked:\s+9\n", flat)
    assert re.search(r"Passed:\s+3\n", flat)
    assert re.search(r"Pass rate:\s+33\.3%\n", flat)
    assert re.search(
        r"Change since the previous scan:\s+−11\.1 points \(Scan 41, 2026-11-18\)", flat
    )
    assert re.search(r"Change over 30 days:\s+−22\.2 points \(Scan 38, 2026-10-28\)", flat)
    statuses = [m.group(1) for m in re.finditer(r"(\w+):\s+(\d+)\n", flat)][-5:]
    assert statuses == ["healthy", "stale", "zombie", "unreachable", "hijacked"]
    for status, count in (("healthy", 4), ("unreachable", 2), ("hijacked", 1)):
        assert re.search(rf"{status}:\s+{count}\n", flat)


def test_changes_needs_action_and_closure_content() -> None:
    labels = labels_for("en")
    report = sample_report()
    markdown = format_markdown(report, labels)
    changes = md_section(markdown, labels, "changes")
    assert md_heading("Newly failed (1)", 3) in changes
    assert "connection refused after 3 attempts" in changes
    assert "| stale | hijacked |" in changes  # worsened: was -> now
    assert md_heading("Recovered (1)", 3) in changes
    assert labels["no_changes"] not in changes

    action = md_section(markdown, labels, "needs_action")
    rows = [line for line in action.splitlines() if re.match(r"\| \d+ \|", line)]
    assert len(rows) == len(report.needs_action) == 6
    urls = [re.search(r"\]\((http[^)]+)\)", row).group(1) for row in rows]  # type: ignore[union-attr]
    assert urls == [s.url for s in report.needs_action]
    assert "column not updated: news column 政务动态 last updated 2026-09-02" in action
    assert "; empty column: column 通知公告 has no entries" in action
    assert rows[1].endswith("| 120 |")  # days in state

    closure = md_section(markdown, labels, "closure")
    assert labels.format("closure_note", days=90) in closure
    assert "| 2026-07-28 | 120 |" in closure
    assert "密云区旧版门户" in closure and "浦东新区政务网" not in closure


def test_groups_findings_availability_trends_content() -> None:
    labels = labels_for("zh")
    text = format_text(sample_report(), labels)
    groups = text_section(text, labels, "by_group")
    lines = [line for line in groups.splitlines() if line.startswith(("北京市", "（未分组）"))]
    assert re.match(r"北京市\s+4\s+25\.0%\s+1\s+1\s+0\s+1\s+1\s+栏目不更新 \(1\)\s+▅▅▅▃▃", lines[0])
    assert re.match(r"（未分组）\s+2\s+50\.0%", lines[1])

    findings = text_section(text, labels, "findings_overview")
    assert re.search(r"隐藏链接 \(hidden_links\)\s+1\s+12\s+0", findings)

    availability = text_section(text, labels, "availability")
    assert "7 天内访问失败比例；达到 5.0% 即不合格；访问少于 5 次为数据不足。" in availability
    assert labels["availability_source_scans"] in availability
    assert re.search(r"不合格:\s+3", availability)
    assert re.search(r"https://www\.shjd\.gov\.cn/\s+60\s+9\s+15\.0%\s+不合格", availability)

    trends = text_section(text, labels, "trends")
    assert re.search(r"2026-11-25\s+42\s+9\s+3\s+33\.3%", trends)
    assert "合格率: ▅▅▄▄▃" in trends


def test_zone_moves_dates() -> None:
    labels = labels_for("en")
    beijing = timezone(timedelta(hours=8))
    text = format_text(sample_report(), labels, zone=beijing)
    assert "Generated: 2026-11-25 12:00" in text
    assert "Generated: 2026-11-25 04:00" in format_text(sample_report(), labels)


# ---------------------------------------------------------------------------
# Caps


def test_markdown_caps_every_list() -> None:
    labels = labels_for("en")
    report = sample_report()
    markdown = format_markdown(report, labels, max_rows=1)
    action = md_section(markdown, labels, "needs_action")
    assert len([line for line in action.splitlines() if re.match(r"\| \d+ \|", line)]) == 1
    assert labels.format("more_rows", count=5) in action

    findings = md_section(markdown, labels, "findings_overview")
    assert labels.format("more_rows", count=len(report.findings) - 1) in findings
    assert "spam content" not in findings

    trends = md_section(markdown, labels, "trends")
    assert "| 2026-11-25 | 42 |" in trends  # the newest point is kept
    assert "| 2026-10-28 | 38 |" not in trends
    assert labels.format("more_rows", count=4) in trends
    assert "▃" not in trends  # no sparkline of a single point
    assert "Pass rate: ▄▃" in md_section(
        format_markdown(report, labels, max_rows=2), labels, "trends"
    )

    availability = md_section(markdown, labels, "availability")
    assert labels.format("more_rows", count=2) in availability

    # Lists of one row are not capped; nothing is capped by default.
    closure = md_section(markdown, labels, "closure")
    assert "more (see" not in closure
    assert "more (see" not in format_markdown(report, labels)


def test_text_caps_with_more_rows_line() -> None:
    labels = labels_for("zh")
    report = sample_report()
    text = format_text(report, labels, max_rows=1)
    action = text_section(text, labels, "needs_action")
    # Too wide for a terminal table: one block per site, numbered.
    assert "\n1.\n" in action and "\n2.\n" not in action
    assert labels.format("more_rows", count=5) in action
    assert "被篡改" in action.split("\n1.\n")[1]  # the first in needs-action order

    with pytest.raises(ValueError):
        format_text(report, labels, max_rows=-1)


def test_zero_rows_shows_only_the_more_line() -> None:
    labels = labels_for("en")
    markdown = format_markdown(sample_report(), labels, max_rows=0)
    action = md_section(markdown, labels, "needs_action")
    assert "| 1 |" not in action
    assert labels.format("more_rows", count=6) in action


# ---------------------------------------------------------------------------
# Hostile text


def test_markdown_escapes_hostile_site_text() -> None:
    labels = labels_for("en")
    markdown = format_markdown(sample_report(), labels)
    assert HOSTILE_TITLE in sample_report().sites[0].title
    assert "<script" not in markdown
    assert "<img" not in markdown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;澳门赌场" in markdown
    assert '&lt;img src=x onerror=alert(2)&gt; &amp;amp; "quotes"' in markdown
    assert "<" not in markdown and ">" not in markdown

    # The name with | * _ [ ] ` and a line break stays inside its cell, on one line.
    assert LIVE_JAVASCRIPT_LINK.search(markdown) is None
    assert "`code`" not in markdown and "\\`code\\`" in markdown
    recovered = next(line for line in markdown.splitlines() if "https://www.shxh.gov.cn/" in line)
    assert "第二行" in recovered
    assert (
        r"静安区 \| 政务\*公开\* \[官网\](javascript:alert(3)) \`code\` \_x\_ 第二行" in recovered
    )


def test_markdown_tables_keep_their_column_count() -> None:
    labels = labels_for("zh")
    markdown = format_markdown(sample_report(), labels)
    lines = markdown.splitlines()
    checked = 0
    for i, line in enumerate(lines):
        if line.startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("| ---"):
            columns = len(UNESCAPED_PIPE.findall(line))
            j = i + 1
            while j < len(lines) and lines[j].startswith("|"):
                assert len(UNESCAPED_PIPE.findall(lines[j])) == columns, lines[j]
                j += 1
                checked += 1
    assert checked > 20


def test_markdown_drops_links_to_other_schemes() -> None:
    labels = labels_for("en")
    report = sample_report()
    evil = replace(report.sites[0], url="javascript:alert(document.cookie)")
    markdown = format_markdown(replace(report, sites=(evil, *report.sites[1:])), labels)
    assert LIVE_JAVASCRIPT_LINK.search(markdown) is None
    assert "javascript:alert(document.cookie)" in markdown  # shown as text


def test_text_strips_control_characters_from_site_text() -> None:
    labels = labels_for("en")
    report = sample_report()
    evil = replace(report.sites[0], name="\x1b[2J\x1b[31mred\x07 site\u202e", title="t\rx")
    text = format_text(replace(report, sites=(evil, *report.sites[1:])), labels)
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\r" not in text
    assert "[2J[31mred site" in text
    assert MARKDOWN_NAME.replace("\n", " ") in text  # newline folded, punctuation kept


# ---------------------------------------------------------------------------
# Alignment


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_text_tables_align_by_display_width(lang: str) -> None:
    labels = labels_for(lang)
    text = format_text(sample_report(), labels)
    tables = text_tables(text)
    assert len(tables) >= 6  # closure, groups, findings, availability, trends...
    for table in tables:
        widths = {display_width(line) for line in table}
        assert len(widths) == 1, table
        assert widths.pop() <= 132

    # Needs action is too wide for a table: blocks whose values start at one column.
    action = text_section(text, labels, "needs_action")
    url_lines = [line for line in action.splitlines() if "http" in line]
    assert len(url_lines) >= 5
    assert len({display_width(line[: line.index("http")]) for line in url_lines}) == 1


def test_text_fields_align_by_display_width() -> None:
    labels = labels_for("zh")
    headline = text_section(format_text(sample_report(), labels), labels, "headline")
    lines = [line for line in headline.splitlines() if ":" in line]
    starts = set()
    for line in lines:
        value = line.split(":", 1)[1].lstrip(" ")
        starts.add(display_width(line[: len(line) - len(value)]))
    assert len(lines) == 10 and len(starts) == 1


# ---------------------------------------------------------------------------
# Empty report


@pytest.mark.parametrize("render", [format_markdown, format_text])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_empty_report(render: Render, lang: str) -> None:
    labels = labels_for(lang)
    report: Report = empty_report()
    out = render(report, labels)
    heading = md_heading if render is format_markdown else text_heading
    positions = [out.index(heading(labels[key])) for key in SECTION_KEYS]
    assert positions == sorted(positions)
    assert labels["no_baseline"] in out  # nothing to compare with, not "no change"
    assert "–" in out  # pass rate of nothing
    assert labels.format("more_rows", count=0) not in out
    assert "▁" not in out  # no sparkline for a single point


def test_chinese_reasons_are_explained_and_escaped() -> None:
    report = sample_report()
    hostile = "<b>政务|动态</b>*"
    column = {"name": hostile, "type": "news", "newest": "2026-09-02", "age_days": 84}
    stale = Reason(
        "column_stale",
        f"news column {hostile} last updated 2026-09-02, 84 days ago, limit 14",
        count=1,
        data={"columns": [{**column, "limit_days": 14}]},
    )
    site = replace(report.sites[4], reasons=(stale,), change="failed")
    report = replace(report, sites=(*report.sites[:4], site, *report.sites[5:]))
    zh, en = labels_for("zh"), labels_for("en")

    markdown = format_markdown(report, zh)
    action = md_section(markdown, zh, "needs_action")
    assert (
        r"栏目不更新: 新闻动态类栏目「&lt;b&gt;政务\|动态&lt;/b&gt;\*」最近更新于 2026-09-02，"
        "已 84 天未更新（要求 14 天内）" in action
    )
    assert "新闻动态类栏目「&lt;b&gt;政务" in md_section(markdown, zh, "changes")
    assert "<b>" not in markdown

    plain = text_section(format_text(report, zh), zh, "needs_action")
    assert f"新闻动态类栏目「{hostile}」最近更新于 2026-09-02" in plain
    # English keeps the scan's own words.
    assert f"news column {hostile} last updated" in format_text(report, en)
