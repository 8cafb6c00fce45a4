//! Consent forms (`povestitor consent`): one page for each person a story quotes and for each
//! photo of people, to print and have signed before publishing (Moldova's law 133/2011 on
//! personal data; a child through a parent or guardian). Each says the library, the story's
//! title, where it will be published, the person's words or the photo with its caption, the
//! right to withdraw, and lines to sign and date; a photo that shows children has a parent's
//! section. Worded in the template's language: its `[consent]` table, else that language's
//! defaults from the catalog.

use std::path::{Path, PathBuf};

use super::ServiceError;
use crate::i18n::{Catalog, Lang};
use crate::render::docx::{FormBlock, consent_form};
use crate::render::{self, Fit, LoadedTemplate, RenderError};
use crate::story::{Draft, Item};
use crate::template::{StepKind, Template};

/// One form made: its file's name, whose it is (a name, or the photo's caption) and its bytes.
#[derive(Debug, Clone)]
pub struct ConsentForm {
    pub file_name: String,
    /// The person's name, or "photo 1" (or "quote 2" for a quote without a name).
    pub person: String,
    /// A photo that shows children: the form has a parent's section.
    pub children: bool,
    pub bytes: Vec<u8>,
}

/// The words of a form, the template's where it has them.
struct Words {
    catalog: Catalog,
    texts: crate::template::ConsentTexts,
    library: String,
    title: String,
}

impl Words {
    fn new(template: &Template, draft: &Draft) -> Self {
        Words {
            catalog: Catalog::new(Lang::from_locale(&template.language)),
            texts: template.consent.clone(),
            library: draft.meta.institution.trim().to_string(),
            title: draft.title().to_string(),
        }
    }

    /// The `[consent]` table's text `own`, else the catalog's `consent-form-<id>`, with the
    /// story's library, title and places put in.
    fn text(&self, own: &Option<String>, id: &str) -> String {
        let places = self.places();
        let fill = |text: &str| {
            text.replace("{library}", &self.library)
                .replace("{title}", &self.title)
                .replace("{places}", &places)
        };
        match own {
            Some(text) => fill(text),
            None => self.catalog.t_args(
                &format!("consent-form-{id}"),
                &[
                    ("library", self.library.clone().into()),
                    ("title", self.title.clone().into()),
                    ("places", places.into()),
                ],
            ),
        }
    }

    fn places(&self) -> String {
        match &self.texts.places {
            Some(places) => places.clone(),
            None => self.catalog.t("consent-form-places"),
        }
    }

    fn label(&self, id: &str) -> String {
        self.catalog.t(&format!("consent-form-{id}"))
    }

    /// The title, the story's facts and the agreement, the same on every form.
    fn opening(&self, agreement: String) -> Vec<FormBlock> {
        let t = &self.texts;
        vec![
            FormBlock::Title(self.text(&t.heading, "heading")),
            FormBlock::Fact {
                label: self.label("library"),
                value: self.library.clone(),
            },
            FormBlock::Fact {
                label: self.label("story"),
                value: self.title.clone(),
            },
            FormBlock::Fact {
                label: self.label("where"),
                value: self.places(),
            },
            FormBlock::Text(agreement),
        ]
    }

    /// The right to withdraw and the lines to sign.
    fn closing(&self, name: &str) -> Vec<FormBlock> {
        let t = &self.texts;
        vec![
            FormBlock::Text(self.text(&t.withdraw, "withdraw")),
            FormBlock::Line {
                label: self.text(&t.name, "name"),
                value: name.to_string(),
            },
            FormBlock::Line {
                label: self.text(&t.signature, "signature"),
                value: String::new(),
            },
            FormBlock::Line {
                label: self.text(&t.date, "date"),
                value: String::new(),
            },
        ]
    }

    fn parent(&self) -> Vec<FormBlock> {
        let t = &self.texts;
        vec![
            FormBlock::Heading(self.text(&t.parent_heading, "parent-heading")),
            FormBlock::Text(self.text(&t.parent, "parent")),
            FormBlock::Line {
                label: self.text(&t.parent_name, "parent-name"),
                value: String::new(),
            },
            FormBlock::Line {
                label: self.text(&t.signature, "signature"),
                value: String::new(),
            },
            FormBlock::Line {
                label: self.text(&t.date, "date"),
                value: String::new(),
            },
        ]
    }
}

/// The forms for `draft`: one for each quote (its speaker), then one for each photo, its
/// file read from `base_dir` (the draft's folder) for a thumbnail when it can be.
pub fn consent_forms(
    loaded: &LoadedTemplate,
    draft: &Draft,
    base_dir: Option<&Path>,
) -> Result<Vec<ConsentForm>, RenderError> {
    forms_where(loaded, draft, base_dir, |_, _| true)
}

/// The form for item `index` (0-based, as the draft keeps the step's items) of step
/// `step_id`, named as [`consent_forms`] names it; `None` when there is no such quote or
/// photo, or it has no words yet.
pub fn consent_form_of(
    loaded: &LoadedTemplate,
    draft: &Draft,
    base_dir: Option<&Path>,
    step_id: &str,
    index: usize,
) -> Result<Option<ConsentForm>, RenderError> {
    let forms = forms_where(loaded, draft, base_dir, |step, i| {
        step == step_id && i == index
    })?;
    Ok(forms.into_iter().next())
}

/// The forms of the items `wanted` takes (step id, index among the step's items), numbered
/// as all of them are: blank items get none.
fn forms_where(
    loaded: &LoadedTemplate,
    draft: &Draft,
    base_dir: Option<&Path>,
    wanted: impl Fn(&str, usize) -> bool,
) -> Result<Vec<ConsentForm>, RenderError> {
    let template = &loaded.template;
    let words = Words::new(template, draft);
    let language = template.language.as_str();
    let file_word = render::safe_stem(&words.text(&words.texts.file, "file"));
    let mut forms: Vec<ConsentForm> = Vec::new();
    // `acord-01-maria-ciobanu.docx`: numbered, so two people of one name get two files.
    let name_file = |number: usize, who: &str| {
        format!("{file_word}-{number:02}-{}.docx", render::safe_stem(who))
    };
    let mut number = 0;
    for step in template.steps.iter().filter(|s| s.kind == StepKind::Quotes) {
        let items = draft.answers.items(&step.id);
        for (index, item) in items.iter().enumerate().filter(|(_, i)| !i.is_blank()) {
            number += 1;
            if !wanted(&step.id, index) {
                continue;
            }
            let person = item.get("author").trim().to_string();
            let who = if person.is_empty() {
                format!("{} {number}", words.label("quote-file"))
            } else {
                person.clone()
            };
            let mut blocks = words.opening(words.text(&words.texts.quote, "quote"));
            blocks.push(FormBlock::Quote(quotation(item, language)));
            blocks.extend(words.closing(&person));
            let bytes = consent_form(&blocks, &words.title, language, &draft.meta.date)?;
            forms.push(ConsentForm {
                file_name: name_file(number, &who),
                person: who,
                children: false,
                bytes,
            });
        }
    }
    let mut photos = render::photos::story_photos(template, draft, base_dir).into_iter();
    let mut photo_number = 0;
    for step in template.steps.iter().filter(|s| s.kind == StepKind::Photos) {
        let items = draft.answers.items(&step.id);
        for (index, item) in items.iter().enumerate().filter(|(_, i)| !i.is_blank()) {
            let photo = photos.next();
            photo_number += 1;
            number += 1;
            if !wanted(&step.id, index) {
                continue;
            }
            let caption = item.get("caption").trim().to_string();
            // As the coach reads it: a hand-edited draft may say "da" or "да".
            let children = crate::coach::yes_no(item.get("children")) == Some(true);
            let mut blocks = words.opening(words.text(&words.texts.photo, "photo"));
            // A thumbnail when the file can be read; the caption names the photo anyway.
            match photo
                .filter(|p| !p.path.is_empty())
                .and_then(|p| p.prepared(Fit::DOCX).ok())
            {
                Some(prepared) => blocks.push(FormBlock::Photo {
                    photo: prepared,
                    caption: caption.clone(),
                }),
                None => blocks.push(FormBlock::Quote(caption.clone())),
            }
            blocks.extend(words.closing(""));
            if children {
                blocks.extend(words.parent());
            }
            let bytes = consent_form(&blocks, &words.title, language, &draft.meta.date)?;
            let who = format!("{} {photo_number}", words.label("photo-file"));
            forms.push(ConsentForm {
                file_name: name_file(number, &who),
                person: who,
                children,
                bytes,
            });
        }
    }
    Ok(forms)
}

/// The quote in the language's quotation marks, with its speaker.
fn quotation(item: &Item, language: &str) -> String {
    let (open, close) = match language {
        "en" => ("“", "”"),
        "ru" => ("«", "»"),
        _ => ("„", "”"),
    };
    let text = item.get("text").trim();
    let author = item.get("author").trim();
    let role = item.get("role").trim();
    let mut quoted = format!("{open}{text}{close}");
    if !author.is_empty() {
        quoted.push_str(&format!(" — {author}"));
        if !role.is_empty() {
            quoted.push_str(&format!(", {role}"));
        }
    }
    quoted
}

/// A form written.
#[derive(Debug, Clone)]
pub struct WrittenForm {
    pub path: PathBuf,
    pub person: String,
    pub children: bool,
}

/// Writes the form of item `index` of step `step_id` of the draft at `draft_path` beside
/// it; a form already there (printed, perhaps changed by hand) is kept, and the new one
/// takes the free name beside it (`acord-01-ana (2).docx`). `None` when the item has no
/// words yet.
pub fn write_consent_form(
    loaded: &LoadedTemplate,
    draft: &Draft,
    draft_path: &Path,
    step_id: &str,
    index: usize,
) -> Result<Option<WrittenForm>, ServiceError> {
    let folder = super::draft_folder(draft_path);
    let form = consent_form_of(loaded, draft, Some(folder), step_id, index)
        .map_err(ServiceError::Render)?;
    let Some(form) = form else {
        return Ok(None);
    };
    let mut path = folder.join(&form.file_name);
    if path.exists() {
        path = super::export::beside_name(&path);
    }
    super::write_new_file(&path, &form.bytes, false)?;
    Ok(Some(WrittenForm {
        path,
        person: form.person,
        children: form.children,
    }))
}

/// Writes the forms of the draft at `draft_path` into `folder` (the draft's folder when
/// `None`); none is written when one would replace a file and `force` is not given.
pub fn write_consent_forms(
    loaded: &LoadedTemplate,
    draft: &Draft,
    draft_path: &Path,
    folder: Option<&Path>,
    force: bool,
) -> Result<Vec<WrittenForm>, ServiceError> {
    let base = super::draft_folder(draft_path);
    let forms = consent_forms(loaded, draft, Some(base)).map_err(ServiceError::Render)?;
    let folder = folder.unwrap_or(base);
    if !force
        && let Some(taken) = forms
            .iter()
            .map(|f| folder.join(&f.file_name))
            .find(|p| p.exists())
    {
        return Err(ServiceError::OutputExists {
            path: taken.display().to_string(),
        });
    }
    let mut written = Vec::new();
    for form in forms {
        let path = folder.join(&form.file_name);
        super::write_new_file(&path, &form.bytes, force)?;
        written.push(WrittenForm {
            path,
            person: form.person,
            children: form.children,
        });
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::Templates;
    use crate::story::Item;

    /// A photo marked as showing children in the draft's own language ("da", as a hand-edited
    /// draft may say it, the way the coach reads it) gets the parent's section; "nu" does not.
    #[test]
    fn children_are_read_as_the_coach_reads_them() {
        let templates = Templates::load(&[]).unwrap();
        let loaded = templates.get("success-story").unwrap();
        let mut draft = Draft::new(&loaded.template);
        draft.answers.set_text("title", "Atelierul".into());
        let photo = |children: &str| {
            Item::default()
                .with("caption", "La atelier")
                .with("children", children)
        };
        draft
            .answers
            .set_items("photos", vec![photo("da"), photo("nu"), photo("да")]);
        let forms = consent_forms(loaded, &draft, None).unwrap();
        let children: Vec<bool> = forms.iter().map(|f| f.children).collect();
        assert_eq!(children, [true, false, true]);
    }
}
