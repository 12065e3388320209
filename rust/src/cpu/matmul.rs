//! `matmul` with torch.matmul's shape rules. f32 and f64 run on our own GEMM
//! (`cpu/gemm`: packed BLIS-style loops around AVX-512/AVX2 micro-kernels), which
//! takes arbitrary strides, so transposed inputs are not copied first. f16 runs on
//! the `gemm` crate (it has f16 kernels; we have none yet). Integer matmul uses a
//! plain triple loop (PyTorch has no fast path either).

use super::copy::SendPtr;
use super::num::Num;
use crate::dtype::{DType, Element};
use crate::error::{Error, Result};
use crate::shape::broadcast_shapes;
use crate::tensor::Tensor;
use gemm::Parallelism;

/// Below this many multiply-adds, GEMM runs on one thread.
pub const PAR_FMAS: usize = 48 * 48 * 256;

fn dtype_mismatch(a: DType, b: DType) -> Error {
    Error::Runtime(format!(
        "expected m1 and m2 to have the same dtype, but got: {} != {}",
        a.scalar_type_name()
            .to_lowercase()
            .replace("long", "long int"),
        b.scalar_type_name()
            .to_lowercase()
            .replace("long", "long int")
    ))
}

/// `torch.matmul(a, b)`.
pub fn matmul(a: &Tensor, b: &Tensor) -> Result<Tensor> {
    if a.dtype() != b.dtype() {
        if a.rank() == 1 && b.rank() == 1 {
            return Err(Error::Runtime(format!(
                "dot : expected both vectors to have same dtype, but found {} and {}",
                a.dtype().scalar_type_name(),
                b.dtype().scalar_type_name()
            )));
        }
        return Err(dtype_mismatch(a.dtype(), b.dtype()));
    }
    if a.dtype() == DType::Bool {
        return Err(Error::NotImplemented {
            op: "addmm_impl_cpu_".into(),
            dtype: "Bool",
        });
    }
    let (ra, rb) = (a.rank(), b.rank());
    if ra == 0 || rb == 0 {
        return Err(Error::Runtime(format!(
            "both arguments to matmul need to be at least 1D, but they are {ra}D and {rb}D"
        )));
    }
    match (ra, rb) {
        (1, 1) => {
            if a.shape()[0] != b.shape()[0] {
                return Err(Error::Runtime(format!(
                    "inconsistent tensor size, expected tensor [{}] and src [{}] to have the \
                     same number of elements, but got {} and {} elements respectively",
                    a.shape()[0],
                    b.shape()[0],
                    a.shape()[0],
                    b.shape()[0]
                )));
            }
            let r = mm(&a.unsqueeze_view(0)?, &b.unsqueeze_view(1)?)?;
            r.reshape(&[])
        }
        (2, 1) => {
            if a.shape()[1] != b.shape()[0] {
                return Err(Error::Runtime(format!(
                    "size mismatch, got input ({}), mat ({}x{}), vec ({})",
                    a.shape()[0],
                    a.shape()[0],
                    a.shape()[1],
                    b.shape()[0]
                )));
            }
            let r = mm(a, &b.unsqueeze_view(1)?)?;
            r.reshape(&[i64::try_from(a.shape()[0]).unwrap_or(0)])
        }
        (1, 2) => {
            check_mm(&[1, a.shape()[0]], b.shape())?;
            let r = mm(&a.unsqueeze_view(0)?, b)?;
            r.reshape(&[i64::try_from(b.shape()[1]).unwrap_or(0)])
        }
        (2, 2) => {
            check_mm(a.shape(), b.shape())?;
            mm(a, b)
        }
        (_, 1) if a.shape()[ra - 1] != b.shape()[0] => {
            // PyTorch folds the batch dims of `a` into rows and reports an mv mismatch.
            let rows: usize = a.shape()[..ra - 1].iter().product();
            Err(Error::Runtime(format!(
                "size mismatch, got input ({rows}), mat ({rows}x{}), vec ({})",
                a.shape()[ra - 1],
                b.shape()[0]
            )))
        }
        _ => batched(a, b),
    }
}

fn check_mm(a: &[usize], b: &[usize]) -> Result<()> {
    if a[1] != b[0] {
        return Err(Error::Runtime(format!(
            "mm: mat1 and mat2 shapes cannot be multiplied ({}x{} and {}x{})",
            a[0], a[1], b[0], b[1]
        )));
    }
    Ok(())
}

impl Tensor {
    /// `unsqueeze` as a view (helper for matmul's 1-D cases).
    fn unsqueeze_view(&self, dim: i64) -> Result<Tensor> {
        self.with_layout(self.layout().unsqueeze(dim)?)
    }
}

fn batched(a: &Tensor, b: &Tensor) -> Result<Tensor> {
    // Promote 1-D operands, remembering which dims to drop from the result.
    let (a2, drop_m) = if a.rank() == 1 {
        (a.unsqueeze_view(0)?, true)
    } else {
        (a.clone(), false)
    };
    let (b2, drop_n) = if b.rank() == 1 {
        (b.unsqueeze_view(1)?, true)
    } else {
        (b.clone(), false)
    };
    let (ra, rb) = (a2.rank(), b2.rank());
    let (m, ka) = (a2.shape()[ra - 2], a2.shape()[ra - 1]);
    let (kb, n) = (b2.shape()[rb - 2], b2.shape()[rb - 1]);
    let bshape = broadcast_shapes(&a2.shape()[..ra - 2], &b2.shape()[..rb - 2])?;
    if ka != kb {
        let batch: usize = bshape.iter().product();
        return Err(Error::Runtime(format!(
            "Expected size for first two dimensions of batch2 tensor to be: [{batch}, {ka}] but \
             got: [{batch}, {kb}]."
        )));
    }
    let mut sa = bshape.clone();
    sa.extend([m, ka]);
    let mut sb = bshape.clone();
    sb.extend([kb, n]);
    let a3 = a2.broadcast_to(&sa)?;
    let b3 = b2.broadcast_to(&sb)?;
    let mut oshape = bshape.clone();
    oshape.extend([m, n]);
    let out = new_output(&oshape, a.dtype())?;
    let batch: usize = bshape.iter().product();
    let nb = bshape.len();
    let boffs_a =
        crate::strided::offsets(&bshape, &a3.layout().strides()[..nb], a3.layout().offset());
    let boffs_b =
        crate::strided::offsets(&bshape, &b3.layout().strides()[..nb], b3.layout().offset());
    for i in 0..batch {
        let la = crate::Layout::new(
            vec![m, ka],
            a3.layout().strides()[nb..].to_vec(),
            usize::try_from(boffs_a[i]).unwrap_or(0),
        )?;
        let lb = crate::Layout::new(
            vec![kb, n],
            b3.layout().strides()[nb..].to_vec(),
            usize::try_from(boffs_b[i]).unwrap_or(0),
        )?;
        let lo = crate::Layout::new(
            vec![m, n],
            vec![isize::try_from(n).unwrap_or(0), 1],
            i * m * n,
        )?;
        mm_into(
            &a3.with_layout(la)?,
            &b3.with_layout(lb)?,
            &out.with_layout(lo)?,
        )?;
    }
    let mut final_shape: Vec<i64> = bshape
        .iter()
        .map(|&d| i64::try_from(d).unwrap_or(0))
        .collect();
    if !drop_m {
        final_shape.push(i64::try_from(m).unwrap_or(0));
    }
    if !drop_n {
        final_shape.push(i64::try_from(n).unwrap_or(0));
    }
    out.reshape(&final_shape)
}

/// The output buffer: our f32/f64 GEMM writes every element (zeros when k == 0),
/// so it can start uninitialised; other dtypes start from zeros.
fn new_output(shape: &[usize], dt: DType) -> Result<Tensor> {
    if matches!(dt, DType::F32 | DType::F64) {
        Tensor::uninit(shape, dt)
    } else {
        Tensor::zeros(shape, dt)
    }
}

/// 2-D `a @ b` into a fresh contiguous tensor.
pub fn mm(a: &Tensor, b: &Tensor) -> Result<Tensor> {
    let out = new_output(&[a.shape()[0], b.shape()[1]], a.dtype())?;
    mm_into(a, b, &out)?;
    Ok(out)
}

/// 2-D `out = a @ b`; `out` is a fresh row-major block (may be a view into a batch).
fn mm_into(a: &Tensor, b: &Tensor, out: &Tensor) -> Result<()> {
    let (m, k, n) = (a.shape()[0], a.shape()[1], b.shape()[1]);
    if m == 0 || n == 0 {
        return Ok(());
    }
    let (ars, acs) = (a.layout().strides()[0], a.layout().strides()[1]);
    let (brs, bcs) = (b.layout().strides()[0], b.layout().strides()[1]);
    let (ors, ocs) = (out.layout().strides()[0], out.layout().strides()[1]);
    let par = if m * n * k >= PAR_FMAS && rayon::current_num_threads() > 1 {
        Parallelism::Rayon(rayon::current_num_threads())
    } else {
        Parallelism::None
    };
    macro_rules! float_gemm {
        ($t:ty, $zero:expr, $one:expr) => {
            // SAFETY: the three layouts were checked against their storages, the
            // element types match the dtype, and `out` does not alias `a` or `b`.
            unsafe {
                gemm::gemm::<$t>(
                    m,
                    n,
                    k,
                    out.ptr::<$t>(),
                    ocs,
                    ors,
                    false,
                    a.ptr::<$t>(),
                    acs,
                    ars,
                    b.ptr::<$t>(),
                    bcs,
                    brs,
                    $zero,
                    $one,
                    false,
                    false,
                    false,
                    par,
                )
            }
        };
    }
    let level = match super::simd::level() {
        super::simd::Level::Scalar => super::gemm::Level::Scalar,
        super::simd::Level::Avx2 => super::gemm::Level::Avx2,
        super::simd::Level::Avx512 => super::gemm::Level::Avx512,
    };
    match a.dtype() {
        // SAFETY: layouts were checked against their storages, the element types
        // match the dtype, and `out` is a fresh block that overlaps neither input.
        DType::F64 => unsafe {
            super::gemm::dgemm(
                level,
                m,
                n,
                k,
                a.ptr::<f64>(),
                ars,
                acs,
                b.ptr::<f64>(),
                brs,
                bcs,
                out.ptr::<f64>(),
                ors,
                ocs,
            );
        },
        // SAFETY: as for f64.
        DType::F32 => unsafe {
            super::gemm::sgemm(
                level,
                m,
                n,
                k,
                a.ptr::<f32>(),
                ars,
                acs,
                b.ptr::<f32>(),
                brs,
                bcs,
                out.ptr::<f32>(),
                ors,
                ocs,
            );
        },
        DType::F16 => float_gemm!(half::f16, half::f16::ZERO, half::f16::ONE),
        DType::I64 => int_mm::<i64>(a, b, out),
        DType::I32 => int_mm::<i32>(a, b, out),
        DType::I16 => int_mm::<i16>(a, b, out),
        DType::I8 => int_mm::<i8>(a, b, out),
        DType::U8 => int_mm::<u8>(a, b, out),
        DType::Bool => {
            return Err(Error::NotImplemented {
                op: "addmm_impl_cpu_".into(),
                dtype: "Bool",
            })
        }
    }
    Ok(())
}

fn int_mm<T: Num + Element>(a: &Tensor, b: &Tensor, out: &Tensor) {
    let (m, k, n) = (a.shape()[0], a.shape()[1], b.shape()[1]);
    let s = |t: &Tensor, d: usize| t.layout().strides()[d];
    let (pa, pb, po) = {
        // SAFETY: element types match the dtype.
        unsafe {
            (
                SendPtr(a.ptr::<T>()),
                SendPtr(b.ptr::<T>()),
                SendPtr(out.ptr::<T>()),
            )
        }
    };
    let ix = |v: usize| isize::try_from(v).unwrap_or(0);
    for i in 0..m {
        for j in 0..n {
            let mut acc = T::ZERO;
            for p in 0..k {
                // SAFETY: indices are within the checked 2-D layouts.
                unsafe {
                    let x = *pa.at(ix(i) * s(a, 0) + ix(p) * s(a, 1));
                    let y = *pb.at(ix(p) * s(b, 0) + ix(j) * s(b, 1));
                    acc = acc.add(x.mul(y));
                }
            }
            // SAFETY: (i, j) is within out's layout.
            unsafe { *po.at(ix(i) * s(out, 0) + ix(j) * s(out, 1)) = acc };
        }
    }
}
