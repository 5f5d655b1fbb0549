"""Every finding code and status has a report label of its own in every language (a
missing Chinese label would show the English one in a Chinese report)."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from crawler.models import FINDING_CODES, STATUSES
from monitor.labels import LANGUAGES


def _table(lang: str, key: str) -> dict[str, str]:
    text = resources.files("monitor").joinpath("data/labels.toml").read_text("utf-8")
    return dict(tomllib.loads(text)[lang].get(key, {}))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_finding_code_has_a_label(lang: str) -> None:
    labels = _table(lang, "finding")
    assert sorted(set(FINDING_CODES) - set(labels)) == []
    assert sorted(set(labels) - set(FINDING_CODES)) == []  # no misspelt codes


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_status_has_a_label(lang: str) -> None:
    assert sorted(set(STATUSES) - set(_table(lang, "status"))) == []
