"""The report as one standalone HTML5 page (pure: a `Report` and labels in, a string out).

The page loads nothing and runs nothing: inline CSS and inline SVG only, no JavaScript,
and a Content-Security-Policy that forbids everything else, so even a rendering bug
cannot run a hacked site's script. Everything taken from the report is HTML-escaped —
names, titles and details come from hostile pages — and only http(s) URLs become links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, tzinfo
from html import escape
from typing import TypeVar

from crawler.domains import display_url
from monitor.charts import line_chart_svg, sparkline_svg
from monitor.explain import explain
from monitor.formatting import (
    DETAIL_LIMIT,
    clean_text,
    failure_ratio,
    local_date,
    local_time,
    percent,
    points,
    shorten,
)
from monitor.labels import Labels
from monitor.model import Reason, Report, ScanRef, SiteRow

STATUSES: tuple[str, ...] = ("healthy", "stale", "zombie", "unreachable", "hijacked")
STATUS_COLOURS: dict[str, str] = {
    "healthy": "#2da44e",
    "stale": "#d4a72c",
    "zombie": "#8c959f",
    "unreachable": "#cf222e",
    "hijacked": "#8e1a6e",
}
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
T = TypeVar("T")
_LINKABLE = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)

CSS = """
*{box-sizing:border-box}
body{margin:0 auto;max-width:1160px;padding:16px;font:15px/1.5 system-ui,-apple-system,
"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2328;
background:#f6f8fa}
header{margin-bottom:8px}
h1{font-size:1.6em;margin:.2em 0 .4em}
h2{font-size:1.25em;margin:0 0 .6em;padding-bottom:.25em;border-bottom:1px solid #d0d7de}
h3{font-size:1.02em;margin:1em 0 .4em}
section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:14px 16px;
margin:14px 0;box-shadow:0 1px 3px rgba(31,35,40,.08)}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0;color:#424a53}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{flex:1 1 150px;border:1px solid #d0d7de;border-radius:8px;padding:10px 12px;
background:#fff;box-shadow:0 1px 2px rgba(31,35,40,.06)}
.card .label{font-size:.85em;color:#59636e}
.num{display:inline-block;font-size:2em;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
.unit{color:#59636e;font-size:.9em}
.card .sub{font-size:.8em;color:#59636e}
.up{color:#1a7f37}.down{color:#cf222e}
.badge{display:inline-block;padding:0 .55em;border:1px solid;border-radius:1em;font-size:.85em;
white-space:nowrap;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.st-healthy{color:#116329;background:#dafbe1;border-color:#4ac26b}
.st-stale{color:#7d4e00;background:#fff8c5;border-color:#d4a72c}
.st-zombie{color:#424a53;background:#eaeef2;border-color:#8c959f}
.st-unreachable{color:#a40e26;background:#ffebe9;border-color:#ff8182}
.st-hijacked{color:#fff;background:#8e1a6e;border-color:#6b0f52}
.st-other{color:#1f2328;background:#fff;border-color:#8c959f}
.card.status{border-left-width:6px}
.card.status .num{display:block}
.card.status.st-hijacked{color:#1f2328;background:#fff}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.4em 0}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{padding:6px 8px;border-bottom:1px solid #d8dee4;text-align:left;vertical-align:top}
td,li,dd,.notice{overflow-wrap:anywhere}
.notice{margin:.6em 0;padding:8px 12px;border:1px solid #d4a72c;border-radius:6px;
background:#fff8c5;color:#3b2300}
th{background:#f6f8fa;white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
ul.reasons{margin:0;padding-left:1.1em;min-width:16em}
ul.reasons li.veto .code{font-weight:700}
ul.changes{padding-left:1.2em;margin:.3em 0}
ul.changes li{margin:.25em 0}
.code{color:#59636e}
code{font-size:.85em;color:#59636e}
.group,.title{color:#59636e;font-size:.9em}
.nolink{color:#59636e;word-break:break-all}
.more,.empty,.note{color:#59636e;font-size:.9em}
a{color:#0969da;overflow-wrap:anywhere}
.charts{display:flex;flex-wrap:wrap;gap:12px 24px}
figure{margin:.6em 0;flex:1 1 480px;max-width:640px}
svg.chart{max-width:100%;height:auto}
svg.spark{vertical-align:middle}
.verdict-fail{color:#a40e26;font-weight:600}
.verdict-pass{color:#116329}
@media (max-width:600px){body{padding:8px;font-size:14px}section{padding:10px}
.card{flex-basis:130px}.num{font-size:1.6em}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:auto}
table.stack thead{display:none}
table.stack tr{padding:6px 0;border-bottom:1px solid #d8dee4}
table.stack td{border:0;padding:2px 0;text-align:left;white-space:normal}
table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#59636e}
ul.reasons{min-width:0}}
@media print{body{background:#fff;max-width:none;padding:0;font-size:11pt}
section,.card{box-shadow:none;border-color:#999}
section{break-inside:auto;border:0;padding:0}
tr,.card,figure,li{break-inside:avoid}
thead{display:table-header-group}
.table-wrap{overflow:visible}
a{color:inherit;text-decoration:none}
a[href]::after{content:" <" attr(href) ">";font-size:.8em;color:#444;word-break:break-all}}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _s(text: str, limit: int = 0) -> str:
    """Site text (hostile) for the page: control characters, NUL and bidi overrides
    dropped (U+202E would turn the rest of the line around), cut to a readable length
    (a hacked page's 10,000-character title), escaped."""
    return _e(shorten(clean_text(text, keep_joiners=True), limit or SITE_TEXT))


SITE_TEXT = 160


def _link(url: str, text: str) -> str:
    """A link for http(s) URLs only; anything else (javascript:, data:) stays text."""
    # People read an IDN host in Unicode, the printed page's link targets too (browsers
    # encode it); a space in a listed path is sent as %20.
    shown = _s(text or display_url(url), DETAIL_LIMIT if not text else 0)
    href = display_url(url.strip()).replace(" ", "%20")
    if _LINKABLE.fullmatch(href):
        return f'<a href="{_e(href)}" rel="noopener noreferrer nofollow">{shown}</a>'
    if not text:
        return f'<span class="nolink">{shown}</span>'
    return f'{shown} <span class="nolink">{_s(display_url(url), DETAIL_LIMIT)}</span>'


def _group(name: str, labels: Labels) -> str:
    return _s(name) if name else _e(labels["no_group"])


def _badge(status: str, labels: Labels) -> str:
    css = f"st-{status}" if status in STATUSES else "st-other"
    return f'<span class="badge {css}">{_e(labels.status(status))}</span>'


def _capped(rows: Sequence[T], max_rows: int) -> tuple[Sequence[T], int]:
    limit = max(0, max_rows)
    return rows[:limit], max(0, len(rows) - limit)


def _more(extra: int, labels: Labels) -> str:
    return f'<p class="more">{_e(labels.format("more_rows", count=extra))}</p>' if extra else ""


def _table(
    headers: Sequence[tuple[str, bool]], rows: Iterable[Sequence[str]], *, stack: bool = False
) -> str:
    """Headers are (text, numeric); cells are HTML already. `stack`: on a phone each row
    becomes a block of "header: value" lines instead of a table too wide to read."""
    numeric = [n for _, n in headers]
    head = "".join(f'<th{" class=n" if n else ""} scope="col">{_e(h)}</th>' for h, n in headers)
    names = [f' data-label="{_e(h)}"' if stack else "" for h, _ in headers]
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{' class=n' if numeric[i] else ''}{names[i]}>{c}</td>" for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    css = ' class="stack"' if stack else ""
    table = f"<table{css}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f'<div class="table-wrap">{table}</div>'


def _section(id_: str, title: str, body: str) -> str:
    return f'<section id="{id_}"><h2>{_e(title)}</h2>{body}</section>\n'


def _scan_ref(scan: ScanRef | None, labels: Labels, zone: tzinfo) -> str:
    if scan is None:
        return _e(labels["none"])
    return f"#{scan.id} · {_e(local_date(scan.started_at, zone))}"


def _reason_text(site: SiteRow, labels: Labels) -> str:
    reason = site.main_reason
    if reason is None:
        return ""
    detail = explain(reason, labels.lang)
    return (
        f'<span class="code">{_e(labels.finding(reason.code))}</span>: {_s(detail, DETAIL_LIMIT)}'
    )


def _reasons(site: SiteRow, labels: Labels) -> str:
    items = "".join(_reason_item(r, labels) for r in site.reasons)
    return f'<ul class="reasons">{items}</ul>' if items else ""


def _reason_item(reason: Reason, labels: Labels) -> str:
    detail = _s(explain(reason, labels.lang), DETAIL_LIMIT)
    return (
        f'<li{" class=veto" if reason.veto else ""}><span class="code">'
        f"{_e(labels.finding(reason.code))}</span>{': ' + detail if detail else ''}</li>"
    )


def _page_title(site: SiteRow) -> str:
    """The page's own title when it differs from the listed name (a hacked page's title)."""
    if not site.title or site.title == site.name:
        return ""
    return f'<div class="title">“{_s(site.title)}”</div>'


def _num(value: object) -> str:
    return "–" if value is None else _e(value)


def _header(report: Report, labels: Labels, zone: tzinfo) -> str:
    scan = report.scan
    depth = {"home": labels["depth_home"], "full": labels["depth_full"]}.get(scan.depth, scan.depth)
    started = f"{labels['started']} {local_time(scan.started_at, zone)}"
    scan_line = f"#{scan.id} · {_e(depth)} · {_e(started)}"
    group = _s(report.group_filter) if report.group_filter else _e(labels["none"])
    rows = [
        (labels["scan"], scan_line),
        (labels["baseline"], _scan_ref(report.baseline, labels, zone)),
        (labels["group_filter"], group),
        (labels["generated"], _e(local_time(report.generated_at, zone))),
    ]
    meta = "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in rows)
    notice = ""
    running = report.unfinished
    if running is not None:
        text = labels.format(
            "unfinished_note",
            id=running.id,
            started=local_time(running.started_at, zone),
            done=f"{running.done:,}",
            total=f"{running.total:,}",
            reported=scan.id,
        )
        notice = f'<p class="notice" id="unfinished">{_e(text)}</p>'
    return f'<header><h1>{_e(labels["title"])}</h1><dl class="meta">{meta}</dl>{notice}</header>\n'


def _card(label: str, value: str, id_: str, sub: str = "", css: str = "", unit: str = "") -> str:
    unit_html = f' <span class="unit">{_e(unit)}</span>' if unit else ""
    sub_html = f'<div class="sub">{sub}</div>' if sub else ""
    return (
        f'<div class="card"><div class="label">{_e(label)}</div><div class="value">'
        f'<span class="num{css}" id="{id_}">{value}</span>{unit_html}</div>{sub_html}</div>'
    )


def _change_card(
    label: str, change: float | None, id_: str, scan: ScanRef | None, labels: Labels, zone: tzinfo
) -> str:
    css = "" if change is None or abs(change) < 0.0005 else (" up" if change > 0 else " down")
    unit = labels["points"] if change is not None else ""
    sub = f"{_e(labels['baseline'])} {_scan_ref(scan, labels, zone)}"
    return _card(label, _e(points(change)), id_, sub, css, unit)


def _headline(report: Report, labels: Labels, zone: tzinfo) -> str:
    h = report.headline
    cards = [
        _card(labels["sites_checked"], _e(h.checked), "sites-checked"),
        _card(
            labels["pass_rate"],
            _e(percent(h.pass_rate)),
            "pass-rate",
            f'{_e(labels["passed"])} <span id="passed">{_e(h.passed)}</span>',
        ),
        _change_card(
            labels["change_since_previous"],
            h.change_since_previous,
            "change-previous",
            h.previous_scan,
            labels,
            zone,
        ),
        _change_card(
            labels["change_over_30_days"],
            h.change_over_30_days,
            "change-30-days",
            h.month_ago_scan,
            labels,
            zone,
        ),
    ]
    statuses = list(STATUSES) + [s for s in h.counts if s not in STATUSES]
    status_cards = "".join(
        f'<div class="card status {"st-" + s if s in STATUSES else "st-other"}">'
        f'{_badge(s, labels)}<span class="num" id="count-{_e(s)}">{_e(h.counts.get(s, 0))}'
        "</span></div>"
        for s in statuses
    )
    body = (
        f'<div class="cards">{"".join(cards)}</div>'
        f'<h3>{_e(labels["counts_by_status"])}</h3><div class="cards">{status_cards}</div>'
    )
    return _section("headline", labels["headline"], body)


def _change_list(
    title: str, id_: str, rows: Sequence[SiteRow], item: str, max_rows: int, labels: Labels
) -> str:
    shown, extra = _capped(rows, max_rows)
    items = "".join(item.format(**_site_parts(s, labels)) for s in shown)
    return (
        f'<h3 id="{id_}">{_e(title)} <span class="count">({len(rows)})</span></h3>'
        f'<ul class="changes">{items}</ul>{_more(extra, labels)}'
    )


def _site_parts(site: SiteRow, labels: Labels) -> dict[str, str]:
    was = _badge(site.previous_status, labels) if site.previous_status else _e(labels["none"])
    return {
        "site": _link(site.url, site.name),
        "group": f'<span class="group">{_group(site.group, labels)}</span>',
        "now": _badge(site.status, labels),
        "was": was,
        "reason": _reason_text(site, labels),
    }


def _changes(report: Report, labels: Labels, max_rows: int) -> str:
    blocks = []
    if report.newly_failed:
        blocks.append(
            _change_list(
                labels["newly_failed"],
                "newly-failed",
                report.newly_failed,
                "<li>{site} {group} {now} — {reason}</li>",
                max_rows,
                labels,
            )
        )
    if report.worsened:
        blocks.append(
            _change_list(
                labels["worsened"],
                "worsened",
                report.worsened,
                "<li>{site} {group} {was} → {now} — {reason}</li>",
                max_rows,
                labels,
            )
        )
    if report.recovered:
        blocks.append(
            _change_list(
                labels["recovered"],
                "recovered",
                report.recovered,
                "<li>{site} {group} {was} → {now}</li>",
                max_rows,
                labels,
            )
        )
    empty = labels["no_baseline" if report.baseline is None else "no_changes"]
    body = "".join(blocks) or f'<p class="empty">{_e(empty)}</p>'
    return _section("changes", labels["changes"], body)


def _empty(labels: Labels) -> str:
    return f'<p class="empty">{_e(labels["none"])}</p>'


def _needs_action(report: Report, labels: Labels, max_rows: int) -> str:
    rows = report.needs_action
    shown, extra = _capped(rows, max_rows)
    headers = [
        (labels["col_group"], False),
        (labels["col_site"], False),
        (labels["col_status"], False),
        (labels["col_reasons"], False),
        (labels["col_days"], True),
    ]
    cells = [
        [
            _group(s.group, labels),
            _link(s.url, s.name) + _page_title(s),
            _badge(s.status, labels),
            _reasons(s, labels),
            _num(s.days_in_state),
        ]
        for s in shown
    ]
    body = _table(headers, cells, stack=True) + _more(extra, labels) if rows else _empty(labels)
    return _section("needs-action", labels["needs_action"], body)


def _closure(report: Report, labels: Labels, max_rows: int, zone: tzinfo) -> str:
    rows = report.closure_candidates
    shown, extra = _capped(rows, max_rows)
    note = (
        f'<p class="note">{_e(labels.format("closure_note", days=report.closure_after_days))}</p>'
    )
    headers = [
        (labels["col_group"], False),
        (labels["col_site"], False),
        (labels["col_status"], False),
        (labels["col_since"], False),
        (labels["col_dead_days"], True),
    ]
    cells = [
        [
            _group(s.group, labels),
            _link(s.url, s.name),
            _badge(s.status, labels),
            _e(local_date(s.dead_since, zone)),
            _num(s.dead_days),
        ]
        for s in shown
    ]
    table = _table(headers, cells, stack=True) + _more(extra, labels)
    body = note + (table if rows else _empty(labels))
    return _section("closure", labels["closure"], body)


def _groups(report: Report, labels: Labels, max_rows: int) -> str:
    shown, extra = _capped(report.groups, max_rows)
    headers = [
        (labels["col_group"], False),
        (labels["col_sites"], True),
        (labels["col_pass_rate"], True),
    ]
    headers += [(labels.status(s), True) for s in STATUSES]
    headers += [(labels["col_worst"], False), (labels["col_trend"], False)]
    cells = []
    for g in shown:
        name = shorten(clean_text(g.group, keep_joiners=True)) if g.group else labels["no_group"]
        worst = ""
        if g.worst_finding:
            worst = f"{_e(labels.finding(g.worst_finding))} ({_e(g.worst_finding_sites)})"
        trend = " → ".join(percent(v) for v in g.trend)
        spark = sparkline_svg(g.trend, label=f"{name} {labels['col_trend']}: {trend}")
        cells.append(
            [_e(name), _e(g.sites), _e(percent(g.pass_rate))]
            + [_e(g.counts.get(s, 0)) for s in STATUSES]
            + [worst, spark]
        )
    body = _table(headers, cells) + _more(extra, labels) if report.groups else _empty(labels)
    return _section("groups", labels["by_group"], body)


def _findings(report: Report, labels: Labels, max_rows: int) -> str:
    shown, extra = _capped(report.findings, max_rows)
    headers = [
        (labels["col_code"], False),
        (labels["col_sites"], True),
        (labels["col_total"], True),
        (labels["col_vetoes"], True),
    ]
    cells = [
        [
            f"{_e(labels.finding(f.code))} <code>{_e(f.code)}</code>",
            _e(f.sites),
            _e(f.total),
            _e(f.vetoes),
        ]
        for f in shown
    ]
    body = _table(headers, cells) + _more(extra, labels) if report.findings else _empty(labels)
    return _section("findings", labels["findings_overview"], body)


def _availability(report: Report, labels: Labels, max_rows: int) -> str:
    a = report.availability
    days = round((a.window_end - a.window_start).total_seconds() / 86400)
    note = labels.format(
        "availability_note", days=days, ratio=percent(a.max_failure_ratio), min=a.min_visits
    )
    source = labels[f"availability_source_{a.source}"]
    cards = "".join(
        _card(labels[f"verdict_{key}"], _e(value), f"availability-{key}")
        for key, value in (
            ("pass", a.passing),
            ("fail", a.failing),
            ("insufficient", a.insufficient),
        )
    )
    shown, extra = _capped(a.rows, max_rows)
    headers = [
        (labels["col_group"], False),
        (labels["col_site"], False),
        (labels["col_visits"], True),
        (labels["col_failures"], True),
        (labels["col_ratio"], True),
        (labels["col_verdict"], False),
    ]
    cells = [
        [
            _group(r.group, labels),
            _link(r.url, r.name),
            _e(r.visits),
            _e(r.failures),
            _e(failure_ratio(r.failures, r.visits, a.max_failure_ratio)),
            f'<span class="verdict-{_e(r.verdict)}">{_e(labels[f"verdict_{r.verdict}"])}</span>',
        ]
        for r in shown
    ]
    table = _table(headers, cells, stack=True) + _more(extra, labels) if a.rows else ""
    body = (
        f'<p class="note">{_e(note)} <span class="source">({_e(source)})</span></p>'
        f'<div class="cards">{cards}</div>{table}'
    )
    return _section("availability", labels["availability"], body)


def _trends(report: Report, labels: Labels, zone: tzinfo) -> str:
    rate_points = [(t.at, {"pass_rate": t.pass_rate}) for t in report.trends]
    rate = line_chart_svg(
        rate_points,
        series=[("pass_rate", labels["pass_rate"], "#0969da")],
        y_max=1.0,
        y_format=lambda v: f"{v * 100:.0f}%",
        title=labels["chart_pass_rate"],
        zone=zone,
        empty_text=labels["no_data"],
    )
    count_points = [(t.at, {s: float(t.counts.get(s, 0)) for s in STATUSES}) for t in report.trends]
    counts = line_chart_svg(
        count_points,
        series=[(s, labels.status(s), STATUS_COLOURS[s]) for s in STATUSES],
        y_format=lambda v: f"{v:g}",
        title=labels["counts_by_status"],
        zone=zone,
        empty_text=labels["no_data"],
    )
    body = (
        f'<div class="charts"><figure id="chart-pass-rate">{rate}</figure>'
        f'<figure id="chart-statuses">{counts}</figure></div>'
    )
    return _section("trends", labels["trends"], body)


def format_html(report: Report, labels: Labels, *, max_rows: int = 200, zone: tzinfo = UTC) -> str:
    """The whole report as one self-contained HTML5 document."""
    lang = "zh-CN" if labels.lang == "zh" else labels.lang
    title = f"{labels['title']} · #{report.scan.id} · {local_date(report.scan.started_at, zone)}"
    parts = [
        "<!DOCTYPE html>\n",
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="referrer" content="no-referrer">\n',
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        _header(report, labels, zone),
        "<main>\n",
        _headline(report, labels, zone),
        _changes(report, labels, max_rows),
        _needs_action(report, labels, max_rows),
        _closure(report, labels, max_rows, zone),
        _groups(report, labels, max_rows),
        _findings(report, labels, max_rows),
        _availability(report, labels, max_rows),
        _trends(report, labels, zone),
        "</main>\n</body>\n</html>\n",
    ]
    return "".join(parts)
