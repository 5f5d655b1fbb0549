"""crawler.anchors: each link's href and text, read once for links and lists."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from crawler.anchors import PageAnchors


def anchors(html: str) -> PageAnchors:
    return PageAnchors(LexborHTMLParser(html).css("a[href]"))


def test_text_fragments_are_a_space_apart_for_lists_and_as_written_for_links() -> None:
    found = anchors(
        '<a href="/a"> 关于  印发\n通知 </a>'
        '<a href="/b">2026<b>年</b>11<b>月</b></a>'
        '<a href="/c"><img src="x.png"></a>'
        "<a href>空</a>"
    )
    assert found.hrefs == ["/a", "/b", "/c", ""]
    assert found.texts == ["关于 印发 通知", "2026 年 11 月", "", "空"]
    # Only where the two joins differ.
    assert found.joined_texts == {1: "2026年11月"}


def test_nul_in_the_source_does_not_split_a_text() -> None:
    # The parser drops U+0000 in text, so the separator PageAnchors reads with is safe.
    found = anchors('<a href="/a">a\x00b</a><svg><a href="/b">c\x00d</a></svg>')
    assert found.texts == ["ab", "c\ufffdd"]
    assert found.joined_texts == {}
