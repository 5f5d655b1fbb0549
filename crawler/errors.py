"""Exceptions raised by the crawler library.

Per-site failures (DNS, timeouts, HTTP errors...) are never exceptions: they are
data on the site's result (`FetchRecord.error_kind`). Exceptions are kept for
problems that stop a command before or outside the scan itself::

    CrawlerError
    ├── ConfigError        a config file is unreadable or invalid (names file and key)
    ├── SiteListError      a site list cannot be used at all (bad header, unreadable)
    ├── StorageError       the database cannot be opened, or a scan id does not exist
    ├── DaemonRunning      another daemon holds the database's lock
    └── DeliveryError      a notification channel refused an alert (retried, logged)

The CLI turns each of them into a one-line message and a non-zero exit code.
"""


class CrawlerError(Exception):
    """Root of every error the crawler raises on purpose."""


class ConfigError(CrawlerError):
    """A configuration file or value is invalid."""


class SiteListError(CrawlerError):
    """A site list cannot be read at all (bad rows are reported, not raised)."""


class StorageError(CrawlerError):
    """The results database cannot be used as asked."""


class DaemonRunning(CrawlerError):
    """Another daemon holds this database."""


class ScanRunning(DaemonRunning):
    """Another scan is running on this database (exit code 4 too)."""


class DeliveryError(CrawlerError):
    """A notification could not be delivered; the alert stays queued for a retry."""
