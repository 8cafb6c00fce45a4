//! Rebuilds when a built-in template changes: they are embedded in the binary.
//!
//! On Linux the program is linked as a fixed-address executable (`-no-pie`). A position-
//! independent one carries some 30,000 relocations that the loader applies on every start,
//! touching and copying hundreds of pages before `main`: a third of a short command's CPU time
//! (BENCHMARKS.md). The program loads no plugins, so nothing needs it to move.
//!
//! On x86-64 Linux, where Rust links with LLD, the functions a short command runs are placed
//! together at the start of the code, in the order `link/function-order.txt` gives
//! (`scripts/order-functions.sh` makes it). An export then takes some 50 fewer page faults in
//! the 9 MB of code, and a sixth less CPU time when the binary comes from the disk
//! (BENCHMARKS.md). Names the file has and the binary lacks are skipped, so a stale file costs
//! speed, never a build.
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=story-templates");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let (os, env, arch) = (
        var("CARGO_CFG_TARGET_OS"),
        var("CARGO_CFG_TARGET_ENV"),
        var("CARGO_CFG_TARGET_ARCH"),
    );
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
        if arch == "x86_64" && links_with_default_lld() {
            order_functions();
        }
    }
}

fn order_functions() {
    let order = Path::new(env!("CARGO_MANIFEST_DIR")).join("link/function-order.txt");
    println!("cargo:rerun-if-changed={}", order.display());
    if order.is_file() {
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// Whether the default linker (LLD, since Rust 1.90 on x86-64 Linux) links the binary. GNU ld
/// knows no `--symbol-ordering-file`, so a build told to link another way is left as it is:
/// a linker set in cargo's configuration or environment (cargo passes it as `RUSTC_LINKER`),
/// or in the compiler's flags.
fn links_with_default_lld() -> bool {
    // Cargo does not run this again when only the linker changes; a linker set by the
    // environment at least is noticed.
    println!("cargo:rerun-if-env-changed=CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER");
    let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    std::env::var_os("RUSTC_LINKER").is_none()
        && !flags.contains("linker")
        && !flags.contains("fuse-ld")
}
