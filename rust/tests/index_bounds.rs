//! The index kernels' bounds checks: every out-of-range index is an error (with
//! PyTorch's words), nothing is written before the checks pass, and layouts that
//! alias themselves or their indices still give sequential results.

use _core::cpu::index::gather::{gather, scatter, ScatterReduce};
use _core::cpu::index::mask::{masked_fill, masked_scatter, masked_select, nonzero};
use _core::cpu::index::{advanced, Oob};
use _core::layout::Layout;
use _core::{DType, Error, Tensor};

fn long(v: &[i64]) -> Tensor {
    Tensor::from_vec(v, &[v.len()]).unwrap()
}

fn floats(n: usize) -> Tensor {
    Tensor::from_vec(&(0..n).map(|i| i as f32).collect::<Vec<_>>(), &[n]).unwrap()
}

#[test]
fn index_rejects_every_out_of_range_index_with_pytorch_words() {
    let x = floats(6).view(&[2, 3]).unwrap();
    let e = advanced::index(&x, &[Some(long(&[0, 2]))], Oob::Index).unwrap_err();
    assert_eq!(
        e,
        Error::IndexOutOfRange {
            index: 2,
            dim: 0,
            size: 2
        }
    );
    let e = advanced::index(&x, &[None, Some(long(&[-4]))], Oob::Index).unwrap_err();
    assert_eq!(
        e.to_string(),
        "index -4 is out of bounds for dimension 0 with size 3"
    );
    let e = advanced::index(&x, &[None, Some(long(&[-1]))], Oob::SelfRange).unwrap_err();
    assert_eq!(e.to_string(), "index out of range in self");
    let e = advanced::index(&x, &[Some(long(&[i64::MIN]))], Oob::Index).unwrap_err();
    assert!(matches!(e, Error::IndexOutOfRange { .. }));
    let e = advanced::index(&x, &[Some(long(&[i64::MAX]))], Oob::Take).unwrap_err();
    assert!(matches!(e, Error::Index(_)));
}

#[test]
fn index_into_an_empty_dim_is_an_error() {
    let x = Tensor::zeros(&[0, 3], DType::F64).unwrap();
    assert!(advanced::index(&x, &[Some(long(&[0]))], Oob::Index).is_err());
    let ok = advanced::index(&x, &[Some(long(&[]))], Oob::Index).unwrap();
    assert_eq!(ok.shape(), &[0, 3]);
}

#[test]
fn too_many_or_unbroadcastable_indices_are_errors() {
    let x = floats(6).view(&[2, 3]).unwrap();
    let i = Some(long(&[0]));
    let e = advanced::index(&x, &[i.clone(), i.clone(), i], Oob::Index).unwrap_err();
    assert_eq!(e.to_string(), "too many indices for tensor of dimension 2");
    let e = advanced::index(
        &x,
        &[Some(long(&[0, 1])), Some(long(&[0, 1, 2]))],
        Oob::Index,
    )
    .unwrap_err();
    assert!(e.to_string().starts_with("shape mismatch"));
    let f = Tensor::zeros(&[1], DType::F32).unwrap();
    assert!(advanced::index(&x, &[Some(f)], Oob::Index).is_err());
}

#[test]
fn index_put_checks_everything_before_writing() {
    let x = floats(4);
    let v = Tensor::full(&[], _core::Scalar::Float(9.0), DType::F32).unwrap();
    let e = advanced::index_put(&x, &[Some(long(&[0, 1, 7]))], &v, false, Oob::Index);
    assert!(e.is_err());
    assert_eq!(x.to_vec::<f32>().unwrap(), vec![0.0, 1.0, 2.0, 3.0]);
    let bad_shape = floats(2);
    let e = advanced::index_put(&x, &[Some(long(&[0, 1, 2]))], &bad_shape, false, Oob::Index);
    assert!(e
        .unwrap_err()
        .to_string()
        .starts_with("shape mismatch: value tensor"));
    let wrong_dtype = Tensor::zeros(&[], DType::F64).unwrap();
    assert!(advanced::index_put(&x, &[Some(long(&[0]))], &wrong_dtype, false, Oob::Index).is_err());
    assert_eq!(x.to_vec::<f32>().unwrap(), vec![0.0, 1.0, 2.0, 3.0]);
}

#[test]
fn index_put_accumulates_repeats_and_wraps_negative_indices() {
    let x = Tensor::zeros(&[3], DType::I64).unwrap();
    let v = Tensor::from_vec(&[1i64, 2, 4], &[3]).unwrap();
    advanced::index_put(&x, &[Some(long(&[0, -3, 2]))], &v, true, Oob::Index).unwrap();
    assert_eq!(x.to_vec::<i64>().unwrap(), vec![3, 0, 4]);
}

#[test]
fn index_put_through_an_expanded_layout_stays_in_bounds() {
    let base = Tensor::zeros(&[1, 4], DType::F32).unwrap();
    let l = Layout::new(vec![5, 4], vec![0, 1], 0).unwrap();
    let x = base.with_layout(l).unwrap();
    let v = Tensor::full(&[], _core::Scalar::Float(1.0), DType::F32).unwrap();
    let idx = long(&(0..5).collect::<Vec<_>>());
    advanced::index_put(&x, &[Some(idx)], &v, true, Oob::Index).unwrap();
    assert_eq!(base.to_vec::<f32>().unwrap(), vec![5.0; 4]);
}

#[test]
fn indices_sharing_the_written_storage_are_read_before_writing() {
    let x = Tensor::from_vec(&[1i64, 0, 3, 2], &[4]).unwrap();
    let v = Tensor::full(&[], _core::Scalar::Int(3), DType::I64).unwrap();
    advanced::index_put(&x, &[Some(x.clone())], &v, false, Oob::Index).unwrap();
    assert_eq!(x.to_vec::<i64>().unwrap(), vec![3, 3, 3, 3]);
}

#[test]
fn gather_and_scatter_do_not_wrap_negative_indices() {
    let x = floats(6).view(&[2, 3]).unwrap();
    let i = Tensor::from_vec(&[-1i64], &[1, 1]).unwrap();
    let e = gather(&x, 1, &i).unwrap_err();
    assert_eq!(
        e,
        Error::Runtime("index -1 is out of bounds for dimension 1 with size 3".into())
    );
    let v = Tensor::zeros(&[], DType::F32).unwrap();
    assert!(scatter(&x, 1, &i, &v, true, ScatterReduce::Assign, true).is_err());
    let big = Tensor::from_vec(&[3i64], &[1, 1]).unwrap();
    assert!(gather(&x, 1, &big).is_err());
    assert!(scatter(&x, 1, &big, &v, true, ScatterReduce::Sum, true).is_err());
    assert_eq!(
        x.to_vec::<f32>().unwrap(),
        vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    );
}

#[test]
fn gather_rejects_indices_larger_than_the_input_apart_from_dim() {
    let x = floats(6).view(&[2, 3]).unwrap();
    let i = Tensor::zeros(&[3, 1], DType::I64).unwrap();
    assert!(gather(&x, 1, &i).is_err());
    let s = Tensor::zeros(&[1, 1], DType::F32).unwrap();
    let wide = Tensor::zeros(&[1, 2], DType::I64).unwrap();
    assert!(scatter(&x, 1, &wide, &s, false, ScatterReduce::Assign, true).is_err());
    let i1 = Tensor::zeros(&[2], DType::I64).unwrap();
    assert!(gather(&x, 0, &i1).is_err());
    assert!(gather(&x, 2, &i).is_err());
}

#[test]
fn scatter_reductions_and_means() {
    let x = Tensor::from_vec(&[1i64, 2, 3], &[3]).unwrap();
    let i = long(&[0, 0, 2]);
    let s = Tensor::from_vec(&[4i64, -6, 1], &[3]).unwrap();
    let mean = x.deep_clone().unwrap();
    scatter(&mean, 0, &i, &s, false, ScatterReduce::Mean, true).unwrap();
    assert_eq!(mean.to_vec::<i64>().unwrap(), vec![-1, 2, 2]);
    let amin = x.deep_clone().unwrap();
    scatter(&amin, 0, &i, &s, false, ScatterReduce::Amin, false).unwrap();
    assert_eq!(amin.to_vec::<i64>().unwrap(), vec![-6, 2, 1]);
    let b = Tensor::zeros(&[2], DType::Bool).unwrap();
    let sb = Tensor::zeros(&[1], DType::Bool).unwrap();
    assert!(scatter(&b, 0, &long(&[0]), &sb, false, ScatterReduce::Mean, true).is_err());
}

#[test]
fn masks_must_be_bool_and_sources_large_enough() {
    let x = floats(4);
    let m = Tensor::from_vec(&[true, false, true, true], &[4]).unwrap();
    assert_eq!(
        masked_select(&x, &m).unwrap().to_vec::<f32>().unwrap(),
        vec![0.0, 2.0, 3.0]
    );
    let not_bool = long(&[1, 0, 1, 1]);
    assert!(masked_select(&x, &not_bool).is_err());
    let v = Tensor::zeros(&[], DType::F32).unwrap();
    assert!(masked_fill(&x, &not_bool, &v).is_err());
    let short = floats(2);
    let e = masked_scatter(&x, &m, &short).unwrap_err();
    assert_eq!(
        e.to_string(),
        "Number of elements of source < number of ones in mask"
    );
    assert_eq!(x.to_vec::<f32>().unwrap(), vec![0.0, 1.0, 2.0, 3.0]);
    masked_fill(&x, &m, &v).unwrap();
    assert_eq!(x.to_vec::<f32>().unwrap(), vec![0.0, 1.0, 0.0, 0.0]);
}

#[test]
fn masked_fill_reads_a_mask_aliasing_its_target_first() {
    let x = Tensor::from_vec(&[true, false, true], &[3]).unwrap();
    let v = Tensor::from_vec(&[false], &[]).unwrap();
    masked_fill(&x, &x, &v).unwrap();
    assert_eq!(x.to_vec::<bool>().unwrap(), vec![false, false, false]);
}

#[test]
fn nonzero_lists_coordinates_in_row_major_order() {
    let x = Tensor::from_vec(&[0.0f32, 1.0, f32::NAN, 0.0, -0.0, 2.0], &[2, 3]).unwrap();
    let nz = nonzero(&x).unwrap();
    assert_eq!(nz.shape(), &[3, 2]);
    assert_eq!(nz.to_vec::<i64>().unwrap(), vec![0, 1, 0, 2, 1, 2]);
    let t = x.transpose(0, 1).unwrap();
    assert_eq!(
        nonzero(&t).unwrap().to_vec::<i64>().unwrap(),
        vec![1, 0, 2, 0, 2, 1]
    );
    let big = Tensor::zeros(&[300, 300], DType::U8).unwrap();
    assert_eq!(nonzero(&big).unwrap().shape(), &[0, 2]);
}

#[test]
fn gathers_that_check_as_they_read_report_the_first_bad_index() {
    let x = floats(1000);
    for n in [10usize, 5_000, 200_000] {
        let mut v: Vec<i64> = (0..n as i64).map(|i| (i * 37) % 1000 - 500).collect();
        v[n - 1] = 1000;
        v[n / 2] = -1001;
        let e = advanced::index(&x, &[Some(long(&v))], Oob::Index).unwrap_err();
        assert_eq!(
            e.to_string(),
            "index -1001 is out of bounds for dimension 0 with size 1000"
        );
        v[n / 2] = 3;
        let e = advanced::index(&x, &[Some(long(&v))], Oob::Take).unwrap_err();
        assert_eq!(
            e.to_string(),
            "out of range: tried to access index 1000 on a tensor of 1000 elements."
        );
        v[n - 1] = -1;
        let out = advanced::index(&x, &[Some(long(&v))], Oob::Index).unwrap();
        assert_eq!(out.to_vec::<f32>().unwrap()[n - 1], 999.0);
    }
    let empty_rows = Tensor::zeros(&[0, 3], DType::F32).unwrap();
    let e = advanced::index(&empty_rows, &[None, Some(long(&[5]))], Oob::Index);
    assert!(e.is_err());
}
