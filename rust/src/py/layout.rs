//! `Layout` for Python: the wgpu backend computes its views with the same code as the CPU.

use crate::layout::Layout;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

/// Shape, strides (elements) and offset of a tensor, with the view ops.
#[pyclass(name = "Layout", module = "ferrotensor._core", frozen)]
pub struct PyLayout {
    pub(crate) inner: Layout,
}

fn wrap(l: Layout) -> PyLayout {
    PyLayout { inner: l }
}

#[pymethods]
impl PyLayout {
    /// A layout from parts.
    #[new]
    #[pyo3(signature = (shape, strides=None, offset=0))]
    fn new(shape: Vec<usize>, strides: Option<Vec<isize>>, offset: usize) -> PyResult<PyLayout> {
        Ok(wrap(match strides {
            Some(s) => Layout::new(shape, s, offset)?,
            None => {
                let mut l = Layout::contiguous(&shape);
                if offset != 0 {
                    l = Layout::new(shape.clone(), l.strides().to_vec(), offset)?;
                }
                l
            }
        }))
    }

    /// Sizes.
    #[getter]
    fn shape<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.shape())
    }

    /// Strides in elements.
    #[getter]
    fn strides<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.strides())
    }

    /// Offset in elements.
    #[getter]
    fn offset(&self) -> usize {
        self.inner.offset()
    }

    /// Element count.
    #[getter]
    fn numel(&self) -> usize {
        self.inner.numel()
    }

    /// Number of dims.
    #[getter]
    fn ndim(&self) -> usize {
        self.inner.rank()
    }

    /// One past the highest element index touched (0 when empty).
    #[getter]
    fn extent(&self) -> usize {
        self.inner
            .extent()
            .map_or(0, |(_, hi)| usize::try_from(hi).unwrap_or(0))
    }

    /// PyTorch's contiguity.
    fn is_contiguous(&self) -> bool {
        self.inner.is_contiguous()
    }

    fn view(&self, shape: Vec<i64>) -> PyResult<PyLayout> {
        Ok(wrap(self.inner.view(&shape)?))
    }

    /// A view layout, or None when `reshape` must copy; also returns the resolved shape.
    fn reshape(&self, shape: Vec<i64>) -> PyResult<(Vec<usize>, Option<PyLayout>)> {
        let (s, l) = self.inner.reshape(&shape)?;
        Ok((s, l.map(wrap)))
    }

    fn permute(&self, dims: Vec<i64>) -> PyResult<PyLayout> {
        Ok(wrap(self.inner.permute(&dims)?))
    }

    fn transpose(&self, d0: i64, d1: i64) -> PyResult<PyLayout> {
        Ok(wrap(self.inner.transpose(d0, d1)?))
    }

    fn expand(&self, sizes: Vec<i64>) -> PyResult<PyLayout> {
        Ok(wrap(self.inner.expand(&sizes)?))
    }

    fn broadcast_to(&self, shape: Vec<usize>) -> PyResult<PyLayout> {
        Ok(wrap(self.inner.broadcast_to(&shape)?))
    }

    fn narrow(&self, dim: i64, start: i64, length: i64) -> PyResult<PyLayout> {
        Ok(wrap(self.inner.narrow(dim, start, length)?))
    }

    #[pyo3(signature = (dim, start, stop, step=1))]
    fn slice(
        &self,
        dim: i64,
        start: Option<i64>,
        stop: Option<i64>,
        step: i64,
    ) -> PyResult<PyLayout> {
        Ok(wrap(self.inner.slice(dim, start, stop, step)?))
    }

    fn select(&self, dim: i64, index: i64) -> PyResult<PyLayout> {
        Ok(wrap(self.inner.select(dim, index)?))
    }

    #[pyo3(signature = (dims=None))]
    fn squeeze(&self, dims: Option<Vec<i64>>) -> PyResult<PyLayout> {
        Ok(wrap(self.inner.squeeze(dims.as_deref())?))
    }

    fn unsqueeze(&self, dim: i64) -> PyResult<PyLayout> {
        Ok(wrap(self.inner.unsqueeze(dim)?))
    }

    fn flatten_shape(&self, start: i64, end: i64) -> PyResult<Vec<i64>> {
        Ok(self.inner.flatten_shape(start, end)?)
    }

    fn __repr__(&self) -> String {
        format!(
            "Layout(shape={:?}, strides={:?}, offset={})",
            self.inner.shape(),
            self.inner.strides(),
            self.inner.offset()
        )
    }
}
