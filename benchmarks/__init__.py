"""Benchmark scripts: they print their figures; targets live here, never in timed tests."""
