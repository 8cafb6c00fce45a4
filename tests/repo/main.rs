//! The project's own shape: ARCHITECTURE.md matches the tree, the layers point one way, every
//! dependency's licence is on the allow-list, and the release zips hold what they should.

#[path = "../common/mod.rs"]
mod common;

mod architecture;
mod docs;
mod layers;
mod licences;
mod one_writer;
mod package;
mod reference;
