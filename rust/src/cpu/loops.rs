//! The inner loops every elementwise kernel runs, compiled per SIMD level, and
//! the runner that walks a [`Plan`] and picks the loop for each piece.

use super::copy::SendPtr;
use crate::dtype::Element;
use crate::strided::{Plan, PAR_THRESHOLD};
use crate::tensor::Tensor;

/// A one-operand elementwise function, as a zero-sized type so it inlines.
pub trait UnaryFn<T, U> {
    /// Apply to one element.
    fn call(x: T) -> U;
}

/// A two-operand elementwise function, as a zero-sized type so it inlines.
pub trait BinaryFn<T, U> {
    /// Apply to one pair of elements.
    fn call(a: T, b: T) -> U;
}

crate::multiversion! {
    /// `o[i] = K(x[i])` over `n` contiguous elements.
    pub unsafe fn map_contig<T: Element, U: Element, K: UnaryFn<T, U>>(
        x: *const T, o: *mut U, n: usize,
    ) {
        // SAFETY: the caller passes `n` valid elements on each side, and `o` is a
        // fresh output that aliases nothing (slices give LLVM that fact).
        let (x, o) = unsafe { (std::slice::from_raw_parts(x, n), std::slice::from_raw_parts_mut(o, n)) };
        for (o, &x) in o.iter_mut().zip(x) {
            *o = K::call(x);
        }
    }
}

crate::multiversion! {
    /// `o[i] = K(a[i], b[i])` over `n` contiguous elements.
    pub unsafe fn zip_contig<T: Element, U: Element, K: BinaryFn<T, U>>(
        a: *const T, b: *const T, o: *mut U, n: usize,
    ) {
        // SAFETY: as in `map_contig`.
        let (a, b, o) = unsafe {
            (std::slice::from_raw_parts(a, n), std::slice::from_raw_parts(b, n), std::slice::from_raw_parts_mut(o, n))
        };
        for ((o, &a), &b) in o.iter_mut().zip(a).zip(b) {
            *o = K::call(a, b);
        }
    }
}

crate::multiversion! {
    /// `o[i] = K(a[i], b)` over `n` contiguous elements.
    pub unsafe fn zip_vs<T: Element, U: Element, K: BinaryFn<T, U>>(
        a: *const T, b: T, o: *mut U, n: usize,
    ) {
        // SAFETY: as in `map_contig`.
        let (a, o) = unsafe { (std::slice::from_raw_parts(a, n), std::slice::from_raw_parts_mut(o, n)) };
        for (o, &a) in o.iter_mut().zip(a) {
            *o = K::call(a, b);
        }
    }
}

crate::multiversion! {
    /// `o[i] = K(a, b[i])` over `n` contiguous elements.
    pub unsafe fn zip_sv<T: Element, U: Element, K: BinaryFn<T, U>>(
        a: T, b: *const T, o: *mut U, n: usize,
    ) {
        // SAFETY: as in `map_contig`.
        let (b, o) = unsafe { (std::slice::from_raw_parts(b, n), std::slice::from_raw_parts_mut(o, n)) };
        for (o, &b) in o.iter_mut().zip(b) {
            *o = K::call(a, b);
        }
    }
}

#[inline(always)]
fn ix(i: usize) -> isize {
    isize::try_from(i).unwrap_or(isize::MAX)
}

/// Run `K` over `x` into the contiguous `out` (same shape).
///
/// # Safety
/// `T` and `U` are the element types of `x` and `out`; `out` is freshly allocated.
pub unsafe fn run_unary<T: Element, U: Element, K: UnaryFn<T, U>>(x: &Tensor, out: &Tensor) {
    let n = out.numel();
    if n < PAR_THRESHOLD && x.layout().is_contiguous() {
        // Small contiguous input: one call, no plan (the per-op cost of small tensors).
        // SAFETY: both are contiguous with n elements; out is fresh.
        unsafe { map_contig::<T, U, K>(x.ptr::<T>(), out.ptr::<U>(), n) };
        return;
    }
    let plan = Plan::<2>::new(
        out.shape(),
        [out.layout().strides(), x.layout().strides()],
        [out.layout().offset(), x.layout().offset()],
    );
    let po = SendPtr(out.storage().as_ptr().cast::<U>());
    let px = SendPtr(x.storage().as_ptr().cast::<T>());
    let [so, sx] = plan.inner_strides;
    plan.for_each_piece(true, move |[oo, ox], len| {
        // SAFETY: plan offsets stay inside both checked layouts; pieces are disjoint in `out`.
        unsafe {
            let (o, x) = (po.at(oo), px.at(ox));
            if so == 1 && sx == 1 {
                map_contig::<T, U, K>(x, o, len);
            } else {
                for i in 0..len {
                    *o.offset(ix(i) * so) = K::call(*x.offset(ix(i) * sx));
                }
            }
        }
    });
}

/// Run `K` over broadcast `a` and `b` (already expanded to `out`'s shape).
///
/// # Safety
/// `T` is the element type of `a` and `b`, `U` of `out`; `out` is freshly allocated.
pub unsafe fn run_binary<T: Element, U: Element, K: BinaryFn<T, U>>(
    a: &Tensor,
    b: &Tensor,
    out: &Tensor,
) {
    let n = out.numel();
    if n < PAR_THRESHOLD && a.layout().is_contiguous() {
        // Small contiguous operands: one call, no plan (the per-op cost of small tensors).
        // SAFETY: out is fresh and contiguous with n elements; a is contiguous with n
        // elements; b is either contiguous with n elements or a single element.
        unsafe {
            if b.layout().is_contiguous() && b.numel() == n {
                zip_contig::<T, U, K>(a.ptr::<T>(), b.ptr::<T>(), out.ptr::<U>(), n);
                return;
            }
            if b.layout().strides().iter().all(|&s| s == 0) {
                zip_vs::<T, U, K>(a.ptr::<T>(), *b.ptr::<T>(), out.ptr::<U>(), n);
                return;
            }
        }
    }
    let plan = Plan::<3>::new(
        out.shape(),
        [
            out.layout().strides(),
            a.layout().strides(),
            b.layout().strides(),
        ],
        [
            out.layout().offset(),
            a.layout().offset(),
            b.layout().offset(),
        ],
    );
    let po = SendPtr(out.storage().as_ptr().cast::<U>());
    let pa = SendPtr(a.storage().as_ptr().cast::<T>());
    let pb = SendPtr(b.storage().as_ptr().cast::<T>());
    let [so, sa, sb] = plan.inner_strides;
    plan.for_each_piece(true, move |[oo, oa, ob], len| {
        // SAFETY: plan offsets stay inside the checked layouts; pieces are disjoint in `out`.
        unsafe {
            let (o, a, b) = (po.at(oo), pa.at(oa), pb.at(ob));
            match (so, sa, sb) {
                (1, 1, 1) => zip_contig::<T, U, K>(a, b, o, len),
                (1, 1, 0) => zip_vs::<T, U, K>(a, *b, o, len),
                (1, 0, 1) => zip_sv::<T, U, K>(*a, b, o, len),
                _ => {
                    for i in 0..len {
                        let i = ix(i);
                        *o.offset(i * so) = K::call(*a.offset(i * sa), *b.offset(i * sb));
                    }
                }
            }
        }
    });
}
