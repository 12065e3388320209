"""The main job, for now: a walk through sections 1.1-1.3 of the seed tutorial.

Dtypes, dimensions, shapes (view/reshape), numpy sharing, then autograd: backward,
``autograd.grad`` with a second derivative, hooks and ``retain_grad``, all with
``import ferrotensor as torch``. Later issues grow this into training a model.
"""

from __future__ import annotations

import numpy as np

import ferrotensor as torch


def section(title: str) -> None:
    """Print a section heading."""
    print(f"\n=== {title} ===")


def dtypes() -> None:
    """The nine dtypes and conversions."""
    section("1.1.1 tensor dtypes")
    i = torch.tensor(1)
    print(i, i.dtype)
    x = torch.tensor(2.0)
    print(x, x.dtype)
    b = torch.tensor(True)
    print(b, b.dtype)
    print(torch.tensor(1, dtype=torch.int32), torch.tensor(2.0, dtype=torch.double))
    print(torch.tensor(np.array(2.0)), torch.tensor(np.array(2.0)).dtype)
    for dt in (
        torch.float64,
        torch.float32,
        torch.float16,
        torch.int64,
        torch.int32,
        torch.int16,
        torch.int8,
        torch.uint8,
        torch.bool,
    ):
        print(f"{dt!s:22}", torch.tensor([0, 1, 2]).to(dt))
    print(torch.tensor([1, 2]).float(), torch.tensor([1.5, -2.7]).long())


def dims() -> None:
    """Scalars, vectors, matrices and higher-dimensional tensors."""
    section("1.1.2 dimensions")
    scalar = torch.tensor(True)
    print(scalar, scalar.dim())
    vector = torch.tensor([1.0, 2.0, 3.0, 4.0])
    print(vector, vector.dim())
    matrix = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    print(matrix, matrix.dim())
    tensor3 = torch.tensor([[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]])
    print(tensor3, tensor3.dim())
    tensor4 = torch.tensor(
        [
            [[[1.0, 1.0], [2.0, 2.0]], [[3.0, 3.0], [4.0, 4.0]]],
            [[[5.0, 5.0], [6.0, 6.0]], [[7.0, 7.0], [8.0, 8.0]]],
        ]
    )
    print(tensor4.dim())


def shapes() -> None:
    """shape, size(), view and reshape."""
    section("1.1.3 shapes: shape, size(), view, reshape")
    vector = torch.tensor([1.0, 2.0, 3.0, 4.0])
    print(vector.size(), vector.shape)
    matrix = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    print(matrix.size())
    v = torch.arange(0, 12)
    print(v, v.shape)
    m34 = v.view(3, 4)
    print(m34, m34.shape)
    m43 = v.view(4, -1)
    print(m43, m43.shape)
    m26 = torch.arange(0, 12).view(2, 6)
    print(m26, m26.shape)
    m62 = m26.t()
    print(m62.is_contiguous())
    try:
        m62.view(3, 4)
    except RuntimeError as e:
        print("view failed:", e)
    m34 = m62.reshape(3, 4)
    print(m34)


def numpy_sharing() -> None:
    """Memory shared with numpy, and clone() breaking the link."""
    section("1.1.4 tensors and numpy share memory")
    arr = np.zeros(3)
    tensor = torch.from_numpy(arr)
    print("before add 1:", arr, tensor, sep="\n")
    np.add(arr, 1, out=arr)
    print("after add 1:", arr, tensor, sep="\n")
    tensor = torch.zeros(3)
    arr = tensor.numpy()
    print("before add 1:", tensor, arr, sep="\n")
    tensor.add_(1)
    print("after add 1:", tensor, arr, sep="\n")
    tensor = torch.zeros(3)
    arr = tensor.clone().numpy()
    tensor.add_(1)
    print("clone breaks the link:", tensor, arr, sep="\n")
    scalar = torch.tensor(1.0)
    print(scalar.item(), type(scalar.item()))
    t = torch.tensor([[0.25, 0.5], [0.75, 1.0]])
    print(t.tolist(), type(t.tolist()))


def kernels() -> None:
    """A few ops on the Rust kernels."""
    section("the Rust kernels at work")
    print("SIMD path:", torch._core.simd_level(), "| threads:", torch.get_num_threads())
    a = torch.arange(12, dtype=torch.float32).reshape(3, 4)
    print(a @ a.t())
    print(a.sum(dim=1), a.mean(), a.max(dim=0))
    print((a > 5).sum(), a.exp()[0])


def autograd() -> None:
    """Section 1.2-1.3: derivatives of f(x) = a*x**2 + b*x + c, hooks and retain_grad."""
    section("1.2 autograd: backward and autograd.grad")
    x = torch.tensor(0.0, requires_grad=True)
    a, b, c = torch.tensor(1.0), torch.tensor(-2.0), torch.tensor(1.0)
    y = a * torch.pow(x, 2) + b * x + c
    y.backward()
    print("dy/dx at 0:", x.grad)
    x = torch.tensor([[0.0, 0.0], [1.0, 2.0]], requires_grad=True)
    y = a * torch.pow(x, 2) + b * x + c
    print("y:\n", y)
    y.backward(gradient=torch.tensor([[1.0, 1.0], [1.0, 1.0]]))
    print("x_grad:\n", x.grad)
    x = torch.tensor(0.0, requires_grad=True)
    y = a * torch.pow(x, 2) + b * x + c
    dy_dx = torch.autograd.grad(y, x, create_graph=True)[0]
    print("first and second derivative:", dy_dx.data, torch.autograd.grad(dy_dx, x)[0].data)
    section("1.3 the dynamic graph: hooks and retain_grad")
    x = torch.tensor(3.0, requires_grad=True)
    y1 = x + 1
    y2 = 2 * x
    loss = (y1 - y2) ** 2
    y1.register_hook(lambda grad: print("y1 grad: ", grad))
    y2.register_hook(lambda grad: print("y2 grad: ", grad))
    loss.retain_grad()
    loss.backward()
    print("loss.grad:", loss.grad)
    print("x.grad:", x.grad, "| leaves:", x.is_leaf, y1.is_leaf, loss.is_leaf)


def _spirals(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spirals: a problem a linear model cannot solve."""
    t = np.sqrt(rng.uniform(0.05, 1.0, n)) * 3 * np.pi
    label = rng.integers(0, 2, n)
    sign = np.where(label == 1, 1.0, -1.0)
    pts = np.stack([sign * t * np.cos(t), sign * t * np.sin(t)], 1) / 10
    pts += rng.normal(0, 0.05, pts.shape)
    return pts.astype(np.float32), label.astype(np.int64)


def training() -> None:
    """2.2: an MLP built from nn layers, trained with Adam and a learning-rate schedule."""
    section("2.2 training a model: nn.Sequential, CrossEntropyLoss, Adam, StepLR")
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    x_np, y_np = _spirals(2000, rng)
    x_test, y_test = (torch.from_numpy(a) for a in _spirals(500, rng))
    model = torch.nn.Sequential(
        torch.nn.Linear(2, 64),
        torch.nn.ReLU(),
        torch.nn.Linear(64, 64),
        torch.nn.ReLU(),
        torch.nn.Linear(64, 2),
    )
    print(model)
    loss_fn = torch.nn.CrossEntropyLoss()
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=10, gamma=0.5)
    batch = 100
    for epoch in range(1, 31):
        order = rng.permutation(len(x_np))
        xs, ys = torch.from_numpy(x_np[order]), torch.from_numpy(y_np[order])
        total = 0.0
        model.train()
        for i in range(0, len(order), batch):
            opt.zero_grad()
            loss = loss_fn(model(xs[i : i + batch]), ys[i : i + batch])
            loss.backward()
            opt.step()
            total += loss.item() * min(batch, len(order) - i)
        sched.step()
        if epoch % 5 == 0 or epoch == 1:
            model.eval()
            with torch.no_grad():
                acc = (model(x_test).argmax(1) == y_test).float().mean().item()
            print(
                f"epoch {epoch:2d}  loss {total / len(order):.4f}  test accuracy {acc:.3f}  "
                f"lr {sched.get_last_lr()[0]:.4f}"
            )


def main() -> None:
    """Run every section."""
    dtypes()
    dims()
    shapes()
    numpy_sharing()
    kernels()
    autograd()
    training()


if __name__ == "__main__":
    main()
