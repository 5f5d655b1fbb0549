"""The JSON Lines output contract from the README, written out once for the tests."""

CONTRACT_KEYS = frozenset(
    {
        "url",
        "name",
        "group",
        "checked_at",
        "final_url",
        "http_status",
        "response_ms",
        "status",
        "last_updated",
        "findings",
        "score",
        "passed",
        "error_kind",
    }
)

# The freshness findings (issue 3), as the README's finding vocabulary lists them.
FRESHNESS_CODES = frozenset(
    {
        "homepage_stale",
        "column_stale",
        "column_empty",
        "unanswered_messages",
        "abandoned",
        "undated",
    }
)
