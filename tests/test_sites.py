"""Site lists: CSV files and `[[sites]]` tables -> Sites; bad rows are reported and skipped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crawler.config import Config, apply_overrides, config_from_mapping
from crawler.errors import SiteListError
from crawler.sites import SiteList, SiteProblem, load_sites


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def make_config(tmp_path: Path, **data: Any) -> Config:
    return config_from_mapping(data, tmp_path / "site-health.toml")


def problems_by_source(site_list: SiteList) -> dict[str, str]:
    return {p.source: p.message for p in site_list.problems}


def test_good_rows_load_with_name_group_and_source(tmp_path: Path) -> None:
    csv_path = write_csv(
        tmp_path / "sites.csv",
        "url,name,group\n"
        "http://www.a.gov.cn/,A 政府,甲省\n"
        "  https://www.b.gov.cn/news/?page=2  ,  B  ,  乙省 \n"
        "http://www.c.gov.cn,,\n",
    )

    site_list = load_sites(make_config(tmp_path), csv_path)

    assert site_list.problems == ()
    assert [s.url for s in site_list.sites] == [
        "http://www.a.gov.cn/",
        "https://www.b.gov.cn/news/?page=2",  # as listed, surrounding spaces stripped
        "http://www.c.gov.cn",
    ]
    assert [(s.name, s.group) for s in site_list.sites] == [
        ("A 政府", "甲省"),
        ("B", "乙省"),
        ("", ""),
    ]
    assert [s.source for s in site_list.sites] == [f"{csv_path}:{n}" for n in (2, 3, 4)]
    assert all(s.overrides == {} for s in site_list.sites)


def test_bad_rows_are_reported_with_file_and_line_and_skipped(tmp_path: Path) -> None:
    csv_path = write_csv(
        tmp_path / "sites.csv",
        "url,name,group\n"  # 1
        "http://www.x.gov.cn/,X,g\n"  # 2 good
        ",Empty,g\n"  # 3 empty url
        "www.y.gov.cn,NoScheme,g\n"  # 4 no scheme
        "ftp://files.z.gov.cn/,Ftp,g\n"  # 5 not http(s)
        "http://,NoHost,g\n"  # 6 no host
        "HTTP://WWW.X.GOV.CN,Dup,g\n"  # 7 duplicate of line 2 after normalisation
        "http://www.x.gov.cn:80/,Dup2,g\n"  # 8 duplicate too (default port)
        "http://www.w.gov.cn:99999/,BadPort,g\n"  # 9 port out of range
        "https://www.v.gov.cn/,V,g\n"  # 10 good
        "http://www.u.gov.cn/,U,g,extra\n"  # 11 more cells than columns
        "\n"  # 12 blank: ignored
        "https://www.t.gov.cn/,T,g\n",  # 13 good
    )

    site_list = load_sites(make_config(tmp_path), csv_path)

    assert [s.url for s in site_list.sites] == [
        "http://www.x.gov.cn/",
        "https://www.v.gov.cn/",
        "https://www.t.gov.cn/",
    ]
    assert [s.source for s in site_list.sites] == [f"{csv_path}:{n}" for n in (2, 10, 13)]
    problems = problems_by_source(site_list)
    assert sorted(problems, key=lambda s: int(s.rsplit(":", 1)[1])) == [
        f"{csv_path}:{n}" for n in (3, 4, 5, 6, 7, 8, 9, 11)
    ]
    assert "empty" in problems[f"{csv_path}:3"]
    assert "scheme" in problems[f"{csv_path}:4"]
    assert "ftp" in problems[f"{csv_path}:5"]
    assert "host" in problems[f"{csv_path}:6"]
    assert "duplicate" in problems[f"{csv_path}:7"]
    assert f"{csv_path}:2" in problems[f"{csv_path}:7"]  # points at the first listing
    assert "duplicate" in problems[f"{csv_path}:8"]
    assert "port" in problems[f"{csv_path}:9"].lower()
    for problem in site_list.problems:
        assert isinstance(problem, SiteProblem)
        assert str(problem) == f"{problem.source}: {problem.message}"


@pytest.mark.parametrize(
    "url", ["http://www.x.gov .cn/", "http://www.x.gov.cn /", "http://www.x.gov,cn/"]
)
def test_host_with_space_or_comma_is_a_bad_row(tmp_path: Path, url: str) -> None:
    # Spreadsheet typos: such a host can never resolve, and scanning it would count a
    # typo in the list as an unreachable site. It is a malformed URL: report, skip.
    csv_path = write_csv(tmp_path / "sites.csv", f'url,name\n"{url}",Typo\nhttp://a.test/,A\n')
    site_list = load_sites(make_config(tmp_path), csv_path)
    assert [s.url for s in site_list.sites] == ["http://a.test/"]
    assert [p.source for p in site_list.problems] == [f"{csv_path}:2"]


def test_line_numbers_count_multiline_cells(tmp_path: Path) -> None:
    csv_path = write_csv(
        tmp_path / "sites.csv",
        'url,name,group\nhttp://a.test/,"A\nsecond line of the name",g\nnot-a-url,B,g\n',
    )
    site_list = load_sites(make_config(tmp_path), csv_path)
    assert [s.name for s in site_list.sites] == ["A\nsecond line of the name"]
    assert [p.source for p in site_list.problems] == [f"{csv_path}:4"]


def test_empty_row_is_reported(tmp_path: Path) -> None:
    csv_path = write_csv(tmp_path / "sites.csv", "url,name,group\n,,\nhttp://a.test/,A,g\n")
    site_list = load_sites(make_config(tmp_path), csv_path)
    assert [s.url for s in site_list.sites] == ["http://a.test/"]
    assert [p.source for p in site_list.problems] == [f"{csv_path}:2"]


def test_header_is_case_and_space_insensitive(tmp_path: Path) -> None:
    csv_path = write_csv(tmp_path / "sites.csv", " URL , Name ,GROUP\nhttp://a.test/,A,g\n")
    site_list = load_sites(make_config(tmp_path), csv_path)
    assert [(s.url, s.name, s.group) for s in site_list.sites] == [("http://a.test/", "A", "g")]


def test_misspelled_column_raises_naming_it(tmp_path: Path) -> None:
    # Other unknown columns (remarks, contacts) are ignored with a note: see
    # tests/test_realistic_inputs.py. One that looks like a misspelled override is an error:
    # ignoring it would scan with the default the user meant to change.
    csv_path = write_csv(tmp_path / "sites.csv", "url,name,timout\nhttp://a.test/,A,5\n")
    with pytest.raises(SiteListError) as caught:
        load_sites(make_config(tmp_path), csv_path)
    assert "'timout'" in str(caught.value) and "'timeout'" in str(caught.value)
    assert str(csv_path) in str(caught.value)


def test_missing_url_column_raises(tmp_path: Path) -> None:
    csv_path = write_csv(tmp_path / "sites.csv", "name,group\nA,g\n")
    with pytest.raises(SiteListError) as caught:
        load_sites(make_config(tmp_path), csv_path)
    assert "'url'" in str(caught.value)
    assert str(csv_path) in str(caught.value)


def test_empty_file_raises(tmp_path: Path) -> None:
    csv_path = write_csv(tmp_path / "sites.csv", "")
    with pytest.raises(SiteListError, match="url"):
        load_sites(make_config(tmp_path), csv_path)


def test_an_unclosed_quote_skips_its_row_not_the_rest(tmp_path: Path) -> None:
    """A stray quote at the start of a row made every later row part of one cell: the
    list loaded cut short with one "skipped" row (a daemon reloading it stopped watching
    all the sites below the typo). The row is reported and skipped, the rest are read,
    with their own line numbers."""
    rows = "".join(f"http://s{i}.test/,S{i},g\r\n" for i in range(5, 40))
    csv_path = write_csv(
        tmp_path / "sites.csv",
        'url,name,group\r\nhttp://s1.test/,S1,g\r\n"http://broken row,,\r\n' + rows,
    )
    loaded = load_sites(make_config(tmp_path), csv_path)
    assert [s.url for s in loaded.sites] == ["http://s1.test/"] + [
        f"http://s{i}.test/" for i in range(5, 40)
    ]
    problems = [(p.source, p.skipped) for p in loaded.problems if "never closed" in p.message]
    assert problems == [(f"{csv_path}:3", True)]
    # On the last line too.
    last = write_csv(tmp_path / "last.csv", 'url,name,group\nhttp://s1.test/,"S1\n')
    loaded = load_sites(make_config(tmp_path), last)
    assert [p.source for p in loaded.problems if "never closed" in p.message] == [f"{last}:2"]
    # A quoted cell that spans lines and is closed is still one (reported) row.
    closed = write_csv(
        tmp_path / "closed.csv", 'url,name,group\nhttp://s1.test/,"S\n1",g\nhttp://s2.test/,S2,g\n'
    )
    assert [s.url for s in load_sites(make_config(tmp_path), closed).sites] == [
        "http://s1.test/",
        "http://s2.test/",
    ]


def test_unreadable_file_raises_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-list.csv"
    with pytest.raises(SiteListError) as caught:
        load_sites(make_config(tmp_path), missing)
    assert str(missing) in str(caught.value)


def test_override_columns_parse_to_setting_types(tmp_path: Path) -> None:
    csv_path = write_csv(
        tmp_path / "sites.csv",
        "url,name,group,timeout,slow_ms,retries,unreachable_statuses,respect_robots\n"
        "http://a.test/,A,g,5,800,0,403;404,no\n"  # 2
        "http://b.test/,B,g,,,,,\n"  # 3 all defaults
        'http://c.test/,C,g,2.5, 900 ,3,"403, 410",true\n'  # 4
        "http://d.test/,D,g,abc,,,,\n"  # 5 bad timeout
        "http://e.test/,E,g,0,,,,\n"  # 6 timeout out of range
        "http://f.test/,F,g,,,,200,\n"  # 7 not a 4xx/5xx
        "http://g.test/,G,g,,,1.5,,\n"  # 8 retries not an integer
        "http://h.test/,H,g,,,,,maybe\n"  # 9 not a boolean
        "http://i.test/,I,g,,-5,,,\n"  # 10 slow_ms not positive
        "http://j.test/,J,g,,,,404;abc,\n",  # 11 bad status
    )

    site_list = load_sites(make_config(tmp_path), csv_path)

    sites = {s.name: s for s in site_list.sites}
    assert sorted(sites) == ["A", "B", "C"]
    a = sites["A"].overrides
    assert a == {
        "timeout": 5.0,
        "slow_ms": 800,
        "retries": 0,
        "unreachable_statuses": (403, 404),
        "respect_robots": False,
    }
    assert type(a["timeout"]) is float
    assert type(a["slow_ms"]) is int and type(a["retries"]) is int
    assert type(a["unreachable_statuses"]) is tuple
    assert sites["B"].overrides == {}
    assert sites["C"].overrides == {
        "timeout": 2.5,
        "slow_ms": 900,
        "retries": 3,
        "unreachable_statuses": (403, 410),
        "respect_robots": True,
    }

    problems = problems_by_source(site_list)
    assert sorted(problems) == sorted(f"{csv_path}:{n}" for n in range(5, 12))
    assert "timeout" in problems[f"{csv_path}:5"] and "abc" in problems[f"{csv_path}:5"]
    assert "timeout" in problems[f"{csv_path}:6"]
    assert "unreachable_statuses" in problems[f"{csv_path}:7"]
    assert "retries" in problems[f"{csv_path}:8"]
    assert "respect_robots" in problems[f"{csv_path}:9"]
    assert "slow_ms" in problems[f"{csv_path}:10"]
    assert "unreachable_statuses" in problems[f"{csv_path}:11"]

    # The overrides layer over the config's settings as the scan will use them.
    config = make_config(tmp_path, crawler={"timeout": 15, "retries": 2})
    crawler, rules = apply_overrides(config.crawler, config.rules, sites["A"].overrides)
    assert (crawler.timeout, crawler.retries, crawler.respect_robots) == (5.0, 0, False)
    assert (rules.slow_ms, rules.unreachable_statuses) == (800, (403, 404))
    crawler, rules = apply_overrides(config.crawler, config.rules, sites["B"].overrides)
    assert (crawler, rules) == (config.crawler, config.rules)


def test_gb18030_csv_with_chinese_names_and_groups(tmp_path: Path) -> None:
    text = (
        "url,name,group\n"
        "http://www.beijing.gov.cn/,北京市人民政府,北京市\n"
        "http://www.sjz.gov.cn/,石家庄市人民政府门户网站,河北省\n"
        "http://www.yan.gov.cn/,䶮县人民政府（测试）,广东省·韶关\n"  # 䶮: GB18030 only, not GBK
    )
    csv_path = write_csv(tmp_path / "sites-gb.csv", text, encoding="gb18030")
    with pytest.raises(UnicodeDecodeError):
        csv_path.read_bytes().decode("utf-8")  # really not UTF-8

    site_list = load_sites(make_config(tmp_path), csv_path)

    assert site_list.problems == ()
    assert [(s.name, s.group) for s in site_list.sites] == [
        ("北京市人民政府", "北京市"),
        ("石家庄市人民政府门户网站", "河北省"),
        ("䶮县人民政府（测试）", "广东省·韶关"),
    ]


def test_utf8_bom_csv_with_crlf_loads(tmp_path: Path) -> None:
    csv_path = write_csv(
        tmp_path / "excel.csv",
        "url,name,group,timeout\r\nhttp://a.test/,甲,组\r\nhttp://b.test/,乙,组,3\r\n",
        encoding="utf-8-sig",
    )
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")

    site_list = load_sites(make_config(tmp_path), csv_path)

    assert site_list.problems == ()
    assert [(s.url, s.name, s.group) for s in site_list.sites] == [
        ("http://a.test/", "甲", "组"),
        ("http://b.test/", "乙", "组"),
    ]
    assert site_list.sites[1].overrides == {"timeout": 3.0}


def test_config_tables_combine_with_csv_and_duplicates_are_reported(tmp_path: Path) -> None:
    csv_path = write_csv(
        tmp_path / "sites.csv",
        "url,name,group\n"
        "HTTP://A.TEST,A again,g\n"  # 2: duplicate of [[sites]] #1
        "http://c.test/,C,g\n"  # 3
        "http://b.test:80/,B again,g\n",  # 4: duplicate of [[sites]] #2
    )
    config = make_config(
        tmp_path,
        sites=[
            {"url": "http://a.test/", "name": "A", "group": "t", "timeout": 20},
            {"url": "http://b.test", "unreachable_statuses": [403]},
            {"url": "http://d.test/", "timeout": "fast"},  # #3 bad type
            {"url": "http://e.test/", "colour": "red"},  # #4 unknown key
            {"name": "no url"},  # #5
            {"url": "http://f.test/", "name": 7},  # #6 name not a string
            {"url": "http://g.test/", "retries": 99},  # #7 out of range
        ],
        sites_file="sites.csv",
    )
    assert config.sites_file == csv_path

    site_list = load_sites(config)

    assert [s.url for s in site_list.sites] == ["http://a.test/", "http://b.test", "http://c.test/"]
    a, b, c = site_list.sites
    assert a.overrides == {"timeout": 20.0} and type(a.overrides["timeout"]) is float
    assert b.overrides == {"unreachable_statuses": (403,)}
    assert (a.name, a.group) == ("A", "t")
    assert a.source.endswith("[[sites]] #1") and str(config.source) in a.source
    assert c.source == f"{csv_path}:3"

    problems = problems_by_source(site_list)
    table = f"{config.source} [[sites]]"
    assert sorted(problems) == sorted(
        [f"{table} #{n}" for n in (3, 4, 5, 6, 7)] + [f"{csv_path}:2", f"{csv_path}:4"]
    )
    assert "duplicate" in problems[f"{csv_path}:2"] and f"{table} #1" in problems[f"{csv_path}:2"]
    assert "duplicate" in problems[f"{csv_path}:4"] and f"{table} #2" in problems[f"{csv_path}:4"]
    assert "timeout" in problems[f"{table} #3"]
    assert "colour" in problems[f"{table} #4"]
    assert "empty" in problems[f"{table} #5"]
    assert "name" in problems[f"{table} #6"]
    assert "retries" in problems[f"{table} #7"]


def test_explicit_csv_replaces_the_configured_one(tmp_path: Path) -> None:
    write_csv(tmp_path / "configured.csv", "url\nhttp://configured.test/\n")
    other = write_csv(tmp_path / "other.csv", "url\nhttp://other.test/\n")
    config = make_config(tmp_path, sites_file="configured.csv")
    assert [s.url for s in load_sites(config).sites] == ["http://configured.test/"]
    assert [s.url for s in load_sites(config, other).sites] == ["http://other.test/"]


def test_no_sites_anywhere_gives_an_empty_list(tmp_path: Path) -> None:
    site_list = load_sites(make_config(tmp_path))
    assert site_list == SiteList((), ())


def test_five_thousand_rows_load(tmp_path: Path) -> None:
    rows = "".join(
        f"http://www{i}.county{i % 97}.gov.cn/,第{i}号站点,第{i % 31}组,{'' if i % 3 else 10}\n"
        for i in range(5_000)
    )
    csv_path = write_csv(tmp_path / "big.csv", "url,name,group,timeout\n" + rows)

    # Speed is measured by bench/, not asserted here (a loaded CI machine would flake).
    site_list = load_sites(make_config(tmp_path), csv_path)

    assert len(site_list.sites) == 5_000 and site_list.problems == ()
    assert site_list.sites[-1].source == f"{csv_path}:5001"
    assert site_list.sites[3].overrides == {"timeout": 10.0}
