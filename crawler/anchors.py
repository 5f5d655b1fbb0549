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


# The links of a page and the elements that open a page when clicked, in page order, in
# one walk (`PageAnchors`): old CMSs' list rows hold no <a> and navigate by script
# (<tr onclick="window.location='/Item/Show.asp?id=12'" style="cursor:pointer">,
# <li onclick="openwin('/art/123.html')">, <div class="item" onclick="location.href=
# '...'">). An <a> with an href is a link whatever its onclick says.
LINKS_AND_CLICKABLES = "a[href], [onclick]:not([href])"

# A clickable element of more text than this is a region of the page (a banner, a
# whole box that opens its column), not one item.
_MAX_CLICKABLE_TEXT = 300


class PageAnchors:
    """Each `a[href]` element of a page, in page order, with its href and text; from
    `LINKS_AND_CLICKABLES`, also each element that opens a page by its onclick
    (`script_target`) and holds no link, its target as its href (`clicks`)."""

    __slots__ = ("clicks", "hrefs", "joined_texts", "link_hrefs", "nodes", "texts")

    def __init__(self, nodes: list[LexborNode]) -> None:
        # The attribute as written ("" for a bare `<a href>`); a script link's page
        # where it names one (`script_target`). None: no href, a clickable element.
        found: list[str | None] = [node.attrs.get("href") for node in nodes]
        # The indices of the clickable elements kept (most pages have none).
        self.clicks: frozenset[int] = frozenset()
        if None in found:
            nodes, found, self.clicks = _with_clickables(nodes, found)
        self.nodes = nodes
        hrefs: list[str] = [href or "" for href in found]
        for index, href in enumerate(hrefs):
            if href.startswith("#") or href[:11].lower() == "javascript:":
                target = script_target(href) or script_target(nodes[index].attrs.get("onclick"))
                if target is not None:
                    hrefs[index] = target
        self.hrefs = hrefs
        # The hrefs of the links alone ("" for a clickable element): what a visitor
        # sees as a link, and the link checker checks, is an <a>.
        clicks = self.clicks
        self.link_hrefs = (
            [("" if i in clicks else h) for i, h in enumerate(hrefs)] if clicks else hrefs
        )
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
# assigned, when it looks like a URL (a path, a page, a query; not a tab's name), also
# after a `return` (onclick="return openwin('..')"); never a dialog's text (confirm('..?')).
_SCRIPT_TARGET = re.compile(
    r"""^\s*(?:javascript:)?\s*(?:return\s+)?(?:(?!(?:window\.)?(?:alert|confirm|prompt)\b)[\w.$]+\s*\(\s*|(?:(?:window|self|top|parent|document)\.)?"""
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


def _with_clickables(
    nodes: list[LexborNode], hrefs: list[str | None]
) -> tuple[list[LexborNode], list[str | None], frozenset[int]]:
    """The links, and of the elements without an href (`LINKS_AND_CLICKABLES`) those
    that open a page (`script_target` of their onclick: not a tab's `showTab(2)` nor a
    print button's `window.print()`), hold no link (a row's link is its item) and are
    inside no other kept one (<tr onclick><td onclick>), their target as their href."""
    kept: list[LexborNode] = []
    kept_hrefs: list[str | None] = []
    clicks: list[int] = []
    clickable_ids: set[int] = set()
    for node, href in zip(nodes, hrefs, strict=True):
        if href is None and node.tag != "a":  # (a bare `<a href>` reads as None too)
            target = script_target(node.attrs.get("onclick"))
            if target is None or node.css_first("a[href]") is not None:
                continue
            if clickable_ids and within(node, clickable_ids):
                continue
            if len(" ".join(node.text(separator=" ").split())) > _MAX_CLICKABLE_TEXT:
                continue
            clickable_ids.add(node.mem_id)
            clicks.append(len(kept))
            href = target
        kept.append(node)
        kept_hrefs.append(href)
    return kept, kept_hrefs, frozenset(clicks)


def within(node: LexborNode, ids: set[int]) -> bool:
    """Whether an element above `node` is one of `ids` (their `mem_id`s)."""
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def link_href(node: LexborNode) -> str:
    """A link's href as `PageAnchors.hrefs` has it: as written, or the page its script
    opens where it is `#` or `javascript:` (`<a href="javascript:void(0)" onclick=
    "window.open('/Item/List.asp?m=2','_self')">更多&gt;&gt;</a>`), as for an element with
    no href that opens a page by its onclick (`<span onclick="location.href='..'">`)."""
    attrs = node.attrs
    href = attrs.get("href")
    if href is None or href.startswith("#") or href[:11].lower() == "javascript:":
        target = script_target(href) or script_target(attrs.get("onclick"))
        if target is not None:
            return target
    return href or ""
