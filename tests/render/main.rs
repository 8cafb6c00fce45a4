//! Articles and what they are made from: the built-in templates, typography, every export
//! format (read back: DOCX from its XML, HTML parsed), photos, golden articles, a trainer's
//! comments kept out, the workshop kit, its book and its hand-out.

#[path = "../common/mod.rs"]
mod common;
#[path = "../export_common/mod.rs"]
mod export_common;
#[path = "../wizard/mod.rs"]
mod wizard;
#[path = "../workshop_common/mod.rs"]
mod workshop_common;

mod builtin_templates;
mod captions;
mod comments;
mod consent;
mod export_docx;
mod export_every_item;
mod export_html;
mod export_left_out;
mod export_phone_photos;
mod export_photos;
mod export_wp;
mod golden;
mod photo_cache;
mod photo_scaling;
mod social_post;
mod typography;
mod typography_generated;
mod typography_render;
mod worksheet;
mod workshop;
mod workshop_compile;
