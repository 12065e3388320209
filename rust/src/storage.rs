//! `Storage`: the bytes behind one or more tensors.
//!
//! Storage is either an owned, 64-byte-aligned allocation or a borrowed region
//! of someone else's memory (a numpy array) kept alive by an opaque owner.
//! NOTE: storage is shared and mutable through views, exactly like PyTorch's:
//! kernels read and write it through raw pointers, never through `&mut` slices
//! that could alias another view. Writes from two threads at once race, as they
//! do in PyTorch and numpy; the Python layer does not add locks.

use crate::dtype::DType;
use crate::error::{Error, Result};
use std::alloc::{self, Layout as AllocLayout};
use std::any::Any;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};

/// Alignment of owned buffers: one cache line, and enough for any SIMD load.
pub const ALIGN: usize = 64;

/// Buffers at least this large are 2 MiB aligned and advised to use transparent
/// huge pages (as numpy does): first-touch page faults otherwise dominate large ops.
const HUGE_PAGE_MIN: usize = 32 << 20;
const HUGE_PAGE: usize = 2 << 20;

enum Owner {
    /// Allocated by us: the allocation's base pointer and layout (the data
    /// pointer is the base rounded up to [`ALIGN`]).
    Owned(*mut u8, AllocLayout),
    Borrowed(#[allow(dead_code)] Box<dyn Any + Send + Sync>),
}

/// A typed byte buffer shared between views (wrap it in an `Arc`).
pub struct Storage {
    ptr: NonNull<u8>,
    nbytes: usize,
    dtype: DType,
    owner: Owner,
    /// Bumped by every in-place write through a tensor (autograd's version counter,
    /// shared by all views as in PyTorch; writes made through numpy are not counted).
    version: AtomicU64,
}

// SAFETY: the buffer is plain memory; the owner (if any) is Send + Sync by type.
// Concurrent writes are the caller's race, as documented above.
unsafe impl Send for Storage {}
// SAFETY: as above.
unsafe impl Sync for Storage {}

impl Storage {
    /// A zero-filled owned buffer of `numel` elements.
    pub fn zeros(dtype: DType, numel: usize) -> Result<Storage> {
        let s = Storage::alloc(dtype, numel)?;
        // SAFETY: the buffer was just allocated with `nbytes` bytes.
        unsafe { std::ptr::write_bytes(s.ptr.as_ptr(), 0, s.nbytes) };
        Ok(s)
    }

    /// An owned buffer of `numel` elements whose contents are unspecified.
    ///
    /// Kernels use it for outputs they overwrite completely before anyone reads them;
    /// it skips a pass over memory that would only be overwritten.
    pub fn uninit(dtype: DType, numel: usize) -> Result<Storage> {
        Storage::alloc(dtype, numel)
    }

    fn alloc(dtype: DType, numel: usize) -> Result<Storage> {
        let nbytes = numel
            .checked_mul(dtype.size())
            .ok_or_else(|| Error::Runtime("Storage size calculation overflowed".into()))?;
        // Small buffers: over-allocate from malloc and round up, which is much cheaper
        // than an aligned allocation. Large ones: 2 MiB aligned for huge pages.
        let huge = nbytes >= HUGE_PAGE_MIN;
        let (size, align) = if huge {
            (nbytes, HUGE_PAGE)
        } else {
            (nbytes + ALIGN, 16)
        };
        let layout = AllocLayout::from_size_align(size.max(1), align)
            .map_err(|_| Error::Runtime("Storage size calculation overflowed".into()))?;
        // SAFETY: the layout has a non-zero size.
        let base = unsafe { alloc::alloc(layout) };
        if base.is_null() {
            return Err(Error::Runtime(format!(
                "[enforce fail at alloc_cpu.cpp] DefaultCPUAllocator: can't allocate memory: you \
                 tried to allocate {nbytes} bytes."
            )));
        }
        let pad = base.align_offset(ALIGN);
        // SAFETY: `pad < ALIGN`, and small allocations reserved ALIGN extra bytes; huge
        // ones are already aligned (pad == 0).
        let ptr = unsafe { NonNull::new_unchecked(base.add(pad)) };
        #[cfg(target_os = "linux")]
        if huge {
            // SAFETY: advisory call on memory we own; failure only loses the hint.
            unsafe { libc::madvise(base.cast(), nbytes, libc::MADV_HUGEPAGE) };
        }
        Ok(Storage {
            ptr,
            nbytes,
            dtype,
            owner: Owner::Owned(base, layout),
            version: AtomicU64::new(0),
        })
    }

    /// An owned buffer holding a copy of `values`.
    pub fn from_slice<T: crate::Element>(values: &[T]) -> Result<Storage> {
        let s = Storage::zeros(T::DTYPE, values.len())?;
        // SAFETY: `s` was just allocated with room for `values.len()` elements of T,
        // aligned to 64, and does not overlap `values`.
        unsafe {
            std::ptr::copy_nonoverlapping(
                values.as_ptr(),
                s.ptr.as_ptr().cast::<T>(),
                values.len(),
            );
        }
        Ok(s)
    }

    /// Borrow `nbytes` of foreign memory, kept alive by `owner`.
    ///
    /// # Safety
    /// `ptr` must be valid for reads and writes of `nbytes` bytes, aligned for
    /// `dtype`, for as long as `owner` lives.
    pub unsafe fn borrowed(
        ptr: *mut u8,
        nbytes: usize,
        dtype: DType,
        owner: Box<dyn Any + Send + Sync>,
    ) -> Result<Storage> {
        let ptr = if nbytes == 0 {
            NonNull::<u64>::dangling().cast::<u8>()
        } else {
            NonNull::new(ptr).ok_or_else(|| Error::Runtime("null data pointer".into()))?
        };
        Ok(Storage {
            ptr,
            nbytes,
            dtype,
            owner: Owner::Borrowed(owner),
            version: AtomicU64::new(0),
        })
    }

    /// The element type.
    pub fn dtype(&self) -> DType {
        self.dtype
    }

    /// Size in bytes.
    pub fn nbytes(&self) -> usize {
        self.nbytes
    }

    /// Size in elements.
    pub fn len(&self) -> usize {
        self.nbytes / self.dtype.size()
    }

    /// True when the storage holds no element.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Base pointer.
    pub fn as_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// The in-place write counter.
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Relaxed)
    }

    /// Record an in-place write.
    pub fn bump_version(&self) {
        self.version.fetch_add(1, Ordering::Relaxed);
    }

    /// True for foreign (numpy) memory.
    pub fn is_borrowed(&self) -> bool {
        matches!(self.owner, Owner::Borrowed(_))
    }
}

impl Drop for Storage {
    fn drop(&mut self) {
        if let Owner::Owned(base, layout) = self.owner {
            // SAFETY: allocated in `alloc` with exactly this base and layout, freed once.
            unsafe { alloc::dealloc(base, layout) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_buffers_are_aligned_and_zeroed() {
        let s = Storage::zeros(DType::F32, 17).unwrap();
        assert_eq!(s.as_ptr() as usize % ALIGN, 0);
        assert_eq!(s.len(), 17);
        // SAFETY: 17 f32 were allocated above.
        let v = unsafe { std::slice::from_raw_parts(s.as_ptr().cast::<f32>(), 17) };
        assert!(v.iter().all(|&x| x == 0.0));
    }

    #[test]
    fn empty_storage_allocates_nothing_visible() {
        let s = Storage::zeros(DType::I64, 0).unwrap();
        assert!(s.is_empty());
    }
}
