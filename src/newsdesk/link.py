"""Canonical entities across articles, spellings and transliterations (being written)."""
