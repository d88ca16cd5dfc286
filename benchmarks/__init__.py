"""Benchmarks: each compares our figure with a baseline measured in the same run (`make bench`)."""
