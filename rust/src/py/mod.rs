//! The PyO3 module `ferrotensor._core`.

mod convert;
mod error;
mod index;
mod layout;
mod numeric;
mod random;
mod tensor;

use pyo3::prelude::*;

/// Broadcast two shapes (PyTorch's error on mismatch).
#[pyfunction]
fn broadcast_shapes(a: Vec<usize>, b: Vec<usize>) -> PyResult<Vec<usize>> {
    Ok(crate::shape::broadcast_shapes(&a, &b)?)
}

/// `torch.promote_types`.
#[pyfunction]
fn promote_types(a: &str, b: &str) -> PyResult<&'static str> {
    Ok(crate::DType::promote(convert::dtype(a)?, convert::dtype(b)?).name())
}

/// `torch.result_type` over `(dtype, category)` pairs, category one of "dim", "zerodim", "scalar".
#[pyfunction]
fn result_type(operands: Vec<(String, String)>) -> PyResult<&'static str> {
    use crate::dtype::Category;
    let mut ops = Vec::with_capacity(operands.len());
    for (d, c) in operands {
        let cat = match c.as_str() {
            "dim" => Category::Dim,
            "zerodim" => Category::ZeroDim,
            _ => Category::Scalar,
        };
        ops.push((convert::dtype(&d)?, cat));
    }
    Ok(crate::DType::result_type(&ops).name())
}

/// Source text of a WGSL shader by name (e.g. `"elementwise/binary"`).
#[pyfunction]
fn shader_source(name: &str) -> PyResult<&'static str> {
    crate::shaders::shader_source(name)
        .ok_or_else(|| pyo3::exceptions::PyKeyError::new_err(format!("no shader named '{name}'")))
}

/// Set the default float dtype used by ops that promote integers or Python floats.
#[pyfunction]
fn set_default_float(name: &str) -> PyResult<()> {
    tensor::set_default_float(convert::dtype(name)?);
    Ok(())
}

/// `torch.set_num_threads`.
#[pyfunction]
fn set_num_threads(n: usize) -> PyResult<()> {
    Ok(crate::cpu::set_num_threads(n)?)
}

/// `torch.get_num_threads`.
#[pyfunction]
fn get_num_threads() -> usize {
    crate::cpu::get_num_threads()
}

/// The SIMD level kernels use: "scalar", "avx2" or "avx512".
#[pyfunction]
fn simd_level() -> &'static str {
    crate::cpu::simd::level().name()
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<tensor::PyTensor>()?;
    m.add_class::<layout::PyLayout>()?;
    m.add_function(wrap_pyfunction!(broadcast_shapes, m)?)?;
    m.add_function(wrap_pyfunction!(promote_types, m)?)?;
    m.add_function(wrap_pyfunction!(result_type, m)?)?;
    m.add_function(wrap_pyfunction!(shader_source, m)?)?;
    m.add_function(wrap_pyfunction!(set_num_threads, m)?)?;
    m.add_function(wrap_pyfunction!(set_default_float, m)?)?;
    m.add_function(wrap_pyfunction!(get_num_threads, m)?)?;
    m.add_function(wrap_pyfunction!(simd_level, m)?)?;
    random::register(m)?;
    numeric::register(m)?;
    m.add_function(wrap_pyfunction!(index::index, m)?)?;
    m.add_function(wrap_pyfunction!(index::index_put_, m)?)?;
    m.add_function(wrap_pyfunction!(index::gather, m)?)?;
    m.add_function(wrap_pyfunction!(index::scatter_, m)?)?;
    m.add_function(wrap_pyfunction!(index::masked_fill_, m)?)?;
    m.add_function(wrap_pyfunction!(index::masked_select, m)?)?;
    m.add_function(wrap_pyfunction!(index::masked_scatter_, m)?)?;
    m.add_function(wrap_pyfunction!(index::nonzero, m)?)?;
    Ok(())
}
