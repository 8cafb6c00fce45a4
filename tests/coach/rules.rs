//! Every coach rule fires where it should and stays quiet where it should not, in Romanian,
//! English and Russian. Each case starts from a complete story that has no finding at all,
//! changes one thing, and looks at what the coach says about it.

use crate::common::{spanned, test_speller};
use povestitor::coach::{self, Finding, FindingKind, Report, RuleId, Severity, apply_fix};
use povestitor::story::{Draft, Item};
use povestitor::template::Template;

/// A small template in `lang`, with the coach's parameters set so each rule can be reached.
fn template(lang: &str) -> Template {
    let text = format!(
        r#"
id = "mini-{lang}"
name = "Mini"
language = "{lang}"

[[layouts]]
id = "blog"
name = "Blog"

[[steps]]
id = "title"
title = "Title"
prompt = "?"
kind = "line"
required = true
min_words = 2
max_words = 12

[[steps]]
id = "result"
title = "Result"
prompt = "?"
kind = "text"
required = true
min_words = 5
max_words = 200

[[steps]]
id = "next"
title = "Next"
prompt = "?"
kind = "text"

[[steps]]
id = "quotes"
title = "Quotes"
prompt = "?"
kind = "quotes"
required = true

[[steps]]
id = "photos"
title = "Photos"
prompt = "?"
kind = "photos"

[coach]
article_words = {{ min = 20, max = 120 }}
title_max_chars = 60
sentence_max_words = 25
quotes_min = 1
number_steps = ["result"]
"#
    );
    toml::from_str(&text).expect("the test template parses")
}

/// Texts of a story with no finding, per language.
struct Story {
    lang: &'static str,
    title: &'static str,
    result: &'static str,
    quote: &'static str,
    author: &'static str,
    role: &'static str,
    caption: &'static str,
    credit: &'static str,
    /// A result without any number, digits or words.
    no_number: &'static str,
    /// A result that names its number in words.
    number_in_words: &'static str,
    weak: &'static str,
    straight_quotes: &'static str,
    doubled: &'static str,
}

const RO: Story = Story {
    lang: "ro",
    title: "Bunicii din Bălți învață internetul",
    result: "La curs au venit 48 de vârstnici. Acum își sună nepoții pe video și plătesc singuri facturile.",
    quote: "Acum o văd pe nepoata mea în fiecare seară.",
    author: "Maria Ciobanu",
    role: "participantă la curs",
    caption: "Primul atelier în sala de lectură.",
    credit: "Ion Rusu",
    no_number: "Oamenii au învățat mult și sunt mulțumiți de bibliotecă.",
    number_in_words: "Patruzeci de vârstnici au învățat să folosească telefonul.",
    weak: "În cadrul proiectului am ajutat vârstnicii.",
    straight_quotes: "Clubul \"Prietenii cărții\" a crescut.",
    doubled: "Am ajutat și și vârstnicii.",
};

const EN: Story = Story {
    lang: "en",
    title: "Grandparents in Bălți learn the internet",
    result: "Forty-eight older people came to the course. Now they call their grandchildren on video.",
    quote: "Now I see my granddaughter every evening.",
    author: "Maria Ciobanu",
    role: "course participant",
    caption: "The first workshop in the reading room.",
    credit: "Ion Rusu",
    no_number: "People learned a lot and are happy with the library.",
    number_in_words: "Twelve readers learned to use their phones.",
    weak: "In the framework of the project we helped older people.",
    straight_quotes: "The \"Friends of Books\" club grew.",
    doubled: "We helped the the older people.",
};

const RU: Story = Story {
    lang: "ru",
    title: "Бабушки и дедушки в Бельцах осваивают интернет",
    result: "На курс пришли 48 пожилых читателей. Теперь они звонят внукам по видео и сами платят по счетам.",
    quote: "Теперь я вижу внучку каждый вечер.",
    author: "Мария Чобану",
    role: "участница курса",
    caption: "Первое занятие в читальном зале.",
    credit: "Ион Руссу",
    no_number: "Люди многому научились и довольны библиотекой.",
    number_in_words: "Пятьдесят читателей научились пользоваться телефоном.",
    weak: "В рамках проекта мы помогли пожилым людям.",
    straight_quotes: "Клуб \"Друзья книги\" вырос.",
    doubled: "Мы помогли помогли пожилым людям.",
};

const STORIES: [&Story; 3] = [&RO, &EN, &RU];

fn complete(story: &Story, template: &Template) -> Draft {
    let mut draft = Draft::new(template);
    draft.meta.date = "2026-11-25".into();
    draft.answers.set_text("title", story.title.into());
    draft.answers.set_text("result", story.result.into());
    draft.answers.set_items(
        "quotes",
        vec![
            Item::default()
                .with("text", story.quote)
                .with("author", story.author)
                .with("role", story.role)
                .with("consent", "signed"),
        ],
    );
    draft.answers.set_items(
        "photos",
        vec![
            Item::default()
                .with("path", "atelier.jpg")
                .with("caption", story.caption)
                .with("credit", story.credit)
                .with("consent", "signed"),
        ],
    );
    draft
}

/// The report on the complete story of `story`'s language after `change`.
fn report(story: &Story, change: impl FnOnce(&mut Draft)) -> Report {
    let template = template(story.lang);
    let mut draft = complete(story, &template);
    change(&mut draft);
    coach::check(&template, &draft)
}

fn of_rule(report: &Report, rule: RuleId) -> Vec<&Finding> {
    report.findings.iter().filter(|f| f.rule == rule).collect()
}

fn one(report: &Report, rule: RuleId) -> &Finding {
    let found = of_rule(report, rule);
    assert_eq!(found.len(), 1, "one {rule:?}: {:#?}", report.findings);
    found[0]
}

fn set_quote_field(draft: &mut Draft, field: &str, value: &str) {
    let mut items = draft.answers.items("quotes");
    items[0].set(field, value.to_string());
    draft.answers.set_items("quotes", items);
}

fn set_photo_field(draft: &mut Draft, field: &str, value: &str) {
    let mut items = draft.answers.items("photos");
    items[0].set(field, value.to_string());
    draft.answers.set_items("photos", items);
}

#[test]
fn the_complete_stories_have_no_finding() {
    for story in STORIES {
        let report = report(story, |_| {});
        assert!(
            report.findings.is_empty(),
            "{}: {:#?}",
            story.lang,
            report.findings
        );
        assert!(!report.needs_work());
    }
}

#[test]
fn required_and_word_limits() {
    for story in STORIES {
        let r = report(story, |d| d.answers.set_text("result", String::new()));
        let f = one(&r, RuleId::Required);
        assert_eq!(
            (f.severity, &f.kind),
            (Severity::Error, &FindingKind::Missing)
        );
        assert_eq!(f.step_id.as_deref(), Some("result"));
        assert!(r.needs_work());

        let r = report(story, |d| d.answers.set_text("title", "Un".into()));
        let f = one(&r, RuleId::MinWords);
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(f.kind, FindingKind::TooFewWords { count: 1, min: 2 });
        assert!(!r.needs_work(), "a limit is a warning");

        let long = format!("{} {}", story.title, story.title).repeat(2);
        let r = report(story, |d| d.answers.set_text("title", long));
        assert!(matches!(
            one(&r, RuleId::MaxWords).kind,
            FindingKind::TooManyWords { max: 12, .. }
        ));
        // An optional empty step is no finding.
        assert!(of_rule(&r, RuleId::Required).is_empty());
    }
}

#[test]
fn article_and_title_length() {
    for story in STORIES {
        let r = report(story, |d| {
            d.answers.set_text("result", story.result.repeat(8));
        });
        assert!(matches!(
            one(&r, RuleId::ArticleLength).kind,
            FindingKind::ArticleTooLong { max: 120, .. }
        ));
        let r = report(story, |d| {
            d.answers.set_text("result", "1 2 3 4 5".into());
            d.answers.set_items("quotes", Vec::new());
        });
        assert!(matches!(
            one(&r, RuleId::ArticleLength).kind,
            FindingKind::ArticleTooShort { min: 20, .. }
        ));

        // Sixty characters is the limit: one more is a warning.
        let title: String = story.title.chars().cycle().take(61).collect();
        let r = report(story, |d| d.answers.set_text("title", title));
        let f = one(&r, RuleId::TitleLength);
        assert_eq!(f.kind, FindingKind::TitleTooLong { chars: 61, max: 60 });
        let title: String = story.title.chars().cycle().take(60).collect();
        let r = report(story, |d| d.answers.set_text("title", title));
        assert!(of_rule(&r, RuleId::TitleLength).is_empty());
    }
}

#[test]
fn results_name_a_number_in_digits_or_words() {
    for story in STORIES {
        let r = report(story, |d| {
            d.answers.set_text("result", story.no_number.into())
        });
        let f = one(&r, RuleId::ResultHasNumbers);
        assert_eq!(f.step_id.as_deref(), Some("result"));
        assert_eq!(f.severity, Severity::Warning);
        let r = report(story, |d| {
            d.answers.set_text("result", story.number_in_words.into())
        });
        assert!(
            of_rule(&r, RuleId::ResultHasNumbers).is_empty(),
            "{}",
            story.lang
        );
    }
}

#[test]
fn quotes_need_their_words_author_and_role_and_enough_of_them() {
    for story in STORIES {
        let r = report(story, |d| set_quote_field(d, "author", ""));
        let f = one(&r, RuleId::QuoteAttribution);
        assert_eq!(
            (f.severity, f.item, f.field),
            (Severity::Error, Some(1), Some("author"))
        );
        let r = report(story, |d| set_quote_field(d, "role", " "));
        let f = one(&r, RuleId::QuoteAttribution);
        assert_eq!((f.severity, f.field), (Severity::Warning, Some("role")));

        // One complete quote where the template asks for two.
        let mut two = template(story.lang);
        two.coach.quotes_min = 2;
        let r = coach::check(&two, &complete(story, &two));
        assert_eq!(
            one(&r, RuleId::QuoteCount).kind,
            FindingKind::TooFewQuotes { count: 1, min: 2 }
        );
        // No quote at all in a step that requires them is the `required` rule's.
        let r = report(story, |d| d.answers.set_items("quotes", Vec::new()));
        assert!(of_rule(&r, RuleId::QuoteCount).is_empty());
        assert_eq!(one(&r, RuleId::Required).step_id.as_deref(), Some("quotes"));
        // Where quotes are optional, none at all is still fewer than asked for.
        let mut optional = template(story.lang);
        optional.steps[3].required = false;
        let mut draft = complete(story, &optional);
        draft.answers.set_items("quotes", Vec::new());
        let r = coach::check(&optional, &draft);
        assert_eq!(
            one(&r, RuleId::QuoteCount).kind,
            FindingKind::TooFewQuotes { count: 0, min: 1 }
        );
    }
}

#[test]
fn consent_recorded_refused_and_for_children() {
    for story in STORIES {
        let r = report(story, |d| set_quote_field(d, "consent", ""));
        let f = one(&r, RuleId::Consent);
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(f.kind, FindingKind::ConsentNotRecorded { children: false });
        let r = report(story, |d| set_quote_field(d, "consent", "no"));
        assert_eq!(one(&r, RuleId::Consent).severity, Severity::Error);
        assert!(r.needs_work());

        let r = report(story, |d| {
            set_photo_field(d, "children", "yes");
            set_photo_field(d, "consent", "");
        });
        assert_eq!(
            one(&r, RuleId::Consent).kind,
            FindingKind::ConsentNotRecorded { children: true }
        );
        // A hand-edited draft may say it in its own language: agreed, but no signed form
        // noted is a tip; the signed form noted satisfies the coach.
        let (word, signed) = match story.lang {
            "ro" => ("da", "semnat"),
            "ru" => ("да", "подписано"),
            _ => ("yes", "signed"),
        };
        let r = report(story, |d| set_photo_field(d, "consent", word));
        let f = one(&r, RuleId::Consent);
        assert_eq!(f.severity, Severity::Tip);
        assert_eq!(f.kind, FindingKind::ConsentUnsigned { children: false });
        assert_eq!(f.item, Some(1));
        assert!(!r.needs_work(), "a tip only");
        let r = report(story, |d| set_photo_field(d, "consent", signed));
        assert!(of_rule(&r, RuleId::Consent).is_empty());
        // A photo of children: the guardian's signed form, noted.
        let r = report(story, |d| {
            set_photo_field(d, "children", "yes");
            set_photo_field(d, "consent", "yes");
        });
        assert_eq!(
            one(&r, RuleId::Consent).kind,
            FindingKind::ConsentUnsigned { children: true }
        );
        let r = report(story, |d| {
            set_photo_field(d, "children", "yes");
            set_photo_field(d, "consent", "signed");
        });
        assert!(of_rule(&r, RuleId::Consent).is_empty());
    }
}

#[test]
fn the_date_is_a_real_day() {
    for story in STORIES {
        let r = report(story, |d| d.meta.date = "2026-02-31".into());
        assert!(matches!(
            one(&r, RuleId::Date).kind,
            FindingKind::DateInvalid { .. }
        ));
        let r = report(story, |d| d.meta.date = String::new());
        assert_eq!(one(&r, RuleId::Date).kind, FindingKind::DateMissing);
        let r = report(story, |d| d.meta.date = "2024-02-29".into());
        assert!(of_rule(&r, RuleId::Date).is_empty());
    }
}

#[test]
fn long_sentences_doubled_words_and_weak_phrases() {
    for story in STORIES {
        let words: Vec<&str> = story.result.split_whitespace().collect();
        let long = format!("{} {}.", words.join(" "), words.join(" ")).replace('.', "") + ".";
        let text = format!("{} {long}", story.quote);
        let r = report(story, |d| d.answers.set_text("next", text.clone()));
        let f = one(&r, RuleId::LongSentence);
        assert_eq!(f.severity, Severity::Tip);
        assert_eq!(spanned(&text, f), long, "the span is the long sentence");
        assert!(of_rule(&report(story, |_| {}), RuleId::LongSentence).is_empty());

        let r = report(story, |d| d.answers.set_text("next", story.doubled.into()));
        let f = one(&r, RuleId::RepeatedWord);
        let fixed = apply_fix(story.doubled, f).expect("a fix");
        assert_eq!(
            fixed.split_whitespace().count(),
            story.doubled.split_whitespace().count() - 1
        );
        let FindingKind::RepeatedWord { word } = &f.kind else {
            panic!("{f:?}")
        };
        let apart =
            story
                .doubled
                .replacen(&format!("{word} {word}"), &format!("{word}, {word}"), 1);
        let r = report(story, |d| d.answers.set_text("next", apart));
        assert!(
            of_rule(&r, RuleId::RepeatedWord).is_empty(),
            "a comma between is a choice"
        );

        let r = report(story, |d| d.answers.set_text("next", story.weak.into()));
        let f = one(&r, RuleId::WeakPhrase);
        assert_eq!(f.severity, Severity::Tip);
        assert!(story.weak.starts_with(&spanned(story.weak, f)));
    }
}

#[test]
fn typography_cedilla_quotes_and_spaces_with_their_fixes() {
    for story in STORIES {
        let text = format!("{}  ş la ţară , gata", story.quote);
        let r = report(story, |d| d.answers.set_text("next", text.clone()));
        // Two cedilla letters are one finding of two places, whose fix mends both.
        let cedilla = one(&r, RuleId::TypographyCedilla);
        assert_eq!(cedilla.count(), 2);
        let fixed = apply_fix(&text, cedilla).unwrap();
        assert!(fixed.contains("ș la țară"), "{fixed}");
        let spaces = of_rule(&r, RuleId::TypographySpaces);
        let kinds: Vec<&FindingKind> = spaces.iter().map(|f| &f.kind).collect();
        assert_eq!(
            kinds,
            [
                &FindingKind::DoubleSpace,
                &FindingKind::SpaceBefore { mark: ',' }
            ]
        );
        for f in spaces {
            let fixed = apply_fix(&text, f).unwrap();
            assert_eq!(fixed.chars().count(), text.chars().count() - 1, "{fixed}");
        }

        let r = report(story, |d| {
            d.answers.set_text("next", story.straight_quotes.into())
        });
        let f = one(&r, RuleId::TypographyQuotes);
        let fixed = apply_fix(story.straight_quotes, f).unwrap();
        assert!(!fixed.contains('"'), "{fixed}");
        let r = report(story, |d| d.answers.set_text("next", fixed));
        assert!(of_rule(&r, RuleId::TypographyQuotes).is_empty());
    }
}

#[test]
fn a_template_switches_rules_off() {
    let mut template = template("ro");
    template.coach.off = vec![RuleId::WeakPhrase, RuleId::Date];
    let mut draft = complete(&RO, &template);
    draft.answers.set_text("next", RO.weak.into());
    draft.meta.date = "ieri".into();
    let r = coach::check(&template, &draft);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn readability_counts_words_sentences_and_reading_time() {
    let r = report(&RO, |_| {});
    let result = r
        .readability
        .steps
        .iter()
        .find(|(id, _)| id == "result")
        .unwrap()
        .1;
    assert_eq!(result.sentences, 2);
    assert_eq!(result.words, 17);
    assert_eq!(result.longest_sentence, 10);
    assert_eq!(r.readability.article.reading_minutes(), 1);
}

#[test]
fn spelling_finds_slips_with_their_span_and_knows_the_story_s_names() {
    use povestitor::coach::spelling::KnownWords;
    let speller = test_speller();
    let mut template = template("ro");
    // The small dictionary does not know the other words of the complete story.
    template.coach.off = vec![
        RuleId::MinWords,
        RuleId::ResultHasNumbers,
        RuleId::ArticleLength,
    ];
    let mut draft = complete(&RO, &template);
    let text = "Copiii vin la bibliotecra și Maria pînă azi";
    draft.answers.set_text("result", text.into());
    draft.answers.set_text("title", "Carte".into());
    draft.answers.set_items(
        "quotes",
        vec![
            Item::default()
                .with("text", "Sunt cititor")
                .with("author", "Maria")
                .with("role", "cititor")
                .with("consent", "signed"),
        ],
    );
    draft.answers.set_items("photos", Vec::new());
    let mut personal = KnownWords::new();
    personal.insert("Copiii vin");
    let spelling = coach::Spelling {
        speller: &speller,
        personal: &personal,
    };
    let r = coach::check_with(&template, &draft, Some(spelling));
    let slips: Vec<(&str, Severity, String)> = of_rule(&r, RuleId::Spelling)
        .into_iter()
        .map(|f| (f.step_id.as_deref().unwrap(), f.severity, spanned(text, f)))
        .collect();
    assert_eq!(
        slips,
        [
            ("result", Severity::Warning, "bibliotecra".to_string()),
            ("result", Severity::Tip, "pînă".to_string()),
        ],
        "{:#?}",
        r.findings
    );
    let old = of_rule(&r, RuleId::Spelling)[1];
    assert_eq!(apply_fix(text, old).unwrap(), text.replace("pînă", "până"));
    assert!(!r.needs_work(), "spelling never stops a story");

    // Without a speller, or with the rule off, no spelling findings.
    assert!(of_rule(&coach::check(&template, &draft), RuleId::Spelling).is_empty());
    template.coach.off.push(RuleId::Spelling);
    let r = coach::check_with(&template, &draft, Some(spelling));
    assert!(of_rule(&r, RuleId::Spelling).is_empty());
}

#[test]
fn spelling_leaves_words_of_the_other_alphabet_alone() {
    use povestitor::coach::spelling::KnownWords;
    let speller = test_speller();
    let mut template = template("ro");
    template.coach.off = vec![
        RuleId::MinWords,
        RuleId::ResultHasNumbers,
        RuleId::ArticleLength,
    ];
    let mut draft = complete(&RO, &template);
    draft.answers.set_text("title", "Carte".into());
    draft
        .answers
        .set_text("result", "Carte pentru библиотека и читатели".into());
    draft.answers.set_items("quotes", Vec::new());
    draft.answers.set_items("photos", Vec::new());
    let personal = KnownWords::new();
    let spelling = coach::Spelling {
        speller: &speller,
        personal: &personal,
    };
    let r = coach::check_with(&template, &draft, Some(spelling));
    assert!(
        of_rule(&r, RuleId::Spelling).is_empty(),
        "{:#?}",
        r.findings
    );
}
