"""The words pages are read with (column types, "more" links, empty-list and
message-state markers): built in as data (`crawler/data/lexicon.toml`), extended by
the config's `[columns]` section.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TypeVar


@cache
def builtin_lexicon_data() -> Mapping[str, Mapping[str, Sequence[str]]]:
    text = resources.files("crawler").joinpath("data/lexicon.toml").read_text("utf-8")
    return tomllib.loads(text)


# The column types, in the data file's order (their priority on ties). `other` is what
# matches none of them, or matches one of its own longer words (视频新闻 is not news).
COLUMN_TYPES: tuple[str, ...] = tuple(
    kind for kind in builtin_lexicon_data()["column_types"] if kind != "other"
)
MARKER_KINDS = (
    "more",
    "empty",
    "answered",
    "unanswered",
    "reply_column",
    "asked_column",
    "reply_field",
    "no_reply",
    "script_loader",
    "more_prefixes",
    "more_suffixes",
    "more_long_prefixes",
    "next_page",
    "last_page",
    "aside",
    "aside_classes",
    "post_classes",
    "pinned",
    "pinned_classes",
    "normally_empty",
    "actions",
    "field_label",
    "breadcrumb",
    "ticker_classes",
    "embed_classes",
    "no_letters",
    "syndicated",
)
_Derived = TypeVar("_Derived")
_MAX_KNOWN_HEADINGS = 20_000


@dataclass(frozen=True)
class Lexicon:
    # (type, keywords) in priority order; "other" is what matches none (or its words).
    column_types: tuple[tuple[str, tuple[str, ...]], ...]
    more: tuple[str, ...]
    empty: tuple[str, ...]
    answered: tuple[str, ...]
    unanswered: tuple[str, ...]
    reply_column: tuple[str, ...] = ()
    asked_column: tuple[str, ...] = ()
    reply_field: tuple[str, ...] = ()
    no_reply: tuple[str, ...] = ()
    script_loader: tuple[str, ...] = ()
    # How a longer "more" link starts ("view all") or ends ("一覧"), lowercase.
    more_prefixes: tuple[str, ...] = ()
    more_suffixes: tuple[str, ...] = ()
    # The prefixes no title starts with ("view all"), allowed a longer link.
    more_long_prefixes: tuple[str, ...] = ()
    # A paginated list: its 下一页 link's text; how it says its page count and numbers
    # its second page (regular expressions, `[pagination]` of the data file).
    next_page: tuple[str, ...] = ()
    last_page: tuple[str, ...] = ()
    page_total_patterns: tuple[str, ...] = ()
    second_page_patterns: tuple[str, ...] = ()
    # The number a list page's URL carries (index_2.html, ?pageNum=3): 2 or more, a
    # later page.
    page_number_patterns: tuple[str, ...] = ()
    # A pager a script writes (TRS's createPageHTML(15, 0, "index", "html")): named
    # groups total, current (from 0), name and ext.
    page_script_patterns: tuple[str, ...] = ()
    # A column page's side boxes of other columns' items: their headings' words, and
    # the class or id words of their boxes (lowercase).
    aside: tuple[str, ...] = ()
    aside_classes: tuple[str, ...] = ()
    # The class of a blog's post (<div class="post">: title, date, category and teaser
    # in one), a whole class attribute's word (lowercase, letters, digits and hyphens).
    post_classes: tuple[str, ...] = ()
    # A list's pinned (置顶) items: words of their text or icon's alt, and the class
    # words of the item or its icon, or the icon's file name (lowercase).
    pinned: tuple[str, ...] = ()
    pinned_classes: tuple[str, ...] = ()
    # The words of a channel whose empty state is its normal one (an alert box: "There
    # are no alerts at this time", 暂无预警), in its heading or in what it says.
    normally_empty: tuple[str, ...] = ()
    # A message box's buttons (我要写信, 信件查询): the whole link text, lowercase.
    actions: tuple[str, ...] = ()
    # The field names of a list's header row (信件标题, 状态, 日期, Title, Date), whole
    # labels, lowercase; `reply_column` and `asked_column` are field names too.
    field_label: tuple[str, ...] = ()
    # How a breadcrumb trail starts (当前位置：首页 > 通知公告, You are here), lowercase:
    # a page's place, never a list's heading nor a tab bar.
    breadcrumb: tuple[str, ...] = ()
    # The class or id words of a header's scrolling ticker box (scroll, gundong),
    # lowercase: one item there without a "more" link is no column.
    ticker_classes: tuple[str, ...] = ()
    # The class words of a social network's embedded post, a <blockquote> (twitter-tweet,
    # instagram-media), lowercase: a frame of another site's page once its script runs.
    embed_classes: tuple[str, ...] = ()
    # The heading words of an interaction column that lists no letters (意见征集, 网上调查,
    # 在线访谈, Consultations): its states (征集中, 处理中) are no letters' (lowercase).
    no_letters: tuple[str, ...] = ()
    # The heading words of a box of another site's news (国务院信息, 中国政府网, 行政院
    # 新聞, Latest from GOV.UK), lowercase: with its dated items all on one other site,
    # their dates are that site's publications, no update of this one.
    syndicated: tuple[str, ...] = ()

    def classify(self, heading: str) -> str:
        return _classifier(self)(heading)

    def is_more(self, text: str) -> bool:
        return _normalise(text) in _more_set(self)

    def find_empty(self, text: str) -> str | None:
        match = _pattern(self.empty).search(text.lower())
        return match.group(0) if match else None

    def is_breadcrumb(self, text: str) -> bool:
        return bool(self.breadcrumb) and text.lstrip().lower().startswith(self.breadcrumb)

    def is_action(self, text: str) -> bool:
        return _normalise(text) in _action_set(self)

    def is_next_page(self, text: str) -> bool:
        return _normalise(text) in _next_set(self)

    def is_last_page(self, text: str) -> bool:
        return _normalise(text) in _last_set(self) or text.strip().lower() in _last_set(self)

    def pages_said(self, text: str) -> int | None:
        """The number of pages a paginated list says it has (共20页), if it says."""
        for pattern in _regexes(self.page_total_patterns):
            match = pattern.search(text)
            if match:
                return int(match.group(1))
        return None

    def scripted_pager(self, source: bytes) -> tuple[int, int, str, str] | None:
        """A pager a page's script writes: (pages, this page from 0, file name, extension)."""
        if not self.page_script_patterns or b"<script" not in source.lower():
            return None
        text = source.decode("utf-8", "replace")
        for pattern in _regexes(self.page_script_patterns):
            match = pattern.search(text)
            if match:
                return (int(match["total"]), int(match["current"]), match["name"], match["ext"])
        return None

    def is_second_page(self, url: str) -> bool:
        return any(p.search(url) for p in _regexes(self.second_page_patterns))

    def is_later_page(self, url: str) -> bool:
        """Whether a list page's URL numbers it 2 or more (index_2.html, ?pageNum=3)."""
        for pattern in _regexes(self.page_number_patterns):
            match = pattern.search(url)
            if match:
                return int(match.group(1)) >= 2
        return False

    def message_state(self, text: str) -> bool | None:
        """True answered, False unanswered, None when the text does not say."""
        lowered = text.lower()
        if _pattern(self.unanswered).search(lowered):
            return False
        if _pattern(self.answered).search(lowered):
            return True
        return None

    def reply_label(self, text: str) -> str | None:
        """The answer field's label a text holds (回复内容), if any."""
        match = _pattern(self.reply_field).search(text.lower())
        return match.group(0) if match else None

    def is_field_label(self, text: str) -> bool:
        """Whether a label is a field name of a list's header row (信件标题, 来信时间,
        "Date"): the whole label, spaces and a trailing colon aside."""
        return _field_key(text) in _field_set(self)

    def loads_by_script(self, script_text: str) -> bool:
        """Whether (lowercased) script text fetches content after the page loads."""
        return any(marker in script_text for marker in self.script_loader)

    def says_no_reply(self, text: str) -> bool:
        return _pattern(self.no_reply).search(text.lower()) is not None

    def names_syndication(self, heading: str) -> bool:
        """Whether a heading names another site's news (`syndicated`)."""
        words = _pattern(self.syndicated)
        return bool(self.syndicated) and words.search(heading.lower()) is not None

    def syndication_in(self, text: str) -> Iterator[re.Match[str]]:
        """Where a text names another site's news (`syndicated`): the sweep looks for
        such a box's heading before a date. Lowercase text: a case-blind pattern costs
        15 times as much."""
        return _pattern(self.syndicated).finditer(text)

    def lists_no_letters(self, heading: str) -> bool:
        """Whether an interaction column's heading names drafts put out for comment, a
        survey or an interview (`no_letters`), not letters that wait for an answer."""
        words = _pattern(self.no_letters)
        return bool(self.no_letters) and words.search(heading.lower()) is not None

    def empty_is_normal(self, heading: str, marker: str | None = None) -> bool:
        """Whether a column's heading, or the empty marker it shows (暂无预警), names a
        channel that is normally empty (`normally_empty`: Alert Center, 预警信息)."""
        words = _pattern(self.normally_empty)
        return words.search(heading.lower()) is not None or (
            marker is not None and words.search(marker.lower()) is not None
        )


def _normalise(text: str) -> str:
    return text.strip().lower().rstrip(" >»›+＞\t\n").replace(" ", "") or text.strip()


def per_lexicon(derive: Callable[[Lexicon], _Derived]) -> Callable[[Lexicon], _Derived]:
    """`functools.cache` for what is derived from a lexicon, the last lexicon asked about
    answered without hashing it: a lexicon's hash (of all its words) costs ~0.6 µs, and
    `is_more` is asked about most of the ~500 links of a homepage."""
    cached = cache(derive)
    last: tuple[Lexicon, _Derived] | None = None

    def derived(lexicon: Lexicon) -> _Derived:
        nonlocal last
        entry = last  # read once: another thread may replace it
        if entry is not None and entry[0] is lexicon:
            return entry[1]
        value = cached(lexicon)
        last = (lexicon, value)
        return value

    return derived


@per_lexicon
def _more_set(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(_normalise(m) for m in lexicon.more) | frozenset(m for m in lexicon.more)


def _field_key(text: str) -> str:
    return "".join(text.lower().split()).rstrip(":：")


@per_lexicon
def _field_set(lexicon: Lexicon) -> frozenset[str]:
    words = (*lexicon.field_label, *lexicon.reply_column, *lexicon.asked_column)
    return frozenset(_field_key(word) for word in words)


@per_lexicon
def _action_set(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(_normalise(m) for m in lexicon.actions)


@per_lexicon
def _next_set(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(_normalise(m) for m in lexicon.next_page)


@per_lexicon
def _last_set(lexicon: Lexicon) -> frozenset[str]:
    words = {m.strip().lower() for m in lexicon.last_page}
    return frozenset(words | {_normalise(m) for m in words})


@cache
def _regexes(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


@cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered) or r"(?!x)x")


@per_lexicon
def _classifier(lexicon: Lexicon) -> _Classify:
    return _Classify(lexicon.column_types)


class _Classify:
    def __init__(self, types: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        self._entries = [
            (len(word), -rank, kind, word.lower().replace(" ", ""))
            for rank, (kind, words) in enumerate(types)
            for word in words
        ]
        self._entries.sort(reverse=True)  # longest keyword first, then type priority
        # Headings repeat from page to page ("通知公告"), and each is tried against
        # every keyword: the answers are remembered.
        self._known: dict[str, str] = {}

    def __call__(self, heading: str) -> str:
        known = self._known.get(heading)
        if known is not None:
            return known
        text = heading.lower().replace(" ", "")
        kind = next((kind for _, _, kind, word in self._entries if word in text), "other")
        if len(self._known) < _MAX_KNOWN_HEADINGS:
            self._known[heading] = kind
        return kind


def build_lexicon(extra: Mapping[str, Sequence[str]] | None = None) -> Lexicon:
    """The built-in lexicon, each list extended by the same key from the config."""
    data = builtin_lexicon_data()
    extra = extra or {}
    types = tuple(
        (kind, tuple(data["column_types"].get(kind, ())) + tuple(extra.get(kind, ())))
        for kind in (*COLUMN_TYPES, "other")
    )
    markers = {
        kind: tuple(data["markers"][kind]) + tuple(extra.get(f"{kind}_markers", ()))
        for kind in MARKER_KINDS
    }
    # `is_breadcrumb` compares them with the lowered text: a config's "You are here" too.
    markers["breadcrumb"] = tuple(word.lower() for word in markers["breadcrumb"])
    pagination = data.get("pagination", {})
    return Lexicon(
        column_types=types,
        page_total_patterns=tuple(pagination.get("total", ())),
        second_page_patterns=tuple(pagination.get("second", ())),
        page_number_patterns=tuple(pagination.get("number", ())),
        page_script_patterns=tuple(pagination.get("script", ())),
        **markers,
    )
