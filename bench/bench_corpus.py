"""CPU ms of `observe()` on every HTML page the test suite holds, at each depth, and on
generated adversarial pages of growing size (to find costs that grow worse than linearly).

Corpus: the page modules of tests/ (portals.py, hostile_pages.py, blind_*.py,
realistic_*.py...) are imported and every page body gathered from them: module-level
strings and bytes, containers and objects holding them, and what their public functions
that take no argument return. Each page is timed three ways: the sweep (`lists=False`,
`--depth home`), a homepage at depth full (`lists=True, columns=True`) and a column list
page (`lists=True, columns=False`).

Usage: python bench/bench_corpus.py [--top 25] [--runs 3] [--no-corpus] [--no-scaling]
       [--shape NAME] [--max-kb 2048]
Against another tree (a `git archive` export): BENCH_CRAWLER=<tree> python
bench/bench_corpus.py (the pages come from this checkout's tests/).
CPU time (`time.process_time`): the machine is shared.
"""

# ruff: noqa: E501 - page templates are written on one line each

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import inspect
import os
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent
# The crawler under test: BENCH_CRAWLER (a checkout) or this repo.
sys.path.insert(0, os.environ.get("BENCH_CRAWLER") or str(HERE))
NOW = date(2026, 11, 26)
PAGE_MODULES = (
    "portals",
    "hostile_pages",
    "hostile_servers3",
    "column_headings",
    "report_samples",
    "blind_*",
    "realistic_*",
)
MODES: dict[str, dict[str, bool]] = {
    "sweep": {"lists": False},
    "home": {"lists": True, "columns": True},
    "list": {"lists": True, "columns": False},
}


def _load(name: str) -> Any:
    if str(HERE) not in sys.path:
        sys.path.append(str(HERE))  # tests' own imports (tests.portals); after the crawler
    spec = importlib.util.spec_from_file_location(f"tests.{name}", HERE / "tests" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[f"tests.{name}"] = module
    spec.loader.exec_module(module)
    return module


def _html(value: object) -> bytes | None:
    if isinstance(value, str):
        if len(value) < 200 or "<" not in value:
            return None
        body = value.encode("utf-8", "surrogateescape")
    elif isinstance(value, bytes | bytearray):
        body = bytes(value)
    else:
        return None
    head = body[:4096].lower()
    if len(body) < 200 or not any(tag in head for tag in (b"<html", b"<body", b"<div", b"<ul")):
        return None
    return body


def _walk(value: object, where: str, depth: int, seen: set[int]) -> Iterator[tuple[str, bytes]]:
    if depth > 5 or id(value) in seen:
        return
    seen.add(id(value))
    body = _html(value)
    if body is not None:
        yield where, body
        return
    if isinstance(value, str | bytes | bytearray | int | float | type):
        return
    if isinstance(value, dict):
        for key, item in list(value.items())[:2000]:
            yield from _walk(item, f"{where}[{key!r}]"[:90], depth + 1, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for index, item in enumerate(list(value)[:2000]):
            yield from _walk(item, f"{where}[{index}]", depth + 1, seen)
    elif hasattr(value, "__dict__") and not inspect.ismodule(value) and not callable(value):
        for key, item in vars(value).items():
            yield from _walk(item, f"{where}.{key}", depth + 1, seen)
    elif isinstance(getattr(value, "__slots__", None), tuple | list):
        for key in value.__slots__:  # type: ignore[attr-defined]
            yield from _walk(getattr(value, key, None), f"{where}.{key}", depth + 1, seen)


def corpus() -> list[tuple[str, bytes]]:
    """(name, body) of each distinct page of the test modules."""
    names: list[str] = []
    for pattern in PAGE_MODULES:
        names += sorted(p.stem for p in (HERE / "tests").glob(f"{pattern}.py"))
    pages: dict[str, tuple[str, bytes]] = {}
    for name in names:
        try:
            module = _load(name)
        except Exception as error:
            print(f"skipped {name}: {error!r}", file=sys.stderr)
            continue
        public = {k: v for k, v in vars(module).items() if not k.startswith("__")}
        found = list(_walk(public, name, 0, set()))
        for attr, value in vars(module).items():
            if attr.startswith("_") or not inspect.isfunction(value):
                continue
            if value.__module__ != module.__name__:
                continue
            try:
                parameters = inspect.signature(value).parameters.values()
            except (TypeError, ValueError):
                continue
            if any(
                p.default is p.empty
                and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
                for p in parameters
            ):
                continue
            try:
                result = value()
            except Exception:
                continue
            found += _walk(result, f"{name}.{attr}()", 1, set())
        for where, body in found:
            digest = hashlib.blake2b(body, digest_size=8).hexdigest()
            pages.setdefault(digest, (where, body))
    return list(pages.values())


def _forget_answers() -> None:
    """Empty the crawler's bounded memos of answers (`functools.lru_cache` with a
    `maxsize` over 1: item dates by text, URL joins, host names), keeping its unbounded caches
    of compiled patterns and data. A page is read once in a scan: timed again after its
    warm-up with these warm, a page of up to 16,384 item texts found every item's date
    remembered and looked linear-time cheap, one of more (a 2 MB table of 17,000 rows)
    missed them all and looked superlinear."""
    for name, module in list(sys.modules.items()):
        if name != "crawler" and not name.startswith("crawler."):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and (info().maxsize or 0) > 1:  # (1: the lexicon, data)
                value.cache_clear()


def cpu_ms(body: bytes, mode: str, runs: int, url: str = "http://www.example.gov.cn/") -> float:
    """Best CPU ms of `runs` reads of a page (after one warm-up), each with the
    crawler's memos of answers empty (`_forget_answers`), as on a scan's first read."""
    from crawler.extract import default_lexicon, observe

    lexicon = default_lexicon()
    options = MODES[mode]
    observe(body, "", url, "text/html", NOW, lexicon, **options)
    best = float("inf")
    for _ in range(runs):
        _forget_answers()
        started = time.process_time()
        observe(body, "", url, "text/html", NOW, lexicon, **options)
        best = min(best, time.process_time() - started)
    return best * 1000


# --- adversarial shapes: each a function of a repeat count n -> an HTML page -----------

_HEAD = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>某县人民政府</title></head><body>'
_TAIL = "</body></html>"


def _day(i: int) -> str:
    return f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}"


def _li(i: int) -> str:
    return f'<li><a href="/art/{i}.html" title="关于开展第{i}项工作的通知">关于开展第{i}项工作的通知</a><span>{_day(i)}</span></li>'


def one_list(n: int) -> str:
    return (
        _HEAD + '<div class="list"><ul>' + "".join(_li(i) for i in range(n)) + "</ul></div>" + _TAIL
    )


def deep_inline(n: int) -> str:
    inner = "<span><b><i><em><font>"
    close = "</font></em></i></b></span>"
    return (
        _HEAD + "<div>" + inner * n + "深层文字 2026-11-20" + close * n + "</div>" + _li(1) + _TAIL
    )


def deep_divs(n: int) -> str:
    return _HEAD + "<div>" * n + "<ul>" + _li(1) + "</ul>" + "</div>" * n + _TAIL


def unclosed_inline(n: int) -> str:
    return _HEAD + "<div>" + "<font color=red><b>文字" * n + "</div>" + _TAIL


def nested_lists(n: int) -> str:
    return _HEAD + ("<ul><li>" + '<a href="/a.html">栏目</a>') * n + "</li></ul>" * n + _TAIL


def unclosed_divs(n: int) -> str:
    """Each item leaves its <div> open (a template's missing </div>): nested n deep."""
    items = "".join(
        f'<div class="item"><a href="/art/{i}.html">关于开展第{i}项工作的通知</a><span>{_day(i)}</span>'
        for i in range(n)
    )
    return _HEAD + '<div class="list">' + items + "</div>" + _TAIL


def unclosed_ul(n: int) -> str:
    """A menu whose sub-lists are never closed: each <ul> inside the one before."""
    items = "".join(f'<li><a href="/col/{i}/">栏目{i}</a><ul>' for i in range(n))
    return _HEAD + '<ul class="menu">' + items + "</ul>" + _li(1) + _TAIL


def nested_hidden(n: int) -> str:
    """Hidden blocks inside hidden blocks, each with an off-site link."""
    items = "".join(
        f'<div style="display:none"><a href="http://casino{i % 50}.example/">博彩{i}</a>'
        for i in range(n)
    )
    return _HEAD + items + "</div>" * n + "<ul>" + _li(1) + "</ul>" + _TAIL


def nested_items_long_text(n: int) -> str:
    """n items each leaving its <div> open, then a long text inside them all: each
    item's wrapper text is the rest of the page (was read whole at every level: n x page
    at depth full; each wrapper is now sized from the one around it)."""
    items = "".join(
        f'<div class="item"><a href="/art/{i}.html">标题{i}</a>' for i in range(n // 10)
    )
    return _HEAD + items + "<p>" + "正文文字" * (n * 10) + "</p>" + "</div>" * (n // 10) + _TAIL


def big_table(n: int) -> str:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/art/{i}.html">关于第{i}号文件的公示</a></td>'
        f"<td>政府办</td><td>{_day(i)}</td></tr>"
        for i in range(n)
    )
    return (
        _HEAD
        + "<table><tr><th>序号</th><th>标题</th><th>发布机构</th><th>发布日期</th></tr>"
        + rows
        + "</table>"
        + _TAIL
    )


def many_times(n: int) -> str:
    items = "".join(
        f'<li><a href="/p/{i}">文章{i}</a><time datetime="{_day(i)}">{_day(i)}</time></li>'
        for i in range(n)
    )
    return _HEAD + "<ul>" + items + "</ul>" + _TAIL


def split_times(n: int) -> str:
    items = "".join(
        f'<li><a href="/p/{i}">文章{i}</a><time><span>2026</span>-<span>{1 + i % 11:02d}</span>-<span>10</span></time></li>'
        for i in range(n)
    )
    return _HEAD + "<ul>" + items + "</ul>" + _TAIL


def long_text(n: int) -> str:
    line = "这是一段没有任何标签的很长的正文文字，其中偶尔出现日期2026年11月20日和数字12345。"
    return _HEAD + "<div>" + line * n + "</div>" + _TAIL


def long_text_lines(n: int) -> str:
    line = "这是一段没有任何标签的很长的正文文字 2026-11-20 以及 11/20/2026 和 2026.11.20。\n"
    return _HEAD + "<pre>" + line * n + "</pre>" + _TAIL


def many_scripts(n: int) -> str:
    blocks = "".join(
        f'<script>var a{i}="2026-11-{1 + i % 28:02d}";document.write("<a href=/x{i}>x</a>");</script>'
        f"<style>.c{i}{{color:red;display:none}}</style>"
        for i in range(n)
    )
    return _HEAD + blocks + "<ul>" + _li(1) + "</ul>" + _TAIL


def sibling_lists(n: int) -> str:
    blocks = "".join(
        f'<div class="col"><h3><a href="/col/{i}/">栏目{i}</a></h3><ul>{_li(i)}{_li(i + 1)}{_li(i + 2)}</ul></div>'
        for i in range(n)
    )
    return _HEAD + blocks + _TAIL


def mega_menu(n: int) -> str:
    groups = "".join(
        f'<li><a href="/m/{g}/">菜单{g}</a><ul>'
        + "".join(f'<li><a href="/m/{g}/{k}.html">子栏目{g}-{k}</a></li>' for k in range(30))
        + "</ul></li>"
        for g in range(n)
    )
    return (
        _HEAD
        + '<ul class="nav">'
        + groups
        + "</ul><ul>"
        + "".join(_li(i) for i in range(20))
        + "</ul>"
        + _TAIL
    )


def huge_attributes(n: int) -> str:
    blocks = "".join(
        f'<div data-x="{"2026-11-20 " * 200}" style="{"color:red;" * 100}" title="{"标题" * 300}">'
        f'<a href="/a/{i}.html?{"q=1&" * 200}">链接{i}</a></div>'
        for i in range(n)
    )
    return _HEAD + blocks + _TAIL


def hidden_elements(n: int) -> str:
    blocks = "".join(
        f'<div style="display:none"><a href="http://casino{i % 50}.example/">博彩{i}</a></div>'
        f'<div class="hide" hidden><p>隐藏{i}</p></div>'
        for i in range(n)
    )
    return _HEAD + blocks + "<ul>" + _li(1) + "</ul>" + _TAIL


def many_paragraphs_dates(n: int) -> str:
    blocks = "".join(f"<p>第{i}段 发布时间：{_day(i)} 来源：县政府办</p>" for i in range(n))
    return _HEAD + "<div>" + blocks + "</div>" + _TAIL


def dl_list(n: int) -> str:
    items = "".join(
        f'<dl><dt><a href="/art/{i}.html">标题{i}</a></dt><dd>{_day(i)}</dd></dl>' for i in range(n)
    )
    return _HEAD + '<div class="list">' + items + "</div>" + _TAIL


def div_rows(n: int) -> str:
    items = "".join(
        f'<div class="item"><a href="/art/{i}.html">标题标题{i}</a><span class="date">{_day(i)}</span></div>'
        for i in range(n)
    )
    return _HEAD + '<div class="list">' + items + "</div>" + _TAIL


def same_link_repeated(n: int) -> str:
    items = "".join(
        f'<li><a href="/same.html">同一个链接</a><span>{_day(i)}</span></li>' for i in range(n)
    )
    return _HEAD + "<ul>" + items + "</ul>" + _TAIL


def many_forms(n: int) -> str:
    items = "".join(
        f'<form><input name="q{i}"><textarea>留言{i}</textarea></form>' for i in range(n)
    )
    return _HEAD + items + _TAIL


def br_lines(n: int) -> str:
    items = "".join(f'<a href="/art/{i}.html">标题{i}</a> {_day(i)}<br>' for i in range(n))
    return _HEAD + "<td>" + items + "</td>" + _TAIL


SHAPES: dict[str, Callable[[int], str]] = {
    name: value
    for name, value in dict(globals()).items()
    if inspect.isfunction(value)
    and name
    in {
        "one_list",
        "deep_inline",
        "deep_divs",
        "unclosed_inline",
        "nested_lists",
        "big_table",
        "many_times",
        "split_times",
        "long_text",
        "long_text_lines",
        "many_scripts",
        "sibling_lists",
        "mega_menu",
        "huge_attributes",
        "hidden_elements",
        "many_paragraphs_dates",
        "dl_list",
        "div_rows",
        "same_link_repeated",
        "many_forms",
        "br_lines",
        "unclosed_divs",
        "unclosed_ul",
        "nested_hidden",
        "nested_items_long_text",
    }
}


def sized(shape: Callable[[int], str], kb: int) -> bytes:
    """The shape's page nearest `kb` KB (its repeat count scaled from a probe)."""
    probe = len(shape(100).encode())
    base = len(shape(0).encode()) if shape is not deep_divs else 0
    per = max(1, (probe - base) // 100)
    n = max(1, (kb * 1024 - base) // per)
    return shape(n).encode()


SLOW_MS = 1500  # a shape's bigger sizes are not read after a reading this slow


def scaling(shapes: list[str], max_kb: int, runs: int) -> None:
    sizes = [kb for kb in (100, 200, 400, 800, 1600, 2048) if kb <= max_kb]
    print(
        f"\n{'shape':22} {'mode':6} "
        + " ".join(f"{kb:>8}K" for kb in sizes)
        + "   ratio(last/first) / size ratio"
    )
    for name in shapes:
        pages = [sized(SHAPES[name], kb) for kb in sizes]
        for mode in MODES:
            times: list[float] = []
            for body in pages:
                if times and times[-1] > SLOW_MS:
                    break  # the next size could take minutes
                times.append(cpu_ms(body, mode, runs))
            read = pages[: len(times)]
            growth = (times[-1] / max(times[0], 0.01)) / (len(read[-1]) / len(read[0]))
            flag = "  <-- superlinear" if growth > 2 else ""
            print(
                f"{name:22} {mode:6} "
                + " ".join(f"{t:8.1f}ms" for t in times)
                + " " * (11 * (len(pages) - len(times)))
                + f"   {growth:5.2f}{flag}",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    parser.add_argument("--max-kb", type=int, default=2048)
    args = parser.parse_args()
    import crawler

    print(f"crawler from {Path(crawler.__file__).parent}")
    if not args.no_corpus:
        pages = corpus()
        rows = []
        for where, body in pages:
            times = {mode: cpu_ms(body, mode, args.runs) for mode in MODES}
            rows.append((max(times.values()) / max(len(body) / 1024, 20), where, len(body), times))
        total = {mode: sum(row[3][mode] for row in rows) for mode in MODES}
        kb = sum(row[2] for row in rows) / 1024
        print(
            f"{len(rows)} pages, {kb:,.0f} KB; total CPU ms: "
            + ", ".join(f"{mode} {ms:,.0f} ({ms / kb:.3f}/KB)" for mode, ms in total.items())
        )
        print(f"\nworst {args.top} by CPU ms per KB (max of the three modes):")
        print(f"{'page':60} {'KB':>6} " + " ".join(f"{m:>8}" for m in MODES) + "   ms/KB")
        for per_kb, where, size, times in sorted(rows, key=lambda r: r[0], reverse=True)[
            : args.top
        ]:
            print(
                f"{where[:60]:60} {size / 1024:6.1f} "
                + " ".join(f"{times[m]:8.2f}" for m in MODES)
                + f"   {per_kb:.3f}"
            )
        print(f"\nworst {args.top} by CPU ms per page:")
        for _, where, size, times in sorted(rows, key=lambda r: max(r[3].values()), reverse=True)[
            : args.top
        ]:
            print(
                f"{where[:60]:60} {size / 1024:6.1f} " + " ".join(f"{times[m]:8.2f}" for m in MODES)
            )
    if not args.no_scaling:
        scaling(args.shape or sorted(SHAPES), args.max_kb, max(1, args.runs - 2))


if __name__ == "__main__":
    main()
