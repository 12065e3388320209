//! Criterion benchmarks of the core kernels (no Python): elementwise, reductions, GEMM.

use _core::cpu::simd::{self, Level};
use _core::ops::{BinaryOp, ReduceOp, UnaryOp};
use _core::{DType, Tensor};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn ramp(n: usize) -> Vec<f32> {
    (0..n).map(|i| ((i % 1000) as f32) * 0.001 - 0.5).collect()
}

fn bench_elementwise(c: &mut Criterion) {
    let n = 1 << 22;
    let a = Tensor::from_vec(&ramp(n), &[n]).unwrap();
    let b = Tensor::from_vec(&ramp(n), &[n]).unwrap();

    for level in [Level::Scalar, Level::Avx2, Level::Avx512] {
        let got = simd::set_level(level);
        if got != level {
            continue;
        }
        c.bench_function(&format!("add_f32_4M_{}", level.name()), |bench| {
            bench.iter(|| {
                _core::cpu::binary::binary(BinaryOp::Add, &a, &b, DType::F32, DType::F32).unwrap()
            })
        });
        c.bench_function(&format!("exp_f32_4M_{}", level.name()), |bench| {
            bench.iter(|| _core::cpu::unary::unary(UnaryOp::Exp, &a, DType::F32).unwrap())
        });
        c.bench_function(&format!("sum_f32_4M_{}", level.name()), |bench| {
            bench.iter(|| {
                _core::cpu::reduce::reduce(ReduceOp::Sum, black_box(&a), None, false, None).unwrap()
            })
        });
    }
    simd::set_level(simd::detected());
}

fn bench_matmul(c: &mut Criterion) {
    for n in [64usize, 256, 1024] {
        let a = Tensor::from_vec(&ramp(n * n), &[n, n]).unwrap();
        let b = Tensor::from_vec(&ramp(n * n), &[n, n]).unwrap();
        c.bench_function(&format!("matmul_f32_{n}"), |bench| {
            bench.iter(|| _core::cpu::matmul::matmul(&a, &b).unwrap())
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench_elementwise, bench_matmul
}
criterion_main!(benches);
