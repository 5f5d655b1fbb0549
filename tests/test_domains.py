"""Registrable domains from the bundled Public Suffix List (crawler/domains.py)."""

from __future__ import annotations

import pytest

from crawler.domains import public_suffix_start, registrable_domain, same_site


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("www.beijing.gov.cn", "beijing.gov.cn"),  # gov.cn is a public suffix
        ("WWW.Beijing.GOV.cn.", "beijing.gov.cn"),
        ("sub.example.co.uk", "example.co.uk"),
        ("a.b.xn--55qx5d.cn", "b.xn--55qx5d.cn"),  # 公司.cn, written in punycode
        ("www.政府.cn", "xn--mxtq1m.cn"),  # in its ASCII form: one site with the punycode
        ("www.xn--fiqs8s", "www.xn--fiqs8s"),  # .中国 itself
        ("x.city.kawasaki.jp", "city.kawasaki.jp"),  # !city.kawasaki.jp: an exception
        ("foo.bar.kawasaki.jp", "foo.bar.kawasaki.jp"),  # *.kawasaki.jp: a wildcard
        ("x.blogspot.com", "blogspot.com"),  # private section: not applied
        ("s00001.bench.test", "bench.test"),  # a TLD not on the list: the default rule
        ("localhost", "localhost"),
        ("10.0.0.1", "10.0.0.1"),
        ("[::1]", "[::1]"),
        ("a。b。cn", "b.cn"),  # ideographic full stops read as dots
    ],
)
def test_registrable_domain(host: str, expected: str) -> None:
    assert registrable_domain(host) == expected


def test_public_suffix_start() -> None:
    assert public_suffix_start(["www", "beijing", "gov", "cn"]) == 2
    assert public_suffix_start(["a", "farm", "test"]) is None
    assert public_suffix_start(["x", "city", "kawasaki", "jp"]) == 2
    assert public_suffix_start(["foo", "bar", "kawasaki", "jp"]) == 1


def test_same_site() -> None:
    assert same_site("www.beijing.gov.cn", "zwgk.beijing.gov.cn")
    assert not same_site("beijing.gov.cn", "shanghai.gov.cn")
