"""``Adadelta``: step sizes from running averages of squared gradients and updates."""

from __future__ import annotations

from typing import Any, Callable, Optional

from .optimizer import (
    Optimizer,
    _advance,
    _check_flags,
    _check_tensor_lr,
    _params_with_grad,
    _scalar,
    _step_tensor,
    _zeros_like,
)

__all__ = ["Adadelta"]


class Adadelta(Optimizer):
    r"""Adadelta (Zeiler, "ADADELTA: An Adaptive Learning Rate Method").

    See https://arxiv.org/abs/1212.5701. For each parameter :math:`\theta` with gradient
    :math:`g` (negated first when ``maximize``)::

        g <- g + lambda * theta                   (weight_decay != 0)
        v <- rho * v + (1 - rho) * g * g
        d <- sqrt(u + eps) / sqrt(v + eps) * g
        u <- rho * u + (1 - rho) * d * d
        theta <- theta - lr * d

    Args:
        params (iterable): tensors to optimize, or dicts defining parameter groups.
        lr (float, optional): scale applied to each update (default: 1.0).
        rho (float, optional): decay rate of the running averages (default: 0.9).
        eps (float, optional): added inside the square roots for stability
            (default: 1e-6).
        weight_decay (float, optional): L2 penalty (default: 0).
        foreach (bool, optional): accepted for compatibility (default: None).
        capturable (bool, optional): accepted for compatibility (default: False).
        maximize (bool, optional): maximize the objective instead (default: False).
        differentiable (bool, optional): must be False (default: False).

    Raises:
        ValueError: for a negative lr, eps or weight_decay, or rho outside ``[0, 1]``.
    """

    def __init__(
        self,
        params: Any,
        lr: float = 1.0,
        rho: float = 0.9,
        eps: float = 1e-6,
        weight_decay: float = 0,
        foreach: Optional[bool] = None,
        *,
        capturable: bool = False,
        maximize: bool = False,
        differentiable: bool = False,
    ) -> None:
        _check_tensor_lr(lr)
        if not lr >= 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 <= rho <= 1.0:
            raise ValueError(f"Invalid rho value: {rho}")
        if not eps >= 0.0:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not weight_decay >= 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        defaults = {
            "lr": lr,
            "rho": rho,
            "eps": eps,
            "weight_decay": weight_decay,
            "maximize": maximize,
            "capturable": capturable,
            "foreach": foreach,
            "differentiable": differentiable,
        }
        super().__init__(params, defaults)
        _check_flags(None, foreach, differentiable)

    def step(self, closure: Optional[Callable[[], Any]] = None) -> Any:
        """Perform one optimization step.

        Args:
            closure (Callable, optional): reevaluates the model and returns the loss.

        Returns:
            The closure's loss, or None.
        """
        loss = self._closure_loss(closure)
        for group in self.param_groups:
            lr = _scalar(group["lr"])
            rho = group["rho"]
            eps = group["eps"]
            wd = group["weight_decay"]
            maximize = group["maximize"]
            w = 1 - rho
            for p, grad in _params_with_grad(group):
                state = self.state[p]
                if len(state) == 0:
                    state["step"] = _step_tensor()
                    state["square_avg"] = _zeros_like(p)
                    state["acc_delta"] = _zeros_like(p)
                _advance(state)
                be = p._backend
                binary = be.binary
                unary = be.unary
                praw = p._raw
                g = unary(grad._raw, "neg") if maximize else grad._raw
                if wd != 0:
                    g = binary(g, "add", binary(praw, "mul", wd))

                v = state["square_avg"]._raw
                u = state["acc_delta"]._raw
                be.copy_(
                    v, binary(binary(v, "mul", rho), "add", binary(binary(g, "mul", w), "mul", g))
                )
                std = unary(binary(v, "add", eps), "sqrt")
                delta = unary(binary(u, "add", eps), "sqrt")
                delta = binary(binary(delta, "div", std), "mul", g)
                dd = binary(binary(delta, "mul", w), "mul", delta)
                be.copy_(u, binary(binary(u, "mul", rho), "add", dd))
                be.copy_(praw, binary(praw, "add", binary(delta, "mul", -lr)))
        return loss
