//! WGSL shader sources, embedded at build time and served to the Python wgpu backend.

/// Every shader under `shaders/`, by its path without the `.wgsl` suffix.
pub const SHADERS: &[(&str, &str)] = &[
    (
        "common/index",
        include_str!("../../shaders/common/index.wgsl"),
    ),
    (
        "elementwise/binary",
        include_str!("../../shaders/elementwise/binary.wgsl"),
    ),
    (
        "elementwise/contiguous",
        include_str!("../../shaders/elementwise/contiguous.wgsl"),
    ),
    ("reduce/sum", include_str!("../../shaders/reduce/sum.wgsl")),
    (
        "matmul/tiled",
        include_str!("../../shaders/matmul/tiled.wgsl"),
    ),
];

/// The source of one shader, e.g. `shader_source("elementwise/binary")`.
pub fn shader_source(name: &str) -> Option<&'static str> {
    SHADERS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(dir: &std::path::Path, base: &std::path::Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, base, out);
            } else if p.extension().is_some_and(|x| x == "wgsl") {
                let rel = p.strip_prefix(base).unwrap().with_extension("");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }

    #[test]
    fn every_wgsl_file_is_in_the_table() {
        let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shaders");
        let mut found = Vec::new();
        walk(&base, &base, &mut found);
        for f in &found {
            assert!(
                shader_source(f).is_some(),
                "shaders/{f}.wgsl is missing from SHADERS"
            );
        }
        assert_eq!(found.len(), SHADERS.len());
    }
}
