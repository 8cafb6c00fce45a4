//! The program is built the way every distribution builds one: position-independent, so the
//! system places its code at a random address on every start (address space layout
//! randomisation), a program that reads other people's drafts, photos and HTTP replies.

/// The ELF type is `ET_DYN` (3, PIE), not `ET_EXEC` (2, a fixed address).
#[cfg(target_os = "linux")]
#[test]
fn the_linux_binary_is_position_independent() {
    let bytes = std::fs::read(env!("CARGO_BIN_EXE_povestitor")).expect("the binary");
    assert_eq!(&bytes[..4], b"\x7fELF");
    let elf_type = u16::from_le_bytes([bytes[16], bytes[17]]);
    assert_eq!(
        elf_type, 3,
        "ELF type {elf_type}: the binary has a fixed address"
    );
}
