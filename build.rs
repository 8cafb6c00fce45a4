//! Rebuilds when a built-in template changes: they are embedded in the binary.
//!
//! On Linux the program is linked as a fixed-address executable (`-no-pie`). A position-
//! independent one carries some 30,000 relocations that the loader applies on every start,
//! touching and copying hundreds of pages before `main`: a third of a short command's CPU time
//! (BENCHMARKS.md). The program loads no plugins, so nothing needs it to move.
fn main() {
    println!("cargo:rerun-if-changed=story-templates");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
