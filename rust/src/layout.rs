//! `Layout`: shape, strides (in elements, 0 for expanded dims) and offset.
//! Every view op is a function from one layout to another; storage is never touched.

use crate::error::{Error, Result};
use crate::shape::{self, contiguous_strides, normalize_dim};

/// How a tensor's elements sit in its storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    shape: Vec<usize>,
    strides: Vec<isize>,
    offset: usize,
}

fn to_isize(v: usize) -> isize {
    isize::try_from(v).unwrap_or(isize::MAX)
}

impl Layout {
    /// A row-major layout starting at element 0.
    pub fn contiguous(shape: &[usize]) -> Layout {
        Layout {
            strides: contiguous_strides(shape),
            shape: shape.to_vec(),
            offset: 0,
        }
    }

    /// A layout from raw parts; the caller checks it against the storage size.
    pub fn new(shape: Vec<usize>, strides: Vec<isize>, offset: usize) -> Result<Layout> {
        if shape.len() != strides.len() {
            return Err(Error::Runtime(format!(
                "mismatch in length of strides and shape ({} vs {})",
                strides.len(),
                shape.len()
            )));
        }
        Ok(Layout {
            shape,
            strides,
            offset,
        })
    }

    /// Sizes of each dimension.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// Strides of each dimension, in elements.
    pub fn strides(&self) -> &[isize] {
        &self.strides
    }

    /// Index of the first element in the storage.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Number of dimensions.
    pub fn rank(&self) -> usize {
        self.shape.len()
    }

    /// Number of elements.
    pub fn numel(&self) -> usize {
        shape::numel(&self.shape)
    }

    /// PyTorch's contiguity: size-1 dims may have any stride; empty is contiguous.
    pub fn is_contiguous(&self) -> bool {
        if self.numel() == 0 {
            return true;
        }
        let mut expected: isize = 1;
        for (&n, &s) in self.shape.iter().zip(&self.strides).rev() {
            if n != 1 {
                if s != expected {
                    return false;
                }
                expected *= to_isize(n);
            }
        }
        true
    }

    /// The storage extent `[lo, hi)` this layout touches, in elements (None when empty).
    ///
    /// Computed in 128-bit arithmetic, so huge sizes or strides cannot wrap; an extent
    /// outside `isize` is reported as `(isize::MIN, isize::MAX)`, which no storage holds.
    pub fn extent(&self) -> Option<(isize, isize)> {
        if self.shape.contains(&0) {
            return None;
        }
        let (mut lo, mut hi) = (
            i128::try_from(self.offset).unwrap_or(i128::MAX / 4),
            i128::try_from(self.offset).unwrap_or(i128::MAX / 4),
        );
        for (&n, &s) in self.shape.iter().zip(&self.strides) {
            let n = i128::try_from(n).unwrap_or(i128::MAX / 4);
            let span = i128::try_from(s).unwrap_or(0).saturating_mul(n - 1);
            if span < 0 {
                lo = lo.saturating_add(span);
            } else {
                hi = hi.saturating_add(span);
            }
        }
        match (isize::try_from(lo), isize::try_from(hi.saturating_add(1))) {
            (Ok(l), Ok(h)) => Some((l, h)),
            _ => Some((isize::MIN, isize::MAX)),
        }
    }

    /// Reorder dims.
    pub fn permute(&self, dims: &[i64]) -> Result<Layout> {
        if dims.len() != self.rank() {
            return Err(Error::Runtime(format!(
                "permute(sparse_coo): number of dimensions in the tensor input does not match \
                 the length of the desired ordering of dimensions i.e. input.dim() = {} is not \
                 equal to len(dims) = {}",
                self.rank(),
                dims.len()
            )));
        }
        let dims = shape::normalize_dims(dims, self.rank()).map_err(|e| match e {
            Error::Runtime(_) => {
                Error::Runtime("permute(): duplicate dims are not allowed.".into())
            }
            other => other,
        })?;
        Ok(Layout {
            shape: dims.iter().map(|&d| self.shape[d]).collect(),
            strides: dims.iter().map(|&d| self.strides[d]).collect(),
            offset: self.offset,
        })
    }

    /// Swap two dims.
    pub fn transpose(&self, d0: i64, d1: i64) -> Result<Layout> {
        let a = normalize_dim(d0, self.rank())?;
        let b = normalize_dim(d1, self.rank())?;
        let mut out = self.clone();
        if self.rank() > 0 {
            out.shape.swap(a, b);
            out.strides.swap(a, b);
        }
        Ok(out)
    }

    /// Broadcast to `sizes` (`-1` keeps a dim) without copying: new dims get stride 0.
    pub fn expand(&self, sizes: &[i64]) -> Result<Layout> {
        let rank = self.rank();
        if sizes.len() < rank {
            return Err(Error::Runtime(format!(
                "expand(TENSOR_TYPE{{[{}]}}, size=[{}]): the number of sizes provided ({}) \
                 must be greater or equal to the number of dimensions in the tensor ({})",
                shape::join(&self.shape),
                sizes
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                sizes.len(),
                rank
            )));
        }
        let lead = sizes.len() - rank;
        // Check from the last dim, as PyTorch does, so its dimension is the one reported.
        for i in (lead..sizes.len()).rev() {
            let (want, have) = (sizes[i], self.shape[i - lead]);
            if !(want == -1 || usize::try_from(want).ok() == Some(have) || have == 1 && want >= 0) {
                return Err(Error::Runtime(format!(
                    "The expanded size of the tensor ({want}) must match the existing size \
                     ({have}) at non-singleton dimension {i}.  Target sizes: [{}].  Tensor \
                     sizes: [{}]",
                    sizes
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                    shape::join(&self.shape)
                )));
            }
        }
        let mut shape = Vec::with_capacity(sizes.len());
        let mut strides = Vec::with_capacity(sizes.len());
        for (i, &want) in sizes.iter().enumerate() {
            if i < lead {
                if want < 0 {
                    return Err(Error::Runtime(format!(
                        "The expanded size of the tensor ({want}) isn't allowed in a leading, \
                         non-existing dimension {i}"
                    )));
                }
                shape.push(usize::try_from(want).unwrap_or(0));
                strides.push(0);
                continue;
            }
            let have = self.shape[i - lead];
            let stride = self.strides[i - lead];
            if want == -1 || usize::try_from(want).ok() == Some(have) {
                shape.push(have);
                strides.push(stride);
            } else if have == 1 && want >= 0 {
                shape.push(usize::try_from(want).unwrap_or(0));
                strides.push(0);
            } else {
                return Err(Error::Runtime(format!(
                    "The expanded size of the tensor ({want}) must match the existing size \
                     ({have}) at non-singleton dimension {i}.  Target sizes: [{}].  Tensor \
                     sizes: [{}]",
                    sizes
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                    shape::join(&self.shape)
                )));
            }
        }
        Ok(Layout {
            shape,
            strides,
            offset: self.offset,
        })
    }

    /// Broadcast to a concrete shape (used by binary kernels).
    pub fn broadcast_to(&self, target: &[usize]) -> Result<Layout> {
        let sizes: Vec<i64> = target
            .iter()
            .map(|&d| i64::try_from(d).unwrap_or(i64::MAX))
            .collect();
        self.expand(&sizes)
    }

    /// `length` elements of `dim` starting at `start` (negative start wraps).
    pub fn narrow(&self, dim: i64, start: i64, length: i64) -> Result<Layout> {
        if self.rank() == 0 {
            return Err(Error::Runtime(
                "narrow() cannot be applied to a 0-dim tensor.".into(),
            ));
        }
        let d = normalize_dim(dim, self.rank())?;
        let size = i64::try_from(self.shape[d]).unwrap_or(i64::MAX);
        let start = if start < 0 { start + size } else { start };
        if start < 0 || start > size {
            return Err(Error::Index(format!(
                "start out of range (expected to be in range of [{}, {size}], but got {})",
                -size,
                if start < 0 { start - size } else { start }
            )));
        }
        if length < 0 {
            return Err(Error::Runtime(
                "narrow(): length must be non-negative.".into(),
            ));
        }
        if length > size - start {
            return Err(Error::Runtime(format!(
                "start ({start}) + length ({length}) exceeds dimension size ({size})."
            )));
        }
        let mut out = self.clone();
        out.shape[d] = usize::try_from(length).unwrap_or(0);
        out.offset =
            self.add_offset(self.strides[d] * to_isize(usize::try_from(start).unwrap_or(0)));
        Ok(out)
    }

    fn add_offset(&self, delta: isize) -> usize {
        usize::try_from(to_isize(self.offset) + delta).unwrap_or(0)
    }

    /// Python-style `start:stop:step` along `dim` (bounds clamp; step must be positive).
    pub fn slice(
        &self,
        dim: i64,
        start: Option<i64>,
        stop: Option<i64>,
        step: i64,
    ) -> Result<Layout> {
        if self.rank() == 0 {
            return Err(Error::Runtime(
                "slice() cannot be applied to a 0-dim tensor.".into(),
            ));
        }
        if step <= 0 {
            return Err(Error::InvalidArgument(
                "step must be greater than zero".into(),
            ));
        }
        let d = normalize_dim(dim, self.rank())?;
        let size = i64::try_from(self.shape[d]).unwrap_or(i64::MAX);
        let clamp = |v: i64| {
            let v = if v < 0 { v + size } else { v };
            v.clamp(0, size)
        };
        let s = start.map_or(0, clamp);
        let e = stop.map_or(size, clamp);
        let len = if e > s { (e - s - 1) / step + 1 } else { 0 };
        let mut out = self.clone();
        out.shape[d] = usize::try_from(len).unwrap_or(0);
        out.strides[d] = self.strides[d] * to_isize(usize::try_from(step).unwrap_or(1));
        if len > 0 {
            out.offset =
                self.add_offset(self.strides[d] * to_isize(usize::try_from(s).unwrap_or(0)));
        }
        Ok(out)
    }

    /// Pick one index of `dim`, removing the dim.
    pub fn select(&self, dim: i64, index: i64) -> Result<Layout> {
        if self.rank() == 0 {
            return Err(Error::Index(
                "select() cannot be applied to a 0-dim tensor.".into(),
            ));
        }
        let d = normalize_dim(dim, self.rank())?;
        let size = self.shape[d];
        let isz = i64::try_from(size).unwrap_or(i64::MAX);
        if index < -isz || index >= isz {
            return Err(Error::Index(format!(
                "select(): index {index} out of range for tensor of size [{}] at dimension {d}",
                shape::join(&self.shape)
            )));
        }
        let i = if index < 0 { index + isz } else { index };
        let mut out = self.clone();
        out.offset = self.add_offset(self.strides[d] * to_isize(usize::try_from(i).unwrap_or(0)));
        out.shape.remove(d);
        out.strides.remove(d);
        Ok(out)
    }

    /// Remove size-1 dims: all of them, or those listed (others are left alone).
    pub fn squeeze(&self, dims: Option<&[i64]>) -> Result<Layout> {
        let keep: Vec<bool> = match dims {
            None => self.shape.iter().map(|&n| n != 1).collect(),
            Some(ds) => {
                let ds = shape::normalize_dims(ds, self.rank())?;
                (0..self.rank())
                    .map(|i| !(ds.contains(&i) && self.shape[i] == 1))
                    .collect()
            }
        };
        Ok(Layout {
            shape: self
                .shape
                .iter()
                .zip(&keep)
                .filter(|(_, &k)| k)
                .map(|(&n, _)| n)
                .collect(),
            strides: self
                .strides
                .iter()
                .zip(&keep)
                .filter(|(_, &k)| k)
                .map(|(&s, _)| s)
                .collect(),
            offset: self.offset,
        })
    }

    /// Insert a size-1 dim at `dim` (range `[-rank-1, rank]`).
    pub fn unsqueeze(&self, dim: i64) -> Result<Layout> {
        let d = normalize_dim(dim, self.rank() + 1)?;
        let mut out = self.clone();
        let stride = if d < self.rank() {
            self.strides[d] * to_isize(self.shape[d])
        } else {
            1
        };
        out.shape.insert(d, 1);
        out.strides.insert(d, stride);
        Ok(out)
    }

    /// Strides for viewing this layout as `shape` without a copy, if the strides allow it.
    pub fn view_strides(&self, new_shape: &[usize]) -> Option<Vec<isize>> {
        if self.numel() == 0 || self.rank() == 0 {
            return Some(contiguous_strides(new_shape));
        }
        let mut new_strides = vec![0isize; new_shape.len()];
        let mut view_d = to_isize(new_shape.len()) - 1;
        let mut chunk_base = *self.strides.last().unwrap_or(&1);
        let mut tensor_numel: isize = 1;
        let mut view_numel: isize = 1;
        for td in (0..self.rank()).rev() {
            tensor_numel *= to_isize(self.shape[td]);
            let chunk_ends = td == 0
                || (self.shape[td - 1] != 1 && self.strides[td - 1] != tensor_numel * chunk_base);
            if chunk_ends {
                while view_d >= 0 {
                    let vd = usize::try_from(view_d).unwrap_or(0);
                    if !(view_numel < tensor_numel || new_shape[vd] == 1) {
                        break;
                    }
                    new_strides[vd] = view_numel * chunk_base;
                    view_numel *= to_isize(new_shape[vd]);
                    view_d -= 1;
                }
                if view_numel != tensor_numel {
                    return None;
                }
                if td > 0 {
                    chunk_base = self.strides[td - 1];
                    tensor_numel = 1;
                    view_numel = 1;
                }
            }
        }
        if view_d != -1 {
            return None;
        }
        Some(new_strides)
    }

    /// `view(shape)`: same storage, PyTorch's error when the strides do not allow it.
    pub fn view(&self, requested: &[i64]) -> Result<Layout> {
        let shape = shape::infer_shape(requested, self.numel())?;
        match self.view_strides(&shape) {
            Some(strides) => Ok(Layout {
                shape,
                strides,
                offset: self.offset,
            }),
            None => Err(Error::Runtime(
                "view size is not compatible with input tensor's size and stride (at least one \
                 dimension spans across two contiguous subspaces). Use .reshape(...) instead."
                    .into(),
            )),
        }
    }

    /// `reshape`: a view when possible, else `Ok(None)` and the caller copies.
    pub fn reshape(&self, requested: &[i64]) -> Result<(Vec<usize>, Option<Layout>)> {
        let shape = shape::infer_shape(requested, self.numel())?;
        let view = self.view_strides(&shape).map(|strides| Layout {
            shape: shape.clone(),
            strides,
            offset: self.offset,
        });
        Ok((shape, view))
    }

    /// The shape `flatten(start_dim, end_dim)` produces.
    pub fn flatten_shape(&self, start: i64, end: i64) -> Result<Vec<i64>> {
        let s = normalize_dim(start, self.rank())?;
        let e = normalize_dim(end, self.rank())?;
        if s > e {
            return Err(Error::Runtime(
                "flatten() has invalid args: start_dim cannot come after end_dim".into(),
            ));
        }
        if self.rank() == 0 {
            return Ok(vec![1]);
        }
        let mut out: Vec<i64> = Vec::new();
        for (i, &n) in self.shape.iter().enumerate() {
            let n = i64::try_from(n).unwrap_or(i64::MAX);
            if i > s && i <= e {
                *out.last_mut().unwrap_or(&mut 0) *= n;
            } else {
                out.push(n);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contiguous_layout_has_row_major_strides() {
        let l = Layout::contiguous(&[2, 3, 4]);
        assert_eq!(l.strides(), &[12, 4, 1]);
        assert!(l.is_contiguous());
    }

    #[test]
    fn transpose_is_not_contiguous_and_view_of_it_fails() {
        let t = Layout::contiguous(&[2, 3]).transpose(0, 1).unwrap();
        assert!(!t.is_contiguous());
        assert!(t.view(&[6]).is_err());
        let (_, v) = t.reshape(&[6]).unwrap();
        assert!(v.is_none());
    }

    #[test]
    fn view_splits_and_merges_compatible_dims() {
        let l = Layout::contiguous(&[4, 6]);
        let v = l.view(&[2, 2, 3, 2]).unwrap();
        assert_eq!(v.strides(), &[12, 6, 2, 1]);
        let t = Layout::contiguous(&[2, 3, 4]).transpose(0, 1).unwrap();
        let v = t.view(&[3, 2, 2, 2]).unwrap();
        assert_eq!(v.strides(), &[4, 12, 2, 1]);
    }

    #[test]
    fn expand_sets_zero_strides() {
        let l = Layout::contiguous(&[3, 1]).expand(&[2, 3, 4]).unwrap();
        assert_eq!(l.shape(), &[2, 3, 4]);
        assert_eq!(l.strides(), &[0, 1, 0]);
        assert!(Layout::contiguous(&[3]).expand(&[4]).is_err());
    }

    #[test]
    fn slice_with_step_and_negative_bounds() {
        let l = Layout::contiguous(&[10])
            .slice(0, Some(-8), None, 3)
            .unwrap();
        assert_eq!(l.shape(), &[3]);
        assert_eq!(l.strides(), &[3]);
        assert_eq!(l.offset(), 2);
        let e = Layout::contiguous(&[10])
            .slice(0, Some(20), Some(30), 1)
            .unwrap();
        assert_eq!(e.numel(), 0);
    }

    #[test]
    fn narrow_past_end_is_an_error() {
        let l = Layout::contiguous(&[5, 2]);
        assert_eq!(
            l.narrow(0, 4, 2).unwrap_err().to_string(),
            "start (4) + length (2) exceeds dimension size (5)."
        );
        assert_eq!(l.narrow(0, 1, 3).unwrap().offset(), 2);
    }

    #[test]
    fn select_out_of_range_is_an_index_error() {
        let l = Layout::contiguous(&[3, 2]);
        let e = l.select(0, 3).unwrap_err();
        assert!(matches!(e, Error::Index(_)));
        assert_eq!(
            e.to_string(),
            "select(): index 3 out of range for tensor of size [3, 2] at dimension 0"
        );
        assert_eq!(l.select(0, -1).unwrap().offset(), 4);
    }

    #[test]
    fn squeeze_and_unsqueeze_round_trip() {
        let l = Layout::contiguous(&[2, 1, 3]);
        let s = l.squeeze(None).unwrap();
        assert_eq!(s.shape(), &[2, 3]);
        let u = s.unsqueeze(1).unwrap();
        assert_eq!(u.shape(), &[2, 1, 3]);
        assert!(u.is_contiguous());
        assert_eq!(s.unsqueeze(-1).unwrap().shape(), &[2, 3, 1]);
    }

    #[test]
    fn extent_covers_negative_and_positive_strides() {
        let l = Layout::new(vec![2, 3], vec![3, 1], 1).unwrap();
        assert_eq!(l.extent(), Some((1, 7)));
    }

    #[test]
    fn flatten_merges_a_range() {
        let l = Layout::contiguous(&[2, 3, 4]);
        assert_eq!(l.flatten_shape(1, -1).unwrap(), vec![2, 12]);
        assert_eq!(l.flatten_shape(0, -1).unwrap(), vec![24]);
    }
}
