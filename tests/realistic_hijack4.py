"""Honest pages for the fourth hijack audit (false alarms), with the truth.

The first three audits (tests/realistic_hijack*.py) chased real hacks; their honest
pages were short. Here whole homepages and column pages (30-100 KB, simplified and
traditional Chinese, English) of sites that must never be called hijacked, though
they use the words and the markup hacks use, for good reasons:

- public security: 反诈, 扫黄打非 and 禁毒 columns whose news names 网络赌博, 跨境赌博,
  六合彩, 百家乐, drugs and 淫秽色情 (crime reports and warnings), a court's
  judgments naming the gambling sites, a 市场监管 notice on illegal online lottery
  ads, a sports bureau's 体育彩票/福利彩票 news;
- where gambling is a legal industry: a Macau statistics office (娛樂場, 賭枱, 百家樂
  by game), Hong Kong's policy bureau (六合彩, 賽馬, 足球博彩); an Inner Mongolia
  banner's 那达慕 horse races;
- English: a council's gambling licensing policy and gambling-harm support page,
  a state lottery's homepage;
- honest hidden markup: skip links and screen-reader text, collapsed and off-screen
  mega menus, tab panels, carousels, mobile menus, <noscript> fallbacks, lazy images,
  a 友情链接 drop-down of other government and media sites, statistics, 无障碍 and
  share scripts, a navigation homepage of hundreds of links to other .gov.cn sites;
- homepages that forward to a sibling government domain or a provincial 集约化 host.

Every case's truth: not hijacked (stale or healthy). The clock is
tests/realistic_hijack.NOW.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.realistic_hijack import NOTICES, Case, ago

ON = ' class="on"'
NONE = ' style="display:none"'
CN_DOMAIN = "qingxi.gov.cn"
EN_DOMAIN = "millbrook.gov.uk"
MO_HOST = "www.dsec.gov.mo"
HK_HOST = "www.hyab.gov.hk"
US_HOST = "www.lottery.ohio-state.gov"
NM_HOST = "www.xwuzhu.gov.cn"  # an Inner Mongolia banner

# --- a large county-level template (TRS/Hanweb style) --------------------------------------

CSS = (
    "*{margin:0;padding:0}body{font:14px/1.8 'Microsoft YaHei',SimSun;color:#333;background:#f5f5f5}"
    "a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}"
    ".w1200{width:1200px;margin:0 auto}.top{height:36px;background:#eee;border-bottom:1px solid #ddd}"
    ".header{height:160px;background:url(/images/banner.jpg) no-repeat center}"
    ".nav{height:50px;background:#0b57a4}.nav li{float:left;position:relative}"
    ".nav li a{display:block;padding:0 22px;line-height:50px;color:#fff;font-size:17px}"
    ".nav li .sub{display:none;position:absolute;top:50px;left:0;background:#fff;width:180px}"
    ".nav li:hover .sub{display:block}.main{overflow:hidden;margin-top:15px}"
    ".col{float:left;width:585px;margin:0 15px 15px 0;background:#fff}"
    ".col .hd{height:42px;border-bottom:2px solid #0b57a4}.col .hd h3{float:left;line-height:42px}"
    ".col .hd .more{float:right;line-height:42px;font-size:12px;color:#999}"
    ".col ul li{height:36px;line-height:36px;overflow:hidden;border-bottom:1px dashed #e5e5e5}"
    ".col ul li span{float:right;color:#999}.tab-hd li{float:left;cursor:pointer;padding:0 15px}"
    ".tab-hd li.on{background:#0b57a4;color:#fff}.yqlj{margin-top:20px;background:#fff;padding:15px}"
    ".yqlj .xl{float:left;width:220px;margin-right:10px;position:relative;border:1px solid #ddd}"
    ".yqlj .xl ul{position:absolute;bottom:34px;left:0;width:220px;background:#fff;max-height:300px;"
    "overflow-y:auto}.footer{margin-top:20px;background:#0b57a4;color:#fff;padding:20px 0;text-align:center}"
    ".footer a{color:#fff}.slider{position:relative;width:585px;height:360px;overflow:hidden}"
    ".slider .bd li{position:absolute;top:0;left:0}.slider .bd img{width:585px;height:360px}"
    ".float-box{position:fixed;right:10px;top:200px;z-index:99}"
)

JS = (
    "<script type=\"text/javascript\">$(function(){$('.tab-hd li').mouseover(function(){"
    "var i=$(this).index();$(this).addClass('on').siblings().removeClass('on');"
    "$(this).parents('.tabbox').find('.tab-bd>div').eq(i).show().siblings().hide();});"
    "$('.yqlj .xl').hover(function(){$(this).find('ul').show();},function(){$(this).find('ul').hide();});"
    "var d=new Date();var w=['日','一','二','三','四','五','六'];"
    "$('#nowtime').html('今天是：'+d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w[d.getDay()]);"
    "});</script>"
)

STATS = (
    '<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
    'hm.src = "https://hm.baidu.com/hm.js?3c1e0a0e8d6a8b9f2c4e7d1a5b3f6e8c";'
    'var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>'
    '<script type="text/javascript">document.write(unescape("%3Cspan id=\'cnzz_stat_icon_1279871234\''
    "%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1279871234%26show%3Dpic1' "
    "type='text/javascript'%3E%3C/script%3E\"));</script>"
    '<script charset="UTF-8" id="LA_COLLECT" src="//sdk.51.la/js-sdk-pro.min.js"></script>'
    '<script>LA.init({id:"JxYz8KqLmN2pQr",ck:"JxYz8KqLmN2pQr"})</script>'
    '<script defer async type="text/javascript" src="//api.govwza.cn/cniil/assist.js?sid=41327&pos=left">'
    "</script>"
)

SHARE = (
    '<div class="share">分享到：<div class="bdsharebuttonbox"><a href="#" class="bds_weixin" '
    'data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" '
    'title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>'
    '<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2",'
    '"bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsBy'
    "TagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/"
    "static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>"
    '<a href="http://service.weibo.com/share/share.php?url=http%3A%2F%2Fwww.qingxi.gov.cn%2F&title='
    '%E9%9D%92%E6%BA%AA" target="_blank">微博</a>'
    '<div class="wx-ewm" style="display:none"><img src="/images/wx.jpg" alt="微信公众号二维码"/>'
    "<p>扫一扫关注</p></div></div>"
)

CN_GOV_FRIENDS = (
    ("中国政府网", "https://www.gov.cn/"),
    ("国家反诈中心", "https://www.gjfzzx.gov.cn/"),
    ("公安部", "https://www.mps.gov.cn/"),
    ("浙江省人民政府", "https://www.zj.gov.cn/"),
    ("丽水市人民政府", "http://www.lishui.gov.cn/"),
    ("中国长安网", "http://www.chinapeace.gov.cn/"),
)
CN_MEDIA_FRIENDS = (
    ("中国文明网", "http://www.wenming.cn/"),
    ("学习强国", "https://www.xuexi.cn/"),
    ("求是网", "http://www.qstheory.cn/"),
    ("中国禁毒网", "http://www.nncc626.com/"),
    ("中国警察网", "http://www.cpd.com.cn/"),
    ("中国互联网联合辟谣平台", "https://www.piyao.org.cn/"),
    ("浙江在线", "https://www.zjol.com.cn/"),
    ("丽水网", "http://www.lsnews.com.cn/"),
)


def _dated_items(column: str, titles: tuple[str, ...], start: int, step: int, base: int = 0) -> str:
    rows = []
    for n, title in enumerate(titles):
        day = ago(start + n * step)
        rows.append(
            f'<li><a href="/{column}/{day:%Y%m}/t{day:%Y%m%d}_{5_120_000 + base + n * 13}.html" '
            f'target="_blank" title="{title}">{title}</a><span>{day.isoformat()}</span></li>'
        )
    return "".join(rows)


def column(slug: str, heading: str, titles: tuple[str, ...], start: int, step: int) -> str:
    return (
        f'<div class="col"><div class="hd"><h3>{heading}</h3>'
        f'<a class="more" href="/{slug}/">更多&gt;&gt;</a></div>'
        f"<ul>{_dated_items(slug, titles, start, step)}</ul></div>"
    )


def tabbox(panels: tuple[tuple[str, str, tuple[str, ...], int, int], ...]) -> str:
    """Tabs: the first panel shown, the others display:none until hovered."""
    heads = "".join(
        f'<li{ON if i == 0 else ""}><a href="/{slug}/">{name}</a></li>'
        for i, (slug, name, _, _, _) in enumerate(panels)
    )
    bodies = "".join(
        f"<div{'' if i == 0 else NONE}><ul>"
        f"{_dated_items(slug, titles, start, step, 100 * i)}</ul></div>"
        for i, (slug, _, titles, start, step) in enumerate(panels)
    )
    return (
        f'<div class="col tabbox"><ul class="tab-hd">{heads}</ul>'
        f'<div class="tab-bd">{bodies}</div></div>'
    )


def friends_dropdowns() -> str:
    """友情链接 as hover drop-downs: a <ul> hidden by display:none in a box of its own."""
    gov = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in CN_GOV_FRIENDS)
    media = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in CN_MEDIA_FRIENDS)
    return (
        '<div class="yqlj w1200"><span class="tit">友情链接：</span>'
        f'<div class="xl"><span>政府网站</span><ul style="display:none">{gov}</ul></div>'
        f'<div class="xl"><span>新闻媒体</span><ul style="display:none">{media}</ul></div>'
        "</div>"
    )


def mega_nav(items: tuple[tuple[str, str, tuple[str, ...]], ...]) -> str:
    lis = []
    for slug, label, subs in items:
        sub = "".join(f'<a href="/{slug}/{n}/">{s}</a>' for n, s in enumerate(subs))
        lis.append(f'<li><a href="/{slug}/">{label}</a><div class="sub">{sub}</div></li>')
    return (
        f'<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li>{"".join(lis)}</ul></div>'
    )


NAV = (
    ("zwgk", "政务公开", ("机构职能", "政策文件", "规划计划", "财政资金", "人事信息", "统计信息")),
    ("zwfw", "政务服务", ("个人办事", "法人办事", "办事指南", "便民服务", "证照办理")),
    ("hdjl", "互动交流", ("局长信箱", "在线咨询", "征集调查", "留言选登")),
    ("ztzl", "专题专栏", ("扫黑除恶", "反诈专栏", "禁毒宣传", "法治宣传")),
)


SERVICES = (
    "户籍办理",
    "出入境证件",
    "机动车登记",
    "驾驶证业务",
    "社保查询",
    "医保报销",
    "公积金提取",
    "不动产登记",
    "企业开办",
    "工程建设审批",
    "招标投标",
    "政府采购",
    "教育入学",
    "婚姻登记",
    "生育登记",
    "养老服务",
    "就业创业",
    "人才引进",
    "税费缴纳",
    "水电气缴费",
    "交通违法处理",
    "法律援助",
    "公证服务",
    "投诉举报",
)
DEPARTMENTS = (
    "发展和改革局",
    "教育局",
    "科学技术局",
    "公安局",
    "民政局",
    "司法局",
    "财政局",
    "人力资源和社会保障局",
    "自然资源和规划局",
    "生态环境分局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化和广电旅游体育局",
    "卫生健康局",
    "退役军人事务局",
    "应急管理局",
    "审计局",
    "市场监督管理局",
    "统计局",
    "医疗保障局",
    "林业局",
    "信访局",
    "大数据发展管理局",
)


def service_grid() -> str:
    """The 政务服务 grid and 部门导航 every portal carries: a hundred-odd own links."""
    services = "".join(
        f'<li><a href="/zwfw/{n:03d}/" title="{t}"><i class="ico ico{n}"></i><span>{t}</span></a></li>'
        for n, t in enumerate(SERVICES * 3)
    )
    depts = "".join(
        f'<li><a href="/zwgk/bm/{n:03d}/">{t}</a><a class="gk" href="/zwgk/bm/{n:03d}/xxgk/">信息公开</a></li>'
        for n, t in enumerate(DEPARTMENTS)
    )
    topics = "".join(
        f'<li><a href="/ztzl/{n:02d}/"><img data-src="/ztzl/img/{n:02d}.jpg" src="/images/blank.gif" '
        f'alt="{t}"/></a></li>'
        for n, t in enumerate(
            (
                "学习贯彻党的二十届四中全会精神",
                "优化营商环境",
                "乡村振兴",
                "共同富裕示范区建设",
                "安全生产月",
                "平安青溪",
                "文明城市创建",
                "法治政府建设",
            )
        )
    )
    return (
        f'<div class="col wide"><div class="hd"><h3>政务服务</h3></div><ul class="grid">{services}</ul></div>'
        f'<div class="col wide"><div class="hd"><h3>部门导航</h3></div><ul class="depts">{depts}</ul></div>'
        f'<div class="col wide"><div class="hd"><h3>专题专栏</h3></div><ul class="topics">{topics}</ul></div>'
    )


def big_portal(
    *,
    title: str,
    name: str,
    body: str,
    keywords: str = "",
    description: str = "",
    head: str = "",
    body_top: str = "",
    footer_extra: str = "",
    nav: tuple[tuple[str, str, tuple[str, ...]], ...] = NAV,
    friends: str | None = None,
    mobile: str = "m.qingxi.gov.cn",
) -> str:
    """A county-level homepage as the big templates render it: skip link, clock,
    mega menu, columns, tabs, 友情链接 drop-downs, statistics, 无障碍 and share
    scripts, a mobile menu, a float box and a <noscript> fallback."""
    skip = (
        '<a class="skip-link" href="#main" style="position:absolute;left:-9999px">跳转到主要内容</a>'
        '<span class="sr-only">本网站已支持无障碍浏览，按Alt+Shift+A打开工具条</span>'
    )
    mobile_menu = (
        '<div class="m-menu-btn" onclick="$(\'#m-menu\').toggle()">≡</div>'
        '<div id="m-menu" style="display:none"><a href="/">首页</a><a href="/zwgk/">政务公开</a>'
        '<a href="/zwfw/">政务服务</a><a href="https://www.zjzwfw.gov.cn/">浙江政务服务网</a></div>'
    )
    float_box = (
        '<div class="float-box" id="float"><a href="https://www.gjfzzx.gov.cn/" target="_blank">'
        '<img data-src="/images/fzapp.png" src="/images/blank.gif" alt="国家反诈中心APP下载"/></a>'
        '<a href="javascript:;" onclick="$(\'#float\').hide()">关闭</a></div>'
    )
    noscript = (
        "<noscript><p>您的浏览器不支持或已禁用JavaScript，部分功能无法使用。请访问"
        '<a href="/map/">网站地图</a>或<a href="https://www.gov.cn/">中国政府网</a>。</p></noscript>'
    )
    footer_links = "".join(
        f'<a href="/zwgk/{n}/">{t}</a> '
        for n, t in enumerate(("网站地图", "关于我们", "联系我们", "隐私声明", "使用帮助", "纠错"))
    )
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f"<title>{title}</title>"
        f'<meta name="keywords" content="{keywords or name}"/>'
        f'<meta name="description" content="{description or name + "官方网站"}"/>'
        f'<meta name="SiteName" content="{name}"/><meta name="SiteDomain" content="www.qingxi.gov.cn"/>'
        '<meta name="SiteIDCode" content="3311270002"/>'
        f"<style>{CSS}</style>"
        '<script src="/js/jquery-1.12.4.min.js"></script>'
        f"{head}</head><body>{skip}{body_top}"
        f'<div class="top"><div class="w1200"><span id="nowtime"></span> '
        f'<a href="/wza/">无障碍</a> <a href="http://{mobile}/">手机版</a> <a href="/eng/">English</a></div></div>'
        f"{mobile_menu}"
        f'<div class="header w1200"><h1><a href="/"><img src="/images/logo.png" alt="{name}"/></a></h1>'
        '<form action="/jsearch/search.do" method="get"><input name="q" type="text" placeholder="请输入关键字"/>'
        '<button type="submit">搜索</button></form></div>'
        f"{mega_nav(nav)}"
        f'<div class="main w1200" id="main">{body}{service_grid()}</div>'
        f"{friends if friends is not None else friends_dropdowns()}"
        f'<div class="footer"><p>{footer_links}</p>'
        f"<p>主办单位：{name} 地址：青溪县人民路1号 电话：0578-6123456</p>"
        '<p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-2</a> '
        '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33112702000456" '
        'target="_blank">浙公网安备 33112702000456号</a> 网站标识码：3311270002</p>'
        '<script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' '
        "%3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/112/0000/40675488/"
        "CA331120000406754880001.js' type='text/javascript'%3E%3C/script%3E\"));</script>"
        f"{footer_extra}</div>{float_box}{noscript}{SHARE}{JS}{STATS}</body></html>"
    )


def column_page(
    slug: str, name: str, site: str, titles: tuple[str, ...], start: int, step: int
) -> str:
    """A column's own list page: breadcrumbs, the list, a pager, a side box of the
    site's other columns, the same footer."""
    side = "".join(f'<li><a href="/{s}/">{t}</a></li>' for s, t, _ in NAV)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/>'
        f"<title>{name}_{site}</title><style>{CSS}</style></head><body>"
        '<a class="skip-link" href="#list" style="position:absolute;left:-9999px">跳转到主要内容</a>'
        f'{mega_nav(NAV)}<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
        f'<a href="/{slug}/">{name}</a></div><div class="left"><h3>栏目导航</h3><ul>{side}</ul></div>'
        f'<div class="right" id="list"><h2>{name}</h2><ul class="newslist">'
        f"{_dated_items(slug, titles, start, step)}</ul>"
        f'<div class="page">共{len(titles)}条 第1页/共1页 <a href="#">首页</a> <a href="#">上一页</a> '
        '<a href="#">下一页</a> <a href="#">尾页</a></div></div></div>'
        f'<div class="footer"><p>主办单位：{site}</p></div>{JS}{STATS}</body></html>'
    )


# --- public security ---------------------------------------------------------------------

POLICE_NEWS = (
    "县公安局召开打击治理跨境赌博专项行动推进会",
    "我县警方破获一起特大跨境网络赌博案 涉案流水2.3亿元",
    "关于依法严厉打击“六合彩”“百家乐”等赌博违法犯罪活动的通告",
    "民警提醒：网络“百家乐”“时时彩”稳赚不赔是骗局",
    "县公安局开展“清源断流”行动 捣毁一非法赌场",
    "春节期间全县社会治安形势总体平稳",
    "交警大队开展酒驾醉驾集中整治行动",
    "我县召开2026年禁毒工作会议",
    "县公安局“扫黄打非”专项行动取得阶段性成效",
    "派出所民警走访辖区企业开展安全防范宣传",
    "县公安局举行新警入职宣誓仪式",
    "网上办理户籍业务指南更新",
)
FRAUD = (
    "【反诈预警】“刷单返利”诈骗高发，这些套路要警惕",
    "【以案说法】沉迷网络赌博平台“娱乐城”，男子输光80万元",
    "【反诈课堂】“裸聊”敲诈：一步步落入陷阱",
    "【反诈预警】所谓“澳门百家乐内部漏洞”全是诈骗",
    "【反诈课堂】“注册送彩金”的网赌平台，赢了也提不了现",
    "【以案说法】帮网赌平台跑分洗钱，大学生获刑",
    "【反诈预警】冒充公检法诈骗的五大特征",
    "【反诈宣传】远离网络赌博 拒绝“杀猪盘”",
)
DRUGS = (
    "我县破获一起贩卖冰毒、海洛因案件 抓获犯罪嫌疑人4名",
    "警惕新型毒品：“聪明药”“笑气”“听话水”都是毒品",
    "禁毒知识：大麻、K粉、摇头丸的危害",
    "“6·26”国际禁毒日宣传活动走进校园",
    "警方提醒：酒吧夜店谨防他人投放迷药",
    "县禁毒委召开成员单位联席会议",
)
PORN = (
    "我县“扫黄打非”办公室开展出版物市场集中检查",
    "查处一起利用网络直播传播淫秽色情信息案",
    "“护苗2026”专项行动：净化未成年人网络环境，清理色情低俗信息",
    "关于举报淫秽色情等有害信息的奖励办法",
    "破获一起组织卖淫案 捣毁“楼凤”窝点3处",
    "扫黄打非进基层：农家书屋出版物排查",
)


def police() -> Case:
    """A county public security bureau's homepage (公安局: not an authority whose page is
    discounted, it is hacked like any other) with its crackdown news, 反诈, 禁毒 and
    扫黄打非 columns, and the columns' own pages."""
    body = (
        '<div class="col"><div class="slider"><ul class="bd">'
        + "".join(
            f'<li{"" if i == 0 else NONE}><a href="/jwdt/{ago(1 + i):%Y%m}/'
            f't{ago(1 + i):%Y%m%d}_9{i}.html"><img data-original="/pic/{i}.jpg" src="/images/loading.gif" '
            f'alt="{t}"/></a><p>{t}</p></li>'
            for i, t in enumerate(POLICE_NEWS[:4])
        )
        + "</ul></div></div>"
        + column("jwdt", "警务动态", POLICE_NEWS, 1, 2)
        + tabbox(
            (
                ("fzzl", "反诈专栏", FRAUD, 1, 3),
                ("jdxc", "禁毒宣传", DRUGS, 2, 5),
                ("shdf", "扫黄打非", PORN, 3, 6),
            )
        )
        + column("tzgg", "通知公告", NOTICES, 3, 9)
        + '<div class="col warn"><div class="hd"><h3>警方提示</h3></div><p>珍爱生命，远离毒品；'
        "远离黄赌毒，做守法公民。网络赌博、“六合彩”赌博、境外“百家乐”网站都是违法犯罪，"
        "参与者轻则倾家荡产，重则身陷囹圄。发现赌博、吸毒、色情线索请拨打110或登录"
        '<a href="https://www.gjfzzx.gov.cn/">国家反诈中心</a>举报。</p></div>'
    )
    home = big_portal(
        title="青溪县公安局",
        name="青溪县公安局",
        keywords="青溪公安,警务动态,反诈,禁毒,扫黄打非,打击网络赌博",
        description="青溪县公安局官方网站：警务动态、反诈专栏、禁毒宣传、扫黄打非、网上办事。",
        body=body,
    )
    site = "青溪县公安局"
    return Case(
        "l-police",
        {
            "/": home,
            "/jwdt/": column_page("jwdt", "警务动态", site, POLICE_NEWS, 1, 2),
            "/fzzl/": column_page("fzzl", "反诈专栏", site, FRAUD, 1, 3),
            "/jdxc/": column_page("jdxc", "禁毒宣传", site, DRUGS, 2, 5),
            "/shdf/": column_page("shdf", "扫黄打非", site, PORN, 3, 6),
            "/tzgg/": column_page("tzgg", "通知公告", site, NOTICES, 3, 9),
        },
        False,
    )


GAMBLING_SPECIAL = (
    "跨境赌博“资金链”被斩断 我县冻结涉赌账户312个",
    "涉嫌开设赌场罪：“XX娱乐城”网站代理团伙落网",
    "民警揭秘网络赌博平台：后台可随意控制输赢",
    "“六合彩”“时时彩”“北京赛车”都是赌博 切勿参与",
    "关于公开征集跨境赌博违法犯罪线索的通告",
    "打击跨境赌博：境外赌场招赌吸赌人员被判刑",
    "以案释法：为“百家乐”赌博网站推广引流也是犯罪",
    "网络赌球违法！世界杯期间警方严打赌球犯罪",
    "警惕“棋牌游戏”变身赌博平台",
    "揭秘“老虎机”“捕鱼游戏”赌博机的作弊芯片",
    "赌博网站的“充值返利”就是陷阱",
    "我县召开打击治理跨境赌博工作联席会议",
    "跨境赌博典型案例通报（第三批）",
    "家长注意：网络赌博平台盯上了未成年人",
    "拒绝网赌 从我做起——反赌宣传进社区",
    "县公安局通报5起网络赌博案件",
    "警方提示：“体育投注”APP不是体育彩票",
    "“真人视讯”“电子游艺”都是网赌陷阱",
    "缅北电诈、赌场招工陷阱：高薪背后是噩梦",
    "全县打击治理跨境赌博宣传月活动启动",
)


def gambling_special() -> Case:
    """A 专题 column page of the police site, every title naming a form of gambling:
    a column read at depth full (its homepage box shows the first few)."""
    site = "青溪县公安局"
    body = column("djdb", "打击治理跨境赌博", GAMBLING_SPECIAL[:8], 1, 2) + column(
        "tzgg", "通知公告", NOTICES, 3, 9
    )
    home = big_portal(title="青溪县公安局", name=site, body=body)
    return Case(
        "l-gambling-special",
        {
            "/": home,
            "/djdb/": column_page("djdb", "打击治理跨境赌博", site, GAMBLING_SPECIAL, 1, 2),
            "/tzgg/": column_page("tzgg", "通知公告", site, NOTICES, 3, 9),
        },
        False,
    )


JUDGMENTS = (
    "被告人陈某某开设赌场罪一审刑事判决书",
    "被告人李某、王某某赌博罪一审刑事判决书",
    "被告人周某某帮助信息网络犯罪活动罪一审刑事判决书",
    "被告人吴某某贩卖毒品罪一审刑事判决书",
    "被告人郑某某传播淫秽物品牟利罪一审刑事判决书",
    "被告人孙某某开设赌场罪二审刑事裁定书",
    "原告某银行与被告刘某某金融借款合同纠纷一审民事判决书",
    "被告人赵某某非法经营罪（私彩）一审刑事判决书",
)


def court() -> Case:
    """A county court's homepage with a 以案说法 text that names the gambling sites
    (a judgment's own words), and its 裁判文书 column."""
    story = (
        '<div class="col"><div class="hd"><h3>以案说法</h3></div><div class="txt">'
        "<p>2023年5月至2024年8月，被告人陈某某为牟取非法利益，受境外赌博网站“澳门新葡京娱乐场”"
        "“太阳城集团”招募，担任该平台在青溪地区的代理，发展下线会员120余人，"
        "组织会员在“百家乐”“龙虎斗”“时时彩”“北京赛车”“幸运飞艇”等游戏中投注，"
        "投注金额累计人民币1800余万元，陈某某从中抽取佣金43万元。</p>"
        "<p>另查明，该网站以“注册送彩金”“首存送100%”为诱饵，通过微信群推广，"
        "并在“真人视讯”“电子游艺”栏目中设置“老虎机”“捕鱼游戏”等赌博游戏。</p>"
        "<p>法院经审理认为，被告人陈某某以营利为目的，为赌博网站担任代理并接受投注，"
        "情节严重，其行为已构成开设赌场罪。据此，依法判处其有期徒刑五年，并处罚金人民币三十万元，"
        "追缴违法所得。</p><p>法官提醒：网络赌博平台后台可以任意操控输赢，所谓“稳赚不赔”"
        "都是骗局；为赌博网站拉人头、做代理、提供资金结算的，都可能构成犯罪。</p></div></div>"
    )
    news = (
        "县法院召开2026年全院工作会议",
        "县法院开展“送法进乡村”巡回审判",
        "县法院公开宣判一起特大网络赌博案",
        "县法院发布涉赌涉诈典型案例",
        "县法院执行局开展涉民生案件集中执行行动",
        "县法院与县司法局签订诉调对接协议",
        "县法院召开人民陪审员培训会",
    )
    body = (
        column("fydt", "法院动态", news, 1, 2)
        + column("cpws", "裁判文书", JUDGMENTS, 2, 4)
        + story
        + column("tzgg", "通知公告", NOTICES, 3, 9)
    )
    site = "青溪县人民法院"
    home = big_portal(title=site, name=site, body=body, keywords="青溪法院,审判,执行,裁判文书")
    return Case(
        "l-court",
        {
            "/": home,
            "/fydt/": column_page("fydt", "法院动态", site, news, 1, 2),
            "/cpws/": column_page("cpws", "裁判文书", site, JUDGMENTS, 2, 4),
            "/tzgg/": column_page("tzgg", "通知公告", site, NOTICES, 3, 9),
        },
        False,
    )


# --- lotteries, market supervision --------------------------------------------------------

SPORTS_NEWS = (
    "中国体育彩票“超级大乐透”第26028期青溪中出二等奖",
    "县体育局开展体育彩票实体店安全生产检查",
    "体彩公益金资助全县12个村建设健身路径",
    "提醒：中国体育彩票从未授权任何网站和APP销售彩票",
    "2026年全县体育彩票销量同比增长8.6%",
    "竞彩足球：理性购彩 快乐公益",
    "中国福利彩票网公布“双色球”第2026028期开奖公告",
    "福利彩票公益金助力敬老院改造",
    "全县第十届全民运动会开幕",
    "县体育局举办2026年社会体育指导员培训班",
    "青溪县围棋、象棋、德州扑克等棋牌项目比赛报名通知",
    "全民健身中心春季开放时间调整",
)


def sports_bureau() -> Case:
    """A sports bureau whose news is half lottery news (体彩, 福彩, 竞彩), naming the
    official lottery websites (中国体育彩票网, 中国福利彩票网)."""
    body = (
        column("tydt", "体育动态", SPORTS_NEWS, 1, 2)
        + '<div class="col"><div class="hd"><h3>体彩服务</h3></div><p>官方购彩渠道：请到中国体育彩票实体店购买；'
        "开奖信息以中国体育彩票网、中国福利彩票网公布为准。互联网销售彩票未经批准，"
        "任何网站、APP销售彩票均属违法。</p>"
        '<ul><li><a href="https://www.lottery.gov.cn/" target="_blank">中国体育彩票网</a></li>'
        '<li><a href="http://www.cwl.gov.cn/" target="_blank">中国福利彩票网</a></li>'
        '<li><a href="https://www.sport.gov.cn/" target="_blank">国家体育总局</a></li></ul></div>'
        + column("tzgg", "通知公告", NOTICES, 3, 9)
    )
    site = "青溪县文化和广电旅游体育局"
    home = big_portal(title=site, name=site, body=body, keywords="全民健身,体育彩票,福利彩票,竞彩")
    return Case(
        "l-sports",
        {
            "/": home,
            "/tydt/": column_page("tydt", "体育动态", site, SPORTS_NEWS, 1, 2),
            "/tzgg/": column_page("tzgg", "通知公告", site, NOTICES, 3, 9),
        },
        False,
    )


AD_NOTICE = (
    "县市场监管局关于严厉查处互联网违法彩票广告的通告",
    "典型案例：某传媒公司为“彩票平台”APP发布违法广告被罚",
    "警惕“时时彩”“北京赛车”“幸运飞艇”等非法彩票广告",
    "关于开展整治“壮阳药”“代孕”等违法广告专项行动的通知",
    "市场监管局查处一起销售假冒“伟哥”案",
    "2026年第一季度违法广告典型案例通报",
    "关于规范典当行（当铺）经营行为的提示",
    "关于打击制售假证、假发票的通告",
    "县市场监管局开展网络交易监测",
    "2026年第一季度食品安全抽检信息公告",
)


def market_notice() -> Case:
    """A 市场监管局: its announcement on illegal online lottery ads lists the illegal
    games and platforms by name, and its ad-enforcement news names the products."""
    notice = (
        '<div class="col"><div class="hd"><h3>重要通告</h3></div><div class="txt">'
        "<p>近期，部分网站、自媒体账号和APP违法发布“彩票网”“彩票平台”“网上投注”广告，"
        "以“时时彩”“分分彩”“北京赛车pk10”“幸运飞艇”“六合彩”等名义招揽投注，"
        "有的冒用“中国福利彩票”“中国体育彩票”名义。根据《广告法》《彩票管理条例》，"
        "未经国务院财政部门批准，任何单位和个人不得利用互联网销售彩票，不得为其发布广告。</p>"
        "<p>对发布上述广告的广告主、广告经营者、广告发布者，我局将依法从严查处；"
        "涉嫌犯罪的，移送公安机关。举报电话：12315。</p></div></div>"
    )
    body = (
        column("jgdt", "监管动态", AD_NOTICE, 1, 2)
        + notice
        + column("tzgg", "通知公告", NOTICES, 3, 9)
    )
    site = "青溪县市场监督管理局"
    home = big_portal(title=site, name=site, body=body)
    return Case(
        "l-market",
        {
            "/": home,
            "/jgdt/": column_page("jgdt", "监管动态", site, AD_NOTICE, 1, 2),
            "/tzgg/": column_page("tzgg", "通知公告", site, NOTICES, 3, 9),
        },
        False,
    )


SAOHEI = (
    "县扫黑除恶斗争领导小组召开常态化扫黑除恶工作会议",
    "关于公开征集黑恶势力“套路贷”“高利贷”违法犯罪线索的通告",
    "常态化扫黑除恶：依法打击非法放贷、暴力讨债",
    "警惕“校园贷”“裸贷”陷阱——致全县学生家长的一封信",
    "“信用卡套现”“网贷口子”背后的骗局",
    "我县召开防范和处置非法集资工作会议",
    "金融知识进万家：识别非法金融广告",
    "关于开展防范非法集资宣传月活动的通知",
)


def finance_office() -> Case:
    """A 政法委/金融办 site: 扫黑除恶 and 防范非法集资 news naming the loan-shark words."""
    site = "中共青溪县委政法委员会"
    body = column("shce", "扫黑除恶", SAOHEI, 1, 3) + column("tzgg", "通知公告", NOTICES, 3, 9)
    home = big_portal(title="青溪平安网_" + site, name=site, body=body)
    return Case(
        "l-saohei",
        {
            "/": home,
            "/shce/": column_page("shce", "扫黑除恶", site, SAOHEI, 1, 3),
            "/tzgg/": column_page("tzgg", "通知公告", site, NOTICES, 3, 9),
        },
        False,
    )


# --- Macau, Hong Kong, Inner Mongolia -------------------------------------------------------

MO_NEWS = (
    "二〇二六年二月份幸運博彩毛收入",
    "二〇二五年第四季博彩業統計：娛樂場賭枱數目為6,123張",
    "按博彩遊戲統計：貴賓百家樂毛收入佔百分之二十一",
    "二〇二五年第四季娛樂場角子機數目",
    "旅客入境統計：二〇二六年二月份",
    "二〇二六年一月份消費物價指數",
    "二〇二五年澳門博彩業調查結果",
    "二〇二五年第四季就業調查：博彩業就業人數",
    "二〇二六年一月份對外商品貿易統計",
    "二〇二五年本地生產總值",
)


def macau_statistics() -> Case:
    """Macau's statistics office (統計暨普查局, not a gaming regulator): its releases
    count casinos, gaming tables and slot machines, and revenue by game."""
    rows = "".join(
        f'<li><a href="/zh-MO/news/{ago(1 + 3 * n):%Y%m%d}/">{t}</a>'
        f"<span>{ago(1 + 3 * n):%Y-%m-%d}</span></li>"
        for n, t in enumerate(MO_NEWS)
    )
    table = (
        '<table class="stat"><caption>博彩業主要指標</caption><tr><th>指標</th><th>二〇二五年</th></tr>'
        "<tr><td>娛樂場數目</td><td>30</td></tr><tr><td>賭枱數目</td><td>6,123</td></tr>"
        "<tr><td>角子機數目</td><td>12,045</td></tr><tr><td>貴賓百家樂毛收入（百萬澳門元）</td><td>48,612</td></tr>"
        "<tr><td>中場百家樂毛收入（百萬澳門元）</td><td>132,507</td></tr>"
        "<tr><td>賭場員工人數</td><td>53,210</td></tr></table>"
        "<p>註：娛樂場包括設於酒店內之賭場及角子機娛樂場；澳門賭場之賭枱數目由博彩監察協調局核准。</p>"
    )
    nav = "".join(
        f'<li><a href="/zh-MO/{p}/">{t}</a></li>'
        for p, t in (
            ("statistic", "統計資料"),
            ("census", "普查"),
            ("news", "新聞稿"),
            ("release", "發佈時間表"),
            ("db", "數據庫"),
            ("about", "關於本局"),
        )
    )
    page = (
        '<!DOCTYPE html><html lang="zh-MO"><head><meta charset="utf-8"><title>統計暨普查局</title>'
        f"<style>{CSS}</style></head><body>"
        '<a class="skip-to-content" href="#content">跳至主要內容</a>'
        '<div class="header"><a href="/"><img src="/img/logo.svg" alt="統計暨普查局"></a>'
        '<a href="/pt-PT/">Português</a> <a href="/en-US/">English</a></div>'
        f'<div class="nav"><ul>{nav}</ul></div><div id="content">'
        f'<div class="news"><h3>新聞稿</h3><ul>{rows}</ul><a class="more" href="/zh-MO/news/">更多</a></div>'
        f'<div class="key">{table}</div></div>'
        '<div class="footer">友好網站：<a href="https://www.gov.mo/">澳門特別行政區政府入口網站</a> '
        '<a href="https://www.dicj.gov.mo/">博彩監察協調局</a> <a href="https://www.dsf.gov.mo/">財政局</a>'
        "<p>© 2026 統計暨普查局 版權所有</p></div></body></html>"
    )
    return Case("l-macau-dsec", {"/": page}, False, host=MO_HOST)


HK_NEWS = (
    "政府公布《2026年博彩稅（修訂）條例草案》",
    "民政及青年事務局局長出席香港賽馬會社區資助計劃啟動禮",
    "立法會：打擊非法足球博彩",
    "六合彩獎券：政府就攪珠安排回應傳媒查詢",
    "禁毒處呼籲青少年遠離毒品",
    "平和基金資助戒賭輔導服務",
    "青年發展委員會第十五次會議",
    "香港賽馬會籃球博彩規管框架諮詢",
)


def hong_kong() -> Case:
    """Hong Kong's policy bureau for betting (民政及青年事務局): 六合彩, 賽馬 and 足球博彩
    are legal there, run by the Jockey Club under licence."""
    rows = "".join(
        f'<li><a href="/tc/press/{ago(1 + 2 * n):%Y%m%d}.htm">{t}</a>'
        f"<span>{ago(1 + 2 * n):%Y年%m月%d日}</span></li>"
        for n, t in enumerate(HK_NEWS)
    )
    policy = (
        "<h3>博彩政策</h3><p>政府的博彩政策是不鼓勵賭博，但同時把賭博活動規範化。"
        "香港賽馬會獲發牌經營賽馬博彩、足球博彩及六合彩獎券；其他形式的賭博（包括網上賭場、"
        "百家樂等）在香港均屬違法。政府透過平和基金資助預防及治療問題賭博的服務。</p>"
    )
    page = (
        '<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8">'
        "<title>民政及青年事務局</title></head><body>"
        '<a href="#content" class="skip">跳至主要內容</a>'
        '<div id="menu"><ul><li><a href="/tc/about/">關於我們</a></li><li><a href="/tc/policy/">政策範疇</a></li>'
        '<li><a href="/tc/press/">新聞公報</a></li></ul></div>'
        f'<div id="content"><h3>新聞公報</h3><ul>{rows}</ul><a href="/tc/press/">更多</a>{policy}</div>'
        '<div class="footer"><a href="https://www.gov.hk/">GovHK香港政府一站通</a> '
        '<a href="https://www.hkjc.com/">香港賽馬會</a> '
        '<a href="https://www.ping-wo-fund.gov.hk/">平和基金</a><p>2026 ©</p></div></body></html>'
    )
    return Case("l-hk", {"/": page}, False, host=HK_HOST)


NADAM = (
    "第三十五届那达慕大会速度赛马比赛圆满落幕",
    "旗委书记调研那达慕大会筹备工作",
    "2026年“那达慕”赛马、摔跤、射箭比赛报名通知",
    "传统赛马节吸引游客3万人次",
    "我旗举办蒙古族传统赛马技艺培训",
    "旗人民政府召开常务会议",
    "草原赛马场改造工程开工",
)


def nadam() -> Case:
    """An Inner Mongolia banner (旗) whose news is full of 赛马 (horse races at 那达慕)."""
    site = "西乌珠穆沁旗人民政府"
    body = column("qndt", "旗内动态", NADAM, 1, 2) + column("tzgg", "通知公告", NOTICES, 3, 9)
    home = big_portal(title=site, name=site, body=body, mobile="m.xwuzhu.gov.cn")
    return Case(
        "l-nadam",
        {
            "/": home,
            "/qndt/": column_page("qndt", "旗内动态", site, NADAM, 1, 2),
            "/tzgg/": column_page("tzgg", "通知公告", site, NOTICES, 3, 9),
        },
        False,
        host=NM_HOST,
    )


# --- English ---------------------------------------------------------------------------

EN_CSS = (
    ".visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
    ".u-hidden{display:none!important}.mega{position:absolute;left:-9999px}"
    ".mega:focus-within,.has-mega:hover .mega{left:0}"
)


def council_page(title: str, main: str, host_name: str = "Millbrook District Council") -> str:
    mega = (
        '<nav class="primary"><ul><li class="has-mega"><a href="/health">Health and social care</a>'
        '<div class="mega"><a href="/health/adult-care">Adult social care</a>'
        '<a href="https://www.nhs.uk/">NHS website</a><a href="https://www.gamcare.org.uk/">GamCare</a>'
        "</div></li>"
        '<li class="has-mega"><a href="/community">Community safety</a>'
        '<div class="mega"><a href="/community/asb">Antisocial behaviour</a>'
        '<a href="https://www.police.uk/">Police.uk</a>'
        '<a href="https://www.crimestoppers-uk.org/">Crimestoppers</a></div></li></ul></nav>'
    )
    partners = (
        '<div class="partners u-hidden"><h2>Our partners</h2>'
        '<a href="https://www.nhs.uk/">NHS</a><a href="https://www.police.uk/">Police</a>'
        '<a href="https://www.citizensadvice.org.uk/">Citizens Advice</a>'
        '<a href="https://www.gamblingcommission.gov.uk/">Gambling Commission</a></div>'
    )
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{title} | {host_name}</title><style>{EN_CSS}</style>"
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script></head><body>'
        '<a class="skip-link" href="#main-content">Skip to main content</a>'
        f'<header><a href="/"><img src="/logo.svg" alt="{host_name}"></a>{mega}</header>'
        f'<main id="main-content">{main}</main>{partners}'
        '<footer><a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility statement</a>'
        '<a href="https://www.gov.uk/">GOV.UK</a><p>© Millbrook District Council</p></footer>'
        "<noscript><p>Some features of this site need JavaScript.</p></noscript></body></html>"
    )


def gambling_policy() -> Case:
    """An English council's licensing pages: the Gambling Act 2005 Statement of
    Principles (casinos, betting shops, adult gaming centres) and news."""
    news = "".join(
        f'<li><a href="/news/{n}">{t}</a> <time datetime="{ago(d)}">{ago(d):%d %B %Y}</time></li>'
        for n, (t, d) in enumerate(
            (
                ("Council adopts revised Statement of Gambling Principles", 2),
                ("New casino premises licence application: public notice", 5),
                ("Consultation on betting shop clustering on the High Street", 9),
                ("Slot machine permits for pubs: what changes in April", 12),
                ("Warning about unlicensed online casino adverts", 16),
            )
        )
    )
    principles = "".join(
        f"<h3>{h}</h3><p>{p}</p>"
        for h, p in (
            (
                "Casinos",
                "The council has not passed a no-casino resolution. A casino premises licence "
                "allows casino games such as roulette, blackjack, poker and baccarat, and gaming "
                "machines including slot machines of categories B to D.",
            ),
            (
                "Betting premises",
                "Betting shops offer sports betting on horse racing, football and other events, "
                "and may provide up to four gaming machines. Online betting is regulated by the "
                "Gambling Commission, not by the council.",
            ),
            (
                "Adult gaming centres and family entertainment centres",
                "Adult gaming centres offer slot machines of category B3 and below. Applicants "
                "must show how children are kept out.",
            ),
            (
                "Poker and bingo in clubs",
                "Members' clubs may hold poker nights and bingo under a club gaming permit.",
            ),
        )
    )
    main = (
        f'<h1>Gambling licensing</h1><section class="news"><h2>Licensing news</h2><ul>{news}</ul></section>'
        f"<section><h2>Statement of Gambling Principles 2025-2028</h2>{principles}</section>"
    )
    return Case(
        "l-en-gambling",
        {"/": council_page("Gambling licensing", main)},
        False,
        host=f"l-en-gambling.{EN_DOMAIN}",
    )


def gambling_harm() -> Case:
    """A council's gambling-harm support page: the kinds of gambling named, the
    operators' own self-exclusion tools, helplines."""
    news = "".join(
        f'<li><a href="/news/h{n}">{t}</a> <time datetime="{ago(d)}">{ago(d):%d %B %Y}</time></li>'
        for n, (t, d) in enumerate(
            (
                ("Free gambling harm training for frontline staff", 3),
                ("Safer Gambling Week: support in Millbrook libraries", 10),
                ("Council joins GAMSTOP campaign", 20),
            )
        )
    )
    main = (
        "<h1>Gambling harm: get help</h1>"
        "<p>Gambling can become a problem for anyone. Online casino games, online slots, sports "
        "betting apps, scratchcards and online poker are available around the clock.</p>"
        "<p>If you use bet365, Sky Bet, Paddy Power or any other licensed operator, you can set "
        "deposit limits or take a break. Casino sites must offer GAMSTOP.</p>"
        f'<section class="news"><h2>News</h2><ul>{news}</ul></section>'
        "<p>Call the National Gambling Helpline free on 0808 8020 133.</p>"
    )
    return Case(
        "l-en-harm",
        {"/": council_page("Gambling harm support", main)},
        False,
        host=f"l-en-harm.{EN_DOMAIN}",
    )


def state_lottery() -> Case:
    """A US state lottery commission's homepage (an authority: its title names it)."""
    news = "".join(
        f'<li><a href="/news/{n}">{t}</a> <span>{ago(d):%B %d, %Y}</span></li>'
        for n, (t, d) in enumerate(
            (
                ("Powerball jackpot winner claims $1.2 million prize in Columbus", 1),
                ("Lottery Commission approves new sports gaming rules", 4),
                ("Responsible gambling: Ohio for Responsible Gambling grants", 8),
                ("Keno and instant tickets: record fiscal year for education", 15),
            )
        )
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Ohio Lottery Commission | Official Site</title></head><body>"
        '<a class="sr-only sr-only-focusable" href="#main">Skip to main content</a>'
        '<main id="main"><h1>Ohio Lottery</h1><p>Play Powerball, Mega Millions, Keno, instant games '
        "and EZPLAY. Sports gaming is regulated by the Casino Control Commission. Online casino "
        "and online poker are not legal in Ohio.</p>"
        f"<section><h2>News</h2><ul>{news}</ul></section></main>"
        '<footer><a href="https://ohio.gov/">Ohio.gov</a> <a href="https://www.beforeyoubet.org/">Before You Bet</a>'
        "<p>Problem gambling helpline: 1-800-589-9966</p></footer></body></html>"
    )
    return Case("l-us-lottery", {"/": page}, False, host=US_HOST)


# --- honest hidden markup, redirects -----------------------------------------------------------

ORDINARY = (
    "县委常委会召开扩大会议传达学习全国两会精神",
    "县政府召开第四十六次常务会议",
    "全县春季农业生产暨高标准农田建设现场会召开",
    "县领导督导检查安全生产和森林防火工作",
    "我县开展“学雷锋志愿服务月”系列活动",
    "县人大常委会调研优化营商环境工作",
    "全县重点项目集中开工仪式举行",
    "县政协召开十届五次会议",
    "县长主持召开防汛防台工作部署会",
    "我县举办2026年春风行动招聘会",
)


def navigation_portal() -> Case:
    """A county's 部门网站 navigation homepage: hundreds of links to the departments'
    and townships' own sites (many registrable domains under gov.cn), plus media."""
    depts = "".join(
        f'<li><a href="http://www.qx{n:03d}.gov.cn/" target="_blank">青溪县第{n}部门</a></li>'
        for n in range(1, 181)
    )
    towns = "".join(
        f'<li><a href="http://{t}.qingxi.gov.cn/" target="_blank">{t}镇</a></li>'
        for t in ("dongcheng", "xicheng", "nanshan", "beiling", "hekou", "shiqiao", "longquan")
    )
    media = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in CN_MEDIA_FRIENDS)
    body = (
        column("ywdt", "要闻动态", ORDINARY, 1, 2)
        + f'<div class="col"><div class="hd"><h3>部门网站</h3></div><ul class="links">{depts}</ul></div>'
        + f'<div class="col"><div class="hd"><h3>乡镇网站</h3></div><ul class="links">{towns}</ul></div>'
        + f'<div class="col"><div class="hd"><h3>媒体网站</h3></div><ul class="links">{media}</ul></div>'
    )
    site = "青溪县人民政府"
    return Case(
        "l-navigation",
        {
            "/": big_portal(title=site, name=site, body=body),
            "/ywdt/": column_page("ywdt", "要闻动态", site, ORDINARY, 1, 2),
        },
        False,
    )


def hidden_markup() -> Case:
    """A homepage full of honest hidden markup: an off-screen mega menu of other
    government sites, a collapsed drop-down of media links under a plain <div>, a
    hidden 二维码 box, a carousel whose hidden slides link to the site, and a
    <noscript> fallback for the statistics."""
    offscreen = (
        '<div class="jgsz" style="position:absolute;left:-9999px;top:0" id="jgsz">'
        "<h4>机构设置</h4>"
        + "".join(
            f'<a href="http://www.{p}.qingxi.gov.cn/">{t}</a>'
            for p, t in (("fgj", "发改局"), ("jyj", "教育局"), ("gaj", "公安局"), ("czj", "财政局"))
        )
        + "</div>"
    )
    media_box = (
        '<div class="mtbox"><a href="javascript:;" onclick="$(\'#mtlist\').slideToggle()">媒体链接</a>'
        '<div id="mtlist" style="display:none">'
        + "".join(f'<a href="{u}" target="_blank">{t}</a>' for t, u in CN_MEDIA_FRIENDS)
        + "</div></div>"
    )
    ns_stats = (
        '<noscript><a href="https://www.51.la/?21234567" target="_blank">'
        '<img alt="51.La 网站流量统计系统" src="https://img.users.51.la/21234567.asp"/></a>'
        '<img src="https://hm.baidu.com/hm.gif?si=3c1e0a0e8d6a8b9f" width="0" height="0"/></noscript>'
    )
    body = (
        column("ywdt", "要闻动态", ORDINARY, 1, 2)
        + column("tzgg", "通知公告", NOTICES, 3, 9)
        + offscreen
        + media_box
    )
    site = "青溪县人民政府"
    home = big_portal(title=site, name=site, body=body, footer_extra=ns_stats)
    return Case(
        "l-hidden",
        {
            "/": home,
            "/ywdt/": column_page("ywdt", "要闻动态", site, ORDINARY, 1, 2),
            "/tzgg/": column_page("tzgg", "通知公告", site, NOTICES, 3, 9),
        },
        False,
    )


def to_city_portal() -> Case:
    """A township site merged into the county portal (集约化): its homepage answers 302
    to a column on the county's host, another registrable domain under gov.cn."""
    site = "青溪县人民政府"
    home = big_portal(title=site, name=site, body=column("ywdt", "要闻动态", ORDINARY, 1, 2))
    return Case(
        "l-to-portal",
        {},
        False,
        redirects={"/": "http://www.qingxixian.gov.cn/col/col1229462/index.html"},
        others={
            "www.qingxixian.gov.cn": {
                "/col/col1229462/index.html": home,
                "/ywdt/": column_page("ywdt", "要闻动态", site, ORDINARY, 1, 2),
            }
        },
        host="www.shiqiao-town.gov.cn",
    )


def to_platform_by_script() -> Case:
    """A department site moved to the provincial platform: its old homepage is a
    script redirect with a line of text (location.replace)."""
    stub = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>青溪县教育局</title>'
        '<script>window.location.replace("https://www.lishui.gov.cn/col/col1229500/index.html");</script>'
        '</head><body><p>网站已迁移，正在跳转到 <a href="https://www.lishui.gov.cn/col/col1229500/index.html">'
        "新网址</a>……</p></body></html>"
    )
    site = "丽水市人民政府"
    target = big_portal(title=site, name=site, body=column("ywdt", "要闻动态", ORDINARY, 1, 2))
    return Case(
        "l-to-platform",
        {"/": stub},
        False,
        host="www.qxjyj.gov.cn",
        others={"www.lishui.gov.cn": {"/col/col1229500/index.html": target}},
        note="zombie (the old site is closed, moved to the platform), never hijacked",
    )


BUILDERS: tuple[Callable[[], Case], ...] = (
    police,
    gambling_special,
    court,
    sports_bureau,
    market_notice,
    finance_office,
    macau_statistics,
    hong_kong,
    nadam,
    gambling_policy,
    gambling_harm,
    state_lottery,
    navigation_portal,
    hidden_markup,
    to_city_portal,
    to_platform_by_script,
)
