"""Utilities, as in ``torch.utils``: ``ferrotensor.utils.data``."""

from __future__ import annotations

from . import data

__all__ = ["data"]
