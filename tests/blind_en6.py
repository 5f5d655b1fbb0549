"""Blind evaluation en6: English-language public sites that are not national portals.

Written before any scan and before reading the crawler's code, tests or fixtures:
pages built from how these CMSs mark their pages up (CivicPlus CivicEngage, Granicus
govAccess, Finalsite, Drupal 10 Olivero, the NHS design system, LibCal/BiblioCommons
widgets, a WordPress block theme, Sitefinity, a bilingual Canadian municipal site),
and the truth an inspector would write for each site, as data.

NOW is Thursday 26 November 2026 (Thanksgiving in the US).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

NOW = date(2026, 11, 26)

ANY = "any"  # a column's newest date the truth does not pin


@dataclass(frozen=True)
class ColumnTruth:
    name: str  # a substring of the column's heading
    types: tuple[str, ...]  # acceptable types (contested headings name more than one)
    newest: object = ANY  # a date, None (no past date), (lo, hi) or ANY
    empty: bool = False


@dataclass(frozen=True)
class SiteTruth:
    host: str
    name: str
    status: str
    passed: bool
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    columns: tuple[ColumnTruth, ...]
    last_updated: object  # a date or (lo, hi)
    home_status: str
    home_passed: bool
    home_must: tuple[str, ...] = ()
    home_must_not: tuple[str, ...] = ()
    notes: str = ""


# A page: its body, or (status, content type, body).
Page = str | tuple[int, str, str]


@dataclass
class Site:
    host: str
    pages: dict[str, Page] = field(default_factory=dict)


# --------------------------------------------------------------------------- chrome

LOREM_CIVIC = (
    "Residents can find information about services, programs and events provided by "
    "the departments and offices listed below. Use the search box or the menus to find "
    "forms, permits, payments, meeting agendas and public records. "
)

DEPARTMENTS = [
    "Assessor", "Auditor", "Board of Commissioners", "Board of Elections", "Building Regulations",
    "Child Support Enforcement", "Clerk of Courts", "Common Pleas Court", "Coroner",
    "Developmental Disabilities", "Dog Warden", "Economic Development", "Emergency Management",
    "Engineer", "Facilities Management", "Family & Children First Council", "Human Resources",
    "Information Technology", "Job & Family Services", "Juvenile Court", "Law Library",
    "Municipal Court", "Parks & Recreation", "Planning Commission", "Probate Court",
    "Prosecuting Attorney", "Public Defender", "Public Health", "Recorder", "Sanitary Engineer",
    "Sheriff", "Soil & Water Conservation", "Solid Waste District", "Treasurer", "Veterans Services",
    "Victim Assistance", "Water & Sewer", "Workforce Development",
]

SVG_SPRITE = (
    '<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">'
    + "".join(
        f'<symbol id="icon-{n}" viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 '
        f'10-4.48 10-10S17.52 2 12 2zm{i}.5 14.5h-3v-3h3v3zm0-5h-3V6.5h3v5z"/><path d="M{i} {i + 1}l'
        f'4 4-4 4"/></symbol>'
        for i, n in enumerate(
            ["search", "menu", "close", "facebook", "twitter", "youtube", "instagram", "linkedin",
             "arrow", "calendar", "bell", "pin", "phone", "mail", "clock", "print", "share", "rss",
             "translate", "user", "home", "chevron-down", "chevron-up", "external", "download"]
        )
    )
    + "</svg>"
)


def slug(text: str) -> str:
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def paragraphs(n: int, seed: str) -> str:
    base = (
        f"{seed} We are committed to transparency and to providing residents, businesses and "
        "visitors with timely, accurate information. Many services are available online, "
        "around the clock, and staff are available by phone during regular business hours. "
        "Accessibility accommodations are available on request; please contact us at least "
        "48 hours before a public meeting or event. "
    )
    return "".join(f"<p>{base}</p>" for _ in range(n))


def mega_menu(sections: dict[str, list[str]], prefix: str = "/") -> str:
    parts = ['<nav id="mainNav" class="mega-nav" aria-label="Main"><ul class="nav-level-1">']
    for top, items in sections.items():
        parts.append(
            f'<li class="nav-item has-children"><a href="{prefix}{slug(top)}" aria-haspopup="true" '
            f'aria-expanded="false">{top}</a><div class="mega-panel"><ul class="nav-level-2">'
        )
        for it in items:
            parts.append(
                f'<li><a href="{prefix}{slug(top)}/{slug(it)}">{it}</a></li>'
            )
        parts.append("</ul></div></li>")
    parts.append("</ul></nav>")
    return "".join(parts)


def _critical_css() -> str:
    """Inlined critical CSS, as page-speed plugins write it (the bulk of many real homepages)."""
    rules = []
    comps = ["header", "nav", "mega-panel", "hero", "card", "list-item", "widget", "footer", "btn", "search",
             "alert", "banner", "grid", "col", "row", "tabs", "accordion", "pager", "breadcrumb", "social"]
    states = ["", ":hover", ":focus", ":focus-visible", "--active", "--open", "__title", "__body", "__meta", "__link"]
    for i, c in enumerate(comps):
        for j, st in enumerate(states):
            rules.append(
                f".{c}{st}{{display:{'flex' if j % 2 else 'block'};margin:0 0 {i % 5 * 4}px;padding:{j * 2}px {i % 7 * 3}px;"
                f"color:#{(i * 97 + j * 31) % 0xFFFFFF:06x};background:#{(i * 13 + j * 7) % 0xFFFFFF:06x};"
                f"font:{400 + (j % 3) * 100} {14 + j % 4}px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
                f"border-radius:{j % 4}px;transition:color .2s ease-in-out,background-color .2s ease-in-out}}"
            )
        rules.append(f"@media (min-width:{600 + i * 40}px){{.{c}{{max-width:{960 + i * 20}px;margin-inline:auto}}}}")
    return '<style id="critical-css">' + "".join(rules) + "</style>"


CRITICAL_CSS = _critical_css()


ANALYTICS = CRITICAL_CSS + """<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-XXXXXXX',{anonymize_ip:true});</script>"""


# --------------------------------------------------------------------------- 1. CivicPlus county

COUNTY = "www.bexleycounty-oh.test"

_county_menu = {
    "Government": ["Board of Commissioners", "Elected Officials", "Agendas & Minutes", "Budget & Finance",
                   "County Code", "Boards & Commissions", "Public Records Requests", "Transparency Portal"],
    "Departments": DEPARTMENTS,
    "Services": ["Pay Property Taxes", "Dog Licenses", "Marriage Licenses", "Vital Records",
                 "Building Permits", "Voter Registration", "Jury Duty", "Court Records Search",
                 "GIS Maps", "Job Openings", "Bid Opportunities", "Report a Concern"],
    "Residents": ["Emergency Preparedness", "Senior Services", "Recycling", "Parks & Trails",
                  "Fairgrounds", "Public Transit", "Health Services", "Veterans Resources"],
    "Business": ["Economic Development", "Bids & RFPs", "Contractor Registration", "Tax Incentives",
                 "Workforce Programs", "Zoning & Land Use"],
    "How Do I...": ["Apply For", "Contact", "Find", "Pay For", "Register", "Report", "Request",
                    "Sign Up For", "Submit", "View"],
}


def _county_news_items() -> str:
    items = [
        (2411, "Holiday Trash and Recycling Collection Schedule",
         "Collection will be delayed by one day during the week of Thanksgiving.", "November 24, 2026"),
        (2409, "Commissioners Approve 2027 Appropriations",
         "The Board of Commissioners adopted the 2027 temporary appropriations on Thursday.", "November 19, 2026"),
        (2406, "Flu Shot Clinics at the Health Department",
         "Walk-in flu vaccination clinics are offered Tuesdays and Thursdays through December.", "November 12, 2026"),
        (2402, "County Offices Closed for Veterans Day",
         "All county offices will be closed on Wednesday, November 11.", "November 5, 2026"),
    ]
    out = []
    for aid, title, body, when in items:
        out.append(
            f'<li class="widgetItem h-entry"><h3 class="widgetTitle p-name"><a href="/CivicAlerts.aspx?AID={aid}">'
            f"{title}</a></h3><div class=\"widgetBody p-summary\">{body} "
            f'<a class="readMore" href="/CivicAlerts.aspx?AID={aid}" aria-label="Read on... {title}">Read on...</a>'
            f'</div><div class="widgetMeta"><span class="subhead2 dt-published">Posted on: {when}</span></div></li>'
        )
    return "".join(out)


COUNTY_HOME = (
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bexley County, OH - Official Website | Official Website</title>
<link rel="stylesheet" href="/Assets/Styles/Print.css" media="print"><link rel="stylesheet" href="/-1193745548.css">
<script src="/Assets/Scripts/jQuery/jquery-3.5.1.min.js"></script><script src="/Assets/Scripts/APIClient.js"></script>
<script>var intCountryCode=840;var isie6=false;var bModuleAllowsRSS=true;var pageID=1;var strModuleURL='/Home';
window.CP=window.CP||{};CP.settings={siteName:"Bexley County, OH",cookieNotice:false,skin:"1"};</script>
""" + ANALYTICS + """</head>
<body class="wide40 home"><div id="skipToContentLinks"><a href="#cc0d7f2c1b" class="skipToContentLink">Skip to Main Content</a></div>
""" + SVG_SPRITE + """
<div id="outer-wrap"><div id="inner-wrap">
<div id="bannerDiv"><div class="siteWrap"><a id="logo" href="/" title="Bexley County Home"><img src="/ImageRepository/Document?documentID=1" alt="Bexley County, Ohio - Home"></a>
<div class="search"><form action="/Search" method="get" role="search"><label for="searchPhrase" class="hidden">Search</label><input id="searchPhrase" name="searchPhrase" type="text" placeholder="Search..."><button type="submit">Search</button></form></div>
<div id="google_translate_element"></div><ul class="topLinks"><li><a href="/MyAccount">Sign In</a></li><li><a href="/Archive.aspx">Archive Center</a></li><li><a href="/list.aspx">Notify Me&reg;</a></li></ul></div></div>
<div id="divEmergencyAlert" class="emergencyAlert" style="display:none" aria-live="polite"></div>
""" + mega_menu(_county_menu) + """
<main id="cc0d7f2c1b" role="main">
<div class="fancyBanner slideshow"><ul class="slides">
<li class="slide"><img src="/ImageRepository/Document?documentID=2411" alt="Courthouse in autumn"><div class="caption"><h2>Welcome to Bexley County</h2><p>Serving our residents since 1803.</p></div></li>
<li class="slide"><img src="/ImageRepository/Document?documentID=2412" alt="County fair"><div class="caption"><h2>Bexley County Fair</h2><p>Thank you for a record-breaking fair season.</p></div></li>
</ul></div>
<div class="graphicLinks"><ul>
<li><a href="/165/Pay-Property-Taxes"><svg><use href="#icon-home"/></svg>Pay Taxes</a></li>
<li><a href="/192/Job-Opportunities"><svg><use href="#icon-user"/></svg>Jobs</a></li>
<li><a href="/Bids.aspx"><svg><use href="#icon-download"/></svg>Bids</a></li>
<li><a href="/AgendaCenter"><svg><use href="#icon-calendar"/></svg>Agendas &amp; Minutes</a></li>
<li><a href="/list.aspx"><svg><use href="#icon-mail"/></svg>Notify Me&reg;</a></li>
<li><a href="/FormCenter"><svg><use href="#icon-print"/></svg>Forms</a></li>
</ul></div>
<div class="row">
<div class="col col1"><div class="widget widgetNewsFlash" id="widget_4_226_2">
<h2 class="widgetTitle">News Flash</h2><ol class="semanticList">"""
    + _county_news_items()
    + """</ol><a class="widgetViewAll" href="/CivicAlerts.aspx">View All</a> <a class="widgetRSS" href="/RSSFeed.aspx?ModID=1&amp;CID=All-newsflash.xml">RSS</a></div></div>
<div class="col col2"><div class="widget widgetCalendar" id="widget_4_227_3">
<h2 class="widgetTitle">Calendar</h2><ol class="semanticList">
<li class="widgetItem"><h3><a href="/Calendar.aspx?EID=5123">Board of Commissioners Regular Meeting</a></h3><div class="date">December 1, 2026, 9:00 AM - 11:00 AM</div></li>
<li class="widgetItem"><h3><a href="/Calendar.aspx?EID=5130">Planning Commission</a></h3><div class="date">December 3, 2026, 6:30 PM - 8:00 PM</div></li>
<li class="widgetItem"><h3><a href="/Calendar.aspx?EID=5131">Holiday Lights at Fairgrounds</a></h3><div class="date">December 5, 2026, 5:00 PM - 9:00 PM</div></li>
<li class="widgetItem"><h3><a href="/Calendar.aspx?EID=5137">Board of Elections Meeting</a></h3><div class="date">December 8, 2026, 10:00 AM - 11:00 AM</div></li>
</ol><a class="widgetViewAll" href="/Calendar.aspx">View All</a></div></div>
<div class="col col3"><div class="widget widgetAgenda" id="widget_4_228_4">
<h2 class="widgetTitle">Agenda Center</h2><ol class="semanticList">
<li class="widgetItem"><h3><a href="/AgendaCenter/ViewFile/Agenda/_12012026-845">Board of Commissioners Regular Meeting</a></h3><div class="date">Dec 1, 2026</div></li>
<li class="widgetItem"><h3><a href="/AgendaCenter/ViewFile/Minutes/_11172026-839">Board of Commissioners Regular Meeting Minutes</a></h3><div class="date">Nov 17, 2026</div></li>
<li class="widgetItem"><h3><a href="/AgendaCenter/ViewFile/Agenda/_11122026-836">Planning Commission</a></h3><div class="date">Nov 12, 2026</div></li>
</ol><a class="widgetViewAll" href="/AgendaCenter">View All</a></div>
<div class="widget widgetAlerts" id="widget_4_229_5"><h2 class="widgetTitle">Alert Center</h2>
<div class="widgetBody"><p>There are no alerts at this time.</p></div><a class="widgetViewAll" href="/AlertCenter.aspx">View All</a></div>
</div></div>
<div class="row about">"""
    + paragraphs(6, "Bexley County is home to more than 92,000 residents across 14 townships and 5 villages.")
    + """</div>
<div class="row deptDirectory"><h2>Departments</h2><ul class="deptList">"""
    + "".join(f'<li><a href="/{200 + i}/{slug(d)}">{d}</a></li>' for i, d in enumerate(DEPARTMENTS))
    + """</ul></div>
</main>
<footer id="footer"><div class="siteWrap"><div class="contactInfo"><h2>Contact Us</h2><p>Bexley County Administration Building<br>101 N. Main Street<br>Bexley, OH 45999</p><p>Phone: 555-555-0100<br>Hours: Monday - Friday, 8:00 a.m. - 4:30 p.m.</p></div>
<div class="quickLinks"><h2>Quick Links</h2><ul><li><a href="/AgendaCenter">Agendas &amp; Minutes</a></li><li><a href="/Archive.aspx">Archive Center</a></li><li><a href="/Directory.aspx">Staff Directory</a></li><li><a href="/Jobs.aspx">Job Opportunities</a></li><li><a href="/DocumentCenter">Document Center</a></li></ul></div>
<div class="siteLinks"><h2>Site Links</h2><ul><li><a href="/">Home</a></li><li><a href="/MyAccount">My Account</a></li><li><a href="/Accessibility">Accessibility</a></li><li><a href="/Sitemap">Site Map</a></li><li><a href="/CopyrightNotices">Copyright Notices</a></li></ul></div>
<p class="poweredBy"><a href="https://www.civicplus.com/civicengage">Government Websites by CivicPlus&reg;</a></p>
<p class="copyright">&copy; 2026 Bexley County, Ohio. All rights reserved.</p></div></footer>
</div></div>
<script src="/Assets/Scripts/Widgets/Slideshow.js"></script><script>$(function(){CP.initMegaMenu('#mainNav');});</script>
</body></html>"""
)


def _county_list_page() -> str:
    rows = [
        (2411, "Holiday Trash and Recycling Collection Schedule", "November 24, 2026 10:15 AM"),
        (2409, "Commissioners Approve 2027 Appropriations", "November 19, 2026 3:02 PM"),
        (2406, "Flu Shot Clinics at the Health Department", "November 12, 2026 9:00 AM"),
        (2402, "County Offices Closed for Veterans Day", "November 5, 2026 8:30 AM"),
        (2398, "Leaf Collection Begins in Unincorporated Areas", "October 28, 2026 1:45 PM"),
        (2395, "Sheriff's Office Hosts Drug Take Back Day", "October 20, 2026 11:00 AM"),
        (2391, "Early Voting Hours Announced", "October 6, 2026 2:30 PM"),
        (2388, "Bridge Replacement on County Road 12", "September 29, 2026 4:10 PM"),
    ]
    items = "".join(
        f'<li><h3><a href="/CivicAlerts.aspx?AID={aid}">{t}</a></h3><div class="intro">'
        f"{t}: more details are available in the full article.</div>"
        f'<p class="date">Posted on: {d}</p></li>'
        for aid, t, d in rows
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News Flash &bull; Bexley County, OH &bull; CivicEngage</title></head>'
        '<body class="wide40"><div id="skipToContentLinks"><a href="#cc1" class="skipToContentLink">Skip to Main Content</a></div>'
        + mega_menu(_county_menu)
        + '<main id="cc1"><ol class="breadCrumbs"><li><a href="/">Home</a></li><li>News Flash</li></ol>'
        '<h1 id="versionHeadLine">News Flash</h1><div id="moduleContent"><div class="categories">'
        '<h2>All Categories</h2><a href="/CivicAlerts.aspx?CID=1">Home</a> <a href="/CivicAlerts.aspx?CID=3">Health</a></div>'
        '<div class="newsFlash"><h2>Home</h2><ol class="listItems">' + items + '</ol></div></div></main>'
        '<footer><p><a href="https://www.civicplus.com/civicengage">Government Websites by CivicPlus&reg;</a></p>'
        '<p>&copy; 2026 Bexley County, Ohio</p></footer></body></html>'
    )


def _county_agenda_center() -> str:
    rows = [
        ("12012026-845", "Dec 1, 2026", "December 1, 2026", "Nov 24, 2026 11:04 AM", "Regular Meeting"),
        ("11172026-839", "Nov 17, 2026", "November 17, 2026", "Nov 10, 2026 3:20 PM", "Regular Meeting"),
        ("11032026-830", "Nov 3, 2026", "November 3, 2026", "Oct 27, 2026 10:00 AM", "Regular Meeting"),
        ("10202026-822", "Oct 20, 2026", "October 20, 2026", "Oct 13, 2026 9:45 AM", "Regular Meeting"),
    ]
    body = "".join(
        f'<tr class="catAgendaRow"><td><h3><strong aria-label="Agenda for {full}">{short}</strong> &mdash; '
        f'<span class="posted">Posted {posted}</span></h3><p><a href="/AgendaCenter/ViewFile/Agenda/_{fid}">{name}</a></p></td>'
        f'<td class="minutes"><a href="/AgendaCenter/ViewFile/Minutes/_{fid}"><img src="/Common/images/AgendaCenter/minutes.png" alt="Minutes"></a></td>'
        f'<td class="downloads"><a href="/AgendaCenter/ViewFile/Agenda/_{fid}?packet=true">Packet</a></td></tr>'
        for fid, short, full, posted, name in rows
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Agenda Center &bull; Bexley County, OH &bull; CivicEngage</title></head><body>'
        + mega_menu(_county_menu)
        + '<main><h1>Agenda Center</h1><div class="listing"><h2>Board of Commissioners 2026</h2>'
        '<table id="table1" class="agendaTable"><thead><tr><th scope="col">Agenda</th><th scope="col">Minutes</th><th scope="col">Download</th></tr></thead><tbody>'
        + body
        + '</tbody></table></div></main><footer><p>&copy; 2026 Bexley County, Ohio</p></footer></body></html>'
    )


COUNTY_SITE = Site(COUNTY, {
    "/": COUNTY_HOME,
    "/CivicAlerts.aspx": _county_list_page(),
    "/AgendaCenter": _county_agenda_center(),
    "/Calendar.aspx": COUNTY_HOME.replace("<title>Bexley County, OH - Official Website", "<title>Calendar"),
    "/AlertCenter.aspx": '<!DOCTYPE html><html lang="en"><head><title>Alert Center &bull; Bexley County, OH</title></head>'
    '<body><main><h1>Alert Center</h1><p>There are no alerts at this time.</p></main></body></html>',
})

COUNTY_TRUTH = SiteTruth(
    COUNTY, "Bexley County (CivicPlus)", "healthy", True,
    must=(),
    must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "undated"),
    columns=(
        ColumnTruth("News Flash", ("news",), date(2026, 11, 24)),
        ColumnTruth("Agenda Center", ("notice", "other"), (date(2026, 11, 12), date(2026, 11, 24))),
        ColumnTruth("Calendar", ("other",), ANY),
        ColumnTruth("Alert Center", ("other",), ANY, empty=False),
    ),
    last_updated=date(2026, 11, 24),
    home_status="healthy", home_passed=True,
    home_must_not=("homepage_stale", "undated"),
    notes="Agenda Center dates an agenda by its meeting day (Dec 1, ahead): no future_dated.",
)

# --------------------------------------------------------------------------- 2. Granicus govAccess city

CITY = "www.maplewoodca.test"

_city_menu = {
    "Government": ["City Council", "City Manager", "City Clerk", "Agendas & Minutes", "Municipal Code",
                   "Boards & Commissions", "Elections", "Budget", "Strategic Plan"],
    "Departments": ["Community Development", "Finance", "Fire", "Human Resources", "Library",
                    "Parks & Recreation", "Police", "Public Works", "Utilities", "Economic Development"],
    "Services": ["Pay Utility Bill", "Permits & Inspections", "Report an Issue", "Business License",
                 "Street Sweeping", "Trash & Recycling", "Rent Stabilization", "Public Records"],
    "Community": ["Events", "Parks", "Volunteer", "Neighborhood Services", "Arts & Culture", "Seniors"],
    "Business": ["Open a Business", "Bids & RFPs", "Downtown", "Incentives"],
}

CITY_HOME = (
    """<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Maplewood, CA - Official Website</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="/Project/Contents/Main/_gfx/themes/css/main.css?v=20261102" rel="stylesheet">
<script src="/Project/Contents/Main/_gfx/js/modernizr.js"></script>
""" + ANALYTICS + """</head>
<body class="homepage"><a class="skip-link" href="#main">Skip to main content</a>
""" + SVG_SPRITE + """
<header class="site-header"><div class="container"><a class="logo" href="/Home"><img src="/Project/Contents/Main/_gfx/logo.png" alt="City of Maplewood"></a>
<form class="site-search" action="/Home/Search-Results" method="get"><input type="search" name="searchtext" aria-label="Search"><button>Search</button></form>
<ul class="utility"><li><a href="/Home/Components/ServiceDirectory/ServiceDirectory/">Services A-Z</a></li><li><a href="/Home/Components/StaffDirectory/StaffDirectory/">Staff Directory</a></li><li><a href="https://maplewood.granicus.com/ViewPublisher.php?view_id=2">Watch Meetings</a></li></ul></div>
""" + mega_menu(_city_menu, "/Home/") + """</header>
<main id="main">
<section class="hero"><h1>Welcome to Maplewood</h1><p>A welcoming city of parks, neighborhoods and a historic downtown.</p></section>
<section class="quick-links"><ul>
<li><a href="/Home/Pay-Utility-Bill">Pay My Bill</a></li><li><a href="/Home/Report-an-Issue">Report an Issue</a></li>
<li><a href="https://maplewood.granicus.com/ViewPublisher.php?view_id=2">Agendas &amp; Minutes</a></li>
<li><a href="/Home/Permits">Permits</a></li><li><a href="/Home/Jobs">Jobs</a></li><li><a href="/Home/Notify-Me">Notify Me</a></li></ul></section>
<div class="home-columns">
<section class="home-news" aria-labelledby="newsHeading"><h2 id="newsHeading">City News</h2>
<div id="newsFeed" class="news-feed" data-src="/Home/Components/News/Feed?limit=5&amp;format=json">
<div class="spinner" role="status"><span class="sr-only">Loading...</span></div></div>
<a class="more" href="/Home/Components/News/News/">More News</a></section>
<section class="home-notices"><h2>Public Notices</h2><div class="news_list"><div class="list-item-container">
<article class="list-item"><a href="/Home/Components/News/News/4531/18"><div class="list-item-title">Notice of Public Hearing: 2027 Water Rate Adjustments</div></a><span class="list-item-date">11/18/2026</span></article>
<article class="list-item"><a href="/Home/Components/News/News/4527/18"><div class="list-item-title">Notice of Availability: Draft Housing Element Annual Progress Report</div></a><span class="list-item-date">11/13/2026</span></article>
<article class="list-item"><a href="/Home/Components/News/News/4519/18"><div class="list-item-title">Street Closure: Oak Avenue Sewer Repair</div></a><span class="list-item-date">11/06/2026</span></article>
<article class="list-item"><a href="/Home/Components/News/News/4510/18"><div class="list-item-title">Notice Inviting Bids: Civic Center HVAC Replacement</div></a><span class="list-item-date">10/29/2026</span></article>
</div></div><a class="more" href="/Home/Components/News/News/?cat=18">All Notices</a></section>
<section class="home-events"><h2>Upcoming Events</h2><ul class="event-list">
<li><a href="/Home/Components/Calendar/Event/9912/19"><span class="event-date"><span class="month">Dec</span> <span class="day">1</span></span><span class="event-title">City Council Regular Meeting</span></a><span class="event-time">December 1, 2026 @ 6:00 PM</span></li>
<li><a href="/Home/Components/Calendar/Event/9918/19"><span class="event-date"><span class="month">Dec</span> <span class="day">4</span></span><span class="event-title">Holiday Tree Lighting</span></a><span class="event-time">December 4, 2026 @ 5:30 PM</span></li>
<li><a href="/Home/Components/Calendar/Event/9921/19"><span class="event-date"><span class="month">Dec</span> <span class="day">9</span></span><span class="event-title">Planning Commission</span></a><span class="event-time">December 9, 2026 @ 7:00 PM</span></li>
</ul><a class="more" href="/Home/Components/Calendar/Event/Index">View Calendar</a></section>
</div>
<section class="about">""" + paragraphs(8, "Maplewood was incorporated in 1911 and is governed by a five-member City Council.") + """</section>
</main>
<footer class="site-footer"><div class="container"><address>City Hall, 200 Civic Center Drive, Maplewood, CA 94999 &middot; (555) 555-0150</address>
<ul><li><a href="/Home/Accessibility">Accessibility</a></li><li><a href="/Home/Privacy-Policy">Privacy Policy</a></li><li><a href="/Home/Site-Map">Site Map</a></li></ul>
<p>&copy; 2026 City of Maplewood &middot; <a href="https://granicus.com/solution/govaccess/">govAccess</a> by Granicus</p></div></footer>
<script>
(function(){var el=document.getElementById('newsFeed');
fetch(el.dataset.src).then(function(r){return r.json();}).then(function(items){
var html='';items.forEach(function(it){html+='<article class="list-item"><a href="'+it.url+'">'+it.title+'</a><span class="list-item-date">'+it.date+'</span></article>';});
el.innerHTML=html;}).catch(function(){el.innerHTML='<p>News is temporarily unavailable.</p>';});})();
</script></body></html>"""
)


def _city_news_list() -> str:
    rows = [
        (4533, "Maplewood Receives State Grant for Safe Routes to School", "11/20/2026"),
        (4529, "City Hall Closed November 26-27 for Thanksgiving", "11/17/2026"),
        (4524, "Council Adopts Climate Action Plan Update", "11/10/2026"),
        (4518, "Winter Shelter Opens December 1", "11/04/2026"),
        (4512, "Police Department Welcomes Five New Officers", "10/30/2026"),
        (4507, "Fall Leaf Drop-Off Days", "10/22/2026"),
    ]
    items = "".join(
        f'<article class="list-item"><a href="/Home/Components/News/News/{n}/17"><div class="list-item-title">{t}</div></a>'
        f'<span class="list-item-date">{d}</span><div class="list-item-block-desc">{t}. Read the full release for details.</div></article>'
        for n, t, d in rows
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News - Maplewood, CA</title></head><body>'
        + mega_menu(_city_menu, "/Home/")
        + '<main id="main"><ol class="breadcrumbs"><li><a href="/Home">Home</a></li><li>News</li></ol><h1>City News</h1>'
        '<div class="news_list"><div class="list-item-container">' + items + "</div></div>"
        '<div class="pagination"><a class="pg-current" href="?page=1">1</a><a href="?page=2">2</a><a href="?page=2">Next</a></div>'
        '</main><footer><p>&copy; 2026 City of Maplewood</p></footer></body></html>'
    )


def _city_notices_list() -> str:
    """The notices category of the news module (the homepage's "All Notices" link), as
    govAccess filters its one news list by category: the same markup, notices only."""
    rows = [
        (4531, "Notice of Public Hearing: 2027 Water Rate Adjustments", "11/18/2026"),
        (4527, "Notice of Availability: Draft Housing Element Annual Progress Report", "11/13/2026"),
        (4519, "Street Closure: Oak Avenue Sewer Repair", "11/06/2026"),
        (4510, "Notice Inviting Bids: Civic Center HVAC Replacement", "10/29/2026"),
        (4501, "Notice of Public Hearing: Zoning Code Cleanup Amendments", "10/14/2026"),
    ]
    items = "".join(
        f'<article class="list-item"><a href="/Home/Components/News/News/{n}/18"><div class="list-item-title">{t}</div></a>'
        f'<span class="list-item-date">{d}</span></article>'
        for n, t, d in rows
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Public Notices - Maplewood, CA</title></head><body>'
        + mega_menu(_city_menu, "/Home/")
        + '<main id="main"><ol class="breadcrumbs"><li><a href="/Home">Home</a></li><li>Public Notices</li></ol><h1>Public Notices</h1>'
        '<div class="news_list"><div class="list-item-container">' + items + "</div></div>"
        '</main><footer><p>&copy; 2026 City of Maplewood</p></footer></body></html>'
    )


CITY_SITE = Site(CITY, {
    "/": CITY_HOME,
    "/Home/Components/News/News/": _city_news_list(),
    "/Home/Components/News/News/?cat=18": _city_notices_list(),
    "/Home/Components/News/Feed": (200, "application/json",
                                   '[{"title":"Maplewood Receives State Grant","url":"/Home/Components/News/News/4533/17","date":"11/20/2026"}]'),
})

CITY_TRUTH = SiteTruth(
    CITY, "City of Maplewood (govAccess)", "healthy", True,
    must=(),
    must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "undated"),
    columns=(
        ColumnTruth("City News", ("news",), date(2026, 11, 20)),
        ColumnTruth("Public Notices", ("notice",), date(2026, 11, 18)),
        ColumnTruth("Upcoming Events", ("other",), ANY),
    ),
    last_updated=date(2026, 11, 20),
    home_status="healthy", home_passed=True,
    home_must_not=("homepage_stale", "undated"),
    notes="City News is filled by fetch() (a spinner in the HTML): judged on its own page.",
)

# --------------------------------------------------------------------------- 3. Finalsite school district

SCHOOL = "www.lakeviewusd.test"

_school_menu = {
    "About Us": ["Superintendent", "Mission & Vision", "District News", "Strategic Plan", "Employment", "Contact Us"],
    "Schools": ["Lakeview High School", "Harbor Middle School", "Cedar Elementary", "Pine Elementary",
                "Willow Elementary", "Lakeview Adult School", "Independent Study"],
    "Departments": ["Business Services", "Educational Services", "Human Resources", "Nutrition Services",
                    "Special Education", "Technology", "Transportation", "Facilities"],
    "Families": ["Enrollment", "Bell Schedules", "School Calendar", "Parent Portal", "Health Services",
                 "Counseling", "Bus Routes", "Lunch Menus"],
    "Board of Education": ["Board Members", "Board Meeting Agendas", "Board Meeting Minutes", "Board Policies",
                           "Board Meeting Videos"],
}


def _fs_post(title: str, url: str, y: int, m: int, d: int, mon: str, summary: str) -> str:
    return (
        f'<article class="fsStyleAutoclear"><div class="fsTitle"><a class="fsPostLink fsPostTitle" href="{url}">{title}</a></div>'
        f'<div class="fsDateTime"><time datetime="{y}-{m:02d}-{d:02d}T08:00:00-08:00" class="fsDate">'
        f'<span class="fsMonth">{mon}</span> <span class="fsDay">{d}</span>, <span class="fsYear">{y}</span></time></div>'
        f'<div class="fsSummary"><p>{summary}</p></div><a class="fsReadMoreLink" href="{url}">Read More about {title}</a></article>'
    )


SCHOOL_HOME = (
    """<!DOCTYPE html>
<html lang="en" class="fsComposeMode-false"><head><meta charset="utf-8"><title>Home - Lakeview Unified School District</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/cf_themes/lakeview/styles.css?v=1763">
<script>window.FS={siteId:'lakeviewusd',pageId:1,env:'production',locale:'en'};</script>
""" + ANALYTICS + """</head>
<body class="fsHomepage"><a class="fsSkipLink" href="#fsPageContent">Skip To Main Content</a>
""" + SVG_SPRITE + """
<div id="fsHeader" class="fsHeader"><div class="fsBanner"><a class="fsLogo" href="/"><img src="/fs/images/logo.png" alt="Lakeview Unified School District"></a>
<div class="fsElement fsContent translate"><div id="google_translate_element"></div></div></div>
<div class="fsNavigation fsElement fsMenu">""" + mega_menu(_school_menu) + """</div></div>
<div id="fsPageBodyWrapper"><div id="fsPageContent" class="fsPageContent">
<div class="fsElement fsSlideshow"><div class="fsSlideshowSlide"><img src="/fs/images/slide1.jpg" alt="Students at the science fair"><div class="fsSlideshowCaption">Excellence, Equity and Engagement for Every Student</div></div></div>
<div class="fsElement fsContent fsQuickLinks"><h2 class="fsElementTitle">Quick Links</h2><ul>
<li><a href="/families/enrollment">Enroll</a></li><li><a href="/families/lunch-menus">Lunch Menus</a></li>
<li><a href="https://lakeviewusd.aeries.net/student/">Parent Portal</a></li><li><a href="/families/school-calendar">Calendar</a></li>
<li><a href="/about-us/employment">Employment</a></li><li><a href="/board-of-education">Board of Education</a></li></ul></div>
<div class="fsElement fsPostElement fsList" id="fsEl_2031"><header><h2 class="fsElementTitle">District News</h2></header><div class="fsElementContent">"""
    + _fs_post("Winter Concert Schedule Announced", "/about-us/district-news/~board/news/post/winter-concert-schedule", 2026, 11, 23, "November",
               "Music programs across the district will perform in December.")
    + _fs_post("LHS Robotics Team Advances to State", "/about-us/district-news/~board/news/post/lhs-robotics-state", 2026, 11, 18, "November",
               "The Lakeview High Robotics team placed first at the regional qualifier.")
    + _fs_post("Thanksgiving Break: No School November 23-27", "/about-us/district-news/~board/news/post/thanksgiving-break", 2026, 11, 16, "November",
               "Schools and district offices are closed for Thanksgiving break.")
    + _fs_post("Parent Survey Results Now Available", "/about-us/district-news/~board/news/post/parent-survey-results", 2026, 11, 9, "November",
               "Thank you to the more than 3,000 families who responded.")
    + """</div><footer><a class="fsElementFooterLink" href="/about-us/district-news">View All News</a></footer></div>
<div class="fsElement fsCalendar fsList" id="fsEl_2032"><header><h2 class="fsElementTitle">Upcoming Events</h2></header><div class="fsElementContent">
<article class="fsCalendarEventItem"><div class="fsDate"><span class="fsMonth">Dec</span> <span class="fsDay">3</span></div><a class="fsCalendarEventTitle fsCalendarEventLink" href="/families/school-calendar/~event/2026-12-03-lhs-winter-concert">LHS Winter Concert</a><div class="fsTimeRange"><time datetime="2026-12-03T19:00:00-08:00" class="fsStartTime">7:00 PM</time></div></article>
<article class="fsCalendarEventItem"><div class="fsDate"><span class="fsMonth">Dec</span> <span class="fsDay">8</span></div><a class="fsCalendarEventTitle fsCalendarEventLink" href="/families/school-calendar/~event/2026-12-08-board-meeting">Regular Board Meeting</a><div class="fsTimeRange"><time datetime="2026-12-08T18:00:00-08:00" class="fsStartTime">6:00 PM</time></div></article>
<article class="fsCalendarEventItem"><div class="fsDate"><span class="fsMonth">Dec</span> <span class="fsDay">21</span></div><a class="fsCalendarEventTitle fsCalendarEventLink" href="/families/school-calendar/~event/2026-12-21-winter-break">Winter Break Begins - No School</a></article>
</div><footer><a class="fsElementFooterLink" href="/families/school-calendar">View Calendar</a></footer></div>
<div class="fsElement fsResourceElement fsList" id="fsEl_2033"><header><h2 class="fsElementTitle">Board Meeting Minutes</h2></header><div class="fsElementContent"><ul class="fsResourceList">
<li class="fsResource"><a class="fsResourceLink" href="/fs/resource-manager/view/minutes-2025-09-16">Regular Board Meeting Minutes - September 16, 2025</a></li>
<li class="fsResource"><a class="fsResourceLink" href="/fs/resource-manager/view/minutes-2025-08-19">Regular Board Meeting Minutes - August 19, 2025</a></li>
<li class="fsResource"><a class="fsResourceLink" href="/fs/resource-manager/view/minutes-2025-07-15">Special Board Meeting Minutes - July 15, 2025</a></li>
</ul></div><footer><a class="fsElementFooterLink" href="/board-of-education/board-meeting-minutes">All Board Minutes</a></footer></div>
<div class="fsElement fsContent superintendent"><h2 class="fsElementTitle">From the Superintendent</h2>"""
    + paragraphs(7, "Welcome to the Lakeview Unified School District, serving 11,400 students in nine schools.")
    + """</div>
</div></div>
<footer id="fsFooter" class="fsFooter"><div class="fsElement fsContent"><p>Lakeview Unified School District &middot; 500 Lake Street, Lakeview, CA 95999 &middot; (555) 555-0199</p>
<p><a href="/nondiscrimination">Non-Discrimination Statement</a> | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p>
<p class="fsPoweredBy"><a href="https://www.finalsite.com">Powered by Finalsite</a></p><p>&copy; 2026 Lakeview Unified School District</p></div></footer>
<script src="/cf_scripts/finalsite/bundle.js?v=1763" defer></script></body></html>"""
)


def _school_minutes_page() -> str:
    rows = [
        ("2025-09-16", "September 16, 2025", "Regular"), ("2025-08-19", "August 19, 2025", "Regular"),
        ("2025-07-15", "July 15, 2025", "Special"), ("2025-06-17", "June 17, 2025", "Regular"),
        ("2025-05-20", "May 20, 2025", "Regular"), ("2025-04-15", "April 15, 2025", "Regular"),
        ("2025-03-18", "March 18, 2025", "Regular"), ("2025-02-18", "February 18, 2025", "Regular"),
    ]
    trs = "".join(
        f'<tr><td>{d}</td><td><a href="/fs/resource-manager/view/minutes-{iso}">{kind} Board Meeting Minutes</a></td>'
        f'<td><a href="/fs/resource-manager/view/minutes-{iso}?download=1">PDF</a></td></tr>'
        for iso, d, kind in rows
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Board Meeting Minutes - Lakeview Unified School District</title></head><body>'
        + mega_menu(_school_menu)
        + '<div id="fsPageContent"><h1 class="fsPageTitle">Board Meeting Minutes</h1>'
        '<p>Minutes are posted after approval by the Board at its next regular meeting.</p>'
        '<table class="fsResourceTable"><thead><tr><th>Meeting Date</th><th>Minutes</th><th>Download</th></tr></thead><tbody>'
        + trs + '</tbody></table></div><footer id="fsFooter"><p>&copy; 2026 Lakeview Unified School District</p></footer></body></html>'
    )


def _school_news_page() -> str:
    posts = "".join([
        _fs_post("Winter Concert Schedule Announced", "/about-us/district-news/~board/news/post/winter-concert-schedule", 2026, 11, 23, "November", "Music programs perform in December."),
        _fs_post("LHS Robotics Team Advances to State", "/about-us/district-news/~board/news/post/lhs-robotics-state", 2026, 11, 18, "November", "First at the regional qualifier."),
        _fs_post("Thanksgiving Break: No School November 23-27", "/about-us/district-news/~board/news/post/thanksgiving-break", 2026, 11, 16, "November", "Schools closed."),
        _fs_post("Parent Survey Results Now Available", "/about-us/district-news/~board/news/post/parent-survey-results", 2026, 11, 9, "November", "Thank you to our families."),
        _fs_post("Measure L Bond Projects Update", "/about-us/district-news/~board/news/post/measure-l-update", 2026, 10, 30, "October", "Construction is on schedule."),
        _fs_post("Red Ribbon Week Activities", "/about-us/district-news/~board/news/post/red-ribbon-week", 2026, 10, 21, "October", "Schools celebrate healthy choices."),
    ])
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>District News - Lakeview Unified School District</title></head><body>'
        + mega_menu(_school_menu)
        + '<div id="fsPageContent"><h1 class="fsPageTitle">District News</h1><div class="fsElement fsPostElement fsList"><div class="fsElementContent">'
        + posts + '</div><div class="fsPagination"><a class="fsNextPageLink" href="/about-us/district-news?page=2">Next</a></div></div></div>'
        '<footer id="fsFooter"><p>&copy; 2026 Lakeview Unified School District</p></footer></body></html>'
    )


SCHOOL_SITE = Site(SCHOOL, {
    "/": SCHOOL_HOME,
    "/about-us/district-news": _school_news_page(),
    "/board-of-education/board-meeting-minutes": _school_minutes_page(),
})

SCHOOL_TRUTH = SiteTruth(
    SCHOOL, "Lakeview USD (Finalsite)", "healthy", True,
    must=(),
    must_not=("homepage_stale", "column_empty", "future_dated", "undated", "column_stale"),
    columns=(
        ColumnTruth("District News", ("news",), date(2026, 11, 23)),
        ColumnTruth("Upcoming Events", ("other",), ANY),
        ColumnTruth("Board Meeting Minutes", ("other",), date(2025, 9, 16)),
    ),
    last_updated=date(2026, 11, 23),
    home_status="healthy", home_passed=True,
    home_must_not=("homepage_stale", "undated"),
    notes=("Board minutes 14 months old: minutes are none of the five classes the rules give a limit "
           "(news, notice, policy, personnel, planning), so no column_stale; the newsroom is fresh."),
)

# --------------------------------------------------------------------------- 4. Drupal 10 university department

UNI = "physics.northfield-univ.test"

_uni_menu = {
    "About": ["Welcome from the Chair", "Department History", "Diversity & Inclusion", "Employment", "Contact"],
    "Academics": ["Undergraduate Program", "Graduate Program", "Courses", "Advising", "Scholarships"],
    "Research": ["Astrophysics", "Condensed Matter", "High Energy Physics", "Quantum Information",
                 "Biophysics", "Physics Education Research", "Facilities"],
    "People": ["Faculty", "Research Staff", "Postdocs", "Graduate Students", "Emeriti", "Staff"],
    "News & Events": ["Department News", "Seminars", "Colloquium", "In the Media", "Newsletter"],
}


def _uni_teaser(title: str, url: str, img: str) -> str:
    return (
        f'<div class="views-row"><article class="node node--type-article node--promoted node--view-mode-teaser">'
        f'<div class="field field--name-field-image"><img loading="lazy" src="/sites/default/files/styles/max_325x325/public/{img}" alt=""></div>'
        f'<h3 class="node__title teaser__title"><a href="{url}" rel="bookmark"><span class="field field--name-title">{title}</span></a></h3>'
        f"</article></div>"
    )


UNI_HOME = (
    """<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Department of Physics &amp; Astronomy | Northfield University</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q7bX3.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/1","isFront":true},"ajaxPageState":{"theme":"olivero"},"olivero":{"mobile_nav_breakpoint":"1200px"}}</script>
""" + ANALYTICS + """</head>
<body class="path-frontpage page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial"></div>
<div id="site-header__inner" class="site-header__inner"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">Physics &amp; Astronomy</a></div>
<div class="header-nav-overlay"></div><div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" class="primary-nav">
<h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2>""" + mega_menu(_uni_menu) + """</nav>
<div class="search-block-form"><form action="/search/node" method="get"><input type="search" name="keys" title="Enter the terms you wish to search for."><input type="submit" value="Search"></form></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="region region--hero"><div class="block block-block-content"><div class="text-content"><h1>Exploring the universe, from quarks to quasars</h1><p>Our faculty and students pursue fundamental questions in physics and astronomy.</p></div></div></div>
<div class="region region--content-above">
<div class="views-element-container block block-views block-views-blocknews-block-1"><h2 class="block__title">Department News</h2>
<div><div class="view view-news view-id-news view-display-id-block_1 js-view-dom-id-7c1f"><div class="view-content">"""
    + _uni_teaser("Physicists measure the neutron lifetime with record precision", "/news/physicists-measure-neutron-lifetime-record-precision", "neutron.jpg")
    + _uni_teaser("Professor Okafor elected Fellow of the American Physical Society", "/news/okafor-elected-aps-fellow", "okafor.jpg")
    + _uni_teaser("Undergraduates present at the Midwest Astronomy Conference", "/news/undergraduates-midwest-astronomy-conference", "conference.jpg")
    + """</div><div class="more-link"><a href="/news">More department news</a></div></div></div></div>
<div class="views-element-container block block-views block-views-blockseminars-block-1"><h2 class="block__title">Seminars</h2>
<div><div class="view view-seminars view-id-seminars view-display-id-block_1"><div class="view-content">
<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/events/colloquium-dark-energy-spectroscopic-instrument" hreflang="en">Colloquium: First results from the Dark Energy Spectroscopic Instrument</a></span></div><div class="views-field views-field-field-event-date"><div class="field-content"><time datetime="2026-12-02T21:00:00Z">Wed, Dec 2 2026, 4:00 pm</time></div></div></div>
<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/events/condensed-matter-seminar-moire-materials" hreflang="en">Condensed Matter Seminar: Correlated states in moir&eacute; materials</a></span></div><div class="views-field views-field-field-event-date"><div class="field-content"><time datetime="2026-12-04T20:00:00Z">Fri, Dec 4 2026, 3:00 pm</time></div></div></div>
<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/events/quantum-information-seminar-error-correction" hreflang="en">Quantum Information Seminar: Logical qubits below threshold</a></span></div><div class="views-field views-field-field-event-date"><div class="field-content"><time datetime="2026-12-09T17:00:00Z">Wed, Dec 9 2026, 12:00 pm</time></div></div></div>
</div><div class="more-link"><a href="/events">All seminars and events</a></div></div></div></div>
<div class="views-element-container block block-views block-views-blockin-the-media-block-1"><h2 class="block__title">In the Media</h2>
<div><div class="view view-in-the-media view-id-in_the_media"><div class="view-content"><ul>
<li><div class="views-field views-field-title"><a href="https://www.sciencenews.example/article/neutron-lifetime-puzzle">Science News: A new clue in the neutron lifetime puzzle</a></div><div class="views-field views-field-field-date"><time datetime="2026-11-20T12:00:00Z">November 20, 2026</time></div></li>
<li><div class="views-field views-field-title"><a href="https://www.publicradio.example/2026/11/16/meteor-shower">Public Radio: How to watch the Leonids, with Dr. Alvarez</a></div><div class="views-field views-field-field-date"><time datetime="2026-11-16T12:00:00Z">November 16, 2026</time></div></li>
<li><div class="views-field views-field-title"><a href="https://www.citypaper.example/news/local-students-build-telescope">City Paper: Local students build a radio telescope</a></div><div class="views-field views-field-field-date"><time datetime="2026-11-03T12:00:00Z">November 3, 2026</time></div></li>
</ul></div><div class="more-link"><a href="/in-the-media">More media coverage</a></div></div></div></div>
</div>
<div class="region region--content"><div class="text-content">"""
    + paragraphs(8, "The Department of Physics & Astronomy has 42 faculty, 160 graduate students and 300 majors.")
    + """</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><nav aria-label="Footer"><ul class="menu">
<li class="menu__item"><a href="/contact">Contact</a></li><li class="menu__item"><a href="https://www.northfield-univ.test/accessibility">Accessibility</a></li>
<li class="menu__item"><a href="https://www.northfield-univ.test/privacy">Privacy</a></li><li class="menu__item"><a href="https://www.northfield-univ.test/">Northfield University</a></li></ul></nav></div>
<div class="region region--footer-bottom"><p>Department of Physics &amp; Astronomy, 1200 University Avenue, Northfield, MN 55999</p><p>&copy; 2026 Regents of Northfield University</p></div></div></footer>
</div></div></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script><script src="/core/themes/olivero/js/navigation.js?v=10.3.6"></script></body></html>"""
)

# Department News, as Drupal's view with a "sort ascending" left on: oldest first, 5 pages.
_UNI_NEWS = [
    # page 0 (oldest)
    [("Welcome to the new department website", "2023-09-05"), ("Fall colloquium series begins", "2023-09-18"),
     ("Graduate open house a success", "2023-10-12"), ("New faculty join the department", "2023-11-02")],
    [("Students win poster prizes", "2024-03-14"), ("Observatory renovation complete", "2024-06-20"),
     ("Summer REU program welcomes 12 students", "2024-07-08"), ("Department ranks in top 30", "2024-10-01")],
    [("Professor Lin receives NSF CAREER award", "2025-02-11"), ("Solar eclipse outreach event", "2025-04-08"),
     ("Alumni panel on careers in industry", "2025-09-30"), ("New quantum lab opens", "2025-12-03")],
    [("Physics Olympiad hosted on campus", "2026-03-21"), ("Commencement 2026 honors", "2026-05-16"),
     ("Record enrollment in introductory courses", "2026-09-04"), ("Colloquium speaker wins Nobel Prize", "2026-10-07")],
    # page 4 (newest)
    [("Undergraduates present at the Midwest Astronomy Conference", "2026-11-02"),
     ("Professor Okafor elected Fellow of the American Physical Society", "2026-11-12"),
     ("Physicists measure the neutron lifetime with record precision", "2026-11-19")],
]


def _uni_news_page(page: int) -> str:
    rows = []
    for title, iso in _UNI_NEWS[page]:
        y, m, d = (int(x) for x in iso.split("-"))
        shown = date(y, m, d).strftime("%a, %m/%d/%Y")
        rows.append(
            f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser">'
            f'<h2 class="node__title"><a href="/news/{slug(title)}" rel="bookmark"><span>{title}</span></a></h2>'
            f'<div class="node__meta"><span class="field--name-created"><time datetime="{iso}T14:20:00-06:00">{shown} - 14:20</time></span></div>'
            f"<div class=\"node__content\"><p>{title}. Read more about this story.</p></div></article></div>"
        )
    items = []
    for i in range(5):
        cls = "pager__item is-active" if i == page else "pager__item"
        items.append(f'<li class="{cls}"><a href="?page={i}" title="Go to page {i + 1}">{i + 1}</a></li>')
    pager = '<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items">'
    if page > 0:
        pager += f'<li class="pager__item pager__item--first"><a href="?page=0" title="Go to first page">&laquo; First</a></li><li class="pager__item pager__item--previous"><a href="?page={page - 1}" rel="prev">&lsaquo; Previous</a></li>'
    pager += "".join(items)
    if page < 4:
        pager += f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" rel="next">Next &rsaquo;</a></li><li class="pager__item pager__item--last"><a href="?page=4" title="Go to last page">Last &raquo;</a></li>'
    pager += "</ul></nav>"
    return (
        '<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
        '<title>Department News | Department of Physics &amp; Astronomy</title></head><body class="path-news">'
        '<header class="site-header">' + mega_menu(_uni_menu) + '</header><main id="main" class="layout-main"><h1 class="title page-title">Department News</h1>'
        '<div class="view view-news view-id-news view-display-id-page_1"><div class="view-content">' + "".join(rows) + "</div>"
        + pager + '</div></main><footer class="site-footer"><p>&copy; 2026 Regents of Northfield University</p></footer></body></html>'
    )


UNI_SITE = Site(UNI, {"/": UNI_HOME, "/news": _uni_news_page(0),
                      **{f"/news?page={i}": _uni_news_page(i) for i in range(5)}})

UNI_TRUTH = SiteTruth(
    UNI, "Physics & Astronomy (Drupal 10)", "healthy", True,
    must=(),
    must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "undated"),
    columns=(
        ColumnTruth("Department News", ("news",), date(2026, 11, 19)),
        ColumnTruth("Seminars", ("other",), ANY),
        ColumnTruth("In the Media", ("news", "other"), date(2026, 11, 20)),
    ),
    last_updated=date(2026, 11, 20),
    home_status="healthy", home_passed=True,
    home_must_not=("homepage_stale", "undated"),
    notes="/news is sorted ascending (2023 first); its last page (?page=4) holds the newest.",
)

# --------------------------------------------------------------------------- 5. NHS trust

NHS = "www.glenmoorhospitals.nhs.test"

_nhs_menu = {
    "Our services": ["A to Z of services", "Emergency department", "Maternity", "Outpatients", "Cancer services",
                     "Children's services", "Mental health liaison", "Radiology", "Pharmacy"],
    "Patients and visitors": ["Visiting times", "Parking", "Patient advice and liaison service (PALS)",
                              "Interpreting", "Your health records", "Travel and directions"],
    "About us": ["Our trust board", "Board papers", "Annual reports", "Freedom of Information",
                 "Disclosure log", "Equality, diversity and inclusion", "Our hospitals"],
    "Work for us": ["Current vacancies", "Nursing careers", "Medical staffing", "Apprenticeships", "Volunteering"],
    "Get involved": ["Become a member", "Council of governors", "Charity", "Patient panel"],
}


def _nhs_card(title: str, url: str, when: str, desc: str) -> str:
    return (
        f'<li class="nhsuk-grid-column-one-third nhsuk-card-group__item"><div class="nhsuk-card nhsuk-card--clickable">'
        f'<img class="nhsuk-card__img" src="/media/news/{slug(title)}.jpg" alt=""><div class="nhsuk-card__content">'
        f'<h3 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="{url}">{title}</a></h3>'
        f'<p class="nhsuk-card__description">{desc}</p><p class="nhsuk-body-s nhsuk-u-secondary-text-color">{when}</p></div></div></li>'
    )


_NHS_REVIEW = (
    '<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 26 November 2026<br>'
    "Next review due: 26 November 2027</p></div>"
)

NHS_HOME = (
    """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Glenmoor Hospitals NHS Foundation Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/nhsuk-8.1.1.min.css">""" + CRITICAL_CSS + """
<script>document.documentElement.className=document.documentElement.className+' js-enabled';</script>
</head><body><a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<div class="nhsuk-cookie-banner" id="nhsuk-cookie-banner"><div class="nhsuk-width-container"><h2>Cookies on our website</h2>
<p>We've put some small files called cookies on your device to make our site work. We'd also like to use analytics cookies.</p>
<button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with analytics cookies</button>
<button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button> <a href="/cookies">Let me choose</a></div></div>
""" + SVG_SPRITE + """
<header class="nhsuk-header nhsuk-header--organisation" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo">
<a class="nhsuk-header__link" href="/" aria-label="Glenmoor Hospitals NHS Foundation Trust homepage"><svg class="nhsuk-logo" role="img" viewBox="0 0 40 16"><path fill="#fff" d="M0 0h40v16H0z"></path></svg>
<span class="nhsuk-organisation-name">Glenmoor Hospitals</span><span class="nhsuk-organisation-descriptor">NHS Foundation Trust</span></a></div>
<div class="nhsuk-header__search"><form class="nhsuk-header__search-form" action="/search" method="get" role="search"><input class="nhsuk-search__input" type="search" name="q" placeholder="Search" autocomplete="off"><button class="nhsuk-search__submit" type="submit">Search</button></form></div></div>
<div class="nhsuk-navigation-container">""" + mega_menu(_nhs_menu) + """</div></header>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main">
<div class="nhsuk-hero"><h1>Caring for our communities</h1><p class="nhsuk-body-l">Three hospitals and community services for 480,000 people.</p></div>
<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-full"><div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">Important: </span>Visiting</span></h3>
<p>Please do not visit if you have had sickness or diarrhoea in the last 48 hours.</p></div></div></div>
<h2 class="nhsuk-heading-l">Latest news</h2><ul class="nhsuk-grid-row nhsuk-card-group">"""
    + _nhs_card("New community diagnostic centre opens in Eastfield", "/news/new-community-diagnostic-centre", "28 October 2026",
                "Patients can now have scans closer to home.")
    + _nhs_card("Staff recognised at annual awards", "/news/staff-awards-2026", "16 October 2026",
                "More than 400 nominations were received this year.")
    + _nhs_card("Get your winter vaccinations", "/news/winter-vaccinations", "2 October 2026",
                "Flu and COVID-19 vaccines are available for eligible staff and patients.")
    + """</ul><p><a class="nhsuk-action-link__link" href="/news">See all news</a></p>
<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-one-half"><h2 class="nhsuk-heading-m">Board papers</h2>
<ul class="nhsuk-list nhsuk-list--border">
<li><a href="/about-us/our-trust-board/board-papers/public-board-5-november-2026">Public board meeting papers &ndash; 5 November 2026</a></li>
<li><a href="/about-us/our-trust-board/board-papers/public-board-1-october-2026">Public board meeting papers &ndash; 1 October 2026</a></li>
<li><a href="/about-us/our-trust-board/board-papers/public-board-3-september-2026">Public board meeting papers &ndash; 3 September 2026</a></li>
</ul><p><a href="/about-us/our-trust-board/board-papers">All board papers</a></p></div>
<div class="nhsuk-grid-column-one-half"><h2 class="nhsuk-heading-m">Freedom of Information disclosure log</h2>
<ul class="nhsuk-list nhsuk-list--border">
<li><a href="/about-us/freedom-of-information/disclosure-log/foi-2026-0412">FOI-2026-0412 Agency nursing spend</a> <span class="nhsuk-body-s">20/10/2026</span></li>
<li><a href="/about-us/freedom-of-information/disclosure-log/foi-2026-0409">FOI-2026-0409 Car parking income</a> <span class="nhsuk-body-s">14/10/2026</span></li>
<li><a href="/about-us/freedom-of-information/disclosure-log/foi-2026-0401">FOI-2026-0401 Waiting times for hip replacement</a> <span class="nhsuk-body-s">07/10/2026</span></li>
</ul><p><a href="/about-us/freedom-of-information/disclosure-log">Full disclosure log</a></p></div></div>
<div class="nhsuk-u-reading-width">"""
    + paragraphs(7, "Glenmoor Hospitals NHS Foundation Trust runs Glenmoor General, Eastfield Community Hospital and St Aidan's.")
    + """</div>"""
    + _NHS_REVIEW
    + """</main></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><ul class="nhsuk-footer__list">
<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/accessibility">Accessibility statement</a></li>
<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/contact-us">Contact us</a></li>
<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/cookies">Cookies</a></li>
<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/privacy">Privacy</a></li></ul>
<p class="nhsuk-footer__copyright">&copy; Glenmoor Hospitals NHS Foundation Trust 2026</p></div></div></footer>
<script src="/assets/nhsuk-8.1.1.min.js" defer></script></body></html>"""
)


def _nhs_list(title: str, rows: list[tuple[str, str, str]], table: bool) -> str:
    if table:
        body = (
            '<table class="nhsuk-table"><caption class="nhsuk-table__caption">Disclosure log 2026</caption><thead class="nhsuk-table__head"><tr>'
            '<th scope="col">Reference</th><th scope="col">Title</th><th scope="col">Date of response</th></tr></thead><tbody class="nhsuk-table__body">'
            + "".join(
                f'<tr class="nhsuk-table__row"><td class="nhsuk-table__cell">{ref}</td><td class="nhsuk-table__cell">'
                f'<a href="/about-us/freedom-of-information/disclosure-log/{ref.lower()}">{t}</a></td><td class="nhsuk-table__cell">{d}</td></tr>'
                for ref, t, d in rows
            )
            + "</tbody></table>"
        )
    else:
        body = '<ul class="nhsuk-list nhsuk-list--border">' + "".join(
            f'<li><a href="{u}">{t}</a><p class="nhsuk-body-s">{d}</p></li>' for u, t, d in rows
        ) + "</ul>"
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title} - Glenmoor Hospitals NHS Foundation Trust</title></head><body>'
        '<header class="nhsuk-header">' + mega_menu(_nhs_menu) + '</header><div class="nhsuk-width-container"><main id="maincontent">'
        f'<nav class="nhsuk-breadcrumb"><ol><li><a href="/">Home</a></li><li>{title}</li></ol></nav><h1>{title}</h1>'
        + body + _NHS_REVIEW
        + '</main></div><footer><p class="nhsuk-footer__copyright">&copy; Glenmoor Hospitals NHS Foundation Trust 2026</p></footer></body></html>'
    )


NHS_SITE = Site(NHS, {
    "/": NHS_HOME,
    "/news": _nhs_list("News", [
        ("/news/new-community-diagnostic-centre", "New community diagnostic centre opens in Eastfield", "28 October 2026"),
        ("/news/staff-awards-2026", "Staff recognised at annual awards", "16 October 2026"),
        ("/news/winter-vaccinations", "Get your winter vaccinations", "2 October 2026"),
        ("/news/maternity-cqc-rating", "Maternity services rated good by CQC", "18 September 2026"),
        ("/news/new-chair-appointed", "New chair appointed", "4 September 2026"),
    ], table=False),
    "/about-us/our-trust-board/board-papers": _nhs_list("Board papers", [
        ("/about-us/our-trust-board/board-papers/public-board-5-november-2026", "Public board meeting papers", "5 November 2026"),
        ("/about-us/our-trust-board/board-papers/public-board-1-october-2026", "Public board meeting papers", "1 October 2026"),
        ("/about-us/our-trust-board/board-papers/public-board-3-september-2026", "Public board meeting papers", "3 September 2026"),
        ("/about-us/our-trust-board/board-papers/public-board-2-july-2026", "Public board meeting papers", "2 July 2026"),
    ], table=False),
    "/about-us/freedom-of-information/disclosure-log": _nhs_list("Freedom of Information disclosure log", [
        ("FOI-2026-0412", "Agency nursing spend", "20/10/2026"),
        ("FOI-2026-0409", "Car parking income", "14/10/2026"),
        ("FOI-2026-0401", "Waiting times for hip replacement", "07/10/2026"),
        ("FOI-2026-0388", "Cyber security incidents", "29/09/2026"),
        ("FOI-2026-0371", "Use of interpreters", "12/09/2026"),
    ], table=True),
})

NHS_TRUTH = SiteTruth(
    NHS, "Glenmoor Hospitals NHS FT", "stale", False,
    must=("homepage_stale", "column_stale"),
    must_not=("column_empty", "future_dated", "undated"),
    columns=(
        ColumnTruth("Latest news", ("news",), date(2026, 10, 28)),
        ColumnTruth("Board papers", ("notice", "other", "policy"), date(2026, 11, 5)),
        ColumnTruth("Freedom of Information", ("notice", "other", "policy"), date(2026, 10, 20)),
    ),
    last_updated=date(2026, 11, 5),
    home_status="stale", home_passed=False,
    home_must=("homepage_stale",), home_must_not=("undated",),
    notes="Every page's 'Page last reviewed: 26 November 2026' is written by the template: no update.",
)

# --------------------------------------------------------------------------- 6. Public library

LIB = "www.riverbendlibrary.test"

_lib_menu = {
    "Catalog": ["Search the Catalog", "New Arrivals", "Staff Picks", "My Account", "Suggest a Purchase"],
    "eLibrary": ["eBooks & eAudiobooks", "Streaming Video", "Databases", "Online Learning", "Digital Magazines"],
    "Events": ["Events Calendar", "Storytimes", "Book Clubs", "Tech Help", "Teen Programs"],
    "Services": ["Get a Library Card", "Meeting Rooms", "Printing & Copying", "Homebound Delivery", "Local History"],
    "About": ["Hours & Locations", "Library Board", "Policies", "Library News", "Support the Library", "Careers"],
}


def _lib_event(eid: int, title: str, day: str, time_: str, branch: str) -> str:
    return (
        f'<div class="s-lc-ea-e"><div class="s-lc-ea-ttit"><a href="https://riverbendlibrary.libcal.com/event/{eid}">{title}</a></div>'
        f'<div class="s-lc-ea-tdat"><span class="s-lc-ea-date">{day}</span> <span class="s-lc-ea-time">{time_}</span></div>'
        f'<div class="s-lc-ea-tloc">{branch}</div></div>'
    )


def _lib_book(rid: int, title: str, author: str) -> str:
    return (
        f'<li class="cp-carousel-item"><a href="https://riverbend.bibliocommons.com/v2/record/S{rid}C1">'
        f'<img src="https://secure.syndetics.com/index.aspx?isbn=978{rid}&amp;issn=/MC.GIF" alt="{title}">'
        f'<span class="title">{title}</span></a><span class="author">{author}</span></li>'
    )


LIB_HOME = (
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Riverbend Public Library</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/custom/riverbend/css/style.css?t4k2p1">
""" + ANALYTICS + """</head>
<body class="front"><a href="#main" class="skip">Skip to main content</a>
""" + SVG_SPRITE + """
<div class="hours-bar"><div class="container"><span class="hours-today">Today: Thursday, November 26 &middot; All locations closed for Thanksgiving</span> <a href="/about/hours-locations">All hours &amp; locations</a></div></div>
<header class="site-header"><a class="logo" href="/"><img src="/themes/custom/riverbend/logo.svg" alt="Riverbend Public Library"></a>
<form class="catalog-search" action="https://riverbend.bibliocommons.com/v2/search" method="get"><label for="q">Search the catalog</label><input id="q" name="query" type="search"><input type="hidden" name="searchType" value="smart"><button>Search</button></form>
<a class="btn account" href="https://riverbend.bibliocommons.com/user/login">My Account</a>
""" + mega_menu(_lib_menu) + """</header>
<main id="main">
<section class="hero"><h1>Discover. Learn. Connect.</h1><p>Your card opens the door to 400,000 books, movies, and more.</p><a class="btn" href="/services/get-a-library-card">Get a card</a></section>
<section class="events-widget"><h2>Upcoming Events</h2><div id="s-lc-ea-2931" class="s-lc-ea">"""
    + _lib_event(9411201, "Family Storytime", "Monday, November 30, 2026", "10:30am - 11:00am", "Main Library")
    + _lib_event(9411207, "Tech Help Drop-In", "Tuesday, December 1, 2026", "2:00pm - 4:00pm", "Eastside Branch")
    + _lib_event(9411215, "Mystery Book Club: The Thursday Murder Club", "Wednesday, December 2, 2026", "6:30pm - 7:30pm", "Main Library")
    + _lib_event(9411220, "Teen Gaming Night", "Friday, December 4, 2026", "5:00pm - 7:00pm", "Westside Branch")
    + _lib_event(9411231, "Holiday Card Making", "Saturday, December 12, 2026", "1:00pm - 3:00pm", "Main Library")
    + """</div><a class="more" href="https://riverbendlibrary.libcal.com/calendar">View all events</a></section>
<section class="new-arrivals"><h2>New Arrivals</h2><ul class="cp-carousel">"""
    + _lib_book(2812345, "The Women", "Kristin Hannah")
    + _lib_book(2812346, "James", "Percival Everett")
    + _lib_book(2812347, "Intermezzo", "Sally Rooney")
    + _lib_book(2812348, "The God of the Woods", "Liz Moore")
    + _lib_book(2812349, "Orbital", "Samantha Harvey")
    + _lib_book(2812350, "Nexus", "Yuval Noah Harari")
    + """</ul><a class="more" href="https://riverbend.bibliocommons.com/v2/list/display/12345/6789">See all new arrivals</a></section>
<section class="library-news"><h2>Library News</h2><div class="news-list">
<article class="news-item"><h3><a href="/news/summer-reading-wrap-up-2026">Summer Reading 2026 by the numbers</a></h3><p class="date">August 10, 2026</p><p>Over 9,000 readers logged 1.2 million minutes this summer.</p></article>
<article class="news-item"><h3><a href="/news/eastside-branch-reopens">Eastside Branch reopens after renovation</a></h3><p class="date">July 22, 2026</p><p>New study rooms, a makerspace and extended hours.</p></article>
<article class="news-item"><h3><a href="/news/fine-free">Riverbend goes fine-free</a></h3><p class="date">June 30, 2026</p><p>No more overdue fines on any materials.</p></article>
</div><a class="more" href="/news">More library news</a></section>
<section class="about">""" + paragraphs(5, "Riverbend Public Library serves 140,000 residents from a main library and three branches.") + """</section>
</main>
<footer class="site-footer"><div class="container"><div class="locations"><h2>Locations</h2><ul><li>Main Library, 300 River Street</li><li>Eastside Branch, 45 Elm Avenue</li><li>Westside Branch, 1020 Sunset Road</li></ul></div>
<ul class="social"><li><a href="https://www.facebook.com/riverbendlibrary">Facebook</a></li><li><a href="https://www.instagram.com/riverbendlibrary">Instagram</a></li></ul>
<p>&copy; 2026 Riverbend Public Library</p></div></footer></body></html>"""
)

LIB_NEWS = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Library News | Riverbend Public Library</title></head><body>'
    '<div class="hours-bar"><span class="hours-today">Today: Thursday, November 26 &middot; All locations closed for Thanksgiving</span></div>'
    '<header>' + mega_menu(_lib_menu) + '</header><main id="main"><h1>Library News</h1><div class="view-content">'
    + "".join(
        f'<div class="views-row"><h2><a href="/news/{s}">{t}</a></h2><p class="date">{d}</p></div>'
        for s, t, d in [
            ("summer-reading-wrap-up-2026", "Summer Reading 2026 by the numbers", "August 10, 2026"),
            ("eastside-branch-reopens", "Eastside Branch reopens after renovation", "July 22, 2026"),
            ("fine-free", "Riverbend goes fine-free", "June 30, 2026"),
            ("summer-reading-2026", "Summer Reading kicks off June 1", "May 18, 2026"),
            ("budget-vote", "Library budget passes", "May 6, 2026"),
        ]
    )
    + '</div></main><footer><p>&copy; 2026 Riverbend Public Library</p></footer></body></html>'
)

LIB_SITE = Site(LIB, {"/": LIB_HOME, "/news": LIB_NEWS})

LIB_TRUTH = SiteTruth(
    LIB, "Riverbend Public Library", "stale", False,
    must=("homepage_stale", "column_stale"),
    must_not=("column_empty", "future_dated"),
    columns=(
        ColumnTruth("Upcoming Events", ("other",), None),
        ColumnTruth("New Arrivals", ("other",), None),
        ColumnTruth("Library News", ("news",), date(2026, 8, 10)),
    ),
    last_updated=date(2026, 8, 10),
    home_status="stale", home_passed=False,
    home_must=("homepage_stale",),
    notes="Events are all ahead; the hours bar shows today (no year); news stopped in August.",
)

# --------------------------------------------------------------------------- 7. WordPress block-theme museum

MUSEUM = "www.harbormuseum.test"

_museum_nav = (
    '<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Primary">'
    '<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"></button>'
    '<div class="wp-block-navigation__responsive-container" id="modal-1"><ul class="wp-block-navigation__container">'
    + "".join(
        f'<li class="wp-block-navigation-item has-child wp-block-navigation-submenu"><a class="wp-block-navigation-item__content" href="/{slug(top)}/">{top}</a>'
        '<ul class="wp-block-navigation__submenu-container">'
        + "".join(f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/{slug(top)}/{slug(s)}/">{s}</a></li>' for s in subs)
        + "</ul></li>"
        for top, subs in {
            "Visit": ["Hours & Admission", "Directions & Parking", "Accessibility", "Group Visits", "Museum Store", "Caf\u00e9"],
            "Exhibitions": ["Current", "Upcoming", "Past", "Online Exhibitions"],
            "Collection": ["Search the Collection", "Highlights", "Provenance Research", "Image Requests"],
            "Learn": ["Tours", "Family Programs", "Schools", "Teens", "Adults", "Lectures"],
            "Support": ["Membership", "Donate", "Planned Giving", "Corporate Partners", "Volunteer"],
            "About": ["Mission", "Leadership", "Press", "Careers", "Contact"],
        }.items()
    )
    + "</ul></div></nav>"
)


def _wp_post(url: str, title: str, iso: str, shown: str) -> str:
    return (
        f'<li><a class="wp-block-latest-posts__post-title" href="{url}">{title}</a>'
        f'<time datetime="{iso}T10:00:00-04:00" class="wp-block-latest-posts__post-date">{shown}</time>'
        f'<div class="wp-block-latest-posts__post-excerpt">{title}: read more on our blog&hellip;</div></li>'
    )


_TWEETS = """<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">Free late hours tonight until 9pm! Come see &quot;Tides of Light&quot; before it closes. <a href="https://t.co/AbC123xyz">pic.twitter.com/AbC123xyz</a></p>&mdash; Harbor Museum of Art (@HarborMuseum) <a href="https://twitter.com/HarborMuseum/status/1861234567890123456?ref_src=twsrc%5Etfw">November 24, 2026</a></blockquote>
<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">Our conservators are cleaning a 17th-century harbor scene. Watch the varnish come off in real time. <a href="https://t.co/DeF456uvw">https://t.co/DeF456uvw</a></p>&mdash; Harbor Museum of Art (@HarborMuseum) <a href="https://twitter.com/HarborMuseum/status/1859876543210987654?ref_src=twsrc%5Etfw">November 20, 2026</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</div></figure>"""

MUSEUM_HOME = (
    """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name='robots' content='index, follow, max-image-preview:large'><title>Harbor Museum of Art</title>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all'>
<style id='global-styles-inline-css'>:root{--wp--preset--color--black:#000;--wp--preset--color--white:#fff;--wp--preset--font-size--small:13px;--wp--preset--font-size--large:36px;--wp--preset--spacing--50:clamp(30px,5vw,50px);}body{background-color:var(--wp--preset--color--white);}.wp-block-navigation a:where(:not(.wp-element-button)){color:inherit;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://www.harbormuseum.test/#website","url":"https://www.harbormuseum.test/","name":"Harbor Museum of Art"},{"@type":"Museum","name":"Harbor Museum of Art","url":"https://www.harbormuseum.test/"}]}</script>
<meta name="generator" content="WordPress 6.7.1">""" + CRITICAL_CSS + """</head>
<body class="home page-template-default page page-id-7 wp-embed-responsive"><div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignfull has-global-padding is-layout-constrained"><div class="wp-block-group is-layout-flex">
<p class="wp-block-site-title"><a href="https://www.harbormuseum.test" rel="home">Harbor Museum of Art</a></p>""" + _museum_nav + """
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/tickets/">Buy Tickets</a></div></div></div></div></header>
<main class="wp-block-group is-layout-flow"><div class="entry-content wp-block-post-content is-layout-constrained">
<div class="wp-block-cover alignfull"><img class="wp-block-cover__image-background" alt="" src="/wp-content/uploads/2026/09/tides-of-light-hero.jpg"><div class="wp-block-cover__inner-container"><h1 class="wp-block-heading has-text-align-center">Art that moves the tide</h1><p class="has-text-align-center">Open Wednesday&ndash;Sunday, 10am&ndash;5pm &middot; Thursdays until 9pm</p></div></div>
<h2 class="wp-block-heading">Current Exhibitions</h2>
<div class="wp-block-query is-layout-flow"><ul class="wp-block-post-template is-layout-grid columns-3">
<li class="wp-block-post exhibition"><figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/2026/09/tides.jpg" alt=""></figure><h3 class="wp-block-post-title"><a href="/exhibitions/tides-of-light/">Tides of Light: Painting the Northern Coast</a></h3><p class="exhibition-dates">September 5, 2026 &ndash; January 10, 2027</p></li>
<li class="wp-block-post exhibition"><figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/2026/06/ceramics.jpg" alt=""></figure><h3 class="wp-block-post-title"><a href="/exhibitions/vessels/">Vessels: Contemporary Ceramics</a></h3><p class="exhibition-dates">Through March 1, 2027</p></li>
<li class="wp-block-post exhibition"><figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/2026/10/prints.jpg" alt=""></figure><h3 class="wp-block-post-title"><a href="/exhibitions/edo-prints/">Floating World: Prints from the Collection</a></h3><p class="exhibition-dates">Opening December 12, 2026</p></li>
</ul></div><div class="wp-block-buttons"><div class="wp-block-button is-style-outline"><a class="wp-block-button__link" href="/exhibitions/">All exhibitions</a></div></div>
<h2 class="wp-block-heading">News</h2>
<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">"""
    + _wp_post("/2026/09/15/conservation-lab-open-house/", "Conservation Lab Open House", "2026-09-15", "September 15, 2026")
    + _wp_post("/2026/08/28/new-director-of-education/", "Meet our new Director of Education", "2026-08-28", "August 28, 2026")
    + _wp_post("/2026/07/30/gift-of-42-photographs/", "A gift of 42 photographs from the Marlow family", "2026-07-30", "July 30, 2026")
    + """</ul><p><a href="/news/">More news</a></p>
<h2 class="wp-block-heading">From our feed</h2>"""
    + _TWEETS
    + """<div class="wp-block-group about is-layout-constrained">"""
    + paragraphs(6, "The Harbor Museum of Art holds 18,000 works spanning five centuries and welcomes 250,000 visitors a year.")
    + """</div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group alignfull is-layout-constrained"><div class="wp-block-columns">
<div class="wp-block-column"><p><strong>Harbor Museum of Art</strong><br>1 Wharf Street, Port Harbor, ME 04999<br>(555) 555-0177</p></div>
<div class="wp-block-column"><ul class="wp-block-social-links"><li class="wp-social-link wp-social-link-x"><a href="https://x.com/HarborMuseum">X</a></li><li class="wp-social-link wp-social-link-instagram"><a href="https://www.instagram.com/harbormuseum">Instagram</a></li></ul></div></div>
<p class="has-small-font-size">&copy; 2026 Harbor Museum of Art &middot; <a href="/privacy-policy/">Privacy Policy</a></p></div></footer></div>
<script src="/wp-includes/js/dist/interactivity.min.js?ver=6.7.1" id="wp-interactivity-js"></script></body></html>"""
)

MUSEUM_NEWS = (
    '<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>News &ndash; Harbor Museum of Art</title></head><body class="blog"><div class="wp-site-blocks">'
    '<header class="wp-block-template-part">' + _museum_nav + '</header><main class="wp-block-group"><h1 class="wp-block-query-title">News</h1>'
    '<div class="wp-block-query"><ul class="wp-block-post-template is-layout-flow">'
    + "".join(
        f'<li class="wp-block-post post type-post status-publish"><h2 class="wp-block-post-title"><a href="{u}">{t}</a></h2>'
        f'<div class="wp-block-post-date"><time datetime="{iso}T10:00:00-04:00">{shown}</time></div>'
        f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{t}&hellip;</p></div></li>'
        for u, t, iso, shown in [
            ("/2026/09/15/conservation-lab-open-house/", "Conservation Lab Open House", "2026-09-15", "September 15, 2026"),
            ("/2026/08/28/new-director-of-education/", "Meet our new Director of Education", "2026-08-28", "August 28, 2026"),
            ("/2026/07/30/gift-of-42-photographs/", "A gift of 42 photographs from the Marlow family", "2026-07-30", "July 30, 2026"),
            ("/2026/06/12/summer-hours/", "Summer hours and free Thursdays", "2026-06-12", "June 12, 2026"),
        ]
    )
    + '</ul><nav class="wp-block-query-pagination"><a class="wp-block-query-pagination-next" href="/news/page/2/">Older Posts</a></nav></div></main>'
    '<footer class="wp-block-template-part"><p>&copy; 2026 Harbor Museum of Art</p></footer></div></body></html>'
)

MUSEUM_SITE = Site(MUSEUM, {"/": MUSEUM_HOME, "/news/": MUSEUM_NEWS})

MUSEUM_TRUTH = SiteTruth(
    MUSEUM, "Harbor Museum of Art (WordPress)", "stale", False,
    must=("homepage_stale", "column_stale"),
    must_not=("column_empty", "future_dated"),
    columns=(
        ColumnTruth("News", ("news",), date(2026, 9, 15)),
        ColumnTruth("Current Exhibitions", ("other",), ANY),
    ),
    last_updated=date(2026, 9, 15),
    home_status="stale", home_passed=False,
    home_must=("homepage_stale",),
    notes="Embedded tweets (Nov 24, Nov 20) are X's content, not the site's: no update.",
)

# --------------------------------------------------------------------------- 8. Sitefinity state agency

DEQ = "deq.state-example.test"

_deq_menu = {
    "Air": ["Air Permits", "Air Quality Monitoring", "Emissions Inventory", "Vehicle Emissions", "Open Burning"],
    "Water": ["Drinking Water", "Wastewater Permits", "Stormwater", "Water Quality Standards", "Groundwater"],
    "Land": ["Hazardous Waste", "Solid Waste", "Brownfields", "Underground Storage Tanks", "Remediation"],
    "Permits": ["Permit Search", "ePermitting Portal", "Fees", "General Permits", "Permit Guidance"],
    "Public Participation": ["Public Notices", "Public Comment Opportunities", "Hearings", "Rulemaking"],
    "About DEQ": ["Director", "Divisions", "Regional Offices", "Careers", "Contact"],
}


def _sf_news(slug_: str, title: str, shown: str, summary: str) -> str:
    return (
        f'<li class="sfnewsListItem sflistitem"><h2 class="sfnewsTitle"><a href="/news/{slug_}">{title}</a></h2>'
        f'<div class="sfnewsMetaInfo"><span class="sfnewsDate">{shown}</span></div>'
        f'<div class="sfnewsSummary">{summary}</div><a class="sfnewsFullStory" href="/news/{slug_}">Full story</a></li>'
    )


DEQ_HOME = (
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Department of Environmental Quality</title>
<meta name="Generator" content="Sitefinity 14.4.8100.0 DX"><meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/ResourcePackages/Bootstrap5/assets/dist/css/main.min.css?package=Bootstrap5&amp;v=MTQuNC44MTAwLjA%3d" rel="stylesheet">
<script src="/ScriptResource.axd?d=ZVNKdJsPvRF0kV8Kp9aQ&amp;t=ffffffffd4b9f2b5"></script>
""" + ANALYTICS + """</head>
<body><div id="cookie-consent" class="cookie-banner alert alert-dark fixed-bottom" role="dialog" aria-live="polite">
<p>This website uses cookies to improve your experience. Our Privacy and Cookie Notice was updated on November 25, 2026.
<a href="/privacy-and-cookie-notice">Learn more</a></p><button type="button" class="btn btn-light" data-cookie-accept>Accept</button></div>
<a class="visually-hidden-focusable" href="#main">Skip to main content</a>
<div class="state-banner"><div class="container"><img src="/images/state-seal.svg" alt=""> An official website of the State</div></div>
<header class="sf_colsOut"><div class="sf_colsIn container"><a class="navbar-brand" href="/"><img src="/images/deq-logo.svg" alt="Department of Environmental Quality"></a>
<form class="search" action="/search" method="get"><input name="searchQuery" type="search" aria-label="Search"><button>Search</button></form>
""" + mega_menu(_deq_menu) + """</div></header>
<main id="main"><div class="sf_colsOut hero"><div class="sf_colsIn container"><h1>Protecting our air, water and land</h1></div></div>
<div class="row container"><div class="sf_colsOut col-md-8"><div class="sf_colsIn">
<div class="sf-news"><h2 class="sfWidgetTitle">News Releases</h2><ul class="sfnewsList sfnewsListTitleDateSummary">"""
    + _sf_news("2026/10/30/deq-awards-clean-diesel-grants", "DEQ awards $4.2 million in clean diesel grants", "October 30, 2026",
               "Grants will replace 61 school buses and 14 port vehicles.")
    + _sf_news("2026/10/21/ozone-season-summary", "2026 ozone season was the cleanest on record", "October 21, 2026",
               "Monitors recorded two exceedance days, down from nine.")
    + _sf_news("2026/10/08/brownfields-grants", "Brownfields grants announced for six communities", "October 8, 2026",
               "Assessment grants will support redevelopment of former industrial sites.")
    + """</ul><a class="sfnewsViewAll" href="/news">All news releases</a></div>
</div></div><div class="sf_colsOut col-md-4"><div class="sf_colsIn">
<div class="sf-list"><h2 class="sfWidgetTitle">Public Notices</h2><ul class="sfnewsList">
<li class="sfnewsListItem"><a href="/public-notices/draft-permit-ridgeway-wwtp">Draft NPDES permit: Ridgeway Wastewater Treatment Plant</a><div class="sfnewsMetaInfo">Posted <span class="sfnewsDate">October 22, 2026</span> &middot; Comments due December 18, 2026</div></li>
<li class="sfnewsListItem"><a href="/public-notices/title-v-renewal-northside-energy">Title V renewal: Northside Energy Center</a><div class="sfnewsMetaInfo">Posted <span class="sfnewsDate">October 15, 2026</span> &middot; Comments due December 4, 2026</div></li>
<li class="sfnewsListItem"><a href="/public-notices/landfill-expansion-hearing">Public hearing: County Landfill expansion</a><div class="sfnewsMetaInfo">Posted <span class="sfnewsDate">October 2, 2026</span> &middot; Hearing December 10, 2026</div></li>
</ul><a href="/public-participation/public-notices">All public notices</a></div>
<div class="sf-list"><h2 class="sfWidgetTitle">Rulemaking</h2><ul class="sfnewsList">
<li class="sfnewsListItem"><a href="/rulemaking/ch-62-water-quality-standards">Chapter 62 water quality standards: adopted rule</a><div class="sfnewsMetaInfo"><span class="sfnewsDate">July 1, 2026</span></div></li>
<li class="sfnewsListItem"><a href="/rulemaking/ch-40-air-permit-fees">Chapter 40 air permit fees: final rule</a><div class="sfnewsMetaInfo"><span class="sfnewsDate">May 12, 2026</span></div></li>
</ul><a href="/public-participation/rulemaking">Rulemaking docket</a></div>
</div></div></div>
<div class="container about">""" + paragraphs(7, "The Department of Environmental Quality administers state and federal environmental programs.") + """</div>
</main>
<footer class="sf_colsOut site-footer"><div class="sf_colsIn container"><ul class="list-inline"><li><a href="/about/contact">Contact</a></li><li><a href="/privacy-and-cookie-notice">Privacy and Cookie Notice</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="https://www.state-example.test/">State Portal</a></li></ul>
<p>&copy; 2026 State Department of Environmental Quality</p></div></footer>
<script>document.querySelector('[data-cookie-accept]').addEventListener('click',function(){document.cookie='deq_cookie_ok=1;path=/;max-age=31536000';document.getElementById('cookie-consent').remove();});</script>
</body></html>"""
)

DEQ_NEWS = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News Releases - Department of Environmental Quality</title>'
    '<meta name="Generator" content="Sitefinity 14.4.8100.0 DX"></head><body>'
    '<div id="cookie-consent" class="cookie-banner"><p>This website uses cookies. Our Privacy and Cookie Notice was updated on November 25, 2026. <a href="/privacy-and-cookie-notice">Learn more</a></p></div>'
    '<header>' + mega_menu(_deq_menu) + '</header><main id="main" class="container"><h1>News Releases</h1><ul class="sfnewsList sfnewsListTitleDateSummary">'
    + _sf_news("2026/10/30/deq-awards-clean-diesel-grants", "DEQ awards $4.2 million in clean diesel grants", "October 30, 2026", "Grants will replace 61 school buses.")
    + _sf_news("2026/10/21/ozone-season-summary", "2026 ozone season was the cleanest on record", "October 21, 2026", "Two exceedance days.")
    + _sf_news("2026/10/08/brownfields-grants", "Brownfields grants announced for six communities", "October 8, 2026", "Assessment grants.")
    + _sf_news("2026/09/24/drought-advisory", "Drought advisory lifted for eastern counties", "September 24, 2026", "Rainfall returned to normal.")
    + _sf_news("2026/09/09/ev-charging", "EV charging rebates open", "September 9, 2026", "Rebates for workplace chargers.")
    + '</ul><div class="sf_pagerNumeric"><a class="sf_PagerCurrent" href="/news/page/1">1</a><a href="/news/page/2">2</a><a href="/news/page/3">3</a></div></main>'
    '<footer><p>&copy; 2026 State Department of Environmental Quality</p></footer></body></html>'
)

DEQ_SITE = Site(DEQ, {"/": DEQ_HOME, "/news": DEQ_NEWS})

DEQ_TRUTH = SiteTruth(
    DEQ, "State DEQ (Sitefinity)", "stale", False,
    must=("homepage_stale", "column_stale"),
    must_not=("column_empty", "future_dated"),
    columns=(
        ColumnTruth("News Releases", ("news",), date(2026, 10, 30)),
        ColumnTruth("Public Notices", ("notice",), date(2026, 10, 22)),
        ColumnTruth("Rulemaking", ("policy", "notice"), date(2026, 7, 1)),
    ),
    last_updated=date(2026, 10, 30),
    home_status="stale", home_passed=False,
    home_must=("homepage_stale",),
    notes="The cookie banner's 'updated on November 25, 2026' and comment deadlines ahead are no updates.",
)

# --------------------------------------------------------------------------- 9. Bilingual Canadian municipality

MUNI = "www.beaumont-lac.test"

_muni_menu = {
    "Residents / R\u00e9sidents": ["Garbage and recycling / Ordures et recyclage", "Water and sewer / Eau et \u00e9gouts",
                                   "Property taxes / Taxes fonci\u00e8res", "Snow clearing / D\u00e9neigement",
                                   "Parking / Stationnement", "Animal control / Contr\u00f4le animalier"],
    "Town Hall / H\u00f4tel de ville": ["Mayor and council / Maire et conseil", "Council meetings / S\u00e9ances du conseil",
                                        "By-laws / R\u00e8glements", "Budget", "Careers / Carri\u00e8res", "Contact us / Nous joindre"],
    "Recreation / Loisirs": ["Arena / Ar\u00e9na", "Parks and trails / Parcs et sentiers", "Programs / Programmes",
                             "Library / Biblioth\u00e8que", "Facility rentals / Location de salles"],
    "Business / Affaires": ["Permits / Permis", "Zoning / Zonage", "Tenders / Appels d'offres", "Economic development / D\u00e9veloppement \u00e9conomique"],
}

MUNI_HOME = (
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Town of Beaumont-sur-Lac / Ville de Beaumont-sur-Lac</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="alternate" hreflang="fr-CA" href="/fr/">
<link rel="stylesheet" href="/assets/css/site.min.css?v=3.8.2">
""" + ANALYTICS + """</head>
<body class="home"><a class="skip" href="#content">Skip to content / Passer au contenu</a>
<div class="top-bar"><div class="container"><a class="lang-toggle" href="/fr/" lang="fr" hreflang="fr">Fran&ccedil;ais</a>
<a href="/en/report-a-problem">Report a problem / Signaler un probl&egrave;me</a> <a href="/en/pay-online">Pay online / Paiement en ligne</a></div></div>
<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/assets/img/logo-bilingual.svg" alt="Town of Beaumont-sur-Lac / Ville de Beaumont-sur-Lac"></a>
<form action="/en/search" method="get" role="search"><label for="s" class="sr-only">Search / Recherche</label><input id="s" name="q" type="search"><button>Search</button></form></div>
""" + mega_menu(_muni_menu, "/en/") + """</header>
<main id="content">
<section class="hero"><h1>Welcome / Bienvenue</h1><p>A bilingual community on the shores of Lac Beaumont. / Une communaut&eacute; bilingue sur les rives du lac Beaumont.</p></section>
<div class="row news-row">
<section class="col-md-6 news-en" lang="en"><h2>News releases</h2><ul class="news-list">
<li><a href="/en/news-releases/winter-parking-ban-begins-december-1">Overnight winter parking ban begins December 1</a><span class="date">November 25, 2026</span></li>
<li><a href="/en/news-releases/council-highlights-november-23">Council highlights: November 23 meeting</a><span class="date">November 24, 2026</span></li>
<li><a href="/en/news-releases/holiday-craft-fair">Holiday craft fair returns to the community centre</a><span class="date">November 18, 2026</span></li>
<li><a href="/en/news-releases/budget-consultation">Residents invited to 2027 budget consultation</a><span class="date">November 9, 2026</span></li>
</ul><a class="more" href="/en/news-releases">All news releases</a></section>
<section class="col-md-6 news-fr" lang="fr"><h2>Communiqu&eacute;s</h2><ul class="news-list">
<li><a href="/fr/communiques/interdiction-stationnement-nuit-1er-decembre">Interdiction de stationner la nuit d&egrave;s le 1er d&eacute;cembre</a><span class="date">25 novembre 2026</span></li>
<li><a href="/fr/communiques/faits-saillants-conseil-23-novembre">Faits saillants du conseil : s&eacute;ance du 23 novembre</a><span class="date">24 novembre 2026</span></li>
<li><a href="/fr/communiques/salon-artisanat-fetes">Le salon d'artisanat des F&ecirc;tes revient au centre communautaire</a><span class="date">18 novembre 2026</span></li>
<li><a href="/fr/communiques/consultation-budget">Les r&eacute;sidents invit&eacute;s &agrave; la consultation budg&eacute;taire 2027</a><span class="date">9 novembre 2026</span></li>
</ul><a class="more" href="/fr/communiques">Tous les communiqu&eacute;s</a></section>
</div>
<div class="row">
<section class="col-md-6 notices"><h2>Public notices / Avis publics</h2><ul class="news-list">
<li><a href="/en/public-notices/notice-of-public-meeting-zoning-by-law-amendment">Notice of public meeting: zoning by-law amendment / Avis de s&eacute;ance publique : modification du r&egrave;glement de zonage</a><span class="date">November 16, 2026</span></li>
<li><a href="/en/public-notices/water-main-flushing">Water main flushing / Rin&ccedil;age des conduites d'eau</a><span class="date">November 2, 2026</span></li>
<li><a href="/en/public-notices/tax-sale">Sale of land for tax arrears / Vente de terrains pour arri&eacute;r&eacute;s d'imp&ocirc;ts</a><span class="date">October 19, 2026</span></li>
</ul><a class="more" href="/en/public-notices">All public notices / Tous les avis</a></section>
<section class="col-md-6 meetings"><h2>Upcoming council meetings / Prochaines s&eacute;ances du conseil</h2><ul>
<li><a href="/en/council-meetings/2026-12-07">Regular council meeting / S&eacute;ance ordinaire</a> <span class="date">December 7, 2026</span></li>
<li><a href="/en/council-meetings/2026-12-14">Budget meeting / S&eacute;ance budg&eacute;taire</a> <span class="date">December 14, 2026</span></li>
</ul></section>
</div>
<section class="about">""" + paragraphs(6, "Beaumont-sur-Lac is home to 14,800 residents, and 41% of them speak French at home.") + """</section>
</main>
<footer class="site-footer"><div class="container"><p>Town of Beaumont-sur-Lac / Ville de Beaumont-sur-Lac &middot; 12 Main Street / 12, rue Principale &middot; 555-555-0123</p>
<ul><li><a href="/en/accessibility">Accessibility / Accessibilit&eacute;</a></li><li><a href="/en/privacy">Privacy / Confidentialit&eacute;</a></li></ul>
<p>&copy; 2026 Town of Beaumont-sur-Lac. All rights reserved. / Tous droits r&eacute;serv&eacute;s.</p></div></footer></body></html>"""
)


def _muni_list(lang: str, title: str, rows: list[tuple[str, str, str]]) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Beaumont-sur-Lac</title></head><body>'
        '<header>' + mega_menu(_muni_menu, f"/{lang}/") + f'</header><main id="content"><h1>{title}</h1><ul class="news-list">'
        + "".join(f'<li><a href="{u}">{t}</a><span class="date">{d}</span></li>' for u, t, d in rows)
        + '</ul><nav class="pager"><a href="?page=2">Next / Suivant</a></nav></main><footer><p>&copy; 2026 Town of Beaumont-sur-Lac</p></footer></body></html>'
    )


MUNI_NOT_FOUND = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page not found | Beaumont-sur-Lac</title></head><body>'
    '<header>' + mega_menu(_muni_menu, "/en/") + '</header><main id="content"><h1>Page not found / Page introuvable</h1>'
    "<p>Sorry, the page you are looking for could not be found. It may have been moved or deleted.</p>"
    "<p>D&eacute;sol&eacute;, la page que vous cherchez est introuvable.</p><p><a href=\"/\">Return to the homepage / Retour &agrave; l'accueil</a></p></main>"
    '<footer><p>&copy; 2026 Town of Beaumont-sur-Lac</p></footer></body></html>'
)

MUNI_SITE = Site(MUNI, {
    "/": MUNI_HOME,
    "/en/news-releases": _muni_list("en", "News releases", [
        ("/en/news-releases/winter-parking-ban-begins-december-1", "Overnight winter parking ban begins December 1", "November 25, 2026"),
        ("/en/news-releases/council-highlights-november-23", "Council highlights: November 23 meeting", "November 24, 2026"),
        ("/en/news-releases/holiday-craft-fair", "Holiday craft fair returns to the community centre", "November 18, 2026"),
        ("/en/news-releases/budget-consultation", "Residents invited to 2027 budget consultation", "November 9, 2026"),
        ("/en/news-releases/remembrance-day", "Remembrance Day ceremony schedule", "November 2, 2026"),
    ]),
    "/fr/communiques": _muni_list("fr", "Communiqu\u00e9s", [
        ("/fr/communiques/interdiction-stationnement-nuit-1er-decembre", "Interdiction de stationner la nuit d\u00e8s le 1er d\u00e9cembre", "25 novembre 2026"),
        ("/fr/communiques/faits-saillants-conseil-23-novembre", "Faits saillants du conseil : s\u00e9ance du 23 novembre", "24 novembre 2026"),
        ("/fr/communiques/salon-artisanat-fetes", "Le salon d'artisanat des F\u00eates revient", "18 novembre 2026"),
        ("/fr/communiques/consultation-budget", "Consultation budg\u00e9taire 2027", "9 novembre 2026"),
        ("/fr/communiques/jour-du-souvenir", "C\u00e9r\u00e9monie du jour du Souvenir", "2 novembre 2026"),
    ]),
    # The "more" link of Public notices: the CMS answers 200 with its not-found page.
    "/en/public-notices": MUNI_NOT_FOUND,
})

MUNI_TRUTH = SiteTruth(
    MUNI, "Beaumont-sur-Lac (bilingual)", "healthy", True,
    must=("broken_link",),
    must_not=("homepage_stale", "column_stale", "column_empty", "future_dated", "undated"),
    columns=(
        ColumnTruth("News releases", ("news",), date(2026, 11, 25)),
        ColumnTruth("Communiqu", ("news",), date(2026, 11, 25)),
        ColumnTruth("Public notices", ("notice",), date(2026, 11, 16)),
    ),
    last_updated=date(2026, 11, 25),
    home_status="healthy", home_passed=True,
    home_must_not=("homepage_stale", "undated"),
    notes=("Public notices' page is a 200 'Page not found': a broken link; the column is judged by "
           "its homepage block (Nov 16), not empty."),
)

# --------------------------------------------------------------------------- all

SITES = [COUNTY_SITE, CITY_SITE, SCHOOL_SITE, UNI_SITE, NHS_SITE, LIB_SITE, MUSEUM_SITE, DEQ_SITE, MUNI_SITE]
TRUTHS = [COUNTY_TRUTH, CITY_TRUTH, SCHOOL_TRUTH, UNI_TRUTH, NHS_TRUTH, LIB_TRUTH, MUSEUM_TRUTH, DEQ_TRUTH, MUNI_TRUTH]

# Column list pages read alone (inspect's as_column_page): newest date and emptiness.
LIST_PAGE_TRUTH: list[tuple[str, str, object, bool]] = [
    (COUNTY, "/CivicAlerts.aspx", date(2026, 11, 24), False),
    (COUNTY, "/AgendaCenter", (date(2026, 11, 17), date(2026, 11, 24)), False),
    (CITY, "/Home/Components/News/News/", date(2026, 11, 20), False),
    (SCHOOL, "/about-us/district-news", date(2026, 11, 23), False),
    (SCHOOL, "/board-of-education/board-meeting-minutes", date(2025, 9, 16), False),
    (UNI, "/news?page=4", date(2026, 11, 19), False),
    (NHS, "/news", date(2026, 10, 28), False),
    (NHS, "/about-us/freedom-of-information/disclosure-log", date(2026, 10, 20), False),
    (LIB, "/news", date(2026, 8, 10), False),
    (MUSEUM, "/news/", date(2026, 9, 15), False),
    (DEQ, "/news", date(2026, 10, 30), False),
    (MUNI, "/en/news-releases", date(2026, 11, 25), False),
    (MUNI, "/fr/communiques", date(2026, 11, 25), False),
]

# The homepage's own date (inspect's page_date / newest item): none of these chrome dates.
HOME_NEWEST: dict[str, object] = {
    COUNTY: date(2026, 11, 24),
    CITY: date(2026, 11, 18),
    SCHOOL: date(2026, 11, 23),
    UNI: date(2026, 11, 20),
    NHS: date(2026, 11, 5),
    LIB: date(2026, 8, 10),
    MUSEUM: date(2026, 9, 15),
    DEQ: date(2026, 10, 30),
    MUNI: date(2026, 11, 25),
}
