"""Zombie and hijack signals of one page: placeholder notices, near-empty pages, stock
web-server pages, parked domains, off-site links hidden by CSS, markup or scripts,
spam vocabulary, keyword-stuffed blocks and script redirects.

`extract.observe()` calls two functions on every page it reads:

- `scan_markup(tree, url, signatures)` BEFORE it strips scripts and styles: hidden
  off-site links (inline styles, rules of the page's own <style> blocks, tiny
  <marquee>s and <iframe>s, links written or decoded by inline scripts), script
  redirects, parking services in scripts/frames/styles/links, the meta description and
  keywords, off-site anchors, the internal link count. It never changes the tree.
- `page_signals(markup, visible_text, title, signatures)` AFTER: placeholder and
  near-empty pages (a template's filler too), default server pages, parked domains,
  firewall, block and application error pages, the spam vocabulary (one
  search of the visible text; anchors and hidden blocks are read only when it found
  something), keyword-stuffed blocks, and the spam score. Returns `PageSignals`.

The words and signatures are data (`crawler/data/signatures.toml`), extended from the
config with `build_signatures(extra)`; nothing here names a term.

Hidden links. An off-site link (to another registrable domain: `www.a.gov.cn` and
`b.a.gov.cn` are one site) counts when it sits in an element hidden by a declaration
in its `style` attribute or in a rule of the page's <style> blocks that selects it, in
a <marquee> or <iframe> of height or width 0-1 (or a marquee whose scrollamount
throws its text out of sight, over `MARQUEE_MAX_SCROLL`), or in markup that an inline script
writes (document.write, innerHTML...) or decodes (atob/base64, unescape and %XX,
\\xXX/\\uXXXX escapes, String.fromCharCode, p.a.c.k.e.r). Techniques:

- strong: off-screen (position:absolute/fixed with left/top <= -500px, margin-left/top
  <= -500px), text hidden (font-size <= 2px, text-indent <= -500px without a
  background image, text in its background colour: not on a link itself, which is an
  icon), height or width 0-1px with overflow:hidden (or line-height 0 in a box of no
  height of its own), clip:rect(0...), a tiny marquee/iframe, scripts;
- weak: display:none, visibility:hidden, opacity:0, transform:scale(0), the `hidden`
  attribute, <noscript> (what only a crawler without scripts reads). These count only
  for a block that links nowhere on the site itself and whose class/id names no menu,
  tab or pop-up
  (`interactive_classes`), and, from <style> blocks, only for a selector that is a
  single class or id (`.xk`, `div#yq`): drop-downs (`.nav li ul{display:none}`) and
  mobile menus are not dark links. Nor is a list under its own button (a parent
  that holds a short label, <span>新闻媒体</span> or a "javascript:" toggle, and no
  other link) whose link texts have no spam terms: 友情链接 drop-downs of media sites.

An off-screen block whose class or id names a menu (`interactive_classes`) and that
links to the site itself too is an off-canvas menu that slides in: not read.

A style an inline script sets as the page loads (document.getElementById("x").style.
left = "-9999px", outside any function) hides its element as a style attribute would.
A remote script before the <html> tag (`preamble`: a kit's first line, written before
<!DOCTYPE> even) is a hidden link that alone makes the `hidden_links` finding; so are
(`KIT_SCRIPTS`) a script from a compromised host or a crypto miner's
(`risky_script_hosts`), a miner's start-up code (`miner_scripts`), and a script that
a referrer check loads for visitors from search engines only, one loaded from an
address the script keeps encoded (`ENCODED_SCRIPT`), and a frame of 0-1 pixels that
loads another site's page (`TINY_FRAME`).

A head's claim that the page is a copy of another site's (`<link rel=canonical>`,
`og:url`) is an unseen link to it: a hidden one when the host's name has spam terms
(a canonical hijack: js3777-casino.com named by an untouched portal), never for a
host of the site, a trusted or quiet domain, or a host without spam terms (a moved
site's new domain, a CMS's staging copy).

Spam words are looked for with their masks off (`unmasked`): zero-width characters,
full-width letters, Cyrillic/Greek look-alikes in Latin words (`homoglyphs`), Chinese
words cut by empty tags (博<span></span>彩, lone characters between spaces in the
visible text) or by a middle dot (开·云体育), in the text, the title and metas, and the
texts of links, hidden blocks and written markup. A title a script sets
(document.title = "...") counts as the title does.

A link to a `benign_link_domains` service (counters, share buttons, CMS vendors) or a
`trusted_link_suffixes` domain (gov.cn, edu...) counts only when its text has spam
terms: a hidden drop-down of other government sites is not a hijack. Screen-reader
classes (`benign_hiding_classes`) are not read. Links a plain script writes count only
when the written markup hides them or has spam terms (a weather widget is not a
hijack); links decoded from an encoded string always do.

Spam score (`PageSignals.spam_score`), from the spam terms found:

- visible text: 1 per occurrence, multiplied by a density factor clamp(d / 2, 0.5,
  2), d = that sum per 1,000 visible characters (at least 1,000 counted): a long page
  that mentions a term in passing counts half, a page made of spam counts double; a
  term named, not offered (a `spam_context` word such as 打击, 整治, 警惕, crackdown
  within 30 characters, or inside Chinese quotation marks: “六合彩”), 0.2 at the
  least factor (0.5), however many a column of crackdown news holds;
- +2 per occurrence in an off-site link's text or in a hidden block (on top of the 1
  it already counts in the visible text);
- 3 per occurrence in the title, the meta description/keywords, a link written by
  a script, an off-site link's title or image alt, or a <noscript> block (none of
  which is in the visible text);
- +5 per keyword-stuffed block (8 or more terms, each within 20 characters of the
  next; or 3 in the title, 4 in the meta description/keywords).

An authority's page (a `spam_authorities` word in a title with no spam term: a lottery
centre, a gaming or drug regulator) is about what it names: its text and meta terms count 0.2 each
at the least density factor (0.5); links, hidden blocks and stuffed runs count in full.

Reference scores (tests/test_signals.py): a crackdown article naming 百家乐, 六合彩 and
时时彩 0.4; a portal with 六合彩 once in a news title 0.5; one visible off-site link
"皇冠体育在线投注" 2.5; two links injected by document.write(unescape(...)) 6; three
hidden or three visible off-site spam links 8; a title of four spam terms 17; a hidden
block of six casino links 24.5; a Discuz thread with spliced spam and a stuffed footer
66. Recommended thresholds for the rules: `spam_score_hijack = 6` (two spam links to
other sites, any stuffed block or spam title, or text that is mostly spam); a
non-veto warning at 2.5 (one spam link to another site) if wanted. Honest government
pages stay under 1.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import itertools
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from crawler.domains import registrable_domain
from crawler.models import Evidence, PageSignals

QUOTE_LIMIT = 160  # characters per evidence snippet

# Zombie pages: how short a page must be for a notice in it to be its substance.
NEAR_EMPTY_CHARS = 40  # visible characters of a near-empty page (and no internal link)
NEAR_EMPTY = "near-empty page"  # how a near-empty page's placeholder evidence begins
PLACEHOLDER_TEXT_CHARS = 800  # a placeholder notice in the text of a page this short
PLACEHOLDER_TITLE_PAGE_CHARS = 2000  # ... in the title of a page this short
# ... but not in the text of a page that lists dated items and has more internal links
# than this: a "栏目建设中" or "敬请期待" box on a live site, not the substance of the page.
PLACEHOLDER_MAX_LINKS = 10
SIGNATURE_TEXT_CHARS = 5000  # default-server, parking and error-page signatures in the text
SIGNATURE_TITLE_PAGE_CHARS = 10000  # ... in the title
PARKING_ANCHOR_PAGE_CHARS = 3000  # anchors to parking services count on pages this short
# A template's filler phrases (这里是新闻标题, Lorem ipsum) this often in the text: an
# unfinished site whose columns show the demo items (a placeholder).
FILLER_MIN = 5

# Hiding.
OFFSCREEN_PX = 500
DROPDOWN_LABEL_CHARS = 20  # the button's text of a hidden drop-down list
OFFSCREEN_EM = 30
TINY_FONT_PX = 2.0

# Spam score.
CONTEXT_WINDOW = 30
CONTEXT_WEIGHT = 0.2
MENTION_FACTOR = 0.5  # the density factor of terms named in context: the least
QUOTE_SPAN = 10  # a term this close inside quotation marks is named, not offered
_QUOTES = (("“", "”"), ("「", "」"), ("『", "』"))
PLACED_WEIGHT = 2.0  # extra, for a term in an off-site link or a hidden block
UNSEEN_WEIGHT = 3.0  # title, meta, script-written links
STUFFED_WEIGHT = 5.0
STUFFED_MIN_TERMS = 8
STUFFED_MAX_GAP = 20
STUFFED_TITLE_TERMS = 3
STUFFED_META_TERMS = 4
# A defacement notice (category `defacement`) in the title, or in the text of a page
# this short (its substance): enough alone for the recommended threshold.
DEFACEMENT_CATEGORY = "defacement"
DEFACEMENT_WEIGHT = 10.0
DEFACEMENT_PAGE_CHARS = 2000

MAX_EVIDENCE = 50  # per kind of signal
MAX_ANCHOR_TEXTS = 300  # off-site anchors read for spam terms
MAX_HIDDEN_TEXT = 20_000  # characters of hidden blocks kept for the spam search
MAX_SCRIPT_CHARS = 200_000  # of one inline script searched for redirects
MAX_DECODED_SCRIPT = 50_000  # a longer inline script is an application: not decoded
MAX_WRITER_CHARS = 30_000  # a plain script longer than this is an application, not a writer
MAX_DECODE_DEPTH = 3
MAX_CHALLENGE_SCRIPT = 20_000  # a firewall's cookie challenge script is shorter
# An inline script this short that names a statistics host only loads the counter.
MAX_ANALYTICS_SNIPPET = 1200
MAX_MINER_SNIPPET = 600  # a miner's start-up script (new CoinHive.Anonymous(...)) is shorter
MAX_RULE_SELECTORS = 40  # hiding rules of <style> blocks looked up in the tree
MAX_HIDDEN_ELEMENTS = 300  # elements those rules hide, read for off-site links
MAX_WEAK_RULES_BLOCK = 50_000  # weak hiding rules are read in <style> blocks this small

_SPAM_PREFIX = "spam_"
_NOT_CATEGORIES = ("spam_context", "spam_benign", "spam_authorities")
_LIST_KEYS = (
    "placeholder",
    "default_server",
    "parked",
    "firewall",
    "unfiled",
    "error_page",
    "template_filler",
    "parking_hosts",
    "unfiled_hosts",
    "spam_context",
    "spam_benign",
    "spam_authorities",
    "benign_link_domains",
    "trusted_link_suffixes",
    "benign_hiding_classes",
    "interactive_classes",
    "referrer_engines",
    "homoglyphs",
    "analytics_hosts",
    "risky_script_hosts",
    "miner_scripts",
    "firewall_scripts",
)


# --------------------------------------------------------------------------------------
# Signatures


class _Term(NamedTuple):
    term: str  # lower case
    category: str
    prefix: int  # characters before the anchor character the regex finds first
    word: bool  # Latin: must start a word (and, when short, end one)
    short: bool


@dataclass(frozen=True, eq=False)
class Signatures:
    """The signature lists, compiled. Frozen and hashable (by digest); it pickles as its
    lists in one string and is rebuilt once per process (see `__reduce__`)."""

    lists: tuple[tuple[str, tuple[str, ...]], ...] = field(repr=False)
    digest: str
    packed: str = field(repr=False)  # the lists in one string: what a pickle carries
    categories: tuple[str, ...] = field(repr=False)
    spam: _SpamRegexes = field(repr=False)
    context: re.Pattern[str] = field(repr=False)
    authorities: re.Pattern[str] = field(repr=False)
    benign: re.Pattern[str] | None = field(repr=False)
    phrases: tuple[re.Pattern[str], tuple[_Term, ...]] = field(repr=False)  # lower case
    parking_hosts: frozenset[str] = field(repr=False)
    parking_domains: frozenset[str] = field(repr=False)  # registrable domains of both lists
    parking_fragments: tuple[str, ...] = field(repr=False)
    quiet_domains: frozenset[str] = field(repr=False)
    trusted_suffixes: tuple[str, ...] = field(repr=False)
    honest_classes: tuple[str, ...] = field(repr=False)
    interactive_classes: tuple[str, ...] = field(repr=False)
    referrer_engines: tuple[str, ...] = field(repr=False)
    homoglyphs: Mapping[int, str] = field(repr=False)  # look-alike letter -> Latin
    analytics_hosts: tuple[str, ...] = field(repr=False, default=())
    risky_script_hosts: tuple[str, ...] = field(repr=False, default=())
    miner_scripts: tuple[str, ...] = field(repr=False, default=())  # lower case
    unfiled_hosts: tuple[str, ...] = field(repr=False, default=())  # hosts, URL starts
    firewall_scripts: tuple[str, ...] = field(repr=False, default=())  # as the code has them

    def words(self, key: str) -> tuple[str, ...]:
        return dict(self.lists).get(key, ())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Signatures) and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        return _restore, (self.digest, self.packed)


_BUILT: dict[str, Signatures] = {}


def _pack(lists: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    return "\x1e".join("\x1f".join((key, *words)) for key, words in lists)


def _restore(digest: str, packed: str) -> Signatures:
    built = _BUILT.get(digest)
    if built is None:
        lists = tuple(
            (parts[0], tuple(parts[1:]))
            for parts in (chunk.split("\x1f") for chunk in packed.split("\x1e"))
        )
        built = _compile(lists)
    return built


@cache
def builtin_signature_data() -> Mapping[str, Sequence[str]]:
    text = resources.files("crawler").joinpath("data/signatures.toml").read_text("utf-8")
    return tomllib.loads(text)


def build_signatures(extra: Mapping[str, Sequence[str]] | None = None) -> Signatures:
    """The built-in signatures, each list extended by the same key from the config.

    A `spam_<name>` key the built-in data does not have adds a spam category; any other
    unknown key is a ValueError (the config reports it).
    """
    data = {key: list(words) for key, words in builtin_signature_data().items()}
    for key, words in (extra or {}).items():
        if key not in data and not key.startswith(_SPAM_PREFIX):
            raise ValueError(f"unknown signature list {key!r}")
        if isinstance(words, str) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"signature list {key!r} must be a list of strings")
        data.setdefault(key, []).extend(words)
    lists = tuple(
        (key, tuple(dict.fromkeys(w.strip().lower() for w in data[key] if w.strip())))
        for key in sorted(data)
    )
    return _compile(lists)


def _compile(lists: tuple[tuple[str, tuple[str, ...]], ...]) -> Signatures:
    packed = _pack(lists)
    digest = hashlib.blake2b(packed.encode("utf-8"), digest_size=12).hexdigest()
    built = _BUILT.get(digest)
    if built is not None:
        return built
    data = dict(lists)
    for key in _LIST_KEYS:
        data.setdefault(key, ())
    categories = tuple(
        key[len(_SPAM_PREFIX) :]
        for key, _ in lists
        if key.startswith(_SPAM_PREFIX) and key not in _NOT_CATEGORIES
    )
    terms: dict[str, str] = {}
    for category in categories:
        for term in data[_SPAM_PREFIX + category]:
            terms.setdefault(term, category)
    kinds: dict[str, str] = {}
    # The first kind wins.
    for kind in (
        "default_server",
        "parked",
        "firewall",
        "unfiled",
        "error_page",
        "placeholder",
        "template_filler",
    ):
        for phrase in data[kind]:
            kinds.setdefault(phrase, kind)
    hosts = data["parking_hosts"]
    built = Signatures(
        lists=lists,
        digest=digest,
        packed=packed,
        categories=categories,
        spam=_spam_regexes(terms),
        context=re.compile(_alternation(data["spam_context"]), re.IGNORECASE),
        authorities=re.compile(_alternation(data["spam_authorities"]), re.IGNORECASE),
        benign=re.compile(_alternation(data["spam_benign"]), re.IGNORECASE)
        if data["spam_benign"]
        else None,
        phrases=_spam_pattern([(p, _anchor(p)) for p in kinds], kinds, folded=True),
        parking_hosts=frozenset(h for h in hosts if "/" not in h),
        parking_domains=frozenset(registrable_domain(h.split("/", 1)[0]) for h in hosts),
        parking_fragments=tuple(h for h in hosts if "/" in h),
        quiet_domains=frozenset(data["benign_link_domains"]),
        trusted_suffixes=tuple(data["trusted_link_suffixes"]),
        honest_classes=tuple(data["benign_hiding_classes"]),
        interactive_classes=tuple(data["interactive_classes"]),
        referrer_engines=tuple(data["referrer_engines"]),
        homoglyphs={
            ord(pair[0]): pair[-1] for pair in data["homoglyphs"] if len(pair.split()) == 2
        },
        analytics_hosts=tuple(data["analytics_hosts"]),
        risky_script_hosts=tuple(data["risky_script_hosts"]),
        miner_scripts=tuple(data["miner_scripts"]),
        firewall_scripts=tuple(data["firewall_scripts"]),
        unfiled_hosts=tuple(data["unfiled_hosts"]),
    )
    if len(_BUILT) > 16:
        _BUILT.clear()
    _BUILT[digest] = built
    return built


def _alternation(words: Iterable[str]) -> str:
    """Longest first, led by a lookahead on the first characters (crawler.dates)."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    firsts = "".join(sorted({c for w in unique for c in (w[0], w[0].lower(), w[0].upper())}))
    body = "|".join(re.escape(w) for w in unique)
    return f"(?=[{re.escape(firsts)}])(?:{body})" if unique else "(?!)"


# Characters common on Chinese government pages, most common first (simplified, then
# traditional). A spam term is found through its least common character: the regex
# engine skips to the characters that can start a match, and the rarer those are, the
# fewer places it tries. Speed only: what matches does not depend on it.
_COMMON_CJK = (
    "政府务县镇乡村区市委局办厅处科室站所中心公告示通知开信息服事指南咨询投诉留言互动在线查下"
    "载网首页关于我们联系地图版权有主承单位备案号技术支持电话邮箱址传真编新闻态要工作头条片视频"
    "专题栏领导机构职能规划计财预算决统数据人任免招聘考试录用教育卫生健康医疗保障养老社会救助住"
    "房城建设交运输水利农业林畜牧渔自然资源环境应急管理安全产消防场监督税司法民退役军文化旅游体"
    "广播商发展改革工审国金融营引项目重点创振兴脱贫攻坚疫情控明党廉纪检察巡大协院组织宣战群团共"
    "青妇残红十字的一是不了和这为上个以他时来到出就分对成可年同也过子说种面而方后多定行学得经三"
    "之进着等部度家力里如高二起小物现实加量都两制当使点从本去把性好它合还因由其些前外天四日那义"
    "平形相表间样与各内正反你看原又么比或但质气第向道命此变只没结解问意月无很者最立代想已并提直"
    "程五果料象员入常总次品式活及特件长求基边流路级少山接较将见别她手角期根论几九强放西被干做必"
    "先回则取队给色光门即治北造百热七海口东器压志世金增争济阶油思极受什认六收证清己美再采转更风"
    "切打白速花带车例具万每至达走积议声报斗完类八离华名确才张马节米整空元况今集温土许步石记需段"
    "研界拉律叫且究观越装影低音众书布复容儿须际非验连断深难近矿千周素半省列习响约般史感劳便往酸"
    "历克何除称太准精值率族维选标写存候毛亲快效斯江型眼王按格易置派层始却状厂京适属圆包火调满照"
    "参细听该铁价严龙飞們這個來為國說時會對過後學發經動開長現實與關點當機問電體網業資間進種麼員"
    "於無見車門還從書東區裡樣歲報號條話讓認語請論識議讀財貨貴購費質賽軍農運達選邊鄉醫鎮陽隊際雙"
    "雞靈響頭題顏風飛館驗黨齊務處縣協參變圖團場壓執專導將屆層師帶帥幹廣廳徵應戰戶據擇擊數斷標樹"
    "權極樂歡歷氣決濟灣產畫監盡碼確稅積稱節築範統絡給維總職舉藝藥術衛補裝製規視親計訊記訓設許評"
    "試詢該證講護豐賓軟較輔輕輸辦遠適郵鐵閉閱險隨雜韓頁項順預領頻願類顯印"
)
_ENGLISH = "etaoinsrhldcumfpgwybvkxjqz"  # letters, most common first


@cache
def _rarity(char: str) -> int:
    """Higher is rarer. Latin letters rank with the middling Chinese characters: rare in
    Chinese text, common in English (which is searched with a regex of its own)."""
    if char.isascii():
        index = _ENGLISH.find(char.lower())
        return 300 + 20 * index if index >= 0 else 0  # digits, spaces, punctuation: never
    index = _COMMON_CJK.find(char)
    return 100 + index if index >= 0 else 10_000


class _SpamRegexes(NamedTuple):
    """The spam terms as regexes, each with its terms by group number - 1: `both` for
    Chinese text (its few Latin letters cost little); `latin` (run on the lower-cased
    text) and `cjk` apart for text in Latin letters, where trying every Chinese term at
    every common letter would cost ten times as much."""

    both: tuple[re.Pattern[str], tuple[_Term, ...]]
    latin: tuple[re.Pattern[str], tuple[_Term, ...]]
    cjk: tuple[re.Pattern[str], tuple[_Term, ...]]
    plain: tuple[_Term, ...]  # Latin terms of common letters only: found with str.find


def _anchor(term: str) -> int:
    """The index of the term's rarest character; one with characters after it is
    preferred (they are compared before the lookbehind, which costs more)."""
    last = len(term) - 1
    return max(range(len(term)), key=lambda i: (_rarity(term[i]) * (0.7 if i == last else 1), -i))


# Letters rare enough in English for the regex to stop at: a Latin term without one is
# searched with str.find instead (each costs about a third of a letter's stops).
_RARE_LATIN = frozenset("kbvxjygpzq0123456789")


def _spam_regexes(terms: Mapping[str, str]) -> _SpamRegexes:
    anchored = [(term, _anchor(term)) for term in terms]
    latin = [(t, i) for t, i in anchored if t[i].isascii()]
    cjk = [(t, i) for t, i in anchored if not t[i].isascii()]
    rare: list[tuple[str, int]] = []
    plain: list[_Term] = []
    for term, _ in latin:
        letters = [i for i, c in enumerate(term) if c in _RARE_LATIN and not c.isdigit()]
        if letters:
            rare.append((term, max(letters, key=lambda i: (_rarity(term[i]), -i))))
        else:
            plain.append(_Term(term, terms[term], 0, True, len(term) <= 4))
    return _SpamRegexes(
        _spam_pattern(cjk + latin, terms, folded=False),
        _spam_pattern(rare, terms, folded=True),
        _spam_pattern(cjk, terms, folded=False),
        tuple(plain),
    )


def _spam_pattern(
    anchored: Sequence[tuple[str, int]], categories: Mapping[str, str], folded: bool
) -> tuple[re.Pattern[str], tuple[_Term, ...]]:
    """One regex for many spam terms, each found through its rarest character.

    Each term is written `A(S(?<=PAS))` for prefix P, anchor character A and suffix S:
    every alternative starts with a literal character, so the engine scans for the set
    of anchors in C and tries the pattern only there, and the suffix is compared
    before the lookbehind. (A lookahead on the first characters, as crawler.dates
    does, makes the engine try the pattern at every position: 1.2 ms instead of
    0.04 ms on the 14,000 visible characters of a 60 KB portal, with ~300 terms.)
    A capturing group per term says which matched. Latin letters match in either
    case, or (`folded`) the text is lower-cased first.
    """
    by_anchor: dict[str, list[tuple[str, int]]] = {}
    for term, index in anchored:
        by_anchor.setdefault(term[index], []).append((term, index))
    literal = re.escape if folded else _literal
    alternatives: list[str] = []
    entries: list[_Term] = []
    for anchor in sorted(by_anchor, key=lambda a: (-len(by_anchor[a]), a)):
        group: list[str] = []
        for term, index in sorted(by_anchor[anchor], key=lambda t: (-len(t[0]), t[0])):
            behind = f"(?<={literal(term)})" if index else ""
            group.append(f"({literal(term[index + 1 :])}{behind})")
            latin = term.isascii()
            entries.append(_Term(term, categories[term], index, latin, latin and len(term) <= 4))
        body = "|".join(group)
        cases = [anchor.lower()]
        if not folded and anchor.upper() != anchor.lower():
            cases.append(anchor.upper())
        for position, case in enumerate(cases):
            if position:  # the other case: the same terms again, with their own groups
                entries.extend(entries[-len(group) :])
            alternatives.append(f"{re.escape(case)}(?:{body})")
    if not alternatives:
        return re.compile("(?!)"), ()
    return re.compile("|".join(alternatives)), tuple(entries)


def _literal(text: str) -> str:
    if not text:
        return ""
    escaped = re.escape(text)
    return f"(?i:{escaped})" if any(c.lower() != c.upper() for c in text) else escaped


# --------------------------------------------------------------------------------------
# Markup pass


@dataclass(frozen=True)
class Markup:
    """What `scan_markup` found before scripts and styles were stripped.

    `offsite_anchors` holds lexbor nodes (read lazily by `page_signals`): a Markup is
    used with the tree it came from, in the same process, and is not pickled.
    """

    url: str
    site: str  # the page's registrable domain
    hidden_links: tuple[Evidence, ...] = ()
    hidden_texts: tuple[tuple[str, str], ...] = ()  # (text, first off-site url) of hidden blocks
    script_texts: tuple[tuple[str, str], ...] = ()  # (text, url) of links scripts write
    link_labels: tuple[tuple[str, str], ...] = ()  # (alt and title, url) of off-site links
    noscript_text: str = ""  # what only a crawler without scripts reads
    script_redirects: tuple[str, ...] = ()
    parking: tuple[Evidence, ...] = ()  # scripts, frames, styles from parking services
    parking_anchors: tuple[Evidence, ...] = ()
    unfiled: tuple[Evidence, ...] = ()  # frames of, redirects to a cloud's block page
    meta_text: str = ""  # meta description and keywords
    script_title: str = ""  # a title an inline script sets (document.title = "...")
    meta_refresh: bool = False
    internal_links: int = 0
    frames: int = 0  # frames and iframes of the site itself
    scripts: int = 0  # scripts (a page its scripts build is not empty)
    cookie_reload: bool = False  # a script sets a cookie and reloads the page (a challenge)
    offsite_anchors: tuple[tuple[str, Any], ...] = field(default=(), repr=False, compare=False)


_ABSOLUTE_ANCHORS = 'a[href*="//"]'
_HEAD_NODES = 'meta[name], meta[property], meta[http-equiv], link[href*="//"]'
# The rels of a head's <link> a parking service's page loads from it (`parking_service`).
_LOADED_RELS = ("stylesheet", "icon")
# A head's claim that the page is another address's copy: search engines credit that
# address with the page (a kit's canonical hijack: <link rel=canonical> and og:url of a
# casino's domain on an untouched page).
_CLAIM_RELS = ("canonical",)
_CLAIM_METAS = ("og:url",)
# What the scan reads. lexbor returns an element once per selector of a list that it
# matches (a styled <script> twice), and the scan counts on that.
MARKUP_ELEMENTS = (
    'script, style, iframe, frame, marquee, noscript, [style], [hidden], a[href*="//"]'
)
_PSEUDO_HREF = ("javascript:", "mailto:", "tel:", "#", "about:", "vbscript:", "data:")


def scan_markup(
    tree: LexborHTMLParser,
    url: str,
    signatures: Signatures,
    anchors: int | None = None,
    elements: Sequence[Any] | None = None,
    preamble: str = "",
) -> Markup:
    """The markup signals of a parsed page; call it before scripts and styles are
    stripped. Reads the tree, never changes it. `anchors`: the number of `a[href]`
    elements, when the caller has them already (selecting them again costs ~0.2 ms).
    `elements`: `tree.css(f"{MARKUP_ELEMENTS}, {more}")`, when the caller walks the
    tree for more elements too; `more`, type selectors of none of the tags scanned
    (script, style, iframe, frame, marquee, noscript, a). `preamble`: the source before
    its <html> tag (`preamble_of`), where a kit writes its remote script."""
    scan = _Scan(signatures, url)
    if "<script" in preamble.lower():
        scan.preamble(preamble)
    styles: list[str] = []
    styled: list[Any] = []
    noscript: list[str] = []
    # One walk of the tree for everything but the link count (each walk costs ~15 µs
    # on a 60 KB page, and each selector in it ~8 µs more).
    # lexbor gives an element once per selector it matches: one with a style or hidden
    # attribute (the only ones matching two) is read once.
    repeated: set[int] = set()
    for node in tree.css(MARKUP_ELEMENTS) if elements is None else elements:
        tag = node.tag
        attrs = node.attrs  # read once (each read makes an object): most are anchors
        if "style" in attrs or "hidden" in attrs:
            key = node.mem_id
            if key in repeated:
                continue
            repeated.add(key)
        if tag == "a":
            scan.anchor(node, attrs)
        elif tag == "script":
            scan.script_element(node)
        elif tag == "style":
            styles.append(node.text(deep=True))
        elif tag in ("iframe", "frame"):
            scan.frame(node)
        elif tag == "marquee":
            scan.marquee(node)
        elif tag == "noscript":
            # What a browser without scripts shows: a crawler, never a visitor.
            scan.hidden_element(node, "inside <noscript>", "weak")
            text = _collapse(node.text())
            if text:
                noscript.append(text)
        if "style" in attrs:
            styled.append(node)
        if "hidden" in attrs and tag != "input":
            scan.hidden_element(node, "hidden attribute", "weak")
    scan.count_links(tree, anchors)
    head = tree.head
    if head is not None:
        scan.head(head)
    body = tree.body
    if body is not None:
        onload = body.attrs.get("onload")
        if onload:
            scan.script(onload, "body onload")
    for node in styled:
        style = node.attrs.get("style")
        if style and (_HIDE_DECL.search(style) or _SAME_COLOUR_HINT.search(style)):
            hiding = _hiding(style, colours=True)
            if hiding is not None and not scan.honest(node.attrs.get("class") or ""):
                scan.hidden_element(node, f"inline style {hiding[0]}", hiding[1])
    if styles:
        scan.style_rules(tree, styles)
    if scan.styled_ids:
        scan.script_styles(tree)
    return Markup(
        url=url,
        site=scan.site,
        hidden_links=tuple(scan.hidden_links[:MAX_EVIDENCE]),
        hidden_texts=tuple(scan.hidden_texts),
        script_texts=tuple(scan.script_texts),
        link_labels=tuple(scan.labels[:MAX_ANCHOR_TEXTS]),
        noscript_text=" ".join(noscript)[:MAX_HIDDEN_TEXT],
        script_redirects=tuple(dict.fromkeys(scan.redirects)),
        parking=tuple(scan.parking[:MAX_EVIDENCE]),
        parking_anchors=tuple(scan.parking_anchors[:MAX_EVIDENCE]),
        unfiled=tuple(scan.unfiled[:MAX_EVIDENCE]),
        meta_text=scan.meta_text,
        script_title=scan.script_title,
        meta_refresh=scan.meta_refresh,
        internal_links=scan.internal + scan.frames,
        frames=scan.frames,
        scripts=scan.scripts,
        cookie_reload=scan.cookie_reload,
        offsite_anchors=tuple(scan.offsite),
    )


class _Scan:
    def __init__(self, signatures: Signatures, url: str) -> None:
        self.sig = signatures
        self.url = url
        host = (urlsplit(url).hostname or "").lower()
        self.host = host
        self.site = registrable_domain(host) if host else ""
        self.own_prefixes = (
            tuple(
                f"{scheme}{host}{end}" for scheme in ("http://", "https://", "//") for end in "/?#"
            )
            if host
            else ("\0",)
        )
        self.hidden_links: list[Evidence] = []
        self.hidden_urls: set[str] = set()
        self.hidden_texts: list[tuple[str, str]] = []
        self.hidden_chars = 0
        self.hidden_joined = ""  # the texts of hidden_texts, each followed by a line break
        self.script_texts: list[tuple[str, str]] = []
        self.redirects: list[str] = []
        self.parking: list[Evidence] = []
        self.parking_anchors: list[Evidence] = []
        self.unfiled: list[Evidence] = []
        self.meta_text = ""
        self.script_title = ""
        self.styled_ids: dict[str, str] = {}  # id -> style declarations a script sets
        self.meta_refresh = False
        self.internal = 0
        self.frames = 0
        self.scripts = 0
        self.cookie_reload = False
        self.seen_nodes: set[int] = set()
        self.decoded: set[str] = set()
        self.offsite: list[tuple[str, Any]] = []
        self.labels: list[tuple[str, str]] = []

    # -- where links point

    def own(self, host: str) -> bool:
        return host == self.host or registrable_domain(host) == self.site

    def quiet(self, host: str) -> bool:
        """A counter, share button, vendor or government domain (see the module doc)."""
        domain = registrable_domain(host)
        if domain in self.sig.quiet_domains:
            return True
        return self.trusted(host)

    def trusted(self, host: str) -> bool:
        """A government or education domain (`trusted_link_suffixes`)."""
        return any(
            host == suffix or host.endswith("." + suffix) for suffix in self.sig.trusted_suffixes
        )

    def risky(self, host: str) -> bool:
        """A compromised script host or a crypto miner's (`risky_script_hosts`)."""
        return any(
            host == known or host.endswith("." + known) for known in self.sig.risky_script_hosts
        )

    def counts_visitors(self, host: str) -> bool:
        """A visitor-statistics host (`analytics_hosts`): its scripts build nothing."""
        return any(
            host == known or host.endswith("." + known) for known in self.sig.analytics_hosts
        )

    def parking_service(self, url: str, host: str) -> str | None:
        sig = self.sig
        if registrable_domain(host) not in sig.parking_domains:
            return None
        labels = host.split(".")
        for start in range(len(labels) - 1):
            candidate = ".".join(labels[start:])
            if candidate in sig.parking_hosts:
                return candidate
        lowered = url.lower()
        for fragment in sig.parking_fragments:
            if fragment in lowered:
                return fragment
        return None

    def block_service(self, url: str, host: str) -> str | None:
        """A cloud's block page (`unfiled_hosts`: a host, or the start of a URL)."""
        lowered = url.lower().split("//", 1)[-1]
        for entry in self.sig.unfiled_hosts:
            if "/" in entry:
                if lowered.startswith(entry):
                    return entry
            elif host == entry or host.endswith("." + entry):
                return entry
        return None

    # -- anchors

    def anchor(self, node: Any, attrs: Any) -> None:
        """An anchor with an absolute (or protocol-relative) URL: kept if off-site. Its
        title, and an image link's alt (a logo 友情链接), are words it carries unseen.
        `attrs`: the node's `attrs`."""
        href = (attrs.get("href") or "").strip()
        if href.startswith(self.own_prefixes):
            return  # the fast way for the page's own host
        host = _host(href)
        if host is None or self.own(host):
            return
        absolute = _absolute_url(href)
        self.offsite.append((absolute, node))
        child = node.child
        alt = child.attrs.get("alt") if child is not None and child.tag == "img" else None
        title = attrs.get("title")
        if alt or title:
            self.labels.append((f"{alt or ''} {title or ''}".strip(), absolute))
        service = self.parking_service(absolute, host)
        if service is not None:
            text = _collapse(node.text())
            self.parking_anchors.append(
                Evidence(_cut(text or absolute), absolute, f"link to parking service {service}")
            )

    def count_links(self, tree: LexborHTMLParser, anchors: int | None) -> None:
        """The internal link count: anchors not off-site (after `anchor` saw them all)."""
        offsite = self.offsite
        total = len(tree.css("a[href]")) if anchors is None else anchors
        if total <= 30:
            # Few links (the pages where the count matters): leave out javascript:,
            # mailto: and # pseudo-links; count image-map areas.
            self.internal = sum(
                1
                for node in tree.css("a[href], area[href]")
                if _navigates(node.attrs.get("href") or "")
            ) - len(offsite)
        else:
            self.internal = total - len(offsite)

    # -- hidden elements

    def honest(self, classes: str) -> bool:
        """Screen-reader text and skip links (`benign_hiding_classes`)."""
        lowered = classes.lower()
        return any(fragment in lowered for fragment in self.sig.honest_classes)

    def interactive(self, names: str) -> bool:
        """Menus, tabs, pop-ups (`interactive_classes`): what scripts show and hide."""
        lowered = names.lower()
        return any(fragment in lowered for fragment in self.sig.interactive_classes)

    def hidden_element(self, node: Any, how: str, kind: str) -> None:
        """An element hidden by `how` (of kind `kind`, see STRONG): its off-site links
        are hidden links.

        Text hidden on a link itself (font-size 0, text-indent) is an icon, not a hidden
        link. A block hidden the weak way (display:none...) or by its size counts only
        when it links nowhere on the site itself: menus, tabs and pop-ups do.
        """
        key = node.mem_id
        if key in self.seen_nodes:
            return
        self.seen_nodes.add(key)
        is_anchor = node.tag == "a"
        if kind == "text" and is_anchor:
            return
        if kind == "weak" and (self.interactive(_names(node)) or _numbered_panel(node)):
            return
        anchors = [node] if is_anchor else node.css(_ABSOLUTE_ANCHORS)
        if (
            kind == "offscreen"
            and not is_anchor
            and self.interactive(_names(node))
            and len(node.css("a[href]")) > len(anchors)
        ):
            return  # an off-canvas menu with the site's own links: it slides in
        pure = kind in ("weak", "size")  # must link only elsewhere
        if pure and not anchors:
            return
        if pure and not is_anchor and len(node.css("a[href]")) > len(anchors):
            return  # it has relative links: a menu of the site itself
        links: list[tuple[str, str]] = []
        for anchor in anchors:
            href = (anchor.attrs.get("href") or "").strip()
            host = _host(href)
            if host is None or self.own(host):
                if pure:
                    return  # it links to the site itself too: a menu
                continue
            absolute = _absolute_url(href)
            text = _collapse(anchor.text())
            if self.quiet(host) and not _has_spam(self.sig, text):
                if kind == "weak" and self.trusted(host):
                    return  # a drop-down of 友情链接: government sites and others
                continue
            links.append((text, absolute))
        if (
            kind == "weak"
            and links
            and not is_anchor
            and _dropdown(node)
            and not any(_has_spam(self.sig, text) for text, _ in links)
        ):
            return  # a drop-down under its button (友情链接: 新闻媒体 ▾): it opens there
        for text, absolute in links:
            self.hidden_link(text, absolute, how)
        if links or kind != "weak":
            self.keep_hidden_text(_collapse(node.text()), links[0][1] if links else "")
            # A hidden element inside this one adds nothing: its off-site links are among
            # this one's, its text inside this one's. Not read, blocks left open n deep
            # (an injected `<div style="display:none">` a link) cost n, not n^2.
            self.seen_nodes.update(inner.mem_id for inner in node.css("*"))

    def hidden_link(self, text: str, url: str, how: str) -> None:
        if url in self.hidden_urls:
            return
        self.hidden_urls.add(url)
        self.hidden_links.append(Evidence(_cut(text or url), url, how))

    def keep_hidden_text(self, text: str, url: str) -> None:
        # Budget first: a page of thousands of hidden blocks stops being read once it is
        # spent (a test of each against all those kept cost O(n^2): seconds a page).
        if not text or self.hidden_chars >= MAX_HIDDEN_TEXT:
            return
        # The texts kept, one a line (a collapsed text has no line break): one search in C
        # for "inside one of them", not one a kept text.
        if text in self.hidden_joined:
            return  # a hidden element inside another
        text = text[: MAX_HIDDEN_TEXT - self.hidden_chars]
        self.hidden_chars += len(text)
        self.hidden_texts.append((text, url))
        self.hidden_joined += text + "\n"

    def style_rules(self, tree: LexborHTMLParser, blocks: Sequence[str]) -> None:
        """Rules of the page's <style> blocks that hide what they select."""
        rules: dict[str, tuple[str, str]] = {}
        for css in blocks:
            # A framework's stylesheet (a big block) hides .d-none, .hidden... the weak
            # way by the hundred; dark-link rules come in small blocks of their own.
            self.hiding_rules(css, rules, weak=len(css) <= MAX_WEAK_RULES_BLOCK)
        if not rules:
            return
        # Strong techniques first; one query for the hidden elements (a tree walk each).
        ordered = sorted(rules, key=lambda s: rules[s][1] == "weak")[:MAX_RULE_SELECTORS]
        elements = _select(tree, ordered)
        for node in elements[:MAX_HIDDEN_ELEMENTS]:
            how, kind = _rule_of(node, ordered, rules)
            self.hidden_element(node, how, kind)

    def hiding_rules(self, css: str, rules: dict[str, tuple[str, str]], weak: bool) -> None:
        """Add the usable hiding rules of one <style> block to `rules` (selector ->
        (how, kind)); with `weak` false, strong techniques only."""
        done: set[int] = set()
        for match in _HIDE_DECL.finditer(css):
            is_weak = (match.lastgroup or "").startswith("w")
            if is_weak and not weak:
                continue  # before the rule is looked for: a big block has hundreds
            start = css.rfind("{", 0, match.start())
            if start < 0 or start in done:
                continue
            head = max(css.rfind("}", 0, start), css.rfind("{", 0, start), css.rfind(";", 0, start))
            text = css[head + 1 : start]
            if is_weak and not _SIMPLE_IN_LIST.search(text):
                continue  # display:none on `.nav li ul` and the like: menus (a strong
                # declaration later in the same rule still reads it)
            selectors = [" ".join(part.split()) for part in text.rsplit("*/", 1)[-1].split(",")]
            if is_weak:  # no need to read the rule: the match says it all
                group = match.lastgroup or ""
                kind = "weak"
                label = {
                    "w1": "display:none",
                    "w3": "opacity:0",
                    "w4": f"transform:{match.group(group)}",
                }.get(group, f"visibility:{match.group(group)}")
            else:
                done.add(start)
                end = css.find("}", match.end())
                hiding = _hiding(css[start + 1 : end if end >= 0 else len(css)])
                if hiding is None:
                    continue
                label, kind = hiding
            for selector in selectors:
                known = rules.get(selector)
                if (
                    (known is None or (known[1] == "weak" and kind != "weak"))
                    and _usable_selector(selector, kind != "weak")
                    and not self.honest(selector)
                ):
                    rules[selector] = (f"style rule {selector} {{{label}}}", kind)

    def script_styles(self, tree: LexborHTMLParser) -> None:
        """Elements an inline script hides as the page loads
        (document.getElementById("x").style.display = "none")."""
        for ident, block in list(self.styled_ids.items())[:MAX_RULE_SELECTORS]:
            hiding = _hiding(block)
            if hiding is None:
                continue
            try:
                node = tree.css_first(f'[id="{ident}"]')
            except Exception:
                continue
            if node is not None:
                self.hidden_element(node, f"a script sets {hiding[0]}", hiding[1])

    def preamble(self, source: str) -> None:
        """Remote scripts written before the <html> tag (before <!DOCTYPE> even): where
        kits put theirs; no template does."""
        for match in _SOURCE_TAG.finditer(source):
            href = match.group("url")
            host = _host(href)
            if match.group("tag").lower() != "script" or host is None or self.own(host):
                continue
            if not self.quiet(host):
                absolute = _absolute_url(href)
                self.hidden_link(absolute, absolute, PREAMBLE_SCRIPT)

    # -- elements

    def frame(self, node: Any) -> None:
        if _inside(node, "noscript"):
            return  # a tracking frame for browsers without scripts
        src = (node.attrs.get("src") or "").strip()
        host = _host(src)
        if host is None:
            if src and not src.lower().startswith(_PSEUDO_HREF):
                self.frames += 1  # a relative frame: the site's own
            return
        absolute = _absolute_url(src)
        service = self.parking_service(absolute, host)
        if service is not None:
            self.parking.append(Evidence(_cut(absolute), absolute, f"{node.tag} from {service}"))
            return
        if self.own(host):
            self.frames += 1
            return
        block = self.block_service(absolute, host)
        if block is not None:
            # The cloud's block page in a frame: the page is that block page.
            self.unfiled.append(Evidence(_cut(absolute), absolute, f"{node.tag} of {block}"))
            return
        style = node.attrs.get("style") or ""
        if _covers_page(node.attrs.get("width"), node.attrs.get("height"), style):
            if not self.quiet(host):
                self.redirect(absolute)  # the page shows another site: a redirect
            return
        hiding = _hiding(style, colours=True) if style and _HIDE_DECL.search(style) else None
        if _tiny(node.attrs.get("width")) or _tiny(node.attrs.get("height")):
            how = TINY_FRAME
        elif hiding is not None:
            how = f"iframe with inline style {hiding[0]}"
        else:
            return
        if not self.quiet(host):
            self.hidden_link(absolute, absolute, how)

    def marquee(self, node: Any) -> None:
        attrs = node.attrs
        style = (attrs.get("style") or "").lower()
        sizes = [attrs.get("height"), attrs.get("width")]
        sizes += [m.group(1) for m in _SIZE_VALUE.finditer(style)]
        if any(_tiny(value) for value in sizes):
            self.hidden_element(node, "marquee of height or width 0-1", "marquee")
        elif _too_fast(attrs.get("scrollamount")):
            # SEO kits' <marquee scrollamount=3000 scrolldelay=20000>: the text jumps out
            # of sight at once and waits there (a ticker moves 1-20 pixels a step)
            self.hidden_element(node, "marquee with scrollamount over 200", "marquee")

    def head(self, head: Any) -> None:
        meta: list[str] = []
        for node in head.css(_HEAD_NODES):
            attrs = node.attrs
            if node.tag == "link":
                href = (attrs.get("href") or "").strip()
                host = _host(href)
                if host is None:
                    continue
                rels = (attrs.get("rel") or "").lower().split()
                if any(rel in _CLAIM_RELS for rel in rels):
                    self.claim(href, host, "canonical link")
                elif any(rel in _LOADED_RELS for rel in rels):
                    absolute = _absolute_url(href)
                    service = self.parking_service(absolute, host)
                    if service is not None:
                        self.parking.append(
                            Evidence(_cut(absolute), absolute, f"link from {service}")
                        )
                continue
            name = (attrs.get("name") or attrs.get("property") or "").lower()
            if name in ("description", "keywords", "og:title", "og:description"):
                meta.append(attrs.get("content") or "")
            elif name in _CLAIM_METAS:
                content = (attrs.get("content") or "").strip()
                host = _host(content)
                if host is not None:
                    self.claim(content, host, f"meta {name}")
            elif (attrs.get("http-equiv") or "").strip().lower() == "refresh":
                self.meta_refresh = True
        self.meta_text = _collapse(" ".join(meta))[:1000]

    def claim(self, href: str, host: str, what: str) -> None:
        """A canonical link or og:url naming another site: an unseen link of the page to
        it, a hidden one when the host's name has spam terms (js3777-casino.com); a
        moved site's or a CMS's staging domain names none (and is not a hijack)."""
        if self.own(host) or self.quiet(host):
            return
        hits = _spam_hits(self.sig, unmasked(self.sig, host))
        if not hits:
            return
        absolute = _absolute_url(href)
        self.hidden_link(f"{what}: {absolute}", absolute, f"{what} to another site")
        self.labels.append((host, absolute))

    # -- scripts

    def script_element(self, node: Any) -> None:
        src = (node.attrs.get("src") or "").strip()
        if src:
            host = _host(src)
            if host is None or not self.counts_visitors(host):
                self.scripts += 1  # statistics build nothing on the page
            if host is not None:
                absolute = _absolute_url(src)
                service = self.parking_service(absolute, host)
                if service is not None:
                    self.parking.append(
                        Evidence(_cut(absolute), absolute, f"script from {service}")
                    )
                elif self.risky(host):
                    self.hidden_link(absolute, absolute, RISKY_SCRIPT)
            return
        kind = (node.attrs.get("type") or "").lower()
        if kind and "javascript" not in kind and "ecmascript" not in kind and kind != "module":
            return  # JSON-LD, templates
        code = node.text(deep=True)
        if code.strip():
            if not (
                len(code) <= MAX_ANALYTICS_SNIPPET
                and any(host in code for host in self.sig.analytics_hosts)
            ):
                self.scripts += 1  # a statistics snippet builds nothing on the page
            if (
                not self.cookie_reload
                and len(code) <= MAX_CHALLENGE_SCRIPT
                and (
                    ("cookie" in code and _SETS_COOKIE.search(code) and _RELOADS.search(code))
                    # a challenge whose cookie an obfuscated remote script sets (瑞数's
                    # $_ts): its inline bootstrap names it (`firewall_scripts`)
                    or any(marker in code for marker in self.sig.firewall_scripts)
                )
            ):
                self.cookie_reload = True
            if len(code) <= MAX_MINER_SNIPPET and self.sig.miner_scripts:
                self.miner(code)
            self.script(code, "")

    def miner(self, code: str) -> None:
        """A crypto-miner's start-up code (`miner_scripts`)."""
        lowered = code.lower()
        for words in self.sig.miner_scripts:
            start = lowered.find(words)
            if start >= 0:
                snippet = _collapse(code[max(0, start - 20) : start + len(words) + 60])
                self.hidden_links.append(Evidence(_cut(snippet), "", MINER_SCRIPT))
                return

    def script(self, code: str, via: str, depth: int = 0) -> None:
        code = code[:MAX_SCRIPT_CHARS]
        if "+" in code and len(code) <= MAX_WRITER_CHARS and _joins_strings(code):
            code = _JOINS.sub("", code)  # "<scr"+"ipt", 'http://'+'xx.bet'
        redirects = len(self.redirects)
        for match in _redirect_matches(code):
            target = match.group("url")
            if target is None:  # location.href = atob("aHR0cDovL3...")
                target = _from_base64(match.group("b64"), plain=True) or ""
            if not _redirect_object(code, match.start(), match.group(0)[0] == "o"):
                continue
            if _in_handler(code, match.start()):
                continue
            after = code[match.end() : match.end() + 3].lstrip()
            if after.startswith("+") and _host(target) is None:
                continue  # a relative start of a longer URL
            self.redirect(target)
        if (
            len(self.redirects) == redirects
            and "referrer" in code
            and len(code) <= MAX_WRITER_CHARS
        ):
            self.referrer_redirect(code)
        if "style" in code and "getElementById" in code and len(code) <= MAX_WRITER_CHARS:
            self.script_style(code)
        if not self.script_title and "document.title" in code:
            title = _SCRIPT_TITLE.search(code)
            if title is not None and not _in_handler(code, title.start()):
                self.script_title = _collapse(title.group(2))[:300]
        if via:
            self.written(code, via, True)
        elif (
            len(code) <= MAX_WRITER_CHARS
            and _WRITTEN_TAG.search(code)  # fast (it scans for "<"), and rarely found
            and any(w in code for w in _WRITERS)
        ):
            self.written(code, "script writes it", False)
        if depth < MAX_DECODE_DEPTH and len(code) <= MAX_DECODED_SCRIPT:
            for decoded, how in _decodings(code):
                if decoded in self.decoded:
                    continue
                self.decoded.add(decoded)
                self.encoded_source(code, decoded)
                self.script(decoded, f"script, {how}", depth + 1)

    def encoded_source(self, code: str, decoded: str) -> None:
        """A script that loads another (createElement("script"), a written <script>) from
        another site whose address it keeps encoded (String.fromCharCode(104,116,...),
        \\x escapes, base64): a kit's loader, the Balada injector's; no site hides the
        address of a script it means to load."""
        url = decoded.strip()
        if _URL.fullmatch(url) is None or _LOADS_SCRIPT.search(code.lower()) is None:
            return
        host = _host(url)
        if host is not None and not self.own(host) and not self.quiet(host):
            self.hidden_link(url, url, ENCODED_SCRIPT)

    def script_style(self, code: str) -> None:
        """Style declarations a script sets on elements it gets by id, outside any
        function that runs later (a tab switcher's setTab hides panels when called)."""
        found = list(_GET_BY_ID.finditer(code))
        if not found:
            return
        declarations = []
        for match in _STYLE_SET.finditer(code):
            if _in_handler(code, match.start()):
                continue
            name, value = match.group(1), match.group(3)
            if name == "cssText":
                declarations.append(value)
            else:
                kebab = re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), name)
                declarations.append(f"{kebab}:{value}")
        if not declarations:
            return
        block = ";".join(declarations)
        for match in found:
            if not _in_handler(code, match.start()):
                ident = match.group(2)
                self.styled_ids[ident] = f"{self.styled_ids.get(ident, '')};{block}"

    def referrer_redirect(self, code: str) -> None:
        """A script that reads document.referrer, names a search engine and sets the
        location: cloaking (visitors from Baidu are sent on), wherever it keeps its
        target (a variable, an array, window["location"]). The target: the script's
        first off-site URL that is not a counter's or a government's. One that loads a
        script instead (document.write of a <script>, createElement("script")) loads
        the kit's: a hidden link to it."""
        lowered = code.lower()
        redirects = "location" in lowered or "open(" in lowered
        loads = not redirects and _LOADS_SCRIPT.search(lowered) is not None
        if not (redirects or loads):
            return
        if not any(engine in lowered for engine in self.sig.referrer_engines):
            return
        # The target in plain text, else in the script's encoded strings (a kit builds it
        # with String.fromCharCode(104,116,...), atob or \x escapes).
        texts = itertools.chain((code,), (text for text, _ in _decodings(code)))
        for text in texts:
            for match in _URL.finditer(text):
                url = match.group(0)
                host = _host(url)
                if host is not None and not self.own(host) and not self.quiet(host):
                    if redirects:
                        self.redirect(url)
                    else:
                        self.hidden_link(url, url, REFERRER_SCRIPT)
                    return

    def redirect(self, target: str) -> None:
        target = target.strip()
        if not target or target.lower().startswith(_PSEUDO_HREF) or target.startswith("?"):
            return
        try:
            absolute = urljoin(self.url, target)
        except ValueError:
            return
        host = _host(absolute)
        if absolute.startswith(("http://", "https://")) and host:
            block = self.block_service(absolute, host)
            if block is not None:
                self.unfiled.append(Evidence(_cut(absolute), absolute, f"redirect to {block}"))
                return
            self.redirects.append(absolute)

    def written(self, code: str, via: str, decoded: bool) -> None:
        """Links in markup a script writes, or in text decoded from a script. A plain
        (not encoded) script's links count when they are hidden or have spam terms: a
        widget that writes links is not a hijack, an encoded one is suspect."""
        lowered = code.lower()
        if "<iframe" in lowered or "<frame" in lowered:
            self.written_frames(code)
        suspect = decoded or bool(_HIDE_DECL.search(code)) or "<marquee" in lowered
        if not suspect and not ("<a" in lowered and _has_spam(self.sig, code)):
            return
        if "href" in lowered:
            for match in _A_OPEN.finditer(code):
                close = code.find(">", match.end(), match.end() + 600)
                text = ""
                if close >= 0:
                    end = lowered.find("</a", close, close + 400)
                    if end < 0:
                        end = lowered.find("<\\/a", close, close + 400)
                    text = _collapse(_TAGS.sub(" ", code[close + 1 : end if end >= 0 else close]))
                self.script_link(match.group("url"), text, via, suspect)
        if "<iframe" in lowered or "<frame" in lowered or (decoded and "<script" in lowered):
            for match in _SOURCE_TAG.finditer(code):
                tag = match.group("tag").lower()
                if tag == "script" and not decoded:
                    continue
                self.script_link(match.group("url"), "", f"{via} ({tag})", suspect)

    def written_frames(self, code: str) -> None:
        """Frames a script writes that cover the page: the page shows another site."""
        for match in _SOURCE_TAG.finditer(code):
            if match.group("tag").lower() == "script":
                continue
            end = code.find(">", match.end())
            tag = code[match.start() : end if end >= 0 else match.end()]
            sizes = {m.group(1).lower(): m.group(2) for m in _TAG_SIZE.finditer(tag)}
            style = _TAG_STYLE.search(tag)
            if not _covers_page(
                sizes.get("width"), sizes.get("height"), style.group(1) if style else ""
            ):
                continue
            href = match.group("url").strip().strip("\\")
            host = _host(href)
            if host is not None and not self.own(host) and not self.quiet(host):
                self.redirect(_absolute_url(href))

    def script_link(self, href: str, text: str, via: str, suspect: bool) -> None:
        href = href.strip().strip("\\")
        host = _host(href)
        if host is None or self.own(host):
            return
        absolute = _absolute_url(href)
        spam = _has_spam(self.sig, text)
        if (self.quiet(host) or not suspect) and not spam:
            return
        self.hidden_link(text, absolute, via)
        if text:
            self.script_texts.append((text[: QUOTE_LIMIT * 4], absolute))


PREAMBLE_SCRIPT = "script from another site before <html>"
REFERRER_SCRIPT = "script loaded for visitors from search engines only"
RISKY_SCRIPT = "script from a compromised or crypto-mining host"
MINER_SCRIPT = "crypto-mining script"
ENCODED_SCRIPT = "script loaded from an encoded address"
# Scripts that make the hidden_links finding alone: a kit's, never a template's.
KIT_SCRIPTS = (PREAMBLE_SCRIPT, REFERRER_SCRIPT, RISKY_SCRIPT, MINER_SCRIPT, ENCODED_SCRIPT)
# A frame of 0-1 pixels that loads another site's page: the classic iframe trojan (挂马).
# Alone it makes the finding too: on 200 real news pages the only such frames were
# Google Tag Manager's (a quiet domain) and ones inside <noscript> (not read).
TINY_FRAME = "iframe of size 0-1"
_LOADS_SCRIPT = re.compile(r"<\\?/?script|createelement\(\s*['\"]script")
_SCRIPT_TITLE = re.compile(r"""document\s*\.\s*title\s*=\s*(['"])(.{1,300}?)\1""")
_GET_BY_ID = re.compile(r"""getElementById\s*\(\s*(['"])([\w:.-]{1,80})\1\s*\)""")
_STYLE_SET = re.compile(r"""\.style\s*\.\s*(\w+)\s*=\s*(['"])([^'"]{0,200})\2""")
_DIGITS = re.compile(r"\d+")
_TAG_SIZE = re.compile(r"""\b(width|height)\s*=\s*\\?['"]?([\w.%]+)""", re.IGNORECASE)
_TAG_STYLE = re.compile(r"""\bstyle\s*=\s*\\?['"]([^'"\\]*)""", re.IGNORECASE)
_FULL = ("100%", "100vw", "100vh")
FULL_PAGE_PX = 1500  # a frame this high (and as wide as the page) is the page


MARQUEE_MAX_SCROLL = 200  # pixels a step: tickers use 1-20, kits 1000-10000


def _too_fast(value: str | None) -> bool:
    """A marquee's scrollamount past what any reader can follow."""
    digits = (value or "").strip()
    return digits.isdigit() and int(digits) > MARQUEE_MAX_SCROLL


def _covers_page(width: str | None, height: str | None, style: str) -> bool:
    """A frame that covers the page: fixed or absolute at 100% of both sides, or as wide
    as the page and FULL_PAGE_PX high or more (kits write height=5000)."""
    declarations = {n.lower(): v.strip().lower() for n, v in _DECLARATION.findall(style)}
    width = (declarations.get("width") or width or "").strip().lower()
    height = (declarations.get("height") or height or "").strip().lower()
    if not width.startswith(_FULL):
        return False
    if declarations.get("position", "").startswith(("fixed", "absolute")):
        return height.startswith(_FULL)
    number = _NUMBER.match(height)
    return (
        number is not None
        and number.group(2) in ("", "px")
        and float(number.group(1)) >= FULL_PAGE_PX
    )


def _names(node: Any) -> str:
    """An element's class and id."""
    attrs = node.attrs
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}"


def _dropdown(node: Any) -> bool:
    """A list hidden under its button: its parent holds a short label of its own (a
    <span>新闻媒体</span>, a "javascript:" toggle) and no other link. A dark-link block
    has no button: it sits alone, or in a footer of other text and links."""
    parent = node.parent
    if parent is None or parent.tag in ("body", "html"):
        return False
    own = {mine.mem_id for mine in node.css("a[href]")}
    for anchor in parent.css("a[href]"):
        href = (anchor.attrs.get("href") or "").strip().lower()
        if not (href.startswith(("javascript:", "#")) or href == "") and anchor.mem_id not in own:
            return False
    label = _collapse(parent.text()).replace(_collapse(node.text()), "", 1).strip()
    return 0 < len(label) <= DROPDOWN_LABEL_CHARS


def _numbered_panel(node: Any) -> bool:
    """One of numbered siblings (`con_one_1`, `con_one_2`...: tab panels a script
    shows one at a time): an element of the same tag next to it, named the same but
    for its numbers. A dark-link block comes alone."""
    attrs = node.attrs
    name = attrs.get("id") or attrs.get("class") or ""
    parent = node.parent
    if parent is None or not any(c.isdigit() for c in name):
        return False
    key = _DIGITS.sub("#", name)
    tag, own = node.tag, node.mem_id
    for sibling in parent.iter():
        if sibling.tag == tag and sibling.mem_id != own:
            other = sibling.attrs.get("id") or sibling.attrs.get("class") or ""
            if other != name and _DIGITS.sub("#", other) == key:
                return True
    return False


def _inside(node: Any, tag: str, levels: int = 8) -> bool:
    parent = node.parent
    while parent is not None and levels > 0:
        if parent.tag == tag:
            return True
        parent = parent.parent
        levels -= 1
    return False


def _select(tree: LexborHTMLParser, selectors: Sequence[str]) -> list[Any]:
    try:
        return list(tree.css(", ".join(selectors)))
    except Exception:  # one selector lexbor cannot read: try them one by one
        found: list[Any] = []
        for selector in selectors:
            try:
                found.extend(tree.css(selector))
            except Exception:
                continue
        return found


_COMPOUND = re.compile(r"([.#]?)([\w-]+)")
_COMBINATORS = re.compile(r"\s*[>+~]\s*|\s+")


def _rule_of(
    node: Any, selectors: Sequence[str], rules: Mapping[str, tuple[str, str]]
) -> tuple[str, str]:
    """The rule that hides `node`: the first of `selectors` that selects the node itself
    (lexbor's css_matches answers for the node's subtree; every combinator is read as
    a descendant one here)."""
    for selector in selectors:
        compounds = _COMBINATORS.split(selector.strip())
        if not _has_compound(node, compounds[-1]):
            continue
        remaining = compounds[:-1]
        parent = node.parent
        while remaining and parent is not None:
            if _has_compound(parent, remaining[-1]):
                remaining.pop()
            parent = parent.parent
        if not remaining:
            return rules[selector]
    return rules[selectors[0]]


def _has_compound(node: Any, compound: str) -> bool:
    if node.tag in ("-document", "html") and compound not in ("html",):
        return False
    attrs = node.attrs
    for mark, name in _COMPOUND.findall(compound.split("[", 1)[0]):
        if mark == "#":
            if attrs.get("id") != name:
                return False
        elif mark == ".":
            if name not in (attrs.get("class") or "").split():
                return False
        elif node.tag != name.lower():
            return False
    return True


_SIMPLE_SELECTOR = re.compile(r"^[a-z0-9]*[.#][\w-]+$", re.IGNORECASE)
_SIMPLE_IN_LIST = re.compile(r"(?:^|[,}/])\s*[a-z0-9]*[.#][\w-]+\s*(?:,|$)", re.IGNORECASE)


def _usable_selector(selector: str, strong: bool) -> bool:
    if not selector or len(selector) > 120 or any(c in selector for c in ":@*\\{}()"):
        return False
    if strong:
        return selector.lower() not in ("html", "body")
    return _SIMPLE_SELECTOR.match(selector) is not None


# --------------------------------------------------------------------------------------
# CSS declarations that hide

# Every candidate starts at a colon (the engine scans for one character, fast) and a
# lookbehind names the property; `_hiding` then reads the whole declaration block.
# Colours (text on a background of the same colour) are read in style attributes only.
_HIDE_DECL = re.compile(
    r":(?=\s*[nhcs0-2.r-])(?:"  # the first letter of a value that can hide: 3x faster
    r"(?<=display:)\s*(?P<w1>none)"
    r"|(?<=visibility:)\s*(?P<w2>hidden|collapse)"
    r"|(?:(?<=left:)|(?<=top:)|(?<=indent:))\s*-\s*(?:\d{3}|\d\d(?:\.\d+)?\s*r?em)"
    r"|(?<=font-size:)\s*(?:0|[0-2](?:\.\d+)?\s*(?:px|pt)|0?\.\d+\s*r?em)(?![\d.])"
    r"|(?<=font:)\s*0"
    r"|(?:(?<=height:)(?<!-height:)|(?<=width:)(?<!-width:))\s*[01](?:\.0+)?\s*(?:px)?(?![\d.%a-z])"
    r"|(?<=line-height:)\s*0(?:\.0+)?\s*(?:px|pt|r?em|%)?(?![\d.a-z%])"
    r"|(?<=clip:)\s*rect"
    r"|(?<=opacity:)\s*(?P<w3>0(?:\.0+)?)(?![.\d])"
    r"|(?<=transform:)\s*(?P<w4>scale[xy]?\(\s*0(?:\.0+)?\s*[,)])"
    r")",
    re.IGNORECASE,
)
_SAME_COLOUR_HINT = re.compile(r"background", re.IGNORECASE)
_DECLARATION = re.compile(r"([-a-zA-Z]+)\s*:\s*([^;{}]*)")
_SIZE_VALUE = re.compile(r"(?:^|[;\s])(?:height|width)\s*:\s*([\d.]+)")
_LINE_HEIGHT_ZERO = re.compile(r"0(?:\.0+)?\s*(?:px|pt|r?em|%)?\s*(?:!important)?")
_OVERFLOW_HIDDEN = re.compile(r"overflow(?:-[xy])?\s*:\s*hidden", re.IGNORECASE)


# How an element is hidden, as `_hiding` reports it:
# "offscreen" (left/top/margins far off the page), "text" (font-size 0-2px, text-indent
# far off, text in the background colour: the element's box may still show), "size"
# (0-1px with overflow:hidden), "clip", and "weak" (display:none, visibility:hidden,
# opacity:0: what menus, tabs and pop-ups use too).
STRONG = ("offscreen", "text", "size", "clip")


def _hiding(block: str, colours: bool = False) -> tuple[str, str] | None:
    """(how, kind) when the declarations of a style attribute or rule hide their
    element; the strongest kind first. `colours`: also text in its background colour."""
    declarations = {
        name.lower(): value.strip().lower() for name, value in _DECLARATION.findall(block)
    }
    if not declarations:
        return None
    found: dict[str, str] = {}
    for name, value in declarations.items():
        if name in ("left", "top"):
            # Off-canvas menus slide in from -100%; dark links sit at -9999px.
            if "position" in declarations and _offscreen(value):
                found.setdefault("offscreen", f"position:{declarations['position']};{name}:{value}")
        elif name in ("margin-left", "margin-top"):
            if _offscreen(value):
                found.setdefault("offscreen", f"{name}:{value}")
        elif name == "text-indent":
            # Image replacement (a logo or icon with its text indented away) shows the
            # element: not counted when it has a background.
            if _offscreen(value) and not any(d.startswith("background") for d in declarations):
                found.setdefault("text", f"{name}:{value}")
        elif name == "font-size":
            if _tiny_font(value):
                found.setdefault("text", f"font-size:{value}")
        elif name == "font":
            if re.match(r"0(?:px)?\s*/", value):
                found.setdefault("text", f"font:{value}")
        elif name in ("height", "width"):
            if _tiny(value) and _OVERFLOW_HIDDEN.search(block):
                found.setdefault("size", f"{name}:{value};overflow:hidden")
        elif name == "line-height":
            # Lines of no height in a box of no height of its own: nothing shows.
            if (
                _LINE_HEIGHT_ZERO.fullmatch(value)
                and _OVERFLOW_HIDDEN.search(block)
                and _tiny(declarations.get("height") or "0")
            ):
                found.setdefault("size", f"line-height:{value};overflow:hidden")
        elif name == "clip":
            if re.match(r"rect\(\s*0", value):
                found.setdefault("clip", f"clip:{value}")
        elif name == "display" and value.startswith("none"):
            found.setdefault("weak", "display:none")
        elif name == "visibility" and value.startswith(("hidden", "collapse")):
            found.setdefault("weak", f"visibility:{value}")
        elif name == "opacity" and re.fullmatch(r"0(?:\.0+)?(?:\s*!important)?", value):
            found.setdefault("weak", "opacity:0")
        elif name == "transform" and _SCALE_ZERO.match(value):
            found.setdefault("weak", f"transform:{value}")
    colour = declarations.get("color") if colours else None
    background = declarations.get("background-color") or declarations.get("background")
    if colour and background:
        fore, back = _colour(colour), _colour(background)
        if fore is not None and fore == back:
            found.setdefault("text", f"color:{colour} on background {background}")
    for kind in (*STRONG, "weak"):
        if kind in found:
            return found[kind], kind
    return None


_NUMBER = re.compile(r"(-?\d*\.?\d+)\s*([a-z%]*)")
_SCALE_ZERO = re.compile(r"scale[xy]?\(\s*0(?:\.0+)?\s*[,)]")


def _offscreen(value: str) -> bool:
    match = _NUMBER.match(value.replace(" ", ""))
    if match is None:
        return False
    number, unit = float(match.group(1)), match.group(2)
    if unit in ("em", "rem"):
        return number <= -OFFSCREEN_EM
    if unit == "%":
        return False
    return number <= -OFFSCREEN_PX


def _tiny_font(value: str) -> bool:
    match = _NUMBER.match(value)
    if match is None:
        return False
    number, unit = float(match.group(1)), match.group(2)
    if unit in ("em", "rem"):
        return number <= 0.15
    if unit == "%":
        return number <= 15
    return number <= TINY_FONT_PX


def _tiny(value: str | None) -> bool:
    """A height or width of 0 or 1 (px, or no unit)."""
    if not value:
        return False
    match = _NUMBER.match(value.strip().lower())
    return (
        match is not None
        and match.group(2) in ("", "px", "pt", "em", "rem")
        and 0 <= float(match.group(1)) <= 1
        and match.end() == len(value.strip().rstrip(";").replace("!important", "").strip())
    )


_NAMED_COLOURS = {"white": "#ffffff", "black": "#000000", "red": "#ff0000", "blue": "#0000ff"}
_HEX = re.compile(r"#([0-9a-f]{6}|[0-9a-f]{3})\b")
_RGB = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)")


def _colour(value: str) -> str | None:
    """A colour value (or the colour of a background shorthand) as #rrggbb."""
    match = _HEX.search(value)
    if match is not None:
        digits = match.group(1)
        return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits)
    match = _RGB.search(value)
    if match is not None:
        return "#" + "".join(f"{min(int(g), 255):02x}" for g in match.groups())
    for word in re.findall(r"[a-z]+", value):
        if word in _NAMED_COLOURS:
            return _NAMED_COLOURS[word]
    return None


# --------------------------------------------------------------------------------------
# Scripts

_JOINS = re.compile(r"""(['"])\s*\+\s*\1""")
_JOIN_TAIL = re.compile(r"""\+\s*(['"])""")  # the part of a join after its quote
# What a plain script's written markup must have for `written` to read a link in it.
_WRITTEN_TAG = re.compile(r"<(?:a\s|i?frame)", re.IGNORECASE)
_EXECUTORS = ("eval(", "write(", "innerHTML", "Function(", "writeln(")
_WRITERS = ("write", "innerHTML", "insertAdjacentHTML", ".html(", ".append(", "outerHTML")
# Starts with a literal word (a fast scan); what stands before it is checked in Python.
_REDIRECT = re.compile(
    r"""(?:location(?:\s*\.\s*href)?\s*=(?!=)\s*|location\s*\.\s*(?:replace|assign)\s*\(\s*"""
    r"""|open\s*\(\s*)"""
    r"""(?:(?P<q>['"])(?P<url>[^'"\s<>]{1,2000})(?P=q)"""
    r"""|(?:window\s*\.\s*)?atob\(\s*(?P<q2>['"])(?P<b64>[A-Za-z0-9+/=]{8,4000})(?P=q2)\s*\))"""
)
_FUNCTION = re.compile(r"\bfunction\b\s*([\w$]*)\s*\([^)]*\)\s*\{|=>\s*\{")
_ASSIGNED = re.compile(r"[:=]\s*(?:\([^()]*\)|[\w$]+)?\s*$")
_HANDLER_HINTS = ("click", "change", "submit", "mouse", "key", "touch", "hover", "focus", "blur")
_A_OPEN = re.compile(
    r"""<a\s[^>]{0,600}?\bhref\s*=\s*\\?['"]?(?P<url>[^'"\s>\\]{4,2000})""", re.IGNORECASE
)
_SOURCE_TAG = re.compile(
    r"""<(?P<tag>i?frame|script)\b[^>]{0,600}?\bsrc\s*=\s*\\?['"]?(?P<url>[^'"\s>\\]+)""",
    re.IGNORECASE,
)
_URL = re.compile(r"""https?://[^\s'"<>()\\]{3,500}""", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")
_BASE64 = re.compile(r"""(['"])([A-Za-z0-9+/]{16,}={0,2})\1""")
_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})")
_ESCAPE_RUN = re.compile(r"(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){4,}")
_UNESCAPE = re.compile(
    r"""(?:unescape|decodeURIComponent|decodeURI)\s*\(\s*(?P<q>['"])(?P<s>[^'"]{3,20000})(?P=q)"""
)
_PERCENT_U = re.compile(r"%u([0-9a-fA-F]{4})")
_CHAR_CODES = re.compile(
    r"fromCharCode\s*\(\s*((?:0x[0-9a-fA-F]+|\d+)(?:\s*,\s*(?:0x[0-9a-fA-F]+|\d+))*)"
)
_PACKER = re.compile(r"eval\s*\(\s*function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\b")
_PACKED = re.compile(
    r"""\}\s*\(\s*'(?P<p>(?:[^'\\]|\\.)*)'\s*,\s*(?P<a>\d+)\s*,\s*(?P<c>\d+)\s*,\s*"""
    r"""'(?P<k>(?:[^'\\]|\\.)*)'\s*\.split\(\s*'\|'\s*\)""",
    re.DOTALL,
)


_OBJECT = re.compile(r"(?:window|document|top|self|parent)\s*\.\s*$")


def _joins_strings(code: str) -> bool:
    """Whether `_JOINS` may match: found from the "+" signs, where the regex would stop
    at every quote. Never false when it matches."""
    for match in _JOIN_TAIL.finditer(code):
        before = code[max(0, match.start() - 40) : match.start()].rstrip()
        if not before or before[-1] == match.group(1):
            return True
    return False


def _redirect_matches(code: str) -> Iterator[re.Match[str]]:
    """`_REDIRECT.finditer(code)`, tried only where its first word is: str.find skips to
    them ten times faster than the regex engine, which stops at every "l" and "o"."""
    starts: list[int] = []
    for word in ("location", "open"):
        start = code.find(word)
        while start >= 0:
            starts.append(start)
            start = code.find(word, start + len(word))
    done = 0
    for start in sorted(starts):
        if start < done:
            continue
        match = _REDIRECT.match(code, start)
        if match is not None:
            done = match.end()
            yield match


def _redirect_object(code: str, position: int, is_open: bool) -> bool:
    """`location` alone or on window/document/top/self/parent (not someObject.location
    nor a variable of that name); `open` on window."""
    before = code[max(0, position - 20) : position]
    if is_open:
        return before.rstrip().endswith("window.") or bool(re.search(r"window\s*\.\s*$", before))
    if not before or not (before[-1].isalnum() or before[-1] in "$_."):
        return not before.rstrip().endswith(("var", "let", "const"))
    return before[-1] == "." and _OBJECT.search(before) is not None


def _in_handler(code: str, position: int) -> bool:
    """Whether `position` is inside a named function or an event handler's function:
    code that does not run when the page loads."""
    for match in _FUNCTION.finditer(code, 0, position):
        opened = match.end()
        if code.count("{", opened, position) - code.count("}", opened, position) < 0:
            continue  # that function closed before the position
        if match.group(1):  # a named function: called from somewhere else
            return True
        before = code[max(0, match.start() - 40) : match.start()].lower()
        if any(hint in before for hint in _HANDLER_HINTS):
            return True
        if "load" in before or "ready" in before:
            continue  # window.onload = function, $(document).ready(function
        if _ASSIGNED.search(before):
            return True  # f = function () {...}, {go: function () {...}}: runs when called
    return False


def _decodings(code: str) -> Iterator[tuple[str, str]]:
    """Text hidden in a script by encoding: base64, %XX, \\xXX/\\uXXXX, char codes, packer."""
    if "atob" in code or "ase64" in code:
        for match in _BASE64.finditer(code):
            text = _from_base64(match.group(2))
            if text:
                yield text, "base64"
    if "%" in code and ("unescape" in code or "decodeURI" in code):
        for match in _UNESCAPE.finditer(code):
            literal = match.group("s")
            text = unquote(_PERCENT_U.sub(lambda m: chr(int(m.group(1), 16)), literal))
            if text != literal:
                yield text, "unescape"
    if "\\" in code and ("\\x" in code or "\\u" in code) and any(run in code for run in _EXECUTORS):
        # String literals written mostly in escapes ("\x3c\x61\x20..."), not JSON with a
        # few \u escapes in it.
        done = 0
        for match in _ESCAPE_RUN.finditer(code):
            if match.start() < done:
                continue
            opening = max(
                code.rfind('"', done, match.start()), code.rfind("'", done, match.start())
            )
            closing = code.find(code[opening], match.end()) if opening >= 0 else -1
            if closing < 0:
                continue
            done = closing + 1
            literal = code[opening + 1 : closing]
            text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), literal)
            yield text, "escaped string"
    elif "\\x" in code and _ESCAPE_RUN.search(code):
        # No executor: names and URLs in escapes (window["\x6c\x6f..."]["\x68\x72..."]),
        # read in place, when they make a redirect.
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), code)
        if "location" in text and "location" not in code:
            yield text, "escaped names"
    if "fromCharCode" in code:
        for match in _CHAR_CODES.finditer(code):
            try:
                text = "".join(chr(int(n.strip(), 0)) for n in match.group(1).split(","))
            except (ValueError, OverflowError):
                continue
            yield text, "String.fromCharCode"
    if "eval" in code and _PACKER.search(code):
        unpacked = _unpack(code)
        if unpacked:
            yield unpacked, "packed script"


def _from_base64(literal: str, plain: bool = False) -> str | None:
    """The text a base64 literal encodes, if it is text with markup, a URL or script
    (`plain`: any text)."""
    try:
        raw = base64.b64decode(literal + "=" * (-len(literal) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    text = raw.decode("utf-8", "replace")
    printable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    if not text or printable < 0.9 * len(text):
        return None
    if plain:
        return text
    return text if any(mark in text for mark in ("<", "http", "location", "//")) else None


def _unpack(code: str) -> str | None:
    """Dean Edwards' p.a.c.k.e.r.: eval(function(p,a,c,k,e,d){...}('...',62,100,'|'.split('|')))."""
    match = _PACKED.search(code)
    if match is None:
        return None
    payload, radix, count = match.group("p"), int(match.group("a")), int(match.group("c"))
    words = match.group("k").split("|")
    if not 2 <= radix <= 62 or count > 100_000:
        return None
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def word(match: re.Match[str]) -> str:
        token = match.group(0)
        value = 0
        for char in token:
            digit = alphabet.find(char)
            if digit < 0 or digit >= radix:
                return token
            value = value * radix + digit
        return words[value] if value < len(words) and words[value] else token

    return re.sub(r"\b\w+\b", word, payload.replace("\\'", "'").replace("\\\\", "\\"))


# --------------------------------------------------------------------------------------
# Page pass


class _Hit(NamedTuple):
    start: int
    end: int
    term: str
    category: str
    weight: float  # 1, or CONTEXT_WEIGHT near a crackdown word


def page_signals(
    markup: Markup,
    visible_text: str,
    title: str,
    signatures: Signatures,
    listed: int = 0,
    unmask: bool = True,
) -> PageSignals:
    """The page's zombie and hijack signals, from its markup signals and its visible
    text (scripts, styles, noscript, template and iframe removed, whitespace collapsed).
    `listed`: the dated items the page lists (a placeholder phrase in the text of a page
    that lists dated items and links to many of its own pages is a box in a corner).
    `unmask` false: the visible text is searched as it is, not `unmasked` (~60 µs a
    page: a column list page's saving; homepages, at both depths, and `inspect` take
    the masks off)."""
    sig = signatures
    chars = len(visible_text)
    if unmask:
        visible_text = unmasked(sig, visible_text)
    title = unmasked(sig, title)
    tally = _Tally(sig)
    hits = _spam_hits(sig, visible_text)
    title_hits = _spam_hits(sig, title) if title else []
    # An authority's page (a lottery centre, a gaming or drug regulator: a
    # `spam_authorities` word in a title with no spam term) is about what it names,
    # however often: its own words (text, meta) count as context does, and as a long
    # page's passing mentions (the least density factor). Links, hidden blocks and
    # stuffed runs still count in full.
    authority = bool(hits or markup.meta_text) and not title_hits and _authority(sig, title)
    visible_weight = tally.add(_in_context(hits) if authority else hits, 0.0, "")
    for evidence in markup.hidden_links:  # which link each category's terms are in
        tally.add(_spam_hits(sig, unmasked(sig, evidence.snippet)), 0.0, evidence.url, count=False)
    if hits:
        # Placement: off-site link texts and hidden blocks (read only now, when the
        # page has spam words at all).
        for text, url in markup.hidden_texts:
            tally.add(_spam_hits(sig, unmasked(sig, text)), PLACED_WEIGHT, url, count=False)
        hidden = {evidence.url for evidence in markup.hidden_links}
        for url, node in markup.offsite_anchors[:MAX_ANCHOR_TEXTS]:
            if url not in hidden:
                text = node.text()
                if text:
                    tally.add(_spam_hits(sig, unmasked(sig, text)), PLACED_WEIGHT, url, count=False)
    for text, url in markup.script_texts:
        tally.add(_spam_hits(sig, unmasked(sig, text)), UNSEEN_WEIGHT, url)
    for text, url in markup.link_labels:
        tally.add(_spam_hits(sig, unmasked(sig, text)), UNSEEN_WEIGHT, url)
    if markup.noscript_text:
        tally.add(_spam_hits(sig, unmasked(sig, markup.noscript_text)), UNSEEN_WEIGHT, "")
    tally.add(title_hits, UNSEEN_WEIGHT, "")
    script_title = unmasked(sig, markup.script_title)
    script_title_hits = _spam_hits(sig, script_title) if script_title else []
    tally.add(script_title_hits, UNSEEN_WEIGHT, "")
    meta_text = unmasked(sig, markup.meta_text)
    meta_hits = _spam_hits(sig, meta_text) if meta_text else []
    tally.add(_in_context(meta_hits) if authority else meta_hits, UNSEEN_WEIGHT, "")

    stuffed = _stuffed_blocks(visible_text, hits)
    if sum(1 for hit in title_hits if hit.weight == 1) >= STUFFED_TITLE_TERMS:
        stuffed.append(Evidence(_cut(title), "", f"title with {len(title_hits)} spam terms"))
    if sum(1 for hit in script_title_hits if hit.weight == 1) >= STUFFED_TITLE_TERMS:
        stuffed.append(
            Evidence(
                _cut(script_title),
                "",
                f"title a script sets, with {len(script_title_hits)} spam terms",
            )
        )
    if sum(1 for hit in meta_hits if hit.weight == 1) >= STUFFED_META_TERMS:
        stuffed.append(
            Evidence(
                _cut(markup.meta_text),
                "",
                f"meta keywords/description with {len(meta_hits)} spam terms",
            )
        )
    defaced = _defacement(title, title_hits, visible_text, hits)
    # Terms named in context (a crackdown's, a warning's) are reports, however many a
    # column of them holds: they count at the least factor, and only bare terms make
    # the density that doubles a page made of spam.
    mentioned = sum(hit.weight for hit in hits if hit.weight < 1) if not authority else 0.0
    offered = visible_weight - mentioned
    density = offered * 1000 / max(chars, 1000)
    factor = 0.5 if authority else min(2.0, max(0.5, density / 2))
    score = (
        offered * factor
        + mentioned * MENTION_FACTOR
        + tally.placed
        + STUFFED_WEIGHT * len(stuffed)
        + DEFACEMENT_WEIGHT * len(defaced)
    )
    stuffed += defaced

    found = _signature_phrases(sig, title, visible_text, markup.meta_text)
    live = listed > 0 and markup.internal_links > PLACEHOLDER_MAX_LINKS
    stock = found.get("default_server")
    if stock and live:
        # A page that lists dated items and links to many of its own pages is a site,
        # not a stock page, unless its whole title is the stock one ("Index of /" over
        # a listing of dated files): "It works!" in a campaign's title is no default page.
        bare = _bare_title(title)
        found["default_server"] = [
            entry for entry in stock if entry[0] == "title" and _bare_title(entry[1]) == bare
        ]
    default_server = _phrase_evidence(
        found, "default_server", chars, SIGNATURE_TITLE_PAGE_CHARS, SIGNATURE_TEXT_CHARS
    )
    parked = _phrase_evidence(
        found, "parked", chars, SIGNATURE_TITLE_PAGE_CHARS, SIGNATURE_TEXT_CHARS
    )
    parked += list(markup.parking)
    if chars <= PARKING_ANCHOR_PAGE_CHARS:
        parked += list(markup.parking_anchors)
    firewall = _phrase_evidence(
        found, "firewall", chars, SIGNATURE_TITLE_PAGE_CHARS, SIGNATURE_TEXT_CHARS
    )
    if markup.cookie_reload and chars <= NEAR_EMPTY_CHARS and markup.internal_links <= 0:
        firewall.append(
            Evidence(
                _cut(visible_text) or "(no visible text)",
                "",
                "a script that sets a cookie and loads the page again (a firewall's challenge)",
            )
        )
    unfiled = _phrase_evidence(
        found, "unfiled", chars, SIGNATURE_TITLE_PAGE_CHARS, SIGNATURE_TEXT_CHARS
    )
    unfiled += list(markup.unfiled)
    # An error page never lists dated items: on a page that does, an error phrase in
    # its text is news about an outage or a moved page (a small town's 3 dated notices,
    # one on old links whose 页面不存在或已迁移), or a notice printed over a working page.
    error_page = _phrase_evidence(
        found,
        "error_page",
        chars,
        -1 if live else SIGNATURE_TITLE_PAGE_CHARS,
        -1 if listed > 0 else SIGNATURE_TEXT_CHARS,
    )
    placeholder = _phrase_evidence(
        found,
        "placeholder",
        chars,
        PLACEHOLDER_TITLE_PAGE_CHARS,
        -1 if live else PLACEHOLDER_TEXT_CHARS,
    )
    filler = found.get("template_filler")
    if filler:
        placeholder += _filler_evidence(filler, title)
    if (
        not placeholder
        and not default_server
        and not parked
        and not unfiled
        and not firewall
        and chars <= NEAR_EMPTY_CHARS
        and markup.internal_links <= 0
        and not markup.script_redirects
        and not markup.meta_refresh
        and not markup.scripts
    ):
        placeholder.append(
            Evidence(
                _cut(visible_text) or "(no visible text)",
                "",
                f"{NEAR_EMPTY}: {chars} visible characters, no internal links",
            )
        )
    return PageSignals(
        placeholder=tuple(placeholder[:MAX_EVIDENCE]),
        default_server=tuple(default_server[:MAX_EVIDENCE]),
        parked=tuple(parked[:MAX_EVIDENCE]),
        firewall=tuple(firewall[:MAX_EVIDENCE]),
        unfiled=tuple(unfiled[:MAX_EVIDENCE]),
        error_page=tuple(error_page[:MAX_EVIDENCE]),
        hidden_links=markup.hidden_links,
        spam_terms=tally.evidence(),
        spam_score=round(score, 1),
        stuffed_blocks=tuple(stuffed[:MAX_EVIDENCE]),
        script_redirects=markup.script_redirects,
        visible_chars=chars,
        internal_links=markup.internal_links,
    )


# Masks kits put on spam words against keyword scanners, which a browser (and a search
# engine) does not show: zero-width and soft-hyphen characters inside the words,
# full-width letters and digits (ｃａｓｉｎｏ), Cyrillic and Greek look-alikes in Latin
# words (cаsino: `homoglyphs` in signatures.toml), and Chinese words cut by empty tags
# (博<span></span>彩), which the visible text reads as lone characters between spaces,
# or by a middle dot (开·云体育, 九游·会: the 2023-2026 parasite pages' brand names).
_CJK = "\u3400-\u9fff"
_DOTS = "\u00b7\u2022\u2027\u30fb\uff65"
_DOTTED = re.compile(f"(?<=[{_CJK}])[{_DOTS}](?=[{_CJK}])")
_MASKS = re.compile(
    f"[\u00ad\u200b-\u200f\u2060\ufeff\uff21-\uff3a\uff41-\uff5a\u0370-\u04ff{_DOTS}]"
)
_MASKED = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_LOOKALIKES = re.compile("[\u0370-\u04ff]")  # Greek and Cyrillic
_LONE_CJK = re.compile(f" [{_CJK}](?: |$)")
_MIXED_WORD = re.compile(r"\b(?=[^\W\d_]*[a-zA-Z])(?=[^\W\d_]*[\u0370-\u04ff])[^\W\d_]+")
# A space between two Chinese characters one of which stands alone: the spam term's
# characters apart. Led by the space (the engine skips to spaces fast).
_SPLIT_SPACE = re.compile(
    f" (?:(?<=(?<![{_CJK}])[{_CJK}] )(?=[{_CJK}])|(?<=[{_CJK}] )(?=[{_CJK}](?:[^{_CJK}]|$)))"
)


def _unmask(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return chr(code - 0xFEE0) if code >= 0xFF10 else ""  # full-width, or invisible


def unmasked(sig: Signatures, text: str) -> str:
    """The text with the masks on spam words taken off (see `_MASKS`); most text has
    none and comes back as it is."""
    if not text or text.isascii():
        return text
    if _MASKS.search(text) is not None:  # one scan for the rare characters
        text = _MASKED.sub(_unmask, text)
        if _DOTTED.search(text) is not None:
            text = _DOTTED.sub("", text)
        if sig.homoglyphs and _LOOKALIKES.search(text) is not None:
            table = sig.homoglyphs
            text = _MIXED_WORD.sub(lambda m: m.group(0).translate(table), text)
    if " " in text and _LONE_CJK.search(text) is not None and not _latin_text(text):
        text = _SPLIT_SPACE.sub("", text)
    return text


def _latin_text(text: str) -> bool:
    """Mostly Latin letters (judged on a sample of 256 characters)."""
    if len(text) < 256 or text.isascii():
        return text.isascii()
    sample = text[:: len(text) // 256]
    return len(sample.encode("latin-1", "ignore")) > len(sample) // 2


def _matches(sig: Signatures, text: str) -> Iterator[tuple[int, int, _Term]]:
    """(start, end, term) of spam terms in the text; in order of their rarest character
    (by start for Latin text)."""
    regexes = sig.spam
    lowered = text.lower() if _latin_text(text) else ""
    if len(lowered) != len(text):  # Chinese text (or letters that lower-case to two)
        pattern, entries = regexes.both
        for match in pattern.finditer(text):
            entry = entries[(match.lastindex or 1) - 1]
            yield match.start() - entry.prefix, match.end(), entry
        return
    for (pattern, entries), searched in ((regexes.latin, lowered), (regexes.cjk, text)):
        for match in pattern.finditer(searched):
            entry = entries[(match.lastindex or 1) - 1]
            yield match.start() - entry.prefix, match.end(), entry
    for entry in regexes.plain:
        start = lowered.find(entry.term)
        while start >= 0:
            yield start, start + len(entry.term), entry
            start = lowered.find(entry.term, start + 1)


def _has_spam(sig: Signatures, text: str) -> bool:
    return bool(text) and next(_matches(sig, text), None) is not None


def _spam_hits(sig: Signatures, text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    last_end = 0
    found = sorted(_matches(sig, text), key=lambda hit: hit[0])
    for start, end, entry in found:
        if start < last_end:
            continue
        if entry.word and (
            (start > 0 and _latin_alnum(text[start - 1]))
            or (entry.short and end < len(text) and _latin_alnum(text[end]))
        ):
            continue
        if sig.benign is not None and _benign(sig.benign, text, start, end):
            continue
        window = text[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]
        weight = CONTEXT_WEIGHT if sig.context.search(window) or _quoted(text, start, end) else 1.0
        hits.append(_Hit(start, end, entry.term, entry.category, weight))
        last_end = end
    return hits


def _quoted(text: str, start: int, end: int) -> bool:
    """A term inside Chinese quotation marks (“六合彩”, 「百家樂」, “澳门百家乐内部漏洞”):
    named as a thing the text warns about or reports on, as official writing does;
    spam writes its offers bare."""
    before = text[max(0, start - QUOTE_SPAN) : start]
    after = text[end : end + QUOTE_SPAN]
    for opening, closing in _QUOTES:
        left = before.rfind(opening)
        if left < 0 or closing in before[left:]:
            continue
        right = after.find(closing)
        if right >= 0 and opening not in after[:right]:
            return True
    return False


def _authority(sig: Signatures, title: str) -> bool:
    """The page of a body whose business is what spam sells (a lottery centre, a gaming
    regulator, a drug regulator: `spam_authorities` in its title). Not any office with a
    context word in its name (公安局, 法院, 市场监管局): they are hacked like any other,
    and their crackdown news is discounted term by term."""
    return bool(title) and sig.authorities.search(title) is not None


def _in_context(hits: Sequence[_Hit]) -> list[_Hit]:
    return [hit._replace(weight=min(hit.weight, CONTEXT_WEIGHT)) for hit in hits]


def _latin_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _benign(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    offset = max(0, start - 12)
    for match in pattern.finditer(text, offset, min(len(text), end + 12)):
        if match.start() < end and match.end() > start:
            return True
    return False


class _Tally:
    """Spam terms per category (with the first off-site URL they point to) and the
    placement part of the score."""

    def __init__(self, sig: Signatures) -> None:
        self.sig = sig
        self.terms: dict[str, Counter[str]] = {}
        self.urls: dict[str, str] = {}
        self.placed = 0.0

    def add(self, hits: Sequence[_Hit], weight: float, url: str, count: bool = True) -> float:
        """Add hits; returns their weight sum. `weight` 0 is the visible text (scored
        apart); `count` false for texts that are part of the visible text already."""
        total = 0.0
        for hit in hits:
            total += hit.weight
            if count:
                self.terms.setdefault(hit.category, Counter())[hit.term] += 1
            if url:
                self.urls.setdefault(hit.category, url)
        self.placed += weight * total
        return total

    def evidence(self) -> tuple[Evidence, ...]:
        ordered = sorted(self.terms.items(), key=lambda item: -sum(item[1].values()))
        return tuple(
            Evidence(
                _cut(", ".join(f"{term} ×{n}" for term, n in counter.most_common())),
                self.urls.get(category, ""),
                category,
            )
            for category, counter in ordered
        )


def _defacement(
    title: str, title_hits: Sequence[_Hit], text: str, text_hits: Sequence[_Hit]
) -> list[Evidence]:
    """A defacement notice ("Hacked by ...", 本站已被黑) in the title, or in the text of
    a short page: not a report about one (no crackdown word near it)."""
    found: list[Evidence] = []
    places = [("title", title, title_hits)]
    if len(text) <= DEFACEMENT_PAGE_CHARS:
        places.append(("text", text, text_hits))
    for where, value, hits in places:
        hit = next((h for h in hits if h.category == DEFACEMENT_CATEGORY and h.weight == 1), None)
        if hit is not None:
            snippet = value[max(0, hit.start - 40) : hit.end + 100]
            found.append(Evidence(_cut(snippet), "", f"defacement notice in the {where}"))
    return found


def _stuffed_blocks(text: str, hits: Sequence[_Hit]) -> list[Evidence]:
    """Runs of spam terms, each within STUFFED_MAX_GAP characters of the next."""
    runs: list[list[_Hit]] = []
    for hit in hits:
        if hit.weight != 1:
            continue
        if runs and hit.start - runs[-1][-1].end <= STUFFED_MAX_GAP:
            runs[-1].append(hit)
        else:
            runs.append([hit])
    blocks: list[Evidence] = []
    for run in runs:
        if len(run) >= STUFFED_MIN_TERMS:
            start, end = run[0].start, run[-1].end
            blocks.append(
                Evidence(
                    _cut(text[start:end]), "", f"{len(run)} spam terms in {end - start} characters"
                )
            )
    return blocks


def _signature_phrases(
    sig: Signatures, title: str, text: str, meta: str
) -> dict[str, list[tuple[str, str, str]]]:
    """kind -> [(where, phrase, snippet)]: title, meta and (short pages only) text."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    places = [("title", title), ("meta", meta)]
    if len(text) <= SIGNATURE_TEXT_CHARS:
        places.append(("text", text))
    pattern, entries = sig.phrases
    for where, value in places:
        lowered = value.lower()
        if len(lowered) != len(value):  # a letter that lower-cases to two: keep offsets
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in value)
        if "\u2019" in lowered:  # a typographic apostrophe (&rsquo;): "we’ll be back soon"
            lowered = lowered.replace("\u2019", "'")
        for match in pattern.finditer(lowered):
            entry = entries[(match.lastindex or 1) - 1]
            start = match.start() - entry.prefix
            snippet = value[max(0, start - 40) : match.end() + 100]
            found.setdefault(entry.category, []).append((where, entry.term, _cut(snippet)))
    return found


def _bare_title(title: str) -> str:
    """The title as a phrase of the signature lists is written: lower case, without
    the spaces and punctuation around it."""
    return title.strip(" \t-_|:：·—!！。.").lower()


def _filler_evidence(found: Sequence[tuple[str, str, str]], title: str) -> list[Evidence]:
    """A template's filler as the substance of the page: the whole title, or
    `FILLER_MIN` occurrences in the text."""
    bare = _bare_title(title)
    in_title = [p for where, p, _ in found if where == "title" and _bare_title(p) == bare]
    in_text = [(phrase, snippet) for where, phrase, snippet in found if where == "text"]
    if not in_title and len(in_text) < FILLER_MIN:
        return []
    phrases = list(dict.fromkeys(in_title or [phrase for phrase, _ in in_text]))
    where = (
        "the title"
        if in_title
        else f"the text ({len(in_text)} times: an unfinished template's demo items)"
    )
    snippet = title if in_title else in_text[0][1]
    return [Evidence(_cut(snippet), "", f"{', '.join(map(repr, phrases[:5]))} in {where}")]


def _phrase_evidence(
    found: Mapping[str, list[tuple[str, str, str]]],
    kind: str,
    chars: int,
    title_page_chars: int,
    text_chars: int,
) -> list[Evidence]:
    """One Evidence per place (title, meta, text) where `kind` phrases were found, if
    the page is short enough for them to be its substance."""
    places: dict[str, tuple[str, list[str]]] = {}
    for where, phrase, snippet in found.get(kind, ()):
        limit = text_chars if where == "text" else title_page_chars
        if chars > limit:
            continue
        _, phrases = places.setdefault(where, (snippet, []))
        if phrase not in phrases:
            phrases.append(phrase)
    return [
        Evidence(snippet, "", f"{', '.join(repr(p) for p in phrases)} in the {where}")
        for where, (snippet, phrases) in places.items()
    ]


# --------------------------------------------------------------------------------------
# Small helpers


# The scheme (any case; no other character lower-cases to these letters) and authority
# of an absolute http(s) or protocol-relative URL.
_AUTHORITY = re.compile(r"(?:[hH][tT][tT][pP][sS]?:)?//([^/?#\\]*)")


def _host(href: str) -> str | None:
    """The host of an absolute http(s) or protocol-relative URL, else None."""
    # One regex call, and the authority read once per distinct one: a portal's hundreds
    # of off-site links point at a few hosts.
    found = _AUTHORITY.match(href)
    return None if found is None else _authority_host(found.group(1))


@lru_cache(maxsize=4096)
def _authority_host(authority: str) -> str | None:
    netloc = authority.rsplit("@", 1)[-1]
    if netloc.startswith("["):
        return netloc.split("]", 1)[0][1:].lower() or None
    host = netloc.split(":", 1)[0].strip().lower().rstrip(".")
    return host if host and "." in host else None


def _absolute_url(href: str) -> str:
    href = href.strip()
    return ("http:" + href if href.startswith("//") else href).split("#", 1)[0]


def _navigates(href: str) -> bool:
    href = href.strip().lower()
    return bool(href) and not href.startswith(_PSEUDO_HREF)


_SPACES = re.compile(r"\s+")
# A firewall's script challenge (云锁, 加速乐, ...): it sets a cookie, then loads the same
# page again (reload, the page's own path, or the page with a query string).
_SETS_COOKIE = re.compile(r"document\.cookie\s*=")
_RELOADS = re.compile(
    r"""location\.reload\s*\(|location\.(?:pathname|search)\b"""
    r"""|location(?:\.href)?\s*=\s*["'](?:\.?/)?\?"""
)


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _cut(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = _collapse(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@cache
def default_signatures() -> Signatures:
    return build_signatures()
