"""Dates in pages: list-item dates, article URLs, and the publication date of a page.

Pure functions of their inputs and `now` (the day of the check). Every date returned
is a real calendar day between 1995-01-01 and `now` + 1 day (the slack covers sites a
time zone ahead of us); anything else is not a date for our purposes.

Text forms understood (full-width digits and punctuation are folded first):

- year first: `2024-11-20`, `2024-1-5`, `2024/11/20`, `2024.11.20`, ISO 8601 with a
  time (`2024-11-20T08:00:00+08:00`: the date as written, no time-zone shift);
- CJK: `2024年11月20日` (also Korean `2024년 11월 20일`), with or without a time;
- Japanese eras (`crawler/data/date_patterns.toml`, [eras]): `令和6年11月20日`,
  `令和元年5月1日`, `平成31年4月30日`;
- ROC (Taiwan) calendar: `民國113年11月20日`, `中華民國113年11月20日`, `113年11月20日`,
  and the bare `113-11-20` / `113/11/20` / `113.11.20` (three-digit year, two-digit
  month and day, nothing numeric around it) = 2024-11-20;
- day first: `20.11.2024`, `20-11-2024`, and `20/11/2024`; month first: `11/20/2024`.
  A date whose first two numbers could both be months (`05/11/2024`) is read in the
  page's order (`order`: "dmy" or "mdy"; see `locale_order` and `order_of_signals`:
  the page's unambiguous dates first, then its language and domain), else slashes
  month first (US usage), dots and dashes day first (European usage); a reading after
  `now` + 1 day is no date (an upcoming event), never a cue to take the other reading;
- month names (English and ~20 other languages, `crawler/data/date_patterns.toml`):
  `November 20, 2024`, `Nov. 20 2024`, `20 Nov 2024`, `20. November 2024`,
  `20 de noviembre de 2024`, `20 листопада 2024`, `2024. november 20.`;
- year-less: `11月20日` anywhere, and `11-20` (two digits each) bracketed (`[11-20]`,
  `(11-20)`, `【11-20】`) or at either end of the snippet (`11-20 标题`, `标题 11-20`,
  `标题 11-20 10:30`); not mid-sentence, where it is more often a range. The year is the one that
  makes it the most recent such day not after `now` + 1 day: on 2025-01-03 `12-30` is
  2024-12-30.

Not dates: years alone (`2024年`, `© 2015-2024`), impossible days (2024-02-30), phone
numbers, version numbers and IP addresses (a date must not touch other digits or
digit groups), days before 1995 or after `now` + 1 day, a day shown by a clock
(`今天是2026年11月25日`), a day right after a copyright marker, and an effective date
(`2026年1月1日起施行`).

Functions:

- `dates_in_text`, `newest_date_in_text`, `first_date_in_text`: dates in a snippet;
- `item_date`: the date of one listed item (the one at an end of its text);
- `date_in_url`: `/202411/t20241120_123456.html`, `/2024/11/20/`, `/2024-11/20/`,
  `/20241120/`, `/2024/1120/`, `art_2024_11_20`;
- `parse_date_value`: a machine-written value (meta content, `datetime`, JSON-LD);
- `page_date`: the publication date of an article page, from the first stage that has
  one (see `page_date_candidates`: URL, microdata, metas, JSON-LD, <time>, text labels
  such as 发布时间：, date-ish classes, update dates, a dateline); measured against
  htmldate in `bench/date_accuracy.py`;
- `newest_visible_date`: the newest item date shown on a listing or homepage.

Page functions read the tree and never change it; text inside script, style, noscript,
template, select and svg is not read, except JSON-LD. Time zones are not converted: a
`2024-11-20T23:30:00-05:00` is 2024-11-20, the day the page itself shows.
"""

from __future__ import annotations

import re
import sys
import tomllib
from array import array
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from importlib import resources
from itertools import chain, pairwise
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from crawler.lexicon import builtin_lexicon_data

EARLIEST = date(1995, 1, 1)
SLACK = timedelta(days=1)


@dataclass(frozen=True)
class DateHit:
    value: date
    # Where it came from: "url", "itemprop", "meta:<name>", "jsonld", "time:pubdate",
    # "label:<label>", "time", "class", "updated:<where>", "script", "text".
    source: str
    # A machine value written in UTC ("2020-05-02T02:54:29Z", "+00:00"): its time of
    # day in minutes. Its day may be a day off the one the page shows its readers.
    utc: int | None = field(default=None, compare=False)


# --------------------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    published: tuple[str, ...]
    generic: tuple[str, ...]
    updated: tuple[str, ...]
    clock: tuple[str, ...]
    footer: tuple[str, ...]
    effective_suffix: tuple[str, ...]
    weekdays: tuple[str, ...]
    weather: tuple[str, ...]
    written: tuple[str, ...]
    upcoming_before: tuple[str, ...]
    upcoming_after: tuple[str, ...]
    range_connectors: tuple[str, ...]
    policy_notice: tuple[str, ...] = ()
    issued: tuple[str, ...] = ()
    other_page: tuple[str, ...] = ()
    # [relative]: its lists by key, lower case ("ago", "one", "days", "yesterday"...)
    relative: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # [yearless] not_alone: month names read only with a year
    not_alone: frozenset[str] = frozenset()


@cache
def _data_file() -> dict[str, Any]:
    """crawler/data/date_patterns.toml, read once (each of its tables is compiled by the
    reader of that table)."""
    raw = (resources.files("crawler") / "data" / "date_patterns.toml").read_text("utf-8")
    return tomllib.loads(raw)


@cache
def _lexicon() -> _Lexicon:
    data = _data_file()
    months = {
        name.lower(): int(number) for number, names in data["months"].items() for name in names
    }
    labels = data["labels"]

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in labels[key])

    return _Lexicon(
        months,
        words("published"),
        words("generic"),
        words("updated"),
        words("clock"),
        words("footer"),
        words("effective_suffix"),
        words("weekdays"),
        words("weather"),
        tuple(str(w).lower() for w in labels.get("written", ())),
        words("upcoming_before"),
        words("upcoming_after"),
        tuple(str(w).lower() for w in labels.get("range_connectors", ())),
        tuple(str(w).lower() for w in labels.get("policy_notice", ())),
        tuple(str(w).lower() for w in labels.get("issued", ())),
        tuple(str(w).lower() for w in labels.get("other_page", ())),
        {
            key: tuple(str(w).lower() for w in words)
            for key, words in data.get("relative", {}).items()
        },
        frozenset(str(w).lower() for w in data.get("yearless", {}).get("not_alone", ())),
    )


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that "november" wins over "nov".

    A lookahead on the words' first characters leads it: Python's re tries every
    alternative at every position otherwise, which made long texts ~7x slower.
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    firsts = "".join(sorted({c for w in unique for c in (w[0], w[0].lower(), w[0].upper())}))
    body = "|".join(re.escape(w) for w in unique)
    return f"(?=[{re.escape(firsts)}])(?:{body})" if unique else "(?!)"


def _scanning_alternation(words: Iterable[str], whole_words: bool = False) -> re.Pattern[str]:
    """`re.compile(_alternation(words), re.I)`, with the same matches, for long texts.
    With `whole_words`, only words without a letter just before or after them (the
    same matches as `_NOT_LETTER_BEFORE` and `_NOT_LETTER_AFTER` around it).

    A case-insensitive pattern gives `re` no first-character set to scan for, so it
    runs the pattern at every position. Here a case-sensitive class of every character
    that can start a match comes first (`re` scans for it in C) and each word's first
    character is checked again, case-insensitively, by a lookbehind. Words keep their
    longest-first order within each first character.
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    by_first: dict[str, list[str]] = {}
    for word in unique:
        by_first.setdefault(word[0], []).append(word)
    firsts = "".join(re.escape(char) for char in by_first)
    starts = re.compile(f"[{firsts}]", re.I).findall(_all_characters()) if unique else []
    owners = [[c for c in by_first if re.fullmatch(re.escape(c), s, re.I)] for s in starts]
    if any(len(found) != 1 for found in owners):  # two first characters match one: keep
        plain = _alternation(words)  # the plain order (no such lexicon yet)
        if whole_words:
            plain = f"{_NOT_LETTER_BEFORE}(?:{plain}){_NOT_LETTER_AFTER}"
        return re.compile(plain, re.I)
    branches = "|".join(
        f"(?<={re.escape(first)})(?:{'|'.join(re.escape(w[1:]) for w in group)})"
        for first, group in by_first.items()
    )
    # No letter before the first character: checked after it, not to lose the scan.
    before, after = (r"(?<![^\W\d_].)", _NOT_LETTER_AFTER) if whole_words else ("", "")
    return re.compile(f"[{''.join(map(re.escape, starts))}]{before}(?i:{branches}){after}")


def _all_characters() -> str:
    """Every code point once (1.1 M): what a case-insensitive class can match is found by
    trying them all (~40 ms; not kept, the string takes 4.4 MB)."""
    codes = array("I", range(sys.maxunicode + 1)).tobytes()
    return codes.decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be", "surrogatepass")


# --------------------------------------------------------------------------------------
# Text

# Full-width digits and punctuation, ideographic space, no-break space: one character
# for one, so that match offsets stay valid in the original text.
_FOLDED = {
    **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian
    "／": "/",
    "－": "-",
    "．": ".",
    "：": ":",
    "（": "(",
    "）": ")",
    "［": "[",
    "］": "]",
    "，": ",",
    "\u3000": " ",
    "\xa0": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
}
_FOLDABLE = re.compile("[" + "".join(re.escape(char) for char in _FOLDED) + "]")

_Y4 = r"(?:199\d|20\d\d)"
# A numeric date must not touch another digit or digit group (phones, versions, IPs).
_NUM_BEFORE = r"(?<!\d)(?<!\d[-/.])"
_NUM_AFTER = r"(?!\d)(?![-/.]\d)"
# A month name is matched as any word (or two: Arabic "تشرين الأول") and then looked up:
# a 400-word alternation tried at every position is 50 times slower.
# A word's letters, and the vowel signs and other marks of the Indic scripts (नवंबर,
# सितम्बर: Python's \w leaves out combining marks, and a Hindi month name has them).
_INDIC_MARKS = (
    r"\u0900-\u0965\u0970-\u09e5\u09f0-\u0a65\u0a70-\u0ae5\u0af0-\u0b65\u0b70-\u0be5"
    r"\u0bf0-\u0c65\u0c70-\u0ce5\u0cf0-\u0d65\u0d70-\u0dff"
)
_WORD = rf"(?:[^\W\d_]|[{_INDIC_MARKS}]){{2,12}}"
_WORDS = rf"{_WORD}(?:\s{_WORD})?"
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
# Letters of alphabetic scripts: a Latin or Cyrillic label must not be part of a longer
# word ("date" in "update"); Chinese labels sit inside runs of text ("信息发布时间：").
_ALPHABETIC = r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
# A year-less 11-20 must be bracketed, or at the start or the end of the snippet (where a
# time may follow it): mid-sentence it is more often a range ("10-12 岁").
_MD = r"(?P<m>\d\d)-(?P<d>\d\d)"
_TIME_TO_END = r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*$"


# Chinese numerals: the zero of a year (二〇二四, also typed ○ or 零) and the digits.
_ZH_ZERO = "〇○零"
_ZH_DIGITS = {
    **{zero: 0 for zero in _ZH_ZERO},
    **{digit: value for value, digit in enumerate("一二三四五六七八九", 1)},
}


def _zh_number(text: str) -> int:
    """二〇二四 -> 2024 (digit by digit); 十一 -> 11, 二十 -> 20, 三十一 -> 31, 九 -> 9."""
    if "十" not in text:
        return int("".join(str(_ZH_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[units] if units else 0)


_RELATIVE_UNITS = {"minutes": 0, "hours": 0, "days": 1, "weeks": 7, "months": 30, "years": 365}
_LATIN_LETTER = "A-Za-z\u00c0-\u024f"


def _relative_words(words: Iterable[str]) -> str:
    """An alternation of [relative] words: Latin ones as whole words (not "ago" in
    "Chicago", not "a" ending a word), others (Chinese) as they stand."""
    latin = [w for w in words if w[:1].isascii()]
    other = [w for w in words if w not in latin]
    parts = [_alternation(other)] if other else []
    if latin:
        parts.append(f"(?<![{_LATIN_LETTER}])(?:{_alternation(latin)})(?![{_LATIN_LETTER}])")
    return "|".join(parts) or "(?!)"


@cache
def _relative_pattern() -> str:
    """A date told relative to now ([relative] in date_patterns.toml): a count and a
    unit and an "ago" ("2 days ago", "an hour ago", "3天前"), or a word alone
    ("yesterday", "昨天")."""
    lex = _lexicon().relative
    units = "|".join(f"(?P<{key}>{_relative_words(lex.get(key, ()))})" for key in _RELATIVE_UNITS)
    count = rf"(?<![\d.,:/-])(?P<n>\d{{1,3}})|{_relative_words(lex.get('one', ()))}"
    return (
        rf"(?:(?:{count})\s*(?:{units})\s*(?:{_relative_words(lex.get('ago', ()))})"
        rf"|(?P<yesterday>{_relative_words(lex.get('yesterday', ()))})"
        rf"|(?P<day_before_yesterday>{_relative_words(lex.get('day_before_yesterday', ()))}))"
    )


@cache
def _relative_needle() -> re.Pattern[str]:
    """Any word a relative date needs (its "ago", or a word alone): a test first."""
    lex = _lexicon().relative
    words = [*lex.get("ago", ()), *lex.get("yesterday", ()), *lex.get("day_before_yesterday", ())]
    return _scanning_alternation(words)


@cache
def _wordy_relative_needle() -> re.Pattern[str]:
    """What a relative date without a digit needs ("Yesterday", "an hour ago", "昨天"):
    a scan for its words (`_scanning_alternation`: ~0.1 µs on a menu link's text)."""
    lex = _lexicon().relative
    words = [
        *lex.get("yesterday", ()),
        *lex.get("day_before_yesterday", ()),
        *(word for word in lex.get("ago", ()) if word.isascii()),
    ]
    return _scanning_alternation(words)


@cache
def _whole_relative() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_relative_pattern()})\s*", re.IGNORECASE)


def reads_as_relative(text: str) -> bool:
    """Whether `text` is a date told relative to now and nothing else ("2 days ago",
    "昨天"): the homepage sweep's newest date, as the text shows it."""
    return _whole_relative().fullmatch(text) is not None


def may_be_wordy_relative(text: str) -> bool:
    """Whether a text without digits may hold a relative date ("Yesterday", "a day
    ago", "昨天"): the list finder's test before it reads a digitless item's date."""
    return _wordy_relative_needle().search(text) is not None


def _relative_date(match: re.Match[str], now: date) -> date:
    if match["yesterday"]:
        return now - timedelta(days=1)
    if match["day_before_yesterday"]:
        return now - timedelta(days=2)
    count = int(match["n"]) if match["n"] else 1
    unit = next(key for key in _RELATIVE_UNITS if match[key])
    if unit == "hours":
        return now - timedelta(days=count // 24)
    return now - timedelta(days=count * _RELATIVE_UNITS[unit])


_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_YEARLESS_WORD_KINDS = frozenset({"month_day_yearless", "day_month_yearless"})
_YEARLESS_KINDS = frozenset({"md"}) | _YEARLESS_WORD_KINDS
_PROSE_KINDS = _YEARLESS_WORD_KINDS | {"relative"}
# The signal of a year-less month-name date ("Nov 20"): a page's date only where its
# list's items are read, never in a page's class elements ("Jul 10" on a saved tweet).
_MONTH_NAME = "month_name"
# The signal of a date told relative to now ("2 days ago"): a list item's machine date
# (its <time datetime>, its URL's) wins over it, in case the page was cached or built
# ahead (its "2 days ago" frozen).
RELATIVE = "relative"
_RELATIVE_OPENS = re.compile(r"[’']s\b|\s*[,，、]\s*(?:[^\W\d_A-Z]|[\u3400-\u4dbf\u4e00-\u9fff])")
_YEAR_BEFORE = re.compile(rf"(?<!\d){_Y4}\.?\s+(?:m\.\s*)?$")
# A count after a word alone ("昨日：120", "Yesterday: 34", "Yesterday 1,024"): a
# visitor counter's row, not a day; "昨天 14:30", "昨天 14点30分", "昨天15时",
# "Yesterday 5 pm" are times.
_COUNT_AFTER = re.compile(
    r"[ \t]*[:：]?[ \t]*\d[\d,]*(?![\d,]*[ \t]*(?:[:：.][ \t]*\d|[点點时時](?![击擊])))"
    r"(?![ \t]*[ap]\.?m\b)",
    re.I,
)


def _in_prose(text: str, match: re.Match[str], kind: str) -> bool:
    """Whether a year-less month-name date or a relative date stands in a sentence, not
    as an item's date: a lower-case word right before it ("At its November 4 meeting",
    "the storm hit 3 days ago"), or, for a month-name one, right after it (past a
    comma: "On May 3, the town...", "begins October 5 and"); a Chinese one that runs
    on into the text around it ("3天前发生的")."""
    start, end = match.start(), match.end()
    if kind in _YEARLESS_WORD_KINDS and (
        match["mon"].split()[-1 if kind == "month_day_yearless" else 0].lower()
        in _lexicon().not_alone
    ):
        return True  # "Set 2", "Gen 2 vaccine": other words
    if kind == "month_day_yearless":
        start = match.end("mon") - len(match["mon"].split()[-1])  # "Admin Nov 20": Nov
        if _YEAR_BEFORE.search(text, max(0, start - 12), start):
            return True  # "2024. november 20." (Hungarian): the full form's
    if _CJK_LETTER.match(text, end) or (start and _CJK_LETTER.match(text, start - 1)):
        return True
    before = text[max(0, start - 30) : start].split()
    if before and before[-1].isalpha() and before[-1].islower():
        return True
    if kind == "relative":
        if (match["yesterday"] or match["day_before_yesterday"]) and _COUNT_AFTER.match(text, end):
            return True  # a visitor counter's "昨日：120", "Yesterday: 34": no date
        # a headline that opens with it: "Yesterday's storm...", "Yesterday, the
        # council...", "昨天，我县召开..." (a sentence's first words, not the item's date).
        # Only where it opens the line: after a title, "Posted 2 days ago, in News" or
        # "3小时前，来源：..." is the item's date and its byline.
        opening = text[text.rfind("\n", 0, start) + 1 : start]
        return (
            not any(ch.isalnum() for ch in opening) and _RELATIVE_OPENS.match(text, end) is not None
        )
    after = text[end : end + 30].lstrip(" \t,;")
    return bool(after) and after[0].islower()


@dataclass(frozen=True)
class _Form:
    pattern: re.Pattern[str]
    kind: str  # "ymd", "mdy_or_dmy", "roc", "era", "zh_numerals", "month_day", "day_month",
    # "md" (year-less), "ymd_split" (a card's "24 2026.11")
    # The form can only match a text that holds one of these (a cheap test first).
    needles: tuple[str, ...] = ()


@cache
def _forms(multiline: bool = False) -> tuple[_Form, ...]:
    flags = re.IGNORECASE
    specs = [
        # 令和6年11月20日, 平成31年4月30日, 令和元年5月1日 (Japanese eras, [eras])
        (
            rf"(?P<era>{_alternation(_eras())})\s*(?P<y>\d{{1,2}}|元)\s*年\s*(?P<m>\d{{1,2}})\s*月"
            r"\s*(?P<d>\d{1,2})(?:\s*日)?(?!\d)",
            "era",
        ),
        # 中華民國113年11月20日, 民國113/11/20
        (
            r"(?:中華民國|中华民国|民國|民国)\s*(?P<y>\d{2,3})\s*"
            r"(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?:\s*日)?|"
            r"(?P<s>[-/.])(?P<m2>\d{1,2})(?P=s)(?P<d2>\d{1,2}))(?!\d)",
            "roc",
        ),
        # 2024年11月20日, 2024년 11월 20일
        (
            rf"(?<!\d)(?P<y>{_Y4})\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월]\s*(?P<d>\d{{1,2}})"
            r"(?:\s*[日号號일])?(?!\d)",
            "ymd",
        ),
        # 113年11月20日: a three-digit year with 年 is an ROC year
        (
            r"(?<!\d)(?P<y>1\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?:\s*日)?(?!\d)",
            "roc",
        ),
        # 2024-11-20, 2024/1/5, 2024.11.20, 2024. 11. 20.
        (
            rf"{_NUM_BEFORE}(?P<y>{_Y4})(?P<s>[-/]|\. ?)(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}})"
            rf"{_NUM_AFTER}",
            "ymd",
        ),
        # 20.11.2024, 20-11-2024, 11/20/2024
        (
            rf"{_NUM_BEFORE}(?P<d>\d{{1,2}})(?P<s>[-/]|\. ?)(?P<m>\d{{1,2}})(?P=s)(?P<y>{_Y4})"
            rf"{_NUM_AFTER}",
            "mdy_or_dmy",
        ),
        # 113-11-20: ROC year 100-149, two-digit month and day
        (
            rf"{_NUM_BEFORE}(?P<y>1[0-4]\d)(?P<s>[-/.])(?P<m>\d\d)(?P=s)(?P<d>\d\d){_NUM_AFTER}",
            "roc",
        ),
        # 24 2026-11, 2026.11 24: a card's date box of two parts, the day large over
        # its year and month (<h3>24</h3><p>2026.11</p>, <span>2026-11</span><b>24</b>:
        # 博达 VSB's and other CMSs' news cards), read as one text with a space between;
        # not a number before a full date ("阅读 5 2026-11-20"), nor a count after a
        # month ("2026.11 12家": the day stands alone)
        # (What may stand before them is tested on each match, `_split_card_start`: a
        # look-behind first would cost a regex step at every character of the text.)
        (
            rf"(?P<d>\d{{1,2}})\s+(?P<y>{_Y4})(?P<s>[-/.])(?P<m>\d{{1,2}}){_NUM_AFTER}",
            "ymd_split",
        ),
        (
            rf"(?P<y>{_Y4})(?P<s>[-/.])(?P<m>\d{{1,2}})\s+(?P<d>\d{{1,2}})(?![\w.:/-])",
            "ymd_split",
        ),
        # November 20, 2024 / Nov. 20th 2024 / Wednesday November 20 2024
        (
            rf"{_NOT_LETTER_BEFORE}(?P<mon>{_WORDS}){_NOT_LETTER_AFTER}\.?\s*"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(?P<y>{_Y4})(?!\d)",
            "month_day",
        ),
        # 20 November 2024, 20. listopada 2024, 20 de noviembre de 2024, 20-Nov-2024,
        # 24 نيسان / أبريل 2020
        (
            rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º)?(?:\.?[\s-]+|\.)"
            rf"(?:(?:de|of)\s+|d['’])?(?P<mon>{_WORDS}){_NOT_LETTER_AFTER}\.?"
            rf"(?:\s*/\s*{_WORD})?,?[\s-]+(?:(?:de|del)\s+)?(?P<y>{_Y4})(?!\d)",
            "day_month",
        ),
        # 2024. november 20. (Hungarian), 2024 m. lapkričio 20 d. (Lithuanian); not a
        # year before an English date ("Tender 012/2024-2025 September 20, 2024": the
        # year that follows is the date's)
        (
            rf"(?<!\d)(?P<y>{_Y4})\.?\s+(?:m\.\s*)?(?P<mon>{_WORDS}){_NOT_LETTER_AFTER}\.?\s+"
            rf"(?P<d>\d{{1,2}})(?!\d)(?!(?:st|nd|rd|th)?\s*,?\s*{_Y4}(?!\d))",
            "day_month",
        ),
        # 二〇二四年十一月二十日 (a 公文's 落款 in Chinese numerals; 〇 often typed ○ or 零)
        (
            rf"(?P<y>二[{_ZH_ZERO}][{_ZH_ZERO}一二三四五六七八九]{{2}})\s*年\s*"
            r"(?P<m>十[一二]?|[一二三四五六七八九])\s*月\s*"
            r"(?P<d>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
            r"\s*[日号]",
            "zh_numerals",
        ),
        # 11月20日
        (r"(?<![\d年년])(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日号號일]", "md"),
        # [11-20], (11-20), 【11-20】
        (rf"(?<=[\[(【〔「<]){_MD}(?=[\])】〕」>])", "md"),
        # 11-20 标题
        (rf"^\s*{_MD}(?=\s)", "md"),
        # 标题 11-20, 标题 11-20 10:30
        (rf"(?<![\d\-/.:]){_MD}(?={_TIME_TO_END})", "md"),
        # Nov 20, November 20th, Dec 09, 6:00 PM (a post card's date in the current
        # year: Wix, Squarespace; an events list's): year-less, not in prose
        # (`_in_prose`); "Nov 20, 2024" is the longer match of the full form
        (
            rf"{_NOT_LETTER_BEFORE}(?P<mon>{_WORDS}){_NOT_LETTER_AFTER}\.?[ \t]*"
            r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?![-/.]\d)"
            rf"(?!\s*,?\s*{_Y4}(?!\d))",
            "month_day_yearless",
        ),
        # 20 Nov, 20th November, 5-Dec
        (
            r"(?<![\d.:/-])(?P<d>\d{1,2})(?:st|nd|rd|th|er|º)?(?:\.?[ \t-]+|\.)"
            rf"(?:(?:de|of)[ \t]+)?(?P<mon>{_WORD}){_NOT_LETTER_AFTER}"
            rf"(?!\.?(?:\s*/\s*{_WORD})?,?[\s-]+(?:(?:de|del)\s+)?{_Y4}(?!\d))"
            # not the number before a full date ("Road Project 1 September 1, 2025")
            rf"(?!\.?[ \t]*\d{{1,2}}(?:st|nd|rd|th)?[ \t]*,?[ \t]*{_Y4}(?!\d))",
            "day_month_yearless",
        ),
        # 2 days ago, 3 hours ago, a week ago, yesterday, 3天前, 昨天 ([relative])
        (_relative_pattern(), "relative"),
    ]
    if multiline:  # ^ and $ at every line of a many-line text (newest_date_in_page_text)
        flags |= re.MULTILINE
    return tuple(
        _Form(re.compile(p, flags), kind, _NEEDLES[index]) for index, (p, kind) in enumerate(specs)
    )


_SEPARATORS = ("-", "/", ".")
_MONTH_WORDS = ("<month word>",)  # tested with one search for any month name
_RELATIVE_WORDS = ("<relative word>",)  # tested with one search for "ago", "前", "yesterday"
# Per form of _forms(), in order: substrings it cannot match without.
_NEEDLES: tuple[tuple[str, ...], ...] = (
    ("年",),
    ("民國", "民国"),
    ("年", "년"),
    ("年",),
    _SEPARATORS,
    _SEPARATORS,
    _SEPARATORS,
    _SEPARATORS,
    _SEPARATORS,
    _MONTH_WORDS,
    _MONTH_WORDS,
    _MONTH_WORDS,
    tuple(_ZH_ZERO),
    ("月", "월"),
    ("[", "(", "【", "〔", "「", "<"),
    ("-",),
    ("-",),
    _MONTH_WORDS,
    _MONTH_WORDS,
    _RELATIVE_WORDS,
)


@cache
def _month_word_pattern() -> re.Pattern[str]:
    """Any month name of any language the lexicon knows (a test before the word forms),
    as a whole word. Scanning (see `_scanning_alternation`): 3x faster over the dated
    lines of an English page."""
    return _scanning_alternation(_lexicon().months, whole_words=True)


@cache
def _marker_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = _lexicon()
    # "今天是 2026年11月25日", "© 2024-11-20": the marker shortly before the date
    before = re.compile(rf"(?:{_alternation(lex.clock + lex.footer)})[\s:：,，是为為]*$", re.I)
    effective = re.compile(rf"\s*(?:{_alternation(lex.effective_suffix)})")
    footer = re.compile(_alternation(lex.footer), re.I)
    return before, effective, footer


def _after_marker(before: re.Pattern[str], text: str, floor: int, start: int) -> bool:
    """Whether a clock's or a footer's marker (`before`) stands right before the date at
    `start` (from `floor` on), or before a weekday right before it ("Today: Thursday,
    November 26", a library's hours bar): the weekday is looked for first, with one
    `endswith`, so a date without one costs the marker's search only."""
    if before.search(text, max(floor, start - 16), start) is not None:
        return True
    head = text[max(floor, start - _WEEKDAY_CHARS) : start].rstrip(" ,，").lower()
    weekday = head.endswith(_weekday_words()) and next(
        (w for w in _weekday_words() if head.endswith(w)), ""
    )
    if not weekday:
        return False
    at = max(floor, start - _WEEKDAY_CHARS) + len(head) - len(weekday)
    return before.search(text, max(floor, at - 16), at) is not None


_WEEKDAY_CHARS = 12  # "wednesday, " and its spaces


@cache
def _weekday_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in _lexicon().weekdays)


@cache
def _upcoming_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a deadline's or an event's word right before a date, one right after it):
    such a date after tomorrow is what an item announces, not when it was published.
    Words in Latin letters only as whole words ("to" is not the end of "photo")."""
    lex = _lexicon()

    def alternation(words: tuple[str, ...], before: bool) -> str:
        latin = [w for w in words if w[:1].isascii() and w[:1].isalpha()]
        other = [w for w in words if w not in latin]
        parts = [_alternation(other)] if other else []
        if latin:
            edge = r"(?<![a-z])" if before else ""
            parts.append(f"{edge}(?:{_alternation(latin)})" + ("" if before else r"(?![a-z])"))
        return "|".join(parts) or "(?!)"

    return (
        re.compile(rf"(?:{alternation(lex.upcoming_before, True)})[\s:：,，]*$", re.I),
        re.compile(rf"\s*(?:{alternation(lex.upcoming_after, False)})", re.I),
    )


def has_footer_marker(text: str) -> bool:
    """Whether `text` holds footer boilerplate (a copyright line, an ICP filing or
    公网安备 number, a 网站标识码: `footer` in date_patterns.toml)."""
    return _marker_patterns()[2].search(text) is not None


def is_deadline_label(text: str) -> bool:
    """Whether a short label names a deadline's or an event's date (a table's header
    cell "Closing Date", "Comment Deadline", "截止日期", "开标时间": it ends with an
    `upcoming_before` word, as a label right before its date does)."""
    if not text or len(text) > _MAX_DEADLINE_LABEL:
        return False
    folded = fold(text)
    found = _upcoming_patterns()[0].search(folded)
    if found is None:
        return False
    # A one-character word ends a longer one ("收到": received, not "到").
    word = found[0].rstrip(" \t:：,，")
    return len(word) > 1 or found.start() == 0 or not folded[found.start() - 1].isalpha()


_MAX_DEADLINE_LABEL = 40


def is_date_label(text: str) -> bool:
    """Whether a table's header cell names the day its rows were posted or updated, and
    nothing else: a label of [labels] published, updated or generic, whole (發布日期,
    公告日期, 更新日期, 日期, "Date"; not 截止日期 nor 活動日期)."""
    if not text or len(text) > _MAX_DEADLINE_LABEL:
        return False
    return fold(text).strip(" \t:：").lower() in _date_labels()


@cache
def _date_labels() -> frozenset[str]:
    lex = _lexicon()
    return frozenset((*lex.published, *lex.updated, *lex.generic))


# 1151120: ROC year 100-149, two-digit month and day, no separator.
_COMPACT_ROC = re.compile(r"\s*(1[0-4]\d)([01]\d)([0-3]\d)\s*")


def compact_roc_date(text: str) -> date | None:
    """A seven-digit ROC date (1151120 = 民國115年11月20日, as Taiwan's document
    systems write a 發布日期 cell) when it is the whole `text`, else None. The caller
    reads it only where the context says date (a cell under a date header,
    `is_date_label`): elsewhere such a number is a phone number, an ID or a 文號."""
    found = _COMPACT_ROC.fullmatch(fold(text))
    if found is None:
        return None
    return _make(int(found[1]) + 1911, int(found[2]), int(found[3]))


def fold(text: str) -> str:
    """Full-width digits and punctuation to ASCII, one character for one."""
    # Only the foldable characters are looked up: `str.translate` looks up every
    # character of a CJK text (six times slower on a homepage's dated lines). And each
    # one found is replaced all through the text at once: a list's hundreds of
    # "（2026-11-20）" are two characters, not hundreds of Python calls.
    found = _FOLDABLE.search(text)
    while found is not None:
        char = found.group()
        text = text.replace(char, _FOLDED[char])
        # What it folds to is ASCII, never foldable: none is left before this point.
        found = _FOLDABLE.search(text, found.start() + 1)
    return text


def _plausible(value: date, now: date) -> bool:
    return EARLIEST <= value <= now + SLACK


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _yearless(month: int, day: int, now: date) -> date | None:
    """The most recent month-day not after now + slack (Feb 29 looks back to a leap year)."""
    return latest_day(month, day, now + SLACK)


# A year-less month-name date this many days ahead at most is an upcoming one (an events
# list's "Dec 09, 6:00 PM", "Jan 13" on 2026-11-25: this year's or the next, within a
# couple of months), not one of last year's; further ahead it is last year's.
_UPCOMING = timedelta(days=62)


def _yearless_or_upcoming(month: int, day: int, now: date) -> date | None:
    """A year-less month-name date ("Nov 20", "Dec 8"): the latest such day not after
    now + slack (as [11-20]), unless its next one is at most `_UPCOMING` ahead: then
    that one (after tomorrow: an event's or a deadline's, no update)."""
    latest = _yearless(month, day, now)
    if latest is None:
        return None
    upcoming = _make(latest.year + 1, month, day)
    if upcoming is not None and upcoming - now <= _UPCOMING:
        return upcoming
    return latest


def latest_day(month: int, day: int, latest: date) -> date | None:
    """The most recent month-day not after `latest` (Feb 29 looks back to a leap year)."""
    for year in range(latest.year, latest.year - 9, -1):
        value = _make(year, month, day)
        if value is not None and value <= latest:
            return value
    return None


def years_by_order(days: Sequence[date], yearless: Container[int]) -> dict[int, date]:
    """The years of a list's year-less dates from its order, when it is newest first.

    `days` are a list's dates in its order (pinned items left out), each year-less one
    (its position in `yearless`) read alone: the latest such day not after today. On
    2026-11-25 a dead list's [12-28] is 2025-12-28, and the [11-20] below it would be
    2026-11-20, a list that goes up; in a newest-first list the [11-20] below
    2025-12-28 is 2025-11-20. A list is taken as newest first when most of its steps go
    down (its month-days; one step up per new year it crosses). A year-less date whose
    own reading goes up takes the year that keeps the list going down when that step
    is a regular one (not more than `_REGULAR_STEP` times the list's typical step, at
    least `_MIN_STEP_LIMIT` days); a longer one is an item out of order above it (a
    pinned one without a marker). Returns {position: its date} of the dates moved."""
    steps: list[int] = []  # days down from each date to the next, by month-day
    ups = 0
    for above, below in pairwise(days):
        down = (_month_day(above) - _month_day(below)) % 365
        if down == 0:
            continue
        if down > 182:
            ups += 1
        steps.append(down)
    downs = len(steps) - ups
    if downs < 2 or downs < 2 * ups:
        return {}  # not newest first (oldest first, or in no order)
    regular = sorted(step for step in steps if step <= 182)
    limit = max(_MIN_STEP_LIMIT, _REGULAR_STEP * regular[len(regular) // 2])
    moved: dict[int, date] = {}
    previous: date | None = None
    for index, value in enumerate(days):
        if index in yearless and previous is not None and value > previous:
            earlier = latest_day(value.month, value.day, previous)
            if earlier is not None and (previous - earlier).days <= limit:
                value = moved[index] = earlier
        previous = value
    return moved


_REGULAR_STEP = 3  # a step of the list this many times its typical step is not one
_MIN_STEP_LIMIT = 7  # days


def _month_day(day: date) -> int:
    """The day of the year of a month-day, in a year of 365 days (02-29 as 02-28)."""
    return (date(2001, day.month, min(day.day, 28 if day.month == 2 else day.day))).toordinal()


def _month_number(words: str, last_word: bool) -> int | None:
    """The month a matched word (or two) names: "Wednesday November" and "noviembre de" too."""
    months = _lexicon().months
    words = words.lower()
    number = months.get(words)
    if number is None and len(parts := words.split()) > 1:
        number = months.get(parts[-1] if last_word else parts[0])
    return number


def _resolve(match: re.Match[str], kind: str, now: date, order: str | None = None) -> date | None:
    groups = match.groupdict()
    if kind == "md":
        return _yearless(int(groups["m"]), int(groups["d"]), now)
    if kind == "era":
        year = 1 if groups["y"] == "元" else int(groups["y"])
        return _make(_eras()[groups["era"]] + year, int(groups["m"]), int(groups["d"]))
    if kind == "roc":
        month = groups.get("m") or groups.get("m2")
        day = groups.get("d") or groups.get("d2")
        if month is None or day is None:
            return None
        return _make(int(groups["y"]) + 1911, int(month), int(day))
    if kind == "zh_numerals":
        return _make(_zh_number(groups["y"]), _zh_number(groups["m"]), _zh_number(groups["d"]))
    if kind == "relative":
        return _relative_date(match, now)
    if kind in _YEARLESS_WORD_KINDS:
        month_number = _month_number(groups["mon"], last_word=kind == "month_day_yearless")
        if month_number is None:
            return None
        return _yearless_or_upcoming(month_number, int(groups["d"]), now)
    if kind in ("month_day", "day_month"):
        month_number = _month_number(groups["mon"], last_word=kind == "month_day")
        if month_number is None:
            return None
        return _make(int(groups["y"]), month_number, int(groups["d"]))
    year, month, day = int(groups["y"]), int(groups["m"]), int(groups["d"])
    if kind == "ymd":
        return _make(year, month, day)
    if kind == "ymd_split":
        # A card's date box shows an event's day as often as a post's (讲座预告's cards
        # are the news cards' twins): one ahead of today is no post's, not even tomorrow's.
        found = _make(year, month, day)
        return found if found is not None and found <= now else None
    # mdy_or_dmy: "d" holds the first number, "m" the second
    if day <= 12 and month <= 12 and day != month:  # 05/11/2024: either order
        # (A reading after now is not a date: never the other reading instead. An
        # upcoming 12/03/2024 on a US page is not 12 March.)
        month_first = order == "mdy" if order else groups["s"] == "/"
        return _make(year, day, month) if month_first else _make(year, month, day)
    if month > 12 >= day:
        day, month = month, day  # 11/20/2024 or 11-20-2024
    return _make(year, month, day)


def _order_signal(match: re.Match[str]) -> str | None:
    """What a day-first-or-month-first date says about its page's order: "dmy"
    (20/11/2024), "mdy" (11/20/2024), "ambiguous" (05/11/2024), None (05/05/2024)."""
    first, second = int(match["d"]), int(match["m"])
    if first > 12 >= second:
        return "dmy"
    if second > 12 >= first:
        return "mdy"
    return "ambiguous" if first != second and first <= 12 and second <= 12 else None


def order_of_signals(dmy: int, mdy: int, locale: str | None) -> str | None:
    """A page's numeric date order: what most of its unambiguous dates say, else its
    locale's (`locale_order`), else None (the defaults of `_resolve`)."""
    if dmy != mdy:
        return "dmy" if dmy > mdy else "mdy"
    return locale


@cache
def _eras() -> dict[str, int]:
    """Era names and the year before each era's first ([eras]: 令和 = 2018)."""
    return {str(name): int(base) for name, base in _data_file()["eras"].items()}


@cache
def _locale_orders() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    data: dict[str, Any] = _data_file()["numeric_order"]
    languages = {str(w).lower(): "dmy" for w in data["day_first_languages"]}
    languages.update({str(w).lower(): "mdy" for w in data["month_first_languages"]})
    suffixes = {str(w).lower(): "dmy" for w in data["day_first_suffixes"]}
    suffixes.update({str(w).lower(): "mdy" for w in data["month_first_suffixes"]})
    defaults = frozenset(str(w).lower() for w in data.get("cms_default_languages", ()))
    return languages, suffixes, defaults


@cache
def locale_order(language: str, host: str) -> str | None:
    """The numeric date order a page's locale implies: its `<html lang>` ("en-GB":
    "dmy", "en-US": "mdy", "fr": "dmy"; a bare "en" or "zh-Hant" says nothing), else
    its host's top-level domain (.uk, .au, .hk: "dmy"; .us, .gov: "mdy"); None when
    neither says (`crawler/data/date_patterns.toml`, [numeric_order]). A CMS's default
    tag (WordPress's "en-US") yields to a country domain that says otherwise."""
    languages, suffixes, defaults = _locale_orders()
    tag = language.strip().lower().replace("_", "-")
    domain = suffixes.get(host.lower().rstrip(".").rsplit(".", 1)[-1].split(":", 1)[0])
    if tag in defaults and domain is not None:
        return domain
    found = languages.get(tag) or languages.get(tag.split("-", 1)[0])
    if found is None and "-" in tag:  # zh-Hant-HK, en-Latn-GB: the region last
        found = languages.get(tag.split("-", 1)[0] + "-" + tag.rsplit("-", 1)[-1])
    return found if found is not None else domain


def host_of(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


_WORD_KINDS = frozenset({"month_day", "day_month"}) | _YEARLESS_WORD_KINDS


class _Span(NamedTuple):
    start: int
    end: int
    value: date | None  # None: shaped like a date but not one (it still hides sub-matches)
    yearless: bool
    signal: str | None  # `_order_signal` of a day-first-or-month-first date


class _Hit(NamedTuple):
    start: int
    end: int
    value: date
    yearless: bool
    signal: str | None


def _form_matches(text: str, multiline: bool) -> Iterator[tuple[int, _Form, re.Match[str]]]:
    """(rank, form, match) of every date form in `text`; forms that cannot match (by
    their needles) are not run, and word matches that name no month are dropped."""
    has_words: bool | None = None
    for rank, form in enumerate(_forms(multiline)):
        if form.needles is _MONTH_WORDS:
            if has_words is None:
                has_words = _month_word_pattern().search(text) is not None
            if not has_words:
                continue
        elif form.needles is _RELATIVE_WORDS:
            if _relative_needle().search(text) is None:
                continue
        elif form.needles and not any(map(text.__contains__, form.needles)):
            continue  # (map over the C method: no Python frame per needle)
        for match in form.pattern.finditer(text):
            if form.kind in _WORD_KINDS and (
                _month_number(match["mon"], last_word=form.kind != "day_month") is None
            ):
                continue  # "Volume 20, 2024": not a date, and it must not hide one
            if form.kind in _PROSE_KINDS and _in_prose(text, match, form.kind):
                continue
            if form.kind == "ymd_split" and not _split_card_start(text, match.start()):
                continue
            yield rank, form, match


def _split_card_start(text: str, start: int) -> bool:
    """Whether a card's split date may start at `start`: not after a digit, nor after a
    separator or a colon that follows one (a number's or a time's tail, "124 2026.11")."""
    if start == 0:
        return True
    before = text[start - 1]
    if before.isdigit():
        return False
    return before not in ".:/-" or not (start > 1 and text[start - 2].isdigit())


def _scan(text: str, now: date, multiline: bool = False, order: str | None = None) -> list[_Span]:
    """All date-shaped spans, leftmost-longest, without overlaps, in order."""
    candidates: list[tuple[int, int, int, re.Match[str], str]] = []
    for rank, form, match in _form_matches(text, multiline):
        candidates.append((match.start(), -match.end(), rank, match, form.kind))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    spans: list[_Span] = []
    last_end = -1
    for start, neg_end, _, match, kind in candidates:
        if start < last_end:
            continue
        last_end = -neg_end
        signal = (
            _order_signal(match)
            if kind == "mdy_or_dmy"
            else _MONTH_NAME
            if kind in _YEARLESS_WORD_KINDS
            else RELATIVE
            if kind == "relative"
            else None
        )
        spans.append(
            _Span(
                start, last_end, _resolve(match, kind, now, order), kind in _YEARLESS_KINDS, signal
            )
        )
    return spans


def _dates(
    text: str,
    now: date,
    order: str | None = None,
    skipped: list[str] | None = None,
    ahead: list[_Hit] | None = None,
) -> Iterator[_Hit]:
    """The plausible dates of a text, in order, with their spans (offsets into `text`).
    `skipped` gets the order signal of each day-first-or-month-first date left out as
    implausible (12/11/2024 read as 11 December, after now); `ahead` the dates after
    `now` + 1 day that are no clock, copyright, effective date, nor a day-first-or-
    month-first date whose other reading may be in the past (in the folded text)."""
    text = fold(text)
    # Most texts with digits hold no date ("第3批", "2026年工作要点"): the date forms
    # cost ~7 µs on such a list item, the shape test ~1 µs.
    if not _may_hold_date(text):
        return
    before, effective, _ = _marker_patterns()
    for span in _scan(text, now, order=order):
        value = span.value
        if value is None or not _plausible(value, now):
            if skipped is not None and span.signal is not None:
                skipped.append(span.signal)
            if (
                ahead is not None
                and value is not None
                and value > now + SLACK
                and span.signal != "ambiguous"
                and not _after_marker(before, text, 0, span.start)
                and not effective.match(text, span.end)
            ):
                ahead.append(_Hit(span.start, span.end, value, span.yearless, span.signal))
            continue
        if _after_marker(before, text, 0, span.start):
            continue  # a clock or a copyright line
        if effective.match(text, span.end):
            continue  # an effective date
        yield _Hit(span.start, span.end, value, span.yearless, span.signal)


def dates_in_text(text: str, now: date, order: str | None = None) -> list[date]:
    """Every plausible date in a short visible-text snippet (a list item, a line), in order of appearance."""  # noqa: E501
    return [hit.value for hit in _dates(text, now, order)]


def newest_date_in_text(text: str, now: date, order: str | None = None) -> date | None:
    found = dates_in_text(text, now, order)
    return max(found) if found else None


def first_date_in_text(text: str, now: date, order: str | None = None) -> date | None:
    return next((hit.value for hit in _dates(text, now, order)), None)


def shows_date(line: str, now: date) -> bool:
    """Whether a line of text shows a plausible date: a date cell's ("2026-11-24", read
    directly), else any form's (`first_date_in_text`) where one may be."""
    return shown_first_date(line, now)[0]


def shown_first_date(line: str, now: date) -> tuple[bool, date | None]:
    """(`shows_date`, `first_date_in_text`) of a line, its date forms read once where
    they are read at all."""
    folded = fold(line)
    cell = _DATE_LINE.match(folded)
    if cell is not None:
        day = _make(int(cell[1]), int(cell[3]), int(cell[4]))
        if day is None or not _plausible(day, now):
            return False, None
        return True, first_date_in_text(line, now)
    if not _may_hold_date(folded):
        return False, None
    first = first_date_in_text(line, now)
    return first is not None, first


_LEADING = " \t\r\n[(【〔「<|·•-—"
_TRAILING = " \t\r\n])】〕」>|·•-—"
_TRAILING_TIME = re.compile(r"\s*(?:\d{1,2}:\d\d(?::\d\d)?)?\s*$")  # "标题 11-20 10:30"


def item_date(text: str, now: date, order: str | None = None) -> date | None:
    """The date of one listed item: the one at either end of its text, else the newest.

    List items show their date before or after the title (`[11-20] 标题`, `标题 2024-11-20`);
    a date inside the title (`关于2025年11月1日起...的通知 2025-10-20`) is not the item's.
    """
    return item_date_signal(text, now, order)[0]


def item_date_signal(
    text: str, now: date, order: str | None = None
) -> tuple[date | None, str | None]:
    """`item_date`, and what that date says about the page's numeric order
    (`_order_signal`: "dmy", "mdy", "ambiguous" or None), or "yearless" for a date
    written without its year (`[11-20]`, `11月20日`: its year is a guess, which the
    item's URL or its list's order may correct)."""
    return item_dates(text, now, order)[:2]


_NO_ITEM_DATE: tuple[date | None, str | None, date | None] = (None, None, None)
_LETTER = re.compile(r"[^\W\d_]")


def item_dates(
    text: str, now: date, order: str | None = None
) -> tuple[date | None, str | None, date | None]:
    """`item_date_signal`, and the item's own date when it is after `now` + 1 day and
    the item shows no other date: a date at either end of its text, apart from the
    title (`2099-01-01 标题`, `标题 [2027-11-20]`), not a deadline's or an event's
    (`截止 2026-12-20`, `2027年3月5日举行`: `upcoming_*` in date_patterns.toml), an
    effective date, a clock's or one that may read either way (05/11/2027). Such a
    date is no update (the item is undated by it), but a typo or a faked date."""
    skipped: list[str] = []
    ahead: list[_Hit] = []
    found = list(_dates(text, now, order, skipped, ahead))
    if not found:  # 12/11/2024 after now in this order: perhaps not in the page's
        if not ahead:
            return (None, "ambiguous", None) if "ambiguous" in skipped else _NO_ITEM_DATE
        return None, "ambiguous" if "ambiguous" in skipped else None, _own_ahead(text, ahead)
    folded = fold(text)
    if len(found) > 1:
        # "Opened: 07/10/2026 · Closing date: 18/11/2026", "报名时间2026-11-01 ... 2026-10-20":
        # a deadline's or an event's date (`_announced`) is not the item's while it
        # shows another (one that is all it shows stays its date). A period's first day
        # ("2026年9月1日至…", its connector read as a deadline's word) is one of its own.
        own = [
            hit
            for index, hit in enumerate(found)
            if not _announced_at(folded, hit.start, hit.end)
            or (index + 1 < len(found) and _ends_period(folded, hit.end, found[index + 1].start))
        ]
        if own and len(own) < len(found):
            found = own
    lead = len(folded) - len(folded.lstrip(_LEADING))
    trail = len(folded.rstrip(_TRAILING))
    if _TRAILING_TIME.match(folded, min(found[-1].end, trail), trail):
        hit = found[-1]
    elif found[0].start <= lead:
        hit = found[0]
    else:
        hit = max(found, key=lambda found_hit: found_hit.value)
    index = found.index(hit)
    if index and _ends_period(folded, found[index - 1].end, hit.start):
        hit = found[index - 1]  # the end of a period: the item is of its start
    if hit.value > now and _announced_at(folded, hit.start, hit.end):
        # An event or a deadline still ahead ("讲座时间：" tomorrow, within the day of
        # slack that dates after now get): not when the item was posted.
        return _NO_ITEM_DATE
    return hit.value, "yearless" if hit.yearless else hit.signal, None


def _own_ahead(text: str, ahead: list[_Hit]) -> date | None:
    """The item's own date among `ahead` (dates after tomorrow of an item that shows no
    other): the last, if it ends the text, else the first, if it starts it; apart from
    the title's words, and not a deadline's or an event's."""
    folded = fold(text)
    lead = _past_weekday(folded, len(folded) - len(folded.lstrip(_LEADING)))
    trail = len(folded.rstrip(_TRAILING))
    last, first = ahead[-1], ahead[0]
    upcoming_before, upcoming_after = _upcoming_patterns()
    if _TRAILING_TIME.match(folded, min(last.end, trail), trail):
        hit = last
        if last.start and _LETTER.match(folded, last.start - 1):
            return None  # "…将于2027年3月5日": in the title's sentence
    elif first.start <= lead:
        hit = first
        if _LETTER.match(folded, first.end):
            return None  # "2027年3月5日举行…": the title's sentence starts with it
    else:
        return None  # inside the title
    if upcoming_before.search(folded, max(0, hit.start - 16), hit.start):
        return None
    if upcoming_after.match(folded, hit.end):
        return None
    return hit.value


def _past_weekday(text: str, at: int) -> int:
    """Where the text goes on after a weekday that starts it at `at` (a calendar's
    "Monday, November 30, 2026" atop its event: the day starts the item), else `at`."""
    head = text[at : at + _WEEKDAY_CHARS].lower()
    weekday = next((w for w in _weekday_words() if head.startswith(w)), "")
    end = at + len(weekday)
    if not weekday or _LETTER.match(text, end):
        return at
    return len(text) - len(text[end:].lstrip(" ,，、"))


def _ends_period(text: str, gap: int, start: int) -> bool:
    """Whether a date at `start` ends a period whose first day ends at `gap`: a range
    connector between them (`range_connectors`: "至", " - ", " to "), or white space and
    a connector the date's own form took in ("to November 20, 2026")."""
    between, leading = _range_connectors()
    if between.fullmatch(text, gap, start):
        return True
    return not text[gap:start].strip() and leading.match(text, start) is not None


@cache
def _range_connectors() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = _alternation(_lexicon().range_connectors)
    return re.compile(rf"\s*(?:{words})\s*", re.I), re.compile(rf"(?:{words})\s", re.I)


# --------------------------------------------------------------------------------------
# URLs

# Month and day after the year, per URL form.
_URL_TAILS = (
    # /2024/11/20/, /2024-11-20/, /2024_11_20, /2024-11/20/
    r"[/_-](?P<m>1[0-2]|0?[1-9])[/_-](?P<d>3[01]|[12]\d|0?[1-9])",
    # /202411/t20241120_123456.html, /20241120/, _20241120.htm (8 digits alone)
    r"(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])",
    # /2024/1120/ (people.com.cn), /202411/20/
    r"/(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])",
    r"(?P<m>1[0-2]|0[1-9])/(?P<d>3[01]|[12]\d|0[1-9])",
)
_URL_FORMS = tuple(re.compile(rf"(?<!\d)(?P<y>{_Y4}){tail}(?!\d)") for tail in _URL_TAILS)
# The same forms for many URLs at once: one pattern for 20xx and one for 199x years, led
# by those literal digits so that `re` scans for them in C (the "no digit before" is a
# lookbehind after them), with the four tails as alternatives and no groups (a match
# is one string; parsed once per distinct date). They find the same dates as the forms
# one by one: after a year at most one tail fits (two start with a separator, two with
# a digit, and each pair differs in what follows), and no match holds the start of
# another (no year starts inside one).
_ANY_URL_TAIL = "|".join(re.sub(r"\?P<[md]>", "?:", tail) for tail in _URL_TAILS)
_URL_DATES_BY_CENTURY = tuple(
    re.compile(rf"{year}(?:{_ANY_URL_TAIL})(?!\d)")
    for year in (r"20(?<!\d..)\d\d", r"199(?<!\d...)\d")
)
_DIGIT_RUNS = re.compile(r"\d+")


def date_in_url(url: str, now: date) -> date | None:
    """The date an article URL carries in its path (or query), if any."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    tail = unquote(parts.path) + ("?" + parts.query if parts.query else "")
    for form in _URL_FORMS:
        for match in form.finditer(tail):
            value = _make(int(match["y"]), int(match["m"]), int(match["d"]))
            if value is not None and _plausible(value, now):
                return value
    return None


# --------------------------------------------------------------------------------------
# Attribute values: meta content, time datetime, JSON-LD strings

_ISO_START = re.compile(rf"\s*(?P<y>{_Y4})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?!\d)")
# 20241120, also with a time: 202411201030, 20241120103000
_COMPACT = re.compile(rf"\s*(?P<y>{_Y4})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\d{{4}}|\d{{6}})?(?!\d)")
_EPOCH = re.compile(r"\s*(\d{10})(\d{3})?\s*$")


_UTC_TIME = re.compile(
    r"(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)\s*$", re.I
)


def _utc_minutes(value: str) -> int | None:
    """The time of day of a machine value written in UTC (`...T02:54:29Z`, `+00:00`,
    `GMT`), in minutes; None for any other value."""
    match = _UTC_TIME.search(value[:80])
    return None if match is None else int(match[1]) * 60 + int(match[2])


def parse_date_value(value: str, now: date) -> date | None:
    """A machine-written date (ISO 8601, YYYYMMDD, epoch seconds, RFC 2822, or any text form)."""
    if not value:
        return None
    value = value[:80]
    found: date | None = None
    match = _ISO_START.match(value) or _COMPACT.match(value)
    if match is not None:
        found = _make(int(match["y"]), int(match["m"]), int(match["d"]))
    elif (epoch := _EPOCH.match(value)) is not None:
        found = datetime.fromtimestamp(int(epoch[1]), tz=UTC).date()
    else:
        found = first_date_in_text(value, now)
    return found if found is not None and _plausible(found, now) else None


# --------------------------------------------------------------------------------------
# Pages

# Publication-date metas, best first (name, property, itemprop or http-equiv; lowercased).
_PUBLISHED_METAS: tuple[str, ...] = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "og:article:published",
    "article:publicationdate",
    "article:published_date",
    "article:post_date",
    "datepublished",
    "date_published",
    "publishdate",
    "publish_date",
    "publish-date",
    "pubdate",
    "publication_date",
    "published_time",
    "published_date",
    "published-date",
    "publisheddate",
    "publish_time",
    "firstpublishedtime",
    "originalpublicationdate",
    "article.published",
    "article_date_original",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dc.created",
    "dcterms.created",
    "dc.date.publication",
    "sailthru.date",
    "parsely-pub-date",
    "rnews:datepublished",
    "og:pubdate",
    "og:publish_date",
    "og:datepublished",
    "bt:pubdate",
    "rbpubdate",
    "cxenseparse:recs:publishtime",
    "dcsext.articlefirstpublished",
    "analyticsattributes.articledate",
    "mediator_published_time",
    "shareaholic:article_published_time",
    "vr:published_time",
    "twt-published-at",
    "displaydate",
    "pdate",
    "ptime",
    "datecreated",
    "date_created",
    "content_create_date",
    "createdate",
    "created",
    "dc.date",
    "dcterms.date",
    "dc:date",
    "date",
)
_META_RANK = {name: rank for rank, name in enumerate(dict.fromkeys(_PUBLISHED_METAS))}
# A journal's citation_publication_date is often its issue's day, weeks after the
# article went online (citation_online_date, "Published: 21 May 2025" beside "Issue
# Date: 05 June 2025"); some sites write their last change as citation_online_date: the
# two rank alike and the earlier wins (`_from_metas`).
_META_RANK["citation_online_date"] = _META_RANK["citation_publication_date"]
_MODIFIED_METAS: tuple[str, ...] = (
    "article:modified_time",
    "og:updated_time",
    "og:modified_time",
    "article:modified",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "lastmodifiedtime",
    "last-modified",
    "lastmodified",
    "lastmod",
    "modified",
    "updated_time",
)
_MODIFIED_RANK = {name: rank for rank, name in enumerate(_MODIFIED_METAS)}

# JSON-LD keys, best first; read with a regex (many blocks are not valid JSON).
_JSONLD_PUBLISHED = tuple(
    re.compile(rf'"{key}"\s*:\s*"([^"]{{6,60}})"')
    for key in ("datePublished", "dateCreated", "uploadDate")
)
_JSONLD_MODIFIED = (re.compile(r'"dateModified"\s*:\s*"([^"]{6,60})"'),)

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "textarea", "select", "svg"})
_SKIP_ROOTS = "noscript, svg, select, template"
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
        "td", "th", "thead", "tr", "ul", "title",
    }
)  # fmt: skip
_FOOTER_SELECTOR = (
    "footer, [id*=footer i], [class*=footer i], [id*=copyright i], [class*=copyright i], "
    "#bottom, .bottom, #foot, .foot"
)
# Elements whose class or id says they hold a date (bylines, "post-meta", "info" bars).
_DATE_CUES = (
    "date", "time", "publish", "posted", "byline", "datum", "fecha", "pubdate",
    "entry-meta", "post-meta", "article-info", "article__info", "meta-info", "info",
)  # fmt: skip
_DATE_CLASS_SELECTOR = ", ".join(
    f"[{attr}*={cue} i]" for cue in _DATE_CUES for attr in ("class", "id")
)
_MAX_CLASS_TEXT = 120
_DATELINE_CHARS = 60  # a block this short with a date in it is a dateline


@dataclass
class _PageText:
    """Visible text of a page in blocks, computed once per page_date call."""

    blocks: list[str]
    footer: list[bool]


# A script in the text that writes a date where it stands (TRS and jpaas templates:
# 发布时间：<script>var pubtime="2026-11-20 15:12:08";document.write(pubtime.substring(0,16))
# </script>): its quoted literals that hold a date are read as shown text.
_WRITES = "document.write"
_QUOTED = re.compile(r"""(["'])([^"'\n<>]{6,40})\1""")
_WRITTEN_LITERALS = 3  # the first few quoted strings of such a script


def _written_date(script: str) -> str | None:
    """The first quoted literal with a full date in an inline script that writes into
    the page (`document.write`), as text; None for any other script."""
    if _WRITES not in script:
        return None
    for index, match in enumerate(_QUOTED.finditer(script)):
        if index >= _WRITTEN_LITERALS:
            break
        if _WRITTEN_DATE.match(match[2]):
            return match[2].strip()
    return None


# A literal that opens with a full date: 2026-11-20 15:12, 2026/11/20, 2026年11月20日.
_WRITTEN_DATE = re.compile(
    rf"\s*{_Y4}(?:([-/.])\d{{1,2}}\1\d{{1,2}}|\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}})(?!\d)"
)


def _page_text(
    tree: LexborHTMLParser,
    skip_footer: bool = False,
    hidden: set[int] | None = None,
    scripts: bool = False,
) -> _PageText:
    """The visible text in blocks. With `scripts`, a date an inline script writes where
    it stands (`_written_date`) counts as text there."""
    body = tree.body
    if body is None:
        return _PageText([], [])
    if hidden is None:
        hidden = _hidden(tree)
    in_footer: set[int] = set()
    if skip_footer:
        # A footer is not most of the page (a wrapper div "page-with-footer" is not one).
        most = len(body.text()) // 2
        for footer in tree.css(_FOOTER_SELECTOR):
            if footer.mem_id not in in_footer and len(footer.text()) <= most:
                in_footer.update(node.mem_id for node in footer.traverse())
    blocks: list[str] = []
    flags: list[bool] = []
    current: list[str] = []
    current_footer = False

    def flush() -> None:
        nonlocal current, current_footer
        text = " ".join(current).strip()
        if text:
            blocks.append(text)
            flags.append(current_footer)
        current = []
        current_footer = False

    for node in body.traverse(include_text=True):
        tag = node.tag
        if tag == "-text":
            parent = node.parent
            if parent is None or parent.tag in _SKIP_TAGS or parent.mem_id in hidden:
                if scripts and parent is not None and parent.tag == "script":
                    written = parent.mem_id not in hidden and _written_date(node.text_content or "")
                    if written:
                        current.append(written)
                continue
            piece = node.text_content
            if piece and not piece.isspace():
                if parent.mem_id in in_footer:
                    if not current_footer and current:
                        flush()
                    current_footer = True
                elif current_footer:
                    flush()
                current.append(piece.strip())
        elif tag in _BLOCK_TAGS:
            flush()
    flush()
    return _PageText(blocks, flags)


def _hidden(tree: LexborHTMLParser) -> set[int]:
    """Elements inside noscript, svg, select and template (their text is not shown).

    Each such subtree is walked from its root: a descendant selector ("svg *") tests
    every element's ancestors, which on a page of 50,000 nested <div>s took a minute.
    """
    hidden: set[int] = set()
    for root in tree.css(_SKIP_ROOTS):
        if root.mem_id not in hidden:  # an svg inside a noscript is walked once
            hidden.update(node.mem_id for node in root.traverse())
    return hidden


class _Parts(NamedTuple):
    """[page_parts]: what marks the parts of a page that list other pages."""

    anywhere: str  # CSS: by class or id, anywhere
    tags: str  # CSS: by tag, outside an <article>
    classes: re.Pattern[str]  # the same tests for one element, in Python
    words: frozenset[str]
    tag_names: frozenset[str]
    headings: frozenset[str]  # titles of boxes that list other articles (normalized)


@cache
def _parts() -> _Parts:
    data: dict[str, Any] = _data_file()["page_parts"]
    classes = [str(cue).lower() for cue in data["elsewhere_classes"]]
    words = [str(word).lower() for word in data["elsewhere_words"]]
    tags = [str(tag).lower() for tag in data["elsewhere_tags"]]
    anywhere = [f"[class*={_css_string(cue)} i]" for cue in classes]
    for word in words:
        anywhere += [f"[class~={_css_string(word)} i]", f"[id={_css_string(word)} i]"]
    return _Parts(
        ", ".join(anywhere),
        ", ".join(tags),
        re.compile("|".join(re.escape(cue) for cue in classes), re.I),
        frozenset(words),
        frozenset(tags),
        frozenset(_heading_key(str(h)) for h in data.get("elsewhere_headings", ())),
    )


# Where a box's title sits: a heading, or an element whose class says title (Chinese
# templates: <div class="tit">, <div class="r-title">, <span class="side-title">).
# Not links or list items (a list's "news-title" links are many, and no box's title).
_BOX_TITLES = (
    "h2, h3, h4, h5, h6, div[class*=tit i], span[class*=tit i], p[class*=tit i], div[class~=hd i]"
)
_HEADING_NOISE = re.compile(r"[\s\W_]+|更多|more", re.I)
_HEADING_CHARS = 40
# A box of links: at least this many, and no text outside them longer than a title line
# (an article's paragraphs are).
_BOX_LINKS = 2
_BOX_PROSE_CHARS = 60


def _heading_key(text: str) -> str:
    """A box title for comparison: lower case, without spaces, punctuation, "更多"/"more"
    and arrows ("相关新闻 更多>>", "Latest News »" -> "相关新闻", "latestnews")."""
    return _HEADING_NOISE.sub("", text.lower())


def _titled_boxes(tree: LexborHTMLParser) -> list[LexborNode]:
    """Boxes titled as lists of other articles ([page_parts] elsewhere_headings): the
    title's parent when the title is its first element, else the element after the
    title; only when that box is a list of links (`_is_link_box`)."""
    body = tree.body
    headings = _parts().headings
    if body is None or not headings:
        return []
    boxes: list[LexborNode] = []
    for title in body.css(_BOX_TITLES):
        text = title.text()
        if len(text) > _HEADING_CHARS or _heading_key(text) not in headings:
            continue
        parent = title.parent
        first = parent.child if parent is not None else None
        while first is not None and first.tag in ("-text", "_comment"):
            first = first.next
        box = parent if first is not None and first.mem_id == title.mem_id else title.next
        while box is not None and box.tag in ("-text", "_comment"):
            box = box.next
        if box is not None and box.tag not in ("body", "html") and _is_link_box(box):
            boxes.append(box)
    return boxes


def _dated_link_lists(tree: LexborHTMLParser, now: date) -> list[LexborNode]:
    """Lists of other pages with their dates, whatever their title (a sidebar's 热点专题
    or 通知公告, a "上一篇/下一篇" pair, a box with no title at all): a <ul> or <ol> of
    links in which at least `_DATED_LINK_ITEMS` items each hold a link and a date. An
    article's own date line is no such item: its links (打印, 关闭, Share) are other
    items than the date's, or it is one item alone."""
    body = tree.body
    if body is None:
        return []
    found: list[LexborNode] = []
    for node in body.css("ul, ol"):
        if _DIGIT.search(node.text()) is None:
            continue  # most lists (menus, link farms) hold no digit at all: one test each
        dated = 0
        for item in node.iter():
            if item.tag != "li":
                continue
            text = item.text(separator=" ")
            if (
                len(text) <= _DATED_ITEM_CHARS
                and _DIGIT.search(text) is not None
                and first_date_in_text(text, now) is not None
                and item.css_first("a[href]") is not None
            ):
                dated += 1
                if dated >= _DATED_LINK_ITEMS:
                    break
        if dated >= _DATED_LINK_ITEMS and _is_link_box(node):
            found.append(node)
    return found


_DATED_LINK_ITEMS = 2
_DATED_ITEM_CHARS = 300  # a listed item's title, date and source; not an article's paragraph


def _is_link_box(node: LexborNode) -> bool:
    links = 0
    for child in node.traverse(include_text=True):
        if child.tag == "a":
            links += 1
        elif child.tag == "-text":
            piece = child.text_content or ""
            if len(piece.strip()) > _BOX_PROSE_CHARS and not _inside_link(child, node):
                return False
    return links >= _BOX_LINKS


def _inside_link(node: LexborNode, top: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != top.mem_id:
        if parent.tag == "a":
            return True
        parent = parent.parent
    return False


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _inside(node: LexborNode, tag: str) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


class _Elsewhere:
    """The parts of an article page that list other pages or show today's date:
    sidebars, related lists, teasers, comments, tickers, the site's header and
    navigation ([page_parts]). A part holding an <h1> (the headline) or most of the
    page's text is the article's, not one of them.

    `holds(node)` tests one element by its ancestors (for the few elements the
    <time>, microdata and class stages look at); `all()` marks every element in such
    parts (for the text stages), with one CSS query; `listed()` every element of the
    lists of dated links under any title (`_dated_link_lists`), for the last stage."""

    def __init__(self, tree: LexborHTMLParser, now: date) -> None:
        self.tree = tree
        self.now = now  # for `listed`
        self._most: int | None = None
        self._parts: dict[int, bool] = {}
        self._all: set[int] | None = None
        self._boxes: dict[int, LexborNode] | None = None

    @property
    def boxes(self) -> dict[int, LexborNode]:
        """Boxes titled as lists of other articles (`_titled_boxes`) that are parts."""
        if self._boxes is None:
            self._boxes = {
                box.mem_id: box
                for box in _titled_boxes(self.tree)
                if self._is_part(box, by_tag=False)
            }
        return self._boxes

    def _is_part(self, node: LexborNode, by_tag: bool) -> bool:
        known = self._parts.get(node.mem_id)
        if known is not None:
            return known
        found = not (by_tag and _inside(node, "article")) and node.css_first("h1") is None
        if found:
            if self._most is None:
                body = self.tree.body
                self._most = len(body.text()) // 2 if body is not None else 0
            found = len(node.text()) <= self._most
        self._parts[node.mem_id] = found
        return found

    def holds(self, node: LexborNode) -> bool:
        if self._all is not None:
            return node.mem_id in self._all
        parts = _parts()
        boxes = self.boxes
        current: LexborNode | None = node
        while current is not None and current.tag not in ("body", "html"):
            if current.mem_id in boxes:
                return True
            attrs = current.attributes
            if attrs:
                cls = attrs.get("class") or ""
                ident = attrs.get("id") or ""
                if (
                    parts.classes.search(cls)
                    or (ident.lower() in parts.words)
                    or not parts.words.isdisjoint(cls.lower().split())
                ) and self._is_part(current, by_tag=False):
                    return True
            if current.tag in parts.tag_names and self._is_part(current, by_tag=True):
                return True
            current = current.parent
        return False

    def listed(self) -> set[int]:
        out: set[int] = set()
        for box in _dated_link_lists(self.tree, self.now):
            if box.mem_id not in out and self._is_part(box, by_tag=False):
                out.update(child.mem_id for child in box.traverse())
        return out

    def all(self) -> set[int]:
        if self._all is None:
            out: set[int] = set()
            body = self.tree.body
            if body is not None:
                parts = _parts()
                for selector, by_tag in ((parts.anywhere, False), (parts.tags, True)):
                    for node in body.css(selector):
                        if node.mem_id not in out and self._is_part(node, by_tag):
                            out.update(child.mem_id for child in node.traverse())
                for key, box in self.boxes.items():
                    if key not in out:
                        out.update(child.mem_id for child in box.traverse())
            self._all = out
        return self._all


def _visible_text(node: LexborNode, limit: int) -> str | None:
    """The shown text of a small element (no script or style), or None past `limit` chars."""
    raw = node.text(separator=" ")
    if len(raw) > 4 * limit:
        return None
    if len(raw) <= limit and not node.css_first("script, style, noscript, svg, template"):
        return raw
    parts = []
    for child in node.traverse(include_text=True):
        if child.tag != "-text":
            continue
        parent = child.parent
        shown = True
        while parent is not None and parent.mem_id != node.mem_id:
            if parent.tag in _SKIP_TAGS:
                shown = False
                break
            parent = parent.parent
        if shown:
            parts.append(child.text_content or "")
    text = " ".join(parts)
    return text if len(text) <= limit else None


def _meta_key(node: LexborNode) -> str:
    attrs = node.attributes
    for attr in ("property", "name", "itemprop", "http-equiv"):
        value = attrs.get(attr)
        if value:
            return value.strip().lower()
    return ""


def _from_metas(tree: LexborHTMLParser, now: date, ranks: dict[str, int]) -> DateHit | None:
    best: tuple[int, date, str, str] | None = None
    for node in tree.css("meta"):
        key = _meta_key(node)
        rank = ranks.get(key)
        if rank is None or (best is not None and rank > best[0]):
            continue
        tie = best is not None and rank == best[0]
        if tie and best is not None and key == best[2]:
            continue  # the first of a repeated meta
        attrs = node.attributes
        raw = attrs.get("content") or attrs.get("datetime") or ""
        value = parse_date_value(raw, now)
        if value is not None and not (tie and best is not None and value >= best[1]):
            best = (rank, value, key, raw)
    if best is None:
        return None
    return DateHit(best[1], f"meta:{best[2]}", _utc_minutes(best[3]))


def _from_jsonld(
    tree: LexborHTMLParser, now: date, patterns: tuple[re.Pattern[str], ...]
) -> tuple[date, int | None] | None:
    """The first date under one of the keys, and its UTC time (`_utc_minutes`)."""
    scripts = [node.text(deep=True) for node in tree.css('script[type*="ld+json" i]')]
    for pattern in patterns:
        for text in scripts:
            for match in pattern.finditer(text):
                value = parse_date_value(match[1], now)
                if value is not None:
                    return value, _utc_minutes(match[1])
    return None


def _from_itemprop(
    tree: LexborHTMLParser,
    now: date,
    hidden: set[int],
    order: str | None = None,
    elsewhere: _Elsewhere | None = None,
) -> tuple[date, int | None] | None:
    for node in tree.css("[itemprop=datePublished i], [itemprop=dateCreated i]"):
        if node.tag == "meta" or node.mem_id in hidden:
            continue  # metas are read with the others
        attrs = node.attributes
        raw = attrs.get("content") or attrs.get("datetime") or attrs.get("title") or ""
        value = parse_date_value(raw, now)
        utc = _utc_minutes(raw) if value is not None else None
        value = value or _first_shown_date(node, now, order)
        if value is not None and (elsewhere is None or not elsewhere.holds(node)):
            return value, utc
    return None


def _first_shown_date(node: LexborNode, now: date, order: str | None = None) -> date | None:
    text = _visible_text(node, _MAX_CLASS_TEXT)
    return first_date_in_text(text, now, order) if text else None


def _time_is(node: LexborNode, words: tuple[str, ...]) -> bool:
    attrs = node.attributes
    # class, microdata's itemprop, RDFa's property (Canada.ca's footer
    # `<time property="dateModified">`)
    cls = " ".join((attrs.get(name) or "").lower() for name in ("class", "itemprop", "property"))
    return any(word in cls for word in words)


def _from_time(
    tree: LexborHTMLParser,
    now: date,
    strong: bool,
    hidden: set[int],
    order: str | None = None,
    elsewhere: _Elsewhere | None = None,
) -> tuple[date, int | None] | None:
    for node in tree.css("time"):
        attrs = node.attributes
        if node.mem_id in hidden or _time_is(node, ("updated", "modified")):
            continue
        if strong and "pubdate" not in attrs and not _time_is(node, ("publish", "entry-date")):
            continue
        raw = attrs.get("datetime") or ""
        value = parse_date_value(raw, now) if raw else None
        utc = _utc_minutes(raw) if value is not None else None
        if value is None:
            value = _first_shown_date(node, now, order)
        if value is not None and (elsewhere is None or not elsewhere.holds(node)):
            return value, utc
    return None


_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
# A date that opens or closes a period ("2024年9月1日至2024年12月31日", "1 June to 30
# September 2024") is not a dateline; a date and its time of day are one (Drupal's
# "Submitted by admin on Thu, 11/19/2026 - 10:42").
_RANGE_AFTER = re.compile(
    r"\s*(?:至|到|~|～|–|—|-|to|until|bis|au)\s*(?!\d{1,2}[:：]\d\d(?!\d))\d", re.I
)


@cache
def _label_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    lex = _lexicon()
    out = []
    for kind, words in (
        ("published", lex.published),
        ("generic", lex.generic),
        ("updated", lex.updated),
        ("written", lex.written),
    ):
        out.append(
            (
                kind,
                re.compile(
                    rf"(?<!{_ALPHABETIC})"
                    # A generic CJK label ending a longer word (缴费时间, 报名时间, 成文日期)
                    # names another date.
                    + (rf"(?<!{_CJK})" if kind == "generic" else "")
                    + rf"(?P<label>{_alternation(words)})(?!{_ALPHABETIC})"
                    r"\s*(?:[:：]|on|am|le|el|em|il|op)?\s*",
                    re.I,
                ),
            )
        )
    return tuple(out)


@cache
def _policy_notice_pattern() -> re.Pattern[str]:
    """A line about the site's own policies ([labels] policy_notice: a cookie banner's):
    its labelled date ("last updated on", "published") is the policy's."""
    return re.compile(_alternation(_lexicon().policy_notice), re.I)


def _from_labels(text: _PageText, now: date, kind: str, order: str | None = None) -> DateHit | None:
    found = _labelled(text, now, kind, order)
    return None if found is None else found[0]


def _labelled(
    text: _PageText, now: date, kind: str, order: str | None = None
) -> tuple[DateHit, int, int] | None:
    """The first date right after a label of `kind`, the index of its block and where
    the label starts in it."""
    pattern = dict(_label_patterns())[kind]
    policy = _policy_notice_pattern()
    blocks = text.blocks
    for index, block in enumerate(blocks):
        about_policy: bool | None = None  # looked for once a label is found
        for match in pattern.finditer(block):
            if about_policy is None:
                about_policy = policy.search(block) is not None
            if about_policy:
                break  # "Our privacy policy was last updated on 24 November 2026"
            window = block[match.end() : match.end() + 40]
            if not window.strip() and index + 1 < len(blocks):
                # A label cell and its value cell (<td>发布日期</td><td>2024-11-20</td>)
                window = blocks[index + 1][:40]
            for hit in _dates(window, now, order):
                if hit.start <= 3 and not hit.yearless:
                    return (
                        DateHit(hit.value, f"label:{match['label'].lower()}"),
                        index,
                        match.start(),
                    )
                break
    return None


def _dateline_before(
    text: _PageText, now: date, index: int, start: int, order: str | None = None
) -> date | None:
    """A dateline above an update label (block `index`, offset `start`): the first full
    date of a short block before it ("20 ноября 2024, 10:30" then "Обновлено 21 ноября
    2024"; "Le 20 novembre 2024 — Travaux publics" ... "Date de modification :
    2024-11-22"), or before the label in its own block. A longer block that opens with
    its date is one too (Canada.ca's "November 16, 2026 – Halifax, Nova Scotia –
    Atlantic Canada Opportunities Agency"), not one that opens a period."""
    blocks = [*text.blocks[:index], text.blocks[index][:start]]
    footers = [*text.footer[:index], False]
    footer_marker = _marker_patterns()[2]
    for block, footer in zip(blocks, footers, strict=True):
        if footer or footer_marker.search(block):
            continue
        short = len(block) <= _DATELINE_CHARS
        for hit in _dates(block, now, order):
            if hit.yearless:
                continue
            if short or (hit.start == 0 and not _RANGE_AFTER.match(block, hit.end)):
                return hit.value
            break
    return None


def _from_classes(
    tree: LexborHTMLParser,
    now: date,
    hidden: set[int],
    order: str | None = None,
    elsewhere: _Elsewhere | None = None,
) -> date | None:
    body = tree.body
    if body is None:
        return None
    for node in body.css(_DATE_CLASS_SELECTOR):
        if node.tag in _SKIP_TAGS or node.mem_id in hidden:
            continue
        text = _visible_text(node, _MAX_CLASS_TEXT)
        if not text:
            continue
        hit = next(_dates(text, now, order), None)
        if hit is None or hit.signal == _MONTH_NAME or _after_update_label(text, hit.start):
            continue
        if reads_as_clock(text, hit.value, now):
            continue  # a top bar's <span class="date">2026年11月26日 星期四</span>
        if elsewhere is None or not elsewhere.holds(node):
            return hit.value
    return None


# What may stand between an update label and its date: a time with its zone and a
# weekday ("Updated 10:31 AM EST, Fri November 20, 2026": CNN; "Updated 3:31 PM GMT+1,
# November 20, 2026": AP).
_TIME_BEFORE_DATE = (
    r"(?:\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}(?:[+-]\d{1,2})?)?"
    r"\s*[,，]?\s*)?(?:[a-z]{3,9}\.?,?\s*)?"
)
_NOT_OWN_LABEL_CHARS = 45


@cache
def _not_own_label_at_end() -> re.Pattern[str]:
    """An update label ([labels] updated, a time may follow it) or another page's label
    ([labels] other_page) at the end of a text."""
    updated = dict(_label_patterns())["updated"].pattern + _TIME_BEFORE_DATE
    return re.compile(rf"(?:(?:{updated})|(?:{_other_page_label()}))$", re.I)


def _other_page_label() -> str:
    """A label of another page's date ([labels] other_page) and what may follow it."""
    return rf"{_alternation(_lexicon().other_page)}\s*[:：]?\s*"


def _after_update_label(text: str, start: int) -> bool:
    """Whether the date at `start` follows an update label ("Actualizado: 22/11/2024"
    in a class="fecha" element: a later day than the publication; CNN's "Updated 10:31
    AM EST, Fri November 20, 2026"), or a label that names another page's date (CSDN's
    "最新推荐文章于 2026-11-25 15:06:12 发布" atop the post)."""
    window = max(0, start - _NOT_OWN_LABEL_CHARS)
    return _not_own_label_at_end().search(text, window, start) is not None


@cache
def _other_page_label_at_end() -> re.Pattern[str]:
    return re.compile(rf"{_other_page_label()}$", re.I)


def _after_other_page_label(text: str, start: int) -> bool:
    """Whether the date at `start` follows a label of another page's date ([labels]
    other_page)."""
    window = max(0, start - _NOT_OWN_LABEL_CHARS)
    return _other_page_label_at_end().search(text, window, start) is not None


def _from_text(text: _PageText, now: date, order: str | None = None) -> date | None:
    """The first full date in a short block (a dateline), else in any block; not in a
    footer's block, nor in a notice about the site's own policies (a cookie banner's
    "We updated our cookie policy on 12 November 2026" above the article), nor a page
    clock's (`reads_as_clock`: today's date in a short block with a weekday)."""
    furniture = _furniture_patterns()[0]
    fallback: date | None = None
    for block, footer in zip(text.blocks, text.footer, strict=True):
        if footer or furniture.search(block):
            continue
        for hit in _dates(block, now, order):
            if hit.yearless or _after_other_page_label(block, hit.start):
                continue
            if _RANGE_AFTER.match(block, hit.end):
                break  # a period, not a dateline
            if reads_as_clock(block, hit.value, now):
                break  # a page clock ("Thursday, November 26, 2026" atop the page)
            # A short block, or one that opens with its date (2024-11-20 16:45 来源… 【打印】);
            # not a short sentence that mentions a date (據報，2026年10月30日…上升。).
            if hit.start == 0 or (
                len(block) <= _DATELINE_CHARS and not block.endswith(_SENTENCE_ENDS)
            ):
                return hit.value
            if _announced(block, hit):
                continue  # "Prices from 1 April 2025", "将于3月5日举行": not when it was written
            if fallback is None:
                fallback = hit.value
            break
    return fallback


def _announced(block: str, hit: _Hit) -> bool:
    """Whether a date in prose is one the text announces (an effective day, a deadline,
    an event: `upcoming_before` right before it, `upcoming_after` right after it)."""
    return _announced_at(fold(block), hit.start, hit.end)


def _announced_at(folded: str, start: int, end: int, floor: int = 0) -> bool:
    """`_announced` for the date at `start`:`end` of a folded text, its words looked
    for from `floor` on (the start of its line)."""
    upcoming_before, upcoming_after = _upcoming_patterns()
    if upcoming_after.match(folded, end) is not None:
        return True
    found = upcoming_before.search(folded, max(floor, start - 16), start)
    if found is None:
        return False
    # A one-character word ends a longer one in prose ("文中提到2026-11-02的会议").
    word = found[0].rstrip(" \t:：,，")
    return len(word) > 1 or found.start() == 0 or not folded[found.start() - 1].isalpha()


# What ends a sentence of Chinese or Japanese prose (a short one fits in a dateline's
# length; a dateline does not end so).
_SENTENCE_ENDS = ("。", "！", "？", "；")


class _Page:
    """One page_date call: the tree, its URL, now, and the visible text when first needed."""

    def __init__(self, tree: LexborHTMLParser, url: str, now: date) -> None:
        self.tree = tree
        self.url = url
        self.now = now
        self._text: _PageText | None = None
        self._unlisted: _PageText | None = None
        self._hidden: set[int] | None = None
        self.elsewhere = _Elsewhere(tree, now)
        self._order: str | bool | None = False  # False: not worked out yet

    @property
    def order(self) -> str | None:
        """The numeric date order (05/11/2024) the page's language or domain implies."""
        if self._order is False:
            html = self.tree.css_first("html")
            language = (html.attributes.get("lang") or "") if html is not None else ""
            self._order = locale_order(language.strip()[:20], host_of(self.url))
        return self._order if isinstance(self._order, str) else None

    @property
    def hidden(self) -> set[int]:
        if self._hidden is None:
            self._hidden = _hidden(self.tree)
        return self._hidden

    @property
    def text(self) -> _PageText:
        """The visible text, without the parts that list other pages (`_Elsewhere`)."""
        if self._text is None:
            self._text = _page_text(
                self.tree, hidden=self.hidden | self.elsewhere.all(), scripts=True
            )
        return self._text

    @property
    def unlisted_text(self) -> _PageText:
        """`text` without the lists of other pages' dates under any title as well
        (`_Elsewhere.listed`: a "Publié le 24 novembre" on each card of a box the
        lexicon has no title for). Worked out only when a text stage has an answer."""
        if self._unlisted is None:
            listed = self.elsewhere.listed()
            self._unlisted = (
                _page_text(
                    self.tree, hidden=self.hidden | self.elsewhere.all() | listed, scripts=True
                )
                if listed
                else self.text
            )
        return self._unlisted


def _stage_url(page: _Page) -> DateHit | None:
    value = date_in_url(page.url, page.now)
    return None if value is None else DateHit(value, "url")


def _stage_meta(page: _Page) -> DateHit | None:
    return _from_metas(page.tree, page.now, _META_RANK)


def _stage_jsonld(page: _Page) -> DateHit | None:
    found = _from_jsonld(page.tree, page.now, _JSONLD_PUBLISHED)
    return None if found is None else DateHit(found[0], "jsonld", found[1])


def _stage_itemprop(page: _Page) -> DateHit | None:
    found = _from_itemprop(page.tree, page.now, page.hidden, page.order, page.elsewhere)
    return None if found is None else DateHit(found[0], "itemprop", found[1])


def _stage_time_pubdate(page: _Page) -> DateHit | None:
    return _time_hit(page, strong=True, source="time:pubdate")


def _stage_label_published(page: _Page) -> DateHit | None:
    return _label_hit(page, "published")


def _label_hit(page: _Page, kind: str) -> DateHit | None:
    """A label's date in the text, read again without the lists of other pages' dates
    (`unlisted_text`) when it has one."""
    if _from_labels(page.text, page.now, kind, page.order) is None:
        return None
    return _from_labels(page.unlisted_text, page.now, kind, page.order)


def _stage_time(page: _Page) -> DateHit | None:
    return _time_hit(page, strong=False, source="time")


def _time_hit(page: _Page, strong: bool, source: str) -> DateHit | None:
    """A `<time>` element's date: with `strong`, only one marked as the publication's."""
    found = _from_time(
        page.tree,
        page.now,
        strong=strong,
        hidden=page.hidden,
        order=page.order,
        elsewhere=page.elsewhere,
    )
    return None if found is None else DateHit(found[0], source, found[1])


def _stage_class(page: _Page) -> DateHit | None:
    value = _from_classes(page.tree, page.now, page.hidden, page.order, page.elsewhere)
    return None if value is None else DateHit(value, "class")


def _stage_label_generic(page: _Page) -> DateHit | None:
    return _label_hit(page, "generic")


def _stage_updated(page: _Page) -> DateHit | None:
    labelled = _labelled(page.text, page.now, "updated", page.order)
    if labelled is not None:
        labelled = _labelled(page.unlisted_text, page.now, "updated", page.order)
    if labelled is not None:
        label_hit, index, start = labelled
        before = _dateline_before(page.unlisted_text, page.now, index, start, page.order)
        if before is not None and before <= label_hit.value:
            return DateHit(before, "updated:dateline")
    hit = (labelled and labelled[0]) or _from_metas(page.tree, page.now, _MODIFIED_RANK)
    if hit is None:
        found = _from_jsonld(page.tree, page.now, _JSONLD_MODIFIED)
        hit = None if found is None else DateHit(found[0], "jsonld")
    return None if hit is None else DateHit(hit.value, "updated:" + hit.source)


@cache
def _script_vars() -> tuple[re.Pattern[str], timezone]:
    """`var ct = "1763600000"`: an inline script's publication variable ([script_vars]),
    and the offset at which its epoch seconds are read."""
    data: dict[str, Any] = _data_file()["script_vars"]
    alternation = "|".join(re.escape(str(name)) for name in data["published"])
    written = re.fullmatch(r"([+-])(\d\d):(\d\d)", str(data["epoch_offset"]))
    if written is None:
        raise ValueError(f"[script_vars] epoch_offset: not ±HH:MM: {data['epoch_offset']!r}")
    offset = timedelta(hours=int(written[2]), minutes=int(written[3]))
    if written[1] == "-":
        offset = -offset
    pattern = re.compile(
        rf"""\b(?:var|let|const)\s+(?:{alternation})\s*=\s*(["'])([^"'\n<>]{{6,40}})\1"""
    )
    return pattern, timezone(offset)


def _stage_script(page: _Page) -> DateHit | None:
    """The publication time an inline script keeps for the page (WeChat's `var ct`),
    when no stage before it has a date: the element it fills is empty in the HTML."""
    pattern, zone = _script_vars()
    for script in page.tree.css("script:not([src])"):
        for match in pattern.finditer(script.text(deep=True)):
            epoch = _EPOCH.match(match[2])
            if epoch is None:
                value = parse_date_value(match[2], page.now)
            else:
                day = datetime.fromtimestamp(int(epoch[1]), tz=zone).date()
                value = day if _plausible(day, page.now) else None
            if value is not None:
                return DateHit(value, "script")
    return None


def _stage_text(page: _Page) -> DateHit | None:
    value = _from_text(page.text, page.now, page.order)
    if value is not None:
        # Read again without the lists of other pages' dates (a side box under a title
        # no lexicon knows): looked for only when this last stage has an answer.
        value = _from_text(page.unlisted_text, page.now, page.order)
    return None if value is None else DateHit(value, "text")


_STAGES = [
    _stage_url,
    _stage_itemprop,
    _stage_meta,
    _stage_jsonld,
    _stage_time_pubdate,
    _stage_label_published,
    _stage_time,
    _stage_class,
    _stage_label_generic,
    _stage_updated,
    _stage_script,
    _stage_text,
]


def page_date_candidates(tree: LexborHTMLParser, url: str, now: date) -> Iterator[DateHit]:
    """Each stage's answer, in the order `page_date` trusts them (lazily: stop when done).

    Stages: the URL; itemprop=datePublished on a visible element; publication metas;
    JSON-LD datePublished; <time pubdate> or <time class=published>; a "published" label
    in the text (发布时间：, Published:); any <time>; an element whose class or id says
    date, time or byline; a generic label (日期：, Date:); the last-update date (an
    "updated" label, modification metas, JSON-LD dateModified); last, the first full
    date in the visible text (a short dateline block first).
    Before that last one, a publication variable in an inline script (`var ct = "..."`).
    """
    return _candidates(_Page(tree, url, now))


def _candidates(page: _Page) -> Iterator[DateHit]:
    for stage in _STAGES:
        hit = stage(page)
        if hit is not None:
            yield hit


STAGES = (
    "url",
    "itemprop",
    "meta",
    "jsonld",
    "time:pubdate",
    "label:published",
    "time",
    "class",
    "label:generic",
    "updated",
    "script",
    "text",
)


def stage_of(source: str) -> str:
    """The `page_date` stage (one of STAGES) that a DateHit.source comes from."""
    kind, _, rest = source.partition(":")
    if kind in ("meta", "updated"):
        return kind
    if kind == "label":
        return "label:published" if rest in _lexicon().published else "label:generic"
    return source


# A URL's date is the day its address was made, with the draft: a publication signal
# (microdata, a publication meta, JSON-LD datePublished, <time pubdate>, a "published"
# label) that says a day up to this many days later is the day the article went out
# (the Washington Post's /2020/07/08/ for a story published on the 9th; a TRS
# /202411/t20241119_1.html whose 发布时间 is 2024-11-20). Further apart, the signal is
# more likely a republication or a CMS migration, and the URL is kept.
_DRAFT_DAYS = 7
_PUBLISHED_STAGES = frozenset({"itemprop", "meta", "jsonld", "time:pubdate", "label:published"})
# Stages whose dates a reader sees or that carry the site's own offset, which settle a
# UTC machine value's day when they say the day before or after it.
_SHOWN_STAGES = _PUBLISHED_STAGES | {"time", "class", "label:generic"}
_PUBLICATION_META = re.compile(r"pub|issued")


def page_date(tree: LexborHTMLParser, url: str, now: date) -> DateHit | None:
    """The publication date of an article page: the first stage's answer
    (`page_date_candidates`), with two corrections:

    - after a URL date, a publication signal up to `_DRAFT_DAYS` later (not a UTC
      value one day later, which may be the same evening elsewhere), or any later one
      when the page labels the URL's day as its signing day (成文日期: an 信息公开
      address made with the document, weeks before it went up);
    - a machine value written in UTC (`...T02:54:29Z`), when the next value that is not
      (a date shown on the page, a value with the site's own offset) says the day
      before or after: a CMS that stores UTC shows its readers the local day.
    """
    page = _Page(tree, url, now)
    candidates = _candidates(page)
    first = next(candidates, None)
    if first is None:
        return None
    if first.source == "url":
        for hit in candidates:
            stage = stage_of(hit.source)
            if stage not in _PUBLISHED_STAGES:
                break
            if stage == "meta" and not _PUBLICATION_META.search(hit.source):
                continue  # a generic "date" or "created" meta
            days = (hit.value - first.value).days
            if 0 < days <= _DRAFT_DAYS and not (days == 1 and _may_be_day_before(hit)):
                return hit
            if days > 0 and _signed_on(page) == first.value:
                return hit  # the address was made with the signing day (成文日期)
            break
        return first
    if first.utc is not None:
        for hit in candidates:
            if stage_of(hit.source) not in _SHOWN_STAGES:
                break
            if hit.utc is None:
                days = (hit.value - first.value).days
                if (days == -1 and _may_be_day_before(first)) or (
                    days == 1 and first.utc >= _UTC_DAY_AFTER_FROM
                ):
                    return hit
                return first
    return first


def _signed_on(page: _Page) -> date | None:
    """The day the page says its document was signed (成文日期：, [labels] written)."""
    found = _labelled(page.text, page.now, "written", page.order)
    return None if found is None else found[0].value


# The local day of a UTC time is the day before when the time is before the westmost
# inhabited offset's midnight (UTC-10:00, Hawaii), and the day after from the eastmost's
# (UTC+14:00).
_UTC_DAY_BEFORE_UNTIL = 10 * 60
_UTC_DAY_AFTER_FROM = 10 * 60


def _may_be_day_before(hit: DateHit) -> bool:
    """Whether a UTC value can be the evening before its day somewhere (02:18Z in Miami)."""
    return hit.utc is not None and hit.utc < _UTC_DAY_BEFORE_UNTIL


_CLOCK_BLOCK_CHARS = 40
_DIGIT = re.compile(r"\d")


@cache
def weekday_pattern(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Weekday names (星期三, Wednesday...): what a page's clock changes every day; and
    the `extra` words (what else a page's fingerprint masks), in the same pass.

    For long texts (a page's fingerprint): the same matches as the weekdays' plain
    alternation, 4x
    faster (see `_scanning_alternation`).
    """
    return _scanning_alternation((*_lexicon().weekdays, *extra))


@cache
def _clock_line_pattern() -> re.Pattern[str]:
    """What makes a short block a clock, a calendar or a weather box (a weekday, a
    temperature): its date is today's, not an update."""
    lex = _lexicon()
    return re.compile(_alternation(lex.weekdays + lex.weather), re.I)


def newest_visible_date(tree: LexborHTMLParser, now: date) -> DateHit | None:
    """The newest item date in a page's visible text (a listing or a homepage).

    Each text block (a list item, a table cell, a paragraph) counts with its item date
    (`item_date`: a date inside a title does not count). Left out: script, style and
    other invisible text, footer blocks (a `<footer>`, an element whose id or class says
    footer, copyright or bottom, and the rest of any block from a copyright or ICP
    marker), clocks (`今天是...`, a short block with a weekday: `2026年11月25日 星期三`)
    and weather boxes (a short block with a temperature).
    """
    text = _page_text(tree, skip_footer=True)
    footer_marker = _marker_patterns()[2]
    clock_line = _clock_line_pattern()
    best: date | None = None
    for block, footer in zip(text.blocks, text.footer, strict=True):
        if footer:
            continue
        marker = footer_marker.search(block)
        if marker is not None:
            block = block[: marker.start()]
        if len(block) <= _CLOCK_BLOCK_CHARS and clock_line.search(block):
            continue
        value = item_date(block, now)
        if value is not None and (best is None or value > best):
            best = value
    return None if best is None else DateHit(best, "text")


class ShownDate(NamedTuple):
    """A page text's newest date (`newest_shown_in_page_text`): the day, as the text
    shows it, and whether it is written without its year ([03-18], 3月18日: its year a
    guess that an item's URL may correct)."""

    day: date
    shown: str
    yearless: bool


def newest_date_in_page_text(text: str, now: date, locale: str | None = None) -> date | None:
    """The newest date in a page's visible text, one text node per line
    (`newest_shown_in_page_text`'s date)."""
    found = newest_shown_in_page_text(text, now, locale)
    return None if found is None else found[0]


def newest_shown_in_page_text(text: str, now: date, locale: str | None = None) -> ShownDate | None:
    """The newest date in a page's visible text, one text node per line, and that date as
    the text shows it (folded: `fold`), and whether it is written without its year.

    The homepage sweep's fast path: one pass per date form over the whole text and no
    per-line work; checks run only on the newest candidates, until one holds. A date
    does not count on a line with a footer marker (copyright, ICP), on a short clock
    or weather line (a weekday or a temperature beside the date), right after a clock
    marker (今天是, 统计日期) or as an effective date (…起施行, a counter's 起统计), as in
    `newest_visible_date`; nor right after an update label that the text has only once
    (最后更新：, Last updated: the page's stamp, which the full read, reading lists, never
    takes for an item); nor on a short line that a page clock split over two text nodes
    dates (a weekday alone on the next line, or 今天是 ending the line before: read
    again without them when the newest date is today's). A date that reads either day
    or month first (05/11/2024) takes the order of the text's unambiguous ones, else
    `locale`'s (`order_of_signals`). When the newest is a year-less date ([11-20]), the
    text's year-less dates are read in their order, as a list's (`years_by_order`).
    """
    found = _newest_in_page_text(text, now, locale)
    if found is not None and (stamps := _split_stamp_lines(text)):
        text = _without(text, stamps)  # and so for the clock's reading below
        found = _newest_in_page_text(text, now, locale)
    if found is None or found[0] < now - _CLOCK_DAYS:
        return found
    # Today's date: maybe a page clock split over two text nodes (today's date in one, the
    # weekday or 今天是 in the next). Read again without those lines, if there are any.
    clocks = _split_clock_lines(text, found[0])
    if not clocks:
        return found
    return _newest_in_page_text(_without(text, clocks), now, locale)


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the (start, end) spans, which are in order and do not overlap."""
    parts, at = [], 0
    for start, end in spans:
        parts.append(text[at:start])
        at = end
    parts.append(text[at:])
    return "".join(parts)


@cache
def _stamp_line_pattern() -> re.Pattern[str]:
    """An update label alone on its line (or two, in two languages: "Date modified: /
    Date de modification :"), the line after it (its date) captured."""
    label = _alternation(_lexicon().updated)
    return re.compile(rf"\n[ \t]*({label}(?:[ \t:：]*/[ \t]*{label})?)[ \t:：,，]*\n([^\n]*)", re.I)


def _split_stamp_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line that a page's update stamp split over two text nodes
    dates (`<dt>Date modified:</dt><dd><time>2026-11-24</time></dd>`, Canada.ca's
    footer): the line after an update label alone on its line, when the text has that
    label only once (a label on each item of a list dates the items), in order."""
    found = []
    lowered: str | None = None
    for match in _stamp_line_pattern().finditer(text):
        lowered = text.lower() if lowered is None else lowered
        if lowered.count(match.group(1).lower()) < 2 and _DIGIT.search(match.group(2)):
            found.append(match.span(2))
    return found


# A page clock shows the server's today, a day off ours at most (time zones).
_CLOCK_DAYS = timedelta(days=1)


# A card's date box over two text nodes: the day's line, then its year and month's
# ("24" / "2026.11"), or the other way round ("2026-11" / "24", then the title: not a
# month's calendar of day lines). Read as one line, as the full read joins an item's.
_SPLIT_DAY_FIRST = re.compile(
    r"\n[ \t]*(\d{1,2})[ \t]*\n[ \t]*((?:19|20)\d\d[-/.]\d{1,2})[ \t]*(?=\n|$)"
)
_SPLIT_MONTH_FIRST = re.compile(
    r"\n[ \t]*((?:19|20)\d\d[-/.]\d{1,2})[ \t]*\n[ \t]*(\d{1,2})[ \t]*(?=\n[^\d\n]|$)"
)


_YEAR_MONTH_LINE = re.compile(r"[ \t]*(?:19|20)\d\d[-/.]\d{1,2}[ \t]*$")


def _joined_split_days(text: str) -> str:
    """`text` with each card's date box that two lines split joined on one line."""
    text = _SPLIT_DAY_FIRST.sub(r"\n\1 \2", text)
    return _SPLIT_MONTH_FIRST.sub(r"\n\1 \2", text)


def _newest_in_page_text(text: str, now: date, locale: str | None) -> ShownDate | None:
    # Only the lines with a digit, each once (lists repeat the same date many times):
    # a fraction of the text, and every date form is a regex pass over what is left.
    kept = list(filter(_DIGIT.search, dict.fromkeys(text.split("\n"))))
    if not kept:
        return None
    # Lines that are nothing but a full date ("2026-11-24", the date cell of a list
    # item) are read directly; the 13 date forms only run over the rest.
    lines = fold("\n".join(kept)).split("\n")
    matches = list(map(_DATE_LINE.match, lines))
    days = {(m[1], m[3], m[4]): m for m in matches if m is not None}
    plain = _newest_day(days, now)
    rest = [line for line, match in zip(lines, matches, strict=True) if match is None]
    rest = list(filter(_may_hold_date, rest))
    if (
        rest
        and any(map(_YEAR_MONTH_LINE.match, rest))
        and (joined := _joined_split_days(text)) != text
    ):
        # A card's date box split over two lines (a line of its year and month alone:
        # rare, so the whole text is joined only then).
        return _newest_in_page_text(joined, now, locale)
    found_rest = _newest_in_lines(rest, now, locale, text) if rest else None
    if plain is not None and (found_rest is None or plain >= found_rest[0]):
        day = (plain.year, plain.month, plain.day)
        shown = next(
            m.group(0).strip(_DATE_LINE_ENDS)
            for (y, mo, d), m in days.items()
            if (int(y), int(mo), int(d)) == day
        )
        return ShownDate(plain, shown, False)
    return found_rest


@cache
def _split_clock_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """A page clock written as two text nodes: a line that is only a weekday (after the
    date's line: `<span>2026年3月18日</span><span>星期三</span>`), or a line ending with a
    clock marker (before the date's: `今天是：<span>2026年3月18日</span>`). Lower case."""
    lex = _lexicon()
    return frozenset(w.lower() for w in lex.weekdays), tuple(w.lower() for w in lex.clock)


_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def _day_forms(day: date) -> set[str]:
    """How a page clock writes a day (2026年3月18日, 2026-03-18, 18 March 2026...)."""
    y, m, d = day.year, day.month, day.day
    month = _ENGLISH_MONTHS[m - 1]  # not strftime: it follows the process's locale
    return {
        f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}-{m:02d}-{d:02d}", f"{y}-{m}-{d}",
        f"{y}/{m:02d}/{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}", f"{y}.{m}.{d}",
        f"{d} {month} {y}", f"{month} {d}, {y}",
    }  # fmt: skip


def _split_clock_lines(text: str, day: date) -> list[tuple[int, int]]:
    """The (start, end) of each short line of `text` that holds `day` as a page clock split
    over two text nodes does (`_split_clock_words`), in order."""
    weekdays, markers = _split_clock_words()
    found: set[tuple[int, int]] = set()
    for form in _day_forms(day):
        at = text.find(form, 0, _CLOCK_REGION_CHARS)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if end - start <= _CLOCK_BLOCK_CHARS:
                after = text.find("\n", end + 1)
                following = text[end + 1 : len(text) if after < 0 else after]
                before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
                # (Plain string tests: a list dated today has this day on every item.)
                if following.strip().lower() in weekdays or before.rstrip(
                    " \t:：,，"
                ).lower().endswith(markers):
                    found.add((start, end))
            at = text.find(form, at + len(form), _CLOCK_REGION_CHARS)
    return sorted(found)


# A page clock sits in the page's header: only the start of the visible text is searched
# (the whole of a 16,000-character homepage costs ~6 µs a form).
_CLOCK_REGION_CHARS = 3000


# What any date form needs somewhere in a line: digits around a date separator
# (2024-1-5, 2024年11月, 11月20日, [11-20], 113/11/20) or digits beside a word (Nov 20,
# 20 November, 20. listopada). A title that only mentions "2026年" has none of it, and
# skipping such lines spares the 13 date forms most of a homepage.
_WORD_LETTERS = r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff]"  # not CJK
# That is `\d\s*[-/.年月년월]\s*\d|{word}{3,}\.?\s*\d|\d\.?\s+{word}{3,}`, led by one
# class of the characters a match can start with so that `re` scans for them in C (a
# third faster); the lookbehinds pick the alternatives that start with that character.
_DATE_SHAPED = re.compile(
    rf"[\d{_WORD_LETTERS[1:-1]}{_ZH_ZERO}]"
    rf"(?:(?<=\d)(?:\s*[-/.年月년월]\s*\d|\.?\s+{_WORD_LETTERS}{{3,}})"
    rf"|(?<={_WORD_LETTERS}){_WORD_LETTERS}{{2,}}\.?\s*\d"
    rf"|(?<=[{_ZH_ZERO}])[{_ZH_ZERO}一二三四五六七八九]{{1,2}}\s*年)"  # 二〇二四年
)


def _may_hold_date(text: str) -> bool:
    """Whether any date form could match in `text` (folded): date-shaped digits, or a
    month name with a digit somewhere ("20-Nov-2024", "29th April, 2020", "1 de
    novembro de 2020", which the shape test alone does not see)."""
    if _DATE_SHAPED.search(text) is not None:
        return True
    if _relative_needle().search(text) is not None:
        return True  # "3天前", "yesterday"
    return _month_word_pattern().search(text) is not None and _DIGIT.search(text) is not None


_DATE_LINE_ENDS = " \t[]()【】〔〕"  # around a `_DATE_LINE`'s date
_DATE_LINE = re.compile(r"^[\s\[(【〔]*((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})[\s\])】〕]*$")


def _newest_in_lines(
    lines: list[str], now: date, locale: str | None = None, page_text: str = ""
) -> ShownDate | None:
    """The newest item date of a page's lines that may hold one (`page_text`: all its
    visible text, one text node per line), and its text."""
    text = "\n".join(lines)
    found: list[tuple[date, int, int, int]] = []  # (date, start, end, rank of its form)
    resolved: dict[tuple[int, str], date | None] = {}  # lists repeat the same dates
    matches = list(_form_matches(text, multiline=True))
    signals = [_order_signal(m) for _, form, m in matches if form.kind == "mdy_or_dmy"]
    order = (
        order_of_signals(signals.count("dmy"), signals.count("mdy"), locale)
        if "ambiguous" in signals
        else None
    )
    for rank, form, match in matches:
        key = (rank, match.group(0))
        if key not in resolved:
            value = _resolve(match, form.kind, now, order)
            resolved[key] = value if value is not None and _plausible(value, now) else None
        day = resolved[key]
        if day is not None:
            found.append((day, match.start(), match.end(), rank))
    found.sort(reverse=True)
    rejected: set[int] = set()
    newest = _newest_item_date(found, text, now, rejected)
    if newest is None or newest[1] not in _yearless_ranks():
        return None if newest is None else ShownDate(newest[0], newest[2], False)
    # A year-less date read alone ([11-20]: this year's). Read the text's year-less
    # dates in their order, as a list's (`years_by_order`): in a dead list's [12-28]
    # over [11-20], scanned on 2026-11-25, [11-20] is 2025's. Only then: it only ever
    # moves year-less dates back, and the newest is one of them.
    moved = _yearless_by_order(found, rejected, text, page_text)
    if moved and (pinned := _pinned_dates(page_text)):
        # A pinned (置顶) item stays above the newer ones: out of their order.
        out = rejected | {start for _, start, end, _ in found if text[start:end] in pinned}
        moved = _yearless_by_order(found, out, text, page_text)
    if not moved:
        return ShownDate(newest[0], newest[2], True)
    found = sorted(
        ((moved.get(start, day), start, end, rank) for day, start, end, rank in found),
        reverse=True,
    )
    newest = _newest_item_date(found, text, now, rejected)
    if newest is None:
        return None
    return ShownDate(newest[0], newest[2], newest[1] in _yearless_ranks())


def _newest_item_date(
    found: list[tuple[date, int, int, int]], text: str, now: date, rejected: set[int]
) -> tuple[date, int, str] | None:
    """The (date, form rank, text) of the newest of `found` (newest first) that is an item's,
    not a footer's, a clock's, an effective date or the page's update stamp; the start
    of each one passed over is added to `rejected` (and those in it are passed over)."""
    before, effective, _ = _marker_patterns()
    furniture_line, issued = _furniture_patterns()
    clock_line = _clock_line_pattern()
    ends: set[int] | None = None  # where each date ends (for a period's end)
    for value, start, end, rank in found:
        if start in rejected:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if (
            furniture_line.search(line) is not None
            or (
                abs(value - now) <= _CLOCK_DAYS
                and len(line.strip()) <= _CLOCK_BLOCK_CHARS
                # a clock or a weather box shows today ("Thursday, April 10, 2025" is a date)
                and clock_line.search(line) is not None
                and not _weekday_list(found, text, value, now, line)
            )
            or (
                abs(value - now) <= _CLOCK_DAYS
                # a widget's rating or feed, issued today ("issued 24/11/2026")
                and issued.search(text, max(line_start, start - _ISSUED_GAP), start) is not None
                and not _issued_list(found, text, now, issued)
            )
            or _after_marker(before, text, line_start, start)
            or effective.match(text, end) is not None
        ):
            rejected.add(start)
            continue
        stamp = _stamp_pattern().search(text, max(line_start, start - 32), start)
        if stamp is not None and text.lower().count(stamp.group(1).lower()) < 2:
            rejected.add(start)
            continue  # the page's own "last updated" stamp, not a listed item's date
        if ends is None:
            ends = {found_end for _, _, found_end, _ in found}
        if any(
            _ends_period(text, gap, start)
            for gap in range(max(line_start, start - _PERIOD_GAP), start)
            if gap in ends
        ):
            rejected.add(start)
            continue  # the end of a period (2026年9月1日至2026年11月22日): its start counts
        if value > now and _announced_at(text, start, end, line_start):
            # A deadline or an event still ahead ("Closes 27 Nov 2026" tomorrow, in a
            # text node of its own, within the day of slack): as `item_dates` reads it.
            rejected.add(start)
            continue
        if (
            _announced_at(text, start, end, line_start)
            and _other_own_date(
                found, text, start, line_start, line_end if line_end >= 0 else len(text)
            )
            and not any(
                end < other <= end + _PERIOD_GAP and _ends_period(text, end, other)
                for _, other, _, _ in found
            )  # a period's first day (its connector read as a deadline's word)
        ):
            rejected.add(start)
            continue  # "Opened: 07/10/2026 · Closing date: 18/11/2026": as `item_dates`
        return value, rank, text[start:end]
    return None


def _weekday_list(
    found: list[tuple[date, int, int, int]], text: str, value: date, now: date, line: str
) -> bool:
    """Whether a short line with a weekday that dates yesterday (`value`: a clock's, as
    `_newest_item_date` reads it, on a server behind our time zone) is one item of a
    list whose items show their weekday (CivicPlus's "Thursday, November 19, 2026"
    under each News Flash item, scanned at 02:00 in Beijing: the US afternoon of the
    day before; Hong Kong's press releases under day headings): another short line
    with a weekday dates a day that no clock shows (before yesterday). Today's date
    stays a clock's, and so does a weather box's line."""
    weekdays = weekday_pattern()
    if value >= now or weekdays.search(line) is None or _weather_pattern().search(line) is not None:
        return False
    for other, start, _, _ in found:
        if other < now - _CLOCK_DAYS:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            other_line = text[line_start : line_end if line_end >= 0 else len(text)]
            if len(other_line.strip()) <= _CLOCK_BLOCK_CHARS and weekdays.search(other_line):
                return True
    return False


# How far before its date a widget's "issued" may stand ("(issued 24/11/2026)").
_ISSUED_GAP = 24


@cache
def _furniture_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a line that is page furniture: a footer's or a policy notice's, whatever its
    date; the `issued` word of a widget right before a date)."""
    lex = _lexicon()
    line = re.compile(_alternation(lex.footer + lex.policy_notice), re.I)
    issued = re.compile(rf"(?<![a-z])(?:{_alternation(lex.issued)})[\s:：,，]*$", re.I)
    return line, issued


def _issued_list(
    found: list[tuple[date, int, int, int]], text: str, now: date, issued: re.Pattern[str]
) -> bool:
    """Whether the page shows the `issued` word before a date that no widget shows
    (before yesterday): a list of releases, each "Issued 20 November 2026", not a
    widget's rating issued today."""
    for other, start, _, _ in found:
        if other < now - _CLOCK_DAYS:
            line_start = text.rfind("\n", 0, start) + 1
            if issued.search(text, max(line_start, start - _ISSUED_GAP), start) is not None:
                return True
    return False


@cache
def _weather_pattern() -> re.Pattern[str]:
    return re.compile(_alternation(_lexicon().weather), re.I)


def _other_own_date(
    found: list[tuple[date, int, int, int]], text: str, start: int, line_start: int, line_end: int
) -> bool:
    """Whether a line (`line_start`:`line_end` of `text`) holds a date of `found` other
    than the one at `start` that is no deadline's or event's (`_announced_at`), clock's
    or effective date: what `item_dates` reads an item by instead of its deadline."""
    before, effective, _ = _marker_patterns()
    return any(
        line_start <= other < line_end
        and other != start
        and not _announced_at(text, other, other_end, line_start)
        and not _after_marker(before, text, line_start, other)
        and effective.match(text, other_end) is None
        for _, other, other_end, _ in found
    )


_PERIOD_GAP = 8  # characters between a period's two days ("  to  ", " - ", "至")


def _yearless_by_order(
    found: list[tuple[date, int, int, int]], rejected: set[int], text: str = "", page_text: str = ""
) -> dict[int, date]:
    """{start: date} of the year-less dates of `found` that their order in `text` (the
    lines read) moves a year back (`years_by_order`), those in `rejected` left out.
    `page_text`: the page's visible text, one text node per line."""
    ranks = _yearless_ranks()
    by_start = {start: day for day, start, _, rank in found if rank in ranks}
    in_text = sorted((start, day) for start, day in by_start.items() if start not in rejected)
    # The text runs the page's lists together: a step up in month-day (the next list
    # starting above where the last one ended) starts another list; not one across New
    # Year ([01-03] then [12-28], as `years_by_order` reads a list: the full scan's), nor
    # a longer one that keeps the list's pace and its stride in the page's lines
    # (`_past_new_year`: [05-01] [03-22] [01-10] [11-26] of one list).
    moved: dict[int, date] = {}
    run: list[tuple[int, date]] = []
    folded: list[str] = []  # the page's text folded as `text` is, once needed
    for start, day in in_text:
        if (
            run
            and _month_day(day) > _month_day(run[-1][1])
            and (back := (_month_day(run[-1][1]) - _month_day(day)) % 365) > _NEW_YEAR_STEP
            and not _past_new_year(run, start, back, text, page_text, folded)
        ):
            moved.update(_moved_in_run(run))
            run = []
        run.append((start, day))
    moved.update(_moved_in_run(run))
    return moved


_NEW_YEAR_STEP = 31  # days: a list going from early January to late December
_PACE = 2  # a list's step past New Year: at most twice its longest step before


def _past_new_year(
    run: list[tuple[int, date]],
    start: int,
    back: int,
    text: str,
    page_text: str,
    folded: list[str],
) -> bool:
    """Whether the year-less date at `start` of `text` that steps up from the end of
    `run` (`back` days before it, across New Year) goes on the same list: the list keeps
    its pace (the step is at most `_PACE` times its longest before) and its stride in the
    page's lines (as many text nodes from its last date to this one as between its last
    two dates: another list starts after its heading and "more" link). `folded`: the
    page's text folded, filled on first use."""
    if len(run) < 2 or not page_text:
        return False
    steps = [(_month_day(a) - _month_day(b)) % 365 for (_, a), (_, b) in pairwise(run)]
    if back > _PACE * max(steps):
        return False
    if not folded:
        folded.append(f"\n{fold(page_text)}\n")
    page = folded[0]
    lines = [f"\n{_line_at(text, at)}\n" for at in (run[-2][0], run[-1][0], start)]
    before = page.find(lines[0])
    last = page.find(lines[1], before + 1) if before >= 0 else -1
    this = page.find(lines[2], last + 1) if last >= 0 else -1
    if this < 0:
        return False
    return page.count("\n", before, last) == page.count("\n", last, this)


def _line_at(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]


def _moved_in_run(run: list[tuple[int, date]]) -> dict[int, date]:
    if len(run) < 3:
        return {}
    moved = years_by_order([day for _, day in run], range(len(run)))
    return {run[at][0]: day for at, day in moved.items()}


def _pinned_dates(text: str) -> set[str]:
    """The year-less dates as written ("12-15", "12月15日") on the lines of `text` beside
    a pinned item's marker (置顶, Pinned: lexicon `pinned`), its own line and the lines
    next to it: the item's date is in a text node of its own, before or after."""
    marker = _pinned_pattern()
    if marker.search(text) is None:
        return set()
    lines = text.split("\n")
    marked = [index for index, line in enumerate(lines) if marker.search(line)]
    near = sorted({at for index in marked for at in (index - 1, index, index + 1)})
    nearby = fold("\n".join(lines[at] for at in near if 0 <= at < len(lines)))
    ranks = _yearless_ranks()
    return {match.group(0) for rank, _, match in _form_matches(nearby, True) if rank in ranks}


@cache
def _pinned_pattern() -> re.Pattern[str]:
    return re.compile(_alternation(builtin_lexicon_data()["markers"]["pinned"]), re.I)


@cache
def _yearless_ranks() -> frozenset[int]:
    """The ranks (in `_forms`) of the forms without a year ([11-20], 11月20日)."""
    return frozenset(rank for rank, form in enumerate(_forms(True)) if form.kind in _YEARLESS_KINDS)


@cache
def _stamp_pattern() -> re.Pattern[str]:
    """An update label right before a date ("最后更新：", "Last updated:"). Once on a
    homepage it is the page's stamp (a footer's, often written at each request), which
    is not an item; a label that dates each item of a list is there many times."""
    return re.compile(rf"({_alternation(_lexicon().updated)})[\s:：,，]*$", re.I)


def update_stamp_date(text: str, now: date, order: str | None = None) -> date | None:
    """The date right after an update label in `text` ("Last updated: 24 November 2026",
    "Page last reviewed: ..."), if it has one: a page's stamp where a list has it once."""
    for match in dict(_label_patterns())["updated"].finditer(text):
        for hit in _dates(text[match.end() : match.end() + 40], now, order):
            if hit.start <= 3:
                return hit.value
            break
    return None


@cache
def _issued_word() -> re.Pattern[str]:
    """A widget's `issued` word (date_patterns `issued`) and what may stand between it
    and its date, as `_furniture_patterns` reads it, unanchored."""
    return re.compile(rf"(?<![a-z])(?:{_alternation(_lexicon().issued)})[\s:：,，]*", re.I)


def issued_dates(text: str, now: date, order: str | None = None) -> list[date]:
    """The dates right after a widget's `issued` word in `text` ("(issued 26/11/2026)",
    "as at 25 November 2026"), as the homepage sweep reads them (`_newest_item_date`:
    one of today, give or take the time zones' day, is a rating or a feed issued anew
    each day, unless the page shows the word before older dates too)."""
    found: list[date] = []
    for match in _issued_word().finditer(text):
        for hit in _dates(text[match.end() : match.end() + 40], now, order):
            if hit.start == 0:
                found.append(hit.value)
            break
    return found


def issued_today(text: str, day: date, now: date, order: str | None = None) -> bool:
    """Whether `text` shows `day`, within a day of `now`, right after a widget's
    `issued` word (`issued_dates`)."""
    return abs(day - now) <= _CLOCK_DAYS and day in issued_dates(text, now, order)


# A page clock's block is short: the date, a weekday, perhaps the weather.
_CLOCK_BLOCK_CHARS = 60


def reads_as_clock(text: str, day: date, now: date) -> bool:
    """Whether `text` (an item's text beside its link), dated `day`, is a page clock or
    a weather box rather than a publication: short, with a weekday or a temperature
    ("Thursday 26 November · 18°C", "2026年11月26日 星期四"), and today's date (give or
    take the time zones' day)."""
    return (
        abs(day - now) <= _CLOCK_DAYS
        and len(text) <= _CLOCK_BLOCK_CHARS
        and _clock_line_pattern().search(text) is not None
    )


def newest_date_in_urls(urls: Sequence[str], now: date) -> date | None:
    """The newest date any of many article URLs carries, in one pass per century."""
    text = "\n".join(urls)
    twenties, nineties = _URL_DATES_BY_CENTURY
    # Each date once: lists link many articles of the same day.
    found = set(twenties.findall(text))
    if "199" in text:  # most pages have no 1990s in their links: no second pass
        found.update(nineties.findall(text))
    return _newest_day(map(_url_day, found), now)


def _url_day(found: str) -> tuple[str, str, str]:
    """(year, month, day) of a `_URL_DATES_BY_CENTURY` match: the year, then either one
    run of four digits (MMDD) or two runs (month, day)."""
    runs = _DIGIT_RUNS.findall(found, 4)
    if len(runs) == 1:
        return found[:4], runs[0][:2], runs[0][2:]
    return found[:4], runs[0], runs[1]


def _newest_day(days: Iterable[tuple[str, str, str]], now: date) -> date | None:
    """The newest real and plausible day of (year, month, day) digit strings."""
    for year, month, day in sorted(((int(y), int(m), int(d)) for y, m, d in days), reverse=True):
        value = _make(year, month, day)
        if value is not None and _plausible(value, now):
            return value
    return None


# --------------------------------------------------------------------------------------
# The data a shell's scripts render its lists from ([embedded_data])

_LITERAL = (
    r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?"""
    r"|true|false|null|void 0|undefined|\{\}|\[\])"
)
_LITERALS = re.compile(rf"\s*(?:{_LITERAL}\s*(?:,\s*{_LITERAL}\s*)*)?")
_LITERAL_ONE = re.compile(_LITERAL)
_IIFE_PARAMS = re.compile(r"function\s*\(([\w$\s,]*)\)\s*\{")
_IIFE_ARGS_CHARS = 65536  # the call's arguments are read in the script's last characters
_OBJECT_REACH = 1200  # characters from an item's date to its braces, each way
_SCRIPT_TYPES = ("", "text/javascript", "application/javascript", "module", "application/json")


class _EmbeddedPatterns(NamedTuple):
    key_before: re.Pattern[str]  # a date key, right before a value's `:`
    titled: re.Pattern[str]  # a title key and its value (a string, or a parameter's name)
    max_chars: int
    max_total: int
    zone: timezone


# A value that may be a date, after its key's `:` (searched from the `:`: scripts of
# code cost little): a string that starts with a digit, epoch seconds or milliseconds.
_DATED_VALUE = re.compile(
    r""":\s*(?:\\?(?P<q>["'])(?P<s>\d[^"'\\<>\n]{5,39})\\?(?P=q)|(?P<n>\d{10}(?:\d{3})?)(?![\w.]))"""
)
# A parameter's name for a value (Nuxt 2's `publishTime:a`), read in such scripts only.
_NAMED_VALUE = re.compile(r""":(?P<id>[A-Za-z_$][\w$]{0,3})(?![\w$(.])""")
_KEY_CHARS = 48  # a date key's characters before its value's `:`, quotes included


@cache
def _embedded_patterns() -> _EmbeddedPatterns:
    data: dict[str, Any] = _data_file()["embedded_data"]

    def names(keys: Iterable[str]) -> str:
        return "|".join(re.escape(str(k)) for k in sorted(keys, key=len, reverse=True))

    # `"key": value`, `key:value`, `\"key\":\"value\"` (JSON inside a JS string).
    key = r"""(?<![\w$])(?:\\?["'])?(?:{})(?:\\?["'])?\s*"""
    return _EmbeddedPatterns(
        re.compile(key.format(names(data["date_keys"])) + "$", re.IGNORECASE),
        re.compile(
            key.format(names(data["title_keys"]))
            + r""":\s*(?:\\?["'](?![\\"'])|[A-Za-z_$][\w$]{0,3}(?![\w$(.]))""",
            re.IGNORECASE,
        ),
        int(data["max_chars"]),
        int(data["max_total_chars"]),
        _script_vars()[1],
    )


def _iife_values(text: str) -> dict[str, str]:
    """Nuxt 2's `window.__NUXT__=(function(a,b,c){return {...}}("2026-11-20",null,1))`:
    each parameter's value, where the call's arguments are literals (else nothing)."""
    params = _IIFE_PARAMS.search(text, 0, 400)
    tail = text.rstrip().rstrip(";").rstrip()
    if params is None or not tail.endswith(")"):
        return {}
    tail = tail[:-1].rstrip()
    if tail.endswith(")"):  # the call inside parentheses: `(function(){...}(...))`
        tail = tail[:-1]
    start = tail.rfind("}(", max(params.end(), len(tail) - _IIFE_ARGS_CHARS))
    if start < 0:
        return {}
    args = tail[start + 2 :]
    if _LITERALS.fullmatch(args) is None:
        return {}
    names = [name.strip() for name in params[1].split(",")]
    values = [found.group() for found in _LITERAL_ONE.finditer(args)]
    return {name: value.strip("\"'") for name, value in zip(names, values, strict=False) if name}


def _item_bounds(text: str, at: int) -> tuple[int, int] | None:
    """The object around `at` (its `{` and `}`), when it is an item of a list: its `{`
    right after `[` or `,`. None for another object (a config, a state's root)."""
    depth = 0
    opening = -1
    for index in range(at - 1, max(-1, at - _OBJECT_REACH), -1):
        char = text[index]
        if char == "}":
            depth += 1
        elif char == "{":
            if depth == 0:
                opening = index
                break
            depth -= 1
    if opening < 0:
        return None
    before = text[max(0, opening - 40) : opening].rstrip()
    if not before.endswith(("[", ",")):
        return None
    depth = 0
    for index in range(at, min(len(text), at + _OBJECT_REACH)):
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return opening, index
            depth -= 1
    return opening, min(len(text), at + _OBJECT_REACH)


def _embedded_day(written: str, now: date, zone: timezone) -> date | None:
    epoch = re.fullmatch(r"(\d{10})(\d{3})?", written.strip())
    if epoch is None:
        return None if reads_as_relative(written) else parse_date_value(written, now)
    day = datetime.fromtimestamp(int(epoch[1]), tz=zone).date()
    return day if _plausible(day, now) else None


def newest_in_embedded_data(scripts: Iterable[LexborNode], now: date) -> date | None:
    """The newest publication date of an item in the data a page's inline scripts hold
    for rendering its lists ([embedded_data]): an object in a list with a title-like key
    and a date-like key, its date not after tomorrow. Read on pages that show no dated
    item; at most `max_chars` of a script and `max_total_chars` of all are read.
    `scripts`: the page's <script> elements (those with a `src` are passed over)."""
    patterns = _embedded_patterns()
    budget = patterns.max_total
    newest: date | None = None
    for script in scripts:
        if budget <= 0:
            break
        if script.tag != "script" or "src" in script.attributes:
            continue
        kind = (script.attributes.get("type") or "").strip().lower()
        if kind not in _SCRIPT_TYPES:
            continue
        full = script.text(deep=True)
        text = full[: min(patterns.max_chars, budget)]
        budget -= len(text)
        found: list[tuple[date, int]] = []
        written: Iterator[tuple[str, int]] = (
            (match["s"] or match["n"], match.start()) for match in _DATED_VALUE.finditer(text)
        )
        if _IIFE_PARAMS.search(text, 0, 400) is not None and (values := _iife_values(full)):
            named = (
                (values.get(match["id"], ""), match.start())
                for match in _NAMED_VALUE.finditer(text)
            )
            written = chain(written, named)
        for value, at in written:
            if not value[:1].isdigit():
                continue
            day = _embedded_day(value, now, patterns.zone)
            if day is None or (newest is not None and day <= newest):
                continue
            if patterns.key_before.search(text, max(0, at - _KEY_CHARS), at) is not None:
                found.append((day, at))
        # Newest first: the first that is a titled item of a list is the script's newest.
        for day, at in sorted(found, reverse=True):
            bounds = _item_bounds(text, at)
            if bounds is not None and patterns.titled.search(text, bounds[0], bounds[1]):
                newest = day
                break
    return newest
