//! Bindings of the ops along one dim: scans, sorting, order statistics, unique,
//! searchsorted, and the gather/scatter-add their gradients use. Module-level
//! functions of `ferrotensor._core` taking `RawTensor` handles.

use super::convert;
use super::tensor::{run, PyTensor};
use crate::cpu::{along, lse, scan, search, select, sort, unique};
use crate::error::Error;
use crate::ops::ScanOp;
use pyo3::prelude::*;

type Pair = (PyTensor, PyTensor);

fn pair((a, b): (crate::Tensor, crate::Tensor)) -> Pair {
    (a.into(), b.into())
}

/// `cumsum`/`cumprod`/`logcumsumexp` along `dim`, casting to `dtype` first.
#[pyfunction]
#[pyo3(signature = (x, op, dim, dtype=None))]
fn scan_dim(
    py: Python<'_>,
    x: &PyTensor,
    op: &str,
    dim: i64,
    dtype: Option<&str>,
) -> PyResult<PyTensor> {
    let op = ScanOp::parse(op)?;
    let dt = dtype.map(convert::dtype).transpose()?;
    let t = &x.inner;
    Ok(run(py, t.numel(), || scan::scan(op, t, dim, dt))?.into())
}

/// `cummax` (`is_max`) or `cummin` along `dim`: values and indices.
#[pyfunction]
fn scan_extreme(py: Python<'_>, x: &PyTensor, dim: i64, is_max: bool) -> PyResult<Pair> {
    let t = &x.inner;
    Ok(pair(run(py, t.numel(), || {
        scan::scan_extreme(t, dim, is_max)
    })?))
}

/// Stable sort along `dim`: values and indices.
#[pyfunction]
fn sort_dim(py: Python<'_>, x: &PyTensor, dim: i64, descending: bool) -> PyResult<Pair> {
    let t = &x.inner;
    Ok(pair(run(py, t.numel(), || sort::sort(t, dim, descending))?))
}

/// The `k` largest (or smallest) elements along `dim`, sorted: values and indices.
#[pyfunction]
fn topk(py: Python<'_>, x: &PyTensor, k: i64, dim: i64, largest: bool) -> PyResult<Pair> {
    let t = &x.inner;
    Ok(pair(run(py, t.numel(), || sort::topk(t, k, dim, largest))?))
}

/// `kthvalue`, `median`, `nanmedian` or `mode` along `dim`: values and indices.
#[pyfunction]
#[pyo3(signature = (x, pick, dim, keepdim, k=1))]
fn select_dim(
    py: Python<'_>,
    x: &PyTensor,
    pick: &str,
    dim: i64,
    keepdim: bool,
    k: i64,
) -> PyResult<Pair> {
    let p = match pick {
        "kthvalue" => select::Pick::Kth(usize::try_from(k).unwrap_or(0)),
        "median" => select::Pick::Median,
        "nanmedian" => select::Pick::NanMedian,
        "mode" => select::Pick::Mode,
        other => return Err(Error::InvalidArgument(format!("unknown selection '{other}'")).into()),
    };
    let t = &x.inner;
    Ok(pair(run(py, t.numel(), || {
        select::select(t, p, dim, keepdim)
    })?))
}

/// Sorted unique values (or consecutive runs) with inverse and counts.
#[pyfunction]
#[pyo3(signature = (x, dim=None, consecutive=false))]
fn unique_values(
    py: Python<'_>,
    x: &PyTensor,
    dim: Option<i64>,
    consecutive: bool,
) -> PyResult<(PyTensor, PyTensor, PyTensor)> {
    let t = &x.inner;
    let u = run(py, t.numel(), || {
        if consecutive {
            unique::unique_consecutive(t, dim)
        } else {
            unique::unique(t, dim)
        }
    })?;
    Ok((u.values.into(), u.inverse.into(), u.counts.into()))
}

/// Insertion positions of `values` in the sorted last dim of `boundaries`.
#[pyfunction]
#[pyo3(signature = (boundaries, values, right=false, out_int32=false, sorter=None))]
fn searchsorted(
    py: Python<'_>,
    boundaries: &PyTensor,
    values: &PyTensor,
    right: bool,
    out_int32: bool,
    sorter: Option<&PyTensor>,
) -> PyResult<PyTensor> {
    let (b, v) = (&boundaries.inner, &values.inner);
    let s = sorter.map(|s| &s.inner);
    Ok(run(py, v.numel(), || {
        search::searchsorted(b, v, right, out_int32, s)
    })?
    .into())
}

/// Fused `logsumexp` along one dim.
#[pyfunction]
fn logsumexp_dim(py: Python<'_>, x: &PyTensor, dim: i64, keepdim: bool) -> PyResult<PyTensor> {
    let t = &x.inner;
    Ok(run(py, t.numel(), || lse::logsumexp(t, dim, keepdim))?.into())
}

/// `x` gathered at int64 `idx` along `dim`.
#[pyfunction]
fn gather_along(py: Python<'_>, x: &PyTensor, dim: i64, idx: &PyTensor) -> PyResult<PyTensor> {
    let (t, i) = (&x.inner, &idx.inner);
    Ok(run(py, i.numel(), || along::gather_along(t, dim, i))?.into())
}

/// Zeros of `shape` with `src` added at int64 `idx` along `dim`.
#[pyfunction]
fn scatter_add_along(
    py: Python<'_>,
    shape: Vec<usize>,
    dim: i64,
    idx: &PyTensor,
    src: &PyTensor,
) -> PyResult<PyTensor> {
    let (i, s) = (&idx.inner, &src.inner);
    Ok(run(py, s.numel(), || {
        along::scatter_add_along(&shape, dim, i, s)
    })?
    .into())
}

/// Add this file's functions to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(scan_dim, m)?)?;
    m.add_function(wrap_pyfunction!(scan_extreme, m)?)?;
    m.add_function(wrap_pyfunction!(sort_dim, m)?)?;
    m.add_function(wrap_pyfunction!(topk, m)?)?;
    m.add_function(wrap_pyfunction!(select_dim, m)?)?;
    m.add_function(wrap_pyfunction!(unique_values, m)?)?;
    m.add_function(wrap_pyfunction!(searchsorted, m)?)?;
    m.add_function(wrap_pyfunction!(logsumexp_dim, m)?)?;
    m.add_function(wrap_pyfunction!(gather_along, m)?)?;
    m.add_function(wrap_pyfunction!(scatter_add_along, m)?)?;
    Ok(())
}
