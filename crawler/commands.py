"""What both command lines share: exit codes, the error-to-exit-code adapter, and
reading the config. Light on imports: `python -m monitor` starts without the HTTP
client and the scan machinery.

Exit codes: 0 the command ran, 1 another library error, 2 a bad config, site list or
argument, 3 a database problem, 4 another daemon runs on the database, 130 interrupted,
141 the reader of standard output went away (`| head`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from crawler.config import Config, load_config
from crawler.errors import (
    ConfigError,
    CrawlerError,
    DaemonRunning,
    SiteListError,
    StorageError,
)

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_STORAGE = 3
EXIT_LOCKED = 4
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell shows for a tool that SIGPIPE ended


def run_command(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; a library error becomes one line on stderr and an exit code
    (shared with `python -m monitor`)."""
    try:
        return handler(args)
    except (KeyboardInterrupt, asyncio.CancelledError):
        print("interrupted; finished sites are stored (resume with --resume)", file=sys.stderr)
        return EXIT_INTERRUPTED
    except CrawlerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exit_code(exc)
    except BrokenPipeError:
        # `export ... | head`: the reader has what it wanted. Stop quietly, as Unix
        # tools do; stdout goes to /dev/null so that its flush at exit raises no more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_BROKEN_PIPE


def exit_code(error: CrawlerError) -> int:
    if isinstance(error, DaemonRunning):
        return EXIT_LOCKED
    if isinstance(error, ConfigError | SiteListError):
        return EXIT_USAGE
    if isinstance(error, StorageError):
        return EXIT_STORAGE
    return 1


def read_config(path: Path | None, db: Path | None = None) -> Config:
    config = load_config(path) if path is not None else Config()
    if db is not None:
        config = replace(config, storage=replace(config.storage, path=str(db.resolve())))
    return config
