"""``Adam`` and ``AdamW``: adaptive moment estimation, with L2 or decoupled weight decay."""

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

__all__ = ["Adam", "AdamW"]


class Adam(Optimizer):
    r"""Adam: adaptive moment estimation, optionally with AMSGrad.

    See Kingma and Ba, "Adam: A Method for Stochastic Optimization" (ICLR 2015,
    https://arxiv.org/abs/1412.6980) and, for AMSGrad, Reddi et al., "On the Convergence
    of Adam and Beyond" (ICLR 2018, https://openreview.net/forum?id=ryQu7f-RZ).

    At step :math:`t`, for each parameter :math:`\theta` with gradient :math:`g` (negated
    first when ``maximize``)::

        g <- g + lambda * theta        (weight_decay; AdamW: theta <- theta * (1 - lr * lambda))
        m <- beta1 * m + (1 - beta1) * g
        v <- beta2 * v + (1 - beta2) * g * g
        v_max <- max(v_max, v)         (amsgrad; the denominator then uses v_max)
        theta <- theta - lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)

    Args:
        params (iterable): tensors to optimize, or dicts defining parameter groups.
        lr (float, optional): learning rate (default: 1e-3).
        betas (tuple[float, float], optional): decay rates of the first and second moment
            averages (default: (0.9, 0.999)).
        eps (float, optional): added to the denominator for stability (default: 1e-8).
        weight_decay (float, optional): weight decay (default: 0).
        amsgrad (bool, optional): use the AMSGrad variant (default: False).
        foreach (bool, optional): accepted for compatibility (default: None).
        maximize (bool, optional): maximize the objective instead (default: False).
        capturable (bool, optional): accepted for compatibility (default: False).
        differentiable (bool, optional): must be False (default: False).
        fused (bool, optional): accepted for compatibility (default: None).
        decoupled_weight_decay (bool, optional): decay the weights directly, as AdamW
            does, instead of adding an L2 term to the gradient (default: False).

    Raises:
        ValueError: for a negative lr, eps or weight_decay, or a beta outside ``[0, 1)``.

    Example::

        >>> import ferrotensor as torch
        >>> w = torch.tensor([1.0, -1.0], requires_grad=True)
        >>> opt = torch.optim.Adam([w], lr=0.1)
        >>> (w * w).sum().backward()
        >>> opt.step()
        >>> w
        tensor([ 0.9000, -0.9000], requires_grad=True)
    """

    def __init__(
        self,
        params: Any,
        lr: float = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0,
        amsgrad: bool = False,
        *,
        foreach: Optional[bool] = None,
        maximize: bool = False,
        capturable: bool = False,
        differentiable: bool = False,
        fused: Optional[bool] = None,
        decoupled_weight_decay: bool = False,
    ) -> None:
        _check_tensor_lr(lr)
        if not lr >= 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not eps >= 0.0:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
        if not weight_decay >= 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        betas = (_scalar(betas[0]), _scalar(betas[1]))
        defaults = {
            "lr": lr,
            "betas": betas,
            "eps": eps,
            "weight_decay": weight_decay,
            "amsgrad": amsgrad,
            "maximize": maximize,
            "foreach": foreach,
            "capturable": capturable,
            "differentiable": differentiable,
            "fused": fused,
            "decoupled_weight_decay": decoupled_weight_decay,
        }
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
            beta1, beta2 = group["betas"]
            beta1, beta2 = _scalar(beta1), _scalar(beta2)
            lr = _scalar(group["lr"])
            eps = group["eps"]
            wd = group["weight_decay"]
            amsgrad = group["amsgrad"]
            maximize = group["maximize"]
            decay = 1 - lr * wd if group["decoupled_weight_decay"] else None
            w1 = 1 - beta1  # lerp weight of the first moment
            w2 = 1 - beta2
            state_of = self.state
            for p, grad in _params_with_grad(group):
                state = state_of[p]
                if len(state) == 0:
                    state["step"] = _step_tensor()
                    state["exp_avg"] = _zeros_like(p)
                    state["exp_avg_sq"] = _zeros_like(p)
                    if amsgrad:
                        state["max_exp_avg_sq"] = _zeros_like(p)
                t = _advance(state)
                be = p._backend
                binary = be.binary
                praw = p._raw
                g = be.unary(grad._raw, "neg") if maximize else grad._raw
                base = praw
                if wd != 0:
                    if decay is not None:
                        base = binary(praw, "mul", decay)
                    else:
                        g = binary(g, "add", binary(praw, "mul", wd))

                # m <- lerp(m, g, 1 - beta1), in PyTorch's two-sided form
                m = state["exp_avg"]._raw
                diff = binary(g, "sub", m)
                if w1 < 0.5:
                    be.copy_(m, binary(m, "add", binary(diff, "mul", w1)))
                else:
                    be.copy_(m, binary(g, "sub", binary(diff, "mul", beta1)))
                v = state["exp_avg_sq"]._raw
                sq = binary(binary(g, "mul", w2), "mul", g)
                be.copy_(v, binary(binary(v, "mul", beta2), "add", sq))
                if amsgrad:
                    vmax = state["max_exp_avg_sq"]._raw
                    be.copy_(vmax, binary(vmax, "maximum", v))
                    v = vmax

                # theta + m / (sqrt(v) / (bc2_sqrt * -step) + eps / -step): the step size is
                # folded into the denominator's scalars (as PyTorch's capturable path does),
                # which saves a pass over the tensor.
                neg_step = -lr / (1 - beta1**t)
                if neg_step == 0:  # lr == 0 leaves the parameter as it is
                    continue
                bc2_sqrt = (1 - beta2**t) ** 0.5
                denom = binary(be.unary(v, "sqrt"), "div", bc2_sqrt * neg_step)
                denom = binary(denom, "add", eps / neg_step)
                be.copy_(praw, binary(base, "add", binary(m, "div", denom)))
        return loss


class AdamW(Adam):
    r"""AdamW: Adam with decoupled weight decay.

    See Loshchilov and Hutter, "Decoupled Weight Decay Regularization" (ICLR 2019,
    https://arxiv.org/abs/1711.05101). Each step first scales the parameters by
    :math:`1 - lr \cdot \lambda`, then applies the Adam update of :class:`Adam` to the
    undecayed gradient.

    Args:
        params (iterable): tensors to optimize, or dicts defining parameter groups.
        lr (float, optional): learning rate (default: 1e-3).
        betas (tuple[float, float], optional): decay rates of the moment averages
            (default: (0.9, 0.999)).
        eps (float, optional): added to the denominator for stability (default: 1e-8).
        weight_decay (float, optional): decoupled weight decay (default: 1e-2).
        amsgrad (bool, optional): use the AMSGrad variant (default: False).
        maximize (bool, optional): maximize the objective instead (default: False).
        foreach (bool, optional): accepted for compatibility (default: None).
        capturable (bool, optional): accepted for compatibility (default: False).
        differentiable (bool, optional): must be False (default: False).
        fused (bool, optional): accepted for compatibility (default: None).

    Raises:
        ValueError: for a negative lr, eps or weight_decay, or a beta outside ``[0, 1)``.
    """

    def __init__(
        self,
        params: Any,
        lr: float = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 1e-2,
        amsgrad: bool = False,
        *,
        maximize: bool = False,
        foreach: Optional[bool] = None,
        capturable: bool = False,
        differentiable: bool = False,
        fused: Optional[bool] = None,
    ) -> None:
        super().__init__(
            params,
            lr,
            betas,
            eps,
            weight_decay,
            amsgrad,
            foreach=foreach,
            maximize=maximize,
            capturable=capturable,
            differentiable=differentiable,
            fused=fused,
            decoupled_weight_decay=True,
        )

    def __setstate__(self, state: dict[str, Any]) -> None:
        super().__setstate__(state)
        for group in self.param_groups:
            group["decoupled_weight_decay"] = True
