# ruff: noqa: RUF005
"""Blind evaluation en7: English-language government sites of the developing and
Commonwealth world (India S3WaaS and old NIC, Philippines WordPress LGU, Kenyan
county, Nigerian Joomla 3 ministry, Pakistani provincial department, Caribbean
Drupal 7, South African municipality, Pacific island portal).

Pages and truth were written before any scan (see git history). NOW = 2026-11-26.
"""

from __future__ import annotations

from datetime import date
from typing import Any

NOW = date(2026, 11, 26)

# --------------------------------------------------------------------------
# shared chrome helpers (real sites carry big menus, inline CSS/JS, footers)
# --------------------------------------------------------------------------


def _css(prefix: str, n: int = 120) -> str:
    rules = []
    for i in range(n * 3):
        rules.append(
            f".{prefix}-blk-{i}{{margin:0 0 {i % 7}px;padding:{i % 5}px {i % 9}px;"
            f"font-size:{12 + i % 4}px;line-height:1.{4 + i % 5};color:#{(i * 2654435) % 0xFFFFFF:06x}}}"
        )
    return "<style type=\"text/css\">\n" + "\n".join(rules) + "\n</style>\n"


def _js_tail(ga: str) -> str:
    return f"""
<script type="text/javascript" src="/js/jquery-3.6.0.min.js"></script>
<script type="text/javascript" src="/js/bootstrap.bundle.min.js"></script>
<script type="text/javascript">
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', '{ga}');
  jQuery(function($){{
    $('.font-inc').on('click', function(){{ var s=parseInt($('body').css('font-size'));$('body').css('font-size', (s+1)+'px'); }});
    $('.font-dec').on('click', function(){{ var s=parseInt($('body').css('font-size'));$('body').css('font-size', (s-1)+'px'); }});
    $('.tab-link').on('click', function(e){{ e.preventDefault(); var t=$(this).data('target'); $('.tab-pane').removeClass('active'); $(t).addClass('active'); }});
    var d = new Date(); var opts = {{ day: '2-digit', month: 'long', year: 'numeric' }};
    $('#js-date').text(d.toLocaleDateString('en-GB', opts));
  }});
</script>
"""


def _menu(sections: dict[str, list[str]], base: str) -> str:
    out = ['<nav class="main-navigation" role="navigation" aria-label="Main menu"><ul class="menu nav-menu">']
    for sec, items in sections.items():
        slug = sec.lower().replace(" ", "-").replace("'", "").replace("&", "and")
        out.append(f'<li class="menu-item menu-item-has-children"><a href="{base}/{slug}/">{sec}</a><ul class="sub-menu">')
        for it in items:
            s2 = it.lower().replace(" ", "-").replace("'", "").replace("&", "and").replace("/", "-")
            out.append(f'<li class="menu-item"><a href="{base}/{slug}/{s2}/">{it}</a></li>')
        out.append("</ul></li>")
    out.append("</ul></nav>")
    return "\n".join(out)


INDIA_DEPTS = [
    "Agriculture", "Animal Husbandry", "Backward Classes Welfare", "Co-operation", "Education",
    "Electricity", "Excise", "Fisheries", "Food & Civil Supplies", "Forest", "Health & Family Welfare",
    "Horticulture", "Industries", "Irrigation", "Labour", "Mining", "Panchayati Raj", "Police",
    "Public Works", "Revenue", "Rural Development", "Social Welfare", "Sports & Youth Affairs",
    "Tourism", "Transport", "Tribal Welfare", "Urban Development", "Women & Child Development",
    "Treasury", "Election", "Statistics", "Town Planning", "Minority Welfare", "Sericulture",
]

INDIA_MENU = {
    "District": ["History", "Map of District", "Demography", "Economy", "Tourism", "Who's Who", "How to Reach"],
    "Directory": ["Administration", "Officials", "Blocks", "Tehsils", "Police Stations", "Hospitals", "Schools", "Colleges", "Banks", "Helpline"],
    "Departments": INDIA_DEPTS[:20],
    "Documents": ["Annual Report", "Census", "Citizen Charter", "District Profile", "Gazette", "Guidelines", "Plan Report", "Statistical Report"],
    "Notices": ["Announcements", "Recruitment", "Tenders", "Other Notices", "Election", "Land Acquisition"],
    "Citizen Services": ["Certificates", "Electricity & Water", "Food & Public Distribution", "Grievances", "Hospitals", "Passport", "Revenue Services", "Utility Bill Payment"],
    "Media Gallery": ["Photo Gallery", "Video Gallery", "Press Release", "Success Stories"],
    "Schemes": ["Pradhan Mantri Awas Yojana", "MGNREGA", "Ayushman Bharat", "PM Kisan", "Jal Jeevan Mission", "Swachh Bharat Mission", "Poshan Abhiyan", "Beti Bachao Beti Padhao"],
}


def _india_footer(last_updated: str) -> str:
    links = ["Website Policies", "Help", "Contact Us", "Feedback", "Terms & Conditions", "Privacy Policy", "Copyright Policy", "Hyperlink Policy", "Accessibility Statement", "Disclaimer", "Sitemap", "Visitor Analytics"]
    lis = "".join(f'<li><a href="/en/{x.lower().replace(" ", "-").replace("&", "and")}/">{x}</a></li>' for x in links)
    return f"""
<footer id="footer" class="footer">
 <div class="container">
  <div class="footer-menu"><ul>{lis}</ul></div>
  <div class="copyright-content">
   <p>Content Owned by District Administration</p>
   <p>&copy; District Administration, Developed and hosted by <a href="https://www.nic.in/" target="_blank">National Informatics Centre</a>,<br>
   Ministry of Electronics &amp; Information Technology, Government of India</p>
   <p class="last-updated">Last Updated: <strong>{last_updated}</strong></p>
  </div>
  <div class="footer-logo">
   <a href="https://s3waas.gov.in/" target="_blank"><img src="/wp-content/themes/sdo-theme/images/s3waas.png" alt="Secure, Scalable and Sugamya Website as a Service"></a>
   <a href="https://www.digitalindia.gov.in/" target="_blank"><img src="/wp-content/themes/sdo-theme/images/digitalindia.png" alt="Digital India"></a>
   <a href="https://www.nic.in/" target="_blank"><img src="/wp-content/themes/sdo-theme/images/nic.png" alt="NIC"></a>
  </div>
 </div>
</footer>
"""


def _gallery(prefix: str, n: int, caption: str) -> str:
    return "\n".join(
        f'<li class="gallery-item"><a href="{prefix}/photo-gallery/album-{i}/" title="{caption} {i}">'
        f'<img src="{prefix}/wp-content/uploads/2026/0{1 + i % 9}/img_{1000 + i}-150x150.jpg" alt="{caption} {i}" width="150" height="150"></a></li>'
        for i in range(n)
    )


def _ul(items: list[tuple[str, str, str]], cls: str = "") -> str:
    """items: (href, title, trailing html)."""
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{h}">{t}</a>{x}</li>' for h, t, x in items) + "</ul>"


# --------------------------------------------------------------------------
# Site 1: Indian district on S3WaaS (WordPress-based NIC platform), healthy
# --------------------------------------------------------------------------

S3_HOST = "dhalpur.nic.in"


def _s3_notice_table(rows: list[tuple[str, str, str, str]]) -> str:
    trs = "".join(
        f'<tr><td>{t}</td><td>{d}</td><td>{s}</td><td>{e}</td>'
        f'<td><span class="pdf-downloads"><a href="https://cdnbbsr.s3waas.gov.in/s3a5e00132373a7031000fd987a3c9f87b/uploads/2026/11/{abs(hash(t)) % 10**9}.pdf" target="_blank" aria-label="{t} PDF">View (245 KB)</a></span></td></tr>'
        for t, d, s, e in rows
    )
    return (
        '<table class="data-table-1 notice-table"><thead><tr><th scope="col">Title</th><th scope="col">Description</th>'
        '<th scope="col">Start Date</th><th scope="col">End Date</th><th scope="col">File</th></tr></thead>'
        f"<tbody>{trs}</tbody></table>"
    )


def _s3_page(title: str, body: str, today: str = "26/11/2026") -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | District Dhalpur, Government of Rajasthan | India</title>
<link rel="stylesheet" href="/wp-content/themes/sdo-theme/css/base.css?ver=5.2">
<link rel="stylesheet" href="/wp-content/themes/sdo-theme/css/theme-orange.css">
{_css("s3", 140)}
</head>
<body class="home page-template-default lang-en">
<div id="topBar" class="wrapper govBar">
 <div class="container">
  <div class="left-block"><ul>
   <li><a href="https://india.gov.in" target="_blank" lang="hi">भारत सरकार</a></li>
   <li><a href="https://india.gov.in" target="_blank">Government of India</a></li></ul></div>
  <div class="right-block"><ul>
   <li><a href="#SkipContent" class="skip-to-content">Skip to main content</a></li>
   <li><a href="/en/screen-reader-access/">Screen Reader Access</a></li>
   <li class="fontSize"><a href="#" class="font-inc">A+</a> <a href="#" class="font-normal">A</a> <a href="#" class="font-dec">A-</a></li>
   <li class="hindi"><a href="/" lang="hi">हिन्दी</a> | <a href="/en/">English</a></li>
   <li><a href="/en/sitemap/">Sitemap</a></li></ul></div>
 </div>
</div>
<header class="wrapper header-wrapper"><div class="container">
 <div class="logo"><a href="/en/"><img src="/wp-content/themes/sdo-theme/images/emblem.svg" alt="State Emblem"><h1>District Dhalpur<span>Government of Rajasthan</span></h1></a></div>
 <div class="header-right"><img src="/wp-content/uploads/2026/01/g20.png" alt="Swachh Bharat"><form role="search" action="/en/"><input type="search" name="s" placeholder="Search"><button>Search</button></form></div>
</div></header>
{_menu(INDIA_MENU, "/en")}
<div id="SkipContent"></div>
{body}
{_india_footer(today)}
{_js_tail("G-S3WAAS01")}
</body></html>
"""


_s3_whatsnew = [
    ("/en/notice/district-level-review-meeting-on-paddy-procurement/", "District level review meeting on paddy procurement – order", "24/11/2026"),
    ("/en/notice/anganwadi-worker-helper-recruitment-2026-provisional-merit-list/", "Anganwadi Worker/Helper Recruitment 2026 – Provisional Merit List", "20/11/2026"),
    ("/en/notice/e-tender-for-construction-of-cc-road-in-gram-panchayat-kalyanpura/", "e-Tender for construction of CC Road in Gram Panchayat Kalyanpura", "18/11/2026"),
    ("/en/notice/special-summary-revision-of-photo-electoral-rolls-2027/", "Special Summary Revision of Photo Electoral Rolls w.r.t. 01.01.2027 as qualifying date", "12/11/2026"),
    ("/en/notice/list-of-selected-candidates-for-data-entry-operator/", "List of selected candidates for Data Entry Operator (Contractual)", "05/11/2026"),
]

S3_HOME = _s3_page("Home", f"""
<section class="slider-wrapper"><div class="flexslider"><ul class="slides">
 <li><img src="/wp-content/uploads/2026/10/banner-fort.jpg" alt="Dhalpur Fort"></li>
 <li><img src="/wp-content/uploads/2026/10/banner-lake.jpg" alt="Talab-e-Shahi Lake"></li>
 <li><img src="/wp-content/uploads/2026/10/banner-fair.jpg" alt="Machkund Fair"></li></ul></div></section>
<div class="whats-new-wrapper wrapper"><div class="container">
 <h2 class="whatsnew-title">What's New</h2>
 <div class="news-ticker"><marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">
 <ul>{''.join(f'<li><a href="{h}">{t}</a> ({d}) <img src="/wp-content/themes/sdo-theme/images/new.gif" alt="New"></li>' for h, t, d in _s3_whatsnew)}</ul>
 </marquee></div>
 <a class="view-all" href="/en/whats-new/" aria-label="View All What's New">View All</a>
</div></div>
<section class="wrapper about-district"><div class="container"><div class="row">
 <div class="col-8"><h2>About District</h2>
 <p>Dhalpur district is situated in the eastern part of Rajasthan. The district is bounded by Madhya Pradesh in the south and Uttar Pradesh in the east. The district headquarters is 270 km from Jaipur. The district has an area of 3,084 sq. km. and a population of 12,06,516 as per Census 2011. The Chambal river forms its southern boundary; the red sandstone of the district is used in buildings across the country.</p>
 <a href="/en/about-district/" class="btn">Read More</a></div>
 <div class="col-4 whos-who"><h2>Who's Who</h2>
 <div class="person"><img src="/wp-content/uploads/2026/07/collector.jpg" alt="Collector"><p><strong>Shri Rajendra Singh Shekhawat, IAS</strong><br>District Collector &amp; Magistrate</p></div>
 <div class="person"><img src="/wp-content/uploads/2025/03/sp.jpg" alt="SP"><p><strong>Smt. Ananya Meena, IPS</strong><br>Superintendent of Police</p></div></div>
</div></div></section>
<section class="wrapper notice-board"><div class="container"><div class="tab-box">
 <ul class="tab-nav" role="tablist">
  <li class="active"><a href="#tab-notices" class="tab-link" data-target="#tab-notices">Notices</a></li>
  <li><a href="#tab-recruitment" class="tab-link" data-target="#tab-recruitment">Recruitment</a></li>
  <li><a href="#tab-tenders" class="tab-link" data-target="#tab-tenders">Tenders</a></li></ul>
 <div id="tab-notices" class="tab-pane active">{_ul([
    ("/en/notice/district-level-review-meeting-on-paddy-procurement/", "District level review meeting on paddy procurement – order", '<span class="date">24/11/2026</span>'),
    ("/en/notice/special-summary-revision-of-photo-electoral-rolls-2027/", "Special Summary Revision of Photo Electoral Rolls 2027", '<span class="date">12/11/2026</span>'),
    ("/en/notice/closure-of-schools-due-to-cold-wave/", "Order regarding timing of schools during cold wave", '<span class="date">09/11/2026</span>'),
    ("/en/notice/public-hearing-on-environmental-clearance-of-sand-mining/", "Public hearing on environmental clearance of sand mining lease", '<span class="date">28/10/2026</span>'),
 ], "notice-list")}<a href="/en/notice_category/announcements/" class="view-all">View All</a></div>
 <div id="tab-recruitment" class="tab-pane">{_ul([
    ("/en/notice/anganwadi-worker-helper-recruitment-2026-provisional-merit-list/", "Anganwadi Worker/Helper Recruitment 2026 – Provisional Merit List", '<span class="date">20/11/2026</span>'),
    ("/en/notice/list-of-selected-candidates-for-data-entry-operator/", "List of selected candidates for Data Entry Operator (Contractual)", '<span class="date">05/11/2026</span>'),
    ("/en/notice/walk-in-interview-for-medical-officers-nhm/", "Walk-in interview for Medical Officers under NHM", '<span class="date">22/10/2026</span>'),
 ], "notice-list")}<a href="/en/notice_category/recruitment/" class="view-all">View All</a></div>
 <div id="tab-tenders" class="tab-pane">{_ul([
    ("/en/notice/e-tender-for-construction-of-cc-road-in-gram-panchayat-kalyanpura/", "e-Tender for construction of CC Road in Gram Panchayat Kalyanpura", ""),
    ("/en/notice/tender-for-hiring-of-vehicles-for-district-election-office/", "Tender for hiring of vehicles for District Election Office", ""),
    ("/en/notice/tender-for-supply-of-stationery-2026-27/", "Tender for supply of stationery 2026-27", ""),
 ], "notice-list")}<a href="/en/notice_category/tenders/" class="view-all">View All</a></div>
</div></div></section>
<section class="wrapper services"><div class="container"><h2>Services</h2>
<ul class="service-grid">{''.join(f'<li><a href="/en/service/{s.lower().replace(" ", "-")}/"><img src="/wp-content/themes/sdo-theme/images/icons/{i}.svg" alt="">{s}</a></li>' for i, s in enumerate(["Apply for Caste Certificate", "Apply for Income Certificate", "Jamabandi Nakal", "Ration Card Status", "Pension Status", "Land Records (Apna Khata)", "Birth and Death Registration", "Jan Soochna Portal", "Rajasthan Sampark", "e-Mitra", "Voter Helpline", "Bhamashah / Jan Aadhaar"]))}</ul>
</div></section>
<section class="wrapper gallery"><div class="container"><h2>Photo Gallery</h2><ul class="gallery-list">{_gallery("/en", 24, "District event")}</ul><a href="/en/photo-gallery/" class="view-all">View All</a></div></section>
<section class="wrapper departments"><div class="container"><h2>Departments</h2><ul class="dept-list">{''.join(f'<li><a href="/en/departments/{d.lower().replace(" ", "-").replace("&", "and")}/">{d}</a></li>' for d in INDIA_DEPTS)}</ul></div></section>
<section class="wrapper helpline"><div class="container"><h2>Helpline Numbers</h2><ul>
<li>Citizen's Call Centre - 155300</li><li>Child Helpline - 1098</li><li>Women Helpline - 1091</li><li>Crime Stopper - 1090</li><li>Ambulance - 108</li><li>Police - 112</li></ul></div></section>
<section class="wrapper ext-links"><div class="container"><ul class="external-links">{''.join(f'<li><a href="https://{u}/" target="_blank"><img src="/wp-content/uploads/2024/01/{u.split(".")[0]}.png" alt="{u}"></a></li>' for u in ["india.gov.in", "mygov.in", "pmindia.gov.in", "data.gov.in", "rajasthan.gov.in", "igod.gov.in", "digitalindia.gov.in", "eci.gov.in"])}</ul></div></section>
""")

S3_TENDERS = _s3_page("Tenders", f"""
<div class="wrapper bodyWrapper"><div class="container"><div class="breadcrumb"><a href="/en/">Home</a> / <a href="/en/notices/">Notices</a> / Tenders</div>
<h1 class="heading">Tenders</h1>
<form class="notice-filter"><label>Search Notices <input type="text" name="search"></label><label>From Date <input type="date" name="from"></label><label>To Date <input type="date" name="to"></label><button>Search</button></form>
<div class="distTableContent">{_s3_notice_table([
    ("e-Tender for construction of CC Road in Gram Panchayat Kalyanpura", "NIT No. 14/2026-27, e-proc ID RAJ/ZP/2026/77812", "18/11/2026", "05/12/2026"),
    ("Tender for hiring of vehicles for District Election Office", "Hiring of 12 light vehicles for SSR 2027", "10/11/2026", "28/11/2026"),
    ("Tender for supply of stationery 2026-27", "Annual rate contract for stationery items", "27/10/2026", "17/11/2026"),
    ("Tender for maintenance of CCTV cameras at Collectorate", "Annual maintenance contract", "03/10/2026", "24/10/2026"),
    ("Tender for fencing of Govt. nursery at Bari", "Forest division – sealed bids", "15/09/2026", "30/09/2026"),
 ])}
<div class="pagination"><span class="current">1</span> <a href="/en/notice_category/tenders/page/2/">2</a> <a href="/en/notice_category/tenders/page/3/">3</a> <a href="/en/notice_category/tenders/page/2/">Next</a></div>
</div></div></div>
""")

S3_RECRUITMENT = _s3_page("Recruitment", f"""
<div class="wrapper bodyWrapper"><div class="container"><div class="breadcrumb"><a href="/en/">Home</a> / <a href="/en/notices/">Notices</a> / Recruitment</div>
<h1 class="heading">Recruitment</h1>
<div class="distTableContent">{_s3_notice_table([
    ("Anganwadi Worker/Helper Recruitment 2026 – Provisional Merit List", "Objections may be filed at the CDPO office", "20/11/2026", "30/11/2026"),
    ("List of selected candidates for Data Entry Operator (Contractual)", "Selection under District Health Society", "05/11/2026", "31/12/2026"),
    ("Walk-in interview for Medical Officers under NHM", "Interview at CMHO office", "22/10/2026", "06/11/2026"),
    ("Recruitment of Sakhi One Stop Centre staff", "Applications in prescribed format", "01/10/2026", "20/10/2026"),
 ])}</div></div></div>
""")

# --------------------------------------------------------------------------
# Site 2: older NIC district template, frozen in 2023, server-written "Last Updated"
# --------------------------------------------------------------------------

NIC_HOST = "saranpur.nic.in"


def _nic_page(title: str, body: str) -> str:
    left = "".join(f'<tr><td class="leftmenu"><img src="images/arrow.gif" alt=""> <a href="{h}">{t}</a></td></tr>' for h, t in [
        ("index.htm", "Home"), ("profile.htm", "District Profile"), ("history.htm", "History"), ("administration.htm", "Administrative Setup"),
        ("whoswho.htm", "Who's Who"), ("blocks.htm", "Blocks &amp; Tehsils"), ("notices.htm", "Notices"), ("tenders.htm", "Tenders"),
        ("recruitment.htm", "Recruitment"), ("rti.htm", "RTI"), ("election.htm", "Election"), ("tourism.htm", "Tourist Places"),
        ("hospitals.htm", "Hospitals"), ("schools.htm", "Educational Institutions"), ("telephone.htm", "Telephone Directory"),
        ("gallery.htm", "Photo Gallery"), ("forms.htm", "Downloadable Forms"), ("links.htm", "Important Links"), ("contact.htm", "Contact Us"),
    ] + [(f"dept_{i}.htm", d) for i, d in enumerate(INDIA_DEPTS)])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{title} :: Official Website of District Saranpur, Uttar Pradesh</title>
<link href="style.css" rel="stylesheet" type="text/css">
{_css("nic", 90)}
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}} }}
//-->
</script>
</head>
<body leftmargin="0" topmargin="0" onLoad="MM_preloadImages('images/home_over.gif','images/contact_over.gif')">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="images/header_saranpur.jpg" width="1000" height="140" alt="District Saranpur"></td></tr>
<tr><td colspan="3" class="topnav" bgcolor="#7A1F1F"><a href="index.htm">Home</a> | <a href="hindi/index.htm">हिन्दी</a> | <a href="sitemap.htm">Site Map</a> | <a href="feedback.htm">Feedback</a> | <a href="contact.htm">Contact Us</a></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F6EFD9"><table width="100%" border="0" cellspacing="0" cellpadding="3">{left}</table></td>
<td width="600" valign="top">{body}</td>
<td width="200" valign="top" bgcolor="#F6EFD9">
 <table width="100%"><tr><td class="boxhead">Important Links</td></tr>
 <tr><td><a href="http://up.gov.in" target="_blank">UP Government Portal</a><br><a href="http://upcm.gov.in" target="_blank">CM Office</a><br><a href="http://jansunwai.up.nic.in" target="_blank">Jansunwai</a><br><a href="http://edistrict.up.nic.in" target="_blank">e-District</a><br><a href="http://upbhulekh.gov.in" target="_blank">Bhulekh</a><br><a href="http://ceouttarpradesh.nic.in" target="_blank">CEO UP</a></td></tr>
 <tr><td class="boxhead">Helpline</td></tr><tr><td>Police: 100<br>Fire: 101<br>Ambulance: 108<br>Women Power Line: 1090</td></tr></table>
</td></tr>
<tr><td colspan="3" class="footer" align="center" bgcolor="#7A1F1F">
 <font color="#FFFFFF">Content provided and maintained by District Administration, Saranpur.<br>
 Designed and Developed by National Informatics Centre, Saranpur. &copy; 2026 All Rights Reserved.<br>
 Last Updated: 26-11-2026 &nbsp;|&nbsp; Visitor No: <img src="counter/count.php?page=home" alt="counter"> 0413867<br>
 Best viewed in 1024 x 768 resolution with IE 8.0 and above</font></td></tr>
</table>
</body></html>
"""


NIC_HOME = _nic_page("Home", """
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="boxhead"><img src="images/bullet.gif" alt=""> What's New</td></tr>
<tr><td><marquee direction="up" scrollamount="2" height="150" onmouseover="this.stop()" onmouseout="this.start()">
<img src="images/new.gif" alt="new"> <a href="pdf/ssr_2024_schedule.pdf">Special Summary Revision 2024 – Schedule of claims and objections</a> (12-09-2023)<br><br>
<img src="images/new.gif" alt="new"> <a href="pdf/flood_relief_order.pdf">Order regarding distribution of flood relief in Tehsil Nakur</a> (30-08-2023)<br><br>
<img src="images/new.gif" alt="new"> <a href="pdf/lekhpal_merit.pdf">Merit list of Lekhpal recruitment (contractual)</a> (14-07-2023)<br><br>
<a href="pdf/independence_day_programme.pdf">Programme for Independence Day celebration 2023</a> (10-08-2023)<br><br>
<a href="pdf/tender_gravel.pdf">Tender for supply of gravel – PWD division</a> (02-06-2023)
</marquee></td></tr>
<tr><td align="right"><a href="whatsnew.htm">More...</a></td></tr>
</table>
<table width="100%" border="0" cellpadding="3"><tr><td class="welcome">
<h2>Welcome to District Saranpur</h2>
<p>Saranpur is one of the oldest districts of the western region of Uttar Pradesh, lying in the Doab of the Ganga and the Yamuna. It is famous for its wood carving industry, which has been given a Geographical Indication tag. The district has 5 tehsils, 11 development blocks and 1,583 revenue villages. Its population according to Census 2011 is 34,66,382.</p>
<p>The district is well connected by rail and road with Delhi, Dehradun and Haridwar. The Shakumbhari Devi temple in the Shivalik hills draws lakhs of pilgrims during the Navratri fairs.</p>
</td></tr></table>
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">
<tr><td colspan="3" class="boxhead">Notices</td></tr>
<tr><th>S.No.</th><th>Subject</th><th>Date</th></tr>
<tr><td>1</td><td><a href="pdf/notice_flood_relief.pdf">Distribution of flood relief – list of beneficiaries</a></td><td>30-08-2023</td></tr>
<tr><td>2</td><td><a href="pdf/notice_kanwar_yatra.pdf">Traffic diversion during Kanwar Yatra</a></td><td>05-07-2023</td></tr>
<tr><td>3</td><td><a href="pdf/notice_land_acq.pdf">Notice under Section 11 of RFCTLARR Act – Delhi-Dehradun Expressway</a></td><td>19-06-2023</td></tr>
<tr><td>4</td><td><a href="pdf/notice_yoga_day.pdf">International Yoga Day 2023 programme</a></td><td>15-06-2023</td></tr>
<tr><td colspan="3" align="right"><a href="notices.htm">More...</a></td></tr>
</table>
<br>
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">
<tr><td colspan="4" class="boxhead">Tenders</td></tr>
<tr><th>S.No.</th><th>Tender</th><th>Tender Date</th><th>Last Date</th></tr>
<tr><td>1</td><td><a href="pdf/tender_gravel.pdf">Supply of gravel – PWD division</a></td><td>02-06-2023</td><td>20-06-2023</td></tr>
<tr><td>2</td><td><a href="pdf/tender_furniture.pdf">Furniture for Collectorate record room</a></td><td>11-05-2023</td><td>26-05-2023</td></tr>
<tr><td>3</td><td><a href="pdf/tender_canteen.pdf">Running of canteen at Vikas Bhawan</a></td><td>03-04-2023</td><td>18-04-2023</td></tr>
<tr><td colspan="4" align="right"><a href="tenders.htm">More...</a></td></tr>
</table>
<br>
<table width="100%" border="0" cellpadding="3"><tr><td class="boxhead">Photo Gallery</td></tr>
<tr><td>""" + "".join(f'<a href="gallery.htm#p{i}"><img src="gallery/thumb_{i}.jpg" width="90" height="68" alt="Gallery {i}" border="0"></a> ' for i in range(30)) + """</td></tr></table>
""")

NIC_NOTICES = _nic_page("Notices", """
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">
<tr><td colspan="3" class="boxhead">Notices</td></tr>
<tr><th>S.No.</th><th>Subject</th><th>Date</th></tr>
<tr><td>1</td><td><a href="pdf/notice_flood_relief.pdf">Distribution of flood relief – list of beneficiaries</a></td><td>30-08-2023</td></tr>
<tr><td>2</td><td><a href="pdf/notice_kanwar_yatra.pdf">Traffic diversion during Kanwar Yatra</a></td><td>05-07-2023</td></tr>
<tr><td>3</td><td><a href="pdf/notice_land_acq.pdf">Notice under Section 11 of RFCTLARR Act – Delhi-Dehradun Expressway</a></td><td>19-06-2023</td></tr>
<tr><td>4</td><td><a href="pdf/notice_yoga_day.pdf">International Yoga Day 2023 programme</a></td><td>15-06-2023</td></tr>
<tr><td>5</td><td><a href="pdf/notice_board_exam.pdf">Section 144 CrPC during UP Board examinations</a></td><td>14-02-2023</td></tr>
<tr><td>6</td><td><a href="pdf/notice_republic_day.pdf">Republic Day 2023 – programme</a></td><td>20-01-2023</td></tr>
<tr><td>7</td><td><a href="pdf/notice_cold_wave.pdf">Night shelters during cold wave</a></td><td>28-12-2022</td></tr>
</table>
""")

# --------------------------------------------------------------------------
# Site 3: Philippine LGU on WordPress (Astra + Elementor), Facebook embed, healthy
# --------------------------------------------------------------------------

PH_HOST = "santalucia-ne.gov.ph"

PH_MENU = {
    "About": ["History", "Vision & Mission", "Municipal Profile", "Barangays", "Map", "Hymn"],
    "Government": ["Office of the Mayor", "Office of the Vice Mayor", "Sangguniang Bayan", "Department Heads", "Organizational Chart", "Barangay Officials"],
    "Transparency": ["Full Disclosure Policy", "Citizen's Charter", "Annual Budget", "Annual Procurement Plan", "Statement of Receipts and Expenditures", "Executive Orders", "Ordinances", "Resolutions"],
    "Bids and Awards": ["Invitation to Bid", "Notice of Award", "Notice to Proceed", "Request for Quotation", "Bid Bulletins", "Abstract of Bids"],
    "Services": ["Business Permit", "Civil Registry", "Real Property Tax", "MSWDO", "Rural Health Unit", "MDRRMO", "Agriculture", "PESO"],
    "Tourism": ["Festivals", "Attractions", "Delicacies", "Accommodations"],
    "News": ["Latest News", "Announcements", "Advisories", "Photo Releases"],
}


def _ph_post_card(slug: str, title: str, when: str, cat: str, excerpt: str) -> str:
    return f"""<article class="post ast-article-post elementor-post">
 <div class="post-thumb"><a href="/{slug}/"><img width="768" height="432" src="/wp-content/uploads/2026/11/{slug[:20]}-768x432.jpg" alt="" loading="lazy"></a></div>
 <div class="entry-header"><h3 class="entry-title"><a href="/{slug}/" rel="bookmark">{title}</a></h3>
 <div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">{when}</span></span> / <span class="cat-links"><a href="/category/{cat.lower().replace(' ', '-')}/" rel="category tag">{cat}</a></span></div></div>
 <div class="ast-excerpt-container"><p>{excerpt} […]</p></div>
 <p class="read-more"><a class="ast-button" href="/{slug}/">Read More »</a></p>
</article>"""


_ph_news = [
    ("santa-lucia-hosts-provincial-disaster-preparedness-summit", "Santa Lucia hosts Provincial Disaster Preparedness Summit", "November 24, 2026", "Latest News", "Over 300 responders from 27 municipalities gathered at the Santa Lucia Cultural Center for the two-day summit led by the MDRRMO"),
    ("mayor-cruz-leads-distribution-of-farm-inputs-to-rice-farmers", "Mayor Cruz leads distribution of farm inputs to 1,200 rice farmers", "November 21, 2026", "Latest News", "Certified seeds and fertilizer from the Department of Agriculture were handed out at the municipal gymnasium"),
    ("libreng-konsulta-caravan-reaches-barangay-san-roque", "Libreng Konsulta caravan reaches Barangay San Roque", "November 17, 2026", "Latest News", "The Rural Health Unit and PhilHealth served 412 residents with free check-ups, laboratory tests and medicines"),
    ("santa-lucia-bags-seal-of-good-local-governance-2026", "Santa Lucia bags Seal of Good Local Governance 2026", "November 10, 2026", "Latest News", "The DILG conferred the SGLG for the third consecutive year during the national awarding rites in Manila"),
    ("pantawid-pamilya-beneficiaries-graduate", "87 Pantawid Pamilya households graduate from the program", "November 3, 2026", "Latest News", "The MSWDO and DSWD field office recognized households that have reached self-sufficiency"),
    ("undas-2026-oplan-kaluluwa-a-success", "Undas 2026: Oplan Kaluluwa a success – no major incidents", "November 2, 2026", "Latest News", "Police, BFP and MDRRMO personnel were deployed to the four public cemeteries"),
]


def _ph_page(title: str, body: str, sidebar: bool = True) -> str:
    recent = "".join(f'<li><a href="/{s}/">{t}</a><span class="post-date">{w}</span></li>' for s, t, w, _c, _e in _ph_news[:5])
    side = f"""<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
 <aside class="widget widget_search"><form role="search" class="search-form" action="/"><input type="search" class="search-field" name="s" placeholder="Search …"></form></aside>
 <aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></aside>
 <aside class="widget widget_text"><h2 class="widget-title">Hotlines</h2><div class="textwidget"><p>MDRRMO: 0917-555-0123<br>PNP Santa Lucia: 0998-598-5400<br>BFP: 0935-123-4455<br>RHU: (044) 940-1234</p></div></aside>
 <aside class="widget widget_facebook"><h2 class="widget-title">Follow us on Facebook</h2>
 <iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2FSantaLuciaNEofficial&amp;tabs=timeline&amp;width=340&amp;height=500&amp;small_header=false&amp;adapt_container_width=true&amp;hide_cover=false&amp;show_facepile=true" width="340" height="500" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" allow="autoplay; clipboard-write; encrypted-media; picture-in-picture; web-share"></iframe></aside>
 <aside class="widget widget_media_image"><a href="/transparency/"><img src="/wp-content/uploads/2024/02/transparency-seal.png" alt="Transparency Seal"></a></aside>
</div></div>""" if sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – Municipality of Santa Lucia, Nueva Ecija</title>
<meta name="generator" content="WordPress 6.6.2">
<meta name="generator" content="Elementor 3.24.5; features: e_font_icon_svg">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.5" media="all">
{_css("ast", 160)}
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Municipality of Santa Lucia","url":"https://{PH_HOST}/","logo":"https://{PH_HOST}/wp-content/uploads/2023/05/logo.png","sameAs":["https://www.facebook.com/SantaLuciaNEofficial"]}}</script>
</head>
<body class="home page-template-default ast-desktop ast-separate-container elementor-default elementor-kit-7">
<div class="gov-ph-topbar"><a href="https://www.gov.ph/">GOVPH</a> <a href="https://www.gov.ph/">Government Links</a></div>
<div id="page" class="hfeed site">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
 <div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2023/05/logo.png" alt="Municipality of Santa Lucia"></a>
 <span class="site-title">Municipality of Santa Lucia</span><span class="site-description">Province of Nueva Ecija</span></div>
 {_menu(PH_MENU, "")}
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
{body}
</main></div>
{side}
</div></div>
<footer class="site-footer" id="colophon">
 <div class="footer-widget-area"><div class="footer-widget"><h2>Municipality of Santa Lucia</h2><p>Municipal Hall, Poblacion, Santa Lucia, Nueva Ecija 3128<br>Tel: (044) 940-0000 | Email: info@{PH_HOST}</p></div>
 <div class="footer-widget"><h2>Quick Links</h2><ul><li><a href="/citizens-charter/">Citizen's Charter</a></li><li><a href="/full-disclosure-policy/">Full Disclosure Policy</a></li><li><a href="https://www.philgeps.gov.ph/">PhilGEPS</a></li><li><a href="https://www.foi.gov.ph/">FOI</a></li><li><a href="/data-privacy-notice/">Data Privacy Notice</a></li></ul></div>
 <div class="footer-widget"><h2>Republic of the Philippines</h2><p>All content is in the public domain unless otherwise stated.</p><ul><li><a href="https://www.gov.ph/">GOV.PH</a></li><li><a href="https://www.officialgazette.gov.ph/">Official Gazette</a></li><li><a href="https://op-proper.gov.ph/">Office of the President</a></li><li><a href="https://www.senate.gov.ph/">Senate</a></li><li><a href="https://www.congress.gov.ph/">House of Representatives</a></li></ul></div></div>
 <div class="ast-small-footer"><div class="ast-footer-copyright">Copyright © 2026 Municipality of Santa Lucia | Powered by MICTO</div></div>
</footer>
</div>
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/","ext":".png"}}</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.5" id="elementor-frontend-js"></script>
{_js_tail("G-LGUSTALUCIA")}
</body></html>
"""


PH_HOME = _ph_page("Home", f"""
<div class="elementor elementor-2">
<section class="elementor-section hero"><div class="elementor-widget-container"><h1>Serbisyong Tapat, Bayang Maunlad</h1><p>Welcome to the official website of the Municipality of Santa Lucia.</p>
<a class="elementor-button" href="/services/">Online Services</a></div></section>
<section class="elementor-section advisory"><div class="elementor-alert elementor-alert-info"><span class="elementor-alert-title">ADVISORY</span>
<span class="elementor-alert-description">The Municipal Treasurer's Office will be open on Saturdays from November 28 to December 19 for payment of Real Property Tax.</span></div></section>
<section class="elementor-section latest-news"><div class="elementor-widget-heading"><h2 class="elementor-heading-title">Latest News</h2></div>
<div class="elementor-posts-container elementor-grid">{''.join(_ph_post_card(*p) for p in _ph_news)}</div>
<a class="elementor-button" href="/category/latest-news/">View All News</a></section>
<section class="elementor-section executive-orders"><h2 class="elementor-heading-title">Executive Orders</h2>
<ul class="eo-list">
<li><a href="/wp-content/uploads/2026/11/EO-No.-52-s.-2026.pdf">Executive Order No. 52, Series of 2026 – Creating the Municipal Task Force on Christmas Season Security</a> <span class="eo-date">November 9, 2026</span></li>
<li><a href="/wp-content/uploads/2026/10/EO-No.-51-s.-2026.pdf">Executive Order No. 51, Series of 2026 – Reorganizing the Local Health Board</a> <span class="eo-date">October 27, 2026</span></li>
<li><a href="/wp-content/uploads/2026/10/EO-No.-50-s.-2026.pdf">Executive Order No. 50, Series of 2026 – Declaring Suspension of Classes on October 20, 2026</a> <span class="eo-date">October 19, 2026</span></li>
<li><a href="/wp-content/uploads/2026/09/EO-No.-49-s.-2026.pdf">Executive Order No. 49, Series of 2026 – Creating the Bids and Awards Committee for CY 2027</a> <span class="eo-date">September 30, 2026</span></li>
</ul><a href="/transparency/executive-orders/">More Executive Orders</a></section>
<section class="elementor-section bac"><h2 class="elementor-heading-title">Bids and Awards</h2>
<ul class="bac-list">
<li><a href="/bids-and-awards/itb-2026-041-concreting-of-farm-to-market-road-brgy-san-roque/">Invitation to Bid: ITB-2026-041 Concreting of Farm-to-Market Road, Brgy. San Roque</a><br><small>Posted: November 19, 2026 | Bid Opening: December 3, 2026</small></li>
<li><a href="/bids-and-awards/noa-2026-037-supply-of-medicines-rhu/">Notice of Award: Supply and Delivery of Medicines for the RHU</a><br><small>Posted: November 12, 2026</small></li>
<li><a href="/bids-and-awards/rfq-2026-118-office-supplies/">Request for Quotation: RFQ-2026-118 Office Supplies</a><br><small>Posted: November 6, 2026 | Deadline: November 13, 2026</small></li>
</ul><a href="/bids-and-awards/">View All</a></section>
<section class="elementor-section mayor"><h2>Message from the Mayor</h2><img src="/wp-content/uploads/2025/07/mayor.jpg" alt="Hon. Ma. Teresa D. Cruz"><p>Mga kababayan, this website is our way of bringing the municipal government closer to you. Here you will find our programs, services and transparency documents in accordance with the Full Disclosure Policy of the DILG.</p></section>
<section class="elementor-section gallery"><h2>Photo Releases</h2><ul>{_gallery("", 18, "Photo release")}</ul></section>
</div>
""")

PH_NEWS = _ph_page("Latest News Archives", f"""
<section class="ast-archive-description"><h1 class="page-title ast-archive-title">Category: <span>Latest News</span></h1></section>
{''.join(_ph_post_card(*p) for p in _ph_news)}
{_ph_post_card("fire-prevention-month-culminates-with-barangay-drills", "Fire Prevention Month culminates with barangay drills", "October 30, 2026", "Latest News", "The BFP conducted earthquake and fire drills in all 24 barangays")}
<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="/category/latest-news/page/2/">2</a><a class="page-numbers" href="/category/latest-news/page/3/">3</a><a class="next page-numbers" href="/category/latest-news/page/2/">Next »</a></div></nav>
""")

PH_BAC = _ph_page("Bids and Awards", """
<article class="page"><header class="entry-header"><h1 class="entry-title">Bids and Awards</h1></header>
<div class="entry-content">
<p>In compliance with RA 9184, the Bids and Awards Committee (BAC) of the Municipality of Santa Lucia posts the following opportunities. All bidders must be registered with PhilGEPS.</p>
<table class="tablepress tablepress-id-3"><thead><tr><th>Reference No.</th><th>Project / Description</th><th>ABC (PHP)</th><th>Date Posted</th><th>Closing Date</th></tr></thead>
<tbody>
<tr><td>ITB-2026-041</td><td><a href="/bids-and-awards/itb-2026-041-concreting-of-farm-to-market-road-brgy-san-roque/">Concreting of Farm-to-Market Road, Brgy. San Roque</a></td><td>4,850,000.00</td><td>November 19, 2026</td><td>December 3, 2026</td></tr>
<tr><td>NOA-2026-037</td><td><a href="/bids-and-awards/noa-2026-037-supply-of-medicines-rhu/">Notice of Award – Supply and Delivery of Medicines for the RHU</a></td><td>1,200,000.00</td><td>November 12, 2026</td><td>-</td></tr>
<tr><td>RFQ-2026-118</td><td><a href="/bids-and-awards/rfq-2026-118-office-supplies/">Request for Quotation – Office Supplies</a></td><td>95,000.00</td><td>November 6, 2026</td><td>November 13, 2026</td></tr>
<tr><td>ITB-2026-038</td><td><a href="/bids-and-awards/itb-2026-038-rehabilitation-of-municipal-gym/">Rehabilitation of Municipal Gymnasium Roofing</a></td><td>2,300,000.00</td><td>October 22, 2026</td><td>November 5, 2026</td></tr>
<tr><td>ITB-2026-035</td><td><a href="/bids-and-awards/itb-2026-035-ambulance/">Procurement of One (1) Unit Patient Transport Vehicle</a></td><td>3,100,000.00</td><td>October 1, 2026</td><td>October 15, 2026</td></tr>
</tbody></table></div></article>
""")

# --------------------------------------------------------------------------
# Site 4: Kenyan county government (custom Laravel theme), ordinal dates, healthy
# --------------------------------------------------------------------------

KE_HOST = "kimara.go.ke"

KE_MENU = {
    "The County": ["About Kimara", "County Map", "Sub-Counties", "Wards", "County Profile", "Investment Opportunities"],
    "Executive": ["H.E. The Governor", "Deputy Governor", "County Executive Committee", "County Secretary", "Chief Officers"],
    "Departments": ["Finance & Economic Planning", "Health Services", "Agriculture, Livestock & Fisheries", "Education & ICT", "Roads, Transport & Public Works", "Water & Environment", "Trade & Cooperatives", "Lands, Housing & Urban Development", "Gender, Youth & Sports", "Public Service Management"],
    "County Assembly": ["Speaker", "Members of County Assembly", "Hansard", "Bills", "Acts"],
    "Media Centre": ["News", "Press Releases", "Speeches", "Photo Gallery", "Videos"],
    "Opportunities": ["Tenders", "Careers", "Internships", "Bursaries"],
    "Downloads": ["County Integrated Development Plan", "Budget Documents", "Finance Bills", "Forms", "Reports"],
    "E-Services": ["Single Business Permit", "Land Rates", "Parking Fees", "Market Fees", "Health Facility Bills"],
}


def _ke_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="u8PQ0xK2hRmL3w9TtF1sY2a7bE5cV6nJqZ4dG8kH">
<title>{title} | County Government of Kimara</title>
<link href="/css/app.css?id=8f2b1c" rel="stylesheet"><link href="https://fonts.googleapis.com/css2?family=Poppins:wght@400;600&display=swap" rel="stylesheet">
{_css("kc", 130)}
</head>
<body>
<div class="top-bar"><div class="container"><span><i class="fa fa-phone"></i> +254 709 000 000</span> <span><i class="fa fa-envelope"></i> info@{KE_HOST}</span>
<span class="social"><a href="https://www.facebook.com/KimaraCountyGov">Facebook</a> <a href="https://x.com/KimaraCountyGov">X</a> <a href="https://www.youtube.com/@kimaracounty">YouTube</a></span></div></div>
<header class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/"><img src="/images/logo.png" alt="County Government of Kimara"><span>County Government of Kimara</span><small>Ustawi kwa Wote</small></a>
{_menu(KE_MENU, "")}</div></header>
{body}
<footer class="footer bg-green"><div class="container"><div class="row">
<div class="col-md-4"><h5>County Government of Kimara</h5><p>County Headquarters, Governor's Office Building<br>P.O. Box 120-40300, Kimara Town<br>Toll free: 0800 720 123</p></div>
<div class="col-md-4"><h5>Quick Links</h5><ul><li><a href="/tenders">Tenders</a></li><li><a href="/careers">Careers</a></li><li><a href="/downloads/cidp">CIDP 2023-2027</a></li><li><a href="https://www.kenya.go.ke/">Kenya Government</a></li><li><a href="https://cog.go.ke/">Council of Governors</a></li><li><a href="https://tenders.go.ke/">PPIP</a></li></ul></div>
<div class="col-md-4"><h5>Newsletter</h5><form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your email"><button>Subscribe</button></form></div>
</div><p class="copyright">&copy; 2026 County Government of Kimara. All Rights Reserved. | <a href="/privacy-policy">Privacy Policy</a></p></div></footer>
{_js_tail("G-KIMARA2026")}
</body></html>
"""


_ke_press = [
    ("/press-releases/governor-flags-off-free-maternity-ambulances", "Governor flags off 15 ambulances for free maternity referral services", "24th November 2026"),
    ("/press-releases/statement-on-ongoing-short-rains-and-flood-preparedness", "Statement on the ongoing short rains and flood preparedness", "20th November 2026"),
    ("/press-releases/county-releases-ksh-120m-bursary-funds", "County releases Ksh 120M bursary funds to 18,000 needy students", "13th November 2026"),
    ("/press-releases/kimara-signs-mou-with-kemri-on-malaria-research", "Kimara signs MoU with KEMRI on malaria research", "5th November 2026"),
]

KE_HOME = _ke_page("Home", f"""
<section class="hero carousel slide" data-bs-ride="carousel"><div class="carousel-inner">
<div class="carousel-item active"><img src="/storage/slides/maternity-ambulances.jpg" alt="Ambulances"><div class="carousel-caption"><h2>Quality Healthcare for All</h2></div></div>
<div class="carousel-item"><img src="/storage/slides/kimara-fish-market.jpg" alt="Fish market"><div class="carousel-caption"><h2>Blue Economy</h2></div></div></div></section>
<section class="governor-message container"><div class="row"><div class="col-md-3"><img src="/storage/governor.jpg" alt="H.E. Governor"></div>
<div class="col-md-9"><h3>Welcome Message from H.E. the Governor</h3><p>Welcome to the official website of the County Government of Kimara. Our administration is committed to transparent and accountable service delivery under the County Integrated Development Plan (CIDP) 2023-2027, focusing on health, agriculture, water and youth empowerment.</p></div></div></section>
<section class="container news-section"><div class="row">
<div class="col-md-8"><div class="section-title"><h3>Press Releases</h3><a href="/press-releases" class="btn-more">View all</a></div>
<div class="row">{''.join(f'<div class="col-md-6"><div class="card news-card"><img class="card-img-top" src="/storage/news/{i}.jpg" alt=""><div class="card-body"><p class="card-date"><i class="fa fa-calendar"></i> {d}</p><h5 class="card-title"><a href="{h}">{t}</a></h5></div></div></div>' for i, (h, t, d) in enumerate(_ke_press))}</div></div>
<div class="col-md-4"><div class="section-title"><h3>Notices</h3><a href="/notices" class="btn-more">View all</a></div>
<ul class="notice-list">
<li><a href="/notices/public-participation-forums-finance-bill-2027">Public Notice: Public participation forums on the Kimara Finance Bill 2027</a><span>Posted on 23rd Nov, 2026</span></li>
<li><a href="/notices/gazette-notice-on-county-spatial-plan">Notice of completion of the County Spatial Plan</a><span>Posted on 16th Nov, 2026</span></li>
<li><a href="/notices/closure-of-kimara-municipal-market-for-fumigation">Closure of Kimara Municipal Market for fumigation</a><span>Posted on 9th Nov, 2026</span></li>
</ul></div></div></section>
<section class="container opportunities"><div class="row">
<div class="col-md-6"><div class="section-title"><h3>Tenders</h3><a href="/tenders" class="btn-more">All tenders</a></div>
<table class="table table-striped"><thead><tr><th>Tender No.</th><th>Description</th><th>Closing Date</th></tr></thead><tbody>
<tr><td>CGK/RTPW/OT/041/2026-2027</td><td><a href="/tenders/cgk-rtpw-ot-041">Gravelling of Nyamasaria–Kotieno road</a></td><td>3rd December 2026</td></tr>
<tr><td>CGK/HS/OT/038/2026-2027</td><td><a href="/tenders/cgk-hs-ot-038">Supply of pharmaceuticals to county health facilities</a></td><td>1st December 2026</td></tr>
<tr><td>CGK/WE/OT/035/2026-2027</td><td><a href="/tenders/cgk-we-ot-035">Drilling and equipping of 6 boreholes</a></td><td>10th December 2026</td></tr>
</tbody></table></div>
<div class="col-md-6"><div class="section-title"><h3>Careers</h3><a href="/careers" class="btn-more">All vacancies</a></div>
<ul class="career-list">
<li><a href="/careers/ward-administrators-10-posts">Ward Administrators (10 Posts) – Public Service Board</a><small>Posted: 18th Nov, 2026 · Deadline: 9th Dec, 2026</small></li>
<li><a href="/careers/clinical-officers-20-posts">Clinical Officers (20 Posts) – Health Services</a><small>Posted: 11th Nov, 2026 · Deadline: 2nd Dec, 2026</small></li>
<li><a href="/careers/internship-programme-2026-2027">County Internship Programme 2026/2027</a><small>Posted: 28th Oct, 2026 · Deadline: 15th Nov, 2026</small></li>
</ul></div></div></section>
<section class="container services-grid"><h3>County E-Services</h3><div class="row">{''.join(f'<div class="col-md-3"><a class="service-tile" href="https://kimara.go.ke/e-services/{i}"><i class="fa fa-check"></i> {s}</a></div>' for i, s in enumerate(["Single Business Permit", "Land Rates", "Parking Fees", "Market Fees", "Health Facility Bills", "Liquor Licensing", "Building Approvals", "Fire Compliance", "Cess Payments", "Advertising Permits", "Bursary Application", "Complaints"]))}</div></section>
<section class="container gallery"><h3>Photo Gallery</h3><ul>{_gallery("", 20, "County event")}</ul></section>
""")

KE_PRESS = _ke_page("Press Releases", f"""
<section class="page-header"><div class="container"><h1>Press Releases</h1><nav aria-label="breadcrumb"><a href="/">Home</a> / Media Centre / Press Releases</nav></div></section>
<section class="container"><div class="row">{''.join(f'<div class="col-md-4"><div class="card news-card"><div class="card-body"><p class="card-date"><i class="fa fa-calendar"></i> {d}</p><h5 class="card-title"><a href="{h}">{t}</a></h5><a href="{h}" class="read-more">Read more</a></div></div></div>' for h, t, d in _ke_press + [("/press-releases/county-assembly-approves-supplementary-budget", "County Assembly approves first supplementary budget 2026/2027", "29th October 2026"), ("/press-releases/mashujaa-day-celebrations", "Mashujaa Day celebrations held at Kimara Stadium", "20th October 2026")])}</div>
<ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="/press-releases?page=2">2</a></li><li class="page-item"><a class="page-link" href="/press-releases?page=2">Next &raquo;</a></li></ul></section>
""")

KE_TENDERS = _ke_page("Tenders", """
<section class="page-header"><div class="container"><h1>Tenders</h1></div></section>
<section class="container"><table class="table table-bordered"><thead><tr><th>#</th><th>Tender No.</th><th>Description</th><th>Date Published</th><th>Closing Date</th><th>Document</th></tr></thead><tbody>
<tr><td>1</td><td>CGK/RTPW/OT/041/2026-2027</td><td>Gravelling of Nyamasaria–Kotieno road</td><td>19th November 2026</td><td>3rd December 2026</td><td><a href="/storage/tenders/CGK-RTPW-OT-041.pdf">Download</a></td></tr>
<tr><td>2</td><td>CGK/HS/OT/038/2026-2027</td><td>Supply of pharmaceuticals to county health facilities</td><td>17th November 2026</td><td>1st December 2026</td><td><a href="/storage/tenders/CGK-HS-OT-038.pdf">Download</a></td></tr>
<tr><td>3</td><td>CGK/WE/OT/035/2026-2027</td><td>Drilling and equipping of 6 boreholes</td><td>12th November 2026</td><td>10th December 2026</td><td><a href="/storage/tenders/CGK-WE-OT-035.pdf">Download</a></td></tr>
<tr><td>4</td><td>CGK/FEP/RFQ/112/2026-2027</td><td>Printing of Finance Bill 2027 booklets</td><td>2nd November 2026</td><td>9th November 2026</td><td><a href="/storage/tenders/CGK-FEP-RFQ-112.pdf">Download</a></td></tr>
<tr><td>5</td><td>CGK/AG/OT/030/2026-2027</td><td>Supply of certified maize seed</td><td>14th October 2026</td><td>28th October 2026</td><td><a href="/storage/tenders/CGK-AG-OT-030.pdf">Download</a></td></tr>
</tbody></table></section>
""")

# --------------------------------------------------------------------------
# Site 5: Nigerian state ministry on a broken Joomla 3 template, stale (Sept 2026)
# --------------------------------------------------------------------------

NG_HOST = "health.oyarastate.gov.ng"


def _ng_item(slug: str, title: str, published: str, hits: int, intro: str) -> str:
    return f"""<div class="items-row cols-1 row-0 row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="/index.php/news/{slug}" itemprop="url">{title}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author">Written by <span itemprop="name">PRO Health</span></dd>
<dd class="category-name">Category: <a href="/index.php/news" itemprop="genre">News</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{published}" itemprop="datePublished">Published: {published}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}">Hits: {hits}</dd></dl>
<p>{intro}</p>
<p class="readmore"><a class="btn" href="/index.php/news/{slug}" itemprop="url"><span class="icon-chevron-right" aria-hidden="true"></span> Read more: {title}</a></p>
</div></div></div>
"""


_ng_news = [
    ("commissioner-inaugurates-primary-health-centre-at-ikole", "Commissioner inaugurates revitalised Primary Health Centre at Ikole", "15 September 2026", 312, "The Honourable Commissioner for Health, Dr. Folasade Adeyemi, has inaugurated the revitalised Primary Health Centre at Ikole under the Basic Health Care Provision Fund."),
    ("ministry-begins-second-round-of-measles-vaccination", "Ministry begins second round of measles vaccination campaign", "2 September 2026", 540, "The State Primary Health Care Development Agency will vaccinate children aged 9 to 59 months in all 16 local government areas."),
    ("cholera-advisory-residents-urged-to-observe-hygiene", "Cholera advisory: residents urged to observe personal hygiene", "21 August 2026", 1207, "Following reported cases in two LGAs, the Ministry urges residents to boil drinking water and report symptoms at the nearest health facility."),
    ("state-receives-malaria-commodities-from-global-fund", "State receives malaria commodities from Global Fund partners", "6 August 2026", 276, "Long-lasting insecticidal nets and rapid diagnostic test kits worth N450 million were received at the central medical store."),
]


def _ng_page(title: str, body: str) -> str:
    menu = "".join(f'<li class="item-{100 + i}"><a href="/index.php/{s.lower().replace(" ", "-")}">{s}</a></li>' for i, s in enumerate([
        "Home", "About Us", "Commissioner", "Permanent Secretary", "Departments", "Agencies", "Parastatals", "News", "Announcements",
        "Health Facilities", "Programmes", "Publications", "Downloads", "Gallery", "Contact Us"]))
    agencies = "".join(f'<li><a href="/index.php/agencies/{a.lower().replace(" ", "-")}">{a}</a></li>' for a in [
        "State Primary Health Care Development Agency", "Hospitals Management Board", "State Health Insurance Agency", "College of Health Technology",
        "School of Nursing and Midwifery", "State AIDS Control Agency", "Central Medical Stores", "Drug Management Agency", "Teaching Hospital",
        "Blood Transfusion Service", "Emergency Medical Services", "Traditional Medicine Board"])
    return f"""
<br />
<b>Warning</b>:  count(): Parameter must be an array or an object that implements Countable in <b>/home/oyarahealth/public_html/templates/gk_medicine/lib/framework/helper.layout.php</b> on line <b>140</b><br />
<br />
<b>Deprecated</b>:  Methods with the same name as their class will not be constructors in a future version of PHP; JCacheStorageWincache has a deprecated constructor in <b>/home/oyarahealth/public_html/libraries/joomla/cache/storage/wincache.php</b> on line <b>19</b><br />
<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{title}</title>
	<link href="/templates/gk_medicine/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css" rel="stylesheet" />
	<link href="/templates/gk_medicine/css/template.css" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?3b5e7d"></script>
	<script src="/media/jui/js/jquery-noconflict.js?3b5e7d"></script>
	<script src="/media/system/js/caption.js?3b5e7d"></script>
	<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
{_css("gk", 120)}
</head>
<body class="site com_content view-featured no-layout no-task itemid-101">
<div id="gkTop"><div class="gkPage">
 <div id="gkDate">Thursday, 26 November 2026</div>
 <a href="/" id="gkLogo"><img src="/images/logo-moh.png" alt="Oyara State Ministry of Health"></a>
 <div id="gkMainMenu"><ul class="nav menu mod-list">{menu}</ul>
</div>
<div id="gkHeader"><div class="gkPage"><div class="moduletable slideshow"><img src="/images/slides/slide1.jpg" alt="Healthy Oyara"><img src="/images/slides/slide2.jpg" alt="Vaccination"></div>
<div id="gkContent"><div class="gkPage">
<div id="system-message-container">
	</div>
<div id="gkMainbody">{body}
<div id="gkSidebar"><div class="moduletable"><h3>Agencies &amp; Parastatals</h3><ul>{agencies}</ul></div>
<div class="moduletable"><h3>Visitors Counter</h3><div class="vcnt"><p>Today: 38</p><p>Yesterday: 112</p><p>This Month: 2,904</p><p>All days: 418,337</p><p>Your IP: 102.89.23.4<br>Server Time: 2026-11-26 09:14:52</p></div></div>
<div class="moduletable"><h3>Follow Us</h3><a href="https://www.facebook.com/OyaraMOH">Facebook</a> <a href="https://twitter.com/OyaraMOH">Twitter</a></div>
<div id="gkBottom"><div class="gkPage"><div class="moduletable"><h3>Quick Links</h3><ul><li><a href="https://oyarastate.gov.ng">Oyara State Government</a></li><li><a href="https://www.health.gov.ng">Federal Ministry of Health</a></li><li><a href="https://ncdc.gov.ng">NCDC</a></li><li><a href="https://nphcda.gov.ng">NPHCDA</a></li><li><a href="https://www.who.int/nigeria">WHO Nigeria</a></li></ul></div>
<footer id="gkFooter"><p id="gkCopyrights">Copyright &copy; 2026 Oyara State Ministry of Health. All Rights Reserved. Designed by Tekpoint Solutions.</p>
<p><a href="/index.php/privacy">Privacy</a> | <a href="/index.php/sitemap">Sitemap</a></p>
<script>
window.fbAsyncInit = function() {{ FB.init({{ appId: '1234567890', xfbml: true, version: 'v3.2' }}); }};
</script>
</body>
"""


NG_HOME = _ng_page("Home - Oyara State Ministry of Health", f"""
<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
<h2 class="componentheading">Latest News</h2>
{''.join(_ng_item(*n) for n in _ng_news[:3])}
<a href="/index.php/news" class="more">More News</a>
</div>
<div class="moduletable announcements"><h3>Announcements</h3>
<ul class="latestnews mod-list">
<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/announcements/recruitment-of-health-workers-under-bhcpf" itemprop="url"><span itemprop="name">Recruitment of health workers under BHCPF – shortlisted candidates</span></a> <span class="mod-articles-category-date">20 August 2026</span></li>
<li><a href="/index.php/announcements/world-breastfeeding-week-2026"><span>World Breastfeeding Week 2026: programme of events</span></a> <span class="mod-articles-category-date">1 August 2026</span></li>
<li><a href="/index.php/announcements/notice-of-verification-exercise"><span>Notice of staff verification exercise</span></a> <span class="mod-articles-category-date">14 July 2026</span></li>
</ul><a href="/index.php/announcements">All Announcements</a></div>
<div class="moduletable programmes"><h3>Our Programmes</h3><ul>{''.join(f'<li><a href="/index.php/programmes/{p.lower().replace(" ", "-")}">{p}</a></li>' for p in ["Maternal and Child Health", "Malaria Elimination", "HIV/AIDS Control", "Tuberculosis and Leprosy Control", "Routine Immunization", "Nutrition", "Non-Communicable Diseases", "Health Insurance (OYSHIA)", "Free Health Mission", "Eye Care", "Mental Health", "Emergency Response"])}</ul></div>
""")

NG_NEWS = _ng_page("News - Oyara State Ministry of Health", f"""
<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>News</h1></div>
{''.join(_ng_item(*n) for n in _ng_news)}
<div class="pagination"><p class="counter pull-right">Page 1 of 9</p><ul><li class="pagination-start"><span class="pagenav">Start</span></li><li class="active"><span class="pagenav">1</span></li><li><a href="/index.php/news?start=4" class="pagenav">2</a></li><li><a href="/index.php/news?start=4" class="pagenav">Next</a></li><li><a href="/index.php/news?start=32" class="pagenav">End</a></li></ul></div>
</div>
""")

# --------------------------------------------------------------------------
# Site 6: Pakistani provincial department, PDF-only notices, dates in link text
# --------------------------------------------------------------------------

PK_HOST = "health.mehran.gov.pk"


def _pk_page(title: str, body: str) -> str:
    side = "".join(f'<li><a href="/{s.lower().replace(" ", "-").replace("/", "-")}">{s}</a></li>' for s in [
        "Introduction", "Minister Health", "Secretary Health", "Organogram", "Attached Departments", "Director General Health Services",
        "Teaching Hospitals", "District Health Authorities", "Vertical Programs", "EPI", "Hepatitis Control Program", "TB Control Program",
        "Malaria Control Program", "MNCH Program", "Nutrition Program", "Health Care Commission", "Drug Testing Laboratories", "Budget", "Right to Information", "Contact Us"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title} - Health Department, Government of Mehran</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/style.css">
{_css("pk", 110)}
</head>
<body>
<div class="header-top"><div class="container"><span class="urdu"><a href="/ur">اردو</a></span> | <span>Helpline: 1123</span> | <span><a href="/complaints">Complaint Cell</a></span></div></div>
<div class="header"><div class="container"><a href="/"><img src="/assets/images/govt-logo.png" alt="Government of Mehran"></a><h1>Health Department<small>Government of Mehran</small></h1></div></div>
<nav class="navbar"><div class="container"><ul class="nav navbar-nav">
<li><a href="/">Home</a></li><li><a href="/about">About Us</a></li><li><a href="/notifications">Notifications</a></li><li><a href="/transfer-posting">Transfer / Posting</a></li>
<li><a href="/tenders">Tenders</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/policies">Policies &amp; Acts</a></li><li><a href="/downloads">Downloads</a></li><li><a href="/contact">Contact</a></li></ul></div></nav>
<div class="container"><div class="row"><div class="col-md-3"><div class="sidebar-menu"><h4>Department</h4><ul>{side}</ul></div></div>
<div class="col-md-9">{body}</div></div></div>
<footer><div class="container"><p>Health Department, Government of Mehran, Civil Secretariat, Mehran City. Ph: 091-9210000</p>
<p>&copy; 2026 Health Department. Developed by Mehran Information Technology Board (MITB).</p></div></footer>
{_js_tail("UA-112233-1")}
</body></html>
"""


_pk_notifs = [
    ("Notification dated 20.11.2026 regarding winter vacation schedule of health training institutes", "2026/11/notif-winter-vacation.pdf"),
    ("Notification dated 17.11.2026 regarding constitution of Dengue Task Force", "2026/11/notif-dengue-taskforce.pdf"),
    ("Notification dated 09.11.2026 regarding revised timings of OPD in DHQ hospitals", "2026/11/notif-opd-timings.pdf"),
    ("Notification dated 28.10.2026 regarding ban on sale of sub-standard IV fluids", "2026/10/notif-iv-fluids.pdf"),
    ("Notification dated 14.10.2026 regarding Health Card (Sehat Card Plus) empanelment", "2026/10/notif-sehat-card.pdf"),
]
_pk_orders = [
    ("Order dated 18.11.2026 – Transfer/posting of Medical Officers (BS-17)", "2026/11/order-mo-bs17.pdf"),
    ("Order dated 12.11.2026 – Posting of Medical Superintendents", "2026/11/order-ms-posting.pdf"),
    ("Order dated 02.11.2026 – Transfer of Charge Nurses (BS-16)", "2026/11/order-charge-nurses.pdf"),
]
_pk_tenders = [
    ("Tender Notice dated 12.11.2026 for procurement of medicines for FY 2026-27", "2026/11/tender-medicines.pdf"),
    ("Tender Notice dated 03.11.2026 for purchase of ambulances (Rescue 1122 pattern)", "2026/11/tender-ambulances.pdf"),
    ("Corrigendum dated 27.10.2026 to tender for bio-medical equipment", "2026/10/corrigendum-equipment.pdf"),
]
_pk_jobs = [
    ("Advertisement dated 05.11.2026 for recruitment of Lady Health Workers", "2026/11/advt-lhw.pdf"),
    ("Advertisement dated 21.10.2026 for posts of Dispensers and Ward Servants", "2026/10/advt-dispensers.pdf"),
]


def _pk_list(rows: list[tuple[str, str]]) -> str:
    return "<ul class=\"doc-list\">" + "".join(
        f'<li><i class="fa fa-file-pdf-o"></i> <a href="/uploads/{p}" target="_blank">{t}</a></li>' for t, p in rows) + "</ul>"


PK_HOME = _pk_page("Home", f"""
<div id="carousel" class="carousel"><img src="/assets/images/slider/polio.jpg" alt="Polio campaign"><img src="/assets/images/slider/sehat-card.jpg" alt="Sehat Card"></div>
<div class="row">
<div class="col-md-6"><div class="panel panel-default"><div class="panel-heading"><h3>Notifications</h3></div><div class="panel-body">{_pk_list(_pk_notifs[:4])}<a href="/notifications" class="pull-right">View All</a></div></div></div>
<div class="col-md-6"><div class="panel panel-default"><div class="panel-heading"><h3>Transfer / Posting Orders</h3></div><div class="panel-body">{_pk_list(_pk_orders)}<a href="/transfer-posting" class="pull-right">View All</a></div></div></div>
</div><div class="row">
<div class="col-md-6"><div class="panel panel-default"><div class="panel-heading"><h3>Tenders</h3></div><div class="panel-body">{_pk_list(_pk_tenders)}<a href="/tenders" class="pull-right">View All</a></div></div></div>
<div class="col-md-6"><div class="panel panel-default"><div class="panel-heading"><h3>Jobs</h3></div><div class="panel-body">{_pk_list(_pk_jobs)}<a href="/jobs" class="pull-right">View All</a></div></div></div>
</div>
<div class="panel minister"><h3>Message of the Minister for Health</h3><p>The Health Department is committed to universal health coverage through the Sehat Card Plus programme, strengthening of primary health care and the eradication of polio from the province.</p></div>
<div class="panel links"><h3>Useful Links</h3><ul>{''.join(f'<li><a href="https://{u}">{u}</a></li>' for u in ["www.nhsrc.gov.pk", "www.dra.gov.pk", "www.endpolio.com.pk", "www.pmdc.pk", "www.sehatcard.gov.pk", "www.mitb.gov.pk"])}</ul></div>
""")

PK_NOTIFS = _pk_page("Notifications", f"""
<h2>Notifications</h2>
<table class="table table-bordered table-striped"><thead><tr><th>Sr. No.</th><th>Subject</th><th>Download</th></tr></thead><tbody>
{''.join(f'<tr><td>{i + 1}</td><td>{t}</td><td><a href="/uploads/{p}" target="_blank"><img src="/assets/images/pdf.png" alt="PDF"> Download</a></td></tr>' for i, (t, p) in enumerate(_pk_notifs + [("Notification dated 30.09.2026 regarding anti-dengue SOPs", "2026/09/notif-dengue-sop.pdf"), ("Notification dated 18.09.2026 regarding rationalization of posts", "2026/09/notif-posts.pdf")]))}
</tbody></table>
<ul class="pagination"><li class="active"><a>1</a></li><li><a href="/notifications?page=2">2</a></li><li><a href="/notifications?page=3">3</a></li></ul>
""")

# --------------------------------------------------------------------------
# Site 7: Caribbean island government on Drupal 7 (Government Notices, Gazette)
# --------------------------------------------------------------------------

CB_HOST = "www.gov.stmarella.kn"


def _d7_row(i: int, href: str, title: str, iso: str, shown: str, extra: str = "") -> str:
    parity = "odd" if i % 2 == 0 else "even"
    return f"""<div class="views-row views-row-{i + 1} views-row-{parity}">
  <div class="views-field views-field-title"><span class="field-content"><a href="{href}">{title}</a></span></div>
  <div class="views-field views-field-field-date"><div class="field-content"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="{iso}T00:00:00-04:00">{shown}</span></div></div>{extra}
</div>"""


_cb_notices = [
    ("/content/notice-public-holiday-independence-day-2026", "Notice: Public Holidays – Independence Day Celebrations 2026", "2026-11-23", "Monday, November 23, 2026"),
    ("/content/notice-closure-basseterre-ferry-terminal", "Notice of temporary closure of the Charlestown ferry terminal", "2026-11-18", "Wednesday, November 18, 2026"),
    ("/content/inland-revenue-vat-filing-extension", "Inland Revenue Department: VAT filing deadline extension", "2026-11-13", "Friday, November 13, 2026"),
    ("/content/ministry-health-influenza-vaccination-clinics", "Ministry of Health: influenza vaccination clinics schedule", "2026-11-06", "Friday, November 6, 2026"),
]
_cb_gazette = [
    ("/sites/default/files/gazette/2026/Official%20Gazette%20No.%2047%20of%202026.pdf", "Official Gazette Vol. 98 No. 47", "2026-11-20", "Friday, 20th November, 2026"),
    ("/sites/default/files/gazette/2026/Extraordinary%20Gazette%20No.%2046A.pdf", "Extraordinary Gazette No. 46A – Statutory Rules and Orders No. 31 of 2026", "2026-11-16", "Monday, 16th November, 2026"),
    ("/sites/default/files/gazette/2026/Official%20Gazette%20No.%2046%20of%202026.pdf", "Official Gazette Vol. 98 No. 46", "2026-11-13", "Friday, 13th November, 2026"),
    ("/sites/default/files/gazette/2026/Official%20Gazette%20No.%2045%20of%202026.pdf", "Official Gazette Vol. 98 No. 45", "2026-11-06", "Friday, 6th November, 2026"),
]
_cb_press = [
    ("/news/prime-minister-addresses-nation-budget-consultations", "Prime Minister addresses the nation on 2027 budget consultations", "2026-11-25", "November 25, 2026"),
    ("/news/new-solar-farm-commissioned", "New 35 MW solar farm commissioned in St. Peter's", "2026-11-19", "November 19, 2026"),
    ("/news/cruise-season-opens-record-arrivals", "2026/2027 cruise season opens with record arrivals", "2026-11-10", "November 10, 2026"),
]


def _cb_page(title: str, body: str) -> str:
    menu = {
        "Government": ["Governor General", "Prime Minister", "Cabinet", "National Assembly", "Ministries", "Statutory Bodies", "Embassies & Consulates"],
        "Citizens": ["Passports", "Driver's Licence", "Birth Certificates", "Social Security", "Education", "Health Services", "Elections"],
        "Business": ["Starting a Business", "Investment", "Customs", "Inland Revenue", "Citizenship by Investment", "Financial Services"],
        "Visitors": ["Entry Requirements", "Tourism Authority", "Culture", "Carnival"],
        "Media": ["Press Releases", "Government Notices", "Gazette", "Speeches", "Photo Gallery", "ZIZ Broadcasting"],
        "Documents": ["Legislation", "Budget Addresses", "Reports", "Forms", "Policies"],
    }
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{title} | Government of St. Marella</title>
<style type="text/css" media="all">@import url("/modules/system/system.base.css?s4h2p1");@import url("/sites/all/modules/views/css/views.css?s4h2p1");@import url("/sites/all/themes/marella/css/style.css?s4h2p1");</style>
{_css("d7", 120)}
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?s4h2p1"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"marella","theme_token":"Xy7kPq2"}}}});</script>
</head>
<body class="html front not-logged-in two-sidebars page-node">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="Home" rel="home" id="logo"><img src="/sites/default/files/coat_of_arms.png" alt="Home" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Government of St. Marella</span></a></strong></div><div id="site-slogan">Country Above Self</div></div>
<div class="region region-header"><div id="block-search-form" class="block block-search"><form action="/" method="post" id="search-block-form" accept-charset="UTF-8"><input type="text" name="search_block_form" /><input type="submit" value="Search" /></form></div></div></div></div>
<div id="navigation"><div class="section">{_menu(menu, "")}</div></div>
<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section"><a id="main-content"></a>
{body}
</div></div></div></div>
<div id="footer"><div class="section"><div class="region region-footer">
<div class="block"><p>Government Headquarters, Church Street, Basseterre Town, St. Marella, West Indies. Tel: (869) 467-1000</p>
<p>Copyright &copy; 2026 Government of St. Marella. All rights reserved. | <a href="/disclaimer">Disclaimer</a> | <a href="/privacy">Privacy</a></p></div></div></div></div>
</div></div>
</body></html>
"""


CB_HOME = _cb_page("Home", f"""
<div class="region region-content">
<div id="block-views-slideshow-block" class="block"><div class="views-slideshow"><img src="/sites/default/files/slides/independence.jpg" alt="Independence 2026" /><img src="/sites/default/files/slides/solar.jpg" alt="Solar farm" /></div></div>
<div id="block-views-press-releases-block" class="block block-views"><h2>Press Releases</h2><div class="content"><div class="view view-press-releases view-id-press_releases view-display-id-block">
<div class="view-content">{''.join(_d7_row(i, h, t, iso, s) for i, (h, t, iso, s) in enumerate(_cb_press))}</div>
<div class="more-link"><a href="/press-releases">more</a></div></div></div></div>
<div id="block-views-government-notices-block" class="block block-views"><h2>Government Notices</h2><div class="content"><div class="view view-government-notices view-id-government_notices view-display-id-block">
<div class="view-content">{''.join(_d7_row(i, h, t, iso, s) for i, (h, t, iso, s) in enumerate(_cb_notices))}</div>
<div class="more-link"><a href="/government-notices">more</a></div></div></div></div>
<div id="block-views-gazette-block" class="block block-views"><h2>Gazette</h2><div class="content"><div class="view view-gazette view-id-gazette view-display-id-block">
<div class="view-content">{''.join(_d7_row(i, h, t, iso, s, '<div class="views-field views-field-field-file"><span class="file"><img class="file-icon" alt="PDF icon" src="/modules/file/icons/application-pdf.png" /> PDF (1.2 MB)</span></div>') for i, (h, t, iso, s) in enumerate(_cb_gazette[:3]))}</div>
<div class="more-link"><a href="/gazette">more</a></div></div></div></div>
<div id="block-block-7" class="block"><h2>Ministries</h2><div class="content"><ul>{''.join(f'<li><a href="/ministries/{m.lower().replace(" ", "-").replace(",", "")}">{m}</a></li>' for m in ["Office of the Prime Minister", "Ministry of Finance", "Ministry of Foreign Affairs", "Ministry of Health", "Ministry of Education", "Ministry of Agriculture, Fisheries and Marine Resources", "Ministry of Tourism", "Ministry of National Security", "Ministry of Public Infrastructure", "Ministry of Sustainable Development", "Ministry of Community Development", "Ministry of Justice and Legal Affairs", "Ministry of Youth Empowerment and Sports", "Ministry of Environment and Climate Action"])}</ul></div></div>
</div>
""")

CB_GAZETTE = _cb_page("Gazette", f"""
<h1 class="title" id="page-title">Gazette</h1>
<div class="view view-gazette view-id-gazette view-display-id-page">
<div class="view-filters"><form action="/gazette" method="get"><label>Year</label><select name="year"><option>2026</option><option>2025</option><option>2024</option></select><input type="submit" value="Apply" /></form></div>
<div class="view-content">{''.join(_d7_row(i, h, t, iso, s, '<div class="views-field views-field-field-file"><span class="file">PDF</span></div>') for i, (h, t, iso, s) in enumerate(_cb_gazette + [("/sites/default/files/gazette/2026/Official%20Gazette%20No.%2044%20of%202026.pdf", "Official Gazette Vol. 98 No. 44", "2026-10-30", "Friday, 30th October, 2026")]))}</div>
<h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager"><li class="pager-current first">1</li><li class="pager-item"><a href="/gazette?page=1">2</a></li><li class="pager-next"><a href="/gazette?page=1">next ›</a></li><li class="pager-last last"><a href="/gazette?page=11">last »</a></li></ul></div>
</div>
""")

CB_NOTICES = _cb_page("Government Notices", f"""
<h1 class="title" id="page-title">Government Notices</h1>
<div class="view view-government-notices view-id-government_notices view-display-id-page"><div class="view-content">
{''.join(_d7_row(i, h, t, iso, s) for i, (h, t, iso, s) in enumerate(_cb_notices + [("/content/notice-land-registry-relocation", "Notice: relocation of the Land Registry", "2026-10-29", "Thursday, October 29, 2026")]))}
</div><div class="item-list"><ul class="pager"><li class="pager-current first">1</li><li class="pager-item"><a href="/government-notices?page=1">2</a></li></ul></div></div>
""")

# --------------------------------------------------------------------------
# Site 8: South African local municipality (WordPress + Divi), IDP by financial year
# --------------------------------------------------------------------------

ZA_HOST = "www.mzinyathi.gov.za"


def _za_page(title: str, body: str) -> str:
    menu = {
        "Municipality": ["About Us", "Mayor", "Speaker", "Council", "Ward Councillors", "Municipal Manager", "Senior Management", "Wards"],
        "Services": ["Water & Sanitation", "Electricity", "Refuse Removal", "Roads & Stormwater", "Traffic & Licensing", "Libraries", "Indigent Support", "Fire & Disaster Management"],
        "Documents": ["IDP", "Budget", "Annual Reports", "SDBIP", "By-Laws", "Policies", "Council Minutes", "MFMA Section 75", "Valuation Roll"],
        "Opportunities": ["Tenders", "Quotations", "Vacancies", "Bursaries", "Supplier Database"],
        "Media": ["News", "Public Notices", "Newsletters", "Events", "Gallery"],
        "Contact": ["Offices", "Emergency Numbers", "Report a Fault", "Complaints"],
    }
    return f"""<!DOCTYPE html>
<html lang="en-ZA">
<head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title} | Mzinyathi Local Municipality</title>
<meta name="generator" content="WordPress 6.5.5" /><link rel="stylesheet" id="divi-style-css" href="/wp-content/themes/Divi/style-static.min.css?ver=4.27.1" media="all" />
{_css("et", 150)}
</head>
<body class="home page-template-default et_pb_button_helper_class et_fullwidth_nav et_divi_theme">
<div id="page-container"><div id="top-header"><div class="container"><div id="et-info"><span id="et-info-phone">034 299 9000</span> <a href="mailto:info@mzinyathi.gov.za"><span id="et-info-email">info@mzinyathi.gov.za</span></a></div>
<div id="et-secondary-menu"><a href="https://www.facebook.com/MzinyathiLM">Facebook</a> <a href="/report-a-fault/">Report a Fault</a> <a href="https://easypay.example.za/">Pay Your Account</a></div></div></div>
<header id="main-header"><div class="container"><div class="logo_container"><a href="/"><img src="/wp-content/uploads/2022/06/mzinyathi-logo.png" alt="Mzinyathi Local Municipality" id="logo" /></a></div>
<div id="et-top-navigation">{_menu(menu, "")}</div></div></header>
<div id="et-main-area"><div id="main-content">{body}</div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">
<div class="footer-widget"><h4 class="title">Contact</h4><p>Civic Centre, 12 Victoria Street, Dundee Road, 3000<br>Private Bag X1001<br>Tel: 034 299 9000</p></div>
<div class="footer-widget"><h4 class="title">Emergency</h4><p>Water &amp; Electricity faults (24h): 034 299 9111<br>Fire: 034 299 9222<br>SAPS: 10111</p></div>
<div class="footer-widget"><h4 class="title">Links</h4><ul><li><a href="https://www.kzncogta.gov.za/">KZN COGTA</a></li><li><a href="https://mfma.treasury.gov.za/">MFMA</a></li><li><a href="https://www.gov.za/">gov.za</a></li><li><a href="https://www.salga.org.za/">SALGA</a></li></ul></div>
<div class="footer-widget"><h4 class="title">PAIA</h4><p><a href="/paia-manual/">PAIA Manual</a> | <a href="/popia/">POPIA Notice</a></p></div></div></div>
<div id="footer-bottom"><div class="container"><p id="footer-info">© 2026 Mzinyathi Local Municipality. All Rights Reserved.</p></div></div></footer>
</div></div>
{_js_tail("G-MZINYATHI")}
</body></html>
"""


_za_tenders = [
    ("MZLM 24/2026-27", "Supply and delivery of water treatment chemicals for 36 months", "13 November 2026", "4 December 2026", "/wp-content/uploads/2026/11/MZLM-24-2026-27.pdf"),
    ("MZLM 23/2026-27", "Construction of Ward 7 community hall (CIDB 6GB)", "6 November 2026", "27 November 2026", "/wp-content/uploads/2026/11/MZLM-23-2026-27.pdf"),
    ("MZLM 22/2026-27", "Appointment of panel of attorneys", "23 October 2026", "13 November 2026", "/wp-content/uploads/2026/10/MZLM-22-2026-27.pdf"),
    ("MZLM 21/2026-27", "Refurbishment of Glencoe substation", "9 October 2026", "30 October 2026", "/wp-content/uploads/2026/10/MZLM-21-2026-27.pdf"),
]


def _za_tender_table(rows: list[tuple[str, str, str, str, str]]) -> str:
    trs = "".join(f"<tr><td>{n}</td><td>{d}</td><td>{a}</td><td>{c}</td><td><a href=\"{p}\">Download</a></td></tr>" for n, d, a, c, p in rows)
    return ('<table class="tender-table"><thead><tr><th>Bid Number</th><th>Description</th><th>Advert Date</th><th>Closing Date</th><th>Documents</th></tr></thead>'
            f"<tbody>{trs}</tbody></table>")


ZA_HOME = _za_page("Home", f"""
<div class="et_pb_section et_pb_fullwidth_section"><div class="et_pb_fullwidth_slider_0 et_pb_slider"><div class="et_pb_slide"><h2 class="et_pb_slide_title">Building a caring municipality</h2><div class="et_pb_slide_content"><p>Water, roads and jobs for all our 19 wards.</p></div></div></div></div>
<div class="et_pb_section"><div class="et_pb_row">
<div class="et_pb_column et_pb_column_2_3"><div class="et_pb_module et_pb_text"><h3>Tenders</h3></div>
{_za_tender_table(_za_tenders[:3])}
<a class="et_pb_button" href="/tenders/">View all tenders</a></div>
<div class="et_pb_column et_pb_column_1_3"><div class="et_pb_module et_pb_text"><h3>Public Notices</h3></div>
<ul class="notice-list">
<li><a href="/wp-content/uploads/2026/11/Notice-Water-interruption-Ward-3.pdf">Planned water interruption – Wards 3 and 4</a> <span class="date">20 November 2026</span></li>
<li><a href="/wp-content/uploads/2026/11/Notice-Supplementary-Valuation-Roll.pdf">Notice: Supplementary Valuation Roll open for inspection</a> <span class="date">12 November 2026</span></li>
<li><a href="/wp-content/uploads/2026/10/Notice-Council-Meeting-Oct.pdf">Notice of Ordinary Council Meeting</a> <span class="date">22 October 2026</span></li>
</ul><a href="/public-notices/">More notices</a></div>
</div></div>
<div class="et_pb_section"><div class="et_pb_row">
<div class="et_pb_column et_pb_column_1_3"><div class="et_pb_module et_pb_text"><h3>Vacancies</h3></div>
<ul class="vacancy-list">
<li><a href="/wp-content/uploads/2026/11/Advert-Water-Process-Controller.pdf">Water Process Controller (x3) – Technical Services</a><br><small>Advertised: 16 November 2026 | Closing date: 4 December 2026</small></li>
<li><a href="/wp-content/uploads/2026/11/Advert-Chief-Financial-Officer.pdf">Chief Financial Officer (Section 56 Manager)</a><br><small>Advertised: 6 November 2026 | Closing date: 27 November 2026</small></li>
<li><a href="/wp-content/uploads/2026/10/Advert-Traffic-Officers.pdf">Traffic Officers Grade 10 (x2)</a><br><small>Advertised: 20 October 2026 | Closing date: 6 November 2026</small></li>
</ul><a href="/vacancies/">All vacancies</a></div>
<div class="et_pb_column et_pb_column_1_3"><div class="et_pb_module et_pb_text"><h3>Council Minutes</h3></div>
<ul class="minutes-list">
<li><a href="/wp-content/uploads/2026/11/Minutes-Ordinary-Council-29-October-2026.pdf">Minutes – Ordinary Council Meeting, 29 October 2026</a></li>
<li><a href="/wp-content/uploads/2026/10/Minutes-Special-Council-30-September-2026.pdf">Minutes – Special Council Meeting, 30 September 2026</a></li>
<li><a href="/wp-content/uploads/2026/09/Minutes-Ordinary-Council-27-August-2026.pdf">Minutes – Ordinary Council Meeting, 27 August 2026</a></li>
</ul><a href="/council-minutes/">All minutes</a></div>
<div class="et_pb_column et_pb_column_1_3"><div class="et_pb_module et_pb_text"><h3>IDP Documents</h3></div>
<ul class="idp-list">
<li><a href="/wp-content/uploads/2026/06/Final-IDP-2026-27.pdf">Final IDP Review 2026/27</a></li>
<li><a href="/wp-content/uploads/2026/03/Draft-IDP-2026-27.pdf">Draft IDP Review 2026/27</a></li>
<li><a href="/wp-content/uploads/2025/06/Final-IDP-2025-26.pdf">Final IDP 2025/26</a></li>
<li><a href="/wp-content/uploads/2025/08/IDP-Process-Plan-2025-26.pdf">IDP/Budget Process Plan 2025/26</a></li>
</ul><a href="/idp/">All IDP documents</a></div>
</div></div>
<div class="et_pb_section"><div class="et_pb_row"><h3>Budget &amp; Reports</h3><ul>{''.join(f'<li><a href="/wp-content/uploads/{y}/{f}">{t}</a></li>' for y, f, t in [("2026/06", "Final-Budget-2026-27.pdf", "Final Budget 2026/27"), ("2026/01", "Annual-Report-2024-25.pdf", "Annual Report 2024/25"), ("2026/07", "SDBIP-2026-27.pdf", "SDBIP 2026/27"), ("2025/06", "Final-Budget-2025-26.pdf", "Final Budget 2025/26"), ("2026/10", "Section-52d-Q1-2026-27.pdf", "Section 52(d) Report Q1 2026/27")])}</ul></div></div>
<div class="et_pb_section"><div class="et_pb_row"><h3>Our Wards</h3><ul class="wards">{''.join(f'<li><a href="/wards/ward-{w}/">Ward {w}</a></li>' for w in range(1, 20))}</ul></div></div>
""")

ZA_TENDERS = _za_page("Tenders", f"""
<div class="et_pb_section"><div class="et_pb_row"><h1>Tenders</h1>
<p>All bids must be deposited in the tender box at the Civic Centre before 12:00 on the closing date. Suppliers must be registered on the Central Supplier Database (CSD).</p>
{_za_tender_table(_za_tenders + [("MZLM 20/2026-27", "Security services for municipal buildings (36 months)", "25 September 2026", "16 October 2026", "/wp-content/uploads/2026/09/MZLM-20-2026-27.pdf")])}
</div></div>
""")

ZA_VACANCIES = _za_page("Vacancies", """
<div class="et_pb_section"><div class="et_pb_row"><h1>Vacancies</h1>
<p>Mzinyathi Local Municipality is an equal opportunity employer. Applications must be made on the prescribed form (Z83).</p>
<table><thead><tr><th>Position</th><th>Department</th><th>Advertised</th><th>Closing Date</th></tr></thead><tbody>
<tr><td><a href="/wp-content/uploads/2026/11/Advert-Water-Process-Controller.pdf">Water Process Controller (x3)</a></td><td>Technical Services</td><td>16 November 2026</td><td>4 December 2026</td></tr>
<tr><td><a href="/wp-content/uploads/2026/11/Advert-Chief-Financial-Officer.pdf">Chief Financial Officer</a></td><td>Budget &amp; Treasury</td><td>6 November 2026</td><td>27 November 2026</td></tr>
<tr><td><a href="/wp-content/uploads/2026/10/Advert-Traffic-Officers.pdf">Traffic Officers Grade 10 (x2)</a></td><td>Community Services</td><td>20 October 2026</td><td>6 November 2026</td></tr>
<tr><td><a href="/wp-content/uploads/2026/09/Advert-Librarian.pdf">Librarian</a></td><td>Community Services</td><td>18 September 2026</td><td>2 October 2026</td></tr>
</tbody></table></div></div>
""")

# --------------------------------------------------------------------------
# Site 9: Pacific island government portal; media releases stale since October
# --------------------------------------------------------------------------

PC_HOST = "www.gov.nakau.fj"


def _pc_page(title: str, body: str) -> str:
    nav = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}">{s}</a></li>' for s in [
        "Home", "Government", "Ministries", "Media Releases", "Government Notices", "Vacancies", "Legislation", "Services", "Visiting Nakau", "Contact"])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} – Government of Nakau</title>
<link rel="stylesheet" href="/static/css/site.css">{_css("nk", 100)}</head>
<body><header class="masthead"><img src="/static/img/crest.png" alt="Crest of Nakau"><div><p class="site-name">Government of Nakau</p><p class="motto">Faith, Unity, Peace</p></div></header>
<nav class="primary"><ul>{nav}</ul></nav>
<main id="main">{body}</main>
<footer class="site-footer"><p>Government Buildings, Vaiaku, Nakau. Phone +688 20 100</p><p>&copy; 2026 Government of Nakau | Last modified: 26 Nov 2026</p>
<ul class="footer-links"><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="https://www.forumsec.org/">Pacific Islands Forum</a></li><li><a href="https://www.spc.int/">SPC</a></li></ul></footer>
{_js_tail("G-NAKAU01")}</body></html>
"""


_pc_media = [
    ("/media-releases/pm-attends-pacific-islands-forum-leaders-meeting", "PM attends Pacific Islands Forum Leaders Meeting", "2 Oct 2026"),
    ("/media-releases/new-desalination-plant-for-funafala", "New desalination plant for Funafala island", "18 Sep 2026"),
    ("/media-releases/coastal-adaptation-project-phase-two", "Coastal adaptation project enters phase two", "4 Sep 2026"),
    ("/media-releases/nakau-ratifies-high-seas-treaty", "Nakau ratifies the High Seas Treaty", "21 Aug 2026"),
]

PC_HOME = _pc_page("Home", f"""
<section class="banner"><h1>Talofa and welcome</h1><p>The official portal of the Government of Nakau.</p></section>
<section class="cols">
<div class="col"><h2>Government Notices</h2><ul class="dated">
<li><span class="d">16 Nov 2026</span> <a href="/government-notices/shipping-schedule-mv-nivaga-iv-december">Shipping schedule: MV Nivaga IV, December sailings</a></li>
<li><span class="d">9 Nov 2026</span> <a href="/government-notices/cyclone-season-preparedness">Cyclone season 2026/27 preparedness advisory</a></li>
<li><span class="d">30 Oct 2026</span> <a href="/government-notices/land-lease-registration">Land lease registration reminder</a></li>
</ul><a class="more" href="/government-notices">All notices</a></div>
<div class="col"><h2>Media Releases</h2><ul class="dated">{''.join(f'<li><span class="d">{d}</span> <a href="{h}">{t}</a></li>' for h, t, d in _pc_media)}</ul><a class="more" href="/media-releases">All media releases</a></div>
<div class="col"><h2>Vacancies</h2><ul class="dated">
<li><a href="/vacancies/senior-fisheries-officer">Senior Fisheries Officer – Ministry of Fisheries and Trade</a> <span class="d">Posted 12 Nov 2026</span> <span class="closing">Closes 4 Dec 2026</span></li>
<li><a href="/vacancies/registered-nurse-princess-margaret-hospital">Registered Nurse (x4) – Princess Margaret Hospital</a> <span class="d">Posted 3 Nov 2026</span> <span class="closing">Closes 27 Nov 2026</span></li>
</ul><a class="more" href="/vacancies">All vacancies</a></div>
</section>
<section class="ministries"><h2>Ministries</h2><ul>{''.join(f'<li><a href="/ministries/{i}">{m}</a></li>' for i, m in enumerate(["Office of the Prime Minister", "Finance and Economic Development", "Foreign Affairs, Labour and Trade", "Health, Social Welfare and Gender Affairs", "Education, Youth and Sports", "Fisheries and Trade", "Transport, Energy, Communications and Innovation", "Home Affairs and Agriculture", "Local Government", "Justice, Communication and Foreign Affairs", "Public Works, Infrastructure, Environment, Labour, Meteorology and Disaster"]))}</ul></section>
<section class="services"><h2>Services</h2><ul>{''.join(f'<li><a href="/services/{i}">{s}</a></li>' for i, s in enumerate(["Passports", "Visas and Permits", "Birth, Death and Marriage Registry", "Scholarships", "Business Licences", "Shipping Tickets", "Public Service Commission", "Tax (Inland Revenue)", "Land Registry"]))}</ul></section>
""")

PC_MEDIA = _pc_page("Media Releases", f"""
<h1>Media Releases</h1>
<ul class="dated">{''.join(f'<li><span class="d">{d}</span> <a href="{h}">{t}</a></li>' for h, t, d in _pc_media + [("/media-releases/national-budget-2026-27-passed", "National Budget 2026/27 passed by Parliament", "7 Aug 2026")])}</ul>
<p class="pager"><a href="/media-releases?page=2">Older releases »</a></p>
""")

# --------------------------------------------------------------------------
# farm layout and truth (written before any scan)
# --------------------------------------------------------------------------

# host -> {path: html}
PAGES: dict[str, dict[str, str]] = {
    S3_HOST: {"/en/": S3_HOME, "/en/notice_category/tenders/": S3_TENDERS, "/en/notice_category/recruitment/": S3_RECRUITMENT},
    NIC_HOST: {"/": NIC_HOME, "/notices.htm": NIC_NOTICES},
    PH_HOST: {"/": PH_HOME, "/category/latest-news/": PH_NEWS, "/bids-and-awards/": PH_BAC},
    KE_HOST: {"/": KE_HOME, "/press-releases": KE_PRESS, "/tenders": KE_TENDERS},
    NG_HOST: {"/": NG_HOME, "/index.php/news": NG_NEWS},
    PK_HOST: {"/": PK_HOME, "/notifications": PK_NOTIFS},
    CB_HOST: {"/": CB_HOME, "/gazette": CB_GAZETTE, "/government-notices": CB_NOTICES},
    ZA_HOST: {"/": ZA_HOME, "/tenders/": ZA_TENDERS, "/vacancies/": ZA_VACANCIES},
    PC_HOST: {"/": PC_HOME, "/media-releases": PC_MEDIA},
}

# the homepage path each site is listed with
HOME_PATH = {h: ("/en/" if h == S3_HOST else "/") for h in PAGES}

# Column truth: heading -> (acceptable types, newest ISO date or None, empty)
Col = tuple[frozenset[str], "str | None", bool]


def _c(types: str, newest: str | None, empty: bool = False) -> tuple[frozenset[str], str | None, bool]:
    return (frozenset(types.split("|")), newest, empty)


TRUTH: dict[str, dict[str, Any]] = {
    S3_HOST: {
        "status": "healthy", "passed": True, "home_status": "healthy",
        "must": [], "must_not": ["homepage_stale", "abandoned", "future_dated", "undated", "column_empty"],
        "last_updated": "2026-11-24",
        "columns": {
            "What's New": _c("news|notice", "2026-11-24"),
            "Notices": _c("notice", "2026-11-24"),
            "Recruitment": _c("personnel", "2026-11-20"),
            # homepage tab lists titles only; its page's table has Start Date / End Date
            "Tenders": _c("notice", "2026-11-18"),
        },
        # newest item of each list page read as a column page (never an End Date)
        "page_dates": {"/en/notice_category/tenders/": "2026-11-18", "/en/notice_category/recruitment/": "2026-11-20"},
    },
    NIC_HOST: {
        # frozen in 2023; the server writes "Last Updated: 26-11-2026" and © 2026
        "status": "zombie", "passed": False, "home_status": "zombie",
        "must": ["homepage_stale", "abandoned"], "must_not": ["future_dated"],
        "last_updated": "2023-09-12",
        "columns": {
            "What's New": _c("news|notice", "2023-09-12"),
            "Notices": _c("notice", "2023-08-30"),
            "Tenders": _c("notice", "2023-06-02"),
        },
        "page_dates": {"/notices.htm": "2023-08-30"},
    },
    PH_HOST: {
        "status": "healthy", "passed": True, "home_status": "healthy",
        "must": [], "must_not": ["homepage_stale", "abandoned", "future_dated", "undated", "column_empty", "column_stale"],
        "last_updated": "2026-11-24",
        "columns": {
            "Latest News": _c("news", "2026-11-24"),
            "Executive Orders": _c("policy|notice", "2026-11-09"),
            "Bids and Awards": _c("notice", "2026-11-19"),
        },
        "page_dates": {"/category/latest-news/": "2026-11-24", "/bids-and-awards/": "2026-11-19"},
    },
    KE_HOST: {
        "status": "healthy", "passed": True, "home_status": "healthy",
        "must": [], "must_not": ["homepage_stale", "abandoned", "future_dated", "undated", "column_empty", "column_stale"],
        "last_updated": "2026-11-24",
        "columns": {
            "Press Releases": _c("news", "2026-11-24"),
            "Notices": _c("notice", "2026-11-23"),
            # homepage table shows closing dates only; its page has Date Published
            "Tenders": _c("notice", "2026-11-19"),
            "Careers": _c("personnel", "2026-11-18"),
        },
        "page_dates": {"/press-releases": "2026-11-24", "/tenders": "2026-11-19"},
    },
    NG_HOST: {
        # last news 15 September 2026 (72 days); header clock shows today's date
        "status": "stale", "passed": False, "home_status": "stale",
        "must": ["homepage_stale"], "must_not": ["abandoned", "future_dated"],
        "last_updated": "2026-09-15",
        "columns": {
            "Latest News": _c("news", "2026-09-15"),
            "Announcements": _c("notice", "2026-08-20"),
        },
        "page_dates": {"/index.php/news": "2026-09-15"},
    },
    PK_HOST: {
        "status": "healthy", "passed": True, "home_status": "healthy",
        "must": [], "must_not": ["homepage_stale", "abandoned", "future_dated", "undated", "column_empty", "column_stale"],
        "last_updated": "2026-11-20",
        "columns": {
            "Notifications": _c("notice|policy", "2026-11-20"),
            "Transfer / Posting Orders": _c("personnel", "2026-11-18"),
            "Tenders": _c("notice", "2026-11-12"),
            "Jobs": _c("personnel", "2026-11-05"),
        },
        "page_dates": {"/notifications": "2026-11-20"},
    },
    CB_HOST: {
        "status": "healthy", "passed": True, "home_status": "healthy",
        "must": [], "must_not": ["homepage_stale", "abandoned", "future_dated", "undated", "column_empty", "column_stale"],
        "last_updated": "2026-11-25",
        "columns": {
            "Press Releases": _c("news", "2026-11-25"),
            "Government Notices": _c("notice", "2026-11-23"),
            "Gazette": _c("notice|policy", "2026-11-20"),
        },
        "page_dates": {"/gazette": "2026-11-20", "/government-notices": "2026-11-23"},
    },
    ZA_HOST: {
        "status": "healthy", "passed": True, "home_status": "healthy",
        "must": [], "must_not": ["homepage_stale", "abandoned", "future_dated", "undated", "column_empty"],
        "last_updated": "2026-11-20",
        "columns": {
            "Tenders": _c("notice", "2026-11-13"),
            "Public Notices": _c("notice", "2026-11-20"),
            "Vacancies": _c("personnel", "2026-11-16"),
            "Council Minutes": _c("other|notice|policy", "2026-10-29"),
            # financial-year labels are no dates: the IDP list is undated, not empty
            "IDP Documents": _c("planning", None),
        },
        "page_dates": {"/tenders/": "2026-11-13", "/vacancies/": "2026-11-16"},
    },
    PC_HOST: {
        # notices fresh (16 Nov), media releases stale since 2 Oct: one stale news column.
        # Status "stale" but passed: the tool's status names any freshness finding
        # (rules.STATUS_OF_FINDING), `passed` is the veto verdict (5 columns needed).
        "status": "stale", "passed": True, "home_status": "healthy",
        "must": ["column_stale"], "must_not": ["homepage_stale", "abandoned", "future_dated", "undated", "column_empty"],
        "home_must_not": ["column_stale"],
        "last_updated": "2026-11-16",
        "columns": {
            "Government Notices": _c("notice", "2026-11-16"),
            "Media Releases": _c("news", "2026-10-02"),
            "Vacancies": _c("personnel", "2026-11-12"),
        },
        "page_dates": {"/media-releases": "2026-10-02"},
    },
}
