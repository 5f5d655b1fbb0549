"""A page's `<a href>` elements, each read once.

The link list (`extract`) and the list finder (`columns`) both need the href and the
text of every link, ~500 of them on a portal's homepage, and every read crosses into
lexbor and allocates: reading each once here halves what the two cost together.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

# Put between an anchor's text fragments: lexbor never keeps U+0000 in a text node
# (its parser drops it or makes it U+FFFD), so one call gives both joins of the
# fragments that are used, with a space (`texts`) and without (`joined_texts`).
_FRAGMENT_BREAK = "\x00"


class PageAnchors:
    """Each `a[href]` element of a page, in page order, with its href and text."""

    __slots__ = ("hrefs", "joined_texts", "nodes", "texts")

    def __init__(self, nodes: list[LexborNode]) -> None:
        self.nodes = nodes
        # The attribute as written ("" for a bare `<a href>`).
        self.hrefs: list[str] = [node.attrs.get("href") or "" for node in nodes]
        # White space collapsed, fragments a space apart: "标题 2026-11-20".
        texts: list[str] = []
        # The text as `Link.text` has it, fragments joined as they are (`<a>11<b>月</b>
        # </a>`: "11月"), white space collapsed; by index, only where it is not `texts`'.
        joined: dict[int, str] = {}
        for index, node in enumerate(nodes):
            raw = node.text(separator=_FRAGMENT_BREAK)
            if _FRAGMENT_BREAK in raw:
                texts.append(" ".join(raw.replace(_FRAGMENT_BREAK, " ").split()))
                joined[index] = " ".join(raw.replace(_FRAGMENT_BREAK, "").split())
            else:
                texts.append(" ".join(raw.split()))
        self.texts = texts
        self.joined_texts = joined
