"""Blind round 6 of hostile and odd servers: anti-bot walls, framing and coding oddities,
odd redirects, cookie loops and HEAD misbehaviour, each written (pages, servers and
truth) before any scan of them.

One raw asyncio server on 127.0.0.1 answers every case; the case is chosen by the
request's Host header (``<case>.hostile6.test``, plus the IDN and ``.gov.cn`` hosts
below), so a scan reaches it through ``[network] resolve`` only. Every answer is
written byte by byte: nothing here goes through an HTTP library.

Truth, decided before the first scan (the inspector's view, a person with a browser):

* An anti-bot wall (瑞数 412/202, 加速乐 521, Cloudflare's challenge in English and in
  Chinese, 安全狗, 云锁's cookie-and-script check, 长亭雷池, 华为云 WAF's 418) is what the
  crawler gets instead of the site. A browser gets through it, so the site is not
  dead, but the crawler has read none of its content: it must not be called healthy,
  stale, undated, a placeholder or a default page. The README's documented answer
  is status ``unreachable`` with ``error_kind`` ``firewall`` (a block page, "let the
  crawler through"); that is the truth here, whatever the wall's status code (200,
  202, 403, 412, 418, 503, 521).
* A wall on the column pages only (the homepage is read) leaves those columns
  unjudged: not empty, not stale, and the pages behind it are not broken links.
* Framing and coding a browser reads (an unknown ``Content-Encoding`` label, a gzip
  stream cut before its 8-byte trailer, ``Content-Length`` beside ``Transfer-Encoding:
  chunked``, a close-delimited HTTP/1.1 body, chunk extensions and trailers, bare-LF
  header lines, a GBK reason phrase) is the site: healthy.
* A body gzipped twice under one ``gzip`` label is binary junk in a browser: the
  site shows no page. Not healthy; a placeholder (no page) or unreachable.
* Redirects a browser follows (a query-only ``Location``, backslashes, a raw UTF-8
  IDN host, its punycode form, a 政务 Chinese domain to its .gov.cn portal) lead to
  the site: healthy, never ``offsite_redirect``.
* Cookie loops: a cookie a browser keeps (``Domain=.parent``, a value with spaces and
  quotes) gets through to the page; a ``Secure`` cookie set over plain http is
  refused by browsers (Chrome and Firefox since 2016), so the loop never ends there:
  ``redirect_loop``.
* HEAD answered with a body on a kept-alive connection, or 501/405 with a body:
  those links work in a browser and must not be reported broken.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)
DOMAIN = "hostile6.test"

IDN_HOST = "临江县政府." + DOMAIN
ZHENGWU_HOST = "临江县人民政府.政务"
GOV_HOST = "www.linjiang6.gov.cn"


def puny(host: str) -> str:
    return host.encode("idna").decode("ascii")


# ---------------------------------------------------------------------------
# The portal: 临江县人民政府门户网站, a county portal on a TRS-like CMS
# ---------------------------------------------------------------------------

NEWS = [
    ("县委常委会召开扩大会议研究部署冬季重点工作", date(2026, 11, 24)),
    ("县政府召开第三十七次常务会议", date(2026, 11, 23)),
    ("临江县召开2026年秋冬季森林防火工作推进会", date(2026, 11, 21)),
    ("县领导调研沿江生态廊道建设项目", date(2026, 11, 20)),
    ("我县举行“宪法宣传周”启动仪式", date(2026, 11, 18)),
    ("县人大常委会视察优化营商环境工作", date(2026, 11, 17)),
    ("临江县入选省级数字乡村试点县", date(2026, 11, 14)),
    ("全县冬春水利建设暨河湖长制工作会议召开", date(2026, 11, 12)),
]
DEPT = [
    ("县教育局开展冬季校园消防安全大检查", date(2026, 11, 23)),
    ("县卫健委启动老年人流感疫苗免费接种", date(2026, 11, 22)),
    ("县市场监管局开展电梯安全专项整治", date(2026, 11, 19)),
    ("县人社局举办“就业援助月”专场招聘会", date(2026, 11, 18)),
    ("县农业农村局部署冬季动物疫病防控", date(2026, 11, 15)),
    ("县交通运输局开展农村公路冬季养护", date(2026, 11, 13)),
]
TOWN = [
    ("江口镇召开村集体经济发展推进会", date(2026, 11, 24)),
    ("白鹭乡开展冬季森林防火巡查", date(2026, 11, 22)),
    ("石门镇扎实推进人居环境整治", date(2026, 11, 20)),
    ("青溪乡举办农民技能培训班", date(2026, 11, 16)),
    ("长滩镇组织开展防范电信诈骗宣传", date(2026, 11, 11)),
]
NOTICE = [
    ("临江县人民政府关于2027年元旦放假安排的通知", date(2026, 11, 20)),
    ("关于征集2027年县政府民生实事项目的公告", date(2026, 11, 12)),
    ("关于开展2026年度统计执法检查的通知", date(2026, 10, 30)),
    ("临江县自然资源局国有建设用地使用权挂牌出让公告", date(2026, 10, 21)),
    ("关于2027年度城乡居民医疗保险集中缴费的通告", date(2026, 10, 9)),
]
POLICY = [
    ("临江县人民政府办公室关于印发临江县优化营商环境若干措施的通知", date(2026, 11, 6)),
    ("临江县人民政府关于印发临江县农村公路管理养护办法的通知", date(2026, 10, 22)),
    ("临江县人民政府办公室关于进一步加强耕地保护的意见", date(2026, 9, 28)),
    ("临江县人民政府关于调整城乡居民最低生活保障标准的通知", date(2026, 9, 2)),
]
READ = [
    ("一图读懂《临江县优化营商环境若干措施》", date(2026, 11, 10)),
    ("《临江县农村公路管理养护办法》政策解读", date(2026, 10, 24)),
    ("图解：关于进一步加强耕地保护的意见", date(2026, 9, 30)),
]
PERSONNEL = [
    ("临江县人民政府关于张立新等同志职务任免的通知", date(2026, 10, 15)),
    ("2026年临江县事业单位公开招聘拟聘用人员公示", date(2026, 9, 18)),
    ("临江县人民政府关于王梅等同志任职的通知", date(2026, 7, 3)),
]
MESSAGES = [
    ("关于江口镇老街路灯不亮的问题", date(2026, 11, 21), "已回复"),
    ("咨询城乡居民医保缴费时间", date(2026, 11, 17), "已回复"),
    ("白鹭乡至县城公交班次太少", date(2026, 11, 9), "已回复"),
    ("小区周边夜间施工噪音扰民", date(2026, 10, 28), "已办结"),
    ("咨询新生儿落户办理材料", date(2026, 10, 16), "已回复"),
]

# code, heading, items, list-page path, type
COLUMN_DEFS = [
    ("lj_yw", "临江要闻", NEWS, "news"),
    ("bmdt", "部门动态", DEPT, "news"),
    ("xzdt", "乡镇动态", TOWN, "news"),
    ("tzgg", "通知公告", NOTICE, "notice"),
    ("zcwj", "政策文件", POLICY, "policy"),
    ("zcjd", "政策解读", READ, "policy"),
    ("rsxx", "人事信息", PERSONNEL, "personnel"),
]


@dataclass
class ColumnTruth:
    name: str
    type: str
    newest: date | None
    empty: bool = False


# The control portal's columns as the homepage shows them (the message box is the
# interaction column 网上信箱, newest letter 2026-11-21, all answered).
PORTAL_COLUMNS = [ColumnTruth(h, t, max(d for _, d in items)) for _, h, items, t in COLUMN_DEFS] + [
    ColumnTruth("网上信箱", "interaction", date(2026, 11, 21)),
]
PORTAL_PAGE_DATE_NEWEST = date(2026, 11, 24)


def _art_url(code: str, d: date, n: int) -> str:
    return f"/art/{d:%Y/%m/%d}/art_{_art_id(code, d, n)}_{n}.html"


def _art_id(code: str, d: date, i: int) -> int:
    return int(hashlib.md5(f"{code}{d}{i}".encode()).hexdigest()[:6], 16) % 90000 + 10000


def _item_li(code: str, title: str, d: date, i: int) -> str:
    url = f"/art/{d:%Y/%m/%d}/art_{_art_id(code, d, i)}.html"
    return (f'<li><span class="date">{d:%Y-%m-%d}</span>'
            f'<a href="{url}" target="_blank" title="{title}">{title}</a></li>')


NAV = [
    ("首页", "/"),
    ("走进临江", "/col/zjlj/index.html"),
    ("政务公开", "/col/zwgk/index.html"),
    ("政务服务", "/col/zwfw/index.html"),
    ("政民互动", "/col/zmhd/index.html"),
    ("专题专栏", "/col/ztzl/index.html"),
]
MEGA = {
    "走进临江": ["临江概况", "历史沿革", "行政区划", "自然资源", "人口民族", "旅游景点", "特色产业", "临江印象"],
    "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
              "依申请公开", "机构职能", "领导信息", "财政预决算", "重大建设项目", "公共资源配置",
              "统计信息", "规划计划", "应急管理", "环境保护", "食品药品", "审计信息"],
    "政务服务": ["个人办事", "法人办事", "部门服务", "乡镇服务", "便民服务", "办件查询", "好差评"],
    "政民互动": ["县长信箱", "网上信箱", "征集调查", "在线访谈", "12345热线", "常见问题"],
    "专题专栏": ["学习贯彻党的二十届四中全会精神", "优化营商环境", "安全生产月", "乡村振兴", "扫黑除恶", "文明城市创建"],
}


def _nav() -> str:
    out = ['<div class="nav-wrap"><ul class="main-nav clearfix">']
    for label, href in NAV:
        out.append(f'<li class="nav-item"><a href="{href}">{label}</a>')
        subs = MEGA.get(label)
        if subs:
            out.append('<div class="sub-nav"><dl>')
            for j, s in enumerate(subs):
                out.append(f'<dd><a href="/col/{label_code(label)}/sub{j + 1}/index.html">{s}</a></dd>')
            out.append('</dl></div>')
        out.append('</li>')
    out.append('</ul></div>')
    return "".join(out)


def label_code(label: str) -> str:
    return {"走进临江": "zjlj", "政务公开": "zwgk", "政务服务": "zwfw", "政民互动": "zmhd",
            "专题专栏": "ztzl"}.get(label, "x")


STYLE = """
<style type="text/css">
*{margin:0;padding:0}body{font:14px/1.8 "Microsoft YaHei",Arial,sans-serif;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}.clearfix:after{content:"";display:block;clear:both}
.w1200{width:1200px;margin:0 auto}.top-bar{height:36px;line-height:36px;background:#eef2f7;border-bottom:1px solid #dde3ea}
.top-bar .fl a{margin-right:16px;color:#666}.top-bar .fr a{margin-left:14px;color:#666}
.header{height:160px;background:url(/images/head_bg.jpg) no-repeat center top}.logo{padding-top:38px}
.search-box{float:right;margin-top:58px;border:2px solid #0b5ea8;background:#fff}.search-box input{width:240px;height:34px;border:0;padding:0 8px}
.main-nav{background:#0b5ea8;height:52px}.main-nav .nav-item{float:left;width:200px;text-align:center;position:relative}
.main-nav .nav-item>a{color:#fff;font-size:18px;line-height:52px;display:block}.sub-nav{display:none;position:absolute;top:52px;left:0;width:200px;background:#fff;z-index:99;box-shadow:0 4px 8px rgba(0,0,0,.15)}
.nav-item:hover .sub-nav{display:block}.sub-nav dd{line-height:34px;border-bottom:1px dashed #e5e5e5}
.banner{height:360px;overflow:hidden;position:relative}.banner .slide{position:absolute;left:0;top:0;width:100%}
.box{background:#fff;margin-top:16px;padding:14px 18px}.box-hd{border-bottom:2px solid #0b5ea8;height:38px;line-height:38px}
.box-hd h3{float:left;font-size:18px;color:#0b5ea8}.box-hd .more{float:right;font-size:13px;color:#999}
.box-bd li{height:36px;line-height:36px;border-bottom:1px dashed #e8e8e8;overflow:hidden}.box-bd li .date{float:right;color:#999;font-size:13px}
.col-l{float:left;width:590px}.col-r{float:right;width:590px}.tab-hd span{float:left;padding:0 18px;cursor:pointer}.tab-hd span.on{background:#0b5ea8;color:#fff}
.zt-list li{float:left;width:285px;height:80px;margin:0 10px 10px 0}.zt-list img{width:285px;height:80px}
.footer{margin-top:24px;background:#0b5ea8;color:#dbe8f5;padding:24px 0;font-size:13px;line-height:26px}.footer a{color:#dbe8f5}
.links select{width:220px;height:30px;margin-right:12px}.float-ad{position:fixed;right:10px;top:240px;width:120px}
.msg-table{width:100%;border-collapse:collapse}.msg-table th,.msg-table td{border-bottom:1px dashed #e5e5e5;line-height:34px;text-align:left}
.ewm{float:right}.ewm img{width:90px;height:90px;margin-left:12px}.bszn-grid a{float:left;width:110px;height:86px;margin:6px;background:#f0f5fb;text-align:center;padding-top:12px}
</style>
"""

SCRIPTS_HEAD = """
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/js/jquery.SuperSlide.2.1.3.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8f2c1d5e7a9b3c4d5e6f7a8b9c0d1e2f";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
"""


def _box(code: str, heading: str, items: list, more: str, cls: str = "box") -> str:
    lis = "".join(_item_li(code, t, d, i) for i, (t, d) in enumerate(items))
    return (f'<div class="{cls}" id="{code}"><div class="box-hd clearfix"><h3>{heading}</h3>'
            f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div>'
            f'<div class="box-bd"><ul>{lis}</ul></div></div>')


def _script_box(code: str, heading: str, more: str) -> str:
    """A column box whose list a script fills after the page loads."""
    return (f'<div class="box" id="{code}"><div class="box-hd clearfix"><h3>{heading}</h3>'
            f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div>'
            f'<div class="box-bd"><ul id="list_{code}"></ul></div>'
            f'<script type="text/javascript">$(function(){{$.ajax({{url:"/api/column/{code}/list.json",'
            f'type:"GET",dataType:"json",success:function(d){{var h="";$.each(d.data,function(i,o){{'
            f'h+=\'<li><span class="date">\'+o.pubDate+\'</span><a href="\'+o.url+\'">\'+o.title+\'</a></li>\';}});'
            f'$("#list_{code}").html(h);}}}});}});</script></div>')


def _messages_box() -> str:
    rows = "".join(
        f'<tr><td><a href="/col/zmhd/wsxx/art_{_art_id("msg", d, i)}.html">{t}</a></td>'
        f'<td>{d:%Y-%m-%d}</td><td><span class="state">{s}</span></td></tr>'
        for i, (t, d, s) in enumerate(MESSAGES))
    return ('<div class="box" id="wsxx"><div class="box-hd clearfix"><h3>网上信箱</h3>'
            '<a class="more" href="/col/zmhd/wsxx/index.html" target="_blank">更多&gt;&gt;</a></div>'
            '<div class="box-bd"><table class="msg-table"><tr><th>信件标题</th><th>来信时间</th><th>办理状态</th></tr>'
            f'{rows}</table></div></div>')


def _footer() -> str:
    return """
<div class="links w1200 box"><span>友情链接：</span>
<select onchange="if(this.value)window.open(this.value)"><option value="">国家部委网站</option>
<option value="http://www.mof.gov.cn/">财政部</option><option value="http://www.mohrss.gov.cn/">人力资源和社会保障部</option></select>
<select onchange="if(this.value)window.open(this.value)"><option value="">省市政府网站</option>
<option value="http://www.jiangzhou6.gov.cn/">江州市人民政府</option></select>
<a href="http://www.jiangzhou6.gov.cn/" target="_blank">江州市人民政府</a>
<a href="http://www.shengzf6.gov.cn/" target="_blank">省人民政府</a></div>
<div class="footer"><div class="w1200 clearfix">
<div class="ewm"><img src="/images/ewm_wx.png" alt="临江发布微信"><img src="/images/ewm_app.png" alt="临江政务APP"></div>
<p><a href="/col/wzdt/index.html">网站地图</a> | <a href="/col/lxwm/index.html">联系我们</a> | <a href="/col/wzsm/index.html">网站声明</a> | <a href="/col/sydz/index.html">适老化服务</a></p>
<p>主办：临江县人民政府办公室 承办：临江县大数据中心 版权所有 &copy; 2016-2026 临江县人民政府</p>
<p>网站标识码：3311270001 <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>
<img src="/images/gaba.png" alt=""> 浙公网安备 33112702000118号</p>
<p>地址：临江县江滨路88号 邮编：323800 联系电话：0578-6012345 建议使用1920×1080分辨率浏览</p>
<div class="dzjg"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F" target="_blank"><img src="/images/red.png" alt="党政机关"></a>
<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3311270001" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>
</div></div>
<script type="text/javascript">
jQuery(".slideBox").slide({mainCell:".bd ul",autoPlay:true,interTime:4000});
jQuery(".tab-box").slide({titCell:".tab-hd span",mainCell:".tab-bd",titOnClassName:"on"});
function zhsq(){var b=document.body;b.className=b.className.indexOf("old")>-1?"":"old";}
</script>
"""


def portal_home(variant: str = "plain") -> str:
    """The homepage, 40-60 KB. ``variant``: ``plain`` (every column listed on the page),
    ``scripted`` (five more column boxes filled by script, pages behind a wall),
    ``attachments`` (a downloads box of own-host files and pages for link checks)."""
    parts = ['<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
             '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
             '<meta name="SiteName" content="临江县人民政府">\n<meta name="SiteDomain" content="www.linjiang.gov.cn">\n'
             '<meta name="SiteIDCode" content="3311270001">\n'
             '<meta name="keywords" content="临江县,临江县人民政府,政务公开,政务服务">\n'
             '<meta name="description" content="临江县人民政府门户网站">\n'
             '<title>临江县人民政府门户网站</title>\n'
             '<link rel="stylesheet" href="/css/common.css">\n<link rel="stylesheet" href="/css/index.css">\n',
             STYLE, SCRIPTS_HEAD, '</head>\n<body>\n']
    parts.append('<div class="top-bar"><div class="w1200 clearfix"><div class="fl">'
                 '<span id="today"></span><script>var d=new Date();document.getElementById("today").innerHTML='
                 '"今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";</script>'
                 '<a href="/col/jtb/index.html">简体版</a><a href="/col/ftb/index.html">繁體版</a></div>'
                 '<div class="fr"><a href="javascript:zhsq();">长者模式</a><a href="/col/wza/index.html">无障碍浏览</a>'
                 '<a href="/col/yddb/index.html">移动端</a><a href="/col/zcdl/index.html">用户登录</a></div></div></div>\n')
    parts.append('<div class="header w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" '
                 'alt="临江县人民政府门户网站"></a></div><div class="search-box"><form action="/jsearch/search.do" '
                 'method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字">'
                 '<input type="hidden" name="webid" value="27"><button type="submit">搜索</button></form></div></div>\n')
    parts.append(_nav())
    parts.append('<div class="banner slideBox"><div class="bd"><ul>'
                 + "".join(f'<li class="slide"><a href="/col/ztzl/sub{i}/index.html"><img src="/images/banner{i}.jpg" '
                           f'alt="专题图片{i}"></a></li>' for i in range(1, 5))
                 + '</ul></div></div>\n')
    parts.append('<div class="w1200 clearfix"><div class="col-l">')
    parts.append('<div class="box focus"><div class="slideBox pic-news"><div class="bd"><ul>'
                 + "".join(f'<li><a href="{_art_url("pic", d, i)}"><img src="/images/pic{i}.jpg" alt="{t}"><p>{t}</p></a></li>'
                           for i, (t, d) in enumerate(NEWS[:4]))
                 + '</ul></div></div></div>')
    parts.append(_box("lj_yw", "临江要闻", NEWS, "/col/lj_yw/index.html"))
    parts.append('</div><div class="col-r">')
    parts.append('<div class="box tab-box"><div class="tab-hd clearfix"><span class="on">部门动态</span><span>乡镇动态</span>'
                 '</div><div class="tab-bd">'
                 + _box("bmdt", "部门动态", DEPT, "/col/bmdt/index.html", "tab-panel")
                 + _box("xzdt", "乡镇动态", TOWN, "/col/xzdt/index.html", "tab-panel")
                 + '</div></div>')
    parts.append(_box("tzgg", "通知公告", NOTICE, "/col/tzgg/index.html"))
    parts.append('</div></div>\n<div class="w1200 clearfix"><div class="col-l">')
    parts.append(_box("zcwj", "政策文件", POLICY, "/col/zcwj/index.html"))
    parts.append(_box("zcjd", "政策解读", READ, "/col/zcjd/index.html"))
    parts.append('</div><div class="col-r">')
    parts.append(_box("rsxx", "人事信息", PERSONNEL, "/col/rsxx/index.html"))
    parts.append(_messages_box())
    parts.append('</div></div>\n')
    if variant == "scripted":
        parts.append('<div class="w1200 clearfix"><div class="col-l">')
        for code, heading in (("gsgg", "公示公告"), ("ghjh", "规划计划"), ("zfcg", "政府采购")):
            parts.append(_script_box(code, heading, f"/col/{code}/index.html"))
        parts.append('</div><div class="col-r">')
        for code, heading in (("rdhy", "人大会议"), ("jcxx", "基层信息公开")):
            parts.append(_script_box(code, heading, f"/col/{code}/index.html"))
        parts.append('</div></div>\n')
    if variant == "attachments":
        rows = []
        for i in range(1, 13):
            rows.append(f'<li><span class="date">2026-11-{24 - i:02d}</span><a href="/uploads/2026/11/fj_{i}.pdf">'
                        f'临江县2026年第{i}批政府投资项目计划表（附件{i}）.pdf</a></li>')
        for i in range(1, 9):
            rows.append(f'<li><span class="date">2026-11-{20 - i:02d}</span><a href="/uploads/2026/11/bg_{i}.doc">'
                        f'临江县惠民惠农补贴申请表（样表{i}）.doc</a></li>')
        parts.append('<div class="w1200"><div class="box" id="xzzx"><div class="box-hd clearfix"><h3>下载中心</h3>'
                     '<a class="more" href="/col/xzzx/index.html">更多&gt;&gt;</a></div><div class="box-bd"><ul>'
                     + "".join(rows) + '</ul></div></div></div>\n')
    # service grid, topics, interviews: chrome without dates
    parts.append('<div class="w1200 box"><div class="box-hd clearfix"><h3>政务服务</h3></div><div class="bszn-grid clearfix">'
                 + "".join(f'<a href="/col/zwfw/sub{i}/index.html"><img src="/images/fw{i}.png" alt=""><p>{s}</p></a>'
                           for i, s in enumerate(["社保服务", "医疗卫生", "教育培训", "住房保障", "交通出行", "婚姻登记",
                                                  "户籍办理", "企业开办", "不动产登记", "公积金", "就业创业", "民政服务"], 1))
                 + '</div></div>\n')
    parts.append('<div class="w1200 box"><div class="box-hd clearfix"><h3>专题专栏</h3><a class="more" '
                 'href="/col/ztzl/index.html">更多&gt;&gt;</a></div><ul class="zt-list clearfix">'
                 + "".join(f'<li><a href="/col/ztzl/sub{i}/index.html"><img src="/images/zt{i}.jpg" alt="{s}"></a></li>'
                           for i, s in enumerate(MEGA["专题专栏"], 1))
                 + '</ul></div>\n')
    parts.append('<div class="float-ad" id="floatAd"><a href="/col/ztzl/sub1/index.html"><img src="/images/float.png" '
                 'alt="学习宣传贯彻党的二十届四中全会精神"></a><span onclick="this.parentNode.style.display=\'none\'">关闭</span></div>\n')
    parts.append(_footer())
    parts.append('</body>\n</html>\n')
    page = "".join(parts)
    # pad with a realistic inline data block (a county's 便民电话 table) to reach portal size
    phones = "".join(f'<tr><td>{n}</td><td>0578-60{1000 + k * 37}</td></tr>'
                     for k, n in enumerate(["县政府办公室", "县发改局", "县教育局", "县公安局", "县民政局", "县司法局",
                                            "县财政局", "县人社局", "县自然资源局", "县生态环境分局", "县住建局",
                                            "县交通运输局", "县水利局", "县农业农村局", "县商务局", "县文广旅体局",
                                            "县卫健局", "县退役军人事务局", "县应急管理局", "县审计局",
                                            "县市场监管局", "县统计局", "县医保局", "县信访局"] * 4))
    page = page.replace('<div class="float-ad"', '<div class="w1200 box"><div class="box-hd clearfix"><h3>便民电话</h3>'
                        f'</div><table class="phones">{phones}</table></div>\n<div class="float-ad"', 1)
    return page


def column_page(code: str) -> str:
    """A column's own list page: 20 items newest first, a pager."""
    items = dict((c, (h, it)) for c, h, it, _ in COLUMN_DEFS).get(code)
    if items is None:
        heading, lst = "栏目", [(f"{code}信息{i}", date(2026, 11, 20) - timedelta(days=3 * i)) for i in range(12)]
    else:
        heading, base = items
        lst = list(base)
        d0 = min(d for _, d in base)
        k = 1
        while len(lst) < 20:
            lst.append((f"{base[k % len(base)][0]}（续{k}）", d0 - timedelta(days=5 * k)))
            k += 1
    lis = "".join(_item_li(code, t, d, i) for i, (t, d) in enumerate(lst))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + heading + '_临江县人民政府</title>'
            + STYLE + '</head><body><div class="header w1200"><a href="/"><img src="/images/logo.png" alt="临江县人民政府"></a></div>'
            + _nav() + '<div class="w1200 clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; ' + heading
            + '</div><div class="box"><div class="box-hd"><h3>' + heading + '</h3></div><div class="box-bd list"><ul>'
            + lis + '</ul></div><div class="pager">共5页 <a href="index_1.html">下一页</a> <a href="index_4.html">尾页</a></div>'
            '</div></div>' + _footer() + '</body></html>')


def article_page(path: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>临江县人民政府</title></head><body>'
            '<div class="article"><h1>信息详情</h1><div class="info">发布时间：2026-11-20 来源：临江县人民政府办公室</div>'
            '<div class="content"><p>' + "为进一步做好相关工作，现将有关事项通知如下。" * 20 + '</p></div></div></body></html>')


def generic_gov_page(host: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>人民政府门户网站</title></head><body>'
            f'<h1>{host}</h1><ul>' + "".join(f'<li><a href="/art/2026/11/{20 - i:02d}/art_{i}.html">政务信息{i}</a>'
                                             f'<span>2026-11-{20 - i:02d}</span></li>' for i in range(8))
            + '</ul></body></html>')


# ---------------------------------------------------------------------------
# Anti-bot walls (bodies as the products send them, trimmed of their megabytes of script)
# ---------------------------------------------------------------------------

RS_META = "".join(chr(65 + (i * 7) % 26) + chr(97 + (i * 11) % 26) + str(i % 10) for i in range(700))
RUISHU = (
    '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta http-equiv="Cache-Control" content="no-cache, no-store, must-revalidate">\n'
    '<meta http-equiv="Pragma" content="no-cache">\n<meta http-equiv="Expires" content="0">\n'
    f'<meta id="9DhefwqGPrzGxEp9hPaoag" content="{RS_META}" r=\'m\'>\n'
    '<script type="text/javascript" charset="utf-8" src="/4QbVtADbnLVIc/d.FxJzG50F.dfe1675.js" r=\'m\'></script>\n'
    '<script type="text/javascript" r=\'m\'>$_ts=window[\'$_ts\'];if(!$_ts)$_ts={};$_ts.nsd=25314;'
    '$_ts.cd="qhzDrrAlEGWxEal9qGAFcGZLDsV0qaSgqb90cqZPqGQiqs..."; if($_ts.lcd)$_ts.lcd();</script>\n'
    '</head>\n<body>\n<script type="text/javascript" r=\'m\'>_$rJ();</script>\n</body>\n</html>'
)

JSL_STAGE1 = (
    "<script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')+('c')"
    "+('e')+('_')+('s')+('=')+(-~[]+'')+((1+[0])/[2]+'').charAt(1)+(~~[]+'')+(-~0+'')+('.')+(-~[]+[]+[[]][0])"
    "+('|')+('-')+(-~[]+'')+('|')+('V')+('w')+('e')+('%')+(2+[0]+[])+('B')+('Q')+('D')+('W')+('c')+('P')+('%')"
    "+(3+[]+[])+('D')+(';')+('m')+('a')+('x')+('-')+('a')+('g')+('e')+('=')+(3+[]+[])+(6+[]+[])+(~~[]+'')"
    "+(~~[]+'')+(';')+('p')+('a')+('t')+('h')+('=')+('/');location.href=location.pathname+location.search</script>"
)

CF_EN = (
    '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>'
    '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">'
    '<meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1">'
    '<style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131}'
    'body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;'
    'padding-left:1.5rem}</style><meta http-equiv="refresh" content="390"></head><body class="no-js">'
    '<div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">www.cf-en.hostile6.test</h1>'
    '<h2 id="challenge-running" class="h2">Checking if the site connection is secure</h2>'
    '<noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon">'
    '</div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript>'
    '<div id="challenge-body-text" class="core-msg spacer">www.cf-en.hostile6.test needs to review the security of your '
    'connection before proceeding.</div></div></div>'
    '<script>(function(){window._cf_chl_opt={cvId: \'3\',cZone: "www.cf-en.hostile6.test",cType: \'managed\','
    'cNounce: \'40318\',cRay: \'8e7b1c2d3f4a5b6c\',cHash: \'a1b2c3d4e5f60718\',cUPMDTk: "\\/?__cf_chl_tk=Xy1.AbC-1732600000-0-gaNycGzNCXs",'
    'cFPWv: \'g\',cTTimeMs: \'1000\',cMTimeMs: \'390000\',cTplV: 5,cTplB: \'cf\',cK: "",fa: "\\/?__cf_chl_f_tk=Xy1",'
    'md: "M2R6y.abc",cRq: {ru: \'aHR0cDovL3d3dy5jZi1lbi5ob3N0aWxlNi50ZXN0Lw==\',ra: \'TW96aWxsYS81LjA=\',rm: \'R0VU\','
    'd: \'zW3k\',t: \'MTczMjYwMDAwMC4wMDAwMDA=\',cT: Math.floor(Date.now() / 1000),m: \'\',i1: \'\',i2: \'\',zh: \'\','
    'uh: \'\',hh: \'\',}};var cpo = document.createElement(\'script\');cpo.src = \'/cdn-cgi/challenge-platform/h/g/orchestrate/'
    'chl_page/v1?ray=8e7b1c2d3f4a5b6c\';window._cf_chl_opt.cOgUHash = location.hash === \'\' && location.href.indexOf(\'#\') '
    '!== -1 ? \'#\' : location.hash;document.getElementsByTagName(\'head\')[0].appendChild(cpo);}());</script>'
    '<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper">'
    '<div class="ray-id">Ray ID: <code>8e7b1c2d3f4a5b6c</code></div></div><div class="text-center" id="footer-text">'
    'Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source=challenge&amp;'
    'utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>'
)

CF_ZH = (
    '<!DOCTYPE html><html lang="zh-CN"><head><title>请稍候…</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    '<meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow">'
    '<meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}'
    '.main-content{margin:8rem auto;max-width:60rem}</style></head><body><div class="main-wrapper" role="main">'
    '<div class="main-content"><h1 class="zone-name-title h1">www.cf-zh.hostile6.test</h1>'
    '<p id="Truv1" class="h2 spacer-bottom">正在验证您是否是真人。这可能需要几秒钟时间。</p>'
    '<div id="challenge-body-text" class="core-msg spacer spacer-top">www.cf-zh.hostile6.test 需要先检查您的连接的安全性，然后才能继续。</div>'
    '<noscript><div class="h2"><span id="challenge-error-text">请启用 JavaScript 和 Cookie 以继续</span></div></noscript>'
    '</div></div><script>(function(){window._cf_chl_opt={cvId: \'3\',cZone: "www.cf-zh.hostile6.test",cType: \'managed\','
    'cRay: \'8e7b1c2d3f4a5b6d\',cH: \'x\',cITimeS: \'1732600000\',cTplV: 5,cLt: \'n\'};var cpo=document.createElement(\'script\');'
    'cpo.src=\'/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8e7b1c2d3f4a5b6d\';'
    'document.getElementsByTagName(\'head\')[0].appendChild(cpo);}());</script>'
    '<div class="footer" role="contentinfo"><div class="footer-inner"><div class="ray-id">Ray ID: <code>8e7b1c2d3f4a5b6d</code></div>'
    '<div class="text-center" id="footer-text">性能和安全由 <a rel="noopener noreferrer" href="https://www.cloudflare.com">Cloudflare</a> 提供</div>'
    '</div></div></body></html>'
)

SAFEDOG = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
    '<title>网站防火墙</title><style>body{font-family:"微软雅黑";background:#f5f5f5}#wrap{width:760px;margin:80px auto;'
    'background:#fff;border:1px solid #ddd}#hd{height:70px;background:url(http://404.safedog.cn/images/safedogsite/head.png)}'
    '.tit{font-size:20px;color:#f60;padding:30px 40px 10px}.con{padding:0 40px 30px;line-height:28px;color:#666}</style></head>'
    '<body><div id="wrap"><div id="hd"></div><div class="tit">您的请求带有不合法参数，已被网站管理员设置拦截！</div>'
    '<div class="con"><p>可能原因：您提交的内容包含危险的攻击请求</p><p>如何解决：</p>'
    '<p>1）检查提交内容；</p><p>2）如网站托管，请联系空间提供商；</p><p>3）普通网站访客，请联系网站管理员；</p>'
    '</div><div class="ft" style="text-align:right;padding:10px 40px;color:#999">网站防火墙 | '
    '<a href="http://www.safedog.cn/" target="_blank">安全狗</a></div></div></body></html>'
)

YUNSUO = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta http-equiv="pragma" content="no-cache">'
    '<meta http-equiv="cache-control" content="no-store"><meta http-equiv="Connection" content="Close">'
    '<script type="text/javascript">function stringToHex(str){var val="";for(var i = 0; i < str.length; i++){'
    'if(val == "")val = str.charCodeAt(i).toString(16);else val += str.charCodeAt(i).toString(16);}return val;}'
    'function YunSuoAutoJump(){ var width =screen.width; var height=screen.height; var screendate = width + "," + height;'
    'var curlocation = window.location.href; if(-1 == curlocation.indexOf("security_verify_")){ '
    'document.cookie="srcurl=" + stringToHex(window.location.href) + ";path=/;"; } '
    'self.location = "/?security_verify_data=" + stringToHex(screendate); }</script>'
    '<script>setTimeout("YunSuoAutoJump()", 50);</script></head><body></body></html>'
)

SAFELINE = (
    '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    '<title>请求存在威胁，已被拦截</title><style>html,body{height:100%;margin:0}body{display:flex;align-items:center;'
    'justify-content:center;background:#f7f8fa;font-family:"PingFang SC","Microsoft YaHei",sans-serif}.box{text-align:center;color:#333}'
    '.box h1{font-size:22px;font-weight:500}.box p{color:#86909c;font-size:14px}</style></head><body><div class="box">'
    '<svg width="120" height="120" viewBox="0 0 120 120"><circle cx="60" cy="60" r="50" fill="#ffece8"/></svg>'
    '<h1>您的访问请求可能对网站造成安全威胁，请求已被拦截</h1>'
    '<p>如果您认为这是误报，请联系网站管理员并提供以下事件 ID</p><p>事件 ID：<span id="event-id">6a1f0e9c3b2d4e5f8a7b6c5d4e3f2a1b</span></p>'
    '<p class="power">安全检测能力由 <a href="https://waf-ce.chaitin.cn/" target="_blank">长亭雷池 WAF</a> 提供</p></div></body></html>'
)

HUAWEI = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>华为云WAF</title><style>body{background:#fff}'
    '.cont{width:600px;margin:120px auto;text-align:center;font-family:"Microsoft YaHei"}.cont h3{color:#e4393c;font-size:24px}'
    '.cont p{color:#666;line-height:30px}</style></head><body><div class="cont"><img src="data:image/png;base64,iVBORw0KGgo=" alt="">'
    '<h3>您的请求疑似攻击行为！</h3><p>如果您是网站管理员，请登录华为云WAF控制台查看详情。</p>'
    '<p>事件ID：<span>02-9c3e1b7a-52f4-4d6a-bb0e-31a6f8e9d210</span></p></div></body></html>'
)


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

FIREWALL_NOT = ("homepage_stale", "undated", "abandoned", "column_empty", "column_stale", "placeholder_page",
                "default_server_page", "parked_domain", "spam_content", "hidden_links", "offsite_redirect",
                "broken_link", "check_error")
HEALTHY_NOT = ("unreachable", "homepage_stale", "undated", "abandoned", "column_empty", "column_stale",
               "placeholder_page", "default_server_page", "parked_domain", "spam_content", "hidden_links",
               "offsite_redirect", "broken_link", "check_error", "http_error", "slow")


@dataclass
class Case:
    id: str
    what: str
    status: str | tuple[str, ...]          # the status, or the statuses all right
    # the `unreachable` finding's evidence `kind` (None: no such finding). The README
    # documents the block page's kind there (`firewall`); the record's `error_kind`
    # keeps the transport's view (http_4xx, http_5xx, null for a 200).
    kind: str | tuple[str | None, ...] | None = None
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    final_path: str | None = None          # the final URL's path and query, where it matters
    final_host: str | None = None
    url: str | None = None                 # the listed URL, when not http://<id>.hostile6.test/
    # the same truth holds at --depth home (columns and links are not read there)
    columns: list[ColumnTruth] = field(default_factory=list)

    @property
    def host(self) -> str:
        return f"{self.id}.{DOMAIN}"

    @property
    def listed(self) -> str:
        return self.url or f"http://{self.host}/"


def _fw(id: str, what: str) -> Case:
    return Case(id, what, "unreachable", "firewall", ("unreachable",), FIREWALL_NOT)


CASES: list[Case] = [
    Case("control", "plain HTTP/1.1 with Content-Length: the portal", "healthy", None, (), HEALTHY_NOT,
         columns=PORTAL_COLUMNS),
    _fw("rs412", "瑞数 (River Security) dynamic challenge: 412, a Set-Cookie, $_ts script, empty body"),
    _fw("rs202", "瑞数 challenge as some deployments send it: 202 Accepted"),
    _fw("jsl521", "加速乐: 521, __jsluid_h cookie, document.cookie built of char pieces, then location.href reload"),
    _fw("cf503", "Cloudflare managed challenge: 503 'Just a moment...', cf-mitigated: challenge"),
    _fw("cfzh403", "Cloudflare managed challenge localised: 403 '请稍候…' (正在验证您是否是真人)"),
    _fw("safedog", "安全狗 网站防火墙: 403 您的请求带有不合法参数，已被网站管理员设置拦截"),
    _fw("yunsuo", "云锁: 200, yunsuo_session_verify cookie, a script to /?security_verify_data=..."),
    _fw("safeline", "长亭雷池 SafeLine: 403 您的访问请求可能对网站造成安全威胁，请求已被拦截"),
    _fw("hwwaf", "华为云 WAF: 418 您的请求疑似攻击行为！"),
    Case("wallcols", "the homepage is read; five script-filled column boxes whose pages all answer 瑞数's 412",
         "healthy", None, (), HEALTHY_NOT),
    Case("walllinks", "the homepage is read; its 20 attachments answer HEAD and GET with 加速乐's 521 / 瑞数's 412",
         "healthy", None, (), HEALTHY_NOT),
    Case("ceutf8", "Content-Encoding: UTF-8 (a charset in the coding header), plain body", "healthy", None, (), HEALTHY_NOT),
    Case("gztrunc", "gzip stream without its 8-byte CRC/size trailer, then close", "healthy", None, (), HEALTHY_NOT),
    Case("gzdouble", "gzip(gzip(page)) under one 'Content-Encoding: gzip': a browser shows binary junk",
         ("zombie", "unreachable"), ("connect", None),
         (), ("homepage_stale", "undated", "column_empty", "column_stale", "abandoned", "spam_content", "hidden_links")),
    Case("clte", "Content-Length: 999 (wrong) beside Transfer-Encoding: chunked (chunked wins)", "healthy", None, (),
         HEALTHY_NOT),
    Case("close11", "HTTP/1.1, 'Connection: keep-alive', neither length nor chunked: ends at close", "healthy", None,
         (), HEALTHY_NOT),
    Case("chunkext", "chunk sizes in upper-case hex with leading zeros and extensions, a trailer section", "healthy",
         None, (), HEALTHY_NOT),
    Case("barelf", "status line and headers ended by bare LF", "healthy", None, (), HEALTHY_NOT),
    Case("gbkreason", "reason phrase and Server header in GBK bytes (HTTP/1.1 200 成功)", "healthy", None, (),
         HEALTHY_NOT),
    Case("locquery", "302 'Location: ?from=pc' (a query only)", "healthy", None, (), HEALTHY_NOT,
         final_path="/?from=pc"),
    Case("locbslash", "302 'Location: \\portal\\index.html' (backslashes, as IIS apps write it)", "healthy", None,
         (), HEALTHY_NOT, final_path="/portal/index.html"),
    Case("idnredir", "302 to http://临江县政府.hostile6.test/ in raw UTF-8", "healthy", None, (), HEALTHY_NOT,
         final_host=puny(IDN_HOST)),
    Case("punyredir", "302 to the same IDN host in punycode", "healthy", None, (), HEALTHY_NOT,
         final_host=puny(IDN_HOST)),
    Case("zhengwu", "the listed 临江县人民政府.政务 (Chinese government domain) 302s to www.linjiang6.gov.cn", "healthy",
         None, (), HEALTHY_NOT, url=f"http://{ZHENGWU_HOST}/", final_host=GOV_HOST),
    Case("ckdomain", "Set-Cookie ...; Domain=.hostile6.test then 302 to itself; the page needs the cookie", "healthy",
         None, (), HEALTHY_NOT),
    Case("ckspace", "Set-Cookie with a value of spaces, quotes and braces, then 302 to itself", "healthy", None, (),
         HEALTHY_NOT),
    Case("cksecure", "Set-Cookie ...; Secure over plain http, 302 to itself: browsers refuse the cookie and loop",
         "unreachable", "redirect_loop", ("unreachable",), ("homepage_stale", "undated", "placeholder_page")),
    Case("headbody", "HEAD answered with a body (Content-Length and its bytes) on a kept-alive connection; "
         "some paths HEAD 501 or 405 with a body", "healthy", None, (), HEALTHY_NOT),
]

BY_ID = {c.id: c for c in CASES}


def host_case(host: str) -> str | None:
    host = host.split(":")[0].lower().rstrip(".")
    try:
        uni = host.encode("ascii").decode("idna")
    except UnicodeError:
        uni = host
    if uni in (IDN_HOST,):
        return "idn-target"
    if uni == ZHENGWU_HOST:
        return "zhengwu"
    if host == GOV_HOST:
        return "gov-portal"
    if host.endswith(".gov.cn"):
        return "gov-other"
    if host.endswith("." + DOMAIN):
        return host[: -len(DOMAIN) - 1]
    return None


# ---------------------------------------------------------------------------
# The raw server
# ---------------------------------------------------------------------------

def _head(status: str, headers: list[tuple[str, str]] | list[tuple[bytes, bytes]], eol: bytes = b"\r\n",
          status_bytes: bytes | None = None) -> bytes:
    out = [status_bytes if status_bytes is not None else f"HTTP/1.1 {status}".encode()]
    for k, v in headers:
        kb = k if isinstance(k, bytes) else k.encode("latin-1")
        vb = v if isinstance(v, bytes) else v.encode("latin-1")
        out.append(kb + b": " + vb)
    return eol.join(out) + eol + eol


def _ok(body: bytes, ctype: str = "text/html; charset=utf-8", extra: list[tuple[str, str]] | None = None,
        keep: bool = True) -> bytes:
    hs = [("Server", "nginx"), ("Date", "Wed, 25 Nov 2026 02:00:00 GMT"), ("Content-Type", ctype),
          ("Content-Length", str(len(body)))]
    hs += extra or []
    hs.append(("Connection", "keep-alive" if keep else "close"))
    return _head("200 OK", hs) + body


def _status(code: str, body: bytes, extra: list[tuple[str, str]] | None = None,
            ctype: str = "text/html; charset=utf-8") -> bytes:
    hs = [("Server", "nginx"), ("Content-Type", ctype), ("Content-Length", str(len(body)))] + (extra or [])
    hs.append(("Connection", "keep-alive"))
    return _head(code, hs) + body


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n" + b"0" * 2000


def site_resource(path: str, home: str) -> tuple[str, bytes, str] | None:
    """What the portal's host serves at ``path`` (status, body, content type); None: 404."""
    p = path.split("?")[0].split("#")[0]
    if p in ("/", "/index.html", "/index.htm", "/portal/index.html"):
        return "200 OK", home.encode(), "text/html; charset=utf-8"
    if p == "/robots.txt":
        return None
    if p.startswith("/col/"):
        code = p.split("/")[2]
        return "200 OK", column_page(code).encode(), "text/html; charset=utf-8"
    if p.startswith("/art/") or p.startswith("/jsearch/"):
        return "200 OK", article_page(p).encode(), "text/html; charset=utf-8"
    if p.startswith("/images/"):
        return "200 OK", PNG, "image/png"
    if p.startswith("/css/"):
        return "200 OK", b"body{margin:0}", "text/css"
    if p.startswith("/js/"):
        return "200 OK", b"/* js */", "application/javascript"
    if p.startswith("/uploads/"):
        if p.endswith(".pdf"):
            return "200 OK", PDF, "application/pdf"
        return "200 OK", b"\xd0\xcf\x11\xe0" + b"0" * 3000, "application/msword"
    if p.startswith("/api/"):
        return "200 OK", b'{"data":[]}', "application/json"
    return None


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]

    @property
    def cookie(self) -> str:
        return self.headers.get("cookie", "")


class HostileServer:
    """Every case on one port. ``start()`` then ``port``; ``close()``."""

    def __init__(self) -> None:
        self.port = 0
        self._server: asyncio.base_events.Server | None = None
        self.home = portal_home("plain")
        self.home_scripted = portal_home("scripted")
        self.home_attach = portal_home("attachments")
        self.log: list[tuple[str, str, str]] = []

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._conn, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _read_request(self, reader: asyncio.StreamReader) -> Request | None:
        try:
            raw = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            return None
        lines = raw.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) < 2:
            return None
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        length = int(headers.get("content-length", "0") or 0)
        if length:
            await reader.readexactly(length)
        return Request(parts[0], parts[1], headers)

    async def _conn(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                req = await self._read_request(reader)
                if req is None:
                    break
                case = host_case(req.headers.get("host", "")) or "unknown"
                self.log.append((case, req.method, req.target))
                keep = await self._answer(case, req, writer)
                await writer.drain()
                if not keep:
                    break
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    # each answer returns whether the connection stays open
    async def _answer(self, case: str, req: Request, w: asyncio.StreamWriter) -> bool:
        path = req.target
        head = req.method == "HEAD"

        def send(data: bytes) -> None:
            if head:
                data = data.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
            w.write(data)

        def serve(home: str) -> bool:
            res = site_resource(path, home)
            if res is None:
                send(_status("404 Not Found", b"<html><body><h1>404 Not Found</h1></body></html>"))
            else:
                st, body, ct = res
                send(_status(st, body, ctype=ct))
            return True

        if case in ("control", "gov-portal", "idn-target"):
            return serve(self.home)
        if case == "gov-other":
            send(_ok(generic_gov_page(req.headers.get("host", "")).encode()))
            return True
        if case == "zhengwu":
            send(_head("302 Found", [("Server", "nginx"), ("Location", f"http://{GOV_HOST}/"),
                                     ("Content-Length", "0")]))
            return True
        if case in ("rs412", "rs202"):
            code = "412 Precondition Failed" if case == "rs412" else "202 Accepted"
            body = RUISHU.encode()
            send(_head(code, [("Server", "nginx"), ("Content-Type", "text/html; charset=utf-8"),
                              ("Content-Length", str(len(body))),
                              ("Set-Cookie", "FSSBBIl1UgzbN7N80S=Xt4pXcK1q0nHqW3n2VJbAkX8m_0qzE9gQbnqo6bJdP2p7Ea1xwRFkS;"
                                             " Path=/; expires=Sat, 23 Nov 2036 02:00:00 GMT; HttpOnly"),
                              ("Connection", "keep-alive")]) + body)
            return True
        if case == "jsl521":
            body = JSL_STAGE1.encode()
            send(_head("521", [("Server", "jiasule-WAF"), ("Content-Type", "text/html"),
                               ("Content-Length", str(len(body))),
                               ("Set-Cookie", "__jsluid_h=4f3b2a1c0d9e8f7a6b5c4d3e2f1a0b9c; max-age=31536000; path=/; HttpOnly"),
                               ("Connection", "keep-alive")]) + body)
            return True
        if case == "cf503":
            body = CF_EN.encode()
            send(_head("503 Service Temporarily Unavailable",
                       [("Server", "cloudflare"), ("Content-Type", "text/html; charset=UTF-8"),
                        ("Content-Length", str(len(body))), ("cf-mitigated", "challenge"),
                        ("Cache-Control", "private, max-age=0, no-store, no-cache, must-revalidate"),
                        ("CF-RAY", "8e7b1c2d3f4a5b6c-HKG"), ("Connection", "keep-alive")]) + body)
            return True
        if case == "cfzh403":
            body = CF_ZH.encode()
            send(_head("403 Forbidden", [("Server", "cloudflare"), ("Content-Type", "text/html; charset=UTF-8"),
                                         ("Content-Length", str(len(body))), ("cf-mitigated", "challenge"),
                                         ("CF-RAY", "8e7b1c2d3f4a5b6d-SJC"), ("Connection", "keep-alive")]) + body)
            return True
        if case == "safedog":
            send(_status("403 Forbidden", SAFEDOG.encode(), [("X-Powered-By", "WAF/2.0")]))
            return True
        if case == "yunsuo":
            body = YUNSUO.encode()
            send(_head("200 OK", [("Server", "Microsoft-IIS/7.5"), ("Content-Type", "text/html"),
                                  ("Content-Length", str(len(body))),
                                  ("Set-Cookie", "yunsuo_session_verify=1e8a3b0d4f7c9e2a6b5d8c1f0e3a7b9d; "
                                                 "expires=Sun, 29-Nov-26 02:00:00 GMT; path=/; HttpOnly"),
                                  ("Connection", "close")]) + body)
            return False
        if case == "safeline":
            send(_status("403 Forbidden", SAFELINE.encode()))
            return True
        if case == "hwwaf":
            send(_status("418 I'm a teapot", HUAWEI.encode(), [("Server", "CloudWAF")]))
            return True
        if case == "wallcols":
            p = path.split("?")[0]
            if any(p.startswith(f"/col/{c}/") for c in ("gsgg", "ghjh", "zfcg", "rdhy", "jcxx")) \
                    or p.startswith("/api/"):
                body = RUISHU.encode()
                send(_head("412 Precondition Failed",
                           [("Server", "nginx"), ("Content-Type", "text/html; charset=utf-8"),
                            ("Content-Length", str(len(body))),
                            ("Set-Cookie", "FSSBBIl1UgzbN7N80T=abc; Path=/; HttpOnly"), ("Connection", "keep-alive")])
                     + body)
                return True
            return serve(self.home_scripted)
        if case == "walllinks":
            p = path.split("?")[0]
            if p.startswith("/uploads/"):
                if p.endswith(".pdf"):
                    body = JSL_STAGE1.encode()
                    send(_head("521", [("Server", "jiasule-WAF"), ("Content-Type", "text/html"),
                                       ("Content-Length", str(len(body))),
                                       ("Set-Cookie", "__jsluid_h=aa; max-age=31536000; path=/; HttpOnly"),
                                       ("Connection", "keep-alive")]) + body)
                else:
                    body = RUISHU.encode()
                    send(_head("412 Precondition Failed",
                               [("Server", "nginx"), ("Content-Type", "text/html; charset=utf-8"),
                                ("Content-Length", str(len(body))), ("Connection", "keep-alive")]) + body)
                return True
            return serve(self.home_attach)
        if case == "ceutf8":
            res = site_resource(path, self.home)
            if res is None:
                send(_status("404 Not Found", b"not found"))
                return True
            st, body, ct = res
            send(_head(st, [("Server", "Apache"), ("Content-Type", ct), ("Content-Encoding", "UTF-8"),
                            ("Content-Length", str(len(body))), ("Connection", "keep-alive")]) + body)
            return True
        if case in ("gztrunc", "gzdouble"):
            res = site_resource(path, self.home)
            if res is None or path.split("?")[0] not in ("/", "/index.html"):
                return serve(self.home)
            st, body, ct = res
            if case == "gztrunc":
                z = gzip.compress(body, mtime=0)[:-8]
                if head:
                    w.write(_head(st, [("Server", "nginx"), ("Content-Type", ct), ("Content-Encoding", "gzip"),
                                       ("Connection", "close")]))
                    return False
                w.write(_head(st, [("Server", "nginx"), ("Content-Type", ct), ("Content-Encoding", "gzip"),
                                   ("Connection", "close")]) + z)
                return False
            z = gzip.compress(gzip.compress(body, mtime=0), mtime=0)
            send(_head(st, [("Server", "nginx"), ("Content-Type", ct), ("Content-Encoding", "gzip"),
                            ("Content-Length", str(len(z))), ("Connection", "keep-alive")]) + z)
            return True
        if case == "clte":
            res = site_resource(path, self.home)
            if res is None:
                return serve(self.home)
            st, body, ct = res
            chunks = b"".join(b"%x\r\n" % len(body[i:i + 4000]) + body[i:i + 4000] + b"\r\n"
                              for i in range(0, len(body), 4000)) + b"0\r\n\r\n"
            send(_head(st, [("Server", "Microsoft-IIS/6.0"), ("Content-Type", ct), ("Content-Length", "999"),
                            ("Transfer-Encoding", "chunked"), ("Connection", "keep-alive")]) + chunks)
            return True
        if case == "close11":
            res = site_resource(path, self.home)
            if res is None:
                send(_status("404 Not Found", b"nf"))
                return True
            st, body, ct = res
            w.write(_head(st, [("Server", "httpd"), ("Content-Type", ct), ("Connection", "keep-alive")])
                    + (b"" if head else body))
            return False
        if case == "chunkext":
            res = site_resource(path, self.home)
            if res is None:
                send(_status("404 Not Found", b"nf"))
                return True
            st, body, ct = res
            chunks = b"".join(b"%06X;ieof;name=\"v\"\r\n" % len(body[i:i + 3000]) + body[i:i + 3000] + b"\r\n"
                              for i in range(0, len(body), 3000)) + b"0000\r\nX-Checksum: 9f2c\r\n\r\n"
            send(_head(st, [("Server", "Resin/4.0"), ("Content-Type", ct), ("Transfer-Encoding", "chunked"),
                            ("Trailer", "X-Checksum"), ("Connection", "keep-alive")]) + chunks)
            return True
        if case == "barelf":
            res = site_resource(path, self.home)
            if res is None:
                w.write(_head("404 Not Found", [("Content-Length", "2"), ("Connection", "close")], eol=b"\n") + b"nf")
                return False
            st, body, ct = res
            w.write(_head(st, [("Server", "thttpd/2.25b"), ("Content-Type", ct), ("Content-Length", str(len(body))),
                               ("Connection", "close")], eol=b"\n") + (b"" if head else body))
            return False
        if case == "gbkreason":
            res = site_resource(path, self.home)
            if res is None:
                send(_status("404 Not Found", b"nf"))
                return True
            st, body, ct = res
            send(_head("", [(b"Server", "政务云网关".encode("gbk")), (b"Content-Type", ct.encode()),
                            (b"Content-Length", str(len(body)).encode()), (b"Connection", b"keep-alive")],
                       status_bytes=("HTTP/1.1 " + st.split(" ")[0] + " 成功").encode("gbk")) + body)
            return True
        if case == "locquery":
            if path == "/" or path == "":
                send(_head("302 Found", [("Server", "nginx"), ("Location", "?from=pc"), ("Content-Length", "0"),
                                         ("Connection", "keep-alive")]))
                return True
            return serve(self.home)
        if case == "locbslash":
            if path in ("/", ""):
                send(_head("302 Object moved", [("Server", "Microsoft-IIS/8.5"), ("X-Powered-By", "ASP.NET"),
                                                ("Location", "\\portal\\index.html"), ("Content-Length", "0"),
                                                ("Connection", "keep-alive")]))
                return True
            return serve(self.home)
        if case == "idnredir":
            if path in ("/", ""):
                send(_head("302 Found", [(b"Server", b"nginx"), (b"Location", f"http://{IDN_HOST}/".encode()),
                                         (b"Content-Length", b"0"), (b"Connection", b"keep-alive")]))
                return True
            return serve(self.home)
        if case == "punyredir":
            if path in ("/", ""):
                send(_head("302 Found", [("Server", "nginx"), ("Location", f"http://{puny(IDN_HOST)}/index.html"),
                                         ("Content-Length", "0"), ("Connection", "keep-alive")]))
                return True
            return serve(self.home)
        if case in ("ckdomain", "ckspace", "cksecure"):
            name, value, attrs = {
                "ckdomain": ("JSESSIONID", "8A3F2C1D9E7B6A5F4E3D2C1B0A9F8E7D", "Domain=.hostile6.test; Path=/; HttpOnly"),
                "ckspace": ("visit", '{"v":1, "t":"pc zh"}', "path=/"),
                "cksecure": ("acw_sc", "5f3e2d1c0b9a", "Path=/; Secure; HttpOnly"),
            }[case]
            if f"{name}={value}" in req.cookie:
                return serve(self.home)
            send(_head("302 Found", [("Server", "nginx"), ("Set-Cookie", f"{name}={value}; {attrs}"),
                                     ("Location", f"http://{req.headers.get('host', '')}{path}"),
                                     ("Content-Length", "0"), ("Connection", "keep-alive")]))
            return True
        if case == "headbody":
            res = site_resource(path, self.home_attach)
            if not head:
                return serve(self.home_attach)
            p = path.split("?")[0]
            if res is None:
                w.write(_status("404 Not Found", b"<html><body>404</body></html>"))
                return True
            st, body, ct = res
            if p.endswith(".doc"):
                junk = b"<html><body><h1>501 Not Implemented</h1></body></html>"
                w.write(_status("501 Not Implemented", junk))
            elif p.startswith("/col/"):
                junk = b"<html><body><h1>405 Method Not Allowed</h1></body></html>"
                w.write(_status("405 Method Not Allowed", junk, [("Allow", "GET, POST")]))
            else:
                w.write(_status(st, body, ctype=ct))   # HEAD with its body
            return True
        send(_status("404 Not Found", b"<html><body>unknown host</body></html>"))
        return True


def resolve_map(port: int) -> dict[str, str]:
    """Every host the pages name, to the server (the footer's https links to the
    government site registry, beian.miit.gov.cn and conac.cn, reach a plain-http port
    there: a TLS failure, as no DNS is allowed here; in the world they resolve)."""
    addr = f"127.0.0.1:{port}"
    return {f"*.{DOMAIN}": addr, "*.gov.cn": addr, "*.conac.cn": addr, ZHENGWU_HOST: addr}


def zlib_raw(data: bytes) -> bytes:   # kept for a later deflate case
    c = zlib.compressobj(wbits=-15)
    return c.compress(data) + c.flush()
