"""Extraction from annotated articles: mentions, quotes, claims and time expressions."""
