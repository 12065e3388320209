//! Every SIMD level against the scalar reference, on contiguous, broadcast and
//! strided inputs. One test function, because the level is process-global.

use _core::cpu::simd::{self, Level};
use _core::cpu::{binary, matmul, reduce, scan, sort, unary};
use _core::ops::{BinaryOp, ReduceOp, ScanOp, UnaryOp};
use _core::{DType, Tensor};

fn data(n: usize, seed: u64) -> Vec<f32> {
    let mut s = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    (0..n)
        .map(|_| {
            s = s
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((s >> 40) as f32 / (1u64 << 24) as f32) * 8.0 - 4.0
        })
        .collect()
}

struct Outputs {
    add: Vec<f32>,
    add_bcast: Vec<f32>,
    mul_strided: Vec<f32>,
    max: Vec<f32>,
    exp: Vec<f32>,
    sigmoid: Vec<f32>,
    sum: f32,
    sum_dim0: Vec<f32>,
    amax: f32,
    cast_i32: Vec<i32>,
    mm: Vec<f32>,
    int_add: Vec<i64>,
    cumsum_dim0: Vec<f32>,
    cumsum_row: Vec<f32>,
    sorted: Vec<f32>,
}

fn run_all() -> Outputs {
    let n = 70_001; // odd, above the parallel threshold
    let a = Tensor::from_vec(&data(n, 1), &[n]).unwrap();
    let b = Tensor::from_vec(&data(n, 2), &[n]).unwrap();
    let m = Tensor::from_vec(&data(300 * 257, 3), &[300, 257]).unwrap();
    let row = Tensor::from_vec(&data(257, 4), &[257]).unwrap();
    let mt = m.transpose(0, 1).unwrap();
    let f = DType::F32;
    let bin = |op, x: &Tensor, y: &Tensor| binary::binary(op, x, y, f, f).unwrap();
    let ints = Tensor::from_vec(&(0..n as i64).collect::<Vec<_>>(), &[n]).unwrap();
    Outputs {
        add: bin(BinaryOp::Add, &a, &b).to_vec().unwrap(),
        add_bcast: bin(BinaryOp::Add, &m, &row).to_vec().unwrap(),
        mul_strided: bin(BinaryOp::Mul, &mt, &mt).to_vec().unwrap(),
        max: bin(BinaryOp::Maximum, &a, &b).to_vec().unwrap(),
        exp: unary::unary(UnaryOp::Exp, &a, f).unwrap().to_vec().unwrap(),
        sigmoid: unary::unary(UnaryOp::Sigmoid, &a, f)
            .unwrap()
            .to_vec()
            .unwrap(),
        sum: reduce::reduce(ReduceOp::Sum, &a, None, false, None)
            .unwrap()
            .to_vec()
            .unwrap()[0],
        sum_dim0: reduce::reduce(ReduceOp::Sum, &m, Some(&[0]), false, None)
            .unwrap()
            .to_vec()
            .unwrap(),
        amax: reduce::reduce(ReduceOp::Max, &a, None, false, None)
            .unwrap()
            .to_vec()
            .unwrap()[0],
        cast_i32: a.to_dtype(DType::I32).unwrap().to_vec().unwrap(),
        mm: matmul::matmul(&m, &mt).unwrap().to_vec().unwrap(),
        int_add: binary::binary(BinaryOp::Add, &ints, &ints, DType::I64, f)
            .unwrap()
            .to_vec()
            .unwrap(),
        cumsum_dim0: scan::scan(ScanOp::CumSum, &m, 0, None)
            .unwrap()
            .to_vec()
            .unwrap(),
        cumsum_row: scan::scan(ScanOp::CumSum, &a, 0, None)
            .unwrap()
            .to_vec()
            .unwrap(),
        sorted: sort::sort(&a, 0, false).unwrap().0.to_vec().unwrap(),
    }
}

fn close(a: &[f32], b: &[f32], rtol: f32, what: &str, level: Level) {
    assert_eq!(a.len(), b.len());
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        let tol = rtol * x.abs().max(y.abs()).max(1e-30);
        assert!((x - y).abs() <= tol, "{what} [{i}] {x} vs {y} at {level:?}");
    }
}

#[test]
fn every_simd_level_matches_the_scalar_reference() {
    simd::set_level(Level::Scalar);
    let reference = run_all();
    // The scalar reference itself against plain Rust arithmetic.
    let a = data(70_001, 1);
    let b = data(70_001, 2);
    let mut acc = 0.0f32;
    for i in 0..a.len() {
        acc += a[i];
        assert_eq!(reference.cumsum_row[i], acc);
        assert_eq!(reference.add[i], a[i] + b[i]);
        assert!((reference.exp[i] - a[i].exp()).abs() <= 2e-7 * a[i].exp());
    }
    let exact: f64 = a.iter().map(|&x| f64::from(x)).sum();
    assert!(
        (f64::from(reference.sum) - exact).abs() < 1e-3,
        "{} vs {exact}",
        reference.sum
    );
    for level in [Level::Avx2, Level::Avx512] {
        if simd::set_level(level) != level {
            continue; // this CPU lacks the level
        }
        let got = run_all();
        assert_eq!(got.add, reference.add, "add at {level:?}");
        assert_eq!(
            got.add_bcast, reference.add_bcast,
            "broadcast add at {level:?}"
        );
        assert_eq!(
            got.mul_strided, reference.mul_strided,
            "strided mul at {level:?}"
        );
        assert_eq!(got.max, reference.max, "maximum at {level:?}");
        assert_eq!(got.cast_i32, reference.cast_i32, "cast at {level:?}");
        assert_eq!(got.int_add, reference.int_add, "int add at {level:?}");
        assert_eq!(got.amax, reference.amax, "amax at {level:?}");
        assert_eq!(
            got.cumsum_dim0, reference.cumsum_dim0,
            "cumsum dim 0 at {level:?}"
        );
        assert_eq!(
            got.cumsum_row, reference.cumsum_row,
            "cumsum row at {level:?}"
        );
        assert_eq!(got.sorted, reference.sorted, "sort at {level:?}");
        // FMA contraction may change the last bit of polynomial evaluations.
        close(&got.exp, &reference.exp, 3e-7, "exp", level);
        close(&got.sigmoid, &reference.sigmoid, 3e-7, "sigmoid", level);
        close(&[got.sum], &[reference.sum], 1e-6, "sum", level);
        close(
            &got.sum_dim0,
            &reference.sum_dim0,
            1e-6,
            "sum over dim 0",
            level,
        );
        // Blocking order differs per level; cancellation makes relative error meaningless
        // for small entries, so bound the error by the size of the terms (k * 4 * 4).
        for (i, (x, y)) in got.mm.iter().zip(&reference.mm).enumerate() {
            assert!(
                (x - y).abs() <= 257.0 * 16.0 * 1e-6,
                "matmul [{i}] {x} vs {y} at {level:?}"
            );
        }
    }
    simd::set_level(simd::detected());
}

#[test]
fn huge_or_overflowing_layouts_are_errors_not_wild_accesses() {
    use _core::Layout;
    let t = Tensor::from_vec(&[1.0f32, 2.0, 3.0, 4.0], &[4]).unwrap();
    let huge = usize::MAX / 2;
    assert!(Tensor::zeros(&[huge, huge], DType::F32).is_err());
    assert!(Tensor::zeros(&[1 << 40, 1 << 40], DType::U8).is_err());
    assert!(t.expand(&[1 << 62, 1 << 62, 4]).is_err());
    let wild = Layout::new(vec![2, 3], vec![isize::MAX / 2, isize::MAX / 2], 0).unwrap();
    assert!(t.with_layout(wild).is_err());
    let negative = Layout::new(vec![3], vec![-1], 1).unwrap();
    assert!(t.with_layout(negative).is_err());
    let past_end = Layout::new(vec![2], vec![3], 1).unwrap();
    assert!(t.with_layout(past_end).is_err());
    let fits = Layout::new(vec![2], vec![3], 0).unwrap();
    assert_eq!(
        t.with_layout(fits).unwrap().to_vec::<f32>().unwrap(),
        vec![1.0, 4.0]
    );
}
