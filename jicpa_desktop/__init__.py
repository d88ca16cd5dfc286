"""JICPA Desktop: offline audit tool for Joint Inspections of Child Protection Arrangements."""

__version__ = "0.1.0"
