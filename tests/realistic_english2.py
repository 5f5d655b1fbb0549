"""Realistic English-language government portals, second round (after
tests/realistic_english.py, which covers a Granicus county, a LocalGov Drupal borough,
an NSW department, a bilingual town with ISO dates, an Indian state department, a
university, WordPress, Drupal 7, SharePoint, relative dates, a press archive, a stale
village, a zombie and a hacked library).

These are other templates as they render today, against the fixed clock NOW
(Wednesday 2026-11-25): a CivicPlus city (News Flash "Posted on:", Agenda Center with
its posting stamps, Bids & RFPs with closing dates ahead, a budget page), a county on
Granicus with a Legistar-style "Meeting agendas and minutes" table and press releases
whose <time datetime> carries the year the visible "Nov 20" leaves out, an English
district council (ModernGov "Thursday, 19th November, 2026 7.00 pm", consultations,
job vacancies, a US-made meetings widget's 11/19/2026 beside the site's 20/11/2026),
an Australian council (operational plan and delivery program, VendorPanel tenders), a
bilingual New Brunswick city (French "20 novembre 2026" and "18 nov. 2026", Appels
d'offres, Emplois), an Indian district on S3WaaS (Publish Date / Last Date tables), a
Singapore agency (Speeches, "Last Updated" stamp), a Hong Kong department's English
side ("Last revision date"), a city whose news feed says "Posted 3 hours ago" and
"Yesterday", and a stale township whose footer stamp is this week's.

Each `IntlSite` holds its pages and its truth (status, freshness findings, the columns
a reader sees with their types and newest dates), written from how the real templates
render, independently of the code.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from tests.realistic_intl import Column, IntlSite, Truth, d, li_rows

__all__ = ["NOW", "TODAY", "all_sites"]

NOW = datetime(2026, 11, 25, 15, tzinfo=UTC)  # Wednesday, morning in the Americas
TODAY = NOW.date()

Rows = Sequence[tuple[str, str, str]]


def _pages(shell: str, home: str, lists: dict[str, tuple[str, str]]) -> dict[str, str | bytes]:
    pages: dict[str, str | bytes] = {"/": shell.format(title="Home", main=home)}
    for path, (title, main) in lists.items():
        pages[path] = shell.format(title=title, main=main)
    return pages


# ======================================================================================
# A CivicPlus city: News Flash ("Posted on: November 20, 2026"), the Agenda Center
# widget (meeting date, then "Posted Nov 14, 2026 4:12 PM"), Bids & RFPs (posted date,
# closing date ahead), Employment Opportunities on NEOGOV (no dates), Budget documents


CP_NEWS = [
    ("/CivicAlerts.aspx?AID=1412", "Leaf Collection Extended Through December 5", "November 20, 2026"),
    ("/CivicAlerts.aspx?AID=1409", "City Hall Closed for Thanksgiving", "November 17, 2026"),
    ("/CivicAlerts.aspx?AID=1401", "Winter Parking Rules Begin December 1", "November 9, 2026"),
]
CP_AGENDAS = [
    ("/AgendaCenter/ViewFile/Agenda/_12022026-2210", "City Council Regular Meeting", "Dec 2, 2026", "Posted Nov 24, 2026 3:05 PM"),
    ("/AgendaCenter/ViewFile/Agenda/_11182026-2198", "City Council Regular Meeting", "Nov 18, 2026", "Posted Nov 14, 2026 4:12 PM"),
    ("/AgendaCenter/ViewFile/Minutes/_11042026-2187", "Planning Commission", "Nov 4, 2026", "Posted Nov 10, 2026 9:30 AM"),
]
CP_BIDS = [
    ("/Bids.aspx?bidID=318", "RFP 2026-14 Janitorial Services", "Posted: 11/16/2026", "Closes: 12/10/2026 2:00 PM"),
    ("/Bids.aspx?bidID=316", "ITB 2026-12 Water Main Replacement Phase II", "Posted: 11/02/2026", "Closes: 12/03/2026 10:00 AM"),
]


def us_civicplus() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Maple Bluff, WI - Official Website</title>
<link rel="stylesheet" href="/Areas/Layout/Assets/css/layout.css?v=2026"></head>
<body><form method="post" action="/" id="aspnetForm">
<div id="divHeader"><a href="/" id="logo"><img src="/ImageRepository/Document?documentID=1" alt="Home page"></a>
<ul id="mainNav"><li><a href="/27/Government">Government</a></li><li><a href="/31/Residents">Residents</a></li>
<li><a href="/35/Business">Business</a></li><li><a href="/39/How-Do-I">How Do I...</a></li></ul></div>
<div id="divContent">{main}</div>
<div id="divFooter"><p>City of Maple Bluff, 18 Lakeview Place, Maple Bluff, WI 53704</p>
<p><a href="/Sitemap">Site Map</a> <a href="/Accessibility">Accessibility</a> <a href="/Copyright">Copyright Notices</a></p>
<p>Government Websites by <a href="https://www.civicplus.com/">CivicPlus®</a></p></div>
</form></body></html>
"""
    news = (
        '<div class="newsFlashItem"><h3><a href="{href}">{title}</a></h3>'
        '<span class="date">Posted on: {date}</span></div>'
    )
    agendas = "".join(
        f'<li class="agendaItem"><strong>{meeting}</strong> <a href="{href}">{title}</a>'
        f' <span class="posted">{posted}</span></li>'
        for href, title, meeting, posted in CP_AGENDAS
    )
    bids = "".join(
        f'<li class="bidItem"><a href="{href}">{title}</a> <span>{posted}</span> <span class="closes">{closes}</span></li>'
        for href, title, posted, closes in CP_BIDS
    )
    home = f"""<div class="widget"><h2>News Flash</h2>{li_rows(CP_NEWS, news)}
<a class="viewAll" href="/CivicAlerts.aspx">View All</a></div>
<div class="widget"><h2>Agenda Center</h2><ul>{agendas}</ul><a class="viewAll" href="/AgendaCenter">View All</a></div>
<div class="widget"><h2>Bids &amp; RFPs</h2><ul>{bids}</ul><a class="viewAll" href="/Bids.aspx">View All</a></div>
<div class="widget"><h2>Employment Opportunities</h2><ul>
<li><a href="https://www.governmentjobs.com/careers/maplebluff/jobs/4701">Police Officer</a></li>
<li><a href="https://www.governmentjobs.com/careers/maplebluff/jobs/4699">Seasonal Snowplow Driver</a></li></ul>
<a class="viewAll" href="https://www.governmentjobs.com/careers/maplebluff">View All Jobs</a></div>
<div class="widget"><h2>Budget</h2><ul><li><a href="/DocumentCenter/View/2210">FY 2027 Adopted Budget (PDF)</a> Adopted 09/15/2026</li>
<li><a href="/DocumentCenter/View/1980">FY 2026 Adopted Budget (PDF)</a> Adopted 09/16/2025</li></ul>
<a class="viewAll" href="/DocumentCenter/Index/12">View All</a></div>"""
    pages = _pages(
        shell,
        home,
        {
            "/CivicAlerts.aspx": ("News Flash", "<h1>News Flash</h1>" + li_rows(CP_NEWS, news)),
            "/AgendaCenter": ("Agenda Center", "<h1>Agenda Center</h1><ul>" + agendas + "</ul>"),
            "/Bids.aspx": ("Bid Postings", "<h1>Bid Postings</h1><ul>" + bids + "</ul>"),
            "/DocumentCenter/Index/12": (
                "Budget",
                '<h1>Budget</h1><ul><li><a href="/DocumentCenter/View/2210">FY 2027 Adopted Budget</a> 09/15/2026</li></ul>',
            ),
        },
    )
    return IntlSite(
        "us-civicplus",
        "www.maplebluff.gov",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("News Flash", "news", d("2026-11-20")),
                Column("Agenda Center", "other", d("2026-11-24")),
                Column("Bids & RFPs", "notice", d("2026-11-16")),
                Column("Employment Opportunities", "personnel", None),
                Column("Budget", "finance", d("2026-09-15")),
            ),
            d("2026-11-24"),
            notes="an agenda posted Nov 24 for a Dec 2 meeting is an update of Nov 24; bids close "
            "ahead (not updates); Bids & RFPs are procurement notices like Tenders",
        ),
        lang="en",
    )


# ======================================================================================
# A county on Granicus: press releases whose card shows "Nov 20" and a <time datetime>
# that carries the year; a Legistar-style meetings table (Name | Meeting Date | Agenda |
# Minutes); Job vacancies with closing dates only


GR_PRESS = [
    ("/news/2026-11-20/county-launches-rental-assistance", "County Launches Emergency Rental Assistance", "2026-11-20T14:00:00Z", "Nov 20"),
    ("/news/2026-11-16/flu-vaccine-clinics", "Free Flu Vaccine Clinics This Weekend", "2026-11-16T16:30:00Z", "Nov 16"),
    ("/news/2026-11-09/veterans-day-closures", "Veterans Day Closures", "2026-11-09T13:00:00Z", "Nov 9"),
]
GR_MEETINGS = [
    ("Board of Supervisors", "12/1/2026", "/Calendar.aspx?ID=1101", False),
    ("Board of Supervisors", "11/17/2026", "/Calendar.aspx?ID=1097", True),
    ("Planning Commission", "11/12/2026", "/Calendar.aspx?ID=1095", True),
]


def us_granicus() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{title} | Sandoval Valley County</title></head>
<body><header class="site-header"><a href="/">Sandoval Valley County</a>
<nav><a href="/departments">Departments</a> <a href="/services">Services</a> <a href="/news">News</a></nav></header>
<main id="main-content">{main}</main>
<footer><p>Sandoval Valley County, 1 Civic Plaza, Sandoval, CA 95000</p><p>© 2026 Sandoval Valley County</p></footer>
</body></html>
"""
    press = "".join(
        f'<div class="views-row"><div class="card"><time class="card__date" datetime="{iso}">{shown}</time>'
        f'<h3><a href="{href}">{title}</a></h3></div></div>'
        for href, title, iso, shown in GR_PRESS
    )
    meetings = "".join(
        f'<tr><td>{name}</td><td>{when}</td><td><a href="{href}&amp;doc=agenda">Agenda</a></td>'
        + (f'<td><a href="{href}&amp;doc=minutes">Minutes</a></td>' if done else "<td>Not available</td>")
        + "</tr>"
        for name, when, href, done in GR_MEETINGS
    )
    table = (
        '<table class="rgMasterTable"><thead><tr><th>Name</th><th>Meeting Date</th><th>Agenda</th>'
        f"<th>Minutes</th></tr></thead><tbody>{meetings}</tbody></table>"
    )
    jobs = """<ul><li><a href="/jobs/eligibility-worker-ii">Eligibility Worker II</a> Closing date: December 4, 2026</li>
<li><a href="/jobs/deputy-sheriff">Deputy Sheriff Trainee</a> Open until filled</li></ul>"""
    home = f"""<h1>Sandoval Valley County</h1>
<section class="press"><h2>Press releases</h2><div class="view-content">{press}</div>
<a href="/news">See all press releases</a></section>
<section><h2>Meeting agendas and minutes</h2>{table}<a href="/meetings">All meetings</a></section>
<section><h2>Job vacancies</h2>{jobs}<a href="/jobs">All job vacancies</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": ("Press releases", '<h1>Press releases</h1><div class="view-content">' + press + "</div>"),
            "/meetings": ("Meetings", "<h1>Meeting agendas and minutes</h1>" + table),
            "/jobs": ("Job vacancies", "<h1>Job vacancies</h1>" + jobs),
        },
    )
    return IntlSite(
        "us-granicus",
        "www.sandovalvalley.gov",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Press releases", "news", d("2026-11-20")),
                Column("Meeting agendas and minutes", "other", d("2026-11-17")),
                Column("Job vacancies", "personnel", None),
            ),
            d("2026-11-20"),
            notes="'Nov 20' is shown, its <time datetime> says 2026-11-20; the Dec 1 meeting is ahead",
        ),
        lang="en-US",
    )


# ======================================================================================
# An English district council: news "20 November 2026", ModernGov's "Thursday, 19th
# November, 2026 7.00 pm", a consultations list with closing dates, job vacancies with
# closing dates, a budget and annual plan block, a US-made meetings widget (11/19/2026)
# beside the site's own 20/11/2026, and GOV.UK's "Last updated" stamp


def uk_district() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-GB" class="govuk-template"><head><meta charset="utf-8"><title>{title} - Wensleydale District Council</title></head>
<body class="govuk-template__body"><header class="govuk-header"><a href="/" class="govuk-header__link">Wensleydale District Council</a></header>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">{main}
<div class="page-meta"><p>Last updated: 24 November 2026</p><p>Page last reviewed: 3 March 2026</p></div></main></div>
<footer class="govuk-footer"><p>© Wensleydale District Council 2026</p></footer></body></html>
"""
    news = """<ul class="govuk-list">
<li><a href="/news/winter-gritting-routes">Winter gritting routes confirmed</a> <p class="govuk-body-s">20/11/2026</p></li>
<li><a href="/news/bin-collections-christmas">Christmas and New Year bin collections</a> <p class="govuk-body-s">13/11/2026</p></li>
<li><a href="/news/remembrance-sunday">Remembrance Sunday services</a> <p class="govuk-body-s">05/11/2026</p></li></ul>"""
    minutes = """<ul class="mgCalendarWeekEventList">
<li><a href="/ieListDocuments.aspx?CId=130&amp;MId=2841">Cabinet, Thursday, 19th November, 2026 7.00 pm</a></li>
<li><a href="/ieListDocuments.aspx?CId=135&amp;MId=2838">Planning Committee, Tuesday, 10th November, 2026 6.30 pm</a></li>
<li><a href="/ieListDocuments.aspx?CId=128&amp;MId=2830">Full Council, Wednesday, 21st October, 2026 7.00 pm</a></li></ul>"""
    consult = """<ul><li><a href="/consultations/budget-2027-28">Budget 2027/28 consultation</a> Closes 12 January 2027</li>
<li><a href="/consultations/local-plan-review">Local Plan review: preferred options</a> Closes 18 December 2026</li></ul>"""
    jobs = """<ul><li><a href="/jobs/environmental-health-officer">Environmental Health Officer</a> Closing date: 4 December 2026</li>
<li><a href="/jobs/planning-officer">Planning Officer</a> Closing date: 30 November 2026</li></ul>"""
    plans = """<ul><li><a href="/budget/medium-term-financial-strategy">Medium Term Financial Strategy 2026 to 2030</a></li>
<li><a href="/budget/council-plan">Council Plan 2024 to 2028</a></li></ul>"""
    widget = """<table class="meetings-widget"><tr><td><a href="/meetings/licensing-11-19">Licensing Sub-Committee</a></td><td>11/19/2026</td></tr>
<tr><td><a href="/meetings/audit-12-03">Audit Committee</a></td><td>12/03/2026</td></tr></table>"""
    home = f"""<h1 class="govuk-heading-xl">Wensleydale District Council</h1>
<section><h2 class="govuk-heading-m">Latest news</h2>{news}<a href="/news">More news</a></section>
<section><h2 class="govuk-heading-m">Council minutes</h2>{minutes}<a href="/mgCalendarMonthView.aspx">Meetings calendar</a></section>
<section><h2 class="govuk-heading-m">Consultations</h2>{consult}<a href="/consultations">All consultations</a></section>
<section><h2 class="govuk-heading-m">Job vacancies</h2>{jobs}<a href="/jobs">All vacancies</a></section>
<section><h2 class="govuk-heading-m">Budget and annual plan</h2>{plans}</section>
<section><h2 class="govuk-heading-m">Upcoming meetings</h2>{widget}</section>"""
    pages = _pages(
        shell,
        home,
        {
            "/news": ("News", "<h1>News</h1>" + news),
            "/mgCalendarMonthView.aspx": ("Meetings", "<h1>Council minutes</h1>" + minutes),
            "/consultations": ("Consultations", "<h1>Consultations</h1>" + consult),
            "/jobs": ("Job vacancies", "<h1>Job vacancies</h1>" + jobs),
        },
    )
    return IntlSite(
        "uk-district",
        "www.wensleydale.gov.uk",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Latest news", "news", d("2026-11-20")),
                Column("Council minutes", "other", d("2026-11-19")),
                Column("Consultations", "interaction", None),
                Column("Job vacancies", "personnel", None),
                Column("Upcoming meetings", "other", d("2026-11-19")),
            ),
            d("2026-11-20"),
            notes="05/11/2026 is 5 November on this en-GB page (its own 20/11/2026 says so), "
            "the widget's 11/19/2026 is 19 November; closing dates ahead are not updates; "
            "'Last updated' and 'Page last reviewed' are the page's stamps; the budget and "
            "annual plan block (undated links, no list) is not a column the scan can judge",
        ),
        lang="en-GB",
    )


# ======================================================================================
# An Australian council: media releases "20 Nov 2026", VendorPanel tenders (Released /
# Closing), job vacancies, the Operational Plan and Delivery Program (planning, adopted
# each June), events with month/day boxes ahead


def au_council() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>{title} | Coastal Ranges Shire Council</title></head>
<body><header id="site-header"><a href="/">Coastal Ranges Shire Council</a>
<nav><a href="/Council">Council</a> <a href="/Services">Services</a> <a href="/Community">Community</a></nav></header>
<main>{main}<p class="page-updated">Page last updated: 24 November 2026</p></main>
<footer><p>We acknowledge the Traditional Custodians of the land.</p><p>© Coastal Ranges Shire Council 2026 | ABN 12 345 678 901</p></footer>
</body></html>
"""
    media = """<div class="list-container">
<div class="list-item"><a href="/Council/Media-releases/Bushfire-season-preparation">Bushfire season: prepare now</a><p class="list-item-date">20 Nov 2026</p></div>
<div class="list-item"><a href="/Council/Media-releases/Road-upgrades-Main-Rd">Main Road upgrades complete</a><p class="list-item-date">12 Nov 2026</p></div>
<div class="list-item"><a href="/Council/Media-releases/Library-extended-hours">Library opening hours extended</a><p class="list-item-date">3 Nov 2026</p></div></div>"""
    tenders = """<table><tr><th>Tender</th><th>Released</th><th>Closing</th></tr>
<tr><td><a href="/Business/Tenders/T2026-31">T2026/31 Supply of road base materials</a></td><td>18/11/2026</td><td>10/12/2026 2:00pm AEDT</td></tr>
<tr><td><a href="/Business/Tenders/T2026-29">T2026/29 Kerbside waste collection</a></td><td>28/10/2026</td><td>02/12/2026 2:00pm AEDT</td></tr></table>"""
    jobs = """<ul><li><a href="/Council/Careers/Vacancies/Civil-Works-Operator">Civil Works Operator</a> Applications close 7 December 2026</li>
<li><a href="/Council/Careers/Vacancies/Library-Officer">Library Officer (part time)</a> Applications close 1 December 2026</li></ul>"""
    plans = """<ul><li><a href="/Council/Plans/Operational-Plan-2026-27">Operational Plan 2026-27</a> Adopted 24 June 2026</li>
<li><a href="/Council/Plans/Delivery-Program-2025-29">Delivery Program 2025-2029</a> Adopted 25 June 2025</li></ul>"""
    events = """<ul><li><div class="date"><span class="month">Nov</span><span class="day">28</span></div><a href="/Events/Christmas-Markets">Christmas Markets</a></li>
<li><div class="date"><span class="month">Dec</span><span class="day">12</span></div><a href="/Events/Carols-by-Candlelight">Carols by Candlelight</a></li></ul>"""
    home = f"""<h1>Coastal Ranges Shire Council</h1>
<section><h2>Media releases</h2>{media}<a href="/Council/Media-releases">View all media releases</a></section>
<section><h2>Tenders</h2>{tenders}<a href="/Business/Tenders">Current tenders</a></section>
<section><h2>Job vacancies</h2>{jobs}</section>
<section><h2>Operational plan and delivery program</h2>{plans}</section>
<section><h2>Upcoming events</h2>{events}<a href="/Events">What's on</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/Council/Media-releases": ("Media releases", "<h1>Media releases</h1>" + media),
            "/Business/Tenders": ("Tenders", "<h1>Current tenders</h1>" + tenders),
            "/Events": ("What's on", "<h1>What's on</h1>" + events),
        },
    )
    return IntlSite(
        "au-council",
        "www.coastalranges.nsw.gov.au",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Media releases", "news", d("2026-11-20")),
                Column("Tenders", "notice", d("2026-11-18")),
                Column("Operational plan and delivery program", "planning", d("2026-06-24")),
            ),
            d("2026-11-20"),
            notes="the Operational Plan is adopted each June: a planning column within its year; "
            "tender closing dates and events ahead are not updates; 'Page last updated' is a stamp. "
            "Job vacancies (closing dates ahead only) and the events (year-less month/day boxes) "
            "have nothing to date them and no list to follow: not columns the scan can judge",
        ),
        lang="en-AU",
    )


# ======================================================================================
# A bilingual New Brunswick city: the French side's own dates ("20 novembre 2026",
# "18 nov. 2026"), Appels d'offres (tenders), Emplois (jobs)


def ca_bilingual() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="fr-CA"><head><meta charset="utf-8"><title>{title} - Ville de Grand-Sault / City of Grand Falls</title></head>
<body><header><a href="/fr">Ville de Grand-Sault</a> <a lang="en" href="/en">English</a>
<nav><a href="/fr/residents">Résidents</a> <a href="/fr/hotel-de-ville">Hôtel de ville</a> <a href="/fr/loisirs">Loisirs</a></nav></header>
<main>{main}
<dl id="wb-dtmd"><dt>Date de modification :</dt><dd><time property="dateModified">2026-11-24</time></dd></dl></main>
<footer><p>131, rue Pleasant, Grand-Sault (N.-B.) E3Z 1G6</p><p>© Ville de Grand-Sault 2026</p></footer></body></html>
"""
    news = """<ul class="nouvelles">
<li><a href="/fr/nouvelles/collecte-feuilles">Collecte des feuilles prolongée</a> <span class="date">20 novembre 2026</span></li>
<li><a href="/fr/nouvelles/budget-2027">Le conseil présente le budget 2027</a> <span class="date">12 novembre 2026</span></li>
<li><a href="/fr/nouvelles/jour-souvenir">Cérémonie du jour du Souvenir</a> <span class="date">6 novembre 2026</span></li></ul>"""
    notices = """<ul><li><a href="/fr/avis/rincage-aqueduc">Rinçage du réseau d'aqueduc, secteur B</a> <span class="date">18 nov. 2026</span></li>
<li><a href="/fr/avis/stationnement-hiver">Interdiction de stationner la nuit</a> <span class="date">2 nov. 2026</span></li></ul>"""
    tenders = """<ul><li><a href="/fr/appels-offres/2026-09">Appel d'offres 2026-09 : déneigement des trottoirs</a> publié le 16 novembre 2026, clôture le 8 décembre 2026</li>
<li><a href="/fr/appels-offres/2026-08">Appel d'offres 2026-08 : sel de voirie</a> publié le 29 octobre 2026, clôture le 19 novembre 2026</li></ul>"""
    jobs = """<ul><li><a href="/fr/emplois/preposee-loisirs">Préposé(e) aux loisirs</a> date limite : 4 décembre 2026</li>
<li><a href="/fr/emplois/operateur-equipement">Opérateur(trice) d'équipement lourd</a> date limite : 30 novembre 2026</li></ul>"""
    home = f"""<h1>Bienvenue à Grand-Sault</h1>
<section><h2>Nouvelles</h2>{news}<a href="/fr/nouvelles">Toutes les nouvelles</a></section>
<section><h2>Avis publics</h2>{notices}<a href="/fr/avis">Tous les avis</a></section>
<section><h2>Appels d'offres</h2>{tenders}<a href="/fr/appels-offres">Tous les appels d'offres</a></section>
<section><h2>Emplois</h2>{jobs}<a href="/fr/emplois">Toutes les offres</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/fr/nouvelles": ("Nouvelles", "<h1>Nouvelles</h1>" + news),
            "/fr/avis": ("Avis publics", "<h1>Avis publics</h1>" + notices),
            "/fr/appels-offres": ("Appels d'offres", "<h1>Appels d'offres</h1>" + tenders),
            "/fr/emplois": ("Emplois", "<h1>Emplois</h1>" + jobs),
        },
    )
    return IntlSite(
        "ca-bilingual",
        "www.grandfalls.nb.ca",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Nouvelles", "news", d("2026-11-20")),
                Column("Avis publics", "notice", d("2026-11-18")),
                Column("Appels d'offres", "notice", d("2026-11-19")),
                Column("Emplois", "personnel", None),
            ),
            d("2026-11-20"),
            notes="Appels d'offres are tenders (notice); a closing date passed (19 novembre) is "
            "the newest date a reader sees in that block; Emplois show deadlines ahead only",
        ),
        lang="fr-CA",
    )


# ======================================================================================
# An Indian district on S3WaaS (NIC): Notices / Tenders / Recruitment tables with
# Publish Date and Last Date (dd/mm/yyyy), a "Last Updated" footer stamp


def in_district() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{title} | District Rampur, Government of Uttar Pradesh | India</title></head>
<body class="home"><div id="topBar"><a href="#SkipContent">Skip to main content</a> <a href="/hi/">हिन्दी</a></div>
<header class="header-wrapper"><a href="/">District Rampur</a>
<nav id="menu"><a href="/about-district/">About District</a> <a href="/directory/">Directory</a> <a href="/notice/">Notices</a></nav></header>
<div id="SkipContent"></div><main>{main}</main>
<footer><p>Content Owned by District Administration</p>
<p>© District Rampur, Developed and hosted by <a href="https://www.nic.in/">National Informatics Centre</a>, Ministry of Electronics &amp; Information Technology, Government of India</p>
<p>Last Updated: Nov 24, 2026</p></footer></body></html>
"""

    def table(rows: Sequence[tuple[str, str, str, str]]) -> str:
        body = "".join(
            f'<tr><td><a href="{h}">{t}</a></td><td>{start}</td><td>{end}</td><td><a href="{h}file.pdf">View (245 KB)</a></td></tr>'
            for h, t, start, end in rows
        )
        return (
            '<table class="data-table-1"><thead><tr><th>Title</th><th>Start Date</th><th>End Date</th>'
            f"<th>File</th></tr></thead><tbody>{body}</tbody></table>"
        )

    notices = table(
        [
            ("/notice/voter-list-revision-2027/", "Special Summary Revision of Photo Electoral Roll 2027", "21/11/2026", "15/12/2026"),
            ("/notice/dhan-kray-kendra/", "List of Paddy Purchase Centres, Kharif 2026-27", "14/11/2026", "28/02/2027"),
        ]
    )
    tenders = table(
        [
            ("/tender/e-tender-pwd-road-14/", "e-Tender for Construction of CC Road, Block Milak", "19/11/2026", "03/12/2026"),
            ("/tender/cctv-collectorate/", "Supply and Installation of CCTV at Collectorate", "05/11/2026", "26/11/2026"),
        ]
    )
    recruitment = table(
        [
            ("/recruitment/anganwadi-2026/", "Recruitment of Anganwadi Workers 2026", "02/11/2026", "01/12/2026"),
        ]
    )
    home = f"""<h1 class="visuallyhidden">District Rampur</h1>
<div class="box"><h2>Notices</h2>{notices}<a href="/notice/">View All</a></div>
<div class="box"><h2>Tenders</h2>{tenders}<a href="/tender/">View All</a></div>
<div class="box"><h2>Recruitment</h2>{recruitment}<a href="/recruitment/">View All</a></div>"""
    pages = _pages(
        shell,
        home,
        {
            "/notice/": ("Notices", "<h1>Notices</h1>" + notices),
            "/tender/": ("Tenders", "<h1>Tenders</h1>" + tenders),
            "/recruitment/": ("Recruitment", "<h1>Recruitment</h1>" + recruitment),
        },
    )
    return IntlSite(
        "in-district",
        "rampur.nic.in",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Notices", "notice", d("2026-11-21")),
                Column("Tenders", "notice", d("2026-11-19")),
                Column("Recruitment", "personnel", d("2026-11-02")),
            ),
            d("2026-11-21"),
            notes="S3WaaS writes lang='en-US' on an Indian district: 05/11/2026 is still day-first "
            "(the .in domain and the page's 21/11/2026); end dates ahead are not updates",
        ),
        lang="en-US",
    )


# ======================================================================================
# A Singapore agency: press releases and speeches ("20 Nov 2026"), "Last Updated" stamp


def sg_agency() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Ministry of Sustainable Living</title></head>
<body><div class="masthead"><a href="https://www.gov.sg">A Singapore Government Agency Website</a> <a href="#">How to identify</a></div>
<header><a href="/">Ministry of Sustainable Living</a><nav><a href="/about-us">About Us</a> <a href="/newsroom">Newsroom</a> <a href="/resources">Resources</a></nav></header>
<main>{main}</main>
<footer><p>© 2026, Government of Singapore</p><p>Last Updated 24 November 2026</p>
<p><a href="https://tech.gov.sg/report_vulnerability">Report Vulnerability</a> <a href="/privacy">Privacy Statement</a> <a href="/terms-of-use">Terms of Use</a></p></footer></body></html>
"""
    press = """<div class="newsroom-list">
<div class="card"><p class="card-category">Press Releases</p><a href="/newsroom/press-releases/2026/nov/cleaner-hawker-centres">Cleaner hawker centres from January 2027</a><p class="card-date">20 Nov 2026</p></div>
<div class="card"><p class="card-category">Press Releases</p><a href="/newsroom/press-releases/2026/nov/recycling-week">National Recycling Week returns</a><p class="card-date">13 Nov 2026</p></div></div>"""
    speeches = """<div class="newsroom-list">
<div class="card"><p class="card-category">Speeches</p><a href="/newsroom/speeches/2026/nov/minister-opening-climate-forum">Speech by Minister at the Climate Forum 2026</a><p class="card-date">18 Nov 2026</p></div>
<div class="card"><p class="card-category">Speeches</p><a href="/newsroom/speeches/2026/oct/sms-budget-debate">Speech by Senior Minister of State at the Green Plan Dialogue</a><p class="card-date">27 Oct 2026</p></div></div>"""
    home = f"""<h1>Ministry of Sustainable Living</h1>
<section><h2>Press Releases</h2>{press}<a href="/newsroom/press-releases">View all press releases</a></section>
<section><h2>Speeches</h2>{speeches}<a href="/newsroom/speeches">View all speeches</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/newsroom/press-releases": ("Press Releases", "<h1>Press Releases</h1>" + press),
            "/newsroom/speeches": ("Speeches", "<h1>Speeches</h1>" + speeches),
        },
    )
    return IntlSite(
        "sg-agency",
        "www.msl.gov.sg",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Press Releases", "news", d("2026-11-20")),
                Column("Speeches", "other", d("2026-11-18")),
            ),
            d("2026-11-20"),
            notes="speeches come when ministers speak: no age limit of their own",
        ),
        lang="en",
    )


# ======================================================================================
# A Hong Kong department's English side: press releases "20.11.2026", What's New with
# "(20 November 2026)", tenders, and the GovHK footer "Last revision date"


def hk_department() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Drainage and Harbour Services Department</title></head>
<body><div id="top"><a href="/tc/">繁體版</a> <a href="/sc/">简体版</a> <a href="https://www.gov.hk/en/">GovHK</a></div>
<header><a href="/en/">Drainage and Harbour Services Department</a></header>
<main>{main}</main>
<footer><p>2026 ©</p><p><a href="/en/important_notices.html">Important Notices</a> <a href="/en/privacy.html">Privacy Policy</a></p>
<p>Last revision date: 24 November 2026</p></footer></body></html>
"""
    press = """<ul class="pressrelease">
<li><span class="date">20.11.2026</span> <a href="/en/press/20261120.html">Temporary closure of Tai Hang Tung storage tank</a></li>
<li><span class="date">17.11.2026</span> <a href="/en/press/20261117.html">Public consultation on harbour-front drainage improvement</a></li>
<li><span class="date">09.11.2026</span> <a href="/en/press/20261109.html">Drainage Services Open Day 2026</a></li></ul>"""
    whats_new = """<ul><li><a href="/en/publications/annual_report_2025_26.html">Annual Report 2025-26 uploaded</a> (20 November 2026)</li>
<li><a href="/en/tender/index.html">Tender notice for sewer rehabilitation updated</a> (19 November 2026)</li></ul>"""
    tenders = """<table><tr><th>Tender Ref.</th><th>Subject</th><th>Closing Date</th></tr>
<tr><td>DHS/T/26/118</td><td><a href="/en/tender/t118.html">Sewer rehabilitation in Kwun Tong</a></td><td>11.12.2026</td></tr>
<tr><td>DHS/T/26/117</td><td><a href="/en/tender/t117.html">Maintenance of pumping stations</a></td><td>04.12.2026</td></tr></table>"""
    home = f"""<h1>Welcome</h1>
<section><h2>Press Releases</h2>{press}<a href="/en/press/index.html">More</a></section>
<section><h2>What's New</h2>{whats_new}</section>
<section><h2>Tender Notices</h2>{tenders}<a href="/en/tender/index.html">More</a></section>"""
    pages = _pages(
        shell,
        home,
        {
            "/en/press/index.html": ("Press Releases", "<h1>Press Releases</h1>" + press),
            "/en/tender/index.html": ("Tender Notices", "<h1>Tender Notices</h1>" + tenders),
        },
    )
    return IntlSite(
        "hk-department",
        "www.dhsd.gov.hk",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (
                Column("Press Releases", "news", d("2026-11-20")),
                Column("What's New", "news", d("2026-11-20")),
                Column("Tender Notices", "notice", None),
            ),
            d("2026-11-20"),
            notes="the tender table shows closing dates ahead only; 'Last revision date' is the page's stamp",
        ),
        lang="en",
    )


# ======================================================================================
# A city whose news feed (a Drupal "time ago" formatter) says "Posted 3 hours ago",
# "Yesterday", "Updated: 5 days ago", "2 weeks ago"


REL_ROWS = [
    ("/news/snow-emergency-declared", "Snow emergency declared for Thursday", "Posted 3 hours ago"),
    ("/news/holiday-trash-schedule", "Holiday trash and recycling schedule", "Yesterday"),
    ("/news/council-approves-levy", "Council approves 2027 levy", "Updated: 5 days ago"),
    ("/news/new-fire-station-opens", "New fire station opens on Elm Street", "2 weeks ago"),
]


def us_relative() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | City of Birch Harbor</title></head>
<body><header><a href="/">City of Birch Harbor</a><nav><a href="/services">Services</a> <a href="/news">News</a></nav></header>
<main>{main}</main><footer><p>© 2026 City of Birch Harbor</p></footer></body></html>
"""
    row = '<div class="views-row"><h3><a href="{href}">{title}</a></h3><div class="field--name-created">{date}</div></div>'
    home = f"""<h1>City of Birch Harbor</h1>
<section><h2>City News</h2>{li_rows(REL_ROWS, row)}<a href="/news">All city news</a></section>"""
    pages = _pages(shell, home, {"/news": ("City News", "<h1>City News</h1>" + li_rows(REL_ROWS, row))})
    return IntlSite(
        "us-relative",
        "www.birchharbor.gov",
        pages,
        Truth(
            "healthy",
            frozenset(),
            (Column("City News", "news", TODAY),),
            TODAY,
            notes="relative dates are read from the scan's day ('Posted 3 hours ago': today); "
            "an item's machine date (<time datetime>, its URL's) would win over its text, "
            "which a cached or prebuilt page freezes",
        ),
        lang="en",
    )


# ======================================================================================
# A township whose news stopped in spring 2025 while its footer says "Last updated" this
# week (the CMS stamps every page on each publish of anything)


def stale_township() -> IntlSite:
    shell = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{title} | Harlan Township</title></head>
<body><header><a href="/">Harlan Township</a><nav><a href="/board">Board of Trustees</a> <a href="/zoning">Zoning</a></nav></header>
<main>{main}</main>
<footer><p>Harlan Township Hall, 4102 County Road 9</p><p>Last updated: Nov 23, 2026</p><p>© 2026 Harlan Township</p></footer>
</body></html>
"""
    news = """<ul><li><a href="/news/spring-cleanup-2025">Spring clean-up week</a> <em>Thursday, April 10, 2025</em></li>
<li><a href="/news/road-weight-limits">Seasonal road weight limits</a> <em>Monday, March 3, 2025</em></li></ul>"""
    notices = """<ul><li><a href="/notices/board-meeting-change">Change of board meeting date</a> <em>Feb. 14, 2025</em></li></ul>"""
    home = f"""<h1>Harlan Township</h1>
<section><h2>Township News</h2>{news}<a href="/news">More news</a></section>
<section><h2>Public Notices</h2>{notices}</section>"""
    pages = _pages(shell, home, {"/news": ("Township News", "<h1>Township News</h1>" + news)})
    return IntlSite(
        "stale-township",
        "www.harlantownship.us",
        pages,
        Truth(
            "zombie",
            frozenset({"homepage_stale", "column_stale", "abandoned"}),
            (
                Column("Township News", "news", d("2025-04-10")),
                Column("Public Notices", "notice", d("2025-02-14")),
            ),
            d("2025-04-10"),
            notes="the footer's 'Last updated' stamp of this week is no new item",
        ),
        lang="en-US",
    )


def all_sites() -> list[IntlSite]:
    return [
        us_civicplus(),
        us_granicus(),
        uk_district(),
        au_council(),
        ca_bilingual(),
        in_district(),
        sg_agency(),
        hk_department(),
        us_relative(),
        stale_township(),
    ]
