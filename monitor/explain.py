"""A finding's detail in the report's language, from the templates in `data/explanations.toml`.

The scan writes each finding's detail in English and keeps its evidence as data
(`Reason.data`: the column, its newest date, the limit...). `explain` renders that data
with the language's template for the finding code; English, a language without
templates and a finding whose data does not fit any template (a database from an older
version, damaged or hostile data) show the English detail as it is. It never raises.

Values are inserted as plain text: the renderers escape them for HTML or Markdown.
"""

from __future__ import annotations

import functools
import math
import re
import string
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from crawler.domains import display_url
from monitor.model import Reason

# Fields that older findings (and some current ones) carry only in their English detail,
# as crawler/rules.py, crawler/integrity.py, crawler/availability.py and crawler/check.py
# write it. A field in the data wins over the one read from the detail.
_FROM_DETAIL: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    code: tuple((name, re.compile(pattern, re.ASCII)) for name, pattern in fields)
    for code, fields in {
        "unreachable": (
            ("attempts", r"^homepage unreachable after (\d+) attempts: "),
            ("http_status", r"^homepage unreachable[^:(]*: [^:(]*\(HTTP (\d{3})\b"),
        ),
        "availability": (
            ("window_days", r"^failed \d+ of \d+ visits over the last (\d+) days "),
            ("limit_ratio", r", limit (\d+(?:\.\d+)?%)\)$"),
        ),
        "too_large": (("max_bytes", r"^homepage body larger than (\d+) bytes"),),
        "tls_error": (("problem", r"^homepage served with an? (.+)$"),),
        "check_error": (("error", r"^internal error while checking: (.+)$"),),
        "homepage_stale": (("page", r"^nothing new on the (second-level) pages "),),
        "abandoned": (
            ("age_days", r"^nothing new on the site for (\d+) days "),
            ("watched_days", r"^no dates and no content change in (\d+) days "),
        ),
        "unanswered_messages": (
            ("after_days", r"^\d+ citizen message\(s\) unanswered for over (\d+) days"),
        ),
    }.items()
}
_NUMBER = re.compile(r"\d+", re.ASCII)
_FIELD = re.compile(r"(\w+)((?:\[[^\[\]]+\])*)")  # name, then [key][key]...
_KEY = re.compile(r"\[([^\[\]]+)\]")


class _Missing(Exception):
    """A field the template needs is not in the data, or not a usable value."""


@dataclass(frozen=True)
class _List:
    source: tuple[str, ...]  # path of keys to the list in the data
    item: str
    join: str
    limit: int | None
    more: str  # appended when elements are left out; {total}
    parts: Mapping[str, str]


@dataclass(frozen=True)
class _Template:
    text: str
    when: Mapping[str, tuple[object, ...]]
    parts: Mapping[str, str]
    lists: Mapping[str, _List]


@dataclass(frozen=True)
class _Language:
    templates: Mapping[str, tuple[_Template, ...]]
    words: Mapping[str, Mapping[str, str]]


def explain(reason: Reason, lang: str) -> str:
    """The reason's detail in `lang`: its template filled from its data, else the detail."""
    language = _languages().get(lang)
    templates = language.templates.get(reason.code) if language else None
    if not language or not templates:
        return reason.detail
    try:
        data = reason.data
        if not isinstance(data, Mapping):
            return reason.detail
        derived = _derived(reason)
        for template in templates:
            scope = _Scope(data, derived, reason.count, language.words, template)
            if not scope.matches(template.when):
                continue
            try:
                return scope.render(template.text)
            except _Missing:
                continue
    except Exception:  # whatever a database holds, the report shows something readable
        return reason.detail
    return reason.detail


def template_codes(lang: str) -> frozenset[str]:
    """The finding codes `lang` has templates for."""
    language = _languages().get(lang)
    return frozenset(language.templates) if language else frozenset()


def word_keys(lang: str, field: str) -> frozenset[str]:
    """The values of `field` that `lang` has words for ("type": column types...)."""
    language = _languages().get(lang)
    return frozenset(language.words.get(field, {})) if language else frozenset()


# ---------------------------------------------------------------------------
# Rendering


class _Scope:
    """The fields of one template (or one list element): data, derived fields, the
    count, words, and the template's own parts and lists."""

    def __init__(
        self,
        data: Mapping[str, Any],
        derived: Mapping[str, object],
        count: int | None,
        words: Mapping[str, Mapping[str, str]],
        template: _Template | None = None,
        parts: Mapping[str, str] | None = None,
    ) -> None:
        self.data = data
        self.derived = derived
        self.count = count
        self.words = words
        self.parts = template.parts if template else (parts or {})
        self.lists: Mapping[str, _List] = template.lists if template else {}
        self._active: set[str] = set()  # parts and lists being rendered: no loops

    def render(self, text: str, optional: bool = False) -> str:
        result: str = _Formatter(self, optional).vformat(text, (), {})
        return result

    def matches(self, when: Mapping[str, tuple[object, ...]]) -> bool:
        for key, accepted in when.items():
            try:
                value = self.raw(key)
            except _Missing:
                return False
            if isinstance(value, bool) or value not in accepted:
                return False
        return True

    def raw(self, name: str) -> object:
        """The finding's count, a value from its data or one derived from its detail."""
        if name == "count" and self.count is not None:
            value: object = self.count
        elif name in self.data:
            value = self.data[name]
        elif name in self.derived:
            value = self.derived[name]
        else:
            raise _Missing(name)
        if value is None:
            raise _Missing(name)
        return value

    def value(self, name: str) -> object:
        """What {name} stands for: a part, a list, a value, or a word."""
        if name in self.parts or name in self.lists:
            if name in self._active:
                raise _Missing(name)  # a template that refers to itself
            self._active.add(name)
            try:
                if name in self.parts:
                    try:
                        return self.render(self.parts[name], optional=True)
                    except _Missing:
                        return ""
                return self._list(self.lists[name])
            finally:
                self._active.discard(name)
        try:
            return self.raw(name)
        except _Missing:
            if not name.endswith("_label"):
                raise
        return self._word(name.removesuffix("_label"))

    def _word(self, name: str) -> str:
        table = self.words.get(name)
        value = self.raw(name)
        if table is None or not isinstance(value, str | int) or isinstance(value, bool):
            raise _Missing(name)
        word = table.get(str(value))
        if word is not None:
            return word
        if "*" in table:
            return table["*"].format(value=value)
        raise _Missing(name)

    def _list(self, spec: _List) -> str:
        value: object = self.raw(spec.source[0])
        for key in spec.source[1:]:
            if not isinstance(value, Mapping) or key not in value:
                raise _Missing(key)
            value = value[key]
        if not isinstance(value, Sequence) or isinstance(value, str | bytes) or not value:
            raise _Missing(spec.source[-1])
        shown = value[: spec.limit] if spec.limit is not None else value
        items = []
        for element in shown:
            data = element if isinstance(element, Mapping) else {"value": element}
            scope = _Scope(data, {}, None, self.words, parts=spec.parts)
            items.append(scope.render(spec.item))
        text = spec.join.join(items)
        if len(shown) < len(value) and spec.more:
            text += spec.more.format(total=len(value))
        return text


class _Formatter(string.Formatter):
    """str.format over a scope: plain values only (strings and finite numbers), keys of
    nested tables ({oldest[date]}) but no attributes, no positional fields."""

    def __init__(self, scope: _Scope, optional: bool) -> None:
        super().__init__()
        self.scope = scope
        self.optional = optional  # a part: empty values count as missing

    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        if not isinstance(key, str):
            raise _Missing(str(key))
        return self.scope.value(key)

    def get_field(self, field_name: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        match = _FIELD.fullmatch(field_name)
        if match is None:  # {0}, {a.b}: not for templates
            raise _Missing(field_name)
        value = self.get_value(match.group(1), args, kwargs)
        for key in _KEY.findall(match.group(2)):
            if not isinstance(value, Mapping) or key not in value:
                raise _Missing(field_name)
            value = value[key]
        return value, match.group(1)

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise _Missing(repr(value)[:40])
        if isinstance(value, float) and not math.isfinite(value):
            raise _Missing(repr(value))
        if self.optional and (value == "" or value == 0):
            raise _Missing(repr(value))
        if isinstance(value, str) and value[:8].lower().startswith(("http://", "https://")):
            value = display_url(value)  # an IDN host in Unicode, no password
        try:
            return format(value, format_spec)
        except (ValueError, TypeError) as exc:  # {ratio:.1%} of a string
            raise _Missing(str(exc)) from exc


def _derived(reason: Reason) -> dict[str, object]:
    fields: dict[str, object] = {}
    detail = reason.detail if isinstance(reason.detail, str) else ""
    for name, pattern in _FROM_DETAIL.get(reason.code, ()):
        match = pattern.search(detail)
        if match:
            text = match.group(1)
            fields[name] = int(text) if _NUMBER.fullmatch(text) else text
    days_left = reason.data.get("days_left")
    if isinstance(days_left, int) and not isinstance(days_left, bool) and days_left < 0:
        fields["days_ago"] = -days_left
    return fields


# ---------------------------------------------------------------------------
# Loading


@functools.cache
def _languages() -> dict[str, _Language]:
    text = resources.files("monitor").joinpath("data/explanations.toml").read_text("utf-8")
    return {lang: _language(lang, table) for lang, table in tomllib.loads(text).items()}


def _language(lang: str, table: Mapping[str, Any]) -> _Language:
    words = {
        name: _strings(f"{lang}.words.{name}", t) for name, t in table.get("words", {}).items()
    }
    templates: dict[str, tuple[_Template, ...]] = {}
    for code, entry in table.items():
        if code == "words":
            continue
        entries = entry if isinstance(entry, list) else [entry]
        templates[code] = tuple(_template(f"{lang}.{code}", e) for e in entries)
    return _Language(templates, words)


def _template(where: str, entry: Mapping[str, Any]) -> _Template:
    _only(where, entry, {"text", "when", "parts", "lists"})
    when = {
        key: tuple(value) if isinstance(value, list) else (value,)
        for key, value in entry.get("when", {}).items()
    }
    lists = {
        name: _list(f"{where}.lists.{name}", spec) for name, spec in entry.get("lists", {}).items()
    }
    return _Template(
        _string_at(where, entry, "text"),
        when,
        _strings(f"{where}.parts", entry.get("parts", {})),
        lists,
    )


def _list(where: str, spec: Mapping[str, Any]) -> _List:
    _only(where, spec, {"from", "item", "join", "limit", "more", "parts"})
    source = spec.get("from", where.rsplit(".", 1)[-1])
    limit = spec.get("limit")
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise ValueError(f"{where}.limit: expected a positive number, got {limit!r}")
    return _List(
        tuple(str(source).split(".")),
        _string_at(where, spec, "item"),
        str(spec.get("join", "")),
        limit,
        str(spec.get("more", "")),
        _strings(f"{where}.parts", spec.get("parts", {})),
    )


def _only(where: str, table: Mapping[str, Any], keys: Iterable[str]) -> None:
    unknown = set(table) - set(keys)
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")


def _string_at(where: str, table: Mapping[str, Any], key: str) -> str:
    value = table.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{where}.{key}: expected a string, got {value!r}")
    return value


def _strings(where: str, table: Mapping[str, Any]) -> dict[str, str]:
    for key, value in table.items():
        if not isinstance(value, str):
            raise ValueError(f"{where}.{key}: expected a string, got {value!r}")
    return dict(table)
