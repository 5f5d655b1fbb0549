"""Pages whose shape made `observe()` cost grow with the square of their size (found by
bench/bench_corpus.py): a page twice as big must cost about twice as much, not four
times. Each test reads one shape at two sizes and compares CPU times (best of a few
runs, `time.process_time`), with a margin wide enough for a loaded machine: the costs
fixed grew as size squared (a ratio of 4x and more for 2x the size)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from crawler.extract import default_lexicon, observe

NOW = date(2026, 11, 26)
URL = "http://www.qinghe.gov.cn/"
HEAD = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>清河县人民政府</title></head><body>'
TAIL = "</body></html>"


def _cpu(body: bytes, lists: bool, columns: bool) -> float:
    lexicon = default_lexicon()
    observe(body, "", URL, "text/html", NOW, lexicon, lists, columns=columns)  # warm-up
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        observe(body, "", URL, "text/html", NOW, lexicon, lists, columns=columns)
        best = min(best, time.process_time() - started)
    return max(best, 1e-4)


def growth(
    make: Callable[[int], str], n: int, lists: bool = True, columns: bool = True, factor: int = 4
) -> float:
    """How much faster than the page's size its CPU time grows from n to `factor` x n
    repeats: about 1 when linear, about `factor` when quadratic."""
    small, big = make(n).encode(), make(factor * n).encode()
    return (_cpu(big, lists, columns) / _cpu(small, lists, columns)) / (len(big) / len(small))


def nested_menu(n: int) -> str:
    """A menu whose sub-lists are closed only at its end: each list inside the one
    before, n deep, a link to the same column at each level and no dated item (a
    navigation page: its section links are read)."""
    return HEAD + '<ul><li><a href="/col/">栏目</a>' * n + "</li></ul>" * n + TAIL


def unclosed_blocks(n: int) -> str:
    """A template that leaves each block's `<div>` open: n small lists, each inside the
    block before it."""
    blocks = "".join(
        f'<div class="box"><ul><li><a href="/a/{i}.html">标题{i}甲</a><span>2026-11-{1 + i % 20:02d}</span></li>'
        f'<li><a href="/b/{i}.html">标题{i}乙</a><span>2026-10-{1 + i % 20:02d}</span></li></ul>'
        for i in range(n)
    )
    return HEAD + blocks + TAIL


def hidden_links(n: int) -> str:
    """n hidden blocks of one off-site link each (a hacked page's spam links), their
    texts short enough to be all kept for the spam search."""
    blocks = "".join(
        f'<div style="display:none"><a href="http://bet{i % 40}.example/">{i}</a></div>'
        for i in range(n)
    )
    return (
        HEAD + blocks + '<ul><li><a href="/a.html">通知</a><span>2026-11-20</span></li></ul>' + TAIL
    )


def test_nested_menu_links_are_read_in_linear_time() -> None:
    # Each link's ancestors were walked for page chrome: links x depth.
    assert growth(nested_menu, 150) < 2.0


def test_nested_lists_are_read_in_linear_time() -> None:
    # Each list's ancestors were walked for page furniture: lists x depth.
    # (Read as a column page: as a homepage, its blocks' texts are read as headings too,
    # which nesting makes grow with depth as well.)
    assert growth(unclosed_blocks, 100, columns=False) < 2.0


def test_many_hidden_links_are_read_in_linear_time() -> None:
    # Each hidden block's text was looked for in every one kept before it.
    # (Past 20,000 characters kept, none is: a page of 8n blocks keeps about 5,000.)
    assert growth(hidden_links, 700, lists=False, factor=8) < 2.0


def nested_hidden_links(n: int) -> str:
    """n hidden blocks left open, each inside the one before (an injection that prints
    an unclosed `<div style="display:none">` for each spam link)."""
    blocks = "".join(
        f'<div style="display:none"><a href="http://bet{i % 40}.example/">{i}</a>' for i in range(n)
    )
    return HEAD + blocks + "</div>" * n + TAIL


def test_nested_hidden_blocks_are_read_in_linear_time() -> None:
    # Each hidden block read all the off-site links and text of those inside it.
    assert growth(nested_hidden_links, 100, lists=False) < 2.0


def nested_items_long_text(n: int) -> str:
    """n items each leaving its `<div>` open (a template's missing `</div>`), then an
    article's long text inside them all: each item's wrapper holds the rest of the page."""
    items = "".join(f'<div class="item"><a href="/art/{i}.html">标题{i}</a>' for i in range(n))
    return HEAD + items + "<p>" + "正文文字" * (100 * n) + "</p>" + "</div>" * n + TAIL


def test_nested_items_with_long_text_are_read_in_linear_time() -> None:
    # Each item's wrapper text (the rest of the page) was read whole at every level.
    assert growth(nested_items_long_text, 100) < 2.0
