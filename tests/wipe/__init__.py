"""Tests of the end-of-inspection wipe."""
