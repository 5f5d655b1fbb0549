"""One transaction on an autocommit SQLite connection (isolation_level=None), the way
every writer in the project takes it: committed on success, rolled back on any error,
cancellation included."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = True) -> Iterator[None]:
    """`immediate` takes the write lock at the start (waiting up to busy_timeout) rather
    than at the first write, so a read-then-write never fails half way on a busy database."""
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
