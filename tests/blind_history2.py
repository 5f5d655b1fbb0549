"""Blind history round 2: ten sites whose behaviour changes between nightly scans.

Written before any scan of these pages (see the commit "blind: pages and truth,
written before any scan").  The pages are built per night by the functions below
(a site's state on night ``d`` is a function of ``d``), and the truth is data:

* ``NIGHTS``: the nights scanned, as day offsets from ``DAY0`` (2026-11-02, a Monday).
  A nightly scan starts at 01:00 Asia/Shanghai (``scan_start(d)``, 17:00 UTC the day
  before), as the daemon's ``scan_cron`` would run it.
* The daemon probes every listed site once an hour (``probe_ok``), for the week before
  each scanned night (a daemon that was down between night 16 and night 23, and between
  30 and 93, made no visits then).
* ``STATUS[site]``: one letter a night, in ``NIGHTS`` order: H healthy, S stale,
  Z zombie, U unreachable, J hijacked, ``-`` not on the list that night.
* ``AVAILABILITY[site]``: the weekly rule's verdict a night: p pass, f fail,
  i insufficient data (fewer than 140 visits), ``-`` not listed.
* ``CHANGES[night]``: the report's newly failed / got worse / recovered sections.
* ``CLOSURE[night]``: closure candidates (zombie or unreachable in every scan for 90 days).
* ``GROUP_PASSES[group]``: (passed, sites) a night.
* ``MUST`` / ``MUST_NOT``: finding codes by (site, night).

Why each truth is what it is (the inspectors' rules, shared/domain-rules.md):

* ``weekly-down`` (城关区): its server is down 20:00-08:00 on the nights before 3 and 10
  (12 hours, a bad gateway), one night in seven.  12 failed of 168 hourly visits is
  7.1%: 5% or more of a week's visits fail, so the site is unreachable for every scan
  whose week holds one of those 12-hour outages whole: nights 4-16 (night 3: the scan
  itself gets the 502; only 5 of the outage's hours are in its week, 3.0%).  Night 17's
  week would hold 7 hours (4.2%, pass); night 30 holds none.
* ``rare-fail`` (城关区): one hourly visit in 30 fails (a probe at every 30th hour):
  at most 6 of 168 (3.6%): healthy every night.  Its scans never hit a failure.
* ``undated-static`` (城关区): a department's navigation homepage with no date anywhere
  and content that never changes: undated, judged by change history.  First seen on
  night 0; unchanged for 14 days is still within the limit, unchanged for 15 is stale
  (homepage_stale) from night 15 on.  Never zombie here (unchanged 100 days < 365).
* ``undated-daily`` (城关区): no dates, but a new headline tops its lists every day
  (new words, not only digits): healthy every night, undated, never homepage_stale.
* ``etag-304`` (江北区): a dated site frozen since 2026-11-01 that answers every
  conditional GET with 304 (naming its ETag).  A 304 reuses what was seen: newest item
  2026-11-01, 14 days old on night 13 (healthy), 15 days on night 14: stale from then on.
* ``recovers`` (江北区): the server is down (connections reset) from 20:00 before
  night 4 to 08:00 after night 6 (60 hours): nights 4-6 the scans fail; nights 7-12 the
  scans answer but the week holds 31-60 failed visits (18-36%): still unreachable by the
  weekly rule; night 13's week holds 7 (4.2%): healthy, and the report says recovered
  on night 13, not on 7.
* ``hijacked`` (江北区): healthy; from night 5 its homepage carries hidden gambling links
  (an off-screen block of 澳门/百家乐 links to other domains); cleaned for night 12.
* ``going-zombie`` (江北区): nothing new since 2025-11-09 (358 days before night 0):
  stale on nights 0-7 (358-365 days: a limit is broken only past it), zombie from
  night 8 (366 days).  Stale -> zombie is "got worse" on night 8, not newly failed.
  Zombie since night 8: 92 days on night 100: a closure candidate then.
* ``removed-readded`` (市直部门): healthy; taken off the list after night 5 and put back
  for night 10.  Nights 6-9 it is in no report section; its return is neither a change
  nor a recovery.  The daemon does not probe it while off the list (96 hours of the
  week before night 10 have no visit), so its availability is insufficient data on
  nights 10-15 (72-132 visits) and passes from night 16 (156).
* ``dead-closure`` (市直部门): its domain resolves to 0.0.0.0 (a sinkholed, lapsed
  domain): unreachable every night; unreachable in every scan since night 0, so a
  closure candidate on night 100 (100 days >= 90) but not on night 30.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DAY0 = dt.date(2026, 11, 2)
NIGHTS: tuple[int, ...] = (*tuple(range(17)), 30, 100)
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def night_date(d: int) -> dt.date:
    """The local (Asia/Shanghai) date a night's scan judges by."""
    return DAY0 + dt.timedelta(days=d)


def scan_start(d: int) -> dt.datetime:
    """01:00 Asia/Shanghai on night d's date, in UTC (17:00 the day before)."""
    local = dt.datetime.combine(night_date(d), dt.time(1, 0), tzinfo=SHANGHAI)
    return local.astimezone(dt.UTC)


@dataclass(frozen=True)
class SiteSpec:
    key: str
    host: str
    name: str
    group: str


SITES: tuple[SiteSpec, ...] = (
    SiteSpec("weekly-down", "www.chengguan-zhen.gov.test", "城关镇人民政府", "城关区"),
    SiteSpec("rare-fail", "www.dongfeng-jd.gov.test", "东风街道办事处", "城关区"),
    SiteSpec("undated-static", "dag.chengguan.gov.test", "城关区档案馆", "城关区"),
    SiteSpec("undated-daily", "www.cgqrmt.gov.test", "城关区融媒体中心", "城关区"),
    SiteSpec("etag-304", "www.jbswj.gov.test", "江北区水务局", "江北区"),
    SiteSpec("recovers", "www.jbzj.gov.test", "江北区住房和城乡建设局", "江北区"),
    SiteSpec("hijacked", "www.hexi-xiang.gov.test", "河西乡人民政府", "江北区"),
    SiteSpec("going-zombie", "www.jbkx.gov.test", "江北区科学技术协会", "江北区"),
    SiteSpec("removed-readded", "www.sjtj.gov.test", "市统计局", "市直部门"),
    SiteSpec("dead-closure", "www.sdzbgs.gov.test", "市地方志编纂办公室", "市直部门"),
    # Round two (written before these three were scanned; see BATCH2 below).
    SiteSpec("lunar-frozen", "www.gxqlgb.gov.test", "高新区老干部局", "高新区"),
    SiteSpec("waf-undated", "www.gxqdzj.gov.test", "高新区地震局", "高新区"),
    SiteSpec("upgrade-undated", "www.gxqqx.gov.test", "高新区气象服务站", "高新区"),
)
SITE = {s.key: s for s in SITES}

# --------------------------------------------------------------------------- truth

STATUS: dict[str, str] = {
    #                  nights: 0....5....10...15.. 30 100
    "weekly-down": "HHH" + "U" * 14 + "HH",
    "rare-fail": "H" * 19,
    "undated-static": "H" * 15 + "SS" + "SS",
    "undated-daily": "H" * 19,
    # Night 13: its 部门动态 column's newest item is 2026-10-31 (the column lags the
    # homepage's 政务动态 by a day), 15 days old: a stale news column, one of the five
    # a veto needs: status stale, still passed (corrected after the first scan).
    "etag-304": "H" * 13 + "SSSS" + "SS",
    "recovers": "HHHH" + "U" * 9 + "HHHH" + "HH",
    "hijacked": "HHHHH" + "J" * 7 + "HHHHH" + "HH",
    "going-zombie": "S" * 8 + "Z" * 9 + "ZZ",
    "removed-readded": "H" * 6 + "----" + "H" * 7 + "HH",
    "dead-closure": "U" * 19,
    "lunar-frozen": "H" * 15 + "SS" + "SS",
    "waf-undated": "H" * 7 + "U" + "H" * 7 + "SS" + "SS",
    "upgrade-undated": "H" * 7 + "ZZ" + "H" * 6 + "SS" + "SS",
}

AVAILABILITY: dict[str, str] = {
    "weekly-down": "pppp" + "f" * 13 + "pp",
    "rare-fail": "p" * 19,
    "undated-static": "p" * 19,
    "undated-daily": "p" * 19,
    "etag-304": "p" * 19,
    "recovers": "ppppp" + "f" * 8 + "pppp" + "pp",
    "hijacked": "p" * 19,
    "going-zombie": "p" * 19,
    "removed-readded": "p" * 6 + "----" + "i" * 6 + "p" + "pp",
    "dead-closure": "f" * 19,
    "lunar-frozen": "p" * 19,
    "waf-undated": "p" * 19,
    "upgrade-undated": "p" * 19,
}

NAMES = {"H": "healthy", "S": "stale", "Z": "zombie", "U": "unreachable", "J": "hijacked"}


def status(site: str, d: int) -> str | None:
    """The truth's status of a site on night d (None: not listed)."""
    letter = STATUS[site][NIGHTS.index(d)]
    return None if letter == "-" else NAMES[letter]


def listed(site: str, d: int) -> bool:
    return STATUS[site][NIGHTS.index(d)] != "-"


# The report of night d against the previous scan (night 0: nothing to compare;
# night 30 against 16, night 100 against 30).
CHANGES: dict[int, dict[str, set[str]]] = {
    d: {"newly_failed": set(), "worse": set(), "recovered": set()} for d in NIGHTS
}
CHANGES[3]["newly_failed"] = {"weekly-down"}
CHANGES[4]["newly_failed"] = {"recovers"}
CHANGES[5]["newly_failed"] = {"hijacked"}
CHANGES[8]["worse"] = {"going-zombie"}
CHANGES[12]["recovered"] = {"hijacked"}
CHANGES[13]["recovered"] = {"recovers"}
CHANGES[14]["newly_failed"] = {"etag-304"}
CHANGES[15]["newly_failed"] = {"undated-static"}
CHANGES[30]["recovered"] = {"weekly-down"}
CHANGES[7]["newly_failed"] = {"waf-undated", "upgrade-undated"}
CHANGES[8]["recovered"] = {"waf-undated"}
CHANGES[9]["recovered"] = {"upgrade-undated"}
CHANGES[15]["newly_failed"] |= {"lunar-frozen", "waf-undated", "upgrade-undated"}

CLOSURE: dict[int, set[str]] = {d: set() for d in NIGHTS}
CLOSURE[100] = {"going-zombie", "dead-closure"}

# (passed, sites) per group, one pair a night in NIGHTS order.
GROUP_PASSES: dict[str, list[tuple[int, int]]] = {
    "城关区": [(4, 4)] * 3 + [(3, 4)] * 12 + [(2, 4)] * 2 + [(3, 4), (3, 4)],
    "江北区": [(3, 4)] * 4 + [(2, 4)] + [(1, 4)] * 7 + [(2, 4), (3, 4)] + [(2, 4)] * 3
    + [(2, 4), (2, 4)],
    "市直部门": [(1, 2)] * 6 + [(0, 1)] * 4 + [(1, 2)] * 7 + [(1, 2), (1, 2)],
    "高新区": [(3, 3)] * 7 + [(1, 3), (2, 3)] + [(3, 3)] * 6 + [(0, 3)] * 2 + [(0, 3), (0, 3)],
}

# Finding codes that must / must not appear, by site, for the nights given.
MUST: list[tuple[str, tuple[int, ...], str]] = [
    ("weekly-down", (3, 10), "unreachable"),
    ("weekly-down", (4, 5, 6, 7, 8, 9, 11, 16), "availability"),
    ("recovers", (7, 8, 12), "availability"),
    ("undated-static", (0, 5, 14, 15, 100), "undated"),
    ("undated-static", (15, 16, 30, 100), "homepage_stale"),
    ("undated-daily", (0, 8, 16, 30), "undated"),
    ("etag-304", (14, 16, 30), "homepage_stale"),
    ("hijacked", (5, 8, 11), "hidden_links"),
    ("going-zombie", (0, 7), "homepage_stale"),
    ("going-zombie", (8, 16, 100), "abandoned"),
    ("dead-closure", (0, 30, 100), "unreachable"),
    ("lunar-frozen", (15, 16, 30, 100), "homepage_stale"),
    ("waf-undated", (15, 16, 30, 100), "homepage_stale"),
    ("upgrade-undated", (15, 16, 30, 100), "homepage_stale"),
    ("waf-undated", (7,), "unreachable"),
    ("upgrade-undated", (7, 8), "placeholder_page"),
    ("lunar-frozen", (0, 5, 14), "undated"),
]
MUST_NOT: list[tuple[str, tuple[int, ...], str]] = [
    ("rare-fail", NIGHTS, "availability"),
    ("weekly-down", (0, 1, 2, 3, 30, 100), "availability"),
    ("recovers", (0, 3, 4, 13, 14, 30), "availability"),
    ("undated-static", tuple(range(15)), "homepage_stale"),
    ("undated-daily", NIGHTS, "homepage_stale"),
    ("etag-304", tuple(range(14)), "homepage_stale"),
    ("etag-304", NIGHTS, "abandoned"),
    ("going-zombie", tuple(range(8)), "abandoned"),
    ("hijacked", (0, 4, 12, 13, 30), "hidden_links"),
    ("removed-readded", (10, 11, 12, 13, 14, 15), "availability"),
    ("lunar-frozen", tuple(range(15)), "homepage_stale"),
    ("waf-undated", tuple(range(15)), "homepage_stale"),
    ("upgrade-undated", tuple(range(15)), "homepage_stale"),
]

# last_updated and its source, where the truth is sure of it.
LAST_UPDATED: dict[tuple[str, int], tuple[str | None, str | None]] = {
    ("etag-304", 0): ("2026-11-01", "content"),
    ("etag-304", 30): ("2026-11-01", "content"),
    ("going-zombie", 0): ("2025-11-09", "content"),
    ("going-zombie", 100): ("2025-11-09", "content"),
    ("undated-static", 16): (None, None),
    ("undated-daily", 5): (night_date(5).isoformat(), "change"),
    ("undated-daily", 30): (night_date(30).isoformat(), "change"),
    ("rare-fail", 9): ((night_date(9) - dt.timedelta(days=1)).isoformat(), "content"),
    ("lunar-frozen", 16): (None, None),
    ("waf-undated", 16): (None, None),
    ("upgrade-undated", 16): (None, None),
}

# --------------------------------------------------------------------------- behaviour

# Down intervals (UTC, [start, end)) of the servers, which the probes and scans see.
HOUR = dt.timedelta(hours=1)


def _down_blocks(site: str) -> list[tuple[dt.datetime, dt.datetime]]:
    if site == "weekly-down":
        return [(scan_start(k) - 5 * HOUR, scan_start(k) + 7 * HOUR) for k in (3, 10)]
    if site == "recovers":
        return [(scan_start(4) - 5 * HOUR, scan_start(6) + 7 * HOUR)]
    return []


PROBE_ORIGIN = scan_start(0) - 168 * HOUR


def probe_ok(site: str, at: dt.datetime) -> bool:
    """Whether the daemon's visit of a site at UTC time `at` got its homepage."""
    if site == "dead-closure":
        return False
    if site == "rare-fail":
        index = int((at - PROBE_ORIGIN) / HOUR)
        return index % 30 != 0
    return not any(a <= at < b for a, b in _down_blocks(site))


def probe_hours(d: int) -> list[dt.datetime]:
    """The whole UTC hours of night d's availability week (a probe at each :30)."""
    start = scan_start(d).replace(minute=0, second=0, microsecond=0)
    return [start - k * HOUR for k in range(168, 0, -1)]


# The list is edited after night 5's scan (12:00 local) and again after night 9's.
LIST_OFF = scan_start(5) + 12 * HOUR
LIST_ON = scan_start(9) + 12 * HOUR


def probed(site: str, at: dt.datetime) -> bool:
    """Whether the daemon probed the site at `at` (it probes listed sites only)."""
    if site == "removed-readded":
        return not (LIST_OFF <= at < LIST_ON)
    return True


def server_mode(site: str, d: int) -> str:
    """What the site's server does during night d's scan: up, 502, reset, sinkhole."""
    if site == "dead-closure":
        return "sinkhole"
    at = scan_start(d)
    if any(a <= at < b for a, b in _down_blocks(site)):
        return "502" if site == "weekly-down" else "reset"
    if site == "waf-undated" and d == 7:
        return "waf"
    return "up"


# --------------------------------------------------------------------------- pages

NEWS_TITLES = [
    "区委理论学习中心组召开专题学习会",
    "我镇召开安全生产工作推进会",
    "全面推进乡村振兴 加快农业农村现代化",
    "镇领导带队开展防汛隐患排查",
    "城关镇举办“银龄讲堂”志愿服务活动",
    "深入开展人居环境整治提升行动",
    "镇党委召开党史学习教育专题民主生活会",
    "区人大代表视察我镇重点项目建设",
    "城关镇开展冬季消防安全大检查",
    "优化营商环境 助力企业发展座谈会召开",
    "我镇组织开展网络安全宣传周活动",
    "城关镇召开耕地保护工作部署会",
    "镇纪委开展廉政教育进村（社区）活动",
    "社区卫生服务中心开展义诊进社区",
    "我镇举办农村实用技术培训班",
    "城关镇组织收看全区经济工作会议",
    "推动文明实践 共建美好家园",
    "我镇召开第三季度经济运行分析会",
    "镇综合行政执法队开展占道经营整治",
    "城关镇开展“119”消防宣传月活动",
    "我镇召开秋冬季森林防火工作会议",
    "区领导调研我镇老旧小区改造工作",
    "城关镇组织开展应急疏散演练",
    "镇退役军人服务站开展走访慰问",
    "我镇召开河长制工作推进会",
    "城关镇开展食品安全专项检查",
    "镇党委书记讲授专题党课",
    "我镇举行重点项目集中开工仪式",
    "城关镇开展根治欠薪冬季专项行动",
    "镇妇联开展“最美家庭”评选活动",
    "我镇召开村级组织换届工作部署会",
    "城关镇开展燃气安全入户排查",
    "镇农业服务中心指导秋收秋种",
    "城关镇举办就业援助月专场招聘会",
    "我镇开展禁毒宣传进校园活动",
    "城关镇召开扫黑除恶常态化工作会",
    "镇文化站举办书法作品展",
    "我镇开展医保参保缴费宣传",
    "城关镇开展道路交通安全整治",
    "镇团委组织青年志愿者清洁家园",
]

NOTICE_TITLES = [
    "关于2026年度城乡居民医疗保险集中缴费的通知",
    "关于开展冬季安全生产大检查的通知",
    "关于公开招聘社区工作者的公告",
    "关于做好元旦春节期间有关工作的通知",
    "关于征集2027年民生实事项目建议的公告",
    "关于开展农村危房改造对象申报的通知",
    "关于调整部分公交线路的公告",
    "关于开展第五次全国经济普查的通告",
    "关于规范农村宅基地审批管理的通知",
    "关于2026年度困难群众临时救助的公示",
    "关于组织开展重大事故隐患专项排查的通知",
    "关于做好秋冬季森林防火工作的通告",
]

POLICY_TITLES = [
    "城关镇村级集体经济发展扶持办法",
    "城关镇人居环境长效管护实施方案",
    "城关镇农村饮水安全工程管理办法",
    "城关镇应急管理工作实施细则",
    "城关镇关于进一步规范财务管理的意见",
    "城关镇网格化服务管理工作方案",
    "城关镇防汛抗旱应急预案（修订）",
    "城关镇文明村镇创建实施方案",
]

DAILY_HEADLINES = [
    "融媒聚焦：城关区新建口袋公园陆续开放",
    "今日城关：老城区雨污分流改造进入收尾阶段",
    "城关区举行冬季长跑比赛 千余名群众参与",
    "社区里的“暖心食堂”让老人吃上热乎饭",
    "城关区首家共享菜园在幸福社区落成",
    "走进非遗工坊：看竹编艺人的匠心坚守",
    "城关区开展“送戏下乡”文化惠民演出",
    "新能源公交专线开通 市民出行更便捷",
    "城关区图书馆推出夜间自习室",
    "背街小巷焕新颜 居民生活更舒心",
    "城关区组织开展急救技能培训",
    "东门菜市场提档升级后重新开业",
    "城关区举办青少年科技创新大赛",
    "老旧电梯加装工程惠及三百余户",
    "城关区开展冬季供暖保障专项检查",
    "滨河绿道全线贯通 市民散步有了新去处",
    "城关区首届农民丰收节精彩落幕",
    "“十五分钟便民生活圈”建设加快推进",
    "城关区开展校园周边环境集中整治",
    "智慧停车系统上线 缓解老城停车难",
    "城关区举办退役军人专场招聘会",
    "古城墙遗址保护修缮工程启动",
    "城关区开展消防安全进社区宣传",
    "社区“幸福课堂”开课 老人学用智能手机",
    "城关区开展燃气管道更新改造",
    "城关区中小学开展“阳光体育”展示活动",
    "城关区新增三处城市书房",
    "城关区开展冬季流感防治宣传",
    "城关区完成年度植树造林任务",
    "城关区开展“光盘行动”主题宣传",
    "城关区举行冬至包饺子敬老活动",
    "城关区举办迎新年书画展",
    "城关区农贸市场开展食品安全抽检",
    "城关区开展安全生产月活动总结",
    "城关区推进垃圾分类示范小区建设",
    "城关区开展“我为群众办实事”回访",
    "城关区发布冬季出行安全提示",
    "城关区举办社区邻里节",
    "城关区老年大学秋季班结业",
    "城关区开展防范电信诈骗宣传",
]


def _menu() -> str:
    groups = {
        "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
                 "依申请公开", "政策文件", "政策解读", "规划计划", "财政预决算", "人事信息",
                 "统计信息", "重点领域信息公开", "建议提案办理", "政府会议"],
        "政务服务": ["个人办事", "法人办事", "部门服务", "便民服务", "办事指南", "表格下载",
                 "好差评", "证照查询", "一件事一次办"],
        "互动交流": ["领导信箱", "咨询投诉", "意见征集", "在线访谈", "网上调查", "常见问题"],
        "走进本地": ["概况", "历史沿革", "自然地理", "人口民族", "行政区划", "特色产业", "旅游景点"],
    }
    parts = ['<ul class="nav-menu clearfix"><li class="nav-item on"><a href="/">首页</a></li>']
    for i, (label, subs) in enumerate(groups.items()):
        parts.append(f'<li class="nav-item"><a href="/col/col{100 + i}/index.html">{label}</a>'
                     '<div class="sub-menu"><ul>')
        for j, sub in enumerate(subs):
            parts.append(f'<li><a href="/col/col{100 + i}{j:02d}/index.html">{sub}</a></li>')
        parts.append("</ul></div></li>")
    parts.append("</ul>")
    return "".join(parts)


HEAD_TMPL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="{name}">
<meta name="SiteDomain" content="{host}">
<meta name="SiteIDCode" content="{code}">
<meta name="keywords" content="{name},政务公开,政务服务,互动交流">
<meta name="description" content="{name}门户网站">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/common.css?v=20240611">
<link rel="stylesheet" href="/static/css/index.css?v=20240611">
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script src="/static/js/jquery.SuperSlide.2.1.3.js"></script>
<style>
.top-bar{{height:36px;line-height:36px;background:#f5f5f5;border-bottom:1px solid #e5e5e5}}
.header{{height:150px;background:url(/static/images/header_bg.jpg) no-repeat center}}
.nav-menu .sub-menu{{display:none;position:absolute;top:48px;left:0;width:100%;background:#fff}}
.nav-menu .nav-item:hover .sub-menu{{display:block}}
.list li{{height:36px;line-height:36px;border-bottom:1px dashed #ddd}}
.list li span{{float:right;color:#999}}
.footer{{background:#1a56a8;color:#fff;padding:20px 0}}
</style>
</head>
"""

TOP_BAR = """<div class="top-bar"><div class="w1200">
<span class="welcome">欢迎访问{name}门户网站！</span>
<div class="top-right">
<a href="javascript:void(0)" id="btn-wza" class="wza">无障碍浏览</a> |
<a href="javascript:void(0)" class="elder">长者模式</a> |
<a href="/mobile/index.html">手机版</a> |
<a href="https://zwfw.example-province.gov.test/" target="_blank">政务服务网</a> |
<a href="/wbsj/index.html">微博微信</a>
</div></div></div>
<div class="header"><div class="w1200">
<a href="/" class="logo"><img src="/static/images/logo.png" alt="{name}"></a>
<div class="search"><form action="/search/index.html" method="get" target="_blank">
<input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button>
</form><p class="hot-words">热词：<a href="/search/index.html?q=社保">社保</a>
<a href="/search/index.html?q=医保">医保</a><a href="/search/index.html?q=公积金">公积金</a></p></div>
</div></div>
"""

DEPARTMENTS = ["区发展和改革委员会", "区教育体育局", "区科学技术局", "区工业和信息化局", "区公安分局",
               "区民政局", "区司法局", "区财政局", "区人力资源和社会保障局", "区自然资源局",
               "区生态环境分局", "区住房和城乡建设局", "区交通运输局", "区农业农村局", "区水利局",
               "区商务局", "区文化广电旅游局", "区卫生健康委员会", "区退役军人事务局", "区应急管理局",
               "区审计局", "区市场监督管理局", "区统计局", "区医疗保障局", "区城市管理局",
               "区行政审批局", "区信访局", "区数据局", "区机关事务服务中心", "区融媒体中心"]
TOWNS = ["城关镇", "东风街道", "河西乡", "北山乡", "南湖街道", "石门镇", "青石镇", "白沙镇",
         "桃源乡", "龙泉镇", "新华街道", "红星街道"]


def _site_group_nav() -> str:
    """The 站群导航 block a county portal carries: every department's and town's site."""
    deps = "".join(f'<li><a href="http://{i:02d}.dept.example-county.gov.test/" target="_blank">{n}</a></li>'
                   for i, n in enumerate(DEPARTMENTS))
    towns = "".join(f'<li><a href="http://{i:02d}.town.example-county.gov.test/" target="_blank">{n}</a></li>'
                    for i, n in enumerate(TOWNS))
    return ('<div class="site-group"><div class="hd"><span class="on">部门网站</span><span>乡镇（街道）网站</span></div>'
            f'<div class="bd"><ul class="dept">{deps}</ul><ul class="town" style="display:none">{towns}</ul></div></div>')


WZA_SCRIPT = """<script>
(function(){var cfg={toolbar:true,speak:true,magnify:1.0,highContrast:false,cursor:"default",
lines:["zoom-in","zoom-out","contrast","cursor","reading","reset","exit"],
labels:{"zoom-in":"放大","zoom-out":"缩小","contrast":"高对比度","cursor":"大鼠标","reading":"指读","reset":"重置","exit":"退出服务"}};
window.__WZA__=cfg;var b=document.getElementById("btn-wza");if(b){b.onclick=function(){
var s=document.createElement("script");s.src="/static/wza/aria.js?appid=9a8b7c6d5e4f";document.body.appendChild(s);};}
function elder(){document.documentElement.style.fontSize="20px";document.body.className+=" elder-mode";}
var e=document.querySelector(".elder");if(e){e.addEventListener("click",elder);}
})();
</script>
"""

FOOTER = """<div class="footer"><div class="w1200">
<div class="footer-links"><a href="/wzdt/index.html">网站地图</a> |
<a href="/lxwm/index.html">联系我们</a> | <a href="/sybz/index.html">使用帮助</a> |
<a href="/mzsm/index.html">免责声明</a> | <a href="/yssm/index.html">隐私声明</a></div>
<div class="footer-info">
<p>主办单位：{name}　承办单位：{name}办公室　联系电话：0791-8{code4}</p>
<p>地址：{addr}　邮编：330{code2}</p>
<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备{icp}号-1</a>
　<img src="/static/images/gongan.png" alt="">
<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=360{icp}" target="_blank">赣公网安备 360{icp}号</a></p>
<p>Copyright &copy; 2019-2026 {name} 版权所有　建议使用1366*768分辨率浏览</p>
</div>
<div class="footer-ico">
<a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D" target="_blank"><img src="/static/images/red.png" alt="党政机关"></a>
<script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
</div></div></div>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3f5e2b1c9d8a7e6f5d4c3b2a1f0e9d8c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
jQuery(".banner").slide({{mainCell:".bd ul",effect:"leftLoop",autoPlay:true,interTime:5000}});
jQuery(".tab-box").slide({{titCell:".hd li",mainCell:".bd",trigger:"mouseover"}});
</script>
</body>
</html>
"""


def _common(site: SiteSpec) -> dict[str, str]:
    digits = sum(ord(c) * (i + 1) for i, c in enumerate(site.key))
    code = str(3601000000 + digits % 100000)
    return {
        "name": site.name,
        "host": site.host,
        "code": code,
        "code4": f"{digits % 10000:04d}",
        "code2": f"{digits % 100:02d}",
        "icp": f"{10000000 + digits * 37:08d}",
        "addr": f"{site.group}人民路{digits % 200 + 1}号",
    }


def _dated_items(titles: list[str], newest: dt.date, count: int, stride: int, seed: int,
                 prefix: str) -> list[tuple[str, str, dt.date]]:
    """count items, newest first: (title, url, date); a title per day from the pool."""
    out = []
    for i in range(count):
        day = newest - dt.timedelta(days=i * stride)
        ordinal = day.toordinal()
        title = titles[(ordinal * 7 + seed) % len(titles)]
        url = f"/{prefix}/{day:%Y%m}/t{day:%Y%m%d}_{(ordinal * 13 + seed) % 900000 + 100000}.html"
        out.append((title, url, day))
    return out


def _ul(items: list[tuple[str, str, dt.date]], fmt: str = "%Y-%m-%d") -> str:
    rows = [f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{d.strftime(fmt)}</span></li>'
            for t, u, d in items]
    return '<ul class="list">' + "".join(rows) + "</ul>"


def portal_home(site: SiteSpec, newest: dt.date, *, stride: int = 1, hacked: bool = False) -> str:
    """A town or bureau portal (Trs/Hanweb-like): banner, 要闻, tab box, columns, sidebar."""
    c = _common(site)
    news = _dated_items(NEWS_TITLES, newest, 8, stride, 1, "xwzx/zwdt")
    town = _dated_items(NEWS_TITLES, newest - dt.timedelta(days=stride), 7, stride * 2, 5, "xwzx/bmdt")
    notices = _dated_items(NOTICE_TITLES, newest - dt.timedelta(days=2 * stride), 7, stride * 9, 3,
                           "zwgk/tzgg")
    policies = _dated_items(POLICY_TITLES, newest - dt.timedelta(days=5 * stride), 6, stride * 25, 2,
                            "zwgk/zcwj")
    focus = news[0]
    hack = ""
    if hacked:
        hack = ('<div style="position:absolute;top:-9999px;left:-9999px;width:1px;height:1px;overflow:hidden">'
                '<a href="http://www.amxpj8888.com/">澳门新葡京娱乐场</a>'
                '<a href="http://www.hg0088-tiyu.com/">皇冠体育在线投注</a>'
                '<a href="http://www.bjl-99988.com/">百家乐真人娱乐</a>'
                '<a href="http://www.js333-jinsha.com/">金沙娱乐城官网</a>'
                '<a href="http://www.ag-yazhou.com/">亚洲最大线上博彩平台</a>'
                '<a href="http://www.ssc-6688.com/">重庆时时彩计划</a>'
                "</div>")
    body = [HEAD_TMPL.format(title=f"{site.name}门户网站", **c), "<body>", hack,
            TOP_BAR.format(**c), '<div class="nav"><div class="w1200">', _menu(), "</div></div>",
            '<div class="banner"><div class="bd"><ul>'
            '<li><a href="/ztzl/2026/xczx/index.html"><img src="/static/images/banner1.jpg" alt="乡村振兴"></a></li>'
            '<li><a href="/ztzl/2026/yshj/index.html"><img src="/static/images/banner2.jpg" alt="优化营商环境"></a></li>'
            '<li><a href="/ztzl/2025/qhzl/index.html"><img src="/static/images/banner3.jpg" alt="清廉建设"></a></li>'
            '</ul></div></div>',
            '<div class="main w1200 clearfix">',
            '<div class="focus"><div class="focus-pic"><a href="' + focus[1] + '"><img src="/static/upload/focus1.jpg" alt="">'
            f"<p>{focus[0]}</p></a></div></div>",
            '<div class="box news-box"><div class="box-hd"><h3>政务动态</h3>'
            '<a href="/xwzx/zwdt/index.html" class="more">更多&gt;&gt;</a></div>',
            '<div class="box-bd">', _ul(news), "</div></div>",
            '<div class="box tab-box"><div class="hd"><ul>'
            '<li class="on"><a href="/zwgk/tzgg/index.html">通知公告</a></li>'
            '<li><a href="/zwgk/zcwj/index.html">政策文件</a></li></ul></div>'
            '<div class="bd"><div class="panel">', _ul(notices),
            '<a href="/zwgk/tzgg/index.html" class="more">更多</a></div>'
            '<div class="panel">', _ul(policies),
            '<a href="/zwgk/zcwj/index.html" class="more">更多</a></div></div></div>',
            '<div class="box"><div class="box-hd"><h3>部门动态</h3>'
            '<a href="/xwzx/bmdt/index.html" class="more">更多&gt;&gt;</a></div>',
            '<div class="box-bd">', _ul(town, "%m-%d"), "</div></div>",
            '<div class="service clearfix"><h3>办事服务</h3><ul>',
            "".join(f'<li><a href="/bsfw/{k}/index.html"><i class="ico ico-{k}"></i>{v}</a></li>'
                    for k, v in [("shbz", "社会保障"), ("hjgl", "户籍管理"), ("jyfw", "教育服务"),
                                 ("ylws", "医疗卫生"), ("zfbz", "住房保障"), ("nyfw", "农业服务"),
                                 ("mzfw", "民政服务"), ("jyzy", "就业创业")]),
            "</ul></div>",
            '<div class="zt clearfix"><h3>专题专栏</h3><ul>'
            '<li><a href="/ztzl/2026/xczx/index.html"><img src="/static/images/zt1.jpg" alt="全面推进乡村振兴"></a></li>'
            '<li><a href="/ztzl/2026/yshj/index.html"><img src="/static/images/zt2.jpg" alt="优化营商环境"></a></li>'
            '<li><a href="/ztzl/2025/qhzl/index.html"><img src="/static/images/zt3.jpg" alt="清廉建设"></a></li>'
            '<li><a href="/ztzl/2024/fzzf/index.html"><img src="/static/images/zt4.jpg" alt="法治政府建设"></a></li>'
            "</ul></div>",
            '<div class="links"><select onchange="window.open(this.value)">'
            '<option>--国家部委网站--</option><option value="https://www.gov.cn/">中国政府网</option>'
            '</select><select onchange="window.open(this.value)"><option>--市县网站--</option>'
            '<option value="http://www.example-city.gov.test/">市人民政府</option></select></div>',
            _site_group_nav(), WZA_SCRIPT, "</div>", FOOTER.format(**c)]
    return "\n".join(body)


def column_page(site: SiteSpec, heading: str, items: list[tuple[str, str, dt.date]]) -> str:
    c = _common(site)
    pager = ('<div class="page">共 86 条 第 1/5 页 <a href="index.html">首页</a> 上一页 '
             '<a href="index_1.html">下一页</a> <a href="index_4.html">尾页</a></div>')
    return "\n".join([
        HEAD_TMPL.format(title=f"{heading}_{site.name}", **c), "<body>", TOP_BAR.format(**c),
        '<div class="nav"><div class="w1200">', _menu(), "</div></div>",
        '<div class="w1200 clearfix"><div class="position">当前位置：<a href="/">首页</a> &gt; '
        f"<span>{heading}</span></div>",
        f'<div class="left-nav"><h2>{heading}</h2></div>',
        f'<div class="list-box"><div class="list-title"><h3>{heading}</h3></div>',
        _ul(items), pager, "</div></div>", FOOTER.format(**c)])


def nav_home_undated(site: SiteSpec) -> str:
    """A 档案馆's navigation homepage: sections, no dated list, nothing that changes."""
    c = _common(site)
    sections = [("gzdt", "馆务概况", "本馆职能、内设机构与开放时间"),
                ("dazx", "档案征集", "面向社会征集反映本区历史的档案资料"),
                ("dacy", "档案查阅", "查阅须知、利用流程与收费标准"),
                ("dazs", "档案展览", "城关记忆——馆藏珍档图片展"),
                ("dafg", "法规标准", "档案法律法规与行业标准"),
                ("dawh", "档案文化", "口述历史与地方文献")]
    blocks = "".join(
        f'<div class="entry"><a href="/{k}/index.html"><img src="/static/images/{k}.png" alt="{t}">'
        f"<h3>{t}</h3><p>{d}</p></a></div>" for k, t, d in sections)
    intro = ("<p>城关区档案馆是区委、区政府直属的公益一类事业单位，负责集中统一管理全区党政机关、"
             "团体、企事业单位形成的具有永久和长期保存价值的档案资料，馆藏档案涵盖文书、科技、"
             "会计、照片、音像等门类，是全区档案保管基地和档案利用服务中心。</p>"
             "<p>开放时间：周一至周五 上午8:30-12:00，下午14:30-17:30（法定节假日除外）。"
             "查阅档案请携带本人有效身份证件，查阅他人档案须出具委托书。</p>") * 3
    return "\n".join([
        HEAD_TMPL.format(title=f"{site.name}", **c), "<body>", TOP_BAR.format(**c),
        '<div class="nav"><div class="w1200"><ul class="nav-menu">'
        + "".join(f'<li class="nav-item"><a href="/{k}/index.html">{t}</a></li>' for k, t, _ in sections)
        + "</ul></div></div>",
        '<div class="w1200"><div class="intro"><h2>本馆简介</h2>', intro, "</div>",
        '<div class="entries clearfix">', blocks, "</div>",
        '<div class="guide"><h2>查档指南</h2><ol><li>到馆登记，出示有效证件</li>'
        "<li>填写《档案查阅申请表》</li><li>工作人员调卷</li><li>阅览、摘抄或复制</li>"
        "<li>出具档案证明</li></ol></div></div>", FOOTER.format(**c)])


def nav_section_undated(site: SiteSpec, key: str) -> str:
    c = _common(site)
    text = {"gzdt": "城关区档案馆设办公室、业务指导科、档案管理科、编研利用科四个内设机构。",
            "dazx": "凡反映城关区历史面貌的文书、照片、实物、音像资料，均在征集范围之内，欢迎捐赠。",
            "dacy": "利用者须遵守查阅规定，不得涂改、圈划、折叠、拆卸档案，复制须经工作人员办理。",
            "dazs": "展览分为古城旧影、建设足迹、百姓生活三个部分，共展出照片二百余幅。",
            "dafg": "《中华人民共和国档案法》《中华人民共和国档案法实施条例》《机关档案工作规定》。",
            "dawh": "收录老城居民口述的城关往事，以及本地方志、族谱等地方文献的整理成果。"}.get(key, "")
    return "\n".join([HEAD_TMPL.format(title=f"{site.name}", **c), "<body>", TOP_BAR.format(**c),
                      f'<div class="w1200"><div class="article"><p>{text}</p>' * 1,
                      f"<p>{text}</p><p>{text}</p></div></div>", FOOTER.format(**c)])


def media_home_undated(site: SiteSpec, d: int) -> str:
    """A 融媒体 homepage whose lists show titles only (no dates); a new title each day."""
    c = _common(site)
    pool = DAILY_HEADLINES
    top = [pool[(d + i) % len(pool)] for i in range(10)]
    lst = "".join(f'<li><a href="/xw/jrcg/{(d + i) % len(pool) + 1000}.html">{t}</a></li>'
                  for i, t in enumerate(top))
    video = "".join(f'<li><a href="/sp/{(d + i) % len(pool) + 2000}.html"><img src="/static/v{i}.jpg" alt="">'
                    f"<p>{pool[(d + i + 17) % len(pool)]}</p></a></li>" for i in range(4))
    return "\n".join([
        HEAD_TMPL.format(title=f"{site.name}", **c), "<body>", TOP_BAR.format(**c),
        '<div class="nav"><div class="w1200">', _menu(), "</div></div>",
        '<div class="w1200 clearfix">',
        '<div class="box"><div class="box-hd"><h3>今日城关</h3><a href="/xw/jrcg/index.html" class="more">更多</a></div>'
        f'<ul class="list">{lst}</ul></div>',
        '<div class="box"><div class="box-hd"><h3>视频城关</h3><a href="/sp/index.html" class="more">更多</a></div>'
        f'<ul class="pic-list">{video}</ul></div>',
        "</div>", FOOTER.format(**c)])


def media_column_undated(site: SiteSpec, d: int) -> str:
    c = _common(site)
    pool = DAILY_HEADLINES
    lst = "".join(f'<li><a href="/xw/jrcg/{(d + i) % len(pool) + 1000}.html">{pool[(d + i) % len(pool)]}</a></li>'
                  for i in range(20))
    return "\n".join([HEAD_TMPL.format(title=f"今日城关_{site.name}", **c), "<body>", TOP_BAR.format(**c),
                      '<div class="w1200"><div class="list-box"><h3>今日城关</h3>'
                      f'<ul class="list">{lst}</ul></div></div>', FOOTER.format(**c)])


def newest_date(site: str, d: int) -> dt.date:
    """The newest item date a dated site shows on night d."""
    if site == "etag-304":
        return dt.date(2026, 11, 1)
    if site == "going-zombie":
        return dt.date(2025, 11, 9)
    return night_date(d) - dt.timedelta(days=1)


def page(site: str, path: str, d: int) -> str | None:
    """The body of a site's page on night d (None: 404)."""
    spec = SITE[site]
    if site in BATCH2_PAGES:
        return BATCH2_PAGES[site](spec, path, d)
    if site == "undated-static":
        if path in ("/", "/index.html"):
            return nav_home_undated(spec)
        for key in ("gzdt", "dazx", "dacy", "dazs", "dafg", "dawh"):
            if path == f"/{key}/index.html":
                return nav_section_undated(spec, key)
        return None
    if site == "undated-daily":
        if path in ("/", "/index.html"):
            return media_home_undated(spec, d)
        if path == "/xw/jrcg/index.html":
            return media_column_undated(spec, d)
        return None
    newest = newest_date(site, d)
    stride = 3 if site == "going-zombie" else 1
    hacked = site == "hijacked" and 5 <= d <= 11
    if path in ("/", "/index.html"):
        return portal_home(spec, newest, stride=stride, hacked=hacked)
    columns = {
        "/xwzx/zwdt/index.html": ("政务动态", NEWS_TITLES, 0, 1, 1, "xwzx/zwdt"),
        "/xwzx/bmdt/index.html": ("部门动态", NEWS_TITLES, 1, 2, 5, "xwzx/bmdt"),
        "/zwgk/tzgg/index.html": ("通知公告", NOTICE_TITLES, 2, 9, 3, "zwgk/tzgg"),
        "/zwgk/zcwj/index.html": ("政策文件", POLICY_TITLES, 5, 25, 2, "zwgk/zcwj"),
    }
    if path in columns:
        heading, pool, lag, step, seed, prefix = columns[path]
        items = _dated_items(pool, newest - dt.timedelta(days=lag * stride), 18, step * stride, seed, prefix)
        return column_page(spec, heading, items)
    return None


# Homepage sweeps (--depth home) run on these nights too, after the full scan of the
# night, and must agree with it: every failure here shows on the homepage (dates,
# change history, hidden links, availability), none needs a column page.
HOME_NIGHTS: tuple[int, ...] = (0, 8, 14, 15, 30, 100)


# --------------------------------------------------------------------------- round two
# Written after the first ten sites' scans had all matched their truth, before these
# three were scanned. Undated sites again, each judged by its change history:
#
# * ``lunar-frozen``: a 老干部局's undated homepage that never changes, whose header
#   carries the day's date as the server renders it, Gregorian and lunar
#   (今天是2026年11月2日 星期一 农历九月廿四). The date line is a clock, not content:
#   unchanged for 15 days is stale (night 15), as for ``undated-static``.
# * ``waf-undated``: undated and frozen; on night 7 its firewall answers the scan with
#   a challenge page (Cloudflare's "Just a moment...", 403): unreachable that night,
#   back on night 8 with exactly the old page. A challenge is no content of the site,
#   so the page is unchanged since night 0: stale on night 15.
# * ``upgrade-undated``: undated and frozen; nights 7 and 8 it shows 网站升级改版中,
#   敬请期待 (a placeholder: zombie), then the old page again, unchanged. Putting the
#   old page back is no update either: stale on night 15.
# The daemon's probes (status and time only) find all three up every hour.

LUNAR_MONTHS = [  # first day of each lunar month around the sequence (new moons, Beijing)
    (dt.date(2026, 10, 10), "丙午", "九月"),
    (dt.date(2026, 11, 9), "丙午", "十月"),
    (dt.date(2026, 12, 9), "丙午", "冬月"),
    (dt.date(2027, 1, 8), "丙午", "腊月"),
    (dt.date(2027, 2, 6), "丁未", "正月"),
    (dt.date(2027, 3, 8), "丁未", "二月"),
]
LUNAR_DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
              "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
              "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]
WEEKDAYS = "一二三四五六日"


def lunar(day: dt.date) -> str:
    start, year, month = max((m for m in LUNAR_MONTHS if m[0] <= day), key=lambda m: m[0])
    return f"农历{year}年{month}{LUNAR_DAYS[(day - start).days]}"


def _static_home(site: SiteSpec, header: str, intro: str,
                 sections: list[tuple[str, str, str]]) -> str:
    c = _common(site)
    entries = "".join(
        f'<li><a href="/{k}/index.html"><img src="/static/images/{k}.png" alt="{t}"><h3>{t}</h3>'
        f"<p>{d}</p></a></li>" for k, t, d in sections)
    return "\n".join([
        HEAD_TMPL.format(title=site.name, **c), "<body>", header, TOP_BAR.format(**c),
        '<div class="nav"><div class="w1200"><ul class="nav-menu"><li class="nav-item on"><a href="/">首页</a></li>'
        + "".join(f'<li class="nav-item"><a href="/{k}/index.html">{t}</a></li>' for k, t, _ in sections)
        + "</ul></div></div>",
        f'<div class="w1200"><div class="intro"><h2>单位简介</h2>{intro}</div>',
        f'<ul class="entries clearfix">{entries}</ul></div>', WZA_SCRIPT, FOOTER.format(**c)])


def _static_section(site: SiteSpec, title: str, text: str) -> str:
    c = _common(site)
    return "\n".join([HEAD_TMPL.format(title=f"{title}_{site.name}", **c), "<body>", TOP_BAR.format(**c),
                      f'<div class="w1200"><div class="position">当前位置：<a href="/">首页</a> &gt; {title}</div>'
                      f'<div class="article"><h2>{title}</h2><p>{text}</p><p>{text}</p></div></div>',
                      FOOTER.format(**c)])


LGB_SECTIONS = [("jgzn", "机构职能", "负责全区离退休干部的政治待遇和生活待遇落实工作"),
                ("zcfg", "政策法规", "离退休干部工作相关政策规定汇编"),
                ("fwzn", "服务指南", "离退休干部医药费报销、慰问、帮扶办事流程"),
                ("lgbhd", "老干部活动", "老年大学、文体活动和志愿服务介绍"),
                ("lxwm", "联系我们", "办公地址、咨询电话和接待时间")]
DZJ_SECTIONS = [("jgsz", "机构设置", "局机关内设办公室、监测预报科、震害防御科"),
                ("fzjz", "防震减灾", "地震监测、震灾预防和应急救援三大工作体系"),
                ("kpzs", "科普知识", "家庭防震准备、震时避险与自救互救"),
                ("yjya", "应急预案", "高新区地震应急预案及响应分级"),
                ("bszn", "办事指南", "建设工程抗震设防要求审批流程")]
QX_SECTIONS = [("zzjg", "组织机构", "站内设综合科、预报服务科和观测科"),
               ("qxkp", "气象科普", "认识暴雨、台风、寒潮和雷电预警信号"),
               ("fzjz", "防灾减灾", "气象灾害防御指南和应急避险常识"),
               ("nyqx", "农业气象", "春播、夏收和秋收秋种期间的农业气象服务介绍"),
               ("fwzn", "服务指南", "气象资料查询与证明出具的办理流程")]
LGB_INTRO = ("<p>高新区老干部局是区委主管老干部工作的职能部门，负责贯彻落实党和国家关于老干部工作的"
             "方针政策，做好离退休干部的思想政治建设和服务管理工作。</p>"
             "<p>服务热线工作日8:30-17:30有人接听，节假日请留言，我们将及时回复。</p>") * 2
DZJ_INTRO = ("<p>高新区地震局负责全区防震减灾工作的统一规划与组织实施，承担地震监测预报、"
             "震灾预防、地震应急和科普宣传等职责，为全区经济社会发展提供地震安全保障。</p>") * 3
QX_INTRO = ("<p>高新区气象服务站承担辖区天气预报、气象灾害预警发布、农业气象服务和人工影响天气"
            "等工作，为防灾减灾和群众生产生活提供气象保障。</p>") * 3
UPGRADE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>高新区气象服务站</title>
<style>body{background:#f0f4f8;font-family:"Microsoft YaHei"}.box{width:600px;margin:160px auto;
text-align:center;background:#fff;padding:60px;border-radius:8px}h1{color:#1a56a8}</style></head>
<body><div class="box"><img src="/static/images/upgrade.png" alt="">
<h1>网站升级改版中，敬请期待！</h1><p>给您带来的不便，敬请谅解。</p>
<p>如有业务咨询，请拨打服务热线。</p></div></body></html>"""
CHALLENGE_PAGE = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "www.gxqdzj.gov.test",cType: 'managed',cRay: '8e2f4b1c9a7d3e21',cH: 'Qm9vZ2llLXdvb2dpZQ',cUPMDTk: "\\/?__cf_chl_tk=Qm9vZ2ll-1762102800-1.0.1.1-x",cFPWv: 'g',cITimeS: '1762102800',cTTimeMs: '1000',cMTimeMs: '390000',cTplC: 0,cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/?__cf_chl_f_tk=Qm9vZ2ll",md: "x",cRq: {ru: 'aHR0cDovL3d3dy5neHFkemouZ292LnRlc3Qv',ra: 'TW96aWxsYS81LjA=',d: 'x'}};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8e2f4b1c9a7d3e21';window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length).indexOf('?') !== -1 ? '?' : location.search;document.getElementsByTagName('head')[0].appendChild(cpo);}());</script></body></html>"""


def _lunar_header(d: int) -> str:
    day = night_date(d)
    return (f'<div class="date-bar"><div class="w1200">今天是{day.year}年{day.month}月{day.day}日 '
            f"星期{WEEKDAYS[day.weekday()]} {lunar(day)}</div></div>")


def _batch2(sections: list[tuple[str, str, str]], intro: str, dated_header: bool = False):  # type: ignore[no-untyped-def]
    def build(site: SiteSpec, path: str, d: int) -> str | None:
        if site.key == "upgrade-undated" and d in (7, 8) and path in ("/", "/index.html"):
            return UPGRADE_PAGE
        if path in ("/", "/index.html"):
            header = _lunar_header(d) if dated_header else ""
            return _static_home(site, header, intro, sections)
        for key, title, text in sections:
            if path == f"/{key}/index.html":
                return _static_section(site, title, text)
        return None
    return build


BATCH2_PAGES = {
    "lunar-frozen": _batch2(LGB_SECTIONS, LGB_INTRO, dated_header=True),
    "waf-undated": _batch2(DZJ_SECTIONS, DZJ_INTRO),
    "upgrade-undated": _batch2(QX_SECTIONS, QX_INTRO),
}
