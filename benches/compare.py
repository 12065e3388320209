"""ferrotensor vs numpy (and PyTorch when available) on the core kernels, as ratios.

Usage: ``python benches/compare.py [--quick] [--cases SUBSTR] [--torch-python PATH]``.

PyTorch is used when importable; otherwise ``--torch-python`` (or the
``FT_BENCH_TORCH_PYTHON`` environment variable) names an interpreter that has it,
and its timings are taken in a subprocess during the same run. Each figure is
the best of several repeats; ratios > 1 mean ferrotensor is faster.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from typing import Any, Callable

import numpy as np

CASES = [
    # name, setup(lib) -> op callable
    "add f32 16M",
    "add bcast 1024x1024+1024",
    "add transposed 2048x2048",
    "exp f32 16M",
    "sum f32 16M",
    "sum dim=1 4096x4096",
    "sort f32 1M (values+indices)",
    "cumsum f32 1M",
    "softmax-style 1000x1000",
    "logsumexp dim=1 1000x1000",
    "matmul f32 64",
    "matmul f32 256",
    "matmul f32 1024",
    "matmul f32 2048",
    "matmul f64 1024",
    "cat 8x(512x512) dim=1",
    "einsum bij,bjk->bik 64x64x64",
    "einsum ij,ij->i 4096x256",
    "x[idx] 1M f32, 100K idx",
    "gather dim=1 1000x1000",
    "x[mask] 1M f32",
    "index_add_ 1M f32, 100K idx",
    "a+b 4x4 (per op)",
    "(x*x+x).sum().backward() 4x4",
    "100-op chain fwd+bwd",
]


def _arrays(name: str) -> list[np.ndarray]:
    rng = np.random.default_rng(0)
    f32 = np.float32
    if name in ("add f32 16M", "exp f32 16M", "sum f32 16M"):
        return [rng.standard_normal(1 << 24, dtype=f32), rng.standard_normal(1 << 24, dtype=f32)]
    if name.startswith(("sort", "cumsum")):
        return [rng.standard_normal(1 << 20, dtype=f32)]
    if name.startswith(("softmax", "logsumexp")):
        return [rng.standard_normal((1000, 1000), dtype=f32)]
    if name == "add bcast 1024x1024+1024":
        return [rng.standard_normal((1024, 1024), dtype=f32), rng.standard_normal(1024, dtype=f32)]
    if name == "add transposed 2048x2048":
        return [rng.standard_normal((2048, 2048), dtype=f32)] * 2
    if name == "sum dim=1 4096x4096":
        return [rng.standard_normal((4096, 4096), dtype=f32)]
    if name in ("x[idx] 1M f32, 100K idx", "index_add_ 1M f32, 100K idx"):
        n = 1 << 20
        return [
            rng.standard_normal(n, dtype=f32),
            rng.integers(0, n, 100_000),
            rng.standard_normal(100_000, dtype=f32),
        ]
    if name == "gather dim=1 1000x1000":
        return [rng.standard_normal((1000, 1000), dtype=f32), rng.integers(0, 1000, (1000, 1000))]
    if name == "x[mask] 1M f32":
        a = rng.standard_normal(1 << 20, dtype=f32)
        return [a, a > 0.0]
    if name.startswith("matmul"):
        n = int(name.split()[-1])
        dt = np.float64 if "f64" in name else f32
        return [rng.standard_normal((n, n)).astype(dt), rng.standard_normal((n, n)).astype(dt)]
    if name.startswith("cat"):
        return [rng.standard_normal((512, 512), dtype=f32) for _ in range(8)]
    if name.startswith("einsum bij"):
        return [rng.standard_normal((64, 64, 64), dtype=f32) for _ in range(2)]
    if name.startswith("einsum ij"):
        return [rng.standard_normal((4096, 256), dtype=f32) for _ in range(2)]
    return [rng.standard_normal((4, 4), dtype=f32)] * 2


def _autograd_op(name: str, mod: Any) -> Callable[[], Any]:
    x = mod.ones(4, 4, requires_grad=True)
    if name.startswith("(x*x+x)"):
        return lambda: (x * x + x).sum().backward()

    def chain() -> None:
        y = x
        for _ in range(100):
            y = y * 1.0001 + 0.5
        y.sum().backward()

    return chain


def _op(name: str, lib: str, mod: Any, arrs: list[np.ndarray]) -> Callable[[], Any]:
    if "backward" in name or "fwd+bwd" in name:
        if lib == "numpy":
            return lambda: None
        return _autograd_op(name, mod)
    if name.startswith("cat"):
        if lib == "numpy":
            return lambda: np.concatenate(arrs, axis=1)
        ts = [mod.from_numpy(x.copy()) for x in arrs]
        return lambda: mod.cat(ts, dim=1)
    if name.startswith("einsum"):
        eq = name.split()[1]
        ops = arrs if lib == "numpy" else [mod.from_numpy(x.copy()) for x in arrs]
        if lib == "numpy":
            return lambda: np.einsum(eq, *ops, optimize=True)
        return lambda: mod.einsum(eq, *ops)
    if name in _INDEX_CASES:
        return _index_op(name, lib, mod, arrs)
    if lib == "numpy":
        a = arrs[0]
        b = arrs[1] if len(arrs) > 1 else None
        exp, tr = np.exp, (lambda x: x.T)
    else:
        a = mod.from_numpy(arrs[0].copy())
        b = mod.from_numpy(arrs[1].copy()) if len(arrs) > 1 else None
        exp, tr = mod.exp, (lambda x: x.t())
    if name.startswith(("sort", "cumsum", "softmax", "logsumexp")):
        return _numeric_op(name, lib, mod, a)
    if name.startswith("add transposed"):
        return lambda: tr(a) + b
    if name.startswith("add") or name.startswith("a+b"):
        return lambda: a + b
    if name.startswith("exp"):
        return lambda: exp(a)
    if name == "sum f32 16M":
        return lambda: a.sum()
    if name.startswith("sum dim"):
        return (lambda: a.sum(axis=1)) if lib == "numpy" else (lambda: a.sum(dim=1))
    return lambda: a @ b


def _numeric_op(name: str, lib: str, mod: Any, a: Any) -> Callable[[], Any]:
    """Sorting, scans and softmax-style reductions; numpy gets its equivalent spelling."""
    if lib == "numpy":
        if name.startswith("sort"):  # values and indices, as torch.sort returns
            return lambda: (lambda i: (a[i], i))(np.argsort(a))
        if name.startswith("cumsum"):
            return lambda: np.cumsum(a)
        if name.startswith("softmax"):
            return lambda: np.exp(a - a.max(axis=1, keepdims=True)).sum(axis=1)

        def lse() -> Any:
            m = a.max(axis=1, keepdims=True)
            return np.log(np.exp(a - m).sum(axis=1)) + m[:, 0]

        return lse
    if name.startswith("sort"):
        return lambda: mod.sort(a)
    if name.startswith("cumsum"):
        return lambda: mod.cumsum(a, 0)
    if name.startswith("softmax"):
        return lambda: (a - a.amax(1, keepdim=True)).exp().sum(1)
    return lambda: mod.logsumexp(a, 1)


_INDEX_CASES = (
    "x[idx] 1M f32, 100K idx",
    "gather dim=1 1000x1000",
    "x[mask] 1M f32",
    "index_add_ 1M f32, 100K idx",
)


def _index_op(name: str, lib: str, mod: Any, arrs: list[np.ndarray]) -> Callable[[], Any]:
    if lib == "numpy":
        a, i = arrs[0].copy(), arrs[1]
        if name.startswith("gather"):
            return lambda: np.take_along_axis(a, i, 1)
        if name.startswith("index_add_"):
            src = arrs[2]
            return lambda: np.add.at(a, i, src)
        return lambda: a[i]
    a, i = mod.from_numpy(arrs[0].copy()), mod.from_numpy(arrs[1].copy())
    if name.startswith("gather"):
        return lambda: a.gather(1, i)
    if name.startswith("index_add_"):
        src = mod.from_numpy(arrs[2].copy())
        return lambda: a.index_add_(0, i, src)
    return lambda: a[i]


def _best(fn: Callable[[], Any], budget: float) -> float:
    fn()
    t0 = time.perf_counter()
    fn()
    one = time.perf_counter() - t0
    inner = max(1, int(1e-3 / max(one, 1e-9)))  # batch tiny ops to ~1 ms
    best = float("inf")
    end = time.perf_counter() + budget
    reps = 0
    while reps < 3 or (time.perf_counter() < end and reps < 50):
        t0 = time.perf_counter()
        for _ in range(inner):
            fn()
        best = min(best, (time.perf_counter() - t0) / inner)
        reps += 1
    return best


def measure(lib: str, budget: float) -> dict[str, float]:
    """Seconds per op for every case, for one library."""
    if lib == "numpy":
        mod = np
    elif lib == "torch":
        import torch as mod  # type: ignore[import-not-found,no-redef]

        mod.set_num_threads(os.cpu_count() or 1)
    else:
        import ferrotensor as mod  # type: ignore[no-redef]
    out = {}
    for name in CASES:
        arrs = _arrays(name)
        out[name] = _best(_op(name, lib, mod, arrs), budget)
    return out


def import_time(python: str, module: str) -> float:
    """Best wall time of ``import module`` in a fresh interpreter."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([python, "-c", f"import {module}"], check=True)
        best = min(best, time.perf_counter() - t0)
    base = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([python, "-c", "pass"], check=True)
        base = min(base, time.perf_counter() - t0)
    return best - base


def _fmt(sec: float) -> str:
    if sec < 1e-3:
        return f"{sec * 1e6:8.2f} µs"
    return f"{sec * 1e3:8.2f} ms"


def main() -> None:
    """Print the comparison table."""
    p = argparse.ArgumentParser()
    p.add_argument("--quick", action="store_true", help="short timing budget per case")
    p.add_argument("--torch-python", default=os.environ.get("FT_BENCH_TORCH_PYTHON"))
    p.add_argument("--only", help=argparse.SUPPRESS)
    p.add_argument("--cases", help="comma-separated substrings: run only matching cases")
    args = p.parse_args()
    budget = 0.3 if args.quick else 1.0
    if args.cases:
        keys = args.cases.split(",")
        CASES[:] = [c for c in CASES if any(k in c for k in keys)]
    if args.only:
        print(json.dumps(measure(args.only, budget)))  # after --cases narrowed CASES
        return
    ft = measure("ferrotensor", budget)
    npy = measure("numpy", budget)
    th: dict[str, float] = {}
    torch_python = None
    try:
        import torch  # type: ignore[import-not-found]  # noqa: F401

        th = measure("torch", budget)
        torch_python = sys.executable
    except ImportError:
        if args.torch_python:
            res = subprocess.run(
                [args.torch_python, __file__, "--only", "torch"]
                + (["--quick"] * args.quick)
                + (["--cases", args.cases] if args.cases else []),
                check=True,
                capture_output=True,
                text=True,
            )
            th = json.loads(res.stdout.strip().splitlines()[-1])
            torch_python = args.torch_python
    import ferrotensor

    print(
        f"ferrotensor {ferrotensor.__version__}, SIMD {ferrotensor._core.simd_level()}, "
        f"{ferrotensor.get_num_threads()} threads; numpy {np.__version__}"
    )
    head = f"{'case':28} {'ferrotensor':>12} {'numpy':>12} {'np/ft':>7}"
    if th:
        head += f" {'torch':>12} {'torch/ft':>8}"
    print(head)
    for name in CASES:
        autograd = "backward" in name or "fwd+bwd" in name
        np_col = (
            f"{'-':>12} {'-':>7}"
            if autograd
            else (f"{_fmt(npy[name]):>12} {npy[name] / ft[name]:7.2f}")
        )
        line = f"{name:28} {_fmt(ft[name]):>12} {np_col}"
        if th:
            line += f" {_fmt(th[name]):>12} {th[name] / ft[name]:8.2f}"
        print(line)
    it = import_time(sys.executable, "ferrotensor")
    line = f"{'import':28} {it:10.3f} s {import_time(sys.executable, 'numpy'):10.3f} s"
    if torch_python:
        line += f" {'':7} {import_time(torch_python, 'torch'):10.3f} s"
    print(line)
    dist = [f for f in os.listdir("dist") if f.endswith(".whl")] if os.path.isdir("dist") else []
    if dist:
        size = max(os.path.getsize(os.path.join("dist", f)) for f in dist)
        print(f"{'wheel size':28} {size / 1e6:8.2f} MB")
    else:
        print("wheel size: run `make wheel` first")


if __name__ == "__main__":
    main()
