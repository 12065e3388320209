// Strided indexing shared by every shader: the Meta uniform layout and offset helpers.
// NOTE: `meta` is a reserved word in WGSL, so each shader binds its Meta uniform as `params`.

const MAX_RANK: u32 = 8u;

struct Meta {
    // numel of the iteration space, rank, then two values each shader documents
    head: vec4<u32>,
    // element offsets of operands 0, 1 and 2, then one value each shader documents
    offsets: vec4<u32>,
    // sizes of dims 0..7, outer to inner; dim d is shape[d / 4][d % 4]
    shape: array<vec4<u32>, 2>,
    // strides in elements; operand k, dim d is element 8k + d
    strides: array<vec4<i32>, 6>,
    // values each shader documents
    extra: vec4<u32>,
    inner: vec4<i32>,
}

fn dim_size(d: u32) -> u32 {
    return params.shape[d / 4u][d % 4u];
}

fn dim_stride(k: u32, d: u32) -> i32 {
    let j = k * MAX_RANK + d;
    return params.strides[j / 4u][j % 4u];
}

// Element offsets of operands 0, 1 and 2 at row-major position `i` of the iteration shape.
fn strided_offsets(i: u32) -> vec3<u32> {
    var rem = i;
    var off = vec3<i32>(params.offsets.xyz);
    for (var d = i32(params.head.y) - 1; d >= 0; d -= 1) {
        let n = dim_size(u32(d));
        let idx = i32(rem % n);
        rem = rem / n;
        let s = vec3<i32>(dim_stride(0u, u32(d)), dim_stride(1u, u32(d)), dim_stride(2u, u32(d)));
        off += idx * s;
    }
    return vec3<u32>(off);
}

// Flat invocation index of a 2-D grid of 1-D workgroups (x is capped at 65535 groups).
fn flat_index(gid: vec3<u32>, nwg: vec3<u32>, wg_size: u32) -> u32 {
    return gid.x + gid.y * nwg.x * wg_size;
}
