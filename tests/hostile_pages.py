"""Pages for the zombie and hijack signal tests (tests/test_signals.py): hijacked,
parked, placeholder and stock server pages as they are found in the wild, and the
honest pages that look like them.

Each function returns the HTML of one page. `portal()` builds a county-government
homepage (top bar, navigation, columns of dated items, 友情链接, footer with 版权所有,
ICP number and a visitor-counter script, about 15-25 KB) with slots where a hijacker
(or an honest webmaster) puts things. Hijack payloads use `.example`/`.test` hosts
only.
"""

from __future__ import annotations

import base64
from urllib.parse import quote

NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进东山", "专题专栏", "政策文件", "办事指南"]
TITLES = [
    "东山县召开2026年第四季度经济运行分析会",
    "县委理论学习中心组开展专题学习",
    "我县全面推进乡村振兴重点项目建设",
    "县政府常务会议研究部署安全生产工作",
    "东山县开展冬季森林防火宣传活动",
    "关于做好2027年元旦春节期间有关工作的通知",
    "县人民政府办公室关于印发东山县优化营商环境实施方案的通知",
    "东山县2026年第三季度政府信息公开工作情况",
    "县领导督导检查民生实事项目推进情况",
    "东山县举办2026年就业援助月招聘会",
    "关于公开征求《东山县城市管理办法（征求意见稿）》意见的公告",
    "东山县生态环境保护督察整改工作进展情况",
]
COLUMNS = ["政务动态", "通知公告", "部门动态", "乡镇动态", "政策解读", "人事信息"]
GOV_FRIENDS = [
    ("中国政府网", "https://www.gov.cn/"),
    ("省人民政府", "http://www.example-province.gov.cn/"),
    ("市人民政府", "http://www.example-city.gov.cn/"),
    ("国家统计局", "http://www.stats.gov.cn/"),
    ("信用中国", "https://www.creditchina.gov.cn/"),
]
STYLE = """
body{margin:0;font:12px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}a:hover{color:#c00}
.top{height:32px;background:#eee;border-bottom:1px solid #ddd}.top .w{width:1200px;margin:0 auto}
.head{height:120px;background:#1a5fb4 url(/images/banner.jpg) no-repeat center}
.nav{height:44px;background:#0d4a9c}.nav li{float:left;width:150px;text-align:center}
.nav li a{color:#fff;font-size:16px;line-height:44px}
.nav li ul{display:none;position:absolute;background:#fff}.nav li:hover ul{display:block}
.col{float:left;width:580px;margin:10px;background:#fff}.col h2{font-size:16px;border-bottom:2px solid #1a5fb4}
.col li{height:30px;line-height:30px;overflow:hidden}.col li span{float:right;color:#999}
.more{float:right;font-size:12px}.links{clear:both;background:#fff;padding:10px}
.links a{margin-right:20px}.footer{clear:both;text-align:center;padding:20px;color:#666}
.mobile-menu{display:none}@media (max-width:768px){.mobile-menu{display:block}.nav{display:none}}
.logo a{display:block;width:300px;height:80px;text-indent:-9999px;background:url(/images/logo.png)}
"""
COUNTER = (
    "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');"
    "hm.src='https://hm.baidu.com/hm.js?0a1b2c3d4e5f';var s=document.getElementsByTagName('script')[0];"
    "s.parentNode.insertBefore(hm,s);})();</script>"
    '<script type="text/javascript">var cnzz_protocol=(("https:"==document.location.protocol)?"https://":"http://");'
    "document.write(unescape(\"%3Cspan id='cnzz_stat_icon_1279704286'%3E%3C/span%3E%3Cscript src='\" + cnzz_protocol + "
    "\"s9.cnzz.com/z_stat.php%3Fid%3D1279704286' type='text/javascript'%3E%3C/script%3E\"));</script>"
    "<script>function search(){var q=document.getElementById('q').value;"
    "window.location.href='/search/index.jsp?q='+encodeURIComponent(q);}</script>"
)


def _column(index: int, name: str) -> str:
    items = "".join(
        f'<li><a href="/col/col{index}/art/2026/art_{index}{n:03d}.html" title="{title}">{title}</a>'
        f"<span>2026-11-{24 - n:02d}</span></li>"
        for n, title in enumerate(TITLES[index % 3 :][:9])
    )
    return (
        f'<div class="col"><h2>{name}<a class="more" href="/col/col{index}/index.html">更多&gt;&gt;</a></h2>'
        f"<ul>{items}</ul></div>"
    )


def portal(
    *,
    title: str = "东山县人民政府门户网站",
    head: str = "",
    body_top: str = "",
    body_bottom: str = "",
    footer: str = "",
    friends: str | None = None,
) -> str:
    """A county portal homepage with slots for injected (or honest) markup."""
    nav = "".join(
        f'<li><a href="/col/nav{i}/index.html">{name}</a><ul>'
        + "".join(
            f'<li><a href="/col/nav{i}/sub{j}.html">{name}子栏目{j}</a></li>' for j in range(4)
        )
        + "</ul></li>"
        for i, name in enumerate(NAV)
    )
    friends_html = (
        friends
        if friends is not None
        else '<div class="links"><b>友情链接：</b>'
        + "".join(f'<a href="{url}" target="_blank">{name}</a>' for name, url in GOV_FRIENDS)
        + "</div>"
    )
    foot = footer or (
        '<div class="footer"><p><a href="/about.html">关于我们</a> | <a href="/sitemap.html">网站地图</a> | '
        '<a href="/contact.html">联系我们</a> | <a href="/privacy.html">隐私声明</a></p>'
        "<p>主办单位：东山县人民政府办公室 承办单位：东山县大数据中心 版权所有 &copy; 2026</p>"
        '<p><a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备12345678号-1</a> '
        "公网安备 35062302000123号 网站标识码：3506230001 联系电话：0596-1234567</p></div>"
    )
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        '<meta name="keywords" content="东山县,人民政府,政务公开,政务服务">'
        '<meta name="description" content="东山县人民政府门户网站是东山县人民政府发布政务信息、提供在线服务的政府网站。">'
        f"<style>{STYLE}</style>{head}</head><body>{body_top}"
        '<div class="top"><div class="w">今天是：<span id="today"></span> '
        '<a href="/wza/index.html">无障碍</a> <a href="/en/index.html">English</a></div></div>'
        '<div class="head"><div class="logo"><a href="/">东山县人民政府</a></div>'
        '<form action="/search/index.jsp"><input id="q" name="q"><button onclick="search()">搜索</button></form></div>'
        f'<ul class="nav">{nav}</ul>'
        + "".join(_column(i, name) for i, name in enumerate(COLUMNS))
        + f"{friends_html}{foot}{body_bottom}{COUNTER}</body></html>"
    )


CASINO_LINKS = (
    '<a href="http://www.bet-888.example/">澳门威尼斯人娱乐城</a> '
    '<a href="http://www.bet-888.example/bjl/">百家乐在线</a> '
    '<a href="http://www.lhc-99.example/">六合彩开奖直播</a> '
    '<a href="http://www.lhc-99.example/ssc/">时时彩平台</a> '
    '<a href="https://pk10.casino-live.example/">北京赛车pk10</a> '
    '<a href="https://www.yl-city.example/">太阳城娱乐城官网</a>'
)


def offscreen_casino_portal() -> str:
    """The classic dark-link block: an absolutely positioned div far off the page."""
    return portal(
        body_bottom=(f'<div style="position:absolute;top:-999px;left:-999px">{CASINO_LINKS}</div>')
    )


def class_hidden_portal() -> str:
    """The block hidden by a class rule of a <style> element injected next to it."""
    return portal(
        body_top=(
            "<style>.xk{position:absolute;left:-9999px;overflow:hidden}</style>"
            f'<div class="xk">{CASINO_LINKS}</div>'
        )
    )


def display_none_portal() -> str:
    """Dark links in a display:none div with an innocuous class name."""
    return portal(
        head="<style>.dl{display:none}</style>",
        footer=(
            '<div class="footer">版权所有 &copy; 2026 东山县人民政府 闽ICP备12345678号</div>'
            '<div class="dl"><a href="http://www.fapiao-daikai.example/">发票代开</a>'
            '<a href="http://www.banzheng.example/">办假证</a>'
            '<a href="http://loan.example/">无抵押贷款</a></div>'
        ),
    )


def unescape_injection_portal() -> str:
    """document.write(unescape(...)): the links exist only in the written markup."""
    payload = (
        '<div style="display:none"><a href="http://www.bet-888.example/">澳门赌场</a>'
        '<a href="http://www.lhc-99.example/">六合彩</a></div>'
    )
    encoded = quote(payload, safe="")
    return portal(body_bottom=f'<script>document.write(unescape("{encoded}"));</script>')


def base64_injection_portal() -> str:
    """A link block decoded from base64 and written by eval."""
    code = (
        'document.write(\'<div style="position:absolute;left:-5000px">'
        '<a href="http://casino-royale.example/">真人视讯</a>'
        '<a href="http://casino-royale.example/slots">老虎机</a></div>\');'
    )
    encoded = base64.b64encode(code.encode("utf-8")).decode("ascii")
    return portal(body_bottom=f'<script>eval(atob("{encoded}"));</script>')


def escaped_injection_portal() -> str:
    """\\xXX-escaped markup written by document.write."""
    markup = '<a href="http://www.av-online.example/">成人视频</a>'
    escaped = "".join(f"\\x{ord(c):02x}" if ord(c) < 128 else c for c in markup)
    return portal(
        body_bottom=f'<div style="display:none"><script>document.write("{escaped}");</script></div>'
    )


def marquee_portal() -> str:
    """A dark-link marquee one pixel high."""
    return portal(
        body_bottom=(
            '<marquee height="1" width="1" scrollamount="3000">'
            '<a href="http://www.weige-shop.example/">伟哥</a> '
            '<a href="http://www.weige-shop.example/cy">春药</a> '
            '<a href="http://www.escort.example/">小姐上门</a></marquee>'
        )
    )


def redirect_portal() -> str:
    """A cloaking redirect: visitors from search engines are sent to a betting site."""
    return portal(
        head=(
            '<script type="text/javascript">var s=document.referrer;'
            'if(s.indexOf("baidu")>0||s.indexOf("sogou")>0||s.indexOf("so.com")>0){'
            'window.location.href="http://xx.bet.example/?from=gov";}</script>'
        )
    )


def eval_redirect_portal() -> str:
    """The same redirect inside eval(atob(...))."""
    code = 'top.location.href="https://www.hg-sports.example/index.html";'
    encoded = base64.b64encode(code.encode()).decode()
    return portal(body_top=f'<script>eval(atob("{encoded}"))</script>')


def packed_redirect_portal() -> str:
    """Dean Edwards' packer, as hijack kits ship it."""
    packed = (
        "eval(function(p,a,c,k,e,d){e=function(c){return c};if(!''.replace(/^/,String)){"
        "while(c--){d[c]=k[c]||c}k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};"
        "while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}"
        "('0.1.2=\"3://4.5.6/\";',7,7,'window|location|href|http|www|ag88|example'.split('|'),0,{}))"
    )
    return portal(body_bottom=f"<script>{packed}</script>")


def crackdown_article_portal() -> str:
    """An honest government news article on a crackdown on online gambling."""
    article = (
        '<div class="article"><h1>我县开展打击整治网络赌博专项行动</h1>'
        '<div class="info">发布时间：2026-11-20 来源：县公安局 浏览次数：<span id="hits">1024</span></div>'
        "<p>为严厉打击网络赌博违法犯罪活动，切实维护人民群众财产安全，县公安局近日部署开展打击整治网络赌博专项行动。</p>"
        "<p>据介绍，当前网络赌博犯罪手段不断翻新，不法分子通过境外网站、手机APP、社交群组等方式组织“百家乐”“六合彩”"
        "“时时彩”等赌博活动，诱骗群众参赌，有的还与电信网络诈骗相互交织，社会危害极大。</p>"
        "<p>专项行动期间，县公安局已破获网络赌博案件12起，抓获犯罪嫌疑人35名，查处涉赌资金账户200余个。"
        "警方提醒：网络赌博“十赌九骗”，所谓“稳赚不赔”的百家乐投注技巧都是诈骗陷阱，广大群众要提高警惕，"
        "远离赌博，发现涉赌线索请及时拨打110举报。</p>"
        "<p>下一步，县公安局将持续保持对网络赌博违法犯罪的严打高压态势，依法严厉打击各类赌博违法犯罪活动。</p></div>"
    )
    return portal(title="我县开展打击整治网络赌博专项行动_东山县人民政府", body_top=article)


def discuz_forum() -> str:
    """A Discuz! X3 thread page on a hacked forum: spam spliced into the post and a
    keyword-stuffed footer."""
    stuffed = "|".join(
        [
            "澳门威尼斯人",
            "百家乐",
            "娱乐城",
            "六合彩",
            "时时彩",
            "北京赛车pk10",
            "真人视讯",
            "太阳城",
            "葡京娱乐",
            "皇冠体育",
            "体育投注",
            "老虎机",
            "电子游艺",
            "棋牌游戏",
            "捕鱼游戏",
            "网上赌博",
            "赌博网站",
            "银河娱乐",
            "金沙娱乐",
            "澳门赌场",
        ]
    )
    post = (
        "各位坛友好，本人新手，最近在研究家里老房子的装修，想问问大家木地板和瓷砖哪个更适合南方潮湿天气？"
        "另外推荐一个好玩的百家乐娱乐城，澳门威尼斯人官网直营，真人视讯24小时在线，注册送彩金，"
        "六合彩、时时彩、北京赛车pk10全都有，加微信了解。回到正题，预算大概十万左右，求推荐靠谱的装修公司。"
    )
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title>老房子装修求助 - 家居装修 - 东山生活论坛 - Powered by Discuz!</title>"
        '<meta name="keywords" content="老房子装修求助">'
        '<meta name="generator" content="Discuz! X3.4">'
        '<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?v3" />'
        '</head><body id="nv_forum" class="pg_viewthread">'
        '<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="forum.php">论坛</a>'
        '<a href="home.php">家园</a></div><div class="y"><a href="member.php?mod=register">注册</a>'
        '<a href="member.php?mod=logging&amp;action=login">登录</a></div></div></div>'
        '<div id="hd"><div class="wp"><h2><a href="./">东山生活论坛</a></h2>'
        '<ul id="nv"><li><a href="forum.php">论坛</a></li><li><a href="group.php">群组</a></li>'
        '<li><a href="home.php">家园</a></li></ul></div></div>'
        '<div id="pt" class="bm cl"><a href="./">论坛</a> <em>&rsaquo;</em> '
        '<a href="forum.php?mod=forumdisplay&amp;fid=12">家居装修</a> <em>&rsaquo;</em> 老房子装修求助</div>'
        '<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr>'
        '<td class="pls"><div class="authi"><a href="home.php?mod=space&amp;uid=1024">装修小白</a></div></td>'
        '<td class="plc"><div class="pi"><em>发表于 2026-11-20 21:13</em></div>'
        f'<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">{post}</td></tr></table></div></td>'
        "</tr></table>"
        '<table><tr><td class="pls"><a href="home.php?mod=space&amp;uid=2048">老张</a></td>'
        '<td class="plc"><em>发表于 2026-11-21 08:02</em><div class="t_f">南方建议用瓷砖，防潮好打理。</div></td>'
        "</tr></table></div>"
        '<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a>'
        '<span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a>'
        '<span class="pipe">|</span><strong><a href="./">东山生活论坛</a></strong></p></div>'
        '<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip/" target="_blank">Discuz!</a></strong> '
        '<em>X3.4</em></p><p class="xs0">&copy; 2001-2026 Discuz! Team.</p></div>'
        f'<div class="seo">{stuffed}</div></div></body></html>'
    )


def mobile_menu_portal() -> str:
    """Honest: a hidden mobile menu of the site's own links (absolute and relative),
    a hidden share pop-up and a logo link with its text indented away."""
    menu = (
        '<div class="mobile-menu" style="display:none">'
        + "".join(
            f'<a href="http://www.dongshan.gov.cn/col/nav{i}/index.html">{name}</a>'
            for i, name in enumerate(NAV)
        )
        + '<a href="/m/index.html">手机版</a></div>'
        '<div id="share-pop" style="display:none"><a href="https://service.weibo.com/share/share.php">微博</a>'
        '<a href="https://connect.qq.com/widget/shareqq/index.html">QQ</a></div>'
        '<ul class="sub-nav" style="display:none">'
        '<li><a href="http://www.dongshan.gov.cn/zwgk/">政务公开</a></li>'
        '<li><a href="http://zwfw.dongshan.gov.cn/">政务服务网</a></li></ul>'
    )
    return portal(body_top=menu)


def open_gov_links_portal() -> str:
    """Honest: a visible 友情链接 block of many other government sites, and a hidden
    drop-down of the same."""
    links = "".join(
        f'<li><a href="http://www.{name}.gov.cn/" target="_blank">{label}</a></li>'
        for name, label in [
            ("xiamen", "厦门市人民政府"),
            ("zhangzhou", "漳州市人民政府"),
            ("fuzhou", "福州市人民政府"),
            ("quanzhou", "泉州市人民政府"),
            ("putian", "莆田市人民政府"),
            ("sanming", "三明市人民政府"),
            ("nanping", "南平市人民政府"),
            ("longyan", "龙岩市人民政府"),
            ("ningde", "宁德市人民政府"),
        ]
    )
    friends = (
        f'<div class="links"><b>友情链接：</b><ul>{links}</ul>'
        f'<div class="drop" style="display:none"><ul>{links}</ul></div></div>'
    )
    return portal(friends=friends)


def image_homepage() -> str:
    """Honest: a homepage made of images (an image map and linked banners) with a real
    title and almost no text."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>东山县人民政府门户网站</title></head>'
        '<body style="margin:0;background:#0d4a9c">'
        '<a href="/index_main.html"><img src="/images/enter.jpg" width="1200" height="700" alt=""></a>'
        '<img src="/images/nav.png" usemap="#nav" alt="">'
        '<map name="nav"><area shape="rect" coords="0,0,200,60" href="/zwgk/index.html" alt="">'
        '<area shape="rect" coords="200,0,400,60" href="/zwfw/index.html" alt=""></map>'
        "</body></html>"
    )


def copyright_only_portal() -> str:
    """Honest: a portal whose footer is only a copyright line with | separated links."""
    return portal(
        footer=(
            '<div class="footer"><a href="/about.html">关于本站</a> | <a href="/map.html">网站地图</a> | '
            '<a href="/help.html">使用帮助</a> | <a href="/jiucuo.html">我要纠错</a> | '
            "Copyright &copy; 2008-2026 东山县人民政府 All Rights Reserved</div>"
        )
    )


def coming_soon_news_portal() -> str:
    """Honest: "coming soon" and 敬请期待 in news titles of a full portal."""
    return portal(
        body_top=(
            '<div class="col"><h2>English News</h2><ul>'
            '<li><a href="/en/art_1.html">Coming soon: Dongshan International Tea Festival</a></li>'
            '<li><a href="/en/art_2.html">New bus routes under construction, open in March</a></li>'
            '<li><a href="/col/art_3.html">县图书馆新馆即将开馆 敬请期待</a></li></ul></div>'
        )
    )


# -- Stock server pages ----------------------------------------------------------------

NGINX = """<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
"""

APACHE_UBUNTU = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>Apache2 Ubuntu Default Page: It works</title>
    <style type="text/css" media="screen">
  * { margin: 0px 0px 0px 0px; padding: 0px 0px 0px 0px; }
  body, html { padding: 3px 3px 3px 3px; background-color: #D8DBE2; font-family: Verdana, sans-serif; font-size: 11pt; text-align: center; }
  div.main_page { position: relative; display: table; width: 800px; margin-bottom: 3px; margin-left: auto; margin-right: auto; padding: 0px 0px 0px 0px; border-width: 2px; border-color: #212738; border-style: solid; background-color: #FFFFFF; text-align: center; }
  div.page_header { height: 99px; width: 100%; background-color: #F5F6F7; }
  div.page_header span { margin: 15px 0px 0px 50px; font-size: 180%; font-weight: bold; }
  div.table_of_contents { clear: left; min-width: 200px; width: 20%; border-style: solid; border-color: #ccc; border-width: 1px; }
    </style>
  </head>
  <body>
    <div class="main_page">
      <div class="page_header floating_element">
        <img src="/icons/ubuntu-logo.png" alt="Ubuntu Logo" class="floating_element"/>
        <span class="floating_element">
          Apache2 Ubuntu Default Page
        </span>
      </div>
      <div class="table_of_contents floating_element">
        <div class="section_header section_header_grey">
          TABLE OF CONTENTS
        </div>
        <div class="table_of_contents_item floating_element">
          <a href="#about">About</a>
        </div>
        <div class="table_of_contents_item floating_element">
          <a href="#changes">Changes</a>
        </div>
        <div class="table_of_contents_item floating_element">
          <a href="#scope">Scope</a>
        </div>
        <div class="table_of_contents_item floating_element">
          <a href="#files">Config files</a>
        </div>
      </div>
      <div class="content_section floating_element">
        <div class="section_header section_header_red">
          <div id="about"></div>
          It works!
        </div>
        <div class="content_section_text">
          <p>
                This is the default welcome page used to test the correct
                operation of the Apache2 server after installation on Ubuntu systems.
                It is based on the equivalent page on Debian, from which the Ubuntu Apache
                packaging is derived.
                If you can read this page, it means that the Apache HTTP server installed at
                this site is working properly. You should <b>replace this file</b> (located at
                <tt>/var/www/html/index.html</tt>) before continuing to operate your HTTP server.
          </p>
          <p>
                If you are a normal user of this web site and don't know what this page is
                about, this probably means that the site is currently unavailable due to
                maintenance.
                If the problem persists, please contact the site's administrator.
          </p>
        </div>
        <div class="section_header">
          <div id="files"></div>
          Configuration Overview
        </div>
        <div class="content_section_text">
          <p>
          Ubuntu's Apache2 default configuration is different from the
          upstream default configuration, and split into several files optimized for
          interaction with Ubuntu tools. The configuration system is
          <b>fully documented in
          /usr/share/doc/apache2/README.Debian.gz</b>. Refer to this for the full
          documentation. Documentation for the web server itself can be
          found by accessing the <a href="/manual">manual</a> if the <tt>apache2-doc</tt>
          package was installed on this server.
          </p>
        </div>
      </div>
      <div class="validator">
      </div>
    </div>
  </body>
</html>
"""

IIS = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>IIS Windows Server</title>
<style type="text/css">
<!--
body {
	color:#000000;
	background-color:#0072C6;
	margin:0;
}

#container {
	margin-left:auto;
	margin-right:auto;
	text-align:center;
	}

a img {
	border:none;
}

-->
</style>
</head>
<body>
<div id="container">
<a href="http://go.microsoft.com/fwlink/?linkid=66138&amp;clcid=0x409"><img src="iisstart.png" alt="IIS" width="960" height="600" /></a>
</div>
</body>
</html>"""

TOMCAT = """<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="UTF-8" />
        <title>Apache Tomcat/9.0.83</title>
        <link href="favicon.ico" rel="icon" type="image/x-icon" />
        <link href="tomcat.css" rel="stylesheet" type="text/css" />
    </head>
    <body>
        <div id="wrapper">
            <div id="navigation" class="curved container">
                <span id="nav-home"><a href="https://tomcat.apache.org/">Home</a></span>
                <span id="nav-hosts"><a href="/docs/">Documentation</a></span>
                <span id="nav-config"><a href="/docs/config/">Configuration</a></span>
                <span id="nav-examples"><a href="/examples/">Examples</a></span>
                <span id="nav-wiki"><a href="https://wiki.apache.org/tomcat/FrontPage">Wiki</a></span>
                <span id="nav-lists"><a href="https://tomcat.apache.org/lists.html">Mailing Lists</a></span>
                <span id="nav-help"><a href="https://tomcat.apache.org/findhelp.html">Find Help</a></span>
                <br class="separator" />
            </div>
            <div id="asf-box">
                <h1>Apache Tomcat/9.0.83</h1>
            </div>
            <div id="upper" class="curved container">
                <div id="congrats" class="curved container">
                    <h2>If you're seeing this, you've successfully installed Tomcat. Congratulations!</h2>
                </div>
                <div id="notice">
                    <img src="tomcat.svg" alt="[tomcat logo]" />
                    <div id="tasks">
                        <h3>Recommended Reading:</h3>
                        <h4><a href="/docs/security-howto.html">Security Considerations How-To</a></h4>
                        <h4><a href="/docs/manager-howto.html">Manager Application How-To</a></h4>
                        <h4><a href="/docs/cluster-howto.html">Clustering/Session Replication How-To</a></h4>
                    </div>
                </div>
                <div id="actions">
                    <div class="button">
                        <a class="container shadow" href="/manager/status"><span>Server Status</span></a>
                    </div>
                    <div class="button">
                        <a class="container shadow" href="/manager/html"><span>Manager App</span></a>
                    </div>
                </div>
                <br class="separator" />
            </div>
            <p class="copyright">Copyright &copy;1999-2026 Apache Software Foundation.  All Rights Reserved</p>
        </div>
    </body>
</html>
"""

# -- Parked domains --------------------------------------------------------------------

SEDO_PARKED = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>dongshan-travel.example - This website is for sale! - dongshan travel Resources and Information.</title>
<meta name="description" content="This website is for sale! dongshan-travel.example is your first and best source for all of the information you're looking for.">
<script type="text/javascript" src="https://img.sedoparking.com/jspartner/caf.js"></script>
</head><body>
<div id="header"><h1>dongshan-travel.example</h1></div>
<div id="main"><div id="related"><h2>Related Searches</h2>
<ul><li><a href="/?q=Cheap+Flights">Cheap Flights</a></li><li><a href="/?q=Hotel+Deals">Hotel Deals</a></li>
<li><a href="/?q=Travel+Insurance">Travel Insurance</a></li></ul></div></div>
<div id="footer"><p>This domain may be for sale.
<a href="https://sedo.com/search/details/?partnerid=324561&amp;domain=dongshan-travel.example">Buy this domain</a></p>
<p>&copy; 2026 dongshan-travel.example. All rights reserved. <a href="/privacy">Privacy Policy</a></p></div>
</body></html>"""

CHINESE_PARKED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>该域名正在出售 - dsxzf.example</title></head>
<body><div class="box"><h1>dsxzf.example</h1>
<p class="tip">该域名正在出售，欢迎有意者联系洽谈！</p>
<p>域名出售 · 安全交易 · 过户快速</p>
<p>联系QQ：123456789 微信：domain_seller 电话：138-0000-0000</p>
<p><a href="https://www.juming.com/ykj/?domain=dsxzf.example">点击在线购买</a></p>
</div></body></html>"""

PARKING_FRAME_ONLY = """<html><head><title>oldbureau.example</title></head>
<frameset rows="100%,*" frameborder="0" border="0">
<frame src="https://www.parkingcrew.net/lander?domain=oldbureau.example" name="main" noresize>
</frameset></html>"""

PARKING_SCRIPT_ONLY = """<!DOCTYPE html><html><head><meta charset="utf-8"><title></title>
<script src="https://img1.wsimg.com/parking-lander/static/js/main.b1e1ea8c.js"></script>
</head><body><div id="root"></div></body></html>"""

# -- Placeholders ------------------------------------------------------------------------

PLACEHOLDER_SIMPLIFIED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>东山乡人民政府</title>
<style>body{text-align:center;padding-top:120px;background:#f0f4f8}h2{color:#1a5fb4}</style></head>
<body><img src="/images/logo.png" alt="">
<h2>网站升级改版中，敬请期待！</h2>
<p>给您带来的不便，敬请谅解。如需办理业务，请拨打政务服务热线：0596-12345。</p>
<p>主办：东山乡人民政府 闽ICP备12345678号-3</p></body></html>"""

PLACEHOLDER_TRADITIONAL = """<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>東山區公所</title></head>
<body><div class="notice"><h1>網站維護中</h1>
<p>本所全球資訊網進行系統升級維護，暫停服務，造成不便敬請見諒。</p>
<p>服務電話：(02)2345-6789</p></div></body></html>"""

PLACEHOLDER_ENGLISH = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Dongshan County - Coming Soon</title>
<link rel="stylesheet" href="/assets/coming-soon.css"></head>
<body><div class="wrap"><h1>Coming Soon</h1>
<p>Our new website is under construction. We'll be here soon with a brand new look.</p>
<form action="/subscribe"><input type="email" placeholder="Your e-mail"><button>Notify me</button></form>
<p>&copy; 2026 Dongshan County Government</p></div></body></html>"""

NEAR_EMPTY = """<html><head><meta charset="gbk"><title>东山县林业局</title></head>
<body bgcolor="#ffffff"><p>test</p></body></html>"""

JS_REDIRECT_HOME = """<html><head><title>东山县人民政府</title>
<script>window.location.href="/zwgk/index.html";</script></head><body></body></html>"""
