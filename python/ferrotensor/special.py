"""``ferrotensor.special``: PyTorch's special-function namespace.

Aliases of the elementwise special functions, plus ``ndtr`` and ``ndtri``.
"""

from __future__ import annotations

import math
from typing import Any

from . import _numeric


def _alias(name: str, target: Any, doc: str) -> Any:
    def function(input: Any, *args: Any, **kwargs: Any) -> Any:
        return target(input, *args, **kwargs)

    function.__name__ = function.__qualname__ = name
    function.__doc__ = doc
    return function


erf = _alias("erf", _numeric.erf, "The error function.")  # type: ignore[attr-defined]
erfc = _alias("erfc", _numeric.erfc, "The complementary error function.")  # type: ignore[attr-defined]
erfinv = _alias("erfinv", _numeric.erfinv, "The inverse error function.")  # type: ignore[attr-defined]
exp2 = _alias("exp2", _numeric.exp2, "``2 ** x``.")  # type: ignore[attr-defined]
expm1 = _alias("expm1", _numeric.expm1, "``exp(x) - 1``.")  # type: ignore[attr-defined]
log1p = _alias("log1p", _numeric.log1p, "``log(1 + x)``.")  # type: ignore[attr-defined]
expit = _alias("expit", _numeric.sigmoid, "The logistic sigmoid.")  # type: ignore[attr-defined]
logit = _alias("logit", _numeric.logit, "``log(x / (1 - x))``.")  # type: ignore[attr-defined]
xlogy = _alias("xlogy", _numeric.xlogy, "``x * log(y)``, zero where x is zero.")
gammaln = _alias("gammaln", _numeric.lgamma, "``log|Gamma(x)|``.")  # type: ignore[attr-defined]
digamma = _alias("digamma", _numeric.digamma, "The digamma function.")  # type: ignore[attr-defined]
psi = _alias("psi", _numeric.digamma, "The digamma function.")  # type: ignore[attr-defined]
sinc = _alias("sinc", _numeric.sinc, "The normalised sinc.")  # type: ignore[attr-defined]
round = _alias("round", _numeric.round, "Round half to even.")  # type: ignore[attr-defined]
logsumexp = _alias("logsumexp", _numeric.logsumexp, "``log(sum(exp(x)))``.")  # type: ignore[attr-defined]


def polygamma(n: int, input: Any) -> Any:
    """The ``n``-th derivative of the digamma function."""
    return _numeric.polygamma(n, input)


def ndtr(input: Any) -> Any:
    """The standard normal CDF, ``(1 + erf(x / sqrt(2))) / 2``."""
    return (input / math.sqrt(2.0)).erf().add(1.0).mul(0.5)


def ndtri(input: Any) -> Any:
    """The inverse of :func:`ndtr`, ``sqrt(2) erfinv(2p - 1)``."""
    return (input * 2.0 - 1.0).erfinv() * math.sqrt(2.0)


__all__ = [
    "digamma",
    "erf",
    "erfc",
    "erfinv",
    "exp2",
    "expit",
    "expm1",
    "gammaln",
    "log1p",
    "logit",
    "logsumexp",
    "ndtr",
    "ndtri",
    "polygamma",
    "psi",
    "round",
    "sinc",
    "xlogy",
]
