"""Report labels in English and Chinese, read from `data/labels.toml`."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

LANGUAGES: tuple[str, ...] = ("en", "zh")


@dataclass(frozen=True)
class Labels:
    lang: str
    _words: dict[str, str]
    _statuses: dict[str, str]
    _findings: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def format(self, key: str, **values: Any) -> str:
        return self._words[key].format(**values)

    def status(self, status: str) -> str:
        return self._statuses.get(status, status)

    def finding(self, code: str) -> str:
        return self._findings.get(code, code)


@functools.cache
def labels_for(lang: str) -> Labels:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}: expected one of {LANGUAGES}")
    text = resources.files("monitor").joinpath("data/labels.toml").read_text("utf-8")
    data = tomllib.loads(text)
    english, chosen = data["en"], data[lang]

    def layer(key: str | None) -> dict[str, str]:
        base = english.get(key, {}) if key else english
        over = chosen.get(key, {}) if key else chosen
        return {k: v for k, v in {**base, **over}.items() if isinstance(v, str)}

    return Labels(lang, layer(None), layer("status"), layer("finding"))
