//! Rebuilds when a built-in template changes: they are embedded in the binary.

fn main() {
    println!("cargo:rerun-if-changed=story-templates");
}
