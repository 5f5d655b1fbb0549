"""Finding details in Chinese: every finding code has a template, real data shapes read
well, and anything else (old or damaged data) falls back to the English detail."""

from __future__ import annotations

import json
import math
import string
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

import pytest

from crawler.availability import availability_finding
from crawler.config import RuleSettings
from crawler.integrity import broken_link_findings
from crawler.lexicon import COLUMN_TYPES
from crawler.models import (
    FINDING_CODES,
    BrokenLink,
    ColumnState,
    ContentHistory,
    FetchRecord,
    Finding,
    FutureItem,
    Message,
    PageObservations,
    SiteObservations,
)
from crawler.rules import (
    KIND_WORDS,
    abandoned_findings,
    availability_findings,
    certificate_findings,
    column_findings,
    future_findings,
    homepage_findings,
    message_findings,
)
from monitor.explain import explain, template_codes, word_keys
from monitor.model import Reason

NOW = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)
TODAY = NOW.date()
URL = "http://www.example.gov.cn/"
RULES = RuleSettings()


def reason(finding: Finding) -> Reason:
    """A finding as the report reads it back: its data through JSON, like the database."""
    data = json.loads(json.dumps(dict(finding.data), ensure_ascii=False, default=str))
    return Reason(finding.code, finding.detail, finding.count, finding.veto, data)


# ---------------------------------------------------------------------------
# Coverage


def test_every_finding_code_has_a_chinese_template() -> None:
    # A new finding code needs a [zh.<code>] template in monitor/data/explanations.toml.
    assert sorted(FINDING_CODES - template_codes("zh")) == []
    assert sorted(template_codes("zh") - FINDING_CODES) == []  # no misspelt codes


def test_every_column_type_and_error_kind_has_words() -> None:
    assert {*COLUMN_TYPES, "other"} <= word_keys("zh", "type")
    assert set(KIND_WORDS) <= word_keys("zh", "kind")


def _fields(template: str) -> Iterator[str]:
    for _, name, _, _ in string.Formatter().parse(template):
        if name is not None:
            yield name.split("[", 1)[0]


def test_templates_refer_only_to_known_words_and_not_to_themselves() -> None:
    text = resources.files("monitor").joinpath("data/explanations.toml").read_text("utf-8")
    zh = tomllib.loads(text)["zh"]
    words = set(zh["words"])
    for code, entry in zh.items():
        if code == "words":
            continue
        for template in entry if isinstance(entry, list) else [entry]:
            pieces = [("text", template["text"]), *template.get("parts", {}).items()]
            for spec in template.get("lists", {}).values():
                pieces += [("item", spec["item"]), *spec.get("parts", {}).items()]
            for name, piece in pieces:
                for field in _fields(piece):
                    assert field != name, f"{code}: part {name} refers to itself"
                    if field.endswith("_label"):
                        assert field.removesuffix("_label") in words, f"{code}: {field}"


def test_english_and_unknown_languages_show_the_detail() -> None:
    stale = Reason(
        "slow",
        "homepage took 620 ms (limit 500 ms)",
        None,
        False,
        {"response_ms": 620, "limit_ms": 500},
    )
    assert explain(stale, "en") == stale.detail
    assert explain(stale, "fr") == stale.detail
    assert explain(Reason("new_code", "something new", None, False, {}), "zh") == "something new"


# ---------------------------------------------------------------------------
# Real data shapes (the demo database, crawler/rules.py and crawler/integrity.py)

EXAMPLES = [
    pytest.param(
        "availability",
        "failed 9 of 60 visits over the last 7 days (15.0%, limit 5%)",
        9,
        {"visits": 60, "failures": 9, "ratio": 0.15},
        "近 7 天监测访问 60 次，失败 9 次，失败率 15.0%（达到 5% 即不合格）",
        id="availability",
    ),
    pytest.param(
        "unreachable",
        "homepage unreachable: the host name does not resolve (name not resolved: www.x.gov.cn)",
        None,
        {"kind": "dns"},
        "首页无法访问：域名无法解析",
        id="unreachable-dns",
    ),
    pytest.param(
        "unreachable",
        "homepage unreachable after 2 attempts: server error (HTTP 503 Service Unavailable)",
        None,
        {"kind": "http_5xx"},
        "首页无法访问（共尝试 2 次）：服务器错误（HTTP 状态码 503）",
        id="unreachable-503",
    ),
    pytest.param(
        "unreachable",
        "homepage unreachable: client error status (HTTP 404)",
        None,
        {"kind": "http_4xx"},
        "首页无法访问：客户端错误状态（HTTP 状态码 404）",
        id="unreachable-404",
    ),
    pytest.param(
        "http_error",
        "homepage answers HTTP 403",
        None,
        {"http_status": 403},
        "首页返回错误状态码 HTTP 403",
        id="http_error",
    ),
    pytest.param(
        "slow",
        "homepage took 6,200 ms (limit 5,000 ms)",
        None,
        {"response_ms": 6200, "limit_ms": 5000},
        "首页响应耗时 6200 毫秒（限值 5000 毫秒）",
        id="slow",
    ),
    pytest.param(
        "too_large",
        "homepage body larger than 5000000 bytes; cut there",
        None,
        {},
        "首页页面过大（超过 5000000 字节），超出部分未检查",
        id="too_large",
    ),
    pytest.param(
        "tls_error",
        "homepage served with an certificate issuer unknown (incomplete chain or private CA)",
        None,
        {},
        "首页 HTTPS 证书配置有误：证书颁发机构无法验证（证书链不完整或使用私有 CA 签发）",
        id="tls_error",
    ),
    pytest.param(
        "check_error",
        "internal error while checking: the page parser crashed on this page",
        None,
        {},
        "检查程序内部出错，本次检查结果可能不完整（the page parser crashed on this page）",
        id="check_error",
    ),
    pytest.param(
        "homepage_stale",
        "nothing new on the homepage since 2024-12-05 (我镇召开年终工作总结大会), 720 days ago (limit 14)",
        None,
        {
            "newest": "2024-12-05",
            "age_days": 720,
            "limit_days": 14,
            "url": "http://www.gucheng.demo.test/",
            "basis": "dates",
        },
        "首页最近更新于 2024-12-05，已 720 天未更新（要求 14 天内）",
        id="homepage_stale",
    ),
    pytest.param(
        "homepage_stale",
        "nothing new on the second-level pages (navigation homepage) since 2026-10-01, 55 days ago (limit 14)",
        None,
        {
            "newest": "2026-10-01",
            "age_days": 55,
            "limit_days": 14,
            "url": "http://www.x.gov.cn/",
            "basis": "dates",
        },
        "导航型首页的二级页面最近更新于 2026-10-01，已 55 天未更新（要求 14 天内）",
        id="homepage_stale-navigation",
    ),
    pytest.param(
        "homepage_stale",
        "homepage content unchanged since 2026-09-01, 85 days (limit 14)",
        None,
        {
            "last_changed": "2026-09-01",
            "age_days": 85,
            "limit_days": 14,
            "url": "http://www.x.gov.cn/",
            "basis": "content change",
        },
        "首页内容自 2026-09-01 起未发生变化，已 85 天（要求 14 天内更新）",
        id="homepage_stale-content",
    ),
    pytest.param(
        "column_stale",
        "news column 镇务动态 last updated 2024-12-05, 720 days ago, limit 14; notice column 通知公告 last updated 2024-12-05, 720 days ago, limit 180",
        2,
        {
            "columns": [
                {
                    "name": "镇务动态",
                    "type": "news",
                    "newest": "2024-12-05",
                    "age_days": 720,
                    "limit_days": 14,
                    "url": "http://www.gucheng.demo.test/zwdt/",
                    "newest_title": "我镇召开年终工作总结大会",
                },
                {
                    "name": "通知公告",
                    "type": "notice",
                    "newest": "2024-12-05",
                    "age_days": 720,
                    "limit_days": 180,
                    "url": "http://www.gucheng.demo.test/tzgg/",
                    "newest_title": "",
                },
            ],
            "key_columns": 2,
        },
        "新闻动态类栏目「镇务动态」最近更新于 2024-12-05，已 720 天未更新（要求 14 天内）；通知公告类栏目「通知公告」最近更新于 2024-12-05，已 720 天未更新（要求 180 天内）",
        id="column_stale",
    ),
    pytest.param(
        "column_empty",
        "2 empty column(s): 政策解读 (policy), 财政预决算 (other)",
        2,
        {
            "columns": [
                {
                    "name": "政策解读",
                    "type": "policy",
                    "url": "http://www.hedong.demo.test/zcjd/",
                    "marker": "暂无信息",
                },
                {
                    "name": "财政预决算",
                    "type": "other",
                    "url": "http://www.hedong.demo.test/czyjs/",
                    "marker": None,
                },
            ]
        },
        "2 个空白栏目：政策文件类栏目「政策解读」（显示“暂无信息”）；其他栏目「财政预决算」",
        id="column_empty",
    ),
    pytest.param(
        "broken_link",
        "4 broken link(s) (4 on the homepage): ...",
        4,
        {"homepage": 4, "elsewhere": 0, "suspected": 0},
        "4 个链接不可用（首页 4 个）",
        id="broken_link",
    ),
    pytest.param(
        "broken_link",
        "7 broken link(s) (2 on the homepage): ...",
        7,
        {"homepage": 2, "elsewhere": 5, "suspected": 3},
        "7 个链接不可用（首页 2 个，其他页面 5 个），另有 3 个疑似不可用",
        id="broken_link-suspected",
    ),
    pytest.param(
        "hidden_links",
        "4 hidden link(s) ...",
        4,
        {
            "evidence": [
                {
                    "snippet": "澳门威尼斯人娱乐城",
                    "url": "http://www.bet-888.example/",
                    "detail": "style rule .gg {position:absolute;left:-9999px}",
                },
                {"snippet": "百家乐在线", "url": "http://www.bet-888.example/bjl/", "detail": "x"},
                {"snippet": "六合彩开奖", "url": "http://www.lhc-99.example/", "detail": "x"},
                {"snippet": "时时彩平台", "url": "http://www.lhc-99.example/ssc/", "detail": "x"},
            ],
            "hosts": ["www.bet-888.example", "www.lhc-99.example"],
        },
        "首页含 4 个指向其他网站的隐藏链接（暗链），链向 www.bet-888.example、www.lhc-99.example：“澳门威尼斯人娱乐城”、“百家乐在线”、“六合彩开奖” 等 4 处",
        id="hidden_links",
    ),
    pytest.param(
        "spam_content",
        "spam on the homepage (score 16.0, limit 6): ...",
        None,
        {
            "score": 16.0,
            "limit": 6.0,
            "evidence": [
                {
                    "snippet": "威尼斯人娱乐 ×1, 百家乐 ×1",
                    "url": "http://www.bet-888.example/",
                    "detail": "gambling",
                },
                {
                    "snippet": "澳门赌场 百家乐 六合彩 时时彩",
                    "url": "",
                    "detail": "4 spam terms in 14 characters",
                },
            ],
        },
        "首页出现违规内容（评分 16.0，限值 6）：【涉赌】威尼斯人娱乐 ×1, 百家乐 ×1；澳门赌场 百家乐 六合彩 时时彩",
        id="spam_content",
    ),
    pytest.param(
        "offsite_redirect",
        "the homepage sends visitors to another domain (HTTP 302 to http://www.bet-888.example/): it shows 澳门威尼斯人",
        None,
        {
            "target": "http://www.bet-888.example/",
            "how": "HTTP 302",
            "shows": "澳门威尼斯人 | spam: 百家乐 ×3",
        },
        "首页跳转至其他域名 http://www.bet-888.example/（HTTP 302 重定向），该页面显示：澳门威尼斯人 | spam: 百家乐 ×3",
        id="offsite_redirect-shows",
    ),
    pytest.param(
        "offsite_redirect",
        "the homepage sends visitors to another domain (script to http://www.x.example/)",
        None,
        {"target": "http://www.x.example/", "how": "script", "shows": ""},
        "首页跳转至其他域名 http://www.x.example/（脚本跳转）",
        id="offsite_redirect-script",
    ),
    pytest.param(
        "offsite_redirect",
        "the homepage redirects to http://www.bet.example/, which shows: spam ...",
        None,
        {
            "target": "http://www.bet.example/",
            "evidence": {
                "score": 12.0,
                "limit": 6.0,
                "evidence": [{"snippet": "百家乐 ×3", "url": "", "detail": "gambling"}],
            },
        },
        "首页跳转至 http://www.bet.example/，目标页面出现违规内容（评分 12.0）：百家乐 ×3",
        id="offsite_redirect-target-spam",
    ),
    pytest.param(
        "offsite_redirect",
        "the homepage redirects to http://www.bet.example/, which shows: 2 hidden links ...",
        None,
        {
            "target": "http://www.bet.example/",
            "evidence": {
                "evidence": [{"snippet": "六合彩", "url": "http://a.example/", "detail": "x"}],
                "hosts": ["a.example", "b.example", "c.example", "d.example"],
            },
        },
        "首页跳转至 http://www.bet.example/，目标页面含有指向其他网站的隐藏链接（暗链），链向 a.example、b.example、c.example 等 4 个网站",
        id="offsite_redirect-target-hidden",
    ),
    pytest.param(
        "offsite_redirect",
        "the homepage redirects to http://parked.example/, which shows: parked ...",
        None,
        {
            "target": "http://parked.example/",
            "evidence": {
                "evidence": [{"snippet": "This domain is for sale!", "url": "", "detail": "x"}]
            },
        },
        "首页跳转至 http://parked.example/，目标页面显示：“This domain is for sale!”",
        id="offsite_redirect-target-parked",
    ),
    pytest.param(
        "placeholder_page",
        "the homepage is a placeholder: 网站升级改版中",
        None,
        {
            "evidence": [
                {
                    "snippet": "网站升级改版中，敬请期待！",
                    "url": "",
                    "detail": "'网站升级改版中' in the text",
                }
            ]
        },
        "首页为占位页面：“网站升级改版中，敬请期待！”",
        id="placeholder_page",
    ),
    pytest.param(
        "default_server_page",
        "the homepage is a web server's default page (...)",
        None,
        {
            "evidence": [
                {
                    "snippet": "Welcome to nginx!",
                    "url": "",
                    "detail": "'welcome to nginx!' in the title",
                }
            ]
        },
        "首页为 Web 服务器默认页面：“Welcome to nginx!”",
        id="default_server_page",
    ),
    pytest.param(
        "parked_domain",
        "the homepage is a parked or for-sale domain page: ...",
        None,
        {
            "evidence": [
                {
                    "snippet": "old-tourism.demo.test - This domain is for sale!",
                    "url": "",
                    "detail": "x",
                }
            ]
        },
        "首页为域名停放或域名出售页面：“old-tourism.demo.test - This domain is for sale!”",
        id="parked_domain",
    ),
    pytest.param(
        "parked_domain",
        "the homepage sends visitors to http://old-tourism.demo.test/, a parked ...",
        None,
        {
            "target": "http://old-tourism.demo.test/",
            "evidence": [{"snippet": "This domain is for sale!", "url": "", "detail": "x"}],
        },
        "首页跳转至 http://old-tourism.demo.test/，该页面为域名停放或域名出售页面："
        "“This domain is for sale!”",
        id="parked_domain-redirect",
    ),
    pytest.param(
        "unanswered_messages",
        "3 citizen message(s) unanswered for over 90 days; oldest 2026-03-02: 关于小区停车难的问题",
        3,
        {
            "oldest": {
                "title": "关于小区停车难的问题",
                "date": "2026-03-02",
                "url": "http://www.x.gov.cn/hdjl/1.html",
            }
        },
        "3 条群众留言超过 90 天未回复，最早一条留言于 2026-03-02：「关于小区停车难的问题」",
        id="unanswered_messages",
    ),
    pytest.param(
        "undated",
        "no dated items on the homepage; judged by content changes",
        None,
        {"url": "http://www.x.gov.cn/"},
        "首页未找到带日期的信息，改按页面内容是否变化判断更新情况",
        id="undated",
    ),
    pytest.param(
        "cert_expiring",
        "the homepage's TLS certificate expires in 12 days (2026-12-07T00:00:00Z)",
        None,
        {"expires": "2026-12-07T00:00:00Z", "days_left": 12},
        "首页 HTTPS 证书将在 12 天后过期（到期时间 2026-12-07T00:00:00Z）",
        id="cert_expiring",
    ),
    pytest.param(
        "cert_expiring",
        "the homepage's TLS certificate expires 3 days ago (2026-11-22T00:00:00Z)",
        None,
        {"expires": "2026-11-22T00:00:00Z", "days_left": -3},
        "首页 HTTPS 证书已过期 3 天（到期时间 2026-11-22T00:00:00Z）",
        id="cert_expired",
    ),
    pytest.param(
        "abandoned",
        "nothing new on the site for 720 days (newest date 2024-12-05, limit 365)",
        None,
        {"last_updated": "2024-12-05", "limit_days": 365, "basis": "newest date"},
        "网站已 720 天无新内容（最新日期 2024-12-05，超过 365 天即视为长期无更新）",
        id="abandoned",
    ),
    pytest.param(
        "abandoned",
        "nothing new on the site for 400 days (last content change 2025-10-21, limit 365)",
        None,
        {"last_updated": "2025-10-21", "limit_days": 365, "basis": "last content change"},
        "网站内容已 400 天未发生变化（最近一次变化于 2025-10-21，超过 365 天即视为长期无更新）",
        id="abandoned-change",
    ),
    pytest.param(
        "abandoned",
        "no dates and no content change in 380 days of watching (unchanged since first seen 2025-11-10, limit 365)",
        None,
        {"first_seen": "2025-11-10", "limit_days": 365, "basis": "unchanged since first seen"},
        "网站未发现任何日期，自 2025-11-10 开始监测以来 380 天内容从未变化（超过 365 天即视为长期无更新）",
        id="abandoned-undated",
    ),
    pytest.param(
        "site_moved",
        "the homepage moves visitors to another site under a trusted suffix (HTTP 301 to http://www.city.gov.cn/): merged or moved, not a hijack",
        None,
        {"target": "http://www.city.gov.cn/", "how": "HTTP 301", "shows": "某市人民政府"},
        "首页跳转至同属可信域名的其他网站 http://www.city.gov.cn/（HTTP 301 重定向），视为网站整合迁移，不属于被篡改",
        id="site_moved",
    ),
    pytest.param(
        "cloaking",
        "spam shown to search engines only (score 9.0 for a crawler, 0.0 for a browser): ...",
        None,
        {"evidence": [{"snippet": "六合彩 ×2, 时时彩 ×1", "url": "", "detail": "gambling"}]},
        "仅向搜索引擎展示违规内容，普通访问者看不到：【涉赌】六合彩 ×2, 时时彩 ×1",
        id="cloaking",
    ),
    pytest.param(
        "robots_disallowed",
        "2 column page(s) not read (robots.txt disallows them): 通知公告, 政策文件; their columns are judged by the homepage alone",
        2,
        {"pages": ["通知公告", "政策文件"]},
        "网站 robots.txt 禁止抓取 2 个栏目页面：通知公告、政策文件；这些栏目仅按首页所示判断",
        id="robots_disallowed",
    ),
    pytest.param(
        "robots_disallowed",
        "6 column page(s) not read (robots.txt unreachable (HTTP 503): RFC 9309 says disallow all): ...",
        6,
        {"pages": ["政务动态", "通知公告"], "unreachable": "HTTP 503"},
        "robots.txt 无法获取（HTTP 503），按 RFC 9309 视为禁止抓取，6 个栏目页面未读取：政务动态、通知公告；这些栏目仅按首页所示判断",
        id="robots_disallowed-unreachable",
    ),
    pytest.param(
        "future_dated",
        "2 listed item(s) dated after 2026-11-26 (today + 1 day(s)); newest 2099-01-01 in news "
        "column 政务动态: 我县召开重点项目推进会. No update: ...",
        2,
        {
            "newest": {"date": "2099-01-01", "title": "我县召开重点项目推进会", "url": URL},
            "column": "政务动态",
            "type": "news",
            "limit": "2026-11-26",
            "slack_days": 1,
            "columns": ["政务动态", "通知公告"],
        },
        "2 条列表信息的发布日期晚于 2026-11-26（今天之后超过 1 天）；最晚一条为 2099-01-01，"
        "新闻动态类栏目「政务动态」：「我县召开重点项目推进会」。超前的日期不算更新，可能是录入错误，"
        "也可能是为显得“新”而伪造的发布日期，请核实（扣分项，不作否决）",
        id="future_dated",
    ),
]


@pytest.mark.parametrize(("code", "detail", "count", "data", "expected"), EXAMPLES)
def test_examples(
    code: str, detail: str, count: int | None, data: dict[str, Any], expected: str
) -> None:
    assert explain(Reason(code, detail, count, True, data), "zh") == expected


def test_every_finding_code_has_an_example() -> None:
    assert {param.values[0] for param in EXAMPLES} == FINDING_CODES


# ---------------------------------------------------------------------------
# Findings built by the crawler's own rules: their data and details as a scan writes
# them, so a change of wording or of data keys in crawler/ shows up here.


def _fetch(**changes: Any) -> FetchRecord:
    values: dict[str, Any] = {"url": URL, "final_url": URL, "http_status": 200, "response_ms": 90}
    values.update(changes)
    return FetchRecord(**values)


def _site(**changes: Any) -> SiteObservations:
    return SiteObservations(fetch=_fetch(), **changes)


def _one(findings: list[Finding], code: str) -> Finding:
    [finding] = [f for f in findings if f.code == code]
    return finding


STALE_COLUMN = ColumnState(
    "镇务动态", "news", URL + "zwdt/", items=12, newest=date(2024, 12, 5), newest_title="总结大会"
)
EMPTY_COLUMN = ColumnState(
    "人事信息",
    "personnel",
    URL + "rsxx/",
    items=0,
    newest=None,
    empty=True,
    empty_marker="暂无信息",
)
BROKEN = BrokenLink(URL, URL + "a.pdf", "附件", "link", 404, "HTTP 404", False, True)

FROM_THE_RULES = [
    pytest.param(
        lambda: _one(
            availability_findings(
                _fetch(http_status=None, error_kind="dns", error_detail="name not resolved"), RULES
            ),
            "unreachable",
        ),
        "首页无法访问：域名无法解析",
        id="unreachable-dns",
    ),
    pytest.param(
        lambda: _one(
            availability_findings(
                _fetch(
                    http_status=503,
                    error_kind="http_5xx",
                    error_detail="HTTP 503 Service Unavailable",
                    attempts=2,
                ),
                RULES,
            ),
            "unreachable",
        ),
        "首页无法访问（共尝试 2 次）：服务器错误（HTTP 状态码 503）",
        id="unreachable-503",
    ),
    pytest.param(
        lambda: _one(
            availability_findings(
                _fetch(http_status=404, error_kind="http_4xx", error_detail="HTTP 404"), RULES
            ),
            "unreachable",
        ),
        "首页无法访问：客户端错误状态（HTTP 状态码 404）",
        id="unreachable-404",
    ),
    pytest.param(
        lambda: _one(
            availability_findings(
                _fetch(http_status=403, error_kind="http_4xx", error_detail="HTTP 403"), RULES
            ),
            "http_error",
        ),
        "首页返回错误状态码 HTTP 403",
        id="http_error",
    ),
    pytest.param(
        lambda: _one(availability_findings(_fetch(response_ms=6200), RULES), "slow"),
        "首页响应耗时 6200 毫秒（限值 3000 毫秒）",
        id="slow",
    ),
    pytest.param(
        lambda: _one(
            availability_findings(
                _fetch(
                    error_kind="too_large", error_detail="body larger than 5000 bytes; cut there"
                ),
                RULES,
            ),
            "too_large",
        ),
        "首页页面过大（超过 5000 字节），超出部分未检查",
        id="too_large",
    ),
    pytest.param(
        lambda: _one(
            availability_findings(
                _fetch(tls_error="certificate issuer unknown (incomplete chain or private CA)"),
                RULES,
            ),
            "tls_error",
        ),
        "首页 HTTPS 证书配置有误：证书颁发机构无法验证（证书链不完整或使用私有 CA 签发）",
        id="tls_error",
    ),
    pytest.param(
        lambda: availability_finding(160, 24, RULES),
        "近 7 天监测访问 160 次，失败 24 次，失败率 15.0%（达到 5% 即不合格）",
        id="availability",
    ),
    pytest.param(
        lambda: _one(
            certificate_findings(_fetch(cert_expires="2026-11-20T04:00:00Z"), RULES, NOW),
            "cert_expiring",
        ),
        "首页 HTTPS 证书已过期 5 天（到期时间 2026-11-20T04:00:00Z）",
        id="cert_expired",
    ),
    pytest.param(
        lambda: _one(
            certificate_findings(_fetch(cert_expires="2026-12-07T04:00:00Z"), RULES, NOW),
            "cert_expiring",
        ),
        "首页 HTTPS 证书将在 12 天后过期（到期时间 2026-12-07T04:00:00Z）",
        id="cert_expiring",
    ),
    pytest.param(
        lambda: _one(
            homepage_findings(
                _site(
                    home=PageObservations(newest_item=date(2024, 12, 5), newest_item_title="总结")
                ),
                RULES,
                TODAY,
            )[0],
            "homepage_stale",
        ),
        "首页最近更新于 2024-12-05，已 720 天未更新（要求 14 天内）",
        id="homepage_stale",
    ),
    pytest.param(
        lambda: _one(
            homepage_findings(
                _site(
                    home=PageObservations(newest_item=date(2026, 9, 1)),
                    navigation_only=True,
                    second_level_newest=date(2026, 10, 1),
                ),
                RULES,
                TODAY,
            )[0],
            "homepage_stale",
        ),
        "导航型首页的二级页面最近更新于 2026-10-01，已 55 天未更新（要求 14 天内）",
        id="homepage_stale-navigation",
    ),
    pytest.param(
        lambda: _one(
            homepage_findings(
                _site(
                    home=PageObservations(),
                    history=ContentHistory(
                        datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 9, 1, tzinfo=UTC)
                    ),
                ),
                RULES,
                TODAY,
            )[0],
            "homepage_stale",
        ),
        "首页内容自 2026-09-01 起未发生变化，已 85 天（要求 14 天内更新）",
        id="homepage_stale-content",
    ),
    pytest.param(
        lambda: _one(homepage_findings(_site(home=PageObservations()), RULES, TODAY)[0], "undated"),
        "首页未找到带日期的信息，改按页面内容是否变化判断更新情况",
        id="undated",
    ),
    pytest.param(
        lambda: _one(column_findings((STALE_COLUMN, EMPTY_COLUMN), RULES, TODAY), "column_stale"),
        "新闻动态类栏目「镇务动态」最近更新于 2024-12-05，已 720 天未更新（要求 14 天内）",
        id="column_stale",
    ),
    pytest.param(
        lambda: _one(
            future_findings(
                (replace(STALE_COLUMN, future=(FutureItem("年终总结", date(2099, 1, 1), URL),)),),
                RULES,
                TODAY,
            ),
            "future_dated",
        ),
        "1 条列表信息的发布日期晚于 2026-11-26（今天之后超过 1 天）；最晚一条为 2099-01-01，"
        "新闻动态类栏目「镇务动态」：「年终总结」。超前的日期不算更新，可能是录入错误，"
        "也可能是为显得“新”而伪造的发布日期，请核实（扣分项，不作否决）",
        id="future_dated",
    ),
    pytest.param(
        lambda: _one(column_findings((STALE_COLUMN, EMPTY_COLUMN), RULES, TODAY), "column_empty"),
        "1 个空白栏目：人事类栏目「人事信息」（显示“暂无信息”）",
        id="column_empty",
    ),
    pytest.param(
        lambda: _one(
            message_findings(
                (Message("关于小区停车难的问题", date(2026, 3, 2), False),), RULES, TODAY
            ),
            "unanswered_messages",
        ),
        "1 条群众留言超过 90 天未回复，最早一条留言于 2026-03-02：「关于小区停车难的问题」",
        id="unanswered_messages",
    ),
    pytest.param(
        lambda: _one(
            abandoned_findings(_site(), date(2024, 12, 5), "content", RULES, TODAY), "abandoned"
        ),
        "网站已 720 天无新内容（最新日期 2024-12-05，超过 365 天即视为长期无更新）",
        id="abandoned",
    ),
    pytest.param(
        lambda: _one(
            abandoned_findings(_site(), date(2025, 10, 21), "change", RULES, TODAY), "abandoned"
        ),
        "网站内容已 400 天未发生变化（最近一次变化于 2025-10-21，超过 365 天即视为长期无更新）",
        id="abandoned-change",
    ),
    pytest.param(
        lambda: _one(
            abandoned_findings(
                _site(
                    history=ContentHistory(
                        datetime(2025, 11, 10, tzinfo=UTC), datetime(2025, 11, 10, tzinfo=UTC)
                    )
                ),
                None,
                None,
                RULES,
                TODAY,
            ),
            "abandoned",
        ),
        "网站未发现任何日期，自 2025-11-10 开始监测以来 380 天内容从未变化"
        "（超过 365 天即视为长期无更新）",
        id="abandoned-undated",
    ),
    pytest.param(
        lambda: _one(broken_link_findings([BROKEN], RULES), "broken_link"),
        "1 个链接不可用（首页 1 个）",
        id="broken_link",
    ),
]


@pytest.mark.parametrize(("build", "expected"), FROM_THE_RULES)
def test_findings_from_the_rules(build: Any, expected: str) -> None:
    assert explain(reason(build()), "zh") == expected


# ---------------------------------------------------------------------------
# Old, damaged and hostile data

COLUMN = {
    "name": "政务动态",
    "type": "news",
    "newest": "2026-09-02",
    "age_days": 84,
    "limit_days": 14,
}
DETAIL = "news column 政务动态 last updated 2026-09-02, 84 days ago, limit 14"


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"columns": "x"},
        {"columns": []},
        {"columns": [1, 2]},
        {"columns": [None]},
        {"columns": {"name": "政务动态"}},
        {"columns": [{**COLUMN, "type": "unknown"}]},  # a column type without words
        {"columns": [{k: v for k, v in COLUMN.items() if k != "newest"}]},
        {"columns": [{**COLUMN, "newest": None}]},
        {"columns": [{**COLUMN, "age_days": True}]},
        {"columns": [{**COLUMN, "age_days": math.nan}]},
        {"columns": [{**COLUMN, "name": ["a"]}]},
        {"columns": [{**COLUMN, "name": {"nested": "dict"}}]},
        {"column": "政务动态", "days": 84},  # an older shape
    ],
)
def test_missing_or_malformed_data_shows_the_english_detail(data: dict[str, Any]) -> None:
    assert explain(Reason("column_stale", DETAIL, 1, False, data), "zh") == DETAIL


@pytest.mark.parametrize(
    ("code", "data"),
    [
        ("availability", {"visits": 60, "failures": 9, "ratio": "15%"}),  # {ratio:.1%} of a str
        ("availability", {"visits": 60, "failures": 9, "ratio": math.inf}),
        ("unreachable", {"kind": "gopher"}),
        ("unreachable", {"kind": ["dns"]}),
        ("unreachable", {"error_kind": "dns"}),
        ("slow", {"response_ms": 6200}),
        ("spam_content", {"score": "high", "limit": 6.0}),
        ("unanswered_messages", {"oldest": "2026-03-02"}),  # no count, oldest not a table
        ("offsite_redirect", {"target": ["x"], "how": "script"}),
        ("homepage_stale", {"basis": "content change", "newest": "2026-09-01"}),
    ],
)
def test_other_malformed_data_shows_the_english_detail(code: str, data: dict[str, Any]) -> None:
    detail = "the English detail"
    assert explain(Reason(code, detail, None, False, data), "zh") == detail


class _Broken(Mapping[str, object]):
    """Evidence that cannot be read (the report decodes it lazily from the database)."""

    def __getitem__(self, key: str) -> object:
        raise ValueError("Expecting value: line 1 column 1 (char 0)")

    def __iter__(self) -> Iterator[str]:
        raise ValueError("Expecting value: line 1 column 1 (char 0)")

    def __len__(self) -> int:
        raise ValueError("Expecting value: line 1 column 1 (char 0)")


@pytest.mark.parametrize("code", sorted(FINDING_CODES))
@pytest.mark.parametrize(
    "data",
    [
        {},
        {"columns": "x"},
        {"evidence": {"evidence": "x"}, "target": 1, "how": None},
        {"evidence": [["x"]], "hosts": "abc", "oldest": [], "count": "many"},
        {"kind": "dns", "columns": [{"type": "news"}], "days_left": "-3", "score": None},
        {key: [[[{}]]] for key in ("columns", "evidence", "hosts", "oldest", "target")},
        _Broken(),
    ],
    ids=["empty", "columns-str", "nested", "lists", "partial", "deep", "unreadable"],
)
def test_never_raises(code: str, data: Mapping[str, object]) -> None:
    text = explain(Reason(code, "the English detail", 3, True, data), "zh")
    assert isinstance(text, str) and text


def test_hostile_text_passes_through_unescaped() -> None:
    # explain() writes plain text; render_html and render_text escape it.
    name = "<script>alert(1)</script>|*_[x](javascript:y) {count} {0} {name.__class__} &amp;"
    data = {"columns": [{**COLUMN, "name": name}]}
    text = explain(Reason("column_stale", DETAIL, 1, False, data), "zh")
    assert text == f"新闻动态类栏目「{name}」最近更新于 2026-09-02，已 84 天未更新（要求 14 天内）"


def test_quoted_evidence_is_kept_as_it_is() -> None:
    snippet = "Welcome to nginx! 欢迎 <b>"
    data = {"evidence": [{"snippet": snippet, "url": "", "detail": "x"}]}
    text = explain(Reason("default_server_page", "…", None, True, data), "zh")
    assert text == f"首页为 Web 服务器默认页面：“{snippet}”"


def test_optional_parts_drop_out_when_empty() -> None:
    base = {"oldest": {"title": "", "date": "2026-03-02", "url": ""}}
    text = explain(Reason("unanswered_messages", "2 messages…", 2, True, base), "zh")
    assert text == "2 条群众留言未回复，最早一条留言于 2026-03-02"
