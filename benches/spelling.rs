//! Spelling a 2,000-word Romanian story with Debian's ro_RO dictionary already loaded, and
//! the coach's whole check of such a story (every rule, spelling too); skipped with a note
//! when the dictionary is missing.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use povestitor::coach::spelling::{Dictionaries, KnownWords, Speller};
use povestitor::coach::{self, Spelling};
use povestitor::service::Templates;
use povestitor::story::parse_draft;

/// About 2,000 words of ordinary story prose, with names, numbers, a link, an old spelling
/// and a couple of slips, as a librarian's draft has.
fn romanian_text() -> String {
    let paragraph = "Într-o zi de toamnă, Biblioteca Publică din satul Ţânţăreni s-a umplut de copii \
        și de părinți. Doamna Maria Popescu, bibliotecara, a pregătit 25 de cărți noi și o \
        expoziție despre istoria satului. Învățătoarea a venit cu elevii clasei a treia, iar \
        bătrânii și-au amintit de cărțile citite în tinerețe. Cititorii vîrstnici au stat pînă \
        seara, iar cei mai mici au desenat personajele preferate. Proiectul, susținut de BMB \
        și de un ONG local, continuă: detalii pe https://bmb.md/povesti sau la info@bmb.md. \
        Nu-i așa că o bibliotecă vie adună oamenii? L-am întrebat pe primar ce crede, și ne-a \
        spus că sprijină activitățile pentru comunitate, mai ales lecturile de vară. Bibliotecra \
        are acum un colț de lectură nou.";
    let words = povestitor::text::word_count(paragraph);
    let mut text = String::new();
    while povestitor::text::word_count(&text) + words <= 2_000 {
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    text
}

fn spelling(c: &mut Criterion) {
    let Some(files) = Dictionaries::find("ro", &[]) else {
        eprintln!("skipped: no ro_RO dictionary (apt install hunspell-ro)");
        return;
    };
    let speller = Speller::load(&files).expect("ro_RO loads");
    let text = romanian_text();
    let known: KnownWords = ["Maria Popescu", "Ţânţăreni"].into_iter().collect();
    c.bench_function("spelling: 2,000 Romanian words, ro_RO", |b| {
        b.iter(|| speller.check(black_box(&text), black_box(&known)))
    });

    // The same words as a whole story: spread over the template's text steps.
    let speller = speller.with_language("ro");
    let templates = Templates::builtin().expect("built-in templates");
    let template = &templates.get("success-story").expect("template").template;
    let mut draft = parse_draft(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/story-templates/success-story/example.toml"
        ))
        .expect("the model story"),
        "example.toml",
    )
    .expect("it parses");
    let paragraphs: Vec<&str> = text.split("\n\n").filter(|p| !p.is_empty()).collect();
    let steps = ["problem", "action", "result", "next_steps"];
    for (i, step) in steps.iter().enumerate() {
        let part: Vec<&str> = paragraphs
            .iter()
            .skip(i)
            .step_by(steps.len())
            .copied()
            .collect();
        draft.answers.set_text(step, part.join("\n"));
    }
    let personal = KnownWords::new();
    let spelling = Spelling {
        speller: &speller,
        personal: &personal,
    };
    c.bench_function("coach: a 2,000-word story, every rule and spelling", |b| {
        b.iter(|| coach::check_with(black_box(template), black_box(&draft), Some(spelling)))
    });
}

criterion_group!(benches, spelling);
criterion_main!(benches);
