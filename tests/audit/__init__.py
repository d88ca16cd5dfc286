"""Tests of the tamper-evident audit trail."""
