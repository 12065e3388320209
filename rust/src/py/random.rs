//! Bindings of the random kernels: each fills a contiguous `RawTensor` in place from
//! `(seed, offset)` and returns the number of Philox blocks it used, which the Python
//! `Generator` adds to its offset.

use super::tensor::PyTensor;
use crate::cpu::{self, random};
use crate::tensor::Tensor;
use pyo3::prelude::*;

/// Run a fill, without the GIL and on ferrotensor's pool when the tensor is large.
fn run(
    py: Python<'_>,
    out: &Tensor,
    f: impl FnOnce() -> crate::Result<u64> + Send,
) -> PyResult<u64> {
    if out.numel() >= crate::strided::PAR_THRESHOLD {
        Ok(py.allow_threads(|| cpu::with_pool(f))?)
    } else {
        Ok(f()?)
    }
}

/// Philox4x32-10 of one counter under a key (for known-answer tests).
#[pyfunction]
fn philox4x32_10(counter: [u32; 4], key: [u32; 2]) -> [u32; 4] {
    random::philox4x32_10(counter, key)
}

/// `uniform_(low, high)` into a contiguous float tensor.
#[pyfunction]
fn random_uniform_(
    py: Python<'_>,
    out: &PyTensor,
    low: f64,
    high: f64,
    seed: u64,
    offset: u64,
) -> PyResult<u64> {
    let t = &out.inner;
    run(py, t, || random::uniform(t, low, high, seed, offset))
}

/// `normal_(mean, std)` into a contiguous float tensor.
#[pyfunction]
fn random_normal_(
    py: Python<'_>,
    out: &PyTensor,
    mean: f64,
    std: f64,
    seed: u64,
    offset: u64,
) -> PyResult<u64> {
    let t = &out.inner;
    run(py, t, || random::normal(t, mean, std, seed, offset))
}

/// `random_(from, to)` into a contiguous tensor of any dtype (`to=None`: the dtype's top).
#[pyfunction]
#[pyo3(signature = (out, low, high, seed, offset))]
fn random_int_(
    py: Python<'_>,
    out: &PyTensor,
    low: i64,
    high: Option<i64>,
    seed: u64,
    offset: u64,
) -> PyResult<u64> {
    let t = &out.inner;
    run(py, t, || random::random(t, low, high, seed, offset))
}

/// `bernoulli_(p)` with a scalar probability into a contiguous tensor of any dtype.
#[pyfunction]
fn random_bernoulli_(
    py: Python<'_>,
    out: &PyTensor,
    p: f64,
    seed: u64,
    offset: u64,
) -> PyResult<u64> {
    let t = &out.inner;
    run(py, t, || random::bernoulli(t, p, seed, offset))
}

/// `bernoulli_(p)` with a float probability tensor of the output's shape.
#[pyfunction]
fn random_bernoulli_tensor_(
    py: Python<'_>,
    out: &PyTensor,
    p: &PyTensor,
    seed: u64,
    offset: u64,
) -> PyResult<u64> {
    let (t, p) = (&out.inner, &p.inner);
    run(py, t, || random::bernoulli_tensor(t, p, seed, offset))
}

/// `exponential_(lambd)` into a contiguous float tensor.
#[pyfunction]
fn random_exponential_(
    py: Python<'_>,
    out: &PyTensor,
    lambd: f64,
    seed: u64,
    offset: u64,
) -> PyResult<u64> {
    let t = &out.inner;
    run(py, t, || random::exponential(t, lambd, seed, offset))
}

/// Add the random functions to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(philox4x32_10, m)?)?;
    m.add_function(wrap_pyfunction!(random_uniform_, m)?)?;
    m.add_function(wrap_pyfunction!(random_normal_, m)?)?;
    m.add_function(wrap_pyfunction!(random_int_, m)?)?;
    m.add_function(wrap_pyfunction!(random_bernoulli_, m)?)?;
    m.add_function(wrap_pyfunction!(random_bernoulli_tensor_, m)?)?;
    m.add_function(wrap_pyfunction!(random_exponential_, m)?)?;
    Ok(())
}
