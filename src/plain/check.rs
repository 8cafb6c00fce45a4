//! `:check`: what the story still needs, in the same sentences `povestitor check` prints,
//! spelling included when a dictionary is found.

use std::io::{BufRead, Write};

use super::session::Session;
use crate::coach::{self, Spelling};
use crate::service::{personal_known_words, report_lines, spelling_off, template_speller};

pub fn check<R: BufRead, W: Write>(session: &mut Session<'_, R, W>) {
    let template = &session.loaded.template;
    let personal = personal_known_words();
    let speller = template_speller(template, &session.dictionaries).unwrap_or_else(|err| {
        let text = spelling_off(&err, &session.con.catalog);
        session.con.say(&text);
        None
    });
    let spelling = speller.as_ref().map(|speller| Spelling {
        speller,
        personal: &personal,
    });
    let report = coach::check_with(template, &session.draft, spelling);
    session.con.gap();
    for line in report_lines(template, &session.draft, &report, &session.con.catalog) {
        session.con.say(&line);
    }
    session.con.gap();
}
