// @requires common/index
// Strided copy with a cast: dst[any layout] = T(src[any layout]); one entry point per source dtype.
alias T = f32; // @dtype

override WG_SIZE: u32 = 256u;

// Raw 32-bit words, so one module reads every source dtype (f16 values come two to a word).
@group(0) @binding(0) var<storage, read> src: array<u32>;
@group(0) @binding(1) var<storage, read_write> dst: array<T>;
@group(0) @binding(2) var<uniform> params: Meta;

// params.head = (numel, rank, -, -); operand 0 is src, operand 1 is dst.
// NOTE: a cast to bool is `x != 0`, which ops.py runs as the binary `ne`, not through here.

@compute @workgroup_size(WG_SIZE)
fn main_f32(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = flat_index(gid, nwg, WG_SIZE);
    if (i >= params.head.x) {
        return;
    }
    let o = strided_offsets(i);
    dst[o.y] = T(bitcast<f32>(src[o.x]));
}

@compute @workgroup_size(WG_SIZE)
fn main_i32(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = flat_index(gid, nwg, WG_SIZE);
    if (i >= params.head.x) {
        return;
    }
    let o = strided_offsets(i);
    dst[o.y] = T(bitcast<i32>(src[o.x]));
}

@compute @workgroup_size(WG_SIZE)
fn main_u32(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = flat_index(gid, nwg, WG_SIZE);
    if (i >= params.head.x) {
        return;
    }
    let o = strided_offsets(i);
    dst[o.y] = T(src[o.x]);
}

@compute @workgroup_size(WG_SIZE)
fn main_f16(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = flat_index(gid, nwg, WG_SIZE);
    if (i >= params.head.x) {
        return;
    }
    let o = strided_offsets(i);
    dst[o.y] = T(unpack2x16float(src[o.x / 2u])[o.x % 2u]);
}
