"""Monitor: turns stored scan results into summary reports (see the project issues)."""
