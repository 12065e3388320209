//! `Tensor`: an `Arc`-shared [`Storage`] plus a [`Layout`]. Cloning a tensor
//! makes a view (same storage); [`Tensor::deep_clone`] copies the bytes.

use crate::dtype::{DType, Element, Scalar};
use crate::error::{Error, Result};
use crate::layout::Layout;
use crate::storage::Storage;
use std::sync::Arc;

/// A strided view of typed storage.
#[derive(Clone)]
pub struct Tensor {
    storage: Arc<Storage>,
    layout: Layout,
}

impl std::fmt::Debug for Tensor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tensor({:?}, {:?})", self.dtype(), self.layout)
    }
}

impl Tensor {
    /// A tensor over `storage` with `layout`, checked to stay inside the storage.
    pub fn from_parts(storage: Arc<Storage>, layout: Layout) -> Result<Tensor> {
        crate::shape::checked_numel(layout.shape())?;
        if let Some((lo, hi)) = layout.extent() {
            let len = isize::try_from(storage.len()).unwrap_or(isize::MAX);
            if lo < 0 || hi > len {
                return Err(Error::Runtime(format!(
                    "setStorage: sizes [{}], strides [{}], storage offset {}, and itemsize {} \
                     requiring a storage size of {} are out of bounds for storage of size {}",
                    crate::shape::join(layout.shape()),
                    layout
                        .strides()
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                    layout.offset(),
                    storage.dtype().size(),
                    usize::try_from(hi)
                        .unwrap_or(0)
                        .saturating_mul(storage.dtype().size()),
                    storage.nbytes()
                )));
            }
        }
        Ok(Tensor { storage, layout })
    }

    /// A zero-filled contiguous tensor.
    pub fn zeros(shape: &[usize], dtype: DType) -> Result<Tensor> {
        let storage = Storage::zeros(dtype, crate::shape::checked_numel(shape)?)?;
        Ok(Tensor {
            storage: Arc::new(storage),
            layout: Layout::contiguous(shape),
        })
    }

    /// A contiguous tensor with unspecified contents, for kernel outputs that
    /// write every element before returning.
    pub fn uninit(shape: &[usize], dtype: DType) -> Result<Tensor> {
        let storage = Storage::uninit(dtype, crate::shape::checked_numel(shape)?)?;
        Ok(Tensor {
            storage: Arc::new(storage),
            layout: Layout::contiguous(shape),
        })
    }

    /// A contiguous tensor holding a copy of `values`.
    pub fn from_vec<T: Element>(values: &[T], shape: &[usize]) -> Result<Tensor> {
        if crate::shape::numel(shape) != values.len() {
            return Err(Error::ReshapeNumel {
                shape: crate::shape::join(shape),
                numel: values.len(),
            });
        }
        let storage = Storage::from_slice(values)?;
        Ok(Tensor {
            storage: Arc::new(storage),
            layout: Layout::contiguous(shape),
        })
    }

    /// A tensor filled with one value.
    pub fn full(shape: &[usize], value: Scalar, dtype: DType) -> Result<Tensor> {
        let t = Tensor::zeros(shape, dtype)?;
        t.fill(value);
        Ok(t)
    }

    /// The element type.
    pub fn dtype(&self) -> DType {
        self.storage.dtype()
    }

    /// The layout.
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// Sizes.
    pub fn shape(&self) -> &[usize] {
        self.layout.shape()
    }

    /// Element count.
    pub fn numel(&self) -> usize {
        self.layout.numel()
    }

    /// Number of dims.
    pub fn rank(&self) -> usize {
        self.layout.rank()
    }

    /// The shared storage.
    pub fn storage(&self) -> &Arc<Storage> {
        &self.storage
    }

    /// True when both tensors view the same storage.
    pub fn same_storage(&self, other: &Tensor) -> bool {
        Arc::ptr_eq(&self.storage, &other.storage)
    }

    /// The same storage under another layout (checked against the storage size).
    pub fn with_layout(&self, layout: Layout) -> Result<Tensor> {
        Tensor::from_parts(Arc::clone(&self.storage), layout)
    }

    /// A pointer to the first element, typed.
    ///
    /// # Safety
    /// `T` must be the storage's element type; offsets derived from the layout
    /// stay inside the storage (checked when the layout was set).
    pub unsafe fn ptr<T: Element>(&self) -> *mut T {
        debug_assert_eq!(T::DTYPE, self.dtype());
        // SAFETY: the offset is inside the allocation (checked in `from_parts`).
        unsafe { self.storage.as_ptr().cast::<T>().add(self.layout.offset()) }
    }

    /// Address of the first element, for numpy and DLPack.
    pub fn data_ptr(&self) -> usize {
        self.storage.as_ptr() as usize + self.layout.offset() * self.dtype().size()
    }

    /// Contiguous slice view of the elements, when the layout is contiguous.
    ///
    /// # Safety
    /// No other thread may write the storage while the slice lives.
    pub unsafe fn as_slice<T: Element>(&self) -> Option<&[T]> {
        if T::DTYPE != self.dtype() || !self.layout.is_contiguous() {
            return None;
        }
        // SAFETY: contiguous layout of `numel` elements inside the storage.
        Some(unsafe { std::slice::from_raw_parts(self.ptr::<T>(), self.numel()) })
    }

    /// The elements in row-major order (copies; for tests and small reads).
    pub fn to_vec<T: Element>(&self) -> Result<Vec<T>> {
        let t = self.to_dtype(T::DTYPE)?.contiguous()?;
        // SAFETY: freshly made contiguous tensor of dtype T.
        Ok(unsafe { t.as_slice::<T>() }
            .map(<[T]>::to_vec)
            .unwrap_or_default())
    }

    /// A contiguous tensor (self when already contiguous and starting at its offset).
    pub fn contiguous(&self) -> Result<Tensor> {
        if self.layout.is_contiguous() {
            return Ok(self.clone());
        }
        self.deep_clone()
    }

    /// A contiguous copy that shares nothing with self.
    pub fn deep_clone(&self) -> Result<Tensor> {
        let out = Tensor::uninit(self.shape(), self.dtype())?;
        crate::cpu::copy::copy_into(&out, self)?;
        Ok(out)
    }

    /// Cast to `dtype` (a view of self when the dtype already matches).
    pub fn to_dtype(&self, dtype: DType) -> Result<Tensor> {
        if dtype == self.dtype() {
            return Ok(self.clone());
        }
        let out = Tensor::uninit(self.shape(), dtype)?;
        crate::cpu::copy::copy_into(&out, self)?;
        Ok(out)
    }

    /// Copy `src` into self in place, broadcasting and casting (`copy_`).
    pub fn copy_from(&self, src: &Tensor) -> Result<()> {
        self.storage.bump_version();
        let b = src.layout.broadcast_to(self.shape()).map_err(|_| {
            Error::Runtime(format!(
                "The size of tensor a ({}) must match the size of tensor b ({}) at \
                 non-singleton dimension {}",
                self.shape().last().copied().unwrap_or(1),
                src.shape().last().copied().unwrap_or(1),
                self.rank().saturating_sub(1)
            ))
        })?;
        let src = src.with_layout(b)?;
        if src.same_storage(self) {
            let tmp = src.deep_clone()?;
            return crate::cpu::copy::copy_into(self, &tmp);
        }
        crate::cpu::copy::copy_into(self, &src)
    }

    /// Set every element to `value` (`fill_`).
    pub fn fill(&self, value: Scalar) {
        self.storage.bump_version();
        crate::cpu::copy::fill(self, value);
    }

    /// The single element of a one-element tensor.
    pub fn item(&self) -> Result<Scalar> {
        if self.numel() != 1 {
            return Err(Error::Runtime(format!(
                "a Tensor with {} elements cannot be converted to Scalar",
                self.numel()
            )));
        }
        let dt = self.dtype();
        // SAFETY: one element at the layout's offset, of the storage's dtype.
        Ok(unsafe {
            if dt.is_float() {
                crate::with_dtype!(dt, T, { Scalar::Float(self.ptr::<T>().read().to_f64()) })
            } else if dt == DType::Bool {
                Scalar::Bool(self.ptr::<bool>().cast::<u8>().read() != 0)
            } else {
                crate::with_dtype!(dt, T, { Scalar::Int(self.ptr::<T>().read().to_i64()) })
            }
        })
    }

    // ---- views: new layouts over the same storage ----

    /// `view(shape)`.
    pub fn view(&self, shape: &[i64]) -> Result<Tensor> {
        self.with_layout(self.layout.view(shape)?)
    }

    /// `reshape(shape)`: a view when possible, else a contiguous copy.
    pub fn reshape(&self, shape: &[i64]) -> Result<Tensor> {
        let (resolved, view) = self.layout.reshape(shape)?;
        match view {
            Some(l) => self.with_layout(l),
            None => {
                let c = self.deep_clone()?;
                c.with_layout(Layout::contiguous(&resolved))
            }
        }
    }

    /// `permute(dims)`.
    pub fn permute(&self, dims: &[i64]) -> Result<Tensor> {
        self.with_layout(self.layout.permute(dims)?)
    }

    /// `transpose(d0, d1)`.
    pub fn transpose(&self, d0: i64, d1: i64) -> Result<Tensor> {
        self.with_layout(self.layout.transpose(d0, d1)?)
    }

    /// `expand(sizes)`.
    pub fn expand(&self, sizes: &[i64]) -> Result<Tensor> {
        let layout = self.layout.expand(sizes).map_err(|e| match e {
            Error::Runtime(m) => Error::Runtime(m.replace(
                "TENSOR_TYPE",
                &format!("ferrotensor.{}Tensor", self.dtype().scalar_type_name()),
            )),
            other => other,
        })?;
        self.with_layout(layout)
    }

    /// Broadcast to a concrete shape.
    pub fn broadcast_to(&self, shape: &[usize]) -> Result<Tensor> {
        if shape == self.shape() {
            return Ok(self.clone());
        }
        self.with_layout(self.layout.broadcast_to(shape)?)
    }
}
