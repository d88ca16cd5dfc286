"""Genograms and ecomaps of a case file: the model, its checks, its file format and its layout (pure Python)."""
