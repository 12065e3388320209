// @requires common/index
// Sum of each row of a strided [rows, R] view: a tree reduction in workgroup memory.
alias T = f32; // @dtype

override WG_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> src: array<T>;
@group(0) @binding(1) var<storage, read_write> dst: array<T>;
@group(0) @binding(2) var<uniform> params: Meta;

var<workgroup> partial: array<T, WG_SIZE>;

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
    for (var j = start + lid; j < stop; j += WG_SIZE) {
        acc += src[strided_offsets(row * r + j).x];
    }
    partial[lid] = acc;
    workgroupBarrier();
    for (var s = WG_SIZE / 2u; s > 0u; s >>= 1u) {
        if (lid < s) {
            partial[lid] += partial[lid + s];
        }
        workgroupBarrier();
    }
    if (lid == 0u && g < params.extra.y) {
        dst[g] = partial[0];
    }
}
