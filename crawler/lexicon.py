"""The words pages are read with (column types, "more" links, empty-list and
message-state markers): built in as data (`crawler/data/lexicon.toml`), extended by
the config's `[columns]` section.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

COLUMN_TYPES = ("notice", "policy", "personnel", "planning", "interaction", "news")
MARKER_KINDS = ("more", "empty", "answered", "unanswered")


@dataclass(frozen=True)
class Lexicon:
    # (type, keywords) in priority order; "other" is what matches none.
    column_types: tuple[tuple[str, tuple[str, ...]], ...]
    more: tuple[str, ...]
    empty: tuple[str, ...]
    answered: tuple[str, ...]
    unanswered: tuple[str, ...]

    def classify(self, heading: str) -> str:
        return _classifier(self)(heading)

    def is_more(self, text: str) -> bool:
        return _normalise(text) in _more_set(self)

    def find_empty(self, text: str) -> str | None:
        match = _pattern(self.empty).search(text.lower())
        return match.group(0) if match else None

    def message_state(self, text: str) -> bool | None:
        """True answered, False unanswered, None when the text does not say."""
        lowered = text.lower()
        if _pattern(self.unanswered).search(lowered):
            return False
        if _pattern(self.answered).search(lowered):
            return True
        return None


def _normalise(text: str) -> str:
    return text.strip().lower().rstrip(" >»›+＞\t\n").replace(" ", "") or text.strip()


@cache
def _more_set(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(_normalise(m) for m in lexicon.more) | frozenset(m for m in lexicon.more)


@cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered) or r"(?!x)x")


@cache
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

    def __call__(self, heading: str) -> str:
        text = heading.lower().replace(" ", "")
        for _, _, kind, word in self._entries:
            if word in text:
                return kind
        return "other"


@cache
def builtin_lexicon_data() -> Mapping[str, Mapping[str, Sequence[str]]]:
    text = resources.files("crawler").joinpath("data/lexicon.toml").read_text("utf-8")
    return tomllib.loads(text)


def build_lexicon(extra: Mapping[str, Sequence[str]] | None = None) -> Lexicon:
    """The built-in lexicon, each list extended by the same key from the config."""
    data = builtin_lexicon_data()
    extra = extra or {}
    types = tuple(
        (kind, tuple(data["column_types"][kind]) + tuple(extra.get(kind, ())))
        for kind in COLUMN_TYPES
    )
    markers = {
        kind: tuple(data["markers"][kind]) + tuple(extra.get(f"{kind}_markers", ()))
        for kind in MARKER_KINDS
    }
    return Lexicon(column_types=types, **markers)
