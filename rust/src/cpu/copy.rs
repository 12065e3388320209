//! Strided copy with casting (`copy_`, `contiguous`, `to(dtype)`) and `fill_`.

use crate::dtype::{Element, Scalar};
use crate::error::{Error, Result};
use crate::strided::Plan;
use crate::tensor::Tensor;
use crate::with_dtype;

/// Raw pointer that may cross into rayon tasks.
#[derive(Clone, Copy)]
pub(crate) struct SendPtr<T>(pub *mut T);
// SAFETY: kernels hand out disjoint pieces of the buffer to tasks.
unsafe impl<T> Send for SendPtr<T> {}
// SAFETY: as above.
unsafe impl<T> Sync for SendPtr<T> {}

impl<T> SendPtr<T> {
    /// The pointer (a method, so closures capture the whole `Send` wrapper).
    #[inline(always)]
    pub fn get(self) -> *mut T {
        self.0
    }

    /// The pointer moved by `off` elements.
    ///
    /// # Safety
    /// The result must stay inside the allocation.
    #[inline(always)]
    pub unsafe fn at(self, off: isize) -> *mut T {
        // SAFETY: guaranteed by the caller.
        unsafe { self.0.offset(off) }
    }

    /// The pointer moved forward by `i` elements.
    ///
    /// # Safety
    /// The result must stay inside the allocation.
    #[inline(always)]
    pub unsafe fn add(self, i: usize) -> *mut T {
        // SAFETY: guaranteed by the caller.
        unsafe { self.0.add(i) }
    }
}

crate::multiversion! {
    /// Contiguous converting copy of `n` elements.
    unsafe fn cast_contig<S: Element, D: Element>(src: *const S, dst: *mut D, n: usize) {
        for i in 0..n {
            // SAFETY: the caller passes `n` valid elements on each side.
            unsafe { *dst.add(i) = D::cast_from(*src.add(i)) };
        }
    }
}

unsafe fn copy_typed<S: Element, D: Element>(dst: &Tensor, src: &Tensor) {
    let plan = Plan::<2>::new(
        dst.shape(),
        [dst.layout().strides(), src.layout().strides()],
        [dst.layout().offset(), src.layout().offset()],
    );
    let d = SendPtr(dst.storage().as_ptr().cast::<D>());
    let s = SendPtr(src.storage().as_ptr().cast::<S>());
    let [sd, ss] = plan.inner_strides;
    plan.for_each_piece(true, move |[od, os], len| {
        // SAFETY: the plan only yields offsets inside both layouts, which were
        // checked against their storages; pieces are disjoint in `dst`.
        unsafe {
            let (dp, sp) = (d.at(od), s.at(os));
            if sd == 1 && ss == 1 {
                if S::DTYPE == D::DTYPE {
                    std::ptr::copy(sp.cast::<D>(), dp, len);
                } else {
                    cast_contig::<S, D>(sp, dp, len);
                }
            } else {
                for i in 0..len {
                    let i = isize::try_from(i).unwrap_or(0);
                    *dp.offset(i * sd) = D::cast_from(*sp.offset(i * ss));
                }
            }
        }
    });
}

/// Copy `src` (same shape, any dtype) into `dst`'s layout.
pub fn copy_into(dst: &Tensor, src: &Tensor) -> Result<()> {
    if dst.shape() != src.shape() {
        return Err(Error::Runtime(format!(
            "copy: shape mismatch [{}] vs [{}]",
            crate::shape::join(dst.shape()),
            crate::shape::join(src.shape())
        )));
    }
    with_dtype!(dst.dtype(), D, {
        with_dtype!(src.dtype(), S, {
            // SAFETY: D and S are the storages' element types; layouts are checked.
            unsafe { copy_typed::<S, D>(dst, src) }
        })
    });
    Ok(())
}

unsafe fn fill_typed<T: Element>(t: &Tensor, v: T) {
    let plan = Plan::<1>::new(t.shape(), [t.layout().strides()], [t.layout().offset()]);
    let p = SendPtr(t.storage().as_ptr().cast::<T>());
    let [st] = plan.inner_strides;
    plan.for_each_piece(true, move |[o], len| {
        for i in 0..len {
            let i = isize::try_from(i).unwrap_or(0);
            // SAFETY: offsets come from a layout checked against the storage.
            unsafe { *p.at(o + i * st) = v };
        }
    });
}

/// Set every element of `t` to `value`, cast to its dtype.
pub fn fill(t: &Tensor, value: Scalar) {
    with_dtype!(t.dtype(), T, {
        // SAFETY: T is the storage's element type.
        unsafe { fill_typed::<T>(t, value.to_elem::<T>()) }
    });
}
