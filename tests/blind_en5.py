"""Blind evaluation 5: six English-language public-sector sites in CMS styles the earlier
audits did not cover (Revize, CivicLive/Municode, Wix, NIC's Drupal CMF, Liferay, a UK GP
practice's small-site builder).

Pages and truth were written from knowledge of real sites BEFORE any scan and before reading
the crawler's code or the other fixtures. The truth is an inspector's reading of each page as
of NOW (2026-11-25).

Traps: year-less "Nov 20" dates of a Wix blog feed (year inferred), US mm/dd (Revize, county)
vs Indian and British dd/mm numeric dates (12/11/2026 is 12 November in India, 11/20/2026 is
20 November in the US), a NIC "What's New" marquee with "new" gifs on years-old items, a
tenders table whose Last Date is ahead, future event dates (year-less too), "No items to
display" / "Coming soon" / "There are no results." empty columns, an alert box that is empty
by nature, server-written "Last Updated" stamps in footers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

NOW = date(2026, 11, 25)


@dataclass(frozen=True)
class Col:
    name: str  # heading as shown (matched case-insensitively, by prefix)
    type: str | None  # inspector's type; None = not judged (ambiguous heading)
    newest: date | None  # newest past item date; None = no past item / not checked
    empty: bool = False
    check_newest: bool = True


@dataclass
class Site:
    key: str
    host: str
    name: str
    pages: dict[str, str]
    status: str  # at depth full
    passed: bool
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    home_newest: date | None  # the homepage's newest item (full)
    columns: tuple[Col, ...]
    home_status: str  # at depth home
    home_must: tuple[str, ...] = ()
    home_must_not: tuple[str, ...] = ()
    notes: str = ""
    column_pages: dict[str, tuple[date | None, bool]] = field(default_factory=dict)
    # column page path -> (newest item date, empty) as the page itself shows


def _lorem_menu(base: str, sections: dict[str, list[str]], cls: str) -> str:
    out = []
    for top, subs in sections.items():
        slug = top.lower().replace(" ", "-").replace("&", "and")
        items = "".join(
            f'<li class="{cls}-sub-item"><a href="{base}/{slug}/{s.lower().replace(" ", "_").replace("&", "and").replace(",", "")}.php">{s}</a></li>'
            for s in subs
        )
        out.append(
            f'<li class="{cls}-item has-children"><a href="{base}/{slug}/index.php" aria-haspopup="true">{top}</a>'
            f'<ul class="{cls}-sub">{items}</ul></li>'
        )
    return "\n".join(out)


_CSS_BLOB = "\n".join(
    f".c{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{(i * 2654435761) % 0xFFFFFF:06x};font-size:{12 + i % 6}px}}"
    for i in range(220)
)

_JS_BLOB = "\n".join(
    f"  w.__cfg_{i} = {{id: {i * 37}, key: 'k{i:04x}', on: {str(i % 2 == 0).lower()}, t: {1700000000 + i * 86400}}};"
    for i in range(160)
)

# ---------------------------------------------------------------------------
# 1. Revize: Town of Millbrook, NY (healthy; US mm/dd "Posted: 11/20/2026")
# ---------------------------------------------------------------------------

_REVIZE_MENU = _lorem_menu(
    "",
    {
        "Government": ["Town Board", "Town Supervisor", "Town Clerk", "Town Justice", "Assessor", "Building Department",
                       "Planning Board", "Zoning Board of Appeals", "Highway Department", "Tax Collector", "Town Code"],
        "Departments": ["Recreation", "Senior Services", "Water and Sewer", "Code Enforcement", "Dog Control",
                        "Historian", "Transfer Station", "Youth Services"],
        "Residents": ["Pay Taxes Online", "Garbage and Recycling", "Emergency Notifications", "Voter Information",
                      "Property Records", "Parks and Trails", "Library", "Schools"],
        "Business": ["Economic Development", "Permits and Licenses", "Bid Opportunities", "Chamber of Commerce"],
        "How Do I": ["Apply for a Permit", "Get a Marriage License", "Report a Pothole", "Contact the Town",
                     "Reserve a Pavilion", "Obtain a Dog License", "FOIL Request"],
    },
    "freeform-menu",
)

_REVIZE_NEWS_ITEMS = [
    ("11/20/2026", "Leaf Pickup Schedule Extended Through December 4", "leaf_pickup_2026"),
    ("11/13/2026", "Town Hall Closed Thursday and Friday for Thanksgiving", "thanksgiving_closure"),
    ("11/05/2026", "2027 Tentative Budget Available for Review", "tentative_budget_2027"),
    ("10/28/2026", "Winter Parking Ban Begins November 15", "winter_parking"),
    ("10/15/2026", "Fall Hydrant Flushing October 19-30", "hydrant_flushing"),
]


def _revize_news_li(d: str, title: str, slug: str) -> str:
    return f"""
          <div class="post">
            <h3 class="post-title"><a href="news_and_announcements/{slug}.php">{title}</a></h3>
            <p class="post-meta">Posted: {d}</p>
            <div class="post-summary"><p>{title}. Residents with questions may contact Town Hall at (845) 555-0140 during regular business hours.</p></div>
            <a class="post-more" href="news_and_announcements/{slug}.php" aria-label="Read more about {title}">Read More</a>
          </div>"""


def _revize_chrome(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="Official website of the Town of Millbrook, Dutchess County, New York">
<link rel="stylesheet" href="_assets_/css/bootstrap.min.css">
<link rel="stylesheet" href="_assets_/css/styles.css?v=20230814">
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Open+Sans:400,600,700">
<script src="_assets_/plugins/jquery/jquery-3.6.0.min.js"></script>
<script src="https://cdn.revize.com/revize/plugins/revize-cms/rz-edit.js"></script>
<style>
{_CSS_BLOB}
</style>
<script>
(function(w){{
{_JS_BLOB}
}})(window);
var RZ = {{ baseURL: "https://cms1.revize.com/revize/millbrookny/", pageid: "1" }};
</script>
</head>
<body class="home">
<a class="skip-link sr-only sr-only-focusable" href="#main">Skip to main content</a>
<div id="alert-bar" class="alert-bar" role="region" aria-label="Alerts"></div>
<header id="header">
  <div class="container">
    <div class="row">
      <div class="col-md-4"><a href="index.php" id="logo"><img src="_assets_/images/logo.png" alt="Town of Millbrook, New York - Established 1788"></a></div>
      <div class="col-md-8">
        <ul id="header-links"><li><a href="agendas_and_minutes.php">Agendas &amp; Minutes</a></li><li><a href="calendar.php">Calendar</a></li><li><a href="contact_us.php">Contact Us</a></li><li><a href="https://www.paystar.io/millbrookny">Pay Online</a></li></ul>
        <form id="search" action="search_results.php" method="get"><label for="q" class="sr-only">Search</label><input type="text" id="q" name="q" placeholder="Search..."><button type="submit">Go</button></form>
        <div id="google_translate_element"></div>
      </div>
    </div>
  </div>
  <nav id="nav" aria-label="Main">
    <ul class="freeform-menu">
{_REVIZE_MENU}
    </ul>
  </nav>
</header>
<main id="main">
{body}
</main>
<footer id="footer">
  <div class="container">
    <div class="row">
      <div class="col-md-4"><h2>Town of Millbrook</h2><p>3 Franklin Avenue<br>Millbrook, NY 12545</p><p>Phone: (845) 555-0140<br>Fax: (845) 555-0141</p><p>Hours: Monday - Friday 8:30 AM - 4:00 PM</p></div>
      <div class="col-md-4"><h2>Quick Links</h2><ul><li><a href="employment.php">Employment</a></li><li><a href="foil.php">FOIL Request</a></li><li><a href="town_code.php">Town Code</a></li><li><a href="https://www.dutchessny.gov/">Dutchess County</a></li><li><a href="https://www.ny.gov/">New York State</a></li></ul></div>
      <div class="col-md-4"><h2>Stay Connected</h2><ul class="social"><li><a href="https://www.facebook.com/TownofMillbrookNY">Facebook</a></li><li><a href="notify_me.php">Notify Me</a></li></ul></div>
    </div>
    <p id="copyright">&copy; 2026 Town of Millbrook, NY. All Rights Reserved. <a href="accessibility.php">Accessibility</a> | <a href="privacy_policy.php">Privacy Policy</a> | <a href="https://www.revize.com/" rel="nofollow">Government Website Design by Revize</a> | <a href="https://cms1.revize.com/revize/security/index.jsp?webspace=millbrookny">Login</a></p>
  </div>
</footer>
<script src="_assets_/js/bootstrap.min.js"></script>
<script src="_assets_/js/freeform.js"></script>
<script>
  function googleTranslateElementInit() {{ new google.translate.TranslateElement({{pageLanguage: 'en'}}, 'google_translate_element'); }}
  $(function(){{ $('.freeform-menu').freeform(); $('#alert-bar').load('alert_bar.php #alerts'); }});
</script>
</body>
</html>"""


_REVIZE_HOME = _revize_chrome(
    "Town of Millbrook, NY - Official Website",
    f"""
<section id="banner" class="banner">
  <div class="banner-slide"><img src="_assets_/images/banner1.jpg" alt="Millbrook Village Green in autumn"><div class="banner-caption"><h1>Welcome to the Town of Millbrook</h1><p>Rural character, community spirit.</p></div></div>
  <div class="banner-slide"><img src="_assets_/images/banner2.jpg" alt="Town Hall"></div>
</section>
<section id="quick-links">
  <div class="container">
    <ul class="quick-links-list">
      <li><a href="pay_taxes.php"><img src="_assets_/images/icon-pay.png" alt="">Pay Taxes</a></li>
      <li><a href="agendas_and_minutes.php"><img src="_assets_/images/icon-agenda.png" alt="">Agendas &amp; Minutes</a></li>
      <li><a href="garbage_and_recycling.php"><img src="_assets_/images/icon-trash.png" alt="">Garbage &amp; Recycling</a></li>
      <li><a href="permits.php"><img src="_assets_/images/icon-permit.png" alt="">Permits</a></li>
      <li><a href="notify_me.php"><img src="_assets_/images/icon-notify.png" alt="">Notify Me</a></li>
      <li><a href="town_code.php"><img src="_assets_/images/icon-code.png" alt="">Town Code</a></li>
    </ul>
  </div>
</section>
<section id="home-content">
  <div class="container">
    <div class="row">
      <div class="col-md-6">
        <div id="news" class="home-box">
          <h2>News &amp; Announcements</h2>
          {''.join(_revize_news_li(*n) for n in _REVIZE_NEWS_ITEMS[:4])}
          <a class="btn" href="news_and_announcements/index.php">View All News</a>
        </div>
      </div>
      <div class="col-md-6">
        <div id="events" class="home-box">
          <h2>Upcoming Events</h2>
          <div class="calendar-event"><div class="event-date"><span class="month">Dec</span> <span class="day">03</span></div><a href="calendar.php#event-tree-lighting">Village Green Tree Lighting</a><p>12/03/2026 6:00 PM - 7:30 PM</p></div>
          <div class="calendar-event"><div class="event-date"><span class="month">Dec</span> <span class="day">09</span></div><a href="calendar.php#event-town-board">Town Board Regular Meeting</a><p>12/09/2026 7:00 PM</p></div>
          <div class="calendar-event"><div class="event-date"><span class="month">Dec</span> <span class="day">14</span></div><a href="calendar.php#event-planning">Planning Board Meeting</a><p>12/14/2026 7:30 PM</p></div>
          <a class="btn" href="calendar.php">View Calendar</a>
        </div>
      </div>
    </div>
    <div class="row">
      <div class="col-md-6">
        <div id="notices" class="home-box">
          <h2>Public Notices</h2>
          <ul class="notice-list">
            <li><a href="public_notices/local_law_3_hearing.pdf">Notice of Public Hearing - Proposed Local Law #3 of 2026 (Solar Energy Systems)</a><span class="notice-date">Posted: 06/01/2026</span></li>
            <li><a href="public_notices/bor_grievance_day.pdf">Board of Assessment Review - Grievance Day</a><span class="notice-date">Posted: 04/17/2026</span></li>
            <li><a href="public_notices/annual_water_report_2025.pdf">Annual Drinking Water Quality Report 2025</a><span class="notice-date">Posted: 02/09/2026</span></li>
          </ul>
          <a class="btn" href="public_notices.php">All Public Notices</a>
        </div>
      </div>
      <div class="col-md-6">
        <div id="bids" class="home-box">
          <h2>Bid Opportunities</h2>
          <div class="rz-empty">No items to display</div>
          <a class="btn" href="bids.php">View All Bids</a>
        </div>
      </div>
    </div>
  </div>
</section>
<section id="supervisor">
  <div class="container"><div class="row"><div class="col-md-3"><img src="_assets_/images/supervisor.jpg" alt="Supervisor Ellen Hart"></div>
  <div class="col-md-9"><h2>A Message from the Supervisor</h2><p>Welcome to the Town of Millbrook's website. Here you will find information about town services, meetings, and events. Our staff is committed to serving residents efficiently and courteously. Please use the Notify Me feature to receive agendas and announcements by email.</p><a href="town_supervisor.php">Read More</a></div></div></div>
</section>
""",
)

_REVIZE_NEWS_PAGE = _revize_chrome(
    "News & Announcements - Town of Millbrook, NY",
    f"""
<div class="container"><div class="row">
<aside class="col-md-3" id="sidebar"><h2>Residents</h2><ul class="side-nav"><li><a href="../garbage_and_recycling.php">Garbage &amp; Recycling</a></li><li><a href="../notify_me.php">Notify Me</a></li><li><a href="../voter_information.php">Voter Information</a></li><li><a href="../parks.php">Parks &amp; Trails</a></li></ul></aside>
<div class="col-md-9" id="content">
<ol class="breadcrumb"><li><a href="../index.php">Home</a></li><li>News &amp; Announcements</li></ol>
<h1>News &amp; Announcements</h1>
{''.join(_revize_news_li(*n) for n in _REVIZE_NEWS_ITEMS)}
{_revize_news_li('09/30/2026', 'Household Hazardous Waste Day October 10', 'hhw_day')}
{_revize_news_li('09/02/2026', 'Recreation Fall Program Registration Now Open', 'rec_fall')}
{_revize_news_li('08/14/2026', 'Road Paving on Shunpike Road August 17-21', 'paving_shunpike')}
</div></div></div>
""",
)

_REVIZE_NOTICES_PAGE = _revize_chrome(
    "Public Notices - Town of Millbrook, NY",
    """
<div class="container"><div id="content">
<ol class="breadcrumb"><li><a href="index.php">Home</a></li><li>Public Notices</li></ol>
<h1>Public Notices</h1>
<table class="table table-striped">
<thead><tr><th>Notice</th><th>Posted</th></tr></thead>
<tbody>
<tr><td><a href="public_notices/local_law_3_hearing.pdf">Notice of Public Hearing - Proposed Local Law #3 of 2026 (Solar Energy Systems)</a></td><td>06/01/2026</td></tr>
<tr><td><a href="public_notices/bor_grievance_day.pdf">Board of Assessment Review - Grievance Day</a></td><td>04/17/2026</td></tr>
<tr><td><a href="public_notices/annual_water_report_2025.pdf">Annual Drinking Water Quality Report 2025</a></td><td>02/09/2026</td></tr>
<tr><td><a href="public_notices/organizational_meeting_2026.pdf">Notice of Organizational Meeting</a></td><td>01/02/2026</td></tr>
<tr><td><a href="public_notices/tax_collection_2026.pdf">Notice of Tax Collection 2026</a></td><td>12/29/2025</td></tr>
</tbody></table>
</div></div>
""",
)

_REVIZE_BIDS_PAGE = _revize_chrome(
    "Bid Opportunities - Town of Millbrook, NY",
    """
<div class="container"><div id="content">
<ol class="breadcrumb"><li><a href="index.php">Home</a></li><li>Bid Opportunities</li></ol>
<h1>Bid Opportunities</h1>
<p>Sealed bids are received by the Town Clerk. Bid documents may be obtained at Town Hall or downloaded below when available.</p>
<div class="rz-empty">No items to display</div>
</div></div>
""",
)

_REVIZE_CALENDAR_PAGE = _revize_chrome(
    "Calendar - Town of Millbrook, NY",
    """
<div class="container"><div id="content">
<h1>Calendar</h1>
<ul class="event-list">
<li id="event-tree-lighting"><a href="calendar.php#event-tree-lighting">Village Green Tree Lighting</a> <span>12/03/2026 6:00 PM</span></li>
<li id="event-town-board"><a href="calendar.php#event-town-board">Town Board Regular Meeting</a> <span>12/09/2026 7:00 PM</span></li>
<li id="event-planning"><a href="calendar.php#event-planning">Planning Board Meeting</a> <span>12/14/2026 7:30 PM</span></li>
<li><a href="calendar.php#event-zba">Zoning Board of Appeals</a> <span>12/16/2026 7:00 PM</span></li>
</ul>
</div></div>
""",
)

REVIZE = Site(
    key="revize_town",
    host="www.millbrookny.test",
    name="Town of Millbrook, NY (Revize)",
    pages={
        "/": _REVIZE_HOME,
        "/news_and_announcements/index.php": _REVIZE_NEWS_PAGE,
        "/public_notices.php": _REVIZE_NOTICES_PAGE,
        "/bids.php": _REVIZE_BIDS_PAGE,
        "/calendar.php": _REVIZE_CALENDAR_PAGE,
    },
    status="stale",
    passed=True,
    must=("column_empty",),
    must_not=("homepage_stale", "column_stale", "future_dated", "abandoned", "undated"),
    home_newest=date(2026, 11, 20),
    columns=(
        Col("News & Announcements", "news", date(2026, 11, 20)),
        # mm/dd: June 1 (177 days, fresh); read as dd/mm it would be 6 January (stale)
        Col("Public Notices", "notice", date(2026, 6, 1)),
        Col("Bid Opportunities", "notice", None, empty=True),
        Col("Upcoming Events", None, None, check_newest=False),
    ),
    home_status="healthy",
    home_must_not=("homepage_stale", "abandoned", "undated"),
    column_pages={
        "/news_and_announcements/index.php": (date(2026, 11, 20), False),
        "/public_notices.php": (date(2026, 6, 1), False),
        "/bids.php": (None, True),
    },
)

# ---------------------------------------------------------------------------
# 2. CivicLive (Municode): Kettle Creek County, PA (stale: news 26 days old)
# ---------------------------------------------------------------------------

_CL_MENU = _lorem_menu(
    "/government",
    {
        "Government": ["Board of Commissioners", "Controller", "Treasurer", "Register of Wills", "Prothonotary",
                       "Sheriff", "District Attorney", "Coroner", "Court Administration", "Elections"],
        "Departments": ["Assessment", "Children and Youth", "Emergency Management", "Human Resources",
                        "Planning Commission", "Public Works", "Tax Claim", "Veterans Affairs", "911 Communications"],
        "Residents": ["Property Search", "Vote", "Jury Duty", "Recycling", "Parks", "Senior Centers", "Dog Licenses"],
        "Business": ["Bids and RFPs", "Economic Development", "Recorder of Deeds", "Weights and Measures"],
    },
    "cl-nav",
)


def _cl_chrome(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="UTF-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="CivicLive - Municode Websites">
<link href="/common/themes/cl-theme-2021/css/main.css?v=4.12.2" rel="stylesheet">
<link href="/Sitefinity/WebsiteTemplates/CountyTheme/App_Themes/default.css" rel="stylesheet">
<style>{_CSS_BLOB}</style>
<script src="/common/js/jquery-3.5.1.min.js"></script>
<script>
window.CL = window.CL || {{}}; CL.site = {{ id: 4471, name: "Kettle Creek County" }};
(function(w){{
{_JS_BLOB}
}})(window);
</script>
</head>
<body class="cl-body cl-home">
<div id="cl-skip"><a href="#cl-main">Skip to Main Content</a></div>
<div class="cl-alert-center" id="alert-center">
  <h2 class="cl-alert-title">Alert Center</h2>
  <p class="cl-alert-none">There are no active alerts at this time.</p>
  <a href="/alert-center">View Alert Center</a>
</div>
<header class="cl-header">
  <div class="cl-logo"><a href="/"><img src="/common/images/kcc-seal.png" alt="Kettle Creek County, Pennsylvania"></a></div>
  <div class="cl-utility"><a href="/how-do-i">How Do I...</a> <a href="/contact">Contact</a> <a href="/departments">Departments</a>
  <form class="cl-search" action="/search" method="get"><input type="search" name="q" aria-label="Search site"><button>Search</button></form></div>
  <nav class="cl-nav" role="navigation"><ul class="cl-nav-list">
{_CL_MENU}
  </ul></nav>
</header>
<div id="cl-main" class="cl-main" role="main">
{body}
</div>
<footer class="cl-footer">
  <div class="cl-footer-cols">
    <div class="cl-footer-col"><h3>Kettle Creek County Courthouse</h3><p>201 Main Street<br>Coudersport, PA 16915</p><p>Phone: (814) 555-0100</p><p>Monday - Friday: 8:30 a.m. - 4:30 p.m.</p></div>
    <div class="cl-footer-col"><h3>Helpful Links</h3><ul><li><a href="/employment">Employment</a></li><li><a href="/right-to-know">Right-to-Know</a></li><li><a href="/ada">ADA Notice</a></li><li><a href="https://www.pa.gov/">PA.gov</a></li></ul></div>
    <div class="cl-footer-col"><h3>Follow Us</h3><ul><li><a href="https://www.facebook.com/kettlecreekcounty">Facebook</a></li><li><a href="https://twitter.com/kettlecreekco">X</a></li></ul></div>
  </div>
  <div class="cl-copyright">Copyright &copy; 2026 Kettle Creek County. All rights reserved. <a href="/privacy">Privacy Policy</a> | <a href="/accessibility">Accessibility</a> | <a href="/sitemap">Site Map</a> | Powered by <a href="https://www.municode.com/websites">CivicLive</a></div>
</footer>
<script src="/common/js/cl-widgets.min.js?v=4.12.2"></script>
</body>
</html>"""


def _cl_news_item(d: str, title: str, slug: str, summary: str) -> str:
    return f"""
      <li class="cl-news-item">
        <div class="cl-news-thumb"><img src="/common/images/news/{slug}.jpg" alt=""></div>
        <div class="cl-news-body">
          <h3 class="cl-news-title"><a href="/news/{slug}">{title}</a></h3>
          <div class="cl-news-date">{d}</div>
          <p class="cl-news-summary">{summary}</p>
        </div>
      </li>"""


_CL_NEWS = [
    ("October 30, 2026", "Courthouse Annex Renovation Update", "annex-renovation",
     "Phase two of the annex renovation is underway; the Register of Wills office has moved temporarily to Suite 104."),
    ("October 21, 2026", "General Election Polling Place Changes", "polling-places",
     "Two polling places in Sweden Township have changed for the November general election."),
    ("October 9, 2026", "Commissioners Approve Broadband Expansion Grant", "broadband-grant",
     "The Board of Commissioners approved a matching grant for rural broadband expansion."),
    ("September 25, 2026", "Free Flu Shot Clinic at Senior Center", "flu-clinic",
     "The Area Agency on Aging will hold a free flu shot clinic for residents 60 and older."),
]

_CL_HOME = _cl_chrome(
    "Kettle Creek County, PA | Official Website",
    f"""
<section class="cl-hero"><div class="cl-hero-slide"><img src="/common/images/hero/courthouse.jpg" alt="Kettle Creek County Courthouse"><h1>Welcome to Kettle Creek County</h1></div></section>
<section class="cl-quicklinks"><ul>
  <li><a href="/property-search">Property Search</a></li><li><a href="/pay-taxes">Pay Taxes</a></li>
  <li><a href="/agendas-minutes">Agendas &amp; Minutes</a></li><li><a href="/gis">GIS Maps</a></li>
  <li><a href="/elections">Elections</a></li><li><a href="/jobs">Jobs</a></li></ul></section>
<div class="cl-row">
  <div class="cl-col-8">
    <div class="cl-widget cl-news-widget" id="widget-news">
      <h2 class="cl-widget-title">County News</h2>
      <ul class="cl-news-list">{''.join(_cl_news_item(*n) for n in _CL_NEWS[:3])}</ul>
      <a class="cl-more" href="/news">More County News</a>
    </div>
    <div class="cl-widget cl-tabs" id="widget-tabs">
      <ul class="cl-tab-list" role="tablist">
        <li role="tab"><a href="#tab-notices">Public Notices</a></li>
        <li role="tab"><a href="#tab-bids">Bids &amp; RFPs</a></li>
        <li role="tab"><a href="#tab-jobs">Employment Opportunities</a></li>
      </ul>
      <div class="cl-tab-panel" id="tab-notices" role="tabpanel">
        <ul class="cl-doc-list">
          <li><a href="/notices/2026-zoning-ordinance-hearing">Notice of Public Hearing: Zoning Ordinance Amendments</a> <span class="cl-doc-date">Posted 09/14/2026</span></li>
          <li><a href="/notices/tax-claim-upset-sale">Tax Claim Bureau Upset Sale Notice</a> <span class="cl-doc-date">Posted 08/22/2026</span></li>
          <li><a href="/notices/cdbg-comment-period">CDBG Program Public Comment Period</a> <span class="cl-doc-date">Posted 07/30/2026</span></li>
        </ul>
        <a class="cl-more" href="/public-notices">All Public Notices</a>
      </div>
      <div class="cl-tab-panel" id="tab-bids" role="tabpanel">
        <p class="cl-empty">There are no items to display.</p>
        <a class="cl-more" href="/bids">All Bids &amp; RFPs</a>
      </div>
      <div class="cl-tab-panel" id="tab-jobs" role="tabpanel">
        <ul class="cl-doc-list">
          <li><a href="/jobs/caseworker-ii">Caseworker II - Children and Youth Services</a> <span class="cl-doc-date">Posted: August 3, 2026</span></li>
          <li><a href="/jobs/911-telecommunicator">911 Telecommunicator (Full-Time)</a> <span class="cl-doc-date">Posted: June 18, 2026</span></li>
        </ul>
        <a class="cl-more" href="/employment">All Employment Opportunities</a>
      </div>
    </div>
  </div>
  <div class="cl-col-4">
    <div class="cl-widget cl-events" id="widget-meetings">
      <h2 class="cl-widget-title">Upcoming Meetings</h2>
      <ul class="cl-event-list">
        <li><span class="cl-event-date">December 2, 2026</span> <a href="/calendar/commissioners-dec-2">Board of Commissioners Meeting</a> <span>10:00 AM</span></li>
        <li><span class="cl-event-date">December 8, 2026</span> <a href="/calendar/planning-dec-8">Planning Commission</a> <span>7:00 PM</span></li>
      </ul>
      <a class="cl-more" href="/calendar">View Full Calendar</a>
    </div>
    <div class="cl-widget" id="widget-budget">
      <h2 class="cl-widget-title">Budget &amp; Finance Reports</h2>
      <p>Coming soon</p>
      <a class="cl-more" href="/budget-finance">Budget &amp; Finance</a>
    </div>
  </div>
</div>
""",
)

_CL_NEWS_PAGE = _cl_chrome(
    "County News | Kettle Creek County, PA",
    f"""
<nav class="cl-breadcrumb"><a href="/">Home</a> &rsaquo; County News</nav>
<h1 class="cl-page-title">County News</h1>
<ul class="cl-news-list">{''.join(_cl_news_item(*n) for n in _CL_NEWS)}
{_cl_news_item('September 10, 2026', 'Recycling Center Extends Saturday Hours', 'recycling-hours', 'The recycling center is now open Saturdays until 2 p.m.')}
</ul>
<div class="cl-pager"><span class="current">1</span> <a href="/news?page=2">2</a> <a href="/news?page=3">3</a> <a href="/news?page=2">Next &rsaquo;</a></div>
""",
)

_CL_NOTICES_PAGE = _cl_chrome(
    "Public Notices | Kettle Creek County, PA",
    """
<h1 class="cl-page-title">Public Notices</h1>
<ul class="cl-doc-list">
  <li><a href="/notices/2026-zoning-ordinance-hearing">Notice of Public Hearing: Zoning Ordinance Amendments</a> <span class="cl-doc-date">Posted 09/14/2026</span></li>
  <li><a href="/notices/tax-claim-upset-sale">Tax Claim Bureau Upset Sale Notice</a> <span class="cl-doc-date">Posted 08/22/2026</span></li>
  <li><a href="/notices/cdbg-comment-period">CDBG Program Public Comment Period</a> <span class="cl-doc-date">Posted 07/30/2026</span></li>
  <li><a href="/notices/budget-2026-adopted">Notice of Adoption of 2026 Budget</a> <span class="cl-doc-date">Posted 12/19/2025</span></li>
</ul>
""",
)

_CL_BIDS_PAGE = _cl_chrome(
    "Bids & RFPs | Kettle Creek County, PA",
    """
<h1 class="cl-page-title">Bids &amp; RFPs</h1>
<p>The County of Kettle Creek advertises bids in accordance with the Pennsylvania County Code.</p>
<p class="cl-empty">There are no items to display.</p>
""",
)

_CL_JOBS_PAGE = _cl_chrome(
    "Employment Opportunities | Kettle Creek County, PA",
    """
<h1 class="cl-page-title">Employment Opportunities</h1>
<ul class="cl-doc-list">
  <li><a href="/jobs/caseworker-ii">Caseworker II - Children and Youth Services</a> <span class="cl-doc-date">Posted: August 3, 2026</span></li>
  <li><a href="/jobs/911-telecommunicator">911 Telecommunicator (Full-Time)</a> <span class="cl-doc-date">Posted: June 18, 2026</span></li>
  <li><a href="/jobs/seasonal-laborer">Seasonal Laborer - Parks</a> <span class="cl-doc-date">Posted: April 2, 2026</span></li>
</ul>
""",
)

_CL_BUDGET_PAGE = _cl_chrome(
    "Budget & Finance | Kettle Creek County, PA",
    """
<h1 class="cl-page-title">Budget &amp; Finance Reports</h1>
<p>Coming soon</p>
""",
)

CIVICLIVE = Site(
    key="civiclive_county",
    host="www.kettlecreekcounty.test",
    name="Kettle Creek County, PA (CivicLive)",
    pages={
        "/": _CL_HOME,
        "/news": _CL_NEWS_PAGE,
        "/public-notices": _CL_NOTICES_PAGE,
        "/bids": _CL_BIDS_PAGE,
        "/employment": _CL_JOBS_PAGE,
        "/budget-finance": _CL_BUDGET_PAGE,
    },
    status="stale",
    passed=False,
    must=("homepage_stale", "column_stale", "column_empty"),
    must_not=("abandoned", "future_dated", "undated"),
    home_newest=date(2026, 10, 30),
    columns=(
        Col("County News", "news", date(2026, 10, 30)),
        Col("Public Notices", "notice", date(2026, 9, 14)),
        Col("Bids & RFPs", "notice", None, empty=True),
        Col("Employment Opportunities", "personnel", date(2026, 8, 3)),
        Col("Budget & Finance Reports", "finance", None, empty=True),
        Col("Upcoming Meetings", None, None, check_newest=False),
    ),
    home_status="stale",
    home_must=("homepage_stale",),
    home_must_not=("abandoned",),
    notes="the Alert Center box says no alerts: not an empty column",
    column_pages={
        "/news": (date(2026, 10, 30), False),
        "/public-notices": (date(2026, 9, 14), False),
        "/bids": (None, True),
        "/budget-finance": (None, True),
    },
)

# ---------------------------------------------------------------------------
# 3. Wix: Clearwater Valley Water District (healthy; year-less "Nov 20")
# ---------------------------------------------------------------------------

_WIX_WARMUP = "{" + ",".join(f'"comp-k{i:03x}m{i * 7 % 97:02d}":{{"type":"Container","skin":"s{i % 9}"}}' for i in range(300)) + "}"


def _wix_post(d: str, title: str, slug: str, excerpt: str, mins: int) -> str:
    return f"""
<li class="gallery-item-container item-container-regular" data-hook="post-list-item">
 <div class="gallery-item-common-info-outer">
  <div class="post-metadata__header" data-hook="post-metadata">
   <span class="user-name" data-hook="user-name">CVWD Admin</span>
   <ul class="post-metadata__list"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="{d}">{d}</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read">{mins} min read</span></li></ul>
  </div>
  <a href="http://www.clearwatervalleywd.test/post/{slug}" class="post-link-hashtag-hover-color" data-hook="post-list-item__title"><h2 class="post-title blog-post-title-font"><p class="post-title__text">{title}</p></h2></a>
  <div class="post-description" data-hook="post-description"><p>{excerpt}</p></div>
 </div>
</li>"""


_WIX_POSTS = [
    ("Nov 20", "Hydrant Flushing Complete in Zone 3", "hydrant-flushing-complete-in-zone-3",
     "Crews finished flushing hydrants in Zone 3. Some customers may notice discolored water for a few hours.", 1),
    ("Nov 6", "Board Adopts 2027 Rate Schedule", "board-adopts-2027-rate-schedule",
     "At its November 4 meeting the Board of Directors adopted the 2027 water rate schedule.", 2),
    ("Oct 22", "Fall Conservation Tips", "fall-conservation-tips",
     "Turn off irrigation controllers as temperatures drop and check for leaks before winter.", 3),
    ("Sep 30", "Main Replacement on Cedar Lane", "main-replacement-on-cedar-lane",
     "Work on the Cedar Lane main replacement project begins October 5 and will last about six weeks.", 2),
]
_WIX_OLD_POSTS = [
    ("Dec 12, 2025", "Holiday Office Closures", "holiday-office-closures",
     "The district office will be closed December 24-26 and January 1.", 1),
    ("Oct 3, 2025", "2024 Consumer Confidence Report Published", "2024-consumer-confidence-report",
     "Our annual water quality report is now available.", 2),
]


def _wix_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>{title}</title>
<meta name="format-detection" content="telephone=no">
<meta name="skype_toolbar" content="skype_toolbar_parser_compatible">
<link rel="preconnect" href="https://static.parastorage.com" crossorigin>
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8c1f7a_fav.png/v1/fill/w_192,h_192,lg_1,usm_0.66_1.00_0.01/8c1f7a_fav.png" type="image/png">
<script type="application/json" id="wix-warmup-data">{_WIX_WARMUP}</script>
<script>
window.viewerModel = {{"site":{{"metaSiteId":"b1d7c5f0-4a1e-4a6c-9f1b-0c5e7a3d2e11","isPremium":true}},"language":{{"siteLanguage":"en"}},"requestUrl":"http://www.clearwatervalleywd.test/"}};
(function(w){{
{_JS_BLOB}
}})(window);
</script>
<style id="css_masterPage">
{_CSS_BLOB}
.font_0{{font:normal normal bold 40px/1.4em raleway,sans-serif}} .font_8{{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif}}
</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region" aria-label="top of page"><span class="mStZO">&nbsp;</span></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp" class="pageBackground"></div></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header">
 <div class="comp-kq3m9x1a"><div id="comp-kq3m9x1b" class="KcpHeO tz5f0K comp-kq3m9x1b wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="color_11">Clearwater Valley Water District</span></p></div>
 <nav id="comp-kq3m9x2c" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu" aria-label="Site"><ul class="itemsContainer">
  <li class="item"><a href="http://www.clearwatervalleywd.test" class="root" aria-current="page">Home</a></li>
  <li class="item"><a href="http://www.clearwatervalleywd.test/about-us" class="root">About Us</a></li>
  <li class="item"><a href="http://www.clearwatervalleywd.test/board-of-directors" class="root">Board of Directors</a></li>
  <li class="item"><a href="http://www.clearwatervalleywd.test/agendas-minutes" class="root">Agendas &amp; Minutes</a></li>
  <li class="item"><a href="http://www.clearwatervalleywd.test/pay-my-bill" class="root">Pay My Bill</a></li>
  <li class="item"><a href="http://www.clearwatervalleywd.test/water-quality" class="root">Water Quality</a></li>
  <li class="item"><a href="http://www.clearwatervalleywd.test/blog" class="root">News</a></li>
  <li class="item"><a href="http://www.clearwatervalleywd.test/contact" class="root">Contact</a></li>
 </ul></nav></div>
</header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true">
<div id="SITE_PAGES"><div class="JsJXaX"><div id="c1dmp" class="dBAkHi theme-vars">
{body}
</div></div></div>
</main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer">
 <div id="comp-kq3n0a1f" class="KcpHeO comp-kq3n0a1f wixui-rich-text" data-testid="richTextElement"><p class="font_8">Clearwater Valley Water District &middot; 1450 Riverbend Rd, Clearwater, CA 95xxx &middot; (530) 555-0187 &middot; office@clearwatervalleywd.test</p>
 <p class="font_8">Office hours: Mon-Thu 8:00 am - 4:30 pm. After-hours emergencies: (530) 555-0199</p>
 <p class="font_8">&copy; 2026 by Clearwater Valley Water District. Proudly created with <a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank">Wix.com</a></p></div>
</footer>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script>
</body>
</html>"""


_WIX_HOME = _wix_page(
    "Home | Clearwater Valley Water District",
    f"""
<section id="comp-kq3mc001" class="comp-kq3mc001 wixui-section"><div class="comp-kq3mc001-inner">
 <div id="comp-kq3mc002" class="KcpHeO comp-kq3mc002 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0"><span>Safe, reliable water for the Clearwater Valley since 1958</span></h1></div>
 <div id="comp-kq3mc003" class="KcpHeO comp-kq3mc003 wixui-rich-text" data-testid="richTextElement"><p class="font_8">The District serves about 4,200 connections in the unincorporated Clearwater Valley. We are governed by a five-member elected Board of Directors.</p></div>
 <a href="http://www.clearwatervalleywd.test/pay-my-bill" class="uDW_Qe wixui-button" data-testid="linkElement"><span class="l7_2fn wixui-button__label">Pay My Bill</span></a>
</div></section>
<section id="comp-kq3mc010" class="comp-kq3mc010 wixui-section"><div class="comp-kq3mc010-inner">
 <div id="comp-kq3mc011" class="KcpHeO comp-kq3mc011 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2"><span>Service Alerts</span></h2></div>
 <div id="comp-kq3mc012" class="KcpHeO comp-kq3mc012 wixui-rich-text" data-testid="richTextElement"><p class="font_8">No current service interruptions.</p></div>
</div></section>
<section id="comp-kq3mc020" class="comp-kq3mc020 wixui-section"><div class="comp-kq3mc020-inner">
 <div id="comp-kq3mc021" class="KcpHeO comp-kq3mc021 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2"><span>Latest News</span></h2></div>
 <div id="comp-kq3mc022" class="comp-kq3mc022"><div data-hook="blog-post-list" class="blog-post-list">
  <ul class="gallery-items" data-hook="post-list">{''.join(_wix_post(*p) for p in _WIX_POSTS[:3])}</ul>
 </div></div>
 <a href="http://www.clearwatervalleywd.test/blog" class="uDW_Qe wixui-button" data-testid="linkElement"><span class="l7_2fn wixui-button__label">See All Posts</span></a>
</div></section>
<section id="comp-kq3mc030" class="comp-kq3mc030 wixui-section"><div class="comp-kq3mc030-inner">
 <div id="comp-kq3mc031" class="KcpHeO comp-kq3mc031 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2"><span>Upcoming Board Meetings</span></h2></div>
 <ul class="events-list" data-hook="events-list">
  <li data-hook="event-list-item"><div class="event-date" data-hook="date">Dec 09, 6:00 PM</div><a href="http://www.clearwatervalleywd.test/event-details/regular-board-meeting-2026-12-09-18-00" data-hook="title">Regular Board Meeting</a><div data-hook="location">District Office, 1450 Riverbend Rd</div></li>
  <li data-hook="event-list-item"><div class="event-date" data-hook="date">Jan 13, 6:00 PM</div><a href="http://www.clearwatervalleywd.test/event-details/regular-board-meeting-2027-01-13-18-00" data-hook="title">Regular Board Meeting</a><div data-hook="location">District Office, 1450 Riverbend Rd</div></li>
 </ul>
</div></section>
<section id="comp-kq3mc040" class="comp-kq3mc040 wixui-section"><div class="comp-kq3mc040-inner">
 <div id="comp-kq3mc041" class="KcpHeO comp-kq3mc041 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2"><span>Rate Study Documents</span></h2></div>
 <div id="comp-kq3mc042" class="KcpHeO comp-kq3mc042 wixui-rich-text" data-testid="richTextElement"><p class="font_8">Coming soon</p></div>
 <a href="http://www.clearwatervalleywd.test/rate-study" class="uDW_Qe wixui-button" data-testid="linkElement"><span class="l7_2fn wixui-button__label">View Documents</span></a>
</div></section>
""",
)

_WIX_BLOG = _wix_page(
    "News | Clearwater Valley Water District",
    f"""
<div id="comp-kq3mb001" class="comp-kq3mb001"><div data-hook="blog-post-list" class="blog-post-list">
<h1 class="font_0">News</h1>
<ul class="gallery-items" data-hook="post-list">{''.join(_wix_post(*p) for p in _WIX_POSTS + _WIX_OLD_POSTS)}</ul>
</div></div>
""",
)

_WIX_RATE = _wix_page(
    "Rate Study | Clearwater Valley Water District",
    """
<div id="comp-kq3mr001" class="KcpHeO comp-kq3mr001 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0">Rate Study Documents</h1></div>
<div id="comp-kq3mr002" class="KcpHeO comp-kq3mr002 wixui-rich-text" data-testid="richTextElement"><p class="font_8">Coming soon</p></div>
""",
)

WIX = Site(
    key="wix_water",
    host="www.clearwatervalleywd.test",
    name="Clearwater Valley Water District (Wix)",
    pages={"/": _WIX_HOME, "/blog": _WIX_BLOG, "/rate-study": _WIX_RATE},
    status="stale",
    passed=True,
    must=("column_empty",),
    must_not=("homepage_stale", "column_stale", "future_dated", "abandoned", "undated"),
    home_newest=date(2026, 11, 20),
    columns=(
        Col("Latest News", "news", date(2026, 11, 20)),
        Col("Rate Study Documents", None, None, empty=True),
        Col("Upcoming Board Meetings", None, None, check_newest=False),
    ),
    home_status="healthy",
    home_must_not=("homepage_stale", "abandoned", "undated"),
    notes="Wix shows the year only for past years' posts; 'Service Alerts' saying none is no empty column",
    column_pages={"/blog": (date(2026, 11, 20), False), "/rate-study": (None, True)},
)

# ---------------------------------------------------------------------------
# 4. NIC Drupal CMF: Water Resources Department, Government of Meghalaya
#    (healthy by the homepage; dd/mm; What's New marquee with old 'new' items)
# ---------------------------------------------------------------------------

_NIC_MENU = _lorem_menu(
    "/en",
    {
        "About Us": ["Introduction", "Vision and Mission", "Organisation Chart", "Who is Who", "Functions"],
        "Schemes": ["Flood Management Programme", "Minor Irrigation", "Command Area Development", "Jal Jeevan Mission"],
        "Documents": ["Annual Reports", "Acts and Rules", "Citizen Charter", "RTI", "Guidelines", "Forms"],
        "Notices": ["Tenders", "Recruitment", "Circulars", "Office Orders"],
        "Media": ["Photo Gallery", "Video Gallery", "Press Releases"],
        "Contact Us": ["Directory", "Feedback", "Grievance"],
    },
    "menu",
)


def _nic_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 7 (http://drupal.org)">
<link rel="shortcut icon" href="/sites/all/themes/cmf/favicon.ico" type="image/vnd.microsoft.icon">
<title>{title}</title>
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all">
<link type="text/css" rel="stylesheet" href="/sites/all/themes/cmf/css/base.css?r3k1qz" media="all">
<style>{_CSS_BLOB}</style>
<script src="/misc/jquery.js?v=1.4.4"></script>
<script src="/misc/drupal.js?r3k1qz"></script>
<script>jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"en\\/","ajaxPageState":{{"theme":"cmf","theme_token":"Xq3v1"}}}});
(function(w){{
{_JS_BLOB}
}})(window);</script>
</head>
<body class="html front not-logged-in no-sidebars page-node i18n-en">
<div id="skip-link"><a href="#skipCont" class="element-invisible element-focusable">Skip to main content</a></div>
<div class="region region-header-top"><div class="container">
 <ul class="access-links"><li><a href="#skipCont">Skip to main content</a></li><li><a href="/en/screen-reader-access">Screen Reader Access</a></li>
 <li><a href="javascript:void(0);" onclick="set_font_size('decrease')" title="Decrease font size">A-</a></li><li><a href="javascript:void(0);" onclick="set_font_size('')" title="Reset font size">A</a></li><li><a href="javascript:void(0);" onclick="set_font_size('increase')" title="Increase font size">A+</a></li>
 <li><a href="/en/sitemap">Sitemap</a></li><li><a href="/hi">हिन्दी</a></li></ul>
</div></div>
<header id="header"><div class="container">
 <div class="logo"><a href="/en" title="Home"><img src="/sites/all/themes/cmf/images/emblem.png" alt="State Emblem of India"><span class="site-name">Water Resources Department</span><span class="site-slogan">Government of Meghalaya</span></a></div>
 <div class="header-right"><img src="/sites/all/themes/cmf/images/digital-india.png" alt="Digital India"><form action="/en/search/node" method="post" id="search-block-form"><input type="text" name="search_block_form" title="Enter the terms you wish to search for."><input type="submit" value="Search"></form></div>
</div></header>
<nav id="main-menu" class="region-menu"><div class="container"><ul class="menu nice-menu nice-menu-down">
{_NIC_MENU}
</ul></div></nav>
<div id="skipCont"></div>
<div id="main-content" class="container">
{body}
</div>
<footer id="footer">
 <div class="container">
  <ul class="footer-menu"><li><a href="/en/website-policies">Website Policies</a></li><li><a href="/en/help">Help</a></li><li><a href="/en/contact-us">Contact Us</a></li><li><a href="/en/feedback">Feedback</a></li><li><a href="/en/terms-conditions">Terms &amp; Conditions</a></li><li><a href="/en/accessibility-statement">Accessibility Statement</a></li></ul>
  <div class="footer-bottom">
   <p>Content Owned by Water Resources Department, Government of Meghalaya</p>
   <p>Designed, Developed and Hosted by <a href="https://www.nic.in/" target="_blank" title="National Informatics Centre">National Informatics Centre (NIC)</a></p>
   <p class="last-updated">Last Updated: 24/11/2026</p>
   <p class="visitor-counter">Visitor No: <span>0 0 1 2 3 4 5 6</span></p>
   <p>Best viewed in 1366x768 resolution, Chrome 90+, Firefox 88+</p>
  </div>
  <div class="footer-logos"><a href="https://india.gov.in/"><img src="/sites/all/themes/cmf/images/india-gov.png" alt="National Portal of India"></a><a href="https://data.gov.in/"><img src="/sites/all/themes/cmf/images/data-gov.png" alt="Open Government Data Platform"></a><a href="https://meghalaya.gov.in/"><img src="/sites/all/themes/cmf/images/meg-portal.png" alt="Meghalaya State Portal"></a></div>
 </div>
</footer>
<script src="/sites/all/themes/cmf/js/font-size.js"></script>
</body>
</html>"""


_NIC_NEW = '<img src="/sites/all/themes/cmf/images/new.gif" alt="new" class="new-icon">'

_NIC_WHATS_NEW = [
    ("12/11/2026", "Notification regarding Departmental Examination for Junior Engineers, 2026", "notification_dept_exam_jes_2026.pdf"),
    ("05/10/2026", "Result of the written test for the post of Work Assistant", "result_work_assistant_2026.pdf"),
    ("21/03/2025", "Seniority list of Assistant Engineers as on 01/01/2025", "seniority_list_ae_2025.pdf"),
    ("14/01/2024", "Circular on submission of Annual Property Returns", "circular_apr_2024.pdf"),
]

_NIC_HOME = _nic_page(
    "Water Resources Department, Government of Meghalaya | India",
    f"""
<div class="row">
 <div class="col-md-8">
  <div id="banner" class="flexslider"><ul class="slides"><li><img src="/sites/default/files/banner/umiam_dam.jpg" alt="Umiam Dam"></li><li><img src="/sites/default/files/banner/check_dam_ri_bhoi.jpg" alt="Check dam, Ri Bhoi"></li></ul></div>
  <div class="block block-block about-dept"><h2>About Department</h2><p>The Water Resources Department is responsible for the planning, development and management of water resources of the State, including minor irrigation, flood management, and command area development. The Department implements centrally sponsored and state schemes for assured irrigation to agricultural land.</p><a href="/en/introduction" class="read-more">Read More</a></div>
  <div class="block block-views" id="block-views-tenders-block">
   <h2 class="block-title">Tenders</h2>
   <div class="view view-tenders view-id-tenders view-display-id-block">
   <table class="views-table cols-5">
    <thead><tr><th>Sl. No.</th><th>Tender Title</th><th>Date of Publish</th><th>Last Date</th><th>Download</th></tr></thead>
    <tbody>
     <tr class="odd"><td>1</td><td>NIT for construction of flood protection wall at Jhalupara, West Garo Hills</td><td>18/10/2026</td><td>30/11/2026</td><td><a href="/sites/default/files/tenders/nit_jhalupara_2026.pdf">Download (PDF, 412 KB)</a></td></tr>
     <tr class="even"><td>2</td><td>Re-tender for minor irrigation scheme at Mawkyrwat</td><td>02/09/2026</td><td>25/09/2026</td><td><a href="/sites/default/files/tenders/retender_mawkyrwat_2026.pdf">Download (PDF, 280 KB)</a></td></tr>
     <tr class="odd"><td>3</td><td>Supply of HDPE pipes for CAD works, Ri Bhoi</td><td>07/07/2026</td><td>28/07/2026</td><td><a href="/sites/default/files/tenders/hdpe_pipes_2026.pdf">Download (PDF, 198 KB)</a></td></tr>
    </tbody></table>
   <div class="more-link"><a href="/en/tenders">View All</a></div>
   </div>
  </div>
  <div class="row">
   <div class="col-md-6 block" id="block-recruitment"><h2 class="block-title">Recruitment</h2>
    <ul><li><a href="/sites/default/files/recruitment/advt_je_civil_2025.pdf">Advertisement for the post of Junior Engineer (Civil)</a> <span class="date">21/03/2025</span></li>
        <li><a href="/sites/default/files/recruitment/advt_lda_2025.pdf">Advertisement for the post of Lower Division Assistant</a> <span class="date">10/02/2025</span></li></ul>
    <div class="more-link"><a href="/en/recruitment">View All</a></div></div>
   <div class="col-md-6 block" id="block-press"><h2 class="block-title">Press Releases</h2>
    <p>Coming Soon</p>
    <div class="more-link"><a href="/en/press-releases">View All</a></div></div>
  </div>
  <div class="block" id="block-acts"><h2 class="block-title">Acts &amp; Rules</h2>
   <ul><li><a href="/sites/default/files/acts/meghalaya_irrigation_rules_2019.pdf">The Meghalaya Irrigation (Amendment) Rules, 2019</a> <span class="date">04/06/2019</span></li>
       <li><a href="/sites/default/files/acts/water_users_association_act_2016.pdf">The Meghalaya Water Users' Association Act</a> <span class="date">22/08/2016</span></li></ul>
   <div class="more-link"><a href="/en/acts-rules">View All</a></div></div>
 </div>
 <div class="col-md-4">
  <div class="block minister-box"><img src="/sites/default/files/minister.jpg" alt="Hon'ble Minister"><p><strong>Shri A. B. Lyngdoh</strong><br>Hon'ble Minister, Water Resources</p></div>
  <div class="block whats-new" id="block-views-whats-new-block">
   <h2 class="block-title">What's New</h2>
   <div class="view view-whats-new">
    <marquee behavior="scroll" direction="up" scrollamount="2" onmouseover="this.stop();" onmouseout="this.start();" height="220">
     <ul>
      {''.join(f'<li><a href="/sites/default/files/whatsnew/{f}" target="_blank">{t}</a> <span class="date">({d})</span> {_NIC_NEW}</li>' for d, t, f in _NIC_WHATS_NEW)}
     </ul>
    </marquee>
    <div class="more-link"><a href="/en/whats-new">View All</a></div>
   </div>
  </div>
  <div class="block important-links"><h2 class="block-title">Important Links</h2><ul>
   <li><a href="https://jalshakti-dowr.gov.in/">Ministry of Jal Shakti</a></li><li><a href="https://cwc.gov.in/">Central Water Commission</a></li>
   <li><a href="https://pmksy.gov.in/">PMKSY</a></li><li><a href="https://meghalaya.gov.in/">Meghalaya State Portal</a></li></ul></div>
 </div>
</div>
""",
)

_NIC_WHATS_NEW_PAGE = _nic_page(
    "What's New | Water Resources Department, Government of Meghalaya",
    f"""
<div class="breadcrumb"><a href="/en">Home</a> &raquo; What's New</div>
<h1 class="page-title">What's New</h1>
<div class="view view-whats-new view-display-id-page">
<table class="views-table cols-4"><thead><tr><th>Sl. No.</th><th>Title</th><th>Date</th><th>Download</th></tr></thead><tbody>
{''.join(f'<tr><td>{i + 1}</td><td>{t}</td><td>{d}</td><td><a href="/sites/default/files/whatsnew/{f}">Download (PDF)</a></td></tr>' for i, (d, t, f) in enumerate(_NIC_WHATS_NEW))}
</tbody></table></div>
""",
)

_NIC_TENDERS_PAGE = _nic_page(
    "Tenders | Water Resources Department, Government of Meghalaya",
    """
<h1 class="page-title">Tenders</h1>
<table class="views-table cols-5">
<thead><tr><th>Sl. No.</th><th>Tender Title</th><th>Date of Publish</th><th>Last Date</th><th>Download</th></tr></thead>
<tbody>
<tr><td>1</td><td>NIT for construction of flood protection wall at Jhalupara, West Garo Hills</td><td>18/10/2026</td><td>30/11/2026</td><td><a href="/sites/default/files/tenders/nit_jhalupara_2026.pdf">Download (PDF, 412 KB)</a></td></tr>
<tr><td>2</td><td>Re-tender for minor irrigation scheme at Mawkyrwat</td><td>02/09/2026</td><td>25/09/2026</td><td><a href="/sites/default/files/tenders/retender_mawkyrwat_2026.pdf">Download (PDF, 280 KB)</a></td></tr>
<tr><td>3</td><td>Supply of HDPE pipes for CAD works, Ri Bhoi</td><td>07/07/2026</td><td>28/07/2026</td><td><a href="/sites/default/files/tenders/hdpe_pipes_2026.pdf">Download (PDF, 198 KB)</a></td></tr>
<tr><td>4</td><td>Desilting of irrigation channels, Jaintia Hills</td><td>11/03/2026</td><td>01/04/2026</td><td><a href="/sites/default/files/tenders/desilting_2026.pdf">Download (PDF, 150 KB)</a></td></tr>
</tbody></table>
""",
)

_NIC_RECRUITMENT_PAGE = _nic_page(
    "Recruitment | Water Resources Department, Government of Meghalaya",
    """
<h1 class="page-title">Recruitment</h1>
<table class="views-table cols-3"><thead><tr><th>Title</th><th>Date</th><th>Download</th></tr></thead><tbody>
<tr><td>Advertisement for the post of Junior Engineer (Civil)</td><td>21/03/2025</td><td><a href="/sites/default/files/recruitment/advt_je_civil_2025.pdf">Download</a></td></tr>
<tr><td>Advertisement for the post of Lower Division Assistant</td><td>10/02/2025</td><td><a href="/sites/default/files/recruitment/advt_lda_2025.pdf">Download</a></td></tr>
<tr><td>Advertisement for the post of Driver</td><td>18/09/2024</td><td><a href="/sites/default/files/recruitment/advt_driver_2024.pdf">Download</a></td></tr>
</tbody></table>
""",
)

_NIC_PRESS_PAGE = _nic_page(
    "Press Releases | Water Resources Department, Government of Meghalaya",
    """
<h1 class="page-title">Press Releases</h1>
<p>Coming Soon</p>
""",
)

_NIC_ACTS_PAGE = _nic_page(
    "Acts & Rules | Water Resources Department, Government of Meghalaya",
    """
<h1 class="page-title">Acts &amp; Rules</h1>
<table class="views-table cols-3"><thead><tr><th>Title</th><th>Date</th><th>Download</th></tr></thead><tbody>
<tr><td>The Meghalaya Irrigation (Amendment) Rules, 2019</td><td>04/06/2019</td><td><a href="/sites/default/files/acts/meghalaya_irrigation_rules_2019.pdf">Download</a></td></tr>
<tr><td>The Meghalaya Water Users' Association Act</td><td>22/08/2016</td><td><a href="/sites/default/files/acts/water_users_association_act_2016.pdf">Download</a></td></tr>
</tbody></table>
""",
)

NIC = Site(
    key="nic_drupal",
    host="wrd.meghalaya.test",
    name="Water Resources Department, Meghalaya (NIC Drupal CMF)",
    pages={
        "/": _NIC_HOME,
        "/en/whats-new": _NIC_WHATS_NEW_PAGE,
        "/en/tenders": _NIC_TENDERS_PAGE,
        "/en/recruitment": _NIC_RECRUITMENT_PAGE,
        "/en/press-releases": _NIC_PRESS_PAGE,
        "/en/acts-rules": _NIC_ACTS_PAGE,
    },
    status="stale",
    passed=True,
    must=("column_stale", "column_empty"),
    must_not=("homepage_stale", "future_dated", "abandoned", "undated"),
    # dd/mm: 12 November (13 days); read as mm/dd it would be 11 December (future)
    home_newest=date(2026, 11, 12),
    columns=(
        Col("What's New", "news", date(2026, 11, 12)),
        Col("Tenders", "notice", date(2026, 10, 18)),
        Col("Recruitment", "personnel", date(2025, 3, 21)),
        Col("Press Releases", "news", None, empty=True),
        Col("Acts & Rules", "policy", date(2019, 6, 4)),
    ),
    home_status="healthy",
    home_must_not=("homepage_stale", "abandoned", "undated"),
    notes="stale columns: Recruitment (personnel, 614 days) and Acts & Rules (policy); no veto",
    column_pages={
        "/en/whats-new": (date(2026, 11, 12), False),
        "/en/tenders": (date(2026, 10, 18), False),
        "/en/recruitment": (date(2025, 3, 21), False),
        "/en/press-releases": (None, True),
    },
)

# ---------------------------------------------------------------------------
# 5. Liferay: Lembaga Perumahan Negeri Melaka (zombie: nothing since Aug 2025)
# ---------------------------------------------------------------------------


def _lr_portlet(inst: str, title: str, entries: list[tuple[str, str, str]], more: str | None,
                empty: str | None = None) -> str:
    if entries:
        inner = "".join(
            f"""
   <div class="asset-abstract" data-analytics-asset-type="journal">
    <div class="asset-content">
     <h4 class="asset-title"><a href="/web/guest/-/{slug}">{t}</a></h4>
     <div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Date: {d}</span> <span class="metadata-entry metadata-view-count">Views: {len(t) * 13}</span></div>
     <div class="asset-summary">{t}. Sila rujuk lampiran untuk maklumat lanjut.</div>
    </div>
   </div>"""
            for d, t, slug in entries
        )
    else:
        inner = f'<div class="alert alert-info">{empty}</div>'
    more_html = f'<div class="asset-more"><a href="{more}">View All &raquo;</a></div>' if more else ""
    return f"""
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{inst}">
 <div class="portlet-content">
  <div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{title}</h2></div></div>
  <div class="portlet-content-container"><div class="portlet-body">
   <div class="asset-publisher-content">{inner}
   </div>{more_html}
  </div></div>
 </div>
</section>"""


def _lr_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="en-US">
<head>
<title>{title} - LPNM</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<link href="/o/lpnm-theme/images/favicon.ico" rel="icon">
<link class="lfr-css-file" href="/o/lpnm-theme/css/main.css?browserId=chrome&amp;themeId=lpnmtheme_WAR_lpnmtheme&amp;t=1689912345000" rel="stylesheet">
<script>var themeDisplay={{getCompanyId:function(){{return"20097"}},getLanguageId:function(){{return"en_US"}},getPathThemeImages:function(){{return"/o/lpnm-theme/images"}},isSignedIn:function(){{return false}}}};
var Liferay = Liferay || {{}}; Liferay.authToken = 'Zk3Pq1rT'; Liferay.currentURL = '\\/web\\/guest\\/home';
(function(w){{
{_JS_BLOB}
}})(window);</script>
<style>{_CSS_BLOB}</style>
<script src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=en_US&amp;t=1689912345000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>
</head>
<body class="controls-visible chrome yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
 <div class="top-bar"><span>Official Portal of Lembaga Perumahan Negeri Melaka</span> <a href="/ms/web/guest/home">BM</a> | <a href="/web/guest/home">EN</a> <a href="/web/guest/faq">FAQ</a> <a href="/web/guest/sitemap">Sitemap</a> <a href="/c/portal/login">Sign In</a></div>
 <div id="heading"><a class="logo" href="/web/guest/home" title="Go to LPNM"><img alt="LPNM" src="/image/layout_set_logo?img_id=40122&amp;t=1689912345000"></a></div>
 <nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Site Pages" role="menubar">
  <li class="lfr-nav-item"><a href="/web/guest/home">Home</a></li>
  <li class="lfr-nav-item dropdown"><a href="/web/guest/about">About LPNM</a><ul class="child-menu"><li><a href="/web/guest/background">Background</a></li><li><a href="/web/guest/vision-mission">Vision &amp; Mission</a></li><li><a href="/web/guest/organisation-chart">Organisation Chart</a></li><li><a href="/web/guest/board-members">Board Members</a></li><li><a href="/web/guest/client-charter">Client Charter</a></li></ul></li>
  <li class="lfr-nav-item dropdown"><a href="/web/guest/housing">Housing Programmes</a><ul class="child-menu"><li><a href="/web/guest/rumah-mampu-milik">Affordable Housing (RMM)</a></li><li><a href="/web/guest/rental">Rental Housing</a></li><li><a href="/web/guest/registration">Online Registration</a></li><li><a href="/web/guest/application-status">Application Status</a></li></ul></li>
  <li class="lfr-nav-item"><a href="/web/guest/announcements">Announcements</a></li>
  <li class="lfr-nav-item"><a href="/web/guest/tenders">Tenders</a></li>
  <li class="lfr-nav-item"><a href="/web/guest/careers">Careers</a></li>
  <li class="lfr-nav-item"><a href="/web/guest/contact-us">Contact Us</a></li>
 </ul></nav>
</header>
<section id="content">
{body}
</section>
<footer id="footer" role="contentinfo">
 <div class="footer-top"><div class="footer-col"><h5>Lembaga Perumahan Negeri Melaka</h5><p>Aras 3, Blok Temenggong, Seri Negeri, Hang Tuah Jaya, 75450 Ayer Keroh, Melaka</p><p>Tel: +606-555 1234 | Fax: +606-555 1235 | Email: info@lpnm.test</p></div>
 <div class="footer-col"><h5>Links</h5><ul><li><a href="https://www.melaka.gov.my/">Portal Rasmi Kerajaan Negeri Melaka</a></li><li><a href="https://www.kpkt.gov.my/">KPKT</a></li><li><a href="https://www.malaysia.gov.my/">MyGOV</a></li></ul></div></div>
 <div class="footer-bottom">
  <p>Copyright &copy; 2026 Lembaga Perumahan Negeri Melaka. All Rights Reserved.</p>
  <p><a href="/web/guest/privacy-policy">Privacy Policy</a> | <a href="/web/guest/security-policy">Security Policy</a> | <a href="/web/guest/disclaimer">Disclaimer</a></p>
  <p>Last Update: 25 Nov 2026</p>
  <p>Total Visitors: 1,204,553 | Today: 88</p>
  <p>Best viewed with Google Chrome, Mozilla Firefox and Microsoft Edge at 1280 x 800 resolution.</p>
 </div>
</footer>
</div></div>
<script>AUI().use('liferay-menu', 'liferay-notice', 'liferay-poller', function(A){{ Liferay.Menu.init(); }});</script>
</body>
</html>"""


_LR_ANN = [
    ("02 Aug 2025", "Notice of Closure of Online Registration for Taman Seri Krubong Phase 2", "notis-penutupan-pendaftaran-taman-seri-krubong"),
    ("19 Jun 2025", "Balloting Results: Rumah Mampu Milik Bukit Katil", "keputusan-undian-rmm-bukit-katil"),
    ("03 Mar 2025", "Office Hours During Ramadan 1446H", "waktu-pejabat-ramadan-1446h"),
]
_LR_MEDIA = [
    ("14 Jul 2025", "LPNM Hands Over 120 Keys to Affordable Home Buyers in Jasin", "serahan-kunci-jasin"),
    ("28 May 2025", "State Housing Expo 2025 Draws 8,000 Visitors", "ekspo-perumahan-2025"),
]
_LR_CAREERS = [
    ("11 Feb 2025", "Vacancy: Assistant Engineer (Civil) Grade JA29", "jawatan-kosong-pen-jurutera-ja29"),
]

_LR_HOME = _lr_page(
    "Home",
    f"""
<div class="portlet-layout row">
 <div class="col-md-12 portlet-column" id="column-1">
  <section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_banner"><div class="portlet-content"><div class="journal-content-article"><div class="carousel"><img src="/documents/20121/0/banner-rmm.jpg" alt="Rumah Mampu Milik Melaka"><img src="/documents/20121/0/banner-sewa.jpg" alt="Rental Housing Programme"></div></div></div></section>
 </div>
</div>
<div class="portlet-layout row">
 <div class="col-md-8 portlet-column" id="column-2">
  {_lr_portlet("ann7Xq", "Announcements", _LR_ANN, "/web/guest/announcements")}
  {_lr_portlet("med3Kp", "Media Releases", _LR_MEDIA, "/web/guest/media-releases")}
 </div>
 <div class="col-md-4 portlet-column" id="column-3">
  {_lr_portlet("tnd9Vb", "Tenders &amp; Quotations", [], "/web/guest/tenders", empty="There are no results.")}
  {_lr_portlet("car2Lm", "Careers", _LR_CAREERS, "/web/guest/careers")}
  <section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_hotline"><div class="portlet-content"><h2 class="portlet-title-text">Hotline</h2><p>Complaints: 1-800-88-5762</p><p>Monday - Friday 8.00 am - 5.00 pm</p></div></section>
 </div>
</div>
""",
)

_LR_ANN_PAGE = _lr_page(
    "Announcements",
    _lr_portlet("annList1", "Announcements", [*_LR_ANN, ("12 Dec 2024", "Housing Loan Scheme for Civil Servants 2025", "skim-pinjaman-2025")], None)
    + '<div class="pagination-bar"><ul class="pagination"><li class="page-item active"><a class="page-link" href="#">1</a></li><li class="page-item"><a class="page-link" href="/web/guest/announcements?cur=2">2</a></li></ul></div>',
)
_LR_MEDIA_PAGE = _lr_page("Media Releases", _lr_portlet("medList1", "Media Releases", _LR_MEDIA, None))
_LR_TENDERS_PAGE = _lr_page("Tenders", _lr_portlet("tndList1", "Tenders &amp; Quotations", [], None, empty="There are no results."))
_LR_CAREERS_PAGE = _lr_page("Careers", _lr_portlet("carList1", "Careers", _LR_CAREERS, None))

LIFERAY = Site(
    key="liferay_agency",
    host="www.lpnm.test",
    name="Lembaga Perumahan Negeri Melaka (Liferay)",
    pages={
        "/": _LR_HOME,
        "/web/guest/announcements": _LR_ANN_PAGE,
        "/web/guest/media-releases": _LR_MEDIA_PAGE,
        "/web/guest/tenders": _LR_TENDERS_PAGE,
        "/web/guest/careers": _LR_CAREERS_PAGE,
    },
    status="zombie",
    passed=False,
    must=("abandoned", "homepage_stale"),
    must_not=("future_dated", "undated"),
    home_newest=date(2025, 8, 2),
    columns=(
        Col("Announcements", "notice", date(2025, 8, 2)),
        Col("Media Releases", "news", date(2025, 7, 14)),
        Col("Tenders & Quotations", "notice", None, empty=True),
        Col("Careers", "personnel", date(2025, 2, 11)),
    ),
    home_status="zombie",
    home_must=("abandoned",),
    notes="'Last Update: 25 Nov 2026' in the footer is written by the server; copyright 2026",
    column_pages={
        "/web/guest/announcements": (date(2025, 8, 2), False),
        "/web/guest/tenders": (None, True),
    },
)

# ---------------------------------------------------------------------------
# 6. UK GP practice on a small-site builder (stale: news 8 months old, dd/mm)
# ---------------------------------------------------------------------------


def _gp_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/mysurgery/css/template.css?v=3.8">
<link rel="stylesheet" href="/templates/mysurgery/css/nhs-colours.css">
<style>{_CSS_BLOB}</style>
<script src="/media/jui/js/jquery.min.js"></script>
<script>(function(w){{
{_JS_BLOB}
}})(window);</script>
</head>
<body class="site practice-home">
<div id="cookie-notice" class="cookie-bar" role="dialog" aria-label="Cookies"><p>We use essential cookies to make this website work. <a href="/cookies">Cookie policy</a></p><button type="button">Accept</button></div>
<div class="top-strip"><a href="/accessibility">Accessibility</a> | <a href="#" onclick="toggleLargeText()">Larger text</a> | <a href="/translate">Translate</a></div>
<header class="practice-header">
 <a href="/" class="practice-logo"><img src="/images/oakfield-logo.png" alt="Oakfield Surgery"></a>
 <div class="practice-contact"><p class="phone">Tel: 01632 960 123</p><p>Oakfield Road, Kingsbury, KB4 2QX</p></div>
 <img class="nhs-logo" src="/images/nhs-logo.svg" alt="NHS">
</header>
<nav class="practice-nav"><ul>
 <li><a href="/">Home</a></li>
 <li><a href="/appointments">Appointments</a><ul><li><a href="/appointments/book-online">Book Online</a></li><li><a href="/appointments/cancel">Cancel an Appointment</a></li><li><a href="/appointments/home-visits">Home Visits</a></li><li><a href="/appointments/extended-access">Extended Access</a></li></ul></li>
 <li><a href="/prescriptions">Prescriptions</a><ul><li><a href="/prescriptions/repeat">Repeat Prescriptions</a></li><li><a href="/prescriptions/nhs-app">Using the NHS App</a></li></ul></li>
 <li><a href="/services">Services</a><ul><li><a href="/services/asthma">Asthma Clinic</a></li><li><a href="/services/diabetes">Diabetes Clinic</a></li><li><a href="/services/travel">Travel Vaccinations</a></li><li><a href="/services/smear">Cervical Screening</a></li><li><a href="/services/baby">Baby Clinic</a></li><li><a href="/services/contraception">Contraception</a></li></ul></li>
 <li><a href="/practice">The Practice</a><ul><li><a href="/practice/team">Our Team</a></li><li><a href="/practice/opening-hours">Opening Hours</a></li><li><a href="/practice/register">Register as a Patient</a></li><li><a href="/practice/ppg">Patient Participation Group</a></li><li><a href="/practice/complaints">Comments and Complaints</a></li></ul></li>
 <li><a href="/news">News</a></li>
 <li><a href="/contact">Contact Us</a></li>
</ul></nav>
<div class="main-wrap">
{body}
</div>
<footer class="practice-footer">
 <div class="footer-cols">
  <div><h4>Oakfield Surgery</h4><p>Oakfield Road, Kingsbury, KB4 2QX</p><p>Tel: 01632 960 123</p><p>Part of Kingsbury Primary Care Network</p></div>
  <div><h4>Useful links</h4><ul><li><a href="https://www.nhs.uk/">NHS website</a></li><li><a href="https://111.nhs.uk/">NHS 111 online</a></li><li><a href="/privacy-notice">Privacy Notice (GDPR)</a></li><li><a href="/freedom-of-information">Freedom of Information</a></li></ul></div>
 </div>
 <p class="copyright">&copy; 2026 Oakfield Surgery. Website by My Surgery Website. Last updated: 14/11/2026</p>
</footer>
</body>
</html>"""


_GP_NEWS = [
    ("12/03/2026", "Spring COVID-19 boosters for over-75s", "spring-covid-boosters"),
    ("27/02/2026", "New telephone system from 2 March", "new-telephone-system"),
    ("03/02/2026", "Welcome to Dr Priya Nair", "welcome-dr-nair"),
    ("15/12/2025", "Christmas and New Year opening hours", "christmas-opening-2025"),
]


def _gp_post(d: str, title: str, slug: str) -> str:
    return f"""
   <article class="blog-post">
    <h3><a href="/news/{slug}">{title}</a></h3>
    <p class="blog-meta">Posted on {d} by Practice Manager</p>
    <p>{title}. Please speak to reception or see the full post for details.</p>
   </article>"""


_GP_HOME = _gp_page(
    "Oakfield Surgery - Home",
    f"""
<div class="hero"><h1>Welcome to Oakfield Surgery</h1><p>We are a friendly NHS GP practice serving Kingsbury and the surrounding villages.</p>
 <div class="hero-buttons"><a class="btn" href="/appointments/book-online">Book an appointment</a><a class="btn" href="/prescriptions/repeat">Order a prescription</a><a class="btn" href="https://111.nhs.uk/">NHS 111</a></div></div>
<div class="row">
 <div class="col-8">
  <section class="box practice-news"><h2>Practice News</h2>
   {''.join(_gp_post(*p) for p in _GP_NEWS[:3])}
   <p class="more"><a href="/news">More news</a></p>
  </section>
  <section class="box ppg"><h2>PPG Meeting Minutes</h2><p>Coming soon</p><p class="more"><a href="/practice/ppg/minutes">View minutes</a></p></section>
 </div>
 <div class="col-4">
  <section class="box opening"><h2>Opening Hours</h2>
   <table class="hours"><tr><td>Monday</td><td>08:00 - 18:30</td></tr><tr><td>Tuesday</td><td>08:00 - 18:30</td></tr><tr><td>Wednesday</td><td>08:00 - 18:30</td></tr><tr><td>Thursday</td><td>08:00 - 18:30</td></tr><tr><td>Friday</td><td>08:00 - 18:30</td></tr><tr><td>Saturday &amp; Sunday</td><td>Closed</td></tr></table>
   <p>When we are closed call NHS 111. In an emergency dial 999.</p></section>
  <section class="box friends"><h2>Friends and Family Test</h2><p>Tell us about your experience. <a href="/fft">Leave feedback</a></p></section>
 </div>
</div>
""",
)

_GP_NEWS_PAGE = _gp_page(
    "Practice News - Oakfield Surgery",
    f"""
<h1>Practice News</h1>
{''.join(_gp_post(*p) for p in _GP_NEWS)}
<nav class="pager"><a href="/news?page=2">Older posts &raquo;</a></nav>
""",
)

_GP_PPG_PAGE = _gp_page(
    "PPG Meeting Minutes - Oakfield Surgery",
    """
<h1>PPG Meeting Minutes</h1>
<p>Coming soon</p>
""",
)

GP = Site(
    key="uk_gp",
    host="www.oakfieldsurgery.test",
    name="Oakfield Surgery (UK GP practice, small-site builder)",
    pages={"/": _GP_HOME, "/news": _GP_NEWS_PAGE, "/practice/ppg/minutes": _GP_PPG_PAGE},
    status="stale",
    passed=False,
    must=("homepage_stale", "column_stale", "column_empty"),
    must_not=("abandoned", "future_dated", "undated"),
    # dd/mm: 12 March 2026, 258 days; read as mm/dd it would be 3 December (future)
    home_newest=date(2026, 3, 12),
    columns=(
        Col("Practice News", "news", date(2026, 3, 12)),
        Col("PPG Meeting Minutes", None, None, empty=True),
    ),
    home_status="stale",
    home_must=("homepage_stale",),
    home_must_not=("abandoned",),
    notes="'Last updated: 14/11/2026' in the footer is the builder's stamp",
    column_pages={"/news": (date(2026, 3, 12), False), "/practice/ppg/minutes": (None, True)},
)

SITES: tuple[Site, ...] = (REVIZE, CIVICLIVE, WIX, NIC, LIFERAY, GP)
