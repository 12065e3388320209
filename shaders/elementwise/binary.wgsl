// @requires common/index
// Elementwise binary ops with broadcasting over strided operands; the override OP picks the op.
alias T = f32; // @dtype

// Op codes; backends/wgpu/ops.py holds the same table and picks one per (op, dtype).
const ADD: u32 = 0u;
const SUB: u32 = 1u;
const MUL: u32 = 2u;
const DIV: u32 = 3u;
const POW_FLOAT: u32 = 4u;
const POW_INT: u32 = 5u;
const MAXIMUM: u32 = 6u;
const MINIMUM: u32 = 7u;
const EQ: u32 = 8u;
const NE: u32 = 9u;
const LT: u32 = 10u;
const LE: u32 = 11u;
const GT: u32 = 12u;
const GE: u32 = 13u;
const LOGICAL_OR: u32 = 14u;
const LOGICAL_AND: u32 = 15u;
const BOOL_POW: u32 = 16u;

override OP: u32 = ADD;
override WG_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> a: array<T>;
@group(0) @binding(1) var<storage, read> b: array<T>;
// Raw 32-bit words: results are bitcast, comparisons write 0u / 1u (bool).
@group(0) @binding(2) var<storage, read_write> out: array<u32>;
@group(0) @binding(3) var<uniform> params: Meta;

// naga cannot bitcast in a const declaration, so the special values are functions.
fn nan_f32() -> f32 {
    return bitcast<f32>(0x7fc00000u);
}

fn inf_f32() -> f32 {
    return bitcast<f32>(0x7f800000u);
}

// NOTE: tested on the bits, since drivers may fold `x != x` to false (lavapipe does).
fn is_nan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

// C's powf, including the cases WGSL's pow leaves undefined (x <= 0, NaN, infinite y).
fn pow_float(x: f32, y: f32) -> f32 {
    if (y == 0.0 || x == 1.0) {
        return 1.0;
    }
    if (is_nan(x) || is_nan(y)) {
        return nan_f32();
    }
    let ax = abs(x);
    let inf = inf_f32();
    if (abs(y) == inf) {
        return select(select(0.0, inf, (ax > 1.0) == (y > 0.0)), 1.0, ax == 1.0);
    }
    if (x == 0.0) {
        return select(inf, 0.0, y > 0.0);
    }
    let m = pow(ax, y);
    if (x > 0.0) {
        return m;
    }
    if (fract(y) != 0.0) {
        return nan_f32();  // a negative base to a fractional power
    }
    return select(m, -m, abs(y % 2.0) == 1.0);
}

// Exponentiation by squaring with wrapping; a negative exponent gives 0 as on the CPU.
fn pow_int(x: T, y: T) -> T {
    if (y < T(0)) {
        return T(0);
    }
    var r = T(1);
    var base = x;
    var e = y;
    loop {
        if (e <= T(0)) {
            break;
        }
        if (e % T(2) == T(1)) {
            r = r * base;
        }
        base = base * base;
        e = e / T(2);
    }
    return r;
}

// NaN wins, as in torch.maximum / torch.minimum (x + y is NaN when either is; ints never are).
fn pick(x: T, y: T, take_x: bool) -> T {
    return select(select(y, x, take_x), x + y, is_nan(f32(x)) || is_nan(f32(y)));
}

fn truth(c: bool) -> T {
    return select(T(0), T(1), c);
}

fn apply(x: T, y: T) -> u32 {
    switch OP {
        case ADD: { return bitcast<u32>(x + y); }
        case SUB: { return bitcast<u32>(x - y); }
        case MUL: { return bitcast<u32>(x * y); }
        case DIV: { return bitcast<u32>(x / y); }
        case POW_FLOAT: { return bitcast<u32>(T(pow_float(f32(x), f32(y)))); }
        case POW_INT: { return bitcast<u32>(pow_int(x, y)); }
        case MAXIMUM: { return bitcast<u32>(pick(x, y, x >= y)); }
        case MINIMUM: { return bitcast<u32>(pick(x, y, x <= y)); }
        case EQ: { return u32(x == y); }
        case NE: { return u32(!(x == y)); }  // NaN-safe, unlike x != y
        case LT: { return u32(x < y); }
        case LE: { return u32(x <= y); }
        case GT: { return u32(x > y); }
        case GE: { return u32(x >= y); }
        case LOGICAL_OR: { return bitcast<u32>(truth(x != T(0) || y != T(0))); }
        case LOGICAL_AND: { return bitcast<u32>(truth(x != T(0) && y != T(0))); }
        case BOOL_POW: { return bitcast<u32>(truth(x != T(0) || y == T(0))); }
        default: { return 0u; }
    }
}

// params.head = (numel, rank, -, -); operands 0, 1, 2 are a, b and out.
@compute @workgroup_size(WG_SIZE)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = flat_index(gid, nwg, WG_SIZE);
    if (i >= params.head.x) {
        return;
    }
    let o = strided_offsets(i);
    out[o.z] = apply(a[o.x], b[o.y]);
}
