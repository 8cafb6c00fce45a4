//! A really full disk, end to end: the real binary in a pseudo-terminal (`pty/mod.rs`),
//! its drafts folder a 1 MB tmpfs filled to the last byte. The tmpfs is mounted in a mount
//! namespace of the program's own (`unshare --user --map-root-user --mount`, so no root is
//! needed), by a shell that then execs the program: the test's own view of the folder stays
//! the empty folder beneath, and nothing is left mounted after the test.

use std::path::{Path, PathBuf};

use crate::pty::{CTRL_Q, Session, answer};
use povestitor::service::Templates;
use povestitor::story::{Draft, save_draft};
use rustix::process::Signal;

const TYPED: &str = "Cuvinte scrise pe un disc plin";

/// Mounts a 1 MB tmpfs over `$FULL`, puts the draft `$SEED` on it, fills it, then runs the
/// program (`$0`, with its arguments) there.
const FULL_DISK: &str = r#"mount -t tmpfs -o size=1m povestitor-test "$FULL" \
&& cp "$SEED" "$FULL/" \
&& { dd if=/dev/zero of="$FULL/filler" bs=4k 2>/dev/null; :; } \
&& exec "$0" "$@""#;

/// The program on a full disk, editing `poveste.toml` in its drafts folder.
struct FullDisk {
    home: tempfile::TempDir,
    /// The draft, as the program sees it (on the full tmpfs).
    draft: PathBuf,
}

impl FullDisk {
    fn new() -> FullDisk {
        crate::pty::can_mount_in_a_namespace("mount -t tmpfs -o size=64k povestitor-test /mnt");
        let home = tempfile::tempdir().unwrap();
        let seed = home.path().join("seed/poveste.toml");
        std::fs::create_dir_all(seed.parent().unwrap()).unwrap();
        let templates = Templates::builtin().unwrap();
        let loaded = templates.get("success-story").unwrap();
        save_draft(&seed, &Draft::new(&loaded.template)).unwrap();
        let drafts = home.path().join("data/povestitor");
        std::fs::create_dir_all(&drafts).unwrap();
        FullDisk {
            draft: drafts.join("poveste.toml"),
            home,
        }
    }

    fn home(&self) -> &Path {
        self.home.path()
    }

    /// `path` as the running program sees it, in its own mount namespace: on the tmpfs.
    fn seen_by(s: &Session, path: &Path) -> PathBuf {
        let root = PathBuf::from(format!("/proc/{}/root", s.pid.as_raw_nonzero()));
        root.join(path.strip_prefix("/").unwrap())
    }

    /// The wizard on the draft, in Romanian, with `env` besides.
    fn start(&self, env: &[(&str, &str)]) -> Session {
        let folder = self.draft.parent().unwrap().to_str().unwrap().to_string();
        let seed = self.home().join("seed/poveste.toml");
        let mut env: Vec<(&str, &str)> = env.to_vec();
        env.extend([("FULL", folder.as_str()), ("SEED", seed.to_str().unwrap())]);
        let wrapper = [
            "unshare",
            "--user",
            "--map-root-user",
            "--mount",
            "sh",
            "-c",
            FULL_DISK,
        ];
        let args = ["--lang", "ro", "edit", self.draft.to_str().unwrap()];
        let mut s = Session::start_wrapped(self.home(), &wrapper, &args, &env);
        s.wait_for("Pasul 1 din 8");
        s
    }
}

/// Types the words and waits for the autosave to fail on the full disk.
fn type_until_the_save_fails(s: &mut Session) {
    s.send(TYPED.as_bytes());
    s.wait_for(TYPED);
    s.wait_for("discul este plin");
}

/// The copy named in the last lines printed, once the terminal is given back: the path in
/// `povestitor edit "…"` of the rescue message.
fn rescue_copy_named(s: &mut Session) -> PathBuf {
    let printed = s.finish_output();
    assert!(
        !s.parser.screen().alternate_screen(),
        "the terminal is given back"
    );
    // The message may wrap on the 80 columns: read it as one line.
    let flat = printed.replace('\n', "");
    let said = "toate cuvintele sunt păstrate într-o copie";
    let at = flat
        .find(said)
        .unwrap_or_else(|| panic!("{said:?} in:\n{printed}"));
    let after = &flat[at..];
    let start = after.find("edit \"").expect("the command to reopen it") + "edit \"".len();
    let end = after[start..].find('"').expect("the path's end") + start;
    let last = flat.trim_end();
    assert!(
        last.ends_with(&after[..=end]),
        "the rescue message comes last:\n{printed}"
    );
    PathBuf::from(&after[start..end])
}

#[test]
fn a_full_disk_is_said_in_words_the_text_stays_and_is_saved_once_there_is_room() {
    let disk = FullDisk::new();
    let mut s = disk.start(&[]);
    let draft = FullDisk::seen_by(&s, &disk.draft);
    assert!(draft.exists(), "the test sees the tmpfs through /proc");
    // The autosave fails: the status line says why, and how to get a copy out.
    type_until_the_save_fails(&mut s);
    s.wait_for("Ctrl+K");
    assert_eq!(answer(&draft, "title"), "", "nothing half-written on disk");

    // A copy elsewhere while the disk is full (Documents, or the home folder without one).
    s.send(b"\x0b"); // Ctrl+K
    let copy = disk.home().join("poveste-copie.toml");
    s.wait_until("the copy said", |screen| {
        let text = screen.contents();
        text.contains("O copie a poveștii este în") || text.contains("o copie este în")
    });
    assert_eq!(answer(&copy, "title"), TYPED);

    // Room again: the next autosave goes through, with every word.
    let filler = FullDisk::seen_by(&s, &disk.draft.with_file_name("filler"));
    std::fs::remove_file(&filler).unwrap();
    s.send(b"!");
    s.wait_until("the autosave", |screen| {
        let text = screen.contents();
        text.contains("disc plin!") && text.contains("✓ salvat")
    });
    assert_eq!(answer(&draft, "title"), format!("{TYPED}!"));
    s.send(CTRL_Q);
    assert!(s.wait_exit());
}

#[test]
fn ctrl_q_on_a_full_disk_asks_then_quits_with_every_word_in_a_rescue_copy() {
    let disk = FullDisk::new();
    let mut s = disk.start(&[]);
    type_until_the_save_fails(&mut s);

    // Ctrl+Q asks, naming where the copy will go; Esc goes back to the story.
    s.send(CTRL_Q);
    let asked = s.wait_for("Povestea nu este salvată");
    assert!(asked.contains("doar aici, pe ecran"), "{asked}");
    assert!(asked.contains("Esc"), "{asked}");
    // Without a Documents folder the copies go to the home folder, and the question says so.
    assert!(asked.contains(disk.home().to_str().unwrap()), "{asked}");
    s.send(b"\x1b");
    s.wait_until("the question closed", |screen| {
        !screen.contents().contains("Povestea nu este salvată")
    });
    s.send(b"!");
    s.wait_for(&format!("{TYPED}!"));

    // Ctrl+Q, then Ctrl+Q again: the program ends, the words in a copy it names.
    s.send(CTRL_Q);
    s.wait_for("Povestea nu este salvată");
    s.send(CTRL_Q);
    assert!(s.wait_exit(), "a rescued story is a normal end");
    let copy = rescue_copy_named(&mut s);
    assert_eq!(answer(&copy, "title"), format!("{TYPED}!"));
    assert!(
        copy.starts_with(disk.home()) && !copy.starts_with(disk.draft.parent().unwrap()),
        "the copy is off the full disk: {}",
        copy.display()
    );
}

/// Names the user's Documents in `home`'s settings of user folders, and makes it a file: no
/// copy can go there.
fn documents_unusable(home: &Path) {
    let config = home.join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("user-dirs.dirs"),
        "XDG_DOCUMENTS_DIR=\"$HOME/Documents\"\n",
    )
    .unwrap();
    std::fs::write(home.join("Documents"), "not a folder").unwrap();
}

#[test]
fn sigterm_on_a_full_disk_keeps_every_word_in_the_temporary_folder_when_documents_is_unusable() {
    let disk = FullDisk::new();
    documents_unusable(disk.home());
    let temp = disk.home().join("tmp");
    std::fs::create_dir_all(&temp).unwrap();

    let mut s = disk.start(&[("TMPDIR", temp.to_str().unwrap())]);
    type_until_the_save_fails(&mut s);
    s.signal(Signal::TERM);
    assert!(s.wait_exit());
    let copy = rescue_copy_named(&mut s);
    assert!(copy.starts_with(&temp), "{}", copy.display());
    assert_eq!(answer(&copy, "title"), TYPED);
}

#[test]
fn a_story_no_copy_can_be_made_of_is_printed_on_the_way_out() {
    let disk = FullDisk::new();
    documents_unusable(disk.home());
    // The temporary folder is a file too.
    let temp = disk.home().join("tmp");
    std::fs::write(&temp, "not a folder").unwrap();

    let mut s = disk.start(&[("TMPDIR", temp.to_str().unwrap())]);
    type_until_the_save_fails(&mut s);
    s.send(CTRL_Q);
    s.wait_for("Povestea nu este salvată");
    s.send(CTRL_Q);
    assert_eq!(
        s.wait_exit_code(),
        2,
        "not a normal end: the words are only printed"
    );
    let printed = s.finish_output().replace('\n', "");
    let text = printed
        .find(&format!("title = \"{TYPED}\""))
        .unwrap_or_else(|| panic!("the story's text in:\n{printed}"));
    let said = "nicio copie nu a putut fi scrisă";
    let at = printed
        .find(said)
        .unwrap_or_else(|| panic!("{said:?} in:\n{printed}"));
    assert!(text < at, "the message that says so comes last:\n{printed}");
    assert!(printed[at..].contains("mai sus"), "{printed}");
}

#[test]
fn a_story_left_untouched_on_a_full_disk_quits_at_once_and_writes_no_copy() {
    let disk = FullDisk::new();
    let mut s = disk.start(&[]);
    s.send(CTRL_Q);
    assert!(s.wait_exit(), "nothing to ask: the file holds every word");
    let printed = s.finish_output();
    assert!(!printed.contains("copie"), "{printed}");
    let written: Vec<_> = std::fs::read_dir(disk.home())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|name| name.to_string_lossy().contains("copie"))
        .collect();
    assert!(written.is_empty(), "{written:?}");
}

#[test]
fn a_window_closed_on_a_full_disk_leaves_every_word_in_a_rescue_copy() {
    let disk = FullDisk::new();
    let mut s = disk.start(&[]);
    type_until_the_save_fails(&mut s);
    s.close_terminal();
    s.wait_exit_within(std::time::Duration::from_secs(5));
    // Nothing can be said to a closed window: the copy is where the question would name it.
    let copy = disk.home().join("poveste-copie.toml");
    assert_eq!(answer(&copy, "title"), TYPED);
}
