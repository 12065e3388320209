"""``RMSprop``: gradients scaled by a running root mean square, optionally centered."""

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

__all__ = ["RMSprop"]


class RMSprop(Optimizer):
    r"""RMSprop, as proposed by G. Hinton in his Coursera course (lecture 6.5).

    The centered version follows Graves, "Generating Sequences With Recurrent Neural
    Networks" (https://arxiv.org/abs/1308.0850). For each parameter :math:`\theta` with
    gradient :math:`g` (negated first when ``maximize``)::

        g <- g + lambda * theta                   (weight_decay != 0)
        v <- alpha * v + (1 - alpha) * g * g
        a <- alpha * a + (1 - alpha) * g          (centered; v is then v - a * a below)
        d <- g / (sqrt(v) + eps)
        b <- mu * b + d; d <- b                   (momentum > 0)
        theta <- theta - lr * d

    Args:
        params (iterable): tensors to optimize, or dicts defining parameter groups.
        lr (float, optional): learning rate (default: 1e-2).
        alpha (float, optional): smoothing constant (default: 0.99).
        eps (float, optional): added to the denominator for stability (default: 1e-8).
        weight_decay (float, optional): L2 penalty (default: 0).
        momentum (float, optional): momentum factor (default: 0).
        centered (bool, optional): normalise by an estimate of the gradient's variance
            (default: False).
        capturable (bool, optional): accepted for compatibility (default: False).
        foreach (bool, optional): accepted for compatibility (default: None).
        maximize (bool, optional): maximize the objective instead (default: False).
        differentiable (bool, optional): must be False (default: False).

    Raises:
        ValueError: for a negative lr, eps, momentum, weight_decay or alpha.
    """

    def __init__(
        self,
        params: Any,
        lr: float = 1e-2,
        alpha: float = 0.99,
        eps: float = 1e-8,
        weight_decay: float = 0,
        momentum: float = 0,
        centered: bool = False,
        capturable: bool = False,
        foreach: Optional[bool] = None,
        maximize: bool = False,
        differentiable: bool = False,
    ) -> None:
        _check_tensor_lr(lr)
        if not lr >= 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not eps >= 0.0:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not momentum >= 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if not weight_decay >= 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if not alpha >= 0.0:
            raise ValueError(f"Invalid alpha value: {alpha}")
        defaults = {
            "lr": lr,
            "momentum": momentum,
            "alpha": alpha,
            "eps": eps,
            "centered": centered,
            "weight_decay": weight_decay,
            "capturable": capturable,
            "foreach": foreach,
            "maximize": maximize,
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
            alpha = group["alpha"]
            eps = group["eps"]
            wd = group["weight_decay"]
            momentum = group["momentum"]
            centered = group["centered"]
            maximize = group["maximize"]
            w = 1 - alpha
            for p, grad in _params_with_grad(group):
                state = self.state[p]
                if len(state) == 0:
                    state["step"] = _step_tensor()
                    state["square_avg"] = _zeros_like(p)
                    if momentum > 0:
                        state["momentum_buffer"] = _zeros_like(p)
                    if centered:
                        state["grad_avg"] = _zeros_like(p)
                _advance(state)
                be = p._backend
                binary = be.binary
                praw = p._raw
                g = be.unary(grad._raw, "neg") if maximize else grad._raw
                if wd != 0:
                    g = binary(g, "add", binary(praw, "mul", wd))

                v = state["square_avg"]._raw
                sq = binary(binary(g, "mul", w), "mul", g)
                be.copy_(v, binary(binary(v, "mul", alpha), "add", sq))
                if centered:
                    a = state["grad_avg"]._raw
                    diff = binary(g, "sub", a)
                    if w < 0.5:
                        be.copy_(a, binary(a, "add", binary(diff, "mul", w)))
                    else:
                        be.copy_(a, binary(g, "sub", binary(diff, "mul", alpha)))
                    avg = be.unary(binary(v, "sub", binary(a, "mul", a)), "sqrt")
                else:
                    avg = be.unary(v, "sqrt")
                avg = binary(avg, "add", eps)

                if momentum > 0:
                    b = state["momentum_buffer"]._raw
                    be.copy_(b, binary(binary(b, "mul", momentum), "add", binary(g, "div", avg)))
                    upd = binary(b, "mul", -lr)
                else:
                    upd = binary(binary(g, "div", avg), "mul", -lr)
                be.copy_(praw, binary(praw, "add", upd))
        return loss
