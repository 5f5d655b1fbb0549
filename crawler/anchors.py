"""A page's `<a href>` elements, each read once.

The link list (`extract`) and the list finder (`columns`) both need the href and the
text of every link, ~500 of them on a portal's homepage, and every read crosses into
lexbor and allocates: reading each once here halves what the two cost together.
"""

from __future__ import annotations

import re

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
        # The attribute as written ("" for a bare `<a href>`); a script link's page
        # where it names one (`script_target`).
        hrefs: list[str] = [node.attrs.get("href") or "" for node in nodes]
        for index, href in enumerate(hrefs):
            if href.startswith("#") or href[:11].lower() == "javascript:":
                target = script_target(href) or script_target(nodes[index].attrs.get("onclick"))
                if target is not None:
                    hrefs[index] = target
        self.hrefs = hrefs
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


# A link that opens its page by script, as old CMSs wrote them: href="javascript:
# openwin('/Item/Show.asp?id=12')", href="#" onclick="window.open('list.asp?m=2')",
# onclick="location.href='...'": the first quoted argument of the call, or the location
# assigned, when it looks like a URL (a path, a page, a query; not a tab's name).
_SCRIPT_TARGET = re.compile(
    r"""^\s*(?:javascript:)?\s*(?:[\w.$]+\s*\(\s*|(?:(?:window|self|top|parent|document)\.)?"""
    r"""location(?:\.href)?\s*=\s*)(['"])([^'"\s<>]+)\1""",
    re.IGNORECASE,
)
_URL_LIKE = re.compile(
    r"^(?:https?://|/|\.\.?/)|[/?]|\.(?:s?html?|aspx?|jsp|php|do|action)\b", re.IGNORECASE
)


def script_target(code: str | None) -> str | None:
    """The URL a script link opens (`javascript:openwin('/a.asp?id=1')`), if any."""
    if not code:
        return None
    match = _SCRIPT_TARGET.match(code)
    if match is None:
        return None
    target = match.group(2)
    if target.startswith("#") or _URL_LIKE.search(target) is None:
        return None
    return target
