"""Blind evaluation of the nightly report: the estate, its pages night by night, and
the truth the report must tell.

Written before any scan and before reading the project's tests or crawler code. The
estate is a city's inspection office's list: 40 sites (41 over the history) in
province/city/district regions and departments, scanned on seven simulated nights.
Each site has a *kind* that says how it changes from night to night; its pages are
generated from the night's date (items dated by a fixed calendar, so a fresh site gets
new items each night and a frozen one does not).

Nights (scans start at 02:00 Beijing time, 18:00 UTC the day before):

    N1 full 2026-08-17   N2 full 2026-10-06   N3 full 2026-11-16
    N4 full 2026-11-23 (killed mid-way, then resumed)
    N5 home 2026-11-24 (the sweep, between two full scans)
    N6 full 2026-11-25 (the latest finished scan: the report's)
    N7 full 2026-11-26 (killed mid-way, never resumed: must not be "latest")
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

# --------------------------------------------------------------------------- nights


@dataclass(frozen=True)
class Night:
    key: str
    day: date  # the Beijing date of the scan (02:00 local)
    depth: str  # "full" or "home"
    finished: bool = True


NIGHTS: tuple[Night, ...] = (
    Night("N1", date(2026, 8, 17), "full"),
    Night("N2", date(2026, 10, 6), "full"),
    Night("N3", date(2026, 11, 16), "full"),
    Night("N4", date(2026, 11, 23), "full"),  # killed, then resumed
    Night("N5", date(2026, 11, 24), "home"),
    Night("N6", date(2026, 11, 25), "full"),
    Night("N7", date(2026, 11, 26), "full", finished=False),
)
NIGHT = {n.key: n for n in NIGHTS}
LATEST = "N6"  # the newest finished scan
PREVIOUS_FULL = "N4"  # the previous finished scan of the same depth (not the sweep N5)
SINCE_7D = "N3"  # the newest full scan at or before a week before N6

# --------------------------------------------------------------------------- groups

G_PROV = "浙江省"
G_CITY = "杭州市"
G_XIHU = "西湖区"
G_LINAN = "临安区"
G_LONG = "杭州市西湖区人民政府办公室政务公开与数字化改革工作领导小组办公室"
G_HOSTILE = 'R&D <科技> "创新" & 局'
G_EDU = "市教育局"
G_HEALTH = "市卫生健康委员会"
G_ARCHIVE = "市档案局"  # its only site is taken off the list before N6
G_NONE = ""  # a site the list gives no group

# --------------------------------------------------------------------------- kinds
# The status each kind must get on each night (None: not on that night's list).
H, S, U, Z, J = "healthy", "stale", "unreachable", "zombie", "hijacked"

KIND_STATUS: dict[str, dict[str, str | None]] = {
    # fresh every night
    "healthy": {"N1": H, "N2": H, "N3": H, "N4": H, "N5": H, "N6": H, "N7": H},
    # stops updating on 2026-11-10: 14 days old on N5 (still within), 15 on N6 (stale)
    "stale_new": {"N1": H, "N2": H, "N3": H, "N4": H, "N5": H, "N6": S, "N7": S},
    # frozen at 2026-07-20 until N5, updated again (every column) for N6
    "recovered": {"N1": S, "N2": S, "N3": S, "N4": S, "N5": S, "N6": H, "N7": H},
    # its server answers 502 on N4 only
    "flapping": {"N1": H, "N2": H, "N3": H, "N4": U, "N5": H, "N6": H, "N7": H},
    # connection refused on every night: closure candidate (100 days at N6)
    "dead_long": {"N1": U, "N2": U, "N3": U, "N4": U, "N5": U, "N6": U, "N7": U},
    # healthy on N1, refused from N2 on: 50 days at N6, not a closure candidate
    "dead_mid": {"N1": H, "N2": U, "N3": U, "N4": U, "N5": U, "N6": U, "N7": U},
    # newest item 2025-05-12 on every night: abandoned, closure candidate
    "zombie_old": {"N1": Z, "N2": Z, "N3": Z, "N4": Z, "N5": Z, "N6": Z, "N7": Z},
    # 网站升级改版中 on every night: closure candidate
    "zombie_placeholder": {"N1": Z, "N2": Z, "N3": Z, "N4": Z, "N5": Z, "N6": Z, "N7": Z},
    # placeholder N1-N2, then refused: an unbroken dead run of 100 days, candidate
    "zombie_then_dead": {"N1": Z, "N2": Z, "N3": U, "N4": U, "N5": U, "N6": U, "N7": U},
    # healthy until hacked for N6 (gambling title with <script> and &, hidden links)
    "hijacked_new": {"N1": H, "N2": H, "N3": H, "N4": H, "N5": H, "N6": J, "N7": J},
    # frozen at 2026-09-20 (stale from N2), hacked for N6: got worse
    "worse": {"N1": H, "N2": S, "N3": S, "N4": S, "N5": S, "N6": J, "N7": J},
    # fresh headline list, six news columns frozen at 2026-07-01: stale at depth full,
    # healthy to the sweep (which cannot see columns)
    "col_stale": {"N1": S, "N2": S, "N3": S, "N4": S, "N5": H, "N6": S, "N7": S},
    # healthy until its server answers 503 on N6
    "down_new": {"N1": H, "N2": H, "N3": H, "N4": H, "N5": H, "N6": U, "N7": U},
    # added to the list for N6
    "new_site": {"N1": None, "N2": None, "N3": None, "N4": None, "N5": None, "N6": H, "N7": H},
    # refused on every night, taken off the list for N6
    "removed": {"N1": U, "N2": U, "N3": U, "N4": U, "N5": U, "N6": None, "N7": None},
}


@dataclass(frozen=True)
class Site:
    key: str
    host: str
    name: str
    group: str
    kind: str
    style: str  # "trs" (city portal), "hanweb" (district, table layout), "dede" (department)

    @property
    def url(self) -> str:
        return f"http://{self.host}/"

    def status(self, night: str) -> str | None:
        return KIND_STATUS[self.kind][night]


SITES: tuple[Site, ...] = (
    # 浙江省 (6): 4 healthy, hacked on N6, placeholder zombie
    Site("zj_fgw", "fzggw.zj.gov.cn", "浙江省发展和改革委员会", G_PROV, "healthy", "trs"),
    Site("zj_jyt", "jyt.zj.gov.cn", "浙江省教育厅", G_PROV, "healthy", "trs"),
    Site("zj_kjt", "kjt.zj.gov.cn", "浙江省科学技术厅", G_PROV, "healthy", "trs"),
    Site("zj_mzt", "mzt.zj.gov.cn", "浙江省民政厅", G_PROV, "healthy", "dede"),
    Site("zj_sport", "tyj.zj.gov.cn", "浙江省体育局", G_PROV, "hijacked_new", "trs"),
    Site("zj_dfz", "dfz.zj.gov.cn", "浙江省地方志办公室", G_PROV, "zombie_placeholder", "dede"),
    # 杭州市 (8): 5 healthy (one named "@杭州发布"), stale_new, flapping, col_stale
    Site("hz_gov", "www.hangzhou.gov.cn", "杭州市人民政府", G_CITY, "healthy", "trs"),
    Site("hz_fb", "fabu.hangzhou.gov.cn", "@杭州发布", G_CITY, "healthy", "dede"),
    Site("hz_zjw", "zjw.hangzhou.gov.cn", "杭州市住房和城乡建设局", G_CITY, "healthy", "trs"),
    Site("hz_sthj", "epb.hangzhou.gov.cn", "杭州市生态环境局", G_CITY, "healthy", "trs"),
    Site("hz_sj", "sj.hangzhou.gov.cn", "杭州市审计局", G_CITY, "healthy", "dede"),
    Site("hz_ly", "wgly.hangzhou.gov.cn", "杭州市文化广电旅游局", G_CITY, "stale_new", "trs"),
    Site("hz_gaj", "police.hangzhou.gov.cn", "杭州市公安局", G_CITY, "flapping", "trs"),
    Site("hz_nyj", "agri.hangzhou.gov.cn", "杭州市农业农村局", G_CITY, "col_stale", "trs"),
    # 西湖区 (6): 3 healthy, recovered, dead_long, worse
    Site("xh_gov", "www.hzxh.gov.cn", "杭州市西湖区人民政府", G_XIHU, "healthy", "hanweb"),
    Site("xh_lyz", "lyz.hzxh.gov.cn", "西湖区留下街道办事处", G_XIHU, "healthy", "hanweb"),
    Site("xh_sdz", "sdz.hzxh.gov.cn", "西湖区三墩镇人民政府", G_XIHU, "healthy", "hanweb"),
    Site("xh_zfj", "zfj.hzxh.gov.cn", "西湖区住房和城市建设局", G_XIHU, "recovered", "hanweb"),
    Site("xh_sjj", "sjj.hzxh.gov.cn", "西湖区数据资源局", G_XIHU, "dead_long", "hanweb"),
    Site("xh_wgj", "wgj.hzxh.gov.cn", "西湖区文化和广电旅游体育局", G_XIHU, "worse", "hanweb"),
    # 临安区 (5): 3 healthy, zombie_old, dead_mid
    Site("la_gov", "www.linan.gov.cn", "杭州市临安区人民政府", G_LINAN, "healthy", "hanweb"),
    Site("la_jcz", "jcz.linan.gov.cn", "临安区锦城街道", G_LINAN, "healthy", "hanweb"),
    Site("la_tmz", "tmz.linan.gov.cn", "临安区天目山镇人民政府", G_LINAN, "healthy", "hanweb"),
    Site("la_lyj", "lyj.linan.gov.cn", "临安区林业水利局", G_LINAN, "zombie_old", "dede"),
    Site("la_kxj", "kx.linan.gov.cn", "临安区科学技术协会", G_LINAN, "dead_mid", "hanweb"),
    # the long-named office (3): 2 healthy, zombie_then_dead
    Site("lg_zwgk", "zwgk.hzxh.gov.cn", "西湖区政务公开网", G_LONG, "healthy", "dede"),
    Site("lg_szgg", "szgg.hzxh.gov.cn", "西湖区数字化改革网", G_LONG, "healthy", "dede"),
    Site("lg_old", "xxgk.hzxh.gov.cn", "西湖区信息公开网（旧版）", G_LONG, "zombie_then_dead", "dede"),
    # R&D <科技> "创新" & 局 (3): healthy (a hostile name), healthy, down_new
    Site("rd_kjj", "kjj.hangzhou.gov.cn", '市科技局 <R&D> "创新"', G_HOSTILE, "healthy", "dede"),
    Site("rd_kxy", "kxy.hangzhou.gov.cn", "杭州市科学技术研究院", G_HOSTILE, "healthy", "dede"),
    Site("rd_cxzx", "cxzx.hangzhou.gov.cn", "杭州市创新创业服务中心", G_HOSTILE, "down_new", "dede"),
    # 市教育局 (4): 3 healthy + one added for N6
    Site("ed_jyj", "edu.hangzhou.gov.cn", "杭州市教育局", G_EDU, "healthy", "trs"),
    Site("ed_ksy", "hzks.hangzhou.gov.cn", "杭州市教育考试院", G_EDU, "healthy", "dede"),
    Site("ed_jys", "jys.hangzhou.gov.cn", "杭州市教育科学研究院", G_EDU, "healthy", "dede"),
    Site("ed_new", "zhjy.hangzhou.gov.cn", "杭州市智慧教育平台", G_EDU, "new_site", "dede"),
    # 市卫生健康委员会 (4): healthy
    Site("hl_wjw", "wsjkw.hangzhou.gov.cn", "杭州市卫生健康委员会", G_HEALTH, "healthy", "trs"),
    Site("hl_jkz", "jkzx.hangzhou.gov.cn", "杭州市疾病预防控制中心", G_HEALTH, "healthy", "dede"),
    Site("hl_xyz", "blood.hangzhou.gov.cn", "杭州市中心血站", G_HEALTH, "healthy", "dede"),
    Site("hl_120", "hz120.hangzhou.gov.cn", "杭州市急救中心", G_HEALTH, "healthy", "dede"),
    # 市档案局 (1): dead, taken off the list for N6 (its group goes with it)
    Site("ar_daj", "daj.hangzhou.gov.cn", "杭州市档案局", G_ARCHIVE, "removed", "dede"),
    # no group
    Site("ng_rcw", "rc.hangzhou.gov.cn", "杭州人才网", G_NONE, "healthy", "dede"),
)
SITE = {s.key: s for s in SITES}

# --------------------------------------------------------------------------- the truth

# Page titles the hacked sites show on N6 (the report must show them escaped).
HACKED_TITLE = '澳门葡京|<script>alert("x")</script> & 百家乐-{name}'


def expected_status(night: str) -> dict[str, str]:
    """Site key -> status for every site on that night's list."""
    out = {}
    for s in SITES:
        st = s.status(night)
        if st is not None:
            out[s.key] = st
    return out


def listed(night: str) -> list[Site]:
    return [s for s in SITES if s.status(night) is not None]


def pass_count(night: str, group: str | None = None) -> tuple[int, int]:
    """(passed, sites): every failing kind here fails on a veto; healthy ones pass."""
    st = expected_status(night)
    keys = [k for k in st if group is None or SITE[k].group == group]
    return sum(1 for k in keys if st[k] == H), len(keys)


FAILING = (U, J, Z, S)


def changes(cur: str, prev: str) -> dict[str, set[str]]:
    """newly failed / worse / recovered between two nights (sites on both lists)."""
    a, b = expected_status(prev), expected_status(cur)
    sev = {U: 4, J: 3, Z: 2, S: 1, H: 0}
    out: dict[str, set[str]] = {"newly_failed": set(), "worse": set(), "recovered": set()}
    for k in b:
        if k not in a:
            continue
        if a[k] == H and b[k] != H:
            out["newly_failed"].add(k)
        elif a[k] != H and b[k] == H:
            out["recovered"].add(k)
        elif a[k] != H and b[k] != H and sev[b[k]] > sev[a[k]]:
            out["worse"].add(k)
    return out


# Written out by hand (and checked against changes() below in the tests):
CHANGES_VS_PREVIOUS = {  # N6 against N4
    "newly_failed": {"hz_ly", "zj_sport", "rd_cxzx"},
    "worse": {"xh_wgj"},  # stale -> hijacked
    "recovered": {"xh_zfj", "hz_gaj"},  # stale -> healthy; unreachable one night -> healthy
}
CHANGES_SINCE_7D = {  # N6 against N3
    "newly_failed": {"hz_ly", "zj_sport", "rd_cxzx"},
    "worse": {"xh_wgj"},
    "recovered": {"xh_zfj"},  # the flapping site was healthy on N3 too: no change
}
# Never in any change list of N6: the new site (no previous check), the removed one,
# the sweep-only difference (col_stale healthy on N5), the flapping site against N3.
NEVER_CHANGED = {"ed_new", "ar_daj", "hz_nyj"}

# Days in the current status at N6 (status streaks run over scans of the same depth:
# the sweep N5 breaks none). N1 is 100 days before N6, N2 50, N3 9.
DAYS_IN_STATE = {
    "hz_ly": 0,  # stale since N6
    "zj_sport": 0,
    "xh_wgj": 0,  # hijacked since N6
    "rd_cxzx": 0,
    "xh_sjj": 100,  # unreachable since N1
    "la_kxj": 50,  # unreachable since N2
    "lg_old": 9,  # unreachable since N3 (zombie before)
    "la_lyj": 100,
    "zj_dfz": 100,
    "hz_nyj": 100,  # stale since N1: the sweep's "healthy" on N5 does not break it
}

# zombie or unreachable in every scan for 90+ days (closure_after_days default).
CLOSURE_CANDIDATES = {
    "xh_sjj": 100,  # unreachable since N1
    "la_lyj": 100,  # zombie (abandoned) since N1
    "zj_dfz": 100,  # zombie (placeholder) since N1
    "lg_old": 100,  # zombie N1-N2, unreachable since: one unbroken dead run
}
NOT_CLOSURE = {"la_kxj", "ar_daj"}  # 50 days only; taken off the list

# Needs action: hijacked first, then unreachable, zombie, stale.
NEEDS_ACTION_ORDER = [J, U, Z, S]

# Sites and pass rates (computed from the table above, written out for the reader):
#   N6: 40 sites, 30 pass (75.0%); N4: 40 sites (removed one still listed, new one not
#   yet), 30 pass (75.0%); N3: 40 sites, 31 pass (77.5%).
# Per group on N6 (worst first; equal rates: bigger group, then pinyin/GB2312 order):
GROUPS_N6 = [
    (G_LINAN, 3, 5),  # 60.0%
    (G_XIHU, 4, 6),  # 66.7% (6 sites; 西 xi before 浙 zhe)
    (G_PROV, 4, 6),  # 66.7%
    (G_HOSTILE, 2, 3),  # 66.7% (3 sites; ASCII 'R' before 杭)
    (G_LONG, 2, 3),  # 66.7%
    (G_CITY, 6, 8),  # 75.0%
    (G_EDU, 4, 4),  # 100% (教 jiao before 卫 wei)
    (G_HEALTH, 4, 4),  # 100%
    (G_NONE, 1, 1),  # 100%: the ungrouped site
]
# 市档案局 has no site on N6: not in the report's groups.

# Availability: no daemon probes; the scans give at most 6 visits a week: every site
# "insufficient data" (fewer than 140), none passes or fails on it.


# --------------------------------------------------------------------------- pages

FROZEN = {
    "stale_new": date(2026, 11, 10),
    "recovered": date(2026, 7, 20),  # until N5; N6 is fresh
    "worse": date(2026, 9, 20),
    "zombie_old": date(2025, 5, 12),
}
COL_STALE_FROZEN = date(2026, 7, 1)

TOPICS = [
    "安全生产", "营商环境优化提升", "乡村振兴", "数字化改革", "生态环境保护", "民生实事项目",
    "招商引资", "基层治理", "全国文明城市创建", "防汛防台", "消防安全", "垃圾分类",
    "共同富裕示范区建设", "“最多跑一次”改革", "亚运遗产利用", "城市更新", "未来社区建设",
    "助企纾困", "科技创新", "人才引育", "食品安全", "平安建设", "河湖长制", "耕地保护",
]
PLACES = ["文三路", "古墩路", "留下街道", "转塘", "三墩镇", "蒋村", "西溪", "翠苑", "北山街道", "灵隐"]
PEOPLE = ["王建国", "李晓红", "张伟", "陈静", "刘洋", "周敏", "吴强", "徐丽"]

COLUMN_KINDS = {
    # name -> (type, period in days, title patterns)
    "news": (2, ["{org}召开{t}工作推进会", "{org}主要领导调研{t}工作", "{org}开展{t}专项行动",
                 "{org}举办{t}专题培训班", "{t}工作取得阶段性成效", "全市{t}现场会在我区召开"]),
    "notice": (9, ["关于做好{t}有关工作的通知", "关于开展{y}年{t}检查的公告", "{t}项目公示",
                   "关于征集{t}意见建议的公告"]),
    "policy": (20, ["{org}关于印发《{t}实施方案》的通知", "关于进一步加强{t}的实施意见",
                    "{org}关于{t}的若干政策措施"]),
    "interp": (25, ["《{t}实施方案》政策解读", "一图读懂{t}若干政策", "图解：{t}实施意见"]),
    "personnel": (45, ["{org}{y}年公开招聘编外工作人员公告", "{p}等同志任职前公示",
                       "{y}年度考试录用公务员拟录用人员名单公示"]),
    "planning": (60, ["{org}{y}年工作要点", "{t}“十五五”规划（征求意见稿）", "{org}{y}年工作总结和下一年工作思路"]),
    "message": (3, ["关于{pl}路灯不亮的问题", "咨询{t}政策办理流程", "{pl}小区噪音扰民问题", "反映{pl}道路积水",
                    "关于{t}补贴申领的咨询"]),
}


def _h(*parts: object) -> int:
    return int(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


@dataclass(frozen=True)
class Item:
    title: str
    day: date
    href: str


def items_for(site: Site, column: str, kind: str, asof: date, n: int) -> list[Item]:
    """The n newest items of a column dated on or before asof (newest first)."""
    period, patterns = COLUMN_KINDS[kind]
    off = _h(site.key, column) % period
    d = asof
    out: list[Item] = []
    while len(out) < n:
        if (d.toordinal() + off) % period == 0:
            h = _h(site.key, column, d.isoformat())
            t = patterns[h % len(patterns)].format(
                org=site.name.split(" ")[0].replace("<", "").replace(">", "").replace('"', "")[:12],
                t=TOPICS[(h >> 4) % len(TOPICS)], y=d.year, pl=PLACES[(h >> 8) % len(PLACES)],
                p=PEOPLE[(h >> 12) % len(PEOPLE)])
            cid = 1000 + _h(site.key, column) % 9000
            aid = 100000 + h % 900000
            href = f"/art/{d.year}/{d.month}/{d.day}/art_{cid}_{aid}.html"
            out.append(Item(t, d, href))
        d -= timedelta(days=1)
    return out


# A portal's columns: (name, kind, slug). The first six of "trs" are news.
TRS_COLUMNS = [
    ("今日头条", "news", "jrtt"),
    ("要闻动态", "news", "ywdt"),
    ("部门动态", "news", "bmdt"),
    ("基层动态", "news", "jcdt"),
    ("工作动态", "news", "gzdt"),
    ("媒体聚焦", "news", "mtjj"),
    ("通知公告", "notice", "tzgg"),
    ("政策文件", "policy", "zcwj"),
    ("政策解读", "interp", "zcjd"),
    ("人事信息", "personnel", "rsxx"),
    ("规划计划", "planning", "ghjh"),
    ("网上信访", "message", "wsxf"),
]
HANWEB_COLUMNS = [
    ("西湖要闻", "news", "xhyw"),
    ("部门动态", "news", "bmdt"),
    ("通知公告", "notice", "tzgg"),
    ("政策文件", "policy", "zcwj"),
    ("政策解读", "interp", "zcjd"),
    ("人事信息", "personnel", "rsxx"),
    ("咨询投诉", "message", "zxts"),
]
DEDE_COLUMNS = [
    ("工作动态", "news", "gzdt"),
    ("通知公告", "notice", "tzgg"),
    ("政策法规", "policy", "zcfg"),
    ("人事信息", "personnel", "rsxx"),
    ("规划计划", "planning", "ghjh"),
]


def columns_of(site: Site) -> list[tuple[str, str, str]]:
    if site.style == "trs":
        return TRS_COLUMNS
    if site.style == "hanweb":
        cols = list(HANWEB_COLUMNS)
        if site.group == G_LINAN:
            cols[0] = ("临安要闻", "news", "layw")
        return cols
    return DEDE_COLUMNS


def column_asof(site: Site, night: Night, column: str) -> date:
    """The date a column's newest item may have on that night."""
    kind = site.kind
    if kind in ("stale_new", "zombie_old"):
        return min(night.day, FROZEN[kind])
    if kind == "recovered" and night.key != "N6" and night.key != "N7":
        return FROZEN[kind]
    if kind == "worse":
        return min(night.day, FROZEN[kind])
    if kind == "col_stale" and column in ("要闻动态", "部门动态", "基层动态", "工作动态", "媒体聚焦"):
        return COL_STALE_FROZEN
    return night.day


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


DEPARTMENTS = [
    "发展和改革委员会", "经济和信息化局", "教育局", "科学技术局", "民族宗教事务局", "公安局", "民政局",
    "司法局", "财政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局",
    "交通运输局", "水利局", "农业农村局", "商务局", "文化广电旅游局", "卫生健康委员会", "退役军人事务局",
    "应急管理局", "审计局", "国有资产监督管理委员会", "市场监督管理局", "体育局", "统计局", "医疗保障局",
    "城市管理局", "林业水利局", "数据资源管理局", "信访局", "机关事务管理局", "投资促进局", "园林文物局",
    "人民防空办公室", "地方金融监督管理局", "档案局", "气象局", "税务局", "烟草专卖局",
]
FRIEND_LINKS = [
    ("中国政府网", "http://www.gov.cn/"),
    ("浙江省人民政府", "http://www.zj.gov.cn/"),
    ("浙江政务服务网", "http://www.zjzwfw.gov.cn/"),
    ("杭州市人民政府", "http://www.hangzhou.gov.cn/"),
    ("中国杭州", "http://www.hangzhou.com.cn/"),
    ("杭州网", "http://www.hangzhou.com.cn/news/"),
]
EXTERNAL_HOSTS = ["www.gov.cn", "www.zj.gov.cn", "www.zjzwfw.gov.cn", "www.hangzhou.com.cn",
                  "bszs.conac.cn", "beian.miit.gov.cn", "www.beian.gov.cn"]

CSS = """
*{margin:0;padding:0}body{font:14px/1.6 "Microsoft YaHei",SimSun,Arial;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}.w1200{width:1200px;margin:0 auto}
.topbar{height:36px;line-height:36px;background:#f1f1f1;border-bottom:1px solid #e5e5e5;font-size:12px}
.topbar .fl a{margin-right:14px}.topbar .fr a{margin-left:14px}.header{height:160px;background:url(/images/head_bg.jpg) no-repeat center}
.logo{float:left;margin-top:36px}.search{float:right;margin-top:60px}.search input{width:260px;height:34px;border:1px solid #ccc}
.nav{background:#0a5bb5;height:50px}.nav li{float:left;position:relative}.nav li a{display:block;color:#fff;font-size:17px;padding:0 26px;line-height:50px}
.nav .sub{display:none;position:absolute;top:50px;left:0;background:#fff;box-shadow:0 3px 8px rgba(0,0,0,.2);width:560px;z-index:99;padding:12px}
.nav li:hover .sub{display:block}.nav .sub a{color:#333;font-size:14px;line-height:32px;padding:0 12px;display:inline-block;width:110px}
.banner{height:180px;margin:10px auto;background:#dde8f5}.box{background:#fff;margin-top:16px;padding:14px 18px;border:1px solid #e3e8ef}
.box .hd{height:40px;line-height:40px;border-bottom:2px solid #0a5bb5}.box .hd h3{float:left;font-size:18px;color:#0a5bb5}
.box .hd .more{float:right;font-size:12px;color:#999}.list li{height:36px;line-height:36px;border-bottom:1px dashed #e5e5e5;overflow:hidden}
.list li a{float:left;width:80%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.list li span{float:right;color:#999}
.tabs .tab-hd li{float:left;padding:0 20px;cursor:pointer}.tabs .tab-hd li.on{color:#fff;background:#0a5bb5}
.tab-bd .panel{display:none}.tab-bd .panel.show{display:block}.col3{width:386px;float:left;margin-right:20px}
.footer{background:#0a5bb5;color:#dfe9f7;text-align:center;padding:24px 0;margin-top:24px;font-size:13px;line-height:26px}
.footer a{color:#dfe9f7}.links select{width:220px;height:32px;margin:0 10px}.fixed-tool{position:fixed;right:10px;bottom:120px}
.pager{text-align:center;margin:20px 0}.pager a,.pager span{display:inline-block;padding:4px 10px;border:1px solid #ddd;margin:0 3px}
.crumb{height:42px;line-height:42px;color:#666}.side{width:260px;float:left}.main{width:900px;float:right}
.side li a{display:block;height:44px;line-height:44px;padding-left:30px;border-bottom:1px solid #eee}.side li.on a{background:#0a5bb5;color:#fff}
@media screen and (max-width:768px){.w1200{width:100%}.col3{width:100%;float:none}.nav{height:auto}.side,.main{width:100%;float:none}}
""" * 2  # the portals carry their stylesheet twice (a print copy and the screen copy)

SCRIPTS = """
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/jquery.SuperSlide.2.1.3.js"></script>
<script>
  jQuery(".tabs").slide({titCell:".tab-hd li",mainCell:".tab-bd",trigger:"mouseover",titOnClassName:"on"});
  jQuery(".focus").slide({mainCell:".bd ul",effect:"leftLoop",autoPlay:true,interTime:4000});
  function changeFont(s){document.body.style.fontSize=s+"px";}
  var _hmt = _hmt || [];
  (function() {
    var hm = document.createElement("script");
    hm.src = "https://hm.baidu.com/hm.js?5a1f1e5e8f0b0c0d7b4c2e7f2a0d9c11";
    var s = document.getElementsByTagName("script")[0];
    s.parentNode.insertBefore(hm, s);
  })();
</script>
<script id="_jiucuo_" sitecode="3301000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
"""


def _nav(site: Site) -> str:
    menus = {
        "首页": [],
        "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
                 "依申请公开", "机构概况", "领导信息", "政策文件", "政策解读", "规划计划", "财政预决算",
                 "人事信息", "统计信息", "重点领域信息公开", "建议提案办理", "行政执法公示"],
        "政务服务": ["个人办事", "法人办事", "部门服务", "一件事集成服务", "便民服务", "好差评",
                 "证照查询", "办件查询", "预约办理", "收费目录清单"],
        "互动交流": ["领导信箱", "网上信访", "咨询投诉", "民意征集", "在线访谈", "常见问题", "12345热线"],
        "走进" + site.name[:2]: ["概况", "历史沿革", "自然地理", "行政区划", "人口民族", "经济发展",
                                "旅游资源", "名优特产"],
        "专题专栏": ["学习贯彻党的二十大精神", "清廉建设", "优化营商环境", "共同富裕", "数字化改革",
                 "安全生产月", "反诈宣传", "网络安全宣传周"],
    }
    out = ['<div class="nav"><ul class="w1200">']
    for i, (top, subs) in enumerate(menus.items()):
        href = "/" if i == 0 else f"/col/col{1000 + i}/index.html"
        out.append(f'<li><a href="{href}">{top}</a>')
        if subs:
            out.append('<div class="sub">')
            for j, sub in enumerate(subs):
                out.append(f'<a href="/col/col{1100 + i * 40 + j}/index.html">{sub}</a>')
            out.append("</div>")
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


def _footer(site: Site, last_year: int) -> str:
    opts = "".join(f'<option value="http://www.hangzhou.gov.cn/bm/{i}/">杭州市{d}</option>'
                   for i, d in enumerate(DEPARTMENTS))
    friends = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in FRIEND_LINKS)
    code = 3301000000 + _h(site.key) % 9999
    icp = 10000000 + _h(site.key, "icp") % 89999999
    return f"""
<div class="links w1200 box">
  <div class="hd"><h3>友情链接</h3></div>
  <ul class="friend">{friends}</ul>
  <select onchange="if(this.value)window.open(this.value)"><option value="">----市级部门网站----</option>{opts}</select>
  <select onchange="if(this.value)window.open(this.value)"><option value="">----区县（市）网站----</option>
    <option value="http://www.hzsc.gov.cn/">上城区</option><option value="http://www.gongshu.gov.cn/">拱墅区</option>
    <option value="http://www.hzxh.gov.cn/">西湖区</option><option value="http://www.hhtz.gov.cn/">滨江区</option>
    <option value="http://www.xiaoshan.gov.cn/">萧山区</option><option value="http://www.yuhang.gov.cn/">余杭区</option>
    <option value="http://www.linping.gov.cn/">临平区</option><option value="http://www.qiantang.gov.cn/">钱塘区</option>
    <option value="http://www.fuyang.gov.cn/">富阳区</option><option value="http://www.linan.gov.cn/">临安区</option>
    <option value="http://www.tonglu.gov.cn/">桐庐县</option><option value="http://www.chunan.gov.cn/">淳安县</option>
    <option value="http://www.jiande.gov.cn/">建德市</option></select>
</div>
<div class="footer">
  <div class="w1200">
    <p><a href="/col/col1901/index.html">网站地图</a> | <a href="/col/col1902/index.html">联系我们</a> |
       <a href="/col/col1903/index.html">隐私声明</a> | <a href="/col/col1904/index.html">使用帮助</a></p>
    <p>主办单位：{esc(site.name)} &nbsp; 承办：{esc(site.name)}办公室 &nbsp; 联系电话：0571-{87000000 + _h(site.key) % 999999}</p>
    <p>版权所有 © 2016-{last_year} {esc(site.name)} &nbsp; 网站标识码：{code}</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备{icp}号-1</a> &nbsp;
       <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010602{icp % 1000000:06d}" target="_blank">
       <img src="/images/gongan.png" alt="">浙公网安备 33010602{icp % 1000000:06d}号</a></p>
    <p>建议使用1920×1080分辨率 IE10及以上版本浏览器浏览本网站</p>
    <p><a href="https://bszs.conac.cn/sitename?method=show&amp;id={code}" target="_blank"><img src="/images/red.png" alt="党政机关"></a>
       <img src="/images/jiucuo.png" alt="政府网站找错"></p>
  </div>
</div>
<div class="fixed-tool"><a href="javascript:changeFont(16)">大字</a><a href="javascript:window.scrollTo(0,0)">顶部</a></div>
"""


def _list(items: list[Item], style: str) -> str:
    rows = []
    for it in items:
        if style == "hanweb":
            rows.append(
                f'<tr><td class="bt"><a href="{it.href}" target="_blank" title="{esc(it.title)}">{esc(it.title)}</a></td>'
                f'<td class="sj" align="right">[{it.day:%m-%d}]</td></tr>')
        elif style == "dede":
            rows.append(f'<li><span class="date">{it.day:%Y/%m/%d}</span><a href="{it.href}" title="{esc(it.title)}">'
                        f'{esc(it.title)}</a></li>')
        else:
            rows.append(f'<li><a href="{it.href}" target="_blank" title="{esc(it.title)}">{esc(it.title)}</a>'
                        f'<span>{it.day:%Y-%m-%d}</span></li>')
    if style == "hanweb":
        return '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="list">' + "".join(rows) + "</table>"
    return '<ul class="list">' + "".join(rows) + "</ul>"


def _message_list(items: list[Item], style: str) -> str:
    rows = []
    for i, it in enumerate(items):
        state = "已回复" if i % 3 else "已办结"
        if style == "hanweb":
            rows.append(f'<tr><td><a href="{it.href}" target="_blank">{esc(it.title)}</a></td>'
                        f'<td class="zt">{state}</td><td class="sj">[{it.day:%m-%d}]</td></tr>')
        else:
            rows.append(f'<li><a href="{it.href}" target="_blank">{esc(it.title)}</a>'
                        f'<em class="state">{state}</em><span>{it.day:%Y-%m-%d}</span></li>')
    if style == "hanweb":
        return '<table width="100%" class="list msg"><tr><th>标题</th><th>状态</th><th>日期</th></tr>' + "".join(rows) + "</table>"
    return '<ul class="list msg">' + "".join(rows) + "</ul>"


def page_title(site: Site, night: Night) -> str:
    if site.kind in ("hijacked_new", "worse") and night.key in ("N6", "N7"):
        return HACKED_TITLE.format(name=site.name)
    return f"{site.name}门户网站"


HACK_BLOCK = """
<div style="position:absolute;top:-9999px;left:-9999px;width:1px;height:1px;overflow:hidden">
<a href="http://www.pj8866.com/">澳门葡京</a> <a href="http://www.bjl-666.com/">百家乐</a>
<a href="http://www.js5599.com/">金沙娱乐城</a> <a href="http://www.xpj-777.com/">新葡京娱乐场</a>
<a href="http://www.ty-bet365.com/">bet365体育投注</a> <a href="http://www.lhc-168.com/">六合彩开奖</a>
<a href="http://www.ssc-99.com/">时时彩平台</a> <a href="http://www.amdc-88.com/">澳门赌场</a>
<a href="http://www.wns-888.com/">威尼斯人娱乐</a> <a href="http://www.zr-vip.com/">真人娱乐平台</a>
</div>
"""


def homepage(site: Site, night: Night) -> str:
    """The homepage the site serves on that night (for kinds that answer with a page)."""
    kind = site.kind
    if kind == "zombie_placeholder" or (kind == "zombie_then_dead" and night.key in ("N1", "N2")):
        return placeholder(site)
    cols = columns_of(site)
    asof_any = max(column_asof(site, night, c[0]) for c in cols)
    title = page_title(site, night)
    hacked = site.kind in ("hijacked_new", "worse") and night.key in ("N6", "N7")
    keywords = "澳门葡京,百家乐,金沙娱乐城,新葡京,六合彩" if hacked else f"{site.name},政务公开,政务服务,互动交流"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title) if '<script>' not in title else title.replace('&', '&amp;')}</title>",
        f'<meta name="keywords" content="{esc(keywords)}">',
        f'<meta name="description" content="{esc(site.name)}官方网站，发布政务信息，提供在线服务，推进政民互动。">',
        f'<meta name="SiteName" content="{esc(site.name)}"><meta name="SiteDomain" content="{site.host}">',
        f'<meta name="SiteIDCode" content="{3301000000 + _h(site.key) % 9999}">',
        f"<style>{CSS}</style>",
        "</head><body>",
        HACK_BLOCK if hacked else "",
        '<div class="topbar"><div class="w1200"><div class="fl">'
        '<span id="today"></span><a href="javascript:;" id="wza">无障碍浏览</a><a href="javascript:;">长者模式</a>'
        '<a href="javascript:;" id="jft">繁體版</a></div><div class="fr"><a href="/col/col1905/index.html">English</a>'
        '<a href="http://www.zjzwfw.gov.cn/" target="_blank">个人登录</a><a href="http://www.zjzwfw.gov.cn/">法人登录</a>'
        '<a href="/col/col1906/index.html">微信</a><a href="/col/col1907/index.html">微博</a></div></div></div>',
        f'<div class="header w1200"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{esc(site.name)}"></a></div>'
        '<div class="search"><form action="/jsearch/search.do" method="get" target="_blank">'
        '<input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>'
        '<p class="hot">热门搜索：<a href="/jsearch/search.do?q=社保">社保</a> <a href="/jsearch/search.do?q=公积金">公积金</a>'
        ' <a href="/jsearch/search.do?q=落户">落户</a> <a href="/jsearch/search.do?q=招聘">招聘</a></p></div></div>',
        _nav(site),
        '<div class="banner w1200"><a href="/col/col1801/index.html"><img src="/images/banner_2026.jpg" alt="学习贯彻党的二十届四中全会精神"></a></div>',
        '<div class="w1200 main-area">',
    ]
    # the columns
    for i, (name, ckind, slug) in enumerate(cols):
        asof = column_asof(site, night, name)
        n = 7 if ckind in ("news", "message") else 6
        items = items_for(site, name, ckind, asof, n)
        body = _message_list(items, site.style) if ckind == "message" else _list(items, site.style)
        more = f"/col/{slug}/index.html"
        if site.style == "hanweb":
            parts.append(
                f'<table width="386" class="col3 box" cellpadding="0" cellspacing="0"><tr><td class="hd">'
                f'<h3><a href="{more}">{name}</a></h3><a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></td></tr>'
                f"<tr><td>{body}</td></tr></table>")
        else:
            parts.append(
                f'<div class="col3 box" id="{slug}"><div class="hd"><h3>{name}</h3>'
                f'<a class="more" href="{more}" target="_blank">更多 &gt;</a></div>{body}</div>')
        if i % 3 == 2:
            parts.append('<div style="clear:both"></div>')
    # 专题专栏 banners and service icons (no dates)
    parts.append('<div class="box zt"><div class="hd"><h3>专题专栏</h3></div><ul>')
    for j, z in enumerate(["学习贯彻党的二十大精神", "清廉机关建设", "优化营商环境", "反诈宣传在行动",
                           "安全生产月", "网络安全宣传周", "数字化改革", "共同富裕示范区"]):
        parts.append(f'<li><a href="/col/col{1700 + j}/index.html"><img src="/images/zt{j}.jpg" alt="{z}"></a></li>')
    parts.append("</ul></div>")
    parts.append('<div class="box fw"><div class="hd"><h3>办事服务</h3></div><ul class="icons">')
    for j, z in enumerate(["社保查询", "公积金查询", "户籍办理", "不动产登记", "出入境办理", "医保服务",
                           "婚姻登记", "车驾管服务", "教育入学", "企业开办", "税务服务", "水电气缴费"]):
        parts.append(f'<li><a href="http://www.zjzwfw.gov.cn/zjservice/item/{j}.html" target="_blank">'
                     f'<i class="ico{j}"></i>{z}</a></li>')
    parts.append("</ul></div></div>")
    last_year = asof_any.year if site.kind in ("zombie_old",) else 2026
    parts.append(_footer(site, last_year))
    parts.append(SCRIPTS)
    parts.append("</body></html>")
    return "\n".join(parts)


def placeholder(site: Site) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(site.name)}</title>
<style>body{{background:#f5f5f5;font-family:"Microsoft YaHei"}}.wrap{{width:600px;margin:120px auto;text-align:center}}
h1{{color:#0a5bb5;font-size:28px}}p{{color:#666;line-height:2}}</style></head>
<body><div class="wrap"><img src="/images/logo.png" alt="">
<h1>网站升级改版中，敬请期待！</h1>
<p>为进一步提升网站服务水平，本网站正在进行升级改版，给您带来的不便，敬请谅解。</p>
<p>如需办理相关业务，请访问<a href="http://www.zjzwfw.gov.cn/">浙江政务服务网</a>。</p>
<p>版权所有 © {esc(site.name)} 浙ICP备{10000000 + _h(site.key, 'icp') % 89999999}号</p></div></body></html>
"""


def column_page(site: Site, night: Night, slug: str) -> str | None:
    col = next((c for c in columns_of(site) if c[2] == slug), None)
    if col is None:
        return None
    name, ckind, _ = col
    asof = column_asof(site, night, name)
    items = items_for(site, name, ckind, asof, 20)
    body = _message_list(items, site.style) if ckind == "message" else _list(items, site.style)
    side = "".join(
        f'<li{" class=on" if c[2] == slug else ""}><a href="/col/{c[2]}/index.html">{c[0]}</a></li>'
        for c in columns_of(site))
    title = page_title(site, night)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{name} - {esc(title)}</title>
<meta name="ColumnName" content="{name}"><style>{CSS}</style></head><body>
<div class="topbar"><div class="w1200"><a href="/">首页</a> <a href="javascript:;">无障碍浏览</a></div></div>
<div class="header w1200"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{esc(site.name)}"></a></div></div>
{_nav(site)}
<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1001/index.html">政务公开</a> &gt; {name}</div>
<div class="side"><h2>政务公开</h2><ul>{side}</ul></div>
<div class="main box"><div class="hd"><h3>{name}</h3></div>
{body}
<div class="pager"><span>共{97 + _h(slug) % 300}条记录 第1页/共{5 + _h(slug) % 15}页</span>
<a href="/col/{slug}/index.html">首页</a><a href="javascript:;">上一页</a>
<a href="/col/{slug}/index_2.html">下一页</a><a href="/col/{slug}/index_{5 + _h(slug) % 15}.html">尾页</a></div>
</div></div>
{_footer(site, 2026)}
{SCRIPTS}
</body></html>"""


def article_page(site: Site, path: str) -> str:
    h = _h(site.key, path)
    t = TOPICS[h % len(TOPICS)]
    parts = path.split("/")
    when = ""
    if len(parts) > 5 and parts[1] == "art":
        when = f"{parts[2]}-{int(parts[3]):02d}-{int(parts[4]):02d}"
    paras = "".join(f"<p>　　{site.name}坚持以人民为中心，扎实推进{t}各项工作，进一步压实责任，"
                    f"细化措施，确保各项任务落到实处。第{i + 1}部分。</p>" for i in range(8))
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{t}工作有序推进 - {esc(site.name)}</title>
<meta name="ArticleTitle" content="{t}工作有序推进"><meta name="PubDate" content="{when}">
</head><body><div class="article"><h1>{t}工作有序推进</h1>
<div class="info">发布日期：{when} 来源：{esc(site.name)}</div>{paras}</div></body></html>"""


ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /jsearch/\n"


def response(site: Site, night: Night, path: str) -> tuple[int, str, str] | None:
    """(status, content type, body) the site's server answers on that night; None: the
    server refuses the connection (nothing listens)."""
    kind = site.kind
    st = site.status(night.key)
    if kind in ("dead_long", "removed"):
        return None
    if kind == "dead_mid" and night.key != "N1":
        return None
    if kind == "zombie_then_dead" and night.key not in ("N1", "N2"):
        return None
    if kind == "flapping" and night.key == "N4":
        return 502, "text/html", NGINX_502
    if kind == "down_new" and night.key in ("N6", "N7"):
        return 503, "text/html", NGINX_503
    if st is None:
        return None
    if path == "/robots.txt":
        return 200, "text/plain", ROBOTS
    if path in ("/", "/index.html"):
        return 200, "text/html; charset=utf-8", homepage(site, night)
    if path.startswith("/col/") and path.endswith("/index.html"):
        slug = path.split("/")[2]
        page = column_page(site, night, slug)
        if page is not None:
            return 200, "text/html; charset=utf-8", page
    if path.startswith("/images/") or path.startswith("/js/"):
        return 200, "application/octet-stream", "x"
    return 200, "text/html; charset=utf-8", article_page(site, path)


NGINX_502 = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway"
             "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
NGINX_503 = ("<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center>"
             "<h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")


def external(path: str) -> tuple[int, str, str]:
    """Every other site the pages link to (friends, 政务服务网, ICP lookup) answers."""
    return 200, "text/html; charset=utf-8", ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>政务服务"
                                              "</title></head><body><p>欢迎访问</p></body></html>")


# --------------------------------------------------------------------------- added later
# Added after the first report runs (not part of the blind truth above): the office
# edits its list for N7, the scan that never finishes: the health commission's group is
# renamed and the police site moves to a group of its own. N6's report must still group
# every site as N6's list did (and as its summaries count them).
N7_GROUPS = {
    "hl_wjw": "市卫健委", "hl_jkz": "市卫健委", "hl_xyz": "市卫健委", "hl_120": "市卫健委",
    "hz_gaj": "市公安局",
}


def group_on(site: Site, night: str) -> str:
    """The site's group in that night's list."""
    if night == "N7":
        return N7_GROUPS.get(site.key, site.group)
    return site.group
