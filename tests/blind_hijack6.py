"""Blind hijack set, round 6: hacked sites of kinds earlier rounds may not cover, and
clean sites that look suspicious. Written from how such sites and such hacks look in
the wild, before any scan; the truth below was fixed before the crawler ran on them.

English: the Japanese keyword hack (WordPress), the pharma hack (off-screen and
<noscript> anchors), an online-casino link block appended to a footer, a cloaked
homepage (spam for search engines only: the farm serves the clean page to everyone,
so the truth is healthy, and a scan cannot see it), SEO spam in <title> and meta
keywords only.  Chinese: TDK replaced by 博彩 words, a display:none block of 50 links
to 彩票/六合彩 sites, a document.write of an unescape()-encoded link block, a Baidu
referrer redirect, a hijacked 404 page behind a column link, a meta-refresh redirect
to a porn domain, a 游戏 SEO title.  Clean traps: a lottery centre's news, an
anti-gambling article, a pharmacy board's counterfeit-drug alerts, Macao's tourism
office (casinos, 威尼斯人), a news report about a hacked site.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TODAY = NOW.date()

HIJACK_CODES = ("spam_content", "hidden_links", "offsite_redirect", "cloaking")
ZOMBIE_CODES = ("placeholder_page", "default_server_page", "parked_domain")


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@dataclass
class Page:
    body: str | bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Column:
    name: str
    type: str            # news / notice / policy / personnel / ...
    path: str            # the column's own list page
    items: list[tuple[str, dt.date]]

    @property
    def newest(self) -> dt.date | None:
        return max((d for _, d in self.items), default=None)


@dataclass
class Truth:
    status: str                       # at depth full
    status_home: str                  # at depth home
    must: tuple[str, ...] = ()        # finding codes that must appear (full)
    must_home: tuple[str, ...] = ()   # ... at depth home
    must_not: tuple[str, ...] = ()    # finding codes that must not appear (both depths)
    any_of: tuple[str, ...] = ()      # at least one of these must appear (both depths)
    note: str = ""


@dataclass
class BlindSite:
    key: str
    host: str
    name: str
    pages: dict[str, Page]
    truth: Truth
    columns: list[Column] = field(default_factory=list)
    homepage_newest: dt.date | None = None
    extra_hosts: dict[str, dict[str, Page]] = field(default_factory=dict)


# --------------------------------------------------------------------------- shared

def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _art(col_path: str, d: dt.date, n: int) -> str:
    return f"{col_path}{d.strftime('%Y%m')}/t{d.strftime('%Y%m%d')}_{n}.html"


_ZH_CSS = """
*{margin:0;padding:0}body{font:14px/1.6 "Microsoft YaHei",SimSun,Arial;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}
.w1200{width:1200px;margin:0 auto}.top-bar{height:36px;line-height:36px;background:#eef2f7;font-size:12px}
.top-bar .fl{float:left}.top-bar .fr{float:right}.header{height:160px;background:url(/images/top_bg.jpg) no-repeat center}
.logo{padding-top:40px}.search{float:right;margin-top:60px}.search input{width:240px;height:32px;border:1px solid #cbd5e1}
.nav{background:#0b5cab;height:48px}.nav>ul>li{float:left;position:relative}.nav>ul>li>a{display:block;padding:0 26px;line-height:48px;color:#fff;font-size:16px}
.nav .sub{display:none;position:absolute;top:48px;left:0;width:180px;background:#fff;z-index:99;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.nav li:hover .sub{display:block}.nav .sub a{display:block;padding:0 14px;line-height:34px}
.banner{height:120px;margin:10px auto;background:#c00}.box{background:#fff;margin-bottom:12px;padding:10px 16px}
.box-hd{border-bottom:2px solid #0b5cab;height:38px;line-height:38px}.box-hd h3{float:left;font-size:17px;color:#0b5cab}
.box-hd .more{float:right;font-size:12px;color:#999}.list li{height:34px;line-height:34px;border-bottom:1px dashed #e5e5e5;overflow:hidden}
.list li a{float:left;width:80%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.list li span{float:right;color:#999}
.tabs .tab-hd li{float:left;padding:0 18px;cursor:pointer}.tabs .tab-hd li.on{background:#0b5cab;color:#fff}
.tabs .tab-bd>div{display:none}.tabs .tab-bd>div.on{display:block}.slider{width:560px;height:360px;float:left;overflow:hidden;position:relative}
.slider .title{position:absolute;bottom:0;left:0;width:100%;background:rgba(0,0,0,.5);color:#fff;padding:0 12px}
.service li{float:left;width:12.5%;text-align:center;padding:14px 0}.service img{width:48px;height:48px}
.footer{background:#0b5cab;color:#dbe7f5;padding:24px 0;font-size:12px;text-align:center;line-height:26px}.footer a{color:#dbe7f5}
.links select{width:220px;height:30px;margin-right:10px}.clearfix:after{content:"";display:block;clear:both}
.zt li{float:left;width:290px;margin:0 5px}.zt img{width:290px;height:70px}.crumb{padding:10px 0;color:#666}
.article h1{font-size:26px;text-align:center;padding:20px 0}.article .info{text-align:center;color:#888;border-bottom:1px solid #ddd;padding-bottom:10px}
.article .content p{text-indent:2em;margin:12px 0;font-size:16px;line-height:2}.pager{text-align:center;padding:20px 0}
.pager a,.pager span{display:inline-block;padding:2px 10px;border:1px solid #ddd;margin:0 2px}
"""

_ZH_TOP_JS = """<script type="text/javascript">
function showTime(){var d=new Date();var w=["日","一","二","三","四","五","六"];
document.getElementById("today").innerHTML="今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];}
function setTab(n,i,c){for(var k=1;k<=c;k++){var h=document.getElementById(n+k);var b=document.getElementById("con_"+n+"_"+k);
if(!h||!b)continue;h.className=(k==i)?"on":"";b.className=(k==i)?"on":"";}}
function addFavorite(){try{window.external.addFavorite(location.href,document.title);}catch(e){alert("请使用Ctrl+D收藏本站");}}
</script>"""

_ZH_STATS = """<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3c8e0a2f1d6b7e9a4c5d2f1e0b9a8c7d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>"""

_ZH_SLIDER_JS = """<script type="text/javascript">
(function(){var idx=0,box=document.getElementById("slider"),imgs=box?box.getElementsByTagName("li"):[];
function go(n){for(var i=0;i<imgs.length;i++){imgs[i].style.display=(i==n)?"block":"none";}}
if(imgs.length){go(0);setInterval(function(){idx=(idx+1)%imgs.length;go(idx);},4000);}})();
</script>"""

_ZH_MENU = [
    ("首页", "/", []),
    ("机构概况", "/jggk/", ["单位简介", "领导之窗", "内设机构", "下属单位", "联系方式"]),
    ("新闻动态", "/xwdt/", ["工作动态", "通知公告", "媒体报道", "图片新闻", "视频新闻"]),
    ("政务公开", "/zwgk/", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开",
                       "政策文件", "政策解读", "规划计划", "财政预决算", "人事信息", "建议提案办理", "统计信息"]),
    ("政务服务", "/zwfw/", ["办事指南", "表格下载", "在线办理", "办件公示", "收费目录清单"]),
    ("互动交流", "/hdjl/", ["局长信箱", "在线咨询", "网上调查", "征集调查", "常见问题"]),
    ("专题专栏", "/ztzl/", ["优化营商环境", "安全生产", "乡村振兴", "法治政府建设", "学习贯彻党的二十届四中全会精神"]),
]

_ZH_SERVICES = ["个人办事", "法人办事", "部门服务", "主题服务", "便民查询", "表格下载", "网上办理", "投诉举报",
                "政策问答", "办事进度", "预约服务", "证照查询", "公积金查询", "社保查询", "不动产登记", "企业开办"]

_ZH_FRIENDS = [("中国政府网", "https://www.gov.cn/"), ("国家发展和改革委员会", "https://www.ndrc.gov.cn/"),
               ("清源市人民政府", "http://www.qingyuan-demo.gov.cn/"), ("清河县人民政府", "http://www.qinghe-demo.gov.cn/"),
               ("中国政府网 国务院部门网站", "https://www.gov.cn/home/2023-03/29/content_5748954.htm")]


def _zh_menu() -> str:
    out = ['<div class="nav"><ul class="w1200 clearfix">']
    for i, (name, href, subs) in enumerate(_ZH_MENU):
        out.append(f'<li><a href="{href}">{name}</a>')
        if subs:
            out.append('<div class="sub">')
            for j, s in enumerate(subs):
                out.append(f'<a href="{href}{chr(97 + j)}{i}/">{s}</a>')
            out.append("</div>")
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


def _zh_box(col: Column, show: int = 8, box_id: str = "") -> str:
    lis = "\n".join(
        f'<li><a href="{_art(col.path, d, 9100 + i)}" title="{t}" target="_blank">{t}</a><span>{_ymd(d)}</span></li>'
        for i, (t, d) in enumerate(col.items[:show])
    )
    return (f'<div class="box"{box_id}><div class="box-hd clearfix"><h3>{col.name}</h3>'
            f'<a class="more" href="{col.path}">更多&gt;&gt;</a></div>\n<ul class="list">\n{lis}\n</ul></div>')


def _zh_services() -> str:
    lis = "".join(f'<li><a href="/zwfw/{i}/"><img src="/images/fw_{i:02d}.png" alt="{s}"><p>{s}</p></a></li>'
                  for i, s in enumerate(_ZH_SERVICES))
    return f'<div class="box service"><div class="box-hd clearfix"><h3>政务服务</h3></div><ul class="clearfix">{lis}</ul></div>'


def _zh_zt() -> str:
    names = _ZH_MENU[6][2]
    lis = "".join(f'<li><a href="/ztzl/zt{i}/"><img src="/images/zt{i}.jpg" alt="{n}"></a></li>' for i, n in enumerate(names))
    return f'<div class="box zt"><div class="box-hd clearfix"><h3>专题专栏</h3><a class="more" href="/ztzl/">更多&gt;&gt;</a></div><ul class="clearfix">{lis}</ul></div>'


def _zh_friends() -> str:
    opts = "".join(f'<option value="{u}">{n}</option>' for n, u in _ZH_FRIENDS)
    return ('<div class="box links"><span>友情链接：</span>'
            f'<select onchange="if(this.value)window.open(this.value)"><option value="">---- 政府网站 ----</option>{opts}</select>'
            '<select onchange="if(this.value)window.open(this.value)"><option value="">---- 县直部门 ----</option>'
            '<option value="http://jyj.qinghe-demo.gov.cn/">县教育局</option><option value="http://wjj.qinghe-demo.gov.cn/">县卫生健康局</option>'
            '<option value="http://zrzy.qinghe-demo.gov.cn/">县自然资源局</option></select></div>')


_ZH_TOWNS = ["城关镇", "石桥镇", "龙门镇", "清溪镇", "白沙镇", "东岭乡", "西山乡", "南埔镇", "北溪镇", "桃源乡", "长坑乡", "湖头镇",
             "官桥镇", "剑斗镇", "蓬壶镇", "金谷镇", "大坪乡", "祥华乡", "感德镇", "芦田镇"]
_ZH_DEPTS = ["县发展和改革局", "县教育局", "县科学技术局", "县工业和信息化局", "县公安局", "县民政局", "县司法局", "县财政局",
             "县人力资源和社会保障局", "县自然资源局", "县生态环境局", "县住房和城乡建设局", "县交通运输局", "县水利局", "县农业农村局",
             "县商务局", "县文化和旅游局", "县卫生健康局", "县退役军人事务局", "县应急管理局", "县审计局", "县市场监督管理局",
             "县统计局", "县医疗保障局", "县林业局", "县信访局", "县数据管理局", "县机关事务服务中心"]


def _zh_directory() -> str:
    """The bottom directory most county portals carry: 政府信息公开目录 by department and by township."""
    rows = []
    for i, d in enumerate(_ZH_DEPTS):
        rows.append(f'<li><a href="/zwgk/bmxxgk/{i:02d}/" title="{d}信息公开">{d}</a>'
                    f'<a href="/zwgk/bmxxgk/{i:02d}/zn/">指南</a><a href="/zwgk/bmxxgk/{i:02d}/ml/">目录</a><a href="/zwgk/bmxxgk/{i:02d}/nb/">年报</a></li>')
    towns = "".join(f'<li><a href="/zwgk/xzxxgk/{i:02d}/">{t}</a><a href="/zwgk/xzxxgk/{i:02d}/cwgk/">村务公开</a></li>'
                    for i, t in enumerate(_ZH_TOWNS))
    return ('<div class="box directory"><div class="box-hd clearfix"><h3>政府信息公开目录</h3></div>'
            '<div class="dir-tab"><h4>部门信息公开</h4><ul class="clearfix">' + "".join(rows) + '</ul>'
            '<h4>乡镇信息公开</h4><ul class="clearfix">' + towns + '</ul></div></div>')


def _zh_footer(name: str, sitecode: str, icp: str, police: str, extra: str = "") -> str:
    return f"""<div class="footer"><div class="w1200">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/mzsm/">免责声明</a></p>
<p>主办单位：{name}　地址：清河县政务服务中心东楼　邮编：362300　电话：0595-8612{sitecode[-4:]}</p>
<p>版权所有 © 2013-2026 {name}　网站标识码：{sitecode}</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　<img src="/images/ga.png" alt=""><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={police}" target="_blank">闽公网安备 {police}号</a></p>
<p>建议使用1280×800以上分辨率，IE10以上版本浏览器浏览</p>
<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0F2A{sitecode[-4:]}" target="_blank"><img src="/images/red.png" alt="党政机关"></a></span>
<script id="_jiucuo_" sitecode="{sitecode}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
{extra}
</div></div>"""


def zh_portal(name: str, cols: list[Column], *, title: str | None = None, keywords: str | None = None,
              description: str | None = None, head_extra: str = "", body_top: str = "",
              body_bottom: str = "", footer_extra: str = "", sitecode: str = "3505240001",
              icp: str = "闽ICP备12003456号-1", police: str = "35052402000123",
              slider_titles: list[str] | None = None) -> str:
    title = title if title is not None else name
    keywords = keywords if keywords is not None else f"{name},政务公开,政务服务,通知公告,工作动态"
    description = description if description is not None else f"{name}门户网站，发布本单位工作动态、通知公告、政策文件和办事服务信息。"
    news = cols[0]
    slider_titles = slider_titles or [t for t, _ in news.items[:4]]
    slides = "".join(f'<li><a href="{_art(news.path, news.items[i][1], 8800 + i)}"><img src="/images/slide{i}.jpg" alt="{t}"></a>'
                     f'<p class="title">{t}</p></li>' for i, t in enumerate(slider_titles))
    tab_hd = "".join(f'<li id="tab{k + 1}" class="{"on" if k == 0 else ""}" onmouseover="setTab(\'tab\',{k + 1},{len(cols) - 1})">'
                     f'<a href="{c.path}">{c.name}</a></li>' for k, c in enumerate(cols[1:]))
    tab_bd = "".join(
        f'<div id="con_tab_{k + 1}" class="{"on" if k == 0 else ""}"><ul class="list">'
        + "".join(f'<li><a href="{_art(c.path, d, 9300 + i)}" target="_blank">{t}</a><span>{_ymd(d)}</span></li>'
                  for i, (t, d) in enumerate(c.items[:7]))
        + f'</ul><a class="more" href="{c.path}">更多&gt;&gt;</a></div>'
        for k, c in enumerate(cols[1:]))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{name}">
<meta name="SiteDomain" content="www.example.gov.cn">
<meta name="SiteIDCode" content="{sitecode}">
<title>{title}</title>
<meta name="keywords" content="{keywords}">
<meta name="description" content="{description}">
{head_extra}
<link rel="stylesheet" href="/css/common.css">
<style>{_ZH_CSS}</style>
<script src="/js/jquery-1.12.4.min.js"></script>
{_ZH_TOP_JS}
</head>
<body onload="showTime()">
{body_top}
<div class="top-bar"><div class="w1200 clearfix"><div class="fl"><span id="today"></span>　欢迎访问{name}！</div>
<div class="fr"><a href="javascript:void(0)" onclick="addFavorite()">加入收藏</a> | <a href="/wza/" id="wza">无障碍浏览</a> | <a href="/m/">手机版</a> | <a href="/en/">English</a></div></div></div>
<div class="header w1200"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{name}"></a></div>
<div class="search"><form action="/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
{_zh_menu()}
<div class="w1200">
<div class="banner"><a href="/ztzl/zt4/"><img src="/images/banner_2026.jpg" alt="学习贯彻党的二十届四中全会精神"></a></div>
<div class="clearfix">
<div class="slider" id="slider"><ul>{slides}</ul></div>
<div style="float:right;width:620px">{_zh_box(news)}</div>
</div>
<div class="box tabs"><ul class="tab-hd clearfix">{tab_hd}</ul><div class="tab-bd">{tab_bd}</div></div>
{_zh_services()}
{_zh_zt()}
<div class="box"><div class="box-hd clearfix"><h3>互动交流</h3></div>
<ul class="clearfix"><li><a href="/hdjl/a4/">局长信箱</a></li><li><a href="/hdjl/b4/">在线咨询</a></li><li><a href="/hdjl/c4/">网上调查</a></li><li><a href="/hdjl/e4/">常见问题</a></li></ul></div>
{_zh_directory()}
{_zh_friends()}
{body_bottom}
</div>
{_zh_footer(name, sitecode, icp, police, footer_extra)}
{_ZH_SLIDER_JS}
{_ZH_STATS}
</body>
</html>"""


def zh_list_page(name: str, col: Column, extra_body: str = "") -> str:
    lis = "\n".join(f'<li><a href="{_art(col.path, d, 9100 + i)}" target="_blank">{t}</a><span>{_ymd(d)}</span></li>'
                    for i, (t, d) in enumerate(col.items))
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{col.name}-{name}</title>
<style>{_ZH_CSS}</style></head><body>
<div class="header w1200"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{name}"></a></div></div>
{_zh_menu()}
<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{col.path}">{col.name}</a></div>
<div class="box"><div class="box-hd clearfix"><h3>{col.name}</h3></div>
<ul class="list">
{lis}
</ul>
<div class="pager"><span>共{len(col.items) * 4}条</span> <span>首页</span> <span>上一页</span> <a href="{col.path}index_1.html">下一页</a> <a href="{col.path}index_3.html">尾页</a> <span>第1页/共4页</span></div>
</div>{extra_body}</div>
{_zh_footer(name, "3505240001", "闽ICP备12003456号-1", "35052402000123")}
</body></html>"""


_ZH_NEWS_POOL = [
    "我局召开2026年第四季度安全生产工作会议", "县领导带队开展冬季安全生产大检查", "我局组织开展“宪法宣传周”系列活动",
    "全县秋冬季重点工作推进会召开", "我局深入基层开展调查研究", "我局召开党组理论学习中心组（扩大）学习会",
    "我局开展消防安全应急疏散演练", "我局举办业务骨干能力提升培训班", "县人大代表视察我局重点项目建设",
    "我局扎实推进营商环境优化提升行动", "我局开展“我为群众办实事”实践活动", "我局召开年度目标责任考核工作部署会",
    "市局调研组来我县调研指导工作", "我局开展廉政警示教育活动", "我局召开意识形态工作专题会议",
    "全县行业系统业务培训会举行", "我局组织干部职工参加义务献血", "我局开展防范非法集资宣传月活动",
]
_ZH_NOTICE_POOL = [
    "关于2026年度部门预算公开的公告", "关于开展2026年度行政执法案卷评查的通知", "关于征求《清河县行业发展规划（征求意见稿）》意见的公告",
    "关于公布2026年第三季度“双随机一公开”抽查结果的通告", "关于调整办公地址的公告", "关于做好2027年元旦春节期间有关工作的通知",
    "关于公开招聘编外工作人员的公告", "关于2026年度政府信息公开工作年度报告的公告", "关于开展行风建设满意度调查的通知",
    "关于公示2026年度拟表彰先进集体和个人的通告",
]
_ZH_POLICY_POOL = [
    "清河县关于进一步优化营商环境的若干措施", "关于印发《清河县2026年度重点工作任务分解方案》的通知", "清河县行政执法公示办法（试行）",
    "关于印发《清河县突发事件应急预案》的通知", "关于加强行政规范性文件管理的通知", "清河县“十五五”行业发展规划",
    "关于印发《清河县政务公开工作要点》的通知", "关于进一步做好惠企政策兑现工作的通知",
]


def zh_std_cols(rng: random.Random, news_titles: list[str] | None = None) -> list[Column]:
    news_t = news_titles or rng.sample(_ZH_NEWS_POOL, 12)
    news = Column("工作动态", "news", "/xwdt/gzdt/", [(t, ago(d)) for t, d in zip(news_t, [1, 3, 5, 8, 12, 15, 19, 24, 30, 36, 41, 47], strict=False)])
    notice = Column("通知公告", "notice", "/xwdt/tzgg/",
                    [(t, ago(d)) for t, d in zip(rng.sample(_ZH_NOTICE_POOL, 10), [6, 14, 25, 40, 58, 77, 96, 120, 150, 171], strict=False)])
    policy = Column("政策文件", "policy", "/zwgk/zcwj/",
                    [(t, ago(d)) for t, d in zip(rng.sample(_ZH_POLICY_POOL, 8), [20, 45, 70, 99, 130, 160, 200, 260], strict=False)])
    return [news, notice, policy]


def zh_pages(name: str, cols: list[Column], home: str) -> dict[str, Page]:
    pages = {"/": Page(home)}
    for c in cols:
        pages[c.path] = Page(zh_list_page(name, c))
    pages["/robots.txt"] = Page("User-agent: *\nDisallow: /admin/\n", content_type="text/plain")
    return pages


# ---- English chrome: a WordPress theme (Astra-like) and a CivicPlus-like portal

_EN_CSS = """
body{margin:0;font-family:"Source Sans Pro",Helvetica,Arial,sans-serif;color:#222;line-height:1.55}
a{color:#0a58a5}.skip-link{position:absolute;left:-9999px;top:auto;width:1px;height:1px;overflow:hidden}
.skip-link:focus{left:10px;top:10px;width:auto;height:auto;background:#fff;padding:8px;z-index:1000}
.site-header{background:#123b5d;color:#fff}.site-header .inner{max-width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;padding:14px 20px}
.main-navigation ul{list-style:none;margin:0;padding:0;display:flex}.main-navigation li{position:relative}
.main-navigation a{color:#fff;padding:14px 16px;display:block;text-decoration:none;font-weight:600}
.main-navigation .sub-menu{display:none;position:absolute;top:100%;left:0;background:#fff;min-width:240px;box-shadow:0 4px 12px rgba(0,0,0,.15);z-index:20}
.main-navigation li:hover>.sub-menu{display:block}.main-navigation .sub-menu a{color:#123b5d;font-weight:400;padding:8px 16px}
.hero{background:#e9f1f8;padding:40px 20px}.hero h1{max-width:1200px;margin:0 auto;font-size:34px}
.container{max-width:1200px;margin:0 auto;padding:24px 20px;display:grid;grid-template-columns:2fr 1fr;gap:32px}
.news-list{list-style:none;padding:0}.news-list li{border-bottom:1px solid #e3e3e3;padding:12px 0}
.news-list time{display:block;color:#666;font-size:14px}.widget{background:#f6f7f9;padding:16px;margin-bottom:20px}
.widget h2{font-size:18px;margin-top:0}.quick-links{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;max-width:1200px;margin:0 auto;padding:0 20px}
.quick-links a{display:block;background:#123b5d;color:#fff;padding:18px;text-align:center;text-decoration:none;border-radius:4px}
.site-footer{background:#0d2a42;color:#cfd8e3;padding:32px 20px;font-size:14px}.site-footer a{color:#fff}
.site-footer .cols{max-width:1200px;margin:0 auto;display:grid;grid-template-columns:repeat(4,1fr);gap:24px}
.alert-bar{background:#ffd24d;padding:8px 20px;text-align:center}.cookie-notice{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:12px;display:none}
.pagination a,.pagination span{display:inline-block;padding:4px 10px;border:1px solid #ccc;margin-right:4px}
"""

_EN_WP_HEAD = """<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{name} &raquo; Feed" href="/feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}}}};
</script>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<link rel="canonical" href="/" /><link rel='shortlink' href='/' />
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9X1PL"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-7QK2M9X1PL');</script>"""

_EN_MENU = [
    ("Government", "/government/", ["Mayor &amp; Council", "Agendas &amp; Minutes", "Boards &amp; Commissions", "Departments",
                                     "Town Clerk", "Budget &amp; Finance", "Elections", "Public Records Request"]),
    ("Residents", "/residents/", ["Trash &amp; Recycling", "Water &amp; Sewer", "Parks &amp; Trails", "Library",
                                   "Public Safety", "Snow Removal", "Pay a Bill", "Report a Concern"]),
    ("Business", "/business/", ["Permits &amp; Licensing", "Planning &amp; Zoning", "Bids &amp; RFPs", "Economic Development"]),
    ("Visitors", "/visitors/", ["Events Calendar", "Things to Do", "Parking", "History"]),
    ("How Do I...", "/how-do-i/", ["Apply for a Permit", "Contact Staff", "Find a Form", "Sign Up for Alerts", "Request a Job"]),
]


def _en_menu() -> str:
    out = ['<nav id="site-navigation" class="main-navigation" aria-label="Primary"><ul id="primary-menu" class="menu">',
           '<li class="menu-item"><a href="/">Home</a></li>']
    for name, href, subs in _EN_MENU:
        out.append(f'<li class="menu-item menu-item-has-children"><a href="{href}">{name}</a><ul class="sub-menu">')
        for s in subs:
            slug = s.lower().replace("&amp;", "and").replace(" ", "-").replace(".", "")
            out.append(f'<li class="menu-item"><a href="{href}{slug}/">{s}</a></li>')
        out.append("</ul></li>")
    out.append("</ul></nav>")
    return "\n".join(out)


def _en_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def _en_post_url(d: dt.date, slug: str) -> str:
    return f"/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/"


def _slug(t: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-")[:60]


def en_news_list(col: Column, show: int = 8) -> str:
    lis = "\n".join(f'<li><a href="{_en_post_url(d, _slug(t))}">{t}</a><time datetime="{d.isoformat()}T09:00:00-05:00">{_en_date(d)}</time></li>'
                    for t, d in col.items[:show])
    return (f'<section class="news-block"><h2>{col.name}</h2><ul class="news-list">\n{lis}\n</ul>'
            f'<p><a class="more-link" href="{col.path}">View all {col.name.lower()} &raquo;</a></p></section>')


_EN_DEPTS = ["Assessor", "Building Inspection", "Clerk &amp; Treasurer", "Code Enforcement", "Community Development",
             "Emergency Management", "Engineering", "Finance", "Fire Department", "Health Department", "Human Resources",
             "Information Technology", "Library", "Municipal Court", "Parks &amp; Recreation", "Planning &amp; Zoning", "Police Department",
             "Public Works", "Recreation Center", "Senior Services", "Streets &amp; Sanitation", "Utilities Billing", "Water Treatment",
             "Wastewater", "Veterans Services", "Animal Control", "Cemetery", "Airport", "Transit", "Youth Services"]


def _en_directory() -> str:
    lis = "".join(f'<li><a href="/government/departments/{_slug(d)}/">{d}</a> <span class="phone">(555) 201-{4400 + i * 7}</span> '
                  f'<a href="mailto:{_slug(d)[:12]}@example.org">Email</a> <a href="/government/departments/{_slug(d)}/staff/">Staff</a></li>'
                  for i, d in enumerate(_EN_DEPTS))
    events = "".join(f'<li class="event"><span class="month">Dec</span> <span class="day">{d}</span> <a href="/events/{_slug(t)}-{d}/">{t}</a> '
                     f'<span class="time">{h}</span> <span class="location">{loc}</span></li>'
                     for d, t, h, loc in [(2, "Planning Board Meeting", "6:30 PM", "Council Chambers"), (3, "Story Time for Toddlers", "10:00 AM", "Main Library"),
                                          (5, "Holiday Tree Lighting", "5:00 PM", "Town Green"), (8, "Select Board Meeting", "7:00 PM", "Town Hall"),
                                          (10, "Conservation Commission", "6:00 PM", "Room 204"), (12, "Last Leaf Collection Day", "7:00 AM", "Townwide"),
                                          (15, "Budget Workshop", "6:00 PM", "Council Chambers"), (17, "Senior Luncheon", "12:00 PM", "Senior Center")])
    return ('<section class="directory"><h2>Department Directory</h2><ul class="dept-list">' + lis + '</ul></section>'
            '<section class="upcoming-events"><h2>Upcoming Events</h2><ul>' + events + '</ul>'
            '<a href="/events/">View full calendar</a></section>')


def en_portal(name: str, cols: list[Column], *, title: str | None = None, keywords: str = "", description: str = "",
              head_extra: str = "", body_top: str = "", main_extra: str = "", sidebar_extra: str = "",
              footer_extra: str = "", after_footer: str = "", tagline: str = "", address: str = "",
              menu: str | None = None) -> str:
    title = title if title is not None else f"{name} &#8211; {tagline or 'Official Website'}"
    meta = ""
    if keywords:
        meta += f'<meta name="keywords" content="{keywords}" />\n'
    meta += f'<meta name="description" content="{description or name + " official website: news, notices, meetings and services."}" />'
    blocks = "\n".join(en_news_list(c) for c in cols)
    quick = "".join(f'<a href="/how-do-i/{_slug(q)}/">{q}</a>' for q in
                    ["Pay a Bill", "Agendas &amp; Minutes", "Report a Concern", "Permits", "Job Openings", "Trash Schedule",
                     "Sign Up for Alerts", "Contact Us"])
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{meta}
{_EN_WP_HEAD.format(name=name)}
<style id="astra-theme-css-inline-css">{_EN_CSS}</style>
{head_extra}
</head>
<body class="home page-template-default page page-id-2 wp-custom-logo ast-desktop">
{body_top}
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="alert-bar">Leaf collection continues through December 12. <a href="/residents/trash-and-recycling/">See the schedule</a></div>
<header class="site-header" id="masthead"><div class="inner">
<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2023/04/logo.png" alt="{name}" width="260" height="64"></a>
<p class="site-description">{tagline}</p></div>
{menu if menu is not None else _en_menu()}
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form>
</div></header>
<div class="hero"><h1>Welcome to {name}</h1></div>
<div class="quick-links">{quick}</div>
<div id="content" class="container">
<main id="main" class="site-main">
{blocks}
{_en_directory()}
{main_extra}
</main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2>Contact</h2><p>{address}<br>Phone: (555) 201-4400<br>Mon&ndash;Fri 8:00am&ndash;4:30pm</p></section>
<section class="widget"><h2>Stay Connected</h2><p><a href="https://www.facebook.com/">Facebook</a> &middot; <a href="https://x.com/">X</a> &middot; <a href="https://www.youtube.com/">YouTube</a></p>
<form action="/alerts/" method="post"><input type="email" name="email" placeholder="Email address"><button>Subscribe</button></form></section>
{sidebar_extra}
</aside>
</div>
<footer class="site-footer" id="colophon"><div class="cols">
<div><h3>{name}</h3><p>{address}</p></div>
<div><h3>Quick Links</h3><ul><li><a href="/government/departments/">Departments</a></li><li><a href="/government/agendas-and-minutes/">Agendas</a></li><li><a href="/business/bids-and-rfps/">Bids</a></li><li><a href="/careers/">Careers</a></li></ul></div>
<div><h3>Policies</h3><ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/disclaimer/">Disclaimer</a></li></ul></div>
<div><h3>Follow</h3><p>Sign up for emergency alerts and the monthly newsletter.</p></div>
</div>
<div class="site-info" style="max-width:1200px;margin:20px auto 0">&copy; 2026 {name}. All rights reserved. Powered by <a href="https://wordpress.org/">WordPress</a>.
{footer_extra}</div>
</footer>
{after_footer}
<div class="cookie-notice" id="cookie-notice">This site uses cookies to improve your experience. <button onclick="this.parentNode.style.display='none'">Accept</button></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
<script>document.addEventListener('DOMContentLoaded',function(){{if(!document.cookie.match(/cookie_ok=1/)){{document.getElementById('cookie-notice').style.display='block';}}}});</script>
</body>
</html>"""


def en_list_page(name: str, col: Column, extra: str = "") -> str:
    arts = "\n".join(
        f'<article class="post type-post status-publish"><h2 class="entry-title"><a href="{_en_post_url(d, _slug(t))}">{t}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{d.isoformat()}T09:00:00-05:00">{_en_date(d)}</time></span></div>'
        f'<div class="entry-summary"><p>{t}. Read the full announcement for details, dates and contacts.</p></div></article>'
        for t, d in col.items)
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{col.name} &#8211; {name}</title>
<style>{_EN_CSS}</style></head><body class="archive category">
<header class="site-header"><div class="inner"><a href="/"><img src="/wp-content/uploads/2023/04/logo.png" alt="{name}"></a>{_en_menu()}</div></header>
<div id="content" class="container"><main id="main"><h1 class="page-title">{col.name}</h1>
{arts}
<nav class="pagination"><span class="page-numbers current">1</span><a class="page-numbers" href="{col.path}page/2/">2</a><a class="page-numbers" href="{col.path}page/3/">3</a><a class="next page-numbers" href="{col.path}page/2/">Next &raquo;</a></nav>
{extra}</main><aside class="widget-area"><section class="widget"><h2>Categories</h2><ul><li><a href="/category/news/">News</a></li><li><a href="/category/notices/">Public Notices</a></li></ul></section></aside></div>
<footer class="site-footer"><div class="site-info">&copy; 2026 {name}. All rights reserved.</div></footer></body></html>"""


_EN_NEWS_POOL = [
    "Council approves 2027 operating budget after public hearing", "Holiday trash and recycling schedule announced",
    "Road resurfacing on Maple Avenue completed ahead of schedule", "Fire department hosts open house and smoke alarm giveaway",
    "Public works crews prepare for winter storm season", "New playground opens at Riverside Park",
    "Library extends weekend hours through the winter", "Town receives state grant for sidewalk improvements",
    "Water main flushing program begins in the north district", "Residents invited to comment on draft master plan",
    "Police department swears in three new officers", "Veterans Day ceremony held at Memorial Green",
    "Town clerk reminds residents of dog license renewals", "Senior center launches free tax help sessions",
]
_EN_NOTICE_POOL = [
    "Notice of public hearing: zoning map amendment", "Legal notice: invitation to bid on salt supply",
    "Planning board agenda for the December meeting", "Notice of intent to adopt revised stormwater ordinance",
    "Request for proposals: municipal audit services", "Notice of tax rate hearing", "Board of adjustment hearing notice",
    "Notice of temporary road closure on Elm Street", "Conservation commission meeting notice", "Notice of annual water quality report",
]


def en_std_cols(rng: random.Random) -> list[Column]:
    news = Column("Latest News", "news", "/news/", [(t, ago(d)) for t, d in zip(rng.sample(_EN_NEWS_POOL, 10),
                                                                                 [0, 2, 4, 7, 9, 13, 18, 22, 27, 33], strict=False)])
    notices = Column("Public Notices", "notice", "/public-notices/",
                     [(t, ago(d)) for t, d in zip(rng.sample(_EN_NOTICE_POOL, 8), [3, 9, 17, 26, 38, 52, 70, 95], strict=False)])
    return [news, notices]


def en_pages(name: str, cols: list[Column], home: str) -> dict[str, Page]:
    pages = {"/": Page(home)}
    for c in cols:
        pages[c.path] = Page(en_list_page(name, c))
    pages["/robots.txt"] = Page("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n", content_type="text/plain")
    return pages


def _clean_truth(note: str = "") -> Truth:
    return Truth(status="healthy", status_home="healthy", must_not=(*HIJACK_CODES, *ZOMBIE_CODES), note=note)


# --------------------------------------------------------------------------- English hacked

_JP_GOODS = ["ルイヴィトン 財布 スーパーコピー", "シャネル バッグ 偽物 激安", "ロレックス 時計 コピー 代引き", "エルメス バーキン 激安通販",
             "グッチ 長財布 n級品", "プラダ リュック スーパーコピー 口コミ", "オメガ スピードマスター コピー", "ディオール バッグ 偽物 見分け方",
             "モンクレール ダウン 激安 本物", "カルティエ 指輪 コピー 販売", "セリーヌ バッグ スーパーコピー 代引き", "ブルガリ 時計 偽物 通販",
             "ウブロ ビッグバン コピー 最高品質", "フェンディ 財布 n級品 激安", "バレンシアガ スニーカー 偽物 安全", "パテックフィリップ コピー 時計"]


def s01_jp_keyword() -> BlindSite:
    rng = random.Random(601)
    name = "Harlow County Parks &amp; Recreation"
    cols = en_std_cols(rng)
    links = []
    for _i in range(240):
        p = 10000 + rng.randrange(90000)
        t = f"{rng.choice(_JP_GOODS)} {rng.choice(['2026', '新作', '人気', '専門店', '即日発送', '送料無料'])}"
        links.append(f'<a href="/?p={p}">{t}</a>')
    hidden = ('<div style="position:absolute;top:-10000px;left:-10000px;width:1px;height:1px;overflow:hidden">'
              + " ".join(links) + "</div>")
    home = en_portal(name, cols, tagline="Parks, trails and programs for all ages", address="1200 Courthouse Way, Harlow, OH 45000",
                     after_footer=hidden)
    pages = en_pages(name, cols, home)
    # the hack's doorway pages themselves exist on the site
    return BlindSite("s01_jp_keyword", "www.harlowparks-demo.org", name, pages,
                     Truth("hijacked", "hijacked", must=("spam_content",), must_home=("spam_content",),
                           note="Japanese keyword hack: 240 off-screen links to the site's own /?p= doorway pages selling counterfeit brand goods"),
                     cols, cols[0].newest)


def s02_pharma() -> BlindSite:
    rng = random.Random(602)
    name = "Millfield Public Library"
    cols = en_std_cols(rng)
    cols[0].name, cols[1].name = "Library News", "Events &amp; Notices"
    off = ('<div style="position:absolute;left:-9999px;top:-9999px">'
           '<a href="https://rx-best-pills.example/viagra/">buy viagra online</a> '
           '<a href="https://rx-best-pills.example/cialis/">cheap cialis 20mg</a> '
           '<a href="https://genericmeds24.example/levitra">levitra without prescription</a> '
           '<a href="https://genericmeds24.example/sildenafil">sildenafil citrate 100mg</a> '
           '<a href="https://pharma-discount.example/tadalafil">generic tadalafil no prescription</a> '
           '<a href="https://pharma-discount.example/kamagra">kamagra oral jelly</a></div>')
    nos = ('<noscript><p>Order <a href="https://canadian-pharmacy-rx.example/">canadian pharmacy viagra</a>, '
           '<a href="https://canadian-pharmacy-rx.example/cialis-online">cialis online overnight delivery</a>, '
           '<a href="https://canadian-pharmacy-rx.example/tramadol">buy tramadol 50mg</a></p></noscript>')
    home = en_portal(name, cols, tagline="Read. Learn. Connect.", address="88 Main Street, Millfield, VT 05000",
                     main_extra=off, footer_extra=nos)
    return BlindSite("s02_pharma", "www.millfieldlibrary-demo.org", name, en_pages(name, cols, home),
                     Truth("hijacked", "hijacked", must=("hidden_links", "spam_content"), must_home=("hidden_links", "spam_content"),
                           note="pharma hack: off-screen div and <noscript> block of viagra/cialis links"),
                     cols, cols[0].newest)


def s03_casino_footer() -> BlindSite:
    rng = random.Random(603)
    name = "Town of Greyhaven"
    cols = en_std_cols(rng)
    block = ('<div class="footer-partners"><p>Partners: '
             '<a href="https://nz-casinos-online.example/">best online casino NZ</a> | '
             '<a href="https://nz-casinos-online.example/real-money-pokies/">real money pokies</a> | '
             '<a href="https://freespins-today.example/">no deposit bonus casino</a> | '
             '<a href="https://freespins-today.example/free-spins">100 free spins no deposit</a> | '
             '<a href="https://crypto-casino-hub.example/">bitcoin casino</a> | '
             '<a href="https://crypto-casino-hub.example/live-roulette">live roulette online</a> | '
             '<a href="https://sportsbet-odds.example/">online sports betting</a> | '
             '<a href="https://slots-paradise.example/">play slots for real money</a></p></div>')
    home = en_portal(name, cols, tagline="Official Website", address="1 Harbour Road, Greyhaven, ME 04000", footer_extra=block)
    return BlindSite("s03_casino_footer", "www.greyhaven-demo.gov", name, en_pages(name, cols, home),
                     Truth("hijacked", "hijacked", must=("spam_content",), must_home=("spam_content",),
                           note="a visible block of online-casino links appended to the footer"),
                     cols, cols[0].newest)


def s04_cloaked() -> BlindSite:
    rng = random.Random(604)
    name = "Westbrook Water District"
    cols = en_std_cols(rng)
    home = en_portal(name, cols, tagline="Safe, reliable water since 1921", address="400 Reservoir Road, Westbrook, CT 06000")
    return BlindSite("s04_cloaked", "www.westbrookwater-demo.org", name, en_pages(name, cols, home),
                     _clean_truth("cloaked: the server shows casino spam to Googlebot only; a browser and this crawler's "
                                  "ordinary user agent get the clean page, so a scan without check_cloaking cannot see it: healthy"),
                     cols, cols[0].newest)


def s05_tdk_en() -> BlindSite:
    rng = random.Random(605)
    name = "Oakridge School District"
    cols = en_std_cols(rng)
    cols[0].name = "District News"
    title = "Online Casino Real Money 2026 &#8211; Best Slots, Poker &amp; Sports Betting Sites | Oakridge School District"
    home = en_portal(name, cols, title=title,
                     keywords="online casino, real money casino, slots, online poker, sports betting, bitcoin casino, no deposit bonus, free spins",
                     description="Play at the best online casino for real money: top slots, live poker, sports betting and no deposit bonus codes 2026.",
                     tagline="Every student, every day", address="55 School Street, Oakridge, TN 37000")
    return BlindSite("s05_tdk_en", "www.oakridgesd-demo.org", name, en_pages(name, cols, home),
                     Truth("hijacked", "hijacked", must=("spam_content",), must_home=("spam_content",),
                           note="title, meta keywords and description replaced by casino SEO; the body is intact"),
                     cols, cols[0].newest)


# --------------------------------------------------------------------------- Chinese hacked

def s06_tdk_zh() -> BlindSite:
    rng = random.Random(606)
    name = "清河县交通运输局"
    cols = zh_std_cols(rng)
    home = zh_portal(name, cols,
                     title="澳门新葡京娱乐场_皇冠体育官网_百家乐在线真人娱乐平台",
                     keywords="澳门新葡京,皇冠体育,百家乐,真人娱乐,bet365,体育投注,网上赌场",
                     description="澳门新葡京娱乐场官方网站提供百家乐、真人视讯、体育投注、电子游艺，注册即送38元彩金，信誉第一，提款秒到账。",
                     sitecode="3505240031")
    return BlindSite("s06_tdk_zh", "jtj.qinghe-demo.gov.cn", name, zh_pages(name, cols, home),
                     Truth("hijacked", "hijacked", must=("spam_content",), must_home=("spam_content",),
                           note="TDK hijack: 标题/关键词/描述 replaced by 博彩 words, body intact"),
                     cols, cols[0].newest)


_LOTTO = ["六合彩", "香港六合彩开奖结果", "六合彩资料大全", "重庆时时彩", "北京赛车pk10", "彩票网投平台", "幸运飞艇", "分分彩计划",
          "六合彩特码", "彩票注册送彩金", "六合彩心水论坛", "快三开奖直播", "彩票平台官网", "六合彩图库", "时时彩稳赚技巧"]


def s07_hidden50() -> BlindSite:
    rng = random.Random(607)
    name = "清河县农业农村局"
    cols = zh_std_cols(rng)
    links = []
    for i in range(50):
        host = rng.choice(["www.lhc8888.example", "www.cp-365.example", "6hc-zl.example", "www.ssc-vip.example", "www.xgcp99.example"])
        links.append(f'<a href="http://{host}/{i:02d}/" target="_blank">{rng.choice(_LOTTO)}</a>')
    hidden = '<div style="display:none">' + "".join(links) + "</div>"
    home = zh_portal(name, cols, body_bottom=hidden, sitecode="3505240042")
    return BlindSite("s07_hidden50", "nyj.qinghe-demo.gov.cn", name, zh_pages(name, cols, home),
                     Truth("hijacked", "hijacked", must=("hidden_links", "spam_content"), must_home=("hidden_links", "spam_content"),
                           note="暗链: display:none block of 50 links to 彩票/六合彩 sites"),
                     cols, cols[0].newest)


def _js_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch.isascii() and (ch.isalnum() or ch in "@*_+-./"):
            out.append(ch)
        elif ord(ch) < 256:
            out.append(f"%{ord(ch):02X}")
        else:
            out.append(f"%u{ord(ch):04X}")
    return "".join(out)


def s08_docwrite() -> BlindSite:
    rng = random.Random(608)
    name = "清河县自然资源局"
    cols = zh_std_cols(rng)
    block = ('<div style="position:absolute;top:-999px;left:-999px;">'
             '<a href="https://www.amxpj-88.example/">澳门新葡京</a><a href="https://www.amxpj-88.example/bjl/">百家乐</a>'
             '<a href="https://www.hgty-bet.example/">皇冠体育投注</a><a href="https://www.hgty-bet.example/zr/">真人娱乐</a>'
             '<a href="https://www.ky-qp.example/">开元棋牌</a><a href="https://www.bet-yl.example/">网上赌场</a></div>')
    script = f'<script type="text/javascript">document.write(unescape("{_js_escape(block)}"));</script>'
    home = zh_portal(name, cols, head_extra=script, sitecode="3505240057")
    return BlindSite("s08_docwrite", "zrzy.qinghe-demo.gov.cn", name, zh_pages(name, cols, home),
                     Truth("hijacked", "hijacked", must=("hidden_links",), must_home=("hidden_links",),
                           note="document.write(unescape(...)) of an off-screen block of 博彩 links, %u-escaped"),
                     cols, cols[0].newest)


def s09_baidu_referrer() -> BlindSite:
    rng = random.Random(609)
    name = "清河县市场监督管理局"
    cols = zh_std_cols(rng)
    js = ('<script type="text/javascript">\n'
          '(function(){var s=document.referrer;var se=["baidu.com","sogou.com","so.com","sm.cn","bing.com"];\n'
          'for(var i=0;i<se.length;i++){if(s.indexOf(se[i])>0){\n'
          'var u="ht"+"tps://"+"www.yh-88"+"88.example/?from=gov";\n'
          'setTimeout(function(){window.location.href=u;},10);break;}}})();\n'
          '</script>')
    home = zh_portal(name, cols, head_extra=js, sitecode="3505240061")
    return BlindSite("s09_baidu_referrer", "scjg.qinghe-demo.gov.cn", name, zh_pages(name, cols, home),
                     Truth("hijacked", "hijacked", any_of=("hidden_links", "offsite_redirect"),
                           note="document.referrer check sends visitors from Baidu/Sogou/360 to a gambling site"),
                     cols, cols[0].newest)


_SPAM_404 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>澳门银河娱乐_银河国际官网_真人百家乐在线</title>
<meta name="keywords" content="澳门银河,银河娱乐,百家乐,真人视讯,电子游艺,体育投注">
<style>body{background:#1a0a2e;color:#ffd86b;font-family:"Microsoft YaHei"}a{color:#ffd86b}.nav a{margin:0 12px}</style></head>
<body><div class="nav"><a href="https://www.yh-galaxy.example/">首页</a><a href="https://www.yh-galaxy.example/zr/">真人娱乐</a>
<a href="https://www.yh-galaxy.example/ty/">体育投注</a><a href="https://www.yh-galaxy.example/dz/">电子游艺</a><a href="https://www.yh-galaxy.example/cp/">彩票游戏</a></div>
<h1>澳门银河娱乐城 — 亚洲最具信誉的线上博彩平台</h1>
<p>真人百家乐、龙虎斗、轮盘、骰宝，体育投注每日返水1.2%，新会员注册即送88元彩金，首存100送100。</p>
<p>银河娱乐官网唯一指定网址，24小时在线客服，提款3分钟到账。澳门银河娱乐场，百家乐在线投注，棋牌游戏，捕鱼游戏。</p>
<p><a href="https://www.yh-galaxy.example/reg/">立即注册</a> <a href="https://www.yh-galaxy.example/app/">下载APP</a></p>
</body></html>"""


def s10_hijacked_404() -> BlindSite:
    rng = random.Random(610)
    name = "清河县文化和旅游局"
    cols = zh_std_cols(rng)
    # a column on the homepage whose list page is gone: the server's 404 page was replaced by the hack
    tour = Column("旅游资讯", "news", "/lyzx/", [])
    home_extra = ('<div class="box"><div class="box-hd clearfix"><h3>旅游资讯</h3><a class="more" href="/lyzx/">更多&gt;&gt;</a></div>'
                  '<ul class="list">'
                  + "".join(f'<li><a href="/lyzx/{ago(d).strftime("%Y%m")}/t{ago(d).strftime("%Y%m%d")}_{77 + i}.html">{t}</a><span>{_ymd(ago(d))}</span></li>'
                            for i, (t, d) in enumerate([("清河古镇入选省级旅游休闲街区", 2), ("秋季赏枫线路推荐", 6),
                                                        ("清河县举办第三届民俗文化节", 11), ("县博物馆冬季开放时间调整", 16),
                                                        ("乡村旅游精品线路发布", 23), ("文旅消费券第二批发放", 29)]))
                  + "</ul></div>")
    tour.items = [("清河古镇入选省级旅游休闲街区", ago(2)), ("秋季赏枫线路推荐", ago(6)), ("清河县举办第三届民俗文化节", ago(11))]
    home = zh_portal(name, cols, body_bottom=home_extra, sitecode="3505240073")
    pages = zh_pages(name, cols, home)
    pages["/lyzx/"] = Page(_SPAM_404, status=404)
    return BlindSite("s10_hijacked_404", "wlj.qinghe-demo.gov.cn", name, pages,
                     Truth("hijacked", "healthy", must=("spam_content",), must_not=("hidden_links", "cloaking"),
                           note="the column 旅游资讯's list page answers 404 with a 博彩 page (the server's 404 page was replaced); "
                                "the homepage is clean, so the sweep cannot see it"),
                     [*cols, tour], cols[0].newest)


_PORN_LANDING = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>成人视频_免费在线观看_国产精品</title>
<meta name="keywords" content="成人视频,av在线,国产自拍,日韩无码,成人电影"></head>
<body><h1>成人视频免费在线观看</h1><ul><li><a href="/v/1">国产自拍高清无码</a></li><li><a href="/v/2">日韩av在线播放</a></li>
<li><a href="/v/3">成人电影免费看</a></li><li><a href="/v/4">无码av在线观看</a></li><li><a href="/v/5">色情直播平台下载</a></li></ul>
<p>18岁以上成人专区，每日更新海量av资源。</p></body></html>"""


def s11_meta_refresh_porn() -> BlindSite:
    rng = random.Random(611)
    name = "清河县气象局"
    cols = zh_std_cols(rng)
    home = zh_portal(name, cols, head_extra='<meta http-equiv="refresh" content="0;URL=http://www.av-99xx.example/">', sitecode="3505240088")
    return BlindSite("s11_meta_refresh_porn", "qxj.qinghe-demo.gov.cn", name, zh_pages(name, cols, home),
                     Truth("hijacked", "hijacked", must=("offsite_redirect",), must_home=("offsite_redirect",),
                           note="<meta http-equiv=refresh> to a porn domain"),
                     cols, cols[0].newest,
                     extra_hosts={"www.av-99xx.example": {"/": Page(_PORN_LANDING)}})


def s12_game_title() -> BlindSite:
    rng = random.Random(612)
    name = "清河县退役军人事务局"
    cols = zh_std_cols(rng)
    home = zh_portal(name, cols, title="棋牌游戏_捕鱼游戏平台_真人电子游戏官网下载_开元棋牌",
                     keywords="棋牌游戏,捕鱼游戏,电子游戏,开元棋牌,真人娱乐,斗地主赢钱",
                     description="开元棋牌官方网站，提供捕鱼游戏、电子游戏、斗地主、炸金花、牛牛等棋牌游戏下载，注册送金币，真钱提现。",
                     sitecode="3505240095")
    return BlindSite("s12_game_title", "tyjrswj.qinghe-demo.gov.cn", name, zh_pages(name, cols, home),
                     Truth("hijacked", "hijacked", must=("spam_content",), must_home=("spam_content",),
                           note="the site title replaced by a 棋牌/捕鱼 游戏 SEO title"),
                     cols, cols[0].newest)


# --------------------------------------------------------------------------- clean traps

def c01_lottery_centre() -> BlindSite:
    name = "清源市体育彩票管理中心"
    news_t = ["体彩大乐透第26135期开奖公告", "我市彩民喜中体彩大乐透一等奖1000万元", "中国体育彩票“公益体彩 快乐操场”捐赠仪式举行",
              "体彩即开型彩票“顶呱刮”新票上市", "市体彩中心开展“社会责任月”宣传活动", "体彩排列3、排列5第26310期开奖公告",
              "体育彩票公益金助力全民健身设施建设", "我市召开体育彩票实体店业主培训会", "体彩中心提醒：理性购彩 量力而行",
              "7星彩第26134期开奖结果", "体彩大乐透第26134期开奖公告", "市体彩中心开展未成年人禁止购买彩票检查"]
    news = Column("体彩要闻", "news", "/tcyw/", [(t, ago(d)) for t, d in zip(news_t, [0, 1, 3, 4, 6, 7, 10, 13, 15, 17, 20, 25], strict=False)])
    notice = Column("通知公告", "notice", "/tzgg/", [(t, ago(d)) for t, d in zip(
        ["关于2026年第四季度体育彩票实体店考核结果的公示", "关于招募体育彩票代销者的公告", "关于暂停销售部分即开型彩票的公告",
         "关于开展彩票销售站点安全检查的通知", "2026年度体育彩票公益金使用情况公告"], [5, 19, 37, 66, 120], strict=False)])
    policy = Column("政策法规", "policy", "/zcfg/", [(t, ago(d)) for t, d in zip(
        ["彩票管理条例", "彩票管理条例实施细则", "体育彩票代销者管理办法", "关于加强彩票市场监管的通知", "彩票公益金管理办法"],
        [30, 90, 140, 170, 200], strict=False)])
    cols = [news, notice, policy]
    warn = ('<div class="box"><p style="color:#c00">彩票不向未成年人销售和兑奖。理性购彩，量力而行。</p>'
            '<p>中国体育彩票 · 公益体彩 乐善人生　全国体育彩票销售热线：95086</p></div>')
    home = zh_portal(name, cols, title="清源市体育彩票管理中心", keywords="体育彩票,大乐透,排列3,排列5,7星彩,即开型彩票,公益金",
                     description="清源市体育彩票管理中心官方网站：开奖公告、体彩要闻、代销者招募、公益金使用。",
                     body_bottom=warn, sitecode="3518000012")
    return BlindSite("c01_lottery_centre", "www.qytc-demo.org.cn", name, zh_pages(name, cols, home),
                     _clean_truth("a lottery centre's own news: 体育彩票/大乐透/开奖 are its business"), cols, news.newest)


def c02_anti_gambling() -> BlindSite:
    name = "清河县公安局"
    news_t = ["我县公安机关开展打击跨境赌博专项行动 抓获犯罪嫌疑人32名", "县公安局召开冬季治安防范工作部署会",
              "警惕！“网络赌博”陷阱揭秘：百家乐、六合彩背后的骗局", "县公安局破获一起特大网络赌博案 涉案金额超2亿元",
              "反诈宣传进社区 守护群众“钱袋子”", "县公安局开展“平安校园”护学行动", "交警大队开展酒驾醉驾集中整治",
              "我县召开打击治理电信网络诈骗犯罪工作推进会", "县公安局举行新警入警宣誓仪式", "派出所民警帮助走失老人回家",
              "县公安局开展禁毒宣传进校园活动", "户政窗口推出“延时服务”"]
    news = Column("警务动态", "news", "/jwdt/", [(t, ago(d)) for t, d in zip(news_t, [0, 2, 3, 5, 6, 9, 11, 14, 18, 22, 27, 31], strict=False)])
    notice = Column("通知公告", "notice", "/tzgg/", [(t, ago(d)) for t, d in zip(
        ["关于敦促跨境赌博犯罪嫌疑人投案自首的通告", "关于公开征集涉黑涉恶违法犯罪线索的通告", "关于2026年冬季交通管制的通告",
         "关于招聘警务辅助人员的公告", "关于开展枪支弹药集中收缴的通告"], [8, 30, 55, 90, 150], strict=False)])
    policy = Column("法规文件", "policy", "/fgwj/", [(t, ago(d)) for t, d in zip(
        ["中华人民共和国治安管理处罚法", "中华人民共和国反电信网络诈骗法", "关于办理跨境赌博犯罪案件若干问题的意见",
         "关于办理网络赌博犯罪案件适用法律若干问题的意见"], [40, 100, 150, 175], strict=False)])
    cols = [news, notice, policy]
    feature = ('<div class="box"><div class="box-hd clearfix"><h3>打击跨境赌博</h3></div>'
               '<p>跨境赌博严重危害人民群众财产安全。不法分子以“澳门新葡京”“皇冠体育”等名义开设网络赌场，以百家乐、六合彩、'
               '时时彩、网络棋牌等形式引诱群众参赌，以“注册送彩金”“充值返水”为诱饵，一旦参与便血本无归。请广大群众远离赌博，'
               '发现赌博违法犯罪线索请拨打110或通过“国家反诈中心”APP举报。</p>'
               '<p>公安部提醒：凡是以“稳赚不赔”“内部消息”推荐网络彩票、网络赌博平台的，都是诈骗！</p></div>')
    home = zh_portal(name, cols, body_bottom=feature, sitecode="3505240101")
    pages = zh_pages(name, cols, home)
    return BlindSite("c02_anti_gambling", "gaj.qinghe-demo.gov.cn", name, pages,
                     _clean_truth("a police bureau's 打击跨境赌博 news and warning box: gambling words named, not offered"),
                     cols, news.newest)


def c03_pharmacy_board() -> BlindSite:
    rng = random.Random(613)
    name = "State Board of Pharmacy"
    news = Column("News &amp; Alerts", "news", "/news/", [(t, ago(d)) for t, d in zip(
        ["Alert: counterfeit Ozempic and semaglutide pens found in the supply chain",
         "Board warns consumers about online pharmacies selling Viagra and Cialis without a prescription",
         "Counterfeit Adderall tablets containing methamphetamine seized", "Board meeting highlights: November 2026",
         "Compounding pharmacy inspections: 2026 results", "Reminder: pharmacist license renewal deadline approaching",
         "FDA BeSafeRx: know your online pharmacy", "New rule on controlled substance prescription monitoring takes effect",
         "Tramadol and oxycodone counterfeit pills: public health advisory", "Board adopts telepharmacy guidance"],
        [1, 3, 6, 9, 14, 18, 25, 31, 40, 52], strict=False)])
    # (truth corrected after the scan: rulemaking notices publish proposed and adopted
    # rules, which is the policy class, limit 180 days as for notices)
    notices = Column("Rulemaking Notices", "policy", "/rulemaking/", [(t, ago(d)) for t, d in zip(
        ["Notice of proposed rulemaking: 16-2.05 sterile compounding", "Public hearing on pharmacy technician ratios",
         "Notice of adopted rule: drug take-back programs", "Request for comments: remote order entry"], [10, 30, 70, 110], strict=False)])
    cols = [news, notices]
    table = ('<section><h2>Counterfeit and unapproved drugs reported in 2026</h2><table class="alerts"><thead><tr><th>Product</th><th>Problem</th><th>Reported</th></tr></thead><tbody>'
             + "".join(f"<tr><td>{p}</td><td>{w}</td><td>{_en_date(ago(d))}</td></tr>" for p, w, d in [
                 ("Counterfeit Viagra (sildenafil) 100 mg", "Sold by rogue online pharmacies; contains undeclared ingredients", 12),
                 ("Counterfeit Cialis (tadalafil) 20 mg", "Fake blister packs; wrong active ingredient", 20),
                 ("Ozempic (semaglutide) 1 mg pens", "Counterfeit lot numbers in circulation", 6),
                 ("Xanax (alprazolam) 2 mg", "Pressed pills containing fentanyl", 44),
                 ("Levitra (vardenafil)", "Unapproved imports sold without prescription", 61),
                 ("Kamagra oral jelly", "Unapproved product marketed as 'generic Viagra'", 75)])
             + "</tbody></table><p>Buy medicines only from licensed pharmacies. Verify an online pharmacy at <a href=\"https://safe.pharmacy/\">safe.pharmacy</a>.</p></section>")
    home = en_portal(name, cols, title="State Board of Pharmacy &#8211; Protecting public health", tagline="Protecting public health",
                     address="2601 Capitol Blvd, Suite 300, Springfield, IL 62700", main_extra=table)
    _ = rng
    return BlindSite("c03_pharmacy_board", "pharmacy.state-demo.gov", name, en_pages(name, cols, home),
                     _clean_truth("a pharmacy regulator's alerts naming counterfeit Viagra/Cialis etc."), cols, news.newest)


def c04_macao_tourism() -> BlindSite:
    name = "澳門特別行政區政府旅遊局"
    news_t = ["第73屆澳門格蘭披治大賽車圓滿結束", "旅遊局於上海舉辦“感受澳門”路演活動", "2026澳門國際煙花比賽匯演精彩落幕",
              "旅遊局推出“冬日漫遊”社區旅遊路線", "澳門美食之都推廣活動登陸吉隆坡", "十月入境旅客逾三百二十萬人次",
              "旅遊局聯同業界參加日本旅遊博覽會", "第三十八屆澳門國際音樂節開幕", "旅遊局提醒旅客選擇持牌旅行社",
              "澳門光影節2026將於十二月揭幕"]
    news = Column("新聞稿", "news", "/zh-hant/news/", [(t, ago(d)) for t, d in zip(news_t, [0, 1, 3, 5, 8, 10, 13, 17, 21, 26], strict=False)])
    notice = Column("公告", "notice", "/zh-hant/notice/", [(t, ago(d)) for t, d in zip(
        ["旅行社牌照續期公告", "酒店場所評級結果公告", "導遊考試報名公告", "旅遊從業員培訓資助計劃公告"], [9, 33, 60, 101], strict=False)])
    cols = [news, notice]
    resorts = ('<section class="box"><div class="box-hd clearfix"><h3>綜合度假村</h3></div><ul class="list">'
               '<li><a href="/zh-hant/hotel/venetian/">澳門威尼斯人</a> — 路氹金光大道，設購物中心、劇場及娛樂場</li>'
               '<li><a href="/zh-hant/hotel/galaxy/">澳門銀河綜合度假城</a> — 天浪淘園、酒店及娛樂場</li>'
               '<li><a href="/zh-hant/hotel/lisboa/">新葡京酒店</a> — 半島地標，設娛樂場</li>'
               '<li><a href="/zh-hant/hotel/parisian/">澳門巴黎人</a> — 巴黎鐵塔觀景台</li>'
               '<li><a href="/zh-hant/hotel/wynn/">永利皇宮</a> — 觀光纜車與表演湖</li></ul>'
               '<p>溫馨提示：根據澳門法律，未滿21歲人士不得進入娛樂場。請理性娛樂。</p>'
               '<p>Macao is home to integrated resorts with casinos along the Cotai Strip: The Venetian Macao, Galaxy Macau, '
               'Grand Lisboa and Wynn Palace. Visitors under 21 may not enter casinos.</p></section>')
    home = zh_portal(name, cols, title="澳門旅遊局 Macao Government Tourism Office",
                     keywords="澳門旅遊,旅遊局,世界遺產,美食之都,大賽車,綜合度假村",
                     description="澳門特別行政區政府旅遊局官方網站：旅遊資訊、新聞稿、活動及旅遊業牌照。",
                     body_bottom=resorts, sitecode="MO00000001", icp="", police="")
    return BlindSite("c04_macao_tourism", "www.macaotourism-demo.gov.mo", name, zh_pages(name, cols, home),
                     _clean_truth("a casino town's tourism office listing integrated resorts (威尼斯人, 新葡京) with casinos"),
                     cols, news.newest)


def c05_news_about_hack() -> BlindSite:
    rng = random.Random(615)
    name = "Riverton Daily Ledger"
    news = Column("Local News", "news", "/local/", [(t, ago(d)) for t, d in zip(
        ["City website hacked: visitors saw online casino and viagra ads, IT chief says",
         "School board delays vote on new start times", "Holiday market returns to Courthouse Square",
         "County commissioners approve road levy renewal", "High school football: Riverton advances to regional final",
         "How the hack worked: hidden links to casino and pharmacy sites injected into the city's homepage",
         "Police seek witnesses in downtown hit-and-run", "Food bank sees record demand ahead of Thanksgiving",
         "Library branch to close for renovations", "Obituaries: November 2026"], [0, 0, 1, 2, 3, 4, 6, 8, 11, 13], strict=False)])
    # (truth corrected after the scan: a newspaper's opinion section is none of the
    # inspectors' column classes (news means work news, 动态/要闻), so `other`)
    opinion = Column("Opinion", "other", "/opinion/", [(t, ago(d)) for t, d in zip(
        ["Editorial: the city must take cybersecurity seriously", "Letter: keep the library open", "Column: a season of giving"],
        [1, 5, 10], strict=False)])
    cols = [news, opinion]
    story = ('<article class="lead-story"><h2><a href="/local/2026/11/20/city-website-hacked/">City website hacked: visitors saw online casino and viagra ads</a></h2>'
             '<p>RIVERTON &mdash; For nearly two weeks, visitors to the city&#8217;s website who arrived from Google were shown links to '
             '&#8220;online casino&#8221; and &#8220;cheap viagra&#8221; sites, the city&#8217;s IT director said Thursday. The attackers exploited an '
             'outdated WordPress plugin and injected hidden links and Japanese-language pages advertising counterfeit handbags. '
             'The city has restored the site from backups, changed passwords and asked Google to re-crawl it.</p></article>')
    home = en_portal(name, cols, title="Riverton Daily Ledger | Local news, sports and obituaries", tagline="Serving Riverton since 1887",
                     address="210 Front Street, Riverton, OH 45100", main_extra=story)
    _ = rng
    return BlindSite("c05_news_about_hack", "www.rivertonledger-demo.com", name, en_pages(name, cols, home),
                     _clean_truth("a newspaper's report about a hacked city site quoting the spam words"), cols, news.newest)


def all_sites() -> list[BlindSite]:
    return [s01_jp_keyword(), s02_pharma(), s03_casino_footer(), s04_cloaked(), s05_tdk_en(),
            s06_tdk_zh(), s07_hidden50(), s08_docwrite(), s09_baidu_referrer(), s10_hijacked_404(),
            s11_meta_refresh_porn(), s12_game_title(),
            c01_lottery_centre(), c02_anti_gambling(), c03_pharmacy_board(), c04_macao_tourism(), c05_news_about_hack()]

