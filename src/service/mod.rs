//! The services every front end (command line, wizard, plain mode) stands on: the templates
//! a session uses (`Templates`: loaded, compiled, validated) and the operations they share.

mod clipboard;
pub mod compile;
mod config;
mod consent;
mod doctor;
mod error;
mod export;
mod folders;
mod log;
mod photos;
pub mod publish;
mod report;
mod shutdown;
mod social;
mod spelling;
mod templates;
mod validate;
mod wording;
pub mod workshop;

pub use clipboard::{
    ClipboardError, KEEP_COMMAND, Payload, SystemClipboard, clipboard_keeper, fallback_path,
    keep_on_clipboard, osc52, payload as clipboard_payload,
};
pub use config::{CONFIG_ENV, CONFIG_FILE, CONFIG_KEYS, Config, ConfigError, config_path};
pub use consent::{
    ConsentForm, WrittenForm, consent_form_of, consent_forms, write_consent_form,
    write_consent_forms,
};
pub use doctor::{Check, Checkup, Place, State};
pub use error::ServiceError;
pub use export::{
    ArticleFile, draft_folder, left_out_text, output_path, outside_photos_text, write_article,
    write_new_file,
};
pub use folders::{
    cache_folder, copies_folder, data_folder, drafts_folder, log_path, personal_words_path,
    photo_cache, settings_path, templates_folder, user_photo_folders,
};
pub use log::{LOG_FILES, LOG_LIMIT, log_tail, start_log};
pub use photos::{
    PhotoFile, clean_typed_path, list_photos, photo_folder_name, resolve_photo, take_photo,
};
pub use report::report_lines;
pub use shutdown::{Shutdown, WINDOWS_WAIT, wait_for_enter, waits_for_enter};
pub use social::{attach_photos_text, is_social, see_more_lines, see_more_text};
pub use spelling::{configured_dictionaries, load_speller, personal_known_words, template_speller};
pub use templates::{Templates, copy_template};
pub use validate::validate_path;
pub use wording::{choice_id, describe, error_text, io_reason_text, progress_text, spelling_off};
