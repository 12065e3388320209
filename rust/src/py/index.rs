//! The index kernels as module functions of `ferrotensor._core` (`index`,
//! `index_put_`, `gather`, `scatter_`, masks, `nonzero`). Each releases the GIL
//! for large work; every failure arrives as PyTorch's exception.

use super::tensor::{run, PyTensor};
use crate::cpu::index::gather::{self as gs, ScatterReduce};
use crate::cpu::index::{advanced, mask, Oob};
use crate::tensor::Tensor;
use pyo3::prelude::*;

fn wrap(t: Tensor) -> PyTensor {
    PyTensor::from(t)
}

fn tensors(indices: &[Option<Bound<'_, PyTensor>>]) -> Vec<Option<Tensor>> {
    indices
        .iter()
        .map(|i| i.as_ref().map(|t| t.get().inner.clone()))
        .collect()
}

/// About how many elements `src[indices]` has (to decide whether to release the GIL).
fn result_numel(src: &Tensor, idx: &[Option<Tensor>]) -> usize {
    let b = idx.iter().flatten().map(Tensor::numel).max().unwrap_or(0);
    let mut rest = src.numel();
    for (d, t) in idx.iter().enumerate() {
        if t.is_some() {
            rest /= src.shape().get(d).copied().unwrap_or(1).max(1);
        }
    }
    b.saturating_mul(rest)
}

/// `src[indices]` with one optional int64/int32 index tensor per leading dim.
#[pyfunction]
pub fn index(
    py: Python<'_>,
    src: &PyTensor,
    indices: Vec<Option<Bound<'_, PyTensor>>>,
    oob: &str,
) -> PyResult<PyTensor> {
    let (oob, idx, s) = (Oob::parse(oob)?, tensors(&indices), &src.inner);
    Ok(wrap(run(py, result_numel(s, &idx), || {
        advanced::index(s, &idx, oob)
    })?))
}

/// `dst[indices] = values` (or `+=`) in place.
#[pyfunction]
pub fn index_put_(
    py: Python<'_>,
    dst: &PyTensor,
    indices: Vec<Option<Bound<'_, PyTensor>>>,
    values: &PyTensor,
    accumulate: bool,
    oob: &str,
) -> PyResult<()> {
    let (oob, idx, d, v) = (
        Oob::parse(oob)?,
        tensors(&indices),
        &dst.inner,
        &values.inner,
    );
    let work = idx.iter().flatten().map(Tensor::numel).max().unwrap_or(0);
    run(py, work.max(v.numel()), || {
        advanced::index_put(d, &idx, v, accumulate, oob)
    })
}

/// `torch.gather(src, dim, index)`.
#[pyfunction]
pub fn gather(py: Python<'_>, src: &PyTensor, dim: i64, index: &PyTensor) -> PyResult<PyTensor> {
    let (s, i) = (&src.inner, &index.inner);
    Ok(wrap(run(py, i.numel(), || gs::gather(s, dim, i))?))
}

/// `dst.scatter_(dim, index, src)` with a reduction (`"none"`, `"sum"`, ...);
/// `src_is_value` marks a zero-dim `src` standing for a Python number.
#[pyfunction]
#[allow(clippy::too_many_arguments)]
pub fn scatter_(
    py: Python<'_>,
    dst: &PyTensor,
    dim: i64,
    index: &PyTensor,
    src: &PyTensor,
    src_is_value: bool,
    reduce: &str,
    include_self: bool,
) -> PyResult<()> {
    let reduce = ScatterReduce::parse(reduce)?;
    let (d, i, s) = (&dst.inner, &index.inner, &src.inner);
    run(py, i.numel(), || {
        gs::scatter(d, dim, i, s, src_is_value, reduce, include_self)
    })
}

/// `dst.masked_fill_(mask, value)` with a zero-dim `value`.
#[pyfunction]
pub fn masked_fill_(
    py: Python<'_>,
    dst: &PyTensor,
    mask: &PyTensor,
    value: &PyTensor,
) -> PyResult<()> {
    let (d, m, v) = (&dst.inner, &mask.inner, &value.inner);
    run(py, d.numel(), || mask::masked_fill(d, m, v))
}

/// `torch.masked_select(src, mask)`.
#[pyfunction]
pub fn masked_select(py: Python<'_>, src: &PyTensor, mask: &PyTensor) -> PyResult<PyTensor> {
    let (s, m) = (&src.inner, &mask.inner);
    Ok(wrap(run(py, s.numel().max(m.numel()), || {
        mask::masked_select(s, m)
    })?))
}

/// `dst.masked_scatter_(mask, source)`.
#[pyfunction]
pub fn masked_scatter_(
    py: Python<'_>,
    dst: &PyTensor,
    mask: &PyTensor,
    source: &PyTensor,
) -> PyResult<()> {
    let (d, m, s) = (&dst.inner, &mask.inner, &source.inner);
    run(py, d.numel(), || mask::masked_scatter(d, m, s))
}

/// `torch.nonzero(src)`: an int64 `[n, ndim]` tensor of coordinates.
#[pyfunction]
pub fn nonzero(py: Python<'_>, src: &PyTensor) -> PyResult<PyTensor> {
    let s = &src.inner;
    Ok(wrap(run(py, s.numel(), || mask::nonzero(s))?))
}
