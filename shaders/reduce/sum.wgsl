// @requires common/index
// Sum, max or min of each row of a strided [rows, R] view: a tree reduction in workgroup
// memory.
alias T = f32; // @dtype

override WG_SIZE: u32 = 256u;
// 0: sum, 1: max, 2: min. Max and min propagate NaN, as PyTorch's do.
override OP: u32 = 0u;
// 1 when T is a float type (NaN is tested on the bits: compilers may fold `v != v`).
override IS_FLOAT: u32 = 1u;

fn is_nan(v: T) -> bool {
    return IS_FLOAT == 1u && (bitcast<u32>(v) & 0x7fffffffu) > 0x7f800000u;
}

@group(0) @binding(0) var<storage, read> src: array<T>;
@group(0) @binding(1) var<storage, read_write> dst: array<T>;
@group(0) @binding(2) var<uniform> params: Meta;

var<workgroup> partial: array<T, WG_SIZE>;
// Whether partial[i] holds a value: max and min have no identity element to start from.
var<workgroup> filled: array<u32, WG_SIZE>;

fn combine(a: T, b: T) -> T {
    if (OP == 0u) {
        return a + b;
    }
    if (is_nan(a)) {
        return a;
    }
    if (is_nan(b)) {
        return b;
    }
    if (OP == 1u) {
        return max(a, b);
    }
    return min(a, b);
}

// params.head = (numel, rank, R, CHUNK): the [rows, R] view is operand 0 of the iteration
// space (kept dims first, reduced dims last). Each row is cut into PARTS chunks of CHUNK
// elements; workgroup g sums chunk g % PARTS of row g / PARTS into dst[g].
// params.extra = (PARTS, workgroups in use, -, -).
@compute @workgroup_size(WG_SIZE)
fn main(
    @builtin(workgroup_id) wid: vec3<u32>,
    @builtin(num_workgroups) nwg: vec3<u32>,
    @builtin(local_invocation_index) lid: u32,
) {
    let g = wid.x + wid.y * nwg.x;
    let parts = params.extra.x;
    let r = params.head.z;
    let row = g / parts;
    let start = (g % parts) * params.head.w;
    // No early return: every invocation must reach the barriers below.
    let stop = select(start, min(r, start + params.head.w), g < params.extra.y);
    var acc = T(0);
    var have = 0u;
    for (var j = start + lid; j < stop; j += WG_SIZE) {
        let v = src[strided_offsets(row * r + j).x];
        acc = select(v, combine(acc, v), have == 1u);
        have = 1u;
    }
    partial[lid] = acc;
    filled[lid] = have;
    workgroupBarrier();
    for (var s = WG_SIZE / 2u; s > 0u; s >>= 1u) {
        if (lid < s && filled[lid + s] == 1u) {
            let other = partial[lid + s];
            partial[lid] = select(other, combine(partial[lid], other), filled[lid] == 1u);
            filled[lid] = 1u;
        }
        workgroupBarrier();
    }
    if (lid == 0u && g < params.extra.y) {
        dst[g] = partial[0];
    }
}
