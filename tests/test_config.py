"""`load_config`: TOML -> frozen, validated settings; every bad value names file and key."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from crawler.config import (
    AlertSettings,
    Config,
    CrawlerSettings,
    DaemonSettings,
    NetworkSettings,
    ReportSettings,
    RuleSettings,
    StorageSettings,
    load_config,
)
from crawler.errors import ConfigError, CrawlerError
from crawler.sites import load_sites

REPO = Path(__file__).resolve().parents[1]

FULL_TOML = """
sites_file = "lists/sites.csv"

[[sites]]
url = "https://www.example.gov.cn/"
name = "示例政府网"
group = "国务院"
timeout = 20

[[sites]]
url = "http://second.example.test/"

[crawler]
concurrency = 50
per_host = 3
timeout = 7
retries = 1
backoff = 0.5
max_retry_after = 30
user_agent = "test-agent/1.0"
max_page_bytes = 100_000
max_redirects = 5
respect_robots = false
parse_workers = 0

[network]
system_dns = false
trust_env = true
verify_tls = false

[network.resolve]
"www.example.gov.cn" = "10.1.2.3"
"*.farm.test" = "127.0.0.1:8080"
"v6.test" = "[::1]:81"

[storage]
path = "data/results.db"
batch_size = 50
batch_seconds = 0.5

[rules]
slow_ms = 1500
unreachable_statuses = [403, 404, 410]

[rules.deductions]
slow = 7
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_full_config_loads_into_frozen_typed_settings(tmp_path: Path) -> None:
    path = write(tmp_path / "conf" / "site-health.toml", FULL_TOML)

    config = load_config(path)

    assert isinstance(config, Config)
    assert config.source == path
    assert len(config.digest) == 16

    crawler = config.crawler
    assert isinstance(crawler, CrawlerSettings)
    assert crawler.concurrency == 50 and type(crawler.concurrency) is int
    assert crawler.per_host == 3
    assert crawler.timeout == 7.0 and type(crawler.timeout) is float  # TOML int -> float
    assert crawler.retries == 1
    assert crawler.backoff == 0.5
    assert crawler.max_retry_after == 30.0 and type(crawler.max_retry_after) is float
    assert crawler.user_agent == "test-agent/1.0"
    assert crawler.max_page_bytes == 100_000
    assert crawler.max_redirects == 5
    assert crawler.respect_robots is False
    assert crawler.parse_workers == 0

    network = config.network
    assert isinstance(network, NetworkSettings)
    assert dict(network.resolve) == {
        "www.example.gov.cn": "10.1.2.3",
        "*.farm.test": "127.0.0.1:8080",
        "v6.test": "[::1]:81",
    }
    assert network.system_dns is False
    assert network.trust_env is True
    assert network.verify_tls is False

    storage = config.storage
    assert isinstance(storage, StorageSettings)
    assert storage.path == "data/results.db"
    assert storage.batch_size == 50
    assert storage.batch_seconds == 0.5

    rules = config.rules
    assert isinstance(rules, RuleSettings)
    assert rules.slow_ms == 1500
    assert rules.unreachable_statuses == (403, 404, 410)  # TOML array -> tuple
    assert isinstance(rules.unreachable_statuses, tuple)
    # A partial deductions table overrides one code and keeps the other defaults.
    assert rules.deductions["slow"] == 7
    assert rules.deductions["http_error"] == RuleSettings().deductions["http_error"]

    assert len(config.site_tables) == 2
    assert config.site_tables[0]["name"] == "示例政府网"
    assert config.site_tables[0]["timeout"] == 20
    assert config.sites_file == tmp_path / "conf" / "lists" / "sites.csv"
    assert config.database_path == tmp_path / "conf" / "data" / "results.db"

    for settings, attribute in [
        (config, "sites_file"),
        (crawler, "concurrency"),
        (network, "system_dns"),
        (storage, "path"),
        (rules, "slow_ms"),
    ]:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(settings, attribute, None)


def test_empty_file_gives_the_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path / "empty.toml", ""))
    assert config.crawler == CrawlerSettings()
    assert config.network == NetworkSettings()
    assert config.storage == StorageSettings()
    assert config.rules == RuleSettings()
    assert config.site_tables == () and config.sites_file is None
    assert config.database_path == tmp_path / "health.db"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes("\ufeff[crawler]\nconcurrency = 9\n".encode())
    assert load_config(path).crawler.concurrency == 9


def test_digest_follows_the_file_content(tmp_path: Path) -> None:
    one = load_config(write(tmp_path / "a.toml", "[crawler]\nretries = 1\n"))
    same = load_config(write(tmp_path / "b.toml", "[crawler]\nretries = 1\n"))
    other = load_config(write(tmp_path / "c.toml", "[crawler]\nretries = 2\n"))
    assert one.digest == same.digest
    assert one.digest != other.digest


# (TOML text, words the message must contain besides the file path)
BAD_CONFIGS = {
    "unknown top-level key": ("colour = 'red'\n", ["colour"]),
    "top-level typo suggests": (
        "site_file = 'x.csv'\n",
        ["site_file", "did you mean 'sites_file'"],
    ),
    "unknown crawler key suggests": (
        "[crawler]\nconcurency = 5\n",
        ["[crawler]", "concurency", "did you mean 'concurrency'"],
    ),
    "unknown network key": ("[network]\nsystem_dnss = false\n", ["[network]", "system_dnss"]),
    "unknown storage key": ("[storage]\nfile = 'x.db'\n", ["[storage]", "'file'"]),
    "unknown rules key": ("[rules]\nslow = 5\n", ["[rules]", "'slow'", "did you mean 'slow_ms'"]),
    "string for int": ("[crawler]\nconcurrency = '5'\n", ["[crawler]", "concurrency", "integer"]),
    "bool for int": ("[crawler]\nretries = true\n", ["[crawler]", "retries", "integer"]),
    "float for int": ("[crawler]\nper_host = 2.5\n", ["per_host", "integer"]),
    "int for bool": ("[crawler]\nrespect_robots = 1\n", ["respect_robots", "true or false"]),
    "string for bool": ("[network]\nsystem_dns = 'no'\n", ["[network]", "system_dns"]),
    "string for float": ("[crawler]\ntimeout = '15'\n", ["[crawler]", "timeout", "number"]),
    "bool for float": ("[crawler]\ntimeout = true\n", ["timeout", "number"]),
    "int for string": ("[crawler]\nuser_agent = 5\n", ["user_agent", "string"]),
    "string for list": ("[rules]\nunreachable_statuses = '404'\n", ["unreachable_statuses"]),
    "string in int list": ("[rules]\nunreachable_statuses = ['404']\n", ["unreachable_statuses"]),
    "list for table": ("[network]\nresolve = ['127.0.0.1']\n", ["resolve", "table"]),
    "section not a table": ("crawler = 5\n", ["[crawler]"]),
    "sites not tables": ("sites = ['http://a.test/']\n", ["sites"]),
    "sites_file not a string": ("sites_file = 5\n", ["sites_file"]),
    "concurrency 0": ("[crawler]\nconcurrency = 0\n", ["[crawler]", "concurrency"]),
    "timeout -1": ("[crawler]\ntimeout = -1\n", ["[crawler]", "timeout"]),
    "timeout 0": ("[crawler]\ntimeout = 0\n", ["timeout"]),
    "timeout nan": ("[crawler]\ntimeout = nan\n", ["timeout"]),
    "retries 11": ("[crawler]\nretries = 11\n", ["retries"]),
    "max_page_bytes tiny": ("[crawler]\nmax_page_bytes = 10\n", ["max_page_bytes"]),
    "empty user agent": ("[crawler]\nuser_agent = '  '\n", ["user_agent"]),
    "batch_size 0": ("[storage]\nbatch_size = 0\n", ["[storage]", "batch_size"]),
    "empty storage path": ("[storage]\npath = ''\n", ["[storage]", "path"]),
    "slow_ms 0": ("[rules]\nslow_ms = 0\n", ["[rules]", "slow_ms"]),
    "status not 4xx/5xx": ("[rules]\nunreachable_statuses = [200]\n", ["unreachable_statuses"]),
    "deduction over 100": ("[rules.deductions]\nslow = 101\n", ["deductions.slow"]),
    "nameserver a name": (
        "[network]\nnameservers = ['127.0.0.1:53', 'dns.example']\n",
        ["[network]", "nameservers[1]", "'dns.example'", "not an IP address"],
    ),
    "nameservers not a list": ("[network]\nnameservers = '10.0.0.53'\n", ["nameservers"]),
    "resolve to a name": (
        "[network]\nresolve = { 'www.a.test' = 'localhost:80' }\n",
        ["[network]", "resolve.www.a.test", "'localhost'", "not an IP address"],
    ),
    "resolve bad port": (
        "[network]\nresolve = { 'www.a.test' = '127.0.0.1:99999' }\n",
        ["resolve.www.a.test", "bad port"],
    ),
    "resolve port 0": ("[network]\nresolve = { 'a.test' = '127.0.0.1:0' }\n", ["resolve.a.test"]),
    "resolve port not a number": (
        "[network]\nresolve = { 'a.test' = '127.0.0.1:http' }\n",
        ["resolve.a.test", "bad port"],
    ),
    "resolve empty pattern": ("[network]\nresolve = { '' = '127.0.0.1' }\n", ["resolve"]),
    "invalid TOML": ("[crawler\nconcurrency = 5\n", ["invalid TOML", "line 1"]),
    "duplicate key": ("[crawler]\nretries = 1\nretries = 2\n", ["invalid TOML"]),
}


@pytest.mark.parametrize("text, words", BAD_CONFIGS.values(), ids=BAD_CONFIGS.keys())
def test_bad_config_raises_config_error_naming_file_and_key(
    tmp_path: Path, text: str, words: list[str]
) -> None:
    path = write(tmp_path / "bad-config.toml", text)

    with pytest.raises(ConfigError) as caught:
        load_config(path)

    message = str(caught.value)
    assert str(path) in message
    for word in words:
        assert word in message
    assert "\n" not in message  # the CLI prints it as one line
    assert isinstance(caught.value, CrawlerError)


def test_invalid_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes("[crawler]\nuser_agent = 'caf\u00e9'\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"latin1\.toml"):
        load_config(path)


def test_missing_file_is_a_config_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "missing.toml"
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(path) in str(caught.value)


def test_directory_instead_of_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_relative_paths_follow_the_config_folder_not_the_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "etc" / "crawler"
    write(
        folder / "c.toml",
        'sites_file = "lists/sites.csv"\n[storage]\npath = "db/health.db"\n',
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    config = load_config(folder / "c.toml")
    assert config.sites_file == folder / "lists" / "sites.csv"
    assert config.database_path == folder / "db" / "health.db"

    # A config named by a relative path: still next to the config, wherever we are.
    monkeypatch.chdir(tmp_path)
    relative = load_config(Path("etc/crawler/c.toml"))
    assert relative.sites_file is not None
    assert relative.sites_file.resolve() == (folder / "lists" / "sites.csv").resolve()
    assert relative.database_path.resolve() == (folder / "db" / "health.db").resolve()


def test_absolute_paths_are_kept(tmp_path: Path) -> None:
    sites = tmp_path / "abs" / "sites.csv"
    database = tmp_path / "abs" / "h.db"
    path = write(
        tmp_path / "conf" / "c.toml",
        f'sites_file = "{sites.as_posix()}"\n[storage]\npath = "{database.as_posix()}"\n',
    )
    config = load_config(path)
    assert config.sites_file == sites
    assert config.database_path == database


def test_example_config_loads_with_its_site_list() -> None:
    example = REPO / "config.example.toml"
    assert example.is_file(), "config.example.toml is missing at the repo root"

    config = load_config(example)

    assert config.sites_file is not None and config.sites_file.is_file()
    site_list = load_sites(config)
    assert site_list.problems == ()
    assert len(site_list.sites) >= 2
    # The example documents the defaults: its [crawler] values equal the built-in ones.
    assert config.crawler == CrawlerSettings()
    assert config.network == NetworkSettings()
    assert config.storage == StorageSettings()
    assert config.rules == RuleSettings()
    assert config.report == ReportSettings()
    assert config.daemon == DaemonSettings()
    assert config.alerts == AlertSettings()


def test_example_config_documents_every_key() -> None:
    text = (REPO / "config.example.toml").read_text("utf-8")
    sections = {
        "crawler": CrawlerSettings,
        "network": NetworkSettings,
        "storage": StorageSettings,
        "rules": RuleSettings,
        "report": ReportSettings,
        "daemon": DaemonSettings,
        "alerts": AlertSettings,
    }
    missing = [
        f"[{name}] {field.name}"
        for name, cls in sections.items()
        for field in dataclasses.fields(cls)
        if not re.search(rf"^#? ?{field.name} =|^\[{name}\.{field.name}\]", text, re.M)
    ]
    assert missing == []


def test_example_config_names_every_signature_list() -> None:
    """The comment over `[signatures]` is where a user learns which list names the
    loader accepts (unknown ones are errors): it names every built-in list."""
    from crawler.signals import builtin_signature_data

    text = (REPO / "config.example.toml").read_text("utf-8")
    comment = text[
        text.index("# Words added to the built-in signatures") : text.index("\n[signatures]")
    ]
    named = set(re.findall(r"\b[a-z]+(?:_[a-z]+)*\b", comment))
    assert sorted(set(builtin_signature_data()) - named) == []
