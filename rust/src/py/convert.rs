//! Conversions between Python values and core types: dtypes, scalars, shapes, numpy.

use crate::dtype::{DType, Scalar};
use crate::error::Error;
use crate::layout::Layout;
use crate::storage::Storage;
use crate::tensor::Tensor;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyTuple};
use std::sync::Arc;

/// Parse a dtype name.
pub fn dtype(name: &str) -> PyResult<DType> {
    Ok(DType::parse(name)?)
}

/// A Python bool, int or float as a [`Scalar`]; None for anything else.
pub fn scalar(obj: &Bound<'_, PyAny>) -> PyResult<Option<Scalar>> {
    if obj.is_instance_of::<PyBool>() {
        return Ok(Some(Scalar::Bool(obj.extract::<bool>()?)));
    }
    if obj.is_instance_of::<PyInt>() {
        return match obj.extract::<i64>() {
            Ok(v) => Ok(Some(Scalar::Int(v))),
            Err(_) => Err(pyo3::exceptions::PyRuntimeError::new_err(
                "Overflow when unpacking long",
            )),
        };
    }
    if obj.is_instance_of::<PyFloat>() {
        return Ok(Some(Scalar::Float(obj.extract::<f64>()?)));
    }
    Ok(None)
}

/// A scalar as a Python object.
pub fn scalar_to_py(py: Python<'_>, s: Scalar) -> PyResult<PyObject> {
    Ok(match s {
        Scalar::Bool(b) => PyBool::new(py, b).to_owned().into_any().unbind(),
        Scalar::Int(i) => i.into_pyobject(py)?.into_any().unbind(),
        Scalar::Float(f) => f.into_pyobject(py)?.into_any().unbind(),
    })
}

/// numpy's typestr for a dtype (native little-endian).
pub fn typestr(dt: DType) -> &'static str {
    match dt {
        DType::F64 => "<f8",
        DType::F32 => "<f4",
        DType::F16 => "<f2",
        DType::I64 => "<i8",
        DType::I32 => "<i4",
        DType::I16 => "<i2",
        DType::I8 => "|i1",
        DType::U8 => "|u1",
        DType::Bool => "|b1",
    }
}

fn dtype_from_typestr(t: &str) -> Option<DType> {
    let native = if cfg!(target_endian = "little") {
        '<'
    } else {
        '>'
    };
    let mut chars = t.chars();
    let order = chars.next()?;
    let rest: String = chars.collect();
    let dt = match rest.as_str() {
        "f8" => DType::F64,
        "f4" => DType::F32,
        "f2" => DType::F16,
        "i8" => DType::I64,
        "i4" => DType::I32,
        "i2" => DType::I16,
        "i1" => DType::I8,
        "u1" => DType::U8,
        "b1" => DType::Bool,
        _ => return None,
    };
    if order == '|' || order == native || dt.size() == 1 {
        Some(dt)
    } else {
        None
    }
}

/// A tensor sharing a numpy array's memory; the array stays alive as long as the storage.
///
/// The caller (the Python layer) has already checked the array's dtype, byte
/// order, alignment and stride signs so it can raise PyTorch's messages; this
/// re-checks everything that memory safety depends on.
pub fn from_numpy(arr: &Bound<'_, PyAny>) -> PyResult<Tensor> {
    let py = arr.py();
    let ndarray = py.import("numpy")?.getattr("ndarray")?;
    if !arr.is_instance(&ndarray)? {
        return Err(Error::WrongType(format!(
            "expected np.ndarray (got {})",
            arr.get_type().name()?
        ))
        .into());
    }
    // numpy's own getter: a subclass may override `__array_interface__` with made-up
    // pointers and shapes, and only the real one describes memory that exists.
    let iface = ndarray
        .getattr("__array_interface__")?
        .call_method1("__get__", (arr,))?;
    let iface = iface.downcast::<PyDict>()?;
    let get = |k: &str| -> PyResult<Bound<'_, PyAny>> {
        iface
            .get_item(k)?
            .ok_or_else(|| Error::Runtime(format!("__array_interface__ lacks {k}")).into())
    };
    let ts: String = get("typestr")?.extract()?;
    let dt = dtype_from_typestr(&ts).ok_or_else(|| {
        Error::WrongType(format!(
            "can't convert np.ndarray of type {ts}: unsupported dtype"
        ))
    })?;
    let shape: Vec<usize> = get("shape")?.extract()?;
    let (ptr, readonly): (usize, bool) = get("data")?.extract()?;
    if readonly {
        // Writing through a tensor into read-only (possibly mmapped) memory could crash.
        return Err(Error::InvalidArgument("the given NumPy array is not writable".into()).into());
    }
    let item = dt.size();
    let strides: Vec<isize> = match iface.get_item("strides")? {
        Some(s) if !s.is_none() => {
            let bytes: Vec<isize> = s.extract()?;
            let mut out = Vec::with_capacity(bytes.len());
            for b in bytes {
                if b < 0 {
                    return Err(Error::InvalidArgument(
                        "At least one stride in the given numpy array is negative, and tensors \
                         with negative strides are not currently supported. (You can probably \
                         work around this by making a copy of your array  with array.copy().) "
                            .into(),
                    )
                    .into());
                }
                if b % isize::try_from(item).unwrap_or(1) != 0 {
                    return Err(Error::InvalidArgument(
                        "given numpy array strides not a multiple of the element byte size. \
                         Copy the numpy array to reallocate the memory."
                            .into(),
                    )
                    .into());
                }
                out.push(b / isize::try_from(item).unwrap_or(1));
            }
            out
        }
        _ => crate::shape::contiguous_strides(&shape),
    };
    if ptr % item != 0 {
        return Err(
            Error::InvalidArgument("numpy array is not aligned; copy it first".into()).into(),
        );
    }
    let layout = Layout::new(shape, strides, 0)?;
    let extent = layout
        .extent()
        .map_or(0, |(_, hi)| usize::try_from(hi).unwrap_or(0));
    let owner: Py<PyAny> = arr.clone().unbind();
    // SAFETY: `ptr` is the data pointer numpy reports for `arr`, an ndarray; the
    // layout's extent (non-negative strides, checked above) lies inside its buffer,
    // and `owner` keeps the array (and so the buffer) alive with the storage.
    let storage = unsafe { Storage::borrowed(ptr as *mut u8, extent * item, dt, Box::new(owner))? };
    Ok(Tensor::from_parts(Arc::new(storage), layout)?)
}

/// Build numpy's `__array_interface__` for a tensor.
pub fn array_interface<'py>(py: Python<'py>, t: &Tensor) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    let item = isize::try_from(t.dtype().size()).unwrap_or(1);
    d.set_item("shape", PyTuple::new(py, t.shape())?)?;
    d.set_item("typestr", typestr(t.dtype()))?;
    d.set_item("data", (t.data_ptr(), false))?;
    let strides: Vec<isize> = t.layout().strides().iter().map(|s| s * item).collect();
    d.set_item("strides", PyTuple::new(py, strides)?)?;
    d.set_item("version", 3)?;
    Ok(d)
}
