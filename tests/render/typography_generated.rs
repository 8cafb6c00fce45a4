//! Many generated strings of the pieces the rules look at: tidying twice equals tidying once,
//! lines are never added or removed, and text without those pieces is never touched.

use povestitor::render::typography::apply;

const PIECES: &[&str] = &[
    "a",
    "Ion",
    "ș",
    "ş",
    "Ţ",
    "î",
    "жизнь",
    "😀",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "-",
    "--",
    ".",
    "..",
    "...",
    ",",
    ":",
    ";",
    "!",
    "?",
    "…",
    "\"",
    "'",
    "“",
    "”",
    "„",
    "«",
    "»",
    "‘",
    "’",
    "‚",
    "*",
    "**",
    "_",
    "`",
    "``",
    "(",
    ")",
    "[",
    "]",
    "www.bib.md",
    "https://x.md/a",
    "ana@bib.md",
    "poza.jpg",
    "3.5",
    "10:30",
    "s\u{327}",
    "–",
    "—",
    "1",
    "- ",
];

/// xorshift64*: enough randomness for a test, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn tidying_is_idempotent_and_keeps_lines() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..5000 {
        let len = rng.below(32);
        let text: String = (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect();
        for language in ["ro", "ru", "en", "fr"] {
            let once = apply(&text, language);
            let twice = apply(&once, language);
            assert_eq!(twice, once, "case {case} [{language}] {text:?}");
            assert_eq!(
                once.matches('\n').count(),
                text.matches('\n').count(),
                "case {case} [{language}] {text:?}"
            );
        }
    }
}

#[test]
fn plain_words_are_never_touched() {
    let words = [
        "carte",
        "Bălți",
        "vîrstnici",
        "книга",
        "😀",
        "2026",
        "într-o",
    ];
    let mut rng = Rng(42);
    for _ in 0..500 {
        let len = 1 + rng.below(12);
        let text = (0..len)
            .map(|_| words[rng.below(words.len())])
            .collect::<Vec<_>>()
            .join(" ");
        for language in ["ro", "ru", "en", "fr"] {
            assert_eq!(apply(&text, language), text);
        }
    }
}
