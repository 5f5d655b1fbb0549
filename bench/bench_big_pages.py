"""CPU ms of `observe()` on big portal homepages (160-200 KB, 1,500-1,850 links: the
provincial portals of tests/blind_zh_province.py), at the sweep's depth and at full.

Usage: python bench/bench_big_pages.py [--runs 5]
Against another tree (a `git archive` export): PYTHONPATH=<tree> python
bench/bench_big_pages.py (the pages come from this checkout's tests/).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NOW = date(2026, 11, 26)


def load_pages() -> list[tuple[str, str, bytes]]:
    """(name, url, body) of each homepage over 100 KB, loaded from this checkout's
    tests/blind_zh_province.py by path (so that the crawler imported may be another)."""
    spec = importlib.util.spec_from_file_location(
        "blind_zh_province", HERE / "tests" / "blind_zh_province.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["blind_zh_province"] = module
    spec.loader.exec_module(module)
    pages = []
    for key, site in module.SITES.items():
        page = site["pages"]["/"]
        if len(page.html) > 100_000:
            body = page.html.encode(page.charset, "replace")
            pages.append((key, f"http://{site['host']}/", body))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from crawler.extract import observe
    from crawler.lexicon import build_lexicon

    lexicon = build_lexicon()
    import crawler

    print(f"crawler from {Path(crawler.__file__).parent}")
    for name, url, body in load_pages():
        row = [name, f"{len(body):,} bytes", f"{body.count(b'<a '):,} links"]
        for lists in (False, True):
            observe(body, "", url, "text/html", NOW, lexicon, lists)  # warm-up
            started = time.process_time()
            for _ in range(args.runs):
                observe(body, "", url, "text/html", NOW, lexicon, lists)
            took = (time.process_time() - started) / args.runs * 1000
            row.append(f"{'full' if lists else 'sweep'} {took:.1f} ms")
        print("  ".join(row))


if __name__ == "__main__":
    main()
