"""Sizes as people read them."""

from __future__ import annotations

_UNITS = ((1_000_000_000, "GB"), (1_000_000, "MB"), (1_000, "kB"))


def human_size(size: int) -> str:
    """Decimal units, so max_bytes = 20_000_000 reads "20.0 MB": 209715200 -> '209.7 MB'."""
    for factor, unit in _UNITS:
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} bytes"
