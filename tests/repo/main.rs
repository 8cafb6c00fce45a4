//! The project's own shape: ARCHITECTURE.md matches the tree, the layers point one way, and
//! the release zips hold what they should.

#[path = "../common/mod.rs"]
mod common;

mod architecture;
mod docs;
mod layers;
mod one_writer;
mod package;
mod reference;
