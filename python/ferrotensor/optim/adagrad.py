"""``Adagrad``: per-coordinate learning rates from the sum of squared gradients."""

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

__all__ = ["Adagrad"]


class Adagrad(Optimizer):
    r"""Adagrad (Duchi et al., "Adaptive Subgradient Methods for Online Learning").

    See JMLR 12 (2011), https://jmlr.org/papers/v12/duchi11a.html. At step :math:`t`, for
    each parameter :math:`\theta` with gradient :math:`g` (negated first when
    ``maximize``)::

        g <- g + lambda * theta                   (weight_decay != 0)
        lr_t <- lr / (1 + (t - 1) * lr_decay)
        s <- s + g * g                            (s starts at initial_accumulator_value)
        theta <- theta - lr_t * g / (sqrt(s) + eps)

    Args:
        params (iterable): tensors to optimize, or dicts defining parameter groups.
        lr (float, optional): learning rate (default: 1e-2).
        lr_decay (float, optional): learning rate decay (default: 0).
        weight_decay (float, optional): L2 penalty (default: 0).
        initial_accumulator_value (float, optional): starting value of the sums of
            squares (default: 0).
        eps (float, optional): added to the denominator for stability (default: 1e-10).
        foreach (bool, optional): accepted for compatibility (default: None).
        maximize (bool, optional): maximize the objective instead (default: False).
        differentiable (bool, optional): must be False (default: False).
        fused (bool, optional): accepted for compatibility (default: None).

    Raises:
        ValueError: for a negative lr, lr_decay, weight_decay, initial_accumulator_value
            or eps.
    """

    def __init__(
        self,
        params: Any,
        lr: float = 1e-2,
        lr_decay: float = 0,
        weight_decay: float = 0,
        initial_accumulator_value: float = 0,
        eps: float = 1e-10,
        foreach: Optional[bool] = None,
        *,
        maximize: bool = False,
        differentiable: bool = False,
        fused: Optional[bool] = None,
    ) -> None:
        _check_tensor_lr(lr)
        if not lr >= 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not lr_decay >= 0.0:
            raise ValueError(f"Invalid lr_decay value: {lr_decay}")
        if not weight_decay >= 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if not initial_accumulator_value >= 0.0:
            raise ValueError(
                f"Invalid initial_accumulator_value value: {initial_accumulator_value}"
            )
        if not eps >= 0.0:
            raise ValueError(f"Invalid epsilon value: {eps}")
        defaults = {
            "lr": lr,
            "lr_decay": lr_decay,
            "eps": eps,
            "weight_decay": weight_decay,
            "initial_accumulator_value": initial_accumulator_value,
            "foreach": foreach,
            "maximize": maximize,
            "differentiable": differentiable,
            "fused": fused,
        }
        super().__init__(params, defaults)
        _check_flags(fused, foreach, differentiable)
        # NOTE: like PyTorch, Adagrad creates its state up front (the sums start at
        # initial_accumulator_value), so state_dict() lists every parameter before a step.
        for group in self.param_groups:
            for p in group["params"]:
                self._init_state(p, group)

    def _init_state(self, p: Any, group: dict[str, Any]) -> dict[str, Any]:
        state: dict[str, Any] = self.state[p]
        state["step"] = _step_tensor()
        state["sum"] = _zeros_like(p, float(group["initial_accumulator_value"]))
        return state

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
            lr_decay = group["lr_decay"]
            eps = group["eps"]
            wd = group["weight_decay"]
            maximize = group["maximize"]
            for p, grad in _params_with_grad(group):
                state = self.state[p]
                if len(state) == 0:  # a group added after construction
                    state = self._init_state(p, group)
                t = _advance(state)
                be = p._backend
                binary = be.binary
                praw = p._raw
                g = be.unary(grad._raw, "neg") if maximize else grad._raw
                if wd != 0:
                    g = binary(g, "add", binary(praw, "mul", wd))
                clr = lr / (1 + (t - 1) * lr_decay)
                s = state["sum"]._raw
                be.copy_(s, binary(s, "add", binary(g, "mul", g)))
                std = binary(be.unary(s, "sqrt"), "add", eps)
                be.copy_(praw, binary(praw, "add", binary(binary(g, "div", std), "mul", -clr)))
        return loss
