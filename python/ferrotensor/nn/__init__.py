"""``ferrotensor.nn``: modules, parameters, layers, activations, losses and their functions.

Example::

    >>> import ferrotensor as torch
    >>> from ferrotensor import nn
    >>> model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
    >>> model(torch.ones(2, 4)).shape
    ferrotensor.Size([2, 1])
"""

from __future__ import annotations

from . import functional, init, utils
from .modules import *  # noqa: F403 - the layer classes
from .modules import __all__ as _modules_all
from .parameter import Buffer, Parameter

__all__ = ["Buffer", "Parameter", "functional", "init", "utils", *_modules_all]
