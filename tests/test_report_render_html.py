"""The HTML report: structure, numbers, escaping of hostile input, no scripts or assets."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest

from monitor.formatting import percent, points
from monitor.labels import labels_for
from monitor.model import Reason, Report
from monitor.render_html import format_html
from tests.report_samples import HOSTILE_DETAIL, HOSTILE_TITLE, empty_report, sample_report

SECTIONS = [
    "headline",
    "changes",
    "needs-action",
    "closure",
    "groups",
    "findings",
    "availability",
    "trends",
]
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "area", "base", "col", "source"}


class _Tags(HTMLParser):
    """Collects start tags with their attributes and checks that elements nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))  # SVG's self-closing elements

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def _tags(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def _section(page: str, id_: str) -> str:
    match = re.search(rf'<section id="{id_}">(.*?)</section>', page, re.S)
    assert match, id_
    return match.group(1)


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


@pytest.fixture(scope="module")
def page(report: Report) -> str:
    return format_html(report, labels_for("en"))


def test_document_head(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page
    assert '<meta charset="utf-8">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert (
        '<meta http-equiv="Content-Security-Policy" '
        'content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;; '
        'img-src data:">'
    ) in page
    assert page.count("<style>") == 1
    assert "@media print" in page and "attr(href)" in page
    assert "overflow-x:auto" in page and "flex-wrap:wrap" in page


def test_well_formed(page: str) -> None:
    parser = _tags(page)
    assert parser.errors == []
    assert parser.stack == []


def test_sections_in_order_each_with_a_heading(page: str) -> None:
    assert re.findall(r'<section id="([^"]+)">', page) == SECTIONS
    for id_ in SECTIONS:
        assert _section(page, id_).startswith("<h2>")
    header = page[page.index("<header>") : page.index("</header>")]
    assert "Website health report" in header
    assert "#42 · full scan · started" in header
    assert "#41 · " in header  # the baseline
    assert "<dt>Group</dt><dd>none</dd>" in header


def test_headline_numbers(page: str, report: Report) -> None:
    h = report.headline
    assert f'id="sites-checked">{h.checked}</span>' in page
    assert f'id="pass-rate">{percent(h.pass_rate)}</span>' in page
    assert f'id="passed">{h.passed}</span>' in page
    assert re.search(
        rf'id="change-previous">{re.escape(points(h.change_since_previous))}</span>', page
    )
    assert re.search(
        rf'id="change-30-days">{re.escape(points(h.change_over_30_days))}</span>', page
    )
    for status, count in h.counts.items():
        assert f'id="count-{status}">{count}</span>' in page
    headline = _section(page, "headline")
    for word in ("healthy", "stale", "zombie", "unreachable", "hijacked"):
        assert f">{word}</span>" in headline  # a text label, not colour alone


def test_changes(page: str, report: Report) -> None:
    changes = _section(page, "changes")
    assert "Newly failed" in changes and "Worse than before" in changes and "Recovered" in changes
    for site in report.newly_failed + report.worsened + report.recovered:
        assert f'href="{site.url}"' in changes
    assert "connection refused after 3 attempts" in changes  # the main reason


def test_hostile_input_is_escaped(page: str) -> None:
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "onerror=alert(2)>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;澳门赌场" in page
    assert "&lt;img src=x onerror=alert(2)&gt; &amp;amp; &quot;quotes&quot;" in page
    assert HOSTILE_TITLE not in page and HOSTILE_DETAIL not in page
    # Only elements the renderer writes itself.
    allowed = {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "dl", "dt", "dd",
        "main", "section", "h2", "h3", "div", "span", "p", "ul", "li", "a", "table", "thead",
        "tbody", "tr", "th", "td", "code", "figure", "svg", "g", "text", "line", "rect",
        "path", "polyline", "circle",
    }  # fmt: skip
    assert {tag for tag, _ in _tags(page).tags} <= allowed


def test_no_script_and_no_external_assets(page: str) -> None:
    parser = _tags(page)
    assert all(
        tag not in {"script", "link", "img", "iframe", "object", "embed"} for tag, _ in parser.tags
    )
    for tag, attrs in parser.tags:
        assert "src" not in attrs
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if "href" in attrs:
            assert tag == "a"
            assert re.match(r"https?://", attrs["href"] or "")
            assert attrs.get("rel") == "noopener noreferrer nofollow"
    assert "@import" not in page and "url(" not in page and "@font-face" not in page


def test_only_http_urls_become_links(report: Report) -> None:
    bad = ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
           "data:text/html,<b>x</b>", "//evil.example/", "http://ok.example/ x"]  # fmt: skip
    sites = list(report.sites)
    for i, url in enumerate(bad):
        sites[i] = dataclasses.replace(sites[i], url=url)
    page = format_html(dataclasses.replace(report, sites=tuple(sites)), labels_for("en"))
    hrefs = [a.get("href") for tag, a in _tags(page).tags if tag == "a"]
    assert hrefs and all(re.match(r"https?://\S+$", h or "") for h in hrefs)
    assert "javascript:" not in " ".join(h or "" for h in hrefs).lower()
    assert 'class="nolink">javascript:alert(1)</span>' in page  # shown, not linked
    assert "data:text/html,&lt;b&gt;x&lt;/b&gt;" in page


def test_needs_action_table(page: str, report: Report) -> None:
    section = _section(page, "needs-action")
    rows = re.findall(r"<tr>(.*?)</tr>", section, re.S)
    assert len(rows) == 1 + len(report.needs_action)
    first = rows[1]
    assert 'class="badge st-hijacked">hijacked</span>' in first
    assert "spam content" in first and "hidden links" in first
    assert "北京市" in first and "北京市海淀区人民政府" in first
    assert "(no group)" in section


def test_closure_days_dead(page: str, report: Report) -> None:
    section = _section(page, "closure")
    (candidate,) = report.closure_candidates
    assert candidate.dead_since is not None
    days = candidate.dead_days  # checked_at - dead_since, as closure_candidate counts
    assert "90 days or more" in section
    assert re.search(rf"<td class=n[^>]*>{days}</td>", section)
    assert f'href="{candidate.url}"' in section


def test_groups_findings_availability(page: str, report: Report) -> None:
    groups = _section(page, "groups")
    names = [g.group or "(no group)" for g in report.groups]
    positions = [groups.index(f"<td>{n}</td>") for n in names]
    assert positions == sorted(positions)  # as given
    assert groups.count('<svg xmlns="http://www.w3.org/2000/svg" class="spark"') == len(
        report.groups
    )
    findings = _section(page, "findings")
    assert "spam content <code>spam_content</code>" in findings
    availability = _section(page, "availability")
    assert (
        "Failed visits over 7 days; 5.0% or more fails a site; fewer than 5 visits" in availability
    )
    assert "from scans" in availability
    assert 'id="availability-fail">3</span>' in availability
    assert "100.0%" in availability


def test_svg_charts_parse_as_xml(page: str) -> None:
    svgs = re.findall(r"<svg\b.*?</svg>", page, re.S)
    assert len(svgs) >= 2 + len(sample_report().groups)
    for svg in svgs:
        root = ET.fromstring(svg)
        assert root.get("role") == "img" and root.get("aria-label")
    trends = _section(page, "trends")
    assert "Pass rate by scan" in trends and "Sites by status" in trends


def test_chinese(report: Report) -> None:
    page = format_html(report, labels_for("zh"))
    assert '<html lang="zh-CN">' in page
    assert "网站健康检查报告" in page and "合格率" in page and "需要处理" in page
    assert ">被篡改</span>" in page and "（未分组）" in page
    assert "历次检查合格率" in page and "个百分点" in page
    assert re.findall(r'<section id="([^"]+)">', page) == SECTIONS


def test_max_rows_caps_every_list(report: Report) -> None:
    page = format_html(report, labels_for("en"), max_rows=1)
    section = _section(page, "needs-action")
    assert len(re.findall(r"<tr>", section)) == 2  # header + one
    extra = len(report.needs_action) - 1
    assert f"and {extra} more (see the CSV or JSON report)" in section
    findings = _section(page, "findings")
    assert f"and {len(report.findings) - 1} more" in findings
    groups = _section(page, "groups")
    assert len(re.findall(r"<tr>", groups)) == 2
    availability = _section(page, "availability")
    assert f"and {len(report.availability.rows) - 1} more" in availability
    assert "more (see" not in _section(format_html(report, labels_for("en")), "needs-action")


def test_empty_report() -> None:
    page = format_html(empty_report(), labels_for("en"))
    assert re.findall(r'<section id="([^"]+)">', page) == SECTIONS
    assert 'id="sites-checked">0</span>' in page
    assert 'id="pass-rate">–</span>' in page
    assert "there is no earlier scan to compare with" in page
    assert "homepages only" in page
    assert "no data" in _section(page, "trends")
    parser = _tags(page)
    assert parser.errors == [] and parser.stack == []
    for svg in re.findall(r"<svg\b.*?</svg>", page, re.S):
        ET.fromstring(svg)


def test_time_zone(report: Report) -> None:
    page = format_html(report, labels_for("en"), zone=ZoneInfo("Asia/Shanghai"))
    header = page[page.index("<header>") : page.index("</header>")]
    assert "started 2026-11-25 09:00" in header


def test_chinese_reasons_are_explained_and_escaped(report: Report) -> None:
    hostile = '<img src=x onerror=alert(4)>政务&动态"'
    column = {"name": hostile, "type": "news", "newest": "2026-09-02", "age_days": 84}
    stale = Reason(
        "column_stale",
        f"news column {hostile} last updated 2026-09-02, 84 days ago, limit 14",
        count=1,
        data={"columns": [{**column, "limit_days": 14}]},
    )
    site = dataclasses.replace(report.sites[4], reasons=(stale,), change="failed")
    changed = dataclasses.replace(report, sites=(*report.sites[:4], site, *report.sites[5:]))
    page = format_html(changed, labels_for("zh"))
    escaped = "&lt;img src=x onerror=alert(4)&gt;政务&amp;动态&quot;"
    assert (
        f"新闻动态类栏目「{escaped}」最近更新于 2026-09-02，已 84 天未更新（要求 14 天内）" in page
    )
    assert "<img" not in page and "news column" not in page
    # Both where the reasons are listed and as the newly failed site's main reason.
    assert _section(page, "needs-action").count(escaped) == 1
    assert _section(page, "changes").count(escaped) == 1
    # Data that fits no template: the English detail, escaped all the same.
    assert "connection refused after 3 attempts" in page
