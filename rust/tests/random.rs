//! The random kernels through the public API: reproducibility, thread-count and
//! SIMD-level independence, distribution moments, ranges and argument errors.

use _core::cpu::random::{
    self as rng, bernoulli, bernoulli_tensor, exponential, normal, uniform, Stream,
};
use _core::strided::PAR_THRESHOLD;
use _core::{DType, Result, Tensor};

fn fresh(n: usize, dt: DType) -> Tensor {
    Tensor::zeros(&[n], dt).unwrap()
}

fn mean_var(v: &[f64]) -> (f64, f64) {
    #[allow(clippy::cast_precision_loss)]
    let n = v.len() as f64;
    let m = v.iter().sum::<f64>() / n;
    (
        m,
        v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (n - 1.0),
    )
}

#[test]
fn every_simd_level_gives_the_same_blocks() {
    use _core::cpu::simd::{self, Level};
    let s = Stream::new(99, 1 << 40);
    let mut want = [[0u32; 4]; 45];
    for (b, blk) in want.iter_mut().enumerate() {
        *blk = s.block(b as u64);
    }
    let best = simd::detected();
    for level in [Level::Scalar, Level::Avx2, Level::Avx512] {
        simd::set_level(level);
        let mut got = [[0u32; 4]; 45];
        s.blocks_into(0, &mut got);
        assert_eq!(got, want, "{level:?}");
    }
    simd::set_level(best);
}

#[test]
fn same_seed_and_offset_give_the_same_values() {
    let (a, b, c) = (
        fresh(1000, DType::F32),
        fresh(1000, DType::F32),
        fresh(1000, DType::F32),
    );
    uniform(&a, 0.0, 1.0, 7, 3).unwrap();
    uniform(&b, 0.0, 1.0, 7, 3).unwrap();
    uniform(&c, 0.0, 1.0, 8, 3).unwrap();
    assert_eq!(a.to_vec::<f32>().unwrap(), b.to_vec::<f32>().unwrap());
    assert_ne!(a.to_vec::<f32>().unwrap(), c.to_vec::<f32>().unwrap());
}

#[test]
fn a_fill_continues_where_the_offset_says() {
    // 8 floats use 2 blocks; filling 4 at offset 0 and 4 at offset 1 gives the same.
    let whole = fresh(8, DType::F32);
    assert_eq!(normal(&whole, 0.0, 1.0, 5, 0).unwrap(), 2);
    let (a, b) = (fresh(4, DType::F32), fresh(4, DType::F32));
    let used = normal(&a, 0.0, 1.0, 5, 0).unwrap();
    normal(&b, 0.0, 1.0, 5, used).unwrap();
    let mut parts = a.to_vec::<f32>().unwrap();
    parts.extend(b.to_vec::<f32>().unwrap());
    assert_eq!(whole.to_vec::<f32>().unwrap(), parts);
}

#[test]
fn results_do_not_depend_on_the_thread_count() {
    let n = PAR_THRESHOLD * 4 + 3;
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| {
            let (u, z, r) = (
                fresh(n, DType::F64),
                fresh(n, DType::F16),
                fresh(n, DType::I64),
            );
            uniform(&u, -1.0, 2.0, 11, 5).unwrap();
            normal(&z, 1.0, 2.0, 11, 5).unwrap();
            rng::random(&r, -5, Some(1 << 40), 11, 5).unwrap();
            (
                u.to_vec::<f64>().unwrap(),
                z.to_vec::<f32>().unwrap(),
                r.to_vec::<i64>().unwrap(),
            )
        })
    };
    assert_eq!(run(1), run(4));
}

#[test]
fn uniform_is_in_range_with_the_right_moments() {
    for dt in [DType::F64, DType::F32, DType::F16] {
        let t = fresh(100_000, dt);
        uniform(&t, -2.0, 3.0, 1, 0).unwrap();
        let v = t.to_vec::<f64>().unwrap();
        assert!(v.iter().all(|x| (-2.0..3.0).contains(x)), "{dt:?}");
        let (m, var) = mean_var(&v);
        assert!((m - 0.5).abs() < 0.03, "{dt:?} mean {m}");
        assert!((var - 25.0 / 12.0).abs() < 0.05, "{dt:?} var {var}");
    }
}

#[test]
fn uniform_never_reaches_the_upper_bound() {
    let t = fresh(100_000, DType::F16);
    uniform(&t, 0.0, 1.0, 3, 0).unwrap();
    assert!(t.to_vec::<f32>().unwrap().iter().all(|&x| x < 1.0));
    let t = fresh(10_000, DType::F32);
    uniform(&t, 1.0, 1.0 + 1e-7, 3, 0).unwrap();
    let hi = 1.0f32 + 1e-7;
    assert!(t
        .to_vec::<f32>()
        .unwrap()
        .iter()
        .all(|&x| (1.0..hi).contains(&x)));
}

#[test]
fn normal_has_the_requested_mean_and_std() {
    for dt in [DType::F64, DType::F32, DType::F16] {
        let t = fresh(100_000, dt);
        normal(&t, 3.0, 2.0, 9, 0).unwrap();
        let (m, var) = mean_var(&t.to_vec::<f64>().unwrap());
        assert!((m - 3.0).abs() < 0.03, "{dt:?} mean {m}");
        assert!((var.sqrt() - 2.0).abs() < 0.03, "{dt:?} std {}", var.sqrt());
    }
}

#[test]
fn random_small_range_hits_every_value_evenly() {
    let t = fresh(60_000, DType::I32);
    rng::random(&t, -3, Some(3), 2, 0).unwrap();
    let mut counts = [0usize; 6];
    for x in t.to_vec::<i64>().unwrap() {
        counts[usize::try_from(x + 3).unwrap()] += 1;
    }
    assert!(
        counts.iter().all(|&c| (9_500..10_500).contains(&c)),
        "{counts:?}"
    );
}

#[test]
fn random_full_int64_range_uses_both_signs() {
    let t = fresh(1000, DType::I64);
    rng::random(&t, i64::MIN, None, 2, 0).unwrap();
    let v = t.to_vec::<i64>().unwrap();
    assert!(v.iter().any(|&x| x < 0) && v.iter().any(|&x| x > 0));
}

#[test]
fn bernoulli_matches_p_and_is_exact_at_the_ends() {
    let t = fresh(100_000, DType::F32);
    bernoulli(&t, 0.3, 6, 0).unwrap();
    let (m, _) = mean_var(&t.to_vec::<f64>().unwrap());
    assert!((m - 0.3).abs() < 0.01, "{m}");
    let t = fresh(1000, DType::Bool);
    bernoulli(&t, 1.0, 6, 0).unwrap();
    assert!(t.to_vec::<bool>().unwrap().iter().all(|&b| b));
    bernoulli(&t, 0.0, 6, 0).unwrap();
    assert!(t.to_vec::<bool>().unwrap().iter().all(|&b| !b));
}

#[test]
fn bernoulli_tensor_follows_each_probability() {
    let n = 40_000;
    let p: Vec<f32> = (0..n)
        .map(|i| if i % 2 == 0 { 0.0 } else { 0.75 })
        .collect();
    let p = Tensor::from_vec(&p, &[n]).unwrap();
    let t = fresh(n, DType::I64);
    bernoulli_tensor(&t, &p, 1, 0).unwrap();
    let v = t.to_vec::<i64>().unwrap();
    assert!(v.iter().step_by(2).all(|&x| x == 0));
    #[allow(clippy::cast_precision_loss)]
    let odd = v.iter().skip(1).step_by(2).sum::<i64>() as f64 / (n / 2) as f64;
    assert!((odd - 0.75).abs() < 0.015, "{odd}");
}

#[test]
fn exponential_has_mean_one_over_lambda() {
    for dt in [DType::F64, DType::F32] {
        let t = fresh(100_000, dt);
        exponential(&t, 4.0, 8, 0).unwrap();
        let v = t.to_vec::<f64>().unwrap();
        assert!(v.iter().all(|&x| x >= 0.0 && x.is_finite()));
        let (m, var) = mean_var(&v);
        assert!((m - 0.25).abs() < 0.005, "{dt:?} {m}");
        assert!((var - 0.0625).abs() < 0.005, "{dt:?} {var}");
    }
}

#[test]
fn bad_arguments_are_errors_not_panics() {
    let f = fresh(4, DType::F32);
    let i = fresh(4, DType::I64);
    let msg = |r: Result<u64>| r.unwrap_err().to_string();
    assert_eq!(
        msg(uniform(&f, 2.0, 1.0, 0, 0)),
        "uniform_ expects to return a [from, to) range, but found from=2 > to=1"
    );
    assert_eq!(
        msg(uniform(&i, 0.0, 1.0, 0, 0)),
        "\"check_uniform_bounds\" not implemented for 'Long'"
    );
    assert_eq!(
        msg(uniform(&f, 0.0, f64::INFINITY, 0, 0)),
        "to is out of bounds for float"
    );
    assert_eq!(
        msg(normal(&f, 0.0, -1.0, 0, 0)),
        "normal expects std >= 0.0, but found std -1"
    );
    assert_eq!(
        msg(rng::random(&i, 5, Some(5), 0, 0)),
        "random_ expects 'from' to be less than 'to', but got from=5 >= to=5"
    );
    assert_eq!(
        msg(rng::random(&fresh(2, DType::U8), 0, Some(300), 0, 0)),
        "to - 1 is out of bounds for unsigned char"
    );
    assert_eq!(
        msg(bernoulli(&f, 1.5, 0, 0)),
        "bernoulli_ expects p to be in [0, 1], but got p=1.5"
    );
    assert_eq!(
        msg(exponential(&f, 0.0, 0, 0)),
        "exponential_ expects lambda > 0.0, but found lambda=0"
    );
    let p = Tensor::from_vec(&[0.5f32, 1.5, 0.0, 0.0], &[4]).unwrap();
    assert!(msg(bernoulli_tensor(&f, &p, 0, 0)).starts_with("Expected p_in >= 0"));
    let strided = Tensor::zeros(&[4, 2], DType::F32)
        .unwrap()
        .transpose(0, 1)
        .unwrap();
    assert!(uniform(&strided, 0.0, 1.0, 0, 0).is_err());
}
