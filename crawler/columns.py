"""Lists, columns and messages on a parsed page.

A *list* is a container whose children each hold a linked item (title, URL, often a
date beside it). A *column* (栏目) is a list under a heading, usually with a
"更多 / more" link to the column's own list page; its heading decides its type. A
heading with a "more" link but no items (or "暂无信息") is an empty column.

Heuristics, tuned on how government portals are built: `<ul><li><a>title</a>
<span>date</span></li>`, table rows, `<dl><dd>`, tab bars over several lists, and
Hanweb-style `<script type="text/xml"><datastore>` records that hold a list's items
for client-side paging.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import NamedTuple, TypeVar
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from crawler.anchors import PageAnchors, link_href, script_target
from crawler.dates import (
    RELATIVE,
    compact_roc_date,
    date_in_url,
    first_date_in_text,
    has_footer_marker,
    is_date_label,
    is_deadline_label,
    issued_dates,
    issued_today,
    item_dates,
    may_be_wordy_relative,
    order_of_signals,
    parse_date_value,
    reads_as_clock,
    update_stamp_date,
    years_by_order,
)
from crawler.domains import registrable_domain, same_site
from crawler.lexicon import Lexicon, per_lexicon
from crawler.models import ColumnBlock, FutureItem, Message

_T = TypeVar("_T")
_SEVEN_DIGITS = re.compile(r"(?<!\d)1[0-4]\d[01]\d[0-3]\d(?!\d)")
_ITEM_TAGS = frozenset({"li", "tr", "dd", "dt"})
# Elements that wrap one item's link and its date (<div class="item">, <article>), and
# those that hold its title inside such a wrapper (<h3><a>title</a></h3>).
# A photo gallery's <figure><a><img></a><figcaption><a>..</a> 2026/11/10</figcaption>
# </figure> (活動花絮) is such an item too.
_WRAPPER_TAGS = frozenset({"p", "div", "span", "article", "figure", "figcaption"})
_CARD_WRAPPERS = frozenset({"div", "li", "article", "figure"})
_TITLE_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b"})
_MAX_CARD_TEXT = 400  # characters of a card (title, date, a teaser); more is a block
# What `_item_of` read of each wrapper (by `mem_id`): its text, or when that is longer
# than `_MAX_WRAPPER_TEXT` (no item's), its size only (`_size`).
WrapperTexts = dict[int, str | tuple[int, int]]
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CONTAINER_LIMIT = 4  # levels to climb from an item looking for its heading
_CLIMB_LIMIT = 8  # ...counting the levels with nothing but blank cells before them
_MAX_HEADING = 24  # characters: longer text is content, not a heading
# ...twice as many in alphabetic scripts (accented Latin too: `_is_ideographic`), whose
# words take about twice the characters ("Development applications on exhibition" is
# 39; 在展规划申请 is 6).
_MAX_LATIN_HEADING = 2 * _MAX_HEADING
_MAX_TAB_BAR = 120  # characters of a row of tab labels
_MENU_TITLE = 8  # mean link text below this: a menu, not a list of publications
# class/id words of page furniture: menus, headers, footers, link blocks. Not "skip":
# skip links point at #fragments (never items), and accessible templates put
# id="skip-content" on the element that holds the whole content.
_FURNITURE = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "mainmenu",
        "submenu",
        "footer",
        "foot",
        "header",
        "topbar",
        "top",
        "bottom",
        "copyright",
        "breadcrumb",
        "breadcrumbs",
        "crumb",
        "crumbs",
        "sitemap",
        "yqlj",
        "friendlink",
        "friendlinks",
        "links",
        "toolbar",
        "search",
        # A cookie or consent banner ("We updated our cookie policy on 12 November
        # 2026 ... Read more about our cookies"): no list of the page's.
        "cookie",
        "cookies",
        "consent",
        "gdpr",
    }
)
# A <form> is a search or login box, unless it is a child of <body>: ASP.NET WebForms
# (SharePoint, DotNetNuke, many .aspx CMSes) wrap the whole page in one form.
_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "form"})
# A box's own parts are not the page's furniture: Bootstrap's card-header, Element UI's
# el-card__header, box_top over a list hold the column's heading and more link. Nor is
# a top-level section of the page (Elementor's elementor-top-section wraps every block
# of a WordPress page built with it: its news and tenders too). Nor is a search's
# results (Squiz Matrix and Funnelback list pages, Drupal views with filters: <div
# class="search-results"> holds the column's own list): "search" names the box, not them.
# Nor is an element styled by a spacing or alignment utility class (Isomer's <h1
# class="padding--bottom--lg"> over gov.sg's Latest News, USWDS's "margin-top-4",
# Bootstrap's "align-top"): its "top" or "bottom" is where its space goes. Nor a
# WordPress front page's widget areas (Genesis themes' home-top, home-bottom,
# front-page-bottom: the Recent News widget of many a town's site).
_BOX_PART = re.compile(
    r"(?<![a-z])(?:(?:card|panel|box|module|widget|portlet)[-_]+(?:header|footer|top|bottom)"
    r"|top[-_]+section|search[-_]+results?"
    r"|(?:padding|margin|border|rounded|align|valign)[-_]+(?:top|bottom)"
    r"|(?:home|front[-_]page)[-_]+(?:top|bottom))(?![a-z])"
)
_TAB_BAR = frozenset({"tab", "tabs", "tablist"})
# What a page's chrome never holds, unless a template left it open (its closing tag
# missing, so the parser stretches it over the rest of the page): the page's <main>
# and its footer. A <header>, a menu, a side box, a breadcrumb or a cookie banner that
# holds them wraps the page's own content: it is no chrome (a browser shows it so).
_OWN_END = frozenset({"footer", "foot", "copyright", "bottom"})
# Dated items of a list that make it a list of publications: no chrome's own links (a
# menu, a breadcrumb, a cookie banner list none), unless the chrome was left open.
_PUBLICATIONS = 3
_HEADINGS = ", ".join(sorted(_HEADING_TAGS))
# The cookie banner's words also name its state on the element that wraps the whole
# page (<div id="page" class="has-cookie-bar">, a consent script's "cookie-consent-
# given"): an element that holds the page's own parts, or a list, is no banner (a
# banner is a paragraph, its links and its buttons).
_BANNER = frozenset({"cookie", "cookies", "consent", "gdpr"})
# ...and where it slides in (Drupal's EU Cookie Compliance: "sliding-popup-bottom").
_PLACE = frozenset({"top", "bottom"})
_PAGE_PARTS = "main, nav, article, h1, li + li + li, tr + tr + tr"
# The furniture that is not a site's menu: footers, tool bars, link blocks (a
# navigation page's menu is its content).
_CHROME = _FURNITURE - {"nav", "navbar", "navigation", "menu", "mainmenu", "submenu", "header"}
_CHROME_TAGS = frozenset({"footer", "form"})
_TOKEN = re.compile(r"[a-z]+")
# The longest text of a pager's link (下一页, Next page »).
_MAX_PAGER = 12
_MIN_TITLE = 4  # characters of anchor text for a link to count as an item
_DIGIT = re.compile(r"\d")
# A heading's day in digits or in Chinese numerals (二〇二六年十一月二十日: GovHK's
# press-release index, a 公文's 落款).
_DAY_DIGIT = re.compile(r"\d|[〇○零一二三四五六七八九]年")
# What a date in a URL starts with (`dates.date_in_url`: a year of 199x or 20xx, no
# digit before it): menus link /col/col12345/ by the hundred, and reading each such URL
# for a date cost more than the rest of its link.
_URL_DIGITS = re.compile(r"(?<!\d)(?:199|20\d)\d")
_LETTER = re.compile(r"[^\W\d_]")
# A service hotline's number in a heading (12345政务服务便民热线, 12315): five digits,
# which no date is written as.
_HOTLINE_NUMBER = re.compile(r"(?<!\d)\d{5}(?!\d)")
_ANY_DAY = date(2999, 12, 31)  # "does this text show a date at all?": any day is plausible
_MAX_MORE_TEXT = 30  # "View all public notices and consultations"
# ... and one that starts as no title does (`more_long_prefixes`: "View all federal
# register notices"), this long.
_MAX_LONG_MORE_TEXT = 60
_MAX_MORE_MARKER = 12  # the longest bare marker (更多内容>>, more >>) is shorter
_DATASTORE_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)


class Item(NamedTuple):
    # A NamedTuple made with tuple.__new__ (see `_find_lists`): a page has hundreds.
    title: str
    href: str
    date: date | None
    text: str
    base: str

    @property
    def url(self) -> str:
        return urljoin(self.base, self.href)


_DATE_OF_ITEM = attrgetter("date")  # the key of a dated item's newness


@dataclass
class ItemList:
    """A list and its items; which are dated, and the newest, are worked out once (the
    lists are read several times: content or menu, column, the page's main list)."""

    container: LexborNode
    items: list[Item]
    furniture: bool = False  # inside a menu, header, footer or link block
    # Its items whose own date is after tomorrow (no update: `dates.item_dates`).
    future: tuple[FutureItem, ...] = ()
    dated: list[Item] = field(init=False)
    newest: Item | None = field(init=False)

    def __post_init__(self) -> None:
        self.dated = [item for item in self.items if item.date is not None]
        self.newest = max(self.dated, key=_DATE_OF_ITEM) if self.dated else None

    @property
    def is_content(self) -> bool:
        """A list of things published, not a menu: dated, or with title-length links."""
        if self.furniture:
            return False
        if self.dated:
            return True
        lengths = [len(item.title) for item in self.items]
        return bool(lengths) and sum(lengths) / len(lengths) >= _MENU_TITLE


@dataclass(frozen=True)
class PageLists:
    """Everything list-shaped on one page."""

    lists: tuple[ItemList, ...]
    columns: tuple[ColumnBlock, ...]
    messages: tuple[Message, ...]
    empty_marker: str | None
    # Nothing listed, but a script of the page fills an empty list (ajax).
    items_elsewhere: bool = False
    # A column page's own list (`columns` false): see `main_list`.
    main: ItemList | None = None


def _text(node: LexborNode) -> str:
    # Text nodes of white space alone (indentation) left out: they would only add
    # spaces, which are collapsed anyway.
    return " ".join(node.text(separator=" ", skip_empty=True).split())


def read_lists(
    tree: LexborHTMLParser,
    base: str,
    now: date,
    lexicon: Lexicon,
    anchors: PageAnchors | None = None,
    columns: bool = True,
    locale: str | None = None,
    message_list: bool = True,
    articles: bool | None = None,
    times: list[LexborNode] | None = None,
    section: bool = False,
    posts_shown: bool | None = None,
) -> PageLists:
    """Find the page's lists, columns and messages. Does not modify the tree.

    `anchors` is the page's `a[href]` elements, when the caller has read them. With
    `columns` false no column is looked for (a column's own list page). `locale`: the
    numeric date order the page's language or domain implies (`dates.locale_order`),
    for dates such as 05/11/2024 that the page's other dates do not settle.
    `message_list` false with `columns` false: a column page that is not a message
    column's (no state icons looked for, no message of unknown state kept).
    `articles`: whether the page has an <article> element, `times` its <time datetime>
    elements, `posts_shown` whether it has a div of a post class (`post_selector`),
    when the caller knows. `section`: the page's main list is found as a column page's
    also when its columns are looked for."""
    links = _Anchors(PageAnchors(tree.css("a[href]")) if anchors is None else anchors, lexicon)
    # <article> elements (a blog's or a Drupal view's posts) are looked for only on
    # pages that have one: most portals' pages have none.
    if articles is None:
        articles = tree.css_first("article") is not None
    # ...and a blog's posts in <div class="post">/<div class="article"> (lexicon
    # `post_classes`) on pages that have such a div.
    posts = _post_classes(lexicon)
    if posts_shown is None:
        posts_shown = bool(posts) and tree.css_first(post_selector(lexicon)) is not None
    if not posts_shown:
        posts = frozenset()
    if times is None:
        times = tree.css("time[datetime]")
    # The in-page links (href="#panel-1"), which may be a tab bar's labels.
    fragments: list[LexborNode] = []
    lone: list[LexborNode] | None = [] if columns else None
    lists = _find_lists(
        links,
        base,
        now,
        lexicon,
        locale,
        articles,
        _dates_of_times(times, now),
        fragments,
        posts,
        lone,
    )
    lists.extend(_datastore_lists(tree, base, now, lexicon))
    # The lists of interaction columns that list no letters (意见征集 on a homepage):
    # their states (处理中) are no letters' (`Lexicon.no_letters`), as on their own page.
    no_letters: set[int] = set()
    blocks = (
        _columns(
            tree,
            lists,
            base,
            lexicon,
            links.more_links(),
            now,
            locale,
            fragments,
            lone or (),
            no_letters,
        )
        if columns
        else []
    )
    own_message_list = (section or not columns) and message_list
    column_page = section or not columns
    main = main_list(lists, lexicon, _page_title(tree)) if column_page else None
    if main is not None and not main.dated and _empty_main_region(tree, main.container, lexicon):
        main = None
    messages = _messages(
        [lst for lst in lists if id(lst) not in no_letters] if no_letters else lists,
        lexicon,
        now,
        locale,
        icons=own_message_list,
    )
    if own_message_list:
        messages += _undetermined(main, messages)
    body = tree.body
    empty = None
    items_elsewhere = False
    # A column page whose only lists are side boxes (热点信息, other columns' items)
    # lists nothing of its own: it may say so (共0条记录) or be filled by script.
    nothing = main is None if column_page else not any(lst.is_content for lst in lists)
    if body is not None and nothing:
        empty = lexicon.find_empty(_text(body))
        items_elsewhere = _ItemsElsewhere(tree, lexicon).within(body)
    return PageLists(tuple(lists), tuple(blocks), tuple(messages), empty, items_elsewhere, main)


def main_list(lists: list[ItemList], lexicon: Lexicon, title: str = "") -> ItemList | None:
    """A column page's own list: of its lists of publications, the one with most dated
    items, then most items; never a side box of other columns' items (热点信息, 点击排行,
    Recent Posts: in an <aside> or a box whose class says so, `aside_classes`), and a
    list under a side box's heading (`aside` words: 相关文章, 您可能感兴趣) only when
    no other list is left, unless the page's `title` names that heading: the column's
    own name (热点回应, 热点关注, Popular services are columns too); never the
    footer's links."""
    # Nor the page's footer when no class names it (<div class="ft">): an undated list
    # beside its copyright, ICP or 网站标识码 line (网站地图 | 联系我们 | 京ICP备…).
    content = [
        lst
        for lst in lists
        if lst.is_content and (lst.dated or not has_footer_marker(_text(lst.container)))
    ]
    if not content:
        return None
    aside: dict[int, bool] = {}  # `_in_any`'s memo for the page's lists
    if len(content) == 1 and not _in_aside_box(content[0].container, lexicon, aside, title):
        return content[0]  # most list pages: nothing to choose between
    # A page that marks its main region (<main>, role="main") holds its own list there:
    # a list outside it is a banner's or a side box's (a cookie banner's "View cookies"
    # beside its policy's date, a fire-danger rating "issued" today and its one link),
    # whatever its dates, while the region holds a list of publications (a list of
    # coming events, dated ahead, has no dated item to outweigh them).
    main_region: dict[int, bool] = {}
    inside = [lst for lst in content if _in_main_region(lst.container, main_region)]
    if inside and len(inside) < len(content):
        content = inside
        if len(content) == 1 and not _in_aside_box(content[0].container, lexicon, aside, title):
            return content[0]
    plain: list[ItemList] = []
    headed: list[ItemList] = []
    for lst in content:
        if _in_aside_box(lst.container, lexicon, aside, title):
            continue
        heading = _aside_heading(lst.container, lexicon)
        own = heading is None or heading in title.lower()
        (plain if own else headed).append(lst)
    return max(plain or headed, key=_MAIN_KEY, default=None)


def _empty_main_region(tree: LexborHTMLParser, container: LexborNode, lexicon: Lexicon) -> bool:
    """Whether a column page's list (`container`) is outside the page's main region
    (<main>, role="main") and that region says it lists nothing ("No content
    available.", 暂无信息): the list is a bar of links around it (a utility bar's
    Contact us | Pay online | Report a problem), not the column's own."""
    node: LexborNode | None = container
    while node is not None and node.tag not in ("body", "html"):
        if node.tag == "main" or node.attrs.get("role") == "main":
            return False
        node = node.parent
    region = tree.css_first('main, [role="main"]')
    return region is not None and lexicon.find_empty(_text(region)) is not None


def _in_main_region(node: LexborNode, memo: dict[int, bool] | None = None) -> bool:
    return _in_any(node, _is_main_region, memo)


def _is_main_region(node: LexborNode) -> bool:
    return node.tag == "main" or node.attrs.get("role") == "main"


def _page_title(tree: LexborHTMLParser) -> str:
    node = tree.css_first("title")
    return _text(node) if node is not None else ""


def _main_key(lst: ItemList) -> tuple[int, int]:
    return len(lst.dated), len(lst.items)


_MAIN_KEY = _main_key


def _in_aside_box(
    node: LexborNode, lexicon: Lexicon, memo: dict[int, bool] | None = None, title: str = ""
) -> bool:
    """In an <aside>, or in a box whose class or id names a side box (sidebar, hot,
    rank, xgwz...: the lexicon's `aside_classes`), unless that box is a layout's wrapper
    around the main content and its side boxes (Genesis' `content-sidebar-wrap`, a
    `has-sidebar` page: it holds a <main>, an <aside> or a side box beside the list), or
    the page's own content box (`_holds_page_own`: `title` is the page's)."""
    words = _aside_classes(lexicon)

    def is_aside_box(current: LexborNode) -> bool:
        return current.tag == "aside" or (
            _side_named(current, words)
            and not _holds_side_box(current, words)
            and not _holds_page_own(current, lexicon, title)
        )

    current: LexborNode | None = node
    child: LexborNode | None = None  # the way up's element below `current`
    walked: list[int] = []
    answer = False
    while current is not None and current.tag not in ("body", "html"):
        if memo is not None:
            known = memo.get(current.mem_id)
            if known is not None:
                answer = known
                break
            walked.append(current.mem_id)
        if is_aside_box(current):
            # Unless the way up comes from a box after the side box's own heading and
            # list, holding a heading: the side box was left open (its closing tag
            # missing), that box is the page's, beside it.
            answer = not (
                child is not None
                and _after_own_box(child)
                and child.css_first(_HEADINGS) is not None
            )
            if memo is not None:
                walked.pop()  # its answer depends on the way up: not memoised
            break
        child = current
        current = current.parent
    if memo is not None:
        for key in walked:
            memo[key] = answer
    return answer


def _after_own_box(node: LexborNode) -> bool:
    """Whether a heading and then a list (the box's own) come before `node`, its
    siblings."""
    listed = False
    sibling = node.prev
    while sibling is not None:
        if sibling.is_element_node:
            if sibling.tag in _HEADING_TAGS:
                return listed
            if sibling.tag in ("ul", "ol", "dl", "table"):
                listed = True
        sibling = sibling.prev
    return False


def _class_and_id(node: LexborNode) -> str:
    """An element's class and id words, lower case (what names it as chrome or a box)."""
    attributes = node.attrs
    return f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()


def _side_named(node: LexborNode, words: frozenset[str]) -> bool:
    names = _class_and_id(node)
    return bool(names.strip()) and not words.isdisjoint(_TOKEN.findall(names))


def _holds_side_box(box: LexborNode, words: frozenset[str]) -> bool:
    """Whether `box` holds a <main> or an <aside>, or a child named a side box that
    holds a list or links: a page layout's wrapper, not a side box. (The list's own way up is no
    side box, or the walk would have stopped there.)"""
    if box.css_first("main, aside") is not None:
        return True
    child = box.child
    while child is not None:
        if (
            child.is_element_node
            and _side_named(child, words)
            # (not a side box's own title, <div class="side-tit">热点信息</div>; a side
            # navigation of bare links is a side box: <div class="sidebar"><a>..</a><a>)
            and (
                child.css_first("ul, ol, dl, table") is not None
                or len(child.css("a[href]")) >= _SIDE_LINKS
            )
        ):
            return True
        child = child.next
    return False


_SIDE_LINKS = 2  # links in a side-named child that is a side box, not a box's title


def _holds_page_own(box: LexborNode, lexicon: Lexicon, title: str = "") -> bool:
    """Whether a box named a side box holds what only the page's own content box does:
    its breadcrumb (当前位置：首页 > 政务动态 > 工作动态), its list's pager (下一页, 尾页),
    or first a heading the page's `title` names (工作动态 in 工作动态_某某县人民政府): a
    layout's main box beside a left navigation tree (`right_side`, `side-con`), not a
    side box of other columns' items (热点信息, 点击排行 hold none of these)."""
    first = _first_element(box)
    if first is not None and first.tag not in _LIST_TAGS and title:
        heading = _text(first).lower()
        if 2 <= len(heading) <= _MAX_HEADING and heading in title.lower():
            return True
    for anchor in box.css("a"):
        text = anchor.text()
        if len(text) <= _MAX_PAGER and (lexicon.is_next_page(text) or lexicon.is_last_page(text)):
            return True
    for node in box.traverse(include_text=True):
        if node.tag == "-text":
            shown = node.text_content
            if shown and lexicon.is_breadcrumb(shown):
                return True
    return False


def _aside_heading(node: LexborNode, lexicon: Lexicon) -> str | None:
    """The short heading (lower case) that names a side box (相关文章, 您可能感兴趣的内容,
    Related posts) the list is under, if it is: the nearest element before the list or
    before one of its two wrappers."""
    current: LexborNode | None = node
    for _ in range(3):
        if current is None or current.tag in ("body", "html"):
            return None
        sibling = _previous_element(current)
        if sibling is not None:
            text = _text(sibling).lower()
            if text and len(text) <= _MAX_HEADING and _aside_words(lexicon).search(text):
                return text
            return None
        current = current.parent
    return None


@per_lexicon
def _post_classes(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon.post_classes)


@per_lexicon
def post_selector(lexicon: Lexicon) -> str:
    """The CSS selector of a blog's post divs (`post_classes`); empty without any."""
    return ", ".join(f"div.{word}" for word in sorted(_post_classes(lexicon)))


@per_lexicon
def embed_selector(lexicon: Lexicon) -> str:
    """The CSS selector of the elements a social network's embedded post may be (X's
    blockquote.twitter-tweet...: `embed_classes` says which are); empty without any.
    One type selector: each selector more in a walk of the tree costs ~8 µs a page."""
    return "blockquote" if embed_classes(lexicon) else ""


@per_lexicon
def embed_classes(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon.embed_classes if word)


@per_lexicon
def _aside_classes(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon.aside_classes)


@per_lexicon
def _aside_words(lexicon: Lexicon) -> re.Pattern[str]:
    words = sorted({w.lower() for w in lexicon.aside if w}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or r"(?!x)x")


class _Anchors:
    """A page's links with the "more"-ness of each, worked out once: the list finder and
    the empty-column finder both read every link (~500 on a portal's homepage)."""

    def __init__(self, anchors: PageAnchors, lexicon: Lexicon) -> None:
        self.nodes = anchors.nodes
        self.hrefs = anchors.hrefs
        self.texts = anchors.texts
        # The elements that open a page by script, no <a> (`PageAnchors.clicks`).
        self.clicked = frozenset(self.nodes[index].mem_id for index in anchors.clicks)
        long_more = _more_affixes(lexicon)[2].match
        self.more = [
            # Titles (most links) answered without `_is_more_link`'s call, as it would.
            _says_more(text, lexicon)
            if _MAX_MORE_MARKER < len(text) <= _MAX_MORE_TEXT
            else long_more(text) is not None
            if _MAX_MORE_TEXT < len(text) <= _MAX_LONG_MORE_TEXT
            else len(text) <= _MAX_MORE_MARKER and _is_more_link(anchor, lexicon, text)
            for anchor, text in zip(self.nodes, self.texts, strict=True)
        ]

    def more_links(self) -> list[LexborNode]:
        return [anchor for anchor, more in zip(self.nodes, self.more, strict=True) if more]


def _messages(
    lists: list[ItemList], lexicon: Lexicon, now: date, locale: str | None, icons: bool
) -> list[Message]:
    """The citizen messages listed, with their state: a state word beside the title
    (已回复, [已办结], 受理状态：办理中), a state icon (<img alt="已回复">: looked for on
    a column's own page, `icons`, not among a homepage's dozens of lists), or a message
    table's reply-date column (回复时间), empty while a message has no answer."""
    messages = []
    # Most pages list no messages: one search over all the items' text rules words out
    # (a word found in an item is found in the joined text), instead of two per item.
    joined = "\n".join(item.text for item_list in lists for item in item_list.items)
    said = _state_words(lexicon).search(joined.lower()) is not None
    for item_list in lists:
        if item_list.furniture:
            continue
        rows = _row_states(item_list, lexicon, now, locale, icons)
        if not said and not rows:
            continue
        for item in item_list.items:
            state = _said_state(item, lexicon) if said else None
            day = item.date
            row = rows.get(item.title)
            if row is not None:
                shown, asked = row
                state = shown if state is None else state
                day = asked or day
            if state is not None:
                messages.append(Message(item.title, day, state, item.url))
    return messages


def _undetermined(main: ItemList | None, messages: list[Message]) -> list[Message]:
    """A column page's own list (`main`): its dated items that do not say their state,
    as messages of unknown state (a message list of titles and dates only, or a state
    the lexicon does not know beside others it does, 已流转 among 已回复: the
    messages' own pages say; read for a message column, ignored for others)."""
    if main is None or not main.dated:
        return []
    said = {message.title for message in messages}
    return [Message(item.title, item.date, None, item.url) for item in main.dated
            if item.title not in said]  # fmt: skip


def reply_state(tree: LexborHTMLParser, text: str, lexicon: Lexicon) -> bool | None:
    """Whether a message's own page shows an answer: its 回复内容 field (a table cell, a
    <dt>, a "回复内容：……" line) filled, or empty or 暂无回复. None on other pages.
    `text`: the page's visible text (most pages hold no such label: one search)."""
    if lexicon.reply_label(text) is None:
        return None
    for node in tree.css(_LABEL_TAGS):
        own = _text(node)
        label = lexicon.reply_label(own[:12]) if len(own) <= 200 else None
        if label is None or not own.lower().startswith(label):
            continue
        content = own[len(label) :].strip(" ：:")
        if not content:  # <th>回复内容</th><td>……</td>
            sibling = _next_element(node)
            content = _text(sibling) if sibling is not None else ""
        if not content or lexicon.says_no_reply(content[:40]):
            return False
        return _answer_state(content[:40], lexicon) is not False
    return None


def _answer_state(text: str, lexicon: Lexicon) -> bool | None:
    """The state an answer field's text says (`Lexicon.message_state`), except a state
    word told inside a sentence, joined to words on both sides: 您反映的问题已派单至区
    城管局办理。经核查…… says where the message went, then answers it. A word that
    stands alone, leads the text or ends a clause (已派单, 正在办理中，请耐心等待) says
    the state."""
    lowered = text.lower()
    state = None
    for match in _state_starts(lexicon).finditer(lowered):
        start, end = match.start(), match.start() + len(match[1])
        if _joined(lowered, start - 1) and _joined(lowered, end):
            continue
        said = lexicon.message_state(match[1])
        if said is False:
            return False
        state = said if state is None else state
    return state


def _joined(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isalpha()


@per_lexicon
def _state_starts(lexicon: Lexicon) -> re.Pattern[str]:
    """`_state_words` at every position (overlapping: 正在办理中 holds 办理中 too)."""
    return re.compile(f"(?=({_state_words(lexicon).pattern}))")


_LABEL_TAGS = "th, td, dt, dd, strong, b, label, span, p, h3, h4, h5, em, li, div"


def _said_state(item: Item, lexicon: Lexicon) -> bool | None:
    """A message's state in the words beside its title (a title that happens to hold
    a state word, 关于办结时限的咨询, says nothing), else in a bracket that leads it
    (<a>[已办结]关于……</a>)."""
    outside = item.text.replace(item.title, " ", 1) if item.title else item.text
    state = _label_state(outside, lexicon)
    if state is None and item.title[:1] in _STATE_BRACKETS:
        close = item.title.find(_STATE_BRACKETS[item.title[0]])
        state = lexicon.message_state(item.title[: close + 1]) if close > 0 else None
    return state


def _label_state(text: str, lexicon: Lexicon) -> bool | None:
    """The state a text says in a label of its own (办理中, 受理状态：已受理, [已办结],
    Status: Pending), not inside a sentence (a news summary's 我局已受理该申请, Works in
    progress until June, The issue remains unresolved: a word joined to the ideographs
    or the lowercase words around it); an unanswered word first, as `message_state`."""
    lowered = text.lower()
    source = text if len(text) == len(lowered) else lowered
    spans = [match.span() for match in _state_words(lexicon).finditer(lowered)]
    state = None
    for index, (start, end) in enumerate(spans):
        joined_before = index > 0 and spans[index - 1][1] == start
        joined_after = index + 1 < len(spans) and spans[index + 1][0] == end
        if (not joined_before and _in_sentence(source, start - 1, -1)) or (
            not joined_after and _in_sentence(source, end, 1)
        ):
            continue
        said = lexicon.message_state(lowered[start:end])
        if said is False:
            return False
        state = said if state is None else state
    return state


def _in_sentence(text: str, at: int, step: int) -> bool:
    """Whether the text beside a state word (at `at`, going `step`) is running text: an
    ideograph or a letter touching it, sentence punctuation, or a lowercase word after a
    space."""
    if not 0 <= at < len(text):
        return False
    char = text[at]
    if char.isalpha() or char in "，。；、":
        return True  # 局已受理该, enclosed, "已受理，正在"
    if char != " ":
        return False
    at += step
    while 0 <= at < len(text) and text[at] == " ":
        at += step
    if not 0 <= at < len(text):
        return False
    if step > 0:
        return text[at].isascii() and text[at].islower()
    word_end = at
    while at >= 0 and text[at].isascii() and text[at].isalpha():
        at -= 1
    return word_end > at and text[word_end].islower() and text[at + 1].islower()


_STATE_BRACKETS = {"[": "]", "【": "】", "(": ")", "（": "）", "〔": "〕"}


def _row_states(
    item_list: ItemList, lexicon: Lexicon, now: date, locale: str | None, icons: bool
) -> dict[str, tuple[bool | None, date | None]]:
    """What the rows of a list show that its text does not: (state, the message's own
    date) by title, from state icons and from a message table's columns."""
    container = item_list.container
    fields = _message_fields(container, lexicon) if container.tag == "table" else None
    if fields is None and not (
        icons
        and any(
            _icon_state(img, lexicon) is not None for img in container.css("img[alt], img[title]")
        )
    ):
        return {}
    titles = {item.title for item in item_list.items}
    found: dict[str, tuple[bool | None, date | None]] = {}
    for row in _rows(container):
        title = next((t for a in row.css("a[href]") if (t := _text(a)) in titles), None)
        if title is None or title in found:
            continue
        state = next(
            (s for img in row.css("img") if (s := _icon_state(img, lexicon)) is not None), None
        )
        asked = None
        if fields is not None:
            cells = list(_element_children(row))
            reply, asked_at = fields
            if len(cells) > reply:
                if state is None:
                    state = _item_date(_text(cells[reply]), now, locale)[0] is not None
                if asked_at is not None and len(cells) > asked_at:
                    asked = _item_date(_text(cells[asked_at]), now, locale)[0]
        found[title] = (state, asked)
    return found


def _icon_state(image: LexborNode, lexicon: Lexicon) -> bool | None:
    attributes = image.attrs
    label = attributes.get("alt") or attributes.get("title") or ""
    return lexicon.message_state(label) if label and len(label) <= 12 else None


def _rows(container: LexborNode) -> Iterable[LexborNode]:
    for child in _element_children(container):
        if child.tag in ("tbody", "thead"):
            yield from _element_children(child)
        else:
            yield child


def _message_fields(table: LexborNode, lexicon: Lexicon) -> tuple[int, int | None] | None:
    """(the reply-date column, the message-date column) of a table whose header row
    names a reply date (序号 | 标题 | 留言时间 | 回复时间 | 状态)."""
    header = table.css_first("tr")
    if header is None or header.css_first("a[href]") is not None:
        return None
    names = [_text(cell).lower() for cell in _element_children(header)]
    reply = _field_index(names, lexicon.reply_column)
    if reply is None:
        return None
    return reply, _field_index(names, lexicon.asked_column)


def _field_index(names: list[str], words: tuple[str, ...]) -> int | None:
    return next((i for i, name in enumerate(names) if any(w.lower() in name for w in words)), None)


@per_lexicon
def _state_words(lexicon: Lexicon) -> re.Pattern[str]:
    """Any word of a message's state, answered or not (`Lexicon.message_state`'s)."""
    words = sorted({w.lower() for w in (*lexicon.answered, *lexicon.unanswered) if w}, key=len)
    return re.compile("|".join(re.escape(w) for w in reversed(words)) or r"(?!x)x")


def _find_lists(
    anchors: _Anchors,
    base: str,
    now: date,
    lexicon: Lexicon,
    locale: str | None = None,
    articles: bool = False,
    time_dates: dict[int, date] | None = None,
    fragments: list[LexborNode] | None = None,
    posts: frozenset[str] = frozenset(),
    lone: list[LexborNode] | None = None,
) -> list[ItemList]:
    """The page's lists. `fragments`, if given, gets the links to a place in the page
    (href="#x"), which are no items; `lone`, if given, the links of containers of a
    few undated links (`_LONE_LINKS` at most; no list: a box's link to its list page,
    "View minutes", beside a blank that says it has none, one box or a few in a
    column of the layout)."""
    by_container: dict[int, tuple[LexborNode, list[Item]]] = {}
    known_dates: dict[str, _ItemDates] = {}
    signals: list[str] = []  # of the items dated day-first-or-month-first
    # Per container, its items dated after tomorrow: (index, that date).
    future: dict[int, list[tuple[int, date]]] = {}
    # Items dated day-first-or-month-first: (their list, index, the text and title read).
    ambiguous: list[tuple[list[Item], int, str, str]] = []
    # Per container, its items dated without a year: index -> pinned (置顶).
    yearless: dict[int, dict[int, bool]] = {}
    wrapper_texts: WrapperTexts = {}  # (`_item_of`)
    br_lines: BrLines = {}  # (`_item_of`)
    row_lists: dict[int, bool] = {}  # (`_item_of`)
    first_anchors: dict[int, list[LexborNode]] = {}  # per container, its first links (`lone`)
    deadline_columns: dict[int, tuple[int, ...]] = {}  # per table (`table_deadline_columns`)
    date_columns: dict[int, tuple[int, ...]] = {}  # per table (`table_date_columns`)
    # Per (container, index), an item that is a wrapper of two links or more: its node.
    merged: dict[tuple[int, int], LexborNode] = {}
    clicked = anchors.clicked
    for anchor, raw_href, anchor_text, more in zip(
        anchors.nodes, anchors.hrefs, anchors.texts, anchors.more, strict=True
    ):
        href = raw_href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            if fragments is not None and len(href) > 1 and href[0] == "#":
                fragments.append(anchor)
            continue
        script_row = bool(clicked) and anchor.mem_id in clicked
        title = (
            _clicked_title(anchor, anchor_text, now)
            if script_row
            else anchor_text or _image_title(anchor)
        )
        if len(title) < _MIN_TITLE:
            title = _row_title(anchor, now) if title else ""
            if len(title) < _MIN_TITLE:
                continue
        # An image link is judged by its alt text, not by its (empty) text.
        if more if anchor_text else _is_more_link(anchor, lexicon, title):
            continue
        if script_row and anchor.tag in _CLICKABLE_ITEMS:
            # <tr onclick="window.location='..'"><td>标题</td><td>2026-11-20</td></tr>:
            # the row is the item, its parent the list (not the wrapper of all rows).
            item_node, container = anchor, anchor.parent
            item_text: str | None = anchor_text
        else:
            item_node, container, item_text = _item_of(
                anchor, anchor_text, articles, wrapper_texts, posts, br_lines, row_lists
            )
        if container is None:
            continue
        container_tag = container.tag
        if container_tag == "tbody" and container.parent is not None:
            container = container.parent
        elif (
            container_tag == "div"
            and container.parent is not None
            and item_node.tag == "li"
            and _only_element_child(container, item_node)
        ):
            # <ul><div class="views-row"><li>..</li></div>..</ul>: a Drupal view's row
            # around each item (USWDS collections): the row is the item.
            item_node, container = container, container.parent
        if item_node is anchor and item_text is None:
            text = title
        else:
            text = (_text(item_node) if item_text is None else item_text) or title
        dated_text = text
        deadlines: tuple[int, ...] | None = ()
        if item_node.tag == "tr" and container.tag == "table":
            # A tender table's "Closing Date" cell is not the row's date while another
            # cell dates it (the header row read once per table).
            deadlines = deadline_columns.get(container.mem_id)
            if deadlines is None:
                deadlines = deadline_columns[container.mem_id] = table_deadline_columns(container)
            if deadlines:
                dated_text = deadline_cells(item_node, deadlines, title, now, locale)[1] or text
        when, signal, ahead = _date_of(dated_text, title, now, known_dates, locale)
        if ahead is not None and deadlines and dated_text is text:
            # A row dated only by its deadline (招聘 | 截止申請日期, a meeting's 會議日期)
            # ahead: an upcoming day, as `截止 2026-12-20` beside a link is, not a
            # date faked ahead (future_dated).
            ahead = _deadline_ahead(item_node, deadlines, ahead, now, locale)
        read_as = dated_text, title
        if (
            when is None
            and ahead is None
            and item_node.tag == "tr"
            and container.tag == "table"
            and _SEVEN_DIGITS.search(text) is not None
        ):
            # <th>發布日期</th> over <td>1151120</td>: a seven-digit ROC date, read only
            # as a whole cell under a date header (never in running text: phone
            # numbers, IDs, 文號 such as 府授法字第1151120號).
            columns_of = date_columns.get(container.mem_id)
            if columns_of is None:
                columns_of = date_columns[container.mem_id] = table_date_columns(container)
            compact = _compact_date(item_node, columns_of) if columns_of else None
            if compact is not None and compact <= now + timedelta(days=1):
                when = compact
        if when is None:
            # <a title="标题 2026-11-20">标题...</a>: a date shown only on hovering.
            hover = anchor.attrs.get("title")
            if hover and _DIGIT.search(hover) is not None:
                hover = " ".join(hover.split())
                on_hover, hover_signal, hover_ahead = _item_date(hover, now, locale)
                ahead = ahead or hover_ahead
                # (A hover that repeats the title, digits and all, keeps the shown text's
                # signal: 12/05/2024 beside it, read again in the page's order below.)
                if on_hover is not None or signal is None:
                    when, signal, read_as = on_hover, hover_signal, (hover, "")
        if signal == RELATIVE:
            # "2 days ago" beside <time datetime="2026-11-20"> or /2026/11/20/ in its
            # URL: the machine date, in case the page was cached (its text frozen).
            machine = time_dates.get(item_node.mem_id) if time_dates else None
            if machine is None and _URL_DIGITS.search(href):
                machine = date_in_url(href, now)
            when = machine or when
            signal = None
        if when is None and time_dates:
            # <time datetime="2026-11-20">2 days ago</time>, or in a script we do not
            # read (15 มีนาคม 2569): the machine-written date of the item's <time>.
            when = time_dates.get(item_node.mem_id)
        if signal is not None:
            signals.append(signal)
        if when is None and _URL_DIGITS.search(href):
            when = date_in_url(href, now)
        elif signal == "yearless" and when is not None:
            # [11-20] beside /art/2024/11/20/art_1_2.html: the URL says which year.
            in_url = date_in_url(href, now) if _URL_DIGITS.search(href) else None
            dated = year_from_url(when, in_url, now) if in_url is not None else None
            if dated is not None:
                when, signal = dated, None
        key = container.mem_id
        found = by_container.get(key)
        if found is None:
            items: list[Item] = []
            by_container[key] = (container, items)
            if lone is not None:
                first_anchors[key] = [anchor]
        else:
            items = found[1]
            if items and items[-1].text == text:
                # a second link in the same item (a thumbnail and its title)
                if item_node.tag not in _ITEM_TAGS:
                    merged[key, len(items) - 1] = item_node
                continue
            if lone is not None and len(items) < _LONE_LINKS:
                first_anchors[key].append(anchor)
        # Relative URLs are resolved only where one is reported (few per page).
        if signal == "ambiguous":
            ambiguous.append((items, len(items), *read_as))
        elif signal == "yearless":
            yearless.setdefault(key, {})[len(items)] = _is_pinned(item_node, text, lexicon)
        if ahead is not None:
            future.setdefault(key, []).append((len(items), ahead))
        items.append(tuple.__new__(Item, (title, href, when, text, base)))
    if ambiguous:  # 05/11/2024: in the order of the page's unambiguous dates, if they say
        order = order_of_signals(signals.count("dmy"), signals.count("mdy"), locale)
        if order != locale:
            for items, index, dated_text, dated_title in ambiguous:
                item = items[index]
                when = _date_of(dated_text, dated_title, now, {}, order)[0]
                items[index] = tuple.__new__(Item, (item.title, item.href, when, item.text, base))
    for key, marks in yearless.items():
        _years_by_order(by_container[key][1], marks)
    for (key, index), wrapper in merged.items():
        items = by_container[key][1]
        if items[index].date is not None and _link_bar(wrapper, items[index].text, lexicon):
            # A wrapper of 4+ links and one date is a bar of links beside a date widget
            # (a top bar's <span>2026年11月25日</span> 设为首页 加入收藏 无障碍 手机版,
            # written at each request): no item's date, as the sweep reads it.
            items[index] = items[index]._replace(date=None)
    for container, items in by_container.values():
        if any(item.date is None for item in items):
            _dated_by_heading(container, items, now, locale)
    if len(by_container) >= 2:
        _join_days(by_container, future, now, locale)
    issued: list[tuple[list[Item], int]] = []  # (`_undate_issued`)
    for container, items in by_container.values():
        if (only := _undate_stamp(items, now, locale)) >= 0:
            issued.append((items, only))
        _undate_offsite_ticker(container, items, base, lexicon)
    if issued:
        _undate_issued(issued, by_container, now, locale)
    every_list = (
        ItemList(container, items)
        if key not in future
        else ItemList(container, items, future=_future_items(items, future[key]))
        for key, (container, items) in by_container.items()
    )
    lists = [lst for lst in every_list if len(lst.items) >= 2 or lst.dated]
    if lone is not None:
        for key, (_, items) in by_container.items():
            if len(items) <= _LONE_LINKS and all(item.date is None for item in items):
                lone.extend(first_anchors[key])
    furniture: dict[int, bool] = {}
    for lst in lists:
        lst.furniture = _in_furniture(lst.container, furniture) and (
            len(lst.dated) < _PUBLICATIONS or _in_any(lst.container, _is_closed_furniture, None)
        )
    return lists


_LONE_LINKS = 3


def _undate_stamp(items: list[Item], now: date, locale: str | None) -> int:
    """A list's only dated item, dated by an update label ("Last updated: 24 November
    2026" beside a "Was this page useful?" link, a footer's "Page last reviewed"), shows
    the page's stamp (often written at each request), not a publication: it is undated.
    A list whose items each say "Updated: ..." keeps their dates (as the homepage
    sweep, which passes over an update label the page has once). So is one dated by a
    page clock or a weather box beside a link (a header's "Thursday 26 November ·
    18°C" and its "Te reo Māori" link: `dates.reads_as_clock`), as the sweep reads it.

    Returns the index of the only dated item when it keeps its date but shows it right
    after a widget's `issued` word, today's (`dates.issued_today`: a fire-danger
    rating's "HIGH (issued 26/11/2026)" beside its one link): `_undate_issued` judges
    it with the page's other items. Otherwise -1."""
    index = -1
    for at, item in enumerate(items):
        if item.date is not None:
            if index >= 0:
                return -1
            index = at
    if index < 0:
        return -1
    item = items[index]
    outside = item.text.replace(item.title, " ", 1) if item.title else item.text
    # The stamp may be in the link's own text too: a banner whose image's alt is its
    # caption ("专题 更新时间：2026-11-25"), the title then holding the label and date.
    if (
        update_stamp_date(outside, now, locale) == item.date
        or (item.date is not None and reads_as_clock(outside.strip(), item.date, now))
        or (outside.strip() == "" and update_stamp_date(item.text, now, locale) == item.date)
    ):
        items[index] = item._replace(date=None)
        return -1
    if item.date is not None and issued_today(outside, item.date, now, locale):
        return index
    return -1


def _undate_issued(
    issued: list[tuple[list[Item], int]],
    by_container: dict[int, tuple[LexborNode, list[Item]]],
    now: date,
    locale: str | None,
) -> None:
    """Undate each list's only dated item of `issued` (`_undate_stamp`: dated today,
    right after a widget's `issued` word): a box issued anew each day (a fire-danger
    rating's "HIGH (issued 26/11/2026)" beside its one link, "Emergency information"),
    no publication; read as a list of one item it dated a dead homepage today. As the
    sweep reads it (`dates._newest_item_date`, `_issued_list`): unless an item of the
    page shows the word before an older date (a list of releases, each "Issued 20
    November 2026"). A column's one item dated today without the word (beside its
    "more" link) keeps its date."""
    older = now - timedelta(days=1)
    for _, items in by_container.values():
        for item in items:
            if item.date is not None and item.date < older:
                # (beside its title: "Fire prevention notices issued" 14/07/2025 is no
                # release's word, as the sweep reads it line by line)
                outside = item.text.replace(item.title, " ", 1) if item.title else item.text
                if any(day < older for day in issued_dates(outside, now, locale)):
                    return
    for items, index in issued:
        items[index] = items[index]._replace(date=None)


def _undate_offsite_ticker(
    container: LexborNode, items: list[Item], base: str, lexicon: Lexicon
) -> None:
    """A ticker's items that link to another site (a county homepage's 滚动新闻 fed from
    the provincial portal, its dates that portal's) are not this site's publications:
    undated, or a dead site's chrome keeps it fresh. A ticker of the site's own items
    keeps its dates."""
    if not any(item.date is not None and "//" in item.href[:8] for item in items):
        return
    home = urlsplit(base).hostname or ""
    offsite = [
        item.date is not None
        and item.href.startswith(("http://", "https://", "//"))
        and not same_site(urlsplit(urljoin(base, item.href)).hostname or home, home)
        for item in items
    ]
    if not any(offsite) or not _in_ticker_box(container, lexicon):
        return
    for at, away in enumerate(offsite):
        if away:
            items[at] = items[at]._replace(date=None)


def _only_element_child(node: LexborNode, child: LexborNode) -> bool:
    """Whether `child` is the only element in `node`."""
    found = node.child
    while found is not None:
        if found.is_element_node and found.mem_id != child.mem_id:
            return False
        found = found.next
    return True


def table_deadline_columns(table: LexborNode) -> tuple[int, ...]:
    """The positions of a table's columns whose header names a deadline's or an event's
    date (`Title | Date Posted | Closing Date`, `标题 | 发布日期 | 截止日期`, `公告时间 |
    开标时间`, `Posted | Comment Deadline`: `dates.is_deadline_label`). The header row is
    the table's first row, when it holds no link or is all <th> cells (a sortable
    header's <th><a href="?order=closing">Closing Date</a></th>: Drupal views, ASP.NET
    grids). A title row of one cell above it (old NIC and table-layout sites: `<td
    colspan="4">Tenders</td>`, then `S.No. | Tender | Tender Date | Last Date`) is
    passed over: the header is the first row of two or more cells."""
    return tuple(
        index for index, cell in enumerate(_header_cells(table)) if is_deadline_label(_text(cell))
    )


def table_date_columns(table: LexborNode) -> tuple[int, ...]:
    """The positions of a table's columns whose header names the day a row was posted
    or updated, and nothing else (`發布日期`, `公告日期`, `日期`: `dates.is_date_label`);
    the header row as `table_deadline_columns` finds it."""
    return tuple(
        index for index, cell in enumerate(_header_cells(table)) if is_date_label(_text(cell))
    )


def _header_cells(table: LexborNode) -> list[LexborNode]:
    """The cells of a table's header row (`table_deadline_columns`), or []."""
    header, cells, titles = None, [], 0
    for row in _rows(table):
        if row.tag != "tr":
            continue
        header, cells = row, list(_element_children(row))
        if len(cells) > 1 or titles == 2 or header.css_first("a[href]") is not None:
            break
        titles += 1
    if header is None:
        return []
    if header.css_first("a[href]") is not None and any(cell.tag != "th" for cell in cells):
        return []
    return cells


def _compact_date(row: LexborNode, columns: tuple[int, ...]) -> date | None:
    """The seven-digit ROC date (1151120) that is the whole text of a row's cell in one
    of its table's date `columns` (`table_date_columns`), if any."""
    cells = list(_element_children(row))
    for index in columns:
        if index < len(cells) and (when := compact_roc_date(_text(cells[index]))) is not None:
            return when
    return None


def deadline_cells(
    row: LexborNode, columns: tuple[int, ...], title: str, now: date, order: str | None
) -> tuple[list[LexborNode], str]:
    """(the cells of a table row in its deadline `columns` (`table_deadline_columns`)
    that hold a digit, the text of its other cells) when another cell than the title's
    shows a date; else ([], ""): a row dated only by its deadline keeps it."""
    cells = list(_element_children(row))
    if len(cells) <= columns[-1]:
        return [], ""
    dropped = {index for index in columns if _DIGIT.search(_text(cells[index])) is not None}
    if not dropped:
        return [], ""
    kept = " ".join(
        text for index, cell in enumerate(cells) if index not in dropped and (text := _text(cell))
    )
    outside = kept.replace(title, " ", 1) if title else kept
    if _DIGIT.search(outside) is None or _item_date(outside, now, order)[0] is None:
        return [], ""
    return [cells[index] for index in sorted(dropped)], kept


def _row_title(anchor: LexborNode, now: date) -> str:
    """The name of a table row whose links are short (<td>第十一次會議</td><td>
    2026年11月12日</td><td><a>議程</a> <a>文件</a></td>: a District Council's or a
    committee's meeting papers, Agenda | Minutes): its first cell before the link's
    that has text, no link and no date; "" if none."""
    cell = anchor.parent
    if cell is not None and cell.tag != "td":
        cell = cell.parent
    if cell is None or cell.tag != "td" or cell.parent is None or cell.parent.tag != "tr":
        return ""
    for other in _element_children(cell.parent):
        if other.mem_id == cell.mem_id:
            return ""
        text = _text(other)
        if len(text) < _MIN_TITLE or other.css_first("a") is not None:
            continue
        if _DIGIT.search(text) is not None:
            when, _, ahead = _item_date(text, now, None)
            if when is not None or ahead is not None:
                continue
        return text
    return ""


def _deadline_ahead(
    row: LexborNode, columns: tuple[int, ...], ahead: date, now: date, order: str | None
) -> date | None:
    """`ahead`, unless it is the date of one of the row's deadline `columns`' cells."""
    cells = list(_element_children(row))
    for index in columns:
        if (
            index < len(cells)
            and _DIGIT.search(text := _text(cells[index])) is not None
            and _item_date(text, now, order)[2] == ahead
        ):
            return None
    return ahead


def _future_items(items: list[Item], dated: list[tuple[int, date]]) -> tuple[FutureItem, ...]:
    return tuple(
        FutureItem(items[index].title[:_MAX_FUTURE_TITLE], when, items[index].url)
        for index, when in dated
    )


_MAX_FUTURE_TITLE = 200


def _dated_by_heading(
    container: LexborNode, items: list[Item], now: date, locale: str | None
) -> bool:
    """The undated items of a list under a heading that is a day (a press-release index:
    `<h3>2026年11月20日（星期五）</h3><ul>` with the day's releases, each with its time
    only): that day. The heading is the element just before the list (or before the
    wrapper the list opens), an `h1`-`h6` without a link, short, whose text holds a
    date; the list is one of titles, not a menu. Replaces the items' dates in `items`;
    whether the heading just before the list dated them."""
    if sum(len(item.title) for item in items) < _MENU_TITLE * len(items):
        return False
    node: LexborNode | None = container
    for _ in range(2):
        if node is None:
            return False
        heading = _previous_element(node)
        if heading is not None:
            break
        node = node.parent  # the list opens its wrapper: the wrapper's heading
    else:
        return False
    if heading is None or heading.tag not in _HEADING_TAGS or heading.css_first("a") is not None:
        return False
    text = _text(heading)
    if len(text) > _MAX_LATIN_HEADING or _DAY_DIGIT.search(text) is None:
        return False
    day = _item_date(text, now, locale)[0]
    if day is None:
        return False
    for index, item in enumerate(items):
        if item.date is None:
            items[index] = tuple.__new__(Item, (item.title, item.href, day, item.text, item.base))
    return True


def _join_days(
    by_container: dict[int, tuple[LexborNode, list[Item]]],
    future: dict[int, list[tuple[int, date]]],
    now: date,
    locale: str | None,
) -> None:
    """Lists each under a heading that is a day (`<h3>2026年11月19日（星期四）</h3><ul>..
    </ul><h3>2026年11月18日（星期三）</h3><ul>..</ul>`: GovHK's press releases), children
    of one wrapper, are one list, the wrapper's: one column under the box's heading, not
    a column per day named by the day before's last title."""
    runs: dict[int, list[int]] = {}
    for key, (container, _) in by_container.items():
        parent = container.parent
        if parent is not None and container.tag in _LIST_TAGS and key not in future:
            runs.setdefault(parent.mem_id, []).append(key)
    for parent_key, keys in runs.items():
        if len(keys) < 2 or parent_key in by_container:
            continue
        if not all(_day_heading(by_container[key][0], now, locale) for key in keys):
            continue
        parent = by_container[keys[0]][0].parent
        assert parent is not None
        merged = [item for key in keys for item in by_container.pop(key)[1]]
        by_container[parent_key] = (parent, merged)


_LIST_TAGS = frozenset({"ul", "ol", "dl", "table"})


def _day_heading(container: LexborNode, now: date, locale: str | None) -> bool:
    """Whether the element just before a list is a heading that is a day."""
    heading = _previous_element(container)
    if heading is None or heading.tag not in _HEADING_TAGS or heading.css_first("a") is not None:
        return False
    text = _text(heading)
    if len(text) > _MAX_LATIN_HEADING or _DAY_DIGIT.search(text) is None:
        return False
    return _item_date(text, now, locale)[0] is not None


def year_from_url(shown: date, in_url: date, now: date) -> date | None:
    """The year of a year-less date from its item's URL's date: the shown month-day
    nearest that date (a CMS's URL may say the day the item was written, a few days
    before it was published, or the year before at New Year), if within a month and not
    after tomorrow."""
    best: date | None = None
    for year in (in_url.year - 1, in_url.year, in_url.year + 1):
        try:
            found = shown.replace(year=year)
        except ValueError:  # 02-29
            continue
        if best is None or abs(found - in_url) < abs(best - in_url):
            best = found
    if best is None or abs(best - in_url) > _URL_DAY_SLACK or best > now + _ONE_DAY:
        return None
    return best


_URL_DAY_SLACK = timedelta(days=31)
_ONE_DAY = timedelta(days=1)


def _years_by_order(items: list[Item], yearless: dict[int, bool]) -> None:
    """The years of a list's year-less dates from its order (`dates.years_by_order`),
    its pinned (置顶) items (`yearless` true) left out. Replaces the items' dates in
    `items`."""
    order: list[tuple[int, date]] = [
        (index, item.date)
        for index, item in enumerate(items)
        if item.date is not None and not yearless.get(index, False)
    ]
    positions = {at for at, (index, _) in enumerate(order) if index in yearless}
    moved = years_by_order([day for _, day in order], positions)
    for at, earlier in moved.items():
        index = order[at][0]
        item = items[index]
        items[index] = tuple.__new__(Item, (item.title, item.href, earlier, item.text, item.base))


def _is_pinned(node: LexborNode, text: str, lexicon: Lexicon) -> bool:
    """Whether a list item is pinned (置顶): its text says so, or an image's alt text, its
    class words or those of an element in it, or its icon's file name (`pinned`,
    `pinned_classes` of the lexicon)."""
    words, classes = _pinned_words(lexicon)
    if words.search(text) is not None:
        return True
    for element in (node, *node.css("[class], img")):
        attributes = element.attributes
        if element.tag == "img":
            if words.search(attributes.get("alt") or "") is not None:
                return True
            name = (attributes.get("src") or "").rsplit("/", 1)[-1].lower()
            if not classes.isdisjoint(_TOKEN.findall(name.rsplit(".", 1)[0])):
                return True
        if not classes.isdisjoint(_TOKEN.findall((attributes.get("class") or "").lower())):
            return True
    return False


@per_lexicon
def _pinned_words(lexicon: Lexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    words = "|".join(re.escape(word) for word in lexicon.pinned) or "(?!)"
    return re.compile(words, re.I), frozenset(word.lower() for word in lexicon.pinned_classes)


# Column blocks repeat the same "more" and heading links (and the page its base): the
# joins are remembered (urljoin is a pure function of its two strings).
@lru_cache(maxsize=4096)
def _join(base: str, href: str) -> str:
    return urljoin(base, href)


# Lists repeat the same few date strings ("2026-11-20") hundreds of times per page and
# across pages: remember the answers (a pure function of text, now and order).
# (date, its `dates.item_date_signal`, the item's own date if after tomorrow)
_ItemDates = tuple[date | None, str | None, date | None]
_item_date = lru_cache(maxsize=16384)(item_dates)
_NO_DATE: _ItemDates = (None, None, None)


def _date_of(
    text: str,
    title: str,
    now: date,
    known: dict[str, _ItemDates],
    order: str | None = None,
) -> _ItemDates:
    """An item's date (and its `dates.item_date_signal`, and its own date when that is
    after tomorrow: `dates.item_dates`): beside its link first; a date inside the
    title only failing that.

    `known`: the dates of the texts beside the links so far (the page's own memo: the
    same " 2026-11-20" beside hundreds of links).
    """
    # (A title that is not in the text leaves it as it is.)
    outside = text.replace(title, " ", 1) if title else text
    if outside != text:
        try:
            found = known[outside]
        except KeyError:
            found = known[outside] = (
                _item_date(outside, now, order)
                if _DIGIT.search(outside) is not None or may_be_wordy_relative(outside)
                else _NO_DATE
            )
        if found[0] is not None:
            return found
    if _DIGIT.search(text) is None and not may_be_wordy_relative(text):
        return _NO_DATE
    return _item_date(text, now, order)


# How far above its <time> an item's element may be (<li><div class="meta"><span><time>).
_TIME_DEPTH = 4


def _dates_of_times(times: list[LexborNode], now: date) -> dict[int, date]:
    """The date of each <time datetime> element, given to each of its first
    `_TIME_DEPTH` ancestors (the nearest time of an element wins): an item is dated by
    it where its shown text gives no date."""
    nearest: dict[int, tuple[int, date]] = {}
    for node in times:
        when = parse_date_value((node.attrs.get("datetime") or "").strip(), now)
        if when is None:
            continue
        parent = node.parent
        for depth in range(_TIME_DEPTH):
            if parent is None:
                break
            held = nearest.get(parent.mem_id)
            if held is None or depth < held[0]:  # at the same depth, the first
                nearest[parent.mem_id] = (depth, when)
            parent = parent.parent
    return {key: when for key, (_, when) in nearest.items()}


def _image_title(anchor: LexborNode) -> str:
    """The alt or title text of an image-only link (a banner)."""
    image = anchor.css_first("img")
    if image is None:
        return ""
    text = image.attributes.get("alt") or image.attributes.get("title") or ""
    return " ".join((text or anchor.attributes.get("title") or "").split())


def _wraps_page(form: LexborNode) -> bool:
    parent = form.parent
    return parent is not None and parent.tag == "body"


def _is_furniture(node: LexborNode) -> bool:
    if node.tag in _FURNITURE_TAGS:
        if node.tag == "footer":
            return True
        if node.tag == "form" and _wraps_page(node):
            return False
        # A <header> or <nav> left unclosed (a template's missing </header>) holds the
        # page's <main> and its <footer>: it wraps the page, it is no header.
        return not _holds_page_end(node)
    attributes = node.attrs
    words = _class_and_id(node)
    if not words.strip():
        return False
    tokens = _TOKEN.findall(words)
    if _FURNITURE.isdisjoint(tokens):
        return False
    if _BOX_PART.search(words) is not None:
        tokens = _TOKEN.findall(_BOX_PART.sub(" ", words))
        if _FURNITURE.isdisjoint(tokens):
            return False
    banner = not _BANNER.isdisjoint(tokens)
    if banner and _FURNITURE.isdisjoint(set(tokens) - _BANNER - _PLACE) and _holds_page(node):
        return False
    if _OWN_END.isdisjoint(tokens) and _holds_page_end(node):
        return False
    # A tab bar is no menu, whatever its class says (Bootstrap's <ul class="nav
    # nav-tabs" role="tablist">, "tab-nav"): its labels name the lists below it.
    return attributes.get("role") != "tablist" and _TAB_BAR.isdisjoint(tokens)


def _holds_page_end(node: LexborNode) -> bool:
    """Whether `node` holds the page's <main> or its footer (a <footer>, an element
    whose class or id says foot or copyright) as its child, or as the child of its
    last element, and so on down: what an element left open holds is its own
    siblings, and its parents end with it. Only the last element of its parent can,
    where the parser ends it (the cheap test first, for the chrome of every page)."""
    if not _is_last_element(node):
        return False
    box: LexborNode | None = node
    while box is not None:
        child, last = box.child, None
        while child is not None:
            if child.is_element_node:
                if child.tag in ("main", "footer"):
                    return True
                if child.attrs.get("role") == "main":
                    return True
                words = _class_and_id(child)
                if "foot" in words or "copyright" in words:
                    return True
                if child.tag not in ("script", "style"):
                    last = child
            child = child.next
        box = last  # ...or its last element, left open in it (a <nav> in a <header>)
    return False


def _is_last_element(node: LexborNode) -> bool:
    sibling = node.next
    while sibling is not None:
        if sibling.is_element_node and sibling.tag not in ("script", "style"):
            return False
        sibling = sibling.next
    return True


def _holds_page(node: LexborNode) -> bool:
    """Whether `node` holds the page's own parts (its main content, menu, articles or
    title) or a list of three or more: a wrapper, no banner, whatever its banner words."""
    return node.css_first(_PAGE_PARTS) is not None


def _in_furniture(node: LexborNode, memo: dict[int, bool] | None = None) -> bool:
    return _in_any(node, _is_own_furniture, memo)


def _is_own_furniture(node: LexborNode) -> bool:
    return _is_furniture(node) and not _sections_own(node)


def _is_closed_furniture(node: LexborNode) -> bool:
    """`_is_own_furniture`, but not of a menu, top bar, breadcrumb or banner left open:
    one that holds a list of publications (see `_PUBLICATIONS`) holds the page's own
    content, as a browser shows it. A footer stays one (a page's newest "updates" may
    be listed there)."""
    if not _is_own_furniture(node):
        return False
    if node.tag == "footer":
        return True
    return not _OWN_END.isdisjoint(_TOKEN.findall(_class_and_id(node)))


def _sections_own(node: LexborNode) -> bool:
    """A <header> or <footer> of an <article> (a post's title, date, author and
    category links), not the page's. (Not of any <section> or <main>, as HTML has it:
    some templates wrap the whole page, its banner and footer too, in one.)"""
    if node.tag not in ("header", "footer"):
        return False
    current = node.parent
    while current is not None and current.tag not in ("body", "html"):
        if current.tag == "article":
            return True
        current = current.parent
    return False


def in_page_chrome(node: LexborNode, memo: dict[int, bool] | None = None) -> bool:
    """In a footer, a tool bar, a link block or a search form (not in a menu).

    `memo`: see `_in_any`, for the calls for one page's links."""
    return _in_any(node, _is_chrome, memo)


def _in_any(
    node: LexborNode, test: Callable[[LexborNode], bool], memo: dict[int, bool] | None
) -> bool:
    """Whether `test` holds for `node` or an ancestor of it below <body>.

    `memo` (element -> answer), shared by the calls of one test on one page, reads each
    element once: else a page nested as deep as it has links or lists (a `<div>` or
    `<ul>` left open in each item) costs them x its depth, seconds for a few thousand."""
    current: LexborNode | None = node
    walked: list[int] = []
    answer = False
    while current is not None and current.tag not in ("body", "html"):
        if memo is not None:
            key = current.mem_id
            known = memo.get(key)
            if known is not None:
                answer = known
                break
            walked.append(key)
        if test(current):
            answer = True
            break
        current = current.parent
    if memo is not None:
        for key in walked:
            memo[key] = answer
    return answer


def _is_chrome(current: LexborNode) -> bool:
    """`in_page_chrome` of one element, whatever its ancestors."""
    if current.tag in _CHROME_TAGS and (current.tag != "form" or not _wraps_page(current)):
        return True
    words = _class_and_id(current)
    return bool(
        words.strip()
        and not _CHROME.isdisjoint(tokens := _TOKEN.findall(words))
        and (
            _BOX_PART.search(words) is None
            or not _CHROME.isdisjoint(_TOKEN.findall(_BOX_PART.sub(" ", words)))
        )
        and (not _CHROME.isdisjoint(set(tokens) - _BANNER) or not _holds_page(current))
    )


# Elements that are an item of their own when they open a page by script (`_find_lists`);
# a clickable cell or span is in an item as a link is (`_item_of`).
_CLICKABLE_ITEMS = frozenset({"tr", "li", "dd", "dt", "div", "p", "article"})
# A bullet before a script row's title (· 标题).
_BULLETS = "·•●◆◇■□▪▶►>＞-—· \u3000"


def _clicked_title(node: LexborNode, text: str, now: date) -> str:
    """The title of an element that opens its page by script (`_find_lists`): its first
    part (a cell, a text, an element) of a title's length once its words that are dates
    are left out (<tr><td>· 标题</td><td>2026-11-20</td></tr>, <li>标题 2026-11-20</li>:
    标题); its text if none is."""
    if _DIGIT.search(text) is None:
        return text.lstrip(_BULLETS) or text
    for part in node.iter(include_text=True):
        words = [word for word in part.text().split() if not _is_day(word, now)]
        title = " ".join(words).lstrip(_BULLETS)
        if len(title) >= _MIN_TITLE:
            return title
    return text


def _is_day(word: str, now: date) -> bool:
    if _DIGIT.search(word) is None:
        return False
    when, _, ahead = _item_date(word, now, None)
    return when is not None or ahead is not None


def _item_of(
    anchor: LexborNode,
    anchor_text: str,
    articles: bool = False,
    texts: WrapperTexts | None = None,
    posts: frozenset[str] = frozenset(),
    lines: BrLines | None = None,
    rows: dict[int, bool] | None = None,
) -> tuple[LexborNode, LexborNode | None, str | None]:
    """(the item an anchor is in, the item's parent, the item's text if it was read).

    First, an anchor on a line of its own in an element that holds several such lines
    (`_br_lines`; `lines`, the elements read so far): the anchor is the item, its
    line's text the item's text, and the element its list.

    The item: an `li`, `tr`, `dd` or `dt` up to three levels up, else (on a page with
    `articles`) an `<article>` up to four levels up that is one of a run of them (a
    blog's posts, their title, date, author and category links in one; a `<div>` of a
    class in `posts` one of a run of such divs likewise), else a wrapper
    with more text than the anchor, else the anchor itself. Each level read once: this
    runs for every link of the page. `texts`: the wrappers' texts read so far (a block
    of many links in one wrapper is read once, not once per link). A row two or three
    levels up that holds rows of links of its own is not the item (`_holds_rows`;
    `rows`, the rows read so far).
    """
    parent = anchor.parent
    if parent is None:
        return anchor, None, None
    if lines is not None:
        line = _line_of(anchor, parent, lines)
        if line is not None:
            return anchor, line[0], line[1]
    parent_tag = parent.tag
    if parent_tag in _ITEM_TAGS:
        if parent_tag == "dd":
            return _dated_by_dt(parent)
        return _dated_by_dd(parent) if parent_tag == "dt" else (parent, parent.parent, None)
    grandparent = parent.parent
    if grandparent is not None:
        if grandparent.tag in _ITEM_TAGS:
            if grandparent.tag == "dd":
                return _dated_by_dt(grandparent)
            if grandparent.tag == "dt":
                return _dated_by_dd(grandparent)
            if not _holds_rows(grandparent, rows):
                return grandparent, grandparent.parent, None
        great = grandparent.parent
        if great is not None and great.tag in _ITEM_TAGS and not _holds_rows(great, rows):
            return great, great.parent, None
        if articles or posts:
            post = _post_of(
                (parent, grandparent, great, great.parent if great else None), articles, posts
            )
            if post is not None:
                return post, post.parent, None
    # <p><a>..</a> 2024-11-20</p> or <div class="item"> repeated: the wrapper is the item.
    if parent_tag in _WRAPPER_TAGS:
        parent_text = _wrapper_text(parent, texts, _MAX_WRAPPER_TEXT)
        if parent_text is None:
            return anchor, parent, None  # a block of links (a link farm), not an item
        if parent_text != anchor_text:
            if _DIGIT.search(anchor_text) and _in_a_run(anchor) and _is_card_link(anchor):
                # <div class="panel__bd"><a class="media-box"><h4>..</h4><ul><li>2026-11-20
                # 09:30</li><li>阅读 1,234</li></ul></a><a ...>..</a></div> (WeUI's article
                # lists): each whole-card link of a run is an item, its date inside it;
                # the run's wrapper is their list, not one item of all their texts.
                return anchor, parent, None
            # An image link (no text of its own) beside other links in its wrapper: a
            # footer's badge (通過AA無障礙網頁檢測) by the footer's 更新日期, not an item.
            if anchor_text or _lone_link(parent):
                return _whole(parent, parent_text, texts)
            return anchor, parent, None
        if parent_tag in _CARD_WRAPPERS and _DIGIT.search(anchor_text) and _is_card_link(anchor):
            # <div class="col"><a class="card"><p>20 Nov 2024</p><h4>..</h4></a></div>, and
            # a lone <article> around such a link (OpenCities' tiles: <div><article><a
            # class="list-item-link"><h3>..</h3><p>20 November 2026</p></a></article></div>)
            return _whole(parent, parent_text, texts)
    # <div class="item"><h3><a>title</a></h3><p>Posted on: November 20, 2024</p></div>
    # (CivicPlus, GOV.UK, WordPress cards), and a title in a wrapper of its own (<div
    # class="nsw-card__title"><a>..</a></div>; Drupal views' <span class="field-content">;
    # not an image link, whose empty text is its wrapper's too: a badge in a footer):
    # the title's wrapper is the item, if it is one item (short, no list in it), not a
    # column block whose heading links its page.
    if (parent_tag in _TITLE_TAGS or (parent_tag in _WRAPPER_TAGS and anchor_text)) and (
        grandparent is not None and grandparent.tag in _WRAPPER_TAGS
    ):
        # (a wrapper longer than a card's text is none, nor the wrapper around it)
        wrapper_text = _wrapper_text(grandparent, texts, _MAX_CARD_TEXT)
        card = grandparent
        great = grandparent.parent
        if wrapper_text == anchor_text and great is not None and great.tag in _WRAPPER_TAGS:
            # <div class="views-row"><div class="views-field"><h3><a>..</a></h3></div>
            # <div class="views-field"><span>November 20, 2024</span></div></div> (Drupal)
            card, wrapper_text = great, _wrapper_text(great, texts, _MAX_CARD_TEXT)
        if (
            wrapper_text is not None
            and wrapper_text != anchor_text
            and card.css_first("ul, ol, table") is None
            # (a cookie banner's paragraph and its "Read more" link: no card)
            and not _is_furniture(card)
        ):
            return _whole(card, wrapper_text, texts)
    return anchor, parent, None


def _holds_rows(row: LexborNode, rows: dict[int, bool] | None = None) -> bool:
    """Whether a row (`tr`, `li`) two or three levels above a link holds rows of links
    of its own: a layout table's row whose cells hold whole boxes (<tr><td><table>
    <tr><td><a>..</a></td><td>115/11/20</td></tr></table><p><a><img alt="我的E政府">
    </a></p></td></tr>), a menu's entry around its submenu. It is no one item: the
    link beside those rows is not dated by their last row's date. `rows`: the answers
    so far, by row (a layout row is above many links). No CSS query (one is compiled
    per call): a walk of the row, most of them a few cells."""
    key = row.mem_id
    if rows is not None and key in rows:
        return rows[key]
    lists = _NESTED_LISTS[row.tag == "tr"]
    found = False
    for node in row.traverse():
        if node.tag in lists and node.css_first("a[href]") is not None:
            found = True
            break
    if rows is not None:
        rows[key] = found
    return found


# The elements that hold rows inside a row: (in an `li`, in a `tr`).
_NESTED_LISTS = (frozenset({"ul", "ol"}), frozenset({"table"}))


# Per element (its mem_id), the lines `_br_lines` found in it: anchor mem_id -> the
# text of its line; None when the element is no list of lines.
BrLines = dict[int, dict[int, str] | None]

# An element whose links are on lines of their own: an inline wrapper of a link and its
# date (<font><a>..</a></font>) is read as part of its line.
_INLINE_TAGS = frozenset({"font", "span", "b", "strong", "em", "i", "u", "small", "nobr"})


def _line_of(
    anchor: LexborNode, parent: LexborNode, lines: BrLines
) -> tuple[LexborNode, str] | None:
    """(the element of lines, the anchor's line's text) when the anchor stands on a line
    of its own, between <br>s, in an element that holds two or more such lines."""
    tag = parent.tag
    if tag in _ITEM_TAGS:
        return None
    holder = parent
    if tag in _INLINE_TAGS and parent.parent is not None:
        holder = parent.parent
    key = holder.mem_id
    if key not in lines:
        lines[key] = _br_lines(holder)
    found = lines[key]
    if found is None:
        return None
    text = found.get(anchor.mem_id)
    if text is None and holder is not parent:
        text = found.get(parent.mem_id)
    return None if text is None else (holder, text)


def _br_lines(holder: LexborNode) -> dict[int, str] | None:
    """The lines of an element whose children are links on lines of their own, each
    ended by a <br> (a table cell of an old CMS: `<img src=dot.gif> <a>..</a>&nbsp;
    (2026-11-24)<br>` once per item, every item in ONE <td> or <p>): each line's link
    (its mem_id; a direct child, or an inline wrapper holding one link) -> the line's
    text, a line without a link (a date or summary) read as its link's: the link's
    below it when every link's line is followed by such a line (`<a>..</a><br>
    <font>2026-11-20</font><br>` per item), else the link's after it (a date above its
    title). None unless two items or more hold a link and digits beside it (a date: a
    menu's cell of links, one a line, stays as it was read), or when a line holds two
    links or a block of its own."""
    if holder.tag in _ITEM_TAGS:
        return None
    child = holder.child
    if child is None or child.next is None:
        return None
    # Each line: (its link's mem_id or None, its texts, digits outside its link).
    lines: list[tuple[int | None, list[str], bool]] = []
    parts: list[str] = []
    line_link: int | None = None
    beside = False  # digits on the line, outside its link
    breaks = 0
    while child is not None:
        tag = child.tag
        if tag == "br":
            breaks += 1
            if parts or line_link is not None:
                lines.append((line_link, parts, beside))
                parts, line_link, beside = [], None, False
        elif tag == "-text":
            text = child.text_content
            if text and not text.isspace():
                parts.append(text)
                beside = beside or _DIGIT.search(text) is not None
        elif tag not in ("script", "style", "-comment", "img"):
            link = child if tag == "a" else None
            if link is None:
                if tag not in _INLINE_TAGS:
                    return None  # a block of its own (a table, a <div>, a <p>): no lines
                inner = child.css("a[href]")
                if len(inner) > 1:
                    return None
                link = child if inner else None
            text = child.text(separator=" ", skip_empty=True)
            if link is not None:
                if line_link is not None:
                    return None  # two links on a line (a title and its 详细): no lines
                line_link = link.mem_id
            elif _DIGIT.search(text) is not None:
                beside = True  # <font color=#999999>[11-24]</font>
            parts.append(text)
        child = child.next
    if parts or line_link is not None:
        lines.append((line_link, parts, beside))
    if breaks == 0:
        return None
    linked = [index for index, line in enumerate(lines) if line[0] is not None]
    follows = all(i + 1 < len(lines) and lines[i + 1][0] is None for i in linked)
    leads = all(i > 0 and lines[i - 1][0] is None for i in linked)
    # Below its title unless a date (digits) opens the lines as one above each title.
    below = follows and not (leads and lines[0][2])
    items: list[tuple[int, list[str], bool]] = []
    pending: list[str] = []
    pending_digits = False
    for link_id, texts, digits in lines:
        if link_id is not None:
            items.append((link_id, [*pending, *texts], pending_digits or digits))
            pending, pending_digits = [], False
        elif below and items:
            last_id, last_texts, last_digits = items[-1]
            items[-1] = (last_id, [*last_texts, *texts], last_digits or digits)
        else:
            pending.extend(texts)
            pending_digits = pending_digits or digits
    if sum(digits for _, _, digits in items) < 2:
        return None
    return {link_id: " ".join(" ".join(texts).split()) for link_id, texts, _ in items}


# A wrapper (<p>, <div>) whose text is longer than this is a block, not one item: a
# paragraph, or thousands of links in one <div> (a link farm, whose every link would
# otherwise read the whole block's text for its date).
_MAX_WRAPPER_TEXT = 3_000


def _lone_link(wrapper: LexborNode) -> bool:
    """Whether a wrapper holds one link only."""
    return len(wrapper.css("a[href]")) <= 1


def _wrapper_text(node: LexborNode, texts: WrapperTexts | None, limit: int) -> str | None:
    """A wrapper's text, None when it is longer than `limit` (at most
    `_MAX_WRAPPER_TEXT`): a block, whose text no caller compares. `texts`: the wrappers
    read so far. Items left open (<div class="item"><a>..</a><div class="item">..., a
    template's missing </div>) are wrappers nested as deep as they are many, each
    holding the rest of the page: a wrapper inside a block is sized from the block and
    its few other children, not read whole again at every level."""
    if texts is None:
        text = _text(node)
        return text if len(text) <= limit else None
    key = node.mem_id
    known = texts.get(key)
    if known is None:
        known = _size_within(node, texts)
        if known is None or _length(known) <= _MAX_WRAPPER_TEXT:
            text = _text(node)
            known = texts[key] = text if len(text) <= _MAX_WRAPPER_TEXT else _size(text)
        else:
            texts[key] = known
    if isinstance(known, str):
        return known if len(known) <= limit else None
    return None


def _size(text: str) -> tuple[int, int]:
    """(characters of its words, words) of a text read by `_text`: what its element's
    children's add up to (the words of each text node, one space between any two)."""
    words = text.count(" ") + 1 if text else 0
    return len(text) - max(words - 1, 0), words


def _length(size: tuple[int, int]) -> int:
    return size[0] + max(size[1] - 1, 0)


def _size_within(node: LexborNode, texts: WrapperTexts) -> tuple[int, int] | None:
    """The size of `node`'s text from its parent's, when that is a block already sized
    and `node` has at most three element siblings (an item's link, date, teaser): the
    block's less theirs. None otherwise (the node is read)."""
    parent = node.parent
    if parent is None:
        return None
    known = texts.get(parent.mem_id)
    if known is None or isinstance(known, str):
        return None
    elements = 0
    child = parent.child
    while child is not None:
        if child.is_element_node:
            elements += 1
            if elements > 4:
                return None
        child = child.next
    chars, words = known
    key = node.mem_id
    child = parent.child
    while child is not None:
        if child.is_element_node:
            if child.mem_id != key:
                sibling = texts.get(child.mem_id)
                if sibling is None:
                    text = _text(child)
                    sibling = texts[child.mem_id] = (
                        text if len(text) <= _MAX_WRAPPER_TEXT else _size(text)
                    )
                size = _size(sibling) if isinstance(sibling, str) else sibling
                chars -= size[0]
                words -= size[1]
        elif child.is_text_node:
            parts = (child.text_content or "").split()
            chars -= sum(map(len, parts))
            words -= len(parts)
        child = child.next
    return chars, words


def _post_of(
    ancestors: tuple[LexborNode | None, ...],
    articles: bool = True,
    posts: frozenset[str] = frozenset(),
) -> LexborNode | None:
    """The nearest `<article>` of `ancestors` (nearest first), if it is one of a run of
    articles (another beside it): a post in a list of posts, not a box of a page. With
    `posts`, a `<div>` whose class is one of them (`<div class="article">`: PIXNET,
    old WordPress themes' `post`) and beside another div of that class is one too."""
    for depth, node in enumerate(ancestors):
        if node is None:
            return None
        if posts and node.tag == "div":
            classes = node.attrs.get("class")
            if (
                classes
                and not posts.isdisjoint(classes.lower().split())
                and _in_a_run(node, same_class=True)
                # A box of items (<div class="post"><div class="item">..</div><div
                # class="item">..</div></div>, beside another such box) is no post: the
                # repeated element nearest the link is its item.
                and not any(_in_a_run(below, same_class=True) for below in ancestors[:depth])
            ):
                return node
            continue
        if articles and node.tag == "article":
            return node if _in_a_run(node) else None
    return None


def _in_a_run(node: LexborNode | None, same_class: bool = False) -> bool:
    """Whether the element before or after `node` (text between skipped) is of its tag
    (and of its class attribute, with `same_class`). (A text node's `next` is walked
    forward, its `prev` backward: selectolax gives a new object at each access, so
    `sibling is node.prev` never held, and a lone post with white space before it was
    "beside" itself.)"""
    if node is None:
        return False
    classes = node.attrs.get("class") if same_class else None
    for forward in (False, True):
        sibling = _next_element(node) if forward else _previous_element(node)
        if (
            sibling is not None
            and sibling.tag == node.tag
            and (not same_class or sibling.attrs.get("class") == classes)
        ):
            return True
    return False


def _is_card_link(anchor: LexborNode) -> bool:
    """A link that is a whole card (its date and title in elements of their own, perhaps
    in one wrapper: <a class="card"><div class="card-body"><p>..</p><h4>..</h4></div></a>),
    not a title with a number in it ("$50 million for ...")."""
    node = anchor
    for _ in range(3):
        elements = 0
        only = None
        child = node.child
        while child is not None:
            if child.is_element_node:
                elements += 1
                if elements == 2:
                    return True
                only = child
            child = child.next
        if only is None:
            return False
        node = only
    return False


def _whole(
    item: LexborNode, text: str, texts: WrapperTexts | None = None
) -> tuple[LexborNode, LexborNode | None, str | None]:
    """A card and the list it is in: wrappers around the card that hold nothing else
    (<li><div class="card"><div class="card__content">..</div></div></li>) are the item.
    `texts`: the wrappers' texts read so far (`_item_of`): the links of a mega menu's
    panel share one container, whose text is read once, not once per link."""
    container = item.parent
    for _ in range(2):
        if (
            container is None
            or container.tag not in _CARD_WRAPPERS
            or _wrapper_text(container, texts, len(text)) != text
        ):
            break
        item, container = container, container.parent
    return item, container, text


def _dated_by_dt(dd: LexborNode) -> tuple[LexborNode, LexborNode | None, str | None]:
    """A `<dd>` item whose date is its `<dt>`: `<dl><dt>2024年11月20日</dt><dd><a>..</a>
    </dd>...</dl>` (Japanese and Chinese CMSes). The item's text is both; a `<dl>` that
    holds only that pair (one per item) is the item."""
    dt = _previous_element(dd)
    if dt is None or dt.tag != "dt" or dt.css_first("a") is not None:
        return dd, dd.parent, None
    text = f"{_text(dt)} {_text(dd)}"
    dl = dd.parent
    if dl is not None and dl.tag == "dl" and len(list(_element_children(dl))) == 2:
        return dl, dl.parent, text
    return dd, dl, text


def _dated_by_dd(dt: LexborNode) -> tuple[LexborNode, LexborNode | None, str | None]:
    """A `<dt>` item whose date is the `<dd>` after it, one `<dl>` per item: `<dl><dt>
    <a>..</a></dt><dd>2024-11-20</dd></dl>` (the mirror of `_dated_by_dt`). The `<dl>`
    is the item, not a column whose heading is the item's title; a `<dd>` with links
    (a heading's list) is not a date."""
    dl = dt.parent
    if dl is None or dl.tag != "dl":
        return dt, dl, None
    dd = _next_element(dt)
    if dd is None or dd.tag != "dd" or dd.css_first("a") is not None:
        return dt, dl, None
    if len(list(_element_children(dl))) != 2:
        return dt, dl, None
    return dl, dl.parent, f"{_text(dt)} {_text(dd)}"


def _datastore_lists(
    tree: LexborHTMLParser, base: str, now: date, lexicon: Lexicon
) -> list[ItemList]:
    """Hanweb CMS pages keep list items in XML records, paged in by script."""
    found: list[ItemList] = []
    if b"]]>" not in tree.raw_html:
        return found  # no CDATA section ends in the page, so no record does either
    for script in tree.css('script[type="text/xml"]'):
        records = _DATASTORE_RECORD.findall(script.text() or "")
        if not records:
            continue
        fragment = LexborHTMLParser("<ul>" + "".join(records) + "</ul>")
        records_found = _Anchors(PageAnchors(fragment.css("a[href]")), lexicon)
        for item_list in _find_lists(records_found, base, now, lexicon):
            # Heading search must start from where the script sits in the page.
            item_list.container = script
            found.append(item_list)
    return found


def _columns(
    tree: LexborHTMLParser,
    lists: list[ItemList],
    base: str,
    lexicon: Lexicon,
    more_links: list[LexborNode],
    now: date,
    locale: str | None = None,
    fragments: Sequence[LexborNode] = (),
    lone: Sequence[LexborNode] = (),
    no_letters: set[int] | None = None,
) -> list[ColumnBlock]:
    """`no_letters`, when given, gets the `id` of each list of an interaction column
    that lists no letters (`Lexicon.lists_no_letters`)."""
    # Each column's heading (name, type, "more" page) and lists, made into a column once
    # all are known (a box's lists, merged one by one, cost as many rebuilds as lists).
    heads: list[Head] = []
    of_column: list[list[ItemList]] = []
    by_items: dict[frozenset[tuple[str, str]], int] = {}  # a list's items: its column
    by_heading: dict[tuple[str, str], int] = {}  # a column's name and page: the column
    used_more: set[str] = set()
    tab_positions: dict[int, int] = {}
    bars = _tab_bars(lists, lexicon)
    # Tab bars whose markup names each label's panel: ARIA's, and labels that link to
    # their panels in the page (<a href="#panel-2">).
    aria = _aria_tab_bars(tree)
    aria.update(_fragment_tab_bars(tree, fragments))
    bars.update(aria)
    panel_of = {
        panel.mem_id: (bar, tabs, index)
        for bar, tabs, panels in bars.values()
        for index, panel in enumerate(panels)
    }
    for item_list in lists:
        if item_list.furniture or item_list.container.mem_id in bars:
            continue  # (a tab bar's labels are no column's items)
        # A list in a panel that its markup says a tab labels (role="tabpanel"): that
        # tab's label names it, whatever text the heading search meets above the box.
        heading = _panel_heading(item_list.container, panel_of, lexicon, base) if aria else None
        if heading is None:
            heading = _heading_for(item_list, lexicon, base)
        if heading is None and panel_of:
            heading = _panel_heading(item_list.container, panel_of, lexicon, base)
        if heading is None:
            continue
        name, tab_bar = heading.name, heading.tab_bar
        more_url = heading.more or heading.link
        if tab_bar is not None:
            index = tab_positions.get(tab_bar.mem_id, 0)
            tab_positions[tab_bar.mem_id] = index + 1
            names = _tab_names(tab_bar, lexicon)
            # The tab whose panel holds the list, where the panels are known: an empty
            # panel before it (暂无信息) would shift a count of lists.
            index = _panel_index(tab_bar, len(names), item_list.container, index, bars, lexicon)
            if index < len(names):
                name = names[index]
                more_url = _tab_link(tab_bar, index, lexicon, base) or more_url
        more = _join(base, more_url) if more_url else None
        kind = lexicon.classify(name)
        if item_list.dated and (
            lexicon.names_syndication(name)
            or (tab_bar is not None and _bar_names_syndication(tab_bar, lexicon))
        ):
            _undate_syndicated(item_list, base)
        # A list whose items are all dated ahead under a heading of no freshness class
        # (upcoming events, meetings, "What's On": type other) is a calendar column with
        # or without a "more" link. (Under a typed heading, such a list without one is
        # left out as before: deadlines ahead, "Applications close 7 December", date
        # nothing published.)
        upcoming = (
            not item_list.dated and len(item_list.future) >= _UPCOMING_ITEMS and kind == "other"
        )
        if not item_list.dated and heading.more is None and not upcoming:
            continue  # a menu or a link list under a title, not a column
        if more is None and len(item_list.items) == 1 and _in_ticker(item_list, lexicon):
            continue  # a header's ticker (最新公告：<marquee>): another list's newest item
        if more:
            used_more.add(more)
        if no_letters is not None and kind == "interaction" and lexicon.lists_no_letters(name):
            no_letters.add(id(item_list))
        head = (name, kind, more)
        # Two columns of one list (the same items: a box's list kept twice, for screens
        # and for phones) are one column, named by the better heading; two lists under
        # one heading (a box's picture cards over its list) are one column of both.
        # Each would count twice toward the columns that are stale.
        same = (
            frozenset(map(_HREF_AND_TITLE, item_list.items))
            if len(item_list.items) >= _SAME_LIST_ITEMS
            else None
        )
        if same is not None and (at := by_items.get(same)) is not None:
            if _better_named(head, heads[at]):
                heads[at] = head
                if more is not None:  # its heading's other lists join it (cards, list)
                    by_heading.setdefault((name, more), at)
            continue
        if more is not None and (at := by_heading.get((name, more))) is not None:
            of_column[at].append(item_list)
        else:
            at = len(heads)
            of_column.append([item_list])
            heads.append(head)
            if more is not None:
                by_heading[(name, more)] = at
        if same is not None:
            by_items[same] = at
    columns = [_column_of(*head, lists) for head, lists in zip(heads, of_column, strict=True)]
    columns.extend(_empty_tab_panels(tree, lists, bars, used_more, base, lexicon))
    columns.extend(_empty_columns(tree, lists, used_more, base, lexicon, more_links, now, locale))
    if lone:
        columns.extend(_blank_boxes(tree, lists, used_more, base, lexicon, lone))
    return columns


_UPCOMING_ITEMS = 2
_SAME_LIST_ITEMS = 2  # items two lists share, all of them, to be one list
_HREF_AND_TITLE = itemgetter(1, 0)  # an Item's (href, title), read in C


def _column_of(name: str, kind: str, more: str | None, lists: list[ItemList]) -> ColumnBlock:
    """The column of `lists` (one or more, under one heading), their items counted once."""
    if len(lists) == 1:
        items, dated, newest = lists[0].items, lists[0].dated, lists[0].newest
        future = lists[0].future
    else:
        every = [item for lst in lists for item in lst.items]
        items = list(dict(zip(map(_HREF_AND_TITLE, every), every, strict=True)).values())
        dated = [item for item in items if item.date is not None]
        newest = max(dated, key=_DATE_OF_ITEM) if dated else None
        future = tuple(dict.fromkeys(found for lst in lists for found in lst.future))
    return ColumnBlock(
        name=name,
        type=kind,
        more_url=more,
        items=len(items),
        dated_items=len(dated),
        newest=newest.date if newest else None,
        newest_title=newest.title if newest else "",
        future=future,
    )


Head = tuple[str, str, str | None]  # a column's name, type and "more" page


def _better_named(head: Head, other: Head) -> bool:
    """Whether `head` is a better name than `other` for the column of the same list: a
    name of a freshness class over none, one with a "more" link over one without, one
    in ideographs over a Latin subtitle of it."""

    def rank(name: str, kind: str, more: str | None) -> tuple[bool, bool, bool]:
        return (kind != "other", more is not None, _is_ideographic(name))

    return rank(*head) > rank(*other)


def _undate_syndicated(item_list: ItemList, base: str) -> None:
    """Under a heading of another site's news (`Lexicon.syndicated`), a list whose dated
    items all link to one other site: their dates are that site's publications (a dead
    county's 国务院信息 box of www.gov.cn items, written in each day), undated in place,
    so that they date neither the column nor the homepage."""
    if not all_on_one_other_site((item.href for item in item_list.dated), base):
        return
    item_list.items[:] = [
        item._replace(date=None) if item.date is not None else item for item in item_list.items
    ]
    item_list.dated = []
    item_list.newest = None


_BAR_HEADING_CHARS = 50  # a box's heading above its tab bar is this long at most


def _bar_names_syndication(tab_bar: LexborNode, lexicon: Lexicon) -> bool:
    """Whether a box's heading just above its tab bar names another site's news (a
    中国政府网 box over its 要闻 and 政策 tabs, whose lists the tabs name): the sweep
    finds such a box by that heading (`extract._syndicated_boxes`)."""
    node = tab_bar.prev
    while node is not None:
        if node.is_element_node:
            text = node.text(strip=True)
            if text:
                return len(text) <= _BAR_HEADING_CHARS and lexicon.names_syndication(text)
        node = node.prev
    return False


def all_on_one_other_site(hrefs: Iterable[str], base: str) -> bool:
    """Whether links (`hrefs`, relative to `base`) all lead to one other site than
    `base`'s (one registrable domain): the items of a box of another site's news. Not
    when one is the site's own (a repost among its own items), nor when they lead to
    several sites (a list someone keeps: "In the Media")."""
    home = urlsplit(base).hostname or ""
    sites = set()
    for href in hrefs:
        try:
            host = urlsplit(urljoin(base, href)).hostname or home
        except ValueError:  # a hostile href ("http://[::1"): no other site's
            return False
        if same_site(host, home):
            return False
        sites.add(registrable_domain(host))
    return len(sites) == 1


def _in_ticker(item_list: ItemList, lexicon: Lexicon) -> bool:
    """Whether a list's item scrolls in a ticker: it, its list or an element up to two
    levels above that is a <marquee> or has a class or id word of `ticker_classes`."""
    return _in_ticker_box(item_list.container, lexicon)


def _in_ticker_box(container: LexborNode, lexicon: Lexicon) -> bool:
    words = _ticker_classes(lexicon)
    current: LexborNode | None = container
    for _ in range(_TICKER_LEVELS):
        if current is None or current.tag in ("body", "html"):
            return False
        if current.tag == "marquee" or _side_named(current, words):
            return True
        current = current.parent
    return False


_TICKER_LEVELS = 3  # the list, and its box (<div class="scroll"><marquee>...)


@per_lexicon
def _ticker_classes(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon.ticker_classes)


def _tab_panels(bar: LexborNode, count: int, lexicon: Lexicon) -> list[LexborNode] | None:
    """The panels a tab bar of `count` labels switches: the `count` element children of
    an element that follows it (<ul class="tab-hd">..</ul><div class="tab-bd"><ul>..
    </ul><ul>..</ul></div>), or `count` elements of one tag that follow it (<div
    id="con_1_1">, <div id="con_1_2">); after the bar or after the heading that holds
    it (<div class="tab-title"><ul>..</ul><a>更多</a></div><div class="tab-con">). A row
    of links between them that are all "more" links (one per tab, the others hidden:
    <div class="tab-more"><a>更多</a><a style="display:none">更多</a></div>) or a
    message box's buttons (我要写信, 信件查询) is no panel."""
    node: LexborNode | None = bar
    for _ in range(3):
        if node is None or node.tag in ("body", "html"):
            return None
        after = _next_element(node)
        while after is not None and _link_row(after, lexicon):
            after = _next_element(after)
        if after is not None and after.tag not in ("a", "span"):
            children = list(_element_children(after))
            # Panels are alike: a list beside a <div class="clear"> (or a <script>) is one
            # panel and some filler, not two panels.
            if len(children) == count and len({child.tag for child in children}) == 1:
                return children
            run = [after]
            sibling = after.next
            while sibling is not None and len(run) < count:
                if sibling.is_element_node:
                    if sibling.tag != after.tag:
                        break
                    run.append(sibling)
                sibling = sibling.next
            if len(run) == count:
                return run
            return None
        node = node.parent
    return None


def _link_row(node: LexborNode, lexicon: Lexicon) -> bool:
    """An element of links only, all "more" links or a message box's buttons."""
    if _text(node) == "" or len(_text(node)) > _MAX_TAB_BAR:
        return False
    anchors = node.css("a")
    return (
        bool(anchors)
        and all(
            lexicon.is_more(text) or lexicon.is_action(text)
            for text in (_text(anchor) for anchor in anchors)
        )
        and len(_text(node)) <= sum(len(_text(anchor)) + 2 for anchor in anchors)
    )


def _more_row_links(bar: LexborNode, count: int, lexicon: Lexicon) -> list[LexborNode]:
    """The "more" links of a tab bar's tabs, one per tab in a row of their own beside
    the bar (<ul class="tab-title"><li>政务要闻</li><li>部门动态</li></ul><div
    class="tab-more"><a>更多</a><a style="display:none">更多</a></div>), where the labels
    are no links; none when no such row has `count` links."""
    node: LexborNode | None = bar
    for _ in range(2):
        if node is None or node.tag in ("body", "html"):
            return []
        for sibling in (_next_element(node), _previous_element(node)):
            if sibling is not None and _link_row(sibling, lexicon):
                anchors = sibling.css("a")
                if len(anchors) == count and all(
                    lexicon.is_more(_text(anchor)) for anchor in anchors
                ):
                    return list(anchors)
        node = node.parent
    return []


def _panel_heading(
    container: LexborNode,
    panel_of: dict[int, tuple[LexborNode, list[tuple[str, LexborNode]], int]],
    lexicon: Lexicon,
    base: str,
) -> Heading | None:
    """The heading of a list in a tab panel that no heading search reached (the first
    panel is `<div class="panel on">`, the others `<div class="panel">`: the search
    stops at the first, another kind of block): its tab's label, its panel's own
    "more" link or else the label's link."""
    found = _holding(container, panel_of, levels=3)
    if found is None:
        return None
    bar, tabs, index = found
    return Heading(
        name=tabs[index][0],
        more=_more_after(container, lexicon),
        link=_tab_link(bar, index, lexicon, base),
        tab_bar=None,
    )


def _panel_index(
    bar: LexborNode,
    count: int,
    container: LexborNode,
    default: int,
    bars: dict[int, tuple[LexborNode, list[tuple[str, LexborNode]], list[LexborNode]]],
    lexicon: Lexicon,
) -> int:
    """The position of the panel (of the tab bar's, `_tab_panels`; found once in
    `bars` for a bar of linked labels) that holds `container`; `default` when the
    panels are not known."""
    known = bars.get(bar.mem_id)
    panels = known[2] if known is not None else _tab_panels(bar, count, lexicon)
    if panels is None:
        return default
    index = _holding(container, {panel.mem_id: i for i, panel in enumerate(panels)})
    return default if index is None else index


def _holding(container: LexborNode, by_id: dict[int, _T], levels: int = 0) -> _T | None:
    """The value of `by_id` for the nearest of `container` and its ancestors (up to
    `levels` of them, 0: up to <body>) whose id it has."""
    node: LexborNode | None = container
    climbed = 0
    while node is not None and node.tag not in ("body", "html"):
        found = by_id.get(node.mem_id)
        if found is not None:
            return found
        climbed += 1
        if climbed == levels:
            return None
        node = node.parent
    return None


def _tab_bars(
    lists: list[ItemList], lexicon: Lexicon
) -> dict[int, tuple[LexborNode, list[tuple[str, LexborNode]], list[LexborNode]]]:
    """The lists that are tab bars with their panels known: {container id: (the bar, its
    labels, its panels)}. A bar of linked labels (a short undated list) with as many
    panels after it as it has labels; a list of town names under a "more" link is none."""
    bars = {}
    for bar_list in lists:
        if bar_list.dated or bar_list.furniture or len(bar_list.items) > _MAX_TABS:
            continue
        tabs = _tabs(bar_list.container, lexicon)
        if len(tabs) < 2 or len(tabs) != len(bar_list.items) or _is_field_row(tabs, lexicon):
            continue
        panels = _tab_panels(bar_list.container, len(tabs), lexicon)
        if panels is not None:
            bars[bar_list.container.mem_id] = (bar_list.container, tabs, panels)
    return bars


_MAX_TABS = 8


def _aria_tab_bars(
    tree: LexborHTMLParser,
) -> dict[int, tuple[LexborNode, list[tuple[str, LexborNode]], list[LexborNode]]]:
    """Tab bars that say so in their markup (WAI-ARIA, as Element UI, Ant Design,
    Bootstrap and jQuery UI write them): a `role="tablist"` whose `role="tab"` labels
    name their panels (`aria-controls`, or the panel's `aria-labelledby`), labels that
    need not be links (<div role="tab">政策解读</div>). Same shape as `_tab_bars`."""
    bars: dict[int, tuple[LexborNode, list[tuple[str, LexborNode]], list[LexborNode]]] = {}
    if b"tabpanel" not in tree.raw_html:
        return bars
    by_id: dict[str, LexborNode] = {}
    by_label: dict[str, LexborNode] = {}
    for panel in tree.css('[role="tabpanel"]'):
        if panel_id := panel.attrs.get("id"):
            by_id[panel_id] = panel
        if label := panel.attrs.get("aria-labelledby"):
            by_label[label] = panel
    for bar in tree.css('[role="tablist"]'):
        tabs: list[tuple[str, LexborNode]] = []
        panels: list[LexborNode] = []
        for tab in bar.css('[role="tab"]'):
            labelled = by_id.get(tab.attrs.get("aria-controls") or "") or by_label.get(
                tab.attrs.get("id") or ""
            )
            text = _text(tab)
            if labelled is None or not _fits_tab_label(text):
                break
            tabs.append((text, tab))
            panels.append(labelled)
        else:
            if len(tabs) >= 2:
                bars[bar.mem_id] = (bar, tabs, panels)
    return bars


_MAX_TAB_LABEL = 12


def _fits_tab_label(text: str) -> bool:
    """Short enough for a tab's label: 12 characters, twice as many in alphabetic
    scripts (政策文件, "Memorandum Circulars")."""
    if len(text) < 2:
        return False
    return len(text) <= _MAX_TAB_LABEL or (
        len(text) <= 2 * _MAX_TAB_LABEL and not _is_ideographic(text)
    )


def _fragment_tab_bars(
    tree: LexborHTMLParser, fragments: Sequence[LexborNode]
) -> dict[int, tuple[LexborNode, list[tuple[str, LexborNode]], list[LexborNode]]]:
    """Tab bars whose labels link to their panels in the page (Foundation's `<ul
    class="tabs"><li class="tabs-title"><a href="#panel-1">`, Bootstrap's `<a
    href="#home" data-toggle="tab">`, jQuery UI's `<li><a href="#tabs-1">`), not
    marked up with ARIA roles: two or more labels of one bar (the labels, or the items
    that hold them, are its children) whose targets are the children of one element
    that is the bar's parent or the element after the bar (or after one of its two
    nearest ancestors), elements of one tag and all it holds besides the bar and the
    box's title above it (<h2>政府資訊公開</h2>): a skip link's targets (#nav, #content,
    among the page's other blocks) are none.
    `fragments`: the page's links to a place in it, in page order. Same shape as
    `_tab_bars`."""
    by_bar: dict[int, tuple[LexborNode, list[tuple[str, LexborNode, str]]]] = {}
    for anchor in fragments:
        label = anchor.parent
        if label is None:
            continue
        if label.tag != "li":
            label = anchor
        bar = label.parent
        if bar is None:
            continue
        target = (anchor.attrs.get("href") or "").strip()[1:]
        by_bar.setdefault(bar.mem_id, (bar, []))[1].append((_text(anchor), label, target))
    found: dict[int, tuple[LexborNode, list[tuple[str, LexborNode]], list[LexborNode]]] = {}
    for bar, labels in by_bar.values():
        if not 2 <= len(labels) <= _MAX_TABS or not all(
            _fits_tab_label(text) and _PANEL_ID.fullmatch(target) is not None
            for text, _, target in labels
        ):
            continue
        first = tree.css_first(f'[id="{labels[0][2]}"]')
        holder = first.parent if first is not None else None
        if first is None or holder is None or not _holds_panels_of(holder, bar):
            continue
        by_id: dict[str | None, LexborNode] = {}
        before_bar = True
        for child in _element_children(holder):
            if child.tag == first.tag and child.mem_id != bar.mem_id:
                by_id[child.attrs.get("id")] = child
            elif child.mem_id == bar.mem_id or _holding(bar, {child.mem_id: True}, 3):
                before_bar = False
            elif not (before_bar and child.tag in _HEADING_TAGS):
                break  # something besides the box's title, the bar and the panels
        else:
            panels = [panel for *_, target in labels if (panel := by_id.get(target)) is not None]
            if len(panels) == len(labels) == len(by_id):
                found[bar.mem_id] = (bar, [(text, label) for text, label, _ in labels], panels)
    return found


# An element's id as a tab label's link names it: no white space (ids hold none), and
# nothing that ends the CSS string it is looked up by (a line break there, as in
# href="#news\n1", is a selector lexbor cannot parse: observe raised).
_PANEL_ID = re.compile(r'[^\s"\\\x00-\x1f\x7f]+')


def _holds_panels_of(holder: LexborNode, bar: LexborNode) -> bool:
    """Whether `holder` is where a tab bar's panels are: the bar's parent, or the element
    after the bar or after one of its two nearest ancestors."""
    if holder.mem_id == (bar.parent.mem_id if bar.parent is not None else None):
        return True
    node: LexborNode | None = bar
    for _ in range(3):
        if node is None:
            return False
        after = _next_element(node)
        if after is not None and after.mem_id == holder.mem_id:
            return True
        node = node.parent
    return False


def _empty_tab_panels(
    tree: LexborHTMLParser,
    lists: list[ItemList],
    bars: dict[int, tuple[LexborNode, list[tuple[str, LexborNode]], list[LexborNode]]],
    used_more: set[str],
    base: str,
    lexicon: Lexicon,
) -> list[ColumnBlock]:
    """The columns of a tab box whose panels list nothing (暂无信息 under 政策文件 |
    政策解读 | 人事信息, `_tab_bars`): each empty panel is its tab's column, linked by its
    label."""
    in_lists = {lst.container.mem_id for lst in lists if lst.container.mem_id not in bars}
    elsewhere: _ItemsElsewhere | None = None
    found: list[ColumnBlock] = []
    for bar, tabs, panels in bars.values():
        for index, panel in enumerate(panels):
            if _contains_list(panel, in_lists):
                continue  # a panel with items: a column of its own (`_columns`)
            text = _text(panel)
            own_more = _panel_more(panel, lexicon, base)
            if own_more is not None and text == own_more[1]:
                text = ""  # nothing but its own "more" link (查看更多): an empty list
            marker = lexicon.find_empty(text) if text else None
            if text and marker is None:
                continue  # it shows something that is not a list: not a column's panel
            link = _tab_link(bar, index, lexicon, base) or (own_more[0] if own_more else None)
            more = _join(base, link) if link else None
            if more is None or more in used_more:
                continue
            used_more.add(more)
            if elsewhere is None:
                elsewhere = _ItemsElsewhere(tree, lexicon)
            name = tabs[index][0]
            found.append(
                ColumnBlock(
                    name=name,
                    type=lexicon.classify(name),
                    more_url=more,
                    items=0,
                    dated_items=0,
                    newest=None,
                    empty_marker=marker,
                    items_elsewhere=elsewhere.within(panel),
                )
            )
    return found


def _panel_more(panel: LexborNode, lexicon: Lexicon, base: str) -> tuple[str, str] | None:
    """A tab panel's own "more" link (<a class="more">查看更多</a> under its list): its
    href and text."""
    for anchor in panel.css("a[href]"):
        text = _text(anchor)
        href = link_href(anchor).strip()
        if _is_more_link(anchor, lexicon, text) and _is_page_link(href, base):
            return href, text
    return None


@dataclass(frozen=True)
class Heading:
    name: str
    more: str | None  # an explicit "more" link (更多, More news)
    link: str | None  # the heading's own link, often to the column page
    tab_bar: LexborNode | None


def _heading_for(item_list: ItemList, lexicon: Lexicon, base: str) -> Heading | None:
    """The heading above (or atop) a list, if it has one."""
    container = item_list.container
    loose_more = _more_after(container, lexicon)
    # A heading row inside the list itself: <table><tr><td>通知公告</td><td>更多</td></tr>,
    # <dl><dt><img alt="镇务动态"><a>more+</a></dt><dd>...</dd></dl>.
    first = None
    if container.tag == "table":
        first = container.css_first("tr")
    elif container.tag == "dl":
        first = _lone_dt(container)
    if first is not None:
        inside = _Inside(first)
        if first.tag == "dt" or not (
            _holds_item(inside, item_list) or _is_header_row(first, inside)
        ):
            found = _as_heading(first, lexicon, base, inside=inside)
            if found is not None:
                return _with_more(found, loose_more)
    # A heading atop the items, inside their container: <section><h2>Latest news</h2>
    # <div class="card">...</div>...<a>View all news</a></section>
    # <div class="box"><div class="tit"><h3>政策文件</h3><a>更多</a></div><dl>..</dl>
    # <dl>..</dl></div>: a heading row atop items that are the box's children.
    top = next(iter(_element_children(container)), None)
    if top is not None and top.tag in _HEADING_TAGS:
        found = _as_heading(top, lexicon, base)
        if found is not None:
            # Its "more" link after the items, or right after it (<div class="mk"><h2>
            # 讲座预告</h2><a class="more">更多</a><div class="jz-item">..</div></div>).
            beside = _next_element(top)
            more = _last_more_link(container, lexicon) or (
                _only_more_link(beside, lexicon) if beside is not None else None
            )
            return _with_more(found, loose_more or more)
    elif top is not None and top.tag == "div":
        inside = _Inside(top)
        if not _holds_item(inside, item_list):
            found = _as_heading(top, lexicon, base, inside=inside)
            if found is not None:
                return _with_more(found, loose_more)
    node: LexborNode | None = container
    # Levels climbed; one whose siblings before are blank (a layout table's spacer row
    # or edge cell, <td><img src="spacer.gif"></td>) is free, within _CLIMB_LIMIT:
    # Dreamweaver boxes nest their list two tables below the heading row.
    levels = climbs = 0
    while levels < _CONTAINER_LIMIT and climbs < _CLIMB_LIMIT:
        if node is None or node.tag in ("body", "html"):
            return None
        climbs += 1
        blank = node is not container
        sibling = node.prev
        # Elements looked at, of at most three that are not a parallel tab panel or list
        # (a tab box's fourth panel looks past three panels to the bar above them all).
        checked = parallel = 0
        while sibling is not None and checked < 3 + min(parallel, _MAX_TABS):
            if sibling.is_element_node:
                checked += 1
                text = _text(sibling)
                if text:
                    blank = False
                if lexicon.is_breadcrumb(text):
                    # 当前位置：首页 > 街道办事处 > 西溪街道 above a slideshow: the page's
                    # place, whose links read as a tab bar; no heading of a list below it
                    return None
                if (
                    node is not container
                    and _same_kind(sibling, node)
                    and lexicon.find_empty(text) is not None
                ):
                    # A parallel tab panel saying 暂无信息 (<div class="panel"> each) is
                    # no heading (a table's heading row is a <tr> like its list's row).
                    parallel += 1
                    sibling = sibling.prev
                    continue
                inside = _Inside(sibling)
                more = _only_more_link(sibling, lexicon, text, inside)
                if more is not None:
                    loose_more = loose_more or more  # <h2>政务动态</h2><a>更多</a><ul>
                    sibling = sibling.prev
                    continue
                if _only_actions(inside, lexicon):
                    # <div class="btns"><a>我要写信</a><a>信件查询</a></div> between a
                    # message box's heading and its letters: the form, not the column
                    sibling = sibling.prev
                    continue
                found = _as_heading(sibling, lexicon, base, text, inside)
                if found is not None:
                    if loose_more is None and found.more is None and node is not container:
                        loose_more = _more_after(node, lexicon, footers=True)
                    return _with_more(found, loose_more)
                if node is container and sibling.tag == container.tag:
                    parallel += 1  # a parallel list: tabs share one heading above them all
                elif node is not container and _same_kind(sibling, node):
                    parallel += 1  # a parallel tab panel (<div class="tab-panel"> each)
                elif _is_content(sibling, text) or _holds_list(inside):
                    return None  # another block stands between: no heading of ours
            sibling = sibling.prev
        levels += not blank
        node = node.parent
    return None


def _holds_list(inside: _Inside) -> bool:
    """A block that holds a list of links of its own (a 专题专栏 box of tiles under its
    heading, which `_as_heading` did not take): a box of another column stands between
    a list and any heading above it (a tab box further up whose panels are all empty
    would otherwise name a heading-less box of service links after its first tab)."""
    first = inside.first("ul") or inside.first("ol")
    return first is not None and len(first.css("a[href]")) >= _LIST_OF_LINKS


_LIST_OF_LINKS = 3


def _same_kind(one: LexborNode, other: LexborNode) -> bool:
    """Two blocks of one kind: one tag and one class, or classes that differ by one
    word of letters, the shown panel's state (<div class="tab-panel on"> beside <div
    class="tab-panel">: active, cur, show, selected...)."""
    if one.tag != other.tag:
        return False
    first, second = one.attrs.get("class") or "", other.attrs.get("class") or ""
    if first == second:
        return True
    words, others = set(first.split()), set(second.split())
    extra = words ^ others
    return (
        len(extra) == 1
        and bool(words & others)
        and next(iter(extra)).isalpha()
        and len(next(iter(extra))) <= _MAX_STATE_CLASS
    )


_MAX_STATE_CLASS = 8


def _lone_dt(container: LexborNode) -> LexborNode | None:
    """The `dt` atop a `dl` of `dd` items, when it is the list's only `dt`."""
    children = list(_element_children(container))
    if len(children) < 2 or children[0].tag != "dt":
        return None
    if any(child.tag == "dt" for child in children[1:]):
        return None  # <dt>title</dt><dd>date</dd> pairs: a list, not a heading
    return children[0]


def _is_header_row(row: LexborNode, inside: _Inside) -> bool:
    """A table's row of field names (标题 | 状态 | 日期, or <th> cells), not a column's
    heading: two or more labelled cells and no link, or two or more <th> cells."""
    cells = list(_element_children(row))
    if len(cells) >= 2 and all(cell.tag == "th" for cell in cells):
        return True
    if inside.anchors():
        return False
    return sum(1 for cell in cells if _text(cell)) >= 2


def _last_more_link(container: LexborNode, lexicon: Lexicon) -> str | None:
    """A "more" link as the container's last element (after its items)."""
    last = None
    for child in _element_children(container):
        last = child
    return None if last is None else _only_more_link(last, lexicon)


def _with_more(heading: Heading, loose_more: str | None) -> Heading:
    if heading.more is None and loose_more is not None:
        return Heading(heading.name, loose_more, heading.link, heading.tab_bar)
    return heading


def _holds_item(row: _Inside, item_list: ItemList) -> bool:
    titles = {item.title for item in item_list.items}
    return any(_text(anchor) in titles for anchor in row.anchors())


# ...and the elements that may open a page by script (`_Inside.clickables`).
_INSIDE = "a[href], ul, ol, form, input, button, select, textarea, [onclick]:not(a, [href])"
_NOT_CLICKABLE = frozenset({"a", "ul", "ol", "form", "input", "button", "select", "textarea"})
_FORM_FIELDS = frozenset({"form", "input", "button", "select", "textarea"})


class _Inside:
    """What the heading tests look for in an element (its links, lists and form
    fields): found in one walk of it, not one per selector (each costs ~2 µs), and only
    when first asked for."""

    __slots__ = ("_found", "_node")

    def __init__(self, node: LexborNode) -> None:
        self._node = node
        self._found: list[tuple[str, LexborNode]] | None = None

    def _all(self) -> list[tuple[str, LexborNode]]:
        # The element itself included, as `css` includes it; in page order.
        if self._found is None:
            self._found = [(found.tag or "", found) for found in self._node.css(_INSIDE)]
        return self._found

    def anchors(self) -> list[LexborNode]:
        """Its `a[href]` elements (no other selector of `_INSIDE` finds an `a`)."""
        return [found for tag, found in self._all() if tag == "a"]

    def clickables(self) -> list[LexborNode]:
        """Its elements that open a page by their onclick (`<span class="more" onclick=
        "location.href='/Item/List.asp?m=1'">更多&gt;&gt;</span>`), in page order."""
        return [
            found
            for tag, found in self._all()
            if tag not in _NOT_CLICKABLE and script_target(found.attrs.get("onclick"))
        ]

    def first(self, tag: str) -> LexborNode | None:
        """Its first `ul` or `ol`."""
        return next((found for found_tag, found in self._all() if found_tag == tag), None)

    def has_form_field(self) -> bool:
        """A search box or a login bar; not a row of buttons alone, a tab bar's labels
        (<div class="tab-nav"><button>法規命令</button><button>預算書</button></div>)."""
        fields = [tag for tag, _ in self._all() if tag in _FORM_FIELDS]
        return bool(fields) and (len(fields) < 2 or any(tag != "button" for tag in fields))


def _is_content(node: LexborNode, text: str) -> bool:
    """A block with real text (`text`, its own) or lists: whatever is above it is not our
    heading."""
    if node.tag in ("ul", "ol", "table", "dl"):
        return True
    return len(text) > _MAX_TAB_BAR


def _only_more_link(
    node: LexborNode, lexicon: Lexicon, text: str | None = None, inside: _Inside | None = None
) -> str | None:
    """The href of an element that is nothing but a "more" link (`text`, `inside`: the
    element's, when known)."""
    if text is None:
        text = _text(node)
    if len(text) > _MAX_LONG_MORE_TEXT:
        return None  # too long for a "more" link: its links need not be looked at
    if not text and node.tag != "a" and _image_alt(node, lexicon):
        return None  # <td><img alt="通知公告"></td><td><a><img src="more.gif"></a></td>
    if node.tag == "a":
        anchor = node
    else:
        inside = inside or _Inside(node)
        # (<td><span onclick="location.href='list.asp'">更多</span></td>: no link but one)
        anchors = inside.anchors() or inside.clickables()
        if len(anchors) != 1 or _text(anchors[0]) != text:
            return None
        anchor = anchors[0]
    if _is_more_link(anchor, lexicon, text):
        return link_href(anchor) or None
    return None


def _only_actions(inside: _Inside, lexicon: Lexicon) -> bool:
    """An element whose links are all a message box's buttons (我要写信, 留言查询)."""
    anchors = inside.anchors()
    return bool(anchors) and all(lexicon.is_action(_text(anchor)) for anchor in anchors)


def _more_after(container: LexborNode, lexicon: Lexicon, footers: bool = False) -> str | None:
    """A "more" link right after the list (更多>> at the bottom of a column); with
    `footers`, also the last "more" link of a box's footer after the block that holds
    the list (Blackboard's <div class="ui-widget-detail"><ul>..</ul></div><div
    class="ui-widget-footer"><a>RSS</a><a>More District News</a></div>)."""
    sibling = container.next
    checked = 0
    while sibling is not None and checked < 2:
        if sibling.is_element_node:
            checked += 1
            more = _only_more_link(sibling, lexicon)
            if more is not None:
                return more
            if footers and _BOX_FOOTER.search(_class_and_id(sibling)) is not None:
                links = [a for a in _Inside(sibling).anchors() if _is_more_link(a, lexicon)]
                if links:
                    return link_href(links[-1]) or None
        sibling = sibling.next
    return None


_BOX_FOOTER = re.compile(r"(?<![a-z])(?:card|panel|box|module|widget|portlet)[-_]+footer(?![a-z])")


def _is_more_link(anchor: LexborNode, lexicon: Lexicon, text: str | None = None) -> bool:
    if text is None:
        text = _text(anchor)
    if len(text) > _MAX_MORE_TEXT:  # "View all federal register notices"
        long_prefix = _more_affixes(lexicon)[2]
        return len(text) <= _MAX_LONG_MORE_TEXT and long_prefix.match(text) is not None
    if len(text) > _MAX_MORE_MARKER:  # "More news", "View all notices"
        return _says_more(text, lexicon)
    if lexicon.is_more(text) or _says_more(text, lexicon):
        return True
    if "more" in (anchor.attrs.get("class") or "").lower():
        return True
    return not text and _is_more_image(anchor.child, lexicon)


def _says_more(text: str, lexicon: Lexicon) -> bool:
    """A "more" link's longer text: "View all news", "Alle Meldungen", "お知らせ一覧へ"."""
    prefixes, suffixes, _ = _more_affixes(lexicon)
    return prefixes.match(text) is not None or suffixes.search(text) is not None


@per_lexicon
def _more_affixes(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Case-blind patterns of the "more" prefixes and suffixes (before any trailing
    " >»›"), and of the prefixes a longer link may start with: one match a link, not a
    lowered copy of every title on the page."""

    def alternation(words: tuple[str, ...]) -> str:
        longest_first = sorted(words, key=len, reverse=True)
        return "|".join(map(re.escape, longest_first)) or r"(?!x)x"

    def starts(words: tuple[str, ...]) -> str:
        # The words' first characters, looked ahead for first: re tries each of dozens
        # of case-blind alternatives in turn (~0.4 µs a title), and most titles start
        # with none of them. (A class of characters folds case as its literals do.)
        if not words or not all(words):
            return ""
        return "(?=[" + "".join(map(re.escape, sorted({word[0] for word in words}))) + "])"

    prefixes = re.compile(
        starts(lexicon.more_prefixes) + f"(?:{alternation(lexicon.more_prefixes)})", re.IGNORECASE
    )
    suffixes = re.compile(f"(?:{alternation(lexicon.more_suffixes)})[ >»›]*$", re.IGNORECASE)
    long_prefixes = re.compile(
        starts(lexicon.more_long_prefixes) + f"(?:{alternation(lexicon.more_long_prefixes)})",
        re.IGNORECASE,
    )
    return prefixes, suffixes, long_prefixes


def _is_more_image(node: LexborNode | None, lexicon: Lexicon) -> bool:
    """An image-only link that says "more": <img src="more.gif"> or <img alt="更多">."""
    while node is not None and node.tag != "img":
        node = node.next if node.tag == "-text" else node.child
    if node is None:
        return False
    attributes = node.attrs
    alt = attributes.get("alt") or ""
    if alt:
        return lexicon.is_more(alt)
    source = (attributes.get("src") or "").rpartition("/")[2].lower()
    return source.startswith("more")


def _as_heading(
    node: LexborNode,
    lexicon: Lexicon,
    base: str,
    text: str | None = None,
    inside: _Inside | None = None,
) -> Heading | None:
    """`node` as a heading, if it is one (`text`, `inside`: its own, when known)."""
    if node.tag in ("script", "style", "img", "br", "hr", "input") or (
        _is_furniture(node) and not _box_header(node)
    ):
        return None
    if text is None:
        text = _text(node)
    if (not text and node.css_first("img[alt]") is None) or len(text) > _MAX_TAB_BAR:
        return None  # content, not a heading or a tab bar (an image heading has no text)
    if inside is None:
        inside = _Inside(node)
    if inside.has_form_field():
        return None  # a search box or a login bar
    more: str | None = None
    more_text = ""
    link: str | None = None
    for anchor in inside.anchors():
        href = link_href(anchor).strip()
        if _is_more_link(anchor, lexicon):
            if more is None:
                more, more_text = href, _text(anchor)
        elif link is None and _is_page_link(href, base):
            link = href
    if more is None:
        # <td class="more"><span onclick="location.href='/Item/List.asp?m=1'">更多</span>
        more_text, more = next(
            (
                (clicked, link_href(found))
                for found in inside.clickables()
                if _is_more_link(found, lexicon, clicked := _text(found))
            ),
            ("", None),
        )
    tab_bar = _tab_bar(node, lexicon, inside)
    if tab_bar is not None and _is_field_row(_tabs(tab_bar, lexicon), lexicon):
        if tab_bar.mem_id == node.mem_id:
            return None  # a list's header row (信件标题 | 状态 | 日期), no heading
        tab_bar = None
    lowered = text.lower()
    markers = _markers_longest_first(lexicon)
    if (
        more_text
        and text.endswith(more_text)
        and (len(text) > len(more_text) or _says_more(text, lexicon) or lexicon.is_more(text))
    ):
        # The more link as written ("更多 >"); nothing left when the element is only that
        # link ("View all / Voir tout" in a box's <div class="more-link">): no heading.
        text = text[: -len(more_text)].strip()
    elif more_text and text.startswith(more_text) and len(text) > len(more_text):
        # The more link floated right ahead of the title (DedeCMS's <div class="tit">
        # <span class="more"><a>更多>></a></span><h3>教育动态</h3></div>).
        text = text[len(more_text) :].strip()
    elif lowered.endswith(markers):  # then which one, the longest first
        for marker in markers:
            if lowered.endswith(marker):
                text = text[: -len(marker)].strip()
                break
    if tab_bar is None and not text.isascii() and _LATIN_WORD.search(text) is not None:
        # A heading bar of a heading and its subtitle (<h3>学校要闻</h3><span>NEWS</span>
        # <a>更多</a>): the heading names the column, as it names a tab (`_labels`).
        labels, subtitles = _labels(node, lexicon)
        if subtitles and len(labels) == 1:
            text = labels[0][0]
    if not text and more is not None:
        # <img alt="政务动态"><a class="more">更多</a>; <img alt="通知公告"> beside
        # <a><img src="more.gif"></a>: the heading is a picture of its words
        text = _image_alt(node, lexicon)
    if not text or _too_long_for_heading(text):
        if tab_bar is None:
            return None
        text = _tab_names(tab_bar, lexicon)[0]
    if _LETTER.search(text) is None:
        return None  # ":::" access keys, bullets, numbers
    if (
        len(text) > 10
        and any(ch.isdigit() for ch in text)
        and any(ch.isdigit() for ch in _HOTLINE_NUMBER.sub("", text))
        and (lexicon.classify(text) == "other" or first_date_in_text(text, _ANY_DAY) is not None)
    ):
        # a dated line, or a headline with a number, not a heading; a heading the lexicon
        # types that shows no date is one ("Planning Notices (Part 8)", "COVID-19 updates")
        return None
    return Heading(text, more, link, tab_bar)


def _box_header(node: LexborNode) -> bool:
    """A box's own <header>, not the page's: a heading atop it and no menu, list or form
    in it (Finalsite's <section class="fsElement"><header><h2>District News</h2>
    </header>)."""
    if node.tag != "header":
        return False
    top = next(iter(_element_children(node)), None)
    return (
        top is not None
        and top.tag in _HEADING_TAGS
        and node.css_first("nav, ul, ol, form, input") is None
    )


def _too_long_for_heading(text: str) -> bool:
    if len(text) <= _MAX_HEADING:
        return False
    return len(text) > _MAX_LATIN_HEADING or _is_ideographic(text)


# Scripts whose words take a character or two (CJK, kana, hangul, full-width forms):
# their headings and labels are half as long as in alphabetic scripts, accented Latin
# ("Règlements municipaux", "Offres d’emploi") and Cyrillic included.
_IDEOGRAPHIC = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _is_ideographic(text: str) -> bool:
    return not text.isascii() and _IDEOGRAPHIC.search(text) is not None


def _image_alt(node: LexborNode, lexicon: Lexicon) -> str:
    """The alt text of the first image in `node` (an image heading) that is not a "more"
    button's (<img alt="更多">)."""
    for image in node.css("img[alt]"):
        alt = " ".join((image.attributes.get("alt") or "").split())
        if alt and not lexicon.is_more(alt):
            return alt
    return ""


def _is_page_link(href: str, base: str) -> bool:
    """A link to another page: not an anchor, a script or the homepage itself."""
    if not href or href.startswith(("#", "javascript:", "mailto:")) or href in ("/", "./"):
        return False
    return _join(base, href).rstrip("/") != base.rstrip("/")


@per_lexicon
def _markers_longest_first(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted((m.lower() for m in lexicon.more), key=len, reverse=True))


def _tab_bar(node: LexborNode, lexicon: Lexicon, inside: _Inside) -> LexborNode | None:
    """A heading made of several short labels (tabs), one per list below it; in a heading
    box that holds a title and a list of labels (<h2>政府信息公开</h2><ul><li>政策文件</li>
    <li>政策解读</li></ul><a>更多</a>), that list."""
    is_list = node.tag in ("ul", "ol")
    if is_list and len(_tab_names(node, lexicon)) >= 2:
        return node
    for inner in ("ul", "ol"):
        candidate = inside.first(inner)
        if candidate is not None and len(_tab_names(candidate, lexicon)) >= 2:
            return candidate
    if not is_list and len(_tab_names(node, lexicon)) >= 2:
        return node
    return None


def _tab_names(node: LexborNode, lexicon: Lexicon) -> list[str]:
    return [name for name, _ in _tabs(node, lexicon)]


def _tabs(node: LexborNode, lexicon: Lexicon) -> list[tuple[str, LexborNode]]:
    """The labels of a tab bar and their nodes; the bar's own "more" link among them
    (<li>通知公告</li><li>政策文件</li><a class="more">更多</a>) is no label, nor is a
    heading's subtitle (`_labels`)."""
    return _labels(node, lexicon)[0]


def _labels(node: LexborNode, lexicon: Lexicon) -> tuple[list[tuple[str, LexborNode]], int]:
    """The labels of a bar and their nodes, and how many of its labels were left out as
    subtitles: in a bar of labels in ideographs, one in Latin letters alone is the
    subtitle of a heading (<h3>学校要闻</h3><span>NEWS</span>, <span class="en">POLICY
    </span><h3>政策文件</h3>), no tab of its own (`_subtitle_of`)."""
    tabs = []
    ideographic = False
    for child in _element_children(node):
        text = _text(child)
        if 2 <= len(text) <= 12:
            if not lexicon.is_more(text):
                tabs.append((text, child))
                ideographic = ideographic or _is_ideographic(text)
        elif text and not (len(text) <= _MAX_MORE_TEXT and lexicon.is_more(text)):
            return [], 0
    if ideographic and len(tabs) > 1:
        labels = [tab for tab in tabs if not _subtitle_of(*tab)]
        return labels, len(tabs) - len(labels)
    return tabs, 0


def _subtitle_of(text: str, label: LexborNode) -> bool:
    """Whether a label is a subtitle in Latin letters (NEWS, POLICY, WORK NEWS): words
    alone, no link of its own. (A tab of its own in Latin letters among tabs in
    ideographs links to its page, or is a link.)"""
    return (
        _LATIN_WORDS.fullmatch(text) is not None
        and label.tag != "a"
        and label.css_first("a[href]") is None
    )


_LATIN_WORDS = re.compile(r"[A-Za-z]{2,}(?:[ &'.-]+[A-Za-z]+)*\.?")
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")


def _is_field_row(tabs: list[tuple[str, LexborNode]], lexicon: Lexicon) -> bool:
    """Whether a bar's labels are all field names (信件标题 | 状态 | 日期, Title | Date):
    the header row of the list below it, no tabs."""
    return all(lexicon.is_field_label(text) for text, _ in tabs)


def _tab_link(tab_bar: LexborNode, index: int, lexicon: Lexicon, base: str) -> str | None:
    """The page a tab's own label links to (<li><a href="/tzgg/">通知公告</a></li>): its
    column's page, where the bar's one "more" link is the first tab's."""
    tabs = _tabs(tab_bar, lexicon)
    if index >= len(tabs):
        return None
    label = tabs[index][1]
    anchors = [label] if label.tag == "a" else label.css("a")
    if not anchors:
        # Labels that are no links: the tab's "more" link in a row of them, one each.
        row = _more_row_links(tab_bar, len(tabs), lexicon)
        anchors = row[index : index + 1]
    for anchor in anchors:
        href = link_href(anchor).strip()
        if _is_page_link(href, base):
            return href
    return None


def _next_element(node: LexborNode) -> LexborNode | None:
    """The element after `node` among its siblings (text and comments skipped)."""
    found = node.next
    while found is not None and not found.is_element_node:
        found = found.next
    return found


def _first_element(node: LexborNode) -> LexborNode | None:
    """The first element among `node`'s children (text and comments skipped)."""
    found = node.child
    while found is not None and not found.is_element_node:
        found = found.next
    return found


def _previous_element(node: LexborNode) -> LexborNode | None:
    """The element before `node` among its siblings (text and comments skipped)."""
    found = node.prev
    while found is not None and not found.is_element_node:
        found = found.prev
    return found


def _element_children(node: LexborNode) -> Iterable[LexborNode]:
    child = node.child
    while child is not None:
        if child.is_element_node and child.tag not in ("script", "style"):
            yield child
        child = child.next


_BOX_CONTENT_TAGS = frozenset({"div", "p", "ul", "ol", "dl", "table", "section", "article"})


def _box_heading(node: LexborNode) -> LexborNode | None:
    """The heading element atop `node` when `node` is a box (a heading, then content
    blocks), not a heading bar (a heading and its "more" link, or a tab bar)."""
    children = list(_element_children(node))
    if (
        len(children) > 2
        and children[0].tag in _HEADING_TAGS
        and any(child.tag in _BOX_CONTENT_TAGS for child in children[1:])
    ):
        return children[0]
    return None


def _empty_columns(
    tree: LexborHTMLParser,
    lists: list[ItemList],
    used_more: set[str],
    base: str,
    lexicon: Lexicon,
    more_links: list[LexborNode],
    now: date,
    locale: str | None = None,
) -> list[ColumnBlock]:
    """Headings with a "more" link (`more_links`, in page order) and nothing listed
    under them: empty, unless a table of data shows its rows there (a 办件公示 of
    applications, unlinked: `_data_rows`)."""
    in_lists = {lst.container.mem_id for lst in lists}
    elsewhere = _ItemsElsewhere(tree, lexicon)
    found: list[ColumnBlock] = []
    more_ids = {a.mem_id for a in more_links}
    listed: set[str] | None = None  # the hrefs of the dated items
    for anchor in more_links:
        href = link_href(anchor)
        more = _join(base, href)
        if more in used_more:
            continue
        if listed is None:
            listed = {item.href for lst in lists for item in lst.dated}
        if href.strip() in listed:
            # A post's own "Read more" (Elementor's, a blog's cards: thumbnail, title,
            # date, then "Read More »" to the same page): a link to a dated item's page
            # is that item's, not a column's, and the post's title above it no empty
            # column's heading. (A menu's undated links to column pages may share a
            # box's "View all" link: that box is still a column.)
            continue
        heading_node = anchor.parent
        if heading_node is not None and heading_node.tag in ("td", "th"):
            heading_node = heading_node.parent  # the heading row of a table layout
        if heading_node is None or _in_furniture(heading_node):
            continue
        # The column block: the largest ancestor (two levels at most) around this
        # "more" link and no other.
        block = heading_node
        for _ in range(2):
            parent = block.parent
            if parent is None or parent.tag in ("body", "html"):
                break
            if sum(1 for a in parent.css("a[href]") if a.mem_id in more_ids) > 1:
                break
            block = parent
        block = _box_of_title_table(block, more_ids)
        if _contains_list(block, in_lists):
            continue
        # The "more" link may sit in the box itself, beside its heading and content
        # (<section><h2>Careers</h2><p>There are no current vacancies.</p><a>View all</a>):
        # the box's text is no heading, its <h2> is.
        heading = _as_heading(_box_heading(heading_node) or heading_node, lexicon, base)
        if heading is None and block is not heading_node:
            # <div class="box"><h2>公告事項</h2><ul><li>目前尚無資料</li></ul>
            # <div class="more"><a>更多</a></div></div>: the heading atop the block
            top = next(iter(_element_children(block)), None)
            if top is not None and top.tag in _HEADING_TAGS:
                heading = _as_heading(top, lexicon, base)
        if heading is None:
            # A portlet (Liferay): its title in a header bar a few levels above the
            # link (<section><div class="portlet-header"><div><h2>Tenders</h2></div>
            # </div><div class="portlet-body"><div>There are no results.</div>
            # <div class="asset-more"><a>View All</a></div></div></section>).
            box = _titled_box(anchor, in_lists, more_ids)
            if box is not None:
                block, top = box
                heading = _as_heading(top, lexicon, base)
        if heading is None:
            continue
        block_text = _text(block)
        marker = lexicon.find_empty(block_text)
        if marker is None and _link_box(block, more_ids, base):
            continue  # 乡镇之窗: links too short for items (石门镇), not an empty list
        rows = _data_rows(block, now, lexicon, locale) if marker is None else (0, [])
        from_elsewhere = elsewhere.within(block)
        if (
            marker is None
            and not rows[0]
            and not from_elsewhere
            and len(block_text) > len(_text(heading_node)) + _BLANK_CHARS
        ):
            continue  # 镇情简介: a box of prose under its heading, not an empty list
        used_more.add(more)
        name = heading.name
        found.append(
            ColumnBlock(
                name=name,
                type=lexicon.classify(name),
                more_url=more,
                items=rows[0],
                dated_items=len(rows[1]),
                newest=max(rows[1], default=None),
                empty_marker=marker,
                items_elsewhere=from_elsewhere,
            )
        )
    return found


# How far above its link a box's title may be: the link's wrapper, the box's body and
# content container, the box (Liferay's portlet); a header bar's wrappers down to its
# heading.
_BOX_LEVELS = 4
_TITLE_LEVELS = 3
# A blank box's text besides its heading and its link: the blank ("Coming soon",
# "There are no results.") and little else.
_BLANK_CHARS = 80
_BLANK_LEAD = 10  # characters before the blank's words ("Sorry, ", "该栏目")


def _top_heading(node: LexborNode) -> LexborNode | None:
    """The heading atop `node`: its first element child, or the heading that child holds
    alone (a header bar's wrappers, `_TITLE_LEVELS` at most)."""
    top = next(iter(_element_children(node)), None)
    for _ in range(_TITLE_LEVELS):
        if top is None or top.tag in _HEADING_TAGS:
            return top
        children = list(_element_children(top))
        if len(children) != 1:
            return None
        top = children[0]
    return top if top is not None and top.tag in _HEADING_TAGS else None


def _titled_box(
    anchor: LexborNode, in_lists: set[int], links: set[int]
) -> tuple[LexborNode, LexborNode] | None:
    """(the box, its heading) around a link: the nearest ancestor (`_BOX_LEVELS` at
    most) with a heading atop it (`_top_heading`), holding no list and no other of
    `links` (another column's "more")."""
    box = _box_of(anchor)
    if box is None or not _box_alone(box[0], anchor, in_lists, links):
        return None
    return box


def _box_of(
    anchor: LexborNode, headings: dict[int, LexborNode | None] | None = None
) -> tuple[LexborNode, LexborNode] | None:
    """The nearest ancestor of a link (`_BOX_LEVELS` at most) with a heading atop it,
    and that heading. `headings`: a memo of `_top_heading` for the calls on one page
    (links share their ancestors)."""
    node = anchor.parent
    for _ in range(_BOX_LEVELS):
        if node is None or node.tag in ("body", "html", "main"):
            return None
        if headings is None:
            heading = _top_heading(node)
        elif node.mem_id in headings:
            heading = headings[node.mem_id]
        else:
            heading = headings[node.mem_id] = _top_heading(node)
        if heading is not None:
            return node, heading
        node = node.parent
    return None


_LONE_MANY = 30  # lone links past which the page's text is read first


def _box_alone(box: LexborNode, anchor: LexborNode, in_lists: set[int], links: set[int]) -> bool:
    """Whether a box holds no list and no other of `links` than `anchor`."""
    if _contains_list(box, in_lists):
        return False
    return not any(a.mem_id in links and a.mem_id != anchor.mem_id for a in box.css("a[href]"))


def _blank_boxes(
    tree: LexborHTMLParser,
    lists: list[ItemList],
    used_more: set[str],
    base: str,
    lexicon: Lexicon,
    lone: Sequence[LexborNode],
) -> list[ColumnBlock]:
    """Boxes of a heading, a blank that says there is nothing (`empty` markers: "Coming
    soon", "No news at this time", 暂无信息) and one link, whatever it says ("View
    minutes", "Budget & Finance": the box's list page), with no list: empty columns.
    (`lone`: the page's links alone in their containers.)"""
    if len(lone) > _LONE_MANY:
        # No blank anywhere on the page (a box's text is a part of the page's): no box
        # to look for. On a portal's homepage with hundreds of lone links (a mega menu's
        # groups), looking costs more than reading the page's text (8 ms on 190 KB).
        body = tree.body
        if body is None or lexicon.find_empty(_text(body)) is None:
            return []
    in_lists = {lst.container.mem_id for lst in lists}
    lone_ids = {a.mem_id for a in lone}
    headings: dict[int, LexborNode | None] = {}
    elsewhere: _ItemsElsewhere | None = None
    found: list[ColumnBlock] = []
    for anchor in lone:
        href = (anchor.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        more = _join(base, href)
        if more in used_more or len(_text(anchor)) > _MAX_MORE_TEXT:
            continue
        box = _box_of(anchor, headings)
        if box is None:
            continue
        block, top = box
        text, title, link = _text(block), _text(top), _text(anchor)
        if len(text) > len(title) + len(link) + _BLANK_CHARS:
            continue  # a box of prose (or of lists), not a blank
        # The blank is what the box says besides its heading and link, from its start
        # ("Coming soon", "该栏目暂无信息"): not a tile's news ("New online permit system
        # coming soon · Learn more").
        rest = text.replace(title, " ", 1).replace(link, " ", 1).strip().lower()
        marker = lexicon.find_empty(rest)
        if (
            marker is None
            or rest.find(marker) > _BLANK_LEAD
            or not _box_alone(block, anchor, in_lists, lone_ids)
            or _in_furniture(block)
        ):
            continue
        heading = _as_heading(top, lexicon, base)
        if heading is None:
            continue
        used_more.add(more)
        if elsewhere is None:
            elsewhere = _ItemsElsewhere(tree, lexicon)
        found.append(
            ColumnBlock(
                name=heading.name,
                type=lexicon.classify(heading.name),
                more_url=more,
                items=0,
                dated_items=0,
                newest=None,
                empty_marker=marker,
                items_elsewhere=elsewhere.within(block),
            )
        )
    return found


def _data_rows(
    block: LexborNode, now: date, lexicon: Lexicon, locale: str | None
) -> tuple[int, list[date]]:
    """(the data rows of a box's table, their dates): two or more rows of the same
    number (two or more) of cells with text, no table inside (办件公示 | 申办编号 | 事项 |
    受理日期, an air quality table of stations), links or none: content shown in the
    box, not an empty list. A row's date as a list item's, not a deadline cell's
    (`table_deadline_columns`)."""
    rows: dict[int, list[LexborNode]] = {}
    for row in block.css("tr"):
        cells = [cell for cell in _element_children(row) if cell.tag in ("td", "th")]
        if len(cells) < 2 or all(cell.tag == "th" for cell in cells):
            continue
        if row.css_first("table") is not None or sum(1 for c in cells if _text(c)) < 2:
            continue
        rows.setdefault(len(cells), []).append(row)
    data = max(rows.values(), key=len, default=[])
    if len(data) < 2:
        return _data_cards(block, now, locale)
    table = data[0].parent
    if table is not None and table.tag == "tbody" and table.parent is not None:
        table = table.parent
    deadlines = table_deadline_columns(table) if table is not None else ()
    dates = []
    for row in data:
        text = (deadline_cells(row, deadlines, "", now, locale)[1] if deadlines else "") or _text(
            row
        )
        if _DIGIT.search(text) is not None:
            when = _item_date(text, now, locale)[0]
            if when is not None:
                dates.append(when)
    return len(data), dates


def _data_cards(block: LexborNode, now: date, locale: str | None) -> tuple[int, list[date]]:
    """(the data cards of a box's list, their dates): two or more <li> of one list, each
    of two or more elements with text and no link (a 数据发布 widget's indicators:
    <li><p>21836.4<em>亿元</em></p><p>地区生产总值</p><p>同比增长5.3%</p></li>): figures
    shown in the box, not an empty list. Likewise two or more unlinked lines of text
    (a calendar's events, a library's opening hours: <li>借阅区：08:00-22:00</li>, a
    contact box's 电话：…), counted undated."""
    for group in block.css("ul, ol"):
        cards = [
            li
            for li in _element_children(group)
            if li.tag == "li"
            and li.css_first("a[href]") is None
            and sum(1 for part in _element_children(li) if _text(part)) >= 2
        ]
        if len(cards) >= 2:
            dates = []
            for card in cards:
                text = _text(card)
                if _DIGIT.search(text) is not None:
                    when = _item_date(text, now, locale)[0]
                    if when is not None:
                        dates.append(when)
            return len(cards), dates
        # <ul><li>12/05 冬季運動會</li><li>12/24 耶誕英語日</li></ul> (a 行事曆 box's events,
        # unlinked): lines shown in the box, not an empty list; their days are the
        # events', not when anything was posted (no dates).
        lines = sum(
            1
            for li in _element_children(group)
            if li.tag == "li" and li.css_first("a[href]") is None and _text(li)
        )
        if lines >= 2:
            return lines, []
    return 0, []


def _link_box(block: LexborNode, more_ids: set[int], base: str) -> bool:
    """Whether a block links three pages or more besides its "more" links (its heading
    may link one): a box of short links (town names, 1-3 characters each, too short to
    be items), which shows something."""
    pages = 0
    for anchor in block.css("a[href]"):
        if anchor.mem_id not in more_ids and _is_page_link(anchor.attrs.get("href") or "", base):
            pages += 1
            if pages >= 3:
                return True
    return False


class _ItemsElsewhere:
    """Whether an empty block's items come from elsewhere (a frame, or a page script
    that fetches content after the page loads); the inline scripts are read once, on
    the first empty column that asks (most pages have none)."""

    def __init__(self, tree: LexborHTMLParser, lexicon: Lexicon) -> None:
        self._tree = tree
        self._lexicon = lexicon
        self._text: str | None = None

    def text(self) -> str:
        if self._text is None:
            joined = "\n".join(node.text() for node in self._tree.css("script:not([src])"))
            lowered = joined.lower()
            self._text = lowered if self._lexicon.loads_by_script(lowered) else ""
        return self._text

    def within(self, block: LexborNode) -> bool:
        """Whether `block`'s items come from elsewhere: a frame in it (<iframe
        src="/nyxw/top.html"> shows another page in the box), or such a script names an
        empty list in it (<ul id="list_1001"> filled by `$('#list_1001')`, or
        `$('.lm-list')`)."""
        if any(
            (frame.attributes.get("src") or "").strip() not in ("", "about:blank")
            and not _widget_frame(frame)
            for frame in block.css("iframe[src], frame[src]")
        ):
            return True
        script = self.text()
        if not script:
            return False
        for node in block.css(_SCRIPTED_LISTS):
            if next(iter(_element_children(node)), None) is not None:
                continue  # not empty
            attributes = node.attributes
            names = (attributes.get("class") or "").split()
            element_id = attributes.get("id") or ""
            if element_id:
                names.append(element_id)
            if self._lexicon.empty_is_normal(
                " ".join([*names, attributes.get("aria-label") or ""])
            ) or _in_furniture(node):
                # An alert bar a script fills (#alert-bar), a widget in the page's
                # header (#google_translate_element): no list's place.
                continue
            for name in names:
                if len(name) >= 3 and re.search(
                    rf"[#.'\" ]{re.escape(name.lower())}(?![\w-])", script
                ):
                    return True
        return False


_SCRIPTED_LISTS = "ul, ol, dl, tbody, table, div[id]"
# A frame this small in either dimension (attributes in pixels) is a widget, no list:
# the weather strip in a portal's top bar (<iframe src="https://i.tianqi.com/…"
# width="160" height="20">), a share or a counter button.
_WIDGET_FRAME_PX = 100
_PIXELS = re.compile(r"\s*(\d+)\s*(?:px)?\s*$")


def _widget_frame(frame: LexborNode) -> bool:
    for name in ("height", "width"):
        match = _PIXELS.match(frame.attributes.get(name) or "")
        if match is not None and int(match.group(1)) < _WIDGET_FRAME_PX:
            return True
    return False


def _box_of_title_table(block: LexborNode, more_ids: set[int]) -> LexborNode:
    """The box around a table layout's title bar when that bar is a table of its own,
    alone in the box's first cell (<table class="border1"><tr><td><table><tr><td>镇务动态
    </td><td><a><img alt="更多"></a></td></tr></table></td></tr><tr><td>..the list or
    暂无内容..</td></tr></table>, FrontPage and Dreamweaver templates): the outer table,
    when it holds no other column's "more" link; else `block` itself."""
    if block.tag == "tbody":
        block = block.parent or block
    cell = block.parent
    if block.tag != "table" or cell is None or cell.tag != "td":
        return block
    if not _only_element_child(cell, block):
        return block
    row = cell.parent
    box = row.parent if row is not None else None
    if box is not None and box.tag == "tbody":
        box = box.parent
    if box is None or box.tag != "table":
        return block
    if sum(1 for a in box.css("a[href]") if a.mem_id in more_ids) > 1:
        return block
    return box


def _contains_list(block: LexborNode, containers: set[int]) -> bool:
    if block.mem_id in containers:
        return True
    return any(node.mem_id in containers for node in block.traverse(include_text=False))


# A dated row's links: its title's, and a category's or an attachment's beside it.
_ROW_LINKS = 3
# Levels above a date's element where an item's link may be: <li><a>..</a><span>date
# </span></li> is one, a card's <div><h3><a>..</a></h3><p>来源 <span>date</span></p></div> two,
# a blog card's metadata list four (Wix: <div><div class="header"><ul><li><span>Nov 20
# </span></li>..</ul></div><a href="/post/..">title</a></div>).
_ROW_LEVELS = 4


def row_url_date(node: LexborNode, lexicon: Lexicon, now: date) -> date | None:
    """The newest date the links of the item row that `node` stands in carry in their
    URLs (/2023/01/05/road-work/), as `_find_lists` dates an item told "2 days ago"
    by its URL: the first element up from `node` (within `_ROW_LEVELS`) that is or
    holds links, when one to `_ROW_LINKS` of them are not "more" links. None when
    there is no such row, or its links carry no date."""
    current: LexborNode | None = node
    for _ in range(_ROW_LEVELS + 1):
        if current is None or current.tag in ("body", "html"):
            return None
        links = [current] if current.tag == "a" else current.css("a[href]")
        if links:
            own = [link for link in links if not _is_more_link(link, lexicon)]
            if not 0 < len(own) <= _ROW_LINKS:
                return None
            days = [date_in_url(link.attrs.get("href") or "", now) for link in own]
            return max((day for day in days if day is not None), default=None)
        current = current.parent
    return None


def _link_bar(node: LexborNode, text: str, lexicon: Lexicon) -> bool:
    """Whether an element (its `text`) holds more links than an item's row
    (`by_an_item_link`: one to three that are not "more" links) and little text besides
    theirs, a date among it (今天是2026年11月25日): a bar of links beside a date widget,
    not a post's card (its title, author and category links beside its date and
    teaser) nor a carousel of slides."""
    links = node.css("a[href]")
    if len(links) <= 2 * _ROW_LINKS and (
        sum(not _is_more_link(link, lexicon) for link in links) <= _ROW_LINKS
    ):
        return False
    for link in links:
        text = text.replace(_text(link), " ", 1)
    # (its date in that text: not a carousel's slides, dated by their URLs)
    outside = "".join(text.split())
    return len(outside) <= _MAX_HEADING and _DIGIT.search(outside) is not None


def by_an_item_link(node: LexborNode, lexicon: Lexicon, now: date) -> bool:
    """Whether a date in `node`'s own text stands in an item's row, as a list reads one:
    the first element up from it (within `_ROW_LEVELS`) that holds links holds one to
    three that are not "more" links, or it is a link; a <dd>'s <dt> (or a <dt>'s <dd>)
    holds one; a heading holds it over a list of links (a day's heading); or it is a
    table row or a list item beside another that shows a date (a dated list without
    links: the sweep reads its rows; `now` judges those dates). A date widget in a
    page's header (`<span>2026年11月26日</span> 欢迎…` beside the tool bar's
    links, a welcome <marquee>, an air-quality box's day under its "更多") is in no
    item's row, nor is a table row without a link whose neighbours show no date (a slot
    table's days ahead)."""
    current: LexborNode | None = node
    for _ in range(_ROW_LEVELS + 1):
        if current is None or current.tag in ("body", "html"):
            return False
        if current.tag == "a":
            return True
        links = current.css("a[href]")
        if links:
            if len(links) > 2 * _ROW_LINKS:  # a menu's, a page's (not each read)
                return False
            return 0 < sum(not _is_more_link(link, lexicon) for link in links) <= _ROW_LINKS
        if current.tag in ("dd", "dt"):
            side = _previous_element(current) if current.tag == "dd" else _next_element(current)
            if side is not None and side.tag in ("dd", "dt") and side.css_first("a[href]"):
                return True
        if (
            current.tag in _HEADING_TAGS
            and (after := _next_element(current)) is not None
            and after.css_first("a[href]") is not None
        ):
            return True  # a day's heading over its list (<h2>2026年6月19日</h2><ul>..)
        if current.tag in ("tr", "li") and any(
            side is not None
            and side.tag == current.tag
            and first_date_in_text(side.text(), now) is not None
            for side in (_previous_element(current), _next_element(current))
        ):
            return True  # a row of a dated list without links (办件公示's 受理日期 rows)
        if current.tag == "tr":
            return False  # a table row without a link is its own row: not a card's part
        current = current.parent
    return False
