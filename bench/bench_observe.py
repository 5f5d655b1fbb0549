"""CPU time of the homepage sweep's parse step: `observe(..., lists=False)` per page.

Pages come from bench_scan.py's generator (variant v of 50, 30-100 KB portal
homepages). CPU time (`time.process_time`), not wall time: the machine is shared.
Usage: python bench/bench_observe.py [--pages 50] [--runs 3] [--profile] [--parts]
       [--dated-urls] [--indented] [--lists | --list-pages]
       python bench/bench_observe.py --against HEAD [--rounds 5] [--dated-urls] [--indented]
       [--lists | --list-pages]

`--lists` times what `--depth full` does with a homepage instead: `observe(...,
lists=True)` (lists, columns, links, resources); `--list-pages` the same over the
farm's column list pages (`/col/colN/index.html`, 40 dated items), six per site.

`--dated-urls` gives the article links dated paths (`/art/2026/11/20/art_123.html`, as
Hanweb and TRS portals have; the generator's `/col/art_123.html` carry no date).
`--indented` puts a line break and indentation between tags, as in most real pages
(the generator writes none: no white-space-only text nodes).

`--against REF` times the crawler of git revision REF (exported to a temp dir) and
this working tree alternately, in fresh processes, `--rounds` times each: on a shared
machine that is fairer than two runs minutes apart.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The crawler under test: BENCH_CRAWLER (a checkout, for --against) or this repo.
sys.path.insert(0, os.environ.get("BENCH_CRAWLER") or str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scan import COLUMNS, VARIANTS, make_list_page, make_page  # noqa: E402

from crawler import decode, extract  # noqa: E402
from crawler.dates import newest_date_in_page_text, newest_date_in_urls  # noqa: E402
from crawler.signals import default_signatures, page_signals, scan_markup  # noqa: E402


def pages(n: int, dated_urls: bool = False, indented: bool = False) -> list[tuple[bytes, str]]:
    """(body, url) of n pages; the Content-Type carries no charset, as in the farm."""
    out = [(make_page(v % VARIANTS)[0], f"http://s{v:05d}.bench.test/") for v in range(n)]
    if dated_urls:
        out = [(_DATED_ART.sub(_dated, body), url) for body, url in out]
    if indented:
        out = [(body.replace(b"><", b">\n    <"), url) for body, url in out]
    return out


# An article link and the date shown after it, in the generator's list items.
_DATED_ART = re.compile(rb'/col/art_(\d+)\.html(?=">[^<]*</a><span>(\d{4})-(\d\d)-(\d\d)<)')


def _dated(match: re.Match[bytes]) -> bytes:
    number, year, month, day = match.groups()
    return b"/art/%s/%s/%s/art_%s.html" % (year, month, day, number)


def list_pages(n: int, indented: bool = False) -> list[tuple[bytes, str]]:
    """(body, url) of n column list pages (the farm's, in turn)."""
    out = [
        (make_list_page(i % len(COLUMNS)), f"http://s{i:05d}.bench.test/col/col{i}/index.html")
        for i in range(n)
    ]
    if indented:
        out = [(body.replace(b"><", b">\n    <"), url) for body, url in out]
    return out


def observe_all(batch: list[tuple[bytes, str]], today: date, lists: bool = False) -> None:
    for body, url in batch:
        extract.observe(body, "", url, "text/html", now=today, lists=lists)


def cpu_ms_per_page(fn: Callable[[], object], count: int, runs: int) -> float:
    """Median over `runs` of CPU ms per page (one warm-up run first)."""
    fn()
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.process_time()
        fn()
        times.append((time.process_time() - start) * 1000 / count)
    return statistics.median(times)


def parts(batch: list[tuple[bytes, str]], today: date, runs: int) -> dict[str, float]:
    """CPU ms per page of the sweep's main steps, each timed alone on prepared inputs."""
    signatures = default_signatures()
    # What observe gives lexbor: the text, or the body itself where the crawler can.
    to_parse = getattr(decode, "parser_input", decode.decode_body)
    texts = [to_parse(body, "")[0] for body, _ in batch]
    trees = [extract.LexborHTMLParser(text) for text in texts]
    anchors = [tree.css("a[href]") for tree in trees]
    hrefs = [[a.attrs.get("href") or "" for a in found] for found in anchors]
    markups = [
        scan_markup(tree, url, signatures, len(found))
        for tree, (_, url), found in zip(trees, batch, anchors, strict=True)
    ]
    visible = [extract._visible_text(tree) for tree in trees]
    n = len(batch)
    steps: dict[str, Callable[[], object]] = {
        "decode": lambda: [to_parse(body, "") for body, _ in batch],
        "parse": lambda: [extract.LexborHTMLParser(text) for text in texts],
        "select a[href]": lambda: [tree.css("a[href]") for tree in trees],
        "hrefs": lambda: [[a.attrs.get("href") or "" for a in found] for found in anchors],
        "scan_markup": lambda: [
            scan_markup(tree, url, signatures, len(found))
            for tree, (_, url), found in zip(trees, batch, anchors, strict=True)
        ],
        "_visible_text": lambda: [
            extract._visible_text(extract.LexborHTMLParser(text)) for text in texts
        ],
        "date sweep (text)": lambda: [
            newest_date_in_page_text(lines, today) for _, lines in visible
        ],
        "date sweep (urls)": lambda: [newest_date_in_urls(found, today) for found in hrefs],
        "fingerprint": lambda: [extract.fingerprint(lines) for _, lines in visible],
        "page_signals": lambda: [
            page_signals(markup, text, "", signatures)
            for markup, (text, _) in zip(markups, visible, strict=True)
        ],
    }
    out = {name: cpu_ms_per_page(step, n, runs) for name, step in steps.items()}
    out["_visible_text"] -= out["parse"]  # it parses again (stripping changes the tree)
    return out


def list_parts(batch: list[tuple[bytes, str]], today: date, runs: int) -> dict[str, float]:
    """CPU ms per page of `observe(..., lists=True)`'s main steps, each alone."""
    from crawler.anchors import PageAnchors
    from crawler.columns import read_lists

    signatures = default_signatures()
    lexicon = extract.default_lexicon()
    to_parse = getattr(decode, "parser_input", decode.decode_body)
    texts = [to_parse(body, "")[0] for body, _ in batch]
    trees = [extract.LexborHTMLParser(text) for text in texts]
    nodes = [tree.css("a[href]") for tree in trees]
    anchors = [PageAnchors(found) for found in nodes]
    links = [extract._links(found, url) for found, (_, url) in zip(anchors, batch, strict=True)]
    n = len(batch)
    steps: dict[str, Callable[[], object]] = {
        "decode + parse": lambda: [
            extract.LexborHTMLParser(to_parse(body, "")[0]) for body, _ in batch
        ],
        "select a[href]": lambda: [tree.css("a[href]") for tree in trees],
        "scan_markup": lambda: [
            scan_markup(tree, url, signatures, len(found))
            for tree, (_, url), found in zip(trees, batch, nodes, strict=True)
        ],
        "PageAnchors": lambda: [PageAnchors(found) for found in nodes],
        "_links": lambda: [
            extract._links(found, url) for found, (_, url) in zip(anchors, batch, strict=True)
        ],
        "_resources": lambda: [
            extract._resources(tree, url, extract.origin_of(url), found)
            for tree, (_, url), found in zip(trees, batch, links, strict=True)
        ],
        "read_lists": lambda: [
            read_lists(tree, url, today, lexicon, found)
            for tree, (_, url), found in zip(trees, batch, anchors, strict=True)
        ],
        "_visible_text (+parse)": lambda: [
            extract._visible_text(extract.LexborHTMLParser(text)) for text in texts
        ],
    }
    return {name: cpu_ms_per_page(step, n, runs) for name, step in steps.items()}


def against(ref: str, rounds: int, pages_n: int, runs: int, options: list[str]) -> None:
    """CPU ms/page of REF's crawler and this tree's, alternating fresh processes."""
    with tempfile.TemporaryDirectory(prefix="bench_observe_") as tmp:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", ref, "crawler"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        results: dict[str, list[float]] = {ref: [], "working tree": []}
        for _ in range(rounds):
            for name, root in ((ref, tmp), ("working tree", str(REPO))):
                out = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--pages",
                        str(pages_n),
                        "--runs",
                        str(runs),
                        *options,
                    ],
                    env={**os.environ, "BENCH_CRAWLER": root},
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                results[name].append(float(out.split("observe(lists=")[1].split()[1]))
        for name, values in results.items():
            shown = " ".join(f"{v:.3f}" for v in values)
            print(f"{name:>14}: median {statistics.median(values):.3f} CPU ms/page ({shown})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile one run, top 30")
    parser.add_argument("--parts", action="store_true", help="time each step alone too")
    parser.add_argument("--against", metavar="REF", help="compare with git revision REF")
    parser.add_argument("--rounds", type=int, default=5, help="with --against")
    parser.add_argument("--dated-urls", action="store_true", help="article links with dates")
    parser.add_argument("--indented", action="store_true", help="white space between tags")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--lists", action="store_true", help="homepages, lists=True (full)")
    mode.add_argument("--list-pages", action="store_true", help="column list pages, lists=True")
    args = parser.parse_args()
    if args.against:
        options = ["--dated-urls"] * args.dated_urls + ["--indented"] * args.indented
        options += ["--lists"] * args.lists + ["--list-pages"] * args.list_pages
        against(args.against, args.rounds, args.pages, args.runs, options)
        return

    if args.list_pages:
        batch = list_pages(args.pages, args.indented)
    else:
        batch = pages(args.pages, args.dated_urls, args.indented)
    lists = args.lists or args.list_pages
    today = date.today()
    kb = sum(len(body) for body, _ in batch) / len(batch) / 1024
    print(f"{len(batch)} pages, {kb:.0f} KB on average")
    ms = cpu_ms_per_page(lambda: observe_all(batch, today, lists), len(batch), args.runs)
    print(f"observe(lists={lists}): {ms:.3f} CPU ms/page (median of {args.runs})")
    if args.parts:
        steps = list_parts(batch, today, args.runs) if lists else parts(batch, today, args.runs)
        for name, value in steps.items():
            print(f"  {name:<22} {value:.3f}")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        observe_all(batch, today, lists)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
