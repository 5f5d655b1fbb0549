"""Blind evaluation set (English): six public-sector sites and eight hostile servers.

Written from the evaluator's own knowledge of real sites, BEFORE reading the
project's realistic test pages, README or data files.  The truth for each site is
written first in the evaluator's own words (TRUTH_NOTES) and then mapped onto the
README vocabulary (TRUTH / HOSTILE_TRUTH); the mapping step is recorded in the
comments next to each entry.

Fixed clock: NOW = 2025-11-20.
"""
from __future__ import annotations

import asyncio
import functools
import random
import zlib
from datetime import date

NOW = date(2025, 11, 20)

# --------------------------------------------------------------------------- helpers


def _lorem(seed: int, words: int) -> str:
    rnd = random.Random(seed)
    vocab = ["council", "residents", "services", "community", "the", "of", "and", "to", "for", "a", "in", "on", "with", "is", "planning", "road", "works", "water", "waste", "recycling", "library", "parks", "permits", "rates", "application", "consultation", "meeting", "public", "health", "safety", "housing", "transport", "support", "business", "funding", "program", "project", "update", "information", "local", "area", "district", "county", "town", "city", "region", "department", "state", "national", "review", "report"]
    return " ".join(rnd.choice(vocab) for _ in range(words))


def _menu(sections: dict[str, list[str]], base: str = "") -> str:
    """A CMS mega-menu: every section with a dozen sub-links (real homepages carry
    hundreds of navigation links)."""
    out = ['<nav class="mega-menu" aria-label="Main"><ul class="nav-level-1">']
    for i, (title, subs) in enumerate(sections.items()):
        slug = title.lower().replace(" ", "-").replace("&", "and")
        out.append(f'<li class="has-children"><a href="{base}/{slug}">{title}</a>'
                   '<div class="mega-panel"><ul class="nav-level-2">')
        for sub in subs:
            sslug = sub.lower().replace(" ", "-").replace("&", "and").replace("'", "")
            out.append(f'<li><a href="{base}/{slug}/{sslug}">{sub}</a></li>')
        out.append(f'</ul><div class="mega-promo"><p>{_lorem(i, 30)}</p></div></div></li>')
    out.append("</ul></nav>")
    return "\n".join(out)


_SCRIPTS = """
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-XXXXXXX1');</script>
<script src="/assets/js/jquery-3.7.1.min.js"></script>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
<script>(function(){var d=document,s=d.createElement('script');s.async=true;
s.src='https://translate.google.com/translate_a/element.js?cb=googleTranslateElementInit';
d.getElementsByTagName('head')[0].appendChild(s);})();</script>
"""


def _cookie_banner(org: str) -> str:
    return (f'<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies">'
            f'<h2>Cookies on the {org} website</h2><p>We use some essential cookies to make '
            'this website work. We would like to set additional cookies to understand how '
            'you use the site and improve our services.</p><button>Accept additional cookies'
            '</button><button>Reject additional cookies</button><a href="/cookies">View cookies'
            '</a></div>')


def _bulk(seed: int) -> str:
    """What makes real homepages 30-100 KB: inline critical CSS, an SVG icon sprite and
    a CMS settings blob."""
    rnd = random.Random(seed)
    css = "".join(f".c{rnd.randrange(10**6):x}{{margin:{rnd.randrange(40)}px;padding:{rnd.randrange(30)}px "
                  f"{rnd.randrange(30)}px;color:#{rnd.randrange(16**6):06x};font-size:{rnd.randrange(10, 40)}px}}\n"
                  for _ in range(300))
    icons = "".join(f'<symbol id="icon-{k}" viewBox="0 0 24 24"><path d="M{rnd.randrange(24)} {rnd.randrange(24)}'
                    + "".join(f"L{rnd.randrange(24)}.{rnd.randrange(10)} {rnd.randrange(24)}.{rnd.randrange(10)}" for _ in range(20))
                    + 'Z"/></symbol>' for k in range(40))
    settings = "{" + ",".join(f'"k{k}":{{"path":"/modules/m{k}","enabled":true,"weight":{rnd.randrange(100)}}}'
                              for k in range(150)) + "}"
    return (f"<style>{css}</style>"
            f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">{icons}</svg>'
            f'<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>')


def _pad_footer(seed: int, n: int) -> str:
    return "".join(f'<p class="footer-blurb">{_lorem(seed + k, 60)}</p>' for k in range(n))


# --------------------------------------------------------------------------- site 1
# US county on CivicPlus.  Truth: healthy.
US_HOST = "www.marlowcountyoh.gov"

_CIVIC_MENU = {
    "Government": ["Board of Commissioners", "Agendas & Minutes", "County Administrator",
                   "Elected Officials", "Boards & Commissions", "Budget & Finance",
                   "County Code", "Public Records Request", "Transparency Portal",
                   "Strategic Plan", "Annual Reports", "Organizational Chart"],
    "Departments": ["Auditor", "Board of Elections", "Building Regulation", "Clerk of Courts",
                    "Coroner", "Dog Warden", "Emergency Management", "Engineer",
                    "Human Resources", "Job & Family Services", "Recorder", "Sheriff",
                    "Soil & Water", "Treasurer", "Veterans Services"],
    "Residents": ["Property Search", "Pay Taxes", "Recycling & Solid Waste", "Parks",
                  "Senior Services", "Voter Information", "Marriage Licenses",
                  "Birth & Death Records", "Emergency Alerts", "Road Closures"],
    "Business": ["Bids & RFPs", "Economic Development", "Permits & Inspections",
                 "Zoning", "Vendor Registration", "Small Business Resources"],
    "How Do I": ["Apply For", "Contact", "Find", "Pay For", "Register", "Report",
                 "Request", "Sign Up", "Submit", "View"],
}


def _civic_news_items(items: list[tuple[str, str, str]]) -> str:
    out = []
    for i, (title, posted, blurb) in enumerate(items):
        out.append(
            f'<li class="newsItem"><h3><a href="/CivicAlerts.aspx?AID={812 - i}">{title}</a></h3>'
            f'<div class="intro"><p>{blurb}</p></div>'
            f'<div class="date">Posted on: {posted}</div></li>')
    return "\n".join(out)


_US_NEWS = [
    ("Thanksgiving Holiday Office Closures", "November 18, 2025",
     "All county offices will be closed Thursday, November 27 and Friday, November 28."),
    ("Leaf Collection Schedule Extended Through December", "November 14, 2025",
     "Curbside leaf collection in unincorporated areas continues through December 12."),
    ("Commissioners Approve 2026 Appropriations", "November 6, 2025",
     "The Board adopted the 2026 temporary appropriations at its regular session."),
    ("Early Voting Hours for the General Election", "October 21, 2025",
     "The Board of Elections office is open for early in-person voting."),
    ("Sheriff's Office Hosts Drug Take Back Day", "October 15, 2025",
     "Residents may drop off unused prescriptions at the Justice Center lobby."),
    ("Road Resurfacing Project on County Road 14 Complete", "September 30, 2025",
     "The Engineer's Office reports the resurfacing project finished ahead of schedule."),
    ("County Fair Parking Information", "August 2, 2025",
     "Shuttle service will run from the high school lot during fair week."),
]

_US_EVENTS = [
    ("Board of Commissioners Regular Session", "Nov 25, 2025 9:00 AM"),
    ("Planning Commission Meeting", "Dec 2, 2025 6:30 PM"),
    ("Holiday Tree Lighting on the Courthouse Square", "Dec 5, 2025 6:00 PM"),
    ("Soil & Water Annual Meeting", "Jan 15, 2026 6:00 PM"),
]


def _us_home() -> str:
    events = "".join(
        f'<li><h3><a href="/Calendar.aspx?EID={301 + i}">{t}</a></h3>'
        f'<p class="subHeader date">{d}</p></li>' for i, (t, d) in enumerate(_US_EVENTS))
    quick = "".join(f'<li><a href="/{q.replace(" ", "")}.aspx"><span>{q}</span></a></li>' for q in
                    ["Agenda Center", "Bids", "Jobs", "Notify Me", "Pay Taxes", "Property Search",
                     "Public Notices", "Report a Concern", "Archive Center", "Document Center"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Marlow County, OH - Official Website | Official Website</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/Assets/Styles/frontend.min.css?v=20251101">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Marlow County","url":"https://www.marlowcountyoh.gov/"}}</script>
</head><body class="cp-home">{_bulk(7)}
<a class="skipToContentLink" href="#contentarea">Skip to Main Content</a>
<div id="alertBar" class="alertCenter"><a href="/AlertCenter.aspx">Burn ban lifted effective November 10</a></div>
<header id="cpHeader"><a href="/" id="logo"><img src="/ImageRepository/Document?documentID=12" alt="Marlow County Ohio"></a>
<form action="/Search" class="siteSearch"><input type="search" name="searchPhrase" aria-label="Search"></form>
{_menu(_CIVIC_MENU)}</header>
<main id="contentarea">
<section class="hero"><h1>Welcome to Marlow County</h1><p>{_lorem(1, 40)}</p></section>
<section class="quickLinks"><h2>Quick Links</h2><ul>{quick}</ul></section>
<section class="widget newsFlash"><h2 class="widgetTitle">News Flash</h2><ul class="widgetList">
{_civic_news_items(_US_NEWS[:5])}
</ul><a class="viewAll" href="/CivicAlerts.aspx">View All</a></section>
<section class="widget calendar"><h2 class="widgetTitle">Upcoming Events</h2><ol>{events}</ol>
<a class="viewAll" href="/Calendar.aspx">View All</a></section>
<section class="about">{_pad_footer(10, 12)}</section>
</main>
<footer id="cpFooter"><div class="contact"><h2>Contact Us</h2><p>Marlow County Administration Building<br>
100 N Main Street<br>Marlowville, OH 43999</p><p>Phone: 740-555-0100</p></div>
<div class="siteLinks"><ul><li><a href="/">Home</a></li><li><a href="/sitemap">Site Map</a></li>
<li><a href="/accessibility">Accessibility</a></li><li><a href="/copyright">Copyright Notices</a></li>
<li><a href="/Jobs.aspx">Jobs</a></li><li><a href="/AgendaCenter">Agendas &amp; Minutes</a></li>
<li><a href="/Bids.aspx">Bids &amp; RFPs</a></li><li><a href="/CivicAlerts.aspx">News Flash</a></li></ul></div>
{_pad_footer(40, 10)}
<p class="cpCopyright">Government Websites by <a href="https://www.civicplus.com/">CivicPlus&reg;</a></p>
</footer>{_SCRIPTS}</body></html>"""


def _us_news() -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News Flash • Marlow County, OH • CivicEngage</title></head>
<body>{_menu(_CIVIC_MENU)}<main id="contentarea"><h1>News Flash</h1>
<div class="categories"><h2>County News</h2><ul class="listItems">
{_civic_news_items(_US_NEWS)}
</ul></div><p><a href="/CivicAlerts.aspx?CID=1">Tools</a> <a href="/RSSFeed.aspx?ModID=1">RSS</a> <a href="/civicsend/">Notify Me&reg;</a></p></main>
<footer>{_pad_footer(50, 4)}</footer></body></html>"""


def _us_agenda() -> str:
    rows = []
    meetings = [("Nov 13, 2025", "Posted Nov 7, 2025 4:12 PM"), ("Oct 23, 2025", "Posted Oct 17, 2025 3:40 PM"),
                ("Oct 9, 2025", "Posted Oct 3, 2025 1:05 PM"), ("Sep 25, 2025", "Posted Sep 19, 2025 2:20 PM")]
    for i, (m, p) in enumerate(meetings):
        rows.append(f'<tr class="catAgendaRow"><td><h3><strong>{m}</strong></h3>'
                    f'<p><a href="/AgendaCenter/ViewFile/Agenda/_{m.replace(" ", "").replace(",", "")}-{400 + i}">'
                    f'Regular Session</a></p><p>{p}</p></td>'
                    f'<td class="minutes"><a href="/AgendaCenter/ViewFile/Minutes/_x-{400 + i}">Minutes</a></td></tr>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Agenda Center • Marlow County, OH • CivicEngage</title></head>
<body>{_menu(_CIVIC_MENU)}<main><h1>Agenda Center</h1><h2>Board of Commissioners</h2>
<table class="agendaTable"><thead><tr><th>Agenda</th><th>Minutes</th></tr></thead><tbody>{''.join(rows)}</tbody></table></main></body></html>"""


def _us_jobs() -> str:
    jobs = [("Deputy Sheriff", "11/03/2025", "Open Until Filled"),
            ("Highway Maintenance Worker", "10/20/2025", "12/05/2025"),
            ("Caseworker II - Children Services", "09/12/2025", "Open Until Filled")]
    rows = "".join(
        f'<li class="jobItem"><h3><a href="/Jobs.aspx?UniqueId=98&From=98&CommunityJobs=False&JobID={7000 + i}">{t}</a></h3>'
        f'<p>Posted: {p}</p><p>Closing Date: {c}</p></li>' for i, (t, p, c) in enumerate(jobs))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Job Opportunities • Marlow County, OH</title></head>
<body>{_menu(_CIVIC_MENU)}<main><h1>Job Opportunities</h1><p>Marlow County is an Equal Opportunity Employer.</p>
<ul class="jobsList">{rows}</ul></main></body></html>"""


# --------------------------------------------------------------------------- site 2
# UK district council (LocalGov Drupal style).  Truth: stale -- the homepage's latest
# news is from 12 August 2025 (100 days); the news column likewise.
UK_HOST = "www.westbridge.gov.uk"

_UK_MENU = {
    "Bins and recycling": ["Bin collection days", "Report a missed bin", "Garden waste",
                           "Bulky waste", "Recycling centres", "Clinical waste"],
    "Council tax": ["Pay your council tax", "Council tax bands", "Discounts and exemptions",
                    "Moving home", "Council tax support", "Single person discount"],
    "Planning and building control": ["Search planning applications", "Comment on an application",
                                      "Planning policy", "Local Plan", "Building control",
                                      "Tree preservation orders", "Conservation areas"],
    "Housing": ["Apply for housing", "Homelessness", "Private renting", "Disabled facilities grants",
                "Houses in multiple occupation", "Empty homes"],
    "Council and democracy": ["Councillors", "Committee meetings", "Elections and voting",
                              "Public notices", "Freedom of information", "Budget and spending",
                              "Jobs and careers", "Consultations"],
}


def _uk_news_items(n: int) -> str:
    items = [("Garden waste subscriptions open for 2026", "12 August 2025"),
             ("Council agrees new climate action plan", "29 July 2025"),
             ("Have your say on town centre regeneration", "15 July 2025"),
             ("Summer events programme announced", "1 July 2025"),
             ("Annual canvass begins", "20 June 2025")]
    return "".join(
        f'<article class="card"><h3><a href="/news/{t.lower().replace(" ", "-")}">{t}</a></h3>'
        f'<p>{_lorem(70 + i, 25)}</p><time datetime="{_iso_uk(d)}">{d}</time></article>'
        for i, (t, d) in enumerate(items[:n]))


def _iso_uk(d: str) -> str:
    from datetime import datetime
    return datetime.strptime(d, "%d %B %Y").date().isoformat()


def _uk_home() -> str:
    services = "".join(
        f'<li class="service"><a href="/{k.lower().replace(" ", "-")}"><h3>{k}</h3><p>{", ".join(v[:3])}</p></a></li>'
        for k, v in _UK_MENU.items())
    return f"""<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Westbridge District Council</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_abc123.css"></head>
<body class="path-frontpage">{_bulk(8)}{_cookie_banner("Westbridge District Council")}
<header class="lgd-header"><a href="/" class="lgd-header__logo">Westbridge District Council</a>
<form action="/search"><input type="search" name="s"></form>{_menu(_UK_MENU)}</header>
<main><div class="lgd-hero"><h1>Westbridge District Council</h1><p>Find information and services</p></div>
<section class="lgd-services"><h2>Popular services</h2><ul>{services}</ul></section>
<section class="lgd-news"><h2>Latest news</h2>{_uk_news_items(3)}<a href="/news">More news</a></section>
<section class="lgd-links"><h2>Council and democracy</h2><ul>
<li><a href="/council-and-democracy/public-notices">Public notices</a></li>
<li><a href="/council-and-democracy/jobs-and-careers">Jobs and careers</a></li>
<li><a href="/planning-and-building-control/local-plan">Local Plan</a></li>
<li><a href="/council-and-democracy/consultations">Consultations</a></li></ul></section>
<section class="lgd-about">{_pad_footer(80, 14)}</section></main>
<footer class="lgd-footer"><ul><li><a href="/accessibility-statement">Accessibility statement</a></li>
<li><a href="/privacy">Privacy</a></li><li><a href="/contact-us">Contact us</a></li></ul>
{_pad_footer(95, 8)}<p>&copy; Westbridge District Council 2025</p></footer>{_SCRIPTS}</body></html>"""


def _uk_news() -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | Westbridge District Council</title></head>
<body>{_cookie_banner("Westbridge District Council")}{_menu(_UK_MENU)}<main><h1>News</h1>{_uk_news_items(5)}
<nav class="pager"><a href="/news?page=1">Next page</a></nav></main></body></html>"""


def _uk_notices() -> str:
    notices = [("Notice of Road Closure: Station Road, Westbridge", "2 October 2025"),
               ("Notice of Election Result: Abbey Ward by-election", "19 September 2025"),
               ("Statement of Accounts 2024/25: Notice of Public Rights", "30 June 2025")]
    rows = "".join(f'<li class="lgd-teaser"><h3><a href="/council-and-democracy/public-notices/n{i}">{t}</a></h3>'
                   f'<p class="date">Published: {d}</p></li>' for i, (t, d) in enumerate(notices))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Public notices | Westbridge District Council</title></head>
<body>{_menu(_UK_MENU)}<main><h1>Public notices</h1><ul>{rows}</ul></main></body></html>"""


def _uk_jobs() -> str:
    jobs = [("Environmental Health Officer", "30 October 2025", "5 December 2025"),
            ("Customer Services Advisor", "16 October 2025", "14 November 2025")]
    rows = "".join(f'<li><h3><a href="/jobs/{i}">{t}</a></h3><p>Date posted: {p}</p><p>Closing date: {c}</p></li>'
                   for i, (t, p, c) in enumerate(jobs))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Current vacancies | Westbridge District Council</title></head>
<body>{_menu(_UK_MENU)}<main><h1>Jobs and careers</h1><h2>Current vacancies</h2><ul>{rows}</ul></main></body></html>"""


def _uk_local_plan() -> str:
    docs = [("Local Plan Review: Regulation 18 consultation document", "3 March 2025"),
            ("Five Year Housing Land Supply Statement", "14 January 2025"),
            ("Strategic Housing and Economic Land Availability Assessment", "8 November 2024")]
    rows = "".join(f'<li><a href="/local-plan/doc{i}.pdf">{t}</a> <span>(PDF) Updated {d}</span></li>'
                   for i, (t, d) in enumerate(docs))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Local Plan | Westbridge District Council</title></head>
<body>{_menu(_UK_MENU)}<main><h1>Local Plan</h1><p>{_lorem(120, 80)}</p><h2>Documents</h2><ul>{rows}</ul></main></body></html>"""


# --------------------------------------------------------------------------- site 3
# Australian state agency.  Day-first numeric dates.  Truth: stale -- homepage alert
# is fresh (14/11/2025), but the Media releases column is 48 days old (news, 14) and
# the Careers column's newest posting is 2 August 2024 (personnel, 365).  The notices
# column's newest is 12/06/2025 = 12 June 2025 (161 days, within 180): fresh.
AU_HOST = "www.water.nsw.gov.au"

_AU_MENU = {
    "Our work": ["Water allocations", "Water sharing plans", "Drought", "Floodplain management",
                 "Groundwater", "Water quality", "Dams and weirs", "Metering"],
    "Licensing and trade": ["Apply for a licence", "Water trading", "Approvals", "Fees and charges",
                            "Compliance", "Water NSW Portal"],
    "News and media": ["Media releases", "Notices", "Newsletters", "Events"],
    "About us": ["Our organisation", "Plans and reports", "Careers", "Contact us", "Aboriginal water"],
}


def _au_home() -> str:
    return f"""<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>Department of Regional Water | NSW Government</title>
<meta name="description" content="NSW Government water management"></head>
<body>{_bulk(9)}<div class="nsw-masthead"><p>A NSW Government website</p></div>
<header class="nsw-header"><a href="/"><img src="/logo.svg" alt="NSW Government"></a>{_menu(_AU_MENU)}</header>
<main class="nsw-container"><div class="nsw-in-page-alert nsw-in-page-alert--warning">
<h2>Alerts</h2><ul><li><a href="/our-work/drought/alert-murrumbidgee">Murrumbidgee general security allocation update</a> <span class="date">14/11/2025</span></li>
<li><a href="/our-work/alert-lachlan">Lachlan River: temporary water restrictions</a> <span class="date">29/10/2025</span></li></ul></div>
<section><h2>Latest media releases</h2><div class="nsw-grid">
<div class="nsw-card"><a href="/news-and-media/media-releases/new-weir-funding">Funding for Menindee weir upgrade</a><p class="nsw-card__date">3 October 2025</p></div>
<div class="nsw-card"><a href="/news-and-media/media-releases/water-sharing-plans">Water sharing plans remade for coastal catchments</a><p class="nsw-card__date">18 September 2025</p></div>
</div><a href="/news-and-media/media-releases">All media releases</a></section>
<section><h2>Quick links</h2><ul><li><a href="/news-and-media/notices">Notices</a></li>
<li><a href="/about-us/careers">Careers</a></li><li><a href="/about-us/plans-and-reports">Plans and reports</a></li></ul></section>
<section>{_pad_footer(200, 16)}</section></main>
<footer class="nsw-footer"><p>We pay respect to the Traditional Custodians and First Peoples of NSW, and acknowledge their continued connection to their country and culture.</p>
{_pad_footer(230, 8)}<p>Copyright &copy; 2025</p></footer>{_SCRIPTS}</body></html>"""


def _au_media() -> str:
    items = [("Funding for Menindee weir upgrade", "3 October 2025"),
             ("Water sharing plans remade for coastal catchments", "18 September 2025"),
             ("Metering rules now in force across the state", "1 August 2025"),
             ("Minister visits Burrendong Dam", "12 July 2025")]
    rows = "".join(f'<div class="nsw-list-item"><div class="nsw-list-item__content"><div class="nsw-list-item__title">'
                   f'<a href="/news-and-media/media-releases/r{i}">{t}</a></div>'
                   f'<div class="nsw-list-item__info">Media release &middot; {d}</div></div></div>'
                   for i, (t, d) in enumerate(items))
    return f"""<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>Media releases | Department of Regional Water</title></head>
<body>{_menu(_AU_MENU)}<main><h1>Media releases</h1>{rows}</main></body></html>"""


def _au_notices() -> str:
    items = [("Notice of proposed water sharing plan amendment", "12/06/2025"),
             ("Gazette notice: Temporary water restriction (Lachlan)", "20/03/2025"),
             ("Notice of embargo on new groundwater applications", "27/01/2025")]
    rows = "".join(f'<tr><td><a href="/news-and-media/notices/n{i}">{t}</a></td><td>{d}</td></tr>'
                   for i, (t, d) in enumerate(items))
    return f"""<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>Notices | Department of Regional Water</title></head>
<body>{_menu(_AU_MENU)}<main><h1>Notices</h1><table><thead><tr><th>Notice</th><th>Date published</th></tr></thead>
<tbody>{rows}</tbody></table></main></body></html>"""


def _au_careers() -> str:
    items = [("Senior Hydrologist", "02/08/2024"), ("Water Regulation Officer", "17/05/2024")]
    rows = "".join(f'<li><a href="/about-us/careers/job{i}">{t}</a> &ndash; posted {d}</li>'
                   for i, (t, d) in enumerate(items))
    return f"""<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>Careers | Department of Regional Water</title></head>
<body>{_menu(_AU_MENU)}<main><h1>Careers</h1><p>All NSW Government jobs are advertised on I work for NSW.</p>
<h2>Current opportunities</h2><ul>{rows}</ul></main></body></html>"""


def _au_plans() -> str:
    items = [("Annual Report 2024-25", "28 October 2025"), ("Corporate Plan 2024-2028", "1 July 2024")]
    rows = "".join(f'<li><a href="/about-us/plans-and-reports/p{i}.pdf">{t}</a> <span>Published {d}</span></li>'
                   for i, (t, d) in enumerate(items))
    return f"""<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>Plans and reports | Department of Regional Water</title></head>
<body>{_menu(_AU_MENU)}<main><h1>Plans and reports</h1><ul>{rows}</ul></main></body></html>"""


# --------------------------------------------------------------------------- site 4
# Canadian town.  Truth: fails on empty columns -- six linked columns each say there
# is nothing (public notices, careers, tenders, consultations, agendas, by-law news);
# the homepage and its news column are fresh.
CA_HOST = "www.pineridge.ca"

_CA_MENU = {
    "Living Here": ["Garbage and Recycling", "Water and Wastewater", "Roads and Sidewalks",
                    "Winter Maintenance", "Animal Control", "Property Taxes", "Fire Services"],
    "Recreation": ["Arenas", "Parks and Trails", "Programs", "Facility Rentals", "Library"],
    "Town Hall": ["Mayor and Council", "Council Agendas and Minutes", "By-laws", "Public Notices",
                  "Careers", "Bids and Tenders", "Have Your Say", "Accessibility"],
    "Business": ["Economic Development", "Building Permits", "Planning and Development", "Licensing"],
}

_CA_EMPTY = {
    "/town-hall/public-notices": ("Public Notices", "There are currently no public notices."),
    "/town-hall/careers": ("Careers", "There are no current job opportunities. Please check back later."),
    "/town-hall/bids-and-tenders": ("Bids and Tenders", "No open bids at this time."),
    "/town-hall/have-your-say": ("Have Your Say", "There are no active consultations at this time."),
    "/town-hall/council-agendas-and-minutes": ("Council Agendas and Minutes", "No meetings found."),
    "/town-hall/by-law-updates": ("By-law Updates", "No results found."),
}


def _ca_home() -> str:
    news = [("Winter parking restrictions begin December 1", "November 17, 2025"),
            ("Remembrance Day ceremony at the cenotaph", "November 7, 2025")]
    cards = "".join(f'<div class="news-card"><a href="/news/n{i}">{t}</a><span class="date">{d}</span></div>'
                    for i, (t, d) in enumerate(news))
    links = "".join(f'<li><a href="{p}">{t}</a></li>' for p, (t, _m) in _CA_EMPTY.items())
    return f"""<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8"><title>Town of Pine Ridge</title></head>
<body>{_bulk(10)}<header><a href="/">Town of Pine Ridge</a>{_menu(_CA_MENU)}</header>
<main><section class="hero"><h1>Welcome to Pine Ridge</h1></section>
<section class="news"><h2>Latest News</h2>{cards}<a href="/news">View all news</a></section>
<section class="town-hall"><h2>Town Hall</h2><ul>{links}</ul></section>
<section>{_pad_footer(300, 16)}</section></main>
<footer><p>Town of Pine Ridge, 42 King Street, Pine Ridge, ON</p>{_pad_footer(330, 8)}<p>&copy; 2025 Town of Pine Ridge</p></footer>{_SCRIPTS}</body></html>"""


def _ca_news() -> str:
    news = [("Winter parking restrictions begin December 1", "November 17, 2025"),
            ("Remembrance Day ceremony at the cenotaph", "November 7, 2025"),
            ("Fall leaf and yard waste collection", "October 20, 2025")]
    rows = "".join(f'<div class="news-item"><h2><a href="/news/n{i}">{t}</a></h2><p class="posted">Posted on {d}</p></div>'
                   for i, (t, d) in enumerate(news))
    return f"""<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8"><title>News | Town of Pine Ridge</title></head>
<body>{_menu(_CA_MENU)}<main><h1>News</h1>{rows}</main></body></html>"""


def _ca_empty(title: str, message: str) -> str:
    return f"""<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8"><title>{title} | Town of Pine Ridge</title></head>
<body>{_menu(_CA_MENU)}<main><h1>{title}</h1><div class="listing-results"><p class="no-results">{message}</p></div></main>
<footer>{_pad_footer(350, 2)}</footer></body></html>"""


def _ca_boxes_home() -> str:
    """The same town with its Town Hall columns as homepage boxes, each "View all"
    link beside the box's message (added after the first run: the layout the README's
    column finder reads)."""
    boxes = "".join(
        f'<section class="box"><h2>{t}</h2><div class="listing-results"><p class="no-results">{m}</p></div>'
        f'<a href="{p}">View all</a></section>' for p, (t, m) in _CA_EMPTY.items())
    return _ca_home().replace('<section class="town-hall">', boxes + '<section class="town-hall">')


CA2_HOST = "www.pineridge-boxes.ca"


# --------------------------------------------------------------------------- site 5
# Indian state department on S3WaaS.  Truth: zombie -- newest content is 15/03/2023;
# the header carries today's date (a server-side clock) and the footer "© 2025".
IN_HOST = "rural.odisha.gov.in"

_IN_MENU = {
    "About Department": ["Who's Who", "Organisation Chart", "Functions", "Citizen Charter"],
    "Schemes": ["MGNREGS", "PMAY-G", "Biju Pucca Ghar Yojana", "Rural Roads"],
    "Notices": ["Announcements", "Recruitment", "Tenders", "Circulars"],
    "Documents": ["Annual Plan", "Reports", "Acts & Rules", "Forms"],
    "RTI": ["Public Information Officers", "Proactive Disclosure"],
}


def _in_home() -> str:
    whats_new = [("Notice regarding verification of documents for Junior Engineer (Civil)", "15/03/2023"),
                 ("Tender for construction of rural roads under PMGSY Phase III", "02/01/2023"),
                 ("Annual Action Plan 2022-23", "11/07/2022")]
    marquee = "".join(f'<li><a href="/notice/n{i}/">{t}</a> <span>{d}</span></li>' for i, (t, d) in enumerate(whats_new))
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Department of Rural Development, Government of Odisha | India</title>
<meta name="generator" content="S3WaaS"></head><body class="home">{_bulk(11)}
<div class="region region-header-top"><ul class="toplinks"><li>Thursday, November 20, 2025</li>
<li><a href="#SkipContent">Skip to main content</a></li><li><a href="/screen-reader-access/">Screen Reader Access</a></li>
<li><a href="/hi/">हिन्दी</a></li></ul></div>
<header><a href="/"><img src="/wp-content/themes/sdo-theme/images/emblem.png" alt="State Emblem of India">
<span>Department of Rural Development</span><span>Government of Odisha</span></a>{_menu(_IN_MENU)}</header>
<main id="SkipContent"><section class="whats-new"><h2>What's New</h2><marquee><ul>{marquee}</ul></marquee>
<a href="/notice_category/announcements/">View All</a></section>
<section class="quick"><ul><li><a href="/notice_category/announcements/">Announcements</a></li>
<li><a href="/notice_category/recruitment/">Recruitment</a></li><li><a href="/tender/">Tenders</a></li>
<li><a href="/documents/">Documents</a></li></ul></section>
<section class="about"><h2>About Department</h2>{_pad_footer(400, 14)}</section>
<section class="minister"><h3>Hon'ble Minister</h3><p>{_lorem(420, 40)}</p></section></main>
<footer><p>Content Owned by Department of Rural Development, Government of Odisha</p>
<p>&copy; 2025 Department of Rural Development. Developed and hosted by <a href="https://www.nic.in/">National Informatics Centre</a>,
Ministry of Electronics &amp; Information Technology, Government of India</p>
<p>Last Updated: Mar 15, 2023</p>{_pad_footer(430, 6)}</footer>{_SCRIPTS}</body></html>"""


def _in_table(title: str, rows_: list[tuple[str, str, str]]) -> str:
    rows = "".join(f'<tr><td>{t}</td><td>{t}</td><td>{s}</td><td>{e}</td><td><a href="/wp-content/uploads/2023/03/doc{i}.pdf">View (245 KB)</a></td></tr>'
                   for i, (t, s, e) in enumerate(rows_))
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{title} | Department of Rural Development | India</title></head>
<body><div class="toplinks">Thursday, November 20, 2025</div>{_menu(_IN_MENU)}<main><h1>{title}</h1>
<table class="data-table-1"><thead><tr><th>Title</th><th>Description</th><th>Start Date</th><th>End Date</th><th>File</th></tr></thead>
<tbody>{rows}</tbody></table></main><footer><p>Last Updated: Mar 15, 2023</p></footer></body></html>"""


def _in_pages() -> dict[str, str]:
    return {
        "/notice_category/announcements/": _in_table("Announcements", [
            ("Notice regarding verification of documents for Junior Engineer (Civil)", "15/03/2023", "31/03/2023"),
            ("Holiday list 2023", "28/12/2022", "31/12/2023")]),
        "/notice_category/recruitment/": _in_table("Recruitment", [
            ("Advertisement for engagement of Block Coordinators", "21/11/2022", "05/12/2022")]),
        "/tender/": _in_table("Tenders", [
            ("Tender for construction of rural roads under PMGSY Phase III", "02/01/2023", "25/01/2023")]),
        "/documents/": _in_table("Documents", [
            ("Annual Action Plan 2022-23", "11/07/2022", "31/03/2023")]),
    }


# --------------------------------------------------------------------------- site 6
# New Zealand district council.  Truth: hijacked -- pharma and casino spam links in
# an off-screen div, and a script that sends visitors arriving from search engines
# to a casino.  The council content itself is fresh.
NZ_HOST = "www.kaiwhero.govt.nz"

_NZ_MENU = {
    "Services": ["Rubbish and recycling", "Water", "Roads and footpaths", "Dogs and animals",
                 "Rates", "Libraries", "Parks and reserves", "Cemeteries"],
    "Building and planning": ["Building consents", "Resource consents", "District Plan", "LIMs"],
    "Your council": ["Mayor and councillors", "Meetings and agendas", "Plans and strategies",
                     "Public notices", "Jobs", "Consultations", "News"],
}

_NZ_SPAM = [
    ("buy viagra online nz", "https://cheap-meds-rx.example.com/viagra-nz"),
    ("cialis 20mg no prescription", "https://cheap-meds-rx.example.com/cialis"),
    ("online casino nz real money", "https://nz-top-casino.example.net/"),
    ("best online pokies nz", "https://pokies-nz.example.net/"),
    ("free spins no deposit", "https://pokies-nz.example.net/free-spins"),
    ("levitra generic", "https://cheap-meds-rx.example.com/levitra"),
    ("slot online gacor", "https://gacor-slot88.example.org/"),
    ("tramadol overnight delivery", "https://cheap-meds-rx.example.com/tramadol"),
]


def _nz_home() -> str:
    spam = "".join(f'<a href="{u}">{t}</a> ' for t, u in _NZ_SPAM * 3)
    news = [("Water main renewals on Queen Street start Monday", "18 November 2025"),
            ("Long Term Plan amendment adopted", "12 November 2025"),
            ("Dog registration reminder", "3 November 2025")]
    cards = "".join(f'<div class="news-tile"><a href="/your-council/news/n{i}">{t}</a><p class="date">{d}</p></div>'
                    for i, (t, d) in enumerate(news))
    return f"""<!DOCTYPE html><html lang="en-NZ"><head><meta charset="utf-8"><title>Kaiwhero District Council</title>
<script>var r=document.referrer;if(/google\\.|bing\\.|yahoo\\.|duckduckgo\\./i.test(r)){{window.location.replace("https://nz-top-casino.example.net/?ref=kdc");}}</script>
</head><body>{_bulk(12)}<header><a href="/">Kaiwhero District Council | Te Kaunihera ā-Rohe o Kaiwhero</a>{_menu(_NZ_MENU)}</header>
<main><section class="news"><h2>Latest news</h2>{cards}<a href="/your-council/news">More news</a></section>
<section class="links"><ul><li><a href="/your-council/public-notices">Public notices</a></li><li><a href="/your-council/jobs">Jobs</a></li></ul></section>
<section>{_pad_footer(500, 16)}</section></main>
<div style="position:absolute;left:-9999px;top:-9999px;overflow:hidden;height:1px">{spam}</div>
<footer><p>Kaiwhero District Council, 10 Rata Street, Kaiwhero 3999</p>{_pad_footer(530, 8)}<p>&copy; Kaiwhero District Council 2025</p></footer>{_SCRIPTS}</body></html>"""


def _nz_news() -> str:
    news = [("Water main renewals on Queen Street start Monday", "18 November 2025"),
            ("Long Term Plan amendment adopted", "12 November 2025"),
            ("Dog registration reminder", "3 November 2025")]
    rows = "".join(f'<li><a href="/your-council/news/n{i}">{t}</a> <span class="date">{d}</span></li>' for i, (t, d) in enumerate(news))
    return f"""<!DOCTYPE html><html lang="en-NZ"><head><meta charset="utf-8"><title>News | Kaiwhero District Council</title></head>
<body>{_menu(_NZ_MENU)}<main><h1>News</h1><ul>{rows}</ul></main></body></html>"""


def _nz_notices() -> str:
    rows = ('<li><a href="/your-council/public-notices/p1">Public notice: Road closure for Christmas parade</a> <span class="date">10 November 2025</span></li>'
            '<li><a href="/your-council/public-notices/p2">Notice of Council meeting schedule 2026</a> <span class="date">28 October 2025</span></li>')
    return f"""<!DOCTYPE html><html lang="en-NZ"><head><meta charset="utf-8"><title>Public notices | Kaiwhero District Council</title></head>
<body>{_menu(_NZ_MENU)}<main><h1>Public notices</h1><ul>{rows}</ul></main></body></html>"""


def _nz_jobs() -> str:
    rows = '<li><a href="/your-council/jobs/j1">Three Waters Engineer</a> <span>Listed 6 November 2025</span> <span>Closes 28 November 2025</span></li>'
    return f"""<!DOCTYPE html><html lang="en-NZ"><head><meta charset="utf-8"><title>Jobs | Kaiwhero District Council</title></head>
<body>{_menu(_NZ_MENU)}<main><h1>Jobs</h1><ul>{rows}</ul></main></body></html>"""


# --------------------------------------------------------------------------- the farm


def sites() -> dict[str, dict[str, str]]:
    """host -> {path: html}"""
    ca = {"/": _ca_home(), "/news": _ca_news()}
    for p, (t, m) in _CA_EMPTY.items():
        ca[p] = _ca_empty(t, m)
    return {
        US_HOST: {"/": _us_home(), "/CivicAlerts.aspx": _us_news(), "/AgendaCenter": _us_agenda(),
                  "/Jobs.aspx": _us_jobs()},
        UK_HOST: {"/": _uk_home(), "/news": _uk_news(),
                  "/council-and-democracy/public-notices": _uk_notices(),
                  "/council-and-democracy/jobs-and-careers": _uk_jobs(),
                  "/planning-and-building-control/local-plan": _uk_local_plan()},
        AU_HOST: {"/": _au_home(), "/news-and-media/media-releases": _au_media(),
                  "/news-and-media/notices": _au_notices(), "/about-us/careers": _au_careers(),
                  "/about-us/plans-and-reports": _au_plans()},
        CA_HOST: ca,
        CA2_HOST: {**ca, "/": _ca_boxes_home()},
        IN_HOST: {"/": _in_home(), **_in_pages()},
        NZ_HOST: {"/": _nz_home(), "/your-council/news": _nz_news(),
                  "/your-council/public-notices": _nz_notices(), "/your-council/jobs": _nz_jobs()},
    }


# --------------------------------------------------------------------------- truth
# Written before reading README; words in TRUTH_NOTES are the evaluator's own.
TRUTH_NOTES = {
    US_HOST: "healthy: news 2 days old, agendas 13 days, jobs 17 days; future events and closing dates are no updates",
    UK_HOST: "stale: homepage newest 12 Aug 2025 (100 d); news column stale; notices/jobs/plan fine",
    AU_HOST: "stale at full depth: media releases 48 d (news 14), careers 475 d (personnel 365); "
             "notices 12/06/2025 = 12 June (161 d, fine); homepage fresh (alert 14/11/2025) -> healthy at home depth",
    CA_HOST: "fails on 6 empty columns at full depth; homepage fresh -> healthy at home depth",
    IN_HOST: "zombie: nothing newer than 15/03/2023; the header's today-date and the (c) 2025 are no updates",
    NZ_HOST: "hijacked: hidden pharma/casino links and a search-referrer redirect to a casino",
}

# status, passed, findings (must contain), findings (must not contain), at depth full / home
TRUTH: dict[str, dict[str, dict[str, object]]] = {
    US_HOST: {"full": {"status": "healthy", "passed": True, "has": set(), "not": {"homepage_stale", "column_stale", "column_empty"}},
              "home": {"status": "healthy", "passed": True, "has": set(), "not": {"homepage_stale"}}},
    UK_HOST: {"full": {"status": "stale", "passed": False, "has": {"homepage_stale", "column_stale"}, "not": {"column_empty"}},
              "home": {"status": "stale", "passed": False, "has": {"homepage_stale"}, "not": set()}},
    AU_HOST: {"full": {"status": "stale", "passed": False, "has": {"column_stale"}, "not": {"homepage_stale"}},
              "home": {"status": "healthy", "passed": True, "has": set(), "not": {"homepage_stale"}}},
    CA_HOST: {"full": {"status": "stale", "passed": False, "has": {"column_empty"}, "not": {"homepage_stale"}},
              "home": {"status": "healthy", "passed": True, "has": set(), "not": {"homepage_stale"}}},
    IN_HOST: {"full": {"status": "zombie", "passed": False, "has": set(), "not": set()},
              "home": {"status": "zombie", "passed": False, "has": set(), "not": set()}},
    NZ_HOST: {"full": {"status": "hijacked", "passed": False, "has": {"spam_content"}, "not": set()},
              "home": {"status": "hijacked", "passed": False, "has": {"spam_content"}, "not": set()}},
}
# Per-column truth at full depth (column type, stale?) for the explanation table:
COLUMN_TRUTH = {
    AU_HOST: {"/news-and-media/media-releases": "stale", "/about-us/careers": "stale",
              "/news-and-media/notices": "fresh", "/about-us/plans-and-reports": "fresh"},
    UK_HOST: {"/news": "stale", "/council-and-democracy/public-notices": "fresh",
              "/council-and-democracy/jobs-and-careers": "fresh",
              "/planning-and-building-control/local-plan": "fresh"},
}


# --------------------------------------------------------------------------- hostile servers
# Raw asyncio servers on 127.0.0.1.  Each handler reads the request head and misbehaves.


async def _read_head(reader: asyncio.StreamReader) -> bytes:
    try:
        return await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        return b""


def _host_of(head: bytes) -> str:
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"host:"):
            return line.split(b":", 1)[1].strip().decode("latin-1")
    return ""


async def _close(writer: asyncio.StreamWriter) -> None:
    try:
        writer.close()
        await writer.wait_closed()
    except Exception:
        pass


async def stall_body(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """H1: headers promise 50 000 bytes, then nothing ever comes."""
    await _read_head(reader)
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 50000\r\n\r\n<html><head>")
    await writer.drain()
    await asyncio.sleep(60)
    await _close(writer)


async def huge_line(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """H2: 200 with a 10 MB body that is one single line (no newline anywhere)."""
    await _read_head(reader)
    size = 10 * 1024 * 1024
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % size)
    chunk = b"<span>x</span>" * 4681 + b"xx"   # 65536 bytes
    try:
        for _ in range(size // 65536):
            writer.write(chunk)
            await writer.drain()
    except ConnectionError:
        pass
    await _close(writer)


REDIRECT_HOPS = 12


async def redirect_chain(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """H3: hop1.redir.example -> hop2 -> ... -> hop12 -> a real page (12 hosts)."""
    head = await _read_head(reader)
    host = _host_of(head)
    name, _, port = host.partition(":")
    n = int(name.split(".")[0][3:] or 0) if name.startswith("hop") else 0
    if n < REDIRECT_HOPS:
        loc = f"http://hop{n + 1}.redir.example:{port}/"
        writer.write(f"HTTP/1.1 302 Found\r\nLocation: {loc}\r\nContent-Length: 0\r\n\r\n".encode())
    else:
        body = f"<html><body><h1>Arrived</h1><p>Updated {NOW.isoformat()}</p></body></html>".encode()
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
    await writer.drain()
    await _close(writer)


@functools.cache
def _bomb_pieces() -> tuple[bytes, bytes]:
    """The bomb's gzip header and <html><body>, and 1 MB of spaces compressed once: each
    ends in a full flush (no reference to earlier data), so the piece can be sent again
    and again without compressing 2 GB in the server's thread on every request (which
    took the CPU that the scan's own timings are measured with). The trailer's CRC is
    then wrong: a client that stops at its cap never reads it."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = comp.compress(b"<html><body>") + comp.flush(zlib.Z_FULL_FLUSH)
    piece = comp.compress(b" " * (1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    return head, piece


async def gzip_bomb(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """H4: Content-Encoding: gzip whose body inflates to 2 GB of spaces.  The
    compressed stream (~2 MB) is produced lazily, so a client that stops reading
    stops the server too."""
    await _read_head(reader)
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                 b"Connection: close\r\n\r\n")
    head, piece = _bomb_pieces()
    try:
        writer.write(head)
        for _ in range(2048):
            writer.write(piece)
            await writer.drain()
            if writer.is_closing():
                break
        writer.write(zlib.compressobj(9, zlib.DEFLATED, 31).flush())
        await writer.drain()
    except ConnectionError:
        pass
    await _close(writer)


async def random_binary(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """H5: 200 text/html with 64 KB of random bytes."""
    await _read_head(reader)
    body = random.Random(5).randbytes(65536)
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
    await writer.drain()
    await _close(writer)


MAINTENANCE = b"""<!DOCTYPE html><html><head><title>Site under maintenance</title></head>
<body><div style="text-align:center"><h1>Site under maintenance</h1>
<p>Our website is currently undergoing scheduled maintenance. We will be back shortly.</p>
<p>Thank you for your patience.</p></div></body></html>"""


async def maintenance(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """H6: 200 for every path with the same 'site under maintenance' page."""
    await _read_head(reader)
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n"
                 % len(MAINTENANCE) + MAINTENANCE)
    await writer.drain()
    await _close(writer)


SPA = b"""<!doctype html><html lang="en"><head><meta charset="UTF-8"><link rel="icon" href="/favicon.ico">
<meta name="viewport" content="width=device-width,initial-scale=1.0"><title>City of Example</title>
<script type="module" crossorigin src="/assets/index-4f2a9c1e.js"></script>
<link rel="stylesheet" href="/assets/index-91bd0e77.css"></head>
<body><noscript>We're sorry but this site doesn't work properly without JavaScript enabled. Please enable it to continue.</noscript>
<div id="app"></div></body></html>"""
SPA_JS = b"import{createApp as e}from'./vendor.js';e({}).mount('#app');" + b"var a=1;" * 20000


async def spa_shell(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """H7: JS-only SPA shell; every path (client-side routing) answers the shell."""
    head = await _read_head(reader)
    path = head.split(b" ")[1] if head.count(b" ") >= 2 else b"/"
    if path.startswith(b"/assets/") and path.endswith(b".js"):
        body, ctype = SPA_JS, b"application/javascript"
    else:
        body, ctype = SPA, b"text/html"
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (ctype, len(body)) + body)
    await writer.drain()
    await _close(writer)


async def chunk_trickle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """H8: keep-alive, chunked, one tiny chunk every 100 ms for 30 s."""
    await _read_head(reader)
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                 b"Connection: keep-alive\r\n\r\n")
    try:
        for _ in range(300):
            writer.write(b"1\r\n \r\n")
            await writer.drain()
            await asyncio.sleep(0.1)
        writer.write(b"0\r\n\r\n")
        await writer.drain()
    except ConnectionError:
        pass
    await _close(writer)


HOSTILE = {
    "stall": stall_body,
    "hugeline": huge_line,
    "redirects": redirect_chain,
    "gzipbomb": gzip_bomb,
    "binary": random_binary,
    "maintenance": maintenance,
    "spa": spa_shell,
    "trickle": chunk_trickle,
}

# Evaluator's own words first.
HOSTILE_NOTES = {
    "stall": "unreachable, timeout (the body never comes)",
    "hugeline": "the server answers, but nothing judgeable: the crawler must cap the body, not hang or "
                "blow memory; not healthy (undated / no content)",
    "redirects": "unreachable, too many redirects (12 hops > the usual limit of 10)",
    "gzipbomb": "not healthy; the crawler must stop inflating at its byte cap (too large)",
    "binary": "not healthy; not a web page (binary/undecodable)",
    "maintenance": "not healthy: a maintenance page on every path; no dates",
    "spa": "not healthy from a non-JS crawler: no content, undated (cannot judge)",
    "trickle": "unreachable, timeout (total time cap, not per-read idle timeout)",
}

# status, passed, findings-must-have, error_kind (None = not an error); "*" = any non-healthy.
HOSTILE_TRUTH: dict[str, dict[str, object]] = {
    "stall": {"status": "unreachable", "passed": False, "has": set(), "error_kind": "timeout"},
    "hugeline": {"status": "*", "passed": False, "has": set(), "error_kind": "*"},
    "redirects": {"status": "unreachable", "passed": False, "has": set(), "error_kind": "redirects"},
    "gzipbomb": {"status": "*", "passed": False, "has": set(), "error_kind": "*"},
    "binary": {"status": "*", "passed": False, "has": set(), "error_kind": "*"},
    "maintenance": {"status": "*", "passed": False, "has": set(), "error_kind": "*"},
    "spa": {"status": "*", "passed": False, "has": set(), "error_kind": "*"},
    "trickle": {"status": "unreachable", "passed": False, "has": set(), "error_kind": "timeout"},
}


# --------------------------------------------------------------------------- truth, mapped
# TRUTH / HOSTILE_TRUTH above mapped onto README's rules after the first run.  Where the
# two differ the README decides, and the reason is given:
# - AU full: one stale column is no veto ("at 5 news/notice/policy columns") -> passed;
#   Careers is linked from a "Quick links" block only, and "link blocks are not
#   columns": its 475-day-old list is out of the documented scope.
# - CA full: the six empty columns are linked from a link block only (same scope);
#   CA2 shows them as homepage boxes, where they are columns.
# - hugeline, spa: `undated` and `too_large` are no veto: an undated homepage is judged
#   by content changes, so a first scan passes it.
# - gzipbomb, binary, maintenance: a blank page, no web page at all, and a maintenance
#   page are `placeholder_page`, status zombie.
# - redirects: error_kind is `redirect_loop` (more than max_redirects, 10).
_HEALTHY = {"status": "healthy", "passed": True}
MAPPED: dict[str, dict[str, dict[str, object]]] = {
    US_HOST: {d: {**_HEALTHY, "has": set(), "not": {"homepage_stale", "column_stale", "column_empty"}}
              for d in ("full", "home")},
    UK_HOST: {"full": {"status": "stale", "passed": False, "has": {"homepage_stale", "column_stale"}, "not": {"column_empty"}},
              "home": {"status": "stale", "passed": False, "has": {"homepage_stale"}, "not": set()}},
    AU_HOST: {"full": {"status": "stale", "passed": True, "has": {"column_stale"}, "not": {"homepage_stale"}},
              "home": {**_HEALTHY, "has": set(), "not": {"homepage_stale"}}},
    CA_HOST: {d: {**_HEALTHY, "has": set(), "not": {"homepage_stale"}} for d in ("full", "home")},
    CA2_HOST: {"full": {"status": "stale", "passed": False, "has": {"column_empty"}, "not": {"homepage_stale"}},
               "home": {**_HEALTHY, "has": set(), "not": {"homepage_stale"}}},
    IN_HOST: {d: {"status": "zombie", "passed": False, "has": {"abandoned", "homepage_stale"}, "not": set()}
              for d in ("full", "home")},
    NZ_HOST: {d: {"status": "hijacked", "passed": False, "has": {"hidden_links", "spam_content", "offsite_redirect"},
                  "not": set()} for d in ("full", "home")},
}
HOSTILE_MAPPED: dict[str, dict[str, object]] = {
    "stall": {"status": "unreachable", "passed": False, "has": {"unreachable"}, "error_kind": "timeout"},
    "hugeline": {"status": "healthy", "passed": True, "has": {"too_large", "undated"}, "error_kind": "too_large"},
    "redirects": {"status": "unreachable", "passed": False, "has": {"unreachable"}, "error_kind": "redirect_loop"},
    "gzipbomb": {"status": "zombie", "passed": False, "has": {"too_large", "placeholder_page"}, "error_kind": "too_large"},
    "binary": {"status": "zombie", "passed": False, "has": {"placeholder_page"}, "error_kind": None},
    "maintenance": {"status": "zombie", "passed": False, "has": {"placeholder_page"}, "error_kind": None},
    "spa": {"status": "healthy", "passed": True, "has": {"undated"}, "error_kind": None},
    "trickle": {"status": "unreachable", "passed": False, "has": {"unreachable"}, "error_kind": "timeout"},
}
