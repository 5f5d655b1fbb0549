"""Date extraction accuracy and speed: `crawler.dates` against htmldate, side by side.

1. Article pages: the htmldate devset (200 real news pages, many languages, with the
   true publication date of each; 5 have none). It is extracted from
   `../shared/data/htmldate-devset.tar.xz` into a temporary folder at run time and never
   copied into the project. Each page is scored by exact day; a page with no true date
   counts as correct when the extractor returns nothing.
   - ours: `decode_body(body, "")` -> `LexborHTMLParser` -> `page_date(tree, url, today)`;
   - htmldate `find_date(body, url=url)` in extensive mode and in fast mode
     (`extensive_search=False`), each with its default `original_date=False` and with
     `original_date=True` (the truth is the publication date, so the latter is the fair
     comparison). Start-up is left out of its timing: each mode gets one untimed pass
     over all pages first (imports, dateparser's locale data, regex compilation), then
     its per-string result caches are cleared and a second pass is timed.
2. Listing pages: 20 Chinese and Taiwanese column/portal pages written below (clocks,
   copyright and ICP footers, effective dates in titles, year-less and ROC dates,
   full-width digits; every other page also has a script holding today's timestamp);
   the truth is the newest item date. Ours:
   `newest_visible_date`; htmldate: `find_date` with its defaults (extensive; and fast),
   `max_date` = the listing's `now` + 1 day.

Usage: python bench/date_accuracy.py [--archive PATH] [--verbose]
Prints the figures, what each stage of `page_date` decides, and a markdown block for
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import statistics
import sys
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from crawler.dates import (  # noqa: E402
    STAGES,
    newest_visible_date,
    page_date,
    page_date_candidates,
    stage_of,
)
from crawler.decode import decode_body  # noqa: E402

DEFAULT_ARCHIVE = REPO.parent / "shared" / "data" / "htmldate-devset.tar.xz"
LISTING_NOW = date(2026, 11, 25)


@dataclass
class Page:
    url: str
    name: str
    body: bytes
    truth: date | None


@dataclass
class Run:
    """One extractor over one page set: answers and per-page seconds."""

    name: str
    answers: list[date | None] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    def accuracy(self, truths: Sequence[date | None]) -> float:
        right = sum(a == t for a, t in zip(self.answers, truths, strict=True))
        return right / len(truths)

    def correct(self, truths: Sequence[date | None]) -> int:
        return sum(a == t for a, t in zip(self.answers, truths, strict=True))

    def within_a_day(self, truths: Sequence[date | None]) -> int:
        """Right to a day either way (UTC timestamps against the local date shown)."""
        return sum(
            a == t or (a is not None and t is not None and abs((a - t).days) <= 1)
            for a, t in zip(self.answers, truths, strict=True)
        )

    @property
    def mean_ms(self) -> float:
        return 1000 * sum(self.seconds) / len(self.seconds) if self.seconds else math.nan

    @property
    def median_ms(self) -> float:
        return 1000 * statistics.median(self.seconds) if self.seconds else math.nan


# --------------------------------------------------------------------------------------
# The devset


def load_devset(archive: Path, folder: Path) -> list[Page]:
    with tarfile.open(archive, "r:xz") as tar:
        tar.extractall(folder, filter="data")
    truth_files = list(folder.rglob("truth.json"))
    if len(truth_files) != 1:
        raise SystemExit(f"{archive}: expected one truth.json, found {len(truth_files)}")
    root = truth_files[0].parent
    truth: dict[str, dict[str, Any]] = json.loads(truth_files[0].read_text("utf-8"))
    pages = []
    for url, entry in truth.items():
        raw = entry["date"]
        when = None if isinstance(raw, float) and math.isnan(raw) else date.fromisoformat(raw)
        body = (root / "pages" / entry["file"]).read_bytes()
        pages.append(Page(url, entry["file"], body, when))
    return pages


def run_ours(pages: list[Page], now: date) -> tuple[Run, list[float], list[str]]:
    """Timed: decode + parse + page_date. Also returns parse-only seconds and sources."""
    for page in pages:  # warm-up: lexicon and regex compilation
        page_date(LexborHTMLParser(decode_body(page.body, "")[0]), page.url, now)
    run = Run("ours")
    parse_seconds: list[float] = []
    sources: list[str] = []
    for page in pages:
        start = time.perf_counter()
        text, _ = decode_body(page.body, "")
        tree = LexborHTMLParser(text)
        parsed = time.perf_counter()
        hit = page_date(tree, page.url, now)
        end = time.perf_counter()
        run.answers.append(hit.value if hit else None)
        run.seconds.append(end - start)
        parse_seconds.append(parsed - start)
        sources.append(hit.source if hit else "none")
    return run, parse_seconds, sources


def _clear_htmldate_caches() -> None:
    """Forget htmldate's per-string results (kept: lazily loaded parsers and word lists)."""
    from htmldate import extractors, validators

    keep = {"get_external_parser", "month_words"}
    for module in (extractors, validators):
        for name in dir(module):
            function = getattr(module, name)
            if hasattr(function, "cache_clear") and name not in keep:
                function.cache_clear()


def run_htmldate(
    pages: list[Page], name: str, find: Callable[[Page], str | None]
) -> tuple[Run, float]:
    """Returns the timed run and the untimed warm-up pass's total seconds."""
    start = time.perf_counter()
    for page in pages:
        find(page)
    warmup = time.perf_counter() - start
    _clear_htmldate_caches()
    run = Run(name)
    for page in pages:
        start = time.perf_counter()
        result = find(page)
        run.seconds.append(time.perf_counter() - start)
        run.answers.append(date.fromisoformat(result) if result else None)
    return run, warmup


def stage_table(
    pages: list[Page], sources: list[str], answers: list[date | None], now: date
) -> list[str]:
    """What each stage decides, and how right each stage is wherever it has an answer."""
    decided: Counter[str] = Counter()
    decided_right: Counter[str] = Counter()
    for source, answer, page in zip(sources, answers, pages, strict=True):
        stage = stage_of(source)
        decided[stage] += 1
        decided_right[stage] += answer == page.truth
    fired: Counter[str] = Counter()
    fired_right: Counter[str] = Counter()
    order: list[str] = []
    for page in pages:
        tree = LexborHTMLParser(decode_body(page.body, "")[0])
        for hit in page_date_candidates(tree, page.url, now):
            stage = stage_of(hit.source)
            if stage not in order:
                order.append(stage)
            fired[stage] += 1
            fired_right[stage] += hit.value == page.truth
    names = [s for s in STAGES if s in fired or s in decided]
    names += [s for s in order if s not in names] + (["none"] if "none" in decided else [])
    lines = [
        "| stage | decides (right) | answers anywhere (right, precision) |",
        "|---|---:|---:|",
    ]
    for stage in names:
        precision = f"{fired_right[stage] / fired[stage]:.2f}" if fired[stage] else "-"
        lines.append(
            f"| {stage} | {decided[stage]} ({decided_right[stage]}) | "
            f"{fired[stage]} ({fired_right[stage]}, {precision}) |"
        )
    return lines


# --------------------------------------------------------------------------------------
# Chinese and Taiwanese listing pages (the truth is the newest item's date)

_HEAD = (
    '<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
    "<style>.date{{float:right;color:#999}} .list li{{line-height:2}}</style>"
    '<script src="/js/jquery.min.js"></script>{extra_head}</head><body>'
)
_NAV = (
    '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a>'
    '<a href="/zwdt/">政务动态</a><a href="/hdjl/">互动交流</a></div>'
)
_FOOTER_CN = (
    '<div class="footer"><p>主办单位：{org}　承办单位：{org}办公室</p>'
    "<p>版权所有 © 2015-2026 {org}　京ICP备12345678号-1　京公网安备 11010502000001号</p>"
    "<p>网站标识码：1101000001　联系电话：010-88888888　技术支持：400-123-4567</p></div>"
)
_FOOTER_TW = (
    '<div id="footer"><p>地址：10048臺北市中正區重慶南路一段122號　電話：(02)2311-3731</p>'
    "<p>Copyright © 2026 {org} All Rights Reserved.</p></div>"
)


def _listing(
    items: list[str],
    *,
    title: str = "通知公告",
    org: str = "示例县人民政府",
    lang: str = "zh-CN",
    before: str = "",
    after: str = "",
    extra_head: str = "",
    footer: str = _FOOTER_CN,
    container: str = "ul",
    stamp: bool = False,
) -> str:
    inner = "".join(items)
    if container == "table":
        body = f'<table class="list">{inner}</table>'
    else:
        body = f'<ul class="list">{inner}</ul>'
    return (
        _HEAD.format(lang=lang, title=f"{title}_{org}", extra_head=extra_head)
        + _NAV
        + before
        + f'<div class="main"><h2>{title}</h2>{body}'
        + '<div class="page">共 8 页 当前第 1/8 页 <a href="?p=2">下一页</a></div></div>'
        + after
        + footer.format(org=org)
        + (f'<script>var stamp = "{LISTING_NOW} 08:00:00";</script>' if stamp else "")
        + "</body></html>"
    )


def _li(title: str, when: str, href: str = "/art/1.html") -> str:
    return f'<li><a href="{href}">{title}</a><span class="date">{when}</span></li>'


def _li_first(title: str, when: str) -> str:
    return f'<li><span class="date">{when}</span><a href="/art/1.html">{title}</a></li>'


def _tr(title: str, when: str, number: int = 1) -> str:
    return (
        f'<tr><td>{number}</td><td><a href="/art/{number}.html">{title}</a></td>'
        f"<td>{when}</td></tr>"
    )


T = [  # a stock of realistic titles
    "县政府召开常务会议研究部署冬季安全生产工作",
    "关于做好冬季清洁取暖工作的通知",
    "全县农村人居环境整治现场推进会召开",
    "县领导督导检查重点项目建设进展情况",
    "关于公开征求《示例县城市管理办法（征求意见稿）》意见的公告",
    "示例县2026年公开招聘事业单位工作人员公告",
    "关于开展安全生产大检查的实施方案",
    "县人大常委会召开第十二次会议",
]


def listing_pages() -> list[tuple[str, str, date]]:
    """(name, html, newest item date)."""
    d = LISTING_NOW
    cases: list[tuple[str, str, date]] = []

    def add(name: str, html: str, truth: date) -> None:
        cases.append((name, html, truth))

    def stamp() -> bool:
        """Every other page has a script with today's timestamp (analytics, build time)."""
        return len(cases) % 2 == 1

    iso = date.isoformat

    def _listing_s(items: list[str], **kwargs: Any) -> str:
        return _listing(items, stamp=stamp(), **kwargs)

    add(
        "iso, pinned old item first",
        _listing_s(
            [_li("【置顶】" + T[5], "2026-03-02")]
            + [_li(T[i], iso(d - timedelta(days=3 + 4 * i))) for i in range(6)]
        ),
        d - timedelta(days=3),
    )
    add(
        "year-less [MM-DD], today clock in the header",
        _listing_s(
            [_li_first(T[i], f"[{(d - timedelta(days=2 + 5 * i)):%m-%d}]") for i in range(7)],
            before='<div class="top">今天是 2026年11月25日 星期三　农历十月初六</div>',
        ),
        d - timedelta(days=2),
    )
    add(
        "CJK dates in a table",
        _listing_s(
            [_tr(T[i], f"{(d - timedelta(days=6 + 9 * i)):%Y年%m月%d日}", i + 1) for i in range(6)],
            container="table",
        ),
        d - timedelta(days=6),
    )
    add(
        "Taiwan, ROC dashes in a table",
        _listing_s(
            [
                _tr(
                    t,
                    f"{x.year - 1911}-{x:%m-%d}",
                    i + 1,
                )
                for i, (t, x) in enumerate(
                    (t, d - timedelta(days=8 + 11 * i)) for i, t in enumerate(T[:6])
                )
            ],
            title="最新消息",
            org="臺北市政府",
            lang="zh-Hant-TW",
            footer=_FOOTER_TW,
            container="table",
        ),
        d - timedelta(days=8),
    )
    add(
        "Taiwan, 民國 dates",
        _listing_s(
            [
                _li(t, f"民國{x.year - 1911}年{x.month}月{x.day}日")
                for t, x in ((t, d - timedelta(days=13 + 7 * i)) for i, t in enumerate(T[:5]))
            ],
            title="公告事項",
            org="新北市政府",
            lang="zh-Hant-TW",
            footer=_FOOTER_TW,
        ),
        d - timedelta(days=13),
    )
    add(
        "slashes, document.write clock",
        _listing_s(
            [_li(T[i], f"{(d - timedelta(days=9 + 3 * i)):%Y/%m/%d}") for i in range(6)],
            before='<div class="time"><script>document.write("2026-11-25 星期三")</script></div>',
        ),
        d - timedelta(days=9),
    )
    add(
        "future effective date in a title",
        _listing_s(
            [_li("关于《示例县养犬管理条例》自2027年1月1日起施行的公告", "2026-11-10")]
            + [_li(T[i], iso(d - timedelta(days=30 + 10 * i))) for i in range(5)]
        ),
        date(2026, 11, 10),
    )
    add(
        "full-width digits",
        _listing_s(
            [
                _li(T[i], f"{(d - timedelta(days=12 + 2 * i)):%Y-%m-%d}".translate(_FULLWIDTH))
                for i in range(6)
            ]
        ),
        d - timedelta(days=12),
    )
    add(
        "footer shows the site's update date",
        _listing_s(
            [_li(T[i], iso(d - timedelta(days=20 + 6 * i))) for i in range(6)],
            after='<div class="bottom">网站更新时间：2026-11-24　访问量：1234567</div>',
        ),
        d - timedelta(days=20),
    )
    add(
        "stale column, copyright runs to this year",
        _listing_s([_li(T[i], iso(date(2025, 3, 14) - timedelta(days=15 * i))) for i in range(6)]),
        date(2025, 3, 14),
    )
    add(
        "year-less across the year",
        _listing_s(
            [
                _li(T[0], "[03-02]"),
                _li(T[1], "[12-28]"),
                _li(T[2], "[11-21]"),
                _li(T[3], "[01-05]"),
            ]
        ),
        date(2026, 11, 21),
    )
    add(
        "date before the title",
        _listing_s([_li_first(T[i], iso(d - timedelta(days=5 + 8 * i))) for i in range(6)]),
        d - timedelta(days=5),
    )
    add(
        "portal with three columns",
        _listing_s(
            [_li(T[i], iso(d - timedelta(days=40 + i))) for i in range(3)],
            after=(
                '<div class="col"><h2>政务动态</h2><ul>'
                + "".join(_li(T[i + 3], iso(d - timedelta(days=4 + 2 * i))) for i in range(4))
                + '</ul></div><div class="col"><h2>部门动态</h2><ul>'
                + "".join(_li(T[i], iso(d - timedelta(days=15 + i))) for i in range(4))
                + "</ul></div>"
            ),
        ),
        d - timedelta(days=4),
    )
    add(
        "dates with times",
        _listing_s(
            [_li(T[i], f"{iso(d - timedelta(days=7 + i))} 10:{30 + i}:00") for i in range(6)]
        ),
        d - timedelta(days=7),
    )
    add(
        "发布日期 labels inside items",
        _listing_s(
            [
                f'<li><a href="/art/{i}.html">{T[i]}</a>'
                f"<p>发布日期：{iso(d - timedelta(days=16 + 5 * i))}　浏览次数：{100 + i}</p></li>"
                for i in range(6)
            ]
        ),
        d - timedelta(days=16),
    )
    add(
        "meeting date in a title is later than the item",
        _listing_s(
            [_li("关于召开2026年11月23日全县安全生产会议的通知", "2026-11-19")]
            + [_li(T[i], iso(d - timedelta(days=22 + 3 * i))) for i in range(5)]
        ),
        date(2026, 11, 19),
    )
    add(
        "old PubDate meta on a column page",
        _listing_s(
            [_li(T[i], iso(d - timedelta(days=10 + 3 * i))) for i in range(6)],
            extra_head='<meta name="PubDate" content="2019-05-01 09:00">'
            '<meta name="ColumnName" content="通知公告">',
        ),
        d - timedelta(days=10),
    )
    add(
        "Taiwan, ROC slashes",
        _listing_s(
            [
                _li(t, f"{x.year - 1911}/{x:%m/%d}")
                for t, x in ((t, d - timedelta(days=1 + 6 * i)) for i, t in enumerate(T[:6]))
            ],
            title="新聞稿",
            org="臺中市政府",
            lang="zh-Hant-TW",
            footer=_FOOTER_TW,
        ),
        d - timedelta(days=1),
    )
    add(
        "bare MM-DD at the end of items",
        _listing_s([_li(T[i], f"{(d - timedelta(days=1 + 3 * i)):%m-%d}") for i in range(6)]),
        d - timedelta(days=1),
    )
    add(
        "dots, weather widget with today's date",
        _listing_s(
            [_li(T[i], f"{(d - timedelta(days=18 + 4 * i)):%Y.%m.%d}") for i in range(6)],
            before='<div class="weather">2026.11.25 周三 晴 3~12℃</div>',
        ),
        d - timedelta(days=18),
    )
    return cases


_FULLWIDTH = str.maketrans({str(i): chr(0xFF10 + i) for i in range(10)} | {"-": "－"})


# --------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE)
    parser.add_argument("--verbose", action="store_true", help="list the pages we get wrong")
    args = parser.parse_args()
    if not args.archive.exists():
        print(f"no devset archive at {args.archive}", file=sys.stderr)
        return 2
    try:
        import htmldate
        from htmldate import find_date
    except ImportError:
        print("htmldate is not installed: pip install htmldate", file=sys.stderr)
        return 2

    now = date.today()
    with tempfile.TemporaryDirectory(prefix="devset-") as folder:
        pages = load_devset(args.archive, Path(folder))
    truths = [p.truth for p in pages]
    print(f"htmldate devset: {len(pages)} pages ({sum(t is None for t in truths)} undated)")

    ours, parse_seconds, sources = run_ours(pages, now)

    start = time.perf_counter()
    find_date(pages[0].body, url=pages[0].url)
    first_call = time.perf_counter() - start
    htmldate_runs: list[tuple[Run, float]] = []
    for name, kwargs in (
        ("htmldate extensive", {}),
        ("htmldate fast", {"extensive_search": False}),
        ("htmldate extensive, original_date=True", {"original_date": True}),
        ("htmldate fast, original_date=True", {"extensive_search": False, "original_date": True}),
    ):

        def find(page: Page, kwargs: dict[str, Any] = kwargs) -> str | None:
            return find_date(page.body, url=page.url, **kwargs)

        htmldate_runs.append(run_htmldate(pages, name, find))

    # ours, then htmldate (extensive, original) where we find nothing: is it worth it?
    best_hd = htmldate_runs[2][0]
    combined = [
        a if a is not None else b for a, b in zip(ours.answers, best_hd.answers, strict=True)
    ]
    combined_right = sum(a == t for a, t in zip(combined, truths, strict=True))

    parse_ms = 1000 * sum(parse_seconds) / len(parse_seconds)
    rows = [
        "| extractor | exact day | ±1 day | ms/page (mean) | ms/page (median) |",
        "|---|---:|---:|---:|---:|",
    ]
    for run, label in [(ours, "ours: `page_date` (decode + lexbor parse + extract)")] + [
        (run, f"{run.name} (`find_date(bytes, url=url)`)") for run, _ in htmldate_runs
    ]:
        rows.append(
            f"| {label} | {run.correct(truths)}/{len(pages)} = {run.accuracy(truths):.3f} | "
            f"{run.within_a_day(truths)}/{len(pages)} | {run.mean_ms:.2f} | "
            f"{run.median_ms:.2f} |"
        )
    print()
    print("\n".join(rows))
    print(
        f"\nours: decode + parse {parse_ms:.2f} ms/page, page_date "
        f"{ours.mean_ms - parse_ms:.2f} ms/page"
    )
    print(
        f"htmldate start-up (left out above): first call {1000 * first_call:.0f} ms; untimed "
        "warm-up passes " + ", ".join(f"{run.name} {warm:.1f} s" for run, warm in htmldate_runs)
    )
    print(
        f"ours, then htmldate extensive (original_date=True) where ours finds nothing: "
        f"{combined_right}/200 = {combined_right / len(pages):.3f}"
    )
    stages = stage_table(pages, sources, ours.answers, now)
    print("\nStages of page_date on the devset:")
    print("\n".join(stages))
    if args.verbose:
        print("\nPages ours gets wrong:")
        for page, answer, source in zip(pages, ours.answers, sources, strict=True):
            if answer != page.truth:
                print(f"  {page.name}  truth {page.truth}  ours {answer} ({source})  {page.url}")

    # Listings
    cases = listing_pages()
    max_date = (LISTING_NOW + timedelta(days=1)).isoformat()
    listing_truths = [truth for _, _, truth in cases]
    listing_runs: list[Run] = [Run("ours"), Run("htmldate extensive"), Run("htmldate fast")]
    for name, html, truth in cases:
        start = time.perf_counter()
        hit = newest_visible_date(LexborHTMLParser(html), LISTING_NOW)
        listing_runs[0].seconds.append(time.perf_counter() - start)
        listing_runs[0].answers.append(hit.value if hit else None)
        for run, extensive in ((listing_runs[1], True), (listing_runs[2], False)):
            start = time.perf_counter()
            found = find_date(html, extensive_search=extensive, max_date=max_date)
            run.seconds.append(time.perf_counter() - start)
            run.answers.append(date.fromisoformat(found) if found else None)
        if args.verbose:
            got = [r.answers[-1] for r in listing_runs]
            print(f"  listing {name!r}: truth {truth} -> {got}")
    print(f"\nChinese/Taiwanese listing pages ({len(cases)}, newest item date, now {LISTING_NOW}):")
    listing_rows = [
        "| extractor | newest date right |",
        "|---|---:|",
    ]
    for run in listing_runs:
        listing_rows.append(
            f"| {run.name} | {run.correct(listing_truths)}/{len(cases)} = "
            f"{run.accuracy(listing_truths):.2f} |"
        )
    print("\n".join(listing_rows))
    wrong = [
        (name, truth, run.name, answer)
        for run in listing_runs
        for (name, _, truth), answer in zip(cases, run.answers, strict=True)
        if answer != truth
    ]
    for name, truth, who, answer in wrong:
        if who == "ours" or args.verbose:
            print(f"  {who}: {name!r}: truth {truth}, got {answer}")

    hd_version = getattr(htmldate, "__version__", "?")
    print("\nMarkdown for docs/benchmarks.md:\n")
    print("## Date extraction (`bench/date_accuracy.py`)\n")
    print(
        f"`python bench/date_accuracy.py` — {date.today()}, Python {platform.python_version()}, "
        f"htmldate {hd_version}, {platform.machine()}.\n"
    )
    print(
        "Article pages: the htmldate devset (200 news pages, exact day; the 5 undated pages "
        "count as right when nothing is returned). htmldate gets the page bytes and the URL; "
        "its start-up is not timed (one untimed pass per mode, result caches then cleared).\n"
    )
    print("\n".join(rows))
    print(
        f"\nOurs: decode + parse {parse_ms:.2f} ms/page, `page_date` itself "
        f"{ours.mean_ms - parse_ms:.2f} ms/page."
    )
    print(
        f"Ours with htmldate as a fallback where ours finds nothing: "
        f"{combined_right / len(pages):.3f} (not used).\n"
    )
    print("What each stage of `page_date` decides on the devset:\n")
    print("\n".join(stages))
    print(
        f"\nChinese/Taiwanese listing pages ({len(cases)} written into the script: clocks, "
        "copyright/ICP footers, scripts, ROC and year-less dates, effective dates in titles); "
        "every other page also has a script with today's timestamp; the truth is the newest "
        "item date. Ours: `newest_visible_date`; htmldate: `find_date` defaults.\n"
    )
    print("\n".join(listing_rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
