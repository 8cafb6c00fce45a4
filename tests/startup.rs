//! What keeps a short command's start cheap (BENCHMARKS.md, "Whole processes").

/// On Linux the program is linked at a fixed address (`build.rs`), so the loader applies no
/// relocations to it at every start: the ELF type is `ET_EXEC` (2), not `ET_DYN` (3, PIE).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_linux_binary_is_not_position_independent() {
    let bytes = std::fs::read(env!("CARGO_BIN_EXE_povestitor")).expect("the binary");
    assert_eq!(&bytes[..4], b"\x7fELF");
    let elf_type = u16::from_le_bytes([bytes[16], bytes[17]]);
    assert_eq!(
        elf_type, 2,
        "ELF type {elf_type}: the binary is position-independent"
    );
}
