"""Blind evaluation, English-language government portals, round 9.

Twelve sites written from how their platforms render in 2026 (CivicPlus, Granicus
govAccess, USWDS on Drupal, GOV.UK Frontend, Squiz-style .gov.au, a NZ council,
Isomer for gov.sg, an NIC state portal, Canada.ca's GCWeb, Blackboard for a school
district, an old WordPress village site, and a Virtual Towns & Schools town site that
was broken into). The truth below was written with the pages, before any scan.

Dates count back from NOW (Thursday 26 November 2026, Thanksgiving Day in the US).
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass, field

NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


def d(days: int) -> dt.date:
    """The day `days` before TODAY (negative: after)."""
    return TODAY - dt.timedelta(days=days)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
      "Nov.", "Dec."]


def long_us(x: dt.date) -> str:
    return f"{MONTHS[x.month - 1]} {x.day}, {x.year}"


def short_us(x: dt.date) -> str:
    return f"{MONTHS[x.month - 1][:3]} {x.day}, {x.year}"


def ap(x: dt.date) -> str:
    return f"{AP[x.month - 1]} {x.day}, {x.year}"


def long_uk(x: dt.date) -> str:
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def short_uk(x: dt.date) -> str:
    return f"{x.day} {MONTHS[x.month - 1][:3]} {x.year}"


def dmy(x: dt.date, sep: str = "/") -> str:
    return f"{x.day:02d}{sep}{x.month:02d}{sep}{x.year}"


def mdy(x: dt.date) -> str:
    return f"{x.month:02d}/{x.day:02d}/{x.year}"


def weekday_long(x: dt.date) -> str:
    return f"{x.strftime('%A')}, {long_us(x)}"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


# ---------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------

ANY = "any"  # a value the truth does not score


@dataclass(frozen=True)
class ColumnTruth:
    name: str                      # the heading as the page shows it
    types: tuple[str, ...]         # acceptable types, the inspector's first
    newest: dt.date | str | None   # None: no dated item; ANY: not scored
    empty: bool | str = False      # ANY: not scored


@dataclass
class Truth:
    status: str
    passed: bool
    last_updated: dt.date | None
    must: frozenset[str] = frozenset()
    must_not: frozenset[str] = frozenset()
    columns: tuple[ColumnTruth, ...] = ()
    # the homepage sweep (--depth home): None = same as full
    home_status: str | None = None
    home_passed: bool | None = None
    home_last_updated: dt.date | str | None = ANY
    home_must: frozenset[str] = frozenset()
    home_must_not: frozenset[str] = frozenset()
    # inspect: page path -> its own date
    page_dates: dict[str, dt.date | None] = field(default_factory=dict)


@dataclass
class BlindSite:
    key: str
    host: str
    name: str
    pages: dict[str, str]
    truth: Truth
    scheme: str = "http"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}/"


FRESH_MUST_NOT = frozenset({"homepage_stale", "abandoned", "hidden_links", "spam_content",
                            "placeholder_page", "future_dated", "undated", "column_empty",
                            "unanswered_messages"})


# ---------------------------------------------------------------------------
# Chrome helpers: what real themes put around the content
# ---------------------------------------------------------------------------

_PROPS = ["margin:0 auto", "padding:.75rem 1rem", "display:flex", "flex-wrap:wrap",
          "font-weight:700", "line-height:1.45", "color:#1b1b1b", "background:#f0f0f0",
          "border-bottom:1px solid #dfe1e2", "text-decoration:none", "font-size:1.0625rem",
          "max-width:1200px", "position:relative", "z-index:100", "transition:all .2s ease",
          "border-radius:4px", "box-shadow:0 2px 6px rgba(0,0,0,.15)", "gap:1.5rem",
          "grid-template-columns:repeat(3,1fr)", "letter-spacing:.02em"]


def css(prefix: str, names: list[str], n: int = 60) -> str:
    """A theme's inline stylesheet: n rules over the theme's class names."""
    out = []
    for i in range(n):
        cls = names[i % len(names)]
        mod = ["", ":hover", " a", " li", " h2", "--active", " .title", ":focus"][i % 8]
        props = ";".join(_PROPS[(i * 7 + k * 3) % len(_PROPS)] for k in range(3 + i % 4))
        out.append(f".{prefix}{cls}{mod}{{{props}}}")
        if i % 15 == 14:
            out.append(f"@media (max-width:{640 + i * 4}px){{.{prefix}{cls}{{display:block;"
                       f"width:100%}}}}")
    return "\n".join(out)


def ga_script(tag: str) -> str:
    return (f'<script async src="https://www.googletagmanager.com/gtag/js?id={tag}"></script>\n'
            "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push("
            f"arguments);}}gtag('js', new Date());gtag('config', '{tag}');</script>")


def lorem(seed: str, words: int) -> str:
    vocab = ["residents", "council", "service", "public", "community", "program", "project", "review", "staff", "budget", "water", "street", "park", "meeting", "plan", "safety", "local", "support", "county", "city", "information", "schedule", "update", "road", "application", "permit", "funding", "board", "notice", "local", "annual", "report", "development", "housing", "transport", "library", "events", "youth", "health", "district", "services"]
    h = zlib.crc32(seed.encode())
    out = []
    for i in range(words):
        h = (h * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(vocab[(h >> 8) % len(vocab)])
        if i == 0:
            out[0] = out[0].capitalize()
    return " ".join(out) + "."


def menu_links(sections: dict[str, list[str]], base: str = "/") -> dict[str, list[tuple[str, str]]]:
    return {sec: [(f"{base}{slug(sec)}/{slug(x)}", x) for x in items]
            for sec, items in sections.items()}


def stub_page(host: str, path: str, title: str | None = None) -> str:
    """A plain inner page, for links the scan follows or checks."""
    t = title or path.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").title() or host
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{t}</title></head><body><header><a href=\"/\">Home</a></header>"
            f"<main><h1>{t}</h1><p>{lorem(host + path, 80)}</p>"
            f"<p>{lorem(path + host, 60)}</p></main></body></html>")


# ===========================================================================
# 1. CivicPlus city: News Flash, Agenda Center (future meetings), Alert Center,
#    Calendar
# ===========================================================================

CP_HOST = "www.brantwoodfallsmn.test"

CP_MENU = {
    "Government": ["City Council", "Mayor", "City Administrator", "Boards & Commissions",
                   "Agendas & Minutes", "City Code", "Elections & Voting", "Budget & Finance",
                   "Annual Reports", "Comprehensive Plan", "Public Records Requests"],
    "Departments": ["Administration", "Building & Inspections", "Community Development",
                    "Engineering", "Finance", "Fire Department", "Parks & Recreation",
                    "Police Department", "Public Works", "Utility Billing",
                    "Water & Wastewater", "Streets & Snow Removal", "Forestry"],
    "Community": ["Library", "Senior Center", "Farmers Market", "Parks & Trails",
                  "Community Center Rentals", "Schools", "Veterans Memorial",
                  "Cemetery", "Recycling & Yard Waste"],
    "Business": ["Economic Development", "Licenses & Permits", "Bid Postings",
                 "Chamber of Commerce", "Available Properties", "Business Subsidies"],
    "How Do I...": ["Apply For", "Contact", "Find", "Pay For", "Register",
                    "Report a Concern", "Request", "Sign Up For Notify Me®", "View"],
}

CP_NEWS = [
    (d(2), 1482, "Holiday Tree Lighting and Winter Market Returns to Riverside Park",
     "Community News"),
    (d(6), 1479, "Snow Emergency Parking Rules in Effect Through March 31", "Public Works"),
    (d(7), 1477, "City Hall Closed November 26 and 27 for Thanksgiving", "Community News"),
    (d(16), 1470, "Leaf Vacuum Collection Wraps Up for the Season", "Public Works"),
    (d(23), 1466, "2027 Preliminary Budget and Levy Adopted; Truth in Taxation Hearing Set",
     "Community News"),
    (d(28), 1461, "Fire Department Open House Draws Record Crowd", "Community News"),
]

# (meeting day, agenda id, body, posted day)
CP_AGENDAS = [
    (d(-5), 1877, "City Council Regular Meeting", d(2)),
    (d(-7), 1879, "Parks & Recreation Commission", d(4)),
    (d(-12), 1881, "Economic Development Authority", d(9)),
    (d(9), 1869, "Planning Commission", d(14)),
    (d(10), 1866, "City Council Work Session", d(15)),
    (d(24), 1858, "City Council Regular Meeting", d(29)),
]

CP_EVENTS = [
    (d(-5), 3321, "Holiday Tree Lighting", "6:00 PM - 7:30 PM"),
    (d(-9), 3324, "Winter Market at Riverside Pavilion", "10:00 AM - 2:00 PM"),
    (d(-16), 3330, "Santa at the Fire Hall", "1:00 PM - 3:00 PM"),
    (d(-21), 3335, "Senior Center Holiday Lunch", "11:30 AM - 1:00 PM"),
]


def _cp_agenda_url(meeting: dt.date, aid: int, kind: str = "Agenda") -> str:
    return f"/AgendaCenter/ViewFile/{kind}/_{meeting:%m%d%Y}-{aid}"


def _cp_shell(title: str, body: str, page_id: int) -> str:
    names = ["siteHeader", "megaMenu", "widget", "widgetTitle", "widgetItem", "widgetBody",
             "viewAll", "quickLinks", "siteFooter", "banner", "cpComponent", "fr-view"]
    nav = []
    for sec, links in menu_links(CP_MENU).items():
        items = "".join(f'<li><a href="{href}" class="navMenuItem">{txt}</a></li>'
                        for href, txt in links)
        nav.append(f'<li class="topMenuItem"><a href="/{slug(sec)}" class="navMainItem">{sec}</a>'
                   f'<div class="megaMenuContainer" aria-hidden="true"><ul class="megaMenuList">{items}'
                   "</ul></div></li>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link href="/Assets/Styles/Print.css" rel="stylesheet" media="print">
<link href="/-1/theme.css?v=1131202614" rel="stylesheet">
<link href="/Areas/Layout/Assets/Styles/Layout.css?v=8.14" rel="stylesheet">
<style>{css("cp-", names, 90)}</style>
<script src="/Assets/Scripts/jQuery/jquery-3.7.1.min.js"></script>
<script src="/Assets/Scripts/APIClient.js"></script>
<script src="/Areas/Layout/Assets/Scripts/Search.js"></script>
<script>var pageID = {page_id}; var isResponsiveEnabled = true; var cpDateFormat = "MMMM d, yyyy";
$(function(){{ if (typeof AlertBar !== 'undefined') AlertBar.init('#divAlertBar'); }});</script>
{ga_script("G-8KQ21BFWRT")}
</head>
<body class="wide" id="cp{page_id}">
<div id="skipToContentLinks"><a href="#cpsys_Content" class="skipToContentLink">Skip to Main Content</a></div>
<div id="divAlertBar" role="region" aria-label="Alerts"></div>
<div id="outer-wrap"><div id="inner-wrap">
<header class="siteHeader" id="bannerDiv">
  <div class="bannerLogo"><a href="/"><img src="/ImageRepository/Document?documentID=412" alt="Brantwood Falls Minnesota homepage"></a></div>
  <div class="siteSearch"><form action="/Search" method="get" role="search"><label for="searchField" class="hidden">Search</label>
  <input type="text" id="searchField" name="searchPhrase" placeholder="Search..."><button type="submit" class="searchBtn">Search</button></form></div>
  <div class="translate"><a href="#" id="google_translate_element">Translate</a></div>
  <nav id="mainNav" aria-label="Main Navigation"><ul class="megaMenu">{"".join(nav)}</ul></nav>
</header>
<div id="cpsys_Content" class="cpContent">
{body}
</div>
<footer class="siteFooter">
 <div class="footerContact"><h2>Contact Us</h2><p>City of Brantwood Falls<br>400 Main Street South<br>Brantwood Falls, MN 56310</p>
 <p>Phone: 320-555-0140<br>Fax: 320-555-0149</p><p>Hours: Monday - Friday 8:00 a.m. - 4:30 p.m.</p></div>
 <div class="footerLinks"><h2>Quick Links</h2><ul>
 <li><a href="/AgendaCenter">Agendas &amp; Minutes</a></li><li><a href="/Jobs.aspx">Job Opportunities</a></li>
 <li><a href="/Bids.aspx">Bid Postings</a></li><li><a href="/FormCenter">Online Forms</a></li><li><a href="/DocumentCenter">Document Center</a></li>
 <li><a href="/list.aspx">Notify Me®</a></li></ul></div>
 <div class="footerSiteLinks"><h2>Site Links</h2><ul><li><a href="/">Home</a></li><li><a href="/sitemap">Site Map</a></li>
 <li><a href="/accessibility">Accessibility</a></li><li><a href="/copyright">Copyright Notices</a></li></ul></div>
 <div class="poweredBy"><a href="https://www.civicplus.com/">Government Websites by <img src="/Assets/Images/civicplus-logo.svg" alt="CivicPlus®"></a></div>
</footer>
</div></div>
<script src="/Assets/Scripts/Widgets.js"></script>
</body>
</html>"""


def _cp_home() -> str:
    news = []
    for day, aid, title, _cat in CP_NEWS[:4]:
        news.append(f"""<li class="widgetItem h-entry">
  <h3 class="widgetTitle"><a href="/CivicAlerts.aspx?AID={aid}" class="p-name">{title}</a></h3>
  <div class="widgetBody p-summary">{lorem(title, 28)} <a class="readOn" href="/CivicAlerts.aspx?AID={aid}" aria-label="Read on about {title}">Read on...</a></div>
  <div class="widgetMeta"><span class="date">Posted on: {long_us(day)}</span></div>
</li>""")
    agendas = []
    for meet, aid, body, _posted in sorted(CP_AGENDAS[:5], key=lambda r: r[0]):
        agendas.append(f"""<li class="widgetItem">
  <div class="widgetDate"><strong>{short_us(meet)}</strong></div>
  <a href="{_cp_agenda_url(meet, aid)}" class="widgetTitle" target="_blank">{body}</a>
</li>""")
    events = []
    for day, eid, title, time_ in CP_EVENTS:
        events.append(f"""<li class="widgetItem">
  <div class="calendar-badge" aria-hidden="true"><span class="month">{day:%b}</span><span class="day">{day.day}</span></div>
  <h3><a href="/Calendar.aspx?EID={eid}">{title}</a></h3>
  <div class="subHeader"><span class="date">{long_us(day)}, {time_}</span></div>
</li>""")
    quick = "".join(f'<li><a href="{h}"><img src="/ImageRepository/Document?documentID={400 + i}" alt=""><span>{t}</span></a></li>'
                    for i, (h, t) in enumerate([
                        ("/PayBill", "Pay Utility Bill"), ("/AgendaCenter", "Agendas & Minutes"),
                        ("/list.aspx", "Notify Me®"), ("/Jobs.aspx", "Job Opportunities"),
                        ("/FormCenter/Public-Works-3/Report-a-Concern-31", "Report a Concern"),
                        ("/194/Permits", "Permits"), ("/Facilities", "Parks & Facilities"),
                        ("/Directory.aspx", "Staff Directory")]))
    slides = "".join(f'<div class="slide"><img src="/ImageRepository/Document?documentID={500 + i}" alt="{a}"></div>'
                     for i, a in enumerate(["Riverside Park in autumn", "Main Street at dusk",
                                            "The falls from the footbridge"]))
    body = f"""
<div id="heroSlideshow" class="cpSlideshow">{slides}<div class="welcome"><h1>Welcome to Brantwood Falls</h1>
<p>A river town of 9,400 on the Sauk, 40 minutes from St. Cloud.</p></div></div>
<div class="quickLinks widget"><ul>{quick}</ul></div>
<div class="row">
<div class="col col-8">
 <section class="cpComponent widget widgetNewsFlash" aria-labelledby="newsFlashTitle">
  <h2 class="widgetTitle" id="newsFlashTitle">News Flash</h2>
  <ol class="widgetList">{"".join(news)}</ol>
  <a class="viewAll" href="/CivicAlerts.aspx">View All News Flash</a>
 </section>
 <section class="cpComponent widget widgetCalendar" aria-labelledby="calTitle">
  <h2 class="widgetTitle" id="calTitle">Calendar</h2>
  <ol class="widgetList">{"".join(events)}</ol>
  <a class="viewAll" href="/Calendar.aspx">View All Events</a>
 </section>
</div>
<div class="col col-4">
 <section class="cpComponent widget widgetAlertCenter" aria-labelledby="alertTitle">
  <h2 class="widgetTitle" id="alertTitle">Alert Center</h2>
  <p class="noAlerts">There are no alerts at this time.</p>
  <a class="viewAll" href="/AlertCenter.aspx">View All Alerts</a>
 </section>
 <section class="cpComponent widget widgetAgendaCenter" aria-labelledby="agendaTitle">
  <h2 class="widgetTitle" id="agendaTitle">Agenda Center</h2>
  <ol class="widgetList">{"".join(agendas)}</ol>
  <a class="viewAll" href="/AgendaCenter">View All Agendas</a>
 </section>
 <section class="cpComponent widget widgetEditor"><h2 class="widgetTitle">Stay Informed</h2>
 <div class="fr-view"><p>Sign up for Notify Me® to receive News Flash, agenda and snow emergency notices by email or text.</p>
 <p><a href="/list.aspx" class="button">Sign Up Now</a></p></div></section>
</div>
</div>"""
    return _cp_shell("Brantwood Falls, MN - Official Website | Official Website", body, 1)


def _cp_news_list() -> str:
    cats: dict[str, list[str]] = {}
    for day, aid, title, cat in CP_NEWS:
        cats.setdefault(cat, []).append(f"""<div class="item">
  <h3><a href="/CivicAlerts.aspx?AID={aid}">{title}</a></h3>
  <div class="date">Posted on: {long_us(day)}</div>
  <div class="intro">{lorem(title + "i", 35)}</div>
  <a class="more" href="/CivicAlerts.aspx?AID={aid}">Read on...</a>
</div>""")
    blocks = "".join(f'<div class="listing"><h2 class="subhead2"><a href="/CivicAlerts.aspx?CID={i + 1}">{c}</a></h2>'
                     f'<div class="listItemsRow">{"".join(v)}</div></div>'
                     for i, (c, v) in enumerate(cats.items()))
    body = f"""<div class="moduleContentNew"><h1 class="pageTitle">News Flash</h1>
<div class="categoryFilter"><label for="ddlCategory">Categories</label><select id="ddlCategory"><option>All Categories</option>
<option>Community News</option><option>Public Works</option></select></div>
{blocks}
<div class="rss"><a href="/RSSFeed.aspx?ModID=1&amp;CID=All-newsflash.xml">RSS</a> | <a href="/list.aspx">Notify Me®</a></div></div>"""
    return _cp_shell("News Flash • Brantwood Falls, MN • CivicEngage", body, 11)


def _cp_news_item(day: dt.date, aid: int, title: str) -> str:
    others = "".join(f'<li><a href="/CivicAlerts.aspx?AID={a}">{t}</a></li>'
                     for _d, a, t, _c in CP_NEWS if a != aid)[:2000]
    body = f"""<div class="moduleContentNew"><h1 class="pageTitle">News Flash</h1>
<div class="single"><h3>{title}</h3><div class="date">Posted on: {long_us(day)}</div>
<div class="fr-view"><p>{lorem(title, 120)}</p><p>{lorem(title + "2", 90)}</p>
<p>For more information contact City Hall at 320-555-0140.</p></div>
<div class="backLink"><a href="/CivicAlerts.aspx">⇐ Previous</a> | <a href="/CivicAlerts.aspx">Next ⇒</a></div></div>
<aside class="relatedNews"><h2>Other News in Community News</h2><ul>{others}</ul></aside></div>"""
    return _cp_shell(f"{title} | Brantwood Falls, MN - Official Website", body, 12)


def _cp_agenda_center() -> str:
    by_body: dict[str, list[str]] = {}
    for meet, aid, body_, posted in CP_AGENDAS:
        minutes = ""
        if meet < TODAY:
            minutes = (f'<td class="minutes"><a href="{_cp_agenda_url(meet, aid, "Minutes")}">'
                       f'<img src="/Assets/Images/minutes.png" alt="Minutes for {long_us(meet)}"></a></td>')
        else:
            minutes = '<td class="minutes"></td>'
        by_body.setdefault(body_, []).append(f"""<tr class="catAgendaRow">
  <td><h3><strong aria-label="Agenda for {long_us(meet)}">{short_us(meet)}</strong></h3>
  <p><a href="{_cp_agenda_url(meet, aid)}" target="_blank">{body_} {"Regular Meeting" if "Meeting" not in body_ else ""}</a></p>
  <p class="updated">Posted {short_us(posted)} 3:15 PM</p></td>
  {minutes}
  <td class="media"><a href="https://brantwoodfalls.granicus.test/player/clip/{aid}">Video</a></td>
</tr>""")
    tables = "".join(f"""<div class="listing" id="cat{i}"><h2><a href="/AgendaCenter/Search/?CIDs={i}">{b}</a></h2>
<table id="table{i}" class="listingTable"><thead><tr><th>Agenda</th><th>Minutes</th><th>Media</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table></div>"""
                     for i, (b, rows) in enumerate(by_body.items(), start=2))
    body = f"""<div class="moduleContentNew"><h1 class="pageTitle">Agenda Center</h1>
<div class="searchArea"><form action="/AgendaCenter/Search/" method="get"><label>Search Agendas by:</label>
<input name="term" placeholder="Keywords"><input name="startDate" placeholder="Start Date"> <input name="endDate" placeholder="End Date">
<button>Search</button></form></div>
<p><a href="/list.aspx">Notify Me®</a> when agendas are posted.</p>
{tables}</div>"""
    return _cp_shell("Agenda Center • Brantwood Falls, MN • CivicEngage", body, 20)


def _cp_calendar() -> str:
    rows = "".join(f"""<li><h3><a href="/Calendar.aspx?EID={eid}"><span>{t}</span></a></h3>
<p class="date">{long_us(day)}, {time_}</p><p>@ Riverside Park, 200 River Road</p>
<p>{lorem(t, 24)}</p><a class="more" href="/Calendar.aspx?EID={eid}">More Details</a></li>"""
                   for day, eid, t, time_ in CP_EVENTS)
    body = f"""<div class="moduleContentNew"><h1 class="pageTitle">Calendar</h1>
<div class="calendarToolbar"><a href="/Calendar.aspx?view=grid">Month View</a> | <a href="/Calendar.aspx?view=list">List View</a></div>
<div class="calendars"><h2>Main Calendar</h2><ol>{rows}</ol></div></div>"""
    return _cp_shell("Calendar • Brantwood Falls, MN • CivicEngage", body, 30)


def _cp_alerts() -> str:
    body = """<div class="moduleContentNew"><h1 class="pageTitle">Alert Center</h1>
<p>Sign up to receive Alert Center messages by email or text through <a href="/list.aspx">Notify Me®</a>.</p>
<div class="alertCategories"><h2>Emergency Alerts</h2><p class="noAlerts">There are no alerts at this time.</p>
<h2>Snow Emergencies</h2><p class="noAlerts">There are no alerts at this time.</p></div></div>"""
    return _cp_shell("Alert Center • Brantwood Falls, MN • CivicEngage", body, 40)


def civicplus() -> BlindSite:
    pages = {"/": _cp_home(), "/CivicAlerts.aspx": _cp_news_list(),
             "/AgendaCenter": _cp_agenda_center(), "/Calendar.aspx": _cp_calendar(),
             "/AlertCenter.aspx": _cp_alerts()}
    for day, aid, title, _c in CP_NEWS:
        pages[f"/CivicAlerts.aspx?AID={aid}"] = _cp_news_item(day, aid, title)
    return BlindSite("civicplus", CP_HOST, "City of Brantwood Falls, MN", pages, Truth(
        status="healthy", passed=True, last_updated=d(2),
        must=frozenset(),
        must_not=FRESH_MUST_NOT | {"column_stale"},
        columns=(
            ColumnTruth("News Flash", ("news",), d(2)),
            # Agendas are the notices of public meetings; listed by meeting day, posted
            # days before: the newest posting is the column's newest.
            ColumnTruth("Agenda Center", ("notice", "other"), d(2)),
            ColumnTruth("Calendar", ("other",), ANY),
            ColumnTruth("Alert Center", ("other",), ANY, empty=False),
        ),
        home_last_updated=d(2),
        home_must_not=FRESH_MUST_NOT,
        page_dates={"/CivicAlerts.aspx?AID=1482": d(2)},
    ))


# ===========================================================================
# 2. Granicus govAccess county: MM/DD/YYYY dates, one stale press-release widget
# ===========================================================================

GA_HOST = "www.ridgelinecountyco.test"

GA_MENU = {
    "Departments": ["Assessor", "Clerk & Recorder", "Coroner", "County Attorney",
                    "Emergency Management", "Extension Office", "Finance", "Human Resources",
                    "Human Services", "Information Technology", "Land Use", "Public Health",
                    "Road & Bridge", "Sheriff's Office", "Treasurer", "Veterans Services"],
    "Government": ["Board of County Commissioners", "Agendas & Minutes", "Boards & Commissions",
                   "Budget & Financial Reports", "Elected Officials", "County Code",
                   "Strategic Plan"],
    "Residents": ["Motor Vehicle", "Property Taxes", "Elections", "Fairgrounds",
                  "Open Space & Trails", "Landfill & Recycling", "Wildfire Preparedness"],
    "Business": ["Bids & RFPs", "Building Permits", "Liquor Licensing", "Marijuana Licensing",
                 "Economic Development"],
    "How Do I": ["Apply for a Job", "Pay Property Taxes", "Register a Vehicle",
                 "Report a Pothole", "Request Public Records", "Sign Up for Alerts"],
}

GA_NEWS = [
    (d(3), 8812, "Ridgeline County Offices Closed for Thanksgiving Holiday"),
    (d(5), 8809, "Commissioners Adopt 2027 Budget After Public Hearing"),
    (d(10), 8801, "Stage 1 Fire Restrictions Lifted in Unincorporated Ridgeline County"),
    (d(13), 8797, "Free Radon Test Kits Available During Winter Months"),
    (d(21), 8788, "County Road 14 Resurfacing Project Complete"),
]
GA_NOTICES = [
    (d(17), 8791, "Notice of Public Hearing: Land Use Code Amendments, December 15, 2026"),
    (d(25), 8779, "Notice of Final Settlement: County Road 9 Bridge Replacement"),
    (d(33), 8770, "Notice of Budget: 2027 Proposed Budget Available for Inspection"),
    (d(40), 8761, "Public Notice: Spring Weed Spraying Program"),
]
GA_SHERIFF = [
    (d(45), 8755, "Sheriff's Office Recognizes Deputies at Annual Awards Ceremony"),
    (d(58), 8740, "Sheriff Warns of Jury Duty Phone Scam"),
    (d(71), 8722, "Search and Rescue Team Completes High-Angle Training"),
]
GA_EVENTS = [
    (d(-6), 5521, "Board of County Commissioners Regular Meeting", "9:00 AM - 12:00 PM"),
    (d(-7), 5524, "Planning Commission Hearing", "6:00 PM - 8:00 PM"),
    (d(-13), 5530, "Holiday Craft Fair at the Fairgrounds", "10:00 AM - 4:00 PM"),
    (d(-19), 5533, "Board of Health Meeting", "1:30 PM - 3:00 PM"),
]


def _ga_news_url(nid: int, cat: int) -> str:
    return f"/Home/Components/News/News/{nid}/{cat}?backlist=%2F"


def _ga_shell(title: str, body: str) -> str:
    names = ["site-header", "main-nav", "nav-list", "dropdown", "widget", "news-item",
             "news-date", "event-item", "event-date", "site-footer", "hero", "quick-link"]
    nav = []
    for sec, links in menu_links(GA_MENU).items():
        cols = [links[i:i + 6] for i in range(0, len(links), 6)]
        inner = "".join("<ul class=\"dropdown-col\">" + "".join(
            f'<li><a href="{h}">{t}</a></li>' for h, t in col) + "</ul>" for col in cols)
        nav.append(f'<li class="nav-item has-dropdown"><a href="/{slug(sec)}" aria-haspopup="true">{sec}</a>'
                   f'<div class="dropdown" aria-hidden="true">{inner}</div></li>')
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/Project/Contents/Main/_design/css/main.css?v=2026.3.1">
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Source+Sans+3:wght@400;600;700&amp;display=swap">
<style>{css("", names, 80)}</style>
<script src="/Project/Contents/Main/_design/js/vendor/modernizr.js"></script>
{ga_script("G-RC8E12LQ9W")}
</head>
<body class="home">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="emergency-alert" class="alert-banner" hidden></div>
<header class="site-header">
 <div class="container"><div class="logo"><a href="/"><img src="/Project/Contents/Main/_design/img/logo.svg" alt="Ridgeline County, Colorado"></a></div>
 <div class="utility"><a href="/Home/Components/JobPosts/Job/List">Jobs</a> <a href="/Home/Components/FacilityDirectory/FacilityDirectory">Facilities</a>
 <a href="/Home/Components/StaffDirectory/StaffDirectory">Staff Directory</a> <a href="/i-want-to/sign-up-for-alerts">Sign Up for Alerts</a>
 <form class="search" action="/search" role="search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" placeholder="What can we help you find?"><button>Search</button></form></div>
 <nav class="main-nav" aria-label="Main"><ul class="nav-list">{"".join(nav)}</ul></nav></div>
</header>
<main id="main">
{body}
</main>
<footer class="site-footer"><div class="container">
 <div class="footer-col"><h2>Ridgeline County</h2><p>Administration Building<br>1400 Commerce Street<br>Ridgeline, CO 81401</p><p>Phone: 970-555-0110</p>
 <p>Hours: Monday - Friday, 8:00 AM - 5:00 PM</p></div>
 <div class="footer-col"><h2>Connect</h2><ul class="social"><li><a href="https://www.facebook.com/RidgelineCountyCO">Facebook</a></li>
 <li><a href="https://www.youtube.com/@ridgelinecounty">YouTube</a></li><li><a href="https://nextdoor.com/agency/ridgeline-county/">Nextdoor</a></li></ul></div>
 <div class="footer-col"><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy-policy">Privacy Policy</a></li>
 <li><a href="/website-feedback">Website Feedback</a></li><li><a href="/Home/Components/Sitemap">Site Map</a></li></ul></div>
 <p class="copyright">© 2026 Ridgeline County, Colorado. All Rights Reserved. <a href="https://granicus.com/solution/govaccess/">Government Websites by Granicus</a></p>
</div></footer>
<script src="/Project/Contents/Main/_design/js/main.min.js"></script>
</body></html>"""


def _ga_news_block(title: str, items: list[tuple[dt.date, int, str]], cat: int, more: str,
                   css_id: str) -> str:
    lis = "".join(f"""<li class="news-item">
 <a href="{_ga_news_url(nid, cat)}" class="news-link"><span class="news-title">{t}</span></a>
 <div class="news-date">{mdy(day)}</div>
 <p class="news-summary">{lorem(t, 20)}</p>
</li>""" for day, nid, t in items)
    return f"""<section class="widget news" id="{css_id}"><h2 class="widget-title">{title}</h2>
<ul class="news-list">{lis}</ul>
<a class="view-all" href="{more}">View All</a></section>"""


def _ga_home() -> str:
    events = "".join(f"""<li class="event-item">
 <div class="event-date" aria-hidden="true"><span class="month">{day:%b}</span><span class="day">{day:%d}</span></div>
 <div class="event-info"><a href="/Home/Components/Calendar/Event/{eid}/18?curm={day.month}&amp;cury={day.year}">{t}</a>
 <div class="event-time">{time_}</div></div></li>""" for day, eid, t, time_ in GA_EVENTS)
    quick = "".join(f'<li class="quick-link"><a href="{h}"><span class="icon icon-{slug(t)}"></span>{t}</a></li>' for h, t in [
        ("/residents/motor-vehicle", "Motor Vehicle"), ("/residents/property-taxes", "Pay Taxes"),
        ("/departments/land-use/building-permits", "Building Permits"), ("/residents/elections", "Elections"),
        ("/government/agendas-minutes", "Agendas & Minutes"), ("/business/bids-rfps", "Bids & RFPs"),
        ("/Home/Components/JobPosts/Job/List", "Employment"), ("/departments/public-health", "Public Health")])
    body = f"""
<section class="hero"><div class="hero-slide"><img src="/Project/Contents/Main/_design/img/hero-1.jpg" alt="Ridgeline peaks above the valley"></div>
<h1 class="hero-title">Welcome to Ridgeline County</h1></section>
<section class="quick-links"><h2 class="visually-hidden">Popular Services</h2><ul>{quick}</ul></section>
<div class="container columns">
 <div class="col-main">
 {_ga_news_block("News & Announcements", GA_NEWS, 17, "/News-Announcements", "news-main")}
 {_ga_news_block("Public Notices", GA_NOTICES, 23, "/Public-Notices", "news-notices")}
 </div>
 <div class="col-side">
 <section class="widget events"><h2 class="widget-title">Upcoming Events</h2><ul class="event-list">{events}</ul>
 <a class="view-all" href="/Home/Components/Calendar/Event/Index">View Calendar</a></section>
 {_ga_news_block("Sheriff's Office News", GA_SHERIFF, 31, "/Sheriffs-Office-News", "news-sheriff")}
 <section class="widget social-feed"><h2 class="widget-title">Follow Us</h2><p>Find updates from Ridgeline County on Facebook and Nextdoor.</p></section>
 </div>
</div>"""
    return _ga_shell("Ridgeline County, CO - Official Website", body)


def _ga_list(title: str, items: list[tuple[dt.date, int, str]], cat: int) -> str:
    lis = "".join(f"""<div class="list-item">
 <h2 class="list-title"><a href="{_ga_news_url(nid, cat)}">{t}</a></h2>
 <div class="list-date">Posted on {mdy(day)}</div>
 <div class="list-summary">{lorem(t + "x", 30)}</div></div>""" for day, nid, t in items)
    body = f"""<div class="container"><nav class="breadcrumbs"><a href="/">Home</a> › {title}</nav>
<h1>{title}</h1><div class="news-list-page">{lis}</div>
<div class="pagination"><span class="current">1</span></div></div>"""
    return _ga_shell(f"{title} - Ridgeline County, CO", body)


def granicus() -> BlindSite:
    pages = {"/": _ga_home(),
             "/News-Announcements": _ga_list("News & Announcements", GA_NEWS, 17),
             "/Public-Notices": _ga_list("Public Notices", GA_NOTICES, 23),
             "/Sheriffs-Office-News": _ga_list("Sheriff's Office News", GA_SHERIFF, 31)}
    return BlindSite("granicus", GA_HOST, "Ridgeline County, CO", pages, Truth(
        # one stale column fails nothing but names the site stale (rules.STATUS_OF_FINDING:
        # a column_stale finding is the stale status, passing or not)
        status="stale", passed=True, last_updated=d(3),
        must=frozenset({"column_stale"}),
        must_not=FRESH_MUST_NOT,
        columns=(
            ColumnTruth("News & Announcements", ("news",), d(3)),
            ColumnTruth("Public Notices", ("notice",), d(17)),
            ColumnTruth("Upcoming Events", ("other",), ANY),
            # 10/12/2026 is 12 October (a US county): 45 days, a stale news column
            ColumnTruth("Sheriff's Office News", ("news",), d(45)),
        ),
        home_status="healthy",
        home_last_updated=d(3),
        home_must_not=FRESH_MUST_NOT,
    ))


# ===========================================================================
# 3. US state agency on USWDS (Drupal 10): Press releases with <time datetime>
# ===========================================================================

US_HOST = "www.pembertondot.gov"

US_MENU = {
    "Travel": ["Road conditions", "Traffic cameras", "Winter driving", "Rest areas",
               "Truck parking", "Transit", "Bicycling and walking", "Airports"],
    "Projects": ["Current projects", "Statewide Transportation Improvement Program",
                 "Bridge program", "Safety program", "Corridor studies", "Maps and data"],
    "Doing business": ["Bid letting", "Consultant services", "Disadvantaged Business Enterprise",
                       "Permits", "Right of way", "Standard specifications"],
    "Driver and vehicles": ["Driver licenses", "Vehicle registration", "REAL ID",
                            "Commercial vehicles", "Oversize loads"],
    "About": ["Leadership", "Districts", "Careers", "Budget", "Transportation Commission",
              "Contact us", "Public records"],
}

US_RELEASES = [
    (d(2), "pemberton-dot-urges-drivers-prepare-thanksgiving-travel-winter-storm",
     "Pemberton DOT urges drivers to prepare for Thanksgiving travel as winter storm nears"),
    (d(6), "overnight-lane-closures-i-84-cascade-river-bridge-begin-dec-1",
     "Overnight lane closures on I-84 Cascade River Bridge begin Dec. 1"),
    (d(9), "transportation-commission-approves-2027-2030-stip",
     "Transportation Commission approves 2027-2030 STIP"),
    (d(15), "us-30-roundabout-opens-ahead-of-schedule",
     "US 30 roundabout at Mill Creek Road opens ahead of schedule"),
    (d(30), "snowplow-naming-contest-winners-announced",
     "Snowplow naming contest winners announced"),
    (d(57), "pemberton-dot-awards-safe-routes-school-grants",
     "Pemberton DOT awards $4.2 million in Safe Routes to School grants"),
]
US_PROJECTS = [
    (d(8), "i-84-cascade-river-bridge", "I-84 Cascade River Bridge: overnight closures start Dec. 7"),
    (d(19), "sr-12-pass-widening", "SR 12 pass widening: work paused for winter"),
    (d(36), "us-30-mill-creek", "US 30 Mill Creek roundabout: project complete"),
]
US_NOTICES = [
    (d(14), d(-18), "notice-public-hearing-us-30-corridor-study",
     "Notice of public hearing: US 30 corridor study"),
    (d(27), d(-4), "draft-environmental-assessment-sr-12",
     "Draft environmental assessment: SR 12 pass widening"),
    (d(49), d(19), "notice-intent-relinquish-old-highway-9",
     "Notice of intent to relinquish Old Highway 9 to Harlan County"),
]
US_MEETINGS = [
    (d(-13), "transportation-commission-december-meeting", "Transportation Commission December meeting", "9 a.m."),
    (d(-19), "us-30-corridor-study-open-house", "US 30 corridor study open house", "5:30 to 7:30 p.m."),
    (d(-42), "bicycle-pedestrian-advisory-committee", "Bicycle and Pedestrian Advisory Committee", "1 p.m."),
]


def _us_shell(title: str, body: str) -> str:
    names = ["usa-banner", "usa-header", "usa-nav", "usa-megamenu", "usa-collection",
             "usa-card", "usa-footer", "usa-alert", "usa-button", "usa-hero", "usa-link",
             "usa-section"]
    nav = []
    for i, (sec, links) in enumerate(menu_links(US_MENU).items(), start=1):
        half = (len(links) + 1) // 2
        cols = "".join("<div class=\"usa-col\"><ul class=\"usa-nav__submenu-list\">" + "".join(
            f'<li class="usa-nav__submenu-item"><a href="{h}">{t}</a></li>' for h, t in part)
                       + "</ul></div>" for part in (links[:half], links[half:]))
        nav.append(f"""<li class="usa-nav__primary-item"><button type="button" class="usa-accordion__button usa-nav__link" aria-expanded="false" aria-controls="basic-mega-nav-section-{i}"><span>{sec}</span></button>
<div id="basic-mega-nav-section-{i}" class="usa-nav__submenu usa-megamenu" hidden><div class="grid-row grid-gap-4">{cols}</div></div></li>""")
    settings = ('{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/1","isFront":true},'
                '"pluralDelimiter":"\\u0003","google_analytics":{"account":"G-PDT2026X"},'
                '"ajaxTrustedUrl":{"\\/search":true},"user":{"uid":0,"permissionsHash":"'
                + "a3f9" * 16 + '"}}')
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://{US_HOST}/">
<title>{title}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3Pq9uswds.css?delta=0&amp;language=en&amp;theme=pdot_uswds">
<style>{css("", names, 110)}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script async type="text/javascript" id="_fed_an_ua_tag" src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=PDOT"></script>
</head>
<body class="path-frontpage">
<a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the State of Pemberton">
<div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner">
<div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/themes/custom/pdot_uswds/img/pemberton-flag.svg" alt=""></div>
<div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">An official website of the State of Pemberton</p>
<p class="usa-banner__header-action">Here's how you know</p></div>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default"><span class="usa-banner__button-text">Here's how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden>
<div class="grid-row grid-gap-lg"><div class="usa-banner__guidance tablet:grid-col-6"><p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p></div>
<div class="usa-banner__guidance tablet:grid-col-6"><p><strong>Secure .gov websites use HTTPS</strong><br>A lock or https:// means you've safely connected to the .gov website.</p></div></div></div></div></section>
<div class="usa-overlay"></div>
<header class="usa-header usa-header--extended">
<div class="usa-navbar"><div class="usa-logo" id="extended-logo"><em class="usa-logo__text"><a href="/" title="Home">Pemberton Department of Transportation</a></em></div>
<button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><button type="button" class="usa-nav__close"><img src="/themes/custom/pdot_uswds/img/usa-icons/close.svg" role="img" alt="Close"></button>
<ul class="usa-nav__primary usa-accordion">{"".join(nav)}</ul>
<div class="usa-nav__secondary"><ul class="usa-nav__secondary-links"><li class="usa-nav__secondary-item"><a href="/news">Newsroom</a></li>
<li class="usa-nav__secondary-item"><a href="/about/careers">Careers</a></li><li class="usa-nav__secondary-item"><a href="/about/contact-us">Contact us</a></li></ul>
<section aria-label="Search component"><form class="usa-search usa-search--small" role="search" action="/search"><label class="usa-sr-only" for="search-field">Search</label>
<input class="usa-input" id="search-field" type="search" name="keys"><button class="usa-button" type="submit"><img src="/themes/custom/pdot_uswds/img/usa-icons-bg/search--white.svg" class="usa-search__submit-icon" alt="Search"></button></form></section></div></div></nav>
</header>
<main class="usa-layout-docs" id="main-content">
{body}
</main>
<footer class="usa-footer usa-footer--big">
<div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><div class="grid-container"><nav class="usa-footer__nav" aria-label="Footer navigation"><div class="grid-row grid-gap-4">
<section class="usa-footer__primary-content"><h4 class="usa-footer__primary-link">Agency</h4><ul class="usa-list usa-list--unstyled">
<li class="usa-footer__secondary-link"><a href="/about/leadership">Leadership</a></li><li class="usa-footer__secondary-link"><a href="/about/districts">Districts</a></li>
<li class="usa-footer__secondary-link"><a href="/about/public-records">Public records</a></li></ul></section>
<section class="usa-footer__primary-content"><h4 class="usa-footer__primary-link">Policies</h4><ul class="usa-list usa-list--unstyled">
<li class="usa-footer__secondary-link"><a href="/accessibility">Accessibility</a></li><li class="usa-footer__secondary-link"><a href="/privacy">Privacy policy</a></li>
<li class="usa-footer__secondary-link"><a href="/title-vi">Title VI nondiscrimination</a></li><li class="usa-footer__secondary-link"><a href="/language-access">Language access</a></li></ul></section>
</div></nav></div></div>
<div class="usa-footer__secondary-section"><div class="grid-container"><div class="usa-footer__logo"><img class="usa-footer__logo-img" src="/themes/custom/pdot_uswds/img/pdot-logo.svg" alt="">
<p class="usa-footer__logo-heading">Pemberton Department of Transportation</p></div>
<address class="usa-footer__address"><p>355 Capitol Street NE, Salem Falls, PB 97301</p><a href="tel:1-503-555-0100">(503) 555-0100</a></address></div></div>
</footer>
<script src="/sites/default/files/js/js_uswds_init.js"></script>
<script src="/themes/custom/pdot_uswds/assets/js/uswds.min.js?v=3.8.1"></script>
</body>
</html>"""


def _us_collection(items: list[tuple[dt.date, str, str]], base: str, tag: str = "Press release") -> str:
    lis = "".join(f"""<li class="usa-collection__item"><div class="usa-collection__body">
<h3 class="usa-collection__heading"><a class="usa-link" href="{base}/{s}">{t}</a></h3>
<p class="usa-collection__description">{lorem(t, 22)}</p>
<ul class="usa-collection__meta" aria-label="More information"><li class="usa-collection__meta-item"><time datetime="{day.isoformat()}T12:00:00Z">{ap(day)}</time></li>
<li class="usa-collection__meta-item usa-tag">{tag}</li></ul></div></li>""" for day, s, t in items)
    return f'<ul class="usa-collection">{lis}</ul>'


def _us_home() -> str:
    notices = "".join(f"""<li class="usa-collection__item"><div class="usa-collection__body">
<h3 class="usa-collection__heading"><a class="usa-link" href="/public-notices/{s}">{t}</a></h3>
<ul class="usa-collection__meta"><li class="usa-collection__meta-item">Posted <time datetime="{p.isoformat()}">{ap(p)}</time></li>
<li class="usa-collection__meta-item">Comments due {ap(due)}</li></ul></div></li>""" for p, due, s, t in US_NOTICES[:2])
    meetings = "".join(f"""<li class="usa-collection__item"><div class="usa-collection__calendar-date"><time datetime="{day.isoformat()}">
<span class="usa-collection__calendar-date-month">{day:%b}</span><span class="usa-collection__calendar-date-day">{day.day}</span></time></div>
<div class="usa-collection__body"><h3 class="usa-collection__heading"><a class="usa-link" href="/public-meetings/{s}">{t}</a></h3>
<p class="usa-collection__description">{ap(day)}, {time_}</p></div></li>""" for day, s, t, time_ in US_MEETINGS)
    cards = "".join(f"""<li class="usa-card tablet:grid-col-4"><div class="usa-card__container"><div class="usa-card__header"><h3 class="usa-card__heading">{t}</h3></div>
<div class="usa-card__body"><p>{lorem(t, 14)}</p></div><div class="usa-card__footer"><a href="{h}" class="usa-button">{b}</a></div></div></li>"""
                    for t, h, b in [("Check road conditions", "/travel/road-conditions", "PemberTrip"),
                                    ("Renew your registration", "/driver-and-vehicles/vehicle-registration", "Renew online"),
                                    ("Report a pothole", "/contact-us/report-a-problem", "Report it")])
    body = f"""
<section class="usa-hero" aria-label="Introduction"><div class="grid-container"><div class="usa-hero__callout">
<h1 class="usa-hero__heading"><span class="usa-hero__heading--alt">Keeping Pemberton moving</span></h1>
<p>Safe, reliable travel on 7,400 miles of state highway.</p><a class="usa-button" href="/travel/road-conditions">Road conditions</a></div></div></section>
<div class="usa-alert usa-alert--warning usa-alert--slim" id="block-travel-advisory"><div class="usa-alert__body"><p class="usa-alert__text">
<strong>Winter travel advisory:</strong> Snow is expected over the passes through the holiday weekend. Carry chains and check PemberTrip before you go.</p></div></div>
<section class="grid-container usa-section"><ul class="usa-card-group">{cards}</ul></section>
<section class="grid-container usa-section"><div class="grid-row grid-gap-lg">
<div class="tablet:grid-col-8">
<div id="block-views-block-press-releases-block-1" class="block block-views block-views-blockpress-releases-block-1">
<h2 class="block__title">Press releases</h2>
<div class="views-element-container"><div class="view view-press-releases view-id-press_releases view-display-id-block_1">
<div class="view-content">{_us_collection(US_RELEASES[:4], "/news/press-releases")}</div>
<div class="view-footer"><a class="usa-button usa-button--outline" href="/news/press-releases">All press releases</a></div></div></div></div>
<div id="block-views-block-project-updates-block-1" class="block block-views">
<h2 class="block__title">Project updates</h2>
<div class="view-content">{_us_collection(US_PROJECTS, "/projects", "Project update")}</div>
<div class="view-footer"><a class="usa-link" href="/projects/current-projects">All current projects</a></div></div>
</div>
<div class="tablet:grid-col-4">
<div id="block-views-block-public-notices-block-1" class="block block-views"><h2 class="block__title">Public notices</h2>
<ul class="usa-collection usa-collection--condensed">{notices}</ul><a class="usa-link" href="/public-notices">All public notices</a></div>
<div id="block-views-block-public-meetings-block-1" class="block block-views"><h2 class="block__title">Public meetings and hearings</h2>
<ul class="usa-collection usa-collection--condensed">{meetings}</ul><a class="usa-link" href="/public-meetings">All meetings</a></div>
</div></div></section>"""
    return _us_shell("Home | Pemberton Department of Transportation", body)


def _us_list(title: str, inner: str) -> str:
    body = f"""<div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
<li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link"><span>Home</span></a></li>
<li class="usa-breadcrumb__list-item"><a href="/news" class="usa-breadcrumb__link"><span>Newsroom</span></a></li>
<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>{title}</span></li></ol></nav>
<h1>{title}</h1>
<form class="views-exposed-form usa-form" action="" method="get"><label class="usa-label" for="edit-topic">Topic</label><select class="usa-select" id="edit-topic" name="topic"><option>- Any -</option>
<option>Construction</option><option>Safety</option><option>Winter</option><option>Funding</option></select><button class="usa-button">Apply</button></form>
<div class="view-content">{inner}</div>
<nav aria-label="Pagination" class="usa-pagination"><ul class="usa-pagination__list"><li class="usa-pagination__item usa-pagination__page-no"><a href="?page=0" class="usa-pagination__button usa-current" aria-current="page">1</a></li>
<li class="usa-pagination__item usa-pagination__page-no"><a href="?page=1" class="usa-pagination__button">2</a></li>
<li class="usa-pagination__item usa-pagination__arrow"><a href="?page=1" class="usa-pagination__link usa-pagination__next-page"><span class="usa-pagination__link-text">Next</span></a></li></ul></nav></div>"""
    return _us_shell(f"{title} | Pemberton Department of Transportation", body)


def _us_release(day: dt.date, s: str, t: str) -> str:
    related = _us_collection([r for r in US_RELEASES if r[1] != s][:3], "/news/press-releases")
    body = f"""<div class="grid-container"><div class="grid-row grid-gap-lg"><article class="tablet:grid-col-8 usa-prose">
<p class="usa-tag">Press release</p><h1>{t}</h1>
<p class="text-base">SALEM FALLS — <time datetime="{day.isoformat()}T12:00:00Z">{ap(day)}</time></p>
<p>{lorem(t, 140)}</p><p>{lorem(t + "b", 110)}</p>
<h2>Media contact</h2><p>Dana Whitcomb, Public Information Officer, 503-555-0123</p></article>
<aside class="tablet:grid-col-4"><h2>Related press releases</h2>{related}</aside></div></div>"""
    return _us_shell(f"{t} | Pemberton Department of Transportation", body)


def uswds() -> BlindSite:
    notices_inner = "".join(f"""<div class="usa-summary-box margin-bottom-2"><div class="usa-summary-box__body">
<h2 class="usa-summary-box__heading"><a href="/public-notices/{s}">{t}</a></h2>
<p class="usa-summary-box__text">Posted <time datetime="{p.isoformat()}">{ap(p)}</time> · Comments due {ap(due)}</p></div></div>"""
                            for p, due, s, t in US_NOTICES)
    pages = {"/": _us_home(),
             "/news/press-releases": _us_list("Press releases", _us_collection(US_RELEASES, "/news/press-releases")),
             "/public-notices": _us_list("Public notices", notices_inner),
             "/projects/current-projects": _us_list("Current projects", _us_collection(US_PROJECTS, "/projects", "Project update"))}
    for day, s, t in US_RELEASES:
        pages[f"/news/press-releases/{s}"] = _us_release(day, s, t)
    return BlindSite("uswds", US_HOST, "Pemberton Department of Transportation", pages, Truth(
        status="healthy", passed=True, last_updated=d(2),
        must_not=FRESH_MUST_NOT | {"column_stale"},
        columns=(
            ColumnTruth("Press releases", ("news",), d(2)),
            # an update's title names the day work starts ("Dec. 7"): no update, no typo
            ColumnTruth("Project updates", ("news", "other"), d(8)),
            ColumnTruth("Public notices", ("notice",), d(14)),
            ColumnTruth("Public meetings and hearings", ("other",), ANY),
        ),
        home_last_updated=d(2),
        home_must_not=FRESH_MUST_NOT,
        page_dates={f"/news/press-releases/{US_RELEASES[0][1]}": d(2)},
    ), scheme="http")


# ===========================================================================
# 4. UK district council, GOV.UK Frontend: "Published: 24 November 2026"
# ===========================================================================

UK_HOST = "www.hartsmere.gov.uk"

UK_NEWS = [
    (d(2), "christmas-and-new-year-bin-collection-changes", "Christmas and New Year bin collection changes"),
    (d(6), "free-parking-in-council-car-parks-on-december-saturdays", "Free parking in council car parks on December Saturdays"),
    (d(9), "council-tax-support-scheme-2027-to-2028-agreed", "Council Tax Support scheme for 2027 to 2028 agreed"),
    (d(15), "new-play-area-opens-at-ashby-recreation-ground", "New play area opens at Ashby Recreation Ground"),
    (d(22), "warm-spaces-open-across-the-district-this-winter", "Warm spaces open across the district this winter"),
    (d(35), "garden-waste-subscriptions-for-2027-now-open", "Garden waste subscriptions for 2027 now open"),
]
UK_NOTICES = [
    (d(13), "notice-of-poll-ashby-ward-by-election", "Notice of poll: Ashby ward by-election"),
    (d(16), "temporary-road-closure-high-street-hartsmere", "Temporary road closure: High Street, Hartsmere (Traffic Regulation Order)"),
    (d(20), "statement-of-persons-nominated-ashby-ward", "Statement of persons nominated: Ashby ward"),
    (d(41), "notice-of-conclusion-of-audit-2025-to-2026", "Notice of conclusion of audit 2025 to 2026"),
]
UK_CONSULT = [
    (d(14), d(-50), "local-plan-regulation-18-consultation", "Local Plan Regulation 18 consultation"),
    (d(28), d(-12), "draft-tenancy-strategy-2027-to-2032", "Draft Tenancy Strategy 2027 to 2032"),
]
UK_TASKS = {
    "Bins and recycling": ["Find your bin collection day", "Report a missed bin", "Order a new bin", "Garden waste"],
    "Council Tax": ["Pay your Council Tax", "Council Tax bands and charges", "Discounts and exemptions", "Moving home"],
    "Planning and building control": ["View and comment on planning applications", "Apply for planning permission", "Local Plan", "Building control"],
    "Housing": ["Apply for social housing", "Homelessness advice", "Housing benefit", "Report damp and mould"],
    "Parking": ["Pay a parking fine", "Parking permits", "Council car parks"],
    "Benefits": ["Council Tax Support", "Discretionary housing payments", "Household Support Fund"],
    "Environment": ["Report fly-tipping", "Noise complaints", "Pest control", "Air quality"],
    "Licensing": ["Taxi and private hire", "Alcohol and entertainment", "Animal licences"],
    "Leisure and culture": ["Leisure centres", "Parks and open spaces", "Museums"],
}


def _uk_shell(title: str, body: str, crumbs: str = "") -> str:
    names = ["govuk-header", "govuk-footer", "govuk-link", "govuk-heading-l", "govuk-grid-row",
             "govuk-grid-column-one-third", "govuk-cookie-banner", "govuk-button", "hdc-card",
             "hdc-news", "govuk-body-s", "govuk-list"]
    return f"""<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#0b0c0c">
<link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
<link rel="stylesheet" href="/assets/css/govuk-frontend-5.7.1.min.css">
<style>{css("", names, 100)}</style>
</head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Hartsmere District Council">
<div class="govuk-cookie-banner__message govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Hartsmere District Council</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We'd like to set additional cookies to understand how you use the website and improve our services.</p></div></div></div>
<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button">Accept additional cookies</button>
<button type="button" class="govuk-button" data-module="govuk-button">Reject additional cookies</button>
<a class="govuk-link" href="/cookies">View cookies</a></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container">
<div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage"><img src="/assets/images/hdc-logo-white.svg" alt="Hartsmere District Council" height="40"></a></div>
<div class="govuk-header__content"><nav aria-label="Menu" class="govuk-header__navigation">
<button type="button" class="govuk-header__menu-button govuk-js-header-toggle" aria-controls="navigation" hidden>Menu</button>
<ul id="navigation" class="govuk-header__navigation-list">
<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/services">Services</a></li>
<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/news">News</a></li>
<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/council-and-democracy">Council and democracy</a></li>
<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/contact-us">Contact us</a></li>
<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/my-account">My account</a></li></ul></nav></div></div></header>
<div class="govuk-width-container">
{crumbs}
<main class="govuk-main-wrapper" id="main-content" role="main">
{body}
</main></div>
<footer class="govuk-footer"><div class="govuk-width-container">
<div class="govuk-footer__navigation"><div class="govuk-footer__section govuk-grid-column-one-half"><h2 class="govuk-footer__heading govuk-heading-m">Popular</h2>
<ul class="govuk-footer__list govuk-footer__list--columns-2"><li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/jobs">Jobs</a></li>
<li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/council-and-democracy/councillors">Find your councillor</a></li>
<li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/council-and-democracy/meetings">Committee meetings</a></li>
<li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/council-and-democracy/freedom-of-information">Freedom of information</a></li></ul></div>
<div class="govuk-footer__section govuk-grid-column-one-half"><h2 class="govuk-footer__heading govuk-heading-m">Follow us</h2>
<ul class="govuk-footer__list"><li class="govuk-footer__list-item"><a class="govuk-footer__link" href="https://www.facebook.com/HartsmereDC">Facebook</a></li>
<li class="govuk-footer__list-item"><a class="govuk-footer__link" href="https://www.instagram.com/hartsmeredc">Instagram</a></li></ul></div></div>
<hr class="govuk-footer__section-break">
<div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list"><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/accessibility-statement">Accessibility statement</a></li>
<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cookies">Cookies</a></li>
<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/privacy-notice">Privacy notice</a></li></ul>
<p class="govuk-body-s">Hartsmere District Council, Council Offices, Station Road, Hartsmere, HM4 2AB. Telephone 01234 567890.</p></div>
<div class="govuk-footer__meta-item">© Hartsmere District Council 2026</div></div></div></footer>
<script type="module" src="/assets/js/govuk-frontend-5.7.1.min.js"></script>
<script type="module">import {{ initAll }} from '/assets/js/govuk-frontend-5.7.1.min.js'; initAll();</script>
</body></html>"""


def _uk_home() -> str:
    tasks = "".join(f"""<div class="govuk-grid-column-one-third hdc-card"><h2 class="govuk-heading-s"><a class="govuk-link" href="/{slug(k)}">{k}</a></h2>
<ul class="govuk-list">{"".join(f'<li><a class="govuk-link" href="/{slug(k)}/{slug(x)}">{x}</a></li>' for x in v)}</ul></div>"""
                    for k, v in UK_TASKS.items())
    news = "".join(f"""<div class="govuk-grid-column-one-third hdc-news"><img src="/media/news/{s}-640.jpg" alt="">
<h3 class="govuk-heading-s"><a class="govuk-link" href="/news/{day.year}/{day.month:02d}/{s}">{t}</a></h3>
<p class="govuk-body-s">Published: {long_uk(day)}</p><p class="govuk-body">{lorem(t, 18)}</p></div>""" for day, s, t in UK_NEWS[:3])
    notices = "".join(f"""<li><a class="govuk-link" href="/public-notices/{s}">{t}</a><br><span class="govuk-body-s">Published: {long_uk(day)}</span></li>"""
                      for day, s, t in UK_NOTICES[:3])
    consult = "".join(f"""<li><a class="govuk-link" href="/consultations/{s}">{t}</a><br><span class="govuk-body-s">Closing date: {long_uk(close)}</span></li>"""
                      for _o, close, s, t in UK_CONSULT)
    body = f"""
<h1 class="govuk-heading-xl govuk-visually-hidden">Hartsmere District Council</h1>
<form action="/search" method="get" class="hdc-search"><label class="govuk-label govuk-label--m" for="search-main">What are you looking for?</label>
<input class="govuk-input" id="search-main" name="q" type="search"><button class="govuk-button">Search</button></form>
<div class="govuk-notification-banner" role="region" aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner">
<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">Important</h2></div>
<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Bin collections will move by one day over Christmas. <a class="govuk-notification-banner__link" href="/bins-and-recycling/christmas-collections">Check your new collection day</a>.</p></div></div>
<div class="govuk-grid-row">{tasks}</div>
<hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible">
<h2 class="govuk-heading-l">Latest news</h2>
<div class="govuk-grid-row">{news}</div>
<p class="govuk-body"><a class="govuk-link" href="/news">More news</a></p>
<div class="govuk-grid-row">
<div class="govuk-grid-column-one-half"><h2 class="govuk-heading-m">Public notices</h2><ul class="govuk-list govuk-list--spaced">{notices}</ul>
<p class="govuk-body"><a class="govuk-link" href="/public-notices">All public notices</a></p></div>
<div class="govuk-grid-column-one-half"><h2 class="govuk-heading-m">Have your say</h2><ul class="govuk-list govuk-list--spaced">{consult}</ul>
<p class="govuk-body"><a class="govuk-link" href="/consultations">All consultations</a></p></div></div>"""
    return _uk_shell("Hartsmere District Council", body)


def _uk_list(title: str, lis: str) -> str:
    crumbs = f"""<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
<li class="govuk-breadcrumbs__list-item">{title}</li></ol></nav>"""
    body = f"""<h1 class="govuk-heading-xl">{title}</h1><ul class="govuk-list hdc-results">{lis}</ul>
<nav class="govuk-pagination" aria-label="Pagination"><ul class="govuk-pagination__list"><li class="govuk-pagination__item govuk-pagination__item--current"><a class="govuk-link govuk-pagination__link" href="?page=1" aria-current="page">1</a></li>
<li class="govuk-pagination__item"><a class="govuk-link govuk-pagination__link" href="?page=2">2</a></li></ul>
<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="?page=2" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span></a></div></nav>"""
    return _uk_shell(f"{title} - Hartsmere District Council", body, crumbs)


def _uk_article(day: dt.date, s: str, t: str) -> str:
    body = f"""<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><span class="govuk-caption-l">News</span>
<h1 class="govuk-heading-xl">{t}</h1><p class="govuk-body-s">Published: {long_uk(day)}</p>
<p class="govuk-body-l">{lorem(t, 40)}</p><p class="govuk-body">{lorem(t + "c", 130)}</p>
<h2 class="govuk-heading-m">Media enquiries</h2><p class="govuk-body">Email communications@hartsmere.gov.uk</p></div>
<div class="govuk-grid-column-one-third"><aside class="app-related-items" role="complementary"><h2 class="govuk-heading-m">Related content</h2>
<ul class="govuk-list govuk-!-font-size-16"><li><a class="govuk-link" href="/bins-and-recycling">Bins and recycling</a></li>
<li><a class="govuk-link" href="/news">All news</a></li></ul></aside></div></div>"""
    return _uk_shell(f"{t} - Hartsmere District Council", body)


def uk_council() -> BlindSite:
    news_lis = "".join(f"""<li class="govuk-!-margin-bottom-6"><h2 class="govuk-heading-m"><a class="govuk-link" href="/news/{day.year}/{day.month:02d}/{s}">{t}</a></h2>
<p class="govuk-body-s">Published: {long_uk(day)}</p><p class="govuk-body">{lorem(t, 24)}</p></li>""" for day, s, t in UK_NEWS)
    not_lis = "".join(f"""<li class="govuk-!-margin-bottom-6"><h2 class="govuk-heading-m"><a class="govuk-link" href="/public-notices/{s}">{t}</a></h2>
<p class="govuk-body-s">Published: {long_uk(day)}</p></li>""" for day, s, t in UK_NOTICES)
    con_lis = "".join(f"""<li class="govuk-!-margin-bottom-6"><h2 class="govuk-heading-m"><a class="govuk-link" href="/consultations/{s}">{t}</a></h2>
<dl class="govuk-summary-list govuk-summary-list--no-border"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Opened</dt><dd class="govuk-summary-list__value">{long_uk(o)}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Closing date</dt><dd class="govuk-summary-list__value">{long_uk(c)}</dd></div></dl></li>"""
                      for o, c, s, t in UK_CONSULT)
    pages = {"/": _uk_home(), "/news": _uk_list("News", news_lis),
             "/public-notices": _uk_list("Public notices", not_lis),
             "/consultations": _uk_list("Consultations", con_lis)}
    for day, s, t in UK_NEWS:
        pages[f"/news/{day.year}/{day.month:02d}/{s}"] = _uk_article(day, s, t)
    first = UK_NEWS[0]
    return BlindSite("uk_council", UK_HOST, "Hartsmere District Council", pages, Truth(
        status="healthy", passed=True, last_updated=d(2),
        must_not=FRESH_MUST_NOT | {"column_stale"},
        columns=(
            ColumnTruth("Latest news", ("news",), d(2)),
            ColumnTruth("Public notices", ("notice",), d(13)),
            # consultations close ahead; they opened d(14)
            ColumnTruth("Have your say", ("interaction", "other"), ANY),
        ),
        home_last_updated=d(2),
        home_must_not=FRESH_MUST_NOT,
        page_dates={f"/news/{first[0].year}/{first[0].month:02d}/{first[1]}": d(2)},
    ))


# ===========================================================================
# 5. Australian state department: "Media releases" dd/mm/yyyy
# ===========================================================================

AU_HOST = "www.des.tas.gov.au"

AU_RELEASES = [
    (d(2), "record-number-of-students-complete-vet-in-schools-2026", "Record number of students complete VET in Schools in 2026"),
    (d(7), "new-learning-hub-for-launceston-north", "New learning hub for Launceston North"),
    (d(14), "teaching-excellence-awards-finalists-announced", "Teaching Excellence Awards finalists announced"),
    (d(21), "free-tafe-places-extended-to-2027", "Fee-free TasTAFE places extended into 2027"),
    (d(28), "school-crossing-safety-campaign-launched", "School crossing safety campaign launched"),
]
AU_NOTICES = [
    (d(23), "2027-school-term-dates-confirmed", "2027 school term dates confirmed"),         # 03/11/2026
    (d(49), "changes-to-student-transport-eligibility", "Changes to student transport eligibility"),  # 08/10/2026
    (d(76), "enrolment-applications-for-2027-kindergarten", "Enrolment applications for 2027 Kindergarten now open"),  # 11/09/2026
]
AU_EVENTS = [
    (d(-8), "teaching-excellence-awards-ceremony", "Teaching Excellence Awards ceremony"),
    (d(-15), "school-leavers-careers-expo-hobart", "School leavers careers expo, Hobart"),
]


def _au_shell(title: str, body: str) -> str:
    names = ["tas-header", "tas-nav", "mega", "tile", "media-list", "date", "footer", "aoc",
             "breadcrumbs", "search", "btn", "card"]
    sections = {
        "Parents and families": ["Enrolling in school", "School term dates", "Student transport", "Student wellbeing",
                                 "Learning at home", "Fees and levies", "Student support"],
        "Students": ["Years 11 and 12", "VET in Schools", "Scholarships", "Careers", "Student voice"],
        "Schools and colleges": ["Find a school", "School performance", "Building projects", "School associations"],
        "Working with us": ["Teaching careers", "Vacancies", "Relief teaching", "Professional learning", "Registration"],
        "About us": ["Secretary", "Strategic plan", "Annual reports", "Right to Information", "Policies and procedures", "Contact us"],
    }
    nav = "".join(f'<li class="tas-nav__item"><a href="/{slug(k)}">{k}</a><div class="mega"><ul>'
                  + "".join(f'<li><a href="/{slug(k)}/{slug(x)}">{x}</a></li>' for x in v) + "</ul></div></li>"
                  for k, v in sections.items())
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="DCTERMS.creator" content="Department for Education and Skills, Tasmania">
<link rel="stylesheet" href="/__data/assets/git_bridge/0030/1234/dist/main.css?v=0.4.12">
<style>{css("", names, 150)}</style>
{ga_script("G-TAS21DES")}
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header class="tas-header"><div class="tas-header__logo"><a href="https://www.tas.gov.au/"><img src="/__data/assets/image/0011/100/tas-gov-logo.svg" alt="Tasmanian Government"></a>
<a href="/"><span class="tas-header__title">Department for Education and Skills</span></a></div>
<form class="search" action="/search" role="search"><input type="search" name="query" aria-label="Search"><button class="btn">Search</button></form>
<nav class="tas-nav" aria-label="Main"><ul>{nav}</ul></nav></header>
<main id="content">{body}</main>
<footer class="footer"><div class="aoc"><p>The Department for Education and Skills acknowledges the Tasmanian Aboriginal people as the traditional custodians of lutruwita (Tasmania). We pay our respects to Elders past and present.</p></div>
<ul class="footer__links"><li><a href="/about-us/contact-us">Contact us</a></li><li><a href="/copyright">Copyright</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/accessibility">Accessibility</a></li><li><a href="/disclaimer">Disclaimer</a></li></ul>
<p>© State of Tasmania 2026</p><p class="footer__updated">Page last updated: {short_uk(d(1))}</p></footer>
<script src="/__data/assets/git_bridge/0030/1234/dist/main.js?v=0.4.12"></script>
</body></html>"""


def _au_home() -> str:
    rel = "".join(f"""<li class="media-list__item"><a href="/news/media-releases/{s}">{t}</a><span class="date">{dmy(day)}</span></li>"""
                  for day, s, t in AU_RELEASES[:4])
    notes = "".join(f"""<li class="media-list__item"><span class="date">{dmy(day)}</span><a href="/news/notices/{s}">{t}</a></li>"""
                    for day, s, t in AU_NOTICES)
    events = "".join(f"""<li class="card"><a href="/news/events/{s}"><h3>{t}</h3><p class="date">{dmy(day)}</p></a></li>"""
                     for day, s, t in AU_EVENTS)
    tiles = "".join(f'<li class="tile"><a href="/{slug(t)}"><img src="/__data/assets/image/0020/{300 + i}/tile.png" alt=""><span>{t}</span></a></li>'
                    for i, t in enumerate(["Find a school", "School term dates", "Enrolment", "Student transport",
                                           "Vacancies", "Report a concern", "Policies", "Contact us"]))
    body = f"""<section class="hero"><h1>Learners first: every learner, every day</h1></section>
<ul class="tiles">{tiles}</ul>
<div class="row"><section class="col"><h2>Media releases</h2><ul class="media-list">{rel}</ul><a class="more" href="/news/media-releases">View all media releases</a></section>
<section class="col"><h2>Notices and announcements</h2><ul class="media-list">{notes}</ul><a class="more" href="/news/notices">View all notices</a></section>
<section class="col"><h2>Upcoming events</h2><ul class="cards">{events}</ul><a class="more" href="/news/events">View all events</a></section></div>"""
    return _au_shell("Department for Education and Skills", body)


def au_department() -> BlindSite:
    rel_list = "".join(f"""<article class="media-list__item"><h2><a href="/news/media-releases/{s}">{t}</a></h2>
<p class="meta">Media release | <span class="date">{dmy(day)}</span></p><p>{lorem(t, 30)}</p></article>""" for day, s, t in AU_RELEASES)
    not_list = "".join(f"""<article class="media-list__item"><h2><a href="/news/notices/{s}">{t}</a></h2>
<p class="meta"><span class="date">{dmy(day)}</span></p><p>{lorem(t, 30)}</p></article>""" for day, s, t in AU_NOTICES)
    pages = {"/": _au_home(),
             "/news/media-releases": _au_shell("Media releases | Department for Education and Skills",
                                               f"<h1>Media releases</h1><div class=\"media-list\">{rel_list}</div>"),
             "/news/notices": _au_shell("Notices and announcements | Department for Education and Skills",
                                        f"<h1>Notices and announcements</h1><div class=\"media-list\">{not_list}</div>")}
    return BlindSite("au_department", AU_HOST, "Department for Education and Skills, Tasmania", pages, Truth(
        status="healthy", passed=True, last_updated=d(2),
        must_not=FRESH_MUST_NOT | {"column_stale"},
        columns=(
            ColumnTruth("Media releases", ("news",), d(2)),
            # 03/11/2026 is 3 November; 11/09/2026 is 11 September
            ColumnTruth("Notices and announcements", ("notice",), d(23)),
            ColumnTruth("Upcoming events", ("other",), ANY),
        ),
        home_last_updated=d(2),
        home_must_not=FRESH_MUST_NOT,
    ))


# ===========================================================================
# 6. New Zealand district council, d Month yyyy: stale for three weeks
# ===========================================================================

NZ_HOST = "www.whakaoriori.govt.nz"

NZ_NEWS = [
    (d(27), "mayoral-relief-fund-opens-for-flood-affected-farms", "Mayoral relief fund opens for flood-affected farms"),
    (d(34), "taihape-road-slip-repairs-underway", "Taihape Road slip repairs underway"),
    (d(41), "dog-registration-fees-for-2027", "Dog registration fees for 2027"),
    (d(55), "new-library-hours-from-october", "New library hours from October"),
]
NZ_NOTICES = [
    (d(24), "road-closure-notice-mangaweka-a-and-p-show", "Road closure notice: Mangaweka A&P Show"),
    (d(38), "notice-of-council-meeting-schedule-2027", "Notice of Council meeting schedule 2027"),
    (d(60), "public-notice-alcohol-licence-application-ohingaiti-tavern", "Public notice: alcohol licence application, Ohingaiti Tavern"),
]
NZ_EVENTS = [
    (d(-9), "christmas-in-the-park-marton", "Christmas in the Park, Marton"),
    (d(-17), "summer-reading-challenge-launch", "Summer Reading Challenge launch"),
]
NZ_CONSULT = [(d(-12), "draft-speed-management-plan", "Draft Speed Management Plan"),
              (d(-40), "dog-control-bylaw-review", "Dog Control Bylaw review")]


def _nz_shell(title: str, body: str) -> str:
    names = ["header", "nav", "mega-menu", "tile", "news-card", "notice", "event", "footer",
             "alert", "consult", "btn", "breadcrumb"]
    services = ["Rubbish and recycling", "Water supply", "Roads and footpaths", "Dogs and animals",
                "Rates", "Building consents", "Resource consents", "Libraries", "Swimming pools",
                "Parks and reserves", "Cemeteries", "Civil Defence", "Food and alcohol licensing",
                "Noise control", "Housing for older people", "Halls and venues"]
    nav = "".join(f'<li><a href="/services/{slug(s)}">{s}</a></li>' for s in services)
    return f"""<!DOCTYPE html>
<html lang="en-NZ"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/_resources/themes/wdc/dist/css/app.css?m=1731900000">
<style>{css("", names, 150)}</style></head>
<body class="HomePage">
<a href="#main" class="skip-link">Skip to main content</a>
<header class="header"><a href="/" class="logo"><img src="/_resources/themes/wdc/dist/img/logo.svg" alt="Whakaoriori District Council - Te Kaunihera o Whakaoriori"></a>
<nav class="nav" aria-label="Main"><ul><li><a href="/services">Services</a><div class="mega-menu"><ul>{nav}</ul></div></li>
<li><a href="/council">Council</a></li><li><a href="/have-your-say">Have your say</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<form action="/search" class="search"><input type="search" name="Search" placeholder="Search our site"><button>Search</button></form></header>
<main id="main">{body}</main>
<footer class="footer"><div class="footer__contact"><h2>Contact us</h2><p>Phone 06 555 0200 (24 hours)<br>Email info@whakaoriori.govt.nz<br>46 High Street, Marton 4710</p></div>
<div class="footer__links"><ul><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/copyright">Copyright</a></li>
<li><a href="https://www.facebook.com/WhakaororiDC">Facebook</a></li></ul></div>
<p class="footer__updated">This page was last updated: {long_uk(TODAY)}</p><p>© Whakaoriori District Council 2026</p></footer>
<script src="/_resources/themes/wdc/dist/js/app.js?m=1731900000"></script></body></html>"""


def _nz_home() -> str:
    news = "".join(f"""<div class="news-card"><a href="/news/{s}"><img src="/assets/News/{s}.jpg" alt=""><h3>{t}</h3></a>
<p class="news-card__date">{long_uk(day)}</p></div>""" for day, s, t in NZ_NEWS[:3])
    notices = "".join(f"""<li class="notice"><a href="/news/public-notices/{s}">{t}</a><span class="notice__date">{long_uk(day)}</span></li>"""
                      for day, s, t in NZ_NOTICES)
    events = "".join(f"""<li class="event"><span class="event__date">{day:%a} {long_uk(day)}</span><a href="/events/{s}">{t}</a></li>"""
                     for day, s, t in NZ_EVENTS)
    consult = "".join(f"""<li class="consult"><a href="/have-your-say/{s}">{t}</a><p>Consultation closes 5pm, {long_uk(c)}</p></li>"""
                      for c, s, t in NZ_CONSULT)
    tiles = "".join(f'<li class="tile"><a href="/services/{slug(t)}">{t}</a></li>' for t in
                    ["Pay my rates", "Rubbish and recycling", "Report a problem", "Dog registration",
                     "Building consents", "Water outages", "Roading updates", "Jobs at council"])
    body = f"""<section class="hero"><h1>Kia ora, welcome to Whakaoriori</h1><p>Haere mai ki te Kaunihera o Whakaoriori.</p></section>
<ul class="tiles">{tiles}</ul>
<section class="alert-box"><h2>Water supply alerts</h2><p>There are no current water supply alerts.</p></section>
<section class="news"><h2>Latest news</h2><div class="news-grid">{news}</div><a class="btn" href="/news">More news</a></section>
<div class="row"><section><h2>Public notices</h2><ul>{notices}</ul><a href="/news/public-notices">All public notices</a></section>
<section><h2>Have your say</h2><ul>{consult}</ul><a href="/have-your-say">All consultations</a></section>
<section><h2>What's on</h2><ul>{events}</ul><a href="/events">All events</a></section></div>"""
    return _nz_shell("Home | Whakaoriori District Council", body)


def nz_council() -> BlindSite:
    news_list = "".join(f"""<article class="news-card"><h2><a href="/news/{s}">{t}</a></h2><p class="news-card__date">{long_uk(day)}</p>
<p>{lorem(t, 25)}</p></article>""" for day, s, t in NZ_NEWS)
    not_list = "".join(f"""<article class="notice"><h2><a href="/news/public-notices/{s}">{t}</a></h2><p class="notice__date">{long_uk(day)}</p></article>"""
                       for day, s, t in NZ_NOTICES)
    pages = {"/": _nz_home(),
             "/news": _nz_shell("News | Whakaoriori District Council", f"<h1>News</h1>{news_list}"),
             "/news/public-notices": _nz_shell("Public notices | Whakaoriori District Council",
                                               f"<h1>Public notices</h1>{not_list}")}
    for day, s, t in NZ_NEWS:
        pages[f"/news/{s}"] = _nz_shell(f"{t} | Whakaoriori District Council",
                                        f"<article><h1>{t}</h1><p class=\"news-card__date\">{long_uk(day)}</p>"
                                        f"<p>{lorem(t, 150)}</p></article>")
    return BlindSite("nz_council", NZ_HOST, "Whakaoriori District Council", pages, Truth(
        status="stale", passed=False, last_updated=d(24),
        must=frozenset({"homepage_stale", "column_stale"}),
        must_not=frozenset({"abandoned", "hidden_links", "spam_content", "future_dated",
                            "undated", "column_empty"}),
        columns=(
            ColumnTruth("Latest news", ("news",), d(27)),
            ColumnTruth("Public notices", ("notice",), d(24)),
            ColumnTruth("Have your say", ("interaction", "other"), ANY),
            ColumnTruth("What's on", ("other",), ANY),
            # "Water supply alerts" (a heading and "There are no current water supply
            # alerts.", no list, no link) is a status box, not a column: left out
        ),
        home_last_updated=d(24),
        home_must=frozenset({"homepage_stale"}),
        home_must_not=frozenset({"abandoned", "hidden_links", "spam_content", "undated"}),
        page_dates={f"/news/{NZ_NEWS[0][1]}": d(27)},
    ))


# ===========================================================================
# 7. Singapore, Isomer (gov.sg): news cards "25 Nov 2026", footer "Last Updated"
# ===========================================================================

SG_HOST = "www.ncda.gov.sg"

SG_NEWS = [
    (d(1), "press-releases/2026-11-25-community-care-grants-2027", "Press Release",
     "Community Care Grants to support 120 more neighbourhood projects in 2027"),
    (d(4), "speeches/2026-11-22-sms-speech-at-volunteer-awards", "Speech",
     "Speech by Senior Minister of State at the Community Volunteer Awards 2026"),
    (d(9), "press-releases/2026-11-17-new-active-ageing-centres", "Press Release",
     "Six new Active Ageing Centres to open in the North-East by 2027"),
    (d(15), "forum-replies/2026-11-11-reply-on-void-deck-bookings", "Forum Reply",
     "Reply to forum letter on void deck bookings"),
    (d(23), "press-releases/2026-11-03-community-hubs-pilot", "Press Release",
     "Community hubs pilot extended to Woodlands and Sengkang"),
]


def _sg_shell(title: str, body: str) -> str:
    names = ["bp-section", "bp-container", "bp-card", "navbar", "bp-button", "sgds-masthead",
             "infopic", "footer", "is-uppercase", "has-text-weight-semibold", "row", "col"]
    menus = {"About Us": ["Who We Are", "Our Leadership", "Our Mission", "Careers"],
             "Programmes": ["Community Care Grants", "Active Ageing", "Volunteerism", "Neighbourhood Renewal"],
             "Resources": ["Publications", "Infographics", "Research"],
             "Media": ["Press Releases", "Speeches", "Forum Replies", "Parliament QAs"]}
    nav = "".join(f'<div class="navbar-item has-dropdown"><a class="navbar-link" href="/{slug(k)}/">{k}</a><div class="navbar-dropdown">'
                  + "".join(f'<a class="navbar-item sub-link" href="/{slug(k)}/{slug(x)}/">{x}</a>' for x in v) + "</div></div>"
                  for k, v in menus.items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/assets/css/styles.css"><link rel="stylesheet" href="https://assets.isomer.gov.sg/sgds/sgds.css">
<style>{css("", names, 140)}</style>
<script src="https://assets.wogaa.sg/scripts/wogaa.js" async></script></head>
<body>
<div id="masthead-sgds" class="sgds-masthead"><div class="sgds-container"><span class="sgds-icon sgds-icon-sg-crest"></span>
<span>A Singapore Government Agency Website</span> <a class="masthead-toggle" href="#identify">How to identify</a></div></div>
<nav class="navbar is-transparent"><div class="bp-container"><div class="navbar-brand"><a class="navbar-item" href="/"><img src="/images/ncda-logo.png" alt="National Community Development Agency"></a></div>
<div class="navbar-menu"><div class="navbar-start">{nav}</div><div class="navbar-end"><form action="/search/" class="search"><input name="query" placeholder="Search"></form></div></div></div></nav>
<main>{body}</main>
<footer class="footer"><div class="bp-container"><div class="row"><div class="col"><p class="footer-title">National Community Development Agency</p>
<ul><li><a href="/contact-us/">Contact Us</a></li><li><a href="https://www.reach.gov.sg/">Feedback</a></li><li><a href="/faq/">FAQ</a></li></ul></div></div>
<div class="row"><ul class="footer-links"><li><a href="https://tech.gov.sg/report_vulnerability">Report Vulnerability</a></li><li><a href="/privacy/">Privacy Statement</a></li>
<li><a href="/terms-of-use/">Terms of Use</a></li></ul><p class="has-text-white">© 2026 Government of Singapore, Last Updated {short_uk(TODAY)}</p></div></div></footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/main.js"></script></body></html>"""


def _sg_cards(items: list[tuple[dt.date, str, str, str]]) -> str:
    return "".join(f"""<a href="/media/{path}/" class="col is-half-tablet is-one-third-desktop">
<div class="bp-card is-fullheight"><div class="bp-card-content"><p class="is-uppercase has-text-weight-semibold">{cat}</p>
<h4 class="has-text-weight-bold">{t}</h4><p class="is-size-6 has-text-weight-semibold">{short_uk(day)}</p></div></div></a>"""
                   for day, path, cat, t in items)


def singapore() -> BlindSite:
    infopics = "".join(f'<div class="infopic"><img src="/images/infopic-{i}.png" alt="{t}"><h3>{t}</h3><p>{lorem(t, 20)}</p>'
                       f'<a class="bp-button" href="/programmes/{slug(t)}/">LEARN MORE</a></div>'
                       for i, t in enumerate(["Community Care Grants", "Active Ageing", "Volunteerism"]))
    home_body = f"""<section class="bp-section is-paddingless"><div class="hero-body"><h1 class="hero-title">Building caring communities together</h1>
<a class="bp-button" href="/about-us/who-we-are/">ABOUT US</a></div></section>
<section class="bp-section bg-newssection"><div class="bp-container"><h1 class="has-text-centered padding--bottom--lg"><b>Latest News</b></h1>
<div class="row is-multiline">{_sg_cards(SG_NEWS[:3])}</div>
<div class="row has-text-centered"><a href="/media/" class="bp-button is-secondary is-uppercase">MORE NEWS</a></div></div></section>
<section class="bp-section">{infopics}</section>"""
    media_body = f"""<section class="bp-section"><div class="bp-container"><h1>Media</h1>
<div class="tabs"><a href="/media/">All</a> <a href="/media/press-releases/">Press Releases</a> <a href="/media/speeches/">Speeches</a></div>
<div class="row is-multiline">{_sg_cards(SG_NEWS)}</div></div></section>"""
    pages = {"/": _sg_shell("National Community Development Agency", home_body),
             "/media/": _sg_shell("Media | National Community Development Agency", media_body)}
    for day, path, cat, t in SG_NEWS:
        pages[f"/media/{path}/"] = _sg_shell(f"{t} | NCDA", f"""<section class="bp-section"><div class="bp-container content">
<p class="is-uppercase">{cat}</p><h1>{t}</h1><p>{short_uk(day)}</p><p>{lorem(t, 140)}</p></div></section>""")
    return BlindSite("singapore", SG_HOST, "National Community Development Agency", pages, Truth(
        status="healthy", passed=True, last_updated=d(1),
        must_not=FRESH_MUST_NOT | {"column_stale"},
        columns=(ColumnTruth("Latest News", ("news",), d(1)),),
        home_last_updated=d(1),
        home_must_not=FRESH_MUST_NOT,
        page_dates={f"/media/{SG_NEWS[0][1]}/": d(1)},
    ))


# ===========================================================================
# 8. Indian state portal (NIC): What's New marquee, dd-mm-yyyy and dd.mm.yyyy
# ===========================================================================

IN_HOST = "www.vindhyagiri.gov.in"

IN_WHATSNEW = [
    (d(1), "-", "/sites/default/files/notification_winter_session_2026.pdf",
     "Notification regarding Winter Session of Vidhan Sabha / विधानसभा शीतकालीन सत्र संबंधी अधिसूचना"),
    (d(3), ".", "/sites/default/files/paddy_procurement_msp_2026.pdf",
     "Paddy procurement at MSP extended till 15.12.2026"),
    (d(6), "-", "/sites/default/files/gazette_holidays_2027.pdf",
     "Gazette notification: list of public holidays for 2027"),
    (d(8), ".", "/sites/default/files/ration_card_ekyc_order.pdf",
     "Last date for Ration Card e-KYC extended to 31.12.2026"),
    (d(12), "-", "/sites/default/files/cm_scholarship_results.pdf",
     "Result of Mukhyamantri Medhavi Chhatra Scholarship 2026"),
    (d(17), ".", "/sites/default/files/flood_relief_circular.pdf",
     "Circular: disbursement of flood relief to affected farmers"),
]
IN_TENDERS = [
    (d(5), d(-14), "Construction of 132 KV sub-station at Rampur (2nd call)", "Energy Department"),
    (d(9), d(-10), "Supply of 250 desktop computers to District Collectorates", "IT Department"),
    (d(16), d(-3), "Annual maintenance of Secretariat lifts 2027", "General Administration Department"),
]
IN_RECRUIT = [
    (d(16), d(-4), "Advertisement for the post of Data Entry Operator (Contractual)"),
    (d(30), d(10), "Recruitment of Staff Nurse under NHM / एनएचएम के अंतर्गत स्टाफ नर्स की भर्ती"),
]
IN_PRESS = [
    (d(2), "cm-inaugurates-mega-health-camp-at-satna", "CM inaugurates mega health camp at Satna"),
    (d(4), "cabinet-approves-new-tourism-policy-2026", "Cabinet approves new Tourism Policy 2026"),
    (d(10), "governor-addresses-convocation-rewa-university", "Governor addresses convocation of Rewa University"),
]


def _in_shell(title: str, body: str) -> str:
    names = ["top-bar", "gov-branding", "nav-main", "whats-new", "marquee", "tender", "box",
             "footer", "visitor", "accessibility", "dropdown", "gallery"]
    menus = {"About State": ["History", "Geography", "Demography", "Culture", "Districts", "Map"],
             "Government": ["Governor", "Chief Minister", "Council of Ministers", "Departments",
                            "Boards & Corporations", "Vidhan Sabha", "High Court", "Who's Who"],
             "Citizen Services": ["Certificates", "Land Records", "Ration Card", "Pensions",
                                  "Scholarships", "Employment Exchange", "Grievance Redressal"],
             "Documents": ["Acts & Rules", "Budget", "Annual Reports", "Gazette", "Forms"],
             "Media": ["Press Releases", "Photo Gallery", "Video Gallery", "Events"]}
    nav = "".join(f'<li class="dropdown"><a href="/{slug(k)}">{k}</a><ul class="sub-menu">'
                  + "".join(f'<li><a href="/{slug(k)}/{slug(x)}">{x}</a></li>' for x in v) + "</ul></li>"
                  for k, v in menus.items())
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/themes/s3waas/css/base.css"><link rel="stylesheet" href="/themes/s3waas/css/font-awesome.min.css">
<style>{css("", names, 120)}</style></head>
<body>
<div class="top-bar"><div class="container"><ul class="gov-links"><li><a href="https://india.gov.in" target="_blank" lang="hi">भारत सरकार</a></li>
<li><a href="https://india.gov.in" target="_blank">GOVERNMENT OF INDIA</a></li></ul>
<ul class="accessibility"><li><a href="#main-content" class="skip">Skip to main content</a></li><li><a href="/screen-reader-access">Screen Reader Access</a></li>
<li><a href="javascript:void(0);" onclick="set_font_size('decrease')">A<sup>-</sup></a></li><li><a href="javascript:void(0);" onclick="set_font_size('')">A</a></li>
<li><a href="javascript:void(0);" onclick="set_font_size('increase')">A<sup>+</sup></a></li><li><a href="/hi" lang="hi">हिन्दी</a></li><li><a href="/sitemap">Sitemap</a></li></ul></div></div>
<header class="gov-branding"><a href="/"><img src="/themes/s3waas/images/emblem.png" alt="State Emblem"></a>
<h1><span lang="hi">विंध्यगिरि सरकार</span><br>Government of Vindhyagiri</h1>
<img src="/themes/s3waas/images/cm-photo.jpg" alt="Hon'ble Chief Minister"></header>
<nav class="nav-main"><ul><li><a href="/">Home</a></li>{nav}<li><a href="/contact-us">Contact Us</a></li></ul></nav>
<div id="main-content">{body}</div>
<footer class="footer"><ul><li><a href="/website-policies">Website Policies</a></li><li><a href="/help">Help</a></li><li><a href="/feedback">Feedback</a></li>
<li><a href="/terms-conditions">Terms &amp; Conditions</a></li><li><a href="/accessibility-statement">Accessibility Statement</a></li></ul>
<p>Content owned by Department of Information Technology, Government of Vindhyagiri. Designed, Developed and Hosted by <a href="https://www.nic.in/">National Informatics Centre (NIC)</a>.</p>
<p class="visitor">Visitors: 1,24,56,789</p><p>Last Updated: {short_uk(TODAY)}</p></footer>
<script src="/themes/s3waas/js/jquery.min.js"></script><script src="/themes/s3waas/js/custom.js"></script></body></html>"""


def _in_home() -> str:
    wn = "".join(f"""<li><a href="{href}" target="_blank">{t}</a> <span class="date">({dmy(day, sep)})</span> <img src="/themes/s3waas/images/new_blink.gif" alt="new" width="28" height="11"></li>"""
                 for day, sep, href, t in IN_WHATSNEW)
    tenders = "".join(f"""<tr><td><a href="/tenders/{slug(t)}">{t}</a></td><td>{dept}</td><td>{dmy(p, "-")}</td><td>{dmy(c, "-")}</td></tr>"""
                      for p, c, t, dept in IN_TENDERS)
    recruit = "".join(f"""<li><a href="/recruitment/{slug(t)}">{t}</a><br><small>Date: {dmy(p, ".")} | Last Date: {dmy(c, ".")}</small></li>"""
                      for p, c, t in IN_RECRUIT)
    press = "".join(f"""<li><a href="/press-releases/{s}">{t}</a> <span class="date">{dmy(day, ".")}</span></li>""" for day, s, t in IN_PRESS)
    schemes = "".join(f'<li><a href="/schemes/{slug(t)}"><img src="/themes/s3waas/images/scheme-{i}.png" alt="{t}"></a></li>'
                      for i, t in enumerate(["Ladli Behna Yojana", "Kisan Samman Nidhi", "Ayushman Bharat",
                                             "PM Awas Yojana", "Jal Jeevan Mission", "Digital Vindhyagiri"]))
    body = f"""<div class="slider"><img src="/themes/s3waas/images/banner-1.jpg" alt="Sanchi Stupa"><img src="/themes/s3waas/images/banner-2.jpg" alt="Narmada ghats"></div>
<div class="container row">
<div class="box whats-new"><h2>What's New <span lang="hi">/ नया क्या है</span></h2>
<marquee direction="up" scrollamount="2" scrolldelay="80" height="240" onmouseover="this.stop();" onmouseout="this.start();"><ul>{wn}</ul></marquee>
<a class="view-all" href="/whats-new">View All</a></div>
<div class="box press"><h2>Press Releases <span lang="hi">/ प्रेस विज्ञप्ति</span></h2><ul>{press}</ul><a class="view-all" href="/press-releases">View All</a></div>
<div class="box tender"><h2>Tenders <span lang="hi">/ निविदाएं</span></h2><table><thead><tr><th>Title</th><th>Department</th><th>Published Date</th><th>Last Date of Submission</th></tr></thead>
<tbody>{tenders}</tbody></table><a class="view-all" href="/tenders">View All</a></div>
<div class="box recruit"><h2>Recruitment <span lang="hi">/ भर्ती</span></h2><ul>{recruit}</ul><a class="view-all" href="/recruitment">View All</a></div>
</div>
<div class="schemes"><h2>Flagship Schemes</h2><ul>{schemes}</ul></div>"""
    return _in_shell("Government of Vindhyagiri | Official Portal", body)


def india() -> BlindSite:
    wn_rows = "".join(f"""<tr><td>{i}</td><td>{t}</td><td>{dmy(day, sep)}</td><td><a href="{href}">Download (PDF, 240 KB)</a></td></tr>"""
                      for i, (day, sep, href, t) in enumerate(IN_WHATSNEW, start=1))
    press_rows = "".join(f"""<li><a href="/press-releases/{s}">{t}</a><p>Dated: {dmy(day, ".")}</p></li>""" for day, s, t in IN_PRESS)
    tender_rows = "".join(f"""<tr><td><a href="/tenders/{slug(t)}">{t}</a></td><td>{dept}</td><td>{dmy(p, "-")}</td><td>{dmy(c, "-")}</td></tr>"""
                          for p, c, t, dept in IN_TENDERS)
    rec_rows = "".join(f"""<tr><td><a href="/recruitment/{slug(t)}">{t}</a></td><td>{dmy(p, ".")}</td><td>{dmy(c, ".")}</td></tr>"""
                       for p, c, t in IN_RECRUIT)
    pages = {
        "/": _in_home(),
        "/whats-new": _in_shell("What's New | Government of Vindhyagiri", f"""<h1>What's New</h1><table class="data-table">
<thead><tr><th>S.No.</th><th>Title</th><th>Date</th><th>Download</th></tr></thead><tbody>{wn_rows}</tbody></table>"""),
        "/press-releases": _in_shell("Press Releases | Government of Vindhyagiri", f"<h1>Press Releases</h1><ul class=\"list\">{press_rows}</ul>"),
        "/tenders": _in_shell("Tenders | Government of Vindhyagiri", f"""<h1>Tenders</h1><table class="data-table"><thead><tr><th>Title</th><th>Department</th>
<th>Start Date</th><th>End Date</th></tr></thead><tbody>{tender_rows}</tbody></table>"""),
        "/recruitment": _in_shell("Recruitment | Government of Vindhyagiri", f"""<h1>Recruitment</h1><table class="data-table"><thead><tr><th>Title</th>
<th>Start Date</th><th>Last Date</th></tr></thead><tbody>{rec_rows}</tbody></table>"""),
    }
    for day, s, t in IN_PRESS:
        pages[f"/press-releases/{s}"] = _in_shell(f"{t} | Government of Vindhyagiri",
                                                  f"<h1>{t}</h1><p class=\"date\">Dated: {dmy(day, '.')}</p><p>{lorem(t, 150)}</p>")
    return BlindSite("india", IN_HOST, "Government of Vindhyagiri", pages, Truth(
        status="healthy", passed=True, last_updated=d(1),
        must_not=FRESH_MUST_NOT | {"column_stale"},
        columns=(
            ColumnTruth("What's New", ("news", "notice"), d(1)),
            ColumnTruth("Press Releases", ("news",), d(2)),
            # published dates; the last dates of submission are ahead
            ColumnTruth("Tenders", ("notice",), d(5)),
            ColumnTruth("Recruitment", ("personnel",), d(16)),
        ),
        home_last_updated=d(1),
        home_must_not=FRESH_MUST_NOT,
        page_dates={f"/press-releases/{IN_PRESS[0][1]}": d(2)},
    ))


# ===========================================================================
# 9. Canadian bilingual department (GCWeb): yyyy-mm-dd, "Date modified:"
# ===========================================================================

CA_HOST = "www.nwa-avn.gc.ca"

CA_NEWS = [
    (d(56), "agency-awards-dredging-contract-port-harrison", "News release",
     "Agency awards dredging contract for Port Harrison approach channel"),
    (d(71), "minister-announces-funding-northern-marine-infrastructure", "News release",
     "Minister announces $18 million for northern marine infrastructure"),
    (d(90), "statement-on-end-of-summer-sealift-season", "Statement",
     "Statement on the end of the summer sealift season"),
    (d(112), "backgrounder-waterway-modernization-plan", "Backgrounder",
     "Backgrounder: Northern Waterways Modernization Plan"),
]
CA_NOTICES = [
    (d(75), "seasonal-buoy-removal-mackenzie-river", "Notice to mariners: seasonal buoy removal, Mackenzie River"),
    (d(120), "great-slave-lake-channel-depths", "Notice to mariners: Great Slave Lake channel depths"),
]


def _ca_shell(title: str, body: str, modified: dt.date, lang_path: str = "/fr.html",
              issued: dt.date = dt.date(2019, 4, 2)) -> str:
    names = ["gcweb-menu", "wb-srch", "wb-lng", "brand", "feeds-cont", "gc-features", "gc-contextual",
             "gc-main-footer", "gc-sub-footer", "wb-dtmd", "pagedetails", "mwsbodytext"]
    themes = ["Jobs", "Immigration and citizenship", "Travel and tourism", "Business and industry",
              "Benefits", "Health", "Taxes", "Environment and natural resources", "National security and defence",
              "Culture, history and sport", "Policing, justice and emergencies", "Transport and infrastructure",
              "Canada and the world", "Money and finances", "Science and innovation"]
    menu = "".join(f'<li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/{slug(t)}.html">{t}</a></li>' for t in themes)
    return f"""<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>{title}</title><meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="dcterms.title" content="{title}"><meta name="dcterms.language" title="ISO639-2/T" content="eng">
<meta name="dcterms.creator" content="Northern Waterways Agency of Canada">
<meta name="dcterms.issued" title="W3CDTF" content="{issued.isoformat()}"><meta name="dcterms.modified" title="W3CDTF" content="{modified.isoformat()}">
<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css">
<style>{css("", names, 100)}</style>
<script src="https://assets.adobedtm.com/be5dfd287373/0127575cd23a/launch-f7c3e6060667.min.js"></script></head>
<body vocab="http://schema.org/" typeof="WebPage">
<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><div class="row">
<section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right"><h2 class="wb-inv">Language selection</h2>
<ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr" href="{lang_path}"><span class="hidden-xs">Français</span><abbr title="Français" class="visible-xs h3 mrgn-tp-sm mrgn-bttm-0 text-uppercase">fr</abbr></a></li></ul></section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="https://www.canada.ca/en.html" property="url">
<img src="https://www.canada.ca/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"><span class="wb-inv"> / <span lang="fr">Gouvernement du Canada</span></span></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="https://www.canada.ca/en/sr/srb.html" method="get" name="cse-search-box" role="search"><div class="form-group wb-srch-qry">
<label for="wb-srch-q" class="wb-inv">Search Canada.ca</label><input id="wb-srch-q" class="wb-srch-q form-control" name="q" type="search" placeholder="Search Canada.ca"></div>
<button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub"><span class="glyphicon-search glyphicon"></span><span class="wb-inv">Search</span></button></form></section></div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2>
<button type="button" aria-haspopup="true" aria-expanded="false"><span class="wb-inv">Main </span>Menu <span class="expicon glyphicon glyphicon-chevron-down"></span></button>
<ul role="menu" aria-orientation="vertical" data-ajax-replace="/content/dam/canada/sitemenu/sitemenu-v2-en.html">{menu}</ul></div></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb"><li><a href="https://www.canada.ca/en.html">Canada.ca</a></li></ol></div></nav>
</header>
<main property="mainContentOfPage" resource="#wb-main" class="container" typeof="WebPageElement">
{body}
<section class="pagedetails"><h2 class="wb-inv">Page details</h2>
<div class="row"><div class="col-sm-8 col-md-9 col-lg-9"><div class="wb-disable-allow"><a class="btn btn-default" href="/en/report-problem.html">Report a problem or mistake on this page</a></div></div>
<div class="col-sm-4 col-md-3 col-lg-3"><div class="wb-share" data-wb-share='{{"lnkClass": "btn btn-default btn-block"}}'></div></div></div>
<dl id="wb-dtmd"><dt>Date modified: </dt><dd><time property="dateModified">{modified.isoformat()}</time></dd></dl></section>
</main>
<footer id="wb-info"><div class="gc-contextual"><div class="container"><nav><h3>Northern Waterways Agency of Canada</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3"><li><a href="/en/contact.html">Contact the Agency</a></li><li><a href="/en/corporate/transparency.html">Transparency</a></li>
<li><a href="/en/corporate/careers.html">Careers</a></li></ul></nav></div></div>
<div class="gc-main-footer"><div class="container"><nav><h3>Government of Canada</h3><ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">
<li><a href="https://www.canada.ca/en/contact.html">All contacts</a></li><li><a href="https://www.canada.ca/en/government/dept.html">Departments and agencies</a></li>
<li><a href="https://www.canada.ca/en/government/system.html">About government</a></li></ul></nav></div></div>
<div class="gc-sub-footer"><div class="container d-flex align-items-center"><nav><h3 class="wb-inv">Government of Canada Corporate</h3><ul>
<li><a href="https://www.canada.ca/en/social.html">Social media</a></li><li><a href="https://www.canada.ca/en/mobile.html">Mobile applications</a></li>
<li><a href="https://www.canada.ca/en/government/about.html">About Canada.ca</a></li><li><a href="https://www.canada.ca/en/transparency/terms.html">Terms and conditions</a></li>
<li><a href="https://www.canada.ca/en/transparency/privacy.html">Privacy</a></li></ul></nav>
<div class="wtrmrk align-self-end"><img src="https://www.canada.ca/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of Canada"></div></div></div></footer>
<script src="https://ajax.googleapis.com/ajax/libs/jquery/2.2.4/jquery.js"></script><script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script>
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/theme.min.js"></script></body></html>"""


def _ca_feed(items: list[tuple[dt.date, str, str, str]]) -> str:
    return "".join(f"""<li><a href="/en/news/{day.year}/{day.month:02d}/{s}.html">{t}</a><br>
<small class="feeds-date"><time>{day.isoformat()}</time> | {kind}</small></li>""" for day, s, kind, t in items)


def canada() -> BlindSite:
    notices = "".join(f"""<li><a href="/en/notices/{s}.html">{t}</a><br><small class="feeds-date">{day.isoformat()}</small></li>"""
                      for day, s, t in CA_NOTICES)
    features = "".join(f"""<div class="col-md-4"><figure><img src="/content/dam/nwa-avn/images/feature-{i}.jpg" alt="" class="img-responsive">
<figcaption><a href="/en/{slug(t)}.html">{t}</a></figcaption></figure><p>{lorem(t, 16)}</p></div>"""
                       for i, t in enumerate(["Plan your sealift delivery", "Waterway charts and depths", "Apply for a navigation permit"]))
    services = "".join(f'<li><a href="/en/services/{slug(t)}.html">{t}</a></li>' for t in [
        "Navigation permits", "Sealift schedules", "Water levels and charts", "Grants and contributions",
        "Marine infrastructure projects", "Indigenous partnerships", "Reports and publications", "Regulations"])
    home = f"""<h1 property="name" id="wb-cont">Northern Waterways Agency of Canada</h1>
<p class="gc-byline"><strong>From: <a href="/en.html">Northern Waterways Agency of Canada</a></strong></p>
<p>We keep northern rivers and coastal waters safe and open for navigation and for the communities that depend on them.</p>
<section class="gc-srvinfo"><h2>Services and information</h2><ul class="list-unstyled colcount-sm-2">{services}</ul></section>
<section class="gc-features"><h2>Features</h2><div class="row">{features}</div></section>
<div class="row"><section class="col-md-6"><h2>News</h2><ul class="feeds-cont list-unstyled">{_ca_feed(CA_NEWS[:3])}</ul>
<p><a href="/en/news.html">More news</a></p></section>
<section class="col-md-6"><h2>Notices to mariners</h2><ul class="feeds-cont list-unstyled">{notices}</ul>
<p><a href="/en/notices.html">All notices</a></p></section></div>
<section><h2>Consultations</h2><ul><li><a href="/en/consultations/navigation-regulations-amendments.html">Consultation on proposed amendments to the Northern Waterways Navigation Regulations</a> (Closing date: {d(-50).isoformat()})</li></ul></section>"""
    news_page = f"""<h1 property="name" id="wb-cont">News</h1><ul class="feeds-cont list-unstyled">{_ca_feed(CA_NEWS)}</ul>"""
    notices_page = f"""<h1 property="name" id="wb-cont">Notices to mariners</h1><ul class="feeds-cont list-unstyled">{notices}</ul>"""
    pages = {"/": _ca_shell("Northern Waterways Agency of Canada - Canada.ca", home, d(1)),
             "/en.html": _ca_shell("Northern Waterways Agency of Canada - Canada.ca", home, d(1)),
             "/en/news.html": _ca_shell("News - Northern Waterways Agency of Canada", news_page, d(1), "/fr/nouvelles.html"),
             "/en/notices.html": _ca_shell("Notices to mariners - Northern Waterways Agency of Canada", notices_page, d(3), "/fr/avis.html")}
    first = CA_NEWS[0]
    art = f"""<h1 property="name" id="wb-cont">{first[3]}</h1><p class="gc-byline"><strong>From: <a href="/en.html">Northern Waterways Agency of Canada</a></strong></p>
<p><strong>News release</strong></p><p>{long_us(first[0])} – Yellowknife, Northwest Territories – {lorem(first[3], 120)}</p>
<h2>Contacts</h2><p>Media Relations<br>Northern Waterways Agency of Canada<br>867-555-0188</p>"""
    pages[f"/en/news/{first[0].year}/{first[0].month:02d}/{first[1]}.html"] = _ca_shell(
        f"{first[3]} - Canada.ca", art, first[0] + dt.timedelta(days=1), issued=first[0])
    return BlindSite("canada", CA_HOST, "Northern Waterways Agency of Canada", pages, Truth(
        status="stale", passed=False, last_updated=d(56),
        must=frozenset({"homepage_stale", "column_stale"}),
        must_not=frozenset({"abandoned", "hidden_links", "spam_content", "future_dated", "undated",
                            "column_empty"}),
        columns=(
            ColumnTruth("News", ("news",), d(56)),
            ColumnTruth("Notices to mariners", ("notice",), d(75)),
        ),
        home_last_updated=d(56),
        home_must=frozenset({"homepage_stale"}),
        home_must_not=frozenset({"abandoned", "hidden_links", "spam_content", "undated"}),
        page_dates={f"/en/news/{first[0].year}/{first[0].month:02d}/{first[1]}.html": d(56)},
    ))


# ===========================================================================
# 10. School district on Blackboard WCM: stale news, fresh (future) events
# ===========================================================================

SD_HOST = "www.stonebridgeasd.test"

SD_NEWS = [
    (d(60), 1201, "Stonebridge Named to AP School Honor Roll"),
    (d(69), 1188, "Fall Sports Schedules Now Available on rSchoolToday"),
    (d(78), 1176, "Free and Reduced Meal Applications for 2026-27"),
    (d(87), 1160, "Welcome Back, Spartans! First Day of School Information"),
    (d(96), 1152, "Superintendent's Back-to-School Message"),
]
SD_EVENTS = [
    (d(-4), 881, "Board of Education Work Session", "6:30 PM - 8:00 PM"),
    (d(-7), 884, "SAHS Winter Choir Concert", "7:00 PM - 8:30 PM"),
    (d(-8), 886, "End of First Trimester", ""),
    (d(-13), 889, "Early Release Day - K-12", "12:15 PM"),
    (d(-18), 893, "Board of Education Regular Meeting", "7:00 PM - 9:00 PM"),
    (d(-25), 897, "Winter Break - No School", ""),
]


def _sd_shell(title: str, body: str) -> str:
    names = ["sw-channel", "sw-channel-item", "ui-widget", "ui-widget-header", "ui-articles",
             "ui-article", "sw-calendar-block-date", "sw-footer", "sw-school-list", "hp-column",
             "sp-column", "ui-read-more"]
    channels = {"Our District": ["Superintendent", "Board of Education", "Strategic Plan", "District Map",
                                 "Budget & Finance", "Right-to-Know", "Staff Directory"],
                "Departments": ["Business Office", "Curriculum & Instruction", "Food Services",
                                "Health Services", "Human Resources", "Special Education", "Technology",
                                "Transportation", "Facilities"],
                "Parents & Students": ["Enrollment", "Skyward Family Access", "School Supply Lists",
                                       "Bell Schedules", "Bus Routes", "Athletics", "Student Handbook"],
                "Community": ["Facility Rentals", "Volunteer", "Foundation", "Community Education"]}
    nav = "".join(f'<li class="sw-channel-item"><a href="/domain/{100 + i}"><span>{k}</span></a><ul class="sw-channel-dropdown">'
                  + "".join(f'<li><a href="/Page/{1000 + i * 20 + j}">{x}</a></li>' for j, x in enumerate(v)) + "</ul></li>"
                  for i, (k, v) in enumerate(channels.items()))
    schools = "".join(f'<li><a href="/{slug(s).replace("-", "")}">{s}</a></li>' for s in [
        "Stonebridge High School", "Stonebridge Middle School", "Hillcrest Elementary",
        "Maple Street Elementary", "North Fork Elementary", "Stonebridge Cyber Academy"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/Static/GlobalAssets/Scripts/ThirdParty/shepherd/shepherd-theme-default.css">
<link rel="stylesheet" href="/Static//site/assets/styles/system_2740.css">
<link rel="stylesheet" href="/Static//site/assets/styles/apps_2590.css">
<style>{css("", names, 110)}</style>
<script src="/Static/GlobalAssets/Scripts/min/jquery-3.7.1.min.js"></script>
<script src="/Static/GlobalAssets/Scripts/min/sri-failover.min.js"></script>
<script>var staticURL = "/Static/"; var SiteID = 4; var ChannelID = 0; var SectionID = 0; var PageID = 1;</script>
</head>
<body data-translate="google">
<div id="sw-container"><a id="skipLink" href="#sw-maincontent" class="sw-skipnav">Skip to Main Content</a>
<div id="sw-header"><div class="sw-logo"><a href="/"><img src="/cms/lib/PA02001234/Centricity/Template/GlobalAssets/images/logo.png" alt="Stonebridge Area School District"></a></div>
<div id="sw-district-schools"><button aria-expanded="false">Schools</button><ul class="sw-school-list">{schools}</ul></div>
<div class="sw-search"><form action="/site/Default.aspx?PageType=6&amp;SiteID=4" method="post"><input id="sw-search-input" placeholder="Search..."></form></div></div>
<nav id="sw-channel-list-container"><ul id="channel-navigation" class="sw-channel-list">{nav}</ul></nav>
<div id="sw-maincontent" tabindex="-1">{body}</div>
<div id="sw-footer"><div class="sw-footer-address"><p>Stonebridge Area School District<br>301 Spartan Way<br>Stonebridge, PA 16801<br>Phone: 814-555-0300 | Fax: 814-555-0399</p></div>
<div class="sw-footer-links"><a href="/site/Default.aspx?PageID=88">Questions or Feedback?</a> | <a href="https://www.blackboard.com/blackboard-web-community-manager-privacy-statement">Blackboard Web Community Manager Privacy Policy (Updated)</a> | <a href="https://help.blackboard.com/Terms_of_Use">Terms of Use</a></div>
<p>Copyright © 2026 Blackboard, Inc. All rights reserved.</p><p>Copyright © 2026 Stonebridge Area School District. All rights reserved.</p></div></div>
<script src="/Static/GlobalAssets/Scripts/min/SW-UI_2680.min.js"></script></body></html>"""


def school_district() -> BlindSite:
    news = "".join(f"""<li><div class="ui-article"><div class="ui-article-thumb"><img src="/cms/lib/PA02001234/Centricity/Domain/4/news-{nid}.jpg" alt=""></div>
<h1 class="ui-article-title sw-calendar-block-title"><a href="/site/default.aspx?PageType=3&amp;DomainID=4&amp;ModuleInstanceID=12&amp;ViewID=6446EE88-D30C-497E-9316-3F8874B3E108&amp;RenderLoc=0&amp;FlexDataID={nid}&amp;PageID=1">{t}</a></h1>
<p class="ui-article-description"><span class="ui-article-date">Posted {long_us(day)}</span> {lorem(t, 20)}</p></div></li>""" for day, nid, t in SD_NEWS[:4])
    events = "".join(f"""<li><div class="ui-article"><h1 class="sw-calendar-block-date">{weekday_long(day)}</h1>
<p class="ui-article-title sw-calendar-block-title"><a href="/site/Default.aspx?PageID=2&amp;DomainID=4#calendar1/{day:%Y%m%d}/event/{eid}">{t}</a></p>
<p class="sw-calendar-block-time">{time_}</p></div></li>""" for day, eid, t, time_ in SD_EVENTS[:5])
    body = f"""<div id="hp-slideshow"><img src="/cms/lib/PA02001234/Centricity/Template/GlobalAssets/images/slide-1.jpg" alt="Spartan marching band at homecoming"></div>
<div class="hp-column hp-column-one"><div class="ui-widget app headlines"><div class="ui-widget-header"><h1>District News</h1></div>
<div class="ui-widget-detail"><ul class="ui-articles">{news}</ul></div>
<div class="ui-widget-footer"><div class="app-level-social-rss"><a href="/site/RSS.aspx?DomainID=4&amp;ModuleInstanceID=12&amp;PageID=1">RSS</a></div>
<a class="more-link" href="/site/Default.aspx?PageType=14&amp;DomainID=4&amp;PageID=1&amp;ModuleInstanceID=12&amp;ViewID=c83d46ac-74fe-4857-8c9a-5922a80225e2&amp;IsMoreExpandedView=True"><span>More District News</span></a></div></div></div>
<div class="hp-column hp-column-two"><div class="ui-widget app upcomingevents"><div class="ui-widget-header"><h1>Upcoming Events</h1></div>
<div class="ui-widget-detail"><ul class="ui-articles">{events}</ul></div>
<div class="ui-widget-footer"><a class="view-calendar-link" href="/site/Default.aspx?PageID=2">View Calendar</a></div></div>
<div class="ui-widget app quicklinks"><div class="ui-widget-header"><h1>Quick Links</h1></div><div class="ui-widget-detail"><ul>
<li><a href="https://skyward.stonebridgeasd.test/scripts/wsisa.dll/WService=wsEAplus/fwemnu01.w">Skyward Family Access</a></li>
<li><a href="/Page/1040">Lunch Menus</a></li><li><a href="/Page/1045">Bus Routes</a></li><li><a href="/Page/1061">Employment Opportunities</a></li>
<li><a href="/Page/1008">Board Meeting Agendas (BoardDocs)</a></li><li><a href="/Page/1066">Safe2Say Something</a></li></ul></div></div></div>"""
    more_news = "".join(f"""<li><div class="ui-article"><h1 class="ui-article-title"><a href="/site/default.aspx?PageType=3&amp;DomainID=4&amp;ModuleInstanceID=12&amp;FlexDataID={nid}&amp;PageID=1">{t}</a></h1>
<p class="ui-article-description"><span class="ui-article-date">Posted {long_us(day)}</span> {lorem(t, 30)}</p></div></li>""" for day, nid, t in SD_NEWS)
    cal = "".join(f"""<li><div class="ui-article"><h1 class="sw-calendar-block-date">{weekday_long(day)}</h1>
<p class="sw-calendar-block-title"><a href="/site/Default.aspx?PageID=2#calendar1/{day:%Y%m%d}/event/{eid}">{t}</a></p><p>{time_}</p></div></li>"""
                  for day, eid, t, time_ in SD_EVENTS)
    news_path = ("/site/Default.aspx?PageType=14&DomainID=4&PageID=1&ModuleInstanceID=12"
                 "&ViewID=c83d46ac-74fe-4857-8c9a-5922a80225e2&IsMoreExpandedView=True")
    pages = {"/": _sd_shell("Stonebridge Area School District / Homepage", body),
             news_path: _sd_shell("Stonebridge Area School District / District News",
                                  f"<div class=\"ui-widget app headlines\"><div class=\"ui-widget-header\"><h1>District News</h1></div><ul class=\"ui-articles\">{more_news}</ul></div>"),
             "/site/Default.aspx?PageID=2": _sd_shell("Stonebridge Area School District / District Calendar",
                                                      f"<div class=\"ui-widget app calendar\"><div class=\"ui-widget-header\"><h1>District Calendar</h1></div><ul class=\"ui-articles\">{cal}</ul></div>")}
    return BlindSite("school_district", SD_HOST, "Stonebridge Area School District", pages, Truth(
        status="stale", passed=False, last_updated=d(60),
        must=frozenset({"homepage_stale", "column_stale"}),
        must_not=frozenset({"abandoned", "hidden_links", "spam_content", "future_dated", "undated",
                            "column_empty"}),
        columns=(
            ColumnTruth("District News", ("news",), d(60)),
            ColumnTruth("Upcoming Events", ("other",), ANY),
        ),
        home_last_updated=d(60),
        home_must=frozenset({"homepage_stale"}),
        home_must_not=frozenset({"abandoned", "hidden_links", "spam_content", "undated"}),
    ))


# ===========================================================================
# 11. Small-town WordPress site, abandoned in 2023 under a fresh footer and weather
# ===========================================================================

ZT_HOST = "www.coldbrookwi.test"

ZT_NEWS = [
    (dt.date(2023, 8, 14), "2023/08/14/brush-pickup-schedule-change", "Brush Pickup Schedule Change"),
    (dt.date(2023, 7, 3), "2023/07/03/fourth-of-july-parade-route", "Fourth of July Parade Route"),
    (dt.date(2023, 5, 22), "2023/05/22/hydrant-flushing-may-22-26", "Hydrant Flushing May 22-26"),
    (dt.date(2023, 4, 10), "2023/04/10/spring-clean-up-day", "Spring Clean-Up Day"),
    (dt.date(2023, 2, 6), "2023/02/06/snow-removal-reminder", "Snow Removal Reminder"),
]
ZT_NOTICES = [
    (dt.date(2023, 5, 2), "2023/05/02/2022-water-quality-report", "2022 Water Quality Report (CCR)"),
    (dt.date(2023, 2, 20), "2023/02/20/notice-of-spring-election", "Notice of Spring Election"),
    (dt.date(2022, 11, 29), "2022/11/29/2023-budget-hearing-notice", "2023 Budget Hearing Notice"),
]


def _zt_shell(title: str, main: str) -> str:
    names = ["site-header", "main-navigation", "widget", "widget-title", "entry-title", "entry-meta",
             "site-info", "weather-atlas", "wp-block-latest-posts", "menu-item", "sidebar", "site-content"]
    recent = "".join(f'<li><a href="/{s}/">{t}</a> <span class="post-date">{long_us(day)}</span></li>' for day, s, t in ZT_NEWS)
    notices = "".join(f'<li><a href="/{s}/">{t}</a> <span class="post-date">{long_us(day)}</span></li>' for day, s, t in ZT_NOTICES)
    menu = "".join(f'<li class="menu-item"><a href="/{slug(t)}/">{t}</a></li>' for t in [
        "Home", "Village Board", "Departments", "Ordinances", "Permits & Forms", "Water & Sewer",
        "Parks", "Contact"])
    today = TODAY
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" id="twentytwelve-style-css" href="/wp-content/themes/twentytwelve/style.css?ver=20190507" media="all">
<link rel="stylesheet" id="weather-atlas-css" href="/wp-content/plugins/weather-atlas/public/css/weather-atlas-public.min.css?ver=1.2.1" media="all">
<style>{css("", names, 150)}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.6.1"></script>
<meta name="generator" content="WordPress 6.1.1">
</head>
<body class="home page-template-default page page-id-2">
<div id="page" class="hfeed site"><header id="masthead" class="site-header"><hgroup><h1 class="site-title"><a href="/" rel="home">Village of Coldbrook</a></h1>
<h2 class="site-description">Coldbrook, Wisconsin &mdash; Est. 1887</h2></hgroup>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button><div class="menu-main-container"><ul id="menu-main" class="nav-menu">{menu}</ul></div></nav>
<img src="/wp-content/uploads/2019/04/header-millpond.jpg" class="header-image" width="960" height="250" alt=""></header>
<div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main">{main}</div></div>
<div id="secondary" class="widget-area" role="complementary">
<aside id="weather_atlas-2" class="widget widget_weather_atlas"><h3 class="widget-title">Coldbrook Weather</h3>
<div class="weather-atlas-wrapper"><div class="weather-atlas-header">Coldbrook, WI</div><div class="weather-atlas-body">
<div class="current_date">{weekday_long(today)}</div><div class="current_temp"><span class="temp">34°F</span> <span class="text">Cloudy</span></div>
<div class="current_text">Wind: 9 mph NW · Humidity: 71%</div><div class="weather-atlas-footer">Last updated: {short_us(today)} 6:35 am</div></div></div></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Village News</h3><ul>{recent}</ul></aside>
<aside id="custom_html-3" class="widget widget_custom_html"><h3 class="widget-title">Public Notices</h3><ul>{notices}</ul></aside>
<aside id="text-4" class="widget widget_text"><h3 class="widget-title">Meeting Schedule</h3><div class="textwidget"><p>The Village Board meets the 2nd Tuesday of each month at 7:00 PM at the Village Hall, 112 Mill Street. Agendas are posted at the Village Hall, Post Office and Coldbrook State Bank.</p></div></aside>
<aside id="tribe-events-list-widget-2" class="widget tribe-events-list-widget"><h3 class="widget-title">Upcoming Events</h3><p class="tribe-events-widget-link">There are no upcoming events at this time.</p></aside>
</div></div>
<footer id="colophon" role="contentinfo"><div class="site-info">© {today.year} Village of Coldbrook · 112 Mill Street, Coldbrook, WI 54xxx · (715) 555-0162 · <a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>
<script src="/wp-content/themes/twentytwelve/js/navigation.js?ver=20141205"></script></body></html>"""


def zombie_town() -> BlindSite:
    home_main = f"""<article id="post-2" class="post-2 page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">Welcome to the Village of Coldbrook</h1></header>
<div class="entry-content"><p>Welcome to the official website of the Village of Coldbrook, a community of 1,140 residents on the banks of the Coldbrook Millpond in Marathon County.</p>
<p>{lorem("coldbrook welcome", 120)}</p>
<h3>Village Hall Hours</h3><p>Monday, Wednesday and Friday 8:00 AM &ndash; 12:00 PM<br>Clerk-Treasurer: Janet Kowalski</p>
<h3>Pay Your Water Bill</h3><p>Water and sewer bills are due the 20th of each month. Drop box located at the Village Hall.</p></div></article>"""
    cat_main = "".join(f"""<article class="post type-post status-publish format-standard hentry category-village-news"><header class="entry-header">
<h1 class="entry-title"><a href="/{s}/" rel="bookmark">{t}</a></h1></header><div class="entry-content"><p>{lorem(t, 60)}</p></div>
<footer class="entry-meta">This entry was posted in <a href="/category/village-news/" rel="category tag">Village News</a> on <a href="/{s}/"><time class="entry-date" datetime="{day.isoformat()}T09:12:44-05:00">{long_us(day)}</time></a><span class="by-author"> by <span class="author vcard">admin</span></span>.</footer></article>"""
                       for day, s, t in ZT_NEWS)
    pages = {"/": _zt_shell("Village of Coldbrook | Coldbrook, Wisconsin", home_main),
             "/category/village-news/": _zt_shell("Village News | Village of Coldbrook", f"<header class=\"archive-header\"><h1 class=\"archive-title\">Category Archives: <span>Village News</span></h1></header>{cat_main}")}
    return BlindSite("zombie_town", ZT_HOST, "Village of Coldbrook, WI", pages, Truth(
        status="zombie", passed=False, last_updated=dt.date(2023, 8, 14),
        must=frozenset({"abandoned", "homepage_stale"}),
        must_not=frozenset({"hidden_links", "spam_content", "future_dated", "undated"}),
        columns=(
            ColumnTruth("Village News", ("news",), dt.date(2023, 8, 14)),
            ColumnTruth("Public Notices", ("notice",), dt.date(2023, 5, 2)),
            # "Upcoming Events" (a widget's heading over "There are no upcoming events at
            # this time.", no list, no link) is an events box's normal empty state, no
            # column to judge: left out
        ),
        home_last_updated=dt.date(2023, 8, 14),
        home_must=frozenset({"abandoned", "homepage_stale"}),
        home_must_not=frozenset({"hidden_links", "spam_content", "undated"}),
    ))


# ===========================================================================
# 12. Hijacked town site (Virtual Towns & Schools): hidden pharma/casino links
# ===========================================================================

HJ_HOST = "www.fernhillnh.test"

HJ_NEWS = [
    (d(3), 1290, "Transfer Station Holiday Hours"),
    (d(8), 1284, "Winter Parking Ban in Effect December 1 - April 1"),
    (d(12), 1279, "Property Tax Bills Mailed; Due December 16"),
    (d(19), 1271, "Fernhill Old Home Day Committee Seeks Volunteers"),
]
HJ_NOTICES = [
    (d(10), 1281, "Zoning Board of Adjustment Public Hearing Notice"),
    (d(24), 1266, "Planning Board Public Hearing: Site Plan, 44 Route 12"),
    (d(38), 1250, "Notice of Public Hearing: Proposed Town Budget Process"),
]

HJ_SPAM = [
    ("https://www.rx-meds-online.example/viagra", "buy viagra online"),
    ("https://www.rx-meds-online.example/cialis", "cheap cialis no prescription"),
    ("https://www.rx-meds-online.example/", "online pharmacy"),
    ("https://www.bestcasinoslots.example/", "online casino real money"),
    ("https://www.bestcasinoslots.example/slots", "best online slots"),
    ("https://www.bestcasinoslots.example/blackjack", "play blackjack online"),
    ("https://www.sportsbook-bonus.example/", "sports betting bonus"),
    ("https://www.rx-meds-online.example/tramadol", "tramadol 50mg overnight"),
]


def _hj_shell(title: str, main: str) -> str:
    names = ["vts-header", "vts-nav", "vts-sidebar", "vts-news", "vts-footer", "date",
             "dept-list", "board-list", "quick", "banner", "content", "menu"]
    depts = ["Assessing", "Building Inspector", "Cemetery", "Code Enforcement", "Emergency Management",
             "Fire & Rescue", "Highway Department", "Library", "Planning & Zoning", "Police Department",
             "Recreation", "Selectboard's Office", "Tax Collector", "Town Clerk", "Transfer Station", "Welfare"]
    boards = ["Board of Selectmen", "Budget Committee", "Conservation Commission", "Planning Board",
              "Zoning Board of Adjustment", "Trustees of Trust Funds", "Library Trustees", "Heritage Commission"]
    dl = "".join(f'<li><a href="/index.asp?SEC={1000 + i}&amp;Type=B_BASIC">{x}</a></li>' for i, x in enumerate(depts))
    bl = "".join(f'<li><a href="/index.asp?SEC={2000 + i}&amp;Type=B_BASIC">{x}</a></li>' for i, x in enumerate(boards))
    spam = "".join(f'<a href="{u}">{t}</a> ' for u, t in HJ_SPAM)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/Templates/vts_resp/css/styles.css?v=2026">
<style>{css("", names, 150)}</style>
<script src="/Templates/vts_resp/js/jquery.min.js"></script></head>
<body>
<div class="vts-header"><a href="/index.asp"><img src="/vertical/Sites/%7B8A2E1F4C-7D11-4C3B-9E21-31F0A5C7D222%7D/uploads/fernhill_seal.png" alt="Town of Fernhill, New Hampshire"></a>
<div class="quick"><a href="https://www.nhtaxkiosk.test/?KIOSK=Fernhill">Pay Taxes Online</a> | <a href="/index.asp?SEC=3001&amp;Type=B_BASIC">Town Clerk</a> | <a href="/index.asp?SEC=3002&amp;Type=B_BASIC">Contact Us</a></div></div>
<div class="vts-nav"><ul class="menu"><li><a href="/index.asp">Home</a></li><li><a href="#">Departments</a><ul class="dept-list">{dl}</ul></li>
<li><a href="#">Boards &amp; Committees</a><ul class="board-list">{bl}</ul></li><li><a href="/index.asp?SEC=3010&amp;Type=B_BASIC">Town Meeting</a></li>
<li><a href="/index.asp?SEC=3011&amp;Type=B_DIR">Staff Directory</a></li></ul></div>
<div class="content">{main}</div>
<div class="vts-footer"><p>Town of Fernhill · 7 Depot Road · Fernhill, NH 03xxx · (603) 555-0120</p>
<p>Town Office Hours: Mon - Thu 8:00 AM - 4:00 PM</p><p>Copyright © 2026 Town of Fernhill · Website by <a href="https://www.virtualtownhall.test/">Virtual Towns &amp; Schools</a></p>
<div style="display:none">{spam} Get cheap viagra and cialis from our trusted online pharmacy. Online casino real money slots, casino bonus, best online casino 2026.</div></div>
<script src="/Templates/vts_resp/js/site.js"></script></body></html>"""


def hijacked_town() -> BlindSite:
    news = "".join(f"""<div class="vts-news"><h3><a href="/index.asp?SEC=5001&amp;Type=B_LIST&amp;ID={nid}">{t}</a></h3>
<div class="date">Posted on: {long_us(day)}</div><p>{lorem(t, 18)}</p></div>""" for day, nid, t in HJ_NEWS)
    notices = "".join(f"""<li><a href="/index.asp?SEC=5002&amp;Type=B_LIST&amp;ID={nid}">{t}</a> <span class="date">{mdy(day)}</span></li>"""
                      for day, nid, t in HJ_NOTICES)
    home_main = f"""<div class="banner"><img src="/vertical/Sites/%7B8A2E1F4C%7D/uploads/covered_bridge.jpg" alt="The Fernhill covered bridge"></div>
<div class="row"><div class="col-main"><h2>Town News</h2>{news}<p><a href="/index.asp?SEC=5001&amp;Type=B_LIST">More News</a></p></div>
<div class="vts-sidebar"><h2>Public Notices</h2><ul>{notices}</ul><p><a href="/index.asp?SEC=5002&amp;Type=B_LIST">All Notices</a></p>
<h2>Transfer Station</h2><p>Open Wednesday 12-6 and Saturday 8-4. Stickers are available at the Town Clerk's office.</p></div></div>"""
    news_list = "".join(f"""<div class="vts-news"><h3><a href="/index.asp?SEC=5001&amp;Type=B_LIST&amp;ID={nid}">{t}</a></h3>
<div class="date">Posted on: {long_us(day)}</div><p>{lorem(t, 40)}</p></div>""" for day, nid, t in HJ_NEWS)
    pages = {"/": _hj_shell("Fernhill, NH - Official Website", home_main),
             "/index.asp": _hj_shell("Fernhill, NH - Official Website", home_main),
             "/index.asp?SEC=5001&Type=B_LIST": _hj_shell("Town News - Fernhill, NH", f"<h1>Town News</h1>{news_list}"),
             "/index.asp?SEC=5002&Type=B_LIST": _hj_shell("Public Notices - Fernhill, NH", f"<h1>Public Notices</h1><ul>{notices}</ul>")}
    return BlindSite("hijacked_town", HJ_HOST, "Town of Fernhill, NH", pages, Truth(
        status="hijacked", passed=False, last_updated=d(3),
        must=frozenset({"hidden_links"}),
        must_not=frozenset({"homepage_stale", "abandoned", "undated", "future_dated"}),
        columns=(
            ColumnTruth("Town News", ("news",), d(3)),
            ColumnTruth("Public Notices", ("notice",), d(10)),
        ),
        home_last_updated=d(3),
        home_must=frozenset({"hidden_links"}),
        home_must_not=frozenset({"homepage_stale", "abandoned", "undated"}),
    ))


def all_sites() -> list[BlindSite]:
    return [civicplus(), granicus(), uswds(), uk_council(), au_department(), nz_council(),
            singapore(), india(), canada(), school_district(), zombie_town(), hijacked_town()]


SITES: list[BlindSite] = all_sites()
