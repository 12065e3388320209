//! Strided iteration: coalesce dims shared by several operands, then walk the
//! result as rows of an inner dimension, optionally split across threads.

/// Below this many elements, kernels run on the calling thread.
pub const PAR_THRESHOLD: usize = 1 << 15;

/// An iteration plan over `N` operands that share one (broadcast) shape.
#[derive(Debug, Clone)]
pub struct Plan<const N: usize> {
    /// Length of the inner (last, coalesced) dimension.
    pub inner: usize,
    /// Each operand's stride along the inner dimension.
    pub inner_strides: [isize; N],
    outer_shape: Vec<usize>,
    outer_strides: Vec<[isize; N]>,
    base: [isize; N],
}

impl<const N: usize> Plan<N> {
    /// Build a plan for `shape`, with each operand's strides and starting offset.
    pub fn new(shape: &[usize], strides: [&[isize]; N], offsets: [usize; N]) -> Plan<N> {
        // Keep dims of size != 1, then merge neighbours that are contiguous for everyone.
        let mut dims: Vec<(usize, [isize; N])> = Vec::with_capacity(shape.len());
        for (d, &n) in shape.iter().enumerate() {
            if n == 1 {
                continue;
            }
            let s: [isize; N] = std::array::from_fn(|k| strides[k][d]);
            if let Some(last) = dims.last_mut() {
                let (ln, ls) = *last;
                let n_is = isize::try_from(n).unwrap_or(isize::MAX);
                if (0..N).all(|k| ls[k] == s[k] * n_is) {
                    *last = (ln * n, s);
                    continue;
                }
            }
            dims.push((n, s));
        }
        let base: [isize; N] = std::array::from_fn(|k| isize::try_from(offsets[k]).unwrap_or(0));
        if shape.contains(&0) {
            return Plan {
                inner: 0,
                inner_strides: [0; N],
                outer_shape: vec![],
                outer_strides: vec![],
                base,
            };
        }
        let (inner, inner_strides) = dims.pop().unwrap_or((1, [0; N]));
        let outer_shape = dims.iter().map(|d| d.0).collect();
        let outer_strides = dims.iter().map(|d| d.1).collect();
        Plan {
            inner,
            inner_strides,
            outer_shape,
            outer_strides,
            base,
        }
    }

    /// Number of rows (product of the outer dims; 0 when the shape is empty).
    pub fn rows(&self) -> usize {
        if self.inner == 0 {
            0
        } else {
            self.outer_shape.iter().product()
        }
    }

    /// Total element count.
    pub fn numel(&self) -> usize {
        self.rows() * self.inner
    }

    /// Element offsets of each operand at the start of row `row`.
    pub fn row_offsets(&self, mut row: usize) -> [isize; N] {
        let mut off = self.base;
        for d in (0..self.outer_shape.len()).rev() {
            let n = self.outer_shape[d];
            let i = isize::try_from(row % n).unwrap_or(0);
            row /= n;
            for (k, o) in off.iter_mut().enumerate() {
                *o += i * self.outer_strides[d][k];
            }
        }
        off
    }

    /// Element offsets of each operand at row-major position `linear` of the shape.
    pub fn offsets_at(&self, linear: usize) -> [isize; N] {
        let (row, i) = (linear / self.inner.max(1), linear % self.inner.max(1));
        let mut off = self.row_offsets(row);
        let i = isize::try_from(i).unwrap_or(0);
        for (k, o) in off.iter_mut().enumerate() {
            *o += i * self.inner_strides[k];
        }
        off
    }

    /// Call `f(offsets, len)` on pieces of rows that together cover every element
    /// once; pieces run on the rayon pool when the plan is large and `parallel`.
    pub fn for_each_piece<F>(&self, parallel: bool, f: F)
    where
        F: Fn([isize; N], usize) + Sync + Send,
    {
        let rows = self.rows();
        let total = self.numel();
        if total == 0 {
            return;
        }
        if !parallel || total < PAR_THRESHOLD || rayon::current_num_threads() < 2 {
            for r in 0..rows {
                f(self.row_offsets(r), self.inner);
            }
            return;
        }
        use rayon::prelude::*;
        let threads = rayon::current_num_threads();
        let target = (total / (threads * 4)).max(PAR_THRESHOLD / 2);
        if self.inner >= target {
            // Split rows into chunks of the inner dim.
            let chunks = self.inner.div_ceil(target);
            let chunk = self.inner.div_ceil(chunks);
            (0..rows * chunks).into_par_iter().for_each(|t| {
                let (r, c) = (t / chunks, t % chunks);
                let start = c * chunk;
                let len = chunk.min(self.inner - start);
                let mut off = self.row_offsets(r);
                let s = isize::try_from(start).unwrap_or(0);
                for (k, o) in off.iter_mut().enumerate() {
                    *o += s * self.inner_strides[k];
                }
                f(off, len);
            });
        } else {
            let per = (target / self.inner).max(1);
            let tasks = rows.div_ceil(per);
            (0..tasks).into_par_iter().for_each(|t| {
                for r in t * per..((t + 1) * per).min(rows) {
                    f(self.row_offsets(r), self.inner);
                }
            });
        }
    }
}

/// Visit every element offset of a layout in row-major order (slow path helper).
pub fn offsets(shape: &[usize], strides: &[isize], offset: usize) -> Vec<isize> {
    let plan = Plan::<1>::new(shape, [strides], [offset]);
    let mut out = Vec::with_capacity(plan.numel());
    for r in 0..plan.rows() {
        let [o] = plan.row_offsets(r);
        for i in 0..plan.inner {
            out.push(o + isize::try_from(i).unwrap_or(0) * plan.inner_strides[0]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shape::contiguous_strides;

    #[test]
    fn contiguous_operands_coalesce_to_one_row() {
        let s = contiguous_strides(&[2, 3, 4]);
        let p = Plan::<2>::new(&[2, 3, 4], [&s, &s], [0, 5]);
        assert_eq!(p.rows(), 1);
        assert_eq!(p.inner, 24);
        assert_eq!(p.row_offsets(0), [0, 5]);
    }

    #[test]
    fn transposed_operand_keeps_its_rows() {
        let out = contiguous_strides(&[3, 2]);
        let t = [1isize, 3];
        let p = Plan::<2>::new(&[3, 2], [&out, &t], [0, 0]);
        assert_eq!(p.rows(), 3);
        assert_eq!(p.inner_strides, [1, 3]);
        assert_eq!(p.row_offsets(2), [4, 2]);
    }

    #[test]
    fn offsets_walk_in_row_major_order() {
        assert_eq!(offsets(&[2, 2], &[1, 2], 1), vec![1, 3, 2, 4]);
        assert!(offsets(&[0, 3], &[3, 1], 0).is_empty());
        assert_eq!(offsets(&[], &[], 7), vec![7]);
    }

    #[test]
    fn pieces_cover_every_element_once_in_parallel() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let shape = [3, 50_000];
        let s = contiguous_strides(&shape);
        let p = Plan::<1>::new(&shape, [&s], [0]);
        let seen: Vec<AtomicUsize> = (0..150_000).map(|_| AtomicUsize::new(0)).collect();
        p.for_each_piece(true, |[o], len| {
            for i in 0..len {
                seen[usize::try_from(o).unwrap() + i].fetch_add(1, Ordering::Relaxed);
            }
        });
        assert!(seen.iter().all(|c| c.load(Ordering::Relaxed) == 1));
    }
}
