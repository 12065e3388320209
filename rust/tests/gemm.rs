//! Every SIMD level against a naive f64-accumulating reference, over many shapes and layouts.

use _core::cpu::gemm::{detect, dgemm, sgemm, Level};

/// The two element types under test.
trait Real: Copy + PartialEq + std::fmt::Debug {
    const EPS: f64;
    fn from_f64(x: f64) -> Self;
    fn to_f64(self) -> f64;
    /// # Safety
    /// As for `sgemm`.
    #[allow(clippy::too_many_arguments)]
    unsafe fn gemm(
        level: Level,
        m: usize,
        n: usize,
        k: usize,
        a: (*const Self, isize, isize),
        b: (*const Self, isize, isize),
        c: (*mut Self, isize, isize),
    );
}

impl Real for f32 {
    const EPS: f64 = f32::EPSILON as f64;
    fn from_f64(x: f64) -> Self {
        x as f32
    }
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    unsafe fn gemm(
        level: Level,
        m: usize,
        n: usize,
        k: usize,
        a: (*const Self, isize, isize),
        b: (*const Self, isize, isize),
        c: (*mut Self, isize, isize),
    ) {
        // SAFETY: forwarded.
        unsafe { sgemm(level, m, n, k, a.0, a.1, a.2, b.0, b.1, b.2, c.0, c.1, c.2) }
    }
}

impl Real for f64 {
    const EPS: f64 = f64::EPSILON;
    fn from_f64(x: f64) -> Self {
        x
    }
    fn to_f64(self) -> f64 {
        self
    }
    unsafe fn gemm(
        level: Level,
        m: usize,
        n: usize,
        k: usize,
        a: (*const Self, isize, isize),
        b: (*const Self, isize, isize),
        c: (*mut Self, isize, isize),
    ) {
        // SAFETY: forwarded.
        unsafe { dgemm(level, m, n, k, a.0, a.1, a.2, b.0, b.1, b.2, c.0, c.1, c.2) }
    }
}

/// Storage orders: row-major, column-major, and padded (both strides > 1).
#[derive(Clone, Copy, Debug)]
enum Order {
    Row,
    Col,
    Padded,
}

/// (rs, cs, buffer length) for an r×c matrix in `order`.
fn layout(r: usize, c: usize, order: Order) -> (isize, isize, usize) {
    match order {
        Order::Row => (c as isize, 1, r * c),
        Order::Col => (1, r as isize, r * c),
        // Column-major with a gap of 3 between rows and a padded leading dimension.
        Order::Padded => (3, (3 * r + 5) as isize, (3 * r + 5) * c.max(1)),
    }
}

/// Deterministic values in [-1, 1).
fn fill<T: Real>(len: usize, seed: u64) -> Vec<T> {
    let mut s = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            T::from_f64((s >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0)
        })
        .collect()
}

fn levels() -> Vec<Level> {
    [Level::Scalar, Level::Avx2, Level::Avx512]
        .into_iter()
        .filter(|&l| l <= detect())
        .collect()
}

/// Runs one case at every level and checks every element of C (and that padding is kept).
fn check<T: Real>(m: usize, n: usize, k: usize, oa: Order, ob: Order, oc: Order) {
    let (rsa, csa, la) = layout(m, k, oa);
    let (rsb, csb, lb) = layout(k, n, ob);
    let (rsc, csc, lc) = layout(m, n, oc);
    let a = fill::<T>(la, 1 + (m * 31 + k) as u64);
    let b = fill::<T>(lb, 2 + (k * 17 + n) as u64);
    let sentinel = T::from_f64(12345.0);
    for level in levels() {
        let mut c = vec![sentinel; lc];
        // SAFETY: the layouts address only inside the buffers.
        unsafe {
            T::gemm(
                level,
                m,
                n,
                k,
                (a.as_ptr(), rsa, csa),
                (b.as_ptr(), rsb, csb),
                (c.as_mut_ptr(), rsc, csc),
            );
        }
        let mut written = vec![false; lc];
        for i in 0..m {
            for j in 0..n {
                written[(i as isize * rsc + j as isize * csc) as usize] = true;
            }
        }
        for i in (0..m).filter(|&i| sampled(i, m)) {
            for j in (0..n).filter(|&j| sampled(j, n)) {
                let (mut want, mut scale) = (0.0f64, 0.0f64);
                for p in 0..k {
                    let x = a[(i as isize * rsa + p as isize * csa) as usize].to_f64();
                    let y = b[(p as isize * rsb + j as isize * csb) as usize].to_f64();
                    want += x * y;
                    scale += (x * y).abs();
                }
                let got = c[(i as isize * rsc + j as isize * csc) as usize].to_f64();
                let tol = 4.0 * T::EPS * (k as f64 + 1.0) * scale + 1e-30;
                assert!(
                    (got - want).abs() <= tol,
                    "{level:?} {m}x{n}x{k} {oa:?}/{ob:?}/{oc:?} at ({i}, {j}): {got} vs {want}"
                );
            }
        }
        for (at, w) in written.iter().enumerate() {
            assert!(
                *w || c[at] == sentinel,
                "{level:?} {m}x{n}x{k}: wrote outside C at {at}"
            );
        }
    }
}

/// Rows (or columns) whose results are checked: all of a small matrix; for a large one the
/// first and last 40 (every tile edge kind) plus every 7th.
fn sampled(i: usize, len: usize) -> bool {
    len <= 128 || i < 40 || i + 40 >= len || i.is_multiple_of(7)
}

const ORDERS: [Order; 3] = [Order::Row, Order::Col, Order::Padded];

fn all_layouts<T: Real>(m: usize, n: usize, k: usize) {
    for oa in ORDERS {
        for ob in ORDERS {
            for oc in ORDERS {
                check::<T>(m, n, k, oa, ob, oc);
            }
        }
    }
}

const SMALL: [(usize, usize, usize); 16] = [
    (1, 1, 1),
    (1, 7, 5),
    (7, 1, 5),
    (1, 300, 9),
    (300, 1, 9),
    (2, 2, 2),
    (7, 13, 5),
    (16, 12, 8),
    (32, 12, 7),
    (33, 13, 17),
    (37, 53, 19),
    (64, 64, 64),
    (5, 40, 3),
    (40, 5, 3),
    (17, 29, 1),
    (100, 90, 33),
];

#[test]
fn small_shapes_match_the_reference_in_every_layout_f32() {
    for (m, n, k) in SMALL {
        all_layouts::<f32>(m, n, k);
    }
}

#[test]
fn small_shapes_match_the_reference_in_every_layout_f64() {
    for (m, n, k) in SMALL {
        all_layouts::<f64>(m, n, k);
    }
}

/// Shapes that cross the KC, MC and threading thresholds.
const LARGE: [(usize, usize, usize); 8] = [
    (129, 257, 65),
    (500, 3, 700),
    (3, 500, 700),
    (300, 270, 800),
    (700, 150, 70),
    (90, 1100, 520),
    (1200, 1, 600),
    (1, 1200, 600),
];

#[test]
fn large_shapes_match_the_reference_f32() {
    for (m, n, k) in LARGE {
        check::<f32>(m, n, k, Order::Row, Order::Row, Order::Row);
        check::<f32>(m, n, k, Order::Row, Order::Col, Order::Padded);
    }
}

/// Big enough for the multi-threaded paths with several MC blocks per thread.
#[test]
fn shared_panel_threading_matches_the_reference() {
    check::<f32>(700, 200, 410, Order::Row, Order::Row, Order::Row);
    check::<f64>(700, 200, 410, Order::Col, Order::Row, Order::Padded);
}

#[test]
fn large_shapes_match_the_reference_f64() {
    for (m, n, k) in LARGE {
        check::<f64>(m, n, k, Order::Col, Order::Col, Order::Col);
        check::<f64>(m, n, k, Order::Padded, Order::Row, Order::Row);
        check::<f64>(m, n, k, Order::Row, Order::Col, Order::Padded);
    }
}

#[test]
fn one_thread_pool_gives_the_same_result() {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    pool.install(|| {
        check::<f32>(300, 270, 800, Order::Row, Order::Row, Order::Row);
        check::<f64>(129, 257, 65, Order::Col, Order::Row, Order::Padded);
    });
}

#[test]
fn k_zero_writes_zeros() {
    for level in levels() {
        let (m, n) = (5, 7);
        let mut c = vec![f32::NAN; m * n];
        let mut d = vec![f64::NAN; m * n];
        let (a, b) = ([0.0f32; 1], [0.0f32; 1]);
        let (ad, bd) = ([0.0f64; 1], [0.0f64; 1]);
        // SAFETY: with k == 0 A and B are never read; C is m×n row-major.
        unsafe {
            sgemm(
                level,
                m,
                n,
                0,
                a.as_ptr(),
                0,
                1,
                b.as_ptr(),
                7,
                1,
                c.as_mut_ptr(),
                7,
                1,
            );
            dgemm(
                level,
                m,
                n,
                0,
                ad.as_ptr(),
                0,
                1,
                bd.as_ptr(),
                7,
                1,
                d.as_mut_ptr(),
                1,
                5,
            );
        }
        assert!(c.iter().all(|&x| x == 0.0), "{level:?}");
        assert!(d.iter().all(|&x| x == 0.0), "{level:?}");
    }
}

#[test]
fn empty_output_touches_nothing() {
    let a = [1.0f32; 4];
    let mut c = [7.0f32; 4];
    for level in levels() {
        // SAFETY: m == 0 or n == 0, so nothing is addressed.
        unsafe {
            sgemm(
                level,
                0,
                2,
                2,
                a.as_ptr(),
                2,
                1,
                a.as_ptr(),
                2,
                1,
                c.as_mut_ptr(),
                2,
                1,
            );
            sgemm(
                level,
                2,
                0,
                2,
                a.as_ptr(),
                2,
                1,
                a.as_ptr(),
                2,
                1,
                c.as_mut_ptr(),
                2,
                1,
            );
        }
    }
    assert_eq!(c, [7.0; 4]);
}
