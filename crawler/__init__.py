"""Website health crawler: site list -> fetch -> observe -> judge -> store.

The data flows through one module per step:

    sites.py     site list (config tables and CSV) -> Site
    fetch.py     Site -> FetchRecord (redirects, size cap, decompression, decoding)
    extract.py   page bytes -> PageObservations (title, text, links, fingerprint)
    rules.py     observations + settings + now -> Verdict   (pure)
    storage.py   results -> SQLite, scans, resume
    scan.py      the orchestrator that ties them together
    cli.py       the command line, a thin adapter over the above
"""

__version__ = "0.1.0"
