"""Site lists and configs as people write them, through the real command line.

A census exported from Excel (BOM, GBK, "Unicode text" UTF-16 with tabs, CRLF, Chinese
header names, remark columns, no header row), URLs typed by hand (no scheme, full-width,
invisible characters, the same site written five ways, a department's site under its
portal's host), override cells with units, and config mistakes (quoted numbers, a
setting in the wrong place, a GBK config, a missing site list). Scans go to the farm
(tests/farm.py) on 127.0.0.1 through `[network] resolve`; `sites check` never fetches.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from crawler.config import Config
from crawler.sites import load_sites, read_url
from tests.farm import Farm, closed_port
from tests.test_cli import run_cli, run_cli_sync, write_config


def write_table(
    path: Path,
    rows: list[list[str]],
    encoding: str = "utf-8-sig",
    delimiter: str = ",",
    line_end: str = "\r\n",
    tail: str = "",
) -> Path:
    """A spreadsheet export: CRLF, quoted cells where needed, the given encoding."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=line_end).writerows(rows)
    path.write_bytes((buffer.getvalue() + tail).encode(encoding))
    return path


def check(path: Path, *args: str | Path, timeout: float = 30) -> tuple[int, str, str]:
    return run_cli_sync("sites", "check", path, *args, timeout=timeout)


def warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warning: skipped")]


def notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("note:")]


def sources(lines: list[str]) -> list[str]:
    """The file:line each message is about."""
    return [
        line.removeprefix("warning: skipped ").removeprefix("note: ").split(": ", 1)[0]
        for line in lines
    ]


# --- a census as Excel exports it, scanned --------------------------------------------

CENSUS_HEADER = ["序号", "网站名称", "网站地址", "主办单位", "地区", "备注"]


async def test_census_export_with_chinese_headers_is_scanned(
    farm: tuple[Farm, int], tmp_path: Path
) -> None:
    server, port = farm
    config = write_config(tmp_path, port)
    sites = write_table(
        tmp_path / "普查名单.csv",
        [
            CENSUS_HEADER,  # 1
            ["1", "示例县人民政府", "http://ok.farm.test/", "示例县政府办", "甲市", "已整改"],  # 2
            ["2", "示例县, 教育局", "http://ok.farm.test/bm/jyj/", "教育局", "甲市", ""],  # 3
            [
                "3",
                "全角站",
                "ｈｔｔｐ：／／ｇｚｉｐ．ｆａｒｍ．ｔｅｓｔ／",
                "某局",
                "乙市",
                "",
            ],  # 4
            ["4", "零宽", "http://gbk.farm.test/\u200b", "某局", "乙市", "复制自网页"],  # 5
            ["5", "重复", "HTTP://OK.FARM.TEST/index.html", "", "甲市", ""],  # 6
            ["6", "重复", "https://ok.farm.test:443", "", "甲市", ""],  # 7
            ["7", "无协议", "www.noscheme.farm.test", "", "乙市", ""],  # 8
            ["8", "多行\n名称", "http://big5.farm.test/", "", "丙市", "备注, 有逗号"],  # 9-10
        ],
        tail="\r\n",  # Excel's trailing empty line
    )
    out = tmp_path / "out.jsonl"

    code, stdout, stderr = await run_cli(
        "scan", "--config", config, "--sites", sites, "--json", out, "--quiet", "--depth", "home"
    )

    assert code == 0, stderr
    assert "Traceback" not in stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["url"], r["name"], r["group"]) for r in records] == [
        ("http://ok.farm.test/", "示例县人民政府", "甲市"),  # 地区, not 主办单位, is the group
        ("http://ok.farm.test/bm/jyj/", "示例县, 教育局", "甲市"),  # a department: not a duplicate
        ("http://gzip.farm.test/", "全角站", "乙市"),  # full-width read as ASCII
        ("http://gbk.farm.test/", "零宽", "乙市"),  # the invisible character dropped
        ("http://big5.farm.test/", "多行\n名称", "丙市"),
    ]
    assert all(r["status"] == "healthy" for r in records), records
    assert server.hits["gzip.farm.test"] >= 1 and server.hits["big5.farm.test"] >= 1

    skipped = warnings(stderr)
    assert sources(skipped) == [f"{sites}:{n}" for n in (6, 7, 8)]
    assert "duplicate of" in skipped[0] and f"{sites}:2" in skipped[0]
    assert "duplicate of" in skipped[1] and f"{sites}:2" in skipped[1]
    assert "'http://www.noscheme.farm.test'" in skipped[2] and "--assume-scheme" in skipped[2]
    remarks = notes(stderr)
    assert any(f"{sites}:1" in n and "序号" in n and "备注" in n for n in remarks), stderr
    assert any(f"{sites}:4" in n and "'http://gzip.farm.test/'" in n for n in remarks), stderr
    assert any(f"{sites}:5" in n for n in remarks), stderr
    assert "3 site list row(s) skipped" in stdout  # notes are not skipped rows


async def test_assume_scheme_scans_host_names_listed_without_one(
    farm: tuple[Farm, int], tmp_path: Path
) -> None:
    server, port = farm
    config = write_config(tmp_path, port)
    sites = write_table(
        tmp_path / "domains.csv",
        [["网站域名", "网站名称"], ["ok.farm.test", "甲"], ["gzip.farm.test/", "乙"]],
    )
    out = tmp_path / "out.jsonl"

    code, _, stderr = await run_cli(
        "scan", "--config", config, "--sites", sites, "--assume-scheme", "http",
        "--json", out, "--quiet", "--depth", "home",
    )  # fmt: skip

    assert code == 0, stderr
    assert warnings(stderr) == []
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["url"], r["status"]) for r in records] == [
        ("http://ok.farm.test", "healthy"),
        ("http://gzip.farm.test/", "healthy"),
    ]
    assert server.hits["ok.farm.test"] >= 1


# --- encodings, separators, headers -----------------------------------------------------

ROWS = [
    ["url", "name", "group"],
    ["http://www.a.gov.cn/", "甲县人民政府", "甲市"],
    ["https://www.b.gov.cn/", "乙县, 人民政府", "乙市"],  # a comma inside a quoted cell
    ["http://www.c.gov.cn/", "丙县\n人民政府", "丙市"],  # a line break inside one
    ["http://www.d.gov.cn/", "䶮县", "丁市"],  # GB18030 only (not GBK): in the UTF-8 and -16 files
]
EXPORTS = {
    "utf-8 with BOM": ("utf-8-sig", ","),
    "gbk (Chinese Windows CSV)": ("gbk", ","),
    "utf-16 unicode text": ("utf-16", "\t"),  # Excel "Unicode text": BOM + tabs
    "utf-16 le without BOM": ("utf-16-le", "\t"),
    "semicolons (European Excel)": ("utf-8", ";"),
}


@pytest.mark.parametrize("encoding, delimiter", EXPORTS.values(), ids=EXPORTS.keys())
def test_excel_exports_load_every_row(tmp_path: Path, encoding: str, delimiter: str) -> None:
    rows = ROWS[:-1] if encoding == "gbk" else ROWS
    path = write_table(tmp_path / "export.csv", rows, encoding, delimiter, tail="\r\n")

    code, stdout, stderr = check(path)

    assert code == 0, stderr
    assert stderr == ""
    assert stdout.startswith(f"{len(rows) - 1} site(s) to scan")
    site_list = load_sites(Config(), path)
    assert [(s.url, s.name, s.group) for s in site_list.sites] == [tuple(r) for r in rows[1:]]
    assert [s.source for s in site_list.sites][:3] == [f"{path}:{n}" for n in (2, 3, 4)]


def test_header_in_another_order_with_remark_columns(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "sites.csv",
        [
            ["联系人", "group", "备注", "name", "url", "timeout"],
            ["张三", "甲市", "已整改", "甲", "http://www.a.gov.cn/", "30"],
        ],
    )
    code, _, stderr = check(path)
    assert code == 0
    assert len(notes(stderr)) == 1 and "联系人, 备注" in stderr
    (site,) = load_sites(Config(), path).sites
    assert (site.url, site.name, site.group, site.overrides) == (
        "http://www.a.gov.cn/",
        "甲",
        "甲市",
        {"timeout": 30.0},
    )


@pytest.mark.parametrize("column, meant", [("timout", "timeout"), ("regoin", "region")])
def test_column_that_looks_misspelled_is_an_error(tmp_path: Path, column: str, meant: str) -> None:
    path = write_table(tmp_path / "sites.csv", [["url", column], ["http://www.a.gov.cn/", "5"]])
    code, stdout, stderr = check(path)
    assert code == 2 and stdout == ""
    assert stderr.count("\n") == 1 and stderr.startswith("error:"), stderr
    assert repr(column) in stderr and repr(meant) in stderr and str(path) in stderr


def test_file_without_a_header_row_reads_url_name_group(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "sites.csv",
        [["http://www.a.gov.cn/", "甲", "甲市"], ["http://www.b.gov.cn/", "乙", "乙市"]],
    )
    code, stdout, stderr = check(path)
    assert code == 0, stderr
    assert "no header row" in stderr and stdout.startswith("2 site(s)")
    site_list = load_sites(Config(), path)
    assert [(s.url, s.group, s.source) for s in site_list.sites] == [
        ("http://www.a.gov.cn/", "甲市", f"{path}:1"),
        ("http://www.b.gov.cn/", "乙市", f"{path}:2"),
    ]


def test_header_without_a_url_column_says_what_to_name_it(tmp_path: Path) -> None:
    path = write_table(tmp_path / "sites.csv", [["单位", "备注"], ["甲", "x"]])
    code, _, stderr = check(path)
    assert code == 2
    assert stderr.count("\n") == 1 and "'url'" in stderr and "网站地址" in stderr


def test_a_workbook_is_not_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)))
    code, _, stderr = check(path)
    assert code == 2
    assert stderr.count("\n") == 1 and "workbook" in stderr and "CSV" in stderr


# --- URLs as people write them ----------------------------------------------------------

SAME_SITE = {
    "letter case": ("http://www.a.gov.cn/", "HTTP://WWW.A.GOV.CN"),
    "trailing slash on a path": ("http://www.a.gov.cn/bm/jyj/", "http://www.a.gov.cn/bm/jyj"),
    "homepage file": ("http://www.a.gov.cn/", "http://www.a.gov.cn/index.html"),
    "homepage file, other case": ("http://www.a.gov.cn/", "http://www.a.gov.cn/Default.aspx"),
    "default https port": ("https://www.a.gov.cn/", "https://www.a.gov.cn:443/"),
    "http and https": ("http://www.a.gov.cn/", "https://www.a.gov.cn/"),
    "fragment": ("http://www.a.gov.cn/", "http://www.a.gov.cn/#top"),
    "idn and punycode": ("http://www.北京.gov.cn/", "http://www.xn--1lq90i.gov.cn/"),
    "full-width": ("http://www.a.gov.cn/", "ｈｔｔｐ：／／ｗｗｗ．ａ．ｇｏｖ．ｃｎ／"),
}
OTHER_SITES = {
    "department under the portal": ("http://www.a.gov.cn/", "http://www.a.gov.cn/bm/jyj/"),
    "another port": ("http://www.a.gov.cn/", "http://www.a.gov.cn:8080/"),
    "another query": ("http://www.a.gov.cn/?site=1", "http://www.a.gov.cn/?site=2"),
    "another path case": ("http://www.a.gov.cn/BM/", "http://www.a.gov.cn/bm/"),
}


@pytest.mark.parametrize("first, second", SAME_SITE.values(), ids=SAME_SITE.keys())
def test_one_site_written_two_ways_is_a_duplicate(first: str, second: str) -> None:
    one, two = read_url(first)[0], read_url(second)[0]
    assert one is not None and two is not None
    assert one.key == two.key


@pytest.mark.parametrize("first, second", OTHER_SITES.values(), ids=OTHER_SITES.keys())
def test_different_sites_are_not_duplicates(first: str, second: str) -> None:
    one, two = read_url(first)[0], read_url(second)[0]
    assert one is not None and two is not None
    assert one.key != two.key


BAD_URLS = {
    "no scheme": ("www.xx.gov.cn", ["'http://www.xx.gov.cn'", "--assume-scheme"]),
    "one slash": ("http:/www.xx.gov.cn/", ["malformed", "'http://www.xx.gov.cn/'"]),
    "no colon": ("http//www.xx.gov.cn/", ["malformed", "'http://www.xx.gov.cn/'"]),
    "backslashes": ("http:\\\\www.xx.gov.cn\\", ["malformed", "'http://www.xx.gov.cn\\\\'"]),
    "two urls in a cell": ("http://www.a.gov.cn/\nhttp://www.b.gov.cn/", ["two URLs"]),
    "not a url": ("见附件", ["not a URL"]),
    "ftp": ("ftp://files.xx.gov.cn/", ["'ftp'"]),
}


@pytest.mark.parametrize("url, words", BAD_URLS.values(), ids=BAD_URLS.keys())
def test_bad_url_says_how_to_fix_it(url: str, words: list[str]) -> None:
    listed, reason = read_url(url)
    assert listed is None
    for word in words:
        assert word in reason, reason


def test_repairs_and_skips_are_reported_by_line(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "sites.csv",
        [
            ["url", "name"],  # 1
            ["http://www.a.gov.cn/", "A"],  # 2
            ["  http://www.b.gov.cn/\u00a0", "spaces are trimmed silently"],  # 3
            ["http：//www.c.gov.cn/", "full-width colon"],  # 4
            ["\ufeffhttp://www.d.gov.cn/", "a BOM pasted in"],  # 5
            ["http://www.a.gov.cn/index.htm", "duplicate"],  # 6
            ["www.e.gov.cn", "no scheme"],  # 7
            ["http://10.0.0.1:8080/", "an address and port"],  # 8
            ["https://www.a.gov.cn:8443/", "another port: another site"],  # 9
        ],
    )

    code, stdout, stderr = check(path)

    assert code == 2  # rows would be skipped
    assert sources(warnings(stderr)) == [f"{path}:{n}" for n in (6, 7)]
    assert sources(notes(stderr)) == [f"{path}:{n}" for n in (4, 5)]
    assert "6 site(s) to scan" in stdout and "2 row(s) skipped (1 duplicate, 1 url)" in stdout
    code, stdout, _ = check(path, "--assume-scheme", "https")
    assert "7 site(s) to scan" in stdout
    urls = [s.url for s in load_sites(Config(), path, "https").sites]
    assert urls == [
        "http://www.a.gov.cn/",
        "http://www.b.gov.cn/",
        "http://www.c.gov.cn/",
        "http://www.d.gov.cn/",
        "https://www.e.gov.cn",
        "http://10.0.0.1:8080/",
        "https://www.a.gov.cn:8443/",
    ]


# --- override cells ---------------------------------------------------------------------


def test_override_cells_name_line_and_column(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "sites.csv",
        [
            ["url", "timeout", "max_column_pages"],  # 1
            ["http://o1.gov.cn/", "15s", "5"],  # 2
            ["http://o2.gov.cn/", "abc", ""],  # 3
            ["http://o3.gov.cn/", "", "x"],  # 4
            ["http://o4.gov.cn/", " 20 ", "12.0"],  # 5: pandas writes whole numbers so
            ["http://o5.gov.cn/", "", ""],  # 6: the defaults
        ],
    )

    code, _, stderr = check(path)

    assert code == 2
    skipped = warnings(stderr)
    assert sources(skipped) == [f"{path}:{n}" for n in (2, 3, 4)]
    assert "timeout" in skipped[0] and "'15s'" in skipped[0]
    assert "timeout" in skipped[1] and "'abc'" in skipped[1]
    assert "max_column_pages" in skipped[2] and "'x'" in skipped[2]
    sites = load_sites(Config(), path).sites
    assert [s.overrides for s in sites] == [{"timeout": 20.0, "max_column_pages": 12}, {}]
    assert type(sites[0].overrides["max_column_pages"]) is int


# --- a census-sized list ----------------------------------------------------------------


def test_census_of_84094_rows_checks_without_scanning(tmp_path: Path) -> None:
    rows = [["网站地址", "网站名称", "地区", "timeout"]]
    rows += [
        [
            f"{'https' if i % 4 == 0 else 'http'}://www.x{i}.county{i % 2800}.gov.cn/",
            f"第{i}号县人民政府门户网站",
            f"第{i % 31}省",
            "" if i % 50 else "20",
        ]
        for i in range(84_094)
    ]
    rows[5000][0] = rows[4000][0].upper()  # one duplicate
    path = write_table(tmp_path / "census.csv", rows)

    code, stdout, stderr = check(path, timeout=60)

    assert code == 2
    assert warnings(stderr) == [
        f"warning: skipped {path}:5001: duplicate of {path}:4001 ({rows[4000][0]})"
    ]
    assert stdout.splitlines() == [
        "84,093 site(s) to scan (84,093 host(s), 31 group(s), 1,682 with their own settings)",
        "1 row(s) skipped (1 duplicate)",
        "0 note(s)",
    ]


# --- config mistakes --------------------------------------------------------------------

CONFIG_MISTAKES = {
    "quoted number": ('[crawler]\ntimeout = "15"\n', ["[crawler] timeout", "without quotes"]),
    "quoted boolean": ('[crawler]\nrespect_robots = "false"\n', ["without quotes"]),
    "setting outside its section": ("timeout = 15\n", ["'timeout'", "[crawler]"]),
    "sites_file under a section": (
        '[crawler]\ntimeout = 5\nsites_file = "s.csv"\n',
        ["'sites_file'", "top of the file"],
    ),
    "sites_file inside a [[sites]] table": (
        '[[sites]]\nurl = "http://ok.farm.test/"\nsites_file = "s.csv"\n',
        ["[[sites]] #1", "'sites_file'", "move it"],
    ),
    "sites_file missing": ('sites_file = "lists/nope.csv"\n', ["sites_file", "nope.csv"]),
    "sites_file is a folder": ('sites_file = "lists"\n', ["sites_file", "lists"]),
}


@pytest.mark.parametrize("text, words", CONFIG_MISTAKES.values(), ids=CONFIG_MISTAKES.keys())
def test_config_mistakes_exit_2_with_one_line_naming_file_and_key(
    tmp_path: Path, text: str, words: list[str]
) -> None:
    (tmp_path / "lists").mkdir()
    write_table(tmp_path / "s.csv", [["url"], ["http://ok.farm.test/"]])
    config = tmp_path / "site-health.toml"
    config.write_text(text, encoding="utf-8")

    code, stdout, stderr = run_cli_sync("scan", "--config", config, "--quiet")

    assert code == 2 and stdout == ""
    assert stderr.startswith("error:") and stderr.count("\n") == 1, stderr
    assert str(config) in stderr
    for word in words:
        assert word in stderr, stderr


def test_config_saved_as_gbk_names_line_and_column(tmp_path: Path) -> None:
    config = tmp_path / "gbk.toml"
    config.write_bytes("[crawler]\n# 超时\ntimeout = 15\n".encode("gbk"))
    code, _, stderr = run_cli_sync("scan", "--config", config, "--quiet")
    assert code == 2
    assert stderr.count("\n") == 1 and "not UTF-8" in stderr and "line 2, column 3" in stderr


def test_config_saved_as_utf16_by_notepad_loads_its_sites_from_its_folder(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "etc"
    folder.mkdir()
    write_table(folder / "名单.csv", [["网站地址"], ["http://www.a.gov.cn/"], ["www.b.gov.cn"]])
    config = folder / "site-health.toml"
    config.write_bytes(
        'sites_file = "名单.csv"\r\n[network]\r\nsystem_dns = false\r\n'.encode("utf-16")
    )

    code, stdout, stderr = run_cli_sync("sites", "check", "--config", config)  # cwd: the repo

    assert code == 2, stderr
    assert stdout.startswith("1 site(s) to scan")
    assert f"{folder / '名单.csv'}:3" in stderr and "--assume-scheme" in stderr


def test_only_bad_sites_exit_2_naming_the_rows(tmp_path: Path) -> None:
    config = write_config(
        tmp_path, closed_port(), '[[sites]]\nurl = "http://a.test/"\nnmae = "A"\n'
    )
    code, _, stderr = run_cli_sync("scan", "--config", config, "--quiet")
    assert code == 2
    assert "[[sites]] #1" in stderr and "'nmae' (did you mean 'name'?)" in stderr
