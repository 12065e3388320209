"""``SGD``: stochastic gradient descent with momentum, dampening, Nesterov and weight decay."""

from __future__ import annotations

from typing import Any, Callable, Optional

from .optimizer import Optimizer, _check_flags, _check_tensor_lr, _params_with_grad, _scalar, _wrap

__all__ = ["SGD"]


class SGD(Optimizer):
    r"""Stochastic gradient descent, optionally with momentum.

    For each parameter :math:`\theta` with gradient :math:`g` (negated first when
    ``maximize``), learning rate :math:`\gamma`, momentum :math:`\mu`, dampening
    :math:`\tau` and weight decay :math:`\lambda`::

        g  <- g + lambda * theta                      (weight_decay != 0)
        b  <- g on the first step, else mu * b + (1 - tau) * g     (momentum != 0)
        g  <- g + mu * b if nesterov else b           (momentum != 0)
        theta <- theta - gamma * g

    Nesterov momentum follows Sutskever et al., "On the importance of initialization and
    momentum in deep learning" (ICML 2013, http://www.cs.toronto.edu/~hinton/absps/momentum.pdf).

    Args:
        params (iterable): tensors to optimize, or dicts defining parameter groups.
        lr (float, optional): learning rate (default: 1e-3).
        momentum (float, optional): momentum factor (default: 0).
        dampening (float, optional): dampening of the momentum (default: 0).
        weight_decay (float, optional): L2 penalty (default: 0).
        nesterov (bool, optional): use Nesterov momentum (default: False).
        maximize (bool, optional): maximize the objective instead (default: False).
        foreach (bool, optional): accepted for compatibility; one implementation serves
            all settings (default: None).
        differentiable (bool, optional): must be False (default: False).
        fused (bool, optional): accepted for compatibility (default: None).

    Raises:
        ValueError: for a negative lr, momentum or weight_decay, or Nesterov without
            momentum or with dampening.

    Example::

        >>> import ferrotensor as torch
        >>> w = torch.tensor([1.0, 2.0], requires_grad=True)
        >>> opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
        >>> (w * w).sum().backward()
        >>> opt.step()
        >>> w
        tensor([0.8000, 1.6000], requires_grad=True)
    """

    def __init__(
        self,
        params: Any,
        lr: float = 1e-3,
        momentum: float = 0,
        dampening: float = 0,
        weight_decay: float = 0,
        nesterov: bool = False,
        *,
        maximize: bool = False,
        foreach: Optional[bool] = None,
        differentiable: bool = False,
        fused: Optional[bool] = None,
    ) -> None:
        _check_tensor_lr(lr)
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        defaults = {
            "lr": lr,
            "momentum": momentum,
            "dampening": dampening,
            "weight_decay": weight_decay,
            "nesterov": nesterov,
            "maximize": maximize,
            "foreach": foreach,
            "differentiable": differentiable,
            "fused": fused,
        }
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, defaults)
        _check_flags(fused, foreach, differentiable)

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
            wd = group["weight_decay"]
            momentum = group["momentum"]
            keep = 1 - group["dampening"]
            nesterov = group["nesterov"]
            maximize = group["maximize"]
            for p, grad in _params_with_grad(group):
                be = p._backend
                binary = be.binary
                praw = p._raw
                g = grad._raw
                fresh = False  # whether ``g`` is a buffer of our own
                if maximize:
                    g, fresh = be.unary(g, "neg"), True
                if wd != 0:
                    g, fresh = binary(g, "add", binary(praw, "mul", wd)), True
                if momentum != 0:
                    state = self.state[p]
                    buf = state.get("momentum_buffer")
                    if buf is None:
                        buf = state["momentum_buffer"] = _wrap(g if fresh else be.clone(g), p)
                        b = buf._raw
                    else:
                        b = binary(buf._raw, "mul", momentum)
                        b = binary(b, "add", g if keep == 1 else binary(g, "mul", keep))
                        be.copy_(buf._raw, b)
                    g = binary(g, "add", binary(b, "mul", momentum)) if nesterov else b
                be.copy_(praw, binary(praw, "add", binary(g, "mul", -lr)))
        return loss
