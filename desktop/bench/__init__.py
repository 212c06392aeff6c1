"""Benchmarks behind ``jaklapor-desk bench``; figures, not pass/fail tests."""
