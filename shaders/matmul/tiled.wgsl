// @requires common/index
// Batched C = A @ B over strided A and B: 64x64 workgroup tiles in workgroup memory, 4x4 per thread.
alias T = f32; // @dtype

const TILE: u32 = 64u;  // rows and columns of C per workgroup
const DEPTH: u32 = 16u;  // K step per tile load
const THREADS: u32 = 256u;  // a 16 x 16 workgroup; each thread owns a 4 x 4 block of C

@group(0) @binding(0) var<storage, read> a: array<T>;
@group(0) @binding(1) var<storage, read> b: array<T>;
@group(0) @binding(2) var<storage, read_write> c: array<T>;
@group(0) @binding(3) var<uniform> params: Meta;

// Tiles and accumulators are f32, so f16 inputs accumulate in f32. tile_a is stored
// k-major ([k][row]) so both tiles are read along their fast index in the inner loop.
var<workgroup> tile_a: array<array<f32, TILE>, DEPTH>;
var<workgroup> tile_b: array<array<f32, TILE>, DEPTH>;

// params.head = (batch count, batch rank, -, -); operands 0 and 1 are the (broadcast) batch
// dims of A and B, so strided_offsets(batch) gives each matrix's first element.
// params.extra = (M, N, K, first batch of this dispatch);
// params.inner = (A row stride, A column stride, B row stride, B column stride).
// C is contiguous [batch, M, N]. Grid: (ceil(N / TILE), ceil(M / TILE), batches).
@compute @workgroup_size(16, 16)
fn main(
    @builtin(workgroup_id) wid: vec3<u32>,
    @builtin(local_invocation_id) lid: vec3<u32>,
    @builtin(local_invocation_index) t: u32,
) {
    let m = params.extra.x;
    let n = params.extra.y;
    let k = params.extra.z;
    let batch = wid.z + params.extra.w;
    let row0 = wid.y * TILE;
    let col0 = wid.x * TILE;
    let base = vec2<i32>(strided_offsets(batch).xy);
    let s = params.inner;
    var acc: array<vec4<f32>, 4>;
    for (var k0 = 0u; k0 < k; k0 += DEPTH) {
        for (var e = t; e < TILE * DEPTH; e += THREADS) {
            let r = e / DEPTH;  // A: 64 rows x 16 k
            let ka = k0 + e % DEPTH;
            var va = 0.0;
            if (row0 + r < m && ka < k) {
                va = f32(a[base.x + i32(row0 + r) * s.x + i32(ka) * s.y]);
            }
            tile_a[e % DEPTH][r] = va;
            let kb = k0 + e / TILE;  // B: 16 k x 64 columns
            let cc = e % TILE;
            var vb = 0.0;
            if (kb < k && col0 + cc < n) {
                vb = f32(b[base.y + i32(kb) * s.z + i32(col0 + cc) * s.w]);
            }
            tile_b[e / TILE][cc] = vb;
        }
        workgroupBarrier();
        for (var kk = 0u; kk < DEPTH; kk += 1u) {
            let bv = vec4<f32>(
                tile_b[kk][lid.x * 4u], tile_b[kk][lid.x * 4u + 1u],
                tile_b[kk][lid.x * 4u + 2u], tile_b[kk][lid.x * 4u + 3u],
            );
            for (var i = 0u; i < 4u; i += 1u) {
                acc[i] += tile_a[kk][lid.y * 4u + i] * bv;
            }
        }
        workgroupBarrier();
    }
    for (var i = 0u; i < 4u; i += 1u) {
        let row = row0 + lid.y * 4u + i;
        for (var j = 0u; j < 4u; j += 1u) {
            let col = col0 + lid.x * 4u + j;
            if (row < m && col < n) {
                c[(batch * m + row) * n + col] = T(acc[i][j]);
            }
        }
    }
}
