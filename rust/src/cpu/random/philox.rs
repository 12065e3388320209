//! Philox4x32-10, the counter-based generator behind every random kernel, and
//! [`Stream`], a seed plus a block offset, with a batched form that vectorises.
//!
//! Reference: J. K. Salmon, M. A. Moraes, R. O. Dror and D. E. Shaw, "Parallel random
//! numbers: as easy as 1, 2, 3", SC11, <https://doi.org/10.1145/2063384.2063405>.

/// Philox4x32 round multipliers.
const M0: u32 = 0xD251_1F53;
const M1: u32 = 0xCD9E_8D57;
/// Weyl increments of the key between rounds (golden ratio and sqrt(3) - 1).
const W0: u32 = 0x9E37_79B9;
const W1: u32 = 0xBB67_AE85;

#[inline(always)]
#[allow(clippy::cast_possible_truncation)]
fn mulhilo(a: u32, b: u32) -> (u32, u32) {
    let p = u64::from(a) * u64::from(b);
    ((p >> 32) as u32, p as u32)
}

/// Philox4x32 with `rounds` rounds on the counter `ctr` under `key`, as Random123's
/// `philox4x32_R` computes it (the key is bumped before every round but the first).
#[inline(always)]
pub fn philox4x32(rounds: u32, ctr: [u32; 4], key: [u32; 2]) -> [u32; 4] {
    let mut c = ctr;
    let mut k = key;
    for r in 0..rounds {
        if r > 0 {
            k = [k[0].wrapping_add(W0), k[1].wrapping_add(W1)];
        }
        let (hi0, lo0) = mulhilo(M0, c[0]);
        let (hi1, lo1) = mulhilo(M1, c[2]);
        c = [hi1 ^ c[1] ^ k[0], lo1, hi0 ^ c[3] ^ k[1], lo0];
    }
    c
}

/// Philox4x32-10, the standard ten-round generator.
#[inline(always)]
pub fn philox4x32_10(ctr: [u32; 4], key: [u32; 2]) -> [u32; 4] {
    philox4x32(10, ctr, key)
}

/// A Philox stream: the key made from a seed, and the first block's counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stream {
    key: [u32; 2],
    offset: u64,
}

impl Stream {
    /// The stream of `seed` starting at block `offset`.
    #[allow(clippy::cast_possible_truncation)]
    pub fn new(seed: u64, offset: u64) -> Stream {
        Stream {
            key: [seed as u32, (seed >> 32) as u32],
            offset,
        }
    }

    /// The `b`-th block after the offset (the 64-bit counter wraps around).
    #[inline(always)]
    #[allow(clippy::cast_possible_truncation)]
    pub fn block(self, b: u64) -> [u32; 4] {
        let c = self.offset.wrapping_add(b);
        philox4x32_10([c as u32, (c >> 32) as u32, 0, 0], self.key)
    }

    /// Blocks `b .. b + out.len()` after the offset, computed several at a time.
    pub fn blocks_into(self, b: u64, out: &mut [[u32; 4]]) {
        let first = self.offset.wrapping_add(b);
        // SAFETY: `out` is an exclusive slice of `out.len()` blocks.
        unsafe { philox_blocks(self.key[0], self.key[1], first, out.as_mut_ptr(), out.len()) };
    }
}

/// Blocks computed side by side: the rounds run lane-parallel on `WIDTH` counters
/// (structure of arrays), so the 32x32->64-bit multiplies vectorise.
const WIDTH: usize = 8;

crate::multiversion! {
    /// Philox4x32-10 blocks with counters `first, first + 1, ...` (wrapping) into `out[..n]`.
    unsafe fn philox_blocks<>(key0: u32, key1: u32, first: u64, out: *mut [u32; 4], n: usize) {
        // SAFETY: the caller passes `n` writable blocks that nothing else aliases.
        let out = unsafe { std::slice::from_raw_parts_mut(out, n) };
        let mut groups = out.chunks_exact_mut(WIDTH);
        let mut base = first;
        for group in &mut groups {
            let (mut x0, mut x1) = ([0u32; WIDTH], [0u32; WIDTH]);
            let (mut x2, mut x3) = ([0u32; WIDTH], [0u32; WIDTH]);
            for l in 0..WIDTH {
                let c = base.wrapping_add(l as u64);
                #[allow(clippy::cast_possible_truncation)]
                {
                    (x0[l], x1[l]) = (c as u32, (c >> 32) as u32);
                }
            }
            let (mut k0, mut k1) = (key0, key1);
            for r in 0..10 {
                if r > 0 {
                    (k0, k1) = (k0.wrapping_add(W0), k1.wrapping_add(W1));
                }
                for l in 0..WIDTH {
                    let (hi0, lo0) = mulhilo(M0, x0[l]);
                    let (hi1, lo1) = mulhilo(M1, x2[l]);
                    (x0[l], x1[l], x2[l], x3[l]) = (hi1 ^ x1[l] ^ k0, lo1, hi0 ^ x3[l] ^ k1, lo0);
                }
            }
            for (l, blk) in group.iter_mut().enumerate() {
                *blk = [x0[l], x1[l], x2[l], x3[l]];
            }
            base = base.wrapping_add(WIDTH as u64);
        }
        for (l, blk) in groups.into_remainder().iter_mut().enumerate() {
            let c = base.wrapping_add(l as u64);
            #[allow(clippy::cast_possible_truncation)]
            let ctr = [c as u32, (c >> 32) as u32, 0, 0];
            *blk = philox4x32_10(ctr, [key0, key1]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn philox_matches_random123_known_answers() {
        // Random123's kat_vectors, "philox4x32 10" lines: counter, key, expected.
        let cases: [([u32; 4], [u32; 2], [u32; 4]); 3] = [
            (
                [0; 4],
                [0; 2],
                [0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8],
            ),
            (
                [u32::MAX; 4],
                [u32::MAX; 2],
                [0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd],
            ),
            (
                [0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344],
                [0xa409_3822, 0x299f_31d0],
                [0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1],
            ),
        ];
        for (ctr, key, want) in cases {
            assert_eq!(philox4x32_10(ctr, key), want);
        }
    }

    #[test]
    fn philox_seven_rounds_matches_random123() {
        let got = philox4x32(
            7,
            [0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344],
            [0xa409_3822, 0x299f_31d0],
        );
        assert_eq!(got, [0x4dfc_caba, 0x190a_87f0, 0xc473_62ba, 0xb6b5_242a]);
    }

    #[test]
    fn batched_blocks_match_one_at_a_time() {
        for (seed, offset) in [(0, 0), (0xDEAD_BEEF_1234, 77), (5, u64::MAX - 9)] {
            let s = Stream::new(seed, offset);
            let mut got = [[0u32; 4]; 37];
            s.blocks_into(3, &mut got);
            for (b, blk) in got.iter().enumerate() {
                assert_eq!(
                    *blk,
                    s.block(3 + b as u64),
                    "seed {seed} offset {offset} block {b}"
                );
            }
        }
    }
}
