"""Ten sites' citizen-message (政民互动) columns written blind, for the
`unanswered_messages` rule: a message dated more than 90 days and at most 365 days
before the check, still without a reply, fails the site (veto); the finding carries
the count and the oldest such message.

Sites (farm hosts):
  www.qingxi.gov.cn      县长信箱 as a <table>: 编号 | 标题 | 来信时间 | 回复时间 | 状态
                         (回复时间 empty when unanswered; one state word, 处理中,
                         that is plain Chinese but may be missing from a word list);
                         6 overdue, one exactly 90 days old (not overdue)
  www.hengshan.gov.cn    领导留言板 whose list shows the state by an icon only
                         (<img src="/images/yhf.gif" alt="">): the state is not on the
                         list, so a reader opens each letter (办理状态：未回复); 1 overdue
  www.dongping.gov.cn    a 12345 热线 box whose rows come from the city platform
                         (links to 12345.yzs.gov.cn, states 办理中 200 days old):
                         not the site's letters, not judged; its own 网上咨询 all answered
  www.anping.gov.cn      政民互动 list with 已办结/办理中/已受理/待处理/已转办/已签收;
                         letter pages show 回复内容： with or without a body; 5 overdue
  www.shuangfeng.gov.cn  市长信箱 paginated (第1页 共15页, index_1.html ...): the
                         unanswered letters of 94 and 199 days sink to pages 2 and 3
                         (2 overdue, a minimum: pages 4-15 are never read)
  www.lyx-scjg.gov.cn    咨询投诉 list with titles and dates only; each letter page
                         says 答复单位：… 答复时间：… (empty when unanswered); 1 overdue
  www.zhushan.gov.tw     首長信箱 (ROC dates, 處理中/已回覆/結案): 處理中 only at 30
                         days and at 400 days: 0 overdue
  www.hwd.gov.hk         "Public Enquiries": enquiries listed with dates, no state on
                         the list or the enquiry pages: no verdict possible
  www.millbrook.gov      "Ask the Mayor" Q&A: "Answered" / "Awaiting response";
                         3 overdue
  www.xiaohe.gov.cn      在线留言 that is a form only (no list): neither empty nor
                         judged

Every site's news and notices are fresh, so a site fails only by its letters.
Dates are relative to the fixed clock NOW (Beijing time 2026-11-20 10:00).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)


def day(age: int) -> date:
    return TODAY - timedelta(days=age)


def iso(age: int) -> str:
    return day(age).isoformat()


def roc(age: int) -> str:
    d = day(age)
    return f"{d.year - 1911}/{d.month:02d}/{d.day:02d}"


def ymd_path(age: int) -> str:
    d = day(age)
    return f"{d.year}{d.month:02d}"


def tstamp(age: int) -> str:
    d = day(age)
    return f"t{d.year}{d.month:02d}{d.day:02d}"


# --- truth -----------------------------------------------------------------------------
# Written before any scan, from the inspectors' rule as an external evaluator reads it.


@dataclass(frozen=True)
class MessageTruth:
    host: str
    name: str
    status: str                     # at depth full
    passed: bool                    # at depth full
    unanswered: int | None          # the finding's count (None: no finding)
    oldest: date | None             # the oldest overdue letter's date
    minimum: bool = False           # the count is a minimum (a list not read to its end)
    message_column: str = ""        # the site's own message column, as named on the homepage
    must_not: frozenset[str] = field(default_factory=frozenset)
    # at depth home: unanswered_messages is never seen, every site here is healthy
    home_status: str = "healthy"
    home_passed: bool = True


NEVER = frozenset({"homepage_stale", "abandoned", "column_stale", "hidden_links",
                   "spam_content", "undated"})

TRUTH: list[MessageTruth] = [
    MessageTruth("www.qingxi.gov.cn", "清溪县人民政府", "healthy", False, 6, day(340),
                 message_column="县长信箱", must_not=NEVER | {"column_empty"}),
    MessageTruth("www.hengshan.gov.cn", "横山区人民政府", "healthy", False, 1, day(200),
                 message_column="领导留言板", must_not=NEVER | {"column_empty"}),
    MessageTruth("www.dongping.gov.cn", "东坪县人民政府", "healthy", True, None, None,
                 message_column="网上咨询",
                 must_not=NEVER | {"unanswered_messages", "column_empty"}),
    MessageTruth("www.anping.gov.cn", "安平县人民政府", "healthy", False, 5, day(330),
                 message_column="政民互动", must_not=NEVER | {"column_empty"}),
    MessageTruth("www.shuangfeng.gov.cn", "双峰市人民政府", "healthy", False, 2, day(199),
                 minimum=True, message_column="市长信箱",
                 must_not=NEVER | {"column_empty"}),
    MessageTruth("www.lyx-scjg.gov.cn", "临源县市场监督管理局", "healthy", False, 1, day(95),
                 message_column="咨询投诉", must_not=NEVER | {"column_empty"}),
    MessageTruth("www.zhushan.gov.tw", "南投縣竹山鎮公所", "healthy", True, None, None,
                 message_column="首長信箱",
                 must_not=NEVER | {"unanswered_messages", "column_empty"}),
    MessageTruth("www.hwd.gov.hk", "Harbour Works Department", "healthy", True, None, None,
                 message_column="Public Enquiries",
                 must_not=NEVER | {"unanswered_messages", "column_empty"}),
    MessageTruth("www.millbrook.gov", "City of Millbrook", "healthy", False, 3, day(200),
                 message_column="Ask the Mayor", must_not=NEVER | {"column_empty"}),
    MessageTruth("www.xiaohe.gov.cn", "小河镇人民政府", "healthy", True, None, None,
                 message_column="在线留言",
                 must_not=NEVER | {"unanswered_messages", "column_empty"}),
]

# The host whose pages are the city 12345 platform's, shown by www.dongping.gov.cn.
PLATFORM_HOST = "12345.yzs.gov.cn"

# --- shared vocabulary -------------------------------------------------------------------

ZH_NEWS = [
    "县委常委会召开会议传达学习省委全会精神", "我县召开2026年冬季安全生产工作推进会",
    "县长带队督导检查重点项目建设进度", "全县秋冬季森林防火工作会议召开",
    "我县举办第五届农民丰收节农产品展销活动", "县人大常委会开展优化营商环境专题调研",
    "县政府与省农科院签订战略合作协议", "全县“万企兴万村”行动推进会召开",
    "县领导走访慰问困难老党员和退役军人", "我县新增3家国家级高新技术企业",
    "县政协召开十届十二次常委会议", "县委理论学习中心组举行集体学习",
    "全县冬春农田水利基本建设现场会召开", "我县开展“119”消防宣传月系列活动",
    "县市场监管局开展校园周边食品安全专项检查", "县人社局举办2026年秋季大型招聘会",
    "县卫健委启动老年人免费健康体检工作", "县教育局召开中小学安全工作会议",
    "我县城乡居民医保集中参保缴费工作启动", "县交通运输局推进“四好农村路”建设",
    "县自然资源局开展耕地保护专项整治", "县住建局部署老旧小区改造收尾工作",
    "县文旅局举办非遗进景区展演活动", "县农业农村局部署秋冬种生产",
    "县生态环境分局开展大气污染防治督查", "全县“双减”工作推进会召开",
    "县委巡察工作动员部署会召开", "县应急管理局开展危化品企业安全检查",
    "我县举行新兵入伍欢送仪式", "县民政局开展养老机构服务质量提升行动",
]
ZH_NOTICE = [
    "关于2026年度县级财政预算项目申报的通知", "关于开展2026年冬季征兵工作的通告",
    "关于公开招聘县属国有企业工作人员的公告", "关于城区部分路段临时交通管制的通告",
    "关于2027年度城乡居民医保参保缴费的公告", "关于开展全县第五次经济普查入户登记的通知",
    "关于元旦期间烟花爆竹禁限放的通告", "关于2026年第三季度“双随机”抽查结果的公示",
    "关于县城区集中供热试运行的公告", "关于拟认定县级农业产业化龙头企业的公示",
    "关于停水的通知（城东片区）", "关于征集2027年县政府民生实事项目意见建议的公告",
    "关于2026年度职称评审结果的公示", "关于开展农村宅基地摸底调查的通知",
    "关于公开选调县直机关工作人员的公告", "关于进一步规范殡葬管理的通告",
]
ZH_POLICY = [
    "县人民政府关于印发清溪县城市更新实施方案的通知",
    "县人民政府办公室关于进一步促进民营经济发展的若干意见",
    "县人民政府办公室关于印发县级储备粮管理办法的通知",
    "县人民政府关于调整城乡居民最低生活保障标准的通知",
    "县人民政府办公室关于印发防汛抗旱应急预案的通知",
    "县人民政府关于公布县级行政许可事项清单的通知",
    "县人民政府办公室关于加强农村集体“三资”管理的意见",
    "县人民政府关于印发2026年重点民生实事项目的通知",
]
LETTER_TITLES = [
    "城东新区幸福里小区路灯长期不亮", "咨询新生儿城乡居民医保办理流程",
    "反映S307线青石村路段破损严重", "滨河路夜市噪音扰民问题", "关于农村宅基地审批的咨询",
    "县第二中学周边早晚高峰拥堵", "反映锦绣花园开发商延期交房", "咨询灵活就业人员社保缴费标准",
    "关于城区菜市场占道经营的问题", "咨询二孩育儿补贴申领条件", "反映柳河村饮用水浑浊",
    "关于公租房申请进度的咨询", "反映某建筑工地夜间施工扰民", "咨询不动产登记需要哪些材料",
    "反映桂花小区物业乱收费", "关于退役军人优待证办理的咨询", "反映南门桥下排污口异味",
    "咨询个体工商户注销流程", "关于学区划分的咨询", "反映农村客运班线停运",
    "咨询老年人高龄津贴发放时间", "反映小区电梯频繁故障无人维修", "关于残疾人两项补贴的咨询",
    "反映工资被拖欠三个月", "关于门前道路积水问题", "咨询营业执照经营范围变更",
    "反映村里垃圾清运不及时", "关于公交线路调整的建议", "咨询农机购置补贴申请",
    "反映商铺油烟扰民", "咨询异地就医备案办理", "关于城区停车位不足的建议",
]


def letter_title(i: int) -> str:
    return LETTER_TITLES[i % len(LETTER_TITLES)]


# --- Chinese chrome --------------------------------------------------------------------

ZH_MEGA = {
    "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
             "依申请公开", "机构职能", "领导信息", "政策文件", "政策解读", "规划计划",
             "财政预决算", "人事信息", "统计信息", "重点领域信息公开", "建议提案办理",
             "政府常务会议", "权责清单", "行政执法公示", "应急管理", "审计信息"],
    "政务服务": ["个人办事", "法人办事", "部门服务", "乡镇（街道）服务", "便民服务",
             "办事指南", "表格下载", "好差评", "“一件事一次办”", "证明事项清单"],
    "互动交流": ["县长信箱", "网上咨询", "在线访谈", "征集调查", "常见问题", "12345热线",
             "民意征集", "回应关切"],
    "走进本县": ["县情概况", "历史沿革", "行政区划", "自然资源", "旅游景点", "特色产业",
             "人文历史", "投资指南"],
    "专题专栏": ["学习贯彻党的二十大精神", "优化营商环境", "乡村振兴", "安全生产月",
             "防范非法集资", "创建全国文明城市", "双拥工作", "法治政府建设"],
}

ZH_DEPTS = ["县发展和改革局", "县教育局", "县科技和工业信息化局", "县公安局", "县民政局",
            "县司法局", "县财政局", "县人力资源和社会保障局", "县自然资源局",
            "县生态环境分局", "县住房和城乡建设局", "县交通运输局", "县水利局",
            "县农业农村局", "县商务局", "县文化和旅游局", "县卫生健康委员会",
            "县退役军人事务局", "县应急管理局", "县审计局", "县市场监督管理局",
            "县统计局", "县医疗保障局", "县林业局", "县城市管理局", "县行政审批服务局"]
ZH_TOWNS = ["城关镇", "青石镇", "柳河镇", "大坪乡", "石门镇", "龙泉镇", "白沙乡", "双河镇",
            "马坪乡", "新华街道", "东城街道", "西城街道"]

ZH_STYLE = """
*{margin:0;padding:0}body{font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;
background:#f3f6fa}a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}
.w1200{width:1200px;margin:0 auto}.top-bar{height:36px;background:#eef3f9;border-bottom:1px solid
#dde6f0}.top-bar .fr a{margin-left:14px;color:#666}.header{height:150px;background:url(/images/
head_bg.jpg) no-repeat center top}.nav{background:#0b5cad;height:52px}.nav li{float:left;position:
relative}.nav li>a{display:block;color:#fff;font-size:18px;padding:0 30px;line-height:52px}.nav
.sub{display:none;position:absolute;top:52px;left:0;width:640px;background:#fff;box-shadow:0 4px
12px rgba(0,0,0,.15);z-index:99;padding:16px}.nav li:hover .sub{display:block}.nav .sub a{display:
inline-block;width:150px;line-height:32px;font-size:14px}.box{background:#fff;margin-top:16px;
padding:14px 18px}.box-hd{border-bottom:2px solid #0b5cad;height:40px;line-height:40px}.box-hd h3
{float:left;font-size:18px;color:#0b5cad}.box-hd .more{float:right;font-size:13px;color:#999}
.list li{height:36px;line-height:36px;border-bottom:1px dashed #e5e5e5;overflow:hidden}.list li a
{float:left;width:80%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.list li span
{float:right;color:#999}.footer{background:#0b5cad;color:#dbe8f7;margin-top:24px;padding:24px 0;
text-align:center;font-size:13px}.footer a{color:#dbe8f7}.tab-hd li{float:left;padding:0 18px;
cursor:pointer;font-size:17px}.tab-hd li.on{background:#0b5cad;color:#fff}.tab-bd .con{display:none}
.tab-bd .con.on{display:block}.xx-table{width:100%;border-collapse:collapse}.xx-table th{background:
#eaf1fa;height:38px;border:1px solid #dbe3ee}.xx-table td{border:1px solid #e3e9f1;height:36px;
text-align:center}.xx-table td.tit{text-align:left;padding-left:10px}.zt-wb{color:#d9534f}
.zt-yb{color:#5cb85c}.page{text-align:center;padding:20px 0}.page a,.page span{display:inline-block;
border:1px solid #ddd;padding:2px 10px;margin:0 2px}
"""

ZH_SCRIPT = """
<script type="text/javascript">
$(function(){
  $(".tab-hd li").hover(function(){
    var i=$(this).index();$(this).addClass("on").siblings().removeClass("on");
    $(this).parents(".tab").find(".tab-bd .con").eq(i).addClass("on").siblings().removeClass("on");
  });
  $(".slide").each(function(){var $s=$(this),n=0,l=$s.find("li").length;setInterval(function(){
    n=(n+1)%l;$s.find("li").eq(n).fadeIn().siblings().fadeOut();},5000);});
  $("#searchBtn").click(function(){var q=$.trim($("#searchWord").val());if(!q){alert("请输入关键字");
    return false;}window.open("/search/search.jsp?q="+encodeURIComponent(q));});
});
</script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3f2a9c0d7b1e4a5f8c6d2e1b0a9f8e7d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
"""


def zh_head(title: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        f'<title>{title}</title>\n'
        '<meta name="keywords" content="政府网站,政务公开,政务服务,互动交流">\n'
        f'<meta name="description" content="{title}官方网站">\n'
        '<meta name="SiteName" content="' + title.split("-")[-1] + '">\n'
        '<meta name="ColumnType" content="首页">\n'
        '<link rel="stylesheet" href="/css/common.css">\n'
        f'<style>{ZH_STYLE}</style>\n'
        '<script src="/js/jquery-1.11.3.min.js"></script>\n'
        f'{extra}</head>\n'
    )


def zh_topbar(site: str) -> str:
    return (
        '<div class="top-bar"><div class="w1200">'
        f'<span class="fl">欢迎访问{site}门户网站！</span>'
        '<span class="fr"><a href="javascript:void(0)" onclick="aria.start()">无障碍浏览</a>'
        '<a href="javascript:void(0)" id="oldMode">长者模式</a>'
        '<a href="/wap/">手机版</a><a href="/zwwb/">政务微博</a><a href="/zwwx/">政务微信</a>'
        '<a href="http://www.gov.cn/" target="_blank">中国政府网</a>'
        '<a href="javascript:;" onclick="AddFavorite()">加入收藏</a></span>'
        '</div></div>\n'
    )


def zh_header(site: str, county: str) -> str:
    menu = []
    for top, subs in ZH_MEGA.items():
        links = "".join(
            f'<a href="/{top_slug(top)}/{k:02d}/">{s.replace("本县", county)}</a>'
            for k, s in enumerate(subs)
        )
        menu.append(
            f'<li><a href="/{top_slug(top)}/">{top.replace("本县", county)}</a>'
            f'<div class="sub">{links}</div></li>'
        )
    return (
        '<div class="header"><div class="w1200">'
        f'<a href="/" class="logo"><img src="/images/logo.png" alt="{site}"></a>'
        '<div class="search"><form action="/search/search.jsp" method="get" target="_blank">'
        '<input type="text" name="q" id="searchWord" placeholder="请输入关键字">'
        '<button type="submit" id="searchBtn">搜索</button></form>'
        '<p class="hot-words">热词：<a href="/search/search.jsp?q=医保">医保</a>'
        '<a href="/search/search.jsp?q=社保">社保</a><a href="/search/search.jsp?q=公积金">公积金</a>'
        '<a href="/search/search.jsp?q=招聘">招聘</a></p></div>'
        '</div></div>\n'
        '<div class="nav"><div class="w1200"><ul class="clearfix"><li><a href="/">首页</a></li>'
        + "".join(menu)
        + "</ul></div></div>\n"
    )


def top_slug(top: str) -> str:
    return {"政务公开": "zwgk", "政务服务": "zwfw", "互动交流": "hdjl", "走进本县": "zjbx",
            "专题专栏": "ztzl"}[top]


ZH_SITEMAP = [
    (top, [f"{s}" for s in subs]) for top, subs in ZH_MEGA.items()
]
ZH_ACCESS_SCRIPT = (
    "<script>/* 无障碍辅助浏览 配置 */var ariaConfig={" + ",".join(
        f'"{k}":{{"enabled":true,"label":"{v}","shortcut":"Alt+{i}","order":{i}}}'
        for i, (k, v) in enumerate([
            ("voice", "声音"), ("speed", "语速"), ("mode", "读屏方式"), ("zoomIn", "放大"),
            ("zoomOut", "缩小"), ("cursor", "大鼠标"), ("guides", "十字光标"),
            ("contrast", "配色"), ("textMode", "纯文本"), ("magnifier", "显示屏"),
            ("reset", "重置"), ("help", "帮助"), ("close", "退出服务")] * 6)) + "};"
    "function AddFavorite(){try{window.external.addFavorite(location.href,document.title);}"
    "catch(e){try{window.sidebar.addPanel(document.title,location.href,'');}catch(e){"
    "alert('加入收藏失败，请使用Ctrl+D进行添加');}}}</script>\n"
)


def zh_link_grid() -> str:
    return (
        '<div class="box bm-links"><div class="box-hd"><h3>部门网站</h3></div><ul class="grid">'
        + "".join(f'<li><a href="/bmwz/{i}/" target="_blank">{d}</a></li>'
                  for i, d in enumerate(ZH_DEPTS))
        + '</ul></div><div class="box xz-links"><div class="box-hd"><h3>乡镇（街道）</h3></div>'
        '<ul class="grid">'
        + "".join(f'<li><a href="/xzwz/{i}/" target="_blank">{d}</a></li>'
                  for i, d in enumerate(ZH_TOWNS))
        + "</ul></div>\n"
    )


def zh_sitemap() -> str:
    return (
        '<div class="fat-footer w1200">'
        + "".join(
            f'<dl><dt>{top}</dt>'
            + "".join(f'<dd><a href="/{top_slug(top)}/{k:02d}/">{s}</a></dd>'
                      for k, s in enumerate(subs))
            + "</dl>" for top, subs in ZH_SITEMAP)
        + "</div>\n"
    )


def zh_footer(site: str, icp: str, bsm: str, police: str) -> str:
    depts = "".join(f'<option value="/bmwz/{i}/">{d}</option>' for i, d in enumerate(ZH_DEPTS))
    towns = "".join(f'<option value="/xzwz/{i}/">{t}</option>' for i, t in enumerate(ZH_TOWNS))
    return (
        '<div class="links w1200 box"><span>相关链接：</span>'
        '<select onchange="window.open(this.value)"><option>国家部委网站</option>'
        '<option value="http://www.gov.cn/">中国政府网</option></select>'
        f'<select onchange="window.open(this.value)"><option>县直部门网站</option>{depts}</select>'
        f'<select onchange="window.open(this.value)"><option>乡镇网站</option>{towns}</select>'
        '</div>\n'
        + zh_sitemap() + ZH_ACCESS_SCRIPT +
        '<div class="footer"><div class="w1200">'
        '<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | '
        '<a href="/wzsm/">网站声明</a> | <a href="/yssm/">隐私声明</a></p>'
        f'<p>主办单位：{site}办公室　承办：{site}大数据中心　版权所有 © 2011-2026</p>'
        f'<p>网站标识码：{bsm}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　'
        f'<img src="/images/ga.png" alt="">{police}</p>'
        '<p>建议使用1366×768分辨率，IE10以上版本浏览器浏览本站</p>'
        '<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=1A2B3C"'
        ' target="_blank"><img src="/images/red.png" alt="党政机关"></a></span>'
        '<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=' + bsm +
        '" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p>'
        '</div></div>\n'
    )


def zh_list(items: list[tuple[str, str, str]], cls: str = "list") -> str:
    """items: (href, title, date-text)"""
    lis = "".join(
        f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>'
        for h, t, d in items
    )
    return f'<ul class="{cls}">{lis}</ul>'


def zh_box(title: str, more: str, body: str, cls: str = "") -> str:
    return (
        f'<div class="box {cls}"><div class="box-hd"><h3>{title}</h3>'
        f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div>'
        f'<div class="box-bd">{body}</div></div>\n'
    )


def zh_services() -> str:
    items = ["户籍办理", "社保查询", "公积金", "不动产登记", "企业开办", "医保报销",
             "婚姻登记", "出入境", "车驾管", "教育入学", "就业创业", "税务办理",
             "水电气", "养老服务", "残疾人服务", "法律援助"]
    return (
        '<div class="box service"><div class="box-hd"><h3>便民服务</h3></div><div class="grid">'
        + "".join(f'<a href="/zwfw/bmfw/{i}/"><i class="ico ico{i}"></i>{s}</a>'
                  for i, s in enumerate(items))
        + "</div></div>\n"
    )


def zh_zwgk_grid() -> str:
    subs = ZH_MEGA["政务公开"]
    return (
        '<div class="box zwgk"><div class="box-hd"><h3>政务公开</h3></div><ul class="gk-grid">'
        + "".join(f'<li><a href="/zwgk/{k:02d}/">{s}</a></li>' for k, s in enumerate(subs))
        + "</ul></div>\n"
    )


def zh_zt() -> str:
    return (
        '<div class="box zt"><div class="box-hd"><h3>专题专栏</h3></div><div class="zt-list">'
        + "".join(f'<a href="/ztzl/{k:02d}/"><img src="/images/zt{k}.jpg" alt="{s}"></a>'
                  for k, s in enumerate(ZH_MEGA["专题专栏"]))
        + "</div></div>\n"
    )


def article_zh(site: str, column: str, title: str, date_text: str, body: str = "") -> str:
    if not body:
        body = (
            f"<p>{title}。会议强调，要深入贯彻落实上级决策部署，坚持以人民为中心的发展思想，"
            "统筹发展和安全，扎实做好各项工作，确保各项任务落地见效。</p>"
            "<p>会议要求，各级各部门要提高政治站位，压实工作责任，强化协调配合，"
            "以钉钉子精神抓好落实，为全县经济社会高质量发展作出新的更大贡献。</p>"
        ) * 3
    return (
        zh_head(f"{title}-{site}")
        + "<body>\n"
        + zh_topbar(site)
        + '<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
        f'<a href="../">{column}</a> &gt; 正文</div>'
        f'<div class="article box"><h1>{title}</h1>'
        f'<div class="info">发布时间：{date_text}　来源：{site}　浏览次数：<span id="clicks">'
        '</span>　【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
        '<a href="javascript:;">小</a>】</div>'
        f'<div class="content TRS_Editor">{body}</div>'
        '<div class="share">【<a href="javascript:window.print()">打印本页</a>】'
        '【<a href="javascript:window.close()">关闭窗口</a>】</div></div></div>\n'
        + zh_footer(site, "X ICP备05000001号-1", "0000000001", "X公网安备 00000000000001号")
        + "</body></html>"
    )


def zh_column_page(site: str, column: str, items: list[tuple[str, str, str]],
                   pager: str = "") -> str:
    if not pager:
        pager = (f'<div class="page">共{len(items)}条记录　第1页 共1页　<span>首页</span>'
                 '<span>上一页</span><span>下一页</span><span>尾页</span></div>')
    side = "".join(f'<li><a href="/hdjl/{k:02d}/">{s}</a></li>'
                   for k, s in enumerate(ZH_MEGA["互动交流"]))
    return (
        zh_head(f"{column}-{site}")
        + "<body>\n"
        + zh_topbar(site)
        + '<div class="w1200 clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
        f'<span>{column}</span></div>'
        f'<div class="left box"><h2>互动交流</h2><ul class="sub-nav">{side}</ul></div>'
        f'<div class="right box"><div class="box-hd"><h3>{column}</h3></div>'
        + zh_list(items, "list news-list")
        + pager
        + "</div></div>\n"
        + zh_footer(site, "X ICP备05000001号-1", "0000000001", "X公网安备 00000000000001号")
        + "</body></html>"
    )


# A site: path -> HTML; every page a scan may reach is served (unknown paths get a
# plain undated page from the farm adapter, so nav links are not broken links).
Site = dict[str, str]
SITES: dict[str, Site] = {}


def news_items(prefix: str, ages: list[int], titles: list[str],
               fmt: str = "iso") -> list[tuple[str, str, str]]:
    out = []
    for k, age in enumerate(ages):
        href = f"{prefix}{ymd_path(age)}/{tstamp(age)}_{4100000 + k * 37 + age}.html"
        text = iso(age) if fmt == "iso" else (
            f"[{day(age).month:02d}-{day(age).day:02d}]" if fmt == "md" else
            f"{day(age).year}年{day(age).month:02d}月{day(age).day:02d}日")
        out.append((href, titles[k % len(titles)], text))
    return out


def add_articles(site: Site, site_name: str, column: str,
                 items: list[tuple[str, str, str]]) -> None:
    for href, title, date_text in items:
        if href.startswith("/") and href not in site:
            site[href] = article_zh(site_name, column, title, date_text)


# =======================================================================================
# 1. www.qingxi.gov.cn: 县长信箱 as a table
# =======================================================================================

# (age, state, reply-age or None, title index)
QINGXI_LETTERS: list[tuple[int, str, int | None]] = [
    (2, "办理中", None), (5, "已回复", 3), (12, "办理中", None), (19, "已回复", 14),
    (30, "处理中", None), (41, "已回复", 33), (57, "已回复", 50), (72, "已回复", 61),
    (90, "办理中", None),        # exactly 90 days: not yet overdue
    (95, "已受理", None),        # overdue 1
    (108, "已回复", 99), (131, "办理中", None),   # overdue 2
    (149, "已回复", 120), (166, "处理中", None),  # overdue 3 (a state word a list may lack)
    (180, "已回复", 171), (200, "办理中", None),  # overdue 4
    (233, "已回复", 100),        # answered late: answered
    (288, "办理中", None),       # overdue 5
    (312, "已回复", 300), (340, "已受理", None),  # overdue 6: the oldest
    (366, "办理中", None),       # 366 days: outside the past year
    (400, "办理中", None),       # outside the past year
]


def qingxi_letter_href(k: int, age: int) -> str:
    return f"/hdjl/xzxx/{ymd_path(age)}/{tstamp(age)}_{7300000 + k * 11}.html"


def qingxi_table(rows: list[tuple[int, int, str, int | None]], head: bool = True) -> str:
    trs = []
    for k, age, state, reply in rows:
        no = f"QX{day(age).year}{day(age).month:02d}{day(age).day:02d}{k:03d}"
        cls = "zt-yb" if state == "已回复" else "zt-wb"
        trs.append(
            f'<tr><td>{no}</td><td class="tit"><a href="{qingxi_letter_href(k, age)}" '
            f'target="_blank">{letter_title(k)}</a></td><td>{iso(age)}</td>'
            f'<td>{iso(reply) if reply is not None else ""}</td>'
            f'<td class="{cls}">{state}</td></tr>'
        )
    th = ('<tr><th width="16%">编号</th><th>标题</th><th width="13%">来信时间</th>'
          '<th width="13%">回复时间</th><th width="10%">状态</th></tr>') if head else ""
    return f'<table class="xx-table" cellspacing="0">{th}{"".join(trs)}</table>'


def qingxi_letter(k: int, age: int, state: str, reply: int | None) -> str:
    site = "清溪县人民政府"
    q = (f"<p>尊敬的县长：您好！{letter_title(k)}，已经持续很长时间，"
         "多次向社区和相关部门反映均未得到解决，希望县领导能够重视，尽快协调处理。谢谢！</p>")
    if reply is not None:
        ans = (f'<tr><th>回复单位</th><td>县住房和城乡建设局</td><th>回复时间</th>'
               f'<td>{iso(reply)}</td></tr><tr><th>回复内容</th><td colspan="3">'
               '<p>您好！来信收悉。经我局核实，您反映的问题属实，已责成相关责任单位限期整改，'
               '目前已整改完毕。感谢您对我县工作的关心和支持！</p></td></tr>')
    else:
        ans = ('<tr><th>回复单位</th><td></td><th>回复时间</th><td></td></tr>'
               '<tr><th>回复内容</th><td colspan="3"></td></tr>')
    body = (
        '<table class="xx-table detail">'
        f'<tr><th>信件编号</th><td>QX{day(age).year}{day(age).month:02d}{day(age).day:02d}'
        f'{k:03d}</td><th>来信时间</th><td>{iso(age)}</td></tr>'
        f'<tr><th>信件标题</th><td colspan="3">{letter_title(k)}</td></tr>'
        f'<tr><th>来信内容</th><td colspan="3">{q}</td></tr>'
        f'<tr><th>办理状态</th><td colspan="3">{state}</td></tr>{ans}</table>'
    )
    return (
        zh_head(f"{letter_title(k)}-县长信箱-{site}") + "<body>\n" + zh_topbar(site)
        + '<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
        '<a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/xzxx/">县长信箱</a> &gt; 信件详情'
        f'</div><div class="box">{body}</div></div>\n'
        + zh_footer(site, "湘ICP备05001234号-1", "4311220001", "湘公网安备 43112202000123号")
        + "</body></html>"
    )


def build_qingxi() -> Site:
    site_name = "清溪县人民政府"
    s: Site = {}
    rows = [(k, age, st, rep) for k, (age, st, rep) in enumerate(QINGXI_LETTERS)]
    for k, age, st, rep in rows:
        s[qingxi_letter_href(k, age)] = qingxi_letter(k, age, st, rep)
    news = news_items("/xwzx/qxyw/", [1, 2, 2, 3, 4, 6, 7, 9], ZH_NEWS)
    bmdt = news_items("/xwzx/bmdt/", [1, 3, 4, 5, 8, 10, 11, 13], ZH_NEWS[8:])
    xzdt = news_items("/xwzx/xzdt/", [2, 3, 5, 6, 9, 12, 13, 15], ZH_NEWS[16:])
    tzgg = news_items("/zwgk/tzgg/", [3, 6, 12, 20, 27, 33, 45], ZH_NOTICE)
    zcwj = news_items("/zwgk/zcwj/", [9, 26, 48, 70, 91, 120], ZH_POLICY)
    for prefix, col, items in (("/xwzx/qxyw/", "清溪要闻", news), ("/xwzx/bmdt/", "部门动态", bmdt),
                               ("/xwzx/xzdt/", "乡镇动态", xzdt), ("/zwgk/tzgg/", "通知公告", tzgg),
                               ("/zwgk/zcwj/", "政策文件", zcwj)):
        add_articles(s, site_name, col, items)
        more_items = items + news_items(prefix, [a + 30 for a in range(0, 60, 5)], ZH_NEWS)
        add_articles(s, site_name, col, more_items)
        s[prefix] = zh_column_page(site_name, col, more_items)
    slide = "".join(
        f'<li><a href="{h}"><img src="/images/slide{k}.jpg" alt="{t}"><p>{t}</p></a></li>'
        for k, (h, t, _d) in enumerate(news[:5])
    )
    tab = (
        '<div class="box tab news-tab"><ul class="tab-hd clearfix">'
        '<li class="on"><a href="/xwzx/qxyw/">清溪要闻</a></li>'
        '<li><a href="/xwzx/bmdt/">部门动态</a></li><li><a href="/xwzx/xzdt/">乡镇动态</a></li>'
        '</ul><div class="tab-bd">'
        f'<div class="con on">{zh_list(news)}<a class="more" href="/xwzx/qxyw/">更多</a></div>'
        f'<div class="con">{zh_list(bmdt)}<a class="more" href="/xwzx/bmdt/">更多</a></div>'
        f'<div class="con">{zh_list(xzdt)}<a class="more" href="/xwzx/xzdt/">更多</a></div>'
        '</div></div>\n'
    )
    home_letters = qingxi_table([r for r in rows[:5]])
    body = (
        zh_topbar(site_name) + zh_header(site_name, "清溪")
        + '<div class="w1200 clearfix">'
        f'<div class="box focus"><ul class="slide">{slide}</ul></div>'
        + tab
        + zh_box("通知公告", "/zwgk/tzgg/", zh_list(tzgg))
        + zh_box("政策文件", "/zwgk/zcwj/", zh_list(zcwj))
        + zh_zwgk_grid() + zh_services()
        + zh_box("县长信箱", "/hdjl/xzxx/",
                 '<div class="xx-btns"><a href="/hdjl/xzxx/write.jsp" class="btn">我要写信</a>'
                 '<a href="/hdjl/xzxx/search.jsp" class="btn">信件查询</a></div>' + home_letters,
                 "xzxx")
        + zh_zt() + zh_link_grid()
        + "</div>\n"
        + zh_footer(site_name, "湘ICP备05001234号-1", "4311220001", "湘公网安备 43112202000123号")
    )
    s["/"] = zh_head("清溪县人民政府") + "<body>\n" + body + ZH_SCRIPT + "</body></html>"
    # the letters list: newest first, all on one page
    stat = (f'<div class="tj">累计收到来信<b>{len(rows) + 1208}</b>件，已回复<b>'
            f'{1208 + sum(1 for r in rows if r[2] == "已回复")}</b>件</div>')
    s["/hdjl/xzxx/"] = (
        zh_head("县长信箱-清溪县人民政府") + "<body>\n" + zh_topbar(site_name)
        + zh_header(site_name, "清溪")
        + '<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
        '<a href="/hdjl/">互动交流</a> &gt; <span>县长信箱</span></div>'
        '<div class="box"><div class="box-hd"><h3>县长信箱</h3></div>'
        '<div class="xx-intro"><p>县长信箱是县人民政府听取群众意见建议的重要渠道。来信一般在'
        '15个工作日内办结答复。</p><a href="/hdjl/xzxx/write.jsp" class="btn">我要写信</a>'
        '<a href="/hdjl/xzxx/search.jsp" class="btn">信件查询</a></div>'
        + stat + qingxi_table(rows)
        + f'<div class="page">共{len(rows)}条　第1页/共1页</div></div></div>\n'
        + zh_footer(site_name, "湘ICP备05001234号-1", "4311220001", "湘公网安备 43112202000123号")
        + "</body></html>"
    )
    return s


# =======================================================================================
# 2. www.hengshan.gov.cn: 领导留言板 with state icons that carry no alt text
# =======================================================================================

# (age, answered)
HENGSHAN_LETTERS = [
    (1, False), (4, True), (9, True), (16, True), (30, False), (47, True), (66, True),
    (93, True), (117, True), (158, True), (200, False), (241, True), (297, True), (352, True),
    (400, False),
]


def hengshan_href(k: int) -> str:
    return f"/hdjl/ldlyb/detail.jsp?id={50231 - k * 17}"


def hengshan_letter(k: int, age: int, answered: bool) -> str:
    site = "横山区人民政府"
    who = ["区委书记", "区长", "常务副区长", "副区长"][k % 4]
    rep = (
        f'<div class="reply"><h4>回复内容：</h4><div class="reply-con">'
        '<p>网友您好！您反映的问题已转区城管局办理。经现场核查，相关路段已安排维修，'
        f'预计本月底前完工。感谢您的关注！</p></div><p class="reply-info">回复单位：横山区城市管理局'
        f'　回复时间：{iso(max(age - 9, 0))}</p></div>'
        if answered else
        '<div class="reply"><h4>回复内容：</h4><div class="reply-con"></div></div>'
    )
    return (
        zh_head(f"{letter_title(k + 5)}-领导留言板-{site}") + "<body>\n" + zh_topbar(site)
        + '<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
        '<a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/ldlyb/">领导留言板</a> &gt; 留言详情</div>'
        f'<div class="box msg-detail"><h2>{letter_title(k + 5)}</h2>'
        f'<div class="msg-meta"><span>留言对象：{who}</span><span>留言人：网友</span>'
        f'<span>留言时间：{iso(age)} {8 + k % 10:02d}:{(k * 7) % 60:02d}</span>'
        f'<span>办理状态：{"已回复" if answered else "未回复"}</span></div>'
        f'<div class="msg-con"><p>领导您好，{letter_title(k + 5)}，希望有关部门尽快解决，'
        '给群众一个满意的答复。</p></div>'
        + rep + '</div></div>\n'
        + zh_footer(site, "陕ICP备06004321号", "6108230002", "陕公网安备 61082302000456号")
        + "</body></html>"
    )


def hengshan_rows(rows: list[tuple[int, int, bool]]) -> str:
    lis = []
    for k, age, ans in rows:
        icon = "yhf.gif" if ans else "whf.gif"
        lis.append(
            f'<li><span class="zt"><img src="/images/{icon}" alt=""></span>'
            f'<a href="{hengshan_href(k)}" target="_blank">{letter_title(k + 5)}</a>'
            f'<span class="date">{iso(age)}</span></li>'
        )
    return '<ul class="list msg-list">' + "".join(lis) + "</ul>"


def build_hengshan() -> Site:
    site_name = "横山区人民政府"
    s: Site = {}
    rows = [(k, age, ans) for k, (age, ans) in enumerate(HENGSHAN_LETTERS)]
    for k, age, ans in rows:
        s[hengshan_href(k)] = hengshan_letter(k, age, ans)
    ywdt = news_items("/xwzx/hsyw/", [0, 1, 3, 4, 6, 8, 10], ZH_NEWS[3:])
    tzgg = news_items("/zwgk/tzgg/", [2, 5, 11, 19, 33, 58], ZH_NOTICE[4:])
    for prefix, col, items in (("/xwzx/hsyw/", "横山要闻", ywdt), ("/zwgk/tzgg/", "通知公告", tzgg)):
        more = items + news_items(prefix, [40 + 6 * i for i in range(12)], ZH_NEWS)
        add_articles(s, site_name, col, more)
        s[prefix] = zh_column_page(site_name, col, more)
    # Hanweb-flavoured homepage: a table of two columns and boxes
    s["/"] = (
        zh_head("横山区人民政府门户网站") + "<body>\n" + zh_topbar(site_name)
        + zh_header(site_name, "横山")
        + '<div class="w1200 clearfix"><table width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td width="600" valign="top">'
        + zh_box("横山要闻", "/xwzx/hsyw/", zh_list(ywdt))
        + '</td><td width="20"></td><td valign="top">'
        + zh_box("通知公告", "/zwgk/tzgg/", zh_list(tzgg))
        + "</td></tr></table>"
        + zh_zwgk_grid()
        + '<div class="box hdjl"><div class="box-hd"><h3>领导留言板</h3>'
        '<a class="more" href="/hdjl/ldlyb/">更多&gt;&gt;</a></div>'
        '<div class="hd-btn"><a href="/hdjl/ldlyb/write.jsp">我要留言</a>'
        '<a href="/hdjl/ldlyb/query.jsp">留言查询</a></div>'
        + hengshan_rows(rows[:5]) + "</div>"
        + zh_services() + zh_zt() + zh_link_grid()
        + "</div>\n"
        + zh_footer(site_name, "陕ICP备06004321号", "6108230002", "陕公网安备 61082302000456号")
        + ZH_SCRIPT + "</body></html>"
    )
    s["/hdjl/ldlyb/"] = (
        zh_head("领导留言板-横山区人民政府") + "<body>\n" + zh_topbar(site_name)
        + '<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
        '<a href="/hdjl/">互动交流</a> &gt; <span>领导留言板</span></div>'
        '<div class="box"><div class="box-hd"><h3>领导留言板</h3></div>'
        '<div class="legend"><img src="/images/yhf.gif" alt=""> 已回复　'
        '<img src="/images/whf.gif" alt=""> 未回复</div>'
        + hengshan_rows(rows)
        + '<div class="page">共15条　第1页 共1页</div></div></div>\n'
        + zh_footer(site_name, "陕ICP备06004321号", "6108230002", "陕公网安备 61082302000456号")
        + "</body></html>"
    )
    return s


# =======================================================================================
# 3. www.dongping.gov.cn: 12345 hotline rows from the city platform (another host)
# =======================================================================================

DONGPING_OWN = [3, 10, 24, 52, 95, 150, 200, 260, 330]   # all answered (已回复)
PLATFORM_ROWS = [(2, "已办结"), (31, "办理中"), (96, "办理中"), (150, "已办结"),
                 (200, "办理中"), (310, "办理中")]


def build_dongping() -> tuple[Site, Site]:
    site_name = "东坪县人民政府"
    s: Site = {}
    p: Site = {}
    news = news_items("/art/", [0, 1, 2, 4, 5, 7, 8, 11], ZH_NEWS[10:])
    news = [(f"/art/{day(a).year}/{day(a).month}/{day(a).day}/art_1229_{880000 + k}.html", t, d)
            for k, ((_h, t, d), a) in enumerate(zip(news, [0, 1, 2, 4, 5, 7, 8, 11], strict=True))]
    tzgg = news_items("/zwgk/tzgg/", [4, 9, 15, 22, 40, 61], ZH_NOTICE[2:])
    s["/col/col1229/index.html"] = zh_column_page(site_name, "东坪要闻", news + news_items(
        "/art/old/", [20 + 4 * i for i in range(12)], ZH_NEWS))
    add_articles(s, site_name, "东坪要闻", news + news_items(
        "/art/old/", [20 + 4 * i for i in range(12)], ZH_NEWS))
    more_tz = tzgg + news_items("/zwgk/tzgg/", [70 + 9 * i for i in range(10)], ZH_NOTICE)
    add_articles(s, site_name, "通知公告", more_tz)
    s["/zwgk/tzgg/"] = zh_column_page(site_name, "通知公告", more_tz)
    own_rows = []
    for k, age in enumerate(DONGPING_OWN):
        href = f"/hdjl/wszx/{ymd_path(age)}/{tstamp(age)}_{660000 + k}.html"
        own_rows.append(
            f'<tr><td class="tit"><a href="{href}">{letter_title(k + 11)}</a></td>'
            f'<td>{iso(age)}</td><td class="zt-yb">已回复</td></tr>')
        s[href] = article_zh(site_name, "网上咨询", letter_title(k + 11), iso(age),
                             "<p>咨询内容：请问相关业务如何办理？</p><p>回复内容：您好，"
                             "请携带身份证到县政务服务中心3号窗口办理。</p>")
    own_table = ('<table class="xx-table"><tr><th>标题</th><th>咨询时间</th><th>状态</th></tr>'
                 + "".join(own_rows) + "</table>")
    s["/hdjl/wszx/"] = (
        zh_head("网上咨询-东坪县人民政府") + "<body>\n" + zh_topbar(site_name)
        + '<div class="w1200"><div class="box"><div class="box-hd"><h3>网上咨询</h3></div>'
        + own_table + '<div class="page">共9条　第1页 共1页</div></div></div>\n'
        + zh_footer(site_name, "鲁ICP备05012345号", "3709230003", "鲁公网安备 37092302000789号")
        + "</body></html>"
    )
    prow = []
    for k, (age, st) in enumerate(PLATFORM_ROWS):
        href = f"http://{PLATFORM_HOST}/gdxq/detail.html?gdbh=YZS{day(age):%Y%m%d}{k:05d}"
        prow.append(f'<li><span class="zt">[{st}]</span><a href="{href}" target="_blank">'
                    f'{letter_title(k + 20)}</a><span>{iso(age)}</span></li>')
        p[f"/gdxq/detail.html?gdbh=YZS{day(age):%Y%m%d}{k:05d}"] = (
            f"<html><head><meta charset='utf-8'><title>工单详情-12345</title></head><body>"
            f"<h2>{letter_title(k + 20)}</h2><p>来电时间：{iso(age)}</p><p>办理状态：{st}</p>"
            "<p>承办单位：东坪县住建局</p></body></html>")
    s["/"] = (
        zh_head("东坪县人民政府") + "<body>\n" + zh_topbar(site_name)
        + zh_header(site_name, "东坪")
        + '<div class="w1200 clearfix">'
        + zh_box("东坪要闻", "/col/col1229/index.html", zh_list(news))
        + zh_box("通知公告", "/zwgk/tzgg/", zh_list(tzgg))
        + zh_zwgk_grid()
        + '<div class="box hdjl"><div class="box-hd"><h3>12345政务服务便民热线</h3>'
        f'<a class="more" href="http://{PLATFORM_HOST}/gdlist.html?area=371523" '
        'target="_blank">更多&gt;&gt;</a></div><p class="rx-tip">本栏目数据来源于'
        '远州市12345政务服务便民热线平台</p>'
        '<ul class="list rx-list">' + "".join(prow) + "</ul></div>\n"
        + zh_box("网上咨询", "/hdjl/wszx/", own_table)
        + zh_services() + zh_zt() + zh_link_grid() + "</div>\n"
        + zh_footer(site_name, "鲁ICP备05012345号", "3709230003", "鲁公网安备 37092302000789号")
        + ZH_SCRIPT + "</body></html>"
    )
    p["/gdlist.html?area=371523"] = (
        "<html><head><meta charset='utf-8'><title>工单公开-远州市12345</title></head><body>"
        "<h2>工单公开</h2><ul class='list'>" + "".join(prow) + "</ul>"
        "<div class='page'>第1页 共30页 <a href='/gdlist.html?area=371523&page=2'>下一页</a></div>"
        "</body></html>")
    p["/"] = "<html><head><meta charset='utf-8'><title>远州市12345</title></head><body></body></html>"
    return s, p


# =======================================================================================
# 4. www.anping.gov.cn: 政民互动 with many state words
# =======================================================================================

ANPING_LETTERS = [
    (1, "已签收"), (3, "已办结"), (8, "已办结"), (14, "已办结"), (30, "办理中"), (45, "已办结"),
    (61, "已办结"), (95, "已受理"), (101, "已办结"), (120, "待处理"), (133, "已办结"),
    (200, "已转办"), (222, "已办结"), (250, "已签收"), (281, "已办结"), (330, "办理中"),
    (400, "待处理"),
]
ANPING_OPEN = {"办理中", "已受理", "待处理", "已转办", "已签收"}


def anping_href(k: int) -> str:
    return f"/zmhd/xjxq.jsp?xjid={88120 - k * 3}"


def build_anping() -> Site:
    site_name = "安平县人民政府"
    s: Site = {}
    depts = ["县住建局", "县教育局", "县人社局", "县交通运输局", "县城管局", "县医保局"]
    rows = []
    for k, (age, st) in enumerate(ANPING_LETTERS):
        rows.append(
            f'<div class="row"><span class="c1"><a href="{anping_href(k)}" target="_blank">'
            f'{letter_title(k + 3)}</a></span><span class="c2">{depts[k % 6]}</span>'
            f'<span class="c3 {"gray" if st == "已办结" else "red"}">{st}</span>'
            f'<span class="c4">{iso(age)}</span></div>')
        answered = st == "已办结"
        reply = ("<p>您好！您反映的问题已收悉，经调查核实，我单位已协调相关责任方于本周内处理完毕，"
                 "如有疑问请拨打咨询电话。</p>" if answered else "")
        s[anping_href(k)] = (
            zh_head(f"{letter_title(k + 3)}-政民互动-{site_name}") + "<body>\n"
            + zh_topbar(site_name)
            + '<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            '<a href="/zmhd/">政民互动</a> &gt; 信件详情</div><div class="box xj">'
            f'<h2>{letter_title(k + 3)}</h2><ul class="xj-info"><li>信件类型：投诉</li>'
            f'<li>来信时间：{iso(age)}</li><li>办理单位：{depts[k % 6]}</li></ul>'
            f'<div class="xj-con"><p>来信内容：{letter_title(k + 3)}，请相关部门予以处理。</p></div>'
            f'<div class="xj-reply"><p class="lbl">回复内容：</p>{reply}'
            + (f'<p class="lbl">回复时间：{iso(max(age - 10, 0))}</p>' if answered else "")
            + "</div></div></div>\n"
            + zh_footer(site_name, "冀ICP备05011111号", "1311250004", "冀公网安备 13112502000321号")
            + "</body></html>")
    table = ('<div class="zmhd-list"><div class="row th"><span class="c1">信件标题</span>'
             '<span class="c2">办理单位</span><span class="c3">办理状态</span>'
             '<span class="c4">来信日期</span></div>' + "".join(rows) + "</div>")
    s["/zmhd/"] = (
        zh_head("政民互动-安平县人民政府") + "<body>\n" + zh_topbar(site_name)
        + zh_header(site_name, "安平")
        + '<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 政民互动</div>'
        '<div class="box"><div class="box-hd"><h3>政民互动</h3></div>'
        '<div class="stat">本年度受理 <b>312</b> 件，办结 <b>298</b> 件</div>'
        + table + '<div class="page">共17条　第1页 共1页</div></div></div>\n'
        + zh_footer(site_name, "冀ICP备05011111号", "1311250004", "冀公网安备 13112502000321号")
        + "</body></html>"
    )
    news = news_items("/xwzx/apyw/", [1, 2, 3, 5, 6, 9, 12, 13], ZH_NEWS[5:], fmt="md")
    tzgg = news_items("/zwgk/tzgg/", [6, 13, 29, 41, 77, 101], ZH_NOTICE[6:], fmt="md")
    for prefix, col, items in (("/xwzx/apyw/", "安平要闻", news), ("/zwgk/tzgg/", "通知公告", tzgg)):
        more = items + news_items(prefix, [30 + 5 * i for i in range(12)], ZH_NEWS)
        add_articles(s, site_name, col, more)
        s[prefix] = zh_column_page(site_name, col, [(h, t, iso_from(h)) for h, t, _d in more])
    s["/"] = (
        zh_head("安平县人民政府") + "<body>\n" + zh_topbar(site_name) + zh_header(site_name, "安平")
        + '<div class="w1200 clearfix">'
        + zh_box("安平要闻", "/xwzx/apyw/", zh_list(news))
        + zh_box("通知公告", "/zwgk/tzgg/", zh_list(tzgg))
        + zh_zwgk_grid() + zh_services()
        + '<div class="box zmhd"><div class="box-hd"><h3>政民互动</h3>'
        '<a class="more" href="/zmhd/">更多&gt;&gt;</a></div>'
        + '<div class="zmhd-list">' + "".join(rows[:6]) + "</div></div>\n"
        + zh_zt() + zh_link_grid() + "</div>\n"
        + zh_footer(site_name, "冀ICP备05011111号", "1311250004", "冀公网安备 13112502000321号")
        + ZH_SCRIPT + "</body></html>"
    )
    return s


def iso_from(href: str) -> str:
    t = href.rsplit("/", 1)[-1].split("_", 1)[0]          # t20261118
    return f"{t[1:5]}-{t[5:7]}-{t[7:9]}"


# =======================================================================================
# 5. www.shuangfeng.gov.cn: 市长信箱, 15 pages of 10; old letters sink
# =======================================================================================

SF_PER_PAGE = 10
SF_PAGES = 15
SF_AGES = [3 + 7 * i for i in range(SF_PER_PAGE * SF_PAGES)]   # 3, 10, ... newest first
SF_OPEN = {4, 13, 28, 57}   # indexes: 31 days (p1), 94 (p2), 199 (p3), 402 (p6)


def sf_page_url(p: int) -> str:
    return "/szxx/index.html" if p == 0 else f"/szxx/index_{p}.html"


def sf_pager(p: int) -> str:
    first = '<a href="index.html">首页</a>'
    prev = (f'<a href="{sf_page_url(p - 1).rsplit("/", 1)[-1]}">上一页</a>' if p else
            "<span>上一页</span>")
    nxt = (f'<a href="index_{p + 1}.html">下一页</a>' if p < SF_PAGES - 1 else
           "<span>下一页</span>")
    last = f'<a href="index_{SF_PAGES - 1}.html">尾页</a>'
    return (f'<div class="page">共{SF_PER_PAGE * SF_PAGES}条　第{p + 1}页 共{SF_PAGES}页　'
            f'{first}{prev}{nxt}{last}</div>')


def build_shuangfeng() -> Site:
    site_name = "双峰市人民政府"
    s: Site = {}
    def row(i: int) -> str:
        age = SF_AGES[i]
        href = f"/szxx/{ymd_path(age)}/{tstamp(age)}_{3300000 + i}.html"
        st = "未答复" if i in SF_OPEN else "已答复"
        return (f'<tr><td class="tit"><a href="{href}" target="_blank">{letter_title(i)}</a></td>'
                f'<td>{iso(age)}</td><td class="{"zt-wb" if i in SF_OPEN else "zt-yb"}">{st}</td></tr>')
    for i, age in enumerate(SF_AGES):
        href = f"/szxx/{ymd_path(age)}/{tstamp(age)}_{3300000 + i}.html"
        ans = i not in SF_OPEN
        s[href] = article_zh(
            site_name, "市长信箱", letter_title(i), iso(age),
            f"<p>来信内容：市长您好，{letter_title(i)}。</p>"
            + ("<p>答复内容：您好，来信收悉，相关部门已处理。</p>" if ans else
               "<p>答复内容：</p>"))
    for p in range(SF_PAGES):
        rows = "".join(row(i) for i in range(p * SF_PER_PAGE, (p + 1) * SF_PER_PAGE))
        s[sf_page_url(p)] = (
            zh_head("市长信箱-双峰市人民政府") + "<body>\n" + zh_topbar(site_name)
            + '<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            '<a href="/hdjl/">互动交流</a> &gt; <span>市长信箱</span></div>'
            '<div class="box"><div class="box-hd"><h3>市长信箱</h3></div>'
            '<table class="xx-table"><tr><th>信件标题</th><th width="16%">来信日期</th>'
            f'<th width="12%">答复状态</th></tr>{rows}</table>'
            + sf_pager(p) + "</div></div>\n"
            + zh_footer(site_name, "湘ICP备07009876号", "4313810005", "湘公网安备 43138102000555号")
            + "</body></html>")
    news = news_items("/sfyw/", [0, 1, 1, 2, 3, 4, 6, 7, 8], ZH_NEWS[1:])
    tzgg = news_items("/tzgg/", [5, 8, 16, 30, 44, 90], ZH_NOTICE[1:])
    for prefix, col, items in (("/sfyw/", "双峰要闻", news), ("/tzgg/", "通知公告", tzgg)):
        more = items + news_items(prefix, [50 + 5 * i for i in range(12)], ZH_NEWS)
        add_articles(s, site_name, col, more)
        s[prefix] = zh_column_page(site_name, col, more)
    home_rows = "".join(row(i) for i in range(6))
    s["/"] = (
        zh_head("双峰市人民政府门户网站") + "<body>\n" + zh_topbar(site_name)
        + zh_header(site_name, "双峰")
        + '<div class="w1200 clearfix">'
        + zh_box("双峰要闻", "/sfyw/", zh_list(news))
        + zh_box("通知公告", "/tzgg/", zh_list(tzgg))
        + zh_zwgk_grid()
        + zh_box("市长信箱", "/szxx/index.html",
                 f'<table class="xx-table"><tr><th>信件标题</th><th>来信日期</th><th>答复状态</th>'
                 f'</tr>{home_rows}</table>')
        + zh_services() + zh_zt() + zh_link_grid() + "</div>\n"
        + zh_footer(site_name, "湘ICP备07009876号", "4313810005", "湘公网安备 43138102000555号")
        + ZH_SCRIPT + "</body></html>"
    )
    return s


# =======================================================================================
# 6. www.lyx-scjg.gov.cn: 咨询投诉, replies on the letter page only
# =======================================================================================

LYX_LETTERS = [(2, False), (6, True), (13, True), (30, False), (38, True), (62, True),
               (95, False), (110, True), (156, True), (201, True), (266, True), (347, True),
               (400, False)]


def build_lyx() -> Site:
    site_name = "临源县市场监督管理局"
    s: Site = {}
    items = []
    for k, (age, ans) in enumerate(LYX_LETTERS):
        href = f"/zxts/{ymd_path(age)}/{tstamp(age)}_{512000 + k * 5}.html"
        title = ["咨询食品经营许可证办理", "投诉某超市销售过期食品", "咨询个体户年报",
                 "投诉健身房办卡后跑路", "举报无证行医", "咨询商标注册", "投诉网购退款难",
                 "投诉电梯年检过期", "咨询特种设备使用登记", "投诉加油站计量不准",
                 "咨询药品零售许可", "投诉预付卡消费纠纷", "举报商家虚假宣传"][k]
        items.append((href, title, iso(age)))
        unit = "临源县市场监督管理局消费者权益保护股" if ans else ""
        rtime = iso(max(age - 5, 0)) if ans else ""
        rcon = ("<p>您好！经执法人员现场检查，已对该经营者依法立案调查，并督促其整改。"
                "感谢您的监督！</p>" if ans else "")
        s[href] = (
            zh_head(f"{title}-咨询投诉-{site_name}") + "<body>\n" + zh_topbar(site_name)
            + '<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            '<a href="/zxts/">咨询投诉</a> &gt; 详情</div><div class="box">'
            f'<table class="xx-table detail"><tr><th>标题</th><td>{title}</td></tr>'
            f'<tr><th>提交时间</th><td>{iso(age)}</td></tr>'
            f'<tr><th>内容</th><td><p>{title}，请贵局核实处理。</p></td></tr>'
            f'<tr><th>答复单位：</th><td>{unit}</td></tr><tr><th>答复时间：</th><td>{rtime}</td></tr>'
            f'<tr><th>答复内容：</th><td>{rcon}</td></tr></table></div></div>\n'
            + zh_footer(site_name, "豫ICP备05022222号", "4105260006", "豫公网安备 41052602000666号")
            + "</body></html>")
    s["/zxts/"] = zh_column_page(site_name, "咨询投诉", items)
    news = news_items("/gzdt/", [1, 2, 5, 6, 8, 12, 13], ZH_NEWS[14:])
    tzgg = news_items("/tzgg/", [7, 21, 35, 60, 99], ZH_NOTICE[3:])
    for prefix, col, its in (("/gzdt/", "工作动态", news), ("/tzgg/", "通知公告", tzgg)):
        more = its + news_items(prefix, [40 + 7 * i for i in range(10)], ZH_NEWS)
        add_articles(s, site_name, col, more)
        s[prefix] = zh_column_page(site_name, col, more)
    s["/"] = (
        zh_head("临源县市场监督管理局") + "<body>\n" + zh_topbar(site_name)
        + zh_header(site_name, "临源")
        + '<div class="w1200 clearfix">'
        + zh_box("工作动态", "/gzdt/", zh_list(news))
        + zh_box("通知公告", "/tzgg/", zh_list(tzgg))
        + zh_box("咨询投诉", "/zxts/", zh_list(items[:5]))
        + '<div class="box"><div class="box-hd"><h3>投诉举报</h3></div><p>全国12315平台：'
        '<a href="https://www.12315.cn/" target="_blank">www.12315.cn</a>　投诉电话：12315</p></div>'
        + zh_zwgk_grid() + zh_link_grid() + zh_services() + "</div>\n"
        + zh_footer(site_name, "豫ICP备05022222号", "4105260006", "豫公网安备 41052602000666号")
        + ZH_SCRIPT + "</body></html>"
    )
    return s


# =======================================================================================
# 7. www.zhushan.gov.tw: 首長信箱, ROC dates
# =======================================================================================

ZS_LETTERS = [(1, "處理中"), (7, "已回覆"), (18, "結案"), (30, "處理中"), (52, "結案"),
              (95, "已回覆"), (131, "結案"), (200, "結案"), (244, "已回覆"), (318, "結案"),
              (400, "處理中")]
TW_NEWS = ["本所辦理115年度竹藝文化節系列活動", "鎮長視察下坪里排水改善工程進度",
           "竹山鎮115年度冬令救濟物資發放", "本所舉辦登革熱防治宣導活動",
           "竹山鎮公所辦理身心障礙者就業媒合", "社寮里市場周邊停車秩序改善",
           "本所辦理防災演練暨疏散避難宣導", "竹山鎮老人文康活動中心啟用典禮"]
TW_NOTICE = ["公告本鎮115年度低收入戶複查結果", "公告竹山鎮都市計畫第四次通盤檢討公開展覽",
             "本所115年度約僱人員甄選簡章", "公告115年度垃圾清運時間調整",
             "公告本鎮道路挖掘管理自治條例修正", "公告本所辦理採購案決標結果"]


TW_MEGA = {
    "認識竹山": ["鎮長介紹", "副鎮長介紹", "主任秘書", "組織架構", "歷任鎮長", "竹山沿革",
             "地理環境", "人口統計", "各里簡介", "鎮徽意涵", "服務據點", "聯絡我們"],
    "業務專區": ["民政課", "財政課", "建設課", "農業課", "社會課", "行政室", "人事室",
             "主計室", "政風室", "清潔隊", "圖書館", "托兒所", "公有市場", "殯葬管理所"],
    "便民服務": ["申辦項目", "表單下載", "常用電話", "災害防救", "鄰長名冊", "里長名冊",
             "里辦公處", "停電公告", "停水公告", "道路施工", "路燈報修", "垃圾清運路線"],
    "政府資訊公開": ["施政計畫", "預算書", "決算書", "統計資料", "採購資訊", "訴願決定",
                 "支付或接受補助", "內部控制聲明書", "政風專區", "性別主流化", "個資保護"],
    "觀光旅遊": ["景點介紹", "特色美食", "竹藝文化", "住宿資訊", "交通資訊", "旅遊地圖",
             "節慶活動", "步道資訊"],
}


def tw_mega() -> str:
    return (
        '<div class="megamenu">'
        + "".join(
            f'<div class="mm"><h4>{top}</h4><ul>'
            + "".join(f'<li><a href="/cp.aspx?n={600 + i * 20 + k}" title="{s}">{s}</a></li>'
                      for k, s in enumerate(subs))
            + "</ul></div>" for i, (top, subs) in enumerate(TW_MEGA.items()))
        + '</div><script>$(function(){$(".menu>li").hover(function(){$(".megamenu").show();},'
        'function(){$(".megamenu").hide();});$(".btn-fatfooter").click(function(){'
        '$(".fatfooter nav").slideToggle();$(this).text($(this).text()=="收合"?"展開":"收合");});'
        '});</script>'
    )


def tw_fat_footer() -> str:
    return (
        '<div class="fatfooter"><button type="button" class="btn-fatfooter">收合</button><nav>'
        + "".join(
            f'<ul><li><a href="/cp.aspx?n={500 + i}">{top}</a><ul>'
            + "".join(f'<li><a href="/cp.aspx?n={600 + i * 20 + k}" title="{s}">{s}</a></li>'
                      for k, s in enumerate(subs))
            + "</ul></li></ul>" for i, (top, subs) in enumerate(TW_MEGA.items()))
        + "</nav></div>"
    )


def tw_page(title: str, body: str) -> str:
    nav = "".join(f'<li><a href="/cp.aspx?n={n}">{t}</a></li>' for n, t in enumerate(
        ["認識竹山", "最新消息", "業務專區", "便民服務", "政府資訊公開", "觀光旅遊",
         "首長信箱", "常見問答", "雙語詞彙", "網站導覽"]))
    return (
        '<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">'
        f'<title>{title}</title><meta name="DC.Title" content="{title}">'
        '<meta name="DC.Publisher" content="南投縣竹山鎮公所"><link rel="stylesheet" href="/css/base.css">'
        '</head><body><a href="#C" class="skip" title="跳到主要內容區塊">跳到主要內容區塊</a>'
        '<header><a href="/Default.aspx"><img src="/images/logo.png" alt="南投縣竹山鎮公所"></a>'
        '<a accesskey="U" href="#U" title="上方功能區塊">:::</a>'
        f'<nav><ul class="menu">{nav}</ul></nav>' + tw_mega() + '</header>'
        f'<main id="C"><a accesskey="C" href="#C" title="中央內容區塊">:::</a>{body}</main>'
        + tw_fat_footer() +
        '<footer><a accesskey="Z" href="#Z" title="下方功能區塊">:::</a>'
        '<p>南投縣竹山鎮公所 地址：557南投縣竹山鎮竹山路1號 電話：049-2642171</p>'
        '<p>服務時間：週一至週五 08:00~12:00、13:30~17:30</p>'
        '<p>Copyright © 2026 Zhushan Township Office. All Rights Reserved.</p>'
        '<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20260101"'
        ' title="無障礙網站"><img src="/images/AA.png" alt="通過AA檢測等級無障礙網頁檢測"></a>'
        '</footer></body></html>'
    )


def build_zhushan() -> Site:
    s: Site = {}
    rows = []
    for k, (age, st) in enumerate(ZS_LETTERS):
        href = f"/News_Content.aspx?n=2210&s={900500 - k * 13}"
        rows.append(f'<tr><td data-title="編號">{1150000 + 311 - k * 7}</td>'
                    f'<td data-title="主旨"><a href="{href}" title="{letter_title(k + 7)}">'
                    f'{letter_title(k + 7)}</a></td><td data-title="來信日期">{roc(age)}</td>'
                    f'<td data-title="處理情形">{st}</td></tr>')
        reply = ("<h4>回覆內容</h4><p>您好，所陳事項已請本所建設課派員處理完竣，謝謝您的寶貴意見。</p>"
                 if st != "處理中" else "<p>本案刻正處理中。</p>")
        s[href] = tw_page(f"{letter_title(k + 7)}-首長信箱", (
            f'<h2>{letter_title(k + 7)}</h2><ul><li>來信日期：{roc(age)}</li>'
            f'<li>處理情形：{st}</li></ul><p>鎮長您好，{letter_title(k + 7)}，請協助處理。</p>{reply}'))
    table = ('<table class="table-list"><caption>首長信箱</caption><thead><tr><th scope="col">編號</th>'
             '<th scope="col">主旨</th><th scope="col">來信日期</th><th scope="col">處理情形</th></tr>'
             '</thead><tbody>' + "".join(rows) + "</tbody></table>")
    s["/News.aspx?n=2210"] = tw_page("首長信箱-南投縣竹山鎮公所",
                                     '<h2>首長信箱</h2><p><a href="/Mailbox/Write.aspx">我要寫信</a></p>'
                                     + table + '<div class="page">共 11 筆資料，第 1/1 頁</div>')
    news_rows, notice_rows = [], []
    for k, age in enumerate([0, 2, 3, 6, 8, 10, 13, 16]):
        href = f"/News_Content.aspx?n=1001&s={700000 + k}"
        news_rows.append(f'<li><a href="{href}">{TW_NEWS[k]}</a><span class="date">{roc(age)}</span></li>')
        s[href] = tw_page(TW_NEWS[k], f"<h2>{TW_NEWS[k]}</h2><p>發布日期：{roc(age)}</p><p>內容。</p>")
    for k, age in enumerate([4, 11, 25, 39, 66, 90]):
        href = f"/News_Content.aspx?n=1002&s={710000 + k}"
        notice_rows.append(f'<li><a href="{href}">{TW_NOTICE[k]}</a><span class="date">{roc(age)}</span></li>')
        s[href] = tw_page(TW_NOTICE[k], f"<h2>{TW_NOTICE[k]}</h2><p>發布日期：{roc(age)}</p><p>公告。</p>")
    s["/News.aspx?n=1001"] = tw_page("最新消息", "<h2>最新消息</h2><ul class='list'>"
                                     + "".join(news_rows) + "</ul>")
    s["/News.aspx?n=1002"] = tw_page("公告資訊", "<h2>公告資訊</h2><ul class='list'>"
                                     + "".join(notice_rows) + "</ul>")
    home_mail = ('<section class="box"><h3>首長信箱</h3><a class="more" href="/News.aspx?n=2210" '
                 'title="首長信箱-更多">更多</a><table class="table-list"><tbody>'
                 + "".join(rows[:5]) + "</tbody></table></section>")
    slides = "".join(f'<li><a href="/News_Content.aspx?n=1001&s={700000 + k}">'
                     f'<img src="/upload/banner{k}.jpg" alt="{TW_NEWS[k]}"></a></li>' for k in range(4))
    s["/"] = tw_page("南投縣竹山鎮公所", (
        f'<section class="banner"><ul>{slides}</ul></section>'
        '<section class="box"><h3>最新消息</h3><a class="more" href="/News.aspx?n=1001" '
        'title="最新消息-更多">更多</a><ul class="list">' + "".join(news_rows) + "</ul></section>"
        '<section class="box"><h3>公告資訊</h3><a class="more" href="/News.aspx?n=1002" '
        'title="公告資訊-更多">更多</a><ul class="list">' + "".join(notice_rows) + "</ul></section>"
        + home_mail
        + '<section class="links"><h3>便民服務</h3><ul>'
        + "".join(f'<li><a href="/cp.aspx?n={300 + i}">{t}</a></li>' for i, t in enumerate(
            ["戶政服務", "社會福利", "清潔隊", "公有市場", "殯葬服務", "兵役", "農業服務",
             "表單下載", "公共造產", "政府採購"]))
        + "</ul></section>"))
    s["/Default.aspx"] = s["/"]
    return s


# =======================================================================================
# 8. www.hwd.gov.hk: Public Enquiries with no states
# =======================================================================================

HK_ENQ = [(5, "Enquiry on temporary road closure at Wan Chai Road"),
          (33, "Enquiry on the Harbourfront promenade extension works"),
          (96, "Enquiry on noise from piling works at Kwun Tong"),
          (150, "Enquiry on access to the Central Piers during works"),
          (210, "Enquiry on compensation for affected shop operators"),
          (305, "Enquiry on the seawall repair schedule at Tsing Yi"),
          (398, "Enquiry on the public consultation for typhoon shelter works")]


EN_HK_MENU = {
    "About Us": ["Vision, Mission and Values", "Organisation Chart", "Directory", "History",
                 "Performance Pledge", "Controlling Officer's Report", "Annual Reports",
                 "Environmental Reports", "Code on Access to Information"],
    "Projects": ["Harbourfront Enhancement", "Typhoon Shelters", "Public Piers", "Seawalls",
                 "Marine Works", "Reclamation", "Completed Projects", "Project Maps"],
    "Publications": ["Technical Circulars", "Standards and Manuals", "Guidance Notes",
                     "Specifications", "Leaflets", "Videos", "Consultancy Reports"],
    "Business": ["Tender Notices", "Contract Awards", "Consultancy Opportunities",
                 "List of Approved Contractors", "Site Safety", "Procurement Guidelines"],
    "Services": ["Public Enquiries", "Complaints", "Excavation Permits", "Marine Licences",
                 "Data Requests", "Open Data", "Mobile App"],
}


EN_COOKIE_SCRIPT = (
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
    "gtag('js',new Date());gtag('config','G-7QX2M4K9LP',{anonymize_ip:true});"
    "var cookieConsentConfig={categories:{necessary:{enabled:true,readOnly:true},"
    "analytics:{autoClear:{cookies:[{name:/^_ga/},{name:'_gid'}]}}},language:{default:'en',"
    "translations:{en:{consentModal:{title:'We use cookies',description:'This website uses "
    "essential cookies to ensure its proper operation and tracking cookies to understand how "
    "you interact with it. The latter will be set only after consent.',acceptAllBtn:'Accept all',"
    "acceptNecessaryBtn:'Reject all',showPreferencesBtn:'Manage preferences'},preferencesModal:{"
    "title:'Cookie preferences',acceptAllBtn:'Accept all',acceptNecessaryBtn:'Reject all',"
    "savePreferencesBtn:'Save preferences',closeIconLabel:'Close',sections:["
    + ",".join(
        "{title:'" + name + "',description:'" + ("Cookies in this category " + desc + ". ") * 4
        + "',linkedCategory:'" + name.lower() + "'}"
        for name, desc in [
            ("Necessary", "are required for the website to function and cannot be switched off"),
            ("Analytics", "help us count visits and traffic sources so we can improve the site"),
            ("Functional", "remember your choices such as language, text size and region"),
            ("Performance", "measure page load times to keep the service fast for everyone"),
            ("Accessibility", "remember contrast and reading settings you have chosen"),
        ] * 3)
    + "]}}}}};</script>"
)


def slug(text: str) -> str:
    return "".join(c for c in text.lower().replace(" ", "_") if c.isalnum() or c == "_")


def en_mega(menu: dict[str, list[str]], base: str) -> str:
    return (
        '<div class="mega">'
        + "".join(
            f'<div class="col"><h2>{top}</h2><ul>'
            + "".join(f'<li><a href="{base}/{slug(top)}/{slug(s)}.html">{s}</a></li>'
                      for s in subs)
            + "</ul></div>" for top, subs in menu.items())
        + "</div>"
    )


def en_page(title: str, site: str, body: str, lang: str = "en") -> str:
    nav = "".join(f'<li><a href="/en/{slug}/index.html">{t}</a></li>' for slug, t in (
        ("about_us", "About Us"), ("whats_new", "What's New"), ("press", "Press Releases"),
        ("projects", "Projects"), ("publications", "Publications"),
        ("tender", "Tender Notices"), ("contact", "Contact Us")))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}'
        f'</title><link rel="stylesheet" href="/css/style.css"></head><body>'
        '<a class="skip" href="#content">Skip to main content</a>'
        f'<header class="site-header"><a href="/en/index.html"><img src="/images/logo.svg" alt="{site}">'
        '</a><ul class="lang"><li><a href="/tc/index.html">繁體版</a></li><li><a href="/sc/index.html">'
        f'简体版</a></li></ul><nav><ul class="main-nav">{nav}</ul></nav>'
        + en_mega(EN_HK_MENU, "/en") + '</header>'
        f'<main id="content">{body}</main>' + en_mega(EN_HK_MENU, "/en") + EN_COOKIE_SCRIPT +
        '<footer><ul><li><a href="/en/important_notices.html">'
        'Important Notices</a></li><li><a href="/en/privacy.html">Privacy Policy</a></li>'
        '<li><a href="/en/accessibility.html">Accessibility</a></li><li><a href="/en/sitemap.html">'
        'Sitemap</a></li></ul><p>2026 &copy; | Review Date: 30 October 2026</p></footer></body></html>'
    )


def build_hwd() -> Site:
    site = "Harbour Works Department"
    s: Site = {}
    rows = []
    for k, (age, t) in enumerate(HK_ENQ):
        href = f"/en/public_enquiries/{day(age):%Y%m%d}_{k + 1}.html"
        d = day(age)
        rows.append(f'<tr><td>{d.day} {d:%B %Y}</td><td><a href="{href}">{t}</a></td></tr>')
        s[href] = en_page(t, site, f"<h1>{t}</h1><p>Date received: {d.day} {d:%B %Y}</p>"
                          "<p>Members of the public may contact our Customer Service Hotline "
                          "at 2345 6789 for further information on the works.</p>")
    s["/en/public_enquiries/index.html"] = en_page(
        "Public Enquiries", site,
        "<h1>Public Enquiries</h1><p>Enquiries may be made by phone (2345 6789), by email to "
        "<a href='mailto:enquiry@hwd.gov.hk'>enquiry@hwd.gov.hk</a> or through 1823.</p>"
        "<table class='enq'><thead><tr><th>Date</th><th>Subject</th></tr></thead><tbody>"
        + "".join(rows) + "</tbody></table>")
    press = ["Harbourfront promenade section opens to public", "Typhoon shelter dredging works complete",
             "HWD announces temporary traffic arrangements in Central", "Seawall inspection programme 2026-27",
             "Public consultation on waterfront design guidelines launched",
             "Contract awarded for Kwun Tong pier upgrade", "Director visits Tsing Yi works site",
             "Marine works notice for Victoria Harbour"]
    prow = []
    for k, age in enumerate([0, 2, 4, 7, 9, 12, 15, 20]):
        d = day(age)
        href = f"/en/press/{d:%Y%m%d}.html"
        prow.append(f'<li><span class="date">{d.day} {d:%B %Y}</span> <a href="{href}">{press[k]}</a></li>')
        s[href] = en_page(press[k], site, f"<h1>{press[k]}</h1><p>{d.day} {d:%B %Y}</p><p>Text.</p>")
    s["/en/press/index.html"] = en_page("Press Releases", site, "<h1>Press Releases</h1><ul>"
                                        + "".join(prow) + "</ul>")
    s["/en/index.html"] = en_page(site, site, (
        '<section class="hero"><h1>Harbour Works Department</h1><p>Building and maintaining '
        'Hong Kong\'s harbour infrastructure.</p></section>'
        '<section class="press"><h2>Press Releases</h2><ul>' + "".join(prow) + "</ul>"
        '<a class="more" href="/en/press/index.html">More press releases</a></section>'
        '<section class="enq"><h2>Public Enquiries</h2><ul>'
        + "".join(f'<li><a href="/en/public_enquiries/{day(a):%Y%m%d}_{k + 1}.html">{t}</a></li>'
                  for k, (a, t) in enumerate(HK_ENQ[:3]))
        + '</ul><a class="more" href="/en/public_enquiries/index.html">More</a></section>'
        '<section class="quick"><h2>Quick Links</h2><ul><li><a href="/en/tender/index.html">'
        'Tender Notices</a></li><li><a href="/en/publications/index.html">Publications</a></li>'
        '<li><a href="https://www.1823.gov.hk/">1823</a></li></ul></section>'))
    s["/"] = s["/en/index.html"]
    return s


# =======================================================================================
# 9. www.millbrook.gov: "Ask the Mayor"
# =======================================================================================

MB_QUESTIONS = [(4, True), (11, True), (30, False), (47, True), (73, True), (95, False),
                (128, True), (150, False), (177, True), (200, False), (261, True), (330, True),
                (400, False)]
MB_Q = ["When will the Elm Street potholes be repaired?", "Can the library open on Sundays?",
        "Why was the bus route 12 schedule cut?", "Is there a plan for more bike lanes downtown?",
        "What happens with the old mill property?", "Why are water bills higher this year?",
        "Will the city add a dog park in Westside?", "Who maintains the trail by Miller Creek?",
        "When does leaf collection start?", "Can streetlights on Oak Avenue be fixed?",
        "How is the snow removal budget spent?", "Is the community pool reopening?",
        "Why did property taxes go up?"]


def mb_date(age: int) -> str:
    d = day(age)
    return f"{d:%B} {d.day}, {d.year}"


def build_millbrook() -> Site:
    s: Site = {}
    items = []
    for k, (age, ans) in enumerate(MB_QUESTIONS):
        href = f"/government/mayor/ask-the-mayor/question-{2026 * 1000 + 400 - k}"
        status = "Answered" if ans else "Awaiting response"
        items.append(
            f'<article class="qa-item"><h3><a href="{href}">{MB_Q[k]}</a></h3>'
            f'<p class="meta">Submitted {mb_date(age)} &middot; <span class="status '
            f'{"answered" if ans else "pending"}">{status}</span></p></article>')
        answer = ("<h2>The Mayor's answer</h2><p>Thanks for asking. Public Works has scheduled "
                  "the repair and crews will be on site within two weeks.</p>") if ans else (
                  "<p class='status'>Awaiting response</p>")
        s[href] = mb_page(MB_Q[k], f"<h1>{MB_Q[k]}</h1><p>Submitted {mb_date(age)}</p>{answer}")
    s["/government/mayor/ask-the-mayor"] = mb_page("Ask the Mayor", (
        "<h1>Ask the Mayor</h1><p>Have a question for Mayor Dana Whitfield? Submit it below and "
        "the Mayor's office will post the answer here.</p>"
        '<a class="button" href="/government/mayor/ask-the-mayor/submit">Submit a question</a>'
        '<div class="qa-list">' + "".join(items) + "</div>"))
    news_t = ["City Council approves 2027 budget", "Winter parking ban begins December 1",
              "Main Street bridge reopens after repairs", "Holiday tree lighting on the Green",
              "Recreation winter programs registration open", "Police department hires six officers",
              "Leaf collection schedule extended", "Water main replacement on Pine Street"]
    nrows = []
    for k, age in enumerate([1, 2, 3, 6, 8, 9, 12, 14]):
        href = f"/news/{day(age):%Y/%m}/{news_t[k].lower().replace(' ', '-')}"
        nrows.append(f'<li><a href="{href}">{news_t[k]}</a> <time datetime="{iso(age)}">'
                     f'{mb_date(age)}</time></li>')
        s[href] = mb_page(news_t[k], f"<h1>{news_t[k]}</h1><p>Posted {mb_date(age)}</p><p>Text.</p>")
    s["/news"] = mb_page("News", "<h1>City News</h1><ul class='news'>" + "".join(nrows) + "</ul>")
    s["/"] = mb_page("City of Millbrook", (
        '<section class="hero"><h1>Welcome to Millbrook</h1></section>'
        '<section class="news"><h2>City News</h2><ul>' + "".join(nrows) + "</ul>"
        '<a href="/news" class="more">View all news</a></section>'
        '<section class="ask"><h2>Ask the Mayor</h2>' + "".join(items[:3])
        + '<a href="/government/mayor/ask-the-mayor" class="more">See all questions</a></section>'
        '<section class="services"><h2>How do I...</h2><ul>'
        + "".join(f'<li><a href="/services/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in (
            "Pay a Bill", "Report a Problem", "Apply for a Permit", "Find Trash Day",
            "Register for Programs", "Contact City Hall", "View Meeting Agendas"))
        + "</ul></section>"))
    return s


MB_MENU = {
    "Government": ["Mayor", "City Council", "City Manager", "Boards and Commissions",
                   "Agendas and Minutes", "City Charter", "Elections", "Budget and Finance",
                   "Ordinances", "Public Records Requests"],
    "Departments": ["Building and Permits", "Clerk", "Finance", "Fire", "Human Resources",
                    "Library", "Parks and Recreation", "Planning and Zoning", "Police",
                    "Public Works", "Utilities", "Economic Development"],
    "Services": ["Pay a Bill", "Report a Problem", "Apply for a Permit", "Trash and Recycling",
                 "Snow Removal", "Street Maintenance", "Water and Sewer", "Animal Control",
                 "Parking", "Notify Me"],
    "Community": ["Events Calendar", "Parks and Trails", "Senior Center", "Farmers Market",
                  "History of Millbrook", "Volunteer", "Schools", "Transit"],
}


def mb_page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
        f'{title} | City of Millbrook</title><meta name="viewport" content="width=device-width">'
        '<link rel="stylesheet" href="/themes/millbrook/css/main.css"></head><body class="page">'
        '<header><a href="/" class="logo">City of Millbrook</a><nav><ul>'
        '<li><a href="/government">Government</a></li><li><a href="/departments">Departments</a>'
        '</li><li><a href="/services">Services</a></li><li><a href="/news">News</a></li>'
        '<li><a href="/government/mayor/ask-the-mayor">Ask the Mayor</a></li></ul></nav>'
        + en_mega(MB_MENU, "") + '</header>'
        f'<main>{body}</main><footer>' + en_mega(MB_MENU, "") + EN_COOKIE_SCRIPT +
        '<p>City of Millbrook, 100 Main Street, Millbrook</p>'
        '<p>&copy; 2026 City of Millbrook</p></footer></body></html>'
    )


# =======================================================================================
# 10. www.xiaohe.gov.cn: 在线留言 is a form only
# =======================================================================================


def build_xiaohe() -> Site:
    site_name = "小河镇人民政府"
    s: Site = {}
    news = news_items("/zwdt/", [0, 2, 3, 5, 7, 9, 11], ZH_NEWS[20:] + ZH_NEWS[:5])
    tzgg = news_items("/tzgg/", [4, 18, 37, 70, 120], ZH_NOTICE[9:])
    for prefix, col, items in (("/zwdt/", "镇务动态", news), ("/tzgg/", "通知公告", tzgg)):
        more = items + news_items(prefix, [30 + 6 * i for i in range(10)], ZH_NEWS)
        add_articles(s, site_name, col, more)
        s[prefix] = zh_column_page(site_name, col, more)
    form = (
        '<form action="/hdjl/zxly/save.jsp" method="post" class="ly-form">'
        '<table class="xx-table"><tr><th>姓名</th><td><input name="name"></td></tr>'
        '<tr><th>联系电话</th><td><input name="tel"></td></tr>'
        '<tr><th>留言标题</th><td><input name="title" size="60"></td></tr>'
        '<tr><th>留言内容</th><td><textarea name="content" rows="8" cols="60"></textarea></td></tr>'
        '<tr><th>是否公开</th><td><label><input type="radio" name="gk" value="1" checked>公开</label>'
        '<label><input type="radio" name="gk" value="0">不公开</label></td></tr>'
        '<tr><th>验证码</th><td><input name="yzm" size="6"><img src="/hdjl/zxly/yzm.jsp" alt="验证码">'
        '</td></tr><tr><td colspan="2"><button type="submit">提交</button> <button type="reset">'
        '重置</button></td></tr></table></form>'
        '<div class="tip"><p>温馨提示：</p><p>1. 请文明留言，不得发布违法信息；</p>'
        '<p>2. 我们将在5个工作日内与您联系。</p></div>'
    )
    s["/hdjl/zxly/"] = (
        zh_head("在线留言-小河镇人民政府") + "<body>\n" + zh_topbar(site_name)
        + '<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
        '<a href="/hdjl/">互动交流</a> &gt; <span>在线留言</span></div>'
        '<div class="box"><div class="box-hd"><h3>在线留言</h3></div>' + form + "</div></div>\n"
        + zh_footer(site_name, "川ICP备09033333号", "5119220007", "川公网安备 51192202000777号")
        + "</body></html>"
    )
    s["/"] = (
        zh_head("小河镇人民政府") + "<body>\n" + zh_topbar(site_name) + zh_header(site_name, "小河")
        + '<div class="w1200 clearfix">'
        + zh_box("镇务动态", "/zwdt/", zh_list(news))
        + zh_box("通知公告", "/tzgg/", zh_list(tzgg))
        + zh_box("在线留言", "/hdjl/zxly/",
                 '<div class="ly-entry"><p>欢迎您对我镇工作提出意见和建议。</p>'
                 '<a class="btn" href="/hdjl/zxly/">我要留言</a></div>')
        + zh_zwgk_grid() + zh_services() + zh_zt() + zh_link_grid() + "</div>\n"
        + zh_footer(site_name, "川ICP备09033333号", "5119220007", "川公网安备 51192202000777号")
        + ZH_SCRIPT + "</body></html>"
    )
    return s


# --- assembly --------------------------------------------------------------------------

def build_all() -> dict[str, Site]:
    dongping, platform = build_dongping()
    return {
        "www.qingxi.gov.cn": build_qingxi(),
        "www.hengshan.gov.cn": build_hengshan(),
        "www.dongping.gov.cn": dongping,
        PLATFORM_HOST: platform,
        "www.anping.gov.cn": build_anping(),
        "www.shuangfeng.gov.cn": build_shuangfeng(),
        "www.lyx-scjg.gov.cn": build_lyx(),
        "www.zhushan.gov.tw": build_zhushan(),
        "www.hwd.gov.hk": build_hwd(),
        "www.millbrook.gov": build_millbrook(),
        "www.xiaohe.gov.cn": build_xiaohe(),
    }


SITES = build_all()

# Where each site's homepage is (the HK site's is /en/index.html, reached from /).
HOMEPAGE = {t.host: "/" for t in TRUTH}


def plain_page(path: str) -> str:
    """What an unknown path answers: a plain, undated page (nav targets, images)."""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>页面</title></head>"
            f"<body><h1>栏目页面</h1><p>{path}</p></body></html>")
