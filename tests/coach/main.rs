//! The coach: every rule in three languages, findings grouped, the keystroke path equal to a
//! whole check, spelling on real-looking stories, the surfaces that show step states agreeing,
//! and property tests of the loaders, typography, rendering and the coach.

#[path = "../common/mod.rs"]
mod common;
#[path = "../strategies/mod.rs"]
mod strategies;
#[path = "../wizard/mod.rs"]
mod wizard;

mod grouping;
mod incremental;
mod properties;
mod real_texts;
mod rules;
mod step_states_agree;
