"""Blind evaluation, hijacked sites round 8: pages and truth written before any scan.

Fourteen sites as they look in late 2026: ten hacked the ways kits actually do it
(spam in the <title>/<meta> only, a Dean Edwards packer, String.fromCharCode behind a
Baidu referrer test, \\x/\\u escapes, a hiding class in <style>, clip:rect in
traditional Chinese, atob in English, a casino landing page under the old title, a
WordPress pharma hack, a canonical/og:url hijack) and four clean traps (a sports
bureau's 体育彩票 news with display:none tabs and mobile menu, a police anti-gambling
campaign, a civil-affairs 福利彩票公益金 page, an English council with a skip link
and an off-screen accessibility menu).

Every site is a dict of path -> HTML; the truth sits beside it in SITES.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import cycle

NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TODAY = NOW.date()


def d(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


# ---------------------------------------------------------------------------
# truth
# ---------------------------------------------------------------------------


@dataclass
class ColTruth:
    name: str
    type: str  # news / notice / policy / personnel / planning / other
    newest: dt.date | None
    empty: bool = False


@dataclass
class SiteTruth:
    id: str
    name: str
    host: str
    status: str  # at both depths (the hijack findings are shown by the homepage)
    passed: bool
    must: set[str] = field(default_factory=set)  # every one must appear
    must_any: set[str] = field(default_factory=set)  # at least one must appear
    must_not: set[str] = field(default_factory=set)
    home_newest: dt.date | None = None  # newest item date on the homepage
    columns: list[ColTruth] = field(default_factory=list)
    charset: str = "utf-8"
    note: str = ""
    pages: dict[str, str] = field(default_factory=dict)


HIJACK_CODES = {"spam_content", "hidden_links", "offsite_redirect", "cloaking"}

# ---------------------------------------------------------------------------
# vocabulary for realistic content
# ---------------------------------------------------------------------------

ZH_NEWS = [
    "县委常委会召开会议传达学习党的二十届四中全会精神",
    "县政府召开第{n}次常务会议研究部署冬季安全生产工作",
    "县领导带队督导检查秋冬季森林防火工作",
    "全县高标准农田建设现场推进会召开",
    "我县举办2026年秋季招才引智专场招聘会",
    "县人大常委会开展优化营商环境条例执法检查",
    "县政协召开“民生实事”专题协商会",
    "县委理论学习中心组举行2026年第{n}次集体学习",
    "我县开展冬季道路交通安全集中整治行动",
    "县领导调研重点项目建设进展情况",
    "全县安全生产和消防安全工作会议召开",
    "我县召开农村人居环境整治提升工作推进会",
    "县长主持召开县政府第{n}次全体会议",
    "我县顺利通过国家卫生县城复审",
    "县委书记到乡镇调研乡村振兴工作",
    "我县组织开展“119”消防宣传月活动",
    "全县秋冬种生产工作现场会召开",
    "我县举行重大项目集中签约仪式",
    "县政府与省农科院签订战略合作协议",
    "我县启动2026年冬季供暖保障工作",
]
ZH_TOWN_NEWS = [
    "柳塘镇召开冬季森林防火工作部署会",
    "柳塘镇开展“平安家园”入户宣传活动",
    "镇党委理论学习中心组开展专题学习",
    "柳塘镇组织开展燃气安全隐患排查",
    "柳塘镇举行2026年度征兵欢送会",
    "镇领导走访慰问困难群众",
    "柳塘镇开展河湖“清四乱”专项行动",
    "柳塘镇召开村级换届风险研判会",
    "柳塘镇组织收看全省安全生产电视电话会议",
    "柳塘镇开展秋冬季农机安全检查",
]
ZH_NOTICE = [
    "关于2026年冬季森林防火期有关事项的通告",
    "关于开展2026年度统计执法检查的通知",
    "关于公开招聘社区工作者的公告",
    "关于做好2027年度城乡居民基本医疗保险参保缴费工作的通知",
    "关于调整部分公交线路的公告",
    "关于2026年第{n}批次建设用地征收的预公告",
    "关于开展安全生产大检查的通知",
    "关于公布政务服务事项清单的通知",
    "关于元旦期间烟花爆竹禁放的通告",
    "关于征集2027年县政府民生实事项目的公告",
]
ZH_POLICY = [
    "梅溪县人民政府办公室关于印发《梅溪县城市生活垃圾分类管理办法》的通知",
    "梅溪县人民政府关于印发《梅溪县国土空间总体规划实施方案》的通知",
    "梅溪县人民政府办公室关于进一步做好稳就业工作的实施意见",
    "关于印发《梅溪县农村集体经济组织财务管理办法》的通知",
    "梅溪县人民政府关于促进民营经济高质量发展的若干意见",
    "关于印发《梅溪县防汛抗旱应急预案》的通知",
    "梅溪县人民政府办公室关于加强城市道路停车管理的通知",
    "关于印发《梅溪县老旧小区改造实施方案》的通知",
]
ZH_PERSONNEL = [
    "梅溪县人民政府关于王建国等同志职务任免的通知",
    "2026年梅溪县事业单位公开招聘工作人员拟聘用人员公示",
    "梅溪县2026年公开遴选公务员拟遴选人员名单公示",
    "梅溪县人民政府关于李卫东等同志职务任免的通知",
    "2026年梅溪县教师招聘拟聘用人员公示",
]
ZH_PLANNING = [
    "梅溪县国民经济和社会发展第十五个五年规划纲要（征求意见稿）",
    "梅溪县2026年政府工作报告",
    "梅溪县2026年重点项目投资计划",
    "梅溪县“十五五”综合交通发展规划编制启动公告",
]
EN_NEWS = [
    "Winter gritting routes confirmed for 2026/27",
    "Council tax support scheme consultation opens",
    "New opening hours for the Market Street recycling centre",
    "Christmas lights switch-on: road closures on the High Street",
    "Planning committee agenda published",
    "Green waste collections pause for winter",
    "Cost of living support: apply for the Household Support Fund",
    "Leisure centre pool reopens after refurbishment",
    "Remembrance Sunday services across the district",
    "Residents invited to have their say on the draft Local Plan",
    "Free parking in council car parks on December Saturdays",
    "Town centre regeneration: shopfront grants now open",
    "Flood alert: sandbag collection points",
    "Annual canvass: check your electoral registration",
]

EN_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]


def en_date(day: dt.date) -> str:
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def gov_url(prefix: str, day: dt.date, seq: int) -> str:
    return f"/{prefix}/{day:%Y%m}/t{day:%Y%m%d}_{4200000 + seq * 37}.html"


def items(pool: list[str], offsets: list[int], prefix: str, seed: int = 0) -> list[tuple[str, dt.date, str]]:
    out = []
    titles = cycle(pool[seed % len(pool):] + pool[: seed % len(pool)])
    for i, off in enumerate(offsets):
        title = next(titles).replace("{n}", str(30 - i))
        day = d(off)
        out.append((title, day, gov_url(prefix, day, seed * 100 + i)))
    return out


# ---------------------------------------------------------------------------
# shared chrome (Chinese government portal)
# ---------------------------------------------------------------------------

ZH_MEGA_MENU = {
    "首页": [],
    "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "财政预决算", "重大建设项目", "公共资源配置", "政府采购", "审计信息"],
    "政务服务": ["办事指南", "便民服务", "企业开办", "不动产登记", "社保服务", "医保服务", "公积金查询", "户籍办理", "出入境", "一件事一次办"],
    "互动交流": ["县长信箱", "网上咨询", "在线访谈", "征集调查", "12345热线", "常见问题"],
    "走进梅溪": ["梅溪概况", "历史沿革", "行政区划", "人口民族", "自然资源", "旅游景点", "特色产业", "梅溪名人"],
    "专题专栏": ["学习贯彻党的二十届四中全会精神", "优化营商环境", "安全生产", "乡村振兴", "创建全国文明城市", "法治政府建设", "民生实事"],
}


def zh_header(site_name: str, host: str, logo_alt: str | None = None) -> str:
    menu = []
    for i, (top, subs) in enumerate(ZH_MEGA_MENU.items()):
        if not subs:
            menu.append(f'<li class="nav-item on"><a href="/">{top}</a></li>')
            continue
        sub = "".join(f'<li><a href="/{["zwgk","zwfw","hdjl","zjmx","ztzl"][i-1]}/{j:02d}/">{s}</a></li>' for j, s in enumerate(subs))
        menu.append(
            f'<li class="nav-item"><a href="/{["zwgk","zwfw","hdjl","zjmx","ztzl"][i-1]}/">{top}</a>'
            f'<div class="sub-nav"><div class="sub-inner"><ul class="clearfix">{sub}</ul></div></div></li>'
        )
    return f"""
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="fl"><span id="today"></span><span class="weather">梅溪 &nbsp;多云 6℃~15℃</span></div>
    <div class="fr top-links">
      <a href="javascript:void(0)" id="wza">无障碍浏览</a> |
      <a href="javascript:void(0)" onclick="SetHome(this,location.href)">设为首页</a> |
      <a href="javascript:void(0)" onclick="AddFavorite(location.href,document.title)">加入收藏</a> |
      <a href="/wap/">手机版</a> |
      <a href="javascript:void(0)" class="jf">繁体</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <div class="logo fl"><a href="/"><img src="/images/logo.png" alt="{logo_alt or site_name}" /></a></div>
    <div class="search fr">
      <form action="http://{host}/search/" method="get" target="_blank" name="searchform">
        <input type="text" name="searchword" class="s-input" placeholder="请输入关键字" />
        <input type="submit" class="s-btn" value="搜索" />
      </form>
      <p class="hot-words">热词：<a href="/search/?searchword=社保">社保</a> <a href="/search/?searchword=公积金">公积金</a> <a href="/search/?searchword=招聘">招聘</a> <a href="/search/?searchword=营商环境">营商环境</a></p>
    </div>
  </div>
</div>
<div class="nav"><div class="w1200"><ul class="clearfix">{''.join(menu)}</ul></div></div>
"""


def zh_footer(site_name: str, icp: str, gongan: str, bsm: str, year: int = 2026, extra_links: str = "") -> str:
    return f"""
<div class="links-bar">
  <div class="w1200 clearfix">
    <span class="tit">相关链接：</span>
    <select onchange="if(this.value!='')window.open(this.value)">
      <option value="">-- 国家部委网站 --</option>
      <option value="https://www.gov.cn/">中国政府网</option>
      <option value="https://www.ndrc.gov.cn/">国家发展改革委</option>
      <option value="http://www.moe.gov.cn/">教育部</option>
      <option value="https://www.mof.gov.cn/">财政部</option>
    </select>
    <select onchange="if(this.value!='')window.open(this.value)">
      <option value="">-- 省级政府网站 --</option>
      <option value="https://www.zj.gov.cn/">浙江省人民政府</option>
      <option value="http://www.jiangsu.gov.cn/">江苏省人民政府</option>
    </select>
    <select onchange="if(this.value!='')window.open(this.value)">
      <option value="">-- 市县政府网站 --</option>
      <option value="http://www.qingyuan-demo.gov.cn/">清源市人民政府</option>
    </select>
    {extra_links}
  </div>
</div>
<div class="footer">
  <div class="w1200 clearfix">
    <div class="f-logo fl">
      <span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1F2B3C" target="_blank"><img src="/images/red.png" alt="党政机关" /></a></span>
      <span id="_jiucuo_"><img src="/images/jiucuo.png" alt="政府网站找错" /></span>
    </div>
    <div class="f-text fl">
      <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/yssm/">隐私声明</a></p>
      <p>主办单位：{site_name} &nbsp; 承办：梅溪县大数据发展中心 &nbsp; 联系电话：0579-8812345</p>
      <p>版权所有 © 2015-{year} {site_name} &nbsp; 网站标识码：{bsm} &nbsp;
         <a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a> &nbsp;
         <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={gongan[6:-1]}" target="_blank"><img src="/images/ga.png" alt="" />{gongan}</a></p>
      <p>建议使用1366×768分辨率，IE10以上版本浏览器浏览本站</p>
    </div>
  </div>
</div>
"""


ZH_CSS = """
*{margin:0;padding:0}body{font:14px/1.6 "Microsoft YaHei",Arial;color:#333;background:#fff}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}img{border:0}
.clearfix:after{content:"";display:block;clear:both}.fl{float:left}.fr{float:right}.w1200{width:1200px;margin:0 auto}
.top-bar{height:34px;line-height:34px;background:#f3f3f3;border-bottom:1px solid #e5e5e5;font-size:12px}
.header{height:150px;background:url(/images/banner.jpg) center no-repeat}
.nav{height:52px;background:#0b5eb8}.nav li.nav-item{float:left;position:relative;width:200px;text-align:center}
.nav li.nav-item>a{display:block;color:#fff;font-size:18px;line-height:52px}
.nav .sub-nav{display:none;position:absolute;left:0;top:52px;width:600px;background:#fff;z-index:99;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.nav li.nav-item:hover .sub-nav{display:block}
.sub-nav li{float:left;width:33%;line-height:36px}
.box{border:1px solid #e3e3e3;margin-top:15px}.box .hd{height:40px;line-height:40px;border-bottom:2px solid #0b5eb8;padding:0 12px}
.box .hd h3{float:left;font-size:18px;color:#0b5eb8}.box .hd .more{float:right;font-size:12px;color:#999}
.list li{height:34px;line-height:34px;padding:0 12px;overflow:hidden;background:url(/images/dot.png) 2px center no-repeat}
.list li a{float:left;width:80%;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.list li span{float:right;color:#999}
.tabs .tab-hd li{float:left;padding:0 18px;cursor:pointer}.tabs .tab-hd li.on{background:#0b5eb8;color:#fff}
.tab-bd .pane{display:none}.tab-bd .pane.on{display:block}
.slider{width:580px;height:360px;overflow:hidden;position:relative}.slider .txt{position:absolute;bottom:0;left:0;width:100%;background:rgba(0,0,0,.5);color:#fff}
.links-bar{background:#f5f5f5;padding:14px 0;margin-top:20px}.links-bar select{width:220px;height:30px;margin-right:15px}
.footer{background:#0b5eb8;color:#fff;padding:22px 0}.footer a{color:#fff}.footer p{line-height:28px}
.service li{float:left;width:25%;text-align:center;height:90px}
.leader li{float:left;width:50%;text-align:center}
.zt img{width:390px;height:80px;margin:8px 0}
"""

ZH_SCRIPTS_TAIL = """
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/js/jquery.SuperSlide.2.1.3.js"></script>
<script type="text/javascript">
function showTime(){var d=new Date();var w=["日","一","二","三","四","五","六"];
document.getElementById("today").innerHTML="今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];}
showTime();
jQuery(".slider").slide({mainCell:".bd ul",effect:"leftLoop",autoPlay:true,interTime:4000});
jQuery(".tabs").slide({titCell:".tab-hd li",mainCell:".tab-bd",titOnClassName:"on",trigger:"mouseover"});
function SetHome(obj,url){try{obj.style.behavior='url(#default#homepage)';obj.setHomePage(url);}catch(e){alert("您的浏览器不支持，请手动设置。");}}
function AddFavorite(url,title){try{window.external.addFavorite(url,title);}catch(e){try{window.sidebar.addPanel(title,url,"");}catch(e){alert("请使用Ctrl+D进行添加");}}}
</script>
<script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/40672617/CA330000000406726170001.js' type='text/javascript'%3E%3C/script%3E"));</script>
<script id="_jiucuo_" sitecode="3307000007" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5f1c8e2a4b7d9c3e6a0b2d4f8e1c7a93";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
<script src="https://wza.cniil.com/wza/wza.js" charset="utf-8"></script>
"""


def zh_list_box(title: str, more: str, rows: list[tuple[str, dt.date, str]], fmt: str = "%Y-%m-%d", cls: str = "box") -> str:
    lis = "\n".join(
        f'      <li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{day.strftime(fmt)}</span></li>'
        for t, day, u in rows
    )
    return f"""
<div class="{cls}">
  <div class="hd"><h3>{title}</h3><a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div>
  <div class="bd"><ul class="list">
{lis}
  </ul></div>
</div>"""


def zh_list_page(site_name: str, host: str, col_name: str, crumbs: str, rows: list[tuple[str, dt.date, str]], icp: str, gongan: str, bsm: str) -> str:
    lis = "\n".join(
        f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span class="date">{day:%Y-%m-%d}</span></li>'
        for t, day, u in rows
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{col_name}_{site_name}</title>
<meta name="SiteName" content="{site_name}" /><meta name="SiteDomain" content="{host}" />
<meta name="ColumnName" content="{col_name}" /><meta name="ColumnType" content="{col_name}" />
<link rel="stylesheet" href="/css/common.css" />
<style>{ZH_CSS}.list-main li{{border-bottom:1px dashed #ddd}}</style>
</head><body>
{zh_header(site_name, host)}
<div class="w1200 clearfix">
  <div class="position">您当前的位置：<a href="/">首页</a> &gt; {crumbs} &gt; <span>{col_name}</span></div>
  <div class="left-menu fl" style="width:240px"><h2>{crumbs}</h2>
    <ul><li class="on"><a href="#">{col_name}</a></li><li><a href="/zwgk/01/">政府信息公开指南</a></li><li><a href="/zwgk/04/">政府信息公开年报</a></li></ul>
  </div>
  <div class="right-con fr" style="width:930px">
    <div class="box"><div class="hd"><h3>{col_name}</h3></div>
      <ul class="list list-main">
{lis}
      </ul>
      <div class="page"><script>createPageHTML(6, 0, "index", "html");</script></div>
    </div>
  </div>
</div>
{zh_footer(site_name, icp, gongan, bsm)}
{ZH_SCRIPTS_TAIL}
</body></html>"""


def more_rows(rows: list[tuple[str, dt.date, str]], pool: list[str], prefix: str, start: int, step: int, n: int, seed: int) -> list[tuple[str, dt.date, str]]:
    last = (TODAY - rows[-1][1]).days if rows else start
    extra = items(pool, [last + step * (i + 1) for i in range(n)], prefix, seed + 7)
    return rows + extra


# ---------------------------------------------------------------------------
# hack payloads
# ---------------------------------------------------------------------------

SPAM_ZH_CATS = {
    "体育": ["皇冠体育", "开云体育官网", "乐鱼体育app下载", "亚博体育", "华体会体育", "必威体育", "bet365体育投注", "足球外围投注", "世界杯买球平台", "沙巴体育"],
    "棋牌": ["开元棋牌", "棋牌游戏平台", "真人棋牌官网", "斗地主赢现金", "炸金花平台", "牛牛棋牌", "德州扑克真钱", "百家乐平台", "龙虎斗技巧", "AG真人视讯"],
    "彩票": ["彩票平台注册送88元", "时时彩计划", "北京赛车pk10", "幸运飞艇开奖", "澳门六合彩开奖结果", "快三彩票平台", "彩票网投", "重庆时时彩", "六合彩资料大全", "一分快三"],
    "代孕": ["代孕公司", "试管代孕包成功", "广州代孕", "北京代孕机构", "代孕生男孩", "供卵试管", "代孕妈妈", "美国代孕", "代孕价格", "泰国试管婴儿代孕"],
    "办证": ["办证刻章", "办理毕业证", "假证制作", "代办驾驶证", "办理学历证书", "刻章办证电话", "办假身份证", "办理房产证", "文凭代办", "办证联系方式"],
}
SPAM_DOMAINS = [
    "www.hg{n}.com", "www.ky{n}.vip", "www.ly{n}-sports.com", "www.yb{n}.net", "www.hth{n}.cc",
    "www.bw{n}.com", "www.365bet{n}.com", "www.qp{n}.com", "www.ag{n}.vip", "www.cp{n}.cc",
    "www.ssc{n}.com", "www.pk{n}.net", "www.lhc{n}.com", "www.dy{n}.cn", "www.bz{n}.cn",
]


def spam_links_zh(n: int, seed: int) -> list[tuple[str, str]]:
    words = [w for ws in SPAM_ZH_CATS.values() for w in ws]
    out = []
    for i in range(n):
        w = words[(i * 7 + seed) % len(words)]
        dom = SPAM_DOMAINS[(i + seed) % len(SPAM_DOMAINS)].replace("{n}", str(1000 + (i * 37 + seed) % 8999))
        out.append((f"https://{dom}/", w))
    return out


def js_pack(source: str) -> str:
    """Dean Edwards' packer (base62, normal encoding): what the kits paste."""
    words = re.findall(r"\b\w+\b", source, flags=re.ASCII)
    freq: dict[str, int] = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    ordered = sorted(freq, key=lambda w: (-freq[w], w))

    def enc(c: int) -> str:
        digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
        s = ""
        while True:
            s = digits[c % 62] + s
            c //= 62
            if c == 0:
                return s

    codes = {w: enc(i) for i, w in enumerate(ordered)}
    keys = ["" for _ in ordered]
    for i, w in enumerate(ordered):
        keys[i] = "" if codes[w] == w else w
    packed = re.sub(r"\b\w+\b", lambda m: codes[m.group(0)], source, flags=re.ASCII)
    packed = packed.replace("\\", "\\\\").replace("'", "\\'")
    return (
        "eval(function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?"
        "String.fromCharCode(c+29):c.toString(36))};if(!''.replace(/^/,String)){while(c--)d[e(c)]=k[c]||e(c);"
        "k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};while(c--)if(k[c])p=p.replace("
        "new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c]);return p}"
        f"('{packed}',62,{len(ordered)},'{'|'.join(keys)}'.split('|'),0,{{}}))"
    )


def js_escape(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        out.append(f"\\x{o:02x}" if o < 128 else f"\\u{o:04x}")
    return "".join(out)


def char_codes(s: str) -> str:
    return ",".join(str(ord(c)) for c in s)


def entities(s: str) -> str:
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in s)


# ---------------------------------------------------------------------------
# a Chinese government homepage, parametrised
# ---------------------------------------------------------------------------


@dataclass
class ZhCol:
    name: str
    type: str
    path: str
    crumbs: str
    rows: list[tuple[str, dt.date, str]]
    pool: list[str]
    prefix: str


def zh_homepage(
    *,
    site_name: str,
    host: str,
    title: str,
    cols: list[ZhCol],
    icp: str,
    gongan: str,
    bsm: str,
    head_extra: str = "",
    body_top: str = "",
    body_bottom: str = "",
    style_extra: str = "",
    slider: list[tuple[str, dt.date, str]] | None = None,
    feature: str = "",
    meta_keywords: str = "",
    meta_description: str = "",
    charset: str = "utf-8",
    footer_links: str = "",
) -> str:
    slider = slider or cols[0].rows[:4]
    slides = "".join(
        f'<li><a href="{u}" target="_blank"><img src="/images/slide{i}.jpg" alt="{t}" /><p class="txt">{t}</p></a></li>'
        for i, (t, _day, u) in enumerate(slider)
    )
    head_news = slider[0]
    boxes = [zh_list_box(c.name, c.path, c.rows) for c in cols]
    left = "".join(boxes[0::2])
    right = "".join(boxes[1::2])
    services = "".join(
        f'<li><a href="/zwfw/{i:02d}/"><img src="/images/fw{i}.png" alt="" /><p>{s}</p></a></li>'
        for i, s in enumerate(["个人办事", "法人办事", "部门服务", "主题服务", "便民查询", "投资项目", "证照办理", "好差评"])
    )
    zt = "".join(
        f'<a href="/ztzl/{i:02d}/"><img src="/images/zt{i}.jpg" alt="{s}" /></a>'
        for i, s in enumerate(ZH_MEGA_MENU["专题专栏"])
    )
    leaders = "".join(
        f'<li><a href="/zwgk/ldzc/{i}/"><img src="/images/ld{i}.jpg" alt="" /><p>{n}</p><p class="zw">{z}</p></a></li>'
        for i, (n, z) in enumerate([("陈志远", "县长"), ("刘海燕", "常务副县长"), ("吴建军", "副县长"), ("周敏", "副县长")])
    )
    hd = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="renderer" content="webkit" />
<title>{title}</title>
<meta name="keywords" content="{meta_keywords or site_name}" />
<meta name="description" content="{meta_description or site_name + '门户网站'}" />
<meta name="SiteName" content="{site_name}" />
<meta name="SiteDomain" content="{host}" />
<meta name="SiteIDCode" content="{bsm}" />
<meta name="ColumnName" content="首页" />
<meta name="ColumnType" content="首页" />
{head_extra}
<link rel="stylesheet" type="text/css" href="/css/common.css" />
<link rel="stylesheet" type="text/css" href="/css/index.css" />
<style type="text/css">{ZH_CSS}{style_extra}</style>
<!--[if lt IE 9]><script src="/js/html5shiv.min.js"></script><![endif]-->
</head>
<body>
{body_top}
{zh_header(site_name, host)}
<div class="w1200 main clearfix">
  <div class="headline"><h1><a href="{head_news[2]}" target="_blank">{head_news[0]}</a></h1>
    <p>　　{head_news[1].month}月{head_news[1].day}日，{site_name}召开会议，认真传达学习中央、省、市有关会议精神，研究部署下一阶段重点工作。会议强调，要坚持稳中求进工作总基调…<a href="{head_news[2]}">[详细]</a></p></div>
  <div class="slider fl"><div class="bd"><ul>{slides}</ul></div><div class="hd"><ul></ul></div></div>
  <div class="fr" style="width:600px">{left}</div>
</div>
<div class="w1200 clearfix">
  <div class="fl" style="width:590px">{right}</div>
  <div class="fr" style="width:590px">
    <div class="box"><div class="hd"><h3>政务服务</h3><a class="more" href="https://www.zjzwfw.gov.cn/" target="_blank">更多&gt;&gt;</a></div>
      <ul class="service clearfix">{services}</ul></div>
    <div class="box"><div class="hd"><h3>领导之窗</h3></div><ul class="leader clearfix">{leaders}</ul></div>
  </div>
</div>
{feature}
<div class="w1200 zt clearfix"><div class="box"><div class="hd"><h3>专题专栏</h3><a class="more" href="/ztzl/">更多&gt;&gt;</a></div><div class="bd">{zt}</div></div></div>
<div class="w1200 clearfix">
  <div class="box"><div class="hd"><h3>互动交流</h3></div>
    <ul class="hd-list clearfix">
      <li><a href="/hdjl/xzxx/"><img src="/images/xx.png" alt="" />县长信箱</a></li>
      <li><a href="/hdjl/wszx/"><img src="/images/zx.png" alt="" />网上咨询</a></li>
      <li><a href="/hdjl/zxft/"><img src="/images/ft.png" alt="" />在线访谈</a></li>
      <li><a href="/hdjl/zjdc/"><img src="/images/dc.png" alt="" />征集调查</a></li>
    </ul></div>
</div>
{zh_footer(site_name, icp, gongan, bsm, extra_links=footer_links)}
{body_bottom}
{ZH_SCRIPTS_TAIL}
</body>
</html>
"""
    return hd


def zh_site_pages(site_name: str, host: str, cols: list[ZhCol], icp: str, gongan: str, bsm: str, seed: int) -> dict[str, str]:
    pages = {}
    for c in cols:
        full = more_rows(list(c.rows), c.pool, c.prefix, 1, 6 if c.type == "news" else 25, 12, seed)
        pages[c.path] = zh_list_page(site_name, host, c.name, c.crumbs, full, icp, gongan, bsm)
    return pages


def std_cols(site_short: str, base_news: int, seed: int, news_pool: list[str] | None = None) -> list[ZhCol]:
    news_pool = news_pool or ZH_NEWS
    return [
        ZhCol("工作动态", "news", "/xwzx/gzdt/", "新闻中心", items(news_pool, [base_news + i * 2 for i in range(8)], "xwzx/gzdt", seed), news_pool, "xwzx/gzdt"),
        ZhCol("通知公告", "notice", "/xwzx/tzgg/", "新闻中心", items(ZH_NOTICE, [3 + i * 9 for i in range(8)], "xwzx/tzgg", seed + 1), ZH_NOTICE, "xwzx/tzgg"),
        ZhCol("政策文件", "policy", "/zwgk/zcwj/", "政务公开", items(ZH_POLICY, [12 + i * 20 for i in range(7)], "zwgk/zcwj", seed + 2), ZH_POLICY, "zwgk/zcwj"),
        ZhCol("人事信息", "personnel", "/zwgk/rsxx/", "政务公开", items(ZH_PERSONNEL, [20 + i * 30 for i in range(5)], "zwgk/rsxx", seed + 3), ZH_PERSONNEL, "zwgk/rsxx"),
        ZhCol("规划计划", "planning", "/zwgk/ghjh/", "政务公开", items(ZH_PLANNING, [40 + i * 60 for i in range(4)], "zwgk/ghjh", seed + 4), ZH_PLANNING, "zwgk/ghjh"),
        ZhCol(f"{site_short}动态", "news", "/xwzx/xzdt/", "新闻中心", items(news_pool, [base_news + 1 + i * 3 for i in range(8)], "xwzx/xzdt", seed + 5), news_pool, "xwzx/xzdt"),
    ]


def col_truth(cols: list[ZhCol]) -> list[ColTruth]:
    return [ColTruth(c.name, c.type, max(r[1] for r in c.rows)) for c in cols]


SITES: list[SiteTruth] = []

# ---------------------------------------------------------------------------
# H1: spam in <title> and <meta> only, body untouched (the commonest SEO hijack)
# ---------------------------------------------------------------------------

_h1_cols = std_cols("乡镇", 1, 1)
_h1_pages = {
    "/": zh_homepage(
        site_name="梅溪县人民政府",
        host="www.meixi.gov.cn",
        title="澳门葡京官网-澳门新葡京娱乐场-葡京赌场网址|梅溪县人民政府",
        meta_keywords=entities("澳门葡京,澳门新葡京,葡京娱乐场,葡京赌场网址,澳门百家乐,新葡京官网"),
        meta_description=entities("澳门葡京娱乐场【www.pj8866.com】官方直营网站,提供百家乐、龙虎斗、老虎机、体育投注,注册即送88元彩金,24小时在线客服,梅溪县人民政府"),
        cols=_h1_cols,
        icp="浙ICP备05012345号-1",
        gongan="浙公网安备 33078102000123号",
        bsm="3307810001",
        charset="gb2312",
    ),
}
_h1_pages.update(zh_site_pages("梅溪县人民政府", "www.meixi.gov.cn", _h1_cols, "浙ICP备05012345号-1", "浙公网安备 33078102000123号", "3307810001", 1))
SITES.append(SiteTruth(
    id="title_meta_spam", name="梅溪县人民政府", host="www.meixi.gov.cn",
    status="hijacked", passed=False, must={"spam_content"}, must_not={"offsite_redirect"},
    home_newest=d(1), columns=col_truth(_h1_cols), charset="gbk", pages=_h1_pages,
    note="title and meta keywords/description (the latter as &#NNNNN; entities) sell 澳门葡京; body untouched",
))

# ---------------------------------------------------------------------------
# H2: Dean Edwards packer writes an off-screen block of links (town government)
# ---------------------------------------------------------------------------

_h2_links = spam_links_zh(40, 3)
_h2_src = (
    "document.write('<div style=\"position:absolute;top:-999px;left:-999px;\">"
    + "".join(f'<a href=\"{u}\" target=\"_blank\">{w}</a>' for u, w in _h2_links)
    + "</div>');"
)
_h2_cols = std_cols("村居", 2, 2, ZH_TOWN_NEWS)
_h2_cols[0].name = "镇务动态"
_h2_cols[5].name = "村居动态"
_h2_pages = {
    "/": zh_homepage(
        site_name="梅溪县柳塘镇人民政府", host="lt.meixi.gov.cn", title="梅溪县柳塘镇人民政府",
        cols=_h2_cols, icp="浙ICP备05012345号-8", gongan="浙公网安备 33078102000231号", bsm="3307810018",
        body_bottom=f'<script type="text/javascript">{js_pack(_h2_src)}</script>',
    ),
}
_h2_pages.update(zh_site_pages("梅溪县柳塘镇人民政府", "lt.meixi.gov.cn", _h2_cols, "浙ICP备05012345号-8", "浙公网安备 33078102000231号", "3307810018", 2))
SITES.append(SiteTruth(
    id="packer_offscreen", name="梅溪县柳塘镇人民政府", host="lt.meixi.gov.cn",
    status="hijacked", passed=False, must_any={"hidden_links", "spam_content"}, must_not={"offsite_redirect"},
    home_newest=d(2), columns=col_truth(_h2_cols), pages=_h2_pages,
    note="eval(function(p,a,c,k,e,d)...) packs document.write of a top:-999px div with 40 体育/棋牌/彩票/代孕/办证 links",
))

# ---------------------------------------------------------------------------
# H3: school: Baidu referrer test, target kept in String.fromCharCode
# ---------------------------------------------------------------------------

SCHOOL_NEWS = [
    "我校举行2026年秋季运动会", "我校召开期中教学质量分析会", "高三年级召开百日誓师大会筹备会",
    "我校开展消防疏散应急演练", "我校教师在市优质课评比中获佳绩", "我校开展“宪法宣传周”主题教育活动",
    "我校举行青年教师教学基本功大赛", "我校召开家长委员会会议", "我校学子在省青少年科技创新大赛中获奖",
    "我校开展心理健康教育主题班会", "我校举办校园文化艺术节", "我校组织开展防溺水安全教育",
]
SCHOOL_NOTICE = [
    "关于2026年秋季学期期末考试安排的通知", "关于寒假放假及安全教育的通知", "关于开展校园周边安全隐患排查的通知",
    "2027年高考报名工作须知", "关于公布2026年秋季学期作息时间的通知", "关于教师资格定期注册的通知",
]


def school_page(name: str, host: str, head_extra: str, news: list, notices: list, jxky: list) -> str:
    def ul(rows, fmt="%Y-%m-%d"):
        return "".join(f'<li><span class="time">{day.strftime(fmt)}</span><a href="{u}" title="{t}">{t}</a></li>' for t, day, u in rows)
    nav = "".join(
        f'<li><a href="/{p}/">{t}</a><ul class="subnav">' + "".join(f'<li><a href="/{p}/{i}/">{s}</a></li>' for i, s in enumerate(subs)) + "</ul></li>"
        for p, t, subs in [
            ("xxgk", "学校概况", ["学校简介", "校长致辞", "历史沿革", "领导班子", "校园风光"]),
            ("xwzx", "新闻中心", ["学校新闻", "通知公告", "媒体报道"]),
            ("jxky", "教学科研", ["教研动态", "课题研究", "教学成果", "名师风采"]),
            ("dyzx", "德育之窗", ["德育动态", "班主任工作", "心理健康", "安全教育"]),
            ("dqgz", "党群工作", ["党建动态", "工会工作", "共青团"]),
            ("zsjy", "招生就业", ["招生简章", "高考喜报", "升学指导"]),
        ]
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{name}</title>
<meta name="keywords" content="{name},梅溪三中,梅溪县第三中学">
<meta name="description" content="{name}创办于1958年，是省二级特色示范高中。">
{head_extra}
<link rel="stylesheet" href="/template/default/css/style.css">
<style>
body{{margin:0;font:14px/1.8 "微软雅黑";background:#f6f6f6}}.wrap{{width:1180px;margin:0 auto}}
#nav>ul>li{{float:left;position:relative;width:16%}}#nav .subnav{{display:none;position:absolute;background:#9a0000}}
#nav li:hover .subnav{{display:block}}.box{{background:#fff;margin:12px 0;padding:10px}}
.box h2{{border-bottom:2px solid #9a0000;font-size:18px}}.box li{{list-style:none;line-height:32px}}
.time{{float:right;color:#888}}.footer{{background:#9a0000;color:#fff;text-align:center;padding:20px 0}}
</style>
</head>
<body>
<div class="top"><div class="wrap"><img src="/template/default/images/logo.png" alt="{name}"><span class="motto">厚德 博学 笃行 创新</span></div></div>
<div id="nav"><div class="wrap"><ul class="clearfix"><li><a href="/">首页</a></li>{nav}</ul></div></div>
<div class="banner"><img src="/uploads/allimg/banner2026.jpg" alt=""></div>
<div class="wrap clearfix">
  <div class="box fl" style="width:560px"><h2><span>学校新闻</span><a class="more" href="/xwzx/xxxw/">更多+</a></h2><ul>{ul(news)}</ul></div>
  <div class="box fr" style="width:560px"><h2><span>通知公告</span><a class="more" href="/xwzx/tzgg/">更多+</a></h2><ul>{ul(notices)}</ul></div>
  <div class="box fl" style="width:560px"><h2><span>教研动态</span><a class="more" href="/jxky/jydt/">更多+</a></h2><ul>{ul(jxky)}</ul></div>
  <div class="box fr" style="width:560px"><h2><span>快速通道</span></h2>
    <ul class="quick"><li><a href="http://zy.meixi-edu.cn/">教育资源平台</a></li><li><a href="https://www.zxx.edu.cn/">国家中小学智慧教育平台</a></li>
    <li><a href="/oa/">办公OA</a></li><li><a href="/xzzx/">下载中心</a></li><li><a href="/xyfc/">校园风采</a></li></ul></div>
</div>
<div class="wrap clearfix">
  {school_extra()}
</div>
<div class="footer">
  <p>地址：梅溪县城关镇学府路88号 邮编：321300 电话：0579-8816021</p>
  <p>Copyright &copy; 2012-2026 {name} 版权所有 <a href="https://beian.miit.gov.cn/">浙ICP备12034567号-1</a> 技术支持：金华某网络科技有限公司</p>
</div>
<script src="/template/default/js/jquery.min.js"></script>
<script>$(function(){{$("#nav li").hover(function(){{$(this).find(".subnav").stop().slideDown(200)}},function(){{$(this).find(".subnav").stop().slideUp(200)}});}});</script>
</body>
</html>
"""


SCHOOL_EXTRA_TITLES = {
    "德育之窗": ["高一年级开展行为规范教育月活动", "我校召开班主任工作经验交流会", "“文明寝室”评比结果揭晓", "我校开展感恩教育主题活动", "学生会换届选举顺利完成", "我校举行十八岁成人仪式"],
    "党建工作": ["校党委召开理论学习中心组学习会", "我校开展“三会一课”规范化检查", "党员教师志愿服务进社区", "校党委开展党风廉政警示教育", "我校召开民主生活会", "党员先锋岗授牌仪式举行"],
    "名师风采": ["省特级教师工作室年度总结", "市学科带头人示范课展示", "青年教师成长营结业", "县名班主任工作室送教下乡", "名师工作室开展同课异构活动", "骨干教师赴外省跟岗学习"],
    "校园安全": ["冬季校园安全隐患排查整改情况", "我校开展食品安全专项检查", "交警进校园开展交通安全教育", "我校开展防震减灾应急演练", "校园欺凌防治工作专题会议", "消防安全知识讲座举行"],
}


def school_extra(offsets_seed: int = 0) -> str:
    out = []
    for k, (title, rows) in enumerate(SCHOOL_EXTRA_TITLES.items()):
        lis = "".join(
            f'<li><span class="time">{d(3 + k * 2 + i * 9):%Y-%m-%d}</span><a href="/x{k}/{d(3 + k * 2 + i * 9):%Y%m}/{8000 + k * 10 + i}.html" title="{t}">{t}</a></li>'
            for i, t in enumerate(rows)
        )
        out.append(f'<div class="box {"fl" if k % 2 == 0 else "fr"}" style="width:560px"><h2><span>{title}</span><a class="more" href="/x{k}/">更多+</a></h2><ul>{lis}</ul></div>')
    pics = "".join(f'<li><a href="/xyfc/{i}.html"><img src="/uploads/xyfc/{i}.jpg" alt="校园风采{i}"><p>校园一角{i}</p></a></li>' for i in range(12))
    out.append(f'<div class="box" style="clear:both"><h2><span>校园风采</span></h2><ul class="pics">{pics}</ul></div>')
    fl = "".join(f'<a href="{u}" target="_blank">{t}</a> ' for u, t in [
        ("http://jyj.meixi.gov.cn/", "梅溪县教育局"), ("http://jyt.zj.gov.cn/", "浙江省教育厅"), ("http://www.moe.gov.cn/", "教育部"),
        ("https://www.zxx.edu.cn/", "国家中小学智慧教育平台"), ("https://www.zjzs.net/", "浙江省教育考试院"), ("https://www.chsi.com.cn/", "中国高等教育学生信息网")])
    out.append(f'<div class="box" style="clear:both"><h2><span>友情链接</span></h2><p class="friend">{fl}</p></div>')
    return "".join(out)


def school_list(name: str, col: str, rows: list) -> str:
    lis = "".join(f'<li><a href="{u}">{t}</a><span>{day:%Y-%m-%d}</span></li>' for t, day, u in rows)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{col}-{name}</title>
<link rel="stylesheet" href="/template/default/css/style.css"></head><body>
<div class="top"><img src="/template/default/images/logo.png" alt="{name}"></div>
<div class="wrap"><div class="position">当前位置：<a href="/">首页</a> &gt; {col}</div>
<ul class="list">{lis}</ul>
<div class="pagelist"><a>首页</a><a>上一页</a><a href="list_2.html">下一页</a><a href="list_8.html">末页</a> 共8页 共150条记录</div></div>
<div class="footer">Copyright &copy; 2012-2026 {name} 版权所有</div></body></html>"""


_h3_target = "https://www.ky8866.vip/?ag=8818"
_h3_head = f"""<script type="text/javascript">
(function(){{
  var r = document.referrer.toLowerCase();
  var se = ["baidu.com","sogou.com","so.com","sm.cn","bing.com","google."];
  for (var i = 0; i < se.length; i++) {{
    if (r.indexOf(se[i]) > -1) {{
      window.location.href = String.fromCharCode({char_codes(_h3_target)});
      break;
    }}
  }}
}})();
</script>"""
_h3_news = [(t, d(o), f"/xwzx/xxxw/{d(o):%Y%m}/{5000 + i}.html") for i, (t, o) in enumerate(zip(SCHOOL_NEWS, [1, 3, 5, 8, 11, 13, 16, 19, 24, 27], strict=False))]
_h3_notice = [(t, d(o), f"/xwzx/tzgg/{d(o):%Y%m}/{6000 + i}.html") for i, (t, o) in enumerate(zip(SCHOOL_NOTICE, [4, 17, 33, 50, 81, 96], strict=False))]
_h3_jy = [(t, d(o), f"/jxky/jydt/{d(o):%Y%m}/{7000 + i}.html") for i, (t, o) in enumerate(zip(SCHOOL_NEWS[5:], [6, 14, 22, 35, 44, 58], strict=False))]
SITES.append(SiteTruth(
    id="school_referrer_fromcharcode", name="梅溪县第三中学", host="www.mxsz.net",
    status="hijacked", passed=False, must_any={"hidden_links", "offsite_redirect", "cloaking"},
    home_newest=d(1),
    columns=[ColTruth("学校新闻", "news", d(1)), ColTruth("通知公告", "notice", d(4)), ColTruth("教研动态", "news", d(6))],
    pages={
        "/": school_page("梅溪县第三中学", "www.mxsz.net", _h3_head, _h3_news, _h3_notice, _h3_jy),
        "/xwzx/xxxw/": school_list("梅溪县第三中学", "学校新闻", _h3_news),
        "/xwzx/tzgg/": school_list("梅溪县第三中学", "通知公告", _h3_notice),
        "/jxky/jydt/": school_list("梅溪县第三中学", "教研动态", _h3_jy),
    },
    note="head script sends visitors from baidu/sogou/360/bing to a gambling site whose URL is String.fromCharCode(...)",
))

# ---------------------------------------------------------------------------
# H4: \x / \u escaped document.write of a font-size:0 link block (health bureau)
# ---------------------------------------------------------------------------

_h4_links = spam_links_zh(30, 11)
_h4_html = '<div style="font-size:0px;line-height:0;height:0;overflow:hidden">' + "".join(
    f'<a href="{u}">{w}</a>' for u, w in _h4_links
) + "</div>"
_h4_cols = std_cols("医疗卫生", 1, 4)
_h4_cols[0].name = "卫健要闻"
_h4_cols[5].name = "基层动态"
_h4_pages = {
    "/": zh_homepage(
        site_name="梅溪县卫生健康局", host="wjj.meixi.gov.cn", title="梅溪县卫生健康局",
        cols=_h4_cols, icp="浙ICP备05012345号-12", gongan="浙公网安备 33078102000311号", bsm="3307810034",
        body_bottom=f'<script language="javascript">document.write("{js_escape(_h4_html)}");</script>',
    ),
}
_h4_pages.update(zh_site_pages("梅溪县卫生健康局", "wjj.meixi.gov.cn", _h4_cols, "浙ICP备05012345号-12", "浙公网安备 33078102000311号", "3307810034", 4))
SITES.append(SiteTruth(
    id="escaped_fontsize0", name="梅溪县卫生健康局", host="wjj.meixi.gov.cn",
    status="hijacked", passed=False, must={"hidden_links"}, must_not={"offsite_redirect"},
    home_newest=d(1), columns=col_truth(_h4_cols), pages=_h4_pages,
    note="document.write of \\x-escaped tags and \\u-escaped Chinese: a font-size:0 div of 30 gambling/代孕/办证 links",
))

# ---------------------------------------------------------------------------
# H5: a hiding class defined in <style>, 100 links (education bureau)
# ---------------------------------------------------------------------------

_h5_links = spam_links_zh(100, 5)
_h5_block = '<div class="mx-friend-lk">' + "\n".join(f'<a href="{u}" target="_blank">{w}</a>' for u, w in _h5_links) + "</div>"
_h5_cols = std_cols("学校", 2, 5)
_h5_cols[0].name = "教育要闻"
_h5_cols[5].name = "学校动态"
_h5_pages = {
    "/": zh_homepage(
        site_name="梅溪县教育局", host="jyj.meixi.gov.cn", title="梅溪县教育局",
        cols=_h5_cols, icp="浙ICP备05012345号-5", gongan="浙公网安备 33078102000145号", bsm="3307810021",
        style_extra=".foot-ewm img{width:90px}.mx-friend-lk{display:none}.wza-bar{height:0}",
        body_bottom=_h5_block,
    ),
}
_h5_pages.update(zh_site_pages("梅溪县教育局", "jyj.meixi.gov.cn", _h5_cols, "浙ICP备05012345号-5", "浙公网安备 33078102000145号", "3307810021", 5))
SITES.append(SiteTruth(
    id="style_class_display_none", name="梅溪县教育局", host="jyj.meixi.gov.cn",
    status="hijacked", passed=False, must={"hidden_links", "spam_content"}, must_not={"offsite_redirect"},
    home_newest=d(2), columns=col_truth(_h5_cols), pages=_h5_pages,
    note="<style> .mx-friend-lk{display:none} among the site's own rules; a div of that class holds 100 links",
))

# ---------------------------------------------------------------------------
# H6: Taiwanese district office, traditional Chinese, clip:rect(0 0 0 0)
# ---------------------------------------------------------------------------

TW_SPAM = [
    "娛樂城推薦", "線上娛樂城", "六合彩開獎", "香港六合彩", "運彩分析", "百家樂技巧", "老虎機", "體育投注",
    "娛樂城體驗金", "真人百家樂", "台灣彩券539", "今彩539明牌", "棒球賭盤", "賭場娛樂城", "九州娛樂城", "富遊娛樂城",
    "LEO娛樂城", "金合發娛樂城", "線上賭場", "運彩投注站",
]
TW_NEWS = [
    "本所辦理115年度冬令救濟物資發放", "嘉禾區114年度第4季里長座談會紀要", "本區辦理秋冬防火宣導活動",
    "嘉禾區公所辦理登革熱孳生源清除日", "本所辦理高齡者健康促進講座", "嘉禾區里民活動中心修繕工程完工",
    "本所辦理防災社區演練", "嘉禾區公所辦理國家賠償業務說明會", "本區辦理役男抽籤作業公告", "本所辦理志願服務表揚大會",
]


def roc(day: dt.date) -> str:
    return f"{day.year - 1911}-{day.month:02d}-{day.day:02d}"


_h6_news = [(t, d(o), f"/News_Content.aspx?n=2871&s={381000 + i}") for i, (t, o) in enumerate(zip(TW_NEWS, [1, 2, 4, 7, 9, 12, 15, 18, 21, 25], strict=False))]
_h6_ann = [(t, d(o), f"/News_Content.aspx?n=2872&s={382000 + i}") for i, (t, o) in enumerate(zip(
    ["公告本區115年度役男兵籍調查", "公告本所115年度預算書", "公告嘉禾區清潔隊資源回收時間調整", "公告本區低收入戶年度總清查", "公告本區土地徵收補償清冊", "公告里鄰編組調整案"],
    [3, 10, 24, 40, 62, 90], strict=False))]
_h6_links = [(f"https://www.{['fuyou', 'jiuzhou', 'leo', 'jinhefa', 'lhc', 'sport'][i % 6]}{88 + i}.tw.casino/", w) for i, w in enumerate(TW_SPAM * 2)]


TW_LI = ["嘉禾", "中正", "民生", "光復", "復興", "仁愛", "忠孝", "信義", "和平", "崇德", "文賢", "永康", "新興", "大同", "福安", "長安", "興南", "東興", "西河", "北勢", "南埔", "頂寮", "下營", "溪洲"]
TW_EXTRA = (
    '<section class="li"><h2>里辦公處資訊</h2><table class="li-table"><caption>各里辦公處聯絡資訊</caption>'
    '<tr><th scope="col">里別</th><th scope="col">里長</th><th scope="col">辦公處地址</th><th scope="col">電話</th></tr>'
    + "".join(f'<tr><td><a href="/cp.aspx?n=5{i:02d}">{n}里</a></td><td>{"陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊"[i]}○○</td><td>臺南市嘉禾區{n}路{10 + i * 3}號</td><td>(06)571{2000 + i * 17}</td></tr>' for i, n in enumerate(TW_LI))
    + '</table></section>'
    '<section class="act"><h2>活動訊息</h2><ul>'
    + "".join(f'<li><a href="/News_Content.aspx?n=2873&amp;s={383000 + i}">{t}</a></li>' for i, t in enumerate(["115年元旦升旗典禮", "嘉禾區冬季長者健康講座", "社區環境綠美化競賽", "親子共讀說故事活動", "防詐騙宣導講座", "里民運動會", "志工招募說明會", "資源回收兌換活動"]))
    + '</ul></section>'
    '<nav class="sitemap"><h2>網站導覽</h2>'
    + "".join(f'<dl><dt><a href="/cp.aspx?n={100 + i}">{t}</a></dt>' + "".join(f'<dd><a href="/cp.aspx?n={100 + i}{j}">{x}</a></dd>' for j, x in enumerate(sub)) + "</dl>" for i, (t, sub) in enumerate([
        ("機關介紹", ["區長簡介", "組織架構", "業務職掌", "歷史沿革", "聯絡資訊"]),
        ("業務資訊", ["民政業務", "社會福利", "人文業務", "農業建設", "兵役業務", "調解業務"]),
        ("便民服務", ["下載專區", "常見問答", "預約服務", "場地借用", "雙語詞彙"]),
        ("政府資訊公開", ["預算決算", "施政計畫", "採購資訊", "內部控制", "廉政專區", "性別主流化"]),
    ]))
    + '</nav>'
)


def tw_page(news, ann, hidden):
    def ul(rows):
        return "".join(f'<li><a href="{u}" title="{t}">{t}</a><span class="date">{roc(day)}</span></li>' for t, day, u in rows)
    menu = "".join(
        f'<li><a href="/cp.aspx?n={100 + i}">{t}</a></li>'
        for i, t in enumerate(["機關介紹", "最新消息", "業務資訊", "便民服務", "政府資訊公開", "里鄰資訊", "為民服務", "相關連結"])
    )
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>臺南市嘉禾區公所</title>
<meta name="DC.Title" content="臺南市嘉禾區公所">
<meta name="DC.Publisher" content="臺南市嘉禾區公所">
<meta name="Category.Theme" content="300">
<link rel="stylesheet" href="/css/style.css">
<style>.accesskey{{position:absolute;left:-3000px}}#divHeader .menu li{{float:left}}</style>
</head>
<body>
<a href="#C" class="accesskey" title="跳到主要內容區塊">跳到主要內容區塊</a>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<div id="divHeader">
  <a href="#U" id="AU" accesskey="U" title="上方功能區塊" class="accesskey">:::</a>
  <h1><a href="/"><img src="/images/logo.png" alt="臺南市嘉禾區公所LOGO"></a></h1>
  <ul class="menu">{menu}</ul>
  <form action="/Search.aspx"><label for="q">搜尋</label><input id="q" name="q" type="text"><button>搜尋</button></form>
</div>
<div id="C"><a href="#C" accesskey="C" title="中央內容區塊" class="accesskey">:::</a>
  <section class="news"><h2>最新消息</h2><a class="more" href="/News.aspx?n=2871">更多最新消息</a><ul>{ul(news)}</ul></section>
  <section class="news"><h2>公告資訊</h2><a class="more" href="/News.aspx?n=2872">更多公告資訊</a><ul>{ul(ann)}</ul></section>
  <section class="quick"><h2>便民服務</h2><ul>
    <li><a href="/cp.aspx?n=301">調解業務</a></li><li><a href="/cp.aspx?n=302">兵役業務</a></li><li><a href="/cp.aspx?n=303">社會福利</a></li>
    <li><a href="https://www.tainan.gov.tw/">臺南市政府</a></li><li><a href="https://www.gov.tw/">我的E政府</a></li></ul></section>
</div>
{TW_EXTRA}
<div style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">{''.join(f'<a href="{u}">{w}</a>' for u, w in hidden)}</div>
<div id="divFooter"><a href="#Z" accesskey="Z" title="下方功能區塊" class="accesskey">:::</a>
  <p>地址：73041臺南市嘉禾區中正路100號 電話：(06)5712345 服務時間：週一至週五 8:00-17:00</p>
  <p>Copyright © 2026 臺南市嘉禾區公所 版權所有 瀏覽人次：1,234,567 更新日期：{roc(d(1))}</p>
  <a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20260101000001" title="無障礙網站"><img src="/images/accessibility.png" alt="通過AA等級無障礙網頁檢測"></a>
</div>
<script src="/js/jquery.min.js"></script>
</body>
</html>
"""


def tw_list(col: str, rows) -> str:
    lis = "".join(f'<tr><td>{i + 1}</td><td><a href="{u}">{t}</a></td><td>{roc(day)}</td></tr>' for i, (t, day, u) in enumerate(rows))
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{col}-臺南市嘉禾區公所</title></head><body>
<div id="divHeader"><h1>臺南市嘉禾區公所</h1></div><div id="C"><h2>{col}</h2>
<table class="list"><tr><th>序號</th><th>標題</th><th>發布日期</th></tr>{lis}</table></div>
<div id="divFooter">Copyright © 2026 臺南市嘉禾區公所</div></body></html>"""


SITES.append(SiteTruth(
    id="tw_clip_trad", name="臺南市嘉禾區公所", host="www.jiahe.tainan.gov.tw",
    status="hijacked", passed=False, must={"hidden_links", "spam_content"}, must_not={"offsite_redirect"},
    home_newest=d(1),
    columns=[ColTruth("最新消息", "news", d(1)), ColTruth("公告資訊", "notice", d(3))],
    pages={
        "/": tw_page(_h6_news, _h6_ann, _h6_links),
        "/News.aspx?n=2871": tw_list("最新消息", _h6_news),
        "/News.aspx?n=2872": tw_list("公告資訊", _h6_ann),
    },
    note="clip:rect(0 0 0 0) 1px box of 40 links: 娛樂城, 六合彩, 運彩, 百家樂 (traditional)",
))

# ---------------------------------------------------------------------------
# H7: English council, atob() writes an opacity:0 block (viagra, casino online, payday loans)
# ---------------------------------------------------------------------------

EN_SPAM = [
    ("https://www.buy-viagra-rx24.com/", "buy viagra online"), ("https://www.cialis-generic-shop.net/", "generic cialis 20mg"),
    ("https://www.casinoonline-uk.bet/", "casino online"), ("https://www.best-slots-real-money.com/", "online slots real money"),
    ("https://www.paydayloans-now.co/", "payday loans no credit check"), ("https://www.instant-payday-uk.com/", "same day payday loans"),
    ("https://www.nonstop-casinos.org/", "casinos not on gamstop"), ("https://www.pharmacy-norx.com/", "viagra without prescription"),
    ("https://www.bestbettingsites.io/", "online betting sites"), ("https://www.quickloan-direct.co/", "bad credit loans guaranteed approval"),
    ("https://www.free-spins-nodeposit.net/", "free spins no deposit"), ("https://www.tramadol-overnight.com/", "tramadol overnight delivery"),
]
_h7_block = '<div style="opacity:0;position:absolute;z-index:-1;width:1px;height:1px;overflow:hidden">' + " ".join(
    f'<a href="{u}">{t}</a>' for u, t in EN_SPAM * 2
) + "</div>"


EN_EVENTS = "".join(
    f'<li class="event"><a href="/events/{slug}"><span class="event-title">{t}</span></a> <span class="event-when">{w}</span> <span class="event-where">{p}</span></li>'
    for slug, t, w, p in [
        ("winter-wonderland", "Winter Wonderland family day", "Saturdays in December, 10am to 4pm", "Town Hall Gardens"),
        ("carol-concert", "Community carol concert", "Sunday 20 December, 6pm", "St Mary's Church"),
        ("repair-cafe", "Repair café", "First Saturday of each month", "Community Centre"),
        ("health-walks", "Weekly health walks", "Every Wednesday, 10am", "Meet at the Leisure Centre"),
        ("craft-fair", "Makers' craft fair", "Sunday 13 December", "Corn Exchange"),
        ("job-club", "Job club drop-in", "Tuesdays, 1pm to 3pm", "Central Library"),
    ]
)
EN_AZ = "".join(
    f'<li><a href="/a-z/{x.lower().replace(" ", "-")}">{x}</a></li>'
    for x in [
        "Abandoned vehicles", "Allotments", "Anti-social behaviour", "Benefits", "Bin collections", "Births, deaths and marriages",
        "Building control", "Business rates", "Car parks", "Cemeteries", "Climate change", "Community grants", "Complaints",
        "Council meetings", "Council tax", "Councillors", "Dog fouling", "Elections", "Environmental health", "Events",
        "Flooding", "Fly-tipping", "Food safety", "Freedom of information", "Garden waste", "Graffiti", "Grants",
        "Homelessness", "Housing", "Jobs", "Leisure centres", "Licensing", "Local Plan", "Markets", "Noise",
        "Parking", "Parks", "Pest control", "Planning", "Recycling", "Registering to vote", "Street cleaning",
        "Street lighting", "Taxis", "Tourism", "Trees", "Volunteering", "Waste", "Young people",
    ]
)


def en_council(name: str, host: str, news: list, notices: list, *, head_extra: str = "", body_top: str = "", body_bottom: str = "", style_extra: str = "") -> str:
    def cards(rows):
        return "".join(
            f'<li class="news-card"><a href="{u}"><h3>{t}</h3></a><p class="meta"><time datetime="{day:%Y-%m-%d}">{en_date(day)}</time></p></li>'
            for t, day, u in rows
        )

    def ul(rows):
        return "".join(f'<li><a href="{u}">{t}</a> <span class="date">{en_date(day)}</span></li>' for t, day, u in rows)
    services = [
        ("Bins and recycling", ["Collection days", "Missed bin", "Garden waste", "Bulky waste", "Recycling centres"]),
        ("Council tax", ["Pay your council tax", "Discounts and exemptions", "Council tax bands", "Moving home"]),
        ("Planning and building", ["Search applications", "Comment on an application", "Local Plan", "Building control"]),
        ("Housing", ["Apply for housing", "Homelessness", "Private renting", "Disabled facilities grants"]),
        ("Parking and roads", ["Parking permits", "Pay a parking fine", "Report a pothole", "Car parks"]),
        ("Benefits", ["Housing benefit", "Council tax support", "Free school meals", "Household Support Fund"]),
        ("Licensing", ["Alcohol and entertainment", "Taxi licensing", "Gambling premises", "Street trading"]),
        ("Environment", ["Fly-tipping", "Noise nuisance", "Pest control", "Air quality"]),
    ]
    mega = "".join(
        f'<li class="menu-item"><a href="/{s.lower().replace(" ", "-")}">{s}</a><ul class="sub-menu">'
        + "".join(f'<li><a href="/{s.lower().replace(" ", "-")}/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in subs)
        + "</ul></li>"
        for s, subs in services
    )
    tiles = "".join(
        f'<div class="service-tile"><h2><a href="/{s.lower().replace(" ", "-")}">{s}</a></h2><ul>'
        + "".join(f'<li><a href="/{s.lower().replace(" ", "-")}/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in subs[:3])
        + "</ul></div>"
        for s, subs in services
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}</title>
<meta name="description" content="Official website of {name}: council services, news and information for residents and businesses.">
<meta property="og:title" content="{name}">
<meta property="og:url" content="https://{host}/">
<link rel="canonical" href="https://{host}/">
{head_extra}
<link rel="stylesheet" href="/themes/custom/council/css/main.css?v=4.12">
<style>
.visually-hidden{{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px;word-wrap:normal}}
.sub-menu{{display:none}}.menu-item:hover .sub-menu{{display:block}}
.news-card{{display:inline-block;width:31%;vertical-align:top}}
{style_extra}
</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8HK2XV1RTC"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-8HK2XV1RTC',{{anonymize_ip:true}});</script>
</head>
<body class="path-frontpage">
{body_top}
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner" hidden>
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.</p>
  <button class="accept">Accept additional cookies</button> <button class="reject">Reject additional cookies</button> <a href="/cookies">View cookies</a>
</div>
<header class="site-header" role="banner">
  <div class="container">
    <a href="/" class="logo"><img src="/themes/custom/council/logo.svg" alt="{name} home page"></a>
    <form class="search" action="/search" role="search"><label for="edit-keys" class="visually-hidden">Search</label><input id="edit-keys" name="keys" type="search" placeholder="Search this site"><button type="submit">Search</button></form>
    <a class="account" href="https://my.{host}/">My Account</a>
  </div>
  <nav class="main-nav" aria-label="Main"><ul class="menu">{mega}</ul></nav>
</header>
<main id="main-content" role="main">
  <section class="hero"><h1>Welcome to {name}</h1><p>Find out about council services, pay for things and report problems online.</p></section>
  <section class="services"><h2 class="visually-hidden">Services</h2>{tiles}</section>
  <section class="latest-news"><h2>Latest news</h2><ul class="cards">{cards(news)}</ul><a class="more" href="/news">See all news</a></section>
  <section class="public-notices"><h2>Public notices</h2><ul>{ul(notices)}</ul><a class="more" href="/public-notices">All public notices</a></section>
  <section class="events"><h2>What's on</h2><ul>{EN_EVENTS}</ul><a class="more" href="/events">All events</a></section>
  <section class="a-z"><h2>Services A to Z</h2><ul class="az">{EN_AZ}</ul></section>
  <section class="consult"><h2>Consultations</h2><p>Have your say on council decisions. <a href="/consultations">Current consultations</a></p></section>
</main>
<footer class="site-footer" role="contentinfo">
  <div class="container">
    <ul class="footer-links"><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact-us">Contact us</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/jobs">Jobs</a></li></ul>
    <ul class="social"><li><a href="https://www.facebook.com/{host.split('.')[1]}council">Facebook</a></li><li><a href="https://x.com/{host.split('.')[1]}council">X</a></li><li><a href="https://www.youtube.com/@{host.split('.')[1]}">YouTube</a></li></ul>
    <p>&copy; {name} 2026</p>
  </div>
</footer>
{body_bottom}
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/themes/custom/council/js/main.js?v=4.12"></script>
</body>
</html>
"""


def en_list(name: str, col: str, rows: list) -> str:
    lis = "".join(f'<li class="listing-item"><h3><a href="{u}">{t}</a></h3><p><time datetime="{day:%Y-%m-%d}">{en_date(day)}</time></p></li>' for t, day, u in rows)
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{col} | {name}</title></head><body>
<header><a href="/">{name}</a></header><nav class="breadcrumb"><a href="/">Home</a> &rsaquo; {col}</nav>
<main id="main-content"><h1>{col}</h1><ul class="listing">{lis}</ul>
<nav class="pager"><a href="?page=1">Next page</a></nav></main>
<footer><p>&copy; {name} 2026</p></footer></body></html>"""


def en_rows(pool: list[str], offs: list[int], prefix: str) -> list:
    return [(t, d(o), f"/{prefix}/{t.lower().replace(' ', '-').replace(':', '').replace('/', '-').replace(',', '')}") for t, o in zip(cycle(pool), offs)]


EN_NOTICES = [
    "Notice of election: Parish council by-election", "Temporary traffic regulation order: Mill Lane",
    "Notice of public rights: annual accounts", "Licensing Act 2003 application: 14 High Street",
    "Proposed stopping up of highway: Orchard Close", "Statement of persons nominated",
]
_h7_news = en_rows(EN_NEWS, [1, 2, 4, 6, 9, 12], "news")
_h7_notices = en_rows(EN_NOTICES, [3, 8, 15, 29, 44, 70], "public-notices")
_h7_b64 = base64.b64encode(_h7_block.encode()).decode()
SITES.append(SiteTruth(
    id="en_council_atob_opacity", name="Wexcombe District Council", host="www.wexcombe.gov.uk",
    status="hijacked", passed=False, must_any={"hidden_links", "spam_content"}, must_not={"offsite_redirect"},
    home_newest=d(1),
    columns=[ColTruth("Latest news", "news", d(1)), ColTruth("Public notices", "notice", d(3))],
    pages={
        "/": en_council("Wexcombe District Council", "www.wexcombe.gov.uk", _h7_news, _h7_notices,
                        body_bottom=f'<script>document.write(atob("{_h7_b64}"));</script>'),
        "/news": en_list("Wexcombe District Council", "News", _h7_news),
        "/public-notices": en_list("Wexcombe District Council", "Public notices", _h7_notices),
    },
    note="document.write(atob(...)) of an opacity:0 1px block: viagra, casino online, payday loans",
))

# ---------------------------------------------------------------------------
# H8: the whole homepage replaced by a casino landing page, old title kept
# ---------------------------------------------------------------------------

_h8_games = ["真人视讯", "电子游艺", "体育投注", "彩票游戏", "棋牌游戏", "捕鱼达人", "电子竞技"]
_h8_promos = [
    "新会员首存100%彩金 最高8888元", "每日签到送彩金 连续7天再送588元", "体育串关返水1.2% 无上限",
    "真人视讯百家乐 日返水0.8%", "推荐好友 永久享受佣金分成", "VIP晋级礼金 最高188888元",
]
_h8_rows = "".join(
    f'<tr><td>{n}</td><td>{g}</td><td>¥{a:,}.00</td><td>{t}</td></tr>'
    for n, g, a, t in zip(
        ["王**", "李**", "张**", "刘**", "陈**", "杨**", "黄**", "赵**", "吴**", "周**"] * 3,
        cycle(["百家乐", "龙虎斗", "六合彩", "时时彩", "老虎机", "炸金花", "牛牛"]),
        [88888, 12560, 3888, 56000, 9999, 234500, 18888, 6666, 77777, 5200] * 3,
        cycle(["刚刚", "1分钟前", "3分钟前", "5分钟前"]),
    )
)
_H8_FAQ = "".join(
    f"<dl><dt>{q}</dt><dd>{a}</dd></dl>"
    for q, a in [
        ("如何注册会员？", "点击页面右上角“立即注册”，填写账号、密码及手机号即可完成注册，注册成功后系统自动赠送38元体验金。"),
        ("存款多久到账？", "支付宝、微信、USDT存款一般1分钟内到账，银行卡转账3分钟内到账，如遇延迟请联系7×24小时在线客服。"),
        ("取款有手续费吗？", "每日前5次取款免手续费，单笔最高可取50万元，VIP会员享受专属快速通道。"),
        ("忘记密码怎么办？", "请通过手机验证码找回，或联系在线客服协助处理。"),
        ("百家乐怎么玩？", "百家乐分为庄、闲、和三门投注，点数最接近9点的一方获胜，庄赢赔率0.95倍，闲赢赔率1倍，和局赔率8倍。"),
        ("体育投注支持哪些赛事？", "支持英超、西甲、德甲、意甲、法甲、欧冠、NBA、CBA、网球、电竞等全球上万场赛事，滚球投注实时更新赔率。"),
        ("六合彩多久开奖？", "香港六合彩每周二、四、六晚21:30开奖，澳门六合彩每日开奖，平台同步直播开奖结果。"),
        ("如何成为代理？", "加入代理计划，推广会员即可享受最高55%的永久佣金分成，每周一结算。"),
    ] * 3
)
_H8_NEWS = "".join(
    f'<li><a href="https://www.vns8899.vip/notice/{i}">{t}</a><span>{d(i):%m-%d}</span></li>'
    for i, t in enumerate([
        "关于系统维护的公告", "新版APP上线 下载即送18元", "USDT存款通道升级公告", "世界杯预选赛串关加奖活动",
        "防骗提醒：请认准官方唯一网址", "12月VIP晋级礼金发放公告", "真人视讯新增极速百家乐桌台", "周末充值加赠10%活动",
    ])
)
_h8_page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>桂川乡人民政府</title>
<meta name="keywords" content="桂川乡人民政府">
<meta name="description" content="桂川乡人民政府">
<style>
body{{margin:0;background:#0b0b1e url(/static/img/bg.jpg) top center no-repeat;color:#f5d27a;font-family:"PingFang SC","Microsoft YaHei"}}
.hd{{height:80px;display:flex;align-items:center;justify-content:space-between;padding:0 5%}}
.btn{{display:inline-block;padding:10px 28px;border-radius:24px;background:linear-gradient(#ffe08a,#d4a017);color:#5a2d00;font-weight:bold}}
.games li{{display:inline-block;width:13%;text-align:center}}.promo li{{line-height:40px;border-bottom:1px solid #333}}
.win table{{width:100%}}.win td{{padding:6px;text-align:center}}
</style>
</head>
<body>
<div class="hd"><a href="/"><img src="/static/img/logo-vns.png" alt="威尼斯人娱乐城"></a>
  <div><a class="btn" href="https://www.vns8899.vip/register?code=88123">立即注册</a> <a class="btn" href="https://www.vns8899.vip/login">会员登录</a></div></div>
<div class="banner"><h1>澳门威尼斯人娱乐城 · 亚洲顶级线上博彩平台</h1>
  <p>官方直营 · 信誉第一 · 大额无忧 · 秒速到账 · 注册即送38元体验金</p>
  <a class="btn" href="https://www.vns8899.vip/app">下载APP</a> <a class="btn" href="https://chat.vns8899.vip/">7×24小时在线客服</a></div>
<ul class="games">{''.join(f'<li><a href="https://www.vns8899.vip/game/{i}"><img src="/static/img/g{i}.png" alt="{g}"><p>{g}</p></a></li>' for i, g in enumerate(_h8_games))}</ul>
<div class="promo"><h2>优惠活动</h2><ul>{''.join(f'<li><a href="https://www.vns8899.vip/promo/{i}">{p}</a></li>' for i, p in enumerate(_h8_promos))}</ul></div>
<div class="win"><h2>实时中奖榜</h2><table><tr><th>会员</th><th>游戏</th><th>中奖金额</th><th>时间</th></tr>{_h8_rows}</table></div>
<div class="about"><h2>关于我们</h2>
<p>澳门威尼斯人娱乐城成立于2006年，持有菲律宾PAGCOR博彩执照，为广大玩家提供真人百家乐、龙虎斗、轮盘、骰宝、体育投注、六合彩、时时彩、北京赛车、棋牌、电子老虎机等上千款游戏。
平台采用128位SSL加密技术，资金安全有保障，存款1分钟到账，取款3分钟到账，支持支付宝、微信、银行卡、USDT等多种存取款方式。</p>
<p>温馨提示：本平台仅限18岁以上用户注册，请理性投注。</p></div>
<div class="faq"><h2>常见问题</h2>{_H8_FAQ}</div>
<div class="news"><h2>平台公告</h2><ul>{_H8_NEWS}</ul></div>
<div class="ft"><p>Copyright © 2006-2026 澳门威尼斯人 版权所有 Macau Venetian Casino All Rights Reserved</p>
<p>合作伙伴：AG亚游 · BBIN宝盈 · PT · MG · 沙巴体育 · 开元棋牌 · 皇冠体育</p></div>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?0a9e1f2d3c4b5a69788796a5b4c3d2e1";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</body>
</html>
"""
SITES.append(SiteTruth(
    id="casino_landing_old_title", name="梅溪县桂川乡人民政府", host="gc.meixi.gov.cn",
    status="hijacked", passed=False, must={"spam_content"},
    home_newest=d(0),  # its 平台公告 list is dated, today's notice first
    pages={"/": _h8_page},
    note="index replaced by a 威尼斯人 casino landing page; <title> and meta still the township's",
))

# ---------------------------------------------------------------------------
# H9: WordPress school, pharma hack (text-indent:-9999px in the footer)
# ---------------------------------------------------------------------------

PHARMA = [
    ("https://cheap-cialis-rx.com/", "buy cialis online"), ("https://viagra-pills-usa.net/", "generic viagra 100mg"),
    ("https://levitra-nopresc.com/", "levitra without prescription"), ("https://rx-tramadol.org/", "buy tramadol online overnight"),
    ("https://xanax-shop247.com/", "cheap xanax no prescription"), ("https://kamagra-jelly-uk.com/", "kamagra oral jelly"),
    ("https://propecia-online.net/", "propecia generic"), ("https://ambien-rx-store.com/", "order ambien online"),
]
WP_POSTS = [
    "Year 6 residential trip to the Peak District", "Harvest festival collection for the food bank",
    "Anti-bullying week: odd socks day", "Reception open mornings for September 2027 entry",
    "Christmas fair: volunteers wanted", "Parent consultation evenings booking now open",
    "Remembrance assembly led by Year 5", "Flu vaccinations for all year groups",
    "Children in Need: thank you for your donations", "School photographs: order online by Friday",
]


WP_EMOJI = r"""<script>
window._wpemojiSettings = {"baseUrl":"https:\/\/s.w.org\/images\/core\/emoji\/15.0.3\/72x72\/","ext":".png","svgUrl":"https:\/\/s.w.org\/images\/core\/emoji\/15.0.3\/svg\/","svgExt":".svg","source":{"concatemoji":"https:\/\/HOSTNAME\/wp-includes\/js\/wp-emoji-release.min.js?ver=6.7.1"}};
/*! This file is auto-generated */
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}function u(e,t,n){switch(t){case"flag":return n(e,"\ud83c\udff3\ufe0f\u200d\u26a7\ufe0f","\ud83c\udff3\ufe0f\u200b\u26a7\ufe0f")?!1:!n(e,"\ud83c\uddfa\ud83c\uddf3","\ud83c\uddfa\u200b\ud83c\uddf3");case"emoji":return!n(e,"\ud83d\udc26\u200d\u2b1b","\ud83d\udc26\u200b\u2b1b")}return!1}function f(e,t,n){var r="undefined"!=typeof WorkerGlobalScope&&self instanceof WorkerGlobalScope?new OffscreenCanvas(300,150):i.createElement("canvas"),a=r.getContext("2d",{willReadFrequently:!0}),o=(a.textBaseline="top",a.font="600 32px Arial",{});return e.forEach(function(e){o[e]=t(a,e,n)}),o}function t(e){var t=i.createElement("script");t.src=e,t.defer=!0,i.head.appendChild(t)}"undefined"!=typeof Promise&&(o="wpEmojiSettingsSupports",s=["flag","emoji"],n.supports={everything:!0,everythingExceptFlag:!0},e=new Promise(function(e){i.addEventListener("DOMContentLoaded",e,{once:!0})}),new Promise(function(t){var n=function(){try{var e=JSON.parse(sessionStorage.getItem(o));if("object"==typeof e&&"number"==typeof e.timestamp&&(new Date).valueOf()<e.timestamp+604800&&"object"==typeof e.supportTests)return e.supportTests}catch(e){}return null}();if(!n){if("undefined"!=typeof Worker&&"undefined"!=typeof OffscreenCanvas&&"undefined"!=typeof URL&&URL.createObjectURL&&"undefined"!=typeof Blob)try{var e="postMessage("+f.toString()+"("+[JSON.stringify(s),u.toString(),p.toString()].join(",")+"));",r=new Blob([e],{type:"text/javascript"}),a=new Worker(URL.createObjectURL(r),{name:"wpTestEmojiSupports"});return void(a.onmessage=function(e){c(n=e.data),a.terminate(),t(n)})}catch(e){}c(n=f(s,u,p))}t(n)}).then(function(e){for(var t in e)n.supports[t]=e[t],n.supports.everything=n.supports.everything&&n.supports[t],"flag"!==t&&(n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&n.supports[t]);n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&!n.supports.flag,n.DOMReady=!1,n.readyCallback=function(){n.DOMReady=!0}}).then(function(){return e}).then(function(){var e;n.supports.everything||(n.readyCallback(),(e=n.source||{}).concatemoji?t(e.concatemoji):e.wpemoji&&e.twemoji&&(t(e.twemoji),t(e.wpemoji)))}))}((window,document),window._wpemojiSettings);
</script>"""
WP_ARCH = "".join(f'<li><a href="/{y}/{m:02d}/">{EN_MONTHS[m - 1]} {y}</a></li>' for y, m in [(2026, 11), (2026, 10), (2026, 9), (2026, 7), (2026, 6), (2026, 5), (2026, 4), (2026, 3), (2026, 2), (2026, 1), (2025, 12), (2025, 11)])
WP_CATS = "".join(f'<li class="cat-item"><a href="/category/{c.lower().replace(" ", "-")}/">{c}</a></li>' for c in ["Class News", "Clubs", "Governors", "Letters Home", "News", "PTA", "Sport", "Trips"])


def wp_school(name: str, host: str, posts: list, hidden: str) -> str:
    arts = "".join(
        f"""<article id="post-{1200 + i}" class="post-{1200 + i} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<header class="entry-header"><h2 class="entry-title"><a href="{u}" rel="bookmark">{t}</a></h2>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{u}" rel="bookmark"><time class="entry-date published" datetime="{day:%Y-%m-%d}T09:{10 + i}:00+00:00">{EN_MONTHS[day.month - 1]} {day.day}, {day.year}</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/office/">School Office</a></span></span></div></header>
<div class="entry-summary"><p>{t}. Please read the full post for details and dates for your diary&hellip; <a class="more-link" href="{u}">Continue reading<span class="screen-reader-text"> &#8220;{t}&#8221;</span></a></p></div>
</article>"""
        for i, (t, day, u) in enumerate(posts)
    )
    recent = "".join(f'<li><a href="{u}">{t}</a><span class="post-date">{EN_MONTHS[day.month - 1]} {day.day}, {day.year}</span></li>' for t, day, u in posts[:5])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{name} &#8211; Learning together, growing together</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{name} &raquo; Feed" href="https://{host}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://{host}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='twentytwenty-style-css' href='https://{host}/wp-content/themes/twentytwenty/style.css?ver=2.8' media='all' />
<style id='twentytwenty-style-inline-css'>.screen-reader-text{{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute!important;width:1px;word-wrap:normal!important}}</style>
<script src="https://{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://{host}/wp-json/" />
<meta name="generator" content="WordPress 6.7.1" />
{WP_EMOJI.replace("HOSTNAME", host)}
</head>
<body class="home blog wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#site-content">Skip to the content</a>
<header id="site-header" class="header-footer-group">
  <div class="header-inner section-inner">
    <div class="header-titles"><div class="site-title"><a href="https://{host}/">{name}</a></div><div class="site-description">Learning together, growing together</div></div>
    <nav class="primary-menu-wrapper" aria-label="Horizontal"><ul class="primary-menu reset-list-style">
      <li class="menu-item"><a href="/about-us/">About Us</a><ul class="sub-menu"><li><a href="/about-us/headteachers-welcome/">Headteacher's Welcome</a></li><li><a href="/about-us/governors/">Governors</a></li><li><a href="/about-us/ofsted/">Ofsted</a></li></ul></li>
      <li class="menu-item"><a href="/parents/">Parents</a><ul class="sub-menu"><li><a href="/parents/term-dates/">Term Dates</a></li><li><a href="/parents/uniform/">Uniform</a></li><li><a href="/parents/lunch-menu/">Lunch Menu</a></li><li><a href="/parents/letters/">Letters Home</a></li></ul></li>
      <li class="menu-item"><a href="/curriculum/">Curriculum</a></li><li class="menu-item"><a href="/admissions/">Admissions</a></li>
      <li class="menu-item"><a href="/policies/">Policies</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav>
  </div>
</header>
<main id="site-content">
{arts}
<nav class="navigation pagination" aria-label="Posts"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="/page/2/">2</a><a class="next page-numbers" href="/page/2/">Next</a></div></nav>
</main>
<aside class="widget-area"><div class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></div>
<div class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{WP_ARCH}</ul></div>
<div class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>{WP_CATS}</ul></div>
<div class="widget widget_text"><h2 class="widget-title">Find Us</h2><div class="textwidget"><p>{name}<br>Church Lane, Hillbrook HB4 2QT<br>Tel: 01632 960 431</p></div></div></aside>
<footer id="site-footer" class="header-footer-group"><div class="section-inner"><p class="footer-copyright">&copy; 2026 <a href="https://{host}/">{name}</a></p>
<p class="powered-by-wordpress"><a href="https://wordpress.org/">Powered by WordPress</a></p>
{hidden}
</div></footer>
<script src="https://{host}/wp-content/themes/twentytwenty/assets/js/index.js?ver=2.8" id="twentytwenty-js-js" async></script>
</body>
</html>
"""


_h9_posts = [(t, d(o), f"/{d(o):%Y/%m/%d}/{t.lower().replace(' ', '-').replace(':', '').replace(',', '')}/") for t, o in zip(WP_POSTS, [2, 5, 8, 11, 15, 18, 22, 26, 31, 36], strict=False)]
_h9_hidden = '<div style="text-indent:-9999px;overflow:hidden;height:0">' + " ".join(f'<a href="{u}">{t}</a>' for u, t in PHARMA * 2) + "</div>"
SITES.append(SiteTruth(
    id="wp_school_pharma", name="St Aldric's Primary School", host="www.staldrics-primary.org.uk",
    status="hijacked", passed=False, must={"hidden_links"}, must_any={"spam_content", "hidden_links"}, must_not={"offsite_redirect"},
    home_newest=d(2),
    columns=[],  # a blog index: its posts are the homepage's list, not columns
    pages={"/": wp_school("St Aldric's Primary School", "www.staldrics-primary.org.uk", _h9_posts, _h9_hidden)},
    note="text-indent:-9999px footer div of 16 pharma links (cialis, viagra, tramadol, xanax)",
))

# ---------------------------------------------------------------------------
# H10: links fine; <link rel=canonical> and og:url point to a gambling domain
# ---------------------------------------------------------------------------

_h10_cols = std_cols("统计", 1, 10)
_h10_cols[0].name = "统计动态"
_h10_cols[5].name = "统计分析"
_h10_cols[5].type = "statistics"  # statistical publications: the 1-year class, not 动态
_h10_pages = {
    "/": zh_homepage(
        site_name="梅溪县统计局", host="tjj.meixi.gov.cn", title="梅溪县统计局",
        cols=_h10_cols, icp="浙ICP备05012345号-17", gongan="浙公网安备 33078102000402号", bsm="3307810045",
        head_extra=(
            '<link rel="canonical" href="https://www.js3777-casino.com/" />\n'
            '<meta property="og:type" content="website" />\n'
            '<meta property="og:title" content="梅溪县统计局" />\n'
            '<meta property="og:url" content="https://www.js3777-casino.com/" />'
        ),
    ),
}
_h10_pages.update(zh_site_pages("梅溪县统计局", "tjj.meixi.gov.cn", _h10_cols, "浙ICP备05012345号-17", "浙公网安备 33078102000402号", "3307810045", 10))
SITES.append(SiteTruth(
    id="canonical_gambling", name="梅溪县统计局", host="tjj.meixi.gov.cn",
    status="hijacked", passed=False, must_any={"spam_content", "hidden_links", "offsite_redirect"},
    home_newest=d(1), columns=col_truth(_h10_cols), pages=_h10_pages,
    note="canonical and og:url name https://www.js3777-casino.com/ (金沙 casino): search engines credit the gambling domain",
))

# ---------------------------------------------------------------------------
# T1: sports bureau: 体育彩票 public-welfare news, display:none tabs and mobile menu
# ---------------------------------------------------------------------------

SPORT_NEWS = [
    "我市举办2026年全民健身运动会闭幕式", "市体育局召开冬季体育场馆安全生产工作会议",
    "“体彩杯”2026年市青少年足球联赛落幕", "我市运动员在省运会上获得12枚金牌",
    "中国体育彩票“公益体彩 乐善人生”主题活动走进社区", "市体育局开展体育彩票销售网点安全检查",
    "2026年嵩南马拉松赛事安保工作部署会召开", "体彩公益金援建的社区健身路径投入使用",
    "市体育局赴县区调研群众体育工作", "我市组织开展国民体质监测进社区活动",
    "体育彩票公益金支持的百姓健身房建成开放", "市体彩中心开展“责任彩票”宣传周活动",
]
SPORT_NOTICE = [
    "关于2026年度体育彩票公益金资助项目的公示", "关于举办2026年市级社会体育指导员培训班的通知",
    "关于公布2026年度市级体育特色学校名单的通知", "关于开展2026年冬季健身活动的通知",
    "关于申报2027年体育彩票公益金项目的通知", "关于公开招聘体育彩票销售站点代销者的公告",
]
SPORT_GY = [
    "2025年度本级体育彩票公益金使用情况公告", "中国体育彩票2026年第三季度销量及公益金筹集情况",
    "体彩公益金资助全民健身设施建设项目名单公示", "我市体育彩票公益金助力乡村健身设施提档升级",
    "2026年体彩公益金支持青少年体育活动情况通报",
]


def sports_page(news, notice, gy, hy, zc) -> str:
    def ul(rows):
        return "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{day:%Y-%m-%d}</span></li>' for t, day, u in rows)
    mob = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in [("/", "首页"), ("/xwdt/", "新闻动态"), ("/tzgg/", "通知公告"), ("/qzty/", "群众体育"), ("/jjty/", "竞技体育"), ("/tycy/", "体育产业"), ("/tcgy/", "体彩公益"), ("/zwgk/", "政务公开"), ("/hdjl/", "互动交流")])
    friend_tabs = [
        ("国家部委", [("https://www.sport.gov.cn/", "国家体育总局"), ("https://www.lottery.gov.cn/", "中国体育彩票"), ("https://www.gov.cn/", "中国政府网"), ("https://www.olympic.cn/", "中国奥委会")]),
        ("省级部门", [("http://tyj.zj.gov.cn/", "浙江省体育局"), ("https://www.zjlottery.com/", "浙江体彩网"), ("http://jyt.zj.gov.cn/", "浙江省教育厅")]),
        ("市级部门", [("http://www.songnan-demo.gov.cn/", "嵩南市人民政府"), ("http://jyj.songnan-demo.gov.cn/", "嵩南市教育局"), ("http://wgl.songnan-demo.gov.cn/", "嵩南市文化广电旅游局")]),
    ]
    tabs_hd = "".join(f'<li class="{"on" if i == 0 else ""}">{n}</li>' for i, (n, _) in enumerate(friend_tabs))
    tabs_bd = "".join(
        f'<div class="pane" style="display:{"block" if i == 0 else "none"}">' + "".join(f'<a href="{u}" target="_blank">{t}</a>' for u, t in links) + "</div>"
        for i, (_, links) in enumerate(friend_tabs)
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>嵩南市体育局</title>
<meta name="keywords" content="嵩南市体育局,全民健身,竞技体育,体育彩票,体彩公益">
<meta name="description" content="嵩南市体育局官方网站：体育新闻、全民健身、竞技体育、体育产业、体彩公益信息发布。">
<meta name="SiteName" content="嵩南市体育局"><meta name="SiteDomain" content="tyj.songnan-demo.gov.cn"><meta name="SiteIDCode" content="3311000022">
<link rel="stylesheet" href="/css/base.css">
<style>
{ZH_CSS}
.m-menu{{display:none;position:fixed;top:0;left:0;width:70%;height:100%;background:#07407a;z-index:999}}
@media (max-width:768px){{.nav{{display:none}}.m-btn{{display:block}}}}
.tab-box .tab-hd li{{float:left;padding:0 16px;cursor:pointer}}
</style>
</head>
<body>
<div class="m-menu" id="mMenu"><ul>{mob}</ul></div>
<a class="m-btn" href="javascript:;" onclick="document.getElementById('mMenu').style.display='block'" style="display:none">菜单</a>
{zh_header("嵩南市体育局", "tyj.songnan-demo.gov.cn")}
<div class="w1200 clearfix">
  <div class="box tabs fl" style="width:590px">
    <div class="hd tab-hd"><ul><li class="on">体育新闻</li><li>通知公告</li><li>体彩公益</li></ul></div>
    <div class="tab-bd">
      <div class="pane on"><ul class="list">{ul(news)}</ul><a class="more" href="/xwdt/">更多&gt;&gt;</a></div>
      <div class="pane" style="display:none"><ul class="list">{ul(notice)}</ul><a class="more" href="/tzgg/">更多&gt;&gt;</a></div>
      <div class="pane" style="display:none"><ul class="list">{ul(gy)}</ul><a class="more" href="/tcgy/">更多&gt;&gt;</a></div>
    </div>
  </div>
  <div class="fr" style="width:590px">
    {zh_list_box("群众体育", "/qzty/", hy)}
    {zh_list_box("政策法规", "/zcfg/", zc)}
  </div>
</div>
<div class="w1200"><div class="box"><div class="hd"><h3>公益体彩</h3></div>
  <p>　　中国体育彩票是国家公益彩票，体彩公益金用于全民健身、竞技体育、青少年体育等公益事业。2026年1—10月，全市累计销售体育彩票12.6亿元，筹集体彩公益金3.2亿元。理性购彩，量力而行，未成年人不得购买彩票。</p>
</div></div>
<div class="w1200 tab-box"><div class="box"><div class="hd tab-hd"><h3>友情链接</h3><ul>{tabs_hd}</ul></div><div class="bd">{tabs_bd}</div></div></div>
{zh_footer("嵩南市体育局", "浙ICP备06023456号-3", "浙公网安备 33110002000512号", "3311000022")}
{ZH_SCRIPTS_TAIL}
<script>$(".tab-box").slide({{titCell:".tab-hd li",mainCell:".bd",trigger:"mouseover"}});</script>
</body>
</html>
"""


_t1_news = [(t, d(o), gov_url("xwdt", d(o), 900 + i)) for i, (t, o) in enumerate(zip(SPORT_NEWS, [1, 2, 3, 5, 6, 8, 10, 12], strict=False))]
_t1_notice = [(t, d(o), gov_url("tzgg", d(o), 950 + i)) for i, (t, o) in enumerate(zip(SPORT_NOTICE, [4, 11, 26, 39, 57, 88], strict=False))]
_t1_gy = [(t, d(o), gov_url("tcgy", d(o), 970 + i)) for i, (t, o) in enumerate(zip(SPORT_GY, [7, 19, 34, 52, 77], strict=False))]
_t1_hy = [(t, d(o), gov_url("qzty", d(o), 980 + i)) for i, (t, o) in enumerate(zip(SPORT_NEWS[6:], [2, 6, 9, 13, 17, 22], strict=False))]
_t1_zc = [(t, d(o), gov_url("zcfg", d(o), 990 + i)) for i, (t, o) in enumerate(zip(
    ["嵩南市全民健身实施计划（2026—2030年）", "关于加快发展体育产业促进体育消费的实施意见", "嵩南市公共体育设施管理办法", "嵩南市体育赛事活动管理办法"], [15, 48, 96, 140], strict=False))]
SITES.append(SiteTruth(
    id="trap_sports_lottery", name="嵩南市体育局", host="tyj.songnan-demo.gov.cn",
    status="healthy", passed=True, must_not=HIJACK_CODES,
    home_newest=d(1),
    columns=[ColTruth("体育新闻", "news", d(1)), ColTruth("通知公告", "notice", d(4)), ColTruth("体彩公益", "other", d(7)),
             ColTruth("群众体育", "other", d(2)), ColTruth("政策法规", "policy", d(15))],
    pages={
        "/": sports_page(_t1_news, _t1_notice, _t1_gy, _t1_hy, _t1_zc),
        "/xwdt/": zh_list_page("嵩南市体育局", "tyj.songnan-demo.gov.cn", "体育新闻", "新闻动态", _t1_news, "浙ICP备06023456号-3", "浙公网安备 33110002000512号", "3311000022"),
        "/tzgg/": zh_list_page("嵩南市体育局", "tyj.songnan-demo.gov.cn", "通知公告", "新闻动态", _t1_notice, "浙ICP备06023456号-3", "浙公网安备 33110002000512号", "3311000022"),
        "/tcgy/": zh_list_page("嵩南市体育局", "tyj.songnan-demo.gov.cn", "体彩公益", "体彩公益", _t1_gy, "浙ICP备06023456号-3", "浙公网安备 33110002000512号", "3311000022"),
        "/qzty/": zh_list_page("嵩南市体育局", "tyj.songnan-demo.gov.cn", "群众体育", "群众体育", _t1_hy, "浙ICP备06023456号-3", "浙公网安备 33110002000512号", "3311000022"),
        "/zcfg/": zh_list_page("嵩南市体育局", "tyj.songnan-demo.gov.cn", "政策法规", "政务公开", _t1_zc, "浙ICP备06023456号-3", "浙公网安备 33110002000512号", "3311000022"),
    },
    note="legal state lottery (中国体育彩票, 体彩公益金) news; display:none mobile menu and tab panes; hidden 友情链接 tabs to gov and lottery.gov.cn",
))

# ---------------------------------------------------------------------------
# T2: police anti-gambling / anti-fraud campaign (gambling words, named not offered)
# ---------------------------------------------------------------------------

POLICE_NEWS = [
    "县公安局召开打击治理电信网络诈骗犯罪工作推进会", "县公安局破获一起跨境网络赌博案 抓获犯罪嫌疑人23名",
    "县公安局开展“断卡”行动集中宣传日活动", "县公安局交警大队开展冬季交通安全整治",
    "县公安局举行2026年度新警入警宣誓仪式", "县公安局深入开展“百万警进千万家”活动",
    "县公安局成功打掉一个为境外赌博平台“跑分”的洗钱团伙", "反诈民警走进校园开展防范电信诈骗讲座",
]
POLICE_NOTICE = [
    "关于敦促涉赌涉诈违法犯罪嫌疑人投案自首的通告", "关于2026年度机动车驾驶人审验的公告",
    "关于征集打击网络赌博违法犯罪线索的通告", "关于户籍业务办理时间调整的公告",
    "关于开展冬季烟花爆竹安全管理的通告", "关于公开拍卖罚没物品的公告",
]


def police_page(news, notice) -> str:
    feature = """
<div class="w1200"><div class="box fz-zt"><div class="hd"><h3>打击治理网络赌博 · 反诈专栏</h3><a class="more" href="/fzzl/">更多&gt;&gt;</a></div>
<div class="bd">
<h4><a href="/fzzl/202611/t20261118_4301234.html">【以案说法】警惕！这些都是网络赌博</a></h4>
<p>　　近年来，跨境网络赌博和电信网络诈骗相互交织，严重侵害群众财产安全。公安机关提醒：以下都是网络赌博的常见形式——网络“百家乐”“龙虎斗”“时时彩”“北京赛车PK10”、私彩“六合彩”、网络“棋牌”“炸金花”“牛牛”、境外“体育博彩”“足球外围”、“真人视讯”“电子老虎机”。
凡是宣称“注册送彩金”“稳赚不赔”“包赢计划”“带你上岸”的，都是赌博、诈骗陷阱！</p>
<p>　　不参赌、不涉赌、不为赌博平台提供银行卡、支付账户和“跑分”服务。发现涉赌涉诈线索请拨打110或登录<a href="https://www.12321.cn/">12321网络不良与垃圾信息举报受理中心</a>举报，
下载<a href="https://www.gjfzzx.cn/">国家反诈中心APP</a>。</p>
<ul class="fz-list">
<li><a href="/fzzl/202611/t20261121_4301301.html">打击网络赌博：“足球外围”“体育博彩”都是赌博</a></li>
<li><a href="/fzzl/202611/t20261115_4301189.html">反诈提醒：所谓“彩票内部计划”“时时彩包赢”都是骗局</a></li>
<li><a href="/fzzl/202611/t20261110_4301102.html">网络“棋牌”“捕鱼”游戏充值赢钱？小心落入赌博陷阱</a></li>
<li><a href="/fzzl/202610/t20261028_4300877.html">“刷单返利”“网络贷款”“注销校园贷”：七类高发电诈案件解析</a></li>
</ul></div></div></div>"""
    cols = [
        ZhCol("警务动态", "news", "/jwdt/", "警务资讯", news, POLICE_NEWS, "jwdt"),
        ZhCol("通知公告", "notice", "/tzgg/", "警务公开", notice, POLICE_NOTICE, "tzgg"),
    ]
    return zh_homepage(
        site_name="梅溪县公安局", host="gaj.meixi.gov.cn", title="梅溪县公安局",
        cols=cols, icp="浙ICP备05012345号-9", gongan="浙公网安备 33078102000098号", bsm="3307810009",
        feature=feature, meta_keywords="梅溪公安,警务公开,户政,交警,出入境,反诈,打击网络赌博",
    )


_t2_news = [(t, d(o), gov_url("jwdt", d(o), 800 + i)) for i, (t, o) in enumerate(zip(POLICE_NEWS, [1, 2, 4, 5, 7, 9, 12, 14], strict=False))]
_t2_notice = [(t, d(o), gov_url("tzgg", d(o), 850 + i)) for i, (t, o) in enumerate(zip(POLICE_NOTICE, [6, 13, 30, 47, 66, 101], strict=False))]
SITES.append(SiteTruth(
    id="trap_police_antigambling", name="梅溪县公安局", host="gaj.meixi.gov.cn",
    status="healthy", passed=True, must_not=HIJACK_CODES,
    home_newest=d(1),
    columns=[ColTruth("警务动态", "news", d(1)), ColTruth("通知公告", "notice", d(6))],
    pages={
        "/": police_page(_t2_news, _t2_notice),
        "/jwdt/": zh_list_page("梅溪县公安局", "gaj.meixi.gov.cn", "警务动态", "警务资讯", _t2_news, "浙ICP备05012345号-9", "浙公网安备 33078102000098号", "3307810009"),
        "/tzgg/": zh_list_page("梅溪县公安局", "gaj.meixi.gov.cn", "通知公告", "警务公开", _t2_notice, "浙ICP备05012345号-9", "浙公网安备 33078102000098号", "3307810009"),
        "/fzzl/": zh_list_page("梅溪县公安局", "gaj.meixi.gov.cn", "打击治理网络赌博 · 反诈专栏", "专题专栏",
                               [("打击网络赌博：“足球外围”“体育博彩”都是赌博", dt.date(2026, 11, 21), "/fzzl/202611/t20261121_4301301.html"),
                                ("【以案说法】警惕！这些都是网络赌博", dt.date(2026, 11, 18), "/fzzl/202611/t20261118_4301234.html"),
                                ("反诈提醒：所谓“彩票内部计划”“时时彩包赢”都是骗局", dt.date(2026, 11, 15), "/fzzl/202611/t20261115_4301189.html"),
                                ("网络“棋牌”“捕鱼”游戏充值赢钱？小心落入赌博陷阱", dt.date(2026, 11, 10), "/fzzl/202611/t20261110_4301102.html")],
                               "浙ICP备05012345号-9", "浙公网安备 33078102000098号", "3307810009"),
    },
    note="a 打击网络赌博/反诈 box naming 百家乐, 六合彩, 时时彩, 体育博彩, 注册送彩金 in quotation marks, on a 公安局 homepage",
))

# ---------------------------------------------------------------------------
# T3: civil affairs: 福利彩票公益金
# ---------------------------------------------------------------------------

MZ_NEWS = [
    "县民政局开展冬季困难群众走访慰问活动", "县民政局召开养老服务机构安全生产会议", "全县社会组织年检工作启动",
    "县民政局开展“福彩公益行”助老活动", "县民政局部署2027年元旦春节期间困难群众救助工作",
    "福利彩票公益金资助的居家养老服务中心投入运营", "县民政局开展殡葬领域突出问题专项整治", "县民政局举办社会工作者职业水平考试培训",
]
MZ_FC = [
    "梅溪县2025年度福利彩票公益金使用情况公告", "2026年第三季度福利彩票销售及公益金筹集情况",
    "福利彩票公益金资助项目（居家养老）绩效评价结果公示", "关于申报2027年度福利彩票公益金资助项目的通知",
    "中国福利彩票“福彩送温暖”活动在我县启动",
]
_t3_news = [(t, d(o), gov_url("mzdt", d(o), 700 + i)) for i, (t, o) in enumerate(zip(MZ_NEWS, [1, 3, 4, 6, 8, 10, 13, 16], strict=False))]
_t3_fc = [(t, d(o), gov_url("fcgy", d(o), 760 + i)) for i, (t, o) in enumerate(zip(MZ_FC, [9, 23, 41, 60, 95], strict=False))]
_t3_notice = [(t, d(o), gov_url("tzgg", d(o), 780 + i)) for i, (t, o) in enumerate(zip(
    ["关于调整城乡最低生活保障标准的通知", "关于开展2026年度养老机构等级评定的通知", "关于公布2026年度社会组织年度检查结果的公告", "关于做好2027年高龄津贴申领工作的通知", "关于婚姻登记预约办理的公告"], [5, 18, 37, 55, 83], strict=False))]
_t3_cols = [
    ZhCol("民政动态", "news", "/mzdt/", "新闻中心", _t3_news, MZ_NEWS, "mzdt"),
    ZhCol("福彩公益", "other", "/fcgy/", "专题专栏", _t3_fc, MZ_FC, "fcgy"),
    ZhCol("通知公告", "notice", "/tzgg/", "新闻中心", _t3_notice, ZH_NOTICE, "tzgg"),
]
_t3_pages = {
    "/": zh_homepage(
        site_name="梅溪县民政局", host="mzj.meixi.gov.cn", title="梅溪县民政局",
        cols=_t3_cols, icp="浙ICP备05012345号-14", gongan="浙公网安备 33078102000377号", bsm="3307810039",
        feature="""<div class="w1200"><div class="box"><div class="hd"><h3>福彩公益</h3></div><div class="bd">
<p>　　中国福利彩票是国家为支持社会福利事业而发行的彩票，坚持“扶老、助残、救孤、济困”的发行宗旨。2025年，我县本级福利彩票公益金共支出1,286万元，
其中用于养老服务体系建设732万元、残疾人和孤儿福利216万元、困难群众救助338万元，详见<a href="/fcgy/202611/t20261115_4200790.html">公益金使用情况公告</a>。
理性购彩，量力而行，<a href="https://www.cwl.gov.cn/">中国福利彩票发行管理中心</a>提醒：未成年人不得购买彩票。</p></div></div></div>""",
    ),
}
_t3_pages.update(zh_site_pages("梅溪县民政局", "mzj.meixi.gov.cn", _t3_cols, "浙ICP备05012345号-14", "浙公网安备 33078102000377号", "3307810039", 30))
SITES.append(SiteTruth(
    id="trap_civil_welfare_lottery", name="梅溪县民政局", host="mzj.meixi.gov.cn",
    status="healthy", passed=True, must_not=HIJACK_CODES,
    home_newest=d(1), columns=[ColTruth("民政动态", "news", d(1)), ColTruth("福彩公益", "other", d(9)), ColTruth("通知公告", "notice", d(5))],
    pages=_t3_pages,
    note="福利彩票公益金 announcements, a link to www.cwl.gov.cn; legal welfare lottery",
))

# ---------------------------------------------------------------------------
# T4: English town council: skip link, off-screen accessibility menu, licensing notices
# ---------------------------------------------------------------------------

HF_NEWS = [
    "Christmas market returns to the Market Square", "Allotment tenancies: waiting list reopens",
    "Consultation on our Gambling Act 2005 Statement of Principles", "Town council precept 2027/28: have your say",
    "New defibrillator installed at the community centre", "Play area refurbishment at Brook Meadow complete",
    "Remembrance Sunday parade: road closures", "Mayor's charity quiz night raises over £2,000",
]
HF_NOTICES = [
    "Notice of conclusion of audit 2025/26", "Agenda: Full Council meeting, 2 December 2026",
    "Betting shop premises licence application: 27 Station Road (Gambling Act 2005)",
    "Notice of vacancy in the office of town councillor", "Planning applications received: week 47",
]
_t4_a11y = """
<div id="a11y-toolbar" class="a11y-toolbar" style="position:fixed;left:-9999px;top:0;width:260px" aria-label="Accessibility tools">
  <h2>Accessibility tools</h2>
  <ul>
    <li><a href="#" class="a11y-text-larger">Increase text size</a></li>
    <li><a href="#" class="a11y-contrast">High contrast</a></li>
    <li><a href="https://www.reciteme.com/">Recite Me: read this page aloud</a></li>
    <li><a href="https://mcmw.abilitynet.org.uk/">My Computer My Way (AbilityNet)</a></li>
    <li><a href="https://www.w3.org/WAI/standards-guidelines/wcag/">WCAG 2.2</a></li>
    <li><a href="/accessibility">Our accessibility statement</a></li>
  </ul>
</div>
"""
_t4_news = en_rows(HF_NEWS, [1, 3, 5, 7, 10, 14], "news")
_t4_notices = en_rows(HF_NOTICES, [2, 6, 12, 25, 40], "notices")
SITES.append(SiteTruth(
    id="trap_en_a11y_offscreen", name="Harrowfield Town Council", host="www.harrowfield-tc.gov.uk",
    status="healthy", passed=True, must_not=HIJACK_CODES,
    home_newest=d(1),
    columns=[ColTruth("Latest news", "news", d(1)), ColTruth("Public notices", "notice", d(2))],
    pages={
        "/": en_council(
            "Harrowfield Town Council", "www.harrowfield-tc.gov.uk", _t4_news, _t4_notices,
            body_top='<a class="skip-link visually-hidden" href="#main-content">Skip to main content</a>\n' + _t4_a11y,
            style_extra=".skip-link:focus{position:static!important;clip:auto;height:auto;width:auto}",
        ),
        "/news": en_list("Harrowfield Town Council", "News", _t4_news),
        "/public-notices": en_list("Harrowfield Town Council", "Public notices", _t4_notices),
    },
    note="skip link (clip), an accessibility toolbar parked at left:-9999px with links to reciteme.com, abilitynet, w3.org; Gambling Act licensing notices",
))


def by_id(site_id: str) -> SiteTruth:
    for s in SITES:
        if s.id == site_id:
            return s
    raise KeyError(site_id)
