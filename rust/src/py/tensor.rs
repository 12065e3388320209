//! `RawTensor`: the Python handle on a core [`Tensor`]. Each method is one call
//! into the core; the GIL is released around kernels on large tensors.

use super::convert;
use crate::cpu;
use crate::dtype::{Category, DType, Scalar};
use crate::error::Error;
use crate::layout::Layout;
use crate::ops::{BinaryOp, ReduceOp, UnaryOp};
use crate::tensor::Tensor;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use std::sync::atomic::{AtomicU8, Ordering};

static DEFAULT_FLOAT: AtomicU8 = AtomicU8::new(1);

/// Set the default float dtype (`torch.set_default_dtype`), read by every op that
/// promotes integers or Python floats.
pub fn set_default_float(dt: DType) {
    let code = match dt {
        DType::F64 => 0,
        DType::F16 => 2,
        _ => 1,
    };
    DEFAULT_FLOAT.store(code, Ordering::Relaxed);
}

fn default_float() -> DType {
    match DEFAULT_FLOAT.load(Ordering::Relaxed) {
        0 => DType::F64,
        2 => DType::F16,
        _ => DType::F32,
    }
}

/// Below this many elements a kernel runs single-threaded and costs less than
/// releasing the GIL and handing work to the thread pool, so it runs inline.
const GIL_RELEASE_NUMEL: usize = crate::strided::PAR_THRESHOLD;

/// A strided CPU tensor: storage, layout and dtype, without autograd.
#[pyclass(name = "RawTensor", module = "ferrotensor._core", frozen)]
pub struct PyTensor {
    pub(crate) inner: Tensor,
}

impl From<Tensor> for PyTensor {
    fn from(inner: Tensor) -> Self {
        PyTensor { inner }
    }
}

fn category(t: &Tensor) -> Category {
    if t.rank() == 0 {
        Category::ZeroDim
    } else {
        Category::Dim
    }
}

/// Run a kernel, without the GIL when the work is large, on ferrotensor's pool.
pub(crate) fn run<T: Send>(
    py: Python<'_>,
    numel: usize,
    f: impl FnOnce() -> crate::Result<T> + Send,
) -> PyResult<T> {
    run_if(py, numel >= GIL_RELEASE_NUMEL, f)
}

/// Run a kernel inline, or (when `large`) without the GIL on the thread pool.
fn run_if<T: Send>(
    py: Python<'_>,
    large: bool,
    f: impl FnOnce() -> crate::Result<T> + Send,
) -> PyResult<T> {
    if large {
        Ok(py.allow_threads(|| cpu::with_pool(f))?)
    } else {
        Ok(f()?)
    }
}

/// An operand of a binary op: a tensor, or a Python scalar as a zero-dim tensor.
fn operand(other: &Bound<'_, PyAny>, default_float: DType) -> PyResult<(Tensor, DType, Category)> {
    if let Ok(t) = other.downcast::<PyTensor>() {
        let t = &t.get().inner;
        return Ok((t.clone(), t.dtype(), category(t)));
    }
    match convert::scalar(other)? {
        Some(s) => {
            let storage_dt = match s {
                Scalar::Float(_) => DType::F64,
                _ => s.dtype(default_float),
            };
            Ok((
                Tensor::full(&[], s, storage_dt)?,
                s.dtype(default_float),
                Category::Scalar,
            ))
        }
        None => Err(Error::WrongType(format!(
            "unsupported operand type: '{}'",
            other.get_type().name()?
        ))
        .into()),
    }
}

fn wrap(t: Tensor) -> PyTensor {
    PyTensor { inner: t }
}

#[pymethods]
impl PyTensor {
    // ---- creation ----

    /// A zero-filled tensor.
    #[staticmethod]
    fn zeros(shape: Vec<usize>, dtype: &str) -> PyResult<PyTensor> {
        Ok(wrap(Tensor::zeros(&shape, convert::dtype(dtype)?)?))
    }

    /// A tensor filled with `value`.
    #[staticmethod]
    fn full(shape: Vec<usize>, value: &Bound<'_, PyAny>, dtype: &str) -> PyResult<PyTensor> {
        let v = convert::scalar(value)?
            .ok_or_else(|| Error::WrongType("fill value must be a number".into()))?;
        Ok(wrap(Tensor::full(&shape, v, convert::dtype(dtype)?)?))
    }

    /// A tensor sharing a numpy array's memory.
    #[staticmethod]
    fn from_numpy(arr: &Bound<'_, PyAny>) -> PyResult<PyTensor> {
        Ok(wrap(convert::from_numpy(arr)?))
    }

    /// `arange(start, end, step)`.
    #[staticmethod]
    fn arange(
        start: &Bound<'_, PyAny>,
        end: &Bound<'_, PyAny>,
        step: &Bound<'_, PyAny>,
        dtype: &str,
    ) -> PyResult<PyTensor> {
        let s = |o: &Bound<'_, PyAny>| -> PyResult<Scalar> {
            convert::scalar(o)?
                .ok_or_else(|| Error::WrongType("arange expects numbers".into()).into())
        };
        Ok(wrap(cpu::arange(
            s(start)?,
            s(end)?,
            s(step)?,
            convert::dtype(dtype)?,
        )?))
    }

    /// `linspace(start, end, steps)`.
    #[staticmethod]
    fn linspace(start: f64, end: f64, steps: i64, dtype: &str) -> PyResult<PyTensor> {
        Ok(wrap(cpu::linspace(
            start,
            end,
            steps,
            convert::dtype(dtype)?,
        )?))
    }

    /// `eye(n, m)`.
    #[staticmethod]
    fn eye(n: usize, m: usize, dtype: &str) -> PyResult<PyTensor> {
        Ok(wrap(cpu::eye(n, m, convert::dtype(dtype)?)?))
    }

    // ---- metadata ----

    /// Sizes.
    #[getter]
    fn shape<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.shape())
    }

    /// Strides in elements.
    #[getter]
    fn strides<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.layout().strides())
    }

    /// Storage offset in elements.
    #[getter]
    fn offset(&self) -> usize {
        self.inner.layout().offset()
    }

    /// dtype name.
    #[getter]
    fn dtype(&self) -> &'static str {
        self.inner.dtype().name()
    }

    /// Number of dims.
    #[getter]
    fn ndim(&self) -> usize {
        self.inner.rank()
    }

    /// Element count.
    #[getter]
    fn numel(&self) -> usize {
        self.inner.numel()
    }

    /// Address of the first element.
    #[getter]
    fn data_ptr(&self) -> usize {
        self.inner.data_ptr()
    }

    /// Size of the storage in elements.
    #[getter]
    fn storage_size(&self) -> usize {
        self.inner.storage().len()
    }

    /// The storage's in-place write counter (shared by all views).
    #[getter]
    fn version(&self) -> u64 {
        self.inner.storage().version()
    }

    /// True when the memory belongs to a numpy array.
    #[getter]
    fn is_borrowed(&self) -> bool {
        self.inner.storage().is_borrowed()
    }

    /// PyTorch's contiguity.
    fn is_contiguous(&self) -> bool {
        self.inner.layout().is_contiguous()
    }

    /// True when both handles view the same storage.
    fn same_storage(&self, other: &PyTensor) -> bool {
        self.inner.same_storage(&other.inner)
    }

    /// numpy's array interface (numpy keeps this object alive as the array's base).
    #[getter]
    fn __array_interface__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        convert::array_interface(py, &self.inner)
    }

    /// The single element as a Python number.
    fn item(&self, py: Python<'_>) -> PyResult<PyObject> {
        convert::scalar_to_py(py, self.inner.item()?)
    }

    // ---- views ----

    /// `view(shape)`.
    fn view(&self, shape: Vec<i64>) -> PyResult<PyTensor> {
        Ok(wrap(self.inner.view(&shape)?))
    }

    /// `reshape(shape)`.
    fn reshape(&self, py: Python<'_>, shape: Vec<i64>) -> PyResult<PyTensor> {
        let t = &self.inner;
        Ok(wrap(run(py, t.numel(), || t.reshape(&shape))?))
    }

    /// `permute(dims)`.
    fn permute(&self, dims: Vec<i64>) -> PyResult<PyTensor> {
        Ok(wrap(self.inner.permute(&dims)?))
    }

    /// `transpose(d0, d1)`.
    fn transpose(&self, d0: i64, d1: i64) -> PyResult<PyTensor> {
        Ok(wrap(self.inner.transpose(d0, d1)?))
    }

    /// `expand(sizes)`.
    fn expand(&self, sizes: Vec<i64>) -> PyResult<PyTensor> {
        Ok(wrap(self.inner.expand(&sizes)?))
    }

    /// `narrow(dim, start, length)`.
    fn narrow(&self, dim: i64, start: i64, length: i64) -> PyResult<PyTensor> {
        let l = self.inner.layout().narrow(dim, start, length)?;
        Ok(wrap(self.inner.with_layout(l)?))
    }

    /// `start:stop:step` along `dim`.
    #[pyo3(signature = (dim, start, stop, step=1))]
    fn slice(
        &self,
        dim: i64,
        start: Option<i64>,
        stop: Option<i64>,
        step: i64,
    ) -> PyResult<PyTensor> {
        let l = self.inner.layout().slice(dim, start, stop, step)?;
        Ok(wrap(self.inner.with_layout(l)?))
    }

    /// `select(dim, index)`.
    fn select(&self, dim: i64, index: i64) -> PyResult<PyTensor> {
        let l = self.inner.layout().select(dim, index)?;
        Ok(wrap(self.inner.with_layout(l)?))
    }

    /// `squeeze(dims=None)`.
    #[pyo3(signature = (dims=None))]
    fn squeeze(&self, dims: Option<Vec<i64>>) -> PyResult<PyTensor> {
        let l = self.inner.layout().squeeze(dims.as_deref())?;
        Ok(wrap(self.inner.with_layout(l)?))
    }

    /// `unsqueeze(dim)`.
    fn unsqueeze(&self, dim: i64) -> PyResult<PyTensor> {
        let l = self.inner.layout().unsqueeze(dim)?;
        Ok(wrap(self.inner.with_layout(l)?))
    }

    /// `flatten(start_dim, end_dim)`.
    fn flatten(&self, py: Python<'_>, start: i64, end: i64) -> PyResult<PyTensor> {
        let shape = self.inner.layout().flatten_shape(start, end)?;
        self.reshape(py, shape)
    }

    /// `as_strided(size, stride, storage_offset)`, checked against the storage.
    #[pyo3(signature = (size, stride, offset=None))]
    fn as_strided(
        &self,
        size: Vec<usize>,
        stride: Vec<isize>,
        offset: Option<usize>,
    ) -> PyResult<PyTensor> {
        if stride.iter().any(|&s| s < 0) {
            return Err(Error::Runtime(
                "as_strided: Negative strides are not supported at the moment, got strides: [...]"
                    .into(),
            )
            .into());
        }
        let l = Layout::new(size, stride, offset.unwrap_or(self.inner.layout().offset()))?;
        Ok(wrap(self.inner.with_layout(l)?))
    }

    /// Broadcast to `shape` as a view.
    fn broadcast_to(&self, shape: Vec<usize>) -> PyResult<PyTensor> {
        Ok(wrap(self.inner.broadcast_to(&shape)?))
    }

    // ---- copies and casts ----

    /// A contiguous tensor (self's storage when already contiguous).
    fn contiguous(&self, py: Python<'_>) -> PyResult<PyTensor> {
        let t = &self.inner;
        Ok(wrap(run(py, t.numel(), || t.contiguous())?))
    }

    /// A contiguous copy sharing nothing.
    fn clone(&self, py: Python<'_>) -> PyResult<PyTensor> {
        let t = &self.inner;
        Ok(wrap(run(py, t.numel(), || t.deep_clone())?))
    }

    /// Cast to `dtype` (self when it matches).
    fn to(&self, py: Python<'_>, dtype: &str) -> PyResult<PyTensor> {
        let dt = convert::dtype(dtype)?;
        let t = &self.inner;
        Ok(wrap(run(py, t.numel(), || t.to_dtype(dt))?))
    }

    /// `copy_(src)`: broadcast and cast `src` into self.
    fn copy_(&self, py: Python<'_>, src: &PyTensor) -> PyResult<()> {
        let (t, s) = (&self.inner, &src.inner);
        run(py, t.numel(), || t.copy_from(s))
    }

    /// `fill_(value)`.
    fn fill_(&self, py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = convert::scalar(value)?
            .ok_or_else(|| Error::WrongType("fill_ expects a number".into()))?;
        let t = &self.inner;
        run(py, t.numel(), || {
            t.fill(v);
            Ok(())
        })
    }

    // ---- math ----

    /// Elementwise op of one operand, by PyTorch name.
    fn unary(&self, py: Python<'_>, op: &str) -> PyResult<PyTensor> {
        let op = UnaryOp::parse(op)?;
        let df = default_float();
        let t = &self.inner;
        Ok(wrap(run(py, t.numel(), || cpu::unary::unary(op, t, df))?))
    }

    /// Elementwise op of two broadcast operands; `other` may be a Python number.
    /// `reverse` computes `other op self`.
    #[pyo3(signature = (op, other, reverse=false))]
    fn binary(
        &self,
        py: Python<'_>,
        op: &str,
        other: &Bound<'_, PyAny>,
        reverse: bool,
    ) -> PyResult<PyTensor> {
        let op = BinaryOp::parse(op)?;
        let df = default_float();
        let a = &self.inner;
        let (b, bdt, bcat) = operand(other, df)?;
        let operands = [(a.dtype(), category(a)), (bdt, bcat)];
        let result = DType::result_type(&operands);
        let numel = a.numel().max(b.numel());
        let out = run(py, numel, || {
            if reverse {
                cpu::binary::binary(op, &b, a, result, df)
            } else {
                cpu::binary::binary(op, a, &b, result, df)
            }
        })?;
        Ok(wrap(out))
    }

    /// `where(cond, a, b)`; `a` and `b` may be Python numbers.
    #[staticmethod]
    fn where_(
        py: Python<'_>,
        cond: &PyTensor,
        a: &Bound<'_, PyAny>,
        b: &Bound<'_, PyAny>,
    ) -> PyResult<PyTensor> {
        let df = default_float();
        let (ta, adt, acat) = operand(a, df)?;
        let (tb, bdt, bcat) = operand(b, df)?;
        let result = DType::result_type(&[(adt, acat), (bdt, bcat)]);
        let c = &cond.inner;
        Ok(wrap(run(py, c.numel(), || {
            cpu::binary::where_(c, &ta, &tb, result)
        })?))
    }

    /// Reduction by PyTorch name over `dims` (None: all).
    #[pyo3(signature = (op, dims=None, keepdim=false, dtype=None))]
    fn reduce(
        &self,
        py: Python<'_>,
        op: &str,
        dims: Option<Vec<i64>>,
        keepdim: bool,
        dtype: Option<&str>,
    ) -> PyResult<PyTensor> {
        let (kind, name) = match op {
            "amax" => (ReduceOp::Max, "amax"),
            "amin" => (ReduceOp::Min, "amin"),
            other => {
                let k = ReduceOp::parse(other)?;
                (k, k.name())
            }
        };
        let dt = dtype.map(convert::dtype).transpose()?;
        let t = &self.inner;
        Ok(wrap(run(py, t.numel(), || {
            cpu::reduce::reduce_named(kind, name, t, dims.as_deref(), keepdim, dt)
        })?))
    }

    /// `(values, indices)` of the max (or min) along `dim` (None: flattened).
    #[pyo3(signature = (dim, keepdim, is_max, name))]
    fn arg_reduce(
        &self,
        py: Python<'_>,
        dim: Option<i64>,
        keepdim: bool,
        is_max: bool,
        name: &str,
    ) -> PyResult<(PyTensor, PyTensor)> {
        let t = &self.inner;
        let (v, i) = run(py, t.numel(), || {
            cpu::reduce::arg_reduce(t, dim, keepdim, is_max, name)
        })?;
        Ok((wrap(v), wrap(i)))
    }

    /// `torch.matmul(self, other)`.
    fn matmul(&self, py: Python<'_>, other: &PyTensor) -> PyResult<PyTensor> {
        let (a, b) = (&self.inner, &other.inner);
        let fmas = a
            .numel()
            .saturating_mul(b.shape().last().copied().unwrap_or(1));
        Ok(wrap(run_if(py, fmas >= cpu::matmul::PAR_FMAS, || {
            cpu::matmul::matmul(a, b)
        })?))
    }

    fn __repr__(&self) -> String {
        format!(
            "RawTensor(shape={:?}, dtype={})",
            self.inner.shape(),
            self.inner.dtype().name()
        )
    }
}
